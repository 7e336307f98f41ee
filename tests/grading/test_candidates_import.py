"""Candidate import from CSV/XLSX: good lists in the formats French Excel
writes, and broken lists refused with a row-numbered French message and
nothing changed in the session."""

import os
import random
import shutil
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import func, select

from grader.grading.candidates_import import (
    MAX_CANDIDATES,
    CandidateImportError,
    import_candidates,
    parse_candidates,
    read_candidates,
)
from grader.grading.session_ops import add_candidate, create_session
from grader.models.store import GraderFile
from grader.models.tables import AuditEvent, Candidate, JurySession, utc_now

DATA = Path(__file__).resolve().parent.parent / "data"
FILES = DATA / "candidates"


@pytest.fixture
def gfile(tmp_path: Path) -> GraderFile:
    g = create_session(DATA / "mini.yaml", tmp_path / "session.jury", title="Session test")
    yield g
    g.close()


def counts(g: GraderFile) -> tuple[int, int]:
    with g.new_session() as s:
        return (
            s.exec(select(func.count()).select_from(Candidate)).one(),
            s.exec(select(func.count()).select_from(AuditEvent)).one(),
        )


def stored(g: GraderFile) -> dict[str, Candidate]:
    with g.new_session() as s:
        return {c.last_name: c for c in s.exec(select(Candidate)).all()}


# ---------------------------------------------------------------- good files


def test_utf8_bom_semicolon(gfile: GraderFile) -> None:
    report = import_candidates(gfile, FILES / "bon_utf8_bom_pointvirgule.csv")
    assert report.imported == 3
    assert report.skipped_duplicates == []
    rows = stored(gfile)
    assert set(rows) == {"dupont", "N'Diaye", "Le Gall; de Kerguelen"}
    dupont = rows["dupont"]
    assert (dupont.first_name, dupont.external_id) == ("Élodie", "0012")  # trimmed, zeros kept
    assert dupont.email == "elodie.dupont@exemple.fr"
    assert dupont.birth_date == date(2001, 3, 7)
    assert dupont.extra_time_ratio == 0.0
    ndiaye = rows["N'Diaye"]
    assert ndiaye.birth_date == date(2000, 11, 30)
    assert ndiaye.accommodation_type == "tiers-temps"
    # A free-text detail is not kept (it may name a diagnosis): only a decision's date.
    assert ndiaye.accommodation_detail == ""
    assert ndiaye.accommodation_authorised_by == "Référent handicap"
    assert ndiaye.extra_time_ratio == pytest.approx(1 / 3)
    assert rows["Le Gall; de Kerguelen"].first_name == "Jean-Noël"


def test_import_is_audited_once(gfile: GraderFile) -> None:
    import_candidates(gfile, FILES / "bon_utf8_bom_pointvirgule.csv")
    with gfile.new_session() as s:
        events = s.exec(select(AuditEvent).where(AuditEvent.action == "candidates.import")).all()
    assert len(events) == 1
    assert '"imported": 3' in events[0].new


def test_cp1252_comma(gfile: GraderFile) -> None:
    report = import_candidates(gfile, FILES / "bon_cp1252_virgule.csv")
    assert report.imported == 2
    rows = stored(gfile)
    assert rows["Lefèvre"].first_name == "Hélène"
    assert rows["Lefèvre"].extra_time_ratio == pytest.approx(1 / 3)  # « x » in Tiers-temps
    assert rows["Lefèvre"].accommodation_type == "tiers-temps"
    assert rows["Œuvray"].first_name == "Françoise"
    assert rows["Œuvray"].extra_time_ratio == 0.0


def test_english_headers_tab_and_quoted_newline() -> None:
    rows = parse_candidates(FILES / "good_english_tab.csv")
    assert [(r.last_name, r.first_name, r.external_id) for r in rows] == [
        ("Smith", "John", "A-1"),
        ("O'Brien", "Mary Anne", "A-2"),  # Alt+Entrée inside a cell: one space
    ]
    assert rows[1].accommodation_detail == ""
    assert rows[1].accommodation_authorised_by == "Disability office"
    assert rows[1].line == 3


