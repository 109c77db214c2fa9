"""Import benchmark: N .docx transcripts with turns and a manifest, against the floor.

The floor, measured in the same run on the same files: unzip each file and
parse ``word/document.xml`` with lxml, joining each paragraph's text. The
import does that plus turns, normalisation, metadata matching, duplicate
checks and one transaction per file. Target: import ≤ 3 × floor; peak
memory ≤ 300 MB.

Besides wall time it prints the CPU time of the floor and of the import (its
own process, and its worker processes with their start-up): on a shared
machine wall time swings with what else runs, CPU time much less. The import
uses every core; the floor one. The import runs as from the command line: a
single-threaded program without Qt, so its workers (one fewer than the cores;
the importing process prepares files too) are forked from it; a Qt app starts
them from a fork server instead, whose start-up is counted with the workers.
Run it on a quiet machine (``uptime``): the ratio compares two wall times
measured a few seconds apart, and on a shared virtual machine either can swing
by a third from one minute to the next. So it runs ROUNDS rounds (default 3),
each a floor and an import, and reports every round's ratio and their median.
Usage: ``python benchmarks/bench_import.py [N] [WORDS] [ROUNDS]``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def floor(files: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds of the floor over ``files``."""
    started, cpu = time.perf_counter(), time.process_time()
    for path in files:
        with zipfile.ZipFile(path) as archive:
            root = etree.fromstring(archive.read("word/document.xml"))
        "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p"))
    return time.perf_counter() - started, time.process_time() - cpu


IMPORT = """
import os, resource, sys, time
from multiprocessing import forkserver
from pathlib import Path
from kodeverk.project import Project
from kodeverk.importing.service import ImportOptions, import_files
folder, project_path = Path(sys.argv[1]), Path(sys.argv[2])
project = Project.create(project_path)
def cpu(who):
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime
def workers_cpu():
    # Workers are this process's children, or (started from a fork server) the fork server's.
    total = cpu(resource.RUSAGE_CHILDREN)
    pid = getattr(getattr(forkserver, "_forkserver", None), "_forkserver_pid", None)
    if pid:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return total
own_before, workers_before = cpu(resource.RUSAGE_SELF), workers_cpu()
started = time.perf_counter()
report = import_files(project, [folder], ImportOptions(manifest=folder / "manifest.csv"))
elapsed = time.perf_counter() - started
project.close()
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, cpu(resource.RUSAGE_SELF) - own_before,
      workers_cpu() - workers_before, report.summary())
"""


def _import(folder: Path, project: Path) -> tuple[float, int, float, float, str]:
    """One import in a fresh process: wall seconds, peak kB, CPU seconds of it and of its workers, summary."""
    output = subprocess.run([sys.executable, "-c", IMPORT, str(folder), str(project)],
                            capture_output=True, text=True, check=True).stdout.split(maxsplit=4)
    return float(output[0]), int(output[1]), float(output[2]), float(output[3]), output[4].strip()


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 750
    words = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    ratios, peaks = [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        print(f"writing {count} transcripts of ~{words} words …", flush=True)
        write_corpus(folder, count, words)
        files = sorted(folder.glob("*.docx"))
        floor(files[:20])  # warm the disk cache
        for round_number in range(1, rounds + 1):
            # Each round: the floor (best of two), then the import right after it.
            floor_seconds, floor_cpu = min(floor(files) for _ in range(2))
            seconds, peak_kb, main_cpu, workers_cpu, summary = _import(folder, Path(tmp) / f"bench{round_number}.kodeverk")
            ratios.append(seconds / floor_seconds)
            peaks.append(peak_kb / 1024)
            print(f"round {round_number}: floor (unzip + lxml parse + join) {floor_seconds:.2f} s "
                  f"({floor_seconds / count * 1000:.2f} ms/file; CPU {floor_cpu / count * 1000:.2f}); "
                  f"import {seconds:.2f} s ({seconds / count * 1000:.2f} ms/file; CPU main {main_cpu / count * 1000:.2f}"
                  f" + workers {workers_cpu / count * 1000:.2f} ms/file); ratio {ratios[-1]:.2f}", flush=True)
    print(f"kodeverk import: {summary}")
    print(f"ratio import / floor, median of {rounds} rounds: {statistics.median(ratios):7.2f}  "
          f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)}; target ≤ 3)")
    print(f"peak memory of the import process:     {max(peaks):7.0f} MB (target ≤ 300)")


if __name__ == "__main__":
    main()
