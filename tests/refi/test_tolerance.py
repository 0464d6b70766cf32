"""What other programs really write: folder and file names, namespaces, BOM, CR LF counted
one way or the other, UTF-16 positions, empty containers, variables in nameless cases."""
import zipfile

import pytest

from qualcoder_htl.importers.refi_positions import Counting
from qualcoder_htl.importers.refi_qda import read_refi
from qualcoder_htl.services.refi import RefiImportOptions
from qualcoder_htl.services.refi_import import import_refi

G = "{:08x}-0000-4000-8000-{:012x}"
SRC, CODE, USER, VAR, CASE = (G.format(n, n) for n in range(1, 6))
TEXT = ("J: Hur kom ni i kontakt?\r\nIP: Via skolan 😀 och kuratorn.\r\nJ: Och sedan?\r\n"
        "IP: Hembesök.")


def _qde(selections, ns='xmlns="urn:QDA-XML:project:1.0"', source_attrs=None, extra=""):
    source_attrs = source_attrs or f'plainTextPath="internal://{SRC}.txt"'
    sels = "".join(
        f'<PlainTextSelection guid="{G.format(100 + i, i)}" startPosition="{a}" '
        f'endPosition="{b}"><Coding guid="{G.format(200 + i, i)}" creatingUser="{USER}">'
        f'<CodeRef targetGUID="{CODE}"/></Coding></PlainTextSelection>'
        for i, (a, b) in enumerate(selections))
    return (f'<?xml version="1.0" encoding="utf-8"?><Project {ns} name="Test" origin="X">'
            f'<Users><User guid="{USER}" name="Eva"/></Users>'
            f'<CodeBook><Codes><Code guid="{CODE}" name="Vägen in" isCodable="true" '
            f'color="#F0A"/></Codes></CodeBook>'
            f'<Sources><TextSource guid="{SRC}" name="vh_07" {source_attrs}>{sels}'
            f'</TextSource></Sources>{extra}</Project>').encode()


def _zip(path, qde, files=None, qde_name="project.qde"):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(qde_name, qde)
        for name, data in (files or {}).items():
            z.writestr(name, data)
    return path


def _positions(text: str, fragment: str, utf16=False, crlf_as_one=False, bom=0):
    start = text.index(fragment)
    end = start + len(fragment)

    def count(i):
        prefix = text[:i]
        if crlf_as_one:
            prefix = prefix.replace("\r\n", "\n")
        n = len(prefix.encode("utf-16-le")) // 2 if utf16 else len(prefix)
        return n + bom
    return count(start), count(end)


FRAGMENTS = ("kuratorn", "Hembesök", "Via skolan 😀 och")


def _selections(**how):
    return [_positions(TEXT, f, **how) for f in FRAGMENTS]


@pytest.mark.parametrize("how, expect", [
    ({}, "as the standard says"),
    ({"utf16": True}, "as NVivo counts"),
    ({"crlf_as_one": True}, "as ATLAS.ti counts"),
    ({"utf16": True, "crlf_as_one": True}, "UTF-16 code units, CR LF counted as one"),
    ({"bom": 1}, "byte-order mark counted"),
])
def test_counting_is_detected(project, tmp_path, how, expect):
    data = b"\xef\xbb\xbf" + TEXT.encode("utf-8")
    path = _zip(tmp_path / "x.qdpx", _qde(_selections(**how)), {f"Sources/{SRC}.txt": data})
    report = import_refi(project, path)
    assert expect in report.counting
    source = project.sources.find("vh_07")
    text = project.sources.get(source.id).text
    assert "\r" not in text
    assert sorted(text[c.start:c.end] for c in project.codings.for_source(source.id)) == sorted(
        FRAGMENTS)


def test_counting_can_be_forced(project, tmp_path):
    path = _zip(tmp_path / "x.qdpx", _qde(_selections(crlf_as_one=True)),
                {f"sources/{SRC}.txt": TEXT.encode("utf-8")})
    report = import_refi(project, path, RefiImportOptions(counting=Counting(crlf_as_one=True)))
    assert "chosen by the user" in report.counting
    source = project.sources.find("vh_07")
    text = project.sources.get(source.id).text
    assert sorted(text[c.start:c.end] for c in project.codings.for_source(source.id)) == sorted(
        FRAGMENTS)


