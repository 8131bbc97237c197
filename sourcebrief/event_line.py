"""The chronology line of a date's clause (``_line``): the date's words cut or kept, relative clauses and asides left
out, a long lead-in shortened (``event_shorten``) and the rest of the clause joined on. Read by ``event_text``."""

from __future__ import annotations

import re

from sourcebrief import date_rules
from sourcebrief.event_background import named_thing, names_thing
from sourcebrief.event_report import published_participle, told_content
from sourcebrief.event_saying import SAID_ON, attribution, dates_saying, told_that, without_saying_dates
from sourcebrief.event_sentence import APPOSITIVE_CLOSED, FINITE, tidy, with_preposition
from sourcebrief.event_shorten import _shortened
from sourcebrief.event_own_phrase import own_phrase
from sourcebrief.event_span import CLAUSE_COMMA, DETERMINED_OPENING


def _line(sentence: str, start: int, end: int, left: int, right: int, subject: str, aside: tuple[int, int] | None,
          other_dates: list[tuple[int, int]]) -> str:
    """The chronology line of the clause ``sentence[left:right]`` (see _span) dated by ``sentence[start:end]``."""
    said = attribution(sentence[left:with_preposition(sentence, start)], sentence[end:right])
    clause_left = left
    if said is not None and any(left <= s < left + said and SAID_ON.search(sentence, left, s) for s, _ in other_dates):
        said = None  # "X, it said on Tuesday, below the figure it had announced the previous day": X has its saying
    inner = _dated_relative(sentence, left, start, other_dates)
    apposed = None if inner else _dated_appositive(sentence, left, start, other_dates)
    if inner:  # "The death toll from the quake [that struck on Monday] rose to 73 on Wednesday"
        aside = inner
    elif apposed:  # "The summit[, the first meeting of the council's leaders since 2021,] opened on Wednesday"
        aside = apposed
    # A date naming a thing the clause's subject holds is no date of another phrase: "Critics of the 2022 election
    # said on Friday" (but "the 2022 election, held [the same autumn]" is an aside about it).
    elif said is None and any(left <= s < start and not (aside and aside[0] <= s < aside[1])
                              and not sentence.startswith(("'s ", "’s "), e)  # "Monday's drone attack" dates no phrase
                              and (named_thing(sentence, s, e) is None or "," in sentence[e:start])
                              for s, e in other_dates):
        left, right, own_subject = own_phrase(sentence, start, end, left, right, other_dates)
        subject = subject or own_subject
    opens = not sentence[left:with_preposition(sentence, start)].strip(" ,") and sentence.startswith(",", end)
    cut = end if _keeps_date(sentence, start, end) and not opens else with_preposition(sentence, start)
    head = sentence[left:cut]
    published = published_participle(head, sentence[end:right]) if cut != end else None
    if published is not None:
        head = head[:published]  # "Figures [published] on Wednesday showed …": the line is "Figures showed …"
    source = _SOURCE_PARTICIPLE.search(head) if cut != end and not subject else None
    if source and re.match(r"\s*(?:[,.;]|$)", sentence[end:right]):
        # "Customers lost $1.2 billion, according to the indictment unsealed [in March]": the date is the source's
        return tidy(f"{source.group('np')} was {source.group('verb')}")
    trailing = _TRAILING_PARTICIPLE.search(head) if cut != end and not subject else None
    if trailing and trailing["noun"] not in _NOT_NOUN and not trailing["noun"].endswith("ly") and FINITE.search(
            head, 0, trailing.start()) and re.match(r"\s*(?:[,.;]|$)", sentence[end:right]):
        # "… were neutralized in airstrikes [carried out] Wednesday and Thursday, the ministry said": the participle
        # only carried the date, and left alone it dangles ("in airstrikes carried out, the ministry said")
        head = head[:trailing.end("noun")]
    restrictive = (_THAT_CLAUSE.match(head) or _whole_subject_clause(head)) if left == 0 or _CONNECTIVE_BEFORE.search(
        sentence, 0, left) else None  # the sentence's own subject, or a connective's clause's ("after [the man who
    # burned a Quran … last month] held another protest"), not a cut's
    if restrictive and not subject and re.match(r"\s+[a-z]+", sentence[end:right]):
        # "A door plug that blew off the jet on Jan. 5 appeared to be missing bolts": the date is the relative
        # clause's, and so is the line.
        return tidy(f"{restrictive.group('np')} {restrictive.group('vp')}")
    planned = _closing_plan(head) or _expected_aside(head) if not (subject or inner) else None
    if planned is not None:
        # "Biden postponed a trip to Germany and Angola that was due to begin [Thursday] to oversee …": the date is
        # the plan's, not the postponement's; the line is the plan ("A trip … was due to begin").
        return tidy(planned)
    # The relative clause also holds the date when its noun's own verb follows it: "the minister said the talks that
    # began [in January] have stalled" (the talks began then; they have stalled now).
    closing = (_CLOSING_RELATIVE.search(head) or _CLOSING_RELATIVE_AFTER.search(head)) if not (subject or inner) and (
        re.match(r"\s*(?:[,.;]|$)", sentence[end:right]) or _MAIN_AUXILIARY.match(sentence, end, right)) else None
    if closing and not _MAIN_VERB_AFTER.search(head, closing.start("vp")) and not _main_verb_after(head, closing):
        # "… to help its recovery from a deadly earthquake that hit the western coast [earlier this week], the
        # ministry said": a relative clause ending the clause holds the date, and is the line.
        return tidy(f"{closing.group('np')} {closing.group('vp')}")
    contact = _CONTACT_RELATIVE.search(head) if not (subject or inner) and cut != end and re.match(
        r"\s*(?:[,.;]|$)", sentence[end:right]) else None
    if contact:
        # "… down from a range of 9.8 billion to 10.2 billion euros it gave [in July]": the date is the relative
        # clause's; the line is its deed ("It gave a range of …"), not "Down from a range … it gave"
        return tidy(f"{contact['who'].capitalize()} {contact['verb']} {contact['np']}")
    if aside and aside[0] >= left:
        before = sentence[left:aside[0]]
        after = sentence[aside[1]:cut]
        # "Taiwan's president-elect, Lai[, who …], visited"; "sparked the fire[, which …], the agency said"
        closing = said is not None and aside[0] < left + said <= aside[1]  # the saying opens where the aside ends
        joint = "," if before.count(",") % 2 or closing else ""
        head = before + joint + after
        if said is not None and left + said > aside[0]:  # where the attribution starts in the head without the aside
            said = max(said - (aside[1] - aside[0]) + len(joint), aside[0] - left)
    told = None if subject or said is not None else told_that(head, 1 if cut == end else 3)
    if told is not None:
        head = head[told:]  # "testifying that she had seen cash in his office in 2021": what was seen then
    elif not subject and said is None and not (aside and aside[0] >= left):
        content = told_content(sentence, start, other_dates, clause_left)
        if content is not None and left <= content < cut:
            head = sentence[content:cut]  # "Figures published on Wednesday showed inflation fell … in May"
    kept = sentence[with_preposition(sentence, start):end] if cut == end and head.endswith(sentence[start:end]) else ""
    quoted = _QUOTE_THEN_SAYER.match(head) if len(head.split()) > 18 and said is None else None
    rest = sentence[end:right].rstrip(" .")
    if quoted and len(rest.split()) <= 6:
        # '"We saw a pressure drop … fly with that," launch director Karen Obi told reporters after Tuesday's scrub':
        # the sayer first, then the start of what was said, not a piece of the quotation
        words = quoted.group("quote").split()
        return tidy(f"{quoted.group('sayer').strip()}{rest}: “{' '.join(words[:12])}{' …' if len(words) > 12 else ''}”")
    if len(head.split()) - len(kept.split()) - sum(len(m.group().split()) for m in _CLOCK_PHRASE.finditer(head)) > 18:
        # A kept date stays whole: "would fall by half a point by the end of this year" is not "the end of this year"
        head = _shortened(head[:len(head) - len(kept)], said) + kept
    passive = _OBJECT_PARTICIPLE.match(head) if not subject and said is None and _OBJECT_BEFORE.search(
        sentence, 0, left) else None
    if passive is None and not subject and said is None and re.match(r"\s*(?:[,.;]|$)", sentence[end:right]):
        inner_object = _INNER_OBJECT.search(head)
        if inner_object and FINITE.search(head, 0, inner_object.start()):
            passive = _OBJECT_PARTICIPLE.match(head[inner_object.end():])  # "trimmed its outlook from [an initial
            # forecast of 10 billion euros given] in January": the forecast was given then, not the outlook trimmed
    agent = _SUBJECT_AGENT.match(head) if not subject and said is None and left == clause_left else None
    if agent and _MAIN_VERB_NEXT.match(sentence, end, right):
        # "A council hit by a cyber attack [on Sunday] said on Thursday …": the date is the subject's participle's,
        # "A council was hit by a cyber attack", not the saying's
        return tidy(f"{agent.group('np')} {_was(agent.group('np'))} {agent.group('verb')}")
    if passive and not FINITE.search(sentence, end, right):
        # "accused the rebels of violating [the truce signed] on April 23": the object's participle, "The truce was
        # signed" (not a past verb of a subject: "when the army attacked on Monday" has no object before it)
        head = f"{passive.group('np')} {_was(passive.group('np'))} {passive.group('verb')}"
    return _with_tail(sentence, end, right, other_dates, head, subject, said)


