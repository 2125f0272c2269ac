"""Lesson 06 (your own article): exercises on the worked example (data/examples/vell_dam.txt), and how they are
judged. The right answers are computed with framelab on the example, so they follow the text and its tables."""
from functools import cache
from typing import Any

from framelab.exercises.core import Feedback, as_words, word_judge


@cache
def _example():
    """The worked example, its corrected actor table, mentions and quotes (computed once per session)."""
    from framelab.actors import actor_table, find_mentions
    from framelab.examples import example_actor_rows, example_article
    from framelab.quotes import find_quotes

    article, rows = example_article(), example_actor_rows()
    mentions = find_mentions(article, actor_table(rows))
    return article, rows, mentions, tuple(find_quotes(article, mentions))


def _missing_from_guess() -> list[str]:
    """The countries of the corrected table that framelab's guess left out."""
    from framelab.actors import propose_actor_rows

    article, rows, _, _ = _example()
    guessed = {r["alias"] for r in propose_actor_rows(article)}
    return sorted({r["actor"] for r in rows if r["kind"] == "country" and r["alias"] not in guessed})


def _all_named(truth, right: str, some: str, hint: str):
    """Accept an answer that names every item of `truth()` (any order, any case)."""
    def judge(answer: Any) -> Feedback:
        words = f" {as_words(answer)} "
        names = truth()
        found = [n for n in names if f" {as_words(n)} " in words]
        if len(found) == len(names):
            return Feedback("correct", right.format(answer=" and ".join(names)))
        if found:
            return Feedback("try again", some.format(found=" and ".join(found)))
        return Feedback("try again", hint)
    return judge


def _speaker_with(cue: str) -> str:
    _, _, _, quotes = _example()
    return next(q.actor for q in quotes if q.cue == cue and q.actor)


def _speaker_judge(cue: str, right: str, hint: str):
    """Accept the actor reported with `cue`, by its name or any word of it that no other actor shares."""
    def judge(answer: Any) -> Feedback:
        _, rows, _, _ = _example()
        actor = _speaker_with(cue)
        others = {w for r in rows if r["actor"] != actor for w in as_words(f"{r['actor']} {r['alias']}").split()}
        own = {w for r in rows if r["actor"] == actor for w in as_words(f"{r['actor']} {r['alias']}").split()}
        words = set(as_words(answer).split())
        if words & (own - others):
            return Feedback("correct", right.format(answer=actor))
        return Feedback("try again", hint)
    return judge


def _reporter_cue() -> str:
    _, _, _, quotes = _example()
    return next(q.cue for q in quotes if q.kind == "reporter")


def _stance_of(holder: str, target: str):
    def truth() -> str:
        from framelab.examples import example_targets
        from framelab.own_targets import stance_holders
        from framelab.stance import detect_stance, stance_matrix

        article, _, mentions, quotes = _example()
        targets = example_targets()
        evidence = detect_stance(article, list(quotes), targets=targets, mentions=mentions)
        return stance_matrix(evidence, stance_holders(mentions), targets).loc[holder, target].lower()
    return truth


EXERCISES = {
    "06.missing_countries": _all_named(
        _missing_from_guess, "Right: {answer}. One-word names look like any capitalised word at the start of a "
        "sentence, so framelab does not guess them: you add them.",
        "{found} is one of them. There is one more: which other country does the report name?",
        "Compare framelab's guess with the article: which two countries are named in it but missing from the table?"),
    "06.claims_speaker": _speaker_judge(
        "claim", "Right: the {answer}. Only its view is reported with 'claims', a distancing verb; the ministers "
                 "'said' and 'told'.",
        "Look for the row with the class 'distancing' in the verb table: whose view does it report?"),
    "06.reporter_word": word_judge(
        _reporter_cue, "Right: '{answer}'. No one in the report says the ceremony was meant to show that the project "
                       "cannot be stopped: that is the reporter's own reading.",
        "Find the row of kind 'reporter' in the quote table: which word in its 'cue' column marks a judgement?"),
    "06.sudria_dam": word_judge(
        _stance_of("Sudria", "D1"), "Right: in the detector's matrix Sudria is {answer} the dam. The evidence is "
                                    "'Sudria opposes the dam' (paragraph 3).",
        "Find the row Sudria and the column D1 (the Vell dam) in the stance matrix."),
}
