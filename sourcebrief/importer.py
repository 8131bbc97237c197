"""``sourcebrief add``: bring articles saved from the web into seeds/, with what their pages say of them.

Saved pages (``.html``/``.htm``) go through trafilatura, on the file only (it is never given anything
to fetch): the article body becomes ``seeds/<stem>.txt`` and the page's metadata (title, outlet,
author, publication date, canonical URL from meta tags and JSON-LD) an entry appended to
``seeds/sources.yml``. ``.txt`` and ``.md`` files are copied as they are. Nothing is overwritten.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from . import chrome_stamps, lead_dateline, outlets, page_entries
from .config import parse_date
from .sources_yml import LANGUAGE, MAX_FIELD, SAFE_URL, load_sources_yml
from .ingest import MAX_SEED_BYTES, SEED_SUFFIXES, TEXT_SUFFIXES
from .model import Diagnostic

SOURCES_HEADER = ("# What is known of each source. Every field is optional:\n"
                  "# outlet, published (YYYY-MM-DD), url, author, language, note.\n")


@dataclass(frozen=True)
class SavedPage:
    """What a saved web page gave: its text and the metadata found in it."""

    title: str | None
    """Headline."""
    paragraphs: tuple[str, ...]
    """Body paragraphs, in order, without the headline."""
    meta: dict[str, str] = field(default_factory=dict)
    """sources.yml fields found: outlet, published, url, author, language."""


@dataclass(frozen=True)
class Imported:
    """The outcome for one file given to ``add``."""

    source: Path
    """The file as given."""
    seed: Path | None
    """The seed written, or None when the file was refused."""
    problems: tuple[Diagnostic, ...]
    """Errors (nothing written) and warnings (what could not be found)."""


def seed_stem(name: str) -> str:
    """A source id from a file name: letters, digits, ``_``, ``.`` and ``-`` only, starting with a letter or digit."""
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(name).stem)
    stem = re.sub(r"-{2,}", "-", stem).lstrip("._-")[:100].rstrip("._-")
    return stem or "article"


def add_files(files: list[Path], seeds: Path) -> list[Imported]:
    """Import each file in turn; a refused file does not stop the others."""
    seeds.mkdir(parents=True, exist_ok=True)
    return [add_file(path, seeds) for path in files]


def add_file(path: Path, seeds: Path) -> Imported:
    shown = str(path)
    suffix = path.suffix.lower()
    if suffix not in SEED_SUFFIXES:
        return _refused(path, f"cannot import {suffix or 'a file without extension'} (use .html, .htm, .txt or .md)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _refused(path, f"cannot read: {exc.strerror or exc}")
    if len(data) > MAX_SEED_BYTES:
        return _refused(path, "file is too large")
    stem = seed_stem(path.name)
    taken = [seeds / f"{stem}{s}" for s in SEED_SUFFIXES if (seeds / f"{stem}{s}").exists()]
    if taken:
        return _refused(path, f"{taken[0]} already exists; not overwritten (rename the file to import it)")
    if suffix in TEXT_SUFFIXES:
        seed = seeds / f"{stem}{suffix}"
        _create(seed, data)
        return Imported(path, seed, (Diagnostic(shown, 0, f"copied as is; add its outlet and date to {seeds / 'sources.yml'}", "warning"),))
    page = read_saved_page(data)
    if not page.paragraphs:
        return _refused(path, "no article text found")
    warnings = [Diagnostic(shown, 0, f"no {what} found", "warning")
                for what, value in (("title", page.title), ("outlet", page.meta.get("outlet")),
                                    ("publication date", page.meta.get("published"))) if not value]
    seed = seeds / f"{stem}.txt"
    entry_problem = append_source_entry(seeds, stem, page.meta, path.name, write=False)
    if entry_problem:
        return _refused(path, entry_problem)
    _create(seed, seed_text(page).encode("utf-8"))
    append_source_entry(seeds, stem, page.meta, path.name, write=True)
    return Imported(path, seed, tuple(warnings))


def _refused(path: Path, message: str) -> Imported:
    return Imported(path, None, (Diagnostic(str(path), 0, message),))


def _create(seed: Path, data: bytes) -> None:
    """Write a new seed; ``x`` mode fails rather than replace a file that appeared meanwhile."""
    with open(seed, "xb") as handle:
        handle.write(data)


def seed_text(page: SavedPage) -> str:
    """Title, a blank line, then paragraphs separated by blank lines."""
    title = page.title or (page.paragraphs[0] if page.paragraphs else "Untitled")
    return "\n\n".join([title, *page.paragraphs]) + "\n"


def site_name(name: str) -> str:
    """A page's own site name as the well-known outlet spells it: "Asharq AL-awsat" (the site's og:site_name) is
    Asharq Al-Awsat; a name no list knows stays as the page gives it."""
    found = outlets.name(name)
    same = found and re.sub(r"^the\s+", "", found.lower()) == re.sub(r"^the\s+", "", name.lower())
    return found if same and outlets.known(found) else name  # (not "BBC" for "BBC News": a short form stays)


def read_saved_page(data: bytes) -> SavedPage:
    """Body and metadata of a saved page (trafilatura on the bytes only; nothing is fetched)."""
    import trafilatura

    times = page_entries.entry_times(data.decode("utf-8", errors="replace"))
    document = trafilatura.bare_extraction(  # with recall: a standfirst, a live blog's entries in small blocks (the
        data, with_metadata=True, include_comments=False, include_images=False, include_links=False,  # cleaner drops
        favor_recall=True, date_extraction_params={"extensive_search": False, "original_date": True},  # furniture)
    )
    extra = _PageMeta.of(data)
    if document is None:
        return SavedPage(extra.get("title"), (), {})
    found = {
        "title": document.title or extra.get("title"), "outlet": document.sitename or extra.get("outlet"),
        "author": document.author or extra.get("author"),
        "published": document.date or extra.get("published") or extra.get("stamp"),
        "url": extra.get("url") or document.url, "language": document.language or extra.get("language"),
        "place": extra.get("place"),  # where the story was filed, from the page's stamp ("… IST - SEOUL")
    }
    clean = {k: " ".join(str(v).split()) for k, v in found.items() if v and len(str(v)) <= MAX_FIELD}
    if "author" in clean:  # "Marcus Lee; Priya Natarajan; Published Wednesday; August": only the names
        clean["author"] = author_names(clean["author"])
        if not clean["author"]:
            del clean["author"]
    if "outlet" in clean:
        clean["outlet"] = site_name(clean["outlet"])
    if clean.get("author") and clean["author"].lower() in {clean.get("outlet", "").lower(), (document.sitename or "").lower()}:
        del clean["author"]  # the site's name in the author field ("Channels Television"): no writer
    title = clean.pop("title", None)
    lines = [" ".join(line.split()) for line in (document.text or "").splitlines()]
    paragraphs = page_entries.with_entry_times(times, _unwrapped([line for line in lines if line]))
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    return SavedPage(title, tuple(paragraphs), _valid_fields(clean))


def _unwrapped(lines: list[str]) -> list[str]:
    """Lines with the hard wraps of preformatted text joined: a line that ends without a sentence's end, then one that
    opens in lower case ("Strong southwest winds will develop across western Oklahoma on" / "Thursday afternoon, …"
    opens in upper case; "… expected across much" / "of the area on Friday." is joined), as a copy from the browser
    would be read."""
    out: list[str] = []
    for line in lines:
        if out and line[:1].islower() and len(out[-1]) >= 30 and not re.search(r"[.!?:;”\"’')\]]$", out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


_AUTHOR_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}")
_NOT_A_NAME = re.compile(r"\b(?:published|updated|posted|modified|by|staff|desk|team|reporter|editor|correspondent|writer"
                         r"|journalist|columnist|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april"
                         r"|june|july|august|september|october|november|december)\b", re.I)


def author_names(value: str) -> str:
    """The writers' names in a page's author field, which may run a byline's other parts into it, separated by
    semicolons ("Marcus Lee; Priya Natarajan; Published Wednesday; August", "Rachel Moore; Business reporter"):
    "Marcus Lee and Priya Natarajan", "Rachel Moore"; "" when no part is a person's name."""
    parts = [part.strip() for part in re.split(r";|\s+and\s+", value)]
    if len(parts) == 1:
        return value
    names = [part for part in parts if _AUTHOR_NAME.fullmatch(part) and not _NOT_A_NAME.search(part)]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def _valid_fields(found: dict[str, str]) -> dict[str, str]:
    """Only values sources.yml accepts: an ISO date, an http(s) URL, a language tag."""
    kept = dict(found)
    published = kept.get("published", "")[:10]
    if parse_date(published):
        kept["published"] = published
    else:
        kept.pop("published", None)
    if "url" in kept and not (SAFE_URL.match(kept["url"]) and kept["url"].lower().startswith("http")):
        kept.pop("url")
    if "language" in kept and not LANGUAGE.match(kept["language"]):
        kept.pop("language")
    return kept


