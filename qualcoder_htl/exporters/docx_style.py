"""Word building blocks shared by the report, matrix and quote exports.

Everything visible is a named Word style (Heading 1–3, Quote, Caption, the table style
"HTL Table", character styles for citations and speaker labels), so an author restyles the
whole document by editing a style, never paragraph by paragraph. Fields (TOC, PAGE, SEQ) are
real Word fields that Word updates; ``updateFields`` makes Word offer that on opening.
"""
from __future__ import annotations

import re

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.table import CT_Tbl
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml.etree import SubElement

BODY_FONT = "Cambria"
HEAD_FONT = "Calibri"
DARK = "1F3864"
ACCENT = "2F5496"
TABLE_STYLE = "HTL Table"
TABLE_TEXT = "Table Text"
CITATION_STYLE = "Quote Citation"
SPEAKER_STYLE = "Quote Speaker"
CONTEXT_STYLE = "Quote Context"
LANG_TAGS = {"sv": "sv-SE", "en": "en-GB"}


# --- styled paragraphs and runs, fast -----------------------------------------------------
# python-docx resolves a style by name with a scan over all styles on every call (about 1 ms);
# a report sets styles thousands of times, so ids are looked up once per document and set
# directly.

def style_id(part, name: str) -> str:
    cache = part.__dict__.setdefault("_htl_style_ids", {})
    if name not in cache:
        cache[name] = part.styles[name].style_id
    return cache[name]


def para(container, style: str | None = None, text: str = ""):
    """A paragraph in ``style`` (a style name) at the end of a document, cell or footer."""
    p = _new_paragraph(container)
    if style:
        p_pr = OxmlElement("w:pPr")
        p_style = SubElement(p_pr, _W_PSTYLE)
        p_style.set(_W_VAL, style_id(p.part, style))
        p._p.insert(0, p_pr)
    if text:
        styled_run(p, text)
    return p


def _new_table(container, rows: int, cols: int, widths):
    """``container.add_table()``; at the end of a document's body in constant time when the
    widths are known (python-docx finds the last section, and then the body's end, by
    walking the whole body for every table)."""
    body = getattr(container, "_body", None)
    if body is None or not widths:
        return container.add_table(rows=rows, cols=cols)
    tbl = CT_Tbl.new_tbl(rows, cols, Emu(int(sum(widths))))
    _append_to_body(body._element, tbl)
    return Table(tbl, body)


def _append_to_body(element, child) -> None:
    """Append before the body's closing ``sectPr`` (lxml finds the last child directly)."""
    try:
        last = element[-1]
    except IndexError:
        last = None
    if last is not None and last.tag == _W_SECTPR:
        last.addprevious(child)
    else:
        element.append(child)


def _new_paragraph(container):
    """``container.add_paragraph()``, but at the end of a document's body in constant time:
    python-docx looks for the body's closing ``sectPr`` from the first child on every call,
    which made a report with 20,000 quotes spend minutes there."""
    body = getattr(container, "_body", None)
    if body is None:
        return container.add_paragraph()
    p = OxmlElement("w:p")
    _append_to_body(body._element, p)
    return Paragraph(p, body)


def styled_run(paragraph, text: str, style: str | None = None):
    """A run of ``text`` in a character style, built directly (python-docx's ``add_run``
    walks the text a character at a time); line breaks and tabs become ``w:br``/``w:tab``."""
    r = SubElement(paragraph._p, _W_R)
    if style:
        r_pr = SubElement(r, _W_RPR)
        SubElement(r_pr, _W_RSTYLE).set(_W_VAL, style_id(paragraph.part, style))
    for i, line in enumerate(text.split("\n")):
        if i:
            SubElement(r, _W_BR)
        for j, piece in enumerate(line.split("\t")):
            if j:
                SubElement(r, _W_TAB)
            if piece:
                t = SubElement(r, _W_T)
                t.text = piece
                if piece[0].isspace() or piece[-1].isspace():
                    t.set(_XML_SPACE, "preserve")
    return Run(r, paragraph)


_W_R, _W_RPR, _W_RSTYLE, _W_T, _W_BR, _W_TAB = (
    qn(f"w:{tag}") for tag in ("r", "rPr", "rStyle", "t", "br", "tab"))
