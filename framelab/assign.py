"""What a teacher hands out: a student pack (notebooks without answers or outputs, a printable handout with the
tasks and the article) or nbgrader source notebooks (solutions between BEGIN/END SOLUTION, autograded tests with
hidden asserts, and manually graded written answers).

Nothing from a lesson's answer key or plan is copied into a student pack. In an nbgrader source notebook the model
answers, exemplars and rubric sit only inside solution regions and hidden tests, which nbgrader removes on release."""
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
# nbgrader 0.9's CheckCellMetadata refuses any grade_id outside this pattern (no dots, no spaces).
NBGRADER_ID = re.compile(r"^[a-zA-Z0-9_-]*$")
# The course setting that keeps a released answer cell runnable: nbgrader's default stub is
# "# YOUR CODE HERE / raise NotImplementedError()", which would stop Run All at the first unanswered challenge.
CODE_STUB_SETTING = 'c.ClearSolutions.code_stub = {"python": ""}'
WRITTEN_POINTS = 4  # the plans' rubrics have four levels, 1 (beginning) to 4 (thorough)
_QUESTION = re.compile(r"^\*\*Q(?P<number>\d+)(?P<marks>[^.*]*)\.\s+(?P<question>.+?)\*\*(?P<after>[^\n]*)\n"
                       r"\*Exemplar:\*\s*(?P<exemplar>.+?)(?=^\*\*Q\d|\Z)", re.M | re.S)


def lesson_folder(lesson: str) -> Path:
    """The folder lessons/<lesson>; "01", "01_reading" or "reading" all find lessons/01_reading."""
    if not (ROOT / "lessons").is_dir():
        raise FramelabError("`assign` needs the kit's folder (lessons/ and notebooks/), which an installed package does "
                            "not have: run it from a copy of the repository.")
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


def grade_id(name: str) -> str:
    """An nbgrader grade_id from an exercise name: "03.more_positive" → "03_more_positive" (nbgrader allows only
    letters, digits, _ and -)."""
    graded = re.sub(r"[^a-zA-Z0-9_-]", "_", name)
    if not graded or not NBGRADER_ID.match(graded):
        raise FramelabError(f"{name!r} cannot be made into an nbgrader grade id.")
    return graded


def student_notebook(path: Path) -> nbformat.NotebookNode:
    """The notebook with every output, execution count and stored widget state removed."""
    notebook = nbformat.read(path, as_version=4)
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    return notebook


# ---------------------------------------------------------------- the printed handout

# Phrases that point at the screen, and what they become on paper (the handout goes with the notebook).
_ON_PAPER = [
    (r",? and press Save my (?:prediction|answer)", ""),
    (r"\bpress Save my (?:prediction|answer)\b", "write it down"),
    (r"\b[Tt]ype (your|a|one)\b", lambda m: ("Write " if m.group(0)[0] == "T" else "write ") + m.group(1)),
    (r"\bSave your (\w+), then run\b", r"Write your \1 down, then run"),
    (r"\brun the table\b", "run the notebook's table"),
    (r"\bbefore you run the next cell\b", "before you run the next cell in the notebook"),
    (r"\bBefore you run the next cell\b", "Before you run the next cell in the notebook"),
    (r"\bBefore you run the cells\b", "Before you run the notebook's cells"),
    (r"\bbefore you run the cells\b", "before you run the notebook's cells"),
    (r"\bBefore running the cell\b", "Before you run the notebook's cell"),
    (r"\bbefore running the cell\b", "before you run the notebook's cell"),
    (r"\bthe chart or the table above\b", "the notebook's chart or table"),
    (r"\bin the table\b(?! in the notebook)", "in the notebook's table"),
    (r"\bthe table above\b", "the notebook's table"),
    (r"\bthe chart above\b", "the notebook's chart"),
    (r"\bthen check:$", "then check in the notebook."),
    (r"\bthen run the cell\b", "then run the notebook's cell"),
]


def paper_task(text: str) -> str:
    """A task as it reads on paper: markdown marks removed and every pointer at the screen ("the next cell", "the
    table above") made to name the notebook. Sentence numbers need no change: the handout's article numbers them."""
    text = re.sub(r"<[^>]+>", "", text)  # e.g. the span that keeps "$800 million" away from MathJax
    text = re.sub(r"[*`]|(?<!&)#", "", text).replace("\\$", "$").replace("&#36;", "$")  # markdown for a plain "$"
    text = re.sub(r"\s+", " ", text).strip()
    for pattern, replacement in _ON_PAPER:
        text = re.sub(pattern, replacement, text)
    return text


