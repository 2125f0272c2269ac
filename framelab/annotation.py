"""Students' own stance labels: the items to label, agreement (Cohen's kappa with nltk), and saving to CSV."""
import csv
import re
from pathlib import Path

import pandas as pd
from nltk.metrics.agreement import AnnotationTask

from framelab.article import Article
from framelab.data import read_table
from framelab.errors import FramelabError
from framelab.stance import LABELS, StanceEvidence, stance_targets

CODING_COLUMNS = ("actor", "target", "stance", "paragraph", "evidence", "confidence", "rationale")

STUDENT_WORK = "student_work"


def annotation_items(article: Article, evidence: list[StanceEvidence], gold: pd.DataFrame,
                     detector: pd.DataFrame) -> pd.DataFrame:
    """One item per (actor, target) cell, with the detector's evidence to read, the gold and the detector label."""
    names = {t.id: t.name for t in stance_targets()}
    rows = []
    for actor in gold.index:
        for target in gold.columns:
            found = [article.text[e.start:e.end] for e in evidence if e.actor == actor and e.target == target][:2]
            rows.append((f"{actor} · {target}", actor, target, names.get(target, target),
                         " … ".join(f"“{' '.join(s.split())}”" for s in found) or "(no evidence found: search the "
                         "article yourself)", gold.loc[actor, target], detector.loc[actor, target]))
    return pd.DataFrame(rows, columns=["item", "actor", "target", "target name", "evidence", "gold", "detector"])


def cohen_kappa(first: dict[str, str], second: dict[str, str]) -> float | None:
    """Cohen's kappa (nltk's AnnotationTask) over the items both have labelled; None when fewer than two items
    are shared (or nltk cannot compute it)."""
    shared = [item for item in first if item in second and first[item] and second[item]]
    if len(shared) < 2:
        return None
    data = [("first", item, first[item]) for item in shared] + [("second", item, second[item]) for item in shared]
    try:
        return AnnotationTask(data=data).kappa()
    except ZeroDivisionError:  # guard: chance agreement of exactly 1
        return None


def disagreements(items: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """Items where the student's label differs from the gold or the detector: the list to discuss."""
    table = items[items["item"].isin([i for i, label in labels.items() if label])].copy()
    table["yours"] = table["item"].map(labels)
    differs = (table["yours"] != table["gold"]) | (table["yours"] != table["detector"])
    return table.loc[differs, ["item", "target name", "yours", "gold", "detector", "evidence"]]


def safe_name(student: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_-]+", "_", (student or "").strip()).strip("_")
    if not name:
        raise FramelabError("Type your name first (letters and numbers), so your teacher knows whose file it is.")
    return name[:40]


def save_labels(labels: dict[str, str], student: str, folder: str | Path = STUDENT_WORK) -> Path:
    """Write the student's labels to <folder>/<name>_stance_labels.csv and return the path."""
    unknown = {label for label in labels.values() if label and label not in LABELS}
    if unknown:
        raise FramelabError(f"Labels must be FAVOR, AGAINST or NONE, not {sorted(unknown)}.")
    done = {item: label for item, label in labels.items() if label}
    if not done:
        raise FramelabError("Label at least one item before saving.")
    name = safe_name(student)
    path = Path(folder) / f"{name}_stance_labels.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["student", "item", "label"])
        writer.writerows((name, item, label) for item, label in sorted(done.items()))
    return path


def load_stance_coding(name: str, article: Article | None = None) -> pd.DataFrame:
    """One coder's stance labels, data/annotations/<name> (the columns of the coding guide: actor, target, stance,
    paragraph, evidence, confidence, rationale), with an `item` column "Russia · T1". Checks every label and, given
    the article, that each evidence quote is in its paragraph (0 = headline). Raises FramelabError otherwise."""
    rows = read_table("annotations", name)
    if not rows or tuple(rows[0]) != CODING_COLUMNS:
        raise FramelabError(f"{name} must have the columns {', '.join(CODING_COLUMNS)} (see the coding guide).")
    table = pd.DataFrame(rows)
    bad = sorted(set(table["stance"]) - set(LABELS))
    if bad:
        raise FramelabError(f"{name}: stances must be FAVOR, AGAINST or NONE, not {bad}.")
    for row in table.itertuples():
        if article is not None and row.evidence:
            where = (article.headline or "") if row.paragraph == "0" else article.paragraph(int(row.paragraph)).text
            if " ".join(row.evidence.split()) not in " ".join(where.split()):
                raise FramelabError(f"{name}: the evidence for {row.actor} · {row.target} is not in paragraph "
                                    f"{row.paragraph}.")
    table.insert(0, "item", table["actor"] + " · " + table["target"])
    return table


def coding_agreement(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """Agreement between two codings (from `load_stance_coding`) per cell set: all cells, then each actor's row.
    Columns: cells, agreed, observed (share of cells agreed) and Cohen's kappa (nltk's AnnotationTask; empty when
    undefined). Source: Cohen (1960); nltk.metrics.agreement."""
    a, b = dict(zip(first["item"], first["stance"])), dict(zip(second["item"], second["stance"]))
    shared = [item for item in a if item in b]
    sets = [("all cells", shared)] + [(f"{actor} row", [i for i in shared if i.startswith(actor + " · ")])
                                      for actor in dict.fromkeys(first["actor"])]
    rows = []
    for name, items in sets:
        agreed = sum(a[i] == b[i] for i in items)
        kappa = cohen_kappa({i: a[i] for i in items}, {i: b[i] for i in items})
        rows.append((name, len(items), agreed, round(agreed / len(items), 3) if items else None,
                     None if kappa is None else round(kappa, 3)))
    return pd.DataFrame(rows, columns=["cell set", "cells", "agreed", "observed", "kappa"]).set_index("cell set")


def coding_disagreements(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """The cells two codings label differently, with each coder's evidence paragraph and confidence."""
    both = first.merge(second, on="item", suffixes=(" 1", " 2"))
    names = {t.id: t.name for t in stance_targets()}
    both = both[both["stance 1"] != both["stance 2"]].copy()
    both["target name"] = both["target 1"].map(names)
    columns = ["item", "target name", "stance 1", "stance 2", "paragraph 1", "paragraph 2", "confidence 1",
               "confidence 2"]
    return both[columns].rename(columns=lambda c: c.replace(" 1", " (coder 1)").replace(" 2", " (coder 2)"))\
        .reset_index(drop=True)


def stance_resolution() -> pd.DataFrame:
    """How each disagreement between the two coders was settled (data/annotations/stance_resolution.csv): item,
    coder 1, coder 2, gold (the label kept in stance_gold.csv), debatable (yes/no) and the written rationale."""
    table = pd.DataFrame(read_table("annotations", "stance_resolution.csv"))
    bad = sorted(set(table["gold"]) - set(LABELS))
    if bad:
        raise FramelabError(f"stance_resolution.csv: gold labels must be FAVOR, AGAINST or NONE, not {bad}.")
    return table
