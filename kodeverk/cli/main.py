"""The ``kodeverk`` command: parse the arguments and run one command.

Exit codes: 0 success, 1 some input failed (the rest done), 2 usage or
project error. Errors go to stderr in one line. With no arguments the
desktop app opens.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from kodeverk import __version__
import importlib
import pkgutil

import kodeverk.cli
from kodeverk.cli.output import error
from kodeverk.errors import KodeverkError

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with our one-line error format (exit code 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        error(f"{message} (see '{self.prog} --help')")
        raise SystemExit(EXIT_ERROR)


GuiRunner = Callable[[str | None], int]


def build_parser(gui_runner: GuiRunner | None = None) -> argparse.ArgumentParser:
    parser = _Parser(prog="kodeverk", description="Qualitative coding of interview transcripts. "
                     "Without a command, the desktop app opens.")
    parser.add_argument("--version", action="version", version=f"kodeverk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in command_modules():
        module.register(commands)
    gui = commands.add_parser("gui", help="open the desktop app")
    gui.add_argument("project", nargs="?", help="a project file to open")
    gui.set_defaults(handler=lambda args: _run_gui(gui_runner, args))
    return parser


FIRST = ("commands_project", "commands_codebook", "commands_coding", "commands_export", "commands_teamwork")


def command_modules() -> list:
    """Every ``kodeverk.cli.commands_*`` module (each has ``register(subparsers)``), the basic ones first."""
    names = sorted((info.name for info in pkgutil.iter_modules(kodeverk.cli.__path__)
                    if info.name.startswith("commands_")),
                   key=lambda name: (FIRST.index(name) if name in FIRST else len(FIRST), name))
    return [importlib.import_module(f"kodeverk.cli.{name}") for name in names]


def _run_gui(gui_runner: GuiRunner | None, args: argparse.Namespace) -> int:
    if gui_runner is None:
        error("the desktop app is not available here; start it with the 'kodeverk' command")
        return EXIT_ERROR
    return gui_runner(args.project)


def main(argv: Sequence[str] | None = None, *, gui_runner: GuiRunner | None = None) -> int:
    """Run the command line. ``gui_runner`` opens the desktop app (injected by ``ui.launcher``:
    the core never imports Qt)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(gui_runner)
    if not argv:
        argv = ["gui"]
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_ERROR
    try:
        return int(args.handler(args) or EXIT_OK)
    except KodeverkError as exc:
        error(str(exc))
        return EXIT_ERROR
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped reading: not an error
        sys.stdout = open(os.devnull, "w")
        return EXIT_OK
    except KeyboardInterrupt:
        error("interrupted; nothing more was changed")
        return EXIT_ERROR