def objectives(markdown: str) -> list[str]:
    """The numbered learning objectives of a notebook's first cell, each whole even when it wraps over lines."""
    items, current = [], None
    for line in markdown.splitlines():
        start = re.match(r"^\d+\.\s+(.*)$", line)
        if start:
            current = [start[1].strip()]
            items.append(current)
        elif current is not None and line.startswith((" ", "\t")) and line.strip():
            current.append(line.strip())
        elif current is not None and line.strip() and not line.startswith(("#", "|", ">", "-", "*")):
            current.append(line.strip())  # an unindented continuation line of the same item
        else:
            current = None
    return [" ".join(parts).replace("*", "") for parts in items]


def _tasks(markdown_cells: list[str]) -> list[str]:
    tasks = []
    for text in markdown_cells:
        blocks = re.split(r"\n\s*\n", text)
        for i, block in enumerate(blocks):
            lines = [re.sub(r"^>\s?", "", line).strip() for line in block.splitlines()]
            if lines and lines[0].startswith("### 🥊"):
                rest = [line for line in lines[1:] if line and not line.startswith(("#", "|"))]
                tasks.append(paper_task(" ".join([lines[0]] + rest)))
            elif lines and lines[0].startswith("🔔"):
                tasks.append(paper_task(" ".join(lines)))
    return tasks


def _numbered_article_html(article) -> str:
    """The article's paragraphs with every sentence numbered (superscript, counting from 1 through the whole
    report), so a task that names "sentence 19" points at something on the page."""
    parts = []
    for paragraph in article.paragraphs:
        inside = [(n, s) for n, s in enumerate(article.sentences, 1)
                  if paragraph.start <= s.start < paragraph.end]
        body = " ".join(f"<sup class='s'>{n}</sup>{escape(s.text)}" for n, s in inside) or escape(paragraph.text)
        parts.append(f"<p><b>¶{paragraph.number}</b> {body}</p>")
    return "".join(parts)


HANDOUT_CSS = ("body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5}"
               "li{margin-bottom:.6em}.write{border-bottom:1px solid #999;height:4.4em}"
               "sup.s{color:#555;font-size:.7em;margin-right:.15em}")


def handout_article(notebook: nbformat.NotebookNode):
    """The article a lesson's tasks are about: the worked example for the own-article lesson (its notebook uses
    framelab.own_article_widgets), the seed AP report otherwise; and the line that credits it."""
    if any("own_article_widgets" in c.source for c in notebook.cells if c.cell_type == "code"):
        from framelab.examples import example_article

        return example_article(), "The worked example: an invented report written for framelab (data/examples/)."
    return load_article(), "Associated Press, 12 March 2001. Copyright AP; used for classroom analysis."


def handout_html(notebook: nbformat.NotebookNode) -> str:
    """A printable page: the lesson's title and whole objectives, every challenge and question (worded for paper),
    and the article with numbered paragraphs (¶) and sentences (small raised numbers)."""
    markdown = [c.source for c in notebook.cells if c.cell_type == "markdown"]
    title = next((line[2:] for line in markdown[0].splitlines() if line.startswith("# ")), "framelab lesson")
    article, credit = handout_article(notebook)
    goals = "".join(f"<li>{escape(o)}</li>" for o in objectives(markdown[0]))
    tasks = "".join(f"<li>{escape(t)}<div class='write'></div></li>" for t in _tasks(markdown))
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{escape(title)}</title><style>{HANDOUT_CSS}</style></head>"
            f"<body><h1>{escape(title)}</h1><p>Name: ____________________ &nbsp; Date: __________</p>"
            "<p>Work through the notebook and write your answers here. Tables and charts a task names are in the "
            "notebook; the article is printed at the end, with paragraphs (¶) and sentences (small raised "
            "numbers) numbered.</p>"
            f"<h2>You will learn to</h2><ol>{goals}</ol>"
            f"<h2>Tasks</h2><ol>{tasks}</ol>"
            f"<h2>The article</h2><h3>{escape(article.headline or '')}</h3>{_numbered_article_html(article)}"
            f"<p><small>{escape(credit)}</small></p></body></html>")


