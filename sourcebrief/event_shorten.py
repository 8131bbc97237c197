"""The shortening of a chronology line's long lead-in (``_shortened``): what was said from its start when the date is
the saying's, else the part of the clause nearest the date, with appositives and asides left out. Read by
``event_line``."""

from __future__ import annotations

import re

from sourcebrief import date_rules
from sourcebrief.event_clause_parts import AUXILIARY, PREDICATE_AUXILIARY, main_after_relative
from sourcebrief.event_sentence import FINITE, MAX_WORDS
from sourcebrief.event_span import CLAUSE_COMMA, NO_SUBJECT, past_verb


def _shortened(head: str, said: int | None) -> str:
    """A long lead-in made readable: what was said from its start when the date is the saying's ("Police arrested
    two people …, officials said [on Wednesday]"), else the part nearest the date, from the last comma or relative
    word."""
    short = _APPOSITIVE.sub(r"\1 ", head)  # "Paiporta[, a town of 27,000 people on the edge of Valencia,] has counted"
    if said is None:
        plain = _PARTICIPLE_ASIDE.sub("", short)  # "The RSF[, led by Mohamed Hamdan Dagalo,] took control of Nyala"
        if plain != short and len(plain.split()) <= 18:
            return plain
    said = None if said is None else said - (len(head) - len(short))
    head = short
    deed = _DEED_THEN_WHEN.match(head) if said is None else None
    if deed and not re.search(r"[,;:]", deed["main"]) and len(head.split()) <= MAX_WORDS - 6:
        return head  # "An 84-year-old man died when the car he was in crashed into …": who died is the news
    missing = _DEATHS_AND_MISSING_WHEN.match(head) if said is None else None
    if missing and not re.search(r"[,;:]", missing["main"]):
        if len(head.split()) <= MAX_WORDS - 6:
            return head  # short enough whole: who died and who is missing, and how
        told = head[missing.end():]
        if FINITE.search(told) and len(told.split()) <= MAX_WORDS - 6:
            # "At least 12 people were killed and 19 others went missing when [a landslide … struck Tipeni village]",
            # too long whole: the deed the date belongs to, not "Missing when a landslide …"
            return told[:1].upper() + told[1:]
    if said is not None:
        told = head[:said]
        words = told.split()
        verb = _predicate(told) if len(words) > 18 else None
        if verb is not None:
            # "The number of people killed in the floods … has risen to 212, officials said": the words that make the
            # line true are its verb and what follows, so the subject is the part cut
            subject, predicate = told[:verb].split(), told[verb:].split()
            return " ".join(subject[:max(4, 18 - len(predicate))]) + " … " + " ".join(predicate) + head[said:]
        return " ".join(words[:18]) + (" …" if len(words) > 18 else "") + head[said:]
    named, last = _NAMED_OPENING.match(head), head.rfind(", ")
    if named and last > named.end() and FINITE.match(head, last + 2) and len(head[last + 2:].split()) <= 4:
        return named.group(1) + " " + head[last + 2:]  # "Jimmy Carter, the peanut farmer who …, died": who did what
    comma = max((m.start() for m in CLAUSE_COMMA.finditer(head)), default=-1)  # not "6-7 (4), 7-6 (8), 6-3"
    cut = max(comma, head.rfind(" that "), head.rfind(" which "))
    if cut > 0 and head.startswith(" that ", cut) and _TOLD_BEFORE.search(head, 0, cut):
        told = head[cut + len(" that "):]
        if FINITE.search(told):  # "Prosecutor Line Brandt told the court that [Aalborg had ordered staff …]": what
            return told[:1].upper() + told[1:]  # was told, not "The court that Aalborg had ordered …"
    main = main_after_relative(head, cut) if cut > 0 and cut != comma else None
    if main is not None:
        # "A wildfire in the mountains of Southern California that has forced thousands of people to flee was 45%
        # contained": the subject and the main verb, not the relative clause run into it
        return head[:cut] + " " + head[main:]
    closing = _CLOSING_OF_PHRASE.search(head, max(comma, 0)) if cut > 0 and cut != comma else None
    if closing and closing.start("rel") == cut and len(closing["np"].split()) <= 14:
        # "…, during a 38-day expedition aboard the research vessel Falkor (too) that ended [in October]": the
        # relative clause closing the head holds the date; the line is its noun phrase and verb
        return f"{closing['np']} {closing['vp']}"
    past_relative = _PAST_RELATIVE_THEN_MAIN.match(head, cut) if cut > 0 and cut != comma and main is None else None
    if past_relative and len(head[:cut].split()) <= 10:
        # "Nine Egyptian nationals accused of operating the fishing boat [that sank off Pylos] will appear before …":
        # the subject and the main verb, not the relative clause run into it
        return head[:cut] + head[past_relative.start("main"):]
    if cut > 0 and cut == comma and head.startswith(", ", cut):
        first = head.rfind(", ", 0, cut)
        rest = head[cut + 2:]
        joined = head[:first] + " " + rest
        if first > 0 and _PHRASE_GOES_ON.match(rest) and not FINITE.search(rest) and len(joined.split()) <= 18:
            # "release 90 prisoners[, most of them women and teenagers,] from Ofer prison": the aside goes, and the
            # phrase after it stays with its clause (not "From Ofer prison in the occupied West Bank")
            return joined
    listed = cut == comma > 0 and _LISTED_BEFORE.search(head, 0, cut) and _LAST_ITEM.fullmatch(head, cut + 2)
    if cut > 0 and len(head[cut + 1:].split()) >= 4 and not listed:  # not "for Karachi, Sukkur[, Larkana and …]"
        if head.startswith(", ", cut):
            rest, first = head[cut + 2:], head.find(", ")
            if (NO_SUBJECT.match(rest) or past_verb(rest, 0)) and len(head[:first].split()) <= 10:
                return head[:first] + " " + rest  # "The number of people killed[, known as …,] had risen to 205"
            return head[cut + 1:]
        noun = _NOUN_BEFORE.search(head, max(0, cut - 60), cut + 1)  # "an outbreak that has killed …", not "that has …"
        return head[noun.start() if noun else cut + 1:]
    verb = _main_verb(head)
    if verb and len(head[verb.start():].split()) <= 16:
        # "A drone strike on a crowded market in the town of … killed at least 40 people": the subject's head noun
        # and the whole predicate, rather than the predicate with the end of a noun phrase
        subject = _SUBJECT_HEAD.match(head, 0, verb.start())
        if subject:
            return subject.group(1) + " " + head[verb.start():]
        if len(head[:verb.start()].split()) <= 8:
            return head  # "The Court of Arbitration for Sport (CAS) will hear …": a name, whole
    words = head.split()
    tail = " ".join(words[-14:])
    if " the " in tail:
        tail = tail[tail.find(" the ") + 1:]
    elif len(words) > 14 and words[-15].lower() in _DETERMINER:
        tail = f"{words[-15]} {tail}"  # "[the] car he was a passenger in crashed into …", never "Car he was …"
    if not FINITE.search(tail) and verb and verb.start() and len(head.split()) <= MAX_WORDS \
            and "," not in head[:verb.start()]:
        return head  # "Top seed Ilona Varga saved … 6-3 in the first round": whole, not "the first round of …"
    return tail  # "… questioned why the regional authorities sent an alert": the clause at its end


