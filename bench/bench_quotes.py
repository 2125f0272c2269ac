"""How fast is quote extraction (parse + find_quotes)? Prints articles per second over 1,000 generated articles, for
this checkout and, side by side in the same run, for the code before the attribution rewrite (git commit BEFORE,
unpacked to a temporary folder with `git archive`), so the cost of the general rules is measured, not guessed.

Run: .venv/bin/python bench/bench_quotes.py [--before COMMIT]"""
import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEFORE = "c27fd0e"  # the last commit before this phase's sentence and attribution work


def measure(count: int = 1000, rounds: int = 3) -> tuple[float, float, int]:
    """(best seconds, median seconds, quotes found per pass) for `count` generated articles."""
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import synthetic_articles

    from framelab import Article
    from framelab.quotes import find_quotes

    texts = synthetic_articles(count)
    find_quotes(Article.from_text(texts[0]))  # warm the caches (lexicons, regular expressions)
    timings, found = [], 0
    for _ in range(rounds):
        start = time.perf_counter()
        found = sum(len(find_quotes(Article.from_text(text))) for text in texts)
        timings.append(time.perf_counter() - start)
    return min(timings), statistics.median(timings), found


def measure_commit(commit: str, count: int) -> str:
    """The same measurement on an older commit, in a fresh interpreter (only its framelab/ and data/ are used)."""
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "framelab", "data"], capture_output=True)
        if archive.returncode:
            return f"(commit {commit} is not in this clone: {archive.stderr.decode().strip()[:80]})"
        subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
        code = (f"import sys; sys.path.insert(0, {folder!r}); sys.path.insert(1, {str(ROOT / 'bench')!r});"
                f"sys.argv = ['bench']; import importlib.util as u;"
                f"s = u.spec_from_file_location('b', {str(Path(__file__).resolve())!r}); b = u.module_from_spec(s);"
                f"s.loader.exec_module(b); best, median, found = b.measure({count});"
                f"print(f'{{best:.2f}} {{median:.2f}} {{found}}')")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=folder)
        if run.returncode:
            return f"(could not run commit {commit}: {run.stderr.strip().splitlines()[-1][:100]})"
        best, median, found = run.stdout.split()
        return f"{best} s (median {median} s), {found} attributions = {count / float(best):,.0f} articles/s"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", default=BEFORE)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    best, median, found = measure(args.count)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"corpus: {args.count} articles generated from the seed's paragraphs (bench/corpus.py); one core, best of 3")
    print(f"now:                 {best:.2f} s (median {median:.2f} s), {found} attributions = "
          f"{args.count / best:,.0f} articles/s (target >= 200)")
    print(f"before ({args.before}):   {measure_commit(args.before, args.count)}")


if __name__ == "__main__":
    main()
