"""What templates see: small read-only views of the briefing, never the whole config."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from markdown_it import MarkdownIt
from markupsafe import Markup

from .markdown import EntityCard, LinkContext, render_markdown
from .model import Article
from .pages import ContentPage

META_FIELDS = ("outlet", "outlet_from", "published", "published_from", "author", "url", "dateline", "split_from", "note", "source")


@dataclass(frozen=True)
class SourceSummary:
    """One line of the sources list."""

    id: str
    """Source id."""
    title: str
    """Headline."""
    outlet: str | None
    """Outlet, if known."""
    published: str | None
    """ISO publication date, if known."""
    words: int
    """Length of the cleaned body in words."""
    paragraphs: int
    """Number of body paragraphs."""
    flags: tuple[str, ...]
    """Reader-facing flags: "undated", "outlet unknown", "split from 004…", "shares copy with …"."""
    href: str
    """Link from the site root to the source page."""


@dataclass(frozen=True)
class SiteWide:
    """Briefing-wide values every template may use (part of every page's render-cache key)."""

    title: str
    """The briefing's title (from content/index.md, else "Briefing")."""
    build_date: str
    """ISO date of the build (SOURCE_DATE_EPOCH or newest source date)."""
    source_count: int = 0
    """Number of sources in the briefing."""
    entity_cards: Mapping[str, EntityCard] = field(default_factory=dict)
    """Entities that have a page, by id, with what their hover card shows (a page gets those it mentions)."""
    nav: tuple[tuple[str, str], ...] = ()
    """(label, path from root) for the main navigation."""


@dataclass(frozen=True)
class Pager:
    """Where one page of the paginated sources list sits."""

    number: int
    """This page's number, from 1."""
    count: int
    """Number of pages."""
    previous: str | None
    """Path from the root of the page before, if any."""
    next: str | None
    """Path from the root of the page after, if any."""


@dataclass(frozen=True)
class SiteView(SiteWide):
    """The site-wide values plus the lists only the home and sources pages show (they change with any source)."""

    sources: tuple[SourceSummary, ...] = ()
    """The sources this page lists, sorted by publication date then id (home: the newest; sources: one page)."""
    home: object = None
    """The home page's "at a glance" view (home.HomeView), or None."""
    pager: Pager | None = None
    """Position in the paginated sources list (sources pages after the first exist), else None."""

    def wide(self, cards: Mapping[str, EntityCard] | None = None) -> SiteWide:
        """Only the site-wide part, with ``cards`` (default: all) as the entity cards."""
        return SiteWide(self.title, self.build_date, self.source_count,
                        self.entity_cards if cards is None else cards, self.nav)


@dataclass(frozen=True)
class PageView:
    """One content page as its template sees it."""

    path: str
    """Content path."""
    target: str
    """Output path from the site root."""
    title: str
    """Page title."""
    html: Markup
    """Rendered, sanitised body."""
    meta: dict
    """Front matter fields as plain strings (escaped by the template)."""
    captions: tuple[Markup, ...]
    """Rendered captions (source pages)."""


SHARED_FLAGS = 5
"""Sources named in one row's "shares copy with" flags; the rest are counted."""


def summarise(article: Article, shares_with: Sequence[str] = (), inferred: str | None = None) -> SourceSummary:
    flags = []
    if not article.published:
        flags.append(inferred or "undated")
    if not article.outlet:
        flags.append("outlet unknown")
    if article.split_from:
        flags.append(f"split from {article.split_from}")
    flags.extend(f"shares copy with {other}" for other in shares_with[:SHARED_FLAGS])
    if len(shares_with) > SHARED_FLAGS:
        flags.append(f"shares copy with {len(shares_with) - SHARED_FLAGS} more sources (see data/facts.json)")
    words = sum(len(line.text.split()) for line in article.paragraphs)
    return SourceSummary(
        id=article.id, title=article.title, outlet=article.outlet,
        published=article.published.isoformat() if article.published else None,
        words=words, paragraphs=len(article.paragraphs), flags=tuple(flags),
        href=f"sources/{article.id}.html",
    )


def sort_key(summary: SourceSummary) -> tuple:
    return (summary.published is None, summary.published or "", summary.id)


def caption_texts(page: ContentPage) -> list[str]:
    """The Markdown of the page's captions (front matter ``captions``: strings or ``{text: ...}``)."""
    texts = []
    for caption in page.front.get("captions") or ():
        text = caption.get("text") if isinstance(caption, dict) else caption
        if isinstance(text, str):
            texts.append(text)
    return texts


def page_view(page: ContentPage, target: str, html: str, md: MarkdownIt, links: LinkContext,
              captions: Sequence[str] | None = None) -> PageView:
    """``captions``: the captions already rendered for ``links`` (else rendered here from caption_texts)."""
    meta = {key: str(page.front[key]) if page.front.get(key) not in (None, "") else None for key in META_FIELDS}
    if captions is None:
        captions = [render_markdown(md, text, links) for text in caption_texts(page)]
    title = page.front.get("title")
    return PageView(
        path=page.path, target=target, title=str(title) if title else page.path,
        html=Markup(html), meta=meta, captions=tuple(Markup(c) for c in captions),
    )


def build_date(epoch: str | None, articles: Sequence[Article]) -> str:
    """Build date without reading the clock: SOURCE_DATE_EPOCH, else the newest publication date."""
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date().isoformat()
    dates = [a.published for a in articles if a.published]
    return max(dates).isoformat() if dates else "undated"


HOME_SOURCES = 50
"""Sources the home page lists (the newest); the sources pages list them all."""
SOURCES_PER_PAGE = 500
"""Sources on one page of the sources list (``sources.html``, ``sources-2.html``, ...)."""


def home_site(site: SiteView, limit: int = HOME_SOURCES) -> SiteView:
    """The home page's view: the newest ``limit`` sources (undated ones count as oldest), in list order."""
    if len(site.sources) <= limit:
        return site
    newest = sorted(site.sources, key=lambda s: (s.published is not None, s.published or "", s.id))[-limit:]
    return replace(site, sources=tuple(sorted(newest, key=sort_key)))


def sources_pages(site: SiteView, per_page: int = SOURCES_PER_PAGE) -> list[tuple[str, SiteView]]:
    """(target, view) of each page of the sources list; a list that fits one page has no pager."""
    chunks = [site.sources[i:i + per_page] for i in range(0, len(site.sources), per_page)] or [()]
    if len(chunks) == 1:
        return [("sources.html", site)]
    targets = ["sources.html", *(f"sources-{n}.html" for n in range(2, len(chunks) + 1))]
    return [
        (target, replace(site, sources=chunk, pager=Pager(n + 1, len(chunks), targets[n - 1] if n else None,
                                                          targets[n + 1] if n + 1 < len(chunks) else None)))
        for n, (target, chunk) in enumerate(zip(targets, chunks))
    ]
