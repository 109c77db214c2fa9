"""The codebook as nested data with coding counts (for listings and JSON)."""

from __future__ import annotations

from kodeverk.codebook.service import load_codebook
from kodeverk.project import Project
from kodeverk.storage import codes as code_store


def codebook_with_counts(project: Project, transcript_id: int | None = None) -> list[dict]:
    """The tree as dicts: name, path, uuid, colour, description, codings (own), total (with sub-codes), children."""
    with project.reading() as session:
        book = load_codebook(session)
        counts = code_store.coding_counts(session, transcript_id)

    def node(code_id: int) -> dict:
        code = book[code_id]
        children = [node(kid) for kid in code.children]
        own = counts.get(code_id, 0)
        return {"id": code.id, "uuid": code.uuid, "name": code.name, "path": code.path_string,
                "colour": code.colour, "description": code.description, "codings": own,
                "total": own + sum(c["total"] for c in children), "children": children}

    return [node(root) for root in book.roots]
