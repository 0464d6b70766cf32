"""Table definitions (SQLAlchemy Core). Offsets are Unicode code points into sources.text.

No ON DELETE CASCADE: every dependent row is deleted explicitly so the undo log sees it
(a forgotten dependant fails loudly on the foreign key instead of vanishing silently).
A coding's memo lives on the coding; the memos table holds project, source and code memos.

Tables with an integer id use AUTOINCREMENT: a deleted row's id is never handed out again, so
an undo record's row id always names the same row.

Every schema change goes through a migration in ``migrations/versions``; a test checks that
the migrated schema equals this metadata.
"""
from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
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
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
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
    # the source list read from the index alone: the columns after ``text`` are otherwise
    # reached through every page of every text (all of it decrypted, in an encrypted project)
    Index("ix_sources_summary", "name", "id", "word_count", "char_count", "original_format",
          "imported_at", "content_hash"),
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
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
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
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
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
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
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
)

cases = Table(
    "cases", metadata,
    Column("id", Integer, primary_key=True),
    Column("guid", String(36), nullable=False, unique=True),
    Column("name", String(300), nullable=False, unique=True),
    Column("description", Text, nullable=False, server_default=""),
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
)

case_sources = Table(
    "case_sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False),
    UniqueConstraint("case_id", "source_id", name="uq_case_source"),
    Index("ix_case_sources_source", "source_id"),
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
)

case_attribute_values = Table(
    "case_attribute_values", metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("attribute_id", Integer, ForeignKey("attribute_defs.id"),
           nullable=False),
    Column("value", Text, nullable=False),
    UniqueConstraint("case_id", "attribute_id", name="uq_case_attribute"),
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
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
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
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
    Index("ix_codings_code_source", "code_id", "source_id"),
    Index("ix_codings_coder", "coder_id"),
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
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
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
)

# --- pseudonymisation (services/pseudonymisation.py) -------------------------------------
# The key maps originals to replacements; it is sensitive research data and never leaves the
# project (a shared copy has these tables emptied).

pseudo_key = Table(
    "pseudo_key", metadata,
    Column("id", Integer, primary_key=True),
    Column("original", Text, nullable=False),  # base form: "Anna", "Tjärnaskolan"
    Column("type", String(30), nullable=False),
    Column("pseudonym", Text, nullable=False, server_default=""),  # realistic, fixed when made
    Column("code", String(100), nullable=False, server_default=""),  # "Person A"
    Column("label", Text, nullable=False, server_default=""),  # role label "[barnets namn]"
    Column("replacement", Text, nullable=False, server_default=""),  # a reviewer's own choice
    Column("gender", String(1)),
    Column("created_at", DateTime, nullable=False),
    Column("created_by", Integer, ForeignKey("coders.id"), nullable=False),
    UniqueConstraint("type", "original", name="uq_pseudo_key_type_original"),
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
)

pseudo_known = Table(
    "pseudo_known", metadata,
    Column("id", Integer, primary_key=True),
    Column("text", Text, nullable=False),  # "Anna Söderlund", "Tjärnaskolan"
    Column("type", String(30), nullable=False),
    Column("variants", Text, nullable=False, server_default=""),  # newline-separated spellings
    Column("note", Text, nullable=False, server_default=""),  # "samordnare, skola A"
    Column("created_at", DateTime, nullable=False),
    Column("created_by", Integer, ForeignKey("coders.id"), nullable=False),
    UniqueConstraint("type", "text", name="uq_pseudo_known_type_text"),
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
)

pseudo_suggestions = Table(
    "pseudo_suggestions", metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(30), nullable=False),
    Column("detector", String(60), nullable=False),  # "names+ner", "pattern", "manual", ...
    Column("score", Float, nullable=False, server_default="1"),
    Column("status", String(10), nullable=False, server_default="open"),
    Column("key_id", Integer, ForeignKey("pseudo_key.id")),
    Column("created_at", DateTime, nullable=False),
    Column("decided_by", Integer, ForeignKey("coders.id")),
    Column("decided_at", DateTime),
    CheckConstraint("start >= 0 AND \"end\" > start", name="span"),
    CheckConstraint("status IN ('open','accepted','rejected')", name="status"),
    Index("ix_pseudo_suggestions_source_start", "source_id", "start"),
    Index("ix_pseudo_suggestions_key", "key_id"),
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
)

# A decision for every occurrence of a surface form, now and in sources imported later.
pseudo_decisions = Table(
    "pseudo_decisions", metadata,
    Column("id", Integer, primary_key=True),
    Column("form", Text, nullable=False, unique=True),  # spelling-tolerant key of the form
    Column("text", Text, nullable=False),
    Column("type", String(30), nullable=False),
    Column("decision", String(10), nullable=False),
    Column("key_id", Integer, ForeignKey("pseudo_key.id")),
    Column("coder_id", Integer, ForeignKey("coders.id"), nullable=False),
    Column("decided_at", DateTime, nullable=False),
    CheckConstraint("decision IN ('accept','reject')", name="decision"),
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
)

# How each type is replaced ("label", "code", "initials", "pseudonym", "keep"); the row of
# type "PRONOUN" holds the gender-neutral pronoun choice ("hen" or "keep").
pseudo_policy = Table(
    "pseudo_policy", metadata,
    Column("type", String(30), primary_key=True),
    Column("method", String(20), nullable=False),
    Column("label", Text, nullable=False, server_default=""),
)

# Per source: when detection ran and whether a reviewer has finished it.
pseudo_sources = Table(
    "pseudo_sources", metadata,
    Column("source_id", Integer, ForeignKey("sources.id"), primary_key=True),
    Column("detected_at", DateTime),
    Column("reviewed_by", Integer, ForeignKey("coders.id")),
    Column("reviewed_at", DateTime),
)

# Choices that must be on record (han/hon → hen, policy changes, key export, shared copies).
pseudo_log = Table(
    "pseudo_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("coder_id", Integer, ForeignKey("coders.id"), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("action", String(60), nullable=False),
    Column("detail", Text, nullable=False, server_default=""),
    sqlite_autoincrement=True,  # ids never reused (undo names rows by id)
)

# Every export, shared copy, key export, agreement report and retirement of originals, with
# its result: a record for a data management plan. ``file_name`` is the final (pseudonymised)
# name only, never a folder; ``reason`` is a message key, never text that could hold an original.
export_log = Table(
    "export_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("coder", Text, nullable=False, server_default=""),
    Column("kind", String(40), nullable=False),
    Column("file_name", Text, nullable=False, server_default=""),
    Column("result", String(20), nullable=False),
    Column("reason", String(80), nullable=False, server_default=""),
    sqlite_autoincrement=True,
)

TABLES = {t.name: t for t in metadata.sorted_tables}
