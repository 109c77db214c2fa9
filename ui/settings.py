"""The app's preferences: a typed registry of keys on QSettings (UI preferences only; project data is in the project)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: its key, type and default."""

    key: str
    type: type
    default: T


LANGUAGE = Setting("ui/language", str, "nb")
SNAP_TO_WORDS = Setting("coding/snap_to_words", bool, True)
SHOW_OTHER_CODERS = Setting("coding/show_other_coders", bool, True)
RECENT_PROJECTS = Setting("projects/recent", list, [])
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
FUZZY_SEARCH = Setting("search/fuzzy", bool, False)
LAST_IMPORT_FOLDER = Setting("import/last_folder", str, "")      # where the file dialogs of an import start
MAX_RECENT = 10


class Settings:
    """Typed access to a QSettings store (an INI file)."""

    def __init__(self, store: QSettings):
        self.store = store

    def get(self, setting: Setting[T]) -> T:
        value: Any = self.store.value(setting.key, setting.default)
        if value is None:
            return setting.default
        if setting.type is bool and isinstance(value, str):
            return value.lower() in {"true", "1", "yes"}  # type: ignore[return-value]
        if setting.type is list:
            if isinstance(value, str):
                return [value] if value else []  # type: ignore[return-value]
            return list(value)  # type: ignore[return-value]
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()  # type: ignore[return-value]
        try:
            return setting.type(value)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, value)
        self.store.sync()

    def coder_for(self, project_path: str) -> str:
        """The coder last chosen in the project at ``project_path`` ("" if none)."""
        return str(self.store.value(f"coders/{_key(project_path)}", "") or "")

    def set_coder_for(self, project_path: str, coder_name: str) -> None:
        self.store.setValue(f"coders/{_key(project_path)}", coder_name)

    def remember_project(self, path: str) -> None:
        """Put ``path`` first in the recent projects."""
        recent = [p for p in self.get(RECENT_PROJECTS) if p != path]
        self.set(RECENT_PROJECTS, [path, *recent][:MAX_RECENT])

    def forget_project(self, path: str) -> None:
        self.set(RECENT_PROJECTS, [p for p in self.get(RECENT_PROJECTS) if p != path])


def _key(path: str) -> str:
    import hashlib

    return hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]
