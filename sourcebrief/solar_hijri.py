"""The Solar Hijri calendar of Iran and Afghanistan, as Iranian outlets stamp their pages ("1403-02-31 10:15" is
20 May 2024): converted to the Gregorian date. Its year begins on the day of the March equinox when that falls
before noon in Tehran (UTC+3:30), else the day after; the equinox is computed (Meeus, Astronomical Algorithms, ch.
27, to about a minute), since the 33-year arithmetic rule is a day off in 1403-04. The lunar Hijri calendar of Arab
sites ("1445-10-08") is not converted: its months begin with a sighting of the moon, which no rule foretells."""

from __future__ import annotations

import datetime as _dt
import functools
import math

FIRST_YEAR, LAST_YEAR = 1370, 1409
"""Solar Hijri years read as such (1991 to 2031); later four-digit years under 1600 are lunar Hijri ones (1445 is
2023-24), earlier ones too old for the news."""

_TERMS = ((485, 324.96, 1934.136), (203, 337.23, 32964.467), (199, 342.08, 20.186), (182, 27.85, 445267.112),
          (156, 73.14, 45036.886), (136, 171.52, 22518.443), (77, 222.54, 65928.934), (74, 296.72, 3034.906),
          (70, 243.58, 9037.513), (58, 119.81, 33718.147), (52, 297.17, 150.678), (50, 21.02, 2281.226),
          (45, 247.54, 29929.562), (44, 325.15, 31555.956), (29, 60.93, 4443.417), (18, 155.12, 67555.328),
          (17, 288.79, 4562.452), (16, 198.04, 62894.029), (14, 199.76, 31436.921), (12, 95.39, 14577.848),
          (12, 287.11, 31931.756), (12, 320.81, 34777.259), (9, 227.73, 1222.114), (8, 15.45, 16859.074))
"""Meeus' periodic terms (A, B, C) for the equinoxes and solstices (table 27.C)."""
_TEHRAN = _dt.timedelta(hours=3, minutes=30)
_DELTA_T = _dt.timedelta(seconds=69)
"""Terrestrial time ahead of universal time in these years (about a minute)."""


def to_gregorian(year: int, month: int, day: int) -> _dt.date | None:
    """The Gregorian date of a Solar Hijri one, or None when it is no date (month 13, a 31st of Mehr, a 30th of
    Esfand in a common year) or outside FIRST_YEAR..LAST_YEAR."""
    if not FIRST_YEAR <= year <= LAST_YEAR or not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    days = (month - 1) * 31 + day - 1 if month <= 7 else 186 + (month - 7) * 30 + day - 1
    date = nowruz(year) + _dt.timedelta(days=days)
    return date if date < nowruz(year + 1) else None


@functools.lru_cache(maxsize=64)
def nowruz(year: int) -> _dt.date:
    """The Gregorian date of 1 Farvardin ``year``."""
    equinox = _march_equinox(year + 621) + _TEHRAN
    return equinox.date() if equinox.hour < 12 else equinox.date() + _dt.timedelta(days=1)


def _march_equinox(year: int) -> _dt.datetime:
    """The March equinox of a Gregorian year, in UTC."""
    y = (year - 2000) / 1000
    jde0 = 2451623.80984 + 365242.37404 * y + 0.05169 * y ** 2 - 0.00411 * y ** 3 - 0.00057 * y ** 4
    t = (jde0 - 2451545.0) / 36525
    w = math.radians(35999.373 * t - 2.47)
    spread = 1 + 0.0334 * math.cos(w) + 0.0007 * math.cos(2 * w)
    s = sum(a * math.cos(math.radians(b + c * t)) for a, b, c in _TERMS)
    jde = jde0 + 0.00001 * s / spread
    return _dt.datetime(2000, 1, 1, 12) + _dt.timedelta(days=jde - 2451545.0) - _DELTA_T
