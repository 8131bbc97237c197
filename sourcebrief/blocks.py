"""Runs of lines the cleaner reads together: newsletter promotions, metadata tables, a press release's closing
boilerplate, video players and the captions photo credits set apart.

Each rule takes a story's lines and returns the indexes it marks; ``chrome`` judges single lines.
"""

from __future__ import annotations

import re

from . import chrome, chrome_stamps, outlets

_PROMO_OPEN = re.compile(r"^(?:sign up|subscribe|register)(?: now)?(?: for| to)? [^.!?]{1,60}$", re.I)
_PROMO_CLOSE = re.compile(r"(?:^|\s)after (?:newsletter )?promotion$|^privacy notice: newsletters? may contain\b", re.I)
"""Ends a line, which may have had the closing line (lower-case) joined on as a hard wrap; or the newsletter's privacy
notice that closes the box when "after newsletter promotion" was not copied."""


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
    r"^(?:forward[- ]looking statements?|safe harbou?r statement|(?:media|press|investor)(?: relations)? contacts?:?"
    r"|contacts?:|for (?:more|further) information,? (?:please )?contact:?.{0,80}|(?-i:SOURCE) [A-Z][^.!?]{1,80}"
    r"|###|-30-)$",
    re.IGNORECASE)
_ABOUT = re.compile(r"^About (?-i:[A-Z])[\w&.,'’ -]{1,60}$", re.IGNORECASE)


_LABEL_LINE = re.compile(r"^[A-Z][A-Za-z&/ ]{1,40}:\s+\S.{0,100}$")
"""A "Label: value" line of a metadata table ("Company Announcement Date: March 12, 2024")."""


def label_blocks(texts: list[str], shortest: int = 3) -> set[int]:
    """Indices of runs of at least ``shortest`` "Label: value" lines in a row: a page's metadata table ("Product Type:
    Food & Beverages", "Brand Name: Harvest Gold"), not prose. One or two such lines may be a quote or a heading."""
    marked: set[int] = set()
    run: list[int] = []
    for index, text in enumerate([*texts, ""]):
        if _LABEL_LINE.match(text.strip()) and len(text.split()) <= 14:
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
    "About …" heading counts only when one of the other markers follows it (it may be a subheading)."""
    marks = [i for i, text in enumerate(texts) if _BOILERPLATE.match(text.strip())]
    if not marks:
        return None
    about = [i for i, text in enumerate(texts[:marks[-1]]) if _ABOUT.match(text.strip())]
    return min([marks[0], *about])

_VIDEO_LABEL = re.compile(r"^(?:video|watch|play video)$", re.I)
_DURATION = re.compile(r"^(?:duration:? )?\d{1,2}:\d\d(?::\d\d)?$", re.I)


def video_titles(texts: list[str]) -> set[int]:
    """Indices of the lines that title a video player: the line between a "Video" label and the player's duration
    ("Duration 0:48"); what the video shows, a caption rather than body."""
    return {at - 1 for at in range(2, len(texts))
            if _DURATION.match(texts[at].strip()) and _VIDEO_LABEL.match(texts[at - 2].strip())}


_PHOTO_CREDIT = re.compile(
    r"^(?:(?:image|photo|picture|credit)s?\s*:\s*)?(?P<who>[A-Z][\w .'’-]{1,40}(?:\s*/\s*[\w .'’-]{1,40}){0,3}"
    r"(?:\s+via\s+[\w .'’-]{1,30})?)(?:\s+(?:toggle|hide) caption)?$", re.I)
_CREDIT_NAME = re.compile(rf"\b(?:{chrome.AGENCIES}|Images|Photos?|Photography)\b")
_ENLARGE = re.compile(r"^(?:enlarge this image|expand(?: image)?|view image in fullscreen|(?:show|hide|toggle) caption)$", re.I)


_PHOTO_LIBRARY = re.compile(r"(?:Getty|Shutterstock|Alamy|EPA(?:-EFE)?|NurPhoto|SOPA|Imago|ZUMA Press|Abaca|AFP|AP|Reuters"
                            r"|Bloomberg)\s(?:Images|Photos?|Pictures|Photography)")
"""A photo library's or agency's picture service alone on its line: "Getty Images", "AP Photo"."""


_NAMED_CREDIT = re.compile(rf"[A-Z][\w'’.-]+(?:[\s-][A-Z][\w'’.-]+){{0,3}},\s(?P<who>{chrome.AGENCIES}|Getty Images|[A-Z ]{{4,30}})")
"""A photographer and their agency or paper, after a comma: "Kim Kyung-Hoon, Reuters", "Jane Doe, USA TODAY"."""


def is_photo_credit(text: str) -> bool:
    """A line that is only a photo credit: "Jens Schlueter/AFP via Getty Images", "Image: Jane Doe/Reuters",
    "Getty Images", "Kim Kyung-Hoon, Reuters"."""
    if len(text) > 120:
        return False  # (most lines: a paragraph)
    if _PHOTO_LIBRARY.fullmatch(text.strip()):
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
    right over a credit in capitals ("Ministers shake hands in Geneva on Monday" / "REUTERS"), and an unpunctuated
    line printed twice in a row, as pages copy a caption ("Kurdistan Region Prime Minister Masrour Barzani")."""
    found = {at - 1 for at in range(1, len(texts)) if is_agency_credit(texts[at]) and len(texts[at - 1].split()) >= 4
             and not re.search(r"[.!?:;”\"’')]$", texts[at - 1].strip()) and not chrome.is_chrome(texts[at - 1])}
    for at in range(len(texts) - 1):
        following = texts[at + 1].strip()
        if not (_ENLARGE.match(texts[at].strip()) or is_photo_credit(texts[at])
                and not re.search(r"[.!?:;”\"’')]$", following)):
            continue  # (most lines: the cheap test first)
        if not (is_photo_credit(following) or chrome.is_chrome(following)):
            found.add(at + 1)
    found |= {at + step for at in range(len(texts) - 1)
              if texts[at] == texts[at + 1] and 4 <= len(texts[at].split()) <= 40
              and not re.search(r"[.!?:;”\"’')]$", texts[at].strip()) and not chrome.is_chrome(texts[at])
              for step in (0, 1)}
    return found


_NEWSLETTER_HEAD = re.compile(r"^.{0,60}\bnewsletters?\b(?:.{0,40}[^.!?])?$", re.I)
"""A newsletter's heading, no sentence: "Get the Space.com Newsletter", "Sign up for our daily briefing newsletter"."""
_FORM_LINE = re.compile(r"^(?:contact me with\b|receive email from us\b|by submitting your\b|(?:enter )?your email"
                        r"(?: address)?$|sign me up$|submit$)", re.I)


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
