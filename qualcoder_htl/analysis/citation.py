"""Citation labels such as ``(Intervju 3, ledningsgrupp)`` from a template per project.

A template names attribute values in braces: ``Intervju {Intervjunummer}, {Respondentgrupp}``
gives ``(Intervju 3, ledningsgrupp)``; ``Intervju, {Respondentgrupp} {Intervjunummer}`` gives
``(Intervju, vårdnadshavare 3)``. A placeholder is an attribute name (any case), a role
(``{interview_no}``, ``{respondent_group}``, ``{org_level}``, ``{round}``, ...), one of the
short aliases ``{nr}``, ``{grupp}``, ``{nivå}``, ``{omgång}``, or ``{källa}`` for the source's
name. A missing value is left out with its separator, never printed as "None".

A project may cite groups differently (staff by number first, guardians by group first):
``overrides`` maps a respondent group's value to its own template.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
ALIASES = {"nr": "interview_no", "nummer": "interview_no", "number": "interview_no",
           "grupp": "respondent_group", "group": "respondent_group",
           "nivå": "org_level", "level": "org_level", "omgång": "round",
           "källa": "source", "source": "source", "fil": "source"}


@dataclass(frozen=True)
class CitationStyle:
    default: str
    overrides: dict[str, str] = field(default_factory=dict)  # group value -> template

    def template_for(self, group_value: str | None) -> str:
        if group_value:
            wanted = group_value.strip().casefold()
            for value, template in self.overrides.items():
                if value.strip().casefold() == wanted:
                    return template
        return self.default

    def label(self, values: dict[str, str], roles: dict[str, str] | None = None,
              source_name: str = "") -> str:
        """The citation of a source with these attribute values ({name: value}) and roles
        ({role: value}), parentheses included."""
        roles = roles or {}
        return cite(self.template_for(roles.get("respondent_group")), values, roles,
                    source_name)


def cite(template: str, values: dict[str, str], roles: dict[str, str] | None = None,
         source_name: str = "") -> str:
    roles = roles or {}
    folded = {k.strip().casefold(): v for k, v in values.items()}
    stem = PurePath(source_name).stem if source_name else ""

    def lookup(m: re.Match) -> str:
        key = m.group(1).strip()
        low = key.casefold()
        if low in folded:
            return folded[low] or ""
        role = ALIASES.get(low, low)
        if role == "source":
            return stem
        return roles.get(role) or ""

    text = _tidy(_PLACEHOLDER.sub(lookup, template))
    if not text:
        text = stem
    if text.startswith("(") and text.endswith(")"):
        return text
    return f"({text})"


def _tidy(text: str) -> str:
    """Drop the separators a missing value leaves behind: 'Intervju , x' -> 'Intervju, x'."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,;:.])", r"\1", text)
    text = re.sub(r"([,;:])(\s*[,;:])+", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    return text.strip(" ,;:")
