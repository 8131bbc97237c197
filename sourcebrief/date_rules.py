"""The patterns and word lists the date finder matches English news text against."""

from __future__ import annotations

import re

from .number_words import VALUES

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8,
    "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}
NUMBERS = {
    "a": 1, "an": 1, **{word: n for word, n in VALUES.items() if n}, "hundred": 100,
    "a couple of": 2, "a dozen": 12, "half a": 0.5, "half an": 0.5, "a half": 0.5,
}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
            "fourth": 4, "4th": 4, "final": 4, "last": 4}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
UNIT_CODES = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
              "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
              "century": "CE", "centurie": "CE", "weekend": "WE", "half": "H"}
MODS = {"early": "START", "beginning": "START", "start": "START", "mid": "MID",
        "middle": "MID", "late": "END", "end": "END", "the end of": "END",
        "the beginning of": "START", "the start of": "START", "the middle of": "MID",
        "the first week of": "START", "the first days of": "START", "the last week of": "END",
        "the final week of": "END", "the last days of": "END", "the final days of": "END",
        "earlier": None, "later": None}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
        r"|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?)(?![a-z])")
MONTH = _MON
"""A month's name or abbreviation, for patterns elsewhere."""
_MON_DAY = rf"(?:{_MON}|(?-i:Mar|Jun|Jul)(?![a-z]))"
"""A month beside its day number, where the three-letter "Mar", "Jun" and "Jul" are months too when capitalised ("15
Mar 2025 - 20:45 GMT", "Jun 3"); alone they are not ("to mar the vote")."""
_MONFULL = (r"(?:January|February|March|April|May|June|July|August|September|October"
            r"|November|December|Sept\.|Aug\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.)(?![a-z])")
_WDFULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD = _WDFULL + r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\."
_WEEKDAY_NOUN = (r"\s+(?:school|schools|(?-i:Times|Telegraph|Mirror|Post|Express|Mail|Herald|Independent|Observer|Tribune"
                 r"|Star|Sport|Record)|newspapers?|papers?|editions?|supplement|magazine|roast|best|trading)(?!\w)")
"""A weekday naming a thing, not a day: "taught Sunday school", "told the Sunday Times" (a title only capitalised: "on
Monday record temperatures" is a day)."""
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th)?(?!\w|:\d)"
_BRACKET_DAY = (rf"(?:\s*\((?:(?P<bm>{_MON_DAY})\s+)?(?P<bd>{_DAY})\)"
                r"|,?\s+the\s+(?P<bo>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
                r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|but|when|at|in|with|to|as|of|from|until)\b))?")
"""A weekday's day of the month in brackets after it, as Brazilian outlets write it: "Tuesday [(7)]", "Sunday morning
[(May 5)]"; or its ordinal: "on Friday [the 13th]," (not "Friday the 20th anniversary") (date_bracket)."""
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\w'’%])(?![.,]\d)(?!\s*(?:GMT|UTC)\b)"
"""A year; not a clock time told in another zone ("11:47 pm ([2047] GMT)")."""
_NUMW = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven"
         r"|eight|nine)(?!\w)|\d+\s+1/2|\d+(?:\.\d+)?|a\s+couple\s+of|a\s+dozen|half\s+an?|a\s+few|a|an|one|two|three|four"
         r"|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
         r"|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few"
         r"|many|some|dozens\s+of)(?:\s+and\s+a\s+half)?")
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))"
_MODW = (r"(?:early|mid|middle|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
         r"|the\s+middle\s+of|the\s+first\s+(?:week|days)\s+of|the\s+(?:last|final)\s+(?:week|days)\s+of"
         r"|end|beginning|start)")
_REL = (r"(?:this|last|next|past|previous|coming|current|the\s+past|the\s+previous|the\s+coming|the\s+current|the\s+same"
        r"|the\s+following|the\s+preceding)")
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_AFTER_MONTH = r"(?:(?<=ary)|(?<=rch)|(?<=pril)|(?<=May)|(?<=une)|(?<=uly)|(?<=ust)|(?<=ber)|(?<=\.))"
"""Just after a month name (only a month may take a day number: "last Oct. 23")."""

_MERIDIEM_STOP = r"(?:(?<=\.m)\.|(?<=\.\sm)\.)?"
"""The last full stop of "p.m.", which belongs to it; not the one closing a sentence after "6.50pm" or "9am"."""

