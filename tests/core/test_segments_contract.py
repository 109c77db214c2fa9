"""The public ``kodeverk segments`` output, pinned on the sample project (issue 2's stable contract).

Every key, its order and type, every value (but the coding time, which is the
moment the sample was built) and the text table are pinned for filter
combinations of ``--code``, ``--group``, ``--phase``, ``--coder``,
``--contains`` (and ``--transcript`` / ``--informant``). Outputs too long to
write out are pinned by their count, first coding ids and a SHA-256 of the
exact bytes printed (with each ``created`` value masked); short ones are
written out in full.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from kodeverk.cli.main import main

KEYS = ["coding_id", "transcript", "code", "coder", "start", "end", "text", "memo", "phase", "groups", "informant",
        "created"]
TYPES = {"coding_id": int, "transcript": str, "code": str, "coder": str, "start": int, "end": int, "text": str,
         "memo": str, "phase": str, "groups": list, "informant": str, "created": str}
CREATED = re.compile(r'("created": )"[^"\n]*"')

# (arguments, number of segments, their first coding ids, SHA-256 of --json output with `created` masked,
#  SHA-256 of the text output)
CASES = [
    ([], 571, [31, 1, 2, 32],
     '4dd0793927772c505e67b79ccc7f31497a521aab3320fff13d7f065610fa5efc',
     'a1ab36c27d772a7b17a65d56a468a707c77933d9ee17328e31f62de6e5b92a51'),
    (['--code', 'Samordningstrappen'], 155, [49, 50, 51, 52],
     '8c7adff2ea858b8d361f4fab9f2b6c951f50c88a507db0d47c9f73997213dfdb',
     'd040eb5d1f36f8e57d1382710baf30e71b00a59f9d7181bb7046dd60b091d88c'),
    (['--code', 'Samordningstrappen/Trinn 1: Dele informasjon', '--code', 'Mandatet'], 58, [11, 41, 12, 24],
     '8b63bc168dab1f42b22b0c52ad398684e8147615d8c04d023d95b5f246975b01',
     'b0cab6ce648008233aa425b2b61c943a4283fc06329fe4e9e1574b57a3402482'),
    (['--group', 'KUBU'], 172, [31, 1, 2, 32],
     '08e675813be48e0241f20b2650ff047dc53e4afc88f767baeb9ed5403757fbae',
     'cb7ba7061f762fc60c356c30f8720ed13eda7bf06f6455309e20b7b52f3c6564'),
    (['--group', 'kubu'], 172, [31, 1, 2, 32],
     '08e675813be48e0241f20b2650ff047dc53e4afc88f767baeb9ed5403757fbae',
     'cb7ba7061f762fc60c356c30f8720ed13eda7bf06f6455309e20b7b52f3c6564'),
    (['--group', 'VA'], 119, [118, 147, 119, 148],
     'b2851c4f96db4da4092417584854554eca32ba723dbb1cc1b45e100f4cd26d16',
     '7b6c235aec5af21ad9a3afae9e0e2fca8954aa68f4261091d837822f7264c6b8'),
    (['--phase', 'Fase 3'], 278, [349, 379, 350, 351],
     '9fa57e7671c529d9e805b6bd7c9cd1b231a0b61b693bb041aac27a97c2d206a7',
     'dc7e1eb09d66cc9f51d599a2419fb36ec681548022767c45298fdd424d94ac2e'),
    (['--phase', 'fase 1', '--phase', 'Fase 2'], 293, [31, 1, 2, 32],
     '6c110e318f4c9161288e9b606f7e2489964db12eb374306074347f5b120f2db0',
     '0d2edd652ec733bf56e252222d61bad1dd67c2ef6fdaf8722d71b9ac13e80c4f'),
    (['--coder', 'Jonas'], 287, [31, 32, 33, 34],
     'aab352a8a2b6f3b6377c6811ead29b8f8d8077becdfa10bee3db6cd150b1663b',
     '4e0cf0ad4b3926f8b001fe37a77bc5008bf1c31806843fdebfdf2983470808b5'),
    (['--coder', 'Ingrid'], 284, [1, 2, 3, 4],
     'c594780d47dba6908173edea0c0ce5d9ba9de1c25ff63c89653d8fc3e415ab3e',
     'd1039946526a799f9d48806773812d956642cf6c4df6f904dddabb332324015c'),
    (['--contains', 'samarbeid'], 65, [31, 1, 18, 47],
     '6e2b6817b88f79b7dbdd275e5fa923a8864b3a3d93407dcc3938651e9d2c7f0e',
     '09f094062bf94819ad0f8246c4b57249e4708ebaed45fd1991064f04fb2ec37f'),
    (['--contains', 'KJERNEGRUPPE'], 130, [31, 5, 35, 14],
     '391f908a8a7e171066e52659a1da32ee70fca4b7c2cc416e1472e5d47934665d',
     'cd0917cff4cb56d9b3f6b5b3e3a150cf61b73002fdabd6f8d4bf8f735945c4f3'),
    (['--code', 'Organisering', '--coder', 'Jonas', '--phase', 'Fase 1'], 39, [38, 39, 40, 41],
     '41add00f5af7a78677765f4a10dc695d65b084bc89bb39245777f4222a37a814',
     '945cbf8cb554da372f723c678c20d7c08e727c00b201fb5b06ae853d51de754d'),
    (['--transcript', 'Slutt Klima og VA – departementsråd KDD', '--code', 'Mandatet'], 4, [445, 417, 418, 447],
     '7d6a0cf77f55704ee9aef71b96ca6f70cff229b171b6b9da129975950b0ffd5d',
     'c75aeaeb7d636028201d5965cee658b5d05ffe738efb92793b55f4c4ab5eed3d'),
    (['--informant', 'K2-05', '--contains', 'samarbeid'], 6, [177, 207, 182, 212],
     '412a335ebbea8e0830e66a650b14752df5ac062e3c4b45aab242ac9136c29e7c',
     'bcd63959c21f426d32ddb0c9f8f98ee2779549a8afe72751293ea045a5d3d4ec'),
    (['--code', 'Samordningstrappen', '--group', 'KUBU', '--phase', 'Fase 3', '--coder', 'Ingrid', '--contains', 'informasjon'], 2, [372, 315],
     '43990959ab0731b5d1ba853494f400d77c0981b2c66ada0de989a9d112b84c35',
     'ccdc4cf526a9050fe37f95f3a7f147a0219ce2d36f0aeaa33e746884ede11b89'),
    (['--phase', 'Fase 2', '--group', 'KUBU'], 0, [],
     '37517e5f3dc66819f61f5a7bb8ace1921282415f10551d2defa5c3eb0985b570',
     '4fadc882143c9cce68eec4f968c331e5760ff89f6da7e58e7445dadad7c6c778'),
]


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def masked(json_output: str) -> str:
    """The --json output with every ``created`` value replaced by ``"…"``."""
    return CREATED.sub(r'\1"…"', json_output)


@pytest.fixture(scope="module")
def sample(sample_project_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("segments-contract") / "sample.kodeverk"
    shutil.copy(sample_project_master, target)
    return target


def segments(capsys: pytest.CaptureFixture[str], project: Path, *args: str) -> tuple[int, str, str]:
    code = main(["segments", str(project), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("args", "count", "first_ids", "json_digest", "text_digest"), CASES,
                         ids=[" ".join(c[0]) or "all" for c in CASES])
def test_json_and_text_output_are_pinned(sample: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                         count: int, first_ids: list[int], json_digest: str,
                                         text_digest: str) -> None:
    code, out, err = segments(capsys, sample, *args, "--json")
    assert code == 0 and err == ""
    rows = json.loads(out)
    assert len(rows) == count
    assert [r["coding_id"] for r in rows[:4]] == first_ids
    for row in rows:
        assert list(row) == KEYS
        for key, kind in TYPES.items():
            assert isinstance(row[key], kind), (key, row[key])
        assert not isinstance(row["coding_id"], bool) and 0 <= row["start"] < row["end"]
        assert all(isinstance(g, str) for g in row["groups"]) and row["groups"]
        created = dt.datetime.fromisoformat(row["created"])
        assert created.utcoffset() == dt.timedelta(0) and row["created"].endswith("+00:00")
    assert digest(masked(out)) == json_digest
    code, text, err = segments(capsys, sample, *args)
    assert code == 0 and err == ""
    assert text.endswith(f"\n{count} segment(s)\n")
    assert digest(text) == text_digest


FOUR_ARGS = ["--code", "Samordningstrappen", "--group", "KUBU", "--phase", "Fase 3", "--coder", "Ingrid",
             "--contains", "informasjon"]
FOUR_JSON = """[
  {
    "coding_id": 372,
    "transcript": "Slutt KUBU – etatssamarbeidet",
    "code": "Samordningstrappen/Trinn 1: Dele informasjon",
    "coder": "Ingrid",
    "start": 11210,
    "end": 11293,
    "text": "Altså, informasjonsdeling har vi hatt lenge, helt siden 0-24. Det er ikke noe nytt.",
    "memo": "",
    "phase": "Fase 3",
    "groups": [
      "KUBU"
    ],
    "informant": "K3-08",
    "created": "…"
  },
  {
    "coding_id": 315,
    "transcript": "Slutt KUBU – fagavdeling AID",
    "code": "Samordningstrappen/Trinn 1: Dele informasjon",
    "coder": "Ingrid",
    "start": 12109,
    "end": 12375,
    "text": "informasjonsdelingen er helt klart på plass. Det er det vi har gjort mest av. Vi vet mye mer om hva \
de andre holder på med nå enn vi gjorde før. Sekretariatet sender ut en sånn oversikt før hvert møte over hva som skjer \
i hvert departement, og den leser jeg faktisk.",
    "memo": "",
    "phase": "Fase 3",
    "groups": [
      "KUBU"
    ],
    "informant": "K3-06",
    "created": "…"
  }
]
"""
FOUR_TEXT = """\
transcript                     code                                          coder   start  end    text
-----------------------------  --------------------------------------------  ------  -----  -----  \
------------------------------------------------------------
Slutt KUBU – etatssamarbeidet  Samordningstrappen/Trinn 1: Dele informasjon  Ingrid  11210  11293  \
Altså, informasjonsdeling har vi hatt lenge, helt siden 0-2…
Slutt KUBU – fagavdeling AID   Samordningstrappen/Trinn 1: Dele informasjon  Ingrid  12109  12375  \
informasjonsdelingen er helt klart på plass. Det er det vi …
2 segment(s)
"""

MEMO_ARGS = ["--transcript", "Oppstart KUBU – departementsråd BFD", "--contains", "felles sekretariat"]
MEMO_TEXT = """\
transcript                           code                                                          coder   start  \
end   text
-----------------------------------  ------------------------------------------------------------  ------  -----  \
----  ------------------------------------------------------------
Oppstart KUBU – departementsråd BFD  Kjennetegn ved problemet/Tradisjon og historie for samordni…  Ingrid  1571   \
2140  Nei, overhodet ikke. Vi har en lang tradisjon, altså, helt …
Oppstart KUBU – departementsråd BFD  Kjennetegn ved problemet/Tradisjon og historie for samordni…  Jonas   1571   \
2140  Nei, overhodet ikke. Vi har en lang tradisjon, altså, helt …
2 segment(s)
"""

EMPTY_TEXT = """\
transcript  code  coder  start  end  text
----------  ----  -----  -----  ---  ----
0 segment(s)
"""


def test_all_filters_together_written_out(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = segments(capsys, sample, *FOUR_ARGS, "--json")
    assert code == 0 and masked(out) == FOUR_JSON
    code, out, _ = segments(capsys, sample, *FOUR_ARGS)
    assert code == 0 and out == FOUR_TEXT


def test_memo_two_groups_and_empty_written_out(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = segments(capsys, sample, *MEMO_ARGS, "--json")
    first, second = json.loads(out)
    shared = {"transcript": "Oppstart KUBU – departementsråd BFD",
              "code": "Kjennetegn ved problemet/Tradisjon og historie for samordning og samarbeid",
              "start": 1571, "end": 2140, "phase": "Fase 1", "groups": ["KUBU"], "informant": "K1-01"}
    assert first | shared == first and second | shared == second
    assert (first["coding_id"], first["coder"], first["memo"]) == (2, "Ingrid", "")
    assert (second["coding_id"], second["coder"], second["memo"]) == (
        32, "Jonas", "0-24 første gang med felles sekretariat og felles penger")
    assert first["text"] == second["text"] and len(first["text"]) == 2140 - 1571
    assert first["text"].startswith("Nei, overhodet ikke.") and first["text"].endswith("både på godt og vondt.")
    code, out, _ = segments(capsys, sample, *MEMO_ARGS)
    assert code == 0 and out == MEMO_TEXT
    code, out, _ = segments(capsys, sample, "--transcript", "Slutt Klima og VA – departementsråd KDD",
                            "--code", "Mandatet", "--json")
    rows = json.loads(out)
    assert [(r["coding_id"], r["coder"], r["start"], r["end"]) for r in rows] == [
        (445, "Jonas", 6034, 6224), (417, "Ingrid", 6034, 6644), (418, "Ingrid", 6645, 6864),
        (447, "Jonas", 6645, 6864)]
    assert all(r["groups"] == ["Klima", "VA"] and r["informant"] == "K3-07" for r in rows)
    code, out, _ = segments(capsys, sample, "--phase", "Fase 2", "--group", "KUBU", "--json")
    assert code == 0 and out == "[]\n"
    code, out, _ = segments(capsys, sample, "--phase", "Fase 2", "--group", "KUBU")
    assert code == 0 and out == EMPTY_TEXT


def test_filters_combine_as_or_within_and_and_across(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def ids(*args: str) -> list[int]:
        code, out, _ = segments(capsys, sample, *args, "--json")
        assert code == 0
        return [r["coding_id"] for r in json.loads(out)]

    everything = ids()
    ladder, mandate = ids("--code", "Samordningstrappen/Trinn 1: Dele informasjon"), ids("--code", "Mandatet")
    assert set(ids("--code", "Samordningstrappen/Trinn 1: Dele informasjon", "--code", "Mandatet")) == \
        set(ladder) | set(mandate)
    singles = [set(ids(*FOUR_ARGS[i:i + 2])) for i in range(0, len(FOUR_ARGS), 2)]
    assert set(ids(*FOUR_ARGS)) == set.intersection(*singles)
    # every listing keeps the order of the whole list
    assert ids(*FOUR_ARGS) == [i for i in everything if i in set.intersection(*singles)]
    assert ids("--contains", "") == everything and ids("--contains", "   ") == everything


@pytest.mark.parametrize(("args", "message"), [
    (["--coder", "ingrid"], "no coder named 'ingrid'; did you mean 'Ingrid'?"),
    (["--code", "Finnes"], "no code named 'Finnes'"),
    (["--group", "Finnes"], "no group named 'Finnes'"),
    (["--phase", "Fase 9"], "no phase named 'Fase 9'; did you mean 'Fase 1', 'Fase 2', 'Fase 3'?"),
    (["--transcript", "Finnes"], "no transcript named 'Finnes'"),
    (["--informant", "K9-99"], "no informant named 'K9-99'; did you mean 'K3-09'?"),
])
def test_unknown_names_fail_with_one_line(sample: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                          message: str) -> None:
    for json_flag in (["--json"], []):
        code, out, err = segments(capsys, sample, *args, *json_flag)
        assert (code, out, err) == (2, "", f"kodeverk: error: {message}\n")
