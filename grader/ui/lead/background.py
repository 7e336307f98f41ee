"""Long work (merge, export) in a worker thread behind a modal progress
dialog: the window stays responsive, and there is no « Annuler » because each
file is written whole or not at all."""

from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtWidgets import QProgressDialog, QWidget


def modal_progress(
    parent: QWidget | None, object_name: str, title: str, label: str, maximum: int
) -> QProgressDialog:
    progress = QProgressDialog(parent)
    progress.setObjectName(object_name)
    progress.setWindowTitle(title)
    progress.setLabelText(label)
    progress.setCancelButton(None)
    progress.setRange(0, maximum)
    progress.setMinimumDuration(0)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setValue(0)
    return progress


def run_in_thread(owner: QObject, worker: QObject) -> QThread:
    """Start ``worker.run`` in a new thread; connect the worker's signals first."""
    thread = QThread(owner)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)  # type: ignore[attr-defined]
    thread.start()
    return thread


def dispose(
    progress: QProgressDialog | None, thread: QThread | None, worker: QObject | None
) -> None:
    """Close the progress dialog, stop the thread and free the worker."""
    if progress is not None:
        progress.reset()
        progress.deleteLater()
    if thread is not None:
        thread.quit()
        thread.wait()
        thread.deleteLater()
    if worker is not None:
        worker.deleteLater()
