"""framelab as a real package: the wheel carries every subpackage and the data, and works outside the checkout.

The test builds the wheel (`pip wheel --no-deps --no-build-isolation`, so no network: setuptools is pinned in
requirements.txt), installs it into a fresh virtual environment whose only other packages are the ones already
installed here (a .pth file points at this environment's site-packages; editable-install hooks there are not run),
and from a temporary folder outside the checkout runs the seed's analysis and executes notebook 00.
"""
import json
import re
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["pyproject.toml", "setup.py", "README.md", "LICENSE", "framelab", "data", "jupyter-config"]

pytestmark = pytest.mark.slow


def _run(command, cwd, env=None):
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{command} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built from a copy of the sources so the checkout is left untouched."""
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc",
                                                                                      ".ipynb_checkpoints"))
        else:
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
          "-w", str(out), str(source)], cwd=source)
    [built] = out.glob("framelab-*.whl")
    return built


@pytest.fixture(scope="module")
def venv_python(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed; its dependencies come from this environment via a .pth file."""
    venv = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=venv)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=venv)
                   .strip())
    ours = [sysconfig.get_paths()["purelib"], *site.getsitepackages()]
    (purelib / "framelab_test_dependencies.pth").write_text("\n".join(dict.fromkeys(ours)) + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q",
          str(wheel)], cwd=venv)
    return python


def test_wheel_holds_every_subpackage_and_the_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected_modules = {f"framelab/{p.relative_to(ROOT / 'framelab').as_posix()}"
                        for p in (ROOT / "framelab").rglob("*.py")}
    assert expected_modules <= names, sorted(expected_modules - names)
    assert "framelab/exercises/__init__.py" in names
    expected_data = {f"framelab/_data/{p.relative_to(ROOT / 'data').as_posix()}"
                     for p in (ROOT / "data").rglob("*") if p.is_file() and ".ipynb_checkpoints" not in p.parts}
    assert expected_data <= names, sorted(expected_data - names)
    assert "framelab/_data/article/metadata.json" in names and "framelab/_data/lexicons/actors.csv" in names


ANALYSIS = """
import json
import framelab
from framelab import load_article
from framelab.data import DATA_DIR, data_files
from framelab.quotes import find_quotes
from framelab.sentiment import explain_sentiment

article = load_article()
quotes = find_quotes(article)
direct = {q.actor: q.text for q in quotes if q.kind == "direct"}
print(json.dumps({
    "module": framelab.__file__, "data": str(DATA_DIR), "root": type(data_files()).__name__,
    "paragraphs": len(article.paragraphs), "quotes": len(quotes), "sha256": article.sha256,
    "putin": explain_sentiment(direct["Putin"]).compound, "khatami": explain_sentiment(direct["Khatami"]).compound,
}))
"""


def test_seed_analysis_runs_from_the_installed_wheel_outside_the_checkout(venv_python, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    found = json.loads(_run([str(venv_python), "-c", ANALYSIS], cwd=tmp_path, env=env).strip().splitlines()[-1])
    venv = venv_python.parent.parent
    assert Path(found["module"]).is_relative_to(venv), found["module"]
    assert Path(found["data"]).is_relative_to(venv) and Path(found["data"]).name == "_data"
    assert not Path(found["data"]).is_relative_to(ROOT)
    # the same numbers as in the checkout (tests/test_quotes.py, test_sentiment.py)
    from framelab import load_article
    from framelab.quotes import find_quotes

    seed = load_article()
    assert found["sha256"] == seed.sha256 == json.loads((ROOT / "data/article/metadata.json").read_text())["sha256"]
    assert found["paragraphs"] == len(seed.paragraphs)
    assert found["quotes"] == len(find_quotes(seed))
    assert (found["putin"], found["khatami"]) == (0.6124, 0.5574)


EXECUTE = """
import sys
import nbformat
from nbclient import NotebookClient

notebook = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(notebook, timeout=300, kernel_name="python3", record_timing=False,
               resources={"metadata": {"path": sys.argv[2]}}).execute()
nbformat.write(notebook, sys.argv[1])
"""


def test_notebook_00_runs_from_the_installed_wheel_outside_the_checkout(venv_python, tmp_path):
    notebook = tmp_path / "00_start_here.ipynb"
    copy = json.loads((ROOT / "notebooks" / "00_start_here.ipynb").read_text(encoding="utf-8"))
    copy["cells"].append({"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                          "source": "import framelab\nprint('framelab from', framelab.__file__)"})
    notebook.write_text(json.dumps(copy), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    # the kernel is this venv's python: nbclient's "python3" kernel runs sys.executable
    _run([str(venv_python), "-c", EXECUTE, str(notebook), str(tmp_path)], cwd=tmp_path, env=env)
    cells = [c for c in json.loads(notebook.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    outputs = [o for c in cells for o in c["outputs"]]
    assert not [o for o in outputs if o["output_type"] == "error"]
    text = "\n".join("".join(o.get("data", {}).get("text/html", "")) + "".join(o.get("text", "")) for o in outputs)
    assert "Sentence splitter (offline)" in text and "VADER lexicon loaded offline" in text
    assert "matches data/article/metadata.json" in text  # the checksum check read the data inside the wheel
    assert f"framelab from {venv_python.parent.parent}" in text  # the kernel ran the installed wheel
    problems = [re.sub(r"<[^>]+>", " ", row) for row in re.findall(r"<tr[^>]*>(?:(?!</tr>).)*PROBLEM.*?</tr>", text)]
    assert re.search(r"All \d+ checks passed", text), f"the preflight table shows problems: {problems}"
    assert any("application/vnd.plotly.v1+json" in o.get("data", {}) for o in outputs)
    assert "Takeaway: the most frequent content words are" in text


PAGE_CONFIG = Path("etc/jupyter/labconfig/page_config.d/framelab.json")
NEWS_OFF = {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}


def test_the_wheel_installs_the_jupyterlab_setting_that_turns_the_news_pop_up_off(venv_python):
    installed = venv_python.parent.parent / PAGE_CONFIG
    assert json.loads(installed.read_text(encoding="utf-8")) == NEWS_OFF


def test_an_editable_install_reads_the_checkout_data_and_gets_the_jupyterlab_setting(tmp_path, seed):
    """What `pip install -r requirements.txt` does (`-e .`), on a copy of the sources in a fresh venv."""
    source = tmp_path / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, source / name)
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                        cwd=tmp_path).strip())
    ours = [sysconfig.get_paths()["purelib"], *site.getsitepackages()]
    (purelib / "framelab_test_dependencies.pth").write_text("\n".join(dict.fromkeys(ours)) + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
          "--no-build-isolation", "-q", "-e", str(source)], cwd=tmp_path)
    assert json.loads((venv / PAGE_CONFIG).read_text(encoding="utf-8")) == NEWS_OFF
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    found = _run([str(python), "-c", "from framelab.data import DATA_DIR; from framelab import load_article; "
                  "print(DATA_DIR, len(load_article().paragraphs))"], cwd=tmp_path, env=env).split()
    assert found == [str(source / "data"), str(len(seed.paragraphs))]