_TRAILING_PARTICIPLE = re.compile(r"\b(?:in|at|of|for|with|from|during|after|against)\s+(?:[a-z][\w-]*\s+){0,3}?"
                                  r"(?P<noun>[a-z]{3,})\s+(?:[a-z]{3,}ed|held|made|carried\s+out|set\s+off|built|"
                                  r"fought|taken|struck|sent)\s*$")
"""The bare past participle of a preposition's noun, ending the head right before a date without a preposition: "in
airstrikes [carried out] Wednesday", "at talks [held] Monday" (after a subject, "forces attacked Monday", the past
form is the verb)."""
_SOURCE_PARTICIPLE = re.compile(r",\s+according\s+to\s+(?P<np>(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
                                r"(?P<verb>[a-z]{3,}ed|released|published|issued|filed|made|seen)\s*$")
"""A line's source and its dated participle closing the head: "…, according to the indictment [unsealed] in March"."""
_NOT_NOUN = frozenset("was were had has have and but or not who she they them its the this that then also been being "
                      "just already".split())
"""Words before a past form that make it a verb of its own, not a noun's participle."""
_SUBJECT_AGENT = re.compile(r"^\s*(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s+"
                            r"(?P<verb>(?:[a-z]{2,}(?:ed|en)|hit|struck|shot|held|built|caught|sent|led|cut|shut)\s+by\s+"
                            r"(?:the|a|an|its|their)\s+[^,;]{2,50}?)\s*$")
