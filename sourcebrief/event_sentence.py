"""Sentences and their tidying: where a date's sentence starts and ends (``sentence_bounds``, ``next_sentence``,
``inside_quotation``), the preposition that opens a dating phrase (``with_preposition``) and the clean-up of a finished
chronology line (``tidy``), with the few patterns the other ``event_*`` text modules share (``FINITE``,
``APPOSITIVE_CLOSED``). A leaf: it imports no other ``event_*`` module."""

from __future__ import annotations

import functools
import re

from sourcebrief import date_rules


_LEAD = re.compile(r"^(?:(?:and|but|so|then|however|meanwhile|also|while|when|where|as|after|before|that|since)\b[,\s]*)+",
                   re.IGNORECASE)


_LEAD_ZONE = re.compile(rf"^\((?:\d{{3,4}}\s+)?{date_rules.TIME_ZONE}\)[\s,]*"
                       rf"|^(?:at\s+)?(?:(?:about|around)\s+)?(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]\.?m\.?|\d{{1,2}}:\d{{2}})"
                       rf"(?:\s+{date_rules.PLACE_TIME})?\s*(?:\((?:\d{{3,4}}\s+)?{date_rules.TIME_ZONE}\)\s*)?,\s*(?=[A-Za-z])",
                       re.IGNORECASE)
"""A clock time's zone in brackets left at the start of a line once its time and date were taken out; or an opening
clock time whose day was taken out, with its zone ("At 10 a.m. (0700 GMT)[ on Monday], the ministry said")."""
_HEDGE_END = re.compile(r",?\s+(?:possibly|probably|perhaps|maybe)[\s.,;:]*$", re.IGNORECASE)
"""A hedge left at the end of a line once the date it hedged was cut: "…, probably [in 2025]"."""
_LEAD_PHRASE = re.compile(r"^(?:(?:a|an|one|two|three|four|five|six|\d+)\s+(?:day|week|month|year|hour)s?\s+)?"
                          r"(?:after|before|following|since)\s+[^,]{1,60},\s+(?=[a-z])"
                          r"|^(?:a|an|one|two|three|four|five|six|\d+)\s+(?:day|week|month|year)s?\s+(?:before|after)\s+"
                          r"(?=(?:the|a|an|its|their|his|her)\s)", re.IGNORECASE)
"""An opening phrase of time before its clause, which a line goes without (its connective alone would be dropped; "[two
days before the vote, ]the candidate withdrew"), or a span before a clause ("[A week before] their extended contract was due to expire")."""
_DANGLING_PREP = re.compile(
    r"\b(?:(?<!\bwent )(?<!\bgo )(?<!\bgoes )(?<!\bgone )(?<!\bcarried )(?<!\bdragged )(?<!\blived )on"
    r"|(?<!\bsworn )(?<!\bswear )(?<!\bswears )(?<!\bbrought )(?<!\bbring )(?<!\bbrings )(?<!\bbringing )in|since|from|until|till|by|during|at|as of|of"
    r"|(?<!\btook )(?<!\btake )(?<!\btakes )(?<!\btaken )(?<!\btaking )(?<!\bhanded )over|starting|beginning|effective"
    r"|(?:shortly |just |soon |right |hours |minutes |days )?(?:before|after)|to|between|around|about|approximately"
    r")\s+(?=[,.;:]|$)|\b(?:on|in|since|from|during|by)"
    rf"\s*,(?![”\"’'])|\(\s*(?:{date_rules.TIME_ZONE}\s*)?\)", re.IGNORECASE)
"""A preposition its date was cut from ("hit on, killing"), not one ending a quotation ("where she came from,”") nor a
verb's particle ("was sworn in [on Sunday]", "bottled water brought in", "who took over [last month]", "The abuse went
on [from 2011 to 2020]"); and a bracket left empty or with only its time's zone ("( ET)")."""


