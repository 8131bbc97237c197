"""A dateline without its year ("WASHINGTON, Feb 6 (Reuters) -") takes the year the other sources' dates give,
only when one year fits."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcebrief.dateline_year import INFERRED, date_datelines
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
