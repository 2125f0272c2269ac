"""Framing: who is heard and how, which verbs report each side, who coins the labels, the reporter's own voice,
Entman's four functions and Semetko & Valkenburg's generic frames, each tied to evidence spans in the article."""
import re
from dataclasses import dataclass
from functools import cache

import pandas as pd

from framelab.actors import Mention, find_mentions, side_name
from framelab.article import Article
from framelab.data import read_table, read_word_list
from framelab.errors import FramelabError
from framelab.quotes import Quote, find_quotes

_DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "this", "that", "any"}


@dataclass(frozen=True)
class VerbUse:
    actor: str
    side: str
    word: str  # as written
    lemma: str
    verb_class: str
    how: str  # "attribution" (reports their words or thoughts), "action" or "noun"
    paragraph: int
    start: int
    end: int


@cache
def verb_lexicon() -> dict[str, tuple[str, str, str]]:
    """form → (lemma, class, part) from data/lexicons/attribution_verbs.csv."""
    return {form: (r["lemma"], r["class"], r["part"]) for r in read_table("lexicons", "attribution_verbs.csv")
            for form in r["forms"].split() if r["lemma"] != "according to"}


def _is_cue(word: str, lemma: str) -> bool:
    """Whether a word is a form of a quote's cue lemma: from the verb lexicon, else a regular noun or verb form
    ("demands" for the noun cue "demand")."""
    known = verb_lexicon().get(word)
    return bool(lemma) and ((known is not None and known[0] == lemma) or word in (lemma, lemma + "s", lemma + "es"))


def verb_class(lemma: str) -> str:
    return next((c for known, c, _ in verb_lexicon().values() if known == lemma), "according to" if lemma else "")


_CONJUNCTIONS = {"and", "or", "but", "nor"}
_HOLDER_AFTER = re.compile(r"\s+(?:in|among|from)\s+(?:the\s+)?")


def word_part(article: Article, start: int, end: int, mentions: list[Mention]) -> str:
    """"noun" or "verb" for a reporting word that can be either ("demands", "concern", "pledge"), decided by the
    words before it (a small rule, in order):
    1. a past or -ing form ("said", "warned", "saying") is a verb;
    2. after a determiner, a possessive or a number it is a noun: "a 1995 pledge", "its demands";
    3. right after an actor's name it is a noun when that name is itself the object of a verb or preposition, i.e.
       a lower-case word other than "and"/"or"/"but" comes just before the name: "dismissed U.S. demands",
       "amid strong U.S. opposition"; it is a verb when the name opens its clause: "The United States claims";
    4. otherwise a verb ("Moscow has dismissed", "which believes").
    Input: the article, the word's span and the article's mentions. Source: the kit's own rule for wire English
    (issue 14); a part-of-speech tagger would decide more cases."""
    text, form = article.text, article.text[start:end]
    lemma = verb_lexicon().get(form, (form,))[0]
    if form not in (lemma, lemma + "s", lemma + "es"):
        return "verb"
    before = re.findall(r"[A-Za-z'’]+|\d+|[^\sA-Za-z'’\d]", text[max(0, start - 60):start])
    previous = before[-1].lower() if before else ""
    if previous in _DETERMINERS or previous.isdigit() or previous.endswith(("'s", "’s")):
        return "noun"
    name = next((m for m in mentions if m.role != "dateline" and re.fullmatch(r"(?:['’]s)?\s+", text[m.end:start])),
                None)
    if name is None:
        return "verb"
    ahead = re.findall(r"[A-Za-z'’]+|\d+|[^\sA-Za-z'’\d]", text[max(0, name.start - 40):name.start])
    while ahead and ahead[-1].lower() in _DETERMINERS:  # "The United States": look past "The"
        ahead.pop()
    word = ahead[-1] if ahead else ""
    return "noun" if word[:1].islower() and word.lower() not in _CONJUNCTIONS else "verb"


def _noun_holders(article: Article, start: int, end: int, mentions: list[Mention]) -> list[tuple[str, str]]:
    """Whose is a reporting noun: the actor named just before it ("U.S. opposition", "Khatami's concern") or
    just after "in", "among" or "from" ("concern in Washington")."""
    text = article.text
    before = [m for m in mentions if m.role != "dateline" and re.fullmatch(r"(?:['’]s)?\s+", text[m.end:start])]
    after = [m for m in mentions if m.role != "dateline" and m.start >= end and _HOLDER_AFTER.fullmatch(text[end:m.start])]
    found = before[-1:] or after[:1]
    return [(m.actor, side_name(m.side)) for m in found]


