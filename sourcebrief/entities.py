"""Resolve the names found in every article into one index of people, organisations and places."""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from .entity_drafts import apply_overrides, assign_ids, draft, spans_by_source
from .entity_gather import DATELINE, article_mentions, gather_mentions
from .entity_keys import is_single, cluster_key, name_key
from .entity_kinds import (bodies_in_lists, bodies_that_speak, brands_of, joined_bodies, places_in_lists,
                           places_named_twice, places_of_datelines, products_of_orgs, towns_of_seats, vote_kinds)
from .entity_mates import (bodies_beside_bodies, given_names_of_people, people_by_initials, places_standing_for_bodies,
                           places_standing_for_teams)
from .entity_merges import build_clusters
from .entity_model import Entity, EntityIndex, EntityMention, SpanRef
from .entity_overrides import EntityOverride, load_entity_overrides
from .entity_rules import Mention, find_mentions
from .entity_singles import link_singles
from .entity_vessels import without_vessels
from .model import Article

__all__ = [
    "Entity", "EntityIndex", "EntityMention", "EntityOverride", "Mention", "SpanRef",
    "article_mentions", "find_mentions", "load_entity_overrides", "name_key", "resolve_entities",
]


def resolve_entities(articles: Sequence[Article], overrides: Sequence[EntityOverride] = (),
                     extracted: Sequence[list] | None = None) -> EntityIndex:
    """One entity per real-world name across all articles, with every mention.

    ``extracted``: ``article_mentions`` of each article, when already known (cached or made in parallel)."""
    found = [f for part in extracted for f in part] if extracted is not None else gather_mentions(articles)
    datelines = {name_key(f.mention.name) for f in found if f.paragraph == DATELINE}
    found = [f for f in found if f.paragraph != DATELINE]
    found = given_names_of_people(people_by_initials(places_standing_for_teams(
        places_standing_for_bodies(bodies_that_speak(without_vessels(found))))))
    clusters = build_clusters(found, overrides)
    kinds = vote_kinds(found, clusters)
    places_in_lists(found, clusters, kinds)
    brands = brands_of(found)
    products_of_orgs(found, clusters, kinds, brands)
    bodies_in_lists(found, clusters, kinds)
    bodies_beside_bodies(found, clusters, kinds)
    places_named_twice(found, clusters, kinds)
    places_of_datelines(found, clusters, kinds, datelines)
    towns_of_seats(found, clusters, kinds)
    joined_bodies(found, clusters, kinds)
    links = link_singles(found, clusters, kinds, brands)
    members: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(found):
        if i in links:
            members[links[i]].append(i)
        elif not (is_single(f.mention) or f.mention.evidence == "bare"):
            members[clusters.find(cluster_key(f.mention))].append(i)
    drafts = [draft(root, [found[i] for i in idx], kinds.get(root, found[idx[0]].mention.kind))
              for root, idx in members.items()]
    drafts, unmatched = apply_overrides(drafts, overrides, clusters)
    entities = assign_ids(drafts)
    return EntityIndex(tuple(entities), tuple(unmatched), spans_by_source(entities))
