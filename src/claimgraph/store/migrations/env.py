"""Alembic environment: migrations always run on the connection the store hands over, inside
the transaction (and the lock) it already holds, so that two processes opening a new store at
once create the schema once."""

from __future__ import annotations

from alembic import context

from claimgraph.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
