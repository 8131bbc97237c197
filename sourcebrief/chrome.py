"""Line rules for the cleaner: what web chrome (furniture), credits and headlines look like. Captions are
in ``chrome_captions``; stamps, bylines and datelines in ``chrome_stamps``.

Each rule is general (the shape of a line), never a phrase tuned to one outlet.
"""

from __future__ import annotations

import functools
import re

from . import chrome_pages, chrome_widgets, outlets
from .chrome_credits import CREDITS as _CREDITS
from .chrome_credits import reporters  # (read from here by the cleaner)
from .chrome_captions import AGENCIES, caption_words, credit_start, is_caption, is_caption_label  # (read from here)
from .chrome_stamps import TIME_ONLY, date_only, dates_in

_PAGE_END_PATTERNS = [
    r"back to top( button)?",
    r"(scroll|go) to top",
    r"ad ?block(er)? detected",
    r"(please )?(consider )?(support(ing)? us by )?(disabl(e|ing)|turn(ing)? off|whitelist(ing)?) (your |the )?ad ?blockers?.*",
    r"leave a (reply|comment)",
]
"""Furniture that closes a news site's page (WordPress themes print it under everything): a headline right after it
starts another page copied into the same file (ends_page)."""
_NETWORKS = r"(twitter|x|linkedin|facebook|email|e-mail|whatsapp|telegram|reddit|print|copy link)"
"""The buttons of a share bar."""
_CHROME_PATTERNS = [
    *_PAGE_END_PATTERNS,
    r"we (have )?(noticed|detected) (that )?you('re| are) using an? ad ?blocker.*",
    r"related (articles|stories|posts|news|content|topics|coverage|links)",
    r"(read|see) (more|also)( stories| about this| on this)?:?",
    r"(also read|more stories|more from .{1,40}|recommended( for you)?|most (read|popular|viewed|shared)( in [\w&'’ ]{1,30})?|trending( now)?|you (may|might) also like):?",
    r"(your )?email address will not be published.*",
    r"required fields are marked.*",
    r"(post|add|write|view|show) (a |all )?comments?",
    r"(read |view |see )?\d[\d,.]*k? comments?",
    r"(the )?comments (below )?(have not been|are not|are|will be) (pre-?)?moderated.{0,80}|share what you think",
    r"report (a|an) (typo|error|correction|problem)|today['’]s paper|close",
    r"comments?",
    r"powered by (automated|machine) translation",
    r"(this (article|story|text) (was|has been|is) )?(automatically|machine)[- ]translated.*",
    r"(share|tweet|email|print|copy link|whatsapp|facebook|twitter|linkedin|telegram|reddit|pinterest|line|weibo|wechat"
    r"|kakaotalk|bluesky|threads|dela( artikeln)?|e-post)( this( article| story)?)?",  # (Swedish: "Dela artikeln")
    r"listen|(start|join) (a|the) conversation",
    r"share (this|on|via|(the )?(full )?(article|story)).{0,40}|share or comment on (this|the) (article|story):?",
    r"click (here )?to (share|print|email|open|view).*",
    r"(you can )?(also )?follow (us|.{1,40}) on (twitter|x|facebook|instagram|telegram|whatsapp|google news).*",
    r"follow .{1,60} (whatsapp|telegram|youtube|instagram|google news) channels?\.?|translate",
    r"(sign up|subscribe|register)( now)?( for| to)? .{0,60}(newsletters?|updates|alerts|emails?)\b.*",
    r"subscribe( now)?",
    r"(free )?(daily|weekly|monthly) newsletter",
    r"privacy notice: newsletters? .*",
    r"after (newsletter )?promotion",
    r"(skip )?advertisement( ?[-–—|:] ?scroll to continue( reading)?)?|advertising|sponsored( content)?|sponsor message|supported by|ad|ads by .{1,30}",
    r"(story|article) continues( below| after (this )?(advertisement|ad))?( advertisement)?|link copied|copy|flipboard",
    r"purchase licensing rights.{0,30}|social sharing|read later|remove|see all|fact check|(comments )?closed",
    r"request reprints?( (&|and) licensing)?|submit (a )?(correction|news tip)|view editorial .{0,40}guidelines",
    r"([^|.!?\d]{2,50}(?<=[^\s|])\|(?=[^\s|])){1,6}[^|.!?\d]{2,50}",  # "Corrections and clarifications|Submit a news tip"
    r"follow (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,4})",
    r"skip (next|previous) section.{0,40}|send us your feedback|print( print)?( this (page|article|story))?",
    r"why you can trust .{1,40}|gift (this |the )?(article|story)|open in (the )?app|comments? \(\d+\)|\d{1,3} of \d{1,3}",
    r"save (articles|stories) to read later.{0,80}|(have|got) a (news )?tip\?.{0,100}",
    r"permalink:? \S+|reuse this content|enlarge this image|(toggle|hide|show) caption|expand( image)?"
    r"|view image in fullscreen",
    r"(this )?(article|content|story) (is )?(reserved|available|exclusive)( only)? (for|to) (our )?(subscribers|members)"
    r"( only)?|subscribers only",  # "This article is available only to our subscribers."
    r"lire en français|auf deutsch lesen|leer en español|ler em português|leggi in italiano|read in (?-i:[A-Z])\w+",
    r"(skip to (main )?(content|site index|navigation|search|footer|main menu) ?)+",
    r"(accept|manage|reject) (all )?cookies?.*",
    r"(this|our) (website|site) uses cookies.*",
    r"we (value|care about|respect) your privacy",
    r"(accept|reject|allow) all|manage (preferences|settings|choices|options)|cookie (settings|preferences|policy)",
    r"(subscribe|sign up|register) to (continue|keep) reading.*|subscribe from .{1,60}",
    r"already (a subscriber|have an account|registered)\?.{0,40}",
    r"(please )?(turn on|enable) javascript.*",
    r"show key events only|key events|pinned( post)?|live( updates| coverage)?|get in touch",
    r"(were|are) you (in the area|there|affected|caught up in .{1,40})\?.{0,60}(contact|email|get in touch|tell us).*",
    r"(watch|video|listen)( now)?: .{1,120}[^.!?]|video|watch",
    r"(duration:? )?\d{1,2}:\d\d(:\d\d)?",
    r"read (the )?(original )?(article |story |text )?in (?-i:[A-Z])\w+",
    r"this (article|story|text) (was|has been|is) translated .{0,200}",
    r"(all rights reserved|copyright\s*©?|©).*",
    r"listen to (this|the) (article|story).*",
    r"(image|photo|picture|video) (source|credit)s?\s*[:,]\s*.{1,60}",
    r"(reading time:? ?|estimated )?\d{1,3} min(ute)?s?\.?( read(ing time)?| listen| to read)?( \(\d[\d,]* words\))?",
    r"\((the )?(briefing|meeting|press conference|news conference|call|session|hearing) (was )?(concluded|ended|adjourned)"
    r" at [^()]{1,20}\)",
    r"(https?://|www\.)\S+|become a (member|subscriber|supporter|patron)|(a )?note from the (author|editor|newsroom):?",
    r"get our (free )?.{0,40}newsletters?.{0,80}|please enter a valid email( address)?|i would like to be emailed .{0,200}",
    r"join (our|the) (commenting forum|conversation|discussion)|join .{1,60} conversations, .{1,120}",
    r"please use .{1,40} browser .{0,80}|contributing( reporting)?: .{1,120}",
    r"sources?: (?-i:[A-Z])[\w&'’./-]*(,? [\w&'’./-]+){0,5}",
    r"(print|email|share|save)( \| (print|email|share|save))+",
    r"(tags?|topics?|see more on|filed under|in):.{0,120}",
    r"(thanks|thank you) for reading\b.{0,150}",
    r"[(\[–—-]*\s*with (additional )?inputs from [^.!?]{1,60}[)\]]?",
    r"follow us( on)?|(new ?)?you can now listen to .{1,80}|click here (to|for) .{1,100}",
    r"get (all )?(the )?latest .{0,80}(news|headlines|updates)\b.{0,80}|get (updates|alerts|notifications) (on|about) .{1,60}",
    r"get .{1,60} delivered (straight )?to your inbox.{0,40}",
    r"for (the )?latest (news|updates|headlines)\b.{0,80}\b(head|go) to \S.{0,60}",  # a station's footer promotion
    r"(previous|next) (article|post|story)",
    r"this (article|story|page) is more than (\d+|an?|one|two|three) (days?|weeks?|months?|years?) old",  # an archive's banner
    r"loading\.*",
    r"(download|get) (our|the) app.*",
    r"our (editorial )?standards:.{0,80}",
    r"(editor|editors|edited by|editor in charge)\s*:\s*[\w'’.-]+(\s+[\w'’.-]+){0,3}",
    r"(-+ ?)?(end ?item|ends?)( ?-+)?( ?/ ?\w{1,6})?",
    r"(sign|log) ?(in|up|out)|register|my account|account|menu|(open|close) menu|search|save|toggle navigation|navigation",
    r"subscribe( now)? (to|for) .{1,120}",
    r"(want|get) .{1,60}\? (subscribe|sign up).*",
    rf"((share on |share via )?{_NETWORKS}[\s|·,/]*){{2,}}",
    r"follow .{1,80} (at|on) https?://\S+",
    r"share (options|this( article| story| page)?|article|story|page)|about sharing|x \(formerly twitter\)",  # (BBC's)
    rf"share( this)?( article| story| page)?\s*:?\s*({_NETWORKS}[\s|·,/]*)+",  # "Share this article: Facebook Twitter …"
    r"\(end\)|keywords?|(#\w+[\w ]*){1,8}|(?-i:\(?[a-z]{2,4}(/[a-z]{2,4}){1,3}\)?)",  # an agency desk's initials, "bur/kms", "(lem/ms)"
    r"[a-z]{2,3}(?:/[a-z]{2,3})+\s*\([^()]{2,60}\)|news code:? \d+|news provided by|content current as of:?.{0,20}|view original|download (the )?(report|pdf|file|document).{0,60}",
    r"(@\w{2,30}\s+)?[\w.+-]+@[\w-]+(\.[\w-]+)+([\s,|]+\+?[\d ()+.-]{7,20})?"  # "@eleishafoon eleisha.foon@rnz.co.nz"
    r"|(?!\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d$|(?:19|20)\d\d-\d\d-\d\d$)\+?\(?\d[\d ()+.-]{6,18}\d",  # a phone number, not "10-08-2024" nor "2026-02-05"
    r"(watch|play)( the)?( video| now| live)?(: .{1,100})?( \d{1,2}:\d\d)?|video \d{1,2}:\d\d(:\d\d)?",
    r"(watch|stream|listen to) [\w'’ -]{1,40} (on|via) (?-i:[A-Z][\w&'’.+-]*(?: [A-Z][\w&'’.+-]*){0,3})",  # "Watch
    # highlights on Sky Sports News": a channel's promotion under the story
    r"[^.!?:]{1,60}:\s*https?://\S+",
    r"staff (report|reports|writer|reporter|correspondent)s?",
    r"(home|news)( ?[>›»/|] ?[\w&'’ .-]{1,30}){1,4}",
    r"(?-i:[A-Z][A-Z&'’ ]{1,24}( ?\| ?[A-Z][A-Z&'’ ]{1,24}){1,4})",
    r"[\w&'’ .-]{1,30}( ?[›»] ?[\w&'’ .-]{1,30}){1,4}",
    r"[\w&'’.-]+( [\w&'’.-]+)?( [|·•∙] [\w&'’.-]+( [\w&'’.-]+)?){2,7}",  # "Subscribe | Log in | e-Edition"
    r"[\w&'’.-]+( [\w&'’.-]+)?( / [\w&'’.-]+( [\w&'’.-]+)?){1,3}",  # "Asia / Southeast Asia"
    r"(https?://|www\.)\S+",  # a bare link, "https://p.dw.com/p/4lkY8": the page's short address, no prose
    r"\((image|photo|picture|video) (source|credit)s?\s*[:,]\s*[^()]{1,60}\)",  # "(Image credit: SpaceX)"
    r"(?-i:Home(?: (?:News|World|Sports?|Business|Politics|Opinion|Tech|Technology|Science|Health|Entertainment|Culture"
    r"|Lifestyle|Travel|Money|Finance|Markets|Economy|Local|National|International|Features|Environment)){1,2}"
    r"(?: [A-Z][\w&'’-]*){0,2})",  # a breadcrumb copied without its separators, "Home News Spaceflight"
    outlets.APP_PROMOTION,  # "Download the Nation app for the latest news."
    r"(get|receive) (the|our) .{1,40} newsletters?",  # "Get the Space.com Newsletter"
    r"exclusive news, data and analytics for financial market professionals",  # a wire site's tagline
    r"contact me with news and offers\b.{0,80}|receive email from us on behalf of\b.{0,80}"
    r"|by submitting your (information|email|details)\b.{0,200}",  # a newsletter form's consent boxes
]
_CHROME = re.compile(r"^(?:" + "|".join(_CHROME_PATTERNS) + r")[.!]?$", re.IGNORECASE)
_SHORT_CHROME = re.compile(
    r"^(?:accessibility(?: help| statement)?|(?:open|close) (?:the )?(?:side )?(?:navigation menu|search(?: bar)?)"
    r"|search (?:the )?\S{2,20}|e-?paper|e-edition|article content|contact(?: us)?|playlist|transcript|\d{1,2}-minute (?:listen|read)"
    r"|heard on [^.!?]{1,50}|add to (?:my ?\w{1,20}|(?:your )?(?:reading )?list|favou?rites)"
    r"|(?:page )?top of (?:the )?page|page top|[\[(](?:provisional|unofficial|informal) translation[\])]"
    r"|here['’]s what (?:you need to|to|we) know:?|key (?:points|takeaways)"
    r"|\d[\d,.]*k? (?:likes?|comments?|shares?|restacks?)|discussion about this (?:post|article|story)"
    r"|terms(?: of (?:use|service))?(?: (?:and|&) privacy(?: policy)?)?|privacy (?:policy|dashboard|settings|cent(?:re|er))"
    r"|cookie policy|summary|live reporting|(?:text|font) size|small|medium|large|in short:?|quick facts"
    r"|this (?:article|story) is part of [^.!?]{1,80})[.!]?$", re.I)
