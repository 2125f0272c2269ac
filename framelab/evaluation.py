"""Scoring an extractor against the hand-made gold standard in data/annotations/.

A predicted quote matches a gold one when their spans overlap by at least `threshold` of the gold span's length
(1.0 = exact span). Matching is one-to-one, best overlap first. Speaker, actor and cue accuracy are measured over
the matched pairs."""
import csv
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from framelab.article import load_article, seed_article_path
from framelab.data import read_table
from framelab.errors import FramelabError
from framelab.quotes import Quote


def load_gold_quotes() -> list[Quote]:
    """The seed's gold attributions (data/annotations/quotes_gold.csv)."""
    return [_seed_gold_quote(r) for r in read_table("annotations", "quotes_gold.csv")]


def _seed_gold_quote(r: dict[str, str]) -> Quote:
    return Quote(r["speaker"], r["actor"] or None, None, r["cue"], r["kind"], r["text"], int(r["paragraph"]),
                 int(r["start"]), int(r["end"]))


def overlap_share(predicted: Quote, gold: Quote) -> float:
    shared = min(predicted.end, gold.end) - max(predicted.start, gold.start)
    return max(0, shared) / (gold.end - gold.start)


def match_quotes(predicted: list[Quote], gold: list[Quote], threshold: float) -> list[tuple[Quote, Quote]]:
    """One-to-one (predicted, gold) pairs; exact matching (threshold 1.0) also needs the same span."""
    candidates = sorted(((overlap_share(p, g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)),
                        reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for share, i, j in candidates:
        exact_ok = threshold < 1.0 or (predicted[i].start, predicted[i].end) == (gold[j].start, gold[j].end)
        if share >= threshold and exact_ok and i not in used_p and j not in used_g:
            used_p.add(i), used_g.add(j), pairs.append((predicted[i], gold[j]))
    return pairs


@dataclass(frozen=True)
class Scores:
    threshold: float
    predicted: int
    gold: int
    matched: int
    speaker_correct: int
    actor_correct: int
    cue_correct: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, correct: int) -> float:
        return correct / self.matched if self.matched else 0.0


def _same(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").lower().split()) == " ".join((b or "").lower().split())


def score_quotes(predicted: list[Quote], gold: list[Quote], threshold: float) -> Scores:
    pairs = match_quotes(predicted, gold, threshold)
    return Scores(threshold, len(predicted), len(gold), len(pairs),
                  sum(_same(p.speaker, g.speaker) for p, g in pairs),
                  sum(_same(p.actor, g.actor) for p, g in pairs),
                  sum(p.cue == g.cue for p, g in pairs))


_NOT_NAME = re.compile(r"^(?:the|a|an|one|two|some|several)\s+|[^\w\s]|\b(?:mr|mrs|ms|dr|gen|sen|rev|capt|prof)\b", re.IGNORECASE)


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Lenient speaker match for a development set: one name contains the other, or they share the head word
    ("she" resolved to "Ilse Brandt" = "Ilse Brandt"; "A spokesman" = "Marrowdale Health Board spokesman")."""
    a, b = (" ".join(_NOT_NAME.sub(" ", x or "").lower().split()) for x in (predicted, gold))
    if not a or not b:
        return False
    if f" {a} " in f" {b} " or f" {b} " in f" {a} " or a.split()[-1] == b.split()[-1]:
        return True
    content = lambda x: set(x.split()) - {"for", "of", "at", "the", "s"}  # noqa: E731
    return content(a) <= content(b) or content(b) <= content(a)  # "spokesman for BCP Council" = "BCP Council spokesman"


def load_gold_file(path: str | Path) -> dict[Path, list[Quote]]:
    """Gold attributions from a CSV, as {article file: quotes}.

    Two layouts: the seed's (paragraph, kind, speaker, actor, cue, start, end, text; one article: the seed), and a
    development set's (file, kind, speaker, cue, text; `file` is a .txt next to the CSV and `text` occurs in it once,
    so its offsets are found by search). Raises FramelabError for a missing file, column or span."""
    path = Path(path)
    if not path.is_file():
        raise FramelabError(f"There is no gold file at {path}. Give the path of a CSV file.")
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (UnicodeDecodeError, csv.Error):
        raise FramelabError(f"{path.name} is not a UTF-8 CSV file. Give a gold CSV (see data/annotations/README.md).") from None
    seed_columns = {"paragraph", "kind", "speaker", "actor", "cue", "start", "end", "text"}
    if not rows:
        raise FramelabError(f"The gold file {path.name} has no rows. Give a CSV with a header and one row per attribution.")
    if "file" not in rows[0] and not seed_columns <= set(rows[0]):
        raise FramelabError(f"{path.name} is not a gold file: its columns must be file,kind,speaker,cue,text (or the "
                            "seed's paragraph,kind,speaker,actor,cue,start,end,text).")
    if "file" not in rows[0]:
        return {seed_article_path(): [_seed_gold_quote(r) for r in rows]}
    missing = {"file", "kind", "speaker", "cue", "text"} - set(rows[0] if rows else {})
    if missing:
        raise FramelabError(f"The gold file {path.name} lacks the column(s) {', '.join(sorted(missing))}.")
    gold: dict[Path, list[Quote]] = {}
    for text_file in sorted(path.parent.glob("*.txt")):
        gold[text_file] = []
    for number, r in enumerate(rows, start=2):
        text_file = path.parent / r["file"]
        try:
            article = load_article(text_file)
        except FramelabError as error:
            raise FramelabError(f"Line {number} of {path.name} names {r['file']}: {error}") from None
        start = article.text.find(r["text"])
        if start == -1:
            raise FramelabError(f"Line {number} of {path.name}: its text is not in {r['file']}. Copy the span exactly.")
        gold.setdefault(text_file, []).append(Quote(r["speaker"], r["speaker"], None, r["cue"], r["kind"], r["text"],
                                                    0, start, start + len(r["text"])))
    return gold


def dev_gold_path() -> Path:
    """The development set's gold file: 12 invented reports annotated by hand before any rule ran on them."""
    from framelab.data import data_path

    return Path(data_path("annotations", "dev", "gold.csv"))


def score_corpus(gold: dict[Path, list[Quote]], extract, threshold: float) -> Scores:
    """Scores summed over every article of a gold file. `extract(article) -> list[Quote]` is the extractor;
    the reporter's-voice sentences count only when the gold annotates them. Speaker: `same_speaker`."""
    totals = [0, 0, 0, 0, 0, 0]
    with_reporter = any(q.kind == "reporter" for quotes in gold.values() for q in quotes)
    for text_file, wanted in gold.items():
        try:
            article = load_article(text_file)
        except FramelabError as error:
            raise FramelabError(f"{text_file.name}, next to the gold file, cannot be read: {error}") from None
        found = [q for q in extract(article) if with_reporter or q.kind != "reporter"]
        pairs = match_quotes(found, wanted, threshold)
        for i, n in enumerate((len(found), len(wanted), len(pairs),
                               sum(same_speaker(p.actor or p.speaker, g.speaker) for p, g in pairs),
                               sum(same_speaker(p.actor, g.actor) for p, g in pairs),
                               sum(p.cue == g.cue for p, g in pairs))):
            totals[i] += n
    return Scores(threshold, *totals)


def corpus_report(gold: dict[Path, list[Quote]], extract, name: str) -> str:
    """The table `python -m framelab evaluate --gold FILE` prints: P, R, F1 and speaker accuracy at two overlaps."""
    found = sum(len(q) for q in gold.values())
    silent = [path.name for path, quotes in gold.items() if not quotes]
    lines = [f"Quote extraction on {name}: {len(gold)} articles, {found} gold attributions "
             f"({len(silent)} articles with none: every .txt beside the gold file counts"
             f"{': ' + ', '.join(silent) if silent else ''})",
             f"{'span match':<22}{'predicted':>10}{'precision':>10}{'recall':>8}{'F1':>7}{'speaker':>9}{'cue':>6}"]
    for label, threshold in (("exact", 1.0), ("overlap >= 30%", 0.3)):
        s = score_corpus(gold, extract, threshold)
        lines.append(f"{label:<22}{s.predicted:>10}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}"
                     f"{s.accuracy(s.speaker_correct):>9.3f}{s.accuracy(s.cue_correct):>6.3f}")
    lines.append("speaker: share of matched attributions whose speaker (resolved, for he/she/they) names the gold speaker")
    return "\n".join(lines)


def evaluation_report(predicted: list[Quote], gold: list[Quote]) -> str:
    """The table `python -m framelab evaluate` prints."""
    lines = [f"Quote extraction on the seed article: {len(predicted)} found, {len(gold)} in the gold standard",
             f"{'span match':<22}{'precision':>10}{'recall':>8}{'F1':>7}{'speaker':>9}{'actor':>7}{'cue':>6}"]
    for name, threshold in (("exact", 1.0), ("overlap >= 30%", 0.3)):
        s = score_quotes(predicted, gold, threshold)
        lines.append(f"{name:<22}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}"
                     f"{s.accuracy(s.speaker_correct):>9.3f}{s.accuracy(s.actor_correct):>7.3f}"
                     f"{s.accuracy(s.cue_correct):>6.3f}")
    lines.append("speaker, actor and cue: share of matched quotes where they agree with the gold standard")
    return "\n".join(lines)


def stance_scores(predicted: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Cell-by-cell accuracy, SemEval-2016's F_avg = (F_FAVOR + F_AGAINST) / 2, and the confusion matrix."""
    pairs = pd.DataFrame({"gold": gold.stack(), "predicted": predicted.loc[gold.index, gold.columns].stack()})
    scores = {"cells": len(pairs), "accuracy": float((pairs["gold"] == pairs["predicted"]).mean())}
    for label in ("FAVOR", "AGAINST"):
        hit = int(((pairs["gold"] == label) & (pairs["predicted"] == label)).sum())
        p = hit / max(1, int((pairs["predicted"] == label).sum()))
        r = hit / max(1, int((pairs["gold"] == label).sum()))
        scores[f"F_{label}"] = 2 * p * r / (p + r) if p + r else 0.0
    scores["F_avg"] = (scores["F_FAVOR"] + scores["F_AGAINST"]) / 2
    labels = ["FAVOR", "AGAINST", "NONE"]
    scores["confusion"] = pd.crosstab(pairs["gold"], pairs["predicted"]).reindex(index=labels, columns=labels,
                                                                                fill_value=0)
    return scores


def majority_baseline(gold: pd.DataFrame) -> pd.DataFrame:
    """Every cell gets the gold matrix's most common label: the score any method must beat."""
    majority = gold.stack().value_counts().sort_index().idxmax()
    return gold.map(lambda _label: majority)


def stance_report(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """The detector beside the majority baseline: accuracy, F_FAVOR, F_AGAINST, F_avg."""
    rows = []
    for name, matrix in (("detector", predicted), ("majority baseline", majority_baseline(gold))):
        s = stance_scores(matrix, gold)
        rows.append((name, round(s["accuracy"], 3), round(s["F_FAVOR"], 3), round(s["F_AGAINST"], 3),
                     round(s["F_avg"], 3)))
    return pd.DataFrame(rows, columns=["method", "accuracy", "F_FAVOR", "F_AGAINST", "F_avg"]).set_index("method")
