"""Demo data for demos, training and benchmarks: an office, its catalogue, users, dossiers.

Dossiers are realistic: Vietnamese names with full diacritics, valid CCCD numbers that
agree with the birth date and sex, reception instants inside working hours of working
days over two years, every status, some late and some still overdue. Timing comes from
the same domain rules as real dossiers (``derive_timing`` over the history). Rows are
written in bulk; demo dossiers count as already synced history, so no outbox entries
are made for them (one audit entry records the generation).
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select

from cchc_desktop.domain.calendar import CalendarSettings, WorkingCalendar
from cchc_desktop.domain.codes import CodeScheme
from cchc_desktop.domain.deadlines import Duration, DurationUnit, add_working_time
from cchc_desktop.domain.dossier import Role, Status
from cchc_desktop.domain.text import fold
from cchc_desktop.domain.timing import PAUSE_SUPPLEMENT, ClockEvent, ClockEventKind, derive_timing
from cchc_desktop.services.audit import append_audit
from cchc_desktop.services.calendar import load_calendar, save_settings_version
from cchc_desktop.services.settings import OfficeSettings, save_settings
from cchc_desktop.services.users import create_user, needs_first_admin
from cchc_desktop.storage import models as m
from cchc_desktop.storage.db import Database

DEMO_USERS = (
    # username, full name, title, role, password (demo only, documented in README)
    ("quantri", "Lê Văn Quản", "Quản trị hệ thống", Role.ADMIN, "quantri123"),
    ("lanhdao", "Trần Thị Thu Hà", "Phó Chủ tịch UBND xã", Role.SUPERVISOR, "lanhdao123"),
    ("canbo", "Nguyễn Thị Ngọc Ánh", "Công chức Văn phòng - Thống kê", Role.OFFICER, "canbo123"),
)

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "K'", "Ka", "Lương", "Đinh")
MIDDLE_M = ("Văn", "Hữu", "Đức", "Minh", "Quang", "Xuân", "Công", "Thành", "Tiến", "Ngọc")
MIDDLE_F = ("Thị", "Ngọc", "Thu", "Thanh", "Kim", "Bích", "Hồng", "Mỹ", "Diệu", "Phương")
GIVEN_M = ("An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hùng", "Khánh", "Long",
           "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Trung", "Tú", "Tuấn", "Việt", "Lộc")
GIVEN_F = ("Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Nga", "Ngân", "Nhung", "Phương",
           "Thảo", "Trang", "Vân", "Yến", "Huyền", "Ánh", "Diễm", "Loan", "Oanh", "Uyên")
HAMLETS = ("Thôn 1", "Thôn 2", "Thôn 3", "Thôn Đạ Nghịt", "Thôn Păng Tiêng", "Thôn Liêng Bông",
           "Tổ dân phố Đồng Tâm", "Tổ dân phố Hòa Bình", "Buôn K'Long", "Thôn Yên Khánh")
PHONE_PREFIXES = ("090", "091", "093", "094", "096", "097", "098", "086", "088", "032",
                  "035", "037", "039", "070", "077", "081", "083", "085")
# The first dossiers of every demo are recent and open in these states, so that even a
# small demo shows each of them (status 2, 4 and 5 samples for training and tests).
FORCED = ("received", "supplement", "progress", "received", "supplement", "progress",
          "received")
PROVINCE_CODE = "068"  # Lâm Đồng (domain.md §7: digits 1–3 province of birth registration)


@dataclass(frozen=True)
class DemoResult:
    db: str
    agency: str
    dossiers: int
    sample_codes: dict[str, list[str]]


def demo_settings() -> OfficeSettings:
    return OfficeSettings(
        office_name="Ủy ban nhân dân xã Tân Thành",
        governing_body="ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        unit_name="ỦY BAN NHÂN DÂN XÃ TÂN THÀNH",
        place_name="Tân Thành",
        agency_code="H36.52.10",
        address="Thôn 3, xã Tân Thành, tỉnh Lâm Đồng",
        phone="0263 3850 123",
        lookup_url_template="https://dichvucong.lamdong.gov.vn/tra-cuu?ma={code}",
        head_of_agency_name="Phạm Văn Hùng",
        head_of_agency_title="CHỦ TỊCH",
    )


def _person(rng: random.Random) -> dict:
    male = rng.random() < 0.5
    name = " ".join((
        rng.choice(SURNAMES), rng.choice(MIDDLE_M if male else MIDDLE_F),
        rng.choice(GIVEN_M if male else GIVEN_F),
    )).replace("K' ", "K'")
    born = date(rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28))
    # domain.md §7: digit 4 = sex and century (0/1 for 1900s, 2/3 for 2000s)
    century_digit = (0 if born.year < 2000 else 2) + (0 if male else 1)
    number = f"{PROVINCE_CODE}{century_digit}{born.year % 100:02d}{rng.randint(0, 999999):06d}"
    hamlet = rng.choice(HAMLETS)
    return {
        "applicant_name": name,
        "applicant_id_number": number,
        "applicant_dob": born,
        "applicant_sex": "Nam" if male else "Nữ",
        "applicant_address": f"{hamlet}, xã Tân Thành, tỉnh Lâm Đồng",
        "applicant_phone": rng.choice(PHONE_PREFIXES) + f"{rng.randint(0, 9999999):07d}",
        "applicant_email": "" if rng.random() < 0.7 else f"{fold(name).replace(' ', '.')}"
                                                         f"{rng.randint(1, 99)}@gmail.com",
    }


def _working_instant(rng: random.Random, cal: WorkingCalendar, day: date) -> datetime:
    while not cal.is_working_day(day):
        day += timedelta(days=1)
    start, end = rng.choice(cal.working_intervals(day))
    minutes = int((end - start).total_seconds() // 60)
    return start + timedelta(minutes=rng.randint(0, max(0, minutes - 1)))


def install_demo(db: Database, *, dossiers: int = 300, seed: int = 1,
                 now: datetime | None = None) -> DemoResult:
    """Fill ``db`` with the demo office, catalogue, users and ``dossiers`` dossiers."""
    from cchc_desktop.services.catalogue import install_demo_catalogue

    now = (now or datetime.now()).replace(second=0, microsecond=0)
    settings = save_settings(db, demo_settings())
    save_settings_version(db, CalendarSettings())
    install_demo_catalogue(db)
    if needs_first_admin(db):
        admin = None
        for username, full_name, title, role, password in DEMO_USERS:
            user = create_user(db, username=username, full_name=full_name, title=title,
                               password=password, role=role, by=admin, now=now)
            admin = admin or user
    calendar = load_calendar(db)
    sample = generate_dossiers(db, settings, calendar, count=dossiers, seed=seed, now=now)
    return DemoResult(str(db.path), settings.agency_code, dossiers, sample)


def _duration(proc: m.Procedure) -> Duration:
    unit = DurationUnit(proc.duration_unit)
    if unit == DurationUnit.SAME_DAY:
        return Duration.same_day(time.fromisoformat(proc.cutoff or "15:00"))
    return Duration(float(proc.duration_amount), unit)


def generate_dossiers(db: Database, settings: OfficeSettings, cal: WorkingCalendar, *,
                      count: int, seed: int, now: datetime) -> dict[str, list[str]]:
    """Bulk-insert ``count`` realistic dossiers; return a few codes per status."""
    rng = random.Random(seed)
    with db.session() as s:
        procs = list(s.execute(select(m.Procedure).where(m.Procedure.active)).scalars())
        if not procs:
            raise RuntimeError("the demo catalogue must be installed first")
        comps = {p.id: list(p.components) for p in procs}
        sectors = {x.code: x.name for x in s.execute(select(m.Sector)).scalars()}
        users = {u.role: u for u in s.execute(select(m.User)).scalars()}
        next_id = (s.execute(select(func.max(m.Dossier.id))).scalar() or 0) + 1
        seqs = {(r.agency_code, r.day): r.last_local_n
                for r in s.execute(select(m.CodeSequence)).scalars()}
    officer = users.get(Role.OFFICER.value) or next(iter(users.values()), None)
    scheme = CodeScheme(settings.code_template, settings.workstation, settings.workstations)
    weights = [8 if p.code.startswith(("1.001193", "2.000815", "2.000884")) else 2
               for p in procs]
    samples: dict[str, list[str]] = {}
    start_day = (now - timedelta(days=730)).date()
    span = max(1, (now.date() - start_day).days)
    rows_d, rows_c, rows_e, rows_s = [], [], [], []
    for i in range(count):
        proc = rng.choices(procs, weights)[0]
        duration = _duration(proc)
        forced = FORCED[i] if i < len(FORCED) and count >= 20 else None
        # 15 % received in the last ten days, so that a small demo has open dossiers too
        if forced:
            age = rng.randrange(2)
        elif rng.random() < 0.15:
            age = rng.randrange(10)
        else:
            age = rng.randrange(span)
        received = _working_instant(rng, cal, now.date() - timedelta(days=age))
        if received > now:
            received = _working_instant(rng, cal, now.date() - timedelta(days=age + 3))
        day = received.date()
        key = (settings.agency_code, day)
        seqs[key] = seqs.get(key, 0) + 1
        code = scheme.format(settings.agency_code, day, seqs[key])
        dossier_id = next_id + i
        person = _person(rng)
        events: list[tuple] = []  # (action, at, status_before, status_after, clock, note, extra)
        clock = [ClockEvent(ClockEventKind.RECEIVED, received)]
        timing = derive_timing(cal, duration, clock)
        status = Status.ACCEPTED
        events.append(("accept", received, None, 2, "received", "Tiếp nhận hồ sơ", {}))
        refused = rng.random() < 0.03
        resolved_at = returned_at = None
        outcome = ""
        if refused:
            status = Status.NOT_ACCEPTED
            events[0] = ("refuse", received, None, 3, "received",
                         "Hồ sơ không thuộc thẩm quyền giải quyết của UBND xã", {})
            code = None
        else:
            t = received + timedelta(minutes=rng.randint(5, 90))
            just_received = forced == "received" or (
                forced is None and (now - received) < timedelta(days=2) and rng.random() < 0.4)
            if t < now and not just_received:
                status = Status.IN_PROGRESS
                events.append(("transfer", t, 2, 4, "", f"Chuyển {proc.handling_unit}",
                               {"unit": proc.handling_unit}))
                rows_s.append({"dossier_id": dossier_id, "position": 1,
                               "unit": proc.handling_unit or "Bộ phận chuyên môn",
                               "handler": "", "started_at": t, "allotted_hours": 0,
                               "due_at": None, "finished_at": None, "outcome": "", "note": ""})
            supplement = status == Status.IN_PROGRESS and (
                forced == "supplement" or (forced is None and rng.random() < 0.12))
            if supplement:
                ps = add_working_time(cal, t, timedelta(hours=rng.uniform(1, 6)))
                if forced:
                    ps = min(ps, now - timedelta(minutes=5))
                if ps < now:
                    clock.append(ClockEvent(ClockEventKind.PAUSED, ps,
                                            pause_kind=PAUSE_SUPPLEMENT))
                    status = Status.SUPPLEMENT_REQUESTED
                    events.append(("request_supplement", ps, 4, 5, "paused",
                                   "Bổ sung bản sao giấy tờ chứng minh",
                                   {"pause_kind": PAUSE_SUPPLEMENT,
                                    "items": ["Bản sao giấy tờ chứng minh nơi cư trú"]}))
                    rs = add_working_time(cal, ps, timedelta(hours=rng.uniform(4, 40)))
                    if rs < now and not forced:
                        clock.append(ClockEvent(ClockEventKind.RESTARTED, rs))
                        status = Status.IN_PROGRESS
                        events.append(("receive_supplement", rs, 5, 4, "restarted",
                                       "Đã nhận đủ hồ sơ bổ sung", {}))
            timing = derive_timing(cal, duration, clock)
            if status == Status.IN_PROGRESS and not forced:
                late = rng.random() < 0.08
                base = timing.current_due
                total = max(timedelta(minutes=30), base - events[-1][1])
                finish = (base + timedelta(hours=rng.uniform(2, 60)) if late
                          else events[-1][1] + total * rng.uniform(0.2, 0.98))
                # a few stay open past their due time, but only recent ones (weeks, not years)
                stuck = rng.random() < 0.03 and (now - received) < timedelta(days=45)
                if finish < now and not stuck:
                    status = Status.RESOLVED
                    resolved_at = finish.replace(second=0, microsecond=0)
                    outcome = "qua_han" if finish > base else (
                        "dung_han" if finish.date() == base.date() else "truoc_han")
                    events.append(("mark_resolved", resolved_at, 4, 9, "", "Đã có kết quả", {}))
                    ret = resolved_at + timedelta(hours=rng.uniform(0.5, 72))
                    if ret < now and rng.random() < 0.92:
                        status = Status.RETURNED
                        returned_at = ret.replace(second=0, microsecond=0)
                        events.append(("return_result", returned_at, 9, 10, "",
                                       f"Trả kết quả: {person['applicant_name']}",
                                       {"method": "truc_tiep"}))
                elif rng.random() < 0.02:
                    status = Status.WITHDRAWAL_REQUESTED
                    at = events[-1][1] + timedelta(hours=1)
                    if at < now:
                        events.append(("request_withdrawal", at, 4, 7, "",
                                       "Công dân yêu cầu rút hồ sơ", {}))
                        if rng.random() < 0.7:
                            status = Status.STOPPED
                            events.append(("stop", at + timedelta(hours=1), 7, 8, "",
                                           "Dừng giải quyết hồ sơ", {}))
                    else:
                        status = Status.IN_PROGRESS
        comp_rows = comps[proc.id]
        for pos, c in enumerate(comp_rows, start=1):
            if not c.required and rng.random() < 0.6:
                continue
            digitised = rng.random() < 0.7
            rows_c.append({
                "dossier_id": dossier_id, "position": pos, "procedure_component_id": c.id,
                "name": c.name, "originals": c.originals, "certified_copies": c.certified_copies,
                "photocopies": c.photocopies, "submitted": True, "digitised": digitised,
                "file_sha256": None, "file_name": "", "file_mime": "", "file_size": 0,
            })
        for seq, (action, at, before, after, clk, note, extra) in enumerate(events, start=1):
            rows_e.append({
                "dossier_id": dossier_id, "seq": seq, "at": at,
                "user_id": officer.id if officer else None,
                "actor": officer.full_name if officer else "",
                "actor_title": officer.title if officer else "",
                "unit": extra.get("unit", settings.counter_name), "action": action,
                "status_before": before, "status_after": after, "note": note,
                "details": json.dumps(extra, ensure_ascii=False), "clock": clk,
                "clock_at": at if clk else None, "new_due": None, "origin": "local",
            })
        search = fold(" ".join(x for x in (code or "", person["applicant_name"],
                                           person["applicant_id_number"],
                                           person["applicant_phone"]) if x))
        rows_d.append({
            "id": dossier_id, "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "code": code, "agency_code": settings.agency_code, "procedure_id": proc.id,
            "procedure_code": proc.code, "procedure_name": proc.name,
            "sector_code": proc.sector_code, "sector_name": sectors.get(proc.sector_code, ""),
            "channel": 1 if rng.random() < 0.8 else 3, "applicant_kind": 1, **person,
            "filer_name": "", "filer_id_number": "", "filer_phone": "",
            "summary": proc.name, "variant": "", "sets_count": 1,
            "result_delivery": "counter", "handling_unit": proc.handling_unit,
            "duration_amount": duration.amount, "duration_unit": duration.unit.value,
            "cutoff": duration.cutoff.strftime("%H:%M") if duration.cutoff else None,
            "financial_pauses": proc.financial_pauses, "received_at": received,
            "original_due_at": timing.original_due, "due_at": timing.current_due,
            "due_766_at": timing.due_766, "paused": timing.paused, "extended": False,
            "supplement_requests": timing.supplement_requests, "status": int(status),
            "resolved_at": resolved_at, "returned_at": returned_at,
            "return_method": "truc_tiep" if returned_at else "", "collected_by": "",
            "rating": rng.choice((None, 4, 5, 5, 3)) if returned_at else None,
            "outcome": outcome, "refusal_reason": events[0][5] if refused else "", "note": "",
            "officer_id": officer.id if officer else None, "workstation": settings.workstation,
            "search_text": search, "created_at": received, "updated_at": events[-1][1],
            "version": len(events),
        })
        if code and len(samples.setdefault(str(int(status)), [])) < 5:
            samples[str(int(status))].append(code)
        if len(rows_d) >= 5000:
            _flush(db, rows_d, rows_c, rows_e, rows_s)
    _flush(db, rows_d, rows_c, rows_e, rows_s)
    with db.session() as s:
        for (agency, day), n in seqs.items():
            s.merge(m.CodeSequence(agency_code=agency, day=day, last_local_n=n))
        append_audit(s, at=now, action="demo.generate", entity="database",
                     after={"dossiers": count, "seed": seed})
    return samples


def _flush(db: Database, *tables: list[dict]) -> None:
    targets = (m.Dossier, m.DossierComponent, m.DossierEvent, m.DossierStep)
    with db.session() as s:
        for model, rows in zip(targets, tables, strict=True):
            if rows:
                s.execute(insert(model), rows)
                rows.clear()


__all__ = ["DEMO_USERS", "DemoResult", "demo_settings", "generate_dossiers", "install_demo"]
