"""Encryption at rest for the GUI and the CLI: encrypt, decrypt and re-key a project file, its
recovery key, and who is asked for a passphrase (``store.cipher`` does the work).

Each operation works on a closed project (the caller closes it first and opens it again
after); each holds the project's lock and replaces the file crash-safely in one step.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..core.errors import ProjectError, WrongPassphraseError
from ..core.messages import catalogue, msg
from ..store import cipher
from ..store.cipher import Secret

__all__ = ["Secret", "decrypt", "encrypt", "is_encrypted", "keyring_available", "opens",
           "recovery_key", "rekey", "set_passphrase_provider", "store_passphrase",
           "stored_passphrase", "unlock"]

catalogue({
    "encryption.already": (
        "{name} is already encrypted.",
        "{name} är redan krypterat."),
    "encryption.not_encrypted": (
        "{name} is not encrypted.",
        "{name} är inte krypterat."),
    "encryption.missing": (
        "No project file at {path}.",
        "Ingen projektfil finns på {path}."),
})


def is_encrypted(path: str | Path) -> bool:
    path = Path(path)
    return path.is_file() and cipher.read_salt(path) != cipher.PLAIN_HEADER \
        and cipher.looks_encrypted(path)


def set_passphrase_provider(
        provider: Callable[[Path, int], Secret | None] | None) -> Callable | None:
    """``provider(path, attempt)`` is asked when an encrypted project is opened without a
    known key; it returns a ``Secret`` or None (cancelled). Returns the previous provider."""
    return cipher.set_provider(provider)


def _existing(path: str | Path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise ProjectError(msg("encryption.missing", path=path))
    return path


def encrypt(path: str | Path, passphrase: str) -> str:
    """Encrypt a plain project with a new passphrase; returns its recovery key."""
    path = _existing(path)
    if is_encrypted(path):
        raise ProjectError(msg("encryption.already", name=path.name))
    key = cipher.Key.new(passphrase)
    cipher.rewrite(path, None, key)
    return key.recovery_key


def decrypt(path: str | Path, secret: Secret | None = None) -> None:
    """Store the project as plain SQLite again (the passphrase or recovery key needed)."""
    path = _existing(path)
    if not is_encrypted(path):
        raise ProjectError(msg("encryption.not_encrypted", name=path.name))
    cipher.rewrite(path, cipher.unlock(path, secret), None)


def rekey(path: str | Path, new_passphrase: str, secret: Secret | None = None) -> str:
    """A new passphrase (and so a new salt and recovery key); the old ones stop opening it."""
    path = _existing(path)
    if not is_encrypted(path):
        raise ProjectError(msg("encryption.not_encrypted", name=path.name))
    old = cipher.unlock(path, secret)
    new = cipher.Key.new(new_passphrase)
    cipher.rewrite(path, old, new)
    return new.recovery_key


def unlock(path: str | Path, secret: Secret | None = None) -> None:
    """Check (and remember for this session) the key of an encrypted project file."""
    cipher.unlock(_existing(path), secret)


def opens(path: str | Path, secret: Secret) -> bool:
    """Whether ``secret`` opens the encrypted project (remembered for this session if so)."""
    try:
        cipher.unlock(_existing(path), secret)
    except WrongPassphraseError:
        return False
    return True


# --- the system keyring (optional: only when the ``keyring`` package is installed) -----------

KEYRING_SERVICE = "qualcoder-htl"


def _keyring():
    try:
        import keyring
    except Exception:  # noqa: BLE001 - not installed, or no backend on this system
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def stored_passphrase(path: str | Path) -> str | None:
    kr = _keyring()
    if kr is None:
        return None
    try:
        return kr.get_password(KEYRING_SERVICE, str(Path(path).resolve()))
    except Exception:  # noqa: BLE001 - a locked or missing keyring: ask instead
        return None


def store_passphrase(path: str | Path, passphrase: str | None) -> bool:
    """Remember (or with None forget) the passphrase in the system keyring; False if it
    cannot."""
    kr = _keyring()
    if kr is None:
        return False
    name = str(Path(path).resolve())
    try:
        if passphrase is None:
            kr.delete_password(KEYRING_SERVICE, name)
        else:
            kr.set_password(KEYRING_SERVICE, name, passphrase)
    except Exception:  # noqa: BLE001 - the keyring refused: the passphrase is asked next time
        return False
    return True


def recovery_key(project) -> str | None:
    """The open project's recovery key (None when it is not encrypted)."""
    key = project.db.key
    return key.recovery_key if key is not None else None
