"""Find person, organisation and place mentions in English news text by rule."""

from __future__ import annotations

import re
from dataclasses import replace

from .entity_lexicon import (
    CLUB_LEADS,
    CLUB_MARKS,
    CLUB_TAILS,
    COMMON_CAPS,
    COMMON_NOUN_ENDINGS,
    COMPANY_SUFFIXES,
    EVENT_HEADS,
    THING_TAILS,
    HOLIDAYS,
    GROUP_NOUNS,
    HONORIFICS,
    ORG_HEADS,
    ORG_NOUNS,
    ORG_LEAD_ARTICLES,
    ORG_LEADS,
    ORG_NOUN_PHRASES,
    PLACE_HEADS,
    PLACE_LEADS,
    PLACE_NOUNS,
    PARK_HEAD,
    PLACE_OF_NOUNS,
    ROLE_HEADS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SPEECH_VERBS,
    fold,
    gazetteer,
)
from .entity_tokens import Chunk, Token, chunks, is_headline, tokenize
from .entity_mention import Mention
from .entity_lookup import _KNOWN_KIND, _lookup, _mention
from .entity_acronyms import _acronym, _model_name
from .entity_roles import _appositive, _company_of_title, _lower_role, _name_like, _person, _person_with_title
from .entity_bodies import RESULTS_AFTER, SHARES_AFTER, SHARES_BEFORE, bodies_named_by_places
from .entity_passes import (article_person, bracketed_names, coordinated_places, names_a_thing, names_a_work, teams,
                             upgrade_bare, with_definitions)

_LOWER_WORD_RE = re.compile(r"\b[a-z][a-z]+\b")


def find_mentions(text: str, *, include_weak: bool = False) -> list[Mention]:
    """Non-overlapping mentions in ``text``, sorted by position.

    ``include_weak`` also returns lone capitalised words with no cue (evidence
    ``bare``) so that a caller who sees the whole corpus can link them to a
    full name ("Blinken" to "Antony Blinken") or drop them.
    """
    tokens = tokenize(text)
    headline = is_headline(text)
    lower_words = set(_LOWER_WORD_RE.findall(text))
    found: list[Mention] = []
    for chunk in chunks(text, tokens):
        found.extend(_classify(text, tokens, chunk, headline, lower_words))
    found = with_definitions(text, found)
    found = bracketed_names(text, found)
    found = coordinated_places(text, found)
    found = teams(text, found)
    found = bodies_named_by_places(text, found)
    found = [m for m in found if not names_a_thing(text, m) and not names_a_work(text, m)]
    found = [m for m in found if not article_person(m) and not text.startswith("$", m.end)]  # "US$200,000"
    found = upgrade_bare(found, tokens, keep_openers=include_weak)
    if not include_weak:
        found = [m for m in found if m.evidence != "bare"]
    return sorted(found, key=lambda m: m.start)


def _classify(text: str, tokens: list[Token], chunk: Chunk, headline: bool,
              lower_words: set[str]) -> list[Mention]:
    """Mentions for one chunk (a compound like Israel-Hamas may give two)."""
    first, last = _trim(tokens, chunk, lower_words)
    if first > last:
        return []
    run = tokens[first : last + 1]
    surface = text[run[0].start : run[-1].end]
    if headline:
        return _headline_mentions(text, run)
    words = surface.split()
    if len(words) > 1 and any(words[-1].endswith(end) and (_lookup(" ".join([*words[:-1], words[-1][:-cut]])) or ("",))[0]
                              == "place" for end, cut in (("ans", 2), ("ers", 3))):
        return []  # "Costa Ricans", "South Koreans", "New Zealanders": the people of a place, not a person
    if len(words) > 1 and words[-1] in THING_TAILS and not _lookup(surface):
        return []  # "General Data Protection Regulation", "Rugby World Cup": a law or a contest, none of our kinds
    mention = _by_name(text, tokens, first, last, surface, chunk)
    if mention is not None:
        owner = _company_of_title(text, tokens, first, mention)
        return [owner, mention] if owner else [mention]
    if len(run) == 1 and _model_name(text, run[0].start, run[0].end):
        return []
    if len(run) == 1 and "-" in run[0].text and (_compound(run[0]) or _joins_demonyms(run[0].text)):
        return _compound(run[0])  # "Israel-Hamas", "Syrian-Jordanian"; else one name: "Rolls-Royce", "Nkweta-Salami"
    return _by_context(text, tokens, first, last, surface)


