"""Table definitions (SQLAlchemy Core). Offsets are Unicode code points into sources.text.

No ON DELETE CASCADE: every dependent row is deleted explicitly so the undo log sees it
(a forgotten dependant fails loudly on the foreign key instead of vanishing silently).
A coding's memo lives on the coding; the memos table holds project, source and code memos.

Every schema change goes through a migration in ``migrations/versions``; a test checks that
the migrated schema equals this metadata.
"""
from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

project_meta = Table(
    "project_meta", metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

coders = Table(
    "coders", metadata,
    Column("id", Integer, primary_key=True),
    Column("guid", String(36), nullable=False, unique=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
)

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("guid", String(36), nullable=False, unique=True),
    Column("name", String(500), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("word_count", Integer, nullable=False),
    Column("char_count", Integer, nullable=False),
    Column("original_format", String(20), nullable=False),
    Column("original_file_name", String(500), nullable=False, server_default=""),
    Column("encoding", String(40)),
    Column("imported_at", DateTime, nullable=False),
    Column("imported_by", Integer, ForeignKey("coders.id"), nullable=False),
)

source_files = Table(
    "source_files", metadata,
    Column("source_id", Integer, ForeignKey("sources.id"), primary_key=True),
    Column("file_name", String(500), nullable=False),
    Column("data", LargeBinary, nullable=False),
)

turns = Table(
    "turns", metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("speaker", String(200), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("timestamp_ms", Integer),
    Column("is_interviewer", Boolean, nullable=False, server_default="0"),
    Index("ix_turns_source_start", "source_id", "start"),
    Index("ix_turns_speaker", "speaker"),
)

attribute_defs = Table(
    "attribute_defs", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("value_type", String(20), nullable=False, server_default="text"),
    Column("applies_to", String(20), nullable=False, server_default="source"),
    Column("role", String(50)),
    Column("choices", Text, nullable=False, server_default=""),  # newline-separated
    Column("sort_order", Integer, nullable=False, server_default="0"),
    UniqueConstraint("applies_to", "name", name="uq_attribute_defs_target_name"),
    CheckConstraint("value_type IN ('text','number','date','choice')", name="value_type"),
    CheckConstraint("applies_to IN ('source','case')", name="applies_to"),
)

source_attribute_values = Table(
    "source_attribute_values", metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False),
    Column("attribute_id", Integer, ForeignKey("attribute_defs.id"),
           nullable=False),
    Column("value", Text, nullable=False),
    UniqueConstraint("source_id", "attribute_id", name="uq_source_attribute"),
    Index("ix_source_attribute_values_attr", "attribute_id", "value"),
)

cases = Table(
    "cases", metadata,
    Column("id", Integer, primary_key=True),
    Column("guid", String(36), nullable=False, unique=True),
    Column("name", String(300), nullable=False, unique=True),
    Column("description", Text, nullable=False, server_default=""),
)

case_sources = Table(
    "case_sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False),
    UniqueConstraint("case_id", "source_id", name="uq_case_source"),
    Index("ix_case_sources_source", "source_id"),
)

case_attribute_values = Table(
    "case_attribute_values", metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("attribute_id", Integer, ForeignKey("attribute_defs.id"),
           nullable=False),
    Column("value", Text, nullable=False),
    UniqueConstraint("case_id", "attribute_id", name="uq_case_attribute"),
)

codes = Table(
    "codes", metadata,
    Column("id", Integer, primary_key=True),
    Column("guid", String(36), nullable=False, unique=True),
    Column("parent_id", Integer, ForeignKey("codes.id"), index=True),
    Column("name", String(300), nullable=False),
    Column("color", String(7), nullable=False),
    Column("definition", Text, nullable=False, server_default=""),
    Column("inclusion", Text, nullable=False, server_default=""),
    Column("exclusion", Text, nullable=False, server_default=""),
    Column("sort_order", Integer, nullable=False, server_default="0"),
    Column("created_at", DateTime, nullable=False),
)

codings = Table(
    "codings", metadata,
    Column("id", Integer, primary_key=True),
    Column("guid", String(36), nullable=False, unique=True),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False),
    Column("code_id", Integer, ForeignKey("codes.id"), nullable=False),
    Column("coder_id", Integer, ForeignKey("coders.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("is_key_quote", Boolean, nullable=False, server_default="0"),
    Column("memo", Text, nullable=False, server_default=""),
    CheckConstraint("start >= 0 AND \"end\" > start", name="span"),
    Index("ix_codings_source_start", "source_id", "start"),
    Index("ix_codings_source_code", "source_id", "code_id"),
    Index("ix_codings_code", "code_id"),
    Index("ix_codings_coder", "coder_id"),
)

memos = Table(
    "memos", metadata,
    Column("id", Integer, primary_key=True),
    Column("guid", String(36), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("coder_id", Integer, ForeignKey("coders.id"), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("source_id", Integer, ForeignKey("sources.id"), index=True),
    Column("code_id", Integer, ForeignKey("codes.id"), index=True),
)

TABLES = {t.name: t for t in metadata.sorted_tables}
