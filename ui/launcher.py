"""The ``kodeverk`` command: the core's command line, with the desktop app plugged in.

Kept in ``ui/`` so that the core (``kodeverk/``) never imports Qt: the command
line runs without Qt loaded, and only ``kodeverk`` / ``kodeverk gui`` load it.
"""

from __future__ import annotations

from collections.abc import Sequence

from kodeverk.cli.main import main as cli_main


def _run_gui(project: str | None) -> int:
    from ui.app import run  # Qt is imported only when the app is wanted

    return run(project)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, gui_runner=_run_gui)


if __name__ == "__main__":
    raise SystemExit(main())
