"""Give a chronology line that opens with a pronoun ("It said …", "He urged …") the subject it stands for.

A line is read alone, away from the sentence before it, so "It said on Wednesday it would resume flights" tells the
reader nothing about who said it. The subject is taken back only where it is plain: the sentence before (or, for a
pronoun after "where", "and" …, the line's own sentence) opens with a noun phrase and its verb, and that phrase
agrees with the pronoun (a person's name for "he" and "she", a singular "the …" for "it", a plural for "they").
Anything less certain keeps the pronoun: a wrong subject is worse than none.
"""

from __future__ import annotations

import re

from sourcebrief.entity_lexicon import EVENT_HEADS
from sourcebrief.event_sentence import sentence_bounds, with_preposition

_OPENING = re.compile(r"(?P<pronoun>It|He|She|They|Its|His|Her|Their)\s+(?=[a-z])")
_POSSESSIVE = {"its": "it", "his": "he", "her": "she", "their": "they"}
"""A possessive pronoun opening a line stands for its owner as the plain pronoun does: "Its preliminary report is
expected" after "The TSB is investigating" is the TSB's report."""
_EXPLETIVE = re.compile(r"It\s+(?:is|was|has\s+been|had\s+been|remains|remained|seems|seemed|appears|appeared)\s+"
                        r"(?:(?:\S+\s+){0,3}?(?:that|whether|if|to|unclear|not)|the|a|an)\b")
"""An "it" that stands for nothing ("It was not clear whether …", "It is expected to …"), or for what the sentence before
told rather than its subject ("The minister resigned. It was the third resignation")."""
_COMES_AFTER = re.compile(r"(?:It|This|That)\s+(?:(?:comes|came)\s+(?:(?:just|only|shortly|days|weeks|hours|a\s+day"
                          r"|a\s+week)\s+)?after|follows|followed)\s+(?=\S)")
"""A sentence placing itself after an event: "It comes after Karakum Spor pulled out …"; the event is the line."""
_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)"
_VERB = (r"(?:was|were|is|are|has|have|had|will|would|could|did|said|says|told|began|came|took|made|gave|won|lost|left|cut|put|set"
         r"|led|spoke|met|went|sent|struck|hit|fell|rose|urged|stood|grew|ran|held|kept|found|saw|brought|drove|flew"
         r"|fled|spread|swept|tore|broke|shot|sank|built|paid|sold|bought|caught|burnt|shut|spent|sought|fought|drew"
         r"|threw|knew|wrote|chose|froze|[a-z]{2,}ed)\b")
_SUBJECT = re.compile(rf"\s*(?P<np>(?:{_DETERMINER}\s+)?(?:[\w'’.-]+\s+){{0,4}}?[\w'’.-]+)(?:,\s[^,]{{1,60}},)?"
                      rf"(?:\s+(?:also|later|then|previously|again|still|already|first|never|recently|once|twice|initially"
                      rf"|eventually|finally))?\s+(?={_VERB})")
"""A sentence's subject and its verb: "The airline [grounded]", "Gov. Ray Castellano [declared]", "Mr Orsi, 57, [is]",
"Varga also [won]"."""
_SAYING = re.compile(r"(?:said|says|told|tells|added|announced|confirmed|reported|warned|alleged|allege|believe|believed)\b")
"""A saying: the pronoun after it may stand for what was said, not the sayer."""
_ORG_WORDS = frozenset("Air Airlines Airways Board Ministry Inc Ltd Police Court Group Company Agency Council Party Bank "
                       "Association Committee Commission Authority Department Office Service Union University "
                       "Government Club Federation".split())
_TITLES = frozenset("President Minister Secretary Pope King Queen Prince Princess Chancellor Governor Mayor Senator "
                    "Judge Justice Chief General Ambassador Speaker Archbishop Bishop Duke Duchess Emperor Sheikh "
                    "Commissioner Director Chairman Chairwoman Chair Coach Manager Captain Admiral Colonel "
                    "Premier Leader Spokesman Spokeswoman Emir Amir Sultan Crown".split())
