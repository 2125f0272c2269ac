"""The command line and the launch: `analyze --out` never destroys a file, a bare `python -m framelab` shows the help,
binary files are named as binary, the README's quick start opens JupyterLab at the repository root on notebook 00,
and JupyterLab's news pop-up is off in this install."""
import io
import json
import os
import re
import secrets
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from framelab import Article, FramelabError
from framelab.__main__ import main
from tests.conftest import free_port, stop_server

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ("Talks ended on Monday.\n\nThe minister said: \"We will build the dam.\" Farmers said the plan "
           "would ruin the valley.\n")
NEWS_PLUGIN = "@jupyterlab/apputils-extension:announcements"


def framelab(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "framelab", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def docx_bytes() -> bytes:
    """A minimal Word document (a zip archive), as a teacher's .docx renamed to .txt would be."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>Talks ended.</w:p></w:body></w:document>")
    return buffer.getvalue()


# --- analyze --out ---------------------------------------------------------------------------------------------------

def test_out_refuses_to_write_over_the_input_article_even_with_force(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for extra in ([], ["--force"]):
        result = framelab("analyze", article, "--csv", "--out", article, *extra)
        assert result.returncode == 2
        assert "is one of the articles being analysed; refusing to write over it" in result.stderr
        assert article.read_text(encoding="utf-8") == ARTICLE


def test_out_refuses_an_article_of_the_analysed_folder(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    result = framelab("analyze", tmp_path, "--out", tmp_path / "b.txt", "--force")
    assert result.returncode == 2 and "refusing to write over it" in result.stderr
    assert "Tuesday" in (tmp_path / "b.txt").read_text(encoding="utf-8")


def test_out_refuses_an_existing_file_unless_force(tmp_path):
    article, out = tmp_path / "article.txt", tmp_path / "class.csv"
    article.write_text(ARTICLE, encoding="utf-8")
    out.write_text("my marks\n", encoding="utf-8")
    refused = framelab("analyze", article, "--csv", "--out", out)
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.strip() == (f"framelab: {out} already exists; refusing to write over it. Choose another file "
                                      "name, or add --force to replace it.")
    assert out.read_text(encoding="utf-8") == "my marks\n"
    forced = framelab("analyze", article, "--csv", "--out", out, "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_text(encoding="utf-8").startswith("file,")
    assert f"Written to {out}." in forced.stderr


def test_out_writes_a_new_file_and_refuses_a_folder(tmp_path):
    article, out = tmp_path / "article.txt", tmp_path / "new.json"
    article.write_text(ARTICLE, encoding="utf-8")
    written = framelab("analyze", article, "--json", "--out", out)
    assert written.returncode == 0, written.stderr
    assert json.loads(out.read_text(encoding="utf-8"))[0]["file"] == "article.txt"
    folder = framelab("analyze", article, "--out", tmp_path)
    assert folder.returncode == 2 and "is a folder; give --out a file name" in folder.stderr


# --- a bare command shows the help ----------------------------------------------------------------------------------

def test_bare_command_prints_the_help_on_stdout():
    result = framelab()
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("usage: python -m framelab")
    for command in ("quotes", "evaluate", "analyze", "assign"):
        assert command in result.stdout
    assert "error" not in result.stdout


# --- binary files -----------------------------------------------------------------------------------------------------

def test_a_word_document_renamed_txt_is_named_a_binary_file(tmp_path):
    renamed = tmp_path / "report.txt"
    renamed.write_bytes(docx_bytes())
    with pytest.raises(FramelabError) as caught:
        Article.from_text(renamed.read_bytes())
    assert str(caught.value).startswith("This is a binary file (a zipped file, such as a Word .docx or OpenDocument "
                                        ".odt document), not plain text.")
    assert "save it as plain text" in str(caught.value) and "UTF-8 text (byte" not in str(caught.value)
    for command in (["quotes", renamed], ["analyze", renamed]):
        result = framelab(*command)
        assert result.returncode == 2 and "This is a binary file (a zipped file" in result.stderr, result.stderr


@pytest.mark.parametrize("data, kind", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "an old Word .doc"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    (bytes(range(1, 9)) * 10 + b"Talks ended on Monday.", "for example a Word document"),
    (b"Talks ended\x00 on Monday.", "for example a Word document"),
])
def test_other_binary_files_are_named_binary(data, kind):
    with pytest.raises(FramelabError) as caught:
        Article.from_text(data)
    assert "binary file" in str(caught.value) and kind in str(caught.value)


@pytest.mark.parametrize("data, message", [
    ("Talks ended on Monday.".encode("utf-16"), "it was saved as UTF-16"),
    ("Talks in Zürich ended.".encode("latin-1"), "not UTF-8 text (byte 0xfc at position 10"),
])
def test_text_in_another_encoding_is_not_called_binary(data, message):
    with pytest.raises(FramelabError) as caught:
        Article.from_text(data)
    assert message in str(caught.value) and "binary" not in str(caught.value)


def test_plain_text_with_a_stray_control_character_is_still_read():
    article = Article.from_text("Talks ended on Monday.\x0b The minister said the dam would be built.".encode())
    assert len(article.paragraphs) == 1


# --- the quick start opens JupyterLab at the repository root, on notebook 00, with no news pop-up ----------------------

def quick_start_lab_arguments() -> list[str]:
    """The arguments of `.venv/bin/jupyter lab …` in the README's first quick-start command."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"\*\*1\. .*?```bash\n(.*?)\n```", readme, re.S).group(1)
    launch = command.split("&&")[-1].split()
    assert launch[:2] == [".venv/bin/jupyter", "lab"], command
    return launch[2:]


@pytest.fixture(scope="module")
def quick_start_lab(tmp_path_factory):
    """JupyterLab started from the repository root with the README's arguments; its 'browser' records the URL."""
    work = tmp_path_factory.mktemp("launch")
    opened = work / "opened.txt"
    recorder = work / "browser.py"
    # JupyterLab hands the browser a local redirect page (file:…-open.html); the recorder keeps the address it names
    recorder.write_text(
        "import re, sys, urllib.parse, urllib.request\n"
        "page = open(urllib.request.url2pathname(urllib.parse.urlparse(sys.argv[1]).path), encoding='utf-8').read()\n"
        f"open({str(opened)!r}, 'a').write(re.search(r'url=([^\"]+)\"', page).group(1) + '\\n')\n",
        encoding="utf-8")
    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(work / "settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(work / "workspaces"), JUPYTER_RUNTIME_DIR=str(work / "runtime"))
    lab = Path(sys.executable).with_name("jupyter-lab")
    log = (work / "lab.log").open("w")
    server = subprocess.Popen(
        [str(lab), *quick_start_lab_arguments(), f"--port={port}", "--ServerApp.port_retries=0",
         f"--ServerApp.token={token}", "--ServerApp.ip=127.0.0.1", "--allow-root",
         f"--ServerApp.browser={sys.executable} {recorder} %s"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while not (opened.exists() and opened.read_text().strip()):
            if server.poll() is not None:
                raise RuntimeError(f"JupyterLab exited: {(work / 'lab.log').read_text()[-2000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"JupyterLab opened no page in 90 s: {(work / 'lab.log').read_text()[-2000:]}")
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}", token, opened.read_text().split()[0]
    finally:
        stop_server(server, log)


def _get(url: str, token: str) -> str:
    request = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode("utf-8")


def test_quick_start_opens_notebook_00_with_the_repository_as_root(quick_start_lab):
    base, token, opened = quick_start_lab
    assert opened.split("?")[0] == f"{base}/lab/tree/notebooks/00_start_here.ipynb"
    root = {item["name"] for item in json.loads(_get(f"{base}/api/contents/", token))["content"]}
    assert {"notebooks", "lessons", "data", "README.md"} <= root
    assert "README.md" in {i["name"] for i in json.loads(_get(f"{base}/api/contents/data", token))["content"]}
    assert "teacher_dashboard.ipynb" in {i["name"] for i in json.loads(_get(f"{base}/api/contents/lessons", token))
                                         ["content"]}


def test_news_pop_up_is_off_in_the_served_page(quick_start_lab):
    base, token, _opened = quick_start_lab
    page = _get(f"{base}/lab/tree/notebooks/00_start_here.ipynb", token)
    config = json.loads(re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>', page,
                                  re.S).group(1))
    assert NEWS_PLUGIN in config["disabledExtensions"]


def test_news_setting_is_installed_in_this_environment():
    """`pip install -r requirements.txt` (editable) put the kit's JupyterLab page config into this environment."""
    installed = Path(sys.prefix) / "etc/jupyter/labconfig/page_config.d/framelab.json"
    shipped = ROOT / "jupyter-config/labconfig/page_config.d/framelab.json"
    assert installed.is_file(), f"{installed} is missing: reinstall with pip install -r requirements.txt"
    assert json.loads(installed.read_text()) == json.loads(shipped.read_text()) == \
        {"disabledExtensions": {NEWS_PLUGIN: True}}


@pytest.mark.parametrize("content, message", [
    (b"\x89PNG\r\n\x1a\n\xff\xd8\x00", "is not a UTF-8 CSV file"),
    (b"alpha,beta\n1,2\n", "is not a gold file"),
    (b"file,kind,speaker,cue,text\n", "has no rows"),
])
def test_evaluate_with_a_file_that_is_not_a_gold_csv_says_so(tmp_path, capsys, content, message):
    gold = tmp_path / "gold.csv"
    gold.write_bytes(content)
    assert main(["evaluate", "--gold", str(gold)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_quotes_on_a_folder_points_to_analyze(tmp_path, capsys):
    assert main(["quotes", str(tmp_path)]) == 2
    assert "is a folder, not a file" in capsys.readouterr().err


def test_analyze_names_subfolders_it_does_not_read(tmp_path, capsys):
    (tmp_path / "class_b").mkdir()
    (tmp_path / "class_b" / "a.txt").write_text("The mayor said the bridge would open in May.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The mayor said the bridge would open in May.", encoding="utf-8")
    assert main(["analyze", str(tmp_path)]) == 0
    assert "subfolders are not read (class_b)" in capsys.readouterr().err
