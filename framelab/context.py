"""Background for close reading: the glossary and the timeline in data/context/, every row sourced."""
import pandas as pd

from framelab.data import data_path


def glossary() -> pd.DataFrame:
    """Terms a student meets in the article: term, definition, source, url, confidence."""
    return pd.read_csv(data_path("context", "glossary.csv"), dtype=str, keep_default_na=False)


def timeline() -> pd.DataFrame:
    """Dated events before and after the report: date, event, source, url, confidence."""
    return pd.read_csv(data_path("context", "timeline.csv"), dtype=str, keep_default_na=False)


def lookup(table: pd.DataFrame, word: str) -> pd.DataFrame:
    """Rows whose term or event mentions `word` (any case)."""
    text_column = "term" if "term" in table else "event"
    return table[table[text_column].str.contains(word, case=False, regex=False)]
