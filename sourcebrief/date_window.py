"""Dates of an undated source, from the days the other sources give the events it reports (a dated source's, or an
undated one's full date: "on Tuesday, March 4, 2025").

A source with no publication date leaves "on Sunday" and "January 27" unresolved. But when its "Iraq said Sunday it
had resumed talks" is the event another source dates to Sunday 11 February 2024, its publication day is one of the
few under which its "Sunday" reads as that day: 11 to 17 February. Every expression of the source is then read under
each of those days, and an expression keeps a value only when all of them give it the same: "January 27" is 27
January 2024 whichever day of that week the source came out, and "the following day" the 28th; its "Thursday" stays
unresolved, the reason saying why. Nothing is guessed: a source whose reports match no dated event, or match two
days that no single publication day can both give, stays as it was.

A yearless dateline ("TOKYO, Nov 20 (Reuters) -") picks its day out of the window, and a month and day that bounds no
window ("presented on December 11", an event of 11 December 2024) still takes its event's year. Besides the merge's
test of two reports, a deed told at the same minute of the clock ("began at 22:47 last night", "began at 10:47 p.m.
on Sunday") or on the same named weekday (date_weekday) anchors a source; and a month and day named with their
weekday ("Thursday, March 6th") take the year the weekday gives, window or not.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from . import date_months
from . import date_rules as R
from . import date_values as V
from .annotate import date_spans
from .chronology import NO_DCT, article_dates, left_open
from .date_night import night_anchor
from .date_paraphrase import same_in_other_words
from .date_weekday import same_weekday_part, weekday_hint
from .dates import ArticleDates, Timex, article_dates_found
from .event_candidate import Candidate, idf
from .event_group import says_when
from .event_pair import reports_same
from .event_tense import deeds_on_one_thing
from .model import Article
from .parallel import each

REACH = 8
"""Days on either side of a matched event's day tried as the source's publication day: a weekday or "yesterday"
reads as a day at most a week away. An expression that still reads as that day this far away ("the following day"
after "January 27" does for a year) bounds nothing and is no anchor."""
SHARED = 3
"""Content words a source's clause must share with another source's before the two are compared."""
COMMON = 300
"""A word in more dated clauses than this finds no clause to compare: it says too little, and in a large briefing
looking through all of them would make the step quadratic."""
HINTS = 2
"""Different days that loose weekday ties (date_weekday.weekday_hint) must point to before they anchor a source."""
COMPARED = 16
"""Other sources' clauses compared with one clause, those sharing the most words with it first."""
_CLOCK = re.compile(r"\b(?P<h>\d{1,2})(?:(?P<sep>[:.])(?P<m>\d{2})\s*(?P<ap>[ap])\.?m\b\.?|:(?P<m24>\d{2})(?![\d.:]))",
                    re.IGNORECASE)
"""A clock time to the minute: "10:47 p.m.", "4.10am", "22:47"."""
_ROUND_MINUTES = {0, 30}
"""Minutes of clock times too round to tell one event by ("at 9:30", "at 10:00" are schedules and roundings)."""
LAST_APART = ("a 'last' weekday beside the source's own bare one: likely the week before, but which day the window of "
              "publication days cannot tell")
"""Why a "last Thursday" read under a window, beside the source's bare "Thursday", stays unresolved (_last_apart)."""
_FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_LAST_WEEKDAY = re.compile(rf"last\s+({'|'.join(_FULL_WEEKDAYS)})", re.IGNORECASE)
_WEEKDAY_DATE = re.compile(rf"\b(?P<w>{'|'.join(sorted(R.WEEKDAYS, key=len, reverse=True))})\.?,?\s+(?:the\s+)?"
                           rf"(?:(?P<m>{R.MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
                           rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{R.MONTH})\.?)(?![,\s]*\d)",
                           re.IGNORECASE)
"""A month and day named with their weekday and no year ("on Thursday, March 6th", "Friday 3 January"): the
weekday tells the year."""


@dataclasses.dataclass(frozen=True)
class Window:
    """The publication days of an undated source that fit every event it shares with a dated source."""

    first: _dt.date
    last: _dt.date
    stamped: bool = False
    """Whether the one day is the one of the window's days that the source's yearless dateline or stamp gives."""

    def reason(self) -> str:
        """Why one of its expressions stays unresolved."""
        return (f"source has no publication date; the events it shares with other sources put it between "
                f"{self.first.isoformat()} and {self.last.isoformat()}, and this date differs across those days")

    def note(self) -> str:
        """What the sources page says of its date."""
        if self.stamped:
            return (f"undated; published {self.first.isoformat()}, the day its dateline or stamp gives among those "
                    f"other sources give the events it reports")
        return (f"undated; published between {self.first.isoformat()} and {self.last.isoformat()}, from the days "
                f"other sources give the events it reports")


