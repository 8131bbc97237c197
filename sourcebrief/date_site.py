"""Where a date expression sits (``Site``: its sentence, the publication date, the narrative's anchors) and the tense
its sentence gives it (``tense``), which picks the date a weekday, a month or a period without a year means."""

from __future__ import annotations

import datetime as _dt
import re
from typing import NamedTuple

from sourcebrief import date_clauses
from sourcebrief import date_rules as R


Result = tuple[str, str, "str | None"]
UNRESOLVED = "unresolved"


class Site(NamedTuple):
    """Where a match sits: the text around it, the publication date and the narrative anchors."""

    text: str
    """The whole text being searched."""
    start: int
    """Start of the match."""
    end: int
    """End of the match."""
    dct: _dt.date | None
    """Publication (document creation) date, if known."""
    sentence_start: int
    """Start of the sentence holding the match."""
    sentence_end: int
    """End of that sentence."""
    day_anchor: str | None
    """Most recent day-precision date mentioned before the match."""
    quarter_anchor: str | None
    """Most recent quarter mentioned before the match."""
    recent: str | None
    """Most recent date mentioned earlier in the same sentence."""
    last: str | None = None
    """Most recent concrete date of any precision the narrative gave."""
    clock_day: str | None = None
    """The day of a clock time told in this sentence or the one before: what "16 minutes later" counts from, whatever
    day the sentence named after the clock ("lifted off at 9:22 am, after launches planned for Thursday and Friday
    were postponed. Around 16 minutes later, …" is the day of 9:22 am)."""
    clock_at: str | None = None
    """That clock time itself, with its day ("2026-01-13T23:47"): "half an hour later" after 11:47 p.m. is the next
    day."""
    caption: bool = False
    """Whether the text is a photo caption: its present tense tells of a photo already taken (caption_tense)."""
    numeric_order: str | None = None
    """How the outlet writes a date in numbers, "day" or "month" first (outlet_names.numeric_order), if known."""
    night_day: str | None = None
    """The day whose late evening or night the narrative last told, no other day but the publication day told since
    ("late on Tuesday … said on Wednesday"): a late clock time with no day of its own is that night's
    (date_clock.time)."""
    night_near: bool = False
    """Whether that night is the last date the narrative told, in this sentence or the one before ("killed … last
    night. Police said the crash happened at about 7.50pm"): an evening clock time with no day is that evening's
    (date_night.evening_of_night)."""
    part_day: tuple[str, str] | None = None
    """The day and the part of it ("morning") the narrative's last date named ("on Wednesday morning"), in this
    paragraph or the one before: a past clock time of that part with no day of its own is on that day
    (date_night.clock_in_part)."""
    written_at: str | None = None
    """The clock time a live blog's entry holding the match was stamped with ("23:15"), if any: what a coming clock
    time earlier in the day than it ("will resume at 07:00") lies after (date_night.ahead_of_writing)."""
    day_before: tuple[str, int] | None = None
    """The day the sentence before this one ended its last date on, in the same paragraph, and where that date ended:
    what a speaker's quoted clock time with no day tells of ("… was sent home on Tuesday. "We got the text at 2:30 in
    the afternoon"": date_clock.quoted_day)."""


_CLAUSE_BREAK = re.compile(r"[,;:—–]")
_ATTRIBUTION_AFTER = re.compile(r",\s+(?:[\w'’.-]+\s+){1,5}(?:said|says|told|added|announced)", re.IGNORECASE)
"""An attribution closing the clause of a date: ", the court said"."""
_GOVERNED = re.compile(r"\b(?:by|until|till|(?P<span>from|starting|through)|before)\s+(?:the\s+)?"
                       r"(?:end\s+of\s+|early\s+|late\s+|mid-)?$", re.IGNORECASE)
"""A preposition that ties the date after it to the verb before it (a deadline, or where a span starts or ends)."""
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|['’]s|['’]ve)\s+(?:(?:also|now|already|temporarily)\s+)?(?:been\s+)?$",
                             re.IGNORECASE)
