"""``grader --self-test``: the smoke test of an installation or a desktop bundle.

Loads every shipped référentiel, creates a session with a juror and a
candidate in a temporary folder, exports its PV, and (when a screen or the
offscreen platform is available) builds the start window once.
"""

import tempfile
from collections.abc import Callable
from pathlib import Path

from grader.paths import shipped_referentials


def run_self_test(say: Callable[[str], None] = print, with_ui: bool = True) -> int:
    from grader.export import export_pv
    from grader.grading.session_ops import add_candidate, add_juror, create_session
    from grader.referential import ReferentialError, load_referential

    files = shipped_referentials()
    if not files:
        say("ÉCHEC : aucun référentiel livré n'a été trouvé.")
        return 1
    for path in files:
        try:
            ref = load_referential(path)
        except ReferentialError as exc:
            say(f"ÉCHEC : {path.name} refusé :\n{exc}")
            return 1
        say(f"ok  référentiel {ref.id} ({sum(len(b.criteria) for b in ref.blocs)} critères)")
    with tempfile.TemporaryDirectory(prefix="grader-self-test-") as tmp:
        folder = Path(tmp)
        gfile = create_session(files[0], folder / "auto-test.jury", title="Auto-test")
        try:
            add_juror(gfile, "Juré de test", "president")
            add_candidate(gfile, "Cœur-Élan", "Zoé")
            pv = export_pv(gfile, folder)
            if not pv.exists() or pv.stat().st_size == 0:
                say("ÉCHEC : le procès-verbal n'a pas été écrit.")
                return 1
            say(f"ok  session créée et procès-verbal exporté ({pv.stat().st_size} octets)")
        finally:
            gfile.close()
    if with_ui:
        try:
            from grader.ui.app import smoke_test_window
        except ImportError as exc:
            say(f"ÉCHEC : l'interface ne se charge pas : {exc}")
            return 1
        say(smoke_test_window())
    say("Auto-test réussi.")
    return 0
