"""The pseudonymisation service on a real SQLite project: detection, review decisions with
undo, later sources, replacement, offsets of codings, the key, the shared copy and the guard."""
import csv
import sqlite3

import pytest

from qualcoder_htl.core.errors import UserError
from qualcoder_htl.core.jobs import Progress
from qualcoder_htl.services.pseudonymisation import ExportRefused

from .conftest import TRANSCRIPT

SECOND = """J: Hur var det?
IP: Anna Söderlund hjälpte oss. Annas kollega Yusuf också, på Tjärnaskolan.
IP: Mejla anna.soderlund@alvbacka.se eller ring 070-174 06 58."""
LATER = "IP: Anna ringde igen. Hon sa att Yusuf mår bra nu, och Annas son också."


@pytest.fixture
def ps(project):
    return project.pseudonymisation


@pytest.fixture
def two(project, add_text):
    a = add_text("a.txt", TRANSCRIPT)
    b = add_text("b.txt", SECOND)
    project.pseudonymisation.detect()
    return a, b


def occ(ps, text, source_id=None):
    return [o for o in ps.suggestions(source_id) if o.text == text]


def test_detect_stores_suggestions_with_progress(project, add_text, ps):
    add_text("a.txt", TRANSCRIPT)
    add_text("b.txt", SECOND)
    steps = []
    result = ps.detect(Progress(lambda d, t, label: steps.append((d, t))))
    assert result.sources == 2 and result.suggestions > 10 and not result.cancelled
    assert steps[-1] == (2, 2)
    # a second run finds nothing new to do; --redo does not duplicate
    assert ps.detect().sources == 0
    n = len(ps.suggestions())
    assert ps.detect(redo=True).suggestions == 0 and len(ps.suggestions()) == n
    assert all(p.detected for p in ps.progress())


def test_detect_can_be_cancelled(project, add_text, ps):
    add_text("a.txt", TRANSCRIPT)
    add_text("b.txt", SECOND)
    progress = Progress()

    def cancel_after_first(done, total, label):
        if done == 1:
            progress.cancel()
    progress._callback = cancel_after_first
    result = ps.detect(progress)
    assert result.cancelled and result.sources == 1
    assert ps.detect().sources == 1  # the rest later


def test_groups_by_form_with_counts_type_and_context(two, ps):
    groups = {g.text: g for g in ps.groups()}
    anna = next(g for g in ps.groups() if g.form == groups["Annas"].form)
    assert {o.text for o in anna.occurrences} >= {"Annas"}
    yusuf = groups["Yusuf"]
    assert yusuf.type == "PERSON" and yusuf.count == 2 and yusuf.sources == 2
    assert yusuf.open == 2 and yusuf.replacement == "[namn]"
    o = yusuf.occurrences[0]
    assert "min son" in o.left and o.right.startswith(",")


def test_decide_one_and_all_attributed_and_undoable(project, two, ps):
    a, b = two
    [yusuf_a] = occ(ps, "Yusuf", a)
    ps.decide(yusuf_a.id, True)
    got = ps.suggestions(a)
    [after] = [o for o in got if o.id == yusuf_a.id]
    assert after.status == "accepted" and after.decided_by == "tester" and after.key_id
    assert occ(ps, "Yusuf", b)[0].status == "open"
    project.undo()
    assert [o for o in ps.suggestions(a) if o.id == yusuf_a.id][0].status == "open"
    assert ps.key_entries() == []
    project.redo()
    assert ps.key_entries()[0].original == "Yusuf"

    changes = ps.decide_all(yusuf_a.id, True)
    assert changes.result == 2
    assert {o.status for o in occ(ps, "Yusuf")} == {"accepted"}
    project.undo()
    assert occ(ps, "Yusuf", b)[0].status == "open"


