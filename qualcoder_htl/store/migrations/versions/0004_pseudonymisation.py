"""pseudonymisation: the key, known identifiers, suggestions, decisions, policy, review state, log

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 08:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pseudo_policy',
    sa.Column('type', sa.String(length=30), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('label', sa.Text(), server_default='', nullable=False),
    sa.PrimaryKeyConstraint('type', name=op.f('pk_pseudo_policy'))
    )
    op.create_table('pseudo_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('original', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=30), nullable=False),
    sa.Column('pseudonym', sa.Text(), server_default='', nullable=False),
    sa.Column('code', sa.String(length=100), server_default='', nullable=False),
    sa.Column('label', sa.Text(), server_default='', nullable=False),
    sa.Column('replacement', sa.Text(), server_default='', nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['coders.id'], name=op.f('fk_pseudo_key_created_by_coders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pseudo_key')),
    sa.UniqueConstraint('type', 'original', name='uq_pseudo_key_type_original')
    )
    op.create_table('pseudo_known',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=30), nullable=False),
    sa.Column('variants', sa.Text(), server_default='', nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['coders.id'], name=op.f('fk_pseudo_known_created_by_coders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pseudo_known')),
    sa.UniqueConstraint('type', 'text', name='uq_pseudo_known_type_text')
    )
    op.create_table('pseudo_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('coder_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('detail', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['coder_id'], ['coders.id'], name=op.f('fk_pseudo_log_coder_id_coders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pseudo_log'))
    )
    op.create_table('pseudo_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('form', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=30), nullable=False),
    sa.Column('decision', sa.String(length=10), nullable=False),
    sa.Column('key_id', sa.Integer(), nullable=True),
    sa.Column('coder_id', sa.Integer(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("decision IN ('accept','reject')", name=op.f('ck_pseudo_decisions_decision')),
    sa.ForeignKeyConstraint(['coder_id'], ['coders.id'], name=op.f('fk_pseudo_decisions_coder_id_coders')),
    sa.ForeignKeyConstraint(['key_id'], ['pseudo_key.id'], name=op.f('fk_pseudo_decisions_key_id_pseudo_key')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pseudo_decisions')),
    sa.UniqueConstraint('form', name=op.f('uq_pseudo_decisions_form'))
    )
    op.create_table('pseudo_sources',
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=True),
    sa.Column('reviewed_by', sa.Integer(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['reviewed_by'], ['coders.id'], name=op.f('fk_pseudo_sources_reviewed_by_coders')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_pseudo_sources_source_id_sources')),
    sa.PrimaryKeyConstraint('source_id', name=op.f('pk_pseudo_sources'))
    )
    op.create_table('pseudo_suggestions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=30), nullable=False),
    sa.Column('detector', sa.String(length=60), nullable=False),
    sa.Column('score', sa.Float(), server_default='1', nullable=False),
    sa.Column('status', sa.String(length=10), server_default='open', nullable=False),
    sa.Column('key_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("status IN ('open','accepted','rejected')", name=op.f('ck_pseudo_suggestions_status')),
    sa.CheckConstraint('start >= 0 AND "end" > start', name=op.f('ck_pseudo_suggestions_span')),
    sa.ForeignKeyConstraint(['decided_by'], ['coders.id'], name=op.f('fk_pseudo_suggestions_decided_by_coders')),
    sa.ForeignKeyConstraint(['key_id'], ['pseudo_key.id'], name=op.f('fk_pseudo_suggestions_key_id_pseudo_key')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_pseudo_suggestions_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pseudo_suggestions'))
    )
    with op.batch_alter_table('pseudo_suggestions', schema=None) as batch_op:
        batch_op.create_index('ix_pseudo_suggestions_key', ['key_id'], unique=False)
        batch_op.create_index('ix_pseudo_suggestions_source_start', ['source_id', 'start'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('pseudo_suggestions', schema=None) as batch_op:
        batch_op.drop_index('ix_pseudo_suggestions_source_start')
        batch_op.drop_index('ix_pseudo_suggestions_key')
    for table in ('pseudo_suggestions', 'pseudo_sources', 'pseudo_decisions', 'pseudo_log',
                  'pseudo_known', 'pseudo_key', 'pseudo_policy'):
        op.drop_table(table)
