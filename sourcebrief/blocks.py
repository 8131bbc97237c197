"""Runs of lines the cleaner reads together: newsletter promotions, metadata tables, a press release's closing
boilerplate, video players and the captions photo credits set apart.

Each rule takes a story's lines and returns the indexes it marks; ``chrome`` judges single lines.
"""

from __future__ import annotations

import functools
import re

from . import chrome, chrome_stamps, outlets
from .entity_gazetteer import gazetteer

_PROMO_OPEN = re.compile(r"^(?:sign up|subscribe|register)(?: now)?(?: for| to)? [^.!?]{1,60}$", re.I)
_PROMO_CLOSE = re.compile(r"(?:^|\s)after (?:newsletter )?promotion$|^privacy notice: newsletters? may contain\b"
                          r"|^newsletter promotion\s*[-–—:]\s*skip\b.{0,40}$", re.I)
"""Ends a line, which may have had the closing line (lower-case) joined on as a hard wrap; or the newsletter's privacy
notice that closes the box when "after newsletter promotion" was not copied; or the box's skip link copied under it
("Newsletter promotion - skip")."""


def promotion_blocks(texts: list[str], longest: int = 8) -> set[int]:
    """Indices of the lines of each newsletter promotion: from a "Sign up to ..." line through the "after newsletter
    promotion" line that closes it, at most ``longest`` lines; an unclosed promotion marks nothing."""
    marked: set[int] = set()
    for close, text in enumerate(texts):
        if not _PROMO_CLOSE.search(text.strip()):
            continue
        opens = [i for i in range(max(0, close - longest + 1), close + 1) if _PROMO_OPEN.match(texts[i].strip())]
        if opens:
            marked.update(range(opens[-1], close + 1))
    return marked


_BOILERPLATE = re.compile(
    r"^(?:forward[- ]looking statements?|safe harbou?r statement|(?:media|press|investor)(?: relations)? contacts?(?::.{0,80})?"
    r"|contacts?:|contacts|(?:information|press|media|communications?) (?:department|office|unit|service)s?:"
    r"|for (?:more|further) information,? (?:please )?contact:?.{0,80}|(?-i:SOURCE) [A-Z][^!?]{1,80}"
    r"|###|-30-)$",
    re.IGNORECASE)
_ABOUT = re.compile(r"^About (?-i:[A-Z])[\w&.,'’ -]{1,60}$", re.IGNORECASE)


_LABEL_LINE = re.compile(r"^[A-Z][A-Za-z&/ ]{1,40}:\s+\S.{0,100}$")
"""A "Label: value" line of a metadata table ("Company Announcement Date: March 12, 2024")."""


_SAID_COLON = re.compile(r"\b(?:said|says|told\s+[\w ]{1,20}|added|wrote|asked):\s*[“\"‘']")
"""A quotation introduced with a colon ("Bailey told reporters: “We need …”"): prose, never a table's row."""


def label_blocks(texts: list[str], shortest: int = 3) -> set[int]:
    """Indices of runs of at least ``shortest`` "Label: value" lines in a row: a page's metadata table ("Product Type:
    Food & Beverages", "Brand Name: Harvest Gold"), not prose. One or two such lines may be a quote or a heading."""
    marked: set[int] = set()
    run: list[int] = []
    for index, text in enumerate([*texts, ""]):
        if _LABEL_LINE.match(text.strip()) and len(text.split()) <= 14 and not _SAID_COLON.search(text):
            run.append(index)
            continue
        if len(run) >= shortest:
            marked.update(run)
        run = []
    return marked


_PAGE_LABELS = frozenset(
    "format source sources origin country countries theme themes language languages author authors type category "
    "categories topics region regions disaster disasters attachments primary country".split())


def stacked_labels(texts: list[str]) -> set[int]:
    """Indices of a page's metadata set as a label line over a short value line ("Format" / "Situation Report",
    "Source" / "OCHA"), when a page has at least two such pairs; a dated pair is left to the stamp rules."""
    pairs = [at for at in range(len(texts) - 1) if texts[at].strip().lower() in _PAGE_LABELS
             and len(texts[at + 1].split()) <= 8 and not chrome_stamps.stamp(texts[at + 1])]
    return {at + step for at in pairs for step in (0, 1)} if len(pairs) >= 2 else set()


