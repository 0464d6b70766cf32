import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# working files of exports (core.atomic) go to a private folder of the test run, not the
# user's own data folder
os.environ.setdefault("QUALCODER_HTL_DATA", __import__("tempfile").mkdtemp(prefix="qhtl-data-"))

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def private_error_logs(tmp_path, monkeypatch):
    """Error logs (core.errorlog) go to the test's folder, not the user's data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def fresh_key_session():
    """A new session of encrypted projects: no key remembered, nobody to ask (restored after)."""
    from qualcoder_htl.services import encryption
    from qualcoder_htl.store import cipher
    cipher.forget_all()
    previous = encryption.set_passphrase_provider(None)
    yield
    encryption.set_passphrase_provider(previous)
    cipher.forget_all()


from .pg import fresh_database_url, pg_server  # noqa: E402,F401  (the test server's fixtures)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request):
    """Run a test on both stores: a project file and a project on a PostgreSQL server."""
    return request.param


@pytest.fixture
def new_project_location(backend, tmp_path, request):
    """Where to create a project on ``backend``: a file path or a fresh database's URL."""
    if backend == "sqlite":
        return tmp_path / "test.qhtl"
    return request.getfixturevalue("fresh_database_url")


@pytest.fixture
def any_project(new_project_location):
    """A new project on each backend; a test module that defines its ``project`` fixture as
    this one runs on both (see tests/test_codings.py)."""
    from qualcoder_htl.services import Project

    p = Project.create(new_project_location, coder="tester")
    yield p
    p.close()


@pytest.fixture
def project(tmp_path, request):
    """A new project file; with ``QHTL_TEST_BACKEND=postgresql`` a new project on the test
    server instead (to run any test module against PostgreSQL)."""
    from qualcoder_htl.services import Project

    location = tmp_path / "test.qhtl"
    if os.environ.get("QHTL_TEST_BACKEND") == "postgresql":
        location = request.getfixturevalue("fresh_database_url")
    p = Project.create(location, coder="tester")
    yield p
    p.close()


@pytest.fixture
def add_text(project, tmp_path):
    """Import a UTF-8 text as a source through the real importer; returns the source id."""
    folder = tmp_path / "incoming"
    folder.mkdir()

    def add(name: str, text: str) -> int:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        report = project.importer.import_files([path])
        result = report.results[0]
        assert result.status == "imported", result.message
        return result.source_id
    return add


INTERVIEW = """Intervju, HTL-team skola
J: Hur länge har du varit med i teamet?
IP: Sedan hösten. Det var rektorn som frågade mig, och jag tackade ja direkt.
J: Vad har förändrats i ert arbete?
IP: Vi träffas oftare, och samverkan kring ett barn fungerar bättre än förut. \
Men det är svårt att hinna.
J: Har det blivit någon idé kvar?
IP: Ja, idén om samverkan för barnens hälsa. Här har vi mycket att göra."""


def pytest_terminal_summary(terminalreporter):
    """Figures of the frozen-app test (build size and time, start-up), when it ran."""
    module = __import__("sys").modules.get("tests.test_frozen_app")
    figures = getattr(module, "FIGURES", None)
    if figures:
        terminalreporter.section("installed app (build.spec)")
        for name, value in figures.items():
            terminalreporter.write_line(f"{name}: {value}")
