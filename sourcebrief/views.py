"""What templates see: small read-only views of the briefing, never the whole config."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from collections.abc import Mapping
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markupsafe import Markup

from .markdown import EntityCard, LinkContext, render_markdown
from .model import Article
from .pages import ContentPage

META_FIELDS = ("outlet", "published", "published_from", "author", "url", "dateline", "split_from", "note", "source")


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
class SiteView:
    """Briefing-wide values every template may use."""

    title: str
    """The briefing's title (from content/index.md, else "Briefing")."""
    build_date: str
    """ISO date of the build (SOURCE_DATE_EPOCH or newest source date)."""
    sources: tuple[SourceSummary, ...]
    """All sources, sorted by publication date then id."""
    entity_cards: Mapping[str, EntityCard] = field(default_factory=dict)
    """Entities that have a page, by id, with what their hover card shows."""
    nav: tuple[tuple[str, str], ...] = ()
    """(label, path from root) for the main navigation."""
    home: object = None
    """The home page's "at a glance" view (home.HomeView), or None."""


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


def summarise(article: Article, shares_with: Sequence[str] = (), inferred: str | None = None) -> SourceSummary:
    flags = []
    if not article.published:
        flags.append(inferred or "undated")
    if not article.outlet:
        flags.append("outlet unknown")
    if article.split_from:
        flags.append(f"split from {article.split_from}")
    flags.extend(f"shares copy with {other}" for other in shares_with)
    words = sum(len(line.text.split()) for line in article.paragraphs)
    return SourceSummary(
        id=article.id, title=article.title, outlet=article.outlet,
        published=article.published.isoformat() if article.published else None,
        words=words, paragraphs=len(article.paragraphs), flags=tuple(flags),
        href=f"sources/{article.id}.html",
    )


def sort_key(summary: SourceSummary) -> tuple:
    return (summary.published is None, summary.published or "", summary.id)


def page_view(page: ContentPage, target: str, html: str, md: MarkdownIt, links: LinkContext) -> PageView:
    meta = {key: str(page.front[key]) if page.front.get(key) not in (None, "") else None for key in META_FIELDS}
    captions = []
    for caption in page.front.get("captions") or ():
        text = caption.get("text") if isinstance(caption, dict) else caption
        if isinstance(text, str):
            captions.append(Markup(render_markdown(md, text, links)))
    title = page.front.get("title")
    return PageView(
        path=page.path, target=target, title=str(title) if title else page.path,
        html=Markup(html), meta=meta, captions=tuple(captions),
    )


def build_date(epoch: str | None, articles: Sequence[Article]) -> str:
    """Build date without reading the clock: SOURCE_DATE_EPOCH, else the newest publication date."""
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date().isoformat()
    dates = [a.published for a in articles if a.published]
    return max(dates).isoformat() if dates else "undated"
