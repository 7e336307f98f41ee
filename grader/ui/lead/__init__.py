"""The pedagogical lead's window: reception of the jurors' files,
disagreements, deliberation, closing and exports.

The start screen opens it with :func:`open_session_window`."""

from pathlib import Path

from PySide6.QtWidgets import QWidget

from grader.ui.lead.controller import LeadError


def open_session_window(path: Path, parent: QWidget | None = None) -> QWidget:
    """Open and show the lead's window on the session file ``path``.

    Raises ``LeadError`` (a ``ValueError`` whose text is a French sentence)
    when the file cannot be opened: a juror's file, a damaged file, a file
    another program holds."""
    from grader.ui.lead.controller import LeadController
    from grader.ui.lead.session_window import LeadSessionWindow

    controller = LeadController.open(Path(path))
    try:
        window = LeadSessionWindow(controller, parent)
    except Exception:
        controller.close()
        raise
    window.show()
    return window


__all__ = ["LeadError", "open_session_window"]
