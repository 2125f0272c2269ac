"""Teachers assign lessons: every plan in the one format, student packs without answers, nbgrader sources in
nbgrader's documented format, and collected work merged without losing or altering a file."""
import hashlib
import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from framelab.assign import assign, lesson_folder
from framelab.collect import SESSION, answers_per_exercise, class_answers, load_class_work, save_my_work
from framelab.errors import FramelabError
from framelab.exercises import check

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted(p for p in (ROOT / "lessons").iterdir() if (p / "plan.md").exists())
SECTIONS = ["At a glance", "Objectives", "Standards alignment", "Minute-by-minute flow",
            "Discussion questions with exemplar answers", "Common misconceptions", "Support and extension",
            "Rubric for open answers", "Answer key", "Sources"]
GLANCE = ["Grade band", "Time", "Notebook", "Prerequisites", "Materials"]


def test_every_lesson_is_on_the_map():
    readme = (ROOT / "lessons" / "README.md").read_text(encoding="utf-8")
    for folder in LESSONS:
        assert f"({folder.name}/plan.md)" in readme
    for part in ("One week", "A single class", "assign", "--nbgrader", "teacher_dashboard.ipynb"):
        assert part in readme


@pytest.mark.parametrize("folder", LESSONS, ids=lambda p: p.name)
def test_plan_has_every_section_in_order(folder):
    plan = (folder / "plan.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", plan, re.M)
    assert [h for h in headings if h in SECTIONS] == SECTIONS
    glance = plan.split("## At a glance", 1)[1].split("\n## ", 1)[0]
    for row in GLANCE:
        assert f"| **{row}** |" in glance, row
    minutes = int(re.search(r"\| \*\*Time\*\* \| (\d+) minutes", glance).group(1))
    flow = plan.split("## Minute-by-minute flow", 1)[1].split("\n## ", 1)[0]
    spans = [(int(a), int(b)) for a, b in re.findall(r"^\| (\d+)[–-](\d+) \|", flow, re.M)]
    assert spans[0][0] == 0 and spans[-1][1] == minutes
    assert all(prev[1] == nxt[0] for prev, nxt in zip(spans, spans[1:])), "the flow has a gap or an overlap"
    notebook = re.search(r"`(notebooks/[\w]+\.ipynb)`", glance).group(1)
    assert (ROOT / notebook).exists()


@pytest.mark.parametrize("folder", LESSONS, ids=lambda p: p.name)
def test_student_pack_leaks_no_answer(tmp_path, folder):
    written = assign(folder.name, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)
    key = json.loads((folder / "answer_key.json").read_text(encoding="utf-8"))
    notebook = nbformat.read(next(p for p in written if p.suffix == ".ipynb"), as_version=4)
    code = [c.source for c in notebook.cells if c.cell_type == "code"]
    assert all(not c.get("outputs") for c in notebook.cells if c.cell_type == "code")
    assert "widgets" not in notebook.metadata
    for exercise in key["exercises"]:
        (cell,) = [c for c in code if f'check("{exercise}", ' in c]
        variable = re.search(rf'check\("{re.escape(exercise)}", (\w+)\)', cell).group(1)
        assert re.search(rf"^{variable} = \.\.\.  #", cell, re.M), f"{exercise}: the answer cell is not blank"
    handout = next(p for p in written if p.suffix == ".html").read_text(encoding="utf-8")
    if folder.name.startswith("06"):  # the own-article lesson's tasks are about the worked example
        assert "Saltinghay" in handout and "¶10" in handout
    else:
        assert "Russia signs deal with Iranian president to bolster arms sales" in handout and "¶14" in handout
    assert "Challenge 1" in handout
    for entry in key["exercises"].values():
        assert entry["explanation"][:60] not in handout


