"""Who is mentioned where: the alias table in data/lexicons/actors.csv applied to an Article.

A mention is an alias found in the text (case-sensitive, whole words, longest alias first).
Each mention gets a role: the dateline ("MOSCOW (AP)") and places ("met in the Kremlin",
"ambassador to Moscow") are not the actor acting; everything else is.
"""
import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pandas as pd

from framelab.article import Article
from framelab.data import read_table
from framelab.errors import FramelabError

SIDES = ("US", "Russia", "Iran", "other")
SIDE_NAMES = {"US": "United States"}  # how a side is named in tables: as a country


def side_name(side: str | None) -> str:
    return SIDE_NAMES.get(side or "", side or "?")
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|from|across|through|into|near|inside)|\bambassador to)\s+(?:the\s+)?$", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"^\s*,\s*(?:which|who)\b")


@dataclass(frozen=True)
class Actor:
    name: str
    side: str
    kind: str
    gender: str = ""  # "m", "f" or "" (unknown): lets "she said" skip a man named just before


@dataclass(frozen=True)
class Mention:
    alias: str
    actor: str
    side: str
    kind: str
    role: str  # "actor", "place" or "dateline"
    paragraph: int
    start: int
    end: int
    gender: str = ""


@cache
def _default_rows() -> tuple[dict[str, str], ...]:
    return tuple(read_table("lexicons", "actors.csv"))


def actor_table(rows=None) -> dict[str, Actor]:
    """alias → Actor. `rows` (dicts with alias, actor, side, kind and optionally gender) replaces the default table."""
    rows = _default_rows() if rows is None else rows
    return {r["alias"]: Actor(r["actor"], r["side"], r["kind"], (r.get("gender") or "").strip()) for r in rows}


def alias_pattern(aliases) -> re.Pattern:
    ordered = sorted(aliases, key=len, reverse=True)  # "Vladimir Putin" before "Putin"
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?![\w])")


def mention_role(article: Article, start: int, end: int) -> str:
    """'dateline', 'place' or 'actor' for the alias at text[start:end]."""
    lede = article.lede
    if article.dateline and start == lede.start:
        return "dateline"
    if _RELATIVE_AFTER.match(article.text[end:end + 12]):
        return "actor"  # "Washington, which believes ..." acts even after "in"
    if article.text.startswith(("'s", "’s"), end):
        return "actor"  # "at Iran's Bushehr plant": a possessor, not a location
    if _PLACE_BEFORE.search(article.text[max(0, start - 20):start]):
        return "place"
    return "actor"


def find_mentions(article: Article, table: dict[str, Actor] | None = None) -> list[Mention]:
    """Every alias of every actor in the article's paragraphs, in text order."""
    table = actor_table() if table is None else {alias: who for alias, who in table.items() if alias.strip()}
    if not table:
        return []
    pattern = alias_pattern(table)
    mentions = []
    for paragraph in article.paragraphs:
        for match in pattern.finditer(article.text, paragraph.start, paragraph.end):
            who = table[match.group()]
            role = mention_role(article, match.start(), match.end())
            mentions.append(Mention(match.group(), who.name, who.side, who.kind, role, paragraph.number,
                                    match.start(), match.end(), who.gender))
    return mentions


def paragraph_map(article: Article, table: dict[str, Actor] | None = None) -> pd.DataFrame:
    """Actors (rows) × paragraph numbers (columns): how often each actor is mentioned.

    The dateline is left out: "MOSCOW (AP)" says where the reporter was, not who acted.
    """
    counts = pd.DataFrame(
        [(m.actor, m.side, m.paragraph) for m in find_mentions(article, table) if m.role != "dateline"],
        columns=["actor", "side", "paragraph"],
    )
    table = pd.crosstab([counts["side"], counts["actor"]], counts["paragraph"])
    table = table.reindex(columns=range(1, len(article.paragraphs) + 1), fill_value=0)
    order = sorted(table.index, key=lambda key: (SIDES.index(key[0]) if key[0] in SIDES else len(SIDES), key[1]))
    return table.loc[order].droplevel("side")


# ---------------------------------------------------------------------------------------------------------------
# A table for a new text: framelab.speakers proposes it, the student corrects it

ACTOR_COLUMNS = ("alias", "actor", "side", "kind", "gender")
KINDS = ("person", "country", "institution", "metonym", "adjective")
GENDERS = ("", "m", "f")



def propose_actor_rows(article: Article, known: dict[str, Actor] | None = None) -> list[dict[str, str]]:
    """A first actor table for a new text, for the student to correct.

    Rows (alias, actor, side, kind, gender): first the kit's own rows whose alias occurs in the text, then the
    people and organisations framelab.speakers finds, in order of appearance, with side "other". A person is
    filed under the fullest form of the name ("Brandt" → "Ilse Brandt"), and a surname the text uses alone gets
    its own alias row; titles set the gender (Mr. → m, Ms. → f). An organisation is proposed when its name ends
    in an organisation word ("City Council", "Health Board"), is an acronym, or speaks in the text."""
    from framelab.cues import cue_alternation, cue_pattern
    from framelab.speakers import find_speakers, fullest_name, fullest_names, surname_mentions

    known = actor_table() if known is None else known
    mentions = find_mentions(article, known) if known else []
    found_aliases = {m.alias for m in mentions}
    rows = [{"alias": alias, "actor": a.name, "side": a.side, "kind": a.kind, "gender": a.gender}
            for alias, a in known.items() if alias in found_aliases]
    spans = [(article.after_dateline(s.start), s.end) for s in article.sentences]
    speakers = find_speakers(article.text, spans)
    speakers = sorted(speakers + surname_mentions(article.text, speakers, spans), key=lambda s: s.start)
    named = fullest_names(speakers)
    # who speaks: a found name right before a cue verb ("Stannor Minerals said") or right after one ("said Stannor")
    speaking = {s.text for s in speakers if cue_pattern().match(article.text, s.end + 1)
                or re.search(rf"(?:{cue_alternation()})\s+$", article.text[max(0, s.start - 14):s.start])}
    taken = [(m.start, m.end) for m in mentions]
    seen = set(found_aliases)
    for s in speakers:
        if any(a < s.end and s.start < b for a, b in taken):
            continue  # the kit already knows this name ("President Vladimir Putin")
        if s.kind == "person":
            alias = s.text if s.text == s.name.split()[-1] else s.name  # a surname used alone is its own alias
            row = {"actor": fullest_name(s.name, named), "kind": "person", "gender": s.gender}
        elif s.kind == "organisation" and s.name[:1].isupper() and (
                _names_an_organisation(s.name) or s.text in speaking):
            alias, row = s.name, {"actor": s.name, "kind": "institution", "gender": ""}
        else:
            continue
        if alias not in seen and alias in article.text:
            rows.append({"alias": alias, "side": "other", **row})
            seen.add(alias)
    genders = {r["actor"]: r["gender"] for r in rows if r["kind"] == "person" and r["gender"]}
    return [r | {"gender": genders.get(r["actor"], "")} if r["kind"] == "person" and r["side"] == "other" else r
            for r in rows]


def _names_an_organisation(name: str) -> bool:
    from framelab.speakers import speaker_nouns

    words = name.split()
    return any(speaker_nouns().get(w.lower(), ("",))[0] == "organisation" for w in words) or \
        (words[-1].isupper() and len(words[-1]) > 1)


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


def csv_rows(text: str, columns: tuple[str, ...], required: tuple[str, ...], what: str) -> list[dict[str, str]]:
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
    rows = csv_rows(text, ACTOR_COLUMNS, ("alias", "actor", "side", "kind"), "actor table")
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
