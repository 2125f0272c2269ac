"""Stance: who is FAVOR / AGAINST / NONE towards each target (SemEval-2016 Task 6 labels), with evidence.

A transparent detector, one rule at a time:
1. Units: each quote's words (held by its speaker, or by an actor who is the subject of reported words:
   "Tehran could buy ..." → Iran), and each clause of narration (held by its subject: "Putin also defended ...").
2. A target is touched when one of its cue phrases (data/lexicons/stance_targets.csv) is in the unit.
3. Its polarity comes from the stance cue (data/lexicons/stance_cues.csv) nearest before the target (else after):
   a negation just before the cue flips it ("don't need"), and each reversing verb earlier in the unit flips it
   again ("dismissed U.S. demands that it cancel" → FAVOR; "abandoning a pledge not to sell" → FAVOR).
4. Some cues name their own holder: "U.S. opposition", "U.S. efforts to" (the actor just before), "concern in
   Washington" (the actor just after "in").
5. Per actor and target, the majority of the evidence; no evidence → NONE.
"""
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

import pandas as pd

from framelab.actors import Mention, find_mentions, side_name
from framelab.article import Article
from framelab.data import read_table
from framelab.quotes import Quote, find_quotes

LABELS = ("FAVOR", "AGAINST", "NONE")
NEGATORS = {"not", "n't", "never", "no", "without"}
_SUBJECT_FILLER = {"of", "and", "the", "a", "an", "'s", "’s", "presidents", "president", "government", "officials",
                   "official", "ambassador", "to", "foreign", "minister", "spokesman", "spokeswoman"}
CLAUSE_BREAK = re.compile(r",\s+but\s+|;\s+|,\s+which\s+|,\s+who\s+|\bhowever,\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Target:
    id: str
    name: str
    description: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class StanceEvidence:
    actor: str  # the side holding the stance: "Russia", "Iran", "United States", ...
    target: str  # target id
    stance: str  # FAVOR or AGAINST
    paragraph: int
    start: int  # evidence span in article.text: from the cue to the target mention
    end: int
    cue: str
    rule: str  # how the polarity was reached, in words


@cache
def stance_targets() -> tuple[Target, ...]:
    return tuple(Target(r["id"], r["target"], r["description"], tuple(c.strip() for c in r["cues"].split(";")))
                 for r in read_table("lexicons", "stance_targets.csv"))


def targets_from(rows) -> tuple[Target, ...]:
    """Targets a student or teacher types in: rows with id, target, cues ("a;b;c")."""
    return tuple(Target(r["id"], r["target"], r.get("description", ""), tuple(c.strip() for c in r["cues"].split(";")
                                                                              if c.strip())) for r in rows)


@cache
def stance_cues() -> tuple[tuple[str, str, str], ...]:
    return tuple((r["cue"], r["effect"], r["holder"]) for r in read_table("lexicons", "stance_cues.csv"))


def holder_side(actor: str, mentions: list[Mention]) -> str:
    """Persons hold their country's stance: Putin → Russia. Sides are named as countries; an actor of side
    "other" holds its own stance."""
    side = next((m.side for m in mentions if m.actor == actor), None)
    return side_name(side) if side and side != "other" else actor


def _find_all(phrase: str, text: str, start: int, end: int) -> list[tuple[int, int]]:
    pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text, start, end)]


def subject_actors(article: Article, start: int, end: int, mentions: list[Mention]) -> list[str]:
    """Actors named before the first ordinary lower-case word of a clause: its grammatical subject."""
    words = re.finditer(r"[\w'’.-]+", article.text[start:end])
    stop = end
    for word in words:
        token = word.group().lower()
        if word.group()[0].islower() and token not in _SUBJECT_FILLER:
            stop = start + word.start()
            break
    return list(dict.fromkeys(holder_side(m.actor, mentions) for m in mentions
                              if start <= m.start < stop and m.role == "actor"))


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    holders: tuple[str, ...]
    paragraph: int
    masked: tuple[tuple[int, int], ...] = ()  # spans inside the unit that belong to someone else (direct quotes)