def verb_uses(article: Article, quotes: list[Quote], mentions: list[Mention]) -> list[VerbUse]:
    """Every verb or noun that reports an actor, each with `how` it reports them:
    - "attribution": a verb or phrase that introduces their words or thoughts (the cue of a quote: "said",
      "claims", "which believes", "according to");
    - "action": a verb for something the actor does ("Putin also defended", "the presidents ... pledged");
    - "noun": a noun naming their view or act ("U.S. opposition", "concern in Washington", "U.S. efforts",
      and a quote's cue when it is a noun in context: "dismissed U.S. demands that it cancel").
    Nouns never count as verbs: a quote's `cue_part` decides when the quote finder gives one, else `word_part`."""
    from framelab.stance import CLAUSE_BREAK, subject_actors

    text, lexicon, uses = article.text, verb_lexicon(), []
    words = list(re.finditer(r"[\w']+", text))
    direct = [(q.start, q.end) for q in quotes if q.kind in ("direct", "continuation", "partial")]

    def quoted(offset: int) -> bool:
        return any(s <= offset < e for s, e in direct)

    for q in quotes:
        if q.kind in ("reporter", "continuation") or q.actor is None:
            continue
        near = [w for w in words if q.start - 80 <= w.start() < q.end + 60 and _is_cue(w.group(), q.cue)
                and not q.start <= w.start() < q.end and not quoted(w.start())]
        cue = min(near, key=lambda w: min(abs(w.start() - q.start), abs(w.start() - q.end)), default=None)
        start, end = (cue.start(), cue.end()) if cue else (q.start, q.start)
        part = getattr(q, "cue_part", None) or (word_part(article, start, end, mentions) if cue else "phrase")
        how = "noun" if part == "noun" else "attribution"
        for actor, side in zip(q.actor.split(" and "), (q.side or "?").split(" and ") * 2):
            uses.append(VerbUse(actor, side_name(side), text[start:end] or q.cue, q.cue, verb_class(q.cue),
                                how, q.paragraph, start, end))
    taken = {u.start for u in uses}
    for w in words:
        lemma, cls, part = lexicon.get(w.group(), ("", "", ""))
        if part not in ("action", "noun") or w.start() in taken or quoted(w.start()):
            continue
        if part == "noun" or word_part(article, w.start(), w.end(), mentions) == "noun":
            holders = _noun_holders(article, w.start(), w.end(), mentions)  # "a 1995 pledge": nobody's, skipped
            how = "noun"
        else:
            sentence = next(s for s in article.sentences if s.start <= w.start() < s.end)
            clause = max([article.after_dateline(sentence.start)] +
                         [m.end() for m in CLAUSE_BREAK.finditer(text, sentence.start, w.start())])
            holders = [(side, side) for side in subject_actors(article, clause, w.start(), mentions)]
            how = "action"
        paragraph = next(p.number for p in article.paragraphs if p.start <= w.start() < p.end)
        for actor, side in holders:
            uses.append(VerbUse(actor, side, w.group(), lemma, cls, how, paragraph, w.start(), w.end()))
    return sorted(uses, key=lambda u: (u.start, u.side))


def verb_table(uses: list[VerbUse]) -> pd.DataFrame:
    """One row per verb or noun reporting an actor, with its class."""
    return pd.DataFrame([(u.side, u.actor, u.paragraph, u.word, u.lemma, u.verb_class, u.how) for u in uses],
                        columns=["side", "actor", "paragraph", "word", "lemma", "class", "how"])


def verb_classes_by_side(uses: list[VerbUse]) -> pd.DataFrame:
    """Counts of verb classes per side, for attribution verbs only (the verbs that report words and thoughts):
    actions and nouns are counted apart by `reporting_words_by_side`, so a noun never enters this table."""
    table = pd.crosstab(pd.Series([u.side for u in uses if u.how == "attribution"], name="side"),
                        pd.Series([u.verb_class for u in uses if u.how == "attribution"], name="class"))
    return table


