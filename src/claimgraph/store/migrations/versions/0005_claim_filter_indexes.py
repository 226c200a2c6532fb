"""Indexes for the claims list filtered by stance or verification: (value, seq), so that the claims with
one value, in the store's claim order, are an index range rather than a pass over every claim row.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("claims_stance", "claims", ["stance", "seq"])
    op.create_index("claims_verification", "claims", ["verification", "seq"])


def downgrade() -> None:
    op.drop_index("claims_verification", "claims")
    op.drop_index("claims_stance", "claims")
