"""The words of a chronology line as the merge compares them: stems without stopwords, dates or (optionally) names,
a phrasal verb as its noun, a model's name and number as one word, and whether a line tells of a start or an end."""

from __future__ import annotations

import functools
import re

from sourcebrief import date_rules
from sourcebrief.spelling import american

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers him his how
i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own
same she should so some such than that the their theirs them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours said says say
saying told according statement added adding also mr ms mrs dr last next earlier later day days week weeks month
months year years today yesterday tomorrow time since ago following previous already
one two three four five six seven eight nine ten country countries side sides
""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*")
_POSSESSIVE = re.compile(r"'s$")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude suffix-stripping stem, good enough to match ``strikes`` with ``strike`` (cached: words recur)."""
    word = word.lower().replace("’", "'")
    word = american(_POSSESSIVE.sub("", word))
    for suffix, repl in (("sses", "ss"), ("ies", "y"), ("ing", ""), ("ed", ""), ("s", "")):
        if len(word) > len(suffix) + 2 and word.endswith(suffix) and not word.endswith("ss"):
            word = word[: -len(suffix)] + repl
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    if word.endswith("i") and len(word) > 4:  # iraqi / iraq
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=1 << 16)
def content_words(text: str, names: bool = True) -> frozenset[str]:
    """Stemmed content words: no stopwords, no month or weekday names; capitalised words only if ``names`` (a memo of
    a pure function: a sentence is read for each date it holds).

    A phrasal verb counts as its noun too ("taking off" as "takeoff"), and with ``names`` a model's name and its number
    as one word ("ATR 42" and "ATR 42-500" share "atr42"), so two reports telling the same thing in those words meet."""
    words = set()
    previous, verb = "", None
    tokens = _WORD.findall(text)
    for at, token in enumerate(tokens):
        lowered = token.lower().strip("'’")
        if lowered in _FIND and _finds_thing(previous, tokens[at + 1].lower() if at + 1 < len(tokens) else ""):
            lowered = "recovered"  # "the recorders were found", "divers found both recorders": they were recovered
        compound = _PHRASAL.get((previous, lowered)) if lowered in _PARTICLES else None
        joined = _JOINED.get((previous, stem(lowered))) if lowered[:1] in _JOINED_SECOND else None
        previous, before = lowered, previous
        if joined and (names or not token[:1].isupper()):
            words.discard(stem(before))  # "air strikes" is "airstrikes", neither "air" nor "strikes"
            words.add(_SAME_EVENT_WORD.get(joined, joined))
            verb = None
            continue
        if compound:
            words.discard(verb)  # "taking off" is "takeoff", not "tak" as well
            words.add(_SAME_EVENT_WORD.get(compound, compound))  # "walked out": a walkout, a strike
            if compound == "walkout":
                words.add("begin")  # workers who walked out began a strike: "The strike is due to begin" that day
        verb = None
        if not names and token[:1].isupper():
            continue
        if lowered in STOPWORDS or lowered.rstrip(".") in date_rules.MONTHS or lowered in date_rules.WEEKDAYS:
            continue
        if lowered[:1].isdigit() and len(lowered) > 2:
            words.add(lowered)
            continue
        if len(lowered) > 2:
            stemmed = stem(lowered)
            stemmed = _HYPHENED.get(stemmed, stemmed)
            stemmed = _IRREGULAR.get(lowered, stemmed)
            stemmed = _SAME_EVENT_WORD.get(stemmed, _COMPOUNDS.get(stemmed, stemmed))
            if stemmed not in words:
                verb = stemmed
            words.add(stemmed)
    if names:
        for name, number, variant in _MODEL.findall(text):
            name = name.lower()
            if name not in STOPWORDS and name.rstrip(".") not in date_rules.MONTHS and name not in date_rules.WEEKDAYS:
                words.discard(stem(name))  # "MAX 9" is one name: it weighs as one word, not two
                words.discard(variant)  # "ATR 42-500": the model's variant number is no word of its own
                words.add(name + number)
    return frozenset(words)


_PARTICLE_VERBS = (("takeoff", "take takes taking took taken"), ("takeover", "take takes taking took taken"),
                   ("shutdown", "shut shuts shutting"), ("lockdown", "lock locks locking locked"),
                   ("walkout", "walk walks walking walked"), ("crackdown", "crack cracks cracking cracked"),
                   ("breakdown", "break breaks breaking broke broken"), ("bailout", "bail bails bailing bailed"),
                   ("layoff", "lay lays laying laid"), ("pullout", "pull pulls pulling pulled"),
                   ("rollout", "roll rolls rolling rolled"), ("touchdown", "touch touches touching touched"),
                   ("handover", "hand hands handing handed"), ("shakeup", "shake shakes shaking shook shaken"),
                   ("sell-off", "sell sells selling sold"), ("standoff", "stand stands standing stood"))
_PHRASAL = {(form, compound[len(forms.split()[0]):].strip("-")): compound
            for compound, forms in _PARTICLE_VERBS for form in forms.split()}
"""A verb form and its particle to the noun they make: ("taking", "off") to "takeoff"."""
_PHRASAL.update({(form, "out"): "begin" for form in "break breaks breaking broke broken".split()})
"""A fire or a war that "broke out" began."""
_PHRASAL.update({(form, "effect"): "begin" for form in "take takes taking took taken".split()})
"""A ceasefire or a law that "took effect" began."""
_PHRASAL.update({(form, particle): "collaps" for form in "fall falls falling fell fallen".split()
                 for particle in ("into", "down")})
"""A structure that "fell into" the sea or "fell down" collapsed."""
_PARTICLES = frozenset(particle for _, particle in _PHRASAL)
_JOINED_NOUNS = ("air strike", "cease fire", "fire fighter", "law maker", "heat wave", "flood water", "bush fire",
                 "wild fire", "land slide", "mud slide", "air space", "war plane", "war ship", "sea bed")
"""Nouns news writes as one word or as two ("airstrikes", "air strikes"; "ceasefire", "cease fire"): written apart
they are the one word, so two reports of one event meet on it."""
_JOINED = {(first, stem(second)): stem(first + second) for first, second in (n.split() for n in _JOINED_NOUNS)}
_JOINED_SECOND = frozenset(second[:1] for _, second in _JOINED)
"""The first letters of the nouns' second words: most words are none of them (a quick test)."""
_HYPHENED = {stem(noun.replace(" ", "-")): stem(noun.replace(" ", "")) for noun in _JOINED_NOUNS}
"""The nouns written with a hyphen ("cease-fire") to the one word."""
_COMPOUNDS = {stem(f"{base}{joint}{particle}"): compound for (base, particle), compound in _PHRASAL.items()
              for joint in ("", "-")}
