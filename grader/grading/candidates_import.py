"""Import the candidate list of a session from a CSV or XLSX file.

All or nothing: the whole file is read and checked first, every problem is
reported with its row number as Excel shows it, and the candidates are
inserted in one transaction only when the file is clean. Candidates already
in the session are skipped (importing the same list twice changes nothing).
"""

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import select

from grader.errors import BadFile
from grader.grading import candidate_columns as cols
from grader.grading.audit import log_event
from grader.grading.tabular import Cell, TableRefused, read_table
from grader.models import accommodations
from grader.models.store import GraderFile
from grader.models.tables import Candidate, JurySession, new_id, utc_now

MAX_CANDIDATES = 10_000  # rows after the header: 10 000 accepted, 10 001 refused
_MAX_SHOWN = 50  # problems listed before « … et N autres »
TIERS_TEMPS = 1 / 3
# SQLModel sets __table__ on table=True classes at runtime; its types do not declare it.
_CANDIDATES = Candidate.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class CandidateRow:
    """One candidate read from the file: the fields of ``add_candidate``."""

    last_name: str
    first_name: str
    external_id: str = ""
    email: str = ""
    accommodation_type: str = ""
    accommodation_detail: str = ""
    accommodation_authorised_by: str = ""
    extra_time_ratio: float = 0.0
    birth_date: date | None = None
    line: int = 0  # row number in the file, as Excel shows it

    @property
    def display_name(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}".strip()


