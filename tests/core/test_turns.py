"""Tests of assembling a transcript's text and detecting its speaker turns."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kodeverk.importing.readers import Paragraph
from kodeverk.text.normalise import normalise_text
from kodeverk.text.turns import AssembledText, assemble, assemble_rows


def paras(*texts: str) -> list[Paragraph]:
    return [Paragraph(t) for t in texts]


def labels(assembled: AssembledText) -> list[tuple[str, str, bool]]:
    """(speaker, text of [start, label_end), is_interviewer) per turn."""
    return [(t.speaker, assembled.text[t.start:t.label_end], t.is_interviewer) for t in assembled.turns]


def bodies(assembled: AssembledText) -> list[str]:
    return [assembled.text[t.start:t.end] for t in assembled.turns]


# --- assembling -----------------------------------------------------------------------------------

def test_paragraphs_are_normalised_stripped_and_joined():
    assembled = assemble(paras("  Innledning  ", "", "   ", "Bla\u00adbær\r\nlinje", "Zero\u200bwidth\t"))
    assert assembled.text == "  Innledning\nBlabær\nlinje\nZerowidth"
    assert [assembled.text[s:e] for s, e in assembled.paragraphs] == ["  Innledning", "Blabær\nlinje", "Zerowidth"]
    assert assembled.turns == []


def test_empty_document():
    assembled = assemble([])
    assert (assembled.text, assembled.turns, assembled.paragraphs) == ("", [], [])


# --- conventions ----------------------------------------------------------------------------------

@pytest.mark.parametrize("asker, answerer", [
    ("I", "R"), ("Intervjuer", "Informant"), ("Int", "Inf"), ("Interviewer", "Respondent"), ("Q", "A"),
    ("Spørsmål", "Svar"), ("Intervjuer 1", "IO1"), ("Moderator", "Deltaker 2"),
])
def test_known_conventions(asker, answerer):
    assembled = assemble(paras("Intervju 7, fase 3", f"{asker}: Hva er mandatet?", f"{answerer}: Det er uklart.",
                               "Det er mer å si.", f"{asker}: Takk."))
    assert labels(assembled) == [(asker, f"{asker}: ", True), (answerer, f"{answerer}: ", False),
                                 (asker, f"{asker}: ", True)]
    assert bodies(assembled) == [f"{asker}: Hva er mandatet?", f"{answerer}: Det er uklart.\nDet er mer å si.",
                                 f"{asker}: Takk."]
    assert assembled.turns[0].start == len("Intervju 7, fase 3\n")  # the title belongs to no turn


def test_one_letter_labels_must_be_capitals():
    assert assemble(paras("i: dette er ikke en etikett", "r: heller ikke")).turns == []


@pytest.mark.parametrize("line, speaker, label", [
    ("[00:12:31] I: Hva skjedde?", "I", "[00:12:31] I: "),
    ("(00:12) I: Hva skjedde?", "I", "(00:12) I: "),
    ("00:12:31 I: Hva skjedde?", "I", "00:12:31 I: "),
    ("I [00:12:31]: Hva skjedde?", "I", "I [00:12:31]: "),
    ("I (00:12): Hva skjedde?", "I", "I (00:12): "),
    ("I: [00:12:31] Hva skjedde?", "I", "I: [00:12:31] "),
    ("Intervjuer: 00:12:31 Hva skjedde?", "Intervjuer", "Intervjuer: 00:12:31 "),
])
def test_timestamps_before_and_after_the_label(line, speaker, label):
    assembled = assemble(paras(line))
    assert labels(assembled) == [(speaker, label, True)]
    assert assembled.text[assembled.turns[0].label_end:] == "Hva skjedde?"


def test_names_need_two_occurrences_and_the_asker_is_the_interviewer():
    assembled = assemble(paras("Kari Nordmann: Hvordan startet det?", "Per-Olav Ås: Med et møte.",
                               "Kari Nordmann: Og så?", "Per-Olav Ås: Så kom mandatet.",
                               "Ensom Person: bare én gang"))
    assert labels(assembled) == [("Kari Nordmann", "Kari Nordmann: ", True), ("Per-Olav Ås", "Per-Olav Ås: ", False),
                                 ("Kari Nordmann", "Kari Nordmann: ", True), ("Per-Olav Ås", "Per-Olav Ås: ", False)]
    assert bodies(assembled)[-1] == "Per-Olav Ås: Så kom mandatet.\nEnsom Person: bare én gang"


def test_initials_and_pseudonym_codes_as_names():
    assembled = assemble(paras("K.N.: Hva tenker du?", "K3-07: Godt.", "K.N.: Sikker?", "K3-07: Ja."))
    assert [(s, i) for s, _, i in labels(assembled)] == [("K.N.", True), ("K3-07", False), ("K.N.", True),
                                                         ("K3-07", False)]


def test_with_three_named_speakers_nobody_is_guessed():
    assembled = assemble(paras("Ola: Hei?", "Kari: Hei.", "Per: Hei.", "Ola: Hva?", "Kari: Ja.", "Per: Nei."))
    assert [t.is_interviewer for t in assembled.turns] == [False] * 6


def test_bold_labels_count_once():
    assembled = assemble([Paragraph("Åse Berg: Vi startet i 2022.", "Åse Berg:"),
                          Paragraph("Kari Nordmann: Ok.", "Kari Nordmann"),
                          Paragraph("Tittel: helt fet linje", "Tittel: helt fet linje"),
                          Paragraph("Ikke fet: tekst", "")])
    assert [t.speaker for t in assembled.turns] == ["Åse Berg", "Kari Nordmann"]


@pytest.mark.parametrize("line", [
    "Det viktigste er dette: at vi snakker sammen.",
    "Dato: 12.03.2023",
    "Tema: Forankring",
    "Klokka var 10:30 da vi startet.",
    "Se https://dfo.no/rapport for mer.",
    "Han sa: «Nei.»",
])
def test_ordinary_sentences_with_a_colon_are_not_labels(line):
    assert assemble(paras(line, line, "I: Hei")).turns[0].start == 2 * (len(line) + 1)


def test_label_after_a_manual_line_break_starts_a_turn():
    assembled = assemble(paras("I: Hva?\nR: Dette.\nOg mer.", "Fortsatt R."))
    assert [t.speaker for t in assembled.turns] == ["I", "R"]
    assert bodies(assembled) == ["I: Hva?", "R: Dette.\nOg mer.\nFortsatt R."]


def test_combining_marks_and_emoji_keep_offsets_in_normalised_text():
    assembled = assemble(paras("😀 Innledning med a\u030a", "A\u030ase Berg: Det var 👍🏽 bra.", "Intervjuer: Og så?",
                               "A\u030ase Berg: Ja a\u030a.", "I: 🇳🇴 ja?"))
    assert assembled.text == normalise_text(assembled.text)
    assert "a\u030a" not in assembled.text and "Åse Berg: Det var 👍🏽 bra." in assembled.text
    assert labels(assembled) == [("Åse Berg", "Åse Berg: ", False), ("Intervjuer", "Intervjuer: ", True),
                                 ("Åse Berg", "Åse Berg: ", False), ("I", "I: ", True)]
    assert bodies(assembled)[2] == "Åse Berg: Ja å."
    assert assembled.text[assembled.turns[-1].label_end:] == "🇳🇴 ja?"


def test_decomposed_bold_prefix_matches_normalised_text():
    assembled = assemble([Paragraph("A\u030ase: hei", "A\u030ase:")])
    assert labels(assembled) == [("Åse", "Åse: ", False)]


# --- properties -----------------------------------------------------------------------------------

_LABELS = st.sampled_from(["I: ", "R: ", "Intervjuer: ", "[00:01:02] Inf: ", "Kari Nordmann: ", "K.N.: ",
                           "A\u030ase: ", "", "", "Det er dette: "])
_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def _paragraph(draw) -> Paragraph:
    label = draw(_LABELS)
    text = label + draw(_TEXT)
    cut = draw(st.integers(0, len(text)))
    return Paragraph(text, text[:cut] if draw(st.booleans()) else draw(_TEXT))


@settings(max_examples=300, deadline=None)
@given(st.lists(_paragraph(), max_size=12))
def test_assembled_text_is_normalised_and_turns_are_sound(paragraphs):
    assembled = assemble(paragraphs)
    text = assembled.text
    assert normalise_text(text) == text
    previous_end = 0
    for turn in assembled.turns:
        assert previous_end <= turn.start < turn.label_end <= turn.end <= len(text)
        assert turn.speaker and turn.speaker in text[turn.start:turn.label_end]
        previous_end = turn.end
    previous_end = -1
    for start, end in assembled.paragraphs:
        assert previous_end < start < end <= len(text) or (start == 0 and previous_end == -1 and end > 0)
        assert not text[start:end][-1].isspace()
        previous_end = end
    assert "\n".join(text[s:e] for s, e in assembled.paragraphs) == text
    # The importer's quicker form finds exactly the same text and turns.
    assert assemble_rows(paragraphs) == (text, [(t.start, t.end, t.label_end, t.speaker, t.is_interviewer)
                                                for t in assembled.turns])


def test_leading_line_breaks_are_dropped_with_the_bold_prefix():
    assembled = assemble([Paragraph("Forord"), Paragraph("\n\nMarit Dahl: Ja.  ", "\n\nMarit Dahl:")])
    assert assembled.text == "Forord\nMarit Dahl: Ja."
    assert labels(assembled) == [("Marit Dahl", "Marit Dahl: ", False)]
