"""Generated pages' front matter is written by libyaml's emitter (yamlsafe.dump) and read back by split_front_matter:
any title, outlet or list an article can carry must come back exactly as it went in."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from sourcebrief.pages import GeneratedPage, page_text, split_front_matter, text_and_page

# Text as scraped pages give it: any character but the surrogates, which UTF-8 files cannot hold.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)
VALUE = st.one_of(TEXT, st.integers(), st.booleans(), st.none(), st.lists(TEXT, max_size=4))


@settings(max_examples=300, deadline=None)
@given(front=st.dictionaries(st.from_regex(r"[a-z_]{1,12}", fullmatch=True), VALUE, max_size=6),
       body=st.text(max_size=200))
def test_front_matter_round_trips(front: dict, body: str) -> None:
    front.pop("generated", None)
    text = page_text(GeneratedPage("sources/x.md", front, body))
    page = split_front_matter(text, "sources/x.md")
    assert {k: v for k, v in page.front.items() if k != "generated"} == front
    assert page.body == body
    assert text_and_page(GeneratedPage("sources/x.md", front, body)) == (text, page)  # read_content takes it as it is


def test_characters_outside_the_basic_plane_and_line_separators() -> None:
    front = {"title": "Strikes 😀 in \u2028 Gaza\x85 “quoted” ’s", "outlet": "\ufeffBOM"}
    page = split_front_matter(page_text(GeneratedPage("sources/x.md", front, "Body\n")), "sources/x.md")
    assert page.front["title"] == front["title"] and page.front["outlet"] == front["outlet"]
