"""What other programs write that has no twin in our projects, and what it becomes here:
document sets (MAXQDA document groups, ATLAS.ti/NVivo sets), cases written as codes (NVivo),
the key-quote code used as a code of its own, key quotes from earlier exports (a note),
code descriptions with our headings; and the report in Swedish."""
from qualcoder_htl.core.messages import set_language
from qualcoder_htl.core.refi import KEY_QUOTE_CODE_GUID, KEY_QUOTE_NOTE_GUID
from qualcoder_htl.services.refi_import import import_refi
from qualcoder_htl.services.refi_merge import _split_description

from .test_tolerance import CODE, SRC, TEXT, USER, G, _zip

SRC2 = G.format(7, 7)
TEXT2 = "J: Vad hjälpte mest?\nIP: Att de inte dömde oss."


def _project_xml(codes: str, sources: str, extra: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
            f'name="Test" origin="MAXQDA 2022"><Users><User guid="{USER}" name="Eva"/></Users>'
            f'<CodeBook><Codes>{codes}</Codes></CodeBook><Sources>{sources}</Sources>{extra}'
            f'</Project>').encode()


def _source(guid: str, name: str, selections: str = "") -> str:
    return (f'<TextSource guid="{guid}" name="{name}" plainTextPath="internal://{guid}.txt">'
            f'{selections}</TextSource>')


def _selection(n: int, start: int, end: int, *code_guids: str, notes: str = "") -> str:
    codings = "".join(f'<Coding guid="{G.format(300 + n, 10 * n + i)}" creatingUser="{USER}">'
                      f'<CodeRef targetGUID="{c}"/>{notes}</Coding>'
                      for i, c in enumerate(code_guids))
    return (f'<PlainTextSelection guid="{G.format(200 + n, n)}" startPosition="{start}" '
            f'endPosition="{end}">{codings}</PlainTextSelection>')


def _files():
    return {f"sources/{SRC}.txt": TEXT.encode(), f"sources/{SRC2}.txt": TEXT2.encode()}


def test_document_sets_become_an_attribute_to_group_by(project, tmp_path):
    sets = (f'<Sets><Set guid="{G.format(20, 1)}" name="Vårdnadshavare">'
            f'<MemberSource targetGUID="{SRC}"/><MemberSource targetGUID="{SRC2}"/></Set>'
            f'<Set guid="{G.format(20, 2)}" name="Omgång 2"><MemberSource targetGUID="{SRC2}"/>'
            f'</Set><Set guid="{G.format(20, 3)}" name="Kodgrupp"><MemberCode '
            f'targetGUID="{CODE}"/></Set></Sets>')
    xml = _project_xml(f'<Code guid="{CODE}" name="Tema" isCodable="true"/>',
                       _source(SRC, "vh_07") + _source(SRC2, "vh_08"), sets)
    report = import_refi(project, _zip(tmp_path / "x.qdpx", xml, _files()))
    a, b = project.sources.find("vh_07"), project.sources.find("vh_08")
    assert project.attributes.values_of(a.id)["Dokumentgrupp"] == "Vårdnadshavare"
    assert project.attributes.values_of(b.id)["Dokumentgrupp"] == "Omgång 2; Vårdnadshavare"
    assert sum("Dokumentgrupp" in n for n in report.notes) == 2
    assert any("'Kodgrupp'" in s for s in report.skipped)  # a set of codes has no twin


def test_cases_written_as_codes_become_case_members_not_codes(project, tmp_path):
    """NVivo (and our export) write a case as a code of the case's GUID coding its sources."""
    case = G.format(30, 1)
    codes = (f'<Code guid="{CODE}" name="Tema" isCodable="true"/>'
             f'<Code guid="{case}" name="Familj 7" isCodable="true"/>')
    sources = (_source(SRC, "vh_07", _selection(1, 0, len(TEXT), case)
                       + _selection(2, 0, 5, CODE)) + _source(SRC2, "vh_08"))
    cases = f'<Cases><Case guid="{case}" name="Familj 7"/></Cases>'
    report = import_refi(project, _zip(tmp_path / "x.qdpx", _project_xml(codes, sources, cases),
                                       _files()))
    assert [c.name for c in project.codebook.codes()] == ["Tema"]
    (familj,) = project.attributes.cases()
    assert familj.name == "Familj 7"
    assert familj.source_ids == (project.sources.find("vh_07").id,)
    assert report.codings_added == 1 and not report.warnings


