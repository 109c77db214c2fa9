"""Fixtures for the desktop app's tests: offscreen Qt, settings in a temporary file, the sample project."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from kodeverk.sample import build_sample  # noqa: E402
from ui.settings import Settings  # noqa: E402


@pytest.fixture(autouse=True)
def _translators_do_not_leak():
    """A test that switches the language must not change the language of the tests after it."""
    yield
    from ui.i18n import remove_translators

    remove_translators()


@pytest.fixture(scope="session")
def sample_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample project, built once per test session."""
    path = tmp_path_factory.mktemp("master") / "sample.kodeverk"
    build_sample(path)
    return path


@pytest.fixture()
def sample_path(sample_master: Path, tmp_path: Path) -> Path:
    """A private copy of the sample project."""
    path = tmp_path / "sample.kodeverk"
    shutil.copyfile(sample_master, path)
    return path


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return Settings(store)


@pytest.fixture()
def window(qtbot, settings, sample_path):
    """The main window with the sample project open and shown."""
    from ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    assert win.open_project(str(sample_path))
    qtbot.waitExposed(win)
    yield win
    win.close_project()


def save_shot(widget, name: str) -> None:
    """Save a screenshot into $KODEVERK_SHOTS if set."""
    folder = os.environ.get("KODEVERK_SHOTS")
    if folder:
        from PySide6.QtWidgets import QApplication

        for _ in range(3):  # let pending layouts and lazily built highlights land, as a user would see them
            QApplication.processEvents()
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))
