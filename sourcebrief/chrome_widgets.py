"""Line rules for the widgets around a story that further outlets print: reaction buttons, AI summary boxes, comment
notices, republishing terms, audio players and newsletter pitches (``chrome_pages.is_furniture`` asks here); and a
writer's role line under the byline. Each rule is the shape of a line, never a phrase of one article.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .model import Line, Removed

_PATTERNS = [
    r"how does this (?:article |story )?make you feel\??|do you like the content of this (?:article|story)\??"
    r"|like|dislike|upvote|downvote|bookmark|gallery",  # a reaction widget (Rappler, Bangkok Post), a save button
    r"this is (?:an )?ai[- ]generated summar\w*\b.{0,160}|summari[sz]e this (?:article|story)(?: for me)?",  # an AI
    # summary box: "This is AI generated summarization, which may have errors. …" / "Summarize this article for me"
    r"(?:there are )?no comments yet\b.{0,100}|comments?\s*[-–—:]\s*please (?:log ?in|sign in|register)\b.{0,60}"
    r"|please (?:peer )?review \d{1,2} community comments?\b.{0,100}"  # a comment box's notices (Daily Maverick)
    r"|with your current subscription plan you can comment\b.{0,300}"  # (The Japan Times)
    r"|(?:\*\s?)?comments (?:will|may) be moderated\. .{0,400}"  # a moderation policy (Taipei Times)
    r"|disclaimer: .{1,40} encourages freedom of speech\b.{0,300}",  # (News24)
    r"continue reading(?: below| after (?:the )?(?:advertisement|ad))?",  # under an advert: "Continue reading below"
    r"(?:next|previous|prev)(?: (?:article|story|post))?:\s[^.!?]{2,120}",  # a story's neighbours: "Next: Nyanga …"
    r"x[0-4](?:\.\d{1,2})?",  # an audio player's speeds, "x1.25"
    r"(?:subscribe|sign up|newsletter)\s?:\s.{1,150}",  # "SUBSCRIBE: Get Maverick News - Africa's top stories …"
    r"our (?:free )?(?:daily|weekly|monthly) newsletter\b[^.!?]{0,100}",  # "Our weekly newsletter, delivered …"
    r"(?:get|receive|sign up|subscribe)\b[^\"“”]{0,100}\b(?:in|to|into|straight to) your inbox\b[^\"“”]{0,80}",  # "Get
    # the day's top stories in your inbox every morning" (a report of scams landing in your inbox is no pitch)
    r"join [\w'’&. -]{1,30}(?:\+|\bplus|\bpremium|\binsider|\bmembership)",  # a membership pitch, "Join Rappler+"
    r"(?:photo|image|picture|illustration) of [^.!?:]{3,80}(?![.!?])",  # an image's alternative text, "Photo of people
    # walking along a road" (no full stop: "Photo of the suspect released by police on Tuesday." is a caption)
    r"(?:newspaper |print )?section\s?:\s?[\w&'’ -]{2,40}",  # a print page's label, "NEWSPAPER SECTION: World"
    r"(?:you (?:may|can|are free to) republish|to republish|we put an invisible pixel)\b.{0,700}",  # a non-profit's
    # republishing terms (GroundUp, The Conversation): "You may republish this article, so long as you credit …"
    r".{0,200}\bsubscribe (?:now|today) (?:and|to) (?:help|support) (?:us|our)\b.{0,100}",  # "These are challenging
    # times for news media … Subscribe now and help us keep you informed."
    r".{0,200}\b(?:readers like you|keeps? (?:the )?paywalls? away|(?:once|one)-off (?:donation|contribution))\b.{0,400}",
    # a reader-funded site's pitch: "Readers like you are keeping these stories free for everyone..." (TheJournal.ie)
    r"learn more|support us(?: today| now)?|(?:donate|contribute)(?: now| today)?",  # its buttons
    r"authors?|disclosure statement|partners|view all partners|republish this article|want to write\??|register now"
    r"|start writing|x \(twitter\)|substack is the home for great (?:culture|writing)",  # The Conversation's labels and
    # its notices' headings; Substack's footer
    r"[^.!?]{10,160}[.!?] (?:sign up|subscribe)(?: here)? (?:to|for) (?:receive |get )?(?:our|the) [^.!?]{1,60}newsletters?"
    r"(?: here)?\.",  # a pitch, then its call: "Get the day's breaking news … Sign up to receive our Evening Edition newsletter here."
    r"est\.? \d{1,2} ?min(?:ute)?s?(?: read)?|content[- ]type\s?:\s?[\w -]{2,30}|\[(?:edited|written|compiled) by [^\]]{2,60}\]",
    # Euractiv's header and footer: "Est. 4min", "Content-Type: News", "[Edited by Donagh Cagney]"
    r"(?:the )?[\w'’&. -]{2,40} (?:is|are) not responsible for the content of external (?:sites|websites|internet sites|links)",
    # "The Brussels Times is not responsible for the content of external sites." (the BBC's too)
    r"listen to (?:the )?(?-i:[A-Z])[\w&'’.-]*(?: (?-i:[A-Z])[\w&'’.-]*){0,3} (?:at|on|every|live)\b[^\"“”]{0,160}"
    r"|loading form\.*|originally published as .{2,200}"
    r"|[\w&'’.-]+(?: [\w&'’.-]+){0,2}(?: [|·•∙] [\w&'’.-]+(?: [\w&'’.-]+){0,2}){3,7}"
    r"|follow (?:all )?(?:the )?(?:latest |international |breaking )?news on (?:the )?(?-i:[A-Z])[\w&'’.-]* app"
    r"|become a (?:member|subscriber) of (?-i:[A-Z])[\w&'’. -]{1,40} to (?:read|get|access|support)\b[^\"“”]{0,120}",  # a broadcaster's promotion ("Listen to SBS News at 6am, …
    # on SBS Audio."), a form's placeholder, a syndicated copy's note ("Originally published as <its headline>"), a menu
    # of four links or more, some of three words ("Newsletters | Podcasts | Poll of Polls | Policy news | Events"), an
    # app's or a membership's pitch ("Follow all the international news on the RFI app", "Become a member of The Local
    # to read unlimited articles …")
    r"(?:share|shares|tweet|email|comments?)\s?\(?\d[\d,.]*k?\)?",  # a share button with its count, "Share 12,431"
    r"(?:atualizad[oa]|actualizad[oa]|publicad[oa])(?: em| el)? (?:há|hace) \d{1,3} \w+",  # a page's age in Portuguese
    # or Spanish, "Atualizado há 3 horas": no date
    r"assine(?: já| agora)?(?: o| a)? .{1,40}|conte[úu]do exclusivo(?: para assinantes)?|suscr[ií]bete.{0,60}",  # a
    # Brazilian or Spanish-language paywall's pitch, "Assine O Globo" / "Conteúdo exclusivo"
    r"read (?:the|this) (?:article|story) in (?:the )?original(?: language)?|follow us on social media",
    r"like this:?|like loading\.*",  # a blog's like button (WordPress): "Like this:" / "Like Loading..."
    r".{0,200}\b(?:like what we do\?|support us on (?:patreon|ko-fi|buy me a coffee)\b|donations from our readers\b"
    r"|we cannot do (?:what we do|this|it) without your support\b).{0,200}",  # a small newsroom's plea: "… Like what we
    # do? Support us on Patreon!", "… funded through donations from our readers. We cannot do what we do without …"
    r"(?:main|top|featured|header|cover|lead) (?:image|photo|picture)(?: credits?)?\s?:\s?.{1,80}",
    r"you have reached your (?:limit|quota) of free (?:articles|stories)\b.{0,100}|already a member\?.{0,40}"
    r"|to continue reading,? (?:subscribe|sign in|log in|register)\b.{0,60}|unlock (?:this|the) (?:article|story)",  # a paywall
    r"(?-i:[Ff]act-?checked by [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})",  # a credit, "Fact-checked by Jane Doe"
    r"[(\[]?(?:file (?:photo|image|picture)|represent(?:ative|ational) (?:image|photo|picture))[)\]]?",  # a photo's label
    r"got a (?:story|tip|news tip)\?.{0,100}|we want to hear from you\b[^.!?]{0,80}",  # a tip box
    r"read the full (?:story|article)|save (?:article|story)|partner content|in pictures|premium|exclusive"
    r"|copy (?:article )?link|print (?:article|story)|a a a|(?:this )?audio is ai-generated\b.{0,80}|(?:free )?newsletter"
    r"|join now|edit|short url|ad-free experience|take our (?:reader )?survey|read (?:this|the) (?:article|story) in (?-i:[A-Z])\w+",
    # buttons and labels: "Save article", "A A A" (text size), "Audio is AI-generated", "Read this article in Ukrainian"
    r"cookies on (?:the )?(?-i:[A-Z])[\w'’&.-]*(?: [\w'’&.-]+){0,3}|(?:about|your|managing) cookies(?: on this (?:site|website))?"
    r"|(?:your )?(?:privacy|cookie|consent) (?:choices|preferences|options)|(?:your )?privacy(?: (?:and|&) cookies)?"
    r"|(?:manage|change) (?:your )?(?:cookies|consent|privacy settings)",  # a consent banner's heading over its text:
    # "Cookies on NRK", "Your privacy choices" (never the headline)
    r"(?:get|receive) [^.!?\"“”]{1,60} (?:sent|delivered) (?:straight |direct(?:ly)? )?to your (?:phone|mobile|device|inbox)"
    r"|(?:from )?around the (?:web|(?-i:[A-Z]{2,6}))|before it['’]s here, it['’]s on the (?-i:[A-Z])\w+ terminal",
    # a promotion's pitch and a heading over other sites' links: "Get football news sent straight to your phone",
    # "Around the BBC", "Before it's here, it's on the Bloomberg Terminal" (a data service's pitch, no place)
    r"access all (?:of )?our (?:articles|stories|journalism|content)\b.{0,100}",  # a membership pitch (The Local)
    r"access to [\w'’ ]{1,40} (?:articles|content) requires? an? [\w'’ ]{0,30}subscription\b.{0,80}|advertise with \S.{0,40}"
    r"|listening to (?:this |these )?articles? is free\b.{0,160}|.{0,60}\bjournalism is free to read\b.{0,100}"
    r"|support (?-i:(?:[Tt]he )?[A-Z][\w'’]+(?: [A-Z][\w'’]+){0,3})|(?:[$€£]\d+\s*){2,}(?:monthly|one[- ]time|annually|yearly)?"
    r"|(?:[^.!?]{0,60}\b(?:blocked|banned|independent|journalism|reader-funded)\b[^.!?]{0,40}[.!]\s+)?we need your (?:help|support)"
    r"|read more about\s?:.{1,120}",  # a paywall's and an advertiser's notes, a free site's plea and its button (NZ
    # Herald: "Access to Herald Premium articles require a Premium subscription. …"; Stuff: "Support Stuff"; The Moscow
    # Times: "Support The Moscow Times!" / "$2 $5 $15 Monthly"; Meduza: "… We need your help."), a list of topics
    r"join (?:our|the) [\w'’&. ]{0,40}communit(?:y|ies)|you['’]re a dedicated reader\b.{0,200}"
    r"|we['’]re asking for your support\b.{0,200}|only [$€£]\d+(?:\.\d\d)? (?:per|a) (?:month|year)\b.{0,60}"
    r"|(?:fund|back) (?:independent|quality) journalism with [$€£]\d+(?:\.\d\d)? (?:per|a) (?:month|year)"  # a support pitch
    # ("Fund independent journalism with £5 per month"), no claim of the story
    r"|support (?:independent|quality|local) journalism(?: in (?-i:[A-Z])[\w ]{1,30})?\.?(?: (?:join us|subscribe|donate)\b.{0,100})?",  # a
    # membership pitch: "Join The Times of Israel Community", "Support independent journalism in Ukraine. Join us …"  # "Main image
    # credit: KPRM/Flickr" under the story
    r"sign up (?:to|for) (?-i:[A-Z])[\w'’&.+-]*(?: (?:(?-i:[A-Z0-9])[\w'’&.+-]*|(?-i:with|is|the|of|and|a|in|on|at)))"
    r"{0,5}",  # a newsletter box's heading: "Sign up to First Edition", "Sign up for POLITICO Morning Tech", "Sign up to
    # This is Europe" (words in title case: "Sign up for Medicare before the deadline" is advice)
    r"we have more newsletters|join our (?:[\w'’&-]+ ){0,3}newsletters?|(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,2}"
    r" (?-i:Newsletter)|follow (?-i:[A-Z])[\w&'’.-]*(?: (?-i:[A-Z])[\w&'’.-]*){0,2} for (?:more|the latest)(?: news)?"
    r" updates",  # "Euronews Newsletter", "Join our Middle East newsletter", "Follow HT for more updates"
    r"advertisement\s?[·•|]\s?scroll to continue|report this ad|news id:?\s?\d{5,}|(?:watch|stream) on (?-i:[A-Z])\w*\+",
    # Reuters' advert slot, IRNA's article number ("News ID 85435678"), ESPN's "Watch on ESPN+"
    r"\*\s?(?:writing|editing|reporting|additional reporting) by (?-i:[A-Z])[^.!?]{1,80}"
    r"|photographer\s?:\s?(?-i:[A-Z])[^.!?:]{1,60}/(?-i:[A-Z])[^.!?:]{1,40}",  # Anadolu's closing credit ("*Writing by
    # Ahmet Gencturk"); Bloomberg's photo credit ("Photographer: Dado Galdieri/Bloomberg")
    r"cookies|tap here|audio|member comments|related topics?|e-mail|disclosure|our reporter|newsroom|cookie settings\s?:.{0,200}"
    r"|reporting from\s?(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){0,2}",  # labels alone on their line: a consent
    # banner's, a share or audio button's, a comment box's, a tag list's, a disclosure box's, a byline's ("Our
    # reporter", BBC's "Reporting fromMorwell" as it copies)
    r"(?:get|download) (?:the |our )?(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,4} (?:app|resources)(?: now)?"
    r"|most (?:read|popular|viewed)(?: (?-i:[A-Z])[\w&]+){0,2} (?:stories|articles|news)|\[newsletter\].{1,100}"
    r"|terms of (?:use|service) privacy policy.{0,60}|partager\s?:.{0,60}|volg ons op .{1,60}"
    r"|read more about (?:the )?(?-i:[A-Z])[\w'’ -]{1,40}|@in/[\w-]{3,60}",  # app and newsletter pitches ("Get Match
    # of the Day app", "Download The TOI App Now", "[Newsletter] Subscribe to …"), "Most Read Business Stories", a
    # footer's links run together, French and Dutch share bars, a topic's link, a LinkedIn handle (CNBC)
    r"\[photo courtesy of [^\]]{1,60}\]|illustration\s?:\s?(?-i:[A-Z])[^.!?]{1,60}|journal reference\s?:.{1,200}"
    r"|[+-]\d\d:\d\d",  # a photo's or an illustration's credit, New Scientist's reference note, a stamp's zone alone
    r"(?-i:[A-Z]{2,4}(?:/[A-Z]{2,4}){0,3}\s?//\s?[A-Z]{2,4}(?:/[A-Z]{2,4}){0,3})|(?-i:[A-Z][a-z]{1,20})/end"  # Lusa's
    r"|translated by (?-i:[A-Z])[^.!?]{1,80}|stay informed with (?-i:[A-Z])[^.!?]{1,80}"
    r"|\(?this (?:story|article|report) has not been edited by .{2,120}"
    r"|download the [\w'’&.-]+(?: [\w'’&.-]+){0,3} app for (?:the )?latest (?:news|updates)"
    r"|.{0,300}\b(?:help|support) us by (?:making a donation|donating|subscribing)\b.{0,100}"
    r"|(?:get|gain|unlock) (?:more |deeper |better |real-time )?(?:insights?|intelligence|analysis|visibility)"
    r"(?: into [^.!?\"“”]{1,40})? (?:with|from) (?:the |our )?(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,5}",
    # desk initials and end mark under its copy ("ANP/SV // JMR", "Lusa/End"); a translator's credit (Ryukyu Shimpo); NHK's alerts pitch; a
    # syndicator's note ("(This story has not been edited by THE WEEK and is auto-generated from PTI)"); an app's pitch
    # ("Download the mid-day app for the latest updates"); a donation plea ("… help us by making a donation."); a house
    # advert for the publisher's product ("Get more insights with the Recorded Future Intelligence Cloud.")
    r"(?:read|continue reading) (?:the (?:full|whole|rest of the) (?:article|story) )?(?:with|by) (?:an? |your )?"
    r"(?:(?-i:[A-Z])[\w'’&.-]* ){0,3}(?:digital )?(?:subscription|subscribing)\b[^\"“”]{0,60}"
    r"|this live (?:blog|page|coverage) (?:has )?(?:now )?(?:ended|closed|is (?:now )?closed)",
    # a paywall under a teaser ("Read the full article with a Postimees subscription"); a live blog's close
]
_WIDGET = re.compile(r"^(?:" + "|".join(_PATTERNS) + r")[.!]?$", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“”]|\b(?:said|says|told)\b")


def is_widget(text: str) -> bool:
    """A widget's line (see ``_PATTERNS``); never a line that quotes someone or reports what they said."""
    stripped = text.strip()
    return len(stripped) <= 800 and bool(_WIDGET.match(stripped)) and not _QUOTED.search(stripped)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_AFFILIATE = re.compile(r"\b[Ww]e (?:may |might |could |can )?(?:earn|receive|get|make)s? (?:an? )?(?:small )?"
                        r"(?:affiliate )?commissions?\b")


