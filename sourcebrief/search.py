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
from html import unescape
from html.entities import html5
from html.parser import HTMLParser

from .markdown import WORD_JOINER
from .render import RenderedPage

INDEX_VERSION = 1

# What a hit on an element of this page is, unless the element says so with data-search="...".
KIND_BY_PAGE = {"chronology.html": "event", "facts.html": "fact", "entities.html": "entity",
                "chronology/": "event", "facts/": "fact"}
"""A folder (``chronology/``) stands for the pages of a long chronology or Key facts."""
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

    def skips_content(self, tag: str) -> bool:
        """Whether the element just opened starts a skip zone (footnotes, nav ...) whose content may go unread:
        _scan then passes over it where _skipped_element says that changes nothing."""
        return self.stack[-1:] == [(tag, True)] and not self.in_h1

    def _mark_skip(self) -> None:
        self.stack[-1] = (self.stack[-1][0], True)
        self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or (tag, False) not in self.stack and (tag, True) not in self.stack:
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
                text = _SPACE.sub(" ", "".join(self.current["text"]).replace(WORD_JOINER, "")).strip()
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


# The fast path. One regular expression reads the markup our layouts and Markdown produce (text, comments, the
# doctype, start tags with quoted or bare attributes, end tags) and _scan gives _Collector the very calls HTMLParser
# would. A page with anything else (an unquoted attribute value, a stray "<", a processing instruction, an odd
# comment or reference, a raw-text element that could end early) is read by HTMLParser instead. What _scan accepts
# is chosen to be read alike by older HTMLParsers and by those of the 2025 security releases, which read title,
# textarea, iframe ... as raw text and decode references in attribute values more strictly.
_WS = r"[ \t\n\r\f]"
_TOKEN = re.compile(rf"""([^<]*)(?:                                  # 1 text, then
    <([a-zA-Z][a-zA-Z0-9-]*)                                         # 2 a start tag,
     ((?:{_WS}+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:{_WS}*={_WS}*(?:"[^"]*"|'[^']*'))?)*)  # 3 its attributes,
     {_WS}*(/?)>                                                     # 4 "/" if self-closing
  | </([a-zA-Z][a-zA-Z0-9-]*){_WS}*>                                 # 5 or an end tag
  | <!--(?!-?>)(?:[^-]|-[^-])*-->                                    # or a comment without "--" inside
  | <![dD][oO][cC][tT][yY][pP][eE][^<>"']*>)                         # or the doctype
""", re.VERBOSE)
_ATTRIBUTE = re.compile(rf"""{_WS}+([^\s=/>]+)(?:{_WS}*(=){_WS}*(?:"([^"]*)"|'([^']*)'))?""")
_REFERENCE = re.compile(r"&(?:#[0-9]+;|#[xX][0-9a-fA-F]+;|([a-zA-Z][a-zA-Z0-9]*);)")
# Raw text (not markup): script and style up to the first "</script" (given as it is), which must be "</script>".
_RAW_TEXT = {name: re.compile(rf"</\s*{name}", re.I) for name in ("script", "style")}
# Raw text in newer Pythons only: accepted if its end tag comes before any "<" and, where newer Pythons give it as
# it is (False), without "&".
_RAW_TEXT_NEWER = {"title": True, "textarea": True, "xmp": False, "iframe": False, "noembed": False, "noframes": False}


def _attributes(source: str) -> list | None:
    """HTMLParser's (name, value or None) list of a start tag's attributes; None if a value has an odd reference."""
    attrs = []
    for name, equals, double, single in _ATTRIBUTE.findall(source):
        value = (double or single) if equals else None
        if value and "&" in value:
            names = _REFERENCE.findall(value)
            if len(names) != value.count("&") or any(n and n + ";" not in html5 for n in names):
                return None
            value = unescape(value)
        attrs.append((name.lower(), value))
    return attrs


