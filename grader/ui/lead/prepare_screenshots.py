"""Offscreen renders of the preparation dialogs for the documentation
(lead-prepare-*.png), on the demo session: ``python -m
grader.ui.lead.prepare_screenshots DIR``."""

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from grader.grading.demo import create_demo
from grader.models.store import open_file
from grader.ui.lead.acquired_blocs_dialog import AcquiredBlocsDialog
from grader.ui.lead.candidate_form import CandidateDialog
from grader.ui.lead.juror_files_dialog import JurorFilesDialog
from grader.ui.lead.prepare_candidates import CandidatesDialog
from grader.ui.lead.prepare_jurors import JurorsDialog
from grader.ui.lead.prepare_ops import PrepareOps

BROKEN_LIST = ("N° candidat;Nom;Prénom;Email;Tiers-temps\n"
               "2026-101;Petit;Camille;camille.petit@exemple.fr;non\n"
               "2026-102;Robert;;hugo.robert@exemple.fr;non\n"
               "2026-103;=Durand;Manon;;oui\n"
               "2026-104;Leroy;Jules;jules.leroy@;non\n")


def _save(widget: QWidget, path: Path) -> Path:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    widget.close()
    widget.deleteLater()  # a dialog left alive would outlive its session file
    return path


def render_prepare_screenshots(out_dir: Path) -> list[Path]:
    """Write the lead-prepare-*.png files into ``out_dir``; needs a QApplication."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="grader-prepare-shots-") as tmp:
        demo = create_demo(Path(tmp))
        with open_file(demo.session) as gfile:
            ops = PrepareOps(gfile)
            jurors = JurorsDialog(ops)
            jurors.name.setText("Nadia Rahmani")
            jurors.role.setCurrentIndex(jurors.role.findData("president"))
            written.append(_save(jurors, out_dir / "lead-prepare-jurors.png"))

            candidates = CandidatesDialog(ops)
            broken = Path(tmp) / "candidats-juin.csv"
            broken.write_text(BROKEN_LIST, encoding="utf-8")
            candidates.import_file(broken)
            written.append(_save(candidates, out_dir / "lead-prepare-candidates.png"))

            form = CandidateDialog(ops)
            form.last_name.setText("Petit")
            form.first_name.setText("Camille")
            form.external_id.setText("2026-101")
            form.kind.setCurrentText("tiers-temps")
            form.detail.setText("30 min → 40 min")
            form.authorised_by.setText("Référente handicap (notification du 14/03/2026)")
            form.adjustSize()
            written.append(_save(form, out_dir / "lead-prepare-candidate.png"))

            files = JurorFilesDialog(ops)
            files.adjustSize()
            written.append(_save(files, out_dir / "lead-prepare-juror-files.png"))

            candidate = ops.candidates()[0]
            first = gfile.referential.blocs[0]
            ops.record_acquired(candidate.id, first.code, date(2025, 6, 13),
                                "Jury du 13/06/2025, Lyon")
            acquired = AcquiredBlocsDialog(ops, candidate)
            written.append(_save(acquired, out_dir / "lead-prepare-acquired.png"))
    return written


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    for p in render_prepare_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print(p)