def boilerplate_start(texts: list[str]) -> int | None:
    """Index of the line that starts a press release's closing boilerplate ("About Nordvik Foods Inc.", "Forward-Looking
    Statements", "Media Contact:", "SOURCE Nordvik Foods Inc."): everything from it on is the issuer's, not news. An
    "About …" heading counts only when one of the other markers follows it (it may be a subheading); so does a separator
    line after the body ("___________" over "The International Court of Justice (ICJ) is …")."""
    body = next((i for i, text in enumerate(texts) if chrome.is_body_candidate(text)), len(texts))
    marks = [i for i, text in enumerate(texts) if i > body and _BOILERPLATE.match(text.strip())]  # (a release may
    if not marks:  # open on its media contact: no end of its body)
        return None
    about = [i for i, text in enumerate(texts[:marks[-1]]) if _ABOUT.match(text.strip())
             or i > body and _SEPARATOR.match(text.strip())]
    return min([marks[0], *about])


_SEPARATOR = re.compile(r"^(?:[_*=~-]{3,}|#{3})$")

_VIDEO_LABEL = re.compile(r"^(?:video|watch|play video)(?:\s*[|:]\s*.{1,120})?$", re.I)
"""A video box's label over its title: "Video", "WATCH | LeBlanc outlines Canada's response:"."""
_DURATION = re.compile(r"^(?:duration:? )?\d{1,2}:\d\d(?::\d\d)?$", re.I)


def video_titles(texts: list[str]) -> set[int]:
    """Indices of the lines that title a video player: the line under a label with its running time, or between a
    "Video" label and the player's duration
    ("Duration 0:48") or its credited caption ("Video" / "Spain hit with deadly floods" / "Heavy rains triggered flash
    floods in eastern Spain. (Credit: Reuters)", Fox News); what the video shows, a caption rather than body."""
    return {at - 1 for at in range(2, len(texts)) if _VIDEO_LABEL.match(texts[at - 2].strip()) and (
        _DURATION.match(texts[at].strip()) or chrome.is_caption(texts[at].strip()))} | {
        at + 1 for at in range(len(texts) - 1) if _TIMED_VIDEO.match(texts[at].strip())}


_TIMED_VIDEO = re.compile(r"^video\s+\d{1,2}:\d\d(?::\d\d)?$", re.I)
"""A video's label with its running time, over its title: "VIDEO 03:12" / "Why smartphone batteries catch fire"
(CNBC)."""


_PHOTO_CREDIT = re.compile(
    r"^(?:(?:image|photo|picture|credit)s?\s*:\s*)?(?P<who>[A-Z][\w .'’-]{1,40}(?:\s*/\s*[\w .'’-]{1,40}){0,3}"
    r"(?:\s+via\s+[\w .'’-]{1,30})?)(?:\s+(?:toggle|hide) caption)?$", re.I)
_CREDIT_NAME = re.compile(rf"\b(?:{chrome.AGENCIES}|Images|Photos?|Photography)\b")
_BRACKETED_CREDIT = re.compile(rf"\((?:[^()]{{0,40}}\b(?:Photos?|Credit|Image)\b[^()]{{0,40}}|{chrome.AGENCIES})\)$")
"""A photo's credit in brackets closing its caption, "... Feb. 14, 2024. (AA Photo)": the line is a caption, though
it ends like a sentence."""
_ENLARGE = re.compile(r"^(?:enlarge this image|expand(?: image)?|view image in fullscreen|(?:show|hide|toggle) caption)$", re.I)


_PHOTO_LIBRARY = re.compile(r"(?:Getty|Shutterstock|Alamy|EPA(?:-EFE)?|NurPhoto|SOPA|Imago|ZUMA Press|Abaca|AFP|AP|Reuters"
                            r"|Bloomberg)\s(?:Images|Photos?|Pictures|Photography)")
"""A photo library's or agency's picture service alone on its line: "Getty Images", "AP Photo"."""