def _scan(collector: HTMLParser, html: str) -> bool:
    """Give ``collector`` the calls HTMLParser would for ``html`` (text perhaps in other pieces): True. Where the
    collector has a ``skips_content(tag)`` saying the element just opened is one it ignores (the footnotes are most
    of a source page), the calls for what is inside may be left out (_skipped_element).

    False, part way, if ``html`` is not all markup _TOKEN reads; the collector is then to be thrown away."""
    starttag, endtag, data, match = collector.handle_starttag, collector.handle_endtag, collector.handle_data, _TOKEN.match
    skips = getattr(collector, "skips_content", None)
    pos, size = 0, len(html)
    while pos < size:
        token = match(html, pos)
        if token is None:
            if "<" in html[pos:]:
                return False
            data(unescape(html[pos:]))  # the text after the last tag
            break
        pos = token.end()
        text, tag, source, slash, end_tag = token.groups()
        if text:
            data(unescape(text) if "&" in text else text)
        if end_tag:
            endtag(end_tag.lower())
        elif tag:
            tag = tag.lower()
            attrs = _attributes(source) if source else []
            if attrs is None or tag == "plaintext" or slash and (tag in _RAW_TEXT or tag in _RAW_TEXT_NEWER):
                return False
            starttag(tag, attrs)
            if slash:
                endtag(tag)
            elif tag not in _NOT_SKIPPED and skips is not None and skips(tag):
                after = _skipped_element(html, pos, tag)
                if after is not None:
                    endtag(tag)
                    pos = after
            elif tag in _RAW_TEXT:
                found = _RAW_TEXT[tag].search(html, pos)
                stop = found.start() if found else size
                closing = html[stop:stop + len(tag) + 3]
                if not closing.isascii() or closing.lower() != f"</{tag}>" or "<!--" in html[pos:stop]:
                    return False  # no end tag, one HTMLParser may read otherwise, or "<!--" (which may move it)
                if stop > pos:
                    data(html[pos:stop])
                endtag(tag)
                pos = stop + len(closing)
            elif tag in _RAW_TEXT_NEWER:
                stop = html.find("<", pos)
                closing = html[stop:stop + len(tag) + 3] if stop >= 0 else ""
                if not closing.isascii() or closing.lower() != f"</{tag}>" \
                        or not _RAW_TEXT_NEWER[tag] and "&" in html[pos:stop]:
                    return False
    return True


def _skipped_element(html: str, pos: int, tag: str) -> int | None:
    """Where the element ``tag`` opened just before ``pos`` ends (past its end tag), if the collector, in a skip zone,
    would take nothing from its content: plain markup _scan reads, its elements closed in order, no ``h1`` (the title
    is read even there), ``main``, ``br`` (a space in the current item), self-closing or raw-text element. Else None,
    and _scan reads the content itself."""
    open_tags = [tag]
    match = _TOKEN.match
    while True:
        token = match(html, pos)
        if token is None:
            return None
        pos = token.end()
        _, start, source, slash, end = token.groups()
        if end:
            end = end.lower()
            if end in _VOID:
                continue
            if end != open_tags[-1]:
                return None
            open_tags.pop()
            if not open_tags:
                return pos
        elif start:
            start = start.lower()
            if start in _NOT_SKIPPED or slash or source and "&" in source and _attributes(source) is None:
                return None
            if start not in _VOID:
                open_tags.append(start)


_NOT_SKIPPED = frozenset({"h1", "main", "br", "plaintext", *_RAW_TEXT, *_RAW_TEXT_NEWER})
"""Elements _skipped_element does not skip over (see there)."""


def _collect(html: str, plain_paragraphs: bool) -> _Collector:
    """The collector of one page, fed by _scan where it reads the page alike, else by HTMLParser."""
    collector = _Collector(plain_paragraphs)
    if not _scan(collector, html):
        collector = _Collector(plain_paragraphs)
        collector.feed(html)
        collector.close()
    return collector


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
        collector = _collect(page.html, plain_paragraphs=_page_kind(page.target) == "page")
        title = _SPACE.sub(" ", "".join(collector.title)).strip() or page.target
        number = len(page_rows)
        page_rows.append([page.target, title, _page_kind(page.target)])
        default_kind = KIND_BY_PAGE.get(page.target) or KIND_BY_PAGE.get(page.target.split("/")[0] + "/", "passage")
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
