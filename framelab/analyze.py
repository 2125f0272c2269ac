"""Your own article: check a text, propose its actor table, and analyse one file or a folder of files.

Everything here is pure (text and tables in, tables and strings out). The notebook's widgets
(`framelab.own_article_widgets`) and the command line (`python -m framelab analyze`) only present it.

- `check_own_text` refuses, with one plain sentence, what the kit cannot read: empty text, more than
  `MAX_CHARS` characters, binary or non-UTF-8 bytes, HTML, and text that is not English.
- `propose_actor_rows` guesses an actor table for a new text: the kit's own rows whose alias occurs in it,
  plus capitalised multi-word names it does not know (side "other"; a person when a title such as
  "President" or "Ms." goes with the name, otherwise an institution). The student corrects it.
- `analyze_article` gives, per actor: mentions, quotes in quotation marks, indirect attributions, the
  classes of the verbs that report them, and the mean VADER compound of their quotes.
"""
import csv
import io
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from framelab.actors import Actor, actor_table, find_mentions
from framelab.article import Article, decode_text, validate_text
from framelab.data import data_path, read_table
from framelab.errors import FramelabError
from framelab.resources import stopwords

# --------------------------------------------------------------------------------------------------------------
# 1. Is this a text the kit can read?

# Short, frequent English words that are rare in other languages written in the Latin alphabet
# (no "a", "in", "on", "was", "die": they are common words in Spanish, German, French or Italian too).
ENGLISH_MARKERS = frozenset("""
the of and to is are were that this these those for with from by at or but not it its he she they we his her
their our has have had been be will would which who said says after than more about also into over there an
""".split())
ENGLISH_SHARE = 0.10  # English: 15-30 % of words are markers (the seed 28 %); German, French, Spanish, Russian: 0-3 %
LANGUAGE_CHECK_WORDS = 20  # shorter texts are not judged: too few words to tell


def english_share(text: str) -> tuple[float, int]:
    """(share of words that are common English function words, number of words)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return 0.0, 0
    return sum(w in ENGLISH_MARKERS for w in words) / len(words), len(words)


def check_own_text(text: str | bytes) -> str:
    """The text, if framelab can analyse it; otherwise a FramelabError with one sentence saying what to do.

    Refused: not UTF-8 (bytes), empty, longer than MAX_CHARS, NUL bytes (a binary file), HTML, no letters,
    and text that does not look English (the word lists are English)."""
    text = validate_text(decode_text(text))
    share, words = english_share(text)
    if words >= LANGUAGE_CHECK_WORDS and share < ENGLISH_SHARE:
        raise FramelabError(
            f"This looks like it is not English: only {share:.0%} of its {words:,} words are common English "
            "words such as 'the', 'of' or 'said' (English text usually has 15% or more). The word lists framelab uses "
            "(actor names, attribution verbs, VADER's sentiment lexicon) are English, so its results on this "
            "text would mean nothing. Paste an English article, or an English translation.")
    return text


def read_own_article(text: str | bytes, source: str = "pasted text") -> Article:
    """An Article from pasted text or uploaded bytes, after `check_own_text`."""
    return Article.from_text(check_own_text(text), source=source)


def read_article_file(path: str | Path) -> Article:
    """An Article from a file, with the same checks; any reading problem becomes a FramelabError."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise FramelabError(f"The file cannot be read ({error.strerror or error}).") from None
    return read_own_article(data, source=path.name)


# --------------------------------------------------------------------------------------------------------------
# 2. Who is in it? Propose an actor table

ACTOR_COLUMNS = ("alias", "actor", "side", "kind", "gender")
KINDS = ("person", "country", "institution", "metonym", "adjective")
GENDERS = ("", "m", "f")

