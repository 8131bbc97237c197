"""A date's own phrase in a clause another date also dates (``own_phrase``): "closed schools on Monday and reopened
them on Thursday" gives each date its own verb and the subject they share. Read by ``event_line``."""

from __future__ import annotations

import re

from sourcebrief import date_rules
from sourcebrief.event_antecedent import antecedent
from sourcebrief.event_joints import last_conjunct, named_with_aside, with_shared_auxiliary
from sourcebrief.event_sentence import APPOSITIVE_CLOSED, FINITE, inside_quotation, with_preposition
from sourcebrief.event_span import (AND_OWN_CLAUSE, AND_VERB, CLAUSE_COMMA, DETERMINED_OPENING, DETERMINED_SUBJECT,
                                    DETERMINERS, MODAL_VERB, NAMED_SUBJECT, NO_SUBJECT, SUBJECT, and_past_verb,
                                    later_conjunct, past_verb)


def _with_common_noun(sentence: str, opening: int, subject: re.Match[str] | None) -> re.Match[str] | None:
    """``subject`` (a name read for a conjunct verb) or, when it is "A"/"An" and a capitalised adjective, the whole
    noun phrase up to its past verb: "An English local council hit by …, and warned" is "An English local council",
    not "An English"."""
    if subject is None or subject.group(1).split()[0] not in ("A", "An") or len(subject.group(1).split()) < 2:
        return subject
    return DETERMINED_SUBJECT.match(sentence, opening) or subject


