"""Which clause's verb tells the tense of a date: an instruction's deadline, a relative clause's past, a span's verb.

The tense finder (``date_site.tense``) takes the tense cue nearest a date. These rules say when the nearest cue
belongs to another clause than the date's, or tells of another time than the date's.
"""

from __future__ import annotations

import re

from sourcebrief import date_rules as R

BEFORE_DEADLINE = re.compile(r"\bbefore\s+$", re.IGNORECASE)
"""An instruction's deadline may also be "before" a day: "told to leave before Friday"."""
BACKDATED = re.compile(r"\b(?:retroactive(?:ly)?|backdated)\s+(?:to\s+)?(?:the\s+)?(?:start\s+of\s+)?$", re.IGNORECASE)
"""A date a payment or a rule reaches back to: always behind, whatever the sentence's tense ("The contract is
retroactive to Oct. 1 and runs until September 2030")."""
AND_BEFORE_CUE = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|now|still|[a-z]+ly)\s+)?$")
"""A conjunction right before a cue after a date: the cue is the next conjunct's verb ("made landfall on Wednesday
night and will move over Georgia"; not "talks on Monday and Tuesday will …")."""
_CLAUSE_BREAK = re.compile(r"[,;:—–]")

_INFINITIVE_WORDS = r"(?:(?:[a-z]+|\d+(?:[.,]\d+)*)\s+){1,8}?"
"""An infinitive and its words up to a date, figures among them: "to expect delays of up to 30 minutes [on Saturday]"."""
_INSTRUCTION = re.compile(
    r"\b(?:told|ordered|urged|asked|instructed|advised|warned|directed|required|given\s+until|called\s+on|pressed)"
    rf"\s+(?:[\w'’-]+\s+){{0,5}}?to\s+{_INFINITIVE_WORDS}$",
    re.IGNORECASE)
"""An instruction and its infinitive right before a deadline: "have been told to evacuate [by Friday]", "ordered
residents to leave the area [by Saturday]". The deadline is after the instruction was given, however past its verb."""
_NO_CLAUSE_BREAK = re.compile(r"[,;:—–]|\b(?:and|but)\s+(?:was|were|had|did)\b")


def instruction_deadline(head: str) -> bool:
    """Whether ``head`` (the sentence up to a deadline's "by", "until" or "before") ends in an instruction's
    infinitive, so the deadline is later than the instruction: a reported future, not the past of "told"."""
    found = _INSTRUCTION.search(head)
    return bool(found) and not _NO_CLAUSE_BREAK.search(found.group())


_RELATIVE = re.compile(r"\b(?:that|which|who)\s+", re.IGNORECASE)
"""A relative pronoun (or a complementiser: "said that …"): the clause it opens has its own verb and tense."""


def in_past_relative(sentence_head: str, past_cue_start: int) -> bool:
    """Whether the past cue at ``past_cue_start`` of ``sentence_head`` (the sentence before a date) is the verb of a
    clause opened by "that", "which" or "who" before it: then the date is that clause's, and a verb after the date
    ("The investigation into the crash that killed 14 people on Sunday [will take] months") is the main clause's.

    The past verb must come after the pronoun, so "He said that on Monday talks will resume" is not such a clause."""
    return any(found.end() <= past_cue_start for found in _RELATIVE.finditer(sentence_head))


def own_clause_cues(text: str, sentence_start: int, start: int, cues: list) -> list:
    """``cues`` (tense cues of a date's sentence, with their names) without those after the date when the nearest verb
    before it is the past of a relative clause: "the crash that killed 14 people on Sunday will take months" is
    Sunday's killing, whatever the main clause's "will" says."""
    before = [(cue, name) for cue, name in cues if cue.end() <= start]
    if not before:
        return cues
    nearest, name = max(before, key=lambda found: found[0].end())
    if (name != "past" or _CLAUSE_BREAK.search(text, nearest.end(), start)
            or not in_past_relative(text[sentence_start:nearest.start()], nearest.start() - sentence_start)):
        return cues
    return before


def without_until(cues: list, until: int, start: int) -> list:
    """``cues`` without the "until" at ``until`` before a date at ``start``, when a verb before it is left to tell the
    tense: "The curfew lasted until Monday" is past ("The roads are closed until Monday" keeps it: ahead)."""
    if not any(cue.end() <= until for cue, _ in cues):
        return cues
    return [(cue, name) for cue, name in cues if not until <= cue.start() < start]


_CLOCK = re.compile(r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?P<ap>[ap])\.?m\b|\b(?P<h24>[01]\d|2[0-3]):[0-5]\d\b",
                    re.IGNORECASE)
