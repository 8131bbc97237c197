"""Cross-source analysis, run once all articles are gathered: facts, chronology, entities, quotes."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .annotate import AnnotationContext, PerParagraph, annotate, date_spans, quote_spans
from .chrome import credit_start
from .chronology import article_dates, build_chronology, left_open
from .chronology_model import Chronology
from .chronology_page import chronology_pages, event_paths
from .conflict_occasions import states_seen
from .content import source_page
from .corroborate import Conflict, ConflictValue, Corroboration, corroborate
from .date_window import windowed_dates
from .date_rules import NUMBERS
from .dates import article_dates_found, describe
from .entities import EntityIndex, EntityOverride, article_mentions, resolve_entities
from .entity_gazetteer import gazetteer
from .entity_lexicon import ORG_HEADS, ROLE_HEADS
from .entity_pages import (entities_index_page, entity_events, entity_page, entity_spans,
                           events_by_paragraph, page_entities, speaker_quotes)
from .facts_page import also_reported, facts_pages
from .model import Article
from .notes import Anchored, Note, note_spans, notes_by_target
from .pages import GeneratedPage
from .parallel import SERIAL_BELOW, each, side_by_side
from .timings import StageTimer
from .claims import article_claims
from .quote_fullnames import full_names
from .quote_groups import QuoteGroup, merge_quotes
from .quote_paragraphs import find_quotes_in_paragraphs


@dataclass(frozen=True)
class Analysis:
    """Everything the build learned from all articles together."""

    articles: tuple[Article, ...]
    """All cleaned articles, sorted by id."""
    corroboration: Corroboration
    """Facts, conflicts and shared copy."""
    entities: EntityIndex
    """People, organisations and places, merged across sources."""
    quotes: tuple[QuoteGroup, ...]
    """Quotations, merged when several sources carry the same words."""
    chronology: Chronology
    """Dated events merged across sources, and what could not be dated."""
    found: Mapping[str, Mapping[str, tuple[PerParagraph, PerParagraph]]] = dataclasses.field(default_factory=dict)
    """Annotations found while extracting, by source id and annotator name (the dates and quotes: annotation
    does not look for them again)."""

    @property
    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    def shares_copy_with(self, source_id: str) -> list[str]:
        """Ids of the sources this one shares copy with."""
        return sorted(self._copy_partners.get(source_id, ()))

    @functools.cached_property
    def _copy_partners(self) -> dict[str, set[str]]:
        """Source id to the ids it shares copy with (built once: asked for every source)."""
        partners: dict[str, set[str]] = {}
        for s in self.corroboration.syndication:
            partners.setdefault(s.a, set()).add(s.b)
            partners.setdefault(s.b, set()).add(s.a)
        return partners


Extract = Callable[[Callable[[object], object], Sequence], list]
"""``extract(f, items) == [f(item) for item in items]`` (items: articles, or tuples holding one), perhaps from a
cache or on several cores."""


def article_parts(article: Article) -> tuple:
    """Everything the cross-source steps need from one article (its quotes, dated clauses, claims and names), and
    the annotations found on the way (its dates and quotes, by annotator name)."""
    quotes = find_quotes_in_paragraphs([p.text for p in article.paragraphs])
    dates = article_dates_found(article)
    dated = article_dates(article, dates)
    found = {"dates": date_spans(article, dates, left_open(dated[1])), "quotes": quote_spans(article, quotes)}
    return ([q for para in quotes for q in para], dated, article_claims(article),
            article_mentions(article), found)


def analyse(articles: Sequence[Article], overrides: Sequence[EntityOverride] = (),
            clock: StageTimer | None = None, extract: Extract = each) -> Analysis:
    """Gather first: every cross-source step sees all articles before anything is written.

    The per-source work (quotes, dated clauses, claims, names) goes through ``extract``, in one pass; then the
    chronology, the quotes, the facts and the entities are merged at once (parallel.side_by_side: each in a process of
    its own, so that the two cores share out four merges of very different lengths, and what a merge makes on the
    way never weighs on this process: at 3,000 articles its peak fell from 353 to 293 MB)."""
    clock = clock or StageTimer(False)
    ordered = tuple(sorted(articles, key=lambda a: a.id))
    gazetteer()  # the entity merge needs it anyway: loaded once here, the forked workers inherit it
    quotes, dates, claims, mentions, found = zip(*extract(article_parts, ordered)) if ordered else ((),) * 5
    dates, found, windows = windowed_dates(ordered, dates, found, extract)
    quotes, found = full_names(quotes, found)  # "Helbl told us" in one source, "Alenka Helbl said" in another
    clock.lap("extract")

    def merge_chronology() -> tuple:
        timer = StageTimer(True)
        merged = build_chronology(ordered, dates, {i: w.note() for i, w in windows.items()})
        timer.lap("chronology")
        return merged, timer.seconds

    def merge_quotes_of_all() -> tuple:
        timer = StageTimer(True)
        merged = tuple(merge_quotes(dict(zip((a.id for a in ordered), quotes))))
        timer.lap("quotes")
        return merged, timer.seconds

    def merge_facts() -> tuple:
        timer = StageTimer(True)
        corroboration = corroborate(ordered, extracted=dict(zip((a.id for a in ordered), claims)))
        timer.lap("corroborate")
        return corroboration, timer.seconds

    def merge_entities() -> tuple:
        timer = StageTimer(True)
        entities = _entities(ordered, overrides, mentions)
        timer.lap("entities")
        return entities, timer.seconds

    (chronology, mine), (merged_quotes, quoted), (corroboration, theirs), (entities, named) = side_by_side(
        merge_chronology, merge_quotes_of_all, merge_facts, merge_entities, parallel=len(ordered) >= SERIAL_BELOW)
    corroboration = dataclasses.replace(
        corroboration, conflicts=corroboration.conflicts + date_conflicts(chronology, ordered))
    clock.lap("merge")
    for name, spent in {**mine, **quoted, **theirs, **named}.items():
        clock.note(f"merge: {name}", spent)
    return Analysis(
        articles=ordered,
        corroboration=corroboration,
        entities=entities,
        quotes=merged_quotes,
        chronology=chronology,
        found=dict(zip((a.id for a in ordered), found)),
    )


def _entities(ordered: Sequence[Article], overrides: Sequence[EntityOverride], mentions: Sequence) -> EntityIndex:
    """Entities merged across sources; the sources' outlets (named in sources.yml or found in the text) are
    organisations, and only the user's own entries are reported unmatched."""
    outlets = [EntityOverride(name=name, kind="org", aliases=_short_outlet_names(name))
               for name in sorted({a.outlet for a in ordered if a.outlet}) if not any(o.name == name for o in overrides)]
    entities = resolve_entities(ordered, [*overrides, *outlets], list(mentions))
    entities = dataclasses.replace(entities, unmatched_overrides=tuple(o for o in entities.unmatched_overrides
                                                                        if o not in outlets))
    kept = {name for o in overrides for name in (o.name, *o.aliases)}
    return without_common_heads(without_vessels(without_photo_credits(entities, ordered)), kept)


