"""`cchc deadline`: compute a due time (ngày hẹn trả) from a reception instant and a period.

Prints one JSON object, e.g. ``{"due": "2025-02-05T15:30:00", "unit": "working_days",
"amount": 3, "label": "03 ngày làm việc", "explanation": [...]}``.
"""

from __future__ import annotations

import argparse

OVERRIDES_HELP = """\
Tệp --overrides (JSON, UTF-8): một đối tượng có khóa "overrides" là danh sách các ngày
điều chỉnh, mỗi phần tử gồm "date" (YYYY-MM-DD), "kind" ("off" = nghỉ thêm,
"work" = làm việc thêm) và "reason" (lý do, tùy chọn). Ví dụ:
  {"overrides": [
     {"date": "2027-02-11", "kind": "off", "reason": "Nghỉ Tết theo thông báo của tỉnh"},
     {"date": "2027-02-20", "kind": "work", "reason": "Làm bù"}]}
Cũng chấp nhận trực tiếp một danh sách như trên."""


def _number(text: str) -> float:
    """A number written with a dot or a Vietnamese decimal comma ("1,5")."""
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” không phải là một số (ví dụ 3 hoặc 1,5)"
        ) from None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "deadline",
        help="tính ngày hẹn trả kết quả theo giờ làm việc",
        description=(
            "Tính thời điểm hẹn trả kết quả: thời hạn theo ngày làm việc (8 giờ làm việc "
            "mỗi ngày), giờ làm việc, ngày theo lịch hoặc trong ngày; bỏ qua ngày nghỉ, "
            "ngày lễ, Tết và áp dụng ngày làm bù."
        ),
        epilog=OVERRIDES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--received", required=True, metavar="YYYY-MM-DDTHH:MM",
        help="thời điểm tiếp nhận (giờ Việt Nam)",
    )
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--working-days", type=_number, metavar="N", help="số ngày làm việc")
    group.add_argument(
        "--working-hours", type=_number, metavar="H", help="số giờ làm việc (có thể lẻ, ví dụ 1.5)"
    )
    group.add_argument("--calendar-days", type=_number, metavar="N", help="số ngày theo lịch")
    group.add_argument(
        "--same-day", action="store_true", help="trả trong ngày (sau giờ chốt: ngày làm việc sau)"
    )
    parser.add_argument(
        "--cutoff", default="15:00", metavar="HH:MM",
        help="giờ chốt cho thủ tục trả trong ngày (mặc định 15:00)",
    )
    parser.add_argument(
        "--overrides", metavar="FILE.json", help="tệp ngày nghỉ / ngày làm việc điều chỉnh"
    )
    parser.add_argument(
        "--civil-code", action="store_true",
        help="tính theo Bộ luật Dân sự (hết ngày làm việc cuối cùng) thay vì theo giờ làm việc",
    )
    parser.add_argument(
        "--now", metavar="YYYY-MM-DDTHH:MM",
        help="thời điểm hiện tại để tính thời gian còn lại (tùy chọn)",
    )
    parser.set_defaults(func=handler)


def _load_overrides(path: str):
    import json
    from datetime import date

    from cchc_desktop.cli import fail
    from cchc_desktop.domain.calendar import CalendarOverride, OverrideKind

    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        fail(f"Không tìm thấy tệp ngày điều chỉnh: {path}")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"Không đọc được tệp ngày điều chỉnh {path}: {exc}")
    except json.JSONDecodeError as exc:
        fail(f"Tệp ngày điều chỉnh không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}).")
    if isinstance(data, dict):
        data = data.get("overrides")
    if not isinstance(data, list):
        fail('Tệp ngày điều chỉnh phải có khóa "overrides" là một danh sách.')
    out = []
    for i, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            fail(f"Phần tử thứ {i} của tệp ngày điều chỉnh phải là một đối tượng JSON.")
        try:
            day = date.fromisoformat(str(item.get("date", "")))
        except ValueError:
            fail(f"Phần tử thứ {i}: ngày “{item.get('date')}” không đúng dạng YYYY-MM-DD.")
        kind = item.get("kind")
        if kind not in ("off", "work"):
            fail(f'Phần tử thứ {i}: "kind" phải là "off" (nghỉ) hoặc "work" (làm việc).')
        reason = item.get("reason") or ("Ngày nghỉ" if kind == "off" else "Ngày làm việc")
        if not isinstance(reason, str):
            fail(f'Phần tử thứ {i}: "reason" phải là chuỗi ký tự.')
        out.append(CalendarOverride(day, OverrideKind(kind), reason))
    return out


def _parse_moment(text: str, what: str):
    from datetime import datetime

    from cchc_desktop.cli import fail

    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        fail(f"{what} “{text}” không đúng dạng YYYY-MM-DDTHH:MM.")


def handler(args: argparse.Namespace) -> int:
    from datetime import time

    from cchc_desktop.cli import emit_json, fail
    from cchc_desktop.domain.calendar import CalendarSettings, DeadlineModel, WorkingCalendar
    from cchc_desktop.domain.deadlines import (
        Duration,
        compute_due,
        explain_due,
        format_remaining,
        remaining_working_time,
        to_local,
    )
    from cchc_desktop.domain.errors import DomainError

    received = to_local(_parse_moment(args.received, "Thời điểm tiếp nhận"))
    try:
        cutoff = time.fromisoformat(args.cutoff)
    except ValueError:
        fail(f"Giờ chốt “{args.cutoff}” không đúng dạng HH:MM.")
    try:
        if args.same_day:
            duration = Duration.same_day(cutoff)
        elif args.working_days is not None:
            duration = Duration.working_days(args.working_days)
        elif args.working_hours is not None:
            duration = Duration.working_hours(args.working_hours)
        else:
            duration = Duration.calendar_days(args.calendar_days)
        overrides = _load_overrides(args.overrides) if args.overrides else []
        model = DeadlineModel.CIVIL_CODE if args.civil_code else DeadlineModel.WORKING_HOURS
        settings = CalendarSettings(same_day_cutoff=cutoff, model=model)
        calendar = WorkingCalendar((settings,), overrides)
        due = compute_due(calendar, received, duration)
        result = {
            "due": due.isoformat(),
            "received": received.isoformat(),
            "unit": str(duration.unit),
            "amount": (
                int(duration.amount) if float(duration.amount).is_integer() else duration.amount
            ),
            "label": duration.label_vi(),
            "model": str(model),
            "due_text": f"{due:%H} giờ {due:%M} phút, ngày {due:%d/%m/%Y}",
            "working_time_hours": round(
                remaining_working_time(calendar, received, due).total_seconds() / 3600, 4
            ),
            "explanation": explain_due(calendar, received, due, duration=duration),
        }
        if args.same_day:
            result["cutoff"] = cutoff.strftime("%H:%M")
        if args.now:
            now = to_local(_parse_moment(args.now, "Thời điểm hiện tại"))
            left = remaining_working_time(calendar, now, due)
            result["remaining_hours"] = round(left.total_seconds() / 3600, 4)
            result["remaining_text"] = format_remaining(left)
    except DomainError as exc:
        fail(exc.message)
    emit_json(result)
    return 0
