"""The Key facts page: corroborated facts with outlet counts, conflicts, single-source claims, shared copy."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from .citations import Citer, outlet_name
from .corroborate import Conflict, Corroboration, Fact
from .markdown import escape_text
from .model import Article
from .notes import note_lines
from .pages import GeneratedPage

INTRO = (
    "Each fact lists every source that states it, in that source's own words. "
    "*Outlets* counts distinct publications; *independent* counts them again after joining "
    "sources that share wire copy, so four copies of one report are one confirmation."
)


def facts_page(corroboration: Corroboration, articles: Mapping[str, Article],
               notes: Mapping[str, Sequence[str]] | None = None) -> GeneratedPage:
    citer = Citer(articles)
    notes = notes or {}

    def with_notes(item_id: str, block: str) -> str:
        return block + ("\n\n" + note_lines(notes[item_id]) if item_id in notes else "")

    several = [f for f in corroboration.facts if len(f.sources) > 1]
    single = [f for f in corroboration.facts if len(f.sources) == 1]
    blocks = [INTRO, "{#corroborated}\n## Reported by several outlets"]
    blocks += [with_notes(f.id, _fact_block(f, citer)) for f in several] or ["No fact is reported by more than one source yet."]
    blocks.append("{#conflicts}\n## Where the sources disagree")
    blocks += [with_notes(c.id, _conflict_block(c, citer)) for c in corroboration.conflicts] or ["No conflicting figures were found."]
    blocks.append("{#single-source}\n## Single-source claims")
    blocks.append("Figures that only one source gives. Treat them with the care a single source deserves.")
    blocks += [with_notes(f.id, _fact_block(f, citer)) for f in single] or ["None."]
    blocks.append("{#shared-copy}\n## Shared copy")
    blocks += _shared_blocks(corroboration, articles) or ["No two sources share copy."]
    body = "\n\n".join(blocks) + "\n"
    return GeneratedPage("facts.md", {"title": "Key facts", "layout": "facts"}, body)


def badge(fact: Fact) -> str:
    outlets = f"{fact.outlets} outlet{'s' if fact.outlets != 1 else ''}"
    if fact.independent != fact.outlets:
        outlets += f" · {fact.independent} independent"
    return outlets


def _fact_block(fact: Fact, citer: Citer) -> str:
    """The fact, its badge, then each source's own sentence linked to its paragraph."""
    items = []
    for source in fact.sources:
        number = citer.paragraph_number(source.source_id, source.paragraph)
        items.append(f"- {citer.note(source.source_id, number, source.quote)}")
    head = f"{{#{fact.id} .fact}}\n[{badge(fact)}]{{.badge}} **{escape_text(fact.text)}**"
    return head + "\n\n{.fact-sources}\n" + "\n".join(items)


def _conflict_block(conflict: Conflict, citer: Citer) -> str:
    """What is disputed, then each value with its source, date and sentence."""
    items = []
    for value in conflict.values:
        number = citer.paragraph_number(value.source_id, value.paragraph) if value.paragraph else None
        items.append(f"- **{escape_text(value.value)}**: {citer.note(value.source_id, number, value.quote)}")
    head = f"{{#{conflict.id} .conflict}}\n**{escape_text(conflict.text)}**"
    return head + "\n\n{.conflict-values}\n" + "\n".join(items)


def _shared_blocks(corroboration: Corroboration, articles: Mapping[str, Article]) -> list[str]:
    rows = []
    for shared in corroboration.syndication:
        a, b = articles[shared.a], articles[shared.b]
        what = "share long verbatim passages" if shared.kind == "verbatim" else "read as paraphrases of each other"
        rows.append(
            f"- [*{escape_text(outlet_name(a))}*](sources/{a.id}.md) and [*{escape_text(outlet_name(b))}*](sources/{b.id}.md) "
            f"{what}: {round(shared.overlap * 100)}% of the shorter text in common."
        )
    return ["\n".join(rows)] if rows else []


def also_reported(corroboration: Corroboration, articles: Mapping[str, Article]) -> dict[str, dict[int, list[str]]]:
    """For each source paragraph (0-based), links to the other sources stating the same facts."""
    citer = Citer(articles, prefix="")
    also: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for fact in corroboration.facts:
        for source in fact.sources:
            number = citer.paragraph_number(source.source_id, source.paragraph)
            if number is None:
                continue
            for other in fact.sources:
                if other.source_id == source.source_id:
                    continue
                link = citer.link(other.source_id, citer.paragraph_number(other.source_id, other.paragraph))
                if link not in also[source.source_id][number - 1]:
                    also[source.source_id][number - 1].append(link)
    return {k: dict(v) for k, v in also.items()}