PLACE_TIME = r"(?:local|(?-i:[A-Z][a-z]+))\s+time"
"""A zone told by a place after a clock time, as "local time" is: "11:50 a.m. [London time]", "[Tokyo time]"."""
ZONE_NAME = r"(?:Pacific|Eastern|Central|Mountain|Atlantic)\s+(?:(?:Standard|Daylight)\s+)?Time"
"""A time zone written out after a clock time: "12:01 a.m. Pacific Time on Friday"."""

DAY_NUMBER_END = r"\s*(?:[,.;:)]|$)|\s+(?:and|or|but|when|after|before|at|in|with|to|as|he|she|they|it|the|a)\b"
"""What may follow a day of the month told by its number alone, and no noun it counts: "on the 28th[,]", "Feb. 9 and
10[ at] the school" (not "the 10th anniversary", "on Feb. 9 and 10 people")."""

RULES: tuple[tuple[str, str], ...] = (
    # "time": a clock time, "7:25 a.m.", "5.47pm", "9pm", French "14h30" (h4), "noon", with its zone and day if told.
    ("iso", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("yearfirst", r"(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)(?![\d/])"),  # "2024/05/04", as ISO
    ("numeric", r"(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\d/])"),
    # "until 31/08", "from 14/9": a day and month in numbers after a word that makes them a date (date_daymonth).
    ("daymonth", r"(?:(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)|(?<=\bon\s)|(?<=\bfrom\s)|(?<=\bbefore\s)"
                 r"|(?<=\bafter\s)|(?<=\bsince\s))(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\d/])"),
    # "14.09.2024": dots between a date's numbers put the day first wherever they are written (chrome_stamps).
    ("dotted", r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.]\d|\d)"),
    ("full", rf"(?:(?P<wd>{_WD}),?\s+)?(?:(?:the\s+)?(?P<d1>{_DAY})(?:\s*(?:-|–|to)\s*(?P<d1e>{_DAY}))?"
             rf"\s+(?:of\s+)?(?P<m1>{_MON_DAY})|(?P<m2>{_MON_DAY})\s+(?P<d2>{_DAY})(?:\s*(?:-|–|to)\s*"
             rf"(?P<d2e>{_DAY}))?)(?:,?\s+(?P<y>{_YEAR}))?"),
    # "on the 28th", "since the 11th of this month", "set for the 28th": a day of a month the sentence or the
    # publication gives (not "the 15th anniversary", "the 3rd Infantry Division", "for the 10th time": a noun after it).
    ("ordinal", r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\bto\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bfrom\s)|(?<=\bsince\s)"
                r"|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bthrough\s)|(?<=\bfor\s)|(?<=\bhours\sof\s)|(?<=\bnight\sof\s)"
                r"|(?<=\bmorning\sof\s)|(?<=\bafternoon\sof\s)|(?<=\bevening\sof\s)"  # "in the early hours of the 15th"
                r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?=The\s+\d+(?:st|nd|rd|th)\s+(?:was|were|saw|brought)\b))"
                r"the\s+(?P<od>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)"
                r"(?:\s+of\s+(?P<rel>this|next|last|the)\s+month)?"
                rf"(?={DAY_NUMBER_END}|\s+(?:was|were|saw|brought)\b)"),
    ("time", rf"(?:(?P<h>[012]?\d):(?P<mi>[0-5]\d)(?::[0-5]\d)?(?:\s*(?P<ap>[ap])\.?\s?m\b{_MERIDIEM_STOP})?"
             rf"|(?P<h3>1[0-2]|0?[1-9])\.(?P<mi3>[0-5]\d)\s*(?P<ap3>[ap])\.?m\b{_MERIDIEM_STOP}"
             rf"|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>[ap])\.?m\b{_MERIDIEM_STOP}|(?P<h4>[01]?\d|2[0-3])h(?P<mi4>[0-5]\d)(?!\w)"
             rf"|(?:12\s+)?(?P<nm>noon|midnight|midday(?!\s+(?:meals?|prayers?|sun|heat|news|break|bulletin))))"
             rf"(?:\s+(?:[ECMP][SD]T|GMT|UTC|(?-i:{ZONE_NAME}))(?![\w]))?"
             rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{_WDFULL}){_BRACKET_DAY}|(?P<tm>{_MON})\s+(?P<td>{_DAY}))"
             r"|\s+(?P<dw>yesterday|today|tomorrow|tonight|last\s+night)(?!\w))?"),
    ("offset", rf"(?:(?P<cmp>(?<!\d\s)(?:less\s+than|more\s+than)|nearly|almost|about|around|roughly|at\s+least|just|only"
               rf"|over|under|some)\s+)?(?P<n>{_NUMW})[\s-]+(?P<u>{_UNIT}|weekend)s?\s+"
               r"(?P<dir>ago|earlier|later|previously|from\s+now|hence|before(?!\s+\w)|after(?!\s+\w))(?!\s+than\b)"),
    ("decade", r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<dec>(?:1[5-9]|20)\d)0['’]?s|['’](?P<dec2>\d)0s)(?!\w)"
               r"|the\s+(?:(?P<mod2>early|mid|late)[\s-]+)?(?P<decw>twenties|thirties|forties|fifties|sixties"
               r"|seventies|eighties|nineties)"),
    ("quarter", rf"(?:the\s+)?(?:(?P<fis>fiscal|calendar)[\s-]+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)"
                rf"[\s-]+(?:fiscal[\s-]+)?(?P<qh>quarter|half)(?:,?\s+(?:of\s+)?(?:fiscal\s+)?(?P<y>{_YEAR})"
                r"|\s+of\s+(?P<qry>next|last|this)\s+year(?!\w)|\s+of\s+the\s+year(?!\w))?"
                rf"|(?P<qq>Q[1-4])(?!\d)(?:\s+(?P<y2>{_YEAR}))?"  # not a weather report's pressure "Q1012"
                rf"|(?P<mq1>January(?=\s*[-–]\s*March)|April(?=\s*[-–]\s*June)|July(?=\s*[-–]\s*September)"
                rf"|October(?=\s*[-–]\s*December))\s*[-–]\s*(?P<mq2>March|June|September|December)(?!\w)"
                rf"(?:,?\s+(?P<y3>{_YEAR}))?"
                rf"|(?:the\s+)?(?P<yb>{_YEAR})\s+(?:fiscal\s+)?(?P<qb>first|second|third|fourth)[\s-]+quarter"
                rf"|(?:the\s+)?(?P<yc>{_YEAR})\s+(?:fiscal\s+)?(?:quarter|period)(?!\w)"
                r"|(?P<ry>this|last|next)\s+year['’]s\s+(?:(?P<qr>first|second|third|fourth)[\s-]+)?(?:fiscal\s+)?"
                r"(?:quarter|period)(?!\w)"
                r"|the\s+(?:(?P<rq>latest|current|most\s+recent|same|year-earlier|year-ago|comparable)[\s-]+)?"
                r"(?:fiscal\s+)?(?P<qp>quarter|period)(?![\w-])"),
    ("holiday", r"(?:the\s+(?=Easter\s+weekend))?(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?"
                r"|Independence\s+Day|Halloween|Valentine['’]s\s+Day|Easter\s+(?:Sunday|Monday|Day|weekend)"
                r"|Easter(?!\s*\w)|Good\s+Friday)(?!\w)"
                r"(?!\s+(?-i:Island|Islands|Creek|Lake|Hill|Hills|Valley|Bay|Range|Cove))"  # a place: "Christmas Creek"
                r"(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)(?!\w))?"),
    ("anaph", r"the\s+(?P<dir>next|following|previous|preceding|prior|same)\s+(?P<u>day|week|month|year|morning"
              r"|afternoon|evening|night|weekend)(?!\w)|the\s+day\s+(?P<dir2>before|after)(?=\s*[,.;:)]|\s+that)|that\s+day"),
    ("relu", rf"(?:(?P<pre>earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
             rf"|the\s+middle\s+of|the\s+rest\s+of)[\s-]+)?(?P<rel>{_REL})\s+(?P<u>week|weekend|month|year|decade"
             rf"|century|{_SEASON}|{_WDFULL}|{_MONFULL})(?!\w)(?:{_AFTER_MONTH}\s+(?P<day>{_DAY}))?"
             rf"(?:\s+(?P<part>morning|afternoon|evening|night))?{_BRACKET_DAY}"),
    ("ofunit", r"(?P<pre>the\s+end|the\s+beginning|the\s+start|the\s+middle)\s+of\s+the\s+(?P<u>week|month|year)(?!\w)"),
    ("duration", rf"(?:(?P<the>the)\s+)?(?:(?P<adj>past|last|next|first|coming|previous|final|following|recent|"
                 rf"initial|remaining|preceding)\s+)?(?P<n>{_NUMW})[\s-]+(?P<u>{_UNIT})s?(?![\w-])"),
    ("monthyear", rf"(?:(?P<mod>{_MODW})(?:\s*-\s*|\s+))?(?P<m>{_MON})(?:,?\s+(?:of\s+)?(?P<y>{_YEAR})"
                  r"|\s+(?P<ry>last|this|next)\s+year(?!\w))?"),
    # Not the end of a span ("2014-2017"): the span is read from its first year, and is no year of its own.
    ("year", rf"(?:(?P<mod>{_MODW})(?:\s*-\s*|\s+))?(?:(?P<fy>fiscal|calendar|the\s+year|FY)[\s-]*)?(?<!\d{{4}}[-–/])(?<!\d{{4}}\s[-–/]\s)(?P<y>{_YEAR})"
             r"(?:\s*(?:-|–|/)\s*(?P<y2>(?:1[5-9]|20)?\d\d)(?![\w'’%]))?"),
    ("season", rf"(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<the>the)\s+)?(?P<s>{_SEASON})(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?"),
    ("word", r"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:yesterday|tomorrow)\s+"
             r"(?:morning|afternoon|evening|night)|(?:this|later\s+this|earlier\s+this)\s+(?:morning|afternoon|evening)|last\s+night"
             r"|tonight|overnight|today|yesterday|tomorrow|nowadays|now|currently|at\s+present|at\s+the\s+moment|presently"
             r"|recently|lately|the\s+past|the\s+future|recent\s+(?:years|months|weeks|days)|(?:the\s+)?coming\s+(?:days|weeks|months|years))(?!\w)"),
    # Not "the weekend of 7-8 September" (its days are the date); "bl": "the weekend before last".
    ("weekend", r"the\s+weekend(?!\w)(?!\s+of\s+(?:the\s+)?\d)(?P<bl>\s+before\s+last(?!\w))?"),
    ("weekday", rf"(?P<wd>{_WDFULL})(?!\w)(?!{_WEEKDAY_NOUN})(?:\s+(?P<part>morning|afternoon|evening|night))?"
                rf"{_BRACKET_DAY}"),
    ("set", rf"(?:every|each|per)\s+(?:other\s+)?(?P<u>day|week|month|year|morning|afternoon|evening|night|quarter|hour"
            rf"|minute|weekend|{_WDFULL}|{_SEASON})(?!\w)(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:{_WDFULL})(?!\w))*|(?P<adv>daily|weekly|monthly|yearly|hourly"
            rf"|nightly|biweekly|fortnightly)(?!\w)|(?P<n>once|twice|three\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+"
            rf"(?P<u2>{_UNIT})(?!\w)|(?P<wds>{_WDFULL})s(?!\w)"),
    ("baredur", r"(?P<u>hours|days|weeks|months|years|decades)(?!\w)"),
)

