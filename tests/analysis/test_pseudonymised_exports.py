"""Once a project has a key, quotes come from the pseudonymised text, metadata is written in
its pseudonymised form, and every Word/CSV export is read back and refused, naming where, if an
original that cannot be replaced would leave."""
import docx
import pytest

from qualcoder_htl.services.pseudonymisation import ExportRefused

TEXT = """J: Hur kom ni i kontakt med teamet?
IP: Det var Anna Söderlund på skolan som ringde. Anna var så snäll, hon kom hem till oss.
J: Vad hjälpte?
IP: Att någon lyssnade på riktigt."""


@pytest.fixture
def keyed(project, add_text):
    sid = add_text("vh_01.txt", TEXT)
    project.attributes.set_source_values({sid: {"Respondentgrupp": "vårdnadshavare",
                                                "Organisationsnivå": "Familjer/vårdnadshavare",
                                                "Intervjunummer": "1"}})
    code = project.codebook.create("Vägen in", definition="Hur familjen kom i kontakt").result
    start = TEXT.index("Det var Anna")
    project.codings.add(sid, code, start, TEXT.index(" till oss.") + len(" till oss."))
    project.pseudonymisation.detect()
    for s in project.pseudonymisation.suggestions():
        if s.text.startswith("Anna"):
            project.pseudonymisation.decide_all(s.id, True)
    assert project.pseudonymisation.active()
    return project, code


def all_text(path):
    d = docx.Document(str(path))
    return "\n".join([p.text for p in d.paragraphs] +
                     [c.text for t in d.tables for r in t.rows for c in r.cells])


def test_quotes_and_report_use_pseudonymised_text(keyed, tmp_path):
    project, code = keyed
    extract = project.analysis.quotes(code, by="org_level")
    [quote] = [q for g in extract.groups for q in g.quotes]
    assert "Anna" not in quote.text and "lyssnade" not in quote.text
    assert quote.text.startswith("Det var ") and quote.text.endswith("till oss.")
    out = project.analysis.export_report(tmp_path / "rapport.docx")
    text = all_text(out)
    assert "Anna" not in text and "Söderlund" not in text
    assert quote.text in text


def test_an_original_in_metadata_is_replaced_and_what_cannot_be_is_refused(keyed, tmp_path):
    project, code = keyed
    out = tmp_path / "export"
    out.mkdir()
    project.codebook.rename(code, "Annas samtal")  # an original in a code name: replaced
    path = project.analysis.export_report(out / "rapport.docx")
    assert "Anna" not in all_text(path) and path.metadata_replaced >= 1
    path.unlink()
    # a known participant not in the key has no replacement: the export is refused
    project.pseudonymisation.add_known("Lisa Berg", "PERSON")
    project.codebook.rename(code, "Lisas samtal")
    with pytest.raises(ExportRefused) as refused:
        project.analysis.export_report(out / "rapport.docx")
    assert "Lisa" in str(refused.value)
    assert list(out.iterdir()) == []
    matrix = project.analysis.matrix(columns="org_level")
    with pytest.raises(ExportRefused):
        project.analysis.export_matrix(matrix, out / "m.csv")
    assert list(out.iterdir()) == []
