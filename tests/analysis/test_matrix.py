"""Matrix counts equal a direct count over the codings, cell by cell, for every measure."""
import pytest

from qualcoder_htl.core.errors import NotFoundError, UserError
from qualcoder_htl.core.results import MEASURES
from qualcoder_htl.services.analysis_scope import Filters

from .brute import cell as brute_cell


@pytest.fixture(scope="module")
def study(study_on_both):
    """Every test here runs on a project file and on a PostgreSQL server."""
    return study_on_both


def reference(project, matrix, column_sources, coder_ids=None):
    """Brute-force every cell of ``matrix`` from project.codings.all()."""
    codings = project.codings.all()
    if coder_ids is not None:
        codings = [c for c in codings if c.coder_id in coder_ids]
    texts = project.sources.texts([s.id for s in project.sources.list()])
    case_of = {}
    for case in project.attributes.cases():
        for sid in case.source_ids:
            case_of.setdefault(sid, []).append(case.id)
    out = []
    for row in matrix.rows:
        mine = [c for c in codings if c.code_id in row.code_ids]
        line = [brute_cell(mine, texts, case_of, srcs, len(srcs)) for srcs in column_sources]
        scope = set().union(*column_sources) if column_sources else set()
        out.append((line, brute_cell(mine, texts, case_of, scope, len(scope))))
    return out


def assert_matches(matrix, ref):
    for r, (line, total) in enumerate(ref):
        for c, want in enumerate(line):
            got = matrix.cells[r][c]
            assert tuple(sorted(got.coding_ids)) == want["coding_ids"]
            for key in ("segments", "sources", "cases", "words", "share"):
                assert getattr(got, key) == pytest.approx(want[key]), (
                    matrix.rows[r].path, matrix.columns[c].label, key)
        assert tuple(sorted(matrix.totals[r].coding_ids)) == total["coding_ids"]
        for key in ("segments", "sources", "cases", "words"):
            assert getattr(matrix.totals[r], key) == total[key], (
                matrix.rows[r].path, "total", key)


def level_sources(project, attribute="Organisationsnivå"):
    values = {}
    for s in project.sources.list():
        values.setdefault(project.attributes.values_of(s.id).get(attribute), set()).add(s.id)
    return values


@pytest.mark.parametrize("rollup", [True, False])
def test_matrix_by_level_equals_brute_force(study, rollup):
    m = study.analysis.matrix(columns="org_level", measure="words", rollup=rollup)
    groups = level_sources(study)
    column_sources = [groups[col.key] for col in m.columns]
    assert m.columns[-1].key is None and m.columns[-1].label == "(uppgift saknas)"
    assert_matches(m, reference(study, m, column_sources))
    assert sum(len(s) for s in column_sources) == len(study.sources.list())


def test_rollup_counts_a_passage_once(study):
    """Rolled-up rows never count more segments than their children together, and less
    exactly where children's codings overlap."""
    m = study.analysis.matrix(rollup=True)
    flat = study.analysis.matrix(rollup=False)
    top = m.row_index(study.codebook.find("Genomförande").id)
    below = [i for i, r in enumerate(m.rows) if r.code_id in m.rows[top].code_ids]
    assert m.totals[top].segments < sum(flat.totals[i].segments for i in below)
    assert m.totals[top].segments < len(m.totals[top].coding_ids)  # overlaps were merged
    assert set(m.totals[top].coding_ids) == {cid for i in below
                                             for cid in flat.totals[i].coding_ids}


def test_every_measure_and_column_kind(study):
    for measure in MEASURES:
        m = study.analysis.matrix(columns="Omgång", measure=measure)
        assert m.measure == measure
        assert [c.label for c in m.columns] == ["Omgång 1", "Omgång 2"]
        assert all(isinstance(v, (int, float)) for row in m.values() for v in row)
    by_round = level_sources(study, "Omgång")
    m = study.analysis.matrix(columns="Omgång", measure="words")
    assert_matches(m, reference(study, m, [by_round[c.key] for c in m.columns]))


def test_columns_sources_and_cases(study):
    m = study.analysis.matrix(columns="sources", measure="words")
    assert [c.key for c in m.columns] == sorted(
        (s.id for s in study.sources.list()), key=lambda i: study.sources.get(i).name)
    assert_matches(m, reference(study, m, [{c.key} for c in m.columns]))
    m = study.analysis.matrix(columns="cases", measure="words")
    case = study.attributes.cases()[0]
    assert m.columns[0].label == "Familj 1" and m.columns[-1].label == "(inget fall)"
    rest = {s.id for s in study.sources.list()} - set(case.source_ids)
    assert_matches(m, reference(study, m, [set(case.source_ids), rest]))
    # the case is one respondent although it has two sources
    row = next(i for i, r in enumerate(m.rows) if m.cells[i][0].sources == 2)
    assert m.cells[row][0].cases == 1


