"""Numbers in words: age, weeks of pregnancy, how long and how often it bled.

These need arithmetic ("14 weeks" is under 16, "5 weeks" is over 4), so they are
regular expressions in code rather than lexicon phrases. Each returns the span
of the words it read, so the person can see where a fact came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bleedcheck.engine.case import Answer

__all__ = ["Fact", "read_age", "read_facts", "read_method_start"]

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "couple": 2,
    "few": 3,
    "several": 3,
    "many": 4,
    "multiple": 3,
    "half": 0.5,
    "handful": 3,
    "both": 2,
    "twice": 2,
    "один": 1,
    "одна": 1,
    "семь": 7,
    "десять": 10,
    "два": 2,
    "две": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "несколько": 3,
    "пару": 2,
    "пара": 2,
    "много": 4,
    "второй": 2,
    "третий": 3,
    "четвертый": 4,
    "пятый": 5,
    "шестой": 6,
    "седьмой": 7,
    "восьмой": 8,
    "девятый": 9,
    "втором": 2,
    "третьем": 3,
    "четвертом": 4,
    "пятом": 5,
    "шестом": 6,
    "седьмом": 7,
    "восьмом": 8,
    "девятом": 9,
    "полгода": 26,
    "полтора": 1.5,
    "вторую": 2,
    "третью": 3,
    "четвертую": 4,
    "пятую": 5,
    # Session 11: spans in words ("месяцев восемь")
    "восемь": 8,
    "девять": 9,
}
_RU_ABOUT = "около|уже|почти|примерно|где-то|всего|только|больше|более|пью|принимаю|стоит|ношу"
_EN_SPELLED = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_EN_NUMBER = (
    r"\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"couple(?: of)?|few|several|many|multiple"
)
_RU_NUMBER = (
    r"\d{1,2}|один|одна|два|две|три|четыре|пять|шесть|несколько|пару|пара|вторую|третью|"
    r"четвертую|пятую|"
    r"много|полтора|второй|третий|четвертый|пятый|шестой|седьмой|восьмой|девятый|втором|третьем|"
    r"четвертом|пятом|шестом|седьмом|восьмом|девятом"
)
_WEEKS = {
    "week": 1.0,
    "wk": 1.0,
    "fortnight": 2.0,
    "day": 1 / 7,
    "month": 4.3,
    "mth": 4.3,
    "mo": 4.3,  # "mos", after "month" so that one is tried first
    "year": 52.0,
    "yr": 52.0,
    "нед": 1.0,
    "мес": 4.3,
    "год": 52.0,
    "лет": 52.0,
    # Session 11: days, for a last period ("ПМ 8 дней назад")
    "дн": 1 / 7,
    "день": 1 / 7,
    "сут": 1 / 7,
}

_AGE = {
    "en": [
        re.compile(
            r"\b(?:i'?m|i am|im|age|aged|i turned|"
            r"just turned)\s*:?\s*(\d{1,2})\b(?!\s*(?:%|weeks?|wks?|months?|days?|"
            r"times|hours?|min|kg|lb|cm|\+|plus\b|\.\d|-\d))"
        ),
        re.compile(r"\b(\d{1,2})\s*(?:y/?o|yo|yrs? old|years? old|-year-old|year-old|f\b|\(f\))"),
        re.compile(r"^\s*(\d{1,2})\s*[,.:)]\s"),
        re.compile(
            r"\b(?:she'?s|shes|she is|i have|aged?)\s+(\d{2})\b"
            r"(?!\s*(?:%|weeks?|wks?|days?|months?|times|/))"
        ),
        re.compile(
            r"\b(?:daughter|wife|girlfriend|gf|mum|mom|mother|sister)\b\W{0,3}(?:is\s+|\()?(\d{2})\b(?![/\d]|\s*(?:weeks?|days?|months?))"
        ),
        re.compile(r"\bsex at (\d{2})\b(?![/\d])"),
        re.compile(r"(?:^|[,.!?]\s)(\d{2})\s+here\b"),
        # A bare age between commas or at the end: "Female, 29.", "Hi all, 56 and ..."
        re.compile(r"(?:^|[,.!?]\s|here,\s)(\d{2})(?=\s*(?:[,)!]|\.(?!\d)|$|\s+and\b))"),
    ],
    "ru": [
        re.compile(
            r"(?:мне|возраст)\s*:?\s*(?:уже|только|почти|сейчас|"
            r"всего)?\s*(\d{1,2})(?!\s*(?:%|недел|нед|месяц|дн|раз|час|мин|кг|см|\+|"
            r"[.,]\d))"
        ),
        re.compile(r"^\s*(\d{1,2})\s*(?:лет|год|года|г\.)?\s*[,.:)]\s"),
        re.compile(r"(?:^|[.!?]\s*)(?:мне\s*)?(\d{1,2})\s*(?:лет|год|года)\b"),
        # Hers, not his ("ему 52" is the partner's age).
        re.compile(r"(?:ей|дочери|дочке|маме|жене)\s+(\d{2})\b(?!\s*(?:недел|дн|месяц|раз))"),
        # Notes: "Пациентка 45 л.", "Женщина 41 г.", "девушка, 19 лет".
        re.compile(
            r"(?:пациентк\w*|женщин\w*|девушк\w*|ж\.)\s*,?\s*(\d{2})\s*(?:л\.|лет|года?|г\.)"
        ),
        re.compile(r"(?:^|[,.!?]\s)(\d{2})\s*(?:л\.|лет|года?)?(?=\s*(?:[,)!]|\.(?!\d)|$))"),
    ],
}
_BLEEDING = {
    "en": re.compile(
        r"\b(?:bleed|blead|bled|blood|spot|spotting|spotted|bleeding|streak|pcb|pmb|happen)", re.I
    ),
    # Session 7: typos ("кравит", "мажит"), spotting by its colour, the clinic's ПКК.
    "ru": re.compile(r"(?:кров|крав|маж|мазн|мазал|розов|пкк)", re.I),
}


@dataclass(frozen=True, slots=True)
class Fact:
    """A finding read from a number, with the words it came from."""

    finding: str
    value: Answer
    start: int
    end: int
    cue: str


def _number(word: str) -> float:
    word = word.removesuffix(" of")
    return float(word) if word[0].isdigit() else float(_NUMBERS.get(word, 0))


def _fold(text: str) -> str:
    # Same length as the input so offsets stay valid.
    return text.lower().replace("ё", "е").replace("’", "'")


_TENS = {
    "en": ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "ru": [
        "двадцать",
        "тридцать",
        "сорок",
        "пятьдесят",
        "шестьдесят",
        "семьдесят",
        "восемьдесят",
        "девяносто",
    ],
}
_UNITS = {
    "en": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "ru": ["один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}
_TEENS = {
    "en": [
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ],
    "ru": [
        "десять",
        "одиннадцать",
        "двенадцать",
        "тринадцать",
        "четырнадцать",
        "пятнадцать",
        "шестнадцать",
        "семнадцать",
        "восемнадцать",
        "девятнадцать",
    ],
}
# Russian ordinals, stem by stem (any case ending follows): "на двадцать четвертой
# неделе" is week 24. Only compound ordinals ("двадцать четвертой") and teens and tens
# ("шестнадцатой", "двадцатой") are turned into digits: a lone "второй" is far more
# often "a second time" than a week, and the lexicon reads "на пятой неделе".
_RU_ORDINAL_UNITS = [
    "перв",
    "втор",
    "трет",
    "четверт",
    "пят",
    "шест",
    "седьм",
    "восьм",
    "девят",
]
_RU_ORDINAL_TEENS = [t.removesuffix("ь") for t in _TEENS["ru"]]
_RU_ORDINAL_TENS = ["двадцат", "тридцат", "сороков"]
_ORDINAL_END = r"(?:ий|ый|ой|ая|ое|ую|ые|ья|ье|ью|ьей|ьего|ьему|ьем|ого|ому|ом|ей|ым|ых)\b"
_SPELLED = {
    language: re.compile(
        rf"\b(?:({'|'.join(_TENS[language])})(?:[\s-]+({'|'.join(_UNITS[language])}))?"
        rf"|({'|'.join(_TEENS[language])}))\b"
    )
    for language in _TENS
}
_SPELLED_ORDINAL = {
    "ru": re.compile(
        rf"\b(?:({'|'.join(_TENS['ru'])})[\s-]+({'|'.join(_RU_ORDINAL_UNITS)})"
        rf"|({'|'.join(_RU_ORDINAL_TEENS)})|({'|'.join(_RU_ORDINAL_TENS)})){_ORDINAL_END}"
    )
}


def _digits_for_spelled_numbers(folded: str, language: str) -> str:
    """ "seventy one" -> "71" padded with spaces, so ages in words read like digits
    (people dictating or writing formally spell them out) and offsets stay valid."""
    pattern = _SPELLED.get(language)
    if pattern is None:
        return folded
    ordinal = _SPELLED_ORDINAL.get(language)
    if ordinal is not None:
        folded = ordinal.sub(_ordinal_digits, folded)

    def digits(m: re.Match[str]) -> str:
        tens, units, teen = m.groups()
        if teen:
            value = 10 + _TEENS[language].index(teen)
        else:
            value = 10 * (2 + _TENS[language].index(tens))
            value += _UNITS[language].index(units) + 1 if units else 0
        return str(value).ljust(len(m.group(0)))

    return pattern.sub(digits, folded)


def _ordinal_digits(m: re.Match[str]) -> str:
    tens, unit, teen, round_tens = m.groups()
    if tens:
        value = 10 * (2 + _TENS["ru"].index(tens)) + _RU_ORDINAL_UNITS.index(unit) + 1
    elif teen:
        value = 10 + _RU_ORDINAL_TEENS.index(teen)
    else:
        value = 10 * (2 + _RU_ORDINAL_TENS.index(round_tens))
    return str(value).ljust(len(m.group(0)))


def read_age(text: str, language: str) -> tuple[int, int, int] | None:
    """(age, start, end) of the first plausible age statement, if any."""
    original = _fold(text)
    folded = _digits_for_spelled_numbers(original, language)
    for pattern in _AGE.get(language, []):
        for m in pattern.finditer(folded):
            age = int(m.group(1))
            if 10 <= age <= 99 and not _temperature(folded, m.start(1), age):
                end = m.end(1)
                while end < len(folded) and folded[end] == " " != original[end]:
                    end += 1  # the rest of a number in words
                return age, m.start(1), end
    return None


# "Температура? Да, 38", "temp 38": a body temperature, not an age.
_TEMPERATURE = re.compile(
    r"(?:температур\w*|темп|\btemp\w*|fever|жар)\W{0,4}"
    r"(?:(?:да|yes|yeah|yep|ага|была?|is|was|of|around|about|под|около)\W{1,4})?$"
)


def _temperature(folded: str, start: int, number: int) -> bool:
    return 35 <= number <= 42 and bool(_TEMPERATURE.search(folded[max(0, start - 30) : start]))


_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|\n")
# A sentence with at most this many words beside the number ("3 times now.", "x2")
# is a fragment that continues the one before.
_FRAGMENT_WORDS_BESIDE = 1


_ANSWER = re.compile(r"\s*(?:yes|yeah|yep|yup|y)\b")


def _near(folded: str, start: int, end: int) -> str:
    """The words around a match that can be about the same thing: its own sentence,
    within ``_NEAR`` characters ("bled after sex, 3rd time now"), and the sentence
    before when the match stands in a fragment ("just after sex. 3 times now").
    "Positive test (6 weeks). Bled after sex" keeps the weeks off the bleeding."""
    ends = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(folded)]
    left = max((e for s, e in ends if e <= start), default=0)
    right = min((s for s, e in ends if s >= end), default=len(folded))
    own = len(folded[start:end].split())
    if len(folded[left:right].split()) - own <= _FRAGMENT_WORDS_BESIDE or (
        _ANSWER.match(folded, left) and folded[:left].rstrip().endswith("?")
    ):
        # Session 14b: a form's answer goes on from its question ("Bleeding after
        # sex? Yes, 3 times since the start of last month").
        left = max((e for s, e in ends if e < left), default=0)
    return folded[max(left, start - _NEAR) : min(right, end + _NEAR)]


def _not_bleeding_time(folded: str, start: int, end: int) -> bool:
    """A duration that belongs to something else: "period due in 2 weeks",
    "isn't due for 2 wks", "6 weeks pregnant", "baby is 6 weeks old"."""
    before = folded[max(0, start - 12) : start]
    after = folded[end : end + 14]
    return bool(
        re.search(r"\b(?:due|late|overdue)\b[^.,;]*$", before)
        or re.match(
            r"\s*(?:pregnant|preg|along|gone|old|postpartum|pp|after (?:\w+ )?(?:birth|"
            r"delivery|section|baby))",
            after,
        )
    )


# Russian durations that belong to something other than the bleeding when its word
# stands right before or after them: "встречаемся полгода", "месячных нет уже недель
# шесть", "пью Джес уже 2 месяца", "с мужем 15 лет".
_OWNER = {
    "ru": (
        re.compile(
            r"(?:встреча\w*|вместе|живем|живу|женаты|знакомы|замуж\w*|браке|пью|принима\w*|"
            r"стоит|ношу|месячн\w*|менструац\w*|задерж\w*|беремен\w*|родил\w*|родов|"
            r"кормлю|курю|мужем|парнем|партнером|запах\w*|зуд\w*|него)(?:\s+[^\s.,;!?]+){0,2}\s+$"
        ),
        re.compile(
            r"^\s*(?:вместе|встречаемся|женаты|в браке|живем|пью|принимаю|стоит|"
            r"беремен\w*|задержк\w*|кормлю|без месячных|сперм\w*)"
        ),
    ),
    # "together about two months", "ttc for 8 months", "itching for two weeks": the
    # relationship's, the trying's or another symptom's time, not the bleeding's.
    "en": (
        re.compile(
            r"\b(?:together|dating|seeing (?:him|her|each other)|married|ttc|trying|"
            r"relationship|itch\w*|discharge|smell\w*|sore(?:ness)?|ulcer|lump|rash|"
            r"fever|temp\w*|pain\w*|ache|aching|burn\w*|cramp\w*|"
            # Session 14b: a new partner's time ("new partner 3/52", "new bf 2 months"),
            # and a thing that has "been there" that long (a sore, a lump).
            r"new (?:partner|boyfriend|bf|guy|man|fella|lad|girlfriend|gf)|been there)"
            r"(?:\s+(?:now|so|just|only|for|about|since))?\s+$"
        ),
        re.compile(r"^\s*(?:together|of (?:dating|marriage|being together|trying))\b"),
    ),
}


def _owned_by_other(folded: str, start: int, end: int, language: str) -> bool:
    """A duration whose nearest word is another thing's ("встречаемся полгода")."""
    owner = _OWNER.get(language)
    if owner is None:
        return False
    before = folded[max(0, start - 40) : start]
    found = owner[0].search(before)
    bleeding = _BLEEDING.get(language)
    if found is not None and bleeding is not None:
        # "с мужем кровит уже месяца полтора": a bleeding word between takes the span.
        between = found.group().split()[1:]
        after = folded[end : end + 12].split()
        if any(bleeding.match(word) for word in between + after[:1]):
            found = None
    return bool(found or owner[1].match(folded[end : end + 20]))


