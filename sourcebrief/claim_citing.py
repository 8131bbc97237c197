"""Which sources a fact may cite: a source is cited for a sentence only when its own sentence has it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .claims import normalise
from .figures import Figure, find_figures
from .number_words import VALUES
from .rounding import bounds, rounds_to


def gives_figures(sentence: str, shown: str, unit: str) -> bool:
    """``sentence`` gives every figure in ``unit`` (the fact's own) of the sentence a fact shows whole (the value,
    or one rounded to the other); figures of other things it tells beside are left to their own facts. A fact
    headed by a clause cut from "Newcastle's opening bid of £48m was rejected …, and a second offer, worth £55m,
    two days later" shows that whole sentence, which a source saying only "the second worth £55m" does not
    confirm (it never mentions the £48m bid)."""
    own = find_figures(sentence)
    return all(any(_same_or_rounded(g, f) for g in own) for f in find_figures(shown) if f.unit == unit)


def gives_opening(sentence: str, shown: str, clause: str) -> bool:
    """``sentence`` gives every figure that the sentence a fact shows whole has before the fact's ``clause`` (the
    value, or one rounded to the other): shown for a clause cut without its subject ("was subscribed 2.37 times"),
    the sentence brings the subject's figures along ("The Rs 27,870 crore issue … was subscribed 2.37 times"), which
    a source saying only "The IPO was subscribed 2.4 times" does not confirm. Figures after the clause tell more
    beside it (a list going on: "53 passengers and 12 crew, as well as 22 vehicles"), left to their own facts. A
    hedged round figure is given by an exact one it bounds ("More than a million people" by "1.08 million people")."""
    at = shown.find(clause.strip().rstrip("."))
    if at <= 0:
        return True
    own = find_figures(sentence)
    return all(any(_same_or_rounded(g, f) or bounds(f, g) for g in own) for f in find_figures(shown[:at]))


def gives_all(sentence: str, figures: Sequence[str], hedged: bool = False) -> bool:
    """``sentence`` gives each of ``figures`` (the value, or one rounded to the other): a source is cited for a fact
    that one sentence shows for two of its figures only when its own sentence gives both. The Economic Times' "a
    discount of 7.1% to the IPO price of Rs 1,960" confirms the offer price of Bloomberg's "The stock closed 5.4%
    below its offer price of 1,960 rupees", not the 5.4%. ``hedged``: a hedged round figure near one gives it too
    ("More than 1,000 homes" for "1,024 houses", rounding.bounds)."""
    own = find_figures(sentence)
    return all(any(_same_or_rounded(g, f) or hedged and bounds(g, f) for g in own)
               for text in figures for f in find_figures(text)[:1])


def _same_or_rounded(given: Figure, figure: Figure) -> bool:
    """A source's figure ``given`` is ``figure``: the same value, or one of the two the other rounded."""
    return given.value == figure.value or rounds_to(given, figure) or rounds_to(figure, given)


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
    "lifted the martial law …, about six hours after he declared it" is the lifting's own time. A figure in a clause
    opening with "after" or "following" (_EARLIER_EVENT) is of the event that led to the sentence's own: the source
    must tell REST_TOLD of the words before it."""
    other = _OTHER_EVENT.match(clause)
    if other and figure in clause[other.end():]:
        rest = set(normalise(shown)) - set(normalise(clause))
    else:
        at = clause.find(figure)
        cause = list(_EARLIER_EVENT.finditer(clause, 0, at)) if at > 0 else []
        if not cause:
            return True
        rest = set(normalise(clause[:cause[-1].start()]))  # "Madagascar has appealed for international help [after
        # Cyclone Vaiana killed at least 31 people]": the appeal is the sentence's own event
    return len(rest & set(normalise(sentence))) >= REST_TOLD * len(rest)


def of_earlier_event(quote: str, start: int) -> bool:
    """Whether the figure at ``start`` of sentence ``quote`` sits in a clause of an earlier event (_EARLIER_EVENT), as
    the fact's own does: "Talks were paused after a drone attack killed three US servicemen" tells, in its own words,
    what "the discussions were halted following an attack … that killed three U.S. service members" tells."""
    return _EARLIER_EVENT.search(quote, 0, start) is not None


_EARLIER_EVENT = re.compile(r"\s(?:after|following)\s+(?=[^,;:()]*$)", re.IGNORECASE)
"""A clause of the event that led to the sentence's own, holding the figure: "… appealed for help after the cyclone
killed at least 31 people" (a source telling only the toll does not tell of the appeal)."""


