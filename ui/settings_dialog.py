"""The Settings dialog: language (applied at once) and snap-to-words."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ui.i18n import LANGUAGES
from ui.settings import LANGUAGE, SNAP_TO_WORDS, Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: Any = None):
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        self.snap = QCheckBox(self)
        self.snap.setChecked(settings.get(SNAP_TO_WORDS))
        self.language_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow("", self.snap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Language:"))
        self.snap.setText(self.tr("Widen selections to whole words when coding"))

    def values(self) -> tuple[str, bool]:
        return self.language.currentData(), self.snap.isChecked()