_W_PSTYLE, _W_VAL, _W_SECTPR, _XML_SPACE = (
    qn("w:pStyle"), qn("w:val"), qn("w:sectPr"), qn("xml:space"))


def heading(container, text: str, level: int):
    return para(container, f"Heading {level}", text)


# --- document and styles ------------------------------------------------------------------

def new_document(language: str = "sv", title: str = "", landscape: bool = False):
    """An A4 document with the styles set up; ``language`` marks the text for spell checking."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        set_landscape(section)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.5))
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    _set_defaults(doc, LANG_TAGS.get(language, "sv-SE"))
    _tune_styles(doc)
    if title:
        doc.core_properties.title = title
    doc.core_properties.author = "qualcoder-htl"
    return doc


def set_landscape(section) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE
    width, height = section.page_width, section.page_height
    if width < height:
        section.page_width, section.page_height = height, width


def text_width(section):
    return section.page_width - section.left_margin - section.right_margin


def _set_defaults(doc, lang: str) -> None:
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    lang_el.set(qn("w:val"), lang)
    lang_el.set(qn("w:eastAsia"), lang)


def _font(style, name: str, size: float | None = None, bold: bool | None = None,
          italic: bool | None = None, color: str | None = None) -> None:
    """Set a style's font, dropping theme fonts (which would win over the named font)."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "cs"):
        fonts.set(qn(f"w:{attr}"), name)
    f = style.font
    if size is not None:
        f.size = Pt(size)
    if bold is not None:
        f.bold = bold
    if italic is not None:
        f.italic = italic
    if color is not None:
        f.color.rgb = RGBColor.from_string(color)


def _spacing(style, before: float = 0, after: float = 6, line: float | None = None,
             keep_next: bool = False, page_break: bool = False) -> None:
    pf = style.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if line is not None:
        pf.line_spacing = line
    pf.keep_with_next = keep_next or None
    pf.page_break_before = page_break or None


def _tune_styles(doc) -> None:
    s = doc.styles
    _font(s["Normal"], BODY_FONT, 11)
    _spacing(s["Normal"], 0, 6, 1.15)
    _font(s["Title"], HEAD_FONT, 30, color=DARK)
    _font(s["Subtitle"], HEAD_FONT, 15, italic=False, color=ACCENT)
    subtitle_ppr = s["Subtitle"].element.find(qn("w:pPr"))
    if subtitle_ppr is not None and subtitle_ppr.find(qn("w:numPr")) is not None:
        subtitle_ppr.remove(subtitle_ppr.find(qn("w:numPr")))
    _font(s["Heading 1"], HEAD_FONT, 18, bold=True, color=DARK)
    _spacing(s["Heading 1"], 0, 10, keep_next=True, page_break=True)
    _font(s["Heading 2"], HEAD_FONT, 14, bold=True, color=ACCENT)
    _spacing(s["Heading 2"], 18, 6, keep_next=True)
    _font(s["Heading 3"], HEAD_FONT, 11.5, bold=True, color="404040")
    _spacing(s["Heading 3"], 12, 4, keep_next=True)
    _font(s["Heading 4"], HEAD_FONT, 11, bold=True, italic=False, color="404040")
    _spacing(s["Heading 4"], 10, 3, keep_next=True)
    _font(s["TOC Heading"], HEAD_FONT, 18, bold=True, color=DARK)
    _spacing(s["TOC Heading"], 0, 12)
    quote = s["Quote"]
    _font(quote, BODY_FONT, 10.5, italic=True, color="262626")
    quote.paragraph_format.left_indent = Cm(1.0)
    quote.paragraph_format.right_indent = Cm(1.0)
    _spacing(quote, 3, 9, 1.1)
    caption = s["Caption"]
    _font(caption, HEAD_FONT, 9.5, bold=True, italic=False, color="404040")
    _spacing(caption, 10, 4, 1.0, keep_next=True)
    for name, color, italic, bold in ((CITATION_STYLE, "404040", False, False),
                                      (SPEAKER_STYLE, "595959", False, True),
                                      (CONTEXT_STYLE, "7F7F7F", False, False)):
        st = s.add_style(name, WD_STYLE_TYPE.CHARACTER)
        st.font.italic, st.font.bold = italic, bold
        st.font.color.rgb = RGBColor.from_string(color)
    for level, indent in ((1, 0), (2, 440), (3, 880)):
        _add_toc_style(s, level, indent)
    _add_table_style(s)
    table_text = s.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = s["Normal"]
    _font(table_text, HEAD_FONT, 9)
    _spacing(table_text, 0, 0, 1.0)
    for name in ("Header", "Footer"):
        _font(s[name], HEAD_FONT, 9, color="595959")


