"""A site's menu bar copied as one line: its links' labels run together, "World Europe US Americas Asia Australia
Middle East Africa", "Just In For You Politics World Business". Never a headline, though it is the first long line
of the page: its words are a menu's labels, each capitalised, with no punctuation and no verb between them."""

from __future__ import annotations

import re

_PHRASES = re.compile(r"\b(?:just in|for you|middle east|top stories|latest news|live news|most read|in pictures"
                      r"|long reads?|climate crisis|the big picture|formula (?:1|one)|rugby (?:union|league)|motor ?sport)\b",
                      re.IGNORECASE)
"""Labels of two words that menus share ("Just In", "For You", "Middle East"): one label each."""
_LABELS = frozenset(
    "home news world local national international business politics sport sports football opinion opinions culture"
    " lifestyle life style travel food health science tech technology environment climate economy money markets"
    " finance entertainment arts music film films books tv video videos audio podcasts podcast live explained features"
    " investigations weather photos gallery latest breaking newsletters europe africa asia americas australia"
    " us uk u.s. u.k. asia-pacific oceania pacific cricket tennis golf rugby athletics cycling boxing f1 nfl nba"
    " mlb nhl policy earth space".split())
"""A menu's one-word labels: sections, sports (a sports site's menu, "Home Football Cricket Formula 1") and the
world's regions (a country's name may sit between them, "Home Japan World Asia Sports")."""
_MENU_WORD = re.compile(r"(?:[A-Z][\w.'’-]*|&|[a-z]{1,2}[A-Z][a-z]+)")
_PRODUCT = re.compile(r"[a-z]{1,2}[A-Z][a-z]+")
"""A product's name in camel case among a menu's labels, "iPlayer", "eBay": a link to the site's own app or shop, a
label like the sections around it (no headline is a row of capitalised nouns with one of these among them)."""
_LEAST = 4
"""How many labels a menu line has at least ("News Opinion Sport Culture Lifestyle": five); fewer may be a headline
in title case."""


def is_menu_line(text: str) -> bool:
    """Whether a line is a menu bar's labels (see the module's docstring): four labels or more, known ones at least
    three in four of its words, every word capitalised and no punctuation."""
    words = text.split()
    labels = _PHRASES.split(text)
    if not 4 <= len(words) <= 16 or not all(_MENU_WORD.fullmatch(word) for part in labels for word in part.split()):
        return False
    phrases = len(labels) - 1
    singles = [word for part in labels for word in part.split()]
    known = phrases + sum(word.lower() in _LABELS or bool(_PRODUCT.fullmatch(word)) for word in singles)
    return known >= _LEAST and known * 4 >= (phrases + len(singles)) * 3


_SPACED_ITEM = re.compile(r"(?:[A-Z0-9][\w.'’&-]*)(?: (?:[A-Za-z0-9][\w.'’&-]*|&)){0,3}")
"""One item of a menu copied as one line with its links spaced apart: up to four words, the first capitalised."""


def spaced_menu(raw: str) -> str | None:
    """A menu bar copied as one line whose links stay two spaces apart or more ("Pharma  Manufacturing  Marketing",
    "Save  Share"), with a bar between its items so that later stages read it as a menu, never a headline or a
    byline ("Pharma | Manufacturing | Marketing"); None for any other line (prose with two spaces after a full stop
    has punctuation)."""
    items = re.split(r"\s{2,}|\t+", raw.strip())
    if len(items) < 2 or not all(_SPACED_ITEM.fullmatch(item) for item in items):
        return None
    return " | ".join(items)


_MENU_BELOW = 3
"""How many of a menu's items, one a line, under the page's first line make that line its masthead (two of them
labels a menu is known by)."""


_ACCOUNT_LINK = r"(?:subscribe(?: now)?|sign (?:in|up)|log ?in|log out|register|my account|join(?: our community| now)?)"
_ACCOUNT_BAR = re.compile(rf"{_ACCOUNT_LINK}(?:\s+\|\s+{_ACCOUNT_LINK}){{1,3}}", re.I)
"""A site's account bar on one line, "Subscribe | Sign in", "Log in | Join our Community": right under the page's
first line, it makes that line the masthead."""


