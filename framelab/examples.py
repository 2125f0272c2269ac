"""The worked example of notebook 06 (data/examples/: a short report written for the kit, not from any outlet)."""
from pathlib import Path

from framelab.actors import propose_actor_rows
from framelab.article import Article, read_own_article
from framelab.data import data_path, read_table
from framelab.own_targets import parse_targets_csv

EXAMPLE = "vell_dam"


def example_path(suffix: str = ".txt") -> Path:
    return data_path("examples", EXAMPLE + suffix)


def example_text() -> str:
    return example_path().read_text(encoding="utf-8")


def example_article() -> Article:
    return read_own_article(example_path().read_bytes(), source=example_path().name)


def example_actor_rows() -> list[dict[str, str]]:
    """The worked example's actor table after a reader's corrections (sides filled in, countries added)."""
    return [dict(r) for r in read_table("examples", EXAMPLE + "_actors.csv")]


def example_targets():
    """The stance targets a reader typed in for the worked example."""
    return parse_targets_csv(example_path("_targets.csv").read_text(encoding="utf-8"))


def is_example(article: Article) -> bool:
    return article.text == example_article().text


def starting_actor_rows(article: Article) -> list[dict[str, str]]:
    """The corrected table for the worked example; framelab's proposal for any other text."""
    return example_actor_rows() if is_example(article) else propose_actor_rows(article)
