"""The preview server's HTTP side: safe paths inside the site, Host checks, live-reload injection, error page."""

from __future__ import annotations

import html
import json
import mimetypes
import re
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import unquote, urlsplit

SPECIAL = "/__sourcebrief__/"
MAX_TARGET = 4096
_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TYPES = {".js": "text/javascript", ".css": "text/css", ".html": "text/html", ".json": "application/json",
          ".svg": "image/svg+xml", ".ics": "text/calendar", ".txt": "text/plain", ".woff2": "font/woff2"}
NO_RELOAD = ("briefing.html",)
"""Pages whose own CSP allows only their inline script: live reload cannot run there."""

RELOAD_JS = """\
(function () {
  "use strict";
  var match = /[?&]v=(\\d+)/.exec(document.currentScript ? document.currentScript.src : "");
  var seen = match ? match[1] : null;
  function poll() {
    fetch("/__sourcebrief__/version", {cache: "no-store"})
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (seen === null) { seen = String(data.version); }
        else if (String(data.version) !== seen) { window.location.reload(); return; }
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 1000); });
  }
  window.setTimeout(poll, 1000);
}());
"""


@dataclass(frozen=True)
class BuildStatus:
    """What the last build left: a counter the pages poll, and its errors (empty when it went well)."""

    version: int
    """Bumped after every build, good or bad."""
    errors: tuple[str, ...]
    """``path:line: message`` lines of the last build's errors."""
    fatal: bool = False
    """The build stopped (no new site): pages show only the errors. Otherwise the site was built without what the
    errors name (a skipped seed, a bad entry), and each page shows them above itself."""


