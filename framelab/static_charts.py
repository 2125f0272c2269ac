"""A static PNG of every chart, stored beside the interactive one, for views that cannot run JavaScript.

JupyterLab draws a chart from its plotly JSON (`application/vnd.plotly.v1+json`), but GitHub, nbviewer,
`jupyter nbconvert --to html` and printed handouts ignore that type and showed nothing. Importing framelab.charts
adds the renderer below to plotly's default renderers inside a Jupyter kernel ("plotly_mimetype" becomes
"plotly_mimetype+framelab_png"), so every figure a notebook displays carries both:
- `application/vnd.plotly.v1+json`: JupyterLab's plotly extension renders the output (it ranks above images); when
  the output also holds a PNG it shows that picture first and draws the interactive chart as soon as the pointer
  enters it (the extension's own design; it also stores such a PNG itself after drawing). Strict nbval compares
  this JSON exactly.
- `image/png`: made from the same figure by kaleido (plotly's maintained exporter, https://github.com/plotly/Kaleido)
  in a headless Chrome or Chromium already on the machine (Debian's `chromium` package); kaleido never downloads a
  browser here. nbval does not compare PNGs (see tests/nbval_sanitize.cfg).

When kaleido or a browser is missing, or an export fails (on Binder, whose image has no Chromium), the chart is shown
interactively alone: the renderer returns nothing and never raises, and it stops trying for the rest of the session.
Set FRAMELAB_STATIC_CHARTS=0 to turn the images off.
"""
import base64
import os
import threading

import plotly.io as pio
from plotly.io.base_renderers import MimetypeRenderer

RENDERER = "framelab_png"
WIDTH, HEIGHT, SCALE = 900, 500, 1  # pixels; about the width of a notebook's output area on GitHub and nbviewer
EXPORT_TIMEOUT = 60  # seconds for one image; a hung browser must not stall a class

_lock = threading.Lock()
_status = {"server": False, "problem": None}


def exporter_problem() -> str | None:
    """Why no static image can be made here (one sentence), or None when kaleido and a browser are available."""
    if os.environ.get("FRAMELAB_STATIC_CHARTS", "1") == "0":
        return "static chart images are turned off (FRAMELAB_STATIC_CHARTS=0)"
    if _status["problem"]:
        return _status["problem"]
    try:
        import kaleido  # noqa: F401
    except ImportError:
        return "kaleido is not installed (pip install kaleido)"
    from choreographer.browsers.chromium import Chromium  # how kaleido finds its browser

    if not Chromium.find_browser(skip_local=False):
        return "no Chrome or Chromium was found (apt-get install chromium)"
    return None


def _start_exporter() -> None:
    """One headless browser per Python process, reused for every chart (the first image takes ~2 s, later ~0.2 s)."""
    import kaleido

    if not _status["server"]:
        # mathjax=False: no fetch from a CDN; kaleido closes the browser when Python exits
        kaleido.start_sync_server(mathjax=False, timeout=EXPORT_TIMEOUT, silence_warnings=True)
        _status["server"] = True


def chart_png(figure: dict) -> bytes | None:
    """PNG bytes of a plotly figure (dict or Figure), or None when it cannot be made here. Never raises.

    Size: the figure's layout width and height when set, else WIDTH × HEIGHT pixels."""
    if exporter_problem():
        return None
    figure = figure.to_dict() if hasattr(figure, "to_dict") else figure
    layout = figure.get("layout", {})
    options = {"format": "png", "width": layout.get("width") or WIDTH, "height": layout.get("height") or HEIGHT,
               "scale": SCALE}
    try:
        import kaleido

        with _lock:
            _start_exporter()
            return kaleido.calc_fig_sync(figure, opts=options)
    except Exception as error:  # noqa: BLE001 (no image is a fallback, never an error in class)
        _status["problem"] = f"the chart image export failed ({type(error).__name__}: {error})"
        return None


class StaticPngRenderer(MimetypeRenderer):
    """Adds `image/png` to a figure's display bundle when an image can be made, and nothing otherwise."""

    def to_mimebundle(self, fig_dict):
        png = chart_png(fig_dict)
        return {"image/png": base64.b64encode(png).decode("ascii")} if png else {}


def use_static_images() -> str:
    """Register the renderer and, inside a Jupyter kernel, add it to plotly's default. Returns the default in force.

    Only a default that contains "plotly_mimetype" (what plotly picks in any Jupyter kernel: JupyterLab, nbclient,
    nbval) is extended; scripts, VS Code or Colab keep plotly's own choice."""
    pio.renderers[RENDERER] = StaticPngRenderer()
    parts = (pio.renderers.default or "").split("+")
    if "plotly_mimetype" in parts and RENDERER not in parts:
        pio.renderers.default = "+".join([*parts, RENDERER])
    return pio.renderers.default
