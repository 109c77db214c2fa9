"""Messages of the core in a form the app can translate: English templates with named fields.

The core speaks English (the command line prints it as is), but the desktop
app speaks bokmål too. So every message a user can meet is a
:class:`Message`: a ``str`` holding the finished English text, which also
remembers the English *template* it was filled from and the *fields* it was
filled with::

    Message(QT_TRANSLATE_NOOP("CoreMessages", "no coder named {name!r}"), name=name)

The template is a literal wrapped in :func:`QT_TRANSLATE_NOOP`, a marker that
does nothing at run time but lets ``pyside6-lupdate`` (which reads the core's
sources too: ``resources/translations/update.sh``) collect it into the
catalogues under the context ``"CoreMessages"``. The app translates the
template and fills in the fields (``ui/error_text.py``); a field that is itself
a Message is translated the same way, so a message built of parts (a file's
name and the reason it failed; a list of problems) is translated part by part.
Fields are ``str.format`` fields: ``{name}``, ``{name!r}`` (quoted, as Python
quotes), ``{share:.0%}``.

**Counts.** A template with a count writes the count as ``%n`` (Qt's plural
placeholder; the count is the field ``n``) and is marked with two more
arguments, ``None`` and the number ``1``::

    Message(QT_TRANSLATE_NOOP("CoreMessages", "{where}: %n coding(s) left out", None, 1), where=where, n=count)

``str()`` is the English template with ``%n`` filled like any field ("3
coding(s) left out": the command line's text does not change). The fourth
argument is what makes ``pyside6-lupdate`` extract the template as a *numerus*
message (its Python parser reads no ``QT_TRANSLATE_N_NOOP``, and takes a
message as plural only when the fourth argument is a number literal), so
each catalogue gives it one form per plural form of its language
("%n koding" / "%n kodinger"); the app picks the form by ``n``.

Because a Message *is* a ``str``, it goes wherever text went before (report
lines, JSON, comparisons, ``"; ".join``), and survives pickling between the
import's worker processes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

CONTEXT = "CoreMessages"
COUNT = "%n"  # the count in a plural template (the field ``n``)


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: None = None,  # noqa: N802 - the name lupdate looks for
                      plural: int | None = None) -> str:
    """Mark ``text`` as a template for the translators (context ``"CoreMessages"``); returns it unchanged.

    ``plural`` (the literal ``1``, after ``None``) marks a template with a count ``%n``: see the module docstring.
    """
    return text


def is_plural(template: str) -> bool:
    """True for a template with a count (``%n``, filled from the field ``n``)."""
    return COUNT in template


def fill(template: str, fields: Mapping[str, Any]) -> str:
    """``template`` filled from ``fields`` (``%n`` from ``n``), as Python formats it."""
    if is_plural(template):
        template = template.replace(COUNT, "{n}")
    return template.format_map(fields)


class Message(str):
    """English text filled from a translatable template.

    ``template`` is the English template (for :func:`joined` lists, made up: their parts carry
    the templates), ``fields`` what it was filled with. ``str(message)`` is the plain English text.
    A plural template (``%n``) needs the count as the field ``n``.
    """

    template: str
    fields: Mapping[str, Any]

    def __new__(cls, template: str, /, **fields: Any) -> Message:
        self = super().__new__(cls, fill(template, fields))
        self.template = template
        self.fields = fields
        return self

    @property
    def count(self) -> int | None:
        """The count of a plural template (the field ``n``), else None."""
        return int(self.fields["n"]) if is_plural(self.template) else None

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.template, dict(self.fields)))


class Joined(Message):
    """Several messages (or plain strings) joined by a separator; each part is translated on its own."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, separator: str, parts: Iterable[str]) -> Joined:  # type: ignore[override]
        parts = tuple(parts)
        self = str.__new__(cls, separator.join(parts))
        self.template = separator.replace("{", "{{").replace("}", "}}").join(
            f"{{p{i}}}" for i in range(len(parts)))
        self.fields = {f"p{i}": part for i, part in enumerate(parts)}
        self.parts = parts
        self.separator = separator
        return self

    @property
    def count(self) -> int | None:
        return None

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.separator, self.parts))


def _rebuild(cls: type[Message], template: str, fields: dict[str, Any]) -> Message:
    return cls(template, **fields)


def joined(separator: str, parts: Iterable[str]) -> Joined:
    """``separator.join(parts)``, keeping each part translatable."""
    return Joined(separator, parts)


def quoted_list(names: Iterable[str]) -> str:
    """Names quoted as Python quotes them and joined by commas: ``'a', 'b'`` (not translated: they are names)."""
    return ", ".join(repr(str(n)) for n in names)


__all__ = ["CONTEXT", "COUNT", "Joined", "Message", "QT_TRANSLATE_NOOP", "fill", "is_plural", "joined", "quoted_list"]
