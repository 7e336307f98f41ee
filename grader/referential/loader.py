"""Load a référentiel YAML file into the immutable objects of ``model``.

Every problem of the file is collected, each as ``file:line: message`` in
plain French; a référentiel with any problem is refused as a whole
(``ReferentialError``). Nothing raised inside the checks escapes as a
traceback: it becomes a located message too.
"""

import hashlib
import os
from pathlib import Path

import yaml

from grader.errors import BadFile
from grader.referential.build import build
from grader.referential.model import Referential
from grader.referential.spec import FORMAT
from grader.referential.structure import Checker
from grader.referential.validate import validate
from grader.referential.yamltext import (
    Loader,
    Problems,
    YamlLoader,
    forbidden_character,
    parse_yaml,
    reader_error_line,
)

# The largest référentiel shipped is 60 KB; 1 MB is plenty, and refusing past
# it before parsing keeps a 50 MB file from holding the window for half a minute.
MAX_REFERENTIAL_BYTES = 1_000_000


def _too_big(source: str, size: int) -> "ReferentialError":
    megabytes = f"{size / 1_000_000:.1f}".replace(".", ",")
    return ReferentialError(
        [
            f"{source}:1: le fichier fait {megabytes} Mo ; un référentiel ne dépasse pas "
            f"{MAX_REFERENTIAL_BYTES // 1_000_000} Mo (est-ce bien le bon fichier ?)."
        ]
    )


class ReferentialError(BadFile):
    """A référentiel was refused; ``problems`` holds every ``file:line: message``."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def load_referential(path: str | Path) -> Referential:
    """Load and check one file; raises ``ReferentialError`` listing every problem."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            # Read one byte more than allowed: a bigger file is refused unread.
            data = f.read(MAX_REFERENTIAL_BYTES + 1)
            if len(data) > MAX_REFERENTIAL_BYTES:
                raise _too_big(path.name, os.fstat(f.fileno()).st_size)
    except FileNotFoundError:
        raise ReferentialError([f"{path.name}: fichier introuvable ({path})."]) from None
    except IsADirectoryError:
        raise ReferentialError([f"{path.name}: c'est un dossier, pas un fichier."]) from None
    except OSError as exc:
        raise ReferentialError(
            [f"{path.name}: impossible de lire le fichier ({exc.strerror or exc})."]
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReferentialError(
            [
                f"{path.name}:{line}: le fichier n'est pas enregistré en UTF-8 (octet "
                f"0x{data[exc.start]:02x} illisible) ; réenregistrez-le en UTF-8 depuis "
                "votre éditeur."
            ]
        ) from None
    return load_referential_text(text, source=path.name)


def load_referential_text(text: str, source: str = "<texte>") -> Referential:
    """Load and check a référentiel given as text; ``source`` names it in messages."""
    if len(text) > MAX_REFERENTIAL_BYTES or len(text.encode("utf-8")) > MAX_REFERENTIAL_BYTES:
        raise _too_big(source, len(text.encode("utf-8")))
    problems = Problems(source)
    loader: YamlLoader | None = None
    checker: Checker | None = None
    try:
        # PyYAML's reader already checks the first characters here.
        loader = Loader(text)
        checker = Checker(loader, problems)
        node = parse_yaml(loader, text, problems)
        root = checker.check(node, FORMAT) if node is not None else None
        if root is not None:
            validate(root, problems)
        if not problems and root is not None:
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            return build(root, digest, source)
    except yaml.reader.ReaderError as exc:
        problems.add(reader_error_line(text, exc), forbidden_character(exc))
    except RecursionError:
        problems.add(
            checker.line if checker else 1, "le texte est imbriqué trop profondément pour être lu."
        )
    except Exception as exc:  # a user never sees a traceback
        problems.add(
            checker.line if checker else 1,
            "le référentiel n'a pas pu être lu à cause d'une erreur inattendue "
            f"({type(exc).__name__} : {exc}) ; signalez-la à l'équipe grader.",
        )
    finally:
        if loader is not None:
            loader.dispose()
    if not problems:  # pragma: no cover — every path above reports or returns
        problems.add(1, "le référentiel n'a pas pu être lu.")
    raise ReferentialError(problems.render())
