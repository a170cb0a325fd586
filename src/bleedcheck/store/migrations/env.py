"""Alembic environment: always run from code (``bleedcheck.store.migrate``) with a
connection handed over in ``config.attributes``, never from an ini file."""

from __future__ import annotations

from alembic import context

from bleedcheck.store.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
