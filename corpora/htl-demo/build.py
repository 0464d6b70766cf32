"""Build the demo corpus from its markup: transcripts (.docx/.txt in the encodings the sheet
asks for), the attribute sheet, the codebook, the coding and the gold file of identifiers.

Run from anywhere: python3 corpora/htl-demo/build.py
The outputs are committed; run this again after editing anything in markup/.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from markup_format import parse  # noqa: E402

ATTRIBUTE_COLUMNS = ("fil", "respondentgrupp", "organisationsnivå", "omgång", "datum", "skola",
                     "profession", "enhet", "intervjuare", "intervjunummer")


def read_sheet_rows() -> list[dict[str, str]]:
    rows = []
    for sheet in sorted((HERE / "markup").glob("attributes-*.csv")):
        with open(sheet, encoding="utf-8-sig", newline="") as f:
            rows.extend({k.strip(): (v or "").strip() for k, v in r.items()}
                        for r in csv.DictReader(f))
    return sorted(rows, key=lambda r: r["fil"])


def write_docx(path: Path, text: str) -> None:
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "Transkription – konfidentiellt material"
    section.footer.paragraphs[0].text = "HTL följeforskning"
    for line in text.split("\n"):
        d.add_paragraph(line)
    d.core_properties.author = "qualcoder-htl demo"
    d.save(path)


def main() -> None:
    out = HERE / "transcripts"
    out.mkdir(exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    keys = {}
    with open(HERE / "markup" / "codebook.csv", encoding="utf-8", newline="") as f:
        book = list(csv.DictReader(f))
    for row in book:
        if row["key"]:
            keys[row["key"]] = row["path"]
    with open(HERE / "codebook.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(("path", "color", "definition", "inclusion", "exclusion"))
        for row in book:
            w.writerow((row["path"], row["color"], row["definition"], row["inclusion"],
                        row["exclusion"]))
    sheet = read_sheet_rows()
    codings, gold, words = [], [], 0
    for row in sheet:
        stem = row["fil"]
        text, ids, codes = parse((HERE / "markup" / f"{stem}.txt").read_text(encoding="utf-8"),
                                 stem)
        words += len(text.split())
        fmt = row.get("format") or "docx"
        name = f"{stem}.{fmt}"
        if fmt == "docx":
            write_docx(out / name, text)
        else:
            enc = row.get("kodning") or "utf-8"
            data = text.replace("\n", "\r\n") if enc == "cp1252" else text  # Windows tools
            (out / name).write_bytes(data.encode(enc))
        row["fil"] = name
        for c in codes:
            codings.append((name, keys[c.key], c.start, c.end, int(c.key_quote),
                            text[c.start:c.end]))
        for s in ids:
            start, surface = s.start, s.text
            if s.type == "DATE" and surface.lower().startswith("den "):  # one rule: the date only
                start, surface = start + 4, surface[4:]
            gold.append((name, start, s.end, s.type, surface))
    with open(HERE / "attributes.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(ATTRIBUTE_COLUMNS)
        for row in sheet:
            w.writerow(tuple(row.get(c, "") for c in ATTRIBUTE_COLUMNS))
    file_names = {r["fil"].rsplit(".", 1)[0]: r["fil"] for r in sheet}
    with open(HERE / "markup" / "cases.csv", encoding="utf-8", newline="") as f:
        cases = [(r["fall"], file_names[r["fil"]]) for r in csv.DictReader(f)]
    with open(HERE / "cases.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(("case", "source"))
        w.writerows(cases)
    with open(HERE / "codings.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(("source", "code", "start", "end", "key_quote", "text"))
        w.writerows(codings)
    with open(HERE / "gold_identifiers.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(("source", "start", "end", "type", "text"))
        w.writerows(gold)
    print(f"{len(sheet)} transcripts, {words} words, {len(codings)} codings, "
          f"{len(gold)} identifying mentions")


if __name__ == "__main__":
    main()