_TITLES = {  # title → gender it implies ("" when it does not)
    "President": "", "Vice President": "", "Prime Minister": "", "Minister": "", "Secretary": "", "Ambassador": "",
    "Chancellor": "", "Governor": "", "Gov.": "", "Senator": "", "Sen.": "", "Rep.": "", "Mayor": "",
    "Secretary-General": "", "Gen.": "", "Col.": "", "Commissioner": "", "Chairman": "m", "Chairwoman": "f", "Director": "",
    "Spokesman": "m", "Spokeswoman": "f", "Spokesperson": "", "Envoy": "", "Premier": "", "Judge": "",
    "Professor": "", "Prof.": "", "Dr.": "", "Mr.": "m", "Mrs.": "f", "Ms.": "f", "Miss": "f", "Sir": "m",
    "King": "m", "Queen": "f", "Prince": "m", "Princess": "f", "Sheikh": "m", "Ayatollah": "m", "Pope": "m",
}
_TITLE_WORDS = "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True))
# One word of a name: "Berg", "O'Neill", "McAllister", "Al-Hakim", an initial "W.", or "U.S."; then names of
# several words joined by single spaces, optionally with "of", "for", "de" ... inside ("Ministry of Energy").
_WORD = (r"(?:Mr\.|Mrs\.|Ms\.|Dr\.|Gen\.|Sen\.|Gov\.|Rep\.|Col\.|Prof\.|(?:[A-Z]\.)+"
         r"|(?:[A-Z]['’])?[A-Z][a-z]*(?:[A-Z][a-z]+)?[a-z](?:-[A-Z][a-z]+)*)")
_NAME = re.compile(rf"(?<![\w.'’-]){_WORD}(?: (?:(?:of|for|de|del|da|al|bin|van|von|der|le|la) (?:the )?)?{_WORD})*(?![\w'’-])")
_TITLE_IN_NAME = re.compile(rf"(?:^|(?<= ))(?:{_TITLE_WORDS})(?= |$)")
_TITLE_BEFORE = re.compile(rf"\b({_TITLE_WORDS.lower()})\s+$", re.IGNORECASE)
_TITLE_AFTER = re.compile(rf"^,\s+(?:a|an|the|[A-Z][\w.-]*['’]s)\s+(?:[\w'’.-]+\s+){{0,3}}?({_TITLE_WORDS.lower()})\b",
                          re.IGNORECASE)
_CALENDAR = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                      "July August September October November December".split())


@cache
def _title_gender(title: str) -> str:
    return next((g for t, g in _TITLES.items() if t.lower() == title.lower()), "")


@dataclass(frozen=True)
class _Candidate:
    name: str
    person: bool
    gender: str
    at: int


def _candidates(article: Article, known: dict[str, Actor]) -> list[_Candidate]:
    """Capitalised names in the paragraphs (not the headline), with a title found before, inside or after them."""
    found = []
    for paragraph in article.paragraphs:
        for match in _NAME.finditer(article.text, max(paragraph.start, article.dateline_end), paragraph.end):
            words, at = match.group().split(" "), match.start()
            while words and (words[0].lower() in stopwords() or words[0] in _CALENDAR):  # "The", "On Tuesday"
                at += len(words[0]) + 1
                words = words[1:]
            while words and words[-1] in _CALENDAR:
                words = words[:-1]
            name, title, gender, employer = " ".join(words), None, "", ""
            inside = list(_TITLE_IN_NAME.finditer(name))
            if inside:  # "Energy Minister Anna Berg" → "Anna Berg"; "Secretary of State Jo Ames" → "Jo Ames"
                title = inside[-1].group()
                rest = name[inside[-1].end():].strip()
                rest = re.sub(r"^(?:of|for) (?:the )?\S+ ?", "", rest)
                at += len(name) - len(rest)
                name = rest
            else:
                before = _TITLE_BEFORE.search(article.text[max(0, at - 30):at])
                after = _TITLE_AFTER.match(article.text[match.end():match.end() + 60])
                title = (before or after).group(1) if (before or after) else None
            if title:
                gender = _title_gender(title)
                person, _, employer = re.sub(r" (?:of|for) ", " | ", name, count=1).partition(" | ")
                if employer:  # "Mr. Jonas Weber of the Ministry of Energy": a person, then an institution
                    name = person
                    employer = re.sub(r"^the ", "", employer)
            if not name or name in known or name.lower() in stopwords():
                continue
            tokens = name.split(" ")
            if title is None and len(tokens) < 2:
                continue  # one capitalised word without a title: too often just the start of a sentence
            stripped = tokens
            while stripped and stripped[0] in known:  # "U.S. State Department": the kit already knows it
                stripped = stripped[1:]
            if stripped != tokens and (not stripped or " ".join(stripped) in known or len(stripped) < 2):
                continue
            found.append(_Candidate(name, title is not None, gender, at))
            if len(employer.split(" ")) >= 2 and employer not in known:
                found.append(_Candidate(employer, False, "", at + len(name) + 1))
    return found