"""Short lines of a site's furniture: "Accessibility help", "Open side navigation menu", "Search the FT", "Add to
myFT", "5-Minute Listen", "Page Top", "[Provisional Translation]", "Key Points", "12 Likes" (looked for in lines of 60
characters at most, to keep the long list above short)."""
_PROMO_TAIL = re.compile(r"(?:[a-z]Learn more(?: about ?[\w&'’ .-]{0,40})?|LEARN MORE|\b(?i:sign up|subscribe) here\.?)$"
                         r"|\b(?i:please consider (?:supporting|donating to|subscribing to|becoming a member of) (?:us|our))\b"
                         r"|[!.]\s*[–—-]\s*(?i:(?:join|register|enrol|apply|book) now)$"  # an advert's call: "… Today!– Join Now"
                         r"|(?:^|[.!?]\s+)(?i:consider (?:supporting|donating to|subscribing to|becoming a member of))"
                         r" (?:us|our|the [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})\b[^.!?]{0,40}[.!]$")
"""A promotion that ends a line of other words: "… professionalsLearn more aboutRefinitiv", "… newsletter. Sign up
here.", "… Please consider supporting our work.", "… Consider supporting the Kyiv Independent." (a quotation is not
one)."""
_RELATED = re.compile(
    r"^(related( (articles?|stories|story|posts|news|content|coverage|links|topics))?|more stories( from .{1,40})?|read more( subscribers only)?|also read"
    r"|articles in this (story|series)|suggested( topics| for you| stories| articles| reading)?|in this (article|news|story)|more about|read more (from|with) .{1,40}"
    r"|read next|up next|what to read next|see also on .{1,40}|more information|read more here|related tags|go deeper|further reading"
    r"|recommended( for you| stories| articles| reading)?|(more|latest) from .{1,40}|you (may|might) also like|most (read|popular|viewed|shared)( stories| articles| news)?( in [\w&'’ ]{1,30})?"
    r"|explore more on (this|these) topics?|more (on|about) (this|the) (story|topic)|most shared|popular now|must read"
    r"|trending( now| stories)?|(related )?topics|key events|explore more|editor['’]?s['’]? (picks?|choice)|top stories|don['’]t miss"
    r"|most viewed|more (articles|coverage)|latest (news|stories|updates|headlines)|more on this( story| topic)?|associated links|keep reading)\W*$", re.I)