_COUNT_WORDS = frozenset("Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Dozens Hundreds".split())


def _trim(tokens: list[Token], chunk: Chunk, lower_words: set[str]) -> tuple[int, int]:
    """Drop leading words that are capitalised only because they open a sentence."""
    first, last = chunk.first, chunk.last
    while first <= last:
        tok = tokens[first]
        word = tok.text
        if (word in _KNOWN_KIND or word in gazetteer().places or word in HONORIFICS
                or word == "The" and _article_of_place(tokens, first, last)):
            break
        if word == "All" and _all_opens_body(tokens, first, last):
            break
        if tok.sentence_start and first < last and tokens[first + 1].text in EVENT_HEADS:
            first += 1  # "Powerful Typhoon Shanshan made landfall": a word describing the storm
            continue
        if tok.sentence_start and word.lower() in _DESCRIPTORS and first < last and tokens[first + 1].is_cap:
            first += 1  # "Rival Japan Airlines said": a word describing the body, capitalised by the sentence
            continue
        if word in COMMON_CAPS or (tok.sentence_start and word.lower() in lower_words):
            first += 1
            continue
        if word in _COUNT_WORDS and first < last and tokens[first + 1].text in gazetteer().demonyms:
            first += 2  # "Two Russian oil tankers", "Three Japanese climbers": a count of people or things
            continue
        if tok.sentence_start and first == last and not tok.is_acronym and not tok.possessive:
            if (word in gazetteer().demonyms or word.lower() in lower_words or word.lower() in GROUP_NOUNS
                    or word.endswith(("ing", "ly"))):
                first += 1
                continue
        break
    while last > first and tokens[last].text in ("of", "for", "the", "on", "in"):
        last -= 1
    return first, last


_DESCRIPTORS = frozenset("""rival rivals fellow parent budget embattled troubled struggling beleaguered ailing
    state-owned state-run state-backed lender insurer regulator broker chipmaker carmaker automaker retailer
    conglomerate watchdog""".split())
"""Words that open a sentence before a body's name and describe it: "Rival Japan Airlines said", "Lender Barclays"
(not "Carrier", which opens "Carrier Global")."""


_QUANTIFIED_AFTER = GROUP_NOUNS | frozenset("""flights services routes planes aircraft jets trains buses ships
    stores shops branches outlets offices shares stocks products models cars vehicles staff crew personnel
    operations""".split())
"""Nouns that "All" may count across a body's name: "All Japan Airlines flights", "All Air India staff"."""


def _all_opens_body(tokens: list[Token], first: int, last: int) -> bool:
    """"All" opening a body's name ("All Nippon Airways", "All India Radio", "All Progressives Congress"): the run
    ends in an organisation word and no noun it could count follows ("All Japan Airlines flights were cancelled")."""
    if last - first < 2 or tokens[last].text not in ORG_HEADS and tokens[last].text.lower() not in COMPANY_SUFFIXES:
        return False  # ("All Nippon Airways Co.")
    return last + 1 >= len(tokens) or tokens[last + 1].text not in _QUANTIFIED_AFTER


def _article_of_place(tokens: list[Token], first: int, last: int) -> bool:
    """ "The" that is part of a place's name: "The Hague" (known so), "in The Gambia" (a capital "The" inside a
    sentence before a country; at a sentence's start "The" may be anyone's)."""
    if tokens[first].text != "The" or first == last:
        return False
    after = tokens[first + 1].text
    if f"The {after}" in gazetteer().places:
        return True
    return not tokens[first].sentence_start and gazetteer().places.get(after) in gazetteer().countries


