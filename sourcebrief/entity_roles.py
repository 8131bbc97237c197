"""A person named with a title or a role: "Foreign Minister Fuad Hussein", "Mr Hussein", "Boeing CEO Dave Calhoun"."""

from __future__ import annotations

import re

from .entity_gazetteer import gazetteer
from .entity_lexicon import (COMMON_NOUN_ENDINGS, HONORIFICS, ORG_HEADS, PORTFOLIO_TAILS, ROLE_HEADS, ROLE_NOUNS,
                             ROLE_WORDS, SPEECH_VERBS)
from .entity_tokens import Chunk
from .entity_words import Token
from .entity_mention import Mention
from .entity_lookup import lookup, make_mention


_COMPANY_TITLES = frozenset("CEO Chief Chairman Chairwoman Founder Co-founder".split())
_PERSONAL_TITLES = HONORIFICS | frozenset("""Sheikh Sheikha Sayyid Sayyed Sultan Prince Princess Imam Ayatollah General Gen
    Gen. Lieutenant Colonel Col Col. Admiral Adm Adm. Brigadier""".split())
"""Titles that open a holder's name after the body a role is of: "Minister of Amiri Diwan Affairs [Sheikh] Mohammad
Al-Sabah", "Commander of US Central Command [General] Michael Kurilla"."""


_SERVICE_CHIEFS = frozenset("Fire Police Rescue Ambulance Emergency Safety Security".split())
"""Words for a public service whose chief is named by them alone, no company: "Fire Chief", "Police Chief"."""


def company_of_title(text: str, tokens: list[Token], first: int, mention: Mention) -> Mention | None:
    """The company whose chief a title names, written before it: "Boeing" of "Boeing CEO Dave Calhoun", "Apple" of
    "Apple Chief Executive Tim Cook" (only a company has a chief executive; a known place or body is found
    already)."""
    if mention.kind != "person" or mention.evidence != "role" or not mention.role:
        return None
    k = first
    while k < len(tokens) and tokens[k].end <= mention.start and tokens[k].text not in ROLE_HEADS:
        k += 1
    if not (first < k <= first + 3) or k >= len(tokens) or tokens[k].text not in _COMPANY_TITLES:
        return None
    owner = tokens[first:k]
    if len(owner) == 1 and owner[0].text in _SERVICE_CHIEFS:
        return None  # "Fire Chief Dean Whynot": a public service's chief, no company's
    if (any(not t.is_cap or t.possessive or t.is_acronym or t.text in ROLE_WORDS for t in owner)
            or any(text[a.end:b.start] != " " for a, b in zip(owner, tokens[first + 1:k + 1]))):
        return None
    start, end = owner[0].start, owner[-1].end
    if lookup(text[start:end]):
        return None
    return make_mention(text, start, end, "org", text[start:end], evidence="cue")


_MILITARY = re.compile(r"\b(?:army|military|troops|soldiers?|regiment|battalion|brigade|forces|defen[cs]e|marines?|navy"
                       r"|colonel|officers?|commander|veteran|retired|former)\b")
"""Words of the armed forces, around which "Col" is a colonel's rank."""