def reporting_words_by_side(uses: list[VerbUse]) -> pd.DataFrame:
    """Per side: how many attribution verbs, action verbs and nouns report it (see `verb_uses`), and the words."""
    names = {"attribution": "attribution verbs", "action": "action verbs", "noun": "nouns"}
    rows = {}
    for u in uses:
        row = rows.setdefault(u.side, {"side": u.side, **{n: 0 for n in names.values()}, "nouns used": []})
        row[names[u.how]] += 1
        if u.how == "noun":
            row["nouns used"].append(u.word)
    table = pd.DataFrame(list(rows.values()), columns=["side", *names.values(), "nouns used"])
    table["nouns used"] = table["nouns used"].map(", ".join)
    return table.sort_values("side", ignore_index=True)


def voice_table(article: Article, quotes: list[Quote], mentions: list[Mention]) -> pd.DataFrame:
    """Per side: direct quotes, words in quote marks, indirect attributions, voiceless mentions, and whether
    the side speaks through a named person or only through institutions and place names."""
    rows = {}
    for m in mentions:
        if m.role == "dateline":
            continue
        row = rows.setdefault(side_name(m.side), {"side": side_name(m.side), "mentions": 0, "direct quotes": 0,
                                                   "words in quote marks": 0, "indirect attributions": 0,
                                                   "speaks as": set()})
        row["mentions"] += 1
    for q in quotes:
        if q.kind == "reporter" or q.side is None:
            continue
        for side in q.side.split(" and "):
            row = rows.get(side_name(side))
            if row is None:
                continue
            if q.kind == "indirect":
                row["indirect attributions"] += 1
            else:
                row["direct quotes"] += 1
                row["words in quote marks"] += len(re.findall(r"[\w'’-]+", q.text))
            speaker_kinds = {m.kind for m in mentions if m.alias in q.speaker and side_name(m.side) == side_name(side)}
            row["speaks as"] |= {"named person" if k == "person" else "institution or place name"
                                 for k in speaker_kinds} or {"unnamed"}
    table = pd.DataFrame(list(rows.values()), columns=["side", "mentions", "direct quotes", "words in quote marks",
                                                       "indirect attributions", "speaks as"])
    table["voiceless mentions"] = table["mentions"] - table["direct quotes"] - table["indirect attributions"]
    table["speaks as"] = table["speaks as"].map(lambda kinds: ", ".join(sorted(kinds)) or "never speaks")
    order = ["side", "mentions", "direct quotes", "words in quote marks", "indirect attributions",
             "voiceless mentions", "speaks as"]
    return table[order].sort_values("side", ignore_index=True)


def first_perspective(article: Article, uses: list[VerbUse]) -> pd.DataFrame:
    """Where each side's view first appears (a verb or noun reporting it), and whether that is in the lede."""
    rows = {}
    for u in sorted(uses, key=lambda u: u.start):
        rows.setdefault(u.side, (u.side, u.paragraph, u.paragraph == 1, article.text[u.start:u.end],
                                 " ".join(article.paragraph(u.paragraph).text.split())))
    return pd.DataFrame(rows.values(), columns=["side", "first paragraph", "in the lede", "reported by", "paragraph text"])


def label_owners(article: Article, quotes: list[Quote]) -> pd.DataFrame:
    """Who coins each loaded label: the speaker when it is inside their quotation marks, else the reporter."""
    rows = []
    for label in read_word_list("lexicons", "loaded_labels.txt"):
        for match in re.finditer(re.escape(label), article.text):
            inside = next((q for q in quotes if q.start <= match.start() and match.end() <= q.end
                           and q.kind != "reporter"), None)
            if inside and inside.kind in ("direct", "continuation", "partial"):
                owner = f"{inside.actor} (own words, in quotation marks)"
            elif inside:
                owner = f"the reporter, paraphrasing {inside.actor}"
            else:
                owner = "the reporter"
            paragraph = next(p.number for p in article.paragraphs if p.start <= match.start() < p.end)
            rows.append((label, paragraph, owner, match.start(), match.end()))
    return pd.DataFrame(rows, columns=["label", "paragraph", "whose words", "start", "end"])


