"""Merging a coder's copy (.qhtl or .qdpx) into the master: codings, memos, cases, values and
pseudonymisation decisions come with their coder; twice adds nothing; conflicts are listed;
one undo step; a dry run writes nothing."""
import hashlib

import pytest

from qualcoder_htl.core.errors import UserError
from qualcoder_htl.services import Project
from qualcoder_htl.services.coder_copy import copy_for_coder
from qualcoder_htl.services.merge import merge
from qualcoder_htl.services.refi_export import export_qdpx

from .conftest import counts, span


def _coder_works(path, name="bo"):
    """Open the copy as its coder (no name given: the copy's own), code, write memos, add a
    case member and a value, and a new code."""
    with Project.open(path) as copy:
        assert copy.coder.name == name
        a, b = copy.sources.find("a.txt"), copy.sources.find("b.txt")
        trust = copy.codebook.find("Tillit").id
        text = copy.sources.get(b.id).text
        copy.codings.add(b.id, trust, *span(text, "kuratorn som frågade mig"), memo="Bos memo")
        new = copy.codebook.create("Hälsa", parent_id=copy.codebook.find("Samverkan").id).result
        copy.codings.add(b.id, new, *span(text, "barnens hälsa"))
        copy.memos.add("Bos memo om koden", code_id=new)
        copy.memos.add("Bos memo om källan", source_id=a.id)
        case = copy.attributes.cases()[0]
        copy.attributes.add_to_case(case.id, [b.id])
        copy.attributes.set_source_value(b.id, copy.attributes.find("Skola").id, "Skola B")


def _bo_codings(p):
    bo = next(c.id for c in p.coders() if c.name == "bo")
    return [c for c in p.codings.all() if c.coder_id == bo]


def test_round_trip_copy_code_merge_twice(master, tmp_path):
    dest = tmp_path / "bo.qhtl"
    report = copy_for_coder(master, dest, "bo")
    assert report.sources == 2 and not report.pseudonymised
    _coder_works(dest)
    before = counts(master)
    result = merge(master, dest)
    assert result.codings_added == 2 and result.codings_present == 1
    assert result.codes_added == 1 and result.coders_added == 1
    assert result.memos_added == 2 and result.memos_present == 2
    assert result.members_added == 1 and result.values_set == 1
    assert not result.conflicts, result.conflicts
    bo = _bo_codings(master)
    assert len(bo) == 2 and {c.memo for c in bo} == {"Bos memo", ""}
    b = master.sources.find("b.txt")
    assert {master.sources.get(b.id).text[c.start:c.end] for c in bo} == {
        "kuratorn som frågade mig", "barnens hälsa"}
    memos = {m.text: m for m in master.memos.list()}
    bo_id = bo[0].coder_id
    assert memos["Bos memo om koden"].coder_id == bo_id
    assert memos["Bos memo om källan"].coder_id == bo_id
    assert master.codebook.path(master.codebook.find("Hälsa").id) == "Samverkan / Hälsa"
    assert set(master.attributes.cases()[0].source_ids) == {master.sources.find("a.txt").id,
                                                            b.id}
    assert master.attributes.values_of(b.id)["Skola"] == "Skola B"
    assert counts(master)["codings"] == before["codings"] + 2
    # one undo step
    assert len(master.undo_stack) == 1
    lines = "\n".join(result.lines())
    assert "codings: 2 added, 1 already there" in lines and "no conflicts" in lines
    # merging again adds nothing
    after = counts(master)
    again = merge(master, dest)
    assert counts(master) == after
    assert again.codings_added == again.memos_added == again.codes_added == 0
    assert again.codings_present == 3 and again.members_added == again.values_set == 0
    assert not again.conflicts


def test_undo_restores_the_master_exactly(master, tmp_path):
    dest = tmp_path / "bo.qhtl"
    copy_for_coder(master, dest, "bo")
    _coder_works(dest)
    before = counts(master)
    merge(master, dest)
    assert counts(master) != before
    master.undo()
    assert counts(master) == before
    master.redo()
    assert len(_bo_codings(master)) == 2


