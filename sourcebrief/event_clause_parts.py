"""Parts of a clause a chronology line is rebuilt from: a shared verb's object (for a gapped conjunct) and the main
verb after a subject's relative clause. Read by ``event_line`` and ``event_text``, which cut the lines."""

from __future__ import annotations

import re

from sourcebrief.event_sentence import FINITE, with_preposition

AUXILIARY = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had)\b")
"""An auxiliary (the verb of a line's head, roughly)."""
PREDICATE_AUXILIARY = re.compile(r"(?<![\w'’-])(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must"
                                 r"|should|did|does|do)(?![\w'’-])")
"""An auxiliary or modal opening a predicate."""
_GAPPED_VERB = re.compile(
    r"\b(?:(?P<aux>will|would|shall|can|could|may|might|must)(?:\s+(?:not|also|then|now|be|[a-z]+ly))*\s+[a-z]+"
    r"|(?P<past>(?!(?:was|were|had)\b)[a-z]{2,}ed|hit|struck|swept|reached|tore|met|visited|held))"
    r"(?:\s+(?:over|into|across|through|past|toward|towards|onto|against|along))?\s+(?=\w)")
"""A verb (a modal's, or a plain past) and the preposition before its object: "will move over [Georgia]", "swept
across [Cuba]", "arrested [two men]"."""


def object_start(line: str) -> int | None:
    """Where the object of the earlier conjunct's verb starts, when that object (a few words, no verb) ends the line,
    so a gapped "and the Carolinas" replaces it ("will move over Georgia on Thursday and the Carolinas by Friday");
    else None."""
    found = _GAPPED_VERB.search(line)
    if found is None or found.start() == 0:
        return None
    obj = line[found.end():]
    if not re.fullmatch(r"(?:[\w'’.%-]+\s?){1,5}", obj) or FINITE.search(obj) or AUXILIARY.search(obj):
        return None
    return found.end()


def main_after_relative(head: str, cut: int) -> int | None:
    """Where the main clause's auxiliary starts after a subject's relative clause ("… [that] has forced thousands of
    people to flee [was] 45% contained"): the relative word at ``cut`` opens on its own auxiliary and another follows,
    with no comma between; None otherwise, or when the subject before the relative word is over ten words."""
    auxiliaries = list(PREDICATE_AUXILIARY.finditer(head, cut))
    opening = re.match(r"\s+(?:that|which)\s+", head[cut:])
    if (len(auxiliaries) < 2 or opening is None or auxiliaries[0].start() != cut + opening.end()
            or "," in head[cut:] or len(head[:cut].split()) > 10):
        return None
    return auxiliaries[-1].start()


_PASSIVE_OPENING = re.compile(r"(?P<subject>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+[^,;]{1,60}?)\s+"
                              r"(?P<aux>was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:first|initially|then)\s+)?"
                              r"[a-z]{2,}(?:ed|en)\b")
"""A sentence opening with a subject and a passive verb: "The vents were first spotted"."""
_PARTICIPLE_CONJUNCT = re.compile(r"\s+and\s+(?:(?:then|later)\s+)?(?P<vp>[a-z]{2,}(?:ed|en)\b[^,;]*?)\s*$")
"""A second participle of the same passive, right after an earlier date, up to the next: "[on Sept. 14] and confirmed
by a remotely operated robot [two days later]"."""


_OTHER_CLAUSE = re.compile(r"\b(?:that|which|who|after|before|when|until|since)\s")
"""A clause of its own inside a conjunct, whose date the closing date may be."""


_CLOSING_RELATIVE = re.compile(r"\b(?:after|following|before)\s+(?P<np>(?:(?:the|a|an|its|their)\s+)?[a-z][\w'’-]*"
                               r"(?:\s+[a-z][\w'’-]*){0,3}?)\s+(?:that|which)\s+(?P<vp>[a-z]{2,}ed)$")
"""A conjunct closing on a thing and its relative clause of the past, right before the date: "after [repairs that
ended]"."""


def shared_passive(sentence: str, opening: int, other_dates: list[tuple[int, int]]) -> str | None:
    """The line of a date closing a conjunct of a passive opening its sentence ("The vents were first spotted by a
    vehicle on Sept. 14 and confirmed by a robot [two days later]": "The vents were confirmed by a robot"), the
    conjunct starting right after an earlier date; None otherwise. ``opening``: where the date's phrase starts."""
    passive = _PASSIVE_OPENING.match(sentence)
    earlier = [e for s, e in other_dates if passive and passive.end() < s and e < opening]
    if not earlier:
        return None
    conjunct = _PARTICIPLE_CONJUNCT.fullmatch(sentence, max(earlier), opening)
    if conjunct is None or PREDICATE_AUXILIARY.search(conjunct["vp"]):
        return None
    if _OTHER_CLAUSE.search(conjunct["vp"]):
        closing = _CLOSING_RELATIVE.search(conjunct["vp"])  # "and cleared for use after repairs that ended [in 2021]":
        return f"{closing['np']} {closing['vp']}" if closing else None  # the date is the repairs' ("Repairs ended")

    return f"{passive['subject']} {passive['aux']} {conjunct['vp']}"


_SAID_THAT = re.compile(r"\s(?:said|says|confirms|confirmed|announced|announces|reported|reports)\s+that\s+")
"""A saying and its "that" inside a clause read up to its verb: the subject is what follows."""


def shared_subject(sentence: str, left: int, other_start: int) -> str | None:
    """The subject of the clause from ``left`` up to its verb before the date at ``other_start``, an aside between
    commas kept ("The strike, called by the UNSA-ICNA and USAC-CGT unions[, began]"), its auxiliary left out ("The
    Texelstroom [was pulled]"); None when no plain subject of a few words opens it. Read by ``event_span`` for a
    second verb after "and" whose date is another's: "… began on Thursday morning [and is due] to end at 7am on
    Saturday"."""
    head = sentence[left:with_preposition(sentence, other_start)]
    plain = re.sub(r",[^,]{1,80},", lambda m: " " * len(m.group()), head)  # an aside's verb is not the clause's
    verb = FINITE.search(plain)
    subject = head[:verb.start()].strip(" ,") if verb else ""
    said = _SAID_THAT.search(subject)
    if said and said.end() < len(subject):  # "SSCC confirms that [the vessel Reliance] left …": what was said
        subject = subject[said.end()].upper() + subject[said.end() + 1:]
    if not subject[:1].isupper() or not 0 < len(subject.split()) <= 14 or subject.split()[0] in ("It", "He", "She",
                                                                                              "They", "This"):
        return None
    return subject + "," if "," in subject else subject  # "The strike, called by …, is due to end"
