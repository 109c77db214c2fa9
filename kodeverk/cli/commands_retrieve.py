"""Command ``retrieve``: every retrieval filter, widened context, matrices, co-occurrence; print or write tables.

What the app's Retrieve panel does, for scripts::

    kodeverk retrieve PROJECT [--code PATH]... [--and] [--no-subcodes] [--group G]... [--phase P]...
        [--ministry M]... [--role R]... [--coder C]... [--transcript NAME]... [--informant PSEUDONYM]...
        [--contains TEXT [--fuzzy]] [--from DATE] [--to DATE] [--context coding|sentence|turn]
        [--show results|group|phase|cooccurrence|ladder] [--mode overlap|near|turn] [--distance N]
        [--out FILE.xlsx|FILE.csv] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from kodeverk.cli.output import print_json, print_table
from kodeverk.errors import UsageError
from kodeverk.export.grid import VIEWS, export_views, sheets_for
from kodeverk.project import Project
from kodeverk.retrieval import RetrievalQuery
from kodeverk.retrieval.overview import CONTEXTS, Overview, overview
from kodeverk.services.names import masker_for


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("retrieve", help="query coded excerpts with every filter; matrices and "
                                 "co-occurrence; write them as tables")
    parser.add_argument("project", type=Path)
    parser.add_argument("--code", action="append", default=[], metavar="PATH", help="a code (repeatable)")
    parser.add_argument("--and", dest="combine_and", action="store_true",
                        help="several codes: only codings that overlap a coding of every other code")
    parser.add_argument("--no-subcodes", action="store_true", help="a code without its sub-codes")
    for flag, meta in (("group", "G"), ("phase", "P"), ("ministry", "M"), ("role", "R"), ("coder", "C"),
                       ("transcript", "NAME"), ("informant", "PSEUDONYM")):
        parser.add_argument(f"--{flag}", action="append", default=[], metavar=meta, help="(repeatable)")
    parser.add_argument("--contains", default="", metavar="TEXT", help="only excerpts containing TEXT (any case)")
    parser.add_argument("--fuzzy", action="store_true", help="--contains also finds near spellings")
    parser.add_argument("--from", dest="coded_from", type=_date, metavar="DATE", help="coded on or after DATE")
    parser.add_argument("--to", dest="coded_to", type=_date, metavar="DATE", help="coded on or before DATE")
    parser.add_argument("--context", default="coding", choices=CONTEXTS,
                        help="widen each excerpt to its sentence or speaker turn")
    parser.add_argument("--show", action="append", default=[], choices=VIEWS,
                        help="what to print or write (repeatable; default results)")
    parser.add_argument("--mode", default="overlap", choices=("overlap", "near", "turn"),
                        help="co-occurrence: overlapping, within --distance characters, or in the same turn")
    parser.add_argument("--distance", type=int, default=0, metavar="N")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write the views to .xlsx (a sheet each) or .csv")
    parser.add_argument("--lang", default="nb", choices=("nb", "en"))
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=cmd_retrieve)


def query_of(args: argparse.Namespace) -> RetrievalQuery:
    if args.fuzzy and not args.contains.strip():
        raise UsageError("--fuzzy goes with --contains")
    return RetrievalQuery(codes=args.code, include_subcodes=not args.no_subcodes,
                          combine="and" if args.combine_and else "or", groups=args.group, phases=args.phase,
                          ministries=args.ministry, roles=args.role, coders=args.coder, transcripts=args.transcript,
                          informants=args.informant, contains=args.contains, fuzzy=args.fuzzy,
                          coded_from=args.coded_from, coded_to=args.coded_to)


def _print(view: Overview, views: list[str], args: argparse.Namespace, project: Project) -> None:
    masker = masker_for(project)
    for sheet in sheets_for(view, views, masker, lang=args.lang):
        if len(views) > 1:
            print(f"\n{sheet.title}")
        shown = [[" ".join(str(v).split()) for v in row] for row in sheet.rows]
        print_table(sheet.headers, shown)


def _json(view: Overview, views: list[str]) -> dict:
    book = view.book
    data: dict = {}
    for name in views:
        if name == "results":
            data["results"] = [dict(e.as_json(), context=view.contexts[e.coding_id].text
                                    if e.coding_id in view.contexts else None) for e in view.excerpts]
        elif name in ("group", "phase"):
            matrix = view.by_group if name == "group" else view.by_phase
            data[name] = {"columns": list(matrix.columns), "rows": [
                {"code": label, "cells": {c: {"codings": matrix.cell(r, c).codings,
                                              "informants": matrix.cell(r, c).informants} for c in matrix.columns}}
                for r, label in zip(matrix.rows, matrix.row_labels)]}
        elif name == "cooccurrence":
            table = view.cooccurring
            data["cooccurrence"] = {"codes": [book[c].path_string for c in table.codes], "counts": table.rows()}
        elif view.ladder is not None:
            ladder = view.ladder
            data["ladder"] = {"steps": [s.name for s in ladder.steps], "groups": [
                {"group": g, "cells": [{"codings": ladder.cell(g, s.id).codings,
                                        "informants": ladder.cell(g, s.id).informants} for s in ladder.steps]}
                for g in ladder.groups]}
    return data


def cmd_retrieve(args: argparse.Namespace) -> int:
    views = list(dict.fromkeys(args.show)) or ["results"]
    query = query_of(args)
    with Project.open(args.project, read_only=True) as project:
        view = overview(project, query, context=args.context, mode=args.mode, distance=args.distance)
        if args.out is not None:
            result = export_views(project, view, args.out, views, lang=args.lang)
            if args.json:
                print_json(result.as_json())
            else:
                print(f"wrote {result.path}: {', '.join(views)} ({result.codings} coding(s))")
            return 0
        if args.json:
            print_json(_json(view, views))
        else:
            _print(view, views, args, project)
            print(f"{len(view.excerpts)} excerpt(s)")
    return 0
