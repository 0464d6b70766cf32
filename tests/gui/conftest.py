"""GUI test fixtures: settings in a temporary folder, dialogs answered without blocking, a small
coded project, and window factories whose windows are closed at teardown."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings  # noqa: E402

INTERVIEW_A = """Intervju, HTL-team skola
[00:00:05] J: Hur länge har du varit med i teamet?
[00:00:09] IP: Sedan hösten. Det var rektorn som frågade mig, och jag tackade ja direkt.
J: Vad har förändrats i ert arbete?
IP: Vi träffas oftare, och samverkan kring ett barn fungerar bättre. Men det är svårt att hinna.
J: Har det blivit någon idé kvar?
IP: Ja, idén om samverkan för barnens hälsa. Här har vi mycket att göra."""

INTERVIEW_B = """Intervju, ledningsgrupp
J: Vad är syftet med HTL?
IP: Att barnen ska må bra 👍🏽 och att vi jobbar tillsammans. Samverkan är nyckeln.
J: Vad är svårt?
IP: Mandatet är otydligt. Ingen vet riktigt vem som beslutar."""

INTERVIEW_C = """Intervju, vårdnadshavare
J: Hur kom ni i kontakt med stödet?
IP: Det var via skolan. Kuratorn ringde och frågade om vi ville ha hembesök.
J: Hur var det?
IP: Det var tryggt. Vi blev inte dömda, och samverkan med skolan blev bättre."""


# Two screens side by side, as on a desk with a laptop: the first (primary) is a desktop
# monitor, the second a laptop's; windows start on the first. The offscreen platform takes
# them from a configuration file (Qt's own "configfile" option).
SCREENS = {"desktop": (0, 0, 1920, 1080), "laptop": (1920, 0, 1366, 768)}


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory):
    import json
    import os
    config = tmp_path_factory.mktemp("screens") / "screens.json"
    config.write_text(json.dumps({"synchronousWindowSystem": False, "windowFrameMargins": False,
                                  "screens": [{"name": name, "x": x, "y": y, "width": w,
                                               "height": h, "logicalDpi": 96,
                                               "logicalBaseDpi": 96, "dpr": 1}
                                              for name, (x, y, w, h) in SCREENS.items()]}))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen"):
        return ["pytest", "-platform", f"offscreen:configfile={config}"]
    return ["pytest"]


@pytest.fixture(scope="session", autouse=True)
def guard_references(qapp):
    """On a Qt binding that loses references to None/True (PySide6 6.12.0 on Python 3.11),
    keep them topped up as the application does, so a long test run cannot abort."""
    from qualcoder_htl.gui.binding_check import protect
    protect()
    yield


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """As the application does at start: the English translator, which holds the plural forms
    ("%n file(s)" → "1 file", "2 files")."""
    from qualcoder_htl.gui.settings import Translation
    translation = Translation()
    assert translation.apply("en")
    yield translation


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    from qualcoder_htl.gui import settings
    settings.settings().clear()
    yield


@pytest.fixture(autouse=True)
def user_errors(monkeypatch):
    """Errors shown to the user are collected instead of opening a modal dialog."""
    from qualcoder_htl.gui import errors
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_user_error", lambda parent, e: shown.append(str(e)))
    return shown


@pytest.fixture
def answers(monkeypatch):
    """Queue answers for the modal questions in ``gui.prompts``."""
    from qualcoder_htl.gui import prompts
    queue: dict[str, list] = {"confirm": [], "ask_text": [], "choose": [], "choose_button": [],
                              "open_file": [], "save_file": []}
    asked: list[tuple[str, str]] = []

    def answer(kind):
        def fn(parent, title, text, *args, **kwargs):
            asked.append((kind, text))
            assert queue[kind], f"unexpected {kind}: {text}"
            return queue[kind].pop(0)
        return fn
    for kind in queue:
        monkeypatch.setattr(prompts, kind, answer(kind))
    monkeypatch.setattr(prompts, "inform", lambda *a, **k: asked.append(("inform", a[2])))
    queue_obj = type("Answers", (), {})()
    queue_obj.queue = queue
    queue_obj.asked = asked
    return queue_obj


def write_interviews(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in (("skola_a_01.txt", INTERVIEW_A), ("ledning_01.txt", INTERVIEW_B),
                       ("vh_01.txt", INTERVIEW_C)):
        p = folder / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def build_project(path: Path, incoming: Path):
    """Three interviews, attributes, a small codebook and one coding."""
    from qualcoder_htl.services import Project
    p = Project.create(path, coder="tester")
    report = p.importer.import_files(write_interviews(incoming))
    ids = {Path(r.path).name: r.source_id for r in report.results}
    p.attributes.set_source_values({
        ids["skola_a_01.txt"]: {"Respondentgrupp": "HTL-team skola", "Skola": "Skola A"},
        ids["ledning_01.txt"]: {"Respondentgrupp": "ledningsgrupp"},
        ids["vh_01.txt"]: {"Respondentgrupp": "vårdnadshavare", "Skola": "Skola B"}})
    parent = p.codebook.create("Genomförande", color="#911eb4").result
    p.codebook.create("Samverkan", parent_id=parent, color="#46f0f0")
    p.codebook.create("Svårt i praktiken", parent_id=parent, color="#e6194b")
    p.codebook.create("Tillit", color="#3cb44b")
    samverkan = p.codebook.find("Samverkan").id
    text = p.sources.get(ids["skola_a_01.txt"]).text
    start = text.index("samverkan kring")
    p.codings.add(ids["skola_a_01.txt"], samverkan, start, start + len("samverkan kring ett barn"))
    p.close()
    return ids


@pytest.fixture(scope="session")
def template_project(tmp_path_factory):
    folder = tmp_path_factory.mktemp("template")
    ids = build_project(folder / "gui.qhtl", folder / "incoming")
    return folder / "gui.qhtl", ids


@pytest.fixture
def project(tmp_path, template_project):
    """A fresh copy of the template: three interviews, attributes, four codes, one coding."""
    import shutil

    from qualcoder_htl.services import Project
    path = tmp_path / "gui.qhtl"
    shutil.copy(template_project[0], path)
    p = Project.open(path, coder="tester")
    p.ids = dict(template_project[1])  # for tests: source ids by file name
    yield p
    p.close()


@pytest.fixture
def make_session(qtbot):
    from qualcoder_htl.gui.session import Session
    made = []

    def make(project):
        session = Session(project)
        made.append(session)
        return session
    yield make
    for s in made:
        s.project.unsubscribe(s._on_project_changed)


@pytest.fixture
def make_window(qtbot):
    """Factory: a main window on a project (or none); closed at teardown by qtbot."""
    from qualcoder_htl.gui.main_window import MainWindow
    from qualcoder_htl.gui.session import Session

    def make(project=None, show=True):
        window = MainWindow(Session(project) if project is not None else None)
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window
    return make


@pytest.fixture
def small_corpus(tmp_path):
    """A demo corpus in the layout of corpora/htl-demo, small enough for tests."""
    root = tmp_path / "corpus"
    paths = write_interviews(root / "transcripts")
    with open(root / "attributes.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(("fil", "respondentgrupp", "organisationsnivå"))
        w.writerow(("skola_a_01.txt", "HTL-team skola", "HTL-team skola"))
        w.writerow(("ledning_01.txt", "ledningsgrupp", "Ledningsgrupp"))
        w.writerow(("vh_01.txt", "vårdnadshavare", "Familjer/vårdnadshavare"))
    with open(root / "codebook.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(("path", "color", "definition", "inclusion", "exclusion"))
        w.writerow(("Genomförande", "#911eb4", "Hur arbetet gick till.", "", ""))
        w.writerow(("Genomförande / Samverkan", "#46f0f0", "Samverkan kring barn.", "", ""))
    text = paths[0].read_text(encoding="utf-8")
    start = text.index("samverkan kring")
    end = start + len("samverkan kring ett barn")
    with open(root / "codings.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(("source", "code", "start", "end", "key_quote", "text"))
        w.writerow(("skola_a_01.txt", "Genomförande / Samverkan", start, end, "1",
                    text[start:end]))
    with open(root / "cases.csv", "w", encoding="utf-8", newline="") as f:
        f.write("case,source\nFamilj 1,vh_01.txt\n")
    return root