def test_reject_all_and_manual_span_and_type_change(project, two, ps):
    a, b = two
    text = project.sources.get(a).text
    [lina] = occ(ps, "Lina", a)
    ps.decide_all(lina.id, False)
    assert occ(ps, "Lina", a)[0].status == "rejected"
    start = text.index("socialtjänsten")
    new_id = ps.add_span(a, start, start + len("socialtjänsten"), "WORKPLACE").result
    [manual] = [o for o in ps.suggestions(a) if o.id == new_id]
    assert (manual.status, manual.detector, manual.type) == ("accepted", "manual", "WORKPLACE")
    ps.set_type(new_id, "ORGANISATION")
    assert [o for o in ps.suggestions(a) if o.id == new_id][0].type == "ORGANISATION"
    with pytest.raises(UserError):
        ps.add_span(a, 5, 5, "PERSON")
    with pytest.raises(UserError):
        ps.set_type(new_id, "NOPE")
    project.undo()
    project.undo()
    assert not [o for o in ps.suggestions(a) if o.id == new_id]


def accept_everything(ps):
    for g in ps.groups(status="open"):
        ps.decide_all(next(o.id for o in g.occurrences if o.status == "open"), True)


def test_decisions_apply_to_sources_imported_later(project, add_text, two, ps):
    accept_everything(ps)
    later = add_text("later.txt", LATER)
    # even before detection, originals from the key are replaced in the new source
    assert "Yusuf" not in ps.pseudonymised_text(later)
    result = ps.apply()
    assert result["detected_sources"] == 1
    later_occ = ps.suggestions(later)
    assert later_occ and {o.status for o in later_occ if o.text in ("Anna", "Yusuf", "Annas")} \
        == {"accepted"}
    text = ps.pseudonymised_text(later)
    for original in ("Anna", "Yusuf"):
        assert original not in text
    assert "[namn]:s son" in text


def test_replacement_policies_consistent_across_sources(project, two, ps):
    a, b = two
    accept_everything(ps)
    ps.set_policy("PERSON", "pseudonym")
    ta, tb = ps.pseudonymised_text(a), ps.pseudonymised_text(b)
    pseudo = next(e.pseudonym for e in ps.key_entries() if e.original == "Yusuf")
    assert pseudo in ta and pseudo in tb and "Yusuf" not in ta + tb
    anna = next(e.pseudonym for e in ps.key_entries() if e.original == "Anna")
    genitive = anna + ("'" if anna.endswith(("s", "x", "z")) else "s")
    assert f"{genitive} kollega" in tb  # Annas → Saras (Hjördis' when the pseudonym ends in s)
    ps.set_policy("SCHOOL", "code")
    assert "Skola A" in ps.pseudonymised_text(a)
    [yusuf] = occ(ps, "Yusuf", a)
    ps.set_replacement("[barnet]", suggestion_id=yusuf.id)
    assert "[barnet]" in ps.pseudonymised_text(a)
    project.undo()
    assert pseudo in ps.pseudonymised_text(a)
    ps.set_label("barnets namn", suggestion_id=yusuf.id)
    ps.set_policy("PERSON", "label")
    assert "[barnets namn]" in ps.pseudonymised_text(a)


def test_neutral_pronouns_are_an_explicit_logged_choice(project, two, ps):
    a, _ = two
    accept_everything(ps)
    assert " han " in ps.pseudonymised_text(a)
    ps.set_neutral_pronouns(True, reason="barnets kön ska inte framgå")
    assert " han " not in ps.pseudonymised_text(a) and " hen " in ps.pseudonymised_text(a)
    [entry] = [r for r in ps.log() if r["action"] == "neutral pronouns"]
    assert entry["coder"] == "tester" and "barnets kön" in entry["detail"]
    project.undo()
    assert " han " in ps.pseudonymised_text(a)


