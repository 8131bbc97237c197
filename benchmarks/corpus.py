"""A deterministic synthetic corpus of news seeds: ``python benchmarks/corpus.py N DIR [--seed S]``.

N articles about a handful of stories from a dozen outlets, written the way real seeds are:
headline first, blank-line paragraphs, datelines, relative dates, figures, attributed quotes,
photo captions, site boilerplate, and wire copy carried verbatim by several outlets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
from pathlib import Path

OUTLETS = ["Reuters", "The National", "Al-Monitor", "Rudaw", "Asharq Al-Awsat", "AFP", "Associated Press",
           "Kurdistan 24", "Arab News", "The New Arab", "Middle East Eye", "Defense Post"]
WIRES = {"Reuters": "Reuters", "AFP": "AFP", "Associated Press": "AP"}
CITIES = ["BAGHDAD", "ERBIL", "DAMASCUS", "AMMAN", "WASHINGTON", "BEIRUT", "TEHRAN", "MOSUL", "BASRA"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# Each story: actors (person, role, org), places, a noun for what happens, and what is counted.
STORIES = [
    dict(topic="coalition talks", person="Fuad Hussein", role="Foreign Minister", org="Iraqi Foreign Ministry",
         other="Antony Blinken", other_role="Secretary of State", place="Iraq", counted="troops",
         verb="resume talks on the future of the coalition", event="an attack on a base in Jordan"),
    dict(topic="air strikes", person="Lloyd Austin", role="Defence Secretary", org="Pentagon",
         other="Mohammed Shia al-Sudani", other_role="Prime Minister", place="Syria", counted="targets",
         verb="strike militia sites near the border", event="a drone attack on Tower 22"),
    dict(topic="drone attacks", person="Pat Ryder", role="Maj Gen", org="US Central Command",
         other="Masrour Barzani", other_role="Prime Minister", place="Erbil", counted="attacks",
         verb="shoot down drones over the airport", event="a rocket attack on Ain al-Asad"),
    dict(topic="oil exports", person="Hayan Abdul-Ghani", role="Oil Minister", org="State Oil Marketing Organization",
         other="Ali Allawi", other_role="Finance Minister", place="Basra", counted="barrels",
         verb="restart the pipeline through Turkey", event="an arbitration ruling in Paris"),
    dict(topic="displaced families", person="Evan Jones", role="spokesman", org="United Nations",
         other="Ivan Hristov", other_role="envoy", place="Mosul", counted="families",
         verb="close the remaining camps", event="the flooding of the Tigris"),
    dict(topic="election results", person="Omar Ahmed", role="spokesman", org="Independent High Electoral Commission",
         other="Nechirvan Barzani", other_role="President", place="Kurdistan Region", counted="seats",
         verb="certify the provincial results", event="a recount in Kirkuk"),
]
BOILERPLATE = ["Back to top button", "Related Articles", "Share this article", "Follow us on Twitter",
               "Sign up for our newsletter", "Advertisement"]
WIRE_SENTENCES = [
    "{person}, the {role}, said {n} {counted} had been counted since mid-{month}, according to officials.",
    "The {org} said it would {verb} the next day, a week after {event}.",
    "More than {n} {counted} were reported in {place} on {weekday}, {org} said in a statement.",
    "Officials in {place} said about {n2} {counted} were still unaccounted for at the end of {month}.",
    "{other} told reporters on {weekday} that the government would {verb} \"as soon as conditions allow.\"",
]
OWN_SENTENCES = [
    "Analysts said the move reflected growing pressure on the government ahead of the summer.",
    "Residents of {place} described long queues at checkpoints and shortages of fuel.",
    "The {org} did not immediately respond to a request for comment.",
    "Earlier this month, {other} met tribal leaders to discuss security along the border.",
    "A senior official, speaking on condition of anonymity, said talks had stalled in early {month}.",
    "Some {n3} {counted} were recorded last year, a figure disputed by local groups.",
    "The {other_role} said on {weekday} that \"nobody wants this to continue\" and urged calm.",
    "Security forces have been deployed around {place} since the start of {month}.",
]


def _fill(template: str, story: dict, rng: random.Random, day: dt.date) -> str:
    return template.format(
        n=f"{rng.choice([85, 120, 165, 2500, 900, 40, 1200]):,}", n2=f"{rng.randint(2, 60) * 50:,}",
        n3=f"{rng.randint(10, 400):,}", month=MONTHS[(day.month - 2) % 12], weekday=WEEKDAYS[(day.weekday() - 2) % 7],
        **story)


def _wire_copy(story: int, week: int) -> list[str]:
    """Wire paragraphs shared verbatim by every outlet running that story that week."""
    rng = random.Random(f"wire-{story}-{week}")
    day = dt.date(2024, 1, 1) + dt.timedelta(weeks=week)
    s = STORIES[story]
    return [_fill(t, s, rng, day) for t in rng.sample(WIRE_SENTENCES, 3)]


def article(i: int, rng: random.Random) -> tuple[str, dict]:
    """The text of one seed and its sources.yml entry."""
    story_index = rng.randrange(len(STORIES))
    story = STORIES[story_index]
    outlet = rng.choice(OUTLETS)
    week = rng.randrange(104)
    published = dt.date(2024, 1, 1) + dt.timedelta(weeks=week, days=rng.randrange(7))
    city = rng.choice(CITIES)
    headline = f"{story['place']} {rng.choice(['urges', 'warns', 'plans', 'moves'])} to {story['verb']} after {story['event']}"
    credit = WIRES.get(outlet, "Reuters")
    lines = [headline, ""]
    if rng.random() < 0.3:
        lines += [f"Updated: {MONTHS[published.month - 1]} {published.day:02d}, {published.year}", ""]
    lead = (f"{city}, {published.strftime('%b')} {published.day} ({credit}) - {story['other']}, the "
            f"{story['other_role']}, urged the {story['org']} on {WEEKDAYS[(published.weekday() - 1) % 7]} to "
            f"{story['verb']}, days after {story['event']} that killed {rng.randint(2, 9)} people.")
    paragraphs = [lead]
    if rng.random() < 0.6:
        paragraphs += _wire_copy(story_index, week)
    for template in rng.sample(OWN_SENTENCES, rng.randint(3, 6)):
        paragraphs.append(_fill(template, story, rng, published))
    quote = rng.choice(["we will not accept this", "the coming days are decisive", "talks must resume"])
    paragraphs.insert(2, f"\u201cIt is clear that {quote},\u201d {story['person']}, the {story['role']}, said.")
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    if rng.random() < 0.5:
        lines += [f"{story['person']} speaks in {story['place']} on {published.strftime('%B')} {published.day}, "
                  f"{published.year}. (AP)", ""]
    lines += rng.sample(BOILERPLATE, 2)
    meta: dict = {}
    if rng.random() < 0.85:
        meta["outlet"] = outlet
    if rng.random() < 0.9:
        meta["published"] = published.isoformat()
    return "\n".join(lines) + "\n", meta


def write_corpus(count: int, folder: Path, seed: int = 7) -> None:
    """Write ``count`` seeds and their sources.yml into ``folder`` (created; same seed, same bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    entries = ["# Synthetic benchmark corpus (benchmarks/corpus.py); every field optional.", ""]
    for i in range(count):
        text, meta = article(i, rng)
        stem = f"{i:05d}_{hashlib.sha256(text.encode()).hexdigest()[:16]}"
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
        if meta:
            entries.append(f"{stem}:")
            entries += [f"  {key}: {value}" for key, value in meta.items()]
            entries.append("")
    (folder / "sources.yml").write_text("\n".join(entries), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_corpus(args.count, args.folder, args.seed)


if __name__ == "__main__":
    main()
