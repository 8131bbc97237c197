"""Find person, organisation and place mentions in English news text by rule."""

from __future__ import annotations

import re
from dataclasses import replace

from .entity_gazetteer import gazetteer
from .entity_lexicon import (
    CHAMBER_HEAD,
    CLUB_LEADS,
    CLUB_MARKS,
    CLUB_TAILS,
    COMMON_CAPS,
    THING_LEADS,
    THING_TAILS,
    HONORIFICS,
    NOT_ACRONYMS,
    ORG_HEADS,
    ORG_LEAD_ARTICLES,
    ORG_LEADS,
    PLACE_HEADS,
    PLACE_LEADS,
    GROUND_HEADS,
    PRODUCT_TAILS,
    ROLE_HEADS,
    SPEECH_VERBS,
    US_STATE_CODES,
    fold,
)
from .entity_tokens import Chunk, chunks, is_headline
from .entity_words import Token, tokenize
from .entity_mention import Mention
from .entity_lookup import lookup, make_mention
from .entity_acronyms import acronym_mention, model_name, registration
from .entity_roles import (appositive_after, company_of_title, person_with_title, holder_after, remit_holder_after, title_of,
                           titled_holder, whole_portfolio)
from .entity_context import COMPASS, by_context, speech_follows
from .entity_bodies import bodies_named_by_places
from .entity_remits import court_district
from .entity_spelled import JOINING_WORDS, spelled_whole
from .entity_nicknames import known_as
from .entity_chains import long_bodies
from .entity_vessels import SHIP_PREFIXES
from .entity_trim import COUNT_WORDS, HONOURS, trim_chunk
from .entity_titles import within_titles
from .entity_passes import (article_person, bracketed_names, coordinated_places, names_a_dish, names_a_thing, names_a_work,
                             teams, upgrade_bare, with_definitions)

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
    found = with_definitions(text, long_bodies(text, found))
    found = bracketed_names(text, found)
    found = known_as(text, found)
    found = coordinated_places(text, found)
    found = teams(text, found)
    found = within_titles(bodies_named_by_places(text, found))
    found = [m for m in found if not names_a_thing(text, m) and not names_a_work(text, m) and not names_a_dish(text, m)]
    found = [replace(m, evidence="bare") if article_person(m) else m  # "Al Busaidi": a full name's end, or "Al
             for m in found if not text.startswith("$", m.end)]  # Jazeera" (only a name found elsewhere may tell)
    found = upgrade_bare(found, tokens, keep_openers=include_weak)
    found = [m for m in found if len(m.text) > 1  # "the RER B and D lines", "Plan B": a letter names no one
             and not _BUTTON_AFTER.match(text, m.end) and not registration(text, m)]
    if not include_weak:
        found = [m for m in found if m.evidence != "bare"]
    return sorted(found, key=lambda m: m.start)


_BUTTON_AFTER = re.compile(r"\s+this\s+(?:page|article|story)\b")
"""What follows a page's buttons, whose words are no name: "Save Print this page", "Share this article"."""


def _classify(text: str, tokens: list[Token], chunk: Chunk, headline: bool,
              lower_words: set[str]) -> list[Mention]:
    """Mentions for one chunk (a compound like Israel-Hamas may give two)."""
    first, last = trim_chunk(text, tokens, chunk, lower_words)
    if first > last:
        return []
    run = tokens[first : last + 1]
    surface = text[run[0].start : run[-1].end]
    if headline:
        return _headline_mentions(text, run)
    words = surface.split()
    if len(words) > 1 and any(words[-1].endswith(end) and (lookup(" ".join([*words[:-1], words[-1][:-cut]])) or ("",))[0]
                              == "place" for end, cut in (("ans", 2), ("ers", 3))):
        return []  # "Costa Ricans", "South Koreans", "New Zealanders": the people of a place, not a person
    if len(words) > 1 and (words[-1] in THING_TAILS or fold(words[0]) in THING_LEADS) and not lookup(surface):
        return []  # "General Data Protection Regulation", "Rugby World Cup", "Ley Bases": a law or a contest, none of
        # our kinds
    if _HONOUR_BEFORE.search(text, max(0, run[0].start - 12), run[0].start):
        return []  # "the Order of St Andrew the Apostle": an honour's name, none of our kinds
    if len(run) > 1 and run[0].text in SHIP_PREFIXES and not lookup(surface):
        return []  # "HMS Queen Elizabeth", "USS Gerald R. Ford": a ship named after someone, none of our kinds
    if whole_portfolio(tokens, first, last) and not lookup(surface):
        return []  # "The Minister of Mines and Energy, Natangue Ithete": the title's portfolio, no body
    mention = _by_name(text, tokens, first, last, surface, chunk)
    if mention is not None:
        owner = company_of_title(text, tokens, first, mention)
        holder = _speaker_after_body(text, tokens, mention, last)
        return [owner, mention] if owner else [mention, holder] if holder else [mention]
    if len(run) == 1 and model_name(text, run[0].start, run[0].end):
        return []
    if len(run) == 1 and "-" in run[0].text and (_compound(run[0]) or _joins_demonyms(run[0].text)):
        return _compound(run[0])  # "Israel-Hamas", "Syrian-Jordanian"; else one name: "Rolls-Royce", "Nkweta-Salami"
    return by_context(text, tokens, first, last, surface)


