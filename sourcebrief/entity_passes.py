"""Passes over the mentions found in one text, once each name has a kind: acronyms and their spelled-out forms,
bracketed names, coordinated places, teams (by scores, results and signings), names of things and works that are no
one's, and lone capitalised words linked to the full names around them."""

from __future__ import annotations

import re
from dataclasses import replace

from .entity_gazetteer import gazetteer
from .entity_lexicon import ARTICLES
from .entity_mention import Mention
from .entity_words import Token


_DEF_RE = re.compile(r"\s*\(([A-Z][A-Z.&-]{1,9})\)")


def with_definitions(text: str, found: list[Mention]) -> list[Mention]:
    """Pair "Long Name (ACR)" both ways and give the acronym the long form's kind."""
    found = sorted(found, key=lambda m: m.start)
    out: list[Mention] = []
    for m in found:
        match = _DEF_RE.match(text, m.end)
        if out and m.start < out[-1].end:
            continue
        spelled = _spelled_out(text, m, out[-1].end if out else 0)
        if spelled is not None:
            out += [spelled, replace(m, name=m.text, alias=spelled.name)]
            continue
        if match and (m.kind != "place" or m.evidence in ("shape", "bare", "cue")
                      or m.evidence == "place-word" and _initials_of(m.text) == match.group(1)):
            long_form = _definition(text, m, match.group(1), out)
            if long_form and re.search(r"\sof(?:\sthe)?$", m.text.removesuffix(long_form).rstrip()):
                acr = match.group(1)  # "the Office of the … Commission of the Chinese Communist Party (CCP)": the
                out += [m, Mention(match.start(1), match.end(1), acr, "org", acr, None, "acronym", long_form)]
                continue  # acronym is the party's, not its office's
            if long_form:
                acr = match.group(1)
                kind = "org" if m.kind == "person" else m.kind
                out.append(replace(m, kind=kind, alias=acr, evidence="acronym" if m.kind == "person" else m.evidence))
                out.append(Mention(match.start(1), match.end(1), acr, kind, acr, None, "acronym", long_form))
                continue
        out.append(m)
    return out


_SPELLED_OUT_RE = re.compile(r"((?:[A-Z][a-z]+\s+(?:(?:of|for|and|on|the)\s+)*){1,7})\($")
"""Capitalised words right before an acronym's opening bracket, "of", "for", "and", "on" and "the" among them."""


def _spelled_out(text: str, m: Mention, after: int) -> Mention | None:
    """A body's name of common words that no rule reads as a name, spelled out before its acronym in brackets, whose
    initials are exactly the acronym's letters: "the Single Supervisory Mechanism (SSM)" (not "Prime Minister (PM)":
    a title, nor a name already found before the bracket)."""
    if m.evidence != "acronym" or m.kind != "org" or text[m.end:m.end + 1] != ")":
        return None
    found = _SPELLED_OUT_RE.search(text, max(after, m.start - 90), m.start)
    if found is None:
        return None
    words = found.group(1).split()
    initials = "".join(w[0] for w in words if w[0].isupper())
    if initials != m.text or len(words) < 2 or words[0] in ("The", "A", "An"):
        return None
    start = found.start(1)
    name = text[start:start + len(found.group(1).rstrip())]
    return Mention(start, start + len(name), name, "org", name, None, "acronym", m.text)


