"""Cut articles into comparable claims: sentences, figures with their clause, normalised words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from types import MappingProxyType

from .claim_elided import elided_count
from .claim_jobs import worked_family
from .claim_words import STOPWORDS, SYNONYMS
from .claim_clauses import (BETWEEN_BREAK, CLAUSE_BREAK, RESTATED, across_appositive, attributive, clause_end,
                            shown_clause)
from .date_values import MONTH_NAMES
from .crowds import crowd_family
from .electorate import voter_family
from .figure_units import MEASURE_UNITS
from .figures import Figure, find_figures
from .entity_gazetteer import gazetteer
from .entity_lexicon import COMMON_CAPS, ORG_HEADS, WEEKDAYS
from .claim_outages import served_family
from .model import Article, record
from .quotes import quotation_spans
from .spelling import american

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof maj gen brig lt col sgt capt cpt cmdr adm gov sen rep st jr sr rev supt "
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc corp ltd co "
    "dept est approx fig al e.g i.e u.s u.k u.n".split())
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_][^\W_’']*(?:[’'][^\W_]+)*")
_PHRASES = (
    (re.compile(r"\bunited states\b|\bu\.s\.(?:a\.)?|\bu\.s\b|\bwashington\b", re.I), "US"),
    (re.compile(r"\bislamic state\b|\bisil\b|\bdaesh\b", re.I), "ISIS"),
    (re.compile(r"\bair ?strikes?\b", re.I), "strike"),
    (re.compile(r"\bservice ?(?:members?|men)\b|\bmilitary personnel\b", re.I), "troop"),
    (re.compile(r"\bmiddle east\b", re.I), "middleeast"),
    (re.compile(r"\b(?:on\s+board|aboard)\b", re.I), "carrying"),  # "had 154 people on board", "carrying 154 people"
)
_FAMILIES = MappingProxyType({
    "soldier": "troop", "troop": "troop", "personnel": "troop", "serviceman": "troop",
    "service member": "troop", "servicemember": "troop", "marine": "troop",
    "time": "attack", "attack": "attack", "incident": "attack", "assault": "attack",
    "strike": "strike", "airstrike": "strike", "air strike": "strike", "raid": "strike",
    "people": "people", "person": "people", "individual": "people", "passenger": "people", "resident": "people",  # "carrying 154
    # people", "162 passengers and crew"
    "dead": "death", "death": "death", "fatality": "death",
    "aircraft": "aircraft", "jet": "aircraft", "plane": "aircraft", "airplane": "aircraft", "airliner": "aircraft",
    "protester": "protester", "demonstrator": "protester", "marcher": "protester",
    "spectator": "spectator", "fan": "spectator",  # "a crowd of 71,000" (figure_nouns._CROWD_BEFORE), "71,000 fans"
    "sailor": "crew", "seafarer": "crew", "seaman": "crew", "crewman": "crew",  # "Two crew members", "Two sailors"
    "metre": "meter", "kilometre": "kilometer", "centimetre": "centimeter", "millimetre": "millimeter",
    "officer": "police",  # "441 police and gendarmes", "441 officers were injured"
    "staff": "employee", "staffer": "employee", "employee": "employee",  # "1,200 staff", "1,100 employees"
    "house": "home", "dwelling": "home", "household": "home",  # "1,024 houses have been damaged", "More than 1,000 homes were damaged"
    "payroll": "job",  # "Nonfarm payrolls increased by 254,000" (figure_nouns._NOUN_BEFORE), "added 254,000 jobs"
})
_PLACE_AFTER = re.compile(
    r"\b(?:in|inside|across|throughout)\s+(?:the\s+)?"
    r"(?:(?:cit(?:y|ies)|towns?|villages?|provinces?|regions?|districts?|states?|prefectures?|counties)\s+of\s+)?"
    r"((?:[A-Z][\w’'-]*)"
    r"(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)")
_WINDOW = 6


@record
class Claim:
    """One comparable statement: a figure in its clause, or a whole sentence without one."""

    source_id: str
    """Id of the article the claim is from."""
    paragraph: int
    """Seed line of the paragraph holding the sentence."""
    sentence: int
    """Index of the sentence within its article (0-based), for alignment."""
    quote: str
    """The whole sentence, as written."""
    clause: str
    """The shortest readable piece around the figure (the sentence when there is none)."""
    figure: Figure | None
    """The figure this claim is about, positions relative to ``quote``; None for plain text."""
    key: tuple[float, str] | None
    """(value, unit family) of the figure, the index key; None for plain text."""
    words: frozenset[str]
    """Normalised content words of the figure's clause, or of the whole sentence."""
    places: frozenset[str]
    """Normalised names after "in ..." following the figure ("troops in Iraq" -> iraq)."""
    named: frozenset[str] = frozenset()
    """Plain claims: the months the sentence names and the places it puts things in (named()); two that each name
    one the other does not are two statements. (A figure's clause is compared by its ``places``: its sentence
    often names places that are only its setting.)"""
    quoted: frozenset[str] = frozenset()
    """Content words of the direct quotations in a plain claim's sentence: two sentences whose quotations share
    under half their words report two statements, whoever speaks ("Stam said: “…playing for time”" is not
    "“…not going back”, Stam said"). Compared pair by pair, not for a whole group: a paraphrase may join
    quotations of different words."""
    opener: str = ""
    """Plain claims: the first word, normalised, of the name a sentence opens with ("Copa Airlines, the
    Panama-based carrier, said …" -> copa); "" when it opens otherwise or with a place, which outlets name by
    its country or capital. Two sentences opening with names neither of which the other uses are about two
    subjects ("Turkish Airlines and Icelandair … said some of their aircraft had been taken out of service" is
    not Copa's)."""
    side: int = 0
    """1 or 2 for the first or second of two figures set against each other ("Orsi had 49.6% of the vote to
    Delgado's 46.3%"): they count the same thing for two holders, so a first is never compared with a second;
    0 otherwise."""
    within: frozenset[str] = frozenset()
    """Normalised names of the countries that hold those places ("killed in Anbar" -> iraq), from
    entity_gazetteer.Gazetteer.country_of: a figure for a province is one for a place within its country."""