def test_case_attribute_as_columns(study):
    m = study.analysis.matrix(columns="Familjetyp", measure="cases")
    assert [c.label for c in m.columns] == ["ensamstående", "(uppgift saknas)"]
    assert m.columns[0].n_sources == 2


def test_filters_by_coder_and_values(study):
    anna = next(c for c in study.coders() if c.name == "anna")
    f = Filters(coders=("anna",), values={"Omgång": ("1",)})
    m = study.analysis.matrix(columns="org_level", measure="words", filters=f)
    assert "Omgång: 1" in m.description and "anna" in m.description
    round1 = level_sources(study, "Omgång")["1"]
    groups = level_sources(study)
    column_sources = [groups[c.key] & round1 for c in m.columns]
    assert_matches(m, reference(study, m, column_sources, coder_ids={anna.id}))
    assert m.scope_sources == len(round1)
    with pytest.raises(NotFoundError):
        study.analysis.matrix(filters=Filters(coders=("nobody",)))
    with pytest.raises(NotFoundError):
        study.analysis.matrix(columns="Nope")
    with pytest.raises(UserError):
        study.analysis.matrix(measure="nonsense")


def test_share_of_the_columns_sources(study):
    m = study.analysis.matrix(columns="org_level", measure="share")
    for r in range(len(m.rows)):
        for c, col in enumerate(m.columns):
            cell = m.cells[r][c]
            assert cell.share == pytest.approx(cell.sources / col.n_sources)
            assert 0 <= cell.share <= 1


def test_rows_subset_and_drill_down(study):
    code = study.codebook.find("Praktik")
    m = study.analysis.matrix(rows=["Praktik", "Tid"], columns="org_level")
    assert [r.name for r in m.rows] == ["Praktik", "Tid"]
    assert set(m.rows[0].code_ids) == set(study.codebook.descendants(code.id))
    c = next(i for i, cell in enumerate(m.cells[0]) if cell.coding_ids)
    codings = study.analysis.cell_codings(m, 0, c)
    assert {x.id for x in codings} == set(m.cells[0][c].coding_ids)
    assert {x.code_id for x in codings} <= set(m.rows[0].code_ids)
    quotes = study.analysis.cell_quotes(m, 0, c)
    assert {q.coding_id for q in quotes} <= set(m.cells[0][c].coding_ids)
    assert all(q.group == m.columns[c].label for q in quotes)
    assert all(not q.is_key_quote for q in quotes[sum(q.is_key_quote for q in quotes):])


def test_hand_counted_example(project, add_text):
    """Two children coded on overlapping text: the parent counts one segment."""
    sid = add_text("x.txt", "IP: ett två tre fyra fem sex sju åtta nio tio")
    p = project
    top = p.codebook.create("T").result
    a = p.codebook.create("A", parent_id=top).result
    b = p.codebook.create("B", parent_id=top).result
    p.codings.add(sid, a, 4, 15)   # "ett två tre"
    p.codings.add(sid, b, 12, 24)  # "tre fyra fem"
    p.codings.add(sid, b, 29, 33)  # "sju"
    m = p.analysis.matrix(columns="sources", measure="words")
    rows = {r.name: i for i, r in enumerate(m.rows)}
    assert m.cells[rows["T"]][0].segments == 2       # 4–24 and 29–33
    assert m.cells[rows["T"]][0].words == 6          # ett två tre fyra fem + sju
    assert m.cells[rows["B"]][0].segments == 2
    assert m.cells[rows["A"]][0].words == 3
    flat = p.analysis.matrix(columns="sources", rollup=False)
    assert flat.cells[rows["T"]][0].segments == 0


def test_without_cases_each_source_is_a_respondent(tmp_path):
    from .conftest import build_study

    p = build_study(tmp_path / "nocase.qhtl", seed=11)
    for case in p.attributes.cases():
        p.attributes.delete_case(case.id)
    m = p.analysis.matrix(columns="Respondentgrupp", measure="words")
    groups = level_sources(p, "Respondentgrupp")
    assert_matches(m, reference(p, m, [groups[c.key] for c in m.columns]))
    assert all(m.totals[r].cases == m.totals[r].sources for r in range(len(m.rows)))
    p.close()
