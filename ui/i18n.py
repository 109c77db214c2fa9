"""Loading the translations: Qt's own and Kodeverk's (Qt Linguist ``.qm`` files).

Switching language removes the old translators and installs new ones; Qt
then sends every widget a LanguageChange event, and each re-translates itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kodeverk.resources import resource_path

LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}
_installed: list[QTranslator] = []


def remove_translators() -> None:
    """Take out every translator :func:`set_language` installed (the UI falls back to English source texts)."""
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()


def set_language(language: str) -> None:
    """Install the translators for ``language`` ("nb" or "en") in the running app."""
    app = QCoreApplication.instance()
    if app is None:
        return
    remove_translators()
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal if language == "nb" else QLocale.Language.English))
    if language == "en":
        # English is the source language; still send LanguageChange so that widgets re-translate
        translator = QTranslator(app)
        app.installTranslator(translator)
        _installed.append(translator)
        return
    qt = QTranslator(app)
    # Qt ships no bokmål catalogue of its own: ours (resources/translations/qtbase_nb.ts) stands in
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) \
            or qt.load(str(resource_path("translations", f"qtbase_{language}.qm"))):
        app.installTranslator(qt)
        _installed.append(qt)
    own = QTranslator(app)
    if own.load(str(resource_path("translations", f"kodeverk_{language}.qm"))):
        app.installTranslator(own)
        _installed.append(own)