def _add_toc_style(styles, level: int, indent_twips: int) -> None:
    """Word's built-in "toc N" styles (the TOC field fills paragraphs with them)."""
    bold = "<w:b/>" if level == 1 else ""
    styles.element.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="TOC{level}">'
        f'<w:name w:val="toc {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        f'<w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
        f'<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs>'
        f'<w:spacing w:before="{60 if level == 1 else 0}" w:after="40"/>'
        f'<w:ind w:left="{indent_twips}"/></w:pPr>'
        f'<w:rPr>{bold}</w:rPr></w:style>'))


def _add_table_style(styles) -> None:
    """One table style for every table: rules above and below, a shaded bold header row, a
    bold last row (totals). Editing "HTL Table" in Word restyles all tables at once."""
    border = 'w:val="single" w:space="0"'
    styles.element.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="HTLTable">'
        f'<w:name w:val="{TABLE_STYLE}"/><w:basedOn w:val="TableNormal"/>'
        f'<w:uiPriority w:val="59"/><w:qFormat/>'
        f'<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{HEAD_FONT}" w:hAnsi="{HEAD_FONT}" w:cs="{HEAD_FONT}"/>'
        f'<w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'
        f'<w:tblPr><w:tblBorders>'
        f'<w:top {border} w:sz="12" w:color="{DARK}"/>'
        f'<w:bottom {border} w:sz="12" w:color="{DARK}"/>'
        f'<w:insideH {border} w:sz="4" w:color="BFBFBF"/>'
        f'</w:tblBorders><w:tblCellMar>'
        f'<w:top w:w="45" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        f'<w:bottom w:w="45" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
        f'</w:tblCellMar></w:tblPr>'
        f'<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>'
        f'<w:tcPr><w:tcBorders><w:bottom {border} w:sz="8" w:color="{DARK}"/></w:tcBorders>'
        f'<w:shd w:val="clear" w:color="auto" w:fill="DCE3F0"/></w:tcPr></w:tblStylePr>'
        f'<w:tblStylePr w:type="lastRow"><w:rPr><w:b/><w:bCs/></w:rPr>'
        f'<w:tcPr><w:tcBorders><w:top {border} w:sz="8" w:color="{DARK}"/></w:tcBorders>'
        f'</w:tcPr></w:tblStylePr>'
        f'</w:style>'))


def update_fields_on_open(doc) -> None:
    """Ask Word to update fields (TOC page numbers, SEQ numbers) when the file is opened."""
    settings = doc.settings.element
    el = settings.find(qn("w:updateFields"))
    if el is None:
        el = OxmlElement("w:updateFields")
        settings.append(el)
    el.set(qn("w:val"), "true")


# --- fields, bookmarks, captions ----------------------------------------------------------

def _fld_char(paragraph, kind: str, dirty: bool = False) -> None:
    run = paragraph.add_run()
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    if dirty:
        el.set(qn("w:dirty"), "true")
    run._r.append(el)


def _instr(paragraph, code: str) -> None:
    run = paragraph.add_run()
    el = OxmlElement("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = f" {code} "
    run._r.append(el)


def add_field(paragraph, code: str, cached: str = "", style=None, dirty: bool = False) -> None:
    """A Word field (``PAGE``, ``SEQ Tabell \\* ARABIC``, ...) showing ``cached`` until
    updated."""
    _fld_char(paragraph, "begin", dirty)
    _instr(paragraph, code)
    _fld_char(paragraph, "separate")
    styled_run(paragraph, cached, style)
    _fld_char(paragraph, "end")


class Bookmarks:
    """Numbered bookmarks (``_Toc1``, ...) so the TOC can link to headings."""

    def __init__(self):
        self.next_id = 1

    def wrap(self, paragraph, name: str | None = None) -> str:
        bid = self.next_id
        self.next_id += 1
        name = name or f"_Toc{bid:06d}"
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(bid))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(bid))
        ppr = paragraph._p.pPr
        if ppr is not None:
            ppr.addnext(start)
        else:
            paragraph._p.insert(0, start)
        paragraph._p.append(end)
        return name


