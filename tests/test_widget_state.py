"""Widget results under test: every notebook, re-executed in a fresh kernel, must leave its widgets in the state the
stored notebook shows.

ipywidgets 8 stores a widget's view in the cell as a short text with a random model id, and strict nbval skips that
output type; the values a student sees (a slider's position, the playground's score) live in the notebook's metadata
(`widgets` → `application/vnd.jupyter.widget-state+json`). This test executes each notebook with nbclient into memory
and compares that state with the stored one:
- model ids are random, so each model gets a name from where it sits: the widget views in the cells' outputs, in
  order, are the roots, and a model reached from them (children, layout, style, …) is named by its path from its
  root, e.g. `cell 7 view 1 > children[2] > layout`; models no view reaches are compared as a multiset;
- every other key is compared exactly, except the volatile ones in VOLATILE (none of them is something a student sees).
"""
import copy
import json
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p for p in list(ROOT.glob("notebooks/*.ipynb")) + list(ROOT.glob("lessons/**/*.ipynb"))
                   if ".ipynb_checkpoints" not in p.parts)
STATE = "application/vnd.jupyter.widget-state+json"
VIEW = "application/vnd.jupyter.widget-view+json"
REFERENCE = re.compile(r"^IPY_MODEL_([0-9a-f]{32})$")
# Keys that change from run to run without changing what is shown: an Output widget's msg_id is the id of the
# kernel message that last wrote into it (empty once the cell has finished).
VOLATILE = {"msg_id"}

pytestmark = pytest.mark.slow


def widget_state(notebook) -> dict:
    return notebook.metadata.get("widgets", {}).get(STATE, {}).get("state", {})


def view_roots(notebook) -> list[tuple[str, str]]:
    """(place, model id) of every widget view in the cell outputs, in reading order."""
    roots = []
    for number, cell in enumerate(notebook.cells):
        views = [o["data"][VIEW]["model_id"] for o in cell.get("outputs", []) if VIEW in o.get("data", {})]
        roots += [(f"cell {number} view {i}", model_id) for i, model_id in enumerate(views)]
    return roots