"""Titles that make a "The …" subject a person: "The Secretary", "The Prime Minister" (not "The Carter Center")."""
_ENDS_SAYING = re.compile(r",\s+(?P<sayer>[^,]{1,50}?)\s+(?:said|says|told\s+\w+|added|reported|announced|confirmed)\.$")
"""A sentence closing with its attribution: a subject pronoun in the next that agrees with the sayer in number may stand
for the sayer as well as the subject ("…, AEMET said. It has issued …"; not "…, officials said. It …", and not a
possessive: "…, the Coast Guard said. Its crew radioed …" is the ship's crew)."""


_OWN_SAYING = re.compile(rf"(?:^|(?<=\s))(?P<np>{_DETERMINER}\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+"
                         r"|(?:[A-Za-z][\w-]*\s+){0,2}(?:giant|firm|company|group|carrier|airline|operator|maker|producer"
                         r"|lender|insurer|retailer|broadcaster|agency|ministry|network|bank|shipper|miner|developer)"
                         r"\s+(?:[A-Z][\w'’&.-]*\s+){0,2}[A-Z][\w'’&.-]*)\s+(?:said|says|announced|confirmed)"
                         r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+(?:last|this)\s+(?:week|month))?"
                         r"(?:\s+that)?\s+$")
"""A singular subject's own saying right before "it": "The company said on Tuesday [it] …", "Shipping giant Maersk
said last week [it] …" (a company named with what it is; not "Officials said it …", which may be anything)."""


_PERSON_SAYING = re.compile(r"\s*(?P<np>(?:[A-Z][\w'’.-]*\s+){1,5}[A-Z][\w'’.-]*)\s+(?:said|says|told\s+\w+|added)"
                            r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+(?:last|this)\s+(?:week|month))?"
                            r"(?:\s+that)?\s+$")
"""A sentence opening with a person's whole name and its saying, right before "he" or "she": the sayer is the pronoun
("Zupan's lawyer said he …", whose subject is no name, may be anyone)."""


def _plural(np: str) -> bool:
    """Whether a noun phrase's head is plural: "officials", "fire officials" (not "the agency", "AEMET")."""
    head = np.split()[-1]
    return head.endswith("s") and not head.endswith(("ss", "'s", "’s")) and not head.isupper() and head != "police" or (
        head.lower() == "police")
_OPENING_PHRASE = re.compile(r"(?:(?:On|In|At|By|Later|Earlier|Then|Meanwhile|Separately|Afterwards)\b[^,;]{0,30},\s*)")
"""A short opening phrase before a sentence's subject: "On Thursday, ", "Later that day, "."""
_INSIDE = re.compile(r"\b(?:where|when|and|while|as|after|before|because|until|saying|adding)\s+$", re.IGNORECASE)
"""What may come right before a pronoun inside its sentence that stands for the sentence's subject."""


