"""A plain-text digest of what the analysis makes of one story: each source's metadata and dates, the chronology,
the facts and conflicts, and the entities. tests/test_stories.py keeps one per story in tests/stories/, so a change
to any rule shows, story by story, as a reviewable diff of what a reader would see."""

from __future__ import annotations

from pathlib import Path

from sourcebrief.analysis import Analysis, analyse
from sourcebrief.date_values import describe
from sourcebrief.model import Diagnostic
from sourcebrief.pipeline import gather_articles


def analyse_story(seeds: Path) -> tuple[Analysis, list[Diagnostic]]:
    """Clean and analyse the seeds of one story as the build does (no content/ or site/ is written)."""
    problems: list[Diagnostic] = []
    articles = gather_articles(seeds, problems)
    return analyse(articles), problems


def summary(analysis: Analysis, problems: list[Diagnostic], seeds: Path) -> str:
    """The digest, one line per item, in a stable order."""
    lines = [f"# {seeds.parent.name}", ""]
    lines += ["## Problems", *(f"- {_relative(p)}" for p in problems), ""] if problems else []
    lines += _sources(analysis)
    lines += _chronology(analysis)
    lines += _facts(analysis)
    lines += _entities(analysis)
    return "\n".join(lines).rstrip() + "\n"


def _relative(problem: Diagnostic) -> str:
    """The problem with its file's name alone: the digest reads the same wherever the tests run."""
    return f"{Path(problem.path).name}:{problem.line}: {problem.severity}: {problem.message}"


def _sources(analysis: Analysis) -> list[str]:
    lines = ["## Sources"]
    for article in analysis.articles:
        lines.append(f"- {article.id}: {article.title!r} | outlet {article.outlet} | author {article.author} | "
                     f"published {article.published} | dateline {article.dateline}")
        spans = analysis.found.get(article.id, {}).get("dates", ((), ()))[0]
        for paragraph, found in zip(article.paragraphs, spans):
            for span in found:
                reading = " ".join(value if key == "value" else f"{key}={value}" for key, value in span.attrs)
                lines.append(f"  - {paragraph.text[span.start:span.end]!r} = {reading}")
    return lines + [""]


def _chronology(analysis: Analysis) -> list[str]:
    data = analysis.chronology.to_json()
    lines = ["## Chronology"]
    for event in data["events"]:
        cited = ", ".join(s["id"] for s in event["sources"])
        # A decade or a century as a reader sees it ("the 1980s"), not its bare TIMEX3 value ("198"), which reads as a year
        when = describe(event["date"], event.get("mod")) if event["precision"] in ("decade", "century") else event["date"]
        lines.append(f"- {when}: {event['text']} [{cited}]")
    lines += ["", "## Unresolved"]
    lines += [f"- {u['id']}: {u['expression']!r} ({u['reason']})" for u in data["unresolved"]]
    return lines + [""]


def _facts(analysis: Analysis) -> list[str]:
    data = analysis.corroboration.to_json()
    lines = ["## Facts"]
    for fact in data["facts"]:
        cited = ", ".join(s["id"] + (f" (rounded {s['rounded']})" if s.get("rounded") else "") for s in fact["sources"])
        lines.append(f"- {fact['text']} [{cited}]")
    lines += ["", "## Conflicts"]
    for conflict in data["conflicts"]:
        values = "; ".join(f"{v['value']} ({v['source']}{', partial' if v.get('partial') else ''}"
                           f"{', rounded' if v.get('rounded') else ''})"
                           for v in conflict["values"])
        lines.append(f"- {conflict['text']}: {values}{' (rising)' if conflict.get('rising') else ''}"
                     f"{' (falling)' if conflict.get('falling') else ''}"
                     f"{' (changing)' if conflict.get('changing') else ''}")
    lines += ["", "## Shared copy"]
    lines += [f"- {s['a']} ~ {s['b']} ({s['kind']})" for s in data["syndication"]]
    return lines + [""]


def _entities(analysis: Analysis) -> list[str]:
    lines = ["## Entities"]
    for entity in sorted(analysis.entities.to_json()["entities"], key=lambda e: (e["kind"], e["name"])):
        count = sum(m["count"] for m in entity["mentions"])
        aliases = f" (also {', '.join(entity['aliases'])})" if entity["aliases"] else ""
        lines.append(f"- {entity['kind']}: {entity['name']}{aliases} x{count}")
    return lines
