"""The "Sổ theo dõi và giấy tờ đã phát hành" dialog over real services on a SQLite file:
the ledger of a period is printed, papers without a dossier are reopened byte for byte and
reprinted with a reason (stamped, counted), a bad period is refused in Vietnamese."""

from __future__ import annotations

import subprocess
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import select

from cchc_desktop.paths import AppPaths
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, IntakeInput
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage import models as m
from cchc_desktop.storage.db import open_database
from cchc_desktop.ui.dialogs.issued_papers import IssuedPapersDialog
from cchc_desktop.ui.pdf_preview import PaperFlow
from cchc_desktop.ui.tasks import InlineTaskRunner

NOW = datetime(2025, 3, 7, 16, 30)


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "paper.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)
    return " ".join(out.stdout.decode("utf-8").split())


@pytest.fixture
def office(tmp_path):
    paths = AppPaths(tmp_path / "data").ensure()
    db = open_database(paths.database)
    install_demo(db, dossiers=0, now=NOW)
    services = Services(paths, db, clock=lambda: NOW)
    officer = authenticate(db, "canbo", "canbo123", now=NOW)
    proc = services.dossiers.intake_procedure("1.004873")
    intake = IntakeInput(
        procedure_code="1.004873",
        applicant=ApplicantInput(name="Lò Thị Hường", id_number="012185000111",
                                 date_of_birth=date(1985, 1, 1), sex="Nữ"),
        components=tuple(ComponentInput(c.id, originals=1) for c in proc.components))
    detail = services.dossiers.accept(intake, user=officer, now=datetime(2025, 3, 3, 8, 0))
    services.documents.issue("receipt", detail.id, user=officer, now=datetime(2025, 3, 3, 8, 1))
    guided = services.dossiers.request_completion(
        intake, ["Tờ khai theo mẫu"], "Thiếu tờ khai", "Đinh Văn Tùng", user=officer,
        now=datetime(2025, 3, 4, 9, 0))
    services.documents.issue_guidance(guided.id, user=officer, now=datetime(2025, 3, 4, 9, 1))
    yield services, officer, detail
    services.close()


@pytest.fixture
def dialog(qtbot, office):
    services, officer, _detail = office
    asked: list[tuple[str, str]] = []
    answers: list[str | None] = []

    def ask_reason(label, number_text):  # what the officer types in the reason dialog
        asked.append((label, number_text))
        return answers.pop(0) if answers else None

    flow = PaperFlow(InlineTaskRunner(), services.documents, ask_reason=ask_reason)
    shown: list = []
    flow.shown.connect(shown.append)
    widget = IssuedPapersDialog(InlineTaskRunner(), services.documents, flow,
                                user=lambda: officer, clock=services.clock)
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    widget.asked, widget.answers, widget.shown = asked, answers, shown  # test handles
    yield widget
    for preview in shown:
        preview.close()


def test_ledger_is_printed_for_the_chosen_period_then_listed(dialog, office, tmp_path):
    _services, _officer, detail = office
    assert dialog.period() == (date(2025, 3, 1), date(2025, 3, 7))
    assert [r.kind for r in dialog.model.rows] == ["supplement"]  # the counter's Mẫu 02
    dialog.set_period(date(2025, 3, 3), date(2025, 3, 4))
    dialog.ledger_button.click()
    [preview] = dialog.shown
    assert preview.windowTitle().startswith("Sổ theo dõi hồ sơ - số 1/")
    text = pdf_text(preview.pdf, tmp_path)
    assert "SỔ THEO DÕI HỒ SƠ" in text and detail.code in text and "Lò Thị Hường" in text
    rows = dialog.model.rows
    assert [(r.kind, r.subject) for r in rows] == [
        ("ledger", "Từ ngày 03/03/2025 đến ngày 04/03/2025"),
        ("supplement", "Hướng dẫn tại quầy: Lò Thị Hường")]
    assert dialog.model.index(0, 3).data() == "16:30 07/03/2025"
    # The same period again is a reprint: the reason is asked; no answer, nothing printed.
    dialog.ledger_button.click()
    assert dialog.asked == [("Sổ theo dõi hồ sơ", rows[0].number_text)]
    assert len(dialog.shown) == 1 and len(dialog.model.rows) == 2


def test_a_paper_without_a_dossier_is_reopened_and_reprinted(dialog, office, tmp_path):
    services, _officer, _detail = office
    dialog.select_row(0)
    original = dialog.selected()
    assert original.kind == "supplement" and original.reprint_no == 0
    dialog.reopen_button.click()
    [reopened] = dialog.shown
    assert reopened.pdf == services.documents.reopen(original.id)
    assert reopened.windowTitle().endswith("(bản lưu)")
    with services.db.session() as s:
        before = s.query(m.IssuedDocument).count()
    assert before == 2  # reopening records nothing

    dialog.answers.append("Công dân xin thêm một bản")
    dialog.reprint_button.click()
    assert dialog.asked == [("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", original.number_text)]
    reprint = dialog.shown[-1]
    text = pdf_text(reprint.pdf, tmp_path)
    assert "BẢN IN LẠI (lần 1)" in text and "1. Tờ khai theo mẫu" in text
    assert f"Số: {original.number_text}" in text
    rows = dialog.model.rows
    assert [(r.reprint_no, r.reprint_reason) for r in rows] == [
        (1, "Công dân xin thêm một bản"), (0, "")]
    assert dialog.model.index(0, 4).data() == "Công dân xin thêm một bản"
    with services.db.session() as s:
        kinds = s.execute(select(m.OutboxEntry.kind).where(
            m.OutboxEntry.kind == "document.issued")).scalars().all()
    assert len(kinds) == 3  # receipt, Mẫu 02, its reprint


def test_dossier_papers_are_listed_on_request(dialog, office):
    _services, _officer, detail = office
    dialog.only_unattached.setChecked(False)
    assert [(r.kind, r.subject) for r in dialog.model.rows] == [
        ("supplement", "Hướng dẫn tại quầy: Lò Thị Hường"),
        ("receipt", f"{detail.code} · Lò Thị Hường")]


def test_a_period_that_ends_before_it_starts_is_refused(dialog, office):
    services, _officer, _detail = office
    dialog.from_edit.setDate(QDate(2025, 3, 5))
    dialog.to_edit.setDate(QDate(2025, 3, 4))
    dialog.ledger_button.click()
    assert dialog.status.text() == "Ngày cuối kỳ phải sau ngày đầu kỳ."
    assert dialog.shown == []
    with services.db.session() as s:
        assert s.execute(select(m.IssuedDocument.kind)).scalars().all() == [
            "receipt", "supplement"]


def test_nothing_selected_says_so(qtbot, dialog):
    dialog.table.clearSelection()
    assert not dialog.reprint_button.isEnabled()
    dialog.reprint_selected()
    assert dialog.status.text() == "Chọn một giấy tờ trong danh sách."
