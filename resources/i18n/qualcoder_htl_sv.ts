<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About qualcoder-htl</source>
        <translation>Om qualcoder-htl</translation>
    </message>
    <message>
        <source>installed app</source>
        <translation>installerat program</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>från källkod</translation>
    </message>
    <message>
        <source>Thematic coding and pseudonymisation of Swedish interview transcripts. Every change is saved at once and can be undone. Nothing leaves your computer.</source>
        <translation>Tematisk kodning och pseudonymisering av svenska intervjutranskript. Varje ändring sparas direkt och kan ångras. Ingenting lämnar din dator.</translation>
    </message>
    <message>
        <source>qualcoder-htl is free software under the MIT licence.</source>
        <translation>qualcoder-htl är fri programvara under MIT-licensen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Swedish named-entity model&lt;/b&gt; (finds names for pseudonymisation): trained by the project on the &lt;i&gt;Swedish manually annotated NER corpus&lt;/i&gt; ({0}), sentences of &lt;i&gt;Webbnyheter 2012&lt;/i&gt; from Språkbanken, University of Gothenburg, annotated by its authors. The corpus is licensed under Creative Commons Attribution 4.0 International ({1}); the model and its word list are shared under the same licence, CC BY 4.0. The corpus itself is not included.</source>
        <translation>&lt;b&gt;Svensk modell för namnigenkänning&lt;/b&gt; (hittar namn vid pseudonymisering): tränad av projektet på &lt;i&gt;Swedish manually annotated NER corpus&lt;/i&gt; ({0}), meningar ur &lt;i&gt;Webbnyheter 2012&lt;/i&gt; från Språkbanken, Göteborgs universitet, annoterade av korpusens upphovspersoner. Korpusen är licensierad under Creative Commons Erkännande 4.0 Internationell (Creative Commons Attribution 4.0 International, {1}); modellen och dess ordlista delas under samma licens, CC BY 4.0. Själva korpusen ingår inte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;First names and surnames&lt;/b&gt; of many origins: the person lists of Faker (MIT licence). &lt;b&gt;Place names&lt;/b&gt;: GeoNames (CC BY 4.0). &lt;b&gt;Swedish word forms&lt;/b&gt;: the lemma table of spacy-lookups-data (MIT licence). &lt;b&gt;Word frequencies&lt;/b&gt;: wordfreq (Apache-2.0; its data CC BY-SA 4.0).</source>
        <translation>&lt;b&gt;För- och efternamn&lt;/b&gt; av många ursprung: personlistorna i Faker (MIT-licens). &lt;b&gt;Ortnamn&lt;/b&gt;: GeoNames (CC BY 4.0). &lt;b&gt;Svenska ordformer&lt;/b&gt;: lemmatabellen i spacy-lookups-data (MIT-licens). &lt;b&gt;Ordfrekvenser&lt;/b&gt;: wordfreq (Apache-2.0; dess data CC BY-SA 4.0).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo project&lt;/b&gt;: the interviews, people, schools and municipality are fiction written for qualcoder-htl; any likeness to real persons is accidental. Use it freely to try the program.</source>
        <translation>&lt;b&gt;Demoprojektet&lt;/b&gt;: intervjuerna, personerna, skolorna och kommunen är fiktion skriven för qualcoder-htl; likheter med verkliga personer är tillfälliga. Använd det fritt för att prova programmet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;REFI-QDA&lt;/b&gt; ({0}): the exchange format for NVivo, ATLAS.ti, MAXQDA and QualCoder. Its schemas and sample projects (MIT licence) are used by the tests only and are not part of the program.</source>
        <translation>&lt;b&gt;REFI-QDA&lt;/b&gt; ({0}): utbytesformatet för NVivo, ATLAS.ti, MAXQDA och QualCoder. Dess scheman och exempelprojekt (MIT-licens) används bara av testerna och ingår inte i programmet.</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3 ({0}); they are shared libraries in the program folder that you may replace with your own build. Their source: {1}.</source>
        <translation>Qt och PySide6 används under GNU Lesser General Public License v3 ({0}); de är delade bibliotek i programmappen som du får ersätta med en egen version. Källkoden finns på {1}.</translation>
    </message>
    <message>
        <source>The full licence texts of the bundled components are in their &lt;i&gt;.dist-info&lt;/i&gt; folders inside the program folder (installed app) or your Python environment.</source>
        <translation>De fullständiga licenstexterna för de medföljande komponenterna finns i deras &lt;i&gt;.dist-info&lt;/i&gt;-mappar i programmappen (installerat program) eller i din Python-miljö.</translation>
    </message>
    <message>
        <source>Bundled data</source>
        <translation>Medföljande data</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenter</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>&amp;Coders:</source>
        <translation>&amp;Kodare:</translation>
    </message>
    <message>
        <source>Count &amp;uncoded text</source>
        <translation>Räkna med &amp;okodad text</translation>
    </message>
    <message>
        <source>Text that no coder coded counts as agreement; it makes agreement look higher than it is</source>
        <translation>Text som ingen kodare kodat räknas som överensstämmelse; den får överensstämmelsen att se högre ut än den är</translation>
    </message>
    <message>
        <source>Code or source</source>
        <translation>Kod eller källa</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Tecken</translation>
    </message>
    <message>
        <source>Tick at least two coders to compare.</source>
        <translation>Kryssa i minst två kodare att jämföra.</translation>
    </message>
    <message>
        <source>Comparing the coders…</source>
        <translation>Jämför kodarna…</translation>
    </message>
    <message>
        <source>Units are characters of the text; hover over a figure for its reading.</source>
        <translation>Enheterna är tecken i texten; håll muspekaren över ett värde för dess tolkning.</translation>
    </message>
    <message>
        <source>Text that no coder coded is counted.</source>
        <translation>Text som ingen kodare kodat räknas med.</translation>
    </message>
    <message>
        <source>Text that no coder coded is left out.</source>
        <translation>Text som ingen kodare kodat är utelämnad.</translation>
    </message>
    <message>
        <source>All codes in all sources</source>
        <translation>Alla koder i alla källor</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>Per kod</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Per källa</translation>
    </message>
</context>
<context>
    <name>AnalysisViews</name>
    <message>
        <source>en</source>
        <comment>language code of this translation: sv</comment>
        <translation>sv</translation>
    </message>
    <message>
        <source>all columns</source>
        <translation>alla kolumner</translation>
    </message>
    <message>
        <source>Click to list its quotes.</source>
        <translation>Klicka för att lista cellens citat.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Double-click or Enter: open the passage. K: mark or unmark as key quote.</source>
        <translation>Dubbelklick eller Enter: öppna stället i texten. K: markera eller avmarkera som nyckelcitat.</translation>
    </message>
    <message>
        <source>Open the passage	Enter</source>
        <translation>Öppna stället i texten	Enter</translation>
    </message>
    <message>
        <source>Unmark key quote	K</source>
        <translation>Avmarkera nyckelcitat	K</translation>
    </message>
    <message>
        <source>Mark as key quote	K</source>
        <translation>Markera som nyckelcitat	K</translation>
    </message>
    <message>
        <source>Copy with citation</source>
        <translation>Kopiera med källhänvisning</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Creating the demo project…</source>
        <translation>Skapar demoprojektet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importerar {0}…</translation>
    </message>
    <message>
        <source>The demo project is a fresh copy: code freely, nothing else changes.</source>
        <translation>Demoprojektet är en ny kopia: koda fritt, inget annat påverkas.</translation>
    </message>
</context>
<context>
    <name>AssignSourcesDialog</name>
    <message>
        <source>Assign sources to coders</source>
        <translation>Tilldela källor till kodare</translation>
    </message>
    <message>
        <source>Tick the sources the coder is to code. Each coder can show only their own in the Sources panel.</source>
        <translation>Kryssa för de källor kodaren ska koda. Varje kodare kan visa bara sina egna i panelen Källor.</translation>
    </message>
    <message>
        <source>&amp;Coder:</source>
        <translation>&amp;Kodare:</translation>
    </message>
</context>
<context>
    <name>AttributeEditor</name>
    <message>
        <source>Attributes and cases</source>
        <translation>Attribut och fall</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Källor</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>New case from selected sources…</source>
        <translation>Nytt fall av valda källor…</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Ta bort fall</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nytt fall</translation>
    </message>
    <message numerus="yes">
        <source>Name of the case (%n source(s) chosen on the Sources tab):</source>
        <translation>
            <numerusform>Fallets namn (%n källa vald på fliken Källor):</numerusform>
            <numerusform>Fallets namn (%n källor valda på fliken Källor):</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the case “{0}”?</source>
        <translation>Ta bort fallet ”{0}”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>AttributeSheet</name>
    <message>
        <source>New attribute…</source>
        <translation>Nytt attribut…</translation>
    </message>
    <message>
        <source>Delete attribute…</source>
        <translation>Ta bort attribut…</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>Nytt attribut</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Kind of values:</source>
        <translation>Typ av värden:</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>date (YYYY-MM-DD)</source>
        <translation>datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>val</translation>
    </message>
    <message>
        <source>Choices, separated by commas:</source>
        <translation>Valmöjligheter, åtskilda med kommatecken:</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>Ta bort attribut</translation>
    </message>
    <message>
        <source>Click a cell of the attribute to delete first.</source>
        <translation>Klicka först i en cell i attributet som ska tas bort.</translation>
    </message>
    <message>
        <source>Delete the attribute “{0}” and all its values? You can undo this.</source>
        <translation>Ta bort attributet ”{0}” och alla dess värden? Det går att ångra.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>AttributeTableModel</name>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
