"""Read REFI-QDA exchange files (.qdpx projects, .qdc codebooks) into ``core.refi`` records.

Tolerant of what NVivo (Windows, Mac), ATLAS.ti, MAXQDA and QualCoder really write: the
sources folder as ``Sources/`` or ``sources/``, a .qde with another name than project.qde,
any namespace (or none) on the elements, a BOM and CR LF in the text files, positions in
UTF-16 units or with CR LF as one (detected, see ``refi_positions``), empty containers.
Everything that is broken in a way we cannot repair raises a ``RefiFileError`` naming the
file and what is wrong; everything we leave out is listed in ``RefiProject.skipped``.
Nothing here touches a project.
"""
from __future__ import annotations

import os
import posixpath
import zipfile
import zlib
from pathlib import Path
from urllib.parse import unquote

from ..core.errors import ImportFileError
from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..core.refi import (
    RefiCase,
    RefiCode,
    RefiCoding,
    RefiFileError,
    RefiLink,
    RefiMissingSourceError,
    RefiNote,
    RefiProject,
    RefiSelection,
    RefiSelectionError,
    RefiSet,
    RefiTextSource,
    RefiUser,
    RefiValue,
    RefiVariable,
    normal_guid,
    parse_datetime,
)
from .limits import (
    MAX_CONTAINER_BYTES,
    MAX_PROJECT_PART_BYTES,
    MAX_TEXT_FILE_BYTES,
    ArchiveBudget,
    check_file_size,
    check_text,
    read_member,
)
from .refi_positions import Counting, SourceText, detect_counting
from .refi_xml import (
    child_named,
    child_text,
    children_named,
    element_children,
    guid_refs,
    local_name,
    parse_xml,
)
from .text_files import decode_text_bytes

catalogue({
    "refi.read.graphs": ("graphs (this program has no graphs)",
                         "grafer (det här programmet har inga grafer)"),
    "refi.read.media": ("source '{name}': {what} source has no text to import",
                        "källan '{name}': {what} har ingen text att importera"),
    "refi.read.media.picture": ("a picture", "en bild"),
    "refi.read.media.audio": ("audio", "ljud"),
    "refi.read.media.video": ("video", "video"),
    "refi.read.media.pdf": ("a PDF", "en PDF"),
    "refi.read.only_word": ("source '{name}': it has only a Word file, no plain text",
                            "källan '{name}': den har bara en Word-fil, ingen ren text"),
    "refi.read.no_text": ("source '{name}': it has no text", "källan '{name}': den har ingen text"),
    "refi.read.text_missing": ("source '{name}': its text file {ref} is not in the archive",
                               "källan '{name}': dess textfil {ref} finns inte i arkivet"),
    "refi.read.source_no_guid": ("source '{name}': it has no valid guid",
                                 "källan '{name}': den har inget giltigt guid"),
    "refi.read.empty_selection": ("an empty selection in '{name}' was left out",
                                  "ett tomt urval i '{name}' togs inte med"),
    "refi.read.note_missing": ("the text of the note '{name}' ({ref}) is not in the archive",
                               "texten till anteckningen '{name}' ({ref}) finns inte i arkivet"),
    "refi.read.code_no_guid": ("code '{name}': it has no valid guid",
                               "koden '{name}': den har inget giltigt guid"),
})

MISSING_POLICIES = ("auto", "error", "skip")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_MEDIA = {"PictureSource": "picture", "AudioSource": "audio", "VideoSource": "video",
          "PDFSource": "pdf"}

