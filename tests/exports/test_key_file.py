"""The pseudonymisation key kept apart (``key-split`` / ``key-join``), on real files: after a
split no byte of the project's folder (the file, its WAL and shared memory, its backups) holds
an original, nor does the key file (it is encrypted); the project codes and exports without the
key file; a join brings back exactly what was there, and keeps codings made meanwhile right;
wrong passphrases and foreign key files are one clear line; a kill -9 at any moment of a split
never loses the key."""
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qualcoder_htl.core import messages
from qualcoder_htl.core.errors import UserError
from qualcoder_htl.pseudonymise.suggestions import PERSON
from qualcoder_htl.services import Project, export_log
from qualcoder_htl.services.key_state import key_kept_apart
from qualcoder_htl.services.pseudonymisation_keyfile import join_key, split_key
from qualcoder_htl.store import key_file

from ..conftest import ROOT
from .planted import ORIGINALS, PERSON_NAME, TEXT, leaks, planted_project

PASS = "korrekt häst batteri häftapparat"
RARE = "Ewa Zlatkowska"
SENTENCE = f"Det var {PERSON_NAME} på Tjärnaskolan i Kvarnby som ringde oss."
SECOND = (f"J: Vem hjälpte er?\nIP: Det var {RARE} på fritids, hon ringde varje vecka.\n"
          f"IP: Sedan kom {RARE} hem till oss.\n")
NEEDLES = (*ORIGINALS, "Zlatkowska", SENTENCE, f"hon ringde varje vecka.\nIP: Sedan kom {RARE}")


def _scan_bytes(data: bytes) -> list[str]:
    low = data.lower()
    return [f"{n} ({enc})" for n in NEEDLES for enc in ("utf-8", "utf-16-le")
            if n.lower().encode(enc) in low]


def scan_folder(folder: Path) -> dict[str, list[str]]:
    """Every file directly in the project's folder (the project, -wal, -shm, backups, the
    lock file), byte by byte, in UTF-8 and UTF-16-LE."""
    out = {}
    for f in sorted(folder.iterdir()):
        if f.is_file():
            found = _scan_bytes(f.read_bytes())
            if found:
                out[f.name] = found
    return out


def make_project(folder: Path) -> Project:
    p = planted_project(folder)
    incoming = folder / "incoming"
    src = incoming / "vh_2.txt"
    src.write_text(SECOND, encoding="utf-8")
    sid = p.importer.import_files([src]).results[0].source_id
    at = SECOND.index(RARE)
    p.pseudonymisation.add_span(sid, at, at + len(RARE), PERSON)
    code = p.codebook.codes()[0].id
    p.codings.add(sid, code, SECOND.index("Sedan"), len(SECOND) - 1)  # over the second name
    first = next(s.id for s in p.sources.list() if "Yusuf" in s.name)
    inside = TEXT.index("Haddad på")  # starts inside a name: the split makes it grow
    other = p.codebook.create("Namngivet").result
    p.codings.add(first, other, inside, inside + len("Haddad på Tjär"))
    shutil.rmtree(incoming)  # the imported files are the user's own, not the project's
    return p


def snapshot(path: Path) -> dict:
    """What a join must bring back exactly: texts, files, names, values, memos, codings,
    turns, the key and everything pseudonymisation keeps."""
    con = sqlite3.connect(path)
    try:
        tables = ("sources", "source_files", "turns", "codings", "codes", "memos", "cases",
                  "attribute_defs", "source_attribute_values", "coders", "pseudo_key",
                  "pseudo_known", "pseudo_suggestions", "pseudo_decisions", "pseudo_sources",
                  "pseudo_log", "pseudo_policy")
        out = {t: sorted(map(tuple, con.execute(f"SELECT * FROM {t}"))) for t in tables}
        out["project_meta"] = sorted(r for r in con.execute("SELECT * FROM project_meta")
                                     if r[0] not in ("project_id", "key_split"))
        return out
    finally:
        con.close()


