"""Clauses and lines: the text side of turning a dated sentence into a chronology line. A date's clause is cut from
its sentence (``clause``), a gapped or coordinated conjunct read with the date before it, and ``restates`` tells when
a saying's date only repeats an event another date tells. A clause's bounds are in ``event_span``, its line in
``event_line``, sentence bounds and tidying in ``event_sentence``, the background of a date (a thing it names, a
comparison) in ``event_background``, sayings and attribution in ``event_saying``."""

from __future__ import annotations

import functools
import re

from sourcebrief import date_rules
from sourcebrief.event_background import background
from sourcebrief.event_clause_parts import object_start, shared_passive
from sourcebrief.event_clause_parts import AUXILIARY
from sourcebrief.event_line import _RELATIVE_WORD, _line
from sourcebrief.event_participle import opening_aside_line, participle_line, passive_line
from sourcebrief.event_saying import attribution, dates_saying
from sourcebrief.event_sentence import FINITE, tidy, with_preposition
from sourcebrief.event_shorten import _DEED_THEN_WHEN
from sourcebrief.event_span import _span
from sourcebrief.event_subject import named_pronoun


def clause(sentence: str, start: int, end: int, other_dates: list[tuple[int, int]]) -> str:
    """The clause of ``sentence`` a date at ``[start, end)`` belongs to, without the date, to read as a line.

    A comma inside brackets splits no clause: "a DANA (depresión aislada en niveles altos, or isolated high-altitude
    depression), which swept …" is read with that comma hidden."""
    return _remembered_clause(sentence, start, end, tuple(other_dates))


@functools.lru_cache(maxsize=1 << 14)
def _remembered_clause(sentence: str, start: int, end: int, other_dates: tuple[tuple[int, int], ...]) -> str:
    """clause(), remembered (pure: shared copy gives the same sentences, their dates at the same places)."""
    masked = _BRACKETED.sub(lambda m: m.group().replace(",", _HIDDEN_COMMA), sentence)
    line = _clause(masked, start, end, list(other_dates)).replace(_HIDDEN_COMMA, ",")
    return _object_named(_OTHER_TIME_CLOSING.sub("", line) if _OTHER_TIME_CLOSING.search(line, 1) else line, sentence)


_THEM = re.compile(r"\b(?P<verb>[a-z]{3,}ed)\s+(?P<pronoun>them|it(?=\s*(?:$|[,.;)]|\s(?:on|at|in|by|from|after|before"
                   r"|until|to|for|with|later|again|and)\b)))\b")
"""A past verb whose object is "them" or "it" ("reopened them", "restored it"); not an "it" opening a clause of its
own ("warned it would cut jobs")."""
_FIRST_OBJECT = r"\b[a-z]{3,}ed\s+(?P<np>(?:(?:all|both|the|its|their|his|her|two|three|four|five|six|several|\d+)\s+){1,2}(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*s)\b"
"""The plural object of the verb before ("suspended [all flights]"), which the "them" of a later conjunct stands for."""
_FIRST_SINGLE = r"\b[a-z]{3,}ed\s+(?P<np>(?:(?:the|its|their|his|her)\s+)?(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*[a-rt-z])\b"
"""The singular object of the verb before ("suspended [load-shedding]", "closed [the plant]"), which the "it" of a later
conjunct stands for."""

_FIRST_COUNTED = re.compile(r"\b[a-z]{3,}ed\s+an?\s+(?:(?:first|second|third|new|previous)\s+)?(?P<noun>[a-z]{3,})\b"
                            r"(?=[^;]*?\s+and\s+(?:[a-z]+\s+){0,2}another\b)")
"""The noun a first conjunct's verb counts ("called a first [strike]"), which a later conjunct's "another" elides."""


def _object_named(line: str, sentence: str) -> str:
    """``line`` with the "them" of a second conjunct's verb named by the first's object, both of one subject: "…
    airport suspended all flights at 7 a.m. on Sunday … and reopened them at 2 p.m." gives "… airport reopened all
    flights", not "reopened them" (a reader has no "them"). A closing "another" gets the noun it elides ("called a
    first strike on Nov. 6 … and have threatened another on Dec. 4": "… have threatened another strike")."""
    if line.endswith(" another"):
        first = _FIRST_COUNTED.search(sentence)
        return line + " " + first["noun"] if first else line
    found = _THEM.search(line)
    if found is None:
        return line
    first = re.search((_FIRST_OBJECT if found["pronoun"] == "them" else _FIRST_SINGLE)
                      + r"(?=\s+(?:at|on|in|near|for|from|by|over|because|after|before|until|and)\b|,)"
                      r"[^;]*?\s+and\s+(?:then\s+|later\s+)?" + found["verb"] + r"\s+" + found["pronoun"] + r"\b", sentence)
    if first is None:
        return line
    return line[:found.start()] + found["verb"] + " " + first["np"] + line[found.end():]


