"""Merge the dated sentences of every article into one chronology of events, each citing its sources."""

from __future__ import annotations

import bisect
import functools
import heapq
import datetime as _dt
import math
import re
from collections import Counter, defaultdict
from typing import Sequence

from sourcebrief import date_values as V
from sourcebrief.chrome import caption_words, dateline
from sourcebrief import event_text as T
from sourcebrief.dates import ArticleDates, Timex, article_dates_found
from sourcebrief.model import Article, Line, record

NO_DCT = "source has no publication date"
NO_ANCHOR = "no date in the story it can be counted from"
IN_QUOTE = "date relative to when the speaker spoke, inside a quotation"
_DEICTIC = re.compile(r"^(?:today|tonight|tomorrow|yesterday|this\s+(?:week|month|year|morning|evening)|last\s+night)$",
                      re.IGNORECASE)
_STARTING = re.compile(r"\b(?:starting|beginning)\s+(?:on\s+)?$", re.IGNORECASE)
_STAMP = re.compile(r"^\s*(?:Updated|Published|Posted|Last updated)\b", re.IGNORECASE)
_THRESHOLD = {"same": 0.35, "contains": 0.45, "adjacent": 0.5, "year": 0.6}
"""Weighted content overlap needed to merge, by how the two dates relate."""
_LOWEST_BAR = min(_THRESHOLD.values())
"""No pair scoring below this merges, whatever its dates."""
_CAPTION_PENALTY = 0.25
"""Extra overlap a caption needs to merge with another report."""
_ALIGN_THRESHOLD = 0.4
"""Weighted content overlap for an undated sentence to count as reporting a known event."""
_FIT_MEMBERS = 24
"""Reports of an event compared with a newcomer, from each end (2 x this in all)."""
_GROUP_CANDIDATES = 32
"""Events on related dates scored for a newcomer: those sharing the most words with it."""
_MATCH_MEMO = 1 << 19
"""Clause-pair scores kept while merging (about 30 MB; a dropped one is recomputed identically)."""


@record
class EventSource:
    """One source's report of an event."""

    source_id: str
    """Id of the article."""
    quote: str
    """The article's own sentence."""
    expression: str
    """The words that dated it, with their preposition: ``on Tuesday``."""
    paragraph: int
    """0-based index into ``Article.paragraphs``; -1 when the date is in a caption."""
    date: str
    """The TIMEX3 value this source gives the event."""
    mod: str | None = None
    """TIMEX3 modifier of that date (``MID``, ``END`` ...)."""
    caption: int = -1
    """0-based index into ``Article.captions`` when the date is in a caption, else -1."""
    line: int = 0
    """Seed line of the paragraph or caption (0 if unknown)."""


@record
class Event:
    """One real-world event, merged across the sources that report it."""

    id: str
    """Stable slug: the date and a few content words, unique in the chronology."""
    date: str
    """TIMEX3 value of the event's date (the finest the sources give)."""
    mod: str | None
    """TIMEX3 modifier of that date, if any."""
    precision: str
    """Grain of ``date``: day, week, month, year ..."""
    text: str
    """The clause the date belongs to, trimmed to read as a chronology line."""
    sources: tuple[EventSource, ...]
    """Every source that reports the event, in article order."""
    conflicting_dates: tuple[str, ...] = ()
    """The differing dates sources give the same event (empty when they agree)."""


@record
class Unresolved:
    """A date expression that could not be placed on the calendar."""

    source_id: str
    """Id of the article."""
    paragraph: int
    """0-based paragraph index, -1 for a caption."""
    expression: str
    """The expression as written."""
    quote: str
    """The sentence holding it."""
    reason: str
    """Why it could not be resolved."""


@record
class Chronology:
    """All events in date order, plus what could not be dated."""

    events: tuple[Event, ...]
    """Events sorted by date, then id."""
    unresolved: tuple[Unresolved, ...]
    """Expressions left unresolved, in article order."""
    inferred_dates: tuple[tuple[str, str], ...] = ()
    """(source id, note) for undated sources, e.g. ``undated; reports events up to 2024-02-06``."""

    def to_json(self) -> dict:
        """The ``chronology.json`` shape of DESIGN.md, with extra fields."""
        return {
            "events": [_event_json(event) for event in self.events],
            "unresolved": [{"id": u.source_id, "paragraph": u.paragraph, "expression": u.expression,
                            "quote": u.quote, "reason": u.reason} for u in self.unresolved],
            "inferred_dates": [{"id": source, "note": note} for source, note in self.inferred_dates],
        }


