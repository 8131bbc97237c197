"""Merge the dated sentences of every article into one chronology of events, each citing its sources."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Sequence

from sourcebrief import date_entries, date_night as N
from sourcebrief import date_values as V
from sourcebrief.chrome import caption_words
from sourcebrief.datelines import dateline
from sourcebrief.day_counts import counted_days, referenced
from sourcebrief import event_background as B
from sourcebrief import event_text as T
from sourcebrief.event_group import GRAIN_ORDER, make_events, says_when, without_named
from sourcebrief.event_fragment import fragment, photo_moment
from sourcebrief.event_no_news import bare_happened, line_candidates, writers_own
from sourcebrief.event_saying import dates_saying, resolved_ahead, told_before
from sourcebrief.event_sentence import FINITE, inside_quotation, next_sentence, sentence_bounds, tidy, with_preposition
from sourcebrief.event_words import STOPWORDS, content_words
from sourcebrief.event_list import listed_item
from sourcebrief.event_act import SourceTexts, joined_acts
from sourcebrief.event_bounds import QuoteIndex, infer_bounds
from sourcebrief.event_candidate import Candidate, idf, relation, sort_key
from sourcebrief.event_merge import merge_candidates
from sourcebrief.event_restrictive import end_of_start, perfect_relative, restrictive_line
from sourcebrief.event_subject import date_subject, unnamed, unnamed_quantity, with_lost_subject, with_subject, without_chunk
from sourcebrief.dates import ArticleDates, Timex, article_dates_found, restated_count, unresolved_reason
from sourcebrief.date_habit import HABITUAL as _HABITUAL  # one list of habit adverbs with the date finder's
from sourcebrief.date_rules import AHEAD_CLOCK, PLACE_TIME, TIME_ZONE, backstory
from sourcebrief.chronology_model import Chronology, Event, EventSource, Unresolved
from sourcebrief.model import Article, Line

NO_DCT = "source has no publication date"
NO_ANCHOR = "no date in the story it can be counted from"


def no_dct(article: Article) -> str:
    """NO_DCT, saying what the page gave when its dateline or stamp has a day but no year ("VIENTIANE, Oct 9
    (Reuters) -") that no other source's date settles (``dateline_year``): the year would be a guess."""
    if not article.dateline_day:
        return NO_DCT
    month, day = article.dateline_day
    return (f"{NO_DCT}: its dateline or stamp gives {V.MONTH_NAMES[month - 1]} {day} but no year, and no other "
            f"source's date settles one")
IN_QUOTE = "date relative to when the speaker spoke, inside a quotation"
RANGE = "the start of a range, whose deed no one date gives"
BARE_TIME = "clock time with no day, in a story that last told of another day"
_DEICTIC = re.compile(r"^(?:(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?|noon|midnight)\s+)?"  # "6pm yesterday" too
                      r"(?:today|tonight|tomorrow|yesterday|this\s+(?:week|month|year|morning|evening)|last\s+night)$",
                      re.IGNORECASE)
_STARTING = re.compile(r"\b(?:starting|beginning)\s+(?:on\s+)?$", re.IGNORECASE)
_STAMP = re.compile(r"^\s*(?:Updated|Published|Posted|Last updated|This\s+(?:content|article|story|page)\s+was\s+"
                    r"(?:last\s+)?(?:published|updated|posted))\b", re.IGNORECASE)
_CREDIT_END = re.compile(r"[.\s]*\((?:[^()]*/[^()]*|[^()]*\b(?:[Pp]hoto|AP|Reuters|AFP|Getty|Images|File)\b[^()]*)\)\s*$")
"""A photo credit in brackets closing a caption: "(Pacific Wire/J. Ortiz)", "(AP Photo)"."""
_COMPOUNDED = re.compile(r"-[a-z]")
"""A hyphen joining a date to the word after it: "2006-built", "2019-vintage"."""
_DOCUMENT_AFTER = re.compile(r"\s+(?:(?:annual|financial|quarterly|interim|full-year)\s+)?(?:report|accounts|results|"
                             r"statements?|filings?|budget|study|survey|audit)\b")
"""A document a year names, right after it ("the bank's 2021 annual report", "its 2023 accounts")."""
_BARE_COPULA = re.compile(r"\s(?:was|were|is|are)(?:$|\s+(?:and|but|or)\s)")
"""A line ending on a copula whose complement was the date ("The last big rail strike was [a fortnight ago]"), or a
copula left before a conjunction ("She was[, on Tuesday morning,] and the zoo deserves credit"): no sentence."""
_SPENT = re.compile(r"\bsp[ea]n(?:ds?|t|ding)\s+(?:all\s+(?:of\s+)?|the\s+whole\s+(?:of\s+)?)?$", re.IGNORECASE)
""""spend" before a bare date: the date is the verb's object ("I spent Monday refreshing the news"), which the line
must keep to read as a sentence."""
_RANGE_OPENED = re.compile(r"(?<![\w.,])(?:1[89]|20)\d{2}\s?[-–]\s?$")
"""A year and a dash right before a date: the date closes a span ("the tariff for the 2024-2026 period"), which names a
period and dates no deed of its end."""
_LASTING_UNTIL = re.compile(r"\b(?:until|till)\s+(?:at\s+least\s+)?(?:the\s+(?:end|start|middle)\s+of\s+)?$", re.IGNORECASE)
""""until" before a date: what lasts until a month or a year ("fixes the tariff until 2026", "a contract until June
2027") is a state, not an event of that month or year."""
_SUBJECT_PARTICIPLE = re.compile(r"\b[a-z]{3,}ed\s+(?:on\s+|in\s+)?$")
"""A past participle right before a date ("samples [collected] on October 8 and October 9 showed …")."""
_GIVEN_TIME = re.compile(r"\b(?:ha(?:s|ve|d|ving)|given|(?:gives?|gave)\s+[\w'’]+)\s+(?:only\s+|just\s+)?$", re.IGNORECASE)
"""Time given up to a deadline, before its "until": "Okafor's lawyers [have] until early December to file"."""
_SLASH_CREDIT = re.compile(r"[,\s]*\s/\s+(?:[A-Z][\w.'’&-]*\s*){1,4}$")
"""A photo credit after a slash closing a caption: "Cranes at the port of Antwerp, March 2024 / Belga"."""
_DEADLINE = re.compile(r"(?:by|until|till|no\s+later\s+than)\s", re.IGNORECASE)
"""A deadline's preposition: after a past decision to act ("agreed to stop buying gas [by] the end of 2027") the date
is the aim's, never the decision's, whether or not the source gives its publication date."""


def build_chronology(articles: Sequence[Article], extracted: Sequence[tuple] | None = None,
                     notes: Mapping[str, str] | None = None) -> Chronology:
    """Find every dated clause in ``articles`` and merge those that report the same event.

    ``extracted``: ``article_dates(a)`` of each article, when already known (cached or made in parallel).
    ``notes``: what is known of an undated source's date (date_window.Window.note), by source id."""
    candidates: list[Candidate] = []
    unresolved: list[Unresolved] = []
    for found, missing in extracted if extracted is not None else map(article_dates, articles):
        candidates += found
        unresolved += missing
    weights = idf([c.words for c in candidates])
    # An event told only by lines of a number's change whose pronoun stays unnamed ("It rose as more bodies were
    # brought to hospitals") tells a reader nothing: it is left out.
    groups = joined_acts(merge_candidates(line_candidates(candidates), weights), SourceTexts(articles))  # one act in other verbs
    groups = [group for group in groups if not all(fragment(c.text, c.source, c.ahead) or writers_own(c) or photo_moment(
        c.source) for c in group)]  # "By 1.5%", "Here is what we know", a photo's "Rescuers search the rubble"
    events = _name_events(without_named([event for group in groups if not all(unnamed_quantity(c.text) for c in group)
                                         for event in make_events(group)]))
    index = QuoteIndex(events)
    inferred = tuple(
        (article.id, (notes or {}).get(article.id) or infer_bounds(article, events, weights, index))
        for article in articles if article.published is None
    )
    return Chronology(tuple(sorted(events, key=lambda e: (sort_key(e.date), e.id))), tuple(unresolved), inferred)


def article_dates(article: Article, read: ArticleDates | None = None) -> tuple[list[Candidate], list[Unresolved]]:
    """Dated clauses and unresolved expressions of one article: body as one narrative, captions apart.

    ``read``: the article's dates.article_dates_found, when already found."""
    body, starts, timexes, caption_timexes = read or article_dates_found(article)
    found: list[Candidate] = []
    missing: list[Unresolved] = []
    timexes = [t for t in timexes if not _closes_span(body, t)]
    dated = [t.start for t in timexes if t.type in ("DATE", "TIME")]
    for timex, others, coarse in _with_neighbours(body, timexes):
        index = bisect.bisect_right(starts, timex.start) - 1
        after_start, after_end = next_sentence(body, timex.end)
        undated_next = not any(after_start <= d < after_end for d in dated)
        context = body[after_start:after_end] if undated_next else ""
        line = article.paragraphs[index]
        _collect(article, _without(line, coarse, starts[index]), (index, -1), starts[index], timex, others, context,
                 found, missing, line.text)
        missing += _twins_left_open(article.id, index, timex.start - starts[index], coarse, starts[index], missing)
    for timex in _counted(body, found, dated):
        index = bisect.bisect_right(starts, timex.start) - 1
        _collect(article, article.paragraphs[index], (index, -1), starts[index], timex, [], "", found, missing)
    for index, (caption, in_caption) in enumerate(zip(article.captions, caption_timexes)):
        in_caption = [t for t in in_caption if not _closes_span(caption.text, t)]
        for timex, others, coarse in _with_neighbours(caption.text, in_caption):
            _collect(article, _without(caption, coarse, 0), (-1, index), 0, timex, others, "", found, missing,
                     caption.text)
    return found, missing


def _closes_span(text: str, timex: Timex) -> bool:
    """Whether a year closes a span of years ("for the 2024-2026 period"): it names a period, no event's date, nor a
    date beside the sentence's own (its line would be cut at the dash)."""
    return timex.text[:4].isdigit() and _RANGE_OPENED.search(text, max(0, timex.start - 8), timex.start) is not None


def _counted(body: str, found: list[Candidate], dated: list[int]) -> list[Timex]:
    """The counts of days from an event the story dates ("96 hours after the collapse"), as dates, in sentences with
    no date of their own. A saying's date ("…, police said on Monday") is no date of the event it reports."""
    lines = []
    for candidate in found:
        source = candidate.source
        at = source.quote.find(source.expression)
        if source.caption < 0 and at >= 0 and not dates_saying(source.quote, at):
            lines.append((source.date, candidate.words - referenced(candidate.text)))
    counted = []
    for start, end, value in counted_days(body, lines):
        left, right = sentence_bounds(body, start, end)
        if not any(left <= d < right for d in dated):
            counted.append(Timex(start, end, body[start:end], "DATE", value))
    return counted


def _with_neighbours(text: str, timexes: list[Timex]) -> list[tuple[Timex, list[tuple[int, int]], list[Timex]]]:
    """Each date expression with the spans of the other dates in the same text, and the dates its clause also gives
    more coarsely (_narrowed), which are not other dates but the same one said twice."""
    dates = [t for t in timexes if t.type in ("DATE", "TIME") and not t.value.endswith("_REF")
             and not B.budget_year(text, t.start, t.end)]  # "the 2024 Appropriation Bill" is a name
    coarse = {id(c): f for f in dates for c in _narrowed(text, f, dates)}
    coarse.update((id(later), first) for first, later in zip(dates, dates[1:]) if _restated(text, first, later))
    # "Two days earlier, on Thursday, winds had dropped": one date, which Thursday gives.
    coarse.update((id(first), later) for first, later in zip(dates, dates[1:]) if restated_count(text, first, later))
    # A quotation's "tonight" dates nothing on the calendar (it is left unresolved), so it is no other date.
    spoken = {id(t) for t in dates if _DEICTIC.match(t.text) and inside_quotation(text, t.start)}
    # "October was the driest October on record": a sentence giving one date twice tells of it once.
    dates = [t for i, t in enumerate(dates) if not _repeated(text, t, dates[i + 1:])]
    # A clock time its sentence dates again by a day ("at about 3 a.m. … on Tuesday") is part of that day's date, not
    # another date; one followed by a later time ("pushed at 04:09 on Friday and reverted at 05:27") is another clause.
    # (Not by its own time told again in another zone: "at 11:08pm local time (22:08 GMT)" is one time, no day.)
    sayers = {id(t): _said_again(text, t, [o for o in dates if coarse.get(id(o)) is not t]) for t in dates}
    again = {id(t): t.value.split("T")[0] for t in dates if sayers[id(t)] is not None}
    # The zone's restatement of such a time is part of it too: "at about 8:30 p.m. local time (0030 GMT Thursday) late
    # on Wednesday" is one Wednesday.
    return [(t, [(o.start, o.end) for o in dates if o is not t and coarse.get(id(o)) is not t and id(o) not in spoken
                 and (t.type == "TIME" or again.get(id(o)) != t.value)
                 and (t.type == "TIME" or id(o) not in coarse or again.get(id(coarse[id(o)])) != t.value)],
             [c for c in dates if coarse.get(id(c)) is t])
            for t in dates if id(t) not in again and id(t) not in coarse]


def _restated(text: str, first: Timex, later: Timex) -> bool:
    """Whether ``later`` is ``first``'s clock time told again in another zone, in brackets: "at 8am local time
    (23:00 GMT Wednesday)", "at 12:17 a.m. (1617 GMT on Monday)" are one moment, dated by its local day; so is the
    day after such a time: "at 2:51 a.m. Japan time on Saturday (17:51 GMT Friday)"; and a day told again in apposition,
    "shut down today, Thursday," (one day, not two lines)."""
    if first.value == later.value and re.fullmatch(r"\s*,\s*", text[first.end:later.start]):
        return True
    return (first.type in ("TIME", "DATE") and later.type in ("TIME", "DATE")
            and bool(_ZONE_BRACKET.fullmatch(text, first.end, later.start))
            and bool(_ZONE.search(text, first.end, later.end) or _ZONE_AFTER.match(text, later.end)))


_ZONE_BRACKET = re.compile(rf"\s*(?:{PLACE_TIME}|[A-Z]{{2,4}})?\s*\(\s*(?:\d{{1,2}}[:.]?\d{{2}}\s*[A-Z]{{2,4}}\s+(?:on\s+)?)?")
"""From a clock time to the same moment in another zone, in brackets: " local time (", " (1617 GMT on "."""
_ZONE = re.compile(rf"\b{TIME_ZONE}\b")
"""A time zone, which the brackets must name: "this morning (Oct. 13)" gives the day, not another zone's."""
_ZONE_AFTER = re.compile(rf"\s+(?:{TIME_ZONE}\b|{PLACE_TIME})")  # "(6.50pm Thailand time)" too
"""A zone right after the bracket's time, outside its expression: "11:50 a.m. London time (6:50 a.m. [ET])"."""


def _repeated(text: str, timex: Timex, later: list[Timex]) -> bool:
    """Whether a later expression of the same sentence gives the same value in the same words."""
    _, right = sentence_bounds(text, timex.start, timex.end)
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
               and GRAIN_ORDER.index(V.precision(o.value.split("T")[0])) > GRAIN_ORDER.index(V.precision(day))]
    if not holding or dates_saying(text, timex.start):
        return []  # "a quake that hit the coast earlier this week, the ministry said Thursday": two events
    left, right = sentence_bounds(text, timex.start, timex.end)
    found = []
    for other in holding:
        if (not left <= other.start < right or B.names_thing(text, other.start, other.end) or B.record_window(text, other.start, other.end)
                or text.startswith(("'s", "’s"), other.end)):  # "since last week's collapse": a thing, kept whole
            continue
        low, high = (other.end, timex.start) if other.start < timex.start else (timex.end, other.start)
        if not _CLAUSE_BETWEEN.search(text, low, high) and not any(low <= d.start < high for d in dates):
            found.append(other)
    return found


