"""The one Markdown dialect of content/: CommonMark + front matter, footnotes and attribute spans.

Raw HTML is off; attributes are whitelisted; links may only be http(s), mailto or relative;
annotation spans become ``<time>`` and entity links through token transforms, not HTML regexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

ANNOTATION_KEYS = ("ref", "value", "unit", "by", "mod", "label")
_SAFE_ID = re.compile(r"[^A-Za-z0-9_-]")
_SAFE_CLASS = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,40}$")
_SAFE_SCHEME = re.compile(r"^(https?:|mailto:)", re.IGNORECASE)
_ANY_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_TIMEX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
MD_ESCAPE = re.compile(r"([\\`*_\[\]{}<>#|~^&!])")


def create_markdown() -> MarkdownIt:
    """The configured parser (stateless between pages)."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.use(front_matter_plugin).use(footnote_plugin)
    md.use(attrs_plugin, spans=True).use(attrs_block_plugin)
    md.validateLink = is_safe_link
    return md


def is_safe_link(url: str) -> bool:
    """Only http(s), mailto and relative links (after stripping control characters and spaces)."""
    cleaned = _CONTROL.sub("", url)
    return bool(_SAFE_SCHEME.match(cleaned)) or not _ANY_SCHEME.match(cleaned)


def escape_text(text: str) -> str:
    """Escape text so Markdown shows it literally (no emphasis, links, HTML or block markers)."""
    escaped = MD_ESCAPE.sub(r"\\\1", text)
    return re.sub(r"^(\s*)([-+=>]|\d+[.)])", lambda m: m.group(1) + "\\" + m.group(2), escaped)


@dataclass(frozen=True)
class LinkContext:
    """What a page needs to turn annotations into links."""

    root: str
    """Relative path from the page to the site root ("" or "../")."""
    entity_ids: frozenset[str]
    """Entities that have a page; mentions of others stay plain spans."""


def render_markdown(md: MarkdownIt, text: str, links: LinkContext) -> str:
    """Render a content page body to safe HTML."""
    tokens = md.parse(text)
    for token in tokens:
        _sanitise(token, links)
        for child in token.children or ():
            _sanitise(child, links)
    _pair_closing_tags(tokens)
    return md.renderer.render(tokens, md.options, {})


def _sanitise(token: Token, links: LinkContext) -> None:
    """Keep only safe attributes; map annotation keys to data-*; make dates and mentions semantic."""
    attrs = dict(token.attrs)
    kept: dict[str, str] = {}
    if "id" in attrs:
        safe_id = _SAFE_ID.sub("", str(attrs["id"]))[:80]
        if safe_id:
            kept["id"] = safe_id if safe_id[0].isalpha() else "x" + safe_id
    classes = [c for c in str(attrs.get("class", "")).split() if _SAFE_CLASS.match(c)]
    if classes:
        kept["class"] = " ".join(classes)
    for key in ANNOTATION_KEYS:
        if key in attrs:
            kept[f"data-{key}"] = str(attrs[key])[:200]
    if token.type == "link_open":
        href = str(attrs.get("href", ""))
        kept["href"] = _rewrite_href(href)
        if _SAFE_SCHEME.match(href) and not href.lower().startswith("mailto:"):
            kept["rel"] = "noopener noreferrer"
    elif token.type == "image":
        src = str(attrs.get("src", ""))
        kept["src"] = src if not _ANY_SCHEME.match(src) and not src.startswith("//") else ""
        kept["alt"] = str(attrs.get("alt", ""))
    token.attrs = kept
    if token.type == "span_open":
        _annotation(token, classes, kept, links)


def _annotation(token: Token, classes: list[str], kept: dict[str, str], links: LinkContext) -> None:
    value = kept.get("data-value", "")
    if "date" in classes and _TIMEX.match(value):
        token.tag = "time"
        kept["datetime"] = value
    ref = kept.get("data-ref", "")
    if {"person", "org", "place"} & set(classes) and ref in links.entity_ids:
        token.tag = "a"
        kept["href"] = f"{links.root}entities/{ref}.html"
    token.attrs = kept


def _rewrite_href(href: str) -> str:
    """Relative links to .md pages point at their .html pages; protocol-relative links are refused."""
    if href.startswith("//"):
        return ""
    if _ANY_SCHEME.match(href) or href.startswith("#"):
        return href
    return re.sub(r"\.md(?=$|#)", ".html", href)


def _pair_closing_tags(tokens: list[Token]) -> None:
    """Give each span_close the tag its span_open was turned into."""
    for token in tokens:
        stack: list[str] = []
        for child in token.children or ():
            if child.type == "span_open":
                stack.append(child.tag)
            elif child.type == "span_close" and stack:
                child.tag = stack.pop()
