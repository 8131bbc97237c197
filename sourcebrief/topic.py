"""What the briefing is about, read from its sources: the name most headlines share, as the briefing's title when
``content/index.md`` gives none, and a check that an introduction names what the sources are about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .entities import Entity
from .entity_lexicon import gazetteer
from .event_words import STOPWORDS
from .model import Article, Diagnostic

_WORD = re.compile(r"\w+(?:[-.'’]\w+)*\.?")
"""A word of a headline or a name: "U.S.", "Al-Sudani", "Kenya’s" (a possessive stays one word: names match it)."""
_LONGEST = 6
"""Words in the longest name looked for in a headline."""
MAIN = 5
"""Names a warning about an unrelated introduction suggests (those the most sources name)."""
_TOKEN = re.compile(rf"{_WORD.pattern}|[^\w\s]")
"""A word or one mark of punctuation of a headline: a title's phrase never runs over ":" or ","."""
_MORE = 3
"""Words at most that a title adds after the shared name ("Baltimore" + "bridge collapse")."""
_HEADLINE_VERBS = frozenset("""
kills dies dead cuts says claims vows rises climbs passes reaches hits orders urges warns calls agrees approves signs
seeks faces launches begins ends opens meets holds names elects expels grounds halts resumes returns wins loses
sinks crashes collapses announces denies confirms demands rejects accepts blames slams""".split())
"""Verbs a headline tells its news with, right after the name ("Bank of England cuts rates", "Sheikh Nawaf dies at
86"): a title stops before them. Words ending in "-ed" ("Raisi killed in helicopter crash") are verbs too; "strikes"
is a noun as often as a verb, so it is not listed."""


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


def subject_title(articles: Sequence[Article], about: Entity) -> str:
    """The briefing's title for its subject ``about``: its name with the lowercase words that follow it in at least as
    many headlines as subject_entity asks for ("Baltimore" in "Baltimore bridge collapse: Bodies …" and "Baltimore
    bridge collapse: What we know" gives "Baltimore bridge collapse"), written with the name's most frequent spelling
    there ("US strikes"). The words stop at punctuation, a stopword, a capital, a number or a headline verb: no word is
    invented and none is guessed; with no such words it is the entity's name."""
    names = sorted(_names(about), key=len, reverse=True)
    follows: list[set[tuple[str, tuple[str, ...]]]] = []
    for article in articles:
        tokens = [_words(t)[0] if _WORD.fullmatch(t) else t for t in _TOKEN.findall(article.title or "")]
        follows.append({(" ".join(name), _following(tokens[i + len(name):]))
                        for i in range(len(tokens)) for name in names if tuple(tokens[i:i + len(name)]) == name})
    need = max(2, (sum(1 for a in articles if a.title) + 1) // 2)
    best: tuple[str, ...] = ()
    for size in range(1, _MORE + 1):
        shared = Counter(tail[:size] for found in follows for tail in {t for _, t in found if len(t) >= size})
        best = max((tail for tail, n in shared.items() if n >= need), key=lambda t: (shared[t], t), default=best)
    if not best:
        return about.name
    written = Counter(name for found in follows for name, tail in set(found) if tail[:len(best)] == best)
    name = max(written, key=lambda n: (written[n], n == about.name, len(n)))
    return " ".join((name, *best))


def _following(tokens: Sequence[str]) -> tuple[str, ...]:
    """The lowercase words at the start of ``tokens`` (up to _MORE) that can continue a name into a title."""
    words: list[str] = []
    for token in tokens[:_MORE]:
        if not re.fullmatch(r"[a-z][a-z'’-]*", token) or token in STOPWORDS or token in _HEADLINE_VERBS \
                or token.endswith("ed"):
            break
        words.append(token)
    return tuple(words)


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
