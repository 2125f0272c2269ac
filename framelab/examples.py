"""The worked example of notebook 06 (data/examples/: a short report written for the kit, not from any outlet).

The example is an invented British local-paper report (single quotation marks, a headline attribution "…, council
says", role phrases such as "a council spokeswoman", pronoun speakers, a partial quote, no dateline), so that it
does not share the seed AP report's patterns. Its corrected actor table, stance targets and hand-made attribution
gold sit beside it; data/examples/README.md gives their provenance."""
from pathlib import Path

from framelab.actors import propose_actor_rows
from framelab.article import Article, read_own_article
from framelab.data import data_path, read_table
from framelab.own_targets import parse_targets_csv

EXAMPLE = "saltinghay_lido"


def example_path(suffix: str = ".txt") -> Path:
    """The example's file with `suffix` (".txt", "_actors.csv", "_targets.csv", "_quotes_gold.csv")."""
    return data_path("examples", EXAMPLE + suffix)


def example_text() -> str:
    return example_path().read_text(encoding="utf-8")


def example_article() -> Article:
    return read_own_article(example_path().read_bytes(), source=example_path().name)


def example_actor_rows() -> list[dict[str, str]]:
    """The worked example's actor table after a reader's corrections (sides filled in, groups added)."""
    return [dict(r) for r in read_table("examples", EXAMPLE + "_actors.csv")]


def example_targets():
    """The stance targets a reader typed in for the worked example."""
    return parse_targets_csv(example_path("_targets.csv").read_text(encoding="utf-8"))


def example_gold_path() -> Path:
    """The example's attribution gold (the development set's layout: file,kind,speaker,cue,text), annotated by hand
    before any framelab rule was run on the text; read it with framelab.evaluation.load_gold_file."""
    return example_path("_quotes_gold.csv")


def is_example(article: Article) -> bool:
    return article.text == example_article().text


def starting_actor_rows(article: Article) -> list[dict[str, str]]:
    """The corrected table for the worked example; framelab's proposal for any other text."""
    return example_actor_rows() if is_example(article) else propose_actor_rows(article)


def input_samples() -> dict[str, str | bytes]:
    """Seven inputs a student might paste or upload, named as a student would describe them (name → text or bytes):
    six that framelab.article.check_own_text refuses (empty, HTML, Latin-1, a Word file, a whole book, German) and
    the worked example, which it accepts. Notebook 06 shows what framelab says about each."""
    return {
        "an empty box": "   ",
        "a web page": "<html><body><p>Talks ended on Monday.</p></body></html>",
        "a file saved as Latin-1, not UTF-8": "Talks in Zürich ended on Monday.".encode("latin-1"),
        "a Word file renamed .txt": b"PK\x03\x04\x14\x00\x06\x00",
        "a whole book (300,000 characters)": "word " * 60_000,
        "a report in German": "Der Minister sagte, die Regierung werde den neuen Damm am Fluss trotz der Proteste der "
                              "Bauern im Süden bald bauen.",
        "the worked example": example_text(),
    }
