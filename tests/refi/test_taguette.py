"""Codebook exchange with a real Taguette 1.5.2 (issue 15), run in its own virtual environment.

Why a separate environment: Taguette 1.5.2, the newest release (``Requires-Python >=3.7,<4``,
so Python 3.11 is fine), requires ``SQLAlchemy>=1.4,<1.5`` and ``alembic>=1.6,<1.9``; we
require SQLAlchemy 2 and alembic 1.12, so it cannot sit in our dev extras. The session fixture
``taguette_python`` makes ``~/.cache/qualcoder-htl-tests/taguette-1.5.2`` once (``python -m
venv`` + ``pip install taguette==1.5.2``, about a minute and a quarter here; PyPI must be
reachable, as it is for .ci/run) and reuses it afterwards. If the install fails, the tests
FAIL with pip's output: nothing is skipped.

``taguette_driver.py`` (next to this file, run with that environment's Python) starts Taguette's
own web application on 127.0.0.1 over a fresh SQLite database made by Taguette's own
``database.connect``, and does what a user does in the browser: makes a project, adds tags
with its API, downloads ``export/codebook.qdc`` / ``codebook.csv`` (Taguette's
``export.codebook_xml`` / ``codebook_csv``), uploads a codebook to ``import_codebook``
(Taguette's ``import_codebook.list_tags``) and submits the confirmation form; then reads the
tags back from Taguette's database with its models. Only Taguette's check for news on
msg.taguette.org is switched off (no Internet calls from tests).

What Taguette 1.5.2 can and cannot do with codebooks (from its code, shown by these tests):
- EXPORT .qdc: one flat ``<Code>`` per tag (name = the tag's path, GUID = uuid5 of the path),
  WITHOUT the tag's description, and an empty ``<Sets/>`` (not schema-valid). It imports into
  ours: names and GUIDs arrive; descriptions cannot, the file has none.
- IMPORT .qdc: NO. Its codebook import reads CSV only (a column named ``tag``, ``name`` or
  ``path``, exactly one, and an optional ``description``), and it has no other REFI-QDA
  reader. Our .qdc uploaded there is refused ("No 'tag', 'name', or 'path' column").
- So our codebook reaches Taguette as our codebook CSV: every code path arrives as a tag.
- Our codebook CSV writes the definition in a ``description`` column, which Taguette reads,
  and our codebook CSV import reads Taguette's ``tag`` column as the code path, so codebooks
  travel both ways with their descriptions.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from lxml import etree

from qualcoder_htl.services import Project
from qualcoder_htl.services.codebook_csv import export_codebook, import_codebook
from qualcoder_htl.services.refi_export import _guids, export_qdc
from qualcoder_htl.services.refi_import import import_refi

from .conftest import assert_valid

try:
    import fcntl
except ImportError:  # Windows: no lock; runs there do not share the cache concurrently
    fcntl = None

pytestmark = pytest.mark.slow

VERSION = "1.5.2"
CACHE = Path.home() / ".cache" / "qualcoder-htl-tests" / f"taguette-{VERSION}"
DRIVER = Path(__file__).with_name("taguette_driver.py")
CB = "{urn:QDA-XML:codebook:1.0}"
# Tags made in Taguette (which adds its own default tag "interesting" to every new project)
TAGS = [{"path": "people.teacher", "description": "Lärare & <rektor>, \"citat\""},
        {"path": "Vägen in", "description": "Hur familjen fick stöd"},
        {"path": "famille & école", "description": ""}]
RICH_PATHS = {"Personal", "Personal / Samverkan", "Personal / Stöd för idén", "Familjer",
              "Familjer / Vägen in", "Familjer / Tillit"}


def _python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _run(cmd: list, timeout: int, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, env=_clean_env(), **kw)


def _has_taguette(python: Path) -> bool:
    return python.exists() and _run([python, "-c", "import taguette.web, sys; sys.exit("
                                     f"taguette.__version__ != {VERSION!r})"], 120
                                    ).returncode == 0


@contextmanager
def _locked(path: Path):
    """One test run at a time builds the cached environment."""
    with open(path, "w") as f:
        if fcntl is not None:
            fcntl.flock(f, fcntl.LOCK_EX)
        yield


@pytest.fixture(scope="session")
def taguette_python() -> Path:
    python = _python(CACHE)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    with _locked(CACHE.parent / f"taguette-{VERSION}.lock"):
        if not _has_taguette(python):
            shutil.rmtree(CACHE, ignore_errors=True)
            for cmd in ([sys.executable, "-m", "venv", CACHE],
                        [python, "-m", "pip", "install", "-q", f"taguette=={VERSION}"]):
                r = _run(cmd, 900)
                if r.returncode != 0:
                    shutil.rmtree(CACHE, ignore_errors=True)
                    pytest.fail(f"could not install Taguette {VERSION} ({' '.join(map(str, cmd))}"
                                f"):\n{(r.stdout + r.stderr)[-6000:]}", pytrace=False)
            assert _has_taguette(python), f"Taguette {VERSION} installed but does not import"
    return python


def taguette(python: Path, *args, tags: list | None = None) -> dict:
    """Run taguette_driver.py in Taguette's environment; its JSON answer."""
    r = _run([python, DRIVER, *args], 300, input=json.dumps(tags) if tags is not None else "")
    assert r.returncode == 0, f"Taguette driver failed:\n{r.stderr[-6000:]}"
    out = json.loads(r.stdout)
    assert out["taguette_version"] == VERSION
    return out


