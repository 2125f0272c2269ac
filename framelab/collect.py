"""Collected work: a student saves their answers with one call; a teacher merges a folder of saved files.

A student file is JSON: {"format": "framelab-student-work", "version": 2, "student": ..., "saved": ...,
"answers": {exercise: {"answer": ..., "status": ...}}, "stance_labels": {item: label},
"responses": {question: {"kind": "prediction" | "written", "text": ..., "status": ...}}}. Version 1 files have no
"responses" and are read as having none. Files are only ever read by the teacher's side: a bad or partial file is
reported by name and skipped, never changed or removed."""
import json
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from framelab.annotation import safe_name
from framelab.display import listing, plural
from framelab.errors import FramelabError

FORMAT = "framelab-student-work"
STUDENT_WORK = "student_work"

# What this session has answered: filled in by framelab.exercises.check and the stance annotator.
SESSION = {"answers": {}, "stance_labels": {}, "responses": {}}


def record_answer(exercise: str, answer, status: str) -> None:
    SESSION["answers"][exercise] = {"answer": answer_summary(answer), "status": status}


def answer_summary(answer, limit: int = 200) -> int | float | str:
    """What a saved file keeps of an answer: plain values as they are; a quote or score by its text and numbers;
    a list by its length and first items; never more than `limit` characters (a teacher reads it in a table)."""
    if isinstance(answer, (int, float, str)):
        return answer if not isinstance(answer, str) or len(answer) <= limit else answer[:limit - 1] + "…"
    if hasattr(answer, "compound") and hasattr(answer, "text"):  # a SentimentScore
        return f"{answer.text!r}: compound {answer.compound:+.4f}"[:limit]
    if hasattr(answer, "kind") and hasattr(answer, "text") and hasattr(answer, "actor"):  # a Quote
        return f"{answer.kind} by {answer.actor or '?'}: {answer.text!r}"[:limit]
    if isinstance(answer, (list, tuple, set)):
        items = [answer_summary(item, 60) for item in list(answer)[:3]]
        more = f" … ({len(answer)} items)" if len(answer) > 3 else ""
        return (f"[{', '.join(map(str, items))}{more}]")[:limit]
    return repr(answer)[:limit]


def record_response(question: str, kind: str, text: str, status: str) -> None:
    """Keep a typed prediction or written answer for save_my_work (the last one given for each question)."""
    SESSION.setdefault("responses", {})[question] = {"kind": kind, "text": text, "status": status}


def record_stance_labels(labels: dict[str, str | None]) -> None:
    SESSION["stance_labels"] = {item: label for item, label in labels.items() if label}


class Receipt(str):
    """A sentence shown without quote marks in a notebook."""

    def __repr__(self) -> str:
        return str(self)


def save_my_work(student=..., folder: str | Path = STUDENT_WORK) -> Receipt:
    """Save every answer checked and every stance label given in this session to <folder>/<name>_work.json.
    Returns a sentence saying where (or what to do first); never raises."""
    try:
        name = safe_name("" if student is ... or student is None else str(student))
    except FramelabError as error:
        return Receipt(str(error))
    responses = SESSION.get("responses", {})
    if not SESSION["answers"] and not SESSION["stance_labels"] and not responses:
        return Receipt("Nothing to save yet: answer an exercise (run its check cell), type a prediction or an answer, "
                       "or label some stance items first.")
    path = Path(folder) / f"{name}_work.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format": FORMAT, "version": 2, "student": name,
                                "saved": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                "answers": SESSION["answers"], "stance_labels": SESSION["stance_labels"],
                                "responses": responses},
                               ensure_ascii=False, indent=1), encoding="utf-8")
    predictions = sum(r["kind"] == "prediction" for r in responses.values())
    counts = [plural(len(SESSION["answers"]), "answer"), plural(predictions, "prediction"),
              plural(len(responses) - predictions, "written answer"), plural(len(SESSION["stance_labels"]), "stance label")]
    return Receipt(f"Saved {listing(counts)} to {path}. Hand this file to your teacher.")


