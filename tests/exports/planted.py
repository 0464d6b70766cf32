"""A project with originals planted everywhere an export could carry them: the text, the
project title (named after its town), attribute values and choices, code names and
definitions, memos, a coding memo, a case, a turn's speaker and the source's file name; and a
real key made through the real service (``add_span``). ``leaks(path)`` scans every byte of a
written file (every member of a zip unpacked, recursively) for any original."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from qualcoder_htl.pseudonymise.suggestions import PERSON, PLACE, SCHOOL
from qualcoder_htl.services import Project

TOWN, SCHOOL_A, SCHOOL_B = "Kvarnby", "Tjärnaskolan", "Ravinskolan"
PERSON_NAME = "Yusuf Haddad"
ORIGINALS = (TOWN, SCHOOL_A, SCHOOL_B, "Yusuf", "Haddad")

TEXT = (f"J: Hur kom ni i kontakt med teamet?\n"
        f"Yusuf: Det var {PERSON_NAME} på {SCHOOL_A} i {TOWN} som ringde oss.\n"
        f"J: Och sedan?\n"
        f"Yusuf: Vi flyttade till {SCHOOL_B}, det kändes tryggt att någon lyssnade.\n")


def planted_project(folder: Path) -> Project:
    folder.mkdir(parents=True, exist_ok=True)
    p = Project.create(folder / "projekt.qhtl", name=TOWN, coder="forskare")
    incoming = folder / "incoming"
    incoming.mkdir()
    src = incoming / f"vh_{PERSON_NAME.replace(' ', '_')}.txt"
    src.write_text(TEXT, encoding="utf-8")
    report = p.importer.import_files([src])
    sid = report.results[0].source_id
    p.attributes.define("Pilotskola", choices=(SCHOOL_A, SCHOOL_B))
    p.attributes.set_source_values({sid: {"Pilotskola": SCHOOL_A, "Skola": SCHOOL_B,
                                          "Organisationsnivå": "Familjer/vårdnadshavare",
                                          "Respondentgrupp": "vårdnadshavare",
                                          "Intervjunummer": "1"}})
    code = p.codebook.create(f"Stödet på {SCHOOL_A}",
                             definition=f"När {PERSON_NAME} eller skolan i {TOWN} hjälpte").result
    start = TEXT.index("Det var")
    p.codings.add(sid, code, start, TEXT.index("ringde oss.") + len("ringde oss."),
                  memo=f"Viktigt: {SCHOOL_B}")
    p.codings.add(sid, code, TEXT.index("Vi flyttade"), TEXT.index("lyssnade.") + 9)
    p.memos.add(f"Samtal med {PERSON_NAME}\nHan berättade om {TOWN}.")
    p.attributes.create_case(f"Familjen {PERSON_NAME.split()[1]}", [sid])
    ps = p.pseudonymisation
    for text, typ in ((PERSON_NAME, PERSON), (SCHOOL_A, SCHOOL), (SCHOOL_B, SCHOOL),
                      (TOWN, PLACE)):
        at = TEXT.index(text)
        ps.add_span(sid, at, at + len(text), typ)
    assert ps.active()
    return p


def blobs(data: bytes, depth: int = 0):
    """The raw bytes and, for a zip, every member unpacked (recursively)."""
    yield data
    if data[:4] == b"PK\x03\x04" and depth < 3:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for name in z.namelist():
                yield name.encode("utf-8")
                yield from blobs(z.read(name), depth + 1)


def leaks(path: Path) -> list[str]:
    """Originals found in any byte of the file or its name (case-insensitive, UTF-8 and
    UTF-16)."""
    found = [o for o in ORIGINALS if o.casefold() in path.name.casefold()]
    for blob in blobs(path.read_bytes()):
        low = blob.lower()
        for o in ORIGINALS:
            for enc in ("utf-8", "utf-16-le"):
                if o.lower().encode(enc) in low:
                    found.append(f"{o} ({enc})")
    return found
