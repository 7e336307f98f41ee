"""The one serialisation of a signed sheet: what the juror's signature covers.

Signing (``signing.sign_sheet``), the merge's checks and every later
verification of a session build the signed bytes here and nowhere else, from
the rows as stored (a mapping column name → value, never a position).

Form 2 covers every stored column of the sheet and of each of its marks,
except the digest and the signature themselves: any change made to a signed
sheet outside grader, in any column, breaks its digest. Form 1 (sheets signed
by graders before this one) covered the grading only; it is still accepted
for those sheets, whose digest can only match it.
"""

import hashlib
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import types as sa_types

from grader.errors import BadFile
from grader.models.tables import Mark, Sheet

SIGNED_FORM = "grader-sheet/2"
LEGACY_FORM = "grader-sheet/1"

# The columns a signature cannot cover: its own.
SIGNATURE_COLUMNS = frozenset({"digest", "signature"})
# SQLModel sets __table__ on table=True classes at runtime; its types do not declare it.
_SHEET_TABLE = Sheet.__table__  # type: ignore[attr-defined]
_MARK_TABLE = Mark.__table__  # type: ignore[attr-defined]
SHEET_COLUMNS: tuple[str, ...] = tuple(_SHEET_TABLE.columns.keys())
MARK_COLUMNS: tuple[str, ...] = tuple(_MARK_TABLE.columns.keys())

Row = Mapping[str, Any]
Query = Callable[[str, Sequence[Any]], Iterable[Sequence[Any]]]


class Unreadable(BadFile, ValueError):
    """A stored value does not have its column's type (``version = 'x'``,
    ``signed_at = 'not-a-date'``…): the sheet cannot be what was signed."""


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise Unreadable(f"texte attendu, trouvé {value!r}")


def _int(value: Any) -> int | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise Unreadable(f"nombre entier attendu, trouvé {value!r}")


def _bool(value: Any) -> bool | None:
    if value is None or value in (0, 1):  # SQLite stores booleans as 0 / 1
        return None if value is None else bool(value)
    raise Unreadable(f"0 ou 1 attendu, trouvé {value!r}")


def _float(value: Any) -> float | None:
    if value is None:
        return None
    # 2 and 2.0 must give the same bytes whichever program wrote them
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    raise Unreadable(f"nombre attendu, trouvé {value!r}")