_LIST_MARK = re.compile(r"^(?:[-•*·▪–]\s+(?:\d{1,2}[.)]\s+|(?:an?|\d+)\s*(?:m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago\s+)?"
                        r"|\d{1,2}[.)]\s+|(?:an?|\d+)\s*(?:m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago\s+"
                        r"|\d{1,2}:\d\d\s+(?=[A-Z][a-z]))")
"""What marks a link in a list: a bullet ("- "), a number ("1. "), or a live blog's key event's age ("2h ago ") or
time ("15:40 Italy sends two Canadair planes")."""
_RELATED_LINK = re.compile(r"^(?:related|see also|also read|read (?:more|also)|must read|also watch|go deeper|read(?=\s*[:|])"
                           r"|(?:most (?:read|popular|viewed|shared)|trending(?: now)?|top stories|recommended)(?=:)"
                           r"|leia (?:também|mais)|lea (?:también|más)|lire aussi)"
                           r"(?: (?:in|on|from) (?-i:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})(?=:))?(?:\s*[:|–—-]\s+|\s*)"
                           r"(?P<title>(?:\[[A-Z]{2,12}\] )?(?-i:[A-Z“\"‘']).{2,150})$", re.I)
"""A link to another story inside the body: "Related: …", "MUST READ: …", "Also read in Daily Maverick: …" (the outlet's own name),
"READ: [WATCH] Marikina residents evacuate …" (the link's kind in brackets), "Most read: Fiji budget to …" (a list's heading)."""


