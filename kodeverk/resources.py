"""Where the shipped resources (codebook templates, sample project, translations) live."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("codebooks", "empty.json")``."""
    return RESOURCES_DIR.joinpath(*parts)
