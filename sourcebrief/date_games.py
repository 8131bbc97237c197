"""Whether a "first half" or a "third quarter" without a year is a game's (a match report's) rather than a year's."""

from __future__ import annotations

import re

from sourcebrief.date_site import Site


def games_period(site: Site, code: str, of_year: bool) -> bool:
    """Whether the half (``code`` "H") or quarter ("Q") at ``site``, with no year of its own, is a game's: its
    sentence names a game, or the text is a game's report and the period is not "of the year"; a half also when the
    story names no year near it (year_told)."""
    if GAME.search(site.text, site.sentence_start, site.sentence_end):
        return True
    if of_year:
        return False
    return game_story(site.text) or (code == "H" and not year_told(site))


GAME = re.compile(r"\b(?:scor(?:e|es|ed|ing)|goals?|trail(?:s|ed|ing)|half-?time|penalt(?:y|ies)|touchdowns?|innings"
                  r"|match(?:es)?|games?|kick-?off|tries|rebounds?|wickets?|(?:led|leads|leading)\s+\d+-\d+|\d+-\d+\s+"
                  r"(?:win|loss|lead|victory|defeat)|equali[sz](?:e|es|ed|er|ing)|headers?|hat-?tricks?|free-kicks?"
                  r"|stoppage\s+time|extra\s+time|final\s+whistle|\d+(?:st|nd|rd|th)[\s-]minute)\b", re.IGNORECASE)
"""Words of a game in a sentence: its "first half" or "third quarter" is the game's."""


YEAR_NEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:this|next|last|the)\s+year\b|\bfiscal\b", re.IGNORECASE)
"""A year its sentence names, which a "first half" without one may be a half of."""


def year_told(site: Site) -> bool:
    """Whether a "first half" or "second half" without a year ("the first half", not "the first half of 2024") is a
    year's: its sentence names a year ("The company expects growth in the second half, after a weak 2023"), or the
    text has told of a quarter before ("second-quarter operating profit … in the second half"). A half in a text of
    neither is more likely a match's, whose report may name too few game words to tell (game_story)."""
    return bool(site.quarter_anchor or YEAR_NEAR.search(site.text, site.sentence_start, site.sentence_end))


GAME_WORDS = 3
"""Different words of a game (GAME) that make a text a game's report: its "The second half was not good enough" is
the match's half, though the sentence names no game."""


def game_story(text: str) -> bool:
    """Whether ``text`` tells of a game: GAME_WORDS different words of one in it ("penalty", "header" alone is not)."""
    found: set[str] = set()
    for match in GAME.finditer(text):
        found.add(match.group().lower()[:5])
        if len(found) >= GAME_WORDS:
            return True
    return False
