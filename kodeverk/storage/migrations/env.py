"""Alembic environment: migrations run on the connection Kodeverk hands over."""

from __future__ import annotations

from alembic import context

from kodeverk.storage import models  # noqa: F401  (registers the tables)
from kodeverk.storage.base import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("Kodeverk migrations run through kodeverk.storage.schema, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
