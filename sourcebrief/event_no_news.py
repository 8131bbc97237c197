"""Lines that tell no news, though they have a subject and a verb: a line that only says a thing happened ("Police
Scotland said the crash happened [at about 7.50pm]": what happened is another line's), and a writer's signpost, own
plan or word to the reader ("Here is what we know [as of Thursday night]:", "I'll be at the county commissioners'
meeting [next Tuesday]"); a speaker's own words in a quotation and a question ("We should have picked up the phone
[on Saturday]," she said; "Why was the enclosure still in use [over the weekend]?"), whose event, if any, the reporter
tells in a line of their own; a live blog entry's heading after its time stamp ("2:47pm: EPA director speaks"). Word
checks only. Read by ``chronology``."""

from __future__ import annotations

import re

from sourcebrief import entries
from sourcebrief.event_candidate import Candidate
from sourcebrief.event_sentence import inside_quotation

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


_FIRST_PERSON = re.compile(r"\b(?:I|[Mm][ey]|[Ww]e|[Uu]s|[Oo]urs?)\b")
"""A speaker's own voice in a quotation: "I had to leave work", "We should have picked up the phone"."""
_QUESTION = re.compile(r"\?[\s\"'”’)]*$")
"""A sentence closing on a question mark, quotation marks and brackets after it."""


def spoken(candidate: Candidate) -> bool:
    """Whether a line is a question ("Why was the enclosure still in use [over the weekend]?") or a speaker's own
    words, its date inside a quotation told in the first person ("We got the text [at 2:30 in the afternoon] and I had
    to leave work," he said): what the speaker lived, in their words, is no line of the reporter's. Left out before
    the merge, so that it heads no event (the event it tells is told elsewhere in the reporter's voice)."""
    quote = candidate.source.quote
    if _QUESTION.search(quote):
        return True
    at = quote.find(candidate.source.expression)
    if at < 0:
        return False
    if inside_quotation(quote, at):
        opened = max(quote.rfind("“", 0, at), quote.rfind('"', 0, at))
    elif quote.count('"', 0, at) == 0 and "“" not in quote[:at] and (
            quote.count('"', at) % 2 == 1 or "”" in quote[at:] and "“" not in quote[at:quote.index("”", at)]):
        opened = -1  # a quotation opened in the sentence before: 'We lost it on Monday," he said.'
    else:
        return False
    # The quotation up to the end of the date's clause: "Demand … has fallen … since 2019, and we expect …" is no
    # speaker's own deed (the reporter tells it too), though the speaker's "we" follows.
    after = at + len(candidate.source.expression)
    if not quote[opened + 1:at].strip():  # the comma closing an opening date: '"Over the weekend, we have seen …"'
        after += quote.startswith(",", after)
    ends = [i for i in (quote.find("”", at), quote.find('"', at), quote.find(",", after), quote.find(";", at))
            if i >= 0]
    return _FIRST_PERSON.search(quote, opened + 1, min(ends, default=len(quote))) is not None


def entry_heading(candidate: Candidate) -> bool:
    """Whether a line's sentence is a live blog entry's time stamp and heading on one line ("2:47pm: EPA director
    speaks", '11:20am: "It's just heartbreaking"'): the entry's title, which the entry's own sentences tell."""
    stamp, colon, heading = candidate.source.quote.partition(":")
    while colon and not heading[:1].isspace():  # "2:47pm" holds a colon of its own
        more, colon, heading = heading.partition(":")
        stamp += ":" + more
    return bool(colon) and entries.is_entry_stamp(stamp.strip()) and entries.is_entry_heading(heading.strip())


def line_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that may make lines: neither a speaker's own words or a question (``spoken``) nor a live blog
    entry's heading (``entry_heading``)."""
    return [c for c in candidates if not (spoken(c) or entry_heading(c))]
