"""Our .qdpx as other programs read it.

``ClientReader`` is an independent reader written for this test, with the standard library
only (ElementTree, not our lxml code), from Project-mrt2019.xsd and from what the major
clients' importers require, as read in their source or seen with the demo project:
- QualCoder's ``RefiImport`` (src/qualcoder/refi.py): every <Note>, <TextSource> and
  <PlainTextSelection> has creationDateTime or modifiedDateTime (it calls ``.replace`` on it:
  a note without a date stopped its import half-way, before the cases); the memo of the
  project, a source, a code, a case and a coding is the <Description> of that element; a
  case's sources are the codings with a code of the case's own GUID (it never reads a named
  case's <SourceRef>); a <Coding>'s first child is its <CodeRef>; a <Set>'s <MemberSource>s
  become a source attribute; the text is the plain text file read as UTF-8 text.
- NVivo writes cases the same way (a node per case); MAXQDA and ATLAS.ti read the standard's
  <SourceRef> in a <Case> and attribute values in <VariableValue>s.
The reader fails (raises) where such a client would fail, and returns what it would show.
"""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from datetime import datetime

from qualcoder_htl.services import Project
from qualcoder_htl.services.refi_export import export_qdpx
from qualcoder_htl.services.refi_import import import_into_new_project

from .conftest import assert_valid, qde_of, snapshot

N = "{urn:QDA-XML:project:1.0}"


class ClientError(AssertionError):
    """Where a client's import would stop or lose something."""


def _date(el, what: str) -> datetime:
    value = el.get("creationDateTime") or el.get("modifiedDateTime")
    if value is None:
        raise ClientError(f"{what} has no creationDateTime (QualCoder: 'NoneType' object has "
                          f"no attribute 'replace')")
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _desc(el) -> str:
    d = el.find(N + "Description")
    return (d.text or "") if d is not None else ""


class ClientReader:
    def __init__(self, path):
        with zipfile.ZipFile(path) as z:
            self.files = {name: z.read(name) for name in z.namelist()}
        self.root = ET.fromstring(self.files["project.qde"])
        root = self.root
        for attr in ("origin", "creatingUserGUID", "creationDateTime"):
            if not root.get(attr):
                raise ClientError(f"<Project> has no {attr}")
        self.users = {u.get("guid"): u.get("name") for u in root.iter(N + "User")}
        self.project_memo = _desc(root)
        self.codes: dict[str, dict] = {}  # guid -> name, memo (description), path
        for code in root.findall(f"{N}CodeBook/{N}Codes/{N}Code"):
            self._code(code, ())
        self.variables = {v.get("guid"): v.get("name") for v in root.iter(N + "Variable")}
        self.sources: dict[str, dict] = {}
        self.codings: list[dict] = []
        for source in root.findall(f"{N}Sources/{N}TextSource"):
            self._source(source)
        for note in root.iter(N + "Note"):
            _date(note, f"note {note.get('name')!r}")
            self._user(note, "note")
        self.cases: dict[str, dict] = {}
        for case in root.iter(N + "Case"):
            self._case(case)
        self.sets = {s.get("name"): {m.get("targetGUID") for m in s.iter(N + "MemberSource")}
                     for s in root.iter(N + "Set")}

    def _user(self, el, what: str) -> str:
        guid = el.get("creatingUser") or el.get("modifyingUser")
        if guid not in self.users:
            raise ClientError(f"{what} names no known user")
        return self.users[guid]

    def _code(self, el, parent: tuple[str, ...]) -> None:
        path = parent + (el.get("name"),)
        self.codes[el.get("guid")] = {"name": el.get("name"), "memo": _desc(el), "path": path,
                                      "codable": el.get("isCodable") != "false"}
        for child in el.findall(N + "Code"):
            self._code(child, path)

    def _source(self, el) -> None:
        name = el.get("name")
        _date(el, f"source {name!r}")
        self._user(el, f"source {name!r}")
        ref = el.get("plainTextPath")
        if not ref or not ref.startswith("internal://"):
            raise ClientError(f"source {name!r} has no internal plain text file")
        entry = "sources/" + ref.removeprefix("internal://")
        # read as a client does: UTF-8 text, universal newlines
        text = io.TextIOWrapper(io.BytesIO(self.files[entry]), encoding="utf-8").read()
        self.sources[el.get("guid")] = {"name": name, "text": text, "memo": _desc(el)}
        for sel in el.findall(N + "PlainTextSelection"):
            _date(sel, f"a selection in {name!r}")
            owner = self._user(sel, f"a selection in {name!r}")
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            if not 0 <= start < end <= len(text):
                raise ClientError(f"a selection in {name!r} lies outside its text")
            for coding in sel.findall(N + "Coding"):
                first = list(coding)[0]
                if first.tag != N + "CodeRef":
                    raise ClientError("a <Coding> whose first child is not its <CodeRef>")
                if not coding.get("creationDateTime"):
                    raise ClientError("a <Coding> without creationDateTime")
                self.codings.append({"source": el.get("guid"), "code": first.get("targetGUID"),
                                     "text": text[start:end], "start": start, "end": end,
                                     "coder": self.users.get(coding.get("creatingUser"), owner),
                                     "memo": _desc(sel)})

    def _case(self, el) -> None:
        guid = el.get("guid")
        if guid not in self.codes:
            raise ClientError(f"case {el.get('name')!r} has no code of its GUID: its sources "
                              f"are lost in QualCoder")
        whole = {c["source"] for c in self.codings if c["code"] == guid
                 and c["start"] == 0 and c["end"] == len(self.sources[c["source"]]["text"])}
        refs = {r.get("targetGUID") for r in el.findall(N + "SourceRef")}
        if whole != refs:
            raise ClientError(f"case {el.get('name')!r}: its <SourceRef>s and its codings "
                              f"disagree")
        values = {}
        for vv in el.findall(N + "VariableValue"):
            var = vv.find(N + "VariableRef").get("targetGUID")
            value = next(x.text for x in vv if x.tag.endswith("Value"))
            values[self.variables[var]] = value
        self.cases[el.get("name")] = {"memo": _desc(el), "sources": {
            self.sources[g]["name"] for g in refs}, "values": values}


