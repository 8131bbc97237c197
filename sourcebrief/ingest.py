"""Read seed files from disk: decode, normalise newlines, reject what is not text."""

from __future__ import annotations

import codecs
import dataclasses
import html
import re
from pathlib import Path

from .model import Diagnostic, RawSource, SourceMeta
from .seed_markdown import plain_text

TEXT_SUFFIXES = (".txt", ".md")
PAGE_SUFFIXES = (".html", ".htm")
SEED_SUFFIXES = TEXT_SUFFIXES + PAGE_SUFFIXES
MAX_SEED_BYTES = 20_000_000
MAX_LINE_CHARS = 50_000  # no paragraph is this long; a longer line is a dump, not an article
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,150}$")
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF")


def seed_paths(seeds: Path) -> tuple[list[Path], list[Diagnostic]]:
    """The seed files in a folder, sorted by name; odd names and links out are reported."""
    if not seeds.is_dir():
        return [], [Diagnostic(str(seeds), 0, "seeds folder not found")]
    found, problems = [], []
    root = seeds.resolve()
    for path in sorted(seeds.iterdir(), key=lambda p: p.name):
        if path.suffix.lower() not in SEED_SUFFIXES or path.name.startswith("."):
            continue
        if not _ID.match(path.stem):
            problems.append(Diagnostic(str(path), 0, "seed file name must be letters, digits, '.', '_' or '-'"))
            continue
        if not path.resolve().is_relative_to(root) or not path.is_file():
            problems.append(Diagnostic(str(path), 0, "seed file links outside the seeds folder; skipped"))
            continue
        found.append(path)
    return found, problems


def read_seed(path: Path, meta: SourceMeta | None = None) -> tuple[RawSource | None, list[Diagnostic]]:
    """Read one seed: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252 with a warning."""
    shown = str(path)
    with open(path, "rb") as handle:
        data = handle.read(MAX_SEED_BYTES + 1)
    if len(data) > MAX_SEED_BYTES:
        return None, [Diagnostic(shown, 1, f"file is larger than {MAX_SEED_BYTES // 1_000_000} MB; skipped")]
    if not data.strip():
        return None, [Diagnostic(shown, 1, "file is empty")]
    if path.suffix.lower() in PAGE_SUFFIXES:
        return _saved_page(path, data, meta or SourceMeta())
    text, problems = _decode(data, shown)
    if text is None:
        return None, problems
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad_line = _binary_line(text)
    if bad_line:
        return None, problems + [Diagnostic(shown, bad_line, "file looks binary (control characters); skipped")]
    text = _entities(_CONTROL.sub("", text))
    meta = meta or SourceMeta()
    if path.suffix.lower() == ".md":
        text, given, markdown_problems = plain_text(text, shown)
        problems = problems + markdown_problems
        meta = dataclasses.replace(meta, url=meta.url or given.get("url"), outlet=meta.outlet or given.get("outlet"),
                                   outlet_from="front matter" if given.get("outlet") and not meta.outlet
                                   else meta.outlet_from)
    long_line = next((n for n, line in enumerate(text.split("\n"), start=1) if len(line) > MAX_LINE_CHARS), 0)
    if long_line:
        return None, problems + [Diagnostic(shown, long_line, f"line is longer than {MAX_LINE_CHARS} characters (not article text); skipped")]
    return RawSource(id=path.stem, path=shown, text=text, meta=meta), problems


def _saved_page(path: Path, data: bytes, meta: SourceMeta) -> tuple[RawSource | None, list[Diagnostic]]:
    """A page saved from the web, read as ``sourcebrief add`` imports it (importer.read_saved_page: its article text
    only, nothing fetched): the title, a "Published:" stamp and a "By" line from the page's metadata, then its
    paragraphs, for the cleaner to read like any seed; the page's outlet and url as metadata, which sources.yml
    overrides. Line numbers count the lines of that text, as ``sourcebrief add`` would write it."""
    from .importer import read_saved_page  # the importer writes seeds: it reads this module's limits

    shown = str(path)
    if data.startswith(_BINARY_MAGIC):
        return None, [Diagnostic(shown, 1, "file is an image or other binary file, not a saved web page; skipped")]
    page = read_saved_page(data)
    if not page.paragraphs:
        return None, [Diagnostic(shown, 1, "no article text found in the page; skipped")]
    given = page.meta
    head = [page.title or page.paragraphs[0]]
    place = f" - {given['place']}" if given.get("place") else ""  # the stamp's place, "… - SEOUL": the dateline
    head += [f"Published: {given['published']}{place}"] if given.get("published") else []
    head += [f"By {given['author']}"] if given.get("author") else []
    text = _CONTROL.sub("", "\n\n".join([*head, *page.paragraphs]))
    outlet = meta.outlet or given.get("outlet")
    meta = dataclasses.replace(meta, url=meta.url or given.get("url"), outlet=outlet,
                               outlet_from="page metadata" if outlet and not meta.outlet else meta.outlet_from)
    return RawSource(id=path.stem, path=shown, text=text, meta=meta), []


def _decode(data: bytes, shown: str) -> tuple[str | None, list[Diagnostic]]:
    if data.startswith(_BINARY_MAGIC):
        return None, [Diagnostic(shown, 1, "file is binary (an image or archive), not text; skipped")]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            return None, [Diagnostic(shown, 1, "file has a UTF-16 mark but does not decode; skipped")]
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return None, [Diagnostic(shown, line, "file contains NUL bytes (binary?); skipped")]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        warning = Diagnostic(shown, line, "not valid UTF-8; decoded as Windows-1252", "warning")
        return data.decode("cp1252", errors="replace"), [warning]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _entities(text: str) -> str:
    """HTML character references decoded ("&mdash;", "&#8217;"), as text copied from a page's source has them;
    one that stands for a line break or a control character becomes a space, so seed lines keep their numbers."""
    return _ENTITY.sub(lambda m: _CONTROL.sub(" ", re.sub(r"\s", " ", html.unescape(m.group()))), text)


def _binary_line(text: str) -> int:
    """Line of the first control character when they are too many for text, else 0."""
    controls = _CONTROL.findall(text)
    if not controls or len(controls) * 100 < len(text):
        return 0
    return text.count("\n", 0, _CONTROL.search(text).start()) + 1
