"""Validating QDA-XML against the published REFI-QDA schemas (shipped in ``resources/refi-qda``)."""

from __future__ import annotations

from functools import lru_cache

from lxml import etree

from kodeverk.resources import resource_path

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"


@lru_cache(maxsize=2)
def _schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(resource_path("refi-qda", name))))


def _problems(schema: etree.XMLSchema, document: bytes | etree._Element) -> list[str]:
    tree = etree.fromstring(document) if isinstance(document, bytes) else document
    if schema.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]  # type: ignore[attr-defined]


def project_problems(document: bytes | etree._Element) -> list[str]:
    """Why ``document`` (a project.qde) is not valid against Project.xsd; empty when it is."""
    return _problems(_schema("Project.xsd"), document)


def codebook_problems(document: bytes | etree._Element) -> list[str]:
    """Why ``document`` (a .qdc) is not valid against Codebook.xsd; empty when it is."""
    return _problems(_schema("Codebook.xsd"), document)