def stance_units(article: Article, quotes: list[Quote], mentions: list[Mention]) -> list[_Unit]:
    units = []
    direct = [(q.start, q.end) for q in quotes if q.kind in ("direct", "continuation", "partial")]
    for q in quotes:
        if q.kind == "reporter" or q.actor is None:
            continue
        holders = subject_actors(article, q.start, q.end, mentions) if q.kind == "indirect" else []
        holders = holders or [holder_side(a, mentions) for a in q.actor.split(" and ")]
        units.append(_Unit(q.start, q.end, tuple(dict.fromkeys(holders)), q.paragraph))
    for sentence in article.sentences:
        start = article.after_dateline(sentence.start)
        bounds = [start] + [m.end() for m in CLAUSE_BREAK.finditer(article.text, start, sentence.end)] + [sentence.end]
        for a, b in zip(bounds, bounds[1:]):
            inside = tuple((s, e) for s, e in direct if s < b and a < e)
            holders = subject_actors(article, a, b, mentions) if not any(s <= a + 1 for s, _ in inside) else []
            units.append(_Unit(a, b, tuple(holders), sentence.paragraph, inside))
    return units


def _cue_holder(article: Article, rule: str, start: int, end: int, mentions: list[Mention]) -> str | None:
    """The holder a cue names itself: 'U.S. opposition' (actor before) or 'concern in Washington' (after 'in')."""
    if rule == "actor before":
        before = [m for m in mentions if m.end <= start and not article.text[m.end:start].strip(" '’s")]
        return holder_side(before[-1].actor, mentions) if before else None
    if rule == "actor after in":
        after = [m for m in mentions if m.start >= end and re.fullmatch(r"\s+(?:in|among|from)\s+(?:the\s+)?",
                                                                       article.text[end:m.start])]
        return holder_side(after[0].actor, mentions) if after else None
    return None


def _negated(article: Article, start: int) -> bool:
    """A negation among the three words before the cue ("not to sell", "don't need")."""
    before = re.findall(r"[\w'’]+", article.text[max(0, start - 25):start].lower())[-3:]
    return any(w in NEGATORS or w.endswith(("n't", "n’t")) for w in before)


def detect_stance(article: Article, quotes: list[Quote] | None = None, targets: tuple[Target, ...] | None = None,
                  mentions: list[Mention] | None = None) -> list[StanceEvidence]:
    """Every piece of stance evidence in the article: who, towards which target, FAVOR or AGAINST, and why."""
    mentions = find_mentions(article) if mentions is None else mentions
    quotes = find_quotes(article, mentions) if quotes is None else quotes
    targets = stance_targets() if targets is None else targets
    found = []
    bounds = [(s.start, s.end) for s in article.sentences]
    for unit in stance_units(article, quotes, mentions):
        def free(s, e, unit=unit):
            return not any(ms <= s and e <= me for ms, me in unit.masked)

        cues = sorted((s, e, cue, effect, holder) for cue, effect, holder in stance_cues()
                      for s, e in _find_all(cue, article.text, unit.start, unit.end) if free(s, e))
        for target in targets:
            for t_start, t_end in (span for cue in target.cues
                                   for span in _find_all(cue, article.text, unit.start, unit.end) if free(*span)):
                # cues stay in the sentence; a target in a headline attribution has the whole unit as its sentence
                s_start, s_end = next((b for b in bounds if b[0] <= t_start < b[1] + 1), (unit.start, unit.end))
                polar = [c for c in cues if c[3] != "reverses" and not (t_start <= c[0] < t_end)
                         and s_start <= c[0] < s_end]
                before = [c for c in polar if c[1] <= t_start]
                after = [c for c in polar if c[0] >= t_end]
                chosen = before[-1] if before else after[0] if after else None
                if chosen is None:
                    continue
                c_start, c_end, cue, effect, holder_rule = chosen
                favor, steps = effect == "favor", [f"'{cue}' → {effect}"]
                if _negated(article, c_start):
                    favor, steps = not favor, steps + ["negated"]
                for r in (c for c in cues if c[3] == "reverses" and s_start <= c[0] and c[1] <= c_start):
                    favor, steps = not favor, steps + [f"reversed by '{r[2]}'"]
                holder = _cue_holder(article, holder_rule, c_start, c_end, mentions)
                holders = (holder,) if holder else unit.holders
                span = (min(c_start, t_start), max(c_end, t_end))
                for actor in holders:
                    found.append(StanceEvidence(actor, target.id, "FAVOR" if favor else "AGAINST", unit.paragraph,
                                                *span, cue, ", ".join(steps)))
    unique = {}
    for e in found:  # one piece of evidence per actor, target, paragraph and cue
        unique.setdefault((e.actor, e.target, e.stance, e.paragraph, e.cue), e)
    return list(unique.values())


