"""The core's messages: English text as before, with the template and fields the app translates."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from kodeverk.errors import FileProblem, KodeverkError, NewerProjectError, NotFoundError, ReadError
from kodeverk.importing.readers import read_document
from kodeverk.importing.report import FileOutcome, Status
from kodeverk.messages import QT_TRANSLATE_NOOP, Joined, Message, joined, quoted_list
from kodeverk.project import Project


def test_marker_returns_its_text() -> None:
    assert QT_TRANSLATE_NOOP("CoreMessages", "no such file") == "no such file"


def test_message_is_the_english_text_and_keeps_template_and_fields() -> None:
    message = Message(QT_TRANSLATE_NOOP("CoreMessages", "row {line}: date {text!r} is not a valid date; left empty"),
                      line=4, text="31.02.2023")
    assert message == "row 4: date '31.02.2023' is not a valid date; left empty"
    assert isinstance(message, str)
    assert message.template == "row {line}: date {text!r} is not a valid date; left empty"
    assert dict(message.fields) == {"line": 4, "text": "31.02.2023"}
    assert type(str(message)) is str and str(message) == message


def test_format_specs_fill_as_python_formats_them() -> None:
    message = Message(QT_TRANSLATE_NOOP("CoreMessages", "byte 0x{byte:02X} at {position}"), byte=7, position=12)
    assert message == "byte 0x07 at 12"


def test_messages_survive_pickling_between_processes() -> None:
    inner = Message(QT_TRANSLATE_NOOP("CoreMessages", "the file is empty (0 bytes)"))
    outer = Message(QT_TRANSLATE_NOOP("CoreMessages", "{file}: {problem}"), file="tom 😀.txt", problem=inner)
    listed = joined("; ", [outer, "plain"])
    for original in (inner, outer, listed):
        copy = pickle.loads(pickle.dumps(original))
        assert copy == original and type(copy) is type(original)
        assert copy.template == original.template
    copy = pickle.loads(pickle.dumps(outer))
    assert copy.fields["problem"].template == "the file is empty (0 bytes)"
    assert pickle.loads(pickle.dumps(listed)).parts == (outer, "plain")


def test_joined_keeps_each_part() -> None:
    first = Message(QT_TRANSLATE_NOOP("CoreMessages", "phase {phase!r} is not one of {known}"), phase="9", known="1, 2")
    listed = joined("; ", [first, "{not a field}"])
    assert listed == "phase '9' is not one of 1, 2; {not a field}"
    assert isinstance(listed, Joined) and listed.parts == (first, "{not a field}")


def test_quoted_list_quotes_as_python() -> None:
    assert quoted_list(["Trinn 1", "Ingrid's"]) == "'Trinn 1', \"Ingrid's\""


def test_error_str_is_unchanged_english_and_carries_the_template() -> None:
    error = NotFoundError("code", "Samordnigstrappen", ["Samordningstrappen", "Sekretariatet"])
    assert str(error) == "no code named 'Samordnigstrappen'; did you mean 'Samordningstrappen', 'Sekretariatet'?"
    assert error.template == "{problem}; did you mean {suggestions}?"
    assert error.fields["problem"].template == "no code named {name!r}"
    assert error.fields["suggestions"] == "'Samordningstrappen', 'Sekretariatet'"
    assert str(NotFoundError("thing", "x")) == "no thing named 'x'"
    assert NotFoundError("thing", "x").template == "no {kind} named {name!r}"


def test_file_problem_names_the_file_and_keeps_the_problem() -> None:
    error = ReadError(Path("/data/intervju ø.txt"), Message(QT_TRANSLATE_NOOP("CoreMessages", "the file is empty (0 bytes)")))
    assert str(error) == "intervju ø.txt: the file is empty (0 bytes)"
    assert error.template == "{file}: {problem}"
    assert error.fields["file"] == "intervju ø.txt"
    assert error.problem.template == "the file is empty (0 bytes)"


def test_plain_text_errors_still_work() -> None:
    error = KodeverkError("something plain")
    assert str(error) == "something plain" and error.template is None and error.fields == {}
    assert FileProblem("a.txt", "plain problem").fields["problem"] == "plain problem"


def test_zero_byte_file_is_refused_with_a_template(tmp_path: Path) -> None:
    empty = tmp_path / "tom.txt"
    empty.write_bytes(b"")
    with pytest.raises(ReadError) as caught:
        read_document(empty)
    assert str(caught.value) == "tom.txt: the file is empty (0 bytes)"
    assert caught.value.problem.template == "the file is empty (0 bytes)"


def test_newer_project_is_refused_with_a_template(tmp_path: Path) -> None:
    path = tmp_path / "ny.kodeverk"
    Project.create(path).close()
    import sqlite3

    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = 'zzzz_from_the_future'")
    with pytest.raises(NewerProjectError) as caught:
        Project.open(path)
    problem = caught.value.problem
    assert problem.template.startswith("the project was saved by a newer version of Kodeverk (schema {schema})")
    assert problem.fields["schema"] == "zzzz_from_the_future"
    assert str(caught.value).startswith("ny.kodeverk: the project was saved by a newer version of Kodeverk "
                                        "(schema zzzz_from_the_future)")


def test_report_lines_keep_messages_and_stay_plain_in_json() -> None:
    warning = Message(QT_TRANSLATE_NOOP("CoreMessages", "group {raw!r} read as {value!r}"), raw="KUBO", value="KUBU")
    outcome = FileOutcome("/x/a.docx", Status.WARNING, transcript="a", warnings=[warning])
    import json

    assert json.loads(json.dumps(outcome.as_json()))["warnings"] == ["group 'KUBO' read as 'KUBU'"]
    assert "warning: group 'KUBO' read as 'KUBU'" in outcome.describe()