_PREGNANCY = {
    "en": [
        re.compile(
            rf"\b({_EN_NUMBER})\s*(?:-|\s)?\s*(weeks?|wks?|w|"
            rf"months?)\s*(?:\+\s*\d\s*(?:days?|d)?\s*)?(?:pregnant|preg|along|"
            rf"gestation|gone)"
        ),
        # "I'm 28 weeks", "at 22 weeks": a woman who counts herself in weeks is pregnant.
        # Not "fitted at 6 weeks", "cleared me at 6 weeks": the time of a postnatal event.
        re.compile(
            r"(?<!fitted )(?<!cleared )(?<!in )(?<!me )(?<!done )(?<!check )(?<!checked )"
            r"\b(?:i'?m|i am|she'?s|she is|at|currently|hit|reached|just turned)\s+(?:about\s+|"
            r"around\s+|nearly\s+|"
            r"almost\s+|just\s+)?(\d{1,2})\s*(weeks?|wks?)\b(?!\s*(?:\+|ago|late|post|"
            r"after|since|overdue|old|into|on|of|in|out|pp|before|later|now\b))"
        ),
        # "pregnant for 8 weeks", "Pregnant? Yes, 9 wks", not "can't be pregnant. Since
        # one week I have discharge" (a denial before it, or a sentence end between).
        re.compile(
            r"(?<!not )(?<!n't )(?<!not be )(?<!n't be )(?<!never )(?<!never been )"
            rf"\bpregnant[^\d.!;]{{0,12}}?\b({_EN_NUMBER})\s*(weeks?|wks?|months?)"
        ),
        # A note opening with its weeks ("32 weeks, bled after sex"), not "6 wks pp",
        # "6 wks post c section" or "6 wks now of bleeding".
        re.compile(
            r"^\s*(\d{1,2})\s*(?:\+\s*\d\s*)?(weeks?|wks?)\b(?!\s*(?:ago|post|after|since|"
            r"old|of|pp|postpartum|postnatal|now|later|before)\b)"
        ),
        re.compile(
            r"(?:^\s*|\b(?:i'?m|i am|at|she'?s|she is)\s+)(\d{2})\s*(\+|plus)\s*"
            r"(?:\d|one|two|three|four|five|six)\b"
        ),
        re.compile(r"\b(\d{1,2})(/40)\b"),
    ],
    "ru": [
        re.compile(
            rf"\b({_RU_NUMBER})\s*(недел\w*|нед\b\.?|месяц\w*|мес\b\.?)\s*(?:беремен\w*|срок)"
        ),
        re.compile(
            # Not after a denial ("не беременна уже 3 недели"), nor over a sentence end.
            r"(?<!не )(?<!нет )"
            rf"(?:беремен\w*|срок\w*)[^\d.!;]{{0,30}}?\b({_RU_NUMBER})\s*(?:-?й|"
            # "беременна я или нет, тест делала две недели назад": a time ago, not
            # a week of pregnancy (session 8)
            rf"-?я)?\s*(недел\w*|нед\b\.?|месяц\w*|мес\b\.?)(?!\w|\s*назад)"
        ),
        # "5 недель после кесарева" is a time since a birth (session 12).
        re.compile(
            r"^\s*(\d{1,2})\s*(?:\+\s*\d\s*)?(недел\w*|нед\b)(?!\w)"
            r"(?!\.?\s+(?:после|с)\s+(?:родов|кесар|кс\b))"
        ),
        # "я на 18 неделе", "на пятом месяце", "у меня 30-я неделя": the place in a
        # pregnancy, unless it is the place in a pill pack or a cycle.
        re.compile(
            rf"(?:(?<!\w)на|у меня)\s+({_RU_NUMBER})\s*-?(?:й|ой|ей|я)?\s*(неделе|неделя|"
            rf"месяце)\b(?!\s*(?:прием|пачк|цикл|таблет|как|назад|с\b|"
            # "на 2 неделе после родов" is a time after an event; "на 24 неделе после
            # секса кровь" is a pregnancy and what happened in it.
            rf"после(?!\s+(?:секс|пол\w*\s+акт|близост|акта|интим|пк\b))))"
        ),
    ],
}
_DURATION = {
    "en": re.compile(
        # Session 13: "it's been ~3 months", "already two months", "these two months",
        # "for roughly six weeks", "the last six or seven weeks".
        rf"(?:\b(?:for|past|last|over|about|almost|nearly|since|maybe|been|already|these|around|"
        rf"onset:?|in)\s+|>\s*|~\s*|\bx\s*)(?:the\s+)?(?:past\s+|last\s+)?(?:(?:maybe|about|"
        rf"around|like|roughly|nearly|almost|approx\.?|approximately)\s+|~\s*)?"
        rf"(?:a\s+(?=couple|few))?({_EN_NUMBER})"
        rf"(?:\s*(?:-|–|to|or)\s*(?:\d{{1,2}}|{_EN_SPELLED}))?\s*(?:or so\s+)?(weeks?|wks?|"
        rf"months?|mths?|days?|fortnights?)\b(?:\s+and\s+(?:a\s+)?half)?"
        rf"(?!\s*(?:ago|back|old|late|since\s+(?:my|her|the)\s+(?:last\s+)?(?:period|lmp|"
        rf"smear|pap)))|"
        # Session 12: a form's "bleeding after sex x 1 yr" (years only so: "for 4 yrs"
        # is too often periods stopped or a relationship).
        rf"\bx\s*({_EN_NUMBER})\s*(years?|yrs?)\b|"
        # Session 12: "for the past half year", "about half a year".
        rf"\b(?:for|past|last|over|about|almost|nearly)\s+(?:the\s+)?(?:past\s+|last\s+)?"
        rf"(half a year|half year)\b|"
        rf"(?:\bx\s*)?(?<![\d/])(\d{{1,2}})/(12|52)\b(?!\s*ago)|"
        rf"\b(?:past|last|a|in a)\s+(fortnight)\b|"
        # Session 13: "twice now this week", "2nd time this wk", "twice in the past week",
        # "twice since last week".
        rf"\b(?:twice|x\s?[2-9]|[2-9]\s?x|(?:\d|two|three|four|five) times|"
        rf"[2-9](?:st|nd|rd|th) time)"
        rf"\s+(?:now\s+)?(?:(?:in|within|over|during|since)\s+)?(?:the\s+)?(this|last|past)\s+"
        rf"(?=week\b|wk\b)|"
        # Session 9: "six months of postcoital bleeding", "6 wks now of bleedin".
        rf"\b({_EN_NUMBER})\s*-?\s*(weeks?|wks?|months?|mths?)\s+(?:now\s+)?(?:history\s+)?"
        rf"of\s+(?=(?:[\w-]+\s+){{0,2}}(?:bleed|pcb|spot|blood|postcoital|post-coital))|"
        # Session 12: an onset told as a time ago ("the bleeding after sex started
        # about 6 weeks ago"), a span of "this" ("4 months of this"), a clinic's window
        # in days ("x2 in past 10/7").
        rf"\b(?:started|start|began|begun|starting)\s+(?:about\s+|around\s+|roughly\s+|"
        rf"maybe\s+|like\s+|over\s+|nearly\s+|almost\s+|~\s*)?({_EN_NUMBER})\s*(weeks?|wks?|"
        rf"months?|mths?|years?|yrs?)\s+(?:ago|back)\b|"
        rf"\b({_EN_NUMBER})\s*(weeks?|wks?|months?|mths?)\s+(?:now\s+)?of\s+(?:this|it)\b|"
        rf"\b(?:in|over|past|last)\s+(?:the\s+)?(?:past\s+|last\s+)?(\d{{1,2}})/(7)\b|"
        # "PCB persisting 3 months", "been like that for about a year"
        rf"\b(?:been (?:like (?:this|that)|going on|happening)|persisting|persistent)\s+"
        rf"(?:for\s+)?(?:about\s+|around\s+|nearly\s+|over\s+|~\s*)?({_EN_NUMBER})\s*"
        rf"(weeks?|wks?|months?|mths?|years?|yrs?)\b"
    ),
    # Session 9: a clinic's "кровянистые выделения 2 нед.", "кровотечения 5-6 нед.",
    # "~2 нед.", "в течение полугода".
    "ru": re.compile(
        rf"(?:(?:уже|вже|течение|последние|последних|за|около|кровянистые\s+выделения|"
        rf"кровотечения|кровит|мажет)\s+|~\s*)(?:почти\s+|"
        rf"около\s+|~\s*)?({_RU_NUMBER})(?:\s*[-–]\s*\d{{1,2}})?\s*-?(?:й|х)?\s*(недел\w*|"
        rf"нед\b|месяц\w*|мес\b)(?!\s*назад)|(полгода|полугода)(?!\s*назад)|(?:уже|вже|"
        rf"последние)\s+(недел\w*|месяц\w*)\s+({_RU_NUMBER})\b(?!\s*назад)|"
        # Session 11: a window in days ("2 эпизода за 10 дней", "последние 10 дней"),
        # and a week without a number ("уже неделю каждый раз").
        rf"(?:за|последние|последних)\s+(?:около\s+|почти\s+)?(\d{{1,2}}|"
        rf"{_RU_NUMBER})\s*(дн\w*|день|сут\w*)(?!\w)(?!\s*назад)|"
        rf"(?:уже|вже)\s+(неделю|месяц)(?!\w)(?!\s*назад)"
    ),
}
_COUNT = {
    "en": re.compile(
        rf"\b({_EN_NUMBER}|\d{{1,2}}(?:-|"
        rf"\s*or\s*)\d{{1,2}})\s+(?:other\s+)?times\b(?!\s*(?:a|per|"
        rf"each)\s+(?:week|day|month))|\bx\s?(\d)\b(?!\s*(?:/|weeks?|wks?|days?|months?|mths?|yrs?|hrs?|hours?|mins?|minutes?))|\b(\d)\s?x\b|\b(\d)(?:st|nd|rd|"
        rf"th)\s+(?:time|tym|tyme|tim)\b|\bepisodes?\s*:?\s*(\d{{1,2}})\b(?![/\d])|"
        rf"\b(\d{{1,2}})\s+episodes\b|"
        # Session 14b: a count in other words ("three time this month", "on two
        # occasions", "two lots of bleeding", "two small bleeds", "a handful of times",
        # "both times", "the last twice", "twice now"); not a rate ("twice a week",
        # "2 times per month", "twice weekly").
        rf"\b({_EN_NUMBER}|handful of)\s+(?:other\s+|separate\s+|different\s+|more\s+|"
        rf"small\s+|little\s+|light\s+|wee\s+|short\s+)?(?:time|tym|tyme|occasions|"
        rf"lots\s+of|bleeds|bouts|instances|incidents|episodes|times)\b(?!\s*(?:a|per|each|"
        rf"every)\s+(?:week|wk|day|month|night|year))|"
        rf"\b(both)\s+(?:times|occasions)\b|"
        rf"\b(twice)\b(?!\s*(?:(?:a|per|each|every)\s+(?:week|wk|day|month|night|year)|"
        rf"weekly|daily|monthly|nightly|yearly|as\b|the\b|my\b|her\b))"
    ),
    "ru": re.compile(
        # Session 9: "мой третий раз", "второй раз в жизни" count her times of sex.
        rf"(?<!\w)(?<!мой )(?<!моя )({_RU_NUMBER}|"
        rf"\d{{1,2}}-\d{{1,2}})\s+раз(?:а)?\b(?!\s*в\s+(?:неделю|день|месяц|жизни))|"
        rf"(?<!\w)(\d)-?(?:й|ий|ой)\s+(?:раз|эпизод)\b|эпизод\w*\s*:?\s*(\d{{1,2}})\b|"
        rf"(\d{{1,2}})\s+эпизод|\bраза?\s+(два|три|четыре|пять|шесть|второй|третий|четвертый|"
        rf"пятый|шестой|\d{{1,2}})\b"
    ),
}
# "since Christmas", "since about April", "most times since Jan": a named time that
# has passed is more than 4 weeks back in how people use it.
_SINCE = {
    "en": re.compile(
        r"\bsince\s+(?:about\s+|around\s+|early\s+|late\s+|mid\s*-?\s*|the\s+|last\s+|"
        r"approx\.?\s+|approximately\s+|roughly\s+|maybe\s+|like\s+|(?:the\s+)?(?:start|"
        r"beginning)\s+of\s+(?:the\s+)?)*"
        r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|"
        r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|christmas|xmas|easter|new year|summer|"
        r"spring|autumn|fall|winter|diwali|eid|ramadan|thanksgiving|halloween|year|"
        r"our (?:marriage|wedding)|we got married)\b"
    ),
    # Session 7: "с января", "с прошлой осени", "с нового года" (read in the sentence).
    # Session 14: "с начала лета", "с конца января", "с середины весны".
    "ru": re.compile(
        r"(?<!\w)с\s+(?:прошлой\s+|прошлого\s+|самого\s+)?(?:начала\s+|конца\s+|"
        r"середины\s+)?(?:прошлой\s+|прошлого\s+)?(?:января|февраля|марта|апреля|мая|"
        r"июня|июля|августа|сентября|октября|ноября|декабря|нового года|прошлого года|осени|"
        r"весны|лета|зимы)(?!\w)"
    ),
}
# Languages whose "since" reaches its sentence, not only its clause.
_SINCE_IN_SENTENCE = frozenset({"ru"})
# "since Diwali, that is more than two months back": the time is told as "ago".
_SINCE_AGO = {
    "en": re.compile(
        rf"\bsince\b[^.;!?\n]{{0,40}}?\b({_EN_NUMBER})\s*(weeks?|wks?|months?|mths?|years?|"
        rf"yrs?)\s+(?:ago|back)\b"
    )
}
_EN_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# Session 13: a "since" whose time stands in its own words ("since I came off the pill in
# June", "going back to around Easter"). A "since then" after a time a sentence back
# ("I got the implant six weeks ago and since then ...") is not read: writers split on it.
_SINCE_LATER = {
    "en": re.compile(
        rf"\bsince\s+(?:i|we|my|the|he|she|it|they)\b[^.,;!?\n]{{0,40}}?\b(?:in|last)\s+"
        rf"(?:{_EN_MONTHS}|christmas|easter|summer|spring|autumn|winter)\b|"
        rf"\bgoing back (?:to|til|till|until)\s+(?:about\s+|around\s+|early\s+|mid\s*-?\s*)*"
        rf"(?:{_EN_MONTHS}|christmas|xmas|easter|summer|spring|autumn|fall|winter|new year|"
        rf"last year)\b"
    )
}
# Session 13: two episodes a few days apart told by their days ("Saturday and again
# Monday", "last week and again last night", "two nights in a row", "1 week apart").
_DAYS = (
    r"(?:last night|yesterday|today|tonight|this morning|the other day|last week|"
    r"(?:on\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|the weekend|this week)"
)
_RECENT_PAIR = {
    "en": re.compile(
        rf"\b{_DAYS}\s*(?:,|and)?\s*(?:then\s+)?again\s+(?:on\s+)?{_DAYS}\b|"
        rf"\b(?:two|2|three|3|couple of)\s+(?:nights|days)\s+(?:in a row|running)\b|"
        rf"\b(?:the\s+)?(?:last|past)\s+(?:two|2|three|3|couple of)\s+nights\b"
    )
}
_APART = {
    "en": re.compile(
        rf"\b({_EN_NUMBER}|{_EN_SPELLED})\s*(weeks?|wks?|days?|months?|mths?)\s+apart\b|"
        rf"\b(?:the\s+)?first\s+(?:one\s+|time\s+)?(?:was|being)\s+(?:like\s+|about\s+|"
        rf"around\s+|maybe\s+|~\s*)?({_EN_NUMBER}|{_EN_SPELLED})\s*(weeks?|wks?|days?|months?|"
        rf"mths?)\s+(?:ago|back)\b"
    )
}
# Numbers too vague to say a span is under 4 weeks ("the last few weeks").
_VAGUE = frozenset({"few", "several", "many", "multiple"})
_CLAUSE = re.compile(r"[.;!?,\n]")
# Session 12: "it's been going on since the summer" says the episodes go on.
_JOINED = re.compile(r"\b(?:and|but)\b")
_EPISODE = re.compile(
    r"\b(?:times?|pcb|episodes?|going on|happening|ongoing)\b|"
    # Session 14: "It's been since about October" (the bleeding said a sentence back).
    r"\b(?:it'?s|it has|this has|has it)\s+been\s+since\b"
)
# Session 14: a "since" whose time is days back ("twice since Saturday", "every time
# since last week", "x2 since resuming sex last wk"): the episodes' span is under 4
# weeks, when they are counted or said to repeat.
_SINCE_DAYS = {
    "en": re.compile(
        r"\bsince\s+(?:(?:i|we|he|the|my|resuming|starting|restarting)\b[^.,;!?\n]{0,30}?\s+)?"
        r"(?:last\s+(?:week|wk|weekend|night)|yesterday|the weekend|(?:last\s+|this\s+past\s+)?"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:\w+\s+)?(?:days?|nights?)\s+ago)\b"
    )
}
# "changed my pad four times" counts pads, not episodes.
_PAD_COUNT = re.compile(r"\b(?:pads?|tampons?|liners?)\b[^.,;!?\n]{0,20}?\btimes\b")
# "seeing two guys since the start of the year": the time is the relationship's.
# Session 14b: partners counted since a time ("two partners since the summer"), and a
# medicine she has been on since then ("on the sequential HRT tablets since last year").
_SINCE_OTHER = re.compile(
    r"\b(?:seeing|dating|together|married|been with|partners|guys|boyfriends)\b[^.,;!?\n]*$|"
    r"\b(?:on|taking|using)\s+(?:the\s+|my\s+|a\s+)?(?!and\b|an\b|off\b)[\w-]+"
    r"(?:\s+(?!and\b|an\b|off\b)[\w-]+){0,2}\s+$"
)
_REPEATED = re.compile(
    r"\b(?:twice|times|x\s?[2-9]|[2-9]\s?x|every time|each time|anytime|any time|"
    r"both times|again)\b"
)
# The words that name cervical screening.
_EN_SCREENING_WORDS = r"\b(?:smear|pap|cst|screen(?:ing)?|cervicalcheck|cervical check|cytology)\b"
# When the last cervical screening was: "last smear 2 years ago, normal", "pap 4 yrs
# ago", "Last smear ?4 yrs, patient unsure".
_SCREENING = {
    "en": re.compile(
        _EN_SCREENING_WORDS
        + rf"[^.;!?\n]{{0,40}}?(\?\s*)?\b({_EN_NUMBER})\s*(years?|yrs?|months?|mths?)\b"
        + r"(?:\s+ago|\s+back|,?\s+(?:pt|patient) unsure)"
    )
}
_SCREENING_NORMAL = re.compile(r"\b(?:normal|clear|fine|negative|not detected|ok|okay|good)\b")
_SCREENING_ABNORMAL = re.compile(
    r"\b(?:abnormal|positive|borderline|changes|cin\d?|dyskaryosis|lletz|leep|cone)\b"
)
# Session 13d: a result she is unsure of after the time ("last pap was three years ago
# I think it was okay but I'm honestly not sure") leaves whether it was normal open.
_SCREENING_RESULT_DOUBT = re.compile(
    r"\b(?:not (?:\w+ )?sure|unsure|can.?t remember|cannot remember|don.?t (?:know|remember)|"
    r"no idea|never (?:got|heard|received))\b"
)
# Session 12b: the last screening named by its year ("last pap was 2016", "Last CST
# 2019", "overdue - last 2018", "haven't had a pap since 2019"). The time since is
# counted from the end of that year to the start of this one, so a year read as
# overdue is overdue however late in it the test was.
_SCREENING_YEAR = {"en": re.compile(_EN_SCREENING_WORDS + r"[^.;!?\n]{0,40}?\b((?:19|20)\d\d)\b")}
_SCREENING_LAST = re.compile(r"\blast\b|\bsince\s+$")
# Screening is every 3 years to 49 and every 5 from 50 (UK programme, clinical.md).
_SCREENING_YEARS = (3.0, 5.0)
_RU_BIRTH_NUMBER = (
    r"\d{1,2}|одна|один|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|полтора"
)
_RU_BIRTH_UNIT = r"нед\w*|мес\w*|год\w*|лет"
# How old the baby is: "baby is 4 months", "my son is 3", "had my little girl five
# months ago", "youngest is 2". Gave birth in the last 6 months: recently.
_BIRTH = {
    "en": re.compile(
        rf"\b(?:baby|newborn|little one|son|daughter|youngest|twins|little girl|little boy)"
        rf"(?:\s*\(\s*|\s+(?:is|was|who is|turned|'s)\s+)(?:only\s+|just\s+|nearly\s+|"
        rf"almost\s+|about\s+)?({_EN_NUMBER})\s*(weeks?|wks?|months?|mths?|years?|yrs?)?"
        rf"(?![\w/])|\b(?:had|gave birth to|delivered)\s+(?:my|the|a|our)?\s*(?:baby|little girl|"
        rf"little boy|son|daughter|twins)\s+({_EN_NUMBER})\s*(weeks?|wks?|months?|mths?|years?|"
        rf"yrs?)\s+ago|\b(?:gave birth|delivered|birth|c-section|section)\s+({_EN_NUMBER})\s*"
        rf"(weeks?|wks?|months?|mths?|years?|yrs?)\s+ago"
    ),
    # Session 12: "сыну 8 мес.", "дочке 2 года", "родила 8 месяцев назад", "рожала два
    # года назад", "кесарево было 7 недель назад", "с родов, а это 9 лет назад", "я на
    # 2 неделе после родов", "3 недели после кесарева".
    "ru": re.compile(
        rf"\b(?:сыну|сын|сынишке|сыночку|дочке|дочери|дочь|дочка|дочурке|ребенку|ребенок|"
        rf"младшему|младшей|младшенькому|младшенькой)\s+(?:уже\s+|только\s+|почти\s+|"
        rf"всего\s+|около\s+|скоро\s+)?({_RU_BIRTH_NUMBER})\s*({_RU_BIRTH_UNIT})?(?![\w/])|"
        rf"\b(?:родила|рожала|роды|родов|кесарево|кесарева|кс)\b[^.!?\n]{{0,25}}?"
        rf"\b({_RU_BIRTH_NUMBER})\s*({_RU_BIRTH_UNIT})\s+назад|"
        rf"\b({_RU_BIRTH_NUMBER})(?:-?[йя])?\s*(нед\w*|мес\w*)\s+(?:после|с)\s+"
        rf"(?:родов|кесарева|кс)\b"
    ),
}
_RECENT_BIRTH_WEEKS = 26.0
# A stated volume of blood: "approx 100 ml" is far more than spotting.
_VOLUME = {"en": re.compile(r"\b(\d{2,4})\s*(?:ml|mls|millilit(?:re|er)s?)\b(?!\s*of\s+(?!blood))")}
_HEAVY_ML = 50
# Session 12: pads over hours. Below a pad an hour ("1 pad per 2 hrs", "~1 pad/2hr",
# "2 pads in 3 hrs") is more than spotting and not heavy; "3 pads in 2 hours" is heavy.
_PAD_RATE = {
    "en": re.compile(
        r"\b(\d|one|a|two|three)\s*(?:pads?|towels?)\s*(?:filled\s+|soaked\s+|used\s+)?"
        r"(?:per|every|in|over|/|q)\s*(\d{1,2}|two|three|four|five|six)\s*(?:hours?|hrs?|h)\b"
    )
}
_SMALL_ML = 10
# Languages where any stated span under 4 weeks ("уже недели три") says the bleeding is
# not persistent; English needs a window ("in the last 10 days", "x3 in 2 weeks"),
# because "for 2 weeks" there is as often how long one episode lasted.
_SHORT_SPAN_SAYS_NOT = frozenset({"ru"})
# A duration or a count is about bleeding only if a bleeding word stands this close.
_NEAR = 90