_MEDIA_TAIL = re.compile(r"(?:\s+(?:News|Online|English|Edition|International|TV|Radio|Digital))+$")


def _short_outlet_names(name: str) -> tuple[str, ...]:
    """An outlet's name without its medium, as other sources write it: "told Gulf Eye" names "Gulf Eye News",
    "Sudan Tribune" "Sudan Tribune Online" (not a one-word rest, "UN" of "UN News", nor a place, "Hong Kong" of
    "Hong Kong TV")."""
    short = _MEDIA_TAIL.sub("", name)
    return (short,) if short != name and " " in short and short not in gazetteer().places else ()


def without_photo_credits(index: EntityIndex, articles: Sequence[Article]) -> EntityIndex:
    """Drop entities named only in the agency credit of photo captions ("… in 2021. AP"): a credit is not a mention."""
    by_id = {a.id: a for a in articles}

    def in_credit(mention) -> bool:
        if not mention.caption or mention.source not in by_id:
            return False
        captions = by_id[mention.source].captions
        text = captions[mention.paragraph].text if mention.paragraph < len(captions) else ""
        start = credit_start(text)
        return start is not None and mention.start >= start

    return _without(index, {e.id for e in index.entities if e.mentions and all(in_credit(m) for m in e.mentions)})


def without_vessels(index: EntityIndex) -> EntityIndex:
    """Drop entities that a mention shows to be a ship ("the container ship Dali", "the Dali, a Singapore-flagged
    vessel"): a ship's name (often a place's too: Dali is a Chinese city) is none of our kinds."""
    def vessel(mention) -> bool:
        at = mention.sentence.find(mention.text)
        return at >= 0 and bool(_VESSEL_BEFORE.search(mention.sentence, max(0, at - 40), at)
                                or _VESSEL_AFTER.match(mention.sentence, at + len(mention.text)))
    return _without(index, {e.id for e in index.entities if e.kind != "person" and any(map(vessel, e.mentions))})