def _headline_mentions(text: str, run: list[Token]) -> list[Mention]:
    """In Title Case lines trust only the gazetteer and well-known names."""
    out = []
    for tok in run:
        known = _lookup(tok.text)
        if known:
            out.append(_mention(text, tok.start, tok.end, known[0], known[1], evidence=known[2]))
    return out


def _by_name(text: str, tokens: list[Token], first: int, last: int, surface: str,
             chunk: Chunk) -> Mention | None:
    """Classify from the words of the name itself."""
    run = tokens[first : last + 1]
    words = [t.text for t in run]
    start, end = run[0].start, run[-1].end
    if words[0] == "Operation" and len(words) > 1:
        return _mention(text, start, end, "org", surface, evidence="org-word")
    known = _lookup(surface)
    if known:
        return _mention(text, start, end, known[0], known[1], evidence=known[2])
    if len(run) == 1 and run[0].is_acronym:
        return _acronym(text, run[0])
    if len(words) > 1 and all(w in _COMPASS for w in words[:-1]) and (_lookup(words[-1]) or ("",))[0] == "place":
        return _mention(text, start, end, "place", surface, evidence="place-word")  # "Central Africa", "Eastern Europe"
    if len(words) > 2 and "&" in words[1:-1]:  # "Pratt & Whitney": people are not joined by "&"
        return _mention(text, start, end, "org", surface, evidence="org-word")
    if len(words) == 3 and words[1] == "and" and words[2] in ORG_HEADS and (_lookup(words[0]) or ("",))[0] == "place":
        return None  # "U.S. and Coalition forces": a country and a body, no name
    if len(words) > 1 and _org_words(words):
        return _mention(text, start, end, "org", surface, evidence="org-word")
    if len(words) > 1 and (_place_word(words) or _park(text, tokens, first, last)):
        return _mention(text, start, end, "place", surface, evidence="place-word")
    if len(words) > 1 and (words[0] in CLUB_MARKS or words[-1] in CLUB_MARKS or words[-1] in CLUB_TAILS
                           or fold(words[0]) in CLUB_LEADS and not set(words) & ROLE_HEADS):
        return _mention(text, start, end, "org", surface, evidence="club")  # "FC Barcelona", "Auckland FC",
        # "Westbury Athletic", "Bayern Munich"
    if len(words) > 1 and words[0] in ORG_LEAD_ARTICLES and fold(words[1]) in ORG_LEADS:
        return _mention(text, start, end, "org", surface, evidence="org-word")  # "Te Pāti Māori", "La Liga Nacional"
    if (len(words) > 1 and fold(words[0]) in ORG_LEADS | PLACE_LEADS and words[1][:1].isupper()
            and not set(words) & ROLE_HEADS):
        kind = "org" if fold(words[0]) in ORG_LEADS else "place"
        return _mention(text, start, end, kind, surface, evidence=f"{kind}-word")
    inner = next((i for i, word in enumerate(words[1:-1], start=1)
                  if word in ORG_HEADS and word not in ROLE_HEADS), None)  # not "Competition Commissioner Vestager"
    if inner is not None and not set(words[inner + 1:]) & ROLE_HEADS:
        # "an Alaska Airlines Boeing 737": the organisation, not a person "Alaska Airlines Boeing" (but "Alaska
        # Airlines CEO Ben Minicucci" is a person with a role)
        return _mention(text, start, run[inner].end, "org", text[start:run[inner].end], evidence="org-word")
    return _person_with_title(text, tokens, first, last, chunk)


def _place_word(words: list[str]) -> bool:
    """The name ends in a place word, or one governs "of" inside it ("Botanical Garden of Viña del Mar"); a place
    word alone is a common noun ("City traders said")."""
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head in PLACE_HEADS


