"""Injection never executes: payloads at every place untrusted text enters, checked by parsing and in a browser.

One build carries every payload of tests/fixtures/payloads.txt at every injection point (seed
title, body, caption; sources.yml outlet, author, note, url; content/index.md title and body; a
hand-written page; footnotes and front matter of a hand-edited generated page; a saved web
page's title, metadata and text). Oracle 1 parses the output like a browser; oracle 2 opens it
in headless Chromium. Each oracle has a positive control. The CommonMark conformance run and a Hypothesis property test close the module.
"""

from __future__ import annotations

import html

import json
import os
import re
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, build_briefing
from safety_oracles import FIXTURES, STATS, Findings, load_payloads, scan_html, scan_site, url_scheme
from sourcebrief.markdown import LinkContext, create_markdown, render_markdown

PAYLOADS = load_payloads()
REJECTED_URLS = ["javascript:__pwned(70)", " JaVaScRiPt:__pwned(71)", 'https://x.example/"onmouseover="__pwned(72)',
                 "data:text/html,<script>__pwned(73)</script>", "//evil.example/x"]
CHROMIUM = Path("/usr/bin/chromium")


def _seed_text(i: int) -> str:
    p, q, r = PAYLOADS[i], PAYLOADS[(i + 1) % len(PAYLOADS)], PAYLOADS[(i + 2) % len(PAYLOADS)]
    return (f"Breaking news {p} today\n\n"
            f"Officials said on Monday that {p} was found in the report, according to several sources.\n\n"
            f"Photo: {r} near the border crossing (Reuters)\n\n"
            f"The ministry added that {q} would be reviewed by the committee next week, officials said.\n")


def _yaml_string(value: str) -> str:
    return json.dumps(value)  # a JSON string is a YAML double-quoted scalar


def _hand_written_body(payloads: list[str]) -> str:
    blocks = []
    for n, p in enumerate(payloads):
        blocks.append(p)
        blocks.append(f"- item *{p}* and [{p}](https://ok.example/{n}) and `{p}`")
        blocks.append(f"> quoted {p}[^h{n}]")
        blocks.append(f"[^h{n}]: note {p}")
    return "\n\n".join(blocks) + "\n"


def _saved_page(payloads: list[str]) -> str:
    """A page saved from the web with every payload in its metadata and text, and live markup of its own."""
    def esc(text: str) -> str:
        return html.escape(text, quote=True)
    body = "".join(f"<p>Officials said on Monday that {esc(p)} was reported in the capital city.</p>" for p in payloads)
    return (f"<html><head><title>{esc(payloads[0])}</title><meta property='og:site_name' content='{esc(payloads[1])}'>"
            f"<meta name='author' content='{esc(payloads[2])}'><script>__pwned(91)</script></head><body><article>"
            f"<h1>{esc(payloads[3])}</h1>{body}<img src=x onerror=__pwned(92)><a href='javascript:__pwned(93)'>more</a>"
            "</article></body></html>")


def make_injection_briefing(tmp: Path) -> tuple[Path, list[str]]:
    """Seeds and content carrying every payload everywhere; returns (seeds, rejected ids)."""
    seeds, content = tmp / "seeds", tmp / "content"
    seeds.mkdir(parents=True)
    content.mkdir()
    meta = {}
    for i, p in enumerate(PAYLOADS):
        (seeds / f"p{i:03d}.txt").write_text(_seed_text(i), encoding="utf-8")
        meta[f"p{i:03d}"] = {"outlet": p, "author": PAYLOADS[(i + 3) % len(PAYLOADS)], "note": PAYLOADS[(i + 4) % len(PAYLOADS)],
                             "url": "https://news.example/a?q=" + quote(p, safe="'():;/=&{}%!*$,@+"), "published": "2024-02-08"}
    rejected = []
    for j, url in enumerate(REJECTED_URLS):
        (seeds / f"r{j}.txt").write_text(_seed_text(j), encoding="utf-8")
        meta[f"r{j}"] = {"url": url}
        rejected.append(f"r{j}")
    (seeds / "sources.yml").write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=True, width=10_000), encoding="utf-8")
    (seeds / "h000.html").write_text(_saved_page(PAYLOADS), encoding="utf-8")
    title = " | ".join(PAYLOADS)
    (content / "index.md").write_text(f"---\ntitle: {_yaml_string(title)}\n---\n" + _hand_written_body(PAYLOADS), encoding="utf-8")
    (content / "extra.md").write_text(f"---\ntitle: {_yaml_string(PAYLOADS[33])}\n---\n" + _hand_written_body(PAYLOADS[::-1]), encoding="utf-8")
    return seeds, rejected


