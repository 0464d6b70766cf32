"""Broken files give a clear message and leave the project exactly as it was."""
import zipfile

import pytest

from qualcoder_htl.core.errors import Cancelled, UserError
from qualcoder_htl.core.jobs import Progress
from qualcoder_htl.core.refi import RefiFileError, RefiMissingSourceError, RefiSelectionError
from qualcoder_htl.services.refi import RefiImportOptions
from qualcoder_htl.services.refi_export import export_qdpx
from qualcoder_htl.services.refi_import import import_into_new_project, import_refi

from .conftest import NVIVO, snapshot


def _rewrite(src, dest, drop=(), replace=None):
    """Copy a zip, leaving out entries or changing the project file."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            data = zin.read(info.filename)
            if replace and info.filename.endswith(".qde"):
                data = replace(data)
            zout.writestr(info.filename, data)
    return dest


@pytest.fixture
def before(rich_project):
    return snapshot(rich_project), len(rich_project.undo_stack)


def _unchanged(project, before):
    state, undo = before
    assert snapshot(project) == state
    assert len(project.undo_stack) == undo


def test_corrupt_zip(rich_project, before, tmp_path):
    broken = tmp_path / "trasig.qdpx"
    broken.write_bytes(NVIVO.read_bytes()[:50_000])  # cut off: no central directory
    with pytest.raises(RefiFileError, match="not a readable .qdpx file"):
        import_refi(rich_project, broken)
    _unchanged(rich_project, before)


def test_not_a_refi_file_at_all(rich_project, before, tmp_path):
    junk = tmp_path / "bild.qdpx"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    with pytest.raises(UserError, match="not valid XML"):
        import_refi(rich_project, junk)
    _unchanged(rich_project, before)


def test_invalid_xml(rich_project, before, tmp_path):
    broken = _rewrite(NVIVO, tmp_path / "trasig.qdpx",
                      replace=lambda data: data.replace(b"</CodeBook>", b"</Codebook>"))
    with pytest.raises(RefiFileError, match=r"project.qde is not valid XML at line \d+"):
        import_refi(rich_project, broken)
    _unchanged(rich_project, before)


def test_wrong_root_element(rich_project, before, tmp_path):
    broken = _rewrite(NVIVO, tmp_path / "x.qdpx", replace=lambda d: b"<Html><Body/></Html>")
    with pytest.raises(RefiFileError, match="not a REFI-QDA project"):
        import_refi(rich_project, broken)
    _unchanged(rich_project, before)


def test_no_qde_in_archive(rich_project, before, tmp_path):
    broken = _rewrite(NVIVO, tmp_path / "x.qdpx", drop=("project.qde",))
    with pytest.raises(RefiFileError, match="no project file"):
        import_refi(rich_project, broken)
    _unchanged(rich_project, before)


def test_missing_source_file(rich_project, before, tmp_path):
    broken = _rewrite(NVIVO, tmp_path / "x.qdpx",
                      drop=("Sources/68bbdc14-c361-4432-b4dd-ae1dbfc12890.txt",))
    with pytest.raises(RefiMissingSourceError, match="'videos_10_selected'.*not in the archive"):
        import_refi(rich_project, broken)
    _unchanged(rich_project, before)
    # asked for, the rest comes in and the missing source is reported
    report = import_refi(rich_project, broken, RefiImportOptions(missing_sources="skip"))
    assert report.sources_added == 1
    assert any("videos_10_selected" in s for s in report.skipped)


def test_selection_outside_its_text(rich_project, before, tmp_path):
    broken = _rewrite(NVIVO, tmp_path / "x.qdpx",
                      replace=lambda d: d.replace(b'endPosition="3284"', b'endPosition="9999999"'))
    with pytest.raises(RefiSelectionError, match="lies outside its text"):
        import_refi(rich_project, broken)
    _unchanged(rich_project, before)


def test_failure_while_writing_rolls_back(rich_project, before, tmp_path, monkeypatch):
    out = tmp_path / "x.qdpx"
    export_qdpx(rich_project, out)
    from qualcoder_htl.services import refi_merge

    def boom(self):
        raise UserError("simulated failure after the codes were written")
    monkeypatch.setattr(refi_merge.Merge, "_memos", boom)
    with pytest.raises(UserError, match="simulated"):
        import_refi(rich_project, out, RefiImportOptions(match_codes_by="guid"))
    _unchanged(rich_project, before)


def test_cancel_leaves_project_unchanged(rich_project, before, tmp_path):
    out = tmp_path / "x.qdpx"
    export_qdpx(rich_project, out)
    progress = Progress(lambda done, total, label: progress.cancel()
                        if label.startswith("importing") else None)
    with pytest.raises(Cancelled):
        import_refi(rich_project, out, progress=progress)
    _unchanged(rich_project, before)


def test_failed_import_into_new_project_leaves_no_file(tmp_path):
    broken = _rewrite(NVIVO, tmp_path / "x.qdpx",
                      replace=lambda d: d.replace(b'endPosition="3284"', b'endPosition="9999999"'))
    with pytest.raises(RefiSelectionError):
        import_into_new_project(broken, tmp_path / "ny.qhtl")
    assert list(tmp_path.glob("ny.qhtl*")) == []


def test_unknown_match_mode(rich_project):
    with pytest.raises(UserError, match="name or guid"):
        import_refi(rich_project, NVIVO, RefiImportOptions(match_codes_by="colour"))


def test_failed_write_into_new_project_leaves_no_file(rich_project, tmp_path, monkeypatch):
    out = tmp_path / "x.qdpx"
    export_qdpx(rich_project, out)
    from qualcoder_htl.services import refi_merge

    def boom(self):
        raise UserError("simulated failure")
    monkeypatch.setattr(refi_merge.Merge, "_cases", boom)
    with pytest.raises(UserError, match="simulated"):
        import_into_new_project(out, tmp_path / "ny.qhtl")
    assert list(tmp_path.glob("ny.qhtl*")) == []
