"""Who says what: direct, continuation, partial and indirect quotes with speaker, actor and cue verb.

Rules, in the order they run (each is a small function below):
1. Quote marks are paired within a paragraph (straight, curly, guillemets). A mark that never closes runs to
   the paragraph's end (the AP convention for a quote that goes on in the next paragraph); nothing raises.
2. A direct quote's attribution is looked for right after the closing mark ('," Putin said.', '," said Putin.')
   or right before the opening mark ('Putin told reporters: "').
3. A paragraph that opens with a quote and names nobody continues the previous speaker.
4. A quote inside a sentence that does not start it is partial; its speaker is the subject of the sentence's cue verb.
5. Indirect speech: SUBJECT CUE (that) CLAUSE outside quote marks, "according to X", relative clauses
   ("Washington, which believes ..."), participles (", saying ...") and noun cues ("U.S. demands that ...").
6. Speakers resolve to actors through the alias table; he/she → the nearest earlier person, it/they and bare
   groups ("officials") → the nearest earlier country or institution.
7. A sentence with no source that contains a judgement cue ("clearly reflected an effort") is the reporter's voice.
"""
import re
from dataclasses import asdict, dataclass
from functools import cache

import pandas as pd

from framelab.actors import Mention, find_mentions
from framelab.article import Article, Sentence
from framelab.data import read_table, read_word_list

PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"it", "they", "we"}
HUMAN_NOUNS = {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister", "ambassador",
               "diplomat", "diplomats", "analyst", "analysts", "president", "leader", "leaders", "government",
               "ministry", "aide", "aides", "source", "sources", "expert", "experts", "envoy", "presidents"}
_FILLER = r"(?:(?:also|recently|later|earlier|again|repeatedly|has|have|had|will|would|did|does|do|then|once)\s+)*"
_AUX_TAIL = re.compile(r"(?:\s+(?:also|recently|later|earlier|again|repeatedly|has|have|had|will|would|did|does|do|then))+$")
_CLAUSE_END = re.compile(r",\s+but\s|;\s|\.\s*$|\.\"?\s*$")
JSON_KEYS = ("speaker", "actor", "cue", "kind", "text", "paragraph", "start", "end")


@dataclass(frozen=True)
class Quote:
    speaker: str  # as written: "Putin", "he", "Iran's ambassador to Moscow"
    actor: str | None  # resolved: "Putin", "United States", "Russia and Iran"; None when unknown
    side: str | None
    cue: str  # lemma: "say", "claim", "according to"; "" when none
    kind: str  # direct, continuation, partial, indirect, reporter
    text: str  # the quoted or reported words
    paragraph: int
    start: int  # span of `text` in article.text
    end: int

    def as_json(self) -> dict:
        return {key: asdict(self)[key] for key in JSON_KEYS}


@cache
def cue_forms() -> dict[str, str]:
    """Inflected form → lemma, for every speech or thought verb in data/lexicons/attribution_verbs.csv
    (rows with part "verb"; "action" verbs such as pledge and nouns such as opposition only serve framing)."""
    return {form: row["lemma"] for row in read_table("lexicons", "attribution_verbs.csv")
            if row["lemma"] != "according to" and row["part"] == "verb"
            for form in row["forms"].split()}


@cache
def _cue_pattern() -> re.Pattern:
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, cue_forms()), key=len, reverse=True)) + r")\b")


@cache
def judgement_cues() -> tuple[str, ...]:
    return read_word_list("lexicons", "judgement_cues.txt")


