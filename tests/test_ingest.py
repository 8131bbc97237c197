"""Reading seeds and sources.yml: encodings, bad files and bad metadata give one clear error each."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from sourcebrief.sources_yml import load_sources_yml
from conftest import fixture_cases
from sourcebrief.ingest import read_seed, seed_paths

TEXT = "Headline here\n\nThe minister said on Monday that talks would go on.\n"


@pytest.mark.parametrize("data,warning", [
    (TEXT.encode("utf-8"), False),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), False),
    (TEXT.replace("\n", "\r\n").encode("utf-8"), False),
    (TEXT.replace("\n", "\r").encode("utf-8"), False),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), False),
    ((TEXT + "Caf\xe9 owners agreed.\n").encode("latin-1"), True),
])
def test_text_encodings_decode(tmp_path: Path, data: bytes, warning: bool) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    raw, problems = read_seed(path)
    assert raw is not None
    assert raw.text.startswith("Headline here\n\nThe minister said")
    assert "\r" not in raw.text
    assert [p.severity for p in problems] == (["warning"] if warning else [])
    if warning:
        assert "Café" in raw.text and "a.txt:4:" in str(problems[0])


@pytest.mark.parametrize("data,message,line", [
    (b"", "empty", 1),
    (b"  \n\n ", "empty", 1),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary", 1),
    (b"line one\nline two\x00\x01\x02", "NUL", 2),
    (bytes(range(1, 9)) * 50, "binary", 1),
])
def test_bad_files_are_one_error(tmp_path: Path, data: bytes, message: str, line: int) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    raw, problems = read_seed(path)
    assert raw is None
    assert len(problems) == 1 and problems[0].severity == "error"
    assert message in problems[0].message and problems[0].line == line
    assert str(problems[0]).startswith(f"{path}:{line}: error: ")


def test_seed_paths_sorted_and_filtered(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "d.html", ".hidden.txt", "notes.yml", "c d.txt"]:
        (tmp_path / name).write_text(TEXT)
    paths, problems = seed_paths(tmp_path)
    assert [p.name for p in paths] == ["a.md", "b.txt", "d.html"]
    assert len(problems) == 1 and "c d.txt" in problems[0].path


def test_seed_symlink_out_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(TEXT)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "link.txt").symlink_to(outside)
    paths, problems = seed_paths(seeds)
    assert paths == [] and "outside" in problems[0].message


@pytest.mark.parametrize("yml,line,message", [
    ("a:\n  outlet: X\nzzz:\n  outlet: Y\n", 3, "unknown source id 'zzz'"),
    ("a:\n  outlet: X\n  publisher: Y\n", 3, "unknown key 'publisher'"),
    ("a:\n  published: 2024-13-01\n", 2, "bad date"),
    ("a:\n  published: Feb 8 2024\n", 2, "bad date"),
    ("a:\n  url: javascript:alert(1)\n", 2, "url must start"),
    ("a:\n\toutlet: X\n", 2, "invalid YAML"),
    ("a:\n  outlet: [X\n", 3, "invalid YAML"),
    ("a:\n  outlet: X\n  outlet: Y\n", 3, "duplicate key"),
    ("a: !!python/object:os.system {}\n", 1, "tag"),
    ("a: &x\n  outlet: X\nb: *x\n", 3, "aliases"),
    ("- a\n- b\n", 1, "must map"),
])
def test_sources_yml_errors_name_the_line(tmp_path: Path, yml: str, line: int, message: str) -> None:
    path = tmp_path / "sources.yml"
    path.write_text(yml)
    _, problems = load_sources_yml(path, {"a", "b"})
    assert len(problems) == 1, problems
    assert problems[0].line == line and message in problems[0].message


def test_sources_yml_valid(tmp_path: Path) -> None:
    path = tmp_path / "sources.yml"
    path.write_text("a:\n  outlet: The  Paper\n  published: 2024-02-07\n  url: https://example.org/x\nb:\n")
    metas, problems = load_sources_yml(path, {"a", "b"})
    assert problems == []
    assert metas["a"].outlet == "The Paper" and metas["a"].published.isoformat() == "2024-02-07"
    assert metas["b"].outlet is None


def test_sources_yml_takes_a_seed_file_name_as_its_id(tmp_path: Path) -> None:
    path = tmp_path / "sources.yml"
    path.write_text("a.txt:\n  outlet: Alpha\nb.md:\n  outlet: Beta\nc.txt:\n  outlet: Gamma\n")
    metas, problems = load_sources_yml(path, {"a", "b"})
    assert metas["a"].outlet == "Alpha" and metas["b"].outlet == "Beta"
    assert [p.line for p in problems] == [5] and "unknown source id 'c.txt'" in problems[0].message


@pytest.mark.parametrize("title,text,expected", fixture_cases("markdown_seeds.md"))
def test_markdown_seed_reads_as_plain_text_line_for_line(title: str, text: str, expected: str) -> None:
    from sourcebrief.seed_markdown import plain_text

    plain, _, problems = plain_text(text, "a.md")
    assert plain == expected, title
    assert plain.count("\n") == text.count("\n")
    assert not problems


def test_markdown_front_matter_gives_outlet_and_url_below_sources_yml(tmp_path: Path) -> None:
    from sourcebrief.model import SourceMeta

    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Headline here\noutlet: The Standard\nurl: https://example.com/a\ndate: soon\n---\n"
                    "The minister said on Monday that talks would go on.\n", encoding="utf-8")
    raw, problems = read_seed(path)
    assert (raw.meta.outlet, raw.meta.outlet_from, raw.meta.url) == ("The Standard", "front matter", "https://example.com/a")
    assert [(p.line, p.severity) for p in problems] == [(5, "warning")] and "not a date" in problems[0].message
    raw, _ = read_seed(path, SourceMeta(outlet="Daily Nation"))
    assert (raw.meta.outlet, raw.meta.outlet_from) == ("Daily Nation", "sources.yml")


def test_html_character_references_are_decoded_without_moving_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Headline here\n\nNAIROBI &mdash; the city&#8217;s homes&#10;flooded, said &ldquo;officials&rdquo; &amp; AT&T.\n",
                    encoding="utf-8")
    raw, _ = read_seed(path)
    assert raw.text == "Headline here\n\nNAIROBI — the city’s homes flooded, said “officials” & AT&T.\n"


SAVED_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Toyota halts plants | Nikkei Asia</title>
<meta property="og:site_name" content="Nikkei Asia"><meta name="author" content="Yuki Tanaka">
<meta property="article:published_time" content="2024-01-04T09:30:00+09:00">
<link rel="canonical" href="https://asia.example.com/toyota"><script>track("<p>not text</p>")</script></head>
<body><nav><a href="/">Home</a> <a href="/login">Log in</a></nav><article><h1>Toyota halts plants after quake</h1>
<p>TOKYO -- Toyota Motor will suspend operations at three plants from Thursday after the earthquake on Monday.</p>
<p>The automaker said the stoppage would affect about 10,000 vehicles, and production would resume next week.</p>
</article><footer>Copyright 2024 Nikkei Inc.</footer></body></html>"""