# Clinic shorthand for a span: "3/52" three weeks, "6/12" six months, "10/7" ten days.
_FRACTIONS = {"/7": 1 / 7, "/52": 1.0, "/12": 4.3}


def _weeks(unit: str) -> float:
    if unit in ("+", "plus", "/40"):  # "35+2", "22/40": weeks as midwives write them
        return 1.0
    if unit in _FRACTIONS:
        return _FRACTIONS[unit]
    return next((w for stem, w in _WEEKS.items() if unit.startswith(stem)), 0.0)


def read_facts(text: str, language: str, *, age: int | None) -> list[Fact]:
    """Pregnancy weeks, a bleeding that has gone on 4 weeks or more, repeat counts.
    ``age`` is hers as ``read_age`` found it (the reader reads it once per text)."""
    folded = _digits_for_spelled_numbers(_fold(text), language)
    out: list[Fact] = []
    for pattern in _PREGNANCY.get(language, []):
        for m in pattern.finditer(folded):
            weeks = _number(m.group(1)) * _weeks(m.group(2))
            if not 0 < weeks <= 42:
                continue
            cue = text[m.start() : m.end()]
            out.append(Fact("pregnant", "present", m.start(), m.end(), cue))
            later: Answer = "present" if weeks >= 16 else "absent"
            out.append(Fact("pregnancy_16_weeks_or_more", later, m.start(), m.end(), cue))
    bleeding = _BLEEDING.get(language)
    duration = _DURATION.get(language)
    if bleeding is not None and duration is not None:
        for m in duration.finditer(folded):
            # "onset: 5 weeks" is always about the complaint.
            shorthand = m.group().startswith("onset")
            if not shorthand and not bleeding.search(_near(folded, m.start(), m.end())):
                continue
            if _not_bleeding_time(folded, m.start(), m.end()):
                continue
            if _owned_by_other(folded, m.start(), m.end(), language):
                continue
            groups = [g for g in m.groups() if g]
            if groups == ["fortnight"]:  # "the past fortnight"
                groups = ["1", "fortnight"]
            elif groups in (["this"], ["last"], ["past"]):  # "twice this week": a span of a week
                groups = ["1", "week"]
            elif len(groups) == 1 and _weeks(groups[0]):  # "уже неделю": one week
                groups = ["1", groups[0]]
            if groups[0][0].isalpha() and _weeks(groups[0]):  # "недели три": unit first
                groups.reverse()
            if groups[0] in ("полгода", "полугода", "half a year", "half year"):
                weeks = 26.0
            elif len(groups) > 1 and groups[1] in ("12", "52", "7"):
                weeks = _number(groups[0]) * _weeks("/" + groups[1])
            else:
                weeks = _number(groups[0]) * _weeks(groups[1])
                if m.group().endswith("half"):  # "a month and a half"
                    weeks += 0.5 * _weeks(groups[1])
            cue = text[m.start() : m.end()]
            if weeks > 4.3:  # "more than 4 weeks": "a month" is not enough
                out.append(Fact("bleeding_persistent_4_weeks", "present", m.start(), m.end(), cue))
            elif weeks < 4 and (
                language in _SHORT_SPAN_SAYS_NOT
                or (
                    groups[0].removesuffix(" of") not in _VAGUE
                    and _window(folded, m.start(), m.group())
                )
            ):
                # "x3 in 2 weeks", "the past fortnight", "last 10 days", "уже недели три":
                # a stated span under 4 weeks (not "the last few weeks", which may be more).
                out.append(Fact("bleeding_persistent_4_weeks", "absent", m.start(), m.end(), cue))
            days = len(groups) > 1 and groups[1].startswith(
                ("day", "fortnight", "дн", "ден", "сут")
            )
            if weeks >= 2 and not days:  # bleeding after sex for weeks happened more than once
                out.append(Fact("bleeding_recurrent", "present", m.start(), m.end(), cue))
        out += _since(text, folded, language, bleeding)
        out += _recent_pair(text, folded, language, bleeding)
    volume = _VOLUME.get(language)
    if bleeding is not None and volume is not None:
        for m in volume.finditer(folded):
            near = _near(folded, m.start(), m.end())
            if not bleeding.search(near):
                continue
            cue = text[m.start() : m.end()]
            if float(m.group(1)) >= _HEAVY_ML:
                out.append(Fact("bleeding_heavy", "present", m.start(), m.end(), cue))
            if float(m.group(1)) >= _SMALL_ML:  # "approx 30 ml": more than spotting
                out.append(Fact("bleeding_spotting_only", "absent", m.start(), m.end(), cue))
    pads = _PAD_RATE.get(language)
    if pads is not None:
        for m in pads.finditer(folded):
            used, hours = _number(m.group(1)), _number(m.group(2))
            cue = text[m.start() : m.end()]
            if 0 < used < hours:  # slower than a pad an hour: not heavy, not spotting
                out.append(Fact("bleeding_spotting_only", "absent", m.start(), m.end(), cue))
            elif 0 < hours <= used:  # a pad an hour or faster: heavy (conventions)
                out.append(Fact("bleeding_heavy", "present", m.start(), m.end(), cue))
    out += _screening(text, folded, language, age)
    out += _birth(text, folded, language)
    out += _cycle(text, folded, language)
    out += _cycle_ru(text, folded, language)
    out += _last_period(text, folded, language, age)
    out += _last_period_month(text, folded, language, age)
    out += _partner_time(text, folded, language)
    out += _body_temperature(text, folded, language)
    count = _COUNT.get(language)
    if bleeding is not None and count is not None:
        for m in count.finditer(folded):
            number = next(g for g in m.groups() if g)
            # "2-3 times", "2 or 3 times" count from the first ("four" is not "f or").
            times = _number(re.split(r"(?<=\d)\s*(?:-|or)\s*(?=\d)", number)[0])
            near = _near(folded, m.start(), m.end())
            if times < 1 or not (bleeding.search(near) or _ASKED_HOW_OFTEN.search(near)):
                continue
            if _counts_something_else(folded, m.start(), bleeding):
                continue
            # "x1", "1 episode": once, said as a count; a bare "1 time" is too rare to trust.
            counted = "эпизод" in m.group() or "episode" in m.group() or m.group().startswith("x")
            if times == 1 and not counted:
                continue
            cue = text[m.start() : m.end()]
            value: Answer = "present" if times >= 2 else "absent"
            out.append(Fact("bleeding_recurrent", value, m.start(), m.end(), cue))
    return out


