"""No plaintext on disk: the project folder and the program's working folders of an encrypted
project are scanned byte by byte for planted originals (a unique surname and a transcript
sentence, in UTF-8 and UTF-16) after import, coding, detection, a shared copy and a backup.
The same scan finds them in a plain project (the scan works)."""
from pathlib import Path

from qualcoder_htl.core import atomic
from qualcoder_htl.pseudonymise.suggestions import PERSON
from qualcoder_htl.services import Project
from qualcoder_htl.store import cipher

from .conftest import PASSPHRASE

NAME = "Zlatkowska"
SENTENCE = "Vi träffades hemma hos familjen på fredagen, i den gula villan vid ån."
TEXT = (f"J: Hur började det?\nIP: Det var {NAME} som ringde.\nJ: Och sedan?\n"
        f"IP: {SENTENCE} Det kändes tryggt.\n")
PLANTED = (NAME, SENTENCE, "gula villan")


def scan(*folders: Path) -> list[str]:
    """Every planted string found in any file under the folders: (file name, string, coding)."""
    found = []
    for folder in folders:
        for f in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = f.read_bytes()
            for s in PLANTED:
                for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                    if s.encode(enc) in data:
                        found.append(f"{f.name}: {s!r} ({enc})")
    return found


def work_folders() -> Path:
    folder = atomic.user_data_dir() / "temp"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def import_planted(project: Project, incoming: Path) -> int:
    incoming.mkdir(exist_ok=True)
    src = incoming / "intervju_3.txt"
    src.write_text(TEXT, encoding="utf-8")
    report = project.importer.import_files([src])
    assert report.results[0].status == "imported"
    return report.results[0].source_id


def test_nothing_readable_on_disk_through_a_project_s_work(tmp_path):
    folder = tmp_path / "projekt"
    folder.mkdir()
    p = Project.create(folder / "studie.qhtl", coder="forskare", passphrase=PASSPHRASE)
    try:
        assert scan(folder, work_folders()) == []
        sid = import_planted(p, tmp_path / "incoming")
        assert scan(folder, work_folders()) == [], "after import"
        code = p.codebook.create("Trygghet").result
        start = TEXT.index(SENTENCE)
        p.codings.add(sid, code, start, start + len(SENTENCE), memo=f"{NAME} igen")
        p.memos.add(f"Samtal med {NAME}: {SENTENCE}")
        assert scan(folder, work_folders()) == [], "after coding"
        result = p.pseudonymisation.detect()
        assert result is not None
        assert p.pseudonymisation.suggestions(), "detection found nothing to store"
        at = TEXT.index(NAME)
        p.pseudonymisation.add_span(sid, at, at + len(NAME), PERSON)
        assert scan(folder, work_folders()) == [], "after detection"
        shared = folder / "delad"
        shared.mkdir()
        report = p.pseudonymisation.export_copy(shared / "kopia.qhtl", allow_open=True)
        assert Path(report.path).is_file()
        assert scan(folder, work_folders()) == [], "after the shared copy"
        p.backup(folder=folder / "backups")
        assert scan(folder, work_folders()) == [], "after a backup"
        p.db.compact()
        assert scan(folder, work_folders()) == [], "after compaction"
    finally:
        p.close()
    assert scan(folder, work_folders()) == [], "after closing"


def test_the_scan_finds_the_originals_in_a_plain_project(tmp_path):
    folder = tmp_path / "projekt"
    folder.mkdir()
    with Project.create(folder / "studie.qhtl", coder="forskare") as p:
        import_planted(p, tmp_path / "incoming")
        found = scan(folder)
    assert any(NAME in f for f in found) and any("gula villan" in f for f in found)


def test_retiring_the_originals_of_an_encrypted_project_vacuums_them_away(tmp_path):
    """The end of a study on an encrypted project: it stays encrypted, and once decrypted no
    byte of the file holds an original (the vacuum ran on the encrypted file)."""
    from qualcoder_htl.services import encryption
    from qualcoder_htl.services.encryption import Secret

    from ..exports.planted import leaks, planted_project
    p = planted_project(tmp_path / "projekt")
    path = p.path
    p.close()
    encryption.encrypt(path, PASSPHRASE)
    with Project.open(path, secret=Secret(PASSPHRASE)) as p:
        p.pseudonymisation.retire_originals()
    assert encryption.is_encrypted(path)
    assert not Path(f"{path}-wal").exists()  # folded into the file, then vacuumed
    con = cipher.connect(path, cipher.key_for(path))
    try:  # VACUUM rewrote every page: no free page keeps a deleted record
        assert con.execute("PRAGMA freelist_count").fetchone()[0] == 0
    finally:
        con.close()
    encryption.decrypt(path, Secret(PASSPHRASE))
    assert leaks(path) == []  # nor does a live one


def test_key_split_and_join_on_an_encrypted_project(tmp_path):
    """The key file helper's split and join work on an encrypted project: it stays
    encrypted, compacted, and the originals come back."""
    from qualcoder_htl.services import encryption
    from qualcoder_htl.services.encryption import Secret
    from qualcoder_htl.services.pseudonymisation_keyfile import join_key, split_key

    from ..exports.planted import TEXT, TOWN, leaks, planted_project
    p = planted_project(tmp_path / "projekt")
    path = p.path
    p.close()
    encryption.encrypt(path, PASSPHRASE)
    keyfile = tmp_path / "nyckel.qhtlkey"
    with Project.open(path, secret=Secret(PASSPHRASE)) as p:
        split_key(p, keyfile, "nyckelns lösenfras")
        sid = p.sources.list()[0].id
        assert TOWN not in p.sources.get(sid).text
    assert encryption.is_encrypted(path) and not Path(f"{path}-wal").exists()
    copy = tmp_path / "kopia.qhtl"
    __import__("shutil").copyfile(path, copy)
    encryption.decrypt(copy, Secret(PASSPHRASE))
    assert leaks(copy) == []  # the split took the originals out of the encrypted file
    with Project.open(path, secret=Secret(PASSPHRASE)) as p:
        join_key(p, keyfile, "nyckelns lösenfras")
        assert p.sources.get(sid).text == TEXT.strip()