def bracketed_names(text: str, found: list[Mention]) -> list[Mention]:
    """ "Broad Front (Frente Amplio)", "The Houthis (Ansar Allah)": an organisation named again in brackets, in another
    language, is one organisation under two names (a person's party in brackets is not: "Orsi (Frente Amplio)"); so
    is one long word in brackets after a body's name of several words, not initials ("Public Health Agency of Sweden
    (Folkhälsomyndigheten)")."""
    out = list(found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.alias or b.alias or text[a.end:b.start] != " (" or text[b.end:b.end + 1] != ")":
            continue
        if b.name.split()[-1] in _PICTURE_WORDS:
            continue  # "on Centre Court (Getty Images)": a photo's credit, not a second name
        if a.kind == b.kind == "org" and (" " in a.name or a.evidence == "known") and " " in b.name:
            out[i - 1], out[i] = replace(a, alias=b.name), replace(b, alias=a.name)
        elif (a.kind == "org" and " " in a.name and b.kind == "person" and b.evidence == "bare"
              and (len(b.name) >= 6 or _short_name_of(a.name, b.name)) and not b.name.isupper()):
            # "Public Health Agency of Sweden (Folkhälsomyndigheten)": its own name; "Saudi Central Bank (Sama)"
            out[i - 1], out[i] = replace(a, alias=b.name), replace(b, kind="org", evidence="cue", alias=a.name)
        elif a.kind == "org" and b.kind == "person" and b.evidence == "shape" and " " in b.name:
            # "The Houthis (Ansar Allah)": a name with nothing of a person's, in brackets after a body, is its name
            out[i - 1], out[i] = replace(a, alias=b.name), replace(b, kind="org", alias=a.name)
    return out


_PICTURE_WORDS = frozenset("Images Photos Pictures Photography".split())
"""Last words of a picture agency's name, credited in brackets after a caption ("(Getty Images)")."""


def _short_name_of(body: str, word: str) -> bool:
    """A short word in brackets after a body's name is its short name when it starts with the body's initial: a
    British-style acronym written as a word ("Saudi Central Bank (Sama)", from its former name), not a person."""
    return len(word) >= 3 and word[0] == body[0] and word[1:].islower()


def _initials_of(name: str) -> str:
    """The capitals that open the words of a name, a hyphen parting words: "MCIA" of "Mactan-Cebu International
    Airport" (a place's letters are trusted only when they spell all of its words)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


def _definition(text: str, m: Mention, acr: str, before: list[Mention]) -> str | None:
    """The long form that ``acr`` abbreviates, if ``m`` (maybe with its possessor) fits it."""
    forms = []
    prev = before[-1] if before else None
    if prev and text[prev.end : m.start] in ("'s ", "’s "):
        forms.append(text[prev.start : m.end])
    forms.append(m.text)
    letters = acr.replace(".", "").replace("&", "").replace("-", "")
    for form in forms:  # first the words whose initials are exactly the letters, from the end ("Chinese Communist
        words = form.replace("-", " ").split()  # Party (CCP)" of a longer name holding other C's)
        for k in range(len(words) - len(letters), -1, -1):
            if "".join(w[0] for w in words[k:] if w[0].isupper()) == letters and words[k][0].isupper():
                return form if k == 0 else " ".join(words[k:])
    for form in forms:
        words = form.replace("-", " ").split()
        for k in range(len(words)):
            candidate = " ".join(words[k:])
            if _abbreviates(letters, words[k:]):
                return form if k == 0 else candidate
    if (m.kind == "org" and m.evidence == "org-word" and " " in m.text and letters not in _AGENCY_CREDITS
            and acr not in gazetteer().places):
        return m.text  # a body's name in another language's initials: "Kurdistan Workers' Party (PKK)" (not a place:
        # "Zydus Pharmaceuticals (USA) Inc.")
    return None


_AGENCY_CREDITS = frozenset("AP AFP AA EPA INA IRNA SANA WAM SPA KUNA MENA UPI DPA ANI PTI IANS".split())
"""Agencies whose initials in brackets after a name credit a photo or copy: "Members of the Popular Mobilization
Forces (AFP)" defines nothing."""


def _abbreviates(letters: str, words: list[str]) -> bool:
    """Initials match (at least two thirds, in order), or letters in order from the first, or every word's initial in
    another order: a name translated ("Panama Canal Authority (ACP)", from the Spanish)."""
    if not words:
        return False
    initials = "".join(w[0] for w in words if w[0].isupper() or w.isupper())
    if len(letters) >= 3 and len(initials) == len(words) and sorted(letters) == sorted(initials):
        return True
    if words[0][0].upper() != letters[0]:
        return False
    matched = 0
    for ch in initials:
        if matched < len(letters) and ch == letters[matched]:
            matched += 1
    if matched == len(letters) or (matched >= 3 and matched * 3 >= len(letters) * 2 and len(initials) >= matched):
        return True
    pos, flat = 0, " ".join(words).lower()
    for ch in letters.lower():
        pos = flat.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return len(words) >= 2


def coordinated_places(text: str, found: list[Mention]) -> list[Mention]:
    """ "the towns of Akasahat and Al Qaim": a name joined by "and" to a cued place, or to a known one after "to",
    "from", "in" ("divert to Barcelona and Algeciras")."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        between = text[prev.end : m.start] if prev else ""
        if prev and m.evidence in ("shape", "bare") and (
                (prev.kind == "place" and prev.evidence == "cue" and between in (" and ", ", "))
                or prev.kind == "place" and prev.evidence in ("gazetteer", "place-word") and between == " and "
                and _GOING_BEFORE.search(text, max(0, prev.start - 24), prev.start)
                or re.fullmatch(r" \((?:formerly|also known as|known as|or) ", between)):
            m = replace(m, kind=prev.kind, evidence="cue", role=None)
        out.append(m)
    return out


_GOING_BEFORE = re.compile(r"\b(?:(?:divert|diverted|diverting|sail|sailed|fly|flew|flights?|routes?|travell?ed|headed"
                           r"|heading|returned|moved|sent|evacuated) to|from|via|in|near"
                           r"|(?:services|trains|flights|ferries|buses|routes?|roads?|line|border|traffic) between)\s+$")
"""Where a known place follows, a name joined to it by "and" is another place: "divert to Barcelona and Algeciras",
"services between St. Moritz and Zermatt" (not "spoke to Jordan and Smith": "to" only after a going; not "talks
between France and Macron": "between" only after a way's or a service's noun)."""


def article_person(m: Mention) -> bool:
    """A person by shape alone whose name opens with a definite article: "El Niño", "Al Jazeera", "La Liga"."""
    return m.kind == "person" and m.evidence in ("shape", "bare", "speech") and m.text.split()[0] in ARTICLES


_AL_PREFIX = re.compile(r"^(?:al|el|Al|El)-")
"""The Arabic article opening a surname, or a place's name: "al-Safi", "Al-Qaim"."""


PLACED_BEFORE = re.compile(r"\b(?:(?<!confidence )(?<!faith )(?<!trust )(?<!belief )(?<!interest )(?<!stake )in|near"
                           r"|outside|(?:people|men|women|residents|\w+ers|\w+ees|\w+ists|is|are|was|were|come|comes"
                           r"|came) from)\s+$")
"""What puts a lone word where someone lives or works: "in", "near", "outside", and "from" after people or "are"
("two dockers from Torrent", "workers from Sagunto", "The missing men are from Breda"); a surname is not written so
(but one may have "confidence in Prates")."""


PLACED_PAIR_BEFORE = re.compile(r"\b(?:in|near|outside)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+and\s+$")
"""A place's preposition, a name and "and": the lone word after is the second of two places ("flown to hospitals in
Chur and Zurich")."""


def upgrade_bare(found: list[Mention], tokens: list[Token], keep_openers: bool = False) -> list[Mention]:
    """A lone word that is the surname or first name of a person named in full, or a
    name already classified in the text, takes that kind; other lone words that open a sentence are dropped (any
    word may be capitalised there) unless ``keep_openers`` (for a caller who links them only to a name the corpus
    classifies: "Microsoft and Alphabet reported" where "shares of Alphabet" is written elsewhere)."""
    people = {}
    named = {}
    for m in found:
        if m.evidence != "bare":
            named.setdefault(m.name, m.kind)
            if m.kind == "person" and " " in m.name:
                parts = m.name.split()
                people.setdefault(parts[-1], "person")
                people.setdefault(re.sub(r"^(?:al|el|Al|El)-", "", parts[-1]), "person")
    openers = {t.start for t in tokens if t.sentence_start}
    at = {t.start: k for k, t in enumerate(tokens)}
    out = []
    for m in found:
        if m.evidence == "bare":
            kind = named.get(m.text) or people.get(m.text)
            if kind == "person" and m.text not in named and m.start in at and PLACED_BEFORE.search(
                    " ".join(t.text for t in tokens[max(0, at[m.start] - 2):at[m.start]]) + " "):
                kind = None  # "two dockers from Torrent": a town, though the union's spokesman is Vicente Torrent
            if kind:
                m = replace(m, kind=kind, evidence="cue")
            elif m.start in openers and not keep_openers:
                continue
        elif m.kind == "place" and m.evidence == "gazetteer" and _AL_PREFIX.match(m.text) and (
                _AL_PREFIX.sub("", m.text) in people):
            m = replace(m, kind="person", name=m.text, evidence="cue")  # "Ezzeldin al-Safi …. Al-Safi told": his
            # surname, not the Moroccan port the gazetteer knows as Safi
        out.append(m)
    return out


_SCORE = r"\d{1,2}[-–]\d{1,2}\b(?![-–]?\d|,?\s*\d{1,2}[-–]\d)"
"""One match's score, "2-1", "5–3" (not a tennis or snooker line of sets, "6-4, 6-3")."""
_RESULT_AFTER = re.compile(r"(?:,\s+who)?\s+(?:have\s+|has\s+|had\s+)?(?:beat|beats|defeated|defeat|defeats|thrashed|edged|hammered"
                           r"|routed|drew|draw|draws|won|lost)(?:\s+(?:to|with|against|at))?"
                           r"(?:\s+(?:the\s+)?[A-Z][\w'’.-]*){0,4}\s+" + _SCORE)
_RESULT_BEFORE = re.compile(r"\b(?:beat|beats|beating|defeated|defeating|thrashed|edged|hammered|routed|drew\s+with"
                            r"|lost\s+to|against|versus|vs\.?)\s+(?:the\s+)?$")
_SCORE_AFTER = re.compile(r"\s+" + _SCORE)
_SCORED_BEFORE = re.compile(r"\b(?:drew|won|lost|draw|draws|wins|loses|held)\s+" + _SCORE + r"\s+(?:with|against|to|at"
                            r"|over|by)\s+(?:the\s+)?$|\bpoints\s+(?:clear\s+of|behind|ahead\s+of)\s+(?:the\s+)?$")
"""A team after its score: "drew 1-1 with Aston Villa", "lost 4-2 to the Orioles", "were held 0-0 at Getafe"; or
after a gap in the table: "four points clear of Ajax"."""
_TEAM_BEFORE = re.compile(
    r"(?:\bsign(?:ed|s|ing)?(?:\s+of)?\s+(?:(?:[A-Z][\w'’.-]*|[a-z-]+(?=\s+[A-Z]))\s+){1,6}(?:from|to)"
    r"|\b(?:appearances|goals|assists|debut|played|plays|playing|scored|scores|pitched|pitches|bench)\s+for"
    r"|\b(?:coach|manager|captain|striker|midfielder|defender|goalkeeper|winger|pitcher|outfielder|quarterback"
    r"|shortstop|infielder)\s+(?:of|at|for|with))\s+(?:the\s+)?$")
"""What comes before a team's name: "signed Germany midfielder Lukas Brenner from Bayer Leverkusen", "45 appearances
for Leverkusen", "coach of Bayer Leverkusen", "came off the bench for Napoli"."""
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_A_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+$")
"""An indefinite article right before a name: a kind of thing ("a Super Puma helicopter", "a Toyota Corolla")."""
_CRAFT_BEFORE = re.compile(r"\b[Tt]he\s+(?:burning|stricken|capsized|sunken|sinking|stranded|crippled|ill-fated"
                           r"|grounded|disabled|listing|hijacked|seized|damaged)\s+$")
"""What befalls a ship or a plane, between "the" and its name: "the burning Visby Star", "the stricken Aratere" (not
"the grieving Ann Lee", a person)."""
_OWNER_WORD_BEFORE = re.compile(r"\b(?:[Oo]ur|[Yy]our|[Ii]ts)\s+(?:[\w&]+\s+and\s+)?$")
"""A possessive word before a name no person is written after: "our T&C and Privacy Policy", "Your Daily Briefing"
(one may write "his John"; "our", "your" and "its" own things)."""
_MATCH_BEFORE = re.compile(r"(?:\b(?:game|games|match|matches|tie|fixture|clash|derby|final|semi-final|quarter-final)"
                           r"\s+(?:against|versus|vs\.?|with)|\b\d{1,2}[-–]\d{1,2}\s+(?:defeat|defeats|win|wins|victory"
                           r"|draw|loss|losses|thrashing|home\s+win|away\s+win)\s+(?:at|against|to|over|by|with|for))"
                           r"\s+(?:the\s+)?$")
"""What comes before a team in a fixture or a scored result: "Sunday's game against Chelsea", "a 2-1 defeat at West
Ham" (not "the defeat at Stalingrad": a result without a score may be a battle's)."""


def teams(text: str, found: list[Mention]) -> list[Mention]:
    """A name that plays is a team, an organisation, not a person or a city: "Bayer Leverkusen beat Bayern Munich
    2-1", "Manchester City beat Arsenal 3-0", "signed Victor Boniface from Leverkusen", "the Boston Red Sox" (a
    name of several words in the plural after "the": people are not "the John Smiths")."""
    out = []
    for m in found:
        if (m.kind == "person" and m.evidence in ("shape", "bare", "speech")
                or m.kind == "place" and m.evidence == "place-word") and plays(text, m):
            m = replace(m, kind="org", evidence="club", role=None)
        out.append(m)
    return out


_NOT_TEAM_SCORES = re.compile(r"\b(?:sets?|frames?|tie-?breaks?|legs)\b")
"""Words that make a score a tennis, snooker or darts player's: "beat Jannik Sinner 6-4 in the first set"."""


def plays(text: str, m: Mention) -> bool:
    """The words around ``m`` make it a team (see teams)."""
    left = text.rfind(". ", max(0, m.start - 100), m.start)
    right = text.find(". ", m.end, m.end + 100)
    if _NOT_TEAM_SCORES.search(text, max(left, m.start - 100, 0), right if right >= 0 else m.end + 100):
        return False  # (within the sentence)
    window = max(0, m.start - 100)
    if (_RESULT_AFTER.match(text, m.end) or _TEAM_BEFORE.search(text, window, m.start) and not _thing_of_a_body(text, m)
            or _SCORED_BEFORE.search(text, window, m.start) or _MATCH_BEFORE.search(text, window, m.start)):
        return True
    if _RESULT_BEFORE.search(text, window, m.start) and _SCORE_AFTER.match(text, m.end):
        return True
    words = m.text.split()
    return (m.kind == "person" and len(words) > 1 and words[-1][-1:] in "sx" and not words[-1].endswith(("ss", "'s", "’s"))
            and _THE_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
            and not _WHERE_THE_BEFORE.search(text, max(0, m.start - 16), m.start))


_WHERE_THE_BEFORE = re.compile(r"\b(?:in|near|across|through|below|above|beneath|into)\s+the\s+(?:[a-z]+\s+)?$")
"""A place's preposition before "the" and a plural name: a range or a group of islands ("mauled by a bear in the Low
Tatras", "below the central Low Tatras"), not a team ("beat the Boston Red Sox")."""


_THING_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?:\S*\d\S*|\([^()]{1,24}\)|[a-z]+ing)\s+){0,3}$")
_NUMBER_AFTER = re.compile(r" \d+(?=[.,;:)](?!\d)|$)")
_LETTER_AFTER_WORD = re.compile(r"[A-Z][a-z]+ [A-Z]")
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b(?![’'-])")
_NOT_NOUNS = frozenset("""and or but nor who whom whose which that to in on at for of with from by as into onto than then
    also later still now never already again himself herself itself has have had is was are were be been will would
    can could may might must shall should did does do said says told tells took made went came gave met left led spoke
    wrote began sent got saw became ran fell rose hit put set cut won lost beat held kept found thought knew brought
    bought sold paid stood sat lay read heard felt meant let flew drove rode grew drew threw wore tore swore broke chose
    spent built lent sent fought caught taught sought struck stuck dug hung shot quit last next this every each""".split())


def names_a_thing(text: str, m: Mention) -> bool:
    """A name of several words, a person's by its shape alone, written between "the" (with only measures or a
    participle between) and a common noun it qualifies names a thing: "the 70-meter-tall Super Heavy booster", "the
    returning Super Heavy first stage" (not "the grieving Ann Lee said": a verb follows); so does one with a number
    after it (not a score: "beat Ann Lee 6-4"), and one right after "the" ("the Maersk Halden lost power")."""
    if m.kind != "person" or m.evidence != "shape" or " " not in m.text:
        return False
    if _NUMBER_AFTER.match(text, m.end):
        return True  # "the Billboard Hot 100", "Apollo Soyuz 19": a chart or a model, not a person
    if _LETTER_AFTER_WORD.fullmatch(m.text):
        return True  # "the treaty's Annex C", "Article B": a part of a document or a plan, no one is named by a letter
    if (_THE_BEFORE.search(text, max(0, m.start - 4), m.start) or _A_BEFORE.search(text, max(0, m.start - 8), m.start)
            or _CRAFT_BEFORE.search(text, max(0, m.start - 24), m.start)
            or _OWNER_WORD_BEFORE.search(text, max(0, m.start - 24), m.start)):
        return True  # "the Maersk Halden lost power", "the Rio Grande", "a Super Puma helicopter": people are not "the
        # John Smith" nor "a John Smith" (nor "the burning Visby Star": a craft)
    return _noun_after(text, m.end) and _THING_BEFORE.search(text, max(0, m.start - 60), m.start) is not None


def _thing_of_a_body(text: str, m: Mention) -> bool:
    """A name after "the" that qualifies the noun after it names a body's thing, not a team: "general manager for the
    Orange River operation" (a mine's manager; "scored nine goals for Sporting last season" is a team's)."""
    return _THE_BEFORE.search(text, max(0, m.start - 4), m.start) is not None and _noun_after(text, m.end)


def _noun_after(text: str, end: int) -> bool:
    """A lower-case common noun right after a name, which the name qualifies: "the Super Heavy booster", "general
    manager for the Orange River operation"."""
    after = _NOUN_AFTER.match(text, end)
    return after is not None and after.group(1) not in _NOT_NOUNS and not after.group(1).endswith("ed")


_WORK_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|whose|\d{4}|new|latest|debut|first|last|final"
                          r"|[\w’']+['’]s)\s+(?:song|songs|single|album|hit|track|film|movie|novel"
                          r"|book|series|musical|opera|painting|documentary|podcast|sitcom|memoir)\s+$")
_OPEN_QUOTE = frozenset("“\"‘")
_CLOSE_QUOTE = re.compile(r"[,.]?[”\"’]")
"""A quotation closing right after a name, a comma or the sentence's full stop inside it ("told CNBC's “Squawk Box
Europe.”")."""


def names_a_work(text: str, m: Mention) -> bool:
    """A name by its shape alone that is the title of a work: written in quotes ("Quinn's hit “Glass Hearts,”") or
    after a noun for one ("her 2021 hit Glass Hearts", "their song Paper Boats")."""
    if m.kind != "person" or m.evidence not in ("shape", "bare", "speech"):
        return False
    if m.start > 0 and text[m.start - 1] in _OPEN_QUOTE and _CLOSE_QUOTE.match(text, m.end):
        return True
    return _WORK_BEFORE.search(text, max(0, m.start - 50), m.start) is not None


_DISH_BEFORE = re.compile(r"\b(?:beef|chicken|pork|lamb|veal|duck|salmon)\s+$")
"""A meat right before a place's name makes a dish of it: "beef Wellington", "chicken Kiev"."""


def names_a_dish(text: str, m: Mention) -> bool:
    """A one-word place's name right after a lower-case meat names a dish, not the place ("eating beef Wellington at
    Patterson's home"; not "in Wellington")."""
    return m.kind == "place" and " " not in m.text and _DISH_BEFORE.search(text, max(0, m.start - 10), m.start) is not None


BEARINGS = frozenset("""north south east west northeast northwest southeast southwest north-east north-west
south-east south-west""".split())
"""Lower-case bearings before "of": what lies "east of" a name is a place, never a person nor a body."""


HAPPENED_IN = frozenset("fire fires blaze explosion blast earthquake quake flood floods landslide derailment".split())
"""Disasters "in" a lone name, which is then where they struck, a place: "a warehouse fire in Icheon"."""