class CandidateImportError(BadFile):
    """The file is refused; each problem reads « candidats.csv, ligne 7 : … »."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class ParsedCandidates:
    rows: list[CandidateRow]
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: int
    skipped_duplicates: list[str]
    warnings: list[str] = field(default_factory=list)


def _refuse(problems: list[str]) -> CandidateImportError:
    if len(problems) > _MAX_SHOWN:
        rest = len(problems) - _MAX_SHOWN
        problems = [*problems[:_MAX_SHOWN], f"… et {rest} autre(s) problème(s)."]
    return CandidateImportError(problems)


def _map_header(name: str, line: int, header: Sequence[Cell]) -> tuple[dict[str, int], list[str]]:
    """Column index of each recognised field, and the warnings about the others."""
    found: dict[str, int] = {}
    notes: list[str] = []
    problems: list[str] = []
    for index, cell in enumerate(header):
        title = cols.text_of(cell)
        if not title:
            continue
        fld = cols.field_of(title)
        if fld is None:
            if cols.looks_medical(title):
                notes.append(
                    f"{name} : la colonne « {title} » ressemble à une donnée de santé ; elle "
                    "n'a pas été lue. Seuls le type d'aménagement et ce qu'il change sont "
                    "enregistrés."
                )
            else:
                notes.append(f"{name} : la colonne « {title} » n'est pas reconnue ; ignorée.")
        elif fld in found:
            problems.append(
                f"{name}, ligne {line} : deux colonnes correspondent à « {cols.COLUMNS[fld][0]} » "
                f"(colonnes {found[fld] + 1} et {index + 1}) ; gardez-en une seule."
            )
        else:
            found[fld] = index
    missing = [cols.COLUMNS[f][0] for f in cols.REQUIRED if f not in found]
    if missing:
        seen = ", ".join(f"« {t} »" for c in header if (t := cols.text_of(c))) or "aucune"
        problems.append(
            f"{name}, ligne {line} : colonne(s) obligatoire(s) absente(s) : {', '.join(missing)}. "
            f"Colonnes trouvées : {seen}. Colonnes attendues : {cols.expected_columns()}."
        )
    if problems:
        raise _refuse(problems)
    return found, notes


def _row(
    name: str,
    line: int,
    cells: Sequence[Cell],
    columns: dict[str, int],
    notes: list[str] | None = None,
) -> CandidateRow:
    """One candidate, or ``CellError`` with the first problem of the row."""

    def cell(fld: str) -> Cell:
        index = columns.get(fld)
        return cells[index] if index is not None and index < len(cells) else None

    values: dict[str, str] = {}
    for fld in ("last_name", "first_name", "external_id", "email", "accommodation_type",
                "accommodation_detail", "accommodation_authorised_by"):
        values[fld] = cols.clean_text(fld, cols.COLUMNS[fld][0], cell(fld))
    if not values["last_name"]:
        raise cols.CellError("le nom est vide.")
    if not values["first_name"]:
        raise cols.CellError("le prénom est vide.")
    # Only a type of the closed list and a decision's date are kept: any other
    # words (they may name a diagnosis) are dropped, and the user told so.
    kind, detail = values["accommodation_type"], values["accommodation_detail"]
    values["accommodation_type"], values["accommodation_detail"] = (
        accommodations.legacy_accommodation(kind, detail)
    )
    if not kind and not values["accommodation_detail"]:
        values["accommodation_type"] = ""
    if notes is not None:
        if kind and accommodations.known_type(kind) is None:
            notes.append(
                f"{name}, ligne {line} : aménagement « {kind[:40]} » enregistré comme « autre » "
                "(seuls les types tiers-temps, salle à part, secrétaire, matériel adapté et "
                "autre sont gardés, jamais un diagnostic)."
            )
        if detail and not values["accommodation_detail"]:
            notes.append(
                f"{name}, ligne {line} : le détail de l'aménagement n'a pas été enregistré ; "
                "seule la date de la décision l'est (« Décision du 03/05/2026 »)."
            )
    birth = cols.clean_date(cols.COLUMNS["birth_date"][0], cell("birth_date"))
    tiers = cols.clean_yes_no(cols.COLUMNS["extra_time"][0], cell("extra_time"))
    if cols.is_tiers_temps(values["accommodation_type"]):
        tiers = True
    elif tiers and not values["accommodation_type"]:
        values["accommodation_type"] = "tiers-temps"
    return CandidateRow(
        **values,
        extra_time_ratio=TIERS_TEMPS if tiers else 0.0,
        birth_date=birth,
        line=line,
    )


def _key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@dataclass(frozen=True, slots=True)
class _Known:
    """A candidate already met (earlier row or stored), for duplicate checks."""

    external_id: str
    last_name: str
    first_name: str
    birth_date: date | None
    where: str  # « ligne 4 » or « dans la session »

    @property
    def display_name(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}"


class _Index:
    """Finds the same person by identifier, or by name (+ birth date)."""

    def __init__(self, known: Iterable[_Known] = ()) -> None:
        self.by_id: dict[str, _Known] = {}
        self.by_name: dict[tuple[str, str], list[_Known]] = {}
        for k in known:
            self.add(k)

    def add(self, k: _Known) -> None:
        if k.external_id:
            self.by_id.setdefault(_key(k.external_id), k)
        self.by_name.setdefault((_key(k.last_name), _key(k.first_name)), []).append(k)

    def match(self, row: CandidateRow) -> tuple[_Known | None, str | None]:
        """(same person, conflict sentence): an identifier given to someone else
        is a conflict, not a duplicate."""
        same_name = (_key(row.last_name), _key(row.first_name))
        if row.external_id:
            other = self.by_id.get(_key(row.external_id))
            if other is not None:
                if (_key(other.last_name), _key(other.first_name)) == same_name:
                    return other, None
                return None, (
                    f"l'identifiant « {row.external_id} » est déjà celui de "
                    f"{other.display_name} ({other.where})."
                )
        for other in self.by_name.get(same_name, []):
            if row.external_id and other.external_id:
                continue  # homonyms with different numbers: two people
            if row.birth_date and other.birth_date and row.birth_date != other.birth_date:
                continue
            return other, None
        return None, None


def _known(row: CandidateRow, where: str) -> _Known:
    return _Known(row.external_id, row.last_name, row.first_name, row.birth_date, where)


def read_candidates(path: Path) -> ParsedCandidates:
    """Read and check the whole file; raises ``CandidateImportError`` listing
    every problem. Duplicates inside the file are problems."""
    path = Path(path)
    name = path.name
    try:
        table = read_table(path, MAX_CANDIDATES)
    except TableRefused as exc:
        raise CandidateImportError(exc.problems) from None
    if not table.rows:
        raise CandidateImportError([f"{name} : le fichier est vide (aucune ligne)."])
    header_line, header = table.rows[0]
    columns, notes = _map_header(name, header_line, header)
    if len(table.rows) == 1:
        raise CandidateImportError(
            [f"{name} : le fichier ne contient que la ligne d'en-tête, aucun candidat."]
        )
    problems: list[str] = []
    rows: list[CandidateRow] = []
    index = _Index()
    width = len(header)
    for line, cells in table.rows[1:]:
        extra = [c for c in cells[width:] if cols.text_of(c)]
        if extra:
            problems.append(
                f"{name}, ligne {line} : {len(extra)} valeur(s) au-delà de la dernière colonne "
                f"(« {cols.text_of(extra[0])} ») : un séparateur ou un guillemet en trop ?"
            )
            continue
        try:
            row = _row(name, line, cells, columns, notes)
        except cols.CellError as exc:
            problems.append(f"{name}, ligne {line} : {exc}")
            continue
        same, conflict = index.match(row)
        if conflict:
            problems.append(f"{name}, ligne {line} : {conflict}")
        elif same is not None:
            problems.append(
                f"{name}, ligne {line} : {row.display_name} figure déjà {same.where} ; "
                "supprimez le doublon (ou ajoutez la date de naissance ou l'identifiant "
                "s'il s'agit de deux personnes)."
            )
        else:
            index.add(_known(row, f"ligne {line}"))
            rows.append(row)
    if problems:
        raise _refuse(problems)
    return ParsedCandidates(rows=rows, warnings=table.warnings + notes)


def parse_candidates(path: Path) -> list[CandidateRow]:
    """The candidates of a CSV or XLSX file (raises ``CandidateImportError``)."""
    return read_candidates(path).rows


def import_candidates(gfile: GraderFile, path: Path) -> ImportReport:
    """Add the file's candidates to the session in one transaction; those
    already in the session are skipped and listed. Nothing changes when the
    file is refused."""
    path = Path(path)
    name = path.name
    if gfile.kind != "session":
        raise CandidateImportError(
            [f"{gfile.path.name} est une grille de juré : les candidats s'importent dans le "
             "fichier de session."]
        )
    parsed = read_candidates(path)
    with gfile.transaction() as s:
        js = s.get(JurySession, gfile.session_id)
        if js is not None and js.closed_at is not None:
            raise CandidateImportError(
                [f"La délibération de cette session est clôturée : {name} ne peut plus y "
                 "ajouter de candidats."]
            )
        stored = s.exec(select(Candidate).where(Candidate.session_id == gfile.session_id)).all()
        index = _Index(
            _Known(c.external_id, c.last_name, c.first_name, c.birth_date, "dans la session")
            for c in stored
        )
        problems: list[str] = []
        skipped: list[str] = []
        fresh: list[CandidateRow] = []
        for row in parsed.rows:
            same, conflict = index.match(row)
            if conflict:
                problems.append(f"{name}, ligne {row.line} : {conflict}")
            elif same is not None:
                skipped.append(f"ligne {row.line} : {row.display_name} (déjà dans la session)")
            else:
                fresh.append(row)
        if problems:
            raise _refuse(problems)
        now = utc_now()
        values = [
            {
                "id": new_id(),
                "session_id": gfile.session_id,
                "external_id": r.external_id,
                "last_name": r.last_name,
                "first_name": r.first_name,
                "email": r.email,
                "birth_date": r.birth_date,
                "accommodation_type": r.accommodation_type,
                "accommodation_detail": r.accommodation_detail,
                "accommodation_authorised_by": r.accommodation_authorised_by,
                "extra_time_ratio": r.extra_time_ratio,
                "created_at": now,
                "updated_at": now,
            }
            for r in fresh
        ]
        if values:
            # One executemany: an ORM add per row costs seconds on 5 000 rows.
            s.connection().execute(insert(_CANDIDATES), values)
        log_event(
            s, gfile, "candidates.import", "candidate", "", None,
            {"file": name, "imported": len(values), "skipped": len(skipped)},
        )
    return ImportReport(imported=len(values), skipped_duplicates=skipped, warnings=parsed.warnings)
