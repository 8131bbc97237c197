"""Annotate articles: an ordered registry of annotators, each giving spans per paragraph."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .chronology import article_dates, left_open
from .dates import ArticleDates, Timex, article_dates_found
from .figures import find_figures
from .model import AnnotatedArticle, Article, Span
from .quote_paragraphs import find_quotes_in_paragraphs
from .quotes import Quote

PerParagraph = tuple[tuple[Span, ...], ...]
DATE_TYPES = ("DATE", "TIME")


@dataclass(frozen=True)
class AnnotationContext:
    """Cross-source results an annotator may need (gathered before annotation)."""

    note_spans: dict[str, PerParagraph] = field(default_factory=dict)
    """The editor's highlighted passages by source id (from notes.place_notes)."""
    entity_spans: dict[str, tuple[PerParagraph, PerParagraph]] = field(default_factory=dict)
    """(paragraph spans, caption spans) of entity mentions by source id (from entities.resolve_entities)."""
    found: dict[str, dict[str, tuple[PerParagraph, PerParagraph]]] = field(default_factory=dict)
    """What an annotator would give, by source id and annotator name, when already found (the dates and quotes
    analysis.article_parts finds): annotate does not run those annotators again."""


Annotator = Callable[[Article, AnnotationContext], tuple[PerParagraph, PerParagraph]]


def _date_span(timex: Timex, offset: int) -> Span:
    attrs = [("value", timex.value)] + ([("mod", timex.mod)] if timex.mod else [])
    return Span(timex.start - offset, timex.end - offset, "date", tuple(attrs))


def annotate_dates(article: Article, context: AnnotationContext) -> tuple[PerParagraph, PerParagraph]:
    """Dates resolved as the chronology resolves them: the body read as one narrative, captions apart."""
    read = article_dates_found(article)
    return date_spans(article, read, left_open(article_dates(article, read)[1]))


def date_spans(article: Article, read: ArticleDates,
               open_times: frozenset[tuple[int, int]] = frozenset()) -> tuple[PerParagraph, PerParagraph]:
    """annotate_dates from the article's dates, already found (dates.article_dates_found).

    ``open_times``: (paragraph, offset) of the clock times the chronology leaves without a day
    (chronology.left_open): their annotation gives no day either."""
    spans: list[list[Span]] = [[] for _ in article.paragraphs]
    for timex in read.timexes:
        if timex.type in DATE_TYPES:
            index = bisect.bisect_right(read.starts, timex.start) - 1
            if (index, timex.start - read.starts[index]) in open_times:
                timex = Timex(timex.start, timex.end, timex.text, timex.type, "unresolved")
            spans[index].append(_date_span(timex, read.starts[index]))
    captions = tuple(tuple(_date_span(t, 0) for t in found if t.type in DATE_TYPES) for found in read.captions)
    return tuple(tuple(s) for s in spans), captions


def annotate_entities(article: Article, context: AnnotationContext) -> tuple[PerParagraph, PerParagraph]:
    """People, organisations and places, linked to their merged entity."""
    empty = tuple(() for _ in article.paragraphs), tuple(() for _ in article.captions)
    return context.entity_spans.get(article.id, empty)


def _figure_spans(text: str) -> tuple[Span, ...]:
    spans = []
    for figure in find_figures(text):
        value = int(figure.value) if float(figure.value).is_integer() else figure.value
        attrs = [("value", str(value))] + ([("unit", figure.unit)] if figure.unit else [])
        if figure.qualifier:
            attrs.append(("mod", figure.qualifier))
        if figure.low is not None:  # a range: "between 30 and 35 people" is value=35 mod=between low=30
            attrs.append(("low", str(int(figure.low) if float(figure.low).is_integer() else figure.low)))
        spans.append(Span(figure.start, figure.end, "figure", tuple(attrs)))
    return tuple(spans)


def annotate_figures(article: Article, context: AnnotationContext) -> tuple[PerParagraph, PerParagraph]:
    """Quantities with what they count: ``[more than 85 targets]{.figure value=85 unit=target}``."""
    return (tuple(_figure_spans(p.text) for p in article.paragraphs),
            tuple(_figure_spans(c.text) for c in article.captions))


def annotate_quotes(article: Article, context: AnnotationContext) -> tuple[PerParagraph, PerParagraph]:
    """Quotations with their speaker (``by=``) where the text names one."""
    return quote_spans(article, find_quotes_in_paragraphs([p.text for p in article.paragraphs]))


def quote_spans(article: Article, found: Sequence[Sequence[Quote]]) -> tuple[PerParagraph, PerParagraph]:
    """annotate_quotes from the quotes of each paragraph, already found (quote_paragraphs.find_quotes_in_paragraphs)."""
    spans = tuple(
        tuple(Span(q.start, q.end, "quote", (("by", q.speaker),) if q.speaker else ()) for q in quotes)
        for quotes in found
    )
    return spans, tuple(() for _ in article.captions)


def annotate_notes(article: Article, context: AnnotationContext) -> tuple[PerParagraph, PerParagraph]:
    """The editor's notes on passages (content/notes.yml)."""
    spans = context.note_spans.get(article.id, tuple(() for _ in article.paragraphs))
    return spans, tuple(() for _ in article.captions)


# Earlier annotators win where spans would cross; turning one off is removing its line.
ANNOTATORS: list[tuple[str, Annotator]] = [
    ("notes", annotate_notes),
    ("dates", annotate_dates),
    ("figures", annotate_figures),
    ("entities", annotate_entities),
    ("quotes", annotate_quotes),
]


def annotate(article: Article, context: AnnotationContext,
             annotators: Sequence[tuple[str, Annotator]] = tuple(ANNOTATORS)) -> AnnotatedArticle:
    """Run every annotator and merge their spans into one non-crossing set per paragraph."""
    body: list[list[Span]] = [[] for _ in article.paragraphs]
    captions: list[list[Span]] = [[] for _ in article.captions]
    found = context.found.get(article.id, {})
    for name, annotator in annotators:
        para_spans, caption_spans = found[name] if name in found else annotator(article, context)
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
    """Add spans that nest with or stand apart from every accepted span; drop crossing ones.

    Only accepted spans that start within the longest span's reach of the new one can overlap it,
    so the check looks at those alone (found by bisection): long paragraphs stay near-linear.
    """
    ordered = sorted(accepted, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    longest = max((s.end - s.start for s in ordered), default=0)
    for span in new:
        if span.end <= span.start:
            continue
        reach = max(longest, span.end - span.start)
        low, high = bisect.bisect_left(starts, span.start - reach), bisect.bisect_left(starts, span.end)
        if all(_compatible(span, other) for other in ordered[low:high]):
            at = bisect.bisect_left(starts, span.start)
            starts.insert(at, span.start)
            ordered.insert(at, span)
            longest = max(longest, span.end - span.start)
            accepted.append(span)


def _compatible(a: Span, b: Span) -> bool:
    if a.end <= b.start or b.end <= a.start:
        return True
    same = (a.start, a.end) == (b.start, b.end)
    a_in_b = b.start <= a.start and a.end <= b.end
    b_in_a = a.start <= b.start and b.end <= a.end
    return (a_in_b or b_in_a) and not same
