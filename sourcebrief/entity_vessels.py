"""Ships' names, which look like people's ("the Visby Star", "the Aratere") but are none of our kinds: told by the
words around one mention, then dropped wherever the briefing writes them (analysis.without_vessels drops ships
named like places or bodies once resolved; these never become a person first)."""

from __future__ import annotations

import re
from dataclasses import replace

from .entity_keys import Found, name_key

_VESSEL_NOUNS = (r"(?:ship|vessel|tanker|freighter|ferry|yacht|frigate|destroyer|trawler|cruise\s+ship|liner"
                 r"|(?:aircraft|bulk|car|LNG)\s+carrier)")
"""Nouns for a vessel (a "flag carrier" is an airline)."""
_BEFORE = re.compile(r"(?:\b" + _VESSEL_NOUNS + r"\s+(?:the\s+)?|\b(?:aboard|on\s+board)\s+the\s+|\w-flagged\s+)$",
                     re.IGNORECASE)
"""A vessel's noun right before the name, boarding it, or its flag: "the ferry Visby Star", "aboard the Visby Star",
"the Liberian-flagged Nordic Harmony"."""
_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _VESSEL_NOUNS + r"\b", re.IGNORECASE)
"""An appositive naming a vessel: "the Dali, a Singapore-flagged vessel"."""
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_NOUN_AFTER = re.compile(r"\s+" + _VESSEL_NOUNS + r"\b(?!\s+(?:operator|company|line|firm|owner)s?\b)", re.IGNORECASE)
"""A vessel's noun right after a name that "the" opens: "the Visby Star ferry" (not "the third Delta Tankers ship",
the company's, nor "the Stena Line ferry operator", a body)."""
_SEA_VERB_AFTER = re.compile(r"\s+(?:(?:has|had|was|were)\s+)?(?:ran\s+aground|run\s+aground|grounded|sank|capsized"
                             r"|docked|berthed|dropped\s+anchor|lost\s+(?:power|propulsion|steering)\s+off"
                             r"|(?:was\s+)?towed\s+(?:in)?to\s+port)\b", re.IGNORECASE)
"""What only a vessel does, right after its name: "the company's Adriatic Dawn lost power off Brindisi", "the Ever
Given ran aground" (a person loses power, never "off" a coast)."""
_CARRIER_BEFORE = re.compile(r"\bcarriers?\s+(?:the\s+)?$")
_NAVAL = re.compile(r"\b(?:(?:war)?ships?|[Nn]av(?:y|ies|al)|fleets?|flotilla|frigates?|destroyers?|submarines?|vessels?"
                    r"|amphibious|flight\s+deck|strike\s+group|sailors|dockyard|shipyard|HMS|USS)\b")


def naval_carrier(text: str, start: int) -> bool:
    """The name at ``start`` follows the noun "carrier" in a passage about ships: an aircraft carrier's ("the assault
    ship USS Wasp and the Spanish carrier Juan Carlos I"), no airline's ("the Spanish carrier Iberia", where no ship
    is near)."""
    if _CARRIER_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    opens, ends = text.rfind(". ", max(0, start - 200), start), text.find(". ", start, start + 200)
    return _NAVAL.search(text, opens + 1, ends if ends >= 0 else start + 200) is not None  # (in its sentence)


SHIP_PREFIXES = frozenset("MV MS MT KMP KM HMS USS RMS INS HMAS HMCS HMNZS HNLMS FGS HDMS HSwMS KNM ORP EML".split())
"""Letters that open a ship's name ("the KMP Tunu Pratama Jaya", Indonesia's passenger ferries; "the MV
Sewol"): a ship, no body, though three capitals open bodies' names ("PSV Eindhoven")."""
_WEAK = frozenset({"shape", "bare", "speech"})
"""Evidence that a name is a person's by its look alone: a ship's name may bear it; a role or a title may not."""


def vessel_keys(found: list[Found]) -> set[str]:
    """Name keys of the names of two words or more that one sentence shows to be a ship's, unless some mention gives
    the name a cue of its own (a role, a known place or body): "Smoke rises from the Visby Star ferry" makes "the
    burning Visby Star" a ship too, not a person."""
    shown, cued = set(), set()
    for f in found:
        m = f.mention
        key = name_key(m.name)
        if " " in key and m.evidence not in ("gazetteer", "known") and _quoted_vessel(f):
            shown.add(key)  # "the ship, the “Berlin Express”": a ship, though "Express" heads newspapers' names
        elif m.evidence not in _WEAK:
            cued.add(key)
        elif " " in key and _shows_vessel(f):
            shown.add(key)
    return shown - cued


_QUOTED_BEFORE = re.compile(r"\b" + _VESSEL_NOUNS + r",?\s+(?:the\s+|named\s+|called\s+)?[“\"‘]$", re.IGNORECASE)
"""A vessel's noun, then its name in quotes: "the ship, the “Berlin Express”", "a tanker named “Sounion”"."""


def _quoted_vessel(f: Found) -> bool:
    """The mention is written in quotes right after a vessel's noun (_QUOTED_BEFORE)."""
    at = f.sentence.find(f.mention.text)
    return at > 0 and _QUOTED_BEFORE.search(f.sentence, max(0, at - 30), at) is not None


def _shows_vessel(f: Found) -> bool:
    """The words around this mention name a vessel."""
    at = f.sentence.find(f.mention.text)
    if at < 0:
        return False
    end = at + len(f.mention.text)
    return bool(_BEFORE.search(f.sentence, max(0, at - 30), at) or _AFTER.match(f.sentence, end)
                or naval_carrier(f.sentence, at)
                or _SEA_VERB_AFTER.match(f.sentence, end)
                or _THE_BEFORE.search(f.sentence, max(0, at - 4), at) and not f.mention.text.endswith("s")
                and _NOUN_AFTER.match(f.sentence, end))


def without_vessels(found: list[Found]) -> list[Found]:
    """The mentions that name no ship of the briefing (vessel_keys), a fleet's owner made a body (_owns_vessel)."""
    ships = vessel_keys(found)
    return [replace(f, mention=replace(f.mention, kind="org", evidence="cue")) if _owns_vessel(f) else f
            for f in found if name_key(f.mention.name) not in ships]


_OWNER_BEFORE = re.compile(r"\b(?:a|an|another|the\s+(?:first|second|third|fourth|fifth|latest|last|other|\w+th))\s+$")


def _owns_vessel(f: Found) -> bool:
    """A person by its shape alone between an article or an ordinal and a vessel's noun owns the vessel: "the third
    Delta Tankers ship" (a company: people's ships are written "Smith's ship"). A lone word there may name the
    waters the vessel sails as well as its owner ("another Wadden ferry", "a Channel ferry"): it stays a lone name,
    a body only where a body found elsewhere in the briefing bears it ("a Maersk vessel" after "Maersk said")."""
    m = f.mention
    at = f.sentence.find(m.text)
    if m.kind != "person" or m.evidence not in _WEAK or at < 0 or " " not in m.name:
        return False
    return bool(_OWNER_BEFORE.search(f.sentence, max(0, at - 16), at) and _NOUN_AFTER.match(f.sentence, at + len(m.text)))