"""A subject and its participle with an agent, up to a date: "A council hit by a cyber attack [on Sunday]"."""
_MAIN_VERB_NEXT = re.compile(r"\s+(?:said|says|has|have|had|was|were|is|are|will|would|could|told|announced|warned"
                             r"|(?:on|late|early)\s+[A-Z]\w+\s+(?:said|told|announced|warned))\b")
"""The main verb right after a subject's dated participle phrase: the clause goes on past the date."""
_OBJECT_BEFORE = re.compile(r"\b(?:[a-z]{3,}ing|of|for|against|under|to|from)\s+$")
"""A gerund or a preposition before a noun phrase: the phrase is an object, and a past form after it a participle."""
_INNER_OBJECT = re.compile(r"\s(?:from|of|against|under)\s+(?=(?:the|a|an)\s+(?:(?:[a-z][\w-]*|[\d$€£][\d.,]*)\s+)"
                           r"{0,8}?[a-z][\w-]*\s+(?:given|taken|made|set|held|issued|signed|published|announced)\s*$)")
"""A preposition whose object closes the head with its participle, after a main clause: "from [an initial forecast …
given]"."""
_OBJECT_PARTICIPLE = re.compile(r"^\s*(?P<np>(?:the|a|an)\s+(?:(?:[a-z][\w-]*|[\d$€£][\d.,]*)\s+){0,8}?"
                                r"[a-z][\w-]*)\s+"
                                r"(?P<verb>(?:[a-z]{2,}ed|signed|held|built|made|won|taken|given|struck))\s*$")
"""A noun phrase and its participle, up to the date: "the truce signed [on April 23]", "from an initial forecast of
10 billion to 10.5 billion euros given [in January]"."""


