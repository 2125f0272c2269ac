"""Command line: `python -m framelab quotes PATH [--json]`, `python -m framelab evaluate [--gold FILE]`,
`python -m framelab analyze PATH [--json | --csv] [--out FILE [--force]]` and `python -m framelab assign LESSON --out DIR
[--nbgrader] [--force]`."""
import argparse
import json
import sys
from pathlib import Path

from framelab.article import load_article
from framelab.errors import FramelabError


def _quotes(args) -> str:
    from framelab.quotes import find_quotes

    quotes = find_quotes(load_article(args.path))
    if args.json:
        return json.dumps([q.as_json() for q in quotes], ensure_ascii=False, indent=1)
    if not quotes:
        return "No quotes or attributions found."
    actor = max(len(q.actor or "?") for q in quotes) + 2  # columns as wide as their longest entry
    cue = max(len(q.cue) for q in quotes) + 2
    return "\n".join(f"¶{q.paragraph:<3}{q.kind:<13}{(q.actor or '?'):<{actor}}{q.cue:<{cue}}{q.speaker or '–'}: {q.text}"
                     for q in quotes)


def _evaluate(args) -> str:
    from framelab.evaluation import corpus_report, evaluation_report, load_gold_file, load_gold_quotes
    from framelab.quotes import find_quotes

    if args.gold:
        return corpus_report(load_gold_file(args.gold), find_quotes, args.gold)
    return evaluation_report(find_quotes(load_article()), load_gold_quotes())


def refuse_output(out: Path, inputs: list[Path], force: bool) -> str | None:
    """Why `analyze --out OUT` must not write (one sentence), or None when it may.

    Never over one of the input articles, even with --force; never over an existing file without --force."""
    if out.is_dir():
        return f"{out} is a folder; give --out a file name, for example {out / 'results.csv'}."
    if out.exists():
        if any(out.samefile(path) for path in inputs if path.exists()):
            return (f"{out} is one of the articles being analysed; refusing to write over it. "
                    "Choose another file name for --out.")
        if not force:
            return (f"{out} already exists; refusing to write over it. Choose another file name, "
                    "or add --force to replace it.")
    return None