@pytest.fixture
def planted(tmp_path):
    p = make_project(tmp_path / "project")
    yield p
    p.close()


def test_split_leaves_no_original_in_any_byte_and_join_restores_exactly(planted, tmp_path):
    folder = planted.path.parent
    planted.backup()  # a backup beside the project holds the originals too
    assert scan_folder(folder)  # the originals are really there, in the file and backup
    before = snapshot(planted.path)
    keyfile = tmp_path / "nyckel.qhtlkey"

    report = split_key(planted, keyfile, PASS)
    assert report.sources == 2 and report.backups_deleted == 1
    assert key_kept_apart(planted) and planted.undo_stack.can_undo is False
    assert scan_folder(folder) == {}  # open: the file, its WAL and shared memory
    assert _scan_bytes(keyfile.read_bytes()) == []  # encrypted
    assert key_file.read(keyfile, PASS).ops  # and readable with the passphrase
    planted.close()
    assert scan_folder(folder) == {}

    p = Project.open(folder / "projekt.qhtl", coder="assistent")
    try:
        assert not p.pseudonymisation.active() and p.pseudonymisation.key_entries() == []
        assert key_kept_apart(p)
        p.close()
        p = Project.open(folder / "projekt.qhtl", coder="forskare")
        back = join_key(p, keyfile, PASS)
        assert back.sources == 2 and back.codings == 4
        assert not key_kept_apart(p) and p.pseudonymisation.active()
        kinds = [(e.kind, e.file_name, e.result) for e in export_log.entries(p)]
        assert ("key_split", "nyckel.qhtlkey", "ok") in kinds
        assert ("key_join", "nyckel.qhtlkey", "ok") in kinds
    finally:
        p.close()
    assert snapshot(folder / "projekt.qhtl") == before


def test_without_the_key_file_the_project_codes_and_exports(planted, tmp_path):
    sid = next(s.id for s in planted.sources.list() if "2" in s.name)
    split_key(planted, tmp_path / "nyckel.qhtlkey", PASS)
    text = planted.sources.get(sid).text
    assert RARE not in text and "Zlatkowska" not in text
    code = planted.codebook.create("Stöd hemma").result
    # while split: one coding over the pseudonym of the rare name and the words after it,
    # one over plain words only
    first = text.index("Det var ") + len("Det var ")
    over_name = planted.codings.add(sid, code, first, text.index(" på fritids") + 11).result
    plain = planted.codings.add(sid, code, text.index("ringde varje vecka"),
                                text.index("varje vecka") + 11).result
    out = tmp_path / "ut"
    out.mkdir()
    report = planted.analysis.export_report(out / "rapport.docx", by="Pilotskola")
    quotes = planted.analysis.export_quotes(planted.analysis.quotes(code, by="Pilotskola"),
                                            out / "citat.docx")
    copy = planted.pseudonymisation.export_copy(out / "delad.qhtl")
    for path in (report, quotes, Path(copy.path)):
        assert path.exists() and leaks(path) == [] and _scan_bytes(path.read_bytes()) == []
    with pytest.raises(UserError, match="kept apart"):
        planted.pseudonymisation.detect()
    with pytest.raises(UserError, match="kept apart"):
        planted.pseudonymisation.export_key(out / "nyckel.csv")
    with pytest.raises(UserError, match="kept apart"):
        planted.pseudonymisation.add_known("Anna", PERSON)
    with pytest.raises(UserError, match="kept apart"):
        from qualcoder_htl.services.text_edits import edit_text
        edit_text(planted, sid, text + "\nMer.")
    copied = Project.open(copy.path)
    try:  # a shared copy of a split project is a plain shared copy
        assert not key_kept_apart(copied)
    finally:
        copied.close()

    join_key(planted, tmp_path / "nyckel.qhtlkey", PASS)
    original = planted.sources.get(sid).text
    assert original == SECOND.rstrip("\n")
    c = planted.codings.get(over_name)
    assert original[c.start:c.end] == f"{RARE} på fritids"
    c = planted.codings.get(plain)
    assert original[c.start:c.end] == "ringde varje vecka"


