"""Facts that cite the very same sentences: one statement shown once."""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from .figures import Figure, find_figures
from .number_words import VALUES
from .rounding import confirms


def fold_repeats(facts: Sequence[Any]) -> tuple[Any, ...]:
    """``facts`` (ranked, most outlets first) without those whose sentences, two or more, are all cited by a fact
    before them: a pair of sentences with several figures ("Danish rival Havlund was fined 810 million euros and
    Germany's Kessler Fracht 380 million euros" beside "Havlund and Kessler Fracht were fined €810 million and
    €380 million respectively") had shown as one fact per figure, each citing the same sentences. Of facts citing
    the same sentences, the one whose text gives the others' numbers shows ("The winners will take home $5 million
    in prize money, with $3m going to Jordan", not "Qatar receive $5m in prize money"); it takes the others'
    figures, as its text writes them. Candidates come from an index of the sentences kept so far, never from
    comparing every fact with every other."""
    by_sentence: dict[tuple[str, str], set[int]] = defaultdict(set)
    kept: list[Any] = []
    for fact in facts:
        sentences = _cites(fact)
        hosts = set.intersection(*(by_sentence.get(s, set()) for s in sentences)) if len(sentences) > 1 else set()
        hosts = {h for h in hosts if _says_as_much(kept[h], fact, sentences)}
        if hosts:
            host = min(hosts)
            shown = kept[host]
            if _cites(shown) == sentences and _gives(fact, shown) and not _gives(shown, fact):
                shown, fact = fact, shown  # the same sentences: the fact telling more shows, in the first's place
            figures = (*shown.figures, *(w for f in fact.figures if (w := _written(shown.text, f))))
            kept[host] = dataclasses.replace(shown, figures=tuple(dict.fromkeys(figures)))
            continue
        for sentence in sentences:
            by_sentence[sentence].add(len(kept))
        kept.append(fact)
    return tuple(kept)


_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?")
"""A number as written, compared whole: the 5 of "£5m" is not in "£45m"."""


def _says_as_much(host: Any, fact: Any, sentences: set[tuple[str, str]]) -> bool:
    """The host fact stands for ``fact``: it cites the same sentences, no more, or its text gives every number of
    ``fact``'s figures ("The US has 2,500 troops in Iraq" does not stand for "900 troops in Syria", told in the
    same sentences)."""
    return _cites(host) == sentences or _gives(host, fact)


def _cites(fact: Any) -> set[tuple[str, str]]:
    """The sentences a fact cites, with their sources."""
    return {(s.source_id, s.quote) for s in fact.sources}


def _gives(fact: Any, other: Any) -> bool:
    """``fact``'s text gives every number of ``other``'s figures, in digits or in words ("Four thieves" is not given
    by a text without "four")."""
    given = _numbers(fact.text)
    return all(number in given for figure in other.figures for number in _numbers(figure))


def _numbers(text: str) -> set[str]:
    """The numbers of ``text`` as written in digits, and its number words' ("Four thieves" -> 4, "two billion" -> 2)."""
    return set(_NUMBER.findall(text)) | {str(VALUES[w]) for w in _WORDS.findall(text.lower()) if w in VALUES}


_WORDS = re.compile(r"[a-z]+")


def _written(text: str, figure: str) -> str | None:
    """``figure`` as ``text`` writes it ("€380 million" for "380 million euros"), None when the text has no
    figure of its numbers."""
    if figure in text:
        return figure
    numbers = set(_NUMBER.findall(figure))
    return next((f.text for f in find_figures(text) if numbers and set(_NUMBER.findall(f.text)) == numbers), None)


CUT_TWO_WAYS = 2 / 3
"""Share of the shorter of two statements of one sentence that their longest common run must cover for them to be
one clause cut two ways."""


def one_clause(shown: str, other: str) -> bool:
    """Two statements cut from the same sentence are one clause cut two ways when the longer holds most of the
    shorter in one run: "Three shipping and logistics firms have been fined a total of €2.9bn" and "Logistics
    firms have been fined a total of €2.9bn by the European Commission …" (the bracketed "(£2.5bn)" left out of
    one). Only ``shown``, the longer (or equal), stands for the other, so the longer one stays whichever is met
    first."""
    if len(shown) < len(other) or not other:
        return False
    a, b = shown.lower(), other.lower()
    run = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
    return run >= CUT_TWO_WAYS * len(b)


def gives_figure(text: str, figure: Figure | None) -> bool:
    """``text`` (a fact of several sources citing the sentence ``figure`` comes from) gives ``figure``: Reuters'
    "cut its cash rate by 25 basis points to 4.10% on Tuesday" is no fact of its own beside "The Reserve Bank has
    cut the cash rate by 0.25 percentage points to 4.1 per cent", which cites it."""
    return figure is not None and any(f.unit == figure.unit and _same(f, figure)
                                      for f in find_figures(text))


def _same(a: Figure, b: Figure) -> bool:
    """One value, as written or rounded, with one hedge ("4.1 per cent" and "4.10%")."""
    return a.value == b.value and a.qualifier == b.qualifier or confirms(a, b)
