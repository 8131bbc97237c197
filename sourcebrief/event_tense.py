"""Whether a chronology line tells a plan ("will be sent") or a deed ("was read out"), and the verb that tells it.

Two reports of one date are one event when they tell the same thing: "talks will resume on Sunday" and "talks resumed
on Sunday" are, "the recorders will be sent to Ottawa on Wednesday" and "the flight data recorder was read out on
Wednesday" are not, however many nouns they share. A plan and a deed are one event only when they share the verb.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from sourcebrief import date_rules
from sourcebrief.event_words import stem

if TYPE_CHECKING:
    from sourcebrief.event_candidate import Candidate

_PLAN = re.compile(r"\b(?:will|shall|would|(?:is|are|was|were)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+|going\s+)?to)"
                   r"\s+(?:not\s+)?(?:also\s+)?(?:be\s+)?(?:[a-z]+ly\s+)?(?P<verb>[a-z]{2,})\b")
"""A plan's modal and its verb: "will be [sent]", "is due to [land]", "would [resume]"."""
_DONE = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{2,})\b")
"""A deed in the passive: "was [read] out", "have been [recovered]"."""
_NO_DEED = frozenset("plan schedul set due expect announc call propos slat book postpon delay mov push brought "
                     "said told say tell report confirm add".split())
"""Verbs (stemmed) that tell of a plan, or only of a saying, rather than of a thing done."""
_DECIDING_WORDS = ("vote approve reject back pass adopt endorse ratify elect choose decide rule hear dismiss uphold overturn "
                   "grant deny clear block")
"""Verbs of a decision: a plan to decide and the decision are one event ("shareholders will vote on the offer
at a general meeting on July 15" and "approved the deal at a general meeting on July 15")."""
_IRREGULAR = dict(pair.split(":") for pair in """held:hold met:meet sent:send took:take taken:take gave:give given:give
made:make came:come went:go gone:go won:win lost:lose left:leave spoke:speak spoken:speak rose:rise risen:rise fell:fall
fallen:fall struck:strike flew:fly flown:fly ran:run brought:bring sold:sell paid:pay led:lead found:find became:become
saw:see seen:see told:tell said:say fought:fight chose:choose chosen:choose wrote:write written:write stood:stand
kept:keep broke:break broken:break shot:shoot sank:sink drove:drive driven:drive began:begin begun:begin shown:show
knew:know known:know did:do done:do built:build spent:spend threw:throw thrown:throw grew:grow grown:grow drew:draw
drawn:draw bought:buy caught:catch taught:teach sought:seek thought:think fled:flee swept:sweep hung:hang rode:ride
ridden:ride woke:wake sung:sing sang:sing swore:swear sworn:swear withdrew:withdraw withdrawn:withdraw
heard:hear upheld:uphold blew:blow blown:blow tore:tear torn:tear struck:strike""".split())
"""Irregular past forms to the verb, so "held" meets "hold"."""
_TOKEN = re.compile(r"[a-z]{2,}")
_BEGAN_STRIKE = re.compile(r"\b(?:walk(?:ed|s)?\s+out|went\s+on\s+strike|(?:go|goes)\s+on\s+strike)\b")
"""A strike's start told as its deed ("walked out", "went on strike"): the same happening as a plan for the strike to
begin that day."""


def _key(word: str) -> str:
    """A verb's form as the key it shares with its other forms: "held" and "hold", "planned" and "plans"."""
    if word.endswith("ied") and len(word) > 4:
        word = word[:-3] + "y"  # "denied", "ratified": "deny", "ratify"
    key = stem(_IRREGULAR.get(word, word))
    if len(key) == 4 and key.endswith("e"):
        return key[:-1]  # "vote" as "voted" ("vot"), "rule" as "ruled"
    return key[:-1] if len(key) > 3 and key[-1] == key[-2] and key[-1] not in "lsfz" else key


@functools.lru_cache(maxsize=1 << 14)
def told(line: str) -> tuple[str, str, frozenset[str]] | None:
    """("plan" or "deed", its verb's key, every word's key) of a line that plainly tells a plan or a deed, else None.

    A deed is a past verb with no future word in the line ("was read out", "resumed"); a saying or a planning verb
    ("was planned for", "said") tells no deed."""
    lowered = line.lower()
    keys = frozenset(map(_key, _TOKEN.findall(lowered)))
    if _BEGAN_STRIKE.search(lowered):
        keys |= {_key("begin")}  # "Rail workers walked out": the strike began, as "The strike is due to begin" plans
    plan = _PLAN.search(lowered)
    if plan:
        return "plan", _key(plan.group("verb")), keys
    if date_rules.FUTURE_CUES.search(lowered) or date_rules.REPORTED_FUTURE_CUES.search(lowered):
        return None
    done = _DONE.search(lowered) or date_rules.PAST_CUES.search(lowered) or _irregular_past().search(lowered)
    if done is None:
        return None
    verb = _key(done.group("verb") if "verb" in done.re.groupindex else done.group())
    if verb in _NO_DEED or done.group() in ("was", "were", "had", "did", "last", "ago"):
        return None
    return "deed", verb, keys


