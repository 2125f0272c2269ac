"""Lesson 06 (your own article): exercises on the worked example (data/examples/saltinghay_lido.txt), and how they
are judged. The right answers are computed with framelab on the example and its corrected tables, so they follow
the text: a teacher who edits data/examples/ changes the answers too."""
from functools import cache
from typing import Any

from framelab.exercises.core import Feedback, as_number, as_words


@cache
def _example():
    """The worked example, its corrected actor table, mentions and quotes (computed once per session)."""
    from framelab.actors import actor_table, find_mentions
    from framelab.examples import example_actor_rows, example_article
    from framelab.quotes import find_quotes

    article, rows = example_article(), example_actor_rows()
    mentions = find_mentions(article, actor_table(rows))
    return article, rows, mentions, tuple(find_quotes(article, mentions))


def _names(words: str) -> set[str]:
    return set(as_words(words).split())


# ---------------------------------------------------------------- Challenge 1: a place filed as a person

def _not_persons() -> list[str]:
    """Aliases framelab's guess files as persons that the corrected table does not keep as persons."""
    from framelab.actors import propose_actor_rows

    article, rows, _, _ = _example()
    persons = {r["alias"] for r in rows if r["kind"] == "person"}
    return [r["alias"] for r in propose_actor_rows(article) if r["kind"] == "person" and r["alias"] not in persons]


def _judge_not_a_person(answer: Any) -> Feedback:
    words, wrong = f" {as_words(answer)} ", _not_persons()
    if wrong and all(f" {as_words(alias)} " in words or f" {as_words(alias).split()[-1]} " in words
                     for alias in wrong):
        return Feedback("correct", f"Right: {' and '.join(wrong)}. It is the lido, a place: the words come from "
                                   "the group's name, 'the Friends of Saltinghay Lido'. framelab saw two capitalised "
                                   "words and no organisation word (Council, Club), so it guessed a person.")
    _, rows, _, _ = _example()
    for r in rows:
        if r["kind"] == "person" and f" {as_words(r['actor'])} " in words:
            pronoun, object_ = ("she", "her") if r["gender"] == "f" else ("he", "him")
            return Feedback("try again", f"{r['actor']} is a person: the text says '{pronoun}' about {object_}. Look "
                                         "for a row of kind 'person' whose name is something you could swim in.")
    return Feedback("try again", "Read the rows whose kind is 'person' and find the one that names a thing, not a "
                                 "human being.")


# ---------------------------------------------------------------- Challenge 2: whom "She" points back to

def _admitted() -> "object":
    _, _, _, quotes = _example()
    return next(q for q in quotes if q.cue == "admit")


def _judge_she_admitted(answer: Any) -> Feedback:
    from framelab.quotes import find_quotes

    article, rows, _, _ = _example()
    quote = _admitted()
    unresolved = next(q for q in find_quotes(article, []) if q.start == quote.start)  # no table: the role itself
    own = _names(f"{quote.actor} {unresolved.actor}")
    others = {w for r in rows if r["actor"] != quote.actor for w in _names(f"{r['actor']} {r['alias']}")}
    words = _names(str(answer))
    if words & (own - others):
        return Feedback("correct", f"Right: the {unresolved.actor} of the sentence before, who speaks for "
                                   f"{quote.actor}. A pronoun points back to the nearest person it can mean.")
    later = [r["actor"] for r in rows if r["kind"] == "person" and r["gender"] == "f" and words & _names(r["actor"])]
    if later:
        return Feedback("try again", f"Not {later[0]}: she is first named in ¶4, after this sentence (¶{quote.paragraph}"
                                     "). 'She' points back to someone already named: who is the last woman in the "
                                     "text before it?")
    return Feedback("try again", f"Read the sentence before 'She admitted' in ¶{quote.paragraph}: who is the woman "
                                 "named there?")


# ---------------------------------------------------------------- Your turn: filter one actor's quotes

def _trew() -> str:
    _, rows, _, _ = _example()
    return next(r["actor"] for r in rows if r["alias"] == "Maggie Trew")