MASTER = re.compile(
    r"(?<![\w$£€])(?<!\d[.,:])(?:"
    + "|".join(f"(?P<{name}>{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', pat)})" for name, pat in RULES)
    + ")",
    re.IGNORECASE,
)
RULE_PATTERNS = {name: re.compile(pat, re.IGNORECASE) for name, pat in RULES}

# The look-ahead (every cue starts with a letter or an apostrophe) lets the engine skip spaces and
# punctuation quickly; it matches nothing the cues would not.
FUTURE_CUES = re.compile(
    r"(?=[\w'’])\b(?:will|won['’]t|shall|['’]ll|going\s+to|plans?\s+to|planning\s+to|scheduled|is\s+set\s+to"
    r"|are\s+set\s+to|(?:is|are)(?:\s+not)?\s+(?:due|expected)|look(?:s|ing)?\s+forward|upcoming|intends?\s+to"
    r"|to\s+be\s+held|next(?!\s+(?:to|day|morning|afternoon|evening|night|week|weekend|month|year|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)|coming"
    r"|expected(?=\s+(?:on|by|in|at|before|to|later|early|late|next|this)\b)|hopes?\s+to|aims?\s+to|planned\s+to|(?:is|are)\s+planned|as\s+soon\s+as"
    r"|is\s+to|are\s+to|set\s+to|set(?=\s+for\b)|slated|effective|until|deadline|would\s+be\s+held"
    r"|(?:postponed|delayed|pushed\s+back|put\s+off|rescheduled)\s+(?:to|until|till)\b"
    r"|moved\s+(?:back\s+|forward\s+)?to(?=\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|next)\b)"
    r"|on\s+track\s+to|(?:forecast|predicted|projected|poised|likely)\s+to|(?:is|are)\s+(?:forecast|predicted|projected)\b"
    r"|(?<=['’]s\s)forecast(?!\s+(?:was|were|had|proved)\b)"
    r"|runs?\s+(?:from|until|through|till)"
    r"|(?:plays|hosts|visits|opens|reopens|begins|starts|ends|resumes|faces|continues|takes\s+place|kicks\s+off|takes\s+on|meets"
    r"|takes\s+effect|comes\s+into\s+(?:force|effect)|goes\s+into\s+effect|expires)"
    r"(?![’'])"
    r"|(?<=s\s)(?:reopen|meet|resume|convene|reconvene)|go(?:es)?\s+to\s+the\s+polls"
    r"|(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?)\s+(?:on\s+\w+day\s+)?for\s+(?:[a-z-]+\s+){0,2}?(?:demonstrations?|protests?|rall(?:y|ies)"
    r"|march(?:es)?|strikes?|walkouts?|vigils?|sit-ins?|boycotts?|mobili[sz]ations?|gatherings?|sessions?|meetings?|votes?"
    r"|days?\s+of\s+(?:action|protests?|strikes?|mobili[sz]ation|mourning|rage)"
    r"|summits?)"
    r"|(?:(?<=\bcall\s)|(?<=\bcalls\s)|(?<=\bcalled\s)|(?<=\bcalling\s))(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:strikes?|walkouts?|stoppages?)(?=\s+(?:from|starting)\s))\b",
    re.IGNORECASE,
)
"""Words telling of a time ahead ("next" only when it is no date of its own: "strikes planned for next week after a
breakthrough on Thursday" tells no tense of Thursday; "with opening statements expected on Wednesday" is ahead); a call for a protest, a strike or a day of action is for one ahead ("called for fresh demonstrations
on Tuesday", written on a Monday, is tomorrow's; so is a call for a session, a meeting or a vote: "has called for a
session on Thursday to elect a president"), and a schedule is told in the present ("plays her opening match on
Tuesday", "the exhibition opens in March"); a match "moved to Sunday" is moved to a day ahead, like one postponed; a
strike called from a day ("called [a rolling strike] from Thursday evening") starts ahead (the cue is the strike, after
"called", which stays the past of a day before it: "on Wednesday called a strike from Thursday")."""
REPORTED_FUTURE_CUES = re.compile(
    r"(?=[\w'’])\b(?:would(?!\s+(?:not\s+)?have\b)|(?:could|might|should|(?-i:may))(?!\s+(?:not|have|be\s+reached)\b)"
    r"|(?:said|says|told|announced|warned|added)\b(?:\s+[^\s.;]+){0,12}?\s+expected\s+(?!to\b)(?:[\w'’-]+\s+){1,5}?"
    r"to\s+(?!have\b)[a-z]+"
    r"|(?:said|says|told\s+\w+|announced|added)\s+(?:that\s+)?(?:it|they|he|she|we)\s+(?:now\s+)?expected(?=\s+(?!to\b))"
    r"|(?:said|says|warned|added)\b(?:\s+[^\s.;]+){0,12}?\s+(?:was|were)\s+forecast(?=\s+for\b)"
    r"|(?:was|were|had\s+been)\s+(?:not\s+)?due\s+to|(?:hoped|aimed|intended)\s+to"
    r"|(?:starting|beginning)(?=\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)))\b",
    re.IGNORECASE,
)
""""said the suspects would appear in court on Thursday", "hoped to have the men out by the middle of the week",
"mourning starting Monday", "warned that rain could fall by
Friday", "said it expected operations to return to normal by Tuesday", "said it expected slightly better traffic over the
weekend" (an expectation told in a saying; alone,
"analysts expected the bank to cut rates on Thursday" may be one the news has overtaken): later than the saying. Not a modal's negation or perfect ("could not be reached on Sunday", "may have left on
Monday"), and "may" only in lower case (not the month). A plan told in the past ("postponed a trip that was due to
begin Thursday") is a future seen from then, no past deed: the coming Thursday, as after "would"."""
AHEAD_CLOCK = re.compile(r"\b(?:will|shall|won['’]t|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to)\b|['’]ll\b",
                         re.IGNORECASE)
