"""Interview guides with their questions, and the review list of codings a revision could not place.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('guide',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('created', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guide')),
    sa.UniqueConstraint('name', name=op.f('uq_guide_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_guide_uuid'))
    )
    op.create_table('guide_question',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('guide_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['guide_id'], ['guide.id'], name=op.f('fk_guide_question_guide_id_guide'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guide_question')),
    sa.UniqueConstraint('guide_id', 'position', name=op.f('uq_guide_question_guide_id_position'))
    )
    with op.batch_alter_table('guide_question', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guide_question_guide_id'), ['guide_id'], unique=False)

    op.create_table('lost_coding',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('transcript_id', sa.Integer(), nullable=False),
    sa.Column('code_id', sa.Integer(), nullable=False),
    sa.Column('coder_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('passage', sa.Text(), nullable=False),
    sa.Column('memo', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('lost', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['code_id'], ['code.id'], name=op.f('fk_lost_coding_code_id_code'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['coder_id'], ['coder.id'], name=op.f('fk_lost_coding_coder_id_coder'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['transcript_id'], ['transcript.id'], name=op.f('fk_lost_coding_transcript_id_transcript'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lost_coding'))
    )
    with op.batch_alter_table('lost_coding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lost_coding_code_id'), ['code_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lost_coding_transcript_id'), ['transcript_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('lost_coding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lost_coding_transcript_id'))
        batch_op.drop_index(batch_op.f('ix_lost_coding_code_id'))
    op.drop_table('lost_coding')
    with op.batch_alter_table('guide_question', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guide_question_guide_id'))
    op.drop_table('guide_question')
    op.drop_table('guide')
