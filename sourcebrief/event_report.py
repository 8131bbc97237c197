"""Reports dated by their publication: "Figures published on Wednesday showed inflation fell to 2.1% in May".

The date after "published" is the report's, not of what it showed. Its line says what the report showed ("Figures
showed inflation fell to 2.1% in May"), as "Officials said on Wednesday …" gives "Officials said …"; and a date inside
what was shown or said dates that alone ("Inflation fell to 2.1%" in May), not the report or the saying.
"""

from __future__ import annotations

import re

_PUBLISHED = re.compile(r"\s+(?:published|released|issued|unveiled|made\s+public|out)\s*$", re.IGNORECASE)
"""A participle of publication ending the words before a report's date: "Figures [published] on Wednesday"."""
_PUBLISHED_ON = re.compile(r"\s(?:published|released|issued|unveiled|made\s+public|out)(?:\s+by\s+(?:the\s+)?[^,;]{1,50}?)?"
                           r"(?:\s+(?:on|in|at|during))?\s*$", re.IGNORECASE)
"""The same up to the date itself, with who published it: "released by the statistics office on [Wednesday]"."""
_REPORTED = re.compile(r"(?:\s+by\s+(?:the\s+)?[^,;]{1,50}?)?\s+(?:showed|show|shows|found|finds|suggested|suggests"
                       r"|indicated|indicates|revealed|reveals|confirmed|confirms)\s+(?:that\s+)?(?=\S)")
"""What follows a report's date up to what the report told: "[by the statistics office] showed that …"."""
_SAID = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|[A-Z][\w.]+)|announced|confirmed|reported)\s+"
                   r"(?:on\s+)?$")
"""A saying right before its date: "Officials said [on Wednesday] …"."""
_SAID_AFTER = re.compile(r"\s+(?:that\s+)?(?=[a-z])")
_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|could|[a-z]{2,}ed|fell|rose|grew|hit|lost|won|saw"
                   r"|made|took|came|went|left|began|broke|struck|sold|paid|led|found|kept|held|ran|spent|cut)\b")
"""A finite verb (roughly): what makes the words after a saying a clause of what was said."""


def published_participle(head: str, tail: str) -> int | None:
    """Where "published" (or "released", "issued" …) starts at the end of ``head`` when it carries only the date of
    a report that ``tail`` goes on to tell of ("… showed"); None otherwise."""
    published = _PUBLISHED.search(head)
    return published.start() if published and _REPORTED.match(tail) else None


def told_content(sentence: str, start: int, other_dates: list[tuple[int, int]], left: int) -> int | None:
    """Where what was told starts, when the date at ``start`` falls inside what a report or a saying dated by another
    date of its clause told: "Figures published on Wednesday showed [inflation fell to 2.1%] in May", "Officials said
    on Wednesday [inflation fell to 2.1%] in May"; None otherwise."""
    for other_start, other_end in other_dates:
        if not left <= other_start < other_end <= start:
            continue
        before = sentence[max(left, other_start - 50):other_start]
        after = (_REPORTED.match(sentence, other_end, start) if _PUBLISHED_ON.search(before)
                 else _SAID_AFTER.match(sentence, other_end, start) if _SAID.search(before) else None)
        if after is None:
            continue
        told = sentence[after.end():start]
        if len(told.split()) >= 3 and _VERB.search(told):
            return after.end()
    return None
