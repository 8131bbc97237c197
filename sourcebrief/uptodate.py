"""Skip a build when nothing it reads or writes has changed since the last one.

A build's inputs are every file under seeds/, content/ (but the build cache) and layouts/, the build
options, SOURCE_DATE_EPOCH and the code; its output is every file under --out. After a build, the
digest of the inputs as they then are (content/ includes the pages the build just wrote) and of the
output's file list (name, size, mtime) is stored with the build's result. A later build that finds
the same digest returns that result without doing anything: the site on disk is the one the same
inputs produce. Any edit, a deleted or added file, or a touched site file changes the digest.

The digest is stored only when the files did not change while the build ran (an edit made during
a build must not be mistaken for one the build saw): seeds/, layouts/ and the content files the build
does not write must be the same at the end as at the start, and content/ the same at the end as
just after the build wrote its pages. A folder that cannot be read whole (a link to a folder, an
unreadable file) turns the check off for that build.

The check reads no file whose stat (device, inode, size, mtime, ctime) is the one remembered with its digest
(Digests, as git's index does), and it imports nothing of the build: with nothing changed, a 1,000-article
briefing is checked in a few hundredths of a second of CPU.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import time
from pathlib import Path

from .cache import Store, folder_for
from .config import BuildConfig

_CODE = Path(__file__).resolve().parent
Snapshot = dict[str, bytes]
"""Digest of each file's bytes, by ``folder-name/relative path`` (seeds, content, layouts, code)."""

_DIGESTS_KEY = "files"
"""The record's name in the store (not a digest's: the cache's sweep leaves it)."""
_SETTLED_NS = 2_000_000_000
"""A file's stat stands for its bytes only if its mtime and ctime were this much older than the check that read
them: a write within one tick of a coarse file-system clock (whole seconds on ext3, two on FAT) could leave the stat
as it was (git's "racily clean" entries). A settled file written again gets a new mtime and ctime (ctime cannot be
set back), so its new stat differs from the one remembered."""


class Digests:
    """Each input file's sha256 remembered with its stat (device, inode, size, mtime, ctime) from one check to the next,
    in the build's up-to-date store (``uptodate/fi/files``): a build with nothing changed stats its files and reads none of them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        known = store.get(_DIGESTS_KEY)  # None for a first build, or an unreadable record: every file is read
        self.known: dict[str, tuple] = {path: entry for path, entry in known.items() if isinstance(entry, tuple)
                                        and len(entry) == 2 and isinstance(entry[1], bytes)} if isinstance(known, dict) else {}
        self.seen: dict[str, tuple] = {}
        self.since = 0

    def start(self) -> None:
        """Call before a check stats its first file: what it learns is remembered only for files settled by then."""
        self.since = time.time_ns() - _SETTLED_NS

    def of(self, path: str, stat: os.stat_result) -> bytes:
        """The sha256 of the file at ``path`` whose stat is ``stat``: remembered if the stat is, else read."""
        mark = (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)
        known = self.known.get(path)
        if known is not None and known[0] == mark:
            self.seen[path] = known
            return known[1]
        with open(path, "rb") as handle:
            digest = hashlib.sha256(handle.read()).digest()
        if stat.st_mtime_ns < self.since and stat.st_ctime_ns < self.since:
            self.seen[path] = (mark, digest)
        return digest

    def save(self) -> None:
        """Keep what the checks since the last save found (a file none of them saw is forgotten)."""
        if self.seen != self.known:
            self.store.put(_DIGESTS_KEY, self.seen)
            self.known = dict(self.seen)


def snapshot(config: BuildConfig, digests: Digests | None = None) -> Snapshot | None:
    """Every input file's digest, or None if some folder cannot be read whole."""
    digests = digests or Digests(Store(None, "uptodate"))
    digests.start()
    skip = folder_for(config.content)
    skip = os.path.realpath(skip) if skip else None
    files: Snapshot = {}
    for name, folder in (("seeds", config.seeds), ("content", config.content), ("layouts", config.layouts)):
        if not _hash_tree(os.fspath(folder), f"{name}/", skip, files, digests):
            return None
    try:
        for path in sorted(_CODE.glob("*.py")):  # the code, as cache.code_version reads it
            files[f"code/{path.name}"] = digests.of(os.fspath(path), path.stat())
    except OSError:
        return None
    return files