"""A present perfect's auxiliary right before its participle."""
_OWN_DATE_AFTER = re.compile(rf"\s+(?:for|on|until|till|to|by)\s+(?:the\s+)?(?:{R.MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri"
                             r"|Satur|Sun)day|\d)")
"""A date right after a tense cue ("set [for July 5]"): the cue tells that date's tense."""
_OTHER_CLAUSE = 40
"""A tense cue across a comma or semicolon is further off than its distance says: it likely governs another clause."""


_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|through|by|ahead\s+of)\s+(?:at\s+least\s+)?$", re.IGNORECASE)
"""A deadline's word before a day; "ahead of" too: "have faced off in a debate ahead of Friday's runoff" is the
coming Friday (in a sentence of the past, "campaigned ahead of Friday's vote", the tense decides)."""
_PRESENT = re.compile(r"\b(?:has|have|is|are|remains?|stays?|keeps?|extends?)\b")
_PAST_AUXILIARY = re.compile(r"\b(?:(?:had|was|were|did)(?:n['’]t)?|said|told)\b")
_WARNING_ISSUED = re.compile(r"\b(?:has|have)\s+(?:issued|extended|upgraded|raised|put\s+out)\s+[^.;]{0,60}?"
                             r"\b(?:warnings?|alerts?|watch(?:es)?)\s+(?:(?:for|of)\s+[\w-]+\s+){0,2}for\s+(?:the\s+)?$",
                             re.IGNORECASE)
"""A warning issued now for a day ("has issued amber warnings for wind for Tuesday"): the day is ahead, whatever the
"-ed" of the issuing; a warning issued in the past tense ("issued a warning for Sunday") may be for a day gone."""
_PARTICIPLE_BEFORE = re.compile(r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bbeing )(?<!\bwill )(?<!\bwould )"
                                r"(?<=[a-z] )\b(?!(?:expected|scheduled|planned|slated|set|due|timed|fixed|needed"
                                r"|required|intended|proposed)\b)[a-z]{2,}ed\s+(?:(?:late|early)\s+)?on\s+$")
"""A participle right after its noun and before a date's "on": "a state of emergency [declared on] Saturday" (not a
plan: "the vote expected on Saturday", not a passive of the future: "will be held on")."""
_PARTICIPLE_AFTER = re.compile(r"\b(?:be|been|being|is|are|has|have|stay|stays|remain|remains|keep|keeps|get|gets)\s+$")


_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|our|this|that)\s+(?:last|first|final|second|third"
                               r"|only|much|long|hotly|highly|closely|eagerly|widely|keenly)[\s-]+$", re.IGNORECASE)
"""An article and an adjective or adverb before an "-ed" word make it an adjective, no past verb: "a last televised
debate", "the long-awaited vote", "a hotly contested runoff"."""


def _told_past(head: str) -> bool:
    """Whether ``head`` tells of the past: a past auxiliary, or a past verb that is no participle after "be", "stay",
    "has" … ("the curfew lasted until Friday", not "will stay suspended through Friday") nor an adjective ("have faced
    off in a last televised debate ahead of Friday's runoff" is the coming Friday)."""
    return bool(_PAST_AUXILIARY.search(head)) or any(
        cue.group().lower() not in ("last", "ago") and not _PARTICIPLE_AFTER.search(head, max(0, cue.start() - 12),
                                                                                    cue.start())
        and not _ADJECTIVE_BEFORE.search(head, max(0, cue.start() - 20), cue.start())
        for cue in R.PAST_CUES.finditer(head))


_CAPTION_AHEAD = re.compile(r"\b(?:will|won['’]t|shall|going\s+to|to\s+be|due|expected|scheduled|set\s+to|plans?\s+to"
                            r"|planned|upcoming|next|coming|ahead|until)\b|['’]ll\b", re.IGNORECASE)
"""What still tells of a time ahead in a photo caption: "will", a plan or a schedule named as one."""


