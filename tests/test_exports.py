"""Chronology exports (iCalendar, TimelineJS, CSV) and date conflicts reaching the facts."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from sourcebrief.analysis import analyse
from sourcebrief.exports import chronology_csv, chronology_ics, timeline_json
from sourcebrief.model import Article, Line


def _article(source_id: str, outlet: str, published: str, *paragraphs: str) -> Article:
    return Article(id=source_id, path=f"{source_id}.txt", title=f"Story {source_id}",
                   paragraphs=tuple(Line(p, 3 + 2 * i) for i, p in enumerate(paragraphs)),
                   outlet=outlet, published=dt.date.fromisoformat(published))


@pytest.fixture(scope="module")
def analysis():
    return analyse([
        _article("a", "Daily Post", "2023-03-10",
                 "The transport minister resigned on March 6 over the rail contracts scandal, officials said.",
                 "Parliament will vote on the budget on Tuesday, the speaker said; a vote in 2021 had failed.",
                 "Strikes, protests; and \"slogans\" filled the long week that followed the minister's resignation over contracts."),
        _article("b", "Evening Star", "2023-03-09",
                 "The transport minister resigned on March 7 over the rail contracts scandal, his office said."),
    ])


def test_ics_is_valid_rfc5545(analysis) -> None:
    text = chronology_ics(analysis.chronology, analysis.by_id, "Rail scandal, 2023; \"briefing\"", "2023-03-10")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    unfolded = []
    for line in lines:
        if line.startswith(" "):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    events = [i for i, line in enumerate(unfolded) if line == "BEGIN:VEVENT"]
    assert events and len(events) == unfolded.count("END:VEVENT")
    for start in events:
        block = unfolded[start:unfolded.index("END:VEVENT", start)]
        names = {line.split(":", 1)[0].split(";", 1)[0] for line in block}
        assert {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} <= names
    assert "X-WR-CALNAME:Rail scandal\\, 2023\\; \"briefing\"" in unfolded
    assert any(line.startswith("DTSTART;VALUE=DATE:20230307") or line.startswith("DTSTART;VALUE=DATE:20230306")
               for line in unfolded)


def test_timeline_and_csv(analysis) -> None:
    timeline = timeline_json(analysis.chronology, analysis.by_id, "Rail")
    assert timeline["title"]["text"]["headline"] == "Rail"
    years = {e["start_date"]["year"] for e in timeline["events"]}
    assert {"2021", "2023"} <= years
    for event in timeline["events"]:
        assert event["unique_id"] and event["text"]["headline"] and event["start_date"]["display_date"]
    rows = list(csv.DictReader(io.StringIO(chronology_csv(analysis.chronology, analysis.by_id))))
    assert len(rows) == len(analysis.chronology.events)
    assert all(row["id"] and row["date"] for row in rows)


def test_sources_dating_one_event_differently_is_a_conflict(analysis) -> None:
    flagged = [e for e in analysis.chronology.events if e.conflicting_dates]
    assert len(flagged) == 1 and {s.source_id for s in flagged[0].sources} == {"a", "b"}
    conflicts = [c for c in analysis.corroboration.to_json()["conflicts"] if c["id"].startswith("date-")]
    assert len(conflicts) == 1
    values = {(v["source"], v["value"]) for v in conflicts[0]["values"]}
    assert values == {("a", "6 March 2023"), ("b", "7 March 2023")}


def test_data_files_hold_one_record_per_line(tmp_path) -> None:
    from sourcebrief.data import write_json
    value = {"version": 1, "facts": [{"id": "f1", "text": "Line\nbreak “quoted”"}, {"id": "f2", "sources": ["a", "b"]}],
             "conflicts": [], "meta": {"n": 2}}
    path = tmp_path / "data" / "facts.json"
    write_json(path, value)
    text = path.read_text(encoding="utf-8")
    assert json.loads(text) == value
    lines = text.splitlines()
    assert '{"id": "f1", "text": "Line\\nbreak “quoted”"},' in lines and '{"id": "f2", "sources": ["a", "b"]}' in lines
    assert '"conflicts": [],' in lines and text.endswith("}\n")