def counts_a_part(a: Claim, b: Claim) -> bool:
    """Whether one claim counts only part of what the other counts: "59 died in Wajima and Suzu alone" is not "64
    people are confirmed dead" (in the whole prefecture), nor "Delta cancelled about 1,200 flights" "more than 3,400
    flights were cancelled globally", nor a sum "in Qatar" one "in Iraq and Qatar", so they neither confirm nor
    contradict each other."""
    if a.places and b.places and a.places != b.places and (a.places < b.places or b.places < a.places):
        return True  # "$6 billion frozen in Qatar" is part of "$10 billion held in Iraq and Qatar"
    if ("alone" in a.words) != ("alone" in b.words) and a.places != b.places:
        return True
    whole_a, whole_b = bool(a.words & _WHOLE), bool(b.words & _WHOLE)
    return whole_a != whole_b and _held((b if whole_a else a).clause)


def _held(clause: str) -> bool:
    """Whether a clause opens with a holder's name ("Delta cancelled …", "Britain cancelled …"), not a common word
    capitalised by the sentence's start ("More than 3,000 flights …")."""
    found = _OPENING_NAME.match(clause)
    return bool(found) and found.group(1) not in COMMON_CAPS and found.group(1) not in WEEKDAYS and not (
        found.group(1).isupper())


_WHOLE = frozenset({"globally", "worldwide", "nationwide", "overall", "altogether"})
"""Words of a count of everything, which a count by one named holder ("Delta cancelled about 1,200 flights") is a
part of: "More than 3,400 flights were cancelled globally"."""


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; "U.S.", "Maj.", "Feb." and initials do not end one."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        word = re.search(r"([\w.]+)[.!?…]*[\"”’)\]]*\s+$", text[start: m.end()])
        last = word.group(1).rstrip(".").lower() if word else ""
        if text[m.start()] == "." and (last in _ABBREVIATIONS or re.fullmatch(
                r"(?:[a-z]\.)*[a-z]", last)):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return [(s, s + len(text[s:e].rstrip())) for s, e in spans if text[s:e].strip()]


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> list[str]:
    """Content words of ``text``, lowercased, synonyms merged, crudely stemmed (a memo of a pure function, read again
    for each figure of a sentence: the list is shared, never to be changed)."""
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    return [w for w in map(_content_word, _WORD.findall(text)) if w]


