"""Messages with a count: the English stays "3 coding(s)", the template is a plural (numerus) one for the app."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from kodeverk.codebook.service import add_code, add_code_by_path, delete_code
from kodeverk.errors import ConflictError, UsageError
from kodeverk.messages import QT_TRANSLATE_NOOP, Message, fill, is_plural, joined
from kodeverk.project import Project
from kodeverk.services.coders import add_coder, remove_coder
from kodeverk.services.coding import add_coding, locate_passage
from kodeverk.storage.models import Transcript


def test_the_marker_with_a_count_returns_its_text() -> None:
    assert QT_TRANSLATE_NOOP("CoreMessages", "%n memo(s)", None, 1) == "%n memo(s)"


@pytest.mark.parametrize("count", [0, 1, 3, 12])
def test_a_plural_message_is_the_english_with_the_count(count: int) -> None:
    message = Message(QT_TRANSLATE_NOOP("CoreMessages", "%n coding(s)", None, 1), n=count)
    assert message == f"{count} coding(s)" and type(str(message)) is str
    assert message.template == "%n coding(s)" and message.count == count and dict(message.fields) == {"n": count}


def test_count_and_other_fields_fill_together() -> None:
    message = Message(QT_TRANSLATE_NOOP("CoreMessages", "{where}: outside the source's text (0–{length}); %n coding(s) left out", None, 1),
                      where="kilde 'æ😀'", length=61, n=2)
    assert message == "kilde 'æ😀': outside the source's text (0–61); 2 coding(s) left out"
    assert is_plural(message.template) and message.count == 2


def test_a_field_value_holding_percent_n_is_left_alone() -> None:
    message = Message(QT_TRANSLATE_NOOP("CoreMessages", "{where}: zero-length selection skipped"), where="100%n")
    assert message == "100%n: zero-length selection skipped" and message.count is None
    counted = Message(QT_TRANSLATE_NOOP("CoreMessages", "{source}: has no text; its %n coding selection(s) left out", None, 1),
                      source="50%n", n=1)
    assert counted == "50%n: has no text; its 1 coding selection(s) left out"


def test_plain_messages_have_no_count_and_joined_lists_neither() -> None:
    plain = Message(QT_TRANSLATE_NOOP("CoreMessages", "a group needs a name"))
    assert plain.count is None and not is_plural(plain.template)
    listed = joined(" %n ", [plain, Message(QT_TRANSLATE_NOOP("CoreMessages", "%n memo(s)", None, 1), n=1)])
    assert listed == "a group needs a name %n 1 memo(s)" and listed.count is None


def test_a_plural_message_without_its_count_is_refused() -> None:
    with pytest.raises(KeyError):
        Message(QT_TRANSLATE_NOOP("CoreMessages", "%n memo(s)", None, 1))


def test_fill_is_the_english_text() -> None:
    assert fill("%n time(s) in {transcript!r}", {"n": 1, "transcript": "A"}) == "1 time(s) in 'A'"


def test_plural_messages_survive_pickling() -> None:
    inner = Message(QT_TRANSLATE_NOOP("CoreMessages", "%n lost coding(s)", None, 1), n=4)
    outer = Message(QT_TRANSLATE_NOOP("CoreMessages", "coder {coder!r} has {owned}; only a coder with none can be removed"),
                    coder="Ingrid", owned=joined(", ", [inner]))
    copy = pickle.loads(pickle.dumps(outer))
    assert copy == outer == "coder 'Ingrid' has 4 lost coding(s); only a coder with none can be removed"
    assert copy.fields["owned"].parts[0].count == 4


# -- the converted messages: their English as the command line printed it before -----------------


@pytest.fixture()
def project(tmp_path: Path):
    with Project.create(tmp_path / "p.kodeverk", template="empty") as made:
        yield made


def _transcript(project: Project, text: str) -> int:
    with project.transaction() as session:
        row = Transcript(name="Intervju 😀", original_filename="i.txt", original_bytes=text.encode(), source_format="txt",
                         text=text, sha256="0" * 64, char_count=len(text), word_count=len(text.split()))
        session.add(row)
        session.flush()
        return row.id


def test_removing_a_coder_with_codings_names_each_count(project: Project) -> None:
    transcript = _transcript(project, "Vi deler informasjon i hvert møte.")
    code = add_code_by_path(project, "Dele")
    coder = add_coder(project, "Ingrid")
    add_coding(project, transcript, code.id, coder.id, 0, 2)
    with pytest.raises(ConflictError) as caught:
        remove_coder(project, coder.id)
    assert str(caught.value) == "coder 'Ingrid' has 1 coding(s); only a coder with none can be removed"
    owned = caught.value.fields["owned"].parts
    assert [part.template for part in owned] == ["%n coding(s)"] and owned[0].count == 1


def test_deleting_a_used_code_counts_its_codings(project: Project) -> None:
    transcript = _transcript(project, "Vi deler informasjon i hvert møte.")
    parent = add_code_by_path(project, "Samordning")
    code = add_code(project, parent.id, "Dele")
    coder = add_coder(project, "Jonas")
    for start in (0, 3, 9):
        add_coding(project, transcript, code.id, coder.id, start, start + 2)
    with pytest.raises(ConflictError) as caught:
        delete_code(project, parent.id)
    assert str(caught.value) == ("code 'Samordning' has 3 coding(s) (with its sub-codes); merge it into another code, "
                                 "or delete with force")
    assert caught.value.message.count == 3


@pytest.mark.parametrize(("transcript", "expected"), [
    ("A", "occurrence 3 asked for, but the passage occurs 1 time(s) in transcript 'A'"),
    ("", "occurrence 3 asked for, but the passage occurs 1 time(s)"),
])
def test_an_occurrence_past_the_last_says_how_many_there_are(transcript: str, expected: str) -> None:
    with pytest.raises(UsageError) as caught:
        locate_passage("Vi deler \u00e9n gang 😀.", "e\u0301n", 3, transcript=transcript)
    assert str(caught.value) == expected and caught.value.message.count == 1
