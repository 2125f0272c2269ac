"""Lesson 02 (who speaks): exercises and how they are judged."""
from typing import Any

from framelab.article import load_article
from framelab.exercises.core import Feedback, as_words, count_judge, name_judge, quote_in, seed_quotes


def _us_direct_words() -> int:
    from framelab.quotes import speech_by_actor

    table = speech_by_actor(load_article(), seed_quotes())
    return int(table.loc[table["actor"] == "United States", "words in quote marks"].sum())


def _cue_judge(paragraph: int, actor: str, right: str, hint: str):
    def judge(answer: Any) -> Feedback:
        from framelab.quotes import cue_forms

        truth = next(q.cue for q in seed_quotes() if q.paragraph == paragraph and q.actor == actor)
        given = [cue_forms().get(w) for w in as_words(answer).split()]
        if truth in given:
            return Feedback("correct", right)
        return Feedback("try again", hint)
    return judge


EXERCISES = {
    "02.continuation_speaker": name_judge(
        lambda: quote_in(7).actor,
        "Right: {answer}. Paragraph 7 opens with a quotation mark and names nobody, so by AP convention it goes on "
        "with the speaker of the paragraph before.",
        "Paragraph 7 names no speaker. Look at who is quoted in paragraph 6, just before it.",
        {"khatami": "Khatami speaks in paragraph 13, much later. Who is quoted in paragraph 6?"}),
    "02.us_direct_words": count_judge(
        _us_direct_words, "Right: {n}. The United States is mentioned again and again, but never quoted in its own words.",
        "Look at the bar for the United States in the chart, or its row in the table."),
    "02.ambassador_side": name_judge(
        lambda: quote_in(8).actor,
        "Right: {answer}. \"Iran's ambassador\" speaks for Iran; Moscow is only where the ambassador works.",
        "Who sent the ambassador? Read the words before \"ambassador\".",
        {"russia": "Careful: \"ambassador to Moscow\" says where the ambassador works, not whom he speaks for.",
         "moscow": "Careful: \"ambassador to Moscow\" says where the ambassador works, not whom he speaks for."}),
    "02.washington_cue": _cue_judge(
        5, "United States", "Right: \"believes\". It reports what Washington thinks, not words anyone said: the "
        "reporter tells us an inner state.", "Find \"Washington, which …\" in paragraph 5: which verb follows \"which\"?"),
}