def _event_json(event: Event) -> dict:
    data = {"id": event.id, "date": event.date, "precision": event.precision, "text": event.text,
            "sources": [{"id": s.source_id, "quote": s.quote, "expression": s.expression,
                         "paragraph": s.paragraph, "date": s.date} for s in event.sources]}
    if event.mod:
        data["mod"] = event.mod
    if event.conflicting_dates:
        data["conflicting_dates"] = list(event.conflicting_dates)
    return data


@record
class _Candidate:
    """A dated clause from one source, before merging."""

    source: EventSource
    """Where it comes from and the date it gives."""
    text: str
    """The clause as a chronology line."""
    words: frozenset[str]
    """Stemmed content words of the clause."""
    extra: frozenset[str]
    """Those plus the whole sentence's (when it has no other date) and the next sentence's when that carries
    no date of its own: a lede's "on Tuesday" is often explained by the sentence after it."""
    own: frozenset[str]
    """The clause's words and its whole sentence's, without the next sentence's."""


def build_chronology(articles: Sequence[Article], extracted: Sequence[tuple] | None = None) -> Chronology:
    """Find every dated clause in ``articles`` and merge those that report the same event.

    ``extracted``: ``article_dates(a)`` of each article, when already known (cached or made in parallel)."""
    candidates: list[_Candidate] = []
    unresolved: list[Unresolved] = []
    for found, missing in extracted if extracted is not None else map(article_dates, articles):
        candidates += found
        unresolved += missing
    weights = _idf([c.words for c in candidates])
    events = _name_events([_make_event(group) for group in _group(candidates, weights)])
    index = _QuoteIndex(events)
    inferred = tuple(
        (article.id, _infer_bounds(article, events, weights, index)) for article in articles if article.published is None
    )
    return Chronology(tuple(sorted(events, key=lambda e: (_sort_key(e.date), e.id))), tuple(unresolved), inferred)


def article_dates(article: Article, read: ArticleDates | None = None) -> tuple[list[_Candidate], list[Unresolved]]:
    """Dated clauses and unresolved expressions of one article: body as one narrative, captions apart.

    ``read``: the article's dates.article_dates_found, when already found."""
    body, starts, timexes, caption_timexes = read or article_dates_found(article)
    found: list[_Candidate] = []
    missing: list[Unresolved] = []
    dated = [t.start for t in timexes if t.type in ("DATE", "TIME")]
    for timex, others, coarse in _with_neighbours(body, timexes):
        index = bisect.bisect_right(starts, timex.start) - 1
        after_start, after_end = T.next_sentence(body, timex.end)
        undated_next = not any(after_start <= d < after_end for d in dated)
        context = body[after_start:after_end] if undated_next else ""
        line = article.paragraphs[index]
        _collect(article, _without(line, coarse, starts[index]), (index, -1), starts[index], timex, others, context,
                 found, missing, line.text)
    for index, (caption, in_caption) in enumerate(zip(article.captions, caption_timexes)):
        for timex, others, coarse in _with_neighbours(caption.text, in_caption):
            _collect(article, _without(caption, coarse, 0), (-1, index), 0, timex, others, "", found, missing,
                     caption.text)
    return found, missing


def _with_neighbours(text: str, timexes: list[Timex]) -> list[tuple[Timex, list[tuple[int, int]], list[Timex]]]:
    """Each date expression with the spans of the other dates in the same text, and the dates its clause also gives
    more coarsely (_narrowed), which are not other dates but the same one said twice."""
    dates = [t for t in timexes if t.type in ("DATE", "TIME") and not t.value.endswith("_REF")]
    coarse = {id(c): f for f in dates for c in _narrowed(text, f, dates)}
    # A quotation's "tonight" dates nothing on the calendar (it is left unresolved), so it is no other date.
    spoken = {id(t) for t in dates if _DEICTIC.match(t.text) and T.inside_quotation(text, t.start)}
    # "October was the driest October on record": a sentence giving one date twice tells of it once.
    dates = [t for i, t in enumerate(dates) if not _repeated(text, t, dates[i + 1:])]
    return [(t, [(o.start, o.end) for o in dates if o is not t and coarse.get(id(o)) is not t and id(o) not in spoken],
             [c for c in dates if coarse.get(id(c)) is t])
            for t in dates if not _said_again(text, t, dates) and id(t) not in coarse]


