"""Walk-through, third round: every entry of every menu of the main window has a mnemonic (an &-letter), and no
two entries of one menu share one, in English and in bokmål, with the sample project open; the features' entries
(File → Import / Export / team work, Project, Analysis) included. The letters work: Alt+A, then the letter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.conftest import save_shot
from ui.feature_retrieve import RetrieveFeature
from ui.i18n import set_language


def mnemonic(text: str) -> str | None:
    """The letter after the first single '&' of ``text`` ("&&" is a literal ampersand), lower-case; None if none."""
    i = 0
    while i < len(text):
        if text[i] == "&":
            if text[i + 1:i + 2] == "&":
                i += 2
                continue
            return text[i + 1:i + 2].lower() or None
        i += 1
    return None


def problems(menu: QMenu, where: str) -> list[str]:
    """What is wrong with the mnemonics of ``menu`` and its submenus (an empty list if nothing)."""
    found: list[str] = []
    seen: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.text().split("\t")[0]
        letter = mnemonic(text)
        if letter is None or not letter.strip():
            found.append(f"{where} → {text!r} has no mnemonic")
        elif letter in seen:
            found.append(f"{where} → {text!r} and {seen[letter]!r} share '{letter}'")
        else:
            seen[letter] = text
        if action.menu() is not None:
            found += problems(action.menu(), f"{where} → {text}")
    return found


def all_menus_problems(window) -> list[str]:
    bar = window.menuBar()
    found: list[str] = []
    letters: dict[str, str] = {}
    for action in bar.actions():
        if not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter is None:
            found.append(f"menu bar → {action.text()!r} has no mnemonic")
        elif letter in letters:
            found.append(f"menu bar → {action.text()!r} and {letters[letter]!r} share '{letter}'")
        else:
            letters[letter] = action.text()
        found += problems(action.menu(), action.text().replace("&", ""))
    return found


def _entries(window) -> int:
    def count(menu: QMenu) -> int:
        return sum(1 + (count(a.menu()) if a.menu() else 0) for a in menu.actions() if not a.isSeparator())
    return sum(count(a.menu()) for a in window.menuBar().actions() if a.isVisible())


@pytest.mark.parametrize("language", ["en", "nb"])
def test_every_menu_entry_has_its_own_mnemonic(window, qtbot, language):
    set_language(language)
    QApplication.processEvents()
    titles = [a.text() for a in window.menuBar().actions()]
    assert ("&Fil" in titles) == (language == "nb") and ("&File" in titles) == (language == "en")
    # the features' menus are there, the Project and Analysis menus too (they show with a project)
    assert window.project_menu.menuAction().isVisible() and window.analysis_menu.menuAction().isVisible()
    assert window.export_menu.menuAction().isVisible()
    assert _entries(window) >= 45
    assert all_menus_problems(window) == []
    # the Undo entry keeps its letter when it names what it undoes
    window.ws.add_coder("Kari")
    QApplication.processEvents()
    undo = window.undo_redo[0]
    assert undo.isEnabled() and mnemonic(undo.text()) == ("a" if language == "nb" else "u")
    assert all_menus_problems(window) == []
    # the transcript's context menu (the Coding entries and Copy) has its letters too
    window.pv._text_menu(window.pv.view.mapToGlobal(window.pv.view.rect().center()))
    menus = [m for m in window.findChildren(QMenu) if m.isVisible() and m.parent() is window
             and m not in [a.menu() for a in window.menuBar().actions()]]
    assert menus, "the context menu did not open"
    assert problems(menus[-1], "context menu") == []
    menus[-1].close()


def test_a_language_switch_keeps_the_letters_of_the_view_menu(window, qtbot):
    for language in ("nb", "en", "nb"):
        set_language(language)
        QApplication.processEvents()
        assert problems(window.view_menu, "View") == []
    texts = [a.text() for a in window.view_menu.actions() if not a.isSeparator()]
    assert texts[:5] == ["&Transkripter", "&Kodebok", "Kodede &utdrag", "&Søk", "K&oder"]


def test_the_letter_opens_the_entry(window, qtbot):
    """Analysis menu open, the letter of "Hent fram …" opens the Retrieve panel."""
    set_language("nb")
    QApplication.processEvents()
    window.resize(1280, 800)
    menu = window.analysis_menu
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitExposed(menu)
    save_shot(menu, "walkthrough3_menu_analysis_nb")
    qtbot.keyClick(menu, Qt.Key.Key_H)
    feature = next(f for f in window.features if isinstance(f, RetrieveFeature))
    qtbot.waitUntil(lambda: feature.dock is not None and feature.dock.isVisible(), timeout=5000)