def add_toc(doc, heading: str, placeholder: str, entries: list[tuple[int, str, str]],
            levels: str = "1-2") -> None:
    """A TOC field. Its shown result lists ``entries`` (level, text, bookmark) as links
    without page numbers; Word fills in page numbers when it updates the field."""
    para(doc, "TOC Heading", heading)
    entries = entries or [(1, placeholder, "")]
    last = len(entries) - 1
    for i, (level, text, bookmark) in enumerate(entries):
        p = para(doc, f"toc {min(max(level, 1), 3)}")
        if i == 0:
            _fld_char(p, "begin", dirty=True)
            _instr(p, f'TOC \\o "{levels}" \\h \\z \\u')
            _fld_char(p, "separate")
        if bookmark:
            _hyperlink(p, text, bookmark)
        else:
            p.add_run(text)
        if i == last:
            _fld_char(p, "end")


def _hyperlink(paragraph, text: str, anchor: str) -> None:
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def add_caption(doc_or_cell, kind: str, number: int, text: str):
    """'Tabell 3. text' in the Caption style, the number a SEQ field Word renumbers."""
    p = para(doc_or_cell, "Caption")
    p.add_run(f"{kind} ")
    add_field(p, f"SEQ {kind} \\* ARABIC", str(number))
    p.add_run(f". {text}")
    return p


def page_number_footer(section, page_word: str, skip_first: bool = False) -> None:
    """Centred 'Sida N' in the footer; none on a title page."""
    section.different_first_page_header_footer = skip_first
    footer = section.footer
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(f"{page_word} ")
    add_field(p, "PAGE", "1")


def running_header(section, text: str) -> None:
    header = section.header
    p = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    p.text = text
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


# --- tables -------------------------------------------------------------------------------

def new_table(doc_or_cell, rows: int, cols: int, widths=None, header_rows: int = 1,
              last_row_total: bool = False):
    """A table in the HTL Table style, header row repeated on every page."""
    table = _new_table(doc_or_cell, rows, cols, widths)
    table.style = TABLE_STYLE
    table.autofit = False
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        table._tbl.tblPr.append(look)
    for attr, val in (("firstRow", "1"), ("lastRow", "1" if last_row_total else "0"),
                      ("firstColumn", "0"), ("lastColumn", "0"), ("noHBand", "1"),
                      ("noVBand", "1")):
        look.set(qn(f"w:{attr}"), val)
    look.set(qn("w:val"), "0660" if last_row_total else "0620")
    for r in range(min(header_rows, rows)):
        tr_pr = table.rows[r]._tr.get_or_add_trPr()
        header = OxmlElement("w:tblHeader")
        tr_pr.append(header)
    if widths:
        set_widths(table, widths)
    return table


def set_widths(table, widths) -> None:
    """Column widths (lengths or EMU) in the grid and in every cell, as Word wants both."""
    widths = [Emu(int(w)) for w in widths]
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(w.twips))
    for row in table_cells(table):
        for cell, w in zip(row, widths, strict=True):
            cell.width = w


def table_cells(table) -> list[list[_Cell]]:
    """The cells of a table without merged cells, row by row: read straight from the XML
    (python-docx's ``row.cells`` works out the layout grid of every row again)."""
    return [[_Cell(tc, table) for tc in tr.tc_lst] for tr in table._tbl.tr_lst]


