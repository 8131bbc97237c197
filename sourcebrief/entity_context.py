"""Classify a name that no list knows from the words around it: "in Khan Younis", "the lender Barclays", "Rasool said"."""

from __future__ import annotations

import re
from dataclasses import replace

from .entity_gazetteer import gazetteer
from .entity_lexicon import (
    EVENT_HEADS,
    GROUP_NOUNS,
    HOLIDAYS,
    ORG_HEADS,
    PARTICLES,
    PLACE_NOUNS,
    PLACE_OF_NOUNS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SPEECH_VERBS,
    THING_TAILS,
    MONTHS,
    WEEKDAYS,
)
from .entity_tokens import Chunk
from .entity_words import Token
from .entity_mention import Mention
from .entity_lookup import lookup, make_mention
from .entity_passes import BEARINGS, HAPPENED_IN
from .entity_bodies import PARENT_NOUNS, RESULTS_AFTER, SHARES_AFTER, SHARES_BEFORE, spoken_for_as_body
from .entity_vessels import SHIP_PREFIXES, naval_carrier
from .entity_peoples import peoples_plural
from .entity_roles import common_noun, lower_role, name_like, person_mention, abstract_opener, after_portfolio_title
from .entity_initials import initials_and_joined_name, initials_of_person
from .entity_whereabouts import airport_of_city, home_of_person
from .entity_services import nation_and_word, service_of_a_land
from .entity_body_cues import (FORCE_NOUN, MEDIA_AFTER, ORG_NOUNS_AFTER, THE_BODY_AFTER, body_cue_after,
                               closed_org_appositive, org_appositive, org_noun_before)


_PARTY_ROLE_AFTER = re.compile(r"\s+(?:leader|deputy leader|chair|chairman|chairwoman|whip|lawmaker|lawmakers"
                               r"|MPs?|MEPs?|member|members|candidate|spokesman|spokeswoman|spokesperson"
                               r"|economist|chief economist|analyst|strategist|president|chief|boss|coach"
                               r"|secretary-general)\s+"
                               r"(?:(?:Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w’'-]+\s+[A-Z]")
"""A party's or a body's role between its name and a person's full name: "Liberal Democrat leader Ed Davey",
"Labour MP Jess Phillips", "Hamas spokesman Hazem Qassem", "Barclays economist Jack Meaning", "Uefa president
Aleksander Ceferin" (a person's aide is rarely named so by both names)."""
_PLACE_ROLE_AFTER = re.compile(r"\s+(?:governor|mayor|deputy governor|deputy mayor|lieutenant governor)\s+"
                               r"(?:[A-Z][\w’'-]+\s+)*[A-Z][\w’'-]+(?!\s+(?:of|for)\b)")
"""The role of who governs a place, between its name and its holder's name: "Central Java governor Ganjar Pranowo",
"Kharkiv mayor Ihor Terekhov" (a bank's governor follows a body's name, found by its head word first)."""
CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|yuan|yen|rupees?|pesos?|pounds?|euros?|francs?|ringgit|crude|blend)\b")
"""A currency's word after a name makes the name part of the currency's ("Hong Kong dollars", "CFA francs"); and an
oil's grade: "Basrah Medium crude", "the Arab Light blend"."""
_AIRPORT_AFTER = re.compile(r"\s+(?:international\s+)?airports?\b(?!-)")
"""An airport's common noun right after a name: the name is the airport's, a place ("Marseille Provence airport")."""
_AIRPORT_BEFORE = re.compile(r"\bairport,\s+$")
"""An airport's common noun and a comma right before a name: the name is the airport's."""
_PLACE_APPOSITIVE = re.compile(
    r",\s+(?:(?:the|a|an|its)\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"(?:capital|city|town|village|port|province|region|district|county|suburb|neighbou?rhood|island)"
    r"(?=\s*[,.;:)]|\s+(?:of|in|on|near|about|some|just|north|south|east|west|northeast|northwest|southeast"
    r"|southwest|where|that|which|home|with)\b)")
