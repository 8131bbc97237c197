"""Generated pages in content/: front matter with a body hash, and writes that never clobber hand edits."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .model import Diagnostic
from .sources_yml import SAFE_URL
from .yamlsafe import YamlError, compose, dump, load_checked

GENERATOR = "sourcebrief"
GENERATED_FOLDERS = ("sources", "entities", "chronology", "facts")
"""Folders of content/ where generated pages no longer produced are removed (unless edited by hand)."""


@dataclass(frozen=True)
class GeneratedPage:
    """A page the build wants in content/."""

    path: str
    """Path relative to the content folder, with forward slashes (``sources/000_x.md``)."""
    front: dict
    """Front matter fields, in order (without ``generated``)."""
    body: str
    """Markdown body."""


@dataclass(frozen=True)
class ContentPage:
    """A page read back from content/ (generated or hand-written)."""

    path: str
    """Path relative to the content folder."""
    front: dict
    """Parsed front matter."""
    body: str
    """Markdown body without front matter."""
    body_line: int
    """Line in the file where the body starts (for error messages)."""


def body_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def page_text(page: GeneratedPage) -> str:
    """The full file text: YAML front matter (with the body's hash), then the body."""
    return text_and_page(page)[0]


def text_and_page(page: GeneratedPage) -> tuple[str, ContentPage]:
    """page_text(page), and the ContentPage split_front_matter makes of it, without parsing the YAML again
    (tests/test_front_matter.py checks they agree)."""
    front = dict(page.front)
    front["generated"] = {"by": GENERATOR, "sha256": body_hash(page.body)}
    head = dump(front)
    return f"---\n{head}---\n{page.body}", ContentPage(page.path, front, page.body, head.count("\n") + 3)


def split_front_matter(text: str, path: str) -> ContentPage:
    """Split a content file into front matter and body; bad front matter raises YamlError."""
    if not text.startswith("---\n"):
        return ContentPage(path, {}, text, 1)
    end = text.find("\n---\n", 3)
    if end < 0:
        if text.endswith("\n---"):
            end = len(text) - 4
        else:
            raise YamlError(Diagnostic(path, 1, "front matter is not closed by a '---' line"))
    head = text[4:end + 1]
    compose(head, path)  # rejects aliases, custom tags, duplicate keys with line numbers
    front = load_checked(head) or {}
    if not isinstance(front, dict):
        raise YamlError(Diagnostic(path, 2, "front matter must be a mapping of fields"))
    body = text[end + 5:]
    return ContentPage(path, front, body, head.count("\n") + 3)


def edit_state(existing: str) -> str:
    """``generated`` (safe to rewrite), ``edited`` (a generated page changed by hand) or ``user``."""
    try:
        page = split_front_matter(existing, "")
    except YamlError:
        return "user"
    mark = page.front.get("generated")
    if not isinstance(mark, dict) or mark.get("by") != GENERATOR:
        return "user"
    return "generated" if mark.get("sha256") == body_hash(page.body) else "edited"


def write_pages(content: Path, pages: list[GeneratedPage], force: bool = False
                ) -> tuple[list[Diagnostic], dict[str, tuple[str, ContentPage]]]:
    """Write generated pages; keep hand-edited and hand-written ones; remove stale unedited ones.

    Returns the problems, and (front matter text, page as read) of the pages whose file now holds exactly their
    text (written or already so), by path: read_content need not read them back."""
    problems: list[Diagnostic] = []
    on_disk: dict[str, tuple[str, ContentPage]] = {}
    _remove_temporary(content)
    wanted = {page.path for page in pages}
    root = content.resolve()
    inside: dict[Path, bool] = {}
    """Whether each folder written to resolves inside the content folder (a few folders hold every page)."""
    for page in pages:
        target = content / page.path
        text, as_read = text_and_page(page)
        known = text[:len(text) - len(page.body)], as_read  # its front matter text, for _safe_front's line numbers
        if target.is_symlink():
            problems.append(Diagnostic(str(target), 0, "is a symbolic link; not written"))
            continue
        if target.parent not in inside:
            inside[target.parent] = target.parent.resolve().is_relative_to(root)
        if not inside[target.parent]:
            problems.append(Diagnostic(str(target), 0, "folder links outside the content folder; not written"))
            continue
        if target.exists():
            existing = target.read_text(encoding="utf-8", errors="replace")
            if existing == text:
                on_disk[page.path] = known
                continue
            state = edit_state(existing)
            if state == "edited" and not force:
                problems.append(Diagnostic(str(target), 1, "generated page was edited by hand; kept as edited (use --force to regenerate)", "warning"))
                continue
            if state == "user":
                problems.append(Diagnostic(str(target), 1, "hand-written page has the name of a generated page; kept, not overwritten", "warning"))
                continue
        _atomic_write(target, text)
        on_disk[page.path] = known
    problems.extend(_remove_stale(content, wanted))
    return problems, on_disk


def _remove_stale(content: Path, wanted: set[str]) -> list[Diagnostic]:
    """Delete generated pages no longer produced, unless edited by hand."""
    problems = []
    for folder in GENERATED_FOLDERS:
        base = content / folder
        if not base.is_dir() or base.is_symlink():
            continue
        for path in sorted(base.glob("*.md")):
            relative = f"{folder}/{path.name}"
            if relative in wanted or path.is_symlink():
                continue
            state = edit_state(path.read_text(encoding="utf-8", errors="replace"))
            if state == "generated":
                path.unlink()
            elif state == "edited":
                problems.append(Diagnostic(str(path), 1, "edited generated page that the build no longer makes (its source, entity or period is gone); kept", "warning"))
    return problems


def _remove_temporary(content: Path) -> None:
    """Delete temporary files a killed build left behind (only ours: ``.<name>.md.tmp-<pid>``)."""
    for folder in (content, content / "sources", content / "entities"):
        if folder.is_dir() and not folder.is_symlink():
            for leftover in folder.glob(".*.md.tmp-*"):
                if leftover.is_file() and not leftover.is_symlink() and leftover.name.rsplit("-", 1)[-1].isdigit():
                    leftover.unlink()


def _atomic_write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    temporary.write_text(text, encoding="utf-8", newline="\n")
    os.replace(temporary, target)


def read_content(content: Path, parse=None, written: Mapping[str, tuple[str, ContentPage]] | None = None
                 ) -> tuple[list[ContentPage], list[Diagnostic]]:
    """Every Markdown page under content/, sorted by path; bad pages are reported and skipped.

    ``written``: (front matter text, page) of the generated pages known to be on disk as written (write_pages), taken
    as they are."""
    written = written or {}
    pages, problems = [], []
    if not content.is_dir():
        return pages, problems
    root = content.resolve()
    for path in sorted(content.rglob("*.md")):
        relative = path.relative_to(content).as_posix()
        if any(part.startswith(".") for part in path.relative_to(content).parts):
            continue
        if relative in written:
            head, page = written[relative]
            pages.append(_safe_front(page, head, str(path), problems))
            continue
        if not path.resolve().is_relative_to(root):
            problems.append(Diagnostic(str(path), 0, "links outside the content folder; skipped"))
            continue
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            problems.append(Diagnostic(str(path), 1, f"not valid UTF-8 ({exc.reason}); skipped"))
            continue
        try:
            pages.append(_safe_front((parse or split_front_matter)(text.replace("\r\n", "\n"), relative), text, str(path), problems))
        except YamlError as exc:
            d = exc.diagnostic
            problems.append(Diagnostic(str(path), d.line, d.message))
    return pages, problems


def _safe_front(page: ContentPage, text: str, shown: str, problems: list[Diagnostic]) -> ContentPage:
    """Drop a front-matter ``url`` that is not http(s) or mailto (templates put it in an href)."""
    url = page.front.get("url")
    if url is None or (isinstance(url, str) and SAFE_URL.match(url.strip())):
        return page
    line = next((n for n, row in enumerate(text.splitlines()[:page.body_line], start=1) if row.startswith("url:")), 1)
    problems.append(Diagnostic(shown, line, "url must start with http://, https:// or mailto:; ignored"))
    return ContentPage(page.path, {k: v for k, v in page.front.items() if k != "url"}, page.body, page.body_line)
