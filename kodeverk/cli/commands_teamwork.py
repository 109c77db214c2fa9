"""Commands for team work: ``copy``, ``merge``, ``agreement`` and ``disagreements``.

``merge --check`` reports what a merge would do and writes nothing;
``--accept``, ``--map-code`` and ``--skip-code`` make the choices the app's
merge dialog offers. ``merge`` exits 0 when everything in the other files was merged, 1 when
something was left out for review (a transcript needing confirmation or
missing, codings that could not be placed), 2 on an error.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from kodeverk.cli.output import print_json, print_table
from kodeverk.errors import UsageError
from kodeverk.project import Project


def register(commands: argparse._SubParsersAction) -> None:
    copy = commands.add_parser("copy", help="make a coder's own copy of a project")
    copy.add_argument("project", type=Path)
    copy.add_argument("out", type=Path, help="the new project file (must not exist)")
    copy.add_argument("--coder", required=True, metavar="NAME")
    copy.add_argument("--json", action="store_true")
    copy.set_defaults(handler=cmd_copy)

    merge = commands.add_parser("merge", help="merge coder copies (or other project files) into a project")
    merge.add_argument("project", type=Path)
    merge.add_argument("others", nargs="+", type=Path, metavar="OTHER")
    merge.add_argument("--accept-fuzzy", action="store_true",
                       help="also merge transcripts matched only by similar name and content; their codings "
                            "are re-anchored by their exact passage text, and left out where it is gone")
    merge.add_argument("--accept", action="append", default=[], metavar="NAME",
                       help="merge this transcript of the other file although matched only by similar name and "
                            "content (repeatable; --accept-fuzzy accepts all)")
    merge.add_argument("--map-code", action="append", default=[], metavar="OTHER=PATH",
                       help="merge the other file's new code OTHER into this project's code PATH instead of "
                            "adopting it (repeatable)")
    merge.add_argument("--skip-code", action="append", default=[], metavar="OTHER",
                       help="do not adopt the other file's new code OTHER; its codings are left out (repeatable)")
    merge.add_argument("--check", action="store_true",
                       help="only report what the merge would do; nothing is written")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(handler=cmd_merge)

    agree = commands.add_parser("agreement", help="intercoder agreement")
    agree.add_argument("project", type=Path)
    agree.add_argument("--coders", nargs="+", required=True, metavar="NAME")
    agree.add_argument("--code", action="append", default=[], metavar="PATH",
                       help="a code with its sub-codes (repeatable; default: each top-level code)")
    agree.add_argument("--transcript", action="append", default=[], metavar="NAME",
                       help="limit to these transcripts (repeatable; default: all)")
    agree.add_argument("--method", default="all", choices=["char", "segment", "alpha", "unitized", "all"])
    agree.add_argument("--overlap", type=float, default=90.0, metavar="PERCENT",
                       help="segment overlap threshold in percent (default 90)")
    agree.add_argument("--unit", default="turn", choices=["turn", "paragraph"], help="units for alpha")
    agree.add_argument("--report", type=Path, metavar="OUT.docx|OUT.xlsx", help="also write a report")
    agree.add_argument("--json", action="store_true")
    agree.set_defaults(handler=cmd_agreement)

    dis = commands.add_parser("disagreements", help="list where two coders differ in a transcript")
    dis.add_argument("project", type=Path)
    dis.add_argument("--transcript", required=True, metavar="NAME")
    dis.add_argument("--coders", nargs=2, required=True, metavar="NAME")
    dis.add_argument("--code", action="append", default=[], metavar="PATH")
    dis.add_argument("--consensus", default="Konsensus", metavar="NAME")
    dis.add_argument("--json", action="store_true")
    dis.set_defaults(handler=cmd_disagreements)


def cmd_copy(args: argparse.Namespace) -> int:
    from kodeverk.teamwork.copy import make_coder_copy

    with Project.open(args.project, read_only=True) as project:
        result = make_coder_copy(project, args.out, args.coder)
    if args.json:
        print_json(result.as_json())
    else:
        print(f"copied {args.project} to {result.path} for {result.coder}: {result.transcripts} transcripts, "
              f"{result.codes} codes, {result.codings} codings")
    return 0


def _code_choices(args: argparse.Namespace) -> dict[str, str | None]:
    choices: dict[str, str | None] = {}
    for item in args.map_code:
        other, sep, path = item.partition("=")
        if not sep or not other.strip() or not path.strip():
            raise UsageError(f"--map-code needs OTHER=PATH, not {item!r}")
        choices[other.strip()] = path.strip()
    for other in args.skip_code:
        choices[other.strip()] = None
    return choices


def cmd_merge(args: argparse.Namespace) -> int:
    from kodeverk.teamwork.merge import merge_project, preview_merge

    reports = []
    run = preview_merge if args.check else merge_project
    options = {"accept_fuzzy": args.accept_fuzzy, "accept": args.accept, "code_choices": _code_choices(args)}
    with Project.open(args.project) as project:  # --check too: the trial merge is rolled back
        for other in args.others:
            reports.append(run(project, other, **options))
    if args.json:
        print_json([r.as_json() for r in reports])
    else:
        for report in reports:
            print("\n".join(report.lines()))
        if args.check:
            print("(checked only: nothing was written)")
    return 0 if all(r.complete for r in reports) else 1


def _fmt(value: float | None, percent: bool = False) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:.1%}" if percent else f"{value:.3f}"


def cmd_agreement(args: argparse.Namespace) -> int:
    from kodeverk.agreement.compute import project_agreement, reading
    from kodeverk.agreement.report import write_report

    if not 0 <= args.overlap <= 100:
        raise UsageError("--overlap is a percentage from 0 to 100")
    if args.report is not None and args.report.suffix.lower() not in (".docx", ".xlsx"):
        raise UsageError("--report must name a .docx or .xlsx file")
    with Project.open(args.project, read_only=True) as project:
        result = project_agreement(project, args.coders, args.code, args.transcript, [args.method],
                                   overlap=args.overlap / 100, unit=args.unit)
    if args.report is not None:
        write_report(result, args.report)
    data = result.to_dict()
    if args.json:
        print_json(data)
        return 0
    headers = ["code"]
    columns = {"char": ["char %", "char κ"], "segment": ["seg %", "seg κ"], "alpha": ["α units"],
               "unitized": ["|uα"]}
    for method in result.methods:
        headers += columns[method]
    rows = []
    for code in data["codes"]:
        row = [code["code"]]
        for method in result.methods:
            block = code[method]
            if method in ("char", "segment"):
                row += [_fmt(block["percent_agreement"], True), _fmt(block["kappa"])]
            else:
                alpha = block["alpha"]
                row.append(f"{_fmt(alpha)} {reading(float('nan') if alpha is None else alpha)}")
        rows.append(row)
    print(f"coders: {', '.join(result.coders)}; {len(result.transcripts)} transcript(s); "
          f"overlap {result.overlap:.0%}; units: {result.unit}s")
    print_table(headers, rows)
    if result.segment is not None:
        print(f"segment overall: {_fmt(result.segment.percent_agreement, True)}, Brennan–Prediger κ "
              f"{_fmt(result.segment.kappa)} (K = {result.segment.n_categories})")
    for method, why in result.skipped.items():
        print(f"{method}: not computed ({why})")
    print("reading of α: ≥ 0.800 good, ≥ 0.667 tentative, below poor")
    if args.report is not None:
        print(f"report written to {args.report}")
    return 0


def cmd_disagreements(args: argparse.Namespace) -> int:
    from kodeverk.teamwork.consensus import resolved_flags
    from kodeverk.teamwork.disagreements import list_disagreements

    with Project.open(args.project, read_only=True) as project:
        items = list_disagreements(project, args.transcript, args.coders[0], args.coders[1], args.code)
        flags = resolved_flags(project, items, args.consensus)
    if args.json:
        print_json([{**d.as_json(), "resolved": f} for d, f in zip(items, flags)])
        return 0
    print_table(["kind", "start", "end", args.coders[0], args.coders[1], "resolved"],
                [[d.kind, d.start, d.end, "; ".join(s.code_path for s in d.a), "; ".join(s.code_path for s in d.b),
                  "yes" if f else ""] for d, f in zip(items, flags)])
    print(f"{sum(flags)} of {len(items)} disagreements resolved")
    return 0
