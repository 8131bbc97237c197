"""A figure and its rounding: "56.6%" is "56.55%" written to one decimal, "6.3 million votes" is "6,328,397 votes"
to a tenth of a million. Two such figures confirm each other (matching) and never conflict (conflicts)."""

from __future__ import annotations

import math
import re

from .figures import Figure

_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
"""The number as written in a figure's text, its decimals apart."""
_ROUNDED = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})*?)((?:,000)+)(?![\d.,])")
"""A whole number written to some thousands ("809,000", "1,350,000"): its leading digits and its zeros."""
_ROUND_DIGITS = 3
"""Significant digits a whole number written to thousands must show to be read as a rounding: "809,000" rounds
"809,197"; "1,000" against "1,200", or "2,500" against "2,530", are two counts (two significant digits could be a
round count of its own)."""
_KEPT_DIGITS = 2
"""Significant digits a rounding must keep to confirm the precise value: "56.6%" confirms "56.55%", "57%" does too,
but "2%" is no rounding of "2.4%" a briefing would join (small round shares recur by chance)."""
_CUT_DIGITS = 3
"""Significant digits a value cut short must keep: "1.08 million" for "1.089 million" is read as cut, but "3%" is
no cut "3.6%" (it would be "4%")."""
_SLACK = 1e-9
"""Relative slack of a comparison at half a step: "56.55" is "56.6" rounded though binary floats put it a hair
under half."""


def step(figure: Figure) -> float:
    """How finely a figure is written, in its value's units: 0.1 for "56.6%", 100,000 for "6.3 million", 1,000 for
    "809,000", 1 for "2,500" or "57%"; 0 when it cannot be told (a range, a number in words)."""
    found = _NUMBER.search(figure.text)
    if found is None or figure.low is not None:
        return 0.0
    written = float(found.group().replace(",", ""))
    scale = figure.value / written if written else 1.0
    places = len(found.group(1) or "")
    if places:
        return 10.0 ** -places * scale
    zeros = _ROUNDED.fullmatch(found.group())
    if zeros and len(zeros.group(1).replace(",", "")) >= _ROUND_DIGITS:
        return _about(figure, found.group(), 10.0 ** (3 * zeros.group(2).count(",")) * scale, scale)
    return _about(figure, found.group(), scale, scale)


def _about(figure: Figure, written: str, size: float, scale: float) -> float:
    """The step of a figure said to be "about" its value: to its last digit but zero when it keeps _KEPT_DIGITS
    ("about 150,000 households" is to the ten thousand, and 149,000 is about that; "about 1,000" stays to the
    unit, as one significant digit is too coarse); else ``size``."""
    digits = written.replace(",", "")
    if figure.qualifier != "about" or "." in digits:
        return size
    zeros = len(digits) - len(digits.rstrip("0"))
    coarse = 10.0 ** zeros * scale
    return coarse if len(digits) - zeros >= _KEPT_DIGITS and coarse > size else size


def rounds_to(a: Figure, b: Figure) -> bool:
    """True when one figure is the other rounded to the precision it is written to (step), or cut there keeping
    _CUT_DIGITS (outlets drop digits: "1.08 million" for "1.089 million"): "56.6%" and "56.55%", "34%" and "34.2%",
    "809,000 votes" and "809,197 votes"; not "56.6%" and "56.2%", nor two figures written as finely ("56.5%" and
    "56.6%"), nor a rounding keeping fewer than _KEPT_DIGITS ("$5 million" is no rounding of "$4.5 million": one
    digit is too coarse to tell a rounding from another report)."""
    step_a, step_b = step(a), step(b)
    if not step_a or not step_b or step_a == step_b or a.value == b.value:
        return False
    coarse, fine, size = (a, b, step_a) if step_a > step_b else (b, a, step_b)
    near = abs(fine.value - coarse.value) <= 0.5 * size * (1 + _SLACK)
    cut = 0 <= (fine.value - coarse.value) * (1 if coarse.value > 0 else -1) < size * (1 - _SLACK) and _kept(
        coarse.value, size, _CUT_DIGITS)
    return (near or cut) and _kept(coarse.value, size)


def confirms(a: Figure, b: Figure) -> bool:
    """Two figures of which one is the other rounded, keeping _KEPT_DIGITS, with the same hedge: one value told to
    two precisions ("56.6%" for "56.55%"), which confirm each other."""
    return a.qualifier == b.qualifier and rounds_to(a, b)


