"""The client-side search index: what it holds, that it is lean and deterministic, and safe to embed."""

from __future__ import annotations

import json

from sourcebrief.render import RenderedPage
from sourcebrief.search import index_json, index_script, search_index

SOURCE = """<html><body><header class="masthead"><p>Masthead text</p></header><main id="main"><article>
<header class="page-header"><p class="kicker">Rudaw</p><h1>Talks &amp; <em>troops</em></h1></header>
<div class="prose">
<p id="p1">Blinken met Hussein.<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup></p>
<p id="p2">Same words.</p><p id="p3">Same words.</p>
<section class="footnotes"><ol><li id="fn1"><p>Note text</p></li></ol></section>
</div></article></main></body></html>"""

FACTS = """<html><body><main><h1>Key facts</h1><div class="prose"><p>Intro without id.</p>
<p id="fact-1" class="fact"><span class="badge">3 outlets</span> <strong>The US has 2,500 troops</strong></p>
<ul><li>quoted source line (no id)</li></ul>
<div data-search="entity" id="x"><p>Alias &lt;/script&gt; <b>bold</b></p></div></div></main></body></html>"""


def pages() -> list[RenderedPage]:
    return [RenderedPage("facts", "facts.html", FACTS), RenderedPage("sources/a.md", "sources/a.html", SOURCE)]


def test_index_holds_titles_and_addressable_blocks_only() -> None:
    index = search_index(pages())
    assert index["pages"] == [["facts.html", "Key facts", "page"], ["sources/a.html", "Talks & troops", "source"]]
    assert index["items"] == [
        [0, "", "passage", "Intro without id."],
        [0, "fact-1", "fact", "The US has 2,500 troops"],
        [0, "x", "entity", "Alias </script> bold"],
        [1, "p1", "passage", "Blinken met Hussein."],
        [1, "p2", "passage", "Same words."],
    ]


def test_index_is_deterministic_whatever_the_page_order() -> None:
    assert search_index(pages()) == search_index(list(reversed(pages())))


def test_index_json_is_safe_inside_a_script_element() -> None:
    text = index_json(search_index(pages()))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == search_index(pages())
    script = index_script(search_index(pages()))
    assert script.startswith("window.SOURCEBRIEF_SEARCH = {") and script.endswith(";\n")
