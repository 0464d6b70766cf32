"""REFI-QDA exchange from the File menu: export .qdpx/.qdc off the GUI thread (pseudonymised once
the project has a key, a refusal is a readable error), import the NVivo sample into the open
project (one undo step) or into a new project, and broken files change nothing."""
import threading
import time
from pathlib import Path

from qualcoder_htl.services import refi, refi_import

NVIVO = Path(__file__).resolve().parents[1] / "refi" / "data" / "nvivo12-windows-sample.qdpx"


def state(project):
    return (sorted(s.name for s in project.sources.list()), len(project.codebook.codes()),
            len(project.codings.all()), len(project.undo_stack), project.undo_stack.undo_label)


def finish(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)


def open_import(qtbot, window, answers, path=NVIVO):
    answers.queue["open_file"].append(str(path))
    dialog = window.import_refi()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview_job is None, timeout=20000)
    return dialog


def test_file_menu_entries(make_window, project):
    window = make_window()
    a = window.actions_
    texts = [x.text() for x in window.menuBar().actions()[0].menu().actions()]
    assert {"E&xport REFI-QDA project (.qdpx)…", "Export code&book (.qdc)…",
            "Im&port REFI-QDA (.qdpx/.qdc)…"} <= set(texts)
    assert a.import_refi.isEnabled()  # into a new project, without one open
    assert not a.export_qdpx.isEnabled() and not a.export_qdc.isEnabled()
    window.set_project(project)
    assert a.export_qdpx.isEnabled() and a.export_qdc.isEnabled()


def test_export_qdpx_and_qdc_and_read_them_back(qtbot, make_window, project, answers, tmp_path):
    window = make_window(project)
    answers.queue["save_file"] += [str(tmp_path / "delning.qdpx"), str(tmp_path / "kodbok")]
    dialog = window.export_refi_project()
    qtbot.addWidget(dialog)
    assert not dialog.needs_choice and not dialog.full.isVisible()  # no key: starts at once
    assert "no pseudonymisation key" in dialog.notice.text()
    finish(qtbot, dialog)
    assert dialog.cancel_button.text() == "Close"
    assert "Exported 3 sources, 4 codes, 1 codings" in dialog.results.toPlainText()
    model = refi_import.read_file(tmp_path / "delning.qdpx")
    assert model.origin.startswith("qualcoder-htl")
    assert {s.name for s in model.sources} == {"skola_a_01.txt", "ledning_01.txt", "vh_01.txt"}
    assert sum(len(sel.codings) for s in model.sources for sel in s.selections) == 1

    dialog = window.export_refi_codebook()  # the suffix is added to a bare name
    qtbot.addWidget(dialog)
    finish(qtbot, dialog)
    assert dialog.path == tmp_path / "kodbok.qdc"
    codebook = refi_import.read_file(tmp_path / "kodbok.qdc")
    assert codebook.kind == "codebook"
    assert [c.name for c in codebook.codes] == ["Genomförande", "Tillit"]
    assert [c.name for c in codebook.codes[0].children] == ["Samverkan", "Svårt i praktiken"]
    assert [k for k, _ in answers.asked] == ["save_file", "save_file"]


def _key(project):
    from qualcoder_htl.pseudonymise.suggestions import PERSON
    sid = project.ids["vh_01.txt"]
    text = project.sources.get(sid).text
    start = text.index("Kuratorn")
    project.pseudonymisation.add_span(sid, start, start + len("Kuratorn"), PERSON)


def _texts(path):
    import zipfile
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".txt"))