def own_phrase(sentence: str, start: int, end: int, left: int, right: int,
                other_dates: list[tuple[int, int]]) -> tuple[int, int, str]:
    """(left, right, subject) of a date's own phrase when another date comes before it in its clause (a "formed in 2014"
    inside a report dated "on Tuesday"): from the nearest article before it, or its that-clause or conjunct, to the
    next comma; the clause's bounds when none reads as a phrase. ``subject``: the clause's, for a conjunct verb."""
    window = sentence[left:start]
    own = with_preposition(sentence, start) - left  # a determiner of the date's own words is none: "the morning of"
    cut = max(window.rfind(" the ", 0, own), window.rfind(" a ", 0, own), window.rfind(" an ", 0, own))
    while cut > 0 and any(s == left + cut + 1 for s, _ in other_dates):
        # "The dams, built in [the 1970s], had not been maintained since 2002": another date's own "the" opens no phrase
        cut = max(window.rfind(" the ", 0, cut), window.rfind(" a ", 0, cut), window.rfind(" an ", 0, cut))
    determined = cut
    if cut > 0 and _AGENT_BEFORE.search(window, 0, cut):
        return left, right, ""  # "A truce brokered [by the UN] in April last year expired in October": the subject's
    closed = APPOSITIVE_CLOSED.search(window, cut) if cut > 0 and window[:cut].endswith(",") else None
    if closed and any(left + cut <= s < left + closed.start() for s, _ in other_dates):
        return left, right, ""  # "The talks, the first since 2019, ended … on Wednesday": an appositive, not the phrase
    if closed:  # "K-Electric, the city's power utility, suspended … on Monday evening and restored it on Tuesday
        cut = -1  # morning": the appositive holds no date; the date's own phrase is sought after it
    if cut > 0 and re.search(r"\b(?:between|among)$", window[:cut]):
        # "the ongoing negotiation rounds between the two sides that began in August 2023": the whole phrase
        earlier = max(window.rfind(" the ", 0, cut), window.rfind(" a ", 0, cut))
        if earlier <= 0:
            return left, right, ""  # "The A15 was closed between [the Botlek and Maasvlakte junctions] from midnight
            # until 9 a.m.": the places are the clause's verb's, no phrase of the date's own
        cut = earlier
    that = window.rfind(" that ")
    said_bare = [m.end() for m in _SAID_PRONOUN.finditer(window)]
    said_bare = said_bare[-1] - 6 if said_bare and said_bare[-1] - 6 > that else None
    that = that if said_bare is None else said_bare  # "said she would visit the area [on Wednesday]": as "that"
    antecedent = None
    if that > cut and len(window[that + 5:].split()) >= 3:
        # "for the drone attack that killed three soldiers on January 28": the attack killed them, a relative clause
        antecedent = _SHORT_NP.fullmatch(window, cut + 1, that) if past_verb(window, that + 6) else None
        cut = that + 5  # "testified this month that he warned Okafor in 2019": the that-clause is the date's
    elif 0 <= that < cut and (FINITE.search(window, that + 5, cut) or _THAT_MODAL.match(window, that + 6)
                              or that == said_bare) and (
            _PLACE_BEFORE.search(window, 0, cut)
            or all(e - left <= that for s, e in other_dates if e <= start)):
        # "said on Saturday that it had de-energized lines in the area on Aug. 9": not "the area"; "said on Tuesday
        # that the companies expected to complete the deal by the end of the year": not "the deal by …"
        cut = that + 5
    # Not inside a quotation closed before the date: '"... since the 2010 earthquake," Boric said on Monday'.
    quoted = inside_quotation(sentence, left + cut) and not inside_quotation(sentence, start)
    # "held on Feb. 6, 2022, and the runoff two months later": the date's own conjunct, however short.
    previous = max(e for _, e in other_dates if e <= start) - left
    joined = last_conjunct(window, previous, own)
    if joined >= previous and not quoted:
        cut = joined + 5
    own_clause = AND_OWN_CLAUSE.match(window, previous) if not quoted else None
    if own_clause:  # "Voting ended on the 5th [and results came] on the 7th": the second clause, with its subject
        return left + own_clause.end(), right, ""
    # "Delphine formed as a storm on Sunday and became a hurricane on Monday": the second verb and its subject.
    # Not after a clock time: "opened at 6 a.m. and closed at 6 p.m. Sunday" is one day's.
    clock = _CLOCK.search(window, max(0, previous - 12), previous)
    later = later_conjunct(window, previous, 0) if not quoted and not clock else None
    conjunct = (and_past_verb(window, previous) or (later and later.end())) if not quoted and not clock else None
    opening = _after_opening_date(sentence, left, other_dates)
    subject = (_whole_name(sentence, NAMED_SUBJECT.match(sentence, opening)) or _AGED_SUBJECT.match(sentence, opening)
               or _lower_subject(sentence, left, opening) or named_with_aside(sentence, opening)) if conjunct else None
    if subject and subject.group(1).strip() in DETERMINERS:
        # "The update [was pushed … and] reverted": the whole noun phrase; "The company [replaced a valve … and]
        # completed": up to its past verb
        subject = SUBJECT.match(sentence, opening) or DETERMINED_SUBJECT.match(sentence, opening)
    subject = _with_common_noun(sentence, opening, subject)
    auxiliary = _AND_BE.search(window, previous) if not (conjunct or quoted or clock) else None
    bare = AND_VERB.match(window, previous) if not (conjunct or quoted or clock) else None
    modal = [m for m in MODAL_VERB.finditer(window, 0, previous)] if bare else []
    if conjunct:
        cut = conjunct - 1
    elif modal and not CLAUSE_COMMA.search(window, modal[-1].end(), previous):
        # "Selene-2 is expected to enter lunar orbit on March 19 and attempt a landing on March 23": the second verb
        # takes what the first hangs on ("Selene-2 is expected to")
        cut = window.index("and", previous) + 3
        verb = modal[-1].group().split()[-1]
        subject = re.match(r"([\s\S]*)", window[:modal[-1].end() - len(verb)])
    elif auxiliary and auxiliary.start() > max(cut, joined + 5) and (subject := _BARE_SUBJECT.match(sentence, left)):
        # "Shares in Northgate fell 6% on Monday after the disclosure and were down another 2% on Thursday": the
        # second verb is the sentence's subject's
        cut = auxiliary.end() - 1
    elif cut == joined + 5 and NO_SUBJECT.match(window, cut + 1):
        subject = SUBJECT.match(sentence, opening)  # "The recorders were found on Tuesday, and will be sent [on …]"
    elif cut == joined + 5 and past_verb(window, cut + 1):
        # "Halvorsen reported data on …, and presented [on …]"; "Last month, the ship Rubymar was hit …, and sank"
        subject = NAMED_SUBJECT.match(sentence, opening) or _lower_subject(sentence, left, opening)
        if subject and subject.group(1).strip() in DETERMINERS:
            # "The storm made landfall …, and weakened [later that day]": "The storm", not "The"
            subject = DETERMINED_SUBJECT.match(sentence, opening)
        subject = _with_common_noun(sentence, opening, subject)
    if cut > 0 and cut == determined and not subject and _VERB_BEFORE.search(window, 0, cut):
        return left, right, ""  # "committing [to present] a draft peace agreement by May 2": an object, no phrase
    joined_participle = _JOINED_PARTICIPLE.search(window, 0, cut) if cut > 0 and cut == determined else None
    if joined_participle is None and cut > 0 and cut == determined and not subject:
        joined_participle = _PARTICIPLE_AFTER.search(window, cut, own)
    if joined_participle and not subject:
        # "…, forcing hundreds from their homes and shutting [the city's airport] for several hours on Sunday": the
        # phrase is the participle's object; the line is the participle's clause (``event_participle`` gives it
        # the sentence's subject), not "The city's airport for several hours"
        return left + joined_participle.start("verb"), right, ""
    if cut <= 0 or quoted or (len(window[cut:].split()) < 3 and cut != joined + 5 and not conjunct
                              and not (modal and window[cut - 3:cut] == "and")):  # "would begin … and [conclude]"
        return left, right, ""
    if antecedent and cut == that + 5:
        subject = antecedent
    stop = re.search(r";|,(?!\d)|\s+and\s+(?:its|their|his|her)\s", sentence[end:right])  # "… in August 2023 and its conclusion"
    # (a comma inside a number, "around 1,600 sailors", ends nothing)
    # A comma stays, to show the date was an aside: "the 2022 election, held [the same autumn], the highest …"
    # Not an adverb of the first verb's: "The company first detected … and disclosed" is "The company disclosed"
    subject_end = subject.end(1) if subject else 0
    subject = _ADVERB_END.sub("", subject.group(1)) if subject else ""
    if subject and conjunct:
        subject = with_shared_auxiliary(sentence, subject_end, left + cut + 1, subject)
    return left + cut + 1, end + stop.start() + (stop.group() == ",") if stop else right, subject


