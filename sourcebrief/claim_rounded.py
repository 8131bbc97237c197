"""Which part of a fact a source gives in round numbers: a source cited for one figure of a fact may give another
of its figures hedged or rounded ("More than 1,000 homes … across six districts" under "Monsoon rains have damaged
1,024 houses in six districts"), which its FactSource.rounded tells the reader."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from .figures import Figure, find_figures
from .rounding import bounds, confirms


def rounded_parts(fact: Any) -> Any:
    """``fact`` with each source that gives one of the figures its text shows rounded or hedged marked so
    (FactSource.rounded): a source cited for "six districts" of "Monsoon rains have damaged 1,024 houses in six
    districts" that said "More than 1,000 homes were damaged … across six districts" gave the houses in round
    numbers. Only facts of several sources and figures are read."""
    if len(fact.sources) < 2 or len(fact.figures) < 2:
        return fact
    shown = find_figures(fact.text)
    sources = tuple(source if source.rounded else dataclasses.replace(source, rounded=_rounded_in(source.quote, shown))
                    for source in fact.sources)
    return dataclasses.replace(fact, sources=sources) if sources != fact.sources else fact


def _rounded_in(quote: str, shown: Sequence[Figure]) -> str:
    """The figure of ``quote`` that gives one of ``shown`` (which it does not give as such) rounded or hedged."""
    own = find_figures(quote)
    return next((f.text for figure in shown if all(o.value != figure.value for o in own)
                 for f in own if confirms(f, figure) or bounds(f, figure)), "")