def _repeated(text: str, timex: Timex, later: list[Timex]) -> bool:
    """Whether a later expression of the same sentence gives the same value in the same words."""
    _, right = T.sentence_bounds(text, timex.start, timex.end)
    said = text[timex.start:timex.end].lower()
    return any(o.value == timex.value and o.start < right and text[o.start:o.end].lower() == said for o in later)


_CLAUSE_BETWEEN = re.compile(r";|,\s+(?:and|but|or|which|who|while|after|before|when|as)\s|\s(?:but|while|whereas|when)\s")


def _narrowed(text: str, timex: Timex, dates: list[Timex]) -> list[Timex]:
    """Coarser dates of ``timex``'s clause that hold it, with no date or clause break between: "next month, on
    April 25", "Last year, Hurricane Helene made landfall on Sept. 26, 2024". The finer date dates the event.
    A date naming a thing ("the 2022 election was held on Feb. 6, 2022") is no coarser statement of it."""
    day = timex.value.split("T")[0]
    holding = [o for o in dates if o is not timex and abs(o.start - timex.start) < 400
               and relation(o.value.split("T")[0], day) in ("contains", "year")
               and _GRAIN_ORDER.index(V.precision(o.value.split("T")[0])) > _GRAIN_ORDER.index(V.precision(day))]
    if not holding or T.dates_saying(text, timex.start):
        return []  # "a quake that hit the coast earlier this week, the ministry said Thursday": two events
    left, right = T.sentence_bounds(text, timex.start, timex.end)
    found = []
    for other in holding:
        if not left <= other.start < right or T.names_thing(text, other.start, other.end):
            continue
        low, high = (other.end, timex.start) if other.start < timex.start else (timex.end, other.start)
        if not _CLAUSE_BETWEEN.search(text, low, high) and not any(low <= d.start < high for d in dates):
            found.append(other)
    return found


def _said_again(text: str, timex: Timex, dates: list[Timex]) -> bool:
    """A clock time whose day its sentence also gives by another expression (a date, or a later time): one event,
    dated once ("on Sunday at 8 p.m.", "opened at 6 a.m. and closed at 6 p.m. Sunday")."""
    if timex.type != "TIME":
        return False
    day = timex.value.split("T")[0]
    left, right = T.sentence_bounds(text, timex.start, timex.end)
    return any(o is not timex and left <= o.start < right and o.value.split("T")[0] == day
               and (o.type != "TIME" or o.start > timex.start) for o in dates)


def _without(line: Line, coarse: list[Timex], base: int) -> Line:
    """The line with the coarser statements of a date blanked out (its preposition too), for the date's clause."""
    text = line.text
    for timex in coarse:
        start = T.with_preposition(text, timex.start - base)
        text = text[:start] + " " * (timex.end - base - start) + text[timex.end - base:]
    return Line(text, line.line) if coarse else line