_HONOUR_BEFORE = re.compile(r"\bOrder of (?:the )?$")
"""What opens an order of chivalry or merit, whose name after it is no one's ("Order of St Andrew", "Order of
Lenin")."""


def _headline_mentions(text: str, run: list[Token]) -> list[Mention]:
    """In Title Case lines trust only the gazetteer and well-known names."""
    out = []
    for k, tok in enumerate(run):
        if k >= 2 and run[k - 1].text == "of" and run[k - 2].text in ORG_HEADS:
            start = run[k - 2].start  # "Bank of England Governor Andrew Bailey": the body, not its place
            if out and out[-1].start >= start:
                out.pop()  # (a known head word alone: not two names)
            out.append(make_mention(text, start, tok.end, "org", text[start:tok.end], evidence="org-word"))
            continue
        known = lookup(tok.text)
        if known:
            out.append(make_mention(text, tok.start, tok.end, known[0], known[1], evidence=known[2]))
    return out


def _by_name(text: str, tokens: list[Token], first: int, last: int, surface: str,
             chunk: Chunk) -> Mention | None:
    """Classify from the words of the name itself."""
    run = tokens[first : last + 1]
    words = [t.text for t in run]
    start, end = run[0].start, run[-1].end
    if words[0] == "Operation" and len(words) > 1 or words[:2] == [CHAMBER_HEAD, "of"] and len(words) > 2:
        return make_mention(text, start, end, "org", surface, evidence="org-word")
    known = lookup(surface)
    if known:
        return make_mention(text, start, end, known[0], known[1], evidence=known[2])
    republic = _REPUBLIC_OF.match(surface)
    country = lookup(republic.group(1)) if republic else None
    if country and country[0] == "place":
        at = start + republic.start(1)  # "the Republic of Turkey": a country's formal name no list holds
        return make_mention(text, at, end, "place", country[1], evidence=country[2])
    if len(run) == 1 and run[0].is_acronym:
        return acronym_mention(text, run[0])
    if len(words) > 1 and all(w in COMPASS for w in words[:-1]) and (lookup(words[-1]) or ("",))[0] == "place":
        return make_mention(text, start, end, "place", surface, evidence="place-word")  # "Central Africa", "Eastern Europe"
    if _word_and_initials(run):
        return make_mention(text, start, end, "org", surface, evidence="org-word")  # "Samsung SDI"
    if (len(run) == 2 and run[1].is_acronym and run[1].text not in NOT_ACRONYMS | CLUB_MARKS | US_STATE_CODES
            and (lookup(words[0]) or ("",))[0] == "place"):
        return make_mention(text, start, end, "org", surface, evidence="org-word")  # "Africa CDC", "China CDC": a land's
        # own body named by its initials (a club's mark is left to the rule below: "Sevilla FC"; a state's code keeps
        # its town a place: "Washington DC")
    if _body_of_country(run):
        return make_mention(text, start, end, "org", surface, evidence="org-word")
    if len(words) > 1 and words[-1] in PRODUCT_TAILS:  # "Microsoft Windows": a body's product
        return make_mention(text, start, end, "org", surface, evidence="org-word")
    if len(words) > 2 and "&" in words[1:-1]:  # "Pratt & Whitney": people are not joined by "&"
        return make_mention(text, start, end, "org", surface, evidence="org-word")
    if len(words) == 3 and words[1] == "and" and words[2] in ORG_HEADS and (lookup(words[0]) or ("",))[0] == "place":
        return None  # "U.S. and Coalition forces": a country and a body, no name
    if court_district(words):
        return make_mention(text, start, end, "org", surface, evidence="org-word")  # "the Southern District of New York"
    if len(words) > 1 and _org_words(words):
        return make_mention(text, start, end, "org", surface, evidence="org-word")
    if len(words) > 1 and (_place_word(words) or _park(text, tokens, first, last)):
        return make_mention(text, start, end, "place", surface, evidence="place-word")
    if len(words) > 1 and (words[0] in CLUB_MARKS or words[-1] in CLUB_MARKS or words[-1] in CLUB_TAILS
                           or fold(words[0]) in CLUB_LEADS and not set(words) & ROLE_HEADS):
        return make_mention(text, start, end, "org", surface, evidence="club")  # "FC Barcelona", "Auckland FC",
        # "Westbury Athletic", "Bayern Munich"
    if len(words) == 2 and words[0].endswith(_PLACE_ADJECTIVE_ENDINGS) and words[1][:1].isupper():
        return make_mention(text, start, end, "place", surface, evidence="place-word")  # "Banská Bystrica", "Liptovský
        # Mikuláš": a Slovak or Czech town named by an adjective before its noun, which no given name ends as
    if len(words) > 2 and words[-2:] in (["City", "Hall"], ["Town", "Hall"]):
        return make_mention(text, start, end, "place", surface, evidence="place-word")  # "Hwaseong City Hall", "Crocus
        # City Hall": a building (a town's hall, a venue), its seat standing for a town's government too
    if len(words) > 1 and words[0] in ORG_LEAD_ARTICLES and fold(words[1]) in ORG_LEADS:
        return make_mention(text, start, end, "org", surface, evidence="org-word")  # "Te Pāti Māori", "La Liga Nacional"
    led = surface.split()  # ("St. Moritz": the lead's full stop is its own token)
    if (len(led) > 1 and fold(led[0]).removesuffix(".") in ORG_LEADS | PLACE_LEADS and (_ARTICLED_CAP_RE.match(led[1])
            or len(led) > 2 and led[1] in _ROMANCE_OF and led[2][:1].isupper()) and not set(words) & ROLE_HEADS):
        kind = "org" if fold(led[0]) in ORG_LEADS else "place"
        return make_mention(text, start, end, kind, surface, evidence=f"{kind}-word")
    inner = next((i for i, word in enumerate(words[1:-1], start=1)
                  if word in ORG_HEADS and word not in ROLE_HEADS), None)  # not "Competition Commissioner Vestager"
    while inner is not None and inner + 2 < len(words) and words[inner + 1] in ORG_HEADS - ROLE_HEADS - {"Air"}:
        inner += 1  # heads in a row end the name together: "an Estonian Air Force Robinson R44 helicopter" (not
        # "Air" that opens a facility's name: "Marine Corps Air Station Futenma")
    if inner is not None and not set(words[inner + 1:]) & ROLE_HEADS and not title_of(words):  # (not a
        # portfolio's "Services": "Minister of
        # Transport and Logistic Services Saleh Al-Jasser")
        # "an Alaska Airlines Boeing 737": the organisation, not a person "Alaska Airlines Boeing" (but "Alaska
        # Airlines CEO Ben Minicucci" is a person with a role)
        if (_unit_initials(words[inner + 1]) or all(w in UTILITY_TAILS for w in words[inner + 1:])
                or spelled_whole(text, tokens, first, last)  # "Zagreb Electric Tram company (ZET)"
                or words[inner + 1] in JOINING_WORDS  # the chunk went on past "and": "Adani Ports and Special
                # Economic Zone" (entity_spelled)
                or inner == len(words) - 2 and words[-1] in gazetteer().places and not run[-1].possessive):
            return make_mention(text, start, end, "org", surface, evidence="org-word")  # "Hutchison Ports ECT
            # Rotterdam": a body's unit, named by its own initials after the body's name; "Hokkaido Electric Power"
        return make_mention(text, start, run[inner].end, "org", text[start:run[inner].end], evidence="org-word")
    return person_with_title(text, tokens, first, last, chunk)


