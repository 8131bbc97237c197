"""The ``sourcebrief`` command line: build (default), dates, and more as issues add them."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from .config import BuildConfig
from .output import OutputRefused, check_out_dir
from .plural import counted

PROJECT_LAYOUTS = Path(__file__).resolve().parent.parent / "layouts"


def _add_build(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("build", help="build seeds/ into content/ and site/",
                            description="Convert the articles in seeds/ into annotated Markdown in content/, then render site/.")
    _add_folders(parser)
    parser.add_argument("--force", action="store_true", help="regenerate generated pages even if edited by hand")
    parser.add_argument("--base-url", default=None, type=_base_url,
                        help="the site's address, e.g. https://example.org/briefing/ (adds sitemap.xml, absolute feed links)")
    _add_verbosity(parser)
    parser.set_defaults(run=run_build)


def _base_url(value: str) -> str:
    if not re.match(r"^https?://[^\s<>\"'#?]+$", value):
        raise argparse.ArgumentTypeError(f"not an http(s) address without query or fragment: {value!r}")
    return value if value.endswith("/") else value + "/"


def _add_folders(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seeds", default="seeds", help="folder of raw articles (default: seeds)")
    parser.add_argument("--content", default="content", help="folder of annotated Markdown (default: content)")
    parser.add_argument("--out", default="site", help="output folder for the website (default: site)")
    parser.add_argument("--layouts", default=None, help="Jinja layouts folder (default: ./layouts, else the built-in set)")


def _add_verbosity(parser: argparse.ArgumentParser) -> None:
    loud = parser.add_mutually_exclusive_group()
    loud.add_argument("--quiet", "-q", action="store_true", help="print errors only")
    loud.add_argument("--verbose", "-v", action="store_true", help="also print each stage with its time")


def _config(args: argparse.Namespace) -> BuildConfig:
    return BuildConfig(seeds=Path(args.seeds), content=Path(args.content), out=Path(args.out),
                       layouts=resolve_layouts(args.layouts), force=getattr(args, "force", False),
                       base_url=getattr(args, "base_url", None))


def resolve_layouts(value: str | None) -> Path:
    if value:
        return Path(value)
    local = Path("layouts")
    return local if (local / "base.html").is_file() else PROJECT_LAYOUTS


def run_build(args: argparse.Namespace) -> int:
    from .progress import Progress, level_of
    from .uptodate import UpToDate

    config = _config(args)
    progress = Progress(level_of(args))
    try:
        check_out_dir(config.out, [config.seeds, config.content, config.layouts])
        state = UpToDate(config)
        result = state.unchanged()  # checked before importing the build, which takes longer than the check
        if result is None:
            from .pipeline import build
            result = build(config, progress=progress, state=state)
    except OutputRefused as exc:
        print(f"{exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a full disk, a folder made read-only mid-build: the old site stays (output.publish)
        print(f"{exc.filename or config.out}:0: error: cannot write: {exc.strerror or exc}; "
              f"the previous site in {config.out} is unchanged", file=sys.stderr)
        return 1
    for diagnostic in result.diagnostics:
        progress.diagnostic(diagnostic)
    sources = counted(result.articles, 'source')
    if result.up_to_date:
        progress.info(f"{config.out} is up to date ({sources}, {result.pages} pages): nothing changed since the last build")
    else:
        progress.info(f"built {sources}, {result.pages} pages into {config.out} in {progress.elapsed():.1f} s")
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


def _add_serve(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("serve", help="build, serve the site locally and rebuild on every change",
                            description="Build, then serve the site on http://127.0.0.1:PORT/; watch seeds/, content/ "
                                        "and layouts/, rebuild on every change and reload the open page. Build errors "
                                        "are shown in the browser and here; the server keeps running.")
    _add_folders(parser)
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000; 0: any free port)")
    parser.add_argument("--bind", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--allow-remote", action="store_true", help="allow a --bind address other machines can reach")
    _add_verbosity(parser)
    parser.set_defaults(run=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    from .progress import Progress, level_of
    from .serve import serve

    if not 0 <= args.port <= 65535:
        print(f"--port: {args.port} is not a port number", file=sys.stderr)
        return 2
    return serve(_config(args), args.port, args.bind, args.allow_remote, Progress(level_of(args)))


def _add_check(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("check", help="list what to fix before publishing",
                            description="List what an editor should fix before publishing, one `path:line: message` "
                                        "per line: sources without outlet or date, unresolved dates, single-source key "
                                        "facts, unused entities.yml entries, generated pages edited by hand, build "
                                        "problems and broken links. Writes nothing; exit status 1 if anything is found.")
    _add_folders(parser)
    _add_verbosity(parser)
    parser.set_defaults(run=run_check)


def run_check(args: argparse.Namespace) -> int:
    from .check import check
    from .progress import Progress, level_of

    progress = Progress(level_of(args))
    try:
        findings = check(_config(args), progress=progress)
    except OutputRefused as exc:
        print(f"{exc}", file=sys.stderr)
        return 2
    for finding in findings:
        print(finding)
    progress.info(f"{len(findings)} things to fix" if findings else "nothing to fix")
    return 1 if findings else 0


def _add_add(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("add", help="import articles saved from the web into seeds/",
                            description="Import articles: a saved web page (.html, .htm) becomes seeds/<name>.txt with "
                                        "its outlet, date, author and URL appended to seeds/sources.yml; .txt and .md "
                                        "files are copied as they are. Never overwrites a seed; reads files only.")
    parser.add_argument("files", nargs="+", metavar="FILE", help="saved pages or text files")
    parser.add_argument("--seeds", default="seeds", help="folder of raw articles (default: seeds)")
    parser.set_defaults(run=run_add)


def run_add(args: argparse.Namespace) -> int:
    from .importer import add_files

    results = add_files([Path(f) for f in args.files], Path(args.seeds))
    for result in results:
        if result.seed:
            print(f"added {result.seed}")
        for problem in result.problems:
            print(problem, file=sys.stderr)
    return 1 if any(result.seed is None for result in results) else 0


def _add_new(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("new", help="create a new briefing folder",
                            description="Create DIR with seeds/ (and a sources.yml template), content/index.md, a copy "
                                        "of the default layouts/ and a README; run `sourcebrief build` inside it.")
    parser.add_argument("dir", metavar="DIR", help="the new folder (must not exist, or be empty)")
    parser.set_defaults(run=run_new)


def run_new(args: argparse.Namespace) -> int:
    from .scaffold import ScaffoldRefused, new_briefing

    try:
        new_briefing(Path(args.dir), PROJECT_LAYOUTS)
    except (ScaffoldRefused, OSError) as exc:
        print(f"new: {exc}", file=sys.stderr)
        return 2
    print(f"created {args.dir}: add articles to {Path(args.dir) / 'seeds'}, then run `sourcebrief build` inside it")
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sourcebrief", description="Build annotated news briefings.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_build(sub)
    _add_dates(sub)
    _add_serve(sub)
    _add_check(sub)
    _add_add(sub)
    _add_new(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        args = parser.parse_args(["build", *(argv or [])])
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