def _with_tail(sentence: str, end: int, right: int, other_dates: list[tuple[int, int]], head: str, subject: str,
               said: int | None) -> str:
    """``subject`` and ``head`` (the line up to its date) joined to the rest of the clause after the date."""
    # "In Sunday's statement, Rasool said ...": the line is what follows the possessive phrase.
    tail = without_saying_dates(sentence, end, right, other_dates)
    if not head.strip(" ,"):
        tail = re.sub(r"^['’]s\s+[^,]{0,40},\s*", "", tail)
    tail = re.sub(r"^\s*respectively\b", "", tail)
    tail = _ZONE_AFTER.sub("", tail)  # "at 7:25 a.m. CT (1225 GMT) from …": the time's zone goes with it
    inserted = _INSERTED_SAYING.match(head) if said is not None and not subject else None
    rest = re.match(r"\s*,\s*((?:was|were|is|are|has|have|had|will|would|could|can|may|might|should)\b(?:[^,;]|,(?=\d))*)",
                    tail)
    if inserted and rest:  # "The plan, the minister said [on Monday], would cost 5 billion": he said the plan would
        thing = inserted["np"]
        thing = thing[:1].lower() + thing[1:] if DETERMINED_OPENING.match(thing) else thing
        return tidy(f"{inserted['who']} {thing} {rest.group(1)}")
    if said is not None and not (tail.lstrip().startswith(",") and _REDUCED_RELATIVE.match(head)):
        # "…, the network said [on Wednesday], in one of the deadliest attacks": not the line's (but "The ban,
        # announced [in March], takes effect" is an aside about the ban, below)
        tail = tail.split(",")[0]
    participle = _SUBJECT_PARTICIPLE.match(head) if not subject and said is None else None
    if participle and (FINITE.match(tail.lstrip()) or _MODAL_OPENS.match(tail.lstrip())):
        # "A truce brokered by the UN [in April last year] expired in October": the date is the participle's
        np, vp = participle.group("np") or participle.group("np2"), participle.group("vp") or participle.group("vp2")
        return tidy(f"{np} {_was(np)} {vp}")
    if tail.lstrip().startswith(","):
        # The date was an aside: "The garden, founded in 1931, was destroyed"; "The fires, in 2017, killed 11".
        reduced = _REDUCED_RELATIVE.match(head)
        if reduced and not subject:
            thing = _SAID_THING.sub("", reduced.group("subject"))  # "Fidan said [the decision], taken on Tuesday,"
            return tidy(f"{thing} {_was(reduced.group('subject'))} {reduced.group('verb')}")
        if head.rstrip().endswith(","):
            saying = _SAYING_AFTER.match(tail.lstrip()[1:])  # "… a base in Jordan[, early on Sunday,] CENTCOM said"
            head, tail = head.rstrip()[:-1] + ("," if saying else ""), tail.lstrip()[1:]
    if subject.strip():
        head = _PRONOUN_OPENING.sub("", head)  # "The company, which said … that it learned": not "The company it"
    joint = "" if tail[:1] in "\"”" else " "  # a quotation closing right after its date: "… Iraq "by the summer"."
    return tidy(subject + " " + head + joint + tail)


_SAYING_AFTER = re.compile(r"\s*[^,;]{2,60}?\s(?:said|says|told\s+\w+|added|reported|announced|confirmed)\b[^,;]*$")
"""An attribution closing the clause after a date set off by commas: one comma stays before it."""
_PRONOUN_OPENING = re.compile(r"^\s*(?:it|he|she|they)\s+(?=[a-z])")
"""A subject pronoun opening a head that is given its subject: the pronoun stood for that subject."""
_INSERTED_SAYING = re.compile(r"^(?P<np>[^,]{3,60}),\s+(?P<who>[^,]{2,50}?\s(?:said|says|told\s+\w+|added|confirmed))\s*$")
"""A saying inserted after the subject it reports on, up to its date: "The plan, the minister said [on Monday]"."""


