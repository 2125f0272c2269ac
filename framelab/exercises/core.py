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


@cache
def seed_quotes():
    """The seed article's quotes (computed once per session)."""
    from framelab.quotes import find_quotes

    return tuple(find_quotes(load_article()))


def quote_in(paragraph: int):
    return next(q for q in seed_quotes() if q.paragraph == paragraph)
