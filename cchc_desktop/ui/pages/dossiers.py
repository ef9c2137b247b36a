"""Hồ sơ: the list of every dossier, searchable without diacritics, opened by barcode.

The table is ``DossierTableModel`` (lazy pages from the database lane). The search box
takes typed text (folded search by the services: "nguyen van" finds "Nguyễn Văn") and
barcode-scanner input: a scanner types the dossier code and Enter, and a code that
exists opens that dossier at once.

Filters (issue "Counter work", item 3): status, sector, procedure (searched without
diacritics, limited to the chosen sector), the officer who received the dossier and the
day it was received (from / to, with presets). Every filter is a condition of the
service's SQL query (``ListQuery`` → ``DossierFilter``), so the list stays lazy over
hundreds of thousands of dossiers. A "from" day after the "to" day is refused with a
message; the list keeps the previous filter until the range is put right.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.domain.text import fold, normalize_text
from cchc_desktop.services.catalogue import ProcedureRow, search_procedures
from cchc_desktop.ui.models.dossier_table import (
    OPEN_STATUSES,
    ROW_ROLE,
    DossierTableModel,
    ListQuery,
)
from cchc_desktop.ui.pages.base import Page, PageContext

SEARCH_DELAY_MS = 300
DATE_FORMAT = "dd/MM/yyyy"  # Vietnamese day/month/year
NO_DATE = QDate(2000, 1, 1)  # the date edits' "no bound" value, shown as "—"
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_MATCHES = 50
PRESETS = ("all", "today", "yesterday", "this_week", "this_month", "last_month", "this_year",
           "custom")


def _find_code(services: Any, code: str) -> int | None:
    return services.dossiers.find_id_by_code(code)


def _load_detail(services: Any, dossier_id: int) -> Any:
    # With the signed-in user, ``detail.allowed`` lists the actions that user may take.
    return services.dossiers.detail(dossier_id, user=services.current_user)


@dataclass(frozen=True)
class FilterChoices:
    """What the filter boxes offer: the whole catalogue (inactive procedures too, since
    old dossiers use them) and the office's accounts."""

    procedures: tuple[ProcedureRow, ...]
    users: tuple[Any, ...]  # services.users.CurrentUser


def _load_choices(services: Any) -> FilterChoices:
    from cchc_desktop.services.catalogue import list_procedures
    from cchc_desktop.services.users import list_users

    return FilterChoices(tuple(list_procedures(services.db, active_only=False)),
                         tuple(list_users(services.db)))


def preset_range(preset: str, today: date) -> tuple[date | None, date | None]:
    """The received-day range of a preset (weeks start on Monday, both ends included)."""
    if preset == "today":
        return today, today
    if preset == "yesterday":
        day = today - timedelta(days=1)
        return day, day
    if preset == "this_week":
        return today - timedelta(days=today.weekday()), today
    if preset == "this_month":
        return today.replace(day=1), today
    if preset == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if preset == "this_year":
        return today.replace(month=1, day=1), today
    return None, None


def _to_qdate(day: date | None) -> QDate:
    return NO_DATE if day is None else QDate(day.year, day.month, day.day)


def _from_qdate(value: QDate) -> date | None:
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


