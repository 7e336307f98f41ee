"""Merge speed: 30 signed juror files × 40 candidates on the largest shipped
référentiel, against a bare SQLite ATTACH + INSERT … SELECT of the same rows.

    .venv/bin/python benchmarks/bench_merge.py [--jurors 30] [--candidates 40] [--audit]

The juror files are generated fast (direct SQL inserts) but every sheet gets
its real digest and Ed25519 signature, so the merge verifies them all.
``--audit`` also writes the « mark.set » event the grader logs for every mark,
as a real juror file holds; the bare copy copies the same rows as the merge.
The machine's load average is printed: on a busy machine the times swell.
"""

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader.grading import keys  # noqa: E402
from grader.grading.merge import merge_juror_files  # noqa: E402
from grader.grading.session_ops import (  # noqa: E402
    add_candidate,
    add_juror,
    create_session,
    export_juror_files,
)
from grader.grading.signed_form import form_digest, read_sheets  # noqa: E402
from grader.models.store import open_file  # noqa: E402
from grader.models.tables import new_id  # noqa: E402
from grader.referential import ReferentialError, load_referential  # noqa: E402
from grader.referential.model import Referential, ScaleKind  # noqa: E402


def largest_referential() -> Path:
    best, best_count = ROOT / "tests" / "data" / "mini.yaml", 0
    for path in sorted((ROOT / "referentials").glob("*.yaml")):
        try:
            count = sum(len(a.criteria) for a in load_referential(path).assessments)
        except (ReferentialError, OSError):
            continue
        if count > best_count:
            best, best_count = path, count
    return best


def _sql_time(now: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(now)) + ".000000"


