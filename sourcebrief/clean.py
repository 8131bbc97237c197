"""Turn a raw seed into clean articles: strip web debris, find captions, stamps and appended stories."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from . import (author_cards, blocks, chrome, chrome_pages, chrome_stamps, chrome_widgets, datelines, desk_outlets,
               embedded_posts, entries, header_credits, issuers, lead_dateline, outlet_names, outlets, page_marks,
               page_outlet, postal, site_address, story_split, subheads, titles)
from .clean_bylines import ABOVE_REASONS, BylineReading, bodies
from .clean_meta import COPY_CREDITS, apply_metadata  # (apply_metadata: read from here by the pipeline)
from .model import Article, Line, RawSource, Removed


def clean(raw: RawSource) -> list[Article]:
    """Clean one seed; a second story appended to the file becomes its own article ``<id>~2``."""
    lines, blanks = story_split.join_wrapped(raw.text)
    stories = story_split.split_stories(lines, blanks)
    articles = []
    for number, story in enumerate(stories, start=1):
        source_id = raw.id if number == 1 else f"{raw.id}~{number}"
        article = _clean_story(story, source_id, raw.path)
        if number > 1:
            article = dataclasses.replace(article, split_from=raw.id)
        articles.append(article)
    return articles


def _clean_story(story: story_split.Story, source_id: str, path: str) -> Article:
    """Classify every line of one story: title, body, caption, metadata or removed debris."""
    reading = _Reading(story)
    for index, line in enumerate(story.lines):
        reading.read(index, line)
    return reading.article(source_id, path)


class _Reading(BylineReading):
    """One story read line by line: the title found first, then each line kept (body, caption) or removed with its
    reason, and what the removed lines tell (stamps, byline, dateline, the outlet's signals and the copy's credits)."""

    def __init__(self, story: story_split.Story) -> None:
        self.lines, self.blanks = story.lines, story.blank_before
        self.texts = [line.text for line in story.lines]
        self.removed: list[Removed] = []
        self.paragraphs: list[Line] = []
        self.captions: list[Line] = []
        self.headings: list[Line] = []
        self.stamps: dict[str, tuple[dt.date, ...]] = {}
        self.author: str | None = None
        self.reporters: str | None = None  # who the closing credits say reported it, the author when no byline names one
        self.byline_index: int | None = None
        self.reported_from: str | None = None
        self.signals: list[tuple[int, str | None]] = []
        self.credits: list[str | None] = []  # who wrote the copy, by the article's own credits (outlets.copy_owner)
        self.stated: list[str | None] = []  # a note or a byline that says whose copy it is
        self.named_below = outlets.self_names(self.texts) | {blocks.name_at_both_ends(self.texts)} - {None}
        title_line = titles.find_title(story, self.removed, self.named_below)
        if title_line and (under := header_credits.headline_under_name(self.lines, title_line)):  # "Jane Smith" /
            self.removed.append(Removed(title_line.line, title_line.text, "section label"))  # "Port strike ends"
            title_line = under
        self.own_name = title_line and titles.masthead_with_tagline(self.lines, title_line)  # "Ryukyu Shimpo - Okinawa, …"
        if self.own_name:  # over the headline: the masthead, which "By Ryukyu Shimpo" below credits, no person
            self.removed.append(Removed(title_line.line, title_line.text, "masthead (outlet kept as metadata)"))
            self.signals.append((title_line.line, self.own_name))
            title_line = self.lines[1]
        title = title_line.text if title_line else ""
        if title_line and titles.is_lead(title):  # no headline: the story opens with its lead, which stays in the body
            title, title_line = titles.title_from_lead(title), Line("", title_line.line - 1)
        title = titles.without_agency_prefix(title)
        self.title, self.title_line = title, title_line
        if [(r.line, r.reason) for r in self.removed[:1]] == [(self.lines[0].line, "section label")] and (
                header_credits.name_over_headline(self.lines, title_line)):  # the writer's name over the headline
            self.removed[0] = Removed(self.lines[0].line, self.lines[0].text, "byline (kept as metadata)")
            self.author = self.lines[0].text.strip()
        if (dated := chrome_stamps.stamp(title)) and dated[1]:  # "Department Press Briefing – March 4, 2025"
            self.stamps.setdefault(dated[0], dated[1])
        self.mastheads = {r.line: r.text for r in self.removed if r.reason.startswith("masthead")}
        after = {line.line: self.texts[at + 1] for at, line in enumerate(self.lines[:-1])}  # (a tagline under a name)
        self.signals += [(line, outlets.masthead(text, self.named_below)
                          or titles.tagline_masthead(text, after.get(line, "")))
                         for line, text in self.mastheads.items()]
        self.signals += [(r.line, outlets.name(r.text) if outlets.name(r.text) in self.named_below else self._issued_by(
            r.line)) for r in self.removed if r.reason == "press-release issuer"]  # the copyright line's, a body's own
        self.speakers = entries.SpeakerLabels()
        self.in_related = False
        self.listed: set[str] = set()  # the links listed under a "Key events" or "Most read" heading
        self.under_stamp = False  # the lines so far since the date stamp are web chrome: a name here is the byline
        self.in_footer = False  # a copyright line after the body starts the page's footer
        self.seen_body: set[str] = set()
        texts = self.texts
        self.promotions = (blocks.promotion_blocks(texts) | blocks.newsletter_forms(texts) | blocks.tag_lists(texts)
                           | blocks.header_menus(texts) | postal.address_lines(texts) | blocks.support_pitches(texts)
                           | blocks.footer_menus(texts) | blocks.button_pitches(texts) | blocks.editor_credits(texts)
                           | blocks.teaser_boxes(texts) | blocks.broken_chrome(texts, self.blanks))
        self.comments = blocks.comment_threads(texts)
        self.boilerplate = blocks.boilerplate_start(texts)
        self.table = blocks.label_blocks(texts) | blocks.stacked_labels(texts)
        self.video_titles, self.photo_captions = blocks.video_titles(texts), blocks.photo_captions(texts)
        self.live = entries.live_entries(texts) >= 2  # a live blog: time stamps over its entries' headings
        self.above_title = {r.line for r in self.removed} | {title_line.line if title_line and title_line.text else 0}

    def _desk_signals(self, removed: list[Removed]) -> list[tuple[int, str | None]]:
        """The outlet a desk's credit by initials stands for ("TOI World Desk" on a page that says "© 2025 The Times
        of Israel"), as a signal at the credit's line; initials the page spells out nowhere give none."""
        return [(r.line, desk_outlets.desk_outlet(initials, self.texts)) for r in removed
                if r.reason in _CREDIT_REASONS and (initials := desk_outlets.desk_initials(r.text))]

    def _issued_by(self, number: int) -> str | None:
        """The public body named on seed line ``number`` when the page is its own release (issuers.issued_by)."""
        return issuers.issued_by(self.texts, next(at for at, line in enumerate(self.lines) if line.line == number))

    def read(self, index: int, line: Line) -> None:
        """Keep or remove one line; a reason of "" keeps it (body or caption)."""
        if self.title_line and line.line <= self.title_line.line and line.line in self.above_title:
            return  # a date stamp above the headline is read below
        reason = (self._furniture(index, line) or self._metadata(index, line)
                  or self._bylines(index, line) or self._kept(index, line))
        if reason:
            self.removed.append(Removed(line.line, line.text, reason))
        self.under_stamp = reason == "date stamp (kept as metadata)" or self.under_stamp and reason in (
            "web chrome", "section label")
        self.in_footer = self.in_footer or bool(self.paragraphs) and reason == "web chrome" and chrome.is_copyright(
            line.text)

    def _furniture(self, index: int, line: Line) -> str | None:
        """The reason of a line of the page around the story (headline again, mastheads, promotions, tables,
        boilerplate, related links, notes), or None."""
        text, signals = line.text, self.signals
        if text == self.title:
            return "repeated headline"
        if (not self.paragraphs and index and self.title_line and self.title_line.text and len(text.split()) <= 3
                and line.line - self.title_line.line <= 2 and self.lines[0].text != self.title and (
                    text == self.lines[0].text or len(text.split()) >= 2 and self.lines[0].text.startswith(text + " "))):
            self.signals.append((line.line, outlets.name(self.lines[0].text)))  # "Rudaw" over the headline and again
            # under it; "The Local" under the headline of "The Local Switzerland"
            return "outlet (kept as metadata)"
        if text in self.mastheads.values() or bodies(self.paragraphs) >= 2 and page_marks.local_desk(text, self.mastheads.values(
                )):  # the outlet's name again, where a byline's outlet line would be; its local desk ("ABC Ballarat")
            self.credits.append(outlets.name(text) if outlets.known(text) else None)  # "Reuters" on a portal's page
            return "outlet (kept as metadata)"
        if len(self.paragraphs) <= 1 and (found := outlets.masthead(text, self.named_below)) in self.named_below and not (
                chrome_stamps.is_name_only(text) and not outlets.from_byline_line(text) and index + 1 < len(self.lines)
                and header_credits.over_date_or_role(self.lines[index + 1].text)):  # a writer's own copyright: a byline
            signals.append((line.line, found))  # "Yle News" over the story, a name the page gives itself below
            return "outlet (kept as metadata)"
        if index in self.promotions or index in self.comments and self.paragraphs:
            return "web chrome" if index in self.promotions else "reader comments"
        if index in self.table:
            if index and self.texts[index - 1].strip().lower() in ("source", "sources"):  # ReliefWeb: "Source" / "OCHA"
                signals.append((line.line, outlets.from_agency(text)))
            if (found := chrome_stamps.stamp(text)) and found[1]:  # France 24's "Issued on: 24/03/2023 - 00:12" over
                self.stamps.setdefault(*found)  # "Modified: …", "Text by: …" and "Share: …"
                return "date stamp (kept as metadata)"
            return "metadata table"
        if self.boilerplate is not None and index >= self.boilerplate and self.paragraphs:
            signals.append((line.line, outlets.from_footer(text)))
            return "press-release boilerplate"
        if (index >= len(self.lines) - 2 and chrome.is_chrome(self.texts[-1]) or index == len(self.lines) - 1
                or chrome.starts_related_block(self.texts[index + 1]) or index >= len(self.lines) - _CHROME_UNDER and all(
                    chrome.is_chrome(below) for below in self.texts[index + 1:]) and not chrome.is_chrome(text)) and self.paragraphs and len(  # ("--IANS" / "sk/kvd")
                text.split()) <= 4 and (found := outlets.from_byline_line(text) or outlets.sign_off(text)) or (
                found := site_address.sign_off(text)):  # "Rappler.com" under the story or under its standfirst
            signals.append((line.line, found))  # the outlet signing off: "Radio Dabanga", "==Kyodo" (over "Most Read")
            self.credits += [found] if found in outlets.WIRES else []  # "AAP": an agency's copy
            return "outlet (kept as metadata)"
        if chrome.starts_related_block(text) or text == "More" and bodies(self.paragraphs):  # (Swissinfo's, under
            self.in_related = True  # the story; in the header a share menu's "More")
            return "web chrome"
        if chrome_pages.is_summary_heading(text) or self.removed and self.removed[-1].reason == "summary box" and (
                self.removed[-1].line == self.lines[index - 1].line and chrome_pages.is_summary_point(
                    text, self._listed(index))):
            return "summary box"  # "Key points:" and its points, what the story says again
        if chrome.is_chrome(text):
            self.reporters = self.reporters or chrome.reporters(text)  # the wire's "Reporting by …" credits
            signals.append((line.line, outlets.from_footer(text) or (  # "https://p.dw.com/p/4rXkq" in the header
                site_address.outlet_of(text) if len(self.paragraphs) <= 1 else None)))
            self.credits.append(outlets.from_footer(text))
            self.stated.append(outlets.from_republished(text))
            if report := page_marks.report_first_published(text):  # "This report by The Canadian Press was first …"
                self.stated.append(report[0])
                if report[1]:  # the day it went out: the story's publication date, when no stamp gave one
                    self.stamps.setdefault("published", (report[1],))
            return "web chrome"
        if self.in_related and chrome.list_item_text(text) in self.listed and len(text.split()) >= 3:  # (not a
            # label each listed story repeats, "Published")
            self.in_related = False  # the key event's own entry, its heading as the list gave it: the list is over
        if self.in_related and self.live and self.blanks[index] and entries.is_entry_stamp(text) and index + 1 < len(
                self.texts) and entries.is_entry_heading(self.texts[index + 1]):
            self.in_related = False  # "Key events" / its headings / (a blank) / "Thu 11 Sep 2025 08:15" / the first
            # entry's heading: the first entry's time stamp ends the list, as its heading would
        if chrome.is_related_link(text) or self.in_related and (chrome.is_listed_link(text) or (
                self.removed[-1].line == self.lines[index - 1].line and chrome.links_one(self.removed[-1].text, text))):
            if self.in_related:
                self.listed.add(chrome.list_item_text(text))
            return "related-story link"
        if chrome.is_editors_note(text):
            return "editor's note"
        return None

    def _listed(self, index: int) -> bool:
        """Whether the line at ``index`` is one of a summary box's points set close as a list, before the story
        begins: no blank line before it, and, right under the heading, none before the next point either (the Nation's
        "What you need to know:" over two sentences; a lone sentence under "Key Points" is the story's lead)."""
        if self.paragraphs or self.blanks[index] or index in self.photo_captions:
            return False
        if not chrome_pages.is_summary_heading(above := self.removed[-1].text):
            return not chrome_pages.is_summary_point(above)  # points that are sentences, one after another (after
            # a point that is none, a sentence is the story: ABC's "Key points:")
        return index + 1 < len(self.lines) and not self.blanks[index + 1]

    def _metadata(self, index: int, line: Line) -> str | None:
        """The reason of a line of credits, stray fragments, counters and date stamps, or None."""
        text = line.text
        if self.byline_index == index - 1 and (found := outlets.from_byline_line(text)) and not (  # "CNN" (a photo's
                index + 1 < len(self.lines) and chrome.is_caption(self.lines[index + 1].text)):  # credit over a caption)
            self.signals.append((line.line, found))
            self.credits.append(found)  # "Australian Associated Press" under the byline: whose copy it is
            self.reported_from = self.reported_from or header_credits.place_after_outlet(text)  # "BBC News, Kano"
            return "outlet (kept as metadata)"
        if bodies(self.paragraphs) == 0 and index + 1 < len(self.lines) and self.title_line and (
                line.line > self.title_line.line) and (found := page_marks.name_over_stamp(text, self.lines[index + 1].text)):
            self.signals.append((line.line, found))  # "Radio Okapi" / "Published on May 16, 2025"; "Rudaw Digital" /
            return "outlet (kept as metadata)"  # "08-02-2024 09:15": the outlet's name where a byline would be
        if not self.paragraphs and self.title_line and line.line > self.title_line.line and index + 1 < len(self.lines) and (
                chrome.is_chrome(self.texts[index + 1])) and len(text.split()) >= 2 and not re.match(r"(?i)by\b", text) and (
                found := outlets.masthead(text, self.named_below)) and found not in outlets.WIRES:  # (not "AA" over
            # "Font Size", a button; nor an agency's name, whose copy it is)
            self.signals.append((line.line, found))  # "Yle News" / "Live updates" under the headline: the outlet's name
            return "outlet (kept as metadata)"  # where a byline would be, over the page's furniture
        if index and len(text) <= 60 and (found := page_marks.owner_line(text, self.texts[0])):
            self.signals.append((line.line, found))  # "Nation Media Group" on a page that opens "Nation"
            return "outlet (kept as metadata)"
        if index - 1 in self.photo_captions and blocks.is_agency_credit(text):  # "REUTERS" under the caption
            return "photo credit"
        if self.byline_index == index - 1 and (chrome.is_role_line(text) or header_credits.outlet_of_role(text)):
            self.byline_index = index  # "Business reporter", the outlet maybe below; "BBC Sport chief football news
            self.signals.append((line.line, header_credits.outlet_of_role(text)))  # reporter": BBC Sport's
            return "byline (kept as metadata)"
        if self.byline_index == index - 1 and _PLACE_LINE.fullmatch(text.rstrip(",")) and index + 1 < len(self.lines) and (
                (found := chrome_stamps.stamp(self.lines[index + 1].text)) and found[1] or bodies(self.paragraphs) == 0
                and header_credits.over_known_place([text], "", "")):  # (or a known place alone: "Wendy Stueck" / "Vancouver")
            self.reported_from = self.reported_from or text.rstrip(",")  # "The Hindu Bureau" / "Chennai," / "Updated - …"
            return "dateline (kept as metadata)"
        if self.byline_index == index - 1 and text.isupper() and _CAPITALS_PLACE.fullmatch(text) and (
                chrome_stamps.parse_date_in(self.texts[index - 1]) is not None and not outlets.known(text)):  # "Ahmet Gencturk |01.07.2025 - …" /
            self.reported_from = self.reported_from or text  # "İZMIR": the place under a dated byline
            return "dateline (kept as metadata)"
        if self.under_stamp and not self.paragraphs and _PLACE_WORD.fullmatch(text) and not (
                outlets.known(text) or titles.is_header_label(text, [], [])):  # (not an agency's "Keystone-SDA")
            self.reported_from = self.reported_from or text  # "14 August 2024" / "Statement" / "Geneva"
            return "dateline (kept as metadata)"
        if chrome.is_stray(text) and not outlets.known(text):  # ("AAP" signing off: the copy's credit, read below)
            return "stray fragment"
        if text.isdigit() and (bodies(self.paragraphs) == 0 or len(self.paragraphs) <= 1 and self.removed and (
                self.removed[-1].line == self.lines[index - 1].line and self.removed[-1].reason == "web chrome")) or (
                self.in_footer and blocks.is_footer_item(text)):  # a counter in the header ("12" likes; "Follow" / "0" under
            return "web chrome"  # the standfirst); the footer's menu under the copyright line
        if (found := chrome_stamps.stamp(text)) is not None:
            kind, dates = found
            label = not dates and bool(re.fullmatch(r"(?:published|updated|posted)", text.strip(), re.I))
            listed = self.in_related and bool(self.paragraphs)  # "More on this story" / a link / "Published" / its date
            self.in_related = self.in_related and (bool(dates) or label)  # a live blog's entry time ends its list of
            if dates and listed:  # key events; a listed story's date is no date of this one
                return "related-story link"
            if dates:
                self.stamps.setdefault(kind, dates)
                if not self.paragraphs and (placed := datelines.place_and_outlet(text)):  # "Athens - Asharq
                    self.reported_from = self.reported_from or placed[0]  # Al-Awsat Friday, 11 July, 2025 - 08:20"
                    self.signals.append((line.line, placed[1]))
                elif bodies(self.paragraphs) <= 1 and (place := lead_dateline.stamp_place(text)):  # "Valencia - OCT
                    # 30, 2024 - 17:41 CET" (a standfirst may come first)
                    self.reported_from = self.reported_from or place
                writer, named = header_credits.stamp_credits(text)  # "Catharine Tunney · CBC News · Posted: Mar 12, …"
                named = None if named and self.named_below and not outlets.masthead(named, self.named_below) else named  # "India News | …" signed NDTV.com
                self.author = self.author or writer
                self.signals.append((line.line, outlets.stamp_label(text, self.named_below) or named  # "KYODO NEWS - Jan
                                     or page_marks.source_field(text)))  # 3, 2024 - 21:15"; "… | Source: OCHA | Posted …"
            return "date stamp (kept as metadata)" if dates else "time stamp"
        return None

    def _kept(self, index: int, line: Line) -> str:
        """The reason of a photo credit, caption label, duplicate or section label; "" for a caption or a paragraph
        of the body, which are kept."""
        text, lines = line.text, self.lines
        if blocks.is_photo_credit(text):
            return "photo credit"
        if author_cards.is_run_in_bio(text):
            return "author bio"
        if index and self.removed and self.removed[-1].line == lines[index - 1].line and (found := author_cards.under_heading(
                self.removed[-1].text, text)):  # "ABOUT THE AUTHOR" / "The Associated Press is …"; "Disclosure statement"
            return found
        if chrome.is_caption_label(text):
            return "caption label"
        if not self.paragraphs and (placed := datelines.place_and_outlet(text)):  # "Moscow - Asharq Al-Awsat",
            self.reported_from = self.reported_from or placed[0]  # "Porto Alegre | Reuters" (no caption's credit)
            self.signals.append((line.line, placed[1]))
            return "dateline (kept as metadata)"
        if (chrome.is_caption(text) or index in self.video_titles or index in self.photo_captions
                or index and lines[index - 1].line == line.line - 1 and chrome.is_caption_label(lines[index - 1].text)):
            if any(c.text == text for c in self.captions):
                return "duplicate caption"
            self.captions.append(line)
            return ""
        if self.live and index + 1 < len(lines) and entries.is_entry_stamp(self.texts[index - 1]) and (
                entries.is_entry_heading(text) and chrome.is_body_candidate(self.texts[index + 1])):
            self.headings.append(line)  # "Posted at 10:05" / "Power cuts" / the entry's text: the entry's title, no
            return ""  # paragraph, but no debris either
        if text in self.seen_body:
            return "duplicate paragraph"
        if len(self.paragraphs) <= 1 and titles.is_header_label(text, self.paragraphs, lines[index + 1:index + 2]):
            return "section label"  # "Analysis" under the standfirst, "Statements and Releases" over the body
        if self.paragraphs and subheads.is_question_subhead(text, lines[index - 1].text, lines[index + 1].text if index + 1 < len(
                lines) else None):
            return "subheading"  # "What happens now?" over the paragraph that answers it (The Local)
        said = self.speakers.without_label(text)  # "SCOTT HORSLEY, BYLINE: Policymakers have …": the reporter's
        if said == "":
            return "speaker label"  # "STEVE INSKEEP, HOST:" alone over what the host says
        if entry := entries.entry_time(said or text):  # "10:42 GMT — Israeli army says …": a live blog's entry
            said, dates = entry
            if dates:
                self.stamps.setdefault("published", dates)
        self.in_related = False
        self.seen_body.add(text)
        text = said or text
        ended = chrome.without_end_mark(text)  # "… Al-Sabah. (end) ta.gb": an agency's closing mark and desk
        self.paragraphs.append(Line(_BULLET.sub("", ended), line.line) if _BULLET.match(text) or said or ended != text
                               else line)
        return ""

    def article(self, source_id: str, path: str) -> Article:
        """The article the lines read make: bios, author boxes and the dateline taken from the body, the date and
        the outlet decided."""
        paragraphs, title, title_line, removed = self.paragraphs, self.title, self.title_line, self.removed
        if not paragraphs and title_line and title_line.text and len(title.split()) >= 12:
            # A story of one sentence (or its headline repeated as its only paragraph): the sentence is its body too.
            paragraphs, title = [title_line], titles.title_from_lead(title)
        paragraphs, posts = embedded_posts.take_posts(paragraphs, removed)  # a tweet's words over its signature
        paragraphs, cut = chrome_widgets.without_cut_teaser(paragraphs, removed)  # "… and last year another" / "Read
        removed += posts + cut  # the full article with a … subscription"
        paragraphs, author, bio = author_cards.take_bio(paragraphs, self.author)
        removed += bio
        paragraphs, author, box = author_cards.take_box(paragraphs, author)
        removed += box
        author = author or self.reporters
        paragraphs, cards = author_cards.take_cards(paragraphs, author)  # "Catharine Tunney" / "Senior reporter"
        removed += cards
        paragraphs, card_bio = author_cards.take_card_bio(paragraphs, removed, author)  # "Jan Lopatka" / "Thomson
        removed += card_bio  # Reuters" / "Prague-based correspondent covering …"
        paragraphs, place, date_written, agency, dateline_line = lead_dateline.take_dateline(paragraphs)
        if place and not agency and lead_dateline.initials_not_place(place) and any(  # "NNA - Israeli enemy strike …", and "NNA
                re.search(rf"\b{place}\b", p.text) for p in paragraphs):  # correspondent reported": the agency's
            place, agency = None, place
        place = place or self.reported_from
        signals, credits = self.signals, self.credits
        if agency:
            signals.append((dateline_line, outlets.from_agency(agency)))
            credits.append(outlets.from_agency(agency))
        published = header_credits.published(self.stamps, date_written or "", [c.text for c in self.captions])
        bios = [r.text for r in bio + box if r.reason == "author bio"]
        signals += self._desk_signals(removed)
        owner = outlets.copy_owner(credits, self.stated)
        outlet = owner or outlets.first(signals, outlets.self_named(self.named_below) or page_marks.from_bios(bios))
        if outlet is None and not any(found is not None for _, found in signals) and title_line:
            outlet = page_outlet.unsigned_outlet(removed, self.lines, title, title_line, paragraphs, ABOVE_REASONS)
        if title_line and self.lines[0].line < title_line.line:
            outlet = page_marks.paper_of_owner(outlet, self.lines[0].text)  # "Nation" over "Nation Media Group"
        stamps = self.stamps
        readings = () if published else stamps.get("published", stamps.get("updated", ()))
        if settled := outlet_names.settled(readings, outlet):  # "Issued on: 07/03/2023" on France 24: 7 March
            published, readings = settled, ()
        return Article(
            id=source_id, path=path, title=title, paragraphs=tuple(paragraphs), captions=tuple(self.captions),
            headings=tuple(self.headings), removed=tuple(sorted(removed, key=lambda r: r.line)), published=published,
            published_from="text" if published else None, author=author, dateline=place,
            outlet=outlet, outlet_from=COPY_CREDITS if owner else "text" if outlet else None,
            dateline_day=None if published else chrome_stamps.month_day(date_written or "") or header_credits.yearless_day(
                [r.text for r in removed if len(paragraphs) < 2 or r.line < paragraphs[1].line]),  # "Last updated: 29/03"
            stamp_readings=readings,
        )


_CHROME_UNDER = 5
"""The most lines of furniture under an outlet's name that signs off its story ("The Baltic Times" / "Subscribe to our
newsletter" / a cookie banner)."""
_CREDIT_REASONS = ("byline (kept as metadata)", "date stamp (kept as metadata)")
"""Removed lines that credit the story's writer or desk."""


_BULLET = re.compile(r"^[-•*·▪–]\s+(?=\S)")
"""A list item's marker, which the page showed as a bullet: "- Up to 300,000 people have fled …"."""
_PLACE_LINE = re.compile(r"[A-Z][\w'’.-]+(?:,? [A-Z][\w'’.-]+){0,2}")
"""A place alone on its line, "Chennai", "New Delhi": under a byline and over the date stamp, where the writer was."""
_CAPITALS_PLACE = re.compile(r"[^\W\d_][^\W\d_'’.-]+(?:,? [^\W\d_][^\W\d_'’.-]+){0,2}")
"""A place in capitals alone on its line, any alphabet's capitals ("İZMIR"): under a dated byline, the dateline."""
_PLACE_WORD = re.compile(r"[A-Z][a-z]+(?:[’'][a-z]+)?")
"""A place of one word under the date stamp, "Geneva": where a statement was issued."""
