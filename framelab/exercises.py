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


_NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split())}
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
    return " ".join(re.findall(r"[a-z0-9]+", str(answer).lower()))


def as_yes_no(answer: Any) -> str | None:
    """'yes' or 'no' from answers such as "No", "it does not change", "stays the same", "yes, it changes"."""
    words = set(as_words(str(answer).replace("n't", " not")).split())
    if words & {"no", "not", "same", "nope", "never", "unchanged", "identical"}:
        return "no"
    if words & {"yes", "yep", "changes", "changed", "different"}:
        return "yes"
    return None


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


def _name_judge(truth: Callable[[], str], right: str, hint: str, traps: dict[str, str] | None = None):
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


def _seed_quotes():
    from framelab.quotes import find_quotes

    return find_quotes(load_article())


def _quote_in(paragraph: int):
    return next(q for q in _seed_quotes() if q.paragraph == paragraph)


def _us_direct_words() -> int:
    from framelab.quotes import speech_by_actor

    table = speech_by_actor(load_article(), _seed_quotes())
    return int(table.loc[table["actor"] == "United States", "words in quote marks"].sum())


def _cue_judge(paragraph: int, actor: str, right: str, hint: str):
    def judge(answer: Any) -> Feedback:
        from framelab.quotes import cue_forms

        truth = next(q.cue for q in _seed_quotes() if q.paragraph == paragraph and q.actor == actor)
        given = [cue_forms().get(w) for w in as_words(answer).split()]
        if truth in given:
            return Feedback("correct", right)
        return Feedback("try again", hint)
    return judge


def _word_judge(truth: Callable[[], str], right: str, hint: str):
    """Accept an answer containing the word `truth()` (any case); yes/no questions accept yes/no in other words."""
    def judge(answer: Any) -> Feedback:
        if truth().lower() in as_words(answer).split() or (truth() in ("yes", "no") and as_yes_no(answer) == truth()):
            return Feedback("correct", right.format(answer=truth()))
        return Feedback("try again", hint)
    return judge


def _more_positive_speaker() -> str:
    from framelab.sentiment import explain_sentiment

    putin, khatami = _quote_in(6), _quote_in(13)
    return max((putin, khatami), key=lambda q: explain_sentiment(q.text).compound).actor


def _positive_word_in_us_sentence() -> str:
    from framelab.sentiment import explain_sentiment

    sentence = next(s for s in load_article().sentences if s.text.startswith("The United States claims"))
    return next(w.word for w in explain_sentiment(sentence.text).words if (w.lexicon or 0) > 0).lower()


def _claims_equals_says() -> str:
    from framelab.sentiment import verb_swap

    table = verb_swap("The United States claims the technology could be used to develop nuclear weapons.", "claims",
                      ("says",))
    return "no" if table["compound"].nunique() == 1 else "yes"


def _khatami_last_label() -> str:
    from framelab.sentiment import explain_sentiment

    sentence = next(s for s in load_article().sentences if "alien presence" in s.text)
    return explain_sentiment(sentence.text).label


def _stance_cell(actor: str, target: str) -> Callable[[], str]:
    def truth() -> str:
        from framelab.stance import detect_stance, stance_matrix

        article = load_article()
        return stance_matrix(detect_stance(article, _seed_quotes()), [actor]).loc[actor, target].lower()
    return truth


def _majority_label() -> str:
    from framelab.evaluation import majority_baseline
    from framelab.stance import load_stance_gold

    return majority_baseline(load_stance_gold()).iloc[0, 0].lower()


def _warm_but_against() -> str:
    from framelab.stance import detect_stance, sentiment_versus_stance

    article, quotes = load_article(), _seed_quotes()
    table = sentiment_versus_stance(article, quotes, detect_stance(article, quotes))
    clash = table[table["disagree"] & (table["sentiment"] == "positive") & table["stance"].str.contains("AGAINST")]
    return clash["actor"].iloc[0]


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
    "02.continuation_speaker": _name_judge(
        lambda: _quote_in(7).actor,
        "Right: {answer}. Paragraph 7 opens with a quotation mark and names nobody, so by AP convention it goes on "
        "with the speaker of the paragraph before.",
        "Paragraph 7 names no speaker. Look at who is quoted in paragraph 6, just before it.",
        {"khatami": "Khatami speaks in paragraph 13, much later. Who is quoted in paragraph 6?"}),
    "02.us_direct_words": _count_judge(
        _us_direct_words, "Right: {n}. The United States is mentioned again and again, but never quoted in its own words.",
        "Look at the bar for the United States in the chart, or its row in the table."),
    "02.ambassador_side": _name_judge(
        lambda: _quote_in(8).actor,
        "Right: {answer}. \"Iran's ambassador\" speaks for Iran; Moscow is only where the ambassador works.",
        "Who sent the ambassador? Read the words before \"ambassador\".",
        {"russia": "Careful: \"ambassador to Moscow\" says where the ambassador works, not whom he speaks for.",
         "moscow": "Careful: \"ambassador to Moscow\" says where the ambassador works, not whom he speaks for."}),
    "02.washington_cue": _cue_judge(
        5, "United States", "Right: \"believes\". It reports what Washington thinks, not words anyone said: the "
        "reporter tells us an inner state.", "Find \"Washington, which …\" in paragraph 5: which verb follows \"which\"?"),
    "03.more_positive": _name_judge(
        _more_positive_speaker, "Right: {answer}'s quote scores higher. Now look at the word chart to see which "
        "words VADER counted.", "Compare the two compound scores in the table: the higher one is more positive."),
    "03.united_word": _word_judge(
        _positive_word_in_us_sentence, "Right: '{answer}' is in VADER's lexicon at +1.8, so the country's name "
        "itself pulls the sentence towards positive.", "Look for the word with a positive lexicon rating in the "
        "contribution table. It is part of a country's name."),
    "03.claims_vs_says": _word_judge(
        _claims_equals_says, "Right: {answer}, it stays the same. Neither verb is in VADER's lexicon, so both count as 0. VADER cannot "
        "see the doubt that 'claims' casts.", "Look at the compound column of the verb-swap table: compare the "
        "'claims' and 'says' rows."),
    "03.khatami_label": _word_judge(
        _khatami_last_label, "Right: '{answer}', because of 'undermine'. Yet Khatami is arguing FOR stability: "
        "sentiment is not stance (lesson 04).", "Find sentence 19 in the sentence table and read its label."),
    "04.iran_foreign_forces": _word_judge(
        _stance_cell("Iran", "T4"), "Right: {answer}. Khatami says the region does not need extra-regional forces and "
        "that an alien presence may undermine stability.", "Find the row Iran and the column T4 in the stance matrix."),
    "04.us_pipelines": _word_judge(
        _stance_cell("United States", "T5"), "Right: {answer}. The report mentions US efforts to get Kazakh oil "
        "shipped across the sea: the route a seabed-pipeline ban would block.",
        "Look at the row United States, column T5, and hover to read the evidence from paragraph 11."),
    "04.majority_label": _word_judge(
        _majority_label, "Right: {answer}. Guessing '{answer}' for every cell is the baseline any method must beat.",
        "Count the labels in the gold matrix: which of FAVOR, AGAINST and NONE is most common?"),
    "04.warm_but_against": _name_judge(
        _warm_but_against, "Right: {answer}. His words are warm (calm, peace), yet he is AGAINST foreign forces in "
        "the region.", "In the sentiment-versus-stance table, find a row whose sentiment is positive and whose "
        "stance is AGAINST."),
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
