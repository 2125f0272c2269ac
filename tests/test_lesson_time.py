"""Fit the slot (issue 15): each lesson's core path fits the class period its plan states.

The convention (CONTRIBUTING.md, "Adding a notebook", step 6):
- the notebook declares `metadata.framelab.slot_minutes` (and optionally `start_minutes`, minutes for Binder start-up
  or opening the notebook inside the slot); it equals the plan's **Time** and the lessons map;
- a cell is off the core path when it is tagged `extension` or sits under a heading whose text starts with
  "Extension" (until the next heading of the same or a higher level); the first cell of each run of extension cells
  says "Extension" where students see it;
- core time = start + words of core markdown at 150 a minute + `metadata.framelab.task_minutes` of core cells
  + RUN_MINUTES for every other core code cell; it must not exceed the slot;
- the plan's minute-by-minute flow runs from 0 to the slot, ends "Total: N minutes." and lists exactly the core
  numbered sections of the notebook; three discussion questions are marked core;
- for lessons whose answer-key table says "Accepts: …" and "Refuses: …", check() agrees (no drift).
"""
import json
import re
from pathlib import Path

import nbformat
import pytest

from framelab.assign import discussion_questions
from framelab.exercises import check

ROOT = Path(__file__).resolve().parent.parent
WORDS_PER_MINUTE = 150
RUN_MINUTES = 0.25  # a core code cell with no declared task: run it and glance at the output
LESSON_NOTEBOOKS = sorted(ROOT.glob("notebooks/0[1-6]_*.ipynb"))
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_LITERAL = r'\[[^\]]*\]|"[^"]*"|-?\d+(?:\.\d+)?'


def words(markdown: str) -> int:
    """Words a student reads in a markdown cell: whitespace-separated tokens with a letter or a digit, once link
    targets, HTML tags and backticks are removed (table pipes and rules are not words)."""
    text = re.sub(r"\]\([^)]*\)", "]", markdown)
    text = re.sub(r"<[^>]+>", " ", text).replace("`", "")
    return sum(1 for token in text.split() if re.search(r"[^\W_]", token))


def _heading(cell) -> tuple[int, str] | None:
    if cell.cell_type != "markdown" or not cell.source.strip():
        return None
    match = _HEADING.match(cell.source.lstrip().splitlines()[0])
    return (len(match[1]), match[2].strip()) if match else None


def core_flags(notebook) -> list[bool]:
    """For each cell, True when it is on the core path."""
    flags, open_level = [], None  # open_level: the level of the heading that opened the current extension region
    for cell in notebook.cells:
        heading = _heading(cell)
        if heading:
            level, title = heading
            if title.lower().startswith("extension"):
                open_level = level if open_level is None else min(open_level, level)
            elif open_level is not None and level <= open_level:
                open_level = None
        tagged = "extension" in cell.metadata.get("tags", [])
        flags.append(open_level is None and not tagged)
    return flags


def task_minutes(cell) -> float:
    return float(cell.metadata.get("framelab", {}).get("task_minutes", 0))


def core_time(notebook) -> dict:
    """The core path's minutes: {"start", "words", "reading", "tasks", "running", "total", "slot", "lines"}."""
    meta = notebook.metadata.get("framelab", {})
    core = [c for c, on in zip(notebook.cells, core_flags(notebook)) if on]
    n_words = sum(words(c.source) for c in core if c.cell_type == "markdown")
    tasks = sum(task_minutes(c) for c in core)
    running = RUN_MINUTES * sum(1 for c in core if c.cell_type == "code" and not task_minutes(c))
    start = float(meta.get("start_minutes", 0))
    lines = [f"{task_minutes(c):g} min: {c.source.splitlines()[0][:70]}" for c in core if task_minutes(c)]
    return {"start": start, "words": n_words, "reading": n_words / WORDS_PER_MINUTE, "tasks": tasks,
            "running": running, "total": start + n_words / WORDS_PER_MINUTE + tasks + running,
            "slot": meta.get("slot_minutes"), "lines": lines}


def plan_of(path: Path) -> str:
    return (ROOT / "lessons" / path.stem / "plan.md").read_text(encoding="utf-8")


def section(plan: str, title: str) -> str:
    return plan.split(f"## {title}", 1)[1].split("\n## ", 1)[0]


def flow_rows(plan: str) -> list[tuple[int, int, list[str]]]:
    """The minute-by-minute flow: (from, to, [notebook sections named in the last column])."""
    rows = []
    for line in section(plan, "Minute-by-minute flow").splitlines():
        match = re.match(r"^\| (\d+)[–-](\d+) \|", line)
        if match:
            last = [c.strip() for c in line.strip().strip("|").split("|")][-1]
            rows.append((int(match[1]), int(match[2]), [p.strip() for p in last.split(";") if p.strip()]))
    return rows