def with_subject(line: str, sentence: str, before: str, lede: str = "") -> str:
    """``line`` with an opening pronoun (or "It comes after") replaced by what it stands for, when that is plain.

    ``sentence``: the line's sentence; ``before``: the text before it (the sentence before ends it); ``lede``: the
    story's opening paragraph, where it names what its subject is ("Dutch chip equipment maker Veldmark")."""
    comes = _COMES_AFTER.match(line)
    if comes and re.match(r"[A-Za-z]", line[comes.end():]):
        rest = line[comes.end():]
        return rest[:1].upper() + rest[1:]
    opening = _OPENING.match(line)
    if opening is None or _EXPLETIVE.match(line):
        return line
    pronoun = opening.group("pronoun")
    owner = _POSSESSIVE.get(pronoun.lower())
    inside = re.search(rf"\b{pronoun}\s", sentence, re.IGNORECASE)
    if inside and _OPENING_PHRASE.fullmatch(sentence, 0, inside.start()):
        inside = None  # "On Thursday, he kicked …": the sentence's subject after an opening phrase
    told = f"{lede} {before}"
    company = (inside and inside.start() > 0 and _company(sentence, told) or _company(_last_sentence(before), told)
               ) if pronoun == "It" else None
    if company:
        # "Veldmark now expects … down from a range … [it] gave in July", "For the fourth quarter [it] forecast
        # sales": a name the story calls a company ("chip equipment maker Veldmark") is what "it" stands for
        return company + " " + line[opening.end():]
    if inside and inside.start() > 0:
        own = _OWN_SAYING.match(sentence[:inside.start()]) if pronoun == "It" else None
        if own and (_agrees(own.group("np"), "it") or not re.match(_DETERMINER, own.group("np"))):
            # "The company said on Tuesday it first learned in 2019 about the faults": the company learned
            return own.group("np") + " " + line[opening.end():]
        person = _PERSON_SAYING.match(sentence[:inside.start()]) if pronoun in ("He", "She") else None
        if person and _agrees(person.group("np"), pronoun.lower()):
            # "Turkey's President Recep Tayyip Erdogan said last month he planned to visit Iraq": the sayer, named
            return person.group("np") + " " + line[opening.end():]
        if not _INSIDE.search(sentence, 0, inside.start()):
            return line  # "Zupan's lawyer said he would appeal": "he" may be anyone
        source = sentence
    else:
        source = _last_sentence(before)
        quoted = _quoted_sayer(before) if not source and pronoun in ("He", "She") else None
        if quoted:  # '"The ship is stable," TESO spokeswoman Anouk de Vries told Reuters. She said …': the sayer
            return quoted + " " + line[opening.end():]
        saying = _ENDS_SAYING.search(source)
        if saying and not owner and _plural(saying.group("sayer")) == (pronoun == "They"):
            return line  # "The heat wave began on Saturday, AEMET said. It has issued red alerts": AEMET has
    subject = _SUBJECT.match(source)
    if subject is None or not (_agrees(subject.group("np"), owner or pronoun.lower()) or (
            source is sentence and inside and _owns_it(sentence, subject, inside.start())) or _sayer_intends(source, subject, line)):
        other = _it_elsewhere(source, line[opening.end():]) if pronoun == "It" and source is not sentence else None
        return other + " " + line[opening.end():] if other else line
    if (_SAYING.match(source, subject.end()) and not _SAYING.match(line, opening.end())
            and _said_agrees(source, subject.end(), owner or pronoun.lower()) and not _sayer_intends(source, subject, line)):
        return line  # "Officials said 11 miners were trapped. They were rescued": the miners, not the officials
    np = re.sub(r"^[Aa]n?\s+", "The ", subject.group("np"))  # "A man was arrested. He …": the man
    if owner:
        mark = "’" if "’" in source else "'"  # "Its report": the TSB's report; "Their homes": the residents'
        np += mark if np.endswith("s") else mark + "s"
    return np[:1].upper() + np[1:] + " " + line[opening.end():]


_QUOTE_SAYER = re.compile(r"[,.!?][”\"]\s+(?P<np>(?:[\w'’.-]+\s+){0,3}?(?P<name>[A-Z][\w'’.-]+(?:\s+(?:de|van|von|der|den"
                          r"|da|di|al|el|bin|la|le))*(?:\s+[A-Z][\w'’.-]+){1,2}))\s+(?:said|says|told\s+[\w'’.-]+"
                          r"(?:\s+by\s+phone)?|added)\.$")
"""A quotation's closing mark and the person who said it, closing the sentence: '…," TESO spokeswoman [Anouk de Vries]
told Reuters by phone.'."""


def _quoted_sayer(before: str) -> str | None:
    """Who said the quotation that makes the last sentence of ``before``, when a person's whole name says it: a "he"
    or "she" opening the next sentence ("She said the company would run a replacement service") is that person."""
    text = before.rstrip()
    sayer = _QUOTE_SAYER.search(text, max(0, len(text) - 160))
    if sayer is None or _ORG_WORDS.intersection(sayer["name"].split()):
        return None
    np = sayer["np"]
    return np[:1].upper() + np[1:]


_COMPANY_NOUN = (r"(?:company|companies|maker|makers|firm|group|carrier|airline|bank|lender|insurer|retailer|producer|"
                 r"manufacturer|chipmaker|automaker|carmaker|giant|operator|supplier|conglomerate|brewer|miner|utility)")
