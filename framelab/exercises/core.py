"""Exercise checking: feedback that never raises, answer parsers and judge factories.

Each lesson module (l01_reading, l02_who_speaks, ...) builds its judges from these; the right answers are
computed with framelab itself, so they cannot drift from what the notebooks show.
"""
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from html import escape
from typing import Any

from framelab.article import load_article

_STYLES = {
    "correct": ("✅", "#E6F4EA"),
    "try again": ("🔁", "#FFF4E5"),
    "not answered": ("✏️", "#EEF3F8"),
    "cannot check": ("⚠️", "#FDECEA"),
    # typed predictions and written answers (the message starts with the status word, so no emoji font is needed)
    "saved": ("💾", "#EEF3F8"),
    "locked": ("🔒", "#EEF3F8"),
    "as predicted": ("✅", "#E6F4EA"),
    "surprise": ("💡", "#FFF4E5"),
}


@dataclass(frozen=True)
class Feedback:
    status: str  # one of _STYLES
    message: str

    @property
    def correct(self) -> bool:
        return self.status == "correct"

    def __repr__(self) -> str:
        return f"{_STYLES[self.status][0]} {self.message}"

    def _repr_html_(self) -> str:
        icon, colour = _STYLES[self.status]
        return (f'<div role="status" style="background:{colour};padding:6px 10px;border-radius:4px">'
                f"{icon} {escape(self.message)}</div>")