def test_with_a_key_the_export_is_pseudonymised_unless_ticked(qtbot, make_window, project,
                                                               answers, tmp_path):
    _key(project)
    window = make_window(project)
    answers.queue["save_file"] += [str(tmp_path / "delning.qdpx"), str(tmp_path / "arkiv.qdpx")]
    dialog = window.export_refi_project()
    qtbot.addWidget(dialog)
    assert dialog.needs_choice and dialog.job is None  # the researcher starts it
    assert "pseudonymised text only" in dialog.notice.text()
    assert dialog.full.isVisible() and not dialog.full.isChecked()
    dialog.export_button.click()
    finish(qtbot, dialog)
    assert dialog.report.shared and "pseudonymised text only" in dialog.summary.text()
    assert "Kuratorn" not in _texts(tmp_path / "delning.qdpx")

    dialog = window.export_refi_project()
    qtbot.addWidget(dialog)
    dialog.full.setChecked(True)
    assert "original" in dialog.export_button.text()
    dialog.start()
    finish(qtbot, dialog)
    assert not dialog.report.shared and "keep this file to yourself" in dialog.summary.text()
    assert "Kuratorn" in _texts(tmp_path / "arkiv.qdpx")


def test_a_refused_export_is_a_readable_error(qtbot, make_window, project, answers, tmp_path,
                                              user_errors):
    from qualcoder_htl.pseudonymise.suggestions import PERSON
    _key(project)
    project.pseudonymisation.add_known("Lisa Berg", PERSON)
    project.memos.add("Ring Lisa Berg om nästa intervju.")
    window = make_window(project)
    answers.queue["save_file"].append(str(tmp_path / "delning.qdpx"))
    dialog = window.export_refi_project()
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=20000)
    assert "refused" in user_errors[0] and "refused" in dialog.summary.text()
    assert dialog.report is None and not (tmp_path / "delning.qdpx").exists()
    assert dialog.cancel_button.text() == "Close"


def test_preview_then_merge_by_name_and_undo(qtbot, make_window, project, answers):
    before = state(project)
    window = make_window(project)
    dialog = open_import(qtbot, window, answers)
    facts = {k: v.text() for k, v in dialog.file_preview.facts.items()}
    assert facts["file"] == "nvivo12-windows-sample.qdpx"
    assert facts["origin"] == "NVivo for Windows 12.6"
    assert facts["sources"] == "2: videos_selection, videos_10_selected"
    assert facts["codes"].startswith("152 (")
    assert facts["codings"] == "303"
    assert facts["users"].startswith("Gergo, floriansipos")
    assert "UTF-16 code units" in facts["counting"] and "as NVivo counts" in facts["counting"]
    assert state(project) == before  # the preview touched nothing
    assert dialog.into_open.isChecked() and dialog.match_name.isChecked()
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    finish(qtbot, dialog)
    report = dialog.results.toPlainText()
    assert "codings: 303 added" in report and "matched by name" in report
    assert "UTF-16 code units" in report  # the detected counting is reported
    assert "Undo" in dialog.summary.text() and dialog.cancel_button.text() == "Close"
    assert len(project.sources.list()) == 5 and len(project.codings.all()) == 304
    qtbot.waitUntil(lambda: len(window.session.codes()) == 156)  # refreshed from the Changes
    assert window.actions_.undo.text() == "&Undo Import 'nvivo12-windows-sample.qdpx'"
    window.undo()
    assert state(project) == before
    assert len(window.session.codes()) == 4


def test_options_reach_the_service_and_reread_the_file(qtbot, make_window, project, answers):
    window = make_window(project)
    dialog = open_import(qtbot, window, answers)
    dialog.match_guid.setChecked(True)
    dialog.reading.parse_speakers.setChecked(False)
    dialog.reading.counting.setCurrentIndex(1)  # as the standard says: a new preview
    qtbot.waitUntil(lambda: dialog.preview_job is None and dialog.model is not None,
                    timeout=20000)
    options = dialog.options()
    assert options.match_codes_by == "guid" and options.parse_speakers is False
    assert options.counting == refi.Counting()
    assert "Unicode code points" in dialog.file_preview.facts["counting"].text()
    dialog.into_new.setChecked(True)
    assert not dialog.match_guid.isEnabled()