@pytest.mark.parametrize("folder", LESSONS, ids=lambda p: p.name)
def test_nbgrader_source_follows_nbgraders_format_and_its_solutions_pass(tmp_path, folder):
    written = assign(folder.name, tmp_path, nbgrader=True)
    assert written[0] == tmp_path / "nbgrader_config.py" and 'code_stub = {"python": ""}' in written[0].read_text()
    (path,) = written[1:]
    assert path.parent == tmp_path / "source" / folder.name
    notebook = nbformat.read(path, as_version=4)
    graded = [c for c in notebook.cells if "nbgrader" in c.metadata]
    key = json.loads((folder / "answer_key.json").read_text(encoding="utf-8"))["exercises"]
    code = [c for c in graded if c.cell_type == "code"]
    written = [c for c in graded if c.cell_type == "markdown"]
    assert len(code) == 2 * len(key)
    assert len(written) >= 2, "no manually graded written answer"
    ids = [c.metadata.nbgrader["grade_id"] for c in graded]
    assert len(set(ids)) == len(ids)
    for cell in graded:
        meta = cell.metadata.nbgrader
        assert meta["schema_version"] == 3 and set(meta) >= {"grade", "solution", "locked", "task", "grade_id"}
        assert re.fullmatch(r"[A-Za-z0-9_-]+", meta["grade_id"]), f"nbgrader refuses the id {meta['grade_id']!r}"
        if meta["solution"] and cell.cell_type == "code":  # answer cell: the blank line stays, the model follows
            assert not meta["grade"] and not meta["locked"]
            assert re.search(r"^\w+ = \.\.\.  # .+\n### BEGIN SOLUTION\n\w+ = .+\n### END SOLUTION$", cell.source, re.M)
        elif meta["solution"]:  # written answer: graded by hand, with points; exemplar and rubric hidden
            assert meta["grade"] and not meta["locked"] and meta["points"] == 4
            assert cell.source.startswith("### BEGIN SOLUTION\n**Exemplar") and "| 4 · " in cell.source
        elif meta["grade"]:  # autograder test: feedback for the student, the assert hidden until autograde
            assert meta["locked"] and meta["points"] > 0 and cell.source.startswith("check(")
            assert "### BEGIN HIDDEN TESTS\nassert check(" in cell.source
        else:  # the written question itself: read-only
            assert meta["locked"] and cell.source.startswith("### ✍️ Written answer (4 points")
    # with the model answers in place, every autograder test passes when the notebook runs
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()


def test_unknown_lesson_is_a_clear_error():
    with pytest.raises(FramelabError, match="There is no lesson 'zz'. Choose one of: 01_reading"):
        lesson_folder("zz")


def test_save_my_work_in_one_call(tmp_path, monkeypatch):
    monkeypatch.setitem(SESSION, "answers", {})
    monkeypatch.setitem(SESSION, "stance_labels", {})
    monkeypatch.setitem(SESSION, "responses", {})
    assert save_my_work(..., tmp_path).startswith("Type your name first")
    assert save_my_work("Ana", tmp_path).startswith("Nothing to save yet")
    check("01.paragraph_count", 14)
    check("01.where_met", "Tehran")
    receipt = save_my_work("Ana B.", tmp_path)
    assert receipt.startswith("Saved 2 answers, 0 predictions, 0 written answers and 0 stance labels")
    saved = json.loads((tmp_path / "Ana_B_work.json").read_text(encoding="utf-8"))
    assert saved["answers"] == {"01.paragraph_count": {"answer": 14, "status": "correct"},
                                "01.where_met": {"answer": "Tehran", "status": "try again"}}


def test_dashboard_merges_good_files_and_reports_bad_ones_unchanged(tmp_path):
    folder = tmp_path / "class"
    shutil.copytree(ROOT / "lessons" / "sample_class_work", folder)
    (folder / "latin1.json").write_bytes("{\"student\": \"Zoë\"}".encode("latin-1"))
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    records, problems = load_class_work(folder)
    assert [r["student"] for r in records] == ["Amira_K", "Ben_T", "Chen_L", "Dara_S"]
    assert problems == [
        "Eli_R_work.json: skipped (not complete JSON (Expecting ':' delimiter at line 33))",
        "Fay_M_work.json: skipped (partial file: missing answers, stance_labels)",
        "latin1.json: skipped (not UTF-8 text)",
        "notes.txt: skipped (not a .json work file or a _stance_labels.csv file)",
    ]
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    assert before == after
    answers = class_answers(records)
    assert answers.loc["Ben_T", "01.paragraph_count"] == "try again"
    assert answers.loc["Amira_K", "01.where_met"] == "correct"
    counts = answers_per_exercise(answers)
    assert counts.loc["01.paragraph_count"].to_dict() == {"correct": 2, "try again": 1, "not answered": 0}
    with pytest.raises(FramelabError, match="There is no folder"):
        load_class_work(tmp_path / "missing")


def test_assign_command_line(tmp_path):
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "framelab", "assign", "02", "--out", str(tmp_path)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0 and "Wrote the student pack for lesson 02" in run.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["02_who_speaks.ipynb", "02_who_speaks_handout.html"]
    bad = subprocess.run([sys.executable, "-m", "framelab", "assign", "zz", "--out", str(tmp_path)],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and bad.stderr.startswith("framelab: There is no lesson 'zz'")
    assert "Traceback" not in bad.stderr
