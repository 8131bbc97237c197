"""Pages stay a readable size as the briefing grows, and a page's render-cache key holds only what it reads."""

from __future__ import annotations

from dataclasses import replace

from sourcebrief.corroborate import Corroboration, Fact, FactSource
from sourcebrief.entities import Entity, EntityMention
from sourcebrief.entity_pages import entity_page
from sourcebrief.facts_page import facts_pages
from sourcebrief.markdown import EntityCard
from sourcebrief.model import Article, Line
from sourcebrief.pages import ContentPage
from sourcebrief.render import page_site
from sourcebrief.views import SiteView, SiteWide, SourceSummary, home_site, sort_key, sources_pages


def _summary(n: int, published: str | None) -> SourceSummary:
    return SourceSummary(f"s{n:04d}", f"Story {n}", "Outlet", published, 100, 3, (), f"sources/s{n:04d}.html")


def _site(count: int) -> SiteView:
    sources = tuple(sorted((_summary(n, f"2024-01-{n % 28 + 1:02d}" if n % 10 else None) for n in range(count)),
                           key=sort_key))
    cards = {"iraq": EntityCard("Iraq", None, 3), "ap": EntityCard("AP", None, 1)}
    return SiteView(title="T", build_date="2024-02-01", source_count=count, entity_cards=cards, sources=sources)


def test_sources_list_is_paginated_with_previous_and_next() -> None:
    pages = sources_pages(_site(1201), per_page=500)
    assert [target for target, _ in pages] == ["sources.html", "sources-2.html", "sources-3.html"]
    assert [len(view.sources) for _, view in pages] == [500, 500, 201]
    assert [(v.pager.number, v.pager.count, v.pager.previous, v.pager.next) for _, v in pages] == [
        (1, 3, None, "sources-2.html"), (2, 3, "sources.html", "sources-3.html"), (3, 3, "sources-2.html", None)]
    assert sum((view.sources for _, view in pages), ()) == _site(1201).sources
    small = _site(5)
    assert sources_pages(small) == [("sources.html", small)]


def test_home_lists_the_newest_sources_in_list_order() -> None:
    site = _site(80)
    home = home_site(site, limit=50)
    assert len(home.sources) == 50 and home.source_count == 80
    assert all(s.published for s in home.sources)  # undated sources count as oldest
    assert list(home.sources) == [s for s in site.sources if s in home.sources]
    assert min(s.published for s in home.sources) >= max(s.published for s in site.sources
                                                          if s.published and s not in home.sources)
    assert home_site(_site(5)) == _site(5)


def test_a_page_depends_on_the_cards_it_mentions_not_on_the_source_list() -> None:
    page = ContentPage("sources/x.md", {"title": "X"}, "[Iraq]{.place ref=iraq} said so.", 1)
    site = _site(10)
    view = page_site(page, site)
    assert type(view) is SiteWide and dict(view.entity_cards) == {"iraq": site.entity_cards["iraq"]}
    assert page_site(page, replace(site, sources=site.sources[:3], home=object())) == view
    home = page_site(ContentPage("index.md", {"title": "T"}, "Intro.", 1), site)
    assert isinstance(home, SiteView) and home.sources == site.sources and not home.entity_cards


def test_facts_page_lists_at_most_200_single_source_claims_plus_noted_ones() -> None:
    article = Article("a", "a.txt", "A", (Line("Troops arrived.", 3),))
    facts = tuple(Fact(f"fact-{i}", f"{i} troops", (str(i),), (FactSource("a", f"{i} troops arrived", 3),), 1, 1)
                  for i in range(250))
    pages = facts_pages(Corroboration(facts, (), ()), {"a": article}, {"fact-240": ["Checked."]})
    body = "".join(page.body for page in pages)
    assert [p.path for p in pages] == ["facts.md", "facts/conflicts.md", "facts/single-source.md",
                                       "facts/single-source-2.md", "facts/shared-copy.md"]
    assert body.count(" .fact}") == 201 and "{#fact-240 .fact}" in body and "{#fact-239 .fact}" not in body
    assert "and 49 more single-source claims in data/facts.json" in body


def test_entity_page_quotes_the_mentions_of_at_most_100_sources() -> None:
    articles = {f"s{n:03d}": Article(f"s{n:03d}", "x.txt", "A", (Line("Iraq said so.", 3),)) for n in range(130)}
    mentions = tuple(EntityMention(source, 0, 0, 4, "Iraq", "Iraq said so.") for source in articles)
    entity = Entity("iraq", "Iraq", "place", (), None, (), mentions)
    body = entity_page(entity, articles, ()).body
    assert body.count("\n### ") == 100 and "s099" in body and "s100" not in body
    assert "and 30 more sources name Iraq (every mention is in data/entities.json)" in body


def test_also_reported_lists_12_sources_and_counts_the_other_distinct_ones() -> None:
    from sourcebrief.facts_page import ALSO_LIMIT, also_reported

    articles = {f"s{n:02d}": Article(f"s{n:02d}", "x.txt", "A", (Line("Troops arrived.", 3),)) for n in range(30)}

    def fact(name: str, members: range) -> Fact:
        return Fact(name, "troops", ("2500",), tuple(FactSource(f"s{n:02d}", "troops", 3) for n in members), 1, 1)

    also = also_reported(Corroboration((fact("a", range(20)), fact("b", range(10, 30))), (), ()), articles)
    for source, others in (("s00", 19), ("s15", 29), ("s25", 19)):
        lines = also[source][0]
        assert len(lines) == ALSO_LIMIT + 1
        assert lines[-1] == f"{others - ALSO_LIMIT} more sources ([Key facts](../facts.md))"
        assert source not in "".join(lines[:-1])