_NAMED_OPENING = re.compile(r"\s*(?P<np>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2})\s+(?:(?:now|also|then|later|still|"
                            r"already)\s+)?(?:[a-z]{2,}(?:s|ed)|cut|set|put|saw|gave|made|said)\b")
"""A sentence opening with a bare name and its verb: "Veldmark now [expects]"."""


def _company(source: str, before: str) -> str | None:
    """The bare name opening ``source`` when the story calls it a company before ("Dutch chip equipment maker
    Veldmark", "Veldmark, the Dutch company"): an "it" in or after that sentence stands for it. None otherwise (a bare
    name may be a person's, or a place's)."""
    named = _NAMED_OPENING.match(source)
    if named is None or re.fullmatch(_DETERMINER, named["np"].split()[0]) or named["np"] in ("It", "He", "She", "They"):
        return None
    name = re.escape(named["np"])
    told = re.search(rf"\b{_COMPANY_NOUN}\s+{name}\b|\b{name},\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{_COMPANY_NOUN}\b",
                     before + " " + source)
    return named["np"] if told else None


def _owns_it(sentence: str, subject: re.Match[str], pronoun: int) -> bool:
    """Whether a name opening the sentence is what an "it" later in it stands for, as its own "its" before it shows:
    "Veldmark had already trimmed [its] outlook in July, when [it] reported second-quarter results" is Veldmark's
    report (a bare name alone may be a person's, whom no "it" stands for)."""
    words = subject.group("np").split()
    return (len(words) <= 3 and all(w[:1].isupper() for w in words) and not re.fullmatch(_DETERMINER, words[0])
            and re.search(r"\bits\b", sentence[subject.end():pronoun]) is not None
            and re.search(r"\b(?:his|her|their|they|he|she)\b", sentence[subject.end():pronoun], re.IGNORECASE) is None)


_SAID_SUBJECT = re.compile(r"\S+(?:\s+[a-z]+){0,6}?\s+(?:that\s+)?(?=(?:[Tt]he|[Aa]n?)\s)")
"""What a saying says, up to the subject of its clause: "warned in a televised address on Saturday that [the death
toll]"."""


def _said_agrees(source: str, saying: int, pronoun: str) -> bool:
    """Whether what the sentence says may hold what the pronoun stands for: "Officials said 11 miners were trapped.
    They …" may be the miners. Only a said clause opening with "the" or "a" and a noun the pronoun cannot stand for
    ("Boric warned … that the death toll would rise. He declared …") leaves the sayer alone."""
    said = _SAID_SUBJECT.match(source, saying)
    if said is None:
        return True
    subject = _SUBJECT.match(source, said.end())
    return subject is None or _agrees(subject.group("np"), pronoun)


_INTENDS = re.compile(r"It\s+(?:hopes|hoped|plans|planned|aims|aimed|intends|intended|expects|expected)\s+to\b")
_COUNT_SAID = re.compile(r"(?:said|says|reported)\s+(?:that\s+)?(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least"
                         r"|over)\s+)?\d[\d,]*\s+[a-z]+s\b")


def _sayer_intends(source: str, subject: re.Match[str], line: str) -> bool:
    """Whether an "It" that hopes, plans or aims to do something is the sayer of the sentence before, whose said clause
    opens on a count of many ("Electricity North West says about 9,000 homes are still without power. [It] hopes to
    reconnect most of them"): the count is no "it", and an intention is a body's."""
    return bool(_INTENDS.match(line) and _COUNT_SAID.match(source, subject.end()))


_SAYER_BETWEEN = re.compile(r",\s+(?P<np>the\s+(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*)\s+(?:said|says|reported),")
"""A body's name put between a sentence's commas as its sayer: "…, the Pakistan Meteorological Department said, …"."""
_SPEAKS_AGAIN = re.compile(r"(?:also\s+)?(?:said|says|added|warned|forecast|forecasts|predicted|expects|expected|"
                           r"announced|urged|advised|reported|confirmed)\b")
