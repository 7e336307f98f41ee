"""The evaluation sheet prints the allowed time of the soutenance as the
session sets it, when the référentiel gives none."""

from pathlib import Path

from helpers import DATA

from grader.export import export_sheets
from grader.export.data import gather
from grader.export.sample import build_sample_session
from grader.grading import session_ops

from .pdf_reading import page_texts


def _sections(path: Path) -> dict[str, str]:
    """Épreuve title → the flattened text of its sheet."""
    flat = " ".join(" ".join(page_texts(path)).split())
    parts = flat.split("Grille d’évaluation — ")[1:]
    return {part.split(" ")[0]: part for part in parts}


def test_sheet_prints_the_session_duration_extended_for_tiers_temps(tmp_path: Path) -> None:
    text = (DATA / "mini.yaml").read_text(encoding="utf-8")
    ref = tmp_path / "calibree.yaml"
    ref.write_text(text.replace("duration_minutes: 30", "duration_minutes: null")
                   .replace("duration_minutes: 20", "duration_minutes: null"), encoding="utf-8")
    gfile = build_sample_session(tmp_path / "s.jury", ref, 5, closed=False)
    try:
        session_ops.set_duration(gfile, "veille", 30)
        data = gather(gfile)
        tiers = next(c for c in data.candidates if c.candidate.extra_time_ratio)
        other = next(c for c in data.candidates
                     if not c.candidate.extra_time_ratio and c.sheets.get("veille"))
        paths = export_sheets(gfile, tmp_path / "out", combined=False)
    finally:
        gfile.close()

    def sheets_of(name: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for path in paths:
            if path.name.startswith(name):
                found.update(_sections(path))
        return found

    mine = sheets_of(tiers.candidate.display_name)
    assert "Durée prévue : 30 min (40 min avec tiers-temps) — durée chronométrée :" in (
        mine["Veille"]
    )
    # No duration in the référentiel nor the session: said, not invented.
    assert "Durée prévue : non fixée — durée chronométrée :" in mine["Contenus"]
    theirs = sheets_of(other.candidate.display_name)
    assert "Durée prévue : 30 min — durée chronométrée :" in theirs["Veille"]
    for juror in data.jurors:
        assert f"{juror.name} : " in theirs["Veille"]
