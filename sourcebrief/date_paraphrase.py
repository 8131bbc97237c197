"""Two reports of one deed in other verbs, as date_window compares an undated source's clause with a dated one.

"Prime Minister Jonas Berg admitted defeat" (undated) and "Prime Minister Jonas Berg conceded defeat" (Monday 9
September) tell one event, but the merge's plain words ("admit defeat" against "conced defeat") share one word only,
too few to tie two dates. date_window anchors an undated source on such a pair only through a small table of verbs
that name the same deed, and only when both clauses name the same participants: a wrong window dates every expression
of the source wrongly, so the table holds verbs that news uses for one another, not verbs that merely relate.
"""

from __future__ import annotations

import dataclasses
import re

from . import event_words as W
from .event_candidate import Candidate
from .event_pair import reports_same

EQUIVALENT_VERBS = (
    "conceded concede concedes conceding admitted admits admit admitting acknowledged acknowledges acknowledge",
    "launched launch launches launching conducted conduct conducts conducting mounted mount mounts mounting",
    "seized seize seizes seizing impounded impound impounds impounding hijacked hijack hijacks hijacking",
    "arrested arrest arrests arresting detained detain detains detaining",
    "announced announce announces announcing unveiled unveil unveils unveiling",
    "resigned resign resigns resigning quit quits quitting",
    "postponed postpone postpones postponing delayed delay delays delaying deferred defer defers deferring",
    "suspended suspend suspends suspending halted halt halts halting paused pause pauses pausing",
    "approved approve approves approving endorsed endorse endorses endorsing",
    "won win wins winning clinched clinch clinches clinching",
    "freed free frees freeing released release releases releasing",
)
"""Groups of verb forms news writes for one another when telling one deed ("admitted defeat", "conceded defeat";
"launched air strikes", "conducted airstrikes"); the first form of each group is the one both clauses are rewritten
with. A group's verbs must name the same deed whatever their object: "admitted" alone (to hospital) differs, but the
merge's test of the rest of the clause still tells those apart."""
_CANONICAL = {form: group.split()[0] for group in EQUIVALENT_VERBS for form in group.split()}
_STEMS = {W.stem(form): W.stem(canonical) for form, canonical in _CANONICAL.items()}
_TOKEN = re.compile(r"[A-Za-z]+")


def same_in_other_words(a: Candidate, b: Candidate, weights: dict[str, float]) -> bool:
    """Whether ``a`` and ``b`` tell one event once their verbs of one deed are written alike: both use a verb of one
    group, in different forms, and name the same participants (the same names before the verb, and a name in common
    after it when both give any), and the rewritten pair passes event_pair.reports_same."""
    if not _verbs(a.text) or _verbs(a.text) != _verbs(b.text) or _stems(a.text) == _stems(b.text):
        return False  # no such verb, another deed, or the same verbs: reports_same has judged them already
    (doer, done), (doer2, done2) = _participants(a.text), _participants(b.text)
    if not _same_doer(doer, doer2) or (done and done2 and done.isdisjoint(done2)):
        return False  # another doer ("Erna Halvorsen admitted defeat"), or the deed done to another
    return reports_same(_rewritten(a), _rewritten(b), weights)


def _verbs(text: str) -> frozenset[str]:
    """The groups (by their first form) of the table's verbs in ``text``."""
    return frozenset(_CANONICAL[t.lower()] for t in _TOKEN.findall(text) if t.lower() in _CANONICAL)


def _stems(text: str) -> frozenset[str]:
    """The stems of the table's verbs in ``text`` (two clauses with the same ones already meet on them)."""
    return frozenset(W.stem(t) for t in _TOKEN.findall(text) if t.lower() in _CANONICAL)


_QUALIFIER = re.compile(r"\s(?:who|which|that|[a-z]+ing\s+(?:the|a|an|his|her|its|their)\s)", re.IGNORECASE)
"""Where a doer's qualifying clause begins ("Pirates holding the MV Aurora Star off Eyl", "The man who led the
talks"): what it names is another participant, not the doer."""


def _participants(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], frozenset[str]]:
    """The names and the content words a clause gives before its first verb of the table (who did it: "Yemen's Houthi
    rebels"; any qualifying clause of it aside) and the names after it (to whom or where: "the Galaxy Leader … in the
    southern Red Sea")."""
    verb = next((m for m in _TOKEN.finditer(text) if m.group().lower() in _CANONICAL), None)
    if verb is None:
        return (frozenset(), frozenset()), frozenset()
    doer = text[:verb.start()]
    qualifier = _QUALIFIER.search(doer)
    doer = doer[:qualifier.start()] if qualifier else doer
    return (_names(doer), W.content_words(doer)), _names(text[verb.end():])


def _same_doer(one: tuple[frozenset[str], frozenset[str]], other: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether two clauses' doers (names, content words: _participants) are one: the same names, or one naming less
    than the other of the same doer ("Pirates", "Somali pirates": a word in common, and every name of one among the
    other's words). "Prime Minister Jonas Berg" and "Prime Minister Erna Halvorsen" each name someone the other does
    not."""
    (names, words), (names2, words2) = one, other
    if not names and not names2:
        return False
    return names == names2 or (bool(words & words2) and (names <= words2 or names2 <= words))


def _names(text: str) -> frozenset[str]:
    """The stemmed capitalised words of a piece of a clause (nor numbers): a line's first word counts, as "Israel"
    must, and a common word opening both lines ("Police arrested", "Police detained") only asks for the same."""
    plain = W.content_words(text, names=False)
    return frozenset(w for w in W.content_words(text) if w not in plain and not w[:1].isdigit())


def _rewritten(candidate: Candidate) -> Candidate:
    """``candidate`` with each of the table's verbs written in its group's first form, in its line and its words."""
    text = _TOKEN.sub(lambda m: _CANONICAL.get(m.group().lower(), m.group()), candidate.text)

    def words(found: frozenset[str]) -> frozenset[str]:
        return frozenset(_STEMS.get(w, w) for w in found)

    return dataclasses.replace(candidate, text=text, words=words(candidate.words), extra=words(candidate.extra),
                               own=words(candidate.own))
