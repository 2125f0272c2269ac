"""Scoring an extractor against the hand-made gold standard in data/annotations/.

A predicted quote matches a gold one when their spans overlap by at least `threshold` of the gold span's length
(1.0 = exact span). Matching is one-to-one, best overlap first. Speaker, actor and cue accuracy are measured over
the matched pairs."""
from dataclasses import dataclass

import pandas as pd

from framelab.data import read_table
from framelab.quotes import Quote


def load_gold_quotes() -> list[Quote]:
    return [Quote(r["speaker"], r["actor"] or None, None, r["cue"], r["kind"], r["text"], int(r["paragraph"]),
                  int(r["start"]), int(r["end"])) for r in read_table("annotations", "quotes_gold.csv")]


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
