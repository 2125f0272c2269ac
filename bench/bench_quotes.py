"""How fast is quote extraction? Prints quotes per second over 1,000 generated articles.

Run: .venv/bin/python bench/bench_quotes.py"""
import os
import platform
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from corpus import synthetic_articles  # noqa: E402

from framelab import Article  # noqa: E402
from framelab.quotes import find_quotes  # noqa: E402


def main(count: int = 1000, rounds: int = 3) -> None:
    texts = synthetic_articles(count)
    find_quotes(Article.from_text(texts[0]))  # warm the caches (lexicons, regular expressions)
    timings, found = [], 0
    for _ in range(rounds):
        start = time.perf_counter()
        found = sum(len(find_quotes(Article.from_text(text))) for text in texts)
        timings.append(time.perf_counter() - start)
    best, median = min(timings), statistics.median(timings)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"corpus: {count} articles ({sum(map(len, texts)):,} characters), {found} quotes found per pass")
    print(f"quote extraction (parse + find_quotes), one core, best of {rounds}: {best:.2f} s "
          f"(median {median:.2f} s) = {found / best:,.0f} quotes/s = {count / best:,.0f} articles/s")


if __name__ == "__main__":
    main()