def approximates(hedged: Figure, exact: Figure) -> bool:
    """A figure said to be "about" its value that is an unhedged one rounded to the precision it is written to
    (step, rounds_to): "about 180,000 fish" for "181,400 fish", "about 27,000 salmon" for "26,800 salmon". One value
    told in round numbers, as confirms is for two unhedged ones. An exact value half-way between two roundings ("1,350
    hectares" beside "about 1,300 hectares") may be another count: it is left apart."""
    size = step(hedged)
    return (hedged.qualifier == "about" and not exact.qualifier and size > step(exact) > 0
            and abs(hedged.value - exact.value) < 0.5 * size * (1 - _SLACK) and rounds_to(hedged, exact))


def _kept(value: float, size: float, digits: int = _KEPT_DIGITS) -> bool:
    """Whether a value written to ``size`` keeps ``digits`` significant digits ("56.6", "57"; not "2")."""
    return value != 0 and abs(value) >= size * 10 ** (digits - 1) * (1 - _SLACK)


def roundings(figure: Figure) -> tuple[float, ...]:
    """The values a figure rounds to at each coarser power of ten that keeps _KEPT_DIGITS digits (both neighbours
    when it lies half-way, and the value cut there): "56.55%" gives 56.6 (and 56.5) and 57 (and 56). A rounded figure is filed under these, so that
    the precise one finds it (matching)."""
    size = step(figure)
    if not size:
        return ()
    found: list[float] = []
    size *= 10
    while _kept(figure.value, size):
        units = figure.value / size
        cut = {math.trunc(units + math.copysign(_SLACK, units))} if _kept(figure.value, size, _CUT_DIGITS) else set()
        for unit in sorted({math.floor(units + 0.5 + _SLACK), math.ceil(units - 0.5 - _SLACK), *cut}):
            found.append(_tidy(unit * size))
        size *= 10
    return tuple(dict.fromkeys(v for v in found if v != figure.value))


def _tidy(value: float) -> float:
    """A rounded value as a figure found in text holds it: 56.6, not 56.60000000000001; a whole number as an int."""
    tidy = round(value, 9)
    return int(tidy) if tidy == int(tidy) else tidy


_BOUND_RATIO = 1.5
"""How far a hedged figure may lie from the exact value it stands for: "More than 1,000 homes" tells 1,024 homes
in round numbers, "more than 10 homes" says far less."""
_BOUND_HOLDS = {"more than": lambda exact, bound: exact > bound, "at least": lambda exact, bound: exact >= bound,
                "less than": lambda exact, bound: exact < bound, "at most": lambda exact, bound: exact <= bound,
                "nearly": lambda exact, bound: exact < bound, "about": lambda exact, bound: True}
"""Whether an exact value meets each hedge's bound."""


def bounds(hedged: Figure, exact: Figure) -> bool:
    """A hedged round figure that an unhedged exact one meets, near it (_BOUND_RATIO): "More than 1,000 homes" for
    "1,024 houses", "nearly 500" for 487. The source gave the fact in round numbers, which a fact marks as its
    figure rounded."""
    holds = _BOUND_HOLDS.get(hedged.qualifier or "")
    if holds is None or exact.qualifier or hedged.low is not None or exact.low is not None:
        return False
    low, high = sorted((abs(hedged.value), abs(exact.value)))
    return (hedged.value != exact.value and low > 0 and high / low <= _BOUND_RATIO
            and holds(exact.value, hedged.value) and (step(hedged) or _worded_step(hedged)) >= step(exact))


_WORDED_LEAST = 1000
"""The least number in words read as written to its leading digit: "a million", "half a million", "two thousand"
carry a scale word and are round by nature; "three" or "a dozen" are counts a source may mean exactly."""


def _worded_step(figure: Figure) -> float:
    """The step of a number written in words ("a million" 1,000,000, "half a million" 100,000, "two million"
    1,000,000): its leading digit's power of ten, for a number of at least _WORDED_LEAST; else 0."""
    if _NUMBER.search(figure.text) or abs(figure.value) < _WORDED_LEAST:
        return 0.0
    return 10.0 ** math.floor(math.log10(abs(figure.value)) + _SLACK)
