"""The one normalisation: every rule, idempotence, and code-point offsets."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from kodeverk.text.normalise import is_normalised, normalise_text, word_count


def test_line_endings_become_newlines() -> None:
    assert normalise_text("a\r\nb\rc\u2028d\u2029e\u0085f") == "a\nb\nc\nd\ne\nf"


def test_bom_soft_hyphen_and_zero_width_removed() -> None:
    assert normalise_text("\ufeffsam\u00adord\u200bning\u200c\u200d\u2060") == "samordning"


def test_combining_marks_are_composed() -> None:
    text = normalise_text("Bla\u030abær og sma\u030a")
    assert text == "Blåbær og små"
    assert len(text) == 13


def test_emoji_are_kept_as_single_code_points() -> None:
    text = normalise_text("Ja 👍 og 👩‍👩‍👧 🇳🇴 ok")
    assert text.index("ok") == len("Ja 👍 og ") + 3 + len(" 🇳🇴 ")  # each emoji one code point, flags two
    assert "👩\u200d👩\u200d👧" not in text  # zero-width joiners are removed by the rules
    assert "👩👩👧" in text


@given(st.text())
def test_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert is_normalised(once)
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once


def test_word_count() -> None:
    assert word_count("  Hei på\n deg  ") == 3
