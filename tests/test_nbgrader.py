"""The `assign --nbgrader` pack, proven with nbgrader itself.

nbgrader 0.9.6 pins versions that conflict with the kit's, so it lives in its own environment: the test uses the
`nbgrader` command from $FRAMELAB_NBGRADER, or from .venv-nbgrader/bin/ (CI: `python3 -m venv .venv-nbgrader &&
.venv-nbgrader/bin/pip install nbgrader==0.9.6`). Without it the test is skipped; with FRAMELAB_NBGRADER=required
(as in CI) a missing nbgrader fails it. Notebooks run in the kit's own Python: a temporary
kernelspec named python3 points nbgrader at it.

For every lesson: generate_assignment on the source notebook; the release keeps each blank answer line, hides the
asserts and the exemplars, and runs top to bottom with every answer blank; autograde then gives a submission with
the answer key's model answers full marks on every autograded cell, and one with its wrong answers zero, and leaves
the written answers for the teacher."""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from framelab.assign import WRITTEN_POINTS, assign, lesson_folder

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted(p.name for p in (ROOT / "lessons").iterdir() if (p / "plan.md").exists())
_ANSWER_LINE = re.compile(r"^(\w+) = \.\.\.  #.*$", re.M)


def _nbgrader() -> Path | None:
    setting = os.environ.get("FRAMELAB_NBGRADER", "")
    for candidate in (setting, ROOT / ".venv-nbgrader" / "bin" / "nbgrader"):
        if candidate and candidate != "required" and Path(candidate).is_file():
            return Path(candidate)
    if setting == "required":
        pytest.fail("FRAMELAB_NBGRADER=required but no nbgrader command was found: "
                    "python3 -m venv .venv-nbgrader && .venv-nbgrader/bin/pip install nbgrader==0.9.6")
    pytest.skip("nbgrader is not installed in its own environment (see this file's docstring)")


@pytest.fixture(scope="module")
def nbgrader():
    return _nbgrader()


def _run(nbgrader: Path, course: Path, *args: str) -> subprocess.CompletedProcess:
    kernels = course / "jupyter" / "kernels" / "python3"
    kernels.mkdir(parents=True, exist_ok=True)
    (kernels / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "framelab kit", "language": "python"}), encoding="utf-8")
    env = {**os.environ, "PATH": f"{nbgrader.parent}{os.pathsep}{os.environ['PATH']}",
           "JUPYTER_PATH": str(course / "jupyter")}
    run = subprocess.run([str(nbgrader), *args], cwd=course, env=env, capture_output=True, text=True, timeout=1200,
                         check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return run


def _submission(release: nbformat.NotebookNode, key: dict, which: str) -> nbformat.NotebookNode:
    """The released notebook as a student would hand it in: every answer line filled with the key's model (or
    wrong) answer, and every written answer filled in."""
    notebook = nbformat.from_dict(json.loads(json.dumps(release)))
    answers = {}
    for exercise, entry in key.items():
        (test,) = [c for c in notebook.cells if c.source.startswith(f'check("{exercise}", ')]
        answers[re.match(r'check\("[\w.]+", (\w+)\)', test.source).group(1)] = entry[which]
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution") and cell.cell_type == "code":
            cell.source = _ANSWER_LINE.sub(lambda m: f"{m[1]} = {answers[m[1]]!r}" if m[1] in answers else m[0],
                                           cell.source)
        elif meta.get("solution"):
            cell.source = "The United States is named in ¶3 and ¶14 but never quoted; the reporter's verbs carry its view."
    return notebook


def _scores(nbgrader: Path, course: Path, lesson: str, notebook: str) -> dict:
    script = ("import json, sys\nfrom nbgrader.api import Gradebook\n"
              "with Gradebook('sqlite:///gradebook.db') as gb:\n"
              "    out = {}\n"
              "    for student in ('model', 'wrong'):\n"
              f"        nb = gb.find_submission_notebook({notebook!r}, {lesson!r}, student)\n"
              "        out[student] = {g.name: [g.auto_score, g.max_score, g.needs_manual_grade] for g in nb.grades}\n"
              "print(json.dumps(out))\n")
    python = nbgrader.parent / "python"
    run = subprocess.run([str(python), "-c", script], cwd=course, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


@pytest.mark.parametrize("lesson", LESSONS)
def test_nbgrader_generates_releases_and_autogrades_the_pack(tmp_path, nbgrader, lesson):
    course = tmp_path / "course"
    written = assign(lesson, course, nbgrader=True)
    assert course / "nbgrader_config.py" in written
    source = next(p for p in written if p.suffix == ".ipynb")
    key = json.loads((lesson_folder(lesson) / "answer_key.json").read_text(encoding="utf-8"))["exercises"]

    _run(nbgrader, course, "generate_assignment", lesson, "--force")
    released_path = course / "release" / lesson / source.name
    release = nbformat.read(released_path, as_version=4)
    text = "\n".join(c.source for c in release.cells)
    assert "BEGIN SOLUTION" not in text and "HIDDEN TESTS" not in text and "assert check(" not in text
    assert "raise NotImplementedError" not in text and "Exemplar" not in text
    for exercise, entry in key.items():
        (test,) = [c for c in release.cells if c.source.startswith(f'check("{exercise}", ')]
        variable = re.match(r'check\("[\w.]+", (\w+)\)', test.source).group(1)
        assert re.search(rf"^{variable} = \.\.\.  # ", text, re.M), f"{exercise}: the blank answer line is gone"
        assert repr(entry["model_answer"]) not in [line.split(" = ", 1)[-1] for line in text.splitlines()]
    written_cells = [c for c in release.cells if c.cell_type == "markdown" and c.metadata.get("nbgrader", {}).get("solution")]
    assert written_cells and all(c.source == "YOUR ANSWER HERE" for c in written_cells)

    # Run All on the released notebook, every answer blank: nothing stops it
    blank = nbformat.read(released_path, as_version=4)
    NotebookClient(blank, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(released_path.parent)}}).execute()
    feedback = [o for c in blank.cells if c.source.startswith("check(") for o in c.outputs]
    assert len(feedback) == len(key) and all("Not answered yet" in json.dumps(o) for o in feedback)

    for student, which in (("model", "model_answer"), ("wrong", "wrong_answer")):
        target = course / "submitted" / student / lesson / source.name
        target.parent.mkdir(parents=True)
        nbformat.write(_submission(release, key, which), target)
    _run(nbgrader, course, "autograde", lesson, "--force")
    scores = _scores(nbgrader, course, lesson, source.stem)

    tests = {f"{exercise.replace('.', '_')}-test" for exercise in key}
    for student, expected in (("model", 1.0), ("wrong", 0.0)):
        grades = scores[student]
        assert {name for name in grades if name.endswith("-test")} == tests
        for name in tests:
            auto, maximum, manual = grades[name]
            assert (auto, maximum, manual) == (expected, 1.0, False), (student, name, grades[name])
        written_grades = {name: g for name, g in grades.items() if not name.endswith("-test")}
        assert written_grades and all(g[1] == WRITTEN_POINTS and g[2] for g in written_grades.values()), grades
    shutil.rmtree(course / "jupyter")
