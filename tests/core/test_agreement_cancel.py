"""Agreement on a project reports progress step by step and stops for real when cancelled."""

from __future__ import annotations

from pathlib import Path

import pytest

from kodeverk.agreement.compute import project_agreement
from kodeverk.errors import Cancelled, KodeverkError
from kodeverk.project import Project


def _without_time(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "computed"}


def test_progress_counts_every_step_and_changes_nothing(sample_project_file: Path) -> None:
    calls: list[tuple[int, int]] = []
    with Project.open(sample_project_file, read_only=True) as project:
        plain = project_agreement(project, ["Ingrid", "Jonas"])
        watched = project_agreement(project, ["Ingrid", "Jonas"], progress=lambda d, t: calls.append((d, t)),
                                    cancelled=lambda: False)
    n_codes, n_methods = len(plain.codes), len(plain.methods)
    total = 1 + n_codes * n_methods  # the reading, then each code of each method
    assert n_codes >= 2 and n_methods == 4
    assert calls == [(done, total) for done in range(1, total + 1)]
    assert _without_time(watched.to_dict()) == _without_time(plain.to_dict())


def test_cancel_after_the_first_step_stops_early(sample_project_file: Path) -> None:
    calls: list[tuple[int, int]] = []
    asked = []

    def cancelled() -> bool:
        asked.append(len(calls))
        return bool(calls)  # the user pressed Cancel once the first progress came in

    with Project.open(sample_project_file, read_only=True) as project:
        with pytest.raises(Cancelled, match="cancelled after 1 of") as caught:
            project_agreement(project, ["Ingrid", "Jonas"], progress=lambda d, t: calls.append((d, t)),
                              cancelled=cancelled)
    assert isinstance(caught.value, KodeverkError)  # typed: the CLI and the app show it as one line
    assert len(calls) == 1 and calls[0][0] < calls[0][1] - 1  # stopped long before the end
    assert asked == [0, 1]  # asked before each step; nothing computed after it said yes


def test_cancelled_before_anything_reads_nothing(sample_project_file: Path) -> None:
    calls: list[tuple[int, int]] = []
    with Project.open(sample_project_file, read_only=True) as project:
        with pytest.raises(Cancelled):
            project_agreement(project, ["Ingrid", "Jonas"], progress=lambda d, t: calls.append((d, t)),
                              cancelled=lambda: True)
    assert calls == []


def test_bad_request_is_refused_before_any_step(sample_project_file: Path) -> None:
    from kodeverk.errors import UsageError

    calls: list[tuple[int, int]] = []
    with Project.open(sample_project_file, read_only=True) as project:
        with pytest.raises(UsageError):
            project_agreement(project, ["Ingrid"], progress=lambda d, t: calls.append((d, t)))
    assert calls == []
