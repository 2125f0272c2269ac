"""A real JupyterLab, started on 127.0.0.1 with a token over a temporary copy of the notebooks, and Debian's
Chromium driven by Playwright (never a downloaded browser).

Without Chromium or Playwright the browser tests are skipped, so `python -m pytest` works on a machine that has
only Python; CI sets FRAMELAB_BROWSER=required, and then a missing browser fails the run instead."""
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import free_port, stop_server

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return "Debian's chromium is not installed (apt-get install chromium)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright; no browser download is needed)"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _missing()
    if reason is None:
        return
    required = os.environ.get("FRAMELAB_BROWSER") == "required"
    marker = pytest.mark.usefixtures("_browser_required") if required else pytest.mark.skip(reason=reason)
    for item in items:
        if "tests/browser/" in item.nodeid:
            item.add_marker(marker)


@pytest.fixture
def _browser_required():
    pytest.fail(f"FRAMELAB_BROWSER=required but {_missing()}")


@pytest.fixture(scope="session")
def lab(tmp_path_factory):
    """(base url, token, root folder) of a JupyterLab serving a copy of notebooks/ and lessons/."""
    root = tmp_path_factory.mktemp("lab")
    for folder in ("notebooks", "lessons"):
        shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    settings = root / ".settings" / "@jupyterlab"
    (settings / "notebook-extension").mkdir(parents=True)
    # render every cell (not only those in view) so all outputs can be checked. The news pop-up is left to the
    # kit's own page config (jupyter-config/, installed with the package), which the test checks.
    (settings / "notebook-extension" / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(root / ".settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(root / ".workspaces"))
    lab_bin = Path(sys.executable).with_name("jupyter-lab")
    log = (root / "lab.log").open("w")
    server = subprocess.Popen(
        [str(lab_bin), "--no-browser", "--allow-root", f"--port={port}", "--ServerApp.port_retries=0",
         f"--ServerApp.token={token}", "--ServerApp.ip=127.0.0.1", f"--ServerApp.root_dir={root}",
         "--LabApp.expose_app_in_browser=True"],  # window.jupyterapp: the tests read the kernel's real state
        stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError(f"JupyterLab exited: {(root / 'lab.log').read_text()[-2000:]}") from None
                time.sleep(0.5)
        else:
            raise RuntimeError("JupyterLab did not answer within 60 s")
        yield base, token, root
    finally:
        try:
            request = urllib.request.Request(f"{base}/api/sessions", headers={"Authorization": f"token {token}"})
            with urllib.request.urlopen(request, timeout=5) as response:
                for session in json.load(response):
                    urllib.request.urlopen(urllib.request.Request(
                        f"{base}/api/sessions/{session['id']}", method="DELETE",
                        headers={"Authorization": f"token {token}"}), timeout=5)
        except OSError:
            pass
        stop_server(server, log)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(autouse=True)
def _hard_time_limit():
    """A browser test that hangs fails after 5 minutes instead of stalling CI (Playwright's own waits are shorter)."""
    def give_up(_signum, _frame):
        raise TimeoutError("browser test took more than 300 s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(300)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="session")
def warm_lab(lab, browser):
    """Open JupyterLab once before the tests: its first load in a fresh settings folder is the slowest."""
    base, token, _root = lab
    page = browser.new_page()
    page.goto(f"{base}/lab?reset&token={token}")
    page.wait_for_selector("#jp-main-dock-panel", timeout=120_000)
    page.close()
    return lab
