"""Attribution cues: the verbs and nouns that introduce reported speech or thought.

data/lexicons/attribution_verbs.csv lists each verb's forms, its class for framing (neutral, distancing,
endorsing, culpability, affective, internal-state) and the source of that class; rows with part "action" or "noun"
serve framing only. data/lexicons/attribution_nouns.csv lists noun cues ("reports that", "demands that"), which
introduce a reported clause but are not verbs (PARC 3.0 and PolNeAR annotate them as cues too).
"""
import re
from functools import cache

from framelab.data import read_table


@cache
def cue_forms() -> dict[str, str]:
    """Inflected form → lemma, for every speech or thought verb (part "verb"; "according to" is its own rule)."""
    return {form: row["lemma"] for row in read_table("lexicons", "attribution_verbs.csv")
            if row["lemma"] != "according to" and row["part"] == "verb" for form in row["forms"].split()}


@cache
def noun_cue_forms() -> dict[str, str]:
    """Noun form → lemma, for every noun cue ("reports" → "report")."""
    return {form: row["lemma"] for row in read_table("lexicons", "attribution_nouns.csv") for form in row["forms"].split()}


@cache
def cue_alternation() -> str:
    """Every verb cue form, longest first, as one regular-expression alternation."""
    return "|".join(sorted(map(re.escape, cue_forms()), key=len, reverse=True))


@cache
def cue_pattern() -> re.Pattern:
    """Any verb cue as a whole word (not inside a hyphenated word: "so-called" is not "called")."""
    return re.compile(rf"(?<![\w-])({cue_alternation()})(?![\w-])")


@cache
def noun_cue_pattern() -> re.Pattern:
    """A noun cue followed by "that": "reports that", "demands that"."""
    forms = "|".join(sorted(map(re.escape, noun_cue_forms()), key=len, reverse=True))
    return re.compile(rf"\b({forms})\s+that\b")
