"""The core must import and work without Qt (design card)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BLOCK_QT = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "ui" or name.startswith("ui."):
            raise ImportError("blocked: " + name)
sys.meta_path.insert(0, Block())
import pkgutil, importlib, kodeverk
for module in pkgutil.walk_packages(kodeverk.__path__, "kodeverk."):
    if ".migrations" in module.name or module.name.endswith("__main__"):
        continue
    importlib.import_module(module.name)
from kodeverk.project import Project
p = Project.in_memory()
print("ok", len([m for m in sys.modules if m.startswith("kodeverk")]))
"""


def test_every_core_module_imports_with_qt_blocked() -> None:
    result = subprocess.run([sys.executable, "-c", BLOCK_QT], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_no_qt_import_statement_in_core() -> None:
    offenders = [str(p) for p in (ROOT / "kodeverk").rglob("*.py")
                 if any(line.strip().startswith(("import PySide6", "from PySide6", "from ui", "import ui"))
                        for line in p.read_text(encoding="utf-8").splitlines())]
    assert offenders == []
