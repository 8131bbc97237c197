"""Which sources a fact may cite: a source is cited for a sentence only when its own sentence has it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .claims import normalise
from .figures import find_figures
from .number_words import VALUES
from .rounding import rounds_to


def gives_figures(sentence: str, shown: str, unit: str) -> bool:
    """``sentence`` gives every figure in ``unit`` (the fact's own) of the sentence a fact shows whole (the value,
    or one rounded to the other); figures of other things it tells beside are left to their own facts. A fact
    headed by a clause cut from "Newcastle's opening bid of £48m was rejected …, and a second offer, worth £55m,
    two days later" shows that whole sentence, which a source saying only "the second worth £55m" does not
    confirm (it never mentions the £48m bid)."""
    own = find_figures(sentence)
    return all(any(g.value == f.value or rounds_to(g, f) or rounds_to(f, g) for g in own)
               for f in find_figures(shown) if f.unit == unit)


REST_TOLD = 1 / 3
"""Share of the content words a shown sentence has beyond its fact's clause that a citing source's sentence must
give too."""
_OTHER_EVENT = re.compile(r"^\W*(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+)?(?:\d+|[a-z]+)\s+"
                          r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s+", re.IGNORECASE)
"""A clause putting an earlier or later event beside the sentence's own: "two days after a fire … killed 23
people"."""


def tells_rest(sentence: str, shown: str, clause: str, figure: str) -> bool:
    """``sentence`` may cite the fact showing the whole sentence ``shown`` for its ``clause``: unless the figure
    belongs to another event the clause sets beside the sentence's own (_OTHER_EVENT), it must tell some of that
    own event too (REST_TOLD of the words beyond the clause). The Korea Herald's "Police and labour officials
    raided the headquarters of Daeyang Cell … on Wednesday, two days after a fire at its Hwaseong plant killed 23
    people" is not confirmed by Reuters' "The death toll from a fire … rose to 23", which never mentions the raid;
    "lifted the martial law …, about six hours after he declared it" is the lifting's own time."""
    other = _OTHER_EVENT.match(clause)
    if not other or figure not in clause[other.end():]:
        return True
    rest = set(normalise(shown)) - set(normalise(clause))
    return len(rest & set(normalise(sentence))) >= REST_TOLD * len(rest)


def disputants(conflicts: Sequence[Any]) -> dict[tuple[str, str], dict[str, frozenset[str]]]:
    """For each source's sentence in a conflict (source id, sentence), the other sources that give another value,
    each with the values of the sentence they dispute: none of them may be cited for a fact showing such a value.
    Reuters' "The raid took four minutes" disputes the Guardian's "… valued at €88m, in a raid that French
    officials said lasted seven minutes", though Reuters gives the €88m too."""
    found: dict[tuple[str, str], dict[str, set[str]]] = {}
    for conflict in conflicts:
        for value in conflict.values:
            mine = _amount(value.value)
            for other in conflict.values:
                theirs = _amount(other.value)
                if (other.source_id != value.source_id and not (value.rounded or other.rounded)
                        and None not in (mine, theirs) and theirs != mine):
                    found.setdefault((value.source_id, value.quote.strip()), {}).setdefault(
                        other.source_id, set()).add(value.value)
    return {key: {sid: frozenset(values) for sid, values in by.items()} for key, by in found.items()}


def disputes(disputed: dict[tuple[str, str], dict[str, frozenset[str]]], source_id: str, quote: str, shown: str,
             citing: str) -> bool:
    """Whether source ``citing`` gives another value of a figure that the fact text ``shown``, from ``source_id``'s
    sentence ``quote``, shows (disputants)."""
    return any(value in shown for value in disputed.get((source_id, quote.strip()), {}).get(citing, ()))


def _amount(value: str) -> float | None:
    """A conflict value's number ("four minutes" and "Four minutes", "€88m" and "88 million euros" are one; a bare
    "five" is 5), None when it cannot be read ("around 30m" beside "30 metres" is no other value)."""
    figures = find_figures(value)
    if figures:
        return figures[0].value
    return VALUES.get(value.strip().lower())
