"""Commands for changing transcripts: ``revise``, ``lost``, ``guide``, ``structure`` and ``erase``.

``revise`` exits 0 when every coding was placed, 1 when some were lost (they
are on the review list, ``kodeverk lost``), 2 when the revision was refused
(a different interview) or failed. ``erase`` without ``--yes`` only lists
what would go; with ``--yes`` it exits 1 if the scan afterwards still finds
erased text in the project file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kodeverk.cli.output import error, print_json, print_table
from kodeverk.errors import UsageError
from kodeverk.project import Project


def register(commands: argparse._SubParsersAction) -> None:
    revise = commands.add_parser("revise", help="replace a transcript with a revised version, keeping its codings")
    revise.add_argument("project", type=Path)
    revise.add_argument("--transcript", required=True, metavar="NAME")
    revise.add_argument("file", type=Path, metavar="FILE", help="the revised transcript (.docx, .txt, .odt, ...)")
    revise.add_argument("--dry-run", action="store_true", help="only report where each coding would go")
    revise.add_argument("--json", action="store_true")
    revise.set_defaults(handler=cmd_revise)

    lost = commands.add_parser("lost", help="codings a revision could not place (the review list)")
    lost.add_argument("project", type=Path)
    lost.add_argument("--transcript", metavar="NAME")
    lost.add_argument("--dismiss", type=int, action="append", default=[], metavar="ID",
                      help="take an entry off the list (repeatable)")
    lost.add_argument("--place", type=int, metavar="ID",
                      help="code a passage of the current text with the entry's code and coder, and take it off "
                           "the list: with --text (exact passage) or --start/--end")
    lost.add_argument("--text", metavar="PASSAGE", help="with --place: the passage, exactly as in the text")
    lost.add_argument("--occurrence", type=int, metavar="N", help="with --text: which occurrence (1-based)")
    lost.add_argument("--start", type=int, metavar="N", help="with --place: start offset (code points)")
    lost.add_argument("--end", type=int, metavar="N", help="with --place: end offset (code points)")
    lost.add_argument("--json", action="store_true")
    lost.set_defaults(handler=cmd_lost)

    guide = commands.add_parser("guide", help="interview guides: import, list, show, add a template, delete")
    sub = guide.add_subparsers(dest="guide_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="import a guide from .docx/.txt/.md (one question per line or list item)")
    imp.add_argument("project", type=Path)
    imp.add_argument("file", type=Path)
    imp.add_argument("--name", metavar="NAME", help="the guide's name (default: its first heading or file name)")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_guide_import)
    lst = sub.add_parser("list", help="the project's guides and the shipped templates")
    lst.add_argument("project", type=Path, nargs="?")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_guide_list)
    show = sub.add_parser("show", help="a guide's questions")
    show.add_argument("project", type=Path)
    show.add_argument("name")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_guide_show)
    tpl = sub.add_parser("template", help="add one of the shipped 2023 guides to the project")
    tpl.add_argument("project", type=Path)
    tpl.add_argument("name")
    tpl.add_argument("--json", action="store_true")
    tpl.set_defaults(handler=cmd_guide_template)
    add = sub.add_parser("add", help="type a guide: --question once per question, in order")
    add.add_argument("project", type=Path)
    add.add_argument("--name", required=True)
    add.add_argument("--question", action="append", required=True, metavar="TEXT")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_guide_add)
    delete = sub.add_parser("delete", help="remove a guide (its codes and codings stay)")
    delete.add_argument("project", type=Path)
    delete.add_argument("name")
    delete.set_defaults(handler=cmd_guide_delete)

    structure = commands.add_parser("structure", help="code each transcript question by question from a guide")
    structure.add_argument("project", type=Path)
    structure.add_argument("--guide", required=True, metavar="NAME")
    structure.add_argument("--transcript", action="append", default=[], metavar="NAME",
                           help="limit to these transcripts (repeatable; default: all)")
    structure.add_argument("--dry-run", action="store_true", help="only show the matches for review")
    structure.add_argument("--json", action="store_true")
    structure.set_defaults(handler=cmd_structure)

    erase = commands.add_parser("erase", help="erase an informant and everything about them (GDPR)")
    erase.add_argument("project", type=Path)
    erase.add_argument("--informant", required=True, metavar="PSEUDONYM")
    erase.add_argument("--yes", action="store_true", help="do it (without: only list what would go)")
    erase.add_argument("--delete-backups", action="store_true",
                       help="also delete the backups that still hold the informant's data")
    erase.add_argument("--json", action="store_true")
    erase.set_defaults(handler=cmd_erase)


# -- revise ------------------------------------------------------------------------------------


def cmd_revise(args: argparse.Namespace) -> int:
    from kodeverk.revision.anchor import LOST
    from kodeverk.revision.service import revise_from_file

    if not args.file.is_file():
        raise UsageError(f"{args.file}: no such file")
    with Project.open(args.project, read_only=args.dry_run) as project:
        report, _undo = revise_from_file(project, args.transcript, args.file, dry_run=args.dry_run)
    if args.json:
        print_json(report.as_json())
    else:
        print("\n".join(report.lines()))
    if report.refused:
        error(f"{args.file.name}: not applied: {report.refused}")
        return 2
    return 1 if report.count(LOST) else 0


def _place_span(project: Project, args: argparse.Namespace) -> tuple[int, int]:
    from kodeverk.revision.review import lost_entry
    from kodeverk.services.coding import locate_passage
    from kodeverk.services.transcripts import transcript_text

    if args.text is not None:
        if args.start is not None or args.end is not None:
            raise UsageError("--place takes either --text or --start/--end, not both")
        entry = lost_entry(project, args.place)
        return locate_passage(transcript_text(project, entry.transcript_id), args.text, args.occurrence,
                              transcript=entry.transcript)
    if args.start is None or args.end is None:
        raise UsageError("--place needs --text PASSAGE or both --start N and --end N")
    return args.start, args.end


def cmd_lost(args: argparse.Namespace) -> int:
    from kodeverk.revision.review import dismiss_lost, list_lost, place_lost_coding

    if args.place is None and (args.text is not None or args.start is not None or args.end is not None
                               or args.occurrence is not None):
        raise UsageError("--text, --occurrence, --start and --end go with --place ID")
    placed = None
    with Project.open(args.project, read_only=not (args.dismiss or args.place is not None)) as project:
        if args.place is not None:
            start, end = _place_span(project, args)
            placed = place_lost_coding(project, args.place, start, end)
            if not args.json:
                print(f"#{args.place} placed on [{placed.start}, {placed.end}) as coding #{placed.id}")
        if args.dismiss:
            count = dismiss_lost(project, args.dismiss)
            if not args.json:
                print(f"{count} taken off the review list")
        items = list_lost(project, args.transcript)
    if args.json:
        print_json([i.as_json() for i in items])
        return 0
    print_table(["id", "transcript", "code", "coder", "old span", "passage", "reason"],
                [[i.id, i.transcript, i.code_path, i.coder, f"[{i.start}, {i.end})", " ".join(i.passage.split()),
                  i.reason] for i in items])
    return 0


# -- guides ------------------------------------------------------------------------------------


def _print_guide(guide, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    if as_json:
        print_json(guide.as_json())
        return
    print(f"{guide.name}: {len(guide.questions)} questions")
    for number, question in enumerate(guide.questions, start=1):
        print(f"  {number:>2}. {question}")


def cmd_guide_import(args: argparse.Namespace) -> int:
    from kodeverk.guides.service import import_guide

    with Project.open(args.project) as project:
        _print_guide(import_guide(project, args.file, args.name), args.json)
    return 0


def cmd_guide_add(args: argparse.Namespace) -> int:
    from kodeverk.guides.service import add_guide

    with Project.open(args.project) as project:
        _print_guide(add_guide(project, args.name, args.question), args.json)
    return 0


def cmd_guide_template(args: argparse.Namespace) -> int:
    from kodeverk.guides.service import add_template

    with Project.open(args.project) as project:
        _print_guide(add_template(project, args.name), args.json)
    return 0


def cmd_guide_show(args: argparse.Namespace) -> int:
    from kodeverk.guides.service import get_guide

    with Project.open(args.project, read_only=True) as project:
        _print_guide(get_guide(project, args.name), args.json)
    return 0


def cmd_guide_delete(args: argparse.Namespace) -> int:
    from kodeverk.guides.service import delete_guide

    with Project.open(args.project) as project:
        delete_guide(project, args.name)
    print(f"guide {args.name!r} deleted")
    return 0


def cmd_guide_list(args: argparse.Namespace) -> int:
    from kodeverk.guides.service import list_guides
    from kodeverk.guides.templates import templates

    guides = []
    if args.project is not None:
        with Project.open(args.project, read_only=True) as project:
            guides = list_guides(project)
    shipped = templates()
    if args.json:
        print_json({"guides": [{"name": g.name, "questions": len(g.questions)} for g in guides],
                    "templates": [{"name": t.name, "questions": len(t.questions), "description": t.description}
                                  for t in shipped]})
        return 0
    rows = [[g.name, len(g.questions), "project"] for g in guides]
    rows += [[t.name, len(t.questions), "template (kodeverk guide template PROJECT NAME)"] for t in shipped]
    print_table(["guide", "questions", "where"], rows)
    return 0


def cmd_structure(args: argparse.Namespace) -> int:
    from kodeverk.guides.service import apply_structure, plan_structure

    with Project.open(args.project, read_only=args.dry_run) as project:
        if args.dry_run:
            report = plan_structure(project, args.guide, args.transcript)
        else:
            report, _undo = apply_structure(project, args.guide, args.transcript)
    if args.json:
        print_json(report.as_json())
    else:
        print("\n".join(report.lines()))
    return 0 if all(t.follows for t in report.transcripts) else 1


# -- erase ---------------------------------------------------------------------------------------


def cmd_erase(args: argparse.Namespace) -> int:
    from kodeverk.services.erase import delete_backups, erase_informant, plan_erase

    if not args.yes:
        if args.delete_backups:
            raise UsageError("--delete-backups needs --yes")
        with Project.open(args.project, read_only=True) as project:
            plan = plan_erase(project, args.informant)
        if args.json:
            print_json({**plan.as_json(), "erased": False})
        else:
            print("would erase:")
            print("\n".join(plan.lines()))
            print("nothing was changed; run again with --yes to erase")
        return 0
    with Project.open(args.project) as project:
        result = erase_informant(project, args.informant)
    deleted = delete_backups(args.project, list(result.backups)) if args.delete_backups else []
    if args.json:
        print_json({**result.as_json(), "backups_deleted": [str(p) for p in deleted]})
    else:
        print("erased:")
        print("\n".join(result.plan.lines()))
        print("the file was compacted (VACUUM)" + (f"; {result.compact_problem}" if result.compact_problem else ""))
        if result.clean:
            print(f"scan: none of the erased text is left in {', '.join(Path(s).name for s in result.scanned)}")
        else:
            print(f"scan: {len(result.hits)} pieces of erased text are still in the file:")
            for hit in result.hits[:10]:
                print(f"  {Path(hit.file).name}: {hit.probe!r}")
        remaining = [p for p in result.backups if p not in deleted]
        for path in deleted:
            print(f"backup deleted: {path}")
        if remaining:
            print("these backups still hold the informant's data (delete them with --delete-backups):")
            for path in remaining:
                print(f"  {path}")
    return 0 if result.clean else 1