def numbered_sections(notebook) -> dict[int, tuple[str, bool]]:
    """Level-2 numbered headings, "## 3. Title (k min)": number → (title, on the core path)."""
    found = {}
    for cell, on in zip(notebook.cells, core_flags(notebook)):
        heading = _heading(cell)
        match = heading and heading[0] == 2 and re.match(r"^(\d+)\.\s+(.*)$", heading[1])
        if match:
            found[int(match[1])] = (match[2], on)
    return found


def declared() -> list[Path]:
    return [p for p in LESSON_NOTEBOOKS
            if nbformat.read(p, as_version=4).metadata.get("framelab", {}).get("slot_minutes")]


# ---------------------------------------------------------------- the measure itself, on made-up notebooks

def _notebook(*cells, **meta):
    notebook = nbformat.v4.new_notebook(cells=list(cells))
    notebook.metadata["framelab"] = meta
    return notebook


def test_words_are_what_a_student_reads():
    assert words("| **Time** | 45 minutes |\n|---|---|") == 3
    assert words("See [the plan](../lessons/02_who_speaks/plan.md) and `data/lexicons/actors.csv`.") == 5
    assert words("<b>Putin</b> said — “we believe” ¶6") == 5


def test_extension_regions_tags_and_minutes():
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    tagged = code("x = 1")
    tagged.metadata["tags"] = ["extension"]
    task = code("answer = ...")
    task.metadata["framelab"] = {"task_minutes": 3}
    notebook = _notebook(
        md("## 1. Core (5 min)\n" + "word " * 146), task, code("print(1)"),
        md("## Extension: more\n" + "word " * 300), code("y = 2"),
        md("### 2b. still extension"), md("## 2. Core again"), tagged, md("## Key points"),
        slot_minutes=10, start_minutes=1)
    assert core_flags(notebook) == [True, True, True, False, False, False, True, False, True]
    time = core_time(notebook)
    assert time["words"] == 150 + 3 + 2  # 146 + "1. Core (5 min)", "2. Core again", "Key points"
    assert time["tasks"] == 3 and time["running"] == RUN_MINUTES and time["start"] == 1
    assert time["total"] == pytest.approx(1 + 155 / 150 + 3 + 0.25)


def test_a_level_3_extension_ends_at_the_next_level_3_heading():
    md = nbformat.v4.new_markdown_cell
    notebook = _notebook(md("## 5. Traps"), md("### Extension · Trap 3"), md("text"), md("### Challenge 4"),
                         md("## 6. Next"))
    assert core_flags(notebook) == [True, False, False, True, True]


# ---------------------------------------------------------------- every lesson notebook

def test_every_lesson_notebook_declares_its_slot():
    missing = [p.name for p in LESSON_NOTEBOOKS if p not in declared()]
    assert len(LESSON_NOTEBOOKS) == 6
    assert not missing, f"not yet converted to the slot convention (CONTRIBUTING.md, step 6): {missing}"


@pytest.mark.parametrize("path", declared(), ids=lambda p: p.stem)
def test_core_path_fits_the_slot_the_plan_states(path):
    notebook = nbformat.read(path, as_version=4)
    time = core_time(notebook)
    plan = plan_of(path)
    glance = section(plan, "At a glance")
    plan_minutes = int(re.search(r"\| \*\*Time\*\* \| (\d+) minutes", glance)[1])
    row = next(line for line in (ROOT / "lessons" / "README.md").read_text(encoding="utf-8").splitlines()
               if f"`{path.stem}`" in line)
    map_minutes = int([c.strip() for c in row.strip("|").split("|")][2])
    assert time["slot"] == plan_minutes == map_minutes
    breakdown = (f"{path.name}: start {time['start']:g} + reading {time['words']} words = {time['reading']:.1f} min "
                 f"+ tasks {time['tasks']:g} + running {time['running']:g} = {time['total']:.1f} min, slot "
                 f"{time['slot']}; tasks: " + "; ".join(time["lines"]))
    assert time["total"] <= time["slot"], breakdown
    assert time["reading"] > 0 and time["tasks"] > 0, breakdown