"""The noun's stems as written, with or without a hyphen ("take-off", "takeoffs"), to the one word."""
_MODEL = re.compile(r"\b([A-Z][A-Za-z]*)[ -](\d{1,2})\b(?![.,:]\d)(?:-(\d+))?")
"""A name and a short number after it: a model or a designation ("ATR 42", "MAX 9", "COVID-19")."""


RECOVER = "recover"
"""The one word for recovering, retrieving or finding a thing."""
_FIND = frozenset({"found", "find", "finds"})
_BE = frozenset("was were been be being is are".split())
_OBJECT_OPENS = frozenset("the a an both all his her their its two three four five several".split())
_NOT_THING = frozenset("guilty not liable responsible innocent negligent that in to".split())
_FINDERS = frozenset("study studies report reports audit audits review reviews survey surveys inquiry investigation "
                     "researchers research analysis poll polls data figures test tests probe court judge jury panel "
                     "scientists experts authors paper".split())


def _finds_thing(previous: str, following: str) -> bool:
    """Whether a "found" or "find" tells of something found, as "recovered" does: in the passive ("the recorders were
    found") or with its object after it ("divers found both recorders"); not a verdict ("was found guilty") or a
    finding ("a study found that …", "the audit found 40 errors")."""
    if following in _NOT_THING or previous in _FINDERS:
        return False
    return previous in _BE or following in _OBJECT_OPENS