def _said_again(text: str, timex: Timex, dates: list[Timex]) -> Timex | None:
    """The expression giving again the day of a clock time (a date, or a later time), if its sentence has one: one
    event, dated once ("on Sunday at 8 p.m.", "opened at 6 a.m. and closed at 6 p.m. Sunday")."""
    if timex.type != "TIME":
        return None
    day = timex.value.split("T")[0]
    left, right = sentence_bounds(text, timex.start, timex.end)
    # Not across a clause break: "Rivers burst their banks overnight …, and Opava was under water by Sunday morning"
    return next((o for o in dates if o is not timex and left <= o.start < right and o.value.split("T")[0] == day
                 and (o.type != "TIME" or o.start > timex.start)
                 and not _CLAUSE_BETWEEN.search(text, min(o.end, timex.end), max(o.start, timex.start))), None)


def _without(line: Line, coarse: list[Timex], base: int) -> Line:
    """The line with the coarser statements of a date blanked out (its preposition too), for the date's clause."""
    text = line.text
    for timex in coarse:
        start = with_preposition(text, timex.start - base)
        text = text[:start] + " " * (timex.end - base - start) + text[timex.end - base:]
    return Line(text, line.line) if coarse else line


def _collect(article: Article, line: Line, where: tuple[int, int], base: int, timex: Timex,
             others: list[tuple[int, int]], context: str, found: list[Candidate], missing: list[Unresolved],
             original: str | None = None) -> None:
    """Turn one date expression into a candidate event or an unresolved entry.

    ``original``: the line's text as written, when ``line`` has coarser dates blanked out (_without)."""
    paragraph, caption = where
    text = line.text
    start, end = timex.start - base, timex.end - base
    # The bounds of the sentence as written: a blanked date opening it ("In 2024, floods …") would join it to the last.
    left, right = sentence_bounds(original or text, start, end)
    sentence = (original or text)[left:right].strip()
    if _STAMP.match(sentence) or timex.value.endswith("_REF") or (caption < 0 and _label(text, start, end, sentence)):
        return
    if date_subject(text, start, end) is not None:
        return  # "…, and Tuesday was the first clear morning": a subject, which the clause cannot lose
    conjuncts = [c for s, e in others if s - base > end and (c := date_subject(text, s - base, e - base)) is not None]
    others = [(s, e) for s, e in others if date_subject(text, s - base, e - base) is None]
    right = min([right, *(c for c in conjuncts if c >= left)])  # the other dates' lines end before that conjunct
    if _COMPOUNDED.match(text, end):
        return  # "the 2006-built suezmax": the year is a word of a noun's modifier, no event of the sentence's
    if _DOCUMENT_AFTER.match(original or text, end) and re.fullmatch(r"\d{4}", timex.text):
        return  # "concealed losses in the bank's 2021 annual report": the year names the report, not the deed's time
    if _HABITUAL.search(sentence) and not any(c.isdigit() for c in timex.text):
        return  # "Nepal's monsoon, which usually runs from June to September": any year's June, no event's
    expression = text[with_preposition(text, start):end]
    quoted = bool(_DEICTIC.match(timex.text)) and inside_quotation(text, start)
    bare = (caption < 0 and _bare_time(article, timex, others, (left, right, paragraph), base, found, text)
            and not AHEAD_CLOCK.search(text, left, start))  # "will hold a press conference at 12 noon": that day's
    local = [(s - base - left, e - base - left) for s, e in others if left <= s - base < right]
    background = B.background(text, start, end, bool(local))
    if local and timex.value != "unresolved" and B.opens_range(text, start, end):
        # "took $212,000 between 2019 and 2022": the span is the deed's time, not its first end
        missing.append(Unresolved(article.id, paragraph, expression, sentence, RANGE, start))
        return
    if timex.value == "unresolved" or quoted or bare:
        if background == "" and not quoted and article.published is not None:
            return  # "up from 124 a week earlier": a comparison's term dates no event, resolved or not
        reason = (IN_QUOTE if quoted else BARE_TIME if bare else unresolved_reason(timex)
                  or (no_dct(article) if article.published is None else NO_ANCHOR))
        missing.append(Unresolved(article.id, paragraph, expression, sentence, reason, start))
        return
    value = timex.value.split("T")[0]
    if sort_key(value) is None or V.precision(value) == "century":
        return  # "has warmed by 1.2 degrees in the last century": a century dates a trend, no event
    if V.precision(value) in ("year", "month") and (until := _LASTING_UNTIL.search(text, left, start)) and not \
            _GIVEN_TIME.search(text, left, until.start()):
        return  # "The deal fixes the tariff … until 2026": a state lasting until a coarse date, no event then (but
        # "have until early December to file": a deadline falls then)
    if resolved_ahead(text[left:start]) and (_DEADLINE.match(expression) or article.published and (
            V.first_day(value) or article.published) > article.published):
        return  # "agreed on Monday to stop buying Russian gas by the end of 2027": the agreement is not of 2027 (a
        # deadline's "by" says so without a publication date)
    if background is None and not local and perfect_relative(text[left:start]):
        return  # "lifted the suspension it had imposed on Tuesday": Tuesday's is the imposing, which the line of the
        # whole sentence would not tell (beside a date of the sentence's own, the clause is a line of its own)
    if background == "" or (background is None and caption < 0 and local
                            and T.restates(text[left:right], start - left, end - left, local)):
        return  # a date of no event, or of a saying that only repeats what another date of its sentence dates
    if (background is None and article.published and (V.first_day(value) or article.published) > article.published
            and told_before(text[left:start])):
        # Ahead of publication only the thing a date names can happen then, not the past telling of it: "announced
        # he would stand in the 25 May election" is a line "The 25 May election".
        background = B.thing_named(text, start, end)
    elif background is None and any(s < start - left for s, _ in local) and B.names_thing(text, start, end):
        # A thing a date names after the date of the sentence's own verb: "The ECP on Sunday completed the results for
        # the seats contested in the February 8 general elections" is a line "The February 8 general elections".
        background = B.thing_named(text, start, end)
    if caption >= 0:  # the date and those joined to it go: "… prime minister from 2010 to 2016"
        first, last = T.coordinated(text, start, end, [(s - base, e - base) for s, e in others])
        clause = tidy(_SLASH_CREDIT.sub("", _CREDIT_END.sub("", caption_words(text[:with_preposition(text, first)]
                                                                          + " " + text[last:]))))
    elif background is not None:
        clause = tidy(background)
    else:
        # "would fall by half a point by the end of this year, a full point in 2025": each date its own item
        listed = listed_item(text[left:right], start - left, end - left, local) if local else None
        if listed is not None and not listed[0]:
            return  # a later item of a list whose head is not plain: no line rather than a fragment
        parting = [(s, e) for s, e in local if not B.rescheduled(text, s + left)  # a move's days are its object's
                   and not end_of_start(text, start, s + left)]  # a later end's, its start's deed's
        if _participle_dates(text, left, right, start, end, others, base):
            return  # "samples collected on October 8 and October 9 showed no E. coli": the result's line is the last day's
        if _SPENT.search(text, left, start):
            return  # "I spent [Monday] refreshing the news": without its object the line is no sentence
        clause = (not local and restrictive_line(text[left:right], start - left, end - left) or T.clause(*(listed or (text[left:right], start - left, end - left, parting))))
        before = text[:left] if left or paragraph <= 0 else article.paragraphs[paragraph - 1].text
        lede = article.paragraphs[0].text if paragraph > 0 else ""  # "Dutch chip equipment maker Veldmark …"
        clause = with_lost_subject(without_chunk(with_subject(clause, text[left:right].strip(), before, lede)),
                                   text[left:right].strip())
        if _subjectless(clause) or _BARE_COPULA.search(clause) or bare_happened(clause):
            return  # "Committing to present a draft peace agreement by May 2", "The last big rail strike was", "Police
            # said the crash happened": no sentence a reader can use
    source = EventSource(article.id, sentence, expression, paragraph, value, timex.mod, caption, line.line)
    # The line drops "starting" before its date ("mourning starting Monday"); the merge still reads it.
    words = content_words(clause) | content_words(text[with_preposition(text, start, _STARTING):start])
    if not words:
        return  # nothing but the date ("Published 3 February")
    own = words | content_words(sentence)
    extra = words | content_words(context) | (own if not local else frozenset())
    ahead = article.published is not None and (V.first_day(value) or article.published) > article.published
    found.append(Candidate(source, clause, words, extra, own, ahead, mention=caption < 0 and bool(background),
                           time=timex.value.partition("T")[2], unnamed=unnamed(clause)))