def test_one_clear_line_for_every_refusal(planted, tmp_path):
    keyfile = tmp_path / "nyckel.qhtlkey"
    with pytest.raises(UserError, match="not kept apart"):
        join_key(planted, keyfile, PASS)
    other = Project.create(tmp_path / "annat.qhtl", coder="forskare")
    try:
        with pytest.raises(UserError, match="no pseudonymisation key"):
            split_key(other, tmp_path / "tom.qhtlkey", PASS)
        split_key(planted, keyfile, PASS)
        with pytest.raises(UserError, match="already kept apart"):
            split_key(planted, tmp_path / "igen.qhtlkey", PASS)
        with pytest.raises(UserError, match="passphrase is wrong"):
            join_key(planted, keyfile, "fel lösenfras")
        with pytest.raises(UserError, match="No key file"):
            join_key(planted, tmp_path / "saknas.qhtlkey", PASS)
        with pytest.raises(UserError, match="not a qualcoder-htl key file|passphrase"):
            join_key(planted, other.path, PASS)  # a project file is no key file
        # the key file of another project
        other.close()
        other = make_project(tmp_path / "tredje")
        split_key(other, tmp_path / "tredje.qhtlkey", PASS)
        with pytest.raises(UserError, match="another project"):
            join_key(planted, tmp_path / "tredje.qhtlkey", PASS)
        assert key_kept_apart(planted)  # nothing changed
        reasons = [e.reason for e in export_log.entries(planted) if e.result != "ok"]
        assert "keyfile.wrong_passphrase" in reasons
    finally:
        other.close()


def test_an_existing_file_is_never_overwritten(planted, tmp_path):
    keyfile = tmp_path / "nyckel.qhtlkey"
    keyfile.write_bytes(b"mine")
    with pytest.raises(UserError, match="already exists"):
        split_key(planted, keyfile, PASS)
    assert keyfile.read_bytes() == b"mine" and not key_kept_apart(planted)


# --- the command line --------------------------------------------------------------------

def _cli(args, capsys, passphrase=PASS):
    from qualcoder_htl.cli import main
    old = os.environ.get("QHTL_KEY_PASSPHRASE")
    os.environ["QHTL_KEY_PASSPHRASE"] = passphrase
    try:
        code = main(["--coder", "forskare", "-q", *args])
    finally:
        if old is None:
            del os.environ["QHTL_KEY_PASSPHRASE"]
        else:
            os.environ["QHTL_KEY_PASSPHRASE"] = old
    return code, capsys.readouterr().err


def test_cli_split_join_and_its_errors(planted, tmp_path, capsys):
    path, keyfile = str(planted.path), str(tmp_path / "nyckel.qhtlkey")
    planted.close()
    other = make_project(tmp_path / "annat")
    split_key(other, tmp_path / "annat.qhtlkey", PASS)
    other.close()
    code, err = _cli(["key-split", path, keyfile], capsys)
    assert code == 0 and "nyckel.qhtlkey" in err
    for args, passphrase, expect in (
            (["key-join", path, str(tmp_path / "annat.qhtlkey")], PASS, "another project"),
            (["key-split", path, str(tmp_path / "b.qhtlkey")], PASS, "already kept apart"),
            (["key-join", path, keyfile], "fel", "passphrase is wrong"),
            (["key-join", path, str(tmp_path / "saknas.qhtlkey")], PASS, "No key file")):
        code, err = _cli(args, capsys, passphrase)
        lines = err.strip().splitlines()
        assert code == 1 and len(lines) == 1 and lines[0].startswith("error:"), err
        assert expect in lines[0] and "Traceback" not in err
    code, err = _cli(["key-join", path, keyfile], capsys)
    assert code == 0, err
    code, err = _cli(["key-join", path, keyfile], capsys)
    assert code == 1 and err.startswith("error:") and "not kept apart" in err
    os.environ["QHTL_LANG"] = "sv"
    try:
        code, err = _cli(["key-join", path, keyfile], capsys)
    finally:
        del os.environ["QHTL_LANG"]
        messages.set_language("en")
    assert code == 1 and "förvaras inte separat" in err
    empty = str(tmp_path / "tom.qhtl")
    assert _cli(["new", empty], capsys)[0] == 0
    code, err = _cli(["key-split", empty, str(tmp_path / "tom.qhtlkey")], capsys)
    assert code == 1 and err.startswith("error:") and "no pseudonymisation key" in err


