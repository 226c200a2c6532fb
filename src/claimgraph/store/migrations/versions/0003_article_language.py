"""Articles keep what the reader knew beyond the common fields: ``language`` (an ISO 639-1 code
declared by the input) and ``extra`` (JSON: the encoding, a Telegram post's channel, post id and
``forwarded_from``), so that ``extract --db`` sees the same article the reader made.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("language", sa.Text()))
    op.add_column("articles", sa.Column("extra", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("articles") as b:
        b.drop_column("extra")
        b.drop_column("language")