def test_a_saved_web_page_is_a_seed_read_as_sourcebrief_add_imports_it(tmp_path: Path) -> None:
    from sourcebrief.clean import clean
    from sourcebrief.model import SourceMeta

    path = tmp_path / "nikkei.html"
    path.write_text(SAVED_PAGE, encoding="utf-8")
    raw, problems = read_seed(path)
    assert problems == [] and "<" not in raw.text and "track(" not in raw.text
    assert (raw.meta.outlet, raw.meta.outlet_from, raw.meta.url) == ("Nikkei Asia", "page metadata",
                                                                     "https://asia.example.com/toyota")
    article = clean(raw)[0]
    assert (article.title, article.published.isoformat(), article.author) == (
        "Toyota halts plants after quake", "2024-01-04", "Yuki Tanaka")
    assert article.paragraphs[0].text.startswith("Toyota Motor will suspend operations")
    raw, _ = read_seed(path, SourceMeta(outlet="Nikkei"))
    assert (raw.meta.outlet, raw.meta.outlet_from) == ("Nikkei", "sources.yml")


def test_a_saved_page_without_article_text_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Log in</title></head><body><script>x()</script></body></html>", encoding="utf-8")
    raw, problems = read_seed(path)
    assert raw is None and [(p.line, p.message) for p in problems] == [(1, "no article text found in the page; skipped")]


def test_an_image_saved_as_html_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "photo.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    raw, problems = read_seed(path)
    assert raw is None and [(p.line, p.message) for p in problems] == [
        (1, "file is an image or other binary file, not a saved web page; skipped")]


