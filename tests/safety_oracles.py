"""Shared oracles of the safety battery: what counts as an escape in built HTML, snapshots, payloads.

Every oracle here has a positive control in the tests (a deliberately unsafe input on which it
must find something), so a check that silently finds nothing cannot pass unnoticed.
"""

from __future__ import annotations

import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import html5lib

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SITE_JS = (ROOT / "layouts" / "static" / "site.js").read_text(encoding="utf-8")

SAFE_SCHEMES = {"http", "https", "mailto"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "cite",
                  "codebase", "longdesc", "manifest", "icon", "ping", "srcset", "imagesrcset", "xlink:href"}
LOAD_ATTRIBUTES = {"src", "data", "poster", "background", "srcset", "imagesrcset", "codebase"}
FORBIDDEN_ELEMENTS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"}
INERT_SCRIPT_TYPES = {"application/json", "application/ld+json"}
# Browsers drop ASCII tab/newline anywhere in a URL and C0 controls + space around it; dropping
# every C0 control and space anywhere is stricter, so "jav\tascript:" is still seen as a scheme.
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")

STATS: Counter = Counter()
"""Figures for the summary line (cases tried, escapes, lost files ...), filled by the tests."""


@dataclass
class Findings:
    """Everything unsafe found in one or more HTML documents."""

    scripts: list[str] = field(default_factory=list)
    handlers: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    elements: list[str] = field(default_factory=list)
    template_leaks: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.scripts) + len(self.handlers) + len(self.urls) + len(self.elements) + len(self.template_leaks)

    def extend(self, other: "Findings") -> None:
        for name in ("scripts", "handlers", "urls", "elements", "template_leaks"):
            getattr(self, name).extend(getattr(other, name))

    def summary(self) -> str:
        parts = []
        for name in ("scripts", "handlers", "urls", "elements", "template_leaks"):
            items = getattr(self, name)
            if items:
                parts.append(f"{name}={len(items)}: {items[:5]}")
        return "; ".join(parts) or "clean"


def url_scheme(value: str) -> str | None:
    """The scheme a browser would see in an (already entity-decoded) attribute value, else None."""
    match = _SCHEME.match(_URL_NOISE.sub("", value))
    return match.group(1).lower() if match else None


def _local(name) -> str:
    """Attribute name without html5lib's namespace tuple/brace form (xlink:href -> xlink:href)."""
    if isinstance(name, tuple):
        namespace, local = name
        return f"xlink:{local}" if namespace and "xlink" in namespace else local
    if name.startswith("{"):
        namespace, _, local = name[1:].partition("}")
        return f"xlink:{local}" if "xlink" in namespace else local
    return name


def _tag(element) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rpartition("}")[2].lower()


def is_our_script(element, inline_allowed: bool) -> bool:
    src = element.get("src")
    if src is not None:
        return url_scheme(src) is None and not src.startswith("//") and re.fullmatch(r"(\.\./)*static/site\.js", src) is not None
    return inline_allowed and (element.text or "") == SITE_JS


