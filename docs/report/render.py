"""Render a .docx to PDF and PNG pages the way Word shows it after "Update fields".

LibreOffice shows a TOC field's stored result; Word recomputes it (page numbers too) when the
file is opened (the report asks it to). To see that here, this script opens the document in
LibreOffice through UNO, updates its indexes and fields, and exports a PDF; pdftoppm then
makes PNGs. It needs LibreOffice with python3-uno and poppler-utils, and runs under the
system python3 (which has ``uno``), not the project's virtual environment:

    /usr/bin/python3 docs/report/render.py report.docx out_dir [--pages 1,3,6] [--dpi 70]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def to_pdf(docx: Path, pdf: Path) -> None:
    import uno
    from com.sun.star.beans import PropertyValue

    def prop(name, value):
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    pipe = f"render{os.getpid()}"
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
         f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(60):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise RuntimeError("LibreOffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(str(docx.resolve())),
                                           "_blank", 0, (prop("Hidden", True),))
        for _ in range(2):  # page numbers settle after the TOC has its final length
            indexes = doc.getDocumentIndexes()
            for i in range(indexes.getCount()):
                indexes.getByIndex(i).update()
            doc.getTextFields().refresh()
        doc.storeToURL(uno.systemPathToFileUrl(str(pdf.resolve())),
                       (prop("FilterName", "writer_pdf_Export"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


def to_png(pdf: Path, out: Path, pages: list[int], dpi: int, prefix: str) -> list[Path]:
    made = []
    for n in pages:
        target = out / f"{prefix}-page{n}"
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(n), "-l", str(n),
                        "-singlefile", str(pdf), str(target)], check=True)
        made.append(target.with_suffix(".png"))
    return made


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("docx", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", default="", help="comma-separated page numbers for PNGs")
    ap.add_argument("--dpi", type=int, default=70)
    ap.add_argument("--prefix", default="")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pdf = args.out / (args.docx.stem + ".pdf")
    to_pdf(args.docx, pdf)
    pages = [int(p) for p in args.pages.split(",") if p.strip()]
    for png in to_png(pdf, args.out, pages, args.dpi, args.prefix or args.docx.stem):
        print(png)
    print(pdf)
    return 0


if __name__ == "__main__":
    sys.exit(main())