def _collect(article: Article, line: Line, where: tuple[int, int], base: int, timex: Timex,
             others: list[tuple[int, int]], context: str, found: list[_Candidate], missing: list[Unresolved],
             original: str | None = None) -> None:
    """Turn one date expression into a candidate event or an unresolved entry.

    ``original``: the line's text as written, when ``line`` has coarser dates blanked out (_without)."""
    paragraph, caption = where
    text = line.text
    start, end = timex.start - base, timex.end - base
    left, right = T.sentence_bounds(text, start, end)
    sentence = (original or text)[left:right].strip()
    if _STAMP.match(sentence) or timex.value.endswith("_REF") or (caption < 0 and _label(text, start, end, sentence)):
        return
    expression = text[T.with_preposition(text, start):end]
    quoted = bool(_DEICTIC.match(timex.text)) and T.inside_quotation(text, start)
    if timex.value == "unresolved" or quoted:
        reason = IN_QUOTE if quoted else NO_DCT if article.published is None else NO_ANCHOR
        missing.append(Unresolved(article.id, paragraph, expression, sentence, reason))
        return
    value = timex.value.split("T")[0]
    if _sort_key(value) is None:
        return
    local = [(s - base - left, e - base - left) for s, e in others if left <= s - base < right]
    background = T.background(text, start, end, bool(local))
    if background == "":
        return
    if (background is None and article.published and (V.first_day(value) or article.published) > article.published
            and T.told_before(text[left:start])):
        # Ahead of publication only the thing a date names can happen then, not the past telling of it: "announced
        # he would stand in the 25 May election" is a line "The 25 May election".
        background = T.thing_named(text, start, end)
    if caption >= 0:
        clause = T.tidy(caption_words(text[:T.with_preposition(text, start)] + " " + text[end:]))
    elif background is not None:
        clause = T.tidy(background)
    else:
        clause = T.clause(text[left:right], start - left, end - left, local)
    source = EventSource(article.id, sentence, expression, paragraph, value, timex.mod, caption, line.line)
    # The line drops "starting" before its date ("mourning starting Monday"); the merge still reads it.
    words = T.content_words(clause) | T.content_words(text[T.with_preposition(text, start, _STARTING):start])
    if not words:
        return  # nothing but the date ("Published 3 February")
    own = words | T.content_words(sentence)
    extra = words | T.content_words(context) | (own if not local else frozenset())
    found.append(_Candidate(source, clause, words, extra, own))


_WORD = re.compile(r"\b[a-z]{3,}\b")


def _label(text: str, start: int, end: int, sentence: str) -> bool:
    """Whether a date in the body dates no sentence: a stamp kept with its section label ("Politics | 05/03/2025
    18:40", no lower-case word), or the dateline of a paragraph ("ZONGULDAK, Turkey, March 4 (GWS) - Rescue
    teams …") that the cleaner left in because the story's first lines were not where it looked."""
    if not _WORD.search(sentence.replace(text[start:end], "")):
        return True
    if start > 80:
        return False
    found = dateline(text)
    return found is not None and end <= len(text) - len(found[1])


def _sort_key(value: str) -> str | None:
    """An ISO day that orders a value on the calendar (decades and centuries included)."""
    day = V.first_day(value)
    if day is not None:
        return day.isoformat()
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0-01-01"
    if re.fullmatch(r"\d{2}", value):
        return f"{value}00-01-01"
    return None