def locate(article: Article, phrase: str) -> tuple[int, int]:
    """The span of an evidence phrase in the article; (-1, -1) when the text does not contain it."""
    at = article.text.find(phrase)
    return (at, at + len(phrase)) if at >= 0 else (-1, -1)


FRAMES = ("US security", "Russia–Iran sovereignty")


def entman_functions(article: Article, frame: str | None = None) -> pd.DataFrame:
    """Entman's four framing functions for each frame coded in data/framing/entman_frames.csv (the US security
    frame and the Russia–Iran sovereignty frame), or for one `frame`; each row with its evidence spans.
    Output columns: frame, function, question, answer, whose voice, evidence (phrases joined by " … "), spans."""
    rows = []
    for r in read_table("framing", "entman_frames.csv"):
        if frame is not None and r["frame"] != frame:
            continue
        spans = [locate(article, phrase) for phrase in r["evidence"].split("|")]
        rows.append((r["frame"], r["function"], r["question"], r["answer"], r["voice"],
                     r["evidence"].replace("|", " … "), spans))
    if not rows:
        raise FramelabError(f"There is no frame called {frame!r}. Choose one of: {', '.join(FRAMES)}.")
    return pd.DataFrame(rows, columns=["frame", "function", "question", "answer", "whose voice", "evidence", "spans"])


def narration_sentences(article: Article, quotes: list[Quote]) -> pd.DataFrame:
    """The sentences of the reporter's narration: the headline (sentence 0) and every sentence of which at least
    half the words lie outside quotation marks. Output columns: paragraph (0 = headline), sentence, start, end, text."""
    direct = [(q.start, q.end) for q in quotes if q.kind in ("direct", "continuation", "partial")]
    rows = []
    if article.headline:
        at = article.text.find(article.headline)
        rows.append((0, 0, at, at + len(article.headline), article.headline))
    for s in article.sentences:
        inside = sum(any(a <= w.start < b for a, b in direct) for w in s.words)
        if inside * 2 <= len(s.words):
            rows.append((s.paragraph, s.number, s.start, s.end, s.text))
    return pd.DataFrame(rows, columns=["paragraph", "sentence", "start", "end", "text"])


def narration_frames(article: Article) -> pd.DataFrame:
    """The hand coding of every narration sentence (data/framing/narration_frames.csv): which frame its evidence
    span supports ("US security", "Russia–Iran sovereignty" or "none"), the Entman function, whose voice carries it
    ("the reporter's own words" or "credited to a side") and why. Raises FramelabError when a span does not slice
    back to the article (the file was coded on another text)."""
    table = pd.DataFrame(read_table("framing", "narration_frames.csv"))
    for column in ("paragraph", "sentence", "start", "end"):
        table[column] = table[column].astype(int)
    for row in table.itertuples():
        if article.text[row.start:row.end] != row.text:
            raise FramelabError(f"The framing coding for paragraph {row.paragraph} does not match this article's "
                                "text: it was made for the AP seed report.")
    return table


def frame_voices(article: Article, quotes: list[Quote]) -> pd.DataFrame:
    """Per frame, three ways its evidence reaches the reader: direct quotes that carry it (the side's own words,
    from the Entman coding), narration sentences that credit it to a side, and narration sentences that state it
    in the reporter's own words. Being quoted and having your frame adopted are different things."""
    coded = narration_frames(article)
    direct = [q for q in quotes if q.kind in ("direct", "continuation", "partial")]
    rows = []
    for frame in FRAMES:
        spans = [span for spans in entman_functions(article, frame)["spans"] for span in spans]
        carried = {q.start for q in direct for start, end in spans if q.start <= start and end <= q.end}
        mine = coded[coded["frame"] == frame]
        rows.append((frame, len(carried), int((mine["voice"] == "credited to a side").sum()),
                     int((mine["voice"] == "the reporter's own words").sum())))
    return pd.DataFrame(rows, columns=["frame", "in a side's own quoted words", "narration crediting it to a side",
                                       "narration in the reporter's own words"]).set_index("frame")