_OTHER_TIME_CLOSING = re.compile(r",\s+(?:(?:just|only|shortly|some|a\s+few|several|two|three|\d+)\s+)?(?:weeks|days|"
                                 r"months|hours|years)\s+(?:before|after)\s+(?:the|a|an|its|their|his|her)\s[^,;]*$")
"""A closing clause of another event that times the line's ("…, weeks before the annual report was published"): it
tells that event, which another line dates; the line ends before it."""


_BRACKETED = re.compile(r"\([^()]{0,200}\)")
_INSERTED_WHERE = re.compile(r",\s+(?:where|when)\s+[^,;]*$")
"""A "where" or "when" clause inserted after a comma, up to its date: its line ends at its closing comma."""
_PHRASE_AFTER = re.compile(r",\s+(?:from|to|into|with|by|for|against)\s")
"""A main clause's phrase going on after an inserted clause's closing comma: "trimmed its outlook in July, when it
reported second-quarter results, [from] an initial forecast …"."""
_SAYING_CLOSES = re.compile(r",\s*(?:[\w'’.-]+\s+){1,6}?(?:said|says|told|added|reported|announced|confirmed)\b")
"""A saying after the comma, which closes the sentence, not a main clause: "…, where a gallery collapsed on Sunday,
officials said"."""
_HIDDEN_COMMA = "\x00"


def _clause(sentence: str, start: int, end: int, other_dates: list[tuple[int, int]]) -> str:
    """clause(), on a sentence whose bracketed commas are hidden."""
    start, end = coordinated(sentence, start, end, other_dates)
    aside = opening_aside_line(sentence, with_preposition(sentence, start), end)
    if aside is not None:
        return aside
    temporal = _temporal_clause(sentence, start, end, other_dates)
    if temporal is not None:
        return temporal
    gapped = _gapped(sentence, start, end, other_dates)
    if gapped is not None:
        return gapped
    passive = shared_passive(sentence, with_preposition(sentence, start), other_dates)
    if passive is not None:
        return tidy(passive)
    left, right, subject, aside = _span(sentence, start, end, other_dates)
    again = _AGAIN_AFTER.search(sentence, end, right)
    if again and (again.group().rstrip().lower().endswith("again") or again.start() == end) and any(
            s >= again.end() and not FINITE.search(sentence, again.end(), s) for s, _ in other_dates):
        right = again.start()  # "… on March 7 because of high winds [and again on Tuesday]": the later date's
    inserted = _INSERTED_WHERE.search(sentence, max(0, left - 12), start)
    closing = sentence.find(",", end, right) if inserted else -1
    if closing > 0 and (FINITE.search(sentence, closing, right) or _PHRASE_AFTER.match(sentence, closing)) and not \
            _SAYING_CLOSES.match(sentence, closing):
        right = closing  # "In Nysa, [where a dyke broke on Sunday], the water level began to fall": the aside's
    line = _line(sentence, start, end, left, right, subject, aside, other_dates)
    return with_deed(sentence, left, passive_line(line, sentence, start) or participle_line(line, sentence) or line)