_THING_ENDS = frozenset("from in at on near off inside under after during before by with and but".split())


def thing_recovered(text: str) -> frozenset[str]:
    """The plain words (no names) for what a clause tells was recovered, found or retrieved: the subject of a passive
    ("the flight data recorder [was found]"), else the object up to its first preposition ("recovered [both flight
    recorders] from the wreckage"); empty when the clause tells of no such thing."""
    tokens = _WORD.findall(text)
    for at, token in enumerate(tokens):
        lowered = token.lower()
        previous = tokens[at - 1].lower() if at else ""
        following = tokens[at + 1].lower() if at + 1 < len(tokens) else ""
        found = lowered in _FIND and _finds_thing(previous, following)
        if not found and _SAME_EVENT_WORD.get(stem(lowered)) != RECOVER:
            continue
        if previous in _BE:
            side = tokens[:at]
        else:
            side = tokens[at + 1:]
            side = side[:next((i for i, t in enumerate(side) if t.lower() in _THING_ENDS), len(side))]
        opening = " ".join(side)
        opening = opening[:1].lower() + opening[1:]  # a line's first word is capitalised as a line's is
        thing = content_words(opening, names=False) - {RECOVER}
        return thing or _dead_found(previous, following)
    return frozenset()


def _dead_found(previous: str, following: str) -> frozenset[str]:
    """What "were found dead" tells was found when its subject names nothing but a number: bodies ("Three were found
    dead" is "Rescuers recovered three bodies"; "A man was found dead" is the man)."""
    return frozenset({stem("body")}) if previous in _BE and following == "dead" else frozenset()


_SAME_EVENT_WORD = {stem(word): common for common, words in (
    ("fire", "fire fires blaze blazes wildfire wildfires inferno"), ("quake", "quake earthquake tremor temblor"),
    ("begin", "start started starts began begun begin ignited ignites erupted erupts"), ("leave", "leave departed departs"),
    ("kill", "kill killed died dies dead slain"), ("recover", "recovered retrieved retrieve retrieves"),
    ("strik", "strike strikes walkout walkouts stoppage stoppages"),
    ("ban", "ban bans banned banning prohibit prohibits prohibited prohibiting outlaw outlaws outlawed"),
    ("clos", "close closed closes closing shut shuts shutting"))
    for word in words.split()}
"""Stems that tell of the same event in other words, so two reports of it share them: "The blazes started" and "the
wildfires began", "The strike is due to begin" and "the walkout would start" (a walkout or a stoppage is a
strike; to prohibit or outlaw is to ban; to shut schools is to close them; "shut down" stays a shutdown)."""


_IRREGULAR = {form: stem(base) for base, forms in (
    ("find", "found"), ("bring", "brought"), ("take", "took taken"), ("hold", "held"),
    ("send", "sent"), ("fall", "fell fallen"), ("rise", "rose risen"), ("sink", "sank sunk"), ("flee", "fled"),
    ("strike", "struck"), ("catch", "caught"), ("shoot", "shot"), ("drive", "drove driven"), ("fly", "flew flown"),
    ("speak", "spoke spoken"), ("write", "wrote written"), ("give", "gave given"), ("win", "won"), ("lose", "lost"),
    ("sell", "sold"), ("buy", "bought"), ("pay", "paid"), ("seek", "sought"), ("swim", "swam"), ("dig", "dug"))
    for form in forms.split()}
"""Irregular past forms to their verb's stem, so "divers found them" and "finding all six" meet on one word (the
suffix-stripping stem makes "find" of "finding" but leaves "found" alone)."""


_STARTS = frozenset({"start", "began", "begin", "begun", "launch", "impos", "resum"})
_ENDS = frozenset({"end", "conclud", "finish", "expir", "lift"})


def phase(words: frozenset[str]) -> int:
    """1 for a clause about something starting ("the strike began"), 2 ending ("mourning ended"), else 0:
    two reports of opposite phases are two events, however many words they share."""
    starts, ends = not words.isdisjoint(_STARTS), not words.isdisjoint(_ENDS)
    return 1 if starts and not ends else 2 if ends and not starts else 0