_SUPPORT_NOTE = re.compile(r"^.{0,300}\bis solely responsible for all content\.?$")
"""A funding note: "The AP receives support from … The AP is solely responsible for all content."."""

_CONSENT = re.compile(r"^(?:(?:cookies?|cookie (?:notice|policy|consent)|privacy)\s*[:|–—-]\s*)?"
                      r"(?:(?:we (?:value|respect|care about) your privacy|your privacy (?:matters|is important(?: to us)?))"
                      r"[.!:]?\s+)?(?:(?:we(?: and our (?:\d+ )?(?:partners|vendors))?|this (?:web)?site) uses? cookies\b"
                      r"|we and our (?:\d+ )?(?:partners|vendors) (?:store|access|process)\b[^.!?]{0,80}\bcookies\b"
                      r"|cookies help us (?:deliver|provide|improve|run)\b[^.!?]{0,80}[.!]\s+(?:by|if you)\b[^.!?]{0,80}"
                      r"\bcookies\b).*$", re.I)
"""A cookie banner's text, often longer than a chrome line, perhaps under its label: "We and our partners use cookies
and similar ...", "Cookies: We use cookies to improve your experience. Accept all | Manage choices"; or under a sentence on privacy,
"We value your privacy. We and our partners use cookies …"; "We and our 142 partners store and access information on your device, such as
cookies, …" (a consent platform's words); "Cookies help us deliver our services. By using our services,
you agree to our use of cookies. OK"."""
_REPUBLISHED = re.compile(r"^this (?:article|story|report|piece) (?:(?:originally|first) (?:appeared|ran|was published)"
                          r"|was (?:originally|first) (?:published|posted)) (?:on|in|by) .{1,200}$"
                          r"|^this report by .{2,60} was first published .{4,40}$"  # The Canadian Press's closing line
                          r"|^do you have an opinion on .*$"
                          r"|^this (?:news )?(?:article|story|report|content) (?:has been|was|is) (?:written|produced"
                          r"|provided|supplied|generated|created)\b.{0,300}$"
                          r"|^.{1,60} website contains only a portion of the news stories offered to subscribers\b.{0,300}$",
                          re.I)
