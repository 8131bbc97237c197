"""A participle clause's line given its sentence's subject and a past verb: "Kishida held a string of meetings,
meeting U.S. Vice President Kamala Harris on Monday and India's Narendra Modi on Tuesday" dates two deeds of Kishida's,
"Japanese Prime Minister Fumio Kishida met U.S. Vice President Kamala Harris" (Monday) and "… met India's Narendra
Modi" (Tuesday), not "Meeting U.S. Vice President Kamala Harris", which no reader can place. Read by ``event_text``."""

from __future__ import annotations

import re

from sourcebrief.event_line import head_noun
from sourcebrief.event_sentence import FINITE

_OPENING_PARTICIPLE = re.compile(r"(?P<verb>[A-Z][a-z]{2,}ing)\s+(?=[\w'’])")
"""A line opening with a participle and going on to its object: "Meeting U.S. Vice President Kamala Harris"."""
_DATELINE = re.compile(r"[A-Z][A-Z .,/'’-]*(?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2})?(?:\s+\([A-Za-z. ]+\))?\s+(?:--|—|–|-)\s+")
"""A dateline before the sentence's subject: "TOKYO -- ", "LONDON, March 3 (Reuters) - "."""
_PAST = dict(pair.split(":") for pair in """meet:met hold:held make:made take:took give:gave send:sent leave:left
speak:spoke bring:brought win:won lose:lost tell:told say:said see:saw hit:hit put:put set:set get:got run:ran
begin:began fly:flew lead:led pay:paid sell:sold find:found build:built spend:spent keep:kept stand:stood come:came
go:went write:wrote drive:drove break:broke choose:chose know:knew throw:threw strike:struck seek:sought buy:bought
catch:caught teach:taught fight:fought shoot:shot sit:sat cut:cut hear:heard beat:beat shut:shut let:let
spread:spread rise:rose fall:fell draw:drew grow:grew shake:shook""".split())
"""Irregular pasts, by the verb the participle is made of ("meeting": "meet", "met")."""
_IRREGULAR_PARTICIPLE = {verb + "ing": past for verb, past in _PAST.items()} | {
    verb[:-1] + "ing": past for verb, past in _PAST.items() if verb.endswith("e") and not verb.endswith("ee")} | {
    verb + verb[-1] + "ing": past for verb, past in _PAST.items() if re.search(r"[^aeiou][aeiou][bdgnprt]$", verb)}
"""Each irregular verb's participle ("meeting", "making", "hitting", "running") to its past."""
_NOT_PARTICIPLE = frozenset("during including according following regarding concerning amid something nothing "
                            "anything everything morning evening bring thing king ring spring sing wing".split())
"""Words ending in "-ing" that are no participle of a deed."""


def past_of(participle: str) -> str | None:
    """The simple past of an "-ing" participle: "meeting" "met", "visiting" "visited", "raising" "raised" (the
    dropped "e" comes back with "-ed"), "stopping" "stopped", "carrying" "carried"; None when it is no participle."""
    word = participle.lower()
    if word in _NOT_PARTICIPLE or not word.endswith("ing") or len(word) < 6:
        return None
    if word in _IRREGULAR_PARTICIPLE:
        return _IRREGULAR_PARTICIPLE[word]
    stem = word[:-3]
    if stem.endswith("ee"):
        return stem + "d"  # "agreeing": "agreed"
    if re.search(r"[^aeiou]y$", stem):
        return stem[:-1] + "ied"  # "carrying": "carried"
    return stem + "ed"


def participle_line(line: str, sentence: str) -> str | None:
    """``line`` given the subject of its sentence and a past verb, when it opens with a participle that follows a
    comma in the sentence after a main clause of the past ("Kishida held talks, meeting Harris on Monday" is
    "Kishida met Harris"); None otherwise."""
    opening = _OPENING_PARTICIPLE.match(line)
    if opening is None:
        return None
    past = past_of(opening.group("verb"))
    verb_word = opening.group('verb').lower()
    comma = re.search(rf",\s+{verb_word}\s", sentence) or re.search(
        rf",\s+[a-z]{{3,}}ing\s[^,;]*?\band\s+{verb_word}\s", sentence)  # ", forcing … and shutting"
    dateline = _DATELINE.match(sentence)
    body = sentence[dateline.end() if dateline else 0:comma.start() if comma else 0]
    verb = FINITE.search(body)
    if past is None or verb is None:
        return None
    subject = body[:verb.start()].strip()
    if (not 0 < len(subject.split()) <= 8 or not subject[0].isupper() or "," in subject
            or verb.group() in _NO_DOER or _INFINITIVE.search(line, opening.end())):
        # "On Monday, the minister …", "The minister, 54, …", a present, a saying ("The interior ministry said 1.28
        # million took part, beating the record of 31 January": the marchers beat it), or an infinitive whose date
        # is its own ("signed a declaration, committing to present a draft by May 2"): no deed of that subject's
        return None
    return f"{subject} {past} {line[opening.end():]}"