"""A verb by which the sayer of the sentence before speaks again: "It forecast that the heat would ease"."""
_SAID_THING = re.compile(r"\b(?:said|say|says)\s+(?:that\s+)?(?P<np>the\s+[a-z]+)(?:\s+(?:of|for|into|on|at|in|to)"
                         r"\s+[^,.;]{1,60}?)?\s+(?:has|had|was|is|will|would)\b")
"""What a saying tells of, opening its clause: "Police say [the search] for the two missing skiers has been …"."""


def _it_elsewhere(source: str, rest: str) -> str | None:
    """What an opening "It" stands for when the sentence before's subject cannot be it ("Temperatures reached 47C …,
    the Pakistan Meteorological Department said, …. It forecast …"; "Police say the search … has been suspended. It
    will resume …"): the body put between its commas as sayer, when the line speaks again; else the one thing a
    saying tells of, when the line does not speak. None when neither is plain."""
    if _SPEAKS_AGAIN.match(rest):
        sayers = _SAYER_BETWEEN.findall(source)
        return "The" + sayers[0][3:] if len(sayers) == 1 else None
    said = _SAID_THING.search(source)
    if said is None or not _agrees(said.group("np"), "it") or len(_SAID_THING.findall(source)) > 1:
        return None
    return "The" + said.group("np")[3:]


def unnamed(line: str) -> bool:
    """Whether ``line`` still opens with a pronoun standing for someone or something it does not name ("It rose as
    more bodies were brought to hospitals"): another source's line of the event reads better, and a line of its own
    tells a reader nothing. Not an "it" standing for nothing ("It was not clear whether …")."""
    return _OPENING.match(line) is not None and not _EXPLETIVE.match(line)


_QUANTITY_CHANGE = re.compile(r"(?:It|They)\s+(?:(?:had|has|have)\s+)?(?:[a-z]+ly\s+)?(?:rose|risen|climbed|fell|fallen"
                              r"|dropped|jumped|increased|decreased|doubled|tripled|surged|soared|grew|grown|declined"
                              r"|plunged|slipped|edged)\b")
"""An unnamed pronoun and a verb of a changing quantity: "It rose as more bodies were brought to hospitals"."""


def unnamed_quantity(line: str) -> bool:
    """Whether ``line`` tells a number's change without naming the number ("It rose as more bodies were brought to
    hospitals", the toll not found in the sentence before): no line a reader can use alone, unlike "He declared …"."""
    return _QUANTITY_CHANGE.match(line) is not None


def opens_with_possessive(line: str) -> bool:
    """Whether ``line`` opens with "Its", "His", "Her" or "Their", whose owner it does not name."""
    opening = _OPENING.match(line)
    return opening is not None and opening.group("pronoun").lower() in _POSSESSIVE


def _last_sentence(text: str) -> str:
    """The last sentence of ``text`` (empty when it does not end one, or is a quotation: it opens with a mark)."""
    text = text.rstrip()
    if not text.rstrip("”\"").endswith((".", "!", "?")):
        return ""  # a sentence closing on a quotation of its own ('… would "rise significantly."') is still one
    left, _ = sentence_bounds(text, len(text) - 1, len(text))
    return text[left:].lstrip() if not text[left:].lstrip().startswith(("“", '"', "‘", "'")) else ""


_PERSON_NOUNS = frozenset("suspect defendant driver pilot passenger victim teenager student patient officer attacker "
                          "worker".split())
"""Common nouns of a person of either sex: "A suspect, aged 34, was arrested this morning. He will be brought …"."""
_GENDERED = {"he": frozenset("man boy father son husband brother gunman".split()) | _PERSON_NOUNS,
             "she": frozenset("woman girl mother daughter wife sister".split()) | _PERSON_NOUNS}
"""Common nouns a "he" or "she" stands for after a determiner: "a 52-year-old man", "the woman", "a suspect"."""


