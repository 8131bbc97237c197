"""Subheadings inside a story's body that are not its text: a short question alone on its line over the paragraph
that answers it (an explainer's "What happened?" / "Was anyone hurt?" / "What happens now?"). Read by ``clean``."""

from __future__ import annotations

import re

from . import chrome

_QUESTION_HEAD = re.compile(r"(?:What|Why|How|Who|Where|When|Which|Was|Were|Is|Are|Can|Could|Will|Would|Should|Do|Does"
                            r"|Did|Has|Have)\b[^\"“”‘:;.!?]{0,50}\?")
"""A question of eight words or so alone on its line, no quotation in it: "Was anyone hurt?", "What's next?"."""


def is_question_subhead(text: str, above: str | None, below: str | None) -> bool:
    """Whether a line of the body is a question subheading: a short question (see _QUESTION_HEAD) over a paragraph of
    body text, under no question (a run of questions is the story's own text)."""
    return bool(_QUESTION_HEAD.fullmatch(text.strip()) and below and chrome.is_body_candidate(below)
                and not (above and _QUESTION_HEAD.fullmatch(above.strip())))