"""An appositive naming a kind of place: "Wad Madani, the state capital", ", a key city southeast of …" (not "a city
councillor")."""
_TOWN_SHAPE = re.compile(r"[A-Z][\w’']+(?:-(?:on|upon|under|le|la|les|en|sur|sous|lès|am|an|im|by|in)-[A-Z][\w’']+)+")
"""A town's name joined by a small lower-case word inside it, the way English, French and German towns are named
("Stoke-on-Trent", "Newcastle-upon-Tyne", "Chester-le-Street", "Boulogne-sur-Mer", "Châlons-en-Champagne"): no
person's nor body's name is written so."""
_BODY_RELATIVE = re.compile(r",\s+which\s+(?:also\s+|now\s+)?(?:operates|owns|runs|employs|manufactures|makes|builds"
                            r"|sells|supplies|flies)\s+(?:a|an|the|its|more|about|around|some|\d)\b")
"""A relative clause with "which" saying what a business does: "Cebu Pacific, which operates a fleet of 98 aircraft"
(a person is "who", a place is not said to operate, own or employ; not "Steadfast Defender, which runs until May")."""
_DISTANCE_AFTER = re.compile(r",\s+(?:(?:about|some|around|roughly|nearly|almost|just|only|more than|less than)\s+)?"
                             r"\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|mi)\b")
"""A distance after a name makes it a place: "moved to Wad Madani, about 50 km away", "Kafr Nabl, 30 miles south"."""


_DAM_AFTER = re.compile(r"\s+(?:(?:hydroelectric|hydropower|hydro)\s+)?dam\b")
"""A dam after its name, which is the dam's, a place (the body that runs it may share the name)."""


