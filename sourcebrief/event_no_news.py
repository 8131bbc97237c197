"""Lines that tell no news, though they have a subject and a verb: a line that only says a thing happened ("Police
Scotland said the crash happened [at about 7.50pm]": what happened is another line's), and a writer's signpost, own
plan or word to the reader ("Here is what we know [as of Thursday night]:", "I'll be at the county commissioners'
meeting [next Tuesday]"). Word checks only. Read by ``chronology``."""

from __future__ import annotations

import re

from sourcebrief.event_candidate import Candidate

_BARE_HAPPENED = re.compile(r"(?:(?:[\w'’.()-]+\s+){1,6}?(?:said|says|added|confirmed)\s+(?:that\s+)?)?(?:the|it|this|that)"
                            r"(?:\s+[\w'’-]+){0,2}?\s+(?:happened|occurred|took\s+place)", re.IGNORECASE)
"""A line that only says a thing happened, its time being all it told."""
_WRITERS_OWN = re.compile(r"(?:Here\s+(?:is|are)|Here['’]s|This\s+is|These\s+are)\s+(?:what|how|where|why|everything)\b"
                          r"|I(?:['’]ll|\s+will|\s+am\s+going\s+to|['’]m\s+going\s+to|\s+plan\s+to)\s|If\s+you\s"
                          r"|(?:Make\s+a\s+donation|Donate|Subscribe|Sign\s+up|Support\s+us)\b")
"""A writer's signpost, own plan or word to the reader: "Here is what we know", "I'll be at …", "If you were anywhere
near Bullfrog Road [on Tuesday morning], you heard it", a plea of the site's ("Make a donation [today]")."""


def bare_happened(line: str) -> bool:
    """Whether a body line only says that a thing happened ("The crash happened", "Police said the accident took
    place"): a reader learns only the time, which the line of what happened already gives."""
    return _BARE_HAPPENED.fullmatch(line) is not None


def writers_own(candidate: Candidate) -> bool:
    """Whether a body line is the writer's signpost, plan or word to the reader, outside a quotation. Left out after
    the merge, not before: its date still tells later clock times which day the story is on ("By the time I got
    there around 7:30" is Tuesday's after "If you were anywhere near Bullfrog Road on Tuesday morning")."""
    return (candidate.source.caption < 0 and _WRITERS_OWN.match(candidate.text) is not None
            and re.search("[\"“”]", candidate.source.quote) is None)