def _after_opening_date(sentence: str, left: int, other_dates: list[tuple[int, int]]) -> int:
    """Where a clause's subject starts: after another date opening it with its comma ("[Last month, ]the ship Rubymar
    was hit …, and sank on March 2"), which is no subject; ``left`` when none opens it."""
    for other_start, other_end in other_dates:
        if (left <= other_start and not sentence[left:with_preposition(sentence, other_start)].strip()
                and (comma := re.match(r",\s+", sentence[other_end:]))):
            return other_end + comma.end()
    return left


def _whole_name(sentence: str, named: re.Match[str] | None) -> re.Match[str] | None:
    """``named``, or the subject up to its verb when a lower-case word goes on with it: "Saudi [envoy Yazid bin Farhan]
    held talks … and returned on Monday" is the envoy's, not "Saudi"'s."""
    if named is None or FINITE.match(sentence, named.end()) or date_rules.PAST_CUES.match(sentence, named.end()):
        return named
    return _UP_TO_VERB.match(sentence, named.start()) or named


_UP_TO_VERB = re.compile(r"\s*((?:[A-Za-z][\w'’.-]*\s+){1,10}?)(?=" + FINITE.pattern + ")")
"""A subject of up to ten words, no comma, up to its first finite verb: "Saudi envoy Yazid bin Farhan [held]"."""


def _lower_subject(sentence: str, left: int, opening: int) -> re.Match[str] | None:
    """A lower-case subject after an opening date ("the ship Rubymar [was hit]", "police [arrested]"), up to its first
    verb."""
    if opening <= left or not sentence[opening:opening + 1].islower():
        return None
    found = [m for m in (SUBJECT.match(sentence, opening), _BARE_SUBJECT.match(sentence, opening)) if m]
    return min(found, key=lambda m: m.end(1)) if found else None