@pytest.mark.parametrize("field,expected", [
    ("Marcus Lee; Priya Natarajan; Published Wednesday; August", "Marcus Lee and Priya Natarajan"),
    ("Rachel Moore; Business reporter", "Rachel Moore"),
    ("A Smith; B Jones; C Brown", "A Smith, B Jones and C Brown"),
    ("Published Monday; March", ""),
    ("Jane Doe", "Jane Doe"),
])
def test_a_saved_pages_author_field_keeps_only_the_writers_names(field: str, expected: str) -> None:
    from sourcebrief.importer import author_names

    assert author_names(field) == expected



BYLINED_PAGE = """<html><head><title>Ridgeline Fire destroys 41 homes | The Cascade Herald</title></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav><article><h1>Ridgeline Fire destroys 41 homes</h1>
<p class="byline">By Marcus Lee and Priya Natarajan | Published Wednesday, August 13, 2025 at 7:40 a.m.</p>
<p>SISTERS — The Ridgeline Fire has destroyed 41 homes and damaged 17 more, county officials said Tuesday.</p>
<p>The fire, which ignited Saturday along Highway 20, had grown to 24,300 acres by Wednesday morning.</p>
</article></body></html>"""


def test_a_saved_pages_date_in_its_byline_element_is_read_when_its_metadata_has_none(tmp_path: Path) -> None:
    from sourcebrief.clean import clean

    path = tmp_path / "herald.html"
    path.write_text(BYLINED_PAGE, encoding="utf-8")
    raw, _ = read_seed(path)
    article = clean(raw)[0]
    assert (article.published.isoformat(), article.author) == ("2025-08-13", "Marcus Lee and Priya Natarajan")


def test_a_saved_live_blogs_entry_times_are_kept_and_its_entries_all_read() -> None:
    from conftest import FIXTURES
    from sourcebrief.clean import clean

    raw, problems = read_seed(FIXTURES / "saved" / "live-blog.html")
    assert problems == []
    assert "10.42 GMT — The Electricity Supply Board said 715,000 homes" in raw.text  # the time trafilatura dropped
    assert "09.15 GMT — Gust of 114mph recorded in County Galway" in raw.text  # a heading precision mode dropped
    article = clean(raw)[0]
    body = [p.text for p in article.paragraphs]
    assert "Gust of 114mph recorded in County Galway" in body and not any("GMT" in text for text in body)
    assert body[0].startswith("Almost 700,000 homes") and article.published.isoformat() == "2025-01-24"


TEASER_PAGE = """<html lang="en"><head><title>Merz backs EU countermeasures – DW</title>
<meta property="og:site_name" content="Deutsche Welle"></head><body><header><a href="/">DW</a><nav><a href="/en/world">World</a>
</nav></header><main><article><h1>Merz backs EU countermeasures to US steel tariffs</h1>
<p class="teaser">The likely next chancellor said Europe must respond "firmly" to Washington's levies on steel.</p>
<time datetime="2025-03-12T14:21:00.000Z">03/12/2025</time><div class="rich-text">
<p>Germany's conservative leader Friedrich Merz on Wednesday backed the European Union's plan to impose counter-tariffs.</p>
<p>"We will respond firmly but proportionately," Merz told reporters in Berlin.</p></div></article></main></body></html>"""


def test_a_saved_pages_standfirst_is_kept(tmp_path: Path) -> None:
    from sourcebrief.clean import clean

    path = tmp_path / "dw.html"
    path.write_text(TEASER_PAGE, encoding="utf-8")
    raw, _ = read_seed(path)
    body = [p.text for p in clean(raw)[0].paragraphs]
    assert body[0].startswith("The likely next chancellor said Europe must respond") and len(body) == 3


PREFORMATTED_PAGE = """<html lang="en"><head><title>Area Forecast Discussion</title></head><body><div class="nav"><ul>
<li>Home</li><li>Forecast</li><li>Past Weather</li><li>Safety</li><li>About</li></ul></div><main>
<h1>Area Forecast Discussion</h1><pre>
FXUS64 KOUN 130345
National Weather Service Norman OK
1045 PM CDT Wed Mar 12 2025

Extremely critical fire weather conditions are expected across much
of the area on Friday, with gusts near 60 mph possible in the west.
</pre></main></body></html>"""


