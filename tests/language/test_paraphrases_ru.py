"""Red flags in the many ways Russian speakers say them, and their denials.

The annotated corpus is small, so these paraphrases (written for this test, not
taken from the corpus) keep the lexicon broad: plain words, slang, metaphors,
amounts and free word order ("в обморок не падала"). A missed red flag is the
dangerous error, so every paraphrase must be read as present; a denial must be
read as absent; and ordinary texts must raise no red flag at all.
"""

from __future__ import annotations

import pytest

from bleedcheck import read
from tests.language.wording import cases

PRESENT: dict[str, list[str]] = {
    "bleeding_heavy": [
        "после секса кровь хлещет как из крана",
        "кровь льется ручьем, не могу остановить",
        "за час промокли две прокладки",
        "меняю прокладку каждые полчаса",
        "вся постель в крови, кровотечение очень сильное",
        "кровь течет по ногам",
        "сильно кровоточит после близости",
        "кровищи море, полотенце все красное",
        "тампон промок за 20 минут",
        "крови как на самых обильных месячных, даже больше",
        "ночная прокладка полная за час",
        "кровь идет фонтаном",
        "кровотечение обильное, прокладки не хватает",
        "кровь прям лужей на полу",
    ],
    "bleeding_clots": [
        "выходят сгустки размером со сливу",
        "идут куски крови, как печенка",
        "кровь с комками",
    ],
    "dizziness_or_fainting": [
        "после секса отключилась на пару минут",
        "чуть не вырубилась в ванной",
        "в глазах потемнело и я упала",
        "голова кружится, еле стою на ногах",
        "очнулась на полу в туалете",
        "меня шатает и мушки перед глазами",
        "была в предобморочном состоянии",
        "грохнулась в обморок",
    ],
    "signs_of_shock": [
        "бледная как мел и вся в холодном поту",
        "руки ледяные, сердце выпрыгивает",
        "пульс 130, давление упало",
        "губы синие, трясет",
        "белая как стена, липкий пот",
        "не хватает воздуха, сердце бешено стучит",
    ],
    "sudden_severe_pain_with_sex": [
        "вдруг дикая боль внизу живота во время секса",
        "боль как будто ножом резанули",
        "меня согнуло пополам от боли",
        "адская боль, не могу встать",
        "самая сильная боль в моей жизни",
        "жуткая боль, кричала",
        "резко заболело внизу, как будто что-то лопнуло",
        "нестерпимая боль в животе",
    ],
    "pain_one_sided": [
        "колет в правом боку",
        "болит с левой стороны внизу живота",
        "тянет справа внизу",
        "боль только с одной стороны, слева",
        "болит левый бок",
    ],
    "shoulder_tip_pain": [
        "боль отдает в плечо",
        "ноет правое плечо",
        "отдает в ключицу",
    ],
    "pregnant": [
        "я на 18 неделе, после секса кровь",
        "беременность 9 недель",
        "мы ждем малыша, срок маленький",
        "я в положении, 7 недель",
        "хгч положительный, после секса кровь",
        "тест показал две полоски",
        "на учете стою в женской консультации",
        "шестой месяц беременности",
        "у меня 30 неделя",
        "я на 12-й неделе",
    ],
    "pregnancy_16_weeks_or_more": [
        "я на 18 неделе, после секса кровь",
        "беременность 20 недель",
        "малыш пинается",
        "второй триместр",
        "на пятом месяце, кровь",
    ],
    "tissue_protruding": [
        "что-то вылезло из влагалища",
        "чувствую что-то инородное снаружи, торчит",
        "выпала матка что ли, что-то висит",
        "опущение матки у меня",
    ],
    "non_consensual_sex": [
        "он взял меня силой",
        "изнасиловал знакомый",
        "я говорила стоп, а он не остановился",
        "сопротивлялась, но он продолжал",
        "это было без моего согласия",
        "подсыпали что-то в напиток, ничего не помню",
        "он меня принудил",
    ],
    "fever": [
        "температура 38,5",
        "тем-ра 38",
        "градусник показал 38.2",
        "знобит и бросает в жар",
        "у меня жар",
        "температура под 39",
    ],
    "postmenopausal": [
        "месячных нет уже 5 лет",
        "в климаксе давно",
        "месячные закончились в 50",
        "последняя менструация была 4 года назад",
        "у меня менопауза уже 3 года",
        "месячные давно прекратились",
        "уже лет 8 без месячных",
    ],
}

