"""The canonical reference lists of the core-group evaluation, as data.

Ministries and agencies, core groups and the other strategy measures, the
three interview phases and the informant roles, each with the aliases people
actually write (former names, old abbreviations, short forms). These lists
seed a new project and feed :mod:`kodeverk.importing.matching`; a project's
own group list is user-editable and lives in the project, not here.

Source: ``/work/shared/domain.md`` and the evaluation report it summarises.
The ministry abbreviations are the ones the report uses during 2022–2024:
KDD (not KMD), OED (renamed Energidepartementet, ED, in 2024: kept as OED
because the interviews and the core-group tables say OED).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Organisation:
    """A ministry or an agency.

    ``abbreviation`` is the canonical value stored on an informant (for
    agencies: the short name people use, e.g. ``"Bufdir"``); ``aliases`` are
    former names and abbreviations and common short forms.
    """

    abbreviation: str
    name: str
    aliases: tuple[str, ...] = ()
    is_agency: bool = False


@dataclass(frozen=True)
class Group:
    """A core group (``is_core``) or another measure of the ministries' strategy."""

    short_name: str
    full_name: str
    lead: str | None = None
    members: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    is_core: bool = True
    agency_collaboration: bool = False
    since: int | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the group is known by: short name first, then full name and aliases."""
        return (self.short_name, self.full_name, *self.aliases)


@dataclass(frozen=True)
class Phase:
    """One of the three interview rounds."""

    name: str
    number: int
    description: str
    years: tuple[int, ...]
    interviews: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Role:
    """An informant's role; ``label`` is the canonical Norwegian value."""

    label: str
    description: str
    aliases: tuple[str, ...] = ()


def _m(abbreviation: str, name: str, *aliases: str) -> Organisation:
    return Organisation(abbreviation, name, tuple(aliases))


def _a(abbreviation: str, name: str, *aliases: str) -> Organisation:
    return Organisation(abbreviation, name, tuple(aliases), is_agency=True)


MINISTRIES: tuple[Organisation, ...] = (
    _m("AID", "Arbeids- og inkluderingsdepartementet",
       "ASD", "Arbeids- og sosialdepartementet", "AD", "Arbeidsdepartementet"),
    _m("BFD", "Barne- og familiedepartementet",
       "BLD", "Barne- og likestillingsdepartementet",
       "Barne-, likestillings- og inkluderingsdepartementet"),
    _m("FIN", "Finansdepartementet"),
    _m("FD", "Forsvarsdepartementet"),
    _m("HOD", "Helse- og omsorgsdepartementet", "Helsedepartementet"),
    _m("JD", "Justis- og beredskapsdepartementet",
       "Justis- og politidepartementet", "Justisdepartementet"),
    _m("KLD", "Klima- og miljødepartementet", "MD", "Miljøverndepartementet", "Miljødepartementet"),
    _m("KDD", "Kommunal- og distriktsdepartementet",
       "KMD", "Kommunal- og moderniseringsdepartementet",
       "KRD", "Kommunal- og regionaldepartementet", "Kommunaldepartementet"),
    _m("KUD", "Kultur- og likestillingsdepartementet", "Kulturdepartementet"),
    _m("KD", "Kunnskapsdepartementet", "Kunnskapsdep.",
       "UFD", "Utdannings- og forskningsdepartementet"),
    _m("LMD", "Landbruks- og matdepartementet", "Landbruksdepartementet"),
    _m("NFD", "Nærings- og fiskeridepartementet",
       "NHD", "Nærings- og handelsdepartementet", "FKD", "Fiskeri- og kystdepartementet",
       "Næringsdepartementet"),
    _m("OED", "Olje- og energidepartementet", "ED", "Energidepartementet"),
    _m("SD", "Samferdselsdepartementet"),
    _m("UD", "Utenriksdepartementet"),
    _m("SMK", "Statsministerens kontor"),
    _m("DFD", "Digitaliserings- og forvaltningsdepartementet", "Digitaliseringsdepartementet"),
)

AGENCIES: tuple[Organisation, ...] = (
    _a("DSS", "Departementenes sikkerhets- og serviceorganisasjon"),
    _a("SSB", "Statistisk sentralbyrå"),
    _a("FHI", "Folkehelseinstituttet", "Nasjonalt folkehelseinstitutt"),
    _a("Forskningsrådet", "Norges forskningsråd", "NFR"),
    _a("E-helse", "Direktoratet for e-helse", "Ehelse"),
    _a("Datatilsynet", "Datatilsynet"),
    _a("Bufdir", "Barne-, ungdoms- og familiedirektoratet", "Bufetat"),
    _a("Helsedirektoratet", "Helsedirektoratet", "Hdir"),
    _a("IMDi", "Integrerings- og mangfoldsdirektoratet"),
    _a("Udir", "Utdanningsdirektoratet"),
    _a("NAV", "Arbeids- og velferdsdirektoratet", "Arbeids- og velferdsetaten"),
    _a("DFØ", "Direktoratet for forvaltning og økonomistyring"),
    _a("Miljødirektoratet", "Miljødirektoratet"),
    _a("Husbanken", "Husbanken", "Den norske stats husbank"),
    _a("KS", "Kommunesektorens organisasjon"),
)

ORGANISATIONS: tuple[Organisation, ...] = MINISTRIES + AGENCIES

