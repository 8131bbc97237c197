"""Where a date's clause starts and ends in its sentence (``_span``), with the subject it needs from before it; the
clause words a date's own phrase (event_own_phrase) and a line's shortening (event_shorten) also read. Read by
``event_text``."""

from __future__ import annotations

import re

from sourcebrief import date_rules
from sourcebrief.event_joints import dashed_asides, named_with_aside, verbless_but
from sourcebrief.event_antecedent import antecedent
from sourcebrief.event_clause_parts import shared_subject
from sourcebrief.event_saying import attribution
from sourcebrief.event_sentence import APPOSITIVE_CLOSED, FINITE, with_preposition

_CLAUSE_SPLIT = re.compile(
    r";\s+|,?\s+(?:but|while|whereas|although|though|when|whereupon)\s+|,\s+(?:which|who|whose|where|after|before|as)\s+"
    r"|\s+after\s+(?=(?:a|an|the|his|her|their|its)\s)|[—–]\s+|\s+-\s+"
    r"|,\s+with\s+(?=(?:[a-z][\w-]*\s+){1,4}(?:expected|due|set|scheduled)\s)"
    r"|,\s+(?:the|a|one|two|three|four|five|six|\d+)\s+(?:day|week|month|hour)s?\s+(?:after|before)\s+(?=[a-z]+ing\b)"
    r"|^\s*(?:if|unless|should)\s[^,;]{1,150},\s+|:\s+(?=(?:on|in|at|last|earlier|later|then)\s)",
    re.IGNORECASE,
)
"""Where a sentence's clauses part; ", with opening statements expected on Wednesday" is a clause of its own, and so
is ", the day after declaring a state of emergency" (another event, told as the first one's reference), and the main
clause after an opening condition ("If the jury does not reach a verdict by Friday, [deliberations will continue next
Monday]"), and a clause a colon opens with its date ("the second ferry fire this month: [on the 2nd, a smaller vessel
caught fire]")."""
ALL_BUT = re.compile(r"\b(?:all|anything|nothing|everyone|everything|everybody|none|nobody)$", re.IGNORECASE)
"""A word before which "but" means "except": "all but 2,000 homes" is no clause."""
_ANTECEDENT = re.compile(r"((?:[A-Z][\w'’.-]*\s?)(?:(?:[A-Z][\w'’.-]*|(?:al|el)-[A-Z][\w'’.-]*|bin|ibn|bint|abu)\s?){0,4})$")
"""A name ending where a relative clause opens, its particles kept: "Qasim al-Araji[, who visited …]"."""
_BEGAN = re.compile(r"(?:began|started|ended|erupted|broke\s+out|concluded)\b")
"""A relative clause telling a start or an end: its antecedent is a happening, so a sentence's opening phrase ("The
strike at Ford's Kentucky Truck Plant, which began on Oct. 11"), not the place named at its end."""
_NAME_OF = re.compile(r"\b((?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+of\s+(?:the\s+)?"
                      r"|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+of\s+the\s+)"
                      r"(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w'’.-]*\s?){1,4})$")
"""A noun phrase whose "of" ends in a name, which is a relative clause's antecedent rather than the name alone: a name
("the Tower of London") or "the … of the …" ("the committee of the whole House"); not "a resurgence of ISIS, which
seized …"."""
_NOUN_PHRASE = re.compile(r"^.*\b((?:the|a|an|its|their|his|her)\s+[^,;]{1,40})$", re.IGNORECASE)
"""A relative clause's antecedent when no name is: "the quake[, which struck …]"."""
_PREPOSED = re.compile(r"^(?:In|During|At|After|Before|Following|Throughout)\s+((?:the|a|an|its|their|his|her|our)"
                       r"\s+[^,;]{1,60})$")
"""A sentence's opening phrase after its preposition, a relative clause's antecedent: "In [his charge to the jury],
which finished last Thursday, …" (the charge finished, not the jury)."""
NO_SUBJECT = re.compile(r"(?:was|were|is|are|has|have|had|will|would|remained|became|later)\b")
"""A clause opening with one of these has the subject of the clause before it."""
_BRACKETED_END = re.compile(r"\s*\([^()]{0,200}\)$")


