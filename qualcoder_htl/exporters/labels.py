"""Words that exports print, in Swedish (default) and English."""
from __future__ import annotations

LANGUAGES = ("sv", "en")

_LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "segments": "Kodade segment",
        "sources": "Källor",
        "cases": "Respondenter",
        "share": "Andel av källorna",
        "words": "Kodade ord",
        "cooccurrences": "Samförekomster",
        "overlap": "överlappande kodningar",
        "turn": "samma talartur",
        "code": "Tema",
        "path": "Sökväg",
        "total": "Totalt",
        "all_sources": "Alla källor",
        "no_value": "(uppgift saknas)",
        "no_case": "(inget fall)",
        "source": "Källa",
        "case": "Fall",
        "contents": "Innehåll",
        "toc_placeholder": "Innehållsförteckningen uppdateras när dokumentet öppnas i Word "
                           "(eller: högerklicka här och välj Uppdatera fält).",
        "report_subtitle": "Temarapport",
        "report_lead": "Teman, matriser och citat per {by}",
        "material": "Material",
        "material_intro": "Analysen bygger på {sources} källor med sammanlagt {words} ord. "
                          "Tabellen visar hur källorna fördelar sig på {rows} och {columns}.",
        "material_intro_rows": "Analysen bygger på {sources} källor med sammanlagt {words} ord. "
                               "Tabellen visar hur källorna fördelar sig på {rows}.",
        "material_caption": "Källor per {rows} och {columns}",
        "material_caption_rows": "Källor per {rows}",
        "material_overview_intro": "Materialet består av {sources} källor med sammanlagt {words} "
                                   "ord{period}. Tabellen visar det per typ av material, "
                                   "{group} och {round}.",
        "material_collected": ", insamlade under perioden {period}",
        "material_overview_caption": "Insamlat material per typ, {group} och {round}",
        "material_kind": "Material",
        "material_period": "Period",
        "material_count": "Antal",
        "kind_interview": "intervju",
        "round": "Omgång",
        "words_col": "Ord",
        "overview": "Översikt av teman",
        "overview_intro": "Tabellen visar antalet kodade segment per tema och {by}. "
                          "Ett överordnat tema summerar sina underteman; ett stycke som kodats "
                          "med flera underteman räknas en gång. Inom parentes: antal källor.",
        "overview_caption": "Kodade segment (antal källor) per tema och {by}",
        "theme_caption": "Kodade segment (antal källor) per {by}: {theme}",
        "no_quotes": "Inga citat.",
        "quotes_count": "{n} citat",
        "table": "Tabell",
        "continued": "Tabellen fortsätter (del {part} av {parts})",
        "figure": "Figur",
        "chart_caption": "Kodade segment per tema och {by} som värmekarta: ju mörkare ruta, "
                         "desto fler segment",
        "page": "Sida",
        "key_quote": "nyckelcitat",
        "about": "Underlag: {sources} källor, {words} ord, {codings} kodade segment, "
                 "{codes} teman.",
        "made_with": "Framtagen med qualcoder-htl {version}, {date}.",
        "pseudonymised": "Citaten är hämtade ur de pseudonymiserade texterna.",
        "not_pseudonymised": "OBS: Citaten är hämtade ur texterna som de är lagrade, utan "
                             "pseudonymisering. Granska dem innan dokumentet lämnas vidare.",
        "citation_note": "Citaten anges med källa, till exempel {examples}.",
        "and": "och",
        "matrix_caption": "{measure} per {rows} och {columns}",
        "filters": "Urval",
        "measure": "Mått",
        "rollup": "Överordnade teman summerar sina underteman.",
        "quotes_title": "Citat: {code}",
        "quotes_lead": "Citat grupperade efter {by}. Nyckelcitat först.",
        "definition": "Definition",
        "created": "Skapad",
        "months": "januari februari mars april maj juni juli augusti september oktober "
                  "november december",
    },
    "en": {
        "segments": "Coded segments",
        "sources": "Sources",
        "cases": "Respondents",
        "share": "Share of sources",
        "words": "Words coded",
        "cooccurrences": "Co-occurrences",
        "overlap": "overlapping codings",
        "turn": "same speaker turn",
        "code": "Theme",
        "path": "Path",
        "total": "Total",
        "all_sources": "All sources",
        "no_value": "(no value)",
        "no_case": "(no case)",
        "source": "Source",
        "case": "Case",
        "contents": "Contents",
        "toc_placeholder": "The table of contents is updated when the document is opened in "
                           "Word (or: right-click here and choose Update Field).",
        "report_subtitle": "Theme report",
        "report_lead": "Themes, matrices and quotes by {by}",
        "material": "Material",
        "material_intro": "The analysis rests on {sources} sources with {words} words in all. "
                          "The table shows how they are distributed over {rows} and {columns}.",
        "material_intro_rows": "The analysis rests on {sources} sources with {words} words in "
                               "all. The table shows how they are distributed over {rows}.",
        "material_caption": "Sources by {rows} and {columns}",
        "material_caption_rows": "Sources by {rows}",
        "material_overview_intro": "The material consists of {sources} sources with {words} "
                                   "words in all{period}. The table shows it by kind of "
                                   "material, {group} and {round}.",
        "material_collected": ", collected in {period}",
        "material_overview_caption": "Collected material by kind, {group} and {round}",
        "material_kind": "Material",
        "material_period": "Period",
        "material_count": "Number",
        "kind_interview": "interview",
        "round": "Round",
        "words_col": "Words",
        "overview": "Overview of themes",
        "overview_intro": "The table shows the number of coded segments per theme and {by}. "
                          "A parent theme sums up its subthemes; a passage coded with several "
                          "subthemes counts once. In brackets: number of sources.",
        "overview_caption": "Coded segments (number of sources) by theme and {by}",
        "theme_caption": "Coded segments (number of sources) by {by}: {theme}",
        "no_quotes": "No quotes.",
        "quotes_count": "{n} quotes",
        "table": "Table",
        "continued": "The table continues (part {part} of {parts})",
        "figure": "Figure",
        "chart_caption": "Coded segments by theme and {by} as a heat map: the darker the "
                         "cell, the more segments",
        "page": "Page",
        "key_quote": "key quote",
        "about": "Material: {sources} sources, {words} words, {codings} coded segments, "
                 "{codes} themes.",
        "made_with": "Made with qualcoder-htl {version}, {date}.",
        "pseudonymised": "Quotes are taken from the pseudonymised texts.",
        "not_pseudonymised": "NOTE: Quotes are taken from the texts as stored, without "
                             "pseudonymisation. Check them before this document is shared.",
        "citation_note": "Quotes are cited by source, for example {examples}.",
        "and": "and",
        "matrix_caption": "{measure} by {rows} and {columns}",
        "filters": "Selection",
        "measure": "Measure",
        "rollup": "Parent themes sum up their subthemes.",
        "quotes_title": "Quotes: {code}",
        "quotes_lead": "Quotes grouped by {by}. Key quotes first.",
        "definition": "Definition",
        "created": "Created",
        "months": "January February March April May June July August September October "
                  "November December",
    },
}


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    return language


