"""The core's messages in the user's language.

The core raises errors and writes report lines in English, each remembering
its template and fields (:mod:`kodeverk.messages`). :func:`describe` turns one
into the text the user reads: the template translated in the context
``"CoreMessages"`` (``resources/translations/``), then filled, with every field
that is itself a message translated the same way; a template with a count
(``%n``) takes the catalogue's plural form for that count. A plain string is looked up
as a template without fields; anything else (an error from outside the core,
English text the core built without a template) is shown as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from kodeverk.errors import KodeverkError
from kodeverk.messages import CONTEXT, Joined, Message, fill


def describe(error: BaseException | str) -> str:
    """What the user reads for ``error``: a core error or message, translated; anything else as ``str()``."""
    message = error.message if isinstance(error, KodeverkError) else error
    if isinstance(message, Message):
        return _translated(message)
    if isinstance(message, str) and "{" not in message and "}" not in message:
        # A template without fields is its own finished text: one that lost its Message on the way
        # (flattened by str() somewhere) is still found in the catalogue.
        return QCoreApplication.translate(CONTEXT, message)
    return str(error)


def describe_all(messages: Iterable[BaseException | str]) -> list[str]:
    """:func:`describe` of each."""
    return [describe(m) for m in messages]


def _translated(message: Message) -> str:
    fields = {name: _translated(value) if isinstance(value, Message) else value
              for name, value in message.fields.items()}
    if isinstance(message, Joined):
        return message.separator.join(str(fields[f"p{i}"]) for i in range(len(message.parts)))
    count = message.count
    if count is None:
        template = QCoreApplication.translate(CONTEXT, message.template)
    else:
        # The catalogue's form for this count (numerus message), with %n filled by Qt.
        template = QCoreApplication.translate(CONTEXT, message.template, None, count)
    try:
        return template.format_map(fields)
    except (KeyError, IndexError, ValueError, AttributeError):
        # A translation that lost or misspelt a field: the English template still fits.
        return fill(message.template, fields)
