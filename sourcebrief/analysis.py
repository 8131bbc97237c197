"""Cross-source analysis, run once all articles are gathered: facts, chronology, entities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .annotate import AnnotationContext, annotate
from .content import source_page
from .corroborate import Corroboration, corroborate
from .facts_page import also_reported, facts_page
from .model import AnnotatedArticle, Article
from .pages import GeneratedPage


@dataclass(frozen=True)
class Analysis:
    """Everything the build learned from all articles together."""

    articles: tuple[Article, ...]
    """All cleaned articles, sorted by id."""
    corroboration: Corroboration
    """Facts, conflicts and shared copy."""

    @property
    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    def shares_copy_with(self, source_id: str) -> list[str]:
        """Ids of the sources this one shares copy with."""
        pairs = self.corroboration.syndication
        return sorted({s.b for s in pairs if s.a == source_id} | {s.a for s in pairs if s.b == source_id})


def analyse(articles: Sequence[Article]) -> Analysis:
    """Gather first: every cross-source step sees all articles before anything is written."""
    ordered = tuple(sorted(articles, key=lambda a: a.id))
    return Analysis(articles=ordered, corroboration=corroborate(ordered))


def annotate_all(analysis: Analysis) -> list[AnnotatedArticle]:
    context = AnnotationContext()
    return [annotate(article, context) for article in analysis.articles]


def content_pages(annotated: Sequence[AnnotatedArticle], analysis: Analysis) -> list[GeneratedPage]:
    """Every generated page of content/: sources, key facts."""
    by_id = analysis.by_id
    also = also_reported(analysis.corroboration, by_id)
    pages = [source_page(item, also.get(item.article.id)) for item in annotated]
    pages.append(facts_page(analysis.corroboration, by_id))
    return pages
