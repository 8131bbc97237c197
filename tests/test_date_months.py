"""Figures that tie an undated source's month to a dated one's (date_months)."""

from sourcebrief.date_months import figures


def test_exact_figures_with_what_they_count() -> None:
    assert figures("America's employers added a robust 254,000 jobs last month") == {("254,000", "job")}
    assert figures("Nonfarm payrolls increased by 254,000 jobs") == {("254,000", "job")}


def test_round_figures_and_rates_tie_nothing() -> None:
    assert figures("Economists had forecast up to 200,000 new jobs") == set()
    assert figures("the unemployment rate dipped from 4.2% to 4.1%") == set()
