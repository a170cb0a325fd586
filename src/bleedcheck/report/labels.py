"""Fixed wording of the doctor summary (headings, answers, the statement of what
the tool is) in every supported language. Clinical content is not here: it comes
from the knowledge base."""

from __future__ import annotations

__all__ = ["LABELS", "MONTHS", "label"]

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Summary for the doctor",
        "subtitle": "Bleeding after sex: triage and likely causes from the person's answers",
        "created": "Date",
        "knowledge": "Knowledge base",
        "tool": "bleedcheck",
        "age": "Age",
        "age_unknown": "not given",
        "presenting": "Presenting complaint",
        "triage": "Triage",
        "reasons": "Why",
        "more_reasons": "and {n} more danger signs, all listed under “What was reported”",
        "reported": "What was reported",
        "present": "Yes",
        "absent": "No",
        "unknown": "Don't know",
        "none": "none",
        "own_words": "In her own words",
        "differential": "Likely causes",
        "condition": "Condition",
        "probability": "Probability",
        "supporting": "Supported by",
        "against": "Against",
        "next_steps": "Suggested next steps for the clinician",
        "sources": "Sources",
        "safety_net": "Safety-net advice given",
        "kind_test": "Test",
        "kind_examination": "Examination",
        "kind_referral": "Referral",
        "kind_safeguarding": "Safeguarding",
        "kind_treatment": "Treatment",
        "about_title": "What this is",
        "about": (
            "bleedcheck is an open, evidence-based triage aid for bleeding after sex. "
            "It ranks causes with a Bayesian model and sets urgency with explicit red-flag "
            "rules. It has not examined the patient: it is a decision aid, not a diagnosis, "
            "and the probabilities are estimates from the answers above. The evidence base "
            "and every number's source are in the knowledge base named on this page."
        ),
    },
    "ru": {
        "title": "Сводка для врача",
        "subtitle": "Кровянистые выделения после секса: срочность и вероятные причины по ответам",
        "created": "Дата",
        "knowledge": "База знаний",
        "tool": "bleedcheck",
        "age": "Возраст",
        "age_unknown": "не указан",
        "presenting": "Жалоба",
        "triage": "Срочность",
        "reasons": "Почему",
        "more_reasons": (
            "и ещё признаков опасности: {n} (все они есть в разделе «Что сообщила пациентка»)"
        ),
        "reported": "Что сообщила пациентка",
        "present": "Да",
        "absent": "Нет",
        "unknown": "Не знает",
        "none": "нет",
        "own_words": "Своими словами",
        "differential": "Вероятные причины",
        "condition": "Состояние",
        "probability": "Вероятность",
        "supporting": "За",
        "against": "Против",
        "next_steps": "Рекомендуемые шаги для врача",
        "sources": "Источники",
        "safety_net": "Данные советы по безопасности",
        "kind_test": "Анализ",
        "kind_examination": "Осмотр",
        "kind_referral": "Направление",
        "kind_safeguarding": "Защита",
        "kind_treatment": "Лечение",
        "about_title": "Что это",
        "about": (
            "bleedcheck — открытый инструмент сортировки по срочности при кровянистых "
            "выделениях после секса, основанный на доказательных данных. Причины "
            "ранжируются байесовской моделью, срочность задают явные правила «красных "
            "флагов». Инструмент не осматривал пациентку: это помощь в принятии решения, "
            "а не диагноз; вероятности — оценки по ответам выше. Доказательная база и "
            "источник каждого числа — в указанной на странице базе знаний."
        ),
    },
}

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
}


def label(language: str, key: str) -> str:
    return LABELS[language][key]
