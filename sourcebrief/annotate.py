"""Annotate articles: an ordered registry of annotators, each giving spans per paragraph."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .model import AnnotatedArticle, Article, Span

PerParagraph = tuple[tuple[Span, ...], ...]


@dataclass(frozen=True)
class AnnotationContext:
    """Cross-source results an annotator may need (gathered before annotation)."""

    entity_spans: dict[str, PerParagraph] = field(default_factory=dict)
    """Entity mention spans by source id, per paragraph (from entities.resolve_entities)."""
    date_spans: dict[str, tuple[PerParagraph, PerParagraph]] = field(default_factory=dict)
    """(paragraph spans, caption spans) of resolved dates by source id (from the chronology)."""


Annotator = Callable[[Article, AnnotationContext], tuple[PerParagraph, PerParagraph]]


def annotate_dates(article: Article, context: AnnotationContext) -> tuple[PerParagraph, PerParagraph]:
    """Dates as resolved for the chronology, so pages and chronology always agree."""
    empty = tuple(() for _ in article.paragraphs), tuple(() for _ in article.captions)
    return context.date_spans.get(article.id, empty)


def annotate_entities(article: Article, context: AnnotationContext) -> tuple[PerParagraph, PerParagraph]:
    """People, organisations and places, linked to their merged entity."""
    spans = context.entity_spans.get(article.id, tuple(() for _ in article.paragraphs))
    return spans, tuple(() for _ in article.captions)


# Earlier annotators win where spans would cross; turning one off is removing its line.
ANNOTATORS: list[tuple[str, Annotator]] = [
    ("dates", annotate_dates),
    ("entities", annotate_entities),
]


def annotate(article: Article, context: AnnotationContext,
             annotators: Sequence[tuple[str, Annotator]] = tuple(ANNOTATORS)) -> AnnotatedArticle:
    """Run every annotator and merge their spans into one non-crossing set per paragraph."""
    body: list[list[Span]] = [[] for _ in article.paragraphs]
    captions: list[list[Span]] = [[] for _ in article.captions]
    for _name, annotator in annotators:
        para_spans, caption_spans = annotator(article, context)
        for accepted, new in zip(body, para_spans):
            _merge_into(accepted, new)
        for accepted, new in zip(captions, caption_spans):
            _merge_into(accepted, new)
    return AnnotatedArticle(
        article=article,
        spans=tuple(tuple(sorted(s, key=_order)) for s in body),
        caption_spans=tuple(tuple(sorted(s, key=_order)) for s in captions),
    )


def _order(span: Span) -> tuple[int, int]:
    return span.start, -span.end


def _merge_into(accepted: list[Span], new: Sequence[Span]) -> None:
    """Add spans that nest with or stand apart from every accepted span; drop crossing ones."""
    for span in new:
        if span.end <= span.start:
            continue
        if all(_compatible(span, other) for other in accepted):
            accepted.append(span)


def _compatible(a: Span, b: Span) -> bool:
    if a.end <= b.start or b.end <= a.start:
        return True
    same = (a.start, a.end) == (b.start, b.end)
    a_in_b = b.start <= a.start and a.end <= b.end
    b_in_a = a.start <= b.start and b.end <= a.end
    return (a_in_b or b_in_a) and not same
