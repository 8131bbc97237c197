"""The background of a date: whether a date names a thing ("the 2022 election", "Sunday's crash") or a comparison
("the driest since 1950", "up from 4% in 2023") rather than dating the event its sentence tells, and the line such a
date gets (``background``, ``names_thing``, ``thing_named``)."""

from __future__ import annotations

import functools
import re

from sourcebrief.event_sentence import APPOSITIVE_CLOSED, FINITE, sentence_bounds
from sourcebrief.event_words import STOPWORDS


def names_thing(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` names a thing: "the 2022 election", "an April 5 runoff", "[the 25 May]
    election"."""
    noun = _NOUN_AFTER.match(text, end)
    return bool((_DETERMINER_BEFORE.search(text, max(0, start - 6), start) or re.match(r"the\s+\d", text[start:start + 8]))
                and noun and noun.group(1) not in STOPWORDS)


_RECORD_BEFORE = re.compile(r"\bthe\s+(?:(?!(?:pro|inter|re|fo|harv|con|conqu|arr|inqu|manif)est\b)[a-z]{2,}est|worst|best"
                            r"|most\s+[a-z]+|(?:highest|lowest|largest|biggest)\s+(?!since\b)[a-z]+)\s+(?:(?:so\s+far\s+)?(?:in|of|for)\s+)?$")
"""A superlative right before a date ("the highest [this year]", "the worst in [a decade]"): the date is the record's
window, not a coarser statement of the day the sentence tells."""


_COUNT_BEFORE = re.compile(r"\b(?:is|was|are|were|marks|marked|becomes|became)\s+(?:the|its|their|his|her|[a-z]'s|[a-z]’s)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth"
                           r"|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?!of\b)[^,;.]{0,60}$")
"""An ordinal counting occurrences before a date ("the second outbreak on a cruise ship in Bergen [this year]")."""
_WINDOW = re.compile(r"(?:this|the\s+past|the\s+last)\s+(?:year|month|week|decade|season|summer|winter|spring|autumn)$",
                     re.IGNORECASE)
"""A date that is a window of time counted to now ("this year", "the past decade"), not a day something happened."""


def record_window(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is a window of time ("this year") of a record the words before it name
    ("…, the highest this year")."""
    return bool(_WINDOW.match(text[start:end]) and _RECORD_BEFORE.search(text, max(0, start - 40), start))


def counted_window(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is the window of a count a copula tells ("It is the second outbreak on a
    cruise ship in Bergen this year"): a record, no event (not "has cut rates for the second time this year", a deed)."""
    return bool(_WINDOW.match(text[start:end]) and _COUNT_BEFORE.search(text, max(0, start - 100), start))


def thing_named(text: str, start: int, end: int) -> str | None:
    """The thing a date names, with its determiner ("the 25 May election"), else None."""
    if not names_thing(text, start, end):
        return None
    thing = _THING_AFTER.match(text, end)
    before = _DETERMINER_BEFORE.search(text, max(0, start - 6), start)
    return (before.group() if before else "") + text[start:thing.end()] if thing else None


_DETERMINER_BEFORE = re.compile(r"\b(?:an?|the|its|his|her|their)\s+$", re.IGNORECASE)
_COUNTED_SINCE = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[a-z]+\s+){0,3}?(?:[a-z]{2,}ed|freed|killed|taken|held)\s+since\s+$",
                            re.IGNORECASE)
"""A noun and a participle counting from a date: "the total number [released since] Friday" (in a sentence another
date dates)."""
_SINCE = re.compile(r"\bsince\s+(?P<np>(?:[^,;.\s]|\.(?=\d))+(?:\s+(?:[^,;.\s]|\.(?=\d))+){0,5}\s+)?$", re.IGNORECASE)
"""A "since" up to six words before a date, the words between ("since a 7.6 quake in [1999]")."""
_SINCE_ELSEWHERE = re.compile(r"\d{4}\b|.*\b(?:and|but)\s+(?:was|were|is|are|has|have|had|\w+ed)\b")
"""Words after a "since" that make it another date's ("since 2020 …") or another clause's ("… and was …")."""
_SUPERLATIVE = re.compile(r"\b(?:\w+est|worst|best|most\b|first"
                          r"|(?:(?<=the\s)|(?<=its\s)|(?<=his\s)|(?<=her\s)|(?<=their\s)|(?<='s\s)|(?<=’s\s))"
                          r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))(?!\s+of\b))"
                          r"\b[^,;]{0,40}$", re.IGNORECASE)
"""A superlative or an ordinal ("the third such attack", not "a fifth of their value") before "since": a record."""
_PERFECT_RUNNING = re.compile(r"\b(?:has|have|had)\s+(?:not\s+)?(?:been\s+[a-z]{3,}ing\b|(?P<done>(?:been\s+)?(?:[a-z]+ly\s+)?"
                              r"(?:[a-z]{2,}(?:ed|en)|fled|left|lost|grown|risen|fallen|seen|come|gone)\b))[^,;:]*$")
"""A perfect clause running up to a "since": progressive ("has been burning"), or a done deed ("have died")."""
_DAYS = re.compile(r"\b(?:\d{1,2}|[A-Za-z]*day|weekend|morning|afternoon|evening|night)\b", re.IGNORECASE)
"""A date of a day or part of one ("Saturday", "June 15", "the weekend"): a since-count of days runs up to the telling
(not "since mid-October", a campaign's start)."""
_COUNTED = re.compile(r"(?:(?:at\s+least|more\s+than|over|about|nearly|some)\s+)?(?:(?<![\d.,])\d{1,3}(?:,\d{3})*(?=\s)"
                      r"|(?:dozens|hundreds|thousands|scores|millions|several|many)\b)", re.IGNORECASE)
"""A count: the perfect's subject ("[38] people have died") or its object ("had received [310] patients")."""


def _running_since(text: str, since: int) -> bool:
    """Whether the "since" at ``since`` ends a perfect clause counting up to the telling: a progressive ("a wildfire
    that has been burning … since Tuesday afternoon") or a count ("at least 38 people have died … since Saturday",
    "had received 310 patients since Saturday"). What it tells runs to now; the since-day holds no deed of its own (not
    "has been closed since Monday", the closing's day)."""
    opening = max(text.rfind(". ", 0, since), text.rfind("; ", 0, since), text.rfind(": ", 0, since))
    clause = text[max(opening + 1, since - 200):since]
    running = _PERFECT_RUNNING.search(clause)
    subject = clause.rfind(", ", 0, running.start()) + 1 if running else 0  # "…, which have been halted": none
    return bool(running) and (not running["done"] or bool(_COUNTED.search(clause, subject, running.start()))
                              or bool(_COUNTED.match(clause, running.end("done") + 1)))


_NEVER = re.compile(r"\bnever\s+(?:been\s+)?(?:seen|had|known|recorded|witnessed|experienced)\b[^,;]{0,60}$",
                    re.IGNORECASE)
"""A negated experience before a "since" ("have never seen so many bodies … since"): a record, like a superlative."""
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
_WHEN_AFTER = re.compile(r",?\s+when\s+((?:[^,;.]|,(?=\d)|\.(?!\s+[A-Z]))+)")
_THAT_AFTER = re.compile(r",?\s+(?:that|which)\s+((?:[^,;]|,(?=\d))+)")
_COMPARED_TERM = re.compile(r"(?:\b(?:compared\s+(?:with|to)|versus|vs\.)\s+|\bfrom\s+(?:about\s+|around\s+|some\s+)?"
                            r"[$€£¥]?\d(?![\d.,]*\s*(?:[ap]\.?m\b|[:/h]|GMT|noon)))(?:[^,;.]|[.,](?=\d)){0,40}$", re.IGNORECASE)
"""The second term of a comparison up to its date, in a sentence with another date: "up from 0.9 million tonnes [a year
earlier]", "compared with $3 million [last year]"."""
_COMPARED_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|climbing|dropping)\s+from\s+[^,;]{1,30}?\s+(?:(?:in|on|at|during|a year earlier in)\s+)?$"
    r"|\b(?:compared\s+(?:with|to)|versus|against(?=\s+[^,;]{0,20}\d))\s+[^,;]{1,30}?\s+(?:in|on|at|during)\s+$"
    r"|\bfrom\s+(?:US\$|[$€£])?\d[\d.,]*\s*(?:%|per\s?cent|percent|million|billion)?\s+(?:in|on|at)\s+$"
    r"|\b(?:premium|discount)\s+(?:to|on|over)\s+[^,;]{1,50}?\s+(?:in|on|at|as\s+of)\s+$"
    r"|\d[\d.,]*\s*(?:%|per\s?cent)?\s+(?:more|fewer|less|higher|lower)\s+than\s+$"
    r"|\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+(?:from|over|versus)\s+$|\b(?:more|fewer|higher|lower|greater)\s+than\s+$"
    r"|\b(?:(?:up|down)(?:\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?[\d.,]+\s*(?:%|per\s?cent|percent|-?fold))?"
    r"|(?:rose|fell|rising|falling|jumped|dropped|increased|decreased|grew|surged|slumped|climbed)\s+(?:by\s+)?"
    r"(?:about\s+|nearly\s+|almost\s+|some\s+)?[\d.,]+\s*(?:%|per\s?cent|percent|-?fold))"
    r"\s+(?:from|versus|compared\s+(?:with|to))\s+(?:the\s+same\s+(?:period|quarter|month)\s+)?$"
    r"|\b(?:higher|lower|more|fewer|less|greater|bigger|smaller|above|below)\s+(?:than\s+)?(?:the\s+)?(?:[$€£]?\d[\d.,]*"
    r"(?:\s+[a-z]+)?)\s+(?:given|announced|reported|cited|published|released|estimated)\s+(?:on|in|at|by)\s+$",
    re.IGNORECASE)
"""A comparison's earlier figure just before the date: "up from 61% in [August]", "compared with 3.1% in", "a 38%
premium to Halden's closing price on [March 7]", "40 more than [a week earlier]" (not "more than 85 targets
in Iraq on [February 2]"); or a change against its base, the base being the date: "up 470% from [a year earlier]"
(not "prices rose from [Monday]": a change from a day, with no figure, starts then; nor "fell 8% on [Monday]"); a
share's base: "0.4% for the month and 4% from [a year ago]", "more than [last year]"; the figure told before, a comparison's term: "far higher than the 1,600 given on [Sunday]"."""
_LIKE_BEFORE = re.compile(r"(?:^|[,(—–-]\s*|\s)(?:just\s+|much\s+)?(?:like|as)\s+(?:in|on|during)\s+$", re.IGNORECASE)
"""A likeness up to its date: "an earthquake, like in [2001]", "just as in [2019]": the date is the term compared."""
_CALLED_OFF_BEFORE = re.compile(
    r"\b(?:called\s+off|cancell?ed|scrapped|abandoned|averted|shelved)\s+(?:the\s+|a\s+|its\s+|their\s+)?"
    r"(?:[a-z0-9-]+\s+){0,3}(?:planned|scheduled|set|due)\s+(?:for|on|to\s+(?:begin|start|take\s+place)\s+(?:on|in)?)"
    r"\s*(?:the\s+)?$|\b(?:called\s+off|cancell?ed|scrapped)\s+(?:its|their|the)\s+$", re.IGNORECASE)
"""A plan called off, up to the date it was planned for: "called off strikes planned for [next week]" (no event then;
the calling off is dated by its own date, if any)."""
_THING_THEN = re.compile(r"\b(?:on|in|from|by)\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}|\d{4}"
                         r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+"
                         r"(?:after|before|ahead\s+of|following)\s+(?P<np>(?:the\s+|an?\s+)?[\w'’-]+(?:\s+[\w'’-]+)"
                         r"{1,5}?\s+)(?-i:on|in|at)\s+$")
"""A thing a clause dated just before is told after or before, up to its own date: "will join [on 11 November after
Sporting's game against Braga on] Sunday" dates the game, not the joining (not a clause of its own: "after the police
arrived on Sunday"; nor a thing after an undated verb: "meant to reopen after the holidays on Monday" is the
reopening's Monday)."""
_RESCHEDULED = re.compile(r"\b(?:postponed|delayed|moved|pushed\s+back|put\s+off|brought\s+forward|rescheduled"
                          r"|deferred)\s+(?:the\s+|its\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?from\s+(?:[\w.'’-]+\s+){0,3}?"
                          r"(?:to\s+)?$"
                          r"|\b(?:postponed|delayed|pushed\s+back|put\s+off|brought\s+forward)\s+(?:[^\s,;]+\s+){1,20}?"
                          r"by\s+(?:one|a|an|two|three|\d+)\s+(?:day|week|month|hour)s?\s+to\s+$", re.IGNORECASE)
"""A thing moved from one date to another, up to either: "pushed back the launch from [Thursday] to [Friday]",
"postponed the launch of its new rocket from the Tanegashima Space Center by one day to [Friday]"."""


def rescheduled(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the old or the new date of a thing moved ("pushed back the launch from Thursday
    to Friday on Wednesday"): neither dates an event of the sentence, nor parts its clause from the move's own date."""
    return bool(_RESCHEDULED.search(text, max(0, start - 160), start))


_AFTERMATH_OF = re.compile(r"\b(?:debris|damage|aftermath|destruction|wreckage|rubble|ruins|recovery|fallout"
                           r"|victims|survivors|scars)\s+(?:from|of|left\s+by)\s+(?:the\s+)?[A-Z][\w'’-]*"
                           r"(?:\s+[A-Z][\w'’-]*){0,3}\s+$")
"""What a named disaster left, up to its date: "debris from Hurricane Helene [less than two weeks ago]" dates the
storm the noun names, not the clause around it (in a sentence another date dates)."""
_PERIOD_OF = re.compile(r"\b(?:forecasts?|guidance|outlook|targets?|estimates?|projections?|budgets?|expectations?"
                        r"|(?:alerts?|warnings?|advisor(?:y|ies)|watch(?:es)?)(?:\s+for\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)"
                        r"\s+for\s+(?:the\s+)?$", re.IGNORECASE)
"""A forecast's period ("raised its revenue forecast for [fiscal 2025]"), a weather alert's ("issued an orange alert for
Mumbai for [Tuesday]"): the forecast or alert was made then, not for then."""
_BUDGET_AFTER = re.compile(r"\s+(?:(?:national|federal|state|annual|draft|supplementary|proposed)\s+)?"
                           r"(?:budgets?|appropriations?(?:\s+(?:bill|act|law))?|spending\s+(?:plan|bill)s?"
                           r"|finance\s+(?:bill|act|law)s?)\b", re.IGNORECASE)
"""A budget a year names ("the [2024] Appropriation Bill", "its 2025 budget"): the year it covers, like a forecast's
period (_PERIOD_OF), is no date of an event."""


def budget_year(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is a year naming a budget ("the 2024 Appropriation Bill"): part of the
    budget's name, it dates no event and parts no clause."""
    return bool(re.fullmatch(r"\d{4}", text[start:end]) and _BUDGET_AFTER.match(text, end))


_PRODUCT_DATE_BEFORE = re.compile(
    r"\b(?:best[- ]by|use[- ]by|best[- ]before|sell[- ]by|expiration|expiry|lot)\s+(?:dates?|codes?)\s+"
    r"(?:of\s+|from\s+|between\s+|through\s+|to\s+|ranging from\s+)?$"
    r"|\b(?:bonds?|notes?|debt|securities|treasur(?:y|ies)|loans?)\s+(?:due|maturing)(?:\s+in)?\s+$", re.IGNORECASE)
"""A date printed on a product ("best-by dates from January 2025") or a bond's maturity ("bonds due 2050"), which
dates no event."""
_PERIOD_PART = r"(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?"
"""A part of the period a date names, before it: "until [the end of] 2025"."""
_UNTIL_BEFORE = re.compile(rf"\b(?:until|till|through)\s+{_PERIOD_PART}$|(?<!\bday\s)(?<!\bweek\s)\b(?:after|before)\s+$"
                           r"|\b(?:from|between)\s+[^,;.]{1,30}\s+(?:to|and|until|till|through)\s+$", re.IGNORECASE)
"""A date a period runs until ("extend cuts of 3.66 million barrels per day until the end of 2025"), or that another
date is measured from ("the day after", "a week before" are that date's)."""


_EXTEND = r"extend(?:s|ed|ing)?\b(?:[^,;.]|\.\d){0,60}?"
_INTO_BEFORE = re.compile(rf"\b(?:well\s+into|(?:last(?:s|ed|ing)?\b(?:[^,;.]|\.\d){{0,60}}?|continu(?:e|es|ed|ing)\b"
                          rf"(?:[^,;.]|\.\d){{0,60}}?|stretch(?:es|ed)?\b(?:[^,;.]|\.\d){{0,60}}?|{_EXTEND})\binto"
                          rf"|{_EXTEND}\b(?:until|till|through))\s+{_PERIOD_PART}$", re.IGNORECASE)
"""A period a thing lasts or is extended into, or until: its horizon, no event ("extend its cuts into 2025", "to last
well into the second half of the year", "extend voluntary cuts until the end of the third quarter"); not "slipped
into 2026" (the delay's new date), "overnight on Wednesday into Thursday" nor "the curfew lasted until Monday" (it
ended then)."""


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_AND_AFTER = re.compile(r"\s*(?:,\s*)?and\s+")
_TO_AFTER = re.compile(r"\s*(?:to|until|till|through|[-–])\s*")
_LONG_PERIOD = re.compile(r"(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]+\.?\s+)?\d{4}")
"""A year or a month of a year: a span from one to another is a stretch of years or months, no start of a deed."""


def opens_range(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` opens a range another date closes: "between 2019 and 2022", "between
    Saturday (4) and Wednesday (8)", "from 2019 to 2022" (not "from Monday to Wednesday", whose first day starts
    what it dates). Dated by its first end alone, the line would be wrong; a range has no one date to give it."""
    before = text[max(0, start - 12):start]
    if _BETWEEN_BEFORE.search(before):
        return bool(_AND_AFTER.match(text, end))
    return bool(_FROM_BEFORE.search(before) and _TO_AFTER.match(text, end)
                and _LONG_PERIOD.fullmatch(text, start, end))


@functools.lru_cache(maxsize=1 << 14)
def background(text: str, start: int, end: int, other_dates: bool) -> str | None:
    """The line for a date that is not when its sentence's event happened, "" when it dates no event; None for
    the other dates, whose line is their clause (a memo of a pure function: shared copy repeats paragraphs).

    The "since" of a comparison dates only what the comparison names: "the strongest since 1999, when a 7.7 quake
    killed 2,400" is a 1999 line "A 7.7 quake killed 2,400", "since a 7.6 quake in 1999 that killed 2,400" one
    "A 7.6 quake killed 2,400"; "the deadliest since 2010" and "since the 2010 earthquake" name no event; "since the outbreak was first reported on
    Jan. 29" dates its clause, "The outbreak was first reported" (not "the warmest since records began in 1950"). An
    "until" or a possessive beside another date ("said on Tuesday it would extend the curfew until Friday", "the
    toll from Wednesday's quake rose to 12, officials said Friday") dates none either."""
    before = text[max(0, start - 80):start]
    if _INTO_BEFORE.search(before):
        return ""  # "extend its cuts into 2025", "to last well into the second half of the year": a horizon, no event
    if other_dates and (_UNTIL_BEFORE.search(before) or text.startswith(("'s ", "’s "), end)
                        or _COMPARED_TERM.search(before)):
        return ""  # "… until Friday", "the death toll from Wednesday's earthquake has risen to 12, … said Friday"
    if budget_year(text, start, end):
        return ""  # "passed the 2024 Appropriation Bill": the year the budget covers, no event's
    if (_COMPARED_BEFORE.search(before) or _PRODUCT_DATE_BEFORE.search(before) or _PERIOD_OF.search(before)
            or _LIKE_BEFORE.search(before)):
        return ""  # "77% supported the ban, up from 61% in August": the earlier figure is no event of its own; "we
        # thought it was an earthquake, like in 2001": the likeness names no event
    if other_dates and _COUNTED_SINCE.search(before):
        return ""  # "…on Sunday, bringing the total number released since Friday to 887": a count's start, no event
    thing_then = _THING_THEN.search(before) if other_dates else None
    if thing_then and not FINITE.search(thing_then["np"]) and not text.startswith(("'s", "’s"), end):
        return thing_then["np"].strip()  # "will join on 11 November after Sporting's game against Braga on Sunday"
    if other_dates and rescheduled(text, start):
        return ""  # "pushed back the launch from Thursday to Friday on Wednesday": the old day and the new one
    if other_dates and _AFTERMATH_OF.search(before):
        return ""  # "churned toward a coast still piled with debris from Hurricane Helene less than two weeks ago"
    if other_dates and record_window(text, start, end) or counted_window(text, start, end):
        return ""  # "reached 47C on Monday afternoon, the highest this year": the record's window, no event
    if _CALLED_OFF_BEFORE.search(before):
        return ""  # "have called off strikes planned for next week": what was planned then will not happen
    if text.startswith(("'s ", "’s "), end):
        return _possessed(text, start, end)
    since = _SINCE.search(before)
    if since is not None and _SINCE_ELSEWHERE.match(since.group("np") or ""):
        since = None  # "in power since 2020 and was hospitalised [last month]": the "since" is another date's
    if since is None:
        return named_thing(text, start, end)
    closing = text.find(",", end)
    if other_dates and closing >= 0 and re.search(r",\s[^,]*$", before) and APPOSITIVE_CLOSED.match(text, closing):
        return ""  # "Modi, a close ally since 2014, visited Moscow on Monday": a state told in an aside
    noun = _NOUN_AFTER.match(text, end)
    noun = noun.group(1) if noun and noun.group(1) not in STOPWORDS else ""
    np = re.sub(r"\s+(?:in|of|from)\s+$", " ", since.group("np") or "").strip()
    when = _WHEN_AFTER.match(text, end)
    if when and not noun and FINITE.search(when.group(1)):
        return when.group(1)  # "since December 23, when 12 Turkish soldiers were killed": what happened then
    if _NEVER.search(before, 0, since.start()) and not np.removeprefix("the").strip():
        return ""  # "We have never seen so many bodies in a single day since 2015": a record, no 2015 event
    if not (noun or np.removeprefix("the").strip() or _SUPERLATIVE.search(before, 0, since.start())):
        if _DAYS.search(text, start, end) and _running_since(text, start - len(before) + since.start()):
            return ""  # "38 people have died since Saturday", "a fire that has been burning since Tuesday": no deed
        return None  # "since February": the state that began then
    if when:
        return when.group(1)
    if not noun and FINITE.search(np) and not _SUPERLATIVE.search(before, 0, since.start()):
        return re.sub(r"\s+(?:on|in|at|during)$", "", np)  # "since the outbreak was first reported on Jan. 29"
    that = _THAT_AFTER.match(text, end + (len(noun) + 1 if noun else 0))
    return f"{np} {noun} {that.group(1)}" if that and (np or noun) else ""


_THING_BEFORE = re.compile(r"\b(?P<prep>of|after|before|following|ahead\s+of|from|over|about|against|for|to|on|into|"
                           r"around|toward|towards|below|above|under|beyond)\s+(?P<det>the|an?)\s+$", re.IGNORECASE)
"""A preposition and determiner before a date naming a thing: "the first round [of the] 2022 election"."""
_THING_AFTER = re.compile(r"(?:\s+(?!(?:and|or|but|in|on|at|by|with|which|that|who|when|was|were|is|are|has|had|have"
                          r"|will|would|could|should|may|might|to|for|of|as)\b)(?:[a-z][\w-]*|[A-Z]{2,5}(?=\s+[a-z])))"
                          r"{1,3}(?=[\s,;.:)”\"'’]|$)")
"""The lower-case words naming the thing after its date, with an acronym among them: "[2022] presidential election",
"[last week's] global IT outage"."""
_MEASURES = frozenset("figure figures level levels total totals rate rates average record high low peak budget price "
                      "prices forecast estimate estimates".split())


def _possessed(text: str, start: int, end: int) -> str | None:
    """The line for a date owning a thing ("Tuesday's attack"): None when the thing opens its clause or the clause
    acts on it then, whose line it is ("Tuesday's attack killed 12": "The attack killed 12"; "won Saturday's
    election"); else the thing alone, since the clause around it tells of another time ("police are still
    investigating Tuesday's attack": "The attack"), or "" when no thing is named."""
    left, _ = sentence_bounds(text, start, end)
    lead = re.split(r"[,;:]", text[left:start])[-1]
    other_time = _OTHER_TIME_OPENING.fullmatch(lead) and _THING_THEN_COMMA.match(text, end)
    if not other_time and (not _LEAD_PREPOSITION.sub("", lead).strip() or _DONE_TO.search(lead) or _SAID_IN.search(lead)):
        return None  # "told reporters after Tuesday's scrub": the saying's day, and its line
    thing = _THING_AFTER.match(text, end + 2)
    if thing is None or thing.group().split()[-1] in _MEASURES:
        return ""  # "well below Friday's closing price of 1.86 francs": a measure's day, no event
    acted = next((w for w in re.finditer(r"[\w-]+", thing.group()) if w.start() and FINITE.fullmatch(w.group())), None)
    if acted is not None:
        # "after last night's blackout plunged much of Glasgow's West End into darkness": the thing's own clause,
        # not "The blackout plunged much"
        return f"the {re.match(r'[^,;.:]*', text[end + 3:]).group().rstrip()}"
    where = _WHERE_AFTER.match(text, thing.end())  # "Tuesday's explosion at the Iqoxe plant"
    if other_time and where is None and len(thing.group().split()) == 1:
        return ""  # "After Tuesday's collapse, …": "The collapse" alone tells a reader nothing the clause's own line
        # does not, and the clause after the comma is later: no line
    return f"the {text[end + 3:where.end() if where else thing.end()]}"


_TITLE_AFTER = re.compile(r"\s+[A-Z][\w'’-]+(?:\s+(?:(?:of|on|for|and)\s+)?[A-Z][\w'’-]+)*")
"""A name after its year: "[1948] Genocide Convention", "[2015] Paris Agreement", "[1979] Islamic Revolution"."""
_HAPPENING_AFTER = re.compile(r"\s+(?:oil\s+)?(?:spill|disaster|crash|attacks?|bombings?|earthquake|quake|fire|floods?|"
                              r"explosion|blast|shooting|collapse|accident|derailment|sinking|eruption|outbreak|massacre|"
                              r"riots?|protests?|war|scandal|crisis|strikes?|summit|elections?)\b")
"""A happening's noun after a name and its year: "the 2007 Cosco Busan [spill]" (the ship's name alone is no event)."""
_PLACE_NAMED_AFTER = re.compile(r"\s+(?:in|at|near|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_DID_AFTER = re.compile(r",?\s+(?:which|that)\s+((?:killed|injured|wounded|destroyed|left|hit|struck|damaged)\b[^,;.]*)")
"""What a thing a date names did, in a relative clause after it: "which killed nearly 100 people"."""
_WHERE_AFTER = re.compile(r"\s+(?:at|in|on|near|off|outside)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?(?=[,;.:)]|$)")
"""Where a possessed thing happened, to the end of its phrase: " at the Iqoxe plant", " on the embassy in Kabul"."""
_DONE_TO = re.compile(r"\b(?:during|in|at|on|won|lost|held|staged|attended|boycotted|contested|called|cancell?ed"
                      r"|postponed|led|joined)\s+$", re.IGNORECASE)
"""Words before a possessive date that put its clause at the thing's time: "won Saturday's election", "during
Tuesday's protest" (not "investigating", "after" or "of" it)."""
_SAID_IN = re.compile(r"\b(?:said|says|told|added)\b")
_OTHER_TIME_OPENING = re.compile(r"\s*(?:after|before|following|since|ahead\s+of)\s+", re.IGNORECASE)
_THING_THEN_COMMA = re.compile(r"['’]s\s+[^,;.]{1,40},")
"""A sentence opening "After Monday's vote," : the clause after the comma is later than the thing (the talks begin after
the vote), so the date is the thing's line, not the clause's."""
_LEAD_PREPOSITION = re.compile(r"^\s*(?:in|on|at|after|before|during|following|since|despite|by|from|with)?\s*", re.I)


def named_thing(text: str, start: int, end: int) -> str | None:
    """The line for a date naming a thing that the sentence only mentions ("turnout was 58.6% in the first round of
    the 2022 election", "came to power after the 2020 election"): the thing, or what a following "when" says
    happened then ("after the 2022 election, when his party won 41 seats"); "" for a measure ("below the 2023
    level"); None when the date is not such a name or the sentence tells of the thing itself ("won the 2022
    election", "in the 2022 election")."""
    titled = _TITLE_AFTER.match(text, end) if re.fullmatch(r"\d{4}", text[start:end]) else None
    if titled and re.search(r"\S\s+the\s+$", text[max(0, start - 8):start]):  # (not the sentence's subject: "The
        # 1979 Islamic Revolution toppled the Shah" tells of it)
        kind = _HAPPENING_AFTER.match(text, titled.end())  # "the 2007 Cosco Busan [spill]": the name's happening
        return f"the {text[start:kind.end() if kind else titled.end()]}"  # "breaching the 1948 Genocide Convention"
    before = _THING_BEFORE.search(text, max(0, start - 20), start)
    thing = _THING_AFTER.match(text, end)
    if before is None or thing is None:
        return None
    if thing.group().split()[-1] in _MEASURES:
        return ""
    when = _WHEN_AFTER.match(text, thing.end())
    if when:
        return when.group(1)
    where = _PLACE_NAMED_AFTER.match(text, thing.end())
    did = _DID_AFTER.match(text, where.end() if where else thing.end())
    named = text[start:where.end() if where and did else thing.end()]
    return f"{before.group('det')} {named}" + (f" {did.group(1)}" if did else "")  # "the January 3 bombings in
    # Kerman which killed nearly 100 people": what the thing did