def test_names_are_nfc(tmp_path: Path) -> None:
    decomposed = "E\u0301lodie"  # « É » as E + combining accent (macOS copy-paste)
    path = tmp_path / "nfd.csv"
    path.write_text(f"Nom;Prénom\nDupont;{decomposed}\n", encoding="utf-8")
    assert parse_candidates(path)[0].first_name == "\u00c9lodie"


def test_medical_column_ignored_with_warning(tmp_path: Path) -> None:
    path = tmp_path / "sante.csv"
    path.write_text(
        "Nom;Prénom;Aménagement;Pathologie;Ville\nDupont;Élodie;tiers-temps;dyslexie;Lyon\n",
        encoding="utf-8",
    )
    parsed = read_candidates(path)
    assert parsed.rows[0].accommodation_type == "tiers-temps"
    assert all("dyslexie" not in str(v) for v in vars_of(parsed.rows[0]))
    assert any("Pathologie" in w and "santé" in w for w in parsed.warnings)
    assert any("Ville" in w and "ignorée" in w for w in parsed.warnings)


def vars_of(row: object) -> list[object]:
    return [getattr(row, f) for f in row.__dataclass_fields__]  # type: ignore[attr-defined]


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def test_xlsx_first_sheet_types_and_row_numbers(tmp_path: Path, gfile: GraderFile) -> None:
    path = write_xlsx(
        tmp_path / "candidats.xlsx",
        {
            "Candidats": [
                ["NOM", "Prénom", "N° candidat", "Date de naissance", "Tiers-temps"],
                ["Dupont", "Élodie", 12345, datetime(2001, 3, 7), True],
                [None, None, None, None, None],  # a blank row keeps Excel's numbering
                ["Martin", "Paul", 12346.0, "15/09/1998", False],
            ],
            "Brouillon": [["rien", "à", "lire"]],
        },
    )
    parsed = read_candidates(path)
    assert [(r.external_id, r.line) for r in parsed.rows] == [("12345", 2), ("12346", 4)]
    assert parsed.rows[0].birth_date == date(2001, 3, 7)
    assert parsed.rows[0].extra_time_ratio == pytest.approx(1 / 3)
    assert parsed.rows[1].birth_date == date(1998, 9, 15)
    assert any("2 feuilles" in w and "Candidats" in w for w in parsed.warnings)
    assert import_candidates(gfile, path).imported == 2


def test_xlsx_errors_name_the_excel_row(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "liste.xlsx",
        {"F1": [["Nom", "Prénom"], ["Dupont", "Élodie"], [None, None], ["Martin", None]]},
    )
    with pytest.raises(CandidateImportError) as err:
        parse_candidates(path)
    assert err.value.problems == ["liste.xlsx, ligne 4 : le prénom est vide."]


def test_xlsx_formula_cell_refused(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "formules.xlsx", {"F1": [["Nom", "Prénom"], ["Dupont", '=CONCAT("Él","odie")']]}
    )
    with pytest.raises(CandidateImportError, match=r"formules\.xlsx, ligne 2 : .*« = »"):
        parse_candidates(path)


def test_same_file_twice_skips_everyone(gfile: GraderFile) -> None:
    import_candidates(gfile, FILES / "bon_utf8_bom_pointvirgule.csv")
    before = counts(gfile)
    report = import_candidates(gfile, FILES / "bon_utf8_bom_pointvirgule.csv")
    assert report.imported == 0
    assert report.skipped_duplicates == [
        "ligne 2 : DUPONT Élodie (déjà dans la session)",
        "ligne 4 : N'DIAYE Aïssatou (déjà dans la session)",
        "ligne 5 : LE GALL; DE KERGUELEN Jean-Noël (déjà dans la session)",
    ]
    assert counts(gfile)[0] == before[0]


def test_candidate_added_by_hand_is_skipped(gfile: GraderFile, tmp_path: Path) -> None:
    add_candidate(gfile, "Dupont", "Élodie")
    path = tmp_path / "liste.csv"
    path.write_text("Nom;Prénom\nDUPONT;Elodie\nMartin;Paul\n", encoding="utf-8")
    report = import_candidates(gfile, path)
    assert report.imported == 1
    assert report.skipped_duplicates == ["ligne 2 : DUPONT Elodie (déjà dans la session)"]


