"""How the windows call the core: the core's own errors (:class:`GraderError`:
a refusal, a bad file, a storage failure) become the window's own error with
the core's sentence, its code and values kept, and the core's error as its
cause (``storage_cause`` tells a disk fault apart). Anything else is a bug
and goes on up to the crash report (:mod:`grader.ui.crash`)."""

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from grader.errors import GraderError, storage_failure
from grader.models.store import GraderFile, open_file

T = TypeVar("T")
E = TypeVar("E", bound=GraderError)

NOT_SAVED = (
    "{what} n'a pas pu être enregistrée : le fichier est peut-être verrouillé, en "
    "lecture seule ou le disque est plein. Rien n'a été changé."
)


def call_core(
    error: type[GraderError], what: str, fn: Callable[..., T], *args: Any, **kwargs: Any
) -> T:
    """Run one core function for a window whose errors are ``error``."""
    try:
        return fn(*args, **kwargs)
    except GraderError as exc:
        if isinstance(exc, error):
            raise
        raise error(str(exc), code=exc.code, **exc.values) from exc
    except OSError as exc:
        # A file the core reads or writes beside the store (an export, a copy):
        # the environment's fault, never a bug.
        raise error(NOT_SAVED.format(what=what)) from storage_failure(exc)


def open_for(
    path: Path, build: Callable[[GraderFile], T], error: type[GraderError], kind: str
) -> T:
    """Open ``path`` and build the window's controller on it; any failure is
    ``error`` with a French sentence, and the file is closed again."""
    try:
        gfile = open_file(path)
    except GraderError as exc:
        raise error(str(exc), code=exc.code) from exc
    except Exception as exc:  # a damaged file must never show a traceback
        raise error(
            f"{Path(path).name} ne peut pas être ouvert : il est endommagé "
            f"ou ce n'est pas {kind}."
        ) from exc
    try:
        return build(gfile)
    except error:
        gfile.close()
        raise
    except Exception as exc:
        gfile.close()
        raise error(
            f"{Path(path).name} ne peut pas être lu : le fichier est incomplet ou endommagé."
        ) from exc
