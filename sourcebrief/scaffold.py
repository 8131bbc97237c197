"""``sourcebrief new DIR``: a new, empty briefing folder that builds as it is."""

from __future__ import annotations

import shutil
from pathlib import Path

SOURCES_TEMPLATE = """\
# What is known of each source, keyed by id (the seed file's name without .txt).
# Every field is optional: outlet, published (YYYY-MM-DD), url, author, language, note.
# Precedence: this file > what the text says > inference from other sources.
#
# 001_example:
#   outlet: The Example Times
#   published: 2024-02-08
#   url: https://example.com/news/story
#   author: Jane Doe
#   note: Why this source matters, or what to be careful about.
"""

INDEX_TEMPLATE = """\
---
title: "{title}"
# Below the closing line, say what this briefing is about, in a paragraph or
# two: the story, the period it covers and the sources gathered. It opens the
# home page. This page is yours: the build never rewrites it.
---
"""

README_TEMPLATE = """\
# {title}

A briefing built with sourcebrief.

Add the articles you collected to `seeds/` (`sourcebrief add saved-page.html`
imports a page saved from the web), then, in this folder:

    sourcebrief build

writes the annotated Markdown into `content/` and the website into `site/`
(open `site/index.html`; `site/briefing.html` is the whole briefing in one file).

    sourcebrief serve

builds, serves the site at http://127.0.0.1:8000/ and rebuilds whenever you
save a file; the open page reloads by itself. `sourcebrief check` lists what to
fix before publishing.

| folder | who writes it | what it holds |
| --- | --- | --- |
| `seeds/` | you | the articles as received (`.txt`, `.md`) and `sources.yml`, what you know of each source; the build never writes here |
| `content/` | you and the build | annotated Markdown: `index.md` is your introduction; generated pages are never overwritten once you edit them |
| `layouts/` | you | the Jinja templates and `static/` assets of the site |
| `site/` | the build | the website, replaced on every build |
"""


class ScaffoldRefused(Exception):
    """The target folder exists and is not empty."""


def new_briefing(folder: Path, layouts: Path) -> list[Path]:
    """Create the briefing folder; returns what was written. Refuses a non-empty folder."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ScaffoldRefused(f"{folder}: exists and is not an empty folder; refusing")
    title = folder.resolve().name.replace("-", " ").replace("_", " ").strip().capitalize() or "Briefing"
    title = title.replace("\\", "").replace('"', "'")
    folder.mkdir(parents=True, exist_ok=True)
    written = [
        _write(folder / "seeds" / "sources.yml", SOURCES_TEMPLATE),
        _write(folder / "content" / "index.md", INDEX_TEMPLATE.format(title=title)),
        _write(folder / "README.md", README_TEMPLATE.format(title=title)),
    ]
    shutil.copytree(layouts, folder / "layouts", ignore=shutil.ignore_patterns(".*", "__pycache__"))
    written.append(folder / "layouts")
    return written


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return path
