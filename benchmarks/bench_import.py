"""Import benchmark: N .docx transcripts with turns and a manifest, against the floor.

The floor, measured in the same run on the same files: unzip each file and
parse ``word/document.xml`` with lxml, joining each paragraph's text. The
import does that plus turns, normalisation, metadata matching, duplicate
checks and one transaction per file. Target: import ≤ 3 × floor; peak
memory ≤ 300 MB. Usage: ``python benchmarks/bench_import.py [N] [WORDS]``.

Besides wall time it prints the CPU time of the floor and of the import (its
own process, and its worker processes with their start-up): on a shared
machine wall time swings with what else runs, CPU time much less. The import
uses every core; the floor one. The import runs as from the command line: a
single-threaded program without Qt, so its workers (one fewer than the cores;
the importing process prepares files too) are forked from it; a Qt app starts
them from a fork server instead, whose start-up is counted with the workers.
Run it on a quiet machine (``uptime``): the ratio compares two wall times
measured a few seconds apart.
"""

from __future__ import annotations

import resource
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


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 750
    words = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        print(f"writing {count} transcripts of ~{words} words …", flush=True)
        write_corpus(folder, count, words)
        files = sorted(folder.glob("*.docx"))
        floor(files[:20])  # warm the disk cache
        floor_seconds, floor_cpu = min(floor(files) for _ in range(2))
        output = subprocess.run([sys.executable, "-c", IMPORT, str(folder), str(Path(tmp) / "bench.kodeverk")],
                                capture_output=True, text=True, check=True).stdout.split(maxsplit=4)
        seconds, peak_kb, main_cpu, workers_cpu = float(output[0]), int(output[1]), float(output[2]), float(output[3])
        summary = output[4].strip()
    print(f"floor (unzip + lxml parse + join): {floor_seconds:7.2f} s  ({floor_seconds / count * 1000:.2f} ms/file; "
          f"CPU {floor_cpu / count * 1000:.2f} ms/file)")
    print(f"kodeverk import:                   {seconds:7.2f} s  ({seconds / count * 1000:.2f} ms/file)  {summary}")
    print(f"  CPU, main process / workers:     {main_cpu / count * 1000:7.2f} / {workers_cpu / count * 1000:.2f} "
          f"ms/file (workers: with their start; 2 cores: wall ≥ the sum / 2 when nothing else runs)")
    print(f"ratio import / floor:              {seconds / floor_seconds:7.2f}  (target ≤ 3)")
    print(f"peak memory of the import process: {peak_kb / 1024:7.0f} MB (target ≤ 300)")


if __name__ == "__main__":
    main()
