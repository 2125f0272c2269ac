"""Static chart images: a PNG beside every interactive chart when kaleido and a browser are available, and the
interactive chart alone, with nothing raised, when they are not."""
import base64
import os
import struct

import plotly.io as pio
import pytest

from framelab import static_charts
from framelab.charts import word_frequency_chart
from framelab.reading import word_frequencies

PLOTLY = "application/vnd.plotly.v1+json"


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.fixture
def kernel_default():
    """plotly's default renderer as it is in a Jupyter kernel, restored afterwards."""
    before = pio.renderers.default
    pio.renderers.default = "plotly_mimetype"
    yield
    pio.renderers.default = before


@pytest.fixture
def figure(seed):
    return word_frequency_chart(word_frequencies(seed, top=5))


@pytest.fixture
def fresh_exporter_state(monkeypatch):
    monkeypatch.setitem(static_charts._status, "problem", None)


def test_in_a_kernel_the_default_gains_the_png_renderer_once(kernel_default):
    assert static_charts.use_static_images() == "plotly_mimetype+framelab_png"
    assert static_charts.use_static_images() == "plotly_mimetype+framelab_png"


@pytest.mark.parametrize("default", ["browser", "vscode", "colab", ""])
def test_outside_a_kernel_plotlys_choice_is_kept(default):
    before = pio.renderers.default
    try:
        pio.renderers.default = default
        assert static_charts.use_static_images() == default
    finally:
        pio.renderers.default = before


def test_a_chart_carries_its_interactive_json_and_a_png(kernel_default, figure, fresh_exporter_state):
    problem = static_charts.exporter_problem()
    if problem:
        if os.environ.get("FRAMELAB_BROWSER") == "required":
            pytest.fail(f"FRAMELAB_BROWSER=required but {problem}")
        pytest.skip(problem)
    static_charts.use_static_images()
    bundle = figure._repr_mimebundle_()
    assert set(bundle) == {PLOTLY, "image/png"}
    assert bundle[PLOTLY]["layout"]["title"]["text"] == "Most frequent words (without stopwords)"
    png = base64.b64decode(bundle["image/png"])
    assert png_size(png) == (static_charts.WIDTH, static_charts.HEIGHT)
    assert len(png) > 5_000  # a drawn chart, not an empty canvas


def test_without_a_browser_the_chart_stays_interactive_and_nothing_raises(kernel_default, figure, monkeypatch,
                                                                          fresh_exporter_state):
    from choreographer.browsers.chromium import Chromium

    monkeypatch.setattr(Chromium, "find_browser", classmethod(lambda cls, **_: None))
    assert static_charts.exporter_problem() == "no Chrome or Chromium was found (apt-get install chromium)"
    static_charts.use_static_images()
    assert set(figure._repr_mimebundle_()) == {PLOTLY}


def test_when_the_export_fails_the_chart_stays_interactive_and_export_is_not_retried(kernel_default, figure,
                                                                                     monkeypatch, fresh_exporter_state):
    import kaleido

    calls = []

    def broken(*args, **kwargs):
        calls.append(1)
        raise RuntimeError("browser crashed")

    monkeypatch.setattr(kaleido, "calc_fig_sync", broken)
    monkeypatch.setattr(static_charts, "_start_exporter", lambda: None)
    monkeypatch.setattr(static_charts, "exporter_problem",
                        lambda: static_charts._status["problem"])  # as if kaleido and a browser were present
    static_charts.use_static_images()
    assert set(figure._repr_mimebundle_()) == {PLOTLY}
    assert set(figure._repr_mimebundle_()) == {PLOTLY}
    assert calls == [1]
    assert static_charts._status["problem"] == "the chart image export failed (RuntimeError: browser crashed)"


def test_images_can_be_turned_off(kernel_default, figure, monkeypatch, fresh_exporter_state):
    monkeypatch.setenv("FRAMELAB_STATIC_CHARTS", "0")
    static_charts.use_static_images()
    assert set(figure._repr_mimebundle_()) == {PLOTLY}
