"""A dateline without its year ("WASHINGTON, Feb 6 (Reuters) -") takes the year the other sources' dates give,
only when one year fits."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcebrief.dateline_year import INFERRED, STAMP_INFERRED, date_datelines
from sourcebrief.model import Article, Line


def _article(source_id: str, published: dt.date | None = None, day: tuple[int, int] | None = None) -> Article:
    return Article(id=source_id, path=f"seeds/{source_id}.txt", title="t", paragraphs=(Line("Text.", 1),),
                   published=published, published_from="text" if published else None, dateline_day=day)


@pytest.mark.parametrize("known,day,expected", [
    ([dt.date(2024, 1, 6), dt.date(2024, 2, 7)], (2, 6), dt.date(2024, 2, 6)),
    ([dt.date(2023, 12, 28)], (1, 3), dt.date(2024, 1, 3)),  # across the new year
    ([dt.date(2023, 1, 4), dt.date(2023, 12, 20)], (12, 30), None),  # two years fit: a guess
    ([dt.date(2024, 6, 1)], (2, 6), None),  # no year puts it near the story
    ([], (2, 6), None),  # nothing to count from
    ([dt.date(2023, 3, 1)], (2, 29), None),  # no 29 February near 2023
])
def test_dateline_year_only_when_one_fits(known: list, day: tuple, expected: dt.date | None) -> None:
    articles = [_article(f"d{i}", date) for i, date in enumerate(known)] + [_article("wire", day=day)]
    wire = date_datelines(articles)[-1]
    assert wire.published == expected
    assert wire.published_from == (INFERRED if expected else None)


def test_a_dated_source_keeps_its_date() -> None:
    dated = _article("a", dt.date(2024, 3, 1), day=(2, 6))
    assert date_datelines([dated, _article("b", dt.date(2024, 2, 7))])[0] == dated


@pytest.mark.parametrize("known,readings,expected", [
    # "01/11/2024" in a story of 31 October: 1 November
    ([dt.date(2024, 10, 31)], (dt.date(2024, 1, 11), dt.date(2024, 11, 1)), dt.date(2024, 11, 1)),
    # "04/05/2024" in a story of 1 May: both readings are near it, so it stays undated
    ([dt.date(2024, 5, 1)], (dt.date(2024, 4, 5), dt.date(2024, 5, 4)), None),
    # "10-08-2024" beside a source of 10 August: the same day, and 8 October two months off
    ([dt.date(2024, 8, 10)], (dt.date(2024, 10, 8), dt.date(2024, 8, 10)), dt.date(2024, 8, 10)),
    # "03-05-2024" beside sources of 3 March and 5 May: each reading a source's day
    ([dt.date(2024, 3, 3), dt.date(2024, 5, 5)], (dt.date(2024, 3, 5), dt.date(2024, 5, 3)), None),
])
def test_a_stamp_that_reads_two_ways_takes_the_reading_the_other_sources_fit(known: list, readings: tuple,
                                                                             expected: dt.date | None) -> None:
    undated = Article(id="regional", path="seeds/regional.txt", title="t", paragraphs=(Line("Text.", 1),),
                      stamp_readings=readings)
    found = date_datelines([*(_article(f"d{i}", date) for i, date in enumerate(known)), undated])[-1]
    assert found.published == expected
    assert found.published_from == (STAMP_INFERRED if expected else None)


@pytest.mark.parametrize("header,expected", [
    (["Last updated: 29/03 - 18:40"], (3, 29)),  # Africanews: day first, the other sources give the year
    (["Updated: 26/06 - 17:14"], (6, 26)),
    (["Updated: 05/03"], None),  # 5 March or 3 May: no day to date
    (["Politics"], None),
    (["Updated 14:03 GMT, 22 Jan"], (1, 22)),  # the Irish Times: the month named, no year
    (["Published: Oct 9, 5:42 PM"], (10, 9)),
    (["Updated: 22 Jan 2024"], None),  # a year: the stamp dates the page itself
    (["Updated on the day of the storm, 22 Jan"], None),  # words: no stamp's shape
])
def test_a_header_stamp_without_its_year_gives_the_day_to_date(header: list, expected: tuple | None) -> None:
    from sourcebrief.header_credits import yearless_day
    assert yearless_day(header) == expected


def test_a_day_no_year_settles_is_named_in_the_reason_its_dates_stay_unresolved() -> None:
    """ "VIENTIANE, Oct 9 (Reuters) -" with no dated source in the folder: the build says what the page gave."""
    from sourcebrief.chronology import NO_DCT, no_dct
    from sourcebrief.model import Article
    wire = Article(id="w", path="w.txt", title="ASEAN summit", paragraphs=(), dateline_day=(10, 9))
    assert no_dct(wire) == (f"{NO_DCT}: its dateline or stamp gives October 9 but no year, and no other source's "
                            f"date settles one")
    assert no_dct(Article(id="x", path="x.txt", title="ASEAN summit", paragraphs=())) == NO_DCT
