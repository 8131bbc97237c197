"""A name found in a text, as the entity rules report it (entity_rules finds them, entity_passes revises them)."""

from __future__ import annotations

from .model import record

_STRONG = frozenset({"role", "honorific", "org-word", "gazetteer", "known", "acronym", "place-word", "cue", "club"})
"""Evidence that rests on an explicit cue rather than on the shape of the words."""


@record
class Mention:
    """A name found in a text."""

    start: int
    """Offset of the first character of the name."""
    end: int
    """Offset after the name."""
    text: str
    """The name exactly as written (``text[start:end]``)."""
    kind: str
    """``person``, ``org`` or ``place``."""
    name: str
    """Normalised name: nickname marks dropped, places in their canonical form."""
    role: str | None = None
    """Title or role stated next to the name ("Iraqi Foreign Minister")."""
    evidence: str = "shape"
    """What made it a name of this kind: role, honorific, org-word, gazetteer, known,
    acronym, place-word, cue, club (plays, scores or signs players: a team), speech, shape (looks like a name) or
    bare (one word, no cue) or
    dateline (the town of the article's dateline, a cue for the names written elsewhere)."""
    alias: str | None = None
    """The other form given in an acronym definition: "IRGC" for its long form and back."""

    @property
    def strong(self) -> bool:
        """The kind rests on an explicit cue rather than on the shape of the words."""
        return self.evidence in _STRONG
