"""Typed predictions and written answers: saved, locked at the reveal, compared where a right answer exists, handed
in with save_my_work and shown on the teacher dashboard."""
import json
import shutil
from pathlib import Path

import pytest

from framelab.collect import SESSION, class_responses, load_class_work, save_my_work
from framelab.exercises import EXERCISES, answer, answer_box, check, core, predict, prediction_box, reveal

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def fresh_session(monkeypatch):
    for key in ("answers", "stance_labels", "responses"):
        monkeypatch.setitem(SESSION, key, {})
    monkeypatch.setattr(core, "_REVEALED", set())


def test_a_prediction_is_saved_then_locked_by_the_reveal():
    assert predict("03.predict_quotes").status == "not answered"
    first = predict("03.predict_quotes", "  Khatami, because of   peace ")
    assert first.status == "saved" and "“Khatami, because of peace”" in first.message
    assert predict("03.predict_quotes", "Putin").status == "saved"  # may change its mind before the result
    result = reveal("03.predict_quotes", EXERCISES["03.more_positive"])
    assert (result.status, result.message.split(":")[0]) == ("as predicted", "As predicted")
    late = predict("03.predict_quotes", "Khatami")
    assert late.status == "locked" and "“Putin”" in late.message
    assert SESSION["responses"]["03.predict_quotes"] == {"kind": "prediction", "text": "Putin", "status": "as predicted"}


@pytest.mark.parametrize("guess, truth, status", [
    ("about 7 paragraphs", 7, "as predicted"), ("half, so 6", 7, "surprise"), ("Iran, surely", "Iran", "as predicted"),
    ("the United States", "Iran", "surprise"), ("No, it stays the same", "no", "as predicted"),
    ("I think it changes", "no", "surprise"),
])
def test_reveal_compares_with_a_computed_truth(guess, truth, status):
    predict("01.predict_x", guess)
    feedback = reveal("01.predict_x", truth)
    assert feedback.status == status and f"The result: {truth}." in feedback.message
    assert SESSION["responses"]["01.predict_x"]["status"] == status


def test_reveal_without_a_right_answer_or_without_a_prediction():
    predict("04.predict_matrix", "Iran AGAINST on T4")
    assert reveal("04.predict_matrix").status == "locked"
    assert reveal("04.never_predicted").status == "not answered"
    assert predict("04.never_predicted", "too late").status == "locked"
    assert "04.never_predicted" not in SESSION["responses"]


def test_a_broken_judge_does_not_raise():
    predict("02.predict_words", "40")
    assert reveal("02.predict_words", lambda guess: 1 / 0).status == "locked"


def test_written_answers_are_saved_with_a_hint_when_they_cite_nothing():
    assert answer("03.sentence_3").status == "not answered"
    assert answer("03.sentence_3", "   ").status == "not answered"
    bare = answer("03.sentence_3", "It is about a conflict")
    assert bare.status == "saved" and "5 words" in bare.message and "Tip: a strong answer names a paragraph" in bare.message
    cited = answer("03.sentence_3", "No: ¶3 reports a conflict, and “strong” counts +2.3.")
    assert cited.status == "saved" and "Tip" not in cited.message
    assert SESSION["responses"]["03.sentence_3"]["text"] == "No: ¶3 reports a conflict, and “strong” counts +2.3."


@pytest.mark.parametrize("question", ["3.x", "03 x", "", None, 42, "03.Upper"])
def test_bad_question_names_never_raise(question):
    assert answer(question, "text").status == predict(question, "x").status == reveal(question).status == "cannot check"


def test_feedback_html_escapes_what_the_student_types():
    html = answer("01.q", "<script>x</script> in ¶1")._repr_html_()
    assert "<script>" not in html
    html = predict("01.p", "<b>bold</b>")._repr_html_()
    assert "<b>bold</b>" not in html and "&lt;b&gt;" in html


