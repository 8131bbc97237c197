"""The same words quoted by several sources, grouped: by containment or a high word overlap, found through shared
three-word shingles."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Mapping, Sequence

from .entity_lexicon import fold
from .model import record
from .quote_pronouns import PRONOUNS as _PRONOUNS
from .quotes import Quote


@record
class QuoteVariant:
    """One source's wording of a quotation."""

    source: str
    """Source id."""
    quote: Quote
    """The quotation as found in that source."""


@record
class QuoteGroup:
    """The same words quoted in one or more sources."""

    text: str
    """The fullest wording."""
    variants: tuple[QuoteVariant, ...]
    """Each wording with its source, in source order."""

    @property
    def sources(self) -> tuple[str, ...]:
        """Distinct source ids, sorted."""
        return tuple(sorted({v.source for v in self.variants}))


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.sub(r"[^\w]+", " ", fold(text).lower()).split())


def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4:
        return False
    joined = " " + " ".join(long_) + " "
    if " " + " ".join(short) + " " in joined:
        return True
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) >= 0.75


def _speaker_end(item: tuple[str, Quote, tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """Who says a few words, known by the last word of how it is named ("Andrew Bailey" and "Bailey" are one; a
    pronoun left as written, or no speaker, is no one known); nothing for a longer quotation."""
    quote = item[1]
    if len(item[2]) >= 4 or not quote.speaker or quote.speaker.lower() in _PRONOUNS:
        return frozenset()
    return frozenset({_words(quote.speaker)[-1:]})


def _said_apart(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> bool:
    """A few words said by two different speakers are two sayings, not one quotation told twice: "unacceptable",
    Transport Minister Philippe Tabarot's in one source and Prime Minister François Bayrou's in another; nor does
    the same words told without a speaker join them (``a`` and ``b``: the speakers of the few words each group
    holds)."""
    return bool(a and b and a != b)


def merge_quotes(quotes_by_source: Mapping[str, Sequence[Quote]]) -> list[QuoteGroup]:
    """Group the same quotation across sources by containment or high word overlap.

    Candidates are found through shared three-word shingles, so the work grows with
    the number of quotes rather than with its square."""
    items = [(source, q, _words(q.text)) for source in sorted(quotes_by_source) for q in quotes_by_source[source]]
    parent = list(range(len(items)))
    speakers = [_speaker_end(item) for item in items]  # (of each group's root: its short quotes' speakers)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, (_, _, words) in enumerate(items):
        keys = {words} if len(words) < 4 else {words[k : k + 3] for k in range(len(words) - 2)}
        for key in keys:
            for j in postings[key][-50:]:
                a, b = find(i), find(j)
                if a != b and _same_words(words, items[j][2]) and not _said_apart(speakers[a], speakers[b]):
                    parent[a] = b
                    speakers[b] |= speakers[a]
            postings[key].append(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[find(i)].append(i)
    out = []
    for members in sorted(groups.values()):
        variants = tuple(QuoteVariant(items[i][0], items[i][1]) for i in members)
        text = max((v.quote.text for v in variants), key=lambda t: (len(_words(t)), t))
        out.append(QuoteGroup(text, variants))
    return out