def _agrees(np: str, pronoun: str) -> bool:
    """Whether a subject noun phrase can be what the pronoun stands for."""
    words = np.split()
    determined = re.fullmatch(_DETERMINER, words[0]) is not None
    named = words[1:] if determined else words
    capitalised = all(w[:1].isupper() for w in named)
    head = words[-1]
    plural = head.endswith("s") and not head.endswith(("ss", "'s", "’s"))
    if pronoun in ("he", "she") and determined and head.lower() in _GENDERED[pronoun]:
        return True  # "A 52-year-old man was taken into custody. He will appear before a magistrate": the man
    if pronoun in ("he", "she"):
        # A person's name or title: "Gov. Ray Castellano", "The Secretary"; not "Police", "Boreal Air".
        # "The …" is a person only by a title: "The Carter Center is based in Atlanta. She died …" is not its death.
        titled = not determined or not _TITLES.isdisjoint(named)
        return capitalised and (len(words) >= 2) and not plural and not _ORG_WORDS.intersection(named) and titled
    if pronoun == "it":
        acronym = len(named) == 1 and named[0].isupper() and len(named[0]) >= 2  # "The TSB", "the FBI": a body
        # A named storm or operation is a thing too: "Hurricane Milton killed at least 10 people after [it] tore …"
        event = not determined and len(named) >= 2 and capitalised and named[0] in EVENT_HEADS
        # A bare name with a digit or in capitals is a body or a thing, never a person: "Hydra9 emerged in February
        # 2024 … In September, [it] attacked a university hospital"
        coined = not determined and len(named) == 1 and (any(c.isdigit() for c in named[0][1:])
                                                         or named[0].isupper() and len(named[0]) >= 3)
        return event or coined or determined and not plural and (
            acronym or not (capitalised and not _ORG_WORDS.intersection(named)))
    # "they": a plural common noun, "the investigators", or one such word written as a sentence opens, "Officials";
    # or two names joined ("Hezbollah and Amal")
    if len(words) == 3 and words[1] == "and" and words[0][:1].isupper() and words[2][:1].isupper():
        return True
    return plural and (head[:1].islower() if len(words) > 1 else not determined)


_CHUNK_THEN_PREDICATE = re.compile(r"(?P<chunk>[^,;]+?)\s+and\s+(?P<predicate>(?:will|would|could|can|may|might|should|"
                                   r"must|was|were|is|are|has|have|had)\s+[a-z].*)$")
"""A line whose cut left a list's last items before a predicate of the sentence's subject: "Plateau-Mont-Royal and
Rosemont–La Petite-Patrie and [will stay in place until at least Sunday]"."""
_CHUNK_VERB = re.compile(rf"\b{_VERB}|\b[a-z]{{3,}}s\b")


def without_chunk(line: str) -> str:
    """``line`` without the verbless words a cut left before an "and" and a predicate (``_CHUNK_THEN_PREDICATE``):
    "Will stay in place until at least Sunday", for ``with_lost_subject`` to give the subject (or the line to go as
    subjectless). Else as it is."""
    found = _CHUNK_THEN_PREDICATE.match(line)
    if found is None or _CHUNK_VERB.search(found["chunk"]):
        return line
    predicate = found["predicate"]
    return predicate[:1].upper() + predicate[1:]


def with_lost_subject(line: str, sentence: str) -> str:
    """``line`` opening with an auxiliary its cut left without a subject, given the one its sentence shows: a relative
    clause's antecedent ("ending a standoff that [has shut in 450,000 barrels per day since March 2023]": "A standoff
    has shut in …") or the subject of the clause an ", and" goes on from ("said the faulty update passed its checks on
    16 July, and [was then sent to customers the next morning]": "The faulty update was then sent …"). Else as it is."""
    words = line.split()[:3]
    past = _PAST_OPENING.match(line)  # "Cut power to around 135,000 homes": only a relative clause's antecedent
    if not (_SUBJECTLESS.match(line) or past) or len(words) < 2:
        return line
    at = re.search(r"\b" + r"\s+".join(re.escape(w) for w in [words[0].lower(), *words[1:]]), sentence)
    if at is None:
        return line
    before = sentence[:at.start()]
    antecedent = _ANTECEDENT_THAT.search(before)
    joined = _AND_BEFORE.search(before)
    if antecedent:
        np = antecedent.group("np")
    elif past:
        return line
    elif joined:
        said = [m.end() for m in _SAID_THAT.finditer(before, 0, joined.start())]
        subject = _SUBJECT.match(before[:joined.start()], said[-1] if said else 0)
        if subject is None or subject.group("np").split()[0].lower() in _PREPOSITIONS:
            return line  # "In a preliminary review [published] …" is no subject
        np = subject.group("np")
        if np.lower() in _POSSESSIVE.values() and said:  # "The company said it would cancel …, and would meet"
            np = named_pronoun(np, before[:said[-1]]) or np
    else:
        return line
    return np[:1].upper() + np[1:] + " " + line[:1].lower() + line[1:]


