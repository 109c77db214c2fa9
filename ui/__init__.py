"""Kodeverk's desktop app (PySide6). It calls the core in ``kodeverk``; it holds no SQL."""
