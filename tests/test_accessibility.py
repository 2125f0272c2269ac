"""Accessibility of what the stored notebooks show: charts with titles, axis titles and a text takeaway
(checked in test_notebooks.py), widgets with visible labels, and colour-blind-safe colours."""
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(ROOT.glob("notebooks/*.ipynb"))
PLOTLY = "application/vnd.plotly.v1+json"
OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999"}
CONTROLS = {"IntSliderModel", "ComboboxModel", "DropdownModel", "ToggleButtonsModel", "CheckboxModel",
            "TextareaModel", "TextModel", "ButtonModel", "FileUploadModel"}


def figures(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return [o["data"][PLOTLY] for c in notebook["cells"] if c["cell_type"] == "code"
            for o in c["outputs"] if PLOTLY in o.get("data", {})]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_stored_chart_has_a_title_and_axis_titles(path):
    for figure in figures(path):
        layout = figure["layout"]
        assert layout["title"]["text"]
        assert layout["xaxis"]["title"]["text"] and layout["yaxis"]["title"]["text"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_charts_use_the_okabe_ito_palette(path):
    for figure in figures(path):
        for trace in figure["data"]:
            colours = (trace.get("marker") or {}).get("color")
            colours = colours if isinstance(colours, list) else [colours] if colours else []
            assert set(colours) <= OKABE_ITO, colours
            for _, colour in trace.get("colorscale") or []:
                assert colour in OKABE_ITO | {"#FFFFFF", "#EEEEEE"}, colour


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_stored_control_widget_has_a_visible_label(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    state = notebook["metadata"].get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
    models = state.get("state", {}).values()
    controls = [m for m in models if m["model_name"] in CONTROLS]
    assert all(m["state"].get("description", "").strip() for m in controls), \
        [m["model_name"] for m in controls if not m["state"].get("description", "").strip()]
