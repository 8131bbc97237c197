"""Line rules for the cleaner: what a photo's caption looks like, its label ("Photo:", "Image caption,"), its credit
(an agency, a photographer), and the words it says without them. The rest of a page's furniture is in ``chrome``.

Each rule is general (the shape of a line), never a phrase tuned to one outlet.
"""

from __future__ import annotations

import functools
import re

from .chrome_credits import without_named_credits as _without_named_credits

AGENCIES = (
    r"AP|AFP|Reuters|REUTERS|EPA(?:-EFE)?|Getty(?: Images)?|Xinhua|Anadolu(?: Agency)?|WAM|SPA|KUNA|IRNA|INA|"
    r"Bloomberg|Shutterstock|dpa|PA(?: Media| Wire)?|Pool|Handout|Supplied|Alamy|TASS|Sputnik|"
    r"ANI|PTI|Rudaw|NurPhoto|SOPA Images|UPI|Sipa|Twitter|Facebook|Telegram|X|"
    r"ANP|Belga|APA|Kyodo|Yonhap|KCNA|Lusa|EFE|ANSA|Ritzau|NTB|PAP|CTK|MTI|SANA|MENA|WAFA|QNA|Bernama|Antara|AAP|"
    r"NHK|Imago|ZUMA Press|Abaca|Jiji(?: Press)?|KYODO|JIJI"
)
_CAPTION_CREDIT = re.compile(
    rf"(?:\.\s+|\s[-|/]\s|\s)\((?:(?:Photo|Image|Picture|File|Credit)(?: by)?:?\s*)?(?:{AGENCIES})(?: Photo)?(?:\s*(?:/|via)\s*[\w .'-]+)?\)\.?$"
    rf"|\s\[(?:[^\[\]/]{{2,60}}/\s?)?(?:{AGENCIES})(?: Photos?| Images)?\]$"  # "… on March 9, 2025 [Abdel Kareem Hana/AP Photo]"
    r"|(?<=[.!?])\s(?:\[[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3},\s(?:The\s)?[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}\]"
    r"|(?:PHOTOS?|FILE PHOTO|POOL)\s?\|\s?[A-Z][A-Z0-9 .'’&|-]{1,60}|\[[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}\])$"  # "[Collins
    # Kweyu, Standard]", "PHOTO | FILE | NMG", Kathimerini's "… on Wednesday. [InTime News]"
    r"|\.\s+(?:(?:Photo|Image|Picture) credit:|Copyright ©|PHOTOS?:|PHOTO BY)\s?[^\W\d_][^©.]{1,90}$"  # ". PHOTO: AFP", ". PHOTO BY JOHN DOE /Gazette"
    r"|\.\s+(?:\|\s+(?:Photo|Image) Credit|Credit):\s?[A-Z][^©|]{1,60}$"  # The Hindu's ". | Photo Credit: K. Murali Kumar"
    r"|\.\s+[A-Z][^.]{1,60}/[A-Z][\w .'’-]{1,40} (?:hide|toggle) caption(?: (?:hide|toggle) caption)?$"  # NPR's "… AP hide caption"
    r"|\.\s+Pics?\s?/\s?[A-Z][\w .'’-]{1,40}$"  # mid-day's "… on Monday. Pic/Satej Shinde"
    r"|\.\s+©\s?[A-Z][^©.]{1,60}$|\s\((?i:AI|representative|representational|file|stock|illustrative)\s+(?i:image|photo|picture)\)\.?$"
    r"|\s\((?:[A-Z][\w&'’.-]*\s){1,4}(?i:file|handout|stock)\s(?i:photo|image|picture)\)$"  # "(Baltic Link file photo)"
    rf"|\s\|\s(?:[A-Z][\w'’.-]+(?:[\s-][A-Z][\w'’.-]+){{0,3}}\s?/\s?)?(?:{AGENCIES}|Getty Images)$"  # "… | Olivier Hoslet/EPA"
    rf"|\s\|\s(?:{AGENCIES})\s?/\s?[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){{0,3}}$|\sPhotographer: [A-Z][^:]{{2,80}}$"  # "| AFP /
    # Luis Robayo"; Bloomberg's "Javier Milei Photographer: Anita Pouchard Serra/Bloomberg"
    r"|\s\|\s[A-Z][\w'’.-]+(?:[\s-][A-Z][\w'’.-]+){1,3}(?:\s?/\s?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}){1,3}"
    r"(?: via Getty Images)?$"  # "| Francis Chung/POLITICO", "| Nicolas Maeterlinck/Belga Mag/AFP via Getty Images"
    rf"|\s\([A-Z][\w'’.-]+(?:[\s-][A-Z][\w'’.-]+){{0,3}}\s?/\s?(?:{AGENCIES}|(?:for )?The [A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{0,3}})\)\.?$"
    r"|\s\((?:Photo|Image|Picture|Credit)s?(?: credits?)?(?: by)?:\s*[^\W\d_][\w .'’-]{0,40}(?:/[\w .'’-]{1,40})?\)\.?$"
    r"|(?<=[.!?”])\s\([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)? Photos?\)$"  # "… June 29, 2025. (AA Photo)"
    r"|(?<=[a-z0-9.])(?:Image|Photo): [A-Z][^:]{1,80}$"  # a credit run on without a space, "… districtImage: Efrem …",
    # after the caption's full stop too, "… across the Süderelbe.Image: Marcus Brandt/dpa/picture alliance" (DW)
    r"|(?<=\.)\s+[—–-]\s*(?:(?:Photo|Photograph|Picture|Image|File photo)s?(?: by| courtesy(?: of)?)?:?\s*[^\W\d_][^.]{1,50}"
    rf"|(?:{AGENCIES})(?:/File)?|File)$"  # "… in Swat on Monday. — Photo by author", "… — AFP"
    r"|\s\((?!(?:Note|Editor|Update|Correction|Source|Reporting|Writing|Editing|Translation)\b)"
    r"[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}:\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}\)\.?$"
    rf"|\.\s+(?:(?:Photo|Image|Picture|File photo|Credit)(?: by)?:?\s*)?(?:{AGENCIES})(?:\s*(?:/|via)\s*[\w .'-]+)?\.?$"
    r"|(?<=[a-z0-9])\.(?:Credit\.{2,3}\s?)?[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3}\s(?:for\s(?:The\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3}"
    r"|/\s?[A-Z][\w .'’-]{1,40})$|(?:\.|\s)Credit\.{2,3}\s?[A-Z][^.]{2,80}$"
    r"|(?<=[.!?”\"])\s+(?:Photograph|Photo|Picture|Illustration|Composite)s?:\s*[A-Z][^:]{1,60}$"
    r"|\s[—–-]\s(?:Foto|Fotografía|Imagem|Photo|Image)s?:\s*[A-Z][^:]{1,60}$|,\s(?i:photo|foto):\s[A-Z][^:]{1,60}$"  # O Globo's "… — Foto: Nelson
    # Almeida/AFP"; Radio Prague's "Opava, photo: Czech Fire and Rescue Service"
    r"|\s[-–—]\s(?:Copyright|©)\s?[^\W\d_].{1,120}$"  # Euronews: "… 2023. - Copyright Peter Morrison/Copyright …"
    r"|(?:(?<=[.!?])\s+|\s[-–—]\s)\(?[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}\s?/\s?[A-Z][\w&'’.-]*[\w&](?:\s[A-Z][\w&'’.-]+){0,3}\)?$"
    # a photographer and their employer after the last sentence or a dash: "… 2024. Jire Carreon/Rappler", "(Jaco
    # Marais/News24)", "… on Tuesday (7) - Gustavo Mansur / Palácio Piratini"
)
"""A caption's credit: an agency ("... 2021. AP", "(Reuters)"), a photographer's name in brackets, or a credit glued
on after the full stop, as a national paper's page copies ("… on Tuesday.Stephen B. Morton for The New York Times",
"… on Tuesday.Credit...Jane Doe/Reuters"), or one after a dash, as South Asian papers sign their photos ("… on
Monday. — Photo by author", "… — AFP", "(Image credits: AP)"), or one named after the caption's last sentence ("… on Friday.
Photograph: Jordan Pettitt/PA", "Composite: Guardian Design")."""
_CAPTION_LEAD = re.compile(
    r"^(?:[\[(]?\s*(?:photo(?:graph)?|image|picture|file photo|(?:image |photo |media |video )?caption|pictured|illustrative)\s*[:,|-]"
    r"|item \d{1,2} of \d{1,2}\s|\d{1,2} of \d{1,2}\s?\|\s|\[\d{1,2}/\d{1,2}\]\s?(?=[A-Z]))", re.I)