# How long a contraceptive has been used: "on the pill 2 months", "started Lucette 5
# weeks ago", "Nexplanon for about 18 months", "had it 3 yrs".
_METHOD_TIME = {
    "en": re.compile(
        rf"[^.!?;\n]{{0,60}}?\b(?:(?:for|about|around|like|nearly|almost|over|maybe|since|x)"
        rf"\s+)*(?:a\s+(?=couple|few))?({_EN_NUMBER})(?:\s*(?:-|–|to|or)\s*\d{{1,2}})?\s*"
        rf"(weeks?|wks?|months?|mths?|years?|yrs?|/52|/12)(?![\w/])"
    ),
    # "Экслютон около месяца", "на Димиа уже год", "Кайлина третий год", "Мирена стоит 3 года".
    "ru": re.compile(
        rf"[^.!?;\n]{{0,60}}?(?<![\w-])(?:(?:{_RU_ABOUT})\s+)*(?:(\d[,.]\d|{_RU_NUMBER})\s*-?(?:й|ю|ий|"
        rf"ой)?\s+|(?:{_RU_ABOUT})\s+)(недел\w*|нед\b|месяц\w*|мес\b|год\b|года\b|лет\b|полгода)"
    ),
}
# "I've been on it 2 months": the method named in the sentence before.
# (Russian: without a number, a word such as "уже", "около" must say it is a span:
# "уже год", "около месяца", not "на этой неделе".)
_METHOD_AGAIN = {
    "en": re.compile(r"\b(?:been on|had|using|on|taking) (?:it|them)\b"),
    "ru": re.compile(r"(?<!\w)(?:пью|принимаю|стоит|ношу) (?:его|ее|их)\b"),
}
# Session 13c (ru): the start said before the method ("Два месяца назад поставила
# Импланон", "месяц назад гинеколог назначила Модэлль", "полтора месяца назад мне
# поставили Мирену"): a time ago, a verb of starting within a few words, then the method.
_METHOD_AGO_BEFORE = {
    "ru": re.compile(
        rf"(?<![\w-])(?:({_RU_NUMBER})\s+)?(недел\w*|нед\b|месяц\w*|мес\b)\s+назад\s+"
        rf"(?:[\w-]+\s+){{0,2}}(?:постав|начал|назнач|сделал|перешл|перешел|встав|установ|ввел|"
        rf"выписал|подшил)\w*\s+(?:[\w-]+\s+){{0,2}}$"
    )
}
# Started within 3 months: recent; used for 6 months or more: not recent.
_RECENT_WEEKS = 13.0
_ESTABLISHED_WEEKS = 26.0