def windowed_dates(articles: Sequence[Article], dates: Sequence[tuple], found: Sequence[dict],
                   extract: Callable[[Callable, Sequence], list] | None = None
                   ) -> tuple[list[tuple], list[dict], dict[str, Window]]:
    """``dates`` (chronology.article_dates of each article) and ``found`` (its annotations), with each undated
    source that has a Window read again under it; and the windows by source id.

    A source read under its window dates events in turn (its "Friday" is then the 2nd whichever day of its window
    it came out), so the sources left are tried again against those, until no window is found. Each undated source
    is first read alone (_Undated, through ``extract``: analysis.Extract, perhaps from the build cache, where a
    source and the probe day are unchanged)."""
    dates, found, windows = list(dates), list(found), {}
    pending = [i for i, a in enumerate(articles) if a.published is None]
    if not pending:
        return dates, found, windows
    dated: list[Candidate] = []
    year = _latest_year(dates)
    weekdays = {i: _weekday_dates(articles[i], year) for i in pending}  # "on Thursday, March 6th": the one year
    for i in pending:  # near the story whose calendar has that weekday
        if weekdays[i]:
            dates[i], found[i] = _read_fixed(articles[i], weekdays[i], found[i])
    index: dict[str, list[int]] = defaultdict(list)
    monthly = date_months.by_figure(articles, dates)
    newly = list(range(len(articles)))  # an undated source's own full dates too ("on Tuesday, March 4, 2025")
    readings: dict[int, _Undated] = {}
    seen: set[tuple] = set()
    while newly and pending:
        for i in newly:
            for candidate in dates[i][0]:
                key = (i, candidate.text, candidate.source.paragraph, candidate.source.date)
                if V.precision(candidate.source.date) == "day" and not candidate.source.expression.lower().startswith(
                        "since ") and key not in seen:
                    seen.add(key)
                    for word in candidate.words:
                        index[word].append(len(dated))
                    dated.append(candidate)
        weights, probe = idf([c.words for c in dated]), _probe_day(dated)
        if not readings:  # the first round: every source still pending is read under the same probe day
            readings = dict(zip(pending, (extract or each)(_undated, [(articles[i], probe) for i in pending])))
        newly = []
        for i in pending:
            window = readings[i].window(dated, index, weights, monthly)
            window = _on_stamp(articles[i], window) if window is not None else None
            if window is not None:
                windows[articles[i].id] = window
                dates[i], found[i] = _read_under(articles[i], window, found[i])
                newly.append(i)
        pending = [i for i in pending if i not in newly]
    for i in pending:  # no window: each expression that alone tells a dated event's day still takes that day
        known = {**weekdays[i], **(readings[i].fixed if i in readings else {})}
        if known:
            dates[i], found[i] = _read_fixed(articles[i], known, found[i])
    return dates, found, windows


def _undated(item: tuple[Article, _dt.date]) -> _Undated:
    """An undated article read alone under a probe day (``item``): what date_window keeps of it across rounds."""
    return _Undated(*item)


