"""Every page word exists in both languages, and each is in the right script."""

from __future__ import annotations

import re

from bleedcheck.web.i18n import _all, words


def test_every_key_has_english_and_russian() -> None:
    for key, value in _all().items():
        assert set(value) == {"en", "ru"}, key
        assert value["en"].strip() and value["ru"].strip(), key


def test_russian_is_cyrillic_and_english_is_not() -> None:
    for key, value in _all().items():
        if key in ("site_name", "language_switch", "language_switch_label"):
            continue  # the brand, and each language's name written in itself
        assert re.search("[а-яё]", value["ru"].lower()), key
        assert not re.search("[а-яё]", value["en"].lower()), key


def test_a_missing_word_fails_loudly() -> None:
    try:
        words("en").no_such_word  # noqa: B018
    except AttributeError as exc:
        assert "no_such_word" in str(exc)
    else:
        raise AssertionError("a missing page word was not reported")