catalogue({
    "refi.missing": ("the file does not exist", "filen finns inte"),
    "refi.unreadable": ("the file cannot be read ({reason})", "filen kan inte läsas ({reason})"),
    "refi.not_codebook": (
        "this is not a REFI-QDA codebook (its root element is <{kind}>, expected <CodeBook>)",
        "detta är ingen REFI-QDA-kodbok (dess rotelement är <{kind}>, väntat <CodeBook>)"),
    "refi.bad_zip": (
        "this is not a readable .qdpx file: the zip archive is damaged or incomplete ({reason})",
        "detta är ingen läsbar .qdpx-fil: zip-arkivet är skadat eller ofullständigt ({reason})"),
    "refi.not_project": (
        "{entry} is not a REFI-QDA project (its root element is <{kind}>, expected <Project>)",
        "{entry} är inget REFI-QDA-projekt (dess rotelement är <{kind}>, väntat <Project>)"),
    "refi.no_qde": (
        "this .qdpx contains no project file (.qde); it may be incomplete or not a REFI-QDA "
        "export",
        "denna .qdpx innehåller ingen projektfil (.qde); den kan vara ofullständig eller ingen "
        "REFI-QDA-export"),
    "refi.entry_damaged": ("{entry} in the archive is damaged ({reason})",
                           "{entry} i arkivet är skadad ({reason})"),
    "refi.missing_source": (
        "the text of the source '{label}' ({ref}) is not in the archive (files outside it are "
        "not read); the file is incomplete: import it with missing sources skipped to bring in "
        "the rest",
        "texten till källan '{label}' ({ref}) finns inte i arkivet (filer utanför det läses "
        "inte); filen är ofullständig: importera den med saknade källor överhoppade för att få "
        "med resten"),
    "refi.entry_reason": ("{entry}: {reason}", "{entry}: {reason}"),
    "refi.bad_position": (
        "a coded selection in '{source}' has no valid start or end position ({start}–{end})",
        "ett kodat urval i '{source}' har ingen giltig start- eller slutposition "
        "({start}–{end})"),
    "refi.chosen_by_user": ("positions read as {counting} (chosen by the user)",
                            "positioner lästa som {counting} (valt av användaren)"),
    "refi.outside": (
        "a coded selection in '{source}' ({start}–{end}) lies outside its text, which is "
        "{length} characters long; the project file does not match its sources",
        "ett kodat urval i '{source}' ({start}–{end}) ligger utanför sin text, som är "
        "{length} tecken lång; projektfilen stämmer inte med sina källor"),
    "refi.bad_xml": ("{entry} is not valid XML{line}: {reason}",
                     "{entry} är inte giltig XML{line}: {reason}"),
    "refi.at_line": (" at line {line}", " på rad {line}"),
    "refi.reading": ("reading {label}", "läser {label}"),
    "refi.empty": ("{entry} is empty", "{entry} är tom"),
})


# --- entry points -------------------------------------------------------------------------

def read_refi(path: str | os.PathLike[str], counting: Counting | None = None,
              missing_sources: str = "auto", progress: Progress | None = None) -> RefiProject:
    """A .qdpx (zip) or .qdc (XML) file, told apart by its content, not its name."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(4)
    except FileNotFoundError:
        raise RefiFileError(str(path), msg("refi.missing")) from None
    except OSError as e:
        raise RefiFileError(str(path), msg("refi.unreadable",
                                           reason=e.strerror or type(e).__name__)) from None
    if head.startswith(b"PK"):
        return read_qdpx(path, counting, missing_sources, progress)
    return read_qdc(path)


def read_qdc(path: str | os.PathLike[str]) -> RefiProject:
    """A codebook (.qdc); a project's .qde is accepted too (its codebook is read)."""
    name = str(path)
    check_file_size(path, MAX_PROJECT_PART_BYTES, "REFI-QDA (.qdc)")
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise RefiFileError(name, msg("refi.unreadable",
                                      reason=e.strerror or type(e).__name__)) from None
    root = parse_xml(data, name, Path(path).name)
    kind = local_name(root)
    if kind not in ("CodeBook", "Project"):
        raise RefiFileError(name, msg("refi.not_codebook", kind=kind))
    model = RefiProject(kind="codebook", name=Path(path).stem, origin=root.get("origin") or "")
    codes_parent = child_named(root, "CodeBook") if kind == "Project" else root
    model.codes = _codes(codes_parent, model)
    for s in children_named(child_named(root, "Sets"), "Set"):
        model.sets.append(_set(s))
    return model