_LISTED_BEFORE = re.compile(r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
_LAST_ITEM = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}and\s+(?:[a-z]+\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*")
"""A comma between names of a list ("Karachi, Hyderabad, Sukkur[, ]Larkana and southern Punjab") and its last two
items: no clause starts there."""
_CLOSING_OF_PHRASE = re.compile(r"(?:^|,\s+|\s)(?:during|in|on|at|for|from|of|aboard|after|before|with)\s+"
                                r"(?P<np>(?:the|a|an|its|their|his|her)\s+[^,;]+?)(?P<rel>\s+(?:that|which)\s+)"
                                r"(?P<vp>(?:was\s+|were\s+)?[a-z]{2,}(?:ed|en)\b(?:\s+[\w'’-]+){0,3})[\s,]*$")
"""A preposition's noun phrase and the relative clause of a past verb closing a long head, right before its date:
"during [a 38-day expedition aboard the research vessel Falkor (too)] that ended [in October]"."""
_DEED_THEN_WHEN = re.compile(r"(?P<main>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?\s+(?:died|drowned|was\s+killed|were\s+killed"
                             r"|was\s+injured|were\s+injured|was\s+hurt|were\s+hurt|was\s+rescued|were\s+rescued))"
                             r"\s+(?:when|as|after)\s")
"""A short main clause of a death or an injury, opening a long head, and the "when" clause telling how: the line keeps
both (the tail alone, "the car he was a passenger in crashed into a fallen tree", loses who died)."""
_DEATHS_AND_MISSING_WHEN = re.compile(_DEED_THEN_WHEN.pattern.replace(r"\s+(?:when|as|after)\s", "") + (
    r"\s+and\s+(?:[\w'’-]+\s+){1,3}?(?:went|are|were|remain|remained)\s+(?:missing|unaccounted\s+for)\s+when\s"))
"""Deaths and others gone missing, then "when" and the deed: "At least 12 people were killed and 19 others went missing
when [a landslide … struck Tipeni village]"; too long whole, the line is the deed."""
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|assured|informed|reminded|warned|convinced)(?:\s+[\w'’-]+){1,3}\s*$"
                          r"|\b(?:said|says|argued|argues|claimed|claims|alleged|alleges|testified|admitted)\s*$")
"""A saying right before a "that": the "that" opens what was said, no relative clause ("told the court that …")."""
_DETERMINER = frozenset("the a an his her its their this that these those".split())
"""Words a noun phrase opens with, which a line cut just after them would lose."""
_PHRASE_GOES_ON = re.compile(r"(?:from|to|into|in|at|on|for|with|near|across|outside|inside)\s")
"""A preposition opening what follows an aside: the phrase goes on the clause the aside interrupted."""
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whom|whose)\s+(?:[\w'’-]+\s+){0,2}$")
_PARTICIPLE_AFTER = re.compile(r"\s+(?:by|in|at|on|from|during|near|across|since|for|to|into|over)\b")


def _predicate(told: str) -> int | None:
    """Where the main verb of what was said starts, when the verb and all after it are at most 12 words and its
    subject runs on before it: the first auxiliary or past verb not in a relative clause ("the floods that swept …")
    nor a participle after its noun ("people killed in …"); None when there is none that plain."""
    verbs = sorted([*PREDICATE_AUXILIARY.finditer(told), *date_rules.PAST_CUES.finditer(told)], key=lambda m: m.start())
    for verb in verbs:
        if verb.start() == 0 or verb.group().lower() in ("last", "ago") or ", " in told[verb.start():]:  # not "5,300"
            continue
        if _RELATIVE_BEFORE.search(told, 0, verb.start()) or (
                not PREDICATE_AUXILIARY.fullmatch(verb.group()) and _PARTICIPLE_AFTER.match(told, verb.end())):
            continue
        if told[:verb.start()].endswith(" and "):
            return None  # "strengthened into a storm overnight and was on track …": the first verb was the main one
        return verb.start() if 2 <= len(told[verb.start():].split()) <= 12 and len(told[:verb.start()].split()) > 4 else None
    return None


def _main_verb(head: str) -> re.Match[str] | None:
    """The first verb of a line's head (roughly): an auxiliary or a past-tense verb, not "last" or "ago"."""
    found = [m for m in (AUXILIARY.search(head), date_rules.PAST_CUES.search(head)) if m]
    for match in sorted(found, key=lambda m: m.start()):
        if match.group().lower() not in ("last", "ago"):
            return match
    return None


_APPOSITIVE = re.compile(r"^([A-Z][^,]{0,40}),\s+(?:a|an|the)\s+(?:[^,]|,(?=\d)){3,80},\s+(?=[a-z])")
"""A name and the appositive after it that a long line can do without: "Paiporta, a town of 27,000 people, has …"."""
_PARTICIPLE_ASIDE = re.compile(r"(?:,\s+(?:led|known|run|headed|backed|supported|founded|based|called|dubbed|named"
                               r"|formerly|also)\s+(?:by|as|in|known\s+as|called)\s+[^,;]{1,60})+,(?=\s+[a-z])")
"""An aside of a participle and its agent or name, which a long line can do without: "The RSF[, led by Mohamed Hamdan
Dagalo][, known as Hemedti], took control of Nyala"."""
_AGE = r"(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]+)?(?:\d0s|[a-z]+ties|teens)\b"
"""The age an "in" gives a person ("in his 60s", "in her early thirties"): part of the subject, never cut from it."""
_SUBJECT_HEAD = re.compile(r"\s*((?:[\w'’-]+\s+){1,5}?[\w'’-]+)\s+(?:in(?!\s+" + _AGE + r")|at|of|on|near|from|outside"
                           r"|across)\s+(?=[a-z])")
"""The start of a long subject up to its first preposition: "A drone strike [on a crowded market in …]" (but "A man in
his 60s" is whole)."""
_NAMED_OPENING = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*),\s")
"""A head opening with a name and an aside about it."""
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_PAST_RELATIVE_THEN_MAIN = re.compile(r"\s+(?:that|which)\s+(?:[a-z]{2,}ed|sank|blew|fell|struck|hit|broke|ran|took"
                                      r"|left)\b[^,;]*?(?P<main>\s(?:will|would|shall|can|could|must|is|are|has|have)"
                                      r"\s+(?:not\s+)?[a-z])")
"""A relative clause of a past verb, then the main clause's auxiliary: "the fishing boat [that sank off Pylos] will
appear"."""