@pytest.mark.parametrize("folder, qde_name", [("sources", "project.qde"),
                                              ("Sources", "Mitt projekt.qde"),
                                              ("", "export/project.qde")])
def test_folder_and_project_file_names(project, tmp_path, folder, qde_name):
    entry = f"{folder}/{SRC}.txt" if folder else f"{SRC}.txt"
    path = _zip(tmp_path / "x.qdpx", _qde(_selections()), {entry: TEXT.encode()}, qde_name)
    assert import_refi(project, path).codings_added == 3


@pytest.mark.parametrize("ns", ['xmlns="urn:QDA-XML:project:1.0"', "",
                                'xmlns="urn:QDA-XML:project:0.4"',
                                'xmlns:q="urn:QDA-XML:project:1.0"'])
def test_namespace_variants(project, tmp_path, ns):
    path = _zip(tmp_path / "x.qdpx", _qde(_selections(), ns=ns),
                {f"Sources/{SRC}.txt": TEXT.encode()})
    report = import_refi(project, path)
    assert report.codings_added == 3 and report.codes_added == 1
    assert project.codebook.find("Vägen in").color == "#ff00aa"


def test_inline_text_and_empty_containers(project, tmp_path):
    qde = (f'<Project xmlns="urn:QDA-XML:project:1.0" name="Tom"><Users/><CodeBook><Codes/>'
           f'</CodeBook><Variables/><Cases/><Sources><TextSource guid="{SRC}" name="inline">'
           f'<PlainTextContent>IP: Hej då.</PlainTextContent></TextSource></Sources><Notes/>'
           f'<Sets/></Project>').encode()
    report = import_refi(project, _zip(tmp_path / "x.qdpx", qde))
    assert report.sources_added == 1
    assert project.sources.get(project.sources.find("inline").id).text == "IP: Hej då."


def test_maxqda_variables_in_nameless_cases_and_named_cases(project, tmp_path):
    extra_vars = (f'<Variables><Variable guid="{VAR}" name="Ålder" typeOfVariable="Integer"/>'
                  f'</Variables>')
    cases = (f'<Cases><Case guid="{CASE}"><VariableValue><VariableRef targetGUID="{VAR}"/>'
             f'<IntegerValue>42</IntegerValue></VariableValue><SourceRef targetGUID="{SRC}"/>'
             f'</Case><Case guid="{G.format(6, 6)}" name="Familj 7"><Description>Sju personer'
             f'</Description><SourceRef targetGUID="{SRC}"/></Case></Cases>')
    qde = _qde(_selections()).replace(b"<Sources>", (extra_vars + cases).encode() + b"<Sources>")
    path = _zip(tmp_path / "x.qdpx", qde, {f"Sources/{SRC}.txt": TEXT.encode()})
    report = import_refi(project, path)
    source = project.sources.find("vh_07")
    assert project.attributes.values_of(source.id)["Ålder"] == "42"
    assert project.attributes.find("Ålder").value_type == "number"
    [case] = project.attributes.cases()
    assert (case.name, case.description, case.source_ids) == ("Familj 7", "Sju personer",
                                                              (source.id,))
    assert report.cases_added == 1


def test_notes_links_and_selection_comments(project, tmp_path):
    note = G.format(7, 7)
    sel = G.format(100, 0)
    extra = (f'<Notes><Note guid="{note}" name="Anteckning"><PlainTextContent>Viktigt ställe.'
             f'</PlainTextContent></Note></Notes><Links><Link guid="{G.format(8, 8)}" '
             f'originGUID="{note}" targetGUID="{sel}"/></Links>')
    qde = _qde(_selections(), extra=extra).replace(
        b"<Coding", b"<Description>Kommentar</Description><Coding", 1)
    path = _zip(tmp_path / "x.qdpx", qde, {f"Sources/{SRC}.txt": TEXT.encode()})
    import_refi(project, path)
    source = project.sources.find("vh_07")
    memos = {c.memo for c in project.codings.for_source(source.id)}
    assert "Kommentar" in memos
    assert [m.text for m in project.memos.list(source_id=source.id)] == [
        "Anteckning\n\nViktigt ställe."]