def read_qdpx(path: str | os.PathLike[str], counting: Counting | None = None,
              missing_sources: str = "auto", progress: Progress | None = None) -> RefiProject:
    """A project archive. ``counting``: force a way of counting positions (None: detect).
    ``missing_sources``: a text file named in the project but absent from the archive is an
    error ("error"), skipped ("skip"), or ("auto") skipped only when the archive holds none
    of the project's source files (exported without documents), an error otherwise."""
    if missing_sources not in MISSING_POLICIES:
        raise ValueError(missing_sources)
    progress = progress or Progress()
    name = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as e:
        raise RefiFileError(name, msg("refi.bad_zip", reason=str(e)[:200])) from None
    except OSError as e:
        raise RefiFileError(name, msg("refi.unreadable",
                                      reason=e.strerror or type(e).__name__)) from None
    with archive:
        files = _ArchiveFiles(archive, name, Path(path).parent)
        qde = files.project_entry()
        root = parse_xml(files.read(qde, MAX_PROJECT_PART_BYTES), name, qde)
        if local_name(root) != "Project":
            raise RefiFileError(name, msg("refi.not_project", entry=qde, kind=local_name(root)))
        return _Reader(root, files, name, counting, missing_sources, progress).read()


# --- the archive --------------------------------------------------------------------------

class _ArchiveFiles:
    """Files inside a .qdpx by the names the project uses for them (``internal://x.txt``);
    ``relative://`` files only from the .qdpx's own folder, ``absolute://`` ones never."""

    def __init__(self, archive: zipfile.ZipFile, name: str, folder: Path):
        self.archive, self.name, self.folder = archive, name, folder
        self.budget = ArchiveBudget(name)  # what may be unpacked from this archive in all
        self.entries = [i.filename for i in archive.infolist() if not i.is_dir()]
        self._by_base: dict[str, str] = {}
        # files in a sources folder first, whatever its case, then anywhere else
        for entry in sorted(self.entries, key=lambda e: (not _in_sources(e), e)):
            self._by_base.setdefault(posixpath.basename(entry).casefold(), entry)

    def project_entry(self) -> str:
        qdes = [e for e in self.entries if e.casefold().endswith(".qde")]
        if not qdes:
            raise RefiFileError(self.name, msg("refi.no_qde"))
        qdes.sort(key=lambda e: (posixpath.basename(e).casefold() != "project.qde",
                                 e.count("/"), e))
        return qdes[0]

    def read(self, entry: str, limit: int = MAX_TEXT_FILE_BYTES) -> bytes:
        """One member, its size and packing ratio checked first and read through a cap."""
        try:
            return read_member(self.archive, entry, self.name, limit, self.budget)
        except ImportFileError as e:
            raise RefiFileError(self.name, e.reason_message) from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, zlib.error) as e:
            raise RefiFileError(self.name, msg("refi.entry_damaged", entry=entry,
                                               reason=str(e)[:200])) from None

    def find(self, reference: str | None) -> tuple[str, bytes] | None:
        """(name, bytes) of the file a path attribute refers to, or None when absent."""
        if not reference:
            return None
        ref = unquote(reference.strip())
        scheme, _, rest = ref.partition("://")
        if not _:
            scheme, rest = "internal", ref
        rest = rest.lstrip("/")
        if scheme.casefold() == "internal":
            entry = self._by_base.get(posixpath.basename(rest).casefold())
            if not entry:
                return None
            limit = MAX_CONTAINER_BYTES if entry.casefold().endswith(".docx") \
                else MAX_TEXT_FILE_BYTES
            return entry, self.read(entry, limit)
        if scheme.casefold() != "relative":
            return None  # absolute paths: another machine's files, and never read for safety
        folder = self.folder.resolve()
        candidate = (folder / rest).resolve()
        if not candidate.is_relative_to(folder):
            return None  # "relative:///../../x" must not reach outside the archive's folder
        try:
            if candidate.is_file():
                check_file_size(candidate, MAX_CONTAINER_BYTES, "REFI-QDA")
                return str(candidate), candidate.read_bytes()
        except ImportFileError as e:
            raise RefiFileError(self.name, e.reason_message) from None
        except OSError:
            pass
        return None


def _in_sources(entry: str) -> bool:
    return "/" in entry and entry.split("/", 1)[0].casefold() == "sources"


# --- the project --------------------------------------------------------------------------

