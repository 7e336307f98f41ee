"""Every QSettings key of the application, declared once with its type and
default. Nothing else in the UI spells a key name."""

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

SETTINGS_VERSION = 1
MAX_RECENT = 8


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    type: type
    default: T


VERSION: Key[int] = Key("meta/version", int, SETTINGS_VERSION)
START_GEOMETRY: Key[QByteArray] = Key("windows/start_geometry", QByteArray, QByteArray())
GRADING_GEOMETRY: Key[QByteArray] = Key("windows/grading_geometry", QByteArray, QByteArray())
GRADING_SPLITTER: Key[QByteArray] = Key("windows/grading_splitter", QByteArray, QByteArray())
LEAD_GEOMETRY: Key[QByteArray] = Key("windows/lead_geometry", QByteArray, QByteArray())
LEAD_SPLITTER: Key[QByteArray] = Key("windows/lead_splitter", QByteArray, QByteArray())
LEAD_TAB: Key[int] = Key("windows/lead_tab", int, 0)  # the right-hand panel last shown
EXPORT_DIRECTORY: Key[str] = Key("files/export_directory", str, "")  # "": exports/ default
RECENT_FILES: Key[list[str]] = Key("files/recent", list, [])
LAST_DIRECTORY: Key[str] = Key("files/last_directory", str, "")
LANGUAGE: Key[str] = Key("ui/language", str, "fr")  # "fr" | "en"
THEME: Key[str] = Key("ui/theme", str, "system")  # "system" | "light" | "dark"
# After a mark, the cursor goes to the next criterion without a mark.
AUTO_ADVANCE: Key[bool] = Key("grading/auto_advance", bool, True)
# The rule's proposal stays hidden until every criterion is marked (so that
# it cannot anchor the juror mid-soutenance).
HIDE_PROPOSAL: Key[bool] = Key("grading/hide_proposal_until_complete", bool, False)
# Compact rows in the criteria grid: more criteria on a 1366 x 768 screen.
COMPACT_GRID: Key[bool] = Key("grading/compact_grid", bool, True)
# The soutenance clock drawn large, readable from a metre away.
LARGE_CLOCK: Key[bool] = Key("grading/large_clock", bool, False)

ALL_KEYS = (
    VERSION, START_GEOMETRY, GRADING_GEOMETRY, GRADING_SPLITTER,
    LEAD_GEOMETRY, LEAD_SPLITTER, LEAD_TAB, EXPORT_DIRECTORY,
    RECENT_FILES, LAST_DIRECTORY, LANGUAGE, THEME, AUTO_ADVANCE, HIDE_PROPOSAL,
    COMPACT_GRID, LARGE_CLOCK,
)


def store() -> QSettings:
    # INI everywhere: readable by a support person, and tests can redirect it
    # with QSettings.setPath.
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "grader", "grader"
    )


def get(key: Key[T]) -> T:
    raw = store().value(key.name, key.default)
    if raw is None:
        return key.default
    # key.type is T's runtime class, which mypy cannot relate to T: hence the casts.
    if key.type is list:
        # An INI file gives back a bare string for a one-element list.
        if isinstance(raw, str):
            return cast(T, [raw] if raw else [])
        if not isinstance(raw, list | tuple):
            return key.default
        return cast(T, [str(v) for v in raw])
    if key.type is bool:
        # An INI file gives back « true » / « false » as strings.
        if isinstance(raw, str):
            return cast(T, raw.strip().lower() in ("true", "1", "yes"))
        return cast(T, bool(raw))
    if key.type is QByteArray:
        return cast(T, raw) if isinstance(raw, QByteArray) else key.default
    try:
        return cast(T, key.type(raw))
    except (TypeError, ValueError):
        return key.default


def put(key: Key[T], value: T) -> None:
    store().setValue(key.name, value)


def recent_files() -> list[Path]:
    return [Path(p) for p in get(RECENT_FILES)]


def add_recent_file(path: Path) -> list[Path]:
    path = Path(path).resolve()
    paths = [p for p in get(RECENT_FILES) if Path(p) != path]
    paths.insert(0, str(path))
    put(RECENT_FILES, paths[:MAX_RECENT])
    return recent_files()