# ---------------------------------------------------------------- nbgrader

def discussion_questions(plan: str) -> list[dict]:
    """The plan's discussion questions: [{"number", "question", "exemplar", "core"}], in order. A question is core
    when its number is followed by "(core)", e.g. "**Q2 (core). …**", or "(core)" follows its closing **."""
    section = plan.split("## Discussion questions with exemplar answers", 1)[-1].split("\n## ", 1)[0]
    found = []
    for m in _QUESTION.finditer(section):
        marks = f"{m['marks']} {m['after']}".lower()
        found.append({"number": int(m["number"]), "question": " ".join(m["question"].split()),
                      "exemplar": m["exemplar"].strip(), "core": "core" in marks})
    return found


def written_questions(plan: str) -> list[dict]:
    """The questions an nbgrader assignment grades by hand: the plan's core questions (at most three), or, when none
    is marked core yet, its first question that is not a prediction about a cell."""
    questions = discussion_questions(plan)
    core = [q for q in questions if q["core"]][:3]
    if core:
        return core
    plain = [q for q in questions if not re.match(r"(Before running|Predict)", q["question"])]
    if not plain:
        raise FramelabError("The lesson plan has no discussion question to grade by hand.")
    return plain[:1]


def _rubric(plan: str) -> str:
    return plan.split("## Rubric for open answers", 1)[-1].split("\n## ", 1)[0].strip()


def _nbgrader_meta(grade_id_: str, *, grade: bool, solution: bool, locked: bool, points: int | None = None) -> dict:
    meta = {"grade": grade, "grade_id": grade_id_, "locked": locked, "schema_version": 3, "solution": solution,
            "task": False}
    if points is not None:
        meta["points"] = points
    return meta


def _written_cells(lesson: str, question: dict, rubric: str) -> list[nbformat.NotebookNode]:
    ident = grade_id(f"{lesson}_Q{question['number']}")
    ask = nbformat.v4.new_markdown_cell(
        f"### ✍️ Written answer ({WRITTEN_POINTS} points, marked by your teacher)\n"
        f"**{question['question']}**\n\n"
        "Answer in the cell below, in full sentences. A strong answer names a paragraph (¶) and the words behind "
        "what you claim.")
    ask.metadata["nbgrader"] = _nbgrader_meta(f"{ident}-question", grade=False, solution=False, locked=True)
    answer = nbformat.v4.new_markdown_cell(
        "### BEGIN SOLUTION\n"
        f"**Exemplar (teacher's copy; removed on release):** {question['exemplar']}\n\n"
        f"**Rubric** (score the level reached, 1–{WRITTEN_POINTS}):\n\n{rubric}\n"
        "### END SOLUTION")
    answer.metadata["nbgrader"] = _nbgrader_meta(f"{ident}-answer", grade=True, solution=True, locked=False,
                                                 points=WRITTEN_POINTS)
    for cell in (ask, answer):
        cell["id"] = cell.metadata["nbgrader"]["grade_id"]
    return [ask, answer]


