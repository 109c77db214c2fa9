"""Writing a file whole or not at all: the one helper every export uses."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kodeverk.errors import FileProblem, ProjectFileError
from kodeverk.messages import QT_TRANSLATE_NOOP, Message


@contextmanager
def atomic_target(path: Path, error: type[FileProblem] = ProjectFileError) -> Iterator[Path]:
    """A temporary path beside ``path``, moved onto ``path`` if the block succeeds, else deleted.

    A reader never sees a half-written file, and a failed or cancelled write leaves any earlier
    file at ``path`` as it was. An ``OSError`` (disk full, permission) becomes ``error`` naming ``path``.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise error(path,
                    Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot be written ({reason})"),
                            reason=exc.strerror or exc)) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
