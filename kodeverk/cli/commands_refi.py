"""REFI-QDA exchange: ``qdpx export`` and ``qdpx import``.

``qdpx import`` exits 0 when everything in the file was taken, 1 when
something was left out (each listed in the report), 2 on an error (nothing
was changed then).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kodeverk.cli.output import print_json
from kodeverk.project import Project


def register(commands: argparse._SubParsersAction) -> None:
    qdpx = commands.add_parser("qdpx", help="exchange projects with NVivo, ATLAS.ti, MAXQDA, QualCoder (REFI-QDA)")
    actions = qdpx.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(qdpx))
    export = actions.add_parser("export", help="write the project as a REFI-QDA project (.qdpx)")
    export.add_argument("project", type=Path)
    export.add_argument("out", type=Path, metavar="OUT.qdpx")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=cmd_export)
    take = actions.add_parser("import", help="import a .qdpx into a project (created if it does not exist, "
                                             "else merged like a coder copy)")
    take.add_argument("source", type=Path, metavar="IN.qdpx")
    take.add_argument("project", type=Path)
    take.add_argument("--json", action="store_true")
    take.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    from kodeverk.refi.export import export_qdpx

    with Project.open(args.project, read_only=True) as project:
        summary = export_qdpx(project, args.out)
    if args.json:
        print_json(summary.as_json())
    else:
        print(f"wrote {summary.path}: {summary.sources} transcripts, {summary.codes} codes, "
              f"{summary.selections} codings, {summary.users} coders, {summary.cases} informants, "
              f"{summary.notes} memos, {summary.sets} sets")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from kodeverk.refi.importer import import_qdpx

    report = import_qdpx(args.source, args.project)
    if args.json:
        print_json(report.as_json())
    else:
        print("\n".join(report.lines()))
    return 0 if report.complete else 1
