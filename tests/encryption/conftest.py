import pytest

PASSPHRASE = "korrekt häst batteri"


@pytest.fixture(autouse=True)
def fresh_session(fresh_key_session):
    """Each test starts a new session: no key remembered, nobody to ask."""
