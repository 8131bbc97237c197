"""Trim a chunk of capitalised words to the name it holds: drop the words capitalised only because they open a
sentence, describe the name or count it, and the honours and particles after it."""

from __future__ import annotations

from .entity_gazetteer import gazetteer
from .entity_lexicon import (
    COMMON_CAPS,
    COMPANY_SUFFIXES,
    EVENT_HEADS,
    GROUP_NOUNS,
    HONORIFICS,
    ORG_HEADS,
)
from .entity_tokens import Chunk, given_name_of_month
from .entity_words import Token
from .entity_lookup import KNOWN_KIND, lookup
from .entity_acronyms import MODEL_CODE
from .entity_roles import listed_portfolio_part, portfolio_second_part
from .entity_bodies import describes_a_body
from .entity_peoples import peoples_plural
from .entity_describers import describes_the_name


COUNT_WORDS = frozenset("Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Dozens Hundreds".split())


def trim_chunk(text: str, tokens: list[Token], chunk: Chunk, lower_words: set[str]) -> tuple[int, int]:
    """Drop leading words that are capitalised only because they open a sentence."""
    first, last = chunk.first, chunk.last
    while first <= last:
        tok = tokens[first]
        word = tok.text
        if not tok.is_word:
            first += 1  # "Kumer: No. People will read": punctuation left by a dropped word never opens a name
            continue
        if (word in KNOWN_KIND or word in gazetteer().places or word in HONORIFICS
                or word == "The" and _article_of_place(tokens, first, last)):
            break
        if word == "All" and _all_opens_body(tokens, first, last):
            break
        if word in _SUPERLATIVES and not tok.sentence_start and first < last:
            return last + 1, last  # "named the tournament's Most Valuable Player": an award's title, no one's name
        if word in _CHANT_VERBS and first < last and first > 0 and tokens[first - 1].text in _OPEN_QUOTES:
            first += 1  # "chanting “Arrest Yoon Suk Yeol!”": the verb of a slogan, no part of the name
            continue
        part_end = portfolio_second_part(tokens, first, last)
        if part_end is None:
            part_end = listed_portfolio_part(tokens, first, last)  # "Minister of the Environment, [Climate and
            # Energy] Bojan Kumer"
        if part_end is not None:
            first = part_end + 1  # "Minister of Foreign Affairs and [Expatriates] Ayman Safadi", "Minister of Budget
            continue  # and [Economic Planning], Atiku Bagudu": the portfolio's second part
        if (tok.sentence_start or word in _STORM_GRADES) and first < last and tokens[first + 1].text in EVENT_HEADS:
            first += 1  # "Powerful Typhoon Shanshan made landfall", "enhanced by Super Typhoon Carina": the storm's
            continue
        if describes_the_name(tokens, first, last):
            first += 1  # "Rival Japan Airlines said", "Passenger Aroha Tane said", "the French BEA": a word that
            continue  # describes whom the name names
        if tok.sentence_start and word.endswith("ist") and len(word) > 5 and last - first >= 2:
            first += 1  # "Reformist Masoud Pezeshkian has won": a leaning before a full name, capitalised by the
            continue  # sentence ("Nationalist", "Socialist", "Islamist")
        if word in _BODY_OPENERS and first < last and tokens[first + 1].text in ORG_HEADS:
            break  # "the Home Office", "Home Ministry"
        if (word in COMMON_CAPS and not (first < last and given_name_of_month(text, tokens, first))
                or (tok.sentence_start and word.lower() in lower_words)):
            first += 1  # (but "Jan De Nul": a given name, no month)
            continue
        if word in COUNT_WORDS and first < last and (tokens[first + 1].text in gazetteer().demonyms
                                                       or peoples_plural(tokens[first + 1].text)):
            first += 2  # "Two Russian oil tankers", "Three Japanese climbers", "Two Britons": a count of people or
            # things
            continue
        if word in COUNT_WORDS and first < last and any(
                (lookup(" ".join(t.text for t in tokens[first + 1:first + 1 + n])) or ("",))[0] == "place"
                for n in (1, 2, 3) if first + n <= last):
            first += 1  # "Three United States soldiers": a count, then the place its people are of
            continue
        if tok.sentence_start and first < last and _adjective_shape(word) and gazetteer().places.get(
                " ".join(t.text for t in tokens[first + 1:last + 1])) in gazetteer().countries:
            first += 1  # "Landlocked Hungary and Slovakia voted against": a country with an adjective opening the
            continue  # sentence, no person's name
        if tok.sentence_start and first == last and not tok.is_acronym and not tok.possessive:
            if (word in gazetteer().demonyms or word.lower() in lower_words or word.lower() in GROUP_NOUNS
                    or word.endswith(("ing", "ly")) or describes_a_body(tokens, last)):
                first += 1
                continue
        break
    while last > first and tokens[last].text in ("of", "for", "the", "on", "in"):
        last -= 1
    if last > first and MODEL_CODE.fullmatch(tokens[last].text) and any(t.text == "&" for t in tokens[first:last]):
        last -= 1  # "two Pratt & Whitney PW1100G turbofans": a firm's name, without its product's code (not "the JAL
        # Airbus A350": an operator's model, no one name)
    while last > first + 1 and tokens[last].text in HONOURS:
        last -= 1  # "John Smith OBE said": the person, without the letters after the name
    return first, last


_ADJECTIVE_ENDINGS = ("ed", "ful", "ous", "less", "ing")
"""Endings of the adjectives that describe a country ("Landlocked", "Embattled", "Neighbouring"), which no given
name of eight letters or more has (unlike "Ted", "Alfred")."""


def _adjective_shape(word: str) -> bool:
    """A capitalised word shaped as an adjective: a long word with an adjective's ending, or a hyphen before a
    lower-case word ("Oil-rich", "Cash-strapped")."""
    return len(word) >= 8 and word.endswith(_ADJECTIVE_ENDINGS) or "-" in word and word.rsplit("-", 1)[1][:1].islower()


_SUPERLATIVES = frozenset("Most Best".split())
"""Words that open an award's title inside a sentence ("Most Valuable Player", "Best Young Player"), which no
person's or body's name starts with."""
_CHANT_VERBS = frozenset("Arrest Impeach Jail Free Release Oust Punish Resign Stop Save Expel Sack".split())
"""Verbs that open a slogan right after a quotation mark ("“Arrest Yoon Suk Yeol!”", "\"Free Alaa!\""): the
name chanted starts after them."""
_OPEN_QUOTES = frozenset("“\"‘'")


_BODY_OPENERS = frozenset("Home News".split())
"""Words of web furniture (entity_lexicon.COMMON_CAPS: "Home", "News") that open a body's name before its head:
"the Home Office", "News Corp"."""


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


_STORM_GRADES = frozenset({"Super", "Severe"})  # grades of a storm before its kind: "Super Typhoon", "Severe Tropical Storm"
HONOURS = frozenset("OBE CBE MBE KBE DBE BEM MEP MSP MLA PhD".split())
"""Letters after a person's name, no body's: "Smith OBE"."""
