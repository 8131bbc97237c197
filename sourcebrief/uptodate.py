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
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from pathlib import Path

from .cache import Store, code_version, folder_for
from .config import BuildConfig
from .pages import GENERATED_FOLDERS

Snapshot = dict[str, bytes]
"""Digest of each file's bytes, by ``folder-name/relative path``."""


def snapshot(config: BuildConfig) -> Snapshot | None:
    """Every input file's digest, or None if some folder cannot be read whole."""
    skip = folder_for(config.content)
    files: Snapshot = {}
    for name, folder in (("seeds", config.seeds), ("content", config.content), ("layouts", config.layouts)):
        if not _hash_tree(folder, f"{name}/", skip.resolve() if skip else None, files):
            return None
    return files


def _hash_tree(folder: Path, prefix: str, skip: Path | None, into: Snapshot) -> bool:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name) if folder.is_dir() else []
        for entry in entries:
            path = Path(entry.path)
            if entry.is_symlink() and path.is_dir():
                return False
            if entry.is_dir(follow_symlinks=False):
                if (skip is None or path.resolve() != skip) and not _hash_tree(path, f"{prefix}{entry.name}/", skip, into):
                    return False
            else:
                into[prefix + entry.name] = hashlib.sha256(path.read_bytes()).digest()
    except OSError:
        return False
    return True


def site_key(config: BuildConfig, inputs: Snapshot) -> str | None:
    """The digest of inputs, options, code and the output folder's file list, or None if --out cannot be listed."""
    digest = hashlib.sha256(code_version().encode())
    options = (config.seeds, config.content, config.out, config.layouts, config.base_url,
               os.environ.get("SOURCE_DATE_EPOCH"))
    digest.update(repr(options).encode("utf-8", "surrogatepass"))
    for name in sorted(inputs):
        digest.update(name.encode("utf-8", "surrogatepass") + b"\0" + inputs[name])
    try:
        for root, folders, names in os.walk(config.out):
            folders.sort()
            for name in sorted(names):
                stat = os.stat(os.path.join(root, name), follow_symlinks=False)
                relative = os.path.relpath(os.path.join(root, name), config.out)
                digest.update(f"{relative}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode("utf-8", "surrogatepass"))
    except OSError:
        return None
    return digest.hexdigest()


class UpToDate:
    """The result of the last build, if nothing has changed since (``unchanged``); ``record`` stores a new one."""

    def __init__(self, config: BuildConfig) -> None:
        self.config = config
        self.store = Store(folder_for(config.content), "uptodate")
        self.before = None if config.force or self.store.folder is None else snapshot(config)
        self.written: Snapshot | None = None

    def unchanged(self):
        """The last build's result marked ``up_to_date`` if nothing has changed since, else None."""
        key = site_key(self.config, self.before) if self.before is not None else None
        previous = self.store.get(key) if key else None
        return dataclasses.replace(previous, up_to_date=True) if previous is not None else None

    def pages_written(self, generated_paths: set[str]) -> None:
        """Call right after the build wrote content/: what the build changed there is its own doing."""
        if self.before is None:
            return
        now = snapshot(self.config)
        mine = {f"content/{path}" for path in generated_paths}
        removable = tuple(f"content/{folder}/" for folder in GENERATED_FOLDERS)  # stale pages the build removed
        if now is not None and all(now.get(k) == v for k, v in self.before.items()
                                   if k not in mine and not k.startswith(removable)):
            self.written = now

    def record(self, result) -> None:
        """Call after the site is published: remember ``result`` for these inputs and this output."""
        if self.written is None:
            return
        now = snapshot(self.config)
        unchanged = now == self.written and all(
            now.get(k) == v for k, v in self.before.items() if not k.startswith("content/"))
        key = site_key(self.config, now) if unchanged else None
        if key:
            self.store.put(key, result)