_NAMED_CREDIT = re.compile(rf"[A-Z][\w'’.-]+(?:[\s-][A-Z][\w'’.-]+){{0,3}},\s(?P<who>{chrome.AGENCIES}|Getty Images|[A-Z ]{{4,30}})")
"""A photographer and their agency or paper, after a comma: "Kim Kyung-Hoon, Reuters", "Jane Doe, USA TODAY"."""


_LABELLED_CREDIT = re.compile(r"^(?:PHOTO|IMAGE|PICTURE|FILE PHOTO|VIDEO)S?: [A-Z][A-Z0-9 .'’/&-]{1,40}$")
"""A credit in capitals under its label, as a paper prints it under a caption: "PHOTO: REUTERS", "PHOTO: ST FILE"."""


_CREDIT_LINE = re.compile(r"^(?:photo|image|picture)\s+credits?\s?:\s?[^\W\d_].{1,80}$", re.I)
"""A labelled credit on its own line under the caption, "Photo credit: Evans Habil | Nation Media Group"."""


@functools.lru_cache(maxsize=1 << 16)
def is_photo_credit(text: str) -> bool:
    """A line that is only a photo credit: "Jens Schlueter/AFP via Getty Images", "Image: Jane Doe/Reuters",
    "Getty Images", "Kim Kyung-Hoon, Reuters" (a memo of a pure function: each line is asked up to three times)."""
    if len(text) > 120:
        return False  # (most lines: a paragraph)
    if _PHOTO_LIBRARY.fullmatch(text.strip()) or _LABELLED_CREDIT.match(text.strip()):
        return True
    if named := _NAMED_CREDIT.fullmatch(text.strip()):  # "Kim Kyung-Hoon, Reuters", "Jane Doe, USA TODAY"
        return not named.group("who").isupper() or bool(outlets.from_byline_line(named.group("who")))
    match = _PHOTO_CREDIT.match(text.strip())
    who = match.group("who") if match else ""
    return (len(text) <= 120 and ("/" in who or " via " in who) and not who.endswith(".")
            and len(re.split(r"/| via ", who)[0].split()) <= 4 and bool(_CREDIT_NAME.search(who)))


_AGENCY_CREDIT = re.compile(rf"(?:{chrome.AGENCIES})(?:\s*/\s*[\w .'’-]{{1,40}})?", re.I)


def is_agency_credit(text: str) -> bool:
    """A tabloid's credit under a photo, an agency's name in capitals alone on its line: "REUTERS", "PA", "AFP/GETTY"."""
    text = text.strip()
    return len(text) <= 40 and text.isupper() and bool(_AGENCY_CREDIT.fullmatch(text))


def photo_captions(texts: list[str]) -> set[int]:
    """Indices of the captions a photo's credit or an "Enlarge this image" button sets apart: the line after the
    button, an unpunctuated line right after a credit ("Image: Jane Doe/AFP" / "Rescue workers on the bank") and one
    right over a credit in capitals ("Ministers shake hands in Geneva on Monday" / "REUTERS"; over a labelled one,
    "… lost 0.8 per cent." / "PHOTO: REUTERS", "Photo credit: Evans Habil | Nation Media Group", whatever its end), and an unpunctuated line printed twice in a row, as
    pages copy a caption ("Kurdistan Region Prime Minister Masrour Barzani"; one closing on its credit in brackets may
    end like a sentence)."""
    found = {at - 1 for at in range(1, len(texts)) if (is_agency_credit(texts[at]) and not re.search(
             r"[.!?:;”\"’')]$", texts[at - 1].strip()) or (_LABELLED_CREDIT.match(texts[at].strip())
             or _CREDIT_LINE.match(texts[at].strip())) and not _FIRST_PERSON.search(_QUOTED.sub("", texts[at - 1])))
             and len(texts[at - 1].split()) >= 4 and not chrome.is_chrome(texts[at - 1])}
    for at in range(len(texts) - 1):
        following = texts[at + 1].strip()
        if _is_slashed_credit(texts[at]) and len(following.split()) <= 30 and not chrome.is_chrome(following):
            found.add(at + 1)  # "Stuff / Tom Hunt" over "Maritime New Zealand staff inspect the Aratere …."
            continue
        if is_photo_credit(texts[at]) and (
                verbless_caption(following) or at and verbless_caption(texts[at - 1])):  # "Photo: Ljubljana Zoo /
            found.add(at + 1 if verbless_caption(following) else at - 1)  # Facebook" / "Nala, the lioness, in her
            continue  # enclosure earlier this summer.": a full stop, but what the photo shows, no sentence
        if not (_ENLARGE.match(texts[at].strip()) or is_photo_credit(texts[at])
                and not re.search(r"[.!?:;”\"’')]$", following)):
            continue  # (most lines: the cheap test first)
        if not (is_photo_credit(following) or chrome.is_chrome(following)):
            found.add(at + 1)
    found |= {at + step for at in range(len(texts) - 1)
              if texts[at] == texts[at + 1] and 4 <= len(texts[at].split()) <= 40
              and (not re.search(r"[.!?:;”\"’')]$", texts[at].strip()) or _BRACKETED_CREDIT.search(texts[at]))
              and not chrome.is_chrome(texts[at])
              for step in (0, 1)}
    return found