class _Reader:
    def __init__(self, root, files: _ArchiveFiles, name: str, counting: Counting | None,
                 missing: str, progress: Progress):
        self.root, self.files, self.name = root, files, name
        self.counting, self.missing, self.progress = counting, missing, progress
        self.model = RefiProject(name=root.get("name") or Path(name).stem,
                                 origin=root.get("origin") or "",
                                 creating_user=normal_guid(root.get("creatingUserGUID")),
                                 created=parse_datetime(root.get("creationDateTime")),
                                 modifying_user=normal_guid(root.get("modifyingUserGUID")),
                                 modified=parse_datetime(root.get("modifiedDateTime")))
        self.raw: dict[str, SourceText] = {}  # source guid -> its text as the file has it
        self.whole: dict[str, list[RefiCoding]] = {}  # codings of a whole source

    def read(self) -> RefiProject:
        m, root = self.model, self.root
        for u in children_named(child_named(root, "Users"), "User"):
            guid = normal_guid(u.get("guid"))
            if guid:
                m.users.append(RefiUser(guid, (u.get("name") or "").strip()
                                        or (u.get("id") or "").strip() or f"user {guid[:8]}"))
        m.codes = _codes(child_named(root, "CodeBook"), m)
        for v in children_named(child_named(root, "Variables"), "Variable"):
            guid = normal_guid(v.get("guid"))
            if guid and (v.get("name") or "").strip():
                m.variables.append(RefiVariable(guid, v.get("name").strip(),
                                                v.get("typeOfVariable") or "Text",
                                                child_text(v, "Description")))
        for c in children_named(child_named(root, "Cases"), "Case"):
            case = _case(c)
            if case:
                m.cases.append(case)
        self._sources(child_named(root, "Sources"))
        for n in children_named(child_named(root, "Notes"), "Note"):
            note = self._note(n)
            if note:
                m.notes.append(note)
        for link in children_named(child_named(root, "Links"), "Link"):
            guid = normal_guid(link.get("guid"))
            if guid:
                m.links.append(RefiLink(guid, normal_guid(link.get("originGUID")),
                                        normal_guid(link.get("targetGUID")),
                                        link.get("name") or ""))
        for s in children_named(child_named(root, "Sets"), "Set"):
            m.sets.append(_set(s))
        m.description = child_text(root, "Description")
        m.note_guids = guid_refs(root, "NoteRef")
        if child_named(root, "Graphs") is not None:
            m.skipped.append(str(msg("refi.read.graphs")))
        self._convert_positions()
        return m

    # --- sources ---------------------------------------------------------------------------
    def _sources(self, sources_el) -> None:
        elements = list(element_children(sources_el))
        text_like = []
        for el in elements:
            kind = local_name(el)
            label = el.get("name") or el.get("guid") or "?"
            if kind == "TextSource":
                text_like.append((el, label))
            elif kind == "PDFSource" and child_named(el, "Representation") is not None:
                text_like.append((child_named(el, "Representation"), label))
            elif kind in _MEDIA:
                self.model.skipped.append(str(msg("refi.read.media", name=label, what=msg(
                    "refi.read.media." + _MEDIA[kind]))))
        payloads = [(el, label, self._payload(el)) for el, label in text_like]
        with_file = [p for p in payloads if p[0].get("plainTextPath")]
        absent = [p for p in with_file if p[2] is None]
        missing = self.missing
        if missing == "auto":
            missing = "skip" if with_file and len(absent) == len(with_file) else "error"
        for i, (el, label, payload) in enumerate(payloads):
            self.progress.step(i, len(payloads), str(msg("refi.reading", label=label)))
            if payload is None and not el.get("plainTextPath"):
                self.model.skipped.append(str(msg(
                    "refi.read.only_word" if el.get("richTextPath") else "refi.read.no_text",
                    name=label)))
                continue
            if payload is None:
                ref = el.get("plainTextPath")
                if missing == "error":
                    raise RefiMissingSourceError(
                        self.name, msg("refi.missing_source", label=label, ref=ref))
                self.model.skipped.append(str(msg("refi.read.text_missing", name=label,
                                                  ref=ref)))
                continue
            source = self._text_source(el, label, payload)
            if source:
                self.model.sources.append(source)

    def _payload(self, el) -> str | None:
        """The source's text as decoded from its file or the XML, or None when absent."""
        found = self.files.find(el.get("plainTextPath"))
        if found is not None:
            return self._decode(found[1], found[0])
        if child_named(el, "PlainTextContent") is not None:
            return child_text(el, "PlainTextContent", strip=False)
        return None

    def _decode(self, data: bytes, entry: str) -> str:
        try:
            text, _encoding, warnings = decode_text_bytes(data, entry)
        except ImportFileError as e:
            raise RefiFileError(self.name, msg("refi.entry_reason", entry=entry,
                                               reason=e.reason_message)) from None
        try:
            check_text(text, entry)
        except ImportFileError as e:
            raise RefiFileError(self.name, msg("refi.entry_reason", entry=entry,
                                               reason=e.reason_message)) from None
        self.model.warnings.extend(f"{entry}: {w}" for w in warnings)
        return ("\ufeff" + text) if data.startswith(_BOMS) else text

    def _text_source(self, el, label: str, payload) -> RefiTextSource | None:
        guid = normal_guid(el.get("guid"))
        if not guid:
            self.model.skipped.append(str(msg("refi.read.source_no_guid", name=label)))
            return None
        raw = SourceText(payload)
        self.raw[guid] = raw
        rich = self.files.find(el.get("richTextPath"))
        if rich and not rich[0].casefold().endswith(".docx"):
            rich = None
        name = (el.get("name") or "").strip() or f"source {guid[:8]}"
        source = RefiTextSource(
            guid, name, raw.text, description=child_text(el, "Description"),
            creating_user=normal_guid(el.get("creatingUser")),
            created=parse_datetime(el.get("creationDateTime")),
            values=_values(el), note_guids=guid_refs(el, "NoteRef"),
            rich_text=(_docx_name(name), rich[1]) if rich else None,
            modifying_user=normal_guid(el.get("modifyingUser")),
            modified=parse_datetime(el.get("modifiedDateTime")))
        for s in children_named(el, "PlainTextSelection"):
            source.selections.append(self._selection(s, name))
        whole = [c for c in map(_coding, children_named(el, "Coding")) if c]
        if whole:  # codings of the whole source: placed after positions are converted
            self.whole[guid] = whole
        return source

    def _selection(self, s, source_name: str) -> RefiSelection:
        guid = normal_guid(s.get("guid")) or ""
        try:
            start, end = int(s.get("startPosition")), int(s.get("endPosition"))
        except (TypeError, ValueError):
            raise RefiSelectionError(
                self.name, msg("refi.bad_position", source=source_name,
                               start=repr(s.get("startPosition")), end=repr(s.get("endPosition")))
            ) from None
        codings = [c for c in map(_coding, children_named(s, "Coding")) if c]
        return RefiSelection(guid, start, end, name=s.get("name") or "",
                             description=child_text(s, "Description"),
                             creating_user=normal_guid(s.get("creatingUser")),
                             created=parse_datetime(s.get("creationDateTime")),
                             codings=codings, note_guids=guid_refs(s, "NoteRef"))

    def _convert_positions(self) -> None:
        """Choose the counting and move every selection into our stored text's code points."""
        items = [(self.raw[s.guid], [(x.start, x.end) for x in s.selections])
                 for s in self.model.sources]
        choice = detect_counting(items) if self.counting is None else None
        counting = self.counting or choice.counting
        self.model.counting = (choice.describe() if choice else
                               str(msg("refi.chosen_by_user", counting=counting.describe())))
        on_words = total = 0
        for source in self.model.sources:
            raw = self.raw[source.guid]
            length = raw.length(counting)
            kept = []
            for sel in source.selections:
                if not (0 <= sel.start <= sel.end <= length):
                    raise RefiSelectionError(
                        self.name, msg("refi.outside", source=source.name, start=sel.start,
                                       end=sel.end, length=length))
                a, b = raw.to_raw(sel.start, counting), raw.to_raw(sel.end, counting)
                total += 1
                on_words += raw.on_word_boundary(a) and raw.on_word_boundary(b)
                sel.start, sel.end = raw.to_stored(sel.start, counting), raw.to_stored(
                    sel.end, counting)
                if sel.start >= sel.end:
                    self.model.warnings.append(str(msg("refi.read.empty_selection",
                                                       name=source.name)))
                    continue
                kept.append(sel)
            for coding in self.whole.get(source.guid, []):
                if source.text:
                    kept.append(RefiSelection(coding.guid, 0, len(source.text), codings=[coding],
                                              creating_user=coding.creating_user,
                                              created=coding.created))
            source.selections = kept
        self.model.word_boundary_share = on_words / total if total else None

    # --- notes -----------------------------------------------------------------------------
    def _note(self, n) -> RefiNote | None:
        guid = normal_guid(n.get("guid"))
        if not guid:
            return None
        text = child_text(n, "PlainTextContent", strip=False)
        if not text and n.get("plainTextPath"):
            found = self.files.find(n.get("plainTextPath"))
            if found:
                text = self._decode(found[1], found[0]).lstrip("\ufeff")
            else:
                self.model.warnings.append(str(msg(
                    "refi.read.note_missing", name=n.get("name") or guid,
                    ref=n.get("plainTextPath"))))
        text = "\n\n".join(t for t in (child_text(n, "Description"), text.strip()) if t)
        return RefiNote(guid, text.replace("\r\n", "\n").strip(), (n.get("name") or "").strip(),
                        normal_guid(n.get("creatingUser")),
                        parse_datetime(n.get("creationDateTime")),
                        parse_datetime(n.get("modifiedDateTime")))