def tense(site: Site, reported: bool = False) -> str:
    """``future`` or ``past`` from the tense cue nearest the match in its sentence, else ``none``.

    ``reported``: also look for a future seen from a past saying ("would appear"), and call it ``reported``. A photo
    caption tells of a photo already taken: its present ("Protesters run from tear gas in Nairobi on Tuesday") is the
    past, unless it says "will" or names a plan."""
    when = _sentence_tense(site, reported)
    if (site.caption and when in ("future", "reported")
            and not _CAPTION_AHEAD.search(site.text, site.sentence_start, site.sentence_end)):
        return "past"
    return when


def _sentence_tense(site: Site, reported: bool) -> str:
    """tense() as the sentence's words tell it, whatever text holds it."""
    # A deadline ("through Friday", "by Friday") in a clause of the present, present perfect or future, with no past
    # tense in its sentence before it, runs to the coming day ("will stay suspended through Friday": the "-ed" nearer
    # the date tells no past).
    if _DEADLINE_BEFORE.search(text_before(site)) or date_clauses.BEFORE_DEADLINE.search(text_before(site)):
        head = site.text[site.sentence_start:site.start]
        if date_clauses.instruction_deadline(head):
            return "reported" if reported else "future"  # "have been told to evacuate by Friday": after the order
        if (_DEADLINE_BEFORE.search(head) and (_PRESENT.search(head) or R.FUTURE_CUES.search(head))
                and not _told_past(head)):
            return "future"  # "It has issued red alerts through Friday": in force now, to the coming Friday
    if date_clauses.planned_day(site.text, site.sentence_start, site.start, site.sentence_end):
        return "reported" if reported else "future"  # "asked companies to let staff work from home on Thursday"
    if _WARNING_ISSUED.search(site.text, site.sentence_start, site.start):
        return "future"  # "Met Éireann has issued a status orange wind warning for Tuesday": a warning now, for ahead
    if _PARTICIPLE_BEFORE.search(text_before(site)):
        return "past"  # "A state of emergency declared on Saturday will last three months": declared before
    if date_clauses.BACKDATED.search(text_before(site)):
        return "past"  # "The contract is retroactive to Oct. 1 and runs until September 2030"
    best, best_distance, best_cue = "none", 10**9, None
    cue_sets = ((R.FUTURE_CUES, "future"), (R.REPORTED_FUTURE_CUES, "reported"), (R.PAST_CUES, "past"))
    # Not a cue holding the date: "called on Sunday for rallies" tells no tense of Sunday.
    cues_found = [(cue, name) for cues, name in (cue_sets if reported else cue_sets[::2])
                  for cue in cues.finditer(site.text, site.sentence_start, site.sentence_end)
                  if cue.end() <= site.start or cue.start() >= site.end]
    cues_found = [(cue, name) for cue, name in cues_found if name != "past" or not _BE_ADVERB_BEFORE.search(
        site.text, max(site.sentence_start, cue.start() - 40), cue.start())]
    governed = _GOVERNED.search(text_before(site))
    if governed and governed.group().lower().startswith(("until", "till")):
        cues_found = date_clauses.without_until(cues_found, site.start - len(governed.group()), site.start)
    cues_found = date_clauses.own_clause_cues(site.text, site.sentence_start, site.start, cues_found)
    if governed and any(cue.end() <= site.start for cue, _ in cues_found):
        # "will allow 25 crossings from Nov. 3 and reduce them to 18 by Feb. 1, the authority said": a deadline's or
        # a span's date takes the tense of the verb it hangs on, before it; not the saying after it
        cues_found = [(cue, name) for cue, name in cues_found if cue.end() <= site.start]
        if governed["span"] and not site.text.startswith(("'s", "’s"), site.end):
            # "has suspended services from Friday": a decision now, for a span ahead ("since" is the past's)
            verb = max((cue for cue, _ in cues_found), key=lambda cue: cue.end()).start()  # the nearest verb
            if _PERFECT_BEFORE.search(site.text, max(site.sentence_start, verb - 12), verb):
                return "future"
    for cue, name in cues_found:
        before = cue.end() <= site.start
        if name == "reported" and not before:
            continue  # "warned on Saturday that the toll would rise": the would-clause is another clause
        if not before and name == "past" and _ATTRIBUTION_AFTER.fullmatch(site.text, site.end, cue.end()):
            continue  # "will hear the appeal in October, the court said": the saying tells no tense of October
        distance = site.start - cue.end() if before else cue.start() - site.end
        between = site.text[cue.end():site.start] if before else site.text[site.end:cue.start()]
        if not before and _CLAUSE_BREAK.search(between) and _OWN_DATE_AFTER.match(site.text, cue.end()):
            continue  # "in Friday's election, runoff set for July 5": the cue is July 5's, in a clause of its own
        if _CLAUSE_BREAK.search(between) or (not before and date_clauses.AND_BEFORE_CUE.search(between)):
            distance += _OTHER_CLAUSE  # "collapsed over the weekend, and will resume": the weekend is past
        if distance < best_distance or (distance == best_distance and name != "past"):
            best, best_distance, best_cue = name, distance, cue
    if best == "none" and governed and (governed["span"] or "").lower() == "through":
        return "future"  # "keeps plants shut through Friday": a span from now to that day
    if best == "reported" and _PAST_PLAN.match(best_cue.group()) and _BUT_DONE.search(site.text, site.end,
                                                                                     site.sentence_end):
        return "past"  # "was due to begin on Friday, but fighting continued into Saturday": that day has come
    return best