_MAYBE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should"
                         r"|do|does|did|said|says|told|took|fell|went|came|ran|left|made|met|saw|gave|got|held|hit|kept|lost"
                         r"|put|set|shut|cut|won|began|broke|fled|led|sent|spent|stood|found|sank|struck|flew|drove|rose|grew|knew|threw"
                         r"|spoke|wrote|brought|bought|caught|thought|fought|sought|built|paid|sold|tore|swept|spread|froze"
                         r"|stole|hid|withdrew|blew|bit|ate|drank|rang|swam|wore|woke|shook|hung|dug|lay|sat|rode|chose"
                         r"|let|quit|hurt|[a-z]{2,}ed"
                         r"|(?!(?:this|its|his|hers|as|across|perhaps|always|towards|afterwards|besides|news|whereas)\b)[a-z]*[^\W\dsu'’]s)\b")
"""A word that may be a clause's verb (a past, an auxiliary, an "-s" form, plurals too: in doubt a verb)."""


def verbless_caption(text: str) -> bool:
    """A line by a photo's credit that says what the photo shows though it ends with a full stop: one short sentence
    without quotation, first person or any word that may be a verb ("Nala, the three-year-old lioness, in her
    enclosure earlier this summer.")."""
    text = text.strip()
    words = text.split()
    return (text.endswith(".") and 4 <= len(words) <= 25 and text[:1].isupper() and not re.search(r"[.!?;:]\s", text)
            and not re.search(r"[\"“”]", text) and not _FIRST_PERSON.search(text) and not _MAYBE_VERB.search(text[:-1])
            and not chrome.is_chrome(text))


_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Ww]e|[Oo]ur)\b")
"""A writer's own voice, "I wrote to the zoo …": a paragraph of a blog over an image's credit, no caption (a caption
says what a photo shows, in the third person)."""
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
"""A quotation, whose first person is the speaker's."""
_SLASHED_CREDIT = re.compile(r"(?P<owner>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?) / (?P<name>[A-Z][a-z'’.-]+(?:[ -][A-Z][a-z'’.-]+){1,2})")
"""A photo's credit on its own line over the caption: the agency or outlet, a slash and the photographer ("Keystone /
Jean-Christophe Bott", "Stuff / Tom Hunt")."""


def _is_slashed_credit(text: str) -> bool:
    """A credit of the shape of _SLASHED_CREDIT whose second part is no place ("Asia / Southeast Asia" is a section's
    path)."""
    found = _SLASHED_CREDIT.fullmatch(text.strip())
    return bool(found) and found.group("name") not in gazetteer().places and not outlets.is_section_name(
        found.group("name"))


_NEWSLETTER_HEAD = re.compile(r"^.{0,60}\bnewsletters?\b(?:.{0,40}[^.!?])?$", re.I)
"""A newsletter's heading, no sentence: "Get the Space.com Newsletter", "Sign up for our daily briefing newsletter"."""
_FORM_LINE = re.compile(r"^(?:contact me with\b|receive email from us\b|by submitting your\b|(?:enter )?your email"
                        r"(?: address)?$|sign me up$|submit$|subscribe(?: now)?$)", re.I)