def set_cell(cell, text: str, *, bold: bool = False, align: str = "left",
             indent_cm: float = 0.0, fill: str | None = None, color: str | None = None):
    """Text in an empty cell in the Table Text style. The paragraph and run properties are
    written directly, in the schema's order: python-docx's setters look for the place of
    each property among all the others, which dominated writing a report's tables."""
    p_el = cell._tc.p_lst[0]
    p = Paragraph(p_el, cell)
    if p_el.pPr is not None:  # not a fresh cell: the careful way
        return _set_cell_slowly(cell, p, text, bold, align, indent_cm, fill, color)
    p_pr = OxmlElement("w:pPr")
    SubElement(p_pr, _W_PSTYLE).set(_W_VAL, style_id(p.part, TABLE_TEXT))
    if indent_cm:
        SubElement(p_pr, qn("w:ind")).set(qn("w:left"), str(Cm(indent_cm).twips))
    if align in ("right", "center"):
        SubElement(p_pr, qn("w:jc")).set(_W_VAL, align)
    p_el.insert(0, p_pr)
    run = styled_run(p, text)
    if bold or color:
        r_pr = OxmlElement("w:rPr")
        if bold:
            SubElement(r_pr, qn("w:b"))
        if color:
            SubElement(r_pr, qn("w:color")).set(_W_VAL, color)
        run._r.insert(0, r_pr)
    if "\u00ad" in text:  # soft hyphens as Word's optional hyphens
        _soft_hyphens(run, text)
    if fill:
        shade(cell, fill)
    return run


def _set_cell_slowly(cell, p, text, bold, align, indent_cm, fill, color):
    p._p.style = style_id(p.part, TABLE_TEXT)
    run = styled_run(p, text)
    if "\u00ad" in text:
        _soft_hyphens(run, text)
    if bold:
        run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent_cm:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if fill:
        shade(cell, fill)
    return run


def _soft_hyphens(run, text: str) -> None:
    for child in list(run._r):
        if child.tag == qn("w:t"):
            run._r.remove(child)
    for i, part in enumerate(text.split("\u00ad")):
        if i:
            run._r.append(OxmlElement("w:softHyphen"))
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = part
        run._r.append(t)


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = tc_pr.find(qn("w:shd"))
    if shd is None:
        shd = OxmlElement("w:shd")
        tc_pr.append(shd)
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)


def heat_colour(fraction: float) -> str | None:
    """White to a mid blue; None for an empty cell (no shading)."""
    if fraction <= 0:
        return None
    f = 0.12 + 0.88 * min(1.0, fraction)
    lo, hi = (0xF4, 0xF8, 0xFC), (0x6B, 0x9A, 0xC9)
    return "".join(f"{round(a + (b - a) * f):02X}" for a, b in zip(lo, hi, strict=True))


# --- quotes -------------------------------------------------------------------------------

_NUMBER_SPACE = re.compile(r" (?=\d)|(?<=\d) ")  # "Intervju 3" never breaks between the two


def add_quote(doc, quote, *, speaker: str = "always", show_context: bool = True,
              key_marker: str = "", omissions: bool = True):
    """One quote as a Quote paragraph: [speaker label] text (citation).

    ``speaker``: "always" prints the turn's speaker label, "exchanges" only when the quote
    spans more than one turn, "never" never; a label the passage already contains is never
    printed twice. Line breaks inside the passage become line breaks in Word. A passage cut
    out of a sentence gets "[…]" (``omissions``), in the Quote Context style."""
    p = para(doc, "Quote")
    show_label = quote.speaker and not quote.label_in_text and (
        speaker == "always" or (speaker == "exchanges" and quote.turns > 1))
    if show_label:
        styled_run(p, f"{quote.speaker}: ", SPEAKER_STYLE)
    if show_context and quote.context_before:
        styled_run(p, quote.context_before + " ", CONTEXT_STYLE)
    elif omissions and quote.cut_before:
        styled_run(p, "[…] ", CONTEXT_STYLE)
    styled_run(p, quote.text)
    if show_context and quote.context_after:
        styled_run(p, " " + quote.context_after, CONTEXT_STYLE)
    elif omissions and quote.cut_after:
        styled_run(p, " […]", CONTEXT_STYLE)
    styled_run(p, " " + _NUMBER_SPACE.sub("\u00a0", quote.citation), CITATION_STYLE)
    if key_marker and quote.is_key_quote:
        styled_run(p, f" – {key_marker}", CITATION_STYLE)
    return p