_NUMBER_WORDS = {w: n for n, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"])}
_NUMBER_WORDS.update(none=0, no=0, nothing=0)


def as_number(answer: Any) -> int | None:
    """An integer from 14, 14.0, "14 paragraphs" or "none"; None when there is none."""
    if isinstance(answer, bool):
        return None
    if isinstance(answer, (int, float)) and float(answer).is_integer():
        return int(answer)
    found = re.findall(r"-?\d+", str(answer))
    if not found:
        found = [_NUMBER_WORDS[w] for w in as_words(answer).split() if w in _NUMBER_WORDS]
    return int(found[0]) if len(found) == 1 else None


def as_words(answer: Any) -> str:
    """Lower-case words only; British 'favour' reads as 'favor'."""
    return " ".join(re.findall(r"[a-z0-9]+", str(answer).lower().replace("favour", "favor")))


def as_yes_no(answer: Any) -> str | None:
    """'yes' or 'no' from answers such as "No", "it does not change", "stays the same", "yes, it changes"."""
    words = set(as_words(str(answer).replace("n't", " not")).split())
    if words & {"no", "not", "same", "nope", "never", "unchanged", "identical"}:
        return "no"
    if words & {"yes", "yep", "changes", "changed", "different"}:
        return "yes"
    return None


def count_judge(truth: Callable[[], int], right: str, hint: str) -> Callable[[Any], Feedback]:
    def judge(answer: Any) -> Feedback:
        number = as_number(answer)
        if number is None:
            return Feedback("try again", "Answer with one whole number, for example 5.")
        if number == truth():
            return Feedback("correct", right.format(n=number))
        return Feedback("try again", f"Not {number}. {hint}")
    return judge


def name_judge(truth: Callable[[], str], right: str, hint: str, traps: dict[str, str] | None = None):
    """Accept an answer that names `truth()` or one of its aliases ("Tehran" for Iran); known wrong names get
    their own hint."""
    def judge(answer: Any) -> Feedback:
        from framelab.actors import actor_table

        words, actor = f" {as_words(answer)} ", truth()
        names = {as_words(alias) for alias, who in actor_table().items() if who.name == actor} | {as_words(actor)}
        if any(f" {name} " in words for name in names):
            return Feedback("correct", right.format(answer=actor))
        for trap, message in (traps or {}).items():
            if trap in words:
                return Feedback("try again", message)
        return Feedback("try again", hint)
    return judge


def word_judge(truth: Callable[[], str], right: str, hint: str, synonyms: dict[str, set[str]] | None = None):
    """Accept an answer containing the word `truth()` or a synonym of it (any case); yes/no questions accept
    yes/no in other words."""
    def judge(answer: Any) -> Feedback:
        words = set(as_words(answer).split())
        accepted = {truth().lower()} | (synonyms or {}).get(truth().lower(), set())
        if words & accepted or (truth() in ("yes", "no") and as_yes_no(answer) == truth()):
            return Feedback("correct", right.format(answer=truth()))
        return Feedback("try again", hint)
    return judge


def row_difference(given: list, truth: list, key: Callable[[Any], Any]) -> tuple[list, list]:
    """(rows of `given` that are not in `truth`, rows of `truth` missing from `given`), rows compared by `key`."""
    wanted, have = {key(row) for row in truth}, {key(row) for row in given}
    return [row for row in given if key(row) not in wanted], [row for row in truth if key(row) not in have]


@cache
def seed_quotes():
    """The seed article's quotes (computed once per session)."""
    from framelab.quotes import find_quotes

    return tuple(find_quotes(load_article()))


def quote_in(paragraph: int):
    return next(q for q in seed_quotes() if q.paragraph == paragraph)


# ---------------------------------------------------------------- typed predictions and written answers
#
# A prediction is typed before a result is shown and locks when the notebook reveals the result; a written answer
# (a 🔔 question) can be saved again and again. Both are kept for save_my_work() and appear on the teacher
# dashboard. Like check(), none of these functions ever raises: a blank or malformed call gets a message.

_QUESTION_ID = re.compile(r"^\d\d\.[a-z0-9_]+$")
_REVEALED: set[str] = set()  # questions whose result this session has shown


def _blank(text: Any) -> bool:
    return text is ... or text is None or (isinstance(text, str) and not text.strip())


def _bad_question(question: Any) -> Feedback | None:
    if isinstance(question, str) and _QUESTION_ID.match(question):
        return None
    return Feedback("cannot check", f"{question!r} is not a question name: copy it from the task, e.g. \"03.predict_quotes\".")


def _evidence_hint(text: str) -> str:
    if re.search(r"¶\s*\d|\bparagraphs? \d|\bsentences? \d|[\"“”]", text):
        return ""
    return " Tip: a strong answer names a paragraph (¶) or quotes the words behind it."


def answer(question: str, text: Any = ...) -> Feedback:
    """Save a written answer to a 🔔 question (for example answer("03.sentence_3", "No: ¶3 reports a conflict…")).
    Returns "saved" with the word count, "not answered" for a blank, "cannot check" for a bad question name.
    The last answer saved for a question is the one kept."""
    from framelab.collect import record_response

    problem = _bad_question(question)
    if problem:
        return problem
    if _blank(text):
        return Feedback("not answered", "Not answered yet: type your answer in place of the ... and run the cell again.")
    text = " ".join(str(text).split())
    words = len(text.split())
    record_response(question, "written", text, "saved")
    return Feedback("saved", f"Saved: your answer ({words} word{'s' if words != 1 else ''}) goes to your teacher with "
                             f"save_my_work().{_evidence_hint(text)}")


def predict(question: str, guess: Any = ...) -> Feedback:
    """Save a prediction before its result is shown (for example predict("03.predict_quotes", "Khatami")).
    Returns "saved"; once reveal() has run for the question, "locked" with the prediction kept (a guess made after
    seeing the result is not a prediction); "not answered" for a blank; "cannot check" for a bad question name."""
    from framelab.collect import SESSION, record_response

    problem = _bad_question(question)
    if problem:
        return problem
    kept = SESSION.get("responses", {}).get(question)
    if question in _REVEALED:
        if kept:
            return Feedback("locked", f"Locked: your prediction was “{kept['text']}”, saved before the result was "
                                      "shown. It cannot change now.")
        return Feedback("locked", "Locked: the result is already shown, so a guess now would not be a prediction. "
                                  "Write what you expected in the next question instead.")
    if _blank(guess):
        return Feedback("not answered", "Not answered yet: type your prediction in place of the ... and run the "
                                        "cell again, before you run the result.")
    text = " ".join(str(guess).split())
    record_response(question, "prediction", text, "saved")
    return Feedback("saved", f"Saved: your prediction “{text}”. It locks when the result is shown; now run the "
                             "next cells and compare.")


def _matches(guess: str, truth: Any) -> bool:
    if isinstance(truth, (int, float)) and not isinstance(truth, bool):
        return as_number(guess) == truth
    return f" {as_words(truth)} " in f" {as_words(guess)} " or as_yes_no(guess) == as_words(truth) != ""


def reveal(question: str, truth: Any = None) -> Feedback:
    """Lock the prediction for `question` and compare it with the result. `truth` is the right answer computed by
    the notebook (a number, a word or a name), or a judge (answer → Feedback) such as an exercise's; with neither,
    the question's judge in framelab.exercises.PREDICTIONS is used if there is one, otherwise the prediction is
    only shown beside the result. Returns "as predicted", "surprise", "locked" (no right answer to compare) or
    "not answered" (no prediction was saved)."""
    from framelab.collect import SESSION, record_response

    problem = _bad_question(question)
    if problem:
        return problem
    _REVEALED.add(question)
    kept = SESSION.get("responses", {}).get(question)
    if not kept or kept.get("kind") != "prediction":
        return Feedback("not answered", "No prediction was saved for this question. Next time type one before you run "
                                        "the result: a surprise is how you notice what a method really does.")
    if truth is None:
        from framelab.exercises import PREDICTIONS

        truth = PREDICTIONS.get(question)
    guess = kept["text"]
    if truth is None:
        return Feedback("locked", f"Locked: you predicted “{guess}”. Compare it with the result above.")
    try:
        right = truth(guess).correct if callable(truth) else _matches(guess, truth)
    except Exception:  # noqa: BLE001 (feedback must never crash a student's notebook)
        return Feedback("locked", f"Locked: you predicted “{guess}”. Compare it with the result above.")
    shown = "" if callable(truth) else f" The result: {truth}."
    if right:
        record_response(question, "prediction", guess, "as predicted")
        return Feedback("as predicted", f"As predicted: you said “{guess}”.{shown} Can you say why it came out so?")
    record_response(question, "prediction", guess, "surprise")
    return Feedback("surprise", f"Surprise: you predicted “{guess}”.{shown} What did the method see that you did "
                                "not, or the other way round?")


def _box(question: str, placeholder: str, kind: str):
    """A text area, a button and a status line; the button saves through predict() or answer()."""
    import ipywidgets as widgets

    from framelab.collect import SESSION

    kept = SESSION.get("responses", {}).get(question, {})
    area = widgets.Textarea(value=kept.get("text", ""), placeholder=placeholder, rows=3,
                            description="My prediction:" if kind == "prediction" else "My answer:",
                            style={"description_width": "initial"}, layout={"width": "100%", "max_width": "46em"})
    label = "Save my prediction" if kind == "prediction" else "Save my answer"
    button = widgets.Button(description=label, layout={"width": "auto"}, tooltip=f"{label} ({question})")
    status = widgets.HTML()
    if kind == "prediction" and question in _REVEALED:
        area.disabled = button.disabled = True
        status.value = predict(question)._repr_html_()

    def save(_=None):
        feedback = (predict if kind == "prediction" else answer)(question, area.value)
        status.value = feedback._repr_html_()
        if feedback.status == "locked":
            area.disabled = button.disabled = True

    button.on_click(save)
    return widgets.VBox([area, button, status], layout={"max_width": "100%"})


def prediction_box(question: str, placeholder: str = "Type your prediction, then press the button."):
    """A box to type a prediction and a "Save my prediction" button (saves through predict(); locks after
    reveal()). Re-running the cell shows the saved text again."""
    return _box(question, placeholder, "prediction")


def answer_box(question: str, placeholder: str = "Type your answer, then press the button."):
    """A box to type a written answer to a 🔔 question and a "Save my answer" button (saves through answer())."""
    return _box(question, placeholder, "written")
