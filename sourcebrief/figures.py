"""Find counted quantities ("more than 85 targets", "$1.5 billion", "30%") in running text."""

from __future__ import annotations

import functools
import re
from types import MappingProxyType

from .figure_neighbours import elided_counts, inherit_unit
from .figure_parts import ratio_denominator
from .figure_units import (BASIS_POINTS, FRACTION_OF_POINT, MEASURE, MEASURE_UNITS, POINTS_MOVED,
                           QUALIFIER_BEFORE as _QUALIFIER_BEFORE, QUALIFIERS as _QUALIFIERS, TO_SHARE,
                           people_in_state)
from .model import record
from .number_words import SMALL as _SMALL, TENS as _TENS, VALUES


@record
class Figure:
    """One quantity stated in a text, with what it counts."""

    start: int
    """Offset of the first character of the span (qualifier included)."""
    end: int
    """Offset just past the span (counted noun included)."""
    text: str
    """The span itself, e.g. ``more than 85 targets``."""
    value: float | int
    """The number, scaled: ``$1.5 billion`` is 1500000000, ``a third`` is 0.333."""
    unit: str
    """What is counted, singular: ``troop``, ``bank``, ``people``, ``%``, ``USD``; "" if unsaid."""
    qualifier: str | None
    """Normalised hedge: ``more than``, ``less than``, ``at least``, ``at most``,
    ``about``, ``nearly``, ``up to``, ``between`` (a range); None for a plain number."""
    low: float | int | None = None
    """The lower bound of a range ("between 30 and 35 people": 30, ``value`` 35); None otherwise."""


_WORD_VALUES = MappingProxyType({
    **VALUES,
    "a": 1, "an": 1,
})
_SCALES = MappingProxyType({
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "tn": 1_000_000_000_000, "m": 1_000_000, "mn": 1_000_000, "k": 1_000,
    "dozen": 12, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
})
_ISO_CODES = ("USD", "EUR", "GBP", "CHF", "JPY", "CNY", "AUD", "CAD", "NZD", "HKD", "SGD", "INR", "SEK", "NOK", "DKK")
"""Currency codes written before an amount: "EUR 1.2 billion", "CHF 30 million"."""
_CURRENCIES = MappingProxyType({"us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "a$": "AUD", "au$": "AUD",
                                 "$us": "USD", "$a": "AUD", "$au": "AUD", "$nz": "NZD",  # as Australia writes: "$US1m"
                                 "rs": "INR", "rs.": "INR", "₹": "INR", "sfr": "CHF", "rp": "IDR",
                                 "c$": "CAD", "ca$": "CAD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD",
                                 "₦": "NGN", "n": "NGN",
                                 **{code.lower(): code for code in _ISO_CODES}})
_CURRENCY_NOUNS = MappingProxyType({
    "dollar": "USD", "euro": "EUR", "dinar": "IQD", "pound sterling": "GBP", "sole": "PEN",
})
_NATIONAL_CURRENCY_NOUNS = MappingProxyType({"franc": ("CHF", "Swiss"), "rupee": ("INR", "Indian")})
"""Currency words many countries use, the money of the one news names most when no other country's name is before
them: "3 billion Swiss francs" and "100bn francs" are CHF, "200,000 rupees" INR; "5,000 CFA francs" and "Pakistani
rupees" keep their word."""
_CURRENCY_ADJECTIVE = re.compile(r"[\s-](?P<noun>euro|dollar)(?![\w-])", re.I)
"""A currency word in the singular before what the sum pays for: "a 420 million euro rescue package"."""
_SCALED_CURRENCY_NOUNS = MappingProxyType({"pound": "GBP"})
"""Currency words that are money only after a scale word: "116 million pounds" is £116m, "500 pounds of meat" a
weight."""
_FRACTIONS = MappingProxyType({
    "half": 0.5, "a half": 0.5, "a third": 0.333, "one third": 0.333, "one-third": 0.333,
    "two thirds": 0.667, "two-thirds": 0.667, "a quarter": 0.25, "one quarter": 0.25,
    "three quarters": 0.75, "three-quarters": 0.75,
})
_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|"
           "april|june|july|august|september|october|november|december")

_WORD_NUMBER = (r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_SMALL[1:10]) + r"))?"
                r"|" + "|".join(sorted(_SMALL[1:], key=len, reverse=True)) + r")")
