"""Commands on the codebook: ``codebook show``, ``add``, ``export`` (.qdc, .json, .docx) and ``import``."""

from __future__ import annotations

import argparse
from pathlib import Path

from kodeverk.cli.output import print_json
from kodeverk.codebook.service import add_code_by_path, get_codebook
from kodeverk.project import Project
from kodeverk.services.codebook_view import codebook_with_counts


def register(commands: argparse._SubParsersAction) -> None:
    codebook = commands.add_parser("codebook", help="show or change the codebook")
    actions = codebook.add_subparsers(dest="action", metavar="ACTION", required=True,
                                      parser_class=type(codebook))
    show = actions.add_parser("show", help="the code tree with coding counts")
    show.add_argument("project", type=Path)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)
    add = actions.add_parser("add", help="add a code; PATH is Parent/Child (the parent must exist)")
    add.add_argument("project", type=Path)
    add.add_argument("path", metavar="PATH")
    add.add_argument("--color", "--colour", dest="colour", help="#RRGGBB")
    add.add_argument("--description", default="")
    add.set_defaults(handler=cmd_add)
    export = actions.add_parser("export", help="write the codebook as .qdc (REFI-QDA), .json or .docx (Word, "
                                               "with definitions)")
    export.add_argument("project", type=Path)
    export.add_argument("out", type=Path, metavar="OUT.qdc|OUT.json|OUT.docx")
    export.add_argument("--lang", choices=["nb", "en"], default="nb", help="language of the Word codebook")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=cmd_export)
    take = actions.add_parser("import", help="merge a .qdc or .json codebook into the project's codebook")
    take.add_argument("project", type=Path)
    take.add_argument("source", type=Path, metavar="IN.qdc|IN.json")
    take.add_argument("--json", action="store_true")
    take.set_defaults(handler=cmd_import)


def cmd_show(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        tree = codebook_with_counts(project)
    if args.json:
        print_json(tree)
        return 0

    def show(nodes: list[dict], depth: int) -> None:
        for node in nodes:
            print(f"{'  ' * depth}{node['name']}  [{node['codings']}]  {node['colour']}")
            show(node["children"], depth + 1)

    show(tree, 0)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        node = add_code_by_path(project, args.path, colour=args.colour, description=args.description)
        parent = get_codebook(project)[node.parent_id].path_string if node.parent_id else "the top level"
    print(f"added code {node.name!r} under {parent}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kodeverk.codebook.exchange import export_codebook

    with Project.open(args.project, read_only=True) as project:
        count = export_codebook(project, args.out, lang=args.lang)
    if args.json:
        print_json({"path": str(args.out), "codes": count})
    else:
        print(f"wrote {count} codes to {args.out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from kodeverk.codebook.exchange import import_codebook

    with Project.open(args.project) as project:
        report = import_codebook(project, args.source)
    if args.json:
        print_json(report.as_json())
    else:
        print("\n".join(report.lines()))
    return 0
