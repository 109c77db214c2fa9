"""The translations are complete, consistent with their sources, compiled, and loaded by the app.

A new ``tr()`` string in ``ui/`` without a translation fails here: run
``resources/translations/update.sh``, translate the unfinished messages, and run it again.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMenu, QMessageBox

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "resources" / "translations"
LANGUAGES = ("nb", "en")
# Qt's %1 / %n in tr() strings; str.format fields ({name}, {name!r}, {share:.0%}) in the core's
# message templates (kodeverk/messages.py). "{{" and "}}" are literal braces, not fields.
PLACEHOLDER = re.compile(r"%(?:\d+|n)|(?<!\{)\{(?!\{)[^{}]*\}")


def _tool(name: str) -> Path | None:
    """A Qt tool installed beside the running Python (the project's venv), or None."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    return None


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """(context name, <message>) for every message of a .ts file."""
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _untranslated(ts: Path) -> list[str]:
    """The messages of ``ts`` that are unfinished, empty, or (numerus) lack a form."""
    lines = []
    for context, message in _messages(ts):
        translation = message.find("translation")
        forms = _forms(message)
        kind = translation.get("type") if translation is not None else None
        if kind in ("unfinished", "vanished", "obsolete") or not forms or not all(f.strip() for f in forms) \
                or (message.get("numerus") == "yes" and len(forms) < 2):
            location = message.find("location")
            where = f" ({Path(location.get('filename', '')).name}:{location.get('line')})" if location is not None else ""
            lines.append(f"  {context}: {message.findtext('source')!r}{where}")
    return lines


def _sources() -> list[str]:
    """What update.sh hands lupdate: ui/*.py and the core modules with message templates."""
    core = [p for p in (REPO / "kodeverk").rglob("*.py")
            if 'QT_TRANSLATE_NOOP("CoreMessages"' in p.read_text(encoding="utf-8")]
    return sorted(str(p.relative_to(REPO)) for p in [*(REPO / "ui").glob("*.py"), *core])


def test_every_ui_string_is_translated(tmp_path: Path) -> None:
    """lupdate over ui/*.py and the core's templates into copies of the .ts files leaves nothing
    unfinished in either language."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip(f"pyside6-lupdate is not installed beside {sys.executable}")
    copies = []
    for lang in LANGUAGES:
        copy = tmp_path / f"kodeverk_{lang}.ts"
        shutil.copyfile(TS_DIR / f"kodeverk_{lang}.ts", copy)
        copies.append(copy)
    sources = _sources()
    done = subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", *map(str, copies)],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for copy in copies:
        assert _messages(copy), f"lupdate found no messages for {copy.name}"
        missing = _untranslated(copy)
        assert not missing, (f"{len(missing)} UI string(s) have no translation in {copy.name}:\n"
                             + "\n".join(missing)
                             + "\nRun resources/translations/update.sh, translate the unfinished messages, "
                               "then run update.sh again.")


def test_norwegian_keeps_placeholders_and_accelerators() -> None:
    problems = []
    messages = _messages(TS_DIR / "kodeverk_nb.ts")
    assert len(messages) > 200
    for context, message in messages:
        source = message.findtext("source") or ""
        for form in _forms(message):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
                problems.append(f"{context}: placeholders of {source!r} differ in {form!r}")
            if source.count("&") != form.count("&"):
                problems.append(f"{context}: accelerators of {source!r} differ in {form!r}")
    assert not problems, "\n".join(problems)


def test_numerus_messages_have_real_plural_forms() -> None:
    """Both languages give a singular and a plural form; English never leaves "(s)" in a numerus form."""
    for lang in LANGUAGES:
        numerus = [(c, m) for c, m in _messages(TS_DIR / f"kodeverk_{lang}.ts") if m.get("numerus") == "yes"]
        assert numerus, lang
        for context, message in numerus:
            forms = _forms(message)
            assert len(forms) == 2 and all("%n" in f for f in forms), (lang, context, forms)
            if lang == "en":
                assert not any("(s)" in f for f in forms), (context, forms)
                assert forms[0] != forms[1], (context, forms)


def test_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    """The .qm the app loads holds what the .ts says (update.sh was run after the last edit)."""
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip(f"pyside6-lrelease is not installed beside {sys.executable}")
    catalogues = sorted(TS_DIR.glob("*.ts"))
    assert {"kodeverk_nb.ts", "kodeverk_en.ts"} <= {ts.name for ts in catalogues}
    for ts in catalogues:
        fresh = tmp_path / f"{ts.stem}.qm"
        done = subprocess.run([str(lrelease), str(ts), "-qm", str(fresh)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"{ts.stem}.qm is stale: run resources/translations/update.sh")


def test_norwegian_catalogue_translates_known_strings(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(TS_DIR / "kodeverk_nb.qm"))
    assert translator.translate("MainWindow", "&File") == "&Fil"
    assert translator.translate("MainWindow", "&Analysis") == "&Analyse"
    assert translator.translate("TeamworkFeature", "&Compare coders…") == "&Sammenlign kodere …"
    assert translator.translate("ExportDialog", "Export coded excerpts to Word") == "Eksporter kodede utdrag til Word"
    assert translator.translate("ImportDialog", "%n file(s) to import.", None, 1) == "%n fil skal importeres."
    assert translator.translate("ImportDialog", "%n file(s) to import.", None, 4) == "%n filer skal importeres."
    assert translator.translate("MainWindow", "no such string") == ""


def _assert_unique_mnemonics(actions, where: str) -> None:
    texts = [a.text() for a in actions if a.isVisible() and not a.isSeparator()]
    keys = [t[t.index("&") + 1].lower() for t in texts if re.search(r"&[^&]", t)]
    assert len(keys) == len(set(keys)), f"two entries of the {where} share a mnemonic: {texts}"


def _assert_menu_mnemonics(menu: QMenu) -> None:
    _assert_unique_mnemonics(menu.actions(), f"menu {menu.title()!r}")
    for action in menu.actions():
        if action.menu() is not None:
            _assert_menu_mnemonics(action.menu())


def test_qt_own_strings_in_bokmal(qapp) -> None:
    """Qt ships no bokmål catalogue of its own: ours gives the standard buttons and edit menus in Norwegian."""
    translator = QTranslator()
    assert translator.load(str(TS_DIR / "qtbase_nb.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Lukk"
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
        box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ja"
        assert box.button(QMessageBox.StandardButton.No).text() == "&Nei"
        field = QLineEdit()
        menu = field.createStandardContextMenu()
        texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
        assert texts == ["&Angre", "&Gjør om", "Klipp &ut", "&Kopier", "&Lim inn", "Slett", "Merk alt"]
        menu.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_window_speaks_norwegian_and_switches_back(window, qtbot) -> None:
    """The installed catalogue reaches the menus (with their mnemonics) and a switch back restores English."""
    from ui.i18n import set_language

    def titles() -> list[str]:
        return [action.text() for action in window.menuBar().actions()]

    try:
        set_language("nb")
        qtbot.waitUntil(lambda: "&Fil" in titles(), timeout=5000)
        assert {"&Fil", "&Rediger", "&Prosjekt", "&Analyse", "&Hjelp"} <= set(titles())
        _assert_unique_mnemonics(window.menuBar().actions(), "menu bar")
        for action in window.menuBar().actions():
            _assert_menu_mnemonics(action.menu())
    finally:
        set_language("en")
    qtbot.waitUntil(lambda: "&File" in titles(), timeout=5000)
    for action in window.menuBar().actions():
        _assert_menu_mnemonics(action.menu())