def test_import_into_a_new_project(qtbot, make_window, answers, tmp_path):
    window = make_window()
    dialog = open_import(qtbot, window, answers)
    assert not dialog.into_open.isEnabled() and dialog.into_new.isChecked()
    answers.queue["save_file"].append(str(tmp_path / "från nvivo"))
    dialog.start()
    finish(qtbot, dialog)
    assert dialog.new_project_path == tmp_path / "från nvivo.qhtl"
    project = window.session.project
    assert project.path == tmp_path / "från nvivo.qhtl"
    assert {s.name for s in project.sources.list()} == {"videos_selection", "videos_10_selected"}
    assert len(project.codebook.codes()) == 152 and len(project.codings.all()) == 303
    assert "created and opened" in dialog.summary.text()
    assert "UTF-16" in dialog.results.toPlainText()
    assert not window.actions_.undo.isEnabled()  # undoing would only empty the new project
    assert window.document.view.source is not None


def test_a_corrupt_file_shows_an_error_and_changes_nothing(qtbot, make_window, project,
                                                           answers, tmp_path):
    broken = tmp_path / "trasig.qdpx"
    broken.write_bytes(NVIVO.read_bytes()[:50_000])
    before = state(project)
    window = make_window(project)
    dialog = open_import(qtbot, window, answers, broken)
    assert "not a readable .qdpx file" in dialog.preview_error
    message = dialog.file_preview.message
    assert message.isVisible() and "cannot be imported" in message.text()
    assert not dialog.import_button.isEnabled() and dialog.start() is None
    assert state(project) == before


def test_a_failure_while_writing_leaves_the_project_as_it_was(qtbot, make_window, project,
                                                               answers, user_errors,
                                                               monkeypatch):
    from qualcoder_htl.core.errors import UserError
    from qualcoder_htl.services import refi_merge
    real_run = refi_merge.Merge.run

    def run_then_fail(self):
        real_run(self)
        raise UserError("simulated failure after everything was written")
    monkeypatch.setattr(refi_merge.Merge, "run", run_then_fail)
    before = state(project)
    window = make_window(project)
    dialog = open_import(qtbot, window, answers)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert user_errors == ["simulated failure after everything was written"]
    assert dialog.report is None and "Nothing was imported" in dialog.file_preview.message.text()
    assert dialog.file_preview.isEnabled() and dialog.import_button.isEnabled()  # try again
    assert state(project) == before


def test_cancel_leaves_the_project_unchanged(qtbot, make_window, project, answers, monkeypatch):
    window = make_window(project)
    dialog = open_import(qtbot, window, answers)
    before = state(project)
    started = threading.Event()
    real_read = refi_import.read_file

    def slow_read(path, options=None, progress=None):
        started.set()
        for i in range(200):
            progress.step(i, 200, "waiting")
            time.sleep(0.02)
        return real_read(path, options, progress)
    monkeypatch.setattr(refi_import, "read_file", slow_read)
    dialog.start()
    assert started.wait(5)
    dialog.reject()  # closing while importing cancels first
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert "Cancelled" in dialog.file_preview.message.text() and dialog.report is None
    assert state(project) == before


def test_swedish_menu_and_undo_label(qtbot, make_window, project, answers):
    from qualcoder_htl.gui import settings as app_settings
    translation = app_settings.Translation()
    assert translation.apply("sv")
    try:
        window = make_window(project)
        texts = [x.text() for x in window.menuBar().actions()[0].menu().actions()]
        assert "E&xportera REFI-QDA-projekt (.qdpx)…" in texts
        assert "Exportera &kodbok (.qdc)…" in texts
        assert "Importera &REFI-QDA (.qdpx/.qdc)…" in texts
        dialog = open_import(qtbot, window, answers)
        assert dialog.windowTitle() == "Importera REFI-QDA"
        dialog.start()
        finish(qtbot, dialog)
        assert window.actions_.undo.text() == "&Ångra Importera 'nvivo12-windows-sample.qdpx'"
    finally:
        translation.apply("en")


def test_a_new_project_over_an_existing_file_is_refused(qtbot, make_window, answers, tmp_path,
                                                        user_errors):
    existing = tmp_path / "finns.qhtl"
    existing.write_bytes(b"someone's project")
    window = make_window()
    dialog = open_import(qtbot, window, answers)
    answers.queue["save_file"].append(str(existing))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert "already exists" in user_errors[0]
    assert "no project was created" in dialog.file_preview.message.text()
    assert window.session is None and existing.read_bytes() == b"someone's project"
