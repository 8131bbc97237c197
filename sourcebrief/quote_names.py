"""Words in quotation marks that are a name, not words anyone said: a nickname inside a person's name ("Joel “JB”
Vowell"), a work's title ("Glass Hearts"), a ship's, an operation's or a base's name ("the ship “Pinocchio”", "the US
base “Tower 22”"), a term a document defines in brackets ("(“Khomas Zinc” or “the Company”)"). Read by ``quotes.quotation_spans``."""

from __future__ import annotations

import re


def quoted_name(text: str, start: int, close: int) -> bool:
    """Whether the quotation marks at ``start`` and ``close`` hold a name rather than a quotation."""
    return (_is_nickname(text, start, close) or _is_title(text[start + 1:close]) or _one_word_title(text, start, close)
            or _defined_term(text, start, close))


_QUOTED = re.compile(r"[“\"‘'][^“”\"‘’']{1,40}[”\"’']")
_DEFINING_WORDS = frozenset("or and the a an together collectively hereinafter referred to as".split())


def _defined_term(text: str, start: int, close: int) -> bool:
    """A short name a document defines in brackets after a body's name, not words anyone said: "Khomas Zinc
    Corporation (“Khomas Zinc” or “the Company”)", "(the “Company”)"."""
    opening, ending = text.rfind("(", max(0, start - 60), start), text.find(")", close, close + 60)
    if opening < 0 or ending < 0 or ")" in text[opening:start] or "(" in text[close:ending]:
        return False
    inside = text[opening + 1:ending]
    rest = _QUOTED.sub(" ", inside).replace(",", " ").replace(";", " ").lower().split()
    return len(text[start + 1:close].split()) <= 5 and all(word in _DEFINING_WORDS for word in rest)


_TITLE_SMALL_WORDS = frozenset("of the a an and in on to for at by with from or".split())


def _is_title(inner: str) -> bool:
    """ "Glass Hearts", "Blurred Lines,": two to six words in title case, a song's, book's or film's name, not
    words anyone said (those are a sentence, or lower case: "deserved more")."""
    words = inner.rstrip(",.").split()
    return (2 <= len(words) <= 6 and words[0][:1].isupper() and words[-1][:1].isupper()
            and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)
            and not any(ch in inner for ch in "!?;:"))


_TITLE_BEFORE = re.compile(r"\b(?:for|in|of|from|after|and|or|with|like|as|film|movie|song|album|book|novel|series|show"
                           r"|play|single|hit|drama|comedy|documentary|ship|vessel|tanker|freighter|boat|frigate"
                           r"|destroyer|carrier|yacht|operation|exercise|code-?named|base|camp|outpost|airbase|facility)\s+$")
_SPEECH_AFTER = re.compile(r"[,.!?]?[”\"’]?\s*(?:(?:he|she|they|it|we|I)\s+)?(?:said|says|told|added|asked|replied|wrote)\b")


_ONE_NAME = re.compile(r"[A-Z][A-Za-z’-]*(?:\s\d{1,4}[A-Z]?)?")


def _one_word_title(text: str, start: int, close: int) -> bool:
    """One capitalised word in quotes after a preposition or a noun for a work, with no one saying it: a film's or a
    book's name ("best actor for “Kingmaker.”", "after “Parasite” and “Anora.”"), a ship's or an operation's ("targeted
    the ship “Pinocchio”"), not words anyone said
    ("“Disgusting,” he said")."""
    inner = text[start + 1 : close].strip().rstrip(",.")
    if not _ONE_NAME.fullmatch(inner):  # "Pinocchio", "Tower 22" (a base's name and number)
        return False
    return (_TITLE_BEFORE.search(text, max(0, start - 20), start) is not None
            and not _SPEECH_AFTER.match(text, close + 1))


def _is_nickname(text: str, start: int, close: int) -> bool:
    """ "Joel “JB” Vowell": a short capitalised word quoted between two name words."""
    inner = text[start + 1 : close]
    if len(inner) > 15 or len(inner.split()) > 2 or not all(w[:1].isupper() for w in inner.split()):
        return False
    before = re.search(r"([A-Z][\w.’'-]*)\s$", text[max(0, start - 40) : start])
    after = re.match(r"\s[A-Z]", text[close + 1 : close + 3])
    return bool(before and after)
