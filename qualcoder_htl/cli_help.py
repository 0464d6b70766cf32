"""The command line's help in the interface language: every help text and description of the
argument parser is registered in the message catalogue (English → Swedish) and replaced once
the parser is built (``translate_parser``)."""
from __future__ import annotations

import argparse

from .core.messages import catalogue, language, msg

HELP = {
    "Code and pseudonymise Swedish interview transcripts. With no command, the application "
    "window opens.":
        "Koda och pseudonymisera svenska intervjutranskript. Utan kommando öppnas "
        "programfönstret.",
    "show this help message and exit": "visa den här hjälptexten och avsluta",
    "show program's version number and exit": "visa programmets versionsnummer och avsluta",
    "coder name recorded with your changes (default: your login name)":
        "kodarnamnet som sparas med dina ändringar (standard: ditt inloggningsnamn)",
    "open the window on a fresh copy of the demo project":
        "öppna fönstret med en ny kopia av demoprojektet",
    "show tracebacks": "visa felspårningar",
    "no progress lines": "inga förloppsrader",
    "create an empty project": "skapa ett tomt projekt",
    "import transcripts (files or folders), or REFI-QDA .qdpx/.qdc files (a new project if "
    "PROJECT is missing)":
        "importera transkript (filer eller mappar) eller REFI-QDA-filer .qdpx/.qdc (ett nytt "
        "projekt om PROJECT saknas)",
    "counts of sources, words, codes, codings": "antal källor, ord, koder, kodningar",
    "import or export the codebook as CSV": "importera eller exportera kodboken som CSV",
    "full-text search with keyword in context": "fritextsökning med nyckelord i sitt sammanhang",
    "code all hits of a search or all turns of a speaker":
        "koda alla träffar för en sökning eller alla repliker av en talare",
    "create the demo project (fictional corpus, coded)":
        "skapa demoprojektet (påhittad korpus, kodad)",
    "export a REFI-QDA project (.qdpx) or codebook (.qdc) for NVivo, ATLAS.ti, MAXQDA, "
    "QualCoder":
        "exportera ett REFI-QDA-projekt (.qdpx) eller en kodbok (.qdc) för NVivo, ATLAS.ti, "
        "MAXQDA, QualCoder",
    "codes × attribute values (or sources, cases) as a table, CSV, XLSX, Word or JSON":
        "koder × attributvärden (eller källor, fall) som tabell, CSV, XLSX, Word eller JSON",
    "quotes of a code (and its children) by attribute value":
        "citat för en kod (och dess underkoder) per attributvärde",
    "theme report as Word: material, matrix, quotes by level":
        "temarapport i Word: material, matris, citat per nivå",
    "show or set the citation template": "visa eller ange citeringsmallen",
    "detect, review and apply pseudonyms; share a pseudonymised copy; or pseudonymise one file":
        "hitta, granska och tillämpa pseudonymer; dela en pseudonymiserad kopia; eller "
        "pseudonymisera en enskild fil",
    "open the application window": "öppna programfönstret",
    "project file to create (.qhtl)": "projektfilen som ska skapas (.qhtl)",
    "project name (default: the file name)": "projektets namn (standard: filnamnet)",
    ".docx, .txt, .odt, .rtf files or folders; or .qdpx/.qdc files":
        ".docx-, .txt-, .odt-, .rtf-filer eller mappar; eller .qdpx/.qdc-filer",
    "attribute sheet (CSV or XLSX: file name → attributes)":
        "attributblad (CSV eller XLSX: filnamn → attribut)",
    "attributes from file names, e.g. '{Respondentgrupp}_{Intervjunummer}'":
        "attribut ur filnamn, t.ex. '{Respondentgrupp}_{Intervjunummer}'",
    "do not parse speaker turns": "dela inte upp i talarrepliker",
    "comma-separated, default J,I,Int,Intervjuare":
        "kommaseparerat, standard J,I,Int,Intervjuare",
    "comma-separated, default IP,R,Resp,Respondent":
        "kommaseparerat, standard IP,R,Resp,Respondent",
    ".qdpx/.qdc: a code in the file is the project's code with the same name (path in the "
    "tree) or the same GUID (default: name)":
        ".qdpx/.qdc: en kod i filen är projektets kod med samma namn (sökväg i trädet) eller "
        "samma GUID (standard: namn)",
    ".qdpx: skip sources whose text file is missing instead of stopping":
        ".qdpx: hoppa över källor vars textfil saknas i stället för att avbryta",
    "list every value of every attribute": "lista varje värde för varje attribut",
    'words as a phrase; barn* for any ending; "a OR b"':
        'ord som fras; barn* för valfri ändelse; "a OR b"',
    "match inside words too": "träffa även inuti ord",
    "code name or path ('Parent / Child')": "kodens namn eller sökväg ('Överkod / Underkod')",
    "create the code if it is missing": "skapa koden om den saknas",
    "the project: sources, codes, codings, attributes, cases, memos":
        "projektet: källor, koder, kodningar, attribut, fall, memon",
    "the codebook alone": "enbart kodboken",
    "export the stored text and original Word files even when the project is pseudonymised "
    "(never for sharing)":
        "exportera den sparade texten och de ursprungliga Word-filerna även när projektet är "
        "pseudonymiserat (aldrig för delning)",
    "attribute name or role, 'sources' or 'cases' (default: org_level)":
        "attributets namn eller roll, 'sources' eller 'cases' (standard: org_level)",
    "only these codes as rows": "bara dessa koder som rader",
    "parent rows count only their own codings": "överordnade rader räknar bara egna kodningar",
    "code × code co-occurrence instead of --by": "samförekomst kod × kod i stället för --by",
    "print the matrix as JSON": "skriv ut matrisen som JSON",
    "no heat shading (XLSX, Word)": "ingen färgskala (XLSX, Word)",
    "only sources with these values (repeatable)": "bara källor med dessa värden (kan upprepas)",
    "only codings by this coder (repeatable)": "bara kodningar av den här kodaren (kan upprepas)",
    "labels in exports (default: sv)": "etiketter i exporter (standard: sv)",
    "attribute to group by (default: org_level)":
        "attribut att gruppera efter (standard: org_level)",
    "'turn' or a number of characters around each quote":
        "'turn' eller ett antal tecken runt varje citat",
    "only key quotes": "bara nyckelcitat",
    "leave out the subcodes' quotes": "utelämna underkodernas citat",
    "write a Word quote extract": "skriv ett citatutdrag i Word",
    "the .docx to write": ".docx-filen som ska skrivas",
    "at most N quotes per theme and group (key quotes first)":
        "högst N citat per tema och grupp (nyckelcitat först)",
    "when to print a quote's speaker label (default: exchanges)":
        "när ett citats talarbeteckning skrivs ut (standard: exchanges)",
    "e.g. 'Intervju {Intervjunummer}, {Respondentgrupp}'":
        "t.ex. 'Intervju {Intervjunummer}, {Respondentgrupp}'",
    "the template applies to this respondent group only":
        "mallen gäller bara den här respondentgruppen",
    "the project (not with --file)": "projektet (inte med --file)",
    "DEST.qhtl for export-copy, OUT.csv for export-key, the TEXT for known-add, FILE.csv for "
    "known-import (columns text,type[,variants])":
        "MÅL.qhtl för export-copy, UT.csv för export-key, TEXTEN för known-add, FIL.csv för "
        "known-import (kolumner text,type[,variants])",
    "pseudonymise one file (.txt, .docx, ...) without a project":
        "pseudonymisera en fil (.txt, .docx, ...) utan projekt",
    "where --file writes the result": "var --file skriver resultatet",
    "with --file: also write what was replaced": "med --file: skriv även vad som ersattes",
    "with --file: replacement (default: bracketed labels)":
        "med --file: ersättning (standard: etiketter inom hakparentes)",
    "detect: run on every source again": "detect: kör på alla källor igen",
    "list: only forms with open suggestions": "list: bara former med öppna förslag",
    "known-add: PERSON, SCHOOL, PLACE, WORKPLACE, ...":
        "known-add: PERSON, SCHOOL, PLACE, WORKPLACE, ...",
    "known-add: other spellings, separated by |":
        "known-add: andra stavningar, åtskilda med |",
    "apply: accept every open suggestion first (no review!)":
        "apply: godta först alla öppna förslag (ingen granskning!)",
    "export-copy: even with open suggestions": "export-copy: även med öppna förslag",
    "folder for the demo project and exports (default: temp)":
        "mapp för demoprojektet och exporterna (standard: temp)",
    "only time start-up with this project open": "mät bara starten med det här projektet öppet",
    "save the window as PNG here": "spara fönstret som PNG här",
    "intercoder agreement (percentage, Cohen's kappa, Krippendorff's alpha, cu-alpha) of two "
    "or more coders":
        "överensstämmelse mellan kodare (procent, Cohens kappa, Krippendorffs alfa, cu-alfa) "
        "för två eller fler kodare",
    "what the files are when not interviews, e.g. 'deltagande observation' (field notes) or "
    "'dokument'; stored as the source attribute Materialtyp":
        "vad filerna är när de inte är intervjuer, t.ex. 'deltagande observation' "
        "(fältanteckningar) eller 'dokument'; sparas som källattributet Materialtyp",
    "material table: by kind, group, round and period (overview), sources per group and round "
    "(plain), or overview when sources have dates (auto, the default)":
        "materialtabell: per typ, grupp, omgång och period (overview), källor per grupp och "
        "omgång (plain), eller overview när källorna har datum (auto, standard)",
    "the coders to compare, comma-separated names":
        "kodarna som ska jämföras, kommaseparerade namn",
    "only these sources (names or ids; default: every source a coder coded)":
        "bara dessa källor (namn eller id; standard: varje källa som en kodare har kodat)",
    "only these codes (names or paths 'Parent / Child'; default: all)":
        "bara dessa koder (namn eller sökvägar 'Överkod / Underkod'; standard: alla)",
    "count text no coder coded (it inflates agreement)":
        "räkna text som ingen kodare kodat (den blåser upp överensstämmelsen)",
    "leave out text no coder coded (the default)":
        "utelämna text som ingen kodare kodat (standard)",
    "write the table as Word": "skriv tabellen som Word",
    "write the table as XLSX": "skriv tabellen som XLSX",
    "print the table as JSON": "skriv ut tabellen som JSON",
    "the figures without their readings": "siffrorna utan tolkningar",
    "labels and readings (default: sv)": "etiketter och tolkningar (standard: sv)",
    "merge a coder's copy (.qhtl or .qdpx) into the master project: one undo step, conflicts "
    "listed":
        "sammanfoga en kodares kopia (.qhtl eller .qdpx) med huvudprojektet: ett ångrasteg, "
        "konflikter listas",
    "the coder's copy: a project file (.qhtl) or a REFI-QDA project (.qdpx)":
        "kodarens kopia: en projektfil (.qhtl) eller ett REFI-QDA-projekt (.qdpx)",
    "show what the merge would add and the conflicts; write nothing":
        "visa vad sammanfogningen skulle lägga till och konflikterna; skriv ingenting",
    "print the report as JSON": "skriv ut rapporten som JSON",
    "a coder's copy of the project (all, listed or assigned sources; without the "
    "pseudonymisation key)":
        "en kodares kopia av projektet (alla, angivna eller tilldelade källor; utan "
        "pseudonymiseringsnyckeln)",
    "the copy to write (.qhtl)": "kopian som ska skrivas (.qhtl)",
    "the coder the copy is for (their changes are recorded as NAME)":
        "kodaren som kopian är till för (deras ändringar sparas som NAME)",
    "only these sources (names or ids; default: those assigned to the coder, else all)":
        "bara dessa källor (namn eller id; standard: de som tilldelats kodaren, annars alla)",
    "keep the original text and the pseudonymisation key (only for a coder allowed to see "
    "them)":
        "behåll originaltexten och pseudonymiseringsnyckeln (bara för en kodare som får se "
        "dem)",
    "the coder codes blind in the copy (the others' codings and memos hidden)":
        "kodaren kodar blint i kopian (de andras kodningar och memon dolda)",
    "make the copy although pseudonymisation suggestions are still open":
        "gör kopian trots att pseudonymiseringsförslag fortfarande är öppna",
}


def _braces(text: str) -> str:  # catalogue texts are str.format templates
    return text.replace("{", "{{").replace("}", "}}")


def _register() -> None:
    """The help texts as messages; again when the parser is translated, for the texts command
    modules added to ``HELP`` after this module was first imported."""
    catalogue({f"cli.help.{en}": (_braces(en), _braces(sv)) for en, sv in HELP.items()})


_register()


def _text(text: str | None) -> str | None:
    if not text or text == argparse.SUPPRESS or text not in HELP:
        return text
    return str(msg(f"cli.help.{text}"))


def translate_parser(parser: argparse.ArgumentParser) -> None:
    """Put the parser's descriptions and help texts in the interface language."""
    if language() == "en":
        return
    _register()
    parser.description = _text(parser.description)
    for action in parser._actions:
        action.help = _text(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = _text(choice.help)
            for sub in dict.fromkeys(action.choices.values()):
                translate_parser(sub)