def edit_generated_page(page: Path) -> None:
    """A hand edit of a generated page: payload footnotes, captions and front-matter fields."""
    text = page.read_text(encoding="utf-8")
    head, _, body = text[4:].partition("\n---\n")
    front = yaml.safe_load(head)
    front["captions"] = [{"text": p, "line": 1} for p in PAYLOADS[40:]]
    front["url"] = "javascript:__pwned(90)"
    front["author"] = PAYLOADS[0]
    refs = "".join(f"[^e{n}]" for n in range(len(PAYLOADS)))
    notes = "\n\n".join(f"[^e{n}]: {p}" for n, p in enumerate(PAYLOADS))
    body = body.rstrip("\n") + f"\n\nEditor's addition.{refs}\n\n{notes}\n"
    page.write_text("---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n" + body, encoding="utf-8")


@pytest.fixture(scope="module")
def injected(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("injection")
    seeds, rejected = make_injection_briefing(tmp)
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    first = build_briefing(tmp, seeds=seeds, with_index=False, env=env)
    edit_generated_page(tmp / "content" / "sources" / "p000.md")
    second = build_briefing(tmp, seeds=seeds, with_index=False, env=env)
    STATS["injection payloads"] = len(PAYLOADS)
    STATS["injection points"] = 14
    return tmp, first, second, rejected


def test_every_payload_reached_the_site(injected) -> None:
    """Guard against a vacuous pass: the payloads are in the output (escaped), and the unsafe URLs were reported."""
    tmp, first, second, rejected = injected
    site = tmp / "site"
    assert (site / "sources" / "p000.html").is_file() and (site / "extra.html").is_file() and (site / "briefing.html").is_file()
    saved = next(s for s in json.loads((site / "data" / "sources.json").read_text(encoding="utf-8"))["sources"]
                 if s["id"] == "h000")  # the saved web page: its text and metadata carry every payload
    assert sum(p in " ".join(saved["paragraphs"]) for p in PAYLOADS) >= len(PAYLOADS) * 3 // 4 and saved["outlet"] == PAYLOADS[1]
    assert len(list((site / "sources").glob("p*.html"))) == len(PAYLOADS)
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;__pwned(1)&lt;/script&gt;" in home
    for page in ("index.html", "extra.html", "sources/p041.html", "briefing.html"):
        assert "XX{{ 7*7 }}YY" in (site / page).read_text(encoding="utf-8"), page
    errors = [str(d) for d in second.diagnostics if d.severity == "error"]
    assert len([e for e in errors if "sources.yml:" in e and "url must start" in e]) == len(rejected), errors
    assert len([e for e in errors if "p000.md:" in e and "url must start" in e]) == 1, errors  # hand-edited front matter
    assert not any("Traceback" in str(d) for d in second.diagnostics)


def test_oracle1_no_script_handler_or_unsafe_url_in_any_page(injected) -> None:
    tmp = injected[0]
    found = scan_site(tmp / "site")
    STATS["pages scanned"] += len(list((tmp / "site").rglob("*.html")))
    STATS["escapes (parsed)"] += found.count
    assert found.count == 0, found.summary()


def test_oracle1_positive_controls() -> None:
    """The parser oracle catches each kind of escape when it is really there."""
    unsafe = [
        "<script>__pwned(1)</script>", "<img src=x onerror=__pwned(1)>", '<a href="jav&#x09;ascript:x">x</a>',
        '<a href=" \x01javascript:x">x</a>', '<a href="&#106;avascript:x">x</a>', "<a href='vbscript:x'>x</a>",
        "<iframe srcdoc='x'></iframe>", "<form action='javascript:1'></form>", "<img src='https://evil.example/p.png'>",
        "<svg><a xlink:href='javascript:1'>x</a></svg>", "<p>XX49YY</p>", "<title></title><script>1</script>",
        '<script src="https://evil.example/static/site.js"></script>', "<meta http-equiv=refresh content='0;url=x'>",
    ]
    for html in unsafe:
        assert scan_html(f"<!doctype html><title>t</title><body>{html}").count >= 1, html
    ours = '<!doctype html><title>t</title><body><p>XX{{ 7*7 }}YY &lt;script&gt;</p><script src="../static/site.js" defer></script>'
    assert scan_html(ours).count == 0
    assert url_scheme("  java\tscript:x") == "javascript" and url_scheme("sources/x.html") is None


def test_oracle1_catches_a_build_through_an_unsafe_renderer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Positive control through the whole pipeline: raw HTML on and no link validation must be caught."""
    import sourcebrief.markdown as markdown

    def unsafe_markdown():
        md = markdown.MarkdownIt("commonmark", {"html": True})
        md.use(markdown.front_matter_plugin).use(markdown.footnote_plugin).use(markdown.attrs_plugin, spans=True)
        md.validateLink = lambda url: True
        return md

    monkeypatch.setattr("sourcebrief.render.create_markdown", unsafe_markdown)
    monkeypatch.setattr(markdown, "_sanitise", lambda token, links: None)
    content = tmp_path / "content"
    content.mkdir()
    (content / "index.md").write_text("---\ntitle: t\n---\n" + "\n\n".join(PAYLOADS[:12] + PAYLOADS[44:58]) + "\n")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(_seed_text(0))
    build_briefing(tmp_path, seeds=seeds, with_index=False)
    found = scan_site(tmp_path / "site")
    assert len(found.scripts) >= 1 and len(found.handlers) >= 1 and len(found.urls) >= 1, found.summary()


# --- oracle 2: a real browser ------------------------------------------------------------------

HOOK = """
window.__calls = [];
window.__pwned = (n) => window.__calls.push('pwned:' + n);
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  const original = window[name];
  window[name] = (n) => { window.__calls.push(name + ':' + n); };
}
document.addEventListener('securitypolicyviolation',
  (e) => window.__calls.push('csp:' + e.violatedDirective + ':' + e.blockedURI), true);