_BREADCRUMB = re.compile(r"^(?:Home|Início|Inicio|Portada|Accueil|Startseite|Home ?page|Anasayfa)\s*[>›»/]\s*\w", re.I)
"""A page's breadcrumb trail, from its home page to the section: "Home > País", "Início › Sociedade"."""


_SKIP_LINK = re.compile(r"skip (?:to|navigation)\b", re.I)
"""A screen reader's link past the menu, "Skip to content": the page's first line, but never its name."""


def name_over_menu(texts: list[str]) -> str | None:
    """The page's first line when a menu's items follow it one a line ("Brasil de Fato" / "General" / "Politics" /
    "Environment" / "Latin America"), or its breadcrumb trail ("Observador" / "Home > País"), or its account bar ("Lloyd's List" / "Subscribe | Sign in"), or a section's
    label over the headline (see _named_section): a short name in title case, no label itself; None otherwise. Asked
    only when nothing else names the outlet."""
    first = texts[0].strip() if texts else ""
    words = first.split()
    bar = len(texts) > 1 and _is_menu_bar(texts[1].strip()) and not first.isupper()  # (a logo in capitals, "BØRSEN",
    # is page_marks.logo_over_page's to read) "kicker" / "Bundesliga | 2. Bundesliga | Transfers":
    if not 1 <= len(words) <= 4 or first.lower() in _LABELS or _SKIP_LINK.match(first) or not (first[:1].isupper() or bar and len(words) == 1) \
            or re.search(r"[.!?:;,|]", first):  # a brand in lower case over its menu bar
        return None
    if bar or len(texts) > 1 and (_ACCOUNT_BAR.fullmatch(texts[1].strip()) or _BREADCRUMB.match(texts[1].strip())):
        return first  # "Lloyd's List" / "Subscribe | Sign in": the name the account bar belongs to; "Observador" /
        # "Home > País": the site whose home page the trail starts from
    items = known = 0
    for text in texts[1:]:
        label = text.strip()
        if not 1 <= len(label.split()) <= 3 or not all(_MENU_WORD.fullmatch(word) for word in label.split()):
            break
        items, known = items + 1, known + (label.lower() in _LABELS or bool(_PHRASES.fullmatch(label)))
    return first if items >= _MENU_BELOW and known >= 2 or _named_section(first, texts[1:]) else None


_BAR_ITEMS = 3
"""How many links a menu bar on one line under the page's first line has at least to make that line the masthead
("Fierce Pharma" / "Pharma | Manufacturing | Marketing"); two may be a section's path ("World | Americas")."""


def _is_menu_bar(text: str) -> bool:
    """Whether a line is a menu's links between bars, as ``spaced_menu`` writes them, three or more."""
    items = text.split(" | ")
    return len(items) >= _BAR_ITEMS and all(_SPACED_ITEM.fullmatch(item) for item in items)


def _named_section(first: str, below: list[str]) -> bool:
    """Whether the page's first line is a name over its section's label, maybe over an account link, and then the
    headline ("Nikkei Asia" / "Politics" / the headline; "New Scientist" / "Subscribe" / "Earth" / the headline): a
    name of two to four capitalised words, or one with a capital inside ("CoinDesk"), never a region's or a menu's
    phrase (a kicker's, "Middle East")."""
    words = first.split()
    if not (2 <= len(words) <= 4 and all(word[:1].isupper() for word in words) or _CAMEL.fullmatch(first)):
        return False
    if _PHRASES.search(first) or all(word.lower() in _LABELS for word in words):
        return False
    lines = [text.strip() for text in below[:3]]
    account = 1 if lines and re.fullmatch(_ACCOUNT_LINK, lines[0], re.I) else 0
    if len(lines) < account + 2:
        return False
    label, headline = lines[account], lines[account + 1]
    return (label.lower() in _LABELS or bool(_PHRASES.fullmatch(label))) and len(headline.split()) >= 5


_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")
"""A name of one word with a capital inside, as a site writes its own ("CoinDesk")."""