def _dated_relative(sentence: str, left: int, start: int, other_dates: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a restrictive relative clause ending in another date, right before the main verb of the date at
    ``start``: "[that struck central Japan on New Year's Day]" in "The death toll from the earthquake that struck
    central Japan on New Year's Day rose to 73 on Wednesday"; None when there is none."""
    for other_start, other_end in other_dates:
        if not left <= other_start < start:
            continue
        that = _RELATIVE_WORD.search(sentence, left, other_start)
        verb = _PLACE_THEN_VERB.match(sentence, other_end)
        # "…, fire officials said [on Monday]": the saying's date is the main clause's, past its comma
        if that and "," not in sentence[that.start():other_start] and verb \
                and (not CLAUSE_COMMA.search(sentence, other_end, start) or dates_saying(sentence, start)):
            return that.start(), verb.end() - 1
    return None


def _dated_appositive(sentence: str, left: int, start: int, other_dates: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of an appositive between the clause's subject and its verb that holds another date (its commas
    included), which the line goes without: "The two-day summit in Tromsø[, the first meeting of the council's leaders
    since 2021,] opened on Wednesday" is "The two-day summit in Tromsø opened", not "The council's leaders since 2021,
    opened". Only one with a determined noun phrase inside, which would be read as the date's own phrase; a short one
    stays in the line ("The talks, the first since 2019, ended")."""
    for s, e in other_dates:
        if not left <= s < start:
            continue
        opening = sentence.rfind(", ", left, s)
        closing = sentence.find(",", e, start)
        if (opening > left and closing >= 0 and _APPOSITION_OPENS.match(sentence, opening)
                and "," not in sentence[opening + 1:s] and APPOSITIVE_CLOSED.match(sentence, closing)
                and not FINITE.search(sentence, opening, s) and _INNER_DETERMINER.search(sentence, opening + 3, s)):
            return opening, closing + 1
    return None


_APPOSITION_OPENS = re.compile(r",\s+(?:the|a|an)\s")
"""An appositive's opening: a comma and an article ("The summit, the first …")."""
_INNER_DETERMINER = re.compile(r"\s(?:the|a|an|its|their|his|her)\s")
"""A determiner inside an appositive, opening a noun phrase of its own ("… meeting of [the council's leaders]")."""
_RELATIVE_WORD = re.compile(r"\s(?:that|which)\s")


def _keeps_date(sentence: str, start: int, end: int) -> bool:
    """Whether the line keeps its date's words: a "since" or a deadline ("have lost a fifth of their value since
    January 5", "have until early December"), which would otherwise read as done that day, and a date naming a
    thing ("an April 5 runoff", "the 2022 election")."""
    if sentence.startswith(("'s ", "’s "), end) and not (_POSSESSIVE_OPENING.match(sentence, end)
                                                        and _OPENING_PREPOSITION.fullmatch(sentence, 0, start)):
        return True  # "told reporters after Tuesday's scrub": the line keeps the day whose scrub it was
    return (bool(_KEEP_DATE.search(sentence, max(0, start - 30), start)) or names_thing(sentence, start, end)
            or _DATE_SUBJECT.match(sentence, end) is not None and _CLAUSE_OPENS.search(sentence, 0, start) is not None
            or _DATE_TO_BE.match(sentence, end) is not None and _EXPECTING.search(sentence, 0, start) is not None
            or _ALONE.match(sentence, end) is not None)


_ALONE = re.compile(r"\s+alone\b")
"""A date that "alone" limits ("received 22 bodies on Monday alone") stays: without it the "alone" is the bodies'."""


_POSSESSIVE_OPENING = re.compile(r"['’]s\s+[^,]{0,40},")
_OPENING_PREPOSITION = re.compile(r"\s*(?:(?:in|at|during|after|before|following|since)\s+)?", re.IGNORECASE)
"""A date's possessive phrase opening its sentence and closed by a comma: "In Sunday's statement, Rasool said" (the
line goes without it)."""
_DATE_TO_BE = re.compile(r"\s+to\s+(?:be|become|remain|bring|see|mark)\b")
_EXPECTING = re.compile(r"\b(?:expects?|expected|expecting|sees?|saw|forecasts?|predicts?|predicted|projects?|projected"
                        r"|wants?|wanted|declared|named|considers?|considered)\s+$")
"""A date that is the subject of an infinitive after a verb of expecting ("still expected [2026] to be a growth year")
stays in the line: without it the line says the company expected to be a year."""
_DATE_SUBJECT = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|marked|saw)\b")
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:]\s+|\bthat\s+)(?:(?:[Ll]ast|[Tt]his|[Nn]ext)\s+)?$")
"""A date that is its clause's subject ("October was the driest on record", "adding that October had been the
driest since 1950", "Last year was the hottest") stays in the line: without it the line has no subject."""


