"""Codebook templates: the trees a new project can start from (``resources/codebooks``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from kodeverk.errors import NotFoundError
from kodeverk.resources import resource_path


@dataclass(frozen=True)
class CodeSpec:
    """A code to create, with its children."""

    name: str
    description: str = ""
    colour: str = "#888888"
    children: tuple[CodeSpec, ...] = field(default=())

    @classmethod
    def from_dict(cls, data: dict) -> CodeSpec:
        return cls(
            name=data["name"],
            description=data.get("description", ""),
            colour=data.get("colour", "#888888"),
            children=tuple(cls.from_dict(child) for child in data.get("children", ())),
        )


def template_names() -> list[str]:
    """The names of the shipped templates."""
    return sorted(p.stem for p in resource_path("codebooks").glob("*.json"))


def load_template(name: str) -> tuple[CodeSpec, ...]:
    """The top-level codes of template ``name``."""
    path = resource_path("codebooks", f"{name}.json")
    if not path.is_file():
        raise NotFoundError("codebook template", name, template_names())
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(CodeSpec.from_dict(code) for code in data["codes"])