def _temporal_clause(sentence: str, start: int, end: int, other_dates: list[tuple[int, int]]) -> str | None:
    """The line of a date inside a clause opened by "since", "after" or "before", which has its own subject and one
    verb, or None: "Since the Israeli war on Gaza began [on Oct. 7], the Houthis have attacked 61 ships" is "The Israeli
    war on Gaza began" (the ships were not all attacked that day), "The strikes came hours after Houthi leader
    Abdul-Malik al-Houthi vowed [on Thursday] to expand …" is "Houthi leader Abdul-Malik al-Houthi vowed to expand …"
    (the strikes came on Friday). Not "when" (what it opens happens with the main clause: "died when his vehicle was
    swept away on Tuesday"), "after talks on Sunday" (no verb), a clause with two verbs (the date may be the second's:
    "after the ICC ordered it to pay for exports the government authorised [between 2014 and 2018]")."""
    opening = with_preposition(sentence, start)
    found = None
    for found in _TEMPORAL.finditer(sentence, max(0, opening - 160), opening):
        pass
    if found is None or any(found.end() <= s < opening for s, _ in other_dates):
        return None
    body = sentence[found.end():opening]
    plain = _ACRONYM_ASIDE.sub("", body)  # "the Energy and Petroleum Regulatory Authority (EPRA) raised"
    verbs = list(FINITE.finditer(plain))
    groups = [v for n, v in enumerate(verbs) if not n or plain[verbs[n - 1].end():v.start()].strip() not in _IN_GROUP]
    verb = verbs[0] if len(groups) == 1 else None  # "had been admitted" is one verb
    subject = plain[:verb.start()].split() if verb else []
    bare_plural = (len(subject) == 1 and subject[0].endswith("s") and subject[0].isalpha()  # "after [polls] closed"
                   or subject and subject[0].lower() in _QUANTITY_OPENINGS)  # "after [hundreds of earthquakes] forced"
    if (not verb or not 0 < len(subject) <= 8 or _CLAUSE_MARK.search(plain) or subject[0][0].islower()
            and subject[0].lower() not in _DETERMINERS and not bare_plural
            or subject[-1].lower() in ("and", "or", "but", "then") or subject[-1].endswith("ly")):
        return None  # "after talks on Sunday", "since, on Monday", "after saying on …",
        # "fell 6% on Monday after the disclosure and were down 2% on Thursday" (the verb goes on with the subject),
        # "after an upwardly [revised] 159,000 in August" (a participle after its adverb, no verb)
    tail = re.match(r"[^,;:]*", sentence[end:]).group()
    if len(subject) == 1 and subject[0].lower() in ("he", "she", "it", "they"):
        named = named_pronoun(subject[0], sentence[:found.start()])  # "the Amir passed away, after [he] had been …"
        body = body.replace(subject[0], named, 1) if named else body
    return with_deed(sentence, found.end(), tidy(f"{body} {tail}".rstrip(" .")))


def with_deed(sentence: str, left: int, line: str) -> str:
    """``line``, the clause at ``left`` after a sentence's opening death or injury and its "after", told with that
    deed: "An 84-year-old man died after [the car he was travelling in hit a fallen tree] on Sunday" is the line "An
    84-year-old man died after the car … hit a fallen tree" (the car alone loses who died, the news)."""
    deed = _DEED_THEN_WHEN.match(sentence)
    if deed is None or deed.end() != left or not deed.group().rstrip().endswith("after") or not line:
        return line
    opening = line.split()[0]
    lowered = opening.lower() if opening.lower() in _DETERMINERS else opening
    return tidy(f"{deed['main']} after {lowered}{line[len(opening):]}")


_TEMPORAL = re.compile(r"\b(?:[Ss]ince|[Aa]fter|[Bb]efore)\s+")
"""A conjunction opening a clause of another time than the sentence's main clause."""
_ACRONYM_ASIDE = re.compile(r"\s+\([A-Z][A-Za-z]{1,7}\)(?=\s)")
"""A name's acronym in brackets after it, which is no clause mark: "the Energy and Petroleum Regulatory Authority
(EPRA)"."""
_IN_GROUP = frozenset({"", "not", "also", "already", "just", "been", "being", "reportedly", "later", "then"})
"""Words between two verbs of one verb group: "had [been] admitted", "was [reportedly] killed"."""
_CLAUSE_MARK = re.compile(r",(?!\d)|[;:\"“”()]|\s[-–—]\s|\b(?:who|which|that|whose|whom)\s")
"""A clause's end, or a relative clause inside its subject, whose date it would be: "after the man [who burned a
Quran … last month] held another protest"; not a number's comma: "3,800 residents")."""
_QUANTITY_OPENINGS = frozenset("hundreds thousands dozens scores millions several many some".split())
"""Lower-case words that open a plural subject of a quantity: "after [hundreds of earthquakes] forced …"."""
_DETERMINERS = frozenset("the a an its their his her this that these those he she it they".split())
"""Lower-case words that may open a clause's subject: a determiner, or a pronoun (named when it can be)."""