</context>
<context>
    <name>CellQuotes</name>
    <message>
        <source>Choose a cell to see its quotes.</source>
        <translation>Välj en cell för att se dess citat.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>reading quotes…</source>
        <translation>läser citat…</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citat</numerusform>
            <numerusform>%n citat</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first {0} are shown; export for all)</source>
        <translation>(de första {0} visas; exportera för alla)</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Nothing to draw yet: code some text, or change the matrix&apos;s choices.</source>
        <translation>Inget att rita ännu: koda lite text, eller ändra matrisens val.</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <source>Change the colour</source>
        <translation>Byt färg</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>What the code means</source>
        <translation>Vad koden betyder</translation>
    </message>
    <message>
        <source>What belongs here</source>
        <translation>Vad som hör hit</translation>
    </message>
    <message>
        <source>What does not (and where it goes)</source>
        <translation>Vad som inte hör hit (och var det hör hemma)</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Inkludera:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>&amp;Exkludera:</translation>
    </message>
    <message>
        <source>No code chosen.</source>
        <translation>Ingen kod vald.</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) in {0}</source>
        <translation>
            <numerusform>%n kodning i {0}</numerusform>
            <numerusform>%n kodningar i {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n källa</numerusform>
            <numerusform>%n källor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodningar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Number of coded passages</source>
        <translation>Antal kodade avsnitt</translation>
    </message>
    <message>
        <source>Number of sources with at least one coding</source>
        <translation>Antal källor med minst en kodning</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>New code at the top level (Ins)</source>
        <translation>Ny kod på översta nivån (Ins)</translation>
    </message>
    <message>
        <source>Subcode</source>
        <translation>Underkod</translation>
    </message>
    <message>
        <source>New code under the chosen one (Shift+Ins)</source>
        <translation>Ny kod under den valda (Skift+Ins)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Flytta…</translation>
    </message>
    <message>
        <source>Move the chosen code under another (Ctrl+M)</source>
        <translation>Flytta den valda koden under en annan (Ctrl+M)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Slå ihop…</translation>
    </message>
    <message>
        <source>Merge the chosen code into another</source>
        <translation>Slå ihop den valda koden med en annan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Använd</translation>
    </message>
    <message>
        <source>Apply the chosen code to the selected text (Enter)</source>
        <translation>Koda den markerade texten med den valda koden (Enter)</translation>
    </message>
    <message>
        <source>Click a code to choose it; double-click, Enter or dragging text onto it applies it.</source>
        <translation>Klicka på en kod för att välja den; dubbelklick, Enter eller text som dras till den kodar.</translation>
    </message>
    <message>
        <source>Chosen: {0} (Ctrl+Enter or double-click applies it to the selected text)</source>
        <translation>Vald: {0} (Ctrl+Enter eller dubbelklick kodar den markerade texten)</translation>
    </message>
    <message>
        <source>Coded with “{0}”.</source>
        <translation>Kodat med ”{0}”.</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Ny kod</translation>
    </message>
    <message>
        <source>Name of the new code:</source>
        <translation>Den nya kodens namn:</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(översta nivån)</translation>
    </message>
    <message>
        <source>Move code</source>
        <translation>Flytta kod</translation>
    </message>
    <message>
        <source>Move “{0}” under:</source>
        <translation>Flytta ”{0}” under:</translation>
    </message>
    <message>
        <source>Merge codes</source>
        <translation>Slå ihop koder</translation>
    </message>
    <message>
        <source>Merge “{0}” into:</source>
        <translation>Slå ihop ”{0}” med:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <source>Delete the code “{0}”?</source>
        <translation>Ta bort koden ”{0}”?</translation>
    </message>
    <message numerus="yes">
        <source>It is applied to %n passage(s) in {0}.</source>
        <translation>
            <numerusform>Den används på %n avsnitt i {0}.</numerusform>
            <numerusform>Den används på %n avsnitt i {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n källa</numerusform>
            <numerusform>%n källor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n subcode(s) move up one level.</source>
        <translation>
            <numerusform>Dess %n underkod flyttas upp en nivå.</numerusform>
            <numerusform>Dess %n underkoder flyttas upp en nivå.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the code and its %n coding(s)</source>
        <translation>
            <numerusform>Ta bort koden och dess %n kodning</numerusform>
            <numerusform>Ta bort koden och dess %n kodningar</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Det går att ångra med Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Merge “{0}” into “{1}”? Its %n coding(s), subcodes and memos move to “{1}” and “{0}” is removed. You can undo this.</source>
        <translation>
            <numerusform>Slå ihop ”{0}” med ”{1}”? Dess %n kodning, underkoder och memon flyttas till ”{1}” och ”{0}” tas bort. Det går att ångra.</numerusform>
            <numerusform>Slå ihop ”{0}” med ”{1}”? Dess %n kodningar, underkoder och memon flyttas till ”{1}” och ”{0}” tas bort. Det går att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the codings to another code…</source>
        <translation>Flytta kodningarna till en annan kod…</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Ta bort kod</translation>
    </message>
    <message>
        <source>Move codings</source>
        <translation>Flytta kodningar</translation>
    </message>
    <message>
        <source>Move the codings of “{0}” to:</source>
        <translation>Flytta kodningarna för ”{0}” till:</translation>
    </message>
</context>
<context>
    <name>CoderFilter</name>
    <message>
        <source>Code &amp;blind (hide the other coders&apos; codings)</source>
        <translation>Koda &amp;blint (dölj de andra kodarnas kodningar)</translation>
    </message>
</context>
<context>
    <name>CoderFilterButton</name>
    <message>
        <source>Coders</source>
        <translation>Kodare</translation>
    </message>
    <message>
        <source>Show the codings of chosen coders only; each coder&apos;s colour marks the top of their coding bars</source>
        <translation>Visa bara valda kodares kodningar; varje kodares färg markerar överkanten på deras kodningsstaplar</translation>
    </message>
    <message>
        <source>Show all coders</source>
        <translation>Visa alla kodare</translation>
    </message>
    <message>
        <source>Coder colour</source>
        <translation>Kodarfärg</translation>
    </message>
    <message>
        <source>Coders (filtered)</source>
        <translation>Kodare (filtrerat)</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <source>Open a source first.</source>
        <translation>Öppna en källa först.</translation>
    </message>
    <message>
        <source>Save or cancel the text edit first.</source>
        <translation>Spara eller avbryt redigeringen av texten först.</translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation>Markera text först.</translation>
    </message>
    <message>
        <source>There is no coding here.</source>
        <translation>Här finns ingen kodning.</translation>
    </message>
    <message>
        <source>Which coding?</source>
        <translation>Vilken kodning?</translation>
    </message>
    <message>
        <source>Several codings lie here:</source>
        <translation>Här ligger flera kodningar:</translation>
    </message>
    <message>
        <source>Coded with “{0}”.</source>
        <translation>Kodat med ”{0}”.</translation>
    </message>
    <message>
        <source>Choose a code in the codebook first.</source>
        <translation>Välj först en kod i kodboken.</translation>
    </message>
    <message>
        <source>No recent code number {0} yet.</source>
        <translation>Det finns ännu ingen senast använd kod nummer {0}.</translation>
    </message>
    <message>
        <source>New code “{0}” applied.</source>
        <translation>Den nya koden ”{0}” har använts.</translation>
    </message>
    <message>
        <source>The selection is not coded.</source>
        <translation>Markeringen är inte kodad.</translation>
    </message>
    <message>
        <source>Remove which code?</source>
        <translation>Vilken kod ska tas bort?</translation>
    </message>
    <message>
        <source>The selection is coded with:</source>
        <translation>Markeringen är kodad med:</translation>
    </message>
    <message>
        <source>Click a coding bar, select the new extent in the text, then resize.</source>
        <translation>Klicka på en kodningsstapel, markera det nya omfånget i texten och ändra sedan omfånget.</translation>
    </message>
    <message>
        <source>Memo on a coding of “{0}”</source>
        <translation>Memo om en kodning med ”{0}”</translation>
    </message>
    <message>
        <source>Another coder saved this memo at the same time: both texts are kept.</source>
        <translation>En annan kodare sparade memot samtidigt: båda texterna finns kvar.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Källa:</translation>
    </message>
    <message>
        <source>&amp;Coders</source>
        <translation>K&amp;odare</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alla</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ingen</translation>
    </message>
    <message>
        <source>Accept {0}&apos;s</source>
        <translation>Godta kodningen av {0}</translation>
    </message>
    <message>
        <source>Tick two coders or more in the Coders menu.</source>
        <translation>Markera två kodare eller fler i menyn Kodare.</translation>
    </message>
    <message>
        <source>No disagreements between these coders here.</source>
        <translation>Inga oenigheter mellan de här kodarna här.</translation>
    </message>
    <message>
        <source>You are coding blind: switch it off in the View menu to compare.</source>
        <translation>Du kodar blint: stäng av det i menyn Visa för att jämföra.</translation>
    </message>
    <message>
        <source>Disagreement {0} of {1}: “{2}”, coded by {3} only (N next, P previous)</source>
        <translation>Oenighet {0} av {1}: ”{2}”, kodad bara av {3} (N nästa, P föregående)</translation>
    </message>
</context>
<context>
    <name>CopyForCoderDialog</name>
    <message>
        <source>Copy for a coder</source>
        <translation>Kopia för en kodare</translation>
    </message>
    <message>
        <source>A copy of the project for one coder to code in. Merge it back with Project ▸ Merge a coder&apos;s copy.</source>
        <translation>En kopia av projektet som en kodare kodar i. Sammanfoga den sedan med Projekt ▸ Sammanfoga en kodares kopia.</translation>
    </message>
    <message>
        <source>An existing coder or a new name</source>
        <translation>En befintlig kodare eller ett nytt namn</translation>
    </message>
    <message>
        <source>&amp;Coder:</source>
        <translation>&amp;Kodare:</translation>
    </message>
    <message>
        <source>Sources in the copy (those assigned to the coder are ticked, or all):</source>
        <translation>Källor i kopian (de som tilldelats kodaren är markerade, annars alla):</translation>
    </message>
    <message>
        <source>The coder may see the original text and the pseudonymisation &amp;key</source>
        <translation>Kodaren får se originaltexten och pseudonymiserings&amp;nyckeln</translation>
    </message>
    <message>
        <source>Without it the copy holds pseudonymised text only</source>
        <translation>Utan det innehåller kopian endast pseudonymiserad text</translation>
    </message>
    <message>
        <source>The coder codes &amp;blind (the others&apos; codings and memos hidden in the copy)</source>
        <translation>Kodaren kodar &amp;blint (de andras kodningar och memon dolda i kopian)</translation>
    </message>
    <message>
        <source>&amp;Write the copy…</source>
        <translation>&amp;Skriv kopian…</translation>
    </message>
    <message>
        <source>Open suggestions</source>
        <translation>Öppna förslag</translation>
    </message>
    <message>
        <source>Suggestions still open: {0}. The copy may contain names nobody has reviewed. Review them first, or make the copy anyway?</source>
        <translation>Förslag som fortfarande är öppna: {0}. Kopian kan innehålla namn som ingen har granskat. Granska dem först, eller gör kopian ändå?</translation>
    </message>
    <message>
        <source>Make the copy anyway</source>
        <translation>Gör kopian ändå</translation>
    </message>
    <message>
        <source>Write the copy for {0}</source>
        <translation>Skriv kopian för {0}</translation>
    </message>
    <message>
        <source>Project files (*.qhtl)</source>
        <translation>Projektfiler (*.qhtl)</translation>
    </message>
</context>
<context>
    <name>DetectionBar</name>
    <message>
        <source>&amp;Detect identifiers</source>
        <translation>&amp;Hitta identifierande uppgifter</translation>
    </message>
    <message>
        <source>Find names, places, numbers and dates in every source (sources already done keep their decisions)</source>
        <translation>Hitta namn, platser, nummer och datum i alla källor (källor som redan gåtts igenom behåller sina beslut)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Loading the detector…</source>
        <translation>Läser in detektorn…</translation>
    </message>
    <message>
        <source>Cancelling after this source…</source>
        <translation>Avbryter efter den här källan…</translation>
    </message>
    <message>
        <source>Detecting in {0} ({1} of {2})…</source>
        <translation>Söker i {0} ({1} av {2})…</translation>
    </message>
    <message numerus="yes">
        <source>Detection cancelled: %n source(s) done, the others follow on the next run.</source>
        <translation>
            <numerusform>Sökningen avbröts: %n källa klar, de övriga tas med nästa gång.</numerusform>
            <numerusform>Sökningen avbröts: %n källor klara, de övriga tas med nästa gång.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detection found %n new suggestion(s) in {0}.</source>
        <translation>
            <numerusform>Sökningen gav %n nytt förslag i {0}.</numerusform>
            <numerusform>Sökningen gav %n nya förslag i {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n källa</numerusform>
            <numerusform>%n källor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Codebook</source>
        <translation>Kodbok</translation>
    </message>
    <message>
        <source>Apply the chosen code</source>
        <translation>Använd den valda koden</translation>
    </message>
    <message>
        <source>Rename the chosen code</source>
        <translation>Byt namn på den valda koden</translation>
    </message>
    <message>
        <source>New code / subcode</source>
        <translation>Ny kod / underkod</translation>
    </message>
    <message>
        <source>Delete the chosen code</source>
        <translation>Ta bort den valda koden</translation>
    </message>
    <message>
        <source>Quick code</source>
        <translation>Snabbkodning</translation>
    </message>
    <message>
        <source>Choose, apply, close</source>
        <translation>Välj, använd, stäng</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Open the chosen source</source>
        <translation>Öppna den valda källan</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Forget the chosen coding</source>
        <translation>Släpp den valda kodningen</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneler</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Flytta mellan fält</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <source>Edit text</source>
        <translation>Redigera text</translation>
    </message>
    <message>
        <source>Fix a typo or remove a stray line; codings follow the change</source>
        <translation>Rätta ett stavfel eller ta bort en lös rad; kodningarna följer med</translation>
    </message>
    <message>
        <source>Open a source from the Sources panel (double-click or Enter).</source>
        <translation>Öppna en källa i panelen Källor (dubbelklicka eller tryck Enter).</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n ord</numerusform>
            <numerusform>%n ord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) in this source. Click a bar in the right margin to choose one.</source>
        <translation>
            <numerusform>%n kodning i den här källan. Klicka på stapeln i högermarginalen för att välja den.</numerusform>
            <numerusform>%n kodningar i den här källan. Klicka på en stapel i högermarginalen för att välja en.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coding: {0}</source>
        <translation>Kodning: {0}</translation>
    </message>
    <message>
        <source>Unmark key quote</source>
        <translation>Avmarkera nyckelcitat</translation>
    </message>
    <message>
        <source>Mark as key quote</source>
        <translation>Markera som nyckelcitat</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <source>Resize to the selected text</source>
        <translation>Ändra omfånget till den markerade texten</translation>
    </message>
    <message>
        <source>Remove this coding</source>
        <translation>Ta bort den här kodningen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Apply “{0}”</source>
        <translation>Använd ”{0}”</translation>
    </message>
    <message>
        <source>Apply the current code</source>
        <translation>Använd den aktuella koden</translation>
    </message>
    <message>
        <source>Quick code…</source>
        <translation>Snabbkoda…</translation>
    </message>
    <message>
        <source>New code from selection (in vivo)</source>
        <translation>Ny kod från markeringen (in vivo)</translation>
    </message>
    <message>
        <source>Remove a code from the selection</source>
        <translation>Ta bort en kod från markeringen</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Välj</translation>
    </message>
    <message>
        <source>Toggle key quote</source>
        <translation>Växla nyckelcitat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Edit the text…</source>
        <translation>Redigera texten…</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>coded by {0}</source>
        <translation>kodat av {0}</translation>
    </message>
    <message>
        <source>key quote</source>
        <translation>nyckelcitat</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
</context>
<context>
    <name>EmptyProjectPage</name>
    <message>
        <source>This project has no transcripts yet</source>
        <translation>Projektet har inga transkript än</translation>
    </message>
    <message>
        <source>Import interview transcripts (Word, text, OpenDocument, RTF) to start coding. An attribute sheet can give each transcript its respondent group, level and round.</source>
        <translation>Importera intervjutranskript (Word, text, OpenDocument, RTF) för att börja koda. En attributtabell kan ge varje transkript dess respondentgrupp, nivå och omgång.</translation>
    </message>
    <message>
        <source>&amp;Import transcripts…</source>
        <translation>&amp;Importera transkript…</translation>
    </message>
    <message>
        <source>Or drop transcript files or a whole folder on this window.</source>
        <translation>Eller släpp transkriptfiler eller en hel mapp på det här fönstret.</translation>
    </message>
    <message>
        <source>Open the &amp;demo project to try things first</source>
        <translation>Öppna &amp;demoprojektet och prova först</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>This key opens the project without the passphrase. Print it or write it down now and keep it apart from the computer and the passphrase (in a locked cabinet, with the project&apos;s ethics papers). Anyone who has it can read the project.</source>
        <translation>Den här nyckeln öppnar projektet utan lösenfrasen. Skriv ut den eller skriv ner den nu och förvara den skild från datorn och lösenfrasen (i ett låst skåp, med projektets etikhandlingar). Den som har den kan läsa projektet.</translation>
    </message>
    <message>
        <source>Encrypt the project</source>
        <translation>Kryptera projektet</translation>
    </message>
    <message>
        <source>The project is already encrypted.</source>
        <translation>Projektet är redan krypterat.</translation>
    </message>
    <message>
        <source>The project is closed, encrypted and opened again; the undo history is cleared. Backups made before stay unencrypted: delete them afterwards.</source>
        <translation>Projektet stängs, krypteras och öppnas igen; ångrahistoriken töms. Säkerhetskopior som gjorts tidigare förblir okrypterade: radera dem efteråt.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Kryptera</translation>
    </message>
    <message>
        <source>Encrypting {name}…</source>
        <translation>Krypterar {name}…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>The project is not encrypted.</source>
        <translation>Projektet är inte krypterat.</translation>
    </message>
    <message>
        <source>Changing the passphrase of {name}…</source>
        <translation>Byter lösenfras för {name}…</translation>
    </message>
    <message>
        <source>Decrypt the project</source>
        <translation>Dekryptera projektet</translation>
    </message>
    <message>
        <source>The project will be stored unencrypted: anyone who gets the file can read every transcript. The project is closed and opened again; the undo history is cleared.</source>
        <translation>Projektet kommer att sparas okrypterat: den som får tag i filen kan läsa varje transkript. Projektet stängs och öppnas igen; ångrahistoriken töms.</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Dekryptera</translation>
    </message>
    <message>
        <source>Decrypting {name}…</source>
        <translation>Dekrypterar {name}…</translation>
    </message>
    <message>
        <source>New encrypted project</source>
        <translation>Nytt krypterat projekt</translation>
    </message>
    <message>
        <source>qualcoder-htl projects (*.qhtl)</source>
        <translation>qualcoder-htl-projekt (*.qhtl)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>Det går inte</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>An unexpected error stopped the last action. Your project is safe: every change is saved as soon as it is made, and the failed action was not applied.

If it happens again, please copy the details and send them to the developers.</source>
        <translation>Ett oväntat fel stoppade den senaste åtgärden. Ditt projekt är säkert: varje ändring sparas så fort den görs, och den misslyckade åtgärden genomfördes inte.

Om det händer igen, kopiera detaljerna och skicka dem till utvecklarna.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiera detaljer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>The theme &amp;matrix</source>
        <translation>Tema&amp;matrisen</translation>
    </message>
    <message>
        <source>The &amp;quote extract</source>
        <translation>&amp;Citatutdraget</translation>
    </message>
    <message>
        <source>The theme &amp;report (every theme: table and quotes)</source>
        <translation>Tema&amp;rapporten (alla teman: tabell och citat)</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Vad:</translation>
    </message>
    <message>
        <source>Key quotes only</source>
        <translation>Endast nyckelcitat</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>quotes per group:</source>
        <translation>citat per grupp:</translation>
    </message>
    <message>
        <source>&amp;Group the report by:</source>
        <translation>&amp;Gruppera rapporten efter:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>Dokumentets &amp;språk:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Spara s&amp;om:</translation>
    </message>
    <message>
        <source>&amp;Open the document</source>
        <translation>Ö&amp;ppna dokumentet</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Spara exporten som</translation>
    </message>
    <message>
        <source>Choose where to save the document.</source>
        <translation>Välj var dokumentet ska sparas.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Replace the document?</source>
        <translation>Ersätta dokumentet?</translation>
    </message>
    <message>
        <source>{0} exists already. Replace it with this export?</source>
        <translation>{0} finns redan. Ersätta det med den här exporten?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Exporting: {0}</source>
        <translation>Exporterar: {0}</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Sparat: {0}</translation>
    </message>
    <message>
        <source>Cancelled: no document was written.</source>
        <translation>Avbrutet: inget dokument skrevs.</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>Inte exporterat: {0}</translation>
    </message>
    <message>
        <source>The export failed; nothing was written.</source>
        <translation>Exporten misslyckades; inget skrevs.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>ExportLog</name>
    <message>
        <source>Retire the originals</source>
        <translation>Avveckla originalen</translation>
    </message>
    <message>
        <source>At the end of a study: the original texts, the original files and the pseudonymisation key of {0} are deleted for good; the pseudonymised texts, codings, memos and attributes stay. This cannot be undone, and no backup is made: backups made earlier still hold the originals, so delete them too. The action is recorded in the export log.</source>
        <translation>När en studie avslutas: originaltexterna, originalfilerna och pseudonymiseringsnyckeln i {0} raderas för gott; de pseudonymiserade texterna, kodningarna, memona och attributen finns kvar. Det går inte att ångra och ingen säkerhetskopia görs: tidigare säkerhetskopior innehåller fortfarande originalen, så radera dem också. Åtgärden registreras i exportloggen.</translation>
    </message>
    <message>
        <source>Delete the originals</source>
        <translation>Radera originalen</translation>
    </message>
    <message>
        <source>The originals are deleted: {0} sources now hold pseudonymised text only.</source>
        <translation>Originalen är raderade: {0} källor innehåller nu bara pseudonymiserad text.</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <source>Export log</source>
        <translation>Exportlogg</translation>
    </message>
    <message>
        <source>Every export, shared copy, key export and report of this project, with its result. File names only, never folders.</source>
        <translation>Varje export, delad kopia, nyckelexport och rapport från projektet, med resultat. Bara filnamn, aldrig mappar.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tid (UTC)</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Kodare</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>&amp;Print / Save as…</source>
        <translation>&amp;Skriv ut / Spara som…</translation>
    </message>
    <message>
        <source>Save the export log as</source>
        <translation>Spara exportloggen som</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Text (*.txt)</source>
        <translation>Word-dokument (*.docx);;Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>The file</source>
        <translation>Filen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Skriven av:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Källor:</translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation>Koder:</translation>
    </message>
    <message>
        <source>Codings:</source>
        <translation>Kodningar:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Användare:</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Dessutom:</translation>
    </message>
    <message>
        <source>Positions:</source>
        <translation>Positioner:</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>läser…</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(anges inte)</translation>
    </message>
    <message>
        <source>project archive (.qdpx)</source>
        <translation>projektarkiv (.qdpx)</translation>
    </message>
    <message>
        <source>codebook only (.qdc)</source>
        <translation>endast kodbok (.qdc)</translation>
    </message>
    <message>
        <source>{0} ({1} at the top level)</source>
        <translation>{0} ({1} på översta nivån)</translation>
    </message>
    <message>
        <source>(project created by {0})</source>
        <translation>(projektet skapat av {0})</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n fall</numerusform>
            <numerusform>%n fall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n attribut</numerusform>
            <numerusform>%n attribut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n memo</numerusform>
            <numerusform>%n memon</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: {0}</source>
        <translation>hoppade över: {0}</translation>
    </message>
    <message>
        <source>warning: {0}</source>
        <translation>varning: {0}</translation>
    </message>
</context>
<context>
    <name>FilterButton</name>
    <message>
        <source>&amp;Clear the filter</source>
        <translation>&amp;Rensa filtret</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Kodare</translation>
    </message>
    <message>
        <source>&amp;Filter ({0})</source>
        <translation>&amp;Filter ({0})</translation>
    </message>
    <message>
        <source>&amp;Filter: all</source>
        <translation>&amp;Filter: alla</translation>
    </message>
    <message>
        <source>Every coder and every source counts.</source>
        <translation>Alla kodare och alla källor räknas.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Användarguide</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import transcripts</source>
        <translation>Importera transkript</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v av %m filer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Lägg till &amp;filer…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Lägg till &amp;mapp…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>CSV or Excel: a row per file (optional)</source>
        <translation>CSV eller Excel: en rad per fil (valfritt)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Attribute &amp;sheet:</source>
        <translation>Attribut&amp;ark:</translation>
    </message>
    <message>
        <source>File-name &amp;pattern:</source>
        <translation>Filnamns&amp;mönster:</translation>
    </message>
    <message>
        <source>Speaker labels</source>
        <translation>Talarbeteckningar</translation>
    </message>
    <message>
        <source>Find speaker turns</source>
        <translation>Hitta talarturer</translation>
    </message>
    <message>
        <source>I&amp;nterviewer labels:</source>
        <translation>Beteckningar för i&amp;ntervjuare:</translation>
    </message>
    <message>
        <source>R&amp;espondent labels:</source>
        <translation>Beteckningar för r&amp;espondent:</translation>
    </message>
    <message>
        <source>Names and initials as labels (“Anna:”, “AS:”)</source>
        <translation>Namn och initialer som beteckningar (”Anna:”, ”AS:”)</translation>
    </message>
    <message>
        <source>Timestamps before labels (“[00:12:45] IP:”)</source>
        <translation>Tidsstämplar före beteckningar (”[00:12:45] IP:”)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Choose transcripts</source>
        <translation>Välj transkript</translation>
    </message>
    <message>
        <source>Transcripts ({0})</source>
        <translation>Transkript ({0})</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Välj en mapp</translation>
    </message>
    <message>
        <source>Choose an attribute sheet</source>
        <translation>Välj ett attributark</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Kalkylark (*.csv *.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were not imported.</source>
        <translation>
            <numerusform>Avbrutet: %n fil importerades inte.</numerusform>
            <numerusform>Avbrutet: %n filer importerades inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Läser {0}…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Avbryter efter den aktuella filen…</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importerad</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dubblett</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppades över</translation>
    </message>
    <message>
        <source>Imported: {0} · duplicates: {1} · errors: {2}.</source>
        <translation>Importerade: {0} · dubbletter: {1} · fel: {2}.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) removes this import as a whole.</source>
        <translation>Ångra (Ctrl+Z) tar bort hela importen.</translation>
    </message>
    <message>
        <source>{0} turns by {1} speakers: {2}</source>
        <translation>{0} repliker av {1} talare: {2}</translation>
    </message>
    <message>
        <source>no speaker turns found</source>
        <translation>inga talarrepliker hittades</translation>
    </message>
    <message>
        <source>{0} timestamps</source>
        <translation>{0} tidsstämplar</translation>
    </message>
    <message>
        <source>no row in the attribute sheet matched</source>
        <translation>ingen rad i attributtabellen passade</translation>
    </message>
</context>
<context>
    <name>JobProgressMixin</name>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>Move the key to a separate file</source>
        <translation>Flytta nyckeln till en separat fil</translation>
    </message>
    <message>
        <source>The key file is encrypted with a passphrase of its own. Without it, the originals cannot be brought back: keep it, and the file, apart from the project.</source>
        <translation>Nyckelfilen krypteras med en egen lösenfras. Utan den går originalen inte att hämta tillbaka: förvara den, och filen, skilda från projektet.</translation>
    </message>
    <message>
        <source>The key is kept apart in {0}: {1} sources now hold pseudonymised text only, and the project file holds no original. Keep the key file and its passphrase apart from the project.</source>
        <translation>Nyckeln förvaras separat i {0}: {1} källor innehåller nu bara pseudonymiserad text, och projektfilen innehåller inga original. Förvara nyckelfilen och lösenfrasen skilda från projektet.</translation>
    </message>
    <message>
        <source>Backups beside the project held the key and were deleted: {0}.</source>
        <translation>Säkerhetskopior bredvid projektet innehöll nyckeln och raderades: {0}.</translation>
    </message>
    <message>
        <source>Bring the key back</source>
        <translation>Hämta tillbaka nyckeln</translation>
    </message>
    <message>
        <source>The passphrase of {0}:</source>
        <translation>Lösenfrasen för {0}:</translation>
    </message>
    <message>
        <source>The key is back in the project: {0} sources hold their original text again.</source>
        <translation>Nyckeln är tillbaka i projektet: {0} källor har sin originaltext igen.</translation>
    </message>
    <message>
        <source>qualcoder-htl key files (*.qhtlkey)</source>
        <translation>nyckelfiler för qualcoder-htl (*.qhtlkey)</translation>
    </message>
    <message>
        <source>The pseudonymisation key is kept apart in a separate key file: the text is pseudonymised; coding, analysis and exports work as usual. Detection, review and re-identification need the key back (Pseudonymisation → Bring the key back…).</source>
        <translation>Nyckeln förvaras separat i en nyckelfil: texten är pseudonymiserad; kodning, analys och export fungerar som vanligt. Sökning, granskning och återidentifiering kräver att nyckeln hämtas tillbaka (Pseudonymisering → Hämta tillbaka nyckeln…).</translation>
    </message>
</context>
<context>
    <name>KnownDialog</name>
    <message>
        <source>Known identifiers</source>
        <translation>Kända uppgifter</translation>
    </message>
    <message>
        <source>The project&apos;s own participants, schools, neighbourhoods and workplaces. Detection finds them in every form (Annas, Tjärnaskolans, Tjärnaskolegården). Double-click to edit; every change can be undone from the Edit menu.</source>
        <translation>Projektets egna deltagare, skolor, bostadsområden och arbetsplatser. Sökningen hittar dem i alla former (Annas, Tjärnaskolans, Tjärnaskolegården). Dubbelklicka för att ändra; varje ändring kan ångras från menyn Redigera.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importera CSV…</translation>
    </message>
    <message>
        <source>A CSV file with the columns text, type and (optional) variants separated by |</source>
        <translation>En CSV-fil med kolumnerna text, typ och (valfritt) varianter åtskilda med |</translation>
    </message>
    <message>
        <source>Add a known identifier</source>
        <translation>Lägg till en känd identifierare</translation>
    </message>
    <message>
        <source>Name as it is written (e.g. Anna Söderlund, Tjärnaskolan):</source>
        <translation>Namnet som det skrivs (t.ex. Anna Söderlund, Tjärnaskolan):</translation>
    </message>
    <message>
        <source>Type of {0}:</source>
        <translation>Typ av {0}:</translation>
    </message>
    <message>
        <source>Import known identifiers</source>
        <translation>Importera kända identifierare</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Known identifiers imported</source>
        <translation>Kända uppgifter importerade</translation>
    </message>
    <message>
        <source>Added {0} known identifiers; {1} were already in the list.</source>
        <translation>{0} kända identifierare tillagda; {1} fanns redan i listan.</translation>
    </message>
</context>
<context>
    <name>KnownModel</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianter</translation>
    </message>
    <message>
        <source>Other spellings, separated by commas</source>
        <translation>Andra stavningar, åtskilda med kommatecken</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projektet används</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Öppna det skrivskyddat?</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Öppna skrivskyddat</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>qualcoder-htl projects (*.qhtl)</source>
        <translation>qualcoder-htl-projekt (*.qhtl)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Ångra {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Gör om {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>MatrixChoices</name>
    <message>
        <source>Roll &amp;up subthemes</source>
        <translation>Summera &amp;underteman</translation>
    </message>
    <message>
        <source>A theme counts the passages of the themes below it</source>
        <translation>Ett tema räknar också ställena i temana under det</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Rader:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolumner:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mått:</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <source>Themes × themes: overlapping codings</source>
        <translation>Teman × teman: överlappande kodningar</translation>
    </message>
    <message>
        <source>Themes × themes: same speaker turn</source>
        <translation>Teman × teman: samma talartur</translation>
    </message>
    <message>
        <source>subthemes rolled up</source>
        <translation>underteman summerade</translation>
    </message>
    <message>
        <source>filter: {0}</source>
        <translation>urval: {0}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n källa</numerusform>
            <numerusform>%n källor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n co-occurrence(s) in {0}</source>
        <translation>
            <numerusform>%n samförekomst i {0}</numerusform>
            <numerusform>%n samförekomster i {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s) in {0} ({1})</source>
        <translation>
            <numerusform>%n kodat segment i {0} ({1})</numerusform>
            <numerusform>%n kodade segment i {0} ({1})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <source>{0} × {1} · {2} · {3}</source>
        <translation>{0} × {1} · {2} · {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n källa</numerusform>
            <numerusform>%n källor</numerusform>
        </translation>
    </message>
    <message>
        <source>filter: {0}</source>
        <translation>urval: {0}</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <source>The matrix could not be computed.</source>
        <translation>Matrisen kunde inte beräknas.</translation>
    </message>
    <message>
        <source>No themes yet: create codes in the codebook.</source>
        <translation>Inga teman än: skapa koder i kodboken.</translation>
    </message>
    <message>
        <source>co-occurrences</source>
        <translation>samförekomster</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>teman</translation>
    </message>
    <message>
        <source>Click a cell to list its quotes.</source>
        <translation>Klicka på en cell för att lista dess citat.</translation>
    </message>
</context>
<context>
    <name>MemoListModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Coding: {0} in {1}</source>
        <translation>Kodning: {0} i {1}</translation>
    </message>
    <message>
        <source>(empty memo)</source>
        <translation>(tomt memo)</translation>
    </message>
</context>
<context>
    <name>MemosPanel</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>project memos</source>
        <translation>projektmemon</translation>
    </message>
    <message>
        <source>memos on the open source</source>
        <translation>memon om den öppna källan</translation>
    </message>
    <message>
        <source>memos on the selected code</source>
        <translation>memon om den valda koden</translation>
    </message>
    <message>
        <source>coding memos</source>
        <translation>kodningsmemon</translation>
    </message>
    <message>
        <source>all memos</source>
        <translation>alla memon</translation>
    </message>
    <message>
        <source>Only the memos of one coder</source>
        <translation>Bara en kodares memon</translation>
    </message>
    <message>
        <source>Only the memos on one source and its codings</source>
        <translation>Bara memon om en källa och dess kodningar</translation>
    </message>
    <message>
        <source>&amp;New memo</source>
        <translation>&amp;Nytt memo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Choose a memo or make a new one.</source>
        <translation>Välj ett memo eller skriv ett nytt.</translation>
    </message>
    <message>
        <source>all coders</source>
        <translation>alla kodare</translation>
    </message>
    <message>
        <source>all sources</source>
        <translation>alla källor</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Another coder saved this memo at the same time: both texts are kept.</source>
        <translation>En annan kodare sparade memot samtidigt: båda texterna finns kvar.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Öppna projekt…</translation>
    </message>
    <message>
        <source>Open &amp;server project…</source>
        <translation>Öppna &amp;serverprojekt…</translation>
    </message>
    <message>
        <source>A project on your team&apos;s PostgreSQL server</source>
        <translation>Ett projekt på ert teams PostgreSQL-server</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>Öppna &amp;demoprojektet</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>S&amp;täng projektet</translation>
    </message>
    <message>
        <source>&amp;Import transcripts…</source>
        <translation>&amp;Importera transkript…</translation>
    </message>
    <message>
        <source>E&amp;xport REFI-QDA project (.qdpx)…</source>
        <translation>E&amp;xportera REFI-QDA-projekt (.qdpx)…</translation>
    </message>
    <message>
        <source>For colleagues in NVivo, ATLAS.ti, MAXQDA or QualCoder</source>
        <translation>För kolleger i NVivo, ATLAS.ti, MAXQDA eller QualCoder</translation>
    </message>
    <message>
        <source>Export code&amp;book (.qdc)…</source>
        <translation>Exportera &amp;kodbok (.qdc)…</translation>
    </message>
    <message>
        <source>Im&amp;port REFI-QDA (.qdpx/.qdc)…</source>
        <translation>Importera &amp;REFI-QDA (.qdpx/.qdc)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Find in project…</source>
        <translation>&amp;Sök i projektet…</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Kodning</translation>
    </message>
    <message>
        <source>&amp;Apply the current code</source>
        <translation>&amp;Använd den aktuella koden</translation>
    </message>
    <message>
        <source>Code the selected text with the code chosen in the codebook</source>
        <translation>Koda den markerade texten med koden som är vald i kodboken</translation>
    </message>
    <message>
        <source>&amp;Quick code…</source>
        <translation>S&amp;nabbkoda…</translation>
    </message>
    <message>
        <source>Type a few letters of a code, Enter applies it</source>
        <translation>Skriv några bokstäver av en kod, Enter använder den</translation>
    </message>
    <message>
        <source>New code from selection (&amp;in vivo)</source>
        <translation>Ny kod från markeringen (&amp;in vivo)</translation>
    </message>
    <message>
        <source>&amp;Remove a code from the selection</source>
        <translation>&amp;Ta bort en kod från markeringen</translation>
    </message>
    <message>
        <source>Mark or unmark &amp;key quote</source>
        <translation>Markera eller avmarkera n&amp;yckelcitat</translation>
    </message>
    <message>
        <source>Coding &amp;memo…</source>
        <translation>Kodnings&amp;memo…</translation>
    </message>
    <message>
        <source>Resize the chosen coding to the selection</source>
        <translation>Ändra den valda kodningens omfång till markeringen</translation>
    </message>
    <message>
        <source>Remove the chosen coding</source>
        <translation>Ta bort den valda kodningen</translation>
    </message>
    <message>
        <source>Apply a recent code</source>
        <translation>Använd en nyligen använd kod</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Attributes and cases…</source>
        <translation>&amp;Attribut och fall…</translation>
    </message>
    <message>
        <source>Project &amp;memo</source>
        <translation>Projekt&amp;memo</translation>
    </message>
    <message>
        <source>Project &amp;settings…</source>
        <translation>Projektin&amp;ställningar…</translation>
    </message>
    <message>
        <source>Title, description and how quotes are cited</source>
        <translation>Titel, beskrivning och hur citat anges</translation>
    </message>
    <message>
        <source>Assign sources to c&amp;oders…</source>
        <translation>Tilldela &amp;källor till kodare…</translation>
    </message>
    <message>
        <source>Cop&amp;y for a coder…</source>
        <translation>Kop&amp;ia för en kodare…</translation>
    </message>
    <message>
        <source>A copy of the project for one coder to code in (without the pseudonymisation key)</source>
        <translation>En kopia av projektet som en kodare kodar i (utan pseudonymiseringsnyckeln)</translation>
    </message>
    <message>
        <source>Mer&amp;ge a coder&apos;s copy…</source>
        <translation>Samman&amp;foga en kodares kopia…</translation>
    </message>
    <message>
        <source>Bring a coder&apos;s copy (.qhtl or .qdpx) back into this project as one undo step</source>
        <translation>För tillbaka en kodares kopia (.qhtl eller .qdpx) till det här projektet som ett ångrasteg</translation>
    </message>
    <message>
        <source>&amp;Export log…</source>
        <translation>&amp;Exportlogg…</translation>
    </message>
    <message>
        <source>&amp;Retire the originals…</source>
        <translation>A&amp;vveckla originalen…</translation>
    </message>
    <message>
        <source>At the end of a study: delete the original texts and the key</source>
        <translation>När en studie avslutas: radera originaltexterna och nyckeln</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Reset the layout</source>
        <translation>&amp;Återställ layouten</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Nästa flik</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Föregående flik</translation>
    </message>
    <message>
        <source>Close the &amp;tab</source>
        <translation>Stäng &amp;fliken</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarguide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About qualcoder-htl</source>
        <translation>&amp;Om qualcoder-htl</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalys</translation>
    </message>
    <message>
        <source>Theme &amp;matrix</source>
        <translation>Tema&amp;matris</translation>
    </message>
    <message>
        <source>Themes by organisational level (or any attribute), with the quotes of each cell</source>
        <translation>Teman per organisationsnivå (eller annat attribut), med citaten i varje cell</translation>
    </message>
    <message>
        <source>&amp;Quote extract</source>
        <translation>&amp;Citatutdrag</translation>
    </message>
    <message>
        <source>The quotes of a theme grouped by level, key quotes first</source>
        <translation>Ett temas citat grupperade per nivå, nyckelcitat först</translation>
    </message>
    <message>
        <source>Theme &amp;chart</source>
        <translation>Tema&amp;diagram</translation>
    </message>
    <message>
        <source>The theme matrix as a heat map or as grouped bars</source>
        <translation>Temamatrisen som värmekarta eller som grupperade staplar</translation>
    </message>
    <message>
        <source>Intercoder &amp;agreement</source>
        <translation>Överensstämmelse mellan &amp;kodare</translation>
    </message>
    <message>
        <source>How well two or more coders agree: percentage, kappa, alpha</source>
        <translation>Hur väl två eller fler kodare stämmer överens: procent, kappa, alfa</translation>
    </message>
    <message>
        <source>Compare c&amp;oders…</source>
        <translation>Jämför k&amp;odare…</translation>
    </message>
    <message>
        <source>One source with each coder&apos;s codings side by side; settle where they disagree</source>
        <translation>En källa med varje kodares kodningar sida vid sida; avgör där de är oeniga</translation>
    </message>
    <message>
        <source>&amp;Export matrix, quotes or report…</source>
        <translation>&amp;Exportera matris, citat eller rapport…</translation>
    </message>
    <message>
        <source>Word, CSV or Excel, in Swedish or English</source>
        <translation>Word, CSV eller Excel, på svenska eller engelska</translation>
    </message>
    <message>
        <source>Pse&amp;udonymisation</source>
        <translation>Pse&amp;udonymisering</translation>
    </message>
    <message>
        <source>&amp;Detect identifiers</source>
        <translation>&amp;Hitta identifierande uppgifter</translation>
    </message>
    <message>
        <source>Find names, places, numbers and dates in every source</source>
        <translation>Hitta namn, platser, nummer och datum i alla källor</translation>
    </message>
    <message>
        <source>&amp;Mark the selection as an identifier…</source>
        <translation>&amp;Markera urvalet som identifierande uppgift…</translation>
    </message>
    <message>
        <source>For an identifier detection missed</source>
        <translation>För en uppgift som sökningen missade</translation>
    </message>
    <message>
        <source>&amp;Preview the pseudonymised text</source>
        <translation>&amp;Förhandsgranska den pseudonymiserade texten</translation>
    </message>
    <message>
        <source>Replacement &amp;policy…</source>
        <translation>&amp;Ersättningsregler…</translation>
    </message>
    <message>
        <source>&amp;Known identifiers…</source>
        <translation>&amp;Kända uppgifter…</translation>
    </message>
    <message>
        <source>The project&apos;s own participants, schools, places and workplaces</source>
        <translation>Projektets egna deltagare, skolor, platser och arbetsplatser</translation>
    </message>
    <message>
        <source>Export the &amp;key (CSV)…</source>
        <translation>Exportera &amp;nyckeln (CSV)…</translation>
    </message>
    <message>
        <source>Sensitive: keep it apart from shared data</source>
        <translation>Känsliga uppgifter: förvara den åtskild från det som delas</translation>
    </message>
    <message>
        <source>Export a pseudonymised &amp;copy…</source>
        <translation>Exportera en pseudonymiserad &amp;kopia…</translation>
    </message>
    <message>
        <source>A project file with pseudonymised text only, to share</source>
        <translation>En projektfil med enbart pseudonymiserad text, att dela</translation>
    </message>
    <message>
        <source>Move the key to a separate &amp;file…</source>
        <translation>Flytta nyckeln till en separat &amp;fil…</translation>
    </message>
    <message>
        <source>The key and the original texts into a key file with its own passphrase</source>
        <translation>Nyckeln och originaltexterna till en nyckelfil med egen lösenfras</translation>
    </message>
    <message>
        <source>&amp;Bring the key back…</source>
        <translation>&amp;Hämta tillbaka nyckeln…</translation>
    </message>
    <message>
        <source>The key and the original texts back from the key file</source>
        <translation>Nyckeln och originaltexterna tillbaka från nyckelfilen</translation>
    </message>
    <message>
        <source>New &amp;encrypted project…</source>
        <translation>Nytt &amp;krypterat projekt…</translation>
    </message>
    <message>
        <source>En&amp;cryption</source>
        <translation>Kr&amp;yptering</translation>
    </message>
    <message>
        <source>&amp;Encrypt the project…</source>
        <translation>&amp;Kryptera projektet…</translation>
    </message>
    <message>
        <source>Store the project encrypted with a passphrase</source>
        <translation>Spara projektet krypterat med en lösenfras</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Byt lösenfras…</translation>
    </message>
    <message>
        <source>Show the &amp;recovery key…</source>
        <translation>Visa åte&amp;rställningsnyckeln…</translation>
    </message>
    <message>
        <source>&amp;Decrypt the project…</source>
        <translation>&amp;Dekryptera projektet…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a coder&apos;s copy</source>
        <translation>Sammanfoga en kodares kopia</translation>
    </message>
    <message>
        <source>What merging {0} would do (nothing is written yet):</source>
        <translation>Vad en sammanfogning med {0} skulle göra (inget är skrivet än):</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Sammanfoga</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Läser {0}…</translation>
    </message>
    <message>
        <source>Merged {0}; Edit ▸ Undo takes the whole merge back.</source>
        <translation>Sammanfogade {0}; Redigera ▸ Ångra tar tillbaka hela sammanfogningen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Nothing was merged; the project is as it was.</source>
        <translation>Inget sammanfogades; projektet är som det var.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Kodbok</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Kodade avsnitt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memon</translation>
    </message>
    <message>
        <source>Pseudonymisation</source>
        <translation>Pseudonymisering</translation>
    </message>
    <message>
        <source>Go to Sources</source>
        <translation>Gå till Källor</translation>
    </message>
    <message>
        <source>Go to Codebook</source>
        <translation>Gå till Kodbok</translation>
    </message>
    <message>
        <source>Go to Coded segments</source>
        <translation>Gå till Kodade avsnitt</translation>
    </message>
    <message>
        <source>Go to Search</source>
        <translation>Gå till Sök</translation>
    </message>
    <message>
        <source>Go to Memos</source>
        <translation>Gå till Memon</translation>
    </message>
    <message>
        <source>Go to Pseudonymisation</source>
        <translation>Gå till Pseudonymisering</translation>
    </message>
    <message>
        <source>Go to the document</source>
        <translation>Gå till dokumentet</translation>
    </message>
    <message>
        <source>Theme matrix</source>
        <translation>Temamatris</translation>
    </message>
    <message>
        <source>Quote extract</source>
        <translation>Citatutdrag</translation>
    </message>
    <message>
        <source>Theme chart</source>
        <translation>Temadiagram</translation>
    </message>
    <message>
        <source>Intercoder agreement</source>
        <translation>Överensstämmelse mellan kodare</translation>
    </message>
    <message>
        <source>Compare coders</source>
        <translation>Jämför kodare</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>Encrypted project</source>
        <translation>Krypterat projekt</translation>
    </message>
    <message>
        <source>Choose a passphrase for {name}. Without it (or the recovery key) nobody can open the project, not even you.</source>
        <translation>Välj en lösenfras för {name}. Utan den (eller återställningsnyckeln) kan ingen öppna projektet, inte ens du.</translation>
    </message>
    <message>
        <source>{name} is encrypted. Its passphrase:</source>
        <translation>{name} är krypterat. Dess lösenfras:</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Samma lösenfras igen</translation>
    </message>
    <message>
        <source>I have the recovery key instead</source>
        <translation>Jag har återställningsnyckeln i stället</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Kom ihåg i systemets nyckelring</translation>
    </message>
    <message>
        <source>That does not open the project. Check it (and the keyboard layout) and try again.</source>
        <translation>Det öppnar inte projektet. Kontrollera lösenfrasen (och tangentbordslayouten) och försök igen.</translation>
    </message>
    <message>
        <source>That recovery key does not open the project.</source>
        <translation>Den återställningsnyckeln öppnar inte projektet.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>Lösenfrasen får inte vara tom.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna skiljer sig åt.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Replacement policy</source>
        <translation>Ersättningsregler</translation>
    </message>
    <message>
        <source>How each kind of identifier reads in pseudonymised text, quotes and shared copies. A form&apos;s own replacement (set in the review list) always wins.</source>
        <translation>Hur varje slags identifierande uppgift ersätts i pseudonymiserad text, citat och delade kopior. En forms egen ersättning (satt i granskningslistan) gäller alltid före.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Ersätts med</translation>
    </message>
    <message>
        <source>Example in this project</source>
        <translation>Exempel i projektet</translation>
    </message>
    <message>
        <source>Replace han/hon/honom/henne/hans/hennes with &amp;hen/hens (hides a child&apos;s gender)</source>
        <translation>Ersätt han/hon/honom/henne/hans/hennes med &amp;hen/hens (döljer ett barns kön)</translation>
    </message>
    <message>
        <source>Changing the pronouns is logged with your name.</source>
        <translation>Ändringar av pronomen loggas med ditt namn.</translation>
    </message>
    <message>
        <source>Replace han, hon, honom, henne, hans and hennes with hen and hens in every pseudonymised text, quote and shared copy? This hides the gender of the people talked about, and changes how the quotes read. The choice is logged with your name and the time.</source>
        <translation>Ersätta han, hon, honom, henne, hans och hennes med hen och hens i all pseudonymiserad text, alla citat och delade kopior? Det döljer könet på dem som omtalas och ändrar hur citaten läses. Valet loggas med ditt namn och tidpunkten.</translation>
    </message>
    <message>
        <source>Use hen</source>
        <translation>Använd hen</translation>
    </message>
    <message>
        <source>Keep han and hon in the pseudonymised texts again? The choice is logged with your name and the time.</source>
        <translation>Behålla han och hon i de pseudonymiserade texterna igen? Valet loggas med ditt namn och tidpunkten.</translation>
    </message>
    <message>
        <source>Keep han/hon</source>
        <translation>Behåll han/hon</translation>
    </message>
    <message>
        <source>Gender-neutral pronouns</source>
        <translation>Könsneutrala pronomen</translation>
    </message>
    <message>
        <source>Reason, for the log (optional):</source>
        <translation>Skäl, för loggen (frivilligt):</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Open a source to preview it pseudonymised.</source>
        <translation>Öppna en källa för att se den pseudonymiserad.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Preview of the pseudonymised text&lt;/b&gt; (%n replacement(s)). Read-only: the codings are shown where they fall in it; code and review in the original.</source>
        <translation>
            <numerusform>&lt;b&gt;Förhandsgranskning av den pseudonymiserade texten&lt;/b&gt; (%n ersättning). Skrivskyddad: kodningarna visas där de hamnar i den; koda och granska i originalet.</numerusform>
            <numerusform>&lt;b&gt;Förhandsgranskning av den pseudonymiserade texten&lt;/b&gt; (%n ersättningar). Skrivskyddad: kodningarna visas där de hamnar i den; koda och granska i originalet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as identifier</source>
        <translation>Markera som identifierande uppgift</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <source>Project settings</source>
        <translation>Projektinställningar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What the study is about, who takes part, how the material was collected</source>
        <translation>Vad studien handlar om, vilka som deltar, hur materialet samlades in</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Citation:</source>
        <translation>&amp;Citering:</translation>
    </message>
    <message>
        <source>Attribute names in braces are replaced by a source&apos;s values: {0}</source>
        <translation>Attributnamn inom klamrar ersätts av källans värden: {0}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Citation for this group (empty: as above)</source>
        <translation>Citering för gruppen (tom: som ovan)</translation>
    </message>
    <message>
        <source>Per respondent group:</source>
        <translation>Per respondentgrupp:</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PseudoExport</name>
    <message>
        <source>Export the key (sensitive: keep it apart from shared data)</source>
        <translation>Exportera nyckeln (känslig: förvara den åtskild från det som delas)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Kunde inte skriva {0}: {1}</translation>
    </message>
    <message>
        <source>Key exported</source>
        <translation>Nyckeln exporterad</translation>
    </message>
    <message>
        <source>Wrote {0} originals with their replacements to {1}.

The key is sensitive research data: store it apart from what is shared.</source>
        <translation>Skrev {0} original med sina ersättningar till {1}.

Nyckeln är känsliga forskningsdata: förvara den åtskild från det som delas.</translation>
    </message>
    <message>
        <source>Nothing has been accepted for pseudonymisation yet: a copy would contain the original text. Detect identifiers and review them first.</source>
        <translation>Inget har godtagits för pseudonymisering ännu: en kopia skulle innehålla originaltexten. Hitta identifierande uppgifter och granska dem först.</translation>
    </message>
    <message>
        <source>Open suggestions</source>
        <translation>Öppna förslag</translation>
    </message>
    <message>
        <source>Suggestions still open: {0}. The copy may contain names nobody has reviewed. Review them first, or export anyway?</source>
        <translation>Förslag som fortfarande är öppna: {0}. Kopian kan innehålla namn som ingen har granskat. Granska dem först, eller exportera ändå?</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportera ändå</translation>
    </message>
    <message>
        <source>Export a pseudonymised copy</source>
        <translation>Exportera en pseudonymiserad kopia</translation>
    </message>
    <message>
        <source>qualcoder-htl projects (*.qhtl)</source>
        <translation>qualcoder-htl-projekt (*.qhtl)</translation>
    </message>
    <message>
        <source>{0} already exists. Choose a new name: a shared copy never replaces a file.</source>
        <translation>{0} finns redan. Välj ett nytt namn: en delad kopia ersätter aldrig en fil.</translation>
    </message>
    <message>
        <source>Writing the pseudonymised copy…</source>
        <translation>Skriver den pseudonymiserade kopian…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Pseudonymised copy written</source>
        <translation>Pseudonymiserad kopia skriven</translation>
    </message>
    <message>
        <source>{0}: {1} sources with {2} replacements and {3} codings. The key, the suggestions and the original files are not in it.</source>
        <translation>{0}: {1} källor med {2} ersättningar och {3} kodningar. Nyckeln, förslagen och originalfilerna finns inte med.</translation>
    </message>
</context>
<context>
    <name>PseudoMenu</name>
    <message>
        <source>Switch the preview off to mark text.</source>
        <translation>Stäng av förhandsgranskningen för att markera text.</translation>
    </message>
</context>
<context>
    <name>Pseudonymisation</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan uppgift</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Letter code</source>
        <translation>Bokstavskod</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>godtagen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvisad</translation>
    </message>
</context>
<context>
    <name>PseudonymisationPanel</name>
    <message>
        <source>Replacement &amp;policy…</source>
        <translation>&amp;Ersättningsregler…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutade</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Filter forms</source>
        <translation>Filtrera former</translation>
    </message>
    <message>
        <source>Source &amp;reviewed</source>
        <translation>Källan &amp;granskad</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <source>Show the open source as it reads pseudonymised</source>
        <translation>Visa den öppna källan som den lyder pseudonymiserad</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n source(s) reviewed · {1} open of {2} suggestions · {3} originals in the key</source>
        <translation>
            <numerusform>{0} av %n källa granskad · {1} öppna av {2} förslag · {3} original i nyckeln</numerusform>
            <numerusform>{0} av %n källor granskade · {1} öppna av {2} förslag · {3} original i nyckeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) not yet detected</source>
        <translation>
            <numerusform>%n källa ännu inte genomsökt</numerusform>
            <numerusform>%n källor ännu inte genomsökta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n suggestion(s) decided</source>
        <translation>
            <numerusform>{0} av %n förslag beslutat</numerusform>
            <numerusform>{0} av %n förslag beslutade</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1} open · {2} accepted · {3} rejected</source>
        <translation>{0}: {1} öppna · {2} godtagna · {3} avvisade</translation>
    </message>
</context>
<context>
    <name>QuickCodeBox</name>
    <message>
        <source>Type to find a code; Enter applies it</source>
        <translation>Skriv för att hitta en kod; Enter använder den</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter apply · Esc close</source>
        <translation>↑↓ välj · Enter använd · Esc stäng</translation>
    </message>
    <message>
        <source>No code matches. Enter creates the code “{0}” and applies it.</source>
        <translation>Ingen kod matchar. Enter skapar koden ”{0}” och använder den.</translation>
    </message>
    <message>
        <source>The codebook is empty: type a name to create a code.</source>
        <translation>Kodboken är tom: skriv ett namn för att skapa en kod.</translation>
    </message>
</context>
<context>
    <name>QuoteListModel</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citat</numerusform>
            <numerusform>%n citat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteView</name>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppera efter:</translation>
    </message>
    <message>
        <source>&amp;Subthemes</source>
        <translation>&amp;Underteman</translation>
    </message>
    <message>
        <source>Key quotes &amp;only</source>
        <translation>Endast nyckel&amp;citat</translation>
    </message>
    <message>
        <source>&amp;Whole turn</source>
        <translation>&amp;Hela talturen</translation>
    </message>
    <message>
        <source>Show the rest of the speaker&apos;s turn around each quote</source>
        <translation>Visa resten av talarens tur runt varje citat</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Mark/unmark &amp;key quote (K)</source>
        <translation>Markera/avmarkera &amp;nyckelcitat (K)</translation>
    </message>
    <message>
        <source>Open the &amp;passage (Enter)</source>
        <translation>Öppna &amp;stället i texten (Enter)</translation>
    </message>
    <message>
        <source>“{0}” by {1}</source>
        <translation>”{0}” per {1}</translation>
    </message>
    <message>
        <source>with subthemes</source>
        <translation>med underteman</translation>
    </message>
    <message>
        <source>key quotes only</source>
        <translation>endast nyckelcitat</translation>
    </message>
    <message>
        <source>filter: {0}</source>
        <translation>urval: {0}</translation>
    </message>
    <message>
        <source>No themes yet: create codes in the codebook.</source>
        <translation>Inga teman än: skapa koder i kodboken.</translation>
    </message>
    <message>
        <source>Reading quotes…</source>
        <translation>Läser citat…</translation>
    </message>
    <message numerus="yes">
        <source>“{0}” by {1}: %n quote(s), {2} of them key quotes (first in each group).</source>
        <translation>
            <numerusform>”{0}” per {1}: %n citat, varav {2} nyckelcitat.</numerusform>
            <numerusform>”{0}” per {1}: %n citat, varav {2} nyckelcitat (först i varje grupp).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {0} are shown; the export has them all.</source>
        <translation>De första {0} visas; exporten har alla.</translation>
    </message>
    <message>
        <source>Quotes are taken from the pseudonymised texts.</source>
        <translation>Citaten är hämtade ur de pseudonymiserade texterna.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>This project is open read-only: the file, its folder or the disk cannot be written. You can read, search, analyse and export, but changes are not possible.</source>
        <translation>Projektet är öppnat skrivskyddat: filen, mappen eller disken går inte att skriva till. Du kan läsa, söka, analysera och exportera, men inte göra ändringar.</translation>
    </message>
</context>
<context>
    <name>ReadingOptions</name>
    <message>
        <source>Reading the file</source>
        <translation>Inläsning av filen</translation>
    </message>
    <message>
        <source>Detect from the data (recommended)</source>
        <translation>Avgör utifrån datan (rekommenderas)</translation>
    </message>
    <message>
        <source>Unicode code points, as the standard says</source>
        <translation>Unicode-kodpunkter, som standarden säger</translation>
    </message>
    <message>
        <source>UTF-16 code units, as NVivo counts</source>
        <translation>UTF-16-kodenheter, som NVivo räknar</translation>
    </message>
    <message>
        <source>CR LF as one character, as ATLAS.ti counts</source>
        <translation>CR LF som ett tecken, som ATLAS.ti räknar</translation>
    </message>
    <message>
        <source>Count &amp;positions as:</source>
        <translation>Räkna &amp;positioner som:</translation>
    </message>
    <message>
        <source>Skip them only if the archive holds no texts at all</source>
        <translation>Hoppa över dem bara om arkivet inte har några texter alls</translation>
    </message>
    <message>
        <source>Stop with an error</source>
        <translation>Avbryt med ett fel</translation>
    </message>
    <message>
        <source>Skip them and import the rest</source>
        <translation>Hoppa över dem och importera resten</translation>
    </message>
    <message>
        <source>Texts missing from the &amp;archive:</source>
        <translation>Texter som saknas i &amp;arkivet:</translation>
    </message>
    <message>
        <source>Find speaker turns in the imported texts</source>
        <translation>Hitta talarturer i de importerade texterna</translation>
    </message>
</context>
<context>
    <name>RefiExport</name>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>Exportera REFI-QDA-projekt</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-projekt (*.qdpx)</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Exportera kodbok</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA-kodböcker (*.qdc)</translation>
    </message>
</context>
<context>
    <name>RefiExportDialog</name>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>Exportera REFI-QDA-projekt</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Exportera kodbok</translation>
    </message>
    <message>
        <source>To: {0}</source>
        <translation>Till: {0}</translation>
    </message>
    <message>
        <source>Export the original, unpseudonymised text and Word files instead: my own archive copy, never to be shared</source>
        <translation>Exportera i stället den ursprungliga, icke pseudonymiserade texten och Word-filerna: min egen arkivkopia, som aldrig får delas</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export with the &amp;original text</source>
        <translation>Exportera med &amp;originaltexten</translation>
    </message>
    <message>
        <source>Only the codebook is exported: code names, colours and definitions, no transcripts and no codings.</source>
        <translation>Bara kodboken exporteras: kodernas namn, färger och definitioner, inga transkript och inga kodningar.</translation>
    </message>
    <message>
        <source>This project has a pseudonymisation key, so the export carries the pseudonymised text only: names in memos, definitions and attribute values are scrubbed as well, and no original Word files go along. The file can be shared with colleagues.</source>
        <translation>Projektet har en pseudonymiseringsnyckel, så exporten innehåller bara den pseudonymiserade texten: namn i memon, definitioner och attributvärden rensas också bort, och inga ursprungliga Word-filer följer med. Filen kan delas med kolleger.</translation>
    </message>
    <message>
        <source>This project has no pseudonymisation key: the export carries the full text of every transcript and the original Word files. Share it only as your data management plan allows.</source>
        <translation>Projektet har ingen pseudonymiseringsnyckel: exporten innehåller hela texten i varje transkript och de ursprungliga Word-filerna. Dela den bara så som din datahanteringsplan tillåter.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The codebook was exported to {0}.</source>
        <translation>Kodboken exporterades till {0}.</translation>
    </message>
    <message>
        <source>Exported to {0}, with pseudonymised text only.</source>
        <translation>Exporterat till {0}, med enbart pseudonymiserad text.</translation>
    </message>
    <message>
        <source>Exported to {0} WITH the original text: keep this file to yourself.</source>
        <translation>Exporterat till {0} MED originaltexten: behåll filen för dig själv.</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>Exporterat till {0}.</translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation>Exporten misslyckades; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>The export was not made: {0}</source>
        <translation>Exporten gjordes inte: {0}</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Avbrutet: ingen fil skrevs.</translation>
    </message>
</context>
<context>
    <name>RefiImport</name>
    <message>
        <source>Import REFI-QDA</source>
        <translation>Importera REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc)</source>
        <translation>REFI-QDA-projekt och kodböcker (*.qdpx *.qdc)</translation>
    </message>
</context>
<context>
    <name>RefiImportDialog</name>
    <message>
        <source>Import REFI-QDA</source>
        <translation>Importera REFI-QDA</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importera till</translation>
    </message>
    <message>
        <source>The &amp;open project “{0}”, adding to what is there (merge)</source>
        <translation>Det &amp;öppna projektet ”{0}”, som ett tillägg till det som finns (sammanfoga)</translation>
    </message>
    <message>
        <source>Match codes by &amp;name: a code at the same place in the code tree is the same code</source>
        <translation>Matcha koder på &amp;namn: en kod på samma plats i kodträdet är samma kod</translation>
    </message>
    <message>
        <source>Match codes by &amp;GUID: only codes that came from the same project (exchanging back and forth)</source>
        <translation>Matcha koder på &amp;GUID: bara koder som kommer från samma projekt (utbyte fram och tillbaka)</translation>
    </message>
    <message>
        <source>A ne&amp;w project (you choose where to save it)</source>
        <translation>Ett n&amp;ytt projekt (du väljer var det sparas)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}</source>
        <translation>Filen kan inte importeras: {0}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>qualcoder-htl projects (*.qhtl)</source>
        <translation>qualcoder-htl-projekt (*.qhtl)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Nothing was imported and no project was created. {0}</source>
        <translation>Inget importerades och inget projekt skapades. {0}</translation>
    </message>
    <message>
        <source>Nothing was imported; the project is as it was. {0}</source>
        <translation>Inget importerades; projektet är som det var. {0}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Avbrutet: inget importerades.</translation>
    </message>
    <message>
        <source>The new project {0} was created and opened.</source>
        <translation>Det nya projektet {0} skapades och öppnades.</translation>
    </message>
    <message>
        <source>Imported into the open project. Undo (Ctrl+Z) removes this import as a whole.</source>
        <translation>Importerat till det öppna projektet. Ångra (Ctrl+Z) tar bort hela importen.</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Godta</translation>
    </message>
    <message>
        <source>Replace this occurrence</source>
        <translation>Ersätt den här förekomsten</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Avvisa</translation>
    </message>
    <message>
        <source>Leave this occurrence as it is</source>
        <translation>Lämna den här förekomsten som den är</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Godta a&amp;lla</translation>
    </message>
    <message>
        <source>Replace every occurrence of the form, also in sources detected later</source>
        <translation>Ersätt alla förekomster av formen, även i källor som genomsöks senare</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Avvisa alla</translation>
    </message>
    <message>
        <source>Keep every occurrence of the form</source>
        <translation>Behåll alla förekomster av formen</translation>
    </message>
    <message>
        <source>Change &amp;type…</source>
        <translation>Ändra &amp;typ…</translation>
    </message>
    <message>
        <source>Change re&amp;placement…</source>
        <translation>Ändra &amp;ersättning…</translation>
    </message>
    <message>
        <source>Role &amp;label…</source>
        <translation>&amp;Rollbeteckning…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <source>Choose a suggestion first.</source>
        <translation>Välj ett förslag först.</translation>
    </message>
    <message>
        <source>Nothing left to review here.</source>
        <translation>Inget kvar att granska här.</translation>
    </message>
    <message>
        <source>Choose a decided occurrence to reopen.</source>
        <translation>Välj en beslutad förekomst att öppna igen.</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Ändra typ</translation>
    </message>
    <message>
        <source>Every occurrence of “{0}” is a:</source>
        <translation>Alla förekomster av ”{0}” är:</translation>
    </message>
    <message>
        <source>Role label</source>
        <translation>Rollbeteckning</translation>
    </message>
    <message>
        <source>A role to show instead of “{0}” under the Label policy, e.g. rektorn or barnets namn:</source>
        <translation>En roll som visas i stället för ”{0}” när typen ersätts med etikett, t.ex. rektorn eller barnets namn:</translation>
    </message>
    <message>
        <source>Open a source first.</source>
        <translation>Öppna en källa först.</translation>
    </message>
    <message>
        <source>Select the identifier in the document first.</source>
        <translation>Markera uppgiften i dokumentet först.</translation>
    </message>
    <message>
        <source>Mark as identifier</source>
        <translation>Markera som identifierande uppgift</translation>
    </message>
    <message>
        <source>“{0}” is a:</source>
        <translation>”{0}” är:</translation>
    </message>
    <message>
        <source>“{0}” marked as {1}; it and its other occurrences are replaced in the pseudonymised text.</source>
        <translation>”{0}” markerad som {1}; den och dess övriga förekomster ersätts i den pseudonymiserade texten.</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Markera som granskad</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) in {0} still open. Mark it reviewed anyway?</source>
        <translation>
            <numerusform>%n förslag i {0} är fortfarande öppet. Markera källan som granskad ändå?</numerusform>
            <numerusform>%n förslag i {0} är fortfarande öppna. Markera källan som granskad ändå?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Markera som granskad</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Words, barn* for any ending, &quot;a OR b&quot;</source>
        <translation>Ord, barn* för valfri ändelse, &quot;a OR b&quot;</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Hela ord</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>the hits</source>
        <translation>träffarna</translation>
    </message>
    <message>
        <source>their paragraphs</source>
        <translation>deras stycken</translation>
    </message>
    <message>
        <source>&amp;Code all…</source>
        <translation>&amp;Koda alla…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in {0}</source>
        <translation>
            <numerusform>%n träff i {0}</numerusform>
            <numerusform>%n träffar i {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n källa</numerusform>
            <numerusform>%n källor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %n hit(s) of “{0}” with:</source>
        <translation>
            <numerusform>Koda %n träff för ”{0}” med:</numerusform>
            <numerusform>Koda %n träffar för ”{0}” med:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %n passage(s) with “{0}”.</source>
        <translation>
            <numerusform>Kodade %n avsnitt med ”{0}”.</numerusform>
            <numerusform>Kodade %n avsnitt med ”{0}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Sökningen misslyckades.</translation>
    </message>
    <message>
        <source>Code all hits</source>
        <translation>Koda alla träffar</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Träff</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Include &amp;subcodes</source>
        <translation>Ta med &amp;underkoder</translation>
    </message>
    <message>
        <source>Choose a code to see its coded segments.</source>
        <translation>Välj en kod för att se dess kodade avsnitt.</translation>
    </message>
    <message numerus="yes">
        <source>“{0}”: %n segment(s)</source>
        <translation>
            <numerusform>”{0}”: %n avsnitt</numerusform>
            <numerusform>”{0}”: %n avsnitt</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first {0} are shown)</source>
        <translation>(de första {0} visas)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open server project</source>
        <translation>Öppna serverprojekt</translation>
    </message>
    <message>
        <source>A project on your team&apos;s PostgreSQL server. Everyone who has it open sees the others&apos; changes within a few seconds.</source>
        <translation>Ett projekt på ert teams PostgreSQL-server. Alla som har det öppet ser de andras ändringar inom några sekunder.</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Serverns &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Kom ihåg lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is asked once per session.</source>
        <translation>Ingen nyckelring finns i systemet: lösenordet efterfrågas en gång per session.</translation>
    </message>
    <message>
        <source>The URL starts with postgresql:// and names the server and the database.</source>
        <translation>URL:en börjar med postgresql:// och anger servern och databasen.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Undone: {0}</source>
        <translation>Ångrat: {0}</translation>
    </message>
    <message>
        <source>Redone: {0}</source>
        <translation>Gjort om: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Braces in the template do not pair up.</source>
        <translation>Klamrarna i mallen går inte jämnt upp.</translation>
    </message>
    <message>
        <source>A { in the template is not closed.</source>
        <translation>En { i mallen stängs inte.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Your name as recorded with the codings you make</source>
        <translation>Ditt namn som det sparas med kodningarna du gör</translation>
    </message>
    <message>
        <source>&amp;Coder name:</source>
        <translation>&amp;Kodarnamn:</translation>
    </message>
    <message>
        <source>Document &amp;font size:</source>
        <translation>Dokumentets &amp;teckenstorlek:</translation>
    </message>
    <message>
        <source>How quotes are cited in new projects: attribute names in braces, e.g. {Intervjunummer}, {Respondentgrupp}, {Skola}, or {källa} for the file name. Empty: the built-in template.</source>
        <translation>Hur citat anges i nya projekt: attributnamn inom klamrar, t.ex. {Intervjunummer}, {Respondentgrupp}, {Skola}, eller {källa} för filnamnet. Tomt: den inbyggda mallen.</translation>
    </message>
    <message>
        <source>Default &amp;citation template:</source>
        <translation>Standardmall för &amp;citat:</translation>
    </message>
    <message>
        <source>Beside the project file</source>
        <translation>Bredvid projektfilen</translation>
    </message>
    <message>
        <source>A copy of a project is kept here before it is upgraded to a newer format or changed in a risky step.</source>
        <translation>Här sparas en kopia av ett projekt innan det uppgraderas till ett nyare format eller ändras i ett riskfyllt steg.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Mapp för säkerhets&amp;kopior:</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>t.ex. {0}</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>The backup folder cannot be made: {0}</source>
        <translation>Mappen för säkerhetskopior kan inte skapas: {0}</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Ord</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>Kodat</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Filter by name or attribute value</source>
        <translation>Filtrera på namn eller attributvärde</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppera efter:</translation>
    </message>
    <message>
        <source>&amp;Only:</source>
        <translation>&amp;Endast:</translation>
    </message>
    <message>
        <source>Only the sources &amp;assigned to me</source>
        <translation>Bara källorna som &amp;tilldelats mig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Attribut…</translation>
    </message>
    <message>
        <source>Delete source…</source>
        <translation>Ta bort källa…</translation>
    </message>
    <message>
        <source>(no grouping)</source>
        <translation>(ingen gruppering)</translation>
    </message>
    <message>
        <source>(all sources)</source>
        <translation>(alla källor)</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n source(s) · {1} words</source>
        <translation>
            <numerusform>{0} av %n källa · {1} ord</numerusform>
            <numerusform>{0} av %n källor · {1} ord</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename source</source>
        <translation>Byt namn på källa</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>Delete sources</source>
        <translation>Ta bort källor</translation>
    </message>
    <message>
        <source>Delete {0} source(s) ({1}) with their codings and memos? You can undo this with Ctrl+Z.</source>
        <translation>Ta bort {0} källa/källor ({1}) med deras kodningar och memon? Det går att ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Form and context</source>
        <translation>Form och sammanhang</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Open / all</source>
        <translation>Öppna / alla</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>{0} · {1} in {2}</source>
        <translation>{0} · {1} i {2}</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n källa</numerusform>
            <numerusform>%n källor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n occurrence(s) in {1}, {2} open, {3} accepted, {4} rejected. Becomes “{5}”.</source>
        <translation>
            <numerusform>{0}: %n förekomst i {1}, {2} öppna, {3} godtagna, {4} avvisade. Blir ”{5}”.</numerusform>
            <numerusform>{0}: %n förekomster i {1}, {2} öppna, {3} godtagna, {4} avvisade. Blir ”{5}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDialogs</name>
    <message>
        <source>Merge a coder&apos;s copy</source>
        <translation>Sammanfoga en kodares kopia</translation>
    </message>
    <message>
        <source>Coder&apos;s copies (*.qhtl *.qdpx)</source>
        <translation>Kodares kopior (*.qhtl *.qdpx)</translation>
    </message>
</context>
<context>
    <name>TextEditMode</name>
    <message>
        <source>&amp;Save text</source>
        <translation>&amp;Spara texten</translation>
    </message>
    <message>
        <source>Save the edited text (Ctrl+S); codings follow it</source>
        <translation>Spara den redigerade texten (Ctrl+S); kodningarna följer med</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Editing the text of “{0}”. Codings, speaker turns and pseudonymisation follow your changes when you save; the whole edit is one step to undo.</source>
        <translation>Du redigerar texten i ”{0}”. Kodningar, talarrepliker och pseudonymisering följer dina ändringar när du sparar; hela redigeringen ångras i ett steg.</translation>
    </message>
    <message numerus="yes">
        <source>Text saved: %n coding(s) moved, {0} removed with their words.</source>
        <translation>
            <numerusform>Texten sparad: %n kodning flyttad, {0} borttagna med sina ord.</numerusform>
            <numerusform>Texten sparad: %n kodningar flyttade, {0} borttagna med sina ord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Avbryt redigeringen</translation>
    </message>
    <message>
        <source>Throw away the changes to the text?</source>
        <translation>Kasta ändringarna i texten?</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Edited text</source>
        <translation>Redigerad text</translation>
    </message>
    <message>
        <source>Save the changes to the text of “{0}”?</source>
        <translation>Spara ändringarna i texten i ”{0}”?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
</context>
<context>
    <name>ThemeChartView</name>
    <message>
        <source>&amp;Heat map</source>
        <translation>&amp;Värmekarta</translation>
    </message>
    <message>
        <source>&amp;Grouped bars</source>
        <translation>&amp;Grupperade staplar</translation>
    </message>
    <message>
        <source>{0}. Change the rows, columns, measure or filter in the Theme matrix tab.</source>
        <translation>{0}. Ändra rader, kolumner, mått eller filter under fliken Temamatris.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Code interview transcripts: read, select a passage, attach themes, write memos, revise the codebook.</source>
        <translation>Koda intervjutranskript: läs, markera ett avsnitt, koppla teman, skriv memon, revidera kodboken.</translation>
    </message>
    <message>
        <source>New here? The demo project is a fictional follow-up study, imported and coded: try everything on it, nothing else changes.</source>
        <translation>Ny här? Demoprojektet är en påhittad följeforskningsstudie, importerad och kodad: prova allt på den, inget annat ändras.</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Öppna projekt…</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>Öppna &amp;demoprojektet</translation>
    </message>
    <message>
        <source>&amp;Import transcripts into a new project…</source>
        <translation>&amp;Importera transkript till ett nytt projekt…</translation>
    </message>
    <message>
        <source>Import from N&amp;Vivo, ATLAS.ti, MAXQDA, QualCoder (REFI-QDA)…</source>
        <translation>Importera från N&amp;Vivo, ATLAS.ti, MAXQDA, QualCoder (REFI-QDA)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Senaste projekt:</translation>
    </message>
</context>
</TS>
