"""Find quotations and who said them (quote_marks finds where they open and close;
quote_groups groups the same words quoted by several sources; quote_paragraphs
reads them across the paragraphs of an article)."""

from __future__ import annotations

import re

from .entity_lexicon import SPEECH_VERBS
from .model import record
from .quote_pronouns import PRONOUNS as _PRONOUNS, Before, resolve_pronoun, resolve_role
from .quote_marks import mask, quotation_spans, sentence_bounds
from .quote_owners import owner_of_role
from .quote_speakers import (NAME_ENDS_CLAUSE, NAME_WORDS, NAMED_APPOSITIVE, OWNED_ROLE, OWNER_THEN_NAME, clause_subject,
                             inner_subject, inside_name, name_after_title_with_and, named_subject, place_of_place,
                             staff_at, without_label)

_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_VERB_RE = re.compile(rf"\b({_VERBS}|according to|(?<!-)called|(?<!-)calling|branded|dubbed|labell?ed"
                      r"|condemned|denounced|hailed|praised|welcomed|thanked|accused|pledged|vowed|promised|blamed|citing"
                      r"|directed|instructed|reported|put\s+it(?=(?:\s+to\s+\w+)?\s*[,:]\s*$)"
                      r"|(?:presented|portrayed|characteri[sz]ed)(?=[^.“\"]{0,80}\sas\s*(?:[“\"‘]|$)))\b", re.I)
"""Verbs before a quotation that make their subject its speaker: speech, naming it ("called the strike “a
massacre”", "welcomed the agreement, calling it “a step …”", "presented the deal as “a friendly operation”"), and
judging or promising in its words ("condemned the “heinous terrorist attack”", "hailed a “historic” turnout", "accused
his rival of offering “nothing but slogans”", "pledged to rebuild all damaged homes “within a year”", "blamed “radical
Iran-backed militant groups”", "delayed the release, citing the “shocking scenes”", "thanked the Indian leader for
his efforts to find “ways of resolving …”"), instructing and reporting, and putting it so ("As Bolormaa Tserendorj
put it to me, “…”")."""
_PARTICIPLE_CUE = {"saying": "said", "adding": "added", "asserting": "asserted", "describing": "described",
                   "noting": "noted", "stressing": "stressed", "warning": "warned", "telling": "told",
                   "calling": "called", "citing": "cited",
                   "says": "said", "say": "said", "adds": "added", "states": "stated", "notes": "noted",
                   "tells": "told", "put it": "said"}
_CUT_WORDS = frozenset(
    """earlier later also then on this that last again previously recently separately
    further has had have was were is will would once in at during after before
    however meanwhile who""".split()
)
_LEADING = re.compile(r"^(?:with|and|but|while|as|when|where|whereas|so)\s+", re.I)


@record
class Quote:
    """Words a source quotes, and who it says spoke them."""

    start: int
    """Offset of the opening quote mark."""
    end: int
    """Offset after the closing quote mark."""
    text: str
    """The words inside the marks."""
    speaker: str | None
    """Who said it, as written ("Maj Gen Joel “JB” Vowell", "the Pentagon"); a pronoun
    is replaced by the person or body it refers to when that is clear."""
    cue: str
    """How it was attributed: "said", "added", "according to", "colon", ... or "none"."""
    speaker_written: str | None = None
    """The attribution exactly as written when ``speaker`` was resolved from a pronoun."""


def find_quotes(text: str, previous_speaker: str | None = None) -> list[Quote]:
    """Quotations in ``text`` in order; ``previous_speaker`` resolves a leading "he added"."""
    return _find_quotes(text, previous_speaker)