"""A republisher's note: "This article originally appeared on Reuters.com and is republished here with permission.";
an invitation to write to the letters page; a note on who wrote the copy ("This news story has been written and
carefully fact-checked by an external editorial team. ..."); an agency's note that its site carries only part of its
service ("Anadolu Agency website contains only a portion of the news stories offered to subscribers …")."""
_PRINT_NOTE = re.compile(
    r"^(?:a version of this (?:article|story) appear(?:s|ed) in print|(?:this (?:article|story) )?appeared in the .{0,60}"
    r"print edition)\b.*$", re.I)
"""A print-edition note: "A version of this article appears in print on April 4, 2024, Section A, Page 1 ..."."""
_CONTRIBUTED = re.compile(
    r"^(?:(?:(?:[A-Z][\w'’.&-]*|and|of)\s+){0,4}(?:writers?|reporters?|correspondents?|journalists?|photographers?)\s+[A-Z](?:[^.!?]|(?<=\b[A-Z])\.){2,200}?"
    r"|(?:[A-Z][\w'’.&-]*,?\s+(?:and\s+)?){1,8})contributed(?: reporting)?(?: (?:to|for) this (?:report|story|article)"
    r"| from [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})?\.?$"  # "… contributed from Okinawa City." (Stars and Stripes)
    r"|^(?!(?:The|He|She|They|It|We|I)\s)[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+reported\s+from"
    r"\s+[A-Z][\w'’.-]*(?:,?\s[A-Z][\w'’.-]*){0,3}\.$")
