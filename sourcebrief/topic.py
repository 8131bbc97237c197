"""What the briefing is about, read from its sources: the name most headlines share, as the briefing's title when
``content/index.md`` gives none, and a check that an introduction names what the sources are about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .entities import Entity
from .entity_lexicon import gazetteer
from .model import Article, Diagnostic

_WORD = re.compile(r"\w+(?:[-.'’]\w+)*\.?")
"""A word of a headline or a name: "U.S.", "Al-Sudani", "Kenya’s" (a possessive stays one word: names match it)."""
_LONGEST = 6
"""Words in the longest name looked for in a headline."""
MAIN = 5
"""Names a warning about an unrelated introduction suggests (those the most sources name)."""


def _words(text: str) -> tuple[str, ...]:
    """The words of ``text``, without a possessive's "'s" and a full stop after them ("Rotterdam." ends a sentence;
    "U.S." keeps its stops)."""
    return tuple(re.sub(r"['’]s$", "", w if w.count(".") != 1 else w.rstrip(".")) for w in _WORD.findall(text))


def _runs(text: str) -> set[tuple[str, ...]]:
    """Every run of up to _LONGEST words of ``text``."""
    words = _words(text)
    return {words[i:i + size] for size in range(1, _LONGEST + 1) for i in range(len(words) - size + 1)}


def _names(entity: Entity) -> list[tuple[str, ...]]:
    return [words for name in (entity.name, *entity.aliases) if 0 < len(words := _words(name)) <= _LONGEST]


def subject_entity(articles: Sequence[Article], entities: Sequence[Entity]) -> Entity | None:
    """The entity that at least half the headlines (and two or more) name, by its name or an alias as written: the one
    the most name (then the longer name, "Panama Canal" over "Panama"; then the one with the most mentions). None
    when no name is that widely shared: a title is not guessed. Each headline's word runs are looked up, so this is
    linear in both."""
    by_words: dict[tuple[str, ...], Entity] = {}
    for entity in entities:
        for words in _names(entity):
            by_words.setdefault(words, entity)
    counts: Counter = Counter()
    for article in articles:
        counts.update({by_words[run].id for run in _runs(article.title or "") if run in by_words})
    by_id = {e.id: e for e in entities}
    ranked = sorted(counts.items(), key=lambda item: (-item[1], -len(_words(by_id[item[0]].name)),
                                                      -len(by_id[item[0]].mentions), item[0]))
    titled = sum(1 for a in articles if a.title)
    if not ranked or ranked[0][1] < max(2, (titled + 1) // 2):
        return None
    return by_id[ranked[0][0]]


def unrelated_introduction(path: str, text: str, about: Entity | None, entities: Sequence[Entity]) -> Diagnostic | None:
    """A warning when the introduction (``text``: its title and body) names neither the briefing's subject (``about``,
    the subject_entity) nor any person, organisation or place the sources name: it was likely written for other
    articles (seeds/ replaced). The warning suggests the subject and the first MAIN others, by how many sources
    name them. Countries count only as the subject: two stories about the same country are common, and one naming
    "the United States" says little about which."""
    countries = gazetteer().countries
    named = [e for e in entities if e is not about and not (e.kind == "place" and e.name in countries)]
    lead, runs = [about] if about else [], _runs(text)
    if not (lead or named) or any(words in runs for e in lead + named for words in _names(e)):
        return None
    spread = {e.id: len({m.source for m in e.mentions}) for e in named}  # sorted only to name a few in the warning
    named.sort(key=lambda e: (-spread[e.id], -len(e.mentions), e.id))
    names = ", ".join(e.name for e in (lead + named)[:MAIN])
    return Diagnostic(path, 1, f"the introduction names none of the people, organisations or places in the sources "
                               f"(most named: {names}): is it written for other articles?", "warning")