_AFFILIATE_WHY = re.compile(r"\b(?:links?|purchas\w*|buy\w*|shop\w*)\b", re.I)


def is_affiliate_note(text: str) -> bool:
    """A shop's affiliate disclaimer: "When you purchase through links on our site, we may earn an affiliate
    commission. Here's how it works." (the site says it earns a commission on what its links sell), maybe with a
    short sentence before or after it; never a quote or a report of what someone said."""
    sentences = _SENTENCE_END.split(text)
    notes = [s for s in sentences if _AFFILIATE.search(s) and _AFFILIATE_WHY.search(s) and not _QUOTED.search(s)]
    return bool(notes) and len(sentences) <= 3 and all(s in notes or len(s.split()) <= 8 for s in sentences)


_LINK_LABEL = r"(?<=[.!?”\"’])\s*(?:also read|read more|read also|see also|related|read)\s*[:|]\s*"
_INLINE_LINK = re.compile(_LINK_LABEL + r"(?-i:[A-Z“\"‘'\[])[^.!]{2,150}?$"
                          r"|" + _LINK_LABEL + r"(?-i:[A-Z“\"‘'\[])[^.!?]{2,150}\?\s+(?=(?-i:[A-Z“\"]))", re.I)
"""A link to another story run into a paragraph after a sentence: to the line's end ("… since Friday.ALSO READ |
Internet blackout costs economy Tk1,200cr a day"), or a question before the next sentence ("… rose to 151. Also read:
Who are the students leading the protests? Soldiers patrolled …")."""