_PREP_BEFORE = re.compile(r"(?:(?:\b(?:on|in|during)\s+)?\bthe\s+(?:morning|afternoon|evening|night|(?:early|small|late)\s+hours)"
                          r"\s+of\s+"
                          r"|\bovernight\s+(?:into|on|to)\s+"  # "the attack overnight into Tuesday"
                          r"|\b(?:about|around|approximately|roughly)\s+"
                          r"|\b(?:shortly|just|soon|immediately|right)\s+(?:after|before)\s+"  # "opened [shortly after] 10 p.m."
                          r"|\b(?:late|early|earlier|later)\s+(?:(?:on|in)\s+)?"
                          r"|\b(?:on|(?<!\bsworn\s)(?<!\bswear\s)(?<!\bswears\s)in|since|from|until|till|by|during|at|as of|throughout|(?<!fell\s)(?<!fall\s)(?<!falls\s)(?<!came\s)(?<!come\s)(?<!went\s)(?<!got\s)(?<!pulled\s)(?<!pushed\s)through|starting|for|ahead\s+of|of|between|(?<!\btook\s)(?<!\btake\s)(?<!\btakes\s)(?<!\btaken\s)(?<!\btaking\s)(?<!\bhanded\s)over"
                          r"|as\s+(?:early|late|soon)\s+as|no\s+(?:later|earlier|sooner)\s+than)\s+"
                          r"(?:(?:about|around|approximately|roughly)\s+)?)$",
                          re.IGNORECASE)


MAX_WORDS = 28


