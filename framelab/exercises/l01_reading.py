"""Lesson 01 (reading): exercises and how they are judged."""
from typing import Any

from framelab.actors import paragraph_map
from framelab.article import load_article
from framelab.exercises.core import Feedback, as_words, count_judge
from framelab.reading import keyword_in_context


def _where_met(answer: Any) -> Feedback:
    words = as_words(answer)
    if "kremlin" in words:
        return Feedback("correct", "Yes: paragraph 2 says they met in the Kremlin, in Moscow. The dateline "
                                   "'MOSCOW (AP)' only tells you where the reporter filed the story from.")
    if "moscow" in words:
        return Feedback("try again", "Moscow is the city, and the dateline only says where the reporter filed. "
                                     "Paragraph 2 names the place in Moscow where the presidents met.")
    return Feedback("try again", "Look at paragraph 2: it names the place in Moscow where the presidents met.")


def _paragraph_count() -> int:
    return len(load_article().paragraphs)


def _us_paragraphs() -> int:
    return int((paragraph_map(load_article()).loc["United States"] > 0).sum())


def _stability_uses() -> int:
    return len(keyword_in_context(load_article(), "stability"))


EXERCISES = {
    "01.where_met": _where_met,
    "01.paragraph_count": count_judge(
        _paragraph_count, "Right: {n} paragraphs after the headline.",
        "Count the blocks of text after the headline; the lede (with MOSCOW (AP)) is paragraph 1."),
    "01.us_paragraphs": count_judge(
        _us_paragraphs, "Right: the United States (as 'U.S.', 'United States' or 'Washington') is in {n} paragraphs.",
        "Read the row 'United States' in the paragraph map and count the paragraphs that are not 0."),
    "01.stability_uses": count_judge(
        _stability_uses, "Right: {n} times, all in Khatami's quote (paragraph 13).",
        "Type 'stability' into the keyword-in-context explorer and count the lines."),
}
