"""One list of counts is one fact: "The ferry was carrying 53 passengers and 12 crew, as well as 22 vehicles" and
"The ship was carrying 53 passengers, 12 crew and 22 vehicles" confirm each of their figures, and each figure
had made a fact of its own citing the same sentences (three facts for one manifest). A fact that shares two or
more cited sentences with one shown before it, where each of those sentences lists its figures beside the other
fact's, folds into it."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from .figures import find_figures

_JOINT = re.compile(r"(?:\s+[a-z]+)?(?:,\s+(?:(?:and|plus|as\s+well\s+as|including)\s+)?"
                    r"|\s+(?:and|plus|as\s+well\s+as|including)\s+)")
"""What stands between two items of one list of counts ("53 passengers, 12 crew", "12 crew members, as well as 22
vehicles", "22 vehicles, including 14 trucks"): a joint, after at most one word of the first item's noun. Words
of their own ("2,500 soldiers in Iraq and some 900 troops in Syria", "killing 23 people and leaving 40 missing")
make two statements, not a list."""
_SHARED = 2
"""Cited sentences two facts must share (two sources, each listing both): a pair of sentences is one fact."""


def fold_lists(facts: Sequence[Any], recount: Callable[[Any, tuple], Any]) -> tuple[Any, ...]:
    """``facts`` (ranked) with each that lists its figures beside an earlier one's, in two or more of the same
    sentences, folded into it: the text that gives the other's numbers shows (else the earlier's), with both
    facts' sources and figures. ``recount(fact, sources)``: the fact with those sources and its outlets counted
    again. Candidates come from an index of cited sentences, never from comparing every fact with every other."""
    by_sentence: dict[tuple[str, str], set[int]] = defaultdict(set)
    kept: list[Any] = []
    for fact in facts:
        cited = {(s.source_id, s.quote) for s in fact.sources}
        counts: dict[int, int] = defaultdict(int)
        for sentence in cited:
            for host in by_sentence.get(sentence, ()):
                counts[host] += 1
        host = next((h for h in sorted(counts) if counts[h] >= _SHARED and _listed(kept[h], fact, cited)), None)
        if host is None:
            for sentence in cited:
                by_sentence[sentence].add(len(kept))
            kept.append(fact)
            continue
        kept[host] = _merged(kept[host], fact, recount)
        for sentence in cited:
            by_sentence[sentence].add(host)
    return tuple(sorted(kept, key=lambda f: (-f.outlets, -f.independent, -len(f.sources))))


def _listed(host: Any, fact: Any, cited: set[tuple[str, str]]) -> bool:
    """Every sentence both facts cite lists one of ``fact``'s figures right beside one of ``host``'s."""
    shared = cited & {(s.source_id, s.quote) for s in host.sources}
    ours, theirs = _values(host), _values(fact)
    if not ours or not theirs or ours & theirs:
        return False
    return all(_beside(quote, ours, theirs) for _, quote in shared)


def _values(fact: Any) -> set[float]:
    """The values of a fact's figures."""
    return {f.value for text in fact.figures for f in find_figures(text)}


def _beside(quote: str, ours: set[float], theirs: set[float]) -> bool:
    """Some figure of ``quote`` of one set is the next item of a list after one of the other (_JOINT)."""
    found = find_figures(quote)
    return any(({a.value, b.value} & ours and {a.value, b.value} & theirs and a.value != b.value
                and _JOINT.fullmatch(quote[a.end:b.start]) is not None)
               for a, b in zip(found, found[1:]))


def _merged(host: Any, fact: Any, recount: Callable[[Any, tuple], Any]) -> Any:
    """One fact of two: the text giving the other's numbers, every source of either, every figure of both."""
    shown, other = (fact, host) if _gives(fact, host) and not _gives(host, fact) else (host, fact)
    known = {s.source_id for s in host.sources}
    sources = host.sources + tuple(s for s in fact.sources if s.source_id not in known)
    figures = tuple(dict.fromkeys((*host.figures, *fact.figures)))
    return recount(dataclasses.replace(shown, id=host.id, figures=figures), sources)


_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?")
"""A number as written, compared whole."""


def _gives(fact: Any, other: Any) -> bool:
    """``fact``'s text gives every number of ``other``'s figures."""
    given = set(_NUMBER.findall(fact.text))
    return all(number in given for figure in other.figures for number in _NUMBER.findall(figure))
