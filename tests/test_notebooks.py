"""House rules for every stored notebook (strict nbval checks that they re-run identically)."""
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p for p in list(ROOT.glob("notebooks/*.ipynb")) + list(ROOT.glob("lessons/**/*.ipynb"))
                   if ".ipynb_checkpoints" not in p.parts)
PLOTLY = "application/vnd.plotly.v1+json"


def cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def source(cell):
    return "".join(cell["source"])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_executed_top_to_bottom_without_errors(path):
    code = [c for c in cells(path) if c["cell_type"] == "code" and source(c).strip()]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    assert not [o for c in code for o in c["outputs"] if o["output_type"] == "error"]
    assert not [c for c in code if "nltk.download" in source(c) or "pip install" in source(c)]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_lesson_header_and_key_points(path):
    markdown = [source(c) for c in cells(path) if c["cell_type"] == "markdown"]
    first, text = markdown[0], "\n".join(markdown)
    assert first.startswith("# ")
    for field in ("**Time**", "**You need", "What you will learn"):
        assert field in first, field
    assert "## Key points" in text and "**Next:**" in text


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_chart_is_followed_by_a_text_takeaway(path):
    all_cells = cells(path)
    for i, cell in enumerate(all_cells):
        if cell["cell_type"] == "code" and any(PLOTLY in o.get("data", {}) for o in cell["outputs"]):
            after = all_cells[i + 1]
            printed = "".join("".join(o.get("text", "")) for o in after.get("outputs", []))
            assert printed.startswith("Takeaway:"), f"chart in cell {i} has no takeaway"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_stay_thin(path):
    for cell in cells(path):
        if cell["cell_type"] == "code":
            assert not re.search(r"^\s*(def|class) ", source(cell), re.MULTILINE), "logic belongs in framelab/"
            assert len(source(cell).splitlines()) <= 12


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_static_html_shows_one_image_per_chart(path):
    """GitHub, nbviewer and `jupyter nbconvert --to html` cannot draw plotly's JSON: each chart must carry the PNG
    that framelab/static_charts.py adds, and the HTML must show it. Refresh the notebook (tools/refresh_notebooks.py,
    with kaleido and chromium installed) if this fails."""
    from nbconvert import HTMLExporter

    outputs = [o for c in cells(path) if c["cell_type"] == "code" for o in c["outputs"]]
    charts = [o for o in outputs if PLOTLY in o.get("data", {})]
    assert all("image/png" in o["data"] for o in charts), \
        f"{sum('image/png' not in o['data'] for o in charts)} of {len(charts)} charts have no stored image"
    html, _ = HTMLExporter().from_filename(str(path))
    images = re.findall(r'<img\b[^>]*\bsrc="data:image/png;base64,', html)
    assert len(images) == len(charts) == sum("image/png" in o.get("data", {}) for o in outputs)
