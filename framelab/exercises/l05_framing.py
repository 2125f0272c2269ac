"""Lesson 05 (framing of US opposition): exercises and how they are judged."""
from typing import Any

from framelab.article import load_article
from framelab.exercises.core import Feedback, as_number, count_judge, row_difference, seed_quotes, word_judge


def _voice(side: str, measure: str) -> int:
    from framelab.actors import find_mentions
    from framelab.framing import voice_table

    article = load_article()
    table = voice_table(article, list(seed_quotes()), find_mentions(article)).set_index("side")
    return int(table.loc[side, measure])


def _class_of(lemma: str):
    def truth() -> str:
        from framelab.framing import verb_class

        return verb_class(lemma)
    return truth


def _first_paragraph(side: str):
    def truth() -> int:
        from framelab.framing import framing_summary

        return int(framing_summary(load_article()).loc[side, "first paragraph"])
    return truth


def _owner_of(label: str):
    def truth() -> str:
        from framelab.framing import label_owners

        table = label_owners(load_article(), list(seed_quotes()))
        return table.loc[table["label"] == label, "whose words"].iloc[0].split()[-1]
    return truth


def _part_of_demands() -> str:
    from framelab.actors import find_mentions
    from framelab.framing import word_part

    article = load_article()
    start = article.text.index("demands that it cancel")
    return word_part(article, start, start + len("demands"), find_mentions(article))


def _frame_in_reporters_words(frame: str):
    def truth() -> int:
        from framelab.framing import frame_voices

        return int(frame_voices(load_article(), list(seed_quotes())).loc[frame, "narration in the reporter's own words"])
    return truth


EXERCISES = {
    "05.us_direct_quotes": count_judge(
        lambda: _voice("United States", "direct quotes"),
        "Right: {n}. The United States is reported three times, but never in its own quoted words.",
        "Read the row United States in the voice table, column 'direct quotes'."),
    "05.claims_class": word_judge(
        _class_of("claim"), "Right: '{answer}'. 'Claims' signals that the reporter does not vouch for the statement.",
        "Look up 'claims' in the verb table: which class is it in?"),
    "05.believes_class": word_judge(
        lambda: _class_of("believe")().replace("internal-state", "internal"),
        "Right: internal-state. 'Believes' reports a thought the reporter cannot observe.",
        "Look up 'believes' in the verb table: which class is it in?"),
    "05.us_first_paragraph": count_judge(
        _first_paragraph("United States"), "Right: paragraph {n}, after the lede: Russia's and Iran's views come first.",
        "Use the 'first paragraph' column of the table of first appearances."),
    "05.dominance_owner": word_judge(
        _owner_of("U.S. global dominance"), "Right: the {answer}. No one in the report is quoted saying "
        "'U.S. global dominance': the reporter draws that conclusion.",
        "Find 'U.S. global dominance' in the label table: whose words are they?",
        synonyms={"reporter": {"journalist", "writer", "ap", "author", "reporters"}}),
    "05.demands_part": word_judge(
        _part_of_demands, "Right: a {answer}. 'Moscow has dismissed U.S. demands': 'demands' is the thing Moscow "
        "dismissed, so it is not counted among the verbs.",
        "Read paragraph 14 again: what did Moscow dismiss? Is 'demands' something the US does there, or a thing?"),
    "05.us_frame_own_words": count_judge(
        _frame_in_reporters_words("US security"), "Right: {n}. The US is never quoted, yet the reporter's own "
        "narration states its frame {n} times (headline, ¶3, ¶5, ¶10).",
        "Read the row 'US security' in the table of who carries each frame, column 'narration in the reporter's "
        "own words'."),
}


# ---------------------------------------------------------------- your turn: one side's attribution verbs

def _seed_uses():
    from framelab.actors import find_mentions
    from framelab.framing import verb_uses

    article = load_article()
    return verb_uses(article, list(seed_quotes()), find_mentions(article))


def _named(uses) -> str:
    return ", ".join(f"'{u.word}' (¶{u.paragraph}, {u.how}, {u.verb_class})" for u in uses)


def us_verbs_judge(answer: Any) -> Feedback:
    """Judge the United States' attribution verbs, written as
    `[u for u in uses if u.side == "United States" and u.how == "attribution"]` (their number, 2, is accepted too).
    A wrong list is told what it holds that does not belong (nouns, action verbs, another side's verbs) or what it
    misses; the right one gets each verb's class."""
    from framelab.framing import VerbUse

    uses = _seed_uses()
    truth = [u for u in uses if u.side == "United States" and u.how == "attribution"]
    others = [u for u in uses if u.side in ("Russia", "Iran") and u.how == "attribution"]
    neutral = sum(u.verb_class == "neutral" for u in others)
    right = (f"Right: {len(truth)} attribution verbs, {_named(truth)}. "
             f"{sum(u.verb_class == 'neutral' for u in truth)} of them neutral, against {neutral} of Russia's and "
             f"Iran's {len(others)}.")
    if isinstance(answer, VerbUse):
        answer = [answer]
    if not isinstance(answer, (list, tuple)) or not all(isinstance(u, VerbUse) for u in answer):
        number = as_number(answer)
        if number is None or isinstance(answer, (list, tuple)):
            return Feedback("try again", "Give a list of rows of the verb table: us_verbs = [u for u in uses if "
                                         "u.side == \"United States\" and ...], and finish the condition.")
        if number == len(truth):
            return Feedback("correct", right)
        return Feedback("try again", f"Not {number}. Keep the rows whose side is the United States and whose 'how' is "
                                     "attribution: nouns such as 'demands' and action verbs do not count.")
    if not answer:
        return Feedback("try again", "Your list is empty: no row matched. Spell the side as in the table, "
                                     "\"United States\", and the kind as \"attribution\".")
    extra, missing = row_difference(answer, truth, key=lambda u: (u.start, u.side))
    if any(u.side != "United States" for u in extra):
        others = sorted({u.side for u in extra if u.side != "United States"})
        return Feedback("try again", f"Your list also holds verbs of {', '.join(others)}: add u.side == "
                                     "\"United States\" to the condition.")
    if extra:
        return Feedback("try again", f"Your list also holds {_named(extra)}: they report the US but are not "
                                     "attribution verbs. Add u.how == \"attribution\" to the condition.")
    if missing:
        return Feedback("try again", f"You have {len(answer)} of {len(truth)}. Missing: {_named(missing)}.")
    return Feedback("correct", right)


EXERCISES["05.us_verbs"] = us_verbs_judge


# ---------------------------------------------------------------- typed predictions, judged by reveal()

def predict_us_quotes_judge(guess: Any) -> Feedback:
    """A prediction of how many direct quotes the United States gets (0): right for the exact number, "none" or
    "zero" included."""
    number, truth = as_number(guess), _voice("United States", "direct quotes")
    return Feedback("correct" if number == truth else "try again", str(truth))


PREDICTIONS = {"05.predict_us_quotes": predict_us_quotes_judge}