def without_inline_link(text: str) -> str:
    """``text`` without a link to another story run into it (see ``_INLINE_LINK``), nor a live blog's greeting or
    sign-off before its news (see ``_LIVE_HOUSEKEEPING``)."""
    if (found := _LIVE_HOUSEKEEPING.match(text)) and found.end() < len(text):
        text = text[found.end():]
    if not re.search(r"(?i:read(?: more| also)?|related|see also)\s*[:|]", text):
        return text
    return _INLINE_LINK.sub(lambda found: " " if found.end() < len(text) else "", text).strip()


_SIGN_OFF = (r"that['’]s (?:where|all) (?:we['’]ll|we will|we are going to) (?:leave|end|close|pause|wrap up)"
             r"|we['’]re (?:pausing|ending|closing|wrapping up)|we are (?:pausing|ending|closing)"
             r"|thanks? (?:you )?for (?:following|reading|joining)")
_LIVE_HOUSEKEEPING = re.compile(
    rf"^(?:{_SIGN_OFF}"
    r"|good (?:morning|afternoon|evening)(?: and welcome)?|welcome (?:back )?to our (?:live|rolling))[^.!?\"“”]*[.!]\s+(?=[A-Z“\"])",
    re.I)
"""A live blog's greeting or sign-off opening an entry before its news: "Good evening. Crowds have gathered …",
"That's where we'll leave our live coverage for tonight. Gardaí say …"."""
_SIGN_OFF_SENTENCE = re.compile(rf"(?:{_SIGN_OFF})[^.!?\"“”]*[.!]"
                                r"|(?:you can )?(?:read|follow) (?:our|the) (?:full|latest|main) (?:story|report|coverage)"
                                r"(?: here| on [^.!?\"“”]{1,40})?[.!]", re.I)