def grade_fast(path: Path, ref: Referential, rng: random.Random, audit: bool = False) -> int:
    """Mark every criterion of every sheet and sign it, in one transaction."""
    # The juror's key, born as in the juror's grader (kept in a folder of the bench).
    with open_file(path) as jf:
        keys.create_juror_key(jf, directory=path.parent / "cles")
        private_key = keys.load_signing_key(jf, directory=path.parent / "cles")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    now = _sql_time(time.time())
    marks = 0
    sheets = conn.execute("SELECT id, assessment_id FROM sheet").fetchall()
    for sid, aid in sheets:
        assessment = ref.assessment(aid)
        rows = []
        for c in assessment.criteria:
            if assessment.scale.kind is ScaleKind.POINTS:
                level, points = None, float(rng.randint(0, int(assessment.scale.max_points or 4)))
            else:
                level, points = rng.choice(assessment.scale.levels).code, None
            rows.append((new_id(), sid, c.id, level, points, "", 0, "", now))
        conn.executemany("INSERT INTO mark VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        if audit:
            conn.executemany(
                "INSERT INTO auditevent (id, at, actor, action, entity, entity_id, old, new)"
                " VALUES (?, ?, 'Juré', 'mark.set', 'mark', ?, '{}', ?)",
                [
                    (new_id(), now, f"{sid}/{r[2]}", json.dumps({"level": r[3], "points": r[4]}))
                    for r in rows
                ],
            )
        marks += len(rows)
        conn.execute(
            "UPDATE sheet SET status = 'signed', signed_at = ?, updated_at = ? WHERE id = ?",
            (now, now, sid),
        )
        sheet, mark_rows = read_sheets(lambda q, p: conn.execute(q, p), sheet_ids=[sid])[sid]
        digest = form_digest(sheet, mark_rows)
        conn.execute(
            "UPDATE sheet SET digest = ?, signature = ? WHERE id = ?",
            (digest, private_key.sign(bytes.fromhex(digest)).hex(), sid),
        )
    conn.execute("COMMIT")
    conn.close()
    return marks


def build(
    root: Path, jurors: int, candidates: int, audit: bool = False
) -> tuple[Path, list[Path], int]:
    ref_path = largest_referential()
    ref = load_referential(ref_path)
    with create_session(ref_path, root / "session.jury", title="Banc d'essai") as g:
        for i in range(jurors):
            add_juror(g, f"Juré {i:02d}", "professionnel" if i else "responsable_pedagogique")
        for i in range(candidates):
            add_candidate(g, f"Candidat{i:03d}", "Test")
        paths = export_juror_files(g, root / "grilles")
    rng = random.Random(1)
    marks = sum(grade_fast(p, ref, rng, audit) for p in paths)
    print(
        f"référentiel : {ref_path.name} ({sum(len(a.criteria) for a in ref.assessments)} "
        f"critères, {len(ref.assessments)} épreuves)"
    )
    return root / "session.jury", paths, marks


def time_merge(session: Path, paths: list[Path], work: Path) -> float:
    copy = work / "merge.jury"
    shutil.copyfile(session, copy)
    with open_file(copy) as gfile:
        start = time.perf_counter()
        report = merge_juror_files(gfile, paths)
        elapsed = time.perf_counter() - start
    assert report.ok, report.refused
    copy.unlink()
    return elapsed


# What merge_juror_files sets on its own connection (see grader/grading/merge.py).
MERGE_PRAGMAS = ("cache_size = -65536", "temp_store = MEMORY", "wal_autocheckpoint = 10000")


def time_bare(session: Path, paths: list[Path], work: Path, tuned: bool = False) -> float:
    """The same rows copied by SQLite alone, in the same file mode (WAL, foreign
    keys, FULL sync); ``tuned``: with the merge's cache and checkpoint settings."""
    copy = work / "bare.jury"
    shutil.copyfile(session, copy)
    conn = sqlite3.connect(copy, isolation_level=None)
    pragmas = ("foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL")
    for pragma in pragmas + (MERGE_PRAGMAS if tuned else ()):
        conn.execute(f"PRAGMA {pragma}")
    start = time.perf_counter()
    for p in paths:
        conn.execute("ATTACH DATABASE ? AS jf", (p.resolve().as_uri() + "?mode=ro",))
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO main.sheet SELECT * FROM jf.sheet")
        conn.execute("INSERT INTO main.mark SELECT * FROM jf.mark")
        conn.execute("INSERT OR IGNORE INTO main.auditevent SELECT * FROM jf.auditevent")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE jf")
    if tuned:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # as the merge does at the end
    elapsed = time.perf_counter() - start
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jurors", type=int, default=30)
    parser.add_argument("--candidates", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--audit", action="store_true", help="un événement d'audit par note")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-merge-") as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        session, paths, marks = build(root, args.jurors, args.candidates, args.audit)
        print(
            f"{len(paths)} grilles de jurés, {marks} notes signées "
            f"(générées en {time.perf_counter() - start:.1f} s)"
        )
        load = os.getloadavg()[0]
        # Interleaved, so that a burst of load elsewhere hits both alike.
        merges: list[float] = []
        bares: list[float] = []
        tuned: list[float] = []
        for _ in range(args.repeat):
            merges.append(time_merge(session, paths, root))
            bares.append(time_bare(session, paths, root))
            tuned.append(time_bare(session, paths, root, tuned=True))
        merge, bare = statistics.median(merges), statistics.median(bares)
    print(f"merge_juror_files : {merge:.2f} s (médiane de {args.repeat}, min {min(merges):.2f})")
    print(f"ATTACH + INSERT … SELECT nu : {bare:.2f} s (médiane, min {min(bares):.2f})")
    print(f"rapport : {merge / bare:.1f} ×")
    floor = statistics.median(tuned)
    print(f"  le même, réglé comme la fusion : {floor:.2f} s (rapport {merge / floor:.1f} ×)")
    print(f"charge de la machine : {load:.2f} → {os.getloadavg()[0]:.2f} ({os.cpu_count()} cœurs)")


if __name__ == "__main__":
    main()
