"""Lesson 04 (stance): exercises and how they are judged."""
from collections.abc import Callable

from framelab.article import load_article
from framelab.exercises.core import count_judge, name_judge, seed_quotes, word_judge


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
