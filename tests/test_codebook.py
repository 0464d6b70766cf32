import pytest

from qualcoder_htl.core.errors import ConflictError, NotFoundError
from qualcoder_htl.services.codebook_csv import export_codebook, import_codebook

from .conftest import INTERVIEW


@pytest.fixture
def project(any_project):
    """Every test here runs on a project file and on a PostgreSQL server (tests/pg.py)."""
    return any_project


def names(p):
    return sorted(p.codebook.path(c.id) for c in p.codebook.codes())


def test_create_rename_recolour(project):
    cid = project.codebook.create("Tillit", definition="Förtroende").result
    project.codebook.rename(cid, "Tillit och öppenhet")
    project.codebook.recolour(cid, "#AABBCC")
    code = project.codebook.get(cid)
    assert (code.name, code.color, code.definition) == ("Tillit och öppenhet", "#aabbcc",
                                                        "Förtroende")
    with pytest.raises(ConflictError):
        project.codebook.recolour(cid, "red")
    with pytest.raises(ConflictError):
        project.codebook.create("  ")


def test_sibling_names_unique_but_same_name_elsewhere_ok(project):
    a = project.codebook.create("Skola").result
    b = project.codebook.create("Familj").result
    project.codebook.create("Tillit", parent_id=a)
    project.codebook.create("Tillit", parent_id=b)
    with pytest.raises(ConflictError):
        project.codebook.create("tillit", parent_id=a)
    with pytest.raises(ConflictError, match="Several codes"):
        project.codebook.find("Tillit")
    assert project.codebook.find("Familj / Tillit").parent_id == b


def test_move_orders_and_refuses_cycles(project):
    a = project.codebook.create("A").result
    b = project.codebook.create("B", parent_id=a).result
    c = project.codebook.create("C").result
    with pytest.raises(ConflictError):
        project.codebook.move(a, b)
    project.codebook.move(c, a, position=0)
    children = [x.name for x in project.codebook.codes() if x.parent_id == a]
    assert children == ["C", "B"]


def test_merge_moves_codings_children_memos_and_dedupes(project, add_text):
    sid = add_text("a.txt", INTERVIEW)
    a = project.codebook.create("Praktik", definition="idé mot vardag").result
    b = project.codebook.create("Svårt att hinna", definition="tid").result
    child = project.codebook.create("Tid", parent_id=a).result
    project.codings.add(sid, a, 10, 30)
    project.codings.add(sid, b, 10, 30, key_quote=True)  # same span: becomes one coding
    project.codings.add(sid, a, 100, 120)
    project.memos.add("memo om praktik", code_id=a)
    project.codebook.merge(a, b)
    with pytest.raises(NotFoundError):
        project.codebook.get(a)
    codings = project.codings.for_codes([b])
    assert sorted((c.start, c.end, c.is_key_quote) for c in codings) == [(10, 30, True),
                                                                         (100, 120, False)]
    assert project.codebook.get(child).parent_id == b
    assert [m.text for m in project.memos.list(code_id=b)] == ["memo om praktik"]
    assert "idé mot vardag" in project.codebook.get(b).definition
    assert len(project.codings.all()) == 2


def test_merge_refuses_self_and_descendant(project):
    a = project.codebook.create("A").result
    b = project.codebook.create("B", parent_id=a).result
    with pytest.raises(ConflictError):
        project.codebook.merge(a, a)
    with pytest.raises(ConflictError):
        project.codebook.merge(a, b)


def test_split_moves_chosen_codings(project, add_text):
    sid = add_text("a.txt", INTERVIEW)
    a = project.codebook.create("Samverkan").result
    first = project.codings.add(sid, a, 0, 10).result
    project.codings.add(sid, a, 50, 60)
    new = project.codebook.split(a, "Samverkan på individnivå", [first]).result
    assert [c.id for c in project.codings.for_codes([new])] == [first]
    assert len(project.codings.for_codes([a])) == 1


def test_delete_requires_a_decision_about_codings(project, add_text):
    sid = add_text("a.txt", INTERVIEW)
    a = project.codebook.create("A").result
    b = project.codebook.create("B").result
    kid = project.codebook.create("Kid", parent_id=a).result
    project.codings.add(sid, a, 0, 10)
    with pytest.raises(ConflictError, match="1 coding:"):
        project.codebook.delete(a)
    project.codebook.delete(a, codings_to=b)
    assert len(project.codings.for_codes([b])) == 1
    assert project.codebook.get(kid).parent_id is None
    project.codebook.delete(b, delete_codings=True)
    assert project.codings.all() == []


def test_csv_round_trip(project, tmp_path):
    from qualcoder_htl.services import Project
    a = project.codebook.create("Familjernas erfarenheter", color="#800000").result
    project.codebook.create("Vägen in", parent_id=a, definition="Hur, ofta via skolan",
                            inclusion="första kontakten", exclusion="senare stöd")
    out = tmp_path / "book.csv"
    assert export_codebook(project, out) == 2
    with Project.create(tmp_path / "b.qhtl") as other:
        import_codebook(other, out)
        assert names(other) == ["Familjernas erfarenheter", "Familjernas erfarenheter / Vägen in"]
        code = other.codebook.find("Familjernas erfarenheter / Vägen in")
        assert (code.definition, code.inclusion, code.exclusion) == (
            "Hur, ofta via skolan", "första kontakten", "senare stöd")
        # importing again changes nothing new
        assert import_codebook(other, out).result == 0


def test_csv_import_semicolon_cp1252_and_errors(project, tmp_path):
    f = tmp_path / "book.csv"
    f.write_bytes("kod;färg;beskrivning\nTrygghet;#112233;Känsla av säkerhet\n"
                  "Trygghet / I skolan;;\n".encode("cp1252"))
    import_codebook(project, f)
    assert names(project) == ["Trygghet", "Trygghet / I skolan"]
    assert project.codebook.find("Trygghet").definition == "Känsla av säkerhet"
    bad = tmp_path / "bad.csv"
    bad.write_text("foo,bar\n1,2\n", encoding="utf-8")
    from qualcoder_htl.core.errors import UserError
    with pytest.raises(UserError, match="no 'path'"):
        import_codebook(project, bad)
