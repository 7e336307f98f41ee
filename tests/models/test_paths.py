"""Files are opened by their path as it is: a folder named « Session #3 »,
« ?», « % », spaces and accents work for every command; a path too long for
SQLite is refused with the limit, before anything is written."""

import os
from pathlib import Path

import pytest

from grader.cli import main
from grader.grading import session_ops
from grader.models.store import MAX_PATH_BYTES, FileRefused, create_file, open_file
from grader.models.tables import JurySession

DATA = Path(__file__).resolve().parent.parent / "data"
Capture = pytest.CaptureFixture[str]

AWKWARD = ["Session #3", "Qui ? Quoi", "100 % réussite", "Été 2026 — Lyon", "a%23b", "x?mode=ro"]


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("folder", AWKWARD)
def test_every_write_command_works_in_an_awkward_folder(
    tmp_path: Path, capsys: Capture, folder: str
) -> None:
    here = tmp_path / folder
    here.mkdir()
    session = here / "Jury de juin #2.jury"
    code, _, err = run(capsys, "session", "new", str(DATA / "mini.yaml"), "--out", str(session),
                       "--assessment", "veille")
    assert code == 0, err
    code, _, err = run(capsys, "jurors", "add", str(session), "--name", "Élodie Martin",
                       "--role", "president")
    assert (code, err) == (0, "")
    csv = here / "candidats #1.csv"
    csv.write_text("Nom;Prénom\nDupont;Zoé\n", encoding="utf-8")
    code, _, err = run(capsys, "candidates", "import", str(session), str(csv))
    assert (code, err) == (0, "")
    out_dir = here / "grilles ?%#"
    code, _, err = run(capsys, "juror-file", "export", str(session), "--out", str(out_dir))
    assert (code, err) == (0, "")
    grilles = sorted(out_dir.glob("*.grille"))
    assert len(grilles) == 1
    code, _, err = run(capsys, "merge", str(session), str(grilles[0]))
    assert code == 0, err
    code, _, err = run(capsys, "export", "pv", str(session), "--out", str(here / "pv #"))
    assert (code, err) == (0, "")
    # Nothing was written anywhere but where it was asked: no stray « Session »
    # database cut at the « # » or « ? ».
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
    with open_file(session, readonly=True) as g:
        assert [c.last_name for c in session_ops.list_candidates(g)] == ["Dupont"]
        assert [j.name for j in session_ops.list_jurors(g)] == ["Élodie Martin"]


def _session() -> JurySession:
    return JurySession(referential_id="r", referential_hash="h", referential_yaml="")


def _deep(tmp_path: Path, total: int) -> Path:
    """A file path of exactly ``total`` bytes, in folders of 100 characters."""
    folder = tmp_path
    while len(os.fsencode(folder)) + 101 + 20 < total:
        folder = folder / ("d" * 100)
    folder.mkdir(parents=True, exist_ok=True)
    stem_len = total - len(os.fsencode(folder)) - 1 - len(".jury")
    return folder / ("s" * stem_len + ".jury")


def test_the_longest_accepted_path_works_and_one_more_byte_is_refused(tmp_path: Path) -> None:
    longest = _deep(tmp_path, MAX_PATH_BYTES)
    assert len(os.fsencode(longest)) == MAX_PATH_BYTES
    with create_file(longest, "session", _session()) as g:
        assert g.kind == "session"
    with open_file(longest) as g:
        assert g.meta["file_kind"] == "session"
    too_long = _deep(tmp_path, MAX_PATH_BYTES + 1)
    with pytest.raises(FileRefused) as caught:
        create_file(too_long, "session", _session())
    assert str(caught.value).startswith(f"Le chemin de {too_long.name} est trop long")
    assert f"{MAX_PATH_BYTES + 1} octets ; grader en accepte {MAX_PATH_BYTES} au plus" in str(
        caught.value
    )
    assert not too_long.exists()
    assert not Path(f"{too_long}.lock").exists()


def test_a_too_long_path_is_refused_in_french_by_the_cli(tmp_path: Path, capsys: Capture) -> None:
    target = _deep(tmp_path, 600)
    code, _, err = run(capsys, "session", "new", str(DATA / "mini.yaml"), "--out", str(target))
    assert code != 0
    assert "est trop long (600 octets ; grader en accepte 490 au plus" in err
    assert "Traceback" not in err
    assert not target.exists()