@lru_cache(maxsize=1 << 16)
def _content_word(raw: str) -> str:
    """The normal form of one word, or "" for a stopword (a memo of a pure function)."""
    word = american(re.sub(r"[’']s?$", "", raw.lower()).replace(".", ""))
    word = _folded(SYNONYMS.get(word, word))
    if word in STOPWORDS or len(word) < 2 or word.isdigit():
        return ""
    word = stem(word)
    return SYNONYMS.get(word, word)


def _folded(word: str) -> str:
    """A Latin word without its accents: outlets write "Gérald Darmanin" and "Gerald Darmanin" (other scripts are
    left as they are)."""
    if word.isascii() or any(ord(ch) >= 0x250 for ch in word):
        return word
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def stem(word: str) -> str:
    """A small suffix stripper: "defeated" -> "defeat", "militias" -> "militia"."""
    if len(word) <= 4 or word.endswith(("ss", "us", "is")):
        return word
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""),
                                ("es", "e"), ("s", "")):
        if word.endswith(suffix):
            base = word[: -len(suffix)] + replacement
            return base if len(base) >= 3 else word
    return word


def unit_family(unit: str) -> str:
    """Group units that count the same thing: troops, soldiers, servicemen are ``troop``."""
    return _FAMILIES.get(unit, unit)


def article_claims(article: Article) -> list[Claim]:
    """Every claim in an article, in reading order."""
    claims: list[Claim] = []
    index = 0
    for line in article.paragraphs:
        for start, end in split_sentences(line.text):
            sentence = line.text[start:end]
            found = sentence_claims(article.id, line.line, index, sentence)
            last = claims[-1] if claims and claims[-1].sentence == index - 1 else None
            elided = elided_count(sentence, last.figure.unit) if last and last.figure and found[0].figure is None else None
            claims += [_figure_claim(article.id, line.line, index, sentence, elided, 0, len(sentence))] if elided else found
            index += 1
    return claims


def sentence_claims(source_id: str, paragraph: int, index: int, sentence: str, spans: bool = True) -> list[Claim]:
    """The figure claims of one sentence, or one plain claim when it has no counted figure (``spans``: False when
    its only figures are bare spans of time, _bare_span)."""
    found = find_figures(sentence) if spans else []
    figures = [f for i, f in enumerate(found) if f.unit and not (i and _converts(sentence, found[i - 1], f))]
    if not figures:
        words = frozenset(normalise(sentence))
        return [Claim(source_id, paragraph, index, sentence, sentence, None, None, words,
                      frozenset(), named(sentence), quoted(sentence), opener(sentence))]
    claims = []
    sides = _sides(sentence, figures)
    for i, figure in enumerate(figures):
        left = figures[i - 1].end if i else 0
        right = figures[i + 1].start if i + 1 < len(figures) else len(sentence)
        claim = _figure_claim(source_id, paragraph, index, sentence, figure, left, right)
        between, before = sentence[left:figure.start], sentence[:figures[i - 1].start] if i else ""
        if claims and claims[-1].figure is figures[i - 1] and (_ORRESTATED.fullmatch(between) or (
                between.strip() == "to" and before.endswith("from ") and figures[i - 1].unit == figure.unit)):
            claim = replace(claim, words=claim.words | claims[-1].words | frozenset(normalise(figures[i - 1].unit)))
        if i and _AND_VERB.fullmatch(between):  # "A bomb in the market killed 12 people and injured 40": the
            subject = sentence[:figures[i - 1].start]  # 40 were injured by the bomb in the market too
            subject = _LAST_WORD.sub("", subject[max((m.end() for m in CLAUSE_BREAK.finditer(subject)), default=0):])
            claim = replace(claim, words=claim.words | frozenset(normalise(subject)))
        if not _bare_span(claim):
            claims.append(replace(claim, side=sides[i]))
    return claims or sentence_claims(source_id, paragraph, index, sentence, spans=False)


_AND_VERB = re.compile(r"\s+and\s+[a-z]+\s+")
"""Between two counts whose verbs share one subject: "killed 12 people and injured 40"."""
_LAST_WORD = re.compile(r"\S+\s*$")
"""The verb right before a first count ("killed"), which is not the second's."""


