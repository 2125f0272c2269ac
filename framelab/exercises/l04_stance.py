"""Lesson 04 (stance): exercises and how they are judged."""
from collections.abc import Callable
from typing import Any

from framelab.article import load_article
from framelab.exercises.core import Feedback, as_number, as_words, count_judge, name_judge, seed_quotes, word_judge


def _stance_cell(actor: str, target: str) -> Callable[[], str]:
    def truth() -> str:
        from framelab.stance import detect_stance, stance_matrix

        article = load_article()
        return stance_matrix(detect_stance(article, seed_quotes()), [actor]).loc[actor, target].lower()
    return truth


def _majority_label() -> str:
    from framelab.evaluation import majority_baseline
    from framelab.stance import load_stance_gold

    return majority_baseline(load_stance_gold()).iloc[0, 0].lower()


def _warm_but_against() -> str:
    from framelab.stance import detect_stance, sentiment_versus_stance

    article, quotes = load_article(), seed_quotes()
    table = sentiment_versus_stance(article, quotes, detect_stance(article, quotes))
    clash = table[table["disagree"] & (table["sentiment"] == "positive") & table["stance"].str.contains("AGAINST")]
    return clash["actor"].iloc[0]


def _coder_disagreements() -> int:
    from framelab.annotation import coding_disagreements, load_stance_coding

    return len(coding_disagreements(load_stance_coding("stance_gold_coder1.csv"),
                                    load_stance_coding("stance_gold_coder2.csv")))


EXERCISES = {
    "04.iran_foreign_forces": word_judge(
        _stance_cell("Iran", "T4"), "Right: {answer}. Khatami says the region does not need extra-regional forces and "
        "that an alien presence may undermine stability.", "Find the row Iran and the column T4 in the stance matrix."),
    "04.us_pipelines": word_judge(
        _stance_cell("United States", "T5"), "Right: {answer}. Paragraph 11 mentions US efforts to get Kazakh oil "
        "shipped across the sea, but never says by a seabed pipeline: reading it as a stance on T5 takes two steps.",
        "Look at the row United States, column T5, and hover over it: is there any evidence?"),
    "04.majority_label": word_judge(
        _majority_label, "Right: {answer}. Guessing '{answer}' for every cell is the baseline any method must beat.",
        "Count the labels in the gold matrix: which of FAVOR, AGAINST and NONE is most common?"),
    "04.warm_but_against": name_judge(
        _warm_but_against, "Right: {answer}. His words are warm (calm, peace), yet he is AGAINST foreign forces in "
        "the region.", "In the sentiment-versus-stance table, find a row whose sentiment is positive and whose "
        "stance is AGAINST.", {"iran": "Name the person who speaks, not the country."}),
    "04.coder_disagreements": count_judge(
        _coder_disagreements, "Right: {n}. Those cells are listed in the disagreements table, each settled with a "
        "written reason.", "Count the rows of the table of cells the two coders label differently."),
}


# ---------------------------------------------------------------- your turn: the detector on a sentence of your own

EXAMPLE_SENTENCE = "Washington opposes the Bushehr nuclear plant."  # the notebook's example, run before the student's turn


def _what_the_detector_saw(sentence: str) -> str:
    """Which of the three things the detector needs a sentence has: a known actor, a target's cue, a stance cue."""
    from framelab import Article
    from framelab.actors import find_mentions
    from framelab.stance import _find_all, stance_cues, stance_targets

    text = sentence
    actors = sorted({m.actor for m in find_mentions(Article.from_text(text))})
    targets = [f"{t.id} ('{cue}')" for t in stance_targets() for cue in t.cues if _find_all(cue, text, 0, len(text))][:3]
    cues = sorted({cue for cue, _, _ in stance_cues() if _find_all(cue, text, 0, len(text))})
    parts = [f"actors: {', '.join(actors)}" if actors else "no actor it knows (try Russia, Iran, Washington, Putin)",
             f"targets: {', '.join(targets)}" if targets else "no target's cue phrase (try arms sales, Bushehr, "
                                                               "pipelines, foreign forces)",
             f"stance words: {', '.join(cues)}" if cues else "no stance word (try supports, opposes, signed, against)"]
    return "; ".join(parts)


def _evidence_in_words(evidence) -> str:
    from framelab.stance import stance_targets

    names = {t.id: t.name for t in stance_targets()}
    return "; ".join(f"{e.actor} {e.stance} {e.target} ({names.get(e.target, e.target)}), cue '{e.cue}', rule: {e.rule}"
                     for e in evidence)


def my_stance_judge(answer: Any) -> Feedback:
    """Judge the detector run on a sentence of the student's own: `detect_stance(Article.from_text("…"))` (a list of
    StanceEvidence) or the sentence itself (run here, with a nudge to write the line). Right when the detector finds
    at least one stance; the feedback says who, towards which target, which cue and which rule. Refused, each with
    its reason: the notebook's example, a sentence copied from the report, a sentence in which the detector finds
    nothing (a sentence given as text is told which of actor, target cue and stance word it lacks), anything else."""
    from framelab import Article
    from framelab.stance import StanceEvidence, detect_stance

    nudge, sentence = "", None
    if isinstance(answer, str) and answer.strip():
        sentence = " ".join(answer.split())
        evidence = detect_stance(Article.from_text(sentence))
        nudge = " (Next time run it yourself: detect_stance(Article.from_text(\"…\")).)"
    elif isinstance(answer, (list, tuple)) and all(isinstance(e, StanceEvidence) for e in answer):
        evidence = list(answer)
    else:
        return Feedback("try again", "Give the detector's result for your sentence: my_evidence = "
                                     "detect_stance(Article.from_text(\"Your sentence.\")).")
    if sentence is not None and as_words(sentence) == as_words(EXAMPLE_SENTENCE) or \
            evidence and evidence == detect_stance(Article.from_text(EXAMPLE_SENTENCE)):
        return Feedback("try again", "That is the example above: write a sentence of your own.")
    if sentence is not None and any(as_words(sentence) == as_words(s.text) for s in load_article().sentences):
        return Feedback("try again", "That sentence is from the report, and the notebook has run it already: write "
                                     "one of your own.")
    if not evidence:
        why = (f"In your sentence it found {_what_the_detector_saw(sentence)}." if sentence is not None else
               "It needs three things in one sentence: an actor it knows (Russia, Iran, Washington, Putin…), a "
               "target's cue phrase (arms sales, Bushehr, pipelines, foreign forces…) and a stance word (supports, "
               "opposes, signed, against…).")
        return Feedback("try again", f"The detector found no stance: an empty list []. {why} Change the sentence and "
                                     "run the cell again.")
    return Feedback("correct", f"The detector found {len(evidence)} piece{'s' if len(evidence) != 1 else ''} of "
                               f"evidence: {_evidence_in_words(evidence)}. Do you agree with it? If not, which rule "
                               f"misread your sentence?{nudge}")


EXERCISES["04.my_stance"] = my_stance_judge


# ---------------------------------------------------------------- typed predictions, judged by reveal()

def _us_stances() -> int:
    from framelab.stance import detect_stance, stance_matrix

    row = stance_matrix(detect_stance(load_article(), seed_quotes()), ["United States"]).loc["United States"]
    return int((row != "NONE").sum())


def predict_us_stances_judge(guess: Any) -> Feedback:
    """A prediction of on how many of the seven targets the detector finds a US stance (FAVOR or AGAINST): right
    for the exact number."""
    number, truth = as_number(guess), _us_stances()
    return Feedback("correct" if number == truth else "try again", str(truth))


PREDICTIONS = {"04.predict_us_stances": predict_us_stances_judge}
