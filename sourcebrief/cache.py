"""A build cache in content/ (``content/.sourcebrief-cache/``): deleting it changes nothing but speed.

Stores (one folder each), every entry keyed by sha256 of everything its result depends on, including the code:
- the analysis (articles, their diagnostics and the cross-source analysis), keyed by every seed
  file, sources.yml and content/entities.yml;
- per source (per_source, one store per step): the cleaned seed, its extraction, an undated source's reading
  under the probe day (date_window), its annotated page;
- the generated pages, keyed by the analysis and the editor's notes; the front matter of hand-written pages;
- rendered pages (site document and offline-briefing fragment), keyed by the page's Markdown and
  front matter, the layouts and the part of the site view its layout reads (render.page_site): the
  entity cards it mentions, and the lists of sources only for the home and sources layouts; the built-in
  pages (the sources list, a home page without index.md) by their site views and the layouts;
- the gazetteer, and the result of the last build (uptodate.py).
Entries are pickles written atomically; an unreadable entry is a miss. After each build, sweep() leaves each store
it used with the entries that build asked for: the cache holds one build's worth, however often the briefing changes.
"""

from __future__ import annotations

import copyreg
import hashlib
import os
import pickle
import re
import types
from pathlib import Path



def read_only(mapping: dict) -> types.MappingProxyType:
    """Rebuilds a pickled read-only mapping (the analysis holds a few)."""
    return types.MappingProxyType(mapping)


copyreg.pickle(types.MappingProxyType, lambda proxy: (read_only, (dict(proxy),)))

_CODE: list[str] = []


def code_version() -> str:
    """Hash of the sourcebrief package's source files: new code, new keys."""
    if not _CODE:
        digest = hashlib.sha256()
        for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        _CODE.append(digest.hexdigest())
    return _CODE[0]


def folder_for(content: Path) -> Path | None:
    """``SOURCEBRIEF_CACHE`` (a folder, or ``off``), else ``content/.sourcebrief-cache`` (a dot-folder: never
    read as content, and the build writes nowhere but content/ and --out)."""
    chosen = os.environ.get("SOURCEBRIEF_CACHE", "")
    if chosen.lower() in ("off", "0", "no"):
        return None
    return Path(chosen) if chosen else content / ".sourcebrief-cache"


def files_digest(paths: list[Path], *extra: str) -> str:
    """sha256 over file names and bytes (missing files count as absent) and extra strings."""
    digest = hashlib.sha256(code_version().encode())
    for item in extra:
        digest.update(item.encode("utf-8", "surrogatepass") + b"\0")
    for path in paths:
        digest.update(str(path.name).encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"<absent>")
        digest.update(b"\0")
    return digest.hexdigest()


def tree_digest(folder: Path) -> str:
    """sha256 of every file under a folder (layouts: templates and static assets)."""
    paths = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
    return files_digest(paths, *(p.relative_to(folder).as_posix() for p in paths))


_USED: dict[Path, set[str]] = {}
"""The keys each store folder was asked for since begin_build() (found or not)."""
_ENTRY = re.compile(r"\.?[0-9a-f]{64}(\.\d+\.tmp)?")
"""An entry's file name, or that of its temporary file (left behind if a build was killed while writing it)."""


def begin_build() -> None:
    """Start counting the keys asked for (sweep() keeps those alone)."""
    _USED.clear()


def sweep() -> int:
    """Delete, in every store used since begin_build(), the entries it was not asked for; return how many.

    A briefing edited a hundred times does not keep a hundred analyses, nor entries made by older code. Stores this
    build did not use keep everything (the per-source extraction, when the whole analysis came from the cache)."""
    removed = 0
    for folder, keys in _USED.items():
        for entry in folder.glob("??/*"):
            if entry.name not in keys and _ENTRY.fullmatch(entry.name):
                try:
                    entry.unlink()
                    removed += 1
                except OSError:
                    pass  # gone already, or not ours to delete: only space is lost
    return removed


class Store:
    """Pickled values by key in one folder of the cache."""

    def __init__(self, root: Path | None, kind: str) -> None:
        self.folder = root / kind if root else None

    def keep(self, keys) -> None:
        """Count ``keys`` as asked for (by forked workers, whose own counts do not come back)."""
        if self.folder is not None:
            _USED.setdefault(self.folder, set()).update(keys)

    def get(self, key: str):
        if self.folder is None:
            return None
        self.keep((key,))
        try:
            with open(self.folder / key[:2] / key, "rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None

    def fetch(self, key: str, make):
        """The value stored under ``key``, else ``make()``, stored for next time."""
        value = self.get(key)
        if value is None:
            value = make()
            self.put(key, value)
        return value

    def put_later(self, background, key: str, value) -> None:
        """``put(key, value)`` in a process of ``background`` (parallel.Background); counted here for sweep()."""
        if self.folder is None:
            return
        self.keep((key,))
        background.start(lambda: self.put(key, value))

    def put(self, key: str, value) -> None:
        if self.folder is None:
            return
        self.keep((key,))
        path = self.folder / key[:2] / key
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{key}.{os.getpid()}.tmp")
            with open(temporary, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only costs time


def key_of(*parts: object) -> str:
    """sha256 of the code version and each part's repr (a string's length and text: a page's body is not escaped)."""
    digest = hashlib.sha256(code_version().encode())
    for part in parts:
        if isinstance(part, str):
            data = part.encode("utf-8", "surrogatepass")
            digest.update(b"s%d:" % len(data))
            digest.update(data)
        else:
            digest.update(repr(part).encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def per_source(root: Path | None):
    """An ``analysis.Extract``: each item's result from the cache, the missing ones on every core.

    Keyed by the function, the item (an article's text and metadata, with what else it needs, repr'd) and the
    code version; each function has a store of its own (so sweep() empties only those a build used)."""
    from .parallel import ordered_map

    def extract(function, articles) -> list:
        store = Store(root, f"sources-{function.__name__.strip('_')}")
        keys = [key_of(function.__module__, function.__qualname__, article) for article in articles]
        results = [store.get(key) for key in keys]
        todo = [i for i, result in enumerate(results) if result is None]
        for i, result in zip(todo, ordered_map(_made_and_stored, [(articles[i], keys[i]) for i in todo],
                                               function, store)):
            results[i] = result
        return results
    return extract


def _made_and_stored(item: tuple, function, store: Store):
    """``function(article)``, stored by the worker that made it (the build's process only waits meanwhile)."""
    article, key = item
    result = function(article)
    store.put(key, result)
    return result
