"""The interview guides shipped as templates (``resources/guides/*.txt``): the 2023 guides of the evaluation."""

from __future__ import annotations

from pathlib import Path

from kodeverk.errors import NotFoundError
from kodeverk.guides.reader import GuideText, read_guide
from kodeverk.resources import resource_path


def template_files() -> list[Path]:
    return sorted(resource_path("guides").glob("*.txt"))


def templates() -> list[GuideText]:
    """Every shipped guide, by name."""
    return sorted((read_guide(path) for path in template_files()), key=lambda guide: guide.name)


def template(name: str) -> GuideText:
    """The shipped guide called ``name`` (any case)."""
    from kodeverk.services.lookup import nearest

    found = templates()
    for guide in found:
        if guide.name.casefold() == name.strip().casefold():
            return guide
    raise NotFoundError("guide template", name, nearest(name, [g.name for g in found]))
