"""The command line with encrypted projects: QHTL_PASSPHRASE, a wrong one, the recovery key,
``new --encrypt``, ``encrypt``, ``rekey``, ``decrypt``."""
import pytest

from qualcoder_htl.cli import main
from qualcoder_htl.core import messages
from qualcoder_htl.store import cipher

from ..conftest import INTERVIEW
from .conftest import PASSPHRASE


@pytest.fixture
def env(monkeypatch):
    monkeypatch.delenv("QHTL_PASSPHRASE", raising=False)
    monkeypatch.delenv("QHTL_RECOVERY_KEY", raising=False)
    monkeypatch.delenv("QHTL_NEW_PASSPHRASE", raising=False)
    yield monkeypatch
    messages.set_language("en")


def run(capsys, *argv):
    cipher.forget_all()  # each run is a new process
    code = main(["-q", "--coder", "cli", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_new_encrypted_import_info_with_the_passphrase(tmp_path, env, capsys):
    path = tmp_path / "p.qhtl"
    env.setenv("QHTL_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "new", "--encrypt", path)
    assert code == 0 and "Recovery key" in err
    recovery = out.strip().splitlines()[-1]
    assert len(recovery.split()) == 13
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    src = tmp_path / "intervju.txt"
    src.write_text(INTERVIEW, encoding="utf-8")
    assert run(capsys, "import", path, src)[0] == 0
    code, out, _ = run(capsys, "info", path)
    assert code == 0 and "words" in out

    env.setenv("QHTL_PASSPHRASE", "fel")
    code, out, err = run(capsys, "info", path)
    assert code == 1 and err.count("\n") == 1
    assert err.startswith("error: The passphrase does not open p.qhtl")
    assert "Traceback" not in err and "hmac" not in err

    env.delenv("QHTL_PASSPHRASE")
    code, _, err = run(capsys, "info", path)  # no terminal in the test: one clear line
    assert code == 1 and err.startswith("error: p.qhtl is encrypted")
    code, out, _ = run(capsys, "--recovery-key", recovery, "search", path, "samverkan")
    assert code == 0 and "samverkan" in out.lower()
    env.setenv("QHTL_RECOVERY_KEY", recovery)
    assert run(capsys, "info", path)[0] == 0


def test_encrypt_rekey_decrypt(tmp_path, env, capsys):
    path = tmp_path / "p.qhtl"
    assert run(capsys, "new", path)[0] == 0
    env.setenv("QHTL_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "encrypt", path)
    assert code == 0 and "Encrypted" in err and "not encrypted" in err  # the old backups
    assert len(out.split()) == 13
    code, _, err = run(capsys, "encrypt", path)
    assert code == 1 and "already encrypted" in err
    env.setenv("QHTL_NEW_PASSPHRASE", "ny fras")
    code, out, err = run(capsys, "rekey", path)
    assert code == 0 and "new passphrase" in err
    assert run(capsys, "info", path)[0] == 1  # the old passphrase no longer opens it
    env.setenv("QHTL_PASSPHRASE", "ny fras")
    assert run(capsys, "info", path)[0] == 0
    code, _, err = run(capsys, "decrypt", path)
    assert code == 0 and path.read_bytes()[:16] == b"SQLite format 3\x00"
    env.delenv("QHTL_PASSPHRASE")
    assert run(capsys, "info", path)[0] == 0


def test_swedish_messages(tmp_path, env, capsys):
    path = tmp_path / "p.qhtl"
    env.setenv("QHTL_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "new", "--encrypt", path)[0] == 0
    env.setenv("QHTL_PASSPHRASE", "fel")
    env.setenv("LANG", "sv_SE.UTF-8")
    env.setenv("LANGUAGE", "sv")
    code, _, err = run(capsys, "info", path)
    assert code == 1 and err.startswith("error: Lösenfrasen öppnar inte p.qhtl")


def test_a_wrong_passphrase_is_one_line_from_the_process(tmp_path, env, capsys):
    """SQLCipher's own log lines (written by the C library to the terminal) stay silent."""
    import os
    import subprocess
    import sys

    from ..conftest import ROOT
    path = tmp_path / "p.qhtl"
    env.setenv("QHTL_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "new", "--encrypt", path)[0] == 0
    out = subprocess.run([sys.executable, "-m", "qualcoder_htl", "info", str(path)],
                         capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "QHTL_PASSPHRASE": "fel"}, stdin=subprocess.DEVNULL)
    assert out.returncode == 1
    assert out.stderr.splitlines() == [
        "error: The passphrase does not open p.qhtl. Check it (and the keyboard layout) and "
        "try again."]
