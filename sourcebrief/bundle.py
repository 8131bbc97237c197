"""The offline briefing: every page, the CSS and the script in one self-contained HTML file."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator, Sequence
from pathlib import Path

import jinja2
from markupsafe import Markup

from .markdown import LinkContext, page_key
from .render import FragmentSpool, WrittenPage
from .search import index_json
from .views import SiteView

# Reading order of the one-file briefing: the briefing first, then what it cites.
_ORDER = ("index.html", "chronology.html", "facts.html", "entities.html", "sources.html")


def _rank(target: str) -> tuple:
    if target in _ORDER:
        return (0, _ORDER.index(target), target)
    if target.startswith(("chronology/", "facts/")):  # the pages of a long chronology or Key facts, after the first
        return (0, _ORDER.index(target.split("/")[0] + ".html"), target)
    return (1, target.split("/")[0] != "sources", target)


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _inline_asset(layouts: Path, name: str, closing: str) -> str:
    path = layouts / "static" / name
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    return text.replace(closing, closing.replace("</", "<\\/"))


def bundle_briefing(pages: Sequence[WrittenPage], site: SiteView, env: jinja2.Environment, layouts: Path,
                    search: dict | None = None) -> Iterator[str]:
    """One HTML document, in pieces to write one after the other (a large briefing is never one string in memory):
    sections in reading order, internal links already turned into anchors.

    ``search`` is the site's search index (search.search_index), embedded as JSON for site.js.
    """
    css = _inline_asset(layouts, "style.css", "</style")
    script = _inline_asset(layouts, "site.js", "</script")
    ordered = sorted((p for p in pages if p.fragment), key=lambda p: _rank(p.target))
    sections = ((page_key(p.target), Markup(FragmentSpool.read(p.fragment))) for p in ordered)  # read as written
    csp = (f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(script)}; "
           "base-uri 'none'; form-action 'none'")
    return env.get_template("briefing.html").generate(
        site=site, sections=sections, css=Markup(css), script=Markup(script), csp=csp,
        search_json=Markup(index_json(search or {"version": 1, "pages": [], "items": []})),
        href=LinkContext(target="briefing.html", entity_cards={}, bundle=True).href,
    )
