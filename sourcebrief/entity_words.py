"""Split text into word tokens: each word with its place, its possessive, a peeled prefix or adjective suffix, and
whether it opens a sentence (entity_tokens groups them into name chunks)."""

from __future__ import annotations

import re
from typing import NamedTuple

from .entity_lexicon import ADJ_SUFFIXES, PREFIXES

_ACR = r"(?:[A-Z]\.){2,}"
_PIECE = rf"(?:{_ACR}|[^\W\d_]\w*)"
_WORD = rf"{_PIECE}(?:[-'’](?:{_ACR}|[^\W_]\w*))*"
_AMPERSAND_INITIALS = r"[A-Z]{1,3}&[A-Z]{1,3}s?(?![\w&])"
"""Initials joined by an ampersand, one name ("J&J", "AT&T", "S&P", "M&S"): never split into lone letters."""
_TOKEN_RE = re.compile(rf"(?P<word>{_AMPERSAND_INITIALS}|{_WORD})|(?P<other>\S)")
_NAME_PARTICLE_RE = re.compile(r"^(?:(?:al|el|ad|ash|as|an|ar|at|az|bin|ibn|bint|abu|abd)-|d['’])[A-Z]")
"""A lower-case particle glued to a name's word: "al-Sudani", "d'Angerville" (French "de" before a vowel)."""
OPEN_QUOTES = "“‘«\"'"
CLOSE_QUOTES = "”’»\"'"
ABBREVIATIONS = frozenset("Mr Mrs Ms Dr Prof Gen Lt Col Capt Sgt Spc Pfc Cpl Pvt St Jr Sr Maj Adm Brig Rep Sen No vs etc"
                           .split())


class Token(NamedTuple):
    """One word or punctuation mark with its place in the text (a named tuple: made for every word, so cheap)."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset after the last character (possessive ending excluded)."""
    text: str
    """The characters of the token (without a possessive ``'s``)."""
    is_word: bool
    """True for words, False for punctuation."""
    possessive: bool = False
    """The word carried ``'s`` / ``’s``, which ends a name."""
    modifier: bool = False
    """The word carried an adjective suffix ("US-led"), which ends a name."""
    prefixed: bool = False
    """The word followed a prefix ("anti-", "pro-")."""
    sentence_start: bool = False
    """The word opens a sentence, a quotation or a paragraph."""

    @property
    def is_cap(self) -> bool:
        """Starts with a capital letter (or is a name particle like al-Sudani); not a description joined by "-of-"
        that opens a sentence: "Mum-of-two Lisa Hartley" (a name's lower-case tail has none: "Stoke-on-Trent")."""
        text = self.text
        return self.is_word and (text[0].isupper() and not ("-of-" in text and text[-1].islower())
                                 or (("-" in text or text[1:2] in "'’") and bool(_NAME_PARTICLE_RE.match(text))))

    @property
    def is_acronym(self) -> bool:
        """All capitals, two letters or more (dots allowed, and a hyphen between two sets: "ABVV-BTB"): US, U.S.,
        IRGC."""
        letters = self.text.replace(".", "").replace("&", "")
        parts = letters.split("-")
        return (self.is_word and len(letters) >= 2 and letters.isupper()
                and all(len(part) >= 2 and part.isalpha() for part in parts))


def _split_word(match: re.Match[str]) -> list[Token]:
    """Turn one regex word into tokens: peel prefixes, suffixes and possessives."""
    start, text = match.start(), match.group()
    tokens: list[Token] = []
    prefixed = False
    head, _, rest = text.partition("-")
    if rest and head.lower() in PREFIXES and rest[:1].isupper():
        tokens.append(Token(start, start + len(head) + 1, text[: len(head) + 1], True))
        start, text, prefixed = start + len(head) + 1, rest, True
    possessive = False
    if len(text) > 2 and text[-2] in "'’" and text[-1] == "s":
        text, possessive = text[:-2], True
    modifier = False
    parts = text.split("-")
    if len(parts) > 1 and parts[-1] in ADJ_SUFFIXES and parts[0][:1].isupper():
        suffix = "-".join(parts[1:])
        head_text = text[: len(text) - len(suffix) - 1]
        tokens.append(Token(start, start + len(head_text), head_text, True, modifier=True, prefixed=prefixed))
        tokens.append(Token(start + len(head_text), start + len(text), text[len(head_text):], True))
        return tokens
    tokens.append(Token(start, start + len(text), text, True, possessive, modifier, prefixed))
    return tokens


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with sentence starts marked."""
    out: list[Token] = []
    starts_sentence = True
    for match in _TOKEN_RE.finditer(text):
        if match.lastgroup == "word":
            word = match.group()
            if "-" not in word and not (len(word) > 2 and word[-2] in "'’" and word[-1] == "s"):
                # Most words: nothing to peel (what _split_word would make, without the call).
                out.append(Token(match.start(), match.end(), word, True, False, False, False, starts_sentence))
                starts_sentence = False
                continue
            words = _split_word(match)
            if starts_sentence:
                words[0] = words[0]._replace(sentence_start=True)
                starts_sentence = False
            out += words
            continue
        tok = Token(match.start(), match.end(), match.group(), False)
        previous = out[-1] if out else None
        out.append(tok)
        if "\n" in text[previous.end if previous is not None else 0 : tok.start]:
            starts_sentence = True
        if tok.text in ".!?" and not _is_abbreviation(previous, tok):
            starts_sentence = True
        elif tok.text in _OPENERS and _opens(text, tok):
            starts_sentence = True
    return out


_OPENERS = OPEN_QUOTES + ":;(—–"


def _opens(text: str, tok: Token) -> bool:
    """A quote mark opens when nothing but space or start precedes it."""
    if tok.text not in OPEN_QUOTES:
        return True
    return tok.start == 0 or not text[tok.start - 1].isalnum()


def _is_abbreviation(previous: Token | None, stop: Token) -> bool:
    """A full stop after "Mr", "Gen" or a single initial does not end a sentence."""
    if previous is None or not previous.is_word or previous.end != stop.start:
        return False
    word = previous.text
    return word in ABBREVIATIONS or (len(word) == 1 and word.isupper())

