<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>CodebookDock</name>
    <message>
        <location filename="../../ui/codebook_dock.py" line="137" />
        <source>Codebook</source>
        <translation>Codebook</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="138" />
        <location filename="../../ui/codebook_dock.py" line="204" />
        <source>New code</source>
        <translation>New code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="138" />
        <source>Add a top-level code</source>
        <translation>Add a top-level code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="139" />
        <source>New sub-code</source>
        <translation>New sub-code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="139" />
        <source>Add a code under the selected code</source>
        <translation>Add a code under the selected code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="140" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="140" />
        <source>Rename the selected code</source>
        <translation>Rename the selected code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="141" />
        <source>Colour…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="141" />
        <source>Choose the selected code's colour</source>
        <translation>Choose the selected code's colour</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="142" />
        <source>Describe…</source>
        <translation>Describe…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="142" />
        <source>Write what the code means and when to use it</source>
        <translation>Write what the code means and when to use it</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="143" />
        <source>Shortcut key…</source>
        <translation>Shortcut key…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="143" />
        <source>Code with this code by pressing 1–9</source>
        <translation>Code with this code by pressing 1–9</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="144" />
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="144" />
        <source>Move its codings and sub-codes to another code</source>
        <translation>Move its codings and sub-codes to another code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="145" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="145" />
        <source>Delete the selected code (asks first)</source>
        <translation>Delete the selected code (asks first)</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="204" />
        <source>Name of the new code:</source>
        <translation>Name of the new code:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="217" />
        <source>Rename code</source>
        <translation>Rename code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="217" />
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="226" />
        <source>Colour of the code</source>
        <translation>Colour of the code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="234" />
        <source>Describe code</source>
        <translation>Describe code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="235" />
        <source>What the code means and when to use it:</source>
        <translation>What the code means and when to use it:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="244" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="246" />
        <source>Shortcut key</source>
        <translation>Shortcut key</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="246" />
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="260" />
        <source>Merge code</source>
        <translation>Merge code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="261" />
        <source>Merge “%1” into:</source>
        <translation>Merge “%1” into:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="273" />
        <source>Delete the code “%1” and its sub-codes?</source>
        <translation>Delete the code “%1” and its sub-codes?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook_dock.py" line="275" />
        <source>%n coding(s) will be deleted with it (you can undo this).</source>
        <translation><numerusform>%n coding(s) will be deleted with it (you can undo this).</numerusform><numerusform>%n coding(s) will be deleted with it (you can undo this).</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="276" />
        <source>Delete code</source>
        <translation>Delete code</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../ui/codebook_model.py" line="30" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="30" />
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="30" />
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../ui/coding_actions.py" line="59" />
        <source>Code selection with…</source>
        <translation>Code selection with…</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="59" />
        <source>Find a code by typing (Ctrl+K); Enter codes the selection</source>
        <translation>Find a code by typing (Ctrl+K); Enter codes the selection</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="60" />
        <source>Code selection with selected code</source>
        <translation>Code selection with selected code</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="60" />
        <source>Code the selection with the code selected in the codebook</source>
        <translation>Code the selection with the code selected in the codebook</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="62" />
        <source>Code in vivo</source>
        <translation>Code in vivo</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="62" />
        <source>Make the selected words a new code and code them with it</source>
        <translation>Make the selected words a new code and code them with it</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="63" />
        <source>Remove coding</source>
        <translation>Remove coding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="63" />
        <source>Remove the selected coding</source>
        <translation>Remove the selected coding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="64" />
        <source>Change code of coding…</source>
        <translation>Change code of coding…</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="64" />
        <source>Give the selected coding another code</source>
        <translation>Give the selected coding another code</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="65" />
        <source>Set coding to selection</source>
        <translation>Set coding to selection</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="65" />
        <source>Widen or narrow the selected coding to the text selected now</source>
        <translation>Widen or narrow the selected coding to the text selected now</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="67" />
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="67" />
        <source>Write a memo on the selected coding</source>
        <translation>Write a memo on the selected coding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="89" />
        <source>Open a transcript first</source>
        <translation>Open a transcript first</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="92" />
        <source>Select a passage of the transcript first</source>
        <translation>Select a passage of the transcript first</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="97" />
        <source>Add a coder in the toolbar first: every coding has one</source>
        <translation>Add a coder in the toolbar first: every coding has one</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="104" />
        <source>Click a coding's stripe (or put the cursor in a coded passage) first</source>
        <translation>Click a coding's stripe (or put the cursor in a coded passage) first</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="121" />
        <source>Select a code in the codebook first</source>
        <translation>Select a code in the codebook first</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="128" />
        <source>No code has the shortcut %1</source>
        <translation>No code has the shortcut %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coding_actions.py" line="169" />
        <source>Code %n result(s) with…</source>
        <translation><numerusform>Code %n result(s) with…</numerusform><numerusform>Code %n result(s) with…</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="189" />
        <source>Every result is coded with this code already</source>
        <translation>Every result is coded with this code already</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coding_actions.py" line="191" />
        <source>Code %n search result(s) with “%1”</source>
        <translation><numerusform>Code %n search result(s) with “%1”</numerusform><numerusform>Code %n search result(s) with “%1”</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="211" />
        <source>Change the code to…</source>
        <translation>Change the code to…</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="218" />
        <source>Click a coding's stripe, then select the new extent of the passage (the stripe stays chosen), then choose this</source>
        <translation>Click a coding's stripe, then select the new extent of the passage (the stripe stays chosen), then choose this</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="231" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="232" />
        <source>Memo on this coding:</source>
        <translation>Memo on this coding:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="33" />
        <source>Import transcripts</source>
        <translation>Import transcripts</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="35" />
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="36" />
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="37" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="40" />
        <source>No manifest: metadata can be set per file below</source>
        <translation>No manifest: metadata can be set per file below</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="41" />
        <source>Manifest…</source>
        <translation>Manifest…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="42" />
        <source>A CSV or Excel file with one row of metadata per transcript file</source>
        <translation>A CSV or Excel file with one row of metadata per transcript file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="60" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="63" />
        <location filename="../../ui/import_dialog.py" line="181" />
        <location filename="../../ui/import_dialog.py" line="187" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="94" />
        <source>Transcript files</source>
        <translation>Transcript files</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="95" />
        <source>Transcripts (*.docx *.odt *.rtf *.txt *.md);;All files (*)</source>
        <translation>Transcripts (*.docx *.odt *.rtf *.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="100" />
        <source>Folder of transcripts</source>
        <translation>Folder of transcripts</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="105" />
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="106" />
        <source>Manifests (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Manifests (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="131" />
        <source>%n file(s) to import.</source>
        <translation><numerusform>%n file(s) to import.</numerusform><numerusform>%n file(s) to import.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="132" />
        <source>Add transcript files or a folder of them.</source>
        <translation>Add transcript files or a folder of them.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="134" />
        <source>Yellow: matched fuzzily, red: not recognised (hover to see). Double-click a phase or groups cell to correct it.</source>
        <translation>Yellow: matched fuzzily, red: not recognised (hover to see). Double-click a phase or groups cell to correct it.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="157" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="175" />
        <source>%1 imported, %2 skipped, %3 failed.</source>
        <translation>%1 imported, %2 skipped, %3 failed.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="178" />
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>Cancelled: the remaining files were not imported.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="23" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="23" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="23" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="23" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="23" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="24" />
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="24" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="27" />
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="27" />
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="27" />
        <source>fuzzy</source>
        <translation>fuzzy</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="28" />
        <source>not recognised</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="28" />
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="46" />
        <source>Not in the manifest: set phase and groups here</source>
        <translation>Not in the manifest: set phase and groups here</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="52" />
        <source>Double-click to correct</source>
        <translation>Double-click to correct</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="88" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="88" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="88" />
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="88" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="91" />
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="91" />
        <source>imported with warnings</source>
        <translation>imported with warnings</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="92" />
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="92" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="93" />
        <source>not imported (cancelled)</source>
        <translation>not imported (cancelled)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>Open the &amp;sample project</source>
        <translation>Open the &amp;sample project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>&amp;Import transcripts…</source>
        <translation>&amp;Import transcripts…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>&amp;Close project</source>
        <translation>&amp;Close project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>&amp;Find in transcript…</source>
        <translation>&amp;Find in transcript…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Search the whole &amp;project…</source>
        <translation>Search the whole &amp;project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Add coder…</source>
        <translation>Add coder…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Other coders</source>
        <translation>Other coders</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Whole words</source>
        <translation>Whole words</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>&amp;About Kodeverk</source>
        <translation>&amp;About Kodeverk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Show the codings of the other coders too</source>
        <translation>Show the codings of the other coders too</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source>Widen selections to whole words when coding</source>
        <translation>Widen selections to whole words when coding</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>Add a person who codes</source>
        <translation>Add a person who codes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>Import Word, ODT, RTF, text or Markdown transcripts</source>
        <translation>Import Word, ODT, RTF, text or Markdown transcripts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>&amp;Coding</source>
        <translation>&amp;Coding</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>Coder</source>
        <translation>Coder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>Coder:</source>
        <translation>Coder:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130" />
        <source>Your codings are stored under this coder</source>
        <translation>Your codings are stored under this coder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205" />
        <source>Cannot create the project</source>
        <translation>Cannot create the project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236" />
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Coding as %1</source>
        <translation>Coding as %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247" />
        <source>No coder yet: add one in the toolbar</source>
        <translation>No coder yet: add one in the toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>my-project.kodeverk</source>
        <translation>my-project.kodeverk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273" />
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274" />
        <source>Kodeverk projects (*.kodeverk);;All files (*)</source>
        <translation>Kodeverk projects (*.kodeverk);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>Building the sample project…</source>
        <translation>Building the sample project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>Cannot build the sample project</source>
        <translation>Cannot build the sample project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330" />
        <source>Add coder</source>
        <translation>Add coder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330" />
        <source>Name of the coder:</source>
        <translation>Name of the coder:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355" />
        <source>About Kodeverk</source>
        <translation>About Kodeverk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356" />
        <source>Kodeverk %1: qualitative coding of interview transcripts.</source>
        <translation>Kodeverk %1: qualitative coding of interview transcripts.</translation>
    </message>
</context>
<context>
    <name>NavigatorDock</name>
    <message>
        <location filename="../../ui/docks.py" line="55" />
        <source>Transcripts</source>
        <translation>Transcripts</translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="56" />
        <source>Filter by name, informant or role</source>
        <translation>Filter by name, informant or role</translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="57" />
        <source>Show only transcripts whose name, informant or role contains this</source>
        <translation>Show only transcripts whose name, informant or role contains this</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../ui/navigator_model.py" line="27" />
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="27" />
        <source>Codings</source>
        <translation>Codings</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="27" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="53" />
        <source>(no phase)</source>
        <translation>(no phase)</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="53" />
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="63" />
        <source>Informant: %1</source>
        <translation>Informant: %1</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="64" />
        <source>Ministry: %1</source>
        <translation>Ministry: %1</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="65" />
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="66" />
        <source>%1 words, %2 codings</source>
        <translation>%1 words, %2 codings</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/start_page.py" line="113" />
        <location filename="../../ui/start_page.py" line="120" />
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="114" />
        <source>Project file:</source>
        <translation>Project file:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="115" />
        <source>Codebook:</source>
        <translation>Codebook:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="116" />
        <source>The core-group evaluation's model (kjernegrupper)</source>
        <translation>The core-group evaluation's model (kjernegrupper)</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="117" />
        <source>Empty codebook</source>
        <translation>Empty codebook</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="121" />
        <source>Kodeverk projects (*.kodeverk)</source>
        <translation>Kodeverk projects (*.kodeverk)</translation>
    </message>
</context>
<context>
    <name>PickerModel</name>
    <message>
        <location filename="../../ui/quick_picker.py" line="29" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/quick_picker.py" line="42" />
        <source>Create code “%1”</source>
        <translation>Create code “%1”</translation>
    </message>
</context>
<context>
    <name>QuickPicker</name>
    <message>
        <location filename="../../ui/quick_picker.py" line="86" />
        <source>Code the selection with…</source>
        <translation>Code the selection with…</translation>
    </message>
    <message>
        <location filename="../../ui/quick_picker.py" line="87" />
        <source>Type part of a code's name or description</source>
        <translation>Type part of a code's name or description</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="80" />
        <location filename="../../ui/search_panel.py" line="86" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="81" />
        <source>Words to find</source>
        <translation>Words to find</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="82" />
        <source>Fuzzy</source>
        <translation>Fuzzy</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="83" />
        <source>Also find misspellings and words written without æ, ø, å</source>
        <translation>Also find misspellings and words written without æ, ø, å</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="84" />
        <source>This transcript</source>
        <translation>This transcript</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="85" />
        <source>Whole project</source>
        <translation>Whole project</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="87" />
        <source>Code all results…</source>
        <translation>Code all results…</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="88" />
        <source>Code every result with one code (one step to undo)</source>
        <translation>Code every result with one code (one step to undo)</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="112" />
        <source>Open a transcript first, or search the whole project</source>
        <translation>Open a transcript first, or search the whole project</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="116" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="126" />
        <source>%n result(s)</source>
        <translation><numerusform>%n result(s)</numerusform><numerusform>%n result(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="127" />
        <source>in %n transcript(s)</source>
        <translation><numerusform>in %n transcript(s)</numerusform><numerusform>in %n transcript(s)</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search_model.py" line="18" />
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="18" />
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="18" />
        <source>Match</source>
        <translation>Match</translation>
    </message>
</context>
<context>
    <name>SegmentsDock</name>
    <message>
        <location filename="../../ui/docks.py" line="130" />
        <source>Coded segments</source>
        <translation>Coded segments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/docks.py" line="141" />
        <source>%n segment(s) coded with “%1” (with sub-codes)</source>
        <translation><numerusform>%n segment(s) coded with “%1” (with sub-codes)</numerusform><numerusform>%n segment(s) coded with “%1” (with sub-codes)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/docks.py" line="144" />
        <source>%n segment(s) in this transcript; choose a code to see its segments</source>
        <translation><numerusform>%n segment(s) in this transcript; choose a code to see its segments</numerusform><numerusform>%n segment(s) in this transcript; choose a code to see its segments</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="146" />
        <source>Choose a code or a transcript to see its coded segments</source>
        <translation>Choose a code or a transcript to see its coded segments</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../../ui/segments_model.py" line="25" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25" />
        <source>Coder</source>
        <translation>Coder</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25" />
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="26" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="38" />
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="33" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35" />
        <source>Widen selections to whole words when coding</source>
        <translation>Widen selections to whole words when coding</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="65" />
        <source>Code interview transcripts together with your team. Every change is stored at once; there is nothing to save.</source>
        <translation>Code interview transcripts together with your team. Every change is stored at once; there is nothing to save.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="67" />
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="68" />
        <source>Open project…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="69" />
        <source>Open the sample project</source>
        <translation>Open the sample project</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="70" />
        <source>Ten invented interviews, coded by two coders, to try things on</source>
        <translation>Ten invented interviews, coded by two coders, to try things on</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="71" />
        <source>Recent projects (double-click or Enter to open)</source>
        <translation>Recent projects (double-click or Enter to open)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../ui/transcript_view.py" line="233" />
        <source>Coder: %1</source>
        <translation>Coder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/transcript_view.py" line="235" />
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../ui/coding_actions.py" line="209" />
        <source>Change code of coding</source>
        <translation>Change code of coding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="223" />
        <source>Change extent of coding</source>
        <translation>Change extent of coding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="236" />
        <source>Edit memo</source>
        <translation>Edit memo</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="62" />
        <source>Code passage with “%1”</source>
        <translation>Code passage with “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="82" />
        <source>Remove coding</source>
        <translation>Remove coding</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="120" />
        <source>Add code “%1”</source>
        <translation>Add code “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="146" />
        <source>Rename code “%1”</source>
        <translation>Rename code “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="170" />
        <source>Recolour code “%1”</source>
        <translation>Recolour code “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="179" />
        <source>Describe code “%1”</source>
        <translation>Describe code “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="185" />
        <source>Set shortcut of “%1”</source>
        <translation>Set shortcut of “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="202" />
        <source>Move code “%1”</source>
        <translation>Move code “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="215" />
        <source>Delete code “%1”</source>
        <translation>Delete code “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="230" />
        <source>Merge “%1” into “%2”</source>
        <translation>Merge “%1” into “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="283" />
        <source>Code passage with new code “%1”</source>
        <translation>Code passage with new code “%1”</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <location filename="../../ui/project_view.py" line="125" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
</TS>