_AGE_AFTER = re.compile(r",\s+\d{1,3}\s*[,.;)]")


def _park(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """A name ending in "Park" is a ground ("at Fenway Park", "Hyde Park") unless it is a person's: with a title or
    an honorific, speaking, or followed by an age or a role ("Grace Park, 34,", "Grace Park, a nurse,")."""
    run = tokens[first : last + 1]
    if run[-1].text != PARK_HEAD or any(t.text in ROLE_HEADS or t.text in HONORIFICS for t in run):
        return False
    return not (_speaks(tokens, last) or _AGE_AFTER.match(text, run[-1].end) or _appositive(text, tokens, last))


_CAMEL_TAIL = re.compile(r"[a-z]([A-Z][a-z]+)$")


def _org_words(words: list[str]) -> bool:
    """The name ends in an organisation word (or in a word whose capitalised tail is one: "Spirit AeroSystems"),
    or one governs "of/for/in" inside it."""
    tail = _CAMEL_TAIL.search(words[-1])
    if (words[-1] in ORG_HEADS or tail and tail.group(1) in ORG_HEADS) and words[0] not in ROLE_HEADS:
        return True
    for i, word in enumerate(words[:-1]):
        if word in ORG_HEADS and words[i + 1] in ("of", "for", "in", "on"):
            return not (set(words[:i]) & ROLE_HEADS)
    return False


def _joins_demonyms(word: str) -> bool:
    """ "Syrian-Jordanian": a hyphen joining words for peoples, an adjective, not a name."""
    return any(part in gazetteer().demonyms for part in word.split("-"))


def _compound(tok: Token) -> list[Mention]:
    """Split "Israel-Hamas" or "U.S.-Iraq" into the known names it joins."""
    out, offset = [], tok.start
    for part in tok.text.split("-"):
        known = _lookup(part)
        if known:
            out.append(Mention(offset, offset + len(part), part, known[0], known[1], evidence=known[2]))
        offset += len(part) + 1
    return out


_CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|yuan|yen|rupees?|pesos?|pounds?|euros?|francs?|ringgit)\b")
_PLACE_APPOSITIVE = re.compile(
    r",\s+(?:(?:the|a|an|its)\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"(?:capital|city|town|village|port|province|region|district|county|suburb|neighbou?rhood|island)"
    r"(?=\s*[,.;:)]|\s+(?:of|in|on|near|about|some|just|north|south|east|west|northeast|northwest|southeast"
    r"|southwest|where|that|which|home|with)\b)")
"""An appositive naming a kind of place: "Wad Madani, the state capital", ", a key city southeast of …" (not "a city
councillor")."""
_DISTANCE_AFTER = re.compile(r",\s+(?:(?:about|some|around|roughly|nearly|almost|just|only|more than|less than)\s+)?"
                             r"\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|mi)\b")
"""A distance after a name makes it a place: "moved to Wad Madani, about 50 km away", "Kafr Nabl, 30 miles south"."""