def read_work_file(path: Path) -> dict:
    """One student's file, checked; FramelabError with the reason when it is not a complete framelab file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise FramelabError("not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise FramelabError(f"not complete JSON ({error.msg} at line {error.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FramelabError("not a framelab student-work file")
    missing = [key for key in ("student", "answers", "stance_labels") if key not in data]
    if missing:
        raise FramelabError(f"partial file: missing {', '.join(missing)}")
    data.setdefault("responses", {})
    if not all(isinstance(data[key], dict) for key in ("answers", "stance_labels", "responses")):
        raise FramelabError("answers, stance labels or responses are not in the expected form")
    if not all(isinstance(r, dict) and isinstance(r.get("text"), str) for r in data["responses"].values()):
        raise FramelabError("a prediction or written answer is not in the expected form")
    return data


def read_stance_csv(path: Path) -> dict:
    """A label file saved by the stance annotator (student,item,label), as a work record with labels only."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(table.columns) != ["student", "item", "label"] or table.empty:
        raise FramelabError("not a stance label file with columns student,item,label")
    bad = set(table["label"]) - {"FAVOR", "AGAINST", "NONE"}
    if bad:
        raise FramelabError(f"unknown labels {sorted(bad)}")
    return {"student": table["student"].iloc[0], "answers": {}, "responses": {},
            "stance_labels": dict(zip(table["item"], table["label"]))}


def load_class_work(folder: str | Path) -> tuple[list[dict], list[str]]:
    """Every readable student file in `folder` (*_work.json and *_stance_labels.csv), and one line per file
    that was skipped, saying why."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FramelabError(f"There is no folder {folder}: put the students' files in one folder and try again.")
    records, problems = [], []
    for path in sorted(folder.iterdir()):
        if path.name.startswith((".", "README")) or path.is_dir():
            continue
        try:
            if path.suffix == ".json":
                record = read_work_file(path)
            elif path.name.endswith("_stance_labels.csv"):
                record = read_stance_csv(path)
            else:
                raise FramelabError("not a .json work file or a _stance_labels.csv file")
        except (FramelabError, OSError, ValueError) as error:
            problems.append(f"{path.name}: skipped ({error})")
            continue
        records.append({**record, "file": path.name})
    return records, problems


def class_answers(records: list[dict]) -> pd.DataFrame:
    """Student × exercise: the status of each student's last checked answer ("" when not attempted)."""
    rows = {r["student"]: {ex: a.get("status", "") for ex, a in r["answers"].items()} for r in records if r["answers"]}
    table = pd.DataFrame.from_dict(rows, orient="index").fillna("")
    from framelab.exercises import EXERCISES

    order = {exercise: i for i, exercise in enumerate(EXERCISES)}
    table = table.reindex(sorted(table.columns, key=lambda ex: (order.get(ex, len(order)), ex)), axis=1)
    table.index.name = "student"
    return table.sort_index()


def answers_per_exercise(answers: pd.DataFrame) -> pd.DataFrame:
    """Exercise × status: how many students got it right, are still trying, or did not answer."""
    statuses = ["correct", "try again", "not answered"]
    counts = {ex: [(answers[ex] == s).sum() if s != "not answered" else ((answers[ex] == "") |
                                                                       (answers[ex] == s)).sum() for s in statuses]
              for ex in answers.columns}
    return pd.DataFrame.from_dict(counts, orient="index", columns=statuses).rename_axis("exercise")


def stance_agreement(records: list[dict], gold: dict[str, str]) -> pd.DataFrame:
    """Per student: items labelled and Cohen's kappa with the gold labels."""
    from framelab.annotation import cohen_kappa

    rows = []
    for r in records:
        labels = r["stance_labels"]
        if labels:
            kappa = cohen_kappa(labels, gold)
            rows.append((r["student"], len(labels), None if kappa is None else round(kappa, 2)))
    return pd.DataFrame(rows, columns=["student", "items labelled", "kappa with gold"]).sort_values("student",
                                                                                               ignore_index=True)


def class_responses(records: list[dict]) -> pd.DataFrame:
    """One row per typed prediction or written answer: question, kind ("prediction" / "written"), student, text and
    status ("saved", or for a prediction compared after the reveal "as predicted" / "surprise"), sorted by question
    in lesson order, then student."""
    rows = [(question, r.get("kind", ""), record["student"], r["text"], r.get("status", ""))
            for record in records for question, r in record.get("responses", {}).items()]
    table = pd.DataFrame(rows, columns=["question", "kind", "student", "text", "status"])
    return table.sort_values(["question", "student"], ignore_index=True)


def responses_per_question(responses: pd.DataFrame) -> pd.DataFrame:
    """Question × counts from class_responses(): how many students typed a prediction or a written answer, and for
    predictions compared after the reveal how many came out as predicted and how many were a surprise."""
    columns = ["kind", "students", "as predicted", "surprise"]
    if responses.empty:
        return pd.DataFrame(columns=columns).rename_axis("question")
    grouped = responses.groupby("question", sort=True)
    return pd.DataFrame({"kind": grouped["kind"].first(), "students": grouped["student"].nunique(),
                         "as predicted": grouped["status"].apply(lambda s: int((s == "as predicted").sum())),
                         "surprise": grouped["status"].apply(lambda s: int((s == "surprise").sum()))})[columns]
