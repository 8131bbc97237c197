"""The search index's fast reading of pages (search._scan): the very calls HTMLParser gives (but inside elements the
collector ignores, which it may pass over), so the very index.

Where the fast path does not read a page for sure, HTMLParser does; either way the index must not change by a byte.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcebrief import search
from sourcebrief.render import RenderedPage
from sourcebrief.search import _scan, search_index


class Calls(HTMLParser):
    """What a collector is given: start tags with their attributes, end tags, text (adjacent pieces joined)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.calls: list[tuple] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.calls.append(("start", tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        self.calls.append(("end", tag))

    def handle_data(self, data: str) -> None:
        if self.calls and self.calls[-1][0] == "data":
            self.calls[-1] = ("data", self.calls[-1][1] + data)
        else:
            self.calls.append(("data", data))


def read_both(html: str) -> tuple[bool, list, list]:
    """(whether the fast path reads ``html``, its calls, HTMLParser's calls)."""
    fast, slow = Calls(), Calls()
    taken = _scan(fast, html)
    slow.feed(html)
    slow.close()
    return taken, fast.calls, slow.calls


def slow_index(pages: list[RenderedPage]) -> dict:
    """search_index as it was: every page through HTMLParser."""
    with mock.patch.object(search, "_scan", return_value=False):
        return search_index(pages)


def read_alike(html: str, target: str = "page.html") -> bool:
    """Whether the fast path reads ``html``; asserts that it gives what HTMLParser gives, calls and index."""
    taken, fast, slow = read_both(html)
    if taken:
        assert fast == slow
    pages = [RenderedPage("x", target, html)]
    assert search_index(pages) == slow_index(pages)
    return taken


def site_pages(site: Path) -> list[RenderedPage]:
    return [RenderedPage(p.as_posix(), p.relative_to(site).as_posix(), p.read_text(encoding="utf-8"))
            for p in sorted(site.rglob("*.html"))]


def test_every_page_of_the_default_briefing_is_read_fast_and_alike(default_briefing: Path) -> None:
    pages = site_pages(default_briefing / "site")
    assert len(pages) > 20
    for page in pages:
        taken, fast, slow = read_both(page.html)
        assert taken, f"{page.target} is read by HTMLParser: our layouts left what the fast path reads"
        assert fast == slow, page.target
    website = [p for p in pages if p.target != "briefing.html"]
    assert search_index(website) == slow_index(website)
    assert [search_index([p]) for p in website] == [slow_index([p]) for p in website]


def test_the_footnotes_of_source_pages_are_passed_over(default_briefing: Path) -> None:
    """They are most of a source page and nothing in them is indexed: _scan does not read them tag by tag."""
    pages = [p for p in site_pages(default_briefing / "site") if p.target.startswith("sources/")]
    passed: list[str] = []

    def skipped(html: str, pos: int, tag: str):
        after = real(html, pos, tag)
        if after is not None:
            passed.append(html[html.rfind("<", 0, pos):pos])
        return after

    real = search._skipped_element
    with mock.patch.object(search, "_skipped_element", skipped):
        search_index(pages)
    assert sum('class="footnotes"' in tag for tag in passed) == len(pages)


TRICKY = [
    # implicit closes, and an end tag that closes <main> from inside
    ('<main><ul><li id="a">one<li id="b">two</ul><p id="c">x<div>y</p>z</div></main>', True),
    ('<div><main><h1>T</h1><p id="a">in</div><p id="b">after main</p>', True),
    ('<main><p id="a">x<main><p id="b">y</main>z</p></main><p id="c">w</p>', True),
    # nested skip zones
    ('<main><nav><p id="n">nav<sup>1</sup></p></nav><div class="footnotes x"><p id="f">f<span data-nosearch>z</span>'
     '</p></div><p id="k">keep<sup class="footnote-ref"><a href="#f">1</a></sup> this<table><tr><td id="t">c</td>'
     '</tr></table></p></main>', True),
    ('<main><template><p id="a">x</p></template><header><p id="b">y</p></header><p id="c"><span class="badge">'
     '3</span> z</p></main>', True),
    # references in text and attributes
    ('<main><h1>Tom &amp; Jerry&#x27;s</h1><p id="a&amp;b" data-search="fact" title="&#x27;q&#39; &quot;x&quot;">'
     '&lt;b&gt; &#39;q&#39; &quot;x&quot; caf&eacute; &nbsp;end &amp &notit; &#0; &#xD800;</p></main>', True),
    # <br> in all its spellings, void elements given end tags
    ('<main><p id="a">one<br>two<br/>three<BR />four<img src="x.png" alt="a &amp; b"></img>five</br></p></main>', True),
    # comments, the doctype
    ('<!DOCTYPE html><!-- head --><main><!-- a comment --><p id="a">x<!-- <p id="b">hidden</p> -->y<!---->'
     '</p></main>', True),
    # raw text: not markup, given as it is
    ('<main><p id="a">x<script>if (a</p>) document.write("</p>&amp;")</script>y</p><style>p::after{content:"</p>"}'
     '</style><h1>T<script>var t = "&amp;"</script></h1></main>', True),
    ('<html><head><title>A &amp; B</title><SCRIPT type="module">a<b</SCRIPT></head><body><main><p id="a">x'
     '</p></main></body></html>', True),
    ('<main><textarea>a &amp; b</textarea><iframe src="x"></iframe><p id="a">x</p></main>', True),
    # attributes without values, single quotes, ">" and spaces in values, uppercase, duplicates
    ('<main><p id="a" data-nosearch>no</p><p id="b" hidden>yes</p><p id=\'c\' title=\'x "y" > z\'>q</p>'
     '<p id = "d" id="e">dup</p></main>', True),
    ('<MAIN><H1>Title</H1><P ID="A" CLASS="Badge">x</P><Li Id="b" DATA-SEARCH="event">y</LI><P ID="c" '
     'CLASS="BADGE">z</P></MAIN>', True),
    # self-closing non-void elements are a start tag and an end tag
    ('<main><p id="a">x<span/>y<p/>z<div id="b" data-search="entity"/>w</main>', True),
    ('<main><h1>Only a title</h1></main>text after the last tag &amp; more', True),
    # skip zones passed over unread (search._skipped_element), and those read after all
    ('<main><p id="a">x</p><section class="footnotes"><ol><li id="f"><p>n <a href="#r">back</a></p></li></ol>'
     '<section><p id="g">in</p></section></section><p id="b">y</p></main>', True),
    ('<main><section class="footnotes"><p id="f">one<br>two</p></section><p id="b">y</p></main>', True),
    ('<main><nav><h1>Title in nav</h1></nav><p id="a">x</p></main>', True),
    ('<main><nav><p>x</main><p id="a">after</p>', True),
    ('<main><nav><p>x</div></nav><p id="a">after</p></main>', True),
    ('<main><nav><img src="x.png"></img><hr><main><p id="a">inner</p></main></nav><p id="b">y</p></main>', True),
    ('<main><div class="footnotes"><p id="f" title="a &amp; b">n</p><!-- c --></div><p id="b">y</p></main>', True),
    ('<main><div class="footnotes"><p title="&notit;">n</p></div><p id="b">y</p></main>', False),
    ('<main><div class="footnotes"><p>1 < 2</p></div><p id="b">y</p></main>', False),
    ('<main><p id="a">x<sup class="footnote-ref"><a href="#f">1</a></sup> y</p></main>', True),
    # read by HTMLParser
    ('<main><p id=a>unquoted</p></main>', False),
    ('<main><p id="a">1 < 2 and 3 <4</p></main>', False),
    ('<?xml version="1.0"?><main><p id="a">x</p></main>', False),
    ('<main><p id="a" title="&notit; &ampx">newer Pythons decode this otherwise</p></main>', False),
    ('<main><p id="a" title="a & b">x</p></main>', False),
    ('<main><p id="a">x<script><!-- </script> --></script>y</p></main>', False),
    ('<main><p id="a">x<script>a</script >y</p></main>', False),
    ('<main><p id="a">x<script/>y</p></main>', False),
    ('<main><p id="a">x<script>never closed</p></main>', False),
    ('<main><p id="a">x<!bogus>y<![CDATA[z]]></ p></p></main>', False),
    ('<main><p id="a">x<!-->y<!-- a -- b -->z</p></main>', False),
    ('<main><p id="a">x<!--y--->z</p></main>', False),
    ('<head><title>a<b></title></head><main><p id="a">x</p></main>', False),
    ('<main><iframe>a &amp; b</iframe><p id="a">x</p></main>', False),
    ('<main><p id="a">x<plaintext>y</p></main>', False),
    ('<main><p id="a"class="b">no space</p></main>', False),
    ('<main><p\xa0id="a">x</p></main>', False),
    ('<main><p id="a">x</p foo></main>', False),
    ('<main><p id="a">x</p', False),
]


@pytest.mark.parametrize(("html", "fast"), TRICKY)
@pytest.mark.parametrize("target", ["page.html", "sources/a.html", "facts.html"])
def test_tricky_markup_is_read_alike(html: str, fast: bool, target: str) -> None:
    assert read_alike(html, target) is fast


TAGS = ["main", "h1", "p", "li", "ul", "dd", "td", "table", "div", "span", "a", "sup", "nav", "section", "header",
        "template", "blockquote", "figcaption", "br", "img", "hr", "script", "style", "title", "textarea", "iframe",
        "P", "LI", "Main", "BR", "my-el"]
ATTRS = ['id="x"', "id='y'", 'id=""', 'ID="Z"', 'class="footnotes"', 'class="badge other"', 'class="footnote-ref"',
         'data-search="entity"', 'data-search="fact"', 'data-search=""', 'data-search="odd"', "data-nosearch",
         "hidden", 'title="a &amp; b"', "title=\"&#x27;q&#39;\"", 'title="a > b"', 'id = "s"']
ODD_ATTRS = ['title="&notit;"', "id=u", 'data-x="&"', 'data-x="&amp"']
TEXT = ["word", "Two words", " ", "\n", "&amp;", "&#x27;", "&lt;/p&gt;", "&nbsp;", "caf&eacute;", "&notit;", "&amp",
        "a & b", "x > y", "&#0;", "</p>"]
ODD = ["<", "1 < 2", "<!-- note -->", "<!--x--->", "<!-->", "<!-- a -- b -->", "<!DOCTYPE html>", "<?pi?>",
       "<![CDATA[x]]>", "</ p>", "</>", "<!bogus>", "</p >", "</script >", "<!--"]

start_tags = st.builds(lambda name, attrs, close: "<" + name + "".join(" " + a for a in attrs) + close + ">",
                       st.sampled_from(TAGS), st.lists(st.sampled_from(ATTRS * 4 + ODD_ATTRS), max_size=3),
                       st.sampled_from(["", "", "", "", "/", " /"]))
end_tags = st.sampled_from(TAGS).map(lambda name: f"</{name}>")
pieces = st.one_of(start_tags, start_tags, end_tags, end_tags, st.sampled_from(TEXT), st.sampled_from(TEXT),
                   st.sampled_from(ODD))


@settings(max_examples=300, deadline=None)
@given(html=st.lists(pieces, max_size=30).map("".join),
       target=st.sampled_from(["page.html", "sources/a.html", "chronology.html"]))
def test_random_markup_is_read_alike(html: str, target: str) -> None:
    read_alike(html, target)