def label(key: str, language: str = "sv", **values) -> str:
    text = _LABELS[check_language(language)][key]
    return text.format(**values) if values else text


def measure_label(measure: str, language: str = "sv") -> str:
    return label(measure, language)


def long_date(iso: str, language: str = "sv") -> str:
    """'2021-03-16' -> '16 mars 2021' / '16 March 2021'."""
    year, month, day = (int(p) for p in iso[:10].split("-"))
    return f"{day} {label('months', language).split()[month - 1]} {year}"


def period(first: str, last: str, language: str = "sv") -> str:
    """Two ISO dates as the months they span: 'oktober 2019', 'oktober–november 2019',
    'december 2019–januari 2020' (English: 'October–November 2019'); no dates: an en dash."""
    if not first:
        return "–"
    months = label("months", language).split()
    (y1, m1), (y2, m2) = ((int(d[:4]), int(d[5:7])) for d in (first, last or first))
    if (y1, m1) == (y2, m2):
        return f"{months[m1 - 1]} {y1}"
    if y1 == y2:
        return f"{months[m1 - 1]}–{months[m2 - 1]} {y1}"
    return f"{months[m1 - 1]} {y1}–{months[m2 - 1]} {y2}"


def number(n: int | float | None, language: str = "sv", share: bool = False) -> str:
    """Numbers as a reader expects them: 12 345 (sv, with a thin no-break space) or 12,345;
    shares as '42 %' / '42%'; None as an en dash."""
    if n is None:
        return "–"
    if share:
        pct = round(100 * n)
        return f"{pct}\u00a0%" if language == "sv" else f"{pct}%"
    text = f"{int(n):,}"
    return text.replace(",", "\u202f") if language == "sv" else text