def test_dry_run_writes_nothing_and_reports_the_same(master, tmp_path):
    dest = tmp_path / "bo.qhtl"
    copy_for_coder(master, dest, "bo")
    _coder_works(dest)
    before = counts(master)
    master.close()
    digest = hashlib.sha256((tmp_path / "master.qhtl").read_bytes()).hexdigest()
    with Project.open(tmp_path / "master.qhtl", coder="nobody-yet") as p:
        dry = merge(p, dest, dry_run=True)
        assert counts(p) == before and p.db.write_count == 0
        assert "nobody-yet" not in {c.name for c in p.coders()}
        assert len(p.undo_stack) == 0
    assert hashlib.sha256((tmp_path / "master.qhtl").read_bytes()).hexdigest() == digest
    with Project.open(tmp_path / "master.qhtl", coder="lead") as p:
        real = merge(p, dest)
    assert dry.lines()[1:] == real.lines()[1:]
    assert "Dry run" in dry.lines()[0]


def test_merge_a_qdpx_from_a_peer(master, tmp_path):
    dest = tmp_path / "bo.qhtl"
    copy_for_coder(master, dest, "bo")
    _coder_works(dest)
    qdpx = tmp_path / "bo.qdpx"
    with Project.open(dest) as copy:
        export_qdpx(copy, qdpx)
    result = merge(master, qdpx)
    assert result.codings_added == 2 and result.codes_added == 1
    assert len(_bo_codings(master)) == 2
    assert {m.text for m in master.memos.list()} >= {"Bos memo om koden", "Bos memo om källan"}
    assert not result.conflicts, result.conflicts
    again = merge(master, qdpx)
    assert again.codings_added == again.codes_added == again.memos_added == 0


def test_conflicts_are_listed_and_nothing_dropped(master, tmp_path):
    dest = tmp_path / "bo.qhtl"
    copy_for_coder(master, dest, "bo")
    with Project.open(dest) as copy:
        copy.codebook.rename(copy.codebook.find("Tillit").id, "Förtroende")
        copy.codebook.describe(copy.codebook.find("Samverkan").id, definition="Bos definition")
        copy.codebook.describe(copy.codebook.find("Förtroende").id, definition="Om tillit")
        a = copy.sources.find("a.txt")
        copy.attributes.set_source_value(a.id, copy.attributes.find("Skola").id, "Skola C")
        memo = next(m for m in copy.memos.list() if m.text == "Ett projektmemo")
        copy.memos.edit(memo.id, "Bos version av projektmemot")
        b = copy.sources.find("b.txt")
        text = copy.sources.get(b.id).text
        copy.sources.edit_text(b.id, text.replace("Vad har", "Vad har nu"))
        copy.codings.add(b.id, copy.codebook.find("Förtroende").id, 0, 8)
    master.codebook.rename(master.codebook.find("Tillit").id, "Tillit mellan parter")
    master.codebook.describe(master.codebook.find("Samverkan").id, definition="Ledarens")
    result = merge(master, dest)
    text = "\n".join(result.conflicts)
    assert "'Tillit mellan parter' is called 'Förtroende'" in text
    assert "kept the project's value 'Skola A'" in text
    assert "a memo by lead differs" in text
    assert "the text of the source 'b.txt' differs" in text
    assert "the definition (or inclusion, exclusion) of the code 'Samverkan' differs" in text
    assert len(result.conflicts) == 5
    # an empty definition here is filled from the copy
    assert master.codebook.find("Tillit mellan parter").definition == "Om tillit"
    # the changed source is added beside, with bo's coding on it
    beside = [s for s in master.sources.list() if s.name.startswith("b")]
    assert len(beside) == 2
    assert len(_bo_codings(master)) == 1
    assert "5 conflicts" in "\n".join(result.lines())


def test_pseudonymisation_decisions_come_with_their_coder(master, tmp_path):
    dest = tmp_path / "bo.qhtl"
    copy_for_coder(master, dest, "bo")
    with Project.open(dest) as copy:
        service = copy.pseudonymisation
        service.add_span(copy.sources.find("a.txt").id, *span(
            copy.sources.get(copy.sources.find("a.txt").id).text, "rektorn"), "PERSON")
        sugg = service.suggestions()[0].id
        service.decide_all(sugg, True)
        service.mark_reviewed(copy.sources.find("a.txt").id)
    result = merge(master, dest)
    assert result.decisions_added == 1 and result.key_added >= 1
    assert result.occurrences_added == 1 and result.reviews_added == 1
    [occurrence] = master.pseudonymisation.suggestions()
    assert (occurrence.text, occurrence.status, occurrence.decided_by) == ("rektorn", "accepted",
                                                                           "bo")
    assert master.pseudonymisation.active()  # the key entry came along
    with master.db.read() as conn:
        from qualcoder_htl.store import pseudo_store
        rows = pseudo_store.decision_rows(conn)
    bo = next(c.id for c in master.coders() if c.name == "bo")
    assert [(r["text"], r["decision"], r["coder_id"]) for r in rows] == [("rektorn", "accept", bo)]
    again = merge(master, dest)
    assert again.decisions_added == 0 and again.decisions_present == 1
    assert again.occurrences_added == again.reviews_added == 0
    assert again.occurrences_present == 1 and not again.conflicts


