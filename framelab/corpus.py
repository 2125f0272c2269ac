"""Corpus reports: per article and actor, who speaks, with which verbs, and how warm their quoted words are.

This is what `python -m framelab analyze FILE_OR_FOLDER` prints (the command only calls these functions) and what
notebook 06's report cell shows. Everything is pure: Articles and actor tables in, dataclasses and strings out.
Sentiment is VADER (framelab.sentiment, equal to vaderSentiment 3.3.2); each actor's mean comes with the number of
lexicon words it rests on and a low-confidence flag, because a mean over one or two rated words says little.
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

from framelab.actors import actor_mentions, propose_actor_rows
from framelab.article import Article, read_article_file
from framelab.data import read_table
from framelab.errors import FramelabError

LOW_CONFIDENCE_HITS = 3  # the kit's rule of thumb (notebook 03): a score on fewer rated words rests on almost nothing


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
    quotations: int  # words in quote marks with a speaker: direct, continuation and partial quotations
    words_in_quote_marks: int
    indirect_attributions: int
    verb_classes: dict[str, int]  # class of the verb of each attribution (continuations repeat one, so not counted)
    mean_sentiment: float | None  # mean VADER compound of the actor's quotes (direct and indirect); None: no quotes
    quotes_scored: int
    lexicon_hits: int = 0  # words of those quotes that VADER's lexicon rates: what the mean rests on
    low_confidence: bool = True  # fewer than LOW_CONFIDENCE_HITS rated words: do not read the mean as an attitude


@dataclass(frozen=True)
class ArticleReport:
    file: str
    headline: str | None
    dateline: str | None
    paragraphs: int
    sentences: int
    words: int
    attributions: int  # quotes and reported speech with a source (not the reporter's own voice)
    unresolved: int  # quotations framelab found no speaker for (listed as "unattributed")
    outside_table: int  # attributions whose speaker is not in the actor table (filed under its own name, side "other")
    reporter_judgements: int
    actors: tuple[ActorReport, ...]

    def as_json(self) -> dict:
        return asdict(self)


def analyze_article(article: Article, rows: Iterable[dict] | None = None) -> ArticleReport:
    """Per actor: mentions, quotations, indirect attributions, verb classes and mean sentiment of their quotes.

    `rows` is the actor table (alias, actor, side, kind, gender); by default framelab's proposal for this text."""
    from framelab.quotes import find_quotes
    from framelab.sentiment import explain_sentiment

    rows = propose_actor_rows(article) if rows is None else list(rows)
    listed = {r["actor"] for r in rows}
    mentions = actor_mentions(article, rows)
    quotes = find_quotes(article, mentions)
    # The same counts as framelab.quotes.speech_by_actor (tests check it), without pandas: this runs per file.
    table: dict[str, dict] = {}

    def row(actor: str, side: str | None) -> dict:
        return table.setdefault(actor, {"side": side or "?", "mentions": 0, "quotations": 0, "words": 0,
                                        "indirect": 0, "classes": Counter(), "scores": [], "hits": 0})

    for m in mentions:
        if m.role != "dateline":
            row(m.actor, m.side)["mentions"] += 1
    for q in quotes:
        if q.kind in {"reporter", "unattributed"} or q.actor is None:
            continue
        score = explain_sentiment(q.text)
        for actor in q.actor.split(" and "):
            r = row(actor, q.side)
            r["scores"].append(score.compound)
            r["hits"] += score.hits
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
                          len(table[a]["scores"]), table[a]["hits"], table[a]["hits"] < LOW_CONFIDENCE_HITS)
              for a in order]
    return ArticleReport(
        file=article.source, headline=article.headline, dateline=article.dateline,
        paragraphs=len(article.paragraphs), sentences=len(article.sentences), words=len(article.words),
        attributions=sum(q.kind not in {"reporter", "unattributed"} for q in quotes),
        unresolved=sum(q.kind == "unattributed" for q in quotes),
        outside_table=sum(q.kind not in {"reporter", "unattributed"} and q.actor is not None
                          and not set(q.actor.split(" and ")) <= listed for q in quotes),
        reporter_judgements=sum(q.kind == "reporter" for q in quotes), actors=tuple(actors))


def actor_report_table(report: ArticleReport) -> pd.DataFrame:
    """One row per actor of one report, as a student reads it."""
    return pd.DataFrame([(a.actor, a.side, a.mentions, a.quotations, a.indirect_attributions,
                          _classes_text(a.verb_classes), a.mean_sentiment, a.quotes_scored, a.lexicon_hits,
                          "low" if a.low_confidence else "") for a in report.actors],
                        columns=["actor", "side", "mentions", "quotations", "indirect attributions",
                                 "verb classes", "mean sentiment of quotes", "quotes scored", "lexicon hits",
                                 "confidence"])


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


CSV_COLUMNS = ("file", "actor", "side", "mentions", "quotations", "words_in_quote_marks", "indirect_attributions",
               "mean_sentiment", "quotes_scored", "lexicon_hits", "low_confidence")


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
            writer.writerow([r.file, a.actor, a.side, a.mentions, a.quotations, a.words_in_quote_marks,
                             a.indirect_attributions, "" if a.mean_sentiment is None else f"{a.mean_sentiment:.4f}",
                             a.quotes_scored, a.lexicon_hits, int(a.low_confidence)]
                            + [a.verb_classes.get(c, 0) for c in verb_classes()])
    return out.getvalue()


def reports_text(reports: list[ArticleReport]) -> str:
    """A readable table per article."""
    blocks = []
    for r in reports:
        head = f"{r.file}: {r.headline or '(no headline)'}" + (f" · {r.dateline}" if r.dateline else "")
        facts = (f"{r.paragraphs} paragraphs, {r.sentences} sentences, {r.words} words; {r.attributions} attributions "
                 f"({r.outside_table} by speakers outside the actor table, {r.unresolved} with no speaker found), "
                 f"{r.reporter_judgements} reporter's judgement"
                 f"{'' if r.reporter_judgements == 1 else 's'}")
        lines = [head, facts]
        if r.actors:
            width = max(12, *(len(a.actor) for a in r.actors)) + 2
            side = max(6, *(len(a.side) for a in r.actors)) + 2
            lines.append(f"{'actor':<{width}}{'side':<{side}}{'mentions':>9}{'quoted':>8}{'indirect':>10}"
                         f"{'sentiment':>11}{'hits':>6}  verbs")
            for a in r.actors:
                sentiment = "–" if a.mean_sentiment is None else f"{a.mean_sentiment:+.4f}" + ("*" if a.low_confidence else " ")
                lines.append(f"{a.actor:<{width}}{a.side:<{side}}{a.mentions:>9}{a.quotations:>8}"
                             f"{a.indirect_attributions:>10}{sentiment:>12}{a.lexicon_hits:>5}  "
                             f"{_classes_text(a.verb_classes) or '–'}")
            if any(a.low_confidence and a.mean_sentiment is not None for a in r.actors):
                lines.append(f"* fewer than {LOW_CONFIDENCE_HITS} words VADER rates: the mean says little")
        else:
            lines.append("No actors found: no known names and no speakers framelab could name.")
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