"""A future before a clock time with no day ("NVE will hold a press conference at 12 noon"): in a dated report the
clock is ahead on its publication day, whatever day the story told last (chronology's bare clock times)."""
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ght|de|ft|ld|lt|nt|id|ck|un|ng)\b", re.IGNORECASE)


def backstory(sentence: str, expression: str) -> bool:
    """Whether a date is told in a past perfect before it ("The vessel had arrived from Jebel Ali on Monday"): the
    story's backstory, which moves no narrative on to that day (a later bare clock time is not that day's)."""
    at = sentence.find(expression)
    return at > 0 and _PLUPERFECT_BEFORE.search(sentence, 0, at) is not None


PAST_CUES = re.compile(
    r"(?=[\w'’])\b(?<!\bbe )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bremain )(?<!\bremains )(?<!\bstay )(?<!\bstays )"
    r"(?:(?:was|were|had|did)(?:n['’]t)?|said|told|went|(?-i:met)|began|held|came|took|made|saw|gave|left|won|lost|ago|last"
    r"|brought|bought|sold|fell|rose|grew|paid|led|found|became|knew|thought|sent|spent|struck|built|chose|drove"
    r"|ran|wrote|spoke|stood|kept|got|broke|flew|fought|threw|shot|slid|sank|swore|woke|wore|overran|seized|withdrew"
    r"|swept|tore|fled|shook|blew|drew|stole|froze|dug"
    r"|(?<!\bour )(?<!\bthe )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\ba )(?<!\btheir )(?<!\bwell-)(?<!\bbe )(?<!-)"
    r"(?<!\bas )"  # "would continue on Tuesday as planned": an idiom, no past deed
    r"(?!(?:hundred|united|limited|indeed|need|speed|proceed|succeed|exceed|feed|seed|shed|sacred|kindred|naked"
    r"|wicked|rugged)\b)(?-i:[a-z])[a-z]+ed)\b",
    re.IGNORECASE,
)
"""Past-tense words; not a participle after "be", "is", "remain" or "stay" ("will be held on Thursday", "is to be sent",
"will remain halted through Friday"), which tells no past, nor a capitalised name ending in "-ed" ("Saeed Jalili",
"Mohammed") or opening with "Met" ("Met Éireann's warning remains in place until 3am on Sunday": the coming one)."""
TIME_ZONE = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|JST|AE[SD]T)"
"""A time zone written after a clock time: "7:25 a.m. CT", "(1225 GMT)"."""
SENTENCE_END = re.compile(rf"[.!?](?!(?<=\b[ap]\.m\.)\s+(?:(?:{TIME_ZONE}|{ZONE_NAME}|{PLACE_TIME}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
                          rf"|\(\s*\d{{1,2}}[:.]?\d{{2}}\s*{TIME_ZONE}\b))(?<!\b[A-Z][.!?])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|vs|Lt)[.!?])"
                          r"(?<!\b(?:Mrs|Sgt|Rep|Sen|Gov|Gen|Col|Maj|Adm|Spc|Pfc|Cpl|Pvt|Jan|Feb|Aug|Sep|Oct|Nov|Dec|Inc|Ltd)[.!?])"
                          r"(?<!\b(?:Capt|Brig)[.!?])"
                          r"(?<!\b(?:Capt|Prof|Sept|Brig|Cmdr|Supt|Corp)[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n")