UTILITY_TAILS = frozenset("Power Gas Light Networks".split())
"""What a utility's name goes on with after "Electric" or "Energy": "Hokkaido Electric Power", "Tokyo Electric
Power", "SP Energy Networks"."""


def _unit_initials(word: str) -> bool:
    """Initials of three letters or more, no role's nor a known place's: what opens the name of a body's unit or
    terminal after the body's ("ECT" in "Hutchison Ports ECT Rotterdam"; not "CEO")."""
    return (len(word) >= 3 and word.isupper() and word.isalpha() and word not in ROLE_HEADS
            and word not in NOT_ACRONYMS and not lookup(word))




def _word_and_initials(run: list[Token]) -> bool:
    """A plain word then initials of three letters or more is a company's name ("Samsung SDI", "Hyundai AMC"): no
    person's name ends in initials but an honour's ("Smith OBE"); a known place's initials are left to
    _body_of_country ("Reform UK")."""
    if len(run) != 2 or run[0].is_acronym or not run[1].is_acronym or len(run[1].text) < 3 or "." in run[1].text:
        return False
    if run[1].text in NOT_ACRONYMS | CLUB_MARKS | US_STATE_CODES | HONOURS or lookup(run[1].text):
        return False
    return not (lookup(run[0].text) or run[0].text in ROLE_HEADS or run[0].text in HONORIFICS
                or run[0].text in COUNT_WORDS or run[0].text in COMMON_CAPS) and (  # not "Seven IRGC members"
        run[0].text[1:].islower())


