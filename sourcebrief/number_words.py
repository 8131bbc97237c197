"""Numbers written in words, shared by the rules that read counts ("eleven miners", "twenty-one days")."""

from __future__ import annotations

SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
"""Zero to nineteen, each at its value's index."""
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
"""Twenty to ninety, ``TENS[i]`` being ``20 + 10 * i``."""
VALUES = {**{w: i for i, w in enumerate(SMALL)}, **{w: 20 + 10 * i for i, w in enumerate(TENS)}}
"""Each of those words with its value."""