def _span(sentence: str, start: int, end: int, other_dates: list[tuple[int, int]]
          ) -> tuple[int, int, str, tuple[int, int] | None]:
    """(left, right, subject, aside) of the clause holding ``sentence[start:end]``: where it starts and ends, the
    subject it needs from before its start (a relative clause's antecedent), and an aside inside it."""
    left, right, subject, relative = 0, len(sentence), "", False
    aside = None
    dashed = dashed_asides(sentence, start)
    for match in _CLAUSE_SPLIT.finditer(sentence):
        word = match.group().strip(" ,").lower()
        pair = next(((s, e) for s, e in dashed if s <= match.start() < e), None)
        if pair:  # "The cavers – five Spanish and one French – became stranded": an aside between dashes, no clause
            aside = aside or (pair if pair[0] >= left else None)
            continue
        if aside and match.start() < aside[1] - 1:  # (the aside's closing comma may open the next clause)
            continue  # a split inside the aside is the aside's own: "Schools, which … after the holidays on Monday,"
        if word == "after" and "," not in match.group() and match.end() <= start and len(
                sentence[match.end():start].split()) <= 8 and not _own_verb(sentence, match.end(), start):
            continue  # "reopen after the holidays on Monday": no clause of its own follows this "after"
        if word == "after" and "," not in match.group() and match.end() <= start and _saying_after_phrase(
                sentence, match.end(), start, end):
            continue  # "have agreed to a truce after a first round of talks in Qatar, the two sides said [on Wednesday]"
        if word == "after" and "," not in match.group() and match.end() <= start and _SPAN_BEFORE.search(
                sentence, 0, match.start()).group():
            continue  # "late on Monday, about 30 hours after the collapse, the minister told …": a measure, no clause
        if word == "after" and "," not in sentence[end:match.end()] and match.start() >= end and _SPAN_NAMED.search(
                sentence, end, match.start()):
            continue  # "said on Tuesday that the 72 hours after the disaster were critical": a span named, no clause
        if word == "but" and "," not in match.group() and ALL_BUT.search(sentence, 0, match.start()):
            continue  # "Power was restored to all [but] 2,000 homes by 2pm": "but" is "except", no clause
        if word == "when" and match.end() <= start and "," not in match.group() and _when_ends_deed(
                sentence, left, match.start(), other_dates):
            continue  # "were killed when their helicopter crashed [on Sunday]": one time, and the deed is the line's
        if match.end() < start or (match.end() == start and word not in ("after", "before", "as")):
            relative = word in ("which", "who", "whose")
            closed = sentence.find(", ", match.end(), start) if relative else -1
            if word in ("when", "where") and (inside := APPOSITIVE_CLOSED.search(sentence, match.end(), start)) \
                    and ", " not in sentence[match.end():inside.start()] and ", " in sentence[:match.start()]:
                # "The exchange, the biggest since 2020 [when over 1,000 prisoners were freed], is set to be completed
                # on Sunday": a when-clause inside an aside, closed before the main verb
                closed = inside.start()
            if closed >= 0:
                # "Lai, who takes office on May 20, visited Hualien on Wednesday": the date is the main clause's.
                aside, relative = (match.start(), closed + 1), False
                continue
            if relative:
                # "ISIS, which in 2014 seized ...": the relative clause needs its antecedent as subject;
                # "The walkout, which began on October 9, ...": a short opening phrase is one too.
                before = _BRACKETED_END.search(sentence, 0, match.start())  # "a DANA (…), which": the DANA
                named = _ANTECEDENT.search(sentence, 0, before.start() if before else match.start())
                # "the committee of the whole House, which …": the committee, not the House
                # ("whose" is the name's: "the licence of Karadag Madencilik, whose mine collapsed")
                named = _NAME_OF.search(sentence, 0, named.end()) or named if named and word != "whose" else named
                opening = sentence[:match.start()] if left == 0 else ""
                phrase = _NOUN_PHRASE.search(sentence, 0, match.start())
                preposed = _PREPOSED.match(opening)
                subject = (opening if _BEGAN.match(sentence, match.end()) and DETERMINED_OPENING.match(opening)
                           and len(opening.split()) <= 8  # "The strike at Ford's Kentucky Truck Plant, which began"
                           else preposed.group(1) if preposed and not FINITE.search(preposed.group(1))
                           else _with_modifiers(sentence, named) if named else opening if 0 < len(opening.split()) <= 4
                           else phrase.group(1) if phrase else "")
                # "raised its forecast for fiscal 2025, which ends next June": the period ends, not the forecast; but
                # "killed in air strikes on Friday, which targeted 85 sites": the strikes did, not Friday
                dated = next((s for s, e in other_dates if e == match.start()), None)
                if dated is not None:
                    subject = sentence[dated:match.start()] if _PERIOD_VERB.match(sentence, match.end()) else \
                        _antecedent_before(sentence, with_preposition(sentence, dated))
                subject = antecedent(sentence, match.start(), word, subject)  # "a moratorium …, which expires"
                if word == "whose" and subject:  # "Karadag Madencilik, whose mine collapsed": the mine is its
                    subject = subject.rstrip() + "'s"
                plural = _PLURAL_BEFORE_PLACE.search(sentence, 0, match.start()) if subject and not subject.rstrip(
                    ).endswith("s") and _PLURAL_VERB.match(sentence, match.end()) else None
                if plural:  # "oil exports through the Iraq-Turkey pipeline, which have been halted": the exports
                    subject = plural.group(1)
            elif not (NO_SUBJECT.match(sentence, match.end()) or past_verb(sentence, match.end())):
                subject = ""  # "..., which held land but was declared defeated in 2017": the same subject goes on
            elif not subject and word in ("but", "while", "although", "though", "whereas"):
                # "The start of the term had been set for 8 January but has been pushed back to 29 January", "The
                # club had agreed a fee in late May, but withdrew on June 10"
                opening = (SUBJECT.match(sentence, left, match.start())
                           or _APPOSED_SUBJECT.match(sentence, left, match.start()) or NAMED_SUBJECT.match(sentence, left)
                           or named_with_aside(sentence, left))
                subject = opening.group(1) if opening and opening.group(1).split() != ["Her"] else ""
                if subject.strip() in DETERMINERS and (determined := DETERMINED_SUBJECT.match(sentence, left, match.start())):
                    # "The town first handed out water …, but moved …": "The town", not "The" (nor "The town first")
                    subject = re.sub(r"\s(?:first|then|later|also|initially|earlier)\s+$", " ", determined.group(1))
                saying = _SAYING_INSIDE.search(subject)
                if saying and _SAYING_VERB.match(sentence, match.end()):
                    subject = subject[:saying.start()]  # "Minister X said supplies were not at risk, but warned
                    # that …": the sayer warned, not the supplies
            left = match.end()
        elif match.start() >= end:
            if word == "but" and "," not in match.group() and verbless_but(sentence, match.end(), other_dates):
                continue  # "finding all six cold [but unhurt] in a dry chamber": two words of one predicate, no clause
            right = match.start()
            if word in ("after", "before"):  # "still missing a day [after the quake …]": the span goes with it
                right = _SPAN_BEFORE.search(sentence, end, right).start()
            break
    joined = sentence.rfind(", and ", left, start)
    if joined > left and not relative and not subject and _CLAUSE_OPENING.match(sentence, joined + 6) and _own_verb(
            sentence, left, joined) and not any(left <= s < joined for s, _ in other_dates):
        # "The committee stage took nine hours over two weeks, and the Government took urgency on Tuesday": the
        # second clause has its own subject and verb, and the date is its alone
        left = joined + 6
    if relative:  # a relative clause ends at its closing comma: "The walkout, which began on October 9, has ..."
        close = sentence.find(", ", end, right)
        right = close if close >= 0 else right
    if (other := _AND_OTHER_SUBJECT.search(sentence, end, right)) and FINITE.search(sentence, left, start) and not any(
            end <= s < other.start() for s, _ in other_dates):
        right = other.start()  # "opened shortly after 10 p.m. [and flights at Keflavik were] not affected": theirs
    if AND_VERB.match(sentence, end) and MODAL_VERB.search(sentence, left, start):
        right = min(right, end)  # "would begin in January and report by mid-year": the second plan is not January's
    # "extended the strike on Wednesday after talks broke down on Tuesday": a date and a connective end a clause.
    for other_start, other_end in other_dates:
        joint = _AFTER_DATE.match(sentence, other_end)
        if joint and left <= other_end and joint.end() <= start and _own_verb(sentence, joint.end(), start) and not (
                aside and aside[0] <= joint.start() < aside[1]) and not _saying_after_phrase(
                sentence, joint.end(), start, end):  # not inside an aside ("since 2020 when …,"), nor a phrase up to
            # the attribution the date dates ("… from Friday evening [until Monday morning for resurfacing work], it
            # said on Tuesday": the saying's verb is no clause's after the connective)
            # the clause after the connective has its own subject, not a relative clause's antecedent ("the mission,
            # which … slipped into 2026 after problems … were found [last summer]")
            left, subject = joint.end(), ""
        elif other_start > end and end < right and (_AFTER_DATE.match(sentence, end) or and_past_verb(sentence, end)
                                                    or _AND_AUXILIARY.match(sentence, end)
                                                    or AND_OWN_CLAUSE.match(sentence, end)
                                                    or _AND_PERIOD_VERB.match(sentence, end)):
            # "grounded the jets on Jan. 6 and allowed them to fly on Jan. 24", "formed on Sunday and became a
            # hurricane on Monday", "began on Saturday and is expected to last until Sunday": two clauses
            right = end
        elif other_start > end and (later := later_conjunct(sentence[:with_preposition(sentence, other_start)], end,
                                                             left)) and later.start() < right:
            right = later.start()  # "Last week, the tanker was struck by a drone and caught fire on Tuesday"
        elif other_start > end and 0 <= (conjunct := sentence.find(", and ", end, other_start)) < right:
            right = conjunct  # "was introduced on November 21, and a committee held hearings on Monday"
        elif (left <= other_start and other_end <= start and (second := _AND_PERIOD_VERB.match(sentence, other_end))
              and second.end() <= start
              and (named := DETERMINED_SUBJECT.match(sentence, left) or NAMED_SUBJECT.match(sentence, left))
              and named.group(1).split()[-1] not in DETERMINERS):
            # "Ramadan began on 10 March [and ends] on 9 April": the second verb's clause, the same subject
            left, subject = sentence.index("and", other_end) + 4, named.group(1).strip()
        elif (left <= other_start and other_end <= start and (second := _AND_AUXILIARY.match(sentence, other_end))
              and second.end() <= start and (shared := shared_subject(sentence, left, other_start))):
            # "The Texelstroom was pulled free late on Monday [and is back] in port, TESO said on Tuesday", "The
            # strike … began on Thursday morning [and is due] to end at 7am on Saturday": the later date tells the
            # second verb, with the same subject, not the first date's deed again
            left, subject = sentence.index("and", other_end) + 4, shared
    plan = _AND_PLAN.search(sentence, left, with_preposition(sentence, start)) if not subject else None
    if plan and not any(left <= s < start for s, _ in other_dates) and not _SAYING_WORD.search(
            re.sub(r",[^,]{1,80},", "", sentence[left:plan.start()])) and (
            shared := shared_subject(sentence, left, plan.start())):
        # "The cable ship Reliance left Suva at dawn, the cable company said, [and should reach] Samoan waters on
        # Saturday": the date is the plan's, told with the subject; the departure is no deed of Saturday's
        left, subject = plan.start("plan"), shared
    return left, right, subject, aside