_QUOTE_THEN_SAYER = re.compile(r"[“\"](?P<quote>[^“”\"]{20,}?)[,.!?]?[”\"],?\s+(?P<sayer>[^“”\",]{3,80}?\b(?:said|says|told"
                               r"|added|adds|wrote|insisted|warned)\b[^“”\",]{0,50})$")
"""A head that is a quotation and its sayer, up to the date."""


_CLOCK_PHRASE = re.compile(rf"\bat\s+(?:(?:about|around)\s+)?\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]\.?\s?m\b\.?"
                           rf"(?:\s+(?:{date_rules.PLACE_TIME}|{date_rules.TIME_ZONE}\b))?(?:\s*\([^()]{{1,30}}\))?",
                           re.IGNORECASE)
"""A clock time its day dates again, kept in the line ("hit the Dash-8 [at 5:47 p.m. (0847 GMT)]"): part of the date,
it makes no lead-in long enough to shorten."""
_ZONE_AFTER = re.compile(rf"^(?:\s+(?:{date_rules.TIME_ZONE}|{date_rules.PLACE_TIME})\b)?"
                         rf"(?:\s+\((?:\d{{3,4}}\s+(?:GMT|UTC)|\s*{date_rules.PLACE_TIME})\s*\))?")  # "( Thailand time)"


_SUBJECT_PARTICIPLE = re.compile(r"^\s*(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
                                 r"(?P<vp>(?:[a-z]{2,}ed|held|made|built|signed|won)\s+by\s+[^,;]{2,50}?)\s*$"
                                 r"|^\s*(?P<np2>(?:The|An?)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+"
                                 r"(?P<vp2>(?!(?:expected|scheduled|planned|needed)\b)[a-z]{2,}ed"
                                 r"(?:\s+(?:in|at|near|outside)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)\s*$")
"""A subject and its participle, with an agent or opening the sentence, up to the date: "A truce brokered by the UN [in
April last year]", "A state of emergency declared [on Saturday] (will last three months)"."""
_SAID_THING = re.compile(r"^.*\b(?:said|says|added|told\s+\w+)\s+(?:that\s+)?(?=(?:the|a|an|its|their)\s)")
"""A saying before the thing a reduced relative is about: "Fidan said [the decision], taken …"."""
_MODAL_OPENS = re.compile(r"(?:will|would|could|can|may|might|must|should)\s")
_REDUCED_RELATIVE = re.compile(
    r"^(?P<subject>[^,]{3,80}),\s+(?P<verb>(?:(?:first|initially|originally|previously)\s+)?(?:[a-z]+ed|built|born|made|held"
    r"|won|begun|founded|set\s+up|taken|given|chosen|written|shown|seen|known|broken|sent|struck))\s*$")
"""A subject and the past participle of an aside about it, up to the date: "The garden, founded [in 1931],"."""
_KEEP_DATE = re.compile(
    r"\b(?:since|until|till|through|by|back to|is|are|(?:is|are|was|were)\s+(?:in|on)|(?:retroactive|backdated)\s+to"
    r"|(?:will|would|could|may|might)\s+be|(?:will|would|could|may|might)\s+[a-z]+(?=\s+no\s+(?:earlier|sooner)\s+than)"
    r"|(?:set|scheduled|planned|slated|due|timed|fixed|booked)\s+for"
    r"|(?:postponed|delayed|moved|deferred|rescheduled|adjourned|pushed back|put off|brought forward)\s+to"
    r"|(?:slipped|slid|pushed|moved|dragged|spilled)\s+(?:back\s+)?into|(?:well|far|deep|long)\s+into)"
    r"\s+(?:(?:at\s+least|no\s+(?:earlier|later|sooner)\s+than|as\s+(?:early|late|soon)\s+as)\s+)?$",
    re.IGNORECASE)
