"""A paragraph opened in capitals, as tabloids and some news sites write their first words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entity_lexicon import COMMON_CAPS

if TYPE_CHECKING:  # (entity_tokens imports this module)
    from .entity_words import Token


def capitals_opening(text: str, tokens: list[Token]) -> int:
    """How many tokens open the paragraph in capitals as a style, to be read as no name: two words or more in
    capitals, one of them a common word ("SECURITY STAFF AT Dublin Airport are on a 24-hour strike": "AT" is no
    body's letter); 0 otherwise ("UN OCHA said", "US and UK")."""
    k = 0
    while k < len(tokens) and tokens[k].is_acronym and "." not in tokens[k].text:
        k += 1
    if k < 2 or text[:tokens[0].start].strip():
        return 0
    return k if any(t.text.title() in COMMON_CAPS for t in tokens[:k]) else 0
