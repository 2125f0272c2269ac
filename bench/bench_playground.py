"""How fast does the sentiment playground answer a keystroke? Median and 95th percentile over many edits.

Simulates a student typing a paragraph letter by letter (and deleting), timing the widget's full update:
check the text, score it with explanations (framelab.vader, equal to vaderSentiment 3.3.2), render the HTML.
Target: median under 20 ms. A second line times the longest text the playground takes (the whole article).
Run: .venv/bin/python bench/bench_playground.py"""
import os
import platform
import statistics
import time

from framelab import load_article
from framelab.widgets import sentiment_playground


def playground_latency() -> tuple[float, float, float, int, int]:
    """(median ms, 95th percentile ms, max ms, edits, characters) for typing Khatami's quote (¶13)."""
    paragraph = load_article().paragraph(13).text
    box, _result = sentiment_playground().children
    edits = [paragraph[:n] for n in range(1, len(paragraph) + 1)] + [paragraph[:n] for n in range(len(paragraph), 0, -7)]
    timings = []
    for text in edits * 3:
        start = time.perf_counter()
        box.value = text
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(0.95 * (len(timings) - 1))], timings[-1], len(timings), len(paragraph)


def long_text_latency(repeats: int = 20) -> tuple[float, float, int]:
    """(median ms of the playground update, median ms of the reference polarity_scores, characters) for the longest
    text the playground takes: the whole article, cut at the playground's limit."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framelab.sentiment import PLAYGROUND_LIMIT

    text = load_article().text[:PLAYGROUND_LIMIT]
    box, _result = sentiment_playground().children
    reference = SentimentIntensityAnalyzer()
    ours, theirs = [], []
    for n in range(repeats):
        start = time.perf_counter()
        box.value = text + " " * (n % 2)  # a real change each time, so the widget updates
        ours.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        reference.polarity_scores(text)
        theirs.append((time.perf_counter() - start) * 1000)
    return statistics.median(ours), statistics.median(theirs), len(text)


def main() -> None:
    median, p95, worst, edits, characters = playground_latency()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"playground update for a paragraph ({characters} characters), {edits} edits: "
          f"median {median:.2f} ms, 95th percentile {p95:.2f} ms, max {worst:.2f} ms")
    long_median, reference_median, long_characters = long_text_latency()
    print(f"playground update for the whole article ({long_characters} characters): median {long_median:.2f} ms "
          f"(scoring, explanation and HTML); the reference vaderSentiment alone: {reference_median:.2f} ms")


if __name__ == "__main__":
    main()