"""A sentence of a live blog's closing entry: its sign-off ("Thanks for joining us.") or the pointer to the full
story ("You can read our full story here.")."""


def is_live_sign_off(text: str) -> bool:
    """A live blog's closing entry made only of its sign-off and pointers to the full story ("We're ending our live
    coverage now. Thanks for joining us. You can read our full story here."): no news, so no paragraph."""
    sentences = re.split(r"(?<=[.!])\s+(?=[A-Z])", text.strip())
    return len(text) <= 300 and any(re.match(_SIGN_OFF, sentence, re.I) for sentence in sentences) and all(
        _SIGN_OFF_SENTENCE.fullmatch(sentence) for sentence in sentences)


_ROLE_LINE = re.compile(r"^(?:(?:[A-Z][\w'’.-]*|and|&)\s+){0,3}(?:reporter|correspondent|editor|writer|journalist"
                        r"|columnist)(?:,\s+[A-Z][\w'’. -]{1,40}|\s+(?:at|in)\s+(?-i:[A-Z])[\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}(?:,\s+[A-Z][\w'’.-]+)?"
                        r"|\s*·\s*[A-Z][\w'’. -]{1,40}·?)?$", re.I)


_ACADEMIC_ROLE = re.compile(r"(?:(?:Associate|Assistant|Adjunct|Senior|Visiting|Principal|Emeritus|Distinguished)\s+)*"
                            r"(?:Professor|Lecturer|Reader|Researcher|Research Fellow|Fellow|PhD [Cc]andidate"
                            r"|Postdoctoral [Rr]esearcher)(?: (?:of|in) [A-Z][\w &'’-]{1,60})?(?:,\s+[A-Z][\w .,&'’()-]{1,80})?")