"""A full stop (not after an initial, a title, a month's abbreviation: "Sept. 21", or the "a.m." of "7:25 a.m. CT", "4 a.m. Monday"
or "5:47 p.m. (0847 GMT) on Tuesday", whose bracket tells the same time in another zone)
before a capital, or a line
break. The mark comes first and the look-behinds include it, so the engine skips ahead to the next mark instead of
testing every position."""
MONEY_BEFORE = re.compile(r"(?:\d|million|billion|dollars|cents|percent|%|\$\S*|pounds|euros)\s*$", re.IGNORECASE)

KEY = re.compile(
    r"(?<![\w])(?:\d|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Christmas"
    r"|Thanksgiving|Easter|Halloween|Independence|Valentine|Q[1-4]))"
    r"|\b(?:second|minute|hour|day|daily|week|fortnight|month|quarter|year|decade|centur|period|half|today|yesterday"
    r"|tomorrow|tonight|overnight|nowadays|now\b|currently|present|moment|recent|lately|past\b|future|night"
    r"|nightly|biweekly|morning|afternoon|evening|noon|midnight|midday|spring|summer|fall\b|autumn|winter|twenties"
    r"|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
    re.IGNORECASE,
)
"""A word every temporal expression contains; matching starts are tried only a few words before one."""
WORD_START = re.compile(r"(?<![\w$£€])(?<!\d[.,])[\w'’]")
"""Where a match may start."""