def newsletter_forms(texts: list[str], longest: int = 5) -> set[int]:
    """Indices of a newsletter sign-up form: from its heading ("Get the Space.com Newsletter") through the form's
    last box ("Contact me with news and offers from other Future brands"), at most ``longest`` lines, so the
    newsletter's blurb between them goes too ("Breaking space news, the latest updates on rocket launches ...");
    a heading with no form line after it marks nothing."""
    marked: set[int] = set()
    for head, text in enumerate(texts):
        if not (_NEWSLETTER_HEAD.match(text.strip()) and len(text.split()) <= 10):
            continue
        boxes = [i for i in range(head + 1, min(len(texts), head + longest)) if _FORM_LINE.match(texts[i].strip())]
        if boxes and all(len(texts[i].split()) <= 30 for i in range(head, boxes[-1] + 1)):
            marked.update(range(head, boxes[-1] + 1))
    return marked


_TAGS_LABEL = re.compile(r"^(?:keywords?|tags?|filed under|see more on|related (?:search(?:es)?|keywords?)):?$", re.I)
"""A tag list's label: "KEYWORDS", "Tags:", "Related Search" (the Bangkok Post's, over "typhoon, China, Taiwan")."""


def tag_lists(texts: list[str], longest: int = 8) -> set[int]:
    """Indices of a page's tag list: a "KEYWORDS", "Tags" or "See more on" label alone on its line and the lines of
    names under it ("Tariffs, Steel, Japan-U.S. relations"; "Stock markets" / "Tariffs"; no sentence), at most
    ``longest``."""
    marked: set[int] = set()
    for at in (at for at, text in enumerate(texts) if _TAGS_LABEL.match(text.strip())):
        under = at + 1
        while under < min(len(texts), at + 1 + longest) and len(texts[under]) <= 200 and not chrome.TERMINAL.search(
                texts[under].strip()) and (under == at + 1 or len(texts[under].split()) <= 4):
            under += 1
        marked.update(range(at, under) if under > at + 1 else ())
    return marked


def footer_menus(texts: list[str], shortest: int = 3) -> set[int]:
    """Indices of a site's footer menu over its copyright line: ``shortest`` short links or more in a row ("About
    Us", "Advertise", "Careers", "Privacy Policy"), after the story's last paragraph, up to the copyright line."""
    bodies = [at for at, text in enumerate(texts) if chrome.is_body_candidate(text)]
    marked: set[int] = set()
    for end in (at for at, text in enumerate(texts) if chrome.is_copyright(text) and bodies and at > bodies[-1]):
        start = end
        while start - 1 > bodies[-1] and _is_menu_link(texts[start - 1]):
            start -= 1
        if end - start >= shortest:
            marked.update(range(start, end))
    return marked


_EDITOR_LABEL = re.compile(r"^(?:published|edited|curated|uploaded) by:?$", re.I)
"""A web editor's credit label alone on its line, over the name: "Published By:" (India Today), "Edited By:"."""


def editor_credits(texts: list[str]) -> set[int]:
    """Indices of a web editor's credit under the story, its label and the name under it ("Published By:" /
    "Vadapalli Nithin Kumar"): who put the page up, not who wrote the story, so never the byline nor the body."""
    marked: set[int] = set()
    for at, text in enumerate(texts[:-1]):
        if _EDITOR_LABEL.match(text.strip()) and chrome_stamps.is_name_only(texts[at + 1]):
            marked.update((at, at + 1))
    return marked


_SUPPORT_HEADING = re.compile(r"^support (?:the )?(?-i:[A-Z])[\w'’ .&-]{1,40}? (?:independent |quality )?journalism\b[^.!?]{0,60}$",
                              re.I)
"""A plea for money under the story, as its heading: "Support PREMIUM TIMES' journalism of integrity and credibility"."""
_PITCH_WORDS = re.compile(r"\b(?:journalism|donat\w*|contribut\w*|subscri\w*)\b", re.I)


def support_pitches(texts: list[str], longest: int = 3) -> set[int]:
    """Indices of a plea for money: its heading (see ``_SUPPORT_HEADING``) and the lines under it, at most ``longest``,
    that speak of journalism or of giving ("Good journalism costs a lot of money. Yet only good journalism can …")."""
    marked: set[int] = set()
    for at, text in enumerate(texts):
        if _SUPPORT_HEADING.match(text.strip()):
            marked.add(at)
            for below in range(at + 1, min(len(texts), at + 1 + longest)):
                if not _PITCH_WORDS.search(texts[below]):
                    break
                marked.add(below)
    return marked


