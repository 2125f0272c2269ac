"""Who says what: direct, continuation, partial, indirect and headline attributions, with speaker, cue and the rule
that found each one.

The rules follow wire and newspaper conventions (Quootstrap's patterns `$Q , $S said .` and `$Q , said $S .`, the
Gender Gap Tracker's continuation rule and its "according to" rule; Pavllo et al. 2018, Asr et al. 2021). They run
in this order, each a small function below, and every attribution records the `rule` that found it:

1. Quote marks are paired within a paragraph: double (straight, curly, guillemets) and single (British '…' and
   ‘…’; an apostrophe inside a word is not a mark). A mark that never closes runs to the paragraph's end.
2. A quotation's speaker: after its closing mark ('," Brandt said.', '," said Brandt.', '," Brandt was quoted as
   saying.'), before its opening mark ('Brandt said: "'), or at the end of a colon lead-in paragraph.
3. A quotation with no speaker of its own: the second part of a quote split by its attribution, a continuation
   paragraph, a quotation inside an attributed sentence (partial), the one person named just before it (adjacent
   speaker), or else it is listed as unattributed, never dropped.
4. Indirect speech outside quote marks: SPEAKER CUE (that) CLAUSE; CLAUSE, SPEAKER CUE; CLAUSE, CUE SPEAKER;
   "according to X"; relative clauses ("Washington, which believes ..."); participles and elided subjects (",
   saying ...", "... but says ..."); noun cues ("newspaper reports that ...").
5. A headline that ends with its source ("..., harbour chief says", "...: spokeswoman").
6. Speakers come from framelab.speakers (any text); the actor table only maps them to sides. A speaker the table
   does not know keeps its own name and the side "other".
7. A sentence with no source that contains a judgement cue ("clearly reflected an effort") is the reporter's voice.
"""
import re
from dataclasses import asdict, dataclass, field
from functools import cache

import pandas as pd

from framelab.actors import Mention, find_mentions
from framelab.article import Article, Sentence
from framelab.cues import cue_alternation, cue_forms, cue_pattern, noun_cue_forms, noun_cue_pattern
from framelab.data import read_word_list
from framelab.speakers import (DETERMINERS, Speaker, find_speakers, fullest_name, fullest_names, function_words,
                               parse_speaker, resolve_pronoun, same_role, surname_mentions)

__all__ = ["Quote", "find_quotes", "quote_table", "speech_by_actor", "quote_mark_spans", "cue_forms", "JSON_KEYS"]

PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“", "‘": "’", "'": "'"}
SINGLE = {"‘", "'"}
JSON_KEYS = ("speaker", "actor", "cue", "kind", "text", "paragraph", "start", "end", "rule")
# Words between a speaker and the cue that do not belong to either: "Putin also said", "the council on Monday said".
_FILLER = re.compile(r"(?:\s+(?:also|recently|later|earlier|again|repeatedly|then|once|has|have|had|will|would|"
                     r"today|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in a statement))+$")
# What may come before the subject of a reporting clause: "On Monday the mayor said", "But the mayor said".
_LEAD = re.compile(r"^(?:(?:and|but|yet|so|however|meanwhile|separately|now|later|earlier|also|then)\b\s*,?\s*|"
                   r"(?:on|in|at|last|this|by|after|before|during|to|with|amid|despite|under|following|speaking)\s+"
                   r"(?:[\w.'’-]+(?:\s+|$)){0,4}?)?$", re.IGNORECASE)
_NOT_CONTENT = re.compile(r"\s+(?:to|of|about|for|against|by|with|on|in|from|into|at|up|down|out|off|over)\b|\s*[,.;:!?]")
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|will|would|can|could|may|might|must|shall|should|has|have|had|"
                     r"did|does|do|won['’]t|isn['’]t|wasn['’]t|\w+n['’]t)\b|['’](?:s|re|ll|d|ve)\b")
# Verbs whose subject is a speaker whatever noun it is ("Shipping agents said"); "The agreement promises that" is not.
_SPEECH = frozenset("say tell add claim argue insist warn explain note estimate write report reply answer ask stress "
                    "admit deny acknowledge accept confirm complain urge suggest predict conclude declare".split())
_POSTMODIFIER = re.compile(r"\s+(?:familiar with|close to|of|for|at|in|from|with)\s+[^,;]{1,60}$")
_STOP_HEADS = function_words() | {"it", "this", "that", "there", "which", "who",
                                                                        "since", "though", "although", "unless",
                                                                        "whereas", "whether", "yet"}
_CLAUSE_END = re.compile(r",\s+but\s|;\s|\.\s*$|[.!?][\"”’']?\s*$")


@dataclass(frozen=True)
class Quote:
    """One attribution. `start`/`end` is the span of `text` in `article.text`."""

    speaker: str  # as written: "Putin", "he", "a port spokesman"; "" when unattributed
    actor: str | None  # who it is: "Putin", "Ilse Brandt" (for "she"), "port spokesman"; None when unattributed
    side: str | None  # from the actor table; "other" for a speaker the table does not know
    cue: str  # lemma: "say", "argue", "according to", "report" (noun); "" when none
    kind: str  # direct, continuation, partial, indirect, unattributed or reporter
    text: str  # the quoted or reported words
    paragraph: int  # 1-based; 0 for the headline
    start: int
    end: int
    rule: str = ""  # the rule that found it, as a student reads it: "quote, speaker cue", "continuation", ...
    cue_part: str = "verb"  # "verb", "noun" ("reports that"), "phrase" ("according to") or "" (no cue)

    def as_json(self) -> dict:
        return {key: asdict(self)[key] for key in JSON_KEYS}


@cache
def judgement_cues() -> tuple[str, ...]:
    return read_word_list("lexicons", "judgement_cues.txt")


# ---------------------------------------------------------------- 1. quote marks

def _opens(text: str, i: int, start: int) -> bool:
    mark = text[i]
    if mark not in PAIRS:
        return False
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in ('"', "'"):
        if not (before.isspace() or before in "([—–-:" or i == start):
            return False
        if mark == "'" and not (after.isalnum() or after in "‘\"“"):
            return False
    return True


def _closes_at(text: str, mark: str, i: int, end: int) -> int:
    """Offset of the mark that closes the quotation opened at i, or -1."""
    closer = PAIRS[mark]
    j = text.find(closer, i + 1, end)
    while j != -1 and mark in SINGLE:
        after = text[j + 1] if j + 1 < end else " "
        if not after.isalnum():  # "don’t", "harbour’s": an apostrophe inside a word
            return j
        j = text.find(closer, j + 1, end)
    return j


