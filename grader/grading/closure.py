"""Once the deliberation is closed the session is the record of the jury's
decisions: nothing that feeds the PV may change any more. Every operation
that would change it asks :func:`require_open` inside its own transaction."""

from sqlmodel import Session

from grader.errors import Refusal
from grader.grading.views import as_utc
from grader.models.store import GraderFile
from grader.models.tables import JurySession


class SessionClosed(Refusal):
    """The deliberation is closed; ``str(exc)`` says when and by whom, in French."""


def require_open(s: Session, gfile: GraderFile) -> JurySession:
    js = s.get(JurySession, gfile.session_id)
    assert js is not None
    if js.closed_at is not None:
        when = as_utc(js.closed_at)
        local = when.astimezone() if when is not None else None
        at = f" le {local:%d/%m/%Y à %H:%M}" if local is not None else ""
        by = f" par {js.closed_by}" if js.closed_by else ""
        raise SessionClosed(
            f"La délibération a été clôturée{at}{by} : la session ne peut plus être modifiée "
            "(décisions, récusations, notes, candidats, jurés, blocs acquis)."
        )
    return js
