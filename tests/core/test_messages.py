"""The message catalogue: every registered message has an English and a Swedish text with the
same arguments, plurals pick the right form, and a UserError renders in the current language."""
import importlib
import pkgutil
import re

import pytest

import qualcoder_htl
from qualcoder_htl.core import messages
from qualcoder_htl.core.errors import UserError
from qualcoder_htl.core.messages import msg

INVARIANT = {"citat", "fall", "ord", "fel", "förslag", "namn"}


def _import_all_non_gui():
    for mod in pkgutil.walk_packages(qualcoder_htl.__path__, "qualcoder_htl."):
        if ".gui" in mod.name or mod.name.endswith("__main__"):
            continue
        importlib.import_module(mod.name)


def test_every_message_has_both_languages_with_the_same_arguments():
    _import_all_non_gui()
    for key, (en, sv) in messages.registered().items():
        assert en and sv, key
        assert isinstance(en, tuple) == isinstance(sv, tuple), key
        assert messages.template_fields(en) == messages.template_fields(sv), key
        if isinstance(sv, tuple):  # Swedish nouns like "citat" are the same in the plural
            same_noun = INVARIANT & set(re.findall(r"\w+", sv[0]))
            assert sv[0] != sv[1] or en[0] == en[1] or same_noun, key


@pytest.fixture
def sample():
    messages.catalogue({"test.files": (("{n} file in {where}", "{n} files in {where}"),
                                       ("{n} fil i {where}", "{n} filer i {where}"))})
    yield
    messages.set_language("en")


def test_plural_and_language(sample):
    m = msg("test.files", n=1, where="A")
    assert m.text("en") == "1 file in A"
    assert msg("test.files", n=3, where="A").text("sv") == "3 filer i A"
    messages.set_language("sv")
    assert str(UserError(m)) == "1 fil i A"
    assert UserError(m).message == m


def test_twice_registered_with_other_text_is_an_error(sample):
    with pytest.raises(ValueError):
        messages.catalogue({"test.files": ("x", "y")})


def test_language_from_environment(monkeypatch):
    for var in ("QHTL_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert messages.language_from_environment() == "en"
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    assert messages.language_from_environment() == "sv"
    monkeypatch.setenv("QHTL_LANG", "en")
    assert messages.language_from_environment() == "en"