def test_cli_without_a_passphrase_on_a_pipe(planted, tmp_path, capsys, monkeypatch):
    from qualcoder_htl.cli import main
    monkeypatch.delenv("QHTL_KEY_PASSPHRASE", raising=False)
    path = str(planted.path)
    planted.close()
    code = main(["key-split", path, str(tmp_path / "k.qhtlkey")])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("error:") and "QHTL_KEY_PASSPHRASE" in err
    # what can be refused without the passphrase is refused before it is asked for
    code = main(["key-join", path, str(tmp_path / "k.qhtlkey")])
    err = capsys.readouterr().err
    assert code == 1 and "not kept apart" in err and "QHTL_KEY_PASSPHRASE" not in err


# --- kill -9 during a split ----------------------------------------------------------------

KILLS = 8


@pytest.fixture(scope="module")
def big_project(tmp_path_factory):
    """The planted project with 24 more transcripts that name the same people: a split long
    enough to be killed in the middle of it."""
    folder = tmp_path_factory.mktemp("big") / "project"
    p = make_project(folder)
    incoming = folder.parent / "more"
    incoming.mkdir()
    for i in range(24):
        (incoming / f"i{i:02}.txt").write_text(f"Intervju {i}\n" + TEXT * 30 + SECOND * 10,
                                               encoding="utf-8")
    p.importer.import_files(sorted(incoming.iterdir()))
    path = p.path
    p.close()
    return path


def _split_process(project: Path, keyfile: Path, data: Path) -> subprocess.Popen:
    env = dict(os.environ, QUALCODER_HTL_DATA=str(data), PYTHONPATH=str(ROOT),
               QHTL_KEY_PASSPHRASE=PASS, QHTL_LANG="en")
    code = "import sys; from qualcoder_htl.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.Popen([sys.executable, "-c", code, "--coder", "forskare",
                             "key-split", str(project), str(keyfile)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_for_line(proc: subprocess.Popen, text: bytes) -> None:
    for line in proc.stderr:
        if text in line:
            return


@pytest.mark.slow
def test_kill_during_split_never_loses_the_key(big_project, tmp_path):
    """Two kills at any moment, six in the last part of a split (from writing the key file
    on: the verification, the commit, the vacuum), each on a fresh copy of the project."""
    original = snapshot(big_project)
    first = tmp_path / "whole"
    first.mkdir()
    shutil.copy(big_project, first / big_project.name)
    t0 = time.monotonic()
    proc = _split_process(first / big_project.name, first / "k.qhtlkey", tmp_path / "data")
    _wait_for_line(proc, b"writing the key file")
    t_key = time.monotonic() - t0
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    whole = time.monotonic() - t0
    rng = random.Random(14)
    states = []
    for i in range(KILLS):
        run = tmp_path / f"run{i}"
        run.mkdir()
        project, keyfile = run / big_project.name, run / "k.qhtlkey"
        shutil.copy(big_project, project)
        proc = _split_process(project, keyfile, tmp_path / "data")
        if i < 2:
            time.sleep(whole * rng.uniform(0.2, 0.9))
        else:
            _wait_for_line(proc, b"writing the key file")
            time.sleep((whole - t_key) * (i - 2 + rng.random()) / (KILLS - 2))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        p = Project.open(project, coder="forskare")
        try:
            if key_kept_apart(p):  # split: the key file must be whole and bring it all back
                states.append("split")
                join_key(p, keyfile, PASS)
            else:  # not split: the key is where it was (a finished key file may be beside)
                states.append("intact" + (" + key file" if keyfile.exists() else ""))
                if keyfile.exists():
                    assert key_file.read(keyfile, PASS).ops
        finally:
            p.close()
        assert snapshot(project) == original, states[-1]
    print(f"\nkey-split of {len(original['sources'])} sources: {whole:.1f} s in all, the key "
          f"file written from {t_key:.1f} s; killed at: {states}")


