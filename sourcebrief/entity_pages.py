"""Entity pages: one per person, organisation and place, and an index grouped by kind."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from .chronology_model import Event
from .citations import Citer
from .dates import describe
from .content import source_citation
from .entities import Entity, EntityIndex
from .entity_keys import name_key
from .markdown import EntityCard, escape_text
from .model import Article, Span
from .notes import note_lines
from .pages import GeneratedPage
from .quote_groups import QuoteGroup
from .quote_speakers import inside_name
from .plural import counted

KIND_LABEL = {"person": "People", "org": "Organisations", "place": "Places"}
KIND_SINGULAR = {"person": "Person", "org": "Organisation", "place": "Place"}
_SAFE_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,100}$")


def entity_spans(index: EntityIndex, article: Article) -> tuple[tuple[tuple[Span, ...], ...], tuple[tuple[Span, ...], ...]]:
    """Mention spans of one article, per paragraph and per caption, each with its entity ``ref``."""
    def convert(grouped: dict, count: int) -> tuple[tuple[Span, ...], ...]:
        return tuple(
            tuple(Span(r.start, r.end, r.kind, (("ref", r.entity),)) for r in grouped.get(i, ()))
            for i in range(count)
        )
    return (convert(index.mentions_in(article.id), len(article.paragraphs)),
            convert(index.captions_in(article.id), len(article.captions)))


def page_entities(index: EntityIndex) -> list[Entity]:
    """Entities that get a page (slug-safe ids only)."""
    return [e for e in index.entities if _SAFE_SLUG.match(e.id)]


def entity_cards(entities: Sequence[Entity]) -> dict[str, EntityCard]:
    """Hover-card facts of each entity: name, the role most sources give, mention count."""
    cards = {}
    for entity in entities:
        roles = Counter(role for role, _source, _paragraph in entity.roles)
        role = roles.most_common(1)[0][0] if roles else None
        cards[entity.id] = EntityCard(entity.name, role, len(entity.mentions))
    return cards


def speaker_quotes(groups: Sequence[QuoteGroup], entities: Sequence[Entity]) -> dict[str, list[QuoteGroup]]:
    """Quote groups by the entity id of their speaker (matched on name or alias)."""
    by_name: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for name in (entity.name, *entity.aliases):
            by_name[name_key(name)].add(entity.id)
    places = frozenset(entity.id for entity in entities if entity.kind == "place")
    found: dict[str, list[QuoteGroup]] = defaultdict(list)
    for group in groups:
        speakers = {v.quote.speaker for v in group.variants if v.quote.speaker}
        ids = set()
        for speaker in speakers:
            ids |= _match_speaker(speaker, by_name, places)
        for entity_id in sorted(ids):
            found[entity_id].append(group)
    return found


def _match_speaker(speaker: str, by_name: Mapping[str, set[str]], places: frozenset[str]) -> set[str]:
    """The entities a speaker names: one, or those of two joined by "and" ("The Environment Protection Authority and
    Biosecurity Tasmania said": each that is an entity lists the quotation). An "and" that may be inside one body's
    name ("The Ministry of Defence and Ukraine's army", "The Department of Health and Human Services") joins two
    only when each part is an entity's; a name known whole is one."""
    joint = re.search(r"\s+and\s+", speaker)
    if joint is None or name_key(speaker) in by_name:
        return _match_one(speaker, by_name, places)
    first = _match_one(speaker[:joint.start()], by_name, places)
    second = _match_one(speaker[joint.end():], by_name, places)
    if not inside_name(speaker, joint):
        return first | second
    return first | second if first and second and first != second else _match_one(speaker, by_name, places)


def _match_one(speaker: str, by_name: Mapping[str, set[str]], places: frozenset[str]) -> set[str]:
    """The one entity a speaker's name, or its last words, name: "Defence Minister Rustem Umerov" is Rustem
    Umerov's; not a place ending a longer name ("Biosecurity Tasmania" is not Tasmania)."""
    key = name_key(speaker)
    if key in by_name and len(by_name[key]) == 1:
        return set(by_name[key])
    words = speaker.split()
    for size in range(min(4, len(words)), 0, -1):
        tail = name_key(" ".join(words[-size:]))
        if tail in by_name and len(by_name[tail]) == 1:
            if by_name[tail] <= places and size < len(words) and words[-size - 1][:1].isupper():
                return set()
            return set(by_name[tail])
    return set()


def events_by_paragraph(events: Sequence[Event]) -> dict[tuple[str, int], list[tuple[int, Event, tuple[str, ...]]]]:
    """Index: (source id, paragraph) -> (position, event, that source's sentences in the event) of the events dated
    there."""
    index: dict[tuple[str, int], list[tuple[int, Event, tuple[str, ...]]]] = defaultdict(list)
    for position, event in enumerate(events):
        sentences: dict[str, list[str]] = defaultdict(list)
        for source in event.sources + event.repeats:  # a source's further sentences name entities too
            sentences[source.source_id].append(source.quote)
        of_source = {source_id: tuple(quotes) for source_id, quotes in sentences.items()}
        for source in event.sources + event.repeats:
            index[(source.source_id, source.paragraph)].append((position, event, of_source[source.source_id]))
    return index


def entity_events(entity: Entity, index: Mapping[tuple[str, int], list[tuple[int, Event, tuple[str, ...]]]]
                  ) -> list[Event]:
    """Chronology events whose source sentence names the entity, in chronology order."""
    found: dict[int, Event] = {}
    for place in {(m.source, m.paragraph) for m in entity.mentions if not m.caption}:
        for position, event, sentences in index.get(place, ()):
            if position not in found and any(entity_named(entity, sentence) for sentence in sentences):
                found[position] = event
    return [found[p] for p in sorted(found)]


def entity_named(entity: Entity, sentence: str) -> bool:
    return any(name and name in sentence for name in (entity.name, *entity.aliases))


def entity_page(entity: Entity, articles: Mapping[str, Article], quotes: Sequence[QuoteGroup],
                events: Sequence[Event] = (), notes: Sequence[str] = (),
                event_pages: Mapping[str, str] | None = None) -> GeneratedPage:
    """``event_pages``: the chronology page of each event (chronology_page.event_paths); default ``chronology.md``."""
    citer = Citer(articles, prefix="../sources/")
    counts = Counter(m.source for m in entity.mentions)
    summary = (f"{KIND_SINGULAR.get(entity.kind, entity.kind)} · named {counted(len(entity.mentions), 'time')} "
               f"in {counted(len(counts), 'source')}")
    blocks = [f"{{.entity-summary}}\n{escape_text(summary)}"]
    if entity.description:
        blocks.append(escape_text(entity.description))
    if notes:
        blocks.append(note_lines(notes))
    if entity.aliases:
        blocks.append("Also called: " + ", ".join(f"*{escape_text(a)}*" for a in entity.aliases) + ".")
    blocks += _roles(entity, citer)
    blocks += _quotes(quotes, citer)
    blocks += _events(events, event_pages or {})
    blocks += _mentions(entity, citer)
    front = {"title": entity.name, "layout": "entity", "entity": entity.id, "kind": entity.kind}
    return GeneratedPage(f"entities/{entity.id}.md", front, "\n\n".join(blocks) + "\n")


def _roles(entity: Entity, citer: Citer) -> list[str]:
    if not entity.roles:
        return []
    seen: dict[str, list[str]] = defaultdict(list)
    for role, source_id, paragraph in entity.roles:
        if source_id in citer.articles:
            link = citer.link(source_id, paragraph + 1)
            if link not in seen[role]:
                seen[role].append(link)
    items = [f"- {escape_text(role)}: " + "; ".join(links[:ROLE_LINKS])
             + (f" and {len(links) - ROLE_LINKS} more sources" if len(links) > ROLE_LINKS else "")
             for role, links in seen.items()]
    return ["{#roles}\n## Role, as the sources state it", "\n".join(items)]


def _events(events: Sequence[Event], pages: Mapping[str, str]) -> list[str]:
    if not events:
        return []
    items = [f"- [{escape_text(describe(e.date, e.mod))}](../{pages.get(e.id, 'chronology.md')}#{e.id}): {escape_text(e.text)}"
             for e in events[:LISTED_EVENTS]]
    if len(events) > LISTED_EVENTS:
        items.append(f"- *… and {len(events) - LISTED_EVENTS} more events (all are in data/chronology.json)*")
    return ["{#events}\n## In the chronology", "\n".join(items)]


def _quotes(groups: Sequence[QuoteGroup], citer: Citer) -> list[str]:
    if not groups:
        return []
    blocks = ["{#quotes}\n## Quoted"]
    for group in groups[:LISTED_QUOTES]:
        links = "; ".join(sorted({citer.link(v.source, None) for v in group.variants if v.source in citer.articles}))
        blocks.append(f"> “{escape_text(group.text)}”\n>\n> {links}")
    if len(groups) > LISTED_QUOTES:
        blocks.append(f"*… and {len(groups) - LISTED_QUOTES} more quotations*")
    return blocks


def _mentions(entity: Entity, citer: Citer) -> list[str]:
    by_source: dict[str, list] = defaultdict(list)
    for mention in entity.mentions:
        by_source[mention.source].append(mention)
    blocks = ["{#mentions}\n## Every mention"]
    for source_id, mentions in sorted(by_source.items())[:MENTION_SOURCES]:
        article = citer.articles.get(source_id)
        if article is None:
            continue
        heading = f"### {source_citation(article)}: {escape_text(article.title)}"
        items, seen = [], set()
        for mention in mentions:
            key = (mention.paragraph, mention.caption, mention.sentence)
            if key in seen:
                continue
            seen.add(key)
            where = citer.link(source_id, None if mention.caption else mention.paragraph + 1)
            label = ("heading" if mention.paragraph >= len(article.captions) else "caption") if mention.caption \
                else f"¶{mention.paragraph + 1}"  # (a caption index past the captions is an entry heading's)
            items.append(f"- {label}: “{escape_text(mention.sentence.strip())}” ({where})")
        blocks += [heading, "\n".join(items)]
    if len(by_source) > MENTION_SOURCES:
        blocks.append(f"*… and {len(by_source) - MENTION_SOURCES} more sources name {escape_text(entity.name)} "
                      "(every mention is in data/entities.json)*")
    return blocks


MENTION_SOURCES = 100
"""Sources whose mentions an entity page quotes (in id order); the rest are counted."""
ROLE_LINKS = 10
"""Sources linked for one role; the rest are counted."""
LISTED_EVENTS = 200
"""Chronology events listed on an entity page (in date order); the rest are counted."""
LISTED_QUOTES = 100
"""Quotations shown on an entity page; the rest are counted."""


def entities_index_page(entities: Sequence[Entity]) -> GeneratedPage:
    """People, organisations and places, most mentioned first."""
    blocks = ["Everyone and everything the sources name, merged across outlets and spellings."]
    for kind, label in KIND_LABEL.items():
        members = sorted((e for e in entities if e.kind == kind), key=lambda e: (-len(e.mentions), e.name))
        if not members:
            continue
        blocks.append(f"{{#{kind}}}\n## {label}")
        rows = []
        for entity in members:
            sources = len({m.source for m in entity.mentions})
            rows.append(f"- [{escape_text(entity.name)}](entities/{entity.id}.md): "
                        f"{counted(len(entity.mentions), 'mention')} in {counted(sources, 'source')}")
        blocks.append("{.entity-list}\n" + "\n".join(rows))
    return GeneratedPage("entities.md", {"title": "People, organisations and places", "layout": "entities"},
                         "\n\n".join(blocks) + "\n")
