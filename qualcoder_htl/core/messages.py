"""Messages that services, importers and the CLI show to users, in English and Swedish.

Code outside ``gui/`` cannot use Qt's translator, yet what it reports (an export refused, a file
that could not be imported, a busy project) reaches the user through the GUI and the CLI. So a
message is a key with arguments (``Message``); each feature module registers its texts with
``catalogue({...})`` and raises ``UserError(msg("key", name=...))``. ``str()`` renders it in the
current language (``set_language``), which the GUI sets from its settings and the CLI from
``--lang`` / the environment.

Texts are ``str.format`` templates. A plural takes a tuple of forms and the count argument
named in ``PLURAL_ARG`` (``n``): English and Swedish both have one form for 1 and one for other
counts::

    catalogue({"import.done": (("{n} file imported", "{n} files imported"),
                               ("{n} fil importerad", "{n} filer importerade"))})
"""
from __future__ import annotations

import os
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("en", "sv")
PLURAL_ARG = "n"

Text = str | tuple[str, str]
_CATALOGUE: dict[str, tuple[Text, Text]] = {}
_language = "en"


def catalogue(entries: Mapping[str, tuple[Text, Text]]) -> None:
    """Register ``{key: (english, swedish)}``. A key may be registered once only."""
    for key, texts in entries.items():
        if key in _CATALOGUE and _CATALOGUE[key] != texts:
            raise ValueError(f"message key registered twice: {key}")
        if len(texts) != 2:
            raise ValueError(f"{key}: give the English and the Swedish text")
        _CATALOGUE[key] = texts


def registered() -> dict[str, tuple[Text, Text]]:
    return dict(_CATALOGUE)


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in LANGUAGES else "en"


def language() -> str:
    return _language


def language_from_environment() -> str:
    """``QHTL_LANG``, else the POSIX locale variables: Swedish if they say so."""
    for var in ("QHTL_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    return "en"


def _pick(text: Text, args: Mapping[str, Any]) -> str:
    if isinstance(text, tuple):
        n = args.get(PLURAL_ARG, 0)
        return text[0] if n == 1 else text[1]
    return text


@dataclass(frozen=True)
class Message:
    key: str
    args: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        lang = lang or _language
        texts = _CATALOGUE.get(self.key)
        if texts is None:  # a programming error; still show something readable
            return self.key + (f" {self.args}" if self.args else "")
        template = _pick(texts[1] if lang == "sv" else texts[0], self.args)
        args = {k: (v.text(lang) if isinstance(v, Message) else v) for k, v in self.args.items()}
        return template.format(**args)

    def __str__(self) -> str:
        return self.text()


def msg(key: str, **args: Any) -> Message:
    return Message(key, args)


def render(value: Message | str, lang: str | None = None) -> str:
    return value.text(lang) if isinstance(value, Message) else str(value)


def template_fields(text: Text) -> set[str]:
    """The argument names a template uses (for the catalogue's own test)."""
    forms = text if isinstance(text, tuple) else (text,)
    return {f for form in forms for _, f, _, _ in string.Formatter().parse(form) if f}
