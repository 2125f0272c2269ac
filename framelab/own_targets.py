"""Stance targets a student types for an own article: reading them from CSV, and the tables notebook 06 shows."""
import csv
import io

import pandas as pd

from framelab.actors import csv_rows
from framelab.article import Article
from framelab.errors import FramelabError


def parse_targets_csv(text: str):
    """Stance targets from CSV text (id,target,cues with cues separated by ';'), as framelab.stance.Target."""
    from framelab.stance import targets_from

    rows = csv_rows(text, ("id", "target", "cues"), ("id", "target", "cues"), "target list")
    seen = set()
    for row in rows:
        line = row.pop("_line")
        if not row["id"] or not row["target"]:
            raise FramelabError(f"Line {line} of the target list needs an id and a target name.")
        if not [c for c in row["cues"].split(";") if c.strip()]:
            raise FramelabError(f"Line {line} of the target list has no cue phrases: list the words that show the "
                                "text is talking about the target, separated by ';'.")
        if row["id"] in seen:
            raise FramelabError(f"Line {line} of the target list repeats the id '{row['id']}'. Give each target "
                                "its own id.")
        seen.add(row["id"])
    return targets_from(rows)


def targets_csv(targets) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "target", "cues"])
    for t in targets:
        writer.writerow([t.id, t.name, ";".join(t.cues)])
    return out.getvalue()


def stance_holders(mentions) -> list[str]:
    """The holders detect_stance reports, in order of first mention: sides named as countries ("United States"),
    or the actor itself when its side is "other"."""
    from framelab.stance import holder_side

    return list(dict.fromkeys(holder_side(m.actor, mentions) for m in mentions if m.role == "actor"))


def own_evidence_table(article: Article, evidence, targets) -> pd.DataFrame:
    """Like framelab.stance.evidence_table, but naming the student's own targets ("A1 the dam")."""
    names = {t.id: t.name for t in targets}
    return pd.DataFrame([(e.actor, f"{e.target} {names.get(e.target, '')}".strip(), e.stance, e.paragraph,
                          article.text[e.start:e.end], e.rule) for e in evidence],
                        columns=["actor", "target", "stance", "paragraph", "evidence", "rule"])