"""A since, a deadline, a schedule or a copula before a date: "had been set for 8 January", "pushed back to 29
January", "The next meeting is Nov. 6-7", "would be no earlier than Saturday", "until at least Sunday", "slipped into
2026", "to last well into the second half of the year"."""
_PLACE_THEN_VERB = re.compile(r"(?:\s+(?:near|in|at|off|outside|inside|along|across|west|east|north|south)\s+[^,;]{1,40}?)?"
                              r"\s(?=" + FINITE.pattern + ")")
"""What may follow a relative clause's date up to the main verb: a place ("that broke out on Saturday [near the town
of Sisters] has burned …")."""
_PAST_VERB_ON = r"(?P<vp>(?:(?:was|were|had\s+been)\s+)?(?:[a-z]{2,}ed|blew|fell|struck|hit|began|broke|came|went|took|left|ran|shot|sank|won|lost|killed)\b"
"""A past verb opening the group ``vp`` (left open: each pattern closes it after what the verb may take)."""
_RELATIVE_OF_PAST = (r"(?P<np>(?:[Tt]he|[Aa]n?)\s+[a-z0-9][\w-]*(?:\s+(?:[a-z][\w-]*|\d+(?:\.\d+)?)){0,2})\s+"
                     r"(?:that|which|who)\s+" + _PAST_VERB_ON)
"""A short noun phrase and a relative clause opening with a past verb: "the quake that struck …", "the magnitude 6.8
earthquake that hit …"."""
_THAT_CLAUSE = re.compile(
    r"^(?:(?:[Tt]he|[Aa]n?)\s+[^,]*?\s(?:of|from|in|at|for|on)\s+)?" + _RELATIVE_OF_PAST + r".*)$")
"""A sentence opening with a noun phrase and a relative clause that holds the date: "A door plug that blew off …",
"The death toll from the powerful earthquake that struck central Japan …" (the clause is the earthquake's)."""
_MAIN_VERB_AFTER = re.compile(r"\s(?:will|would|shall|can|could|must|is|are|has|have)\s+(?:not\s+)?[a-z]")
"""A main clause's auxiliary after a relative clause's verb: the date after it is the main clause's, not the relative
clause's ("the fishing boat that sank off Pylos [will appear] before a magistrate on Monday")."""
_CONTACT_RELATIVE = re.compile(r"\b(?P<np>(?:the|a|an)\s+[^,;]*?)\s+(?P<who>it|they|he|she|we)\s+(?P<verb>gave|set|made|"
                               r"forecast|predicted|issued|reported|announced|promised|[a-z]{3,}ed)\s*$")
"""A head closing on a thing and a relative clause without "that" whose subject is a pronoun: "a range of 9.8 billion
to 10.2 billion euros [it gave]"."""
_CONNECTIVE_BEFORE = re.compile(r"\b(?:after|before|since|when|because|while|until)\s+$", re.IGNORECASE)
"""A connective a clause opens after: its subject is whole."""
_MAIN_AUXILIARY = re.compile(r"\s+(?:have|has|is|are|was|were|will|would|remains?|remained)\s+(?!to\b)[a-z]")
"""An auxiliary and its verb right after a date: the main clause goes on after a relative clause the date ends."""
_WHOLE_THAT_CLAUSE = re.compile(r"^(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[^,;]{1,60}?)\s+(?:that|which)\s+"
                                + _PAST_VERB_ON + r"[^,;]*)$")
"""A sentence opening with a longer noun phrase and its relative clause: "The talks with the rebels that began …"."""


def _whole_subject_clause(head: str) -> re.Match[str] | None:
    """``head``'s opening noun phrase, without a verb of its own, and the relative clause of the past after it that
    holds the date: "The talks with the rebels that began [in March] have stalled" is a line "The talks with the rebels
    began", not "The talks with the rebels that began have stalled"."""
    match = _WHOLE_THAT_CLAUSE.match(head)
    return match if match and not FINITE.search(match.group("np")) and len(match.group("np").split()) <= 8 else None


_CLOSING_RELATIVE = re.compile(r"(?<!between )(?<!among )(?<!with )\b" + _RELATIVE_OF_PAST + r"[^,;]*)$")
"""A head that ends in a relative clause of the past: "… from a deadly earthquake that hit the country's coast", "for
victims of the magnitude 7.5 earthquake that struck the Noto peninsula" (not after "between": "the rounds between the
two sides that began" began the rounds, not the sides)."""
_CLOSING_RELATIVE_AFTER = re.compile(
    r"\b(?P<np>(?:[Tt]he|[Aa]n?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:between|among|with)\s+(?:the\s+)?[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,2})\s+(?:that|which)\s+" + _PAST_VERB_ON + r"[^,;]*)$")