@pytest.mark.parametrize("path", declared(), ids=lambda p: p.stem)
def test_plan_flow_sums_to_the_slot_and_names_exactly_the_core_sections(path):
    notebook = nbformat.read(path, as_version=4)
    slot = notebook.metadata["framelab"]["slot_minutes"]
    plan = plan_of(path)
    rows = flow_rows(plan)
    assert rows[0][0] == 0 and rows[-1][1] == slot, "the flow does not run from 0 to the slot"
    assert all(a[1] == b[0] for a, b in zip(rows, rows[1:])), "the flow has a gap or an overlap"
    assert sum(b - a for a, b, _ in rows) == slot
    assert f"Total: {slot} minutes." in section(plan, "Minute-by-minute flow")
    sections = numbered_sections(notebook)
    core = {n for n, (_, on) in sections.items() if on}
    named = set()
    for _, _, parts in rows:
        for part in parts:
            number = re.match(r"^(\d+)\b", part)
            if number:
                named.add(int(number[1]))
            else:
                assert part in ("Header", "Save your work", "Key points"), f"the flow names {part!r}"
    assert named == core, f"flow names sections {sorted(named)}, the notebook's core sections are {sorted(core)}"
    stated = [re.search(r"\((\d+) min\)", title) for n, (title, on) in sections.items() if on]
    assert all(stated), "every core numbered heading states its minutes, e.g. '(7 min)'"
    assert sum(int(m[1]) for m in stated) <= slot


@pytest.mark.parametrize("path", declared(), ids=lambda p: p.stem)
def test_extension_is_marked_where_students_see_it(path):
    notebook = nbformat.read(path, as_version=4)
    flags = core_flags(notebook)
    for i, (cell, on) in enumerate(zip(notebook.cells, flags)):
        if not on and (i == 0 or flags[i - 1]):
            first = cell.source.lstrip().splitlines()[0] if cell.source.strip() else ""
            assert cell.cell_type == "markdown" and "Extension" in first, \
                f"cell {i} starts an extension but does not say so: {first[:80]!r}"
    assert flags[-1], "Key points stay on the core path"


@pytest.mark.parametrize("path", declared(), ids=lambda p: p.stem)
def test_three_discussion_questions_are_core(path):
    questions = discussion_questions(plan_of(path))
    core = [q["number"] for q in questions if q["core"]]
    assert len(core) == 3, f"core questions: {core}"
    assert len(re.findall(r"^\*\*Q\d+ \(core\)\. ", plan_of(path), re.M)) == 3


# ---------------------------------------------------------------- plans cannot drift from check()

def answer_key_claims(plan: str) -> list[tuple[str, str, object]]:
    """(exercise, "Accepts" or "Refuses", answer) for every "Accepts: a, b." / "Refuses: c." in the plan's answer key
    table; answers are written as JSON literals ("Putin", 0, [5, 14])."""
    claims = []
    for line in section(plan, "Answer key").splitlines():
        exercise = re.search(r"`(\d\d\.\w+)`", line)
        if not (line.startswith("|") and exercise):
            continue
        for verdict, values in re.findall(rf"(Accepts|Refuses): ((?:{_LITERAL})(?:, (?:{_LITERAL}))*)", line):
            claims += [(exercise[1], verdict, json.loads(v)) for v in re.findall(_LITERAL, values)]
    return claims


def test_answer_key_claims_are_read_as_python_values():
    plan = ("## Answer key\n\n| Challenge | Feedback |\n|---|---|\n"
            '| 1 · `02.us_attributions` | ✅ "Right: …". Accepts: [5, 14, 14], "x". Refuses: [14], 0, "none". |\n'
            "| 2 · no exercise here | Accepts: 1. |\n\n## Sources\n")
    assert answer_key_claims(plan) == [("02.us_attributions", "Accepts", [5, 14, 14]), ("02.us_attributions", "Accepts", "x"),
                                       ("02.us_attributions", "Refuses", [14]), ("02.us_attributions", "Refuses", 0),
                                       ("02.us_attributions", "Refuses", "none")]


DRIFT_CHECKED = ["01_reading", "02_who_speaks", "03_sentiment", "04_stance", "05_framing_us_opposition"]  # other owners: add your lesson once its plan uses the format


@pytest.mark.parametrize("lesson", DRIFT_CHECKED)
def test_plan_statements_about_check_match_the_code(lesson):
    plan = (ROOT / "lessons" / lesson / "plan.md").read_text(encoding="utf-8")
    claims = answer_key_claims(plan)
    key = json.loads((ROOT / "lessons" / lesson / "answer_key.json").read_text(encoding="utf-8"))["exercises"]
    assert {exercise for exercise, _, _ in claims} == set(key), "every exercise's row says what check() accepts"
    assert {verdict for _, verdict, _ in claims} == {"Accepts", "Refuses"}
    for exercise, verdict, answer in claims:
        feedback = check(exercise, answer)
        assert feedback.correct == (verdict == "Accepts"), f"plan says {exercise} {verdict} {answer!r}: {feedback!r}"

