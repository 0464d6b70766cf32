"""Generate large synthetic projects for benchmarks (e.g. 1,000 transcripts, 5 million words,
100,000 codings). The text is random Swedish-looking interview talk; nothing in it is real.

    python corpora/synthetic.py DEST.qhtl --sources 1000 --words 5000000 --codings 100000
    python corpora/synthetic.py --txt-folder DIR --sources 200 --words 1000000   (files only)
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qualcoder_htl.services import Project  # noqa: E402
from qualcoder_htl.store.database import utcnow  # noqa: E402

WORDS = ("och att det som en på är av för med till den har de inte om ett han hon men var "
         "jag sig från vi så kan man när år säger under också efter eller nu sin där vid "
         "mycket skolan barnen familjen samverkan teamet trygghet hälsa lärande socialtjänsten "
         "elevhälsan kuratorn rektorn mötet uppdraget ledningen området individnivå stödet "
         "tillit hembesök kontakt föräldrarna fritidsgården arbetsmarknadsenheten pandemin "
         "samordnaren insatser förebyggande tidigt tecken frånvaro oro ansvar mandat roller "
         "kommunikation utveckling förändring resurser tid möten information gemensamt "
         "liksom alltså typ eh mm ja nej kanske faktiskt verkligen egentligen ganska "
         "väldigt").split()
GROUPS = (("ledningsgrupp", "Ledningsgrupp"), ("utvecklingsgrupp", "HTL-team utvecklingsgrupp"),
          ("HTL-team skola", "HTL-team skola"), ("nyckelfunktion", "HTL-team barn"),
          ("vårdnadshavare", "Familjer/vårdnadshavare"))
THEMES = ("Stöd bakom idén", "Otydligt mandat", "Svårt i praktiken", "Individnivå",
          "Omfattningen", "Personalomsättning", "Pandemin", "Vidare med justeringar",
          "Vägen in", "Tidiga tecken", "Stödet som gavs", "Upplevelsen", "Tacksamhet och råd")


def transcript(rng: random.Random, n_words: int) -> str:
    lines, written, turn = ["Intervju (syntetisk text)"], 0, 0
    while written < n_words:
        speaker = "J" if turn % 2 == 0 else "IP"
        length = rng.randint(8, 25) if speaker == "J" else rng.randint(40, 160)
        length = min(length, n_words - written) or 1
        words = rng.choices(WORDS, k=length)
        sentence = " ".join(words).capitalize()
        lines.append(f"{speaker}: {sentence}.")
        written += length
        turn += 1
    return "\n".join(lines)


def write_txt_folder(folder: Path, sources: int, words: int, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(sources):
        p = folder / f"syntetisk_{i:05d}.txt"
        p.write_text(transcript(rng, words // sources), encoding="utf-8")
        paths.append(p)
    return paths


def generate(dest: str | Path, sources: int = 1000, words: int = 5_000_000,
             codings: int = 100_000, seed: int = 1, quiet: bool = True) -> Path:
    """Create a project at ``dest`` in bulk (a few transactions, no undo entries)."""
    rng = random.Random(seed)
    t0 = time.perf_counter()
    project = Project.create(dest, name="Syntetiskt projekt", coder="forskare1")
    other = project.coders()[0].id
    try:
        attrs = {a.role: a.id for a in project.attributes.definitions()}
        code_ids = []

        def codebook(w):
            parent = None
            for i, name in enumerate(THEMES):
                if i % 4 == 0:
                    parent = project.codebook._insert(w, f"Tema {i // 4 + 1}", None, None, "")
                code_ids.append(project.codebook._insert(w, name, parent, None, f"Om {name}"))
        project.transaction(codebook)
        per_source = max(1, codings // sources)
        made = 0
        batch = 50
        for b in range(0, sources, batch):
            def chunk(w, b=b):
                nonlocal made
                for i in range(b, min(b + batch, sources)):
                    text = transcript(rng, words // sources)
                    sid = w.insert("sources", {
                        "name": f"syntetisk_{i:05d}.txt", "text": text,
                        "content_hash": hashlib.sha256(text.encode()).hexdigest(),
                        "word_count": len(text.split()), "char_count": len(text),
                        "original_format": "txt", "original_file_name": f"syntetisk_{i:05d}.txt",
                        "encoding": "utf-8", "imported_at": utcnow(), "imported_by": other})
                    group, level = GROUPS[i % len(GROUPS)]
                    for role, value in (("respondent_group", group), ("org_level", level),
                                        ("round", str(1 + i % 2)), ("interview_no", str(i + 1)),
                                        ("school", "Skola A" if i % 3 else "Skola B")):
                        w.insert("source_attribute_values", {"source_id": sid,
                                                             "attribute_id": attrs[role],
                                                             "value": value})
                    turn_rows, pos = [], 0
                    for n, line in enumerate(text.split("\n")):
                        if ":" in line[:4]:
                            sp = line.split(":", 1)[0]
                            turn_rows.append({"source_id": sid, "ordinal": n, "speaker": sp,
                                              "start": pos, "end": pos + len(line),
                                              "is_interviewer": sp == "J"})
                        pos += len(line) + 1
                    w.insert_many("turns", turn_rows)
                    rows = []
                    want = per_source if i < sources - 1 else codings - made
                    for _ in range(max(0, want)):
                        start = rng.randrange(0, max(1, len(text) - 400))
                        rows.append({"source_id": sid, "code_id": rng.choice(code_ids),
                                     "coder_id": other, "start": start,
                                     "end": start + rng.randint(40, 400), "created_at": utcnow(),
                                     "is_key_quote": rng.random() < 0.02, "memo": ""})
                    w.insert_many("codings", rows)
                    made += len(rows)
            project.transaction(chunk)
            if not quiet:
                print(f"{min(b + batch, sources)}/{sources} sources", file=sys.stderr)
    finally:
        project.close()
    if not quiet:
        print(f"generated {dest} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return Path(dest)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dest", nargs="?")
    ap.add_argument("--sources", type=int, default=1000)
    ap.add_argument("--words", type=int, default=5_000_000)
    ap.add_argument("--codings", type=int, default=100_000)
    ap.add_argument("--txt-folder")
    args = ap.parse_args()
    if args.txt_folder:
        write_txt_folder(Path(args.txt_folder), args.sources, args.words)
    elif args.dest:
        generate(args.dest, args.sources, args.words, args.codings, quiet=False)
    else:
        ap.error("give DEST or --txt-folder")


if __name__ == "__main__":
    main()
