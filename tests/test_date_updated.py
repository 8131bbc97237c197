"""The day a story's text was written when its page stamps an update days after publication (date_updated)."""

import datetime as dt

from sourcebrief.dates import article_dates_found
from sourcebrief.model import Article, Line, Removed

BODY = ("The six-storey building came down on Tuesday. Police arrested the owner on Wednesday. "
        "Rescuers ended the operation on Thursday morning.")


def _values(body: str, stamps: tuple[str, ...]) -> list[tuple[str, str]]:
    article = Article(id="a", path="a.txt", title="T", paragraphs=(Line(body, 3),),
                      removed=tuple(Removed(1 + i, text, "date stamp (kept as metadata)") for i, text in enumerate(stamps)),
                      published=dt.date(2024, 10, 23))
    return [(t.text, t.value) for t in article_dates_found(article).timexes]


def test_weekday_only_fitting_the_update_is_read_against_it() -> None:
    """The Hindu: published Wednesday 23 October, updated Thursday 24; "Thursday morning" is the 24th, not the 17th."""
    assert _values(BODY, ("Updated - October 24, 2024 09:18 am IST - BENGALURU",))[-1] == ("Thursday morning", "2024-10-24")


def test_without_update_or_same_day_update_the_publication_counts() -> None:
    assert _values(BODY, ())[-1] == ("Thursday morning", "2024-10-17")
    assert _values(BODY, ("Updated - October 23, 2024 11:50 pm IST",))[-1] == ("Thursday morning", "2024-10-17")


def test_update_days_later_or_no_other_weekday_keeps_the_publication() -> None:
    """Updated four days on, "Thursday" may be either week's; with no other weekday the story's week is unknown."""
    assert _values(BODY, ("Updated - October 27, 2024 09:18 am IST",))[-1] == ("Thursday morning", "2024-10-17")
    body = "Rescuers ended the operation on Thursday morning."
    assert _values(body, ("Updated - October 24, 2024 09:18 am IST",))[-1] == ("Thursday morning", "2024-10-17")


def test_other_words_read_differently_keep_the_publication() -> None:
    """"yesterday" reads differently against the update too: not only weekdays, not sure."""
    body = BODY + " The owner appeared in court yesterday."
    assert _values(body, ("Updated - October 24, 2024 09:18 am IST",))[-2] == ("Thursday morning", "2024-10-17")
