"""Plain frozen dataclasses that cross stage boundaries (ingest -> clean -> annotate -> ...)."""

from __future__ import annotations

import datetime as _dt
import operator
from dataclasses import dataclass, field, fields


def record(cls):
    """A frozen dataclass with slots, pickled as its class and field values.

    The analysis of 10,000 articles holds millions of these: slots spare each a dictionary (about 100 MB in all),
    and the pickling dataclasses gives slotted classes (a Python call per field) would make the build cache three
    times slower to write and read."""
    cls = dataclass(frozen=True, slots=True)(cls)
    names = [f.name for f in fields(cls)]
    get = operator.attrgetter(*names)
    if len(names) == 1:
        cls.__reduce__ = lambda self: (cls, (get(self),))
    else:
        cls.__reduce__ = lambda self: (cls, get(self))
    return cls


@record
class Diagnostic:
    """One problem found in the user's input, printed as ``path:line: message``."""

    path: str
    """File the problem is in, relative to the working folder where possible."""
    line: int
    """1-based line number (0 when the problem concerns the whole file)."""
    message: str
    """One sentence saying what is wrong."""
    severity: str = "error"
    """``error`` (exit status 1) or ``warning`` (reported, build still succeeds)."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


@record
class SourceMeta:
    """What ``seeds/sources.yml`` says of one source; every field optional."""

    outlet: str | None = None
    """Publication name, e.g. ``The National``."""
    published: _dt.date | None = None
    """Publication date."""
    url: str | None = None
    """Canonical address of the article (http or https only)."""
    author: str | None = None
    """Byline."""
    language: str | None = None
    """BCP 47 language tag."""
    note: str | None = None
    """The editor's note about this source."""
    outlet_from: str = "sources.yml"
    """Where ``outlet`` was given: ``sources.yml`` or a Markdown seed's ``front matter``."""


@record
class RawSource:
    """A seed file as read from disk, decoded to text with normalised newlines."""

    id: str
    """The seed file's stem, e.g. ``003_3c4f9761669d23e5``."""
    path: str
    """Path of the seed file as given to the build."""
    text: str
    """Decoded text, ``\\n`` line endings, no BOM."""
    meta: SourceMeta = field(default_factory=SourceMeta)
    """The user's metadata for this id from sources.yml."""


@record
class Line:
    """A piece of text with the seed line it came from."""

    text: str
    """The text, stripped of surrounding whitespace."""
    line: int
    """1-based line number in the seed file."""


@record
class Removed:
    """A seed line the cleaner dropped, kept so an editor can audit the cleaner."""

    line: int
    """1-based line number in the seed file."""
    text: str
    """The line as it was."""
    reason: str
    """Why it was dropped, e.g. ``web chrome``, ``duplicate caption``."""


@record
class Article:
    """One cleaned story: the unit every later stage works on."""

    id: str
    """Source id: the seed stem, or ``<stem>~2`` for a story split out of a file."""
    path: str
    """The seed file it came from."""
    title: str
    """Headline."""
    paragraphs: tuple[Line, ...]
    """Cleaned body paragraphs, exactly as shown to readers."""
    captions: tuple[Line, ...] = ()
    """Photo captions, kept apart from the body."""
    headings: tuple[Line, ...] = ()
    """A live blog's entry headings ("Egypt and Qatar mediate dispute over Yehud" under its time stamp), kept apart
    from the body: the entry's title, no sentence of it (no fact nor chronology line is read from it), but its names
    are named (entities read it after the captions: a caption index past the last caption is a heading's)."""
    removed: tuple[Removed, ...] = ()
    """Lines the cleaner dropped, with reasons."""
    outlet: str | None = None
    """Publication name, if known."""
    published: _dt.date | None = None
    """Publication date, if known (sources.yml, else the text)."""
    published_from: str | None = None
    """Where ``published`` came from: ``sources.yml``, ``text`` or None."""
    url: str | None = None
    """Canonical address, if known."""
    author: str | None = None
    """Byline, if known."""
    note: str | None = None
    """The editor's note from sources.yml."""
    split_from: str | None = None
    """Id of the source this story was found appended to, else None."""
    dateline: str | None = None
    """Dateline place ("ERBIL, Kurdistan Region") when the text had one."""
    outlet_from: str | None = None
    """Where ``outlet`` came from: ``sources.yml``, ``front matter``, ``page metadata``, ``text`` (a dateline's agency,
    a copyright or attribution line, the outlet under the byline), ``text (the copy's credits)`` (the agency whose copy
    a page runs under its masthead) or None."""
    dateline_day: tuple[int, int] | None = None
    """(month, day) of a dateline written without its year ("WASHINGTON, Feb 6 (Reuters)") in an undated story."""
    stamp_readings: tuple[_dt.date, ...] = ()
    """The dates a numeric stamp may mean ("01/11/2024": 11 January or 1 November) in a story it leaves undated."""


@record
class Span:
    """One annotation on a paragraph: rendered as ``[text]{.cls key=value}`` in content/."""

    start: int
    """Offset of the first character in the paragraph text."""
    end: int
    """Offset after the last character."""
    cls: str
    """Annotation class: date, person, org, place, figure, quote."""
    attrs: tuple[tuple[str, str], ...] = ()
    """Attribute pairs in output order, e.g. (("value", "2024-02-06"),)."""


@record
class AnnotatedArticle:
    """An article with its annotation spans, paragraph by paragraph."""

    article: Article
    """The cleaned article."""
    spans: tuple[tuple[Span, ...], ...]
    """For each paragraph, its non-crossing spans sorted by start (nesting allowed)."""
    caption_spans: tuple[tuple[Span, ...], ...] = ()
    """For each caption, its spans."""


@dataclass(frozen=True)
class BuildResult:
    """What a build reports back to the command line (pipeline.build; kept by uptodate.py for the next build)."""

    diagnostics: tuple[Diagnostic, ...]
    """Every problem found, in the order found."""
    articles: int
    """Number of sources built."""
    pages: int
    """Number of HTML pages written."""
    up_to_date: bool = False
    """True when nothing had changed since the last build and nothing was done (uptodate.py)."""

    @property
    def exit_status(self) -> int:
        return 1 if any(d.severity == "error" for d in self.diagnostics) else 0