"""A contributor credit: "Associated Press writer Jane Doe in Lima, Peru, contributed to this report." (an initial's
full stop is no sentence's: "Jan M. Olsen"); where a co-writer was, "Ahmed reported from Islamabad."."""


_EDITORS_NOTE = re.compile(
    r"^(?:(?:correction|clarification|editor['’]?s[’']? note)\s*[:\-–—]\s*\S.*"
    r"|an earlier version of this (?:article|story|report|piece)\b.*"
    r"|(?:update\b.{0,40}?:\s+)?this (?:article|story|report|piece) (?:has been|was) (?:updated|corrected|amended)\b.*)$",
    re.I)


_SITE_NOTE = re.compile(r"^(?:[^.!?]{1,30} homepage|[A-Z]{2,5} = [\w ]{1,60} time\b.{0,100}"
                        r"|[^.!?]{1,40} acknowledges (?:the )?(?:aboriginal|traditional (?:custodians|owners))\b.*)[.!]?$", re.I)
"""A site's footer note: "ABC News Homepage", a time zone's legend ("AEST = Australian Eastern Standard Time which is
10 hours ahead of GMT"), an acknowledgement of country ("ABC acknowledges Aboriginal and Torres Strait Islander
peoples as the First Australians ...")."""


def _site_note(text: str) -> bool:
    """See ``_SITE_NOTE``; its words are looked for first, as most lines have none of them."""
    return ("omepage" in text or " = " in text or "cknowledge" in text) and bool(_SITE_NOTE.match(text))


def is_copyright(text: str) -> bool:
    """A copyright line, "© 2024 The New York Times Company", "Copyright 2024 NPR"."""
    return bool(_COPYRIGHT_LINE.match(text.strip()))


