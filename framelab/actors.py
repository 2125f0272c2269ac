"""Who is mentioned where: the alias table in data/lexicons/actors.csv applied to an Article.

A mention is an alias found in the text (case-sensitive, whole words, longest alias first).
Each mention gets a role: the dateline ("MOSCOW (AP)") and places ("met in the Kremlin",
"ambassador to Moscow") are not the actor acting; everything else is.
"""
import re
from dataclasses import dataclass
from functools import cache

import pandas as pd

from framelab.article import Article
from framelab.data import read_table

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
