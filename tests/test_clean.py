"""The cleaner's rules, tested as rules on small cases (tests/fixtures/clean.md) and on the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, fixture_cases
from sourcebrief.clean import apply_metadata, clean
from sourcebrief.ingest import read_seed
from sourcebrief.model import RawSource, SourceMeta


@pytest.mark.parametrize("title,text,expected", fixture_cases("clean.md"))
def test_clean_rule(title: str, text: str, expected: str) -> None:
    want = json.loads(expected)
    articles = clean(RawSource(id="case", path="case.txt", text=text.rstrip("\n")))
    first = articles[0]
    body = [p.text for p in first.paragraphs]
    got = {
        "title": first.title,
        "paragraphs": body,
        "captions": [c.text for c in first.captions],
        "headings": [h.text for h in first.headings],
        "removed": [[r.line, r.reason] for r in first.removed],
        "stories": [a.title for a in articles],
        "published": first.published.isoformat() if first.published else None,
        "dateline": first.dateline,
        "author": first.author,
        "outlet": first.outlet,
    }
    for key in want.keys() - {"must_keep", "must_drop"}:
        assert got[key] == want[key], f"{key} differs"
    joined = "\n".join(body)
    for needle in want.get("must_keep", []):
        assert needle in joined
    for needle in want.get("must_drop", []):
        assert needle not in joined


SEED_EXPECTATIONS = {
    # id: (must keep in body, must not be in body, caption count, removed reasons)
    "000_718dd8dd841ef608": (["Iraq urged the US on Tuesday", "Seven others were also barred recently."],
                             ["Powered by automated translation", "Updated:", "in Washington in 2021. AP"], 1,
                             {"web chrome", "date stamp (kept as metadata)"}),
    "001_990763cec5e87549": (["approximately 2,500 U.S. troops"], ["Back to top", "Adblock", "Leave a Reply", "World"], 0,
                             {"section label", "web chrome"}),
    "002_1934250a859a8e87": (["A first round of talks opened on January 27"], ["Related Articles", "Back to top"], 0, {"web chrome"}),
    "003_3c4f9761669d23e5": (["The United States and Iraq on Thursday announced"], ["ERBIL", "Updated at"], 0, {"time stamp"}),
    "004_bc83438618720749": (["In July, Washington barred 14 Iraqi banks"], ["Moscow Open", "Lavrentiev", "TT"], 1,
                             {"duplicate caption", "repeated headline", "stray fragment"}),
    "004_bc83438618720749~2": (["Russia, Iran, and Türkiye have called"], ["Iraqi Foreign Minister Fuad Hussein addresses"], 1,
                               {"duplicate caption", "repeated headline", "stray fragment"}),
}


def _seed_articles() -> dict:
    found = {}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        raw, problems = read_seed(path)
        assert raw is not None and not problems
        for article in clean(raw):
            found[article.id] = article
    return found


def test_seeds_cleaned_as_expected() -> None:
    articles = _seed_articles()
    assert set(articles) == set(SEED_EXPECTATIONS)
    for source_id, (keep, drop, captions, reasons) in SEED_EXPECTATIONS.items():
        article = articles[source_id]
        body = "\n".join(p.text for p in article.paragraphs)
        assert all(k in body for k in keep), source_id
        assert not any(d in body for d in drop), source_id
        assert len(article.captions) == captions, source_id
        assert {r.reason for r in article.removed} == reasons, source_id
    assert articles["000_718dd8dd841ef608"].published.isoformat() == "2024-02-08"
    assert articles["003_3c4f9761669d23e5"].dateline == "ERBIL, Kurdistan Region"
    assert articles["004_bc83438618720749~2"].title == "Moscow Open to Dialogue with Trump on Syria"
    assert articles["004_bc83438618720749~2"].split_from == "004_bc83438618720749"


def test_every_seed_line_is_accounted_for() -> None:
    """Each non-blank seed line is the title, a paragraph, a caption or a removed line (nothing silently lost)."""
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        raw, _ = read_seed(Path(path))
        lines = {n for n, text in enumerate(raw.text.split("\n"), start=1) if text.strip()}
        seen = set()
        for article in clean(raw):
            seen.update(p.line for p in article.paragraphs)
            seen.update(c.line for c in article.captions)
            seen.update(h.line for h in article.headings)
            seen.update(r.line for r in article.removed)
            seen.update(n for n, text in enumerate(raw.text.split("\n"), start=1) if text.strip() == article.title)
        assert lines <= seen, f"{path.name}: lines {sorted(lines - seen)} vanished"


def test_outlet_from_sources_yml_wins_over_the_text() -> None:
    text = "Fires kill dozens\n\nLIMA, Peru (AP) — Fires burning around the city have killed at least 46 people."
    (article,) = clean(RawSource(id="case", path="case.txt", text=text))
    assert (article.outlet, article.outlet_from) == ("Associated Press", "text")
    kept = apply_metadata(article, SourceMeta(published=article.published))
    assert (kept.outlet, kept.outlet_from) == ("Associated Press", "text")
    named = apply_metadata(article, SourceMeta(outlet="El Comercio"))
    assert (named.outlet, named.outlet_from) == ("El Comercio", "sources.yml")


def test_a_saved_pages_site_name_yields_to_the_wire_whose_copy_it_runs() -> None:
    text = ("Ship strikes bridge, killing two\n\nSAVANNAH, Georgia, March 18 (Reuters) - A container ship struck the "
            "bridge early on Tuesday, killing two road workers.\n\nThis article originally appeared on Reuters.com and "
            "is republished here with permission.")
    (article,) = clean(RawSource(id="case", path="case.html", text=text))
    assert (article.outlet, article.outlet_from) == ("Reuters", "text (the copy's credits)")
    page = apply_metadata(article, SourceMeta(outlet="The Coastal Courier", outlet_from="page metadata"))
    assert page.outlet == "Reuters"
    named = apply_metadata(article, SourceMeta(outlet="The Coastal Courier"))
    assert (named.outlet, named.outlet_from) == ("The Coastal Courier", "sources.yml")


def test_caption_words_leave_out_a_photographer_in_capitals_before_the_agency() -> None:
    from sourcebrief.chrome import caption_words
    caption = "Residents walk through a street covered in mud in Paiporta, Valencia, on Wednesday. BIEL ALIÑO (EFE)"
    assert caption_words(caption) == "Residents walk through a street covered in mud in Paiporta, Valencia, on Wednesday"
    assert caption_words("Protesters gather outside the US Embassy. (AP)") == "Protesters gather outside the US Embassy"
    assert caption_words("Image: Protesters run from tear gas in Nairobi on Tuesday. Pic: AP") == (
        "Protesters run from tear gas in Nairobi on Tuesday.")


def test_caption_words_leave_out_names_set_off_by_full_stops_in_a_labelled_caption() -> None:
    from sourcebrief.chrome import caption_words
    assert caption_words("Photo: Lava flows near Grindavík on Wednesday. Golli. Iceland Review") == (
        "Lava flows near Grindavík on Wednesday.")
    assert caption_words("Photo: Golli. Lava on the Grindavík road.") == "Lava on the Grindavík road."
    assert caption_words("Photo: Gen. Smith speaks in Kyiv.") == "Gen. Smith speaks in Kyiv."  # no name alone
    assert caption_words("Photo: Albanian MFA") == "Albanian MFA"  # a credit alone is left as it is
    assert caption_words("Lava flows near the town. Iceland Review") == "Lava flows near the town. Iceland Review"