_ORRESTATED = re.compile(r",?\s+(?:or|representing|equal\s+to|equivalent\s+to)\s+")
"""Between a figure and its share or equivalent: "received 10.4 million votes, or 42.4%", "polled 6,328,397 votes,
representing 56.55%" (the share is of what the first figure's words say, which the bare "42.4%" does not repeat;
so is a new value's after "from" an old one: "the unemployment rate dipped from 4.2% to 4.1%")."""


_SPANS = frozenset("second minute hour day week fortnight month year decade century".split())


def _bare_span(claim: Claim) -> bool:
    """A stretch of time whose clause says little else ("About seven minutes later", "Over six decades", "its first
    cut in more than four years"): when, or how long ago, not a fact to confirm ("sentenced to 15 years" is one)."""
    figure = claim.figure
    return (figure is not None and figure.unit in _SPANS and len(claim.clause.split()) - len(figure.text.split()) < 4
            and not _LASTED.search(claim.quote, 0, figure.start))


_LASTED = re.compile(r"(?<!which )(?<!that )\b(?:lasted|lasting|lasts|took|takes)\s+(?:(?:about|around|just|only"
                     r"|nearly|some|less\s+than|more\s+than|under|over)\s+)?$", re.I)
"""Before how long an event went on, which is a fact to confirm however short its clause: "The raid took four
minutes", "The raid lasted four minutes" (not in an aside, "The fault, which lasted about four hours, was caused by
…": the sentence tells something else)."""


VERSUS = re.compile(r"\b(?:to|against|versus|vs\.?|compared with)\s")
"""The words setting one figure against another: "49.6% of the vote to Delgado's 46.3%"."""
_CHANGE = re.compile(r"\b(?:from|up|down|rose|rises|rising|fell|falls|falling|increased|decreased|cut|raised)\b")


def _sides(sentence: str, figures: Sequence[Figure]) -> list[int]:
    """The side (Claim.side) of each figure: two neighbours of one unit family with "to", "against" or "versus"
    between and no change between them ("rose from 5% to 7%" is one thing twice)."""
    sides = [0] * len(figures)
    for i in range(1, len(figures)):
        a, b = figures[i - 1], figures[i]
        between = sentence[a.end:b.start]
        if (unit_family(a.unit) == unit_family(b.unit) and not sides[i - 1] and not re.search(r"[;:.!?]", between)
                and VERSUS.search(between.rsplit(",", 1)[-1])  # ("known to have died, and 23 were injured": no)
                and not _CHANGE.search(sentence[max(0, a.start - 25):b.start])):
            sides[i - 1], sides[i] = 1, 2
    return sides


def _converts(sentence: str, previous: Figure, figure: Figure) -> bool:
    """True for a figure alone in brackets right after another figure, which it restates in other units:
    "8,000 hectares (19,770 acres)", "£1 million ($1.2 million)", "about 9 km (5.6 miles)" (a unit's symbol between)."""
    return (re.fullmatch(r"\s*(?:[A-Za-z]{1,3}\.?\s*)?[(\[]\s*", sentence[previous.end: figure.start]) is not None
            and re.match(r"\s*[)\]]", sentence[figure.end:]) is not None)


