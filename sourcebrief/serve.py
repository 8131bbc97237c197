"""``sourcebrief serve``: build, serve the site on localhost, rebuild when an input changes, reload the page."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import traceback
from collections.abc import Callable
from http.server import ThreadingHTTPServer
from pathlib import Path

from .config import BuildConfig
from .output import OutputRefused, check_out_dir
from .pipeline import build
from .progress import Progress
from .serve_http import BuildStatus, make_handler

POLL_SECONDS = 0.3
Snapshot = dict[tuple[str, str], tuple[int, int]]


class ServeRefused(Exception):
    """The server cannot start as asked (a non-loopback address without --allow-remote, a bad --out)."""


def is_loopback(bind: str) -> bool:
    """True when every address ``bind`` names is on this machine only."""
    try:
        return ipaddress.ip_address(bind.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(bind, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0].split("%")[0]).is_loopback for info in infos)


def snapshot(folders: dict[str, Path]) -> Snapshot:
    """(mtime, size) of every file under the watched folders, skipping dot-files (editor and build temporaries)."""
    seen: Snapshot = {}
    for label, folder in folders.items():
        if not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            relative = path.relative_to(folder)
            if any(part.startswith(".") for part in relative.parts):
                continue
            try:
                stat = path.stat()
            except OSError:
                continue
            if not path.is_dir():
                seen[(label, relative.as_posix())] = (stat.st_mtime_ns, stat.st_size)
    return seen


def error_lines(exc: BaseException, layouts: Path) -> list[str]:
    """``path:line: error: message`` for an exception, pointing into a template when one is to blame."""
    filename, lineno = getattr(exc, "filename", None), getattr(exc, "lineno", None)
    if not filename:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if _inside(f.filename, layouts)]
        if frames:
            filename, lineno = frames[-1].filename, frames[-1].lineno
    where = f"{filename}:{lineno or 0}" if filename else "sourcebrief:0"
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return [f"{where}: error: {type(exc).__name__}: {message}"]


def _inside(filename: str, folder: Path) -> bool:
    try:
        return Path(filename).resolve().is_relative_to(folder.resolve())
    except (OSError, ValueError):
        return False


class LiveSite:
    """Builds on demand and remembers the outcome; the watcher and the HTTP handler share it."""

    def __init__(self, config: BuildConfig, progress: Progress) -> None:
        self.config = config
        self.progress = progress
        self.folders = {"seeds": config.seeds, "content": config.content, "layouts": config.layouts}
        self._status = BuildStatus(0, ())
        self._lock = threading.Lock()
        self.seen: Snapshot = {}
        self.last_seconds = 0.0

    def status(self) -> BuildStatus:
        with self._lock:
            return self._status

    def rebuild(self) -> BuildStatus:
        """Build once; the snapshot after it marks the build's own writes to content/ as seen."""
        before = snapshot(self.folders)
        self.progress.restart()
        fatal = False
        try:
            result = build(self.config, progress=self.progress)
            errors = [str(d) for d in result.diagnostics if d.severity == "error"]
            for diagnostic in result.diagnostics:
                self.progress.diagnostic(diagnostic)
        except Exception as exc:  # noqa: BLE001 - any failure is shown, and the server keeps running
            errors, fatal = error_lines(exc, self.config.layouts), True
            for line in errors:
                self.progress.error(line)
        self.last_seconds = self.progress.elapsed()
        after = snapshot(self.folders)
        # Inputs edited during the build stay "unseen" so they trigger the next build.
        self.seen = {k: v for k, v in before.items() if k[0] != "content"} | {k: v for k, v in after.items() if k[0] == "content"}
        with self._lock:
            self._status = BuildStatus(self._status.version + 1, tuple(errors), fatal)
        state = f"failed ({len(errors)} errors)" if errors else "done"
        self.progress.info(f"build {self._status.version} {state} in {self.last_seconds:.2f} s")
        return self._status

    def changed(self) -> bool:
        return snapshot(self.folders) != self.seen


class PreviewServer:
    """The HTTP server plus the watcher thread; ``start`` returns at once, ``close`` stops both."""

    def __init__(self, config: BuildConfig, port: int = 8000, bind: str = "127.0.0.1", allow_remote: bool = False,
                 progress: Progress | None = None, log_requests: bool = False) -> None:
        if not allow_remote and not is_loopback(bind):
            raise ServeRefused(f"{bind}: not a loopback address; pass --allow-remote to serve other machines")
        try:
            check_out_dir(config.out, [config.seeds, config.content, config.layouts])
        except OutputRefused as exc:
            raise ServeRefused(str(exc)) from None
        self.site = LiveSite(config, progress or Progress())
        handler = make_handler(config.out, bind, port, allow_remote, self.site.status, log_requests)
        family = socket.AF_INET6 if ":" in bind else socket.AF_INET
        server_class = type("PreviewHTTPServer", (ThreadingHTTPServer,), {"address_family": family, "daemon_threads": True})
        self.httpd = server_class((bind.strip("[]"), port), handler)
        handler.port = self.httpd.server_address[1]
        self.port = handler.port
        self.bind = bind
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        host = f"[{self.bind.strip('[]')}]" if ":" in self.bind else self.bind
        return f"http://{host}:{self.port}/"

    def start(self, first_build: bool = True) -> None:
        if first_build:
            self.site.rebuild()
        for target in (self._watch, self.httpd.serve_forever):
            thread = threading.Thread(target=target, daemon=True, name=f"sourcebrief-{target.__name__}")
            thread.start()
            self._threads.append(thread)

    def _watch(self) -> None:
        while not self._stop.wait(POLL_SECONDS):
            try:
                if self.site.changed():
                    self.site.rebuild()
            except OSError as exc:  # a folder renamed or removed mid-scan: try again on the next tick
                self.site.progress.error(f"serve: watching failed: {exc}")

    def close(self) -> None:
        self._stop.set()
        if self._threads:  # shutdown() waits for serve_forever, which runs only once started
            self.httpd.shutdown()
        self.httpd.server_close()
        for thread in self._threads:
            thread.join(timeout=30)


def serve(config: BuildConfig, port: int, bind: str, allow_remote: bool, progress: Progress,
          wait: Callable[[], None] | None = None) -> int:
    """Run until interrupted (Ctrl-C); 2 when the server cannot start."""
    try:
        server = PreviewServer(config, port, bind, allow_remote, progress, log_requests=progress.level == "verbose")
    except (ServeRefused, OSError) as exc:
        progress.error(f"serve: {exc}")
        return 2
    try:
        progress.info(f"building {config.seeds} for {server.url}")
        server.start()
        print(f"Serving {config.out} at {server.url} (watching {config.seeds}, {config.content}, "
              f"{config.layouts}; Ctrl-C to stop)", flush=True)
        (wait or _forever)()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


def _forever() -> None:
    while True:
        time.sleep(3600)