_ON_FROM = re.compile(r"\b(?:and|then|until|till|before)\b", re.IGNORECASE)
"""Words that carry a sentence on from one clock time to a later one: "left at 5pm on Tuesday [and] docked at
6.10am"."""
_STEP_BACK = re.compile(r"\b(?:had|having|since|earlier|previously)\b|\bbefore\s+(?:that|then)\b"
                        r"|\bafter\b(?!\s+(?:(?:about|around|roughly)\s+)?$)",
                        re.IGNORECASE)
"""Words that step back before the clock time told: a past perfect, or a time before it ("… at 7pm on Tuesday,
after crews arrived at 9am")."""


def past_midnight(sentence_head: str, hour: int) -> bool:
    """Whether a clock time at ``hour`` (0-23), dated by a day its sentence gave with an evening clock time before it,
    is the small hours after that evening: "confronted him at about 11pm on March 13 and returned with a knife
    shortly after 1am" is 1am on March 14; or a morning told next, on from an evening ("left … at 5pm on Tuesday and
    docked back there at 6.10am" is Wednesday's 6.10am). Not what a past perfect steps back to ("… at 7pm on Tuesday,
    having left at 9am")."""
    clocks = list(_CLOCK.finditer(sentence_head))
    if not clocks or hour >= 12:
        return False
    last = clocks[-1]
    earlier = int(last["h24"]) if last["h24"] else int(last["h"]) % 12 + (12 if last["ap"].lower() == "p" else 0)
    if hour < 6 and earlier >= 18:
        return True
    between = sentence_head[last.end():]
    return earlier >= 17 and bool(_ON_FROM.search(between)) and not _STEP_BACK.search(between)


_PREPOSITION_END = re.compile(r"\s+(?:in|on|during)\s+(?:early\s+|late\s+|mid-)?$", re.IGNORECASE)


def past_verb_before(head: str) -> bool:
    """Whether a past verb of its own governs the date right after ``head`` ("first announced [in May]", "was founded
    [in March]"): then the date is behind publication however near the next one would be, not ten weeks ahead."""
    preposition = _PREPOSITION_END.search(head)
    if preposition is None:
        return False
    verb = None
    for verb in R.PAST_CUES.finditer(head, max(0, preposition.start() - 40), preposition.start()):
        pass
    if verb is None or verb.group().lower() in ("last", "ago"):
        return False
    between = head[verb.end():preposition.start()]  # "visited [Muscat] in September": a name between
    return verb.end() == preposition.start() or bool(_SHORT_OBJECT.fullmatch(between))


_SHORT_OBJECT = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3}")
"""A name a past verb may take before the date it governs: "visited Muscat", "met Vladimir Putin" (not a thing, which
the date may be of: "approved a payout in December", written in October, is this December's payout)."""


_ON_DAY_BEFORE = re.compile(r"\s(?:on|from)\s+$", re.IGNORECASE)
_ACTIVE_INSTRUCTION = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s)"
    r"\b(?:told|ordered|urged|asked|instructed|advised|warned|directed|required|called\s+on|pressed)"
    rf"\s+(?!to\b)(?:[\w'’-]+\s+){{1,4}}?to\s+{_INFINITIVE_WORDS}$", re.IGNORECASE)
"""An instruction to someone it names, before the day of its infinitive ("asked private companies to let staff work
from home on Thursday"): the day is the deed's, after the asking. Passive ("were ordered to leave on Friday"), the day
is the order's, as news tells it."""
_HEADLINE_PLAN = re.compile(r"(?:^|[;:—–]\s*)(?:[\w'’-]+\s+){1,8}?to\s+[a-z]+\b[^.,;:!?\"“”]{0,60}\s$")
"""A headline's or standfirst's plan: a subject and its infinitive, no finite verb ("Talks between daa and Siptu [to
resume] at the Workplace Relations Commission on Friday", "private sector staff [to work] remotely on Thursday")."""


def planned_day(text: str, sentence_start: int, start: int, sentence_end: int) -> bool:
    """Whether the day at ``start`` is the day of an instruction's infinitive ("asked companies to let staff work
    from home on Thursday") or of a headline's plan ("staff to work remotely on Thursday", a line without a full stop
    or a past verb): a day after the saying, not the day before it."""
    head = text[sentence_start:start]
    if not _ON_DAY_BEFORE.search(head):
        return False
    if instruction_deadline(head) and _ACTIVE_INSTRUCTION.search(head):
        return True
    plan = _HEADLINE_PLAN.search(head)
    return (plan is not None and "." not in text[start:sentence_end].rstrip()[-1:]
            and not R.PAST_CUES.search(head, plan.start()))