def _figure_claim(source_id: str, paragraph: int, index: int, sentence: str,
                  figure: Figure, left: int, right: int) -> Claim:
    """A claim for one figure, its context cut at clause breaks and neighbouring figures."""
    before = sentence[left: figure.start]
    if left:  # text between two figures: the part after the first break belongs here, all of it when none
        cut = BETWEEN_BREAK.search(before)
        before = before[cut.end():] if cut else before
    breaks = list(CLAUSE_BREAK.finditer(before))
    pre = across_appositive(before, breaks)
    after = sentence[figure.end: right]
    restated = RESTATED.match(after)
    restated = restated if restated and (figure.unit.islower() or _TO_WHOM.match(after) or figure.unit.isupper()
                                         and (_WHERE_AFTER.match(after, restated.end()) or attributive(
                                             before, after[restated.end():]))) else None  # "620m
    after = after[restated.end():] if restated else after  # (2,034ft) underground": the clause goes on past a
    # measure restated, and past a sum converted to whom it goes ("Rp 50 million ($3,080) to the family")
    cut = clause_end(after, right < len(sentence))
    post = after[: cut.start()] if cut else after
    post_words = [w for w in normalise(post) if w not in _TIME_OF_DAY][:_WINDOW]
    said = list(_SAID_THAT.finditer(pre))
    told = pre[said[-1].end():] if said else pre  # what was said, not who said it or when, if that says enough
    pre = told if len(normalise(told)) + len(post_words) >= _SAID_WORDS else pre
    pre_words = [w for w in normalise(pre) if w not in _TIME_OF_DAY][-_WINDOW:]
    unit_words = (set(normalise(figure.unit)) | (_PERCENT_WORDS if figure.unit == "%" else set())
                  | (set(MEASURE_UNITS) if figure.unit in MEASURE_UNITS.values() else set()))  # "3 km": no word "km"
    span_words = [w for w in normalise(figure.text.split(" of ")[0])  # not "… of its Max 9"
                  if w not in unit_words and w.removesuffix("s") not in unit_words  # "jets" counts jets
                  and not any(ch.isdigit() for ch in w)]  # "$25bn" is written, not worded: no word "25bn"
    places = _PLACE_AFTER.search(post)
    clause = shown_clause(sentence, figure, left > 0, right < len(sentence))
    return Claim(
        source_id=source_id, paragraph=paragraph, sentence=index, quote=sentence,
        clause=clause or figure.text, figure=figure,
        key=(figure.value, crowd_family(figure, sentence, voter_family(
            figure, sentence, _dead_family(worked_family(served_family(unit_family(figure.unit), pre_words, post_words),
                                                      post_words), pre_words, post_words)))),
        words=frozenset(pre_words + span_words + post_words),
        places=_place_words(places.group(1)) if places else frozenset(),
        within=_countries_holding(places.group(1)) if places else frozenset(),
    )


_TO_WHOM = re.compile(r"\s*\([^()]{1,30}\)\s+(?:to|each|apiece|per)\b")
"""A sum's conversion in brackets followed by whom it goes to: "pay Rp 50 million ($3,080) to the family of each
victim" is the clause of "50 million rupiah each" for the families (not "16 billion francs ($17.3 billion) of
Credit Suisse's … bonds", whose words after are what the sum is of, worded otherwise elsewhere)."""


_SAID_THAT = re.compile(r"\b(?:said|says|announced|reported|added)\s+(?:(?:on|late|early|last)\s+\w+\s+)?that\s")
"""Reported speech before a figure: "The United Nations said on Wednesday that about 120,000 people were in need
of urgent assistance" counts what was said, which another source tells without its speaker ("An estimated
120,000 people need humanitarian assistance"). The speaker stays when what was said is told in fewer than
_SAID_WORDS words ("said … that the 72 hours after the disaster were critical" is too short to be told apart)."""
_SAID_WORDS = 3


_WHERE_AFTER = re.compile(r"\s+(?:from|in|at|on|inside|during)\s")
"""Where or when a converted sum was taken or spent, after its conversion: "jewels worth 88 million euros ($102
million) from the Musée des Tissus" is the clause of "worth an estimated €88 million" stolen from it (not "of …",
what the sum is of, which others word their own way)."""


_TIME_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "overnight"})
"""Words of the part of a day a figure was reached by ("by Wednesday afternoon", "By last night", "on Wednesday
night"): when it was told, which outlets put each their own way, not what it counts (the day stays)."""


_PERCENT_WORDS = {"percent", "per", "cent", "pct", "percentage"}
"""The words of a share's unit written out ("72 percent"), which say no more than "72%" does."""


def _dead_family(family: str, before: Sequence[str], after: Sequence[str]) -> str:
    """People counted as killed are a toll's dead: "killing at least 52 people" and "The death toll … rose to 64"
    count one thing (and a toll that rises day by day is then seen rising, not two counts). The verb nearest after
    the figure says which: "Five people were injured and two killed" counts the injured."""
    if family == "other" and "miss" in after[:3]:
        return "people"  # "19 others went missing" counts the missing people as "20 people are still missing" does
    if family != "people":
        return family
    told = [w for w in after if w in ("kill", "wound")]
    return "death" if (told[0] == "kill" if told else "kill" in before) else family


