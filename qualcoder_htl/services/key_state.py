"""Whether the project's pseudonymisation key is kept apart in a key file
(``pseudonymisation_keyfile``), and the refusal of what needs the key meanwhile."""
from __future__ import annotations

import functools
from collections.abc import Callable

from ..core.errors import UserError
from ..core.messages import catalogue, msg

SPLIT_KEY = "key_split"  # project_meta: JSON of the key file's id, hash and name, when split

catalogue({
    "keysplit.kept_apart": (
        "The pseudonymisation key is kept apart in a separate key file. Bring it back "
        "(Pseudonymisation → Bring the key back…, or key-join) to detect identifiers, "
        "review, edit the text or re-identify.",
        "Nyckeln förvaras separat i en nyckelfil. Hämta tillbaka den (Pseudonymisering → "
        "Hämta tillbaka nyckeln…, eller key-join) för att söka identifierande uppgifter, "
        "granska, redigera texten eller återidentifiera."),
})


def key_kept_apart(project) -> bool:
    return SPLIT_KEY in project.meta()


def check_key_here(project) -> None:
    """Raise ``keysplit.kept_apart`` when the key is in a key file."""
    if key_kept_apart(project):
        raise UserError(msg("keysplit.kept_apart"))


def needs_key(method: Callable) -> Callable:
    """A method of a pseudonymisation service (``self.p``: the project) that detects,
    reviews, re-identifies or exports the key: refused while the key is kept apart."""
    @functools.wraps(method)
    def checked(self, *args, **kwargs):
        check_key_here(self.p)
        return method(self, *args, **kwargs)
    return checked
