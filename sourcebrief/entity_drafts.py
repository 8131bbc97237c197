"""From the mentions merged under one key to an entity: its name, aliases and roles, the user's corrections, a stable id and the spans to annotate."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from types import MappingProxyType
from typing import Iterable, Mapping, Sequence

from .entity_keys import Clusters, Found, name_key
from .entity_model import Entity, EntityMention, SpanRef
from .entity_overrides import EntityOverride
from .model import record


@record
class _Draft:
    """An entity before its id is fixed."""

    root: str
    entity: Entity
    keys: frozenset[str]
    acronym: str | None


def draft(root: str, found: list[Found], kind: str) -> _Draft:
    names = Counter()
    surfaces: list[str] = []
    acronym = None
    for f in found:
        m = f.mention
        surfaces.extend(x for x in (m.text, m.name, m.alias) if x)
        if m.kind == kind or kind == "place":
            names[m.name] += 1
        for x in (m.text, m.alias):
            if x and x.replace(".", "").isupper() and len(x.replace(".", "")) >= 3 and kind == "org":
                acronym = acronym or (x if m.alias or m.evidence == "acronym" else None)
    if not names:
        names.update(f.mention.name for f in found)
    elif kind == "org" and not any(" " in n for n in names):  # "Goldman Sachs" (by shape) for "Goldman" (a body)
        names.update(f.mention.name for f in found if f.mention.evidence == "shape" and " " in f.mention.name)
    multi = [n for n in names if (" " in n or kind == "place") and not n.isupper()] or list(names)  # a place: as
    # the sources write it most often ("Hanoi", not "Hà Nội" once); a person or body: by the full name
    best = max(multi, key=lambda n: (names[n] if kind != "person" else 0, len(n.split()), names[n], n))
    aliases = tuple(sorted({s for s in surfaces if s != best}, key=lambda s: (s.lower(), s)))
    roles = tuple(dict.fromkeys((f.mention.role, f.source, f.paragraph) for f in found if f.mention.role))
    mentions = tuple(sorted(
        (EntityMention(f.source, f.paragraph, f.mention.start, f.mention.end, f.mention.text, f.sentence, f.caption)
         for f in found), key=lambda e: (e.source, e.caption, e.paragraph, e.start)))
    keys = frozenset({name_key(s) for s in surfaces} | {root})
    entity = Entity("", best, kind, aliases, None, roles, mentions)
    return _Draft(root, entity, keys, acronym)


def apply_overrides(drafts: list[_Draft], overrides: Sequence[EntityOverride],
                     clusters: Clusters) -> tuple[list[_Draft], list[EntityOverride]]:
    """Apply entities.yml: rename, re-kind, describe, add aliases, or drop."""
    by_key: dict[str, int] = {}
    for i, d in enumerate(drafts):
        for k in d.keys:
            by_key.setdefault(k, i)
    unmatched: list[EntityOverride] = []
    dropped: set[int] = set()
    for o in overrides:
        hits = {by_key[k] for k in (name_key(n) for n in (o.name, *o.aliases) if n) if k in by_key}
        hits |= {i for i, d in enumerate(drafts) if o.id and _slug(_id_basis(d)) == o.id}
        if not hits:
            unmatched.append(o)
            continue
        for i in sorted(hits):
            if o.suppress:
                dropped.add(i)
                continue
            e = drafts[i].entity
            aliases = tuple(sorted(set(e.aliases) | set(o.aliases) | ({e.name} if o.name and o.name != e.name else set())))
            e = replace(e, name=o.name or e.name, kind=o.kind or e.kind,
                        description=o.description or e.description,
                        aliases=tuple(a for a in aliases if a != (o.name or e.name)))
            drafts[i] = replace(drafts[i], entity=e, acronym=None if o.id else drafts[i].acronym,
                                root=o.id or drafts[i].root)
            if o.id:
                drafts[i] = replace(drafts[i], entity=replace(e, id=o.id))
    return [d for i, d in enumerate(drafts) if i not in dropped], unmatched


def _id_basis(d: _Draft) -> str:
    return d.acronym or d.entity.name


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name_key(text)).strip("-") or "entity"


def assign_ids(drafts: Iterable[_Draft]) -> list[Entity]:
    """Slugs from acronym or name; clashes get -2, -3 in a stable order."""
    taken: set[str] = set()
    out: list[Entity] = []
    ordered = sorted(drafts, key=lambda d: (bool(d.entity.id) is False, _slug(_id_basis(d)), d.entity.name, d.root))
    for d in ordered:
        base = d.entity.id or _slug(_id_basis(d))
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        out.append(replace(d.entity, id=slug))
    return sorted(out, key=lambda e: e.id)


def spans_by_source(entities: Sequence[Entity]) -> Mapping[str, tuple[SpanRef, ...]]:
    by_source: dict[str, list[SpanRef]] = defaultdict(list)
    for e in entities:
        for m in e.mentions:
            by_source[m.source].append(SpanRef(m.paragraph, m.start, m.end, e.id, e.kind, m.caption))
    return MappingProxyType({s: tuple(sorted(v, key=lambda r: (r.caption, r.paragraph, r.start)))
                             for s, v in sorted(by_source.items())})
