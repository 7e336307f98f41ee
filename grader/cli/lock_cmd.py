"""``grader unlock FICHIER``: take over the lock a program left on a file
when it can no longer release it (computer switched off, program killed on
another computer). Only a lock that is stale or older than a few hours."""

import argparse
from pathlib import Path

from grader.cli.common import fail
from grader.models import lock


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add ``unlock`` to ``sub``."""
    hours = int(lock.TAKEOVER_AFTER.total_seconds() // 3600)
    unlock = sub.add_parser(
        "unlock",
        help="reprendre un fichier resté verrouillé par un programme arrêté",
        description=(
            "Retire le verrou d'une session ou d'une grille laissé par un programme qui ne "
            "tourne plus (ordinateur éteint, programme arrêté). Un verrou de moins de "
            f"{hours} heures tenu par un programme encore ouvert n'est pas retiré."
        ),
    )
    unlock.add_argument("file", metavar="FICHIER", help="session (.jury) ou grille (.grille)")
    unlock.set_defaults(func=cmd_unlock)


def cmd_unlock(args: argparse.Namespace) -> int:
    path = Path(args.file)
    owner = lock.holder(path)
    if owner is None and not lock.lock_path(path.resolve()).exists():
        print(f"{path.name} n'est pas verrouillé : il peut être ouvert.")
        return 0
    if lock.is_stale(owner):
        lock.lock_path(path.resolve()).unlink(missing_ok=True)
        who = f" (il était tenu par {owner.describe()})" if owner else ""
        print(f"Verrou de {path.name} retiré : le programme qui l'avait posé est arrêté{who}.")
        return 0
    assert owner is not None
    if lock.take_over(path, owner):
        print(
            f"Verrou de {path.name} repris : il était tenu par {owner.describe()}. "
            "Vérifiez qu'il est bien fermé : deux programmes qui écrivent le même fichier "
            "écrasent le travail l'un de l'autre."
        )
        return 0
    hours = int(lock.TAKEOVER_AFTER.total_seconds() // 3600)
    return fail(
        [
            f"{path.name} est ouvert en écriture par {owner.describe()}, depuis moins de "
            f"{hours} heures : le verrou n'est pas retiré. Fermez le fichier dans ce programme, "
            "ou ouvrez-le en lecture seule."
        ]
    )
