"""Names of well-known outlets, and how each writes a date in numbers: the tables ``outlets`` and the cleaner read.

A numeric stamp that reads two ways ("Issued on: 07/03/2023 - 22:10": 7 March or 3 July) is settled by its outlet's
house style, when the outlet is known here; otherwise it stays unsettled (never guessed).
"""

from __future__ import annotations

import datetime as dt
import re

KNOWN = {
    "ap": "Associated Press", "associated press": "Associated Press",
    "afp": "Agence France-Presse", "agence france-presse": "Agence France-Presse",
    "agence france presse": "Agence France-Presse",
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "upi": "United Press International", "united press international": "United Press International",
    "dpa": "Deutsche Presse-Agentur", "deutsche presse-agentur": "Deutsche Presse-Agentur",
    "efe": "EFE", "ansa": "ANSA", "xinhua": "Xinhua", "kyodo": "Kyodo News", "yonhap": "Yonhap", "tass": "TASS",
    "pa": "PA Media", "pa media": "PA Media", "aap": "Australian Associated Press", "cp": "The Canadian Press",
    "guardian news & media": "The Guardian", "guardian news and media": "The Guardian",
    "al jazeera": "Al Jazeera", "al jazeera media network": "Al Jazeera", "bbc": "BBC News", "bbc sport": "BBC Sport",
    "cnn": "CNN",
    "prnewswire": "PR Newswire", "pr newswire": "PR Newswire", "business wire": "Business Wire",
    "businesswire": "Business Wire", "globe newswire": "GlobeNewswire", "globenewswire": "GlobeNewswire",
    "npr": "NPR", "dw": "DW", "deutsche welle": "DW", "le monde": "Le Monde", "el país": "El País",
    "nhk": "NHK", "kyodo news": "Kyodo News", "cbc": "CBC News", "cbc news": "CBC News", "france 24": "France 24",
    "times of india": "The Times of India", "timesofindia.com": "The Times of India", "axios": "Axios",
    "politico": "Politico", "fox news": "Fox News", "bloomberg": "Bloomberg", "independent": "The Independent",
    "the conversation": "The Conversation", "conversation": "The Conversation", "rfi": "RFI",
    **{re.sub(r"^the ", "", name.lower()): name for name in (  # regional outlets: a line of their name alone is a
        # masthead or a credit
        "Rudaw", "Kurdistan24", "Shafaq News", "Al-Monitor", "Asharq Al-Awsat", "Arab News", "The New Arab",
        "Middle East Eye", "Anadolu Agency", "Iraqi News Agency", "IRNA", "SANA", "Al Arabiya", "Press TV", "Tasnim",
        "Daily Sabah", "Gulf News", "Khaleej Times", "Haaretz", "The Times of Israel", "L'Orient Today", "Naharnet",
        "Enab Baladi", "The New Region", "Dawn", "The Hindu", "Daily Nation", "Premium Times", "MercoPress",
        "Levante-EMV", "NRK", "Euronews")},
    "rfe/rl": "RFE/RL", "radio free europe/radio liberty": "RFE/RL",
    "aa": "Anadolu Agency", "anadolu ajansı": "Anadolu Agency", "ina": "Iraqi News Agency",
    "press trust of india": "Press Trust of India", "lusa": "Lusa", "agência lusa": "Lusa",
    "ians": "IANS",  # ("PTI" alone is also Pakistan's Tehreek-e-Insaf: not here)
}
"""Well-known short forms and publishers' company names, by lower-case name without a leading "The"."""
DATELINE_ONLY = {"cna": "Central News Agency", "petra": "Petra"}
"""Short forms known only in a dateline's brackets ("Taipei, April 5 (CNA)"; "Amman, Sept. 18 (Petra) --", Jordan's
agency): elsewhere "CNA" may be Singapore's CNA (Channel NewsAsia), "Petra" the ancient city."""



DAY_FIRST = frozenset({
    "France 24", "Agence France-Presse", "Le Monde", "BBC News", "BBC Sport", "The Guardian", "The Independent", "RFI", "PA Media", "El País", "EFE",
    "Levante-EMV", "MercoPress", "DW", "Deutsche Presse-Agentur", "ANSA", "Al Jazeera", "Rudaw", "Kurdistan24",
    "Asharq Al-Awsat", "Arab News", "The New Arab", "Anadolu Agency", "Daily Sabah", "Gulf News", "Khaleej Times",
    "Haaretz", "The Times of Israel", "Dawn", "The Hindu", "The Times of India", "Daily Nation", "Premium Times",
    "NRK", "Australian Associated Press", "Euronews", "Press Trust of India", "Lusa"})
"""Outlets whose pages write a date in numbers day first ("19/12/2024 - 10:31", France 24; "13/03/2025", Levante-EMV)."""
MONTH_FIRST = frozenset({"Associated Press", "CNN", "NPR", "Fox News", "Axios", "Politico", "United Press International"})
"""Outlets whose pages write a date in numbers month first, as the United States does ("3/7/2023")."""


def numeric_order(outlet: str | None) -> str | None:
    """How ``outlet`` writes a date in numbers: "day" first, "month" first, or None when it is not known."""
    return "day" if outlet in DAY_FIRST else "month" if outlet in MONTH_FIRST else None


def settled(readings: tuple[dt.date, ...], outlet: str | None) -> dt.date | None:
    """The reading of a numeric stamp that reads two ways that ``outlet``'s house style gives: ``readings`` are
    (month first, day first), as ``chrome_stamps.dates_in`` gives them ((3 July, 7 March) for "07/03/2023"); None when
    the stamp reads one way only, or the outlet's style is not known."""
    order = numeric_order(outlet)
    if len(readings) != 2 or order is None:
        return None
    return readings[1] if order == "day" else readings[0]


_US_DATELINE = re.compile(r",\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
                          r"|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash"
                          r"|W\.Va|Wis|Wyo|D\.C)\.\s*$")
"""A dateline closing on a U.S. state as American newsrooms abbreviate it ("YAKIMA, Wash.", "ST. PETERSBURG, Fla.")."""


def dateline_order(dateline: str | None) -> str | None:
    """How a page with this dateline writes a date in numbers when its outlet is not known here: "month" first under
    an American dateline (_US_DATELINE), else None."""
    return "month" if dateline and _US_DATELINE.search(dateline) else None