def _idf(word_sets: list[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each content word over all candidate clauses."""
    counts = Counter(word for words in word_sets for word in words)
    # Smoothed so that, with few clauses, a word two reports share is not punished for being shared.
    total = len(word_sets) + 10
    return {word: math.log(total / (count + 1)) for word, count in counts.items()}


def similarity(a: frozenset[str], b: frozenset[str], weights: dict[str, float]) -> float:
    """Weighted share of ``a``'s content words found in ``b`` (rare words count more); 0 below two shared words."""
    shared_words = a & b
    if len(shared_words) < 2:
        return 0.0
    # fsum: exactly rounded whatever the order, and a set's order changes with the hash seed
    return math.fsum(weights.get(w, 1.0) for w in shared_words) / math.fsum(weights.get(w, 1.0) for w in a)


@functools.lru_cache(maxsize=1 << 16)
def relation(a: str, b: str) -> str | None:
    """How two dates relate: ``same``, ``contains`` (month or week around a day), ``adjacent`` days, ``year``."""
    if a == b:
        return "same"
    grain_a, grain_b = V.precision(a), V.precision(b)
    a0, a1, b0, b1 = V.first_day(a), V.last_day(a), V.first_day(b), V.last_day(b)
    if None in (a0, a1, b0, b1):
        return None
    if grain_a == grain_b == "day":
        return "adjacent" if abs((a0 - b0).days) == 1 else None
    if (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1):
        return "year" if "year" in (grain_a, grain_b) else "contains"
    return None


class _Member:
    """A candidate as the merge reads it: what ``_fit`` compares, looked up once instead of per pair."""

    __slots__ = ("candidate", "source", "date", "photo", "sentence", "text", "dating", "words", "extra", "own", "weight",
                 "phase", "day", "plain")

    def __init__(self, candidate: _Candidate, numbers: dict[tuple, int], weights: dict[str, float]) -> None:
        source = candidate.source
        self.candidate = candidate
        self.source = source.source_id
        self.date = source.date
        self.photo = source.caption >= 0
        # Numbers standing for what two candidates compare: equal numbers, equal things.
        self.sentence = numbers.setdefault((source.source_id, source.paragraph, source.caption, source.quote),
                                           len(numbers))
        """The sentence it comes from."""
        self.text = numbers.setdefault((candidate.words, candidate.extra), len(numbers))
        """Its words (wire copy repeats the same clause in many sources)."""
        self.dating = numbers.setdefault((self.date, self.photo), len(numbers))
        """Its date, and whether it is a photo caption."""
        self.words = candidate.words
        self.extra = candidate.extra
        self.own = candidate.own
        self.weight = math.fsum(weights.get(w, 1.0) for w in candidate.words)
        """The denominator of ``similarity(words, …)``: fsum is exact, so computing it once changes nothing."""
        self.day = V.precision(source.date) == "day"
        self.plain: frozenset[str] | None = None
        """The clause's plain words (_plain_words), found when a day-apart match first needs them."""
        self.phase = T.phase(candidate.words)
        """Whether the clause tells of a start or an end (event_text.phase)."""


def _group(candidates: list[_Candidate], weights: dict[str, float]) -> list[list[_Candidate]]:
    """Merge candidates into events through an index of dates and words, never all pairs.

    Only groups with a member whose date relates to the candidate's (same or adjacent day,
    or one within the other) and that share a word can fit, so only those are scored."""
    groups: list[list[_Member]] = []
    by_day: dict[str, set[int]] = defaultdict(set)
    days_by_year: dict[str, list[str]] = defaultdict(list)
    related_days: dict[str, tuple[tuple[int, ...], list[str]]] = {}
    by_coarse: dict[str, set[int]] = defaultdict(set)
    coarse_by_year: dict[str, list[str]] = defaultdict(list)
    related_coarse: dict[str, tuple[tuple[int, ...], list[str]]] = {}
    group_words: list[set[str]] = []
    clause_words: list[set[str]] = []
    lightest: list[float] = []
    source_days: list[set[tuple[str, str]]] = []
    sentence_dates: list[dict[int, set[str]]] = []
    """Per group: every word of its members' wider texts, of their clauses, its lightest clause's weight,
    (source, day) of its members dated to a day, and the dates of each of its members' sentences."""
    numbers: dict[tuple, int] = {}
    scores: dict[int, dict[int, float]] = {}
    """``_match`` of two texts, by their numbers (at most about _MATCH_MEMO of them)."""
    stored = 0
    for candidate in candidates:
        member = _Member(candidate, numbers, weights)
        date = member.date
        year = _sort_key(date)[:4]
        years = [f"{int(year) + step:04d}" for step in (-1, 0, 1)]
        related: set[int] = set()
        day_grain = V.precision(date) == "day"
        if day_grain:
            day = V.first_day(date)
            for step in (-1, 0, 1):
                related |= by_day.get((day + _dt.timedelta(days=step)).isoformat(), set())
            # Two days from one source are two events: a source does not disagree with itself ("began on
            # October 9 ... The next day, Maersk said ..."), so a group holding the day before or after is out.
            own = {(member.source, (day + _dt.timedelta(days=step)).isoformat()) for step in (-1, 1)}
            related = {i for i in related if own.isdisjoint(source_days[i])}
        else:
            for value in _related_values(date, years, days_by_year, related_days):
                related |= by_day[value]
        for value in _related_values(date, years, coarse_by_year, related_coarse):
            related |= by_coarse[value]
        # A fit needs two shared words; of the groups that have them, the best-sharing few are scored.
        extra = candidate.extra
        indexes = list(related)  # the shared-word counts in one C-level pass: this runs for every related group
        counts = map(len, map(extra.intersection, map(group_words.__getitem__, indexes)))
        sharing = [(-n, i) for n, i in zip(counts, indexes) if n >= 2]
        shortlist = sorted(i for _, i in heapq.nsmallest(_GROUP_CANDIDATES, sharing))
        best, best_score = None, 0.0
        known, bars = scores.pop(member.text, {}), {}
        scores[member.text] = known  # the most recently used text last
        stored -= len(known)
        for index in shortlist:
            if sentence_dates[index].get(member.sentence, {date}) != {date}:
                continue  # two dates in one sentence are two events, even through a third report
            ceiling = _ceiling(member, group_words[index], clause_words[index], lightest[index], weights)
            if ceiling < _LOWEST_BAR or ceiling <= best_score:
                continue  # no member can score enough to merge, or to beat the best so far
            score = _fit(member, groups[index], weights, known, bars)
            if score > best_score:
                best, best_score = index, score
        stored += len(known)
        while stored > _MATCH_MEMO:
            stored -= len(scores.pop(next(iter(scores))))  # forget the least recently used text
        if best is None:
            best = len(groups)
            groups.append([])
            group_words.append(set())
            clause_words.append(set())
            lightest.append(math.inf)
            source_days.append(set())
            sentence_dates.append({})
        groups[best].append(member)
        sentence_dates[best].setdefault(member.sentence, set()).add(date)
        group_words[best] |= extra
        clause_words[best] |= candidate.words
        lightest[best] = min(lightest[best], member.weight)
        if day_grain:
            source_days[best].add((member.source, date))
            if date not in by_day:
                days_by_year[date[:4]].append(date)
            by_day[date].add(best)
        else:
            if date not in by_coarse:
                coarse_by_year[year].append(date)
            by_coarse[date].add(best)
    return [[m.candidate for m in group] for group in groups]


def _related_values(date: str, years: list[str], by_year: dict[str, list[str]],
                    cache: dict[str, tuple[tuple[int, ...], list[str]]]) -> list[str]:
    """Date values of ``years`` seen so far (``by_year``) that relate to ``date``. Each year's values are kept
    in the order first seen, so only the values new since the last call for the same date are checked."""
    counts, related = cache.get(date, ((0,) * len(years), []))
    for year, seen in zip(years, counts):
        related += [d for d in by_year.get(year, ())[seen:] if relation(date, d) is not None]
    cache[date] = (tuple(len(by_year.get(year, ())) for year in years), related)
    return related


def _ceiling(candidate: _Member, wider: set[str], clauses: set[str], lightest: float,
             weights: dict[str, float]) -> float:
    """The most ``_match`` of ``candidate`` with any member of a group can be: ``wider`` and ``clauses`` hold every
    word of its members' ``extra`` and ``words``, ``lightest`` their least ``weight``. Below the lowest bar, its
    members need not be scored (fsum is exactly rounded, so a subset's sum never exceeds its superset's)."""
    return max(_covered(candidate.words, wider, candidate.weight, weights),
               _covered(candidate.extra, clauses, lightest, weights))


def _fit(candidate: _Member, group: list[_Member], weights: dict[str, float], known: dict[int, float],
         bars: dict[int, float]) -> float:
    """How well a candidate fits a group: the best member similarity that clears its date relation's bar.

    ``known`` and ``bars``: the candidate's ``_match`` with member texts and ``_bar`` with member datings,
    by their numbers (filled in here)."""
    best = 0.0
    sentence = candidate.sentence
    # A big event is compared through its first and latest reports only: the merge stays linear.
    members = group if len(group) <= 2 * _FIT_MEMBERS else group[:_FIT_MEMBERS] + group[-_FIT_MEMBERS:]
    for member in members:
        if candidate.phase != member.phase and candidate.phase and member.phase:
            continue  # "mourning ended" is not "mourning starting"
        score = known.get(member.text)
        if score is None:
            score = known[member.text] = _match(candidate, member, weights)
        if score <= best or score < _LOWEST_BAR:
            continue  # cannot raise the best (most members: cheap to rule out first)
        bar = bars.get(member.dating)
        if bar is None:
            bar = bars[member.dating] = _bar(candidate, member)
        if score < bar or member.sentence == sentence:  # two dates in one sentence are two events
            continue
        if candidate.day and member.day and candidate.date != member.date and _plain_match(candidate, member, weights) < bar:
            continue  # a day apart, the clauses' own words must match: not just the names their sentences share
        if candidate.day != member.day and _told_apart(candidate, member, weights):
            continue  # "Karadag Madencilik's coal mine collapsed [last week]" is not "Karadag Madencilik's managers
            # were detained [on Wednesday]"
        if _say_apart(candidate, member):
            continue  # "Kishida said … 'extensive damage'" and "Kishida said … would send 2,000 troops": two events
        best = score
    return best


def _bar(a: _Member, b: _Member) -> float:
    """The similarity two reports need to merge, by how their dates relate (infinite: unrelated)."""
    kind = relation(a.date, b.date)
    if kind is None:
        return math.inf
    # A photo caption names people and places the story also names: it must match closely to merge.
    photo = _CAPTION_PENALTY if a.photo or b.photo else 0.0
    return _THRESHOLD[kind] + photo


def _match(a: _Member, b: _Member, weights: dict[str, float]) -> float:
    """How much of either clause the other report's wider text covers (``similarity`` both ways)."""
    return max(_one_way(a, b, weights), _one_way(b, a, weights))


def _one_way(a: _Member, b: _Member, weights: dict[str, float]) -> float:
    """How much of ``a``'s clause ``b``'s wider text covers; nothing when that is only through the sentence after
    ``b``'s: its own sentence must share a word with ``a``'s text ("Schools were meant to reopen on Monday." and, in
    the next paragraph, "The WHO was sending 1.4 million doses" do not make Monday the day doses arrived)."""
    score = _covered(a.words, b.extra, a.weight, weights)
    return score if score and not b.own.isdisjoint(a.extra) else 0.0


def _plain_match(a: _Member, b: _Member, weights: dict[str, float]) -> float:
    """``similarity`` both ways of the two clauses' plain words, without names or the wider texts: "A door plug
    blew off an Alaska Airlines Boeing 737 MAX 9 jet" is not "The FAA grounds 171 Boeing 737 MAX 9 jets"."""
    for member in (a, b):
        if member.plain is None:
            member.plain = _plain_words(member.candidate.text)
    if len(a.plain & b.plain) < 3 and a.plain != b.plain:
        return 0.0  # two words ("the 11 miners were rescued") say too little to tie two dates, unless both say just them
    return max(similarity(a.plain, b.plain, weights), similarity(b.plain, a.plain, weights))


def _say_apart(a: _Member, b: _Member) -> bool:
    """Whether two clauses share only names: each has at least three plain words (_plain_words), and none in common."""
    for member in (a, b):
        if member.plain is None:
            member.plain = _plain_words(member.candidate.text)
    return len(a.plain) >= 3 and len(b.plain) >= 3 and a.plain.isdisjoint(b.plain)


def _told_apart(a: _Member, b: _Member, weights: dict[str, float]) -> bool:
    """Whether a day and a coarser date's reports each tell what happened in their own plain words (two or more,
    besides names) and share too few of them: the names they share prove no more than that the story is the same.
    A clause that is only names ("The U.S.-Iraq Joint Security Cooperation Dialogue in Washington") is told apart
    from nothing."""
    for member in (a, b):
        if member.plain is None:
            member.plain = _plain_words(member.candidate.text)
    return len(a.plain) >= 2 and len(b.plain) >= 2 and len(a.plain & b.plain) < 2


def _plain_words(line: str) -> frozenset[str]:
    """Content words of a line but its names and numbers (its first word is capitalised only as a line's is, unless a
    capitalised word follows it: "Prime Minister Fumio Kishida")."""
    opening = line if re.match(r"\S+\s+[A-Z]", line) else line[:1].lower() + line[1:]
    return frozenset(w for w in T.content_words(opening, names=False) if not w[:1].isdigit())


def _covered(words: frozenset[str], other, weight: float, weights: dict[str, float]) -> float:
    """The weight of ``words`` found in ``other``, over ``weight``; 0 below two shared words."""
    shared = words.intersection(other)
    return math.fsum(weights.get(w, 1.0) for w in shared) / weight if len(shared) >= 2 else 0.0


_GRAIN_ORDER = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century", "other")


def _make_event(group: list[_Candidate]) -> Event:
    """One event from a group: the finest date most sources give, every source, any conflict."""
    finest = min(_GRAIN_ORDER.index(V.precision(c.source.date)) for c in group)
    fine = [c for c in group if _GRAIN_ORDER.index(V.precision(c.source.date)) == finest]
    votes = Counter(c.source.date for c in fine)
    date = max(votes, key=lambda d: (votes[d], -fine.index(next(c for c in fine if c.source.date == d))))
    lead = next(c for c in fine if c.source.date == date and c.source.caption < 0) if any(
        c.source.date == date and c.source.caption < 0 for c in fine) else next(c for c in fine if c.source.date == date)
    seen, sources = set(), []
    for candidate in group:
        key = (candidate.source.source_id, candidate.source.quote, candidate.source.expression)
        if key not in seen:
            seen.add(key)
            sources.append(candidate.source)
    conflicting = tuple(sorted(votes)) if len(votes) > 1 else ()
    return Event("", date, lead.source.mod, V.precision(date), lead.text, tuple(sources), conflicting)


def _name_events(events: list[Event]) -> list[Event]:
    """Give each event a unique slug id: its date and up to four content words."""
    named, used = [], Counter()
    for event in sorted(events, key=lambda e: (_sort_key(e.date), e.text)):
        words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", event.text)
                 if w.lower() not in T.STOPWORDS and len(w) > 2][:4]
        slug = "-".join([event.date.lower(), *words]) or event.date.lower()
        used[slug] += 1
        unique = slug if used[slug] == 1 else f"{slug}-{used[slug]}"
        named.append(Event(unique, event.date, event.mod, event.precision, event.text, event.sources,
                           event.conflicting_dates))
    return named


def _infer_bounds(article: Article, events: list[Event], weights: dict[str, float],
                  index: "_QuoteIndex | None" = None) -> str:
    """For an undated source: the latest date among dated events its sentences report."""
    index = index or _QuoteIndex(events)
    latest: _dt.date | None = None
    for paragraph in article.paragraphs:
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph.text):
            plain = _words(sentence, False)
            for quote in index.sharing(plain):
                if latest is not None and index.latest[quote][0][0] <= latest:
                    continue  # no source dates it later: cannot raise the latest (cheaper than end_of)
                end = index.end_of(quote, article.id)
                if end is None or (latest is not None and end <= latest):
                    continue
                if _aligned(sentence, quote, weights):
                    latest = end
    return f"undated; reports events up to {latest.isoformat()}" if latest else "undated; no dated event matched"