_OPENS_BARE = re.compile(r"(?:Would|Will|Could|Should|Might|Must)\s+[a-z]|[A-Z][a-z]{2,}ing(?:\s+(?:(?:to|the|a|an|its|"
                         r"their|about|around|nearly|almost|some|more|over)\s|\d)|\Z)")
"""A line opening with a modal or a participle, with no subject before it: "Would meet for the first time"; or a
participle alone ("after retiring last Monday": "Retiring") or before a quantity ("after burning about 1,300 hectares
since Saturday": "Burning about 1,300 hectares")."""


def _participle_dates(text: str, left: int, right: int, start: int, end: int, others: list[tuple[int, int]],
                      base: int) -> bool:
    """Whether a date, with later dates joined to it by "and", dates a participle in the subject of the sentence's verb
    after them: the sentence's line tells that verb's deed, which follows the last of those days, not the first."""
    participle = _SUBJECT_PARTICIPLE.search(text, left, start)
    if participle is None or FINITE.search(text, left, participle.start()):
        return False
    _, last = T.coordinated(text, start, end, [(s - base, e - base) for s, e in others])
    return last > end and " and " in text[end:last] and FINITE.search(text, last, right) is not None


def _subjectless(line: str) -> bool:
    """Whether a body line still has no subject: it opens with a modal, or with a participle and has no finite verb
    of its own ("Fighting erupted …" has one, and a subject)."""
    opening = _OPENS_BARE.match(line)
    return opening is not None and (not opening.group().split()[0].endswith("ing") or not FINITE.search(line))


