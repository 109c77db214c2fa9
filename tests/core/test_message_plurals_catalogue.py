"""lupdate extracts every core template with a count (%n) as a numerus message, and both catalogues give its forms.

Runs ``pyside6-lupdate`` (a separate program; nothing here imports Qt) over the core modules that
``resources/translations/update.sh`` hands it, into a fresh catalogue.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "resources" / "translations"


def _plural_templates() -> dict[str, str]:
    """Template -> module, for every QT_TRANSLATE_NOOP(..., None, 1) in the core."""
    found = {}
    for path in sorted((REPO / "kodeverk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 4 and isinstance(node.args[1], ast.Constant)):
                found[node.args[1].value] = str(path.relative_to(REPO))
    return found


def _core_sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "kodeverk").rglob("*.py")
                  if 'QT_TRANSLATE_NOOP("CoreMessages"' in p.read_text(encoding="utf-8"))


def _core_messages(ts: Path) -> dict[str, ET.Element]:
    root = ET.parse(ts).getroot()
    return {m.findtext("source") or "": m for c in root.iter("context") if c.findtext("name") == "CoreMessages"
            for m in c.iter("message")}


def test_the_counted_messages_are_those_of_the_brief() -> None:
    templates = _plural_templates()
    assert {"%n coding(s)", "%n lost coding(s)", "%n memo(s)", "%n vertices", "%n edges"} <= set(templates)
    assert len(templates) >= 13
    assert all("%n" in t and "{count}" not in t for t in templates)


def test_lupdate_extracts_them_as_numerus(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip(f"pyside6-lupdate is not installed beside {sys.executable}")
    fresh = tmp_path / "fresh.ts"
    done = subprocess.run([str(lupdate), *_core_sources(), "-ts", str(fresh)], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    messages = _core_messages(fresh)
    templates = _plural_templates()
    assert not [t for t in templates if messages.get(t) is None or messages[t].get("numerus") != "yes"]
    assert not [s for s, m in messages.items() if m.get("numerus") == "yes" and s not in templates]


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_each_catalogue_has_a_singular_and_a_plural_form(lang: str) -> None:
    messages = _core_messages(TS_DIR / f"kodeverk_{lang}.ts")
    problems = []
    for template in _plural_templates():
        message = messages.get(template)
        forms = [f.text or "" for f in message.iter("numerusform")] if message is not None else []
        if len(forms) != 2 or not all("%n" in f and "(s)" not in f and "(er)" not in f for f in forms) \
                or forms[0] == forms[1]:
            problems.append(f"{lang}: {template!r} -> {forms}")
    assert not problems, "\n".join(problems)


def test_bokmal_no_longer_hedges_a_count() -> None:
    messages = _core_messages(TS_DIR / "kodeverk_nb.ts")
    hedged = [s for s, m in messages.items() for t in m.iter("translation") if "(er)" in "".join(t.itertext())]
    assert not hedged
