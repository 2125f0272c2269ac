"""Notebook 06's upload button: the same file can be uploaded again after another text was pasted or uploaded."""
import datetime

from framelab.examples import example_text
from framelab.article import seed_article_path
from framelab.own_article_widgets import article_box


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
    assert upload.value == () and box.article.source == "vell_dam.txt"
    text.value = seed.raw
    assert "Could not use" not in status.value and box.article.source == "pasted text"
    upload.value = latin1
    assert "Could not use <b>zurich.txt</b>" in status.value
    assert "still use the previous text: pasted text" in status.value and box.article.source == "pasted text"