class DayEdit(QDateEdit):
    """A day typed as the officer writes it, "15/12/2024", slashes included.

    Qt moves to the next section by itself once a section is full ("15" → the month),
    and a slash typed right after would then skip the month; that slash is swallowed.
    Typing "15122024" or "3/2/2025" works as before.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._advanced = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text == "/" and self._advanced:
            self._advanced = False
            event.accept()
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSection() != before


class ProcedureFilterBox(QComboBox):
    """"Tất cả thủ tục" or one procedure: an editable combo searched without diacritics.

    Typing shows the matching procedures in a popup (``search_procedures``: every word,
    any order, diacritics ignored, đ = d); Enter or a click picks one, and Enter on text
    with no popup picks the best match. The drop-down lists every procedure offered,
    which are only the chosen sector's when a sector is chosen. Emits ``not_found``
    with text that matches nothing (the previous choice is put back).
    """

    not_found = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("procedureFilter")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        self.setCompleter(None)  # Qt's prefix completer knows nothing of diacritics
        self._rows: list[ProcedureRow] = []
        self.matches = QStandardItemModel(self)
        self.finder = QCompleter(self.matches, self)
        self.finder.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.finder.setMaxVisibleItems(10)
        self.finder.setWidget(self.lineEdit())
        self.finder.activated[QModelIndex].connect(self._on_finder_activated)
        self.lineEdit().textEdited.connect(self._on_text_edited)
        self.lineEdit().editingFinished.connect(self._on_editing_finished)
        self.lineEdit().setPlaceholderText(self.tr("Gõ tên hoặc mã thủ tục, không cần dấu…"))
        self.set_rows([])

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Typing starts a new search: "Tất cả thủ tục" makes way for the placeholder,
        # a chosen procedure's text is selected (after the click that gave the focus).
        if event.reason() == Qt.FocusReason.PopupFocusReason:
            return  # back from the drop-down or the matches: leave the text alone
        if self.currentIndex() <= 0:
            self.lineEdit().clear()
        else:
            QTimer.singleShot(0, self.lineEdit().selectAll)

    def code(self) -> str:
        return self.currentData() or ""

    def rows(self) -> list[ProcedureRow]:
        return list(self._rows)

    def set_rows(self, rows: list[ProcedureRow]) -> None:
        """Offer ``rows``; keeps the chosen procedure if it is still offered, else "all"."""
        keep = self.code()
        self._rows = list(rows)
        with QSignalBlocker(self):
            self.clear()
            self.addItem(self.tr("Tất cả thủ tục"), "")
            for row in self._rows:
                self.addItem(f"{row.code} — {row.name}", row.code)
                self.setItemData(self.count() - 1, f"{row.name}\n{row.sector_name}",
                                 Qt.ItemDataRole.ToolTipRole)
            index = self.findData(keep) if keep else 0
            self.setCurrentIndex(max(index, 0))
        if keep and self.code() != keep:
            self.currentIndexChanged.emit(self.currentIndex())

    def choose(self, code: str) -> None:
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))
        self.lineEdit().setText(self.itemText(self.currentIndex()))  # even if unchanged

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        popup = self.finder.popup()
        found = search_procedures(self._rows, text)[:MAX_MATCHES] if text.strip() else []
        self.matches.clear()
        for row in found:
            item = QStandardItem(f"{row.code} — {row.name}")
            item.setData(row.code, CODE_ROLE)
            item.setToolTip(f"{row.name}\n{row.sector_name}")
            self.matches.appendRow(item)
        if not found:
            popup.hide()
            return
        self.finder.complete(self.lineEdit().rect())
        popup.setCurrentIndex(self.finder.completionModel().index(0, 0))

    @Slot(QModelIndex)
    def _on_finder_activated(self, index: QModelIndex) -> None:
        self.choose(index.data(CODE_ROLE) or "")

    @Slot()
    def _on_editing_finished(self) -> None:
        if self.finder.popup().isVisible():
            return
        text = self.lineEdit().text().strip()
        if text == self.itemText(self.currentIndex()):
            return
        if not text:
            self.choose("")
            return
        found = search_procedures(self._rows, text)
        if found:
            self.choose(found[0].code)
            return
        self.lineEdit().setText(self.itemText(self.currentIndex()))
        self.not_found.emit(text)


class DossiersPage(Page):
    """Search, filters, the table, and the count of matching dossiers."""

    detail_opened = Signal(object)  # the dialog, for tests and the window

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = DossierTableModel(context.tasks)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.failed.connect(self._on_model_failed)
        self.choices = FilterChoices((), ())

        self.search = QLineEdit()
        self.search.setObjectName("dossierSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Tìm theo mã hồ sơ, tên người nộp, thủ tục… (hoặc quét mã vạch trên giấy hẹn)"))
        self.search.textEdited.connect(self._on_search_text_edited)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)

        self.status_box = QComboBox()
        self.status_box.setObjectName("statusFilter")
        for label, statuses in (
            (self.tr("Tất cả trạng thái"), ()),
            (self.tr("Đang giải quyết"), OPEN_STATUSES),
            (self.tr("Chờ bổ sung"), (5,)),
            (self.tr("Chờ thực hiện nghĩa vụ tài chính"), (6,)),
            (self.tr("Đã có kết quả, chờ trả"), (9,)),
            (self.tr("Đã trả kết quả"), (10,)),
            (self.tr("Không tiếp nhận / dừng xử lý"), (3, 8)),
        ):
            self.status_box.addItem(label, statuses)
        self.status_box.currentIndexChanged.connect(self.apply_filters)

        self.sector_box = QComboBox()
        self.sector_box.setObjectName("sectorFilter")
        self.sector_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sector_box.setMinimumContentsLength(16)
        self.sector_box.addItem(self.tr("Tất cả lĩnh vực"), "")
        self.sector_box.currentIndexChanged.connect(self._on_sector_box_current_index_changed)

        self.procedure_box = ProcedureFilterBox()
        self.procedure_box.setToolTip(self.tr(
            "Chọn thủ tục (Alt+U): gõ tên hoặc mã, không cần dấu, rồi Enter."))
        self.procedure_box.currentIndexChanged.connect(self.apply_filters)
        self.procedure_box.not_found.connect(self._on_procedure_box_not_found)

        self.officer_box = QComboBox()
        self.officer_box.setObjectName("officerFilter")
        self.officer_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.officer_box.setMinimumContentsLength(14)
        self.officer_box.addItem(self.tr("Tất cả cán bộ"), None)
        self.officer_box.setToolTip(self.tr("Cán bộ đã tiếp nhận hồ sơ (Alt+B)"))
        self.officer_box.currentIndexChanged.connect(self.apply_filters)

        self.preset_box = QComboBox()
        self.preset_box.setObjectName("datePreset")
        for key, label in zip(PRESETS, (
            self.tr("Mọi ngày"), self.tr("Hôm nay"), self.tr("Hôm qua"), self.tr("Tuần này"),
            self.tr("Tháng này"), self.tr("Tháng trước"), self.tr("Năm nay"),
            self.tr("Tự chọn khoảng ngày"),
        ), strict=True):
            self.preset_box.addItem(label, key)
        self.preset_box.currentIndexChanged.connect(self._on_preset_box_current_index_changed)
        self.from_edit = self._date_edit("receivedFrom")
        self.to_edit = self._date_edit("receivedTo")
        self._setting_dates = False

        self.clear_button = QPushButton(self.tr("X&oá lọc"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setToolTip(self.tr("Bỏ mọi điều kiện lọc và tìm kiếm (Alt+O)"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.clear_button.setEnabled(False)

        self.filter_message = QLabel()
        self.filter_message.setObjectName("filterMessage")
        self.filter_message.setWordWrap(True)
        self.filter_message.setStyleSheet("QLabel#filterMessage { color: #b00020; }")
        self.filter_message.hide()

        self.count_label = QLabel(self.tr("Đang mở cơ sở dữ liệu…"))
        self.count_label.setObjectName("countLabel")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("filterSummary")
        self.summary_label.setStyleSheet("QLabel#filterSummary { color: #4a5d70; }")
        self.summary_label.setWordWrap(True)

        self.table = QTableView()
        self.table.setObjectName("dossierTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((160, 145, 0, 118, 118, 150, 170)):
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._on_header_section_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        # A scanner (or the officer) typing while the table has focus types into the search.
        self._typing_from_table = False
        self.table.installEventFilter(self)

        title = QLabel(self.tr("Danh sách hồ sơ"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)

        def labelled(text: str, buddy: QWidget) -> QLabel:
            label = QLabel(text)
            label.setBuddy(buddy)  # the &letter is the Alt shortcut to the field
            return label

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(labelled(self.tr("T&rạng thái:"), self.status_box))
        bar.addWidget(self.status_box, 1)
        what = QHBoxLayout()
        what.addWidget(labelled(self.tr("&Lĩnh vực:"), self.sector_box))
        what.addWidget(self.sector_box, 1)
        procedure_label = labelled(self.tr("Thủ tục:"), self.procedure_box)
        procedure_label.setToolTip(self.procedure_box.toolTip())
        what.addWidget(procedure_label)
        what.addWidget(self.procedure_box, 3)
        what.addWidget(labelled(self.tr("Cán &bộ:"), self.officer_box))
        what.addWidget(self.officer_box, 1)
        when = QHBoxLayout()
        when.addWidget(labelled(self.tr("&Khoảng ngày nhận:"), self.preset_box))
        when.addWidget(self.preset_box)
        when.addWidget(labelled(self.tr("Từ n&gày:"), self.from_edit))
        when.addWidget(self.from_edit)
        when.addWidget(labelled(self.tr("Đến ngà&y:"), self.to_edit))
        when.addWidget(self.to_edit)
        when.addWidget(self.clear_button)
        when.addStretch(1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addWidget(self.summary_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addLayout(what)
        layout.addLayout(when)
        layout.addWidget(self.filter_message)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        order = (self.search, self.status_box, self.sector_box, self.procedure_box,
                 self.officer_box, self.preset_box, self.from_edit, self.to_edit,
                 self.clear_button, self.table)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        procedure_shortcut = QShortcut(QKeySequence("Alt+U"), self)
        procedure_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        procedure_shortcut.activated.connect(self.focus_procedure)
        self.dialogs: list[QWidget] = []

    def _date_edit(self, name: str) -> DayEdit:
        edit = DayEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")  # shown for NO_DATE while "Mọi ngày" is chosen
        edit.setDate(NO_DATE)
        edit.setKeyboardTracking(False)  # a filter per finished date, not per keystroke
        edit.setEnabled(False)  # "Mọi ngày": the preset enables the range
        edit.dateChanged.connect(self._on_date_edit_date_changed)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table:
            if event.type() == QEvent.Type.FocusIn:
                self._typing_from_table = False
            elif (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                    and event.text().isprintable() and event.text().strip()
                    and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier):
                if not self._typing_from_table:  # a new code or search replaces the old one
                    self.search.clear()
                    self._typing_from_table = True
                self.search.setFocus()
                QApplication.sendEvent(self.search, QKeyEvent(event))
                return True
        return super().eventFilter(watched, event)

    # -- page protocol ------------------------------------------------------------------------
    def on_services_ready(self) -> None:
        self.count_label.setText(self.tr("Đang tải danh sách…"))
        self.model.set_services(self.services)
        self.load_choices()

    def on_activated(self) -> None:
        self.search.setFocus()
        if self.services is not None:
            self.load_choices()  # the catalogue or the accounts may have changed meanwhile

    def load_choices(self) -> None:
        self.context.tasks.run_db(_load_choices, self.services, on_done=self.set_choices,
                                  on_error=lambda exc: self._on_model_failed(str(exc)))

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the sector, procedure and officer boxes, keeping what is chosen."""
        self.choices = choices
        sectors: dict[str, str] = {}
        for row in choices.procedures:
            sectors.setdefault(row.sector_code, row.sector_name)
        sector, officer = self.sector_box.currentData(), self.officer_box.currentData()
        with QSignalBlocker(self.sector_box):
            self.sector_box.clear()
            self.sector_box.addItem(self.tr("Tất cả lĩnh vực"), "")
            for code, name in sorted(sectors.items(), key=lambda item: fold(item[1])):
                self.sector_box.addItem(name or code, code)
                self.sector_box.setItemData(self.sector_box.count() - 1, code,
                                            Qt.ItemDataRole.ToolTipRole)
            self.sector_box.setCurrentIndex(max(self.sector_box.findData(sector), 0))
        with QSignalBlocker(self.officer_box):
            self.officer_box.clear()
            self.officer_box.addItem(self.tr("Tất cả cán bộ"), None)
            for user in choices.users:
                self.officer_box.addItem(f"{user.full_name or user.username} ({user.username})",
                                         user.id)
            found = self.officer_box.findData(officer) if officer is not None else 0
            self.officer_box.setCurrentIndex(max(found, 0))
        with QSignalBlocker(self.procedure_box):
            self.procedure_box.set_rows(self._procedures_of(self.sector_box.currentData()))
        self.apply_filters()  # a choice that vanished (deleted account) is no longer applied

    def _procedures_of(self, sector: str) -> list[ProcedureRow]:
        return [r for r in self.choices.procedures if not sector or r.sector_code == sector]

    def focus_procedure(self) -> None:
        self.procedure_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.procedure_box.lineEdit().selectAll()

    # -- filters --------------------------------------------------------------------------------
    def received_range(self) -> tuple[date | None, date | None]:
        """The received days filtered on, both included; (None, None) for "Mọi ngày"."""
        if self.preset_box.currentData() == "all":
            return None, None
        return _from_qdate(self.from_edit.date()), _from_qdate(self.to_edit.date())

    def current_query(self) -> ListQuery:
        received_from, received_to = self.received_range()
        return ListQuery(statuses=tuple(self.status_box.currentData() or ()),
                         text=normalize_text(self.search.text()), order=self.model.query.order,
                         procedure_code=self.procedure_box.code(),
                         sector_code=self.sector_box.currentData() or "",
                         officer_id=self.officer_box.currentData(),
                         received_from=received_from, received_to=received_to)

    def range_error(self) -> str:
        """The message for a "from" day after the "to" day, or ""."""
        received_from, received_to = self.received_range()
        if received_from and received_to and received_from > received_to:
            return self.tr(
                "“Từ ngày” %1 sau “Đến ngày” %2: hãy sửa lại khoảng ngày. Danh sách vẫn "
                "theo bộ lọc trước.").replace("%1", received_from.strftime("%d/%m/%Y")).replace(
                "%2", received_to.strftime("%d/%m/%Y"))
        return ""

    @Slot()
    def apply_filters(self) -> None:
        self._search_timer.stop()
        error = self.range_error()
        for edit in (self.from_edit, self.to_edit):
            edit.setProperty("invalid", bool(error))
            edit.setStyleSheet("QDateEdit { border: 2px solid #c62828; background: #fff5f5; }"
                               if error else "")
        if error:  # never silently ignored: said, marked, and the list is left as it was
            self.show_filter_message(error)
            return
        self.show_filter_message("")
        query = self.current_query()
        if self.services is not None and query != self.model.query:
            self.count_label.setText(self.tr("Đang tải danh sách…"))
        self.model.set_query(query)
        self._show_summary()

    def show_filter_message(self, text: str) -> None:
        self.filter_message.setText(text)
        self.filter_message.setVisible(bool(text))

    def _summary_parts(self) -> list[str]:
        query = self.model.query
        parts = []
        if query.text:
            parts.append(self.tr("tìm “%1”").replace("%1", query.text))
        if query.statuses:
            parts.append(self.status_box.currentText())
        if query.sector_code:
            parts.append(self.tr("lĩnh vực %1").replace("%1", self.sector_box.currentText()))
        if query.procedure_code:
            parts.append(self.tr("thủ tục %1").replace("%1", query.procedure_code))
        if query.officer_id is not None:
            parts.append(self.tr("cán bộ %1").replace("%1", self.officer_box.currentText()))
        start, end = query.received_from, query.received_to
        if start and end and start == end:
            parts.append(self.tr("nhận ngày %1").replace("%1", start.strftime("%d/%m/%Y")))
        elif start and end:
            parts.append(self.tr("nhận từ %1 đến %2").replace("%1", start.strftime("%d/%m/%Y"))
                         .replace("%2", end.strftime("%d/%m/%Y")))
        elif start:
            parts.append(self.tr("nhận từ %1").replace("%1", start.strftime("%d/%m/%Y")))
        elif end:
            parts.append(self.tr("nhận đến %1").replace("%1", end.strftime("%d/%m/%Y")))
        return parts

    def _show_summary(self) -> None:
        parts = self._summary_parts()
        self.summary_label.setText(self.tr("Đang lọc: %1").replace("%1", "; ".join(parts))
                                   if parts else "")
        self.clear_button.setEnabled(bool(parts) or self.preset_box.currentData() != "all")

    @Slot()
    def clear_filters(self) -> None:
        """Xoá lọc: every filter and the search back to "all", one query."""
        for box in (self.status_box, self.sector_box, self.officer_box, self.preset_box):
            with QSignalBlocker(box):
                box.setCurrentIndex(0)
        with QSignalBlocker(self.procedure_box):
            self.procedure_box.set_rows(self._procedures_of(""))
            self.procedure_box.choose("")
        self.search.clear()
        self._set_dates(None, None, enabled=False)
        self.apply_filters()
        self.search.setFocus()

    @Slot(int)
    def _on_sector_box_current_index_changed(self, _index: int) -> None:
        # The procedure list follows the sector; a procedure of another sector is dropped.
        with QSignalBlocker(self.procedure_box):
            self.procedure_box.set_rows(self._procedures_of(self.sector_box.currentData()))
        self.apply_filters()

    @Slot(str)
    def _on_procedure_box_not_found(self, text: str) -> None:
        self.show_filter_message(self.tr(
            "Không có thủ tục nào khớp “%1”%2.").replace("%1", text).replace(
            "%2", self.tr(" trong lĩnh vực đã chọn") if self.sector_box.currentData() else ""))

    def _today(self) -> date:
        clock = getattr(self.services, "clock", None)
        return clock().date() if clock is not None else date.today()

    def _set_dates(self, start: date | None, end: date | None, *, enabled: bool) -> None:
        self._setting_dates = True
        try:  # enabled, a range has two real days: the "—" value is out of reach
            for edit, day in ((self.from_edit, start), (self.to_edit, end)):
                edit.setMinimumDate(NO_DATE.addDays(1) if enabled else NO_DATE)
                edit.setDate(_to_qdate(day))
        finally:
            self._setting_dates = False
        self.from_edit.setEnabled(enabled)
        self.to_edit.setEnabled(enabled)

    @Slot(int)
    def _on_preset_box_current_index_changed(self, _index: int) -> None:
        preset = self.preset_box.currentData()
        today = self._today()
        if preset == "all":
            self._set_dates(None, None, enabled=False)
        elif preset == "custom":
            start, end = self.received_range()
            self._set_dates(start or today.replace(day=1), end or today, enabled=True)
            self.from_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._set_dates(*preset_range(preset, today), enabled=True)
        self.apply_filters()

    @Slot(QDate)
    def _on_date_edit_date_changed(self, _value: QDate) -> None:
        if self._setting_dates:
            return
        if self.preset_box.currentData() != "custom":  # a date typed by hand: "Tự chọn"
            with QSignalBlocker(self.preset_box):
                self.preset_box.setCurrentIndex(self.preset_box.findData("custom"))
        self.apply_filters()

    @Slot(str)
    def _on_search_text_edited(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_return_pressed(self) -> None:
        """Enter: a scanned (or typed) dossier code opens the dossier; other text searches."""
        code = normalize_text(self.search.text())
        if not code or self.services is None:
            self.apply_filters()
            return
        self.context.tasks.run_db(
            _find_code, self.services, code,
            on_done=lambda dossier_id: self._on_code_looked_up(dossier_id),
            on_error=lambda exc: self._on_model_failed(str(exc)),
        )

    def _on_code_looked_up(self, dossier_id: int | None) -> None:
        if dossier_id is None:
            self.apply_filters()
            return
        self.search.selectAll()
        self.open_dossier(dossier_id)

    @Slot(int)
    def _on_header_section_clicked(self, column: int) -> None:
        if column not in DossierTableModel.SORTABLE:
            return
        current = self.model.query.order
        if column == 3:
            order = (Qt.SortOrder.AscendingOrder if current == "received_desc"
                     else Qt.SortOrder.DescendingOrder)
        else:
            order = Qt.SortOrder.AscendingOrder
        self.model.sort(column, order)

    # -- opening a dossier ------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        item = self.model.data(index, ROW_ROLE)
        if item is not None:
            self.open_dossier(item.row.id)

    def open_dossier(self, dossier_id: int) -> None:
        self.context.tasks.run_db(
            _load_detail, self.services, dossier_id,
            on_done=self._show_detail, on_error=lambda exc: self._on_model_failed(str(exc)),
        )

    def _show_detail(self, detail: Any) -> None:
        from cchc_desktop.domain.dossier import Status
        from cchc_desktop.ui.dialogs.dossier_detail import DossierDetailDialog

        try:
            status_label = Status(detail.status).label
        except ValueError:
            status_label = str(detail.status)
        dialog = DossierDetailDialog(detail, status_label, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        changed = getattr(dialog, "changed", None)
        if changed is not None:  # an action changed the dossier: refresh the list
            changed.connect(lambda _detail: self.model.reload())
        dialog.show()
        self.detail_opened.emit(dialog)

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    # -- model feedback ----------------------------------------------------------------------------
    @Slot()
    def _on_model_loaded(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%1 hồ sơ").replace("%1", f"{count:,}".replace(",", ".")))

    @Slot(str)
    def _on_model_failed(self, message: str) -> None:
        self.count_label.setText(self.tr("Không tải được danh sách: %1").replace("%1", message))
