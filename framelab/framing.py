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


def verb_class(lemma: str) -> str:
    return next((c for known, c, _ in verb_lexicon().values() if known == lemma), "according to" if lemma else "")


def verb_uses(article: Article, quotes: list[Quote], mentions: list[Mention]) -> list[VerbUse]:
    """Every verb or noun that reports an actor: the cue of each attribution, the actions of a clause's subject
    ("Putin also defended", "The presidents of Russia and Iran pledged"), and nouns right after an actor
    ("U.S. opposition", "U.S. efforts")."""
    from framelab.stance import CLAUSE_BREAK, subject_actors

    text, lexicon, uses = article.text, verb_lexicon(), []
    words = list(re.finditer(r"[\w']+", text))
    direct = [(q.start, q.end) for q in quotes if q.kind in ("direct", "continuation", "partial")]

    def quoted(offset: int) -> bool:
        return any(s <= offset < e for s, e in direct)

    for q in quotes:
        if q.kind in ("reporter", "continuation") or q.actor is None:
            continue
        near = [w for w in words if q.start - 80 <= w.start() < q.end + 60 and lexicon.get(w.group(), ("",))[0] == q.cue
                and not q.start <= w.start() < q.end and not quoted(w.start())]
        cue = min(near, key=lambda w: min(abs(w.start() - q.start), abs(w.start() - q.end)), default=None)
        start, end = (cue.start(), cue.end()) if cue else (q.start, q.start)
        for actor, side in zip(q.actor.split(" and "), (q.side or "?").split(" and ") * 2):
            uses.append(VerbUse(actor, side_name(side), text[start:end] or q.cue, q.cue, verb_class(q.cue),
                                "attribution", q.paragraph, start, end))
    taken = {u.start for u in uses}
    for index, w in enumerate(words):
        lemma, cls, part = lexicon.get(w.group(), ("", "", ""))
        if part not in ("action", "noun") or w.start() in taken or quoted(w.start()):
            continue
        previous = words[index - 1].group().lower() if index else ""
        if part == "action" and (previous in _DETERMINERS or previous.isdigit()):
            continue  # "a 1995 pledge": a noun here, not something an actor does
        if part == "noun":
            before = [m for m in mentions if m.role == "actor" and re.fullmatch(r"(?:['’]s)?\s+", text[m.end:w.start()])]
            holders = [(before[-1].actor, side_name(before[-1].side))] if before else []
        else:
            sentence = next(s for s in article.sentences if s.start <= w.start() < s.end)
            clause = max([article.after_dateline(sentence.start)] +
                         [m.end() for m in CLAUSE_BREAK.finditer(text, sentence.start, w.start())])
            holders = [(side, side) for side in subject_actors(article, clause, w.start(), mentions)]
        paragraph = next(p.number for p in article.paragraphs if p.start <= w.start() < p.end)
        for actor, side in holders:
            uses.append(VerbUse(actor, side, w.group(), lemma, cls, part, paragraph, w.start(), w.end()))
    return sorted(uses, key=lambda u: (u.start, u.side))


def verb_table(uses: list[VerbUse]) -> pd.DataFrame:
    """One row per verb or noun reporting an actor, with its class."""
    return pd.DataFrame([(u.side, u.actor, u.paragraph, u.word, u.lemma, u.verb_class, u.how) for u in uses],
                        columns=["side", "actor", "paragraph", "word", "lemma", "class", "how"])


def verb_classes_by_side(uses: list[VerbUse]) -> pd.DataFrame:
    """Counts of verb classes per side (attributions only: the verbs that report words and thoughts)."""
    table = pd.crosstab(pd.Series([u.side for u in uses if u.how == "attribution"], name="side"),
                        pd.Series([u.verb_class for u in uses if u.how == "attribution"], name="class"))
    return table


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


def entman_functions(article: Article) -> pd.DataFrame:
    """Entman's four framing functions for the US-opposition frame, each with its evidence spans."""
    rows = []
    for r in read_table("framing", "entman_us_opposition.csv"):
        spans = [locate(article, phrase) for phrase in r["evidence"].split("|")]
        rows.append((r["function"], r["question"], r["answer"], r["voice"], r["evidence"].replace("|", " … "), spans))
    return pd.DataFrame(rows, columns=["function", "question", "answer", "whose voice", "evidence", "spans"])


def generic_frames(article: Article) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Semetko & Valkenburg's 20 questions with answers and evidence spans, and per frame: present if any 'yes'."""
    rows = [(r["frame"], r["question"], r["answer"], r["evidence"], locate(article, r["evidence"]) if r["evidence"]
             else None) for r in read_table("framing", "semetko_valkenburg.csv")]
    answers = pd.DataFrame(rows, columns=["frame", "question", "answer", "evidence", "span"])
    summary = answers.groupby("frame", sort=False)["answer"].agg(
        yes=lambda a: int((a == "yes").sum()), questions="size").reset_index()
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
