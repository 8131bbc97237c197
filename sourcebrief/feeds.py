"""Atom feed of the sources and, when the site's address is known, a sitemap."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from .model import Article


def _when(article: Article, fallback: str) -> str:
    day = article.published.isoformat() if article.published else fallback
    return f"{day}T00:00:00Z" if day[:4].isdigit() else "1970-01-01T00:00:00Z"


def atom_feed(title: str, build_date: str, articles: Sequence[Article], base_url: str = "") -> str:
    """Atom 1.0: one entry per source, newest first; links are relative unless a base URL is given."""
    ordered = sorted(articles, key=lambda a: (a.published is not None, a.published, a.id), reverse=True)
    updated = f"{build_date}T00:00:00Z" if build_date[:4].isdigit() else "1970-01-01T00:00:00Z"
    tag = f"tag:sourcebrief,{build_date if build_date[:4].isdigit() else '1970-01-01'}"
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
             f"  <title>{escape(title)}</title>", f"  <id>{tag}:briefing</id>", f"  <updated>{updated}</updated>",
             f"  <link rel=\"alternate\" href={quoteattr(base_url + 'index.html')}/>",
             "  <author><name>sourcebrief</name></author>"]
    for article in ordered:
        summary = article.paragraphs[0].text if article.paragraphs else ""
        lines += [
            "  <entry>",
            f"    <title>{escape(article.title)}</title>",
            f"    <id>{tag}:{escape(article.id)}</id>",
            f"    <updated>{_when(article, build_date)}</updated>",
            f"    <link rel=\"alternate\" href={quoteattr(base_url + 'sources/' + article.id + '.html')}/>",
            f"    <summary>{escape(summary)}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def sitemap(base_url: str, targets: Sequence[str]) -> str:
    """sitemaps.org XML; needs the site's absolute address."""
    urls = "".join(f"  <url><loc>{escape(base_url + t)}</loc></url>\n" for t in sorted(targets))
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n")
