"""Commands on coders: ``coders`` lists them; ``coder add|rename|color|initials|remove`` changes one."""

from __future__ import annotations

import argparse
from pathlib import Path

from kodeverk.cli.output import print_json, print_table
from kodeverk.project import Project
from kodeverk.services.coders import (CoderInfo, add_coder, coder_named, list_coders, recolour_coder, remove_coder,
                                      rename_coder, set_coder_initials)


def register(commands: argparse._SubParsersAction) -> None:
    listing = commands.add_parser("coders", help="list the coders with their colours and initials")
    listing.add_argument("project", type=Path)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_coders)

    coder = commands.add_parser("coder", help="add a coder, or rename, recolour, set the initials of or remove one")
    actions = coder.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(coder))
    add = actions.add_parser("add", help="add a coder")
    add.add_argument("project", type=Path)
    add.add_argument("name")
    add.add_argument("--color", "--colour", dest="colour", help="#RRGGBB (default: the next free colour)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_add)
    rename = actions.add_parser("rename", help="give a coder another name (their codings stay theirs)")
    rename.add_argument("project", type=Path)
    rename.add_argument("name")
    rename.add_argument("new_name", metavar="NEW_NAME")
    rename.add_argument("--json", action="store_true")
    rename.set_defaults(handler=cmd_rename)
    colour = actions.add_parser("color", aliases=["colour"], help="set a coder's colour")
    colour.add_argument("project", type=Path)
    colour.add_argument("name")
    colour.add_argument("colour", metavar="#RRGGBB")
    colour.add_argument("--json", action="store_true")
    colour.set_defaults(handler=cmd_colour)
    initials = actions.add_parser("initials", help="set the 1–3 letters that mark a coder's codings")
    initials.add_argument("project", type=Path)
    initials.add_argument("name")
    initials.add_argument("initials")
    initials.add_argument("--json", action="store_true")
    initials.set_defaults(handler=cmd_initials)
    remove = actions.add_parser("remove", help="remove a coder who has no codings, lost codings or memos")
    remove.add_argument("project", type=Path)
    remove.add_argument("name")
    remove.add_argument("--json", action="store_true")
    remove.set_defaults(handler=cmd_remove)


def _show(coder: CoderInfo, args: argparse.Namespace, what: str) -> int:
    if args.json:
        print_json(coder.as_json())
    else:
        print(f"{what}: {coder.name} ({coder.initials}, {coder.colour})")
    return 0


def cmd_coders(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        coders = list_coders(project)
    if args.json:
        print_json([c.as_json() for c in coders])
    elif not coders:
        print("no coders yet (add one with: kodeverk coder add PROJECT NAME)")
    else:
        print_table(["name", "initials", "colour"], [(c.name, c.initials, c.colour) for c in coders])
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        coder = add_coder(project, args.name, args.colour)
    return _show(coder, args, "added")


def cmd_rename(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        coder = rename_coder(project, coder_named(project, args.name).id, args.new_name)
    return _show(coder, args, "renamed")


def cmd_colour(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        coder = recolour_coder(project, coder_named(project, args.name).id, args.colour)
    return _show(coder, args, "recoloured")


def cmd_initials(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        coder = set_coder_initials(project, coder_named(project, args.name).id, args.initials)
    return _show(coder, args, "initials set")


def cmd_remove(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        removed = remove_coder(project, coder_named(project, args.name).id)
    return _show(removed.info, args, "removed")