# --- elements shared by projects and codebooks ---------------------------------------------

def _codes(codebook_el, model: RefiProject) -> list[RefiCode]:
    codes_el = child_named(codebook_el, "Codes")
    return [c for c in (_code(el, model) for el in children_named(codes_el, "Code")) if c]


def _code(el, model: RefiProject) -> RefiCode | None:
    guid = normal_guid(el.get("guid"))
    name = (el.get("name") or "").strip()
    if not guid:
        model.skipped.append(str(msg("refi.read.code_no_guid", name=name or "?")))
        return None
    code = RefiCode(guid, name or "(unnamed)", _color(el.get("color")),
                    child_text(el, "Description"),
                    (el.get("isCodable") or "true").strip() != "false",
                    note_guids=guid_refs(el, "NoteRef"))
    code.children = [c for c in (_code(x, model) for x in children_named(el, "Code")) if c]
    return code


def _set(el) -> RefiSet:
    member = [normal_guid(m.get("targetGUID") or m.get("guid"))
              for m in children_named(el, "MemberCode")]
    return RefiSet(normal_guid(el.get("guid")) or "", (el.get("name") or "").strip(),
                   child_text(el, "Description"), [g for g in member if g],
                   guid_refs(el, "MemberSource"), guid_refs(el, "MemberNote"))