def read_method_start(text: str, language: str, methods: list[int]) -> list[Fact]:
    """Whether contraception was started recently, from a time soon after a method
    is named (``methods``: where the text names one). A bleeding word between
    the two gives the time to the bleeding instead ("on the pill, bleeding for 6 weeks")."""
    pattern = _METHOD_TIME.get(language)
    bleeding = _BLEEDING.get(language)
    if pattern is None or bleeding is None:
        return []
    folded = _fold(text)
    again = _METHOD_AGAIN[language]
    anchors = [*methods, *(m.start() for m in again.finditer(folded))] if methods else []
    out: list[Fact] = []
    for start in anchors:
        m = pattern.match(folded, start)
        if m is None or bleeding.search(folded, start, m.start(2)):
            continue
        if re.search(
            r"(?:мне|ей|возраст\W*)\s*$", folded[start : m.start(2)].rstrip("0123456789 ")
        ):
            continue  # "Джес, мне 25 лет": her age, not the method's
        if "последн" in folded[start : m.start(2)]:
            continue  # "последний укол 2 месяца назад": the last dose, not the start
        count = _number(m.group(1).replace(",", ".")) if m.group(1) else 1.0
        unit = m.group(2)
        if unit.startswith("/"):  # a clinic's "POP 8/12", "Started Micronor 1/52 ago"
            weeks = count * _FRACTIONS[unit]
        else:
            weeks = 26.0 if unit == "полгода" else count * _weeks(unit)
        if not weeks or _RECENT_WEEKS < weeks < _ESTABLISHED_WEEKS:
            continue
        value: Answer = "present" if weeks <= _RECENT_WEEKS else "absent"
        cue = text[start : m.end()]
        out.append(Fact("contraception_started_recently", value, start, m.end(), cue))
    return out + _method_ago_before(text, folded, language, methods)


def _method_ago_before(text: str, folded: str, language: str, methods: list[int]) -> list[Fact]:
    """A method started a time ago said before it is named (Russian, session 13c)."""
    pattern = _METHOD_AGO_BEFORE.get(language)
    if pattern is None:
        return []
    out: list[Fact] = []
    for start in methods:
        left = _sentence_start(folded, start)
        m = pattern.search(folded, max(left, start - 60), start)
        if m is None:
            continue
        weeks = (_number(m.group(1)) if m.group(1) else 1.0) * _weeks(m.group(2))
        if 0 < weeks <= _RECENT_WEEKS:
            cue = text[m.start() : start].rstrip()
            end = m.start() + len(cue)
            out.append(Fact("contraception_started_recently", "present", m.start(), end, cue))
    return out


_WINDOW = re.compile(r"(?:(?:in|over|during|within|for)\s+(?:the\s+)?)?(?:past|last)\b")
# "x3 over 2/52", "over the last 10 days": the span the episodes fell in.
_WINDOW_BEFORE = re.compile(r"\b(?:over|within|during)\s+(?:the\s+)?(?:last\s+|past\s+)?$")
_ORDINAL_TIME = re.compile(r"\d(?:st|nd|rd|th) time")
_COUNTED = re.compile(r"(?:\btimes?|\btwice|\bx\s?\d|\b\dx|\bonce)\s*$")
# Session 12: a repeat said in its clause before "for N weeks".
_REPEATED_FOR = re.compile(
    r"\b(?:kept|keep|keeps|every time|each time|on and off|most times|off and on)\b"
    r"[^.,;!?\n]*$"
)
_COUNTED_IN = re.compile(
    r"(?:\btimes?|\btwice|\bx\s?\d|\b\dx)\s+(?:now\s+)?(?:in|over|within)\s+(?:the\s+)?"
    r"(?:past\s+|last\s+)?(?:like\s+|about\s+|around\s+)?$"
)


# Session 14b: a form's question about the episodes ("How often: 4 times over the
# past 3 weeks") ties its count to the bleeding the form is about.
_ASKED_HOW_OFTEN = re.compile(r"\bhow (?:often|many times)\b")
# The clause before a count that counts something other than bleeding: "we did sex 2
# times", "tried intercourse 3 times", "vomiting x2", "changed my pad four times".
_OTHER_COUNTED = re.compile(
    r"\b(?:sex|intercourse|it|tried|try|trying|slept|made love|vomit\w*|sick|threw up|"
    r"pads?|tampons?|liners?|changed?|wee\w*|pee\w*|toilet|loo|wiped?|checked|tests?|"
    r"pills?|tablets?|doses?|missed|forgot)\s*$"
)


def _clause_start(folded: str, position: int) -> int:
    """Where the clause holding ``position`` starts (after the last , . ; ! ? or line end)."""
    return max((c.end() for c in _CLAUSE.finditer(folded, 0, position)), default=0)


def _counts_something_else(folded: str, start: int, bleeding: re.Pattern[str]) -> bool:
    """A count whose own clause names what is counted, and it is not the bleeding:
    the last word before it is another thing, and no bleeding word stands between
    the clause start and the count ("we had sex 3 times and I bled after one" counts
    the sex; "bled after sex 3 times" counts the bleeds)."""
    before = folded[_clause_start(folded, start) : start]
    return bool(_OTHER_COUNTED.search(before)) and not bleeding.search(before)


def _window(folded: str, start: int, words: str) -> bool:
    """A span the episodes happened in ("over the last 10 days", "x3 in 2 weeks", "x
    3/52"), not how long something else lasted ("discharge for about a week", "in 2 days")."""
    if _WINDOW.match(words) or words.startswith(("x", "twice")) or " times " in words:
        return True
    if re.match(r"\d\s?x\b", words):  # Session 14: "2x this week"
        return True
    if words.startswith(("since", "already", "these")) or _ORDINAL_TIME.match(words):
        return True  # "since 3 weeks", "already 2 weeks": a span up to now
    if _WINDOW_BEFORE.search(folded[max(0, start - 20) : start]):
        return True
    if re.match(r"\s+now\b", folded[start + len(words) : start + len(words) + 5]):
        return True  # "for 3 weeks now": a span up to now
    if _COUNTED_IN.search(folded[max(0, start - 24) : start]):
        return True  # "x2 in 1/52", "3 times over the last 10/7"
    if words.startswith("for") and _REPEATED_FOR.search(folded[max(0, start - 40) : start]):
        return True  # "kept bleeding after sex for like 2 wks": the episodes' span
    return words.startswith("in ") and bool(_COUNTED.search(folded[max(0, start - 16) : start]))


def _since(text: str, folded: str, language: str, bleeding: re.Pattern[str]) -> list[Fact]:
    """Bleeding "since Christmas" or "since ..., 5 months back": persistent and recurrent
    when the clause holding "since" is about the bleeding or its episodes (not "on the
    pill since January, bled after sex")."""
    out: list[Fact] = []
    named, ago = _SINCE.get(language), _SINCE_AGO.get(language)
    found: list[tuple[re.Match[str], float]] = []
    if named is not None:
        found += [(m, 5.0) for m in named.finditer(folded)]
    if ago is not None:
        found += [(m, _number(m.group(1)) * _weeks(m.group(2))) for m in ago.finditer(folded)]
    later = _SINCE_LATER.get(language)
    if later is not None:
        found += [(m, 5.0) for m in later.finditer(folded)]
    if language == "ru":
        for m in _RU_STARTED_MONTH.finditer(folded):
            months = (_month_index(m.group("m2")) - _month_index(m.group("m1"))) % 12
            if months >= 2 or (months == 1 and m.group("end")):
                found.append((m, 5.0))
    days = _SINCE_DAYS.get(language)
    if days is not None:
        for m in days.finditer(folded):
            clause = _PAD_COUNT.sub(" ", _near(folded, m.start(), m.end()))
            if bleeding.search(clause) and _REPEATED.search(clause):
                cue = text[m.start() : m.end()]
                out.append(Fact("bleeding_persistent_4_weeks", "absent", m.start(), m.end(), cue))
    for m, weeks in found:
        left = _clause_start(folded, m.start())
        right = _CLAUSE.search(folded, m.end())
        opens = not folded[left : m.start()].strip()
        if opens and (not folded[:left].strip() or folded[:left].rstrip()[-1] in ".!?\n"):
            # Session 12: "Since about Easter, so roughly eight weeks, I've noticed
            # pink streaks": a sentence opened by "since" is about its whole sentence.
            # Up to an "and"/"but" that starts another statement ("Since my baby 5
            # months ago I've got a lump ..., and after sex there's blood on it").
            right = _SENTENCE_END.search(folded, m.end())
            joined = _JOINED.search(folded, m.end(), right.start() if right else len(folded))
            right = joined or right
        other = _SINCE_OTHER.search(folded[left : m.start()])
        if other and not (bleeding.search(other.group()) or _EPISODE.search(other.group())):
            continue
        clause = folded[left : right.start() if right else len(folded)]
        if m.group().startswith("going back"):  # "bled the last 4 times, going back to May"
            clause = _near(folded, m.start(), m.end())
        if language in _SINCE_IN_SENTENCE:
            # "кровь бывает, раза два в месяц, уже с осени": the bleeding may stand a
            # comma away; "пью с июня", "месячных нет с марта" belong to their own words.
            if _owned_by_other(folded, m.start(), m.end(), language):
                continue
            clause = _near(folded, m.start(), m.end())
        if not (bleeding.search(clause) or _EPISODE.search(clause)):
            continue
        cue = text[m.start() : m.end()]
        if weeks > 4.3:
            out.append(Fact("bleeding_persistent_4_weeks", "present", m.start(), m.end(), cue))
        if weeks >= 2:
            out.append(Fact("bleeding_recurrent", "present", m.start(), m.end(), cue))
    return out