_PERIOD_VERB = re.compile(r"(?:ends?|ended|begins?|began|starts?|started|runs?|ran|closes?|closed|expires?|expired"
                          r"|falls?|fell|marks?|marked|is|was|will)\b")
"""A relative clause's verb that a period does: "fiscal 2025, which [ends] next June" (a date is its antecedent)."""


def _with_modifiers(sentence: str, named: re.Match[str]) -> str:
    """A relative clause's named antecedent with the article and hyphened modifiers before it: "[The 21-year-old]
    Spaniard, who beat Djokovic last year" is "The 21-year-old Spaniard beat Djokovic", not "Spaniard beat …"."""
    modifiers = _HYPHENED_BEFORE.search(sentence, 0, named.start(1))
    return (modifiers.group() if modifiers else "") + named.group(1)


_HYPHENED_BEFORE = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?)\s+(?:[\w'’]+-[\w'’-]+\s+){1,2}$")
"""An article and hyphened modifiers ("the 21-year-old", "a seven-time") right before a name."""


def _antecedent_before(sentence: str, at: int) -> str:
    """The noun phrase a relative clause after a date belongs to, ending where the date's phrase starts: "the raid
    [on Friday], which …" is the raid's; "" when no name or determined noun ends there."""
    named = _ANTECEDENT.search(sentence, 0, at)
    phrase = _NOUN_PHRASE.search(sentence, 0, at)
    return named.group(1) if named else phrase.group(1) if phrase else ""