def test_a_client_reads_everything_where_it_looks(rich_project, tmp_path):
    p = rich_project
    b = p.sources.find("vh_03.txt")
    collab = p.codebook.find("Samverkan")
    p.set_coder("Bertil")
    p.memos.add("Andra memot om projektet.")
    p.memos.add("Hembesöket bokades via kuratorn.", source_id=b.id)
    p.memos.add("Ett andra kodmemo.", code_id=collab.id)
    p.set_coder("Anna")
    out = tmp_path / "htl.qdpx"
    report = export_qdpx(p, out)
    assert_valid(qde_of(out), "Project-mrt2019.xsd")
    client = ClientReader(out)

    # memos: the first of each object in its description
    assert client.project_memo == "Projektets loggbok: första kodomgången klar."
    by_name = {s["name"]: s for s in client.sources.values()}
    assert by_name["skola_a_03.docx"]["memo"] == "Intervjun hölls i skolans bibliotek."
    assert by_name["vh_03.txt"]["memo"] == "Hembesöket bokades via kuratorn."
    codes = {c["path"]: c for c in client.codes.values()}
    samverkan = codes[("Personal", "Samverkan")]["memo"]
    assert samverkan.startswith("Samarbete över gränser\n\nAnteckning / Memo (Anna, ")
    assert "Koden ska kanske delas i två." in samverkan
    assert "Ett andra kodmemo." not in samverkan  # a further memo: a note on the code
    personal = codes[("Personal",)]["memo"]
    assert "Inkludering / Inclusion:\nsamverkan, roller" in personal
    assert "Exkludering / Exclusion:\nfamiljernas röst" in personal

    # texts and codings exactly as in the project
    for s in p.sources.list():
        assert by_name[s.name]["text"] == p.sources.get(s.id).text
    names = {c.id: c.name for c in p.codebook.codes()}
    coders = {c.id: c.name for c in p.coders()}
    ours = {(p.sources.get(c.source_id).name, names[c.code_id],
             p.sources.get(c.source_id).text[c.start:c.end], coders[c.coder_id], c.memo)
            for c in p.codings.all()}
    theirs = {(client.sources[c["source"]]["name"], client.codes[c["code"]]["name"],
               c["text"], c["coder"], c["memo"]) for c in client.codings
              if client.codes[c["code"]]["path"][0] not in ("Fall (cases)",
                                                            "Nyckelcitat (key quote)")}
    assert theirs == ours

    # the key quote: a code every client shows, on the same text
    key = [c for c in client.codings if client.codes[c["code"]]["name"] ==
           "Nyckelcitat (key quote)"]
    assert [c["text"] for c in key] == ["Idén är bra"] and report.key_quotes == 1

    # the case: its source (by code and by SourceRef), description and attributes
    assert client.cases == {"Familj 3": {"memo": "Fick stöd hösten 2020",
                                         "sources": {"vh_03.txt"},
                                         "values": {"Familjens storlek": "5",
                                                    "Stadsdel": "Norr"}}}
    assert not codes[("Fall (cases)",)]["codable"]
    assert any("Fall (cases)" in line for line in report.lines())
    assert any("Nyckelcitat (key quote)" in line for line in report.lines())


