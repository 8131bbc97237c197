"""Citations (BibTeX, CSL-JSON) and the Atom feed and sitemap: well formed, escaped, complete."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from sourcebrief.citing import all_bibtex, all_csl, bibtex_escape, source_bibtex
from sourcebrief.feeds import atom_feed, sitemap
from sourcebrief.model import Article, Line

ARTICLES = [
    Article("a_1", "a_1.txt", "Rates {held} at 5% & steady", (Line("The bank held rates.", 3),),
            outlet="The Paper", published=dt.date(2024, 3, 1), author="Jo Doe", url="https://example.org/a?x=1&y=2"),
    Article("b~2", "b.txt", "Undated <story>", (Line("Something happened.", 3),)),
]


def test_bibtex_balanced_and_escaped() -> None:
    text = all_bibtex("Briefing on rates", "2024-03-02", ARTICLES)
    assert text.count("{") - text.count("\\{") == text.count("}") - text.count("\\}")
    assert "@misc{briefing," in text and "@article{a_1," in text and "@article{b-2," in text
    assert r"Rates \{held\} at 5\% \& steady" in source_bibtex(ARTICLES[0])
    assert bibtex_escape("a\\b~c^d") == r"a\textbackslash{}b\textasciitilde{}c\textasciicircum{}d"


def test_csl_json_items() -> None:
    items = all_csl("Briefing on rates", "2024-03-02", ARTICLES)
    assert items[0]["id"] == "briefing" and items[0]["issued"] == {"date-parts": [[2024, 3, 2]]}
    assert items[1]["type"] == "article-newspaper" and items[1]["container-title"] == "The Paper"
    assert items[1]["author"] == [{"literal": "Jo Doe"}] and items[1]["URL"].startswith("https://")
    assert "issued" not in items[2]


def test_atom_feed_is_valid_xml_newest_first() -> None:
    root = ET.fromstring(atom_feed("Rates & more", "2024-03-02", ARTICLES))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.find("a:title", ns).text == "Rates & more"
    entries = root.findall("a:entry", ns)
    assert [e.find("a:title", ns).text for e in entries] == ["Rates {held} at 5% & steady", "Undated <story>"]
    assert all(e.find("a:id", ns).text.startswith("tag:sourcebrief,") for e in entries)
    assert entries[0].find("a:link", ns).get("href") == "sources/a_1.html"


def test_sitemap_lists_absolute_urls() -> None:
    root = ET.fromstring(sitemap("https://briefing.example.org/", ["index.html", "sources/a&b.html"]))
    locs = [el.text for el in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locs == ["https://briefing.example.org/index.html", "https://briefing.example.org/sources/a&b.html"]
