"""The Key facts page: corroborated facts with outlet counts, conflicts, single-source claims, shared copy."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .citations import Citer, outlet_name
from .corroborate import Conflict, Corroboration, Fact
from .markdown import escape_text
from .model import Article
from .notes import note_lines
from .pages import GeneratedPage
from .plural import counted

INTRO = (
    "Each fact lists every source that states it, in that source's own words. "
    "*Outlets* counts distinct publications; *independent* counts them again after joining "
    "sources that share wire copy, so four copies of one report are one confirmation."
)


PAGE_ITEMS = 150
"""A briefing with more facts and conflicts than this splits Key facts into pages: ``facts.md`` lists the sections
and holds the first facts; the rest of the facts and the conflicts follow on pages of at most this many
(``facts/corroborated-2.md``, ``facts/conflicts.md`` ...), single-source claims and shared copy on a page each."""


def facts_pages(corroboration: Corroboration, articles: Mapping[str, Article],
                notes: Mapping[str, Sequence[str]] | None = None) -> list[GeneratedPage]:
    """``facts.md``, and when the briefing is long, the ``facts/*.md`` pages it lists."""
    notes = notes or {}
    if not _is_long(corroboration):
        blocks = [INTRO]
        for anchor, heading, preface, items, after in _sections(corroboration, articles, notes):
            blocks += [f"{{#{anchor}}}\n## {heading}", *preface, *_blocks(items, Citer(articles), notes), *after]
        return [_page("facts.md", "Key facts", blocks)]
    pages: list[GeneratedPage] = []
    contents = []
    for anchor, heading, preface, items, after in _sections(corroboration, articles, notes):
        chunks = [items[k:k + PAGE_ITEMS] for k in range(0, len(items), PAGE_ITEMS)] or [items]
        paths = [_path(anchor, n) for n in range(1, len(chunks) + 1)]
        contents.append(f"- [{heading}]({paths[0]}#{anchor})" + (f": {len(items)} on {len(chunks)} pages" if len(chunks) > 1 else ""))
        for n, (path, chunk) in enumerate(zip(paths, chunks)):
            citer = Citer(articles, prefix="sources/" if path == "facts.md" else "../sources/")
            nav = _pages_nav(paths, n, heading)
            title = heading + (f" ({n + 1} of {len(chunks)})" if len(chunks) > 1 else "")
            blocks = [nav, f"{{#{anchor}}}\n## {escape_text(title)}", *(preface if n == 0 else []),
                      *_blocks(chunk, citer, notes), *(after if n == len(chunks) - 1 else []), nav]
            pages.append(_page(path, "Key facts" if path == "facts.md" else f"Key facts: {title}", blocks))
    first = pages[0]
    body = "\n\n".join([INTRO, "{#sections}\n## Sections", "\n".join(contents)]) + "\n\n" + first.body
    return [GeneratedPage(first.path, first.front, body), *pages[1:]]


def fact_paths(corroboration: Corroboration) -> dict[str, str]:
    """The content page that shows each corroborated fact and conflict, by id (``facts.md``, ``facts/conflicts-2.md``)."""
    several = [f.id for f in corroboration.facts if len(f.sources) > 1]
    conflicts = [c.id for c in corroboration.conflicts]
    if not _is_long(corroboration):
        return dict.fromkeys(several + conflicts, "facts.md")
    return {item: _path(anchor, k // PAGE_ITEMS + 1)
            for anchor, ids in (("corroborated", several), ("conflicts", conflicts)) for k, item in enumerate(ids)}


def _is_long(corroboration: Corroboration) -> bool:
    return len(corroboration.facts) + len(corroboration.conflicts) > PAGE_ITEMS


def _path(anchor: str, n: int) -> str:
    if anchor == "corroborated" and n == 1:
        return "facts.md"  # the reader lands on the best-confirmed facts
    return f"facts/{anchor}{f'-{n}' if n > 1 else ''}.md"


def _page(path: str, title: str, blocks: list[str]) -> GeneratedPage:
    return GeneratedPage(path, {"title": title, "layout": "facts"}, "\n\n".join(blocks) + "\n")


def _pages_nav(paths: list[str], n: int, heading: str) -> str:
    """Links to the previous and next page of a section, and back to the list of sections."""
    here = paths[n]
    up = "" if here == "facts.md" else "../"

    def rel(path: str) -> str:
        return path if here == "facts.md" else ("../facts.md" if path == "facts.md" else path.removeprefix("facts/"))

    links = [f"[← {escape_text(heading)} ({n})]({rel(paths[n - 1])})"] if n > 0 else []
    links.append(f"[All sections]({up}facts.md#sections)")
    if n + 1 < len(paths):
        links.append(f"[{escape_text(heading)} ({n + 2}) →]({rel(paths[n + 1])})")
    return "{.period-nav}\n" + " · ".join(links)


Section = tuple[str, str, list[str], list, list[str]]
"""(anchor, heading, lines before the items, items, lines after them); items are facts, conflicts, or one
ready block (shared copy)."""


def _sections(corroboration: Corroboration, articles: Mapping[str, Article], notes: Mapping[str, Sequence[str]]
              ) -> list[Section]:
    several = [f for f in corroboration.facts if len(f.sources) > 1]
    single = [f for f in corroboration.facts if len(f.sources) == 1]
    listed = [f for n, f in enumerate(single) if n < SINGLE_LISTED or f.id in notes]
    more = [f"*… and {len(single) - len(listed)} more single-source claims in data/facts.json*"] if len(listed) < len(single) else []
    care = "Figures that only one source gives. Treat them with the care a single source deserves."
    return [
        ("corroborated", "Reported by several outlets", [], several or ["No fact is reported by more than one source yet."], []),
        ("conflicts", "Where the sources disagree", [], list(corroboration.conflicts) or ["No conflicting figures were found."], []),
        ("single-source", "Single-source claims", [care], listed or ["None."], more),
        ("shared-copy", "Shared copy", [], [_Shared(corroboration, articles)], []),
    ]


@dataclass(frozen=True)
class _Shared:
    corroboration: Corroboration
    articles: Mapping[str, Article]


def _blocks(items: list, citer: Citer, notes: Mapping[str, Sequence[str]]) -> list[str]:
    """One Markdown block per fact or conflict (with the editor's notes on it); text items as they are."""
    blocks = []
    for item in items:
        if isinstance(item, str):
            blocks.append(item)
        elif isinstance(item, _Shared):
            blocks += _shared_blocks(item.corroboration, item.articles, citer.prefix) or ["No two sources share copy."]
        else:
            block = _conflict_block(item, citer) if isinstance(item, Conflict) else _fact_block(item, citer)
            blocks.append(block + ("\n\n" + note_lines(notes[item.id]) if item.id in notes else ""))
    return blocks


def badge(fact: Fact) -> str:
    outlets = counted(fact.outlets, 'outlet')
    if fact.independent != fact.outlets:
        outlets += f" · {fact.independent} independent"
    return outlets


def _fact_block(fact: Fact, citer: Citer) -> str:
    """The fact, its badge, then each source's own sentence linked to its paragraph."""
    items = []
    for source in fact.sources[:LISTED]:
        number = citer.paragraph_number(source.source_id, source.paragraph)
        rounded = f" *(gives the figure rounded: {escape_text(source.rounded)})*" if source.rounded else ""
        items.append(f"- {citer.note(source.source_id, number, source.quote)}{rounded}")
    items += _more(len(fact.sources), "sources", "facts.json")
    head = f"{{#{fact.id} .fact}}\n[{badge(fact)}]{{.badge}} **{escape_text(fact.text)}**"
    return head + "\n\n{.fact-sources}\n" + "\n".join(items)


def _conflict_block(conflict: Conflict, citer: Citer) -> str:
    """What is disputed, then each value with its source, date and sentence."""
    items = []
    for value in conflict.values[:LISTED]:
        number = citer.paragraph_number(value.source_id, value.paragraph) if value.paragraph else None
        stage = " (partial count)" if value.partial else ""
        stage += " (rounded)" if value.rounded else ""
        items.append(f"- **{escape_text(value.value)}**{stage}: {citer.note(value.source_id, number, value.quote)}")
    items += _more(len(conflict.values), "values", "facts.json")
    head = f"{{#{conflict.id} .conflict}}\n**{escape_text(conflict.text)}**"
    if conflict.rising:
        head += "\n\n*Each later report gives a higher figure: a count that may have risen over time.*"
    elif conflict.falling:
        head += "\n\n*Each later report gives a lower count of the missing: people found over time.*"
    elif conflict.changing:
        head += ("\n\n*The reports were told at different times: a count of the missing that changed as people were "
                 "found or reported missing.*")
    elif conflict.partial:
        head += ("\n\n*Some figures are from a count not yet over (early or preliminary results): the final count "
                 "may differ without either source being wrong.*")
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


def _shared_blocks(corroboration: Corroboration, articles: Mapping[str, Article], prefix: str) -> list[str]:
    rows = []
    for shared in corroboration.syndication[:SHARED_LISTED]:
        a, b = articles[shared.a], articles[shared.b]
        what = "share long verbatim passages" if shared.kind == "verbatim" else "read as paraphrases of each other"
        rows.append(
            f"- [*{escape_text(outlet_name(a))}*]({prefix}{a.id}.md) and [*{escape_text(outlet_name(b))}*]({prefix}{b.id}.md) "
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
    # The sources of the facts a full paragraph could not list, one shared set per fact (a union per paragraph
    # would cost the square of a widely reported fact's sources).
    more: dict[tuple[str, int], list[frozenset[str]]] = defaultdict(list)
    for fact in corroboration.facts:
        numbers = [citer.paragraph_number(s.source_id, s.paragraph) for s in fact.sources]
        ids = frozenset(s.source_id for s in fact.sources)
        links: list[str] = []  # made lazily: a fact of many sources needs only the first few
        for source, number in zip(fact.sources, numbers):
            if number is None:
                continue
            listed = also[source.source_id][number - 1]
            for k, other in enumerate(fact.sources):
                if other.source_id == source.source_id:
                    continue
                if len(listed) >= ALSO_LIMIT:  # the rest are only counted (those before k are listed)
                    more[(source.source_id, number - 1)].append(ids)
                    break
                while len(links) <= k:
                    links.append(citer.link(fact.sources[len(links)].source_id, numbers[len(links)]))
                listed.setdefault(links[k])
    result = {k: {n: list(v) for n, v in paras.items()} for k, paras in also.items()}
    source_of = functools.lru_cache(maxsize=None)(link_source)  # a full paragraph's links recur in its neighbours'
    for (source_id, index), sets in more.items():
        shown = {source_id, *map(source_of, result[source_id][index])}
        others = sets[0] if len(sets) == 1 else frozenset().union(*sets)
        extra = len(others) - len(others & shown)
        if extra:
            result[source_id][index].append(f"{extra} more sources ([Key facts](../facts.md))")
    return result


ALSO_LIMIT = 12
"""Most "also reported by" links under one paragraph; the rest are counted."""


def link_source(link: str) -> str:
    """The source id a citation link points at (``[...](x.md#p3)`` -> ``x``)."""
    return link.rsplit("](", 1)[1].split(".md", 1)[0]
