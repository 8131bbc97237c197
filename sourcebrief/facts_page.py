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
    listed = [f for n, f in enumerate(single) if n < SINGLE_LISTED or f.id in notes]
    blocks += [with_notes(f.id, _fact_block(f, citer)) for f in listed] or ["None."]
    if len(listed) < len(single):
        blocks.append(f"*… and {len(single) - len(listed)} more single-source claims in data/facts.json*")
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
    for source in fact.sources[:LISTED]:
        number = citer.paragraph_number(source.source_id, source.paragraph)
        items.append(f"- {citer.note(source.source_id, number, source.quote)}")
    items += _more(len(fact.sources), "sources", "facts.json")
    head = f"{{#{fact.id} .fact}}\n[{badge(fact)}]{{.badge}} **{escape_text(fact.text)}**"
    return head + "\n\n{.fact-sources}\n" + "\n".join(items)


def _conflict_block(conflict: Conflict, citer: Citer) -> str:
    """What is disputed, then each value with its source, date and sentence."""
    items = []
    for value in conflict.values[:LISTED]:
        number = citer.paragraph_number(value.source_id, value.paragraph) if value.paragraph else None
        items.append(f"- **{escape_text(value.value)}**: {citer.note(value.source_id, number, value.quote)}")
    items += _more(len(conflict.values), "values", "facts.json")
    head = f"{{#{conflict.id} .conflict}}\n**{escape_text(conflict.text)}**"
    return head + "\n\n{.conflict-values}\n" + "\n".join(items)


LISTED = 20
"""Sources quoted under one fact, conflict or event; the rest are counted (all are in data/*.json)."""
SINGLE_LISTED = 200
"""Single-source claims on the Key facts page (in order, plus any with a note); the rest are counted."""
SHARED_LISTED = 200
"""Pairs of sources sharing copy on the Key facts page (in order); the rest are counted."""


def _more(total: int, what: str, data: str) -> list[str]:
    """The line that stands for the items past ``LISTED``, if any."""
    if total <= LISTED:
        return []
    return [f"- *… and {total - LISTED} more {what} (all are in data/{data})*"]


def _shared_blocks(corroboration: Corroboration, articles: Mapping[str, Article]) -> list[str]:
    rows = []
    for shared in corroboration.syndication[:SHARED_LISTED]:
        a, b = articles[shared.a], articles[shared.b]
        what = "share long verbatim passages" if shared.kind == "verbatim" else "read as paraphrases of each other"
        rows.append(
            f"- [*{escape_text(outlet_name(a))}*](sources/{a.id}.md) and [*{escape_text(outlet_name(b))}*](sources/{b.id}.md) "
            f"{what}: {round(shared.overlap * 100)}% of the shorter text in common."
        )
    more = len(corroboration.syndication) - SHARED_LISTED
    if more > 0:
        rows.append(f"- *… and {more} more pairs of sources that share copy in data/facts.json*")
    return ["\n".join(rows)] if rows else []


def also_reported(corroboration: Corroboration, articles: Mapping[str, Article]) -> dict[str, dict[int, list[str]]]:
    """For each source paragraph (0-based), links to the other sources stating the same facts."""
    citer = Citer(articles, prefix="")
    also: dict[str, dict[int, dict[str, None]]] = defaultdict(lambda: defaultdict(dict))
    more: dict[tuple[str, int], set[str]] = defaultdict(set)
    for fact in corroboration.facts:
        numbers = [citer.paragraph_number(s.source_id, s.paragraph) for s in fact.sources]
        ids = [s.source_id for s in fact.sources]
        links: list[str] = []  # made lazily: a fact of many sources needs only the first few
        for source, number in zip(fact.sources, numbers):
            if number is None:
                continue
            listed = also[source.source_id][number - 1]
            for k, other in enumerate(fact.sources):
                if other.source_id == source.source_id:
                    continue
                if len(listed) >= ALSO_LIMIT:  # the rest are only counted
                    more[(source.source_id, number - 1)].update(set(ids[k:]) - {source.source_id})
                    break
                while len(links) <= k:
                    links.append(citer.link(fact.sources[len(links)].source_id, numbers[len(links)]))
                listed.setdefault(links[k])
    result = {k: {n: list(v) for n, v in paras.items()} for k, paras in also.items()}
    for (source_id, index), others in more.items():
        extra = len(others - {link_source(link) for link in result[source_id][index]})
        if extra:
            result[source_id][index].append(f"{extra} more sources ([Key facts](../facts.md))")
    return result


ALSO_LIMIT = 12
"""Most "also reported by" links under one paragraph; the rest are counted."""


def link_source(link: str) -> str:
    """The source id a citation link points at (``[...](x.md#p3)`` -> ``x``)."""
    return link.rsplit("](", 1)[1].split(".md", 1)[0]
