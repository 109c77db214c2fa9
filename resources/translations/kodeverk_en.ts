<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ChoiceButton</name>
    <message>
        <location filename="../../ui/retrieve_choice.py" line="63"/>
        <source>Filter the list</source>
        <translation>Filter the list</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_choice.py" line="64"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_choice.py" line="97"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_choice.py" line="103"/>
        <source>No restriction: click to choose</source>
        <translation>No restriction: click to choose</translation>
    </message>
</context>
<context>
    <name>CodeChoiceDialog</name>
    <message>
        <location filename="../../ui/code_choice_dialog.py" line="90"/>
        <source>No code matches “%1”.</source>
        <translation>No code matches “%1”.</translation>
    </message>
</context>
<context>
    <name>CodebookDock</name>
    <message>
        <location filename="../../ui/codebook_dock.py" line="154"/>
        <source>Codebook</source>
        <translation>Codebook</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="155"/>
        <source>&amp;Codebook</source>
        <translation>&amp;Codebook</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="156"/>
        <location filename="../../ui/codebook_dock.py" line="228"/>
        <source>New code</source>
        <translation>New code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="156"/>
        <source>Add a top-level code</source>
        <translation>Add a top-level code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="157"/>
        <source>New sub-code</source>
        <translation>New sub-code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="157"/>
        <source>Add a code under the selected code</source>
        <translation>Add a code under the selected code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="158"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="158"/>
        <source>Rename the selected code</source>
        <translation>Rename the selected code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="159"/>
        <source>Colour…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="159"/>
        <source>Choose the selected code&apos;s colour</source>
        <translation>Choose the selected code&apos;s colour</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="160"/>
        <source>Describe…</source>
        <translation>Describe…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="160"/>
        <source>Write what the code means and when to use it</source>
        <translation>Write what the code means and when to use it</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="161"/>
        <source>Shortcut key…</source>
        <translation>Shortcut key…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="161"/>
        <source>Code with this code by pressing 1–9</source>
        <translation>Code with this code by pressing 1–9</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="162"/>
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="162"/>
        <source>Move its codings and sub-codes to another code</source>
        <translation>Move its codings and sub-codes to another code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="163"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="163"/>
        <source>Delete the selected code (asks first)</source>
        <translation>Delete the selected code (asks first)</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="228"/>
        <source>Name of the new code:</source>
        <translation>Name of the new code:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="241"/>
        <source>Rename code</source>
        <translation>Rename code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="241"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="250"/>
        <source>Colour of the code</source>
        <translation>Colour of the code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="258"/>
        <source>Describe code</source>
        <translation>Describe code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="259"/>
        <source>What the code means and when to use it:</source>
        <translation>What the code means and when to use it:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="268"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="270"/>
        <source>Shortcut key</source>
        <translation>Shortcut key</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="270"/>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="283"/>
        <source>Merge code</source>
        <translation>Merge code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="284"/>
        <source>Merge “%1” into:</source>
        <translation>Merge “%1” into:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="297"/>
        <source>Delete the code “%1” and its sub-codes?</source>
        <translation>Delete the code “%1” and its sub-codes?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook_dock.py" line="299"/>
        <source>%n coding(s) will be deleted with it (you can undo this).</source>
        <translation>
            <numerusform>%n coding will be deleted with it (you can undo this).</numerusform>
            <numerusform>%n codings will be deleted with it (you can undo this).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="300"/>
        <source>Delete code</source>
        <translation>Delete code</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../ui/codebook_model.py" line="30"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="30"/>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="30"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="33"/>
        <source>The codes; drag a code onto another to move it under it</source>
        <translation>The codes; drag a code onto another to move it under it</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="34"/>
        <source>Codings with this code in the open transcript</source>
        <translation>Codings with this code in the open transcript</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="35"/>
        <source>Codings with this code in the whole project</source>
        <translation>Codings with this code in the whole project</translation>
    </message>
</context>
<context>
    <name>CoderCommands</name>
    <message>
        <location filename="../../ui/coder_commands.py" line="67"/>
        <source>Add coder “%1”</source>
        <translation>Add coder “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/coder_commands.py" line="97"/>
        <source>Rename coder “%1”</source>
        <translation>Rename coder “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/coder_commands.py" line="98"/>
        <source>Recolour coder “%1”</source>
        <translation>Recolour coder “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/coder_commands.py" line="99"/>
        <source>Set the initials of “%1”</source>
        <translation>Set the initials of “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/coder_commands.py" line="122"/>
        <source>Remove coder “%1”</source>
        <translation>Remove coder “%1”</translation>
    </message>
</context>
<context>
    <name>CoderCopyDialog</name>
    <message>
        <location filename="../../ui/copy_dialog.py" line="72"/>
        <source>Make a coder copy</source>
        <translation>Make a coder copy</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="73"/>
        <source>The coder who will work in the copy</source>
        <translation>The coder who will work in the copy</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="74"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="33"/>
        <source>The copy has the same transcripts and codebook, and only this coder&apos;s codings. Merge it back with File → Merge coder copies.</source>
        <translation>The copy has the same transcripts and codebook, and only this coder&apos;s codings. Merge it back with File → Merge coder copies.</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="75"/>
        <source>Make copy</source>
        <translation>Make copy</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="77"/>
        <source>Coder</source>
        <translation>Coder</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="78"/>
        <source>New file</source>
        <translation>New file</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="96"/>
        <source>Coder copy</source>
        <translation>Coder copy</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="97"/>
        <source>Kodeverk projects (*.kodeverk)</source>
        <translation>Kodeverk projects (*.kodeverk)</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="104"/>
        <source>Give the coder&apos;s name.</source>
        <translation>Give the coder&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="107"/>
        <source>Choose where the copy goes.</source>
        <translation>Choose where the copy goes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/copy_dialog.py" line="115"/>
        <source>Coder copy for %1 written to %2 (%n coding(s))</source>
        <translation>
            <numerusform>Coder copy for %1 written to %2 (%n coding)</numerusform>
            <numerusform>Coder copy for %1 written to %2 (%n codings)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="123"/>
        <source>Could not make the copy: %1</source>
        <translation>Could not make the copy: %1</translation>
    </message>
</context>
<context>
    <name>CoderToolbar</name>
    <message>
        <location filename="../../ui/coder_toolbar.py" line="58"/>
        <source>Coding as %1</source>
        <translation>Coding as %1</translation>
    </message>
    <message>
        <location filename="../../ui/coder_toolbar.py" line="60"/>
        <source>No coder yet: add one in the toolbar</source>
        <translation>No coder yet: add one in the toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/coder_toolbar.py" line="63"/>
        <source>Coder</source>
        <translation>Coder</translation>
    </message>
    <message>
        <location filename="../../ui/coder_toolbar.py" line="64"/>
        <source>C&amp;oder</source>
        <translation>C&amp;oder</translation>
    </message>
    <message>
        <location filename="../../ui/coder_toolbar.py" line="65"/>
        <source>Coder:</source>
        <translation>Coder:</translation>
    </message>
    <message>
        <location filename="../../ui/coder_toolbar.py" line="66"/>
        <source>Your codings are stored under this coder</source>
        <translation>Your codings are stored under this coder</translation>
    </message>
</context>
<context>
    <name>CodersDialog</name>
    <message>
        <location filename="../../ui/coders_dialog.py" line="106"/>
        <source>Coders</source>
        <translation>Coders</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="107"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="107"/>
        <source>Add a person who codes</source>
        <translation>Add a person who codes</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="108"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="108"/>
        <source>Give the selected coder another name</source>
        <translation>Give the selected coder another name</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="109"/>
        <source>Colour…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="109"/>
        <source>Choose the colour that marks the coder&apos;s codings</source>
        <translation>Choose the colour that marks the coder&apos;s codings</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="110"/>
        <source>Initials…</source>
        <translation>Initials…</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="110"/>
        <source>The letters shown on the coder&apos;s stripes and in the toolbar</source>
        <translation>The letters shown on the coder&apos;s stripes and in the toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="112"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="112"/>
        <source>Remove the selected coder (only one who has coded nothing yet)</source>
        <translation>Remove the selected coder (only one who has coded nothing yet)</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="133"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="134"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="144"/>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="145"/>
        <source>Redo: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="182"/>
        <source>Add coder</source>
        <translation>Add coder</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="182"/>
        <source>Name of the coder:</source>
        <translation>Name of the coder:</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="193"/>
        <source>Rename coder</source>
        <translation>Rename coder</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="193"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="201"/>
        <source>Colour of the coder</source>
        <translation>Colour of the coder</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="209"/>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="209"/>
        <source>Initials (1–3 letters):</source>
        <translation>Initials (1–3 letters):</translation>
    </message>