"""An academic writer's post under the name, as The Conversation prints it: "Associate Professor of Aquatic Ecology,
Central Washington University"."""


def is_role_line(text: str) -> bool:
    """A writer's role alone on its line under the name, "Business reporter", "Senior correspondent, Beijing",
    "Chief football writer at Wembley" (BBC Sport: where the writer was; "at Olympiastadion, Berlin"), "Political Editor·NZ Herald·",
    "CTVNewsMontreal.ca Digital Reporter" (a site's address first), an academic's post (see ``_ACADEMIC_ROLE``), a role
    alone in small letters ("reporter")."""
    return (text[:1].isupper() or bool(_BARE_ROLE.fullmatch(text.strip()))) and bool(
        _ROLE_LINE.match(text.strip()) or _ACADEMIC_ROLE.fullmatch(text.strip()))


_BARE_ROLE = re.compile(r"(?:(?:senior|chief|staff|political|business|sports?) )?(?:reporter|correspondent|journalist)")
"""A role alone in small letters, as a page's author box prints it under the name: "reporter"."""


_BAR_PARTS = re.compile(r"\s+\|\s+")
"""Bars between the links of an account bar copied onto one line: "Log in | Join our Community"."""


def is_link_bar(text: str, is_link: Callable[[str], bool]) -> bool:
    """A bar of two to four links on one line, each of them web chrome alone ("Log in | Join our Community",
    "Subscribe | Sign in"): the page's account bar, never a headline over which the masthead stays unread."""
    parts = _BAR_PARTS.split(text.strip())
    return 2 <= len(parts) <= 4 and all(len(part) <= 30 and is_link(part) for part in parts)