def test_the_same_file_comes_back_into_ours_with_nothing_lost(rich_project, tmp_path):
    p = rich_project
    b = p.sources.find("vh_03.txt")
    collab = p.codebook.find("Samverkan")
    p.set_coder("Bertil")
    p.memos.add("Andra memot om projektet.")
    p.memos.add("Hembesöket bokades via kuratorn.", source_id=b.id)
    p.memos.add("Ett andra kodmemo.", code_id=collab.id)
    p.codebook.describe(collab.id, inclusion="möten, samarbete", exclusion="enskilda samtal")
    p.set_coder("Anna")
    out = tmp_path / "htl.qdpx"
    export_qdpx(p, out)
    copy, report = import_into_new_project(out, tmp_path / "kopia.qhtl", coder="Anna")
    with copy:
        before, after = snapshot(p), snapshot(copy)
        for key in before:
            assert after[key] == before[key], key
        # neither the cases' folder nor the key-quote mark became a code
        assert {c.name for c in copy.codebook.codes()} == {c.name for c in p.codebook.codes()}
        assert sum(c.is_key_quote for c in copy.codings.all()) == 1
    assert report.key_quotes == 1


def test_a_text_keeps_its_final_newline(tmp_path):
    """QualCoder's export: every text ends in a newline; it stays, so lengths agree."""
    text = "J: Hur kom ni i kontakt?\nIP: Via skolan.\n"
    guid, code, user = ("1d6a4c1e-0000-4000-8000-00000000000" + str(i) for i in (1, 2, 3))
    qde = (f'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
           f'name="QC" origin="QualCoder 3.6" creatingUserGUID="{user}" '
           f'creationDateTime="2025-01-01T10:00:00Z"><Users><User guid="{user}" name="Colin"/>'
           f'</Users><CodeBook><Codes><Code guid="{code}" name="Slut" isCodable="true"/></Codes>'
           f'</CodeBook><Sources><TextSource guid="{guid}" name="intervju.txt" '
           f'plainTextPath="internal://{guid}.txt"><PlainTextSelection guid="{guid[:-1]}9" '
           f'startPosition="{text.index("Via")}" endPosition="{len(text)}" '
           f'creatingUser="{user}"><Coding guid="{guid[:-1]}8" creatingUser="{user}">'
           f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection></TextSource>'
           f'</Sources></Project>')
    path = tmp_path / "qc.qdpx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("project.qde", qde)
        z.writestr(f"sources/{guid}.txt", text.encode())
    copy, _ = import_into_new_project(path, tmp_path / "qc.qhtl", coder="Anna")
    with copy:
        source = copy.sources.find("intervju.txt")
        assert copy.sources.get(source.id).text == text
        coding = copy.codings.all()[0]
        assert (coding.start, coding.end) == (text.index("Via"), len(text))
        # and it leaves again as it came
        export_qdpx(copy, tmp_path / "igen.qdpx")
    client = ClientReader(tmp_path / "igen.qdpx")
    assert [s["text"] for s in client.sources.values()] == [text]


def test_an_empty_project_is_readable_too(tmp_path):
    with Project.create(tmp_path / "tom.qhtl", coder="Anna") as p:
        p.memos.add("Bara ett memo.")
        export_qdpx(p, tmp_path / "tom.qdpx")
    client = ClientReader(tmp_path / "tom.qdpx")
    assert client.project_memo == "Bara ett memo." and client.sources == {}


