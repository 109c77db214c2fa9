<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>ChoiceButton</name>
    <message>
        <location filename="../../ui/retrieve_choice.py" line="63"/>
        <source>Filter the list</source>
        <translation>Filtrer lista</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_choice.py" line="64"/>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_choice.py" line="97"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_choice.py" line="103"/>
        <source>No restriction: click to choose</source>
        <translation>Ingen begrensning: klikk for å velge</translation>
    </message>
</context>
<context>
    <name>CodeChoiceDialog</name>
    <message>
        <location filename="../../ui/code_choice_dialog.py" line="90"/>
        <source>No code matches “%1”.</source>
        <translation>Ingen kode passer til «%1».</translation>
    </message>
</context>
<context>
    <name>CodebookDock</name>
    <message>
        <location filename="../../ui/codebook_dock.py" line="154"/>
        <source>Codebook</source>
        <translation>Kodebok</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="155"/>
        <source>&amp;Codebook</source>
        <translation>&amp;Kodebok</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="156"/>
        <location filename="../../ui/codebook_dock.py" line="228"/>
        <source>New code</source>
        <translation>Ny kode</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="156"/>
        <source>Add a top-level code</source>
        <translation>Legg til en kode på øverste nivå</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="157"/>
        <source>New sub-code</source>
        <translation>Ny underkode</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="157"/>
        <source>Add a code under the selected code</source>
        <translation>Legg til en kode under den valgte koden</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="158"/>
        <source>Rename…</source>
        <translation>Gi nytt navn …</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="158"/>
        <source>Rename the selected code</source>
        <translation>Gi den valgte koden nytt navn</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="159"/>
        <source>Colour…</source>
        <translation>Farge …</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="159"/>
        <source>Choose the selected code&apos;s colour</source>
        <translation>Velg fargen til den valgte koden</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="160"/>
        <source>Describe…</source>
        <translation>Beskriv …</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="160"/>
        <source>Write what the code means and when to use it</source>
        <translation>Skriv hva koden betyr og når den skal brukes</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="161"/>
        <source>Shortcut key…</source>
        <translation>Hurtigtast …</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="161"/>
        <source>Code with this code by pressing 1–9</source>
        <translation>Kod med denne koden ved å trykke 1–9</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="162"/>
        <source>Merge into…</source>
        <translation>Slå sammen med …</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="162"/>
        <source>Move its codings and sub-codes to another code</source>
        <translation>Flytt kodingene og underkodene til en annen kode</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="163"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="163"/>
        <source>Delete the selected code (asks first)</source>
        <translation>Slett den valgte koden (spør først)</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="228"/>
        <source>Name of the new code:</source>
        <translation>Navnet på den nye koden:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="241"/>
        <source>Rename code</source>
        <translation>Gi kode nytt navn</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="241"/>
        <source>New name:</source>
        <translation>Nytt navn:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="250"/>
        <source>Colour of the code</source>
        <translation>Kodens farge</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="258"/>
        <source>Describe code</source>
        <translation>Beskriv kode</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="259"/>
        <source>What the code means and when to use it:</source>
        <translation>Hva koden betyr og når den skal brukes:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="268"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="270"/>
        <source>Shortcut key</source>
        <translation>Hurtigtast</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="270"/>
        <source>Key:</source>
        <translation>Tast:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="283"/>
        <source>Merge code</source>
        <translation>Slå sammen kode</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="284"/>
        <source>Merge “%1” into:</source>
        <translation>Slå «%1» sammen med:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="297"/>
        <source>Delete the code “%1” and its sub-codes?</source>
        <translation>Slette koden «%1» og underkodene?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook_dock.py" line="299"/>
        <source>%n coding(s) will be deleted with it (you can undo this).</source>
        <translation>
            <numerusform>%n koding blir slettet med den (du kan angre).</numerusform>
            <numerusform>%n kodinger blir slettet med den (du kan angre).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="300"/>
        <source>Delete code</source>
        <translation>Slett kode</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../ui/codebook_model.py" line="30"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="30"/>
        <source>Here</source>
        <translation>Her</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="30"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="33"/>
        <source>The codes; drag a code onto another to move it under it</source>
        <translation>Kodene; dra en kode over en annen for å flytte den under den</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="34"/>
        <source>Codings with this code in the open transcript</source>
        <translation>Kodinger med denne koden i det åpne transkriptet</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="35"/>
        <source>Codings with this code in the whole project</source>
        <translation>Kodinger med denne koden i hele prosjektet</translation>
    </message>
</context>
<context>
    <name>CoderCommands</name>
    <message>
        <location filename="../../ui/coder_commands.py" line="67"/>
        <source>Add coder “%1”</source>
        <translation>Legg til koderen «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/coder_commands.py" line="97"/>
        <source>Rename coder “%1”</source>
        <translation>Gi koderen «%1» nytt navn</translation>
    </message>
    <message>
        <location filename="../../ui/coder_commands.py" line="98"/>
        <source>Recolour coder “%1”</source>
        <translation>Endre fargen til koderen «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/coder_commands.py" line="99"/>
        <source>Set the initials of “%1”</source>
        <translation>Sett initialene til «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/coder_commands.py" line="122"/>
        <source>Remove coder “%1”</source>
        <translation>Fjern koderen «%1»</translation>
    </message>
</context>
<context>
    <name>CoderCopyDialog</name>
    <message>
        <location filename="../../ui/copy_dialog.py" line="72"/>
        <source>Make a coder copy</source>
        <translation>Lag en koderkopi</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="73"/>
        <source>The coder who will work in the copy</source>
        <translation>Koderen som skal arbeide i kopien</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="74"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="33"/>
        <source>The copy has the same transcripts and codebook, and only this coder&apos;s codings. Merge it back with File → Merge coder copies.</source>
        <translation>Kopien har de samme transkriptene og den samme kodeboka, og bare denne koderens kodinger. Slå den sammen med prosjektet igjen med Fil → Slå sammen koderkopier.</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="75"/>
        <source>Make copy</source>
        <translation>Lag kopi</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="77"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="78"/>
        <source>New file</source>
        <translation>Ny fil</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="96"/>
        <source>Coder copy</source>
        <translation>Koderkopi</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="97"/>
        <source>Kodeverk projects (*.kodeverk)</source>
        <translation>Kodeverk-prosjekter (*.kodeverk)</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="104"/>
        <source>Give the coder&apos;s name.</source>
        <translation>Skriv inn koderens navn.</translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="107"/>
        <source>Choose where the copy goes.</source>
        <translation>Velg hvor kopien skal lagres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/copy_dialog.py" line="115"/>
        <source>Coder copy for %1 written to %2 (%n coding(s))</source>
        <translation>
            <numerusform>Koderkopi for %1 skrevet til %2 (%n koding)</numerusform>
            <numerusform>Koderkopi for %1 skrevet til %2 (%n kodinger)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/copy_dialog.py" line="123"/>
        <source>Could not make the copy: %1</source>
        <translation>Kunne ikke lage kopien: %1</translation>
    </message>
</context>
<context>
    <name>CoderToolbar</name>
    <message>
        <location filename="../../ui/coder_toolbar.py" line="58"/>
        <source>Coding as %1</source>
        <translation>Koder som %1</translation>
    </message>
    <message>
        <location filename="../../ui/coder_toolbar.py" line="60"/>
        <source>No coder yet: add one in the toolbar</source>
        <translation>Ingen koder ennå: legg til en i verktøylinjen</translation>
    </message>
    <message>
        <location filename="../../ui/coder_toolbar.py" line="63"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../ui/coder_toolbar.py" line="64"/>
        <source>C&amp;oder</source>
        <translation>K&amp;oder</translation>
    </message>
    <message>
        <location filename="../../ui/coder_toolbar.py" line="65"/>
        <source>Coder:</source>
        <translation>Koder:</translation>
    </message>
    <message>
        <location filename="../../ui/coder_toolbar.py" line="66"/>
        <source>Your codings are stored under this coder</source>
        <translation>Kodingene dine lagres under denne koderen</translation>
    </message>
</context>
<context>
    <name>CodersDialog</name>
    <message>
        <location filename="../../ui/coders_dialog.py" line="106"/>
        <source>Coders</source>
        <translation>Kodere</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="107"/>
        <source>Add…</source>
        <translation>Legg til …</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="107"/>
        <source>Add a person who codes</source>
        <translation>Legg til en person som koder</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="108"/>
        <source>Rename…</source>
        <translation>Gi nytt navn …</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="108"/>
        <source>Give the selected coder another name</source>
        <translation>Gi den valgte koderen et annet navn</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="109"/>
        <source>Colour…</source>
        <translation>Farge …</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="109"/>
        <source>Choose the colour that marks the coder&apos;s codings</source>
        <translation>Velg fargen som markerer koderens kodinger</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="110"/>
        <source>Initials…</source>
        <translation>Initialer …</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="110"/>
        <source>The letters shown on the coder&apos;s stripes and in the toolbar</source>
        <translation>Bokstavene som vises på koderens striper og i verktøylinjen</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="112"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="112"/>
        <source>Remove the selected coder (only one who has coded nothing yet)</source>
        <translation>Fjern den valgte koderen (bare en som ikke har kodet noe ennå)</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="133"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="134"/>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="144"/>
        <source>Undo: %1</source>
        <translation>Angre: %1</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="145"/>
        <source>Redo: %1</source>
        <translation>Gjør om: %1</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="182"/>
        <source>Add coder</source>
        <translation>Legg til koder</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="182"/>
        <source>Name of the coder:</source>
        <translation>Koderens navn:</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="193"/>
        <source>Rename coder</source>
        <translation>Gi koder nytt navn</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="193"/>
        <source>New name:</source>
        <translation>Nytt navn:</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="201"/>
        <source>Colour of the coder</source>
        <translation>Koderens farge</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="209"/>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="209"/>
        <source>Initials (1–3 letters):</source>
        <translation>Initialer (1–3 bokstaver):</translation>
    </message>