def by_context(text: str, tokens: list[Token], first: int, last: int, surface: str) -> list[Mention]:
    """Classify an unknown name from the words around it."""
    run = tokens[first : last + 1]
    start, end = run[0].start, run[-1].end
    if all(t.text in gazetteer().demonyms for t in (run[1:] if _common_opener(text, run) else run)) or (
            surface in gazetteer().demonyms or peoples_plural(surface)):
        return []  # "Sunni Arab", "Rival Sunni blocs" at a sentence's start, "pro-North Korean", "five Spaniards"
    if len(run) == 1 and _TOWN_SHAPE.fullmatch(run[0].text.removesuffix("’s").removesuffix("'s")):
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "Stoke-on-Trent council said"
    before = [t.text.lower() for t in tokens[max(0, first - 3) : first] if t.is_word]
    after = [t.text.lower() for t in tokens[last + 1 : last + 5]]
    of_place = len(before) >= 2 and before[-1] == "of" and (
        before[-2] in PLACE_OF_NOUNS or len(run) > 1 and before[-2] in _DWELLERS  # "Residents of Jurf al-Sakhar"
        or before[-2] in BEARINGS and tokens[first - 2].text.islower())  # "derailed east of Cle Elum"
    if not run[-1].possessive and _DAM_AFTER.match(text, end) and len(run) == 1:
        return []  # "the Itaipu hydroelectric dam": the dam, not the body that runs it and shares its name (as a place,
        # it would draw the body's other lone mentions: "the director-general of Itaipu")
    if (after and after[0] in PLACE_NOUNS) or after[:2] == ["police", "station"] or of_place or (
            not run[-1].possessive and _DAM_AFTER.match(text, end)):  # "the Qiz Qalasi dam": the dam, a place
        return [make_mention(text, start, end, "place", surface, evidence="cue")]
    if _postpositive_title(tokens, first, last):
        return []  # "Scotland's Astronomer Royal", "the Poet Laureate": a title, no one's name
    if first > 1 and tokens[first - 1].possessive and lookup(tokens[first - 1].text) and len(run) > 1:
        if lookup(tokens[first - 1].text)[0] == "place" and _after_place_preposition(tokens, first - 2):
            return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "in Gaza's Khan Younis" (not
            # "Sweden's Hannah Lindqvist won": a country's person)
    if len(before) >= 2 and before[-1] == "of" and before[-2] in _PLACE_ROLES and run[-1].text not in ORG_HEADS:
        # "the mayor of La Canonja" (not "the prefect of Police": a body's head word)
        return [make_mention(text, start, end, "place", surface, evidence="place-word")]  # (not "cue": no list follows)
    if _PLACE_ROLE_AFTER.match(text, end) and not run[-1].possessive:
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "former Central Java governor Ganjar
        # Pranowo"
    if (_PARTY_ROLE_AFTER.match(text, end) and not run[-1].possessive and not (len(run) == 1 and abstract_opener(run[0]))
            and not (run[0].text in ROLE_WORDS and first > 1 and tokens[first - 1].text == "and"
                     and tokens[first - 2].is_cap)):
        # (not "Nova Scotia Environment and Climate Change spokesperson": a portfolio's words after "and", the tail of
        # a body's name, no body alone)
        return [make_mention(text, start, end, "org", surface, evidence="cue")]  # "Liberal Democrat leader Ed Davey"
    if after_portfolio_title(tokens, first):
        return []  # "The Minister of Budget and Economic Planning, Atiku Bagudu": a portfolio, no body's name
    if org_noun_before(text, tokens, first, last) and not naval_carrier(text, start) or (len(before) >= 2 and before[-1] == "of" and (
            before[-2] in ROLE_NOUNS or before[-2] in PARENT_NOUNS)):  # "a unit of Boskalis"
        return [make_mention(text, start, end, "org", surface, evidence="cue")]  # "… and CEO of Boeing Commercial Airplanes"
    if (org_appositive(text, end) if len(run) > 1 else closed_org_appositive(text, end)) or _BODY_RELATIVE.match(
            text, end) and len(run) > 1 or SHARES_AFTER.match(
            text, end) or SHARES_BEFORE.search(text, max(0, start - 12), start) or RESULTS_AFTER.match(text, end) or (
            spoken_for_as_body(text, start, end)):
        return [make_mention(text, start, end, "org", surface, evidence="cue")]
    if (_PLACE_APPOSITIVE.match(text, end) or _DISTANCE_AFTER.match(text, end)
            or before and before[-1] in ("fled", "fleeing", "flee", "flees")):
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "Wad Madani, the state capital"
    if before and before[-1] in _PLACE_PREPOSITIONS and _in_its_region(text, end):
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "from Jackson, Mississippi,": a town
        # named after a person, placed by its state
    if CURRENCY_AFTER.match(text, end):
        return []  # "New Taiwan dollars", "Hong Kong dollars": a currency, not a person
    if _AIRPORT_AFTER.match(text, end) or _AIRPORT_BEFORE.search(text, max(0, start - 12), start):
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "Marseille Provence airport", "Ben
        # Gurion airport", "the city's airport, Marseille Provence,": an airport named after a place or a person
    if text.startswith("-based", end) or text.startswith("-born", end) and not surface.endswith(_PEOPLE_ENDINGS):
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "Minneapolis-based", "Hobart-born"
    if (not run[-1].possessive and last + 1 < len(tokens) and tokens[last + 1].start - end == 1
            and (len(run) > 1 and tokens[last + 1].text in ORG_NOUNS_AFTER or tokens[last + 1].text in MEDIA_AFTER
                 or first > 0 and tokens[first - 1].text == "the" and tokens[last + 1].text in THE_BODY_AFTER)):
        if tokens[last + 1].text == FORCE_NOUN and len(run) == 1:  # "the Metropolitan police": the force's name
            force = tokens[last + 1]  # holds its noun (an adjective alone names no body)
            return [make_mention(text, start, force.end, "org", f"{surface} Police", evidence="cue")]
        return [make_mention(text, start, end, "org", surface, evidence="cue")]  # "the Sovereign People party"
    words = surface.split()
    if len(words) > 1 and words[-1] in gazetteer().demonyms and all(w in COMPASS for w in words[:-1]):
        return []  # "the South American country"
    numbered = last + 1 < len(tokens) and tokens[last + 1].text[:1].isdigit()  # "Tower 22": the name goes on
    if len(before) >= 2 and before[-1] == "on" and before[-2] in _ATTACK_NOUNS and not numbered:
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "a rocket attack on Ain al-Asad"
    if len(run) > 1 and before and before[-1] in _PLACE_AFTER and not tokens[last].possessive and not (
            len(before) >= 2 and (before[-1] == "in" and before[-2] in _IN_NOT_WHERE or before[-2] in _NOT_PLACE_IN)):
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "in Khan Younis", "near Kafr Nabl"
    if len(run) > 1 and len(before) >= 2 and (before[-2], before[-1]) in _HEADING_FOR:
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "an ATR 42 bound for Sioux Lookout"
    if len(before) >= 2 and before[-1] == "at" and before[-2] in _GATHERED_AT:
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "fans at Wembley", "the final at
        # Wembley": where a crowd or an event is, a venue (staff "at" a name work for a body: below)
    if (len(run) == 1 and len(before) >= 2 and before[-1] == "in" and before[-2] in HAPPENED_IN
            and not run[0].possessive and run[0].text not in ORG_HEADS):
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "a 2008 warehouse fire in Icheon"
    if len(before) >= 2 and before[-1] == "at" and (before[-2] in GROUP_NOUNS or before[-2] in ROLE_NOUNS):
        return [make_mention(text, start, end, "org", surface, evidence="cue")]  # "analysts at Morgan Stanley", "at Jefferies"
    if _OWNED_BEFORE.search(text, max(0, start - 20), start):
        return [make_mention(text, start, end, "org", surface, evidence="cue")]  # "Boskalis-owned Smit Salvage"
    if len(run) > 1 and run[0].text in SHIP_PREFIXES:
        return []  # "The KMP Tunu Pratama Jaya left the port": a ship's name
    if (len(run) > 1 and run[0].is_acronym and len(run[0].text) >= 3 and "." not in run[0].text
            and all(name_like(t) for t in run[1:]) and run[-1].text not in _NOT_BODY_TAILS):
        return [make_mention(text, start, end, "org", surface, evidence="cue")]  # "PSV Eindhoven", "BYD Auto": initials of
        # three letters open a body's name, no person's (a person's are two: "JD Vance")
    if initials_and_joined_name(run):
        return [make_mention(text, start, end, "org", surface, evidence="cue")]  # "A.P. Moller-Maersk's former fleet
        # chief": dotted initials before two capitalised words joined by a hyphen name a company
    if not all(name_like(t) or 0 < k < len(run) - 1 and t.text in PARTICLES or 1 < k == len(run) - 1
               and t.text in _NUMERALS or k == 0 and initials_of_person(run) for k, t in enumerate(run)) or any(
            t.text in ROLE_WORDS for t in run if t.text[0].isupper()):  # (a particle inside: "Charles de Gaulle")
        return []
    if (run[0].text in EVENT_HEADS and len(run) > 1 and (run[0].text != "Tropical" or run[1].text in _STORM_WORDS)
            or _holiday(surface) or run[-1].text in ("Day", "Eve")
            or run[-1].text in THING_TAILS and len(run) > 1):
        return []  # "Hurricane Otis", "New Year['s Day]", "Independence Day", "Vietnam War": a named event, day or
        # thing, not a person
    if len(run) > 1 and any(common_noun(t.text) for t in run):  # "Emergency Response": no one's name, but a
        # body's that acts on its own ("Destination Gotland said it would add two extra sailings")
        return [make_mention(text, start, end, "org", surface, evidence="cue")] if body_cue_after(text, end) else []
    if _OCCUPIED_BEFORE.search(text, max(0, start - 20), start):
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "the occupied Syrian Golan"
    if len(run) > 1 and (body_cue_after(text, end) or nation_and_word(run) or service_of_a_land(run)):
        return [make_mention(text, start, end, "org", surface, evidence="cue")]  # "Goldman Sachs cut its forecast"
    if len(run) > 2 and not run[-1].possessive and run[0].text not in COMPASS and (
            gazetteer().places.get(text[run[1].start:end]) in gazetteer().countries):
        return [make_mention(text, start, end, "org", surface, evidence="cue")]  # "Maritime New Zealand", "Cricket South
        # Africa": a word before a country's name of two words is a public body, as "Police Scotland" is
    if len(run) > 1 and _CONSTITUENCY_OF.match(text, run[-1].end) and run[-1].text.rstrip("’'s") in COMPASS:
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "Harnford West's new MP": a seat
    if len(run) > 1 and before and before[-1] == "at" and _KNOWN_PLACE_AFTER.match(text, end) and not (
            len(before) >= 2 and before[-2] in _WORK_AT):
        place = _KNOWN_PLACE_AFTER.match(text, end).group(1)
        if (lookup(place) or ("place",))[0] == "place" and place not in _CALENDAR_WORDS:
            return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "recorded at Brizlee Wood in
            # Northumberland": a spot within a place (one no list knows, or a known place)
    if len(run) > 2 and gazetteer().places.get(run[-1].text) in gazetteer().countries and not run[-1].possessive:
        return [make_mention(text, start, end, "org", surface, evidence="cue")]  # "pollster Indikator Politik
        # Indonesia": a name of three words or more ending in a country's is a body's, never a person's
    if len(run) > 1 and run[0].text in _PLACE_OPENERS:
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "at Old Trafford"
    if len(run) == 1 and _CAPITALS_JOINED.fullmatch(run[0].text):
        return [make_mention(text, start, end, "org", surface, evidence="cue")]  # "SUD-Rail", "CGT-Cheminots": a body's
        # initials joined to a word, never a person's name
    if home_of_person(text, start, end) or airport_of_city(text, tokens, first, last):
        return [make_mention(text, start, end, "place", surface, evidence="cue")]  # "Ria Kooiman, of Den Burg,"
    chunk = Chunk(first, last)
    if before and (before[-1] in ROLE_NOUNS or before[-1] in ("by",)) and len(run) > 1:
        return [person_mention(text, tokens, first, last, chunk, lower_role(text, tokens, first), "cue")]
    mention = person_mention(text, tokens, first, last, chunk, None, "shape" if len(run) > 1 else "bare")
    if mention.evidence == "bare" and speech_follows(tokens, last) and not (before and before[-1] in _PLACE_PREPOSITIONS):
        mention = replace(mention, evidence="speech")
    elif (mention.evidence == "bare" and first > 0 and tokens[first - 1].text.lower() in _PLACE_AFTER
          and not run[-1].possessive and run[-1].text not in ORG_HEADS
          and not (first > 1 and tokens[first - 2].text.lower() in _NOT_PLACE_IN)):
        mention = replace(mention, kind="place")  # "troops in Kavora": still bare, a place only when the story
        # names it so twice (entity_kinds.places_named_twice)
    return [mention]


_CONSTITUENCY_OF = re.compile(r"(?:['’]s)?\s+(?:(?:new|former|newly\s+elected|sitting|local)\s+)?(?:MP|MPs|MSP|councillors?"
                              r"|voters|constituency|seat)\b")
"""What a seat has, after its possessive name: "Harnford West's new MP" (a name ending in a compass word: "Leeds
Central", not "Labour's MP", whose party is its own)."""
_KNOWN_PLACE_AFTER = re.compile(r"(?:\s+in|,)\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)(?=\s*[,.;:)]|\s+(?:on|in|at"
                                r"|and|was|were|is|after|before|during|when|where)\b)")
"""A place right after a name, by "in" or a comma: "at Brizlee Wood in Northumberland", "at Capel Curig, Wales," (the
name then is a spot within it)."""
_CALENDAR_WORDS = WEEKDAYS | MONTHS
_WORK_AT = frozenset("works worked working work job jobs employed employee employees director executive chief head "
                     "stake shares".split())
"""Words before "at" whose name after it is an employer ("works at Goldman Sachs in London")."""


_OWNED_BEFORE = re.compile(r"\w-(?:owned|listed|headquartered)\s+$")
"""Glued endings of the word before a name that make the name a business: "Boskalis-owned Smit Salvage",
"Nasdaq-listed Nvidia", "family-owned Delta Tankers" (people are not owned nor listed)."""
_NOT_BODY_TAILS = frozenset("Section Sections Article Articles Clause Rule Rules Meeting Meetings Summit Session "
                            "Pro Plus".split())
"""Last words that make initials and a word a part of a law, a meeting or a product, not a body: "IPC Section",
"OPEC Ministerial Meeting", "POLITICO Pro"."""
_REGION_AFTER = re.compile(r",\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)(?=\s*[,.;)]|-based\b|$)")
"""A place's name after a comma that closes there: "Jackson, Mississippi,", "Trenton, New Jersey."."""


_NEAR_AFTER = re.compile(r",\s+(?:near|outside|close\s+to)\s+(?:the\s+)?[A-Z]")


def _in_its_region(text: str, end: int) -> bool:
    """The name is followed by the state, region or country it lies in, as towns are placed ("from Lafayette,
    Louisiana,", "in Montgomery, Alabama"): a town's name is often a person's ("Jackson", "Lafayette"), but people are
    not written with their state after a comma and nothing more after "in" or "from" (an athlete's country follows
    the name in results: "Faith Kipyegon, Kenya,"); or by a place it lies near ("in Hernandarias, near Ciudad del
    Este")."""
    if _NEAR_AFTER.match(text, end):
        return True
    after = _REGION_AFTER.match(text, end)
    if after is None:
        return False
    place = gazetteer().places.get(after.group(1))
    return place is not None and (place in gazetteer().countries or place in gazetteer().country_of)


_NUMERALS = frozenset("II III IV".split())
"""A generation's numeral ending a person's name of two words or more: "John J. Ray III"."""


_PEOPLE_ENDINGS = ("ian", "ese", "ish")
"""Endings of a people's word, which "-born" follows too: "Tasmanian-born" (whereas "Hobart-born" names a place)."""


_OCCUPIED_BEFORE = re.compile(r"\b(?:the\s+)?(?:occupied|liberated|annexed)\s+$", re.IGNORECASE)
"""A land held or taken: what follows is a place ("the occupied Syrian Golan", not a body nor a person)."""
_CAPITALS_JOINED = re.compile(r"(?:[A-Z]{2,}-[A-Z][\w]*|[A-Z][\w]*-[A-Z]{2,})(?:['’]s)?")
"""One word of initials joined by a hyphen to another word or initials: "SUD-Rail", "CGT-Cheminots", "ABVV-BTB"."""


def _common_opener(text: str, run: list[Token]) -> bool:
    """The run's first word opens a sentence and may be a common word capitalised there ("Rival Sunni blocs"), not
    a name's own first word ("Anglo American on Friday rejected": "Anglo" is written nowhere in lower case)."""
    if not run[0].sentence_start or len(run) < 2:
        return False
    word = run[0].text
    return word.lower() in _OPENER_WORDS or re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


_OPENER_WORDS = frozenset("rival rivals fellow other both many some most several all".split())
"""Words that open a sentence before a people's adjective: "Rival Sunni blocs", "Many Iraqi officials"."""


_GATHERED_AT = frozenset("""fans supporters spectators crowd crowds tourists visitors pilgrims worshippers mourners
    attendees shoppers final finals semi-final match game fixture derby concert gig rally ceremony race talks
    summit silence vigil""".split())
"""A crowd or an event "at" a name, which is then a venue: "40,000 Rovers fans at Wembley", "the final at Wembley",
"a minute's silence at Mestalla"."""
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


_DWELLERS = frozenset("residents inhabitants outskirts people voters".split())
"""Who lives in, or the edge of, the name of several words after "of": "Residents of Jurf al-Sakhar", "the people of
Harnford West" (a lone word after them is left to entity_kinds.places_named_twice: "residents of Zakho")."""
_PLACE_ROLES = frozenset("mayor mayors governor governors prefect prefects".split())
"""Roles held "of" a place: "the mayor of La Canonja", "a former mayor of Canelones", "the prefect of Côte-d'Or" (a
French department's)."""
def _holiday(surface: str) -> bool:
    """A feast as any outlet spells it: "Eid al-Adha", "Eid Al Adha", "Eid ul-Adha"."""
    return _FOLDED_HOLIDAY.sub(" ", surface.lower()).replace(" ul ", " al ") in _HOLIDAY_KEYS


_FOLDED_HOLIDAY = re.compile(r"[\s-]+")
_HOLIDAY_KEYS = frozenset(_FOLDED_HOLIDAY.sub(" ", h.lower()) for h in HOLIDAYS)


COMPASS = frozenset("North South East West Central Latin Northern Southern Eastern Western Mainland".split())


_POSTPOSITIVE = frozenset("Royal Laureate".split())
"""Adjectives that follow the noun of an office: "Astronomer Royal", "Poet Laureate"."""


def _postpositive_title(tokens: list[Token], first: int, last: int) -> bool:
    """Two words, the second an office's adjective after its noun, after a possessive or "the": an office's title
    ("Scotland's Astronomer Royal"), where a person named so stands alone ("Ségolène Royal said")."""
    return (last == first + 1 and tokens[last].text in _POSTPOSITIVE and first > 0
            and (tokens[first - 1].possessive or tokens[first - 1].text.lower() == "the"))


_PLACE_OPENERS = frozenset({"Old"})
"""Adjectives that open a place's name but never a person's: "Old Trafford", "Old Town", "Old Delhi"."""


_ATTACK_NOUNS = frozenset("attack attacks strike strikes airstrike airstrikes raid raids assault bombing shelling".split())
"""What an attack is "on" is a place: "a rocket attack on Ain al-Asad" (not "Tower" of "Tower 22": see numbered)."""
_PLACE_AFTER = frozenset("in near outside across throughout".split())
"""An unknown name of several words after these is a place: people are rarely "in" anything."""
_HEADING_FOR = frozenset({("bound", "for"), ("headed", "for"), ("heading", "for"), ("route", "to"), ("flight", "to"),
                          ("contributed", "from"), ("reported", "from"), ("reporting", "from"),
                          ("flights", "to"), ("arrested", "from"), ("detained", "from"), ("nabbed", "from"),
                          ("rescued", "from"), ("evacuated", "from"), ("extradited", "from")})
"""Two words after which a name is where someone or something was going or was taken from: "bound for Sioux
Lookout", "en route to", "was arrested from Chhatrapati Sambhajinagar" (as Indian English says it)."""
_IN_NOT_WHERE = frozenset("resulted result results resulting ended ends engaged involved participated participate "
                          "interested succeeded invested believe believes believed trust faith confidence".split())
"""Words after which "in" tells no place: "the vote resulted in Salem Al-Issawi obtaining 158 votes"."""
_PLACE_PREPOSITIONS = frozenset("in at from near outside inside across of".split())
"""A lone name after these is where someone spoke, not who: "officials in Basra said"."""


_LINKING = frozenset("and or of from at with".split())
"""Words between two names that leave the first a speaker too ("Smith and Jones said", "Smith of Reuters said")."""


def speech_follows(tokens: list[Token], last: int) -> bool:
    """A speech verb follows within three words: "Rasool said", "Sudani earlier ... said"; not when the name only
    qualifies the speakers ("Hospital officials said")."""
    if last + 1 < len(tokens) and (tokens[last + 1].text in GROUP_NOUNS or tokens[last + 1].text in ROLE_NOUNS):
        return False
    if (last + 2 < len(tokens) and tokens[last + 1].text.islower() and tokens[last + 2].is_cap
            and tokens[last + 1].text not in SPEECH_VERBS and tokens[last + 1].text not in _LINKING):
        return False  # "Truck driver Shane Walker said": the name after the noun speaks
    for tok in tokens[last + 1 : last + 5]:
        if not tok.is_word:
            return False
        if tok.text in SPEECH_VERBS:
            return True
    return False
