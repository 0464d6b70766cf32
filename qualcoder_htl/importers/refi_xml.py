"""Namespace-blind reading of a REFI-QDA file's XML: a parse that refuses entity tricks and
trees too large for memory, and element lookups by local name (NVivo, ATLAS.ti, MAXQDA and
QualCoder each write their own namespace, or none)."""
from __future__ import annotations

import io

from lxml import etree

from ..core.messages import msg
from ..core.refi import RefiFileError, normal_guid

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True,
                          remove_comments=True, remove_pis=True)

MAX_ELEMENTS = 2_000_000  # a study's codings are 10^5 elements; a tree of more takes GBs


def count_elements(data: bytes, name: str, entry: str) -> None:
    """Refuse XML with more elements than a project has, before building its tree: counted
    as a stream that forgets what it has seen, so the count itself takes no memory."""
    count = 0
    try:
        for _event, el in etree.iterparse(io.BytesIO(data), events=("end",), resolve_entities=False,
                                          no_network=True, huge_tree=True):
            count += 1
            if count > MAX_ELEMENTS:
                raise RefiFileError(name, msg("limits.too_many_elements", part=entry,
                                              limit=f"{MAX_ELEMENTS:,}".replace(",", "\u00a0")))
            el.clear()
            parent = el.getparent()
            while parent is not None and el.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError:
        return  # the full parse below names the error


def parse_xml(data: bytes, name: str, entry: str):
    count_elements(data, name, entry)
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        line = msg("refi.at_line", line=e.lineno) if getattr(e, "lineno", None) else ""
        raise RefiFileError(name, msg("refi.bad_xml", entry=entry, line=line,
                                      reason=e.msg)) from None
    if root is None:
        raise RefiFileError(name, msg("refi.empty", entry=entry))
    return root


def local_name(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def element_children(el):
    if el is None:
        return
    for child in el:
        if isinstance(child.tag, str):
            yield child


def children_named(el, name: str):
    return (c for c in element_children(el) if local_name(c) == name)


def child_named(el, name: str):
    return next(children_named(el, name), None)


def child_text(el, name: str, strip: bool = True) -> str:
    child = child_named(el, name)
    text = "".join(child.itertext()) if child is not None else ""
    return text.strip() if strip else text


def guid_refs(el, name: str) -> list[str]:
    out = []
    for r in children_named(el, name):
        guid = normal_guid(r.get("targetGUID"))
        if guid:
            out.append(guid)
    return out