def stance_matrix(evidence: list[StanceEvidence], actors: list[str], targets: tuple[Target, ...] | None = None
                  ) -> pd.DataFrame:
    """Actor × target: the majority stance of the evidence (NONE when there is none)."""
    targets = stance_targets() if targets is None else targets
    table = pd.DataFrame("NONE", index=actors, columns=[t.id for t in targets])
    for (actor, target), votes in _votes(evidence).items():
        if actor in table.index and target in table.columns:
            table.loc[actor, target] = votes.most_common(1)[0][0]
    table.index.name, table.columns.name = "actor", "target"
    return table


def _votes(evidence: list[StanceEvidence]) -> dict[tuple[str, str], Counter]:
    votes: dict[tuple[str, str], Counter] = {}
    for e in evidence:
        votes.setdefault((e.actor, e.target), Counter())[e.stance] += 1
    return votes


def evidence_table(article: Article, evidence: list[StanceEvidence]) -> pd.DataFrame:
    """One row per piece of evidence: actor, target, stance, paragraph, the words, and the rule."""
    names = {t.id: t.name for t in stance_targets()}
    return pd.DataFrame([(e.actor, f"{e.target} {names.get(e.target, '')}".strip(), e.stance, e.paragraph,
                          article.text[e.start:e.end], e.rule) for e in evidence],
                        columns=["actor", "target", "stance", "paragraph", "evidence", "rule"])


def load_stance_gold() -> pd.DataFrame:
    """The expert gold matrix (actor × target) from data/annotations/stance_gold.csv."""
    rows = read_table("annotations", "stance_gold.csv")
    table = pd.DataFrame(rows).pivot(index="actor", columns="target", values="stance")
    table = table.loc[list(dict.fromkeys(r["actor"] for r in rows)), [t.id for t in stance_targets()]]
    table.index.name, table.columns.name = "actor", "target"
    return table


def sentiment_versus_stance(article: Article, quotes: list[Quote], evidence: list[StanceEvidence]) -> pd.DataFrame:
    """For every quote: VADER's label next to the stances found in it, flagged where they point opposite ways."""
    from framelab.sentiment import explain_sentiment

    mentions = find_mentions(article)
    rows = []
    for q in quotes:
        if q.kind == "reporter" or q.actor is None:
            continue
        sides = {holder_side(a, mentions) for a in q.actor.split(" and ")}
        inside = [e for e in evidence if q.start <= e.start and e.end <= q.end]
        stances = sorted({f"{e.stance} {e.target}" + ("" if e.actor in sides else f" ({e.actor})") for e in inside})
        own = [e for e in inside if e.actor in sides]
        score = explain_sentiment(q.text)
        clash = (score.label == "positive" and any(e.stance == "AGAINST" for e in own)) or \
                (score.label == "negative" and any(e.stance == "FAVOR" for e in own))
        rows.append((f"¶{q.paragraph}", q.actor, score.compound, score.label, ", ".join(stances) or "NONE", clash,
                     q.text))
    return pd.DataFrame(rows, columns=["quote", "actor", "compound", "sentiment", "stance", "disagree", "text"])