class _Undated:
    """An undated article as date_window reads it, kept across rounds: its expressions read with no publication day
    and under each day tried, and its dated clauses (read under ``probe``, a day whose clauses' words are those of
    any: the first round's _probe_day) with where each expression starts."""

    def __init__(self, article: Article, probe: _dt.date) -> None:
        self.article = article
        self.trials: dict[_dt.date, list[Timex]] = {}
        read = article_dates_found(article)
        unresolved = {t.start for t in read.timexes if t.value == "unresolved"}
        self.fixed: dict[int, str] = {}
        """Where an expression starts, for each that tells a dated event and reads as its day under every publication
        day tried ("December 11" beside a source's event of 11 December 2024): the day it is, though it bounds no
        window."""
        self.relative: list[tuple[int, Candidate]] = []
        """Each clause whose expression stays unresolved without a publication day, with that expression's start."""
        if unresolved:
            for candidate in article_dates(dataclasses.replace(article, published=probe),
                                           _with_body(read, self.timexes(probe)))[0]:
                start = _start(read, candidate)
                if start in unresolved:
                    self.relative.append((start, candidate))

    def timexes(self, day: _dt.date) -> list[Timex]:
        """The article's expressions read as if published on ``day``."""
        if day not in self.trials:
            self.trials[day] = article_dates_found(dataclasses.replace(self.article, published=day)).timexes
        return self.trials[day]

    def window(self, dated: list[Candidate], index: dict[str, list[int]], weights: dict[str, float],
               monthly: dict[tuple[str, str], set[str]] | None = None) -> Window | None:
        """The publication days under which each relative date that reports a dated event (``dated``) reads as that
        event's day (or a month's figure, ``monthly``: date_months); None when no such date is found or no day fits
        them all."""
        anchors: list[tuple[int, str]] = []  # (start of the expression in the body, the day another source gives)
        hints: list[tuple[int, str]] = []  # loose weekday ties (date_weekday.weekday_hint), trusted two days or more
        months = date_months.month_days(self.relative, monthly or {}, self.timexes)
        for start, candidate in self.relative:
            if V.precision(candidate.source.date) not in ("day", "time"):
                continue  # "of the summer" in the sentence of a dated medical never reads as its day: no anchor, and
                # no bar to the sentence's "on Tuesday" either
            days: set[str] = set()
            for n in _sharing(candidate, index):
                if _saying_and_said(candidate, dated[n]):
                    continue
                if dated[n].source.date not in days and (reports_same(candidate, dated[n], weights)
                                                         and not deeds_on_one_thing(candidate.text, dated[n].text)
                                                         or same_in_other_words(candidate, dated[n], weights)
                                                         or same_weekday_part(candidate, dated[n], weights)):
                    days.add(night_anchor(candidate.source.expression, dated[n].source.expression,
                                          dated[n].source.date))
                    if len(days) > 1:
                        break  # two days: no anchor
            if not days:
                days = _same_minute(candidate, dated, index)
            if not days:
                hinted = {dated[n].source.date for n in _sharing(candidate, index, SHARED - 1)
                          if weekday_hint(candidate, dated[n])}
                if len(hinted) == 1:
                    hints.append((start, hinted.pop()))
            if len(days) == 1:
                anchors.append((start, days.pop()))
        if len({day for _, day in hints}) >= HINTS:
            anchors.extend(hints)  # a run of weekdays told day by day, each near a dated clause of its weekday
        fits = months
        for start, day in anchors:
            centre = V.first_day(day)
            near = {centre + _dt.timedelta(days=step) for step in range(-REACH, REACH + 1)}
            near = {d for d in near if _value_at(self.timexes(d), start) == day}
            if {centre - _dt.timedelta(days=REACH), centre + _dt.timedelta(days=REACH)} & near:
                if len(near) == 2 * REACH + 1:
                    self.fixed[start] = day  # "presented on December 11" is the event's 11 December, whenever
                    # the source came out: no bound, but the expression's own day
                continue  # it reads so beyond REACH too ("the following day" after "January 27"): no bound
            fits = near if fits is None else fits & near
        if fits is not None:
            self.fixed.clear()  # a window, or anchors no one day fits: then none of them is trusted, nor these
        return Window(min(fits), max(fits)) if fits else None


def _on_stamp(article: Article, window: Window) -> Window | None:
    """``window`` narrowed to the one of its days that the source's yearless dateline or two-way stamp gives ("TOKYO,
    Nov 20 (Reuters) -" in a window of 19 to 25 November 2023: the 20th, its publication day), when exactly one does:
    the year the other sources' publication dates could not settle, the events do. None when the dateline or stamp
    gives none of its days ("Dec 20" beside a window of November): the page's own day says the events it seemed to
    share are others, and nothing is read from them."""
    if article.dateline_day is None and not article.stamp_readings:
        return window
    days = [window.first + _dt.timedelta(days=n) for n in range((window.last - window.first).days + 1)]
    fits = [d for d in days if (d.month, d.day) == article.dateline_day or d in article.stamp_readings]
    return Window(fits[0], fits[0], stamped=True) if len(fits) == 1 else window if fits else None


def _read_under(article: Article, window: Window, found: dict) -> tuple[tuple, dict]:
    """The article's dated clauses and date annotations with each expression given the value every publication day
    of ``window`` gives it, or left unresolved (the window's reason)."""
    days = [window.first + _dt.timedelta(days=n) for n in range((window.last - window.first).days + 1)]
    readings = [article_dates_found(dataclasses.replace(article, published=day)) for day in days]
    every = _agreed(readings)
    agreed = _last_apart(every)
    apart = {t.start for t, was in zip(agreed.timexes, every.timexes) if t.value != was.value}
    # one day: the source's publication day, as a dated source's ("at 21:30" after "22:47 last night" is no day of
    # its own, not that day by default)
    candidates, missing = article_dates(dataclasses.replace(article, published=days[0]) if len(days) == 1 else article,
                                        agreed)
    missing = [dataclasses.replace(u, reason=LAST_APART) if u.paragraph >= 0 and agreed.starts[u.paragraph] + u.start
               in apart else dataclasses.replace(u, reason=window.reason()) if u.reason.startswith(NO_DCT) else u
               for u in missing]
    return (candidates, missing), {**found, "dates": date_spans(article, agreed, left_open(missing))}