def test_key_quote_code_marks_the_other_codings_of_its_selection(project, tmp_path):
    codes = (f'<Code guid="{CODE}" name="Tema" isCodable="true"/>'
             f'<Code guid="{KEY_QUOTE_CODE_GUID}" name="Nyckelcitat (key quote)" '
             f'isCodable="true"/>')
    sources = _source(SRC, "vh_07", _selection(1, 0, 5, CODE, KEY_QUOTE_CODE_GUID)
                      + _selection(2, 6, 12, CODE))
    report = import_refi(project, _zip(tmp_path / "x.qdpx", _project_xml(codes, sources),
                                       _files()))
    assert [c.name for c in project.codebook.codes()] == ["Tema"]
    assert sorted((c.start, c.is_key_quote) for c in project.codings.all()) == [
        (0, True), (6, False)]
    assert report.key_quotes == 1


def test_key_quote_code_used_alone_is_a_code_of_its_own(project, tmp_path):
    """Another program's user coded text with it directly: keep those codings."""
    codes = (f'<Code guid="{CODE}" name="Tema" isCodable="true"/>'
             f'<Code guid="{KEY_QUOTE_CODE_GUID}" name="Nyckelcitat (key quote)" '
             f'isCodable="true"/>')
    sources = _source(SRC, "vh_07", _selection(1, 0, 5, CODE, KEY_QUOTE_CODE_GUID)
                      + _selection(2, 6, 12, KEY_QUOTE_CODE_GUID))
    import_refi(project, _zip(tmp_path / "x.qdpx", _project_xml(codes, sources), _files()))
    assert {c.name for c in project.codebook.codes()} == {"Tema", "Nyckelcitat (key quote)"}
    assert len(project.codings.all()) == 3


def test_key_quotes_from_earlier_exports_still_arrive(project, tmp_path):
    note = (f'<Notes><Note guid="{KEY_QUOTE_NOTE_GUID}" name="Nyckelcitat (key quote)">'
            f'<PlainTextContent>Nyckelcitat (key quote)</PlainTextContent></Note></Notes>')
    codes = f'<Code guid="{CODE}" name="Tema" isCodable="true"/>'
    sources = _source(SRC, "vh_07", _selection(
        1, 0, 5, CODE, notes=f'<NoteRef targetGUID="{KEY_QUOTE_NOTE_GUID}"/>'))
    import_refi(project, _zip(tmp_path / "x.qdpx", _project_xml(codes, sources, note),
                              _files()))
    assert [c.is_key_quote for c in project.codings.all()] == [True]
    assert project.memos.list() == []  # the mark, not a memo


def test_code_description_sections_split_back_in_either_language():
    text = ("Hur familjen fick stöd\n\nInkludering / Inclusion:\nskolan, kuratorn\n\n"
            "Exclusion: BUP\n\nAnteckning / Memo (Eva Ek, 2025-03-01T10:00:00Z):\nDela?")
    assert _split_description(text) == (
        "Hur familjen fick stöd", "skolan, kuratorn", "BUP",
        [("Eva Ek", "2025-03-01T10:00:00Z", "Dela?")])
    assert _split_description("Bara en definition.") == ("Bara en definition.", "", "", [])


def test_the_report_speaks_swedish(rich_project, tmp_path):
    from qualcoder_htl.services.refi_export import export_qdpx
    set_language("sv")
    try:
        lines = export_qdpx(rich_project, tmp_path / "x.qdpx").lines()
    finally:
        set_language("en")
    assert lines[0].startswith("Exporterade 2 källor, 6 koder, 7 kodningar")
    assert any(line.startswith("1 nyckelcitat: även kodat med koden") for line in lines)
    assert any("även som kod under 'Fall (cases)'" in line for line in lines)


def test_a_source_stored_without_its_final_newline_is_still_the_same_source(
        project, add_text, tmp_path):
    """Projects keep their texts: one imported before final newlines were kept (ours strip
    them on .txt import) is matched by a file whose text ends in one, and codings land on it."""
    sid = add_text("vh_08.txt", TEXT2 + "\n")
    assert project.sources.get(sid).text == TEXT2
    codes = f'<Code guid="{CODE}" name="Tema" isCodable="true"/>'
    end = len(TEXT2) + 1
    sources = _source(SRC2, "vh_08", _selection(1, end - 5, end, CODE)
                      + _selection(2, end - 1, end, CODE))
    files = {f"sources/{SRC2}.txt": (TEXT2 + "\n").encode()}
    report = import_refi(project, _zip(tmp_path / "x.qdpx", _project_xml(codes, sources),
                                       files))
    assert [s.name for s in project.sources.list()] == ["vh_08.txt"]
    assert report.sources_matched == 1
    (coding,) = project.codings.all()  # the one on the newline alone has nothing left
    assert TEXT2[coding.start:coding.end] == "oss."
