"""Charts, widgets, exercises and the preflight: what a student sees."""
import json
from pathlib import Path

import pytest

from framelab import Article
from framelab.actors import paragraph_map
from framelab.charts import (
    SIDE_COLOURS,
    paragraph_map_chart,
    paragraph_map_takeaway,
    sentence_length_chart,
    word_frequency_chart,
)
from framelab.exercises import EXERCISES, check
from framelab.preflight import preflight
from framelab.reading import sentence_lengths, word_frequencies
from framelab.widgets import kwic_explorer, widget_check

LESSONS = Path(__file__).resolve().parent.parent / "lessons"


def test_every_chart_has_a_title_and_axis_titles(seed):
    for figure in (paragraph_map_chart(paragraph_map(seed)), word_frequency_chart(word_frequencies(seed)),
                   sentence_length_chart(sentence_lengths(seed))):
        assert figure.layout.title.text
        assert figure.layout.xaxis.title.text and figure.layout.yaxis.title.text


def test_palette_is_okabe_ito():
    okabe_ito = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999"}
    assert set(SIDE_COLOURS.values()) <= okabe_ito


def test_paragraph_map_takeaway_names_the_leaders_and_the_us(seed):
    text = paragraph_map_takeaway(paragraph_map(seed))
    assert text.startswith("Takeaway: Russia and Iran appear in the most paragraphs (11 of 14)")
    assert "United States 7" in text


def test_kwic_explorer_updates_and_escapes_what_the_student_types(seed):
    app = kwic_explorer(seed)
    label, box, result = app.children
    assert box.description == "Word:"
    assert "3 hits" in result.value and "<mark><b>stability</b></mark>" in result.value
    box.value = "nuclear"
    assert "6 hits" in result.value
    box.value = '<script>alert("x")</script>'
    assert "<script>" not in result.value and "&lt;script&gt;" in result.value
    assert "does not occur in the article" in result.value


def test_kwic_escapes_article_text():
    article = Article.from_text('Talks & tea. He said "x < y" twice.')
    result = kwic_explorer(article, start_word="x").children[2].value
    assert "x &lt; y" in result.replace("<mark><b>x</b></mark>", "x") or "&lt; y" in result


def test_widget_check_follows_the_slider():
    slider, readout = widget_check().children
    assert slider.description == "Try me:"
    slider.value = 7
    assert "The slider is at <b>7</b>" in readout.value


@pytest.mark.parametrize("answer, status", [
    (..., "not answered"), (None, "not answered"), ("", "not answered"), ("many", "try again"), ("fourteen", "correct"),
    ([1, 2], "try again"), (True, "try again"), (14, "correct"), ("14 paragraphs", "correct"), (14.0, "correct"),
])
def test_check_never_raises(answer, status):
    assert check("01.paragraph_count", answer).status == status


def test_check_unknown_exercise():
    assert check("99.nope", 1).status == "cannot check"
    assert "<" not in check("01.where_met", "<b>Tehran</b>")._repr_html_().split("🔁", 1)[1].split("</div>")[0]


def test_every_model_answer_is_accepted_and_every_wrong_one_refused():
    keys = sorted(LESSONS.glob("*/answer_key.json"))
    assert keys, "no answer keys found"
    covered = set()
    for key_file in keys:
        for exercise, entry in json.loads(key_file.read_text(encoding="utf-8"))["exercises"].items():
            assert check(exercise, entry["model_answer"]).correct, (key_file, exercise)
            assert not check(exercise, entry["wrong_answer"]).correct, (key_file, exercise)
            covered.add(exercise)
    assert covered == set(EXERCISES)


def test_preflight_passes_here_and_reports_failures_in_plain_words(monkeypatch):
    report = preflight()
    assert report.ok, repr(report)
    html = report._repr_html_()
    assert "OK. All 7 checks passed: this machine is ready." in html
    assert html.count("<td><b>OK</b> ") == 7 and "PROBLEM" not in html  # words, not only an emoji
    assert all(line.startswith("OK      ") for line in repr(report).splitlines())
    monkeypatch.setattr("framelab.preflight.pinned_versions", lambda: {"nltk": "0.0.1"})
    broken = preflight()
    assert not broken.ok
    assert "nltk 3.10.4 (kit expects 0.0.1)" in repr(broken)
    assert repr(broken).splitlines()[1].startswith("PROBLEM Packages: nltk")
    html = broken._repr_html_()
    assert "PROBLEM. 1 of 7 checks failed" in html and html.count("<td><b>PROBLEM</b> ") == 1
    assert "pip install -r requirements.txt" in html