_PAST_PLAN = re.compile(r"(?:was|were|had\s+been)\s", re.IGNORECASE)
"""A plan told in the past ("was due to"), the cue that makes its day a future seen from then."""
_BUT_DONE = re.compile(r"\bbut\s+(?:[\w'’-]+\s+){0,4}?(?:was|were|had|did|[a-z]{3,}ed|began|came|went|broke|fell|"
                       r"took|made|left|ran)\b")
"""A "but" and a past verb after a plan told in the past: the plan's day has come and gone ("was due to begin on
Friday, but fighting continued")."""
_BE_ADVERB_BEFORE = re.compile(r"\b(?:be|being|been|is|are|remain|remains|stay|stays)\s+[a-z]+ly\s+$", re.IGNORECASE)
"""A participle after "be" and an adverb tells no past, as after "be" alone (date_rules.PAST_CUES): "The president-elect
will be formally declared by the KPU on Wednesday" is ahead."""


def year_tense(site: Site) -> str:
    """The tense that picks a year for a date without one: ``since`` after "since" ("his fifth visit since the October 7
    attack", in a sentence about next week), always the past, else its sentence's (tense). A future told from a past
    saying is ahead of it: "said the trial would begin in January", written in September, is next January."""
    if _SINCE_BEFORE.search(text_before(site)):
        return "since"
    when = tense(site, reported=True)
    if when == "past" and date_clauses.past_verb_before(site.text[site.sentence_start:site.start]):
        return "since"  # "The merger, first announced in May, closed on Tuesday", in March: last May
    if when == "past" and _fronted(site):
        return "since"  # "In January, a quake killed 500 people", in December: last January, not the next
    return "future" if when == "reported" else when


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+|early\s+|late\s+|mid-)?$", re.IGNORECASE)
_FRONTED_BEFORE = re.compile(r"\s*(?:(?:Back|Earlier|Later)\s+)?(?:In|On)\s+(?:early\s+|late\s+|mid-)?")
"""A date opening its sentence as its setting ("[In ]January, a quake killed …"): told in the past, it is past, however
near the same month lies ahead (unlike "Putin declared March 24 a day of mourning", a date a verb sets)."""


def _fronted(site: Site) -> bool:
    """Whether the date opens its sentence, set off by a comma: "In January, …"."""
    return bool(_FRONTED_BEFORE.fullmatch(site.text, site.sentence_start, site.start)
                and site.text.startswith(",", site.end))


def text_before(site: Site, width: int = 30) -> str:
    return site.text[max(site.sentence_start, site.start - width):site.start]
