"""Killing the program at any moment loses nothing that was shown as saved.

A real process writes marks in a loop and prints each one once the call has
returned; the test kills it with SIGKILL at a random moment, reopens the file
and checks that every acknowledged write is there and that SQLite finds the
file sound. Repeated on the same file, so each round also recovers from the
previous crash (WAL replay, stale lock of a dead program).

The writers are forked from one helper process that has already imported
grader: a fresh interpreter per round would spend most of the test importing.
"""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from grader.grading import marks, session_ops
from grader.grading.audit import list_events
from grader.models.store import integrity_check, open_file

ROUNDS = 24
CRITERION = "BC01/veille/g1/CE.1"

FORK_SERVER = """
import os, sys
from grader.grading import marks
from grader.models.store import open_file

print("prêt", flush=True)
for line in sys.stdin:
    path, sheet_id, criterion, start = line.rstrip("\\n").split("\\t")
    pid = os.fork()
    if pid == 0:
        gfile = open_file(path)
        os.write(1, f"ouvert {os.getpid()}\\n".encode())
        i = int(start)
        while True:
            marks.set_mark_observation(gfile, sheet_id, criterion, f"n°{i}")
            marks.set_mark(gfile, sheet_id, criterion, level="A" if i % 2 else "NA")
            os.write(1, f"{i}\\n".encode())  # one write(2) < PIPE_BUF: never half a line
            i += 1
    _, status = os.waitpid(pid, 0)
    print("fin", status, flush=True)
"""


def _round(
    server: subprocess.Popen[str], path: Path, sheet_id: str, start: int, rng: random.Random
) -> list[int]:
    """One writer killed at a random moment; returns the acknowledged numbers."""
    assert server.stdin is not None
    assert server.stdout is not None
    server.stdin.write(f"{path}\t{sheet_id}\t{CRITERION}\t{start}\n")
    server.stdin.flush()
    opened = server.stdout.readline().split()
    assert opened[0] == "ouvert", opened
    writer = int(opened[1])
    acked = [int(server.stdout.readline()) for _ in range(rng.randint(0, 6))]
    time.sleep(rng.uniform(0, 0.01))
    os.kill(writer, signal.SIGKILL)
    while True:
        line = server.stdout.readline().split()
        if line[0] == "fin":
            assert os.WIFSIGNALED(int(line[1]))
            assert os.WTERMSIG(int(line[1])) == signal.SIGKILL
            return acked
        acked.append(int(line[0]))


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_acknowledged_marks_survive_sigkill(tmp_path: Path, mini_referential_path: Path) -> None:
    rng = random.Random(20250612)
    path = tmp_path / "session.jury"
    with session_ops.create_session(mini_referential_path, path) as g:
        j = session_ops.add_juror(g, "Élodie Martin", "professionnel")
        c = session_ops.add_candidate(g, "Le Bihan", "Zoé")
        sheet_id = marks.open_sheet(g, j.id, c.id, "veille").id
    server = subprocess.Popen(
        [sys.executable, "-c", FORK_SERVER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        assert server.stdout.readline().strip() == "prêt"
        acknowledged: list[int] = []
        start = 0
        for _ in range(ROUNDS):
            acked = _round(server, path, sheet_id, start, rng)
            acknowledged += acked
            with open_file(path) as g:  # takes over the dead writer's lock
                assert integrity_check(g) == []
                mark = marks.sheet_view(g, sheet_id).marks.get(CRITERION)
                written = {
                    json.loads(e.new)["observation"]
                    for e in list_events(g, action="mark.observation")
                }
            if acked:
                last = acked[-1]
                # the write in flight at the kill may or may not have landed; nothing older is lost
                assert mark is not None
                assert mark.observation in (f"n°{last}", f"n°{last + 1}")
                if mark.observation == f"n°{last}":
                    assert mark.level == ("A" if last % 2 else "NA")
            assert {f"n°{i}" for i in acknowledged} <= written
            start = (acked[-1] if acked else start) + 2  # never rewrite the same text
        assert len(acknowledged) >= ROUNDS  # the kills did not all land before any write
    finally:
        server.kill()
        server.communicate(timeout=30)
