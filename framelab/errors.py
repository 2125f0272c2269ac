"""The one error type framelab raises on bad input: its message is a plain sentence for a student."""


class FramelabError(ValueError):
    """Input framelab cannot analyse; str(error) says what is wrong and what to do."""
