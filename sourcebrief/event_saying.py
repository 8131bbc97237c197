"""Sayings and their attribution: whether a date dates a saying ("…, the ministry said [Thursday]") rather than what
was said, where a line's attribution or "said that" starts, and whether a head tells its date in the past
(``dates_saying``, ``attribution``, ``told_that``, ``told_before``, ``resolved_ahead``)."""

from __future__ import annotations

import functools
import re

from sourcebrief import date_rules
from sourcebrief.event_sentence import FINITE, with_preposition


_ATTRIBUTED = re.compile(r",\s*[^,]{1,60}\b(?:said|says|told(?:\s+\w+)?)\s+(?:on\s+)?$")
"""An attribution up to its date: "…, police said [on Monday]"."""


def without_saying_dates(sentence: str, end: int, right: int, other_dates: list[tuple[int, int]]) -> str:
    """``sentence[end:right]`` without the dates of a saying in it: "crashed late Sunday …, police said [on Monday]"
    is a line of Sunday's that ends "police said"."""
    text = sentence[:right]
    for other_start, other_end in sorted(other_dates, reverse=True):
        if end <= other_start < right and _ATTRIBUTED.search(sentence, max(0, other_start - 80), other_start):
            text = text[:with_preposition(sentence, other_start)].rstrip() + text[other_end:]
    return text[end:]


@functools.lru_cache(maxsize=1 << 15)
def dates_saying(text: str, start: int) -> bool:
    """Whether the date at ``start`` dates a saying just before it ("…, the ministry said [Thursday]"); remembered
    (pure: a group's date is voted again each time it tells sources apart)."""
    return bool(SAID_ON.search(text, max(0, start - 60), start))


def told_before(head: str) -> bool:
    """Whether the words before a date tell it in the past ("he announced he would stand in"), not in a future
    of their own ("Costa Rica will choose its president in")."""
    return bool(date_rules.PAST_CUES.search(head)) and not _WILL.search(head)


def resolved_ahead(head: str) -> bool:
    """Whether the words before a date ahead of publication tell a past decision to do something by then ("the
    senate approved a plan to replace the bridge by [2036]", "ministers on Monday agreed to stop buying Russian gas by
    [the end of 2027]"): the date is the aim's, and a line of the decision dated then would be a wrong date. A
    forecast in the passive ("is expected to open in") is a line of its own."""
    return bool(_DECIDED_TO.search(head))


_DECIDED_TO = re.compile(r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
                         r"\b(?:agreed|approved|pledged|vowed|promised|decided|voted|committed|resolved|backed|endorsed"
                         r"|adopted|signed|passed)\s+(?:(?:[^.;:]|\.(?=\d)){0,80}?\s)?to\s+"
                         r"(?!(?:the|a|an|its|their|his|her|our|this|that|\d)\b)[a-z]+\b(?:[^.;:]|\.(?=\d))*$")
"""A past decision ("approved", "agreed", "pledged") and, within a few words, an infinitive ("to replace", "to
stop buying"), up to the date; not in the passive ("was approved to"), nor "to" with a noun phrase ("agreed to
the terms"). Expectations and schedules ("expected to reopen by Friday", "is due to end") are lines of their
own."""


_WILL = re.compile(r"\b(?:will|shall|won['’]t)\b|['’]ll\b", re.IGNORECASE)


_SAID_THAT = re.compile(r"\b(?:testif(?:ied|ies|y|ying)|sa(?:id|ys|ying)|told\s+\w+|alleg(?:ed|es|ing)|claim(?:ed|s|ing)|add(?:ed|s|ing)"
                        r"|argu(?:ed|es|ing)|admitt(?:ed|ing)|insist(?:ed|s|ing)|recall(?:ed|s|ing))\s+"
                        r"(?:(?:in|on|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview"
                        r"|speech|post|message|address|briefing|news\s+conference|letter)\s+)?"
                        r"(?:that\s+|(?=(?:he|she|they|we|I)\s+had\s+[a-z]+ed\b))")
"""A saying and its "that" (or a pronoun and a pluperfect without it: "admitted [she had lied]"), maybe with where it
was said between ("said in a televised statement that"): what follows is what was said, and a date in it is the said
event's."""


def told_that(head: str, words: int = 3) -> int | None:
    """Where what was said starts in a line's head that runs up to its date through a "said that" ("a former aide
    testifying that she had seen cash in the office [in 2021]"), else None. The saying is not dated there.
    ``words``: how many words what was said needs in the head (one when the head keeps its date: "adding that
    October [had been the driest]")."""
    last = None
    for last in _SAID_THAT.finditer(head):
        pass
    return last.end() if last and len(head[last.end():].split()) >= words else None


_SAYING = r"\b(?:said|says|told|announced|reported|confirmed|added)"
_ATTRIBUTION = re.compile(rf",\s*[^,]{{1,60}}{_SAYING}(?:\s+(?:reporters|journalists|lawmakers|supporters|parliament|[A-Z][\w.]+)"
                          rf"|(?<=told)\s+(?:the\s+)?(?:[a-z]+\s+){{1,2}}[A-Z][\w.]+)?"
                          rf"(?:\s+(?:in|at|to)\s+(?:a|an|the|its|his|her|their)\s+[^,]{{1,40}})?\s*$")
"""A head ending in its attribution: "…, officials said", "…, it said in a note to clients", "…, an official told
state broadcaster RUV" (the date that follows is when it was said)."""
SAID_ON = re.compile(rf"{_SAYING}\s+(?:in\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|interview|speech"
                     rf"|post|message|address|briefing|letter)\s+)?(?:on\s+)?$")
"""A saying just before a date, maybe with where it was said ("said in a statement on Sunday"): the saying's own date."""
_AND_CLAUSE = re.compile(r"\s*(?:and|but)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+"
                         r"(?:are|is|were|was|have|has|had|will|remain|remained)\b")
"""A clause with its own subject and verb joined after a saying's date: "[and thousands more are] missing"."""
_SAID_AFTER = re.compile(r"\s*(?:said|says|showed|shows|found|suggested|announced)?(?:,\s+(?:in|amid|as|citing|adding"
                         r"|blaming|calling|saying|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several"
                         r"|a\s+few)\s+(?:hours?|days?|weeks?|months?|years?)\s+)?(?:after|before|since))\s[^;]*)?[\s.!”\"'’]*")
"""What may follow a saying's date up to the sentence's end: "…, figures published on Wednesday showed.", "…, AEMET
said on Sunday, nine days after it began."."""


def attribution(head: str, tail: str) -> int | None:
    """Where the attribution starts in ``head`` when the date dates the saying of the whole sentence:
    "…, officials said [on Wednesday]." or "…, figures published [on Wednesday] showed."; else None."""
    said_part, comma, rest = tail.partition(",")
    if comma and (not FINITE.search(rest) or _AND_CLAUSE.match(rest)):
        # "…, its mayor said [on Friday], more than a third of the regional toll": no clause follows; "…, the ministry
        # said [on Tuesday], and thousands more are missing": a clause of its own, not said then
        tail = said_part
    if not _SAID_AFTER.fullmatch(tail):
        return None
    said = _ATTRIBUTION.search(head)
    if said:
        return said.start()
    comma = head.rfind(", ")
    return comma if comma > 0 and tail.split(",")[0].strip(" .!”\"'’") and len(head[comma:].split()) <= 5 else None
