"""Lesson 02 (who speaks): exercises and how they are judged."""
from typing import Any

from framelab.article import load_article
from framelab.exercises.core import Feedback, as_words, count_judge, name_judge, quote_in, row_difference, seed_quotes


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


# ---------------------------------------------------------------- your turn: filter the attributions of one actor

def _as_attributions(answer: Any):
    """The answer as a list of Quote rows or of paragraph numbers; None when it is neither."""
    from framelab.quotes import Quote

    if isinstance(answer, Quote):
        answer = [answer]
    if not isinstance(answer, (list, tuple)):
        return None
    if all(isinstance(item, Quote) for item in answer):
        return list(answer)
    if all(isinstance(item, int) and not isinstance(item, bool) for item in answer):
        return list(answer)
    return None


def _where(quotes) -> str:
    return ", ".join(f"¶{q.paragraph} \"{q.speaker}\" (cue: {q.cue})" for q in quotes)


def us_attributions_judge(answer: Any) -> Feedback:
    """Judge a list of the United States' attributions, written as `[q for q in quotes if q.actor == "United States"]`
    (a list of the paragraph numbers, e.g. [5, 14, 14], is accepted too). A wrong list gets told what is missing or
    extra, and whether the student filtered on the speaker as written instead of the actor it stands for."""
    truth = [q for q in seed_quotes() if q.actor == "United States"]
    given = _as_attributions(answer)
    right = (f"Right: {len(truth)} attributions, {_where(truth)}. Three ways of writing the speaker, one actor, "
             "and not one of them a quotation: the United States is only reported.")
    if given is None:
        return Feedback("try again", "Your answer should be a list of attributions: start with [q for q in quotes "
                                     "if ...] and finish the condition.")
    if given and isinstance(given[0], int):
        if sorted(given) == sorted(q.paragraph for q in truth):
            return Feedback("correct", right)
        return Feedback("try again", f"Not {sorted(given)}. The United States has one attribution in one paragraph "
                                     "and two in another: count them in the explorer, or write the list in code.")
    if not given:
        return Feedback("try again", "Your list is empty: no row matched. Compare q.actor (whom the speaker stands "
                                     "for) and spell the actor as in the table: \"United States\".")
    extra, missing = row_difference(given, truth, key=lambda q: (q.paragraph, q.start))
    if extra:
        others = sorted({str(q.actor) for q in extra})
        return Feedback("try again", f"Your list also holds {len(extra)} row(s) of {', '.join(others)}: keep only "
                                     "the rows whose q.actor is \"United States\".")
    if missing:
        return Feedback("try again", f"You have {len(given)} of {len(truth)}. Missing: {_where(missing)}. Did you "
                                     "compare q.speaker, the words as written (\"Washington\", \"U.S.\")? Compare "
                                     "q.actor, whom the speaker stands for.")
    return Feedback("correct", right)


EXERCISES["02.us_attributions"] = us_attributions_judge

def _more_quoted_president() -> str:
    words = {actor: sum(len(q.text.split()) for q in seed_quotes() if q.actor == actor and q.kind != "indirect")
             for actor in ("Putin", "Khatami")}
    return max(words, key=words.get)


def predict_more_words_judge(guess: Any) -> Feedback:
    """A prediction of who has more words inside quotation marks, Putin or Khatami: the first of the two named."""
    words = as_words(guess).split()
    named = [w for w in words if w in ("putin", "khatami")]
    if not named:
        return Feedback("try again", "Name Putin or Khatami.")
    if named[0] == _more_quoted_president().lower():
        return Feedback("correct", _more_quoted_president())
    return Feedback("try again", _more_quoted_president())


# Typed predictions, judged by reveal() (framelab.exercises.PREDICTIONS).
PREDICTIONS = {"02.predict_more_words": predict_more_words_judge}
