"""The render-only floor: Markdown files to HTML pages with markdown-it-py and Jinja, two processes."""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import jinja2
from markdown_it import MarkdownIt

PAGE = jinja2.Environment(autoescape=True).from_string(
    "<!doctype html><html><head><title>{{ title }}</title></head><body><h1>{{ title }}</h1>{{ body }}</body></html>\n")


def render(job: tuple[list[Path], Path]) -> int:
    paths, out = job
    md = MarkdownIt("commonmark")
    from markupsafe import Markup
    for path in paths:
        text = path.read_text(encoding="utf-8")
        html = PAGE.render(title=path.stem, body=Markup(md.render(text)))
        (out / f"{path.stem}.html").write_text(html, encoding="utf-8")
    return len(paths)


def main() -> None:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    paths = sorted(source.glob("*.md"))
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(render, [(paths[i::2], out) for i in range(2)]))


if __name__ == "__main__":
    main()
