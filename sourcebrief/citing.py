"""Citations: the briefing and each source as BibTeX and CSL-JSON, and a reader's one-line citation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Article

_BIBTEX_SPECIAL = re.compile(r"([{}\\%&$#_~^])")


def bibtex_escape(text: str) -> str:
    """A BibTeX field value with its special characters escaped (braces balanced by construction)."""
    return _BIBTEX_SPECIAL.sub(lambda m: "\\" + m.group(1) if m.group(1) not in "\\~^" else
                               {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}[m.group(1)],
                               " ".join(text.split()))


def _key(source_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", source_id)


def _date_parts(iso: str | None) -> dict | None:
    if not iso or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return None
    return {"date-parts": [[int(iso[:4]), int(iso[5:7]), int(iso[8:10])]]}


def source_bibtex(article: Article) -> str:
    published = article.published.isoformat() if article.published else None
    return bibtex_entry(article.id, article.title, article.outlet, published, article.author, article.url)


def bibtex_entry(source_id: str, title: str, outlet: str | None, published: str | None,
                 author: str | None, url: str | None) -> str:
    """One source as a BibTeX ``@article``."""
    fields = [("title", title), ("journal", outlet or "Unknown outlet"), ("author", author),
              ("date", published), ("url", url), ("note", f"sourcebrief source {source_id}")]
    body = ",\n".join(f"  {name} = {{{bibtex_escape(value)}}}" for name, value in fields if value)
    return f"@article{{{_key(source_id)},\n{body}\n}}\n"


def reader_citation(title: str, outlet: str | None, published: str | None, url: str | None) -> str:
    """"The National (2024-02-08). Iraq urges US …. https://…" for a reader to copy."""
    text = f"{outlet or 'Unknown outlet'} ({published or 'n.d.'}). {title.rstrip('.')}."
    return f"{text} {url}" if url else text


def briefing_bibtex(title: str, build_date: str) -> str:
    fields = [("title", title), ("howpublished", "Annotated briefing built with sourcebrief")]
    if build_date[:4].isdigit():
        fields.append(("date", build_date))
    body = ",\n".join(f"  {name} = {{{bibtex_escape(value)}}}" for name, value in fields)
    return f"@misc{{briefing,\n{body}\n}}\n"


def source_csl(article: Article) -> dict:
    item = {"id": article.id, "type": "article-newspaper", "title": article.title,
            "container-title": article.outlet or "Unknown outlet"}
    issued = _date_parts(article.published.isoformat() if article.published else None)
    if issued:
        item["issued"] = issued
    if article.author:
        item["author"] = [{"literal": article.author}]
    if article.url:
        item["URL"] = article.url
    return item


def briefing_csl(title: str, build_date: str) -> dict:
    item = {"id": "briefing", "type": "report", "title": title, "genre": "Annotated news briefing",
            "publisher": "sourcebrief"}
    issued = _date_parts(build_date)
    if issued:
        item["issued"] = issued
    return item


def all_bibtex(title: str, build_date: str, articles: Sequence[Article]) -> str:
    return "\n".join([briefing_bibtex(title, build_date)] + [source_bibtex(a) for a in articles])


def all_csl(title: str, build_date: str, articles: Sequence[Article]) -> list[dict]:
    return [briefing_csl(title, build_date)] + [source_csl(a) for a in articles]