_VESSEL_BEFORE = re.compile(r"\b(?:ship|vessel|tanker|freighter|(?:aircraft|bulk|car|LNG)\s+carrier|ferry|yacht|frigate"
                            r"|destroyer)\s+(?:the\s+)?$", re.IGNORECASE)  # (a "flag carrier" is an airline)
_VESSEL_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:vessel|ship|tanker|freighter|(?:aircraft|bulk)\s+carrier)\b")


def without_common_heads(index: EntityIndex, kept: set[str]) -> EntityIndex:
    """Drop entities named only by one common head word ("Government", "Ministry", "Police", "Parliament") or a
    number ("Eleven have been brought out alive"): a sentence's first word ("Government spokesman Patrick Muyaya
    said") or a headline's ("Government says 87 bodies recovered") names no one in particular, and a reader cannot
    tell which body it is. Names the user gave in entities.yml (``kept``) stay."""
    generic = ORG_HEADS | ROLE_HEADS
    return _without(index, {e.id for e in index.entities
                            if (e.name in generic or e.name.lower() in NUMBERS) and not e.aliases and e.name not in kept
                            and not e.description})


def _without(index: EntityIndex, dropped: set[str]) -> EntityIndex:
    """``index`` without the entities of these ids, nor their spans."""
    if not dropped:
        return index
    spans = {source: tuple(s for s in refs if s.entity not in dropped) for source, refs in index.spans.items()}
    return dataclasses.replace(index, entities=tuple(e for e in index.entities if e.id not in dropped), spans=spans)


def date_conflicts(chronology: Chronology, articles: Sequence[Article]) -> tuple[Conflict, ...]:
    """Events that sources date differently, as conflicts beside the disputed figures."""
    by_id = {a.id: a for a in articles}
    conflicts = []
    for event in chronology.events:
        if not event.conflicting_dates or states_seen([s.quote for s in event.sources]):  # (conflict_occasions)
            continue
        values = tuple(
            ConflictValue(describe(s.date, s.mod), s.source_id, by_id[s.source_id].published, s.quote,
                          by_id[s.source_id].paragraphs[s.paragraph].line if s.paragraph >= 0 else None)
            for s in event.sources if s.source_id in by_id
        )
        conflicts.append(Conflict(f"date-{event.id}", f"Date of: {event.text}", values))
    return tuple(conflicts)


def known_targets(analysis: Analysis) -> dict[str, set[str]]:
    """Ids an editor's note may be attached to."""
    corroboration = analysis.corroboration
    return {
        "event": {e.id for e in analysis.chronology.events},
        "fact": {f.id for f in corroboration.facts} | {c.id for c in corroboration.conflicts},
        "entity": {e.id for e in analysis.entities.entities},
    }


def _source_page(item: tuple) -> GeneratedPage:
    article, entities, marked, also, editor_notes, found = item
    context = AnnotationContext(entity_spans={article.id: entities}, note_spans={article.id: marked},
                                found={article.id: found})
    return source_page(annotate(article, context), also, editor_notes)


def content_pages(analysis: Analysis, anchored: Sequence[Anchored] = (), notes: Sequence[Note] = (),
                  extract: Extract = each) -> list[GeneratedPage]:
    """Every generated page of content/: sources, key facts, chronology, entities.

    Each source page is one item for ``extract`` (the article, its entity and note spans, its "Also reported by"
    lists and editor's notes): annotated and written on every core, and, with a cache, made again only when one of
    those changed."""
    by_id = analysis.by_id
    also = also_reported(analysis.corroboration, by_id)
    passage_notes = {n.id: n.text for n in notes if n.target is None}
    on = notes_by_target(notes)
    inferred = dict(analysis.chronology.inferred_dates)
    items = []
    for article in analysis.articles:
        if article.published is None and article.id in inferred:  # its page says what is known of its date
            article = dataclasses.replace(article, published_from=inferred[article.id])
        marked = note_spans(anchored, article)
        mine = {label: passage_notes[label] for spans in marked for s in spans for _, label in s.attrs
                if label in passage_notes}
        items.append((article, entity_spans(analysis.entities, article), marked, also.get(article.id), mine,
                      analysis.found.get(article.id, {})))
    pages = extract(_source_page, items)
    pages += facts_pages(analysis.corroboration, by_id, on)
    pages += chronology_pages(analysis.chronology, by_id, on)
    entities = page_entities(analysis.entities)
    quotes = speaker_quotes(analysis.quotes, entities)
    events = events_by_paragraph(analysis.chronology.events)
    located = event_paths(analysis.chronology)
    pages += [entity_page(e, by_id, quotes.get(e.id, ()), entity_events(e, events), on.get(e.id, ()), located)
              for e in entities]
    pages.append(entities_index_page(entities))
    return pages