def _by_context(text: str, tokens: list[Token], first: int, last: int, surface: str) -> list[Mention]:
    """Classify an unknown name from the words around it."""
    run = tokens[first : last + 1]
    start, end = run[0].start, run[-1].end
    if all(t.text in gazetteer().demonyms for t in (run[1:] if run[0].sentence_start and len(run) > 1 else run)):
        return []  # "Sunni Arab", "Rival Sunni blocs" at a sentence's start: peoples, no name
    before = [t.text.lower() for t in tokens[max(0, first - 3) : first] if t.is_word]
    after = [t.text.lower() for t in tokens[last + 1 : last + 5]]
    if (after and after[0] in PLACE_NOUNS) or after[:2] == ["police", "station"] or (len(before) >= 2 and before[-1] == "of" and before[-2] in PLACE_OF_NOUNS):
        return [_mention(text, start, end, "place", surface, evidence="cue")]
    if first > 1 and tokens[first - 1].possessive and _lookup(tokens[first - 1].text) and len(run) > 1:
        if _lookup(tokens[first - 1].text)[0] == "place" and _after_place_preposition(tokens, first - 2):
            return [_mention(text, start, end, "place", surface, evidence="cue")]  # "in Gaza's Khan Younis" (not
            # "Sweden's Hannah Lindqvist won": a country's person)
    if len(before) >= 2 and before[-1] == "of" and before[-2] in _PLACE_ROLES:  # "the mayor of La Canonja"
        return [_mention(text, start, end, "place", surface, evidence="place-word")]  # (not "cue": no list follows)
    if _org_noun_before(tokens, first) or (len(before) >= 2 and before[-1] == "of" and before[-2] in ROLE_NOUNS):
        return [_mention(text, start, end, "org", surface, evidence="cue")]  # "… and CEO of Boeing Commercial Airplanes"
    if (_org_appositive(text, end) if len(run) > 1 else _closed_org_appositive(text, end)) or SHARES_AFTER.match(
            text, end) or SHARES_BEFORE.search(text, max(0, start - 12), start) or RESULTS_AFTER.match(text, end):
        return [_mention(text, start, end, "org", surface, evidence="cue")]
    if (_PLACE_APPOSITIVE.match(text, end) or _DISTANCE_AFTER.match(text, end)
            or before and before[-1] in ("fled", "fleeing", "flee", "flees")):
        return [_mention(text, start, end, "place", surface, evidence="cue")]  # "Wad Madani, the state capital"
    if _CURRENCY_AFTER.match(text, end):
        return []  # "New Taiwan dollars", "Hong Kong dollars": a currency, not a person
    if text.startswith("-based", end):
        return [_mention(text, start, end, "place", surface, evidence="cue")]  # "Minneapolis-based"
    if (not run[-1].possessive and last + 1 < len(tokens) and tokens[last + 1].start - end == 1
            and (len(run) > 1 and tokens[last + 1].text in _ORG_NOUNS_AFTER or tokens[last + 1].text in _MEDIA_AFTER)):
        return [_mention(text, start, end, "org", surface, evidence="cue")]  # "the Sovereign People party"
    words = surface.split()
    if len(words) > 1 and words[-1] in gazetteer().demonyms and all(w in _COMPASS for w in words[:-1]):
        return []  # "the South American country"
    numbered = last + 1 < len(tokens) and tokens[last + 1].text[:1].isdigit()  # "Tower 22": the name goes on
    if len(before) >= 2 and before[-1] == "on" and before[-2] in _ATTACK_NOUNS and not numbered:
        return [_mention(text, start, end, "place", surface, evidence="cue")]  # "a rocket attack on Ain al-Asad"
    if len(run) > 1 and before and before[-1] in _PLACE_AFTER and not tokens[last].possessive and not (
            len(before) >= 2 and (before[-1] == "in" and before[-2] in _IN_NOT_WHERE or before[-2] in _NOT_PLACE_IN)):
        return [_mention(text, start, end, "place", surface, evidence="cue")]  # "in Khan Younis", "near Kafr Nabl"
    if len(run) > 1 and len(before) >= 2 and (before[-2], before[-1]) in _HEADING_FOR:
        return [_mention(text, start, end, "place", surface, evidence="cue")]  # "an ATR 42 bound for Sioux Lookout"
    if len(before) >= 2 and before[-1] == "at" and (before[-2] in GROUP_NOUNS or before[-2] in ROLE_NOUNS):
        return [_mention(text, start, end, "org", surface, evidence="cue")]  # "analysts at Morgan Stanley", "at Jefferies"
    if not all(_name_like(t) for t in run) or any(t.text in ROLE_WORDS for t in run if t.text[0].isupper()):
        return []
    if (run[0].text in EVENT_HEADS and len(run) > 1 and (run[0].text != "Tropical" or run[1].text in _STORM_WORDS)
            or surface in HOLIDAYS or run[-1].text in ("Day", "Eve")
            or run[-1].text in THING_TAILS and len(run) > 1):
        return []  # "Hurricane Otis", "New Year['s Day]", "Independence Day", "Vietnam War": a named event, day or
        # thing, not a person
    if len(run) > 1 and any(_common_noun(t.text) for t in run):
        return []  # "Emergency Response", "Transportation Security": a plan's or a body's words, no one's name
    chunk = Chunk(first, last)
    if before and (before[-1] in ROLE_NOUNS or before[-1] in ("by",)) and len(run) > 1:
        return [_person(text, tokens, first, last, chunk, _lower_role(text, tokens, first), "cue")]
    mention = _person(text, tokens, first, last, chunk, None, "shape" if len(run) > 1 else "bare")
    if mention.evidence == "bare" and _speaks(tokens, last) and not (before and before[-1] in _PLACE_PREPOSITIONS):
        mention = replace(mention, evidence="speech")
    elif (mention.evidence == "bare" and first > 0 and tokens[first - 1].text in _PLACE_AFTER
          and not run[-1].possessive and run[-1].text not in ORG_HEADS
          and not (first > 1 and tokens[first - 2].text.lower() in _NOT_PLACE_IN)):
        mention = replace(mention, kind="place")  # "troops in Kavora": still bare, a place only when the story
        # names it so twice (entities._places_named_twice)
    return [mention]