def _twins_left_open(source_id: str, paragraph: int, start: int, coarse: list[Timex], base: int,
                     missing: list[Unresolved]) -> list[Unresolved]:
    """The same clock time told in another zone ("at 11:08pm local time (22:08 GMT)"), left without a day as the
    time it restates was (BARE_TIME): its annotation must not give the publication day either."""
    if not missing or missing[-1].reason != BARE_TIME or missing[-1].start != start or missing[-1].paragraph != paragraph:
        return []
    return [Unresolved(source_id, paragraph, twin.text, missing[-1].quote, BARE_TIME, twin.start - base)
            for twin in coarse if twin.type == "TIME"]


def left_open(missing: Sequence[Unresolved]) -> frozenset[tuple[int, int]]:
    """(paragraph, offset) of the clock times left without a day (BARE_TIME), for their annotation to agree."""
    return frozenset((u.paragraph, u.start) for u in missing if u.reason == BARE_TIME)


_WORD = re.compile(r"\b[a-z]{3,}\b")
_DAY_WORD = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|today|tonight|yesterday"
                       r"|tomorrow|overnight|night|morning|afternoon|evening|\d{4})", re.IGNORECASE)


def _bare_time(article: Article, timex: Timex, others: list[tuple[int, int]], where: tuple[int, int, int], base: int,
               found: list[Candidate], text: str) -> bool:
    """Whether a clock time with no day of its own ("lost contact at 11:41 p.m.") was dated to the publication day
    only by default, in a story whose last dated event before it (not a saying's date) is another day: "crashed late
    Sunday" and then "at 11:41 p.m." in Monday's report is Sunday night, or not known; never Monday by default. Not the
    small hours after its evening clock (N.night_told_on), nor after a plan's day ahead ("flown … tomorrow. … woke people
    shortly after 2am"), nor before a live blog entry's stamp (date_entries.before_own_stamp)."""
    left, right, paragraph = where
    if timex.type != "TIME" or article.published is None or _DAY_WORD.search(timex.text):
        return False
    if timex.value.split("T")[0] != (published := article.published.isoformat()) or any(left <= s - base < right for s, _ in others):
        return False
    told = [c.source for c in found if c.source.source_id == article.id and c.source.caption < 0 and V.precision(
        c.source.date) == "day" and not says_when(c) and not (c.source.date > published and told_before(text[left:timex.start - base]))
            and not backstory(c.source.quote, c.source.expression)]
    return bool(told) and told[-1].date != published and not date_entries.before_own_stamp(
        article, paragraph, timex.value.split("T")[1], told[-1].paragraph, text[left:timex.start - base]) and not (
        paragraph - 1 <= told[-1].paragraph <= paragraph
        and N.night_told_on(timex.value, told[-1].date, told[-1].expression, text[left:timex.start - base],
                                          told[-1].quote))


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


def _name_events(events: list[Event]) -> list[Event]:
    """Give each event a unique slug id: its date and up to four content words."""
    named, used = [], Counter()
    for event in sorted(events, key=lambda e: (sort_key(e.date), e.text)):
        words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", event.text)
                 if w.lower() not in STOPWORDS and len(w) > 2][:4]
        slug = "-".join([event.date.lower(), *words]) or event.date.lower()
        used[slug] += 1
        unique = slug if used[slug] == 1 else f"{slug}-{used[slug]}"
        named.append(Event(unique, event.date, event.mod, event.precision, event.text, event.sources,
                           event.conflicting_dates, event.repeats))
    return named

