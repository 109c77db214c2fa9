"""Commands on codings: ``code``, ``uncode`` and ``segments``."""

from __future__ import annotations

import argparse
from pathlib import Path

from kodeverk.cli.output import print_json, print_table
from kodeverk.codebook.service import load_codebook
from kodeverk.errors import UsageError
from kodeverk.project import Project
from kodeverk.retrieval.query import RetrievalQuery, retrieve
from kodeverk.services import coding, lookup
from kodeverk.services.segments import segment_json
from kodeverk.storage import transcripts as transcript_store


def register(commands: argparse._SubParsersAction) -> None:
    code = commands.add_parser("code", help="code a passage")
    code.add_argument("project", type=Path)
    code.add_argument("--transcript", required=True, metavar="NAME")
    code.add_argument("--code", required=True, metavar="PATH")
    code.add_argument("--coder", required=True, metavar="NAME")
    where = code.add_mutually_exclusive_group(required=True)
    where.add_argument("--text", help="the exact passage to code")
    where.add_argument("--start", type=int, help="start offset (code points, inclusive)")
    code.add_argument("--end", type=int, help="end offset (code points, exclusive; with --start)")
    code.add_argument("--occurrence", type=int, metavar="N", help="which occurrence of --text (1-based)")
    code.add_argument("--memo", default="")
    code.add_argument("--json", action="store_true")
    code.set_defaults(handler=cmd_code)

    uncode = commands.add_parser("uncode", help="remove a coding")
    uncode.add_argument("project", type=Path)
    uncode.add_argument("--transcript", required=True, metavar="NAME")
    uncode.add_argument("--code", required=True, metavar="PATH")
    uncode.add_argument("--coder", required=True, metavar="NAME")
    uncode.add_argument("--start", type=int, required=True)
    uncode.add_argument("--end", type=int, required=True)
    uncode.set_defaults(handler=cmd_uncode)

    segments = commands.add_parser("segments", help="list coded segments")
    segments.add_argument("project", type=Path)
    segments.add_argument("--code", action="append", default=[], metavar="PATH",
                          help="a code (with its sub-codes); repeat for several (any of them)")
    segments.add_argument("--group", action="append", default=[], metavar="G")
    segments.add_argument("--phase", action="append", default=[], metavar="P")
    segments.add_argument("--coder", action="append", default=[], metavar="C")
    segments.add_argument("--transcript", action="append", default=[], metavar="NAME")
    segments.add_argument("--informant", action="append", default=[], metavar="PSEUDONYM")
    segments.add_argument("--contains", default="", metavar="TEXT", help="only segments containing TEXT (any case)")
    segments.add_argument("--json", action="store_true")
    segments.set_defaults(handler=cmd_segments)


def cmd_code(args: argparse.Namespace) -> int:
    if args.start is not None and args.end is None:
        raise UsageError("--start needs --end")
    if args.text is not None and args.end is not None:
        raise UsageError("--end goes with --start, not with --text")
    if args.occurrence is not None and args.text is None:
        raise UsageError("--occurrence goes with --text")
    with Project.open(args.project) as project:
        with project.transaction() as session:
            transcript = lookup.find_transcript(session, args.transcript)
            code = load_codebook(session).resolve(args.code)
            coder = lookup.ensure_coder(session, args.coder)
            if args.text is not None:
                text = transcript_store.transcript_text(session, transcript.id) or ""
                start, end = coding.locate_passage(text, args.text, args.occurrence, transcript=transcript.name)
            else:
                start, end = args.start, args.end
            made = coding.add_coding_in(session, transcript.id, code.id, coder.id, start, end, args.memo)
            coded_text = (transcript_store.transcript_text(session, transcript.id) or "")[start:end]
            result = {"coding_id": made.id, "transcript": transcript.name, "code": code.path_string,
                      "coder": coder.name, "start": start, "end": end, "text": coded_text}
    if args.json:
        print_json(result)
    else:
        shown = coded_text if len(coded_text) <= 70 else coded_text[:69] + "…"
        print(f"coded [{start}, {end}) of {transcript.name!r} as {code.path_string!r} for {coder.name}: {shown}")
    return 0


def cmd_uncode(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        with project.reading() as session:
            transcript = lookup.find_transcript(session, args.transcript)
            code = load_codebook(session).resolve(args.code)
            coder = lookup.find_coder(session, args.coder)
            ids = (transcript.id, code.id, coder.id)
        coding.remove_coding_by_span(project, *ids, args.start, args.end)
    print(f"removed the coding [{args.start}, {args.end}) of {args.transcript!r} as {code.path_string!r} "
          f"by {args.coder}")
    return 0


def cmd_segments(args: argparse.Namespace) -> int:
    query = RetrievalQuery(codes=args.code, groups=args.group, phases=args.phase, coders=args.coder,
                           transcripts=args.transcript, informants=args.informant, contains=args.contains)
    with Project.open(args.project, read_only=True) as project:
        found = retrieve(project, query)
    if args.json:
        print_json([segment_json(s) for s in found])
        return 0
    print_table(["transcript", "code", "coder", "start", "end", "text"],
                [[s.transcript, s.code_path, s.coder, s.start, s.end, " ".join(s.text.split())] for s in found])
    print(f"{len(found)} segment(s)")
    return 0
