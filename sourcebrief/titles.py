"""The headline of a story, and the page furniture over it (kickers, section paths, mastheads, an issuer's name):
the first line that reads as a headline, or the lead's opening words when the story has none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import chrome, chrome_stamps, datelines, issuers, outlets
from .entity_gazetteer import gazetteer
from .model import Line, Removed

if TYPE_CHECKING:
    from .story_split import Story


def find_title(story: Story, removed: list[Removed], named_below: set[str]) -> Line | None:
    """The headline: the first line that is not debris; section labels and a masthead before it are dropped."""
    candidates = _Candidates(story.lines)
    if candidates.get(0) is None:
        return None
    at, titled, tagline = 0, None, None
    while candidates.get(at + 1) is not None:
        line = candidates.get(at)
        if (titled := _dated_title_under(story.lines, line)) is not None:
            removed.append(Removed(line.line, line.text, "press-release issuer"))
            break
        masthead_above = bool(removed) and (removed[-1].reason.startswith("masthead") or removed[-1] is tagline)
        if masthead_above and _TAGLINE.fullmatch(line.text):  # "MercoPress" / "South Atlantic News Agency": the
            tagline = Removed(line.line, line.text, "web chrome")  # masthead is still right above what follows
            removed.append(tagline)
            at += 1
            continue
        if at == 0 and (headline_at := _name_over_tagline(story.lines, candidates)) is not None:
            removed.append(Removed(line.line, line.text, "masthead (outlet kept as metadata)"))  # "Wander Slowly" /
            tagline = candidates.get(1)  # "Travel stories from a slow traveller" / the headline / "Posted by …"
            removed.append(Removed(tagline.line, tagline.text, "web chrome"))
            at = headline_at
            break
        if not (reason := _before_headline(line.text, candidates.following(at), named_below,
                                           _over_chrome(story.lines, line))
                or _furniture_above(story.lines, candidates, at, named_below,
                                    masthead_above or bool(removed) and removed[-1].reason == "section label")):
            if (headline_at := _over_labels(story.lines, candidates, at)) is None:
                break
            removed.extend(Removed(label.line, label.text, "section label")  # a tagline or edition, then a menu
                           for label in (candidates.get(skipped) for skipped in range(at, headline_at)))
            at = headline_at
            break
        removed.append(Removed(line.line, line.text, reason))
        at += 1
    first = titled or candidates.get(at)
    for line in story.lines:
        if line.line < first.line and line not in candidates and not _read_below(line.text):
            known = outlets.known(line.text)  # "DW" over the headline, too short to be read as a masthead
            reason = "masthead (outlet kept as metadata)" if known else "web chrome"
            removed.append(Removed(line.line, line.text, reason))
    return first


def _over_labels(lines: Sequence[Line], candidates: _Candidates, at: int) -> int | None:
    """Where the headline is when the line at ``at`` is a site's tagline or edition over a menu of two short labels
    or more and then a headline that its byline or date stamp follows, maybe under a standfirst ("Exclusive news, data
    and analytics for financial market professionals" / "World" / "India" / the headline / "By …"; "Europe Edition" /
    "Newsletters" / "Podcasts" / "Poll of Polls" / the headline / its standfirst / the stamp), or under a menu of four
    labels or more of a word or two, and it has no byline or stamp of its own; None otherwise."""
    index = lines.index(candidates.get(at))
    if index + 1 < len(lines) and _read_below(lines[index + 1].text):
        return None
    after = at + 1
    while (label := candidates.get(after)) is not None and _is_label(label.text, after - at):
        after += 1
    headline = candidates.get(after)
    if after - at < 3 or headline is None or not chrome.looks_like_headline(headline.text):
        return None
    short = sum(len(candidates.get(label).text.split()) <= 2 for label in range(at, after))
    if short >= _MENU_ITEMS:
        return after  # "News" / "Opinion" / "Sport" / "Culture" / "Lifestyle" / a topic's tag / the headline
    below = lines.index(headline) + 1
    return after if any(_read_below(line.text) for line in lines[below:below + 3]) else None  # (a caption between)


_MENU_ITEMS = 4
"""How many labels of one or two words, one a line, make a menu that no headline is part of, byline under the
headline or not."""


_LONG_MENU = 3
"""How many short labels in a row make a menu long enough that a four-word line in it is one more of its links ("AP
Buyline Personal Finance" among "World" / "Politics" / "Sports" / …) rather than the headline."""


def _is_label(text: str, run: int) -> bool:
    """A menu's label in a run of ``run`` labels so far: three words at most, or four in title case within a long menu;
    no sentence ("U.S." is a section's initials)."""
    words = len(text.split())
    longest = 4 if run > _LONG_MENU and chrome.title_case_share(text) == 1 else 3
    return words <= longest and (not chrome.TERMINAL.search(text) or bool(_INITIALISM.fullmatch(text)))  # "U.S."


_NOT_LABEL = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*$", re.I)


def _dated_title_under(lines: Sequence[Line], issuer: Line) -> Line | None:
    """The title under a government body's or company's name when it carries its date, which makes it read as a
    stamp ("U.S. Department of State" / "Department Press Briefing – March 4, 2025"); None otherwise."""
    if not _is_issuer(issuer.text) or lines.index(issuer) + 1 >= len(lines):
        return None
    under = lines[lines.index(issuer) + 1]
    found = chrome_stamps.stamp(under.text)
    label = [word for word in re.findall(r"[A-Za-z]+", under.text) if not _NOT_LABEL.match(word)]
    return under if found and found[1] and len(label) >= 3 else None


def is_lead(text: str) -> bool:
    """A first line that is the story's lead, not a headline: it opens with a dateline, or is a long sentence (not a
    long name in brackets: a court's case, "… (Request for Advisory Opinion)"). An agency's name over a short
    unpunctuated line is its headline ("NNA - Israeli enemy strike on Naqoura claims …")."""
    found = datelines.dateline(text)
    if found and found[1] and len(found[1].split()) <= 16 and not chrome.TERMINAL.search(found[1]):
        return False
    words = len(text.split())
    return found is not None or (
        words > 20 and bool(_SENTENCE_END.search(text)) and (words > 30 or bool(chrome.TERMINAL.search(text))))


_SENTENCE_END = re.compile(r"(?:[.!?:;”\"’']|[.!?]\)|\]|[^)])$")


_AGENCY_PREFIX = re.compile(r"[A-Z]{2,6}")
"""An agency's initials heading its own headlines, "NNA" in "NNA - Israeli enemy strike on Naqoura …"."""


_WIRE_LABEL = re.compile(r"^(?:\((?:\d+(?:st|nd|rd|th) )?(?:LEAD|URGENT)\)|(?:UPDATE \d+|EXCLUSIVE|FACTBOX|WRAPUP \d+)-)\s*"
                         r"(?=\S)")
"""A wire's label on which version of a story this is, opening its headline: "(LEAD)", "(2nd LEAD)", "(URGENT)"
(Yonhap), "UPDATE 2-", "EXCLUSIVE-" (Reuters). Capitals only: "(Lead) actor…" is not one."""


def without_agency_prefix(title: str) -> str:
    """The headline without the agency's initials and dash it opens with (a lead's dateline is another matter), and
    without a wire's version label ("(LEAD) Yoon lifts martial law …": see _WIRE_LABEL)."""
    title = _WIRE_LABEL.sub("", title)
    found = datelines.dateline(title)
    return found[1] if found and found[1] and _AGENCY_PREFIX.fullmatch(found[0]) else title


def title_from_lead(text: str, longest: int = 16) -> str:
    """A title for a story without a headline: its lead's first sentence, without the dateline, at most ``longest``
    words ("Iran's Foreign Ministry spokesman Nasser Kanaani on Monday condemned the US strikes on Iraq and …")."""
    found = datelines.dateline(text)
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", found[1] if found else text, maxsplit=1)[0]
    words = sentence.rstrip(".").split()
    return " ".join(words[:longest]) + (" …" if len(words) > longest else "")


class _Candidates:
    """The lines that may be the headline (not debris, not a stamp or byline), found only as far as they are read:
    the headline is near the top, and testing every line of a long story took a third of the cleaning."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self._rest = iter(lines)
        self.found: list[Line] = []

    def get(self, index: int) -> Line | None:
        while len(self.found) <= index:
            line = next(self._rest, None)
            if line is None:
                return None
            if not (chrome.is_chrome(line.text) or chrome.is_stray(line.text) or _read_below(line.text)):
                self.found.append(line)
        return self.found[index]

    def following(self, at: int) -> str:
        """The first candidate after ``at`` long enough to be a headline (not a section path), or ""."""
        index = at + 1
        while (line := self.get(index)) is not None:
            if len(line.text.replace(" & ", " ").split()) > 2 and not _is_section_path(line.text):
                return line.text  # ("Life & Arts" is a section of two words)
            index += 1
        return ""

    def __contains__(self, line: Line) -> bool:
        return line in self.found


def _furniture_above(lines: Sequence[Line], candidates: _Candidates, at: int, named_below: set[str],
                     masthead_above: bool) -> str | None:
    """Why a short line above a longer headline is the page's furniture, though it names no outlet or section: it is
    over a section label ("Nordisk Erhverv International" / "NEWS IN ENGLISH" / the headline), a kicker in capitals
    ("MIDDLE EAST CRISIS"), a motto over a headline and its standfirst ("Democracy Dies in Darkness" / the headline /
    a sentence / the date stamp), a tagline under the masthead ("UN News" / "Global perspective Human stories"), or
    a section's name under the masthead over a topic's kicker ("The Guardian" / "Politics" / "Harnford West
    by-election" / the headline; the kicker then goes as a label under a label);
    None when it may be the headline (a short headline over an unpunctuated standfirst)."""
    line = candidates.get(at)
    words = line.text.split()
    if len(words) > 5 or chrome.TERMINAL.search(line.text) or (below := candidates.get(at + 1)) is None:
        return None
    headline = below.text
    labelled = bool(_before_headline(below.text, candidates.following(at + 1), named_below)) or (
        masthead_above and len(words) <= 2 and _is_kicker(below.text, candidates.following(at + 1)))
    if labelled:
        headline = candidates.following(at + 1)
    if not (chrome.looks_like_headline(headline) and len(headline.split()) >= len(words) + 3):
        return None
    if not (labelled or line.text.isupper() and not headline.isupper() or _over_standfirst(lines, below)
            or masthead_above and len(words) <= 4 or at == 0 and _name_over_headline(lines, line, below)):
        return None
    return "masthead (outlet kept as metadata)" if outlets.masthead(line.text, named_below) else "section label"


def _name_over_headline(lines: Sequence[Line], line: Line, headline: Line) -> bool:
    """Whether the page's first line is a site's name in title case over a headline in sentence case that its byline
    or date stamp follows at once ("Andes Road Watch" / "Another bus, another ravine: what the crash tells us" /
    "Posted by …"): a blog's or a small site's name, no headline. Three words at most: a headline in title case over an
    unpunctuated standfirst has the same shape, and is longer ("Rail Line Closed Again")."""
    words = line.text.split()
    at = lines.index(headline) + 1
    under = next((other.text for other in lines[at:] if not chrome.is_chrome(other.text)), "")
    return (len(words) <= 3 and lines.index(line) == 0 and chrome.title_case_share(line.text) == 1
            and not re.search(r"\d", line.text) and chrome.title_case_share(headline.text) < 1 and _read_below(under))


def _name_over_tagline(lines: Sequence[Line], candidates: _Candidates) -> int | None:
    """Where the headline is when the page opens with a blog's name in title case over its tagline, a short line in
    sentence case with no sentence's full stop (maybe over the blog's menu), and then a headline in sentence case, longer than the tagline, that its byline or date
    stamp follows at once ("Wander Slowly" / "Travel stories from a slow traveller" / "What I saw from the basket next
    door: …" / "Posted by …"); None otherwise."""
    name, tagline, headline_at = candidates.get(0), candidates.get(1), 2
    while (headline := candidates.get(headline_at)) is not None and _is_section_path(headline.text):
        headline_at += 1  # "Home | Destinations | About me": the blog's menu under its tagline
    if name is None or tagline is None or headline is None or lines.index(tagline) != 1:
        return None
    words = len(tagline.text.split())
    if not (2 <= words <= 8 and chrome.title_case_share(tagline.text) < 1 and not chrome.TERMINAL.search(tagline.text) and not re.search(r"[\d:|]", tagline.text)
            and len(headline.text.split()) >= words + 3 and chrome.looks_like_headline(headline.text)):
        return None
    return headline_at if blog_name(lines, headline) else None


def blog_name(lines: Sequence[Line], title_line: Line | None) -> str | None:
    """The page's first line when it is a blog's or small site's name over the headline (see _name_over_headline),
    maybe with its tagline between (see _name_over_tagline), and no section's label: the outlet of a page that signs
    with no other; None otherwise."""
    if title_line is None or title_line not in lines or lines.index(title_line) == 0:
        return None
    first = lines[0]
    if outlets.is_section_name(first.text) or _KIND_LABEL.match(first.text.strip()) or (
            first.text.strip() in gazetteer().places):
        return None  # "Business", "Analysis", "Ukraine" over the headline: a section's or a topic's label
    return first.text.strip() if _name_over_headline(lines, first, title_line) else None


def _is_kicker(text: str, following: str) -> bool:
    """Whether a short line is a topic's kicker over a longer headline ("Harnford West by-election" over "Lib Dems
    overturn 19,000 Tory majority …"): four words at most, no sentence, the headline three words longer or more."""
    words = len(text.split())
    return (words <= 4 and not chrome.TERMINAL.search(text) and chrome.looks_like_headline(following)
            and len(following.split()) >= words + 3)


def _over_standfirst(lines: Sequence[Line], headline: Line) -> bool:
    """Whether ``headline`` is over a standfirst of a sentence or more and then the byline or date stamp: the header's
    last lines, so a short line above them is no headline."""
    at = lines.index(headline) + 1
    kept = []
    while at < len(lines) and len(kept) < 2:
        text = lines[at].text
        if not (chrome.is_chrome(text) or chrome.is_stray(text)):
            kept.append(text)
        at += 1
    return (len(kept) == 2 and not _read_below(kept[0]) and len(kept[0].split()) >= 6 and _read_below(kept[1]))


def _read_below(text: str) -> bool:
    """A date stamp or byline (a desk's too, "The New Arab Staff & Agencies") above the headline (a Markdown seed's
    front matter puts them first): never the headline, and read as metadata with the lines below it."""
    return (chrome_stamps.stamp(text) is not None or chrome_stamps.byline(text) is not None
            or bool(chrome_stamps.DESK.fullmatch(text)))


def _over_chrome(lines: Sequence[Line], line: Line) -> bool:
    """Whether the line right under ``line`` is web chrome ("Advertisement"): ``line`` is in the page's furniture."""
    at = lines.index(line)
    return at + 1 < len(lines) and chrome.is_chrome(lines[at + 1].text)


_TAGLINE_MASTHEAD = re.compile(r"(?P<name>[A-Z][\w'’&-]+(?: [A-Z][\w'’&-]+){0,2})(?:[.,]| [-–—|]) (?:(?:[A-Z][\w'’-]+ ){1,4}"
                               r"(?:News Agency|Newspaper|Daily|News)"
                               r"|(?:Agencia|Agência|Agence|Agenzia|Ajansı) (?:[A-Z][\w'’-]+ |(?:de|da|do|di|des|du) ){1,4}"
                               r"(?:Noticias|Notícias|Notizie|Presse|Stampa|Haber)"
                               r"|(?:Business |Market |Political |Independent )?(?:intelligence|news|analysis|journalism|insight)"
                               r"(?: and (?:analysis|insight|intelligence|opinion))? (?:for|from|on|about|across|in) "
                               r"(?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
                               r"|(?i:an?|the) (?:[\w'’-]+ ){0,3}(?i:blog|news site|newsletter|magazine|website)"
                               r"(?: (?:for|from|about|on|in|covering) [^.!?]{2,80})?)"
                               r"|(?P<owned>The [A-Z][\w'’&-]+(?: [A-Z][\w'’&-]+)?) (?:by|from) (?:[A-Z][\w'’-]+ ){1,3}"
                               r"(?:News|Media)")
"""An outlet's name and the tagline that says what it is: "MercoPress. South Atlantic News Agency" (or after a comma,
"MercoPress, South Atlantic News Agency"; after a dash, "HINA - Croatian News Agency"; in the agency's language,
"Andina - Agencia Peruana de Noticias"; or what it offers and where, after a bar, "SeeNews | Business intelligence for
Southeast Europe"; or what kind of site it is, "Wild Hearts Slovenia – an animal welfare blog"), or the newsroom that owns it: "The Record by Recorded Future News" (a
name with "The", never a headline in title case: "Trump Sued by Fox News")."""


_SLOGAN = re.compile(r"(?:[A-Z][\w'’-]*(?: [\w'’-]+){0,2}[.!] ?){2,3}")
"""A slogan of two or three fragments of three words at most, each closed by a full stop: "The Real Russia. Today."."""
_TAGLINE = re.compile(r"(?:[A-Z][\w'’-]+ ){1,4}(?:News Agency|Newspaper|Daily|News Network|Broadcaster)"
                      r"|(?:(?:Local|Independent|Daily|Weekly|Community|Nonprofit|Hyperlocal|Reader-supported) )+"
                      r"(?i:news|journalism|reporting|coverage|stories|newsletter)"
                      r"(?: and (?i:reviews|analysis|opinion|comment|views|features|advice|guides|insight))?"
                      r" (?:for|from|about|on|in|covering) [^.!?]{2,80}"
                      r"|(?:An?|The) (?:(?i:local|independent|daily|weekly|community|nonprofit|reader-supported) )+"
                      r"(?i:news site|blog|newsletter|magazine|website) (?:for|from|about|on|in|covering) [^.!?]{2,80}")
"""A tagline alone under the masthead, saying what the outlet is: "South Atlantic News Agency", or what a newsletter
covers: "Local news for Cle Elum, Roslyn, Ronald and Easton" (Substack), "Independent news and reviews for
cruisers", "An independent blog about aviation in the
Baltics"."""


_OWN_TAGLINE = re.compile(r"[A-Z][\w-]+(?: [A-Z][\w-]+)?['’]s (?:news|news site|newspaper)(?: in English)?[.!]?")
"""A tagline on its own line under the masthead that says whose news the outlet is: "Norway's news in English" (The
Local Norway); the tagline is no outlet's name, the line above it is."""
_MASTHEAD_NAME = re.compile(r"(?:The )?[A-Z][\w'’&.-]+(?: [A-Z][\w'’&.-]+){0,3}")
"""A masthead's name in title case, up to four words: "The Local Norway"."""


def tagline_masthead(text: str, following: str = "") -> str | None:
    """The outlet a masthead with its tagline names (see _TAGLINE_MASTHEAD), or a name in title case over a tagline
    of its own (see _OWN_TAGLINE: "The Local Norway" over "Norway's news in English"; _TAGLINE: "Baltic Sky Watch"
    over "An independent blog about aviation in the Baltics"), else None."""
    found = _TAGLINE_MASTHEAD.fullmatch(text.strip())
    if not found and (_OWN_TAGLINE.fullmatch(following.strip()) or _TAGLINE.fullmatch(following.strip())) and (
            _MASTHEAD_NAME.fullmatch(text.strip())):
        return text.strip()
    if found and found.group("name") and outlets.is_section_name(found.group("name")):
        return None  # "Business | news for Ohio": a section's label, no outlet's name
    return (found.group("name") or found.group("owned")) if found else None


def _before_headline(text: str, following: str, named_below: set[str], over_chrome: bool = False) -> str | None:
    """Why a short line above a longer one is not the headline: the outlet's masthead ("The Costa Rica Dispatch",
    "Yle News", a name the page's copyright line repeats), a press release's issuer ("Nordvik Foods Inc.") or a
    section label ("Business", "Elections 2026", "World | Americas", "News in English"); None when it may be the
    headline."""
    words = text.replace(" & ", " ").split()  # "Life & Arts": two words
    if tagline_masthead(text, following):
        return "masthead (outlet kept as metadata)"
    if _OWN_TAGLINE.fullmatch(text.strip()):
        return "section label"  # "Norway's news in English" under The Local's name
    if _KIND_LABEL.match(text.strip()) and following:
        return "section label"  # "MEDIA RELEASE", "Analysis" over the headline: what kind of page it is
    if _SLOGAN.fullmatch(text) and len(following.split()) > len(words) + 2:
        return "section label"  # a site's slogan over the headline, "The Real Russia. Today." (Meduza)
    if len(words) <= 8 and _is_issuer(text) and not outlets.known(text) and (  # (an agency that is an outlet: masthead)
            len(following.split()) >= len(words) + 2 or _is_issuer(following)):
        return "press-release issuer"  # "News provided by / Nordvik Foods Inc.", "U.S. Department of State"
    if _PRESS_ROOM.fullmatch(text.strip()) and following:
        return "press-release issuer"  # "Polaris Cruises Newsroom" over the release's own headline: its site's name
    if _is_section_path(text) or outlets.EDITION.search(text):  # never a headline, however short the one below
        return "masthead (outlet kept as metadata)" if outlets.masthead(text, named_below) else "section label"
    if _INITIALISM.fullmatch(text):  # "U.S.", a section
        return "section label"
    if len(words) <= 5 and outlets.masthead(text, named_below) in named_below:  # "WTOC", as its copyright line says
        # ("KOLO 8 News Now", the station's name and its words, as "Copyright 2025 KOLO" signs it)
        return "masthead (outlet kept as metadata)"
    if len(words) <= 3 and following and outlets.masthead(text, named_below):  # "The Kyiv Independent" over a kicker
        return "masthead (outlet kept as metadata)"
    if chrome.TERMINAL.search(text) or len(following.split()) <= len(words) + 2:
        return None
    if outlets.is_section_name(text):  # "Nation & World News"
        return "section label"
    if outlets.masthead(text, named_below):
        return "masthead (outlet kept as metadata)"
    if over_chrome and len(words) == 3 and chrome.title_case_share(text) == 1 and len(following.split()) >= 8:
        return "section label"  # "First Alert Weather" over "Advertisement": a menu's link, above a long headline
    return "section label" if len(words) <= 2 else None


_PRESS_ROOM = re.compile(r"(?:[A-Z][\w&'’.-]*\s+){1,5}(?:Newsroom|News Room|Press ?[Rr]oom|Media Room"
                         r"|(?:Press|Media|News) (?:Centre|Center|Releases|Office|Hub))")
"""The name of an issuer's press pages, over a release's headline: "Polaris Cruises Newsroom", "Acme Media Centre"."""
_KIND_LABEL = re.compile(r"^(?:news )?(?:analysis|opinion|comment|commentary|explainer|exclusive|features?|interview"
                         r"|editorial|investigation|insight|perspective|column|obituary|fact[- ]check|special report"
                         r"|in[- ]depth|breaking(?: news)?|premium|statement|(?:press|news|media) release)$", re.I)
"""What kind of article a page says it is, on a line of its own in the header: "Analysis", "Opinion", "Explainer"."""


def is_header_label(text: str, paragraphs: list[Line], following: Sequence[Line]) -> bool:
    """A label in the header, before the body (under the headline, or under the standfirst): the article's kind
    ("Analysis"), or, before any paragraph, a short title-case line over the first long paragraph, no sentence and
    not a person's name ("Statements and Releases", a site's section)."""
    if _KIND_LABEL.match(text.strip()):
        return True
    words = text.split()
    if not paragraphs and text.isupper() and 2 <= len(words) <= 8 and not chrome.TERMINAL.search(text):
        return True  # a bulletin's heading in capitals, "URGENT - FIRE WEATHER MESSAGE"
    if not paragraphs and len(words) == 1 and text[:1].isupper() and following and chrome.looks_like_headline(
            following[0].text) and not outlets.known(text):
        return True  # a section's name over the standfirst of a saved page, "Toronto" / "Ford and Lutnick to meet …"
    if not paragraphs and following and issuers.institution(text) and chrome_stamps.stamp(following[0].text):
        return True  # a topic's body over the date stamp, "Court of Justice of the European Union" / "10 September 2024"
    return (not paragraphs and len(words) <= 4 and not chrome.TERMINAL.search(text) and chrome.title_case_share(text) == 1
            and not chrome_stamps.is_name_only(text) and not _DASH_END.search(text)  # "Savannah, Georgia CNN —": a dateline
            and bool(following) and chrome.is_body_candidate(following[0].text))


_DASH_END = re.compile(r"(?:—|–|--)\s*$")


_PATH = re.compile(r"\s+[|/·•>›»]\s+")
_CRUMB = re.compile(r"\s+[>›»]\s+")
"""The arrow between a breadcrumb's parts, which no headline uses."""
_PATH_BAR = re.compile(r"\s+[|/·•]\s+")
_NAMED_PATH = re.compile(r"\s+[|/·•—–>›»]\s+")


def _is_section_path(text: str) -> bool:
    """A site's section path, "India News | World", "Local | Horta Sud": short parts between bars or slashes; or a
    site's name and its section ("The Albion Times | Sport | Football", "Coastal Radio 88.1 — Local News")."""
    named = _NAMED_PATH.split(text)
    if len(named) == 1:
        return False
    parts = [part.replace(" & ", " ") for part in _PATH.split(text)]  # "Food & Beverage": two words
    if len(parts) >= 3 and parts[0].strip().lower() == "home":
        return True
    if _CRUMB.search(text) and not _PATH_BAR.search(text) and all(len(part.split()) <= 4 for part in parts):
        return not chrome.TERMINAL.search(text)  # "Markets > Tankers & Car Carriers": a breadcrumb's arrows  # a breadcrumb ending in the page's title: "Home / India News / Hathras stampede: 6 arrested …"
    if len(parts) > 1 and all(len(part.split()) <= 2 for part in parts[len(parts) > 2:]):
        return len(parts[0].split()) <= (4 if len(parts) > 2 else 2)
    return (len(named) == 2 and len(named[0].split()) <= 4 and len(named[1].split()) <= 3
            and outlets.is_section_name(named[1]))


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,3}")
_ISSUER = re.compile(r"\b(?:Inc|Ltd|Corp|Co|LLC|PLC|plc|S\.A|AG|N\.V|GmbH|Limited|Corporation|Company)\.?$")
"""A company's legal name, alone above a headline: a press release's issuer."""


_GOVERNMENT = re.compile(r"^(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}(?:Department|Ministry|Office|Embassy|Mission)\s+of\s+"
                         r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")
"""A government body's name over its statement's headline: "U.S. Department of State", "Ministry of Foreign Affairs"."""


def _is_issuer(text: str) -> bool:
    """A company's legal name or a public body's name, alone over a statement's headline."""
    return bool(_ISSUER.search(text) or _GOVERNMENT.match(text) or issuers.institution(text))


_NAME_AND_TAGLINE = re.compile(r"(?P<name>[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}) [-–|] (?P<tagline>[^.!?]{3,100})")
"""A page's title tag as the first line copies it: the site's name, a dash and its tagline ("Ryukyu Shimpo - Okinawa,
Japanese newspaper, local news")."""


def masthead_with_tagline(lines: Sequence[Line], title_line: Line) -> str | None:
    """The site's name when the line taken for the headline is the page's first, its name and tagline (see
    ``_NAME_AND_TAGLINE``), the page names itself so again on a line of its own ("By Ryukyu Shimpo", "© 2025 …") and
    the line under it reads as the headline; None otherwise (a headline "Ukraine - live: …" has no such line)."""
    match = _NAME_AND_TAGLINE.fullmatch(title_line.text.strip()) if lines and title_line == lines[0] else None
    if not match or len(lines) < 3 or not chrome.looks_like_headline(lines[1].text):
        return None
    own = re.compile(rf"(?:by:?\s+|©\s*(?:\d{{4}}\s+)?)?{re.escape(match.group('name'))}\.?", re.I)
    return match.group("name") if any(own.fullmatch(line.text.strip()) for line in lines[1:]) else None