def quote_mark_spans(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(content start, content end, closed) for each top-level quotation in text[start:end]."""
    spans, i = [], start
    while i < end:
        if _opens(text, i, start):
            close = _closes_at(text, text[i], i, end)
            if close == -1:
                if text[i] == "'":
                    i += 1
                    continue  # an unpaired straight single mark is an apostrophe ('90s)
                spans.append((i + 1, end, False))
                break
            spans.append((i + 1, close, True))
            i = close + 1
        else:
            i += 1
    return spans


def _one_word_partial(article: Article, content: str, start: int) -> bool:
    """'the cost had been "fair"': one quoted lowercase word inside a sentence that has a cue verb."""
    if not re.fullmatch(r"[a-z][\w'’-]+", content):
        return False
    sentence = next((s for s in article.sentences if s.start <= start < s.end), None)
    return bool(sentence and cue_pattern().search(article.text, sentence.start, sentence.end))


def _subhead(article: Article, paragraph, content: str) -> bool:
    """A paragraph that is only a short quoted phrase ("'Come forward'") is a subheading, not speech."""
    own = article.text[paragraph.start:paragraph.end].strip(" \"“”‘’'")
    return own == content.strip() and len(content.split()) <= 4 and not re.search(r"[.!?]$", content)


def _is_quotation(content: str) -> bool:
    """Not a name or title in quote marks: at least two words, not all in Title Case."""
    words = re.findall(r"[\w'’-]+", content)
    return len(words) >= 2 and not all(w[0].isupper() for w in words if len(w) > 3)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding spaces and trailing commas or full stops."""
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n,.":
        end -= 1
    return start, end


def _any_mark(text: str) -> bool:
    return any(mark in text for mark in "\"“”«»„‘’") or bool(re.search(r"(?:^|\s)'|'(?:\s|$)", text))


# ---------------------------------------------------------------- speakers: phrase → who

@dataclass
class _Context:
    article: Article
    mentions: list[Mention]
    speakers: list[Speaker]  # every speaker-like phrase in the text, found without a table
    named: dict[str, str]  # short person name → fullest form in the text
    said: list[Speaker] = field(default_factory=list)  # speakers of attributions found so far

    def sentence_at(self, offset: int) -> Sentence:
        return next((s for s in self.article.sentences if s.start <= offset < s.end), self.article.sentences[-1])


def _context(article: Article, mentions: list[Mention]) -> _Context:
    spans = [(article.after_dateline(s.start), s.end) for s in article.sentences]
    speakers = find_speakers(article.text, spans)
    speakers = sorted(speakers + surname_mentions(article.text, speakers, spans), key=lambda s: s.start)
    speakers = [_apposed_name(article.text, s) for s in speakers]
    return _Context(article, mentions, speakers, fullest_names(speakers))


def _table_speakers(ctx: _Context, before: int) -> list[Speaker]:
    """Actor-table mentions as speakers (countries and institutions count as organisations)."""
    return [Speaker(m.alias, m.start, m.end, "person" if m.kind == "person" else "organisation", m.actor, m.gender)
            for m in ctx.mentions if m.role == "actor" and m.end <= before]


def _who(ctx: _Context, speaker: Speaker) -> tuple[str | None, str | None]:
    """(actor, side) of a speaker: the actor table's entry when the phrase names one, else its own name and 'other'."""
    inside = [m for m in ctx.mentions if speaker.start <= m.start and m.end <= speaker.end and m.role != "place"]
    if speaker.kind == "pronoun":
        earlier = sorted((s for s in ctx.speakers + ctx.said + _table_speakers(ctx, speaker.start)
                          if s.end <= speaker.start), key=lambda s: s.end)
        # Speakers and sentence subjects first (news prose keeps its topic in subject position), then anyone.
        window = ctx.article.paragraphs[max(0, ctx.sentence_at(speaker.start).paragraph - 3)].start
        salient = [s for s in earlier if s.start >= window and (s in ctx.said or _in_subject_position(ctx, s))]
        antecedent = resolve_pronoun(speaker, salient) or resolve_pronoun(speaker, earlier)
        return _who(ctx, antecedent) if antecedent else (None, None)
    actors = list(dict.fromkeys((m.actor, m.side) for m in inside))
    if not actors:  # "council says" in a headline, where the table's alias "council" is not searched
        actors = list(dict.fromkeys((m.actor, m.side) for m in ctx.mentions
                                    if m.alias.lower() in {speaker.text.lower(), speaker.name.lower()}))
    if len(actors) == 1:
        return actors[0]
    if actors:
        sides = list(dict.fromkeys(side for _, side in actors))
        return " and ".join(a for a, _ in actors), sides[0] if len(sides) == 1 else " and ".join(sides)
    if speaker.plural and speaker.kind == "group":  # "officials" after "The Russian government"
        sentence = ctx.sentence_at(speaker.start)
        window = max(0, ctx.article.text.rfind(".", 0, sentence.start - 2))
        nearby = [m for m in ctx.mentions if window <= m.start < speaker.start and m.role == "actor" and m.kind != "person"]
        if nearby:
            return nearby[-1].actor, nearby[-1].side
    if speaker.kind == "person":
        full = fullest_name(speaker.name, ctx.named)
        listed = next((m for m in ctx.mentions if m.alias == full and m.role != "place"), None)
        return (listed.actor, listed.side) if listed else (full, "other")  # "Ruiz" → "Tomas Ruiz" in the table
    organisation = _definite_organisation(ctx, speaker)
    if organisation:
        return _who(ctx, organisation)
    earlier = same_role(speaker, ctx.speakers + ctx.said)
    return (earlier.name if earlier else speaker.name), "other"


def _in_subject_position(ctx: _Context, speaker: Speaker) -> bool:
    sentence = ctx.sentence_at(speaker.start)
    start = ctx.article.after_dateline(sentence.start)
    return bool(_LEAD.match(ctx.article.text[start:speaker.start].strip(" ,\"“‘'")))


def _definite_organisation(ctx: _Context, speaker: Speaker) -> Speaker | None:
    """'the company', 'the union' → the nearest organisation named earlier ("Skylane", "Vardic Pilots' Association")."""
    words = speaker.text.lower().split()
    if len(words) != 2 or words[0] != "the" or speaker.kind not in {"organisation", "role"}:
        return None
    named = [s for s in ctx.speakers + ctx.said if s.kind == "organisation" and s.end <= speaker.start
             and s.name[:1].isupper()]
    named += [s for s in _table_speakers(ctx, speaker.start) if s.kind == "organisation"]
    same = [s for s in named if s.name.lower().split()[-1] == words[1]]
    named = same or [s for s in named if _in_subject_position(ctx, s)]
    return max(named, key=lambda s: s.end) if named else None


def _quote(ctx: _Context, speaker: Speaker | None, cue: str, kind: str, start: int, end: int, rule: str,
           cue_part: str = "verb") -> "Quote":
    text = ctx.article.text
    paragraph = next((p.number for p in ctx.article.paragraphs if p.start <= start < p.end), 0)
    if speaker is None:
        return Quote("", None, None, cue, kind, text[start:end], paragraph, start, end, rule, cue_part if cue else "")
    speaker = _apposed_name(ctx.article.text, speaker)
    actor, side = _who(ctx, speaker)
    if speaker.kind != "pronoun":
        ctx.said.append(speaker)
    return Quote(speaker.text, actor, side, cue, kind, text[start:end], paragraph, start, end, rule, cue_part)


def _apposed_name(text: str, speaker: Speaker) -> Speaker:
    """'The airline's chief executive, Tobias Wennick,' and 'Tobias Wennick, the chief executive,': the name."""
    if speaker.kind not in {"role", "source", "group", "organisation"}:
        return speaker
    after = re.match(r",\s+([^,]{2,60}?),", text[speaker.end:speaker.end + 70])
    if after:
        named = parse_speaker(text, speaker.end + after.start(1), speaker.end + after.end(1))
        if named and named.kind in {"person", "organisation"} and speaker.kind != "organisation":
            return named
    before = re.search(r"([^,.;]{2,60}),\s*$", text[max(0, speaker.start - 62):speaker.start])
    if before:
        offset = max(0, speaker.start - 62)
        named = parse_speaker(text, offset + before.start(1), offset + before.end(1))
        if named and named.kind == "person" and " " in named.text:
            return named
    return speaker


def _subject(ctx: _Context, clause_start: int, cue_start: int, loose: bool = False) -> Speaker | None:
    """The speaker that is the subject of a cue: the phrase right before it, reaching back to the clause start."""
    text = ctx.article.text
    head = text[clause_start:cue_start]
    trailing = _FILLER.search(head.rstrip())
    if trailing and head[:trailing.start()].rstrip().endswith(","):
        head = head[:trailing.start()]
    while head.rstrip().endswith(","):  # "Stan Pruitt, 71, who has lived here for 40 years, added": skip them
        comma = head.rstrip()[:-1].rfind(",")
        if comma == -1:
            break
        head = head[:comma]
    inserted = len(head) < cue_start - clause_start
    if inserted:  # the clause that holds the subject, in what is left
        breaks = [m.end() for m in re.finditer(r",\s+(?:but|and)\s+|;\s+|\s+but\s+", head)]
        clause_start, head = (clause_start + breaks[-1], head[breaks[-1]:]) if breaks else (clause_start, head)
    found = _subject_in(ctx, clause_start, head, loose)
    # "Stan Pruitt, 71," before an inserted clause: the name is before the first of several commas
    for comma in [m.start() for m in re.finditer(r",\s", head)][::-1] if inserted and not found else []:
        found = _subject_in(ctx, clause_start, head[:comma], loose)
        if found:
            break
    return found


def _subject_in(ctx: _Context, clause_start: int, head: str, loose: bool) -> Speaker | None:
    """The speaker phrase that ends `head` (text from clause_start) and reaches back to the clause start."""
    text = ctx.article.text
    filler = _FILLER.search(head.rstrip())
    stop = clause_start + (filler.start() if filler else len(head.rstrip()))
    stop = clause_start + len(text[clause_start:stop].rstrip())
    speaker = parse_speaker(text, clause_start, stop, whole=False)
    if speaker is not None and (_LEAD.match(text[clause_start:speaker.start].strip(" ,"))
                                or _adjectives_only(text[clause_start:speaker.start])):
        return speaker
    # "Capt. Neil Barrow of the sheriff's office", "sources familiar with the matter", "villagers in Amsel"
    head = _with_postmodifier(text, clause_start, stop, lambda s, e: parse_speaker(text, s, e, whole=False)
                              or _loose_subject(text, s, e))
    if head and _LEAD.match(text[clause_start:head.start].strip(" ,")):
        return head
    if loose:
        head = _loose_subject(text, clause_start, stop)
        if head and _LEAD.match(text[clause_start:head.start].strip(" ,")):
            return head
    return None


def _speaker_or_noun(text: str, start: int, stop: int) -> Speaker | None:
    """A whole span as a speaker, or any short noun phrase where the pattern around it is strong; a phrase after
    the head ("sources close to the ministry", "a spokesman for the council") stays part of the speaker."""
    return parse_speaker(text, start, stop) or _loose_subject(text, start, stop) or _with_postmodifier(
        text, start, stop, lambda s, e: parse_speaker(text, s, e) or _loose_subject(text, s, e))


def _with_postmodifier(text: str, start: int, stop: int, head_of) -> Speaker | None:
    """A speaker whose head comes before a phrase that describes it ("sources close to the ministry"): `head_of`
    finds the head in text[start:cut]; the speaker then spans to `stop`. None when there is no such phrase."""
    post = _POSTMODIFIER.search(text, start, stop)
    head = head_of(start, post.start()) if post else None
    return Speaker(text[head.start:stop], head.start, stop, head.kind, head.name, head.gender, head.plural) if head else None


def _last_cue(text: str, start: int, end: int) -> re.Match | None:
    """The last verb cue in text[start:end] (the one that introduces what follows it)."""
    cue = None
    for cue in cue_pattern().finditer(text, start, end):
        pass
    return cue


def _adjectives_only(gap: str) -> bool:
    """'neighbouring Sudria', 'rival Norland': one or two lowercase describing words before a name."""
    words = gap.split()
    return 0 < len(words) <= 2 and all(re.fullmatch(r"[a-z][a-z-]+", w) and w not in _STOP_HEADS
                                       and not w.endswith("ed") and w not in cue_forms() for w in words)


def _loose_subject(text: str, start: int, stop: int) -> Speaker | None:
    """Any short noun phrase as a subject ("Shipping agents", "the chamber"), used only where the pattern around it
    is strong (a cue followed by "that", or a paraphrase closed by ', the chamber said.')."""
    phrase = re.fullmatch(r"\s*((?:(?:the|a|an|two|three|several|some|many|most|its|their|his|her)\s+)?"
                          r"(?:[\w'’-]+\s+){0,2}([a-z][\w-]*[a-z]))\s*", text[start:stop])
    if not phrase or phrase.group(2) in _STOP_HEADS or phrase.group(2).endswith(("ly", "ed", "ing")):
        return None
    words = phrase.group(1).split()
    if any(w.lower() in _STOP_HEADS - DETERMINERS or w.endswith(("ed", "ing")) or w in cue_forms() for w in words):
        return None  # "since satellite navigation tells ...": a conjunction is not part of a speaker
    begin = start + phrase.start(1)
    head = phrase.group(2)
    return Speaker(phrase.group(1), begin, start + phrase.end(1), "group" if head.endswith("s") else "role",
                   " ".join(words[1:] if words[0].lower() in DETERMINERS else words).lower(), "", head.endswith("s"))


def _sentence_subject(ctx: _Context, sentence: Sentence) -> Speaker | None:
    """The speaker that opens a sentence: "The spokesman has worked ... but says ..." → "The spokesman"."""
    start = ctx.article.after_dateline(sentence.start)
    candidates = ctx.speakers + [s for s in ctx.said if s.kind != "pronoun"] + _table_speakers(ctx, sentence.end)
    for candidate in sorted(candidates, key=lambda s: s.start):
        gap = ctx.article.text[start:candidate.start]
        if start <= candidate.start and (_LEAD.match(gap.strip(" ,")) or (
                gap.rstrip().endswith(",") and parse_speaker(ctx.article.text, start, start + len(gap.rstrip()) - 1))):
            return candidate  # "Former mayor, Tom Reed, went on radio ..., saying": the name beside the role
    first = re.match(r"\s*(?:(?:However|But|And|Meanwhile),?\s+)?(he|she|they|it|we|I)\b", ctx.article.text[start:sentence.end])
    return parse_speaker(ctx.article.text, start + first.start(1), start + first.end(1)) if first else None


def _clause_start(text: str, sentence_start: int, cue_start: int) -> int:
    """Where the clause holding the cue starts: after the last ", but", ", and", ";" or comma before it."""
    head = text[sentence_start:cue_start]
    filler = _FILLER.search(head.rstrip())
    head = head[:filler.start()] if filler else head  # "Dorvik Steel, which ..., has said": "has" is not the subject
    breaks = [m.end() for m in re.finditer(r",\s+(?:but|and)\s+|;\s+|\s+but\s+|,\s+", head)]
    if head.rstrip().endswith(","):  # keep inserted clauses (", 71, who has lived ...,"): _subject skips them
        breaks = [b for b in breaks if head[b - 2:b].strip() != "," or re.match(r",\s+(?:but|and)\s", head[b - 6:b])]
        breaks = [b for b in breaks if re.search(r"(?:,\s+(?:but|and)|;|\sbut)\s+$", head[:b])]
    return sentence_start + breaks[-1] if breaks else sentence_start


# ---------------------------------------------------------------- 2–3. quotations

@dataclass
class _Span:
    paragraph: int
    open_at: int
    close_at: int | None
    start: int
    end: int
    opens_paragraph: bool
    opens_sentence: bool
    lead_in: bool
    sentence: Sentence


def _quotation_spans(ctx: _Context) -> list[_Span]:
    article, spans = ctx.article, []
    for paragraph in article.paragraphs:
        own_start = article.after_dateline(paragraph.start)
        for start, end, closed in quote_mark_spans(article.text, own_start, paragraph.end):
            content_start, content_end = _trim(article.text, start, end)
            content = article.text[content_start:content_end]
            if not _is_quotation(content) and not _one_word_partial(article, content, start):
                continue
            if _subhead(article, paragraph, content):
                continue
            sentence = ctx.sentence_at(start - 1)
            before = article.text[article.after_dateline(sentence.start):start - 1].strip()
            spans.append(_Span(paragraph.number, start - 1, end if closed else None, content_start, content_end,
                               not article.text[own_start:start - 1].strip(), not before or before[-1] in ".!?",
                               before.endswith((":", ",")), sentence))
    return spans


def _after_close(ctx: _Context, span: _Span) -> tuple[Speaker, str, str, int] | None:
    """'," Brandt said.' / '," said Brandt.' / '," Brandt was quoted as saying.' → (speaker, cue, rule, cue offset)."""
    text = ctx.article.text
    begin = span.close_at + 1
    paragraph_end = ctx.article.paragraphs[span.paragraph - 1].end
    closing = ctx.sentence_at(span.close_at)
    end = closing.end if closing.end > begin else ctx.sentence_at(begin).end  # '." she said' split wrongly is still read
    end = min(max(end, begin), paragraph_end)
    after = text[begin:end]
    lead = re.match(r"[\s,]*", after).end()
    passive = re.match(r"(?P<sp>[^\"“”«»‘’]{1,120}?)\s+was quoted(?:\s+by\s+[^,.;]{1,60}?)?\s+as\s+(?:saying|telling)\b",
                       after[lead:])
    if passive:
        speaker = parse_speaker(text, begin + lead, begin + lead + passive.end("sp"))
        if speaker:
            return speaker, "say", "quoted as saying", begin + lead + passive.start() + passive.group().rfind(" ") + 1
    cue = cue_pattern().search(after, lead)
    if not cue or _any_mark(after[lead:cue.start()]) or re.search(r"[.!?;]", after[lead:cue.start()].replace("Dr.", "")
                                                                  .replace("Mr.", "").replace("Ms.", "")):
        return None
    if cue.start() > lead:  # '," harbour master Ilse Brandt said'
        stop = begin + cue.start()
        gap = _FILLER.search(text[begin + lead:stop].rstrip())
        phrase_end = begin + lead + (gap.start() if gap else len(text[begin + lead:stop].rstrip()))
        head = text[begin + lead:phrase_end].rstrip()
        if head.endswith(","):  # '," Brandt, the harbour master, said'
            head = head[:head[:-1].rfind(",")] if head[:-1].rfind(",") != -1 else head
        speaker = _speaker_or_noun(text, begin + lead, begin + lead + len(head.rstrip(" ,")))
        return (speaker, cue_forms()[cue.group()], "quote, speaker cue", begin + cue.start()) if speaker else None
    rest = re.match(r"\s+(?P<sp>[^,;:!?\"“”«»‘’]{1,120})", after[cue.end():])  # '," said Gen. Tomas Verro.'
    if not rest:
        return None
    phrase_start = begin + cue.end() + rest.start("sp")
    phrase = rest["sp"].rstrip()
    for stop in _prefix_ends(phrase):
        speaker = _speaker_or_noun(text, phrase_start, phrase_start + stop)
        if speaker:
            return speaker, cue_forms()[cue.group()], "quote, cue speaker", begin + cue.start()
    return None


def _prefix_ends(phrase: str) -> list[int]:
    """Ends of the word prefixes of a phrase, longest first ("a port spokesman who ..." → ..., "a port spokesman")."""
    ends = [m.end() for m in re.finditer(r"[\w'’.-]+", phrase)]
    return sorted(ends, reverse=True)


def _before_open(ctx: _Context, span: _Span) -> tuple[Speaker, str, str, int] | None:
    """'Brandt said: "' / 'The spokesman told reporters, "' / 'According to Brandt, "' in the same sentence."""
    text = ctx.article.text
    start = ctx.article.after_dateline(span.sentence.start)
    before = text[start:span.open_at]
    cue = _last_cue(before, 0, len(before))
    if cue and re.fullmatch(r"(?:(?:\s+(?:to|on|in)?\s*(?:reporters|journalists|the \w+|\w+)){0,3}\s*[:,]|\s*)\s*",
                            before[cue.end():]):
        speaker = _subject(ctx, _clause_start(text, start, start + cue.start()), start + cue.start(), loose=True)
        if speaker:
            return speaker, cue_forms()[cue.group()], "speaker cue: quote", start + cue.start()
    if cue and re.fullmatch(r"\s*[:,]?\s*", before[cue.end():]):
        relative = _indirect_speaker(ctx, span.sentence, cue)
        if relative:  # "Councillor Lee Steptoe, who said: "
            return relative[0], cue_forms()[cue.group()], "speaker cue: quote", start + cue.start()
    according = re.search(r"[Aa]ccording to (?P<sp>[^,\"“”‘’]{1,80}),\s*$", before)
    if according:
        speaker = _speaker_or_noun(text, start + according.start("sp"), start + according.end("sp"))
        if speaker:
            return speaker, "according to", "according to", -1
    return None


def _colon_lead_in(ctx: _Context, span: _Span) -> tuple[Speaker, str, str, int] | None:
    """A paragraph that ends 'one spokesman said:' and a quotation that opens the next paragraph."""
    if not span.opens_paragraph or span.paragraph < 2:
        return None
    previous = ctx.article.paragraphs[span.paragraph - 2]
    text = ctx.article.text
    if not text[previous.start:previous.end].rstrip().endswith(":"):
        return None
    sentence = previous.sentences[-1]
    cue = _last_cue(text, ctx.article.after_dateline(sentence.start), previous.end)
    if cue is None or text[cue.end():previous.end].strip(" :").count(" ") > 3:
        return None
    speaker = _subject(ctx, _clause_start(text, ctx.article.after_dateline(sentence.start), cue.start()), cue.start(),
                       loose=True)
    return (speaker, cue_forms()[cue.group()], "colon lead-in (previous paragraph)", cue.start()) if speaker else None


def _adjacent_person(ctx: _Context, span: _Span) -> Speaker | None:
    """The one person named in the sentence just before a quotation that stands alone."""
    sentences = [s for s in ctx.article.sentences if s.paragraph == span.paragraph and s.start < span.open_at]
    if not sentences:
        return None
    last = sentences[-1] if sentences[-1].start < span.open_at - 1 and not span.opens_sentence else \
        (sentences[-2] if len(sentences) > 1 and sentences[-1].start >= span.open_at - 1 else sentences[-1])
    people = {s.name: s for s in ctx.speakers if last.start <= s.start < last.end and s.kind == "person"}
    people.update({m.actor: Speaker(m.alias, m.start, m.end, "person", m.actor, m.gender) for m in ctx.mentions
                   if last.start <= m.start < last.end and m.kind == "person" and m.role == "actor"})
    return next(iter(people.values())) if len(people) == 1 else None


def _reported_before(ctx: _Context, span: _Span) -> tuple[Speaker, str] | None:
    """'Councillor Ann Holt said the budget was balanced.' ⏎⏎ '"We have cut waste."': the quotation goes on from
    the person whose words the paragraph before reported (its last sentence holds the attribution)."""
    if span.paragraph < 2:
        return None
    last = ctx.article.paragraphs[span.paragraph - 2].sentences[-1]
    cue = _last_cue(ctx.article.text, ctx.article.after_dateline(last.start), last.end)
    found = _indirect_speaker(ctx, last, cue) if cue else None
    if not found or found[0].kind not in {"person", "role", "pronoun"}:
        return None
    return found[0], cue_forms()[cue.group()]


def _direct_or_partial(ctx: _Context, span: _Span) -> str:
    """Direct when the quotation opens its sentence, follows a lead-in ("said:", "said,") or runs to its end."""
    if span.opens_sentence or span.lead_in or span.close_at is None:
        return "direct"
    rest = ctx.article.text[span.close_at + 1:ctx.sentence_at(span.close_at).end]
    return "direct" if re.fullmatch(r"[\s.!?\"”’']*", rest) and span.sentence is ctx.sentence_at(span.close_at) \
        and not re.search(r"\b(?:that|the|a|an)\s*$", ctx.article.text[span.sentence.start:span.open_at]) else "partial"


def direct_quotes(ctx: _Context) -> tuple[list[Quote], set[int]]:
    """Quotations in quote marks, and the offsets of the cues that attribute them."""
    spans = _quotation_spans(ctx)
    found = {}
    for i, span in enumerate(spans):
        found[i] = ((_after_close(ctx, span) if span.close_at is not None else None)
                    or _before_open(ctx, span) or _colon_lead_in(ctx, span))
    for i in reversed(range(len(spans) - 1)):  # '"… ⏎⏎ "… last part," Putin said.' covers the whole quotation
        span, after = spans[i], spans[i + 1]
        if found[i] is None and span.close_at is None and found[i + 1] and after.opens_paragraph \
                and after.paragraph == span.paragraph + 1:
            speaker, cue, _, _ = found[i + 1]
            found[i] = (speaker, cue, "attribution at the quotation's end", -1)
    quotes: list[Quote] = []
    kinds = {i: _direct_or_partial(ctx, span) for i, span in enumerate(spans)}
    # a cue that introduces a partial quotation also introduces the reported clause around it: it stays free
    used = {f[3] for i, f in found.items() if f and kinds[i] == "direct"}
    for i, span in enumerate(spans):
        previous = quotes[-1] if quotes else None
        if found[i]:
            speaker, cue, rule, _ = found[i]
            kind = kinds[i]
            part = "phrase" if cue == "according to" else "verb"
            quotes.append(_quote(ctx, speaker, cue, kind, span.start, span.end, rule, part))
        elif previous and previous.kind in {"direct", "continuation"} and previous.end < span.open_at and (
                ctx.sentence_at(previous.start) is span.sentence
                or (span.opens_sentence and span.opens_paragraph and previous.paragraph == span.paragraph - 1)
                or (span.opens_sentence and previous.paragraph == span.paragraph)):
            same = ctx.sentence_at(previous.start) is span.sentence
            quotes.append(Quote(previous.speaker, previous.actor, previous.side, previous.cue,
                                "direct" if same else "continuation", ctx.article.text[span.start:span.end],
                                span.paragraph, span.start, span.end,
                                "second part of a split quotation" if same else "continuation", previous.cue_part))
        elif not span.opens_sentence:
            quotes.append(_partial(ctx, span, used))
        elif span.opens_paragraph and span.opens_sentence and _reported_before(ctx, span):
            speaker, cue = _reported_before(ctx, span)
            quotes.append(_quote(ctx, speaker, cue, "continuation", span.start, span.end,
                                 "continuation after reported speech"))
        else:
            person = _adjacent_person(ctx, span)
            if person:
                quotes.append(_quote(ctx, person, "", "direct", span.start, span.end, "adjacent speaker", ""))
            else:
                quotes.append(_quote(ctx, None, "", "unattributed", span.start, span.end, "no speaker found", ""))
    return quotes, used


def _partial(ctx: _Context, span: _Span, used: set[int]) -> Quote:
    """A few quoted words inside a reporter's sentence: the speaker of that sentence's attribution."""
    text, sentence = ctx.article.text, span.sentence
    start = ctx.article.after_dateline(sentence.start)
    marks = [(s, e) for s, e, _ in quote_mark_spans(text, start, sentence.end)]
    for cue in cue_pattern().finditer(text, start, sentence.end):
        if any(s <= cue.start() < e for s, e in marks):
            continue
        found = _indirect_speaker(ctx, sentence, cue)
        if found:  # the cue stays free: its paraphrase around the quoted words is an indirect attribution too
            return _quote(ctx, found[0], cue_forms()[cue.group()], "partial", span.start, span.end,
                          "partial quotation in an attributed sentence")
    return _quote(ctx, None, "", "unattributed", span.start, span.end, "no speaker found", "")


# ---------------------------------------------------------------- 4. indirect speech

def _indirect_speaker(ctx: _Context, sentence: Sentence, cue: re.Match) -> tuple[Speaker, str] | None:
    """(speaker, rule) of a verb cue outside quote marks, or None when no speaker can be its subject."""
    text = ctx.article.text
    start = ctx.article.after_dateline(sentence.start)
    word_before = re.search(r"([\w'’]+)\s+$", text[start:cue.start()])
    if word_before and (word_before.group(1).lower() in {"a", "an", "the", "his", "her", "its", "their", "our", "my",
                                                         "your", "this", "these", "those", "such", "no"}
                        or word_before.group(1).endswith(("'s", "’s"))):
        return None  # "a state visit", "her comments": a noun, not a verb
    head = text[start:cue.start()]
    clause = _clause_start(text, start, cue.start())
    between = text[clause:cue.start()].strip(" ,")
    if cue.group().endswith("ing") and (not between or re.search(r",[\"”’']?\s*$", head)):
        subject = _sentence_subject(ctx, sentence)
        return (subject, "participle (, saying ...)") if subject else None
    if re.search(r"\b(?:but|and)\s+(?:also\s+)?$", head) and not parse_speaker(
            text, start, start + len(head.rstrip()) - len(re.search(r"(?:but|and)\s+(?:also\s+)?$", head.rstrip() + " ").group().rstrip()), whole=False):
        subject = _sentence_subject(ctx, sentence)
        return (subject, "elided subject (... but says ...)") if subject else None
    if between.lower() in {"which", "who"}:
        antecedent = parse_speaker(text, start, clause - len(text[:clause]) + len(text[:clause].rstrip(" ,")), whole=False)
        return (antecedent, "relative clause (X, which believes ...)") if antecedent else None
    relative = re.search(r"\s+(?:who|which)\s*$", text[clause:cue.start()])
    if relative:  # "objections from residents who say ..."
        antecedent = parse_speaker(text, clause, clause + relative.start(), whole=False)
        return (antecedent, "relative clause (X, which believes ...)") if antecedent else None
    lemma = cue_forms()[cue.group()]
    strong = lemma in _SPEECH and (lemma in {"say", "tell"} or re.match(
        r"(?:\s+(?!that\b)[\w.'’$-]+){0,4}?\s+that\s", text[cue.end():sentence.end]) is not None)
    speaker = _subject(ctx, clause, cue.start(), loose=strong)
    return (speaker, "speaker cue (that) clause") if speaker else None


@cache
def _second_cue() -> re.Pattern:
    """", and added that": a second cue that starts a clause of its own."""
    return re.compile(rf",?\s+(?:and|but)\s+(?:also\s+)?(?:{cue_alternation()})\s+that\s")


@cache
def _noun_before_that() -> re.Pattern:
    return re.compile(r"\b(?:%s)\s+that\s+$" % "|".join(map(re.escape, noun_cue_forms())))


def _quote_then_words(clause: str) -> bool:
    """'“failures across several agencies,” not one person, caused the crash': the clause goes on after the quote."""
    return bool(re.search(r"\w[,.]?[\"”’']\s*,?\s+\w+\W+\w+", clause))


_LISTENER = re.compile(r"\s+(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*|reporters|journalists|"
                       r"him|her|them|us|me|lawmakers|MPs|parliament|police|officers|parents|staff|members|students|"
                       r"workers|residents|voters|supporters|(?:the|a|an)\s+[a-z]+)(?=\s+(?!that\b)[a-z])")


def _content(text: str, after: int, end: int, needs_verb: bool = True, listener: bool = False) -> tuple[int, int] | None:
    """The reported clause that starts after a cue: after "that" if it comes within a few words, else right away
    (after the listener of "told the Gazette she ...")."""
    if listener and not re.match(r"(?:\s+\S+){0,4}?\s+that\s", text[after:end]):
        heard = _LISTENER.match(text, after, end)
        after = heard.end() if heard else after
    tail = text[after:end]
    that = re.match(r"(?:\s+(?!that\b)[\w.'’$-]+){0,6}?\s+that\s+", tail)
    if that and _noun_before_that().search(tail[:that.end()]):
        return None  # "denied media reports that ...": the reports are the source, not the one who denied them
    if that and not re.search(r"[,;:\"“”]", tail[:that.end()]):
        begin = after + that.end()
        needs_verb = False
    elif _NOT_CONTENT.match(tail) or (re.match(r"\s*[\"“‘']", tail) and not _quote_then_words(tail)):
        return None
    else:
        begin = after
    if _any_mark(text[begin:begin + 8]) and not _quote_then_words(text[begin:end]):
        return None  # 'saying this "should not ..."': the quoted words are a partial quotation of their own
    clause_end = _CLAUSE_END.search(text, begin, end)
    stop_at = clause_end.start() if clause_end else end
    second = _second_cue().search(text[begin:stop_at])
    stop_at = begin + second.start() if second else stop_at  # "... and added that ...": the next cue's own clause
    start, stop = _trim(text, begin, stop_at)
    words = text[start:stop].split()
    if len(words) < 3 or (needs_verb and not _has_finite_verb(text[start:stop])):
        return None
    return start, stop


def _has_finite_verb(clause: str) -> bool:
    """A reported clause has a verb: an auxiliary ("was", "will") or a word in -s/-ed after its subject."""
    if _FINITE.search(clause):
        return True
    words = re.findall(r"[\w'’-]+", clause)
    return any(w.endswith(("s", "ed")) and prev.lower() not in {"the", "a", "an", "of", "to", "in", "on", "for", "and"}
               and not prev[0].isdigit() for prev, w in zip(words[:3], words[1:4]))


def _paraphrase_first(ctx: _Context, sentence: Sentence, cue: re.Match) -> tuple[Speaker, int, int, str] | None:
    """'The bridge will reopen, Halvorsen said.' and 'Ferries will resume, said a port spokesman.'"""
    text = ctx.article.text
    start = ctx.article.after_dateline(sentence.start)
    head, tail = text[start:cue.start()], text[cue.end():sentence.end]
    comma = head.rstrip().rfind(",")
    if comma == -1:
        return None
    speaker, rule = None, ""
    if not head[comma + 1:].strip():  # ", said a port spokesman."
        phrase = re.match(r"\s+(?P<sp>[^,;:!?\"“”«»]{1,120}?)\s*[.!?]?[\"”’']?\s*$", tail)
        if phrase:
            speaker = _speaker_or_noun(text, cue.end() + phrase.start("sp"), cue.end() + phrase.end("sp"))
            rule = "clause, cue speaker"
    elif re.fullmatch(r"\s*(?:on \w+|today|yesterday|in a statement)?\s*[.!?]?[\"”’']?\s*", tail):  # ", a port spokesman said."
        speaker = _subject(ctx, start + comma + 1, cue.start(), loose=True)
        rule = "clause, speaker cue"
    if speaker is None:
        return None
    begin, stop = _trim(text, start, start + comma)
    if len(text[begin:stop].split()) < 3:
        return None
    return speaker, begin, stop, rule


def indirect_quotes(ctx: _Context, quoted: list[tuple[int, int]], used: set[int]) -> list[Quote]:
    """Reported speech and thought outside quote marks."""
    text, quotes = ctx.article.text, []
    taken: list[tuple[int, int]] = []

    def inside(offset: int) -> bool:
        return any(s - 1 <= offset < e + 1 for s, e in quoted + taken)

    for sentence in ctx.article.sentences:
        start = ctx.article.after_dateline(sentence.start)
        for cue in reversed(list(cue_pattern().finditer(text, start, sentence.end))):
            if cue.start() in used or inside(cue.start()):
                continue
            first = _paraphrase_first(ctx, sentence, cue)  # "…, Finance Minister Michel Sapin said on Sunday."
            if first:
                speaker, begin, stop, rule = first
                quotes.append(_quote(ctx, speaker, cue_forms()[cue.group()], "indirect", begin, stop, rule))
                taken.append((begin, stop))
            break  # only the sentence's last cue can close it
        for cue in cue_pattern().finditer(text, start, sentence.end):
            if cue.start() in used or inside(cue.start()):
                continue
            lemma = cue_forms()[cue.group()]
            found = _indirect_speaker(ctx, sentence, cue)
            span = _content(text, cue.end(), sentence.end, listener=lemma in {"tell", "ask"}) if found else None
            if found and span:
                quotes.append(_quote(ctx, found[0], lemma, "indirect", *span, found[1]))
                taken.append(span)
            elif not found and cue.group() in noun_cue_forms():
                quotes += _noun_cue(ctx, sentence, cue.start(), taken)
        for cue in noun_cue_pattern().finditer(text, start, sentence.end):
            if not inside(cue.start()) and not cue_pattern().fullmatch(cue.group(1)):
                quotes += _noun_cue(ctx, sentence, cue.start(), taken)
        for according in re.finditer(r"\b[Aa]ccording to (?P<sp>[^,.;\"“”]{2,80}?)(?:,\s*|\s*[.;]\s*$)",
                                     text[start:sentence.end]):
            speaker = _speaker_or_noun(text, start + according.start("sp"), start + according.end("sp"))
            if speaker is None or inside(start + according.start()):
                continue
            if according.start() > 0:  # "The pier is safe, according to Brandt."
                begin, stop = _trim(text, start, start + according.start())
                stop = start + len(text[start:stop].rstrip(" ,"))
            else:
                begin, stop = _trim(text, start + according.end(), sentence.end)
            if len(text[begin:stop].split()) >= 3 and not inside(begin):
                quotes.append(_quote(ctx, speaker, "according to", "indirect", begin, stop, "according to", "phrase"))
                taken.append((begin, stop))
    return quotes


def _noun_cue(ctx: _Context, sentence: Sentence, at: int, taken: list) -> list[Quote]:
    """'newspaper reports that ...', 'U.S. demands that ...': the noun and what modifies it are the source."""
    text = ctx.article.text
    match = noun_cue_pattern().match(text, at)
    if not match or any(s <= at < e for s, e in taken):
        return []
    start = ctx.article.after_dateline(sentence.start)
    owner = parse_speaker(text, start, at - 1, whole=False) if at - 1 > start else None
    if owner is None or owner.end < at - 1:
        modifier = re.search(r"(?<![\w'’-])([a-z][\w-]+)\s+$", text[start:at])  # "media reports that"
        owner = _loose_subject(text, start + modifier.start(1), start + modifier.end(1)) if modifier else None
    if owner is None or owner.kind == "pronoun":
        return []
    source = Speaker(text[owner.start:match.end(1)], owner.start, match.end(1), "source",
                     f"{owner.name} {match.group(1)}", "", True)
    if owner.kind in {"person", "organisation", "group"} or ctx.mentions and any(
            owner.start <= m.start and m.end <= owner.end for m in ctx.mentions):
        source = owner  # "U.S. demands that": the demand is the United States'
    span = _content(text, match.end(1), sentence.end, needs_verb=False)
    if not span:
        return []
    if re.search(r"\s(?:were|was|have been|has been|remain|remained)\s", text[span[0]:span[1]]):
        cut = re.search(r"\s(?:were|was|have been|has been|remain|remained)\s", text[span[0]:span[1]])
        span = _trim(text, span[0], span[0] + cut.start()) if len(text[span[0]:span[0] + cut.start()].split()) >= 3 else span
    taken.append(span)
    return [_quote(ctx, source, noun_cue_forms()[match.group(1)], "indirect", *span, "noun cue (reports that ...)", "noun")]


# ---------------------------------------------------------------- 5. headline

def headline_attribution(ctx: _Context) -> list[Quote]:
    """'Pier will stay shut all summer, harbour chief says' and 'Talks have failed: spokeswoman'."""
    headline = ctx.article.headline
    if not headline:
        return []
    text = ctx.article.text
    at = text.find(headline)
    quoted = re.fullmatch(r"(?P<sp>[^:'\"‘“]{2,40}):\s+['\"‘“](?P<content>.+?)['\"’”]?\s*", headline)
    if quoted:  # "Reed: 'I did not lie to the council'"
        speaker = parse_speaker(text, at + quoted.start("sp"), at + quoted.end("sp"))
        begin, stop = _trim(text, at + quoted.start("content"), at + quoted.end("content"))
        if speaker and len(text[begin:stop].split()) >= 2:
            return [_quote(ctx, speaker, "say", "direct", begin, stop, "headline", "implied")]
    said = re.fullmatch(rf"(?P<content>.+?),\s+(?P<sp>[^,]+?)\s+(?P<cue>{cue_alternation()})\s*", headline)
    colon = re.fullmatch(r"(?P<content>.+?):\s+(?P<sp>[^:]{2,60}?)\s*", headline)
    for match, cue in ((said, said and cue_forms().get(said["cue"])), (colon, "say")):
        if not match:
            continue
        speaker = parse_speaker(text, at + match.start("sp"), at + match.end("sp"))
        begin, stop = _trim(text, at + match.start("content"), at + match.end("content"))
        if speaker and len(text[begin:stop].split()) >= 2:
            part = "verb" if match is said else ""
            return [_quote(ctx, speaker, cue, "indirect", begin, stop, "headline", part or "implied")]
    return []


# ---------------------------------------------------------------- 7. reporter's voice and the whole pass

def reporter_voice(article: Article, attributed: list[tuple[int, int]]) -> list[Quote]:
    """Sentences with no source of their own that state a judgement."""
    found = []
    for sentence in article.sentences:
        if any(s < sentence.end and sentence.start < e for s, e in attributed):
            continue
        lowered = sentence.text.lower()
        cue = next((c for c in judgement_cues() if re.search(rf"\b{re.escape(c)}\b", lowered)), None)
        if cue:
            start, end = _trim(article.text, article.after_dateline(sentence.start), sentence.end)
            found.append(Quote("the reporter", "reporter", "reporter", cue, "reporter", article.text[start:end],
                               sentence.paragraph, start, end, "judgement cue, no source", ""))
    return found


def find_quotes(article: Article, mentions: list[Mention] | None = None) -> list[Quote]:
    """Every attribution in the article, in text order.

    Input: an Article (framelab.article) and optionally the actor-table mentions (framelab.actors.find_mentions;
    they only add sides). Output: a list of Quote, sorted by start offset; `article.text[q.start:q.end] == q.text`.
    Never raises on odd input: unbalanced quote marks run to the paragraph's end, quotations with no speaker are
    listed as "unattributed".
    """
    ctx = _context(article, find_mentions(article) if mentions is None else mentions)
    headline = headline_attribution(ctx)
    direct, used = direct_quotes(ctx)
    quoted = [(q.start, q.end) for q in direct]
    indirect = indirect_quotes(ctx, quoted, used)
    attributed = quoted + [(q.start, q.end) for q in indirect + headline]
    reporter = reporter_voice(article, attributed)
    return sorted(headline + direct + indirect + reporter, key=lambda q: q.start)


def quote_table(quotes: list[Quote]) -> pd.DataFrame:
    """The quotes as a table a student can read: paragraph, kind, speaker, actor, cue, rule, text."""
    return pd.DataFrame([(q.paragraph, q.kind, q.speaker or "–", q.actor or "?", q.cue, q.rule, q.text) for q in quotes],
                        columns=["paragraph", "kind", "speaker", "actor", "cue", "rule", "text"])


def speech_by_actor(article: Article, quotes: list[Quote], mentions: list[Mention] | None = None) -> pd.DataFrame:
    """Per actor: mentions, quotations (direct, continuation and partial), words in quote marks, indirect
    attributions. Every mentioned actor gets a row, so an actor who is never quoted shows a 0."""
    mentions = find_mentions(article) if mentions is None else mentions
    rows = {}
    for m in mentions:
        if m.role != "dateline":
            rows.setdefault(m.actor, {"actor": m.actor, "side": m.side, "mentions": 0, "quotations": 0,
                                      "words in quote marks": 0, "indirect attributions": 0})["mentions"] += 1
    for q in quotes:
        if q.kind in {"reporter", "unattributed"} or q.actor is None:
            continue
        for actor in q.actor.split(" and "):
            row = rows.setdefault(actor, {"actor": actor, "side": q.side, "mentions": 0, "quotations": 0,
                                          "words in quote marks": 0, "indirect attributions": 0})
            if q.kind == "indirect":
                row["indirect attributions"] += 1
            else:
                row["quotations"] += 1
                row["words in quote marks"] += len(re.findall(r"[\w'’-]+", q.text))
    table = pd.DataFrame(list(rows.values()), columns=["actor", "side", "mentions", "quotations",
                                                       "words in quote marks", "indirect attributions"])
    return table.sort_values(["words in quote marks", "mentions", "actor"], ascending=[False, False, True],
                             ignore_index=True)
