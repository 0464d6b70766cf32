import pytest

from qualcoder_htl.services import encryption
from qualcoder_htl.store import cipher

PASSPHRASE = "korrekt häst batteri"


@pytest.fixture(autouse=True)
def fresh_session():
    """Each test starts a new session: no key remembered, nobody to ask."""
    cipher.forget_all()
    previous = encryption.set_passphrase_provider(None)
    yield
    encryption.set_passphrase_provider(previous)
    cipher.forget_all()
