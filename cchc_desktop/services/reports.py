"""The periodic report: Biểu 06/VPCP/KSTT, the apology letters and the QĐ 766 indicators.

Every figure is an SQL aggregate over the stored dossier columns (``received_at``,
``resolved_at``, ``due_at``, ``due_766_at``…), which ``services.dossiers`` rewrites
from the event history after every change (``domain.timing.derive_timing``): the
report re-derives no deadline rule, it reads what the timing fold stored. One grouped
query gives Biểu 06 for a month of a 200,000-dossier office in a fraction of a second.

Definitions, for a period [start, end] (whole days) and ``as_of`` = the end of the
period or "now" when the period is still running:

- **received** (Biểu 06, TT 01/2020; domain.md §8): dossiers accepted (status neither
  1 "mới đăng ký" nor 3 "không được tiếp nhận") and not finished before the period:
  *carried over* when received before it, *new* when received in it, split by channel
  (KenhThucHien 2 = trực tuyến; 1 and 3 = trực tiếp, bưu chính công ích);
- **resolved** in the period: a result (status 9/10) whose instant falls in it, classed
  against the **current** due time ``due_at`` — after an issued apology the new due
  time takes effect (NĐ 61/2018 Art. 19(9); issue #5 point 4) while the original stays
  in ``original_due_at`` — by ``classify_outcome``'s rule (domain.md §4 "Outcome"):
  trước hạn = a day before the due day; đúng hạn = on the due day, not after the due
  instant; quá hạn = after the due instant;
- **given back**: refused after review (NĐ 61/2018 Art. 19(8), a written refusal) and
  withdrawn then stopped (NĐ 118/2025 Art. 21); they are neither resolved nor in
  progress, so received = resolved + given back + in progress;
- **in progress** at ``as_of``: *overdue* when the clock was running and the due time
  in force at that instant had passed (the timer's rule, ``services.deadlines.timer_for``);
  a paused clock (supplement, financial obligation: domain.md §4) counts as within time;
- **supplement**: dossiers with a supplement request (Mẫu 02) made in the period.

The QĐ 766 on-time rate uses the index's own accounting (domain.md §4 and §8,
``DossierTiming.outcome_766``): the original due time plus the paused working time
(``due_766_at``), and more than one supplement request counts as late.

Roles: not restricted. Officers prepare the report and the supervisor signs it, and
like the dossier list it only reads; ``user`` (when signed in) is named as its author.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import (
    DateTime,
    and_,
    case,
    distinct,
    exists,
    func,
    literal,
    not_,
    or_,
    select,
)

from cchc_desktop.domain.dossier import Status
from cchc_desktop.domain.errors import ValidationError
from cchc_desktop.reports.model import (
    COUNT_FIELDS,
    PROCEDURE,
    SECTOR,
    TOTAL,
    ApologyLine,
    Form06Row,
    Indicator,
    PeriodReport,
)
from cchc_desktop.services.documents import office_header
from cchc_desktop.services.dossiers import DossierService
from cchc_desktop.services.users import CurrentUser
from cchc_desktop.storage import models as m

PERIOD_KINDS = ("month", "quarter", "year", "custom")
MAX_CUSTOM_DAYS = 3 * 366
ROMAN = ("I", "II", "III", "IV")
DIGITISATION_TARGET = 0.8  # QĐ 766: full marks for digitisation at ≥ 80 % (domain.md §8)
SATISFIED_FROM = 4  # ratings 4 and 5 (of 1–5) count as "hài lòng"
UNHAPPY_UP_TO = 2  # ratings 1 and 2 count as "không hài lòng" (a complaint at the counter)


# ----------------------------------------------------------------------------- periods


@dataclass(frozen=True)
class ReportPeriod:
    """A reporting period of whole days, ``start`` … ``end`` inclusive."""

    kind: str  # month | quarter | year | custom
    start: date
    end: date

    @classmethod
    def month(cls, year: int, month: int) -> ReportPeriod:
        last = _calendar.monthrange(year, month)[1]
        return cls("month", date(year, month, 1), date(year, month, last))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> ReportPeriod:
        if not 1 <= quarter <= 4:
            raise ValidationError("report.quarter", "Quý phải từ 1 đến 4.", field="quarter")
        first = 3 * (quarter - 1) + 1
        return cls("quarter", date(year, first, 1),
                   ReportPeriod.month(year, first + 2).end)

    @classmethod
    def year(cls, year: int) -> ReportPeriod:
        return cls("year", date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def custom(cls, start: date, end: date) -> ReportPeriod:
        period = cls("custom", start, end)
        period.validate()
        return period

    @classmethod
    def default(cls, now: datetime) -> ReportPeriod:
        """This month."""
        return cls.month(now.year, now.month)

    def validate(self) -> ReportPeriod:
        if self.kind not in PERIOD_KINDS:
            raise ValidationError("report.period_kind", "Loại kỳ báo cáo không hợp lệ.",
                                  field="kind")
        if self.end < self.start:
            raise ValidationError(
                "report.period_order",
                "Ngày cuối kỳ phải sau hoặc bằng ngày đầu kỳ "
                f"({self.start:%d/%m/%Y} – {self.end:%d/%m/%Y}).", field="end")
        if (self.end - self.start).days + 1 > MAX_CUSTOM_DAYS:
            raise ValidationError("report.period_length",
                                  "Kỳ báo cáo dài quá 3 năm; hãy chọn kỳ ngắn hơn.",
                                  field="end")
        return self

    @property
    def label(self) -> str:
        if self.kind == "month":
            return f"Tháng {self.start.month:02d}/{self.start.year}"
        if self.kind == "quarter":
            return f"Quý {ROMAN[(self.start.month - 1) // 3]}/{self.start.year}"
        if self.kind == "year":
            return f"Năm {self.start.year}"
        return f"Từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"

    @property
    def start_at(self) -> datetime:
        return datetime.combine(self.start, time())

    @property
    def end_at(self) -> datetime:
        """The first instant after the period."""
        return datetime.combine(self.end + timedelta(days=1), time())


# ----------------------------------------------------------------------------- the queries

_NOT_RECEIVED = (int(Status.NEW_ONLINE), int(Status.NOT_ACCEPTED))
_WITH_RESULT = (int(Status.RESOLVED), int(Status.RETURNED))


def _at(value: datetime):
    return literal(value, DateTime())


# The column of Biểu 06 a dossier falls in (one per dossier, so the rows add up).
_CARRIED, _NEW_ONLINE, _NEW_DIRECT = 0, 1, 2
_NONE, _EARLY, _ON_TIME, _LATE, _REFUSED, _WITHDRAWN, _IN_TIME, _OVERDUE = range(8)
_STATE_FIELD = {_EARLY: "early", _ON_TIME: "on_time", _LATE: "late", _REFUSED: "refused",
                _WITHDRAWN: "withdrawn", _IN_TIME: "in_time", _OVERDUE: "overdue"}
_RECEIVED_FIELD = {_CARRIED: "carried_over", _NEW_ONLINE: "new_online",
                   _NEW_DIRECT: "new_direct"}


def _form06_query(period: ReportPeriod, as_of: datetime):
    """Each dossier of the period classed into its Biểu 06 columns, counted per class.

    One scan of ``dossiers``: the SELECT computes, per dossier, how it was received,
    where it stands (resolved early / on time / late, given back, in progress within
    time / overdue), whether a supplement was requested in the period and whether it
    counts as on time for QĐ 766; GROUP BY counts the dossiers of each combination per
    (sector, procedure). A few hundred rows come back; ``_assemble`` adds them up.
    """
    d, e, a = m.Dossier, m.DossierEvent, m.Apology
    start, end, now = _at(period.start_at), _at(period.end_at), _at(as_of)

    # When a stopped dossier stopped (NĐ 118/2025 Art. 21): its "stop" history entry.
    stop_at = (select(func.max(e.at)).where(e.dossier_id == d.id, e.action == "stop")
               .scalar_subquery())
    result_at = func.coalesce(d.resolved_at, d.returned_at)
    has_result = d.status.in_(_WITH_RESULT)
    finish = case(
        (has_result, result_at),
        (d.status == int(Status.STOPPED), func.coalesce(stop_at, d.updated_at)),
        else_=None,
    )
    resolved = and_(has_result, result_at < end)
    withdrawn = and_(d.status == int(Status.STOPPED), finish < end)
    in_progress = or_(finish.is_(None), finish >= now)
    # The clock at ``as_of``: the stored state when nothing happened since, else the
    # last clock event before ``as_of`` (paused then → still paused at ``as_of``).
    last_clock = (select(e.clock).where(e.dossier_id == d.id, e.clock != "", e.at < now)
                  .order_by(e.seq.desc()).limit(1).scalar_subquery())
    paused_then = case((d.updated_at <= now, d.paused), else_=(last_clock == "paused"))
    # The due time in force at ``as_of``: an apology approved later had not moved it yet
    # (the letter keeps the due time it replaced).
    replaced_due = (select(a.previous_due).where(a.dossier_id == d.id, a.state == "issued",
                                                 a.approved_at > now).scalar_subquery())
    due_then = case((and_(d.extended, d.updated_at > now),
                     func.coalesce(replaced_due, d.due_at)), else_=d.due_at)

    received = case((d.received_at < start, _CARRIED), (d.channel == 2, _NEW_ONLINE),
                    else_=_NEW_DIRECT)
    state = case(
        # domain.md §4 "Outcome" (domain.deadlines.classify_outcome) on the current due
        # time: after an issued apology, its new due time (NĐ 61/2018 Art. 19(9)).
        (resolved, case((d.refusal_reason != "", _REFUSED), (result_at > d.due_at, _LATE),
                        (func.date(result_at) < func.date(d.due_at), _EARLY),
                        else_=_ON_TIME)),
        (withdrawn, _WITHDRAWN),
        # services.deadlines.timer_for: overdue once the due instant has passed, unless
        # the clock is paused (a paused dossier is not late: domain.md §4).
        (in_progress, case((and_(not_(paused_then), due_then < now), _OVERDUE),
                           else_=_IN_TIME)),
        else_=_NONE,
    )
    # (a CASE, so the history is read only for dossiers that had a supplement request)
    supplement = case((d.supplement_requests > 0, exists(
        select(e.id).where(e.dossier_id == d.id, e.action == "request_supplement",
                           e.at >= start, e.at < end))), else_=False)
    # QĐ 766 (domain.md §8, DossierTiming.outcome_766): the original due time plus the
    # paused time; more than one supplement request is late.
    on_time_766 = case(
        (d.supplement_requests > 1, False),
        (resolved, and_(d.refusal_reason == "", result_at <= d.due_766_at)),
        (withdrawn, False),
        (in_progress, or_(paused_then, d.due_766_at >= now)),
        else_=False,
    )
    # Materialised, so each dossier is classed once (its history looked up once).
    classed = (
        select(d.sector_code, d.procedure_code, d.sector_name, d.procedure_name,
               received.label("received"), state.label("state"),
               supplement.label("supplement"), on_time_766.label("on_time_766"))
        .where(
            d.status.not_in(_NOT_RECEIVED),
            # likely(): a hint that most rows qualify, so SQLite scans the table instead of
            # walking the received_at index row by row (3 times faster near today).
            # A running period: nothing received after now.
            func.likely(d.received_at < end if as_of >= period.end_at
                        else d.received_at <= now),
            or_(finish.is_(None), finish >= start),
        )
        .cte("classed")
        .prefix_with("MATERIALIZED")
    )
    c = classed.c
    keys = (c.sector_code, c.procedure_code, c.received, c.state, c.supplement, c.on_time_766)
    return (select(*keys, func.max(c.sector_name), func.max(c.procedure_name), func.count())
            .group_by(*keys))


def _assemble(rows: list) -> tuple[tuple[Form06Row, ...], int]:
    """Procedure rows under their sector's subtotal, the total last; and the 766 count."""
    per_procedure: dict[tuple[str, str], dict[str, int]] = {}
    names: dict[tuple[str, str], tuple[str, str]] = {}
    on_time_766 = 0
    for sector, proc, received, state, supplement, ok_766, sector_name, proc_name, n in rows:
        key = (sector or "", proc or "")
        names[key] = (sector_name or "", proc_name or "")
        counts = per_procedure.setdefault(key, dict.fromkeys(COUNT_FIELDS, 0))
        counts[_RECEIVED_FIELD[received]] += n
        if state in _STATE_FIELD:
            counts[_STATE_FIELD[state]] += n
        if supplement:
            counts["supplement"] += n
        if ok_766:
            on_time_766 += n
    out: list[Form06Row] = []
    total = Form06Row(TOTAL, "", "Tổng cộng")
    for sector_code in sorted({k[0] for k in per_procedure}):
        keys = sorted(k for k in per_procedure if k[0] == sector_code)
        sector_name = names[keys[0]][0] or "(Chưa phân lĩnh vực)"
        procedures = [Form06Row(PROCEDURE, k[1], names[k][1], **per_procedure[k])
                      for k in keys]
        sector = Form06Row(SECTOR, sector_code, sector_name)
        for row in procedures:
            sector = sector.plus(row, level=SECTOR, code=sector_code, name=sector_name)
        out.append(sector)
        out.extend(procedures)
        total = total.plus(sector, level=TOTAL, code="", name=total.name)
    out.append(total)
    return tuple(out), on_time_766


