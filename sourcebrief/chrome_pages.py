"""More line rules for web chrome, from the page templates of further outlets: skip links, video boxes, tip and
feedback forms, subscription pitches, wire-copy credits, update notes and a page's age. ``chrome.is_chrome`` asks
here after its own rules; each rule is the shape of a line, never a phrase of one article.
"""

from __future__ import annotations

import re

from .chrome_widgets import is_widget
from .nav_menu import is_menu_line

_NAME = r"(?-i:[A-Z][\w'’.&-]*)"
_POST_SIGNATURE = (r"(?:[—–-]\s*)?[^()@]{2,60} \(@\w{1,30}\),? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                   r" \d{1,2}, \d{4}")
"""What closes a social media post embedded in a page: its author, handle and date ("— US Embassy Yemen
(@USEmbassyYemen) July 9, 2025"); the post's own words are the line above."""
_PATTERNS = [
    r"skip to [\"“']?[\w' ’-]{2,40}[\"”']?(?: \(press enter\))?",  # a skip link, "Skip to "About government""
    r"home(?: ?[/>›»|] ?[^/>›»|]{1,200}){2,6}",  # a breadcrumb, "Home/Newsroom/Detail/Statement on the fourth …"
    r"(?:choose|select|pick) (?:which|the) .{1,60} delivered (?:straight )?to your inbox|hosted by .{1,60}",
    rf"search (?:the )?{_NAME}(?: {_NAME}){{0,3}}",  # "Search ABC News", "Search Canada.ca": the site's search box
    r"(?:watch|video|listen)(?: now)? ?\| .{1,120}",  # a video box's label, "WATCH | LeBlanc outlines Canada's response:"
    r"(?:[-–—]\s*)?with (?:files|reporting|assistance) from .{2,120}",  # wire copy a story used: "With files from The
    # Canadian Press", "— With assistance from Eric Martin and Brian Platt"
    r"with (?:afp|ap|reuters|dpa|efe|agencies|wires)(?:(?:,| and| &) (?:afp|ap|reuters|dpa|efe))*",  # "By Africanews"
    # over "with AFP": the agencies' share of the copy, the byline's second line
    r"(?:last )?(?:updated|published|posted):? \d{1,2}/\d{1,2}(?: ?[-–|,] ?\d{1,2}[:.]\d\d)?",  # a stamp with no year,
    # "Updated: 26/06 - 17:14": no date can be read from it
    r"more (?:by|from) this (?:author|writer|reporter|columnist)",  # an author card's link, "More by this Author"
    r"full article(?: \d{1,5} comments?)?|categories: .{1,120}|(?:please )?(?:log ?in|sign in) or register to comment",
    # a news agency's index furniture (MercoPress): "Full article 3 comments", "Categories: Politics, Argentina."
    r"have a confidential tip for our reporters\? get in touch",  # a tip box
    r"corrections? (?:and|&) clarifications?|p\.? ?o\.? box \d{1,6}(?: station [a-z])?",  # a corrections box's
    # heading (its note is an editor's note); a postal address's box number, "P.O. Box 500 Station A"
    r"the one-stop-shop solution for policy professionals .{1,120}|discover exclusive scoops and insights",  # the
    # box under "This article is part of POLITICO Pro", on every such page
    r"article réservé aux abonnés|you have [\d.]+% of this article left to read\. the rest is for subscribers only",
    # Le Monde's paywall: its label and what it cuts
    r"translated by .{1,60} from the original in \w+(?: published by .{1,60})?",  # a translated story's note:
    # "Translated by the Buenos Aires Times from the original in Spanish published by Perfil."
    r"support (?:the )?(?-i:[A-Z])[\w .'’&-]{1,40}: .{1,120}",  # a plea for money in the first person: "Support the
    # Buenos Aires Times: your contribution keeps independent journalism alive."
    r"contact us:?|site feedback:?|take our survey|new window|top reporters|confidential tip\??",
    r"(?:provide|send|submit|share) (?:us )?(?:news |your )?(?:feedback|a tip|tips|a story tip)\b.{0,60}",
    r"@[\w.]{2,30}",  # a writer's handle alone on its line, under their name in an author card
    r"follow|your feedback|unofficial|embargoed|for immediate release|about the (?:author|writer|reporter)s?",
    r"share ?/ ?save|photo gallery(?: \(click to enlarge\))?|end of (?:the )?article|language selection",
    r"by subscribing,? you (?:can )?(?:help|support) .{1,100}",  # "By subscribing, you can help us get the story right."
    r"stay (?:informed|updated|ahead|up to date) with (?:the|our) latest .{1,140}",
    r"report a (?:problem|mistake|typo|error)(?: or (?:a )?(?:problem|mistake|typo|error))? on this page",
    r"(?:tel|tel\.|telephone|phone|fax|e-?mail)\s?:\s*\S.{0,120}",  # a contacts line: "Tel.: +31 (0)70 302 2323 Fax: …"
    r"(?:(?:media|press) )?contacts?:\s*[^.!?]{2,80}?,? (?:\+?\(?\d[\d ().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)",  # a release's
    # contact with a phone number or an address: "Contact: Communications Office, 509-555-0100"
    r"(?:(?:website|x|youtube|linkedin|facebook|instagram|twitter|tiktok|threads|bluesky|rss|flickr)\b\s*){2,}",
    r"(?:press release )?no\.? ?\d{4}/\d{1,4}",  # a release's number, "No. 2025/12"
    r"[_*=~-]{3,}|#{3}",  # a separator line
    r"(?!(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?, )[^.!?]{2,60}, (?:[\w-]+ )?\d{1,5}[a-z]?, \d{4,5}(?: ?[A-Z]{2})?"
    r" [A-Z][\w' -]{1,40}(?:, [A-Z][\w -]{1,30})?",
    # a postal address: "Peace Palace, Carnegieplein 2, 2517 KJ The Hague, Netherlands" (not a print page's stamp, "Fri,
    # Jul 26, 2024 page1")
    r"(?:the )?official (?:web ?site|portal|page) of .{1,60}|was this (?:page|article|information) (?:helpful|useful)\??",
    r"(?:[^-–—|]{2,40} [-–—|] )?back to (?:newsroom|news|top|press releases|all news|the homepage|home)",  # the
    # masthead's link, "The Guardian - Back to home"
    r"(?-i:(?=[A-Z0-9./-]*\d)/?[A-Z0-9][A-Z0-9>./-]{11,})",  # (in capitals: "bdnews24.com" is a masthead)  # a bulletin's codes: "OKZ004>048-TXZ083>090-142200-",
    # "/O.CON.KOUN.FW.W.0006.250314T1700Z-250315T0200Z/"
    r"(?-i:(?:[A-Z][\w.']*-){4,})",  # a bulletin's zones run together: "Harper-Woods-Alfalfa-Grant-Kay-"
    r"list(?: \d{1,2})? of \d{1,2}(?: items)?|end of list",  # a list's labels for screen readers: "list 1 of 4"
    r"follow .{1,60}:|(?:sponsored|promoted|recommended)(?: content| links| stories)? by .{1,30}",  # "Follow Al Jazeera
    # English:", "Sponsored Content by Taboola"
    r"(?-i:(?:LAST )?(?:UPDATED|PUBLISHED|POSTED|MODIFIED))|(?:last )?(?:updated|published|posted|modified)(?: on)?:"
    r"|read less",  # a stamp's label alone over its date, "UPDATED"
    r"join .{1,30} (?:whatsapp|telegram|youtube|instagram|facebook|google news|signal) channel\b.{0,100}",
    r"[A-Z]{4}\d{2} [A-Z]{4} \d{6}(?: [A-Z]{3})?",  # a bulletin's header for the wire, "FXUS64 KOUN 130345"
    r"(?-i:NEWSROOM|NEWSDESK|NEWS DESK|WEB DESK|ONLINE DESK)",
    r"(?:trending|trending now|hot topics?|in focus):\s?[^.!?]{1,60}",  # a header's link to a topic, "Trending: Abe
    # state funeral" (its words are no part of the story)
    r"(?-i:for) (?:[\w-]+ ){0,4}(?:news|stories|headlines|updates|coverage|journalism)\b[^.!?]{0,40}",  # an app's
    # pitch run on to its second line: "Get the RNZ app" / "for ad-free news and current affairs"  # a desk's byline in capitals, no writer (Kathimerini)
    r"date modified:?",  # a government page's footer: "Date modified:" over the date
    r"english|fran[cç]ais|espa[nñ]ol|deutsch|portugu[eê]s|italiano|nederlands|русский|العربية|中文|日本語",  # a page's
    # language switch: "Français" alone on its line
    r"(?:posted|updated|published) (?:(?:about|around|over|nearly|less than) )?(?:an?|\d+) ?(?:m|mins?|minutes?|h|hrs?"
    r"|hours?|d|days?) ago.{0,80}",  # "Posted 5h ago5 hours ago, updated 3h ago3 hours ago", "Updated about 3 hours
    # ago": the page's age, no date
    _POST_SIGNATURE,  # an embedded post's signature: "— Ukrainian President Volodymyr Zelensky (@ZelenskyyUa) June 17, 2025"
    r"the (?:content|page|article) you (?:requested|are looking for|were looking for) (?:does not|doesn['’]t|no longer)"
    r" .{0,80}",  # a page's error box for an embed that is gone
    r"\*?\s?(?:your )?(?:name|e-?mail(?: address)?|comment|title|website|message)\s?\*|comment['’]?s? title"
    r"|\*?\s?comments? (?:will be|are|is) (?:moderated|reviewed)\b.{0,80}|short ?link:?|send",  # a comment form:
    # "Name *" / "Email *" / "Comment *" / "Send" / "*Comments will be moderated"; "Short link:" over the page's link
    r"(?:these are|here are) the latest (?:updates|developments)(?: on [^.]{1,60})?:?",  # a live page's summary label
    r"comments? \(?\d{1,5}\)?|(?:photo|image|picture|slide) \d{1,3} (?:of|/) \d{1,3}|show (?:more|less)|embed|copied"
    r"|click to (?:enlarge|expand|zoom)|audio version|listen \(\d{1,2} min\)",  # counters, a gallery's, a widget's
    r"listen in (?-i:[A-Z][a-z]+)|audio player|(?:listen|play)(?: to)? (?:this )?(?:article|story)"
    r"(?: \d{1,2}:\d\d| \d{1,2} mins?)?",  # an article's audio player: "Listen to this article" / "4 mins" /
    # "Audio Player"; "Listen In Arabic"
    r"(?:estimated )?read(?:ing)? time:? \d{1,2} ?(?:mins?|minutes?)|tune in|(?:published|edited) by:?",  # an Indian
    # page's header and footer: "Read Time: 2 mins", "Published By:" over the web editor's name, "Tune In"
    r"(?:track|get|catch|follow|read) (?:the )?latest news\b.{0,40} on [\w-]+\.(?:com|in|net|org|co\.\w{2})\b.{0,120}",
    # "Track Latest News Live on NDTV.com and get news updates from India and around the world"
    r"get (?:breaking )?news alerts\b.{0,60}\bapp|that['’]s (?:where|all|it) (?:we['’]ll|we will|for) (?:leave|end|pause|wrap"
    r" up|close|now)(?: (?:the|our|this|today['’]s) (?:live )?(?:blog|coverage|updates))?(?: for)?(?: (?:today|tonight|now))?",
    # an app's pitch ("Get breaking news alerts directly to your phone with the ABC News app"); a live blog's sign-off
    r"text ad:.{1,80}|(?-i:(?:[A-Za-z'’-]+ ){1,5}AD)",  # a Nigerian page's adverts: "TEXT AD: Call Willie - …", "PT Mag Campaign AD"
    r"kindly share this (?:story|article|post):?|this (?:article |story )?was published (?:\d{1,2}|an?|one) (?:years?|months?|weeks?|days?) ago",  # an archive's note
]
_CHROME = re.compile(r"^(?:" + "|".join(_PATTERNS) + r")[.!]?$", re.IGNORECASE)
_LONG = re.compile(r"^(?:(?=.{0,300}\b(?:support|fund) our (?:independent )?journalism\b)(?=.*\b(?:I|we)\b)"
                   r"|search for related information by keyword:|(?=.{0,300}\bto learn more about republishing this\b)"
                   r"|(?:you can unsubscribe at any time\.?\s+)?by signing up,? you (?:acknowledge|agree|consent|are agreeing)\b)"
                   r".{0,400}$", re.IGNORECASE)
"""A newsroom's plea in the first person ("Hi, this is Kateryna Denisova. I wrote this news piece. … Support our
independent journalism."), a government page's keyword list ("Search for related information by keyword: Economics
and Industry | …"), a newsletter box's consent ("By signing up, you acknowledge and agree to our Privacy Policy …")."""
_UPDATE_NOTE = re.compile(r"^\((?:attn:\s*)?(?:updates?|adds|recasts|rewrites|corrects|changes|refiles|removes|moves)\b[^()]{2,200}\)$",
                          re.IGNORECASE)
"""A wire story's note on what its update changed: "(Updates with Canada's response in fifth paragraph.)", "(ATTN:
UPDATES with details in paras 6-9)" (Yonhap)."""


def is_furniture(text: str) -> bool:
    """A line of web chrome that ``chrome``'s own rules do not know: see ``_PATTERNS``."""
    return (len(text) <= 160 and bool(_CHROME.match(text) or is_menu_line(text))
            or len(text) <= 500 and bool(_LONG.match(text)) or is_widget(text))


def is_post_signature(text: str) -> bool:
    """Whether a line closes an embedded post (see ``_POST_SIGNATURE``)."""
    return len(text) <= 160 and bool(re.fullmatch(_POST_SIGNATURE + r"[.!]?", text.strip(), re.IGNORECASE))


def is_update_note(text: str) -> bool:
    """A wire story's note on what its update changed, an editor's note: see ``_UPDATE_NOTE``."""
    return len(text) <= 210 and bool(_UPDATE_NOTE.match(text.strip()))


_SUMMARY_HEADING = re.compile(r"^(?:key points|key takeaways|(?:the )?story at a glance|at a glance|in short|tl;dr|highlights"
                              r"|key developments(?: on [\w ,]{3,30})?|what you need to know):?$",  # Nation's box  # the Kyiv Independent's "Key developments on July 24:"
                              re.IGNORECASE)
"""The heading of a box that sums the story up in points over it (ABC's "Key points:", Gulf News' "Highlights"): the
points say again what the story says."""


def is_summary_heading(text: str) -> bool:
    """A summary box's heading: see ``_SUMMARY_HEADING``."""
    return bool(_SUMMARY_HEADING.match(text.strip()))


def is_summary_point(text: str, listed: bool = False) -> bool:
    """A point of a summary box: a short line without a sentence's full stop ("A police inspector shot the attacker
    dead"); the first line that ends as a sentence does is the story again, unless the points are ``listed``: set
    close under the heading, no blank line between, before the story begins (the Nation's "What you need to know:"
    and its points, each a sentence)."""
    text = text.strip()
    return 2 <= len(text.split()) <= 30 and (listed or not re.search(r"[.!?:\"”’]$", text))
