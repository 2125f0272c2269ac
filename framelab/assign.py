"""What a teacher hands out: a student pack (notebooks without answers or outputs, a printable handout with the
tasks and the article) or nbgrader source notebooks (solutions between BEGIN/END SOLUTION, autograded tests).

Nothing from a lesson's answer key or plan is copied into a student pack."""
import copy
import json
import re
from html import escape
from pathlib import Path

import nbformat

from framelab.article import load_article
from framelab.data import DATA_DIR
from framelab.errors import FramelabError

ROOT = DATA_DIR.parent
_CHECK = re.compile(r'^\s*check\("(?P<exercise>[\w.]+)",\s*(?P<variable>\w+)\)\s*$')
_ANSWER = re.compile(r"^(?P<variable>\w+)\s*=\s*\.\.\.(?P<comment>\s*#.*)?$")


def lesson_folder(lesson: str) -> Path:
    """The folder lessons/<lesson>; "01", "01_reading" or "reading" all find lessons/01_reading."""
    folders = sorted(p for p in (ROOT / "lessons").iterdir() if p.is_dir() and (p / "plan.md").exists())
    for folder in folders:
        if lesson in (folder.name, folder.name.split("_", 1)[0], folder.name.split("_", 1)[-1]):
            return folder
    names = ", ".join(f.name for f in folders)
    raise FramelabError(f"There is no lesson {lesson!r}. Choose one of: {names}.")


def lesson_notebooks(folder: Path) -> list[Path]:
    key = json.loads((folder / "answer_key.json").read_text(encoding="utf-8"))
    return [ROOT / key["notebook"]]


def answer_key(folder: Path) -> dict:
    return json.loads((folder / "answer_key.json").read_text(encoding="utf-8"))["exercises"]


def student_notebook(path: Path) -> nbformat.NotebookNode:
    """The notebook with every output, execution count and stored widget state removed."""
    notebook = nbformat.read(path, as_version=4)
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    return notebook


def handout_html(notebook: nbformat.NotebookNode) -> str:
    """A printable page: the lesson's title and objectives, every challenge and question, and the article."""
    markdown = [c.source for c in notebook.cells if c.cell_type == "markdown"]
    title = next((line[2:] for line in markdown[0].splitlines() if line.startswith("# ")), "framelab lesson")
    objectives = re.findall(r"^\d+\. (.+)$", markdown[0], re.M)
    tasks = []
    for text in markdown:
        for block in re.split(r"\n\s*\n", text):
            lines = [line.lstrip("> ").strip() for line in block.splitlines()]
            if lines and lines[0].startswith("### 🥊"):
                tasks.append(re.sub(r"[*`#]", "", lines[0]).strip())
            elif lines and lines[0].startswith("🔔"):
                tasks.append(re.sub(r"[*`]", "", " ".join(lines)).strip())
    article = load_article()
    paragraphs = "".join(f"<p><b>¶{p.number}</b> {escape(p.text)}</p>" for p in article.paragraphs)
    goals = "".join(f"<li>{escape(o.replace('*', ''))}</li>" for o in objectives)
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{escape(title)}</title><style>body{{font-family:Georgia,serif;max-width:46em;margin:2em auto;"
            "line-height:1.5}} li{margin-bottom:.6em} .write{border-bottom:1px solid #999;height:2.2em}</style></head>"
            f"<body><h1>{escape(title)}</h1><p>Name: ____________________ &nbsp; Date: __________</p>"
            f"<h2>You will learn to</h2><ol>{goals}</ol>"
            "<h2>Tasks</h2><ol>"
            + "".join(f"<li>{escape(t)}<div class='write'></div></li>" for t in tasks)
            + f"</ol><h2>The article</h2><h3>{escape(article.headline or '')}</h3>{paragraphs}"
            "<p><small>Associated Press, 12 March 2001. Copyright AP; used for classroom analysis.</small></p>"
            "</body></html>")


def nbgrader_notebook(path: Path, key: dict) -> nbformat.NotebookNode:
    """nbgrader source notebook: each exercise's answer line becomes a solution cell holding the model answer
    between ### BEGIN SOLUTION / ### END SOLUTION, and its check() line an autograded, locked test cell."""
    notebook = student_notebook(path)
    cells = []
    for cell in notebook.cells:
        lines = cell.source.splitlines()
        checks = [m for m in map(_CHECK.match, lines) if m] if cell.cell_type == "code" else []
        if not checks:
            cells.append(cell)
            continue
        exercise, variable = checks[0]["exercise"], checks[0]["variable"]
        if exercise not in key:
            raise FramelabError(f"{path.name}: exercise {exercise} has no model answer in the answer key.")
        body = []
        for line in lines:
            if _CHECK.match(line):
                continue
            match = _ANSWER.match(line)
            if match and match["variable"] == variable:
                body += ["### BEGIN SOLUTION", f"{variable} = {key[exercise]['model_answer']!r}", "### END SOLUTION"]
            else:
                body.append(line)
        solution = nbformat.v4.new_code_cell("\n".join(body))
        solution.metadata["nbgrader"] = {"grade": False, "grade_id": f"{exercise}-answer", "locked": False,
                                         "schema_version": 3, "solution": True, "task": False}
        test = nbformat.v4.new_code_cell(f'assert check("{exercise}", {variable}).correct, '
                                         f'check("{exercise}", {variable}).message')
        test.metadata["nbgrader"] = {"grade": True, "grade_id": f"{exercise}-test", "locked": True, "points": 1,
                                     "schema_version": 3, "solution": False, "task": False}
        cells += [solution, test]
    notebook.cells = cells
    return notebook


def assign(lesson: str, out: str | Path, nbgrader: bool = False) -> list[Path]:
    """Write the student pack (or nbgrader sources) for a lesson into `out`; return the files written."""
    folder, out = lesson_folder(lesson), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in lesson_notebooks(folder):
        if nbgrader:
            target = out / "source" / folder.name / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nbgrader_notebook(path, answer_key(folder)), target)
            written.append(target)
        else:
            notebook = student_notebook(path)
            nbformat.write(notebook, out / path.name)
            handout = out / f"{folder.name}_handout.html"
            handout.write_text(handout_html(copy.deepcopy(notebook)), encoding="utf-8")
            written += [out / path.name, handout]
    return written
