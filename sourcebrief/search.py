"""The client-side search index: one entry per page and per addressable passage, event, fact or entity.

Built from the rendered site pages (what readers see), so a search hit links to an element that
exists. The index is plain JSON, embedded in the offline briefing and written as ``search-index.js``
for the website (a script, not a fetch, so it also works from ``file://``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from html.parser import HTMLParser

from .render import RenderedPage

INDEX_VERSION = 1

# What a hit on an element of this page is, unless the element says so with data-search="...".
KIND_BY_PAGE = {"chronology.html": "event", "facts.html": "fact", "entities.html": "entity"}
# Blocks that become index items; elements with an id or data-search become items whatever their tag.
_BLOCKS = frozenset({"p", "li", "dd", "blockquote", "figcaption", "td"})
_SKIPPED = frozenset({"script", "style", "template", "nav", "sup", "table", "thead", "header", "footer"})
_SKIPPED_CLASSES = frozenset({"footnotes", "footnote-ref", "badge"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
_SPACE = re.compile(r"\s+")
_KINDS = ("entity", "event", "fact", "source", "page", "passage")


class _Collector(HTMLParser):
    """Pull the title and the addressable blocks out of one page's <main>."""

    def __init__(self, plain_paragraphs: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.plain_paragraphs = plain_paragraphs
        self.stack: list[tuple[str, bool]] = []  # (tag, opens an item or skip zone)
        self.in_main = 0
        self.skip = 0
        self.footnotes = 0
        self.title: list[str] = []
        self.in_h1 = False
        self.current: dict | None = None
        self.depth_at_item = 0
        self.items: list[dict] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in _VOID:
            if tag == "br" and self.current is not None:
                self.current["text"].append(" ")
            return
        self.stack.append((tag, False))
        if tag == "main":
            self.in_main += 1
        if not self.in_main:
            return
        classes = values.get("class", "").split()
        if tag == "h1" and not self.title:
            self.in_h1 = True
        if _SKIPPED_CLASSES & set(classes) or "data-nosearch" in values or tag in _SKIPPED:
            self._mark_skip()
            return
        if self.skip or self.current is not None:
            return
        if values.get("data-search") or (values.get("id") and tag in _BLOCKS) or (tag == "p" and self.plain_paragraphs):
            self.current = {"id": values.get("id", ""), "kind": values.get("data-search", ""), "text": []}
            self.depth_at_item = len(self.stack)

    def _mark_skip(self) -> None:
        self.stack[-1] = (self.stack[-1][0], True)
        self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            open_tag, skipping = self.stack.pop()
            if skipping:
                self.skip -= 1
            if open_tag == "main":
                self.in_main -= 1
            if open_tag == "h1":
                self.in_h1 = False
            if self.current is not None and len(self.stack) < self.depth_at_item:
                text = _SPACE.sub(" ", "".join(self.current["text"])).strip()
                if text:
                    self.items.append({"id": self.current["id"], "kind": self.current["kind"], "text": text})
                self.current = None
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_h1:
            self.title.append(data)
        if self.current is not None and not self.skip:
            self.current["text"].append(data)


def _page_kind(target: str) -> str:
    if target.startswith("entities/"):
        return "entity"
    if target.startswith("sources/"):
        return "source"
    return "page"


def search_index(pages: Sequence[RenderedPage]) -> dict:
    """The index of the website pages, sorted by page path, items in reading order.

    ``pages``: ``[[path, title, kind], ...]``; ``items``: ``[[page number, element id or "", kind, text], ...]``.
    """
    page_rows: list[list[str]] = []
    items: list[list] = []
    for page in sorted(pages, key=lambda p: p.target):
        # Paragraphs without an id are indexed on hand-written pages only; generated pages mark what counts.
        collector = _Collector(plain_paragraphs=_page_kind(page.target) == "page")
        collector.feed(page.html)
        collector.close()
        title = _SPACE.sub(" ", "".join(collector.title)).strip() or page.target
        number = len(page_rows)
        page_rows.append([page.target, title, _page_kind(page.target)])
        default_kind = KIND_BY_PAGE.get(page.target, "passage")
        seen: set[str] = set()
        for item in collector.items:
            kind = item["kind"] if item["kind"] in _KINDS else default_kind if item["id"] else "passage"
            key = item["text"]
            if key == title or key in seen:  # no duplicated text within a page
                continue
            seen.add(key)
            items.append([number, item["id"], kind, item["text"]])
    return {"version": INDEX_VERSION, "pages": page_rows, "items": items}


def index_json(index: dict) -> str:
    """Compact JSON, safe inside a <script> element (no ``<``, ``>``, ``&`` or line separators)."""
    text = json.dumps(index, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return unicodedata.normalize("NFC", text)


def index_script(index: dict) -> str:
    """``search-index.js`` for the website: a script, so pages opened from file:// can load it."""
    return "window.SOURCEBRIEF_SEARCH = " + index_json(index) + ";\n"
