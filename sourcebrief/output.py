"""Publish the site atomically: build into a temporary folder beside --out, then swap it in.

The build refuses to replace a folder it did not create, and keeps a deployed site's
``.git``, ``CNAME`` and other dot-files across rebuilds.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import tempfile
from pathlib import Path

MARKER = ".sourcebrief-site"
KEEP = ("CNAME",)


class OutputRefused(Exception):
    """The output folder is not safe to replace; the message says why."""


def check_out_dir(out: Path, protected: list[Path]) -> None:
    """Refuse --out values that could destroy something the build does not own."""
    if out.is_symlink():
        raise OutputRefused(f"{out}: output folder is a symbolic link; refusing to replace it")
    resolved = out.resolve()
    if resolved == Path(resolved.anchor) or resolved == Path.home().resolve() or resolved == Path.cwd().resolve():
        raise OutputRefused(f"{out}: refusing to use / , the home folder or the working folder as output")
    for folder in protected:
        folder = folder.resolve()
        if resolved == folder or folder.is_relative_to(resolved) or resolved.is_relative_to(folder):
            raise OutputRefused(f"{out}: output folder overlaps the input folder {folder}; refusing")
    if out.exists() and not out.is_dir():
        raise OutputRefused(f"{out}: output path is a file, not a folder; refusing")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise OutputRefused(f"{out}: folder is not empty and was not created by sourcebrief; refusing to replace it")
    if (out / ".git").exists() and not (out / MARKER).is_file():
        raise OutputRefused(f"{out}: folder holds a git repository not created by sourcebrief; refusing")


def staging_dir(out: Path) -> Path:
    """A fresh temporary folder beside --out (same file system, so the swap is a rename)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    _clean_leftovers(out)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; a website is meant to be read
    (staging / MARKER).write_text("This folder is written by sourcebrief; it is replaced on every build.\n")
    return staging


def publish(staging: Path, out: Path) -> None:
    """Swap the finished build in place of the previous one."""
    if out.is_dir():
        for item in out.iterdir():
            if (item.name.startswith(".") and item.name != MARKER) or item.name in KEEP:
                destination = staging / item.name
                if not destination.exists():
                    os.replace(item, destination)
        if _exchange(staging, out):
            shutil.rmtree(staging, ignore_errors=True)
            return
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.replace(out, old / "site")
        os.replace(staging, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, out)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one system call (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return result == 0


def discard(staging: Path) -> None:
    """Remove a staging folder after a failed build."""
    shutil.rmtree(staging, ignore_errors=True)


def _clean_leftovers(out: Path) -> None:
    """Remove staging or old folders left by a killed build (only ours, by name and marker)."""
    for item in sorted(out.parent.glob(f".{out.name}.old-*")):
        if not out.exists() and (item / "site" / MARKER).is_file():
            os.replace(item / "site", out)  # a build killed mid-swap: put the previous site back
    for item in out.parent.glob(f".{out.name}.*-*"):
        if item.is_dir() and not item.is_symlink():
            ours = (item / MARKER).is_file() or (item / "site" / MARKER).is_file() or not any(item.iterdir())
            if ours:
                shutil.rmtree(item, ignore_errors=True)
