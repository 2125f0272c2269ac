"""Where the kit's data files live, and small readers for them.

Data lives in the repository's top-level data/ folder so teachers can edit it; the package
is installed in editable mode (`-e .`), so the folder sits next to the package.
"""
import csv
import json
from functools import cache
from pathlib import Path

from framelab.errors import FramelabError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_path(*parts: str) -> Path:
    """Path of a file under data/, with a clear message when the folder is missing."""
    path = DATA_DIR.joinpath(*parts)
    if not path.exists():
        raise FramelabError(
            f"framelab cannot find {path}. Install the kit from a full copy of the repository "
            "with `pip install -r requirements.txt` (it installs framelab in editable mode)."
        )
    return path


def read_word_list(*parts: str) -> tuple[str, ...]:
    """One entry per line; blank lines and lines starting with '#' are skipped."""
    lines = data_path(*parts).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


def read_table(*parts: str) -> list[dict[str, str]]:
    """A CSV file under data/ as a list of row dictionaries."""
    with data_path(*parts).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def article_metadata() -> dict:
    """Headline, agency, dateline, date (and how we know it) and checksum of the seed article."""
    return json.loads(data_path("article", "metadata.json").read_text(encoding="utf-8"))
