"""REFI-QDA timings (not a test): export and import of 75 transcripts with 30 000 codings.

Builds a project of 75 transcripts (~5 000 words each, from the sample's
texts) with 400 codings each by two coders, then times, best of several runs:

* ``export_qdpx`` of the project, against a floor in the same run: zipping
  the very same members (the text files and a project.qde of the same size)
  with the same compression;
* ``import_qdpx`` of that file into a new project, against a floor in the
  same run: unzipping every member and parsing the project.qde with lxml.

The machine is shared and noisy, so the ratios to the floors are what to
compare between runs. Run:
``.venv/bin/python benchmarks/bench_refi.py [CACHE_DIR] [--profile OUT.prof]``
(with CACHE_DIR the generated project is kept there and reused; ``--profile``
also writes a cProfile of one import, to read with ``python -m pstats``).

Figures on the shared 2-core machine (three runs): export 1.66–2.29 s =
5.6–7.0 × floor; import 1.76–3.24 s = 9.8–11.2 × floor. The bulk inserts
of codings and turns (kodeverk/storage/refi.py) made the import about 20 %
quicker than before in interleaved runs (best of four: 1.90–1.99 s before,
1.44–1.71 s after); what remains is split between walking the XML in Python
(~0.5 s above the floor), remapping the texts (~0.3 s) and the database (~0.6 s).
"""

from __future__ import annotations

import argparse
import cProfile
import shutil
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from lxml import etree  # noqa: E402

from bench_gui import build_project  # noqa: E402
from kodeverk.project import Project  # noqa: E402
from kodeverk.refi.export import export_qdpx  # noqa: E402
from kodeverk.refi.importer import import_qdpx  # noqa: E402

TRANSCRIPTS, WORDS, CODINGS_EACH = 75, 5000, 400


def best(function: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        function()
        times.append(time.perf_counter() - begin)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cache", nargs="?", type=Path)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench_refi_"))
    try:
        run(folder, args.cache, args.profile)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(folder: Path, cache: Path | None, profile: Path | None) -> None:
    source = (cache or folder) / "big.kodeverk"
    if not source.exists():
        source.parent.mkdir(parents=True, exist_ok=True)
        print(f"building a project of {TRANSCRIPTS} transcripts × {CODINGS_EACH} codings …", flush=True)
        build_project(source, TRANSCRIPTS, WORDS, CODINGS_EACH)
    out = folder / "big.qdpx"
    with Project.open(source, read_only=True) as project:
        t_export = best(lambda: export_qdpx(project, out))
    with zipfile.ZipFile(out) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]

    def write_floor() -> None:
        with zipfile.ZipFile(folder / "floor.zip", "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in members:
                archive.writestr(info.filename, data)

    def read_floor() -> None:
        with zipfile.ZipFile(out) as archive:
            for name in archive.namelist():
                archive.read(name)
            etree.fromstring(archive.read("project.qde"))

    t_write = best(write_floor)
    t_read = best(read_floor)
    runs = iter(range(1000))

    def do_import() -> None:
        import_qdpx(out, folder / f"back{next(runs)}.kodeverk")

    t_import = best(do_import, runs=3)
    if profile:
        cProfile.runctx("do_import()", globals(), locals(), str(profile))
    qde = dict((i.filename, d) for i, d in members)["project.qde"]
    print(f"{TRANSCRIPTS} transcripts, {qde.count(b'<PlainTextSelection')} codings, "
          f"project.qde {len(qde) / 1e6:.1f} MB, .qdpx {out.stat().st_size / 1e6:.1f} MB")
    print(f"export {t_export:.2f} s = {t_export / t_write:.1f} × floor (zipping the same members {t_write:.2f} s)")
    print(f"import into a new project {t_import:.2f} s = {t_import / t_read:.1f} × floor "
          f"(unzip + lxml parse {t_read:.2f} s)")


if __name__ == "__main__":
    main()
