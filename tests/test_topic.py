"""The briefing's title from its headlines when content/index.md gives none, and the warning for an introduction
written for other articles (sourcebrief/topic.py), through whole builds of small seed folders."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import build_briefing

STORY = {
    "canal-one.txt": "Panama Canal cuts daily transits again as drought deepens\n\nPANAMA CITY, Oct 30 (Reuters) - The "
                     "Panama Canal Authority said on Monday it would cut daily transits to 25 from Friday, as Gatun "
                     "Lake fell to a record low. Administrator Ricaurte Vasquez said the cuts would last months.\n",
    "canal-two.txt": "Shippers reroute as Panama Canal limits crossings\n\nThe Panama Canal Authority said on Monday "
                     "that the drought at Gatun Lake forced new limits. Ricaurte Vasquez told reporters the canal "
                     "would review the cuts in December.\n",
    "canal-three.txt": "Drought squeezes world trade\n\nGatun Lake, which feeds the Panama Canal, is at its lowest "
                       "October level since records began, the Panama Canal Authority said on Monday.\n",
}


def _seeds(tmp: Path, files: dict[str, str]) -> Path:
    seeds = tmp / "seeds"
    seeds.mkdir()
    for name, text in files.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return seeds


def _title(site: Path) -> str:
    return re.search(r"<h1>(.*?)</h1>", (site / "index.html").read_text(encoding="utf-8")).group(1)


def test_title_is_the_name_most_headlines_share(tmp_path: Path) -> None:
    result = build_briefing(tmp_path, _seeds(tmp_path, STORY), with_index=False)
    assert result.exit_status == 0
    # Two of three headlines name the canal; "Panama" alone is in the same two, and the longer name wins.
    assert _title(tmp_path / "site") == "Panama Canal"
    assert "<title>Chronology · Panama Canal</title>" in (tmp_path / "site" / "chronology.html").read_text("utf-8")


def test_no_title_guessed_when_no_name_is_shared(tmp_path: Path) -> None:
    files = {name: text for name, text in STORY.items() if name != "canal-two.txt"}
    files["canal-one.txt"] = files["canal-one.txt"].replace("Panama Canal cuts", "Canal cuts")
    build_briefing(tmp_path, _seeds(tmp_path, files), with_index=False)
    assert _title(tmp_path / "site") == "Briefing"


def test_introduction_for_other_articles_is_warned_about_and_kept(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, STORY)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "index.md").write_text("---\ntitle: Talks in Baghdad\n---\nIraq and the United States "
                                                   "met on Saturday.\n", encoding="utf-8")
    result = build_briefing(tmp_path, seeds)
    warnings = [d for d in result.diagnostics if d.path.endswith("index.md")]
    assert len(warnings) == 1 and warnings[0].severity == "warning" and warnings[0].line == 1
    assert "names none of" in warnings[0].message and "Panama Canal Authority" in warnings[0].message
    assert _title(tmp_path / "site") == "Talks in Baghdad"  # the user's page still rules


def test_introduction_naming_the_story_is_not_warned_about(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, STORY)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "index.md").write_text("Why the drought matters to the Panama Canal Authority.\n", encoding="utf-8")
    result = build_briefing(tmp_path, seeds)
    assert not [d for d in result.diagnostics if d.path.endswith("index.md")]
    assert _title(tmp_path / "site") == "Panama Canal"  # no title in its front matter: the headlines give it


def test_introduction_not_written_yet_is_not_warned_about(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, STORY)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "index.md").write_text("---\ntitle: Flood response\n# write the introduction below\n---\n",
                                                   encoding="utf-8")
    result = build_briefing(tmp_path, seeds)
    assert not [d for d in result.diagnostics if d.path.endswith("index.md")]
    assert _title(tmp_path / "site") == "Flood response"


def _titled(*headlines: str) -> list:
    from sourcebrief.model import Article
    return [Article(id=f"s{i}", path=f"s{i}.txt", title=h, paragraphs=()) for i, h in enumerate(headlines)]


def test_title_adds_the_words_most_headlines_share_after_the_name() -> None:
    from sourcebrief.entity_model import Entity
    from sourcebrief.topic import subject_title
    baltimore = Entity("baltimore", "Baltimore", "place", (), None, (), ())
    us = Entity("united-states", "United States", "place", ("US",), None, (), ())
    boe = Entity("bank-of-england", "Bank of England", "org", (), None, (), ())
    assert subject_title(_titled("Baltimore’s Key Bridge collapses after being hit by a cargo ship",
                                 "Baltimore bridge collapse: Bodies of two workers recovered from river",
                                 "Baltimore bridge collapse: What we know"), baltimore) == "Baltimore bridge collapse"
    # The name as the headlines write it; the words stop at punctuation and numbers.
    assert subject_title(_titled("Iraq says 16 killed in US strikes, warns of ‘disastrous consequences’",
                                 "US Central Command statement", "US strikes kill 17 in Iraq's Anbar"), us) == "US strikes"
    # A headline verb is the news, not the subject: no words are added.
    assert subject_title(_titled("Bank of England cuts interest rates to 5%",
                                 "Bank of England cuts rates for first time since 2020"), boe) == "Bank of England"


def test_two_names_every_headline_shares_title_the_briefing_together() -> None:
    from sourcebrief.entity_model import Entity
    from sourcebrief.topic import subject_title
    us = Entity("united-states", "United States", "place", ("US",), None, (), ())
    iraq = Entity("iraq", "Iraq", "place", (), None, (), ())
    headlines = _titled("Iraq urges US to resume dialogue over future of international coalition forces",
                        "Iraq and US Must Re-Engage in Dialogue on Coalition Force Future, Says Iraqi Foreign Minister",
                        "Iraq, US resume talks on US-led coalition withdrawal",
                        "US, Iraq initiate talks over future of coalition troops in Iraq",
                        "Iraq and US Need to Return to Dialogue Over Future of Coalition Force, Says Iraq FM")
    # Before: "United States" (the longer name won the tie). Iraq leads in four headlines; "coalition" is in all five.
    assert subject_title(headlines, us, [us, iraq]) == "Iraq and US: coalition"
    assert subject_title(headlines, us) == "United States"  # no other entities given: no tie to see
    # A name inside the other's is the same subject, not a tie; words only in Title Case headlines are not taken.
    canal = Entity("panama-canal", "Panama Canal", "place", (), None, (), ())
    panama = Entity("panama", "Panama", "place", (), None, (), ())
    assert subject_title(_titled("Panama Canal Limits Crossings", "Drought Hits Panama Canal"), canal,
                         [canal, panama]) == "Panama Canal"
    kenya = Entity("kenya", "Kenya", "place", (), None, (), ())
    haiti = Entity("haiti", "Haiti", "place", (), None, (), ())
    assert subject_title(_titled("Kenya Police Mission To Haiti", "Haiti, Kenya Sign Deal"), haiti,
                         [haiti, kenya]) == "Haiti and Kenya"  # each leads once


def test_a_pair_title_takes_no_verb_and_no_third_name() -> None:
    from sourcebrief.entity_model import Entity
    from sourcebrief.topic import subject_title
    ubs = Entity("ubs", "UBS", "org", (), None, (), ())
    suisse = Entity("credit-suisse", "Credit Suisse", "org", (), None, (), ())
    # "buy" is in every headline, but after "to": the news's verb, not the story's name.
    assert subject_title(_titled("UBS agrees to buy Credit Suisse for $3.2 billion in state-backed rescue",
                                 "UBS to buy Credit Suisse in deal to avoid banking turmoil",
                                 "UBS agrees to buy rival Credit Suisse for $3.2bn"), suisse, [ubs, suisse]) \
        == "UBS and Credit Suisse"
    afif = Entity("akram-afif", "Akram Afif", "person", ("Afif",), None, (), ())
    jordan = Entity("jordan", "Jordan", "place", (), None, (), ())
    qatar = Entity("qatar", "Qatar", "place", (), None, (), ())
    # Three names in every headline: which two would be a guess; the first's title stands.
    assert subject_title(_titled("Afif hat-trick hands Qatar Asian Cup title against Jordan",
                                 "Qatar beat Jordan as Afif scores hat trick"), afif,
                         [afif, jordan, qatar]) == "Akram Afif"


def test_default_seeds_without_index_are_titled_by_both_names(tmp_path: Path) -> None:
    """Iraq and the US are in every headline of the default seeds: the title is neither alone (it was "United
    States"); "coalition" is in five of the six headlines (the appended Moscow story's is the sixth)."""
    build_briefing(tmp_path, with_index=False)
    assert _title(tmp_path / "site") == "Iraq and US: coalition"


def test_a_named_event_every_headline_shares_titles_the_briefing() -> None:
    from sourcebrief.entity_model import Entity
    from sourcebrief.topic import briefing_title
    uk = Entity("united-kingdom", "United Kingdom", "place", ("UK",), None, (), ())
    headlines = _titled("Storm Isha: Two dead as 90mph winds batter UK and Ireland",
                        "Storm Isha: Man, 84, killed as car hits fallen tree - as thousands left without power",
                        "Storm Isha: Tens of thousands without power as clean-up begins",
                        "Storm Isha Batters UK")
    # Before: "Briefing" (no entity in half the headlines), or the "UK" two of them name.
    assert briefing_title(headlines, None) == "Storm Isha"
    assert briefing_title(headlines, uk, [uk]) == "Storm Isha"
    # A name more headlines share than the event stays the title; an event in one headline titles nothing.
    florida = Entity("florida", "Florida", "place", (), None, (), ())
    assert briefing_title(_titled("Florida orders evacuations as Hurricane Milton nears", "Florida counts the cost",
                                  "Florida braces"), florida, [florida]) == "Florida"
    assert briefing_title(_titled("Storm Isha: winds batter UK", "Trains cancelled", "Power cut"), None) == "Briefing"
