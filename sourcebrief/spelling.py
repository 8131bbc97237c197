"""One spelling for words British and American outlets write differently, so that two reports meet whichever they
use: "neutralised" and "neutralized", "defence" and "defense", "labour" and "labor". Applied to lowercased words
before stemming, the same way to every source (a word folded that has no American twin changes nothing)."""

from __future__ import annotations

import re

_ISE = re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|er|ers)$")
"""-ise verbs and their forms: "neutralised", "organisation", "mobilising" (three letters before, so that "rise",
"raise" and "arise" stay)."""
_OUR = re.compile(r"(?<=[a-z]{3})our(s|ed|ing|ite|ites|able)?$")
"""-our nouns and verbs: "labour", "favoured", "honours", "neighbours" (not "four", "hour", "your", "pour")."""
_OUR_KEPT = frozenset({"devour", "devours", "devoured", "devouring", "detour", "detours", "contour", "contours"})
_ENCE = {"defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
         "defences": "defenses", "offences": "offenses", "licences": "licenses"}
_TRE = re.compile(r"(?<=[a-z]{2})([tb])re(s)?$")
"""-tre and -bre nouns: "centre", "theatres", "metres", "fibre"."""


def american(word: str) -> str:
    """``word`` (lowercased) spelled the American way where the two differ by a regular ending."""
    if word in _ENCE:
        return _ENCE[word]
    if word.endswith(("ise", "ised", "ises", "ising", "isation", "isations", "iser", "isers")):
        return _ISE.sub(r"iz\1", word)
    if "our" in word and word not in _OUR_KEPT:
        return _OUR.sub(r"or\1", word)
    if word.endswith(("tre", "tres", "bre", "bres")):
        return _TRE.sub(r"\1er\2", word)
    return word
