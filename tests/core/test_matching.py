"""Tests of the reference lists and of fuzzy matching of ministries, groups, phases and roles."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kodeverk import reference
from kodeverk.importing.matching import (
    FUZZY_MARGIN,
    FUZZY_THRESHOLD,
    SHORT_LENGTH,
    GroupName,
    Match,
    default_group_names,
    fold,
    match_group,
    match_ministry,
    match_phase,
    match_role,
)

CANONICAL = {org.abbreviation for org in reference.ORGANISATIONS}
PHASES = ["Fase 1", "Fase 2", "Fase 3"]
GROUPS = default_group_names()


# --- reference lists -------------------------------------------------------------------------

def test_reference_names_never_collide_after_folding() -> None:
    owner: dict[str, str] = {}
    for org in reference.ORGANISATIONS:
        for name in (org.abbreviation, org.name, *org.aliases):
            assert owner.setdefault(fold(name), org.abbreviation) == org.abbreviation, name
    owner = {}
    for group in reference.GROUPS:
        for name in group.names:
            assert owner.setdefault(fold(name), group.short_name) == group.short_name, name
    owner = {}
    for role in reference.ROLES:
        for name in (role.label, *role.aliases):
            assert owner.setdefault(fold(name), role.label) == role.label, name


def test_reference_groups_name_known_ministries_and_agencies() -> None:
    for group in reference.GROUPS:
        for member in ((group.lead,) if group.lead else ()) + group.members:
            assert reference.organisation(member) is not None, (group.short_name, member)


def test_reference_contents_follow_the_domain() -> None:
    assert [g.short_name for g in reference.CORE_GROUPS[:5]] == ["KUBU", "Kunnskap i kriser", "Klima", "VA",
                                                                 "Kompetanse"]
    assert len(reference.CORE_GROUPS) == 7 and all(g.since == 2024 for g in reference.CORE_GROUPS[5:])
    assert len(reference.MEASURES) == 6 and not any(g.is_core for g in reference.MEASURES)
    kubu = reference.CORE_GROUPS[0]
    assert kubu.lead == "BFD" and kubu.agency_collaboration and "KUD" in kubu.members
    assert [(p.name, p.interviews) for p in reference.PHASES] == [("Fase 1", 19), ("Fase 2", 20), ("Fase 3", 36)]
    assert reference.PHASES[2].years == (2023, 2024)
    assert {r.label for r in reference.ROLES} == {"departementsråd", "sekretariatsleder", "sekretariatsmedlem",
                                                 "fagavdeling", "administrasjonsavdeling", "etatsansatt"}
    assert all(a.is_agency for a in reference.AGENCIES) and not any(m.is_agency for m in reference.MINISTRIES)
    assert {"DSS", "SSB", "FHI", "Bufdir", "KS", "NAV", "DFØ"} <= {a.abbreviation for a in reference.AGENCIES}
    assert FUZZY_THRESHOLD >= 88 and FUZZY_MARGIN > 0 and SHORT_LENGTH >= 4


# --- ministries ------------------------------------------------------------------------------

@pytest.mark.parametrize("org", reference.ORGANISATIONS, ids=lambda org: org.abbreviation)
def test_every_abbreviation_name_and_alias_matches_its_organisation(org: reference.Organisation) -> None:
    assert match_ministry(org.abbreviation) == Match(org.abbreviation, org.abbreviation, 100.0, "exact")
    assert match_ministry(org.abbreviation.lower()).value == org.abbreviation
    assert match_ministry(f"  {org.name.upper()} ").value == org.abbreviation
    for alias in org.aliases:
        found = match_ministry(alias)
        assert found.value == org.abbreviation and found.how in ("alias", "exact"), alias


@pytest.mark.parametrize(("raw", "value", "how"), [
    ("KMD", "KDD", "alias"),
    ("Kommunal- og moderniseringsdepartementet", "KDD", "alias"),
    ("Kunnskapsdep.", "KD", "alias"),
    ("ASD", "AID", "alias"),
    ("BLD", "BFD", "alias"),
    ("Energidepartementet", "OED", "alias"),
    ("Barne- og familiedepartementet", "BFD", "exact"),
    ("Barne og familiedepartementet", "BFD", "exact"),       # punctuation does not count
    ("Naerings- og fiskeridepartementet", "NFD", "exact"),   # æ written ae
    ("Klima- og miljodepartementet", "KLD", "exact"),        # ø written o
    ("Statistisk sentralbyraa", "SSB", "exact"),             # å written aa
    ("DFO", "DFØ", "exact"),
    ("Helse og omsorgsdept", "HOD", "fuzzy"),
    ("Helse- og omsorgsdepartemenet", "HOD", "fuzzy"),
    ("Finansdepartemnetet", "FIN", "fuzzy"),
    ("Kunskapsdepartementet", "KD", "fuzzy"),
    ("Justis og beredskap", "JD", "fuzzy"),
    ("Samferdselsdep", "SD", "fuzzy"),
    ("Barn og likestillingsdepartementet", "BFD", "fuzzy"),
    ("Folkehelseinstitutet", "FHI", "fuzzy"),
    ("Helsedirektorat", "Helsedirektoratet", "fuzzy"),
    ("Bufdir", "Bufdir", "exact"),
    ("Arbeids- og velferdsdirektoratet", "NAV", "exact"),
    ("Norges forskningsråd", "Forskningsrådet", "exact"),
    ("Direktoratet for e-helse", "E-helse", "exact"),
    ("BFD (Barne- og familiedepartementet)", "BFD", "exact"),
])
def test_ministry_matches(raw: str, value: str, how: str) -> None:
    found = match_ministry(raw)
    assert (found.value, found.how) == (value, how)
    assert found.matched and found.raw == raw
    assert found.score >= FUZZY_THRESHOLD


@pytest.mark.parametrize("raw", [
    "JDD", "KJD", "J.D.", "K D", "XYZ",                     # short: exact or alias only
    "asdfghjkl", "qwerty uiop",                             # gibberish
    "Helse", "Miljø", "Departementet", "og",                # too little to tell
    "Klima og distriktsdepartementet",                      # chimeras of two names
    "Helse og familiedepartementet",
    "Kommunal og miljødepartementet",
    "Arbeids- og velferdsdepartementet",                    # no such ministry
    "KD / JD", "KD og JD",                                  # two ministries
    "Utdanningsdepartementet",
])
def test_ministry_unmatched(raw: str) -> None:
    found = match_ministry(raw)
    assert found.value is None and found.how == "unmatched" and not found.matched


def test_jd_and_kd_never_match_each_other() -> None:
    assert match_ministry("JD").value == "JD"
    assert match_ministry("KD").value == "KD"
    for raw in ("jd", " JD ", "J D", "JD.", "Jd"):
        assert match_ministry(raw).value in ("JD", None)
    for raw in ("kd", "KD.", "kD"):
        assert match_ministry(raw).value in ("KD", None)


@pytest.mark.parametrize("raw", ["", "   ", "\t\n", "--", "()"])
def test_ministry_empty(raw: str) -> None:
    assert match_ministry(raw) == Match(raw, None, 0.0, "empty")


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60))
def test_match_ministry_never_raises_and_returns_a_canonical_value(raw: str) -> None:
    found = match_ministry(raw)
    assert found.value is None or found.value in CANONICAL
    assert found.matched == (found.how in ("exact", "alias", "fuzzy"))
    assert found.how in ("exact", "alias", "fuzzy", "unmatched", "empty")
    assert 0.0 <= found.score <= 100.0
    if found.how == "fuzzy":
        assert found.score >= FUZZY_THRESHOLD


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ABDEFHIJKLMNOSUVabdefhijklmnosuv .-", max_size=6))
def test_short_strings_match_only_exactly_or_by_alias(raw: str) -> None:
    if len(fold(raw).replace(" ", "")) <= SHORT_LENGTH:
        assert match_ministry(raw).how in ("exact", "alias", "unmatched", "empty")


# --- groups ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "value"), [
    ("KUBU", "KUBU"), ("kubu", "KUBU"), ("Barn og unge", "KUBU"), ("Utsatte barn og unge", "KUBU"),
    ("kunnskap i krise", "Kunnskap i kriser"), ("Kunnskap i kriser", "Kunnskap i kriser"),
    ("Et bedre kunnskapssystem for håndtering av kriser", "Kunnskap i kriser"),
    ("Klima og omstilling", "Klima"), ("Klima i omstilling", "Klima"),
    ("Vann og avløp", "VA"), ("vann og avlop", "VA"), ("va", "VA"),
    ("Kompetanse i staten og departementene", "Kompetanse"),
    ("kompetanse og forvaltningsutvikling", "Kompetanse"),
    ("Kompetansebehov", "Kompetansebehov"), ("kompetansebehv", "Kompetansebehov"),
    ("Strategisk og sikker IKT", "Sikker IKT"), ("Felles IKT", "Felles IKT"),
    ("Departementsakademi", "Departementsakademiet"), ("Felles sak arkiv", "Felles sak-arkiv"),
])
def test_group_matches(raw: str, value: str) -> None:
    assert match_group(raw, GROUPS).value == value


@pytest.mark.parametrize("raw", ["Utsatte barn", "gruppe", "KUBU og Klima", "Klima/VA", "", "xyz"])
def test_group_unmatched_or_empty(raw: str) -> None:
    assert match_group(raw, GROUPS).value is None


def test_group_list_is_the_projects_own() -> None:
    groups = [GroupName("Gruppe 1"), GroupName("Gruppe 2", ("Andre gruppe",))]
    assert match_group("gruppe 2", groups).how == "exact"
    assert match_group("andre gruppe", groups) == Match("andre gruppe", "Gruppe 2", 100.0, "alias")
    assert match_group("Grupe 2", groups).value == "Gruppe 2"
    assert match_group("Gruppe 3", groups).how == "unmatched"   # digits are never fuzzed
    assert match_group("KUBU", groups).how == "unmatched"


def test_a_name_two_groups_share_matches_neither() -> None:
    groups = [GroupName("Alfa", ("Felles",)), GroupName("Beta", ("Felles",))]
    assert match_group("felles", groups).value is None


def test_default_group_names() -> None:
    names = [g.name for g in default_group_names()]
    assert names[:5] == ["KUBU", "Kunnskap i kriser", "Klima", "VA", "Kompetanse"]
    assert "Felles HR" in names and "Felles HR" not in [g.name for g in default_group_names(include_measures=False)]
    assert all(g.name not in g.aliases for g in default_group_names())


# --- phases and roles ------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "value"), [
    ("Fase 1", "Fase 1"), ("1", "Fase 1"), ("fase1", "Fase 1"), ("F1", "Fase 1"), ("phase 2", "Fase 2"),
    ("FASE 3", "Fase 3"), ("Fase II", "Fase 2"), ("Oppstart", "Fase 1"), ("oppstartsintervju", "Fase 1"),
    ("opstart", "Fase 1"), ("Midtveis", "Fase 2"), ("Sluttintervjuer", "Fase 3"), ("Fase 1 (oppstart)", "Fase 1"),
    ("Fase 3 – slutt", "Fase 3"),
])
def test_phase_matches(raw: str, value: str) -> None:
    assert match_phase(raw, PHASES).value == value


@pytest.mark.parametrize("raw", ["Fase 4", "4", "0", "2023", "i", "Fase 1 (slutt)", "Fase", "xyz"])
def test_phase_unmatched(raw: str) -> None:
    assert match_phase(raw, PHASES).how == "unmatched"


def test_phase_empty_and_custom_lists() -> None:
    assert match_phase("", PHASES).how == "empty"
    assert match_phase("1", ["Pilot", "Hovedrunde"]).how == "unmatched"
    assert match_phase("pilot", ["Pilot", "Hovedrunde"]).value == "Pilot"
    assert match_phase("Phase 2", ["Phase 1", "Phase 2"]).how == "exact"
    assert match_phase("Oppstart", ["Runde 1", "Runde 2"]).value == "Runde 1"


@pytest.mark.parametrize(("raw", "value"), [
    ("departementsråd", "departementsråd"), ("Departementsrad", "departementsråd"),
    ("kjernegruppemedlem", "departementsråd"), ("leder av sekretariatet", "sekretariatsleder"),
    ("sekretariatsledr", "sekretariatsleder"), ("Sekretariats leder", "sekretariatsleder"),
    ("sekretariatsmedlem", "sekretariatsmedlem"), ("ansatt i fagavdeling", "fagavdeling"),
    ("Administrasjonsavdelingen", "administrasjonsavdeling"), ("direktorat", "etatsansatt"),
    ("etatsansat", "etatsansatt"),
])
def test_role_matches(raw: str, value: str) -> None:
    assert match_role(raw).value == value


@pytest.mark.parametrize("raw", ["leder", "rådgiver", "sekretariatsmedlemleder", "xyz"])
def test_role_unmatched(raw: str) -> None:
    assert match_role(raw).how == "unmatched"


def test_group_aliases_given_as_a_list_are_accepted() -> None:
    assert match_group("andre", [GroupName("Gruppe 2", ["Andre"])]).value == "Gruppe 2"  # type: ignore[arg-type]
