"""Render content/ pages through the Jinja layouts into the staging site folder."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import jinja2
from markdown_it import MarkdownIt

from .citing import bibtex_entry, briefing_bibtex, reader_citation
from .markdown import LinkContext, create_markdown, render_state, render_tokens
from .model import Diagnostic
from .pages import ContentPage
from .cache import Store, key_of
from .parallel import ordered_map
from .plural import counted
from .views import SiteView, SiteWide, caption_texts, page_view

LAYOUT_BY_FOLDER = {"sources": "source", "entities": "entity"}


@dataclass(frozen=True)
class RenderedPage:
    """One output file and the content page it came from."""

    source: str
    """Content path (``sources/x.md``) or a name for built-in pages."""
    target: str
    """Output path relative to the site root (``sources/x.html``)."""
    html: str
    """The finished document."""


def create_environment(layouts: Path) -> jinja2.Environment:
    """Strict, autoescaping Jinja with the project's filters in one place."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(layouts)),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # one environment per build: a layout is read once, not checked on disk for every page
    )
    env.filters.update(FILTERS)
    return env


def _tojson_script(value: object) -> str:
    """JSON safe to embed in a <script type="application/json"> element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _page_bibtex(page) -> str:
    meta = page.meta
    return bibtex_entry(meta["source"] or "source", page.title, meta["outlet"], meta["published"], meta["author"], meta["url"])


def _page_citation(page) -> str:
    return reader_citation(page.title, page.meta["outlet"], page.meta["published"], page.meta["url"])


FILTERS = {
    "counted": counted,
    "json_script": _tojson_script,
    "source_bibtex": _page_bibtex,
    "source_citation": _page_citation,
    "briefing_bibtex": lambda site: briefing_bibtex(site.title, site.build_date),
}


def target_path(content_path: str) -> str:
    return content_path[:-3] + ".html" if content_path.endswith(".md") else content_path


def _template_values(links: LinkContext) -> dict:
    """Per-page template globals: how to link, and which skeleton to extend."""
    return {
        "href": links.href,
        "asset": lambda name: f"{links.root}static/{name}",
        "parent": "fragment.html" if links.bundle else "base.html",
        "key": links.key,
    }


def layout_for(page: ContentPage) -> str:
    explicit = page.front.get("layout")
    if isinstance(explicit, str) and explicit.isidentifier():
        return explicit
    if page.path == "index.md":
        return "home"
    return LAYOUT_BY_FOLDER.get(page.path.split("/")[0] if "/" in page.path else "", "page")


class FragmentSpool:
    """Offline-briefing fragments kept on disk until the briefing is assembled, so a large briefing is never in
    memory at once. Each process appends to its own file in ``folder``; a fragment is (file, offset, length)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def add(self, html: str) -> tuple[str, int, int]:
        data = html.encode("utf-8")
        path = self.folder / f"{os.getpid()}.html"
        with open(path, "ab") as handle:
            offset = handle.seek(0, os.SEEK_END)
            handle.write(data)
        return str(path), offset, len(data)

    def remove(self) -> None:
        for path in self.folder.iterdir():
            path.unlink()
        self.folder.rmdir()

    @staticmethod
    def read(where: tuple[str, int, int]) -> str:
        path, offset, length = where
        with open(path, "rb") as handle:
            handle.seek(offset)
            return handle.read(length).decode("utf-8")


@dataclass(frozen=True)
class WrittenPage:
    """A page once rendered: its document is in the site folder, its fragment in the spool."""

    target: str
    fragment: tuple[str, int, int] | None
    """Where FragmentSpool.add put the offline-briefing fragment (None: not in the offline briefing)."""
    search: dict
    """The page's own search.search_index."""


def render_twice(pages: Sequence[ContentPage], site: SiteView, env: jinja2.Environment, staging: Path,
                 spool: FragmentSpool, cache: Store | None = None, layouts_digest: str = "",
                 previous: Path | None = None) -> tuple[list[WrittenPage], list[Diagnostic]]:
    """Write every page's document into ``staging`` and its offline-briefing fragment into ``spool``, one parse per
    page, on every core (the workers write; only small WrittenPage records come back).

    Each page sees only what its layout reads (page_site); with a ``cache``, a page whose Markdown, layouts
    and that view are unchanged is not rendered again. ``previous``: see write_page."""
    views = [page_site(p, site) for p in pages]
    keys = [key_of(p.path, p.front, p.body, p.body_line, layouts_digest, v) for p, v in zip(pages, views)]
    if cache:
        cache.keep(keys)  # the workers look them up
    order = sorted(range(len(pages)), key=lambda i: -len(pages[i].body))  # costly first: spread over the workers
    done = ordered_map(_render_and_write, [(pages[i], views[i], keys[i]) for i in order],
                       env, create_markdown(), cache, staging, spool, previous)
    results: list = [None] * len(pages)
    for i, result in zip(order, done):
        results[i] = result
    return [w for w, _ in results if w is not None], [p for _, problems in results for p in problems]


def _render_and_write(item: tuple[ContentPage, SiteWide, str], env: jinja2.Environment, md: MarkdownIt,
                      cache: Store | None, staging: Path, spool: FragmentSpool, previous: Path | None
                      ) -> tuple[WrittenPage | None, list]:
    page, site, key = item

    def render() -> tuple:
        return _render_page_twice(page, site, env, md)
    document, fragment, problems, search = cache.fetch(key, render) if cache else render()
    if document is None:
        return None, problems
    return write_page(staging, spool, document, fragment, search, previous), problems


