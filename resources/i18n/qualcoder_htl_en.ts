<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttributeEditor</name>
    <message numerus="yes">
        <source>Name of the case (%n source(s) chosen on the Sources tab):</source>
        <translation>
            <numerusform>Name of the case (%n source chosen on the Sources tab):</numerusform>
            <numerusform>Name of the case (%n sources chosen on the Sources tab):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CellQuotes</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message numerus="yes">
        <source>%n coding(s) in {0}</source>
        <translation>
            <numerusform>%n coding in {0}</numerusform>
            <numerusform>%n codings in {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message numerus="yes">
        <source>Merge “{0}” into “{1}”? Its %n coding(s), subcodes and memos move to “{1}” and “{0}” is removed. You can undo this.</source>
        <translation>
            <numerusform>Merge “{0}” into “{1}”? Its %n coding, subcodes and memos move to “{1}” and “{0}” is removed. You can undo this.</numerusform>
            <numerusform>Merge “{0}” into “{1}”? Its %n codings, subcodes and memos move to “{1}” and “{0}” is removed. You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is applied to %n passage(s) in {0}.</source>
        <translation>
            <numerusform>It is applied to %n passage in {0}.</numerusform>
            <numerusform>It is applied to %n passages in {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n subcode(s) move up one level.</source>
        <translation>
            <numerusform>Its %n subcode moves up one level.</numerusform>
            <numerusform>Its %n subcodes move up one level.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the code and its %n coding(s)</source>
        <translation>
            <numerusform>Delete the code and its %n coding</numerusform>
            <numerusform>Delete the code and its %n codings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetectionBar</name>
    <message numerus="yes">
        <source>Detection cancelled: %n source(s) done, the others follow on the next run.</source>
        <translation>
            <numerusform>Detection cancelled: %n source done, the others follow on the next run.</numerusform>
            <numerusform>Detection cancelled: %n sources done, the others follow on the next run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detection found %n new suggestion(s) in {0}.</source>
        <translation>
            <numerusform>Detection found %n new suggestion in {0}.</numerusform>
            <numerusform>Detection found %n new suggestions in {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) in this source. Click a bar in the right margin to choose one.</source>
        <translation>
            <numerusform>%n coding in this source. Click a bar in the right margin to choose it.</numerusform>
            <numerusform>%n codings in this source. Click a bar in the right margin to choose one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n attribute</numerusform>
            <numerusform>%n attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n memo</numerusform>
            <numerusform>%n memos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) were not imported.</source>
        <translation>
            <numerusform>Cancelled: %n file was not imported.</numerusform>
            <numerusform>Cancelled: %n files were not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n co-occurrence(s) in {0}</source>
        <translation>
            <numerusform>%n co-occurrence in {0}</numerusform>
            <numerusform>%n co-occurrences in {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s) in {0} ({1})</source>
        <translation>
            <numerusform>%n coded segment in {0} ({1})</numerusform>
            <numerusform>%n coded segments in {0} ({1})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message numerus="yes">
        <source>&lt;b&gt;Preview of the pseudonymised text&lt;/b&gt; (%n replacement(s)). Read-only: the codings are shown where they fall in it; code and review in the original.</source>
        <translation>
            <numerusform>&lt;b&gt;Preview of the pseudonymised text&lt;/b&gt; (%n replacement). Read-only: the codings are shown where they fall in it; code and review in the original.</numerusform>
            <numerusform>&lt;b&gt;Preview of the pseudonymised text&lt;/b&gt; (%n replacements). Read-only: the codings are shown where they fall in it; code and review in the original.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PseudonymisationPanel</name>
    <message numerus="yes">
        <source>{0} of %n source(s) reviewed · {1} open of {2} suggestions · {3} originals in the key</source>
        <translation>
            <numerusform>{0} of %n source reviewed · {1} open of {2} suggestions · {3} originals in the key</numerusform>
            <numerusform>{0} of %n sources reviewed · {1} open of {2} suggestions · {3} originals in the key</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) not yet detected</source>
        <translation>
            <numerusform>%n source not yet detected</numerusform>
            <numerusform>%n sources not yet detected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n suggestion(s) decided</source>
        <translation>
            <numerusform>{0} of %n suggestion decided</numerusform>
            <numerusform>{0} of %n suggestions decided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteListModel</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteView</name>
    <message numerus="yes">
        <source>“{0}” by {1}: %n quote(s), {2} of them key quotes (first in each group).</source>
        <translation>
            <numerusform>“{0}” by {1}: %n quote, {2} of them a key quote.</numerusform>
            <numerusform>“{0}” by {1}: %n quotes, {2} of them key quotes (first in each group).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message numerus="yes">
        <source>%n suggestion(s) in {0} still open. Mark it reviewed anyway?</source>
        <translation>
            <numerusform>%n suggestion in {0} is still open. Mark it reviewed anyway?</numerusform>
            <numerusform>%n suggestions in {0} are still open. Mark it reviewed anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n hit(s) in {0}</source>
        <translation>
            <numerusform>%n hit in {0}</numerusform>
            <numerusform>%n hits in {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %n hit(s) of “{0}” with:</source>
        <translation>
            <numerusform>Code %n hit of “{0}” with:</numerusform>
            <numerusform>Code %n hits of “{0}” with:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %n passage(s) with “{0}”.</source>
        <translation>
            <numerusform>Coded %n passage with “{0}”.</numerusform>
            <numerusform>Coded %n passages with “{0}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message numerus="yes">
        <source>“{0}”: %n segment(s)</source>
        <translation>
            <numerusform>“{0}”: %n segment</numerusform>
            <numerusform>“{0}”: %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message numerus="yes">
        <source>{0} of %n source(s) · {1} words</source>
        <translation>
            <numerusform>{0} of %n source · {1} words</numerusform>
            <numerusform>{0} of %n sources · {1} words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n occurrence(s) in {1}, {2} open, {3} accepted, {4} rejected. Becomes “{5}”.</source>
        <translation>
            <numerusform>{0}: %n occurrence in {1}, {2} open, {3} accepted, {4} rejected. Becomes “{5}”.</numerusform>
            <numerusform>{0}: %n occurrences in {1}, {2} open, {3} accepted, {4} rejected. Becomes “{5}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextEditMode</name>
    <message numerus="yes">
        <source>Text saved: %n coding(s) moved, {0} removed with their words.</source>
        <translation>
            <numerusform>Text saved: %n coding moved, {0} removed with their words.</numerusform>
            <numerusform>Text saved: %n codings moved, {0} removed with their words.</numerusform>
        </translation>
    </message>
</context>
</TS>