def _body_of_country(run: list[Token]) -> bool:
    """A word then a country's initials is a body's name ("Reform UK", "Sky UK", "Amazon US"): no person's name ends
    in a country's code (a state's code keeps its town a place: "Washington DC"; a role is no name: "President
    US")."""
    if len(run) != 2 or not run[1].is_acronym or run[1].text in US_STATE_CODES or run[0].is_acronym:
        return False
    if lookup(run[0].text) or run[0].text in ROLE_HEADS or run[0].text in HONORIFICS:
        return False
    return (lookup(run[1].text) or ("",))[0] == "place" and run[0].text[1:].islower()


_REPUBLIC_OF = re.compile(r"(?:[A-Z][\w’']+ )?Republic of (?:the )?(.+)")
"""A country's formal name ("the Republic of Turkey", "the Federal Republic of Somalia"): the country after "of"
(entity_tokens joins "Republic of" to tell the "Republic of the Congo" from the DRC)."""


COMPANY_TAILS = frozenset("""Logistics Freight Fracht Logistik Spedition Reederei Rederi Werke Securities Solution
    Solutions Tours""".split())
"""A company's last word, no person's: a carrier's or a haulier's in English, German and Nordic names ("Kessler
Fracht", "Nordic Logistics", "Hansa Reederei"), a broker's ("Mirae Asset Securities"), a maker's ("LG Energy
Solution", whose "Energy" alone would end it), a travel firm's ("Savaii Tours"); unlike ORG_HEADS, neither "of" nor
"and" carries the name on past it ("Kessler Fracht of Hamburg", "Havlund and Kessler Fracht", "the Securities and Exchange Commission")."""
_PLACE_ADJECTIVE_ENDINGS = ("ský", "ská", "ské", "cký", "cká", "cké")
"""Endings of the Slovak and Czech adjectives that open towns' names ("Banská Bystrica", "Liptovský Mikuláš", "Český
Krumlov"): a given name never ends so (a surname may, after the given name: "Jan Novotný")."""
_ROMANCE_OF = frozenset("de del da do dos das di della des du".split())
"""The "of" of Spanish, Portuguese, Italian and French names, after their head word: "Puertos del Estado", "Banco de
España", "Domaine des Comtes Lafon"."""
_ARTICLED_CAP_RE = re.compile(r"(?:(?:al|el|an|ar|as|ad|ash|at|az|ed|es|ez|en)-)?[A-ZÀ-Þ]")
"""A capitalised word, accented too ("Ñandutí" of "Radio Ñandutí"), or one after an Arabic article ("el-Tineh" of "Ain
el-Tineh")."""


def _speaker_after_body(text: str, tokens: list[Token], body: Mention, last: int) -> Mention | None:
    """The person named right after a body's name, when the run goes on to say: "The head of the Popular
    Mobilization Forces [Faleh al-Fayyadh] said …" (the body's name ends at its head word; two to four name words
    follow, then a verb of saying)."""
    if body.kind != "org" or body.evidence != "org-word" or body.end >= tokens[last].end:
        return None
    rest = [i for i in range(len(tokens)) if body.end <= tokens[i].start and i <= last]
    if not 2 <= len(rest) <= 4 or not all(_NAME_WORD.fullmatch(tokens[i].text) for i in rest):
        return None
    if any(tokens[i].text in ORG_HEADS or lookup(tokens[i].text) for i in rest):
        return None
    said = re.match(r"\s+(\w+)", text[tokens[last].end:])
    if not said or said.group(1) not in SPEECH_VERBS:
        return None
    start, end = tokens[rest[0]].start, tokens[last].end
    return make_mention(text, start, end, "person", text[start:end], evidence="cue")


