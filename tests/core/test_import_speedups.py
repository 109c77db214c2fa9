"""The fast paths of the importer do exactly what the plain code did.

Word counts and near-duplicate fingerprints are computed with numpy over the
text's bytes; manifest rows are looked up through an index; transcripts,
informants and turns are written with Core inserts. These tests hold each
fast path to the straightforward definition, including the odd inputs.
"""

from __future__ import annotations

import random
import sys
import zlib
from pathlib import Path

import pytest

from kodeverk.errors import KodeverkError
from kodeverk.importing.manifest import read_manifest
from kodeverk.importing.report import Status
from kodeverk.importing.service import ImportOptions, import_files
from kodeverk.importing.similarity import Fingerprints, fingerprint, similarity, text_prints
from kodeverk.project import Project
from kodeverk.services.info import project_summary
from kodeverk.services.transcripts import list_transcripts, transcript_turns
from kodeverk.storage import people

WHITESPACE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
ODD = ["a", "B", "æ", "Ø", "Å", "À", "×", "Þ", "ß", "😀", "e\u0301", "\u2013", "\u2019", "«", "€", "İ", "\u200b",
       "\u3001", "\u0100", "\x00", "Ω", "\ud800"]


def plain_fingerprint(text: str) -> frozenset[int]:
    """The fingerprint word by word in plain Python integers: the reference for the numpy code."""
    words = text.casefold().split()
    if len(words) < 5:
        return frozenset({zlib.crc32(" ".join(words).encode())}) if words else frozenset()
    modulus = 2**64
    p, q = 0x100000001B3, 0x9E3779B97F4A7C15
    hashes = [sum(byte * pow(p, k, modulus) for k, byte in enumerate(w.encode("utf-8"))) % modulus for w in words]

    def mixed(shingle: list[int]) -> int:
        value = 0
        for word in shingle:
            value = (value * q + word) % modulus
        value ^= value >> 30
        value = value * 0xBF58476D1CE4E5B9 % modulus
        value ^= value >> 27
        value = value * 0x94D049BB133111EB % modulus
        value ^= value >> 31
        return value - modulus if value >= 2**63 else value

    sample = {i for i in range(len(hashes) - 4) if hashes[i] * q % modulus >> 61 == 0}
    if len(hashes) - 4 < 1024:  # a short text keeps every shingle, the lowest bit saying whether in the sample
        return frozenset((mixed(hashes[i:i + 5]) | 1) ^ (i not in sample) for i in range(len(hashes) - 4))
    return frozenset(mixed(hashes[i:i + 5]) | 1 for i in sorted(sample))


def test_word_count_is_exactly_str_split_for_every_kind_of_whitespace() -> None:
    rng = random.Random(7)
    alphabet = WHITESPACE + ODD
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert text_prints(text)[0] == len(text.split()), repr(text)
    assert text_prints("")[0] == 0 and text_prints(" \u3000\u00a0\n")[0] == 0
    assert text_prints("ord\u2003ord\u00a0ord\u202fslutt")[0] == 4


def test_fingerprint_equals_the_word_by_word_definition_on_norwegian_text() -> None:
    rng = random.Random(11)
    vocabulary = ("Intervjuer: Informant: I: R: ja nei Æ Ø Å æøå ÆRE være SAMORDNING samordning Sekretariatet "
                  "– ’ « » 😀 e\u0301 x\u00a0y KUBU, [00:12:31] 2021 2022 É À Þ þ × ÷ ja.").split(" ")
    for _ in range(1000):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 300)))
        assert fingerprint(text) == plain_fingerprint(text), text


def test_fingerprint_folds_norwegian_letters_to_lower_case() -> None:
    text = "Vi har jobbet med samordning på tvers av sektorer i mange år nå, og det har gått bra."
    assert fingerprint(text.upper()) == fingerprint(text) == plain_fingerprint(text)
    assert fingerprint("ÆØÅ ære") == fingerprint("æøå ÆRE")


def _long_text(rng: random.Random, words: int) -> str:
    vocabulary = "samordning kjernegruppe departement sekretariatet mandatet forankring tiltak møte barn klima".split()
    return " ".join(rng.choice(vocabulary) + str(rng.randint(0, 99)) for _ in range(words))