def test_bad_inputs_are_user_errors(master, tmp_path):
    with pytest.raises(UserError):
        merge(master, tmp_path / "saknas.qhtl")
    with pytest.raises(UserError):
        merge(master, master.path)
    (tmp_path / "x.txt").write_text("hej", encoding="utf-8")
    with pytest.raises(UserError):
        merge(master, tmp_path / "x.txt")


def test_a_coding_changed_in_the_copy_is_added_beside_and_listed(master, tmp_path):
    dest = tmp_path / "bo.qhtl"
    copy_for_coder(master, dest, "bo")
    with Project.open(dest) as copy:
        [coding] = copy.codings.all()
        copy.codings.resize(coding.id, coding.start, coding.end + 4)
    before = len(master.codings.all())
    result = merge(master, dest)
    assert result.codings_added == 1 and len(master.codings.all()) == before + 1
    assert result.conflicts == ["a coding in 'a.txt' differs between the file and the project "
                                "(its span or code): the file's version was added beside the "
                                "project's"]


def test_codings_deleted_in_the_copy_are_kept_and_counted(master, tmp_path):
    dest = tmp_path / "bo.qhtl"
    copy_for_coder(master, dest, "bo")
    with Project.open(dest) as copy:
        copy.codings.remove(copy.codings.all()[0].id)
    before = len(master.codings.all())
    result = merge(master, dest)
    assert len(master.codings.all()) == before and result.codings_added == 0
    assert any("1 coding here, on the file's sources, is not in the file" in n
               for n in result.notes)


def test_new_cases_with_values_and_key_quotes_come_along(master, tmp_path):
    dest = tmp_path / "bo.qhtl"
    copy_for_coder(master, dest, "bo")
    with Project.open(dest) as copy:
        b = copy.sources.find("b.txt").id
        case = copy.attributes.create_case("Familj B", [b], "Ett nytt fall").result
        children = copy.attributes.define("Barn", value_type="number", applies_to="case").result
        copy.attributes.set_case_value(case, children, "2")
        text = copy.sources.get(b).text
        copy.codings.add(b, copy.codebook.find("Tillit").id, *span(text, "Ja, idén"),
                         key_quote=True)
    result = merge(master, dest)
    assert result.cases_added == 1 and result.attributes_added == 1 and not result.conflicts
    case = next(c for c in master.attributes.cases() if c.name == "Familj B")
    assert case.description == "Ett nytt fall"
    assert list(case.source_ids) == [master.sources.find("b.txt").id]
    barn = master.attributes.find("Barn", "case").id
    assert master.attributes.case_values()[case.id][barn] == "2"
    [quote] = [c for c in master.codings.all() if c.is_key_quote]
    assert next(c.name for c in master.coders() if c.id == quote.coder_id) == "bo"
    again = merge(master, dest)
    assert again.cases_added == again.members_added == again.values_set == 0


def test_a_peers_source_of_the_same_name_with_other_text_is_a_conflict(master, tmp_path):
    with Project.create(tmp_path / "peer.qhtl", coder="peer") as peer:
        (tmp_path / "a.txt").write_text("En helt annan text om samverkan.", encoding="utf-8")
        peer.importer.import_files([tmp_path / "a.txt"])
        export_qdpx(peer, tmp_path / "peer.qdpx")
    result = merge(master, tmp_path / "peer.qdpx")
    assert result.sources_added == 1
    assert result.conflicts == ["the text of the source 'a.txt' differs from the project's; "
                                "the file's version was added beside it as 'a.txt (2)' with "
                                "its codings"]