def _find_quotes(text: str, previous_speaker: Before | str | None) -> list[Quote]:
    """``find_quotes``, the previous speaker perhaps still to be worked out."""
    spans = quotation_spans(text)
    masked = mask(text, spans)
    quotes: list[Quote] = []
    for start, end in spans:
        speaker, cue = _attribute(text, masked, start, end)
        speaker = without_label(speaker)
        if speaker is None and quotes and quotes[-1].speaker and _goes_on(masked, quotes[-1].end, start):
            speaker, cue = quotes[-1].speaker, "continued"
        written = None
        if speaker and speaker.lower() in _PRONOUNS:
            resolved = resolve_pronoun(speaker.lower(), _pronoun_at(text, speaker, start), [q.speaker for q in quotes],
                                       text, previous_speaker)
            if resolved:
                written, speaker = speaker, resolved
        elif speaker and (holder := resolve_role(speaker, start, text, previous_speaker)):
            written, speaker = speaker, holder  # "the Kremlin spokesman" named before: Dmitry Peskov
        elif speaker and (owned := owner_of_role(speaker, _sentence_before(text, masked, start, end, previous_speaker),
                                                 _texts_above(text[:start], previous_speaker))):
            written, speaker = speaker, owned  # "The union said …. Its chair said": the union's chair
        quotes.append(Quote(start, end, text[start + 1 : end - 1], speaker, cue, written))
    return quotes


def _sentence_before(text: str, masked: str, start: int, end: int, previous: Before | str | None) -> str:
    """The sentence before the one holding the quotation at ``start`` (the last of the paragraph above when it opens
    its paragraph)."""
    left, _ = sentence_bounds(masked, start, end)
    if text[:left].strip():
        return text[sentence_bounds(masked, left - 1, left)[0]:left]
    above = previous.text.rstrip() if isinstance(previous, Before) else ""
    return above[sentence_bounds(mask(above, quotation_spans(above)), len(above) - 1, len(above))[0]:] if above else ""


def _texts_above(text: str, previous: Before | str | None) -> list[str]:
    """``text``, then the paragraphs above it, nearest first."""
    texts = [text]
    while isinstance(previous, Before):
        texts.append(previous.text)
        previous = previous.before
    return texts


def _pronoun_at(text: str, pronoun: str, start: int) -> int:
    """Where the pronoun speaking the quotation at ``start`` stands: before it in its sentence ("He also met
    Takeshi Iwaya and said China would resume imports “step by step”": only the people named before "He" may be
    him), else the quotation's start ("“…,” he said")."""
    left = text.rfind(". ", 0, start) + 1
    found = None
    for found in re.finditer(rf"\b{re.escape(pronoun)}\b", text[left:start]):
        pass
    return left + found.start() if found else start


def _goes_on(masked: str, previous_end: int, start: int) -> bool:
    """The quotation opens the sentence right after the one holding the previous quotation: "“It's been the worst
    day of my life,” Viena told Reuters. “The water came up to my chest.”" (the speaker goes on)."""
    left, _ = sentence_bounds(masked, start, start + 1)
    return not masked[left:start].strip() and sentence_bounds(masked, previous_end - 1, previous_end)[1] >= left


def _attribute(text: str, masked: str, start: int, end: int) -> tuple[str | None, str]:
    """Speaker and cue of the quotation at [start, end)."""
    left, right = sentence_bounds(masked, start, end)
    inner = text[start + 1 : end - 1].rstrip()
    tail = masked[end:right]
    if inner.endswith((",", "?", "!")) or tail.lstrip().startswith((",", "—", "–")) or re.match(r"\s*(he|she|they|it)\s", tail):
        found = _after(text, end, tail)
        if found and found[1] == "according to":  # "X called the strike “…”, according to SUNA": X said it
            found = _before(text, masked, left, start) or found
        if found:
            return found
    found = _before(text, masked, left, start)
    if found:
        return found
    match = re.search(r"\baccording to\s+([^,.;]{2,60})", tail)
    if match:
        return _clean_subject(match.group(1)), "according to"
    if masked[left:start].rstrip().endswith(":"):
        clause = _clause(masked[left:start].rstrip()[:-1])
        if re.match(r"(?:is|was|were|are|seemed|looked|sounded|remained|became)\b", clause):
            verb_at = masked.rfind(clause, left, start)  # "Tanja, a teacher from Velenje, was more hopeful:": Tanja
            return (_subject(text, masked, left, verb_at) if verb_at > left else None), "colon"
        return _clean_subject(clause), "colon"
    return None, "none"