def _gapped(sentence: str, start: int, end: int, other_dates: list[tuple[int, int]]) -> str | None:
    """The line of a date in a conjunct that shares the verb of an earlier date's clause, or None: "The launch was
    scrubbed on March 7 because of high winds and again [on Tuesday]" is "The launch was scrubbed again"; "It passed
    its first reading in September and its second reading [on February 10]" is "It passed its second reading"."""
    opening = with_preposition(sentence, start)
    again = _AGAIN_BEFORE.search(sentence, max(0, opening - 70), opening) if " and " in sentence else None
    earlier = [(s, e) for s, e in other_dates if again and e <= again.start()]
    if not earlier or (again.group("np") and (FINITE.search(again.group("np")) or _MODAL.search(again.group("np")))):
        # "…, and the last batch will be flown [on Sunday]": a clause of its own, with its verb, not a gapped object
        return None
    first_start, first_end = max(earlier)
    left, _, subject, aside = _span(sentence, first_start, first_end, other_dates)
    stem = sentence[left:with_preposition(sentence, first_start)]
    if aside and left <= aside[0] < aside[1] <= left + len(stem):  # "The episode[, which started …,] broke"
        stem = stem[:aside[0] - left] + stem[aside[1] - left:]
    stem = _FIRST_END.sub("", stem.rstrip(" ,"))
    rest = re.match(r"[^,;:]*", sentence[end:]).group()
    if not again.group("np"):
        return tidy(f"{subject} {stem} again {rest}")
    determiner, verb = again.group("np").split()[0], FINITE.search(stem) or AUXILIARY.search(stem)
    parallel = stem.rfind(f" {determiner} ")  # the earlier conjunct's object opens with the same determiner
    if verb and parallel > verb.start():
        return tidy(f"{subject} {stem[:parallel]} {again.group('np')} {rest}")
    if again.group("np").split()[0].lower() == "the" or again.group("np")[0].isupper():
        # "will move over Georgia on Thursday and the Carolinas by Friday": the object after the shared verb
        first = _clause(sentence, first_start, first_end,
                        [(s, e) for s, e in other_dates if s != first_start] + [(start, end)])
        shared = object_start(first)
        if shared is not None:
            return tidy(f"{first[:shared]} {again.group('np')} {rest}")
    if verb and not subject and stem.lower().startswith(determiner.lower() + " ") and len(stem[verb.start():].split()) <= 3:
        # "The first round was held on Feb. 6, and the runoff two months later": the subjects are parallel (not
        # "moves inland over Georgia on Thursday and the Carolinas by Friday", whose verb is far from its date)
        return tidy(f"{again.group('np')} {stem[verb.start():]} {rest}")
    return None


_MODAL = re.compile(r"\b(?:will|would|can|could|may|might|must|shall|should|be|been)\b")
_NAME = r"(?-i:[A-Z][\w'’.-]*(?:\s+(?:of\s+|al-)?[A-Z][\w'’.-]*){0,5})"
"""A name as a gapped conjunct's object: "India's Narendra Modi", "the Emir of Qatar" is a determiner's."""
_AGAIN_AFTER = re.compile(rf"(?:,\s*)?\s+and\s+(?:then\s+)?(?:again\b|(?:its|the|their|his|her)\s|{_NAME}\s+"
                          r"(?:on|in|at|during|by)\s)", re.IGNORECASE)
_AGAIN_BEFORE = re.compile(r"(?:,\s*)?\s+and\s+(?:then\s+)?(?:again|(?P<np>(?:its|the|their|his|her)\s+[^,;]{1,40}?"
                           rf"|{_NAME}))\s+(?:(?:on|in|at|during|by|from|until|through)\s+)?$", re.IGNORECASE)
"""A second date of the same verb: "scrubbed on March 7 [and again] on Tuesday", "its first reading in September [and
its second reading] on February 10"."""


_FIRST_END = re.compile(r"(?:\s+(?:twice|three\s+times))?[\s:,]+(?:first|initially|once)$", re.IGNORECASE)
"""The first of the two times, which the second's line goes without: "broke the record twice: first"."""