"""

POKE = """
(limit) => {
  // A click (or one bubbling from a child) on a link to another file would leave the page:
  // stop only those; javascript:, data: and in-page links are followed for real.
  window.addEventListener('click', (e) => {
    const link = e.target.closest && e.target.closest('a[href]');
    if (link && !link.getAttribute('href').startsWith('#') && /^(file|https?|mailto):/.test(link.href)) e.preventDefault();
  }, true);
  const elements = Array.from(document.querySelectorAll('a, time, span, div, p, sup, li, figcaption, h1, button, img')).slice(0, limit);
  const events = ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'pointerover', 'pointerdown',
                  'focus', 'focusin', 'blur', 'keydown', 'toggle', 'animationstart'];
  for (const el of elements) {
    for (const type of events) el.dispatchEvent(new Event(type, {bubbles: true}));
    try { el.focus(); } catch (e) {}
    el.click();
  }
  return elements.length;
}
"""


def _visit(context, url: str, limit: int = 250) -> tuple[list[str], int]:
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(f"dialog:{d.message}"), d.dismiss()))
    page.goto(url, wait_until="load")
    poked = page.evaluate(POKE, limit)
    # Real pointer moves over the first elements (the JS pass above dispatched events to all).
    centres = page.evaluate("""() => Array.from(document.querySelectorAll('a, time, span')).slice(0, 40)
        .map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.bottom > 0 && r.top < innerHeight)
        .map((r) => [r.left + r.width / 2, r.top + r.height / 2])""")
    for x, y in centres:
        page.mouse.move(x, y)
    page.wait_for_timeout(30)
    if page.url.split("#")[0] != url.split("#")[0]:
        dialogs.append(f"navigated to {page.url}")
        calls = []
    else:
        calls = page.evaluate("window.__calls")
    page.close()
    return calls + dialogs, poked


def _run_browser(browser, urls: list[str], allowed_prefix: str, limit: int = 250) -> tuple[list[str], list[str], int]:
    hits, outside, poked = [], [], 0
    context = browser.new_context()
    context.add_init_script(HOOK)
    context.on("request", lambda r: outside.append(r.url) if not (r.url.startswith(allowed_prefix) or r.url.startswith(("data:", "about:"))) else None)
    for url in urls:
        calls, count = _visit(context, url, limit)
        poked += count
        hits += [f"{url}: {c}" for c in calls]
    context.close()
    return hits, outside, poked


@pytest.mark.browser
def test_oracle2_browser_runs_no_payload(injected, browser) -> None:
    site = (injected[0] / "site").resolve()
    # briefing.html holds every page (all source pages included), so it gets a larger poke budget;
    # of the separate source pages every eighth is opened, p000 (hand-edited) among them.
    pages = [site / "index.html", site / "extra.html", site / "sources.html"]
    pages += sorted((site / "sources").glob("p*.html"))[::8]
    hits, outside, poked = _run_browser(browser, [p.as_uri() for p in pages], site.as_uri())
    more_hits, more_outside, more = _run_browser(browser, [(site / "briefing.html").as_uri()], site.as_uri(), limit=4000)
    hits, outside, poked, pages = hits + more_hits, outside + more_outside, poked + more, pages + [site / "briefing.html"]
    STATS["browser pages"] += len(pages)
    STATS["browser elements poked"] += poked
    STATS["escapes (browser)"] += len(hits) + len(outside)
    assert poked > 5000
    assert hits == [] and outside == [], (hits[:10], outside[:10])


@pytest.mark.browser
def test_oracle2_positive_control(tmp_path: Path, browser) -> None:
    """The browser oracle sees a handler run, a dialog, a CSP block and a request to another host."""
    (tmp_path / "open.html").write_text("<!doctype html><title>t</title><img src=x onerror=__pwned(1)>"
                                        "<a id=a href='javascript:alert(2)'>x</a><span onmouseover=__pwned(3)>s</span>")
    (tmp_path / "csp.html").write_text("<!doctype html><meta http-equiv='Content-Security-Policy' content=\"script-src 'self'\">"
                                       "<title>t</title><img src=x onerror=__pwned(1)><img src='http://127.0.0.1:9/p.png'>")
    hits, outside, _ = _run_browser(browser, [(tmp_path / "open.html").as_uri(), (tmp_path / "csp.html").as_uri()], tmp_path.as_uri())
    assert any("pwned:1" in h for h in hits) and any("pwned:3" in h for h in hits)
    assert any("alert:2" in h or "dialog" in h for h in hits)
    assert any(" csp:" in h for h in hits)
    assert any("127.0.0.1" in u for u in outside)


# --- 8. conformance and properties -------------------------------------------------------------

SPEC = FIXTURES / "commonmark_spec.json"
EXPECTED_DIFFERENCES = FIXTURES / "commonmark_expected_differences.json"


def _normalise(html: str) -> str:
    """Our renderer writes HTML5 void tags (``<hr>``) and adds rel= to external links: not differences."""
    html = html.replace(' rel="noopener noreferrer"', "")
    html = re.sub(r"<(hr|br|img[^>]*)>", r"<\1 />", html)
    return html.replace("<blockquote></blockquote>", "<blockquote>\n</blockquote>")


def spec_differences() -> dict[int, str]:
    """Spec examples whose output under our renderer differs from the reference, with the reason."""
    md = create_markdown()
    links = LinkContext(target="page.html", entity_cards={})
    differences = {}
    for entry in json.loads(SPEC.read_text(encoding="utf-8")):
        ours = _normalise(render_markdown(md, entry["markdown"], links))
        if ours != entry["html"]:
            differences[entry["example"]] = entry["section"]
    return differences


def test_commonmark_spec_examples_match_except_pinned_differences() -> None:
    """Every CommonMark example renders as the spec says, except those pinned with a reason."""
    pinned = {int(k): v for k, v in json.loads(EXPECTED_DIFFERENCES.read_text(encoding="utf-8"))["examples"].items()}
    found = spec_differences()
    STATS["commonmark examples"] = len(json.loads(SPEC.read_text(encoding="utf-8")))
    STATS["commonmark pinned differences"] = len(pinned)
    unexpected = {n: s for n, s in found.items() if n not in pinned}
    fixed = sorted(set(pinned) - set(found))
    assert unexpected == {} and fixed == [], f"new differences {unexpected}; no longer different {fixed}"


def test_pinned_differences_are_only_raw_html_or_unsafe_links() -> None:
    """Each pinned difference is explained: the spec output has raw HTML or a link we refuse."""
    pinned = json.loads(EXPECTED_DIFFERENCES.read_text(encoding="utf-8"))["examples"]
    assert set(pinned.values()) <= {"raw HTML is off", "unsafe link scheme removed", "front matter plugin syntax",
                                    "relative .md link points at the .html page"}


_ALPHABET = st.sampled_from(list("ab <>&\"'`*_[](){}#!:\\-=|~^.\n\t") + ["javascript:", "{{ 7*7 }}", "</script>",
                                                                      "[^1]", "{#x onclick=__pwned(1)}", "<script>", "\u2028", "é"])
TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=TEXT, index=TEXT)
def test_property_random_text_through_the_pipeline(tmp_path_factory: pytest.TempPathFactory, body: str, index: str) -> None:
    """Any text as a seed body and as content/index.md: only our own error reporting, and oracle 1 holds."""
    tmp = tmp_path_factory.mktemp("prop")
    seeds = tmp / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(f"Random headline for testing\n\n{body}\n\nA steady second paragraph that is long enough to keep.\n", encoding="utf-8")
    (seeds / "b.txt").write_text(_seed_text(0), encoding="utf-8")
    (tmp / "content").mkdir()
    (tmp / "content" / "index.md").write_text(index, encoding="utf-8")
    result = build_briefing(tmp, seeds=seeds, with_index=False)
    assert all(re.match(r"^.+:\d+: (error|warning): ", str(d)) for d in result.diagnostics)
    found = scan_site(tmp / "site")
    STATS["property cases"] += 1
    assert found.count == 0, found.summary()
    shutil.rmtree(tmp, ignore_errors=True)