def _recent_pair(text: str, folded: str, language: str, bleeding: re.Pattern[str]) -> list[Fact]:
    """Episodes told by their days ("Saturday and again Monday", "two nights in a row")
    or their distance ("twice, 1 week apart", "the first was 5 wks ago"): their span."""
    out: list[Fact] = []
    pair, apart = _RECENT_PAIR.get(language), _APART.get(language)
    if pair is not None:
        for m in pair.finditer(folded):
            if bleeding.search(_near(folded, m.start(), m.end())):
                cue = text[m.start() : m.end()]
                out.append(Fact("bleeding_persistent_4_weeks", "absent", m.start(), m.end(), cue))
                out.append(Fact("bleeding_recurrent", "present", m.start(), m.end(), cue))
    if apart is not None:
        for m in apart.finditer(folded):
            if not bleeding.search(_near(folded, m.start(), m.end())):
                continue
            number, unit = [g for g in m.groups() if g]
            weeks = _number(number) * _weeks(unit)
            cue = text[m.start() : m.end()]
            if weeks > 4.3:
                out.append(Fact("bleeding_persistent_4_weeks", "present", m.start(), m.end(), cue))
            elif 0 < weeks < 4:
                out.append(Fact("bleeding_persistent_4_weeks", "absent", m.start(), m.end(), cue))
    return out


# "not sure when I last had a smear, maybe 6 years back": the time is her guess.
_DOUBT_BEFORE = re.compile(
    r"\b(?:not sure|unsure|can'?t remember|don'?t remember|no idea|dunno|idk|don'?t know)\b"
)


def _sentence_start(folded: str, at: int) -> int:
    return max((e.end() for e in _SENTENCE_END.finditer(folded, 0, at)), default=0)


def _screening(text: str, folded: str, language: str, age: int | None) -> list[Fact]:
    """Last screening N years ago: overdue past the interval for her age; up to date
    within it when the result is said to be normal; unknown when the time is queried
    ("?4 yrs")."""
    pattern = _SCREENING.get(language)
    if pattern is None:
        return []
    interval = _SCREENING_YEARS[1] if age is not None and age >= 50 else _SCREENING_YEARS[0]
    out: list[Fact] = []
    for m in pattern.finditer(folded):
        if m.group(2).removesuffix(" of") in _VAGUE:
            continue
        years = _number(m.group(2)) * _weeks(m.group(3)) / 52.0
        end = _SENTENCE_END.search(folded, m.end())
        sentence = folded[m.start() : end.start() if end else len(folded)]
        cue = text[m.start() : m.end()]
        before = folded[_sentence_start(folded, m.start()) : m.start()]
        doubt = bool(m.group(1)) or "unsure" in m.group() or bool(_DOUBT_BEFORE.search(before))
        if years > interval:
            value: Answer = "unknown" if doubt else "present"
            out.append(Fact("screening_overdue_or_never", value, m.start(), m.end(), cue))
        elif _SCREENING_NORMAL.search(sentence) and not _SCREENING_ABNORMAL.search(sentence):
            doubt = doubt or bool(_SCREENING_RESULT_DOUBT.search(sentence))
            value = "unknown" if doubt else "present"
            out.append(Fact("screening_up_to_date", value, m.start(), m.end(), cue))
    return out + _screening_year(text, folded, language, interval)


def _screening_year(text: str, folded: str, language: str, interval: float) -> list[Fact]:
    """The last screening named by its year: overdue when even the shortest time since
    is past the interval (never up to date from a year alone: the writers' year of
    reference is not ours)."""
    pattern = _SCREENING_YEAR.get(language)
    if pattern is None:
        return []
    this_year = date.today().year
    out: list[Fact] = []
    for m in pattern.finditer(folded):
        start = _sentence_start(folded, m.start())
        before = folded[start : m.start(1)]
        if not _SCREENING_LAST.search(before):
            continue
        end = _SENTENCE_END.search(folded, m.end())
        rest = folded[m.end(1) : end.start() if end else len(folded)]
        later = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", rest)]
        year = max([int(m.group(1)), *later])
        if year > this_year or this_year - year - 1 <= interval:
            continue
        doubt = bool(_DOUBT_BEFORE.search(before)) or bool(
            re.search(r"\b(?:maybe|might|possibly|i think|\?)\s*$", folded[start : m.start(1)])
        )
        value: Answer = "unknown" if doubt else "present"
        cue = text[m.start() : m.end()]
        out.append(Fact("screening_overdue_or_never", value, m.start(), m.end(), cue))
    return out


# Where she is in her cycle (conventions: due within a day or two -> period_due present;
# a period in the last two weeks, one a week or more away, a mid-cycle day -> absent).
_EN_SMALL = r"\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|couple of|few"
_CYCLE = {
    "en": (
        # "LMP 10/7", "LMP 2/52 ago", "had a period ten days ago", "last menses 5 days back"
        re.compile(
            rf"\b(?:lmp|last (?:menstrual )?period|last menses|had (?:a|my) period|"
            rf"period (?:was|started|finished|ended))\W{{0,3}}(?:about |around |approx\.? )?"
            rf"(?:(?P<n>{_EN_SMALL})\s*(?P<u>days?|d|weeks?|wks?|w)\b\s*(?=ago|back|$|[.,;)])|"
            rf"(?P<n2>\d{{1,2}})/(?P<u2>7|52)\b)"
        ),
        # "day 14", "cycle day 13", "cd 24", "day 27 of 28", "day 15 of a 30-day cycle"
        re.compile(
            r"\b(?:cycle day|cd|day)\s*(?P<d>\d{1,2})\b(?!\s*(?:of|/)\s*(?:my |the |her )?"
            r"(?:period|bleed|pill|pack|antibiotic|course|treatment))(?:\s*(?:of|/)\s*"
            r"(?:(?:my|a|the|her)\s+)?(?P<l>\d{2})(?:[- ]?days?)?)?"
        ),
        # "due in 2 days", "should come in about 10 days", "not for another two weeks"
        re.compile(
            rf"\b(?:due|come|coming|start|starting|arrive|arriving|expected|not for|not due for|"
            rf"isn't due for|not till|not until)\s+(?:in|within|for|till|until)?\s*"
            rf"(?:another\s+|about\s+|like\s+|around\s+|roughly\s+)*(?P<n>{_EN_SMALL})\s*"
            rf"(?P<u>days?|weeks?|wks?|fortnight)\b|"
            r"\bdue (?:next|in a) (?P<next>week|month|fortnight)\b|"
            r"\b(?:due|come|coming|start|starting|arrive|arriving)\s+(?:like\s+|probably\s+|prob\s+)?"
            r"(?P<soon>tomorrow|tmrw|tmr|tomoz|today|any day)\b"
        ),
    )
}
_PERIOD_WORD = re.compile(r"period|\baf\b|menses|\bone\b|\bit\b")
_CYCLE_WORDS = re.compile(r"cycle|ovulat|period|\bcd\b|\blmp\b|\bapp\b|menstru|\bmenses\b")


def _cycle(text: str, folded: str, language: str) -> list[Fact]:
    """When the period is due: a recent period, a cycle day, or the days to the next."""
    patterns = _CYCLE.get(language)
    if patterns is None:
        return []
    recent, day, ahead = patterns
    out: list[Fact] = []
    for m in recent.finditer(folded):
        number, unit = m.group("n") or m.group("n2"), m.group("u") or m.group("u2")
        days = _number(number) * (7.0 if unit[0] in "w5" else 1.0)
        if 0 < days <= 14:
            out.append(Fact("period_due", "absent", m.start(), m.end(), text[m.start() : m.end()]))
    for m in day.finditer(folded):
        d, length = int(m.group("d")), int(m.group("l") or 28)
        if not m.group("l") and not _CYCLE_WORDS.search(_near(folded, m.start(), m.end())):
            continue
        value: Answer | None = None
        if 20 <= length <= 40 and length - 1 <= d <= length:
            value = "present"
        elif 8 <= d <= length - 5:
            value = "absent"
        if value is not None:
            out.append(Fact("period_due", value, m.start(), m.end(), text[m.start() : m.end()]))
    for m in ahead.finditer(folded):
        if not _PERIOD_WORD.search(folded[max(0, m.start() - 40) : m.end()]):
            continue
        if m.group("soon"):
            days = 1.0
        elif m.group("next"):
            days = 7.0
        else:
            days = _number(m.group("n")) * _weeks(m.group("u")) * 7
        value = "present" if 0 < days <= 2 else "absent" if days >= 7 else None
        if value is not None:
            out.append(Fact("period_due", value, m.start(), m.end(), text[m.start() : m.end()]))
    return out


# How long ago the last period was (conventions: a last period under 12 months ago says
# periods go on -> not postmenopausal; a year or more is menopause from 40 on): "periods
# stopped about eight months ago", "LMP 3/52", "LMP 14/12 ago", "last came 3 months back".
_LAST_PERIOD = {
    "en": re.compile(
        rf"\b(?:lmp|last (?:menstrual )?period|last menses|periods? "
        rf"(?:was|came|stopped|finished|ended|ceased|stop|finish|end)|last came|"
        rf"had (?:a|my|her|the) (?:last )?period|periods? (?:stopped|finished|ended|ceased))"
        rf"\W{{0,3}}(?:about |around |approx\.? |maybe |roughly |like |nearly |almost |over )*"
        rf"(?:(?P<n>{_EN_SMALL})\s*(?P<u>days?|weeks?|wks?|months?|mths?|"
        rf"years?|yrs?)\s+(?:ago|back)\b|(?P<n2>\d{{1,2}})/(?P<u2>7|52|12)\b)"
    )
}
# Session 11 (Russian): "последние месячные были 5 месяцев назад", "ПМ 8 дней назад",
# "месячные закончились дней десять назад", and a gap without periods said as a span,
# numbers in words or misspelt ("месячных нет уже месяцев десять", "месецев восемь",
# "пол года не было месячных").
_RU_PERIOD = r"(?:месячн\w*|месечн\w*|менструац\w*|м/ц|пм\b|п/м\b)"
# Lone units the general number pattern lacks (teens and tens are digits by now).
_RU_SPAN_NUMBER = rf"{_RU_NUMBER}|семь|восемь|девять"
_RU_UNIT = r"дн\w*|день|сут\w*|недел\w*|нед\b|месяц\w*|месец\w*|мес\b|год\w*|лет"
_RU_ABOUT_SPAN = r"(?:(?:уже|около|почти|примерно|где-то|больше|более|как|всего|только)\s+)*"
_LAST_PERIOD["ru"] = re.compile(
    # "последние месячные были 5 месяцев назад", "месячные закончились 3 дня назад"
    rf"(?<!\w){_RU_PERIOD}(?:\s+последн\w*)?(?:\s+(?:были|был|была|пришли|приходили|закончились|кончились|"
    rf"прошли|начались|шли|последний\s+раз))?\s*[:\-–—]?\s*{_RU_ABOUT_SPAN}"
    rf"(?:(?P<n>{_RU_SPAN_NUMBER})\s*(?P<u>{_RU_UNIT})|(?P<u3>{_RU_UNIT})\s+(?P<n3>"
    rf"{_RU_SPAN_NUMBER}))\s+назад(?!\w)|"
    # "месячных нет уже месяцев десять", "не было месячных 8 месяцев"
    rf"(?:{_RU_PERIOD}\s+(?:нет|нету|не\s+было|не\s+приходят|отсутствуют)|"
    rf"(?:нет|нету|не\s+было)\s+{_RU_PERIOD})\s*{_RU_ABOUT_SPAN}"
    rf"(?:(?P<n4>{_RU_SPAN_NUMBER})\s*(?P<u4>месяц\w*|месец\w*|мес\b|недел\w*|год\w*|лет)|"
    rf"(?P<u5>месяц\w*|месец\w*|недел\w*)\s+(?P<n5>{_RU_SPAN_NUMBER})(?!\s*назад))(?!\w)|"
    # "пол года не было месячных", "полгода без месячных"
    rf"(?<!\w)(?P<half>пол\s?года|полгода|полугода)\s+(?:уже\s+)?(?:не\s+было|нет|без)\s+"
    rf"{_RU_PERIOD}"
)
_MENOPAUSE_FROM_AGE = 40
# Languages whose annotation reads a recent period as "periods go on" only where the
# menopause is a question (from 40): a young woman's "месячные закончились 4 дня
# назад" only dates the bleed (conventions: left out).
_GOING_ON_FROM_AGE = frozenset({"ru"})