ABSENT: dict[str, list[str]] = {
    "bleeding_heavy": ["кровотечение не обильное", "крови не много, пару капель"],
    "dizziness_or_fainting": [
        "голова не кружится, в обморок не падала",
        "сознание не теряла",
        "в обморок не падала",
    ],
    "fever": ["температуры нет", "температура нормальная", "t 36,6", "температура не поднималась"],
    "bleeding_clots": ["сгустков нет", "сгустков не было", "кровь без сгустков"],
    "sudden_severe_pain_with_sex": ["сильной боли нет", "резкой боли не было"],
    "shoulder_tip_pain": ["плечо не болит", "в плечо не отдает"],
    "pain_one_sided": ["справа не болит"],
    "pregnant": ["я точно не беременна", "нет, не беременна"],
}

# Frequent findings in everyday words: brands, slang, clinic shorthand.
COMMON: dict[str, list[str]] = {
    "hormonal_contraception": [
        "сижу на оках",
        "пью Жанин",
        "Силует пью",
        "Димиа пью три года",
        "у меня Некспланон в руке",
        "пластырь Евра",
    ],
    "missed_pills": ["забыла таблетку выпить", "пропуск таблетки в субботу"],
    "test_pregnancy_negative": ["тест показал одну полоску", "хгч меньше 5"],
    "screening_up_to_date": [
        "мазок на цитологию в норме",
        "цитология хорошая",
        "цитология без патологии",
        "мазком сказали все в порядке",
    ],
    "screening_overdue_or_never": ["у гинеколога не была лет 7", "никогда не была у гинеколога"],
    "sti_risk": ["спала с разными", "я ему изменила", "мч новый"],
    "discharge_abnormal": ["бели обильные", "выделения желтые"],
    "bleeding_recurrent": [
        "уже который раз",
        "кровит после каждого секса",
        "уже пару раз так было",
    ],
    "recently_gave_birth": ["родила 2 месяца назад", "после родов 3 месяца"],
    "blood_thinner": ["колю клексан", "на ксарелто после тромбоза"],
}

# Said the other way round: these must not be read as present.
NOT_PRESENT: dict[str, list[str]] = {
    "hormonal_contraception": ["гормональная контрацепция не используется"],
    "bleeding_recurrent": ["никогда не была у гинеколога", "такое первый раз"],
    "missed_pills": ["месячные с пропуском в месяц"],
    "recently_gave_birth": ["троих родила, младшему 20 лет"],
    "first_intercourse": ["впервые кровь после секса"],
}

RED_FLAGS = frozenset(PRESENT)

# Everyday texts: a little bleeding, no danger. None of them may raise a red flag.
ORDINARY = [
    "после секса немного мазнуло, на ежедневке пару пятнышек, ничего не болит, пью ярину",
    "мне 27, вчера после близости чуть-чуть крови, температуры нет, голова не кружится",
    "мне 39, кровь после секса уже пару раз, немного",
    "мне 38, мазок в норме, после секса розовые выделения",
    "сил нет как надоело, опять мазня после секса",
    "сделала тест на беременность, одна полоска, после секса кровь",
    "на 3 неделе приема джес мажет после секса",
    "месячные закончились 3 дня назад, после секса немного крови",
    "крови было чуть-чуть, в обморок не падала, живот не болит",
    "все анализы в норме, кровь после секса немного",
]


@pytest.mark.parametrize(("finding", "text"), cases(PRESENT))
def test_red_flag_paraphrase_is_read_as_present(finding: str, text: str) -> None:
    evidence = read(text, "ru").evidence
    assert evidence.get(finding) == "present", evidence


@pytest.mark.parametrize(("finding", "text"), cases(ABSENT))
def test_red_flag_denial_is_read_as_absent(finding: str, text: str) -> None:
    evidence = read(text, "ru").evidence
    assert evidence.get(finding) == "absent", evidence


@pytest.mark.parametrize(("finding", "text"), cases(COMMON))
def test_common_finding_paraphrase_is_read_as_present(finding: str, text: str) -> None:
    evidence = read(text, "ru").evidence
    assert evidence.get(finding) == "present", evidence


@pytest.mark.parametrize(("finding", "text"), cases(NOT_PRESENT))
def test_look_alike_is_not_read_as_present(finding: str, text: str) -> None:
    evidence = read(text, "ru").evidence
    assert evidence.get(finding) != "present", evidence


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_raises_no_red_flag(text: str) -> None:
    evidence = read(text, "ru").evidence
    raised = {f for f, v in evidence.items() if f in RED_FLAGS and v == "present"}
    assert not raised, evidence
