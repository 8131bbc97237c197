"""Which sources a fact may cite: a source is cited for a sentence only when its own sentence has it."""

from __future__ import annotations

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
