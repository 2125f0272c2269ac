"""Notebook 06's paste box and upload button: the same file can be uploaded again after another text was pasted or
uploaded; the button's label is not cut; re-running the box's cell (or the cells below it) keeps the student's text,
table and targets."""
import datetime

from framelab.examples import example_text
from framelab.article import seed_article_path
from framelab.actors import actor_rows_csv
from framelab.own_article_widgets import _KEPT, actor_editor, article_box, target_editor


def upload_value(name: str, content: bytes) -> tuple:
    """What ipywidgets 8's FileUpload sets as its value when the browser sends one file."""
    return ({"name": name, "type": "text/plain", "size": len(content), "content": memoryview(content),
             "last_modified": datetime.datetime(2024, 1, 1)},)


def test_the_same_file_uploaded_twice_after_pasting_is_read_again(seed):
    box = article_box()
    text, upload, status = box.children
    seed_bytes = seed_article_path().read_bytes()
    upload.value = upload_value("seed.txt", seed_bytes)
    assert box.article.source == "seed.txt" and text.value == seed.raw
    assert upload.value == ()  # emptied once read, so the next upload is a change
    text.value = example_text()
    assert box.article.source == "pasted text" and "<b>pasted text</b>" in status.value
    upload.value = upload_value("seed.txt", seed_bytes)  # the same file, the same bytes, a second time
    assert box.article.source == "seed.txt" and box.article.headline == seed.headline
    assert text.value == seed.raw and "✅ Ready: <b>seed.txt</b>" in status.value
    assert upload.value == ()


def test_a_refused_file_uploaded_again_is_refused_again(seed):
    box = article_box()
    text, upload, status = box.children
    latin1 = upload_value("zurich.txt", "Talks in Zürich ended on Monday.".encode("latin-1"))
    upload.value = latin1
    assert "Could not use <b>zurich.txt</b>" in status.value and "not UTF-8 text (byte 0xfc" in status.value
    assert upload.value == () and box.article.source == "saltinghay_lido.txt"
    text.value = seed.raw
    assert "Could not use" not in status.value and box.article.source == "pasted text"
    upload.value = latin1
    assert "Could not use <b>zurich.txt</b>" in status.value
    assert "still use the previous text: pasted text" in status.value and box.article.source == "pasted text"


def test_the_upload_button_is_as_wide_as_its_label():
    _, upload, _ = article_box().children
    assert upload.description == "Upload a .txt file" and upload.layout.width == "auto"


def test_rerunning_the_cells_keeps_the_pasted_text_the_table_and_the_targets(seed):
    _KEPT.clear()
    box = article_box(keep="06_test")
    text, _, status = box.children
    text.value = seed.raw  # the student pastes an article
    # "Run Selected Cell and All Below" from the box's own cell: the cell runs again
    again = article_box(keep="06_test")
    assert again is box and again.children[0].value == seed.raw and again.article.source == "pasted text"
    editor = actor_editor(again.article, keep="06_test")
    rows = [r for r in editor.rows if r["alias"] != "Kazakstan"]
    editor.children[1].value = actor_rows_csv(rows)  # the student edits the table
    assert actor_editor(again.article, keep="06_test") is editor and editor.rows == rows
    targets = target_editor(again.article, editor.rows, keep="06_test")
    targets.children[1].value = "id,target,cues\nS1,arms sales,arms;weapons"
    assert target_editor(again.article, editor.rows, keep="06_test") is targets
    assert [t.id for t in targets.targets] == ["S1"]
    # a new text gets a new table, and a new table new targets; the box is still the same box
    text.value = seed.raw.replace("Putin", "Vladimir")
    assert article_box(keep="06_test") is box
    fresh = actor_editor(box.article, keep="06_test")
    assert fresh is not editor and sum(k[:2] == ("06_test", "actors") for k in _KEPT) == 1
    assert target_editor(box.article, fresh.rows, keep="06_test") is not targets
    # without keep (tests, other notebooks), every call makes a new box
    assert article_box() is not article_box()
    _KEPT.clear()