def _analyze(args) -> int:
    """Analyse one file or every .txt file in a folder; bad files are reported on stderr and skipped."""
    from framelab.corpus import analyze_files, progress_bar, reports_csv, reports_json, reports_text, summary_line, text_files

    try:
        paths = text_files(args.path)
        out_problem = args.out and refuse_output(Path(args.out), paths, args.force)
    except FramelabError as error:
        print(f"framelab: {error}", file=sys.stderr)
        return 2
    if out_problem:
        print(f"framelab: {out_problem}", file=sys.stderr)
        return 2
    folder = Path(args.path)
    inner = sorted(p.name for p in folder.iterdir() if p.is_dir() and any(p.glob("*.txt"))) if folder.is_dir() else []
    if inner:  # a teacher who keeps one folder per class must not lose a class without noticing
        print(f"framelab: subfolders are not read ({', '.join(inner)}): run analyze on each of them.", file=sys.stderr)
    bar, live = len(paths) > 1, sys.stderr.isatty()  # a bar redrawn in place on a terminal, lines in a log
    blank = "\r" + " " * len(progress_bar(len(paths), len(paths))) + "\r"

    def progress(done, total, path, problem):
        if problem:
            print(f"{blank if bar and live else ''}framelab: skipped {path.name}: {problem}", file=sys.stderr)
        if bar and live:
            sys.stderr.write("\r" + progress_bar(done, total) + ("\n" if done == total else ""))
        elif bar and (done == total or 10 * done // total != 10 * (done - 1) // total):
            print(progress_bar(done, total), file=sys.stderr)
        sys.stderr.flush()

    reports, skipped = analyze_files(paths, progress)
    if not reports:
        print(f"framelab: no article could be analysed: {summary_line(0, len(skipped))}", file=sys.stderr)
        return 2
    output = reports_json(reports) if args.json else reports_csv(reports) if args.csv else reports_text(reports)
    output = output if output.endswith("\n") else output + "\n"
    if args.out:
        try:
            with open(args.out, "w", encoding="utf-8", newline="") as handle:
                handle.write(output)
        except OSError as error:
            print(f"framelab: cannot write {args.out}: {error.strerror}.", file=sys.stderr)
            return 2
    else:
        sys.stdout.write(output)
    print(f"framelab: {summary_line(len(reports), len(skipped))}" + (f" Written to {args.out}." if args.out else ""),
          file=sys.stderr)
    return 0


def _assign(args) -> str:
    from framelab.assign import assign

    written = assign(args.lesson, args.out, nbgrader=args.nbgrader, force=args.force)
    what = "nbgrader source notebook" if args.nbgrader else "student pack"
    return f"Wrote the {what} for lesson {args.lesson}:\n" + "\n".join(f"  {path}" for path in written)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m framelab", description="framelab: read the news critically.")
    commands = parser.add_subparsers(dest="command", required=True)
    quotes = commands.add_parser("quotes", help="list who says what in a UTF-8 plain-text article")
    quotes.add_argument("path", help="a .txt file")
    quotes.add_argument("--json", action="store_true", help="print one JSON list")
    quotes.set_defaults(run=_quotes)
    evaluate = commands.add_parser("evaluate", help="score the quote extractor against a gold standard (default: the seed's)")
    evaluate.add_argument("--gold", metavar="FILE", help="a gold CSV: the seed's layout, or file,kind,speaker,cue,text "
                                                        "with the .txt files beside it (data/annotations/dev/gold.csv)")
    evaluate.set_defaults(run=_evaluate)
    analyze = commands.add_parser(
        "analyze", help="per article and actor: quotes, verb classes, sentiment (a .txt file or a folder of them)",
        description="Per article and actor: mentions, quotations, indirect attributions, the classes of the verbs "
                    "that report them, and the mean VADER compound of their quotes. Actors: the kit's table plus "
                    "the people and organisations framelab.speakers finds in each text (side 'other'). A file that cannot be read is "
                    "reported on stderr and skipped.")
    analyze.add_argument("path", help="a UTF-8 .txt file, or a folder of them")
    output = analyze.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON list (one object per article)")
    output.add_argument("--csv", action="store_true", help="print one CSV table (one row per article and actor)")
    analyze.add_argument("--out", metavar="FILE",
                         help="write to FILE instead of the screen (never over an input article; an existing FILE "
                              "only with --force)")
    analyze.add_argument("--force", action="store_true", help="replace FILE if it exists (never an input article)")
    assign = commands.add_parser(
        "assign", help="write what a teacher hands out for a lesson (no answers), or nbgrader source notebooks",
        description="Student pack: the lesson's notebook without outputs or answers, and a printable HTML handout with "
                    "the tasks and the article. With --nbgrader: nbgrader source notebooks with the model answers "
                    "between ### BEGIN SOLUTION / ### END SOLUTION and an autograded test cell per exercise.")
    assign.add_argument("lesson", help="a lesson folder or its number, e.g. 03 or 03_sentiment")
    assign.add_argument("--out", required=True, metavar="DIR", help="the folder to write into")
    assign.add_argument("--nbgrader", action="store_true", help="write nbgrader source notebooks instead")
    assign.add_argument("--force", action="store_true", help="replace a pack already in the folder")
    assign.set_defaults(run=_assign)
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv:  # a bare `python -m framelab`: show what it can do, not an error
        parser.print_help()
        return 0
    args = parser.parse_args(argv)
    if args.command == "analyze":
        return _analyze(args)
    try:
        print(args.run(args))
    except FramelabError as error:
        print(f"framelab: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        name = getattr(error, "filename", None) or getattr(args, "path", None) or getattr(args, "out", "")
        print(f"framelab: cannot read or write {name}: {error.strerror}.", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