def nbgrader_notebook(path: Path, key: dict, plan: str | None = None) -> nbformat.NotebookNode:
    """nbgrader source notebook.

    Each exercise's cell keeps the student's blank line (`name = ...  # replace ... with …`) and gets the model
    answer after it between ### BEGIN SOLUTION / ### END SOLUTION; its check() line moves to a locked, autograded
    test cell that shows the usual feedback and holds the assert between ### BEGIN HIDDEN TESTS / ### END HIDDEN
    TESTS, so the released notebook runs top to bottom with blank answers and autograde still fails a wrong one.
    With `plan` (the lesson's plan.md), manually graded written-answer cells are added before save_my_work, from the
    plan's core discussion questions, with the exemplar and the rubric inside the solution region.
    A key entry's optional "model_code" (e.g. `[q for q in quotes if q.actor == "United States"]`) is written as the
    solution instead of the model answer's value, so a "your turn" exercise shows code.
    Needs the course setting CODE_STUB_SETTING (written by assign()); FramelabError when an exercise has no model
    answer."""
    notebook = student_notebook(path)
    lesson = path.stem.split("_", 1)[0]
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
            body.append(line)
            match = _ANSWER.match(line)
            if match and match["variable"] == variable:
                # "model_code" (optional) is the model answer as a student would type it: a line of code
                model = key[exercise].get("model_code") or repr(key[exercise]["model_answer"])
                body += ["### BEGIN SOLUTION", f"{variable} = {model}", "### END SOLUTION"]
        if "### BEGIN SOLUTION" not in body:
            raise FramelabError(f"{path.name}: exercise {exercise} has no answer line '{variable} = ...'.")
        ident = grade_id(exercise)
        solution = nbformat.v4.new_code_cell("\n".join(body))
        solution.metadata["nbgrader"] = _nbgrader_meta(f"{ident}-answer", grade=False, solution=True, locked=False)
        test = nbformat.v4.new_code_cell(
            f'check("{exercise}", {variable})\n'
            "### BEGIN HIDDEN TESTS\n"
            f'assert check("{exercise}", {variable}).correct, check("{exercise}", {variable}).message\n'
            "### END HIDDEN TESTS")
        test.metadata["nbgrader"] = _nbgrader_meta(f"{ident}-test", grade=True, solution=False, locked=True,
                                                   points=1)
        for new in (solution, test):
            new["id"] = new.metadata["nbgrader"]["grade_id"]
        cells += [solution, test]
    if plan is not None:
        written = [c for q in written_questions(plan) for c in _written_cells(lesson, q, _rubric(plan))]
        at = next((i for i, c in enumerate(cells) if c.cell_type == "code" and "save_my_work(" in c.source),
                  next((i for i, c in enumerate(cells) if c.source.startswith("## Key points")), len(cells)))
        cells[at:at] = written
    notebook.cells = cells
    return notebook


def course_config(course: Path) -> Path | None:
    """Make sure the nbgrader course folder keeps released answer cells runnable: write nbgrader_config.py with
    CODE_STUB_SETTING when there is none and return its path; return None when an existing one already sets it;
    FramelabError (saying the line to add) when an existing one does not."""
    config = course / "nbgrader_config.py"
    if not config.exists():
        config.write_text("# Written by `python -m framelab assign --nbgrader`.\n"
                          "c = get_config()  # noqa: F821 (nbgrader provides it)\n"
                          "# Released answer cells keep `name = ...` and no `raise NotImplementedError()`, so Run All\n"
                          "# goes past an unanswered challenge; the hidden tests still fail a wrong answer.\n"
                          f"{CODE_STUB_SETTING}\n", encoding="utf-8")
        return config
    if "ClearSolutions.code_stub" not in config.read_text(encoding="utf-8"):
        raise FramelabError(f"{config} does not set ClearSolutions.code_stub: add the line {CODE_STUB_SETTING} to "
                            "it (otherwise Run All stops at the first unanswered challenge) and run assign again.")
    return None


def assign(lesson: str, out: str | Path, nbgrader: bool = False, force: bool = False) -> list[Path]:
    """Write the student pack (or nbgrader sources) for a lesson into `out`; return the files written.
    With nbgrader, `out` is the course folder: source/<lesson>/<notebook> and, if missing, nbgrader_config.py.
    A file that is already there (a pack a teacher may have edited) is replaced only with force=True; otherwise
    FramelabError, before anything is written."""
    folder, out = lesson_folder(lesson), Path(out)
    targets = [out / "source" / folder.name / p.name if nbgrader else out / p.name for p in lesson_notebooks(folder)]
    targets += [] if nbgrader else [out / f"{folder.name}_handout.html"]
    there = [t for t in targets if t.exists()]
    if there and not force:
        raise FramelabError(f"{there[0]} already exists (a pack you may have edited). Choose another --out folder, "
                            "or add --force to replace it.")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    if nbgrader:
        config = course_config(out)
        written += [config] if config else []
    for path in lesson_notebooks(folder):
        if nbgrader:
            target = out / "source" / folder.name / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            plan = (folder / "plan.md").read_text(encoding="utf-8")
            nbformat.write(nbgrader_notebook(path, answer_key(folder), plan), target)
            written.append(target)
        else:
            notebook = student_notebook(path)
            nbformat.write(notebook, out / path.name)
            handout = out / f"{folder.name}_handout.html"
            handout.write_text(handout_html(copy.deepcopy(notebook)), encoding="utf-8")
            written += [out / path.name, handout]
    return written
