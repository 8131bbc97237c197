"""A government body's remit inside its name: "Ministry of Budget and Economic Planning"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entity_lexicon import PORTFOLIO_TAILS

if TYPE_CHECKING:
    from .entity_tokens import Token

REMIT_HEADS = frozenset("Department Ministry Committee Commission Office".split())
"""Heads of the government bodies whose name may list their remit ("Department for Environment, Food and Rural
Affairs"; not a "Bank of England, Barclays and NatWest", three banks)."""


def remit_with_and(text: str, tokens: list[Token], i: int) -> int:
    """How many tokens after i carry a body's remit of two parts joined by "and", the second ending in a portfolio's
    word ("Ministry of Budget and Economic Planning"; not "Ministry of Defence and Airbus"); 0 when none does."""
    k = i
    while k > 0 and tokens[k - 1].is_cap and i - k < 2:
        k -= 1
    if k < 2 or tokens[k - 1].text not in ("of", "for") or tokens[k - 2].text not in REMIT_HEADS:
        return 0
    j = i + 2
    while j < len(tokens) and j <= i + 4 and tokens[j].is_cap and text[tokens[j - 1].end:tokens[j].start] == " ":
        if tokens[j].text in PORTFOLIO_TAILS:
            return j - i
        j += 1
    return 0