_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|announced|added|confirmed)\b")
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)


def _saying_and_said(one: Candidate, other: Candidate) -> bool:
    """Whether one clause's date is its saying's, of a deed done before it ("The trust said on Tuesday it had taken
    its systems offline"), and the other's the day of what was said ("She said the trust had taken its systems offline
    on Monday"): one deed, but two days, and no anchor. A deed told as done by the saying ("has lifted the advisory,
    the city said Sunday") may be that day's."""
    return (_says_of_before(one) and _dates_said(other)) or (_says_of_before(other) and _dates_said(one))


def _says_of_before(candidate: Candidate) -> bool:
    """Whether a clause's date is its saying's and what was said is a past perfect, a deed before the saying."""
    return says_when(candidate) and bool(_HAD.search(candidate.source.quote))


def _dates_said(candidate: Candidate) -> bool:
    """Whether a clause's date comes after a saying in its sentence, not right after it: the said deed's day."""
    quote = candidate.source.quote
    at = quote.find(candidate.source.expression)
    return at > 0 and bool(_SAID_BEFORE.search(quote, 0, at)) and not says_when(candidate)


def _latest_year(dates: Sequence[tuple]) -> int | None:
    """The year of the latest day the sources' clauses give (``dates``: chronology.article_dates of each article)."""
    days = [c.source.date[:4] for found in dates for c in found[0] if V.precision(c.source.date) == "day"]
    return int(max(days)) if days else None


def _weekday_dates(article: Article, year: int | None) -> dict[int, str]:
    """Where each of the undated article's yearless month-days named with their weekday starts ("on Thursday, March
    6th"), with the day it is: of the year before, of, or after ``year`` (the latest the sources date), the one year
    whose March 6th is a Thursday. In three years running a day never falls twice on one weekday, so at most one
    fits; none (a misprint) leaves it unresolved."""
    if year is None or not any(_WEEKDAY_DATE.search(p.text) for p in article.paragraphs):
        return {}
    known: dict[int, str] = {}
    read = article_dates_found(article)
    for t in read.timexes:
        match = _weekday_date(read.body, t) if t.value == "unresolved" else None
        if match is None:
            continue
        month = R.MONTHS[(match["m"] or match["m2"]).lower().rstrip(".")]
        fits = []
        for y in (year - 1, year, year + 1):
            try:
                day = _dt.date(y, month, int(match["d"] or match["d2"]))
            except ValueError:  # 29 February, 31 April
                continue
            if day.weekday() == R.WEEKDAYS[match["w"].lower()]:
                fits.append(day)
        if len(fits) == 1:
            known[t.start] = fits[0].isoformat()
    return known


def _weekday_date(body: str, timex: Timex) -> re.Match[str] | None:
    """The month and day of ``timex`` with their weekday, in it or just before it ("on Wednesday, December 31", where
    the finder gave "midnight on Wednesday" and "December 31" apart)."""
    for match in _WEEKDAY_DATE.finditer(body, max(0, timex.start - 16), min(len(body), timex.end + 8)):
        if timex.start <= match.start("m" if match["m"] else "d2") and match.end() <= timex.end:
            return match
    return None


def _read_fixed(article: Article, fixed: dict[int, str], found: dict) -> tuple[tuple, dict]:
    """The article's dated clauses and date annotations with only its ``fixed`` expressions resolved (to the day the
    event each tells is given, or its weekday's year gives); every other stays unresolved for want of a publication
    date."""
    read = article_dates_found(article)
    timexes = [dataclasses.replace(t, value=fixed[t.start]) if t.start in fixed else t for t in read.timexes]
    agreed = ArticleDates(read.body, read.starts, timexes, read.captions)
    candidates, missing = article_dates(article, agreed)
    return (candidates, missing), {**found, "dates": date_spans(article, agreed, left_open(missing))}