def _when_ends_deed(sentence: str, left: int, at: int, other_dates: list[tuple[int, int]]) -> bool:
    """Whether the clause before a "when" tells a deed of its own past verb and no date: what the "when" clause dates
    happened at the same time ("Raisi and Amir-Abdollahian were killed when their helicopter crashed on Sunday")."""
    return (not any(left <= s < at for s, _ in other_dates) and bool(_DEED.search(sentence, left, at))
            and len(sentence[left:at].split()) <= 20)


_DEED = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|en)|told|sent|kept|held|found|brought|caught|left"
                   r"|shut|hit|struck|shot|led|made|paid)\b|\b(?:died|killed|injured|wounded|arrested|hit)\b")
"""A past deed: a passive ("were killed", "was arrested", "were told not to log on") or a verb of harm."""


_PLURAL_VERB = re.compile(r"\s*(?:have|are|were)\b")
_PLURAL_BEFORE_PLACE = re.compile(r"\b((?:[a-z]+\s+)?[a-z]+s)\s+(?:through|via|from|of|in|across|to|along)\s+"
                                  r"(?:the\s+)?[^,;]{1,50}$")
"""A plural noun before the name a relative clause follows, which a plural verb agrees with: "oil exports through the
Iraq-Turkey pipeline, which have been halted"."""