</context>
<context>
    <name>CodersModel</name>
    <message>
        <location filename="../../ui/coders_dialog.py" line="34"/>
        <source>Coder</source>
        <translation>Coder</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="34"/>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="34"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="42"/>
        <source>You are coding as this coder</source>
        <translation>You are coding as this coder</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../ui/coding_actions.py" line="62"/>
        <source>Find a code by typing (Ctrl+K); Enter codes the selection</source>
        <translation>Find a code by typing (Ctrl+K); Enter codes the selection</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="63"/>
        <source>Code the selection with the code selected in the codebook</source>
        <translation>Code the selection with the code selected in the codebook</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="65"/>
        <source>Make the selected words a new code and code them with it</source>
        <translation>Make the selected words a new code and code them with it</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="66"/>
        <source>Remove the selected coding</source>
        <translation>Remove the selected coding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="67"/>
        <source>Give the selected coding another code</source>
        <translation>Give the selected coding another code</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="68"/>
        <source>Widen or narrow the selected coding to the text selected now</source>
        <translation>Widen or narrow the selected coding to the text selected now</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="70"/>
        <source>Write a memo on the selected coding</source>
        <translation>Write a memo on the selected coding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="72"/>
        <source>Go to the next coding in the transcript (F8)</source>
        <translation>Go to the next coding in the transcript (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="62"/>
        <source>Code selection &amp;with…</source>
        <translation>Code selection &amp;with…</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="63"/>
        <source>Code selection with &amp;selected code</source>
        <translation>Code selection with &amp;selected code</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="65"/>
        <source>Code in &amp;vivo</source>
        <translation>Code in &amp;vivo</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="66"/>
        <source>&amp;Remove coding</source>
        <translation>&amp;Remove coding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="67"/>
        <source>C&amp;hange code of coding…</source>
        <translation>C&amp;hange code of coding…</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="68"/>
        <source>Se&amp;t coding to selection</source>
        <translation>Se&amp;t coding to selection</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="70"/>
        <source>&amp;Memo…</source>
        <translation>&amp;Memo…</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="71"/>
        <source>&amp;Next coding</source>
        <translation>&amp;Next coding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="73"/>
        <source>&amp;Previous coding</source>
        <translation>&amp;Previous coding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="74"/>
        <source>Go to the previous coding in the transcript (Shift+F8)</source>
        <translation>Go to the previous coding in the transcript (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="98"/>
        <location filename="../../ui/coding_actions.py" line="244"/>
        <source>Open a transcript first</source>
        <translation>Open a transcript first</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="101"/>
        <source>Select a passage of the transcript first</source>
        <translation>Select a passage of the transcript first</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="106"/>
        <source>Add a coder in the toolbar first: every coding has one</source>
        <translation>Add a coder in the toolbar first: every coding has one</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="113"/>
        <source>Click a coding&apos;s stripe (or put the cursor in a coded passage) first</source>
        <translation>Click a coding&apos;s stripe (or put the cursor in a coded passage) first</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="130"/>
        <source>Select a code in the codebook first</source>
        <translation>Select a code in the codebook first</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="137"/>
        <source>No code has the shortcut %1</source>
        <translation>No code has the shortcut %1</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="198"/>
        <source>Every result is coded with this code already</source>
        <translation>Every result is coded with this code already</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="220"/>
        <source>Change the code to…</source>
        <translation>Change the code to…</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="227"/>
        <source>Click a coding&apos;s stripe, then select the new extent of the passage (the stripe stays chosen), then choose this</source>
        <translation>Click a coding&apos;s stripe, then select the new extent of the passage (the stripe stays chosen), then choose this</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="248"/>
        <source>No coding after this one</source>
        <translation>No coding after this one</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="249"/>
        <source>No coding before this one</source>
        <translation>No coding before this one</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="259"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="260"/>
        <source>Memo on this coding:</source>
        <translation>Memo on this coding:</translation>
    </message>
</context>
<context>
    <name>CodingStripes</name>
    <message>
        <location filename="../../ui/stripes.py" line="217"/>
        <source>Drag this end to widen or narrow the coding</source>
        <translation>Drag this end to widen or narrow the coding</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare_view.py" line="143"/>
        <source>Compare coders</source>
        <translation>Compare coders</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="82"/>
        <source>speaker turns</source>
        <translation>speaker turns</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="83"/>
        <source>paragraphs</source>
        <translation>paragraphs</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="84"/>
        <source>Compute agreement</source>
        <translation>Compute agreement</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="85"/>
        <source>Each top-level code</source>
        <translation>Each top-level code</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="145"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="146"/>
        <source>Resolve disagreements…</source>
        <translation>Resolve disagreements…</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="147"/>
        <source>Export report…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="148"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="86"/>
        <source>Coders</source>
        <translation>Coders</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="87"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="88"/>
        <source>Transcripts</source>
        <translation>Transcripts</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="91"/>
        <source>Segment overlap</source>
        <translation>Segment overlap</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="92"/>
        <source>Units for α</source>
        <translation>Units for α</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="134"/>
        <source>Choose two or more coders and press “Compute agreement”.</source>
        <translation>Choose two or more coders and press “Compute agreement”.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="194"/>
        <source>Choose at least two coders.</source>
        <translation>Choose at least two coders.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="197"/>
        <source>Choose at least one transcript.</source>
        <translation>Choose at least one transcript.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="208"/>
        <source>Computing agreement…</source>
        <translation>Computing agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="267"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="222"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="149"/>
        <source>The agreement per code and measure shows here.

Tick the coders, codes and transcripts to compare on the left, then press “Compute agreement”.</source>
        <translation>The agreement per code and measure shows here.

Tick the coders, codes and transcripts to compare on the left, then press “Compute agreement”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/compare_view.py" line="251"/>
        <source>%1 — %n transcript(s), computed %2.</source>
        <translation>
            <numerusform>%1 — %n transcript, computed %2.</numerusform>
            <numerusform>%1 — %n transcripts, computed %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="254"/>
        <source>Character and segment agreement compare exactly two coders: left out.</source>
        <translation>Character and segment agreement compare exactly two coders: left out.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="256"/>
        <source>Without speaker turns (paragraphs used): %1.</source>
        <translation>Without speaker turns (paragraphs used): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="262"/>
        <source>Choose coders, codes and transcripts, compute, then “Export report…”.</source>
        <translation>Choose coders, codes and transcripts, compute, then “Export report…”.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="277"/>
        <source>Could not compute: %1</source>
        <translation>Could not compute: %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="287"/>
        <source>≥ 0.800 good</source>
        <translation>≥ 0.800 good</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="287"/>
        <source>≥ 0.667 tentative</source>
        <translation>≥ 0.667 tentative</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="288"/>
        <source>below: poor</source>
        <translation>below: poor</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="288"/>
        <source>not defined</source>
        <translation>not defined</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="290"/>
        <source>κ and α, by Krippendorff&apos;s reading:</source>
        <translation>κ and α, by Krippendorff&apos;s reading:</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="298"/>
        <source>Select a number to see the counts behind it.</source>
        <translation>Select a number to see the counts behind it.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="303"/>
        <source>Counts behind %1 for “%2”, pooled and per transcript:</source>
        <translation>Counts behind %1 for “%2”, pooled and per transcript:</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="333"/>
        <source>Export agreement report</source>
        <translation>Export agreement report</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="333"/>
        <source>agreement.docx</source>
        <translation>agreement.docx</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="334"/>
        <source>Word (*.docx);;Excel (*.xlsx)</source>
        <translation>Word (*.docx);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="342"/>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="346"/>
        <source>Could not write the report: %1</source>
        <translation>Could not write the report: %1</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../ui/compare_model.py" line="56"/>
        <source>Characters %</source>
        <translation>Characters %</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="57"/>
        <source>Characters κ</source>
        <translation>Characters κ</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="58"/>
        <source>Segments %</source>
        <translation>Segments %</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="59"/>
        <source>Segments κ</source>
        <translation>Segments κ</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="60"/>
        <source>α (units)</source>
        <translation>α (units)</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="61"/>
        <source>|uα (spans)</source>
        <translation>|uα (spans)</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="67"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="68"/>
        <source>tentative</source>
        <translation>tentative</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="69"/>
        <source>poor</source>
        <translation>poor</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="70"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="80"/>
        <source>both coded</source>
        <translation>both coded</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="81"/>
        <source>only A</source>
        <translation>only A</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="82"/>
        <source>only B</source>
        <translation>only B</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="83"/>
        <source>neither</source>
        <translation>neither</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="84"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="85"/>
        <source>agreeing segments</source>
        <translation>agreeing segments</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="86"/>
        <source>only A&apos;s segments</source>
        <translation>only A&apos;s segments</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="87"/>
        <source>only B&apos;s segments</source>
        <translation>only B&apos;s segments</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="88"/>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="89"/>
        <source>pairable units</source>
        <translation>pairable units</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="90"/>
        <source>pairable values</source>
        <translation>pairable values</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="91"/>
        <source>observed disagreement D_o</source>
        <translation>observed disagreement D_o</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="92"/>
        <source>expected disagreement D_e</source>
        <translation>expected disagreement D_e</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="93"/>
        <source>spans per coder</source>
        <translation>spans per coder</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="94"/>
        <source>characters (continuum)</source>
        <translation>characters (continuum)</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="95"/>
        <source>values</source>
        <translation>values</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="131"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="185"/>
        <source>weighted by length: %1</source>
        <translation>weighted by length: %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="187"/>
        <source>Mean over transcripts</source>
        <translation>Mean over transcripts</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="201"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="202"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="203"/>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="211"/>
        <source>All (pooled)</source>
        <translation>All (pooled)</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="51"/>
        <source>colour {colour!r} is not of the form #RRGGBB</source>
        <translation>colour {colour!r} is not of the form #RRGGBB</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="59"/>
        <source>a code needs a name</source>
        <translation>a code needs a name</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="63"/>
        <source>a code named {name!r} exists already under {parent}</source>
        <translation>a code named {name!r} exists already under {parent}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="65"/>
        <source>a code named {name!r} exists already under the top level</source>
        <translation>a code named {name!r} exists already under the top level</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="148"/>
        <source>a shortcut is a number from 1 to 9</source>
        <translation>a shortcut is a number from 1 to 9</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="163"/>
        <source>cannot move {code!r} into itself or its own sub-code</source>
        <translation>cannot move {code!r} into itself or its own sub-code</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/codebook/service.py" line="205"/>
        <source>code {code!r} has %n coding(s) (with its sub-codes); merge it into another code, or delete with force</source>
        <translation>
            <numerusform>code {code!r} has %n coding (with its sub-codes); merge it into another code, or delete with force</numerusform>
            <numerusform>code {code!r} has %n codings (with its sub-codes); merge it into another code, or delete with force</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="232"/>
        <source>cannot merge a code into itself</source>
        <translation>cannot merge a code into itself</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="237"/>
        <source>cannot merge {code!r} into its own sub-code</source>
        <translation>cannot merge {code!r} into its own sub-code</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/tree.py" line="130"/>
        <source>code {code!r} is ambiguous: give the full path, one of {paths}</source>
        <translation>code {code!r} is ambiguous: give the full path, one of {paths}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="48"/>
        <source>no code named {name!r}</source>
        <translation>no code named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="49"/>
        <source>no coder named {name!r}</source>
        <translation>no coder named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="50"/>
        <source>no coding named {name!r}</source>
        <translation>no coding named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="51"/>
        <source>no transcript named {name!r}</source>
        <translation>no transcript named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="52"/>
        <source>no phase named {name!r}</source>
        <translation>no phase named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="53"/>
        <source>no group named {name!r}</source>
        <translation>no group named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="54"/>
        <source>no informant named {name!r}</source>
        <translation>no informant named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="55"/>
        <source>no ministry named {name!r}</source>
        <translation>no ministry named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="56"/>
        <source>no role named {name!r}</source>
        <translation>no role named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="57"/>
        <source>no guide named {name!r}</source>
        <translation>no guide named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="58"/>
        <source>no guide template named {name!r}</source>
        <translation>no guide template named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="59"/>
        <source>no codebook template named {name!r}</source>
        <translation>no codebook template named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="60"/>
        <source>no listed name named {name!r}</source>
        <translation>no listed name named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="61"/>
        <source>no lost coding named {name!r}</source>
        <translation>no lost coding named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="78"/>
        <source>no {kind} named {name!r}</source>
        <translation>no {kind} named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="80"/>
        <source>{problem}; did you mean {suggestions}?</source>
        <translation>{problem}; did you mean {suggestions}?</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="99"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="122"/>
        <source>{file}: {name!r} matches rows {lines}</source>
        <translation>{file}: {name!r} matches rows {lines}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="159"/>
        <source>an old Excel .xls file or a password-protected workbook; save it as .xlsx without a password, or as CSV</source>
        <translation>an old Excel .xls file or a password-protected workbook; save it as .xlsx without a password, or as CSV</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="171"/>
        <source>is a folder, not a manifest file</source>
        <translation>is a folder, not a manifest file</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="175"/>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="178"/>
        <source>cannot be read: {reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="181"/>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="117"/>
        <source>the file is empty (0 bytes)</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="191"/>
        <source>read as Windows-1252, not UTF-8: check that æ, ø and å look right</source>
        <translation>read as Windows-1252, not UTF-8: check that æ, ø and å look right</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="203"/>
        <source>row {line}: malformed CSV ({detail}); is a quote never closed?</source>
        <translation>row {line}: malformed CSV ({detail}); is a quote never closed?</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="229"/>
        <source>not a readable Excel workbook ({kind}: {detail})</source>
        <translation>not a readable Excel workbook ({kind}: {detail})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="253"/>
        <source>no header row: the file holds only empty rows</source>
        <translation>no header row: the file holds only empty rows</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="264"/>
        <source>row {line} has {cells} cells but the header has {columns} columns; is a value holding the delimiter missing its quotes?</source>
        <translation>row {line} has {cells} cells but the header has {columns} columns; is a value holding the delimiter missing its quotes?</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="267"/>
        <source>row {line}: values in columns without a header are ignored (columns {columns})</source>
        <translation>row {line}: values in columns without a header are ignored (columns {columns})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="274"/>
        <source>row {line}: no file name; row skipped</source>
        <translation>row {line}: no file name; row skipped</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="279"/>
        <source>file {file!r} is listed twice (rows {first} and {line})</source>
        <translation>file {file!r} is listed twice (rows {first} and {line})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="294"/>
        <source>rows {lines}: files in different folders share the name {name!r}</source>
        <translation>rows {lines}: files in different folders share the name {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="312"/>
        <source>columns {first} ({first_header!r}) and {second} ({second_header!r}) hold the same field; keep one</source>
        <translation>columns {first} ({first_header!r}) and {second} ({second_header!r}) hold the same field; keep one</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="318"/>
        <source>no headers</source>
        <translation>no headers</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="320"/>
        <source>missing column &apos;fil&apos;/&apos;file&apos;; found: {found}</source>
        <translation>missing column &apos;fil&apos;/&apos;file&apos;; found: {found}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="349"/>
        <source>row {line}: date {text!r} is not a valid date; left empty</source>
        <translation>row {line}: date {text!r} is not a valid date; left empty</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="353"/>
        <source>row {line}: date {text!r} is not a valid date (write yyyy-mm-dd or dd.mm.yyyy); left empty</source>
        <translation>row {line}: date {text!r} is not a valid date (write yyyy-mm-dd or dd.mm.yyyy); left empty</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="365"/>
        <source>row {line}: {header!r} value {text!r} is not ja/nei (yes/no); left empty</source>
        <translation>row {line}: {header!r} value {text!r} is not ja/nei (yes/no); left empty</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="28"/>
        <source>ministry {raw!r} not recognised; kept as written</source>
        <translation>ministry {raw!r} not recognised; kept as written</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="29"/>
        <source>role {raw!r} not recognised; kept as written</source>
        <translation>role {raw!r} not recognised; kept as written</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="32"/>
        <source>ministry {raw!r} read as {value!r}</source>
        <translation>ministry {raw!r} read as {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="33"/>
        <source>role {raw!r} read as {value!r}</source>
        <translation>role {raw!r} read as {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="36"/>
        <source>informant {informant}: ministry {value!r} differs from the stored {current!r}; kept {current!r}</source>
        <translation>informant {informant}: ministry {value!r} differs from the stored {current!r}; kept {current!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="39"/>
        <source>informant {informant}: role {value!r} differs from the stored {current!r}; kept {current!r}</source>
        <translation>informant {informant}: role {value!r} differs from the stored {current!r}; kept {current!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="79"/>
        <source>phase {phase!r} is not one of {known}</source>
        <translation>phase {phase!r} is not one of {known}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="83"/>
        <source>group {group!r} is not in the project&apos;s list of groups</source>
        <translation>group {group!r} is not in the project&apos;s list of groups</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="103"/>
        <source>phase {phase!r} not recognised (known: {known}); left empty</source>
        <translation>phase {phase!r} not recognised (known: {known}); left empty</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="111"/>
        <source>group {raw!r} read as {value!r}</source>
        <translation>group {raw!r} read as {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="114"/>
        <source>group {raw!r} not recognised; add it to the project&apos;s groups and set it by hand</source>
        <translation>group {raw!r} not recognised; add it to the project&apos;s groups and set it by hand</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="121"/>
        <source>ministry, role or name given without an informant pseudonym; not stored</source>
        <translation>ministry, role or name given without an informant pseudonym; not stored</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="172"/>
        <source>informant {informant}: attribute {key!r} {value!r} differs from the stored {stored!r}; kept the stored value</source>
        <translation>informant {informant}: attribute {key!r} {value!r} differs from the stored {stored!r}; kept the stored value</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="75"/>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="84"/>
        <source>this is a folder, not a file ({path})</source>
        <translation>this is a folder, not a file ({path})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="80"/>
        <source>the file does not exist ({path})</source>
        <translation>the file does not exist ({path})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="88"/>
        <source>permission denied: Kodeverk may not read this file ({path})</source>
        <translation>permission denied: Kodeverk may not read this file ({path})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="92"/>
        <source>cannot read the file: {reason} ({path})</source>
        <translation>cannot read the file: {reason} ({path})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="111"/>
        <source>unsupported file type {suffix!r} (Kodeverk reads {known})</source>
        <translation>unsupported file type {suffix!r} (Kodeverk reads {known})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="114"/>
        <source>unsupported file type (no extension) (Kodeverk reads {known})</source>
        <translation>unsupported file type (no extension) (Kodeverk reads {known})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="120"/>
        <source>the file is named {suffix} but is an RTF file; read as RTF</source>
        <translation>the file is named {suffix} but is an RTF file; read as RTF</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="125"/>
        <source>the document has no text</source>
        <translation>the document has no text</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="23"/>
        <source>the document is password-protected; save it without a password and import again</source>
        <translation>the document is password-protected; save it without a password and import again</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="26"/>
        <source>not a Word document (no word/document.xml inside)</source>
        <translation>not a Word document (no word/document.xml inside)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="27"/>
        <source>{problem}; it looks like an OpenDocument file: rename it .odt</source>
        <translation>{problem}; it looks like an OpenDocument file: rename it .odt</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="28"/>
        <source>not a Word document ({part} has no body)</source>
        <translation>not a Word document ({part} has no body)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="29"/>
        <source>the document has tracked changes: deleted text was left out, inserted text kept</source>
        <translation>the document has tracked changes: deleted text was left out, inserted text kept</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="75"/>
        <source>this is an old Word 97–2003 .doc file, not .docx; save it as .docx</source>
        <translation>this is an old Word 97–2003 .doc file, not .docx; save it as .docx</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="77"/>
        <source>this is an old Word 97–2003 .doc file, not {kind}; save it as {kind} or .docx</source>
        <translation>this is an old Word 97–2003 .doc file, not {kind}; save it as {kind} or .docx</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="82"/>
        <source>not a Word .docx file (not a zip archive)</source>
        <translation>not a Word .docx file (not a zip archive)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="84"/>
        <source>not an OpenDocument .odt file (not a zip archive)</source>
        <translation>not an OpenDocument .odt file (not a zip archive)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="89"/>
        <location filename="../../kodeverk/importing/readers/_common.py" line="106"/>
        <location filename="../../kodeverk/importing/readers/odt.py" line="133"/>
        <source>the {kind} file is damaged (corrupt zip archive)</source>
        <translation>the {kind} file is damaged (corrupt zip archive)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="98"/>
        <source>the {kind} file is damaged or hostile ({name} would be {size} MB uncompressed; the limit is {limit} MB)</source>
        <translation>the {kind} file is damaged or hostile ({name} would be {size} MB uncompressed; the limit is {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="110"/>
        <source>the {kind} file uses a zip compression Kodeverk cannot read</source>
        <translation>the {kind} file uses a zip compression Kodeverk cannot read</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="116"/>
        <source>the {kind} file is damaged or hostile ({name} is larger than {limit} MB uncompressed)</source>
        <translation>the {kind} file is damaged or hostile ({name} is larger than {limit} MB uncompressed)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="128"/>
        <source>the {kind} file is damaged ({name} is not well-formed XML: {detail})</source>
        <translation>the {kind} file is damaged ({name} is not well-formed XML: {detail})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/odt.py" line="148"/>
        <source>not an OpenDocument text document (no content.xml inside)</source>
        <translation>not an OpenDocument text document (no content.xml inside)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/odt.py" line="150"/>
        <source>{problem}; it looks like a Word file: rename it .docx</source>
        <translation>{problem}; it looks like a Word file: rename it .docx</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/odt.py" line="158"/>
        <source>not an OpenDocument text document (content.xml has no office:text; is it a spreadsheet or presentation?)</source>
        <translation>not an OpenDocument text document (content.xml has no office:text; is it a spreadsheet or presentation?)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/rtf.py" line="96"/>
        <source>the RTF file is damaged (unbalanced braces)</source>
        <translation>the RTF file is damaged (unbalanced braces)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/rtf.py" line="200"/>
        <source>not an RTF file (it does not start with {{\rtf)</source>
        <translation>not an RTF file (it does not start with {{\rtf)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/txt.py" line="20"/>
        <source>a zip archive (a .docx or .odt renamed?)</source>
        <translation>a zip archive (a .docx or .odt renamed?)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/txt.py" line="21"/>
        <source>an old Word 97–2003 .doc file</source>
        <translation>an old Word 97–2003 .doc file</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/txt.py" line="22"/>
        <source>a PDF file</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/txt.py" line="23"/>
        <source>an RTF file (rename it .rtf)</source>
        <translation>an RTF file (rename it .rtf)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/txt.py" line="31"/>
        <source>not a text file: this is {what}</source>
        <translation>not a text file: this is {what}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/txt.py" line="35"/>
        <source>read as Windows-1252 (not UTF-8); check letters like æ, ø and å</source>
        <translation>read as Windows-1252 (not UTF-8); check letters like æ, ø and å</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="60"/>
        <location filename="../../kodeverk/teamwork/copy.py" line="57"/>
        <source>a file with this name exists already; choose another name</source>
        <translation>a file with this name exists already; choose another name</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="86"/>
        <source>{file}: a codebook is exported as .qdc, .json or .docx</source>
        <translation>{file}: a codebook is exported as .qdc, .json or .docx</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="90"/>
        <location filename="../../kodeverk/export/options.py" line="130"/>
        <location filename="../../kodeverk/project.py" line="63"/>
        <location filename="../../kodeverk/refi/export.py" line="88"/>
        <location filename="../../kodeverk/teamwork/copy.py" line="60"/>
        <source>the folder {folder} does not exist</source>
        <translation>the folder {folder} does not exist</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="116"/>
        <source>the codebook export is not valid against Codebook.xsd: {problems}</source>
        <translation>the codebook export is not valid against Codebook.xsd: {problems}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="161"/>
        <source>{file}: a codebook is imported from .qdc or .json</source>
        <translation>{file}: a codebook is imported from .qdc or .json</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="178"/>
        <source>not well-formed XML at line {line}: {detail}</source>
        <translation>not well-formed XML at line {line}: {detail}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="182"/>
        <source>not a REFI-QDA codebook (its root element is {root!r}, not &apos;CodeBook&apos;)</source>
        <translation>not a REFI-QDA codebook (its root element is {root!r}, not &apos;CodeBook&apos;)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="188"/>
        <location filename="../../kodeverk/codebook/exchange.py" line="198"/>
        <location filename="../../kodeverk/refi/reader.py" line="188"/>
        <location filename="../../kodeverk/refi/reader.py" line="206"/>
        <source>{file} has the namespace {namespace!r} instead of {expected} (read anyway)</source>
        <translation>{file} has the namespace {namespace!r} instead of {expected} (read anyway)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="191"/>
        <location filename="../../kodeverk/refi/reader.py" line="191"/>
        <source>{file} has no namespace instead of {expected} (read anyway)</source>
        <translation>{file} has no namespace instead of {expected} (read anyway)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="195"/>
        <source>written for a newer version of the REFI-QDA format ({major}.{minor}); Kodeverk reads version 1.x</source>
        <translation>written for a newer version of the REFI-QDA format ({major}.{minor}); Kodeverk reads version 1.x</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="208"/>
        <source>not a JSON codebook ({detail})</source>
        <translation>not a JSON codebook ({detail})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="213"/>
        <source>not a Kodeverk codebook: no list of &quot;codes&quot;</source>
        <translation>not a Kodeverk codebook: no list of &quot;codes&quot;</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="218"/>
        <source>code {where} has no name</source>
        <translation>code {where} has no name</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="223"/>
        <source>code {name!r}: colour {colour!r} is not #RRGGBB; a default is used</source>
        <translation>code {name!r}: colour {colour!r} is not #RRGGBB; a default is used</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="229"/>
        <source>code {name!r}: &quot;children&quot; is not a list</source>
        <translation>code {name!r}: &quot;children&quot; is not a list</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="234"/>
        <source>{number} under {parent!r}</source>
        <translation>{number} under {parent!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="239"/>
        <source>number {number}</source>
        <translation>number {number}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="138"/>
        <source>the project file is damaged ({detail})</source>
        <translation>the project file is damaged ({detail})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="141"/>
        <source>{problem}; the newest backup is {backup}</source>
        <translation>{problem}; the newest backup is {backup}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="153"/>
        <source>not a Kodeverk project (an SQLite database without Kodeverk&apos;s tables)</source>
        <translation>not a Kodeverk project (an SQLite database without Kodeverk&apos;s tables)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="156"/>
        <source>the project was saved by a newer version of Kodeverk (schema {schema}); this is version {version}: please update Kodeverk</source>
        <translation>the project was saved by a newer version of Kodeverk (schema {schema}); this is version {version}: please update Kodeverk</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="161"/>
        <source>the project has an older schema ({schema}); open it once for writing to upgrade it</source>
        <translation>the project has an older schema ({schema}); open it once for writing to upgrade it</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="175"/>
        <source>the project is open read-only</source>
        <translation>the project is open read-only</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="166"/>
        <location filename="../../kodeverk/project.py" line="214"/>
        <location filename="../../kodeverk/refi/reader.py" line="147"/>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="216"/>
        <source>is a folder, not a project file</source>
        <translation>is a folder, not a project file</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="169"/>
        <location filename="../../kodeverk/guides/reader.py" line="93"/>
        <location filename="../../kodeverk/importing/report.py" line="13"/>
        <location filename="../../kodeverk/project.py" line="222"/>
        <location filename="../../kodeverk/refi/reader.py" line="155"/>
        <source>cannot be read ({reason})</source>
        <translation>cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="226"/>
        <source>the file is empty (0 bytes), not a Kodeverk project</source>
        <translation>the file is empty (0 bytes), not a Kodeverk project</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="229"/>
        <source>not a Kodeverk project (not an SQLite database)</source>
        <translation>not a Kodeverk project (not an SQLite database)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="52"/>
        <source>the passage to code is empty</source>
        <translation>the passage to code is empty</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="61"/>
        <source>the passage {passage!r} is not in transcript {transcript!r} (it must match the transcript&apos;s text exactly)</source>
        <translation>the passage {passage!r} is not in transcript {transcript!r} (it must match the transcript&apos;s text exactly)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="63"/>
        <source>the passage {passage!r} is not in the text (it must match the transcript&apos;s text exactly)</source>
        <translation>the passage {passage!r} is not in the text (it must match the transcript&apos;s text exactly)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="67"/>
        <source>{number}: at {position}</source>
        <translation>{number}: at {position}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="71"/>
        <source>the passage occurs {count} times in transcript {transcript!r} ({listed}); choose one with --occurrence N</source>
        <translation>the passage occurs {count} times in transcript {transcript!r} ({listed}); choose one with --occurrence N</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="73"/>
        <source>the passage occurs {count} times ({listed}); choose one with --occurrence N</source>
        <translation>the passage occurs {count} times ({listed}); choose one with --occurrence N</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/services/coding.py" line="78"/>
        <source>occurrence {occurrence} asked for, but the passage occurs %n time(s) in transcript {transcript!r}</source>
        <translation>
            <numerusform>occurrence {occurrence} asked for, but the passage occurs %n time in transcript {transcript!r}</numerusform>
            <numerusform>occurrence {occurrence} asked for, but the passage occurs %n times in transcript {transcript!r}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/services/coding.py" line="80"/>
        <source>occurrence {occurrence} asked for, but the passage occurs %n time(s)</source>
        <translation>
            <numerusform>occurrence {occurrence} asked for, but the passage occurs %n time</numerusform>
            <numerusform>occurrence {occurrence} asked for, but the passage occurs %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="91"/>
        <source>span [{start}, {end}) is outside the transcript&apos;s text (0–{length}) or empty</source>
        <translation>span [{start}, {end}) is outside the transcript&apos;s text (0–{length}) or empty</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="103"/>
        <source>this passage [{start}, {end}) is already coded with this code by this coder</source>
        <translation>this passage [{start}, {end}) is already coded with this code by this coder</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="151"/>
        <source>coding #{id} exists already</source>
        <translation>coding #{id} exists already</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="178"/>
        <source>the same coder already has this code on exactly that span</source>
        <translation>the same coder already has this code on exactly that span</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/groups.py" line="46"/>
        <source>a group needs a name</source>
        <translation>a group needs a name</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/groups.py" line="50"/>
        <source>a group named {name!r} exists already</source>
        <translation>a group named {name!r} exists already</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coders.py" line="69"/>
        <location filename="../../kodeverk/services/coders.py" line="90"/>
        <location filename="../../kodeverk/services/lookup.py" line="50"/>
        <source>a coder needs a name</source>
        <translation>a coder needs a name</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coders.py" line="74"/>
        <location filename="../../kodeverk/services/coders.py" line="93"/>
        <location filename="../../kodeverk/services/coders.py" line="156"/>
        <source>a coder named {name!r} exists already</source>
        <translation>a coder named {name!r} exists already</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coders.py" line="118"/>
        <source>initials are 1–{most} letters or digits, not {initials!r}</source>
        <translation>initials are 1–{most} letters or digits, not {initials!r}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/services/coders.py" line="137"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/services/coders.py" line="138"/>
        <source>%n lost coding(s)</source>
        <translation>
            <numerusform>%n lost coding</numerusform>
            <numerusform>%n lost codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/services/coders.py" line="139"/>
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n memo</numerusform>
            <numerusform>%n memos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coders.py" line="141"/>
        <source>coder {coder!r} has {owned}; only a coder with none can be removed</source>
        <translation>coder {coder!r} has {owned}; only a coder with none can be removed</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coders.py" line="153"/>
        <source>cannot bring back coder {coder!r}: another coder took its place</source>
        <translation>cannot bring back coder {coder!r}: another coder took its place</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/names.py" line="96"/>
        <source>{raw!r} is not a name</source>
        <translation>{raw!r} is not a name</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/names.py" line="116"/>
        <source>{name!r} is the real name of informant {informant}; it stays on the list (change the informant&apos;s real name instead)</source>
        <translation>{name!r} is the real name of informant {informant}; it stays on the list (change the informant&apos;s real name instead)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/names.py" line="133"/>
        <source>replacement must be &apos;placeholder&apos; or &apos;pseudonym&apos;, not {replacement!r}</source>
        <translation>replacement must be &apos;placeholder&apos; or &apos;pseudonym&apos;, not {replacement!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/names.py" line="216"/>
        <source>cannot be read as a Word document ({detail})</source>
        <translation>cannot be read as a Word document ({detail})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/backup.py" line="74"/>
        <source>could not write a backup to {folder} ({reason}); nothing was changed</source>
        <translation>could not write a backup to {folder} ({reason}); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/engine.py" line="51"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/engine.py" line="53"/>
        <source>the file or its folder is read-only</source>
        <translation>the file or its folder is read-only</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/engine.py" line="55"/>
        <source>the project is busy in another program</source>
        <translation>the project is busy in another program</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/engine.py" line="57"/>
        <source>the file is damaged or not a Kodeverk project</source>
        <translation>the file is damaged or not a Kodeverk project</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/engine.py" line="59"/>
        <source>the file cannot be opened</source>
        <translation>the file cannot be opened</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/engine.py" line="72"/>
        <location filename="../../kodeverk/storage/engine.py" line="76"/>
        <source>{reason}; nothing was saved</source>
        <translation>{reason}; nothing was saved</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/lock.py" line="73"/>
        <source>the project is open for writing in another program ({holder}); close it there first</source>
        <translation>the project is open for writing in another program ({holder}); close it there first</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/lock.py" line="110"/>
        <source>process {pid} on {host}</source>
        <translation>process {pid} on {host}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/lock.py" line="112"/>
        <source>unknown process</source>
        <translation>unknown process</translation>
    </message>
    <message>
        <location filename="../../kodeverk/text/encoding.py" line="62"/>
        <source>the text holds replacement characters (�) after decoding as {encoding}; the file is damaged or in an unknown encoding</source>
        <translation>the text holds replacement characters (�) after decoding as {encoding}; the file is damaged or in an unknown encoding</translation>
    </message>
    <message>
        <location filename="../../kodeverk/text/encoding.py" line="67"/>
        <source>not a text file: control byte 0x{byte:02X} at character {position} (decoded as {encoding}); is it a binary file renamed?</source>
        <translation>not a text file: control byte 0x{byte:02X} at character {position} (decoded as {encoding}); is it a binary file renamed?</translation>
    </message>
    <message>
        <location filename="../../kodeverk/text/encoding.py" line="79"/>
        <source>starts with a {encoding} byte-order mark but is not valid {encoding} (byte {position})</source>
        <translation>starts with a {encoding} byte-order mark but is not valid {encoding} (byte {position})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/text/encoding.py" line="103"/>
        <source>neither UTF-8 nor Windows-1252: byte 0x{byte:02X} at {position} has no meaning in either; is it a binary file?</source>
        <translation>neither UTF-8 nor Windows-1252: byte 0x{byte:02X} at {position} has no meaning in either; is it a binary file?</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="58"/>
        <source>--by must be one of {choices}, not {value!r}</source>
        <translation>--by must be one of {choices}, not {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="61"/>
        <source>the language must be &apos;nb&apos; or &apos;en&apos;, not {value!r}</source>
        <translation>the language must be &apos;nb&apos; or &apos;en&apos;, not {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="65"/>
        <location filename="../../kodeverk/export/options.py" line="75"/>
        <source>unknown attribution field {field!r}; choose from {choices}</source>
        <translation>unknown attribution field {field!r}; choose from {choices}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="95"/>
        <source>attribution with both ministry and role can identify a person (a ministry has one departementsråd)</source>
        <translation>attribution with both ministry and role can identify a person (a ministry has one departementsråd)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="119"/>
        <source>{file}: the output must end in {suffixes}</source>
        <translation>{file}: the output must end in {suffixes}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="122"/>
        <source>is a folder; give a file name</source>
        <translation>is a folder; give a file name</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="126"/>
        <source>{folder} is a file, not a folder</source>
        <translation>{folder} is a file, not a folder</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="134"/>
        <source>cannot be written here (permission denied)</source>
        <translation>cannot be written here (permission denied)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="153"/>
        <location filename="../../kodeverk/refi/export.py" line="132"/>
        <source>the export was cancelled; no file was written</source>
        <translation>the export was cancelled; no file was written</translation>
    </message>
    <message>
        <location filename="../../kodeverk/files.py" line="28"/>
        <source>cannot be written ({reason})</source>
        <translation>cannot be written ({reason})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/guides/reader.py" line="66"/>
        <source>not a readable Word file (damaged, or not .docx)</source>
        <translation>not a readable Word file (damaged, or not .docx)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/guides/reader.py" line="87"/>
        <source>a guide must be a {suffixes} file</source>
        <translation>a guide must be a {suffixes} file</translation>
    </message>
    <message>
        <location filename="../../kodeverk/guides/reader.py" line="96"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../kodeverk/guides/reader.py" line="104"/>
        <source>no questions found (write one question per line or list item)</source>
        <translation>no questions found (write one question per line or list item)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/guides/service.py" line="83"/>
        <source>a guide needs a name</source>
        <translation>a guide needs a name</translation>
    </message>
    <message>
        <location filename="../../kodeverk/guides/service.py" line="85"/>
        <source>the guide {name!r} has no questions</source>
        <translation>the guide {name!r} has no questions</translation>
    </message>
    <message>
        <location filename="../../kodeverk/guides/service.py" line="88"/>
        <source>a guide named {name!r} exists already</source>
        <translation>a guide named {name!r} exists already</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/review.py" line="106"/>
        <location filename="../../kodeverk/revision/review.py" line="139"/>
        <source>lost coding #{id} is on the review list already</source>
        <translation>lost coding #{id} is on the review list already</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/service.py" line="41"/>
        <source>its passage is no longer in the text</source>
        <translation>its passage is no longer in the text</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/service.py" line="42"/>
        <source>it would land on the same span as another coding of this code and coder</source>
        <translation>it would land on the same span as another coding of this code and coder</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/service.py" line="44"/>
        <source>the new text is empty</source>
        <translation>the new text is empty</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/service.py" line="164"/>
        <location filename="../../kodeverk/revision/service.py" line="321"/>
        <source>transcript #{id} no longer exists</source>
        <translation>transcript #{id} no longer exists</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/service.py" line="193"/>
        <source>only {share:.0%} of the old text is found in the new one: this looks like a different interview, not a revision of it; import it as a transcript of its own</source>
        <translation>only {share:.0%} of the old text is found in the new one: this looks like a different interview, not a revision of it; import it as a transcript of its own</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/service.py" line="232"/>
        <source>{transcript}: {problem}</source>
        <translation>{transcript}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/service.py" line="324"/>
        <source>the passage [{start}, {end}) is outside the text (0–{length})</source>
        <translation>the passage [{start}, {end}) is outside the text (0–{length})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/erase.py" line="204"/>
        <source>{path} is not a backup of {project}</source>
        <translation>{path} is not a backup of {project}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/code_match.py" line="88"/>
        <source>cannot merge code {code!r} into {chosen!r}: {problem}</source>
        <translation>cannot merge code {code!r} into {chosen!r}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/consensus.py" line="91"/>
        <source>an explicit resolution needs a non-empty span [start, end)</source>
        <translation>an explicit resolution needs a non-empty span [start, end)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/consensus.py" line="94"/>
        <source>this disagreement involves several codes: say which code the span gets</source>
        <translation>this disagreement involves several codes: say which code the span gets</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/consensus.py" line="97"/>
        <source>unknown resolution {how!r}; use one of {choices}</source>
        <translation>unknown resolution {how!r}; use one of {choices}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/consensus.py" line="114"/>
        <source>the span is beyond the end of the text ({length})</source>
        <translation>the span is beyond the end of the text ({length})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/copy.py" line="54"/>
        <source>a coder copy needs a coder&apos;s name</source>
        <translation>a coder copy needs a coder&apos;s name</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/copy.py" line="63"/>
        <source>the copy must be a new file, not the project itself</source>
        <translation>the copy must be a new file, not the project itself</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/disagreements.py" line="151"/>
        <source>compare two different coders</source>
        <translation>compare two different coders</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/context.py" line="95"/>
        <source>context must be &apos;sentence&apos; or &apos;turn&apos;, not {value!r}</source>
        <translation>context must be &apos;sentence&apos; or &apos;turn&apos;, not {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/context.py" line="118"/>
        <location filename="../../kodeverk/teamwork/disagreements.py" line="157"/>
        <source>no transcript #{id}</source>
        <translation>no transcript #{id}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/merge.py" line="107"/>
        <source>cannot merge a project into itself</source>
        <translation>cannot merge a project into itself</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/compute.py" line="229"/>
        <source>a code is given twice</source>
        <translation>a code is given twice</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/compute.py" line="249"/>
        <source>unknown method {method!r}; use one of {choices} or all</source>
        <translation>unknown method {method!r}; use one of {choices} or all</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/compute.py" line="256"/>
        <source>method {method!r} compares exactly 2 coders, {count} were given; use alpha or unitized for more</source>
        <translation>method {method!r} compares exactly 2 coders, {count} were given; use alpha or unitized for more</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/compute.py" line="273"/>
        <source>the agreement computation was cancelled after {done} of {total} steps</source>
        <translation>the agreement computation was cancelled after {done} of {total} steps</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/compute.py" line="302"/>
        <source>agreement needs at least two different coders</source>
        <translation>agreement needs at least two different coders</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/compute.py" line="304"/>
        <source>unknown unit {unit!r}; use turn or paragraph</source>
        <translation>unknown unit {unit!r}; use turn or paragraph</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/compute.py" line="307"/>
        <source>the overlap threshold is a percentage from 0 to 100</source>
        <translation>the overlap threshold is a percentage from 0 to 100</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/report.py" line="96"/>
        <source>the report must be a .docx or .xlsx file, not {file!r}</source>
        <translation>the report must be a .docx or .xlsx file, not {file!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/grid.py" line="103"/>
        <source>unknown view {view!r}; choose from {choices}</source>
        <translation>unknown view {view!r}; choose from {choices}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/grid.py" line="126"/>
        <source>{file}: nothing to write (no table chosen)</source>
        <translation>{file}: nothing to write (no table chosen)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/grid.py" line="130"/>
        <source>{file}: a CSV file holds one table; choose one view or write an .xlsx</source>
        <translation>{file}: a CSV file holds one table; choose one view or write an .xlsx</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/archive.py" line="32"/>
        <source>the archive holds no project XML (no project.qde, no .qde file at all)</source>
        <translation>the archive holds no project XML (no project.qde, no .qde file at all)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/archive.py" line="38"/>
        <source>the project XML is named {name!r}, not project.qde (read anyway)</source>
        <translation>the project XML is named {name!r}, not project.qde (read anyway)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/archive.py" line="41"/>
        <source>the archive holds {count} .qde files; only {name!r} was read</source>
        <translation>the archive holds {count} .qde files; only {name!r} was read</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/archive.py" line="50"/>
        <source>{name} is larger than the format allows (2 GB)</source>
        <translation>{name} is larger than the format allows (2 GB)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/archive.py" line="56"/>
        <source>{name} in the archive is damaged ({detail})</source>
        <translation>{name} in the archive is damaged ({detail})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/export.py" line="142"/>
        <source>the REFI-QDA export is not valid against Project.xsd: {problems}</source>
        <translation>the REFI-QDA export is not valid against Project.xsd: {problems}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="103"/>
        <location filename="../../kodeverk/refi/importer.py" line="113"/>
        <source>the import was cancelled; nothing was changed</source>
        <translation>the import was cancelled; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="126"/>
        <source>source {source!r}: {problem}; speaker turns found from the plain text (labels marked only by bold are not recognised)</source>
        <translation>source {source!r}: {problem}; speaker turns found from the plain text (labels marked only by bold are not recognised)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="187"/>
        <source>code {path!r} (line {line}) is a folder in the file (isCodable=&quot;false&quot;); kept as a code, and Kodeverk lets you code with it</source>
        <translation>code {path!r} (line {line}) is a folder in the file (isCodable=&quot;false&quot;); kept as a code, and Kodeverk lets you code with it</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="190"/>
        <source>code {path!r} is a folder in the file (isCodable=&quot;false&quot;); kept as a code, and Kodeverk lets you code with it</source>
        <translation>code {path!r} is a folder in the file (isCodable=&quot;false&quot;); kept as a code, and Kodeverk lets you code with it</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="193"/>
        <source>line {line}: code {name!r} repeats the GUID of another code; given a GUID of its own</source>
        <translation>line {line}: code {name!r} repeats the GUID of another code; given a GUID of its own</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="224"/>
        <source>{source}: a coding of the whole source refers to a code that is not in the codebook ({key})</source>
        <translation>{source}: a coding of the whole source refers to a code that is not in the codebook ({key})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="239"/>
        <source>source {source!r}: a transcript with that name exists already; named {name!r}</source>
        <translation>source {source!r}: a transcript with that name exists already; named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="263"/>
        <source>{where}: a comment on a passage without a code (Kodeverk keeps memos on codings, transcripts and codes)</source>
        <translation>{where}: a comment on a passage without a code (Kodeverk keeps memos on codings, transcripts and codes)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="267"/>
        <source>{where}: zero-length selection skipped</source>
        <translation>{where}: zero-length selection skipped</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/refi/importer.py" line="271"/>
        <source>{where}: outside the source&apos;s text (0–{length}); %n coding(s) left out</source>
        <translation>
            <numerusform>{where}: outside the source&apos;s text (0–{length}); %n coding left out</numerusform>
            <numerusform>{where}: outside the source&apos;s text (0–{length}); %n codings left out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="276"/>
        <source>{where}: holds only characters Kodeverk does not store (line breaks, spaces, invisible marks)</source>
        <translation>{where}: holds only characters Kodeverk does not store (line breaks, spaces, invisible marks)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="283"/>
        <source>{where}: refers to a code that is not in the codebook ({key})</source>
        <translation>{where}: refers to a code that is not in the codebook ({key})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="287"/>
        <source>{where}: refers to a code that is not in the codebook (no CodeRef)</source>
        <translation>{where}: refers to a code that is not in the codebook (no CodeRef)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="325"/>
        <source>source {name!r} (line {line})</source>
        <translation>source {name!r} (line {line})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="331"/>
        <source>{source}, selection [{start}, {end}) at line {line}</source>
        <translation>{source}, selection [{start}, {end}) at line {line}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="333"/>
        <source>{source}, selection [{start}, {end})</source>
        <translation>{source}, selection [{start}, {end})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/refi/importer.py" line="341"/>
        <source>{source}: a {kind}; Kodeverk takes text sources only; its %n coding selection(s) left out</source>
        <translation>
            <numerusform>{source}: a {kind}; Kodeverk takes text sources only; its %n coding selection left out</numerusform>
            <numerusform>{source}: a {kind}; Kodeverk takes text sources only; its %n coding selections left out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="344"/>
        <source>{source}: a {kind}; Kodeverk takes text sources only</source>
        <translation>{source}: a {kind}; Kodeverk takes text sources only</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/refi/importer.py" line="347"/>
        <source>{source}: {problem}; its %n coding selection(s) left out</source>
        <translation>
            <numerusform>{source}: {problem}; its %n coding selection left out</numerusform>
            <numerusform>{source}: {problem}; its %n coding selections left out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="350"/>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/refi/importer.py" line="352"/>
        <source>{source}: has no text; its %n coding selection(s) left out</source>
        <translation>
            <numerusform>{source}: has no text; its %n coding selection left out</numerusform>
            <numerusform>{source}: has no text; its %n coding selections left out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="354"/>
        <source>{source}: has no text</source>
        <translation>{source}: has no text</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="149"/>
        <source>is a folder, not a .qdpx file</source>
        <translation>is a folder, not a .qdpx file</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="152"/>
        <source>not a REFI-QDA project: not a zip archive (a .qdpx file is one)</source>
        <translation>not a REFI-QDA project: not a zip archive (a .qdpx file is one)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="172"/>
        <source>{name} is not well-formed XML at line {line}: {detail}</source>
        <translation>{name} is not well-formed XML at line {line}: {detail}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="175"/>
        <source>{name} is not well-formed XML: {detail}</source>
        <translation>{name} is not well-formed XML: {detail}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="182"/>
        <source>{name} is not a REFI-QDA project (its root element is {root!r}, not &apos;Project&apos;)</source>
        <translation>{name} is not a REFI-QDA project (its root element is {root!r}, not &apos;Project&apos;)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="196"/>
        <source>{file} uses the namespace {namespace!r} (read as a project anyway)</source>
        <translation>{file} uses the namespace {namespace!r} (read as a project anyway)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="200"/>
        <source>written for a newer version of the REFI-QDA format ({major}.{minor}); Kodeverk reads version 1.x: export it from the other program as REFI-QDA 1.0</source>
        <translation>written for a newer version of the REFI-QDA format ({major}.{minor}); Kodeverk reads version 1.x: export it from the other program as REFI-QDA 1.0</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="203"/>
        <source>written for REFI-QDA {major}.{minor}; read as 1.0 (newer parts are left out)</source>
        <translation>written for REFI-QDA {major}.{minor}; read as 1.0 (newer parts are left out)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="248"/>
        <source>line {line}: a selection in {source!r} has no valid positions; left out</source>
        <translation>line {line}: a selection in {source!r} has no valid positions; left out</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="278"/>
        <source>its text file {path!r} is not in the archive</source>
        <translation>its text file {path!r} is not in the archive</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="283"/>
        <source>its text file {path!r} cannot be read ({reason})</source>
        <translation>its text file {path!r} cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="289"/>
        <source>the note has neither PlainTextContent nor plainTextPath</source>
        <translation>the note has neither PlainTextContent nor plainTextPath</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="290"/>
        <source>the source has neither PlainTextContent nor plainTextPath</source>
        <translation>the source has neither PlainTextContent nor plainTextPath</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="307"/>
        <source>source {source!r}: {note}</source>
        <translation>source {source!r}: {note}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="328"/>
        <source>line {line}: note {name!r}: {problem}; kept with its description only</source>
        <translation>line {line}: note {name!r}: {problem}; kept with its description only</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/cooccurrence.py" line="63"/>
        <source>co-occurrence mode must be overlap, near or turn, not {value!r}</source>
        <translation>co-occurrence mode must be overlap, near or turn, not {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/cooccurrence.py" line="66"/>
        <source>the distance must be 0 or more characters</source>
        <translation>the distance must be 0 or more characters</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/cooccurrence.py" line="68"/>
        <source>co-occurrence within a turn needs the transcripts&apos; turns</source>
        <translation>co-occurrence within a turn needs the transcripts&apos; turns</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/query.py" line="119"/>
        <source>the date range {start}–{end} is empty (start after end)</source>
        <translation>the date range {start}–{end} is empty (start after end)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/query.py" line="139"/>
        <source>combine must be &apos;or&apos; or &apos;and&apos;, not {value!r}</source>
        <translation>combine must be &apos;or&apos; or &apos;and&apos;, not {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/query.py" line="142"/>
        <source>the fuzzy threshold is a score from 0 to 100</source>
        <translation>the fuzzy threshold is a score from 0 to 100</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/retrieval.py" line="61"/>
        <source>the retrieval was cancelled; nothing was changed</source>
        <extracomment>SQLite instructions between two cancel checks while a statement runs (a few milliseconds of work)</extracomment>
        <translation>the retrieval was cancelled; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/report.py" line="12"/>
        <source>the file has no text</source>
        <translation>the file has no text</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/report.py" line="14"/>
        <source>not in the manifest {manifest}; no metadata from it</source>
        <translation>not in the manifest {manifest}; no metadata from it</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/report.py" line="15"/>
        <source>a transcript with that name exists already; named {name!r}</source>
        <translation>a transcript with that name exists already; named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/report.py" line="16"/>
        <source>identical text is already in the project as {name!r}</source>
        <translation>identical text is already in the project as {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/report.py" line="17"/>
        <source>nearly the same text as {name!r} ({share:.0%} shared); check it is not a duplicate</source>
        <translation>nearly the same text as {name!r} ({share:.0%} shared); check it is not a duplicate</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/overview.py" line="102"/>
        <source>context must be one of {choices}, not {value!r}</source>
        <translation>context must be one of {choices}, not {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/sample.py" line="44"/>
        <source>the sample transcripts did not import: {problems}</source>
        <translation>the sample transcripts did not import: {problems}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/codes_xml.py" line="54"/>
        <source>line {line}: a code without a name was named {name!r}</source>
        <translation>line {line}: a code without a name was named {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/codes_xml.py" line="61"/>
        <source>line {line}: code {name!r} has the colour {colour!r}, which is not #RRGGBB; a default colour is used</source>
        <translation>line {line}: code {name!r} has the colour {colour!r}, which is not #RRGGBB; a default colour is used</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="25"/>
        <source>{where}, line {line}: a value of an unknown variable ({key}): {value!r}</source>
        <translation>{where}, line {line}: a value of an unknown variable ({key}): {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="37"/>
        <location filename="../../kodeverk/refi/untaken.py" line="72"/>
        <source>case {name!r}</source>
        <translation>case {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="45"/>
        <location filename="../../kodeverk/refi/importer.py" line="326"/>
        <location filename="../../kodeverk/refi/untaken.py" line="64"/>
        <source>source {name!r}</source>
        <translation>source {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="52"/>
        <source>source {source!r}: interview date {date!r} is not a date (YYYY-MM-DD); left out</source>
        <translation>source {source!r}: interview date {date!r} is not a date (YYYY-MM-DD); left out</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="62"/>
        <source>source {source!r}: its variables were kept on an informant of the same name</source>
        <translation>source {source!r}: its variables were kept on an informant of the same name</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="92"/>
        <source>case {case!r}: the transcript has an informant already; not linked again</source>
        <translation>case {case!r}: the transcript has an informant already; not linked again</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="103"/>
        <source>{set}: none of its sources were taken (Kodeverk keeps sets of transcripts as phases and groups)</source>
        <translation>{set}: none of its sources were taken (Kodeverk keeps sets of transcripts as phases and groups)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="125"/>
        <source>a note on source {source!r}, which was not taken</source>
        <translation>a note on source {source!r}, which was not taken</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/offsets.py" line="156"/>
        <source>its rich text file cannot be read ({reason})</source>
        <translation>its rich text file cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/offsets.py" line="160"/>
        <source>the text of its rich text file differs from its plain text</source>
        <translation>the text of its rich text file differs from its plain text</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="72"/>
        <source>transcripts added: {count}</source>
        <translation>transcripts added: {count}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="76"/>
        <source>transcript {theirs!r} is already in the project as {ours!r} (same text)</source>
        <translation>transcript {theirs!r} is already in the project as {ours!r} (same text)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="79"/>
        <source>positions in {name!r} remapped to the normalised text</source>
        <translation>positions in {name!r} remapped to the normalised text</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="82"/>
        <source>codes: {matched} matched, {added} added</source>
        <translation>codes: {matched} matched, {added} added</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="86"/>
        <source>code {theirs!r} matched by GUID to {ours!r}</source>
        <translation>code {theirs!r} matched by GUID to {ours!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="89"/>
        <source>coder added: {name}</source>
        <translation>coder added: {name}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="90"/>
        <source>informant added: {name}</source>
        <translation>informant added: {name}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="91"/>
        <source>phase added: {name}</source>
        <translation>phase added: {name}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="92"/>
        <source>group added: {name}</source>
        <translation>group added: {name}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="95"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="96"/>
        <source>codings added: {count} ({by_coder}); duplicates skipped: {duplicates}</source>
        <translation>codings added: {count} ({by_coder}); duplicates skipped: {duplicates}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="99"/>
        <source>memos added: {count}; duplicates skipped: {duplicates}</source>
        <translation>memos added: {count}; duplicates skipped: {duplicates}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="107"/>
        <source>import of {file} into new project {project} (from {origin})</source>
        <translation>import of {file} into new project {project} (from {origin})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="110"/>
        <source>import of {file} into new project {project}</source>
        <translation>import of {file} into new project {project}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="113"/>
        <source>import of {file} into {project} (from {origin})</source>
        <translation>import of {file} into {project} (from {origin})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="115"/>
        <source>import of {file} into {project}</source>
        <translation>import of {file} into {project}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="62"/>
        <source>code {path!r}</source>
        <translation>code {path!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="67"/>
        <source>the passage [{start}, {end}) of {source!r}</source>
        <translation>the passage [{start}, {end}) of {source!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="70"/>
        <source>note {name!r}</source>
        <translation>note {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="74"/>
        <location filename="../../kodeverk/refi/untaken.py" line="82"/>
        <source>set {name!r}</source>
        <translation>set {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="81"/>
        <source>set {name!r} (line {line})</source>
        <translation>set {name!r} (line {line})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="87"/>
        <source>link {name!r} (line {line})</source>
        <translation>link {name!r} (line {line})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="89"/>
        <source>link {name!r}</source>
        <translation>link {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="91"/>
        <source>a link (line {line})</source>
        <translation>a link (line {line})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="92"/>
        <source>a link</source>
        <translation>a link</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="97"/>
        <source>graph {name!r} (line {line})</source>
        <translation>graph {name!r} (line {line})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="100"/>
        <source>graph {name!r}</source>
        <translation>graph {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="102"/>
        <source>a graph (line {line})</source>
        <translation>a graph (line {line})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="103"/>
        <source>a graph</source>
        <translation>a graph</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="109"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="110"/>
        <source>something not in the file ({key})</source>
        <translation>something not in the file ({key})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="119"/>
        <source>{link}: {origin} {arrow} {target}; Kodeverk has no links (write it into a code&apos;s description or a memo)</source>
        <translation>{link}: {origin} {arrow} {target}; Kodeverk has no links (write it into a code&apos;s description or a memo)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="123"/>
        <source>{graph} with {vertices} and {edges}; Kodeverk has no network views</source>
        <translation>{graph} with {vertices} and {edges}; Kodeverk has no network views</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/refi/untaken.py" line="125"/>
        <source>%n vertices</source>
        <translation>
            <numerusform>%n vertex</numerusform>
            <numerusform>%n vertices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/refi/untaken.py" line="126"/>
        <source>%n edges</source>
        <translation>
            <numerusform>%n edge</numerusform>
            <numerusform>%n edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/refi/untaken.py" line="129"/>
        <source>{set}: its %n member code(s) or note(s) (Kodeverk keeps sets of transcripts only, as phases and groups)</source>
        <translation>
            <numerusform>{set}: its %n member code or note (Kodeverk keeps sets of transcripts only, as phases and groups)</numerusform>
            <numerusform>{set}: its %n member codes or notes (Kodeverk keeps sets of transcripts only, as phases and groups)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/refi.py" line="231"/>
        <source>transcript {name!r} is in two phases in the file; kept the first</source>
        <translation>transcript {name!r} is in two phases in the file; kept the first</translation>
    </message>
</context>
<context>
    <name>DrilldownDialog</name>
    <message>
        <location filename="../../ui/drilldown_view.py" line="147"/>
        <source>Disagreements: %1 and %2</source>
        <translation>Disagreements: %1 and %2</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="150"/>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="151"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="152"/>
        <location filename="../../ui/drilldown_view.py" line="153"/>
        <source>Accept %1</source>
        <translation>Accept %1</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="154"/>
        <source>Union</source>
        <translation>Union</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="155"/>
        <source>Intersection</source>
        <translation>Intersection</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="156"/>
        <source>Use selected text</source>
        <translation>Use selected text</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="157"/>
        <source>Select the passage in the text, choose the code, then press this</source>
        <translation>Select the passage in the text, choose the code, then press this</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="158"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="159"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="149"/>
        <source>Transcript:</source>
        <translation>Transcript:</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="231"/>
        <source>Stripes, left to right:</source>
        <translation>Stripes, left to right:</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="258"/>
        <source>No disagreements here.</source>
        <translation>No disagreements here.</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="291"/>
        <source>Select the passage in the text first.</source>
        <translation>Select the passage in the text first.</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="333"/>
        <source>%1 of %2 disagreements resolved</source>
        <translation>%1 of %2 disagreements resolved</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="336"/>
        <source>in all %1 transcripts: %2 of %3</source>
        <translation>in all %1 transcripts: %2 of %3</translation>
    </message>
</context>
<context>
    <name>DrilldownModel</name>
    <message>
        <location filename="../../ui/drilldown_model.py" line="27"/>
        <source>only %1</source>
        <translation>only %1</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_model.py" line="29"/>
        <source>same code, different boundaries</source>
        <translation>same code, different boundaries</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_model.py" line="30"/>
        <source>different codes</source>
        <translation>different codes</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_model.py" line="60"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_model.py" line="61"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_model.py" line="62"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
</context>
<context>
    <name>EditTextDialog</name>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="83"/>
        <source>Edit the text of “%1”</source>
        <translation>Edit the text of “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="85"/>
        <source>Correct the passage below. Codings on it and around it are re-anchored; you see where each goes before anything is changed.</source>
        <translation>Correct the passage below. Codings on it and around it are re-anchored; you see where each goes before anything is changed.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="91"/>
        <source>Check the change…</source>
        <translation>Check the change…</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="92"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/revision_erase.py" line="28"/>
        <location filename="../../ui/revision_erase.py" line="78"/>
        <source>Erase informant</source>
        <translation>Erase informant</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="38"/>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="40"/>
        <source>Delete these backups</source>
        <translation>Delete these backups</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="43"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="46"/>
        <source>Informant:</source>
        <translation>Informant:</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="62"/>
        <source>No informant in this project.</source>
        <translation>No informant in this project.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="71"/>
        <source>Erasing removes all of this for good. It cannot be undone.</source>
        <translation>Erasing removes all of this for good. It cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="79"/>
        <source>Erase %1 and everything listed? This cannot be undone.</source>
        <translation>Erase %1 and everything listed? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="84"/>
        <source>Erasing and compacting the project file…</source>
        <translation>Erasing and compacting the project file…</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="98"/>
        <source>The informant is erased.</source>
        <translation>The informant is erased.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="99"/>
        <source>The informant is erased, but the scan found traces; see below.</source>
        <translation>The informant is erased, but the scan found traces; see below.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revision_erase.py" line="109"/>
        <source>%n backup(s) deleted.</source>
        <translation>
            <numerusform>%n backup deleted.</numerusform>
            <numerusform>%n backups deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExcerptsModel</name>
    <message>
        <location filename="../../ui/retrieve_models.py" line="47"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_models.py" line="47"/>
        <source>Coder</source>
        <translation>Coder</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_models.py" line="47"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_models.py" line="47"/>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_models.py" line="47"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_models.py" line="48"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_models.py" line="48"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_models.py" line="63"/>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="172"/>
        <source>Export coded excerpts to Word</source>
        <translation>Export coded excerpts to Word</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="172"/>
        <source>Export codings as a table</source>
        <translation>Export codings as a table</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="173"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="173"/>
        <source>Core groups</source>
        <translation>Core groups</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="173"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="174"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="174"/>
        <source>Coders</source>
        <translation>Coders</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="174"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="175"/>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="175"/>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="175"/>
        <source>Labels in</source>
        <translation>Labels in</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="178"/>
        <source>one per core group, with its ladder matrix</source>
        <translation>one per core group, with its ladder matrix</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="179"/>
        <source>one per phase</source>
        <translation>one per phase</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="179"/>
        <source>the codebook only</source>
        <translation>the codebook only</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="180"/>
        <source>one per informant</source>
        <translation>one per informant</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="182"/>
        <source>pseudonym</source>
        <translation>pseudonym</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="182"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="182"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="183"/>
        <source>ministry</source>
        <translation>ministry</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="183"/>
        <source>coder</source>
        <translation>coder</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="185"/>
        <source>include the codings&apos; memos</source>
        <translation>include the codings&apos; memos</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="186"/>
        <source>an informant&apos;s name becomes the pseudonym, not [navn]</source>
        <translation>an informant&apos;s name becomes the pseudonym, not [navn]</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="187"/>
        <source>Names to mask…</source>
        <translation>Names to mask…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="188"/>
        <source>What to export</source>
        <translation>What to export</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="189"/>
        <source>Outline of the report (quotes per heading)</source>
        <translation>Outline of the report (quotes per heading)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="190"/>
        <source>Codings per code</source>
        <translation>Codings per code</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="191"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="192"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="193"/>
        <source>Open the file</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="194"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="195"/>
        <location filename="../../ui/export_dialog.py" line="304"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="195"/>
        <location filename="../../ui/export_dialog.py" line="293"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="216"/>
        <source>Ministry and role together can identify a person: a ministry has one departementsråd.</source>
        <translation>Ministry and role together can identify a person: a ministry has one departementsråd.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="219"/>
        <source>No attribution: quotes will not say whom they come from.</source>
        <translation>No attribution: quotes will not say whom they come from.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="230"/>
        <source>Updating the preview…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="238"/>
        <source>%n heading(s)</source>
        <translation>
            <numerusform>%n heading</numerusform>
            <numerusform>%n headings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="239"/>
        <source>%n quote(s) in the sections</source>
        <translation>
            <numerusform>%n quote in the sections</numerusform>
            <numerusform>%n quotes in the sections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="261"/>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="262"/>
        <source>Excel workbook with matrices (*.xlsx);;CSV, codings only (*.csv)</source>
        <translation>Excel workbook with matrices (*.xlsx);;CSV, codings only (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="263"/>
        <source>Save the export as</source>
        <translation>Save the export as</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="278"/>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="289"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="309"/>
        <source>Wrote %1: %n quote(s)</source>
        <translation>
            <numerusform>Wrote %1: %n quote</numerusform>
            <numerusform>Wrote %1: %n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="310"/>
        <source>from %n coding(s).</source>
        <translation>
            <numerusform>from %n coding.</numerusform>
            <numerusform>from %n codings.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="312"/>
        <source>Ministry and role together can identify a person.</source>
        <translation>Ministry and role together can identify a person.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="315"/>
        <source>%n listed name(s) remain in the file:</source>
        <translation>
            <numerusform>%n listed name remains in the file:</numerusform>
            <numerusform>%n listed names remain in the file:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="318"/>
        <source>Checked: no listed name remains in the file.</source>
        <translation>Checked: no listed name remains in the file.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="326"/>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="330"/>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="341"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>FilterForm</name>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="149"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="149"/>
        <source>Core groups</source>
        <translation>Core groups</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="150"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="150"/>
        <source>Ministries</source>
        <translation>Ministries</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="150"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="151"/>
        <source>Coders</source>
        <translation>Coders</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="151"/>
        <source>Transcripts</source>
        <translation>Transcripts</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="151"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="152"/>
        <source>Coded</source>
        <translation>Coded</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="152"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="152"/>
        <source>Matrices</source>
        <translation>Matrices</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="153"/>
        <source>Co-occurrence</source>
        <translation>Co-occurrence</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="156"/>
        <source>with sub-codes</source>
        <translation>with sub-codes</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="157"/>
        <source>any of the codes (OR)</source>
        <translation>any of the codes (OR)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="158"/>
        <source>all of them, overlapping (AND)</source>
        <translation>all of them, overlapping (AND)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="159"/>
        <source>With several codes: codings of any of them, or only codings that overlap a coding of each of the others</source>
        <translation>With several codes: codings of any of them, or only codings that overlap a coding of each of the others</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="161"/>
        <source>Words the excerpt contains</source>
        <translation>Words the excerpt contains</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="162"/>
        <source>Fuzzy</source>
        <translation>Fuzzy</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="163"/>
        <source>Also find misspellings and words written without æ, ø, å</source>
        <translation>Also find misspellings and words written without æ, ø, å</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="164"/>
        <source>between</source>
        <translation>between</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="165"/>
        <source>Only codings made between these dates (both included)</source>
        <translation>Only codings made between these dates (both included)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="166"/>
        <source>the coded text</source>
        <translation>the coded text</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="167"/>
        <source>widened to its sentence</source>
        <translation>widened to its sentence</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="168"/>
        <source>widened to the speaker turn</source>
        <translation>widened to the speaker turn</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="169"/>
        <source>count sub-codes in their parents</source>
        <translation>count sub-codes in their parents</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="170"/>
        <source>overlapping codings</source>
        <translation>overlapping codings</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="171"/>
        <source>codings within N characters</source>
        <translation>codings within N characters</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="172"/>
        <source>codings in the same speaker turn</source>
        <translation>codings in the same speaker turn</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="173"/>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="174"/>
        <source>Ministries, roles and the date coded</source>
        <translation>Ministries, roles and the date coded</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="181"/>
        <source>More filters</source>
        <translation>More filters</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="183"/>
        <source>(%1 in use)</source>
        <translation>(%1 in use)</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message numerus="yes">
        <location filename="../../ui/retrieve_models.py" line="185"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieve_models.py" line="187"/>
        <source>%n informant(s)</source>
        <translation>
            <numerusform>%n informant</numerusform>
            <numerusform>%n informants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="37"/>
        <source>Import transcripts</source>
        <translation>Import transcripts</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="39"/>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="40"/>
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="41"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="44"/>
        <source>No manifest: metadata can be set per file below</source>
        <translation>No manifest: metadata can be set per file below</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="45"/>
        <source>Manifest…</source>
        <translation>Manifest…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="46"/>
        <source>A CSV or Excel file with one row of metadata per transcript file</source>
        <translation>A CSV or Excel file with one row of metadata per transcript file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="64"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="67"/>
        <location filename="../../ui/import_dialog.py" line="200"/>
        <location filename="../../ui/import_dialog.py" line="206"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="110"/>
        <source>Transcript files</source>
        <translation>Transcript files</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="111"/>
        <source>Transcripts (*.docx *.odt *.rtf *.txt *.md);;All files (*)</source>
        <translation>Transcripts (*.docx *.odt *.rtf *.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="117"/>
        <source>Folder of transcripts</source>
        <translation>Folder of transcripts</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="123"/>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="124"/>
        <source>Manifests (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Manifests (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="150"/>
        <source>%n file(s) to import.</source>
        <translation>
            <numerusform>%n file to import.</numerusform>
            <numerusform>%n files to import.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <source>Add transcript files or a folder of them.</source>
        <translation>Add transcript files or a folder of them.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="153"/>
        <source>Yellow: matched fuzzily, red: not recognised (hover to see). Double-click a phase or groups cell to correct it.</source>
        <translation>Yellow: matched fuzzily, red: not recognised (hover to see). Double-click a phase or groups cell to correct it.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="176"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>%1 imported, %2 skipped, %3 failed.</source>
        <translation>%1 imported, %2 skipped, %3 failed.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="197"/>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>Cancelled: the remaining files were not imported.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="24"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="24"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="24"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="24"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="24"/>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="25"/>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="25"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="28"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="28"/>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="28"/>
        <source>fuzzy</source>
        <translation>fuzzy</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="29"/>
        <source>not recognised</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="29"/>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="48"/>
        <source>Not in the manifest: set phase and groups here</source>
        <translation>Not in the manifest: set phase and groups here</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="54"/>
        <source>Double-click to correct</source>
        <translation>Double-click to correct</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="90"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="90"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="90"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="90"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="93"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="93"/>
        <source>imported with warnings</source>
        <translation>imported with warnings</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="94"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="94"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="95"/>
        <source>not imported (cancelled)</source>
        <translation>not imported (cancelled)</translation>
    </message>
</context>
<context>
    <name>LostCodingsDialog</name>
    <message>
        <location filename="../../ui/lost_dialog.py" line="114"/>
        <source>Lost codings</source>
        <translation>Lost codings</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="115"/>
        <source>Codings whose passage is gone from a revised transcript. Choose one, select its new passage in the transcript and place it there, or dismiss it.</source>
        <translation>Codings whose passage is gone from a revised transcript. Choose one, select its new passage in the transcript and place it there, or dismiss it.</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="117"/>
        <source>Only the open transcript</source>
        <translation>Only the open transcript</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="118"/>
        <source>Show in transcript</source>
        <translation>Show in transcript</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="119"/>
        <source>Place on the current selection</source>
        <translation>Place on the current selection</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="120"/>
        <source>Dismiss…</source>
        <translation>Dismiss…</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="121"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="122"/>
        <source>The old passage of the chosen coding</source>
        <translation>The old passage of the chosen coding</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="150"/>
        <source>No lost codings: every coding has its passage.</source>
        <translation>No lost codings: every coding has its passage.</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="179"/>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="210"/>
        <source>Nothing like the old passage is left in “%1”. Select where the coding belongs now, or dismiss it.</source>
        <translation>Nothing like the old passage is left in “%1”. Select where the coding belongs now, or dismiss it.</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="215"/>
        <source>The most similar passage is selected (%1 % alike). Adjust the selection if needed, then place the coding.</source>
        <translation>The most similar passage is selected (%1 % alike). Adjust the selection if needed, then place the coding.</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="226"/>
        <source>Open “%1” and select the new passage first (Show in transcript).</source>
        <translation>Open “%1” and select the new passage first (Show in transcript).</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="231"/>
        <source>Select the new passage in the transcript first.</source>
        <translation>Select the new passage in the transcript first.</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="234"/>
        <source>The coding could not be placed there; see the message in the window.</source>
        <translation>The coding could not be placed there; see the message in the window.</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="236"/>
        <source>Placed “%1” on the selected passage. Undo takes it back to this list.</source>
        <translation>Placed “%1” on the selected passage. Undo takes it back to this list.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lost_dialog.py" line="245"/>
        <source>Dismiss %n lost coding(s)? They are taken off the list and not placed anywhere. You can undo this.</source>
        <translation>
            <numerusform>Dismiss %n lost coding? It is taken off the list and not placed anywhere. You can undo this.</numerusform>
            <numerusform>Dismiss %n lost codings? They are taken off the list and not placed anywhere. You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="247"/>
        <source>Dismiss lost codings</source>
        <translation>Dismiss lost codings</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lost_dialog.py" line="251"/>
        <source>%n lost coding(s) dismissed. Undo puts them back.</source>
        <translation>
            <numerusform>%n lost coding dismissed. Undo puts it back.</numerusform>
            <numerusform>%n lost codings dismissed. Undo puts them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LostCommands</name>
    <message>
        <location filename="../../ui/lost_commands.py" line="20"/>
        <source>Place lost coding “%1”</source>
        <translation>Place lost coding “%1”</translation>
    </message>
</context>
<context>
    <name>LostModel</name>
    <message>
        <location filename="../../ui/lost_dialog.py" line="35"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="35"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="35"/>
        <source>Coder</source>
        <translation>Coder</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="35"/>
        <source>Old passage</source>
        <translation>Old passage</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="35"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Open the &amp;sample project</source>
        <translation>Open the &amp;sample project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Import transcripts…</source>
        <translation>&amp;Import transcripts…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Close project</source>
        <translation>&amp;Close project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Find in transcript…</source>
        <translation>&amp;Find in transcript…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Search the whole &amp;project…</source>
        <translation>Search the whole &amp;project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Add coder…</source>
        <translation>Add coder…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>C&amp;oders…</source>
        <translation>C&amp;oders…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Other coders</source>
        <translation>Other coders</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Whole words</source>
        <translation>Whole words</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;About Kodeverk</source>
        <translation>&amp;About Kodeverk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Show the codings of the other coders too</source>
        <translation>Show the codings of the other coders too</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Widen selections to whole words when coding</source>
        <translation>Widen selections to whole words when coding</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Add a person who codes</source>
        <translation>Add a person who codes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Rename coders, change their colours and initials</source>
        <translation>Rename coders, change their colours and initials</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Import Word, ODT, RTF, text or Markdown transcripts</source>
        <translation>Import Word, ODT, RTF, text or Markdown transcripts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Coding</source>
        <translation>&amp;Coding</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Cannot create the project</source>
        <translation>Cannot create the project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>my-project.kodeverk</source>
        <translation>my-project.kodeverk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>Kodeverk projects (*.kodeverk);;All files (*)</source>
        <translation>Kodeverk projects (*.kodeverk);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Building the sample project…</source>
        <translation>Building the sample project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Cannot build the sample project</source>
        <translation>Cannot build the sample project</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Add coder</source>
        <translation>Add coder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Name of the coder:</source>
        <translation>Name of the coder:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>About Kodeverk</source>
        <translation>About Kodeverk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>Kodeverk %1: qualitative coding of interview transcripts.</source>
        <translation>Kodeverk %1: qualitative coding of interview transcripts.</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../ui/revision_models.py" line="46"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="46"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="46"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="46"/>
        <source>In order</source>
        <translation>In order</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="47"/>
        <source>Interviewer&apos;s turn</source>
        <translation>Interviewer&apos;s turn</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="53"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="53"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="117"/>
        <source>Merge coder copies</source>
        <translation>Merge coder copies</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="119"/>
        <source>Add copies…</source>
        <translation>Add copies…</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="120"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="121"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="122"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="173"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="118"/>
        <source>Coder copies to merge into this project:</source>
        <translation>Coder copies to merge into this project:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="123"/>
        <source>1. Press “Add copies…” and choose the coder copies (made with File → Make a coder copy).
2. Press “Check”: what the merge would add shows here, and nothing is changed yet.
3. Make your choices, then press “Merge”.</source>
        <translation>1. Press “Add copies…” and choose the coder copies (made with File → Make a coder copy).
2. Press “Check”: what the merge would add shows here, and nothing is changed yet.
3. Make your choices, then press “Merge”.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="147"/>
        <source>Coder copies</source>
        <translation>Coder copies</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="148"/>
        <source>Kodeverk projects (*.kodeverk)</source>
        <translation>Kodeverk projects (*.kodeverk)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="173"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="178"/>
        <source>Add the coder copies (made with File → Make a coder copy).</source>
        <translation>Add the coder copies (made with File → Make a coder copy).</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="180"/>
        <source>Press “Check” to see what the merge would add before anything is changed.</source>
        <translation>Press “Check” to see what the merge would add before anything is changed.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="202"/>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="216"/>
        <source>Cannot merge %1: %2</source>
        <translation>Cannot merge %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="219"/>
        <source>Nothing has been changed yet. Tick the transcripts to accept, choose what to do with new codes, then press “Merge”.</source>
        <translation>Nothing has been changed yet. Tick the transcripts to accept, choose what to do with new codes, then press “Merge”.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="66"/>
        <source>What the merge would do</source>
        <translation>What the merge would do</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="67"/>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="102"/>
        <source>No transcript of this file is in the project (another study?): nothing will be merged.</source>
        <translation>No transcript of this file is in the project (another study?): nothing will be merged.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="105"/>
        <source>Transcripts matched by their text: %1</source>
        <translation>Transcripts matched by their text: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="109"/>
        <source>Matched by similar name and content — confirm each:</source>
        <translation>Matched by similar name and content — confirm each:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="112"/>
        <source>“%1” → “%2” (name %3, content %4 %)</source>
        <translation>“%1” → “%2” (name %3, content %4 %)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="120"/>
        <source>accept</source>
        <translation>accept</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="121"/>
        <source>leave out</source>
        <translation>leave out</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="124"/>
        <source>Left out: “%1” (%2)</source>
        <translation>Left out: “%1” (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="131"/>
        <source>Code “%1” is “%2” here (renamed): matched</source>
        <translation>Code “%1” is “%2” here (renamed): matched</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="137"/>
        <source>New codes in the copy:</source>
        <translation>New codes in the copy:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="78"/>
        <source>New coder: %1</source>
        <translation>New coder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="79"/>
        <source>Codings to add: %1 (%2); already here: %3</source>
        <translation>Codings to add: %1 (%2); already here: %3</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="83"/>
        <source>Codings left out: %1 (%2)</source>
        <translation>Codings left out: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="148"/>
        <source>Codings on transcripts whose text differs:</source>
        <translation>Codings on transcripts whose text differs:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="175"/>
        <source>Adopt as a new code</source>
        <translation>Adopt as a new code</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="177"/>
        <source>Merge into “%1”</source>
        <translation>Merge into “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="179"/>
        <source>Leave out (and its codings)</source>
        <translation>Leave out (and its codings)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="229"/>
        <source>Choices changed: press “Check” again to see the effect, or “Merge”.</source>
        <translation>Choices changed: press “Check” again to see the effect, or “Merge”.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="251"/>
        <source>Merging %1…</source>
        <translation>Merging %1…</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="275"/>
        <source>Cancelled: %1 of %2 copies were merged.</source>
        <translation>Cancelled: %1 of %2 copies were merged.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="259"/>
        <source>Merged: everything was added.</source>
        <translation>Merged: everything was added.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="260"/>
        <source>Merged, with something left out: see the report (LEFT OUT lines).</source>
        <translation>Merged, with something left out: see the report (LEFT OUT lines).</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="290"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="305"/>
        <source>Cancelling after the current copy…</source>
        <translation>Cancelling after the current copy…</translation>
    </message>
</context>
<context>
    <name>MergeReportText</name>
    <message>
        <location filename="../../ui/merge_report_text.py" line="30"/>
        <source>its transcript was not merged</source>
        <translation>its transcript was not merged</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="31"/>
        <source>its code was left out</source>
        <translation>its code was left out</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="32"/>
        <source>its passage is no longer in the changed text</source>
        <translation>its passage is no longer in the changed text</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="33"/>
        <source>it reaches beyond the end of the text</source>
        <translation>it reaches beyond the end of the text</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="40"/>
        <source>same text</source>
        <translation>same text</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="41"/>
        <source>similar name and content</source>
        <translation>similar name and content</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="42"/>
        <source>same name, the text differs</source>
        <translation>same name, the text differs</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="43"/>
        <source>similar name and content, accepted</source>
        <translation>similar name and content, accepted</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="44"/>
        <source>same name, the text differs, accepted</source>
        <translation>same name, the text differs, accepted</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="45"/>
        <source>not in the project (import it first)</source>
        <translation>not in the project (import it first)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="54"/>
        <source>Codings of changed transcripts whose passage is unchanged: %1</source>
        <translation>Codings of changed transcripts whose passage is unchanged: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="59"/>
        <source>Moved with changes: “%1”, %2 (%3)</source>
        <translation>Moved with changes: “%1”, %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="61"/>
        <source>LEFT OUT, its passage is gone: “%1”, %2 (%3)</source>
        <translation>LEFT OUT, its passage is gone: “%1”, %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="65"/>
        <source>Before: “%1”</source>
        <translation>Before: “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="68"/>
        <source>After: “%1”</source>
        <translation>After: “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="73"/>
        <source>Moved with changes in “%1”, %2 (%3): “%4” → “%5”</source>
        <translation>Moved with changes in “%1”, %2 (%3): “%4” → “%5”</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="76"/>
        <source>LEFT OUT in “%1”, %2 (%3): its passage is gone: “%4”</source>
        <translation>LEFT OUT in “%1”, %2 (%3): its passage is gone: “%4”</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="81"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="85"/>
        <source>Merge of %1:</source>
        <translation>Merge of %1:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="87"/>
        <source>NOTHING MATCHED: no transcript of this file is in the project (another study?); nothing was changed</source>
        <translation>NOTHING MATCHED: no transcript of this file is in the project (another study?); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="89"/>
        <source>Transcripts matched: %1</source>
        <translation>Transcripts matched: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="92"/>
        <source>“%1” → “%2” (%3)</source>
        <translation>“%1” → “%2” (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="95"/>
        <source>NEEDS CONFIRMATION: “%1” looks like “%2” (name %3, content %4 %); its codings were left out</source>
        <translation>NEEDS CONFIRMATION: “%1” looks like “%2” (name %3, content %4 %); its codings were left out</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="100"/>
        <source>LEFT OUT transcript “%1”: %2</source>
        <translation>LEFT OUT transcript “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="104"/>
        <source>Code “%1” is “%2” here (renamed): matched</source>
        <translation>Code “%1” is “%2” here (renamed): matched</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="107"/>
        <source>Code adopted: “%1”</source>
        <translation>Code adopted: “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="109"/>
        <source>(similar: %1)</source>
        <translation>(similar: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="112"/>
        <source>Code “%1” merged into “%2” (as chosen)</source>
        <translation>Code “%1” merged into “%2” (as chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="115"/>
        <source>LEFT OUT code “%1” (as chosen)</source>
        <translation>LEFT OUT code “%1” (as chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="117"/>
        <source>New coder: %1</source>
        <translation>New coder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="118"/>
        <source>Codings added: %1 (%2); duplicates skipped: %3</source>
        <translation>Codings added: %1 (%2); duplicates skipped: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_report_text.py" line="121"/>
        <source>LEFT OUT %n coding(s): %1</source>
        <translation>
            <numerusform>LEFT OUT %n coding: %1</numerusform>
            <numerusform>LEFT OUT %n codings: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <location filename="../../ui/revision_models.py" line="24"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="24"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="24"/>
        <source>Coder</source>
        <translation>Coder</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="24"/>
        <source>Old passage</source>
        <translation>Old passage</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="25"/>
        <source>New passage</source>
        <translation>New passage</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="28"/>
        <source>moved exactly</source>
        <translation>moved exactly</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="28"/>
        <source>moved with changes</source>
        <translation>moved with changes</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="29"/>
        <source>lost</source>
        <translation>lost</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <location filename="../../ui/names_dialog.py" line="83"/>
        <source>Names to mask</source>
        <translation>Names to mask</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="84"/>
        <source>These names are replaced by [navn] (or the informant&apos;s pseudonym) in every export, and each Word export is checked for any that remain. Add the other persons the interviews mention.</source>
        <translation>These names are replaced by [navn] (or the informant&apos;s pseudonym) in every export, and each Word export is checked for any that remain. Add the other persons the interviews mention.</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="87"/>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="88"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="89"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="90"/>
        <source>Remove the selected added names (informants&apos; names stay)</source>
        <translation>Remove the selected added names (informants&apos; names stay)</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="123"/>
        <source>Added %1.</source>
        <translation>Added %1.</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="124"/>
        <source>%1 is on the list already.</source>
        <translation>%1 is on the list already.</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="141"/>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
</context>
<context>
    <name>NamesModel</name>
    <message>
        <location filename="../../ui/names_dialog.py" line="23"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="23"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="29"/>
        <source>informant %1</source>
        <translation>informant %1</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="30"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="32"/>
        <source>An informant&apos;s real name (from the manifest): it stays on the list</source>
        <translation>An informant&apos;s real name (from the manifest): it stays on the list</translation>
    </message>
</context>
<context>
    <name>NavigatorDock</name>
    <message>
        <location filename="../../ui/docks.py" line="68"/>
        <source>Transcripts</source>
        <translation>Transcripts</translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="69"/>
        <source>&amp;Transcripts</source>
        <translation>&amp;Transcripts</translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="70"/>
        <source>Filter by name, informant or role</source>
        <translation>Filter by name, informant or role</translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="71"/>
        <source>Show only transcripts whose name, informant or role contains this</source>
        <translation>Show only transcripts whose name, informant or role contains this</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../ui/navigator_model.py" line="28"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="28"/>
        <source>Codings</source>
        <translation>Codings</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="28"/>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="74"/>
        <source>(no phase)</source>
        <translation>(no phase)</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="74"/>
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="84"/>
        <source>Informant: %1</source>
        <translation>Informant: %1</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="85"/>
        <source>Ministry: %1</source>
        <translation>Ministry: %1</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="86"/>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="87"/>
        <source>%1 words, %2 codings</source>
        <translation>%1 words, %2 codings</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/start_page.py" line="129"/>
        <location filename="../../ui/start_page.py" line="137"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="130"/>
        <source>Project file:</source>
        <translation>Project file:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="131"/>
        <source>Codebook:</source>
        <translation>Codebook:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="132"/>
        <source>Choose where to save the project file</source>
        <translation>Choose where to save the project file</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="133"/>
        <source>The core-group evaluation&apos;s model (kjernegrupper)</source>
        <translation>The core-group evaluation&apos;s model (kjernegrupper)</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="134"/>
        <source>Empty codebook</source>
        <translation>Empty codebook</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="138"/>
        <source>Kodeverk projects (*.kodeverk)</source>
        <translation>Kodeverk projects (*.kodeverk)</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../ui/retrieve_outline_model.py" line="96"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_outline_model.py" line="96"/>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
</context>
<context>
    <name>PickerModel</name>
    <message>
        <location filename="../../ui/quick_picker.py" line="29"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/quick_picker.py" line="42"/>
        <source>Create code “%1”</source>
        <translation>Create code “%1”</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <location filename="../../ui/project_view.py" line="74"/>
        <source>&amp;Next pane</source>
        <translation>&amp;Next pane</translation>
    </message>
    <message>
        <location filename="../../ui/project_view.py" line="75"/>
        <source>&amp;Previous pane</source>
        <translation>&amp;Previous pane</translation>
    </message>
    <message>
        <location filename="../../ui/project_view.py" line="77"/>
        <source>Move the keyboard focus between the transcripts, the text, the codebook, the coded segments and the search</source>
        <translation>Move the keyboard focus between the transcripts, the text, the codebook, the coded segments and the search</translation>
    </message>
    <message>
        <location filename="../../ui/project_view.py" line="191"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
</context>
<context>
    <name>QuickPicker</name>
    <message>
        <location filename="../../ui/quick_picker.py" line="86"/>
        <source>Code the selection with…</source>
        <translation>Code the selection with…</translation>
    </message>
    <message>
        <location filename="../../ui/code_choice_dialog.py" line="70"/>
        <location filename="../../ui/quick_picker.py" line="87"/>
        <source>Type part of a code&apos;s name or description</source>
        <translation>Type part of a code&apos;s name or description</translation>
    </message>
</context>
<context>
    <name>RefiExportDialog</name>
    <message>
        <location filename="../../ui/feature_refi.py" line="269"/>
        <source>Export codebook</source>
        <translation>Export codebook</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="269"/>
        <source>Export REFI-QDA project</source>
        <translation>Export REFI-QDA project</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="272"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="276"/>
        <source>Norwegian (bokmål)</source>
        <translation>Norwegian (bokmål)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="277"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="279"/>
        <source>REFI-QDA codebook (.qdc): NVivo, ATLAS.ti, MAXQDA, QualCoder</source>
        <translation>REFI-QDA codebook (.qdc): NVivo, ATLAS.ti, MAXQDA, QualCoder</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="280"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="281"/>
        <source>Word codebook with definitions (.docx), for a report&apos;s appendix</source>
        <translation>Word codebook with definitions (.docx), for a report&apos;s appendix</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="287"/>
        <source>The codebook with colours and definitions.</source>
        <translation>The codebook with colours and definitions.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="288"/>
        <source>Transcripts, codebook, codings of every coder, informants with their attributes, memos, phases and groups. Real names are not exported.</source>
        <translation>Transcripts, codebook, codings of every coder, informants with their attributes, memos, phases and groups. Real names are not exported.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="290"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="294"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="295"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="296"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="311"/>
        <source>Codebook (*%1)</source>
        <translation>Codebook (*%1)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="313"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA projects (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="321"/>
        <source>Choose where the file goes.</source>
        <translation>Choose where the file goes.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="331"/>
        <source>%1 codes written to %2</source>
        <translation>%1 codes written to %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feature_refi.py" line="337"/>
        <source>%n transcript(s)</source>
        <translation>
            <numerusform>%n transcript</numerusform>
            <numerusform>%n transcripts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feature_refi.py" line="338"/>
        <source>and %n coding(s) written to %1</source>
        <translation>
            <numerusform>and %n coding written to %1</numerusform>
            <numerusform>and %n codings written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefiFeature</name>
    <message>
        <location filename="../../ui/feature_refi.py" line="359"/>
        <source>Import &amp;REFI-QDA project…</source>
        <translation>Import &amp;REFI-QDA project…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="360"/>
        <source>&amp;REFI-QDA project…</source>
        <translation>&amp;REFI-QDA project…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="361"/>
        <source>&amp;Codebook…</source>
        <translation>&amp;Codebook…</translation>
    </message>
</context>
<context>
    <name>RefiImportDialog</name>
    <message>
        <location filename="../../ui/feature_refi.py" line="111"/>
        <source>Import REFI-QDA project</source>
        <translation>Import REFI-QDA project</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="114"/>
        <source>A .qdpx file from NVivo, ATLAS.ti, MAXQDA, QualCoder, …</source>
        <translation>A .qdpx file from NVivo, ATLAS.ti, MAXQDA, QualCoder, …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="115"/>
        <location filename="../../ui/feature_refi.py" line="126"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="117"/>
        <source>Into the open project (merged like a coder copy)</source>
        <translation>Into the open project (merged like a coder copy)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="118"/>
        <source>Into a new project:</source>
        <translation>Into a new project:</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="125"/>
        <source>The new project file</source>
        <translation>The new project file</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="130"/>
        <source>The report of the import appears here: what was added, matched and left out.</source>
        <translation>The report of the import appears here: what was added, matched and left out.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="138"/>
        <source>Open the new project</source>
        <translation>Open the new project</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="141"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="144"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="156"/>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA project</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="157"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA projects (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="167"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="168"/>
        <source>Kodeverk projects (*.kodeverk)</source>
        <translation>Kodeverk projects (*.kodeverk)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="176"/>
        <source>Choose the .qdpx file to import.</source>
        <translation>Choose the .qdpx file to import.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="189"/>
        <source>Choose the new project file.</source>
        <translation>Choose the new project file.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="195"/>
        <source>%1 exists already: choose a new file name, or import into the open project.</source>
        <translation>%1 exists already: choose a new file name, or import into the open project.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="208"/>
        <source>Imported: everything in the file was taken.</source>
        <translation>Imported: everything in the file was taken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feature_refi.py" line="210"/>
        <source>Imported, with %n thing(s) left out: see the LEFT OUT lines.</source>
        <translation>
            <numerusform>Imported, with %n thing left out: see the LEFT OUT lines.</numerusform>
            <numerusform>Imported, with %n things left out: see the LEFT OUT lines.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="218"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RefiReportModel</name>
    <message>
        <location filename="../../ui/refi_report_model.py" line="72"/>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location filename="../../ui/refi_report_model.py" line="74"/>
        <source>LEFT OUT: %1</source>
        <translation>LEFT OUT: %1</translation>
    </message>
</context>
<context>
    <name>RetrieveDock</name>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="172"/>
        <location filename="../../ui/retrieve_panel.py" line="173"/>
        <source>Retrieve</source>
        <translation>Retrieve</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="174"/>
        <source>Find the codings that meet every chosen criterion</source>
        <translation>Find the codings that meet every chosen criterion</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="175"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="176"/>
        <source>Stop this retrieval; the results shown before stay</source>
        <translation>Stop this retrieval; the results shown before stay</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="177"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="178"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="178"/>
        <source>Code × group</source>
        <translation>Code × group</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="178"/>
        <source>Code × phase</source>
        <translation>Code × phase</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="179"/>
        <source>Co-occurrence</source>
        <translation>Co-occurrence</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="179"/>
        <source>Ladder</source>
        <translation>Ladder</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="181"/>
        <source>Core groups × the steps of the coordination ladder; hover a cell for its strongest quote</source>
        <translation>Core groups × the steps of the coordination ladder; hover a cell for its strongest quote</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="183"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="184"/>
        <source>Save this view as CSV, or every view as an Excel workbook</source>
        <translation>Save this view as CSV, or every view as an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="231"/>
        <location filename="../../ui/retrieve_panel.py" line="256"/>
        <source>Retrieving…</source>
        <translation>Retrieving…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="241"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="253"/>
        <source>Reading the codings…</source>
        <translation>Reading the codings…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="253"/>
        <source>Collecting the excerpts…</source>
        <translation>Collecting the excerpts…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="254"/>
        <source>Searching the text…</source>
        <translation>Searching the text…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="254"/>
        <source>Widening to sentences or turns…</source>
        <translation>Widening to sentences or turns…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="255"/>
        <source>Finding co-occurring codes…</source>
        <translation>Finding co-occurring codes…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="255"/>
        <source>Counting the matrices…</source>
        <translation>Counting the matrices…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="287"/>
        <source>Retrieval cancelled; the results of the previous retrieval are shown.</source>
        <translation>Retrieval cancelled; the results of the previous retrieval are shown.</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="288"/>
        <source>Retrieval cancelled.</source>
        <translation>Retrieval cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="295"/>
        <source>Choose filters and press Retrieve (no filter: every coding).</source>
        <translation>Choose filters and press Retrieve (no filter: every coding).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieve_panel.py" line="300"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieve_panel.py" line="301"/>
        <source>%n transcript(s)</source>
        <translation>
            <numerusform>%n transcript</numerusform>
            <numerusform>%n transcripts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieve_panel.py" line="302"/>
        <source>%n informant(s)</source>
        <translation>
            <numerusform>%n informant</numerusform>
            <numerusform>%n informants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieve_panel.py" line="329"/>
        <source>%n coding(s) in “%1 × %2” (double-click one to read it in its transcript)</source>
        <translation>
            <numerusform>%n coding in “%1 × %2” (double-click it to read it in its transcript)</numerusform>
            <numerusform>%n codings in “%1 × %2” (double-click one to read it in its transcript)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="347"/>
        <source>Export the retrieval</source>
        <translation>Export the retrieval</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="348"/>
        <source>Excel workbook, every view (*.xlsx);;CSV, this view (*.csv)</source>
        <translation>Excel workbook, every view (*.xlsx);;CSV, this view (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="363"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="369"/>
        <location filename="../../ui/retrieve_panel.py" line="370"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>RetrieveFeature</name>
    <message>
        <location filename="../../ui/feature_retrieve.py" line="32"/>
        <source>&amp;Retrieve…</source>
        <translation>&amp;Retrieve…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_retrieve.py" line="33"/>
        <source>Find coded excerpts by code, group, phase, informant, coder, text or date; matrices and co-occurrence</source>
        <translation>Find coded excerpts by code, group, phase, informant, coder, text or date; matrices and co-occurrence</translation>
    </message>
    <message>
        <location filename="../../ui/feature_retrieve.py" line="35"/>
        <source>Coded excerpts to &amp;Word…</source>
        <translation>Coded excerpts to &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_retrieve.py" line="36"/>
        <source>&amp;Table (XLSX/CSV)…</source>
        <translation>&amp;Table (XLSX/CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_retrieve.py" line="37"/>
        <source>&amp;Names to mask…</source>
        <translation>&amp;Names to mask…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_retrieve.py" line="38"/>
        <source>The real names replaced by [navn] in every export</source>
        <translation>The real names replaced by [navn] in every export</translation>
    </message>
</context>
<context>
    <name>RevisionCommands</name>
    <message>
        <location filename="../../ui/revision_commands.py" line="19"/>
        <source>Revise “%1”</source>
        <translation>Revise “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/revision_commands.py" line="40"/>
        <source>Structure by guide “%1”</source>
        <translation>Structure by guide “%1”</translation>
    </message>
</context>
<context>
    <name>RevisionFeature</name>
    <message>
        <location filename="../../ui/feature_revision.py" line="46"/>
        <source>&amp;Replace transcript with revised version…</source>
        <translation>&amp;Replace transcript with revised version…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="47"/>
        <source>&amp;Edit transcript text…</source>
        <translation>&amp;Edit transcript text…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="48"/>
        <source>&amp;Lost codings…</source>
        <translation>&amp;Lost codings…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="49"/>
        <source>&amp;Structure by guide…</source>
        <translation>&amp;Structure by guide…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="50"/>
        <source>Erase &amp;informant…</source>
        <translation>Erase &amp;informant…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="64"/>
        <source>Open a transcript first.</source>
        <translation>Open a transcript first.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="85"/>
        <source>Revised version of the transcript</source>
        <translation>Revised version of the transcript</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="86"/>
        <source>Transcripts (%1)</source>
        <translation>Transcripts (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="97"/>
        <source>Comparing the revised version…</source>
        <translation>Comparing the revised version…</translation>
    </message>
</context>
<context>
    <name>RevisionReportDialog</name>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="24"/>
        <source>Revised version of “%1”</source>
        <translation>Revised version of “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="41"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="42"/>
        <source>Roll back</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="57"/>
        <source>%1 codings: %2 moved exactly, %3 moved with changes, %4 lost. %5 % of the old text is unchanged.</source>
        <translation>%1 codings: %2 moved exactly, %3 moved with changes, %4 lost. %5 % of the old text is unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="63"/>
        <source>Lost codings are kept on a review list, never dropped: after you accept, it opens (later: Project → Lost codings…), where you can place each one on its new passage or dismiss it.</source>
        <translation>Lost codings are kept on a review list, never dropped: after you accept, it opens (later: Project → Lost codings…), where you can place each one on its new passage or dismiss it.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="68"/>
        <source>The new version is empty: there is nothing to replace the transcript with.</source>
        <translation>The new version is empty: there is nothing to replace the transcript with.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="70"/>
        <source>This is not a revision of the transcript: only %1 % of its text is found in the new version. It looks like a different interview; import it as a transcript of its own.</source>
        <translation>This is not a revision of the transcript: only %1 % of its text is found in the new version. It looks like a different interview; import it as a transcript of its own.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="74"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RevisionTexts</name>
    <message>
        <location filename="../../ui/revision_texts.py" line="25"/>
        <source>its passage is no longer in the text</source>
        <translation>its passage is no longer in the text</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="27"/>
        <source>it would land on the same span as another coding of this code and coder</source>
        <translation>it would land on the same span as another coding of this code and coder</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="32"/>
        <source>Informant %1</source>
        <translation>Informant %1</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="38"/>
        <source>attribute %1: %2</source>
        <translation>attribute %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revision_texts.py" line="40"/>
        <source>transcript “%1”: %2 characters, %n coding(s)</source>
        <translation>
            <numerusform>transcript “%1”: %2 characters, %n coding</numerusform>
            <numerusform>transcript “%1”: %2 characters, %n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revision_texts.py" line="43"/>
        <source>%n lost coding(s) on the review list</source>
        <translation>
            <numerusform>%n lost coding on the review list</numerusform>
            <numerusform>%n lost codings on the review list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="45"/>
        <source>memo #%1: %2</source>
        <translation>memo #%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="47"/>
        <source>name on the name list: %1</source>
        <translation>name on the name list: %1</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="49"/>
        <source>note: “%1” still occurs in “%2”; it stays on the name list so that exports keep masking it</source>
        <translation>note: “%1” still occurs in “%2”; it stays on the name list so that exports keep masking it</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="55"/>
        <source>Erased:</source>
        <translation>Erased:</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="56"/>
        <source>The project file was compacted (VACUUM).</source>
        <translation>The project file was compacted (VACUUM).</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="58"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="62"/>
        <source>Scan of %1: none of the erased text is left.</source>
        <translation>Scan of %1: none of the erased text is left.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revision_texts.py" line="65"/>
        <source>Scan of %1: %n piece(s) of erased text are still there:</source>
        <translation>
            <numerusform>Scan of %1: %n piece of erased text is still there:</numerusform>
            <numerusform>Scan of %1: %n pieces of erased text are still there:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="69"/>
        <source>These backups still hold the informant&apos;s data:</source>
        <translation>These backups still hold the informant&apos;s data:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="90"/>
        <location filename="../../ui/search_panel.py" line="97"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="91"/>
        <source>Sea&amp;rch</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="92"/>
        <source>Words to find</source>
        <translation>Words to find</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="93"/>
        <source>Fuzzy</source>
        <translation>Fuzzy</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="94"/>
        <source>Also find misspellings and words written without æ, ø, å</source>
        <translation>Also find misspellings and words written without æ, ø, å</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="95"/>
        <source>This transcript</source>
        <translation>This transcript</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="96"/>
        <source>Whole project</source>
        <translation>Whole project</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="98"/>
        <source>Code all results…</source>
        <translation>Code all results…</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="99"/>
        <source>Code every result with one code (one step to undo)</source>
        <translation>Code every result with one code (one step to undo)</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="100"/>
        <source>Find &amp;next</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="101"/>
        <source>Find pre&amp;vious</source>
        <translation>Find pre&amp;vious</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="102"/>
        <source>Enter searches; F3 and Shift+F3 go to the next and previous result</source>
        <translation>Enter searches; F3 and Shift+F3 go to the next and previous result</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="126"/>
        <source>Open a transcript first, or search the whole project</source>
        <translation>Open a transcript first, or search the whole project</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="130"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="140"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="141"/>
        <source>in %n transcript(s)</source>
        <translation>
            <numerusform>in %n transcript</numerusform>
            <numerusform>in %n transcripts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search_model.py" line="18"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="18"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="18"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
</context>
<context>
    <name>SegmentsDock</name>
    <message>
        <location filename="../../ui/docks.py" line="191"/>
        <source>Coded segments</source>
        <translation>Coded segments</translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="192"/>
        <source>Coded &amp;segments</source>
        <translation>Coded &amp;segments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/docks.py" line="203"/>
        <source>%n segment(s) coded with “%1” (with sub-codes)</source>
        <translation>
            <numerusform>%n segment coded with “%1” (with sub-codes)</numerusform>
            <numerusform>%n segments coded with “%1” (with sub-codes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/docks.py" line="206"/>
        <source>%n segment(s) in this transcript; choose a code to see its segments</source>
        <translation>
            <numerusform>%n segment in this transcript; choose a code to see its segments</numerusform>
            <numerusform>%n segments in this transcript; choose a code to see its segments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="208"/>
        <source>Choose a code or a transcript to see its coded segments</source>
        <translation>Choose a code or a transcript to see its coded segments</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../../ui/segments_model.py" line="25"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25"/>
        <source>Coder</source>
        <translation>Coder</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25"/>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="26"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="38"/>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="33"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>Widen selections to whole words when coding</source>
        <translation>Widen selections to whole words when coding</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="69"/>
        <source>Code interview transcripts together with your team. Every change is stored at once; there is nothing to save.</source>
        <translation>Code interview transcripts together with your team. Every change is stored at once; there is nothing to save.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="71"/>
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="72"/>
        <source>Open project…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="73"/>
        <source>Open the sample project</source>
        <translation>Open the sample project</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="74"/>
        <source>Ten invented interviews, coded by two coders, to try things on</source>
        <translation>Ten invented interviews, coded by two coders, to try things on</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="75"/>
        <source>Recent projects (double-click or Enter to open)</source>
        <translation>Recent projects (double-click or Enter to open)</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="76"/>
        <source>No recent projects yet. Start with the sample project to try things out, or make a new project and import your transcripts (File → Import transcripts…).</source>
        <translation>No recent projects yet. Start with the sample project to try things out, or make a new project and import your transcripts (File → Import transcripts…).</translation>
    </message>
</context>
<context>
    <name>StructureDialog</name>
    <message>
        <location filename="../../ui/revision_structure.py" line="30"/>
        <source>Structure by guide</source>
        <translation>Structure by guide</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="33"/>
        <source>Import guide…</source>
        <translation>Import guide…</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="35"/>
        <source>Only the open transcript</source>
        <translation>Only the open transcript</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="38"/>
        <source>Find questions</source>
        <translation>Find questions</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="45"/>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="46"/>
        <source>Unmatched turns</source>
        <translation>Unmatched turns</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="47"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="50"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="53"/>
        <source>Guide:</source>
        <translation>Guide:</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="90"/>
        <source>%1 (template)</source>
        <translation>%1 (template)</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="95"/>
        <source>Import an interview guide</source>
        <translation>Import an interview guide</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="96"/>
        <source>Guides (*.docx *.txt *.md)</source>
        <translation>Guides (*.docx *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="134"/>
        <source>Matching the interviewer&apos;s turns to the questions…</source>
        <translation>Matching the interviewer&apos;s turns to the questions…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revision_structure.py" line="150"/>
        <source>%n question(s) found</source>
        <translation>
            <numerusform>%n question found</numerusform>
            <numerusform>%n questions found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revision_structure.py" line="151"/>
        <source>in %n transcript(s);</source>
        <translation>
            <numerusform>in %n transcript;</numerusform>
            <numerusform>in %n transcripts;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revision_structure.py" line="152"/>
        <source>%n interviewer turn(s) matched no question.</source>
        <translation>
            <numerusform>%n interviewer turn matched no question.</numerusform>
            <numerusform>%n interviewer turns matched no question.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="154"/>
        <source>Left alone (they do not follow this guide): %1.</source>
        <translation>Left alone (they do not follow this guide): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="156"/>
        <source>Unmatched turns (%1)</source>
        <translation>Unmatched turns (%1)</translation>
    </message>
</context>
<context>
    <name>TeamworkCommands</name>
    <message>
        <location filename="../../ui/teamwork_commands.py" line="15"/>
        <source>accept A</source>
        <translation>accept A</translation>
    </message>
    <message>
        <location filename="../../ui/teamwork_commands.py" line="16"/>
        <source>accept B</source>
        <translation>accept B</translation>
    </message>
    <message>
        <location filename="../../ui/teamwork_commands.py" line="17"/>
        <source>union</source>
        <translation>union</translation>
    </message>
    <message>
        <location filename="../../ui/teamwork_commands.py" line="18"/>
        <source>intersection</source>
        <translation>intersection</translation>
    </message>
    <message>
        <location filename="../../ui/teamwork_commands.py" line="19"/>
        <source>edited passage</source>
        <translation>edited passage</translation>
    </message>
    <message>
        <location filename="../../ui/teamwork_commands.py" line="32"/>
        <source>Resolve disagreement (%1)</source>
        <translation>Resolve disagreement (%1)</translation>
    </message>
</context>
<context>
    <name>TeamworkFeature</name>
    <message>
        <location filename="../../ui/feature_teamwork.py" line="37"/>
        <source>&amp;Make a coder copy…</source>
        <translation>&amp;Make a coder copy…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_teamwork.py" line="38"/>
        <source>Mer&amp;ge coder copies…</source>
        <translation>Mer&amp;ge coder copies…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_teamwork.py" line="39"/>
        <source>&amp;Agreement report…</source>
        <translation>&amp;Agreement report…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_teamwork.py" line="40"/>
        <source>&amp;Compare coders…</source>
        <translation>&amp;Compare coders…</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../ui/transcript_view.py" line="342"/>
        <source>Coder: %1</source>
        <translation>Coder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/transcript_view.py" line="344"/>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../ui/coding_actions.py" line="218"/>
        <source>Change code of coding</source>
        <translation>Change code of coding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="238"/>
        <source>Change extent of coding</source>
        <translation>Change extent of coding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="264"/>
        <source>Edit memo</source>
        <translation>Edit memo</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="73"/>
        <source>Code passage with “%1”</source>
        <translation>Code passage with “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="97"/>
        <source>Remove coding</source>
        <translation>Remove coding</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="144"/>
        <source>Add code “%1”</source>
        <translation>Add code “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="170"/>
        <source>Rename code “%1”</source>
        <translation>Rename code “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="194"/>
        <source>Recolour code “%1”</source>
        <translation>Recolour code “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="203"/>
        <source>Describe code “%1”</source>
        <translation>Describe code “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="209"/>
        <source>Set shortcut of “%1”</source>
        <translation>Set shortcut of “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="226"/>
        <source>Move code “%1”</source>
        <translation>Move code “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="239"/>
        <source>Delete code “%1”</source>
        <translation>Delete code “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="254"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Merge “%1” into “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="316"/>
        <source>Code passage with new code “%1”</source>
        <translation>Code passage with new code “%1”</translation>
    </message>
</context>
<context>
    <name>UnmatchedModel</name>
    <message>
        <location filename="../../ui/revision_models.py" line="64"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="64"/>
        <source>Turn</source>
        <translation>Turn</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="64"/>
        <source>Nearest question</source>
        <translation>Nearest question</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="64"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>_OpDialog</name>
    <message>
        <location filename="../../ui/feature_refi.py" line="53"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="74"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="76"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="88"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="98"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
</TS>