def _common_noun(word: str) -> bool:
    """The word ends as abstract and common nouns do and no name does (entity_lexicon.COMMON_NOUN_ENDINGS)."""
    lower = word.lower()
    return any(lower.endswith(end) and len(lower) >= shortest for end, shortest in COMMON_NOUN_ENDINGS)


_NOT_PLACE_IN = frozenset("""rein reins reined reining invested invest invests investing investment investments stake stakes shares share
    holding holdings interest exposure believe believes believed faith trust role roles part parts starred stars
    starring appeared appears appear featured features cast""".split())
"""Words before "in" whose name after it is a company, a creed or a work, not a place ("a stake in Nvidia",
"starred in Barbie", "to rein in Big Tech")."""


_STORM_WORDS = frozenset("Storm Depression Cyclone".split())
"""What "Tropical" opens when it names a storm ("Tropical Storm Debby"; not "Tropical Forest Forever Facility")."""


def _after_place_preposition(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is "in", "near" (...), or "and" or a comma ending a list of places after one: "near Anbar
    province’s Qaim district and Babil’s Jurf al-Nasr"."""
    if tokens[k].text.lower() in _PLACE_PREPOSITIONS:
        return True
    if tokens[k].text not in ("and", "or", ","):
        return False
    return any(t.text in _PLACE_PREPOSITIONS for t in tokens[max(0, k - 8) : k] if not t.sentence_start)


_PLACE_ROLES = frozenset("mayor mayors governor governors".split())
"""Roles held "of" a place: "the mayor of La Canonja", "a former mayor of Canelones"."""
_COMPASS = frozenset("North South East West Central Latin Northern Southern Eastern Western".split())
_ORG_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|in|with|from|to|and|who|whose)\b)[\w-]+\s+){0,3}"
    r"(?:" + "|".join(sorted(ORG_NOUNS)) + r")\b(?![’'-])(?!\s+(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b)")
"""(not ", the club announced": a new clause, whose subject is the body, not the name before it)"""


_ORG_NOUNS_AFTER = frozenset("party movement alliance bloc militia company firm airline carrier bank group network".split())
"""Nouns that make the name before them a body's ("the Sovereign People party"); not "coalition" or "government",
which follow a leader's name too ("the Sánchez coalition")."""
_MEDIA_AFTER = frozenset("television TV channel radio newspaper broadcaster daily".split())
"""Nouns that make even a one-word name before them a broadcaster's or paper's: "the group's Al-Masirah television
said"."""
_CLOSED_ORG_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|in|with|from|to|and|who|whose)\b)[\w’'-]+\s+){0,4}"
    r"(?:" + "|".join(sorted(ORG_NOUNS)) + r")(?=\s*[,;.)]|\s+(?:of|that|which|based|behind|owned)\b)")