def test_homonyms_with_different_birth_dates_are_two_people(tmp_path: Path) -> None:
    path = tmp_path / "homonymes.csv"
    path.write_text(
        "Nom;Prénom;Date de naissance\nMartin;Paul;01/02/1990\nMartin;Paul;03/04/1995\n",
        encoding="utf-8",
    )
    assert len(parse_candidates(path)) == 2


def test_limit_accepts_10000_rows(tmp_path: Path) -> None:
    path = tmp_path / "max.csv"
    lines = ["Nom;Prénom;Identifiant"] + [f"Nom{i};Prénom{i};{i}" for i in range(MAX_CANDIDATES)]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert len(parse_candidates(path)) == MAX_CANDIDATES == 10_000


def test_utf16_csv_from_excel_unicode_text(tmp_path: Path) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes("Nom\tPrénom\r\nDupont\tÉlodie\r\n".encode("utf-16"))
    assert [(r.last_name, r.first_name) for r in parse_candidates(path)] == [("Dupont", "Élodie")]


# ---------------------------------------------------------------- broken files

BROKEN = [
    ("vide.csv", "vide.csv : le fichier est vide"),
    ("entete_seule.csv", "entete_seule.csv : le fichier ne contient que la ligne d'en-tête"),
    ("sans_colonne_prenom.csv", "sans_colonne_prenom.csv, ligne 1 : colonne(s) obligatoire(s) "
     "absente(s) : Prénom. Colonnes trouvées : « Nom », « Courriel », « Ville »."),
    ("prenom_vide.csv", "prenom_vide.csv, ligne 7 : le prénom est vide."),
    ("nom_vide.csv", "nom_vide.csv, ligne 3 : le nom est vide."),
    ("formule_egal.csv", "formule_egal.csv, ligne 3 : la colonne « Nom » commence par « = »"),
    ("formule_plus_arobase.csv", "formule_plus_arobase.csv, ligne 2 : la colonne « Prénom » "
     "commence par « + »"),
    ("doublon_identifiant.csv", "doublon_identifiant.csv, ligne 4 : DUPONT Élodie figure déjà "
     "ligne 2"),
    ("doublon_nom.csv", "doublon_nom.csv, ligne 4 : DUPONT Elodie figure déjà ligne 2"),
    ("identifiant_reutilise.csv", "identifiant_reutilise.csv, ligne 3 : l'identifiant « 17 » "
     "est déjà celui de DUPONT Élodie (ligne 2)."),
    ("date_invalide.csv", "date_invalide.csv, ligne 2 : la date de naissance « 31/02/2001 » "
     "n'est pas une date valide"),
    ("date_future.csv", "date_future.csv, ligne 2 : la date de naissance 01/01/2999 n'est pas "
     "plausible."),
    ("email_invalide.csv", "email_invalide.csv, ligne 2 : l'adresse électronique "
     "« elodie.dupont.exemple.fr » n'est pas valide."),
    ("tiers_temps_invalide.csv", "tiers_temps_invalide.csv, ligne 2 : la colonne « Tiers-temps » "
     "contient « peut-être »"),
    ("valeur_en_trop.csv", "valeur_en_trop.csv, ligne 3 : 1 valeur(s) au-delà de la dernière "
     "colonne (« en trop »)"),
    ("colonne_en_double.csv", "colonne_en_double.csv, ligne 1 : deux colonnes correspondent à "
     "« Nom » (colonnes 1 et 2)"),
    ("encodage_inconnu.csv", "encodage_inconnu.csv : ce fichier n'est pas un texte CSV lisible"),
    ("octets_nuls.csv", "octets_nuls.csv : ce fichier n'est pas un texte CSV lisible"),
    ("pas_un_classeur.xlsx", "pas_un_classeur.xlsx : ce fichier n'est pas un classeur Excel "
     "valide (.xlsx)"),
    ("ancien_format.xls", "ancien_format.xls : ce classeur est au format Excel 97-2003 (.xls)"),
    ("zip_sans_classeur.xlsx", "zip_sans_classeur.xlsx : ce classeur Excel est endommagé"),
]