def _clause(text: str) -> str:
    """The clause before a colon, skipping a participle's between commas: "Democratic Party chair Odongerel
    Munkhbat, speaking in the chamber:" is the chair."""
    parts = [part.strip() for part in re.split(r"[,;]", text)]
    while len(parts) > 1 and re.match(r"[a-z]+ing\b", parts[-1]):
        parts.pop()
    return parts[-1]


def _after(text: str, end: int, tail: str) -> tuple[str, str] | None:
    """ ", he added.", ", said the Pentagon", ", according to the statement"."""
    match = re.match(r"[\s,—–]*according to\s+([^,.;]{2,60})", tail)
    if match:
        return _clean_subject(match.group(1)), "according to"
    match = re.match(rf"[\s,—–]*(.{{0,120}}?)\b({_VERBS}|reported)\b", tail)  # ", the agency KUNA reported"
    if not match or len(match.group(1).split()) > 14:
        return None
    verb = match.group(2).lower()
    phrase = text[end + match.start(1) : end + match.end(1)].strip(" ,")
    if not phrase and verb.endswith("ing"):
        return None
    if not phrase:
        rest = text[end + match.end(2) :]
        obj = re.match(r"\s*((?:the\s+|a\s+)?(?:" + _TITLE_ABBREVIATIONS + r")?(?:[A-Z]\.\s?)*[^,.;]{2,50}?)"
                       r"(?=\s+(?:in|on|at|to|during|after|,|\.)|[,.;]|$)", rest)
        if obj and obj.group(1)[:1].islower():  # "said one resident, Pilar Sánchez, 62": the name
            named = _NAMED_AFTER.match(rest, obj.end())
            if named:
                return named.group(1), _cue(verb)
        return (_clean_subject(obj.group(1)), _cue(verb)) if obj else None
    if _NOT_SAYING.search(phrase) or re.match(r"[a-z]+ing\b", phrase):
        return None  # "“…”, but did not say whether": a clause saying what was not said, no speaker; "“…”,
        # pointing to cracks residents had reported": a participle's clause, whose subject is before the quotation
    return _speaker_from_phrase(phrase), _cue(verb)


_NOT_SAYING = re.compile(r"^(?:but|yet|though|although)\b|\b(?:not|never|n[’']t)$", re.I)
"""Words between a quotation and a verb of saying that make a new clause or a denial of its own: ", but did not
say", ", though he would not say"."""


_TITLE_ABBREVIATIONS = r"(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Maj|Adm|Rev|St)\.\s+"
"""A title's abbreviation with its stop, which does not end the name after a verb: "said Dr. Laura Kreidberg" (nor
does an initial: "said G. Sunil Shantha")."""
_NAMED_AFTER = re.compile(rf",\s+({NAME_WORDS})(?=\s*[,.;]|$)")


def _before(text: str, masked: str, left: int, start: int) -> tuple[str, str] | None:
    """ "Rasool said ... “...”", "X said in a statement that “...”"."""
    head = masked[left:start]
    verbs = list(_VERB_RE.finditer(head))
    for match in reversed(verbs):
        verb = match.group(1).lower()
        if match.group(1)[:1].isupper() and verb != "according to":
            continue  # a name's word: "Economic Community of West African States … condemned it “…”"
        if verb == "according to":
            target = re.match(r"\s+([^,.;]{2,60})", head[match.end() :])
            if target:
                return _clean_subject(target.group(1)), "according to"
            continue
        if _PASSIVE.search(head, 0, match.start()) or _TOLD_TO.match(head, match.start()):
            continue  # "who is often described as", "Residents told to keep away from “globules”": nobody speaks
        subject = _subject(text, masked, left, left + match.start())
        if subject and verb.endswith("ing"):
            subject = clause_subject(subject, text[left:left + match.start()])
        if subject and subject.split()[0] in SPEECH_VERBS:
            continue  # "Johannes, 67, said he had warned the mine “many times”": who said so speaks
        if subject and not (verb.endswith("ing") and not subject[:1].isupper()):
            return _name_after_role(subject), _cue(verb)
    return None


