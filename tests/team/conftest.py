"""A master project for team work: two transcripts, a small code tree, codings and memos by
the lead, a case with a value, a source attribute value."""
from __future__ import annotations

import pytest

from qualcoder_htl.services import Project

from ..conftest import INTERVIEW

INTERVIEW_B = INTERVIEW.replace("rektorn", "kuratorn").replace("Intervju", "Intervju 2")


def counts(p: Project) -> dict[str, int]:
    """Rows per table that a merge writes (for undo and dry-run checks)."""
    with p.db.read() as conn:
        from sqlalchemy import func, select  # noqa: F401 - only in tests

        from qualcoder_htl.store.tables import TABLES
        return {name: conn.execute(select(func.count()).select_from(t)).scalar()
                for name, t in TABLES.items()
                if name not in ("export_log", "project_meta", "pseudo_log")}


def span(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


@pytest.fixture
def master(tmp_path):
    incoming = tmp_path / "in"
    incoming.mkdir()
    (incoming / "a.txt").write_text(INTERVIEW, encoding="utf-8")
    (incoming / "b.txt").write_text(INTERVIEW_B, encoding="utf-8")
    p = Project.create(tmp_path / "master.qhtl", name="Studien", coder="lead")
    p.importer.import_files([incoming / "a.txt", incoming / "b.txt"])
    a = p.sources.find("a.txt")
    theme = p.codebook.create("Samverkan", color="#3366aa").result
    p.codebook.create("Svårigheter", parent_id=theme)
    trust = p.codebook.create("Tillit").result
    text = p.sources.get(a.id).text
    p.codings.add(a.id, trust, *span(text, "rektorn som frågade mig"))
    p.memos.add("Ledarens memo om källan", source_id=a.id)
    p.memos.add("Ett projektmemo")
    p.attributes.create_case("Skola 1", [a.id])
    p.attributes.set_source_value(a.id, p.attributes.find("Skola").id, "Skola A")
    p.undo_stack.clear()
    yield p
    p.close()