</context>
<context>
    <name>CodersModel</name>
    <message>
        <location filename="../../ui/coders_dialog.py" line="34"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="34"/>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="34"/>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <location filename="../../ui/coders_dialog.py" line="42"/>
        <source>You are coding as this coder</source>
        <translation>Du koder som denne koderen</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../ui/coding_actions.py" line="62"/>
        <source>Find a code by typing (Ctrl+K); Enter codes the selection</source>
        <translation>Finn en kode ved å skrive (Ctrl+K); Enter koder utvalget</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="63"/>
        <source>Code the selection with the code selected in the codebook</source>
        <translation>Kod utvalget med koden som er valgt i kodeboka</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="65"/>
        <source>Make the selected words a new code and code them with it</source>
        <translation>Gjør de merkede ordene til en ny kode og kod dem med den</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="66"/>
        <source>Remove the selected coding</source>
        <translation>Fjern den valgte kodingen</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="67"/>
        <source>Give the selected coding another code</source>
        <translation>Gi den valgte kodingen en annen kode</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="68"/>
        <source>Widen or narrow the selected coding to the text selected now</source>
        <translation>Utvid eller innskrenk den valgte kodingen til teksten som er merket nå</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="70"/>
        <source>Write a memo on the selected coding</source>
        <translation>Skriv et notat om den valgte kodingen</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="72"/>
        <source>Go to the next coding in the transcript (F8)</source>
        <translation>Gå til neste koding i transkriptet (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="62"/>
        <source>Code selection &amp;with…</source>
        <translation>Kod utvalget &amp;med …</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="63"/>
        <source>Code selection with &amp;selected code</source>
        <translation>Kod utvalget med &amp;valgt kode</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="65"/>
        <source>Code in &amp;vivo</source>
        <translation>Kod &amp;in vivo</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="66"/>
        <source>&amp;Remove coding</source>
        <translation>&amp;Fjern koding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="67"/>
        <source>C&amp;hange code of coding…</source>
        <translation>&amp;Bytt kode på koding …</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="68"/>
        <source>Se&amp;t coding to selection</source>
        <translation>&amp;Sett kodingen til utvalget</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="70"/>
        <source>&amp;Memo…</source>
        <translation>N&amp;otat …</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="71"/>
        <source>&amp;Next coding</source>
        <translation>&amp;Neste koding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="73"/>
        <source>&amp;Previous coding</source>
        <translation>Fo&amp;rrige koding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="74"/>
        <source>Go to the previous coding in the transcript (Shift+F8)</source>
        <translation>Gå til forrige koding i transkriptet (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="98"/>
        <location filename="../../ui/coding_actions.py" line="244"/>
        <source>Open a transcript first</source>
        <translation>Åpne et transkript først</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="101"/>
        <source>Select a passage of the transcript first</source>
        <translation>Merk en passasje i transkriptet først</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="106"/>
        <source>Add a coder in the toolbar first: every coding has one</source>
        <translation>Legg først til en koder i verktøylinjen: hver koding har en</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="113"/>
        <source>Click a coding&apos;s stripe (or put the cursor in a coded passage) first</source>
        <translation>Klikk først på stripen til en koding (eller sett markøren i en kodet passasje)</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="130"/>
        <source>Select a code in the codebook first</source>
        <translation>Velg en kode i kodeboka først</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="137"/>
        <source>No code has the shortcut %1</source>
        <translation>Ingen kode har hurtigtasten %1</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="198"/>
        <source>Every result is coded with this code already</source>
        <translation>Alle treff er allerede kodet med denne koden</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="220"/>
        <source>Change the code to…</source>
        <translation>Bytt koden til …</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="227"/>
        <source>Click a coding&apos;s stripe, then select the new extent of the passage (the stripe stays chosen), then choose this</source>
        <translation>Klikk på stripen til en koding, merk så det nye omfanget av passasjen (stripen forblir valgt), og velg så dette</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="248"/>
        <source>No coding after this one</source>
        <translation>Ingen koding etter denne</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="249"/>
        <source>No coding before this one</source>
        <translation>Ingen koding før denne</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="259"/>
        <source>Memo</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="260"/>
        <source>Memo on this coding:</source>
        <translation>Notat om denne kodingen:</translation>
    </message>
</context>
<context>
    <name>CodingStripes</name>
    <message>
        <location filename="../../ui/stripes.py" line="217"/>
        <source>Drag this end to widen or narrow the coding</source>
        <translation>Dra i denne enden for å utvide eller innskrenke kodingen</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare_view.py" line="143"/>
        <source>Compare coders</source>
        <translation>Sammenlign kodere</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="82"/>
        <source>speaker turns</source>
        <translation>replikker</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="83"/>
        <source>paragraphs</source>
        <translation>avsnitt</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="84"/>
        <source>Compute agreement</source>
        <translation>Beregn samsvar</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="85"/>
        <source>Each top-level code</source>
        <translation>Hver kode på øverste nivå</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="145"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="146"/>
        <source>Resolve disagreements…</source>
        <translation>Løs uenigheter …</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="147"/>
        <source>Export report…</source>
        <translation>Eksporter rapport …</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="148"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="86"/>
        <source>Coders</source>
        <translation>Kodere</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="87"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="88"/>
        <source>Transcripts</source>
        <translation>Transkripter</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="91"/>
        <source>Segment overlap</source>
        <translation>Overlapp for segmenter</translation>
    </message>
    <message>
        <location filename="../../ui/compare_picks.py" line="92"/>
        <source>Units for α</source>
        <translation>Enheter for α</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="134"/>
        <source>Choose two or more coders and press “Compute agreement”.</source>
        <translation>Velg to eller flere kodere og trykk «Beregn samsvar».</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="194"/>
        <source>Choose at least two coders.</source>
        <translation>Velg minst to kodere.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="197"/>
        <source>Choose at least one transcript.</source>
        <translation>Velg minst ett transkript.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="208"/>
        <source>Computing agreement…</source>
        <translation>Beregner samsvar …</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="267"/>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="222"/>
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="149"/>
        <source>The agreement per code and measure shows here.

Tick the coders, codes and transcripts to compare on the left, then press “Compute agreement”.</source>
        <translation>Samsvaret per kode og mål vises her.

Kryss av for koderne, kodene og transkriptene som skal sammenlignes til venstre, og trykk så «Beregn samsvar».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/compare_view.py" line="251"/>
        <source>%1 — %n transcript(s), computed %2.</source>
        <translation>
            <numerusform>%1 — %n transkript, beregnet %2.</numerusform>
            <numerusform>%1 — %n transkripter, beregnet %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="254"/>
        <source>Character and segment agreement compare exactly two coders: left out.</source>
        <translation>Samsvar på tegn- og segmentnivå sammenligner nøyaktig to kodere: utelatt.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="256"/>
        <source>Without speaker turns (paragraphs used): %1.</source>
        <translation>Uten replikker (avsnitt brukt): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="262"/>
        <source>Choose coders, codes and transcripts, compute, then “Export report…”.</source>
        <translation>Velg kodere, koder og transkripter, beregn, og velg så «Eksporter rapport …».</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="277"/>
        <source>Could not compute: %1</source>
        <translation>Kunne ikke beregne: %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="287"/>
        <source>≥ 0.800 good</source>
        <translation>≥ 0.800 godt</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="287"/>
        <source>≥ 0.667 tentative</source>
        <translation>≥ 0.667 foreløpig</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="288"/>
        <source>below: poor</source>
        <translation>under: svakt</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="288"/>
        <source>not defined</source>
        <translation>ikke definert</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="290"/>
        <source>κ and α, by Krippendorff&apos;s reading:</source>
        <translation>κ og α, tolket etter Krippendorff:</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="298"/>
        <source>Select a number to see the counts behind it.</source>
        <translation>Velg et tall for å se tellingene bak det.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="303"/>
        <source>Counts behind %1 for “%2”, pooled and per transcript:</source>
        <translation>Tellinger bak %1 for «%2», samlet og per transkript:</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="333"/>
        <source>Export agreement report</source>
        <translation>Eksporter samsvarsrapport</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="333"/>
        <source>agreement.docx</source>
        <translation>samsvar.docx</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="334"/>
        <source>Word (*.docx);;Excel (*.xlsx)</source>
        <translation>Word (*.docx);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="342"/>
        <source>Report written to %1</source>
        <translation>Rapporten er skrevet til %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="346"/>
        <source>Could not write the report: %1</source>
        <translation>Kunne ikke skrive rapporten: %1</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../ui/compare_model.py" line="56"/>
        <source>Characters %</source>
        <translation>Tegn %</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="57"/>
        <source>Characters κ</source>
        <translation>Tegn κ</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="58"/>
        <source>Segments %</source>
        <translation>Segmenter %</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="59"/>
        <source>Segments κ</source>
        <translation>Segmenter κ</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="60"/>
        <source>α (units)</source>
        <translation>α (enheter)</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="61"/>
        <source>|uα (spans)</source>
        <translation>|uα (spenn)</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="67"/>
        <source>good</source>
        <translation>godt</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="68"/>
        <source>tentative</source>
        <translation>foreløpig</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="69"/>
        <source>poor</source>
        <translation>svakt</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="70"/>
        <source>n/a</source>
        <translation>i.d.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="80"/>
        <source>both coded</source>
        <translation>begge kodet</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="81"/>
        <source>only A</source>
        <translation>bare A</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="82"/>
        <source>only B</source>
        <translation>bare B</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="83"/>
        <source>neither</source>
        <translation>ingen av dem</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="84"/>
        <source>total</source>
        <translation>totalt</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="85"/>
        <source>agreeing segments</source>
        <translation>samsvarende segmenter</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="86"/>
        <source>only A&apos;s segments</source>
        <translation>segmenter bare hos A</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="87"/>
        <source>only B&apos;s segments</source>
        <translation>segmenter bare hos B</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="88"/>
        <source>units</source>
        <translation>enheter</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="89"/>
        <source>pairable units</source>
        <translation>parbare enheter</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="90"/>
        <source>pairable values</source>
        <translation>parbare verdier</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="91"/>
        <source>observed disagreement D_o</source>
        <translation>observert uenighet D_o</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="92"/>
        <source>expected disagreement D_e</source>
        <translation>forventet uenighet D_e</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="93"/>
        <source>spans per coder</source>
        <translation>spenn per koder</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="94"/>
        <source>characters (continuum)</source>
        <translation>tegn (kontinuum)</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="95"/>
        <source>values</source>
        <translation>verdier</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="131"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="185"/>
        <source>weighted by length: %1</source>
        <translation>vektet etter lengde: %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="187"/>
        <source>Mean over transcripts</source>
        <translation>Gjennomsnitt over transkripter</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="201"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="202"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="203"/>
        <source>Counts</source>
        <translation>Tellinger</translation>
    </message>
    <message>
        <location filename="../../ui/compare_model.py" line="211"/>
        <source>All (pooled)</source>
        <translation>Alle (samlet)</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="51"/>
        <source>colour {colour!r} is not of the form #RRGGBB</source>
        <translation>fargen {colour!r} er ikke på formen #RRGGBB</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="59"/>
        <source>a code needs a name</source>
        <translation>en kode må ha et navn</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="63"/>
        <source>a code named {name!r} exists already under {parent}</source>
        <translation>det finnes allerede en kode som heter {name!r} under {parent}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="65"/>
        <source>a code named {name!r} exists already under the top level</source>
        <translation>det finnes allerede en kode som heter {name!r} på øverste nivå</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="148"/>
        <source>a shortcut is a number from 1 to 9</source>
        <translation>en hurtigtast er et tall fra 1 til 9</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="163"/>
        <source>cannot move {code!r} into itself or its own sub-code</source>
        <translation>kan ikke flytte {code!r} inn i seg selv eller en av sine egne underkoder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/codebook/service.py" line="205"/>
        <source>code {code!r} has %n coding(s) (with its sub-codes); merge it into another code, or delete with force</source>
        <translation>
            <numerusform>koden {code!r} har %n koding (med underkodene); slå den sammen med en annen kode, eller slett med tvang</numerusform>
            <numerusform>koden {code!r} har %n kodinger (med underkodene); slå den sammen med en annen kode, eller slett med tvang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="232"/>
        <source>cannot merge a code into itself</source>
        <translation>kan ikke slå sammen en kode med seg selv</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/service.py" line="237"/>
        <source>cannot merge {code!r} into its own sub-code</source>
        <translation>kan ikke slå sammen {code!r} med en av sine egne underkoder</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/tree.py" line="130"/>
        <source>code {code!r} is ambiguous: give the full path, one of {paths}</source>
        <translation>koden {code!r} er tvetydig: oppgi hele stien, en av {paths}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="48"/>
        <source>no code named {name!r}</source>
        <translation>ingen kode med navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="49"/>
        <source>no coder named {name!r}</source>
        <translation>ingen koder med navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="50"/>
        <source>no coding named {name!r}</source>
        <translation>ingen koding med navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="51"/>
        <source>no transcript named {name!r}</source>
        <translation>ingen transkript med navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="52"/>
        <source>no phase named {name!r}</source>
        <translation>ingen fase med navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="53"/>
        <source>no group named {name!r}</source>
        <translation>ingen gruppe med navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="54"/>
        <source>no informant named {name!r}</source>
        <translation>ingen informant med navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="55"/>
        <source>no ministry named {name!r}</source>
        <translation>intet departement med navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="56"/>
        <source>no role named {name!r}</source>
        <translation>ingen rolle med navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="57"/>
        <source>no guide named {name!r}</source>
        <translation>ingen intervjuguide med navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="58"/>
        <source>no guide template named {name!r}</source>
        <translation>ingen guidemal med navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="59"/>
        <source>no codebook template named {name!r}</source>
        <translation>ingen kodebokmal med navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="60"/>
        <source>no listed name named {name!r}</source>
        <translation>ingen navn på listen som heter {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="61"/>
        <source>no lost coding named {name!r}</source>
        <translation>ingen tapt koding med navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="78"/>
        <source>no {kind} named {name!r}</source>
        <translation>ingen {kind} med navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="80"/>
        <source>{problem}; did you mean {suggestions}?</source>
        <translation>{problem}; mente du {suggestions}?</translation>
    </message>
    <message>
        <location filename="../../kodeverk/errors.py" line="99"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="122"/>
        <source>{file}: {name!r} matches rows {lines}</source>
        <translation>{file}: {name!r} passer med radene {lines}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="159"/>
        <source>an old Excel .xls file or a password-protected workbook; save it as .xlsx without a password, or as CSV</source>
        <translation>en gammel Excel-fil (.xls) eller en passordbeskyttet arbeidsbok; lagre den som .xlsx uten passord, eller som CSV</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="171"/>
        <source>is a folder, not a manifest file</source>
        <translation>er en mappe, ikke en manifestfil</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="175"/>
        <source>file not found</source>
        <translation>fant ikke filen</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="178"/>
        <source>cannot be read: {reason}</source>
        <translation>kan ikke leses: {reason}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="181"/>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="117"/>
        <source>the file is empty (0 bytes)</source>
        <translation>filen er tom (0 byte)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="191"/>
        <source>read as Windows-1252, not UTF-8: check that æ, ø and å look right</source>
        <translation>lest som Windows-1252, ikke UTF-8: sjekk at æ, ø og å ser riktige ut</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="203"/>
        <source>row {line}: malformed CSV ({detail}); is a quote never closed?</source>
        <translation>rad {line}: ugyldig CSV ({detail}); mangler et avsluttende anførselstegn?</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="229"/>
        <source>not a readable Excel workbook ({kind}: {detail})</source>
        <translation>ikke en lesbar Excel-arbeidsbok ({kind}: {detail})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="253"/>
        <source>no header row: the file holds only empty rows</source>
        <translation>ingen overskriftsrad: filen har bare tomme rader</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="264"/>
        <source>row {line} has {cells} cells but the header has {columns} columns; is a value holding the delimiter missing its quotes?</source>
        <translation>rad {line} har {cells} celler, men overskriftsraden har {columns} kolonner; mangler anførselstegn rundt en verdi som inneholder skilletegnet?</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="267"/>
        <source>row {line}: values in columns without a header are ignored (columns {columns})</source>
        <translation>rad {line}: verdier i kolonner uten overskrift blir ikke brukt (kolonne {columns})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="274"/>
        <source>row {line}: no file name; row skipped</source>
        <translation>rad {line}: mangler filnavn; raden er hoppet over</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="279"/>
        <source>file {file!r} is listed twice (rows {first} and {line})</source>
        <translation>filen {file!r} står to ganger (rad {first} og {line})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="294"/>
        <source>rows {lines}: files in different folders share the name {name!r}</source>
        <translation>rad {lines}: filer i ulike mapper har samme navn {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="312"/>
        <source>columns {first} ({first_header!r}) and {second} ({second_header!r}) hold the same field; keep one</source>
        <translation>kolonne {first} ({first_header!r}) og {second} ({second_header!r}) gjelder samme felt; behold én av dem</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="318"/>
        <source>no headers</source>
        <translation>ingen overskrifter</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="320"/>
        <source>missing column &apos;fil&apos;/&apos;file&apos;; found: {found}</source>
        <translation>mangler kolonnen &apos;fil&apos;/&apos;file&apos;; fant: {found}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="349"/>
        <source>row {line}: date {text!r} is not a valid date; left empty</source>
        <translation>rad {line}: datoen {text!r} er ikke en gyldig dato; står tom</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="353"/>
        <source>row {line}: date {text!r} is not a valid date (write yyyy-mm-dd or dd.mm.yyyy); left empty</source>
        <translation>rad {line}: datoen {text!r} er ikke en gyldig dato (skriv åååå-mm-dd eller dd.mm.åååå); står tom</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/manifest.py" line="365"/>
        <source>row {line}: {header!r} value {text!r} is not ja/nei (yes/no); left empty</source>
        <translation>rad {line}: verdien {text!r} i {header!r} er ikke ja/nei; står tom</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="28"/>
        <source>ministry {raw!r} not recognised; kept as written</source>
        <translation>departementet {raw!r} ble ikke gjenkjent; beholdt slik det er skrevet</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="29"/>
        <source>role {raw!r} not recognised; kept as written</source>
        <translation>rollen {raw!r} ble ikke gjenkjent; beholdt slik den er skrevet</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="32"/>
        <source>ministry {raw!r} read as {value!r}</source>
        <translation>departementet {raw!r} lest som {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="33"/>
        <source>role {raw!r} read as {value!r}</source>
        <translation>rollen {raw!r} lest som {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="36"/>
        <source>informant {informant}: ministry {value!r} differs from the stored {current!r}; kept {current!r}</source>
        <translation>informant {informant}: departementet {value!r} avviker fra det lagrede {current!r}; beholdt {current!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="39"/>
        <source>informant {informant}: role {value!r} differs from the stored {current!r}; kept {current!r}</source>
        <translation>informant {informant}: rollen {value!r} avviker fra den lagrede {current!r}; beholdt {current!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="79"/>
        <source>phase {phase!r} is not one of {known}</source>
        <translation>fasen {phase!r} er ikke en av {known}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="83"/>
        <source>group {group!r} is not in the project&apos;s list of groups</source>
        <translation>gruppen {group!r} står ikke på prosjektets liste over grupper</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="103"/>
        <source>phase {phase!r} not recognised (known: {known}); left empty</source>
        <translation>fasen {phase!r} ble ikke gjenkjent (kjente: {known}); står tom</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="111"/>
        <source>group {raw!r} read as {value!r}</source>
        <translation>gruppen {raw!r} lest som {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="114"/>
        <source>group {raw!r} not recognised; add it to the project&apos;s groups and set it by hand</source>
        <translation>gruppen {raw!r} ble ikke gjenkjent; legg den til prosjektets grupper og sett den for hånd</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="121"/>
        <source>ministry, role or name given without an informant pseudonym; not stored</source>
        <translation>departement, rolle eller navn er oppgitt uten informantens pseudonym; ikke lagret</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/metadata.py" line="172"/>
        <source>informant {informant}: attribute {key!r} {value!r} differs from the stored {stored!r}; kept the stored value</source>
        <translation>informant {informant}: egenskapen {key!r} {value!r} avviker fra den lagrede {stored!r}; beholdt den lagrede verdien</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="75"/>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="84"/>
        <source>this is a folder, not a file ({path})</source>
        <translation>dette er en mappe, ikke en fil ({path})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="80"/>
        <source>the file does not exist ({path})</source>
        <translation>filen finnes ikke ({path})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="88"/>
        <source>permission denied: Kodeverk may not read this file ({path})</source>
        <translation>ingen tilgang: Kodeverk har ikke lov til å lese denne filen ({path})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="92"/>
        <source>cannot read the file: {reason} ({path})</source>
        <translation>kan ikke lese filen: {reason} ({path})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="111"/>
        <source>unsupported file type {suffix!r} (Kodeverk reads {known})</source>
        <translation>filtypen {suffix!r} støttes ikke (Kodeverk leser {known})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="114"/>
        <source>unsupported file type (no extension) (Kodeverk reads {known})</source>
        <translation>filtypen støttes ikke (ingen filendelse) (Kodeverk leser {known})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="120"/>
        <source>the file is named {suffix} but is an RTF file; read as RTF</source>
        <translation>filen har endelsen {suffix}, men er en RTF-fil; lest som RTF</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/__init__.py" line="125"/>
        <source>the document has no text</source>
        <translation>dokumentet har ingen tekst</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="23"/>
        <source>the document is password-protected; save it without a password and import again</source>
        <translation>dokumentet er passordbeskyttet; lagre det uten passord og importer på nytt</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="26"/>
        <source>not a Word document (no word/document.xml inside)</source>
        <translation>ikke et Word-dokument (inneholder ingen word/document.xml)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="27"/>
        <source>{problem}; it looks like an OpenDocument file: rename it .odt</source>
        <translation>{problem}; det ser ut som en OpenDocument-fil: gi den endelsen .odt</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="28"/>
        <source>not a Word document ({part} has no body)</source>
        <translation>ikke et Word-dokument ({part} har ingen brødtekst)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="29"/>
        <source>the document has tracked changes: deleted text was left out, inserted text kept</source>
        <translation>dokumentet har sporede endringer: slettet tekst er utelatt, innsatt tekst er beholdt</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="75"/>
        <source>this is an old Word 97–2003 .doc file, not .docx; save it as .docx</source>
        <translation>dette er en gammel Word 97–2003-fil (.doc), ikke .docx; lagre den som .docx</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="77"/>
        <source>this is an old Word 97–2003 .doc file, not {kind}; save it as {kind} or .docx</source>
        <translation>dette er en gammel Word 97–2003-fil (.doc), ikke {kind}; lagre den som {kind} eller .docx</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="82"/>
        <source>not a Word .docx file (not a zip archive)</source>
        <translation>ikke en Word-fil (.docx) (ikke et zip-arkiv)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="84"/>
        <source>not an OpenDocument .odt file (not a zip archive)</source>
        <translation>ikke en OpenDocument-fil (.odt) (ikke et zip-arkiv)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="89"/>
        <location filename="../../kodeverk/importing/readers/_common.py" line="106"/>
        <location filename="../../kodeverk/importing/readers/odt.py" line="133"/>
        <source>the {kind} file is damaged (corrupt zip archive)</source>
        <translation>{kind}-filen er skadet (ødelagt zip-arkiv)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="98"/>
        <source>the {kind} file is damaged or hostile ({name} would be {size} MB uncompressed; the limit is {limit} MB)</source>
        <translation>{kind}-filen er skadet eller ondsinnet ({name} ville blitt {size} MB utpakket; grensen er {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="110"/>
        <source>the {kind} file uses a zip compression Kodeverk cannot read</source>
        <translation>{kind}-filen bruker en zip-komprimering Kodeverk ikke kan lese</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="116"/>
        <source>the {kind} file is damaged or hostile ({name} is larger than {limit} MB uncompressed)</source>
        <translation>{kind}-filen er skadet eller ondsinnet ({name} er større enn {limit} MB utpakket)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/_common.py" line="128"/>
        <source>the {kind} file is damaged ({name} is not well-formed XML: {detail})</source>
        <translation>{kind}-filen er skadet ({name} er ikke gyldig XML: {detail})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/odt.py" line="148"/>
        <source>not an OpenDocument text document (no content.xml inside)</source>
        <translation>ikke et OpenDocument-tekstdokument (inneholder ingen content.xml)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/odt.py" line="150"/>
        <source>{problem}; it looks like a Word file: rename it .docx</source>
        <translation>{problem}; det ser ut som en Word-fil: gi den endelsen .docx</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/odt.py" line="158"/>
        <source>not an OpenDocument text document (content.xml has no office:text; is it a spreadsheet or presentation?)</source>
        <translation>ikke et OpenDocument-tekstdokument (content.xml har ingen office:text; er det et regneark eller en presentasjon?)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/rtf.py" line="96"/>
        <source>the RTF file is damaged (unbalanced braces)</source>
        <translation>RTF-filen er skadet (krøllparentesene går ikke opp)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/rtf.py" line="200"/>
        <source>not an RTF file (it does not start with {{\rtf)</source>
        <translation>ikke en RTF-fil (den begynner ikke med {{\rtf)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/txt.py" line="20"/>
        <source>a zip archive (a .docx or .odt renamed?)</source>
        <translation>et zip-arkiv (en .docx eller .odt med nytt navn?)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/txt.py" line="21"/>
        <source>an old Word 97–2003 .doc file</source>
        <translation>en gammel Word 97–2003-fil (.doc)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/txt.py" line="22"/>
        <source>a PDF file</source>
        <translation>en PDF-fil</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/txt.py" line="23"/>
        <source>an RTF file (rename it .rtf)</source>
        <translation>en RTF-fil (gi den endelsen .rtf)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/txt.py" line="31"/>
        <source>not a text file: this is {what}</source>
        <translation>ikke en tekstfil: dette er {what}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/readers/txt.py" line="35"/>
        <source>read as Windows-1252 (not UTF-8); check letters like æ, ø and å</source>
        <translation>lest som Windows-1252 (ikke UTF-8); sjekk bokstaver som æ, ø og å</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="60"/>
        <location filename="../../kodeverk/teamwork/copy.py" line="57"/>
        <source>a file with this name exists already; choose another name</source>
        <translation>det finnes allerede en fil med dette navnet; velg et annet navn</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="86"/>
        <source>{file}: a codebook is exported as .qdc, .json or .docx</source>
        <translation>{file}: en kodebok eksporteres som .qdc, .json eller .docx</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="90"/>
        <location filename="../../kodeverk/export/options.py" line="130"/>
        <location filename="../../kodeverk/project.py" line="63"/>
        <location filename="../../kodeverk/refi/export.py" line="88"/>
        <location filename="../../kodeverk/teamwork/copy.py" line="60"/>
        <source>the folder {folder} does not exist</source>
        <translation>mappen {folder} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="116"/>
        <source>the codebook export is not valid against Codebook.xsd: {problems}</source>
        <translation>den eksporterte kodeboka er ikke gyldig etter Codebook.xsd: {problems}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="161"/>
        <source>{file}: a codebook is imported from .qdc or .json</source>
        <translation>{file}: en kodebok importeres fra .qdc eller .json</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="178"/>
        <source>not well-formed XML at line {line}: {detail}</source>
        <translation>ikke gyldig XML på linje {line}: {detail}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="182"/>
        <source>not a REFI-QDA codebook (its root element is {root!r}, not &apos;CodeBook&apos;)</source>
        <translation>ikke en REFI-QDA-kodebok (rotelementet er {root!r}, ikke &apos;CodeBook&apos;)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="188"/>
        <location filename="../../kodeverk/codebook/exchange.py" line="198"/>
        <location filename="../../kodeverk/refi/reader.py" line="188"/>
        <location filename="../../kodeverk/refi/reader.py" line="206"/>
        <source>{file} has the namespace {namespace!r} instead of {expected} (read anyway)</source>
        <translation>{file} har navnerommet {namespace!r} i stedet for {expected} (lest likevel)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="191"/>
        <location filename="../../kodeverk/refi/reader.py" line="191"/>
        <source>{file} has no namespace instead of {expected} (read anyway)</source>
        <translation>{file} har ikke noe navnerom, men skulle hatt {expected} (lest likevel)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="195"/>
        <source>written for a newer version of the REFI-QDA format ({major}.{minor}); Kodeverk reads version 1.x</source>
        <translation>skrevet for en nyere versjon av REFI-QDA-formatet ({major}.{minor}); Kodeverk leser versjon 1.x</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="208"/>
        <source>not a JSON codebook ({detail})</source>
        <translation>ikke en JSON-kodebok ({detail})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="213"/>
        <source>not a Kodeverk codebook: no list of &quot;codes&quot;</source>
        <translation>ikke en Kodeverk-kodebok: ingen liste med &quot;codes&quot;</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="218"/>
        <source>code {where} has no name</source>
        <translation>kode {where} har ikke noe navn</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="223"/>
        <source>code {name!r}: colour {colour!r} is not #RRGGBB; a default is used</source>
        <translation>koden {name!r}: fargen {colour!r} er ikke #RRGGBB; en standardfarge brukes</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="229"/>
        <source>code {name!r}: &quot;children&quot; is not a list</source>
        <translation>koden {name!r}: &quot;children&quot; er ikke en liste</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="234"/>
        <source>{number} under {parent!r}</source>
        <translation>nummer {number} under {parent!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="239"/>
        <source>number {number}</source>
        <translation>nummer {number}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="138"/>
        <source>the project file is damaged ({detail})</source>
        <translation>prosjektfilen er skadet ({detail})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="141"/>
        <source>{problem}; the newest backup is {backup}</source>
        <translation>{problem}; den nyeste sikkerhetskopien er {backup}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="153"/>
        <source>not a Kodeverk project (an SQLite database without Kodeverk&apos;s tables)</source>
        <translation>ikke et Kodeverk-prosjekt (en SQLite-database uten Kodeverks tabeller)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="156"/>
        <source>the project was saved by a newer version of Kodeverk (schema {schema}); this is version {version}: please update Kodeverk</source>
        <translation>prosjektet er lagret av en nyere versjon av Kodeverk (skjema {schema}); dette er versjon {version}: oppdater Kodeverk</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="161"/>
        <source>the project has an older schema ({schema}); open it once for writing to upgrade it</source>
        <translation>prosjektet har et eldre skjema ({schema}); åpne det én gang for skriving for å oppgradere det</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="175"/>
        <source>the project is open read-only</source>
        <translation>prosjektet er åpnet skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="166"/>
        <location filename="../../kodeverk/project.py" line="214"/>
        <location filename="../../kodeverk/refi/reader.py" line="147"/>
        <source>no such file</source>
        <translation>filen finnes ikke</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="216"/>
        <source>is a folder, not a project file</source>
        <translation>er en mappe, ikke en prosjektfil</translation>
    </message>
    <message>
        <location filename="../../kodeverk/codebook/exchange.py" line="169"/>
        <location filename="../../kodeverk/guides/reader.py" line="93"/>
        <location filename="../../kodeverk/importing/report.py" line="13"/>
        <location filename="../../kodeverk/project.py" line="222"/>
        <location filename="../../kodeverk/refi/reader.py" line="155"/>
        <source>cannot be read ({reason})</source>
        <translation>kan ikke leses ({reason})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="226"/>
        <source>the file is empty (0 bytes), not a Kodeverk project</source>
        <translation>filen er tom (0 byte), ikke et Kodeverk-prosjekt</translation>
    </message>
    <message>
        <location filename="../../kodeverk/project.py" line="229"/>
        <source>not a Kodeverk project (not an SQLite database)</source>
        <translation>ikke et Kodeverk-prosjekt (ikke en SQLite-database)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="52"/>
        <source>the passage to code is empty</source>
        <translation>passasjen som skal kodes, er tom</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="61"/>
        <source>the passage {passage!r} is not in transcript {transcript!r} (it must match the transcript&apos;s text exactly)</source>
        <translation>passasjen {passage!r} finnes ikke i transkriptet {transcript!r} (den må stemme nøyaktig med teksten i transkriptet)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="63"/>
        <source>the passage {passage!r} is not in the text (it must match the transcript&apos;s text exactly)</source>
        <translation>passasjen {passage!r} finnes ikke i teksten (den må stemme nøyaktig med teksten i transkriptet)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="67"/>
        <source>{number}: at {position}</source>
        <translation>{number}: ved {position}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="71"/>
        <source>the passage occurs {count} times in transcript {transcript!r} ({listed}); choose one with --occurrence N</source>
        <translation>passasjen forekommer {count} ganger i transkriptet {transcript!r} ({listed}); velg én med --occurrence N</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="73"/>
        <source>the passage occurs {count} times ({listed}); choose one with --occurrence N</source>
        <translation>passasjen forekommer {count} ganger ({listed}); velg én med --occurrence N</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/services/coding.py" line="78"/>
        <source>occurrence {occurrence} asked for, but the passage occurs %n time(s) in transcript {transcript!r}</source>
        <translation>
            <numerusform>forekomst {occurrence} er valgt, men passasjen forekommer %n gang i transkriptet {transcript!r}</numerusform>
            <numerusform>forekomst {occurrence} er valgt, men passasjen forekommer %n ganger i transkriptet {transcript!r}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/services/coding.py" line="80"/>
        <source>occurrence {occurrence} asked for, but the passage occurs %n time(s)</source>
        <translation>
            <numerusform>forekomst {occurrence} er valgt, men passasjen forekommer %n gang</numerusform>
            <numerusform>forekomst {occurrence} er valgt, men passasjen forekommer %n ganger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="91"/>
        <source>span [{start}, {end}) is outside the transcript&apos;s text (0–{length}) or empty</source>
        <translation>utsnittet [{start}, {end}) ligger utenfor transkriptets tekst (0–{length}) eller er tomt</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="103"/>
        <source>this passage [{start}, {end}) is already coded with this code by this coder</source>
        <translation>denne passasjen [{start}, {end}) er allerede kodet med denne koden av denne koderen</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="151"/>
        <source>coding #{id} exists already</source>
        <translation>kodingen #{id} finnes allerede</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coding.py" line="178"/>
        <source>the same coder already has this code on exactly that span</source>
        <translation>samme koder har allerede denne koden på nøyaktig det utsnittet</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/groups.py" line="46"/>
        <source>a group needs a name</source>
        <translation>en gruppe må ha et navn</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/groups.py" line="50"/>
        <source>a group named {name!r} exists already</source>
        <translation>det finnes allerede en gruppe som heter {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coders.py" line="69"/>
        <location filename="../../kodeverk/services/coders.py" line="90"/>
        <location filename="../../kodeverk/services/lookup.py" line="50"/>
        <source>a coder needs a name</source>
        <translation>en koder må ha et navn</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coders.py" line="74"/>
        <location filename="../../kodeverk/services/coders.py" line="93"/>
        <location filename="../../kodeverk/services/coders.py" line="156"/>
        <source>a coder named {name!r} exists already</source>
        <translation>det finnes allerede en koder som heter {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coders.py" line="118"/>
        <source>initials are 1–{most} letters or digits, not {initials!r}</source>
        <translation>initialer er 1–{most} bokstaver eller sifre, ikke {initials!r}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/services/coders.py" line="137"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n koding</numerusform>
            <numerusform>%n kodinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/services/coders.py" line="138"/>
        <source>%n lost coding(s)</source>
        <translation>
            <numerusform>%n tapt koding</numerusform>
            <numerusform>%n tapte kodinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/services/coders.py" line="139"/>
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n notat</numerusform>
            <numerusform>%n notater</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coders.py" line="141"/>
        <source>coder {coder!r} has {owned}; only a coder with none can be removed</source>
        <translation>koderen {coder!r} har {owned}; bare en koder uten noen kan fjernes</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/coders.py" line="153"/>
        <source>cannot bring back coder {coder!r}: another coder took its place</source>
        <translation>kan ikke hente tilbake koderen {coder!r}: en annen koder har tatt plassen</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/names.py" line="96"/>
        <source>{raw!r} is not a name</source>
        <translation>{raw!r} er ikke et navn</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/names.py" line="116"/>
        <source>{name!r} is the real name of informant {informant}; it stays on the list (change the informant&apos;s real name instead)</source>
        <translation>{name!r} er det virkelige navnet til informant {informant}; det blir stående på listen (endre informantens virkelige navn i stedet)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/names.py" line="133"/>
        <source>replacement must be &apos;placeholder&apos; or &apos;pseudonym&apos;, not {replacement!r}</source>
        <translation>erstatningen må være &apos;placeholder&apos; eller &apos;pseudonym&apos;, ikke {replacement!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/names.py" line="216"/>
        <source>cannot be read as a Word document ({detail})</source>
        <translation>kan ikke leses som et Word-dokument ({detail})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/backup.py" line="74"/>
        <source>could not write a backup to {folder} ({reason}); nothing was changed</source>
        <translation>kunne ikke skrive en sikkerhetskopi til {folder} ({reason}); ingenting ble endret</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/engine.py" line="51"/>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/engine.py" line="53"/>
        <source>the file or its folder is read-only</source>
        <translation>filen eller mappen er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/engine.py" line="55"/>
        <source>the project is busy in another program</source>
        <translation>prosjektet er i bruk i et annet program</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/engine.py" line="57"/>
        <source>the file is damaged or not a Kodeverk project</source>
        <translation>filen er skadet eller ikke et Kodeverk-prosjekt</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/engine.py" line="59"/>
        <source>the file cannot be opened</source>
        <translation>filen kan ikke åpnes</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/engine.py" line="72"/>
        <location filename="../../kodeverk/storage/engine.py" line="76"/>
        <source>{reason}; nothing was saved</source>
        <translation>{reason}; ingenting ble lagret</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/lock.py" line="73"/>
        <source>the project is open for writing in another program ({holder}); close it there first</source>
        <translation>prosjektet er åpnet for skriving i et annet program ({holder}); lukk det der først</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/lock.py" line="110"/>
        <source>process {pid} on {host}</source>
        <translation>prosess {pid} på {host}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/lock.py" line="112"/>
        <source>unknown process</source>
        <translation>ukjent prosess</translation>
    </message>
    <message>
        <location filename="../../kodeverk/text/encoding.py" line="62"/>
        <source>the text holds replacement characters (�) after decoding as {encoding}; the file is damaged or in an unknown encoding</source>
        <translation>teksten har erstatningstegn (�) etter dekoding som {encoding}; filen er skadet eller har en ukjent tegnkoding</translation>
    </message>
    <message>
        <location filename="../../kodeverk/text/encoding.py" line="67"/>
        <source>not a text file: control byte 0x{byte:02X} at character {position} (decoded as {encoding}); is it a binary file renamed?</source>
        <translation>ikke en tekstfil: kontrollbyte 0x{byte:02X} ved tegn {position} (dekodet som {encoding}); er det en binærfil med nytt navn?</translation>
    </message>
    <message>
        <location filename="../../kodeverk/text/encoding.py" line="79"/>
        <source>starts with a {encoding} byte-order mark but is not valid {encoding} (byte {position})</source>
        <translation>begynner med et {encoding}-byterekkefølgemerke, men er ikke gyldig {encoding} (byte {position})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/text/encoding.py" line="103"/>
        <source>neither UTF-8 nor Windows-1252: byte 0x{byte:02X} at {position} has no meaning in either; is it a binary file?</source>
        <translation>verken UTF-8 eller Windows-1252: byte 0x{byte:02X} ved {position} betyr ingenting i noen av dem; er det en binærfil?</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="58"/>
        <source>--by must be one of {choices}, not {value!r}</source>
        <translation>--by må være en av {choices}, ikke {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="61"/>
        <source>the language must be &apos;nb&apos; or &apos;en&apos;, not {value!r}</source>
        <translation>språket må være &apos;nb&apos; eller &apos;en&apos;, ikke {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="65"/>
        <location filename="../../kodeverk/export/options.py" line="75"/>
        <source>unknown attribution field {field!r}; choose from {choices}</source>
        <translation>ukjent kildefelt {field!r}; velg blant {choices}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="95"/>
        <source>attribution with both ministry and role can identify a person (a ministry has one departementsråd)</source>
        <translation>kildeangivelse med både departement og rolle kan identifisere en person (et departement har én departementsråd)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="119"/>
        <source>{file}: the output must end in {suffixes}</source>
        <translation>{file}: filen må slutte på {suffixes}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="122"/>
        <source>is a folder; give a file name</source>
        <translation>er en mappe; oppgi et filnavn</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="126"/>
        <source>{folder} is a file, not a folder</source>
        <translation>{folder} er en fil, ikke en mappe</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="134"/>
        <source>cannot be written here (permission denied)</source>
        <translation>kan ikke skrives her (ingen tilgang)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/options.py" line="153"/>
        <location filename="../../kodeverk/refi/export.py" line="132"/>
        <source>the export was cancelled; no file was written</source>
        <translation>eksporten ble avbrutt; ingen fil ble skrevet</translation>
    </message>
    <message>
        <location filename="../../kodeverk/files.py" line="28"/>
        <source>cannot be written ({reason})</source>
        <translation>kan ikke skrives ({reason})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/guides/reader.py" line="66"/>
        <source>not a readable Word file (damaged, or not .docx)</source>
        <translation>ikke en lesbar Word-fil (skadet, eller ikke .docx)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/guides/reader.py" line="87"/>
        <source>a guide must be a {suffixes} file</source>
        <translation>en intervjuguide må være en {suffixes}-fil</translation>
    </message>
    <message>
        <location filename="../../kodeverk/guides/reader.py" line="96"/>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <location filename="../../kodeverk/guides/reader.py" line="104"/>
        <source>no questions found (write one question per line or list item)</source>
        <translation>fant ingen spørsmål (skriv ett spørsmål per linje eller punkt)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/guides/service.py" line="83"/>
        <source>a guide needs a name</source>
        <translation>en intervjuguide må ha et navn</translation>
    </message>
    <message>
        <location filename="../../kodeverk/guides/service.py" line="85"/>
        <source>the guide {name!r} has no questions</source>
        <translation>intervjuguiden {name!r} har ingen spørsmål</translation>
    </message>
    <message>
        <location filename="../../kodeverk/guides/service.py" line="88"/>
        <source>a guide named {name!r} exists already</source>
        <translation>det finnes allerede en intervjuguide som heter {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/review.py" line="106"/>
        <location filename="../../kodeverk/revision/review.py" line="139"/>
        <source>lost coding #{id} is on the review list already</source>
        <translation>den tapte kodingen #{id} står allerede på gjennomgangslisten</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/service.py" line="41"/>
        <source>its passage is no longer in the text</source>
        <translation>passasjen finnes ikke lenger i teksten</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/service.py" line="42"/>
        <source>it would land on the same span as another coding of this code and coder</source>
        <translation>den ville havnet på samme utsnitt som en annen koding med samme kode og koder</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/service.py" line="44"/>
        <source>the new text is empty</source>
        <translation>den nye teksten er tom</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/service.py" line="164"/>
        <location filename="../../kodeverk/revision/service.py" line="321"/>
        <source>transcript #{id} no longer exists</source>
        <translation>transkriptet #{id} finnes ikke lenger</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/service.py" line="193"/>
        <source>only {share:.0%} of the old text is found in the new one: this looks like a different interview, not a revision of it; import it as a transcript of its own</source>
        <translation>bare {share:.0%} av den gamle teksten finnes i den nye: dette ser ut som et annet intervju, ikke en revisjon av det; importer det som et eget transkript</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/service.py" line="232"/>
        <source>{transcript}: {problem}</source>
        <translation>{transcript}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/revision/service.py" line="324"/>
        <source>the passage [{start}, {end}) is outside the text (0–{length})</source>
        <translation>passasjen [{start}, {end}) ligger utenfor teksten (0–{length})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/services/erase.py" line="204"/>
        <source>{path} is not a backup of {project}</source>
        <translation>{path} er ikke en sikkerhetskopi av {project}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/code_match.py" line="88"/>
        <source>cannot merge code {code!r} into {chosen!r}: {problem}</source>
        <translation>kan ikke slå sammen koden {code!r} med {chosen!r}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/consensus.py" line="91"/>
        <source>an explicit resolution needs a non-empty span [start, end)</source>
        <translation>en uttrykkelig løsning trenger et utsnitt [start, slutt) som ikke er tomt</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/consensus.py" line="94"/>
        <source>this disagreement involves several codes: say which code the span gets</source>
        <translation>denne uenigheten gjelder flere koder: si hvilken kode utsnittet skal få</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/consensus.py" line="97"/>
        <source>unknown resolution {how!r}; use one of {choices}</source>
        <translation>ukjent løsning {how!r}; bruk en av {choices}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/consensus.py" line="114"/>
        <source>the span is beyond the end of the text ({length})</source>
        <translation>utsnittet går forbi slutten av teksten ({length})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/copy.py" line="54"/>
        <source>a coder copy needs a coder&apos;s name</source>
        <translation>en koderkopi trenger navnet på en koder</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/copy.py" line="63"/>
        <source>the copy must be a new file, not the project itself</source>
        <translation>kopien må være en ny fil, ikke selve prosjektet</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/disagreements.py" line="151"/>
        <source>compare two different coders</source>
        <translation>sammenlign to ulike kodere</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/context.py" line="95"/>
        <source>context must be &apos;sentence&apos; or &apos;turn&apos;, not {value!r}</source>
        <translation>konteksten må være &apos;sentence&apos; eller &apos;turn&apos;, ikke {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/context.py" line="118"/>
        <location filename="../../kodeverk/teamwork/disagreements.py" line="157"/>
        <source>no transcript #{id}</source>
        <translation>ikke noe transkript #{id}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/teamwork/merge.py" line="107"/>
        <source>cannot merge a project into itself</source>
        <translation>kan ikke slå sammen et prosjekt med seg selv</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/compute.py" line="229"/>
        <source>a code is given twice</source>
        <translation>en kode er oppgitt to ganger</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/compute.py" line="249"/>
        <source>unknown method {method!r}; use one of {choices} or all</source>
        <translation>ukjent metode {method!r}; bruk en av {choices} eller all</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/compute.py" line="256"/>
        <source>method {method!r} compares exactly 2 coders, {count} were given; use alpha or unitized for more</source>
        <translation>metoden {method!r} sammenligner nøyaktig 2 kodere, men {count} ble oppgitt; bruk alpha eller unitized for flere</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/compute.py" line="273"/>
        <source>the agreement computation was cancelled after {done} of {total} steps</source>
        <translation>beregningen av samsvar ble avbrutt etter {done} av {total} trinn</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/compute.py" line="302"/>
        <source>agreement needs at least two different coders</source>
        <translation>samsvar krever minst to ulike kodere</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/compute.py" line="304"/>
        <source>unknown unit {unit!r}; use turn or paragraph</source>
        <translation>ukjent enhet {unit!r}; bruk turn eller paragraph</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/compute.py" line="307"/>
        <source>the overlap threshold is a percentage from 0 to 100</source>
        <translation>terskelen for overlapp er en prosent fra 0 til 100</translation>
    </message>
    <message>
        <location filename="../../kodeverk/agreement/report.py" line="96"/>
        <source>the report must be a .docx or .xlsx file, not {file!r}</source>
        <translation>rapporten må være en .docx- eller .xlsx-fil, ikke {file!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/grid.py" line="103"/>
        <source>unknown view {view!r}; choose from {choices}</source>
        <translation>ukjent visning {view!r}; velg blant {choices}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/grid.py" line="126"/>
        <source>{file}: nothing to write (no table chosen)</source>
        <translation>{file}: ingenting å skrive (ingen tabell valgt)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/export/grid.py" line="130"/>
        <source>{file}: a CSV file holds one table; choose one view or write an .xlsx</source>
        <translation>{file}: en CSV-fil rommer én tabell; velg én visning eller skriv en .xlsx</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/archive.py" line="32"/>
        <source>the archive holds no project XML (no project.qde, no .qde file at all)</source>
        <translation>arkivet inneholder ingen prosjekt-XML (ingen project.qde, ingen .qde-fil i det hele tatt)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/archive.py" line="38"/>
        <source>the project XML is named {name!r}, not project.qde (read anyway)</source>
        <translation>prosjekt-XML-en heter {name!r}, ikke project.qde (lest likevel)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/archive.py" line="41"/>
        <source>the archive holds {count} .qde files; only {name!r} was read</source>
        <translation>arkivet inneholder {count} .qde-filer; bare {name!r} ble lest</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/archive.py" line="50"/>
        <source>{name} is larger than the format allows (2 GB)</source>
        <translation>{name} er større enn formatet tillater (2 GB)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/archive.py" line="56"/>
        <source>{name} in the archive is damaged ({detail})</source>
        <translation>{name} i arkivet er skadet ({detail})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/export.py" line="142"/>
        <source>the REFI-QDA export is not valid against Project.xsd: {problems}</source>
        <translation>REFI-QDA-eksporten er ikke gyldig etter Project.xsd: {problems}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="103"/>
        <location filename="../../kodeverk/refi/importer.py" line="113"/>
        <source>the import was cancelled; nothing was changed</source>
        <translation>importen ble avbrutt; ingenting ble endret</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="126"/>
        <source>source {source!r}: {problem}; speaker turns found from the plain text (labels marked only by bold are not recognised)</source>
        <translation>kilden {source!r}: {problem}; replikkene er funnet i ren tekst (talerbetegnelser som bare er markert med fet skrift, blir ikke gjenkjent)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="187"/>
        <source>code {path!r} (line {line}) is a folder in the file (isCodable=&quot;false&quot;); kept as a code, and Kodeverk lets you code with it</source>
        <translation>koden {path!r} (linje {line}) er en mappe i fila (isCodable=&quot;false&quot;); beholdt som kode, og Kodeverk lar deg kode med den</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="190"/>
        <source>code {path!r} is a folder in the file (isCodable=&quot;false&quot;); kept as a code, and Kodeverk lets you code with it</source>
        <translation>koden {path!r} er en mappe i fila (isCodable=&quot;false&quot;); beholdt som kode, og Kodeverk lar deg kode med den</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="193"/>
        <source>line {line}: code {name!r} repeats the GUID of another code; given a GUID of its own</source>
        <translation>linje {line}: koden {name!r} har samme GUID som en annen kode; fått en egen GUID</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="224"/>
        <source>{source}: a coding of the whole source refers to a code that is not in the codebook ({key})</source>
        <translation>{source}: en koding av hele kilden viser til en kode som ikke er i kodeboka ({key})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="239"/>
        <source>source {source!r}: a transcript with that name exists already; named {name!r}</source>
        <translation>kilden {source!r}: et transkript med det navnet finnes allerede; kalt {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="263"/>
        <source>{where}: a comment on a passage without a code (Kodeverk keeps memos on codings, transcripts and codes)</source>
        <translation>{where}: en kommentar til en passasje uten kode (Kodeverk har notater på kodinger, transkripter og koder)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="267"/>
        <source>{where}: zero-length selection skipped</source>
        <translation>{where}: tomt utvalg (lengde null) hoppet over</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/refi/importer.py" line="271"/>
        <source>{where}: outside the source&apos;s text (0–{length}); %n coding(s) left out</source>
        <translation>
            <numerusform>{where}: utenfor kildens tekst (0–{length}); %n koding utelatt</numerusform>
            <numerusform>{where}: utenfor kildens tekst (0–{length}); %n kodinger utelatt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="276"/>
        <source>{where}: holds only characters Kodeverk does not store (line breaks, spaces, invisible marks)</source>
        <translation>{where}: inneholder bare tegn Kodeverk ikke lagrer (linjeskift, mellomrom, usynlige tegn)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="283"/>
        <source>{where}: refers to a code that is not in the codebook ({key})</source>
        <translation>{where}: viser til en kode som ikke er i kodeboka ({key})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="287"/>
        <source>{where}: refers to a code that is not in the codebook (no CodeRef)</source>
        <translation>{where}: viser til en kode som ikke er i kodeboka (ingen CodeRef)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="325"/>
        <source>source {name!r} (line {line})</source>
        <translation>kilden {name!r} (linje {line})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="331"/>
        <source>{source}, selection [{start}, {end}) at line {line}</source>
        <translation>{source}, utvalget [{start}, {end}) på linje {line}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="333"/>
        <source>{source}, selection [{start}, {end})</source>
        <translation>{source}, utvalget [{start}, {end})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/refi/importer.py" line="341"/>
        <source>{source}: a {kind}; Kodeverk takes text sources only; its %n coding selection(s) left out</source>
        <translation>
            <numerusform>{source}: en {kind}; Kodeverk tar bare inn tekstkilder; %n kodet utvalg er utelatt</numerusform>
            <numerusform>{source}: en {kind}; Kodeverk tar bare inn tekstkilder; %n kodede utvalg er utelatt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="344"/>
        <source>{source}: a {kind}; Kodeverk takes text sources only</source>
        <translation>{source}: en {kind}; Kodeverk tar bare inn tekstkilder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/refi/importer.py" line="347"/>
        <source>{source}: {problem}; its %n coding selection(s) left out</source>
        <translation>
            <numerusform>{source}: {problem}; %n kodet utvalg er utelatt</numerusform>
            <numerusform>{source}: {problem}; %n kodede utvalg er utelatt</numerusform>
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
            <numerusform>{source}: har ingen tekst; %n kodet utvalg er utelatt</numerusform>
            <numerusform>{source}: har ingen tekst; %n kodede utvalg er utelatt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/importer.py" line="354"/>
        <source>{source}: has no text</source>
        <translation>{source}: har ingen tekst</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="149"/>
        <source>is a folder, not a .qdpx file</source>
        <translation>er en mappe, ikke en .qdpx-fil</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="152"/>
        <source>not a REFI-QDA project: not a zip archive (a .qdpx file is one)</source>
        <translation>ikke et REFI-QDA-prosjekt: ikke et zip-arkiv (en .qdpx-fil er det)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="172"/>
        <source>{name} is not well-formed XML at line {line}: {detail}</source>
        <translation>{name} er ikke gyldig XML på linje {line}: {detail}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="175"/>
        <source>{name} is not well-formed XML: {detail}</source>
        <translation>{name} er ikke gyldig XML: {detail}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="182"/>
        <source>{name} is not a REFI-QDA project (its root element is {root!r}, not &apos;Project&apos;)</source>
        <translation>{name} er ikke et REFI-QDA-prosjekt (rotelementet er {root!r}, ikke &apos;Project&apos;)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="196"/>
        <source>{file} uses the namespace {namespace!r} (read as a project anyway)</source>
        <translation>{file} bruker navnerommet {namespace!r} (lest som et prosjekt likevel)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="200"/>
        <source>written for a newer version of the REFI-QDA format ({major}.{minor}); Kodeverk reads version 1.x: export it from the other program as REFI-QDA 1.0</source>
        <translation>skrevet for en nyere versjon av REFI-QDA-formatet ({major}.{minor}); Kodeverk leser versjon 1.x: eksporter det fra det andre programmet som REFI-QDA 1.0</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="203"/>
        <source>written for REFI-QDA {major}.{minor}; read as 1.0 (newer parts are left out)</source>
        <translation>skrevet for REFI-QDA {major}.{minor}; lest som 1.0 (nyere deler er utelatt)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="248"/>
        <source>line {line}: a selection in {source!r} has no valid positions; left out</source>
        <translation>linje {line}: et utvalg i {source!r} har ingen gyldige posisjoner; utelatt</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="278"/>
        <source>its text file {path!r} is not in the archive</source>
        <translation>tekstfila {path!r} finnes ikke i arkivet</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="283"/>
        <source>its text file {path!r} cannot be read ({reason})</source>
        <translation>tekstfila {path!r} kan ikke leses ({reason})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="289"/>
        <source>the note has neither PlainTextContent nor plainTextPath</source>
        <translation>notatet har verken PlainTextContent eller plainTextPath</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="290"/>
        <source>the source has neither PlainTextContent nor plainTextPath</source>
        <translation>kilden har verken PlainTextContent eller plainTextPath</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="307"/>
        <source>source {source!r}: {note}</source>
        <translation>kilden {source!r}: {note}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/reader.py" line="328"/>
        <source>line {line}: note {name!r}: {problem}; kept with its description only</source>
        <translation>linje {line}: notatet {name!r}: {problem}; beholdt bare med beskrivelsen</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/cooccurrence.py" line="63"/>
        <source>co-occurrence mode must be overlap, near or turn, not {value!r}</source>
        <translation>samforekomst må være overlap, near eller turn, ikke {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/cooccurrence.py" line="66"/>
        <source>the distance must be 0 or more characters</source>
        <translation>avstanden må være 0 tegn eller mer</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/cooccurrence.py" line="68"/>
        <source>co-occurrence within a turn needs the transcripts&apos; turns</source>
        <translation>samforekomst innenfor en replikk krever transkriptenes replikker</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/query.py" line="119"/>
        <source>the date range {start}–{end} is empty (start after end)</source>
        <translation>datoperioden {start}–{end} er tom (start etter slutt)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/query.py" line="139"/>
        <source>combine must be &apos;or&apos; or &apos;and&apos;, not {value!r}</source>
        <translation>kombinasjonen må være &apos;or&apos; eller &apos;and&apos;, ikke {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/query.py" line="142"/>
        <source>the fuzzy threshold is a score from 0 to 100</source>
        <translation>terskelen for omtrentlig søk er en poengsum fra 0 til 100</translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/retrieval.py" line="61"/>
        <source>the retrieval was cancelled; nothing was changed</source>
        <extracomment>SQLite instructions between two cancel checks while a statement runs (a few milliseconds of work)</extracomment>
        <translation>framhentingen ble avbrutt; ingenting ble endret</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/report.py" line="12"/>
        <source>the file has no text</source>
        <translation>filen har ingen tekst</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/report.py" line="14"/>
        <source>not in the manifest {manifest}; no metadata from it</source>
        <translation>står ikke i manifestet {manifest}; ingen metadata derfra</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/report.py" line="15"/>
        <source>a transcript with that name exists already; named {name!r}</source>
        <translation>det finnes allerede et transkript med det navnet; kalt {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/report.py" line="16"/>
        <source>identical text is already in the project as {name!r}</source>
        <translation>den samme teksten finnes allerede i prosjektet som {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/importing/report.py" line="17"/>
        <source>nearly the same text as {name!r} ({share:.0%} shared); check it is not a duplicate</source>
        <translation>nesten samme tekst som {name!r} ({share:.0%} felles); sjekk at det ikke er et duplikat</translation>
    </message>
    <message>
        <location filename="../../kodeverk/retrieval/overview.py" line="102"/>
        <source>context must be one of {choices}, not {value!r}</source>
        <translation>konteksten må være en av {choices}, ikke {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/sample.py" line="44"/>
        <source>the sample transcripts did not import: {problems}</source>
        <translation>eksempeltranskriptene ble ikke importert: {problems}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/codes_xml.py" line="54"/>
        <source>line {line}: a code without a name was named {name!r}</source>
        <translation>linje {line}: en kode uten navn fikk navnet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/codes_xml.py" line="61"/>
        <source>line {line}: code {name!r} has the colour {colour!r}, which is not #RRGGBB; a default colour is used</source>
        <translation>linje {line}: koden {name!r} har fargen {colour!r}, som ikke er #RRGGBB; en standardfarge brukes</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="25"/>
        <source>{where}, line {line}: a value of an unknown variable ({key}): {value!r}</source>
        <translation>{where}, linje {line}: en verdi for en ukjent variabel ({key}): {value!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="37"/>
        <location filename="../../kodeverk/refi/untaken.py" line="72"/>
        <source>case {name!r}</source>
        <translation>tilfellet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="45"/>
        <location filename="../../kodeverk/refi/importer.py" line="326"/>
        <location filename="../../kodeverk/refi/untaken.py" line="64"/>
        <source>source {name!r}</source>
        <translation>kilden {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="52"/>
        <source>source {source!r}: interview date {date!r} is not a date (YYYY-MM-DD); left out</source>
        <translation>kilden {source!r}: intervjudatoen {date!r} er ikke en dato (ÅÅÅÅ-MM-DD); utelatt</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="62"/>
        <source>source {source!r}: its variables were kept on an informant of the same name</source>
        <translation>kilden {source!r}: variablene er lagt på en informant med samme navn</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="92"/>
        <source>case {case!r}: the transcript has an informant already; not linked again</source>
        <translation>tilfellet {case!r}: transkriptet har allerede en informant; ikke koblet på nytt</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="103"/>
        <source>{set}: none of its sources were taken (Kodeverk keeps sets of transcripts as phases and groups)</source>
        <translation>{set}: ingen av kildene ble tatt inn (Kodeverk tar vare på sett av transkripter som faser og grupper)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/import_people.py" line="125"/>
        <source>a note on source {source!r}, which was not taken</source>
        <translation>et notat på kilden {source!r}, som ikke ble tatt inn</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/offsets.py" line="156"/>
        <source>its rich text file cannot be read ({reason})</source>
        <translation>fila med formatert tekst kan ikke leses ({reason})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/offsets.py" line="160"/>
        <source>the text of its rich text file differs from its plain text</source>
        <translation>teksten i fila med formatert tekst er ikke den samme som den rene teksten</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="72"/>
        <source>transcripts added: {count}</source>
        <translation>transkripter lagt til: {count}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="76"/>
        <source>transcript {theirs!r} is already in the project as {ours!r} (same text)</source>
        <translation>transkriptet {theirs!r} er allerede i prosjektet som {ours!r} (samme tekst)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="79"/>
        <source>positions in {name!r} remapped to the normalised text</source>
        <translation>posisjonene i {name!r} er flyttet til den normaliserte teksten</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="82"/>
        <source>codes: {matched} matched, {added} added</source>
        <translation>koder: {matched} koblet, {added} lagt til</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="86"/>
        <source>code {theirs!r} matched by GUID to {ours!r}</source>
        <translation>koden {theirs!r} koblet etter GUID til {ours!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="89"/>
        <source>coder added: {name}</source>
        <translation>koder lagt til: {name}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="90"/>
        <source>informant added: {name}</source>
        <translation>informant lagt til: {name}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="91"/>
        <source>phase added: {name}</source>
        <translation>fase lagt til: {name}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="92"/>
        <source>group added: {name}</source>
        <translation>gruppe lagt til: {name}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="95"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="96"/>
        <source>codings added: {count} ({by_coder}); duplicates skipped: {duplicates}</source>
        <translation>kodinger lagt til: {count} ({by_coder}); duplikater hoppet over: {duplicates}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="99"/>
        <source>memos added: {count}; duplicates skipped: {duplicates}</source>
        <translation>notater lagt til: {count}; duplikater hoppet over: {duplicates}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="107"/>
        <source>import of {file} into new project {project} (from {origin})</source>
        <translation>import av {file} til det nye prosjektet {project} (fra {origin})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="110"/>
        <source>import of {file} into new project {project}</source>
        <translation>import av {file} til det nye prosjektet {project}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="113"/>
        <source>import of {file} into {project} (from {origin})</source>
        <translation>import av {file} til {project} (fra {origin})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/report.py" line="115"/>
        <source>import of {file} into {project}</source>
        <translation>import av {file} til {project}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="62"/>
        <source>code {path!r}</source>
        <translation>koden {path!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="67"/>
        <source>the passage [{start}, {end}) of {source!r}</source>
        <translation>passasjen [{start}, {end}) i {source!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="70"/>
        <source>note {name!r}</source>
        <translation>notatet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="74"/>
        <location filename="../../kodeverk/refi/untaken.py" line="82"/>
        <source>set {name!r}</source>
        <translation>settet {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="81"/>
        <source>set {name!r} (line {line})</source>
        <translation>settet {name!r} (linje {line})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="87"/>
        <source>link {name!r} (line {line})</source>
        <translation>lenken {name!r} (linje {line})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="89"/>
        <source>link {name!r}</source>
        <translation>lenken {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="91"/>
        <source>a link (line {line})</source>
        <translation>en lenke (linje {line})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="92"/>
        <source>a link</source>
        <translation>en lenke</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="97"/>
        <source>graph {name!r} (line {line})</source>
        <translation>nettverket {name!r} (linje {line})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="100"/>
        <source>graph {name!r}</source>
        <translation>nettverket {name!r}</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="102"/>
        <source>a graph (line {line})</source>
        <translation>et nettverk (linje {line})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="103"/>
        <source>a graph</source>
        <translation>et nettverk</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="109"/>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="110"/>
        <source>something not in the file ({key})</source>
        <translation>noe som ikke er i fila ({key})</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="119"/>
        <source>{link}: {origin} {arrow} {target}; Kodeverk has no links (write it into a code&apos;s description or a memo)</source>
        <translation>{link}: {origin} {arrow} {target}; Kodeverk har ikke lenker (skriv den inn i en kodes beskrivelse eller i et notat)</translation>
    </message>
    <message>
        <location filename="../../kodeverk/refi/untaken.py" line="123"/>
        <source>{graph} with {vertices} and {edges}; Kodeverk has no network views</source>
        <translation>{graph} med {vertices} og {edges}; Kodeverk har ikke nettverksvisninger</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/refi/untaken.py" line="125"/>
        <source>%n vertices</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n noder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/refi/untaken.py" line="126"/>
        <source>%n edges</source>
        <translation>
            <numerusform>%n kant</numerusform>
            <numerusform>%n kanter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kodeverk/refi/untaken.py" line="129"/>
        <source>{set}: its %n member code(s) or note(s) (Kodeverk keeps sets of transcripts only, as phases and groups)</source>
        <translation>
            <numerusform>{set}: %n medlem som er en kode eller et notat (Kodeverk tar bare vare på sett av transkripter, som faser og grupper)</numerusform>
            <numerusform>{set}: %n medlemmer som er koder eller notater (Kodeverk tar bare vare på sett av transkripter, som faser og grupper)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kodeverk/storage/refi.py" line="231"/>
        <source>transcript {name!r} is in two phases in the file; kept the first</source>
        <translation>transkriptet {name!r} er i to faser i fila; den første er beholdt</translation>
    </message>
</context>
<context>
    <name>DrilldownDialog</name>
    <message>
        <location filename="../../ui/drilldown_view.py" line="147"/>
        <source>Disagreements: %1 and %2</source>
        <translation>Uenigheter: %1 og %2</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="150"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="151"/>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="152"/>
        <location filename="../../ui/drilldown_view.py" line="153"/>
        <source>Accept %1</source>
        <translation>Godta %1</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="154"/>
        <source>Union</source>
        <translation>Union</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="155"/>
        <source>Intersection</source>
        <translation>Snitt</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="156"/>
        <source>Use selected text</source>
        <translation>Bruk merket tekst</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="157"/>
        <source>Select the passage in the text, choose the code, then press this</source>
        <translation>Merk passasjen i teksten, velg koden og trykk så her</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="158"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="159"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="149"/>
        <source>Transcript:</source>
        <translation>Transkript:</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="231"/>
        <source>Stripes, left to right:</source>
        <translation>Striper fra venstre mot høyre:</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="258"/>
        <source>No disagreements here.</source>
        <translation>Ingen uenigheter her.</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="291"/>
        <source>Select the passage in the text first.</source>
        <translation>Merk passasjen i teksten først.</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="333"/>
        <source>%1 of %2 disagreements resolved</source>
        <translation>%1 av %2 uenigheter løst</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_view.py" line="336"/>
        <source>in all %1 transcripts: %2 of %3</source>
        <translation>i alle %1 transkripter: %2 av %3</translation>
    </message>
</context>
<context>
    <name>DrilldownModel</name>
    <message>
        <location filename="../../ui/drilldown_model.py" line="27"/>
        <source>only %1</source>
        <translation>bare %1</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_model.py" line="29"/>
        <source>same code, different boundaries</source>
        <translation>samme kode, ulike grenser</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_model.py" line="30"/>
        <source>different codes</source>
        <translation>ulike koder</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_model.py" line="60"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_model.py" line="61"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../../ui/drilldown_model.py" line="62"/>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
</context>
<context>
    <name>EditTextDialog</name>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="83"/>
        <source>Edit the text of “%1”</source>
        <translation>Rediger teksten i «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="85"/>
        <source>Correct the passage below. Codings on it and around it are re-anchored; you see where each goes before anything is changed.</source>
        <translation>Rett passasjen nedenfor. Kodinger i og rundt den blir forankret på nytt; du ser hvor hver av dem havner før noe blir endret.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="91"/>
        <source>Check the change…</source>
        <translation>Kontroller endringen …</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="92"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/revision_erase.py" line="28"/>
        <location filename="../../ui/revision_erase.py" line="78"/>
        <source>Erase informant</source>
        <translation>Slett informant</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="38"/>
        <source>Erase…</source>
        <translation>Slett …</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="40"/>
        <source>Delete these backups</source>
        <translation>Slett disse sikkerhetskopiene</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="43"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="46"/>
        <source>Informant:</source>
        <translation>Informant:</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="62"/>
        <source>No informant in this project.</source>
        <translation>Ingen informanter i dette prosjektet.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="71"/>
        <source>Erasing removes all of this for good. It cannot be undone.</source>
        <translation>Slettingen fjerner alt dette for godt. Den kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="79"/>
        <source>Erase %1 and everything listed? This cannot be undone.</source>
        <translation>Slette %1 og alt som er listet opp? Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="84"/>
        <source>Erasing and compacting the project file…</source>
        <translation>Sletter og komprimerer prosjektfilen …</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="98"/>
        <source>The informant is erased.</source>
        <translation>Informanten er slettet.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_erase.py" line="99"/>
        <source>The informant is erased, but the scan found traces; see below.</source>
        <translation>Informanten er slettet, men skanningen fant spor; se nedenfor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revision_erase.py" line="109"/>
        <source>%n backup(s) deleted.</source>
        <translation>
            <numerusform>%n sikkerhetskopi slettet.</numerusform>
            <numerusform>%n sikkerhetskopier slettet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExcerptsModel</name>
    <message>
        <location filename="../../ui/retrieve_models.py" line="47"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_models.py" line="47"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_models.py" line="47"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_models.py" line="47"/>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_models.py" line="47"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_models.py" line="48"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_models.py" line="48"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_models.py" line="63"/>
        <source>Memo: %1</source>
        <translation>Notat: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="172"/>
        <source>Export coded excerpts to Word</source>
        <translation>Eksporter kodede utdrag til Word</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="172"/>
        <source>Export codings as a table</source>
        <translation>Eksporter kodinger som tabell</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="173"/>
        <source>Sections</source>
        <translation>Inndeling</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="173"/>
        <source>Core groups</source>
        <translation>Kjernegrupper</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="173"/>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="174"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="174"/>
        <source>Coders</source>
        <translation>Kodere</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="174"/>
        <source>Attribution</source>
        <translation>Kildeangivelse</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="175"/>
        <source>Memos</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="175"/>
        <source>Names</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="175"/>
        <source>Labels in</source>
        <translation>Dokumentspråk</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="178"/>
        <source>one per core group, with its ladder matrix</source>
        <translation>én per kjernegruppe, med trappematrise</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="179"/>
        <source>one per phase</source>
        <translation>én per fase</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="179"/>
        <source>the codebook only</source>
        <translation>bare kodeboka</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="180"/>
        <source>one per informant</source>
        <translation>én per informant</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="182"/>
        <source>pseudonym</source>
        <translation>pseudonym</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="182"/>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="182"/>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="183"/>
        <source>ministry</source>
        <translation>departement</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="183"/>
        <source>coder</source>
        <translation>koder</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="185"/>
        <source>include the codings&apos; memos</source>
        <translation>ta med notatene til kodingene</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="186"/>
        <source>an informant&apos;s name becomes the pseudonym, not [navn]</source>
        <translation>en informants navn blir pseudonymet, ikke [navn]</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="187"/>
        <source>Names to mask…</source>
        <translation>Navn som skal anonymiseres …</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="188"/>
        <source>What to export</source>
        <translation>Hva som skal eksporteres</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="189"/>
        <source>Outline of the report (quotes per heading)</source>
        <translation>Rapportens disposisjon (sitater per overskrift)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="190"/>
        <source>Codings per code</source>
        <translation>Kodinger per kode</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="191"/>
        <source>Save as</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="192"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="193"/>
        <source>Open the file</source>
        <translation>Åpne fila</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="194"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="195"/>
        <location filename="../../ui/export_dialog.py" line="304"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="195"/>
        <location filename="../../ui/export_dialog.py" line="293"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="216"/>
        <source>Ministry and role together can identify a person: a ministry has one departementsråd.</source>
        <translation>Departement og rolle sammen kan identifisere en person: et departement har én departementsråd.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="219"/>
        <source>No attribution: quotes will not say whom they come from.</source>
        <translation>Ingen kildeangivelse: sitatene sier ikke hvem de kommer fra.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="230"/>
        <source>Updating the preview…</source>
        <translation>Oppdaterer forhåndsvisningen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="238"/>
        <source>%n heading(s)</source>
        <translation>
            <numerusform>%n overskrift</numerusform>
            <numerusform>%n overskrifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="239"/>
        <source>%n quote(s) in the sections</source>
        <translation>
            <numerusform>%n sitat i delene</numerusform>
            <numerusform>%n sitater i delene</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="261"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="262"/>
        <source>Excel workbook with matrices (*.xlsx);;CSV, codings only (*.csv)</source>
        <translation>Excel-arbeidsbok med matriser (*.xlsx);;CSV, bare kodinger (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="263"/>
        <source>Save the export as</source>
        <translation>Lagre eksporten som</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="278"/>
        <source>Choose where to save the file.</source>
        <translation>Velg hvor fila skal lagres.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="289"/>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="309"/>
        <source>Wrote %1: %n quote(s)</source>
        <translation>
            <numerusform>Skrev %1: %n sitat</numerusform>
            <numerusform>Skrev %1: %n sitater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="310"/>
        <source>from %n coding(s).</source>
        <translation>
            <numerusform>fra %n koding.</numerusform>
            <numerusform>fra %n kodinger.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="312"/>
        <source>Ministry and role together can identify a person.</source>
        <translation>Departement og rolle sammen kan identifisere en person.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="315"/>
        <source>%n listed name(s) remain in the file:</source>
        <translation>
            <numerusform>%n navn fra lista står igjen i fila:</numerusform>
            <numerusform>%n navn fra lista står igjen i fila:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="318"/>
        <source>Checked: no listed name remains in the file.</source>
        <translation>Kontrollert: ingen navn fra lista står igjen i fila.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="326"/>
        <source>Cancelled: no file was written.</source>
        <translation>Avbrutt: ingen fil ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="330"/>
        <source>The export failed: %1</source>
        <translation>Eksporten mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="341"/>
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
</context>
<context>
    <name>FilterForm</name>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="149"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="149"/>
        <source>Core groups</source>
        <translation>Kjernegrupper</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="150"/>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="150"/>
        <source>Ministries</source>
        <translation>Departementer</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="150"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="151"/>
        <source>Coders</source>
        <translation>Kodere</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="151"/>
        <source>Transcripts</source>
        <translation>Transkripter</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="151"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="152"/>
        <source>Coded</source>
        <translation>Kodet</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="152"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="152"/>
        <source>Matrices</source>
        <translation>Matriser</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="153"/>
        <source>Co-occurrence</source>
        <translation>Samforekomst</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="156"/>
        <source>with sub-codes</source>
        <translation>med underkoder</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="157"/>
        <source>any of the codes (OR)</source>
        <translation>minst én av kodene (ELLER)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="158"/>
        <source>all of them, overlapping (AND)</source>
        <translation>alle, overlappende (OG)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="159"/>
        <source>With several codes: codings of any of them, or only codings that overlap a coding of each of the others</source>
        <translation>Med flere koder: kodinger med minst én av dem, eller bare kodinger som overlapper en koding med hver av de andre</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="161"/>
        <source>Words the excerpt contains</source>
        <translation>Ord som utdraget inneholder</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="162"/>
        <source>Fuzzy</source>
        <translation>Omtrentlig</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="163"/>
        <source>Also find misspellings and words written without æ, ø, å</source>
        <translation>Finn også feilstavinger og ord skrevet uten æ, ø, å</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="164"/>
        <source>between</source>
        <translation>mellom</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="165"/>
        <source>Only codings made between these dates (both included)</source>
        <translation>Bare kodinger gjort mellom disse datoene (begge medregnet)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="166"/>
        <source>the coded text</source>
        <translation>den kodede teksten</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="167"/>
        <source>widened to its sentence</source>
        <translation>utvidet til hele setningen</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="168"/>
        <source>widened to the speaker turn</source>
        <translation>utvidet til hele replikken</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="169"/>
        <source>count sub-codes in their parents</source>
        <translation>tell underkoder med i overordnet kode</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="170"/>
        <source>overlapping codings</source>
        <translation>overlappende kodinger</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="171"/>
        <source>codings within N characters</source>
        <translation>kodinger innen N tegn</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="172"/>
        <source>codings in the same speaker turn</source>
        <translation>kodinger i samme replikk</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="173"/>
        <source> characters</source>
        <translation> tegn</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="174"/>
        <source>Ministries, roles and the date coded</source>
        <translation>Departementer, roller og datoen det ble kodet</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="181"/>
        <source>More filters</source>
        <translation>Flere filtre</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_filters.py" line="183"/>
        <source>(%1 in use)</source>
        <translation>(%1 i bruk)</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message numerus="yes">
        <location filename="../../ui/retrieve_models.py" line="185"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n koding</numerusform>
            <numerusform>%n kodinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieve_models.py" line="187"/>
        <source>%n informant(s)</source>
        <translation>
            <numerusform>%n informant</numerusform>
            <numerusform>%n informanter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="37"/>
        <source>Import transcripts</source>
        <translation>Importer transkripter</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="39"/>
        <source>Add files…</source>
        <translation>Legg til filer …</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="40"/>
        <source>Add folder…</source>
        <translation>Legg til mappe …</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="41"/>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="44"/>
        <source>No manifest: metadata can be set per file below</source>
        <translation>Uten manifest: metadata kan settes per fil nedenfor</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="45"/>
        <source>Manifest…</source>
        <translation>Manifest …</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="46"/>
        <source>A CSV or Excel file with one row of metadata per transcript file</source>
        <translation>En CSV- eller Excel-fil med én rad metadata per transkriptfil</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="64"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="67"/>
        <location filename="../../ui/import_dialog.py" line="200"/>
        <location filename="../../ui/import_dialog.py" line="206"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="110"/>
        <source>Transcript files</source>
        <translation>Transkriptfiler</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="111"/>
        <source>Transcripts (*.docx *.odt *.rtf *.txt *.md);;All files (*)</source>
        <translation>Transkripter (*.docx *.odt *.rtf *.txt *.md);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="117"/>
        <source>Folder of transcripts</source>
        <translation>Mappe med transkripter</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="123"/>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="124"/>
        <source>Manifests (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Manifester (*.csv *.tsv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="150"/>
        <source>%n file(s) to import.</source>
        <translation>
            <numerusform>%n fil skal importeres.</numerusform>
            <numerusform>%n filer skal importeres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <source>Add transcript files or a folder of them.</source>
        <translation>Legg til transkriptfiler eller en mappe med dem.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="153"/>
        <source>Yellow: matched fuzzily, red: not recognised (hover to see). Double-click a phase or groups cell to correct it.</source>
        <translation>Gult: omtrentlig treff, rødt: ikke gjenkjent (hold musen over for å se). Dobbeltklikk en fase- eller gruppecelle for å rette den.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="176"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>%1 imported, %2 skipped, %3 failed.</source>
        <translation>%1 importert, %2 hoppet over, %3 feilet.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="197"/>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>Avbrutt: de resterende filene ble ikke importert.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="24"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="24"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="24"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="24"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="24"/>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="25"/>
        <source>Ministry</source>
        <translation>Departement</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="25"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="28"/>
        <source>exact</source>
        <translation>eksakt</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="28"/>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="28"/>
        <source>fuzzy</source>
        <translation>omtrentlig</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="29"/>
        <source>not recognised</source>
        <translation>ikke gjenkjent</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="29"/>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="48"/>
        <source>Not in the manifest: set phase and groups here</source>
        <translation>Ikke i manifestet: sett fase og grupper her</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="54"/>
        <source>Double-click to correct</source>
        <translation>Dobbeltklikk for å rette</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="90"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="90"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="90"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="90"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="93"/>
        <source>imported</source>
        <translation>importert</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="93"/>
        <source>imported with warnings</source>
        <translation>importert med advarsler</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="94"/>
        <source>skipped</source>
        <translation>hoppet over</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="94"/>
        <source>failed</source>
        <translation>feilet</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="95"/>
        <source>not imported (cancelled)</source>
        <translation>ikke importert (avbrutt)</translation>
    </message>
</context>
<context>
    <name>LostCodingsDialog</name>
    <message>
        <location filename="../../ui/lost_dialog.py" line="114"/>
        <source>Lost codings</source>
        <translation>Tapte kodinger</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="115"/>
        <source>Codings whose passage is gone from a revised transcript. Choose one, select its new passage in the transcript and place it there, or dismiss it.</source>
        <translation>Kodinger der passasjen er borte fra et revidert transkript. Velg én, merk den nye passasjen i transkriptet og plasser kodingen der, eller avvis den.</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="117"/>
        <source>Only the open transcript</source>
        <translation>Bare det åpne transkriptet</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="118"/>
        <source>Show in transcript</source>
        <translation>Vis i transkriptet</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="119"/>
        <source>Place on the current selection</source>
        <translation>Plasser på det som er merket</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="120"/>
        <source>Dismiss…</source>
        <translation>Avvis …</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="121"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="122"/>
        <source>The old passage of the chosen coding</source>
        <translation>Den gamle passasjen til den valgte kodingen</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="150"/>
        <source>No lost codings: every coding has its passage.</source>
        <translation>Ingen tapte kodinger: hver koding har sin passasje.</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="179"/>
        <source>Memo: %1</source>
        <translation>Notat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="210"/>
        <source>Nothing like the old passage is left in “%1”. Select where the coding belongs now, or dismiss it.</source>
        <translation>Ingenting som ligner den gamle passasjen, er igjen i «%1». Merk hvor kodingen hører hjemme nå, eller avvis den.</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="215"/>
        <source>The most similar passage is selected (%1 % alike). Adjust the selection if needed, then place the coding.</source>
        <translation>Den mest like passasjen er merket (%1 % lik). Juster merkingen om nødvendig, og plasser så kodingen.</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="226"/>
        <source>Open “%1” and select the new passage first (Show in transcript).</source>
        <translation>Åpne «%1» og merk den nye passasjen først (Vis i transkriptet).</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="231"/>
        <source>Select the new passage in the transcript first.</source>
        <translation>Merk den nye passasjen i transkriptet først.</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="234"/>
        <source>The coding could not be placed there; see the message in the window.</source>
        <translation>Kodingen kunne ikke plasseres der; se meldingen i vinduet.</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="236"/>
        <source>Placed “%1” on the selected passage. Undo takes it back to this list.</source>
        <translation>Plasserte «%1» på den merkede passasjen. Angre legger den tilbake på denne lista.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lost_dialog.py" line="245"/>
        <source>Dismiss %n lost coding(s)? They are taken off the list and not placed anywhere. You can undo this.</source>
        <translation>
            <numerusform>Avvise %n tapt koding? Den tas av lista og plasseres ikke noe sted. Du kan angre dette.</numerusform>
            <numerusform>Avvise %n tapte kodinger? De tas av lista og plasseres ikke noe sted. Du kan angre dette.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="247"/>
        <source>Dismiss lost codings</source>
        <translation>Avvis tapte kodinger</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lost_dialog.py" line="251"/>
        <source>%n lost coding(s) dismissed. Undo puts them back.</source>
        <translation>
            <numerusform>%n tapt koding avvist. Angre legger den tilbake.</numerusform>
            <numerusform>%n tapte kodinger avvist. Angre legger dem tilbake.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LostCommands</name>
    <message>
        <location filename="../../ui/lost_commands.py" line="20"/>
        <source>Place lost coding “%1”</source>
        <translation>Plasser tapt koding «%1»</translation>
    </message>
</context>
<context>
    <name>LostModel</name>
    <message>
        <location filename="../../ui/lost_dialog.py" line="35"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="35"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="35"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="35"/>
        <source>Old passage</source>
        <translation>Gammel passasje</translation>
    </message>
    <message>
        <location filename="../../ui/lost_dialog.py" line="35"/>
        <source>Why</source>
        <translation>Årsak</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt prosjekt …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Åpne prosjekt …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Open the &amp;sample project</source>
        <translation>Åpne ek&amp;sempelprosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Import transcripts…</source>
        <translation>&amp;Importer transkripter …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Close project</source>
        <translation>&amp;Lukk prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Find in transcript…</source>
        <translation>&amp;Finn i transkriptet …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Search the whole &amp;project…</source>
        <translation>Søk i hele &amp;prosjektet …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Add coder…</source>
        <translation>Legg til koder …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>C&amp;oders…</source>
        <translation>K&amp;odere …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Other coders</source>
        <translation>Andre kodere</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Whole words</source>
        <translation>Hele ord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;About Kodeverk</source>
        <translation>&amp;Om Kodeverk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Show the codings of the other coders too</source>
        <translation>Vis også de andre kodernes kodinger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Widen selections to whole words when coding</source>
        <translation>Utvid merkingen til hele ord ved koding</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Add a person who codes</source>
        <translation>Legg til en person som koder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Rename coders, change their colours and initials</source>
        <translation>Gi kodere nytt navn, endre farger og initialer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Import Word, ODT, RTF, text or Markdown transcripts</source>
        <translation>Importer transkripter i Word, ODT, RTF, tekst eller Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Coding</source>
        <translation>&amp;Koding</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>&amp;Project</source>
        <translation>&amp;Prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Cannot open the project</source>
        <translation>Kan ikke åpne prosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Cannot create the project</source>
        <translation>Kan ikke opprette prosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>my-project.kodeverk</source>
        <translation>mitt-prosjekt.kodeverk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Open project</source>
        <translation>Åpne prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>Kodeverk projects (*.kodeverk);;All files (*)</source>
        <translation>Kodeverk-prosjekter (*.kodeverk);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Building the sample project…</source>
        <translation>Bygger eksempelprosjektet …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Cannot build the sample project</source>
        <translation>Kan ikke bygge eksempelprosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Add coder</source>
        <translation>Legg til koder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Name of the coder:</source>
        <translation>Koderens navn:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>About Kodeverk</source>
        <translation>Om Kodeverk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>Kodeverk %1: qualitative coding of interview transcripts.</source>
        <translation>Kodeverk %1: kvalitativ koding av intervjutranskripter.</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../ui/revision_models.py" line="46"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="46"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="46"/>
        <source>Score</source>
        <translation>Likhet</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="46"/>
        <source>In order</source>
        <translation>I rekkefølge</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="47"/>
        <source>Interviewer&apos;s turn</source>
        <translation>Intervjuerens replikk</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="53"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="53"/>
        <source>no</source>
        <translation>nei</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="117"/>
        <source>Merge coder copies</source>
        <translation>Slå sammen koderkopier</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="119"/>
        <source>Add copies…</source>
        <translation>Legg til kopier …</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="120"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="121"/>
        <source>Check</source>
        <translation>Sjekk</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="122"/>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="173"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="118"/>
        <source>Coder copies to merge into this project:</source>
        <translation>Koderkopier som skal slås sammen med dette prosjektet:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="123"/>
        <source>1. Press “Add copies…” and choose the coder copies (made with File → Make a coder copy).
2. Press “Check”: what the merge would add shows here, and nothing is changed yet.
3. Make your choices, then press “Merge”.</source>
        <translation>1. Trykk «Legg til kopier …» og velg koderkopiene (laget med Fil → Lag en koderkopi).
2. Trykk «Sjekk»: det sammenslåingen ville lagt til, vises her, og ingenting er endret ennå.
3. Gjør valgene dine, og trykk så «Slå sammen».</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="147"/>
        <source>Coder copies</source>
        <translation>Koderkopier</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="148"/>
        <source>Kodeverk projects (*.kodeverk)</source>
        <translation>Kodeverk-prosjekter (*.kodeverk)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="173"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="178"/>
        <source>Add the coder copies (made with File → Make a coder copy).</source>
        <translation>Legg til koderkopiene (laget med Fil → Lag en koderkopi).</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="180"/>
        <source>Press “Check” to see what the merge would add before anything is changed.</source>
        <translation>Trykk «Sjekk» for å se hva sammenslåingen vil legge til, før noe blir endret.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="202"/>
        <source>Checking %1…</source>
        <translation>Sjekker %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="216"/>
        <source>Cannot merge %1: %2</source>
        <translation>Kan ikke slå sammen %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="219"/>
        <source>Nothing has been changed yet. Tick the transcripts to accept, choose what to do with new codes, then press “Merge”.</source>
        <translation>Ingenting er endret ennå. Kryss av transkriptene som skal godtas, velg hva som skal skje med nye koder, og trykk så «Slå sammen».</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="66"/>
        <source>What the merge would do</source>
        <translation>Hva sammenslåingen vil gjøre</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="67"/>
        <source>Choice</source>
        <translation>Valg</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="102"/>
        <source>No transcript of this file is in the project (another study?): nothing will be merged.</source>
        <translation>Ingen transkripter i denne fila finnes i prosjektet (en annen studie?): ingenting blir slått sammen.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="105"/>
        <source>Transcripts matched by their text: %1</source>
        <translation>Transkripter koblet etter teksten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="109"/>
        <source>Matched by similar name and content — confirm each:</source>
        <translation>Koblet etter lignende navn og innhold — bekreft hvert av dem:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="112"/>
        <source>“%1” → “%2” (name %3, content %4 %)</source>
        <translation>«%1» → «%2» (navn %3, innhold %4 %)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="120"/>
        <source>accept</source>
        <translation>godta</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="121"/>
        <source>leave out</source>
        <translation>utelat</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="124"/>
        <source>Left out: “%1” (%2)</source>
        <translation>Utelatt: «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="131"/>
        <source>Code “%1” is “%2” here (renamed): matched</source>
        <translation>Koden «%1» heter «%2» her (nytt navn): koblet</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="137"/>
        <source>New codes in the copy:</source>
        <translation>Nye koder i kopien:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="78"/>
        <source>New coder: %1</source>
        <translation>Ny koder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="79"/>
        <source>Codings to add: %1 (%2); already here: %3</source>
        <translation>Kodinger som legges til: %1 (%2); finnes allerede: %3</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="83"/>
        <source>Codings left out: %1 (%2)</source>
        <translation>Kodinger utelatt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="148"/>
        <source>Codings on transcripts whose text differs:</source>
        <translation>Kodinger i transkripter der teksten er ulik:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="175"/>
        <source>Adopt as a new code</source>
        <translation>Ta inn som ny kode</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="177"/>
        <source>Merge into “%1”</source>
        <translation>Slå sammen med «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/merge_preview.py" line="179"/>
        <source>Leave out (and its codings)</source>
        <translation>Utelat (med kodingene)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="229"/>
        <source>Choices changed: press “Check” again to see the effect, or “Merge”.</source>
        <translation>Valgene er endret: trykk «Sjekk» igjen for å se virkningen, eller «Slå sammen».</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="251"/>
        <source>Merging %1…</source>
        <translation>Slår sammen %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="275"/>
        <source>Cancelled: %1 of %2 copies were merged.</source>
        <translation>Avbrutt: %1 av %2 kopier ble slått sammen.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="259"/>
        <source>Merged: everything was added.</source>
        <translation>Slått sammen: alt ble lagt til.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="260"/>
        <source>Merged, with something left out: see the report (LEFT OUT lines).</source>
        <translation>Slått sammen, men noe ble utelatt: se rapporten (linjene UTELATT).</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="290"/>
        <source>Failed: %1</source>
        <translation>Mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="305"/>
        <source>Cancelling after the current copy…</source>
        <translation>Avbryter etter den gjeldende kopien …</translation>
    </message>
</context>
<context>
    <name>MergeReportText</name>
    <message>
        <location filename="../../ui/merge_report_text.py" line="30"/>
        <source>its transcript was not merged</source>
        <translation>transkriptet ble ikke slått sammen</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="31"/>
        <source>its code was left out</source>
        <translation>koden ble utelatt</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="32"/>
        <source>its passage is no longer in the changed text</source>
        <translation>passasjen finnes ikke lenger i den endrede teksten</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="33"/>
        <source>it reaches beyond the end of the text</source>
        <translation>den går forbi slutten av teksten</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="40"/>
        <source>same text</source>
        <translation>samme tekst</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="41"/>
        <source>similar name and content</source>
        <translation>lignende navn og innhold</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="42"/>
        <source>same name, the text differs</source>
        <translation>samme navn, teksten er ulik</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="43"/>
        <source>similar name and content, accepted</source>
        <translation>lignende navn og innhold, godtatt</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="44"/>
        <source>same name, the text differs, accepted</source>
        <translation>samme navn, teksten er ulik, godtatt</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="45"/>
        <source>not in the project (import it first)</source>
        <translation>ikke i prosjektet (importer det først)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="54"/>
        <source>Codings of changed transcripts whose passage is unchanged: %1</source>
        <translation>Kodinger i endrede transkripter der passasjen er uendret: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="59"/>
        <source>Moved with changes: “%1”, %2 (%3)</source>
        <translation>Flyttet med endringer: «%1», %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="61"/>
        <source>LEFT OUT, its passage is gone: “%1”, %2 (%3)</source>
        <translation>UTELATT, passasjen er borte: «%1», %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="65"/>
        <source>Before: “%1”</source>
        <translation>Før: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="68"/>
        <source>After: “%1”</source>
        <translation>Etter: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="73"/>
        <source>Moved with changes in “%1”, %2 (%3): “%4” → “%5”</source>
        <translation>Flyttet med endringer i «%1», %2 (%3): «%4» → «%5»</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="76"/>
        <source>LEFT OUT in “%1”, %2 (%3): its passage is gone: “%4”</source>
        <translation>UTELATT i «%1», %2 (%3): passasjen er borte: «%4»</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="81"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="85"/>
        <source>Merge of %1:</source>
        <translation>Sammenslåing av %1:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="87"/>
        <source>NOTHING MATCHED: no transcript of this file is in the project (another study?); nothing was changed</source>
        <translation>INGENTING KOBLET: ingen transkripter i denne fila finnes i prosjektet (en annen studie?); ingenting ble endret</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="89"/>
        <source>Transcripts matched: %1</source>
        <translation>Transkripter koblet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="92"/>
        <source>“%1” → “%2” (%3)</source>
        <translation>«%1» → «%2» (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="95"/>
        <source>NEEDS CONFIRMATION: “%1” looks like “%2” (name %3, content %4 %); its codings were left out</source>
        <translation>MÅ BEKREFTES: «%1» ligner på «%2» (navn %3, innhold %4 %); kodingene ble utelatt</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="100"/>
        <source>LEFT OUT transcript “%1”: %2</source>
        <translation>UTELATT transkript «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="104"/>
        <source>Code “%1” is “%2” here (renamed): matched</source>
        <translation>Koden «%1» heter «%2» her (nytt navn): koblet</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="107"/>
        <source>Code adopted: “%1”</source>
        <translation>Kode tatt inn: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="109"/>
        <source>(similar: %1)</source>
        <translation>(lignende: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="112"/>
        <source>Code “%1” merged into “%2” (as chosen)</source>
        <translation>Koden «%1» slått sammen med «%2» (som valgt)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="115"/>
        <source>LEFT OUT code “%1” (as chosen)</source>
        <translation>UTELATT kode «%1» (som valgt)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="117"/>
        <source>New coder: %1</source>
        <translation>Ny koder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_report_text.py" line="118"/>
        <source>Codings added: %1 (%2); duplicates skipped: %3</source>
        <translation>Kodinger lagt til: %1 (%2); duplikater hoppet over: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_report_text.py" line="121"/>
        <source>LEFT OUT %n coding(s): %1</source>
        <translation>
            <numerusform>UTELATT %n koding: %1</numerusform>
            <numerusform>UTELATT %n kodinger: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <location filename="../../ui/revision_models.py" line="24"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="24"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="24"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="24"/>
        <source>Old passage</source>
        <translation>Gammel passasje</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="25"/>
        <source>New passage</source>
        <translation>Ny passasje</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="28"/>
        <source>moved exactly</source>
        <translation>flyttet uendret</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="28"/>
        <source>moved with changes</source>
        <translation>flyttet med endringer</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="29"/>
        <source>lost</source>
        <translation>tapt</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <location filename="../../ui/names_dialog.py" line="83"/>
        <source>Names to mask</source>
        <translation>Navn som skal anonymiseres</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="84"/>
        <source>These names are replaced by [navn] (or the informant&apos;s pseudonym) in every export, and each Word export is checked for any that remain. Add the other persons the interviews mention.</source>
        <translation>Disse navnene erstattes med [navn] (eller informantens pseudonym) i hver eksport, og hver Word-eksport kontrolleres for navn som står igjen. Legg til de andre personene som nevnes i intervjuene.</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="87"/>
        <source>First and last name</source>
        <translation>Fornavn og etternavn</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="88"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="89"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="90"/>
        <source>Remove the selected added names (informants&apos; names stay)</source>
        <translation>Fjern de valgte navnene som er lagt til (informantenes navn blir stående)</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="123"/>
        <source>Added %1.</source>
        <translation>La til %1.</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="124"/>
        <source>%1 is on the list already.</source>
        <translation>%1 står allerede på lista.</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="141"/>
        <source>Removed %1.</source>
        <translation>Fjernet %1.</translation>
    </message>
</context>
<context>
    <name>NamesModel</name>
    <message>
        <location filename="../../ui/names_dialog.py" line="23"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="23"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="29"/>
        <source>informant %1</source>
        <translation>informant %1</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="30"/>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <location filename="../../ui/names_dialog.py" line="32"/>
        <source>An informant&apos;s real name (from the manifest): it stays on the list</source>
        <translation>En informants virkelige navn (fra manifestet): det blir stående på lista</translation>
    </message>
</context>
<context>
    <name>NavigatorDock</name>
    <message>
        <location filename="../../ui/docks.py" line="68"/>
        <source>Transcripts</source>
        <translation>Transkripter</translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="69"/>
        <source>&amp;Transcripts</source>
        <translation>&amp;Transkripter</translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="70"/>
        <source>Filter by name, informant or role</source>
        <translation>Filtrer på navn, informant eller rolle</translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="71"/>
        <source>Show only transcripts whose name, informant or role contains this</source>
        <translation>Vis bare transkripter der navn, informant eller rolle inneholder dette</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../ui/navigator_model.py" line="28"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="28"/>
        <source>Codings</source>
        <translation>Kodinger</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="28"/>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="74"/>
        <source>(no phase)</source>
        <translation>(ingen fase)</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="74"/>
        <source>(no group)</source>
        <translation>(ingen gruppe)</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="84"/>
        <source>Informant: %1</source>
        <translation>Informant: %1</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="85"/>
        <source>Ministry: %1</source>
        <translation>Departement: %1</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="86"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="87"/>
        <source>%1 words, %2 codings</source>
        <translation>%1 ord, %2 kodinger</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/start_page.py" line="129"/>
        <location filename="../../ui/start_page.py" line="137"/>
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="130"/>
        <source>Project file:</source>
        <translation>Prosjektfil:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="131"/>
        <source>Codebook:</source>
        <translation>Kodebok:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="132"/>
        <source>Choose where to save the project file</source>
        <translation>Velg hvor prosjektfilen skal lagres</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="133"/>
        <source>The core-group evaluation&apos;s model (kjernegrupper)</source>
        <translation>Analysemodellen fra evalueringen av kjernegruppene</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="134"/>
        <source>Empty codebook</source>
        <translation>Tom kodebok</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="138"/>
        <source>Kodeverk projects (*.kodeverk)</source>
        <translation>Kodeverk-prosjekter (*.kodeverk)</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../ui/retrieve_outline_model.py" line="96"/>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_outline_model.py" line="96"/>
        <source>Quotes</source>
        <translation>Sitater</translation>
    </message>
</context>
<context>
    <name>PickerModel</name>
    <message>
        <location filename="../../ui/quick_picker.py" line="29"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/quick_picker.py" line="42"/>
        <source>Create code “%1”</source>
        <translation>Opprett koden «%1»</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <location filename="../../ui/project_view.py" line="74"/>
        <source>&amp;Next pane</source>
        <translation>&amp;Neste rute</translation>
    </message>
    <message>
        <location filename="../../ui/project_view.py" line="75"/>
        <source>&amp;Previous pane</source>
        <translation>&amp;Forrige rute</translation>
    </message>
    <message>
        <location filename="../../ui/project_view.py" line="77"/>
        <source>Move the keyboard focus between the transcripts, the text, the codebook, the coded segments and the search</source>
        <translation>Flytt tastaturfokus mellom transkriptene, teksten, kodeboka, de kodede utdragene og søket</translation>
    </message>
    <message>
        <location filename="../../ui/project_view.py" line="191"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
</context>
<context>
    <name>QuickPicker</name>
    <message>
        <location filename="../../ui/quick_picker.py" line="86"/>
        <source>Code the selection with…</source>
        <translation>Kod utvalget med …</translation>
    </message>
    <message>
        <location filename="../../ui/code_choice_dialog.py" line="70"/>
        <location filename="../../ui/quick_picker.py" line="87"/>
        <source>Type part of a code&apos;s name or description</source>
        <translation>Skriv en del av kodens navn eller beskrivelse</translation>
    </message>
</context>
<context>
    <name>RefiExportDialog</name>
    <message>
        <location filename="../../ui/feature_refi.py" line="269"/>
        <source>Export codebook</source>
        <translation>Eksporter kodebok</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="269"/>
        <source>Export REFI-QDA project</source>
        <translation>Eksporter REFI-QDA-prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="272"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="276"/>
        <source>Norwegian (bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="277"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="279"/>
        <source>REFI-QDA codebook (.qdc): NVivo, ATLAS.ti, MAXQDA, QualCoder</source>
        <translation>REFI-QDA-kodebok (.qdc): NVivo, ATLAS.ti, MAXQDA, QualCoder</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="280"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="281"/>
        <source>Word codebook with definitions (.docx), for a report&apos;s appendix</source>
        <translation>Word-kodebok med definisjoner (.docx), til et rapportvedlegg</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="287"/>
        <source>The codebook with colours and definitions.</source>
        <translation>Kodeboka med farger og definisjoner.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="288"/>
        <source>Transcripts, codebook, codings of every coder, informants with their attributes, memos, phases and groups. Real names are not exported.</source>
        <translation>Transkripter, kodebok, kodingene til alle kodere, informanter med egenskaper, notater, faser og grupper. Virkelige navn eksporteres ikke.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="290"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="294"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="295"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="296"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="311"/>
        <source>Codebook (*%1)</source>
        <translation>Kodebok (*%1)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="313"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-prosjekter (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="321"/>
        <source>Choose where the file goes.</source>
        <translation>Velg hvor fila skal lagres.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="331"/>
        <source>%1 codes written to %2</source>
        <translation>%1 kode(r) skrevet til %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feature_refi.py" line="337"/>
        <source>%n transcript(s)</source>
        <translation>
            <numerusform>%n transkript</numerusform>
            <numerusform>%n transkripter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feature_refi.py" line="338"/>
        <source>and %n coding(s) written to %1</source>
        <translation>
            <numerusform>og %n koding skrevet til %1</numerusform>
            <numerusform>og %n kodinger skrevet til %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefiFeature</name>
    <message>
        <location filename="../../ui/feature_refi.py" line="359"/>
        <source>Import &amp;REFI-QDA project…</source>
        <translation>Importer &amp;REFI-QDA-prosjekt …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="360"/>
        <source>&amp;REFI-QDA project…</source>
        <translation>&amp;REFI-QDA-prosjekt …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="361"/>
        <source>&amp;Codebook…</source>
        <translation>&amp;Kodebok …</translation>
    </message>
</context>
<context>
    <name>RefiImportDialog</name>
    <message>
        <location filename="../../ui/feature_refi.py" line="111"/>
        <source>Import REFI-QDA project</source>
        <translation>Importer REFI-QDA-prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="114"/>
        <source>A .qdpx file from NVivo, ATLAS.ti, MAXQDA, QualCoder, …</source>
        <translation>En .qdpx-fil fra NVivo, ATLAS.ti, MAXQDA, QualCoder, …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="115"/>
        <location filename="../../ui/feature_refi.py" line="126"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="117"/>
        <source>Into the open project (merged like a coder copy)</source>
        <translation>Inn i det åpne prosjektet (slås sammen som en koderkopi)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="118"/>
        <source>Into a new project:</source>
        <translation>Inn i et nytt prosjekt:</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="125"/>
        <source>The new project file</source>
        <translation>Den nye prosjektfila</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="130"/>
        <source>The report of the import appears here: what was added, matched and left out.</source>
        <translation>Rapporten fra importen vises her: hva som ble lagt til, koblet og utelatt.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="138"/>
        <source>Open the new project</source>
        <translation>Åpne det nye prosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="141"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="144"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="156"/>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA-prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="157"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-prosjekter (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="167"/>
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="168"/>
        <source>Kodeverk projects (*.kodeverk)</source>
        <translation>Kodeverk-prosjekter (*.kodeverk)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="176"/>
        <source>Choose the .qdpx file to import.</source>
        <translation>Velg .qdpx-fila som skal importeres.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="189"/>
        <source>Choose the new project file.</source>
        <translation>Velg den nye prosjektfila.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="195"/>
        <source>%1 exists already: choose a new file name, or import into the open project.</source>
        <translation>%1 finnes allerede: velg et nytt filnavn, eller importer inn i det åpne prosjektet.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="208"/>
        <source>Imported: everything in the file was taken.</source>
        <translation>Importert: alt i fila ble tatt med.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feature_refi.py" line="210"/>
        <source>Imported, with %n thing(s) left out: see the LEFT OUT lines.</source>
        <translation>
            <numerusform>Importert, men %n ting ble utelatt: se linjene UTELATT.</numerusform>
            <numerusform>Importert, men %n ting ble utelatt: se linjene UTELATT.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="218"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>RefiReportModel</name>
    <message>
        <location filename="../../ui/refi_report_model.py" line="72"/>
        <source>warning: %1</source>
        <translation>advarsel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/refi_report_model.py" line="74"/>
        <source>LEFT OUT: %1</source>
        <translation>UTELATT: %1</translation>
    </message>
</context>
<context>
    <name>RetrieveDock</name>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="172"/>
        <location filename="../../ui/retrieve_panel.py" line="173"/>
        <source>Retrieve</source>
        <translation>Hent fram</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="174"/>
        <source>Find the codings that meet every chosen criterion</source>
        <translation>Finn kodingene som oppfyller alle valgte kriterier</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="175"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="176"/>
        <source>Stop this retrieval; the results shown before stay</source>
        <translation>Stopp denne framhentingen; resultatene som ble vist før, blir stående</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="177"/>
        <source>Clear filters</source>
        <translation>Tøm filtrene</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="178"/>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="178"/>
        <source>Code × group</source>
        <translation>Kode × gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="178"/>
        <source>Code × phase</source>
        <translation>Kode × fase</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="179"/>
        <source>Co-occurrence</source>
        <translation>Samforekomst</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="179"/>
        <source>Ladder</source>
        <translation>Trappen</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="181"/>
        <source>Core groups × the steps of the coordination ladder; hover a cell for its strongest quote</source>
        <translation>Kjernegrupper × trinnene i samordningstrappen; hold musen over en celle for å se det sterkeste sitatet</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="183"/>
        <source>Export…</source>
        <translation>Eksporter …</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="184"/>
        <source>Save this view as CSV, or every view as an Excel workbook</source>
        <translation>Lagre denne visningen som CSV, eller alle visningene som en Excel-arbeidsbok</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="231"/>
        <location filename="../../ui/retrieve_panel.py" line="256"/>
        <source>Retrieving…</source>
        <translation>Henter fram …</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="241"/>
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="253"/>
        <source>Reading the codings…</source>
        <translation>Leser kodingene …</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="253"/>
        <source>Collecting the excerpts…</source>
        <translation>Samler utdragene …</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="254"/>
        <source>Searching the text…</source>
        <translation>Søker i teksten …</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="254"/>
        <source>Widening to sentences or turns…</source>
        <translation>Utvider til setninger eller replikker …</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="255"/>
        <source>Finding co-occurring codes…</source>
        <translation>Finner koder som forekommer sammen …</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="255"/>
        <source>Counting the matrices…</source>
        <translation>Teller opp matrisene …</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="287"/>
        <source>Retrieval cancelled; the results of the previous retrieval are shown.</source>
        <translation>Framhentingen ble avbrutt; resultatene fra forrige framhenting vises.</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="288"/>
        <source>Retrieval cancelled.</source>
        <translation>Framhentingen ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="295"/>
        <source>Choose filters and press Retrieve (no filter: every coding).</source>
        <translation>Velg filtre og trykk Hent fram (uten filter: alle kodinger).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieve_panel.py" line="300"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n koding</numerusform>
            <numerusform>%n kodinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieve_panel.py" line="301"/>
        <source>%n transcript(s)</source>
        <translation>
            <numerusform>%n transkript</numerusform>
            <numerusform>%n transkripter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieve_panel.py" line="302"/>
        <source>%n informant(s)</source>
        <translation>
            <numerusform>%n informant</numerusform>
            <numerusform>%n informanter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieve_panel.py" line="329"/>
        <source>%n coding(s) in “%1 × %2” (double-click one to read it in its transcript)</source>
        <translation>
            <numerusform>%n koding i «%1 × %2» (dobbeltklikk for å lese den i transkriptet)</numerusform>
            <numerusform>%n kodinger i «%1 × %2» (dobbeltklikk på en for å lese den i transkriptet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="347"/>
        <source>Export the retrieval</source>
        <translation>Eksporter uttrekket</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="348"/>
        <source>Excel workbook, every view (*.xlsx);;CSV, this view (*.csv)</source>
        <translation>Excel-arbeidsbok, alle visningene (*.xlsx);;CSV, denne visningen (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="363"/>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../../ui/retrieve_panel.py" line="369"/>
        <location filename="../../ui/retrieve_panel.py" line="370"/>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
</context>
<context>
    <name>RetrieveFeature</name>
    <message>
        <location filename="../../ui/feature_retrieve.py" line="32"/>
        <source>&amp;Retrieve…</source>
        <translation>&amp;Hent fram …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_retrieve.py" line="33"/>
        <source>Find coded excerpts by code, group, phase, informant, coder, text or date; matrices and co-occurrence</source>
        <translation>Finn kodede utdrag etter kode, gruppe, fase, informant, koder, tekst eller dato; matriser og samforekomst</translation>
    </message>
    <message>
        <location filename="../../ui/feature_retrieve.py" line="35"/>
        <source>Coded excerpts to &amp;Word…</source>
        <translation>Kodede utdrag til &amp;Word …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_retrieve.py" line="36"/>
        <source>&amp;Table (XLSX/CSV)…</source>
        <translation>&amp;Tabell (XLSX/CSV) …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_retrieve.py" line="37"/>
        <source>&amp;Names to mask…</source>
        <translation>&amp;Navn som skal anonymiseres …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_retrieve.py" line="38"/>
        <source>The real names replaced by [navn] in every export</source>
        <translation>De virkelige navnene som erstattes med [navn] i hver eksport</translation>
    </message>
</context>
<context>
    <name>RevisionCommands</name>
    <message>
        <location filename="../../ui/revision_commands.py" line="19"/>
        <source>Revise “%1”</source>
        <translation>Revider «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/revision_commands.py" line="40"/>
        <source>Structure by guide “%1”</source>
        <translation>Strukturer etter intervjuguiden «%1»</translation>
    </message>
</context>
<context>
    <name>RevisionFeature</name>
    <message>
        <location filename="../../ui/feature_revision.py" line="46"/>
        <source>&amp;Replace transcript with revised version…</source>
        <translation>&amp;Erstatt transkriptet med revidert versjon …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="47"/>
        <source>&amp;Edit transcript text…</source>
        <translation>&amp;Rediger teksten i transkriptet …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="48"/>
        <source>&amp;Lost codings…</source>
        <translation>&amp;Tapte kodinger …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="49"/>
        <source>&amp;Structure by guide…</source>
        <translation>&amp;Strukturer etter intervjuguide …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="50"/>
        <source>Erase &amp;informant…</source>
        <translation>S&amp;lett informant …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="64"/>
        <source>Open a transcript first.</source>
        <translation>Åpne et transkript først.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="85"/>
        <source>Revised version of the transcript</source>
        <translation>Revidert versjon av transkriptet</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="86"/>
        <source>Transcripts (%1)</source>
        <translation>Transkripter (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/feature_revision.py" line="97"/>
        <source>Comparing the revised version…</source>
        <translation>Sammenligner den reviderte versjonen …</translation>
    </message>
</context>
<context>
    <name>RevisionReportDialog</name>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="24"/>
        <source>Revised version of “%1”</source>
        <translation>Revidert versjon av «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="41"/>
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="42"/>
        <source>Roll back</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="57"/>
        <source>%1 codings: %2 moved exactly, %3 moved with changes, %4 lost. %5 % of the old text is unchanged.</source>
        <translation>Kodinger: %1; flyttet uendret: %2, flyttet med endringer: %3, tapt: %4. %5 % av den gamle teksten er uendret.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="63"/>
        <source>Lost codings are kept on a review list, never dropped: after you accept, it opens (later: Project → Lost codings…), where you can place each one on its new passage or dismiss it.</source>
        <translation>Tapte kodinger blir aldri forkastet, men holdes på en gjennomgangsliste: når du godtar, åpnes den (senere: Prosjekt → Tapte kodinger …), og der kan du plassere hver av dem på den nye passasjen eller avvise den.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="68"/>
        <source>The new version is empty: there is nothing to replace the transcript with.</source>
        <translation>Den nye versjonen er tom: det er ingenting å erstatte transkriptet med.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="70"/>
        <source>This is not a revision of the transcript: only %1 % of its text is found in the new version. It looks like a different interview; import it as a transcript of its own.</source>
        <translation>Dette er ikke en revisjon av transkriptet: bare %1 % av teksten finnes i den nye versjonen. Det ser ut som et annet intervju; importer det som et eget transkript.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_dialogs.py" line="74"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>RevisionTexts</name>
    <message>
        <location filename="../../ui/revision_texts.py" line="25"/>
        <source>its passage is no longer in the text</source>
        <translation>passasjen finnes ikke lenger i teksten</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="27"/>
        <source>it would land on the same span as another coding of this code and coder</source>
        <translation>den ville havnet på samme tekstspenn som en annen koding med samme kode og koder</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="32"/>
        <source>Informant %1</source>
        <translation>Informant %1</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="38"/>
        <source>attribute %1: %2</source>
        <translation>egenskap %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revision_texts.py" line="40"/>
        <source>transcript “%1”: %2 characters, %n coding(s)</source>
        <translation>
            <numerusform>transkript «%1»: %2 tegn, %n koding</numerusform>
            <numerusform>transkript «%1»: %2 tegn, %n kodinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revision_texts.py" line="43"/>
        <source>%n lost coding(s) on the review list</source>
        <translation>
            <numerusform>%n tapt koding på gjennomgangslisten</numerusform>
            <numerusform>%n tapte kodinger på gjennomgangslisten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="45"/>
        <source>memo #%1: %2</source>
        <translation>notat nr. %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="47"/>
        <source>name on the name list: %1</source>
        <translation>navn på navnelista: %1</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="49"/>
        <source>note: “%1” still occurs in “%2”; it stays on the name list so that exports keep masking it</source>
        <translation>merk: «%1» forekommer fortsatt i «%2»; navnet blir stående på navnelista, slik at eksportene fortsatt anonymiserer det</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="55"/>
        <source>Erased:</source>
        <translation>Slettet:</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="56"/>
        <source>The project file was compacted (VACUUM).</source>
        <translation>Prosjektfilen ble komprimert (VACUUM).</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="58"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="62"/>
        <source>Scan of %1: none of the erased text is left.</source>
        <translation>Skanning av %1: ingenting av den slettede teksten er igjen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revision_texts.py" line="65"/>
        <source>Scan of %1: %n piece(s) of erased text are still there:</source>
        <translation>
            <numerusform>Gjennomsøking av %1: %n bit av den slettede teksten finnes fortsatt:</numerusform>
            <numerusform>Gjennomsøking av %1: %n biter av den slettede teksten finnes fortsatt:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/revision_texts.py" line="69"/>
        <source>These backups still hold the informant&apos;s data:</source>
        <translation>Disse sikkerhetskopiene inneholder fortsatt informantens data:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="90"/>
        <location filename="../../ui/search_panel.py" line="97"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="91"/>
        <source>Sea&amp;rch</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="92"/>
        <source>Words to find</source>
        <translation>Ord å finne</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="93"/>
        <source>Fuzzy</source>
        <translation>Omtrentlig</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="94"/>
        <source>Also find misspellings and words written without æ, ø, å</source>
        <translation>Finn også feilstavinger og ord skrevet uten æ, ø, å</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="95"/>
        <source>This transcript</source>
        <translation>Dette transkriptet</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="96"/>
        <source>Whole project</source>
        <translation>Hele prosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="98"/>
        <source>Code all results…</source>
        <translation>Kod alle treff …</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="99"/>
        <source>Code every result with one code (one step to undo)</source>
        <translation>Kod alle treff med én kode (ett steg å angre)</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="100"/>
        <source>Find &amp;next</source>
        <translation>Finn &amp;neste</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="101"/>
        <source>Find pre&amp;vious</source>
        <translation>Finn fo&amp;rrige</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="102"/>
        <source>Enter searches; F3 and Shift+F3 go to the next and previous result</source>
        <translation>Enter søker; F3 og Shift+F3 går til neste og forrige treff</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="126"/>
        <source>Open a transcript first, or search the whole project</source>
        <translation>Åpne et transkript først, eller søk i hele prosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="130"/>
        <source>Searching…</source>
        <translation>Søker …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="140"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n treff</numerusform>
            <numerusform>%n treff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="141"/>
        <source>in %n transcript(s)</source>
        <translation>
            <numerusform>i %n transkript</numerusform>
            <numerusform>i %n transkripter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search_model.py" line="18"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="18"/>
        <source>Context</source>
        <translation>Sammenheng</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="18"/>
        <source>Match</source>
        <translation>Treff</translation>
    </message>
</context>
<context>
    <name>SegmentsDock</name>
    <message>
        <location filename="../../ui/docks.py" line="191"/>
        <source>Coded segments</source>
        <translation>Kodede utdrag</translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="192"/>
        <source>Coded &amp;segments</source>
        <translation>Kodede &amp;utdrag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/docks.py" line="203"/>
        <source>%n segment(s) coded with “%1” (with sub-codes)</source>
        <translation>
            <numerusform>%n utdrag kodet med «%1» (med underkoder)</numerusform>
            <numerusform>%n utdrag kodet med «%1» (med underkoder)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/docks.py" line="206"/>
        <source>%n segment(s) in this transcript; choose a code to see its segments</source>
        <translation>
            <numerusform>%n utdrag i dette transkriptet; velg en kode for å se utdragene med den</numerusform>
            <numerusform>%n utdrag i dette transkriptet; velg en kode for å se utdragene med den</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="208"/>
        <source>Choose a code or a transcript to see its coded segments</source>
        <translation>Velg en kode eller et transkript for å se de kodede utdragene</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../../ui/segments_model.py" line="25"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25"/>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="26"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="38"/>
        <source>Memo: %1</source>
        <translation>Notat: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="33"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>Widen selections to whole words when coding</source>
        <translation>Utvid merkingen til hele ord ved koding</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="69"/>
        <source>Code interview transcripts together with your team. Every change is stored at once; there is nothing to save.</source>
        <translation>Kod intervjutranskripter sammen med teamet ditt. Hver endring lagres med en gang; det er ingenting å lagre.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="71"/>
        <source>New project…</source>
        <translation>Nytt prosjekt …</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="72"/>
        <source>Open project…</source>
        <translation>Åpne prosjekt …</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="73"/>
        <source>Open the sample project</source>
        <translation>Åpne eksempelprosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="74"/>
        <source>Ten invented interviews, coded by two coders, to try things on</source>
        <translation>Ti oppdiktede intervjuer, kodet av to kodere, å prøve ting på</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="75"/>
        <source>Recent projects (double-click or Enter to open)</source>
        <translation>Nylige prosjekter (dobbeltklikk eller Enter for å åpne)</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="76"/>
        <source>No recent projects yet. Start with the sample project to try things out, or make a new project and import your transcripts (File → Import transcripts…).</source>
        <translation>Ingen nylige prosjekter ennå. Begynn med eksempelprosjektet for å prøve deg fram, eller lag et nytt prosjekt og importer transkriptene dine (Fil → Importer transkripter …).</translation>
    </message>
</context>
<context>
    <name>StructureDialog</name>
    <message>
        <location filename="../../ui/revision_structure.py" line="30"/>
        <source>Structure by guide</source>
        <translation>Strukturer etter intervjuguide</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="33"/>
        <source>Import guide…</source>
        <translation>Importer intervjuguide …</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="35"/>
        <source>Only the open transcript</source>
        <translation>Bare det åpne transkriptet</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="38"/>
        <source>Find questions</source>
        <translation>Finn spørsmål</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="45"/>
        <source>Matches</source>
        <translation>Treff</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="46"/>
        <source>Unmatched turns</source>
        <translation>Replikker uten treff</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="47"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="50"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="53"/>
        <source>Guide:</source>
        <translation>Intervjuguide:</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="90"/>
        <source>%1 (template)</source>
        <translation>%1 (mal)</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="95"/>
        <source>Import an interview guide</source>
        <translation>Importer en intervjuguide</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="96"/>
        <source>Guides (*.docx *.txt *.md)</source>
        <translation>Intervjuguider (*.docx *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="134"/>
        <source>Matching the interviewer&apos;s turns to the questions…</source>
        <translation>Kobler intervjuerens replikker til spørsmålene …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revision_structure.py" line="150"/>
        <source>%n question(s) found</source>
        <translation>
            <numerusform>%n spørsmål funnet</numerusform>
            <numerusform>%n spørsmål funnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revision_structure.py" line="151"/>
        <source>in %n transcript(s);</source>
        <translation>
            <numerusform>i %n transkript;</numerusform>
            <numerusform>i %n transkripter;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revision_structure.py" line="152"/>
        <source>%n interviewer turn(s) matched no question.</source>
        <translation>
            <numerusform>%n intervjuerreplikk passet ikke til noe spørsmål.</numerusform>
            <numerusform>%n intervjuerreplikker passet ikke til noe spørsmål.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="154"/>
        <source>Left alone (they do not follow this guide): %1.</source>
        <translation>Ikke rørt (de følger ikke denne intervjuguiden): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/revision_structure.py" line="156"/>
        <source>Unmatched turns (%1)</source>
        <translation>Replikker uten treff (%1)</translation>
    </message>
</context>
<context>
    <name>TeamworkCommands</name>
    <message>
        <location filename="../../ui/teamwork_commands.py" line="15"/>
        <source>accept A</source>
        <translation>godta A</translation>
    </message>
    <message>
        <location filename="../../ui/teamwork_commands.py" line="16"/>
        <source>accept B</source>
        <translation>godta B</translation>
    </message>
    <message>
        <location filename="../../ui/teamwork_commands.py" line="17"/>
        <source>union</source>
        <translation>union</translation>
    </message>
    <message>
        <location filename="../../ui/teamwork_commands.py" line="18"/>
        <source>intersection</source>
        <translation>snitt</translation>
    </message>
    <message>
        <location filename="../../ui/teamwork_commands.py" line="19"/>
        <source>edited passage</source>
        <translation>redigert passasje</translation>
    </message>
    <message>
        <location filename="../../ui/teamwork_commands.py" line="32"/>
        <source>Resolve disagreement (%1)</source>
        <translation>Løs uenighet (%1)</translation>
    </message>
</context>
<context>
    <name>TeamworkFeature</name>
    <message>
        <location filename="../../ui/feature_teamwork.py" line="37"/>
        <source>&amp;Make a coder copy…</source>
        <translation>Lag en &amp;koderkopi …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_teamwork.py" line="38"/>
        <source>Mer&amp;ge coder copies…</source>
        <translation>Slå sa&amp;mmen koderkopier …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_teamwork.py" line="39"/>
        <source>&amp;Agreement report…</source>
        <translation>&amp;Samsvarsrapport …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_teamwork.py" line="40"/>
        <source>&amp;Compare coders…</source>
        <translation>&amp;Sammenlign kodere …</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../ui/transcript_view.py" line="342"/>
        <source>Coder: %1</source>
        <translation>Koder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/transcript_view.py" line="344"/>
        <source>Memo: %1</source>
        <translation>Notat: %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../ui/coding_actions.py" line="218"/>
        <source>Change code of coding</source>
        <translation>Bytt kode på koding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="238"/>
        <source>Change extent of coding</source>
        <translation>Endre omfanget av koding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="264"/>
        <source>Edit memo</source>
        <translation>Rediger notat</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="73"/>
        <source>Code passage with “%1”</source>
        <translation>Kod passasje med «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="97"/>
        <source>Remove coding</source>
        <translation>Fjern koding</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="144"/>
        <source>Add code “%1”</source>
        <translation>Legg til koden «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="170"/>
        <source>Rename code “%1”</source>
        <translation>Gi koden «%1» nytt navn</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="194"/>
        <source>Recolour code “%1”</source>
        <translation>Bytt farge på koden «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="203"/>
        <source>Describe code “%1”</source>
        <translation>Beskriv koden «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="209"/>
        <source>Set shortcut of “%1”</source>
        <translation>Sett hurtigtast for «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="226"/>
        <source>Move code “%1”</source>
        <translation>Flytt koden «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="239"/>
        <source>Delete code “%1”</source>
        <translation>Slett koden «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="254"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Slå «%1» sammen med «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="316"/>
        <source>Code passage with new code “%1”</source>
        <translation>Kod passasje med ny kode «%1»</translation>
    </message>
</context>
<context>
    <name>UnmatchedModel</name>
    <message>
        <location filename="../../ui/revision_models.py" line="64"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="64"/>
        <source>Turn</source>
        <translation>Replikk</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="64"/>
        <source>Nearest question</source>
        <translation>Nærmeste spørsmål</translation>
    </message>
    <message>
        <location filename="../../ui/revision_models.py" line="64"/>
        <source>Score</source>
        <translation>Likhet</translation>
    </message>
</context>
<context>
    <name>_OpDialog</name>
    <message>
        <location filename="../../ui/feature_refi.py" line="53"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="74"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Avbrutt: ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="76"/>
        <source>Failed: %1</source>
        <translation>Mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="88"/>
        <source>Working…</source>
        <translation>Arbeider …</translation>
    </message>
    <message>
        <location filename="../../ui/feature_refi.py" line="98"/>
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
</context>
</TS>
