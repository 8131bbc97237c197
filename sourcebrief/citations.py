"""How pages cite a source's paragraph: one helper shared by the chronology, facts and entity pages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .content import cited_as
from .markdown import escape_text
from .model import Article


@dataclass(frozen=True)
class Citer:
    """Writes footnote text that links a source's paragraph, from any content folder depth."""

    articles: Mapping[str, Article]
    """Articles by id."""
    prefix: str = "sources/"
    """Path from the citing page to the source pages' folder."""
    _citations: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    """content.cited_as of each article cited so far (a page cites the same sources many times)."""

    def paragraph_number(self, source_id: str, seed_line: int) -> int | None:
        """1-based paragraph number of the paragraph that starts at ``seed_line``."""
        article = self.articles.get(source_id)
        if article is None:
            return None
        for number, line in enumerate(article.paragraphs, start=1):
            if line.line == seed_line:
                return number
        return None

    def link(self, source_id: str, number: int | None) -> str:
        """``[*The National*, 2024-02-08, ¶3](sources/000_x.md#p3)``."""
        citation = self._citations.get(source_id)
        if citation is None:
            citation = self._citations[source_id] = cited_as(self.articles[source_id])
        label = citation + (f", ¶{number}" if number else "")
        anchor = f"#p{number}" if number else ""
        return f"[{label}]({self.prefix}{source_id}.md{anchor})"

    def note(self, source_id: str, number: int | None, quote: str, dated_by: str | None = None) -> str:
        """Footnote text: the linked citation, then the source's own sentence."""
        text = f"{self.link(source_id, number)}: “{escape_text(quote.strip())}”"
        if dated_by:
            text += f" (dated by “{escape_text(dated_by)}”)"
        return text


def outlet_name(article: Article) -> str:
    return article.outlet or f"source {article.id}"