def _last_period(text: str, folded: str, language: str, age: int | None) -> list[Fact]:
    """A last period under a year ago: periods go on (`postmenopausal` absent); a year
    or more ago, from 40 on or with no age stated: menopause."""
    pattern = _LAST_PERIOD.get(language)
    if pattern is None:
        return []
    out: list[Fact] = []
    for m in pattern.finditer(folded):
        found = m.groupdict()
        if found.get("half"):
            weeks = 26.0
        else:
            pair = next(k for k in ("", "2", "3", "4", "5") if found.get("n" + k))
            number, unit = found["n" + pair], found["u" + pair]
            weeks = _number(number) * _weeks(unit if pair != "2" else "/" + unit)
        if not weeks:
            continue
        value: Answer | None
        if weeks >= 52:
            value = "present" if age is None or age >= _MENOPAUSE_FROM_AGE else None
        elif language in _GOING_ON_FROM_AGE and (age is None or age < _MENOPAUSE_FROM_AGE):
            value = None
        else:
            value = "absent"
        if value is not None:
            cue = text[m.start() : m.end()]
            out.append(Fact("postmenopausal", value, m.start(), m.end(), cue))
    return out


# Session 13b (Russian): the last period's month and this month ("последние были в
# феврале, сейчас июль", "Последняя менструация была в январе, сейчас ноябрь"): under a
# year apart, so periods go on (`postmenopausal` absent) from 40 on. A year named
# between ("в марте прошлого года") is no such count.
_RU_MONTHS = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)
_RU_MONTH = (
    r"(?:январ[еья]|феврал[еья]|март[еа]?|апрел[еья]|ма[ейя]|июн[еья]|июл[еья]|"
    r"август[еа]?|сентябр[еья]|октябр[еья]|ноябр[еья]|декабр[еья])"
)
_RU_LAST_MONTH = re.compile(
    rf"(?<!\w)(?:{_RU_PERIOD}(?:\s+последн\w*)?|последн\w*(?:\s+{_RU_PERIOD})?)(?:\s+(?:были|был|была|"
    rf"пришли|приходили|шли))?(?:\s+(?:то\s+ли|где-то|примерно))?\s+в\s+(?P<m1>{_RU_MONTH})(?!\w)"
    rf"(?P<gap>[^.!?\n]{{0,60}}?)[,\s]\s*(?:а\s+|и\s+)?(?:сейчас|щас|теперь|уже)\s+(?:уже\s+)?"
    rf"(?:середина\s+|конец\s+|начало\s+)?(?P<m2>{_RU_MONTH})(?!\w)"
)


# Session 14 (ru): the bleeding's first month and this month ("началось в июле,
# сейчас конец августа", "первый раз была в мае, второй вот сейчас, в июле"): two
# months or more apart, or one to the end of the next, is a span over 4 weeks.
_RU_STARTED_MONTH = re.compile(
    rf"(?<!\w)(?:началось|началась|начались|начался|впервые|первый\s+раз)(?!\w)"
    rf"[^.!?\n]{{0,50}}?(?<!\w)в\s+(?P<m1>{_RU_MONTH})(?!\w)[^.!?\n]{{0,60}}?"
    rf"(?:сейчас|щас|теперь)[,\s]+(?:уже\s+|вот\s+)*(?:(?P<end>конец|середина)\s+|начало\s+|"
    rf"в\s+)?(?P<m2>{_RU_MONTH})(?!\w)"
)


def _month_index(word: str) -> int:
    stems = sorted(enumerate(_RU_MONTHS), key=lambda kv: -len(kv[1]))
    return next(i for i, stem in stems if word.startswith(stem))


def _last_period_month(text: str, folded: str, language: str, age: int | None) -> list[Fact]:
    """The last period's month said with this month, under a year apart: periods go on."""
    if language != "ru" or age is None or age < _MENOPAUSE_FROM_AGE:
        return []
    out: list[Fact] = []
    for m in _RU_LAST_MONTH.finditer(folded):
        before = folded[max(0, m.start() - 40) : m.start()]
        if not re.search(_RU_PERIOD, before + m.group(0)):
            continue
        if re.search(r"год|лет|не\s+помню|не\s+знаю|не\s+уверена|то\s+ли", m.group("gap")):
            continue
        months = (_month_index(m.group("m2")) - _month_index(m.group("m1"))) % 12
        if months:
            cue = text[m.start() : m.end()]
            out.append(Fact("postmenopausal", "absent", m.start(), m.end(), cue))
    return out


# Session 12c (Russian): where she is in her cycle, as `_cycle` reads it in English. A
# period that ended or came up to two weeks ago ("ПМ 10 дней назад", "месячные неделю
# назад кончились", "на прошлой неделе", "позавчера закончились"), one 5 days or more
# away ("следующие через 2 недели", "дней через десять"), a day of the cycle from 8 to
# 5 days before its end ("сейчас 22 день", "сегодня 14-й") -> absent; due in a day or
# two, or on the cycle's last days -> present.
_RU_SMALL = r"\d{1,2}|одну|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|пару|полторы"
_RU_DAYS = r"дн\w*|день|сут\w*|недел\w*|нед\b"
_RU_DUE_PERIOD = rf"(?:{_RU_PERIOD}|мс\b)"
_RU_CYCLE_RECENT = re.compile(
    rf"(?<!\w)(?:{_RU_DUE_PERIOD}(?:\s+(?:последн\w*|у\s+меня|были|был|была|пришли|закончились|"
    rf"кончились|прошли|начались|шли|только|уже))*|последние)\s*[:\-–—]?\s*"
    rf"(?:(?:около|почти|примерно|где-то|всего|только|уже|буквально)\s+)*"
    rf"(?:(?P<n>{_RU_SMALL})\s*(?P<u>{_RU_DAYS})|(?P<u2>{_RU_DAYS})\s+(?P<n2>{_RU_SMALL})|"
    rf"(?P<one>неделю|недели))\.?\s+назад(?!\w)|"
    rf"(?<!\w){_RU_DUE_PERIOD}\s+(?:у\s+меня\s+)?(?:(?:были|закончились|кончились|прошли)\s+"
    rf"(?P<last>на\s+прошлой\s+неделе|позавчера|вчера)|(?P<last2>на\s+прошлой\s+неделе|"
    rf"позавчера|вчера)\s+(?:были|закончились|кончились|прошли))(?!\w)"
)
_RU_CYCLE_AHEAD = re.compile(
    rf"(?<!\w)(?:{_RU_DUE_PERIOD}|следующие|до\s+{_RU_PERIOD})[^.!?;]{{0,30}}?"
    rf"(?<![\s,:]то\s)(?:через|еще|ещё)\s+(?:(?:около|примерно|где-то|только|целых|аж)\s+)*"
    rf"(?:(?P<n>{_RU_SMALL}|\d{{1,2}})\s*(?P<u>{_RU_DAYS})|(?P<u2>{_RU_DAYS})\s+(?P<n2>{_RU_SMALL})|"
    rf"(?P<one>неделю|недели|день))(?!\w)|"
    rf"(?<!\w){_RU_DUE_PERIOD}[^.!?;]{{0,20}}?(?P<u3>{_RU_DAYS})\s+через\s+(?P<n3>{_RU_SMALL})(?!\w)|"
    rf"(?P<soon>{_RU_DUE_PERIOD}[^.!?;]{{0,20}}?(?:завтра|послезавтра)|(?:завтра|послезавтра)"
    rf"[^.!?;]{{0,15}}?{_RU_DUE_PERIOD})"
)
_RU_CYCLE_DAY = re.compile(
    r"(?<!\w)(?:(?:сейчас|сегодня|щас)\s+(?:у\s+меня\s+)?(?P<d>\d{1,2})\s*(?:-?[йи]й?|-?ый|-?ой)?"
    r"(?:\s+день)?|(?P<d2>\d{1,2})\s*(?:-?[йи]й?|-?ый|-?ой)?\s+день\s+(?:цикла|м/ц|мц)|"
    r"(?:день\s+цикла|дц|д\.ц\.)\s*[:\-–—]?\s*(?P<d3>\d{1,2}))(?!\d)"
)
_RU_CYCLE_LENGTH = re.compile(r"цикл\w*\s*(?:[:\-–—]|по|в|около|примерно)?\s*(\d{2})(?!\d)")
_RU_CYCLE_DOUBT = re.compile(r"не уверен|не знаю|не помню|(?<!\w)хз(?!\w)|точно не (?:скаж|знаю)")
_RU_CYCLE_WORDS = re.compile(r"цикл|дц\b|м/ц|овуляц")


def _ru_days(m: re.Match[str]) -> float:
    if m.groupdict().get("one"):
        return 7.0 if m.group("one").startswith("недел") else 1.0
    pair = next(k for k in ("", "2", "3") if m.groupdict().get("n" + k))
    number, unit = m.group("n" + pair), m.group("u" + pair)
    amount = 1.5 if number == "полторы" else 1.0 if number == "одну" else _number(number)
    return amount * (1.0 if unit.startswith(("д", "с")) else 7.0)


def _cycle_ru(text: str, folded: str, language: str) -> list[Fact]:
    """When the period is due, in Russian (see the patterns above)."""
    if language != "ru":
        return []
    out: list[Fact] = []

    def fact(m: re.Match[str], value: Answer) -> None:
        # "через пять дней должны, но я не уверена": unsure when it is due (conventions)
        if _RU_CYCLE_DOUBT.search(_near(folded, m.start(), m.end())):
            value = "unknown"
        out.append(Fact("period_due", value, m.start(), m.end(), text[m.start() : m.end()]))

    for m in _RU_CYCLE_RECENT.finditer(folded):
        if m.group("last") or m.group("last2") or 0 < _ru_days(m) <= 14:
            fact(m, "absent")
    for m in _RU_CYCLE_AHEAD.finditer(folded):
        days = 1.0 if m.group("soon") else _ru_days(m)
        if 0 < days <= 2:
            fact(m, "present")
        elif days >= 5:
            fact(m, "absent")
    lengths = [int(x) for x in _RU_CYCLE_LENGTH.findall(folded) if 20 <= int(x) <= 40]
    length = lengths[0] if lengths else 28
    for m in _RU_CYCLE_DAY.finditer(folded):
        day = int(m.group("d") or m.group("d2") or m.group("d3"))
        near = _near(folded, m.start(), m.end()).replace(folded[m.start() : m.end()], " ")
        if m.group("d") and not _RU_CYCLE_WORDS.search(near):
            continue
        if length - 1 <= day <= length:
            fact(m, "present")
        elif 8 <= day <= length - 5:
            fact(m, "absent")
    return out