class _QuoteIndex:
    """Quotes of day-dated events by their lower-case content words, so a sentence meets only the quotes
    it shares four such words with (the least ``_aligned`` accepts) instead of every event."""

    def __init__(self, events: list[Event]) -> None:
        ends: dict[str, dict[str, _dt.date]] = defaultdict(dict)
        self.by_word: dict[str, list[str]] = defaultdict(list)
        for event in events:
            end = V.first_day(event.date) if V.precision(event.date) == "day" else None
            if end is None:
                continue
            for s in event.sources:
                if s.quote not in ends:
                    for word in _words(s.quote, False):
                        self.by_word[word].append(s.quote)
                known = ends[s.quote].get(s.source_id)
                if known is None or end > known:
                    ends[s.quote][s.source_id] = end
        # The two latest (day, source) of each quote: the latest of any other source is one of them.
        self.latest = {quote: heapq.nlargest(2, ((d, s) for s, d in by_source.items()))
                       for quote, by_source in ends.items()}

    def end_of(self, quote: str, source_id: str) -> _dt.date | None:
        """Latest day another source than ``source_id`` dates this quote's event."""
        return next((d for d, s in self.latest[quote] if s != source_id), None)

    def sharing(self, words: frozenset[str]) -> list[str]:
        hits = Counter(q for w in words for q in self.by_word.get(w, ()))
        return [q for q, n in hits.items() if n >= 4]


@functools.lru_cache(maxsize=1 << 17)
def _words(text: str, names: bool = True) -> frozenset[str]:
    return T.content_words(text, names=names)


def _aligned(sentence: str, quote: str, weights: dict[str, float]) -> bool:
    """Whether an undated sentence and a dated quote report the same thing.

    Shared names prove little (the same people appear in every report), so at least four shared
    lower-case words are needed besides a fair weighted overlap."""
    if len(_words(sentence, False) & _words(quote, False)) < 4:
        return False
    return similarity(_words(sentence), _words(quote), weights) >= _ALIGN_THRESHOLD