_THAT_MODAL = re.compile(r"(?:the|a|an|its|their|his|her|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,3}?(?:would|will|could|should)\s")
"""A that-clause's subject and its modal: "that [the group would] hand over the remains … on Wednesday"."""


_VERB_BEFORE = re.compile(r"\bto\s+(?!the\b|a\b|an\b)[a-z]{3,}$")
"""An infinitive right before a noun phrase: the phrase is its object ("to present [a draft peace agreement]")."""


_JOINED_PARTICIPLE = re.compile(r",\s+[a-z]{3,}ing\s[^,;]*?\band\s+(?P<verb>[a-z]{3,}ing)"
                                r"(?:\s+(?:a|an|the|its|their)\s+(?:[a-z]+\s+){1,2}of)?$")
"""A second participle joined by "and" to a first after a comma, right before a noun phrase (or a part of one): its
object (", forcing residents from their homes and [shutting] the city's airport", "and [closing] a section of the
A15 motorway")."""


_PARTICIPLE_AFTER = re.compile(r",\s+(?P<verb>[a-z]{3,}ing)\s[^,;]*$")
"""A present participle after a noun phrase's comma, up to the date: "take her place in the exercise[, sailing] from
Portsmouth on Monday" tells what the sentence's subject does, not the exercise; the phrase is the participle's clause."""


_AGENT_BEFORE = re.compile(r"\b(?:[a-z]{2,}(?:ed|en)|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
                           r"(?:hit|struck|shot|held|made|built|sent|led|caught|brought|run|set|cut|hurt|shut|paid|sold"
                           r"|kept|bought|fought|found|lost|won|spread))\s+by$")
"""A participle's "by" before a noun phrase: the phrase is its agent, inside the subject, not where a clause opens
(an irregular participle too, after no "was": "A council [hit by] a ransomware attack at the weekend said on Thursday")."""


_SAID_PRONOUN = re.compile(r"\b(?:said|says|added|announced)\s+(?:(?:on\s+|last\s+|this\s+)?[A-Za-z]+\s+)?"
                           r"(?=(?:he|she|it|they|we)\s+(?:would|will|could|might|expected|expects|planned|plans"
                           r"|intended|intends|hoped|hopes)\s)|\bsaying\s+(?=(?:he|she|it|they|we)\s+(?:had|have|has)\s)")
"""A saying without "that", up to the pronoun opening what was said: "said [she would visit …]", "said last week [it
expected disruption …]" (its own date between)."""


_SHORT_NP = re.compile(r"((?:the|an?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})", re.IGNORECASE)
"""A short noun phrase: "the drone attack"."""


_AND_BE = re.compile(r"\s+and\s+(?=(?:was|were|is|are|has|have|had|will|would)\s+[a-z])")
"""An "and" and the auxiliary of a second verb without a subject of its own."""


_BARE_SUBJECT = re.compile(r"\s*((?:[A-Za-z][\w'’-]*\s+){1,5}?)(?=(?:fell|rose|jumped|dropped|slid|climbed|gained|lost"
                           r"|[a-z]{2,}ed|was|were|is|are|has|have|had|made|took|went|came)\b)")
"""A clause's subject of up to five words, no comma, up to its first verb: "Shares in Northgate [fell]"."""


_ADVERB_END = re.compile(r"\b(?:first|then|later|also|initially|quickly|finally|eventually|again|soon|briefly)\s+$")


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|into|across|inside|outside|throughout|around)$")
"""A preposition of place before a noun phrase: the phrase is where, not what the date dates."""


_CLOCK = re.compile(r"(?:\d\s*[ap]\.?m\.?|:\d\d|\b(?:noon|midday|midnight))$", re.IGNORECASE)
"""A clock time ending the text before a date: not the "noon" of "Friday afternoon"."""


_AGED_SUBJECT = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)(?:,\s+\d{1,3},)\s+(?=[a-z])")
"""A name with its age as the clause's subject: "Varga[, 24,] won …" (the age is not the line's)."""