def _case(el) -> RefiCase | None:
    guid = normal_guid(el.get("guid"))
    if not guid:
        return None
    name = (el.get("name") or "").strip() or None
    return RefiCase(guid, name, child_text(el, "Description"), _values(el),
                    guid_refs(el, "SourceRef"), guid_refs(el, "SelectionRef"),
                    guid_refs(el, "CodeRef"))


def _coding(el) -> RefiCoding | None:
    guid = normal_guid(el.get("guid"))
    code = normal_guid((child_named(el, "CodeRef") if child_named(el, "CodeRef") is not None
                        else el).get("targetGUID"))
    if not code:
        return None
    return RefiCoding(guid or "", code, normal_guid(el.get("creatingUser")),
                      parse_datetime(el.get("creationDateTime")), guid_refs(el, "NoteRef"))


def _values(el) -> list[RefiValue]:
    out = []
    for vv in children_named(el, "VariableValue"):
        variable = child_named(vv, "VariableRef")
        ref = normal_guid((variable if variable is not None else vv).get("targetGUID"))
        value = next((x.text or "" for x in element_children(vv)
                      if local_name(x).endswith("Value")), None)
        if ref and value is not None and value.strip():
            out.append(RefiValue(ref, value.strip()))
    return out


def _color(value: str | None) -> str | None:
    if not value:
        return None
    v = value.strip().lstrip("#").lower()
    if len(v) == 3:
        v = "".join(ch * 2 for ch in v)
    if len(v) == 8:  # #aarrggbb (some tools add alpha)
        v = v[2:]
    if len(v) != 6 or any(ch not in "0123456789abcdef" for ch in v):
        return None
    return "#" + v


def _docx_name(name: str) -> str:
    return name if name.casefold().endswith(".docx") else f"{name}.docx"