def propose_actor_rows(article: Article, known: dict[str, Actor] | None = None) -> list[dict[str, str]]:
    """A first actor table for a new text, for the student to correct.

    Rows (alias, actor, side, kind, gender): first the kit's own rows whose alias occurs in the text, then
    capitalised multi-word names it does not know, in order of appearance, with side "other". A name with a
    title (President, Minister, Mr., Ms., spokeswoman ...) is a person, known by the last word of the name
    ("Anna Berg" → actor "Berg", and the alias "Berg" when the text uses it alone); anything else is an
    institution. Titles that say it set the gender (Mr. → m, Ms. → f)."""
    known = actor_table() if known is None else known
    found_aliases = {m.alias for m in find_mentions(article, known)} if known else set()
    rows = [{"alias": alias, "actor": a.name, "side": a.side, "kind": a.kind, "gender": a.gender}
            for alias, a in known.items() if alias in found_aliases]
    candidates = _candidates(article, known)
    people = list(dict.fromkeys(c.name for c in candidates if c.person))
    full_names = [n for n in people if " " in n]
    surnames = Counter(n.split(" ")[-1] for n in full_names)

    def actor_of(name: str) -> str:
        if " " in name:
            return name.split(" ")[-1] if surnames[name.split(" ")[-1]] == 1 else name
        owners = [n for n in full_names if n.split(" ")[-1] == name]  # "Ms. Berg" after "Anna Berg"
        return actor_of(owners[0]) if len(owners) == 1 else name

    genders = {}
    for c in candidates:
        if c.person and c.gender:
            genders.setdefault(actor_of(c.name), c.gender)
    seen = set(found_aliases)

    def add(alias: str, actor: str, kind: str) -> None:
        if alias not in seen and alias not in known:
            rows.append({"alias": alias, "actor": actor, "side": "other", "kind": kind,
                         "gender": genders.get(actor, "") if kind == "person" else ""})
            seen.add(alias)

    for c in candidates:
        if c.name not in people:
            add(c.name, c.name, "institution")
            continue
        actor = actor_of(c.name)
        add(c.name, actor, "person")
        surname = c.name.split(" ")[-1]
        if surname != c.name and actor == surname:  # "Berg said" after "Energy Minister Anna Berg"
            alone = len(re.findall(rf"(?<![\w.'’-]){re.escape(surname)}(?![\w'’-])", article.text))
            if alone > sum(article.text.count(n) for n in full_names if n.endswith(" " + surname)):
                add(surname, actor, "person")
    return rows


def actor_mentions(article: Article, rows: Iterable[dict]) -> list:
    """find_mentions(article, actor_table(rows)), and no mentions at all for an empty table."""
    table = actor_table(list(rows))
    return find_mentions(article, table) if table else []


