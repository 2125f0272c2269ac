"""Exercises with instant feedback. `check(exercise, answer)` never raises: an unanswered or
malformed answer gets a message, so a notebook with blank answers still runs clean.

The right answers are computed from the article with framelab itself, so they cannot drift
from what the notebook shows. Model answers for teachers live in lessons/*/answer_key.json.
"""
import re
from dataclasses import dataclass
from html import escape
from typing import Any, Callable

from framelab.actors import paragraph_map
from framelab.article import load_article
from framelab.reading import keyword_in_context

_STYLES = {
    "correct": ("✅", "#E6F4EA"),
    "try again": ("🔁", "#FFF4E5"),
    "not answered": ("✏️", "#EEF3F8"),
    "cannot check": ("⚠️", "#FDECEA"),
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


def as_number(answer: Any) -> int | None:
    """An integer from 14, 14.0 or "14 paragraphs"; None when there is none."""
    if isinstance(answer, bool):
        return None
    if isinstance(answer, (int, float)) and float(answer).is_integer():
        return int(answer)
    found = re.findall(r"-?\d+", str(answer))
    return int(found[0]) if len(found) == 1 else None


def as_words(answer: Any) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", str(answer).lower()))


def _count_judge(truth: Callable[[], int], right: str, hint: str) -> Callable[[Any], Feedback]:
    def judge(answer: Any) -> Feedback:
        number = as_number(answer)
        if number is None:
            return Feedback("try again", "Answer with one whole number, for example 5.")
        if number == truth():
            return Feedback("correct", right.format(n=number))
        return Feedback("try again", f"Not {number}. {hint}")
    return judge


def _where_met(answer: Any) -> Feedback:
    words = as_words(answer)
    if "kremlin" in words:
        return Feedback("correct", "Yes: paragraph 2 says they met in the Kremlin, in Moscow. The dateline "
                                   "'MOSCOW (AP)' only tells you where the reporter filed the story from.")
    if "moscow" in words:
        return Feedback("try again", "Moscow is the city, and the dateline only says where the reporter filed. "
                                     "Paragraph 2 names the building where the presidents met.")
    return Feedback("try again", "Look at paragraph 2: it names the building where the presidents met.")


def _paragraph_count() -> int:
    return len(load_article().paragraphs)


def _us_paragraphs() -> int:
    return int((paragraph_map(load_article()).loc["United States"] > 0).sum())


def _stability_uses() -> int:
    return len(keyword_in_context(load_article(), "stability"))


EXERCISES: dict[str, Callable[[Any], Feedback]] = {
    "01.where_met": _where_met,
    "01.paragraph_count": _count_judge(
        _paragraph_count, "Right: {n} paragraphs after the headline.",
        "Count the blocks of text after the headline; the lede (with MOSCOW (AP)) is paragraph 1."),
    "01.us_paragraphs": _count_judge(
        _us_paragraphs, "Right: the United States (as 'U.S.', 'United States' or 'Washington') is in {n} paragraphs.",
        "Read the row 'United States' in the paragraph map and count the paragraphs that are not 0."),
    "01.stability_uses": _count_judge(
        _stability_uses, "Right: {n} times, all in Khatami's quote (paragraph 13).",
        "Type 'stability' into the keyword-in-context explorer and count the lines."),
}


def check(exercise: str, answer: Any = ...) -> Feedback:
    """Feedback on `answer` to `exercise` (for example check("01.paragraph_count", 14))."""
    if exercise not in EXERCISES:
        return Feedback("cannot check", f"There is no exercise called {exercise!r}. Copy its name from the task.")
    if answer is ... or answer is None or (isinstance(answer, str) and not answer.strip()):
        return Feedback("not answered", "Not answered yet: replace the ... with your answer and run the cell again.")
    try:
        return EXERCISES[exercise](answer)
    except Exception as error:  # feedback must never crash a student's notebook
        return Feedback("cannot check", f"This answer could not be checked ({type(error).__name__}). "
                                        "Try writing it more simply.")