DAY_AFTER_TIME = re.compile(
    rf"\)?\s+(?:{PLACE_TIME}\s+|{TIME_ZONE}\s+)?(?:\((?:\d{{3,4}}|\d{{1,2}}[:.]\d{{2}})\s*(?:GMT|UTC)(?:\s+{_WDFULL})?\)\s+)?"
    rf"(?:(?:late|early)\s+)?(?:on\s+)?"
    rf"(?:(?P<wd>{_WDFULL})|(?P<tm>{_MON})\s+(?P<td>{_DAY}))(?!\w)")
"""The day a clock time is on when it follows the time as an expression of its own: "10:35 a.m. (0735 GMT) Friday",
"10:45pm (19:45 GMT) on Tuesday" (both times), "4:17 a.m. local time on Monday", "1:28 a.m. ET on Tuesday", "8:30 p.m.
local time (0030 GMT Thursday) late on Wednesday" (the day in the brackets is the GMT time's)."""
DATE_AFTER_TIME = re.compile(
    rf"\)?\s+(?:{PLACE_TIME}\s+|{TIME_ZONE}\s+)?(?:(?:late|early)\s+)?(?:on\s+)?(?:{_WDFULL},?\s+)?(?:the\s+)?"
    rf"(?:(?P<dd>{_DAY})\s+(?:of\s+)?(?P<dm>{_MON_DAY})|(?P<mm>{_MON_DAY})\s+(?P<md>{_DAY})(?=,?\s+{_YEAR}))"
    rf"(?:,?\s+(?P<dy>{_YEAR}))?(?!\w)")
