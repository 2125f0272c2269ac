"""All of framelab's speed measures in one table (Markdown, ready for the README).

0. Parse + quotes now and before the rewrite; the sentence splitter beside pySBD (bench_quotes.py, bench_sentences.py).
1. The seed article's full analysis: parse + quotes + sentiment table + stance + framing summary (median of many runs).
2. Throughput of `python -m framelab analyze`'s per-article work (check, parse, actor guess, quotes, verb classes,
   sentiment by actor) over 1,000 generated articles (bench/corpus.py), pinned to one core.
3. The sentiment playground's update latency per keystroke, median and 95th percentile (as bench_playground.py).
4. Each notebook's execution time: a temporary copy run top to bottom in a fresh kernel (nbclient), never in place.
5. The whole test suite: `python -m pytest -q` from the repository root, in a subprocess.

Targets from the issue: the seed's full analysis under 50 ms; at least 200 articles per second per core.
Run: .venv/bin/python bench/bench_all.py   (about two minutes; the test suite is most of it)
"""
import contextlib
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))
from bench_playground import playground_latency  # noqa: E402
from corpus import synthetic_articles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def seed_full_analysis(runs: int = 100) -> float:
    """Median milliseconds for the whole pipeline on the seed article, from its bytes."""
    from framelab import Article
    from framelab.actors import find_mentions
    from framelab.article import seed_article_path
    from framelab.framing import framing_summary
    from framelab.quotes import find_quotes
    from framelab.sentiment import sentiment_table
    from framelab.stance import detect_stance

    raw = seed_article_path().read_bytes()

    def once() -> None:
        article = Article.from_text(raw)
        mentions = find_mentions(article)
        quotes = find_quotes(article, mentions)
        sentiment_table(article, quotes, "sentence")
        detect_stance(article, quotes, mentions=mentions)
        framing_summary(article)

    once()  # warm the caches: lexicons, regular expressions, the VADER analyzer
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        once()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def corpus_throughput(count: int = 1000, rounds: int = 3) -> tuple[float, int]:
    """Articles per second (best of `rounds`) for analyze's per-article work, on one core."""
    from framelab.corpus import analyze_article
    from framelab.article import read_own_article

    texts = synthetic_articles(count)
    pinned = hasattr(os, "sched_setaffinity")
    if pinned:
        before = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(before)})
    try:
        analyze_article(read_own_article(texts[0]))
        best = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            for text in texts:
                analyze_article(read_own_article(text, source="corpus"))
            best = min(best, time.perf_counter() - start)
    finally:
        if pinned:
            os.sched_setaffinity(0, before)
    return count / best, count


@contextlib.contextmanager
def _quiet_stderr():
    """Kernels inherit stderr and print a TCP warning at start; keep it out of the table (errors are caught)."""
    sys.stderr.flush()
    saved, null = os.dup(2), os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(null)


def notebook_times() -> list[tuple[str, float, str]]:
    """(notebook, seconds, problem) for each notebook in notebooks/, executed from a temporary copy."""
    import nbformat
    from nbclient import NotebookClient

    results = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        with tempfile.TemporaryDirectory() as folder, _quiet_stderr():
            copy = Path(shutil.copy(path, folder))
            notebook = nbformat.read(copy, as_version=4)
            start = time.perf_counter()
            problem = ""
            try:
                NotebookClient(notebook, timeout=300, kernel_name="python3",
                               resources={"metadata": {"path": folder}}).execute()
            except Exception as error:  # noqa: BLE001 (report it in the table, keep measuring the others)
                problem = f" (failed: {type(error).__name__})"
            results.append((path.stem, time.perf_counter() - start, problem))
    return results


def test_suite() -> tuple[float, str]:
    """Seconds for `python -m pytest -q` from the repository root, and pytest's own summary line."""
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "pytest", "-q"], cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    lines = [line for line in run.stdout.strip().splitlines() if re.search(r"\d+ (passed|failed|error)", line)]
    summary = re.sub(r"=+", "", lines[-1]).strip() if lines else f"exit code {run.returncode}"
    return seconds, re.sub(r" in [\d.]+s.*$", "", summary)


def quotes_before_after() -> list[tuple[str, str, str, str]]:
    """Parse + quotes, articles per second: this checkout and the commit before the rewrite (bench_quotes.py)."""
    from bench_quotes import BEFORE, measure, measure_commit

    best, _median, _found = measure(1000)
    return [("Parse + quotes (`find_quotes`), 1,000 generated articles, one core, best of 3",
             f"{1000 / best:,.0f} articles/s (before, commit {BEFORE}: {measure_commit(BEFORE, 1000).split('= ')[-1]})",
             "≥ 200/s", "yes" if 1000 / best >= 200 else "**no**")]


def sentence_splitters() -> list[tuple[str, str, str, str]]:
    """The kit's splitter beside pySBD and the old plain Punkt on the invented boundary cases (bench_sentences.py)."""
    import csv

    from bench_sentences import CASES, framelab_splitter, ms_per_article, old_splitter, pysbd_splitter, score

    from framelab import load_article

    with CASES.open(encoding="utf-8", newline="") as handle:
        cases = list(csv.DictReader(handle))
    seed = [[p.text for p in load_article().paragraphs]]
    rows = []
    for name, split in (("framelab (Punkt + post-pass)", framelab_splitter()), ("pySBD", pysbd_splitter()),
                        ("before: plain Punkt, old list", old_splitter())):
        if split is None:
            rows.append((f"Sentence splitter: {name}", "not installed (`pip install pysbd`, benchmark only)", "–", "–"))
            continue
        right, _wrong = score(split, cases)
        rows.append((f"Sentence splitter: {name}, {len(cases)} invented boundary cases; ms per seed article",
                     f"{right} / {len(cases)} right, {ms_per_article(split, seed):.2f} ms", "–", "–"))
    return rows


def main() -> None:
    rows = []
    rows += quotes_before_after()
    rows += sentence_splitters()
    seed_ms = seed_full_analysis()
    rows.append(("Seed article, full analysis: parse + quotes + sentiment table + stance + framing summary "
                 "(median of 100 runs)", f"{seed_ms:.1f} ms", "< 50 ms", "yes" if seed_ms < 50 else "**no**"))
    per_second, count = corpus_throughput()
    rows.append((f"`analyze` per article (check, parse, actor guess, quotes, verb classes, sentiment by actor), "
                 f"{count:,} generated articles, one core, best of 3", f"{per_second:,.0f} articles/s", "≥ 200/s",
                 "yes" if per_second >= 200 else "**no**"))
    median, p95, _worst, edits, _characters = playground_latency()
    rows.append((f"Sentiment playground: widget update per edit, {edits:,} edits", f"median {median:.2f} ms, "
                 f"95th percentile {p95:.2f} ms", "median < 20 ms", "yes" if median < 20 else "**no**"))
    for name, seconds, problem in notebook_times():
        rows.append((f"Notebook `{name}`: executed in a fresh kernel (temporary copy)", f"{seconds:.1f} s{problem}",
                     "–", "–"))
    seconds, summary = test_suite()
    rows.append(("Whole test suite: `python -m pytest -q` from the repository root", f"{seconds:.0f} s "
                 f"({summary})", "–", "–"))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"Machine: {platform.machine()}, {cores} cores, Python {platform.python_version()} "
          f"({platform.system()}).\n")
    print("| Measure | Result | Target | Met |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
