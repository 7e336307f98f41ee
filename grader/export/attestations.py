"""Attestations de validation de blocs (PDF): one page per candidate who
validated some blocs but not the whole certification, listing the blocs
acquired (and when) and those still to validate."""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from grader.export.data import CandidateResult, ExportData
from grader.export.pdf_common import (
    DRAFT_MARK,
    HEADER_BG,
    RULE,
    PageInfo,
    build_pdf,
    content_digest,
    esc,
    french_date,
    para,
    rich,
    styles,
    table_style,
)
from grader.grading.vocabulary import BlocState, Outcome

WIDTH = 180 * mm


def partial_candidates(data: ExportData) -> list[CandidateResult]:
    return [c for c in data.candidates if c.outcome is Outcome.VALIDATION_PARTIELLE]


def acquired_list(data: ExportData, c: CandidateResult) -> list[tuple[str, str, str, str]]:
    """(code, title, date, where) of every bloc the candidate holds, as the
    deliberation table says: validated here, or acquired earlier."""
    rows = []
    here = f"Session du {french_date(data.session.session_date)}"
    if data.session.place:
        here += f", {data.session.place}"
    titles = {b.code: b.title for b in data.referential.blocs}
    for cell in c.row.held:
        title = titles.get(cell.bloc_code, "")
        if cell.state is BlocState.DEJA_ACQUIS:
            earlier = cell.acquired
            when = french_date(earlier.acquired_on) if earlier and earlier.acquired_on else "—"
            rows.append((cell.bloc_code, title, when, earlier.source_session if earlier else ""))
        else:
            rows.append((cell.bloc_code, title, french_date(data.session.session_date), here))
    return rows


def _que(first_name: str) -> str:
    """« que » elided before a vowel, as French writes it (« qu'Élodie »); a leading
    h is left alone since an h aspiré (« que Hugo ») cannot be told apart."""
    vowels = "aeiouyàâäéèêëîïôöùûüÿœæ"
    return "qu'" if first_name[:1].lower() in vowels and first_name[:1] else "que "


def _page(data: ExportData, c: CandidateResult) -> list[Flowable]:
    st = styles()
    ref = data.referential
    cand = c.candidate
    story: list[Flowable] = []
    if not data.closed:
        story.append(para(DRAFT_MARK, st.banner))
    story.append(para("Attestation de validation de blocs de compétences", st.title))
    ident = f"{ref.title}" + (f" — {ref.rncp}" if ref.rncp else "")
    if ref.level is not None:
        ident += f" — niveau {ref.level}"
    story += [para(ident, st.h2), para(f"Certificateur : {ref.certifier}", st.body), Spacer(1, 8)]
    who = f"<b>{esc(cand.first_name)} {esc(cand.last_name.upper())}</b>"
    if cand.birth_date is not None:
        who += f", né(e) le {cand.birth_date:%d/%m/%Y}"
    if cand.external_id:
        who += f" (n° {esc(cand.external_id)})"
    story.append(
        rich(
            f"Le jury de certification atteste {_que(cand.first_name)}{who} a validé les blocs "
            "de compétences "
            "suivants, acquis définitivement (capitalisables) :",
            st.body,
        )
    )
    story.append(Spacer(1, 6))
    head = ["Bloc", "Intitulé", "Date de validation", "Session"]
    rows: list[list[Any]] = [[para(h, st.cell_head) for h in head]]
    for code, title, when, where in acquired_list(data, c):
        rows.append(
            [
                para(code, st.cell_bold),
                para(title, st.cell),
                para(when, st.cell),
                para(where, st.cell),
            ]
        )
    table = Table(rows, colWidths=[32 * mm, 68 * mm, 28 * mm, 52 * mm], repeatRows=1)
    table.setStyle(table_style([("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                               ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    story.append(table)
    held = {cell.bloc_code for cell in c.row.held}
    missing = [b for b in ref.blocs if b.code not in held]
    if missing:
        story.append(Spacer(1, 8))
        story.append(para("Blocs restant à valider pour obtenir la certification :", st.body))
        for b in missing:
            story.append(rich(f"• <b>{esc(b.code)}</b> — {esc(b.title)}", st.body))
    story.append(Spacer(1, 14))
    story.append(
        para(
            f"Fait à {data.session.place or '…'}, le {french_date(data.session.session_date)}.",
            st.body,
        )
    )
    president = next((j for j in data.jurors if j.is_president), None)
    signer = f"{president.name} — Président du jury" if president else "Le président du jury"
    story += [Spacer(1, 4), para(signer, st.body), Spacer(1, 22 * mm)]
    story.append(para("Signature", st.small))
    return story


def render_attestations(data: ExportData, who: Sequence[CandidateResult], path: Path) -> None:
    story: list[Flowable] = []
    for n, c in enumerate(who):
        if n:
            story.append(PageBreak())
        story += _page(data, c)
    content = [[c.candidate.id, c.candidate.birth_date, acquired_list(data, c)] for c in who]
    when = french_date(data.session.session_date)
    info = PageInfo(
        left=f"Attestations de blocs — {data.referential.title} — {when}",
        digest=content_digest([content, data.closed]),
        draft=not data.closed,
    )
    build_pdf(path, story, info, title="Attestations de validation de blocs de compétences")