_LONG_COPYRIGHT = re.compile(r"^(?:©|copyright\b|\(c\)\s).{0,80}\ball rights reserved\b.*$", re.I)
"""A copyright line that runs on into the site's terms: "© 2024 CBS Interactive Inc. All Rights Reserved. This
material may not be published, broadcast, rewritten, or redistributed. The Associated Press contributed …"."""
_COPYRIGHT_LINE = re.compile(r"^(?:copyright\b|©|\(c\)\s)", re.I)
_TRANSCRIPT_NOTE = re.compile(r"^(?:[\w'’]+\s+){0,4}transcripts? (?:is|are|was|were) (?:created|produced|prepared"
                              r"|provided)\b.*$", re.I)
"""A broadcaster's note on its transcripts: "NPR transcripts are created on a rush deadline by an NPR contractor. ..."."""


def is_editors_note(text: str) -> bool:
    """A note about the article, not part of it: "Correction: An earlier version of this article said four people
    had died ...", "This story has been updated with ..."; its superseded figures must not count as reporting."""
    return len(text) <= 500 and bool(_EDITORS_NOTE.match(text.strip())) or chrome_pages.is_update_note(text)


@functools.lru_cache(maxsize=1 << 16)
def is_chrome(text: str) -> bool:
    """A line of website furniture (navigation, share prompts, ad-block and comment forms), wire credits, an
    outlet's credit for agency copy ("Le Monde with AFP") or a print-edition note (a memo of a pure function: the
    same line comes again in shared copy and on every page of one site)."""
    stripped = text.strip()
    return (len(text) <= 60 and bool(_SHORT_CHROME.match(stripped))
            or len(text) <= 160 and bool(_CHROME.match(stripped) or outlets.WITH_AGENCY.match(stripped)
                                      or _promotion_tail(stripped))
            or len(text) <= 400 and bool(_CREDITS.match(stripped) or _CONTRIBUTED.match(stripped)
                                         or _PRINT_NOTE.match(stripped) or _CONSENT.match(stripped)
                                         or _REPUBLISHED.match(stripped) or _SUPPORT_NOTE.match(stripped)
                                         or _LONG_COPYRIGHT.match(stripped)
                                         or "ranscript" in stripped and _TRANSCRIPT_NOTE.match(stripped)
                                         or _site_note(stripped))
            or len(text) <= 300 and (chrome_widgets.is_affiliate_note(stripped) or _chrome_sentences(stripped)
                                     or chrome_widgets.is_live_sign_off(stripped))
            or chrome_pages.is_furniture(stripped) or chrome_widgets.is_link_bar(stripped, is_chrome))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_REPORTED = re.compile(r"[\"“”]|\bsaid\b|\bsays\b")


def _chrome_sentences(text: str) -> bool:
    """Two or more sentences on one line, each of them chrome: "This article is available to subscribers only.
    Subscribe now for full access." (a paywall)."""
    sentences = _SENTENCE_END.split(text)
    return len(sentences) >= 2 and all(_CHROME.match(sentence.strip()) for sentence in sentences)


_END_MARK = re.compile(r"\s+\((?:end|ends)\)(?:\s+[a-z]{1,4}(?:\.[a-z]{1,4}){0,3})?\s*$", re.IGNORECASE)
"""An agency's closing mark glued to its story's last paragraph, with its desk's initials: "(end) ta.gb" (KUNA)."""


_DESK_TAG = re.compile(r"(?<=[.!?”\"])\s+(?:PTI|IANS|UNI)(?:\s+[A-Z]{2,4}){1,4}\s*$")
"""An Indian agency's name and its desk's initials glued to its story's last paragraph: "… for Tuesday. PTI KK NP"."""


def without_end_mark(text: str) -> str:
    """``text`` without an agency's closing mark (_END_MARK, _DESK_TAG) at its end, nor a link to another story run
    into it."""
    found = _END_MARK.search(text) if "(" in text else _DESK_TAG.search(text) if "PTI" in text or "UNI" in text else None
    return chrome_widgets.without_inline_link(text[:found.start()] if found else text)


