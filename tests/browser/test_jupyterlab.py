"""Every notebook, opened and run in a real JupyterLab in Chromium, as a student would.

For each notebook: Run All Cells, wait for the kernel, then check that no cell shows an error or a traceback,
that no widget says "Error displaying widget", that every widget and every plotly figure the notebook stores is
drawn on screen, and that operating one widget like a student changes what is shown to the right value."""
import json
import re
from pathlib import Path

import pytest

from framelab import static_charts
from tests.browser.conftest import ROOT, SCREENSHOTS

try:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
except ImportError:  # the tests are skipped without playwright (see conftest.py)
    PlaywrightTimeout = TimeoutError

WIDGET = "application/vnd.jupyter.widget-view+json"
PLOTLY = "application/vnd.plotly.v1+json"
WIDGET_VIEW = ".jp-OutputArea-output > .jupyter-widgets"
NEWS_PLUGIN = "@jupyterlab/apputils-extension:announcements"
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))


def stored_counts(name: str) -> tuple[int, int]:
    """How many widget and plotly outputs the stored notebook has."""
    cells = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))["cells"]
    outputs = [o for c in cells if c["cell_type"] == "code" for o in c["outputs"]]
    return (sum(WIDGET in o.get("data", {}) for o in outputs), sum(PLOTLY in o.get("data", {}) for o in outputs))


def widget(page, label: str, kind: str):
    """The control of a widget whose visible label is `label` (ipywidgets 8 markup)."""
    return page.locator(f".widget-{kind}:has(> label.widget-label:text-is('{label}'))").first


def slider_in_start_here(page):
    handle = page.locator(".widget-slider .noUi-handle").first
    handle.click()
    for _ in range(2):
        handle.press("ArrowRight")
    return "The slider is at 5. Widgets work on this machine."


def word_in_reading(page):
    box = widget(page, "Word:", "text").locator("input")
    box.fill("nuclear")
    box.press("Enter")
    return "“nuclear”: 6 hits."


def speaker_in_who_speaks(page):
    widget(page, "Speaker:", "dropdown").locator("select").select_option("United States")
    return "3 attributions shown (speaker: United States, kind: all"


def text_in_sentiment(page):
    area = page.locator(".widget-textarea:has(> label.widget-label:text-is('Your text:')) textarea").first
    area.fill("any alien presence may undermine the stability")
    return "compound -0.2960: negative"


def label_in_stance(page):
    toggles = page.locator(".widget-toggle-buttons:has(> label.widget-label:text-is('Russia · T1'))").first
    toggles.locator("button", has_text="FAVOR").click()
    page.locator("button.jupyter-button", has_text="Compare my labels").click()
    return "You labelled 1 of 21 items."


def rewrite_in_framing(page):
    area = page.locator(".widget-textarea:has(> label.widget-label:text-is('Rewrite it:')) textarea").first
    text = area.input_value()
    area.fill(text.replace("claims", "says"))
    area.press("Tab")  # the lab compares when the box loses focus
    return "1 measure changed (marked 🔄)."


PASTED = ("Ferry fares to rise, operator says\n\nFares on the Holm ferry will rise by 5% in May, the operator said "
          "on Monday. \"We have no choice,\" said its director, Ruth Alder.")


def pasted_text_kept_in_own_article(page):
    """A student pastes an article, then runs Run ▸ Run Selected Cell and All Below from the paste box's cell:
    the box keeps the pasted text (issue 15), and the actor table below is the one for the pasted text."""
    area = page.locator(".widget-textarea:has(> label.widget-label:text-is('Article text:')) textarea").first
    area.fill(PASTED)
    area.press("Tab")  # the box reads its text when it loses focus
    page.get_by_text("Ready", exact=False).first.wait_for(timeout=20_000)
    page.locator(".jp-Notebook .jp-Cell", has=area).first.locator(".jp-InputArea-prompt").click()
    command(page, "notebook:run-all-below")
    page.wait_for_function(
        f"""() => {{ const prompts = {PROMPTS};
            return !prompts.some(p => p.textContent.includes('*')) && ({KERNEL_IDLE})(); }}""", timeout=180_000)
    area = page.locator(".widget-textarea:has(> label.widget-label:text-is('Article text:')) textarea").first
    assert area.input_value() == PASTED, "re-running the paste box's cell lost the pasted article"
    return "Ruth Alder"  # framelab's proposed actor table, now for the pasted text


def no_typeset_maths(page) -> None:
    """Dollar amounts ("$800 million") must stay text: MathJax draws nothing in notebook 01 (issue 15)."""
    maths = page.locator("mjx-container, .MathJax, .MathJax_Display")
    where = [maths.nth(i).locator("xpath=ancestor::*[contains(@class, 'jp-Cell')][1]").inner_text()[:200]
             for i in range(maths.count())]
    assert not where, f"text was typeset as maths in: {where}"


STUDENT_CHECKS_AFTER_RUN = {"01_reading.ipynb": no_typeset_maths}


STUDENT_ACTIONS = {
    "00_start_here.ipynb": slider_in_start_here,
    "01_reading.ipynb": word_in_reading,
    "02_who_speaks.ipynb": speaker_in_who_speaks,
    "03_sentiment.ipynb": text_in_sentiment,
    "04_stance.ipynb": label_in_stance,
    "05_framing_us_opposition.ipynb": rewrite_in_framing,
    "06_your_own_article.ipynb": pasted_text_kept_in_own_article,
}


