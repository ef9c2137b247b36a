"""The catalogue admin screen, offscreen, over a real SQLite file and the real service."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from cchc_desktop.services.catalogue import (
    demo_catalogue_path,
    export_catalogue,
    install_demo_catalogue,
)
from cchc_desktop.storage.db import open_database
from cchc_desktop.ui.pages.base import PageContext
from cchc_desktop.ui.pages.catalogue_page import (
    CatalogueActions,
    CatalogueAdminPage,
    CataloguePage,
)
from cchc_desktop.ui.preferences import preferences_file
from cchc_desktop.ui.tasks import InlineTaskRunner, ThreadTaskRunner


@pytest.fixture(scope="module")
def demo_db_file(tmp_path_factory):
    """The demo catalogue installed once per module; each test works on its own copy."""
    path = tmp_path_factory.mktemp("template") / "demo.db"
    database = open_database(path)
    install_demo_catalogue(database)
    database.close()
    return path


@pytest.fixture
def db(tmp_path, demo_db_file):
    shutil.copyfile(demo_db_file, tmp_path / "cchc.db")
    database = open_database(tmp_path / "cchc.db")
    yield database
    database.close()


@pytest.fixture
def page(qtbot, db):
    widget = CataloguePage(InlineTaskRunner(), CatalogueActions.for_database(db))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.reload()
    return widget


def _type(widget, text: str) -> None:
    """Type any Vietnamese letter (qtbot.keyClicks aborts outside Latin-1)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def test_lists_every_procedure_and_shows_the_selected_components(page):
    assert len(page.visible_codes()) == 25
    assert page.status_label.text() == "25 thủ tục (22 đang áp dụng)"
    assert page.select_code("1.001193")
    assert page.detail_title.text() == "1.001193 — Thủ tục đăng ký khai sinh"
    assert page.duration_label.text().startswith(
        "Trong ngày; sau 15 giờ trả trong ngày làm việc tiếp theo")
    model = page.components_model
    assert model.rowCount() == 9
    assert model.index(0, 1).data() == "Tờ khai đăng ký khai sinh"
    assert model.index(0, 2).data() == 1
    assert model.index(0, 5).data() == "Bắt buộc"
    assert model.index(1, 5).data().startswith("Nếu có: ")
    assert "8.000 đồng" in page.fees_label.text()

    assert page.select_code("1.000894")
    assert "Cần xác minh điều kiện kết hôn" in page.duration_label.text()
    assert "05 ngày làm việc" in page.duration_label.text()


def test_inactive_residence_procedures_are_greyed_and_can_be_hidden(page):
    assert page.select_code("1.004222")
    assert "Công an cấp xã tiếp nhận" in page.note_label.text()
    row = page.proxy.mapToSource(page.table.currentIndex()).row()
    assert page.model.index(row, 5).data() == "Không"
    assert page.model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    page.active_only_box.setChecked(True)
    codes = page.visible_codes()
    assert len(codes) == 22 and "1.004222" not in codes


def test_search_ignores_diacritics_as_the_user_types(page, qtbot):
    qtbot.keyClicks(page.search_edit, "dang ky khai sinh")
    codes = page.visible_codes()
    assert set(codes) == {"1.001193", "1.000689", "1.004772", "1.004884"}
    assert page.status_label.text().endswith("tìm thấy 4")
    page.search_edit.clear()
    _type(page.search_edit, "Chứng thực")
    assert set(page.visible_codes()) == {"2.000815", "2.000884", "2.001035", "2.001019"}
    page.search_edit.clear()
    _type(page.search_edit, "kết hôn")
    assert page.visible_codes() == ["1.000894"]
    page.search_edit.clear()
    assert len(page.visible_codes()) == 25