_PAST_OPENING = re.compile(r"(?:[A-Z][a-z]{2,}ed|Cut|Hit|Struck|Shut|Left|Sent|Killed|Forced)\s+(?=[a-z])")
"""A past verb opening a line: the subject of a relative clause ("a substation fire that [cut power …]") was left
before the cut."""
_SUBJECTLESS = re.compile(r"(?:Was|Were|Has|Have|Had|Is|Are|Will|Would|Could|Can|May|Might|Should|Must)\s+(?=[a-z])|(?:Now|Also|Then|Later|Still)\s+[a-z]+s\s")
"""An auxiliary opening a line, or an adverb and a verb ("Now sees"): its subject was left before the cut."""
_ANTECEDENT_THAT = re.compile(r"\b(?P<np>(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:that|which)\s+$",
                              re.IGNORECASE)
_AND_BEFORE = re.compile(r",?\s+and\s+(?:then\s+)?$")
_SAID_THAT = re.compile(r"\b(?:said|says|told\s+\w+|announced|confirmed|reported)\s+(?:that\s+)?")
_PREPOSITIONS = frozenset("in on at after before during since from with by for of to as under over".split())


_DATELINE_DASH = re.compile(r"\)\s+[-–—]{1,2}\s+")
"""The dash after a dateline's bracketed agency ("(Reuters) - "): the sentence's subject opens after it."""


def named_pronoun(pronoun: str, before: str) -> str | None:
    """What an opening "he", "she", "it" or "they" of a clause stands for when the clause before it in the sentence
    names it as its subject: "… said that the Amir passed away on Saturday, after [he] had been admitted" is the
    Amir. None when that subject is not plain or does not agree."""
    before = before.rstrip(" ,")
    that, comma = before.rfind(" that "), before.rfind(", ")
    opening = that + 6 if that > comma else comma + 2 if comma >= 0 else 0
    dateline = _DATELINE_DASH.search(before, opening)  # "ST. PETERSBURG, Fla., Oct 10 (Reuters) - [Hurricane Milton]"
    subject = _SUBJECT.match(before, dateline.end() if dateline else opening)
    if subject is None or not _agrees(subject.group("np"), pronoun.lower()):
        return None
    return subject.group("np")


_CONJUNCT_OPENS = re.compile(r"(?:,\s*(?:and|but)|;\s*(?:and|but)?)\s+$")
"""The start of a later conjunct, up to its subject: ", and [Tuesday was …]", "; [Monday is …]"; not an "and" alone,
which joins two dates of one phrase ("in July and [August] were revised")."""
_SUBJECT_VERB = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been|will\s+be|would\s+be|became|becomes)\b")
"""A copula right after a date that is its clause's subject."""


def date_subject(text: str, start: int, end: int) -> int | None:
    """Where the conjunct opens (its comma or "and") whose subject is the date at ``[start, end)`` ("…[, and] Tuesday
    was the first clear morning in several days"), or None: such a date is no dating phrase a line drops, but a noun
    the conjunct cannot lose. The conjunct is no line (cut of its subject it reads "and was the first clear morning"),
    and the lines of the sentence's other dates end before it."""
    if with_preposition(text, start) != start or _SUBJECT_VERB.match(text, end) is None:
        return None
    opening = _CONJUNCT_OPENS.search(text, max(0, start - 8), start)
    return opening.start() if opening else None