# The notebook's kernel as JupyterLab holds it (window.jupyterapp, exposed by the test server): connected and idle.
KERNEL_IDLE = """() => {
    const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
    const kernel = panel && panel.sessionContext && panel.sessionContext.session && panel.sessionContext.session.kernel;
    return !!kernel && kernel.connectionStatus === 'connected' && kernel.status === 'idle';
}"""
PROMPTS = "[...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')]"


def command(page, name: str) -> None:
    """Run a JupyterLab command on the open notebook (what the Edit and Run menu items call)."""
    page.evaluate("(name) => { window.jupyterapp.commands.execute(name); }", name)


def run_all_cells(page) -> None:
    """Clear the stored outputs (so stale results cannot pass), run every cell, wait until all have run.

    Every wait is for the state it needs: the kernel connected and idle before running (a notebook run before its
    kernel is connected is silently cleared, not run), every prompt numbered and the kernel idle after the last."""
    page.wait_for_function(KERNEL_IDLE, timeout=120_000)
    command(page, "notebook:clear-all-cell-outputs")
    page.wait_for_function(f"() => {PROMPTS}.every(p => !/\\d/.test(p.textContent))", timeout=30_000)
    command(page, "notebook:run-all-cells")
    page.wait_for_function(
        f"""() => {{
            const prompts = {PROMPTS};
            const busy = prompts.some(p => p.textContent.includes('*'));
            const done = prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
            return done && !busy && ({KERNEL_IDLE})();
        }}""", timeout=180_000)


def make_charts_interactive(page, figures: int) -> None:
    """A chart whose output also holds a PNG is first shown as that image; plotly's JupyterLab renderer draws the
    interactive chart when the pointer enters it, as a student's does. Hover each one and wait for its SVG."""
    wait_for_count(page, ".jp-RenderedPlotly", figures, "chart outputs")
    charts = page.locator(".jp-RenderedPlotly")
    for i in range(charts.count()):
        charts.nth(i).scroll_into_view_if_needed()
        charts.nth(i).hover()
        charts.nth(i).locator(".main-svg").first.wait_for(state="attached", timeout=60_000)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_and_responds_in_jupyterlab(warm_lab, browser, name):
    assert name in STUDENT_ACTIONS, f"{name}: add a student action to STUDENT_ACTIONS"
    check_in_jupyterlab(warm_lab, browser, name)


def wait_for_count(page, selector: str, expected: int, what: str, timeout: int = 180_000) -> None:
    """Wait until `selector` matches at least `expected` elements (views are drawn after the kernel is idle).

    The timeout only caps a wait that normally ends in a second or two: on a loaded 2-core machine, drawing the
    stance annotator's 180 widget models has taken more than a minute."""
    try:
        page.wait_for_function("([selector, expected]) => document.querySelectorAll(selector).length >= expected",
                               arg=[selector, expected], timeout=timeout)
    except PlaywrightTimeout:
        raise AssertionError(f"{page.locator(selector).count()} {what} drawn within {timeout // 1000} s, "
                             f"{expected} expected") from None


def check_in_jupyterlab(lab, browser, name):
    """Open, run all cells, check what is drawn, operate one widget; screenshot in tests/browser/screenshots/."""
    base, token, _root = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(f"{base}/lab/tree/notebooks/{name}?reset&token={token}")
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
        page.wait_for_selector('.jp-Notebook-ExecutionIndicator[data-status="idle"]', state="attached",
                               timeout=60_000)
        run_all_cells(page)
        widgets, figures = stored_counts(name)
        # the widget manager draws its views, and plotly its charts, asynchronously, after the kernel has gone idle
        if static_charts.exporter_problem() is None:  # the kernel had kaleido and chromium: each chart has its PNG
            wait_for_count(page, '.jp-RenderedPlotly img.plot-img[src^="data:image/png;base64,"]', figures,
                           "static chart images")
        make_charts_interactive(page, figures)
        wait_for_count(page, f"{WIDGET_VIEW}, .jp-OutputArea-output .widget-error", widgets, "widget views")
        text = " ".join(page.locator(".jp-OutputArea-output").all_inner_texts())
        assert "Error displaying widget" not in text and "Click to show javascript error" not in text
        assert page.locator(".widget-error").count() == 0, "a widget failed to render"
        assert "Traceback" not in text
        assert page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').count() == 0
        views = page.locator(WIDGET_VIEW)
        assert views.count() == widgets, f"{views.count()} widgets drawn, {widgets} expected"
        for i in range(views.count()):
            views.nth(i).scroll_into_view_if_needed()
            box = views.nth(i).bounding_box()
            assert box and box["height"] > 10 and box["width"] > 10, f"widget {i} is not on screen"
        assert page.locator(".jp-RenderedPlotly:has(.main-svg)").count() == figures
        # each chart also stores a PNG for static views; JupyterLab must prefer the interactive chart
        assert page.locator(".jp-OutputArea-output.jp-RenderedImage").count() == 0
        STUDENT_CHECKS_AFTER_RUN.get(name, lambda _page: None)(page)
        expected = STUDENT_ACTIONS[name](page)
        page.get_by_text(expected, exact=False).first.wait_for(timeout=20_000)
        assert not errors, errors
        # the kit's page config (jupyter-config/) turns the news pop-up off: no toast covers the notebook
        assert NEWS_PLUGIN in page.evaluate(
            "() => JSON.parse(document.getElementById('jupyter-config-data').textContent).disabledExtensions")
        assert page.locator(".Toastify__toast", has_text=re.compile("news|newer version", re.I)).count() == 0
    finally:
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{Path(name).stem}.png"), full_page=False)
        page.close()
