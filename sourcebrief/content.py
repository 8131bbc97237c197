"""Write the analysis as annotated Markdown pages: the contract between analysis and publishing."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .markdown import escape_text
from .model import AnnotatedArticle, Article, Span
from .pages import GeneratedPage

_ATTR_SAFE = re.compile(r"^[A-Za-z0-9_:-]+$")
"""What an attribute value may be unquoted: markdown-it's attrs plugin reads no "." in a bare value ("7.2")."""


def footnote_prefix(source_id: str) -> str:
    """Short footnote label stem: ``000`` for ``000_718dd…``, ``004~2`` for a split story."""
    stem, _, split = source_id.partition("~")
    head = stem.split("_")[0] or stem
    return head + (f"~{split}" if split else "")


def source_citation(article: Article, unknown: str = "*Outlet unknown*") -> str:
    """"*The National*, 2024-02-08" as used in footnotes; ``unknown`` stands for an outlet no one knows."""
    outlet = f"*{escape_text(article.outlet)}*" if article.outlet else unknown
    when = article.published.isoformat() if article.published else "undated"
    return f"{outlet}, {when}"


def cited_as(article: Article) -> str:
    """source_citation for a footnote, with the first words of the headline in place of an unknown outlet: two
    sources cited as "*Outlet unknown*, undated" could not be told apart."""
    words = article.title.split()
    if not words:
        return source_citation(article)
    short = " ".join(words[:_TITLE_WORDS]) + (" …" if len(words) > _TITLE_WORDS else "")
    return source_citation(article, f"“{escape_text(short)}”")


_TITLE_WORDS = 8
"""Headline words a citation keeps."""


def span_markdown(text: str, spans: Sequence[Span]) -> str:
    """Paragraph text with its spans written as nested ``[text]{.cls key=value}``."""
    out: list[str] = []
    position = 0
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    index = 0
    while index < len(ordered):
        span = ordered[index]
        inner = []
        index += 1
        while index < len(ordered) and ordered[index].start < span.end:
            inner.append(ordered[index])
            index += 1
        out.append(escape_text(text[position:span.start], line_start=position == 0))
        shifted = [Span(s.start - span.start, s.end - span.start, s.cls, s.attrs) for s in inner]
        body = span_markdown(text[span.start:span.end], shifted)
        out.append(f"[{body}]{{{_attr_text(span)}}}")
        position = span.end
    out.append(escape_text(text[position:], line_start=position == 0))
    return "".join(out)


def _attr_text(span: Span) -> str:
    parts = [f".{span.cls}"]
    for key, value in span.attrs:
        value = str(value)
        if _ATTR_SAFE.match(value):
            parts.append(f"{key}={value}")
        else:
            cleaned = re.sub(r'["\\{}\n\r]', "", value).replace("'", "’")
            parts.append(f'{key}="{cleaned}"')
    return " ".join(parts)


def source_page(annotated: AnnotatedArticle, also: Mapping[int, Sequence[str]] | None = None,
                editor_notes: Mapping[str, str] | None = None) -> GeneratedPage:
    """One page per source: front matter, anchored paragraphs, one source footnote per paragraph.

    ``editor_notes`` maps note ids to their text, for passages highlighted with a ``.note`` span.
    """
    article = annotated.article
    prefix = footnote_prefix(article.id)
    blocks, notes = [], []
    for number, (line, spans) in enumerate(zip(article.paragraphs, annotated.spans), start=1):
        label = f"{prefix}-p{number}"
        marks = "".join(f"[^{s.attrs[0][1]}]" for s in spans if s.cls == "note" and editor_notes
                        and s.attrs and s.attrs[0][1] in editor_notes)
        blocks.append(f"{{#p{number}}}\n{span_markdown(line.text, spans)}{marks}[^{label}]")
        notes += [f"[^{s.attrs[0][1]}]: **Editor’s note:** {escape_text(editor_notes[s.attrs[0][1]])}"
                  for s in spans if s.cls == "note" and editor_notes and s.attrs and s.attrs[0][1] in editor_notes]
        note = f"[^{label}]: {cited_as(article)}, ¶{number} (seed line {line.line})."
        extra = (also or {}).get(number - 1)
        if extra:
            note += " Also reported by " + "; ".join(extra) + "."
        notes.append(note)
    captions = [
        {"text": span_markdown(line.text, spans), "line": line.line}
        for line, spans in zip(article.captions, annotated.caption_spans or [()] * len(article.captions))
    ]
    body = "\n\n".join(blocks + notes) + "\n"
    return GeneratedPage(f"sources/{article.id}.md", _source_front(article, captions), body)


def _source_front(article: Article, captions: list[dict]) -> dict:
    front: dict = {"title": article.title, "layout": "source", "source": article.id}
    optional = {
        "outlet": article.outlet,
        "outlet_from": article.outlet_from,
        "published": article.published.isoformat() if article.published else None,
        "published_from": article.published_from,
        "author": article.author,
        "url": article.url,
        "dateline": article.dateline,
        "split_from": article.split_from,
        "note": article.note,
    }
    front.update({key: value for key, value in optional.items() if value})
    if captions:
        front["captions"] = captions
    return front