@dataclass
class ReportService:
    """Builds ``PeriodReport`` values and their PDF / Excel files."""

    dossiers: DossierService

    @property
    def db(self):
        return self.dossiers.db

    def build(self, period: ReportPeriod, *, user: CurrentUser | None,
              now: datetime) -> PeriodReport:
        """The report of ``period`` as known at ``now`` (runs in the database lane)."""
        period.validate()
        as_of = min(period.end_at, now)
        with self.db.session() as s:
            rows, on_time_766 = _assemble(s.execute(_form06_query(period, as_of)).all())
            apologies = self._apologies(s, period)
            extra, unhappy = self._extra_indicators(s, period)
        settings = self.dossiers.settings()
        total = rows[-1]
        indicators = (
            Indicator(
                "on_time_766", "Tỷ lệ hồ sơ giải quyết đúng hạn (Bộ chỉ số 766)",
                on_time_766, total.resolved + total.in_progress,
                "Hồ sơ đã giải quyết đúng hoặc trước hạn và hồ sơ đang giải quyết còn hạn",
                "Hồ sơ đã giải quyết và đang giải quyết",
                note="Hạn theo Bộ chỉ số 766: hạn ban đầu cộng thời gian tạm dừng; "
                     "yêu cầu bổ sung quá một lần tính là quá hạn.",
            ),
            Indicator(
                "on_time_form06", "Tỷ lệ giải quyết đúng hạn (Biểu 06, theo hạn hiện hành)",
                total.early + total.on_time, total.resolved,
                "Hồ sơ đã giải quyết trước hạn và đúng hạn", "Hồ sơ đã giải quyết trong kỳ",
                note="Theo hạn trả hiện hành: hạn mới của Phiếu xin lỗi, hẹn lại đã phát hành.",
            ),
            Indicator(
                "online_filing", "Tỷ lệ hồ sơ nộp trực tuyến",
                total.new_online, total.new_online + total.new_direct,
                "Hồ sơ mới tiếp nhận qua kênh trực tuyến", "Hồ sơ mới tiếp nhận trong kỳ",
            ),
            *extra,
            self._satisfaction_766(unhappy, on_time_766, total.resolved + total.in_progress),
        )
        period_notes = []
        if as_of < period.end_at:
            period_notes.append(
                f"Kỳ báo cáo chưa kết thúc: số hồ sơ đang giải quyết tính đến "
                f"{as_of:%H:%M ngày %d/%m/%Y}.")
        return PeriodReport(
            office=office_header(settings), office_name=settings.office_name,
            period_label=period.label, start=period.start, end=period.end, as_of=as_of,
            generated_at=now, generated_by=user.full_name if user else "", rows=rows,
            apologies=apologies, indicators=indicators, notes=tuple(period_notes),
            signer_title=settings.head_of_agency_title or "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ",
            signer_name=settings.head_of_agency_name,
        )

    @staticmethod
    def _apologies(s, period: ReportPeriod) -> tuple[ApologyLine, ...]:
        """Mẫu 04 letters issued (approved, numbered) in the period, in issue order."""
        a, d, doc = m.Apology, m.Dossier, m.IssuedDocument
        rows = s.execute(
            select(d.code, d.applicant_name, d.procedure_name, doc.number_text, a.approved_at,
                   a.reason, a.previous_due, a.new_due, a.late_issue)
            .join(d, d.id == a.dossier_id)
            .outerjoin(doc, doc.id == a.document_id)
            .where(a.state == "issued", a.approved_at >= period.start_at,
                   a.approved_at < period.end_at)
            .order_by(a.approved_at, a.id)
        ).all()
        return tuple(ApologyLine(code or "", name, proc, number or "", at, reason, prev, new,
                                 bool(late))
                     for code, name, proc, number, at, reason, prev, new, late in rows)

    @staticmethod
    def _extra_indicators(s, period: ReportPeriod) -> tuple[tuple[Indicator, ...], int]:
        """Online payment, digitisation and the collectors' ratings (QĐ 766, domain.md §8),
        and how many collectors were dissatisfied (rated 1–2: the complaints the counter
        records, for the 766 satisfaction)."""
        d, f, c = m.Dossier, m.DossierFee, m.DossierComponent
        new_in_period = and_(d.status.not_in(_NOT_RECEIVED), d.received_at >= period.start_at,
                             d.received_at < period.end_at)
        paying, online = s.execute(
            select(func.count(distinct(f.dossier_id)),
                   func.count(distinct(case((f.method == "online", f.dossier_id)))))
            .join(d, d.id == f.dossier_id)
            .where(new_in_period, f.amount > 0)
        ).one()
        submitted, scanned = s.execute(
            select(func.count(c.id), func.coalesce(func.sum(case((c.digitised, 1), else_=0)), 0))
            .join(d, d.id == c.dossier_id)
            .where(new_in_period, c.submitted)
        ).one()
        rated, satisfied, unhappy, average = s.execute(
            select(func.count(d.rating),
                   func.coalesce(func.sum(case((d.rating >= SATISFIED_FROM, 1), else_=0)), 0),
                   func.coalesce(func.sum(case((d.rating <= UNHAPPY_UP_TO, 1), else_=0)), 0),
                   func.avg(d.rating))
            .where(d.returned_at >= period.start_at, d.returned_at < period.end_at,
                   d.rating.is_not(None))
        ).one()
        return (
            Indicator(
                "online_payment", "Tỷ lệ hồ sơ thanh toán trực tuyến",
                int(online or 0), int(paying or 0),
                "Hồ sơ có phí, lệ phí nộp trực tuyến", "Hồ sơ mới tiếp nhận có phí, lệ phí",
            ),
            Indicator(
                "digitisation", "Tỷ lệ số hóa thành phần hồ sơ",
                int(scanned or 0), int(submitted or 0),
                "Thành phần hồ sơ đã số hóa (có bản quét)",
                "Thành phần hồ sơ đã nộp của hồ sơ mới tiếp nhận",
                note="Đạt điểm tối đa khi từ 80 % trở lên.", target=DIGITISATION_TARGET,
            ),
            Indicator(
                "ratings", "Đánh giá của người nhận kết quả",
                int(satisfied or 0), int(rated or 0),
                "Lượt đánh giá hài lòng (4–5 điểm)",
                "Lượt đánh giá khi trả kết quả trong kỳ",
                note=("Chưa có lượt đánh giá nào trong kỳ." if not rated else
                      f"Điểm trung bình {float(average):.1f}/5.".replace(".", ",", 1)),
                average=None if average is None else float(average),
            ),
        ), int(unhappy or 0)

    @staticmethod
    def _satisfaction_766(unhappy: int, on_time: int, handled: int) -> Indicator:
        """QĐ 766 (domain.md §8): satisfaction = 100 % − late rate − complaint rate, i.e.
        (on time − complaints) ÷ handled over the same dossiers as the on-time rate."""
        return Indicator(
            "satisfaction_766", "Mức độ hài lòng (Bộ chỉ số 766)",
            max(0, on_time - unhappy), handled,
            "Hồ sơ đúng hạn trừ lượt không hài lòng (1–2 điểm) khi trả kết quả",
            "Hồ sơ đã giải quyết và đang giải quyết",
            note=("100 % − tỷ lệ quá hạn − tỷ lệ phản ánh; phản ánh, kiến nghị gửi cơ quan "
                  f"khác không có ở quầy. Không hài lòng trong kỳ: {unhappy}."),
        )

    # -- files ---------------------------------------------------------------------------

    @staticmethod
    def pdf(report: PeriodReport) -> bytes:
        """A4 landscape, Liberation Serif, the official two-column header."""
        from cchc_desktop.reports.pdf import build_period_report

        return build_period_report(report)

    @staticmethod
    def xlsx(report: PeriodReport) -> bytes:
        """An Excel workbook, one sheet per section, numbers as numbers."""
        from cchc_desktop.reports.xlsx import period_report_xlsx

        return period_report_xlsx(report)