_ROLE_THEN_NAME = re.compile(r"^(?:[\w’'-]+\s+)*?(?!(?:de|del|da|dos|van|von|bin|ibn|al|el|la|le|di|du)\s)[a-z][\w-]*\s+"
                             r"((?:[A-ZÀ-Þ][\w’'.-]*\s+)*[A-ZÀ-Þ][\w’'-]*)$")
_ROLE_THEN_FULL_NAME = re.compile(r"^(?:[\w’'-]+\s+)*?[a-z][\w-]*\s+((?:[A-ZÀ-Þ][\w’'.-]*\s+)+[A-ZÀ-Þ][\w’'-]*)$")
"""(A name of two words or more: "Sporting coach Ruben Amorim", not "Addressing troops in Kyiv"; the lower-case word
before the name is a role's, not a name's particle: "ECB Vice President Luis de Guindos" is not "Guindos".)"""
_NOT_ROLE_END = frozenset("for to with and or by from against of at the a an in on".split())


def _name_after_role(subject: str) -> str:
    """The name a subject ends with after lower-case role words: "Its president Andreas Mundt" is Andreas Mundt,
    "Meta's president of global affairs Nick Clegg" Nick Clegg, "Price comparison site Foundem" Foundem (not "a
    spokesman for Joe Biden": Biden did not speak)."""
    found = _ROLE_THEN_NAME.match(subject)
    if found and " and " in subject[:found.start(1)]:
        return subject  # "Protest organiser Enkhjin Dorj and student leader Temuulen Ganbold": both speak
    if not found:
        owned = OWNER_THEN_NAME.fullmatch(subject)  # "Kosovo’s Donika Gervalla"
        return owned.group(1) if owned else subject
    before = subject[:found.start(1)].split()
    return subject if before[-1] in _NOT_ROLE_END else found.group(1)


_ING_TITLES = frozenset("outgoing incoming ruling governing acting reigning sitting departing retiring presiding "
                        "visiting founding leading".split())
"""Words ending in "-ing" that open a title, not a participle's clause: "Outgoing President Macky Sall also
congratulated Faye, calling it …" (whereas "Speaking to reporters, …" names no one)."""


_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)(?:\s+\w+)?\s+$", re.I)
_TOLD_TO = re.compile(r"(?:told|asked|urged|warned|ordered|instructed|directed|advised)\s+to\s+(?:[a-z]|$)", re.I)
"""A verb of telling someone to do something right before "to" and a verb: its subject is told, not telling
("Residents told to keep dogs away", a headline's "are told"); who tells names whom ("urged residents to")."""


