"""Lines that are no sentence: a noun phrase, a prepositional phrase or a place left when the date is cut out.

"2025: By 1.5%" (from "grow by 1% this year, and by 1.5% in 2025"), "2024-06-13: The dollar" (from "rose … to 55
cents on the dollar on Thursday"), "2024-12-12: A rolling strike": a reader learns nothing of who did what. Such a
line is left out; its date stays annotated in the source. Word checks only: the cost per line is a few regexes.
"""

from __future__ import annotations

import functools
import re

from sourcebrief.chronology_model import EventSource
from sourcebrief.event_sentence import FINITE

_DETERMINER = frozenset("a an the its their his her this that these those our my your some any each every".split())
"""Words after which a verb-like word is an adjective or a noun: "a failed debut", "a rolling strike"."""
_QUANTITY = frozenset("several many few some all both two three four five six seven eight nine ten dozens hundreds "
                      "thousands more most".split())
"""Words before a plural noun: "several [hours]" (an "-s" word after them is no present verb)."""
_AUXILIARY = frozenset("will would can could may might must shall should do does did is are was were be been has have "
                       "had says said set put cut let quit shut split cost hurt slid underwent".split())
"""Verbs FINITE does not hold, or holds only where a determiner does not precede them."""
_DOCUMENTS = frozenset("study studies report reports survey surveys audit audits review reviews paper papers "
                       "analysis".split())
"""Head nouns of a document, not a happening: "A 2022 study" tells nothing happened that year."""
_PREPOSITIONS = frozenset("by in on at for with from of to into after before during since until".split())
"""Openings of a line that is only a prepositional phrase: "By 1.5%"."""
_MEASURES = frozenset("figure figures level levels total totals rate rates average record high low peak price prices "
                      "dollar dollars euro euros pound pounds yen yuan cents".split())
"""Words of a measure's line, no happening: "A peak of more than 3.4 million", "The dollar"."""
_TIME_PARTS = frozenset("middle end start beginning height depths depth close turn eve run-up remainder rest".split())
"""Nouns of a part of a time a date's "of" leaves behind: "The middle" (of winter), "The end" (of March)."""
_WORD = re.compile(r"[\w'’%.$-]+")
_CREDIT = re.compile(r"\s+/\s+.*$|\s*\|.*$")
"""A photo credit after a slash or a bar closing a caption: "Kłodzko, September 2024 / Wikimedia Commons"."""
_SAID_END = re.compile(r",\s+(?:[\w'’.-]+\s+){1,5}?(?:said|says|announced|reported|confirmed|told\s+[\w'’.-]+)$")
"""An attribution closing a line ("…, Iraq's oil ministry announced"): its verb is the saying's, not the line's own."""
MAX_FRAGMENT_WORDS = 8
"""Longer verbless lines ("The February 8 general elections") name a thing at length; only short ones go."""


def _has_verb(words: list[str]) -> bool:
    """Whether some word can be the line's verb: a finite form, an auxiliary, a present ("closes", "expires") or a
    participle ("Committing …"), not right after a determiner."""
    for i, word in enumerate(words):
        previous = words[i - 1].lower() if i else ""
        if previous in _DETERMINER or previous.endswith(("'s", "’s")) or previous in _QUANTITY or previous[:1].isdigit():
            continue  # "for several [hours]", "about 300 [homes]": a plural noun, no present verb
        low = word.lower()
        if low in _AUXILIARY or (word.islower() and FINITE.fullmatch(word)):
            return True
        if word.islower() and len(low) > 3 and low.endswith(("s", "ing")) and not low.endswith(("ss", "us", "is")):
            return True
    return False