def is_footer_item(text: str) -> bool:
    """A short line without a sentence, as a site's footer lists its links: "NYTCo", "Contact Us"."""
    return len(text.split()) <= 5 and not chrome.TERMINAL.search(text)


def _is_menu_link(text: str) -> bool:
    """A footer menu's link: a few words, no sentence ("Credit Card Payments", "your privacy choices"), or a line of
    chrome ("Facebook")."""
    return 1 <= len(text.split()) <= 4 and not chrome.TERMINAL.search(text) or chrome.is_chrome(text)


_BUTTON = re.compile(r"^(?:LEARN MORE|SUBSCRIBE (?:NOW|TODAY)|GET STARTED|SIGN UP(?: NOW)?|JOIN NOW|TRY (?:IT )?FREE"
                     r"|START (?:YOUR )?FREE TRIAL|FIND OUT MORE|DISCOVER MORE|(?i:sign up(?: now)?))[.!]?$")
"""A promotion's button, in capitals: "LEARN MORE", "SUBSCRIBE NOW"; a sign-up button in any case ("Sign up", under
POLITICO's "BRUSSELS PLAYBOOK" / "Sign up for POLITICO Europe's daily briefing …")."""


def button_pitches(texts: list[str]) -> set[int]:
    """Indices of the pitch over a promotion's button, above its consent text ("Before it's here, it's on the Bloomberg
    Terminal" / "LEARN MORE"): a short line without a sentence's full stop, a number or a quotation (a story's
    paragraph ends as a sentence); or a newsletter's name and its description ("Playbook" / "The unofficial guide to
    official Washington, every morning …" / "By signing up, you acknowledge …" / "SIGN UP")."""
    marked: set[int] = set()
    for at in (at for at, text in enumerate(texts) if _BUTTON.match(text.strip())):
        above = at - 1
        while above > 0 and at - above < 4 and chrome.is_chrome(texts[above]):
            above -= 1
        pitch, name = texts[above].strip(), texts[above - 1].strip() if above else ""
        if above < 0 or len(pitch.split()) > 20 or re.search(r"\d|[\"“”]", pitch):
            continue
        if len(pitch.split()) <= 16 and not chrome.TERMINAL.search(pitch):
            marked.add(above)
        elif 1 <= len(name.split()) <= 3 and not chrome.TERMINAL.search(name) and not chrome.is_chrome(name):
            marked.update({above - 1, above})
    return marked


_TEASER_HEAD = re.compile(r"^(?:skip next section )?you (?:might|may) also be interested in:?$", re.I)
"""The heading of a box that teases one other story in the middle of the text: DW's "Skip next section You might also be
interested in"."""


def teaser_boxes(texts: list[str]) -> set[int]:
    """Indices of the teased story under a teaser box's heading: its headline (no sentence) and the one short line
    of teaser under it ("Europe heat wave: Eiffel Tower summit closed" / "Temperatures rose above 40 degrees …")."""
    marked: set[int] = set()
    for at in (at for at, text in enumerate(texts[:-1]) if _TEASER_HEAD.match(text.strip())):
        title = texts[at + 1].strip()
        if len(title.split()) > 16 or chrome.TERMINAL.search(title):
            continue
        marked.add(at + 1)
        if at + 2 < len(texts) and len(texts[at + 2].split()) <= 30:
            marked.add(at + 2)
    return marked


def header_menus(texts: list[str], shortest: int = 4) -> set[int]:
    """Indices of a site's menu that a saved page's text puts under its headline: ``shortest`` list items or more in a
    row of one to three words, no sentence and no number ("- Home" / "- Forecast" / "- Past Weather" / "- Safety"),
    before the story's first paragraph; not a metadata table of labels over values."""
    first = next((at for at, text in enumerate(texts) if chrome.is_body_candidate(text)), len(texts))
    marked: set[int] = set()
    run: list[int] = []
    table = stacked_labels(texts)  # a page's metadata table ("Source" / "OCHA") is read as one
    for at, text in enumerate([*texts[:first], ""]):
        words = text[2:].split() if text[:2] in ("- ", "• ", "* ") else []
        if 1 <= len(words) <= 3 and not chrome.TERMINAL.search(text) and not re.search(r"\d", text) and at not in table:
            run.append(at)
            continue
        marked.update(run if len(run) >= shortest else ())
        run = []
    return marked