_LINK_LABEL = re.compile(r"^(?:also read|read also|read more|must read|see also|related|also watch)\s*[:|–—-]?$", re.I)
"""A label alone on its line over the one story it links: "ALSO READ" / the linked headline."""


def links_one(label: str, text: str) -> bool:
    """Whether ``text``, under a link's label alone (``label``: "ALSO READ", "Also Read:"), is the linked headline,
    whatever its shape ("'Talks failed because the Centre did not listen': Pandher", a quote's words and a name, which
    a list of links would not take): a line of at most 25 words that is no sentence (no full stop at its end)."""
    words = text.split()
    return bool(_LINK_LABEL.match(label.strip())) and 2 <= len(words) <= 25 and not text.rstrip("”’\"'").endswith(".")


_PAYWALL = re.compile(r"\b(?:subscri(?:bers?|ptions?)|log ?in|sign ?in|paywall|premium|full (?:article|story|access)"
                      r"|continue reading)\b", re.IGNORECASE)
"""A subscription prompt's words: "Read the full article with a … subscription", "Already a subscriber? Log in" (not
a newsletter's pitch, "Subscribe to our newsletter", under a story that ends)."""
_CUT_END = re.compile(r"[a-z,]$")
"""How a sentence cut off before its end stops: on a lower-case word or a comma ("… and last year another")."""
_CUT_WORDS = 5
"""The fewest words of a cut sentence."""
_LAST_FULL_STOP = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“‘])")