def require_actors(article: Article, rows: Iterable[dict]) -> list:
    """The mentions of the table's actors; a FramelabError when there are none (the per-actor tables need one)."""
    rows = list(rows)
    mentions = [m for m in actor_mentions(article, rows) if m.role != "dateline"]
    if mentions:
        return mentions
    if not rows:
        raise FramelabError(
            "framelab found no one to follow in this text: none of the kit's names, and no capitalised name of two "
            "or more words (such as 'Anna Berg' or 'River Commission'). The analyses need at least one actor: check "
            "that the names are capitalised, or use a longer article.")
    raise FramelabError("None of the aliases in the table occurs in the text (spelling and capitals must match "
                        "exactly), so there is no one to analyse. Keep at least one row whose alias is in the text.")


def actor_rows_csv(rows: Iterable[dict]) -> str:
    """The rows as CSV text (header alias,actor,side,kind,gender), for a student to edit."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=ACTOR_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k, "") or "" for k in ACTOR_COLUMNS})
    return out.getvalue()


def _csv_rows(text: str, columns: tuple[str, ...], required: tuple[str, ...], what: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise FramelabError(f"The {what} is empty. Keep the header line ({','.join(columns)}) and at least one row.")
    try:
        reader = csv.DictReader(io.StringIO("\n".join(lines)), skipinitialspace=True, strict=True)
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        missing = [c for c in required if c not in header]
        if missing:
            raise FramelabError(f"The first line of the {what} must name the columns {','.join(columns)}; "
                                f"'{', '.join(missing)}' is missing. Put the header line back.")
        reader.fieldnames = header
        rows = []
        for number, row in enumerate(reader, start=2):
            if None in row:
                raise FramelabError(f"Line {number} of the {what} has more values than the header has columns "
                                    f"({len(header)}). A name with a comma in it needs \"double quotes\".")
            rows.append({k: (row.get(k) or "").strip() for k in columns} | {"_line": str(number)})
    except csv.Error as error:
        raise FramelabError(f"The {what} is not valid CSV ({error}). Check the quote marks on each line.") from None
    if not rows:
        raise FramelabError(f"The {what} has a header line but no rows. Add at least one row.")
    return rows


def parse_actor_csv(text: str) -> list[dict[str, str]]:
    """Rows from CSV text (alias,actor,side,kind,gender); a FramelabError names the line that is wrong."""
    rows = _csv_rows(text, ACTOR_COLUMNS, ("alias", "actor", "side", "kind"), "actor table")
    seen: dict[str, str] = {}
    for row in rows:
        line = row.pop("_line")
        for column in ("alias", "actor", "side"):
            if not row[column]:
                raise FramelabError(f"Line {line} of the actor table has no {column}. Fill it in or delete the line.")
        if row["kind"] not in KINDS:
            raise FramelabError(f"Line {line} of the actor table: kind '{row['kind']}' is not one of "
                                f"{', '.join(KINDS)}.")
        if row["gender"] not in GENDERS:
            raise FramelabError(f"Line {line} of the actor table: gender must be m, f or left empty, "
                                f"not '{row['gender']}'.")
        if row["alias"] in seen:
            raise FramelabError(f"Line {line} of the actor table repeats the alias '{row['alias']}' "
                                f"(first on line {seen[row['alias']]}). Keep one of them.")
        seen[row["alias"]] = line
    return rows


def parse_targets_csv(text: str):
    """Stance targets from CSV text (id,target,cues with cues separated by ';'), as framelab.stance.Target."""
    from framelab.stance import targets_from

    rows = _csv_rows(text, ("id", "target", "cues"), ("id", "target", "cues"), "target list")
    seen = set()
    for row in rows:
        line = row.pop("_line")
        if not row["id"] or not row["target"]:
            raise FramelabError(f"Line {line} of the target list needs an id and a target name.")
        if not [c for c in row["cues"].split(";") if c.strip()]:
            raise FramelabError(f"Line {line} of the target list has no cue phrases: list the words that show the "
                                "text is talking about the target, separated by ';'.")
        if row["id"] in seen:
            raise FramelabError(f"Line {line} of the target list repeats the id '{row['id']}'. Give each target "
                                "its own id.")
        seen.add(row["id"])
    return targets_from(rows)


def targets_csv(targets) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "target", "cues"])
    for t in targets:
        writer.writerow([t.id, t.name, ";".join(t.cues)])
    return out.getvalue()


def actor_changes(before: Iterable[dict], after: Iterable[dict]) -> pd.DataFrame:
    """What changed between two actor tables: rows added, removed, or with a different actor, side, kind or
    gender (one line per alias)."""
    old, new = {r["alias"]: r for r in before}, {r["alias"]: r for r in after}
    rows = []
    for alias in list(old) + [a for a in new if a not in old]:
        a, b = old.get(alias), new.get(alias)
        if a is None:
            rows.append((alias, "added", f"{b['actor']}, side {b['side']}, {b['kind']}"))
        elif b is None:
            rows.append((alias, "removed", ""))
        else:
            diffs = [f"{k}: {a.get(k, '') or '–'} → {b.get(k, '') or '–'}" for k in ACTOR_COLUMNS[1:]
                     if (a.get(k) or "") != (b.get(k) or "")]
            if diffs:
                rows.append((alias, "changed", "; ".join(diffs)))
    return pd.DataFrame(rows, columns=["alias", "change", "details"])


# --------------------------------------------------------------------------------------------------------------
# 3. The worked example (data/examples/: a short report written for the kit, not from any outlet)

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


# --------------------------------------------------------------------------------------------------------------
# 4. Analyse: per actor, who speaks, with which verbs, how warm their quoted words are

@cache
def verb_class_of() -> dict[str, str]:
    """Attribution lemma → class, from data/lexicons/attribution_verbs.csv ("according to" is neutral)."""
    return {r["lemma"]: r["class"] for r in read_table("lexicons", "attribution_verbs.csv")}


@cache
def verb_classes() -> tuple[str, ...]:
    return tuple(dict.fromkeys(r["class"] for r in read_table("lexicons", "attribution_verbs.csv")))


@dataclass(frozen=True)
class ActorReport:
    actor: str
    side: str
    mentions: int
    direct_quotes: int  # quotations in quote marks: direct, continuation, partial
    words_in_quote_marks: int
    indirect_attributions: int
    verb_classes: dict[str, int]  # class of the verb of each attribution (continuations repeat one, so not counted)
    mean_sentiment: float | None  # mean VADER compound of the actor's quotes (direct and indirect); None: no quotes
    quotes_scored: int


@dataclass(frozen=True)
class ArticleReport:
    file: str
    headline: str | None
    dateline: str | None
    paragraphs: int
    sentences: int
    words: int
    attributions: int  # quotes and reported speech with a source (not the reporter's own voice)
    unresolved: int  # attributions whose speaker is not in the actor table
    reporter_judgements: int
    actors: tuple[ActorReport, ...]

    def as_json(self) -> dict:
        return asdict(self)


def analyze_article(article: Article, rows: Iterable[dict] | None = None) -> ArticleReport:
    """Per actor: mentions, quotations, indirect attributions, verb classes and mean sentiment of their quotes.

    `rows` is the actor table (alias, actor, side, kind, gender); by default framelab's proposal for this text."""
    from framelab.quotes import find_quotes
    from framelab.resources import vader_analyzer

    rows = propose_actor_rows(article) if rows is None else list(rows)
    mentions = actor_mentions(article, rows)
    quotes = find_quotes(article, mentions)
    analyzer = vader_analyzer()
    # The same counts as framelab.quotes.speech_by_actor (tests check it), without pandas: this runs per file.
    table: dict[str, dict] = {}

    def row(actor: str, side: str | None) -> dict:
        return table.setdefault(actor, {"side": side or "?", "mentions": 0, "quotations": 0, "words": 0,
                                        "indirect": 0, "classes": Counter(), "scores": []})

    for m in mentions:
        if m.role != "dateline":
            row(m.actor, m.side)["mentions"] += 1
    for q in quotes:
        if q.kind == "reporter" or q.actor is None:
            continue
        compound = analyzer.polarity_scores(q.text)["compound"]
        for actor in q.actor.split(" and "):
            r = row(actor, q.side)
            r["scores"].append(compound)
            if q.kind == "indirect":
                r["indirect"] += 1
            else:
                r["quotations"] += 1
                r["words"] += len(re.findall(r"[\w'’-]+", q.text))
            if q.kind != "continuation" and q.cue:
                r["classes"][verb_class_of().get(q.cue, "neutral")] += 1
    order = sorted(table, key=lambda a: (-table[a]["words"], -table[a]["mentions"], a))
    actors = [ActorReport(a, table[a]["side"], table[a]["mentions"], table[a]["quotations"], table[a]["words"],
                          table[a]["indirect"], {c: table[a]["classes"][c] for c in verb_classes()},
                          round(sum(table[a]["scores"]) / len(table[a]["scores"]), 4) if table[a]["scores"] else None,
                          len(table[a]["scores"])) for a in order]
    return ArticleReport(
        file=article.source, headline=article.headline, dateline=article.dateline,
        paragraphs=len(article.paragraphs), sentences=len(article.sentences), words=len(article.words),
        attributions=sum(q.kind != "reporter" for q in quotes),
        unresolved=sum(q.kind != "reporter" and q.actor is None for q in quotes),
        reporter_judgements=sum(q.kind == "reporter" for q in quotes), actors=tuple(actors))