def name_at_both_ends(texts: list[str]) -> str | None:
    """A site's name alone on the page's first line and again on a line of its own after the story ("Naharnet" over
    the headline and under the comments): the page names itself, as a copyright line would. Short names only, not a
    section's ("Politics") nor a topic's the headline names ("Ebrahim Raisi" over the Guardian's "Iranian president
    Ebrahim Raisi killed …", and in its list of topics)."""
    first = texts[0].strip() if texts else ""
    if not first or len(first.split()) > 3 or re.search(r"[.!?:;,\d]", first) or not first[0].isupper():
        return None
    if outlets.is_section_name(first) or first.lower() in _SECTION_LIKE:
        return None
    if any(first in t for t in texts[1:4] if t.strip() != first):
        return None  # "Ebrahim Raisi" over "Iranian president Ebrahim Raisi killed …": a topic's tag, not the site
    return outlets.name(first) if any(t.strip() == first for t in texts[3:]) else None


_SECTION_LIKE = frozenset("home news world politics business sport sports opinion video videos live more menu".split())
"""First lines a page may print again lower down that are its menu, not its name."""



def broken_chrome(texts: list[str], blanks: list[int] | tuple[int, ...], longest: int = 4) -> set[int]:
    """Indices of a line of chrome broken over short lines with no blank between them, as a box's narrow column copies
    ("Get more insights with the" / "Recorded Future" / "Intelligence Cloud."): read together, only when the first line
    leaves its sentence open, each line under it is a few words in capitals (no wrapped prose, which
    ``story_split.join_wrapped`` joins) and the last closes the sentence."""
    marked: set[int] = set()
    for at, text in enumerate(texts):
        if at in marked or len(text.split()) > 8 or chrome.TERMINAL.search(text) or _whole(text):
            continue
        run = [at]
        for below in range(at + 1, min(at + longest, len(texts))):
            part = texts[below]
            if blanks[below] or len(part.split()) > 5 or not part[:1].isupper() or _whole(part):
                break  # (a line that is chrome or a heading by itself: "Follow us" / "Read more:")
            run.append(below)
            if chrome.TERMINAL.search(part):
                break
        if len(run) > 1 and chrome.TERMINAL.search(texts[run[-1]]) and chrome.is_chrome(" ".join(texts[one] for one in run)):
            marked.update(run)  # (up to the line that closes the sentence: a menu's labels close none)
    return marked


def _whole(text: str) -> bool:
    """A line that is chrome or a related-links heading by itself, which ``broken_chrome`` leaves to the line rules."""
    return chrome.is_chrome(text) or chrome.starts_related_block(text)


_COMMENTS_HEAD = re.compile(r"^(?:\d{1,4} )?(?:(?:reader )?comments?|responses?|replies|discussion|join the (?:conversation|discussion)"
                            r"|(?:\d{1,4} )?thoughts? on .{1,120})(?: \(\d{1,4}\))?:?$", re.I)
_COMMENTER = re.compile(r"^\S.{0,60}? (?:says|said|wrote|writes|replied|replies)\s?:$")
"""A comment's header as a blog prints it: "Peeter K. says:", "AvGeek_EE wrote:"."""


def comment_threads(texts: list[str]) -> set[int]:
    """Indices of the readers' comments pasted under a story: from a comments heading ("Comments (3)", "2 thoughts on
    …") to the end, when one of the next three lines is a commenter's header ("Peeter K. says:"); a heading with
    no commenter under it is left to the line rules."""
    for at, text in enumerate(texts):
        if at >= 2 and _COMMENTS_HEAD.match(text.strip()) and any(
                _COMMENTER.match(below.strip()) for below in texts[at + 1:at + 4]):
            return set(range(at, len(texts)))
    return set()
