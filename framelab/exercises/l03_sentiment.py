"""Lesson 03 (sentiment): exercises and how they are judged."""
from typing import Any

from framelab.article import load_article
from framelab.exercises.core import Feedback, as_words, name_judge, quote_in, word_judge

EXAMPLE_SENTENCE = "We had a good day."  # the example in the notebook's "your turn" comment


def _more_positive_speaker() -> str:
    from framelab.sentiment import explain_sentiment

    putin, khatami = quote_in(6), quote_in(13)
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


EXERCISES = {
    "03.more_positive": name_judge(
        _more_positive_speaker, "Right: {answer}'s quote scores higher. Now look at the word chart to see which "
        "words VADER counted.", "Compare the two compound scores in the table: the higher one is more positive."),
    "03.united_word": word_judge(
        _positive_word_in_us_sentence, "Right: '{answer}' is in VADER's lexicon at +1.8, so the country's name "
        "itself pulls the sentence towards positive.", "Look for the word with a positive lexicon rating in the "
        "contribution table. It is part of a country's name."),
    "03.claims_vs_says": word_judge(
        _claims_equals_says, "Right: {answer}, it stays the same. Neither verb is in VADER's lexicon, so both count as 0. VADER cannot "
        "see the doubt that 'claims' casts.", "Look at the compound column of the verb-swap table: compare the "
        "'claims' and 'says' rows."),
    "03.khatami_label": word_judge(
        _khatami_last_label, "Right: '{answer}', because of 'undermine'. Yet Khatami is arguing FOR stability: "
        "sentiment is not stance (lesson 04).", "Find sentence 19 in the sentence table and read its label."),
}


# ---------------------------------------------------------------- your turn: score a sentence of your own

def _signed(value: float) -> str:
    return f"{value:+.2f}"


def _word_steps(score) -> str:
    parts = []
    for w in score.words:
        if w.lexicon is None and not w.contribution:
            continue
        rules = "; ".join(step.note for step in w.steps)
        parts.append(f"'{w.word}' rated {_signed(w.lexicon or 0)}, counts {_signed(w.contribution)}"
                     + (f" ({rules})" if rules else ""))
    return "; ".join(parts)


def my_sentence_judge(answer: Any) -> Feedback:
    """Judge a student's own sentence scored with VADER: `explain_sentiment("…")` (a SentimentScore) or the sentence
    itself. Right when VADER knows at least one of its words; the feedback gives the compound, the label and each
    counted word's rating, contribution and the rules that changed it. Refused: no sentence, a sentence with no
    word VADER knows (nothing to explain), the notebook's example, a sentence copied from the report."""
    from framelab.sentiment import SentimentScore, explain_sentiment

    if isinstance(answer, str) and answer.strip():
        score, nudge = explain_sentiment(answer), " (Next time score it yourself: explain_sentiment(\"…\").)"
    elif isinstance(answer, SentimentScore):
        score, nudge = answer, ""
    else:
        return Feedback("try again", "Give a sentence scored by VADER: my_score = explain_sentiment(\"Your own "
                                     "sentence.\"), with your sentence between the quotation marks.")
    text = " ".join(score.text.split())
    if as_words(text) == as_words(EXAMPLE_SENTENCE):
        return Feedback("try again", "That is the example from the comment: write a sentence of your own.")
    report = f" {as_words(load_article().text)} "
    if len(as_words(text).split()) >= 4 and f" {as_words(text)} " in report:
        return Feedback("try again", "That sentence is from the report, and the notebook scores it already: write "
                                     "one of your own, for example the same idea in your words.")
    if not score.hits:
        return Feedback("try again", f"VADER knows none of the words in \u201c{text}\u201d, so it scores "
                                     f"{score.compound:.4f} and there is nothing to explain. Add a word that carries "
                                     "a feeling (hope, threat, win, fail) and run the cell again.")
    return Feedback("correct", f"Scored: compound {score.compound:+.4f}, {score.label} (the cut-offs are "
                               f"±0.05). VADER counted {score.hits} word{'s' if score.hits != 1 else ''}: "
                               f"{_word_steps(score)}. Every other word counts 0.{nudge}")


EXERCISES["03.my_sentence"] = my_sentence_judge


def _sentence_3_words() -> list[str]:
    from framelab.sentiment import explain_sentiment

    return [w.word.lower() for w in explain_sentiment(load_article().sentences[2].text).words if w.lexicon is not None]


def predict_sentence_3_judge(guess: Any) -> Feedback:
    """A prediction of the words VADER counts in sentence 3: right when it names at least one of them and no other
    content word of the sentence (words of four letters or more, so "and" or "to" in the guess do not count)."""
    counted = set(_sentence_3_words())
    named = set(as_words(guess).split())
    sentence = {w for w in as_words(load_article().sentences[2].text).split() if len(w) >= 4}
    if named & counted and not (named & sentence) - counted:
        return Feedback("correct", ", ".join(sorted(counted)))
    return Feedback("try again", ", ".join(sorted(counted)))


def _more_positive_prediction(guess: Any) -> Feedback:
    words = [w for w in as_words(guess).split() if w in ("putin", "khatami")]
    truth = _more_positive_speaker()
    if words and words[0] == truth.lower():
        return Feedback("correct", truth)
    return Feedback("try again", truth)


# Typed predictions, judged by reveal() (framelab.exercises.PREDICTIONS).
PREDICTIONS = {"03.predict_quotes": _more_positive_prediction, "03.predict_sentence_3": predict_sentence_3_judge}