def _hash_tree(folder: str, prefix: str, skip: str | None, into: Snapshot, digests: Digests) -> bool:
    try:
        if not os.path.isdir(folder):
            return True
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
        for entry in entries:
            if entry.is_symlink() and os.path.isdir(entry.path):
                return False
            if entry.is_dir(follow_symlinks=False):
                if (skip is None or os.path.realpath(entry.path) != skip) and not _hash_tree(
                        entry.path, f"{prefix}{entry.name}/", skip, into, digests):
                    return False
            else:
                into[prefix + entry.name] = digests.of(entry.path, entry.stat(follow_symlinks=False))
    except OSError:
        return False
    return True


def site_key(config: BuildConfig, inputs: Snapshot) -> str | None:
    """The digest of inputs (and code), options and the output folder's file list, or None if --out cannot be listed."""
    digest = hashlib.sha256()
    options = (config.seeds, config.content, config.out, config.layouts, config.base_url,
               os.environ.get("SOURCE_DATE_EPOCH"))
    digest.update(repr(options).encode("utf-8", "surrogatepass"))
    for name in sorted(inputs):
        digest.update(name.encode("utf-8", "surrogatepass") + b"\0" + inputs[name])
    try:
        _list_output(os.fspath(config.out), "", digest)
    except OSError:
        return None
    return digest.hexdigest()


def _list_output(folder: str, prefix: str, digest) -> None:
    """Each file's relative name, size and mtime under ``folder``, sorted by name within each folder."""
    with os.scandir(folder) as scan:
        entries = sorted(scan, key=lambda e: e.name)
    for entry in entries:
        if entry.is_dir():
            continue  # a folder, listed below by its files; a link to one is not followed (as os.walk)
        stat = entry.stat(follow_symlinks=False)
        digest.update(f"{prefix}{entry.name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode("utf-8", "surrogatepass"))
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            _list_output(entry.path, f"{prefix}{entry.name}/", digest)


class UpToDate:
    """The result of the last build, if nothing has changed since (``unchanged``); ``record`` stores a new one."""

    def __init__(self, config: BuildConfig) -> None:
        self.config = config
        self.store = Store(folder_for(config.content), "uptodate")
        self.digests = Digests(self.store)
        self.before = None if config.force or self.store.folder is None else snapshot(config, self.digests)
        self.written: Snapshot | None = None

    def unchanged(self):
        """The last build's result marked ``up_to_date`` if nothing has changed since, else None."""
        key = site_key(self.config, self.before) if self.before is not None else None
        previous = self.store.get(key) if key else None
        self.digests.save()
        return dataclasses.replace(previous, up_to_date=True) if previous is not None else None

    def pages_written(self, generated_paths: set[str]) -> None:
        """Call right after the build wrote content/: what the build changed there is its own doing."""
        if self.before is None:
            return
        from .pages import GENERATED_FOLDERS  # imported with the build, not by the check before it

        now = snapshot(self.config, self.digests)
        mine = {f"content/{path}" for path in generated_paths}
        removable = tuple(f"content/{folder}/" for folder in GENERATED_FOLDERS)  # stale pages the build removed
        if now is not None and all(now.get(k) == v for k, v in self.before.items()
                                   if k not in mine and not k.startswith(removable)):
            self.written = now

    def record(self, result) -> None:
        """Call after the site is published: remember ``result`` for these inputs and this output."""
        if self.written is None:
            return
        now = snapshot(self.config, self.digests)
        unchanged = now == self.written and all(
            now.get(k) == v for k, v in self.before.items() if not k.startswith("content/"))
        key = site_key(self.config, now) if unchanged else None
        if key:
            self.store.put(key, result)
            self.digests.save()
