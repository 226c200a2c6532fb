"""The store schema for SQLite and PostgreSQL, and the bridge from stores made before Alembic.

A store made by claimgraph before Alembic (its own ``_migrations`` table, schema versions 1
and 2) keeps opening: its tables are renamed aside, the new schema is made, every article,
input, rejection, record and identity is copied over, each record's rows are flattened
again, its links (derivations with their drift, clusters) are kept as one link run, and the
old tables are dropped — all in the one transaction the store holds, so a kill leaves the old
store as it was.

Revision ID: 0001
Revises:
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    from claimgraph.store import bridge
    from claimgraph.store import schema_0001 as schema

    bind = op.get_bind()
    old = bridge.is_pre_alembic(bind)
    if old:
        bridge.set_aside(bind)
    # the tables as this revision made them (frozen); later revisions change them with op.* calls
    schema.metadata.create_all(bind)
    if bind.dialect.name == "sqlite":
        for stmt in schema.SQLITE_FTS:
            op.execute(stmt)
    else:
        for stmt in schema.POSTGRES_FTS:
            op.execute(stmt)
    op.execute(schema.CLAIMS_VIEW.format(agg=schema.VIEW_AGG[bind.dialect.name]))
    if old:
        bridge.copy_over(bind)


def downgrade() -> None:
    raise NotImplementedError("the first schema has nothing to go back to")
