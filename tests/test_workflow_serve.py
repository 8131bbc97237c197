"""``sourcebrief serve``: rebuild on change, live reload, errors in the browser, and nothing served outside the site."""

from __future__ import annotations

import http.client
import json
import shutil
import socket
import time
from pathlib import Path

import pytest

from conftest import ROOT
from sourcebrief.cli import main
from sourcebrief.config import BuildConfig
from sourcebrief.progress import Progress
from sourcebrief.serve import PreviewServer, ServeRefused, is_loopback

SEEDS = ("000_718dd8dd841ef608", "003_3c4f9761669d23e5")
SOURCES_YML = "000_718dd8dd841ef608:\n  outlet: The National\n\n003_3c4f9761669d23e5:\n  outlet: Rudaw\n  published: 2024-01-25\n"
CANARY = b"CANARY-7f3e9a51-outside-the-site"


def make_briefing(tmp: Path) -> BuildConfig:
    """A small briefing (two seeds) with its own layouts, beside a canary file outside the site."""
    (tmp / "canary.txt").write_bytes(CANARY)
    folder = tmp / "briefing"
    (folder / "seeds").mkdir(parents=True)
    for stem in SEEDS:
        shutil.copyfile(ROOT / "seeds" / f"{stem}.txt", folder / "seeds" / f"{stem}.txt")
    (folder / "seeds" / "sources.yml").write_text(SOURCES_YML, encoding="utf-8")
    (folder / "content").mkdir()
    shutil.copyfile(ROOT / "content" / "index.md", folder / "content" / "index.md")
    shutil.copytree(ROOT / "layouts", folder / "layouts")
    return BuildConfig(seeds=folder / "seeds", content=folder / "content", out=folder / "site", layouts=folder / "layouts")


def start(config: BuildConfig) -> PreviewServer:
    server = PreviewServer(config, port=0, progress=Progress("quiet"))
    server.start()
    return server


