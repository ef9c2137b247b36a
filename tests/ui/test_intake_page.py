"""The intake form (Tiếp nhận), driven through its real widgets on a real SQLite database.

Vietnamese text is typed as key events (``QKeyEvent`` with ``Key_unknown`` and the
character), as a keyboard-wedge CCCD scanner would; the database is then checked:
dossier rows, history, the counter guidance record and the hash-chained audit.
Set ``CCHC_INTAKE_SCREENSHOT=/path.png`` to keep the screenshot of the filled form.
"""

from __future__ import annotations

import os
import shutil
import struct
import zlib
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from cchc_desktop.domain.dossier import Status
from cchc_desktop.paths import AppPaths, fonts_dir
from cchc_desktop.services.audit import verify_audit
from cchc_desktop.services.catalogue import list_procedures, search_procedures
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.services.dossiers import DossierFilter
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage import models as m
from cchc_desktop.storage.db import open_database
from cchc_desktop.ui.fonts import apply_application_font
from cchc_desktop.ui.pages.base import PageContext
from cchc_desktop.ui.pages.intake_page import IntakePage, parse_dob
from cchc_desktop.ui.pages.registry import PAGES, resolve_page_class
from cchc_desktop.ui.preferences import preferences_file
from cchc_desktop.ui.tasks import InlineTaskRunner

NOW = datetime(2025, 1, 24, 9, 0)  # Friday before Tết 2025: the due date jumps over it
MARRIAGE_STATUS = "1.004873"  # Cấp Giấy xác nhận tình trạng hôn nhân: 03 ngày làm việc
BIRTH = "1.001193"  # Đăng ký khai sinh: same day
PAYLOAD = ("001190012345|123456789|Nguyễn Thị Đức|15031990|Nữ|"
           "Thôn Phú Lộc, xã Tân Thành, tỉnh Lâm Đồng|20042021")


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """The demo office, catalogue and users installed once; each test gets a copy."""
    folder = tmp_path_factory.mktemp("intake-template")
    db = open_database(folder / "cchc.sqlite3")
    install_demo(db, dossiers=0, now=NOW)
    officer = authenticate(db, "canbo", "canbo123", now=NOW)
    db.close()
    return folder / "cchc.sqlite3", officer


@pytest.fixture
def intake_services(tmp_path, demo_template):
    template, officer = demo_template
    paths = AppPaths(tmp_path / "data").ensure()
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{template}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{paths.database}{suffix}")
    svc = Services(paths, open_database(paths.database), clock=lambda: NOW)
    svc.current_user = officer  # signed in as "canbo" (same ids in every copy)
    yield svc
    svc.close()


@pytest.fixture
def page(qtbot, intake_services):
    apply_application_font(QApplication.instance(), fonts_dir())
    paths = intake_services.paths
    context = PageContext(tasks=InlineTaskRunner(), paths=paths,
                          preferences_path=preferences_file(paths.data),
                          database_path=paths.database)
    widget = IntakePage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    widget.set_services(intake_services)
    return widget


# ----------------------------------------------------------------------------- typing


def type_text(widget: QWidget, text: str) -> None:
    """One key event per character (keyClicks aborts on letters outside Latin-1)."""
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))


