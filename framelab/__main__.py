"""Command line: `python -m framelab quotes PATH [--json]` and `python -m framelab evaluate`."""
import argparse
import json
import sys

from framelab.article import load_article
from framelab.errors import FramelabError


def _quotes(args) -> str:
    from framelab.quotes import find_quotes

    quotes = find_quotes(load_article(args.path))
    if args.json:
        return json.dumps([q.as_json() for q in quotes], ensure_ascii=False, indent=1)
    if not quotes:
        return "No quotes or attributions found."
    return "\n".join(f"¶{q.paragraph:<3}{q.kind:<13}{(q.actor or '?'):<16}{q.cue:<10}{q.speaker}: {q.text}" for q in quotes)


def _evaluate(_args) -> str:
    from framelab.evaluation import evaluation_report, load_gold_quotes
    from framelab.quotes import find_quotes

    return evaluation_report(find_quotes(load_article()), load_gold_quotes())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m framelab", description="framelab: read the news critically.")
    commands = parser.add_subparsers(dest="command", required=True)
    quotes = commands.add_parser("quotes", help="list who says what in a UTF-8 plain-text article")
    quotes.add_argument("path", help="a .txt file")
    quotes.add_argument("--json", action="store_true", help="print one JSON list")
    quotes.set_defaults(run=_quotes)
    commands.add_parser("evaluate", help="score the quote extractor against the gold standard").set_defaults(run=_evaluate)
    args = parser.parse_args(argv)
    try:
        print(args.run(args))
    except FramelabError as error:
        print(f"framelab: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"framelab: cannot read {getattr(error, 'filename', None) or args.path}: {error.strerror}.", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