def write_page(staging: Path, spool: FragmentSpool, document: RenderedPage, fragment: RenderedPage | None,
               search: dict | None = None, previous: Path | None = None) -> WrittenPage:
    """Write a document into the site and its fragment (if it has one) into the spool.

    ``previous``: the site this build replaces; a document it holds byte for byte (as a plain file) is linked from
    there instead (creating a file and writing it costs ten times more than a link)."""
    from .search import search_index  # search reads RenderedPage from here
    path = staging / document.target
    path.parent.mkdir(parents=True, exist_ok=True)
    data = document.html.encode("utf-8")
    if previous is None or not _linked(previous / document.target, path, data):
        path.write_bytes(data)
    where = spool.add(fragment.html) if fragment else None
    return WrittenPage(document.target, where, search or search_index([document]))


def _linked(old: Path, new: Path, data: bytes) -> bool:
    """Hard-link ``old`` as ``new`` if it is a plain file (not a link; a pipe is not waited on) holding ``data``."""
    try:
        handle = os.open(old, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        with open(handle, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode) or file.read(len(data) + 1) != data:
                return False
        os.link(old, new, follow_symlinks=False)
        return True
    except OSError:
        return False


SITE_WIDE_LAYOUTS = frozenset({"page", "source", "entity", "entities", "chronology", "facts"})
"""Shipped layouts that read only the site-wide values (views.SiteWide), not the lists of all sources; other
layouts (home, sources, a project's own) get the whole SiteView."""

_REF = re.compile(r"""ref\s*=\s*["']?([^\s"'}]+)""")


def page_site(page: ContentPage, site: SiteView) -> SiteWide:
    """What one page's template and Markdown may read: the entity cards it mentions, and the source lists
    only if its layout shows them. Also the page's render-cache key, so an edit re-renders only pages that use it."""
    refs = sorted(set(_REF.findall(page.body)) | set(_REF.findall(repr(page.front))))
    cards = {ref: site.entity_cards[ref] for ref in refs if ref in site.entity_cards}
    if layout_for(page) in SITE_WIDE_LAYOUTS:
        return site.wide(cards)
    return replace(site, entity_cards=cards)


def merged_search(written: Sequence[WrittenPage]) -> dict:
    """search.search_index of all pages, from each page's own index (made where it was rendered)."""
    from .search import search_index  # search reads RenderedPage from here
    index = search_index([])
    for page in sorted(written, key=lambda p: p.target):
        number = len(index["pages"])
        index["pages"] += page.search["pages"]
        index["items"] += [[number, *item[1:]] for item in page.search["items"]]
    return index


def _render_page_twice(page: ContentPage, site: SiteWide, env: jinja2.Environment, md: MarkdownIt) -> tuple:
    """(document, fragment, problems, search entries) of one page and its view; the Markdown (body and captions) is
    parsed once for both."""
    from .search import search_index  # search reads RenderedPage from here
    target = target_path(page.path)
    try:
        parsed: dict = {}
        tokens = md.parse(page.body, parsed)
        captions = [(found, md.parse(text, found)) for text, found in ((text, {}) for text in caption_texts(page))]
        saved = render_state(tokens) + [s for _, caption in captions for s in render_state(caption)]
        template = env.get_template(f"{layout_for(page)}.html")
        out = []
        for bundle in (False, True):
            for token, attrs, tag in saved:
                token.attrs, token.tag = attrs, tag
            links = LinkContext(target=target, entity_cards=site.entity_cards, bundle=bundle)
            html_body = render_tokens(md, tokens, links, {**parsed, "docId": links.key} if bundle else parsed)
            shown = [render_tokens(md, caption, links, {**found, "docId": links.key} if bundle else found)
                     for found, caption in captions]
            view = page_view(page, target, html_body, md, links, shown)
            out.append(RenderedPage(page.path, target, template.render(page=view, site=site, **_template_values(links))))
        return out[0], out[1], [], search_index([out[0]])
    except jinja2.TemplateNotFound as exc:
        return None, None, [Diagnostic(page.path, 1, f"layout {exc.name!r} not found in layouts/")], None
    except (jinja2.TemplateError, RecursionError) as exc:
        line = getattr(exc, "lineno", None) or 1
        name = getattr(exc, "filename", None) or page.path
        return None, None, [Diagnostic(str(name), line, f"could not render {page.path}: {exc}")], None


def render_builtin(name: str, target: str, site: SiteView, env: jinja2.Environment,
                   bundle: bool = False, **extra: object) -> RenderedPage:
    """A page made only from the analysis (the sources list, a home page without index.md)."""
    links = LinkContext(target=target, entity_cards=site.entity_cards, bundle=bundle)
    html = env.get_template(f"{name}.html").render(site=site, **_template_values(links), **extra)
    return RenderedPage(name, target, html)


def copy_static(layouts: Path, staging: Path) -> None:
    """Copy layouts/static/ (CSS, JS, icons) into the site; links out of layouts/ are skipped."""
    source = layouts / "static"
    if not source.is_dir():
        return
    root = layouts.resolve()
    for path in sorted(source.rglob("*")):
        if path.is_file() and path.resolve().is_relative_to(root):
            destination = staging / "static" / path.relative_to(source)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)