def actor_report_table(report: ArticleReport) -> pd.DataFrame:
    """One row per actor of one report, as a student reads it."""
    return pd.DataFrame([(a.actor, a.side, a.mentions, a.direct_quotes, a.indirect_attributions,
                          _classes_text(a.verb_classes), a.mean_sentiment, a.quotes_scored) for a in report.actors],
                        columns=["actor", "side", "mentions", "direct quotes", "indirect attributions",
                                 "verb classes", "mean sentiment of quotes", "quotes scored"])


def _classes_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{c} {n}" for c, n in counts.items() if n)


def text_files(path: str | Path) -> list[Path]:
    """The file itself, or the .txt files directly inside a folder, sorted by name (hidden files left out)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".txt"
                       and not p.name.startswith("."))
        if not files:
            raise FramelabError(f"There are no .txt files in {path}. Save each article as a plain-text .txt file.")
        return files
    if not path.exists():
        raise FramelabError(f"There is no file or folder at {path}. Check the name, then try again.")
    return [path]


Progress = Callable[[int, int, Path, str | None], None]


def analyze_files(paths: list[Path], progress: Progress | None = None
                  ) -> tuple[list[ArticleReport], list[tuple[str, str]]]:
    """Reports for the files that can be read, and (file name, reason) for those skipped. A bad file never stops
    the run. `progress(done, total, path, problem)` is called after each file (problem is None when it worked)."""
    reports, skipped = [], []
    for done, path in enumerate(paths, start=1):
        problem = None
        try:
            reports.append(analyze_article(read_article_file(path)))
        except FramelabError as error:
            problem = str(error)
        except Exception as error:  # noqa: BLE001 (one odd file must not stop a folder of thousands)
            problem = f"framelab could not analyse it ({type(error).__name__}: {error}). Please report this file."
        if problem:
            skipped.append((path.name, problem))
        if progress:
            progress(done, len(paths), path, problem)
    return reports, skipped


CSV_COLUMNS = ("file", "actor", "side", "mentions", "direct_quotes", "words_in_quote_marks", "indirect_attributions",
               "mean_sentiment", "quotes_scored")


def reports_json(reports: list[ArticleReport]) -> str:
    """One JSON list, one object per article (actors inside, verb classes as counts)."""
    return json.dumps([r.as_json() for r in reports], ensure_ascii=False, indent=1)


def reports_csv(reports: list[ArticleReport]) -> str:
    """One CSV table, one row per article × actor; one column per verb class (verbs_neutral, ...)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(CSV_COLUMNS) + [f"verbs_{c.replace('-', '_')}" for c in verb_classes()])
    for r in reports:
        for a in r.actors:
            writer.writerow([r.file, a.actor, a.side, a.mentions, a.direct_quotes, a.words_in_quote_marks,
                             a.indirect_attributions, "" if a.mean_sentiment is None else f"{a.mean_sentiment:.4f}",
                             a.quotes_scored] + [a.verb_classes.get(c, 0) for c in verb_classes()])
    return out.getvalue()