_STAMP_CLASS = re.compile(r"\b(?:byline|date|dateline|timestamp|published|pubdate)\b", re.I)
"""The class of a page's element that shows the article's byline or date: "byline", "article-date"."""


class _PageMeta(HTMLParser):
    """Canonical link, JSON-LD and meta tags: what trafilatura leaves out (a JSON-LD ``url``) or as a fallback."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, str] = {}
        self._json: list[str] | None = None
        self._stamp: list[str] | None = None  # the text of a byline's or date's element, read for its date
        self._stamp_tag = ""

    @classmethod
    def of(cls, data: bytes) -> dict[str, str]:
        parser = cls()
        parser.feed(data.decode("utf-8", errors="replace"))
        parser.close()
        return parser.found

    def handle_starttag(self, tag: str, attrs: list) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.found.setdefault("url", values.get("href", ""))
        elif tag == "html" and values.get("lang"):
            self.found.setdefault("language", values["lang"])
        elif tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._json = []
        elif self._stamp is None and "published" not in self.found and (
                tag == "time" or _STAMP_CLASS.search(values.get("class", ""))):
            self._stamp, self._stamp_tag = [values.get("datetime", "")], tag
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            name = {"og:title": "title", "og:site_name": "outlet", "article:published_time": "published",
                    "author": "author", "og:url": "url"}.get(key)
            if name and values.get("content"):
                self.found.setdefault(name, values["content"])

    def handle_data(self, data: str) -> None:
        if "place" not in self.found and len(data) <= 160 and (place := lead_dateline.stamp_place(data)):
            self.found["place"] = place  # "Published - December 04, 2024 01:41 pm IST - SEOUL" (The Hindu): the
            # dateline, in a stamp trafilatura leaves out of the text
        if self._json is not None:
            self._json.append(data)
        if self._stamp is not None:
            self._stamp.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._stamp_tag and self._stamp is not None:
            date = chrome_stamps.parse_date_in(" ".join(self._stamp))  # "By Marcus Lee | Published Wednesday, August 13, …"
            if date:
                self.found.setdefault("stamp", date.isoformat())
            self._stamp = None
        if tag == "script" and self._json is not None:
            self._read_json_ld("".join(self._json))
            self._json = None

    def _read_json_ld(self, text: str) -> None:
        try:
            data = json.loads(text)
        except ValueError:
            return
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if not isinstance(item, dict) or "Article" not in str(item.get("@type", "")):
                continue
            page = item.get("mainEntityOfPage")
            url = item.get("url") or (page.get("@id") if isinstance(page, dict) else page)
            publisher = item.get("publisher")
            for name, value in (("url", url), ("title", item.get("headline")), ("published", item.get("datePublished")),
                                ("outlet", publisher.get("name") if isinstance(publisher, dict) else None)):
                if isinstance(value, str) and value:
                    self.found.setdefault(name, value)


def append_source_entry(seeds: Path, stem: str, meta: dict[str, str], origin: str, write: bool) -> str | None:
    """Append ``stem``'s entry to sources.yml, keeping every existing byte; a message if it cannot be done."""
    path = seeds / "sources.yml"
    try:
        raw = path.read_bytes() if path.exists() else SOURCES_HEADER.encode()
        old = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return f"{path} cannot be read as UTF-8; not changed"
    if re.search(rf"^{re.escape(stem)}\s*:", old, re.M):
        return f"{path} already has an entry for {stem}; not changed"
    newline = "\r\n" if "\r\n" in old else "\n"
    lines = [f"{stem}:", f"  # imported from {_comment(origin)}"]
    lines += [f"  {name}: {value if name == 'published' else json.dumps(value, ensure_ascii=False)}"
              for name in ("outlet", "published", "url", "author", "language") if (value := meta.get(name))]
    separator = "" if old.endswith("\n") or not old else newline
    new = old + separator + newline + newline.join(lines) + newline
    problem = _validate(path, new, stem)
    if problem or not write:
        return problem
    bom = b"\xef\xbb\xbf" if raw.startswith(b"\xef\xbb\xbf") else b""
    _replace(path, bom + new.encode("utf-8"))
    return None


def _comment(text: str) -> str:
    return re.sub(r"[\x00-\x1f\x7f]", "?", text)[:200]


def _validate(path: Path, text: str, stem: str) -> str | None:
    """The appended file must still load, with the new entry, and no new problem."""
    known = {p.stem for p in path.parent.iterdir() if p.suffix.lower() in SEED_SUFFIXES} | {stem}
    known |= set(re.findall(r"^([^\s:#]+)\s*:", text, re.M))  # entries already there stay as they are
    before = load_sources_yml(path, known)[1] if path.exists() else []
    with tempfile.TemporaryDirectory() as folder:
        trial = Path(folder) / "sources.yml"
        trial.write_text(text, encoding="utf-8", newline="")
        metas, problems = load_sources_yml(trial, known)
    if stem not in metas or len(problems) > len(before):
        detail = problems[-1].message if problems else "entry not read back"
        return f"{path}: the new entry would not load ({detail}); not changed"
    return None


def _replace(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    temporary.write_bytes(data)
    if path.exists():
        os.chmod(temporary, path.stat().st_mode & 0o777)
    os.replace(temporary, path)
