"""The transcripts navigator's model: phase → group → transcript, with coding counts and informants."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from kodeverk.project import Project
from kodeverk.services.transcripts import TranscriptInfo, list_transcripts
from ui.tree_model import Index, KindRole, Node, TreeModel


class NavigatorModel(TreeModel):
    """Columns: name, codings, informant (pseudonym · role)."""

    columns = ("name", "codings", "informant")

    def __init__(self, project: Project, parent: Any = None):
        super().__init__(parent)
        self.project = project
        self.transcripts: dict[int, TranscriptInfo] = {}
        self.reload()

    def header(self, column: int) -> str:
        return (self.tr("Transcript"), self.tr("Codings"), self.tr("Informant"))[column]

    def build(self) -> Node:
        root = Node("root", None)
        infos = list_transcripts(self.project)
        self.transcripts = {t.id: t for t in infos}
        phases: dict[str, Node] = {}
        for info in sorted(infos, key=lambda t: (t.phase is None, t.phase or "", t.name)):
            phase_name = info.phase or ""
            phase = phases.get(phase_name)
            if phase is None:
                phase = phases[phase_name] = root.add(Node("phase", None, {"name": phase_name, "codings": 0}))
            for group_name in info.groups or ("",):
                group = next((g for g in phase.children if g.values["name"] == group_name), None)
                if group is None:
                    group = phase.add(Node("group", None, {"name": group_name, "codings": 0}))
                group.add(Node("transcript", info.id, {"name": info.name, "codings": info.codings}))
                group.values["codings"] += info.codings
            phase.values["codings"] += info.codings
        return root

    def count_changed(self, transcript_id: int, by: int) -> None:
        """A transcript gained (``by`` > 0) or lost codings: its count, its groups' and its phase's change."""
        info = self.transcripts.get(transcript_id)
        if info is None:
            return
        self.transcripts[transcript_id] = replace(info, codings=info.codings + by)
        phases: dict[int, Node] = {}
        for node in self.nodes("transcript", transcript_id):
            node.values["codings"] += by
            self.node_changed(node, 1, 1)
            group = node.parent
            if group is not None:
                group.values["codings"] += by
                self.node_changed(group, 1, 1)
                if group.parent is not None:
                    phases[id(group.parent)] = group.parent
        for phase in phases.values():  # counted once, however many of its groups hold the transcript
            phase.values["codings"] += by
            self.node_changed(phase, 1, 1)

    def node_data(self, node: Node, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                name = node.values["name"]
                if not name:
                    return self.tr("(no phase)") if node.kind == "phase" else self.tr("(no group)")
                return name
            if column == 1:
                return node.values["codings"]
            if column == 2 and node.kind == "transcript":
                info = self.transcripts[node.id]  # type: ignore[index]
                return " · ".join(x for x in (info.informant, info.role) if x)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and node.kind == "transcript":
            info = self.transcripts[node.id]  # type: ignore[index]
            lines = [info.name, self.tr("Informant: %1").replace("%1", info.informant or "–"),
                     self.tr("Ministry: %1").replace("%1", info.ministry or "–"),
                     self.tr("Role: %1").replace("%1", info.role or "–"),
                     self.tr("%1 words, %2 codings").replace("%1", str(info.words)).replace("%2", str(info.codings))]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and node.kind != "transcript":
            font = QFont()
            font.setBold(node.kind == "phase")
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class NavigatorFilter(QSortFilterProxyModel):
    """Keeps transcripts whose name, informant or role contains the filter text (and their phase and group)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(False)  # counts change often; the filter is on names, applied when typed
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if model.data(index, KindRole) != "transcript":
            return not self.filterRegularExpression().pattern()
        return super().filterAcceptsRow(source_row, source_parent)