def scan_html(text: str, name: str = "<html>", briefing: bool = False) -> Findings:
    """Parse like a browser (html5lib) and list scripts not ours, on* attributes, bad URLs and elements."""
    found = Findings()
    document = html5lib.parse(text, treebuilder="etree", namespaceHTMLElements=False)
    inline_allowed = briefing
    for element in document.iter():
        tag = _tag(element)
        if not tag:
            continue
        if tag == "script":
            if (element.get("type") or "").strip().lower() in INERT_SCRIPT_TYPES and element.get("src") is None:
                pass  # a data block: never executed; a breakout out of it would be a second script element
            elif is_our_script(element, inline_allowed):
                inline_allowed = False if element.get("src") is None else inline_allowed  # one inline script only
            else:
                found.scripts.append(f"{name}: <script src={element.get('src')!r}>{(element.text or '')[:60]!r}")
        if tag in FORBIDDEN_ELEMENTS:
            found.elements.append(f"{name}: <{tag}>")
        if tag == "meta" and (element.get("http-equiv") or "").lower() == "refresh":
            found.elements.append(f"{name}: <meta http-equiv=refresh>")
        if tag == "link" and not re.fullmatch(r"(\.\./)*(static/(style\.css|icon\.svg)|feed\.xml)", element.get("href") or ""):
            found.elements.append(f"{name}: <link href={element.get('href')!r}>")
        if tag == "style" and not briefing:
            found.elements.append(f"{name}: <style>")
        for raw_name, value in element.attrib.items():
            attribute = _local(raw_name).lower()
            if attribute.startswith("on"):
                found.handlers.append(f"{name}: <{tag} {attribute}={value[:60]!r}>")
            elif attribute == "srcdoc":
                found.urls.append(f"{name}: <{tag} srcdoc>")
            elif attribute in ("style",) and re.search(r"url\s*\(|expression\s*\(|@import", value, re.I):
                found.urls.append(f"{name}: <{tag} style={value[:60]!r}>")
            elif attribute in URL_ATTRIBUTES:
                scheme = url_scheme(value)
                if scheme is not None and scheme not in SAFE_SCHEMES:
                    found.urls.append(f"{name}: <{tag} {attribute}={value[:60]!r}>")
                elif attribute in LOAD_ATTRIBUTES and (scheme is not None or _URL_NOISE.sub("", value).startswith("//")):
                    found.urls.append(f"{name}: <{tag} {attribute}={value[:60]!r}> loads from another host")
    for leak in ("XX49YY", "loop" * 3):
        if leak in text:
            found.template_leaks.append(f"{name}: template syntax evaluated ({leak})")
    return found


def scan_site(site: Path) -> Findings:
    """Oracle 1 over every .html file of a built site."""
    found = Findings()
    for page in sorted(site.rglob("*.html")):
        found.extend(scan_html(page.read_text(encoding="utf-8"), page.relative_to(site).as_posix(),
                               briefing=page.name == "briefing.html" and page.parent == site))
    return found


def load_payloads() -> list[str]:
    """The payload list, with \\t and \\xNN escapes decoded."""
    payloads = []
    for line in (FIXTURES / "payloads.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("# "):
            continue
        payloads.append(re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), line).replace("\\t", "\t"))
    return payloads


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under a folder (not following links): kind, mode, bytes or link target."""
    state: dict[str, tuple] = {}
    if not folder.exists() and not folder.is_symlink():
        return state
    entries = [folder, *sorted(folder.rglob("*"))] if folder.is_dir() and not folder.is_symlink() else [folder]
    for path in entries:
        info = path.lstat()
        key = path.relative_to(folder).as_posix() if path != folder else "."
        if stat.S_ISLNK(info.st_mode):
            state[key] = ("link", str(path.readlink()))
        elif stat.S_ISDIR(info.st_mode):
            state[key] = ("dir", stat.S_IMODE(info.st_mode))
        else:
            state[key] = ("file", stat.S_IMODE(info.st_mode), path.read_bytes())
    return state


def changed(before: dict[str, tuple], after: dict[str, tuple]) -> list[str]:
    """Names added, removed or modified between two snapshots."""
    return sorted(name for name in set(before) | set(after) if before.get(name) != after.get(name))


def diagnostic_lines(stderr: str) -> list[str]:
    """``path:line: ...`` lines printed by the command line (the final 'built ...' line excluded)."""
    return [line for line in stderr.splitlines() if re.match(r"^.+:\d+: ", line)]


TRACEBACK = re.compile(r"Traceback \(most recent call last\)|^\s+File \".*\", line \d+", re.M)


def print_summary() -> None:
    """The battery's figures, printed once when the test session ends (only if safety tests ran)."""
    if not STATS:
        return
    refused = f"{STATS['refused folders']}/{STATS['refusal cases']}"
    escapes = STATS["escapes (parsed)"] + STATS["escapes (browser)"]
    cases = STATS["injection payloads"] * STATS["injection points"] + STATS["malformed inputs"] + STATS["property cases"] \
        + STATS["kills"] + STATS["injected failures"] + STATS["refusal cases"] + STATS["scaling cases"]
    print(f"\nsafety battery: cases tried {cases}, escapes {escapes}, lost files {STATS['lost files']}, "
          f"differing files {STATS['differing files']}, refused folders {refused}; "
          + ", ".join(f"{k} {v}" for k, v in sorted(STATS.items())))


import atexit  # noqa: E402 - registered last, after everything it prints is defined

atexit.register(print_summary)