# How long she has been with the partner: under 3 months is a new partner (sti_risk
# present, conventions); longer says nothing alone ("together 8 months" is left out).
_PARTNER_TIME = {
    "en": re.compile(
        rf"\b(?:together|(?:seeing|dating) (?:him|her|them|each other|someone|somebody|"
        rf"(?:this|a|my) (?:new )?(?:guy|man|girl|lad|fella|bloke|boy|woman|partner))|"
        rf"been (?:with|w|wit) (?:him|her|them)|dating|seeing|met (?:him|her|them|each other)?|"
        rf"known (?:him|her)|"
        rf"new (?:lad|fella|guy|partner|man|bloke|boyfriend|girlfriend|gf)\W{{0,3}})"
        rf"(?:\s*(?:only|for|about|around|like|just|approx|roughly|nearly|almost|~|\())*\s*"
        rf"(?P<n>{_EN_SMALL})\s*(?P<u>days?|weeks?|wks?|months?|mths?|mos?|/52|/12)(?!\w)|"
        # "met someone on holiday 3 weeks ago", "met a gentleman friend six weeks ago"
        rf"\bmet (?:someone|somebody|a |this |him|her)[^.,;!?\n]{{0,30}}?\b(?P<n2>{_EN_SMALL})\s*"
        rf"(?P<u2>days?|weeks?|wks?|months?|mths?)\s+ago\b"
    )
}
_NEW_PARTNER_WEEKS = 13.0
# Session 13c (ru): "встречаемся полтора месяца", "мы вместе 2 месяца", "парня знает
# полтора месяца", "неделю знакомы", "третий месяц встречается", "Половой партнер с 2
# мес.", "пару месяцев отношения", "месяц назад начала встречаться". A bare unit is one
# ("знаю неделю"); "вместе с" is no couple, and only spaces stand between the words.
_RU_PARTNER_NUMBER = (
    r"\d{1,2}|одну|один|одна|два|две|три|четыре|пять|шесть|пару|полтора|полторы|"
    r"несколько|второй|третий|вторую|третью|второго|третьего"
)
_RU_PARTNER_UNIT = r"недел\w*|нед\b|месяц\w*|месец\w*|мес\b|дн\w*|день|дня"
_RU_PARTNER_WORD = (
    r"(?:встреча\w*|вместе(?!\s+с\b)|вмести(?!\s+с\b)|знакомы|знаком\w*|знаю|знает|"
    r"отношени\w*|(?:половой\s+)?партнер\s+с|половая\s+жизнь|живем|спим|мутим)"
)
_RU_PARTNER_FILL = (
    r"(?:(?:уже|всего|только|около|примерно|где-то|лишь|как|с\s+ним|с\s+парнем|его|парня|мы)\s+)*"
)
_PARTNER_TIME["ru"] = re.compile(
    rf"(?<!\w){_RU_PARTNER_WORD}\s+{_RU_PARTNER_FILL}(?:(?P<n>{_RU_PARTNER_NUMBER})\s*)?"
    rf"(?P<u>{_RU_PARTNER_UNIT})(?!\w)(?!\s+назад)|"
    rf"(?<![\w-])(?:(?P<n2>{_RU_PARTNER_NUMBER})\s*)?(?P<u2>{_RU_PARTNER_UNIT})\s+"
    rf"(?:(?:уже|как|назад\s+(?:начала|начали|стала|стали))\s+)?(?:мы\s+)?{_RU_PARTNER_WORD}"
)
_RU_PARTNER_VALUES = {
    "одну": 1.0,
    "один": 1.0,
    "одна": 1.0,
    "два": 2.0,
    "две": 2.0,
    "три": 3.0,
    "четыре": 4.0,
    "пять": 5.0,
    "шесть": 6.0,
    "пару": 2.0,
    "полтора": 1.5,
    "полторы": 1.5,
    "несколько": 3.0,
    "второй": 2.0,
    "третий": 3.0,
    "вторую": 2.0,
    "третью": 3.0,
    "второго": 2.0,
    "третьего": 3.0,
}


# A measured temperature (session 13): "T 38.1", "Temp 36.8", "temp of 39", "temperature
# was 37.4 C", "temp 101F". The conventions code 38 C (100.4 F) and over as fever, under
# it as none; a number outranks the loose word "temp" it stands beside.
_BODY_TEMPERATURE = {
    "en": re.compile(
        r"\b(?:t|temp|temperature|fever)\s*(?::|=|-)?\s*(?:(?:of|was|is|at|around|about|approx)\s+)?"
        r"(\d{2,3}(?:\.\d{1,2})?)\s*(?:°|º|degrees?)?\s*(c|f)?\b(?!\s*(?:/|weeks?|days?|wks?|yrs?|years?|hours?|hrs?|mins?|%))"
    )
}
_FEVER_C = 38.0
_FEVER_F = 100.4


def _body_temperature(text: str, folded: str, language: str) -> list[Fact]:
    pattern = _BODY_TEMPERATURE.get(language)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(folded):
        degrees = float(m.group(1))
        if 34.0 <= degrees <= 43.0 and m.group(2) != "f":
            fever = degrees >= _FEVER_C
        elif 93.0 <= degrees <= 110.0 and m.group(2) != "c":
            fever = degrees >= _FEVER_F
        else:
            continue
        value: Answer = "present" if fever else "absent"
        out.append(Fact("fever", value, m.start(), m.end(), text[m.start() : m.end()]))
    return out


def _ru_partner_weeks(unit: str) -> float:
    if unit.startswith("нед"):
        return 1.0
    if unit.startswith(("мес", "месец")):
        return 4.3
    return 1 / 7


def _partner_time(text: str, folded: str, language: str) -> list[Fact]:
    """A partner of under 3 months ("been seeing him 3 wks", "new partner 6/52")."""
    pattern = _PARTNER_TIME.get(language)
    if pattern is None:
        return []
    out: list[Fact] = []
    for m in pattern.finditer(folded):
        number = m.group("n") or m.group("n2")
        unit = m.group("u") or m.group("u2")
        if language == "ru":
            count = 1.0 if number is None else _RU_PARTNER_VALUES.get(number) or float(number)
            weeks = count * _ru_partner_weeks(unit)
        else:
            weeks = _number(number) * _weeks(unit)
        if 0 < weeks < _NEW_PARTNER_WEEKS:
            cue = text[m.start() : m.end()]
            out.append(Fact("sti_risk", "present", m.start(), m.end(), cue))
    return out


# Session 13: a baby's age and the time since the birth in more words (named groups n,
# u): "DD is 14 weeks", "youngest 4 mo", "wee one's 8 weeks", "he's 5 months", "my four
# month old", "6 wks pp", "8 months postpartum", "6/52 postnatal", "Postnatal check,
# 7/52", "SVD 7/52 ago", "had my lo 4 months ago", "baby born 11 months ago", "since my son
# was born three years ago", "after my 4th baby five years ago".
_EN_CHILD = (
    r"(?:baby|newborn|little one|lo|bub|bubba|bubs|son|daughter|dd|ds|youngest|twins|"
    r"little girl|little boy|baby girl|baby boy|wee one|little man)"
)
_EN_BIRTH_UNIT = r"weeks?|wks?|months?|mths?|mos?|years?|yrs?|/52|/12"
_EN_ABOUT = r"(?:(?:only|just|nearly|almost|about|around|roughly|now|over|just over)\s+)?"
_BIRTH_EN = [
    re.compile(
        rf"\b{_EN_CHILD}(?:'s\s+|\s*\(\s*|\s+(?:(?:is|was|who is|is now|turned|just turned|"
        rf"(?:was\s+)?born)\s+)?){_EN_ABOUT}(?P<n>{_EN_NUMBER})\s*(?P<u>{_EN_BIRTH_UNIT})?"
        rf"(?![\w/])(?!\s*(?:pregnant|along|gestation))"
    ),
    re.compile(
        rf"\b(?:he|she)(?:'s|\s+is)\s+{_EN_ABOUT}(?P<n>{_EN_NUMBER})\s*(?P<u>months?|mths?|mos?)"
        rf"(?![\w/])(?!\s*(?:pregnant|along|gestation))"
    ),
    re.compile(
        rf"\b(?:he|she)(?:'s|s|\s+is)\s+(?:now\s+)?(?P<n>{_EN_NUMBER})\s+"
        r"(?:now|years? old|yrs? old)\b"
    ),
    re.compile(rf"\b(?P<n>{_EN_NUMBER})[\s-]*(?P<u>weeks?|wks?|months?|mths?|mos?)[\s-]*old\b"),
    re.compile(
        rf"\b(?P<n>{_EN_NUMBER})\s*(?P<u>{_EN_BIRTH_UNIT})\s+(?:pp|postpartum|post-partum|"
        rf"post partum|postnatal|post-natal|post natal|pn|post delivery|after (?:the )?"
        rf"(?:birth|delivery|baby)|since (?:the )?(?:birth|baby)|after giving birth)\b"
    ),
    re.compile(
        r"\b(?:postnatal|post-natal|pn|postpartum)\s+(?:check|review|visit|appt)\W{0,3}"
        r"(?P<n>\d{1,2})\s*(?P<u>/52|/12|weeks?|wks?)"
    ),
    re.compile(
        rf"\b(?:gave birth|given birth|delivered|delivery|birth|c-section|section|svd|born|"
        rf"(?:had|delivered|gave birth to)\s+(?:my|the|a|our)?\s*{_EN_CHILD}|"
        rf"{_EN_CHILD}\s+(?:was\s+)?born)\s+(?:was\s+)?{_EN_ABOUT}(?P<n>{_EN_NUMBER})\s*"
        rf"(?P<u>{_EN_BIRTH_UNIT})\s+ago"
    ),
]
# A child of 10 or more is no sign of a birth, and may be the one written about ("my
# daughter is 15 and she bled"): no reading.
_CHILD_YEARS = 10


def _birth(text: str, folded: str, language: str) -> list[Fact]:
    """A baby's age or the time since the birth: given birth in the last 6 months or not.
    A child's age without a unit is in years ("my son is 3")."""
    if language == "en":
        return _birth_en(text, folded)
    pattern = _BIRTH.get(language)
    if pattern is None:
        return []
    out: list[Fact] = []
    for m in pattern.finditer(folded):
        groups = m.groups()
        pair = next(i for i in (0, 2, 4) if groups[i])  # (number, unit) of the form matched
        number, unit = groups[pair], groups[pair + 1] or "years"
        weeks = _number(number) * _weeks(unit)
        if not weeks:
            continue
        value: Answer = "present" if weeks <= _RECENT_BIRTH_WEEKS else "absent"
        cue = text[m.start() : m.end()]
        out.append(Fact("recently_gave_birth", value, m.start(), m.end(), cue))
    return out


def _birth_en(text: str, folded: str) -> list[Fact]:
    out: list[Fact] = []
    taken: set[int] = set()
    for pattern in _BIRTH_EN:
        for m in pattern.finditer(folded):
            if m.start() in taken:
                continue
            unit = m.groupdict().get("u") or "years"
            number = _number(m.group("n"))
            weeks = number * (_FRACTIONS[unit] if unit.startswith("/") else _weeks(unit))
            if not weeks or weeks >= _CHILD_YEARS * 52:
                continue
            taken.add(m.start())
            value: Answer = "present" if weeks <= _RECENT_BIRTH_WEEKS else "absent"
            out.append(
                Fact("recently_gave_birth", value, m.start(), m.end(), text[m.start() : m.end()])
            )
    return out