DETERMINED_OPENING = re.compile(r"(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our)\s")


def _saying_after_phrase(sentence: str, after: int, start: int, end: int) -> bool:
    """Whether an "after" phrase without a verb of its own runs up to the attribution the date at ``start`` dates:
    "… after [a first round of direct talks in Qatar], the two sides said in a joint statement on Wednesday"."""
    said = attribution(sentence[:with_preposition(sentence, start)], sentence[end:])
    return said is not None and said > after and not _own_verb(sentence, after, said)


def later_conjunct(window: str, previous: int, verb_from: int | None = None) -> re.Match[str] | None:
    """The "and" of a second past verb of the subject at the end of ``window``, after ``previous`` and the first's
    object ("Last month, the ship was hit by a Houthi missile [and sank] on March 2"), else None. Only after an earlier
    verb of its own (from ``verb_from``, else ``previous``), not after a verbless list ("Iran and Iraq signed …")."""
    joints = [m for m in _CONJUNCT.finditer(window, previous) if (past_verb(window, m.end()) or FINITE.match(
        window, m.end())) and not _AUXILIARY_WORD.match(window, m.end())]
    after = previous + len(re.match(r"[\s,]*", window[previous:]).group())  # "Last month[, ]the ship …"
    if not joints or CLAUSE_COMMA.search(window, after, len(window)) or not FINITE.search(
            window, previous if verb_from is None else verb_from, joints[-1].start()):
        return None
    return joints[-1]


_AUXILIARY_WORD = re.compile(r"(?:was|were|is|are|has|have|had|will|would|said|told|announced|added|warned)\b")
"""An auxiliary or a saying after "and": the second verb of a subject told elsewhere ("and were down another 2% on
Friday"), or a saying whose line is what was said ("and said she would visit the area on Wednesday")."""


AND_OWN_CLAUSE = re.compile(r"\s+and\s+(?=(?:(?:the|a|an|its|their)\s+)?(?!(?:then|later|also|again|soon|now|is|are|was|were|has|have|had|will|would)\b)[a-z]+"
                             r"\s+(?:" + FINITE.pattern + "))")
