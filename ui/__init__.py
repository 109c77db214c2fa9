"""Kodeverk's desktop app (PySide6). It calls the core in ``kodeverk``; it holds no SQL."""

from ui.pyside_fixes import protect_none

protect_none()