def test_a_saved_pages_preformatted_text_has_its_hard_wraps_joined_and_its_menu_dropped(tmp_path: Path) -> None:
    from sourcebrief.clean import clean

    path = tmp_path / "afd.html"
    path.write_text(PREFORMATTED_PAGE, encoding="utf-8")
    raw, _ = read_seed(path)
    article = clean(raw)[0]
    assert [p.text for p in article.paragraphs] == [
        "Extremely critical fire weather conditions are expected across much of the area on Friday, with gusts near "
        "60 mph possible in the west."]
    assert article.outlet == "National Weather Service"


SITE_NAMED_PAGE = """<html lang="en"><head><title>Greek Shipping Firms Halt Red Sea Transits | Asharq AL-awsat</title>
<meta property="og:site_name" content="Asharq AL-awsat"></head><body><article>
<h1>Greek Shipping Firms Halt Red Sea Transits After Two Ships Sunk</h1><time datetime="2025-07-11T08:20:00+03:00">Friday,
11 July, 2025</time><p>Several Greek shipping companies have suspended transits through the Red Sea after Houthi militants
sank two Greek-operated bulk carriers this week, industry sources said on Thursday.</p>
<p>The Magic Seas sank on Sunday after it was hit by drone boats and missiles, the EU mission Aspides said.</p>
</article></body></html>"""


@pytest.mark.parametrize("given,expected", [("Asharq AL-awsat", "Asharq Al-Awsat"), ("the times of india", "The Times of India"),
                                            ("BBC", "BBC"), ("Harbour Gazette", "Harbour Gazette")])
def test_a_saved_pages_site_name_is_spelled_as_the_known_outlet(given: str, expected: str) -> None:
    from sourcebrief.importer import site_name

    assert site_name(given) == expected


def test_a_saved_pages_site_name_in_odd_capitals_is_the_known_outlet(tmp_path: Path) -> None:
    path = tmp_path / "asharq.html"
    path.write_text(SITE_NAMED_PAGE, encoding="utf-8")
    raw, _ = read_seed(path)
    assert raw.meta.outlet == "Asharq Al-Awsat"


STAMP_PLACE_PAGE = """<html lang="en"><head><title>Yoon faces impeachment push | The Hindu</title>
<meta property="article:published_time" content="2024-12-04T13:41:00+05:30"></head><body><article>
<h1>Yoon faces impeachment push after reversing decree</h1>
<div class="update-publish-time"><p>Published - December 04, 2024 01:41 pm IST - SEOUL</p></div>
<p>South Korea's opposition parties on Wednesday submitted a motion to impeach President Yoon Suk Yeol, after his
short-lived declaration of martial law plunged the country into its deepest political crisis in decades.</p>
<p>The motion could be put to a vote as early as Friday, lawmakers said.</p>
</article></body></html>"""


def test_a_saved_pages_stamp_gives_its_dateline(tmp_path: Path) -> None:
    from sourcebrief.clean import clean

    path = tmp_path / "hindu.html"
    path.write_text(STAMP_PLACE_PAGE, encoding="utf-8")
    raw, _ = read_seed(path)
    article = clean(raw)[0]
    assert (article.dateline, article.published.isoformat()) == ("SEOUL", "2024-12-04")


SITE_AS_AUTHOR_PAGE = """<!doctype html><html amp lang="en"><head><title>NEMA says 147 killed in tanker explosion</title>
<meta property="og:site_name" content="Harbour Television">
<meta property="article:published_time" content="2024-10-17T11:24:08+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"NEMA says 147
killed in tanker explosion","author":{"@type":"Person","name":"Harbour Television"}}</script></head><body><article>
<h1>NEMA says 147 killed in tanker explosion</h1><div class="meta"><span class="author">By Harbour Television</span></div>
<p>The National Emergency Management Agency says 147 people died in the tanker explosion in Majiya, Jigawa State.</p>
<p>The agency's director-general said 70 of the victims were still in hospital, some in a critical condition.</p>
</article></body></html>"""


def test_a_saved_pages_site_name_in_its_author_field_is_no_writer(tmp_path: Path) -> None:
    """An AMP page's author field that is its own site's name ("By Channels Television") names no writer."""
    path = tmp_path / "amp.html"
    path.write_text(SITE_AS_AUTHOR_PAGE, encoding="utf-8")
    raw, _ = read_seed(path)
    assert raw.meta.outlet == "Harbour Television" and raw.meta.author is None
