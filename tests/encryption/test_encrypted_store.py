"""An encrypted project (real SQLCipher files): create, open with the right and a wrong
passphrase, the recovery key, encrypt → decrypt keeping every row, re-key, undo, backups."""
import shutil
import sqlite3

import pytest

from qualcoder_htl.core.errors import PassphraseNeededError, ProjectError, WrongPassphraseError
from qualcoder_htl.exporters.readback import file_texts
from qualcoder_htl.services import Project, encryption
from qualcoder_htl.services.encryption import Secret
from qualcoder_htl.store import cipher

from ..conftest import INTERVIEW
from .conftest import PASSPHRASE

PLAIN = b"SQLite format 3\x00"


def header(path):
    return path.read_bytes()[:16]


def fill(project, tmp_path):
    src = tmp_path / "intervju_zlatkowska.txt"
    src.write_text(INTERVIEW, encoding="utf-8")
    sid = project.importer.import_files([src]).results[0].source_id
    code = project.codebook.create("Samverkan").result
    project.codings.add(sid, code, 10, 40)
    project.memos.add("Ett memo")
    return sid, code


def dump(path):
    """Every row of every table of a plain project file."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(map(repr, con.execute(f'SELECT * FROM "{t}"'))) for t in tables}
    finally:
        con.close()


def test_created_encrypted_opens_with_the_passphrase_only(tmp_path):
    path = tmp_path / "hemligt.qhtl"
    with Project.create(path, coder="forskare", passphrase=PASSPHRASE) as p:
        fill(p, tmp_path)
    assert header(path) != PLAIN and encryption.is_encrypted(path)
    cipher.forget_all()
    with pytest.raises(PassphraseNeededError):
        Project.open(path)
    with pytest.raises(WrongPassphraseError) as wrong:
        Project.open(path, secret=Secret("fel lösenfras"))
    assert "does not open hemligt.qhtl" in str(wrong.value)
    with Project.open(path, secret=Secret(PASSPHRASE)) as p:
        assert p.info()["sources"] == 1 and p.info()["codings"] == 1
    with Project.open(path) as p:  # remembered for this session: not asked again
        assert p.info()["sources"] == 1
    with Project.open(path, read_only=True) as p:
        assert p.read_only and p.info()["codings"] == 1


def test_asked_once_per_session_and_again_after_a_wrong_passphrase(tmp_path):
    path = tmp_path / "p.qhtl"
    Project.create(path, passphrase=PASSPHRASE).close()
    cipher.forget_all()
    asked = []

    def provider(p, attempt):
        asked.append(attempt)
        return Secret("fel" if attempt == 0 else PASSPHRASE)
    encryption.set_passphrase_provider(provider)
    Project.open(path).close()
    Project.open(path).close()
    assert asked == [0, 1]
    cipher.forget_all()
    encryption.set_passphrase_provider(lambda p, attempt: None)  # cancelled
    with pytest.raises(PassphraseNeededError):
        Project.open(path)


def test_the_recovery_key_opens_the_project_and_its_backups(tmp_path):
    path = tmp_path / "p.qhtl"
    with Project.create(path, passphrase=PASSPHRASE) as p:
        fill(p, tmp_path)
        key = encryption.recovery_key(p)
        backup = p.backup()
    groups = key.split()
    assert len(groups) == 13 and all(len(g) == 4 for g in groups)
    cipher.forget_all()
    written = "-".join(groups).lower()  # as someone might type it from paper
    with Project.open(path, secret=Secret(recovery_key=written)) as p:
        assert p.info()["codings"] == 1
    cipher.forget_all()
    with Project.open(backup, secret=Secret(recovery_key=key)) as p:
        assert p.info()["codings"] == 1
    cipher.forget_all()
    with pytest.raises(WrongPassphraseError):
        Project.open(path, secret=Secret(recovery_key="A" * 52))
    with pytest.raises(Exception, match="not a recovery key"):
        Project.open(path, secret=Secret(recovery_key="ABCD"))


def test_encrypt_then_decrypt_keeps_every_row(tmp_path):
    path = tmp_path / "p.qhtl"
    with Project.create(path, coder="forskare") as p:
        fill(p, tmp_path)
    before = dump(path)
    path.chmod(0o600)
    key = encryption.encrypt(path, PASSPHRASE)
    assert path.stat().st_mode & 0o777 == 0o600
    assert header(path) != PLAIN and len(key.split()) == 13
    assert sorted(f.name for f in tmp_path.iterdir() if f.name.startswith("p.")) == ["p.qhtl"]
    cipher.forget_all()
    with Project.open(path, secret=Secret(PASSPHRASE)) as p:
        assert p.info()["codings"] == 1
    encryption.decrypt(path, Secret(PASSPHRASE))
    assert header(path) == PLAIN
    assert dump(path) == before
    with Project.open(path) as p:
        assert p.search.search("samverkan")


def test_rekey_changes_passphrase_and_recovery_key(tmp_path):
    path = tmp_path / "p.qhtl"
    with Project.create(path, passphrase=PASSPHRASE) as p:
        fill(p, tmp_path)
        old_key = encryption.recovery_key(p)
    new_key = encryption.rekey(path, "ny lösenfras", Secret(PASSPHRASE))
    assert new_key != old_key
    cipher.forget_all()
    for wrong in (Secret(PASSPHRASE), Secret(recovery_key=old_key)):
        with pytest.raises(WrongPassphraseError):
            Project.open(path, secret=wrong)
    with Project.open(path, secret=Secret("ny lösenfras")) as p:
        assert p.info()["codings"] == 1
    cipher.forget_all()
    with Project.open(path, secret=Secret(recovery_key=new_key)) as p:
        assert p.info()["memos"] == 1


def test_encrypt_refuses_an_open_project(tmp_path):
    path = tmp_path / "p.qhtl"
    p = Project.create(path)
    try:
        with pytest.raises(Exception, match="already open"):
            encryption.encrypt(path, PASSPHRASE)
    finally:
        p.close()
    assert header(path) == PLAIN


def test_undo_and_redo_in_an_encrypted_project(tmp_path):
    with Project.create(tmp_path / "p.qhtl", passphrase=PASSPHRASE) as p:
        sid, code = fill(p, tmp_path)
        p.codings.add(sid, code, 50, 80)
        assert p.info()["codings"] == 2
        p.undo()
        assert p.info()["codings"] == 1
        p.redo()
        assert p.info()["codings"] == 2


def test_backups_copies_and_compaction_stay_encrypted(tmp_path):
    path = tmp_path / "p.qhtl"
    with Project.create(path, passphrase=PASSPHRASE) as p:
        fill(p, tmp_path)
        backup = p.backup(folder=tmp_path / "backups")
        p.db.copy_to(tmp_path / "copy.qhtl")
        p.db.compact()
        assert p.info()["codings"] == 1
    for f in (path, backup, tmp_path / "copy.qhtl"):
        assert header(f) != PLAIN, f
        assert b"Zlatkowska" not in f.read_bytes()
        # the export guard reads an encrypted copy through its key, as it reads a plain one
        assert any("Samverkan" in text
                   for text in file_texts(f, connect=cipher.connect_read_only).values())
        cipher.forget_all()
        with Project.open(f, secret=Secret(PASSPHRASE)) as p:
            assert p.info()["codings"] == 1


def test_the_before_upgrade_backup_of_an_encrypted_project_is_encrypted(tmp_path):
    old = tmp_path / "gammal.qhtl"
    shutil.copyfile(__import__("tests.conftest", fromlist=["ROOT"]).ROOT / "tests" / "data"
                    / "project_v1.qhtl", old)
    encryption.encrypt(old, PASSPHRASE)
    cipher.forget_all()
    with Project.open(old, secret=Secret(PASSPHRASE), backup_dir=tmp_path / "b") as p:
        assert p.info()["sources"] >= 0
    (backup,) = (tmp_path / "b").iterdir()
    assert "before-upgrade" in backup.name and header(backup) != PLAIN
    cipher.forget_all()
    with pytest.raises(WrongPassphraseError):
        Project.open(backup, secret=Secret("fel"), read_only=True)


def test_the_installed_app_s_self_check_of_encryption(tmp_path):
    from qualcoder_htl.services.selfcheck import check_encryption
    assert "recovery key" in check_encryption(tmp_path)
    assert "recovery key" in check_encryption(tmp_path)  # again over its own leftovers


def test_without_the_sqlcipher3_package_plain_projects_work_and_encrypted_ones_say_so(
        tmp_path, monkeypatch):
    import sys
    enc = tmp_path / "e.qhtl"
    Project.create(enc, passphrase=PASSPHRASE).close()
    Project.create(tmp_path / "p.qhtl").close()
    cipher.forget_all()
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # an installation without it
    with Project.open(tmp_path / "p.qhtl") as p:
        assert p.info()["sources"] == 0
    with pytest.raises(ProjectError, match="need the sqlcipher3 package"):
        Project.open(enc, secret=Secret(PASSPHRASE))


def test_a_file_with_the_earlier_16_kib_pages_opens_and_rekeying_moves_it_on(tmp_path):
    """Files encrypted before the format moved to 4 KiB pages keep opening (passphrase,
    recovery key, the session's memory) with everything in them; a re-key writes 4 KiB."""
    plain = tmp_path / "plain.qhtl"
    with Project.create(plain, coder="forskare") as p:
        sid, _code = fill(p, tmp_path)
    old = tmp_path / "old.qhtl"
    legacy = cipher.Key(cipher.derive(PASSPHRASE, b"s" * 16), b"s" * 16, 16384)
    cipher.export(plain, None, old, legacy)
    cipher.forget_all()
    with Project.open(old, secret=Secret(PASSPHRASE)) as p:
        assert p.sources.get(sid).text == INTERVIEW
        p.memos.add("Skrivet i den gamla filen")
    assert cipher.unlock(old).page_size == 16384  # remembered this session
    cipher.forget_all()
    with Project.open(old, secret=Secret(recovery_key=legacy.recovery_key)) as p:
        assert len(p.memos.list()) == 2
    encryption.rekey(old, "en ny lösenfras", Secret(PASSPHRASE))
    cipher.forget_all()
    key = cipher.unlock(old, Secret(passphrase="en ny lösenfras"))
    assert key.page_size == 4096
    with Project.open(old) as p:
        assert len(p.memos.list()) == 2 and p.sources.get(sid).text == INTERVIEW
