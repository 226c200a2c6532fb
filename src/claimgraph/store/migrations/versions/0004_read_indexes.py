"""Indexes the web app's pages read by, and the store's data version.

An article page asks which clusters its claims are in (cluster_members by article) and who
copied it (derivations and drift changes by the article copied): without these indexes each
was a scan of the whole table. ``store_version`` holds one counter that every write
transaction raises, so that readers can key caches by the store's contents.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("cluster_members_article", "cluster_members", ["article_id"])
    op.create_index("derivations_from", "derivations", ["derived_from"])
    op.create_index("drift_changes_from", "drift_changes", ["derived_from"])
    op.create_table(
        "store_version",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("n", sa.BigInteger, nullable=False),
    )
    op.execute("INSERT INTO store_version (id, n) VALUES (1, 1)")


def downgrade() -> None:
    op.drop_table("store_version")
    op.drop_index("drift_changes_from", "drift_changes")
    op.drop_index("derivations_from", "derivations")
    op.drop_index("cluster_members_article", "cluster_members")