def _timestamp(value: Any) -> str | None:
    """A datetime as SQLAlchemy stores it in SQLite (its components, six-digit
    microseconds), whether it comes from the file as text or from an object."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise Unreadable(f"date attendue, trouvé {value!r}") from None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    raise Unreadable(f"date attendue, trouvé {value!r}")


def _day(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, date):
        return value.isoformat()
    raise Unreadable(f"date attendue, trouvé {value!r}")


# Most specific first: DateTime is not a Date, Boolean not an Integer, in SQLAlchemy.
_BY_TYPE: tuple[tuple[type, Callable[[Any], Any]], ...] = (
    (sa_types.Boolean, _bool),
    (sa_types.Integer, _int),
    (sa_types.Float, _float),
    (sa_types.DateTime, _timestamp),
    (sa_types.Date, _day),
    (sa_types.String, _text),
)


def _normaliser(column_type: Any) -> Callable[[Any], Any]:
    if isinstance(column_type, sa_types.TypeDecorator):  # SQLModel's AutoString
        column_type = column_type.impl_instance
    for kind, norm in _BY_TYPE:
        if isinstance(column_type, kind):
            return norm
    raise TypeError(f"type de colonne sans forme signée : {column_type!r}")


def _normalisers(table: Any) -> dict[str, Callable[[Any], Any]]:
    return {c.name: _normaliser(c.type) for c in table.columns}


_SHEET_NORM = _normalisers(_SHEET_TABLE)
_MARK_NORM = _normalisers(_MARK_TABLE)


def _normalised(
    row: Row, norms: dict[str, Callable[[Any], Any]], skip: frozenset[str]
) -> dict[str, Any]:
    out = {}
    for name, norm in norms.items():
        if name in skip:
            continue
        try:
            out[name] = norm(row[name])
        except Unreadable as exc:
            raise Unreadable(f"{name} : {exc}") from None
    return out


def signed_form(sheet: Row, marks: Iterable[Row]) -> bytes:
    """The bytes a juror signs (form 2): every stored column of the sheet
    (but its digest and signature) and of each of its marks, in UTF-8 JSON
    with sorted keys, the marks ordered by criterion."""
    content = {
        "format": SIGNED_FORM,
        "sheet": _normalised(sheet, _SHEET_NORM, SIGNATURE_COLUMNS),
        "marks": sorted(
            (_normalised(m, _MARK_NORM, frozenset()) for m in marks),
            key=lambda m: (str(m["criterion_id"]), str(m["id"])),
        ),
    }
    return json.dumps(
        content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def legacy_form(sheet: Row, marks: Iterable[Row]) -> bytes:
    """Form 1, for sheets signed by earlier graders: the grading only (an empty
    mark counted as no mark)."""
    s = _normalised(sheet, _SHEET_NORM, SIGNATURE_COLUMNS)
    graded = {}
    for raw in marks:
        m = _normalised(raw, _MARK_NORM, frozenset())
        if (
            m["level"] is None
            and m["points"] is None
            and not (m["observation"] or m["flag_discuss"] or m["flag_note"])
        ):
            continue
        graded[m["criterion_id"]] = {
            "level": m["level"],
            "points": m["points"],
            "observation": m["observation"],
            "flag_discuss": bool(m["flag_discuss"]),
            "flag_note": m["flag_note"],
        }
    content = {
        "format": LEGACY_FORM,
        "sheet_id": s["id"],
        "session_id": s["session_id"],
        "juror_id": s["juror_id"],
        "candidate_id": s["candidate_id"],
        "assessment_id": s["assessment_id"],
        "version": s["version"],
        "observation": s["observation"],
        "flag_discuss": bool(s["flag_discuss"]),
        "flag_note": s["flag_note"],
        "marks": graded,
    }
    return json.dumps(
        content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def digest_of(form: bytes) -> str:
    return hashlib.sha256(form).hexdigest()


def form_digest(sheet: Row, marks: Iterable[Row]) -> str:
    """The SHA-256 (hex) of :func:`signed_form`: what ``sheet.digest`` holds."""
    return digest_of(signed_form(sheet, marks))


def matches_digest(sheet: Row, marks: Sequence[Row]) -> bool:
    """Whether the stored digest is the digest of the stored content (form 2,
    or form 1 for a sheet signed by an earlier grader). Raises Unreadable."""
    stored = sheet["digest"]
    if form_digest(sheet, marks) == stored:
        return True
    return bool(digest_of(legacy_form(sheet, marks)) == stored)


def read_sheets(
    query: Query, schema: str = "main", sheet_ids: Sequence[str] | None = None, where: str = ""
) -> dict[str, tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Sheets with their marks, as stored, by column name, in two bulk reads:
    sheet id → (sheet row, mark rows). ``where`` filters the sheets (SQL on
    the sheet table, e.g. ``"status = 'signed'"``)."""
    clauses = [where] if where else []
    params: list[Any] = []
    if sheet_ids is not None:
        clauses.append(f"id IN ({', '.join('?' * len(sheet_ids))})")
        params += list(sheet_ids)
    sql = f"SELECT {', '.join(SHEET_COLUMNS)} FROM {schema}.sheet"
    if clauses:
        sql += " WHERE " + " AND ".join(f"({c})" for c in clauses)
    out: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]] = {}
    for values in query(sql, params):
        row = dict(zip(SHEET_COLUMNS, values, strict=True))
        out[row["id"]] = (row, [])
    if not out:
        return out
    mark_sql = f"SELECT {', '.join(MARK_COLUMNS)} FROM {schema}.mark"
    mark_params: list[Any] = []
    if sheet_ids is not None or where:
        mark_sql += (
            f" WHERE sheet_id IN (SELECT id FROM {schema}.sheet"
            + (" WHERE " + " AND ".join(f"({c})" for c in clauses) if clauses else "")
            + ")"
        )
        mark_params = params
    for values in query(mark_sql, mark_params):
        mark = dict(zip(MARK_COLUMNS, values, strict=True))
        entry = out.get(mark["sheet_id"])
        if entry is not None:
            entry[1].append(mark)
    return out