def _judge_trew_quotes(answer: Any) -> Feedback:
    _, _, _, quotes = _example()
    actor = _trew()
    wanted = [q.text for q in quotes if q.actor == actor]
    if isinstance(answer, str) or not hasattr(answer, "__iter__"):
        return Feedback("try again", "Make a list with a list comprehension: [q for q in quotes if q.actor == "
                                     f"\"{actor}\"]. Keep the square brackets.")
    items = list(answer)
    texts = [getattr(q, "text", q) for q in items]
    if sorted(map(str, texts)) == sorted(wanted):
        mine = [q for q in quotes if q.actor == actor]
        kinds = ", ".join(sorted({q.kind for q in mine}))
        named = sum(q.speaker == actor for q in mine)
        return Feedback("correct", f"Right: {len(wanted)} attributions ({kinds}). {named} of them "
                                   f"name{'s' if named == 1 else ''} {actor}; framelab resolved the other "
                                   f"{len(mine) - named} ('she', or no name at all) to the same person.")
    strangers = sorted({getattr(q, "actor", None) or "?" for q in items if getattr(q, "text", q) not in wanted})
    if strangers:
        return Feedback("try again", f"Your list has {len(items)} items, and some belong to {', '.join(strangers)}. "
                                     f"Keep only those whose actor is {actor}: if q.actor == \"{actor}\".")
    speakers = {getattr(q, "speaker", "") for q in items}
    pronoun = next(q for q in quotes if q.actor == actor and q.speaker != actor)
    if items and speakers == {actor}:
        return Feedback("try again", f"You kept {len(items)} of {len(wanted)}. q.speaker is the words as written "
                                     f"('{pronoun.speaker}' in ¶{pronoun.paragraph}): filter on q.actor, the person "
                                     "they stand for.")
    return Feedback("try again", f"You kept {len(items)} of {len(wanted)}. Filter the whole list `quotes` on "
                                 f"q.actor == \"{actor}\": every kind counts, continuations too.")


# ---------------------------------------------------------------- Challenge 3: the verb that reports Pask

def _pask_distancing() -> str:
    from framelab.corpus import verb_class_of

    _, rows, _, quotes = _example()
    pask = next(r["actor"] for r in rows if r["alias"] == "Owen Pask")
    return next(q.cue for q in quotes if q.actor == pask and verb_class_of().get(q.cue) == "distancing")


def _judge_pask_verb(answer: Any) -> Feedback:
    from framelab.corpus import verb_class_of
    from framelab.data import read_table

    lemma, words = _pask_distancing(), _names(str(answer))
    forms = {f for r in read_table("lexicons", "attribution_verbs.csv") if r["lemma"] == lemma
             for f in r["forms"].split()}
    if words & forms:
        return Feedback("correct", f"Right: '{lemma}', class {verb_class_of()[lemma]}. The reporter chose a verb "
                                   "that tells the reader Pask had to push his point, where 'said' would not.")
    if words & {"say", "said", "says", "tell", "told"}:
        return Feedback("try again", "That neutral verb reports his other sentences. Which verb reports 'the lido "
                                     "would not close for good' in ¶7?")
    return Feedback("try again", "Find Owen Pask's rows in the verb table: which verb is in the class 'distancing'?")


# ---------------------------------------------------------------- Challenge 4: the detector's matrix

def _stance(holder: str, target: str) -> str:
    from framelab.examples import example_targets
    from framelab.own_targets import stance_holders
    from framelab.stance import detect_stance, stance_matrix

    article, _, mentions, quotes = _example()
    targets = example_targets()
    evidence = detect_stance(article, list(quotes), targets=targets, mentions=mentions)
    return stance_matrix(evidence, stance_holders(mentions), targets).loc[holder, target]


def _judge_club_stance(answer: Any) -> Feedback:
    truth, words = _stance("swimming club", "L1"), _names(str(answer))
    if truth.lower() in words:
        return Feedback("correct", f"Right: the detector's matrix says {truth}. Now read ¶9 yourself: does "
                                   "'opposes the closure' leave any doubt?")
    if words & {"against", "favor", "favour", "none"}:
        return Feedback("try again", "That may be what you read in ¶9, but the question asks what the detector "
                                     "says: find row 'swimming club', column L1 of its matrix.")
    return Feedback("try again", "Answer FAVOR, AGAINST or NONE, as in row 'swimming club', column L1 of the matrix.")


EXERCISES = {
    "06.not_a_person": _judge_not_a_person,
    "06.she_admitted": _judge_she_admitted,
    "06.trew_quotes": _judge_trew_quotes,
    "06.pask_verb": _judge_pask_verb,
    "06.club_stance": _judge_club_stance,
}


# ---------------------------------------------------------------- typed predictions (compared by reveal())

def accepted_inputs() -> int:
    """How many of framelab.examples.input_samples() the input check accepts."""
    from framelab.article import check_own_text
    from framelab.errors import FramelabError
    from framelab.examples import input_samples

    accepted = 0
    for sample in input_samples().values():
        try:
            check_own_text(sample)
            accepted += 1
        except FramelabError:
            pass
    return accepted


def _judge_accepted(guess: Any) -> Feedback:
    number, truth = as_number(guess), accepted_inputs()
    if number == truth:
        return Feedback("correct", f"{truth}")
    return Feedback("try again", f"{truth}")


_LOWER = {"lower", "less", "worse", "down", "drop", "drops", "fall", "falls", "smaller", "below", "decrease"}


def _judge_real_news(guess: Any) -> Feedback:
    """The real-news figure (F1 0.874, measured by the framelab team) is lower than the development set's."""
    return Feedback("correct" if _names(str(guess)) & _LOWER else "try again", "lower")


PREDICTIONS = {
    "06.predict_accepted": _judge_accepted,
    "06.predict_real_news": _judge_real_news,
}
