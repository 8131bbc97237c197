"""How long the offline briefing takes to open in headless Chromium: ``python benchmarks/open_briefing.py SITE [...]``.

For each built site folder: the size of ``briefing.html``, and the seconds from navigation to the load event with
the page's script on and off, best of ``--runs``. Prints figures only (no assertion): build a big briefing first,
e.g. ``python build.py --seeds <1,000 articles from corpus.py> --out /tmp/big``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def open_seconds(browser, path: Path, script: bool) -> float:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=script)
    page = context.new_page()
    start = time.perf_counter()
    page.goto(path.resolve().as_uri(), wait_until="load", timeout=600_000)
    if script:
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))")
    seconds = time.perf_counter() - start
    context.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sites", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    options = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=options.chromium, args=ARGS)
        for site in options.sites:
            path = site / "briefing.html"
            with_script = min(open_seconds(browser, path, True) for _ in range(options.runs))
            without = min(open_seconds(browser, path, False) for _ in range(options.runs))
            print(f"{site}: briefing.html {path.stat().st_size / 1e6:.1f} MB, opens in {with_script:.2f} s "
                  f"(script off: {without:.2f} s)")
        browser.close()


if __name__ == "__main__":
    main()
