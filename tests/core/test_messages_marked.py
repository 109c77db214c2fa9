"""Every message template in the core is a literal that lupdate can collect, and converted modules
build no user-facing text with f-strings (which no catalogue could translate)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "kodeverk"

# Modules whose errors and report lines are all templates (kodeverk/messages.py). A module joins this
# list once converted; the integrator's import hot path (importing/service.py, prepare.py, readers/docx*.py)
# is converted by the integrator.
CONVERTED = [
    "errors.py", "project.py", "codebook/service.py", "codebook/tree.py",
    "services/coding.py", "services/lookup.py", "services/groups.py", "services/names.py",
    "services/coders.py", "services/erase.py", "files.py", "codebook/exchange.py", "export/options.py",
    "revision/review.py", "revision/service.py", "guides/reader.py", "guides/service.py",
    "teamwork/code_match.py", "teamwork/consensus.py", "teamwork/copy.py", "teamwork/disagreements.py",
    "teamwork/merge.py", "refi/reader.py", "refi/archive.py", "refi/export.py", "agreement/compute.py",
    "agreement/report.py", "retrieval/query.py", "retrieval/context.py", "retrieval/cooccurrence.py",
    "export/grid.py", "retrieval/overview.py", "sample.py",
    "storage/backup.py", "storage/engine.py", "storage/lock.py",
    "importing/manifest.py", "importing/metadata.py",
    "importing/readers/__init__.py", "importing/readers/_common.py", "importing/readers/odt.py",
    "importing/readers/rtf.py", "importing/readers/txt.py", "text/encoding.py",
    "refi/importer.py", "refi/import_people.py", "refi/codes_xml.py", "refi/untaken.py", "refi/report.py",
    "refi/offsets.py", "storage/refi.py",
]

_TEXT_SINKS = ("warnings", "problems", "notes", "lines", "left_out")


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _is_marker(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"


def _is_text(node: ast.AST) -> bool:
    """English built in place: an f-string, a plain string literal, or a concatenation of them."""
    if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return True
    return isinstance(node, ast.BinOp) and (_is_text(node.left) or _is_text(node.right))


def _is_plural_mark(disambiguation: ast.AST, number: ast.AST) -> bool:
    """``None, 1``: what lupdate needs to extract the template as a numerus message (kodeverk/messages.py)."""
    return (isinstance(disambiguation, ast.Constant) and disambiguation.value is None
            and isinstance(number, ast.Constant) and number.value == 1)


def _fields(template: str) -> set[str]:
    """The fields a template is filled from: its str.format fields, and ``n`` for a count %n."""
    names = {f.split("!")[0].split(":")[0] for _t, f, _s, _c in string.Formatter().parse(template) if f is not None}
    return names | {"n"} if "%n" in template else names


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(CORE.parent)}:{node.lineno}"


def test_every_marker_holds_a_literal_template_in_the_core_context() -> None:
    problems, count = [], 0
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(_tree(path)):
            if not _is_marker(node) or path.name == "messages.py" and not node.args:
                continue
            count += 1
            args = node.args
            if (len(args) not in (2, 4) or node.keywords
                    or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2])):
                problems.append(f"{_where(path, node)}: QT_TRANSLATE_NOOP needs two string literals")
                continue
            context, template = (a.value for a in args[:2])
            if len(args) == 4 and not (_is_plural_mark(args[2], args[3]) and "%n" in template):
                problems.append(f"{_where(path, node)}: a plural template has %n and is marked with None, 1")
            if len(args) == 2 and "%n" in template:
                problems.append(f"{_where(path, node)}: {template!r} has %n but is not marked plural (None, 1)")
            if context != "CoreMessages":
                problems.append(f"{_where(path, node)}: context {context!r}, not 'CoreMessages'")
            try:
                names = [field for _text, field, _spec, _conv in string.Formatter().parse(template) if field is not None]
            except ValueError as exc:
                problems.append(f"{_where(path, node)}: {template!r} is not a format template ({exc})")
                continue
            if any(not name or name.isdigit() for name in names):
                problems.append(f"{_where(path, node)}: {template!r} has a positional field; name every field")
    assert count > 100, count
    assert not problems, "\n".join(problems)


def test_messages_are_built_from_marked_templates() -> None:
    problems = []
    for path in sorted(CORE.rglob("*.py")):
        if path.name == "messages.py":
            continue
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Message":
                first = node.args[0] if node.args else None
                if first is None or _is_text(first) or (isinstance(first, ast.Call) and not _is_marker(first)):
                    problems.append(f"{_where(path, node)}: Message() needs a QT_TRANSLATE_NOOP template")
                elif _is_marker(first) and len(first.args) in (2, 4) and isinstance(first.args[1], ast.Constant) \
                        and all(k.arg for k in node.keywords):
                    wanted = _fields(first.args[1].value)
                    given = {k.arg for k in node.keywords}
                    if wanted != given:
                        problems.append(f"{_where(path, node)}: the template's fields {sorted(wanted)} are not the "
                                        f"fields given {sorted(given)}")
    assert not problems, "\n".join(problems)


def _sink_name(node: ast.AST) -> str | None:
    """``warnings`` of ``warnings.append`` and of ``self.report.warnings.append``."""
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else None


@pytest.mark.parametrize("module", CONVERTED)
def test_converted_module_builds_no_message_text_in_place(module: str) -> None:
    path = CORE / module
    problems = []
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            if isinstance(node.exc.func, ast.Name) and node.exc.func.id == "NotFoundError":
                continue  # a kind and a name, not text: the sentence is chosen in errors.py
            if any(_is_text(a) for a in node.exc.args):
                problems.append(f"{_where(path, node)}: an error raised with English text; use a Message")
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("append", "extend", "insert")
                and _sink_name(node.func.value) in _TEXT_SINKS):
            if any(_is_text(a) or isinstance(a, ast.GeneratorExp) and _is_text(a.elt) for a in node.args):
                problems.append(f"{_where(path, node)}: a report line written in English; use a Message")
    assert not problems, "\n".join(problems)


def test_every_kind_of_missing_thing_has_its_own_sentence() -> None:
    """``NotFoundError("code", ...)``: each kind the core names has a whole template in errors.py."""
    from kodeverk.errors import _NOT_FOUND

    problems = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(_tree(path)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "NotFoundError"
                    and node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value not in _NOT_FOUND):
                problems.append(f"{_where(path, node)}: no sentence for {node.args[0].value!r} in errors._NOT_FOUND")
    assert not problems, "\n".join(problems)