@functools.lru_cache(maxsize=1)
def _irregular_past() -> re.Pattern[str]:
    """Any irregular past form of _IRREGULAR ("blew", "tore"), which date_rules.PAST_CUES may not list."""
    return re.compile(r"\b(?:" + "|".join(sorted(_IRREGULAR, key=len, reverse=True)) + r")\b")


@functools.lru_cache(maxsize=1)
def _deciding() -> frozenset[str]:
    return frozenset(map(_key, _DECIDING_WORDS.split()))


def plan_and_deed(a: str, b: str) -> bool:
    """Whether one line tells a plan and the other a deed, and neither's verb is in the other: two events."""
    one, other = told(a), told(b)
    if one is None or other is None or one[0] == other[0]:
        return False
    deciding = _deciding()
    if one[1] in deciding and other[1] in deciding:
        return False
    return one[1] not in other[2] and other[1] not in one[2]


def other_deeds(a: str, b: str) -> bool:
    """Whether two lines each plainly tell a deed (or a plan) by a verb of their own, and neither's verb is in the
    other: "Hamas handed three Israeli women hostages to the Red Cross" and "The ceasefire began" are two things
    done, which two sentences of one source never tell as one (another source may word one deed otherwise)."""
    one, other = told(a), told(b)
    if one is None or other is None or one[1] == other[1] or _happening().intersection((one[1], other[1])):
        return False
    return one[1] not in other[2] and other[1] not in one[2]


@functools.lru_cache(maxsize=1)
def _happening() -> frozenset[str]:
    """Keys of verbs that only tell that something happened ("The disaster struck", "the blast occurred"): no deed of
    its own to tell apart from what the other line says happened."""
    return frozenset(map(_key, "strike struck hit happen occur unfold".split()))


_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?!\w)")


def two_deeds(a: str, b: str, a_plain: frozenset[str], b_plain: frozenset[str]) -> bool:
    """Whether two lines tell two deeds (other_deeds) and share no plain word (names aside: ``a_plain``, ``b_plain``)
    and no number: "Taiwan's strongest earthquake killed nine people" and "The quake struck" tell one quake, "318
    detainees" and "318 prisoners were flown" may be one flight, "Hamas handed three hostages to the Red Cross" and
    "The ceasefire began" are two things."""
    return (a_plain.isdisjoint(b_plain) and set(_NUMBER.findall(a)).isdisjoint(_NUMBER.findall(b))
            and other_deeds(a, b))


_DEED_ON = re.compile(r"\b(?P<verb>[a-z]{3,})\s+(?:the|a|an|its|their)\s+(?P<noun>[a-z]{3,})\s+(?:of|for)\b")
"""A verb, its object's head and "of"/"for" before what the deed was on: "resumed [the search for] three skiers",
"recovered [the bodies of] three skiers"."""


def deeds_on_one_thing(a: str, b: str) -> bool:
    """Whether two lines tell two deeds (other_deeds) done on one thing, each by its own verb and object: "Rescuers
    resumed the search for three skiers buried by an avalanche" and "Rescuers recovered the bodies of three skiers
    buried by an avalanche" share their words only in what the search and the bodies were of. The verb must be the
    one the line tells its deed by (told): "evacuated 312 passengers … off the island of Gotland" has none ("off" is
    no verb), and is the deed "forced the evacuation of all 312 people" tells."""
    one, other = _deed_on(a), _deed_on(b)
    return (one is not None and other is not None and _key(one["verb"]) != _key(other["verb"])
            and stem(one["noun"]) != stem(other["noun"]) and other_deeds(a, b))


@functools.lru_cache(maxsize=1 << 15)
def _deed_on(line: str) -> re.Match[str] | None:
    """The _DEED_ON phrase whose verb is the one ``line`` tells its deed by (told), or None; remembered (pure: the
    facts merge asks it of each claim against every candidate group's claims)."""
    deed = told(line)
    if deed is None:
        return None
    return next((m for m in _DEED_ON.finditer(line.lower()) if _key(m["verb"]) == deed[1]), None)



def plan_ahead_and_deed(a: Candidate, b: Candidate) -> bool:
    """Whether one candidate tells a plan its source dates ahead and the other a deed its source dates in the past ("A
    free vaccination clinic will be held [on Saturday]" and "The district held a walk-in vaccination clinic [over the
    weekend]"): one event only when both give the same date, which the merge asks of them."""
    return _plan_ahead_and_deed(a, b) or _plan_ahead_and_deed(b, a)


def _plan_ahead_and_deed(plan: Candidate, deed: Candidate) -> bool:
    one, other = told(plan.text), told(deed.text)
    return (plan.ahead and not deed.ahead and one is not None and one[0] == "plan"
            and other is not None and other[0] == "deed")