def test_a_coder_whose_name_the_split_replaced_stays_one_coder(planted, tmp_path):
    sid = planted.sources.list()[0].id
    code = planted.codebook.codes()[0].id
    planted.set_coder("Haddad")  # shares a name with a participant in the key
    planted.codings.add(sid, code, 0, 5)
    split_key(planted, tmp_path / "nyckel.qhtlkey", PASS)
    assert "Haddad" not in [c.name for c in planted.coders()]
    folder = planted.path.parent
    planted.close()
    assert scan_folder(folder) == {}
    p = Project.open(folder / "projekt.qhtl", coder="Haddad")  # a new session while split
    try:
        p.codings.add(sid, code, 10, 20)
        join_key(p, tmp_path / "nyckel.qhtlkey", PASS)
        haddad = [c for c in p.coders() if c.name == "Haddad"]
        assert len(haddad) == 1 and p.coder.id == haddad[0].id
        mine = [c for c in p.codings.for_source(sid) if c.coder_id == haddad[0].id]
        assert len(mine) == 2
    finally:
        p.close()


def test_split_and_join_in_one_session_keep_the_coder_and_the_backup_folder(tmp_path):
    p = make_project(tmp_path / "project")
    try:
        p.backup_dir = tmp_path / "backups"
        p.backup(folder=p.backup_dir)
        coders = {c.id: c.name for c in p.coders()}
        report = split_key(p, tmp_path / "nyckel.qhtlkey", PASS)
        assert report.backups_deleted == 1 and list(p.backup_dir.iterdir()) == []
        join_key(p, tmp_path / "nyckel.qhtlkey", PASS)
        sid = p.sources.list()[0].id
        p.codings.add(sid, p.codebook.codes()[0].id, 0, 4)
        assert {c.id: c.name for c in p.coders()} == coders
        assert p.coder.name == "forskare"
    finally:
        p.close()


def test_only_the_store_imports_the_key_file_driver():
    from ..test_architecture import imported_modules, modules_outside
    assert [p for p in modules_outside("store") if "sqlcipher3" in imported_modules(p)] == []


def test_the_log_names_both_moves_in_the_interface_language(planted, tmp_path):
    split_key(planted, tmp_path / "nyckel.qhtlkey", PASS)
    join_key(planted, tmp_path / "nyckel.qhtlkey", PASS)
    rows = export_log.entries(planted)
    assert [r.what("sv") for r in rows] == ["Nyckeln flyttad till en nyckelfil",
                                            "Nyckeln hämtad tillbaka"]
    text = export_log.as_text(planted, rows, "en")
    assert "The key moved to a key file" in text and str(tmp_path) not in text


def test_help_of_the_commands_in_swedish(capsys, monkeypatch):
    """Help texts that command modules add are translated too (they were left as keys)."""
    from qualcoder_htl.cli import main
    monkeypatch.setenv("QHTL_LANG", "sv")
    try:
        for command, swedish in (("key-join", "nyckelfilen som ska läsas"),
                                 ("retire-originals", "bekräfta utan att fråga")):
            with pytest.raises(SystemExit):
                main([command, "--help"])
            out = capsys.readouterr().out
            assert swedish in out and "cli.help." not in out
    finally:
        messages.set_language("en")


CRASH_AFTER_COMMIT = """
import os, sys
from qualcoder_htl.store.database import Database
Database.compact = lambda self: os._exit(9)  # the process dies right after the commit
from qualcoder_htl.services import Project
from qualcoder_htl.services.pseudonymisation_keyfile import split_key
split_key(Project.open(sys.argv[1], coder="forskare"), sys.argv[2], sys.argv[3])
"""


