"""Sentence boundaries in news prose: NLTK's Punkt proposes them, a few written rules correct them.

How it works, in two steps:

1. **Punkt** (Kiss & Strunk 2006, "Unsupervised Multilingual Sentence Boundary Detection", Computational
   Linguistics 32(4): 485-525; NLTK's `PunktSentenceTokenizer`) runs with parameters the project writes instead
   of a downloaded model: the abbreviation list `data/lexicons/abbreviations.csv` and the sentence-starter list
   `data/lexicons/sentence_starters.csv`. Punkt then splits after a full stop unless the word before it is a
   known abbreviation or an initial, and it does split after an abbreviation or "..." when the next word is a
   frequent sentence starter ("the U.S. It ..."), which is the paper's sentence-starter heuristic.
2. **A post-pass** looks again at every place where a sentence could end (a `.`, `?`, `!` or `…`, any closing
   quote or bracket, then a space) and overrides Punkt where news prose needs it. Each rule is a small function
   below and gives a reason a student can read:

   - a lower-case word follows: no boundary (`"We go." she said`, `Yahoo! in the ...`, `D.C. on a grant`);
   - an ellipsis ("...", "…" or ". . .") ends a sentence only before a sentence starter (`... Then`), not before a
     name or lower case;
   - an abbreviation that never ends a sentence (titles such as Dr., Gen., Rev.; Ft., Mt.; e.g., vs.):
     no boundary;
   - an abbreviation that can end one (U.S., D.C., Inc., Jr., Ph.D., a.m., No., et al. ...): a boundary only
     before a sentence starter or an opening quote (`the U.S. "We ...`), not before a name or a noun
     (`the U.S. Navy`, `No. 4`);
   - a single capital letter is an initial (`J. R. Smith`), except the pronoun "I" after a lower-case word
     (`you and I. Did you ...`);
   - a word that only looks like an abbreviation in lower case ("no.", "ill.") ends the sentence;
   - a bracket opened in the middle of a sentence holds the sentences inside it
     (`The mayor (she took office in May. Few knew her) spoke.` is one sentence).

Known limit: an abbreviation that ends a sentence right before a name or a noun ("... moved to the U.S. Officials
said ...") is read as one sentence: the same words ("the U.S. Officials") can be one noun phrase.
"""
import csv
import re
from dataclasses import dataclass
from functools import cache

from framelab.data import data_path
from framelab.errors import FramelabError

KINDS = ("title", "name-prefix", "name-suffix", "address", "place", "org", "month", "time", "number-prefix",
         "degree", "latin", "unit", "other")

# A place where a sentence could end: a token ending in an end mark and any closing quotes or brackets, then a space
# and the next word (read in a lookahead, so that the next word can itself be a candidate: "J. R. Smith"). The token
# is cut into word, mark and closer with rstrip, which keeps the scan linear even on a run of 100,000 dots.
_CLOSERS = "\"'”’)]"
_MARKS = ".?!…"
_CANDIDATE = re.compile(r"(?<!\S)(?P<token>\S*[.?!…][\"'”’)\]]*)(?=\s+(?P<next>\S+))")
_OPENERS = "\"'“‘([«"
_QUOTES = "\"'“‘«"
_TRAILING = ",;:.!?\"'”’)]»"
_DOTTED_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # J.R, N.A.T.O (the final '.' is the mark)
_INITIAL = re.compile(r"[A-Z]\.?")
_CURLY_TO_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


@dataclass(frozen=True)
class Abbreviation:
    """One row of data/lexicons/abbreviations.csv: "U.S." (place), "Dr." (title), "et al." (latin)."""

    text: str  # as written in news copy, with its final full stop: "U.S.", "No.", "et al."
    kind: str  # one of KINDS
    can_end_sentence: bool  # False for titles and the like: "Dr." is always followed by a name
    source: str

    @property
    def key(self) -> str:
        """The form looked up in text: without the final full stop ("U.S", "et al")."""
        return self.text[:-1]

    @property
    def punkt_type(self) -> str:
        """How Punkt stores it: lower case, last word only, no final full stop ("u.s", "al")."""
        return self.key.split()[-1].lower()


@dataclass(frozen=True)
class BoundaryDecision:
    """What the post-pass decided at one place where a sentence could end.

    `mark_start` is where the end mark starts, `end` where the sentence would end (after the mark and any closing
    quote or bracket), `next_start` where the next one would start; all are offsets into the paragraph. `reason`
    says which rule decided, in words."""

    mark_start: int
    end: int
    next_start: int
    boundary: bool
    reason: str