def _references(value, path: str):
    """(path, model id) of every IPY_MODEL_ reference inside a state value, in a fixed order."""
    if isinstance(value, str):
        match = REFERENCE.match(value)
        if match:
            yield path, match.group(1)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _references(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        for key in sorted(value):
            yield from _references(value[key], f"{path}.{key}" if path else key)


def _without_ids(value, names: dict[str, str]):
    """The value with every model id replaced by the model's structural name, volatile keys dropped."""
    if isinstance(value, str):
        match = REFERENCE.match(value)
        return f"IPY_MODEL<{names.get(match.group(1), 'unnamed')}>" if match else value
    if isinstance(value, list):
        return [_without_ids(item, names) for item in value]
    if isinstance(value, dict):
        return {key: ("<model>" if key == "model_id" else _without_ids(item, names))
                for key, item in value.items() if key not in VOLATILE}
    return value


def canonical_widgets(notebook) -> tuple[dict[str, dict], list[str]]:
    """({structural name: model without ids}, sorted JSON of the models no view reaches)."""
    state = widget_state(notebook)
    names: dict[str, str] = {}
    stack = list(reversed(view_roots(notebook)))
    while stack:  # depth first from each root, in order: the first path to reach a model names it
        name, model_id = stack.pop()
        if model_id in names or model_id not in state:
            continue
        names[model_id] = name
        children = list(_references(state[model_id]["state"], ""))
        stack += [(f"{name} > {path}", child) for path, child in reversed(children)]
    named = {name: _without_ids(state[model_id], names) for model_id, name in names.items()}
    loose = sorted(json.dumps(_without_ids(model, names), sort_keys=True, ensure_ascii=False)
                   for model_id, model in state.items() if model_id not in names)
    return named, loose


def widget_differences(stored, fresh) -> list[str]:
    """One line per difference between two notebooks' widget states (empty when a student would see the same)."""
    stored_named, stored_loose = canonical_widgets(stored)
    fresh_named, fresh_loose = canonical_widgets(fresh)
    lines = [f"{name}: stored but not made by a fresh run" for name in sorted(set(stored_named) - set(fresh_named))]
    lines += [f"{name}: made by a fresh run but not stored" for name in sorted(set(fresh_named) - set(stored_named))]
    for name in sorted(set(stored_named) & set(fresh_named)):
        old, new = stored_named[name], fresh_named[name]
        if old.get("model_name") != new.get("model_name"):
            lines.append(f"{name}: stored {old.get('model_name')}, fresh run {new.get('model_name')}")
            continue
        for key in sorted(set(old["state"]) | set(new["state"])):
            if old["state"].get(key) != new["state"].get(key):
                lines.append(f"{name} ({old['model_name']}).{key}: stored {str(old['state'].get(key))[:160]!r}, "
                             f"fresh run {str(new['state'].get(key))[:160]!r}")
    if stored_loose != fresh_loose:
        lines.append(f"widgets no view shows differ: {len(stored_loose)} stored, {len(fresh_loose)} in a fresh run")
    return lines


_FRESH: dict[Path, nbformat.NotebookNode] = {}


def fresh_run(path: Path) -> nbformat.NotebookNode:
    """The notebook executed top to bottom in a fresh kernel, in memory (the file is not touched)."""
    if path not in _FRESH:
        notebook = nbformat.read(path, as_version=4)
        NotebookClient(notebook, timeout=300, kernel_name="python3", record_timing=False,
                       resources={"metadata": {"path": str(path.parent)}}).execute()
        _FRESH[path] = notebook
    return _FRESH[path]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_a_fresh_run_shows_the_stored_widget_values(path):
    stored = nbformat.read(path, as_version=4)
    fresh = fresh_run(path)
    differences = widget_differences(stored, fresh)
    assert not differences, (f"{path.name}: the stored widgets differ from a fresh run; refresh the notebook "
                             "(tools/refresh_notebooks.py) or fix what changed:\n" + "\n".join(differences[:20]))


def test_changing_the_playground_input_in_a_copy_of_notebook_03_is_caught():
    path = ROOT / "notebooks" / "03_sentiment.ipynb"
    stored = nbformat.read(path, as_version=4)
    edited = copy.deepcopy(stored)
    state = widget_state(edited)
    [playground] = [m for m in state.values()
                    if m["model_name"] == "TextareaModel" and m["state"].get("description") == "Your text:"]
    assert playground["state"]["value"].startswith("Our region more than at any time in the past")
    playground["state"]["value"] = "any alien presence may undermine the stability, and we reject it"
    [score] = [m for m in state.values()
               if m["model_name"] == "HTMLModel" and "compound +0.5574: positive" in m["state"]["value"]]
    score["state"]["value"] = score["state"]["value"].replace("compound +0.5574: positive", "compound -0.8779: negative")
    differences = widget_differences(edited, fresh_run(path))
    assert len(differences) == 2, differences
    assert any(".value: stored 'any alien presence may undermine" in line and "TextareaModel" in line
               for line in differences)
    assert any("compound -0.8779: negative" in line and "compound +0.5574: positive" in line for line in differences)
    assert not widget_differences(stored, fresh_run(path))  # restored: no difference


def test_model_ids_do_not_matter_but_structure_does():
    stored = nbformat.read(ROOT / "notebooks" / "00_start_here.ipynb", as_version=4)
    renamed = json.dumps(nbformat.writes(stored))
    for model_id in widget_state(stored):
        renamed = renamed.replace(model_id, model_id[::-1])
    renamed = nbformat.reads(json.loads(renamed), as_version=4)
    assert widget_state(renamed).keys().isdisjoint(widget_state(stored).keys())
    assert widget_differences(stored, renamed) == []
    swapped = copy.deepcopy(stored)
    box = next(m for m in widget_state(swapped).values() if len(m["state"].get("children", [])) >= 2)
    box["state"]["children"] = box["state"]["children"][::-1]
    assert widget_differences(stored, swapped)
