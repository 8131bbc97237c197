"""The entity index's records: each entity, where it is named, and the spans to annotate (what entities.py makes and
the annotator, the pages and entities.json read)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import field
from types import MappingProxyType
from typing import Mapping

from .entity_overrides import EntityOverride
from .model import record


@record
class EntityMention:
    """One place an entity is named."""

    source: str
    """Source id."""
    paragraph: int
    """Index of the paragraph (or of the caption when ``caption`` is true)."""
    start: int
    """Offset of the name in that paragraph."""
    end: int
    """Offset after the name."""
    text: str
    """The name as written."""
    sentence: str
    """The sentence it is in."""
    caption: bool = False
    """True when the name is in a photo caption rather than the body."""


@record
class SpanRef:
    """A span of a paragraph to annotate with an entity reference."""

    paragraph: int
    """Paragraph (or caption) index."""
    start: int
    """Offset of the name."""
    end: int
    """Offset after the name."""
    entity: str
    """Entity id, the ``ref=`` value."""
    kind: str
    """``person``, ``org`` or ``place``: the span's class."""
    caption: bool = False
    """True for caption spans."""


@record
class Entity:
    """A person, organisation or place named in the briefing."""

    id: str
    """Stable slug, unique in the briefing: ``fuad-hussein``, ``iraq``, ``irgc``."""
    name: str
    """Best full name."""
    kind: str
    """``person``, ``org`` or ``place``."""
    aliases: tuple[str, ...]
    """Other names it goes by in the sources (and in entities.yml)."""
    description: str | None
    """The user's description from entities.yml, if any."""
    roles: tuple[tuple[str, str, int], ...]
    """(role, source id, paragraph index) as the sources state it."""
    mentions: tuple[EntityMention, ...]
    """Every place it is named, in source and reading order."""


@record
class EntityIndex:
    """All entities of the briefing and where each is named."""

    entities: tuple[Entity, ...]
    """Entities sorted by id."""
    unmatched_overrides: tuple[EntityOverride, ...] = ()
    """entities.yml entries that matched nothing found in the sources."""
    spans: Mapping[str, tuple[SpanRef, ...]] = field(default_factory=lambda: MappingProxyType({}))
    """Source id to its annotated spans, in reading order."""

    def mentions_in(self, source_id: str) -> dict[int, tuple[SpanRef, ...]]:
        """Body paragraph index to the spans to annotate in it (captions excluded)."""
        grouped: dict[int, list[SpanRef]] = defaultdict(list)
        for span in self.spans.get(source_id, ()):
            if not span.caption:
                grouped[span.paragraph].append(span)
        return {k: tuple(v) for k, v in sorted(grouped.items())}

    def captions_in(self, source_id: str) -> dict[int, tuple[SpanRef, ...]]:
        """Caption index to the spans to annotate in it."""
        grouped: dict[int, list[SpanRef]] = defaultdict(list)
        for span in self.spans.get(source_id, ()):
            if span.caption:
                grouped[span.paragraph].append(span)
        return {k: tuple(v) for k, v in sorted(grouped.items())}

    def to_json(self) -> dict:
        """The ``entities.json`` document of DESIGN.md (plus roles)."""
        out = []
        for entity in self.entities:
            counts = Counter(m.source for m in entity.mentions)
            out.append({
                "id": entity.id, "name": entity.name, "kind": entity.kind,
                "aliases": list(entity.aliases), "description": entity.description,
                "mentions": [{"source": s, "count": counts[s]} for s in sorted(counts)],
                "roles": [{"role": r, "source": s, "paragraph": p} for r, s, p in entity.roles],
            })
        return {"entities": out}
