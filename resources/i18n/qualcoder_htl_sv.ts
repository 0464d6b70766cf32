<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../qualcoder_htl/gui/document_margins.py" line="67"/>
        <source>coded by {0}</source>
        <translation>kodat av {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_margins.py" line="69"/>
        <source>key quote</source>
        <translation>nyckelcitat</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_margins.py" line="72"/>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../qualcoder_htl/gui/about.py" line="52"/>
        <source>About qualcoder-htl</source>
        <translation>Om qualcoder-htl</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/about.py" line="68"/>
        <source>installed app</source>
        <translation>installerat program</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/about.py" line="69"/>
        <source>from source</source>
        <translation>från källkod</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/about.py" line="76"/>
        <source>Thematic coding and pseudonymisation of Swedish interview transcripts. Every change is saved at once and can be undone. Nothing leaves your computer.</source>
        <translation>Tematisk kodning och pseudonymisering av svenska intervjuutskrifter. Varje ändring sparas direkt och kan ångras. Ingenting lämnar din dator.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/about.py" line="79"/>
        <source>qualcoder-htl is free software under the MIT licence.</source>
        <translation>qualcoder-htl är fri programvara under MIT-licensen.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/about.py" line="82"/>
        <source>&lt;b&gt;Swedish named-entity model&lt;/b&gt; (finds names for pseudonymisation): trained by the project on the &lt;i&gt;Swedish manually annotated NER corpus&lt;/i&gt; ({0}), sentences of &lt;i&gt;Webbnyheter 2012&lt;/i&gt; from Språkbanken, University of Gothenburg, annotated by its authors. The corpus is licensed under Creative Commons Attribution 4.0 International ({1}); the model and its word list are shared under the same licence, CC BY 4.0. The corpus itself is not included.</source>
        <translation>&lt;b&gt;Svensk modell för namnigenkänning&lt;/b&gt; (hittar namn vid pseudonymisering): tränad av projektet på &lt;i&gt;Swedish manually annotated NER corpus&lt;/i&gt; ({0}), meningar ur &lt;i&gt;Webbnyheter 2012&lt;/i&gt; från Språkbanken, Göteborgs universitet, annoterade av korpusens upphovspersoner. Korpusen är licensierad under Creative Commons Erkännande 4.0 Internationell (Creative Commons Attribution 4.0 International, {1}); modellen och dess ordlista delas under samma licens, CC BY 4.0. Själva korpusen ingår inte.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/about.py" line="89"/>
        <source>&lt;b&gt;Swedish first names, surnames and places&lt;/b&gt;: the sv_SE lists of Faker (MIT licence). &lt;b&gt;Swedish word forms&lt;/b&gt;: the lemma table of spacy-lookups-data (MIT licence).</source>
        <translation>&lt;b&gt;Svenska förnamn, efternamn och orter&lt;/b&gt;: sv_SE-listorna i Faker (MIT-licens). &lt;b&gt;Svenska ordformer&lt;/b&gt;: lemmatabellen i spacy-lookups-data (MIT-licens).</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/about.py" line="92"/>
        <source>&lt;b&gt;Demo project&lt;/b&gt;: the interviews, people, schools and municipality are fiction written for qualcoder-htl; any likeness to real persons is accidental. Use it freely to try the program.</source>
        <translation>&lt;b&gt;Demoprojektet&lt;/b&gt;: intervjuerna, personerna, skolorna och kommunen är fiktion skriven för qualcoder-htl; likheter med verkliga personer är tillfälliga. Använd det fritt för att prova programmet.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/about.py" line="95"/>
        <source>&lt;b&gt;REFI-QDA&lt;/b&gt; ({0}): the exchange format for NVivo, ATLAS.ti, MAXQDA and QualCoder. Its schemas and sample projects (MIT licence) are used by the tests only and are not part of the program.</source>
        <translation>&lt;b&gt;REFI-QDA&lt;/b&gt; ({0}): utbytesformatet för NVivo, ATLAS.ti, MAXQDA och QualCoder. Dess scheman och exempelprojekt (MIT-licens) används bara av testerna och ingår inte i programmet.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/about.py" line="101"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3 ({0}); they are shared libraries in the program folder that you may replace with your own build. Their source: {1}.</source>
        <translation>Qt och PySide6 används under GNU Lesser General Public License v3 ({0}); de är delade bibliotek i programmappen som du får ersätta med en egen version. Källkoden finns på {1}.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/about.py" line="105"/>
        <source>The full licence texts of the bundled components are in their &lt;i&gt;.dist-info&lt;/i&gt; folders inside the program folder (installed app) or your Python environment.</source>
        <translation>De fullständiga licenstexterna för de medföljande komponenterna finns i deras &lt;i&gt;.dist-info&lt;/i&gt;-mappar i programmappen (installerat program) eller i din Python-miljö.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/about.py" line="108"/>
        <source>Bundled data</source>
        <translation>Medföljande data</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/about.py" line="108"/>
        <source>Components</source>
        <translation>Komponenter</translation>
    </message>
</context>
<context>
    <name>AnalysisViews</name>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_models.py" line="27"/>
        <source>en</source>
        <comment>language code of this translation: sv</comment>
        <translation>sv</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_models.py" line="218"/>
        <source>all columns</source>
        <translation>alla kolumner</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_models.py" line="220"/>
        <source>{0} co-occurrences in {1} sources</source>
        <translation>{0} samförekomster i {1} källor</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_models.py" line="223"/>
        <source>{0} coded segments in {1} sources ({2} respondents)</source>
        <translation>{0} kodade segment i {1} källor ({2} respondenter)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_models.py" line="226"/>
        <source>Click to list its quotes.</source>
        <translation>Klicka för att lista cellens citat.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_models.py" line="238"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_list.py" line="115"/>
        <source>{0} quotes</source>
        <translation>{0} citat</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_list.py" line="128"/>
        <source>Double-click or Enter: open the passage. K: mark or unmark as key quote.</source>
        <translation>Dubbelklick eller Enter: öppna stället i texten. K: markera eller avmarkera som nyckelcitat.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_list.py" line="276"/>
        <source>Open the passage	Enter</source>
        <translation>Öppna stället i texten	Enter</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_list.py" line="277"/>
        <source>Unmark key quote	K</source>
        <translation>Avmarkera nyckelcitat	K</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_list.py" line="278"/>
        <source>Mark as key quote	K</source>
        <translation>Markera som nyckelcitat	K</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_list.py" line="280"/>
        <source>Copy with citation</source>
        <translation>Kopiera med källhänvisning</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../qualcoder_htl/gui/app.py" line="74"/>
        <source>Creating the demo project…</source>
        <translation>Skapar demoprojektet…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/app.py" line="74"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/app.py" line="81"/>
        <source>Importing {0}…</source>
        <translation>Importerar {0}…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/app.py" line="94"/>
        <source>The demo project is a fresh copy: code freely, nothing else changes.</source>
        <translation>Demoprojektet är en ny kopia: koda fritt, inget annat påverkas.</translation>
    </message>
</context>
<context>
    <name>AttributeEditor</name>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="188"/>
        <source>Attributes and cases</source>
        <translation>Attribut och fall</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="195"/>
        <source>&amp;Sources</source>
        <translation>&amp;Källor</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="196"/>
        <source>C&amp;ases</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="198"/>
        <source>New case from selected sources…</source>
        <translation>Nytt fall av valda källor…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="200"/>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="226"/>
        <source>Delete case</source>
        <translation>Ta bort fall</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="204"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="216"/>
        <source>New case</source>
        <translation>Nytt fall</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="217"/>
        <source>Name of the case ({0} sources chosen on the Sources tab):</source>
        <translation>Fallets namn ({0} källor valda på fliken Källor):</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="227"/>
        <source>Delete the case “{0}”?</source>
        <translation>Ta bort fallet ”{0}”?</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="227"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>AttributeSheet</name>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="143"/>
        <source>New attribute…</source>
        <translation>Nytt attribut…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="145"/>
        <source>Delete attribute…</source>
        <translation>Ta bort attribut…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="154"/>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="157"/>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="164"/>
        <source>New attribute</source>
        <translation>Nytt attribut</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="154"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="157"/>
        <source>Kind of values:</source>
        <translation>Typ av värden:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="158"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="158"/>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="158"/>
        <source>date (YYYY-MM-DD)</source>
        <translation>datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="159"/>
        <source>choice</source>
        <translation>val</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="165"/>
        <source>Choices, separated by commas:</source>
        <translation>Valmöjligheter, åtskilda med kommatecken:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="173"/>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="177"/>
        <source>Delete attribute</source>
        <translation>Ta bort attribut</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="174"/>
        <source>Click a cell of the attribute to delete first.</source>
        <translation>Klicka först i en cell i attributet som ska tas bort.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="178"/>
        <source>Delete the attribute “{0}” and all its values? You can undo this.</source>
        <translation>Ta bort attributet ”{0}” och alla dess värden? Det går att ångra.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="179"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>AttributeTableModel</name>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="88"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="90"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/attribute_editor.py" line="90"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
</context>
<context>
    <name>CellQuotes</name>
    <message>
        <location filename="../../qualcoder_htl/gui/cell_quotes.py" line="42"/>
        <source>Choose a cell to see its quotes.</source>
        <translation>Välj en cell för att se dess citat.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/cell_quotes.py" line="80"/>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/cell_quotes.py" line="83"/>
        <source>reading quotes…</source>
        <translation>läser citat…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/cell_quotes.py" line="85"/>
        <source>{0} quotes</source>
        <translation>{0} citat</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/cell_quotes.py" line="87"/>
        <source>(the first {0} are shown; export for all)</source>
        <translation>(de första {0} visas; exportera för alla)</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <location filename="../../qualcoder_htl/gui/code_editor.py" line="41"/>
        <source>Change the colour</source>
        <translation>Byt färg</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/code_editor.py" line="46"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/code_editor.py" line="53"/>
        <source>What the code means</source>
        <translation>Vad koden betyder</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/code_editor.py" line="55"/>
        <source>What belongs here</source>
        <translation>Vad som hör hit</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/code_editor.py" line="57"/>
        <source>What does not (and where it goes)</source>
        <translation>Vad som inte hör hit (och var det hör hemma)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/code_editor.py" line="58"/>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/code_editor.py" line="59"/>
        <source>&amp;Include:</source>
        <translation>&amp;Inkludera:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/code_editor.py" line="60"/>
        <source>E&amp;xclude:</source>
        <translation>&amp;Exkludera:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/code_editor.py" line="93"/>
        <source>No code chosen.</source>
        <translation>Ingen kod vald.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/code_editor.py" line="96"/>
        <source>{0} codings in {1} sources</source>
        <translation>{0} kodningar i {1} källor</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_model.py" line="135"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_model.py" line="135"/>
        <source>Codings</source>
        <translation>Kodningar</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_model.py" line="135"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_model.py" line="137"/>
        <source>Number of coded passages</source>
        <translation>Antal kodade avsnitt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_model.py" line="138"/>
        <source>Number of sources with at least one coding</source>
        <translation>Antal källor med minst en kodning</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="88"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="89"/>
        <source>New code at the top level (Ins)</source>
        <translation>Ny kod på översta nivån (Ins)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="90"/>
        <source>Subcode</source>
        <translation>Underkod</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="91"/>
        <source>New code under the chosen one (Shift+Ins)</source>
        <translation>Ny kod under den valda (Skift+Ins)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="92"/>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="93"/>
        <source>Move…</source>
        <translation>Flytta…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="94"/>
        <source>Move the chosen code under another (Ctrl+M)</source>
        <translation>Flytta den valda koden under en annan (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="95"/>
        <source>Merge…</source>
        <translation>Slå ihop…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="96"/>
        <source>Merge the chosen code into another</source>
        <translation>Slå ihop den valda koden med en annan</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="97"/>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="243"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="98"/>
        <source>Apply</source>
        <translation>Använd</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="99"/>
        <source>Apply the chosen code to the selected text (Enter)</source>
        <translation>Koda den markerade texten med den valda koden (Enter)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="170"/>
        <source>New code</source>
        <translation>Ny kod</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="170"/>
        <source>Name of the new code:</source>
        <translation>Den nya kodens namn:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="195"/>
        <source>(top level)</source>
        <translation>(översta nivån)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="197"/>
        <source>Move code</source>
        <translation>Flytta kod</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="197"/>
        <source>Move “{0}” under:</source>
        <translation>Flytta ”{0}” under:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="210"/>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="217"/>
        <source>Merge codes</source>
        <translation>Slå ihop koder</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="211"/>
        <source>Merge “{0}” into:</source>
        <translation>Slå ihop ”{0}” med:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="218"/>
        <source>Merge “{0}” into “{1}”? Its {2} codings, subcodes and memos move to “{1}” and “{0}” is removed. You can undo this.</source>
        <translation>Slå ihop ”{0}” med ”{1}”? Dess {2} kodningar, underkoder och memon flyttas till ”{1}” och ”{0}” tas bort. Det går att ångra.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="221"/>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="235"/>
        <source>Delete the code “{0}”?</source>
        <translation>Ta bort koden ”{0}”?</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="237"/>
        <source>It is applied to {0} passages in {1} sources.</source>
        <translation>Den används på {0} avsnitt i {1} källor.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="239"/>
        <source>Its {0} subcodes move up one level.</source>
        <translation>Dess {0} underkoder flyttas upp en nivå.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="240"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Det går att ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="241"/>
        <source>Delete the code and its {0} codings</source>
        <translation>Ta bort koden och dess {0} kodningar</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="242"/>
        <source>Move the codings to another code…</source>
        <translation>Flytta kodningarna till en annan kod…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="244"/>
        <source>Delete code</source>
        <translation>Ta bort kod</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="250"/>
        <source>Move codings</source>
        <translation>Flytta kodningar</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/codebook_panel.py" line="251"/>
        <source>Move the codings of “{0}” to:</source>
        <translation>Flytta kodningarna för ”{0}” till:</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../qualcoder_htl/gui/coding_actions.py" line="26"/>
        <source>Open a source first.</source>
        <translation>Öppna en källa först.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/coding_actions.py" line="30"/>
        <source>Select some text first.</source>
        <translation>Markera text först.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/coding_actions.py" line="46"/>
        <source>There is no coding here.</source>
        <translation>Här finns ingen kodning.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/coding_actions.py" line="50"/>
        <source>Which coding?</source>
        <translation>Vilken kodning?</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/coding_actions.py" line="51"/>
        <source>Several codings lie here:</source>
        <translation>Här ligger flera kodningar:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/coding_actions.py" line="66"/>
        <source>Coded with “{0}”.</source>
        <translation>Kodat med ”{0}”.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/coding_actions.py" line="72"/>
        <source>Choose a code in the codebook first.</source>
        <translation>Välj först en kod i kodboken.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/coding_actions.py" line="79"/>
        <source>No recent code number {0} yet.</source>
        <translation>Det finns ännu ingen senast använd kod nummer {0}.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/coding_actions.py" line="113"/>
        <source>New code “{0}” applied.</source>
        <translation>Den nya koden ”{0}” har använts.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/coding_actions.py" line="126"/>
        <source>The selection is not coded.</source>
        <translation>Markeringen är inte kodad.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/coding_actions.py" line="133"/>
        <source>Remove which code?</source>
        <translation>Vilken kod ska tas bort?</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/coding_actions.py" line="134"/>
        <source>The selection is coded with:</source>
        <translation>Markeringen är kodad med:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/coding_actions.py" line="155"/>
        <source>Click a coding bar, select the new extent in the text, then resize.</source>
        <translation>Klicka på en kodningsstapel, markera det nya omfånget i texten och ändra sedan omfånget.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/coding_actions.py" line="172"/>
        <source>Memo on a coding of “{0}”</source>
        <translation>Memo om en kodning med ”{0}”</translation>
    </message>
</context>
<context>
    <name>DetectionBar</name>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_detection.py" line="23"/>
        <source>&amp;Detect identifiers</source>
        <translation>&amp;Hitta identifierande uppgifter</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_detection.py" line="24"/>
        <source>Find names, places, numbers and dates in every source (sources already done keep their decisions)</source>
        <translation>Hitta namn, platser, nummer och datum i alla källor (källor som redan gåtts igenom behåller sina beslut)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_detection.py" line="27"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_detection.py" line="52"/>
        <source>Loading the detector…</source>
        <translation>Läser in detektorn…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_detection.py" line="60"/>
        <source>Cancelling after this source…</source>
        <translation>Avbryter efter den här källan…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_detection.py" line="66"/>
        <source>Detecting in {0} ({1} of {2})…</source>
        <translation>Söker i {0} ({1} av {2})…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_detection.py" line="79"/>
        <source>Detection cancelled: {0} sources done, the others follow on the next run.</source>
        <translation>Sökningen avbröts: {0} källor klara, de övriga tas med nästa gång.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_detection.py" line="82"/>
        <source>Detection found {0} new suggestions in {1} sources.</source>
        <translation>Sökningen gav {0} nya förslag i {1} källor.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="20"/>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="22"/>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="24"/>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="26"/>
        <source>Codebook</source>
        <translation>Kodbok</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="21"/>
        <source>Apply the chosen code</source>
        <translation>Använd den valda koden</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="23"/>
        <source>Rename the chosen code</source>
        <translation>Byt namn på den valda koden</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="25"/>
        <source>New code / subcode</source>
        <translation>Ny kod / underkod</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="27"/>
        <source>Delete the chosen code</source>
        <translation>Ta bort den valda koden</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="28"/>
        <source>Quick code</source>
        <translation>Snabbkodning</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="29"/>
        <source>Choose, apply, close</source>
        <translation>Välj, använd, stäng</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="30"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="31"/>
        <source>Open the chosen source</source>
        <translation>Öppna den valda källan</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="32"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="33"/>
        <source>Forget the chosen coding</source>
        <translation>Släpp den valda kodningen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="34"/>
        <source>Panels</source>
        <translation>Paneler</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="35"/>
        <source>Move between fields</source>
        <translation>Flytta mellan fält</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="42"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="47"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="48"/>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/dialogs.py" line="49"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="83"/>
        <source>Open a source from the Sources panel (double-click or Enter).</source>
        <translation>Öppna en källa i panelen Källor (dubbelklicka eller tryck Enter).</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="90"/>
        <source>{0} words</source>
        <translation>{0} ord</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="100"/>
        <source>{0} codings in this source. Click a bar in the right margin to choose one.</source>
        <translation>{0} kodningar i den här källan. Klicka på en stapel i högermarginalen för att välja en.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="148"/>
        <source>Coding: {0}</source>
        <translation>Kodning: {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="150"/>
        <source>Unmark key quote</source>
        <translation>Avmarkera nyckelcitat</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="151"/>
        <source>Mark as key quote</source>
        <translation>Markera som nyckelcitat</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="153"/>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="185"/>
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="154"/>
        <source>Resize to the selected text</source>
        <translation>Ändra omfånget till den markerade texten</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="158"/>
        <source>Remove this coding</source>
        <translation>Ta bort den här kodningen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="165"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="168"/>
        <source>Apply “{0}”</source>
        <translation>Använd ”{0}”</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="169"/>
        <source>Apply the current code</source>
        <translation>Använd den aktuella koden</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="172"/>
        <source>Quick code…</source>
        <translation>Snabbkoda…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="173"/>
        <source>New code from selection (in vivo)</source>
        <translation>Ny kod från markeringen (in vivo)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="175"/>
        <source>Remove a code from the selection</source>
        <translation>Ta bort en kod från markeringen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="182"/>
        <source>Select</source>
        <translation>Välj</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="183"/>
        <source>Toggle key quote</source>
        <translation>Växla nyckelcitat</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/document_panel.py" line="186"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../qualcoder_htl/gui/errors.py" line="30"/>
        <source>Cannot do that</source>
        <translation>Det går inte</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/errors.py" line="43"/>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/errors.py" line="46"/>
        <source>An unexpected error stopped the last action. Your project is safe: every change is saved as soon as it is made, and the failed action was not applied.

If it happens again, please copy the details and send them to the developers.</source>
        <translation>Ett oväntat fel stoppade den senaste åtgärden. Ditt projekt är säkert: varje ändring sparas så fort den görs, och den misslyckade åtgärden genomfördes inte.

Om det händer igen, kopiera detaljerna och skicka dem till utvecklarna.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/errors.py" line="58"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiera detaljer</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/errors.py" line="67"/>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="52"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="66"/>
        <source>The theme &amp;matrix</source>
        <translation>Tema&amp;matrisen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="67"/>
        <source>The &amp;quote extract</source>
        <translation>&amp;Citatutdraget</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="68"/>
        <source>The theme &amp;report (every theme: table and quotes)</source>
        <translation>Tema&amp;rapporten (alla teman: tabell och citat)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="82"/>
        <source>What:</source>
        <translation>Vad:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="88"/>
        <source>Key quotes only</source>
        <translation>Endast nyckelcitat</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="91"/>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="94"/>
        <source>quotes per group:</source>
        <translation>citat per grupp:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="97"/>
        <source>&amp;Group the report by:</source>
        <translation>&amp;Gruppera rapporten efter:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="102"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="107"/>
        <source>&amp;Language of the document:</source>
        <translation>Dokumentets &amp;språk:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="111"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="115"/>
        <source>&amp;Save as:</source>
        <translation>Spara s&amp;om:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="128"/>
        <source>&amp;Open the document</source>
        <translation>Ö&amp;ppna dokumentet</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="133"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportera</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="135"/>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="254"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="190"/>
        <source>Save the export as</source>
        <translation>Spara exporten som</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="221"/>
        <source>Choose where to save the document.</source>
        <translation>Välj var dokumentet ska sparas.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="236"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="242"/>
        <source>Replace the document?</source>
        <translation>Ersätta dokumentet?</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="243"/>
        <source>{0} exists already. Replace it with this export?</source>
        <translation>{0} finns redan. Ersätta det med den här exporten?</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="244"/>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="254"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="261"/>
        <source>Exporting: {0}</source>
        <translation>Exporterar: {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="271"/>
        <source>Saved: {0}</source>
        <translation>Sparat: {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="276"/>
        <source>Cancelled: no document was written.</source>
        <translation>Avbrutet: inget dokument skrevs.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="281"/>
        <source>Not exported: {0}</source>
        <translation>Inte exporterat: {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="285"/>
        <source>The export failed; nothing was written.</source>
        <translation>Exporten misslyckades; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/export_dialog.py" line="291"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="28"/>
        <source>The file</source>
        <translation>Filen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="31"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="31"/>
        <source>Written by:</source>
        <translation>Skriven av:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="32"/>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="32"/>
        <source>Sources:</source>
        <translation>Källor:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="33"/>
        <source>Codes:</source>
        <translation>Koder:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="33"/>
        <source>Codings:</source>
        <translation>Kodningar:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="34"/>
        <source>Users:</source>
        <translation>Användare:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="34"/>
        <source>Also:</source>
        <translation>Dessutom:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="35"/>
        <source>Positions:</source>
        <translation>Positioner:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="53"/>
        <source>reading…</source>
        <translation>läser…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="63"/>
        <source>(not stated)</source>
        <translation>(anges inte)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="64"/>
        <source>project archive (.qdpx)</source>
        <translation>projektarkiv (.qdpx)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="65"/>
        <source>codebook only (.qdc)</source>
        <translation>endast kodbok (.qdc)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="69"/>
        <source>{0} ({1} at the top level)</source>
        <translation>{0} ({1} på översta nivån)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="75"/>
        <source>(project created by {0})</source>
        <translation>(projektet skapat av {0})</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="77"/>
        <source>{0} cases · {1} attributes · {2} memos</source>
        <translation>{0} fall · {1} attribut · {2} memon</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="82"/>
        <source>skipped: {0}</source>
        <translation>hoppade över: {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="83"/>
        <source>warning: {0}</source>
        <translation>varning: {0}</translation>
    </message>
</context>
<context>
    <name>FilterButton</name>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_filters.py" line="51"/>
        <source>&amp;Clear the filter</source>
        <translation>&amp;Rensa filtret</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_filters.py" line="73"/>
        <location filename="../../qualcoder_htl/gui/analysis_filters.py" line="143"/>
        <source>Coders</source>
        <translation>Kodare</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_filters.py" line="158"/>
        <source>&amp;Filter ({0})</source>
        <translation>&amp;Filter ({0})</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_filters.py" line="158"/>
        <source>&amp;Filter: all</source>
        <translation>&amp;Filter: alla</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_filters.py" line="159"/>
        <source>Every coder and every source counts.</source>
        <translation>Alla kodare och alla källor räknas.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="49"/>
        <source>Import transcripts</source>
        <translation>Importera transkript</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="60"/>
        <source>%v of %m files</source>
        <translation>%v av %m filer</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="68"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="70"/>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="208"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="84"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="91"/>
        <source>Add &amp;files…</source>
        <translation>Lägg till &amp;filer…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="92"/>
        <source>Add f&amp;older…</source>
        <translation>Lägg till &amp;mapp…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="93"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="105"/>
        <source>Attributes</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="109"/>
        <source>CSV or Excel: a row per file (optional)</source>
        <translation>CSV eller Excel: en rad per fil (valfritt)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="110"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="114"/>
        <source>Attribute &amp;sheet:</source>
        <translation>Attribut&amp;ark:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="119"/>
        <source>File-name &amp;pattern:</source>
        <translation>Filnamns&amp;mönster:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="122"/>
        <source>Speaker labels</source>
        <translation>Talarbeteckningar</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="125"/>
        <source>Find speaker turns</source>
        <translation>Hitta talarturer</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="129"/>
        <source>I&amp;nterviewer labels:</source>
        <translation>Beteckningar för i&amp;ntervjuare:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="131"/>
        <source>R&amp;espondent labels:</source>
        <translation>Beteckningar för r&amp;espondent:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="132"/>
        <source>Names and initials as labels (“Anna:”, “AS:”)</source>
        <translation>Namn och initialer som beteckningar (”Anna:”, ”AS:”)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="135"/>
        <source>Timestamps before labels (“[00:12:45] IP:”)</source>
        <translation>Tidsstämplar före beteckningar (”[00:12:45] IP:”)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="153"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="153"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="154"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="182"/>
        <source>Choose transcripts</source>
        <translation>Välj transkript</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="183"/>
        <source>Transcripts ({0})</source>
        <translation>Transkript ({0})</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="187"/>
        <source>Choose a folder</source>
        <translation>Välj en mapp</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="192"/>
        <source>Choose an attribute sheet</source>
        <translation>Välj ett attributark</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="193"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Kalkylark (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="205"/>
        <source>{0} files</source>
        <translation>{0} filer</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="208"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="243"/>
        <source>Reading {0}…</source>
        <translation>Läser {0}…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="248"/>
        <source>Cancelling after the current file…</source>
        <translation>Avbryter efter den aktuella filen…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="267"/>
        <source>imported</source>
        <translation>importerad</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="267"/>
        <source>duplicate</source>
        <translation>dubblett</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="268"/>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="268"/>
        <source>skipped</source>
        <translation>hoppades över</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="280"/>
        <source>Imported: {0} · duplicates: {1} · errors: {2}.</source>
        <translation>Importerade: {0} · dubbletter: {1} · fel: {2}.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="283"/>
        <source>Cancelled: {0} files were not imported.</source>
        <translation>Avbrutet: {0} filer importerades inte.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/import_dialog.py" line="286"/>
        <source>Undo (Ctrl+Z) removes this import as a whole.</source>
        <translation>Ångra (Ctrl+Z) tar bort hela importen.</translation>
    </message>
</context>
<context>
    <name>JobProgressMixin</name>
    <message>
        <location filename="../../qualcoder_htl/gui/job_progress.py" line="21"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>KnownDialog</name>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="150"/>
        <source>Known identifiers</source>
        <translation>Kända uppgifter</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="155"/>
        <source>The project&apos;s own participants, schools, neighbourhoods and workplaces. Detection finds them in every form (Annas, Tjärnaskolans, Tjärnaskolegården). Double-click to edit; every change can be undone from the Edit menu.</source>
        <translation>Projektets egna deltagare, skolor, bostadsområden och arbetsplatser. Sökningen hittar dem i alla former (Annas, Tjärnaskolans, Tjärnaskolegården). Dubbelklicka för att ändra; varje ändring kan ångras från menyn Redigera.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="174"/>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="175"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="176"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importera CSV…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="178"/>
        <source>A CSV file with the columns text, type and (optional) variants separated by |</source>
        <translation>En CSV-fil med kolumnerna text, typ och (valfritt) varianter åtskilda med |</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="213"/>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="218"/>
        <source>Add a known identifier</source>
        <translation>Lägg till en känd identifierare</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="214"/>
        <source>Name as it is written (e.g. Anna Söderlund, Tjärnaskolan):</source>
        <translation>Namnet som det skrivs (t.ex. Anna Söderlund, Tjärnaskolan):</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="219"/>
        <source>Type of {0}:</source>
        <translation>Typ av {0}:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="238"/>
        <source>Import known identifiers</source>
        <translation>Importera kända identifierare</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="239"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="247"/>
        <source>Known identifiers imported</source>
        <translation>Kända uppgifter importerade</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="248"/>
        <source>Added {0} known identifiers; {1} were already in the list.</source>
        <translation>{0} kända identifierare tillagda; {1} fanns redan i listan.</translation>
    </message>
</context>
<context>
    <name>KnownModel</name>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="76"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="76"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="76"/>
        <source>Variants</source>
        <translation>Varianter</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_known.py" line="98"/>
        <source>Other spellings, separated by commas</source>
        <translation>Andra stavningar, åtskilda med kommatecken</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qualcoder_htl/gui/main_window.py" line="39"/>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/main_window.py" line="129"/>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/main_window.py" line="130"/>
        <location filename="../../qualcoder_htl/gui/main_window.py" line="145"/>
        <source>qualcoder-htl projects (*.qhtl)</source>
        <translation>qualcoder-htl-projekt (*.qhtl)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/main_window.py" line="144"/>
        <source>Open project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/main_window.py" line="189"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Ångra {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/main_window.py" line="190"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/main_window.py" line="191"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Gör om {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/main_window.py" line="192"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
</context>
<context>
    <name>MatrixChoices</name>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_choices.py" line="30"/>
        <source>Roll &amp;up subthemes</source>
        <translation>Summera &amp;underteman</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_choices.py" line="32"/>
        <source>A theme counts the passages of the themes below it</source>
        <translation>Ett tema räknar också ställena i temana under det</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_choices.py" line="38"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_choices.py" line="39"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Rader:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_choices.py" line="39"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolumner:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_choices.py" line="40"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Mått:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_choices.py" line="62"/>
        <location filename="../../qualcoder_htl/gui/matrix_choices.py" line="105"/>
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_choices.py" line="74"/>
        <source>Themes × themes: overlapping codings</source>
        <translation>Teman × teman: överlappande kodningar</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_choices.py" line="76"/>
        <source>Themes × themes: same speaker turn</source>
        <translation>Teman × teman: samma talartur</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_choices.py" line="111"/>
        <source>subthemes rolled up</source>
        <translation>underteman summerade</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_choices.py" line="113"/>
        <source>filter: {0}</source>
        <translation>urval: {0}</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_view.py" line="177"/>
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_view.py" line="185"/>
        <source>filter: {0}</source>
        <translation>urval: {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_view.py" line="133"/>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_view.py" line="167"/>
        <source>The matrix could not be computed.</source>
        <translation>Matrisen kunde inte beräknas.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_view.py" line="175"/>
        <source>No themes yet: create codes in the codebook.</source>
        <translation>Inga teman än: skapa koder i kodboken.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_view.py" line="179"/>
        <source>co-occurrences</source>
        <translation>samförekomster</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_view.py" line="181"/>
        <source>themes</source>
        <translation>teman</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_view.py" line="182"/>
        <source>{0} × {1} · {2} · {3} sources</source>
        <translation>{0} × {1} · {2} · {3} källor</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/matrix_view.py" line="186"/>
        <source>Click a cell to list its quotes.</source>
        <translation>Klicka på en cell för att lista dess citat.</translation>
    </message>
</context>
<context>
    <name>MemoListModel</name>
    <message>
        <location filename="../../qualcoder_htl/gui/memos.py" line="70"/>
        <source>(empty memo)</source>
        <translation>(tomt memo)</translation>
    </message>
</context>
<context>
    <name>MemosPanel</name>
    <message>
        <location filename="../../qualcoder_htl/gui/memos.py" line="90"/>
        <source>&amp;Memos on:</source>
        <translation>&amp;Memon om:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/memos.py" line="92"/>
        <source>the project</source>
        <translation>projektet</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/memos.py" line="92"/>
        <source>the open source</source>
        <translation>den öppna källan</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/memos.py" line="93"/>
        <source>the selected code</source>
        <translation>den valda koden</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/memos.py" line="97"/>
        <source>&amp;New memo</source>
        <translation>&amp;Nytt memo</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/memos.py" line="98"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/memos.py" line="110"/>
        <source>Choose a memo or make a new one.</source>
        <translation>Välj ett memo eller skriv ett nytt.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="42"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="43"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Öppna projekt…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="45"/>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="46"/>
        <source>Open the &amp;demo project</source>
        <translation>Öppna &amp;demoprojektet</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="48"/>
        <source>&amp;Close project</source>
        <translation>S&amp;täng projektet</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="50"/>
        <source>&amp;Import transcripts…</source>
        <translation>&amp;Importera transkript…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="52"/>
        <source>E&amp;xport REFI-QDA project (.qdpx)…</source>
        <translation>E&amp;xportera REFI-QDA-projekt (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="53"/>
        <source>For colleagues in NVivo, ATLAS.ti, MAXQDA or QualCoder</source>
        <translation>För kolleger i NVivo, ATLAS.ti, MAXQDA eller QualCoder</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="55"/>
        <source>Export code&amp;book (.qdc)…</source>
        <translation>Exportera &amp;kodbok (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="57"/>
        <source>Im&amp;port REFI-QDA (.qdpx/.qdc)…</source>
        <translation>Importera &amp;REFI-QDA (.qdpx/.qdc)…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="60"/>
        <source>&amp;Settings…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="63"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="65"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="66"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="67"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="69"/>
        <source>&amp;Find in project…</source>
        <translation>&amp;Sök i projektet…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="71"/>
        <source>&amp;Coding</source>
        <translation>&amp;Kodning</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="72"/>
        <source>&amp;Apply the current code</source>
        <translation>&amp;Använd den aktuella koden</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="74"/>
        <source>Code the selected text with the code chosen in the codebook</source>
        <translation>Koda den markerade texten med koden som är vald i kodboken</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="75"/>
        <source>&amp;Quick code…</source>
        <translation>S&amp;nabbkoda…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="76"/>
        <source>Type a few letters of a code, Enter applies it</source>
        <translation>Skriv några bokstäver av en kod, Enter använder den</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="77"/>
        <source>New code from selection (&amp;in vivo)</source>
        <translation>Ny kod från markeringen (&amp;in vivo)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="80"/>
        <source>&amp;Remove a code from the selection</source>
        <translation>&amp;Ta bort en kod från markeringen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="83"/>
        <source>Mark or unmark &amp;key quote</source>
        <translation>Markera eller avmarkera n&amp;yckelcitat</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="86"/>
        <source>Coding &amp;memo…</source>
        <translation>Kodnings&amp;memo…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="88"/>
        <source>Resize the chosen coding to the selection</source>
        <translation>Ändra den valda kodningens omfång till markeringen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="91"/>
        <source>Remove the chosen coding</source>
        <translation>Ta bort den valda kodningen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="94"/>
        <source>Apply a recent code</source>
        <translation>Använd en nyligen använd kod</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="100"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="101"/>
        <source>&amp;Attributes and cases…</source>
        <translation>&amp;Attribut och fall…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="103"/>
        <source>Project &amp;memo</source>
        <translation>Projekt&amp;memo</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="109"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="111"/>
        <source>&amp;Reset the layout</source>
        <translation>&amp;Återställ layouten</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="114"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="115"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/menus.py" line="117"/>
        <source>&amp;About qualcoder-htl</source>
        <translation>&amp;Om qualcoder-htl</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_docks.py" line="20"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalys</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_docks.py" line="21"/>
        <source>Theme &amp;matrix</source>
        <translation>Tema&amp;matris</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_docks.py" line="23"/>
        <source>Themes by organisational level (or any attribute), with the quotes of each cell</source>
        <translation>Teman per organisationsnivå (eller annat attribut), med citaten i varje cell</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_docks.py" line="25"/>
        <source>&amp;Quote extract</source>
        <translation>&amp;Citatutdrag</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_docks.py" line="27"/>
        <source>The quotes of a theme grouped by level, key quotes first</source>
        <translation>Ett temas citat grupperade per nivå, nyckelcitat först</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_docks.py" line="29"/>
        <source>&amp;Export matrix, quotes or report…</source>
        <translation>&amp;Exportera matris, citat eller rapport…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_docks.py" line="31"/>
        <source>Word, CSV or Excel, in Swedish or English</source>
        <translation>Word, CSV eller Excel, på svenska eller engelska</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_menu.py" line="68"/>
        <source>Pse&amp;udonymisation</source>
        <translation>Pse&amp;udonymisering</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_menu.py" line="69"/>
        <source>&amp;Detect identifiers</source>
        <translation>&amp;Hitta identifierande uppgifter</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_menu.py" line="70"/>
        <source>Find names, places, numbers and dates in every source</source>
        <translation>Hitta namn, platser, nummer och datum i alla källor</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_menu.py" line="71"/>
        <source>&amp;Mark the selection as an identifier…</source>
        <translation>&amp;Markera urvalet som identifierande uppgift…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_menu.py" line="73"/>
        <source>For an identifier detection missed</source>
        <translation>För en uppgift som sökningen missade</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_menu.py" line="74"/>
        <source>&amp;Preview the pseudonymised text</source>
        <translation>&amp;Förhandsgranska den pseudonymiserade texten</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_menu.py" line="77"/>
        <source>Replacement &amp;policy…</source>
        <translation>&amp;Ersättningsregler…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_menu.py" line="79"/>
        <source>&amp;Known identifiers…</source>
        <translation>&amp;Kända uppgifter…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_menu.py" line="80"/>
        <source>The project&apos;s own participants, schools, places and workplaces</source>
        <translation>Projektets egna deltagare, skolor, platser och arbetsplatser</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_menu.py" line="82"/>
        <source>Export the &amp;key (CSV)…</source>
        <translation>Exportera &amp;nyckeln (CSV)…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_menu.py" line="83"/>
        <source>Sensitive: keep it apart from shared data</source>
        <translation>Känsliga uppgifter: förvara den åtskild från det som delas</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_menu.py" line="84"/>
        <source>Export a pseudonymised &amp;copy…</source>
        <translation>Exportera en pseudonymiserad &amp;kopia…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_menu.py" line="86"/>
        <source>A project file with pseudonymised text only, to share</source>
        <translation>En projektfil med enbart pseudonymiserad text, att dela</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../qualcoder_htl/gui/panels.py" line="30"/>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/panels.py" line="31"/>
        <source>Codebook</source>
        <translation>Kodbok</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/panels.py" line="32"/>
        <source>Coded segments</source>
        <translation>Kodade avsnitt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/panels.py" line="33"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/panels.py" line="34"/>
        <source>Memos</source>
        <translation>Memon</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/panels.py" line="35"/>
        <source>Pseudonymisation</source>
        <translation>Pseudonymisering</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/panels.py" line="103"/>
        <source>Go to Sources</source>
        <translation>Gå till Källor</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/panels.py" line="104"/>
        <source>Go to Codebook</source>
        <translation>Gå till Kodbok</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/panels.py" line="105"/>
        <source>Go to Coded segments</source>
        <translation>Gå till Kodade avsnitt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/panels.py" line="106"/>
        <source>Go to Search</source>
        <translation>Gå till Sök</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/panels.py" line="107"/>
        <source>Go to Memos</source>
        <translation>Gå till Memon</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/panels.py" line="108"/>
        <source>Go to Pseudonymisation</source>
        <translation>Gå till Pseudonymisering</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/panels.py" line="115"/>
        <source>Go to the document</source>
        <translation>Gå till dokumentet</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_docks.py" line="37"/>
        <source>Theme matrix</source>
        <translation>Temamatris</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/analysis_docks.py" line="38"/>
        <source>Quote extract</source>
        <translation>Citatutdrag</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="34"/>
        <source>Replacement policy</source>
        <translation>Ersättningsregler</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="37"/>
        <source>How each kind of identifier reads in pseudonymised text, quotes and shared copies. A form&apos;s own replacement (set in the review list) always wins.</source>
        <translation>Hur varje slags identifierande uppgift ersätts i pseudonymiserad text, citat och delade kopior. En forms egen ersättning (satt i granskningslistan) gäller alltid före.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="43"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="43"/>
        <source>Replaced by</source>
        <translation>Ersätts med</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="44"/>
        <source>Example in this project</source>
        <translation>Exempel i projektet</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="61"/>
        <source>Replace han/hon/honom/henne/hans/hennes with &amp;hen/hens (hides a child&apos;s gender)</source>
        <translation>Ersätt han/hon/honom/henne/hans/hennes med &amp;hen/hens (döljer ett barns kön)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="65"/>
        <source>Changing the pronouns is logged with your name.</source>
        <translation>Ändringar av pronomen loggas med ditt namn.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="115"/>
        <source>Replace han, hon, honom, henne, hans and hennes with hen and hens in every pseudonymised text, quote and shared copy? This hides the gender of the people talked about, and changes how the quotes read. The choice is logged with your name and the time.</source>
        <translation>Ersätta han, hon, honom, henne, hans och hennes med hen och hens i all pseudonymiserad text, alla citat och delade kopior? Det döljer könet på dem som omtalas och ändrar hur citaten läses. Valet loggas med ditt namn och tidpunkten.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="119"/>
        <source>Use hen</source>
        <translation>Använd hen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="121"/>
        <source>Keep han and hon in the pseudonymised texts again? The choice is logged with your name and the time.</source>
        <translation>Behålla han och hon i de pseudonymiserade texterna igen? Valet loggas med ditt namn och tidpunkten.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="123"/>
        <source>Keep han/hon</source>
        <translation>Behåll han/hon</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="124"/>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="127"/>
        <source>Gender-neutral pronouns</source>
        <translation>Könsneutrala pronomen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="128"/>
        <source>Reason, for the log (optional):</source>
        <translation>Skäl, för loggen (frivilligt):</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_document.py" line="162"/>
        <source>Open a source to preview it pseudonymised.</source>
        <translation>Öppna en källa för att se den pseudonymiserad.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_document.py" line="179"/>
        <source>&lt;b&gt;Preview of the pseudonymised text&lt;/b&gt; ({0} replacements). Read-only: the codings are shown where they fall in it; code and review in the original.</source>
        <translation>&lt;b&gt;Förhandsgranskning av den pseudonymiserade texten&lt;/b&gt; ({0} ersättningar). Skrivskyddad: kodningarna visas där de hamnar i den; koda och granska i originalet.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_document.py" line="211"/>
        <source>Mark as identifier</source>
        <translation>Markera som identifierande uppgift</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../qualcoder_htl/gui/prompts.py" line="14"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PseudoExport</name>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="142"/>
        <source>Export the key (sensitive: keep it apart from shared data)</source>
        <translation>Exportera nyckeln (känslig: förvara den åtskild från det som delas)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="144"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="151"/>
        <source>Could not write {0}: {1}</source>
        <translation>Kunde inte skriva {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="155"/>
        <source>Key exported</source>
        <translation>Nyckeln exporterad</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="155"/>
        <source>Wrote {0} originals with their replacements to {1}.

The key is sensitive research data: store it apart from what is shared.</source>
        <translation>Skrev {0} original med sina ersättningar till {1}.

Nyckeln är känsliga forskningsdata: förvara den åtskild från det som delas.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="169"/>
        <source>Nothing has been accepted for pseudonymisation yet: a copy would contain the original text. Detect identifiers and review them first.</source>
        <translation>Inget har godtagits för pseudonymisering ännu: en kopia skulle innehålla originaltexten. Hitta identifierande uppgifter och granska dem först.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="176"/>
        <source>Open suggestions</source>
        <translation>Öppna förslag</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="176"/>
        <source>{0} suggestions are still open, so the copy may contain names nobody has reviewed. Review them first, or export anyway?</source>
        <translation>{0} förslag är fortfarande öppna, så kopian kan innehålla namn som ingen har granskat. Granska dem först, eller exportera ändå?</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="180"/>
        <source>Export anyway</source>
        <translation>Exportera ändå</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="185"/>
        <source>Export a pseudonymised copy</source>
        <translation>Exportera en pseudonymiserad kopia</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="186"/>
        <source>qualcoder-htl projects (*.qhtl)</source>
        <translation>qualcoder-htl-projekt (*.qhtl)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="191"/>
        <source>{0} already exists. Choose a new name: a shared copy never replaces a file.</source>
        <translation>{0} finns redan. Välj ett nytt namn: en delad kopia ersätter aldrig en fil.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="196"/>
        <source>Writing the pseudonymised copy…</source>
        <translation>Skriver den pseudonymiserade kopian…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="197"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="208"/>
        <source>Pseudonymised copy written</source>
        <translation>Pseudonymiserad kopia skriven</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_dialogs.py" line="208"/>
        <source>{0}: {1} sources with {2} replacements and {3} codings. The key, the suggestions and the original files are not in it.</source>
        <translation>{0}: {1} källor med {2} ersättningar och {3} kodningar. Nyckeln, förslagen och originalfilerna finns inte med.</translation>
    </message>
</context>
<context>
    <name>PseudoMenu</name>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_menu.py" line="33"/>
        <source>Switch the preview off to mark text.</source>
        <translation>Stäng av förhandsgranskningen för att markera text.</translation>
    </message>
</context>
<context>
    <name>Pseudonymisation</name>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="11"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="12"/>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="13"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="14"/>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="15"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="16"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="17"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="18"/>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="19"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="20"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="21"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="22"/>
        <source>Other</source>
        <translation>Annan uppgift</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="27"/>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="28"/>
        <source>Letter code</source>
        <translation>Bokstavskod</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="29"/>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="30"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="31"/>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="36"/>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="37"/>
        <source>accepted</source>
        <translation>godtagen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="38"/>
        <source>rejected</source>
        <translation>avvisad</translation>
    </message>
</context>
<context>
    <name>PseudonymisationPanel</name>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_panel.py" line="58"/>
        <source>Replacement &amp;policy…</source>
        <translation>&amp;Ersättningsregler…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_panel.py" line="72"/>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_panel.py" line="77"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_panel.py" line="77"/>
        <source>Decided</source>
        <translation>Beslutade</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_panel.py" line="78"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_panel.py" line="82"/>
        <source>Filter forms</source>
        <translation>Filtrera former</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_panel.py" line="118"/>
        <source>Source &amp;reviewed</source>
        <translation>Källan &amp;granskad</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_panel.py" line="120"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_panel.py" line="121"/>
        <source>Show the open source as it reads pseudonymised</source>
        <translation>Visa den öppna källan som den lyder pseudonymiserad</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_panel.py" line="195"/>
        <source>{0} of {1} sources reviewed · {2} open of {3} suggestions · {4} originals in the key</source>
        <translation>{0} av {1} källor granskade · {2} öppna av {3} förslag · {4} original i nyckeln</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_panel.py" line="198"/>
        <source>{0} sources not yet detected</source>
        <translation>{0} källor ännu inte genomsökta</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_panel.py" line="201"/>
        <source>{0} of {1} suggestions decided</source>
        <translation>{0} av {1} förslag beslutade</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_panel.py" line="216"/>
        <source>{0}: {1} open · {2} accepted · {3} rejected</source>
        <translation>{0}: {1} öppna · {2} godtagna · {3} avvisade</translation>
    </message>
</context>
<context>
    <name>QuickCodeBox</name>
    <message>
        <location filename="../../qualcoder_htl/gui/quick_code.py" line="88"/>
        <source>Type to find a code; Enter applies it</source>
        <translation>Skriv för att hitta en kod; Enter använder den</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quick_code.py" line="118"/>
        <source>↑↓ choose · Enter apply · Esc close</source>
        <translation>↑↓ välj · Enter använd · Esc stäng</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quick_code.py" line="120"/>
        <source>No code matches. Enter creates the code “{0}” and applies it.</source>
        <translation>Ingen kod matchar. Enter skapar koden ”{0}” och använder den.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quick_code.py" line="123"/>
        <source>The codebook is empty: type a name to create a code.</source>
        <translation>Kodboken är tom: skriv ett namn för att skapa en kod.</translation>
    </message>
</context>
<context>
    <name>QuoteView</name>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="51"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="51"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppera efter:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="56"/>
        <source>&amp;Subthemes</source>
        <translation>&amp;Underteman</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="58"/>
        <source>Key quotes &amp;only</source>
        <translation>Endast nyckel&amp;citat</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="59"/>
        <source>&amp;Whole turn</source>
        <translation>&amp;Hela talturen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="60"/>
        <source>Show the rest of the speaker&apos;s turn around each quote</source>
        <translation>Visa resten av talarens tur runt varje citat</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="62"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="74"/>
        <source>Mark/unmark &amp;key quote (K)</source>
        <translation>Markera/avmarkera &amp;nyckelcitat (K)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="75"/>
        <source>Open the &amp;passage (Enter)</source>
        <translation>Öppna &amp;stället i texten (Enter)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="133"/>
        <source>“{0}” by {1}</source>
        <translation>”{0}” per {1}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="136"/>
        <source>with subthemes</source>
        <translation>med underteman</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="138"/>
        <source>key quotes only</source>
        <translation>endast nyckelcitat</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="140"/>
        <source>filter: {0}</source>
        <translation>urval: {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="159"/>
        <source>No themes yet: create codes in the codebook.</source>
        <translation>Inga teman än: skapa koder i kodboken.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="166"/>
        <source>Reading quotes…</source>
        <translation>Läser citat…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="185"/>
        <source>“{0}” by {1}: {2} quotes, {3} of them key quotes (first in each group).</source>
        <translation>”{0}” per {1}: {2} citat, varav {3} nyckelcitat (först i varje grupp).</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="188"/>
        <source>The first {0} are shown; the export has them all.</source>
        <translation>De första {0} visas; exporten har alla.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/quote_view.py" line="191"/>
        <source>Quotes are taken from the pseudonymised texts.</source>
        <translation>Citaten är hämtade ur de pseudonymiserade texterna.</translation>
    </message>
</context>
<context>
    <name>ReadingOptions</name>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="91"/>
        <source>Reading the file</source>
        <translation>Inläsning av filen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="96"/>
        <source>Detect from the data (recommended)</source>
        <translation>Avgör utifrån datan (rekommenderas)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="97"/>
        <source>Unicode code points, as the standard says</source>
        <translation>Unicode-kodpunkter, som standarden säger</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="98"/>
        <source>UTF-16 code units, as NVivo counts</source>
        <translation>UTF-16-kodenheter, som NVivo räknar</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="99"/>
        <source>CR LF as one character, as ATLAS.ti counts</source>
        <translation>CR LF som ett tecken, som ATLAS.ti räknar</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="102"/>
        <source>Count &amp;positions as:</source>
        <translation>Räkna &amp;positioner som:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="104"/>
        <source>Skip them only if the archive holds no texts at all</source>
        <translation>Hoppa över dem bara om arkivet inte har några texter alls</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="106"/>
        <source>Stop with an error</source>
        <translation>Avbryt med ett fel</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="107"/>
        <source>Skip them and import the rest</source>
        <translation>Hoppa över dem och importera resten</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="109"/>
        <source>Texts missing from the &amp;archive:</source>
        <translation>Texter som saknas i &amp;arkivet:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_preview.py" line="110"/>
        <source>Find speaker turns in the imported texts</source>
        <translation>Hitta talarturer i de importerade texterna</translation>
    </message>
</context>
<context>
    <name>RefiExport</name>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="69"/>
        <source>Export REFI-QDA project</source>
        <translation>Exportera REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="70"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-projekt (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="72"/>
        <source>Export codebook</source>
        <translation>Exportera kodbok</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="73"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA-kodböcker (*.qdc)</translation>
    </message>
</context>
<context>
    <name>RefiExportDialog</name>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="100"/>
        <source>Export REFI-QDA project</source>
        <translation>Exportera REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="101"/>
        <source>Export codebook</source>
        <translation>Exportera kodbok</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="103"/>
        <source>To: {0}</source>
        <translation>Till: {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="111"/>
        <source>Export the original, unpseudonymised text and Word files instead: my own archive copy, never to be shared</source>
        <translation>Exportera i stället den ursprungliga, icke pseudonymiserade texten och Word-filerna: min egen arkivkopia, som aldrig får delas</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="134"/>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="143"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="137"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="143"/>
        <source>Export with the &amp;original text</source>
        <translation>Exportera med &amp;originaltexten</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="149"/>
        <source>Only the codebook is exported: code names, colours and definitions, no transcripts and no codings.</source>
        <translation>Bara kodboken exporteras: kodernas namn, färger och definitioner, inga transkript och inga kodningar.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="153"/>
        <source>This project has a pseudonymisation key, so the export carries the pseudonymised text only: names in memos, definitions and attribute values are scrubbed as well, and no original Word files go along. The file can be shared with colleagues.</source>
        <translation>Projektet har en pseudonymiseringsnyckel, så exporten innehåller bara den pseudonymiserade texten: namn i memon, definitioner och attributvärden rensas också bort, och inga ursprungliga Word-filer följer med. Filen kan delas med kolleger.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="158"/>
        <source>This project has no pseudonymisation key: the export carries the full text of every transcript and the original Word files. Share it only as your data management plan allows.</source>
        <translation>Projektet har ingen pseudonymiseringsnyckel: exporten innehåller hela texten i varje transkript och de ursprungliga Word-filerna. Dela den bara så som din datahanteringsplan tillåter.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="178"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="195"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="201"/>
        <source>The codebook was exported to {0}.</source>
        <translation>Kodboken exporterades till {0}.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="203"/>
        <source>Exported to {0}, with pseudonymised text only.</source>
        <translation>Exporterat till {0}, med enbart pseudonymiserad text.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="206"/>
        <source>Exported to {0} WITH the original text: keep this file to yourself.</source>
        <translation>Exporterat till {0} MED originaltexten: behåll filen för dig själv.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="209"/>
        <source>Exported to {0}.</source>
        <translation>Exporterat till {0}.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="217"/>
        <source>The export failed; no file was written.</source>
        <translation>Exporten misslyckades; ingen fil skrevs.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="220"/>
        <source>The export was not made: {0}</source>
        <translation>Exporten gjordes inte: {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_dialogs.py" line="224"/>
        <source>Cancelled: no file was written.</source>
        <translation>Avbrutet: ingen fil skrevs.</translation>
    </message>
</context>
<context>
    <name>RefiImport</name>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="37"/>
        <source>Import REFI-QDA</source>
        <translation>Importera REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="37"/>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc)</source>
        <translation>REFI-QDA-projekt och kodböcker (*.qdpx *.qdc)</translation>
    </message>
</context>
<context>
    <name>RefiImportDialog</name>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="52"/>
        <source>Import REFI-QDA</source>
        <translation>Importera REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="87"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="89"/>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="153"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="101"/>
        <source>Import into</source>
        <translation>Importera till</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="104"/>
        <source>The &amp;open project “{0}”, adding to what is there (merge)</source>
        <translation>Det &amp;öppna projektet ”{0}”, som ett tillägg till det som finns (sammanfoga)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="106"/>
        <source>Match codes by &amp;name: a code at the same place in the code tree is the same code</source>
        <translation>Matcha koder på &amp;namn: en kod på samma plats i kodträdet är samma kod</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="108"/>
        <source>Match codes by &amp;GUID: only codes that came from the same project (exchanging back and forth)</source>
        <translation>Matcha koder på &amp;GUID: bara koder som kommer från samma projekt (utbyte fram och tillbaka)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="112"/>
        <source>A ne&amp;w project (you choose where to save it)</source>
        <translation>Ett n&amp;ytt projekt (du väljer var det sparas)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="153"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="188"/>
        <source>This file cannot be imported: {0}</source>
        <translation>Filen kan inte importeras: {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="198"/>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="199"/>
        <source>qualcoder-htl projects (*.qhtl)</source>
        <translation>qualcoder-htl-projekt (*.qhtl)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="216"/>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="237"/>
        <source>Nothing was imported and no project was created. {0}</source>
        <translation>Inget importerades och inget projekt skapades. {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="239"/>
        <source>Nothing was imported; the project is as it was. {0}</source>
        <translation>Inget importerades; projektet är som det var. {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="246"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Avbrutet: inget importerades.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="253"/>
        <source>The new project {0} was created and opened.</source>
        <translation>Det nya projektet {0} skapades och öppnades.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/refi_import.py" line="257"/>
        <source>Imported into the open project. Undo (Ctrl+Z) removes this import as a whole.</source>
        <translation>Importerat till det öppna projektet. Ångra (Ctrl+Z) tar bort hela importen.</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="32"/>
        <source>&amp;Accept</source>
        <translation>&amp;Godta</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="33"/>
        <source>Replace this occurrence</source>
        <translation>Ersätt den här förekomsten</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="34"/>
        <source>&amp;Reject</source>
        <translation>&amp;Avvisa</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="35"/>
        <source>Leave this occurrence as it is</source>
        <translation>Lämna den här förekomsten som den är</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="36"/>
        <source>Accept a&amp;ll</source>
        <translation>Godta a&amp;lla</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="38"/>
        <source>Replace every occurrence of the form, also in sources detected later</source>
        <translation>Ersätt alla förekomster av formen, även i källor som genomsöks senare</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="40"/>
        <source>Reject all</source>
        <translation>Avvisa alla</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="42"/>
        <source>Keep every occurrence of the form</source>
        <translation>Behåll alla förekomster av formen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="43"/>
        <source>Change &amp;type…</source>
        <translation>Ändra &amp;typ…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="44"/>
        <source>Change re&amp;placement…</source>
        <translation>Ändra &amp;ersättning…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="46"/>
        <source>Role &amp;label…</source>
        <translation>&amp;Rollbeteckning…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="47"/>
        <source>Re&amp;open</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="70"/>
        <source>Choose a suggestion first.</source>
        <translation>Välj ett förslag först.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="108"/>
        <source>Nothing left to review here.</source>
        <translation>Inget kvar att granska här.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="118"/>
        <source>Choose a decided occurrence to reopen.</source>
        <translation>Välj en beslutad förekomst att öppna igen.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="148"/>
        <source>Change type</source>
        <translation>Ändra typ</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="149"/>
        <source>Every occurrence of “{0}” is a:</source>
        <translation>Alla förekomster av ”{0}” är:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="158"/>
        <source>Role label</source>
        <translation>Rollbeteckning</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="159"/>
        <source>A role to show instead of “{0}” under the Label policy, e.g. rektorn or barnets namn:</source>
        <translation>En roll som visas i stället för ”{0}” när typen ersätts med etikett, t.ex. rektorn eller barnets namn:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="171"/>
        <source>Open a source first.</source>
        <translation>Öppna en källa först.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="175"/>
        <source>Select the identifier in the document first.</source>
        <translation>Markera uppgiften i dokumentet först.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="179"/>
        <source>Mark as identifier</source>
        <translation>Markera som identifierande uppgift</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="180"/>
        <source>“{0}” is a:</source>
        <translation>”{0}” är:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="190"/>
        <source>“{0}” marked as {1}; it and its other occurrences are replaced in the pseudonymised text.</source>
        <translation>”{0}” markerad som {1}; den och dess övriga förekomster ersätts i den pseudonymiserade texten.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="201"/>
        <source>Mark as reviewed</source>
        <translation>Markera som granskad</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="202"/>
        <source>{0} suggestions in {1} are still open. Mark it reviewed anyway?</source>
        <translation>{0} förslag i {1} är fortfarande öppna. Markera källan som granskad ändå?</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_actions.py" line="203"/>
        <source>Mark reviewed</source>
        <translation>Markera som granskad</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="95"/>
        <source>Words, barn* for any ending, &quot;a OR b&quot;</source>
        <translation>Ord, barn* för valfri ändelse, &quot;a OR b&quot;</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="98"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Hela ord</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="101"/>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="124"/>
        <source>the hits</source>
        <translation>träffarna</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="125"/>
        <source>their paragraphs</source>
        <translation>deras stycken</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="126"/>
        <source>&amp;Code all…</source>
        <translation>&amp;Koda alla…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="149"/>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="163"/>
        <source>{0} hits in {1} sources</source>
        <translation>{0} träffar i {1} källor</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="175"/>
        <source>The search failed.</source>
        <translation>Sökningen misslyckades.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="189"/>
        <source>Code all hits</source>
        <translation>Koda alla träffar</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="190"/>
        <source>Code {0} hits of “{1}” with:</source>
        <translation>Koda {0} träffar för ”{1}” med:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="201"/>
        <source>Coded {0} passages with “{1}”.</source>
        <translation>Kodade {0} avsnitt med ”{1}”.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="53"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="53"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="53"/>
        <source>Hit</source>
        <translation>Träff</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/search_panel.py" line="53"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <location filename="../../qualcoder_htl/gui/segments_panel.py" line="92"/>
        <source>Include &amp;subcodes</source>
        <translation>Ta med &amp;underkoder</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/segments_panel.py" line="116"/>
        <source>Choose a code to see its coded segments.</source>
        <translation>Välj en kod för att se dess kodade avsnitt.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/segments_panel.py" line="129"/>
        <source>“{0}”: {1} segments</source>
        <translation>”{0}”: {1} avsnitt</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/segments_panel.py" line="131"/>
        <source>(the first {0} are shown)</source>
        <translation>(de första {0} visas)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../qualcoder_htl/gui/session.py" line="178"/>
        <source>Undone: {0}</source>
        <translation>Ångrat: {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/session.py" line="184"/>
        <source>Redone: {0}</source>
        <translation>Gjort om: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="133"/>
        <source>Braces in the template do not pair up.</source>
        <translation>Klamrarna i mallen går inte jämnt upp.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="136"/>
        <source>A { in the template is not closed.</source>
        <translation>En { i mallen stängs inte.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="144"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="150"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="152"/>
        <source>Your name as recorded with the codings you make</source>
        <translation>Ditt namn som det sparas med kodningarna du gör</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="153"/>
        <source>&amp;Coder name:</source>
        <translation>&amp;Kodarnamn:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="158"/>
        <source>Document &amp;font size:</source>
        <translation>Dokumentets &amp;teckenstorlek:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="162"/>
        <source>How quotes are cited in new projects: attribute names in braces, e.g. {Intervjunummer}, {Respondentgrupp}, {Skola}, or {källa} for the file name. Empty: the built-in template.</source>
        <translation>Hur citat anges i nya projekt: attributnamn inom klamrar, t.ex. {Intervjunummer}, {Respondentgrupp}, {Skola}, eller {källa} för filnamnet. Tomt: den inbyggda mallen.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="168"/>
        <source>Default &amp;citation template:</source>
        <translation>Standardmall för &amp;citat:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="174"/>
        <source>Beside the project file</source>
        <translation>Bredvid projektfilen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="176"/>
        <source>A copy of a project is kept here before it is upgraded to a newer format or changed in a risky step.</source>
        <translation>Här sparas en kopia av ett projekt innan det uppgraderas till ett nyare format eller ändras i ett riskfyllt steg.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="178"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="182"/>
        <source>&amp;Backup folder:</source>
        <translation>Mapp för säkerhets&amp;kopior:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="209"/>
        <source>e.g. {0}</source>
        <translation>t.ex. {0}</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="213"/>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/settings.py" line="225"/>
        <source>The backup folder cannot be made: {0}</source>
        <translation>Mappen för säkerhetskopior kan inte skapas: {0}</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_model.py" line="133"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_model.py" line="135"/>
        <source>Words</source>
        <translation>Ord</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_model.py" line="137"/>
        <source>Coded</source>
        <translation>Kodat</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="42"/>
        <source>Filter by name or attribute value</source>
        <translation>Filtrera på namn eller attributvärde</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="45"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppera efter:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="50"/>
        <source>&amp;Only:</source>
        <translation>&amp;Endast:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="93"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="94"/>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="95"/>
        <source>Attributes…</source>
        <translation>Attribut…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="97"/>
        <source>Delete source…</source>
        <translation>Ta bort källa…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="108"/>
        <source>(no grouping)</source>
        <translation>(ingen gruppering)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="109"/>
        <source>(all sources)</source>
        <translation>(alla källor)</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="162"/>
        <source>{0} of {1} sources · {2} words</source>
        <translation>{0} av {1} källor · {2} ord</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="210"/>
        <source>Rename source</source>
        <translation>Byt namn på källa</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="210"/>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="221"/>
        <source>Delete sources</source>
        <translation>Ta bort källor</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="222"/>
        <source>Delete {0} source(s) ({1}) with their codings and memos? You can undo this with Ctrl+Z.</source>
        <translation>Ta bort {0} källa/källor ({1}) med deras kodningar och memon? Det går att ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/sources_panel.py" line="223"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_model.py" line="179"/>
        <source>Form and context</source>
        <translation>Form och sammanhang</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_model.py" line="179"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_model.py" line="179"/>
        <source>Open / all</source>
        <translation>Öppna / alla</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_model.py" line="180"/>
        <source>Replacement</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_model.py" line="215"/>
        <source>{0} · {1} in {2} sources</source>
        <translation>{0} · {1} i {2} källor</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_model.py" line="221"/>
        <source>{0}: {1} occurrences in {2} sources, {3} open, {4} accepted, {5} rejected. Becomes “{6}”.</source>
        <translation>{0}: {1} förekomster i {2} källor, {3} öppna, {4} godtagna, {5} avvisade. Blir ”{6}”.</translation>
    </message>
</context>
<context>
    <name>UndoLabels</name>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="15"/>
        <source>Apply code</source>
        <translation>Använd kod</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="16"/>
        <source>Remove coding</source>
        <translation>Ta bort kodning</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="17"/>
        <source>Remove code from selection</source>
        <translation>Ta bort kod från markering</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="18"/>
        <source>Resize coding</source>
        <translation>Ändra kodningens omfång</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="19"/>
        <source>Mark key quote</source>
        <translation>Markera nyckelcitat</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="20"/>
        <source>Unmark key quote</source>
        <translation>Avmarkera nyckelcitat</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="21"/>
        <source>Edit coding memo</source>
        <translation>Redigera kodningsmemo</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="22"/>
        <source>New code &apos;{0}&apos;</source>
        <translation>Ny kod &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="23"/>
        <source>New code &apos;{0}&apos; from selection</source>
        <translation>Ny kod &apos;{0}&apos; från markering</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="24"/>
        <source>Rename code to &apos;{0}&apos;</source>
        <translation>Byt namn på kod till &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="25"/>
        <source>Change code colour</source>
        <translation>Byt kodfärg</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="26"/>
        <source>Edit code definition</source>
        <translation>Redigera koddefinition</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="27"/>
        <source>Move code</source>
        <translation>Flytta kod</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="28"/>
        <source>Merge codes</source>
        <translation>Slå ihop koder</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="29"/>
        <source>Split code into &apos;{0}&apos;</source>
        <translation>Dela kod till &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="30"/>
        <source>Delete code</source>
        <translation>Ta bort kod</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="31"/>
        <source>New memo</source>
        <translation>Nytt memo</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="32"/>
        <source>Edit memo</source>
        <translation>Redigera memo</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="33"/>
        <source>Delete memo</source>
        <translation>Ta bort memo</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="34"/>
        <source>Set attribute value</source>
        <translation>Ange attributvärde</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="35"/>
        <source>Set attribute values</source>
        <translation>Ange attributvärden</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="36"/>
        <source>New attribute &apos;{0}&apos;</source>
        <translation>Nytt attribut &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="37"/>
        <source>Rename attribute to &apos;{0}&apos;</source>
        <translation>Byt namn på attribut till &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="38"/>
        <source>Delete attribute</source>
        <translation>Ta bort attribut</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="39"/>
        <source>New case &apos;{0}&apos;</source>
        <translation>Nytt fall &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="40"/>
        <source>Add sources to case</source>
        <translation>Lägg till källor i fall</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="41"/>
        <source>Remove sources from case</source>
        <translation>Ta bort källor från fall</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="42"/>
        <source>Set case attribute value</source>
        <translation>Ange fallattributvärde</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="43"/>
        <source>Delete case</source>
        <translation>Ta bort fall</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="44"/>
        <source>Rename source to &apos;{0}&apos;</source>
        <translation>Byt namn på källa till &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="45"/>
        <source>Delete source</source>
        <translation>Ta bort källa</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="46"/>
        <source>Import {0} files</source>
        <translation>Importera {0} filer</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="47"/>
        <source>Import {0} file</source>
        <translation>Importera {0} fil</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="48"/>
        <source>Import &apos;{0}&apos;</source>
        <translation>Importera &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="49"/>
        <source>Autocode &apos;{0}&apos;</source>
        <translation>Autokoda &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="50"/>
        <source>Autocode speaker &apos;{0}&apos;</source>
        <translation>Autokoda talare &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/labels.py" line="51"/>
        <source>Apply demo coding</source>
        <translation>Använd demokodning</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="62"/>
        <source>Detect identifiers in {0} sources</source>
        <translation>Sök identifierande uppgifter i {0} källor</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="63"/>
        <source>Detect identifiers in {0} source</source>
        <translation>Sök identifierande uppgifter i {0} källa</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="64"/>
        <source>Accept one suggestion</source>
        <translation>Godta ett förslag</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="65"/>
        <source>Reject one suggestion</source>
        <translation>Avvisa ett förslag</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="66"/>
        <source>Accept every occurrence</source>
        <translation>Godta alla förekomster</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="67"/>
        <source>Reject every occurrence</source>
        <translation>Avvisa alla förekomster</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="68"/>
        <source>Reopen suggestion</source>
        <translation>Öppna förslag igen</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="69"/>
        <source>Mark identifier</source>
        <translation>Markera identifierande uppgift</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="70"/>
        <source>Change identifier type</source>
        <translation>Ändra uppgiftens typ</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="71"/>
        <source>Change replacement</source>
        <translation>Ändra ersättning</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="72"/>
        <source>Change role label</source>
        <translation>Ändra rollbeteckning</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="73"/>
        <source>Gender-neutral pronouns on</source>
        <translation>Könsneutrala pronomen på</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="74"/>
        <source>Gender-neutral pronouns off</source>
        <translation>Könsneutrala pronomen av</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="75"/>
        <source>Mark source reviewed</source>
        <translation>Markera källan som granskad</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="76"/>
        <source>Mark source unreviewed</source>
        <translation>Markera källan som ogranskad</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="77"/>
        <source>Apply pseudonymisation decisions</source>
        <translation>Tillämpa pseudonymiseringsbeslut</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="78"/>
        <source>Add known identifier &apos;{0}&apos;</source>
        <translation>Lägg till känd uppgift &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="79"/>
        <source>Remove known identifier</source>
        <translation>Ta bort känd uppgift</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="80"/>
        <source>Edit known identifier &apos;{0}&apos;</source>
        <translation>Ändra känd uppgift &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="81"/>
        <source>Import known identifiers from &apos;{0}&apos;</source>
        <translation>Importera kända uppgifter från &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="82"/>
        <location filename="../../qualcoder_htl/gui/pseudo_names.py" line="95"/>
        <source>Replace {0} by {1}</source>
        <translation>Ersätt {0} med {1}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qualcoder_htl/gui/welcome.py" line="25"/>
        <source>Code interview transcripts: read, select a passage, attach themes, write memos, revise the codebook.</source>
        <translation>Koda intervjutranskript: läs, markera ett avsnitt, koppla teman, skriv memon, revidera kodboken.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/welcome.py" line="30"/>
        <source>New here? The demo project is a fictional follow-up study, imported and coded: try everything on it, nothing else changes.</source>
        <translation>Ny här? Demoprojektet är en påhittad följeforskningsstudie, importerad och kodad: prova allt på den, inget annat ändras.</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/welcome.py" line="38"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/welcome.py" line="39"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Öppna projekt…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/welcome.py" line="37"/>
        <source>Open the &amp;demo project</source>
        <translation>Öppna &amp;demoprojektet</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/welcome.py" line="40"/>
        <source>&amp;Import transcripts into a new project…</source>
        <translation>&amp;Importera utskrifter till ett nytt projekt…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/welcome.py" line="42"/>
        <source>Import from N&amp;Vivo, ATLAS.ti, MAXQDA, QualCoder (REFI-QDA)…</source>
        <translation>Importera från N&amp;Vivo, ATLAS.ti, MAXQDA, QualCoder (REFI-QDA)…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/welcome.py" line="44"/>
        <source>&amp;Settings…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
    <message>
        <location filename="../../qualcoder_htl/gui/welcome.py" line="52"/>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Senaste projekt:</translation>
    </message>
</context>
</TS>
