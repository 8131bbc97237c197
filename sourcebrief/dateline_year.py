"""The year of a dateline written without one ("WASHINGTON, Feb 6 (Reuters) -"), from the other sources' dates.

Wire copy often carries only a month and a day. The other sources of the briefing date the story: when exactly one
year puts that day within a month of a dated source's publication, and every other year puts it half a year away
or more (or within a week, and every other more than a month away), that year is the one. Otherwise the source stays
undated: the year would be a guess. A numeric stamp that reads two ways ("01/11/2024": 11 January or 1 November) is
settled the same way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from .model import Article

NEAR = dt.timedelta(days=31)
"""A dateline's day this close to a dated source's publication belongs to the same story."""
FAR = dt.timedelta(days=183)
"""Every other reading must be at least this far from every dated source."""
SAME_WEEK = dt.timedelta(days=7)
"""A reading this close to a dated source's publication, with every other reading more than NEAR away, is the one
("10-08-2024" beside a source of 10 August 2024: not 8 October)."""
INFERRED = "dateline and the other sources' dates"
STAMP_INFERRED = "date stamp and the other sources' dates"


def date_datelines(articles: Sequence[Article]) -> list[Article]:
    """The articles, with an undated one dated when one reading fits: of its dateline's month and day, in any year,
    or of its stamp that reads two ways ("01/11/2024")."""
    known = sorted(a.published for a in articles if a.published is not None)
    if not known:
        return list(articles)
    return [_dated(article, known) if article.published is None and (article.dateline_day or article.stamp_readings)
            else article for article in articles]


def _dated(article: Article, known: list[dt.date]) -> Article:
    if article.stamp_readings:
        readings, how = list(article.stamp_readings), STAMP_INFERRED
    else:
        month, day = article.dateline_day
        readings, how = [], INFERRED
        for year in range(known[0].year - 1, known[-1].year + 2):
            try:
                readings.append(dt.date(year, month, day))
            except ValueError:  # 29 February
                continue
    gaps = sorted((min(abs(reading - date) for date in known), reading) for reading in readings)
    close = bool(gaps) and gaps[0][0] <= SAME_WEEK and (len(gaps) == 1 or gaps[1][0] > NEAR)
    if not gaps or not close and (gaps[0][0] > NEAR or (len(gaps) > 1 and gaps[1][0] < FAR)):
        return article
    return dataclasses.replace(article, published=gaps[0][1], published_from=how)
