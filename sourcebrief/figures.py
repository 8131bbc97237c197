"""Find counted quantities ("more than 85 targets", "$1.5 billion", "30%") in running text."""

from __future__ import annotations

import functools
import re
from types import MappingProxyType

from .figure_neighbours import elided_counts, inherit_unit
from .figure_nouns import LOOKBACK as _LOOKBACK, TOLL_BEFORE, counted_noun, counts_models, unit_before
from .figure_parts import ratio_denominator
from .figure_units import (BASIS_POINTS, CROWNS_AFTER, FRACTION_OF_POINT, MEASURE, MEASURE_UNITS, POINTS_MOVED,
                           QUALIFIER_BEFORE as _QUALIFIER_BEFORE, QUALIFIERS as _QUALIFIERS, TO_SHARE,
                           crowns_unit, people_in_state)
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
_ISO_CODES = ("USD", "EUR", "GBP", "CHF", "JPY", "CNY", "AUD", "CAD", "NZD", "HKD", "SGD", "INR", "SEK", "NOK", "DKK",
              "MGA", "ZAR", "KES", "BRL", "MXN")
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
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|these|those|[A-Z][\w-]*[’']s)\s+(?:\d[\d,]*\s+)?")
"""Between a number and the noun it counts a part of: "16 of the 30 Senate seats", "65 of its planes", "15 of
Iraq's 18 provinces"."""
_ELIDED_AFTER = re.compile(r"\s*(?:[.,;)]|$)")
"""A number word ending its clause counts what its neighbour counts: "14 seats and Te Pāti Māori four."."""

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
    elif not unit and (crowns := CROWNS_AFTER.match(text, m.end())) and crowns_unit(crowns, bool(m["digits"])):
        end, unit = crowns.end(), crowns_unit(crowns, True)  # "500 kroner", "500 crowns (about $47)"
    elif not unit and (adjective := _CURRENCY_ADJECTIVE.match(text, m.end())):
        end, unit = adjective.end(), _CURRENCY_NOUNS[adjective["noun"].lower()]  # "a 420 million euro rescue"
    elif not unit and (basis := BASIS_POINTS.match(text, m.end())):
        end, unit, value = basis.end(), "point", round(value / 100, 6)  # "25 basis points" is 0.25 points
    elif not unit and (lasting := _DURATION_AFTER.match(text, m.end())):
        end, unit = lasting.end(), lasting.group(1).lower()  # "a 40-day mourning period", "a three-day closure"
    elif not unit:
        noun_end, unit = counted_noun(text, m.end(), value, models=counts_models(text, start))
        part_of = _PART_OF.match(text, m.end()) if not unit else None
        if part_of:
            noun_end, unit = counted_noun(text, part_of.end(), value, models=True)
        end = noun_end if unit else m.end()
        unit = _CURRENCY_NOUNS.get(unit, unit)
        if unit in _NATIONAL_CURRENCY_NOUNS:
            unit = _national_currency(text[m.end():end], unit)
        if m["scale"] or m["short"]:
            unit = _SCALED_CURRENCY_NOUNS.get(unit, unit)
        if not unit and not m["words"]:
            unit = unit_before(text, m.start())
        elif not unit and value > 1 and TOLL_BEFORE.search(text, max(0, m.start() - 150), m.start()):
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


_MONEY_NOUNS = MappingProxyType({"won": "KRW", "naira": "NGN", "yen": "JPY", "yuan": "CNY", "rupiah": "IDR",
                                 "ariary": "MGA"})
"""Currency words that are no plural nouns (the counted-noun reader skips them): "won", "naira", "yen", "yuan",
"ariary"."""
_MONEY_NOUN_AFTER = re.compile(r"\s+(?:(?:(?:South\s+)?Korean|Nigerian|Japanese|Chinese|Indonesian|Malagasy)\s+)?"
                               r"(?P<noun>won|naira|yen|yuan|rupiah|ariary)\b", re.I)


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
