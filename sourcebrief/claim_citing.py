"""Which sources a fact may cite: a source is cited for a sentence only when its own sentence has it."""

from __future__ import annotations

import re

from .claims import normalise
from .figures import find_figures
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