def reports_text(reports: list[ArticleReport]) -> str:
    """A readable table per article."""
    blocks = []
    for r in reports:
        head = f"{r.file}: {r.headline or '(no headline)'}" + (f" · {r.dateline}" if r.dateline else "")
        facts = (f"{r.paragraphs} paragraphs, {r.sentences} sentences, {r.words} words; {r.attributions} attributions "
                 f"({r.unresolved} to unknown speakers), {r.reporter_judgements} reporter's judgement"
                 f"{'' if r.reporter_judgements == 1 else 's'}")
        lines = [head, facts]
        if r.actors:
            width = max(12, *(len(a.actor) for a in r.actors)) + 2
            side = max(6, *(len(a.side) for a in r.actors)) + 2
            lines.append(f"{'actor':<{width}}{'side':<{side}}{'mentions':>9}{'direct':>8}{'indirect':>10}"
                         f"{'sentiment':>11}  verbs")
            for a in r.actors:
                sentiment = "–" if a.mean_sentiment is None else f"{a.mean_sentiment:+.4f}"
                lines.append(f"{a.actor:<{width}}{a.side:<{side}}{a.mentions:>9}{a.direct_quotes:>8}"
                             f"{a.indirect_attributions:>10}{sentiment:>11}  {_classes_text(a.verb_classes) or '–'}")
        else:
            lines.append("No actors found: no known names and no capitalised multi-word names.")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def progress_bar(done: int, total: int, width: int = 30) -> str:
    """'[##########--------------------] 12/40 files' (text only, no terminal codes)."""
    filled = width * done // total if total else width
    return f"[{'#' * filled}{'-' * (width - filled)}] {done}/{total} files"