_NO_DOER = frozenset("is are has have said told".split())
"""Main verbs whose subject does not do what the participle after them tells."""
_INFINITIVE = re.compile(r"\bto\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]{2,}\b")
"""An infinitive in the participle's clause: a plan or an aim whose date is not the deed's."""


_PAST_PARTICIPLE = (r"[a-z]{3,}ed|built|made|held|won|sold|led|brought|bought|paid|sent|struck|set|found|kept|"
                    r"given|taken|written|chosen|driven|thrown|shot|hit|cut|put|spent|seen|known|begun|drawn|signed")
_PASSIVE_CLAUSE = re.compile(rf",\s+(?P<verb>{_PAST_PARTICIPLE})\s+by\s+(?P<agent>(?:[Tt]he\s+\S|[A-Z])[^,;]*?)\s*$")
"""A line closing on a passive participle clause with its doer: "…, ordered by the European Commission"."""
_PUBLISHED_CLAUSE = re.compile(r",\s+(?P<verb>published|released|issued|filed|adopted|approved|signed)\s*$")
"""A line closing on a document's participle, its date cut: "…, published [in March 2022]"."""
_NOUN_PHRASE = re.compile(r"(?<![\w'’-])(?:[Tt]he|an?|its|their|his|her)\s+(?P<rest>[^,;]+)$")
_NOT_NOUN = re.compile(r"\b(?:would|will|could|should|may|might|must|can|to|that|which|who|and|or|but|said|says)\b")
"""Words that show a determiner's words go on past one noun phrase: "the government said it would delay …"."""


def passive_line(line: str, sentence: str, start: int) -> str | None:
    """The deed of a passive participle clause a date belongs to, told with its doer: "The government said it would
    not delay the liquidation of Fret SNCF, ordered by the European Commission [a year ago]" is "The European
    Commission ordered the liquidation of Fret SNCF" (the government's refusal was not a year ago). None when the
    line does not close on such a clause, the date in the sentence does not follow its doer, or the thing it tells of
    is no plain noun phrase."""
    clause = _PASSIVE_CLAUSE.search(line) or _PUBLISHED_CLAUSE.search(line)
    if clause is None:
        return None
    agent = clause.groupdict().get("agent")
    doer = rf"\s+by\s+{re.escape(agent)}" if agent else ""
    told = re.search(rf",\s+{re.escape(clause['verb'])}{doer}\s+", sentence)
    if told is None or not re.fullmatch(r"(?:(?:in|on|at|during)\s+)?", sentence[told.end():start]):
        return None  # the date must be the clause's own: "signed by the previous government [in 2019]"
    head = line[:clause.start()]
    for phrase in _NOUN_PHRASE.finditer(head):
        rest = phrase["rest"]
        if _NOT_NOUN.search(rest) or FINITE.search(rest) or len(rest.split()) > 8:
            continue
        if not agent:  # "in the bank's 2021 annual report, published [in March 2022]": the report was published
            told = phrase.group()
            return f"{told[:1].upper()}{told[1:]} {'were' if _plural_head(told) else 'was'} {clause['verb']}"
        return f"{agent[:1].upper()}{agent[1:]} {clause['verb']} {phrase.group()[:1].lower()}{phrase.group()[1:]}"
    return None


def _plural_head(noun_phrase: str) -> bool:
    """Whether a noun phrase's head (its last word before any preposition) is plural: "the accounts", not "the
    report", nor "the traffic between Marseille and Miramas"."""
    head = head_noun(noun_phrase)
    return head.endswith("s") and not head.endswith(("ss", "'s", "’s"))


_OPENING_ASIDE = re.compile(rf"^(?P<thing>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+[^,;]{{1,60}}?),\s+"
                            rf"(?P<verb>{_PAST_PARTICIPLE})\s+by\s+(?P<agent>(?:[Tt]he\s+\S|[A-Z])[^,;]{{0,60}}?|(?!(?:the|a|an|its|their"
                            rf"|his|her|this|that|then|now|late|early)\b)[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+)?)\s*$")
"""A sentence's subject and a passive participle aside with its doer, up to a date: "The regulation, proposed by the
European Commission [in June], would prohibit …", "The fire, sparked by lightning [last Thursday], has burnt …"."""


def opening_aside_line(sentence: str, opening: int, end: int) -> str | None:
    """The deed of a passive aside closing right after its date, after the sentence's opening noun phrase: "The
    regulation, proposed by the European Commission in June, would prohibit new contracts" is, in June, "The European
    Commission proposed the regulation" (what the regulation would do is no deed of June's). None otherwise."""
    aside = _OPENING_ASIDE.match(sentence, 0, opening)
    if aside is None or not sentence.startswith(",", end) or _NOT_NOUN.search(aside["thing"]) or FINITE.search(
            aside["thing"]) or FINITE.search(aside["agent"]):
        return None
    thing, agent = aside["thing"], aside["agent"]
    return f"{agent[:1].upper()}{agent[1:]} {aside['verb']} {thing[:1].lower()}{thing[1:]}"
