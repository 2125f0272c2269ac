"""Sentence splitting, side by side: framelab's splitter, pySBD, and the kit's splitter before issue 12.

For each splitter it prints how many cases of tests/data/sentence_cases.csv it splits exactly right, which kinds of
case it gets wrong, and milliseconds per article (the seed, and longer articles built from the seed's paragraphs by
bench/corpus.py), splitting paragraph by paragraph as framelab does.

- framelab: NLTK Punkt with data/lexicons/abbreviations.csv and sentence_starters.csv, then framelab.sentences'
  post-pass.
- pySBD (Sadvilkar & Neumann 2020, "PySBD: Pragmatic Sentence Boundary Disambiguation", NLP-OSS workshop): a
  rule-based segmenter. It is installed only for this benchmark: `pip install pysbd`.
- before: plain Punkt with the 41 abbreviations the kit listed before issue 12 (data/lexicons/abbreviations.txt,
  removed in commit da5cc89).

Run: .venv/bin/python bench/bench_sentences.py
"""
import csv
import os
import platform
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))
from corpus import synthetic_articles  # noqa: E402
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer  # noqa: E402

from framelab import Article, load_article  # noqa: E402
from framelab.resources import sentence_splitter  # noqa: E402
from framelab.sentences import sentence_spans  # noqa: E402

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "sentence_cases.csv"
SEPARATOR = " || "
# The list the kit shipped before issue 12, one Punkt type per entry (lower case, no final full stop).
OLD_ABBREVIATIONS = (
    "u.s u.n u.k e.u mr mrs ms dr prof gen lt col maj sgt adm gov sen rep st jr sr inc corp co ltd jan feb mar apr "
    "aug sept sep oct nov dec a.m p.m e.g i.e etc vs"
).split()


def framelab_splitter():
    splitter = sentence_splitter()
    return lambda text: [text[s:e] for s, e in sentence_spans(text, splitter)]


def old_splitter():
    params = PunktParameters()
    params.abbrev_types = set(OLD_ABBREVIATIONS)
    punkt = PunktSentenceTokenizer(params)
    return lambda text: [text[s:e] for s, e in punkt.span_tokenize(text)]


def pysbd_splitter():
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return lambda text: [span.sent.strip() for span in segmenter.segment(text) if span.sent.strip()]


def score(split, cases: list[dict]) -> tuple[int, Counter]:
    """Cases split exactly right, and the kinds of the cases split wrong."""
    wrong = Counter(case["kind"] for case in cases if split(case["text"]) != case["sentences"].split(SEPARATOR))
    return len(cases) - sum(wrong.values()), wrong


def ms_per_article(split, articles: list[list[str]], rounds: int = 5) -> float:
    """Best of `rounds`: milliseconds to split every paragraph of one article."""
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        for paragraphs in articles:
            for paragraph in paragraphs:
                split(paragraph)
        timings.append(time.perf_counter() - start)
    return min(timings) / len(articles) * 1000


def main() -> None:
    with CASES.open(encoding="utf-8", newline="") as handle:
        cases = list(csv.DictReader(handle))
    seed = [[p.text for p in load_article().paragraphs]]
    texts = synthetic_articles(25)
    long_articles = [[p.text for p in Article.from_text("\n\n".join(texts[i:i + 5])).paragraphs]
                     for i in range(0, 25, 5)]
    long_chars = statistics.mean(sum(map(len, a)) for a in long_articles)
    splitters = {"framelab (Punkt + post-pass)": framelab_splitter(), "pySBD": pysbd_splitter(),
                 "before (plain Punkt, old list)": old_splitter()}
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print(f"cases: {len(cases)} in {CASES.relative_to(CASES.parent.parent.parent)}; seed: {len(seed[0])} paragraphs, "
          f"{sum(map(len, seed[0])):,} characters; long: {len(long_articles)} articles of ~{long_chars:,.0f} characters")
    print(f"{'splitter':32} {'cases right':>12} {'ms/seed':>9} {'ms/long':>9}  wrong kinds")
    for name, split in splitters.items():
        if split is None:
            print(f"{name:32} not installed: run `.venv/bin/python -m pip install pysbd` (benchmark only)")
            continue
        split("Warm up. Then measure.")
        right, wrong = score(split, cases)
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(wrong.items())) or "-"
        print(f"{name:32} {right:>5} / {len(cases):<4} {ms_per_article(split, seed):>9.2f} "
              f"{ms_per_article(split, long_articles):>9.2f}  {kinds}")


if __name__ == "__main__":
    main()