def restates(sentence: str, start: int, end: int, other_dates: list[tuple[int, int]]) -> bool:
    """Whether the date at ``[start, end)`` dates only the saying that closes its sentence, and what was said is
    dated in its own clause by another date: "A turboprop crashed late Sunday shortly after takeoff, killing at least
    14 people, police said on Monday" tells one event, Sunday's; Monday's line would repeat it. Not when the other
    date names a thing ("the toll from Sunday's crash rose to 14, police said Monday"), dates a relative clause ("A door plug that
    blew off on Jan. 5 appeared to be missing bolts, the NTSB said on Tuesday") or a clause break parts it from the
    saying ("… on Sunday; the toll rose to 14, police said Monday")."""
    if not dates_saying(sentence, start):
        return False
    head = sentence[:with_preposition(sentence, start)]
    said = attribution(head, sentence[end:])
    if said is None or date_rules.FUTURE_CUES.search(head, 0, said) or date_rules.REPORTED_FUTURE_CUES.search(head, 0, said):
        return False  # "CAS will hear the appeal in October, the court said on Friday": the plan's news is Friday's
    return any(s < said and not dates_saying(sentence, s) and not sentence.startswith(("'s ", "’s "), e) and background(sentence, s, e, True) is None
               and not _BREAK_BETWEEN.search(sentence, e, said) and not _RELATIVE_WORD.search(sentence, 0, s)
               and not (sentence.startswith(",", e) and _main_finite(sentence, e, said))  # "The miners, rescued on
               # Friday, were in stable condition"; not "A leak … on Tuesday evening sent 52 people to hospital"
               for s, e in other_dates)


def _main_finite(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` holds a finite verb outside a relative clause: "were freed on Sunday,
    completing an exchange [that began] two weeks ago, the ICRC said" has none, "rescued on Friday, [were] in …" has."""
    return any(not _RELATIVE_OPENS.search(sentence, max(start, verb.start() - 12), verb.start())
               and not _SUBORDINATE_OPENS.search(sentence, max(start, verb.start() - 30), verb.start())
               and not _SUBORDINATE_SEGMENT.match(sentence, max(start, sentence.rfind(",", start, verb.start()) + 1))
               for verb in FINITE.finditer(sentence, start, end))


_RELATIVE_OPENS = re.compile(r"\b(?:that|which|who)\s+$")
_SUBORDINATE_OPENS = re.compile(r"\b(?:since|when|after|before|until)\s+(?:the|a|an|its|their)\s+[\w'’-]+\s+$")
"""A subordinate clause's subject before its verb: "the largest [since the war] broke out" is no main clause."""
_SUBORDINATE_SEGMENT = re.compile(r"\s*(?:after|before|since|until|because)\s+(?:the|a|an|its|their|his|her)\s")
"""A comma's segment opened by a subordinating word and a noun phrase: its verb is no main clause's ("…, [after a
ransom of $5 million was] paid, two local officials said on Friday")."""
_BREAK_BETWEEN = re.compile(r";|:|,\s+(?:and|but|or|which|who|while|when|as|where|although|though)\s"
                            r"|\s(?:but|while|whereas|when)\s|\sand\s+(?:the|a|an|its|their|his|her)\s|[—–]|\s-\s"
                            r"|\sand\s+(?:is|are|has|have|remains|remain)\s")
"""A clause break between a date and a saying (", although the town appeared …", "and is back in port"): what is
said after it is not that date's (not an "after" or "before" clause, which is part of what is said: "released the crew
late on Thursday, after a ransom was paid, officials said on Friday")."""
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|to|into|until|till|through|[-–])\s*(?:(?:early|late)\s+)?")
"""What joins two dates of one span or choice, with the part of day of the second ("late Wednesday or [early]
Thursday"), which goes with it."""


def coordinated(sentence: str, start: int, end: int, other_dates: list[tuple[int, int]]) -> tuple[int, int]:
    """Widen a date to the dates coordinated with it ("in 2017 and 2019"), so none is left dangling in the line."""
    changed = True
    while changed:
        changed = False
        for other_start, other_end in other_dates:
            if other_start >= end and _COORDINATION.fullmatch(sentence, end, other_start):
                end, changed = other_end, True
            elif other_end <= start and _COORDINATION.fullmatch(sentence, other_end, start):
                start, changed = other_start, True
    second_day = _SECOND_DAY.match(sentence, end) if _MONTH_DAY_END.search(sentence, start, end) else None
    return start, second_day.end() if second_day else end


_MONTH_DAY_END = re.compile(r"[A-Za-z]\.?\s+\d{1,2}(?:st|nd|rd|th)?$")
"""A date ending in its day after a month's name ("Jan. 11"), which a second day may follow (not a year: "in 2018
to 15")."""
_SECOND_DAY = re.compile(r"\s*(?:and|&|-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?\b(?=\s*(?:[,.;:)]|$))")
"""A second day of the same month after a date ("on Jan. 11 and 12"), which the line leaves out with it."""