"""A date followed by "and" and a clause with its own one-word subject: "on the 5th [and] results came …"."""


def _own_verb(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` has a finite verb of its own: not one after "and", which goes on with the
    subject before it ("fell 6% on Monday after the disclosure [and were down] another 2%")."""
    return any(not sentence[max(start, verb.start() - 4):verb.start()].endswith("and ")
               for verb in FINITE.finditer(sentence, start, end))


_CLAUSE_OPENING = re.compile(r"(?:the|a|an|its|their|his|her|[A-Z][\w'’.-]*)\s+(?:[\w'’-]+\s+){0,3}?(?=(?:[a-z]{2,}ed|was"
                             r"|were|is|are|has|have|had|will|would|took|made|came|went|began|fell|rose|won|lost|said"
                             r"|told|gave|held|left|sent|struck|hit)\b)")
"""A clause opening with its own subject and verb: "[the Government] took urgency …"."""
_AND_AUXILIARY = re.compile(r"\s+and\s+(?:is|are|has|have|will|would)\s+(?:now\s+|also\s+)?[a-z]{3,}")
"""A date followed by "and" and a second verb of the same subject in another tense: "began on Saturday [and is
expected] to last"."""
_AND_PLAN = re.compile(r"\s+and\s+(?P<plan>(?:should|will|could|may|might|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to)"
                       r"\s+[a-z]{3,}\b[^,;]*)$")
"""A second verb of the same subject told as a plan, up to a date: "left Suva at dawn[ and should reach] Samoan waters"."""
_AND_PERIOD_VERB = re.compile(r"\s+and\s+(?:ends|begins|starts|expires|closes|opens|resumes)\b")
"""A date followed by "and" and a period's other end, in the present: "began on 10 March [and ends] on 9 April"."""
_CONJUNCT = re.compile(r"\s+and\s+(?:then\s+)?")
AND_VERB = re.compile(r"(?:\s+\([^()]{1,30}\))?\s+and\s+(?!(?:the|a|an|its|their|his|her|then|again|also|early|late|mid|later|earlier"
                       r"|before|after|on|in|at|by|from|until|that|this|is|are|was|were|has|have|had|will|would)\b)"
                       r"[a-z]+\s+(?:by|in|on|at|until|till|its|their|the|a|an|all|any|new|results|data)\b")
"""A second bare verb joined to a date: "[would begin in January] and report by mid-year", "would prohibit new
contracts from 1 January 2026 [and bring all] remaining imports to an end"."""
_AND_OTHER_SUBJECT = re.compile(r"\s+and\s+(?:[a-z][\w'’-]*[a-rt-z]s)"
                                r"(?:\s+(?:at|in|on|from|of)\s+[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)?\s+were"
                                r"\s+(?:not\s+)?[a-z]{3,}")
"""A clause of another plural subject after "and" ("and [flights at Keflavik international airport were] not
affected"): not the dated verb's."""
MODAL_VERB = re.compile(r"\b(?:would|will|to|should|could|must|shall)\s+(?:[a-z]+ly\s+)?[a-z]+\b")
"""A modal (or "to") and its verb: what a second bare verb after "and" is coordinated with."""


def past_verb(text: str, at: int) -> bool:
    """Whether ``text`` goes on at ``at`` with a past-tense verb (not "last" or "ago"): a clause without a subject."""
    verb = date_rules.PAST_CUES.match(text, at)
    return bool(verb) and verb.group().lower() not in ("last", "ago")


def and_past_verb(text: str, at: int) -> int | None:
    """Where the verb starts when ``text`` goes on at ``at`` with "and" and a past-tense verb ("… on Jan. 6 and
    allowed them …", "on Sunday and became a hurricane"), else None."""
    joint = _CONJUNCT.match(text, at)
    return joint.end() if joint and (date_rules.PAST_CUES.match(text, joint.end()) or (
        _SAME_FORM_PAST.match(text, joint.end()) and date_rules.PAST_CUES.search(text, 0, at))) else None


_SAME_FORM_PAST = re.compile(r"(?:shut|cut|put|set|hit|hurt|cast|quit|spread|split|burst|shed)\b")
"""A past verb spelt as its present, read as past after "and" only in a clause told in the past: "noticed the first
alerts about 20 minutes later [and shut] down its network overnight"."""


DETERMINERS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her"})
DETERMINED_SUBJECT = re.compile(r"\s*((?:The|A|An|This|That|These|Those|Its|Their|His|Her)\s+(?:[\w'’-]+\s+){0,3}?)"
                                 r"(?=(?:[a-z]{2,}ed|made|took|hit|struck|came|went|fell|rose|left|won|lost|began|broke"
                                 r"|swept|tore|spread|ran|grew|sank|shot|flew|drove|held|met|led)\b)")
"""A clause's subject of a determiner and a few words up to its past verb: "The storm [made landfall]"."""
NAMED_SUBJECT = re.compile(r"((?:[A-Z][\w'’.-]*\s+|\([A-Z][\w'’.-]*\)\s+){1,6}|(?:he|she|they|it|we)\s+)(?=[a-z])")
"""A clause's subject when it is a name or a pronoun: "Gov. Ray Castellano [declared …]", "The Housing Consents
(Fast-track) Amendment Bill [was introduced …]"."""
_SAYING_INSIDE = re.compile(r"\s+(?:said|says|told\s+\w+)\s+(?:that\s+)?")
"""A saying inside a clause's subject read up to its auxiliary: "X [said] supplies to homes were"."""
_SAYING_WORD = re.compile(r"\b(?:said|says|told|confirms|confirmed|announced|reported)\b")
"""A saying outside an aside: what follows it is said, and a later verb may be the said clause's subject's ("The agency
said the typhoon was moving northwest and is expected to approach Taiwan")."""
_SAYING_VERB = re.compile(r"\s*(?:also\s+)?(?:warned|added|said|insisted|cautioned|admitted|conceded|noted|stressed"
                          r"|acknowledged|argued|claimed|denied|told)\b")
"""A saying verb opening a clause without a subject: it is the sayer's, not the said clause's subject's."""
CLAUSE_COMMA = re.compile(r", (?!\d)")
"""A comma that may end a clause: not one between numbers or scores."""
SUBJECT = re.compile(r"\s*((?:[A-Za-z][\w'’-]*\s+){1,10}?)(?:was|were|is|are|has|have|had|will|would)\b")
"""A clause's subject: its words before its first auxiliary, without a comma."""
_APPOSED_SUBJECT = re.compile(r"\s*((?:[A-Za-z][\w'’-]*\s+){0,9}?[A-Za-z][\w'’-]*),\s[^,]{1,40},\s+(?:also\s+)?"
                              r"(?:was|were|is|are|has|have|had|will|would)\b")
"""A clause's subject with an aside before its first auxiliary: "[Her ex-husband], Simon Patterson, had also been
invited … but pulled out": "Her ex-husband pulled out" (not "Her", a possessive alone)."""
_SPAN_BEFORE = re.compile(r"(?:(?:\s+(?:less|more|fewer)\s+than|\s+(?:about|nearly|almost|just|only|some|around|roughly"
                          r"|barely|at\s+least))?\s+(?:a|an|the|one|two|three|four|five|six|several|a few|\d+)"
                          r"\s+(?:day|week|month|year|hour|minute)s?|\s+(?:days|weeks|months|years|hours|minutes|moments)"
                          r"|\s+(?:immediately|shortly|soon|just|right))?$",
                          re.IGNORECASE)
"""A span of time ending the text before an "after" or "before" it measures from: "a day [after]", "less than three
weeks [after]"."""
_SPAN_NAMED = re.compile(r"\bthe\s+(?:first\s+|next\s+|critical\s+|crucial\s+)?(?:\d+|[a-z]+)\s+"
                         r"(?:hours|days|weeks|months|years)$", re.IGNORECASE)
"""A span named as a thing before the "after" it counts from: "said on Tuesday that [the 72 hours] after the disaster
were critical" (the subject of the said clause, not a clause after the date's)."""
_AFTER_DATE = re.compile(r"\s+(?:after|before|until|when|as|since)\s+", re.IGNORECASE)
"""A connective right after a date, starting another dated clause."""
