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


# Short invented texts, one per kind of failure that the attribution work met on real news (issue 13's closing note;
# notebook 06, section 7): (kind, text, the speaker a careful reader names, the words that reader says are reported).
FAILURE_CASES = (
    ("an unknown one-word name at the start of a sentence",
     "Yesterday Halvorsen said the ferry would not sail.", "Halvorsen", "the ferry would not sail"),
    ("a quotation attributed with a dash, not a verb",
     "‘We will not sail before Friday.’ — ferry captain Ole Brandt", "Ole Brandt", "We will not sail before Friday"),
    ("an attribution inside another one (nested)",
     "The mayor said residents had complained that the noise kept them awake.", "mayor",
     "residents had complained that the noise kept them awake"),
    ("a pronoun far from the person it means",
     "Mary Holt founded the clinic in 1990. Ana Voss took over in 2020.\n\nThe clinic has 40 beds.\n\n"
     "‘I built this place for the town,’ she said.", "Mary Holt", "I built this place for the town"),
    ("'they' after a group and an organisation",
     "The nurses walked out on Monday. The hospital said the ward would stay open.\n\nThey say the rota is unsafe.",
     "nurses", "the rota is unsafe"),
)


def failure_table():
    """framelab's attribution on each of FAILURE_CASES beside a careful reader's, as a pandas DataFrame (kind,
    text, reader: speaker, framelab: speaker, reader: reported words, framelab: reported words, framelab right?).
    framelab's side is computed live (framelab.quotes.find_quotes with no actor table), so the table stays true
    when the rules change. For each case it shows the attribution that overlaps the reader's words the most."""
    import pandas as pd

    from framelab.quotes import find_quotes

    rows = []
    for kind, text, speaker, words in FAILURE_CASES:
        article = Article.from_text(text)
        start = article.text.find(words)
        quotes = [q for q in find_quotes(article) if q.kind != "reporter"]
        best = max(quotes, key=lambda q: min(q.end, start + len(words)) - max(q.start, start), default=None)
        found_speaker = (best.actor or "– (unattributed)") if best else "– (nothing found)"
        found_words = best.text if best else "–"
        right = found_speaker.lower() == speaker.lower() and found_words == words
        rows.append((kind, " ".join(text.split()), speaker, found_speaker, words, found_words,
                     "yes" if right else "no"))
    return pd.DataFrame(rows, columns=["kind", "text", "reader: speaker", "framelab: speaker",
                                       "reader: reported words", "framelab: reported words", "framelab right?"])