_NAME_WORD = re.compile(r"[A-Z][a-z’'-]+|(?:al|el|bin|ibn|abu)-[A-Z][\w’'-]+")


_RESIDENCES = frozenset({"House", "Palace"})
"""A residence named for its owner, two words: "Zardari House", "Bilawal House", "Yildiz Palace" (not "House of
Representatives", a body)."""


def _place_word(words: list[str]) -> bool:
    """The name ends in a place word, or one governs "of" inside it ("Botanical Garden of Viña del Mar"); a place
    word alone is a common noun ("City traders said"); a compass word after it names a side of it ("Parnell Square
    East")."""
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if len(words) > 2 and head in _SIDES:
        head = words[-2]
    return head in PLACE_HEADS or len(words) == 2 and words[-1] in _RESIDENCES


_SIDES = frozenset("North South East West Upper Lower".split())
"""Words naming a side of a street or a square after its head word: "Parnell Square East", "Merrion Square North"."""
_ROYALS = frozenset("King Queen Prince Princess Sheikh Emir Sultan".split())
"""Royal titles that open the names of grounds named after their holders ("King Salman Park")."""
_AGE_AFTER = re.compile(r",\s+\d{1,3}\s*[,.;)]")


def _park(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """A name ending in "Park" or "Field" is a ground ("at Fenway Park", "Hyde Park", "Tropicana Field, the baseball
    stadium") unless it is a person's: with a title or an honorific, speaking, or followed by an age or a role ("Grace
    Park, 34,", "Grace Park, a nurse,", "Sally Field said")."""
    run = tokens[first : last + 1]
    if run[-1].text not in GROUND_HEADS:
        return False
    royal = len(run) > 2 and run[0].text in _ROYALS and not any(t.text in ROLE_HEADS for t in run[1:])
    if not royal and any(t.text in ROLE_HEADS or t.text in HONORIFICS for t in run):
        return False  # (but "King Salman Park", "Queen Elizabeth Olympic Park": a ground named after a royal)
    return not (speech_follows(tokens, last) or _AGE_AFTER.match(text, run[-1].end) or appositive_after(text, tokens, last))


_CAMEL_TAIL = re.compile(r"[a-z]([A-Z][a-z]+)$")


def _org_words(words: list[str]) -> bool:
    """The name ends in an organisation word, or its plural ("Tailings Storage Facilities"), or in a word whose
    capitalised tail is one ("Spirit AeroSystems"), or one governs "of/for/in" inside it."""
    tail = _CAMEL_TAIL.search(words[-1])
    if (words[-1] in ORG_HEADS or words[-1].endswith("ies") and words[-1][:-3] + "y" in ORG_HEADS or words[-1] in COMPANY_TAILS or tail and tail.group(1) in ORG_HEADS) and (
            words[0] not in ROLE_HEADS):
        return True
    for i, word in enumerate(words[:-1]):
        if word in ORG_HEADS and words[i + 1] in ("of", "for", "in", "on") and not (
                word in ROLE_HEADS and (holder_after(words, i + 2) or remit_holder_after(words, i + 2))):  # ("Commissioner of
            # Police Kevin Smith", "Commissioner for Human Rights Michael O'Flaherty")
            return (not (set(words[:i]) & ROLE_HEADS) or words[:i] == [_GENERAL]) and not titled_holder(words, i + 2)
    return False


_GENERAL = "General"
"""A role's word that is an adjective right before a body's head: "General Authority for Statistics", "General
Directorate of Security" (not "General Smith of the Army")."""


def _joins_demonyms(word: str) -> bool:
    """ "Syrian-Jordanian": a hyphen joining words for peoples, an adjective, not a name."""
    return any(part in gazetteer().demonyms for part in word.split("-"))


def _compound(tok: Token) -> list[Mention]:
    """Split "Israel-Hamas" or "U.S.-Iraq" into the known names it joins."""
    out, offset = [], tok.start
    for part in tok.text.split("-"):
        known = lookup(part)
        if known:
            out.append(Mention(offset, offset + len(part), part, known[0], known[1], evidence=known[2]))
        offset += len(part) + 1
    return out