def get(server: PreviewServer, path: str, host: str | None = None, method: str = "GET") -> tuple[int, bytes, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    connection.putheader("Host", host or f"127.0.0.1:{server.port}")
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body, dict(response.getheaders())


def raw_request(port: int, target: bytes) -> tuple[int, bytes]:
    """Send a request line byte for byte (no client-side normalisation)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1:" + str(port).encode() + b"\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data


def version(server: PreviewServer) -> dict:
    return json.loads(get(server, "/__sourcebrief__/version")[1])


def wait_for_build(server: PreviewServer, after: int, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = version(server)
        if state["version"] > after:
            return state
        time.sleep(0.1)
    raise AssertionError("no rebuild")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("serve")
    config = make_briefing(tmp)
    server = start(config)
    (config.out / "leak.txt").symlink_to(tmp / "canary.txt")
    (config.out / "leakdir").symlink_to(tmp, target_is_directory=True)
    yield server
    server.close()


def test_serves_pages_with_the_reload_script_only_in_the_response(served: PreviewServer) -> None:
    status, body, headers = get(served, "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b'<script src="/__sourcebrief__/reload.js?v=1" defer></script></head>' in body
    assert b"reload.js" not in (served.site.config.out / "index.html").read_bytes()
    assert get(served, "/sources/000_718dd8dd841ef608.html")[0] == 200
    status, script, headers = get(served, "/__sourcebrief__/reload.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript") and b"location.reload" in script
    assert get(served, "/static/style.css", method="HEAD")[:1] == (200,)


TRAVERSALS = [
    b"/../canary.txt", b"/../../canary.txt", b"/%2e%2e/canary.txt", b"/%2E%2E/canary.txt", b"/..%2fcanary.txt",
    b"/%2e%2e%2fcanary.txt", b"/..%5ccanary.txt", b"/..\\canary.txt", b"/%252e%252e/canary.txt",
    b"/%252e%252e%252fcanary.txt", b"//etc/passwd", b"//evil.example/canary.txt", b"/%2fetc%2fpasswd",
    b"/\x00", b"/index.html%00.txt", b"/index.html\x00", b"/sources/../../canary.txt", b"/static/..%2f..%2fcanary.txt",
    b"/.%2e/canary.txt", b"/%c0%ae%c0%ae/canary.txt", b"http://evil.example/canary.txt", b"/leak.txt",
    b"/leakdir/canary.txt", b"/" + b"a" * 5000, b"/" + b"a" * 65536, b"/.sourcebrief-site", b"/%5c..%5ccanary.txt",
]


@pytest.mark.parametrize("target", TRAVERSALS, ids=lambda t: repr(t[:40]))
def test_nothing_outside_the_site_is_served(served: PreviewServer, target: bytes) -> None:
    status, data = raw_request(served.port, target)
    assert status in (400, 403, 404, 414)
    assert CANARY not in data and b"root:" not in data


def test_foreign_host_and_other_methods_are_refused(served: PreviewServer) -> None:
    assert get(served, "/", host="evil.example")[0] == 403
    assert get(served, "/", host=f"evil.example:{served.port}")[0] == 403
    assert get(served, "/", host=f"localhost:{served.port}")[0] == 200
    assert get(served, "/", host="127.0.0.1:1")[0] == 403
    for method in ("POST", "PUT", "DELETE", "OPTIONS", "PATCH"):
        assert get(served, "/index.html", method=method)[0] == 405


def test_a_non_loopback_address_needs_allow_remote(tmp_path: Path) -> None:
    config = make_briefing(tmp_path)
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10")
    with pytest.raises(ServeRefused):
        PreviewServer(config, port=0, bind="0.0.0.0")
    args = ["serve", "--seeds", str(config.seeds), "--content", str(config.content), "--out", str(config.out),
            "--layouts", str(config.layouts), "--bind", "0.0.0.0", "--port", "0"]
    assert main(args) == 2
    assert not config.out.exists()


def test_rebuilds_on_change_shows_errors_and_recovers(tmp_path: Path) -> None:
    config = make_briefing(tmp_path)
    server = start(config)
    try:
        page = "/sources/000_718dd8dd841ef608.html"
        assert b"Quokkaville" not in get(server, page)[1]
        seed = config.seeds / "000_718dd8dd841ef608.txt"
        seed.write_text(seed.read_text(encoding="utf-8") + "\nThe minister later flew to Quokkaville for talks.\n", encoding="utf-8")
        state = wait_for_build(server, 1)
        assert state == {"version": 2, "ok": True}
        status, body, _ = get(server, page)
        assert status == 200 and b"Quokkaville" in body and b"reload.js?v=2" in body
        time.sleep(1)
        assert version(server)["version"] == 2  # the build's own writes to content/ do not trigger another

        sources = config.seeds / "sources.yml"
        sources.write_text(SOURCES_YML + "<script>alert(1)</script>:\n  outlet: X\n", encoding="utf-8")
        assert wait_for_build(server, 2) == {"version": 3, "ok": False}
        # The build went on without the bad entry: the site is served, each page with the errors above it.
        status, body, _ = get(server, "/index.html")
        assert status == 200 and b"sourcebrief-build-errors" in body and b"sources.yml:7:" in body
        assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in body and b"<script>alert" not in body
        assert b"reload.js?v=3" in body and b"__sourcebrief__/errors.css" in body and b"<main" in body
        assert get(server, "/__sourcebrief__/errors.css")[0] == 200
        assert get(server, "/static/style.css")[0] == 200
        sources.write_text(SOURCES_YML, encoding="utf-8")
        assert wait_for_build(server, 3)["ok"] is True
        status, body, _ = get(server, "/index.html")
        assert status == 200 and b"sourcebrief-build-errors" not in body

        template = config.layouts / "base.html"
        good = template.read_text(encoding="utf-8")
        template.write_text(good.replace("</head>", "{% if %}</head>", 1), encoding="utf-8")
        assert wait_for_build(server, 4)["ok"] is False
        status, body, _ = get(server, "/")  # the build stopped: only the errors are shown
        assert status == 500 and b"The build failed" in body and b"base.html:" in body and b"TemplateSyntaxError" in body
        template.write_text(good, encoding="utf-8")
        assert wait_for_build(server, 5)["ok"] is True
        assert get(server, "/")[0] == 200
    finally:
        server.close()