def _agreed(readings: list[ArticleDates]) -> ArticleDates:
    """The first reading, each expression keeping its value only where every reading gives the same one (the same
    expressions are found under any publication day; where they are not, none is trusted)."""
    first = readings[0]

    def agree(found: list[list[Timex]]) -> list[Timex]:
        spans = [[(t.start, t.end) for t in timexes] for timexes in found]
        if any(s != spans[0] for s in spans):
            return [dataclasses.replace(t, value="unresolved") for t in found[0]]
        return [t if all(o[n].value == t.value for o in found) else dataclasses.replace(t, value="unresolved")
                for n, t in enumerate(found[0])]

    captions = [agree([r.captions[n] for r in readings]) for n in range(len(first.captions))]
    return ArticleDates(first.body, first.starts, agree([r.timexes for r in readings]), captions)


def _last_apart(read: ArticleDates) -> ArticleDates:
    """``read`` with each "last Thursday" left unresolved where the source also names a bare "Thursday": "Thursday's
    protests" and "was forced through … last Thursday" in one report are two Thursdays, the second likely a week
    before the first, and which the writer meant by "last" no publication day of the window can tell."""
    bare = {t.text.lower().removesuffix("'s").removesuffix("’s") for t in read.timexes}
    timexes = [dataclasses.replace(t, value="unresolved")
               if (m := _LAST_WEEKDAY.fullmatch(t.text)) and m[1].lower() in bare else t for t in read.timexes]
    return ArticleDates(read.body, read.starts, timexes, read.captions)


def _with_body(read: ArticleDates, timexes: list[Timex]) -> ArticleDates:
    return ArticleDates(read.body, read.starts, timexes, [[] for _ in read.captions])


def _probe_day(dated: list[Candidate]) -> _dt.date:
    """A publication day to read an undated article's clauses under (the words of a clause do not depend on it):
    the latest day the dated sources give."""
    return max(V.first_day(c.source.date) for c in dated) if dated else _dt.date(2000, 1, 1)


def _start(read: ArticleDates, candidate: Candidate) -> int | None:
    """Where a body candidate's expression starts in the body (None for a caption's)."""
    source = candidate.source
    if source.caption >= 0 or source.paragraph < 0:
        return None
    at = source.quote.find(source.expression)
    paragraph = read.starts[source.paragraph]
    sentence = read.body.find(source.quote, paragraph)
    if at < 0 or sentence < 0:
        return None
    start = sentence + at
    return next((t.start for t in read.timexes if start <= t.start < start + len(source.expression)), None)


def _sharing(candidate: Candidate, index: dict[str, list[int]], least: int = SHARED) -> list[int]:
    """The dated clauses sharing ``least`` words or more with ``candidate`` (its COMMON words aside), at most
    COMPARED of them, the most shared first."""
    counts = Counter(n for word in candidate.words if len(index.get(word, ())) <= COMMON for n in index.get(word, ()))
    return [n for n, shared in counts.most_common(COMPARED) if shared >= least]


def _same_minute(candidate: Candidate, dated: list[Candidate], index: dict[str, list[int]]) -> set[str]:
    """The days of the dated clauses that tell ``candidate``'s deed at the same minute of the clock: "An eruption
    began at 22:47 last night" and "The eruption began at 10:47 p.m. local time on Sunday" share only two words,
    too few to tie two dates, but a thing beginning at that very minute is one thing. A round time ("at 9:30") proves
    nothing, and both must share the verb and a word besides (SHARED less one)."""
    minute = _minute(candidate)
    if minute is None:
        return set()
    days = set()
    for n in _sharing(candidate, index, SHARED - 1):
        if _minute(dated[n]) == minute and candidate.source.source_id != dated[n].source.source_id:
            days.add(dated[n].source.date.split("T")[0])
    return days


_ZONE_TWIN = re.compile(r"\d\s*(?:[ap]\.?m\.?\s*)?(?:local\s+time\s*)?\(\s*$", re.IGNORECASE)
"""A clock time in brackets right after another, the same moment in another zone: "at 23:47 local time (22:47 GMT)"."""


def _minute(candidate: Candidate) -> int | None:
    """The minute of the day of the one clock time in the clause or its date ("10:47 p.m.": 1367), unless round."""
    told = f"{candidate.source.expression} {candidate.text}"
    found = [m for m in _CLOCK.finditer(told) if not _ZONE_TWIN.search(told, 0, m.start())]
    if len(found) != 1:
        return None
    g = found[0]
    hour, minute = int(g["h"]), int(g["m"] or g["m24"])
    if g["ap"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if g["ap"].lower() == "p" else 0)
    if hour > 23 or minute > 59 or minute in _ROUND_MINUTES:
        return None
    return hour * 60 + minute


def _value_at(timexes: list[Timex], start: int) -> str | None:
    return next((t.value.split("T")[0] for t in timexes if t.start == start), None)