GROUPS: tuple[Group, ...] = (
    Group("KUBU", "Utsatte barn og unge", "BFD", ("AID", "JD", "HOD", "KUD", "KDD"),
          ("Barn og unge", "Utsatte barn og unge under 24 år", "Kjernegruppen for utsatte barn og unge",
           "KUBU-gruppen"),
          agency_collaboration=True),
    Group("Kunnskap i kriser", "Et bedre kunnskapssystem for håndtering av kriser", "KD",
          ("JD", "FIN", "AID", "BFD", "HOD", "NFD", "KDD",
           "SSB", "Forskningsrådet", "FHI", "E-helse", "Datatilsynet"),
          ("Kunnskapssystem for håndtering av kriser", "Kunnskapssystem for kriser", "Kunnskap og kriser")),
    Group("Klima", "Klima og omstilling", "KLD", ("FIN", "KDD", "NFD", "OED", "SD", "LMD"),
          ("Klima i omstilling", "Klimaomstilling", "Klimagruppen")),
    Group("VA", "Vann og avløp", "HOD", ("KDD", "KLD", "JD", "OED"),
          ("Vann- og avløp", "Vann og avløpsgruppen", "VA-gruppen")),
    Group("Kompetanse", "Kompetanse i staten og departementene", "KDD", ("KLD", "UD", "KD", "JD"),
          ("Kompetanse og forvaltningsutvikling", "Kompetanse i staten", "Kompetansegruppen")),
    Group("Sikker IKT", "Strategisk og sikker IKT", aliases=("Strategisk IKT", "IKT-sikkerhet"), since=2024),
    Group("Kompetansebehov", "Kompetansebehov og stramt arbeidsmarked",
          aliases=("Stramt arbeidsmarked", "Kompetansebehov/stramt arbeidsmarked"), since=2024),
    Group("Felles HR", "Felles HR", aliases=("HR-tjenester", "Felles HR-tjenester"), is_core=False),
    Group("Departementsakademiet", "Departementsakademiet", is_core=False),
    Group("Helhetlig etatsstyring", "Helhetlig etatsstyring", aliases=("Etatsstyring",), is_core=False),
    Group("Felles IKT", "Felles IKT", aliases=("Felles IKT-tjenester",), is_core=False),
    Group("Felles sak-arkiv", "Felles sak-arkiv", aliases=("Sak-arkiv", "Felles sak- og arkivløsning"),
          is_core=False),
    Group("Felles anskaffelsesstrategi", "Felles anskaffelsesstrategi", aliases=("Anskaffelser",),
          is_core=False),
)

CORE_GROUPS: tuple[Group, ...] = tuple(g for g in GROUPS if g.is_core)
MEASURES: tuple[Group, ...] = tuple(g for g in GROUPS if not g.is_core)

PHASES: tuple[Phase, ...] = (
    Phase("Fase 1", 1, "Oppstartintervjuer", (2022,), 19,
          ("Oppstart", "Oppstartintervjuer", "Oppstartsintervjuer", "Oppstartsintervju", "Start-up")),
    Phase("Fase 2", 2, "Intervjuer til midtveisevalueringen av departementenes strategi", (2023,), 20,
          ("Midtveis", "Midtveisevaluering", "Midtveisevalueringen", "Midtveisintervjuer", "Mid-term")),
    Phase("Fase 3", 3, "Sluttintervjuer", (2023, 2024), 36,
          ("Slutt", "Sluttintervjuer", "Sluttintervju", "Sluttevaluering", "Final")),
)

ROLES: tuple[Role, ...] = (
    Role("departementsråd", "Departementsråd, medlem av en kjernegruppe",
         ("kjernegruppemedlem", "medlem av kjernegruppen", "medlem av kjernegruppa", "departementsråder",
          "depråd", "core group member", "permanent secretary")),
    Role("sekretariatsleder", "Leder av kjernegruppens sekretariat",
         ("leder av sekretariatet", "sekretariatsleiar", "leder for sekretariatet", "secretariat lead",
          "secretariat leader", "head of secretariat")),
    Role("sekretariatsmedlem", "Medlem av kjernegruppens sekretariat",
         ("medlem av sekretariatet", "sekretariatet", "sekretariat", "sekretær", "secretariat member",
          "secretariat")),
    Role("fagavdeling", "Ansatt i en fagavdeling som har bidratt faglig",
         ("ansatt i fagavdeling", "ansatt i fagavdelingen", "fagavdelingen", "fagansatt", "fagperson",
          "professional staff")),
    Role("administrasjonsavdeling", "Ansatt i en administrasjonsavdeling",
         ("ansatt i administrasjonsavdeling", "ansatt i administrasjonsavdelingen", "administrasjonsavdelingen",
          "administrasjon", "administrasjonen", "administration")),
    Role("etatsansatt", "Ansatt i en underliggende etat (etatssamarbeidet)",
         ("direktorat", "direktoratet", "etat", "etaten", "ansatt i etat", "ansatt i direktorat",
          "underliggende virksomhet", "underliggende etat", "etatssamarbeid", "etatssamarbeidet",
          "agency staff", "agency")),
)


def organisation(abbreviation: str) -> Organisation | None:
    """The ministry or agency whose canonical abbreviation is ``abbreviation`` (exact), else None."""
    for org in ORGANISATIONS:
        if org.abbreviation == abbreviation:
            return org
    return None