@functools.lru_cache(maxsize=1 << 15)
def verbless(line: str, dated_inside: bool, ahead: bool) -> bool:
    """Whether a body line is a verbless fragment to leave out: a prepositional phrase ("By 1.5%", "In line with its
    estimate"), a measure ("The dollar", "A seven-month high of more than $90") or a happening told with "a" that is
    not ahead ("A rolling strike", "A failed debut"). A noun phrase that holds its own date names its happening ("The
    2020 election", "A 1973 treaty") unless it names a document ("A 2022 study"); a planned one ("An early
    parliamentary election" on May 25) and a definite one ("The vote", "The global IT outage") stay. Remembered (pure):
    a large group asks it of each candidate again each time it tells sources apart."""
    said = _SAID_END.search(line)
    head = _WORD.findall(line[:said.start()]) if said else []
    if head and head[0].lower() in ("a", "an", "the") and len(head) <= MAX_FRAGMENT_WORDS and not _has_verb(head):
        return True  # "The Iraq-Turkey pipeline next week, Iraq's oil ministry announced": the saying's verb only
    words = _WORD.findall(line)
    if not words or len(words) > MAX_FRAGMENT_WORDS or _has_verb(words):
        return False
    first, head = words[0].lower(), words[-1].lower()
    if first in _PREPOSITIONS:
        return True
    if first not in ("a", "an", "the") and not first.endswith(("'s", "’s")):
        return False  # a name opens it: "Kurdish Peshmerga later retook it" has a verb FINITE does not know
    if head in _TIME_PARTS:
        return True  # "The middle" (of "in the middle of winter"): a part of the date, no happening
    if dated_inside:
        return head in _DOCUMENTS
    if any(word.lower() in _MEASURES for word in words):
        return True
    return first in ("a", "an") and not ahead


def fragment(line: str, source: EventSource, ahead: bool) -> bool:
    """Whether a line, of a body or of a caption, is no sentence a reader can use."""
    if source.caption >= 0:
        return _caption_fragment(line, len(source.date) == 10)
    return verbless(line, source.expression.split()[-1] in line.split(), ahead)


def photo_moment(source: EventSource) -> bool:
    """Whether a line is a photo caption's of a day: it shows a moment of what the body tells ("Firefighters battle
    the blaze on Tuesday", "Rescuers search the rubble"), no event of its own; it joins one, never makes one. An
    archive photo's month or year ("Fuad Hussein and Antony Blinken in Washington in 2021") still does."""
    return source.caption >= 0 and len(source.date) == 10


def _caption_fragment(line: str, day: bool) -> bool:
    """Whether a caption line is only a place and a credit once its date is cut ("Kłodzko, / Wikimedia Commons"), or,
    dated to a ``day``, has no verb: "The Texelstroom in Den Helder [on Tuesday]" shows a ship in the story's days, and
    "Luis Rubiales at the extraordinary assembly" a man; neither tells that anything happened ("Rescuers search the
    rubble" does). An archive photo's month or year ("Fuad Hussein and Antony Blinken in Washington in 2021") tells
    when they were there, a line of its own."""
    kept = _CREDIT.sub("", line).strip(" ,;:")
    words = _WORD.findall(kept)
    return len(words) <= 1 or day and not _has_verb(words) and not _plural_then_verb(words)


def _plural_then_verb(words: list[str]) -> bool:
    """Whether a caption's present verb follows its plural subject ("Protesters [run] from tear gas", "Rescue workers
    [search] for bodies") or a name closing a subject that opens with no determiner ("Supporters of Masoud Pezeshkian
    [rally]", "People [look] at …"): a caption's plain present, which ``_has_verb`` cannot tell from a noun. Not a noun
    after a determiner's name ("A burnt-out Golden Arrow [bus]")."""
    bare = words[0].lower() not in _DETERMINER
    return any((previous.lower().endswith("s") and not previous.lower().endswith(("ss", "us", "is", "'s", "’s"))
                or bare and previous[:1].isupper() and (at < 2 or words[at - 2].lower() not in _DETERMINER))
               and word.islower() and word not in _PREPOSITIONS and word not in _DETERMINER
               and word not in _NOT_VERB for at, (previous, word) in enumerate(zip(words, words[1:]), 1))
    # (a name after a determiner closes no subject: "Firefighters at the Botlek [site]")


_NOT_VERB = frozenset("and or but near inside outside off aboard aground along across through outside".split())
"""Lowercase words after a plural noun that are no verb: "Protesters [inside] Parliament buildings"."""