@cache
def abbreviations() -> dict[str, Abbreviation]:
    """The abbreviation table, keyed by the written form without its final full stop ("U.S", "et al", "No").

    Reads data/lexicons/abbreviations.csv (columns abbreviation, kind, can_end_sentence, source). Raises
    FramelabError when a row is malformed, naming the row."""
    table = {}
    with data_path("lexicons", "abbreviations.csv").open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            text, kind, can_end = row.get("abbreviation") or "", row.get("kind"), row.get("can_end_sentence")
            if not text.endswith(".") or len(text) < 2 or kind not in KINDS or can_end not in ("yes", "no") \
                    or not (row.get("source") or "").strip():
                raise FramelabError(
                    f"Row {line} of data/lexicons/abbreviations.csv is not valid: it needs an abbreviation ending in "
                    f"'.', a kind from {', '.join(KINDS)}, can_end_sentence yes or no, and a source."
                )
            abbreviation = Abbreviation(text, kind, can_end == "yes", row["source"].strip())
            table[abbreviation.key] = abbreviation
    return table


@cache
def sentence_starters() -> frozenset[str]:
    """Lower-case words that often begin a sentence and are almost never part of a name: "it", "the", "however".

    Reads data/lexicons/sentence_starters.csv (columns word, kind, source)."""
    with data_path("lexicons", "sentence_starters.csv").open(encoding="utf-8", newline="") as handle:
        return frozenset(row["word"].strip().lower() for row in csv.DictReader(handle) if row["word"].strip())


@cache
def _written_forms() -> dict[str, Abbreviation]:
    """Every spelling accepted for an abbreviation: as listed, and, when it has two letters or more, in capitals
    ("A.M.") and with a capital first letter ("E.g", "Etc"). A single capital letter is left to the initials rule:
    "Henry V." is not "v." (versus)."""
    forms = dict(abbreviations())
    for key, abbreviation in abbreviations().items():
        if len(key.replace(".", "")) > 1:
            for variant in (key.upper(), key[:1].upper() + key[1:]):
                forms.setdefault(variant, abbreviation)
    return forms


@cache
def punkt_abbreviation_types() -> frozenset[str]:
    """The abbreviation table as Punkt's `abbrev_types` (lower case, no final full stop): "u.s", "dr", "al"."""
    return frozenset(abbreviation.punkt_type for abbreviation in abbreviations().values())


def find_abbreviation(word: str, previous_word: str = "") -> Abbreviation | None:
    """The listed abbreviation that `word` (the text before a full stop, without it) is, or None.

    Case counts: "No" before "4" is the abbreviation, "no" is the word. "al" is one only after "et"; after a hyphen
    the last part counts ("ex-Gov")."""
    core = word.lstrip(_OPENERS)
    forms = _written_forms()
    if previous_word and f"{previous_word.lstrip(_OPENERS)} {core}" in forms:
        return forms[f"{previous_word.lstrip(_OPENERS)} {core}"]
    if core in forms:
        return forms[core]
    tail = core.rsplit("-", 1)[-1]
    return forms.get(tail) if tail != core else None


def next_word_kind(next_token: str) -> str:
    """What the word after a possible boundary is: "lower" (a lower-case word), "quote" (an opening quote mark before
    a capital), "starter" (a listed sentence starter with a capital), "initial" (one capital and an optional full
    stop), "capital" (any other capitalised word: a name or a noun), or "other" (a number, a symbol)."""
    word = next_token.lstrip(_OPENERS)
    if not word:
        return "other"
    if word[0].islower():
        return "lower"
    if next_token[0] in _QUOTES and word[0].isupper():
        return "quote"
    bare = word.rstrip(_TRAILING)
    if bare and bare[0].isupper() and bare.lower() in sentence_starters():
        return "starter"
    if _INITIAL.fullmatch(word.rstrip(",;:")):
        return "initial"
    return "capital" if word[0].isupper() else "other"


