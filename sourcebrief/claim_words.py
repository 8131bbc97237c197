"""The word lists claims are normalised with: one form for words that say one thing, and words that say nothing."""

from __future__ import annotations

from types import MappingProxyType

SYNONYMS = MappingProxyType({
    "us": "us", "usa": "us", "america": "us", "american": "us", "americans": "us",
    "soldier": "troop", "soldiers": "troop", "troops": "troop", "serviceman": "troop",
    "servicemen": "troop", "personnel": "troop", "iraqi": "iraq", "iraqis": "iraq",
    "syrian": "syria", "syrians": "syria", "iranian": "iran", "iranians": "iran",
    "israeli": "israel", "israelis": "israel", "russian": "russia", "turkish": "turkey",
    "türkiye": "turkey", "jordanian": "jordan", "kurdish": "kurd", "isil": "isis",
    "airstrike": "strike", "airstrikes": "strike", "killing": "kill", "killed": "kill", "kills": "kill",
    "died": "kill", "dies": "kill", "die": "kill", "dead": "kill", "drowned": "kill", "drown": "kill",
    "said": "say", "says": "say", "told": "say", "stated": "say", "wounded": "wound",
    "wounding": "wound", "injured": "wound", "injuring": "wound", "injure": "wound", "injures": "wound",
    "hurt": "wound", "begun": "begin", "began": "begin", "injury": "wound",  # "slightly injured", "minor injuries"
    "slightly": "minor", "slight": "minor", "lightly": "minor",
    "govt": "government", "pullout": "withdrawal", "detain": "arrest", "attendance": "crowd",  # "detained 22 people", "22 people were arrested"
    "capsiz": "overturn", "overturned": "overturn",  # "capsized about 3km from the port", "overturned about 3 km"
    "rescue": "rescu", "rescuer": "rescu",  # "Rescuers had pulled 11 miners out", "11 miners had been rescued"
    "higher": "up", "lower": "down", "close": "clos",  # "closed 1.1 per cent higher", "By the close, … up 0.9%"
    "rose": "up", "jump": "up",  # "Shares … rose 14%", "shares closed up 14%"
    "unaccounted": "missing",  # "Between 35 and 40 people are still unaccounted for", "30 people are missing"
    "raise": "rise", "increase": "rise", "hike": "rise",  # "a 12% raise", "a 12 percent increase", "a 12 percent pay rise"
    "valued": "worth", "valu": "worth", "jewellery": "jewel", "jewelry": "jewel",  # "jewellery valued at €88m",
    # "jewels worth €80 million"
    "took": "last",  # "The raid took four minutes", "a raid lasting four minutes"
    "evacuation": "evacuat", "evacuate": "evacuat",  # "2,000 people were evacuated", "the evacuation of 2,000 people"
    "fell": "fall", "plung": "fall", "plunge": "fall", "tumbl": "fall", "plummet": "fall",  # "plunged about 200
    # meters into a ravine", "fell some 200 metres into a ravine"
})
"""Words folded into one form before claims are compared: "killed", "died" and "dead" are "kill"."""
STOPWORDS = frozenset((
    "a an the and or but if of in on at to for from by with without into onto over under "
    "about above below after before since until during between among against amid across "
    "through throughout toward towards via per as than then so such that this these those "
    "there here which who whom whose what when where why how it its it's he she they we you "
    "i me him her them our their his my your is are was were be been being am have has "
    "had having do does did done will would shall should can could may might must not no "
    "nor also only just very more most less least much many some any each every both all "
    "other another same own again further once still even however while whereas although "
    "though because also currently recently later earlier now today yesterday say add "
    "according note one two three said adding saying noted well like including around "
    "approximately roughly nearly almost estimated upwards excess least most fewer"
).split())
"""Words too common to tell two claims apart."""

SCALE_WORDS = frozenset("""thousand thousands million millions billion billions trillion trillions bn mn euro euros
    dollar dollars pound pounds yen yuan franc francs rupee rupees peso pesos""".split())
"""Words of a figure's scale or currency, which say nothing of what it counts when values are far apart: "Mac revenue
was $7.74 billion" and "revenue of $94.9 billion" share "revenue" only (a part and the whole), "$140 million
contract" and "pay about $20 million" nothing at all (the ratio of words shared still counts them all)."""
