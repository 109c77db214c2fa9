"""Commands on whole projects: new, import, info, transcripts, sample."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kodeverk.cli.output import print_json, print_table
from kodeverk.codebook.templates import template_names
from kodeverk.importing.service import ImportOptions, import_files
from kodeverk.project import Project
from kodeverk.services.info import project_summary
from kodeverk.services.transcripts import list_transcripts


def register(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser("new", help="create a project file")
    new.add_argument("project", type=Path)
    new.add_argument("--template", default="kjernegrupper", choices=template_names(),
                     help="codebook to start from (default: kjernegrupper)")
    new.add_argument("--name", help="the project's name (default: the file name)")
    new.set_defaults(handler=cmd_new)

    imp = commands.add_parser("import", help="import transcript files or folders")
    imp.add_argument("project", type=Path)
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.add_argument("--manifest", type=Path, help="CSV or XLSX with one row of metadata per file")
    imp.add_argument("--phase", help="phase for files the manifest does not place")
    imp.add_argument("--group", action="append", default=[], help="core group (repeatable)")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import)

    info = commands.add_parser("info", help="counts of transcripts, codes, codings, coders")
    info.add_argument("project", type=Path)
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=cmd_info)

    listing = commands.add_parser("transcripts", help="list the transcripts with their metadata")
    listing.add_argument("project", type=Path)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_transcripts)

    sample = commands.add_parser("sample", help="build the sample project")
    sample.add_argument("project", type=Path)
    sample.set_defaults(handler=cmd_sample)


def cmd_new(args: argparse.Namespace) -> int:
    with Project.create(args.project, name=args.name, template=args.template) as project:
        summary = project_summary(project)
    print(f"created {args.project} ({summary['codes']} codes from template '{args.template}')")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    options = ImportOptions(manifest=args.manifest, phase=args.phase, groups=tuple(args.group))

    def progress(done: int, total: int, name: str) -> None:
        if not args.json and name and sys.stderr.isatty():
            print(f"\r[{done + 1}/{total}] {name[:60]:<60}", end="", file=sys.stderr, flush=True)

    with Project.open(args.project) as project:
        report = import_files(project, args.paths, options, progress=progress)
    if sys.stderr.isatty() and not args.json:
        print("\r" + " " * 72 + "\r", end="", file=sys.stderr)
    if args.json:
        print_json(report.as_json())
    else:
        for warning in report.manifest_warnings:
            print(f"manifest warning: {warning}")
        for outcome in report.outcomes:
            print(outcome.describe())
        print(report.summary())
    return 1 if report.failed else 0


def cmd_info(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        summary = project_summary(project)
    if args.json:
        print_json(summary)
    else:
        print(f"{summary['name']}  ({args.project})")
        for key in ("transcripts", "codes", "codings", "coders", "informants"):
            print(f"  {key:<12} {summary[key]}")
        if summary["coder_names"]:
            print(f"  coders: {', '.join(summary['coder_names'])}")
    return 0


def cmd_transcripts(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        items = list_transcripts(project)
    if args.json:
        print_json([t.as_json() for t in items])
    else:
        print_table(["name", "phase", "groups", "informant", "role", "words", "turns", "codings"],
                    [[t.name, t.phase, ", ".join(t.groups), t.informant, t.role, t.words, t.turns, t.codings]
                     for t in items])
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    from kodeverk.sample import build_sample

    result = build_sample(args.project)
    print(f"built the sample project {args.project}: {result.transcripts} transcripts, "
          f"{result.codings} codings by {', '.join(result.coders)}")
    return 0
