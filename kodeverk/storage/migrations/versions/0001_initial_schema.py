"""Initial schema: project, coders, phases, groups, informants, transcripts, turns, codes, codings, memos, names.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 12:45:56.456743
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('code',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('colour', sa.String(length=7), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('shortcut', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['code.id'], name=op.f('fk_code_parent_id_code'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_code_uuid'))
    )
    with op.batch_alter_table('code', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_code_parent_id'), ['parent_id'], unique=False)

    op.create_table('coder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('colour', sa.String(length=7), nullable=False),
    sa.Column('initials', sa.String(length=8), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coder')),
    sa.UniqueConstraint('name', name=op.f('uq_coder_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_coder_uuid'))
    )
    op.create_table('core_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('lead_ministry', sa.String(length=40), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_core_group')),
    sa.UniqueConstraint('name', name=op.f('uq_core_group_name'))
    )
    op.create_table('informant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('pseudonym', sa.String(length=80), nullable=False),
    sa.Column('ministry', sa.String(length=80), nullable=True),
    sa.Column('role', sa.String(length=120), nullable=True),
    sa.Column('is_manager', sa.Boolean(), nullable=True),
    sa.Column('real_name', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_informant')),
    sa.UniqueConstraint('pseudonym', name=op.f('uq_informant_pseudonym')),
    sa.UniqueConstraint('uuid', name=op.f('uq_informant_uuid'))
    )
    op.create_table('phase',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phase')),
    sa.UniqueConstraint('name', name=op.f('uq_phase_name'))
    )
    op.create_table('project',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created', sa.DateTime(), nullable=False),
    sa.Column('app_version', sa.String(length=40), nullable=False),
    sa.Column('template', sa.String(length=80), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project'))
    )
    op.create_table('informant_attribute',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('informant_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['informant_id'], ['informant.id'], name=op.f('fk_informant_attribute_informant_id_informant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_informant_attribute')),
    sa.UniqueConstraint('informant_id', 'key', name=op.f('uq_informant_attribute_informant_id_key'))
    )
    op.create_table('person_name',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('informant_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['informant_id'], ['informant.id'], name=op.f('fk_person_name_informant_id_informant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_name')),
    sa.UniqueConstraint('name', name=op.f('uq_person_name_name'))
    )
    op.create_table('transcript',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('original_filename', sa.String(length=500), nullable=False),
    sa.Column('original_bytes', sa.LargeBinary(), nullable=True),
    sa.Column('source_format', sa.String(length=10), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('char_count', sa.Integer(), nullable=False),
    sa.Column('word_count', sa.Integer(), nullable=False),
    sa.Column('phase_id', sa.Integer(), nullable=True),
    sa.Column('informant_id', sa.Integer(), nullable=True),
    sa.Column('interview_date', sa.Date(), nullable=True),
    sa.Column('imported', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['informant_id'], ['informant.id'], name=op.f('fk_transcript_informant_id_informant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['phase_id'], ['phase.id'], name=op.f('fk_transcript_phase_id_phase'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transcript')),
    sa.UniqueConstraint('name', name=op.f('uq_transcript_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_transcript_uuid'))
    )
    with op.batch_alter_table('transcript', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transcript_sha256'), ['sha256'], unique=False)

    op.create_table('coding',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('transcript_id', sa.Integer(), nullable=False),
    sa.Column('code_id', sa.Integer(), nullable=False),
    sa.Column('coder_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('created', sa.DateTime(), nullable=False),
    sa.Column('memo', sa.Text(), nullable=False),
    sa.CheckConstraint('start >= 0 AND "end" > start', name=op.f('ck_coding_span')),
    sa.ForeignKeyConstraint(['code_id'], ['code.id'], name=op.f('fk_coding_code_id_code'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['coder_id'], ['coder.id'], name=op.f('fk_coding_coder_id_coder'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['transcript_id'], ['transcript.id'], name=op.f('fk_coding_transcript_id_transcript'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coding')),
    sa.UniqueConstraint('transcript_id', 'code_id', 'coder_id', 'start', 'end', name=op.f('uq_coding_transcript_id_code_id_coder_id_start_end'))
    )
    with op.batch_alter_table('coding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coding_code_id'), ['code_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_coding_coder_id'), ['coder_id'], unique=False)
        batch_op.create_index('ix_coding_transcript_start', ['transcript_id', 'start'], unique=False)

    op.create_table('memo',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('transcript_id', sa.Integer(), nullable=True),
    sa.Column('code_id', sa.Integer(), nullable=True),
    sa.Column('coder_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created', sa.DateTime(), nullable=False),
    sa.Column('updated', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['code_id'], ['code.id'], name=op.f('fk_memo_code_id_code'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['coder_id'], ['coder.id'], name=op.f('fk_memo_coder_id_coder'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['transcript_id'], ['transcript.id'], name=op.f('fk_memo_transcript_id_transcript'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_memo'))
    )
    with op.batch_alter_table('memo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_memo_code_id'), ['code_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_memo_transcript_id'), ['transcript_id'], unique=False)

    op.create_table('transcript_group',
    sa.Column('transcript_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['core_group.id'], name=op.f('fk_transcript_group_group_id_core_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['transcript_id'], ['transcript.id'], name=op.f('fk_transcript_group_transcript_id_transcript'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('transcript_id', 'group_id', name=op.f('pk_transcript_group'))
    )
    op.create_table('turn',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('transcript_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('label_end', sa.Integer(), nullable=False),
    sa.Column('speaker', sa.String(length=120), nullable=False),
    sa.Column('is_interviewer', sa.Boolean(), nullable=False),
    sa.CheckConstraint('start >= 0 AND label_end >= start AND "end" >= label_end', name=op.f('ck_turn_span')),
    sa.ForeignKeyConstraint(['transcript_id'], ['transcript.id'], name=op.f('fk_turn_transcript_id_transcript'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_turn'))
    )
    with op.batch_alter_table('turn', schema=None) as batch_op:
        batch_op.create_index('ix_turn_transcript_start', ['transcript_id', 'start'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('turn', schema=None) as batch_op:
        batch_op.drop_index('ix_turn_transcript_start')

    op.drop_table('turn')
    op.drop_table('transcript_group')
    with op.batch_alter_table('memo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_memo_transcript_id'))
        batch_op.drop_index(batch_op.f('ix_memo_code_id'))

    op.drop_table('memo')
    with op.batch_alter_table('coding', schema=None) as batch_op:
        batch_op.drop_index('ix_coding_transcript_start')
        batch_op.drop_index(batch_op.f('ix_coding_coder_id'))
        batch_op.drop_index(batch_op.f('ix_coding_code_id'))

    op.drop_table('coding')
    with op.batch_alter_table('transcript', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transcript_sha256'))

    op.drop_table('transcript')
    op.drop_table('person_name')
    op.drop_table('informant_attribute')
    op.drop_table('project')
    op.drop_table('phase')
    op.drop_table('informant')
    op.drop_table('core_group')
    op.drop_table('coder')
    with op.batch_alter_table('code', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_code_parent_id'))

    op.drop_table('code')

