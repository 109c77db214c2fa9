"""Applying a file's metadata (manifest row and command-line defaults) to a new transcript.

Values are matched to the project's lists (phases, groups) and to the
reference lists (ministries, roles). A value that does not match is reported
as a warning and never guessed: unknown phases and groups are left out,
unknown ministries and roles are kept as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from kodeverk.importing.manifest import ManifestRow
from kodeverk.importing.matching import Match, match_group, match_ministry, match_phase, match_role
from kodeverk.services.groups import group_names
from kodeverk.storage import people
from kodeverk.storage import import_rows
from kodeverk.storage.models import Informant, InformantAttribute, PersonName
from kodeverk.messages import QT_TRANSLATE_NOOP, Message


# Per field, so that each language can word the sentence its own way.
_NOT_RECOGNISED = {
    "ministry": QT_TRANSLATE_NOOP("CoreMessages", "ministry {raw!r} not recognised; kept as written"),
    "role": QT_TRANSLATE_NOOP("CoreMessages", "role {raw!r} not recognised; kept as written"),
}
_READ_AS = {
    "ministry": QT_TRANSLATE_NOOP("CoreMessages", "ministry {raw!r} read as {value!r}"),
    "role": QT_TRANSLATE_NOOP("CoreMessages", "role {raw!r} read as {value!r}"),
}
_DIFFERS = {
    "ministry": QT_TRANSLATE_NOOP("CoreMessages",
                                  "informant {informant}: ministry {value!r} differs from the stored {current!r}; "
                                  "kept {current!r}"),
    "role": QT_TRANSLATE_NOOP("CoreMessages",
                              "informant {informant}: role {value!r} differs from the stored {current!r}; "
                              "kept {current!r}"),
}


@dataclass(frozen=True)
class Defaults:
    """Metadata given for the whole batch (``--phase``, ``--group``): used where the manifest is silent."""

    phase: str | None = None
    groups: Sequence[str] = ()


class MetadataApplier:
    """Resolves metadata against one project's lists; build once per batch."""

    def __init__(self, session: Session):
        self.phases = {p.name: p.id for p in people.all_phases(session)}
        groups = people.all_groups(session)
        self.group_ids = {g.name: g.id for g in groups}
        self.group_names = group_names(groups)
        self._matches: dict[tuple[str, str], Match] = {}  # (kind, raw) -> match; a manifest repeats its values

    def _match(self, kind: str, raw: str) -> Match:
        found = self._matches.get((kind, raw))
        if found is None:
            if kind == "phase":
                found = match_phase(raw, list(self.phases))
            elif kind == "group":
                found = match_group(raw, self.group_names)
            else:
                found = (match_ministry if kind == "ministry" else match_role)(raw)
            self._matches[(kind, raw)] = found
        return found

    def check_defaults(self, defaults: Defaults) -> list[str]:
        """Problems with the batch defaults themselves (reported once, before any file)."""
        problems = []
        if defaults.phase and not match_phase(defaults.phase, list(self.phases)).matched:
            problems.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "phase {phase!r} is not one of {known}"),
                                    phase=defaults.phase, known=', '.join(self.phases)))
        for group in defaults.groups:
            if not match_group(group, self.group_names).matched:
                problems.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "group {group!r} is not in the project's list of groups"),
                                        group=group))
        return problems

    def apply(self, session: Session, row: ManifestRow | None,
              defaults: Defaults) -> tuple[dict[str, Any], list[str], list[int]]:
        """Resolve a file's metadata, storing its informant if new.

        Returns (the transcript's column values ``phase_id``, ``informant_id``, ``interview_date``;
        warnings; ids of its groups).
        """
        warnings: list[str] = []
        group_ids: list[int] = []
        values: dict[str, Any] = {}
        phase_raw = (row.phase if row else None) or defaults.phase
        if phase_raw:
            match = self._match("phase", phase_raw)
            if match.matched:
                values["phase_id"] = self.phases[match.value]
            else:
                warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "phase {phase!r} not recognised (known: {known}); left empty"),
                                        phase=phase_raw, known=', '.join(self.phases)))
        group_raws = list(row.groups) if row and row.groups else list(defaults.groups)
        for raw in group_raws:
            match = self._match("group", raw)
            if match.matched:
                group_ids.append(self.group_ids[match.value])
                if match.how == "fuzzy":
                    warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "group {raw!r} read as {value!r}"),
                                            raw=raw, value=match.value))
            else:
                warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "group {raw!r} not recognised; add it to the project's groups and set it by hand"),
                                        raw=raw))
        if row is not None:
            values["interview_date"] = row.date
            if row.informant:
                values["informant_id"] = self._informant(session, row, warnings)
            elif row.ministry or row.role or row.real_name:
                warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "ministry, role or name given without an informant pseudonym; not stored")))
        return values, warnings, group_ids

    def _informant(self, session: Session, row: ManifestRow, warnings: list[str]) -> int:
        """The id of the row's informant: found by pseudonym and completed, or stored anew."""
        pseudonym = row.informant or ""
        resolved: list[tuple[str, str, str | None]] = []  # field, value, the warning about reading it
        for field_name, raw in (("ministry", row.ministry), ("role", row.role)):
            if not raw:
                continue
            match = self._match(field_name, raw)
            value = match.value if match.matched else raw.strip()
            note = None
            if not match.matched:
                note = Message(_NOT_RECOGNISED[field_name], raw=raw)
            elif match.how == "fuzzy":
                note = Message(_READ_AS[field_name], raw=raw, value=match.value)
            resolved.append((field_name, value, note))
        existing_id = import_rows.informant_id(session, pseudonym)
        if existing_id is None:
            warnings.extend(note for _field, _value, note in resolved if note)
            columns = {field_name: value or None for field_name, value, _note in resolved}
            new_id = import_rows.insert_informant(
                session, {"pseudonym": pseudonym, **columns, "is_manager": row.is_manager,
                          "real_name": row.real_name or None},
                {key: value for key, value in row.attributes.items() if value != ""})
            if row.real_name and people.person_name(session, row.real_name) is None:
                session.add(PersonName(name=row.real_name, informant_id=new_id))
            return new_id
        informant = session.get(Informant, existing_id)
        assert informant is not None
        for field_name, value, note in resolved:
            if note:
                warnings.append(note)
            current = getattr(informant, field_name)
            if current and current != value:
                warnings.append(Message(_DIFFERS[field_name], informant=informant.pseudonym, value=value,
                                        current=current))
            elif not current:
                setattr(informant, field_name, value)
        if row.is_manager is not None and informant.is_manager is None:
            informant.is_manager = row.is_manager
        if row.real_name:
            if informant.real_name is None:
                informant.real_name = row.real_name
            if people.person_name(session, row.real_name) is None:
                session.add(PersonName(name=row.real_name, informant_id=informant.id))
        existing = {a.key: a for a in informant.attributes}
        for key, value in row.attributes.items():
            if key in existing:
                if existing[key].value != value:
                    warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "informant {informant}: attribute {key!r} {value!r} differs from the stored {stored!r}; kept the stored value"),
                                            informant=informant.pseudonym, key=key, value=value, stored=existing[key].value))
            elif value != "":
                informant.attributes.append(InformantAttribute(key=key, value=value))
        return informant.id
