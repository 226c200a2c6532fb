"""Claims in one store-wide order: claims.seq becomes article seq * 1,000,000 + the claim's place
in its article (a BIGINT), with an index, so a page of claims reads an index range instead of
sorting every claim of the store.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # the view reads claims: it is made again around the type change
        op.execute("DROP VIEW IF EXISTS claims_view")
        op.execute("ALTER TABLE claims ALTER COLUMN seq TYPE BIGINT")
    op.execute("UPDATE claims SET seq = (SELECT a.seq FROM articles a WHERE a.id = claims.article_id) * 1000000 + seq")
    op.create_index("claims_seq", "claims", ["seq"])
    if bind.dialect.name == "postgresql":
        from claimgraph.store import schema_0001

        op.execute(schema_0001.CLAIMS_VIEW.format(agg=schema_0001.VIEW_AGG["postgresql"]))


def downgrade() -> None:
    op.drop_index("claims_seq", "claims")
    op.execute("UPDATE claims SET seq = seq % 1000000")
