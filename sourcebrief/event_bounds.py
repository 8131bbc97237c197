"""What an undated source covers: the latest day among the dated events its sentences report, found through an
index of the events' quotes by their words."""

from __future__ import annotations

import datetime as _dt
import functools
import heapq
import re
from collections import Counter, defaultdict

from sourcebrief import date_values as V
from sourcebrief.chronology_model import Event
from sourcebrief.event_candidate import similarity
from sourcebrief.event_words import content_words
from sourcebrief.model import Article

_ALIGN_THRESHOLD = 0.4
"""Weighted content overlap for an undated sentence to count as reporting a known event."""


def infer_bounds(article: Article, events: list[Event], weights: dict[str, float],
                  index: "QuoteIndex | None" = None) -> str:
    """For an undated source: the latest date among dated events its sentences report."""
    index = index or QuoteIndex(events)
    latest: _dt.date | None = None
    for paragraph in article.paragraphs:
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph.text):
            plain = _words(sentence, False)
            for quote in index.sharing(plain):
                if latest is not None and index.latest[quote][0][0] <= latest:
                    continue  # no source dates it later: cannot raise the latest (cheaper than end_of)
                end = index.end_of(quote, article.id)
                if end is None or (latest is not None and end <= latest):
                    continue
                if _aligned(sentence, quote, weights):
                    latest = end
    return f"undated; reports events up to {latest.isoformat()}" if latest else "undated; no dated event matched"


class QuoteIndex:
    """Quotes of day-dated events by their lower-case content words, so a sentence meets only the quotes
    it shares four such words with (the least ``_aligned`` accepts) instead of every event."""

    def __init__(self, events: list[Event]) -> None:
        ends: dict[str, dict[str, _dt.date]] = defaultdict(dict)
        self.by_word: dict[str, list[str]] = defaultdict(list)
        for event in events:
            end = V.first_day(event.date) if V.precision(event.date) == "day" else None
            if end is None:
                continue
            for s in event.sources + event.repeats:
                if s.quote not in ends:
                    for word in _words(s.quote, False):
                        self.by_word[word].append(s.quote)
                known = ends[s.quote].get(s.source_id)
                if known is None or end > known:
                    ends[s.quote][s.source_id] = end
        # The two latest (day, source) of each quote: the latest of any other source is one of them.
        self.latest = {quote: heapq.nlargest(2, ((d, s) for s, d in by_source.items()))
                       for quote, by_source in ends.items()}

    def end_of(self, quote: str, source_id: str) -> _dt.date | None:
        """Latest day another source than ``source_id`` dates this quote's event."""
        return next((d for d, s in self.latest[quote] if s != source_id), None)

    def sharing(self, words: frozenset[str]) -> list[str]:
        hits = Counter(q for w in words for q in self.by_word.get(w, ()))
        return [q for q, n in hits.items() if n >= 4]


@functools.lru_cache(maxsize=1 << 17)
def _words(text: str, names: bool = True) -> frozenset[str]:
    return content_words(text, names=names)


def _aligned(sentence: str, quote: str, weights: dict[str, float]) -> bool:
    """Whether an undated sentence and a dated quote report the same thing.

    Shared names prove little (the same people appear in every report), so at least four shared
    lower-case words are needed besides a fair weighted overlap."""
    if len(_words(sentence, False) & _words(quote, False)) < 4:
        return False
    return similarity(_words(sentence), _words(quote), weights) >= _ALIGN_THRESHOLD