def test_ansi_text_file_and_docx_only_source(project, tmp_path):
    qde = _qde(_selections()).replace(
        b"</TextSource>", f'</TextSource><TextSource guid="{G.format(9, 9)}" name="bara word" '
                          f'richTextPath="internal://x.docx"/>'.encode())
    path = _zip(tmp_path / "x.qdpx", qde, {f"Sources/{SRC}.txt": TEXT.encode("cp1252",
                                                                             "replace")})
    report = import_refi(project, path)
    assert report.sources_added == 1
    assert any("bara word" in s and "only a Word file" in s for s in report.skipped)


def test_qdc_read_directly(tmp_path):
    qdc = tmp_path / "k.qdc"
    qdc.write_text(f'<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA">'
                   f'<Codes><Code guid="{CODE}" name="Tema" isCodable="false">'
                   f'<Code guid="{SRC}" name="Undertema" isCodable="true"/></Code></Codes>'
                   f'<Sets><Set guid="{VAR}" name="S"><MemberCode guid="{SRC}"/></Set></Sets>'
                   f'</CodeBook>', encoding="utf-8")
    model = read_refi(qdc)
    assert model.kind == "codebook" and model.origin == "MAXQDA"
    assert [c.name for c in model.all_codes()] == ["Tema", "Undertema"]
    assert model.sets[0].code_guids == [SRC]


def test_source_sets_named_attribute_value_become_attributes(project, tmp_path):
    sets = (f'<Sets><Set guid="{G.format(10, 10)}" name="kön: kvinna"><MemberSource '
            f'targetGUID="{SRC}"/></Set><Set guid="{G.format(11, 11)}" name="Viktiga">'
            f'<MemberSource targetGUID="{SRC}"/></Set></Sets>')
    path = _zip(tmp_path / "x.qdpx", _qde(_selections(), extra=sets),
                {f"Sources/{SRC}.txt": TEXT.encode()})
    report = import_refi(project, path)
    source = project.sources.find("vh_07")
    assert project.attributes.values_of(source.id)["kön"] == "kvinna"
    # any other set of sources (a MAXQDA document group) is kept as a grouping attribute
    assert project.attributes.values_of(source.id)["Dokumentgrupp"] == "Viktiga"
    assert any("'Viktiga'" in s for s in report.notes)


def test_same_name_other_text_is_imported_beside(project, add_text, tmp_path):
    project.sources.rename(add_text("vh_07.txt", "Helt annan text."), "vh_07")
    path = _zip(tmp_path / "x.qdpx", _qde(_selections()), {f"Sources/{SRC}.txt": TEXT.encode()})
    report = import_refi(project, path)
    assert {s.name for s in project.sources.list()} == {"vh_07", "vh_07 (2)"}
    assert any("vh_07 (2)" in w for w in report.warnings)


def test_files_outside_the_archive_are_not_read(project, tmp_path):
    secret = tmp_path / "hemligt.txt"
    secret.write_text("J: Lösenordet är hemligt.", encoding="utf-8")
    for ref in (f"absolute://{secret}", "relative:///../hemligt.txt"):
        folder = tmp_path / "in"
        folder.mkdir(exist_ok=True)
        path = _zip(folder / "x.qdpx", _qde([], source_attrs=f'plainTextPath="{ref}"'))
        report = import_refi(project, path)  # the only source missing: skipped, reported
        assert report.sources_added == 0 and any("not in the archive" in s
                                                  for s in report.skipped)
    (folder / "bredvid.txt").write_text("IP: Bredvid arkivet.", encoding="utf-8")
    path = _zip(folder / "y.qdpx", _qde([], source_attrs='plainTextPath="relative:///bredvid.txt"'))
    assert import_refi(project, path).sources_added == 1
