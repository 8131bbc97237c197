"""What a fact headed by a claim reads: its clause, or the whole sentence when the clause is a fragment cut from
inside it ("has idled about 4,000 workers"), a figure alone ("€797.72m") or opens with a pronoun ("It included a 25%
raise")."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .figures import find_figures

if TYPE_CHECKING:  # claims are read here, never built
    from .claims import Claim

_PRONOUN_LED = re.compile(r"[\"“]?(?:[Ii]t(?!\s+(?:is|was|has\s+been|had\s+been|remains|remained|seems|seemed|appears"
                          r"|appeared|comes|came)\b)|[Hh]e|[Ss]he|[Tt]hey|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?=[a-z])")
"""A statement opening with a pronoun, whose referent the fact would have to guess from the sentence before ("It
included a 25% raise" after "The company had reached the tentative deal": the deal included it, not the company); "It
was the first time …" names no one; a clause cut after "when" opens with one in lower case ("it capsized …")."""


def pronoun_led(claim: Claim) -> bool:
    """The claim's statement opens with a pronoun (_PRONOUN_LED): another source naming its subject heads better."""
    return bool(_PRONOUN_LED.match(statement(claim)))


def bare(claim: Claim) -> bool:
    """The clause is a number alone ("€797.72m" from a list of key numbers "€797.72m: the fine"; not "300
    volunteers", which says what it counts): it says nothing on its own."""
    return (claim.figure is not None and claim.clause.strip(" .:;,") == claim.figure.text
            and not re.search(r"[^\W\d]{3,}", _SCALE_WORDS.sub("", claim.figure.text)))


_SCALE_WORDS = re.compile(r"\b(?:hundred|thousand|million|billion|trillion|bn)\b", re.I)


def with_opening_quote(text: str, quote: str) -> str:
    """``text`` with the quotation mark that opens it in its sentence, when it closes one it does not open:
    '"Glass Hearts" has been streamed …', not 'Glass Hearts" has been streamed …'."""
    at = quote.find(text)
    if at > 0 and quote[at - 1] in "“\"‘" and (text.count('"') % 2 == 1 or text.count("”") > text.count("“")
                                                or text.count("’") > text.count("‘") and quote[at - 1] == "‘"):
        return quote[at - 1] + text
    return text


_LABEL = re.compile(r"(?:BREAKING(?:\s+NEWS)?|JUST\s+IN|UPDATED?|LATEST|DEVELOPING|URGENT|FLASH|EXCLUSIVE|CORRECTION"
                    r"|WATCH|LIVE)\s*[:|—–]\s*(?=[\"“‘]?[A-Z0-9])")
"""A live blog's or a page's label before a sentence, "BREAKING: ", "UPDATE — ": page furniture, no part of a fact."""


def without_label(text: str) -> str:
    """``text`` without the label that opens it (_LABEL): "BREAKING: The law has passed, 49 votes to 36" reads "The
    law has passed, 49 votes to 36"."""
    label = _LABEL.match(text)
    return text[label.end():] if label else text


def statement(claim: Claim) -> str:
    """What a fact headed by ``claim`` reads: its clause, or its whole sentence when the clause is a fragment or
    the figure alone."""
    return (claim.quote if fragment(claim) or bare(claim) or alone(claim) else claim.clause).strip()


def alone(claim: Claim) -> bool:
    """The clause is the figure alone, what it counts included: "Six people" from "Six people, including two women,
    were arrested …", cut at the aside's comma. It says what is counted but not what happened to it."""
    return claim.figure is not None and claim.clause.strip(" .:;,\"“”") == claim.figure.text


_PRESENTS = r"""stands|remains|accounts|totals|reaches|exceeds|employs|includes|becomes|seems|takes|makes|gives
    |holds|gets|puts|owns|expects|means|owes|earns|pays|sells|buys|loses|lends|spends|keeps|leaves|comes|goes|tells
    |adds|rises|falls|grows|climbs|slips|surges|soars|plunges|tops|represents|amounts|equals|carries|covers|faces
    |wants|says"""
"""Present-tense verbs a figure's clause may have ("The jobless rate stands at 4.1%", "Revenue rises 12%", "The
fund owns 9%"): the third person's "-s", not of verbs whose "-s" form is a common plural noun ("costs", "plans",
"wins")."""


_FRAGMENT_START = re.compile(
    r"(?=[a-z])(?:with|without|after|before|while|since|including|amid|despite|for|from|to|of|in|on|by|into|than"
    r"|when|where|whereas|because|although|though|if|unless|until|which|who|whose|that"
    r"|up from|down from|as(?! (?:many|much|few|little) as)|at(?! (?:least|most))"
    r"|has|have|had|is|are|was|were|will|would|could|should|can|did|does|do|been|said|says|\w+ed|\w+ing"
    r"|up|down|above|below|about|around|roughly|nearly|almost|equivalent|equal|comes|came|\w{3,}ly|not|nor|far|much"
    r"|(?:a|an|one|two|three|four|five|six|seven|several|a few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)"
    r"\s+(?:after|before|later|earlier|since)"
    r"|" + re.sub(r"\s", "", _PRESENTS) + r")\b")


_IRREGULAR_PASTS = r"""won|lost|took|paid|made|gave|rose|fell|hit|put|set|cut|sold|bought|held|kept|found|told|left|led
    |met|ran|sent|spent|stood|brought|built|thought|knew|grew|drew|threw|wore|broke|chose|spoke|wrote|began|came|went
    |got|saw|became|fought|caught|taught|struck|shot|withdrew|overtook|underwent|sought|forgot|beat|dealt|fled|felt
    |heard|hid|hung|lay|lent|meant|sank|slid|spun|swore|tore|woke|bore|rang|sang|swam|won|shut|quit|let|bid|read"""
_IRREGULAR_START = re.compile(rf"(?:{_IRREGULAR_PASTS}|short\s+of|worth)\b", re.X)
"""A clause opening with a verb no "-ed" marks, or with "short of", "worth": "won the Premier League by 10 points"
(cut after "who"), "short of the $10 billion Brazil had hoped to raise"."""
_VERB = re.compile(rf"\b(?:\w+ed|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall"
                   rf"|should|did|does|do|said|{_IRREGULAR_PASTS}|{_PRESENTS})\b", re.X | re.I)
"""A word that is most likely a verb (the test errs towards one: "United" passes)."""


def fragment(claim: Claim) -> bool:
    """A clause cut from inside its sentence that starts with a verb or preposition ("has idled about 4,000
    workers", "wounding more than 30 others", "with about 4,500 dock workers refusing"), or that has no verb at all
    ("the UK £500m" of "Japan ¥80bn and the UK £500m", "the second worth £113.5m"): no subject or no verb of its
    own, so the whole sentence says it better. "terminal operators offered a 4 per cent pay rise" has both."""
    return _fragment_of(claim.clause.strip(), claim.quote)


@functools.lru_cache(maxsize=1 << 15)
def _fragment_of(clause: str, quote: str) -> bool:
    """``fragment`` of a clause in its sentence; remembered (pure: a fact's headline is chosen by asking it of every
    member, twice, and wire copy repeats the same clauses)."""
    at = quote.find(clause)
    before, after = (quote[:at].rstrip(), quote[at + len(clause):]) if at >= 0 else ("", "")
    if _ASIDE_THEN_VERB.match(after):
        return True  # "The ministry says 71 targets[, including caves, …, have been destroyed]"
    if quote.lstrip(" “\"").startswith(clause):
        if _OPENING_PREPOSITION.match(clause) and _verbless(clause):
            return True  # "At ₹1,960 a share[, the IPO valued the company at …]": a phrase setting the scene, its
            # statement after the comma
        return bool(_APPOSITIVE_THEN_VERB.match(after)) and _verbless(clause)  # "The Rs 27,870 crore issue[, the
        # largest this year, was subscribed …]": cut at an aside, its verb after it
    if before and _CONDITION.match(quote):
        return True  # "If convicted, [Aalborg faces up to eight years in prison]": it holds only on the condition
    if before.endswith(")"):
        return True  # "(UKMTO) [agency reported that …]": cut inside a name
    if re.search(r",\s+(?:which|who)$", before):
        return True  # "the 2020 election, which [Mr Mahama lost … with 47.4% of the vote]", "local fishermen, who
        # [receive NOK 500 per fish]": what it is about is before
    if re.search(r"[,.!?][\"”’]$", before):
        return True  # "“Long live …,” [Frederiksen said three times]": the attribution of a quotation it leaves out
    # "[two drones in Houthi-controlled areas] that were ready": a listed object, whose only verb is a relative
    # clause's ("Houthi-controlled" is no verb)
    return bool(_FRAGMENT_START.match(clause) or _IRREGULAR_START.match(clause) or _verbless(clause))


def _verbless(clause: str) -> bool:
    """The clause has no verb of its own (_VERB), a relative clause's, a compound's ("Houthi-controlled") and a
    figure's ("won") aside: "the UK £500m", "The Rs 27,870 crore issue"."""
    return not _VERB.search(_COMPOUND.sub("", _without_figures(_RELATIVE.split(clause, 1)[0])))


def _without_figures(text: str) -> str:
    """``text`` with its figures blanked: the "won" of "10.44 trillion won vs. 8.76 trillion won" is money, not a
    verb."""
    for figure in reversed(find_figures(text)):
        text = text[:figure.start] + " " + text[figure.end:]
    return text


_ASIDE_THEN_VERB = re.compile(r",\s+(?:including|among\s+them|such\s+as|mostly|many\s+of\s+them)\b[^.;]*?,\s+"
                              r"(?:also\s+|then\s+|later\s+)?(?:have|has|had|were|was|are|is|will|would|[a-z]+ed)\b")
"""An aside about the figure the clause ends with, then the clause's own verb: the cut fell inside it."""
_APPOSITIVE_THEN_VERB = re.compile(r",\s+(?:the|a|an)\s[^,;()]{1,60},\s+(?:was|were|is|are|has|have|had|will|would)\b")
"""An aside describing what the clause before it names, then that clause's verb: ", the largest this year, was"."""
_CONDITION = re.compile(r"[\"“]?(?:If|Unless|Should|Were|Had)\s[^,;]{1,60},")
"""A condition opening the sentence, what follows holding only on it: "If convicted, …", "Unless a deal is reached,
…"."""
_OPENING_PREPOSITION = re.compile(r"[\"“]?(?:At|In|On|With|Without|For|From|By|After|Before|Since|Despite|Amid"
                                  r"|Under|Over|Of|Among|Including|Excluding|Like|Unlike|Beyond|Against|Through"
                                  r"|During|Until|Toward|Towards|Per)\s")
"""A clause opening its sentence with a preposition: a phrase before the statement, not one."""
_RELATIVE = re.compile(r"\s(?:that|which|who)\s")
_COMPOUND = re.compile(r"\w+-\w+")