"""The same after "between", "among" or "with": the whole phrase is the clause's subject ("the ongoing negotiation
rounds between the two sides that began [in August 2023]": the rounds between the sides began)."""


_CLOSING_PLAN = re.compile(r"(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[^,;]{1,60}?)\s+(?:that|which)\s+"
                           r"(?P<vp>(?:was|were|had\s+been)\s+(?:due|set|scheduled|slated|expected|supposed)\s+to\s+"
                           r"(?:be\s+)?[a-z]+)(?:\s+(?:on|in|at|by))?\s*$")
"""A noun phrase and a relative clause of a plan told in the past, ending the head right before its date: "a trip to
Germany and Angola [that was due to begin] Thursday"."""


def _closing_plan(head: str) -> str | None:
    """The plan a head ends in, as its own line ("A trip to Germany and Angola was due to begin"), when the date is the
    relative clause's: the main verb before it ("postponed") is not done on the plan's day. None when there is none."""
    for opening in _DETERMINED_WORD.finditer(head):
        plan = _CLOSING_PLAN.match(head, opening.start())
        if plan and not FINITE.search(plan.group("np")):
            return f"{plan.group('np')} {plan.group('vp')}"
    return None


_DETERMINED_WORD = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s")


_EXPECTED_ASIDE = re.compile(r"(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[^,;]{1,60}?),\s+(?P<verb>expected|scheduled|due"
                             r"|planned|slated)(?:\s+(?:on|in|at|by|for))?\s*$")
"""A noun phrase and a participle of a plan after a comma, ending the head right before its date: "bracing for [the
flood crest on the Oder River, expected] on Thursday"."""


def _expected_aside(head: str) -> str | None:
    """The plan a head's closing aside tells, as its own line ("The flood crest on the Oder River is expected"): the
    date is the aside's, not the main clause's ("Wroclaw is bracing" now). None when there is none."""
    for opening in _DETERMINED_WORD.finditer(head):
        aside = _EXPECTED_ASIDE.match(head, opening.start())
        if aside and not FINITE.search(aside.group("np")):
            words = aside.group("np").split()
            verb = "are" if len(words) > 1 and _plural(words[1]) else "is"
            return f"{aside.group('np')} {verb} {aside.group('verb')}"
    return None


def _main_verb_after(head: str, relative: re.Match) -> bool:
    """Whether a past verb of the main clause follows the relative clause's own, not joined to it by "and" or "or":
    "The death toll from a landslide that buried a village in central Nepal [rose] to 31 on Monday" dates the rise,
    not the burial ("the quake that struck and killed 12" is one relative clause)."""
    first = re.match(r"(?:(?:was|were|had\s+been)\s+)?\S+", head[relative.start("vp"):])
    later = FINITE.search(head, relative.start("vp") + first.end())
    return later is not None and not re.search(r"(?:\band|\bor|,)\s*$", head[:later.start()])


def _was(noun_phrase: str) -> str:
    """"were" after a noun phrase whose head is plural, else "was": "The truce was signed", "Talks were held", "An
    initial forecast of 10 billion euros was given" (the head is the word before a preposition)."""
    return "were" if _plural(head_noun(noun_phrase)) else "was"


_AFTER_HEAD = re.compile(r"\s+(?:of|between|in|on|at|from|to|for|with|near|across|along|among|around|outside|inside)\s+")
"""A preposition ending a noun phrase's head: "Train traffic [between] Marseille and Miramas" is "traffic"'s."""


def head_noun(noun_phrase: str) -> str:
    """A noun phrase's head, its last word before any preposition: "traffic" in "Train traffic between Marseille and
    Miramas" (which is not plural for its last word), "forecast" in "An initial forecast of 10 billion euros"."""
    words = _AFTER_HEAD.split(noun_phrase, maxsplit=1)[0].split()
    return words[-1] if words else noun_phrase


def _plural(noun: str) -> bool:
    """Whether a noun reads as plural by its ending ("talks"; not "press", "truce")."""
    return noun.endswith("s") and not noun.endswith("ss")