class Refused(Exception):
    """A request that is answered with an error status."""

    def __init__(self, status: HTTPStatus, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def path_parts(target: str) -> list[str]:
    """The folder names of a request target's path, or Refused (400/404/414) for anything odd."""
    if len(target) > MAX_TARGET:
        raise Refused(HTTPStatus.REQUEST_URI_TOO_LONG, "request target too long")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        raise Refused(HTTPStatus.BAD_REQUEST, "bad request target")
    try:
        decoded = unquote(urlsplit(target).path, errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise Refused(HTTPStatus.BAD_REQUEST, "path is not UTF-8") from None
    if _ENCODED.search(decoded) or "\\" in decoded or _CONTROL.search(decoded) or decoded.startswith("//"):
        raise Refused(HTTPStatus.BAD_REQUEST, "bad characters in path")
    parts = [part for part in decoded.split("/") if part]
    if any(part in (".", "..") for part in parts):
        raise Refused(HTTPStatus.BAD_REQUEST, "path leaves the site")
    if any(part.startswith(".") for part in parts):
        raise Refused(HTTPStatus.NOT_FOUND, "not found")
    return parts


def site_file(site: Path, target: str) -> Path:
    """The file inside ``site`` that a request target names, or Refused (400/403/404/414)."""
    parts = path_parts(target)
    root = site.resolve()
    candidate = root.joinpath(*parts)
    resolved = candidate.resolve()
    if not resolved.is_relative_to(root):
        raise Refused(HTTPStatus.FORBIDDEN, "path leaves the site")
    if resolved.is_dir():
        resolved = (resolved / "index.html").resolve()
        if not resolved.is_relative_to(root):
            raise Refused(HTTPStatus.FORBIDDEN, "path leaves the site")
    if not resolved.is_file():
        raise Refused(HTTPStatus.NOT_FOUND, "not found")
    return resolved


def host_allowed(header: str | None, bound: str, port: int, allow_remote: bool) -> bool:
    """Only this server's own names: a page on another domain cannot reach it by DNS rebinding."""
    if not header:
        return False
    match = re.fullmatch(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?", header.strip())
    if not match or (match.group(2) and int(match.group(2)) != port):
        return False
    name = match.group(1).lower().rstrip(".")
    if name in {"localhost", "127.0.0.1", "[::1]", bound.lower()}:
        return True
    return allow_remote and bool(re.fullmatch(r"[0-9.]+|\[[0-9a-f:.]+\]", name))


def inject_reload(page: bytes, version: int) -> bytes:
    """The page with the live-reload script added before ``</head>`` (only in what is served)."""
    return _in_head(page, f'<script src="{SPECIAL}reload.js?v={version}" defer></script>'.encode())


def _in_head(page: bytes, tag: bytes) -> bytes:
    """``tag`` just before the page's ``</head>`` (at the end of a page without one)."""
    at = page.lower().rfind(b"</head>")
    if at < 0:
        return page + tag
    return page[:at] + tag + page[at:]


def _error_items(status: BuildStatus) -> str:
    return "\n".join(f"<li><code>{html.escape(line)}</code></li>" for line in status.errors)


ERRORS_CSS = """\
.sourcebrief-build-errors{font:15px/1.45 system-ui,sans-serif;background:#fff4f4;color:#5c0000;
border:2px solid #a40000;border-radius:6px;margin:.75rem;padding:.6rem 1rem;position:relative;z-index:1000}
.sourcebrief-build-errors ul{margin:.3rem 0 0;padding-left:1.2rem}
.sourcebrief-build-errors code{white-space:pre-wrap;word-break:break-word}
"""


def inject_errors(page: bytes, status: BuildStatus) -> bytes:
    """The page with the last build's errors in a box at the top of its body (styled by a served stylesheet: the
    site's own Content-Security-Policy allows no inline style)."""
    count = len(status.errors)
    box = (f'<aside class="sourcebrief-build-errors" role="alert"><strong>The last build reported {count} '
           f'error{"s" if count != 1 else ""}; this page was built without what {"they name" if count != 1 else "it names"}.'
           f'</strong><ul>{_error_items(status)}</ul></aside>').encode("utf-8")
    page = _in_head(page, f'<link rel="stylesheet" href="{SPECIAL}errors.css">'.encode())
    body = page.lower().find(b"<body")
    opened = page.find(b">", body) + 1 if body >= 0 else 0
    return page[:opened] + box + page[opened:]


def error_page(status: BuildStatus) -> bytes:
    """The build errors as a page of its own, reloading itself once the build is fixed."""
    items = _error_items(status)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Build failed - sourcebrief</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<style>body{{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}}
h1{{color:#a40000}}li{{margin:.4rem 0}}code{{white-space:pre-wrap;word-break:break-word}}</style>
<script src="{SPECIAL}reload.js?v={status.version}" defer></script>
</head><body><h1>The build failed</h1>
<p>Fix these and save; this page reloads when the next build is done.</p>
<ul class="sourcebrief-errors">
{items}
</ul></body></html>
""".encode("utf-8")


class PreviewHandler(BaseHTTPRequestHandler):
    """GET and HEAD of files inside the site folder; everything else is refused."""

    server_version = "sourcebrief"
    sys_version = ""
    # Set on a subclass by ``make_handler``.
    site: Path
    bound: str
    port: int
    allow_remote: bool
    status_of: object
    log_requests: bool

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def __getattr__(self, name: str):
        if name.startswith("do_"):
            return self._not_allowed
        raise AttributeError(name)

    def _not_allowed(self) -> None:
        self.send_error(HTTPStatus.METHOD_NOT_ALLOWED, "only GET and HEAD")

    def send_error(self, code, message=None, explain=None) -> None:  # noqa: D102 - adds our headers
        self.close_connection = True
        super().send_error(code, message, explain)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        if self.command != "GET" and self.command != "HEAD":
            self.send_header("Allow", "GET, HEAD")
        super().end_headers()

    def _answer(self, send_body: bool) -> None:
        if not host_allowed(self.headers.get("Host"), self.bound, self.port, self.allow_remote):
            self.send_error(HTTPStatus.FORBIDDEN, "unknown Host")
            return
        status: BuildStatus = self.status_of()
        try:
            if self.path.startswith(SPECIAL):
                body, kind, code = self._special(status)
            else:
                body, kind, code = self._file(status)
        except Refused as refused:
            self.send_error(refused.status, refused.reason)
            return
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _special(self, status: BuildStatus) -> tuple[bytes, str, int]:
        name = urlsplit(self.path).path[len(SPECIAL):]
        if name == "version":
            data = {"version": status.version, "ok": not status.errors}
            return json.dumps(data).encode(), "application/json", 200
        if name == "reload.js":
            return RELOAD_JS.encode(), "text/javascript; charset=utf-8", 200
        if name == "errors.css":
            return ERRORS_CSS.encode(), "text/css; charset=utf-8", 200
        raise Refused(HTTPStatus.NOT_FOUND, "not found")

    def _file(self, status: BuildStatus) -> tuple[bytes, str, int]:
        wants_page = urlsplit(self.path).path.endswith(("/", ".html"))
        if status.fatal and wants_page:
            path_parts(self.path)  # refuse bad paths the same way in error state
            return error_page(status), "text/html; charset=utf-8", 500
        path = site_file(self.site, self.path)
        kind = _TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        body = path.read_bytes()
        if path.suffix.lower() == ".html":
            if status.fatal:
                return error_page(status), "text/html; charset=utf-8", 500
            if path.name not in NO_RELOAD:
                body = inject_reload(body, status.version)
                if status.errors:
                    body = inject_errors(body, status)
        if kind.startswith("text/") or kind in ("application/json", "image/svg+xml"):
            kind += "; charset=utf-8"
        return body, kind, 200

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        if self.log_requests:
            super().log_message(format, *args)


def make_handler(site: Path, bound: str, port: int, allow_remote: bool, status_of, log_requests: bool) -> type:
    """A handler class bound to one site folder and one server's status."""
    return type("BoundPreviewHandler", (PreviewHandler,), {
        "site": site, "bound": bound, "port": port, "allow_remote": allow_remote,
        "status_of": staticmethod(status_of), "log_requests": log_requests,
    })