"""What opens a caption: its label ("Photo:", The Times of Israel's "Illustrative:"), or its place in a gallery ("item 2 of 4", "1 of 6 |", "[3/5]")."""


def is_caption_label(text: str) -> bool:
    """A caption's label alone on its line ("Image caption,", "Media caption,"): the caption is the next line."""
    match = _CAPTION_LEAD.match(text.strip())
    return bool(match) and match.end() == len(text.strip())


@functools.lru_cache(maxsize=1 << 16)
def is_caption(text: str) -> bool:
    """A photo caption: ends with an agency credit ("... 2021. AP", "(Reuters)") or starts "Photo:" (a memo of a
    pure function)."""
    if len(text) < 12 or len(text) > 600:
        return False
    return bool(_CAPTION_CREDIT.search(text) or _CAPTION_LEAD.match(text))


def credit_start(text: str) -> int | None:
    """Where a caption's trailing agency credit ("AP", "(Reuters)") begins, or None."""
    match = _CAPTION_CREDIT.search(text)
    return match.start() if match else None


def caption_words(text: str) -> str:
    """What a caption says, without its "Photo:" lead or trailing agency credit, nor the brackets around it all
    ("[Photo: A crew works … (Ledger photo / Ana Ruiz)]")."""
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    start = credit_start(text)
    labelled = bool(_CAPTION_LEAD.match(text))
    text = _CAPTION_LEAD.sub("", text[:start] if start is not None else text)
    text = _TRAILING_CREDIT.sub("", text).strip()
    return _without_named_credits(text) if labelled else text


_TRAILING_CREDIT = re.compile(r"\s*\([^()]*\b(?:photo|photograph|picture|image)s?\b[^()]*\)\.?$"
                           r"|(?<=\.)\s+(?:photo|photograph|picture|image|pic)s?:\s*[^.:]{1,60}$"
                           r"|\.(?-i:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+){1,3})$", re.I)
"""A credit that names no agency: "(Ledger photo / Ana Ruiz)", ". Photograph: Anadolu", ". Pic: AP" (Sky News), or the photographer's name in
capitals left before an agency's credit ("… on Wednesday. BIEL ALIÑO (EFE)", as El País prints it)."""