def _subject(text: str, masked: str, left: int, right: int) -> str | None:
    """The clause subject right before a verb, skipping appositives between commas."""
    if titled := name_after_title_with_and(text, left, right):
        return titled  # (not cut at the title's "and")
    found = [m for m in re.finditer(r"[,;](?!\d)|\s+and\s+|[”\"»](?![^()]{0,60}\))|\((?![^()]*\))", masked[left:right])
             if not (m.group() != ";" and inside_name(text[left:right], m))]  # (not inside "the Ministry of Mines and Energy")
    cuts = [left] + [left + m.end() for m in found]
    bounds = list(zip(cuts, cuts[1:] + [right]))
    segments = [_DEFINED.sub("", text[a:b]).strip(" ,;(”\"»") if "_" not in masked[a:b] else "" for a, b in bounds]
    # (not quoted words, nor a term defined in brackets: "The firm (the “Company”) said")
    if found and found[-1].group().strip() == "and" and (both := _both(segments, [m.group() for m in found])) is not None:
        return both or None
    last = inner_subject(segments[-1]).strip() if segments else ""  # (a line break alone is no subject)
    if all(word.lower() in _AUXILIARIES for word in last.split()):
        last = ""  # "The minister, according to Rautio, had promised": the subject is before the aside
    if last and not _relative(last.split()[0]) and not _PREDICATE.match(last):
        # "Alain Berset, who said …", "the strikes, which it called …": the clause before names the speaker
        return _clean_subject(_LEADING.sub("", last))
    if (named := _RELATIVE_NAMED.fullmatch(last)) is not None:
        return named.group(1)  # "the new proposal, which Chambers described as …": Chambers speaks
    for k in range(len(segments) - 2, -1, -1):
        seg = segments[k]
        if _relative(last) and last.lower() != "that" and (named := NAME_ENDS_CLAUSE.search(seg)):
            return named.group(1) or named.group(2)  # "… by supplier Spirit AeroSystems, which said"
        if re.fullmatch(r"\d{1,3}", seg) or place_of_place(segments, k):
            continue  # an age between commas: "Mr Sangaré, 47, said"; a town's region: "in Montgomery, Alabama,"
        if (not seg.split() or seg.split()[0].endswith("ing") and not _ROLE_THEN_FULL_NAME.match(seg)
                and seg.split()[0].lower() not in _ING_TITLES or seg[:1].islower() or OWNED_ROLE.fullmatch(seg)):
            continue  # "Speaking to reporters, …": no subject ("Sporting coach Ruben Amorim, who …, said" has one)
        if k > 0 and _OWNED_TITLE.fullmatch(seg) and _NAME_OPENS.match(_LEADING.sub("", segments[k - 1])):
            return _clean_subject(_LEADING.sub("", segments[k - 1]))  # "Prof Catherine Heymans of …, Scotland's
            # Astronomer Royal, said": her title
        return _clean_subject(seg)
    return None


_DEFINED = re.compile(r"\s*\((?:[^()]*[“\"][^()]*|(?:who|which|whose|whom)\s[^()]*)\)")
"""A term a document defines in brackets ("(the “Company”)"), or a relative clause in brackets ("The firm (which
denied the claims) said"): no part of the subject."""


def _both(segments: list[str], separators: list[str]) -> str | None:
    """Two named subjects joined by "and" before the verb are one speaker, never its last part: "The Department of
    Health and Human Services said" (one body's name), "The Ministry of Defence and Ukraine's army said" (both speak);
    "" (no one) for the end of a list ("Smith, Jones and Brown said"); None when "and" joins clauses ("Police arrived
    and officers said": the officers speak)."""
    first, second = _LEADING.sub("", re.sub(r"\s+and$", "", segments[-2])), segments[-1]  # (a segment ends on its cut)
    if not (named_subject(first) and named_subject(second)) or _clean_subject(first) != first:
        return None
    if len(segments) > 2 and separators[-2].strip() == "," and named_subject(segments[-3]):
        return ""
    return _clean_subject(f"{first} and {second}") or ""


_AUXILIARIES = frozenset("had has have was were is are would will could should also then later earlier".split())
"""Words that are all a segment holds between an aside and the verb, no subject: ", had promised"."""


def _relative(word: str) -> bool:
    """A relative pronoun opening a clause ("who", "which", "that"), not a body's initials: "WHO chief Tedros said"."""
    return word.lower() in ("who", "which", "that") and not word.isupper()


