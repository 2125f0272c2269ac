"""Lesson 03 (sentiment): exercises and how they are judged."""
from framelab.article import load_article
from framelab.exercises.core import name_judge, quote_in, word_judge


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