def test_offset_map_keeps_codings_right_in_both_texts(project, two, ps):
    a, _ = two
    text = project.sources.get(a).text
    code = project.codebook.create("Familj").result
    start = text.index("min son Yusuf") + 4  # "son Yusuf, han är nio år." and overlaps Yusuf
    end = text.index("Annas") + 2  # ends inside "Annas"
    coding = project.codings.get(project.codings.add(a, code, start, end).result)
    accept_everything(ps)
    result = ps.pseudonymised(a)
    s, e = result.offsets.span_to_new(coding.start, coding.end)
    quote = result.text[s:e]
    assert quote.startswith("son [namn], han är [ålder].") and quote.endswith("[namn]:s")
    # the coding still reads the same in the original
    assert text[coding.start:coding.end].startswith("son Yusuf")
    # and back: the pseudonymised span covers the whole original names
    os_, oe = result.offsets.span_to_old(s, e)
    assert text[os_:oe].startswith("son Yusuf") and text[os_:oe].endswith("Annas")


def test_export_key_csv(project, two, ps, tmp_path):
    accept_everything(ps)
    n = ps.export_key(tmp_path / "key.csv")
    with open(tmp_path / "key.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert n == len(rows) > 3
    yusuf = next(r for r in rows if r["original"] == "Yusuf")
    assert yusuf["type"] == "PERSON" and yusuf["replacement"] == "[namn]"
    assert int(yusuf["accepted"]) == 2 and yusuf["created_by"] == "tester"
    assert any(r["action"] == "key exported" for r in ps.log())


def test_export_guard_names_where(project, two, ps):
    assert ps.check_export("Yusuf sa hej.") == []  # no key yet: nothing to check against
    accept_everything(ps)
    leaks = ps.check_export({"citat 1": "Det sa Annas kollega.", "citat 2": "[namn] sa hej.",
                             "citat 3": "Inga problem alls."})
    assert [(x.where, x.text, x.original) for x in leaks] == [("citat 1", "Annas", "Anna")]
    with pytest.raises(ExportRefused, match="citat 1"):
        ps.guard_export({"citat 1": "Det sa Annas kollega."})
    ps.guard_export([ps.pseudonymised_text(s.id) for s in project.sources.list()])


def test_shared_copy_has_no_original_anywhere(project, two, ps, tmp_path):
    a, b = two
    code = project.codebook.create("Stöd").result
    text = project.sources.get(b).text
    start = text.index("Anna Söderlund")
    project.codings.add(b, code, start, start + 30, memo="Anna Söderlund är viktig")
    project.memos.add("Intervjun med Yusuf var bra", source_id=a)
    with pytest.raises(UserError, match="still open"):
        ps.export_copy(tmp_path / "shared.qhtl")
    accept_everything(ps)
    report = ps.export_copy(tmp_path / "shared.qhtl")
    assert report.sources == 2 and report.codings == 1
    data = (tmp_path / "shared.qhtl").read_bytes()
    for original in ("Yusuf", "Söderlund", "Tjärnaskolan", "anna.soderlund@alvbacka.se",
                     "070-174 06 58", "Granvägen", "Annas"):
        assert original.encode("utf-8") not in data, original
    assert not (tmp_path / "shared.qhtl-wal").exists() or \
        (tmp_path / "shared.qhtl-wal").stat().st_size == 0
    con = sqlite3.connect(tmp_path / "shared.qhtl")
    assert con.execute("SELECT count(*) FROM pseudo_key").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM source_files").fetchone() == (0,)
    con.close()
    from qualcoder_htl.services import Project
    with Project.open(tmp_path / "shared.qhtl") as shared:
        [coding] = shared.codings.all()
        shared_text = shared.sources.get(coding.source_id).text
        assert shared_text[coding.start:coding.end].startswith("[namn] hjälpte oss")
        assert shared.search.search("hjälpte")
        assert not shared.search.search("Söderlund")
        assert not shared.pseudonymisation.active()
    # the original project keeps everything
    assert "Yusuf" in project.sources.get(a).text and ps.active()


def test_deleting_a_source_with_suggestions(project, two, ps):
    a, _ = two
    project.sources.delete(a)
    assert ps.suggestions(a) == []
    project.undo()
    assert ps.suggestions(a)
