"""People counted as marching are a crowd's protesters: "1.08 million people had demonstrated across France" and
"1.089 million demonstrators" count one thing (claims asks here for each figure's unit family)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # figures are read here, never found
    from .figures import Figure

_PROTESTER = "protester"
"""The unit family of demonstrators, protesters and marchers (claims._FAMILIES)."""
_MARCHING = re.compile(r"\b(?:marched|marching|march\s+(?:through|in|across|on|to)|demonstrated|demonstrating"
                       r"|protested|protesting|rallied|rallying|(?:joined|(?:took|taken|take|taking)\s+part\s+in)\s+"
                       r"(?:the\s+)?(?:protests?|marches|rall(?:y|ies)|demonstrations?)|took\s+to\s+the\s+streets"
                       r"|taken\s+to\s+the\s+streets|(?:took|taken)\s+part(?=\s*$|\s+(?:nationwide|across|around"
                       r"|throughout)\b)"
                       r"|(?:turned|came)\s+out\s+(?:to\s+)?(?:protest|march|demonstrate))\b")
"""Verbs of a crowd that marches, in lower case (the month "March 7" is no march); "had taken part nationwide" with
nothing said of what in (not "took part in the vote")."""
_DREW_BEFORE = re.compile(r"\b(?:drew|drawn|drawing|draws|attracted|attracting|brought\s+out|mobili[sz]ed)\s+"
                          r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|at\s+least)\s+)?$")
"""A crowd drawn by a protest, before its count: "Tuesday's protests … drew 1.28 million people nationwide"."""
_CLAUSE_END = re.compile(r"[,;:.!?()—–]")


def crowd_family(figure: Figure, sentence: str, family: str) -> str:
    """The unit family of a figure, "protester" for people said to march, demonstrate or rally in the clause after
    it ("Nearly 1.1 million people marched across France", "More than a million people took to the streets"), or
    drawn by a protest ("Tuesday's protests … drew 1.28 million people"), so that they meet "1.089 million
    demonstrators"; a bare number counting as the figure before it does, after such a verb, likewise ("1.08 million
    people had demonstrated across France, including 119,000 in Paris")."""
    if family not in ("people", "person"):
        return family
    after = sentence[figure.end:]
    end = _CLAUSE_END.search(after)
    marching = _MARCHING.search(after[:end.start() if end else len(after)]) or (
        not re.search(r"[A-Za-z]", figure.text) and _MARCHING.search(sentence, 0, figure.start))
    drawn = _DREW_BEFORE.search(sentence, max(0, figure.start - 40), figure.start) and _PROTEST.search(sentence)
    return _PROTESTER if marching or drawn else family


_PROTEST = re.compile(r"\b(?:protests?|marches|rall(?:y|ies)|demonstrations?|mobili[sz]ation|strikes?)\b", re.I)
"""What draws a crowd: a sentence with "drew 1.28 million people" counts protesters only when it tells of one."""