def quote_mark_spans(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(content start, content end, closed) for each quotation in text[start:end]; unclosed runs to the end."""
    spans, i = [], start
    while i < end:
        mark = text[i]
        opening = mark in PAIRS and (mark != '"' or i == start or text[i - 1] in " \t\n([—–-")
        if opening:
            close = text.find(PAIRS[mark], i + 1, end)
            if close == -1:
                spans.append((i + 1, end, False))
                break
            spans.append((i + 1, close, True))
            i = close + 1
        else:
            i += 1
    return spans


def _is_quotation(content: str) -> bool:
    """Not a name in quote marks: at least two words, not all in Title Case."""
    words = re.findall(r"[\w'’-]+", content)
    return len(words) >= 2 and not all(w[0].isupper() for w in words if len(w) > 3)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding spaces and trailing commas or full stops."""
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n,.":
        end -= 1
    return start, end


def _sentence_at(article: Article, offset: int) -> Sentence:
    return next(s for s in article.sentences if s.start <= offset < s.end or offset == s.end)


def _np_speaker(phrase: str) -> str:
    """The speaker words of a phrase: drop a leading 'However,' and trailing auxiliaries and adverbs."""
    phrase = re.sub(r"^(?:however|but|and|meanwhile)\b,?\s*", "", phrase.strip(), flags=re.IGNORECASE)
    return _AUX_TAIL.sub("", phrase).strip(' ,"“”«»„')


@dataclass(frozen=True)
class _Attribution:
    speaker: str
    cue: str
    speaker_at: int
    cue_at: int


def direct_attribution(article: Article, open_at: int, close_at: int | None) -> _Attribution | None:
    """The speaker and cue next to a quote: after its closing mark, or before its opening mark."""
    forms = "|".join(sorted(map(re.escape, cue_forms()), key=len, reverse=True))
    if close_at is not None:
        after = article.text[close_at + 1:_sentence_at(article, close_at).end]
        base = close_at + 1
        for pattern in (rf"\s*,?\s*(?P<speaker>[^,.;:!?\"“”«»]{{1,60}}?)\s+{_FILLER}(?P<cue>{forms})\b",
                        rf"\s*,?\s*(?P<cue>{forms})\s+(?P<speaker>[^,.;:!?\"“”«»]{{1,60}})"):
            match = re.match(pattern, after)
            if match and len(match["speaker"].split()) <= 8:
                return _Attribution(_np_speaker(match["speaker"]), cue_forms()[match["cue"]],
                                    base + match.start("speaker"), base + match.start("cue"))
    sentence = _sentence_at(article, open_at)
    start = article.after_dateline(sentence.start)
    before = article.text[start:open_at]
    match = re.search(rf"(?:^|,\s*)(?P<speaker>[^,.;:!?\"“”«»]{{1,60}}?)\s+{_FILLER}(?P<cue>{forms})\b[^\"“”«»]{{0,30}}?[:,]?\s*$",
                      before)
    if match:
        return _Attribution(_np_speaker(match["speaker"]), cue_forms()[match["cue"]],
                            start + match.start("speaker"), start + match.start("cue"))
    match = re.search(r"[Aa]ccording to (?P<speaker>[^,\"“”]{1,60}),\s*$", before)
    if match:
        return _Attribution(_np_speaker(match["speaker"]), "according to", start + match.start("speaker"), -1)
    return None


def resolve_speaker(speaker: str, at: int, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """(actor, side) for a speaker phrase starting at offset `at`."""
    words = speaker.lower().split()
    inside = [m for m in mentions if at <= m.start and m.end <= at + len(speaker) and m.role != "place"]
    if words and not inside and (words[-1] in PERSON_PRONOUNS | GROUP_PRONOUNS | HUMAN_NOUNS):
        earlier = [m for m in mentions if m.end <= at and m.role == "actor"]
        if words[-1] in PERSON_PRONOUNS:
            gender = "f" if words[-1] in {"she", "her"} else "m"
            candidates = [m for m in earlier if m.kind == "person" and m.gender in ("", gender)]
        else:
            candidates = [m for m in earlier if m.kind != "person"]
        return (candidates[-1].actor, candidates[-1].side) if candidates else (None, None)
    actors = list(dict.fromkeys((m.actor, m.side) for m in inside))
    if not actors:
        return None, None
    if len(actors) == 1:
        return actors[0]
    sides = list(dict.fromkeys(side for _, side in actors))
    return " and ".join(actor for actor, _ in actors), sides[0] if len(sides) == 1 else " and ".join(sides)


@dataclass
class _Span:
    paragraph: int
    open_at: int  # the opening mark
    close_at: int | None  # the closing mark; None when it never closes
    start: int  # the words inside
    end: int
    opens_paragraph: bool
    opens_sentence: bool
    lead_in: bool  # 'Putin said: "' or 'Putin said, "'
    found: _Attribution | None = None


def _quotation_spans(article: Article) -> list[_Span]:
    spans = []
    for paragraph in article.paragraphs:
        own_start = article.after_dateline(paragraph.start)
        for start, end, closed in quote_mark_spans(article.text, paragraph.start, paragraph.end):
            content_start, content_end = _trim(article.text, start, end)
            if not _is_quotation(article.text[content_start:content_end]):
                continue
            sentence = _sentence_at(article, start - 1)
            before = article.text[article.after_dateline(sentence.start):start - 1].strip()
            spans.append(_Span(paragraph.number, start - 1, end if closed else None, content_start, content_end,
                               not article.text[own_start:start - 1].strip(), not before,
                               before.endswith((":", ","))))
    return spans


def direct_quotes(article: Article, mentions: list[Mention]) -> tuple[list[Quote], list[int]]:
    """Quotations in quote marks, and the offsets of the cue verbs that attribute them."""
    spans = _quotation_spans(article)
    for span in spans:
        span.found = direct_attribution(article, span.open_at, span.close_at)
    for span, after in reversed(list(zip(spans, spans[1:]))):
        # '"First paragraph … ⏎⏎ "… last part," Putin said.': the attribution at the end covers the whole quote
        if span.found is None and span.close_at is None and after.found and after.opens_paragraph \
                and after.paragraph == span.paragraph + 1:
            span.found = after.found
    quotes: list[Quote] = []
    for span in spans:
        text = article.text[span.start:span.end]
        previous = quotes[-1] if quotes else None
        if span.found:
            actor, side = resolve_speaker(span.found.speaker, span.found.speaker_at, mentions)
            kind = "direct" if span.opens_sentence or span.lead_in else "partial"
            quotes.append(Quote(span.found.speaker, actor, side, span.found.cue, kind, text, span.paragraph,
                                span.start, span.end))
        elif previous and previous.kind != "partial" and span.opens_sentence and (
                previous.paragraph == span.paragraph
                or (previous.paragraph == span.paragraph - 1 and span.opens_paragraph)):
            quotes.append(Quote(previous.speaker, previous.actor, previous.side, previous.cue, "continuation", text,
                                span.paragraph, span.start, span.end))
        elif not span.opens_sentence:
            partial = _partial(article, _sentence_at(article, span.open_at), text, span.start, span.end,
                               span.paragraph, mentions)
            if partial:
                quotes.append(partial)
    return quotes, [s.found.cue_at for s in spans if s.found]


def _partial(article, sentence, content, start, end, paragraph, mentions) -> Quote | None:
    sentence_start = article.after_dateline(sentence.start)
    outside = article.text[sentence_start:start - 1]
    match = None
    for match in _cue_pattern().finditer(outside):
        pass
    if not match:
        return None
    speaker = _np_speaker(re.split(r"[,;]\s*", outside[:match.start()])[-1])
    actor, side = resolve_speaker(speaker, sentence_start + outside.rfind(speaker), mentions)
    return Quote(speaker, actor, side, cue_forms()[match.group()], "partial", content, paragraph, start, end)


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s - 1 <= offset < e + 1 for s, e in spans)


def indirect_quotes(article: Article, mentions: list[Mention], quoted: list[tuple[int, int]],
                    used_cues: list[int]) -> list[Quote]:
    """Reported speech and thought outside quote marks, one per cue verb."""
    quotes = []
    for sentence in article.sentences:
        text = article.text
        for match in _cue_pattern().finditer(text, article.after_dateline(sentence.start), sentence.end):
            if _inside(match.start(), quoted) or match.start() in used_cues:
                continue  # inside a quote, or the cue of a direct quote
            found = _indirect_one(article, sentence, match, mentions)
            if found:
                quotes.append(found)
        for match in re.finditer(r"\b[Aa]ccording to (?P<speaker>[^,.]{2,60}?),\s*", text[sentence.start:sentence.end]):
            at = sentence.start + match.start("speaker")
            actor, side = resolve_speaker(match["speaker"], at, mentions)
            start, end = _trim(text, sentence.start + match.end(), sentence.end)
            if not _inside(start, quoted):
                quotes.append(Quote(match["speaker"], actor, side, "according to", "indirect", text[start:end],
                                    sentence.paragraph, start, end))
    return quotes


def _indirect_one(article: Article, sentence: Sentence, match: re.Match, mentions: list[Mention]) -> Quote | None:
    text, cue = article.text, cue_forms()[match.group()]
    sentence_start = article.after_dateline(sentence.start)
    head = text[sentence_start:match.start()]
    # noun cue: "U.S. demands that it cancel ..."
    noun = re.search(r"(?P<speaker>(?:[A-Z][\w.]*\s?)+?)(?:'s|’s)?\s+$", head)
    tail = text[match.end():sentence.end]
    speaker_is_noun_cue = bool(match.group().endswith("s") and noun and tail.startswith(" that ")
                               and cue in {"demand", "claim", "warn"})
    if speaker_is_noun_cue:
        speaker, at = noun["speaker"].strip(), sentence_start + noun.start("speaker")
    elif re.search(r",\s*$", head) and match.group().endswith("ing"):  # ", saying ..." → the sentence's subject
        subject = next((m for m in mentions if sentence_start <= m.start < match.start() and m.role == "actor"), None)
        if subject is None:
            return None
        speaker, at = subject.alias, subject.start
    else:
        clause = re.split(r",\s+(?:but\s+)?|;\s+|\bbut\s+", head)[-1]
        speaker = _np_speaker(clause)
        if speaker.lower() in {"which", "who", "that"}:  # relative clause: the noun before the comma
            antecedent = [m for m in mentions if sentence_start <= m.end <= match.start() - len(clause)
                          and m.role != "dateline"]
            if not antecedent:
                return None
            speaker, at = antecedent[-1].alias, antecedent[-1].start
        else:
            at = match.start() - len(head) + head.rfind(speaker) if speaker else match.start()
    if not speaker or len(speaker.split()) > 8 or set(speaker) & set(PAIRS) | set(speaker) & set(PAIRS.values()):
        return None
    actor, side = resolve_speaker(speaker, at, mentions)
    words = speaker.lower().split()
    if actor is None and not (set(words) & (HUMAN_NOUNS | PERSON_PRONOUNS | GROUP_PRONOUNS)):
        return None  # "The agreement promises ..." is not a speaker
    if actor is None and words[-1] in HUMAN_NOUNS:
        nearby = [m for m in mentions if m.end <= at and m.role == "actor" and m.kind != "person"]
        actor, side = (nearby[-1].actor, nearby[-1].side) if nearby else (None, None)
    if re.match(r"\s*\.?\s*$", tail) and "," in head:
        # 'The talks were useful, he said.': the paraphrase comes first
        start, end = _trim(text, sentence_start, sentence_start + head.rfind(","))
        if len(text[start:end].split()) >= 3 and not _quote_mark_in(text[start:end]):
            return Quote(speaker, actor, side, cue, "indirect", text[start:end], sentence.paragraph, start, end)
        return None
    complement = re.match(r"\s+(?:[\w.'’$-]+\s+){0,5}?that\s+|\s+(?!to\b|of\b|about\b|for\b|against\b|by\b)", tail)
    if not complement or _quote_mark_in(tail[:complement.end() + 2]):
        return None
    start = match.end() + complement.end()
    clause_end = _CLAUSE_END.search(text, start, sentence.end)
    end = clause_end.start() if clause_end else sentence.end
    if speaker_is_noun_cue:  # "U.S. demands that Russia stop sales were rejected": the main verb ends the clause
        main_verb = re.search(r"\s(?:were|was|have been|has been|remain|remained)\s", text[start:end])
        end = start + main_verb.start() if main_verb else end
    start, end = _trim(text, start, end)
    if len(text[start:end].split()) < 3:
        return None
    return Quote(speaker, actor, side, cue, "indirect", text[start:end], sentence.paragraph, start, end)


def _quote_mark_in(text: str) -> bool:
    return any(mark in text for mark in "\"“”«»„")


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
                               sentence.paragraph, start, end))
    return found


def find_quotes(article: Article, mentions: list[Mention] | None = None) -> list[Quote]:
    """Every attribution in the article, in text order."""
    mentions = find_mentions(article) if mentions is None else mentions
    direct, used_cues = direct_quotes(article, mentions)
    quoted = [(q.start, q.end) for q in direct]
    indirect = indirect_quotes(article, mentions, quoted, used_cues)
    reporter = reporter_voice(article, quoted + [(q.start, q.end) for q in indirect])
    return sorted(direct + indirect + reporter, key=lambda q: q.start)


def quote_table(quotes: list[Quote]) -> pd.DataFrame:
    """The quotes as a table a student can read: paragraph, kind, speaker, actor, cue, text."""
    return pd.DataFrame([(q.paragraph, q.kind, q.speaker, q.actor or "?", q.cue, q.text) for q in quotes],
                        columns=["paragraph", "kind", "speaker", "actor", "cue", "text"])


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
        if q.kind == "reporter" or q.actor is None:
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