@pytest.fixture(scope="module")
def taguette_export(taguette_python, tmp_path_factory) -> dict:
    """Taguette's own codebook exports (.qdc and .csv) of a project with TAGS."""
    work = tmp_path_factory.mktemp("taguette-export")
    return taguette(taguette_python, "export", work, tags=TAGS)


def test_taguettes_qdc_export_imports_into_ours(taguette_export, tmp_path):
    made = taguette_export["tags"]  # read back from Taguette's database
    assert [t["path"] for t in made] == ["interesting"] + [t["path"] for t in TAGS]
    qdc = Path(taguette_export["qdc"])
    root = etree.fromstring(qdc.read_bytes())
    assert root.tag == f"{CB}CodeBook" and root.get("origin") == f"Taguette {VERSION}"
    in_file = {c.get("name"): c.get("guid") for c in root.iter(f"{CB}Code")}
    assert set(in_file) == {t["path"] for t in made}
    assert not list(root.iter(f"{CB}Description"))  # Taguette writes no descriptions

    with Project.create(tmp_path / "p.qhtl", coder="Anna") as p:
        report = import_refi(p, qdc)
        assert report.origin == f"Taguette {VERSION}"
        codes = {c.name: c for c in p.codebook.codes()}
        assert set(codes) == set(in_file) and report.codes_added == len(in_file)
        assert all(c.parent_id is None and c.definition == "" for c in codes.values())
        guids = _guids(p, "codes")
        assert {name: guids[c.id].upper() for name, c in codes.items()} == in_file
        assert import_refi(p, qdc).codes_added == 0  # the same codebook again adds nothing


def test_taguettes_qdc_is_schema_valid_but_for_its_empty_sets(taguette_export):
    xml = Path(taguette_export["qdc"]).read_bytes()
    with pytest.raises(AssertionError):
        assert_valid(xml, "Codebook-mrt2019.xsd")
    assert_valid(xml.replace(b"<Sets/>", b""), "Codebook-mrt2019.xsd")


def test_our_codebook_csv_imports_into_taguette(rich_project, taguette_python, tmp_path):
    out = tmp_path / "kodbok.csv"
    export_codebook(rich_project, out)
    work = tmp_path / "taguette"
    work.mkdir()
    result = taguette(taguette_python, "import", work, out)
    assert (result["upload_status"], result["error"]) == (200, None)
    assert (result["confirm_status"], result["confirm_error"]) == (303, None)
    assert [t["path"] for t in result["tags_before"]] == ["interesting"]
    paths = [t["path"] for t in result["tags"]]
    assert sorted(paths) == sorted(RICH_PATHS | {"interesting"}) and len(set(paths)) == 7


def test_our_qdc_is_refused_by_taguette_which_imports_no_qdc(rich_project, taguette_python,
                                                             tmp_path):
    out = tmp_path / "kodbok.qdc"
    export_qdc(rich_project, out)
    assert_valid(out.read_bytes(), "Codebook-mrt2019.xsd")
    work = tmp_path / "taguette"
    work.mkdir()
    result = taguette(taguette_python, "import", work, out)
    assert result["upload_status"] == 400
    assert result["error"] == "No 'tag', 'name', or 'path' column"
    assert result["tags"] == result["tags_before"]  # nothing changed in Taguette


def test_our_definitions_arrive_in_taguette_as_descriptions(rich_project, taguette_python,
                                                            tmp_path):
    out = tmp_path / "kodbok.csv"
    export_codebook(rich_project, out)
    work = tmp_path / "taguette"
    work.mkdir()
    tags = {t["path"]: t["description"]
            for t in taguette(taguette_python, "import", work, out)["tags"]}
    assert tags["Personal"] == "Vad personalen säger"
    assert tags["Familjer / Vägen in"] == "Hur familjen fick stöd"


def test_taguettes_csv_codebook_with_descriptions_imports_into_ours(taguette_export, tmp_path):
    with Project.create(tmp_path / "p.qhtl", coder="Anna") as p:
        import_codebook(p, taguette_export["csv"])
        codes = {c.name: c.definition for c in p.codebook.codes()}
        assert codes == {t["path"]: t["description"] for t in taguette_export["tags"]}
