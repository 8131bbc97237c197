"""The ``sourcebrief`` command line: build (default), dates, and more as issues add them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .config import BuildConfig
from .output import OutputRefused

PROJECT_LAYOUTS = Path(__file__).resolve().parent.parent / "layouts"


def _add_build(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("build", help="build seeds/ into content/ and site/",
                            description="Convert the articles in seeds/ into annotated Markdown in content/, then render site/.")
    parser.add_argument("--seeds", default="seeds", help="folder of raw articles (default: seeds)")
    parser.add_argument("--content", default="content", help="folder of annotated Markdown (default: content)")
    parser.add_argument("--out", default="site", help="output folder for the website (default: site)")
    parser.add_argument("--layouts", default=None, help="Jinja layouts folder (default: ./layouts, else the built-in set)")
    parser.add_argument("--force", action="store_true", help="regenerate generated pages even if edited by hand")
    parser.set_defaults(run=run_build)


def resolve_layouts(value: str | None) -> Path:
    if value:
        return Path(value)
    local = Path("layouts")
    return local if (local / "base.html").is_file() else PROJECT_LAYOUTS


def run_build(args: argparse.Namespace) -> int:
    from .pipeline import build

    config = BuildConfig(seeds=Path(args.seeds), content=Path(args.content), out=Path(args.out),
                         layouts=resolve_layouts(args.layouts), force=args.force)
    try:
        result = build(config)
    except OutputRefused as exc:
        print(f"{exc}", file=sys.stderr)
        return 2
    for diagnostic in result.diagnostics:
        print(diagnostic, file=sys.stderr)
    print(f"built {result.articles} sources, {result.pages} pages into {config.out}", file=sys.stderr)
    return result.exit_status


def _add_dates(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("dates", help="list the temporal expressions in a text file as JSON lines",
                            description="Find dates, times, durations and sets in FILE and print one JSON object per "
                                        "expression (start, end, text, type, value, mod), resolved against --published.")
    parser.add_argument("file", help="a UTF-8 text file, or - for standard input")
    parser.add_argument("--published", default=None, help="publication date YYYY-MM-DD for relative dates")
    parser.set_defaults(run=run_dates)


def run_dates(args: argparse.Namespace) -> int:
    import json

    from .config import parse_date
    from .dates import find_dates

    published = parse_date(args.published) if args.published else None
    if args.published and published is None:
        print(f"--published: bad date {args.published!r} (use YYYY-MM-DD)", file=sys.stderr)
        return 2
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"{args.file}:0: error: cannot read: {exc}", file=sys.stderr)
        return 1
    for timex in find_dates(text.replace("\r\n", "\n"), published):
        print(json.dumps(timex.to_dict(), ensure_ascii=False))
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sourcebrief", description="Build annotated news briefings.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_build(sub)
    _add_dates(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        args = parser.parse_args(["build", *(argv or [])])
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