def _promotion_tail(text: str) -> bool:
    """See ``_PROMO_TAIL``; the words are looked for first, as most lines have none of them."""
    lowered = text.lower()
    return (("learn more" in lowered or " here" in lowered or "consider " in lowered or lowered.endswith(" now"))
            and bool(_PROMO_TAIL.search(text)) and not re.search(r"[\"“”]", text))


links_one = chrome_widgets.links_one  # (a link under its label alone; the rule lives there)


def starts_related_block(text: str) -> bool:
    """A heading after which a website lists links to other stories."""
    return bool(_RELATED.match(text.strip()))


def list_item_text(text: str) -> str:
    """A listed link's words without its number, age or bullet: "Death toll rises" in "- 2h ago Death toll rises"."""
    return _LIST_MARK.sub("", text.strip())


def is_listed_link(text: str) -> bool:
    """A line of a list of links under a "Most read" or "Key events" heading: a headline, maybe numbered ("1. Reus
    council approves new bus routes") or aged ("2h ago Death toll rises"), a short label ("Spain") or its date."""
    unmarked = _LIST_MARK.sub("", text.strip())
    if TIME_ONLY.match(unmarked):
        return False
    if unmarked[-1:] in "’”" and unmarked.count(unmarked[-1]) > unmarked.count({"’": "‘", "”": "“"}[unmarked[-1]]) - 1 \
            and {"’": "‘", "”": "“"}[unmarked[-1]] in unmarked:
        unmarked = unmarked[:-1]  # "Trump says EU was ‘formed to screw the United States’": a quote closes the headline
    return (looks_like_headline(unmarked) or len(unmarked.split()) < 3 or unmarked.endswith(("...", "…"))
            or bool(dates_in(unmarked)) and date_only(unmarked))  # "1. Saudi Arabia to host ...": a cut teaser


def is_related_link(text: str) -> bool:
    """A paragraph that links another story: "Related: Minister warns toll will 'rise significantly'" (no sentence)."""
    match = _RELATED_LINK.match(text.strip())
    return bool(match) and len(match.group("title").split()) <= 25 and not match.group("title").rstrip("”’\"'").endswith(".")


is_role_line = chrome_widgets.is_role_line  # (a writer's role under the byline; the rule lives there)


def is_stray(text: str) -> bool:
    """A fragment too short to be prose ("TT", "|", "•"): a widget label left by copy-paste."""
    stripped = text.strip()
    return len(stripped) <= 3 and not stripped.isdigit()


def looks_like_headline(text: str) -> bool:
    """Short, unpunctuated at the end: the shape of a headline or link title."""
    words = text.split()
    return 3 <= len(words) <= 25 and not re.search(r"[.:;,”\"’]$", text.strip()) and text[:1].isupper()


def title_case_share(text: str) -> float:
    """Share of words of four letters or more that start with a capital."""
    long_words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) >= 4]
    if not long_words:
        return 0.0
    return sum(w[0].isupper() for w in long_words) / len(long_words)


TERMINAL = re.compile(r"[.!?:;”\"’')\]]$")
"""A line ending as a sentence (or a quotation, or a bracket) does."""


_PAGE_END = re.compile(r"^(?:" + "|".join([*_PAGE_END_PATTERNS, r"(you must be )?logged in to post a comment.*"])
                       + r")[.!]?$", re.I)


def ends_page(text: str) -> bool:
    """Whether the line is the furniture that ends a page ("Back to top button", "Adblock Detected")."""
    return bool(_PAGE_END.match(text.strip()))


@functools.lru_cache(maxsize=1 << 16)
def is_body_candidate(text: str) -> bool:
    """A line that reads as a paragraph of the story: eight words or more, ending as a sentence, no caption (asked
    again of each paragraph kept so far as every line is read, so answered once per text)."""
    return len(text.split()) >= 8 and bool(TERMINAL.search(text)) and not is_caption(text)
