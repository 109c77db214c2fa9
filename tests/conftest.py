"""Shared fixtures: projects built once and copied per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def sample_project_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample project, built once per test run (do not modify: copy it)."""
    from kodeverk.sample import build_sample

    path = tmp_path_factory.mktemp("sample-master") / "sample.kodeverk"
    build_sample(path)
    return path


@pytest.fixture
def sample_project_file(sample_project_master: Path, tmp_path: Path) -> Path:
    """A private copy of the sample project for one test."""
    target = tmp_path / "sample.kodeverk"
    shutil.copy(sample_project_master, target)
    return target


@pytest.fixture
def project(tmp_path: Path):
    """A new, empty project file with the kjernegrupper codebook, open for writing."""
    from kodeverk.project import Project

    opened = Project.create(tmp_path / "test.kodeverk")
    yield opened
    opened.close()