def test_a_split_killed_before_its_vacuum_leaves_no_original_once_reopened(planted, tmp_path):
    """The split zeroes what it deletes and rebuilds the search index inside its transaction,
    so the committed pages hold no original: the next open and close (which writes the WAL
    back) leaves none in the file even though the vacuum never ran."""
    before = snapshot(planted.path)
    path, folder, keyfile = planted.path, planted.path.parent, tmp_path / "nyckel.qhtlkey"
    planted.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CRASH_AFTER_COMMIT, str(path), str(keyfile),
                           PASS], env=env, capture_output=True, timeout=300)
    assert done.returncode == 9, done.stderr.decode()
    assert Path(str(path) + "-wal").exists()  # killed with the commit in the WAL
    p = Project.open(path, coder="forskare")
    try:
        assert key_kept_apart(p)
    finally:
        p.close()
    assert scan_folder(folder) == {}
    p = Project.open(path, coder="forskare")
    try:
        join_key(p, keyfile, PASS)
    finally:
        p.close()
    assert snapshot(path) == before


def test_work_done_while_split_survives_the_join(planted, tmp_path):
    """Renamed, imported and deleted while the key was apart: the join keeps what was done."""
    sources = {s.name: s.id for s in planted.sources.list()}
    second = next(sid for name, sid in sources.items() if "2" in name)
    first = next(sid for name, sid in sources.items() if sid != second)
    split_key(planted, tmp_path / "nyckel.qhtlkey", PASS)
    code = planted.codebook.codes()[0]
    planted.codebook.rename(code.id, "Stödet i skolan")
    memo = planted.memos.list()[0]
    planted.memos.edit(memo.id, "Skrivet medan nyckeln var borta.")
    planted.sources.delete(second)
    extra = tmp_path / "ny.txt"
    extra.write_text("J: Något mer?\nIP: Nej, det var allt.\n", encoding="utf-8")
    new = planted.importer.import_files([extra]).results[0].source_id
    report = join_key(planted, tmp_path / "nyckel.qhtlkey", PASS)
    assert report.sources == 1
    assert planted.codebook.get(code.id).name == "Stödet i skolan"
    assert planted.sources.get(first).text.startswith(TEXT.split("\n")[0])
    assert PERSON_NAME in planted.sources.get(first).text
    assert planted.sources.get(new).text.startswith("J: Något mer?")
    assert second not in {s.id for s in planted.sources.list()}
    assert {o.source_id for o in planted.pseudonymisation.suggestions()} == {first}
    assert [m.text for m in planted.memos.list() if m.id == memo.id] == [
        "Skrivet medan nyckeln var borta."]


def test_a_name_inside_a_hyphenated_word_is_replaced_by_the_split(planted, tmp_path):
    """A key original inside a hyphenated word ("HTL-teamet", where "HTL" was marked as a
    name) is replaced as the export guard reads it, in the text and in a memo: the split goes
    through and nothing of the original is left."""
    f = tmp_path / "x.txt"
    f.write_text("J: Vilka var med?\nIP: Hela HTL-teamet och HTL kom.\n", encoding="utf-8")
    sid = planted.importer.import_files([f]).results[0].source_id
    at = planted.sources.get(sid).text.index("HTL kom")
    planted.pseudonymisation.add_span(sid, at, at + 3, PERSON)
    planted.memos.add("Fråga HTL-teamet igen", source_id=sid)
    keyfile = tmp_path / "nyckel.qhtlkey"
    split_key(planted, keyfile, PASS)
    assert keyfile.exists() and key_kept_apart(planted)
    text = planted.sources.get(sid).text
    assert "HTL" not in text and "-teamet" in text
    assert not any("HTL" in m.text for m in planted.memos.list())
    assert [(e.kind, e.result) for e in export_log.entries(planted)][-1] == ("key_split", "ok")
