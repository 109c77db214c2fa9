"""Agreement on a small hand-built project equals hand-computed values."""

from __future__ import annotations

from pathlib import Path

import pytest

from kodeverk.agreement import unitized_alpha
from kodeverk.agreement.compute import paragraph_units, project_agreement
from kodeverk.codebook.service import add_code, get_codebook
from kodeverk.errors import NotFoundError, UsageError
from kodeverk.importing.service import import_files
from kodeverk.project import Project
from kodeverk.services.coders import add_coder
from kodeverk.services.coding import add_coding

# 100 code points: four lines (paragraphs) [0,24) [25,49) [50,74) [75,100)
TEXT = "\n".join(["a" * 24, "b" * 24, "c" * 24, "d" * 25])


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """One transcript; code X: A [10,50), B [20,60); code Y: both [70,80); C codes X [10,50)."""
    path = tmp_path / "small.kodeverk"
    source = tmp_path / "t.txt"
    source.write_text(TEXT, encoding="utf-8")
    with Project.create(path, template="empty") as project:
        import_files(project, [source])
        x = add_code(project, None, "X").id
        y = add_code(project, None, "Y").id
        a, b, c = (add_coder(project, n).id for n in ("A", "B", "C"))
        add_coding(project, 1, x, a, 10, 50)
        add_coding(project, 1, x, b, 20, 60)
        add_coding(project, 1, x, c, 10, 50)
        add_coding(project, 1, y, a, 70, 80)
        add_coding(project, 1, y, b, 70, 80)
    return path


def test_text_is_as_built(small: Path) -> None:
    assert paragraph_units(TEXT) == [(0, 24), (25, 49), (50, 74), (75, 100)]


def test_hand_computed_values(small: Path) -> None:
    with Project.open(small, read_only=True) as project:
        result = project_agreement(project, ["A", "B"], ["X", "Y"], unit="paragraph")
    assert result.transcripts[0][2] == 100
    x, y = result.to_dict()["codes"]
    # characters: both 30, only A 10, only B 10, neither 50 -> p = .8; chance = (40·40 + 60·60)/100 = 52
    row = x["char"]["per_transcript"][0]
    assert (row["both"], row["only_a"], row["only_b"], row["neither"]) == (30, 10, 10, 50)
    assert x["char"]["percent_agreement"] == pytest.approx(0.8)
    assert x["char"]["kappa"] == pytest.approx(28 / 48)
    assert y["char"]["kappa"] == pytest.approx(1.0)
    # segments at 90 %: X overlaps 30/50 = .6 -> b = c = 1; Y agrees -> a = 2; P = 2/4, K = 2 -> κ = 0
    assert (x["segment"]["agreements"], x["segment"]["only_first"], x["segment"]["only_second"]) == (0, 1, 1)
    assert (y["segment"]["agreements"], y["segment"]["percent_agreement"]) == (2, 1.0)
    assert result.to_dict()["overall"]["segment"]["percent_agreement"] == pytest.approx(0.5)
    assert result.to_dict()["overall"]["segment"]["kappa"] == pytest.approx(0.0)
    # alpha on paragraphs, X coded/not coded: A c c n n, B c c c n -> 1 − 7·2 / (2·5·3)
    assert x["alpha"]["alpha"] == pytest.approx(1 - 14 / 30)
    assert x["alpha"]["per_transcript"][0]["alpha"] == pytest.approx(1 - 14 / 30)
    assert x["unitized"]["alpha"] == pytest.approx(unitized_alpha([[(10, 50)], [(20, 60)]], 100).alpha)
    assert y["unitized"]["alpha"] == pytest.approx(1.0)


def test_lower_overlap_threshold(small: Path) -> None:
    with Project.open(small, read_only=True) as project:
        result = project_agreement(project, ["A", "B"], ["X"], methods=["segment"], overlap=0.5)
    assert result.to_dict()["codes"][0]["segment"]["agreements"] == 2
    assert set(result.to_dict()["codes"][0]) == {"code", "code_ids", "segment"}


def test_three_coders(small: Path) -> None:
    with Project.open(small, read_only=True) as project:
        with pytest.raises(UsageError, match="exactly 2 coders"):
            project_agreement(project, ["A", "B", "C"], ["X"], methods=["char"])
        result = project_agreement(project, ["A", "B", "C"], ["X"], unit="paragraph")
    assert result.methods == ("alpha", "unitized") and set(result.skipped) == {"char", "segment"}
    assert result.to_dict()["codes"][0]["alpha"]["alpha"] is not None


def test_bad_requests(small: Path) -> None:
    with Project.open(small, read_only=True) as project:
        with pytest.raises(NotFoundError):
            project_agreement(project, ["A", "Nobody"])
        with pytest.raises(UsageError):
            project_agreement(project, ["A", "A"])
        with pytest.raises(UsageError):
            project_agreement(project, ["A", "B"], unit="sentence")


def test_parent_with_children_is_one_variable(sample_project_file: Path) -> None:
    with Project.open(sample_project_file, read_only=True) as project:
        result = project_agreement(project, ["Ingrid", "Jonas"], ["Samordningstrappen"], methods=["alpha"])
        steps = [get_codebook(project)[i].name for i in get_codebook(project).resolve("Samordningstrappen").children]
    block = result.to_dict()["codes"][0]["alpha"]
    assert set(block["values"]) <= set(steps) | {"Samordningstrappen (itself)"}
    assert len(block["values"]) >= 3 and 0 < block["alpha"] < 1
    assert len(block["per_transcript"]) == 10


def test_clean_turns_every_nan_into_none() -> None:
    import numpy as np

    from kodeverk.agreement.compute import clean

    data = {"a": float("nan"), "b": [1, 2.5, np.float64("nan"), (3, float("nan"))], "c": {"d": np.float64(0.5)},
            "e": "x", "f": None, "g": True}
    assert clean(data) == {"a": None, "b": [1, 2.5, None, [3, None]], "c": {"d": 0.5}, "e": "x", "f": None,
                           "g": True}
