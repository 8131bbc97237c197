"""Check a built site: every internal ``href``/``src`` resolves to a file (and anchor) inside it."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


@dataclass(frozen=True)
class BrokenLink:
    """One internal link that does not resolve."""

    page: Path
    """The HTML file holding the link."""
    line: int
    """1-based line of the tag in that file."""
    attribute: str
    """``href`` or ``src``."""
    url: str
    """The link as written."""
    reason: str
    """``not found``, ``anchor missing`` or ``leaves the site``."""

    def __str__(self) -> str:
        return f"{self.page}: {self.attribute}={self.url} {self.reason}"


class LinkCollector(HTMLParser):
    """The ids (anchors) of a page and its links with their lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []
        self.lines: list[int] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        for key in ("href", "src"):
            if values.get(key) is not None:
                self.links.append((key, values[key]))
                self.lines.append(self.getpos()[0])


def parse(path: Path) -> LinkCollector:
    collector = LinkCollector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def find_broken_links(site: Path) -> list[BrokenLink]:
    """Internal links that do not resolve to a file (and anchor) inside the site, page by page."""
    root = site.resolve()
    pages = {p: parse(p) for p in sorted(site.rglob("*.html"))}
    ids_by_file = {p.resolve(): parsed.ids for p, parsed in pages.items()}
    problems = []
    for page, parsed in pages.items():
        for (key, url), line in zip(parsed.links, parsed.lines):
            parts = urlsplit(url)
            if parts.scheme in ("http", "https", "mailto"):
                continue
            if parts.scheme or url.startswith("//"):
                problems.append(BrokenLink(page, line, key, url, "leaves the site"))
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page.resolve()
            if not target.is_relative_to(root) or not target.is_file():
                problems.append(BrokenLink(page, line, key, url, "not found"))
                continue
            if parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in ids_by_file[target]:
                problems.append(BrokenLink(page, line, key, url, "anchor missing"))
    return problems


def broken_links(site: Path) -> list[str]:
    """The same, one line of text each (``page: href=url reason``)."""
    return [str(problem) for problem in find_broken_links(site)]