def test_boxes_save_on_click_and_lock_after_the_reveal():
    box = prediction_box("05.predict_quotes")
    area, button, status = box.children
    assert button.description == "Save my prediction" and status.value == "" and area.description == "My prediction:"
    area.value = "zero"
    button.click()
    assert "Saved" in status.value and SESSION["responses"]["05.predict_quotes"]["text"] == "zero"
    assert reveal("05.predict_quotes", 0).status == "as predicted"
    again = prediction_box("05.predict_quotes")  # the cell run again after the reveal
    assert again.children[0].value == "zero" and again.children[0].disabled and again.children[1].disabled
    assert "Locked" in again.children[2].value
    written = answer_box("05.q_claims")
    written.children[0].value = "claims distances the US view in ¶14"
    written.children[1].click()
    assert written.children[1].description == "Save my answer" and "Saved" in written.children[2].value
    assert SESSION["responses"]["05.q_claims"]["kind"] == "written"


def test_save_my_work_hands_in_responses_and_the_dashboard_shows_them(tmp_path):
    assert save_my_work("Ana", tmp_path).startswith("Nothing to save yet")
    predict("03.predict_quotes", "Khatami")
    reveal("03.predict_quotes", EXERCISES["03.more_positive"])
    answer("03.sentence_3", "No: ¶3 reports a conflict.")
    check("03.more_positive", "Putin")
    receipt = save_my_work("Ana B.", tmp_path)
    assert receipt.startswith("Saved 1 answer, 1 prediction, 1 written answer and 0 stance labels to ")
    saved = json.loads((tmp_path / "Ana_B_work.json").read_text(encoding="utf-8"))
    assert saved["version"] == 2 and saved["responses"] == {
        "03.predict_quotes": {"kind": "prediction", "text": "Khatami", "status": "surprise"},
        "03.sentence_3": {"kind": "written", "text": "No: ¶3 reports a conflict.", "status": "saved"}}
    folder = tmp_path / "class"
    shutil.copytree(ROOT / "lessons" / "sample_class_work", folder)
    shutil.copy(tmp_path / "Ana_B_work.json", folder)
    records, _ = load_class_work(folder)
    table = class_responses(records)
    assert list(table.columns) == ["question", "kind", "student", "text", "status"]
    row = table[(table["student"] == "Ana_B") & (table["question"] == "03.predict_quotes")].iloc[0]
    assert (row["kind"], row["text"], row["status"]) == ("prediction", "Khatami", "surprise")
    assert list(table["question"]) == sorted(table["question"])
    assert {"Amira_K", "Ben_T"} <= set(table["student"])  # the sample class has typed responses too


def test_an_old_file_without_responses_is_still_read(tmp_path):
    (tmp_path / "Old_work.json").write_text(json.dumps({"format": "framelab-student-work", "version": 1,
                                                         "student": "Old", "answers": {}, "stance_labels": {}}))
    (tmp_path / "Bad_work.json").write_text(json.dumps({"format": "framelab-student-work", "student": "Bad",
                                                         "answers": {}, "stance_labels": {},
                                                         "responses": {"01.q": "just text"}}))
    records, problems = load_class_work(tmp_path)
    assert [r["student"] for r in records] == ["Old"] and records[0]["responses"] == {}
    assert problems == ["Bad_work.json: skipped (a prediction or written answer is not in the expected form)"]


def test_responses_per_question_counts_the_sample_class():
    from framelab.collect import responses_per_question

    records, _ = load_class_work(ROOT / "lessons" / "sample_class_work")
    counts = responses_per_question(class_responses(records))
    assert counts.loc["03.predict_more_positive"].to_dict() == {"kind": "prediction", "students": 2,
                                                                "as predicted": 1, "surprise": 1}
    assert counts.loc["03.sentence_3"].to_dict() == {"kind": "written", "students": 2, "as predicted": 0,
                                                     "surprise": 0}
    assert responses_per_question(class_responses([])).empty
