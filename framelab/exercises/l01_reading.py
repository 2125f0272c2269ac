"""Lesson 01 (reading): exercises and how they are judged."""
from typing import Any

from framelab.actors import paragraph_map
from framelab.article import load_article
from framelab.exercises.core import Feedback, as_number, as_words, count_judge
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


# ---------------------------------------------------------------- your turn: a keyword-in-context search of your own

EXAMPLE_WORD = "stability"  # the word the notebook searches for before the student's turn


def _lines_where(hits) -> str:
    paragraphs = sorted({h.paragraph for h in hits})
    return ", ".join(f"¶{p}" for p in paragraphs)


def my_kwic_judge(answer: Any) -> Feedback:
    """Judge a keyword-in-context search of the student's own word: `keyword_in_context(article, "word")` (a list of
    ContextLine) or the word itself (searched here, with a nudge to write the line). Right when the word occurs in
    the report and the list holds every one of its lines; the feedback gives the count and the paragraphs. Refused,
    each with its reason: the notebook's example word, a word that does not occur, one line or a part of the list
    instead of the whole list, anything that is neither a word nor a list of lines."""
    from framelab.reading import ContextLine, keyword_in_context

    article, nudge = load_article(), ""
    if isinstance(answer, ContextLine):
        return Feedback("try again", f"That is one line (¶{answer.paragraph}). Keep the whole list: "
                                     "my_lines = keyword_in_context(article, \"your word\"), without [0].")
    if isinstance(answer, str) and answer.strip():
        word = " ".join(answer.split())
        hits, nudge = keyword_in_context(article, word), f" (Next time write the line yourself: keyword_in_context(article, \"{word}\").)"
    elif isinstance(answer, (list, tuple)) and all(isinstance(h, ContextLine) for h in answer):
        hits = list(answer)
        word = hits[0].keyword if hits else ""
    else:
        return Feedback("try again", "Give the lines of a search: my_lines = keyword_in_context(article, \"nuclear\"), "
                                     "with your own word between the quotation marks.")
    if not hits:
        shown = f"“{word}” does not" if word else "Your search found nothing: the word does not"
        return Feedback("try again", f"{shown} occur in the report, so there is nothing to read. Check the spelling, "
                                     "try a shorter form (weapon, not weaponry), or pick a word from the printed article.")
    if as_words(word) == EXAMPLE_WORD:
        return Feedback("try again", "“stability” is the example above: search for a word of your own choice.")
    every = keyword_in_context(article, word)
    if len(hits) != len(every):
        return Feedback("try again", f"Your list has {len(hits)} of the {len(every)} lines for “{word}”. Keep the whole "
                                     "list: do not pick lines with [ ] after the call.")
    return Feedback("correct", f"Found: “{word}” is used {len(hits)} time{'s' if len(hits) != 1 else ''}, in "
                               f"{_lines_where(hits)}. Read the lines: are they in someone's quoted words or in the "
                               f"reporter's own voice?{nudge}")


EXERCISES["01.my_kwic"] = my_kwic_judge


# ---------------------------------------------------------------- typed predictions, judged by reveal()

def predict_us_paragraphs_judge(guess: Any) -> Feedback:
    """A prediction of how many of the 14 paragraphs mention the United States (7): right for a number within one
    of it, or for "about half" in words."""
    truth, number = _us_paragraphs(), as_number(guess)
    if number is not None:
        return Feedback("correct" if abs(number - truth) <= 1 else "try again", str(truth))
    words = as_words(guess)
    if "half" in words.split():
        return Feedback("correct", str(truth))
    return Feedback("try again", str(truth))


_COUNTRY_WORDS = {"russia": "Russia", "iran": "Iran", "united states": "United States", "us": "United States",
                  "u s": "United States", "america": "United States", "usa": "United States"}


def _top_country() -> str:
    """The country name the word chart counts most often: Russia, Iran or the United States ('U.S.' is one word,
    'United States' two)."""
    from collections import Counter

    from framelab.reading import content_words

    counts = Counter(content_words(load_article()))
    country = {"Russia": counts["russia"], "Iran": counts["iran"],
               "United States": counts["u.s."] + min(counts["united"], counts["states"])}
    return max(country, key=country.get)


def predict_top_country_judge(guess: Any) -> Feedback:
    """A prediction of the most frequent country name of Russia, Iran and the United States (as the word chart
    counts them): the first of the three the guess names."""
    words, truth = f" {as_words(guess)} ", _top_country()
    named = sorted((words.find(f" {word} "), country) for word, country in _COUNTRY_WORDS.items()
                   if f" {word} " in words)
    if not named:
        return Feedback("try again", truth)
    return Feedback("correct" if named[0][1] == truth else "try again", truth)


PREDICTIONS = {"01.predict_us": predict_us_paragraphs_judge, "01.predict_top_country": predict_top_country_judge}
