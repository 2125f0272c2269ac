"""What `assign` writes besides the notebooks: the printed handout, nbgrader's ids, the course setting and the
written questions taken from the plans."""
import re
from pathlib import Path

import pytest

from framelab.assign import (
    HANDOUT_CSS,
    assign,
    course_config,
    discussion_questions,
    grade_id,
    objectives,
    paper_task,
    written_questions,
)
from framelab.errors import FramelabError

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted(p for p in (ROOT / "lessons").iterdir() if (p / "plan.md").exists())


def _handout(tmp_path, folder) -> str:
    written = assign(folder.name, tmp_path)
    return next(p for p in written if p.suffix == ".html").read_text(encoding="utf-8")


@pytest.mark.parametrize("folder", LESSONS, ids=lambda p: p.name)
def test_handout_objectives_are_whole_sentences(tmp_path, folder):
    handout = _handout(tmp_path, folder)
    goals = re.findall(r"<li>(.*?)</li>", handout.split("<h2>You will learn to</h2>", 1)[1].split("</ol>", 1)[0])
    assert len(goals) >= 3
    for goal in goals:
        assert goal.endswith((";", ".")), f"objective cut mid-sentence: {goal!r}"


@pytest.mark.parametrize("folder", LESSONS, ids=lambda p: p.name)
def test_handout_tasks_point_only_at_paper_or_name_the_notebook(tmp_path, folder):
    handout = _handout(tmp_path, folder)
    tasks = re.findall(r"<li>([^<]*)<div class='write'>", handout)
    assert any("Challenge 1" in t for t in tasks)
    numbered = {int(n) for n in re.findall(r"<sup class='s'>(\d+)</sup>", handout)}
    assert numbered == set(range(1, max(numbered) + 1))
    for task in tasks:
        assert not re.search(r"(?<!in the notebook)\b(next cell|cells? below|table above|chart above)\b(?! in the notebook)",
                             task.replace("the next cell in the notebook", "")), task
        for n in re.findall(r"\bsentence (\d+)", task, re.I):
            assert int(n) in numbered, f"the task names sentence {n}, which the handout does not number"


def test_handout_numbers_sentences_as_the_kit_does(tmp_path):
    handout = _handout(tmp_path, LESSONS[2])  # 03 sentiment names sentences 3 and 19
    assert re.search(r"<sup class='s'>19</sup>Just the opposite, any alien presence may undermine", handout)
    assert re.search(r"<b>¶3</b> <sup class='s'>3</sup>Khatami&#x27;s visit comes amid strong U.S. opposition",
                     handout)
    assert "Associated Press, 12 March 2001" in handout


def test_handout_css_is_valid_and_own_article_handout_prints_the_worked_example(tmp_path):
    assert "}}" not in HANDOUT_CSS and HANDOUT_CSS.count("{") == HANDOUT_CSS.count("}")
    assert "li{margin-bottom:.6em}" in HANDOUT_CSS
    handout = _handout(tmp_path, LESSONS[-1])
    assert "Saltinghay" in handout and "Khatami" not in handout.split("<h2>The article</h2>", 1)[1]


def test_paper_task_rewrites_screen_pointers():
    assert paper_task("Write your guess down\nbefore you run the next cell.") == \
        "Write your guess down before you run the next cell in the notebook."
    assert paper_task("Use the chart or the table above.") == "Use the notebook's chart or table."
    assert paper_task("**Predict.** Find its score in the table.") == "Predict. Find its score in the notebook's table."


def test_objectives_join_wrapped_lines():
    first = "### What you will learn\n1. **explain** a thing that goes on\n   over two lines;\n2. stop.\n\n## Next"
    assert objectives(first) == ["explain a thing that goes on over two lines;", "stop."]


def test_grade_ids_have_no_dots():
    assert grade_id("03.more_positive") == "03_more_positive"
    assert re.fullmatch(r"[A-Za-z0-9_-]+", grade_id("01.where met?"))
    with pytest.raises(FramelabError):
        grade_id("")


def test_course_config_is_written_once_and_an_existing_one_must_set_the_stub(tmp_path):
    assert course_config(tmp_path) == tmp_path / "nbgrader_config.py"
    assert course_config(tmp_path) is None  # already there, already set
    (tmp_path / "nbgrader_config.py").write_text("c = get_config()\nc.CourseDirectory.course_id = 'x'\n")
    with pytest.raises(FramelabError, match=r'add the line c.ClearSolutions.code_stub = \{"python": ""\}'):
        assign("03", tmp_path, nbgrader=True)


PLAN = """## Discussion questions with exemplar answers

Intro.

**Q1. Before running the cell: guess?**
*Exemplar:* A guess.

**Q2. Who is quoted in ¶3,
and why?**
*Exemplar:* Nobody
is.

**Q3 (core). What does "claims" do?** 
*Exemplar:* It distances.

## Common misconceptions
"""


def test_written_questions_prefer_core_then_the_first_plain_question():
    questions = discussion_questions(PLAN)
    assert [(q["number"], q["core"]) for q in questions] == [(1, False), (2, False), (3, True)]
    assert questions[1]["question"] == "Who is quoted in ¶3, and why?" and questions[1]["exemplar"] == "Nobody\nis."
    assert [q["number"] for q in written_questions(PLAN)] == [3]
    assert [q["number"] for q in written_questions(PLAN.replace(" (core)", ""))] == [2]
    with pytest.raises(FramelabError):
        written_questions("## Discussion questions with exemplar answers\n\nNone yet.\n")


@pytest.mark.parametrize("folder", LESSONS, ids=lambda p: p.name)
def test_every_plan_gives_a_written_question(folder):
    assert written_questions((folder / "plan.md").read_text(encoding="utf-8"))


def test_paper_task_keeps_dollars_and_capitals_right():
    from framelab.assign import paper_task

    assert paper_task("Two different \\$800 million contracts.") == "Two different $800 million contracts."
    assert paper_task('Two <span class="mathjax_ignore">$800 million</span> deals.') == "Two $800 million deals."
    assert paper_task("Guess before you run the cells below.") == "Guess before you run the notebook's cells below."
    assert paper_task("Before you run the cells, guess.") == "Before you run the notebook's cells, guess."
    assert paper_task("Type a number and press **Save my prediction**.") == "Write a number."
    assert paper_task("Save your number, then run the table.") == "Write your number down, then run the notebook's table."


def test_assign_outside_the_kit_folder_says_what_to_do(monkeypatch, tmp_path):
    import framelab.assign as assign_module

    monkeypatch.setattr(assign_module, "ROOT", tmp_path)  # as in an installed wheel: no lessons/ beside the data
    with pytest.raises(FramelabError, match="needs the kit's folder"):
        assign_module.lesson_folder("02")


def test_assign_never_replaces_a_pack_without_force(tmp_path):
    from framelab.assign import assign

    written = assign("02", tmp_path)
    handout = next(p for p in written if p.suffix == ".html")
    handout.write_text("a teacher's edited handout", encoding="utf-8")
    with pytest.raises(FramelabError, match="already exists"):
        assign("02", tmp_path)
    assert handout.read_text(encoding="utf-8") == "a teacher's edited handout"
    assign("02", tmp_path, force=True)
    assert "a teacher's edited handout" not in handout.read_text(encoding="utf-8")
