"""How the windows call the core: a refusal becomes the window's own error
with the core's French sentence, a storage failure a sentence that says
nothing was changed, and a file that cannot be opened never a traceback."""

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.exc import SQLAlchemyError

from grader.models.store import FileRefused, GraderFile, open_file

T = TypeVar("T")

NOT_SAVED = (
    "{what} n'a pas pu être enregistrée : le fichier est peut-être verrouillé, en "
    "lecture seule ou le disque est plein. Rien n'a été changé."
)


def call_core(
    error: type[Exception], what: str, fn: Callable[..., T], *args: Any, **kwargs: Any
) -> T:
    """Run one core function for a window whose errors are ``error``."""
    try:
        return fn(*args, **kwargs)
    except (ValueError, LookupError, FileRefused) as exc:
        raise error(str(exc)) from exc
    except (SQLAlchemyError, OSError) as exc:
        raise error(NOT_SAVED.format(what=what)) from exc
    except Exception as exc:
        # The core's own refusals (SheetLocked, DecisionRefused…) carry French text.
        if type(exc).__module__.startswith("grader."):
            raise error(str(exc)) from exc
        raise


def open_for(
    path: Path, build: Callable[[GraderFile], T], error: type[Exception], kind: str
) -> T:
    """Open ``path`` and build the window's controller on it; any failure is
    ``error`` with a French sentence, and the file is closed again."""
    try:
        gfile = open_file(path)
    except FileRefused as exc:
        raise error(str(exc)) from exc
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