def summary_line(analysed: int, skipped: int) -> str:
    """'analysed 2 of 6 files, skipped 4.' or, when nothing could be read, '3 files, all skipped.'"""
    total = analysed + skipped
    files = f"file{'' if total == 1 else 's'}"
    if not analysed:
        return f"{total} {files}, {'all ' if total > 1 else ''}skipped."
    return f"analysed {analysed} of {total} {files}{f', skipped {skipped}' if skipped else ''}."


# --------------------------------------------------------------------------------------------------------------
# 5. Helpers the notebook's stance section uses with a student's own targets

def stance_holders(mentions) -> list[str]:
    """The holders detect_stance reports, in order of first mention: sides named as countries ("United States"),
    or the actor itself when its side is "other"."""
    from framelab.stance import holder_side

    return list(dict.fromkeys(holder_side(m.actor, mentions) for m in mentions if m.role == "actor"))


def own_evidence_table(article: Article, evidence, targets) -> pd.DataFrame:
    """Like framelab.stance.evidence_table, but naming the student's own targets ("A1 the dam")."""
    names = {t.id: t.name for t in targets}
    return pd.DataFrame([(e.actor, f"{e.target} {names.get(e.target, '')}".strip(), e.stance, e.paragraph,
                          article.text[e.start:e.end], e.rule) for e in evidence],
                        columns=["actor", "target", "stance", "paragraph", "evidence", "rule"])


def input_check_table(samples: dict[str, str | bytes]) -> pd.DataFrame:
    """For each named sample input: what `check_own_text` says about it."""
    rows = []
    for name, sample in samples.items():
        try:
            text = check_own_text(sample)
            verdict = f"✅ accepted ({len(text.split()):,} words)"
        except FramelabError as error:
            verdict = f"⚠️ {error}"
        rows.append((name, verdict))
    return pd.DataFrame(rows, columns=["input", "what framelab says"])
