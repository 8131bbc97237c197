"""The precedence of a source's metadata over what its text says (sources.yml, a Markdown seed's front matter, a saved
page's site name): applied to each article ``clean`` makes."""

from __future__ import annotations

import dataclasses

from . import outlet_names
from .model import Article, SourceMeta

COPY_CREDITS = "text (the copy's credits)"
"""Where an outlet came from when the text says whose copy a page runs (see outlets.copy_owner)."""


def apply_metadata(article: Article, meta: SourceMeta | None) -> Article:
    """Apply the precedence: sources.yml > a Markdown seed's front matter > what the text says; a split story
    inherits only the outlet. A saved page's site name (its masthead) yields to the credits of the wire copy it runs."""
    meta = meta or SourceMeta()
    published, published_from = article.published, article.published_from
    if meta.published:
        published, published_from = meta.published, "sources.yml"
    outlet, outlet_from = article.outlet, article.outlet_from
    if meta.outlet and not (outlet_from == COPY_CREDITS and meta.outlet_from == "page metadata"):
        # a saved page's site name is its masthead: it yields to the credits of the wire copy the page runs
        outlet, outlet_from = meta.outlet, meta.outlet_from
    if published is None and (settled := outlet_names.settled(article.stamp_readings, outlet)):
        published, published_from = settled, "text"  # the outlet sources.yml names settles the stamp's reading
    return dataclasses.replace(
        article,
        stamp_readings=() if published else article.stamp_readings,
        outlet=outlet,
        outlet_from=outlet_from,
        published=published,
        published_from=published_from,
        url=meta.url or article.url,
        author=meta.author or article.author,
        note=meta.note,
    )