def decide_boundary(word: str, mark: str, next_token: str, previous_word: str = "",
                    closer: str = "") -> tuple[bool, str] | None:
    """The post-pass at one place where a sentence could end, or None to keep Punkt's decision.

    Input: the word before the end mark (without it), the mark ("." "?!" "..." "…"), the next token (with any
    opening quote), the word before `word`, and the closing quotes or brackets right after the mark. Output:
    (is_boundary, reason in words) or None."""
    after = next_word_kind(next_token)
    if after == "lower":
        return False, "a lower-case word follows, so the sentence goes on"
    if next_token[0] in ".…":
        return False, "a spaced ellipsis follows ('. . .'), so the sentence goes on"
    if "…" in mark or ".." in mark or (not word.lstrip(_OPENERS) and mark == "."):  # "...", "…", or ". . ."
        if after == "starter":
            return True, "an ellipsis, then a word that starts sentences"
        return False, "an ellipsis inside the sentence (a name, a number or a symbol follows)"
    if mark != ".":
        return None  # ? and ! (also ?! and !!) end a sentence before anything but lower case: Punkt's rule
    opens = after in ("starter", "quote") or (bool(closer) and after in ("capital", "initial"))
    abbreviation = find_abbreviation(word, previous_word)
    if abbreviation is not None:
        if not abbreviation.can_end_sentence:
            return False, f"'{abbreviation.text}' ({abbreviation.kind}) never ends a sentence"
        if opens:
            return True, f"'{abbreviation.text}' ({abbreviation.kind}) ends the sentence: a new sentence starts"
        return False, f"'{abbreviation.text}' ({abbreviation.kind}) before a name, a noun or a number"
    core = word.lstrip(_OPENERS)
    if _DOTTED_INITIALS.fullmatch(core):
        if opens:
            return True, f"'{core}.' ends the sentence: a new sentence starts"
        return False, f"'{core}.' before a name, a noun or a number"
    if len(core) == 1 and core.isupper():
        if core == "I" and previous_word[:1].islower():
            return True, "the pronoun I ends the sentence"
        if opens and after != "initial":
            return True, f"'{core}.' ends the sentence: a new sentence starts"
        return False, f"'{core}.' is an initial before a name"
    if core.lower() in punkt_abbreviation_types() and after != "other":
        return True, f"'{core}.' is a word here, not the abbreviation (letter case differs)"
    return None


def boundary_decisions(paragraph: str) -> list[BoundaryDecision]:
    """Every place in `paragraph` where a sentence could end, with the post-pass's decision (None-rules skipped).

    Offsets are into `paragraph`. Pure: no Punkt here."""
    decisions = []
    for match in _CANDIDATE.finditer(paragraph):
        token, start = match["token"], match.start()
        before_closer = token.rstrip(_CLOSERS)
        word = before_closer.rstrip(_MARKS)
        previous = paragraph[max(0, start - 40):start].split()
        decided = decide_boundary(word, before_closer[len(word):], match["next"], previous[-1] if previous else "",
                                  token[len(before_closer):])
        if decided is not None:
            decisions.append(BoundaryDecision(start + len(word), match.end("token"), match.start("next"), *decided))
    return decisions


def sentence_spans(paragraph: str, splitter) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph: Punkt's spans, corrected by the post-pass.

    Input: the paragraph text and a Punkt tokenizer (framelab.resources.sentence_splitter()). Output: offsets into
    `paragraph`, in order, with no leading or trailing spaces, so `paragraph[start:end]` is the sentence. Curly
    quotes are shown to Punkt as straight ones (the same length, so offsets do not move)."""
    text_end = len(paragraph.rstrip())
    text_start = len(paragraph) - len(paragraph.lstrip())
    if text_start >= text_end:
        return []
    spans = list(splitter.span_tokenize(paragraph.translate(_CURLY_TO_STRAIGHT)))
    breaks = {end: next_start for (_, end), (next_start, _) in zip(spans, spans[1:])}  # sentence end -> next start
    for decision in boundary_decisions(paragraph):
        for end in range(decision.mark_start, decision.next_start + 1):  # Punkt may end it before a closing mark
            breaks.pop(end, None)
        if decision.boundary:
            breaks[decision.end] = decision.next_start
    return _spans_from_breaks(paragraph, text_start, text_end, hold_brackets(paragraph, sorted(breaks.items())))


def hold_brackets(paragraph: str, breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop the breaks that fall inside a bracket opened in the middle of a sentence and closed later.

    A sentence that itself starts with a bracket keeps its inner breaks: "(Sentence one. Sentence two.)"."""
    last_close = max(paragraph.rfind(")"), paragraph.rfind("]"))
    kept, depth, position = [], 0, 0
    sentence_start = len(paragraph) - len(paragraph.lstrip())
    for end, next_start in breaks:
        segment = paragraph[position:end]
        depth = max(0, depth + segment.count("(") + segment.count("[") - segment.count(")") - segment.count("]"))
        position = end
        starts_with_bracket = paragraph[sentence_start:sentence_start + 1] in ("(", "[")
        if depth > 0 and not starts_with_bracket and end < last_close:
            continue
        kept.append((end, next_start))
        depth, position, sentence_start = 0, next_start, next_start
    return kept


def _spans_from_breaks(paragraph: str, text_start: int, text_end: int,
                       breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans, start = [], text_start
    for end, next_start in breaks:
        if start < end <= text_end:
            spans.append((start, end))
            start = next_start
    spans.append((start, text_end))
    return spans