def _closed_org_appositive(text: str, end: int) -> bool:
    """A lone word followed by an appositive whose head is a body noun: "Nvidia, the world's most valuable
    chipmaker,", "Meta, the parent company of Facebook," (not "Smith, a party member": its head is "member")."""
    return _CLOSED_ORG_APPOSITIVE.match(text, end) is not None


def _org_appositive(text: str, end: int) -> bool:
    """The name is followed by ", a new anti-establishment movement" or ", the Wichita-based supplier": a body."""
    return _ORG_APPOSITIVE.match(text, end) is not None


_ATTACK_NOUNS = frozenset("attack attacks strike strikes airstrike airstrikes raid raids assault bombing shelling".split())
"""What an attack is "on" is a place: "a rocket attack on Ain al-Asad" (not "Tower" of "Tower 22": see numbered)."""
_PLACE_AFTER = frozenset("in near outside across throughout".split())
"""An unknown name of several words after these is a place: people are rarely "in" anything."""
_HEADING_FOR = frozenset({("bound", "for"), ("headed", "for"), ("heading", "for"), ("route", "to"), ("flight", "to"),
                          ("flights", "to"), ("arrested", "from"), ("detained", "from"), ("nabbed", "from"),
                          ("rescued", "from"), ("evacuated", "from"), ("extradited", "from")})
"""Two words after which a name is where someone or something was going or was taken from: "bound for Sioux
Lookout", "en route to", "was arrested from Chhatrapati Sambhajinagar" (as Indian English says it)."""
_IN_NOT_WHERE = frozenset("resulted result results resulting ended ends engaged involved participated participate "
                          "interested succeeded invested believe believes believed trust faith confidence".split())
"""Words after which "in" tells no place: "the vote resulted in Salem Al-Issawi obtaining 158 votes"."""
_PLACE_PREPOSITIONS = frozenset("in at from near outside inside across of".split())
"""A lone name after these is where someone spoke, not who: "officials in Basra said"."""


def _org_noun_before(tokens: list[Token], first: int) -> bool:
    """A common noun for a body, written in lower case, in the two words before the name: "the lender Barclays",
    "militias, mainly Kataib Hezbollah", "shipping line Maersk"; not when a title or a possessive comes between
    ("The Bank's governor, Andrew Bailey", "the company's founder Tim Cook")."""
    words = [t for t in tokens[max(0, first - 3) : first] if t.is_word][-2:]
    if not words or words[-1].possessive or words[-1].text in ROLE_NOUNS or _holder_of(tokens, first):
        return False
    return (" ".join(t.text for t in words) in ORG_NOUN_PHRASES
            or any(t.text in ORG_NOUNS and not t.possessive for t in words))


def _holder_of(tokens: list[Token], first: int) -> bool:
    """The name after a comma is the holder of a role "of" a body, not the body: "The leader of Yemen's Houthi group,
    Abdul-Malik al-Houthi, said"."""
    if first < 1 or tokens[first - 1].text != ",":
        return False
    words = [t.text for t in tokens[max(0, first - 8) : first - 1]]
    return any(a in ROLE_NOUNS and b == "of" for a, b in zip(words, words[1:]))


def _speaks(tokens: list[Token], last: int) -> bool:
    """A speech verb follows within three words: "Rasool said", "Sudani earlier ... said"; not when the name only
    qualifies the speakers ("Hospital officials said")."""
    if last + 1 < len(tokens) and (tokens[last + 1].text in GROUP_NOUNS or tokens[last + 1].text in ROLE_NOUNS):
        return False
    for tok in tokens[last + 1 : last + 5]:
        if not tok.is_word:
            return False
        if tok.text in SPEECH_VERBS:
            return True
    return False