_PREDICATE = re.compile(r"[a-z]{3,}ed\s+(?:his|her|its|their|the|a|an)\b")
"""A segment opening with a past verb and its object, the predicate of a subject named before it: "Kim Sun-woo, an
analyst at Meritz Securities, [raised his target price …], saying": Kim says it."""
_OWNED_TITLE = re.compile(r"[A-ZÀ-Þ][\w-]*[’']s(?:\s+[A-ZÀ-Þ][\w-]*)+")
"""A title by its owner between commas: ", Scotland's Astronomer Royal,"."""
_NAME_OPENS = re.compile(r"(?:(?:Prof|Dr|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?[A-ZÀ-Þ][\w’'-]+\s+[A-ZÀ-Þ]")
"""A segment opening with a person's name of two words (an honorific before it allowed): the appositive after it is
the title of who speaks, not another speaker ("Her counterpart, Kosovo's Donika Gervalla, said": Gervalla speaks)."""
_RELATIVE_NAMED = re.compile(r"(?:which|that|whom)\s+((?:[A-ZÀ-Þ][\w’'.-]*\s+){0,3}[A-ZÀ-Þ][\w’'-]*)")
"""A relative clause whose own subject is a name: "which Chambers", "that President Macron" (not "which it")."""


def _clean_subject(phrase: str) -> str | None:
    """Cut trailing time words: "Sudani earlier this month" -> "Sudani"."""
    words = phrase.strip(" ,").split()
    if not words:
        return None
    for k, word in enumerate(words[1:], 1):
        following = words[k + 1].lower() if k + 1 < len(words) else ""
        verb_like = word.endswith("ed") and len(word) > 4 and word[:1].islower() and (  # (not a name: "Khaled")
            following in ("", "the", "a", "that", "on", "in", "to") or word.islower() and words[k - 1][:1].isupper()
            or word.islower() and words[k + 1:k + 2] != [] and words[k + 1][:1].isupper())  # "ministry summoned Turkey's"
        if staff_at(words, k):
            continue
        if _cut_word(word) or word in SPEECH_VERBS or verb_like or _adverb(word):  # (not "… Island States")
            words = words[:k]
            break
    if len(words) > 10 or "_" in " ".join(words) or "“" in " ".join(words[-1:]) or _unbalanced(" ".join(words)):
        return None
    return " ".join(words)


def _unbalanced(phrase: str) -> bool:
    """A bracket opened or closed alone: never part of a speaker ("The minister (who")."""
    return phrase.count("(") != phrase.count(")")


def _cut_word(word: str) -> bool:
    """A time or linking word that ends a subject ("Sudani earlier"), not a body's initials spelling one ("The WHO",
    "IS")."""
    return word.lower() in _CUT_WORDS and not (word.isupper() and len(word) > 1)


def _adverb(word: str) -> bool:
    """ "formally", "repeatedly": a lower-case -ly word after a name ends the subject (not a noun: "Bankman-Fried's
    family said")."""
    return word.islower() and word.endswith("ly") and len(word) > 4 and word not in _LY_NOUNS


_LY_NOUNS = frozenset("family assembly rally supply monopoly anomaly".split())
"""Nouns ending in "-ly", which may end a speaker's phrase: "the family", "the national assembly"."""


def _speaker_from_phrase(phrase: str) -> str | None:
    """From "Operation Inherent Resolve's commander Maj Gen Joel “JB” Vowell" keep the
    capitalised name after the last lower-case word; keep "the" before a name."""
    named = NAMED_APPOSITIVE.match(phrase) or OWNER_THEN_NAME.fullmatch(phrase.strip(" ,"))
    if named:
        return named.group(1)  # "the minister, Ayman Safadi," is Ayman Safadi; "the Greens' Tessa Milburn" Tessa Milburn
    first = re.split(r",", phrase)[0].strip()
    words = first.split()
    if not words:
        return None
    cut = 0
    for k, word in enumerate(words):
        if word[:1].islower() and not re.match(r"^(?:al|el|bin|ibn|de|van|von)-?", word):
            cut = k + 1
    if 0 < cut < len(words):
        if words[cut - 1] in _NOT_ROLE_END and cut > 1:
            return _clean_subject(first)  # "a senior police officer in Kotmale": not the place
        keep = cut - 1 if words[cut - 1].lower() == "the" else cut
        return " ".join(words[keep:])
    return _clean_subject(first)


def _cue(verb: str) -> str:
    return _PARTICIPLE_CUE.get(verb, verb)