class Disputants:
    """For each source's sentence in a conflict (source id, sentence), the values it gives; for each conflict, the
    amounts each source gives (not rounded): a source giving another amount in the same conflict disputes the
    sentence, and may not be cited for a fact showing its value. Reuters' "The raid took four minutes" disputes the
    Guardian's "… valued at €88m, in a raid that French officials said lasted seven minutes", though Reuters gives
    the €88m too. Kept by sentence and by conflict, not by pair of sources: a widely reported toll has a value from
    thousands of sources, and every pair of them would not fit in memory."""

    def __init__(self, conflicts: Sequence[Any]) -> None:
        self.values: dict[tuple[str, str], list[tuple[str, float, int]]] = {}
        """(source id, sentence) to each value it gives: (as written, amount, its conflict's number)."""
        self.amounts: list[dict[str, set[float]]] = []
        """Per conflict: each source's amounts."""
        for number, conflict in enumerate(conflicts):
            amounts: dict[str, set[float]] = {}
            for value in conflict.values:
                amount = _amount(value.value)
                if value.rounded or amount is None:
                    continue  # a rounded value or one that cannot be read disputes nothing, nor is disputed
                amounts.setdefault(value.source_id, set()).add(amount)
                self.values.setdefault((value.source_id, value.quote.strip()), []).append(
                    (value.value, amount, number))
            self.amounts.append(amounts)

    def disputes(self, source_id: str, quote: str, shown: str, citing: str) -> bool:
        """Whether source ``citing`` gives another amount of a figure that the fact text ``shown``, from
        ``source_id``'s sentence ``quote``, shows."""
        if citing == source_id:
            return False
        return any(value in shown and any(theirs != mine for theirs in self.amounts[number].get(citing, ()))
                   for value, mine, number in self.values.get((source_id, quote.strip()), ()))


def _amount(value: str) -> float | None:
    """A conflict value's number ("four minutes" and "Four minutes", "€88m" and "88 million euros" are one; a bare
    "five" is 5), None when it cannot be read ("around 30m" beside "30 metres" is no other value)."""
    figures = find_figures(value)
    if figures:
        return figures[0].value
    return VALUES.get(value.strip().lower())


_NEWSGATHERING = re.compile(r"(?:\.com)?\s+(?:has\s+|have\s+|had\s+)?(?:spoke|spoken|talked|interviewed|contacted"
                            r"|reached\s+out|approached|asked|requested|sought|obtained|has\s+seen|could\s+not|couldn[’']t"
                            r"|was\s+unable|is\s+unable|has\s+been\s+unable|was\s+not\s+able)\b")
"""What an outlet does to get its story: speaks to someone, asks, obtains a document, cannot verify."""


def about_own_reporting(sentence: str, source: str) -> bool:
    """``sentence`` tells how its own outlet (named in ``source``, its outlet or its id, "04_euractiv") got the
    story: "Euractiv spoke to Environment Minister Bojan Kumer after the vote" is no fact about the news, and no
    other source tells it, though another's "Kumer said after the vote" shares its words."""
    first = re.match(r"\s*(?:The\s+)?([A-Z][\w-]{2,})", sentence)
    if not first or not _NEWSGATHERING.match(sentence, first.end()):
        return False
    names = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", source)}
    return first.group(1).lower() in names
