<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>CodebookDock</name>
    <message>
        <location filename="../../ui/codebook_dock.py" line="137" />
        <source>Codebook</source>
        <translation>Kodebok</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="138" />
        <location filename="../../ui/codebook_dock.py" line="204" />
        <source>New code</source>
        <translation>Ny kode</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="138" />
        <source>Add a top-level code</source>
        <translation>Legg til en kode på øverste nivå</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="139" />
        <source>New sub-code</source>
        <translation>Ny underkode</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="139" />
        <source>Add a code under the selected code</source>
        <translation>Legg til en kode under den valgte koden</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="140" />
        <source>Rename…</source>
        <translation>Gi nytt navn …</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="140" />
        <source>Rename the selected code</source>
        <translation>Gi den valgte koden nytt navn</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="141" />
        <source>Colour…</source>
        <translation>Farge …</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="141" />
        <source>Choose the selected code's colour</source>
        <translation>Velg fargen til den valgte koden</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="142" />
        <source>Describe…</source>
        <translation>Beskriv …</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="142" />
        <source>Write what the code means and when to use it</source>
        <translation>Skriv hva koden betyr og når den skal brukes</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="143" />
        <source>Shortcut key…</source>
        <translation>Hurtigtast …</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="143" />
        <source>Code with this code by pressing 1–9</source>
        <translation>Kod med denne koden ved å trykke 1–9</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="144" />
        <source>Merge into…</source>
        <translation>Slå sammen med …</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="144" />
        <source>Move its codings and sub-codes to another code</source>
        <translation>Flytt kodingene og underkodene til en annen kode</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="145" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="145" />
        <source>Delete the selected code (asks first)</source>
        <translation>Slett den valgte koden (spør først)</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="204" />
        <source>Name of the new code:</source>
        <translation>Navnet på den nye koden:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="217" />
        <source>Rename code</source>
        <translation>Gi kode nytt navn</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="217" />
        <source>New name:</source>
        <translation>Nytt navn:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="226" />
        <source>Colour of the code</source>
        <translation>Kodens farge</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="234" />
        <source>Describe code</source>
        <translation>Beskriv kode</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="235" />
        <source>What the code means and when to use it:</source>
        <translation>Hva koden betyr og når den skal brukes:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="244" />
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="246" />
        <source>Shortcut key</source>
        <translation>Hurtigtast</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="246" />
        <source>Key:</source>
        <translation>Tast:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="260" />
        <source>Merge code</source>
        <translation>Slå sammen kode</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="261" />
        <source>Merge “%1” into:</source>
        <translation>Slå «%1» sammen med:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="273" />
        <source>Delete the code “%1” and its sub-codes?</source>
        <translation>Slette koden «%1» og underkodene?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook_dock.py" line="275" />
        <source>%n coding(s) will be deleted with it (you can undo this).</source>
        <translation><numerusform>%n koding blir slettet med den (du kan angre).</numerusform><numerusform>%n kodinger blir slettet med den (du kan angre).</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/codebook_dock.py" line="276" />
        <source>Delete code</source>
        <translation>Slett kode</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../ui/codebook_model.py" line="30" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="30" />
        <source>Here</source>
        <translation>Her</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="30" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../ui/coding_actions.py" line="59" />
        <source>Code selection with…</source>
        <translation>Kod utvalget med …</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="59" />
        <source>Find a code by typing (Ctrl+K); Enter codes the selection</source>
        <translation>Finn en kode ved å skrive (Ctrl+K); Enter koder utvalget</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="60" />
        <source>Code selection with selected code</source>
        <translation>Kod utvalget med valgt kode</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="60" />
        <source>Code the selection with the code selected in the codebook</source>
        <translation>Kod utvalget med koden som er valgt i kodeboka</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="62" />
        <source>Code in vivo</source>
        <translation>Kod in vivo</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="62" />
        <source>Make the selected words a new code and code them with it</source>
        <translation>Gjør de merkede ordene til en ny kode og kod dem med den</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="63" />
        <source>Remove coding</source>
        <translation>Fjern koding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="63" />
        <source>Remove the selected coding</source>
        <translation>Fjern den valgte kodingen</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="64" />
        <source>Change code of coding…</source>
        <translation>Bytt kode på koding …</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="64" />
        <source>Give the selected coding another code</source>
        <translation>Gi den valgte kodingen en annen kode</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="65" />
        <source>Set coding to selection</source>
        <translation>Sett kodingen til utvalget</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="65" />
        <source>Widen or narrow the selected coding to the text selected now</source>
        <translation>Utvid eller innskrenk den valgte kodingen til teksten som er merket nå</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="67" />
        <source>Memo…</source>
        <translation>Notat …</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="67" />
        <source>Write a memo on the selected coding</source>
        <translation>Skriv et notat om den valgte kodingen</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="89" />
        <source>Open a transcript first</source>
        <translation>Åpne et transkript først</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="92" />
        <source>Select a passage of the transcript first</source>
        <translation>Merk et avsnitt i transkriptet først</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="97" />
        <source>Add a coder in the toolbar first: every coding has one</source>
        <translation>Legg først til en koder i verktøylinjen: hver koding har en</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="104" />
        <source>Click a coding's stripe (or put the cursor in a coded passage) first</source>
        <translation>Klikk først på stripen til en koding (eller sett markøren i et kodet avsnitt)</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="121" />
        <source>Select a code in the codebook first</source>
        <translation>Velg en kode i kodeboka først</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="128" />
        <source>No code has the shortcut %1</source>
        <translation>Ingen kode har hurtigtasten %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coding_actions.py" line="169" />
        <source>Code %n result(s) with…</source>
        <translation><numerusform>Kod %n treff med …</numerusform><numerusform>Kod %n treff med …</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="189" />
        <source>Every result is coded with this code already</source>
        <translation>Alle treff er allerede kodet med denne koden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coding_actions.py" line="191" />
        <source>Code %n search result(s) with “%1”</source>
        <translation><numerusform>Kod %n søketreff med «%1»</numerusform><numerusform>Kod %n søketreff med «%1»</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="211" />
        <source>Change the code to…</source>
        <translation>Bytt koden til …</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="218" />
        <source>Click a coding's stripe, then select the new extent of the passage (the stripe stays chosen), then choose this</source>
        <translation>Klikk på stripen til en koding, merk så det nye omfanget av avsnittet (stripen forblir valgt), og velg så dette</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="231" />
        <source>Memo</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="232" />
        <source>Memo on this coding:</source>
        <translation>Notat om denne kodingen:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="33" />
        <source>Import transcripts</source>
        <translation>Importer transkripter</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="35" />
        <source>Add files…</source>
        <translation>Legg til filer …</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="36" />
        <source>Add folder…</source>
        <translation>Legg til mappe …</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="37" />
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="40" />
        <source>No manifest: metadata can be set per file below</source>
        <translation>Uten manifest: metadata kan settes per fil nedenfor</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="41" />
        <source>Manifest…</source>
        <translation>Manifest …</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="42" />
        <source>A CSV or Excel file with one row of metadata per transcript file</source>
        <translation>En CSV- eller Excel-fil med én rad metadata per transkriptfil</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="60" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="63" />
        <location filename="../../ui/import_dialog.py" line="181" />
        <location filename="../../ui/import_dialog.py" line="187" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="94" />
        <source>Transcript files</source>
        <translation>Transkriptfiler</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="95" />
        <source>Transcripts (*.docx *.odt *.rtf *.txt *.md);;All files (*)</source>
        <translation>Transkripter (*.docx *.odt *.rtf *.txt *.md);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="100" />
        <source>Folder of transcripts</source>
        <translation>Mappe med transkripter</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="105" />
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="106" />
        <source>Manifests (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Manifester (*.csv *.tsv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="131" />
        <source>%n file(s) to import.</source>
        <translation><numerusform>%n fil skal importeres.</numerusform><numerusform>%n filer skal importeres.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="132" />
        <source>Add transcript files or a folder of them.</source>
        <translation>Legg til transkriptfiler eller en mappe med dem.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="134" />
        <source>Yellow: matched fuzzily, red: not recognised (hover to see). Double-click a phase or groups cell to correct it.</source>
        <translation>Gult: omtrentlig treff, rødt: ikke gjenkjent (hold musen over for å se). Dobbeltklikk en fase- eller gruppecelle for å rette den.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="157" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="175" />
        <source>%1 imported, %2 skipped, %3 failed.</source>
        <translation>%1 importert, %2 hoppet over, %3 feilet.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="178" />
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>Avbrutt: de resterende filene ble ikke importert.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="23" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="23" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="23" />
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="23" />
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="23" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="24" />
        <source>Ministry</source>
        <translation>Departement</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="24" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="27" />
        <source>exact</source>
        <translation>eksakt</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="27" />
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="27" />
        <source>fuzzy</source>
        <translation>omtrentlig</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="28" />
        <source>not recognised</source>
        <translation>ikke gjenkjent</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="28" />
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="46" />
        <source>Not in the manifest: set phase and groups here</source>
        <translation>Ikke i manifestet: sett fase og grupper her</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="52" />
        <source>Double-click to correct</source>
        <translation>Dobbeltklikk for å rette</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="88" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="88" />
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="88" />
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="88" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="91" />
        <source>imported</source>
        <translation>importert</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="91" />
        <source>imported with warnings</source>
        <translation>importert med advarsler</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="92" />
        <source>skipped</source>
        <translation>hoppet over</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="92" />
        <source>failed</source>
        <translation>feilet</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="93" />
        <source>not imported (cancelled)</source>
        <translation>ikke importert (avbrutt)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;New project…</source>
        <translation>&amp;Nytt prosjekt …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;Open project…</source>
        <translation>&amp;Åpne prosjekt …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>Open the &amp;sample project</source>
        <translation>Åpne &amp;eksempelprosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>&amp;Import transcripts…</source>
        <translation>&amp;Importer transkripter …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>&amp;Close project</source>
        <translation>&amp;Lukk prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>&amp;Find in transcript…</source>
        <translation>&amp;Finn i transkriptet …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Search the whole &amp;project…</source>
        <translation>Søk i hele &amp;prosjektet …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Add coder…</source>
        <translation>Legg til koder …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Other coders</source>
        <translation>Andre kodere</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Whole words</source>
        <translation>Hele ord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>&amp;About Kodeverk</source>
        <translation>&amp;Om Kodeverk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Show the codings of the other coders too</source>
        <translation>Vis også de andre kodernes kodinger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source>Widen selections to whole words when coding</source>
        <translation>Utvid merkingen til hele ord ved koding</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>Add a person who codes</source>
        <translation>Legg til en person som koder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>Import Word, ODT, RTF, text or Markdown transcripts</source>
        <translation>Importer transkripter i Word, ODT, RTF, tekst eller Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>&amp;Coding</source>
        <translation>&amp;Koding</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>Coder:</source>
        <translation>Koder:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130" />
        <source>Your codings are stored under this coder</source>
        <translation>Kodingene dine lagres under denne koderen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143" />
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <source>Cannot open the project</source>
        <translation>Kan ikke åpne prosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205" />
        <source>Cannot create the project</source>
        <translation>Kan ikke opprette prosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236" />
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Coding as %1</source>
        <translation>Koder som %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247" />
        <source>No coder yet: add one in the toolbar</source>
        <translation>Ingen koder ennå: legg til en i verktøylinjen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>my-project.kodeverk</source>
        <translation>mitt-prosjekt.kodeverk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273" />
        <source>Open project</source>
        <translation>Åpne prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274" />
        <source>Kodeverk projects (*.kodeverk);;All files (*)</source>
        <translation>Kodeverk-prosjekter (*.kodeverk);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>Building the sample project…</source>
        <translation>Bygger eksempelprosjektet …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>Cannot build the sample project</source>
        <translation>Kan ikke bygge eksempelprosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330" />
        <source>Add coder</source>
        <translation>Legg til koder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330" />
        <source>Name of the coder:</source>
        <translation>Koderens navn:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355" />
        <source>About Kodeverk</source>
        <translation>Om Kodeverk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356" />
        <source>Kodeverk %1: qualitative coding of interview transcripts.</source>
        <translation>Kodeverk %1: kvalitativ koding av intervjutranskripter.</translation>
    </message>
</context>
<context>
    <name>NavigatorDock</name>
    <message>
        <location filename="../../ui/docks.py" line="55" />
        <source>Transcripts</source>
        <translation>Transkripter</translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="56" />
        <source>Filter by name, informant or role</source>
        <translation>Filtrer på navn, informant eller rolle</translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="57" />
        <source>Show only transcripts whose name, informant or role contains this</source>
        <translation>Vis bare transkripter der navn, informant eller rolle inneholder dette</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../ui/navigator_model.py" line="27" />
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="27" />
        <source>Codings</source>
        <translation>Kodinger</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="27" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="53" />
        <source>(no phase)</source>
        <translation>(ingen fase)</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="53" />
        <source>(no group)</source>
        <translation>(ingen gruppe)</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="63" />
        <source>Informant: %1</source>
        <translation>Informant: %1</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="64" />
        <source>Ministry: %1</source>
        <translation>Departement: %1</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="65" />
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/navigator_model.py" line="66" />
        <source>%1 words, %2 codings</source>
        <translation>%1 ord, %2 kodinger</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/start_page.py" line="113" />
        <location filename="../../ui/start_page.py" line="120" />
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="114" />
        <source>Project file:</source>
        <translation>Prosjektfil:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="115" />
        <source>Codebook:</source>
        <translation>Kodebok:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="116" />
        <source>The core-group evaluation's model (kjernegrupper)</source>
        <translation>Analysemodellen fra evalueringen av kjernegruppene</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="117" />
        <source>Empty codebook</source>
        <translation>Tom kodebok</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="121" />
        <source>Kodeverk projects (*.kodeverk)</source>
        <translation>Kodeverk-prosjekter (*.kodeverk)</translation>
    </message>
</context>
<context>
    <name>PickerModel</name>
    <message>
        <location filename="../../ui/quick_picker.py" line="29" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/quick_picker.py" line="42" />
        <source>Create code “%1”</source>
        <translation>Opprett koden «%1»</translation>
    </message>
</context>
<context>
    <name>QuickPicker</name>
    <message>
        <location filename="../../ui/quick_picker.py" line="86" />
        <source>Code the selection with…</source>
        <translation>Kod utvalget med …</translation>
    </message>
    <message>
        <location filename="../../ui/quick_picker.py" line="87" />
        <source>Type part of a code's name or description</source>
        <translation>Skriv en del av kodens navn eller beskrivelse</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="80" />
        <location filename="../../ui/search_panel.py" line="86" />
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="81" />
        <source>Words to find</source>
        <translation>Ord å finne</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="82" />
        <source>Fuzzy</source>
        <translation>Omtrentlig</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="83" />
        <source>Also find misspellings and words written without æ, ø, å</source>
        <translation>Finn også feilstavinger og ord skrevet uten æ, ø, å</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="84" />
        <source>This transcript</source>
        <translation>Dette transkriptet</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="85" />
        <source>Whole project</source>
        <translation>Hele prosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="87" />
        <source>Code all results…</source>
        <translation>Kod alle treff …</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="88" />
        <source>Code every result with one code (one step to undo)</source>
        <translation>Kod alle treff med én kode (ett steg å angre)</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="112" />
        <source>Open a transcript first, or search the whole project</source>
        <translation>Åpne et transkript først, eller søk i hele prosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="116" />
        <source>Searching…</source>
        <translation>Søker …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="126" />
        <source>%n result(s)</source>
        <translation><numerusform>%n treff</numerusform><numerusform>%n treff</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="127" />
        <source>in %n transcript(s)</source>
        <translation><numerusform>i %n transkript</numerusform><numerusform>i %n transkripter</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/search_model.py" line="18" />
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="18" />
        <source>Context</source>
        <translation>Sammenheng</translation>
    </message>
    <message>
        <location filename="../../ui/search_model.py" line="18" />
        <source>Match</source>
        <translation>Treff</translation>
    </message>
</context>
<context>
    <name>SegmentsDock</name>
    <message>
        <location filename="../../ui/docks.py" line="130" />
        <source>Coded segments</source>
        <translation>Kodede utdrag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/docks.py" line="141" />
        <source>%n segment(s) coded with “%1” (with sub-codes)</source>
        <translation><numerusform>%n utdrag kodet med «%1» (med underkoder)</numerusform><numerusform>%n utdrag kodet med «%1» (med underkoder)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/docks.py" line="144" />
        <source>%n segment(s) in this transcript; choose a code to see its segments</source>
        <translation><numerusform>%n utdrag i dette transkriptet; velg en kode for å se dens utdrag</numerusform><numerusform>%n utdrag i dette transkriptet; velg en kode for å se dens utdrag</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/docks.py" line="146" />
        <source>Choose a code or a transcript to see its coded segments</source>
        <translation>Velg en kode eller et transkript for å se de kodede utdragene</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../../ui/segments_model.py" line="25" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25" />
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25" />
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="25" />
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="26" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/segments_model.py" line="38" />
        <source>Memo: %1</source>
        <translation>Notat: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="33" />
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34" />
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35" />
        <source>Widen selections to whole words when coding</source>
        <translation>Utvid merkingen til hele ord ved koding</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="65" />
        <source>Code interview transcripts together with your team. Every change is stored at once; there is nothing to save.</source>
        <translation>Kod intervjutranskripter sammen med teamet ditt. Hver endring lagres med en gang; det er ingenting å lagre.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="67" />
        <source>New project…</source>
        <translation>Nytt prosjekt …</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="68" />
        <source>Open project…</source>
        <translation>Åpne prosjekt …</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="69" />
        <source>Open the sample project</source>
        <translation>Åpne eksempelprosjektet</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="70" />
        <source>Ten invented interviews, coded by two coders, to try things on</source>
        <translation>Ti oppdiktede intervjuer, kodet av to kodere, å prøve ting på</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="71" />
        <source>Recent projects (double-click or Enter to open)</source>
        <translation>Nylige prosjekter (dobbeltklikk eller Enter for å åpne)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../ui/transcript_view.py" line="233" />
        <source>Coder: %1</source>
        <translation>Koder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/transcript_view.py" line="235" />
        <source>Memo: %1</source>
        <translation>Notat: %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../ui/coding_actions.py" line="209" />
        <source>Change code of coding</source>
        <translation>Bytt kode på koding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="223" />
        <source>Change extent of coding</source>
        <translation>Endre omfanget av koding</translation>
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="236" />
        <source>Edit memo</source>
        <translation>Rediger notat</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="62" />
        <source>Code passage with “%1”</source>
        <translation>Kod avsnitt med «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="82" />
        <source>Remove coding</source>
        <translation>Fjern koding</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="120" />
        <source>Add code “%1”</source>
        <translation>Legg til koden «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="146" />
        <source>Rename code “%1”</source>
        <translation>Gi koden «%1» nytt navn</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="170" />
        <source>Recolour code “%1”</source>
        <translation>Bytt farge på koden «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="179" />
        <source>Describe code “%1”</source>
        <translation>Beskriv koden «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="185" />
        <source>Set shortcut of “%1”</source>
        <translation>Sett hurtigtast for «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="202" />
        <source>Move code “%1”</source>
        <translation>Flytt koden «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="215" />
        <source>Delete code “%1”</source>
        <translation>Slett koden «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="230" />
        <source>Merge “%1” into “%2”</source>
        <translation>Slå «%1» sammen med «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="283" />
        <source>Code passage with new code “%1”</source>
        <translation>Kod avsnitt med ny kode «%1»</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <location filename="../../ui/project_view.py" line="125" />
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
</context>
</TS>