_SCALE_FRACTIONS = MappingProxyType({"half": 0.5, "a quarter of": 0.25, "one quarter of": 0.25,
                                     "three quarters of": 0.75})
"""Fractions of "a" scale word: "half a million homes" is 500,000 homes, "a quarter of a million people" 250,000."""
_SCALE_FRACTION = r"half|(?:a|one|three)[\s-]+quarters?\s+of"
_NAIRA_AMOUNT = r"\d[\d,.]*\s?(?:trillion|billion|million|tn|bn|m)\b|\d{1,3}(?:,\d{3})+(?![\d,])"
"""What follows a capital N written for the naira: an amount with a scale or grouped in thousands ("N28.7 trillion",
"N8.25tn", "N250,000"; not "N95 masks" nor the "N1 highway")."""
_NUMBER = re.compile(
    r"(?<![\w.,:/$€£-])"
    r"(?:(?P<cur>US\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|\$(?:US|AU?|NZ)(?=\s?\d)|\$|€|£|₹|₦|(?-i:Rs\.?|Rp|SFr|Sfr)|(?-i:N)(?=" + _NAIRA_AMOUNT + r"))\s?|(?-i:(?P<code>" + "|".join(_ISO_CODES) + r"))\s)?"
    r"(?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?(?!\d|[,.]\d)|\d+(?:\.\d+)?)(?!(?!(?:bn|tn|mn|m|k)\b)[\w:/]|[,.]\d|[-–]\d)"
    r"|\b(?P<words>(?:(?:" + _SCALE_FRACTION + r")\s+)?an?(?=\s+(?:dozen|hundred|thousand|million|billion)\b)|"
    + _WORD_NUMBER + r")\b)"
    r"(?:[\s-]?(?P<scale>hundred|thousand|million|billion|trillion|dozen|lakhs?|crores?)\b"
    r"|(?P<short>bn|tn|mn|m|k)\b)?"
    r"(?:\s?(?P<pct>%|per\s?cent\b|percent\b))?",
    re.IGNORECASE,
)
_GROUPING = re.compile(r"[, \u00a0\u2009\u202f]")
"""Thousands separators: commas, and the spaces of SI style ("10 413 cases", as WHO and many European outlets
write; a space-grouped number needs whole groups of three, and stops before a comma or full stop and a digit)."""
_FRACTION = re.compile(
    r"\b(?P<frac>" + "|".join(sorted(_FRACTIONS, key=len, reverse=True))
    + r")(?:\s+of\b|(?=\s+a\s+percentage\s+point\b))",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(r"\b(?:" + _MONTHS + r")\.?\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(r"^\s*(?:of\s+)?(?:" + _MONTHS + r")\b", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"^\s*(?:[ap]\.?m\b\.?|o['’]clock|hrs?\b|GMT|UTC)", re.IGNORECASE)
_DESIGNATOR_BEFORE = re.compile(
    r"\b(?:no|nos|number|resolution|article|flight|route|room|highway|page|p|chapter|"
    r"section|version|level|category|phase|vol|act|law|model|season|episode|size|"
    r"gate|platform|line|bus|channel|code|tier|zone|sector|ward|terminal|runway|reactor|batch|lot|kilometre|kilometer|km)\.?\s+$",
    re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|these|those|its|their|his|her|our|my|your|both|all|first|last|next|"
    r"every|each|no|other|any)\s+$", re.IGNORECASE)
_CAPITALISED_BEFORE = re.compile(r"(?P<word>[A-Z][A-Za-z’'-]*)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[\n.!?:;\"“‘(]\s*)$")
_TOKEN = re.compile(r"\s*([A-Za-z][A-Za-z’'.-]*[A-Za-z.]|[A-Za-z]|\d[\d,.]*(?:-\d+)?|\S)")
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|these|those|[A-Z][\w-]*[’']s)\s+(?:\d[\d,]*\s+)?")
"""Between a number and the noun it counts a part of: "16 of the 30 Senate seats", "65 of its planes", "15 of
Iraq's 18 provinces"."""
_TOLL_BEFORE = re.compile(r"\b(?:toll|number of (?:people )?(?:killed|dead|deaths|victims))\b[^.;!?]{0,120}?\b(?:to|at|of|reached|hit|passed|topped|exceeded|surpassed)\s+$",
                          re.IGNORECASE)
"""A bare number that a death toll reaches: "The death toll ... has risen to 158", "The number of people killed
... had risen to 205"."""

_CROWD_BEFORE = re.compile(r"\b(?:crowd|attendance|audience|gate)\s+(?:of|was|were|stood\s+at|is|:)\s+"
                           r"(?:(?:about|around|some|nearly|almost|more\s+than|over|just\s+over|roughly)\s+)?$|"
                           r"\b(?:attendance|crowd)\s*:\s*$", re.I)
"""A bare number that counts a crowd: "A crowd of 71,000", "Attendance: 65,600"."""

_NOUN_BEFORE = re.compile(
    r"\b(?:(?:cut|cuts|cutting|reduced?|reduces|reducing|lowered|lowers?|lowering|raised?|raises|raising|increased?"
    r"|increases|increasing|limited|limits?|limiting|capped|caps?|capping|slashed|slash|slashes|slashing|trimmed"
    r"|trims?|trimming|boosted|boosts?|boosting)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:daily|weekly|monthly|annual|yearly|total|permitted|allowed)\s+)?(?P<cut>[a-z]+)\s+(?:from\s+\d[\d,.]*\s+)?to"
    r"|(?:number|queue|line|total|tally|count)\s+of\s+(?P<counted>[a-z]+)\b[^.;!?\d]{0,80}?\b(?:stood\s+at|reached"
    r"|hit|rose\s+to|risen\s+to|fell\s+to|dropped\s+to|climbed\s+to|grew\s+to|was|were|is|at)"
    r"|\b(?P<grown>[a-z]+s)\s+(?:increased|rose|grew|climbed|jumped|fell|dropped|declined|decreased)(?:\s+by)?)\s+$")
"""A bare number whose counted noun came before it: "cut daily transits to 25", "the queue of vessels waiting
to cross stood at 116", "Nonfarm payrolls increased by 254,000" (the subject grown is what is counted)."""


_STOP = frozenset(
    "and or in of from to at on with for by that which who whom whose as than since during across "
    "per the a an this these those its their his her were was is are be been being have has "
    "had will would could should may might can do does did not no after before over under "
    "into onto out up down off about around near between among against amid while when where "
    "who's it they he she we you i there here if but so because".split())
_VERBS = frozenset(
    "says remains seems appears includes means has was is does goes makes takes gives "
    "continues stands lies".split())
_IRREGULAR = MappingProxyType({
    "people": "people", "persons": "people", "person": "people", "personnel": "personnel",
    "men": "man", "women": "woman", "children": "child", "police": "police",
    "staff": "staff", "cattle": "cattle", "sheep": "sheep", "fish": "fish", "deer": "deer",
    "aircraft": "aircraft", "lives": "life", "feet": "foot", "teeth": "tooth",
    "crew": "crew", "media": "media", "data": "data", "criteria": "criterion", "dead": "dead",
    "bpd": "barrel",  # barrels per day, as oil news writes it: "185,000 bpd" is "185,000 barrels per day"
})
_ELIDED_AFTER = re.compile(r"\s*(?:[.,;)]|$)")
"""A number word ending its clause counts what its neighbour counts: "14 seats and Te Pāti Māori four."."""
_LOOKBACK = 60
"""How far around a number the checks look, in characters (keeps long texts linear)."""
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "'s", "’s", "ous", "logistics", "electronics", "politics", "economics")
# (the last: fields, not plurals: "three logistics firms", "two electronics makers"; "paramedics" count)


_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?[\s-]$", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"[\s-]magnitude\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 16)
def find_figures(text: str) -> list[Figure]:
    """Every counted quantity in ``text``: sorted, non-overlapping spans (a memo of a pure function: shared copy
    repeats sentences, and the facts read them again; the list is shared, never to be changed)."""
    found = [_from_fraction(text, m) for m in _FRACTION.finditer(text)]
    found += [f for m in _NUMBER.finditer(text) if (f := _from_number(text, m)) is not None]
    found += [_from_measure(text, m) for m in MEASURE.finditer(text)]
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[Figure] = []
    for figure in found:
        if kept and figure.start < kept[-1].end:
            continue
        kept.append(inherit_unit(text, kept[-1], figure) if kept else figure)
    kept = [people_in_state(text, f) for f in elided_counts(text, _ranges(text, kept))]
    return [f for f in kept if (f.unit or any(ch.isdigit() for ch in f.text))  # a number word only with a unit
            and not ratio_denominator(text, f.start, f.value)]


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"\d[\d,. \u00a0\u2009\u202f]*")


def _ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """ "between 30 and 35 people" is one figure, a range, not 30 of nothing and 35 people; "between 2 and 3
    million" takes the scale of its upper bound for both."""
    out: list[Figure] = []
    for figure in figures:
        low = out[-1] if out else None
        between = _BETWEEN_BEFORE.search(text, max(0, low.start - 10), low.start) if low else None
        if (low is None or between is None or text[low.end:figure.start] != " and " or low.qualifier or figure.qualifier
                or low.unit not in ("", figure.unit) and not low.text[-1:].isdigit()):  # (a bare low bound's unit
            # is only its neighbour's: "19 people had died, while between 20 and 25 passengers remained missing")
            out.append(figure)
            continue
        written = _LEADING_NUMBER.search(figure.text)
        scale = figure.value / float(_GROUPING.sub("", written.group().rstrip(" .,"))) if written else 1
        low_value = low.value * scale if scale > 1 and low.value * scale < figure.value else low.value
        low_value = int(low_value) if float(low_value).is_integer() else low_value
        start = between.start()
        out[-1] = Figure(start, figure.end, text[start:figure.end], figure.value, figure.unit, "between", low_value)
    return out


_DURATION_AFTER = re.compile(r"-(day|week|month|year|hour|minute)(?![\w-])", re.IGNORECASE)
"""A number joined to a unit of time, as a compound before its noun: "a 40-day mourning period" lasts 40 days (not
"a 70-year-old man": an age)."""


def _from_number(text: str, m: re.Match[str]) -> Figure | None:
    """A Figure for one number match, or None when it is a year, date, time or name."""
    offset = max(0, m.start() - _LOOKBACK)
    before = text[offset: m.start()]
    qualifier_match = _QUALIFIER_BEFORE.search(before)
    qualifier = _QUALIFIERS[qualifier_match["q"].lower()] if qualifier_match else None
    if qualifier_match and qualifier_match["q"].lower() == "under" and re.search(
            r"\b(?:come|came|comes|coming|been)\s+under\s+$", before, re.IGNORECASE):
        qualifier_match, qualifier = None, None
    value = _number_value(m)
    if value is None or not _is_quantity(text, m, value, qualifier is not None):
        return None
    start = offset + qualifier_match.start("q") if qualifier_match else m.start()
    currency = "cur" if m["cur"] else "code" if m["code"] else None
    if currency:
        start = min(start, m.start(currency))
    end, unit = m.end(), _CURRENCIES.get((m[currency] if currency else "").lower(), "")
    if m["pct"]:
        unit = "point" if POINTS_MOVED.search(before) and TO_SHARE.match(text, m.end()) else "%"
    elif not unit and (money := _MONEY_NOUN_AFTER.match(text, m.end())) and _written_as_money(m):
        end, unit = money.end(), _MONEY_NOUNS[money["noun"].lower()]  # "10.44 trillion won", "83,900 won"
    elif not unit and (adjective := _CURRENCY_ADJECTIVE.match(text, m.end())):
        end, unit = adjective.end(), _CURRENCY_NOUNS[adjective["noun"].lower()]  # "a 420 million euro rescue"
    elif not unit and (basis := BASIS_POINTS.match(text, m.end())):
        end, unit, value = basis.end(), "point", round(value / 100, 6)  # "25 basis points" is 0.25 points
    elif not unit and (lasting := _DURATION_AFTER.match(text, m.end())):
        end, unit = lasting.end(), lasting.group(1).lower()  # "a 40-day mourning period", "a three-day closure"
    elif not unit:
        noun_end, unit = _counted_noun(text, m.end(), value, models=_counts_models(text, start))
        part_of = _PART_OF.match(text, m.end()) if not unit else None
        if part_of:
            noun_end, unit = _counted_noun(text, part_of.end(), value, models=True)
        end = noun_end if unit else m.end()
        unit = _CURRENCY_NOUNS.get(unit, unit)
        if unit in _NATIONAL_CURRENCY_NOUNS:
            unit = _national_currency(text[m.end():end], unit)
        if m["scale"] or m["short"]:
            unit = _SCALED_CURRENCY_NOUNS.get(unit, unit)
        if not unit and not m["words"]:
            unit = _unit_before(text, m.start())
        elif not unit and value > 1 and _TOLL_BEFORE.search(text, max(0, m.start() - 150), m.start()):
            unit = "death"  # "The death toll ... has risen to nine": a toll's number word is a count too
    if not unit and not m["words"]:  # "a magnitude 7.4 quake", "the 7.4-magnitude quake", "a magnitude of 7.4"
        before_magnitude = _MAGNITUDE_BEFORE.search(before)
        after_magnitude = _MAGNITUDE_AFTER.match(text, m.end())
        if before_magnitude or after_magnitude:
            unit = "magnitude"
            start = offset + before_magnitude.start() if before_magnitude else start
            end = after_magnitude.end() if after_magnitude else end
    if not unit and m["words"] and not m["scale"] and not _ELIDED_AFTER.match(text, m.end()):
        return None  # "the two agreed": a bare number word is rarely a claim
    if unit == "time" and (not float(value).is_integer() or _MULTIPLE_BEFORE.search(before)
                           or _MULTIPLE_AFTER.match(text, end)):
        unit = "multiple"  # "subscribed 2.4 times", "0.9 times the shares on offer": a ratio, not how often
    end = len(text[:end].rstrip())
    return Figure(start, end, text[start:end], value, unit, qualifier)


def _from_measure(text: str, m: re.Match[str]) -> Figure:
    """A Figure for a number with an abbreviated unit ("about 620m": 620 meter, hedged); it wins over the bare
    number _NUMBER finds at the same place, being longer."""
    hedge = _QUALIFIER_BEFORE.search(text, max(0, m.start() - _LOOKBACK), m.start())
    start = hedge.start("q") if hedge else m.start()
    raw = m["digits"].replace(",", "")
    value = float(raw) if "." in raw else int(raw)
    return Figure(start, m.end(), text[start:m.end()], value, MEASURE_UNITS[m["unit"]],
                  _QUALIFIERS[hedge["q"].lower()] if hedge else None)


_MULTIPLE_BEFORE = re.compile(r"\b(?:over-?)?subscribed\s+(?:[a-z]+\s+){0,2}$", re.I)
_MULTIPLE_AFTER = re.compile(r"\s+(?:the|as|more|higher|larger|bigger|smaller|faster|that\s+of)\b", re.I)
"""Around a number of times that is a ratio ("subscribed nearly seven times", "2.4 times the shares on offer",
"three times as fast"), not a count of occasions ("targeted more than 165 times")."""


_MONEY_NOUNS = MappingProxyType({"won": "KRW", "naira": "NGN", "yen": "JPY", "yuan": "CNY", "rupiah": "IDR"})
"""Currency words that are no plural nouns (the counted-noun reader skips them): "won", "naira", "yen", "yuan"."""
_MONEY_NOUN_AFTER = re.compile(r"\s+(?:(?:(?:South\s+)?Korean|Nigerian|Japanese|Chinese|Indonesian)\s+)?"
                               r"(?P<noun>won|naira|yen|yuan|rupiah)\b", re.I)


def _written_as_money(m: re.Match[str]) -> bool:
    """A number that can be an amount before "won", a verb too: scaled or with decimals or thousands ("10.4 trillion
    won", "83,900 won"; not "the 12 won by women")."""
    digits = m["digits"] or ""
    return bool(m["scale"] or m["short"] or "," in digits or "." in digits)


def _national_currency(between: str, word: str) -> str:
    """The code of a franc or rupee (_NATIONAL_CURRENCY_NOUNS) when no other country names it: "Swiss francs",
    "francs"; else the word ("CFA francs")."""
    code, country = _NATIONAL_CURRENCY_NOUNS[word]
    names = set(re.findall(r"\b[A-Z][\w-]*", between))
    return code if names <= {country} else word


_MONEY_WORD_AFTER = re.compile(r"\s+(?:[A-Z][A-Za-z]+\s+)?(?:euros?|dollars?|pounds|francs|yen|yuan|rupees|pesos|won|naira)\b")
"""A currency word after a short scale makes it money: "70m euros", "5m Swiss francs", "500m CFA francs"."""


def _number_value(m: re.Match[str]) -> float | int | None:
    """The numeric value of a number match, scale words applied."""
    if m["digits"]:
        raw = _GROUPING.sub("", m["digits"])
        value: float | int = float(raw) if "." in raw else int(raw)
    else:
        value = _word_value(m["words"].lower())
    scale = (m["scale"] or "").lower()
    short = (m["short"] or "").lower()
    if short in ("m", "k") and not (m["cur"] or m["code"] or _MONEY_WORD_AFTER.match(m.string, m.end())):
        return None  # "5m" without a currency is a distance, not money ("3bn Swiss francs", "70m euros" are)
    factor = _SCALES.get(scale or short, 1)
    scaled = value * factor
    return int(scaled) if float(scaled).is_integer() else round(scaled, 6)


def _word_value(words: str) -> float | int:
    """Value of "twenty-five", "seven", "a", "half a" (0.5)."""
    fraction = re.match(r"(.+?)\s+an?$", words)
    if fraction and (share := _SCALE_FRACTIONS.get(re.sub(r"[\s-]+", " ", fraction.group(1)))):
        return share
    parts = re.split(r"[- ]", words)
    return sum(_WORD_VALUES[p] for p in parts if p in _WORD_VALUES)


def _is_quantity(text: str, m: re.Match[str], value: float | int, qualified: bool) -> bool:
    """False for years, dates, clock times, ids in names and vague word numbers."""
    offset = max(0, m.start() - _LOOKBACK)
    before, after = text[offset: m.start()], text[m.end(): m.end() + _LOOKBACK]
    digits = m["digits"] or ""
    plain = not (m["cur"] or m["code"] or m["pct"] or m["scale"] or m["short"])
    if plain and re.fullmatch(r"1[89]\d\d|20\d\d|2100", digits) and not qualified:
        return False
    if plain and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.search(after)):
        return False
    if plain and (_CLOCK_AFTER.search(after) or _DESIGNATOR_BEFORE.search(before)):
        return False
    if m["words"] and not m["scale"]:
        if _DEFINITE_BEFORE.search(before) or re.match(r"\s*(?:of|another|day)\b", after):
            return False
        if value == 1 and not qualified:
            return False  # "one of", "one day": too often not a count
    cap = _CAPITALISED_BEFORE.search(before)
    if plain and cap and not qualified and not _MONEY_AFTER.match(after):
        cap_start = offset + cap.start()
        if not _SENTENCE_START.search(text[max(0, cap_start - 5): cap_start]) and not _held_count(cap, digits, after):
            return False  # "Resolution 2334", "Boeing 737", "Apollo 11"
    return True


_POSSESSIVE = re.compile(r"[’']s$")
_LOWER_AFTER = re.compile(r"\s+[a-z]")


def _held_count(cap: re.Match[str], digits: str, after: str) -> bool:
    """A number after a name's possessive, before a lower-case noun, counts what the name holds ("the Galaxy
    Leader's 25 crew", "Apple's 164,000 employees"), unless it may be a model's (three digits and more without a
    thousands comma: "Boeing's 737 jets")."""
    small = len(digits) <= 2 or "," in digits
    return bool(_POSSESSIVE.search(cap["word"]) and small and _LOWER_AFTER.match(after))


_MONEY_AFTER = re.compile(r"\s+(?:US\s+)?(?:dollars|euros|dinars)\b")
"""Money named after a number that follows a name: "pay the KRG 16 dollars" (no model is counted in dollars)."""
_COUNT_BEFORE = re.compile(r"\b[a-z][a-z]+\s+$")
_DETERMINED = re.compile(r"\b(?:the|a|an|its|their|his|her|our|these|those|this|that)\s+(?:[\w’'-]+\s+)?$", re.I)


def _counts_models(text: str, start: int) -> bool:
    """A number after a lower-case word other than a determiner counts what follows even through a model name
    ("grounded 171 Boeing 737 MAX 9 aircraft", "operates 79 MAX 9 jets"); after "the" or "its", or one word
    after them, it may be the model's own number ("the 737 Max 9 aircraft", "its best-selling 737 Max 9 jets")."""
    before = text[max(0, start - _LOOKBACK):start]
    return bool(_COUNT_BEFORE.search(before)) and not _DETERMINED.search(before)


def _counted_noun(text: str, pos: int, value: float | int, models: bool = False) -> tuple[int, str]:
    """(end offset, singular unit) of the noun counted by the number ending at ``pos``. ``models``: a number
    after a capitalised word is part of a model name ("65 of its 737 MAX 9 jets"); right after a count it
    cannot be told from a count ("the 737 Max 9 aircraft": not 737 aircraft), so only after "of its"."""
    singular: tuple[int, str] | None = None
    modifiers = 0
    capital = False
    for m in _TOKEN.finditer(text, pos):
        raw = m.group(1)
        word = raw.rstrip(".") if raw.count(".") == 1 else raw
        lower = word.lower()
        if word[:1].isdigit() and capital and models:
            modifiers += 1
            continue
        if models and len(word) == 1 and word.isupper() and text[m.end(1):m.end(1) + 1].isdigit():
            capital = True  # "A350-1000": a model's letter, glued to its number
            continue
        if not word[:1].isalpha():
            break
        capital = word[0].isupper()
        if lower in ("and", "or") and modifiers:
            modifiers += 1
            continue
        if lower in _STOP or lower in _VERBS or modifiers > 4:
            break
        end = m.start(1) + len(word)
        if lower in _IRREGULAR:
            return end, _IRREGULAR[lower]
        if not modifiers and _nationals(word, text[end:end + 2]):
            return end, word[:-1]  # "81,576 Syrians" counts Syrians: "Syrian", the demonym, says whom
        if word[0].islower() and _looks_plural(lower):
            unit = _singular(lower)
            if lower in ("members", "member") and _previous_word(text, m.start(1)) == "service":
                unit = "service member"
            return end, unit
        if value == 1 and word[0].islower() and "-" not in word:
            singular = (end, lower)
        modifiers += 1
    return singular if singular else (pos, "")


def _nationals(word: str, after: str) -> bool:
    """A plural demonym counted, not a name going on: "81,576 Syrians have returned", "2,000 Iraqis" (not "2,000
    Iraqis Street")."""
    from .entity_gazetteer import gazetteer

    return (word.endswith("s") and word[:-1] in gazetteer().demonyms and gazetteer().demonyms[word[:-1]] != ""
            and not after.strip()[:1].isupper())


def _unit_before(text: str, pos: int) -> str:
    """The unit named before a bare number at ``pos``: "death" after a toll (_TOLL_BEFORE), else the plural noun
    _NOUN_BEFORE finds, else ""."""
    if _TOLL_BEFORE.search(text, max(0, pos - 150), pos):
        return "death"
    if _CROWD_BEFORE.search(text, max(0, pos - 40), pos):
        return "spectator"
    found = _NOUN_BEFORE.search(text, max(0, pos - 150), pos)
    noun = found and (found["cut"] or found["counted"] or found["grown"])
    return _IRREGULAR.get(noun) or _singular(noun) if noun and (noun in _IRREGULAR or _looks_plural(noun)) else ""


def _previous_word(text: str, pos: int) -> str:
    """The word ending just before ``pos``, lowercased."""
    found = re.search(r"([A-Za-z]+)\s*$", text[max(0, pos - _LOOKBACK): pos])
    return found.group(1).lower() if found else ""


def _looks_plural(word: str) -> bool:
    """True for a lowercase word that reads as a plural noun."""
    if word.endswith(("men",)) and len(word) > 4:
        return True
    return (len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL_ENDINGS)
            and "." not in word)


def _singular(word: str) -> str:
    """Crude English singular: "casualties" -> "casualty", "militiamen" -> "militiaman"."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _from_fraction(text: str, m: re.Match[str]) -> Figure:
    """A Figure for "a third of ...", counted as a share; "a quarter of a percentage point" is a move of 0.25
    points."""
    offset = max(0, m.start() - _LOOKBACK)
    qualifier_match = _QUALIFIER_BEFORE.search(text[offset: m.start()])
    start = offset + qualifier_match.start("q") if qualifier_match else m.start()
    qualifier = _QUALIFIERS[qualifier_match["q"].lower()] if qualifier_match else None
    end, unit = m.end("frac"), "share"
    if point := FRACTION_OF_POINT.match(text, end):
        end, unit = point.end(), "point"
    return Figure(start, end, text[start:end], _FRACTIONS[m["frac"].lower()], unit, qualifier)
