"""Projects for the analysis tests, built through the services like a user's project.

``study``: eight interviews with speaker turns and attributes (one source lacks its level),
a code tree three levels deep, two coders, overlapping codings (also raw overlaps of one code
by one coder, as imports can leave them), key quotes and a case spanning two sources.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from qualcoder_htl.services import Project
from qualcoder_htl.store.database import utcnow

from ..conftest import ROOT

DEMO_TRANSCRIPTS = ROOT / "corpora" / "htl-demo" / "transcripts"

SENTENCES = [
    "Vi träffas oftare nu, och samverkan kring ett barn fungerar bättre än förut.",
    "Det är svårt att hinna, alltså, man har ju sitt ordinarie uppdrag också.",
    "Ingen visste riktigt vem som skulle bestämma, mandatet var otydligt.",
    "Under pandemin ställdes nästan alla möten in (skratt) och sen blev det Teams.",
    "Jag tror på idén, det gör alla i ledningsgruppen.",
    "Det var skolan som hörde av sig först, kuratorn ringde hem.",
    "Hon kom hem till oss och vi pratade i köket, det kändes tryggt.",
    "Det blev många nya ansikten i gruppen, folk slutade och nya kom in.",
]

LEVELS = [("Ledningsgrupp", "ledningsgrupp", "1", "1"),
          ("Ledningsgrupp", "ledningsgrupp", "2", "2"),
          ("HTL-team utvecklingsgrupp", "utvecklingsgrupp", "1", "1"),
          ("HTL-team utvecklingsgrupp", "utvecklingsgrupp", "2", "2"),
          ("HTL-team skola", "HTL-team skola", "1", "1"),
          ("Familjer/vårdnadshavare", "vårdnadshavare", "1", "1"),
          ("Familjer/vårdnadshavare", "vårdnadshavare", "1", "2"),
          (None, "utvecklingsgrupp", "1", "3")]


def interview(rng: random.Random, n: int) -> str:
    lines = [f"Intervju {n}, transkription"]
    for i in range(10):
        lines.append(f"J: Fråga {i}, hur var det med {rng.choice(['teamet', 'skolan', 'mötena'])}?")
        body = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 4)))
        lines.append(f"IP: {body}")
        if i % 3 == 0:
            lines.append("")
    return "\n".join(lines)


def build_study(path: Path | str, seed: int = 7, folder: Path | None = None) -> Project:
    """The study at ``path`` (a file, or a server URL with ``folder`` for the transcripts)."""
    rng = random.Random(seed)
    p = Project.create(path, name="Testprojekt", coder="anna")
    folder = (folder or Path(path).parent) / "incoming"
    folder.mkdir(exist_ok=True)
    files = []
    for n in range(1, 9):
        f = folder / f"int_{n:02d}.txt"
        f.write_text(interview(rng, n), encoding="utf-8")
        files.append(f)
    report = p.importer.import_files(files)
    ids = [r.source_id for r in report.results]
    assert all(r.status == "imported" for r in report.results)
    values = {}
    for sid, (level, group, rnd, nr) in zip(ids, LEVELS, strict=True):
        row = {"Respondentgrupp": group, "Omgång": rnd, "Intervjunummer": nr}
        if level:
            row["Organisationsnivå"] = level
        values[sid] = row
    p.attributes.set_source_values(values)
    cb = p.codebook
    top = cb.create("Genomförande", definition="Hur arbetet gick till.").result
    a = cb.create("Praktik", parent_id=top, definition="Glappet mellan idé och vardag.").result
    b = cb.create("Omfattning", parent_id=top).result
    a1 = cb.create("Tid", parent_id=a).result
    other = cb.create("Familjer").result
    c = cb.create("Vägen in", parent_id=other).result
    cb.create("Oanvänd")
    codes = [top, a, b, a1, other, c]
    texts = p.sources.texts(ids)

    def spans(sid):
        t = texts[sid]
        for _ in range(rng.randint(6, 14)):
            start = rng.randrange(0, len(t) - 20)
            yield start, min(len(t), start + rng.randint(5, 160))

    for coder in ("anna", "bo"):
        p.set_coder(coder)

        def do(w, coder=coder):
            for sid in ids:
                for start, end in spans(sid):
                    p.codings.add_in(w, sid, rng.choice(codes), start, end,
                                     key_quote=rng.random() < 0.2)
        p.mutate(f"code as {coder}", do)
    # raw rows, as an import may leave them: overlapping codings of one code by one coder
    coder_id = p.coder.id

    def raw(w):
        rows = []
        for sid in ids[:3]:
            t = texts[sid]
            for _ in range(5):
                start = rng.randrange(0, len(t) - 60)
                for k in range(2):
                    rows.append({"source_id": sid, "code_id": b, "coder_id": coder_id,
                                 "start": start + 10 * k, "end": start + 30 + 10 * k,
                                 "created_at": utcnow(), "is_key_quote": False, "memo": ""})
        w.insert_many("codings", rows)
    p.mutate("raw codings", raw)
    case = p.attributes.create_case("Familj 1", [ids[5], ids[6]]).result
    kind = p.attributes.define("Familjetyp", applies_to="case").result
    p.attributes.set_case_value(case, kind, "ensamstående")
    p.set_coder("anna")
    return p


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    p = build_study(tmp_path_factory.mktemp("study") / "study.qhtl")
    yield p
    p.close()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def study_on_both(request, tmp_path_factory):
    """The study as a file and on the PostgreSQL test server: a module whose ``study`` is this
    one runs its analysis tests on both stores."""
    folder = tmp_path_factory.mktemp("study")
    if request.param == "sqlite":
        p = build_study(folder / "study.qhtl")
    else:
        server = request.getfixturevalue("pg_server")
        p = build_study(server.url(server.new_database()), folder=folder)
    yield p
    p.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    if not DEMO_TRANSCRIPTS.is_dir():
        pytest.skip("the demo corpus (corpora/htl-demo/transcripts) is not built")
    from qualcoder_htl.services.demo import create_demo

    p = create_demo(tmp_path_factory.mktemp("demo") / "demo.qhtl")
    yield p
    p.close()