def _given_col(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """ "Col" without a stop, after a lower-case noun for who someone is and before one more name, with no word of the
    armed forces in the paragraph, is a given name (Colin's short form): "Local fisherman Col Baxter said"."""
    return (tokens[first].text == "Col" and first + 1 == last and first > 0 and tokens[first - 1].is_word
            and tokens[first - 1].text.islower() and tokens[first - 1].text not in _DETERMINERS
            and text[tokens[first].end:tokens[first + 1].start] == " " and not _MILITARY.search(text))


def person_with_title(text: str, tokens: list[Token], first: int, last: int,
                       chunk: Chunk) -> Mention | None:
    """ "Foreign Minister Fuad Hussein", "Mr Hussein", "Maj Gen Joel “JB” Vowell", "Apple Chief Executive Tim Cook"
    (up to three unknown words may name whose role it is, before its first title word)."""
    if _given_col(text, tokens, first, last):
        return person_mention(text, tokens, first, last, chunk, None, "shape")  # "Local fisherman Col Baxter"
    head, role_end, honor, owner = -1, -1, False, 0
    demonyms = gazetteer().demonyms
    for i in range(first, last + 1):
        word = tokens[i].text
        if word in ROLE_HEADS or word in HONORIFICS or word.split("-")[0] in ROLE_HEADS or _plural_title(word):
            head = role_end = i
            honor = word.rstrip(".") in {h.rstrip(".") for h in HONORIFICS}
        elif 0 <= head == i - 1 - (tokens[i - 1].text == ".") and lookup(word) and word not in ROLE_WORDS and word not in demonyms and i < last and (
                tokens[i + 1].is_cap and text[tokens[i].end:tokens[i + 1].start] == " "):
            break  # a name right after its title, though a place's too: "Sheikh [Sabah Al-Ahmad]", "President [Jordan
            # Bardella]", "Spc. [Kennedy Ladon Sanders]"
        elif 0 <= head == i - 1 and i == last and tokens[head].text in _ROYAL_TITLES and word not in demonyms:
            break  # a royal's one name, though a place's too: "Queen [Mary]", "Prince [George]"
        elif word in ROLE_WORDS or word in demonyms or lookup(word) or word == ".":
            role_end = i if head >= 0 else role_end
        elif head < 0 and owner < 3 and tokens[i].is_cap and not tokens[i].possessive:
            owner += 1
        elif head >= 0 and i + 1 <= last and tokens[i + 1].text in ROLE_HEADS and tokens[i].is_cap:
            role_end = i  # "Chief Commercial Officer": a word between two title words is the title's
        else:
            break
    if honor and owner:
        return None  # "Apple Mr Cook": not a title
    if head < 0:
        return None
    if head == first and tokens[first].text in _ROYAL_TITLES and first > 0 and tokens[first - 1].text in ("the", "The"):
        return None  # "the Queen Elizabeth will be joined", "the Queen Mary": a ship or a building named after a
        # royal (the royal is "the Queen" alone, or "the late Queen Elizabeth")
    head = role_end
    name_first = head + 1
    while name_first <= last and tokens[name_first].text == ".":
        name_first += 1
    if name_first > last or not tokens[name_first].is_cap:
        return None
    if tokens[role_end].text in ("of", "for", "the") and _chamber_then_name(tokens, name_first, last):
        name_first, head = name_first + 1, name_first  # "Speaker of the House Nabih Berri": the chamber, then a name
    elif tokens[role_end].text in ("of", "for", "the", "and") and _portfolio_end(tokens, name_first, last) is not None:
        head = _portfolio_end(tokens, name_first, last)  # "Minister for Economic Affairs Mohannad Shehadeh",
        # "Minister of Transport and Logistic Services Saleh Al-Jasser"
        name_first = head + 1
    elif tokens[role_end].text in ("of", "for") and (name_first == last and after_portfolio_title(tokens, name_first)
                                                    or whole_portfolio(tokens, name_first, last)):
        return None  # "The Minister of Budget and Economic Planning": one word of a portfolio, no body's name; "The
        # Minister of Mines and Energy": a whole portfolio
    elif tokens[role_end].text in ("of", "for", "the"):  # "CEO of Boeing Commercial Airplanes": what the role is of
        titled = next((k for k in range(name_first + 2, last) if tokens[k].text in _PERSONAL_TITLES), None)
        if titled is not None and tokens[titled + 1].is_cap:
            # "Minister of Amiri Diwan Affairs Sheikh Mohammad Al-Sabah": the body, then a title and its holder
            return person_mention(text, tokens, titled + 1, last, chunk, _role_text(text, tokens, first, titled), "role")
        listed = _listed_portfolio_end(tokens, name_first, last)
        if listed is not None:  # "Minister of Ports, Shipping and Waterways Sarbananda Sonowal"
            return person_mention(text, tokens, listed + 1, last, chunk, _role_text(text, tokens, first, listed), "role")
        body_end = _head_then_holder(tokens, name_first, last)
        if body_end is not None:  # "Superintendent of Police Ramesh Lekhak": a rank named by its force, then its holder
            return person_mention(text, tokens, body_end + 1, last, chunk, _role_text(text, tokens, first, body_end), "role")
        start, end = tokens[name_first].start, tokens[last].end
        known = lookup(text[start:end])
        kind = known[0] if known else "org"
        return make_mention(text, start, end, kind, known[1] if known else text[start:end], evidence="cue")
    if any(tokens[i].text in ROLE_WORDS and tokens[i].text[0].isupper()
           for i in range(name_first, last + 1)):
        return None
    if not honor and tokens[last].text in ORG_HEADS and not tokens[last].possessive:
        start, end = tokens[first].start, tokens[last].end  # "Premier League", "the EU's General Court": a body
        return make_mention(text, start, end, "org", text[start:end], evidence="org-word")  # named with a title word
    if name_first == last and common_noun(tokens[last].text):
        return None  # "Director of Force Generation": a portfolio's last word, no one's name
    role = None if honor else _role_text(text, tokens, first, head)
    return person_mention(text, tokens, name_first, last, chunk, role, "honorific" if honor else "role")


def common_noun(word: str) -> bool:
    """The word ends as abstract and common nouns do and no name does (entity_lexicon.COMMON_NOUN_ENDINGS)."""
    lower = word.lower()
    return any(lower.endswith(end) and len(lower) >= shortest for end, shortest in COMMON_NOUN_ENDINGS)


def _listed_portfolio_end(tokens: list[Token], name_first: int, last: int) -> int | None:
    """The last word of a portfolio listed with commas and "and" after a title's "of" or "for", when two name-like
    words or more follow its one-word last item ("Minister of Ports, Shipping and Waterways Sarbananda Sonowal");
    None for any other run."""
    ands = [k for k in range(name_first, last + 1) if tokens[k].text == "and"]
    if not ands or not any(tokens[k].text == "," for k in range(name_first, ands[0])) or last - ands[-1] < 3:
        return None
    rest = tokens[ands[-1] + 2:last + 1]
    return ands[-1] + 1 if all(name_like(t) and t.text not in ROLE_WORDS for t in rest) else None


def _head_then_holder(tokens: list[Token], name_first: int, last: int) -> int | None:
    """The index of a body's head word after a title's "of" when two name-like words or more follow it to the end
    ("Superintendent of Police Ramesh Lekhak", "Commissioner of Police Kevin Smith"): the title ends there and a
    person holds it; None when the body's name runs to the end ("CEO of Boeing Commercial Airplanes")."""
    for k in range(last - 2, name_first - 1, -1):
        if tokens[k].text in ORG_HEADS:
            rest = tokens[k + 1:last + 1]
            return k if all(name_like(t) and t.text not in ORG_HEADS and t.text not in ROLE_WORDS
                            for t in rest) else None
    return None


_ROYAL_TITLES = frozenset("King Queen Prince Princess Emperor Empress Pope".split())
"""Titles that royals and popes hold before one given name, which may be a place's too: "Queen Mary" (Mary is a
city in Turkmenistan), "Prince George"."""


_PLURAL_TITLES = frozenset("Minister Governor Senator President Secretary Ambassador Commissioner Envoy Mayor".split())
"""Titles written in the plural before the first of the names that hold them: "Deputy Governors Sarah Breeden and
Dave Ramsden", "Foreign Ministers Igli Hasani and …" (not "Kings", which ends a team's name)."""


def _plural_title(word: str) -> bool:
    """A title of _PLURAL_TITLES in the plural ("Governors", "Secretaries")."""
    return (word.endswith("ies") and word[:-3] + "y" in _PLURAL_TITLES
            or word.endswith("s") and word[:-1] in _PLURAL_TITLES)


def _portfolio_end(tokens: list[Token], name_first: int, last: int) -> int | None:
    """The last word of a minister's portfolio after "for" or "of", when a name of two words or more follows it:
    "Economic Affairs" of "Minister for Economic Affairs Mohannad Shehadeh" (a body "of" has no such word: "CEO of
    Boeing Commercial Airplanes")."""
    for k in range(last - 2, name_first - 1, -1):
        if tokens[k].text in PORTFOLIO_TAILS:
            rest = tokens[k + 1:last + 1]
            return k if all(name_like(t) and t.text not in ROLE_WORDS for t in rest) else None
    return None




_PORTFOLIO_HOLDERS = frozenset("Minister minister Ministers ministers Secretary secretary".split())
"""Titles whose "of" or "for" is followed by a portfolio, a remit named in capitals and no body's or person's name:
"Minister of Budget and Economic Planning"."""


def after_portfolio_title(tokens: list[Token], first: int) -> bool:
    """The run starting at ``first`` comes right after a portfolio holder's "of" or "for" ("Minister of [Budget]")."""
    return first >= 2 and tokens[first - 1].text in ("of", "for") and tokens[first - 2].text in _PORTFOLIO_HOLDERS


def whole_portfolio(tokens: list[Token], first: int, last: int) -> bool:
    """The run is a portfolio ending in a ministry's word, after a portfolio holder's "of" ("The Minister of [Mines and
    Energy], Natangue Ithete") or after its first part and a comma: a remit, no body's name."""
    return (tokens[last].text in ORG_HEADS or tokens[last].text in PORTFOLIO_TAILS) and (
        after_portfolio_title(tokens, first) or _after_listed_portfolio(tokens, first))


def listed_portfolio_part(tokens: list[Token], first: int, last: int) -> int | None:
    """The index of the last ministry's word of a run that goes on a portfolio after its first part and a comma
    ("Minister of the Environment, [Climate and Energy] Bojan Kumer"); None when the run is no such part."""
    if not _after_listed_portfolio(tokens, first):
        return None
    ends = [i for i in range(first, last + 1) if tokens[i].text in ORG_HEADS or tokens[i].text in PORTFOLIO_TAILS]
    return ends[-1] if ends else None


def _after_listed_portfolio(tokens: list[Token], first: int) -> bool:
    """The run follows a portfolio's first part, of one to three capitalised words, and a comma: "Minister of the
    Environment, [Climate …]"."""
    if first < 2 or tokens[first - 1].text != ",":
        return False
    k = first - 2
    while k > 0 and tokens[k].is_cap and first - 2 - k < 3:
        k -= 1
    if k > 0 and tokens[k].text == "the":
        k -= 1
    return k < first - 2 and after_portfolio_title(tokens, k + 1)


def portfolio_second_part(tokens: list[Token], first: int, last: int) -> int | None:
    """The index of the last word of a portfolio's second part, when the run starting at ``first`` follows a
    portfolio's first part and "and" ("Minister of Budget and [Economic Planning], Atiku Bagudu", "Minister of
    Foreign Affairs and [Expatriates] Ayman Safadi"): the words through its last portfolio word, or the first word
    alone after "Affairs and"; None when the run is no such part."""
    if first < 2 or tokens[first - 1].text != "and":
        return None
    k = first - 2
    while k > 0 and tokens[k].is_cap and first - 2 - k < 3:
        if after_portfolio_title(tokens, k):
            ends = [i for i in range(first, last + 1) if tokens[i].text in PORTFOLIO_TAILS]
            return ends[-1] if ends else first if tokens[first - 2].text == "Affairs" else None
        k -= 1
    return first if tokens[first - 2].text == "Affairs" else None


_CHAMBERS = frozenset("House Parliament Senate Assembly Knesset Majlis".split())
"""A legislature named by one word, which a role's "of the" ends on before the holder's name."""


def _chamber_then_name(tokens: list[Token], name_first: int, last: int) -> bool:
    """ "House Nabih Berri" after "Speaker of the": a one-word chamber, then a name of two or more words."""
    return (tokens[name_first].text in _CHAMBERS and last - name_first >= 2
            and all(name_like(t) for t in tokens[name_first + 1:last + 1]))


def _role_text(text: str, tokens: list[Token], first: int, head: int) -> str:
    """The role words before a name, with a possessor or role noun just before them."""
    start = _role_start(text, tokens, first)
    return text[start : tokens[head].end]


def _role_start(text: str, tokens: list[Token], first: int) -> int:
    """Walk back over "Iraq's", "commander", "Dutch" to where the role begins."""
    start = tokens[first].start
    i = first - 1
    while i >= 0 and tokens[i].is_word and text[tokens[i].end : tokens[i + 1].start] in (" ", "'s ", "’s "):
        tok = tokens[i]
        if tok.text.lower() in ROLE_NOUNS or tok.possessive or tok.text in gazetteer().demonyms:
            start = tok.start
            i -= 1
            if tok.possessive:
                while i >= 0 and tokens[i].is_cap and text[tokens[i].end : tokens[i + 1].start] == " ":
                    start, i = tokens[i].start, i - 1
                break
            continue
        break
    return _owner_start(text, tokens, i, start)


_DETERMINERS = frozenset("the a an this that these those its their his her our your".split())


def _owner_start(text: str, tokens: list[Token], i: int, start: int) -> int:
    """Where a role begins once lower-case words before its title word are counted, when a known body or an
    acronym owns them: "EU antitrust chief", "Iraq’s prime minister", "Kremlin spokesman" (not "Analysts said chief
    …": no owner)."""
    j = i
    while (j >= 0 and i - j < 3 and tokens[j].is_word and tokens[j].text.islower()
           and tokens[j].text not in SPEECH_VERBS and tokens[j].text not in _DETERMINERS):
        j -= 1
    if j < 0 or not (tokens[j].is_acronym or lookup(tokens[j].text)):
        return start
    gaps = [text[tokens[k].end:tokens[k + 1].start] for k in range(j, i + 1)]
    return tokens[j].start if gaps[0] in (" ", "'s ", "’s ") and all(g == " " for g in gaps[1:]) else start


def person_mention(text: str, tokens: list[Token], first: int, last: int, chunk: Chunk,
            role: str | None, evidence: str) -> Mention:
    start, end = tokens[first].start, tokens[last].end
    if tokens[last].text.endswith(("’", "'")):
        end -= 1
    surface = text[start:end]
    name = surface
    if chunk.nickname and chunk.nickname[0] >= first:
        a, b = chunk.nickname
        name = (text[start : tokens[a].start] + text[tokens[b].end : end]).replace("  ", " ").strip()
    appositive = appositive_after(text, tokens, last)
    if appositive:
        role = f"{role}, {appositive}" if role else appositive
        evidence = "role" if evidence not in ("role", "honorific") else evidence
    return Mention(start, end, surface, "person", name, role, evidence)


_APPOSITIVE_RE = re.compile(r",\s+((?:the\s+|a\s+|an\s+)?[^,.;:“”\"()]{3,90}?)(?=\s*[,.;])")


def appositive_after(text: str, tokens: list[Token], last: int) -> str | None:
    """ ", military spokesman for Iraq’s prime minister," after a name."""
    match = _APPOSITIVE_RE.match(text, tokens[last].end)
    if not match:
        return None
    phrase = match.group(1)
    words = phrase.split()
    if len(words) > 9 or words[0].lower() in SPEECH_VERBS or words[0].lower() in ("who", "which", "and", "but"):
        return None
    if len(words) > 2 and words[-1] in SPEECH_VERBS:
        return None  # "killed in Kitengela, Kajiado County police commander Muthuri Mwongera said.": a new clause,
        # whose speaker holds the role
    if (words[0][:1].isupper() and not words[0].endswith(("'s", "’s")) and words[0] not in ROLE_WORDS
            and {"and", "or"} & set(words)):
        return None  # "Lufthansa, Siemens and SAP officials": the list goes on, it says nothing of the first name
    if any((w.lower().strip("’'s") in ROLE_NOUNS or w in ROLE_HEADS) and not _names_body(words, k)
           for k, w in enumerate(words)):
        return phrase
    return None


def _names_body(words: list[str], k: int) -> bool:
    """The capitalised word ``words[k]`` opens a body's name, as a title word can: "the Premier League champions"."""
    return words[k][:1].isupper() and k + 1 < len(words) and words[k + 1] in ORG_HEADS


def lower_role(text: str, tokens: list[Token], first: int) -> str | None:
    start = _role_start(text, tokens, first)
    if start == tokens[first].start or tokens[first - 1].text == "by":
        return None
    return text[start : tokens[first - 1].end]


def name_like(tok: Token) -> bool:
    if tok.text in "“”\"‘’'.":
        return True
    return tok.is_cap and not tok.is_acronym and not any(c.isdigit() for c in tok.text)


def title_of(words: list[str]) -> bool:
    """The name opens with a title "of" or "for" something ("Minister of Transport …", "Deputy Superintendent of
    Police Bishnu Khadka", "Union Minister of Ports, …"): a title's head word right before the first "of"."""
    at = next((i for i, w in enumerate(words) if w in ("of", "for")), 0)
    return at > 0 and words[at - 1] in ROLE_HEADS


def holder_after(words: list[str], at: int) -> bool:
    """From word ``at`` on, a body's head word then two capitalised words or more that are neither heads nor
    title words: a person holding the title named before ("Commissioner of Police Kevin Smith")."""
    heads = [k for k in range(at, len(words) - 2) if words[k] in ORG_HEADS]
    return bool(heads) and all(w[:1].isupper() and w not in ORG_HEADS and w not in ROLE_WORDS
                               for w in words[heads[-1] + 1:])


def titled_holder(words: list[str], at: int) -> bool:
    """From word ``at`` on, a title's head word then two capitalised words or more, none a title's or a body's word:
    the body's name is followed by its officer's title and name ("Bank of England Governor Andrew Bailey"), one
    person, not one body."""
    titles = [k for k in range(at, len(words) - 2) if words[k] in ROLE_HEADS and words[k] not in ORG_HEADS]
    if any(words[k] in ROLE_HEADS and words[k + 1] in ("of", "for") and remit_holder_after(words, k + 2)
           for k in range(at, len(words) - 4)):
        return True  # "Council of Europe Commissioner for Human Rights Michael O'Flaherty"
    return bool(titles) and all(w[:1].isupper() and w not in ROLE_WORDS and w not in ORG_HEADS
                                for w in words[titles[-1] + 1:])


def remit_holder_after(words: list[str], at: int) -> bool:
    """From word ``at`` on, a remit closed by a portfolio's word then two capitalised words or more, none a title's
    or a body's word: a person holding the title named before ("Commissioner for Human Rights Michael O'Flaherty",
    "High Commissioner for Refugees Filippo Grandi")."""
    tails = [k for k in range(at, len(words) - 2) if words[k] in PORTFOLIO_TAILS]
    return bool(tails) and all(w[:1].isupper() and w not in ROLE_WORDS and w not in ORG_HEADS
                               for w in words[tails[-1] + 1:])


_SIDES_OF_A_HOUSE = frozenset("Opposition Majority Minority".split())
"""Sides of a parliament before a role, wherever in the sentence ("talks with Opposition leader Peter Dutton",
"Senate Majority leader"): a side, no body's name."""
_ABSTRACT_ENDINGS = ("tion", "sion")
"""Endings of abstract common nouns ("Opposition", "Administration"): capitalised to open a sentence before a
role, such a word says what the role is about, not whose body it is."""


def abstract_opener(tok: Token) -> bool:
    """One word before a role is an adjective of the office ("Presidential spokesman Manuel Adorni", "Regional
    president Carlos Mazón"), or opens the sentence as an abstract common noun, no body's head word: "Opposition
    leader Shaktisinh Gohil" (not "Commission spokesman Eric Mamer", "Ecology spokesperson Maria Lopez", "Government
    spokesman …", whose words stand for a body named in full elsewhere)."""
    return tok.text.endswith(("ial", "onal")) or tok.text in _SIDES_OF_A_HOUSE or (tok.sentence_start and tok.text not in ORG_HEADS
                                                   and len(tok.text) >= 6 and tok.text.lower().endswith(_ABSTRACT_ENDINGS))