"""The calendar date a clock time is on, written after it day first or with its year: "at 17:00 on 3 March", "at 7am
on Thursday 7 March", "at 09:30 CET on 3 March", "at 3pm on March 5, 2023" (month first without a year is
DAY_AFTER_TIME's)."""
YEAR_AFTER = re.compile(rf",?\s+(?P<y>{_YEAR})")
"""The year after a clock time's month and day: "3pm on March 5[, 2023]"."""
PAIRED_TIME = re.compile(r"\s*(?:-|–|to|until|and(?:\s+[a-z]+){0,3}\s+at)\s+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?",
                         re.IGNORECASE)
"""A second clock time joined to the first, whose day then dates both: "opened at 6 a.m. and closed at 6 p.m. Sunday",
"from 9 a.m. to 5 p.m. Friday"."""


def written_hour(clock: re.Match[str]) -> tuple[int, str]:
    """The hour of a RULE_PATTERNS["time"] match as written and its "a" or "p" ("" for none): (5, "p") for a British
    "5.47pm", (14, "") for a French "14h30"; (0, "") for "noon" or "midnight", which write no hour."""
    hour = int(clock["h"] or clock["h3"] or clock["h2"] or clock["h4"] or 0)
    return hour, (clock["ap"] or clock["ap3"] or clock["ap2"] or "").lower()


_SPAN_AFTER_CLOCK = re.compile(r"\s*(?:hours?|hrs?|minutes?|mins?)\b", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)


def span_of_time(text: str, start: int, end: int) -> bool:
    """Whether the "h:mm" at ``text[start:end]`` is a span of time, not a clock: a unit after it ("landed about [2:25]
    hours after the turn"), unless "at" before it makes it a clock told the military way ("at 14:30 hours")."""
    return bool(_SPAN_AFTER_CLOCK.match(text, end)) and not _AT_BEFORE.search(text, max(0, start - 4), start)