def test_the_reader_fails_where_a_client_fails(rich_project, tmp_path):
    """The reader is not a rubber stamp: a note without a date stops it, as it stopped
    QualCoder; a case without its code loses its sources."""
    out = tmp_path / "htl.qdpx"
    rich_project.memos.add("Andra memot om projektet.")
    export_qdpx(rich_project, out)
    qde = qde_of(out)
    broken = ET.fromstring(qde)
    note = next(broken.iter(N + "Note"))
    for attr in ("creationDateTime", "modifiedDateTime"):
        del note.attrib[attr]
    _rewrite(out, tmp_path / "note.qdpx", ET.tostring(broken))
    try:
        ClientReader(tmp_path / "note.qdpx")
    except ClientError as e:
        assert "creationDateTime" in str(e)
    else:
        raise AssertionError("a note without a date passed")
    broken = ET.fromstring(qde)
    folder = next(c for c in broken.iter(N + "Code") if c.get("name") == "Fall (cases)")
    broken.find(N + "CodeBook").find(N + "Codes").remove(folder)
    _rewrite(out, tmp_path / "case.qdpx", ET.tostring(broken))
    try:
        ClientReader(tmp_path / "case.qdpx")
    except ClientError as e:
        assert "sources are lost" in str(e)
    else:
        raise AssertionError("a case without its code passed")


def _rewrite(src, dst, qde: bytes) -> None:
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w") as out:
        for name in z.namelist():
            out.writestr(name, qde if name == "project.qde" else z.read(name))


def test_every_element_that_can_say_who_and_when_says_so(rich_project, tmp_path):
    """The schema lets <Project>, <TextSource>, <PlainTextSelection>, <Note> carry creator,
    creation, modifier and modification, and <Coding> creator and creation: all are there."""
    rich_project.memos.add("Andra memot om projektet.")  # a note
    export_qdpx(rich_project, tmp_path / "x.qdpx")
    root = ET.fromstring(qde_of(tmp_path / "x.qdpx"))
    users = {u.get("guid") for u in root.iter(N + "User")}
    four = ("creatingUser", "creationDateTime", "modifyingUser", "modifiedDateTime")
    assert {root.get(a.replace("User", "UserGUID")) in users for a in four[::2]} == {True}
    checked = 0
    for tag, attrs in (("TextSource", four), ("PlainTextSelection", four), ("Note", four),
                       ("Coding", four[:2])):
        for el in root.iter(N + tag):
            checked += 1
            assert all(el.get(a) for a in attrs), (tag, el.attrib)
            assert {el.get(a) in users for a in attrs if a.endswith("User")} == {True}
            created = datetime.fromisoformat(el.get("creationDateTime").replace("Z", "+00:00"))
            if "modifiedDateTime" in attrs:
                assert datetime.fromisoformat(
                    el.get("modifiedDateTime").replace("Z", "+00:00")) >= created
    assert checked > 15


def test_the_demo_project_as_a_client_reads_it(tmp_path):
    """The issue's case: the demo project's .qdpx, read where QualCoder stopped (a note without
    a date) and where it lost the cases' sources, must give everything."""
    from qualcoder_htl.services.demo import create_demo
    with create_demo(tmp_path / "demo.qhtl") as demo:
        demo.memos.add("Projektets första memo.")
        demo.memos.add("Projektets andra memo.")
        export_qdpx(demo, tmp_path / "demo.qdpx")
        client = ClientReader(tmp_path / "demo.qdpx")
        assert len(client.sources) == len(demo.sources.list())
        cases = demo.attributes.cases()
        source_name = {s.id: s.name for s in demo.sources.list()}
        assert {name: c["sources"] for name, c in client.cases.items()} == {
            c.name: {source_name[s] for s in c.source_ids} for c in cases}
        assert sum(bool(c.source_ids) for c in cases) > 0
        ordinary = [c for c in client.codings if client.codes[c["code"]]["path"][0]
                    not in ("Fall (cases)", "Nyckelcitat (key quote)")]
        assert len(ordinary) == len(demo.codings.all())
        assert client.project_memo == "Projektets första memo."