def _place_words(name: str) -> frozenset[str]:
    """Normalised words of the name after "in": none for a day or a month ("in Monday's drone attack", "in
    March"), which is a time, not a place."""
    first = re.split(r"[\s’']", name)[0]
    return frozenset() if first in COMMON_CAPS else frozenset(normalise(name))


_REGION_WORD = re.compile(r"\s+(?:Province|Governorate|Region|State|District)$")
"""The word after a region's name ("Anbar Province"), which the gazetteer's names leave out."""


def _countries_holding(name: str) -> frozenset[str]:
    """Normalised names of the countries holding the places of ``name`` ("Anbar" -> iraq, "Mosul and Kirkuk" ->
    iraq); none for a country itself or a place whose country is unknown or ambiguous."""
    lookup = gazetteer()
    found: set[str] = set()
    for part in _NAMES_APART.split(name):
        part = _REGION_WORD.sub("", _POSSESSIVE.sub("", part))
        country = lookup.country_of.get(lookup.places.get(part, part))
        if country:
            found.update(normalise(country))
    return frozenset(found)


_MONTH = re.compile(rf"\b({'|'.join(MONTH_NAMES)})\b")
_LOCATED = re.compile(r"\b(?i:in|inside|around|near|outside|across|throughout|at|into|from)\s+(?:the\s+)?"
                      r"([A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)")
_POSSESSIVE = re.compile(r"[’']s?$")
_NAMES_APART = re.compile(r"\s+and\s+|(?<=[’'])s?\s+")


_OPENING_NAME = re.compile(r"^(?:(?:The|All|Both|Most|Some|Many|Several)\s+(?=[A-Z]))?([A-Z][\w’'-]*)"
                           r"(?:\s+[A-Z][\w’'-]*)*(?=[\s,’'])")
"""A sentence's opening name, after a determiner ("All Japan Airlines flights operated normally")."""


def opener(sentence: str) -> str:
    """Claim.opener of ``sentence``: a body's name counts from its first word even when that is a place's ("Japan
    Airlines", "Korean Air": two airlines, not the two countries' governments)."""
    found = _OPENING_NAME.match(sentence)
    if not found:
        return ""
    first = found.group(1)
    lookup = gazetteer()
    name = sentence[found.start(1):found.end()]
    body = " " in name and name.rsplit(" ", 1)[-1] in ORG_HEADS and first not in COMMON_CAPS
    acronym_led = 2 <= len(first) <= 6 and " " in name  # "ESB Networks said": initials opening a body's name
    if not body and (first in COMMON_CAPS or first in WEEKDAYS or first.isupper() and not acronym_led
                     or first in lookup.places
                     or name in lookup.places or first in lookup.demonyms and " " not in name):
        return ""
    words = normalise(first)
    return words[0] if words else ""


def quoted(text: str) -> frozenset[str]:
    """The content words of the direct quotations (of 12 characters or more) in ``text``, found as
    quotes.quotation_spans finds them."""
    return frozenset(word for start, end in quotation_spans(text) if end - start - 2 >= 12
                     for word in normalise(text[start + 1:end - 1]))


def named(text: str) -> frozenset[str]:
    """The months a sentence names, and the places it puts things in (after "in", "around", "from" ...):
    "Security forces were deployed around Mosul since February" and "... around Basra since November" share most
    words but say two things. A place only named ("Washington said") is left out: outlets name one government by
    its country or its capital."""
    places, demonyms = gazetteer().places, gazetteer().demonyms
    found = {f"month-{MONTH_NAMES.index(m.group(1)) + 1}" for m in _MONTH.finditer(text)
             if m.group(1) != "May" or m.start() > 0}  # "May we ..."
    for located in _LOCATED.finditer(text):
        for name in _NAMES_APART.split(located.group(1)):  # "Erbil and Baghdad", "Iraq's Anbar"
            name = _POSSESSIVE.sub("", name)
            first = name.split(" ")[0]
            if first in COMMON_CAPS or first in WEEKDAYS or any(part in demonyms for part in first.split("-")):
                continue  # months are counted above; "near the Syrian border" names no place
            found.add(places.get(name, name))
    return frozenset(found)

