"""Commands ``export word``, ``export table`` and ``names`` (the list of real names to mask)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kodeverk.cli.output import print_json, print_table
from kodeverk.export import ExportOptions, ExportResult, export_table, export_word, parse_attribution
from kodeverk.export.options import BY_CHOICES
from kodeverk.project import Project
from kodeverk.services.names import add_names, list_names, remove_names

EXIT_OK, EXIT_PARTIAL = 0, 1


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--group", action="append", default=[], metavar="G", help="only this core group (repeatable)")
    parser.add_argument("--phase", action="append", default=[], metavar="P", help="only this phase (repeatable)")
    parser.add_argument("--code", action="append", default=[], metavar="PATH",
                        help="only this code and its sub-codes (repeatable)")
    parser.add_argument("--coder", action="append", default=[], metavar="C", help="only this coder's codings")
    parser.add_argument("--attribution", default="pseudonym,phase,role", metavar="FIELDS",
                        help="comma-separated: pseudonym, phase, role, ministry, coder (default: pseudonym,phase,role)")
    parser.add_argument("--lang", default="nb", choices=("nb", "en"), help="language of fixed labels (default nb)")
    parser.add_argument("--pseudonyms", action="store_true",
                        help="replace an informant's name in quotes by the pseudonym instead of [navn]")
    parser.add_argument("--json", action="store_true")


def register(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help="export coded excerpts to Word or a table")
    kinds = export.add_subparsers(dest="export_kind", metavar="KIND", parser_class=type(export))
    kinds.required = True

    word = kinds.add_parser("word", help="coded excerpts as a Word report skeleton (.docx)")
    word.add_argument("project", type=Path)
    word.add_argument("out", type=Path, metavar="OUT.docx")
    word.add_argument("--by", default="group", choices=BY_CHOICES, help="sections per group (default), phase, "
                      "code or informant")
    word.add_argument("--memos", action="store_true", help="include the codings' memos")
    _filters(word)
    word.set_defaults(handler=cmd_export_word)

    table = kinds.add_parser("table", help="one row per coding (.xlsx with matrix sheets, or .csv)")
    table.add_argument("project", type=Path)
    table.add_argument("out", type=Path, metavar="OUT.xlsx|OUT.csv")
    _filters(table)
    table.set_defaults(handler=cmd_export_table)

    names = commands.add_parser("names", help="show or change the list of real names masked in exports")
    names.add_argument("project", type=Path)
    names.add_argument("--add", action="append", default=[], metavar="NAME", help="add a person's name (repeatable)")
    names.add_argument("--remove", action="append", default=[], metavar="NAME", help="remove an added name")
    names.add_argument("--json", action="store_true")
    names.set_defaults(handler=cmd_names)


def _options(args: argparse.Namespace) -> ExportOptions:
    return ExportOptions(by=getattr(args, "by", "group"), groups=args.group, phases=args.phase, codes=args.code,
                         coders=args.coder, attribution=parse_attribution(args.attribution),
                         memos=getattr(args, "memos", False), lang=args.lang,
                         replacement="pseudonym" if args.pseudonyms else "placeholder").checked()


def _progress(args: argparse.Namespace):
    if args.json or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def _report(args: argparse.Namespace, result: ExportResult) -> int:
    for warning in result.warnings:
        print(f"kodeverk: warning: {warning.message}", file=sys.stderr)
    for leak in result.leaks:
        print(f"kodeverk: warning: a listed name remains in the export ({leak.location}): …{leak.context}…",
              file=sys.stderr)
    if args.json:
        print_json(result.as_json())
    else:
        print(f"wrote {result.path}: {result.quotes} quote(s) from {result.codings} coding(s)"
              + (f" in {result.sections} section(s)" if result.sections else ""))
    return EXIT_PARTIAL if result.leaks else EXIT_OK


def cmd_export_word(args: argparse.Namespace) -> int:
    options = _options(args)
    with Project.open(args.project, read_only=True) as project:
        result = export_word(project, args.out, options, progress=_progress(args))
    return _report(args, result)


def cmd_export_table(args: argparse.Namespace) -> int:
    options = _options(args)
    with Project.open(args.project, read_only=True) as project:
        result = export_table(project, args.out, options, progress=_progress(args))
    return _report(args, result)


def cmd_names(args: argparse.Namespace) -> int:
    changing = bool(args.add or args.remove)
    with Project.open(args.project, read_only=not changing) as project:
        removed = remove_names(project, args.remove) if args.remove else []
        added = add_names(project, args.add) if args.add else []
        names = list_names(project)
    if args.json:
        print_json({"names": [n.as_json() for n in names], "added": added, "removed": removed})
        return EXIT_OK
    for name in added:
        print(f"added {name!r}")
    for name in removed:
        print(f"removed {name!r}")
    print_table(["name", "informant", "source"], [[n.name, n.pseudonym or "", n.source] for n in names])
    print(f"{len(names)} name(s) masked in exports")
    return EXIT_OK
