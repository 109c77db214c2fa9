"""A project's summary: its name and how much it holds."""

from __future__ import annotations

from kodeverk.project import Project
from kodeverk.storage import codings, people


def project_summary(project: Project) -> dict:
    """Counts of transcripts, codes, codings, coders and informants, and the coders' names."""
    with project.reading() as session:
        counts = codings.count_rows(session)
        info = people.project_info(session)
        coders = [c.name for c in people.all_coders(session)]
        informants = len(people.all_informants(session))
        return {"name": info.name, "created": info.created.isoformat(), "app_version": info.app_version,
                **counts, "informants": informants, "coder_names": coders}
