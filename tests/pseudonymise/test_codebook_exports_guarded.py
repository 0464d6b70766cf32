"""Codebook exports (CSV, .qdc) write names and definitions in pseudonymised form and are
read back against the key like every other export."""
import pytest

from qualcoder_htl.services.codebook_csv import export_codebook
from qualcoder_htl.services.pseudonymisation import ExportRefused
from qualcoder_htl.services.refi_export import export_qdc

TEXT = "J: Vem hjälpte er?\nIP: Det var Anna Söderlund på skolan som ringde oss."


def test_codebook_exports_refuse_originals(project, add_text, tmp_path):
    add_text("vh.txt", TEXT)
    code = project.codebook.create("Vägen in", definition="Via skolan").result
    project.pseudonymisation.detect()
    for s in project.pseudonymisation.suggestions():
        if s.text.startswith("Anna"):
            project.pseudonymisation.decide_all(s.id, True)
    export_codebook(project, tmp_path / "ok.csv")
    export_qdc(project, tmp_path / "ok.qdc")
    project.codebook.describe(code, definition="Som när Anna ringde hem")  # replaced
    export_codebook(project, tmp_path / "named.csv")
    assert "Anna" not in (tmp_path / "named.csv").read_text(encoding="utf-8-sig")
    export_qdc(project, tmp_path / "named.qdc")
    assert "Anna" not in (tmp_path / "named.qdc").read_text(encoding="utf-8")
    project.pseudonymisation.add_known("Lisa Berg", "PERSON")  # known, not in the key
    project.codebook.describe(code, definition="Som när Lisa ringde hem")
    with pytest.raises(ExportRefused, match="kodbok|codebook"):
        export_codebook(project, tmp_path / "bad.csv")
    with pytest.raises(ExportRefused):
        export_qdc(project, tmp_path / "bad.qdc")
    assert not (tmp_path / "bad.csv").exists() and not (tmp_path / "bad.qdc").exists()