def without_cut_teaser(paragraphs: list[Line], removed: list[Removed]) -> tuple[list[Line], list[Removed]]:
    """The body without the sentence a paywalled teaser cuts off before its end, the last paragraph's words after its
    last full stop when they stop on a lower-case word or a comma and the first line dropped under them is a
    subscription prompt ("In 2023 one of its aircraft ran off a taxiway at Liège, and last year another" / "Read the
    full article with a Postimees subscription"): a fragment no sentence; the paragraph's whole sentences stay."""
    last = paragraphs[-1] if paragraphs else None
    under = min((r for r in removed if last and r.line > last.line), key=lambda r: r.line, default=None)
    if not last or not under or not _CUT_END.search(last.text) or not _PAYWALL.search(under.text) or (
            under.reason != "web chrome"):
        return paragraphs, []
    stops = list(_LAST_FULL_STOP.finditer(last.text))
    kept = last.text[:stops[-1].start() + 1] if stops else ""
    if len(last.text[len(kept):].split()) < _CUT_WORDS:  # "Analysis" over the prompt: a label, no sentence
        return paragraphs, []
    cut = Removed(last.line, last.text[len(kept):].strip(), "paywall teaser (cut off)")
    return [*paragraphs[:-1], *([Line(kept, last.line)] if kept else [])], [cut]