def test_a_long_text_keeps_a_sample_of_an_eighth_drawn_from_every_kind_of_word() -> None:
    from kodeverk.importing.similarity import _SAMPLE_FROM

    rng = random.Random(19)
    text = _long_text(rng, 3 * _SAMPLE_FROM) + " " + " ".join(rng.choice(("i", "og", "på", "å", "er")) for _ in range(500))
    prints = fingerprint(text)
    assert prints == plain_fingerprint(text)
    assert all(value & 1 for value in prints)  # every one in the sample
    shingles = len(text.split()) - 4
    assert 0.08 < len(prints) / shingles < 0.2  # an eighth, give or take the repeated words
    # A one- or two-letter word is in the sample no more often than a long one (its own hash is small).
    in_sample = [bool(next(iter(fingerprint(f"{word} a b c d"))) & 1) for word in ("i", "og", "på", "å", "er", "vi")]
    assert in_sample.count(True) <= 3


def test_a_short_text_keeps_every_shingle_and_a_one_word_change_is_measured_exactly() -> None:
    rng = random.Random(23)
    words = _long_text(rng, 200).split()
    changed = list(words)
    changed[100] = "endret"
    mine, theirs = text_prints(" ".join(words))[1], text_prints(" ".join(changed))[1]
    assert mine.size == 196 and theirs.size == 196  # every 5-word shingle
    assert similarity(mine, theirs) == (196 - 5) / (196 + 5)


def test_a_text_just_short_enough_to_keep_everything_is_compared_with_a_near_copy_that_is_sampled() -> None:
    from kodeverk.importing.similarity import _SAMPLE_FROM

    rng = random.Random(29)
    words = _long_text(rng, _SAMPLE_FROM - 40).split()
    longer = words + _long_text(rng, 90).split()  # 50 shingles past the limit: sampled
    short_prints, long_prints = text_prints(" ".join(words))[1], text_prints(" ".join(longer))[1]
    assert not all(short_prints & 1) and all(long_prints & 1)
    assert similarity(short_prints, long_prints) == similarity(long_prints, short_prints) >= 0.85
    known = Fingerprints()
    known.add("kort", " ".join(words))
    found = known.nearest(" ".join(longer))
    assert found is not None and found[0] == "kort"
    known = Fingerprints()
    known.add("lang", " ".join(longer))
    found = known.nearest(" ".join(words))
    assert found is not None and found[0] == "lang"


def test_near_duplicates_are_found_among_many_texts_and_others_are_not() -> None:
    rng = random.Random(3)
    known = Fingerprints()
    texts = {f"T{i}": _long_text(rng, 3000) for i in range(60)}
    for name, text in texts.items():
        known.add(name, text)
    words = texts["T17"].split()
    for index in range(0, len(words), 150):  # a revised copy: one word in 150 changed
        words[index] = "endret"
    found = known.nearest(" ".join(words))
    assert found is not None and found[0] == "T17" and found[1] >= 0.8
    assert known.nearest(_long_text(rng, 3000)) is None
    short = "Intervjuer: Hva skjedde? Informant: Vi møttes hver uke og delte informasjon om tiltakene."
    known.add("short", short)
    assert known.nearest(short) == ("short", 1.0)
    assert known.nearest("") is None


def test_row_for_on_a_large_manifest(tmp_path: Path) -> None:
    rows = [f"mappe{i % 3}/intervju-{i:04d}.docx;P-{i:04d}" for i in range(2000)]
    rows.append("felles.docx;A")
    rows.append("undermappe/felles.txt;B")
    path = tmp_path / "m.csv"
    path.write_text("fil;informant\n" + "\n".join(rows) + "\n", encoding="utf-8")
    manifest = read_manifest(path)
    assert manifest.row_for("intervju-1999.docx").informant == "P-1999"
    assert manifest.row_for("INTERVJU-0042").informant == "P-0042"
    assert manifest.row_for("/x/mappe1/intervju-0001.docx").informant == "P-0001"
    assert manifest.row_for("intervju-0001.txt") is None
    assert manifest.row_for("felles.docx").informant == "A"
    assert manifest.row_for("felles.txt").informant == "B"
    with pytest.raises(KodeverkError, match="rows"):
        manifest.row_for("felles")


