"""``grader`` alone starts the application; ``grader screenshots DIR``
renders every window to PNG without a display."""

import argparse
import os
from pathlib import Path


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = sub.add_parser(
        "screenshots",
        help="enregistre en PNG toutes les fenêtres (sans affichage)",
        description="Enregistre en PNG, à 1366×768, l'écran d'accueil, la grille (échelle "
        "binaire et à quatre niveaux), la fenêtre de signature et les fenêtres du "
        "responsable (session, comparaison, décision, import, export, statistiques) ; "
        "dans DOSSIER/1920, la grille et la session à 1920×1080 ; dans DOSSIER/sombre, "
        "la grille en thème sombre. Les noms des fichiers ne changent pas d'une fois "
        "à l'autre.",
    )
    p.add_argument("dossier", type=Path, help="dossier où écrire les images")
    p.add_argument("--referential", type=Path, default=None,
                   help="référentiel YAML de l'exemple (par défaut : celui des tests)")
    # The spellings of earlier versions, still accepted.
    p.add_argument("--referentiel", dest="referential", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--langue", dest="language", choices=("fr", "en"), help=argparse.SUPPRESS)
    p.add_argument("--language", choices=("fr", "en"), default="fr",
                   help="langue des écrans (en : la série anglaise, à mettre dans son propre "
                   "dossier, par exemple docs/screenshots/en)")
    p.set_defaults(func=screenshots)


def screenshots(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from grader.ui.screenshots import render_screenshots

    try:
        paths = render_screenshots(args.dossier, args.referential, args.language)
    except Exception as exc:  # a message, never a traceback
        print(f"Captures impossibles : {exc}")
        return 1
    for path in paths:
        print(path)
    return 0
