"""Exports of a jury session: the procès-verbal, the evaluation sheets and the
attestations (PDF), the workbook (XLSX) and one candidate's data (RGPD).

Every function reads the session once, writes each file atomically (beside,
then moved into place) and returns the paths written. ``progress(done, total)``
is called as the work advances (the UI runs these off its main thread).
Errors reach the caller as ``ExportError`` with a French sentence.
"""

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from grader.export.data import ExportData, gather
from grader.export.files import ExportError, atomic_write, safe_file_name, unique_names
from grader.models.store import GraderFile

Progress = Callable[[int, int], None]

__all__ = [
    "ExportError",
    "base_name",
    "export_attestations",
    "export_candidate_data",
    "export_names",
    "export_pv",
    "export_sheets",
    "export_workbook",
]


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def base_name(title: str, session_date: date | None) -> str:
    """« Community Manager 2026-11-24 »: what every export's name starts from."""
    return f"{title} {session_date.isoformat() if session_date else 'sans date'}"


def _base_name(data: ExportData) -> str:
    return base_name(data.referential.title, data.session.session_date)


def export_names(title: str, session_date: date | None) -> dict[str, list[str]]:
    """The names each export writes in its folder (the sheets: their folder
    and the combined PDF), to tell the user beforehand what would be replaced.
    Keys: pv, sheets, attestations, workbook, anonymised."""
    base = base_name(title, session_date)
    return {
        "pv": [safe_file_name(f"PV {base}", ".pdf")],
        "sheets": [safe_file_name(f"Grilles {base}"), safe_file_name(f"Grilles {base}", ".pdf")],
        "attestations": [safe_file_name(f"Attestations de blocs {base}", ".pdf")],
        "workbook": [safe_file_name(f"Session {base}", ".xlsx")],
        "anonymised": [safe_file_name(f"Session {base} anonymisé", ".xlsx")],
    }


def export_pv(
    gfile: GraderFile,
    out_dir: Path,
    progress: Progress | None = None,
    data: ExportData | None = None,
) -> Path:
    """The procès-verbal de délibération, PDF. ``data``: the session already
    read by ``gather`` when several documents are exported at once."""
    from grader.export.pv import render_pv

    data = data or gather(gfile)
    _tick(progress, 1, 2)
    target = Path(out_dir) / safe_file_name(f"PV {_base_name(data)}", ".pdf")
    atomic_write(target, lambda tmp: render_pv(data, tmp))
    _tick(progress, 2, 2)
    return target


def export_sheets(
    gfile: GraderFile,
    out_dir: Path,
    combined: bool = True,
    progress: Progress | None = None,
    data: ExportData | None = None,
) -> list[Path]:
    """One PDF per candidate × épreuve (in a « Grilles … » folder) and, with
    ``combined``, all of them in one PDF to print at once."""
    from grader.export.pdf_draw import Page
    from grader.export.sheets import sheet_items, sheet_pages, write_sheet_pages

    data = data or gather(gfile)
    items = sheet_items(data)
    total = len(items) + (1 if combined else 0)
    folder = Path(out_dir) / safe_file_name(f"Grilles {_base_name(data)}")
    names = unique_names(
        [safe_file_name(f"{c.candidate.display_name} - {a.title}", ".pdf") for c, a in items]
    )
    written: list[Path] = []
    # Each sheet is laid out once; its pages go to its own file and, kept,
    # to the combined one.
    every_page: list[Page] = []
    for n, (item, name) in enumerate(zip(items, names, strict=True), start=1):
        pages = sheet_pages(data, item)
        target = folder / name
        atomic_write(target, partial(write_sheet_pages, data, [item], pages))
        written.append(target)
        if combined:
            every_page += pages
        _tick(progress, n, total)
    if combined:
        target = Path(out_dir) / safe_file_name(f"Grilles {_base_name(data)}", ".pdf")
        atomic_write(target, lambda tmp: write_sheet_pages(data, items, every_page, tmp))
        written.append(target)
        _tick(progress, total, total)
    return written


def export_attestations(
    gfile: GraderFile,
    out_dir: Path,
    progress: Progress | None = None,
    data: ExportData | None = None,
) -> list[Path]:
    """One PDF of attestations de blocs (a page per candidate with a partial
    validation); an empty list when no candidate is in that case."""
    from grader.export.attestations import partial_candidates, render_attestations

    data = data or gather(gfile)
    who = partial_candidates(data)
    _tick(progress, 1, 2)
    if not who:
        _tick(progress, 2, 2)
        return []
    target = Path(out_dir) / safe_file_name(f"Attestations de blocs {_base_name(data)}", ".pdf")
    atomic_write(target, lambda tmp: render_attestations(data, who, tmp))
    _tick(progress, 2, 2)
    return [target]


def export_workbook(
    gfile: GraderFile,
    out_dir: Path,
    anonymised: bool = False,
    progress: Progress | None = None,
    data: ExportData | None = None,
) -> Path:
    """The session workbook (Synthèse, one sheet per bloc, Écarts entre jurés, Jury, Journal)."""
    from grader.export.workbook import write_workbook

    data = data or gather(gfile)
    _tick(progress, 1, 3)
    suffix = " anonymisé" if anonymised else ""
    target = Path(out_dir) / safe_file_name(f"Session {_base_name(data)}{suffix}", ".xlsx")
    atomic_write(target, lambda tmp: write_workbook(gfile, data, tmp, anonymised=anonymised))
    _tick(progress, 3, 3)
    return target


def export_candidate_data(
    gfile: GraderFile,
    candidate_id: str,
    out_dir: Path,
    progress: Progress | None = None,
) -> list[Path]:
    """Everything stored about one candidate (droit d'accès RGPD): XLSX + JSON."""
    from grader.export.candidate_data import (
        candidate_payload,
        write_candidate_json,
        write_candidate_xlsx,
    )

    data = gather(gfile, candidate_id=candidate_id)
    if not data.candidates:
        raise ExportError("Ce candidat n'existe pas dans cette session.")
    payload = candidate_payload(gfile, data)
    _tick(progress, 1, 3)
    stem = safe_file_name(f"Données {data.candidates[0].candidate.display_name}")
    json_path = Path(out_dir) / f"{stem}.json"
    xlsx_path = Path(out_dir) / f"{stem}.xlsx"
    atomic_write(json_path, lambda tmp: write_candidate_json(payload, tmp))
    _tick(progress, 2, 3)
    atomic_write(xlsx_path, lambda tmp: write_candidate_xlsx(payload, tmp))
    _tick(progress, 3, 3)
    return [xlsx_path, json_path]