@pytest.mark.parametrize(("name", "expected"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_file_refused_and_session_unchanged(
    gfile: GraderFile, tmp_path: Path, name: str, expected: str
) -> None:
    add_candidate(gfile, "Existant", "Déjà")
    before = counts(gfile)
    path = tmp_path / name
    shutil.copy(FILES / name, path)
    with pytest.raises(CandidateImportError) as err:
        import_candidates(gfile, path)
    assert any(p.startswith(expected) for p in err.value.problems), err.value.problems
    assert "Traceback" not in str(err.value)
    assert counts(gfile) == before


def test_every_bad_row_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "candidats.csv"
    path.write_text(
        "Nom;Prénom;Email\nDupont;;\nMartin;Paul;pas-une-adresse\nDurand;Julie;\n;Lucas;\n",
        encoding="utf-8",
    )
    with pytest.raises(CandidateImportError) as err:
        parse_candidates(path)
    assert [p.split(" : ")[0] for p in err.value.problems] == [
        "candidats.csv, ligne 2",
        "candidats.csv, ligne 3",
        "candidats.csv, ligne 5",
    ]


def broken_generated(tmp_path: Path) -> list[tuple[Path, str]]:
    rng = random.Random(4)
    noise = tmp_path / "bruit.csv"
    noise.write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    jpeg = tmp_path / "photo.csv"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + os.urandom(512))
    big = tmp_path / "trop.csv"
    big.write_text(
        "Nom;Prénom\n" + "".join(f"Nom{i};Prénom{i}\n" for i in range(MAX_CANDIDATES + 1)),
        encoding="utf-8",
    )
    big_xlsx = write_xlsx(
        tmp_path / "trop.xlsx",
        {"F1": [["Nom", "Prénom"]] + [[f"N{i}", f"P{i}"] for i in range(MAX_CANDIDATES + 1)]},
    )
    truncated = tmp_path / "tronque.xlsx"
    full = write_xlsx(tmp_path / "complet.xlsx", {"F1": [["Nom", "Prénom"], ["A", "B"]]})
    truncated.write_bytes(full.read_bytes()[:300])
    return [
        (noise, "bruit.csv : ce fichier n'est pas un texte CSV lisible"),
        (jpeg, "photo.csv : ce fichier n'est pas un texte CSV lisible"),
        (big, "trop.csv : le fichier contient plus de 10\u202f000 lignes de candidats"),
        (big_xlsx, "trop.xlsx : le fichier contient plus de 10\u202f000 lignes de candidats"),
        (truncated, "tronque.xlsx : ce classeur Excel est endommagé"),
    ]


def test_generated_broken_files(gfile: GraderFile, tmp_path: Path) -> None:
    before = counts(gfile)
    for path, expected in broken_generated(tmp_path):
        with pytest.raises(CandidateImportError) as err:
            import_candidates(gfile, path)
        assert err.value.problems[0].startswith(expected), err.value.problems
    assert counts(gfile) == before


def test_conflicting_identifier_with_session_refuses_whole_file(
    gfile: GraderFile, tmp_path: Path
) -> None:
    add_candidate(gfile, "Dupont", "Élodie", external_id="17")
    before = counts(gfile)
    path = tmp_path / "conflit.csv"
    path.write_text("Nom;Prénom;Identifiant\nMartin;Paul;18\nDurand;Julie;17\n", encoding="utf-8")
    with pytest.raises(CandidateImportError) as err:
        import_candidates(gfile, path)
    assert err.value.problems == [
        "conflit.csv, ligne 3 : l'identifiant « 17 » est déjà celui de DUPONT Élodie "
        "(dans la session)."
    ]
    assert counts(gfile) == before  # Martin, valid, is not imported either


def test_closed_session_refuses_import(gfile: GraderFile) -> None:
    with gfile.transaction() as s:
        js = s.get(JurySession, gfile.session_id)
        assert js is not None
        js.closed_at = utc_now()
        s.add(js)
    before = counts(gfile)
    with pytest.raises(CandidateImportError, match="clôturée"):
        import_candidates(gfile, FILES / "bon_cp1252_virgule.csv")
    assert counts(gfile) == before


def test_too_many_problems_are_summarised(tmp_path: Path) -> None:
    path = tmp_path / "vides.csv"
    path.write_text("Nom;Prénom\n" + "Dupont;-\n" * 80, encoding="utf-8")
    with pytest.raises(CandidateImportError) as err:
        parse_candidates(path)
    assert len(err.value.problems) == 51
    assert err.value.problems[-1] == "… et 30 autre(s) problème(s)."
