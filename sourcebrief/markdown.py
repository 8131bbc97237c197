"""The one Markdown dialect of content/: CommonMark + front matter, footnotes and attribute spans.

Raw HTML is off; attributes are whitelisted; links may only be http(s), mailto or relative;
annotation spans become ``<time>`` and entity links through token transforms, not HTML regexes.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
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
    md = MarkdownIt("commonmark", {"html": False, "xhtmlOut": False, "linkify": False, "typographer": False})
    md.use(front_matter_plugin).use(footnote_plugin)
    md.use(attrs_plugin, spans=True).use(attrs_block_plugin)
    md.validateLink = is_safe_link
    return md


def is_safe_link(url: str) -> bool:
    """Only http(s), mailto and relative links (after stripping control characters and spaces)."""
    cleaned = _CONTROL.sub("", url)
    return bool(_SAFE_SCHEME.match(cleaned)) or not _ANY_SCHEME.match(cleaned)


def escape_text(text: str, line_start: bool = True) -> str:
    """Escape text so Markdown shows it literally (no emphasis, links, HTML or block markers)."""
    escaped = MD_ESCAPE.sub(r"\\\1", text)
    if not line_start:
        return escaped
    return re.sub(r"^(\s*)([-+=>]|\d+[.)])", lambda m: m.group(1) + "\\" + m.group(2), escaped)


@dataclass(frozen=True)
class EntityCard:
    """What the hover card of an entity mention shows."""

    name: str
    """Canonical name."""
    role: str | None
    """Role as the sources state it (the most frequent), if any."""
    mentions: int
    """Mentions across all sources."""


@dataclass(frozen=True)
class LinkContext:
    """How a page links: into the multi-page site, or within the one-file offline briefing."""

    target: str
    """Output path of the page being rendered, from the site root (``sources/x.html``)."""
    entity_cards: Mapping[str, EntityCard]
    """Entities that have a page, by id; mentions of others stay plain spans."""
    bundle: bool = False
    """True in the offline briefing: ids get a page prefix and site links become in-page anchors."""

    @property
    def root(self) -> str:
        return "../" * self.target.count("/")

    @property
    def key(self) -> str:
        return page_key(self.target)

    def href(self, path: str, fragment: str = "") -> str:
        """Link to a site path (from the root), as a relative URL or an in-page anchor."""
        if "#" in path and not fragment:
            path, _, fragment = path.partition("#")
        if self.bundle:
            return "#" + page_key(path) + (f"--{fragment}" if fragment else "")
        return self.root + path + (f"#{fragment}" if fragment else "")


def page_key(target: str) -> str:
    """Anchor name of a page in the offline briefing: ``sources/x.html`` -> ``sources-x``."""
    return target.removesuffix(".html").replace("/", "-")


def render_markdown(md: MarkdownIt, text: str, links: LinkContext) -> str:
    """Render a content page body to safe HTML."""
    env = {"docId": links.key} if links.bundle else {}
    return render_tokens(md, md.parse(text, env), links, env)


def render_tokens(md: MarkdownIt, tokens: list[Token], links: LinkContext, env: dict) -> str:
    """Sanitise parsed tokens for one way of linking and render them (the tokens are changed)."""
    for token in tokens:
        _sanitise(token, links)
        for child in token.children or ():
            _sanitise(child, links)
    _pair_closing_tags(tokens)
    return md.renderer.render(tokens, md.options, env)


def _sanitise(token: Token, links: LinkContext) -> None:
    """Keep only safe attributes; map annotation keys to data-*; make dates and mentions semantic."""
    attrs = dict(token.attrs)
    kept: dict[str, str] = {}
    if "id" in attrs:
        safe_id = _SAFE_ID.sub("", str(attrs["id"]))[:80]
        if safe_id:
            kept["id"] = f"{links.key}--{safe_id}" if links.bundle else safe_id
    classes = [c for c in str(attrs.get("class", "")).split() if _SAFE_CLASS.match(c)]
    if classes:
        kept["class"] = " ".join(classes)
    for key in ANNOTATION_KEYS:
        if key in attrs:
            kept[f"data-{key}"] = str(attrs[key])[:200]
    if token.type == "link_open":
        href = str(attrs.get("href", ""))
        kept["href"] = _rewrite_href(href, links)
        if _SAFE_SCHEME.match(href) and not href.lower().startswith("mailto:"):
            kept["rel"] = "noopener noreferrer"
    elif token.type == "image":
        src = str(attrs.get("src", ""))
        kept["src"] = src if not _ANY_SCHEME.match(src) and not src.startswith("//") else ""
        kept["alt"] = str(attrs.get("alt", ""))
    elif token.type == "ordered_list_open" and str(attrs.get("start", "")).isdigit():
        kept["start"] = str(attrs["start"])  # "10. foo" starts at 10 (CommonMark); digits only
    if token.type in ("link_open", "image") and attrs.get("title"):
        kept["title"] = str(attrs["title"])  # plain text, escaped by the renderer
    token.attrs = kept
    if token.type == "span_open":
        _annotation(token, classes, kept, links)


def _annotation(token: Token, classes: list[str], kept: dict[str, str], links: LinkContext) -> None:
    value = kept.get("data-value", "")
    if "date" in classes and _TIMEX.match(value):
        token.tag = "time"
        kept["datetime"] = value
    if "note" in classes:
        token.tag = "mark"
    ref = kept.get("data-ref", "")
    card = links.entity_cards.get(ref)
    if {"person", "org", "place"} & set(classes) and card is not None:
        token.tag = "a"
        kept["href"] = links.href(f"entities/{ref}.html")
        kept.update({"data-name": card.name, "data-mentions": str(card.mentions)})
        if card.role:
            kept["data-role"] = card.role
    token.attrs = kept


def _rewrite_href(href: str, links: LinkContext) -> str:
    """Relative links to .md pages point at their .html pages (or anchors in the offline briefing)."""
    if href.startswith("//"):
        return ""
    if _ANY_SCHEME.match(href):
        return href
    if href.startswith("#"):
        return f"#{links.key}--{href[1:]}" if links.bundle and href != "#" else href
    href = re.sub(r"\.md(?=$|#)", ".html", href)
    if not links.bundle:
        return href
    path, _, fragment = href.partition("#")
    return links.href(posixpath.normpath(posixpath.join(posixpath.dirname(links.target), path)), fragment)


def _pair_closing_tags(tokens: list[Token]) -> None:
    """Give each span_close the tag its span_open was turned into."""
    for token in tokens:
        stack: list[str] = []
        for child in token.children or ():
            if child.type == "span_open":
                stack.append(child.tag)
            elif child.type == "span_close" and stack:
                child.tag = stack.pop()