def test_a_failure_after_a_new_informant_leaves_no_informant_and_no_name(project: Project, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import kodeverk.storage.import_rows as store

    (tmp_path / "a.txt").write_text("Intervjuer: Hei?\nInformant: Hei, vi samarbeider godt.\n", encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("fil;informant;departement;ekte navn;kjønn\na.txt;K1-01;BFD;Kari Nordmann;k\n",
                        encoding="utf-8")

    def explode(session, transcript_id, turns):
        raise KodeverkError("simulated failure after the transcript row")

    monkeypatch.setattr(store, "insert_turns", explode)
    report = import_files(project, [tmp_path / "a.txt"], ImportOptions(manifest=manifest))
    assert report.outcomes[0].status is Status.FAILED
    summary = project_summary(project)
    assert summary["transcripts"] == 0 and summary["informants"] == 0
    with project.reading() as session:
        assert people.all_person_names(session) == []


def test_stored_rows_match_what_was_read(project: Project, tmp_path: Path) -> None:
    text = ("Intervjuer: Hvordan gikk det? 😀\n"
            "Informant: Bra, e\u0301n gang til – vi møttes.\n"
            "Intervjuer: Og så?\n"
            "Informant: Så delte vi informasjon.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("fil;fase;kjernegruppe;informant;departement;rolle;ekte navn;kjønn;dato\n"
                        "a.txt;Fase 2;KUBU|VA;K2-01;Barne- og familiedepartementet;departementsråd;"
                        "Kari Nordmann;k;2023-05-04\n", encoding="utf-8")
    report = import_files(project, [tmp_path / "a.txt"], ImportOptions(manifest=manifest))
    assert report.outcomes[0].status is Status.IMPORTED, report.outcomes[0].warnings
    [row] = list_transcripts(project)
    assert (row.phase, set(row.groups), row.informant, row.words, row.turns, str(row.interview_date)) == \
        ("Fase 2", {"KUBU", "VA"}, "K2-01", len(text.split()), 4, "2023-05-04")
    turns = transcript_turns(project, row.id)
    assert [t.speaker for t in turns] == ["Intervjuer", "Informant", "Intervjuer", "Informant"]
    assert [t.is_interviewer for t in turns] == [True, False, True, False]
    with project.reading() as session:
        informant = people.informant_by_pseudonym(session, "K2-01")
        assert (informant.ministry, informant.role, informant.real_name, informant.uuid is not None) == \
            ("BFD", "departementsråd", "Kari Nordmann", True)
        assert {a.key: a.value for a in informant.attributes} == {"kjønn": "k"}
        assert [p.name for p in people.all_person_names(session)] == ["Kari Nordmann"]
    again = import_files(project, [tmp_path / "a.txt"], ImportOptions(manifest=manifest))
    assert again.outcomes[0].status is Status.SKIPPED and "'a'" in again.outcomes[0].message


def test_driver_cursor_and_portable_path_store_the_same_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    import kodeverk.storage.import_rows as import_rows

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Intervjuer: Hei?\nInformant: Hei 😀, vi e\u0301r her.\nIntervjuer: Takk.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("I: Ja?\nR: Nei.\n", encoding="utf-8")
    (folder / "m.csv").write_text("fil;fase;kjernegruppe;informant;departement;rolle;ekte navn;personalansvar;kjønn;dato\n"
                                  "a.txt;Fase 1;KUBU|VA;K1-01;BFD;departementsråd;Kari Nordmann;ja;k;2022-03-14\n"
                                  "b.txt;Fase 3;Klima;K3-02;KLD;;;nei;;\n", encoding="utf-8")
    dumps = []
    for fast in (True, False):
        monkeypatch.setattr(import_rows, "use_driver_cursor", fast)
        path = tmp_path / f"p{fast}.kodeverk"
        with Project.create(path) as project:
            report = import_files(project, [folder / "a.txt", folder / "b.txt"],
                                  ImportOptions(manifest=folder / "m.csv"))
            assert [o.status for o in report.outcomes] == [Status.IMPORTED, Status.IMPORTED]
        with sqlite3.connect(path) as connection:
            dump = {}
            for table, leave_out in (("transcript", {"uuid", "imported"}), ("informant", {"uuid"}),
                                     ("turn", set()), ("transcript_group", set()),
                                     ("informant_attribute", set()), ("person_name", set())):
                cursor = connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2")
                names = [d[0] for d in cursor.description]
                dump[table] = [{n: v for n, v in zip(names, row) if n not in leave_out} for row in cursor]
            dump["formats"] = [(len(u), type(i).__name__, len(i)) for u, i in
                               connection.execute("SELECT uuid, imported FROM transcript")]
            dump["turn types"] = connection.execute("SELECT DISTINCT typeof(transcript_id), typeof(start), "
                                                    "typeof(is_interviewer) FROM turn").fetchall()
            dump["text types"] = connection.execute("SELECT typeof(text), length(text), char_count FROM transcript "
                                                    "ORDER BY id").fetchall()
            dump["found"] = connection.execute("SELECT id FROM transcript WHERE text LIKE '%😀, vi é%'").fetchall()
        dumps.append(dump)
    assert dumps[0] == dumps[1]
    assert dumps[0]["transcript"][0]["interview_date"] == "2022-03-14"
    assert dumps[0]["informant"][0]["is_manager"] == 1 and dumps[0]["informant"][1]["is_manager"] == 0
    assert [(t["transcript_id"], t["speaker"], t["is_interviewer"]) for t in dumps[0]["turn"]] == [
        (1, "Intervjuer", 1), (1, "Informant", 0), (1, "Intervjuer", 1), (2, "I", 1), (2, "R", 0)]
    assert dumps[0]["turn types"] == [("integer", "integer", "integer")]
    # the text, sent as UTF-8 bytes on the fast path, is stored as text: SQLite counts its characters
    assert [kind for kind, _length, _chars in dumps[0]["text types"]] == ["text", "text"]
    assert all(length == chars for _kind, length, chars in dumps[0]["text types"])
    assert dumps[0]["found"] == [(1,)]


def test_assembling_a_document_in_normal_form_skips_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from kodeverk.importing.readers import Paragraph
    from kodeverk.text import turns

    rng = random.Random(5)
    pieces = ["Intervjuer:", "Informant:", "I:", " ", "\n", "ja", "Å", "a\u030a", "e\u0301", "😀", "\r\n", "\u00ad",
              "\u200b", "\ufeff", "\u2028", "[00:12:31]", "K3-07:", "?", ".", "\t"]
    for _ in range(400):
        paragraphs = []
        for _ in range(rng.randint(1, 8)):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
            bold = text[:rng.randint(0, len(text))] if rng.random() < 0.5 else ""
            paragraphs.append(Paragraph(text, bold))
        quick = turns.assemble(paragraphs)
        with monkeypatch.context() as patched:
            patched.setattr(turns, "is_normalised", lambda text: False)  # normalise every paragraph
            assert turns.assemble(paragraphs) == quick, paragraphs


def test_worker_processes_prepare_files_as_this_process_does(tmp_path: Path) -> None:
    from kodeverk.importing.prepare import prepare_file, prepared_files

    files = []
    for index in range(6):
        path = tmp_path / f"t{index}.txt"
        path.write_text(f"Intervjuer: Nummer {index}?\nInformant: Ja, æøå 😀 e\u0301.\n", encoding="utf-8")
        files.append(path)
    files.append(tmp_path / "missing.txt")
    with prepared_files(files, workers=2) as results:
        parallel = list(results)
    alone = [prepare_file(path) for path in files]
    assert [p.path for p in parallel] == files
    for mine, theirs in zip(parallel, alone):
        assert (mine.error, mine.text, mine.sha256, mine.words, mine.turns, mine.warnings, mine.data) == \
            (theirs.error, theirs.text, theirs.sha256, theirs.words, theirs.turns, theirs.warnings, theirs.data)
        assert (mine.prints is None and theirs.prints is None) or (mine.prints == theirs.prints).all()
    assert parallel[-1].error is not None


def test_a_near_duplicate_of_a_transcript_imported_earlier_is_reported(project: Project, tmp_path: Path) -> None:
    rng = random.Random(9)
    text = "\n".join(f"Intervjuer: Spørsmål {i}?\nInformant: {_long_text(rng, 60)}." for i in range(20))
    (tmp_path / "first.txt").write_text(text, encoding="utf-8")
    assert import_files(project, [tmp_path / "first.txt"]).outcomes[0].status is Status.IMPORTED
    (tmp_path / "revised.txt").write_text(text.replace("Spørsmål 3?", "Spørsmål tre?"), encoding="utf-8")
    outcome = import_files(project, [tmp_path / "revised.txt"]).outcomes[0]
    assert outcome.status is Status.WARNING
    assert any("nearly the same text as 'first'" in w for w in outcome.warnings)


def test_when_worker_processes_cannot_start_the_files_are_prepared_here(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from kodeverk.importing.prepare import prepared_files

    def broken(self, *args, **kwargs):
        raise BrokenProcessPool("cannot start")

    monkeypatch.setattr(ProcessPoolExecutor, "submit", broken)
    files = []
    for index in range(5):
        files.append(tmp_path / f"t{index}.txt")
        files[-1].write_text(f"I: {index}?\nR: Ja.\n", encoding="utf-8")
    with prepared_files(files, workers=2) as results:
        prepared = list(results)
    assert [p.path for p in prepared] == files and all(p.error is None and p.words == 4 for p in prepared)


def test_is_normalised_is_exactly_whether_normalising_changes_the_text() -> None:
    from kodeverk.text.normalise import is_normalised, normalise_text

    rng = random.Random(13)
    pieces = ["a", "å", "a\u030a", "\r", "\r\n", "\ufeff", "\u00ad", "\u200b", "\u200d", "\u2060", "\u2028", "\x85",
              "\xff", "\u2019", "😀", "e\u0301", "é", "\n", "\u212b", "\u1100\u1161", "\u0301"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert is_normalised(text) == (normalise_text(text) == text), repr(text)


def test_the_driver_cursor_follows_the_session_from_one_transaction_to_the_next(project: Project) -> None:
    import kodeverk.storage.import_rows as import_rows
    from kodeverk.storage.models import Informant

    with project.transaction() as session:
        first = import_rows.insert_informant(session, {"pseudonym": "A"}, {})
        session.commit()  # a new transaction, perhaps on another connection
        second = import_rows.insert_informant(session, {"pseudonym": "B"}, {"rolle": "x"})
        session.rollback()
        third = import_rows.insert_informant(session, {"pseudonym": "C"}, {})
    with project.reading() as session:
        assert sorted(i.pseudonym for i in session.query(Informant)) == ["A", "C"]
    assert len({first, third}) == 2 and second


def test_files_no_worker_has_begun_are_prepared_here_in_order(tmp_path: Path) -> None:
    from concurrent.futures import Future

    from kodeverk.importing import prepare

    class IdlePool:
        """Workers that never start: every submitted chunk stays pending (and can be taken back)."""

        def __init__(self) -> None:
            self.submitted: list[Future] = []

        def submit(self, function, *args):
            future: Future = Future()
            self.submitted.append(future)
            return future

    files = []
    for index in range(23):
        files.append(tmp_path / f"t{index:02d}.txt")
        files[-1].write_text(f"I: Nummer {index}?\nR: Ja.\n", encoding="utf-8")
    pool = IdlePool()
    prepared = list(prepare._Ordered(pool, files, window=8))  # type: ignore[arg-type]
    assert [p.path for p in prepared] == files
    assert all(p.error is None and f"Nummer {i}?" in p.text for i, p in enumerate(prepared))
    assert pool.submitted and all(f.cancelled() for f in pool.submitted)


def test_results_of_workers_and_of_this_process_interleave_in_order(tmp_path: Path) -> None:
    from concurrent.futures import Future

    from kodeverk.importing import prepare

    class HalfPool:
        """Every other chunk is done by a 'worker' at once; the rest never start."""

        def __init__(self) -> None:
            self.count = 0

        def submit(self, function, *args):
            future: Future = Future()
            self.count += 1
            if self.count % 2:
                future.set_running_or_notify_cancel()
                future.set_result(function(*args))
            return future

    files = []
    for index in range(30):
        files.append(tmp_path / f"t{index:02d}.txt")
        files[-1].write_text(f"I: Nummer {index}?\nR: Ja.\n", encoding="utf-8")
    prepared = list(prepare._Ordered(HalfPool(), files, window=8))  # type: ignore[arg-type]
    assert [p.path for p in prepared] == files


def test_worker_processes_keep_freed_memory_where_the_c_library_allows() -> None:
    import platform
    from concurrent.futures import ProcessPoolExecutor

    from kodeverk.importing import heap, prepare

    expected = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"
    with ProcessPoolExecutor(1, mp_context=prepare._context()) as pool:
        assert pool.submit(heap.keep_freed_memory).result() is expected


_FAULTS = """
import resource, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from corpus import write_corpus
from kodeverk.importing.heap import freed_memory_kept
from kodeverk.importing.prepare import prepare_file
folder = Path(sys.argv[2])
write_corpus(folder, 1, 10_000)
[path] = folder.glob("*.docx")
def faults(times):
    for _ in range(3):
        prepare_file(path)  # warm up
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(times):
        prepare_file(path)
    return (resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before) / times
plain = faults(10)
with freed_memory_kept() as kept:
    during = faults(10)
after = faults(10)
print(kept, plain, during, after)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="page faults counted as Linux counts them")
def test_while_importing_a_file_does_not_fault_its_memory_in_again(tmp_path: Path) -> None:
    """Page faults, not time: a 10 000-word .docx reuses the memory the previous one freed."""
    import platform
    import subprocess

    benchmarks = Path(__file__).resolve().parents[2] / "benchmarks"
    output = subprocess.run([sys.executable, "-c", _FAULTS, str(benchmarks), str(tmp_path / "c")],
                            capture_output=True, text=True, check=True).stdout.split()
    kept, plain, during, after = output[0] == "True", *map(float, output[1:])
    assert kept is (platform.libc_ver()[0] == "glibc")
    if kept:
        assert during < 30 < plain  # without: some 300 a file
        assert after > 2 * during  # glibc's defaults are back once the import ends


def test_word_count_and_prints_with_wide_spaces_at_the_very_end() -> None:
    for tail in ("\u00a0", "\u3000", "\u2028", "\x85", "\u202f", "ord\u00a0", "ord\u205f"):
        for text in ("ja nei\u00a0ja nei ja nei" + tail, tail, "ÆØÅ " + tail, "a b c d e f" + tail):
            assert text_prints(text)[0] == len(text.split()), repr(text)
            assert fingerprint(text) == plain_fingerprint(text), repr(text)


def test_objects_alive_before_an_import_are_frozen_during_it_and_thawed_after(project: Project,
                                                                              tmp_path: Path) -> None:
    import gc

    for index in range(3):
        (tmp_path / f"t{index}.txt").write_text(f"I: Nummer {index}?\nR: Ja.\n", encoding="utf-8")
    before = gc.get_freeze_count()
    during = []
    report = import_files(project, [tmp_path], progress=lambda *_: during.append(gc.get_freeze_count()))
    assert [o.status for o in report.outcomes] == [Status.IMPORTED] * 3
    assert len(during) == 4 and min(during[:3]) > before  # the last call: the import is over
    assert gc.get_freeze_count() == before and gc.isenabled()
    with pytest.raises(KodeverkError):
        import_files(project, [tmp_path], ImportOptions(manifest=tmp_path / "missing.csv"))
    assert gc.get_freeze_count() == before


def test_how_many_worker_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    from kodeverk.importing import prepare

    many, few = [Path(f"f{i}.docx") for i in range(prepare.PARALLEL_FROM)], [Path("a.docx")]
    for cores, expected in ((1, 0), (2, 1), (4, 3), (32, 8), (None, 0)):
        monkeypatch.setattr(prepare.os, "cpu_count", lambda cores=cores: cores)
        assert prepare._worker_count(many, None) == expected  # this process is the other core's worker
        assert prepare._worker_count(few, None) == 0
    assert [prepare._worker_count(few, n) for n in (0, 1, 2, 5)] == [0, 0, 2, 5]


def test_one_worker_process_and_this_process_share_a_batch_in_order(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from kodeverk.importing import prepare

    files = []
    for index in range(30):
        files.append(tmp_path / f"t{index:02d}.txt")
        files[-1].write_text(f"I: Nummer {index}?\nR: Ja, æøå 😀.\n", encoding="utf-8")
    monkeypatch.setattr(prepare, "_worker_count", lambda files, workers: 1)  # one worker process, as on two cores
    with prepare.prepared_files(files) as results:
        shared = list(results)
    prepare_file = prepare.prepare_file
    assert [p.path for p in shared] == files
    assert [(p.text, p.turns, p.words) for p in shared] == [(q.text, q.turns, q.words) for q in map(prepare_file, files)]


def test_workers_are_forked_only_from_a_plain_single_threaded_program_on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from kodeverk.importing import prepare

    monkeypatch.setattr(prepare.threading, "active_count", lambda: 1)
    monkeypatch.setattr(prepare.sys, "platform", "linux")
    monkeypatch.delitem(sys.modules, "PySide6", raising=False)
    assert prepare._can_fork() and prepare._context().get_start_method() == "fork"
    monkeypatch.setitem(sys.modules, "PySide6", sys)  # a Qt app: never fork it
    assert not prepare._can_fork() and prepare._context().get_start_method() != "fork"
    monkeypatch.delitem(sys.modules, "PySide6")
    monkeypatch.setattr(prepare.threading, "active_count", lambda: 2)  # another thread could hold a lock
    assert not prepare._can_fork()
    monkeypatch.setattr(prepare.threading, "active_count", threading.active_count)
    monkeypatch.setattr(prepare.sys, "platform", "darwin")
    assert not prepare._can_fork()


@pytest.mark.parametrize("fork", [True, False])
def test_forked_and_fresh_workers_prepare_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fork: bool) -> None:
    from kodeverk.importing import prepare

    if fork and not sys.platform.startswith("linux"):
        pytest.skip("workers are forked only on Linux")
    monkeypatch.setattr(prepare, "_can_fork", lambda: fork)
    files = []
    for index in range(12):
        files.append(tmp_path / f"t{index:02d}.txt")
        files[-1].write_text(f"Intervjuer: Nummer {index}?\nInformant: Ja, æøå 😀 e\u0301.\n", encoding="utf-8")
    with prepare.prepared_files(files, workers=2) as results:
        parallel = list(results)
    assert [(p.path, p.text, p.turns, p.words, p.sha256) for p in parallel] == \
        [(p.path, p.text, p.turns, p.words, p.sha256) for p in map(prepare.prepare_file, files)]


def test_the_log_grows_while_importing_and_is_copied_into_the_database_at_the_end(tmp_path: Path) -> None:
    """SQLite's automatic checkpoint (every 1000 pages, with two syncs to disk) waits until the end."""
    import os

    from sqlalchemy import text

    import kodeverk.storage.import_rows as import_rows

    folder = tmp_path / "in"
    folder.mkdir()
    rng = random.Random(5)
    for index in range(36):  # about 7 MB of text and original bytes: past 1000 pages (4 MB)
        (folder / f"t{index:02d}.txt").write_text(
            "\n".join(f"{'Intervjuer' if i % 2 else 'Informant'}: {_long_text(rng, 450)}" for i in range(12)),
            encoding="utf-8")
    project = Project.create(tmp_path / "p.kodeverk")
    wal = Path(f"{project.path}-wal")
    sizes: list[int] = []
    report = import_files(project, [folder], workers=1,
                          progress=lambda *_: sizes.append(wal.stat().st_size if wal.exists() else 0))
    assert report.summary().startswith("36 imported")
    assert max(sizes) > 1.25 * 1000 * 4096  # not copied and restarted every 1000 pages
    with project.reading() as session:
        connection = session.connection()
        busy, log, copied = connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
        assert busy == 0 and log == copied  # everything was copied at the end already
        assert connection.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 1000
    with project.transaction() as session:  # a later write on the import's connection checkpoints as usual
        assert import_rows.informant_id(session, "nobody") is None
        assert session.connection().execute(text("PRAGMA wal_autocheckpoint")).scalar() == \
            import_rows.BULK_AUTOCHECKPOINT
    with project.reading() as session:
        assert session.connection().execute(text("PRAGMA wal_autocheckpoint")).scalar() == 1000
    project.close()
    assert os.path.getsize(project.path) > 1000 * 4096  # the text is in the database file, not only in the log
