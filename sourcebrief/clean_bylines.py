"""The header's credits of a story read line by line: a writer's byline, a desk's, the outlet named where a byline
would be, the dateline beside it and a press release's issuer (the part of ``clean._Reading`` that reads who wrote
the story and from where)."""

from __future__ import annotations

import re

from . import chrome, chrome_stamps, datelines, header_credits, issuers, outlets
from .model import Line


def bodies(paragraphs: list[Line]) -> int:
    """How many of the paragraphs so far read as body text, not as a standfirst's short unpunctuated lines."""
    return sum(chrome.is_body_candidate(p.text) for p in paragraphs)


ABOVE_REASONS = ("section label", "web chrome", "masthead (outlet kept as metadata)")
"""Reasons of removed lines over the headline that may be the page's own name."""


class BylineReading:
    """The byline rules of ``clean._Reading``, which holds the state they read and set (``lines``, ``texts``,
    ``removed``, ``paragraphs``, ``signals``, ``credits``, ``stated``, ``author``, ``byline_index``,
    ``reported_from``, ``mastheads``, ``named_below``, ``own_name``, ``title_line``, ``under_stamp``)."""

    def _named_above(self) -> set[str]:
        """The name on the page's first line when it was dropped as furniture ("Nation" over its menu, which reads
        as a section's label too): a desk's byline naming it ("By Nation Reporter") credits the page's own newsroom,
        no person."""
        top = min(self.removed, key=lambda r: r.line, default=None)
        over = top and self.title_line and top.line < self.title_line.line
        return {top.text.strip()} if over and top.reason in ABOVE_REASONS and len(top.text.split()) <= 3 else set()

    def _signs_for_page(self, text: str) -> bool:
        """Whether a byline below the story credits the page's own masthead ("by James Grainger, Buenos Aires Times"
        at the foot of a Buenos Aires Times page): the writer's signature, not a line of the story."""
        tail = outlets.from_byline_tail(text) or outlets.name(chrome_stamps.byline(text) or "")  # ("By: RFI" under RFI's)
        return bool(tail) and tail in {outlets.name(m.strip()) for m in self.mastheads.values()} | self.named_below

    def _bylines(self, index: int, line: Line) -> str | None:
        """The reason of a byline, a desk's byline, a dateline or the outlet's own name, or None."""
        text, signals, paragraphs = line.text, self.signals, self.paragraphs
        if (name := chrome_stamps.byline(text)) and (bodies(paragraphs) <= 1 or text.startswith("(")
                                                      or self._signs_for_page(text) or name == self.author):  # (live blog)
            # a standfirst (a one-sentence summary, or a tabloid's bullet points) may come before the byline: it stays;
            # a byline in brackets, "(By Jane Doe)", closes a wire story
            self.byline_index = index
            above = {r.text for r in self.removed if r.reason in ABOVE_REASONS}
            if outlets.known(name) or name in above or name == self.own_name or name.lower() in {t.lower().rstrip(".") for t in self._named_above()} or (
                    outlets.with_agencies_under(name, self.texts[index + 1:index + 2])):  # "By Africanews" / "with AFP"
                signals.append((line.line, outlets.name(name)))  # "By The Associated Press"; "by The New Region"
                # under the masthead "The New Region"; "By Africanews" under the page's first line, "africanews."
                self.stated.append(outlets.name(name) if outlets.name(name) in outlets.WIRES else None)
            elif desk := outlets.desk_byline(name, self.named_below | self._named_above()):  # "By Nation Reporter"
                signals.append((line.line, desk))
            elif header_credits.no_person(name, self.mastheads.values()):
                pass  # "by DAILY SABAH WITH AA": the page's own credit; "By Staff | The Canadian Press": no one
            else:
                if (newsroom := outlets.newsroom_desk(name)) and not newsroom.isupper():  # initials: _desk_signals  # "Written By HT News Desk": the credit names the outlet
                    signals.append((line.line, newsroom))
                self.author = self.author or (None if header_credits.desk_credit(name) else name)  # ("TOI Staff")
            if (written := chrome_stamps.parse_date_in(text)) is not None:  # "By Jane Doe | 30 April 2024"
                updated = re.search(r"\bupdated\b", text, re.I) and not re.search(r"\bpublished\b", text, re.I)
                self.stamps.setdefault("updated" if updated else "published", (written,))
            signals.append((line.line, outlets.from_byline_tail(text)))  # "By Gregory Wallace, CNN"
            self.credits.append(outlets.from_byline_tail(text))
            return "byline (kept as metadata)"
        if (len(paragraphs) <= 1 or bodies(paragraphs) == 0) and (named := header_credits.NAME_LINE.fullmatch(text)) and (self.under_stamp or index + 1 < len(
                self.lines) and header_credits.over_date_or_role(self.lines[index + 1].text, self.title_line)
                or header_credits.over_place_and_stamp(self.texts[index + 1:index + 3]) or not bodies(paragraphs) and (
                    header_credits.over_known_place(self.texts[index + 1:index + 2], text, " ".join(self.texts[index + 1:])))
                or not paragraphs and header_credits.TWO_NAMES.search(text) or header_credits.credit_under_headline(
                named, self.title_line, bodies(self.paragraphs))) and not (
                outlets.from_byline_line(text) or chrome_stamps.DESK.fullmatch(text)):  # "The Hindu Bureau": a desk
            name = header_credits.listed(named.group("name"))  # "Josh Taylor" over a stamp; "JAIRO BOLLEDO" (Rappler)
            self.author, self.byline_index = self.author or (name.title() if name.isupper() else name), index
            self.author = None if header_credits.desk_credit(self.author) or header_credits.outlet_desk(
                self.author, self.texts[index + 1:index + 2]) else self.author  # "TRT World" over its stamp
            self.reported_from = self.reported_from or named.group("place")  # "Justin McCurry in Tokyo"
            return "byline (kept as metadata)"
        if (desk := chrome_stamps.DESK.fullmatch(text) or chrome_stamps.OFFICE.fullmatch(text)) and (bodies(paragraphs) == 0 or text.startswith(("By ", "BY ")) and (
                bodies(paragraphs) <= 1)):  # a desk's byline, maybe under the standfirst
            self.byline_index = index
            named = desk.group("outlet")  # an outlet's name, or the name of the page's masthead above the headline
            above = {r.text.lower() for r in self.removed if r.line < line.line}
            signals.append((line.line, outlets.from_byline_line(named) or (
                outlets.name(named) if named.lower() in above or desk.group("staff") else None)))
            return "byline (kept as metadata)"
        if bodies(paragraphs) == 0 and (found := header_credits.signature(text, [r.text for r in self.removed], self.texts[
                index + 1:index + 2])):  # "Herald Reporter" under "The Herald"; "Eleanor Hart, PA" over its stamp
            self.author, self.byline_index = self.author or found[0], index
            self.credits.append(found[1])
            return "byline (kept as metadata)"
        if len(paragraphs) <= 1 and (found := header_credits.name_and_stamp(text)):
            self.author, self.byline_index = self.author or found[0], index  # "Sophie Lindqvist | 15 Nov 2024 | …"
            self.stamps.setdefault("published", found[1])
            return "byline (kept as metadata)"
        if len(paragraphs) <= 1 and (found := header_credits.header_byline(text, self.lines, index)):
            name, where = found  # "Jeff Cox@jeff.cox.7528@JeffCoxCNBCcom"; "Colby Smith in Washington" by its stamp
            self.author, self.byline_index = self.author or name, index
            self.reported_from = self.reported_from or where
            return "byline (kept as metadata)"
        if len(paragraphs) <= 1 and header_credits.bare_byline(self.lines, index, self.title_line,
                                                                (paragraphs or [None])[0]):
            self.author, self.byline_index = self.author or text.strip(), index  # "Richard Meade" under the standfirst
            return "byline (kept as metadata)"
        if where := chrome_stamps.reporting_from(text) or self.byline_index == index - 1 and header_credits.place_dash(text):
            self.reported_from = self.reported_from or where
            return "dateline (kept as metadata)"
        if not paragraphs and index and self.title_line and self.lines[index - 1].line == self.title_line.line and (
                found := datelines.agency_line(text)):  # "Baghdad-INA" right under the headline
            self.reported_from = self.reported_from or found[0]
            signals.append((line.line, outlets.from_agency(found[1])))
            return "dateline (kept as metadata)"
        if bodies(paragraphs) == 0 and (found := issuers.issued_by(self.texts, index) or issuers.provided_by(self.texts, index)):
            signals.append((line.line, issuers.institution(found)))  # "National Weather Service Norman OK" over its
            self.stated.append(issuers.institution(found) if text.startswith("From:") else None)
            return "press-release issuer"  # stamp; "From: Department of Finance Canada"; "News provided by" / "X Inc."
        if (found := outlets.from_dash_line(text)) is not None:  # "CNN —", where a dateline would be
            signals.append((line.line, found))
            return "outlet (kept as metadata)"
        if len(text) <= 40 and outlets.known(text):  # "Reuters" alone: a photo's or the copy's credit, no outlet
            self.credits.append(outlets.name(text))  # (the copy's, when the dateline names the same agency)
            if not paragraphs and index + 1 < len(self.lines) and (found := chrome_stamps.stamp(self.lines[index + 1].text)) \
                    and found[1]:  # "Agence France-Presse" over "Bamako, June 22, 2025": whose story it is
                signals.append((line.line, outlets.name(text)))
                return "outlet (kept as metadata)"
            return "web chrome"
        return None