def press(widget: QWidget, key: Qt.Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def type_and_enter(qtbot, text: str) -> QWidget:
    """Type into the focused field, press Enter, return the field typed into."""
    widget = focused()
    assert widget is not None
    type_text(widget, text)
    press(widget, Qt.Key.Key_Return)
    return widget


def choose_procedure(page: IntakePage, query: str) -> None:
    page.focus_procedure()
    assert focused() is page.picker.search
    type_text(page.picker.search, query)
    press(page.picker.search, Qt.Key.Key_Return)
    assert page.procedure is not None


def tick(page: IntakePage, *positions: int) -> None:
    """Tick components by position with Space, as on the keyboard."""
    for row in page.checklist.rows.values():
        if row.option.position in positions and not row.check.isChecked():
            row.check.setFocus()
            press(row.check, Qt.Key.Key_Space)
            QApplication.sendEvent(row.check, QKeyEvent(QEvent.Type.KeyRelease,
                                                        Qt.Key.Key_Space,
                                                        Qt.KeyboardModifier.NoModifier))
            assert row.check.isChecked()


def tick_required(page: IntakePage) -> None:
    tick(page, *(r.option.position for r in page.checklist.rows.values() if r.option.required))


def dossiers(svc: Services) -> list[m.Dossier]:
    with svc.db.session() as s:
        rows = s.execute(select(m.Dossier).order_by(m.Dossier.id)).scalars().all()
        for d in rows:
            _ = (list(d.events), list(d.components), list(d.fees))
        s.expunge_all()
        return rows


def guidance(svc: Services) -> list[m.CounterGuidance]:
    with svc.db.session() as s:
        rows = s.execute(select(m.CounterGuidance)).scalars().all()
        s.expunge_all()
        return rows


def pdf_text(pdf: bytes, folder: Path | None = None) -> str:
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        path = Path(tmp) / "paper.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)
    return " ".join(out.stdout.decode("utf-8").split())


def png_bytes() -> bytes:
    """A real 2×2 PNG (the file store checks content, not the name)."""
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def drop_file(widget: QWidget, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = widget.rect().center()
    center = QPointF(point)
    action = Qt.DropAction.CopyAction
    # QDragEnterEvent takes an integer QPoint (QDropEvent a QPointF)
    enter = QDragEnterEvent(point, action, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)  # makes the row the current drop target
    assert enter.isAccepted()
    drop = QDropEvent(center, action, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)


def fill_marriage_applicant(page: IntakePage) -> None:
    """Procedure, applicant by keyboard (Enter moves on), required components ticked."""
    choose_procedure(page, "xac nhan tinh trang hon nhan")
    page.name_edit.setFocus()
    assert type_and_enter(None, "Lê Văn Hưởng") is page.name_edit
    assert focused() is page.id_edit
    type_and_enter(None, "079095001234")
    assert focused() is page.dob_edit
    type_and_enter(None, "02/09/1995")
    assert focused() is page.sex_box
    page.sex_box.setCurrentIndex(page.sex_box.findData("Nam"))
    page.address_edit.setFocus()
    type_and_enter(None, "Ấp Bình Lợi, xã Tân Thành")
    assert focused() is page.phone_edit
    type_and_enter(None, "0912 345 678")
    tick_required(page)


# ----------------------------------------------------------------------------- tests


def test_the_registry_points_reception_at_the_intake_page():
    spec = next(s for s in PAGES if s.key == "reception")
    assert resolve_page_class(spec) is IntakePage


def test_procedure_search_ignores_diacritics_and_lists_only_published_components(page):
    page.focus_procedure()
    type_text(page.picker.search, "dang ky khai sinh")
    names = [r.name for r in page.picker.visible_rows()]
    assert names[0] == "Thủ tục đăng ký khai sinh"
    assert all("khai sinh" in n for n in names)
    page.picker.search.clear()
    type_text(page.picker.search, "DANG KY KET HON")  # đ typed as d, upper case
    assert [r.code for r in page.picker.visible_rows()] == ["1.000894"]
    # ↓ then Enter picks the highlighted one, without leaving the field
    page.picker.search.clear()
    type_text(page.picker.search, "khai sinh")
    first, second = page.picker.visible_rows()[:2]
    press(page.picker.search, Qt.Key.Key_Down)
    press(page.picker.search, Qt.Key.Key_Return)
    assert page.procedure.code == second.code != first.code
    published = page.services.dossiers.intake_procedure(second.code).components
    assert [r.option.name for r in page.checklist.rows.values()] == [c.name for c in published]
    assert focused() in (page.scan_edit, page.variant_box)
    # "duc" finds "Đức" among applicant names the same way (services' fold)
    assert search_procedures(list_procedures(page.services.db), "chung thuc di chuc")[0].name \
        == "Chứng thực di chúc"


def test_due_time_is_shown_live_with_the_tet_reason(page):
    choose_procedure(page, "xac nhan tinh trang hon nhan")
    assert "Thứ Tư, 05/02/2025" in page.due_label.text()
    assert "Nghỉ Tết Nguyên Đán" in page.due_detail.text()
    assert "03 ngày làm việc" in page.due_detail.text()


def test_accept_typed_on_the_keyboard_issues_a_code_and_records_everything(page, intake_services):
    fill_marriage_applicant(page)
    fee_check, fee_amount, fee_name = page.fee_rows()[0]
    fee_check.setChecked(True)
    page.method_box.setCurrentIndex(page.method_box.findData("transfer"))
    page.receipt_edit.setFocus()
    type_text(page.receipt_edit, "BL-0001")
    accepted = []
    page.accepted.connect(accepted.append)
    press(page.receipt_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert len(accepted) == 1
    detail = accepted[0]
    assert detail.code
    assert page.result_panel.isVisible()
    assert detail.code in page.result_body.text()
    assert "05/02/2025" in page.result_body.text()
    assert page.name_edit.text() == "" and page.procedure is None  # ready for the next one
    [row] = dossiers(intake_services)
    assert row.code == detail.code
    assert row.status == int(Status.ACCEPTED)
    assert row.applicant_name == "Lê Văn Hưởng"
    assert row.applicant_phone == "0912345678"
    assert row.applicant_dob.isoformat() == "1995-09-02"
    assert row.due_at == datetime(2025, 2, 5, 9, 0)
    assert row.officer_id == intake_services.current_user.id
    assert [e.action for e in row.events] == ["accept"]
    required = [c.name for c in intake_services.dossiers.intake_procedure(MARRIAGE_STATUS)
                .components if c.required]
    assert [c.name for c in row.components] == required
    assert all(c.submitted and not c.digitised for c in row.components)
    assert [(f.name, f.amount, f.method, f.receipt_no) for f in row.fees] == [
        (fee_name, fee_amount.value(), "transfer", "BL-0001")]
    audit = verify_audit(intake_services.db)
    assert audit.ok, audit.message


def test_cccd_scan_typed_into_the_name_field_fills_the_applicant(page, intake_services):
    choose_procedure(page, "dang ky khai sinh")
    page.name_edit.setFocus()
    type_text(page.name_edit, "Trần")
    type_text(page.name_edit, PAYLOAD)  # the wedge scanner types into the focused field
    press(page.name_edit, Qt.Key.Key_Return)

    assert page.name_edit.text() == "Nguyễn Thị Đức"
    assert page.id_edit.text() == "001190012345"
    assert page.dob_edit.text() == "15/03/1990"
    assert page.sex_box.currentData() == "Nữ"
    assert page.address_edit.text().startswith("Thôn Phú Lộc")
    notes = page.applicant_notes.text()
    assert "“Trần” khác trên thẻ “Nguyễn Thị Đức”" in notes
    assert focused() is page.phone_edit
    tick_required(page)
    page.accept_dossier()
    [row] = dossiers(intake_services)
    assert (row.applicant_name, row.applicant_id_number, row.applicant_sex) == (
        "Nguyễn Thị Đức", "001190012345", "Nữ")
    assert row.procedure_code == BIRTH
    # the code search finds her without diacritics ("duc" finds "Đức")
    found = intake_services.dossiers.page(DossierFilter(text="nguyen thi duc"))
    assert [r.code for r in found] == [row.code]


def test_a_scanner_burst_without_enter_is_read_after_a_pause(qtbot, page):
    choose_procedure(page, "dang ky khai sinh")
    page.email_edit.setFocus()
    type_text(page.email_edit, "an@")
    type_text(page.email_edit, PAYLOAD)  # some scanners send no Enter suffix
    qtbot.waitUntil(lambda: page.name_edit.text() == "Nguyễn Thị Đức", timeout=3000)
    assert page.email_edit.text() == "an@"


def test_enterprise_applicant_with_an_authorised_filer(page, intake_services):
    choose_procedure(page, "thanh lap ho kinh doanh")
    page.kind_box.setCurrentIndex(page.kind_box.findData(2))
    assert not page.dob_edit.isEnabled() and not page.sex_box.isEnabled()
    assert page.name_label.text() == "Tên tổ chức:"
    page.name_edit.setFocus()
    type_text(page.name_edit, "Hộ kinh doanh Phở Hương Quê")
    page.filer_check.setFocus()
    press(page.filer_check, Qt.Key.Key_Space)
    QApplication.sendEvent(page.filer_check, QKeyEvent(
        QEvent.Type.KeyRelease, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier))
    assert page.filer_check.isChecked() and page.filer_box.isVisible()
    assert focused() is page.filer_name_edit
    type_and_enter(None, "Đỗ Minh Quân")
    assert focused() is page.filer_id_edit
    type_and_enter(None, "036085001111")
    type_text(page.filer_phone_edit, "0123")
    tick_required(page)
    page.accept_dossier()
    assert page.filer_phone_edit in page.invalid_widgets()
    assert "Số điện thoại di động" in page.message.text()
    assert dossiers(intake_services) == []
    page.filer_phone_edit.clear()
    type_text(page.filer_phone_edit, "0987 111 222")
    page.accept_dossier()
    [row] = dossiers(intake_services)
    assert (row.applicant_kind, row.applicant_name, row.applicant_id_number) == (
        2, "Hộ kinh doanh Phở Hương Quê", "")
    assert (row.filer_name, row.filer_id_number, row.filer_phone) == (
        "Đỗ Minh Quân", "036085001111", "0987111222")


def test_dedicated_scan_field_and_mismatch_warning(page):
    choose_procedure(page, "dang ky khai sinh")
    page.focus_scan()
    # the number says born 1990 and female; this card says 1991 → a warning, not a rewrite
    type_text(page.scan_edit, PAYLOAD.replace("15031990", "15031991"))
    press(page.scan_edit, Qt.Key.Key_Return)
    assert page.dob_edit.text() == "15/03/1991"
    assert "Năm sinh theo số định danh (1990) khác năm sinh (1991)" in \
        page.applicant_notes.text()
    assert page.message.property("tone") == "warning"


def test_malformed_scan_shows_a_vietnamese_message_and_keeps_what_was_typed(page,
                                                                           intake_services):
    choose_procedure(page, "dang ky khai sinh")
    page.name_edit.setFocus()
    type_text(page.name_edit, "Phạm Thị Ánh")
    page.phone_edit.setFocus()
    type_text(page.phone_edit, "0987654321")
    page.address_edit.setFocus()
    type_text(page.address_edit, "Xóm Đông")
    bad = "001190012345|123456789|Nguyễn Thị Đức|31021990|Nữ|Thôn Phú Lộc|20042021"
    type_text(page.address_edit, bad)
    press(page.address_edit, Qt.Key.Key_Return)

    assert "Không đọc được mã QR căn cước" in page.message.text()
    assert "Ngày sinh “31021990” không hợp lệ" in page.message.text()
    assert page.message.property("tone") == "error"
    assert page.name_edit.text() == "Phạm Thị Ánh"
    assert page.phone_edit.text() == "0987654321"
    assert page.address_edit.text() == "Xóm Đông"
    assert page.scan_edit.text() == bad  # the payload kept for correction
    assert page.scan_edit in page.invalid_widgets()
    # too few fields in the dedicated field
    page.scan_edit.clear()
    type_text(page.scan_edit, "001190012345|Nguyễn Thị Đức|")
    press(page.scan_edit, Qt.Key.Key_Return)
    assert "ít nhất 7 trường" in page.message.text()
    assert page.name_edit.text() == "Phạm Thị Ánh"
    assert dossiers(intake_services) == []


@pytest.mark.parametrize(("fill", "field", "message"), [
    ({"name": ""}, "name_edit", "Phải nhập họ tên người nộp."),
    ({"name": "Nguyễn " * 40}, "name_edit", "quá dài (tối đa 200 ký tự)"),
    ({"address": "Thôn " * 120}, "address_edit", "quá dài (tối đa 500 ký tự)"),
    ({"id": ""}, "id_edit", "Phải nhập số định danh cá nhân"),
    ({"id": "07909500123"}, "id_edit", "phải gồm đúng 12 chữ số"),
    ({"id": "099095001234"}, "id_edit", "không hợp lệ (phải từ 001 đến 096)"),
    ({"dob": "31/02/1995"}, "dob_edit", "Ngày sinh không hợp lệ"),
    ({"phone": "12345"}, "phone_edit", "Số điện thoại di động phải gồm 10 chữ số"),
    ({"email": "a@b"}, "email_edit", "Địa chỉ thư điện tử không hợp lệ."),
])
def test_bad_input_is_refused_with_the_field_focused(page, intake_services, fill, field,
                                                     message):
    choose_procedure(page, "xac nhan tinh trang hon nhan")
    values = {"name": "Lê Văn Hưởng", "id": "079095001234", "dob": "02/09/1995",
              "address": "Ấp Bình Lợi", "phone": "0912345678", "email": ""} | fill
    for key, edit in (("name", page.name_edit), ("id", page.id_edit), ("dob", page.dob_edit),
                      ("address", page.address_edit), ("phone", page.phone_edit),
                      ("email", page.email_edit)):
        edit.setFocus()
        type_text(edit, values[key])
    tick_required(page)
    page.accept_dossier()
    widget = getattr(page, field)
    assert message in page.message.text()
    assert page.message.property("tone") == "error"
    assert widget in page.invalid_widgets()
    assert focused() is widget
    assert dossiers(intake_services) == []
    # what was typed is still there; fixing the field clears the mark
    assert page.name_edit.text() == values["name"]
    type_text(widget, "x")
    assert widget not in page.invalid_widgets()


def test_refusal_needs_a_reason_then_is_recorded_without_a_code(page, intake_services):
    fill_marriage_applicant(page)
    refused = []
    page.refused.connect(refused.append)
    press(page.phone_edit, Qt.Key.Key_F8)
    assert page.refuse_panel.isVisible()
    assert focused() is page.refuse_reason_edit
    press(page.refuse_reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Phải ghi rõ lý do từ chối" in page.message.text()
    assert page.refuse_reason_edit in page.invalid_widgets()
    assert dossiers(intake_services) == []
    type_text(page.refuse_reason_edit, "Người yêu cầu không cư trú trên địa bàn xã")
    press(page.refuse_reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert len(refused) == 1
    [row] = dossiers(intake_services)
    assert row.status == int(Status.NOT_ACCEPTED)
    assert row.code is None
    assert row.refusal_reason == "Người yêu cầu không cư trú trên địa bàn xã"
    assert [(e.action, e.note) for e in row.events] == [
        ("refuse", "Người yêu cầu không cư trú trên địa bàn xã")]
    assert "Mẫu 03" in page.result_title.text()
    assert "phiếu từ chối (F9)" in page.print_button.text()
    press(page.picker.search, Qt.Key.Key_F9)
    for widget in QApplication.topLevelWidgets():
        if widget is not page and widget.isVisible():
            widget.close()  # the preview of Mẫu 03
    with intake_services.db.session() as s:
        kinds = s.execute(select(m.IssuedDocument.kind)).scalars().all()
    assert kinds == ["refusal"]
    assert verify_audit(intake_services.db).ok


def test_incomplete_dossier_is_guided_once_with_mau_02(page, intake_services):
    choose_procedure(page, "dang ky khai sinh")
    page.focus_scan()
    type_text(page.scan_edit, PAYLOAD)
    press(page.scan_edit, Qt.Key.Key_Return)
    tick(page, 1)  # the declaration only; the ID paper (required) is missing
    page.accept_dossier()
    assert "chưa đủ thành phần bắt buộc" in page.message.text()
    assert "(F7)" in page.message.text()
    assert dossiers(intake_services) == []

    guided = []
    page.guided.connect(guided.append)
    press(page.phone_edit, Qt.Key.Key_F7)
    assert page.completion_panel.isVisible()
    items = page.items_edit.toPlainText().splitlines()
    assert items == page.checklist.missing_required()
    assert any(i.startswith("Xuất trình giấy tờ tùy thân") for i in items)
    officer = intake_services.current_user
    assert page.contact_edit.text() == ", ".join(
        p for p in (officer.full_name, officer.title) if p)
    press(page.items_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert len(guided) == 1
    assert dossiers(intake_services) == []  # no code, no dossier
    [g] = guidance(intake_services)
    assert g.procedure_code == BIRTH
    assert "Nguyễn Thị Đức" in g.applicant
    assert "Xuất trình giấy tờ tùy thân" in g.items
    assert "Mẫu 02" in page.result_title.text()
    audit = verify_audit(intake_services.db)
    assert audit.ok and audit.entries >= 1


def test_f9_after_guiding_prints_form_02_then_a_reprint_asks_why(qtbot, page, intake_services,
                                                                 tmp_path):
    """The Mẫu 02 given at the counter (no dossier code) prints with one key press, like the
    receipt after accepting: numbered, archived; the second press is a stamped reprint."""
    from cchc_desktop.ui.pdf_preview import PdfPreviewDialog, ReprintReasonDialog

    choose_procedure(page, "dang ky khai sinh")
    page.focus_scan()
    type_text(page.scan_edit, PAYLOAD)
    press(page.scan_edit, Qt.Key.Key_Return)
    tick(page, 1)
    press(page.phone_edit, Qt.Key.Key_F7)
    press(page.items_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [g] = guidance(intake_services)
    assert page.print_button.isVisible()
    assert page.print_button.text() == "In phiếu yêu cầu bổ sung, hoàn thiện (F9)"

    def previews() -> list[PdfPreviewDialog]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, PdfPreviewDialog) and w.isVisible()]

    press(page.picker.search, Qt.Key.Key_F9)
    [preview] = previews()
    assert preview.windowTitle().startswith("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ - số 1/")
    text = pdf_text(preview.pdf, tmp_path)
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in text and "Nguyễn Thị Đức" in text
    assert "Xuất trình giấy tờ tùy thân" in text and "BẢN IN LẠI" not in text
    preview.close()

    def answer_reason() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReprintReasonDialog)
        type_text(dialog.reason_edit, "Công dân làm rơi phiếu")
        dialog.accept()

    QTimer.singleShot(0, answer_reason)
    press(page.picker.search, Qt.Key.Key_F9)
    [reprint] = previews()
    assert "BẢN IN LẠI (lần 1)" in pdf_text(reprint.pdf, tmp_path)
    reprint.close()
    with intake_services.db.session() as s:
        docs = s.execute(select(m.IssuedDocument).order_by(m.IssuedDocument.id)).scalars().all()
        outbox = s.execute(select(m.OutboxEntry.kind)).scalars().all()
    assert [(d.kind, d.dossier_id, d.ref, d.reprint_no, d.reprint_reason) for d in docs] == [
        ("supplement", None, f"guidance:{g.id}", 0, ""),
        ("supplement", None, f"guidance:{g.id}", 1, "Công dân làm rơi phiếu")]
    assert outbox == ["document.issued", "document.issued"]
    assert intake_services.files.path_for(docs[0].sha256).read_bytes() == preview.pdf
    assert verify_audit(intake_services.db).ok


def test_ctrl_p_opens_the_issued_papers_and_prints_the_ledger(page, intake_services):
    from cchc_desktop.ui.dialogs.issued_papers import IssuedPapersDialog
    from cchc_desktop.ui.pdf_preview import PdfPreviewDialog

    fill_marriage_applicant(page)
    page.accept_dossier()
    [d] = dossiers(intake_services)
    assert page.papers_button.isVisible() and "(Ctrl+P)" in page.papers_button.text()
    press(page.picker.search, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = page.papers_dialog
    assert isinstance(dialog, IssuedPapersDialog) and dialog.isVisible()
    assert dialog.period() == (NOW.date().replace(day=1), NOW.date())
    dialog.ledger_button.click()
    previews = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, PdfPreviewDialog) and w.isVisible()]
    assert len(previews) == 1 and previews[0].windowTitle().startswith("Sổ theo dõi hồ sơ")
    previews[0].close()
    assert [(r.kind, r.subject) for r in dialog.model.rows] == [
        ("ledger", "Từ ngày 01/01/2025 đến ngày 24/01/2025")]
    with intake_services.db.session() as s:
        ledger = s.execute(select(m.IssuedDocument)).scalar_one()
    assert ledger.kind == "ledger" and ledger.ref == "ledger:2025-01-01..2025-01-24"
    assert d.code in pdf_text(intake_services.files.path_for(ledger.sha256).read_bytes())
    dialog.close()


def test_escape_closes_a_panel_and_enter_walks_the_checklist(page):
    choose_procedure(page, "xac nhan tinh trang hon nhan")
    press(page.scan_edit, Qt.Key.Key_F8)
    assert page.refuse_panel.isVisible()
    press(page.refuse_reason_edit, Qt.Key.Key_Escape)
    assert not page.refuse_panel.isVisible() and page.mode == "accept"
    checks = page.checklist.checks()
    checks[0].setFocus()
    for expected in checks[1:]:
        press(focused(), Qt.Key.Key_Return)
        assert focused() is expected
    press(focused(), Qt.Key.Key_Return)
    assert focused() is page.channel_box


def test_scans_are_attached_by_drop_and_stored_content_addressed(page, intake_services,
                                                                 tmp_path):
    choose_procedure(page, "xac nhan tinh trang hon nhan")
    good = tmp_path / "to-khai.png"
    good.write_bytes(png_bytes())
    fake = tmp_path / "gia.pdf"
    fake.write_text("không phải PDF", encoding="utf-8")
    first = next(iter(page.checklist.rows.values()))
    drop_file(first, fake)
    assert "Chỉ nhận tệp PDF, JPEG hoặc PNG" in page.message.text()
    assert first.scan is None
    drop_file(first, good)
    assert first.scan is not None and first.check.isChecked()
    assert "đã số hóa" in first.file_label.text() and "to-khai.png" in first.file_label.text()
    assert intake_services.files.path_for(first.scan.sha256).exists()

    fill_marriage_applicant(page)  # same procedure chosen again: rows rebuilt
    row = next(iter(page.checklist.rows.values()))
    drop_file(row, good)
    page.accept_dossier()
    [d] = dossiers(intake_services)
    digitised = [c for c in d.components if c.digitised]
    assert [(c.file_name, c.file_mime) for c in digitised] == [("to-khai.png", "image/png")]


def test_a_new_file_in_the_scanner_folder_is_attached(qtbot, page, tmp_path):
    folder = tmp_path / "scanner"
    folder.mkdir()
    (folder / "old.pdf").write_bytes(b"%PDF-1.4 old")
    page.set_scanner_folder(folder)
    assert str(folder) in page.folder_label.text()
    choose_procedure(page, "xac nhan tinh trang hon nhan")
    rows = list(page.checklist.rows.values())
    rows[1].check.setFocus()  # the officer is on the second component
    (folder / "scan-0001.png").write_bytes(png_bytes())
    qtbot.waitUntil(lambda: rows[1].scan is not None, timeout=5000)
    assert rows[1].scan.source.name == "scan-0001.png"
    assert rows[0].scan is None  # the file that was already there is ignored


def test_f9_prints_the_receipt_as_an_issued_record(page, intake_services):
    from cchc_desktop.ui.pdf_preview import PdfPreviewDialog

    fill_marriage_applicant(page)
    page.accept_dossier()
    assert page.print_button.isVisible()
    assert "(F9)" in page.print_button.text()
    press(page.picker.search, Qt.Key.Key_F9)  # the inline runner builds and shows at once
    previews = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, PdfPreviewDialog) and w.isVisible()]
    assert len(previews) == 1
    assert previews[0].pdf.startswith(b"%PDF-")
    previews[0].close()
    [d] = dossiers(intake_services)
    with intake_services.db.session() as s:
        docs = s.execute(select(m.IssuedDocument.kind, m.IssuedDocument.dossier_id)).all()
    assert [tuple(r) for r in docs] == [("receipt", d.id)]
    assert verify_audit(intake_services.db).ok


def test_signing_in_is_required(page, intake_services):
    intake_services.current_user = None
    page.on_activated()
    assert page.login_banner.isVisible()
    fill_marriage_applicant(page)
    page.accept_dossier()
    assert "Chưa đăng nhập" in page.message.text()
    assert dossiers(intake_services) == []
    assert page.name_edit.text() == "Lê Văn Hưởng"
    # signing in (the dialog closes, the window is active again) hides the banner
    intake_services.current_user = authenticate(intake_services.db, "canbo", "canbo123",
                                                now=NOW)
    QApplication.sendEvent(page, QEvent(QEvent.Type.WindowActivate))
    assert not page.login_banner.isVisible()
    page.accept_dossier()
    assert len(dossiers(intake_services)) == 1


def test_date_of_birth_formats():
    assert parse_dob("5/3/1990").isoformat() == "1990-03-05"
    assert parse_dob("05031990").isoformat() == "1990-03-05"
    assert parse_dob("") is None
    with pytest.raises(Exception, match="Ngày sinh không hợp lệ"):
        parse_dob("1990-03-05")


def test_screenshot_of_the_filled_form(page, tmp_path, intake_services):
    choose_procedure(page, "xac nhan tinh trang hon nhan")
    page.focus_scan()
    type_text(page.scan_edit, PAYLOAD)
    press(page.scan_edit, Qt.Key.Key_Return)
    type_text(page.phone_edit, "0912345678")
    tick_required(page)
    scan = tmp_path / "to-khai-xac-nhan.png"
    scan.write_bytes(png_bytes())
    drop_file(next(iter(page.checklist.rows.values())), scan)
    page.fee_rows()[0][0].setChecked(True)
    type_text(page.receipt_edit, "0001234")
    page.show_message("Đã đọc thẻ căn cước: Nguyễn Thị Đức (số 001190012345).", "info")
    target = Path(os.environ.get("CCHC_INTAKE_SCREENSHOT") or tmp_path / "intake.png")
    QApplication.processEvents()  # pending layout requests, as the event loop would
    image = page.grab().toImage()
    assert image.save(str(target))
    shot = QImage(str(target))
    assert (shot.width(), shot.height()) == (1280, 900)
    colours = {shot.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 900, 29)}
    assert len(colours) > 20  # drawn, not a blank rectangle
    page.accept_dossier()
    assert page.result_panel.isVisible()
    QApplication.processEvents()
    assert page.grab().save(str(target.with_name(target.stem + "-accepted.png")))
