"""Where the kit's data files live, and small readers for them.

The data sits in the repository's top-level `data/` folder, so teachers can find and edit it. The wheel ships the same
files inside the package as `framelab._data` (pyproject.toml maps `data/` there), and they are read with
`importlib.resources`, so `pip install .` or `pip install git+…` works outside the checkout. In a checkout, or an
editable install (`pip install -e .`), `framelab._data` is not importable (setuptools' editable finder only maps
folders with an `__init__.py`), and the same files are read from `data/` beside the package.
"""
import csv
import importlib
import json
from functools import cache
from importlib import resources
from pathlib import Path

from framelab.errors import FramelabError

try:
    from importlib.resources.abc import Traversable  # Python 3.11 and newer
except ImportError:  # Python 3.10
    from importlib.abc import Traversable

DATA_PACKAGE = "framelab._data"
CHECKOUT_DATA = Path(__file__).resolve().parent.parent / "data"


def data_files() -> Traversable:
    """The root of the kit's data: `importlib.resources.files("framelab._data")` in an installed wheel,
    else the checkout's `data/` folder (a Path, which is also a Traversable)."""
    try:
        return resources.files(DATA_PACKAGE)
    except ModuleNotFoundError:
        return CHECKOUT_DATA


def data_folder() -> Path:
    """The data root as a folder on disk (a wheel installs its package data as real files)."""
    try:
        package = importlib.import_module(DATA_PACKAGE)
    except ModuleNotFoundError:
        return CHECKOUT_DATA
    return Path(next(iter(package.__path__)))


DATA_DIR = data_folder()


def data_path(*parts: str) -> Path:
    """Path of a file under the data root, e.g. data_path("lexicons", "actors.csv").

    Raises FramelabError, with what to do, when the file is missing."""
    resource = data_files()
    for part in parts:
        resource = resource / part
    if not (resource.is_file() or resource.is_dir()):
        where = "/".join(parts)
        raise FramelabError(
            f"framelab cannot find its data file {where} (looked in {DATA_DIR}). Reinstall the kit: in a copy of the "
            "repository run `pip install -r requirements.txt`, or install the package again with `pip install .`."
        )
    return resource if isinstance(resource, Path) else DATA_DIR.joinpath(*parts)


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