_CLOSERS = frozenset("\"'”’)")
SENTENCE_REACH = 1000
"""At most this many characters each side are read for a sentence, so long unpunctuated text stays linear."""


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` holding ``[start, end)`` (capped at SENTENCE_REACH each side)."""
    left = max(0, start - SENTENCE_REACH)
    # Up to start + 1: the end mark's look-ahead must see the capital of a sentence the date opens ("The next day").
    for match in date_rules.SENTENCE_END.finditer(text, left, start + 1):
        left = match.end()
    # From the date's last character: "struck at 4 a.m. Rescuers …" ends the sentence with the date's own full stop.
    after = date_rules.SENTENCE_END.search(text, end - 1 if text[end - 1:end] == "." else end, end + SENTENCE_REACH)
    if not after:
        return left, min(len(text), end + SENTENCE_REACH)
    right = after.start() + 1
    while right < len(text) and text[right] in _CLOSERS:  # the quotation the full stop ends: 'significantly."'
        right += 1
    return left, right


@functools.lru_cache(maxsize=1 << 16)
def with_preposition(text: str, start: int, preposition: re.Pattern[str] | None = None) -> int:
    """Start of the dating phrase including its preposition: ``on Tuesday`` rather than ``Tuesday`` (a memo of a pure
    function: each step of a chronology line asks it again of the same date)."""
    match = (preposition or _PREP_BEFORE).search(text, max(0, start - 25), start)
    if match and _TAKES_NO_ON.match(text, start) and match.group().strip().lower() == "on":
        return start  # "The operation went on overnight": the verb's particle, no date's preposition
    return match.start() if match else start


_TAKES_NO_ON = re.compile(r"(?:overnight|today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon"
                          r"|evening|week|month|year))\b", re.IGNORECASE)
"""A date no "on" opens ("on overnight" is no English): an "on" before it is a verb's ("went on", "carried on")."""


APPOSITIVE_CLOSED = re.compile(r",\s+(?:[a-z]+ed|was|were|is|are|has|have|had|will|would|won|fell|rose|began|came|went)\b")
"""An appositive's closing comma and the verb of the clause it sits in: "[, the first since 2019], ended"."""
FINITE = re.compile(r"\b(?:(?<!\bthe\s)(?<!\bThe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)[a-z]{2,}ed|was|were|is|are|has|have|had|began|broke|came|fell|hit|struck|took|went|won|"
                     r"lost|left|made|met|ran|held|gave|got|saw|sank|shot|rose|drove|flew|sent|spoke|wrote|said|told|"
                     r"blew|led|fled|fought|brought|bought|caught|thought|sought|taught|built|spent|paid|tore|swept|spread|burnt|"
                     r"froze|stole|hid|sold|kept|threw|knew|grew|withdrew|stood)\b")
"""A finite verb (roughly): what makes a few words after an "after" a clause of their own (not a participle after an
article or a possessive: "the occupied West Bank")."""


_EMPTY_QUOTE = re.compile(r"(?<!\S)[\"“]\s*[\"”](?!\S)")
"""Quotation marks left holding nothing once the date they quoted is gone."""


@functools.lru_cache(maxsize=1 << 16)
def tidy(text: str) -> str:
    """Clean a clause into a chronology line: no leading conjunction, no dangling preposition, capitalised (a memo of
    a pure function: shared copy gives the same clauses)."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^[,;:\s]+|[,;:\s]+$", "", text)
    text = _LEAD_ZONE.sub("", text)  # "At 4:00 p.m. (EST) Feb. 2, CENTCOM forces …": the time's zone, its date gone
    text = re.sub(r"\s{2,}", " ", _DANGLING_PREP.sub("", text + " ").strip())  # "hit ( ) at": "hit at"
    text = re.sub(r"\s+(?=[,.;:])|(?<=\w)\s+(?=['’]s\b)", "", text)  # "won Saturday['s] election", rejoined
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"\s{2,}", " ", _EMPTY_QUOTE.sub(" ", text)).strip()  # 'could extend it "[until the end of the year]" if talks fail'
    text = _HEDGE_END.sub("", text)  # "would face trial in Manhattan, possibly [as early as mid-2026]"
    text = _LEAD_PHRASE.sub("", text)  # "After nine days of extreme heat, temperatures …": not "Nine days of …"
    text = _LEAD.sub("", text).strip(" ,;:")
    text = _paired_quotes(text.strip("“”\"' ").lstrip(",;: ")).rstrip(",;: ")  # '"Over the weekend, we …': not ", we"
    words = text.split()
    if len(words) > MAX_WORDS:
        text = " ".join(words[:MAX_WORDS])
        if text.count("(") > text.count(")"):  # not inside a bracket: "Jurf al-Nasr (formerly Jurf …"
            text = text[:text.rfind("(")]
        text = text.rstrip(",;: ") + " …"
    text = re.sub(r"(?<!\.[A-Z])\.+(?=[\"”]?$)", "", text).rstrip(",;: ")  # a full stop, not that of "D.C." or "U.S."
    return text[:1].upper() + text[1:] if text else text


@functools.lru_cache(maxsize=1 << 16)
def _paired_quotes(text: str) -> str:
    """The clause's quotation marks paired: a mark that closed a quotation begun before the clause is dropped
    ("in Baghdad,” General Rasool said"), and one the clause cut before its close is closed at the end
    ('would "rise significantly'). A straight quote opens after a space or bracket and closes otherwise."""
    kept, opened = [], []
    for char in text:
        opens = char == "“" or (char == '"' and (not kept or kept[-1] in " ([—–"))
        if opens:
            opened.append(char)
        elif char in "”\"":
            if not opened:
                continue
            opened.pop()
        kept.append(char)
    kept += ["”" if char == "“" else '"' for char in reversed(opened)]
    return "".join(kept)


def inside_quotation(text: str, position: int) -> bool:
    """Whether ``position`` falls inside a direct quotation (curly or straight double quotes)."""
    before = text[:position]
    curly = before.count("“") - before.count("”")
    return curly > 0 or (before.count('"') % 2 == 1)


def next_sentence(text: str, end: int) -> tuple[int, int]:
    """Span of the sentence after the one ending at or after ``end`` (empty at the end of the text)."""
    _, right = sentence_bounds(text, end, end)
    start = right
    while start < len(text) and text[start] in " \n\t\"'”’":
        start += 1
    if start >= len(text):
        return len(text), len(text)
    return sentence_bounds(text, start, start + 1)