def frame_spans(article: Article, quotes: list[Quote]) -> list[tuple[int, int, str, str]]:
    """(start, end, frame, label) for the highlighter: each coded narration span, and each Entman evidence
    phrase that lies inside a side's direct quote. Raises FramelabError on an article the codings do not fit."""
    spans = [(r.start, r.end, r.frame, f"{r.frame}: {r.function} ({r.voice})")
             for r in narration_frames(article).itertuples() if r.frame != "none"]
    direct = [q for q in quotes if q.kind in ("direct", "continuation", "partial")]
    for r in entman_functions(article).itertuples():
        for start, end in r.spans:
            speaker = next((q.actor for q in direct if q.start <= start and end <= q.end), None)
            if speaker:
                spans.append((start, end, r.frame, f"{r.frame}: {r.function} ({speaker}'s own words)"))
    return sorted(spans)


def generic_frames(article: Article) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Semetko & Valkenburg's 20 questions with answers (yes, no, or N/A where a question cannot apply, such as
    visual information in a text) and evidence spans; and per frame: yes answers, questions that apply, present if
    any 'yes'. A mention counts when the text carries it, even in passing or credited to a source."""
    rows = [(r["frame"], r["question"], r["answer"], r["evidence"], locate(article, r["evidence"]) if r["evidence"]
             else None) for r in read_table("framing", "semetko_valkenburg.csv")]
    answers = pd.DataFrame(rows, columns=["frame", "question", "answer", "evidence", "span"])
    summary = answers.groupby("frame", sort=False)["answer"].agg(
        yes=lambda a: int((a == "yes").sum()), questions=lambda a: int((a != "N/A").sum())).reset_index()
    summary["present"] = summary["yes"] > 0
    return answers, summary


def _mean_sentiment(quotes: list[Quote], side: str) -> float | None:
    from framelab.sentiment import explain_sentiment

    scores = [explain_sentiment(q.text).compound for q in quotes
              if q.kind != "reporter" and side in {side_name(s) for s in (q.side or "").split(" and ")}]
    return round(sum(scores) / len(scores), 3) if scores else None


def framing_summary(article: Article) -> pd.DataFrame:
    """The measures the rewrite lab compares: per side, voice, verb classes and first appearance."""
    mentions = find_mentions(article)
    quotes = find_quotes(article, mentions)
    uses = verb_uses(article, quotes, mentions)
    voice = voice_table(article, quotes, mentions).set_index("side")
    classes = verb_classes_by_side(uses)
    first = first_perspective(article, uses).set_index("side")
    summary = voice[["direct quotes", "words in quote marks", "indirect attributions"]].copy()
    summary["mean sentiment of its attributions"] = [_mean_sentiment(quotes, side) for side in summary.index]
    summary["attribution verbs"] = [", ".join(f"{c} {n}" for c, n in classes.loc[s].items() if n)
                                    if s in classes.index else "" for s in summary.index]
    summary["first paragraph"] = pd.array([first.loc[s, "first paragraph"] if s in first.index else None
                                           for s in summary.index], dtype="Int64")
    return summary


def rewrite_paragraph(article: Article, number: int, new_text: str) -> Article:
    """The article with paragraph `number` replaced by `new_text` (checked like any article text)."""
    from framelab.article import validate_text

    if not new_text.strip():
        raise FramelabError("The paragraph is empty. Write at least one sentence, or undo your change.")
    validate_text(new_text)
    article.paragraph(number)  # a clear error for a paragraph that does not exist
    paragraphs = [" ".join(new_text.split()) if p.number == number else p.text for p in article.paragraphs]
    head = [article.headline] if article.headline else []
    return Article.from_text("\n\n".join(head + paragraphs), source=f"{article.source} (rewritten ¶{number})")


def compare_framing(before: Article, after: Article) -> pd.DataFrame:
    """The framing measures side by side, per side: before → after, and whether they changed."""
    old, new = framing_summary(before), framing_summary(after)
    sides = list(dict.fromkeys(list(old.index) + list(new.index)))
    rows = []
    for side in sides:
        for measure in old.columns:
            a = old.loc[side, measure] if side in old.index else ""
            b = new.loc[side, measure] if side in new.index else ""
            a, b = ("" if pd.isna(a) else a), ("" if pd.isna(b) else b)
            rows.append((side, measure, a, b, str(a) != str(b)))
    return pd.DataFrame(rows, columns=["side", "measure", "before", "after", "changed"])
