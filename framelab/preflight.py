"""Classroom preflight: is this machine ready for the kit? Each check says, in plain words,
what it found and how to fix it. Used by notebooks/00_start_here.ipynb."""
import sys
from dataclasses import dataclass
from html import escape
from importlib import metadata

from framelab.data import DATA_DIR

INSTALL_FIX = "In a terminal in the kit's folder, run: pip install -r requirements.txt"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    found: str
    fix: str = ""


def _attempt(name: str, probe, fix: str) -> Check:
    """Run `probe` (returns (ok, found)); any exception becomes a failed check, never a traceback."""
    try:
        ok, found = probe()
    except Exception as error:  # noqa: BLE001 (a failed check is reported, never raised)
        ok, found = False, f"{type(error).__name__}: {error}"
    return Check(name, ok, found, "" if ok else fix)


def pinned_versions() -> dict[str, str] | None:
    """name → version for every `name==version` line of requirements.txt that applies to this Python; None when
    framelab runs as an installed package with no checkout beside it (then its own declared dependencies count)."""
    from packaging.requirements import Requirement

    pins, requirements = {}, DATA_DIR.parent / "requirements.txt"
    if not requirements.is_file():
        return None
    for line in requirements.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate():
                pins[requirement.name] = str(requirement.specifier).removeprefix("==")
    return pins


def _python():
    ok = sys.version_info >= (3, 10)
    return ok, "Python 3.10 or newer is running" if ok else f"Python {sys.version.split()[0]} is too old"


def _declared_dependencies():
    """An installed wheel: every dependency framelab declares is installed at a version it accepts."""
    from packaging.requirements import Requirement

    wrong, declared = [], [Requirement(r) for r in metadata.requires("framelab") or []]
    declared = [r for r in declared if r.marker is None or r.marker.evaluate({"extra": ""})]
    for requirement in declared:
        try:
            installed = metadata.version(requirement.name)
        except metadata.PackageNotFoundError:
            installed = "missing"
        if installed == "missing" or not requirement.specifier.contains(installed, prereleases=True):
            wrong.append(f"{requirement.name} {installed} (framelab needs {requirement.specifier})")
    return not wrong, "; ".join(wrong) or f"all {len(declared)} packages framelab needs are installed"


def _packages():
    if pinned_versions() is None:
        return _declared_dependencies()
    wrong = []
    for name, pin in pinned_versions().items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = "missing"
        if installed != pin:
            wrong.append(f"{name} {installed} (kit expects {pin})")
    return not wrong, "; ".join(wrong) or f"all {len(pinned_versions())} pinned packages at the expected versions"


def _sentences():
    from framelab.article import load_article

    article = load_article()
    together = any("U.S. opposition to growing ties" in s.text for s in article.sentences)
    return together, f"{len(article.sentences)} sentences; 'U.S.' does not end a sentence" if together else \
        "'U.S.' was taken as the end of a sentence"


def _stopwords():
    from framelab.resources import stopwords

    words = stopwords()
    return len(words) > 50, f"{len(words)} stopwords read from data/lexicons/stopwords.txt"


def _vader():
    from framelab.resources import vader_analyzer

    lexicon = vader_analyzer().lexicon
    return len(lexicon) > 7000, f"VADER lexicon loaded offline: {len(lexicon)} words"


def _checksum():
    from framelab.article import load_article, seed_checksum_matches

    article = load_article()
    if seed_checksum_matches(article):
        return True, f"sha256 {article.sha256[:12]}… matches data/article/metadata.json"
    return False, f"sha256 {article.sha256[:12]}… differs from data/article/metadata.json"


def _context():
    from framelab.context import glossary, timeline

    tables = {"glossary": glossary(), "timeline": timeline()}
    unsourced = {name: int((t["source"].str.strip() == "").sum()) for name, t in tables.items()}
    ok = not any(unsourced.values())
    sizes = ", ".join(f"{name} {len(t)} rows" for name, t in tables.items())
    return ok, f"{sizes}, every row sourced" if ok else f"rows without a source: {unsourced}"


def run_checks() -> list[Check]:
    return [
        _attempt("Python version", _python, "Install Python 3.10 or newer from python.org, then reinstall the kit."),
        _attempt("Packages", _packages, INSTALL_FIX),
        _attempt("Sentence splitter (offline)", _sentences, "Check data/lexicons/abbreviations.csv has a row for 'U.S.'."),
        _attempt("Stopword list (offline)", _stopwords, "Restore data/lexicons/stopwords.txt from the repository."),
        _attempt("VADER sentiment lexicon (offline)", _vader, INSTALL_FIX + " (it brings vaderSentiment)"),
        _attempt("Article checksum", _checksum,
                 "The article file was changed. Restore it, or see data/README.md to swap in a licensed copy."),
        _attempt("Glossary and timeline", _context, "Restore data/context/ from the repository."),
    ]


def checks_html(checks: list[Check]) -> str:
    """A table a student can read: one row per check, with the fix when it failed."""
    failed = [c for c in checks if not c.ok]
    summary = (f"OK. All {len(checks)} checks passed: this machine is ready." if not failed else
               f"PROBLEM. {len(failed)} of {len(checks)} checks failed: follow the fix in each PROBLEM row, then run "
               "this cell again.")
    rows = "".join(
        f"<tr style=\"background:{'#E6F4EA' if c.ok else '#FDECEA'}\"><td><b>{status_word(c)}</b> "
        f"<span aria-hidden=\"true\">{'✅' if c.ok else '❌'}</span></td><td>{escape(c.name)}</td>"
        f"<td>{escape(c.found)}</td><td>{escape(c.fix)}</td></tr>"
        for c in checks
    )
    return (f"<p><b>{escape(summary)}</b></p><table><tr><th>status</th><th>check</th><th>what it found</th>"
            f"<th>how to fix</th></tr>{rows}</table>")


def status_word(check: Check) -> str:
    """The pass/fail signal in words, readable where no emoji font is installed: "OK" or "PROBLEM"."""
    return "OK" if check.ok else "PROBLEM"


class PreflightReport:
    """Displays as the HTML table in a notebook and as plain lines elsewhere."""

    def __init__(self, checks: list[Check]):
        self.checks = checks

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def _repr_html_(self) -> str:
        return checks_html(self.checks)

    def __repr__(self) -> str:
        return "\n".join(f"{status_word(c):<7} {c.name}: {c.found} {c.fix}".rstrip() for c in self.checks)


def preflight() -> PreflightReport:
    return PreflightReport(run_checks())