def test_a_bad_file_is_rejected_with_a_message_naming_the_line(page, db, tmp_path):
    before = export_catalogue(db)
    doc = json.loads(demo_catalogue_path().read_text(encoding="utf-8"))
    doc["procedures"][0]["name"] = "Không được ghi"
    del doc["procedures"][5]["name"]
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    opening_lines = [i for i, t in enumerate(text.splitlines(), 1) if t == "    {"]

    page.import_file(bad)

    box = page.message_box()
    assert box is not None and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.windowTitle() == "Không nhập được danh mục"
    assert box.text().startswith(f"Dòng {opening_lines[5]}: thủ tục số 6")
    assert 'thiếu trường "name"' in box.text()
    assert "không thay đổi" in box.informativeText()
    assert page.import_button.isEnabled()
    assert export_catalogue(db) == before
    assert "Không được ghi" not in {r.name for r in page.model.rows}


def test_a_syntax_error_is_explained_too(page, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{\n  "format": "cchc-catalogue/1",\n  "procedures": [\n    {,\n  ]\n}',
                   encoding="utf-8")
    page.import_file(bad)
    assert page.message_box().text().startswith("Dòng 4, cột 6: tệp JSON sai cú pháp")


def test_a_good_file_is_imported_and_the_list_reloads(page, tmp_path):
    doc = json.loads(demo_catalogue_path().read_text(encoding="utf-8"))
    doc["procedures"][0]["name"] = "Thủ tục đăng ký khai tử (đã sửa)"
    good = tmp_path / "good.json"
    good.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    page.import_file(good)
    box = page.message_box()
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text() == "Đã nhập 25 thủ tục: 0 mới, 1 cập nhật, 24 không đổi."
    assert "Thủ tục đăng ký khai tử (đã sửa)" in {r.name for r in page.model.rows}


def test_export_writes_the_whole_catalogue(page, db, tmp_path):
    target = tmp_path / "xuat.json"
    page.export_file(target)
    assert target.read_text(encoding="utf-8") == export_catalogue(db)
    assert page.status_label.text() == f"Đã xuất 25 thủ tục ra tệp {target}."


def test_works_with_the_threaded_runner(qtbot, db, tmp_path):
    runner = ThreadTaskRunner(io_workers=1)
    widget = CataloguePage(runner, CatalogueActions.for_database(db))
    qtbot.addWidget(widget)
    try:
        widget.reload()
        qtbot.waitUntil(lambda: len(widget.visible_codes()) == 25, timeout=5000)
        bad = tmp_path / "bad.json"
        bad.write_text('{"format": "cchc-catalogue/1", "procedures": []}', encoding="utf-8")
        widget.import_file(bad)
        qtbot.waitUntil(lambda: widget.message_box() is not None, timeout=5000)
        assert "tệp không có thủ tục nào" in widget.message_box().text()
    finally:
        runner.shutdown()


def test_main_window_page_uses_the_services_and_the_signed_in_role(qtbot, tmp_path):
    from cchc_desktop.domain.dossier import Role
    from cchc_desktop.paths import resolve_paths
    from cchc_desktop.services.context import open_services
    from cchc_desktop.services.users import CurrentUser

    paths = resolve_paths(tmp_path / "data").ensure()
    services = open_services(paths)
    try:
        install_demo_catalogue(services.db)
        context = PageContext(tasks=InlineTaskRunner(), paths=paths,
                              preferences_path=preferences_file(paths.data),
                              database_path=paths.database)
        page = CatalogueAdminPage(context)
        qtbot.addWidget(page)
        assert page.inner is None  # paints before the database is open
        page.set_services(services)
        assert page.inner is not None and len(page.inner.visible_codes()) == 25

        services.current_user = CurrentUser(id=7, username="canbo", full_name="Trần Thị B",
                                            title="", role=Role.OFFICER)
        page.inner.import_file(demo_catalogue_path())
        box = page.inner.message_box()
        assert box.windowTitle() == "Không nhập được danh mục"
        assert box.text().startswith("Chức năng này chỉ dành cho")
    finally:
        services.close()


def test_sorting_follows_vietnamese_names_and_time_limits(page):
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]
    # "Đăng ký …" sorts with D, not after Z as its code point would
    assert (names.index("Đăng ký thành lập hộ kinh doanh")
            < names.index("Hòa giải tranh chấp đất đai"))
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    codes = page.visible_codes()
    assert codes[-1] == "1.012812"  # 40 days of land-dispute mediation is the longest
    assert page.proxy.index(0, 3).data().startswith("Trong ngày")
