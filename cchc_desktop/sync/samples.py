"""Sample outbox payloads (neutral keys) for tests, benchmarks and the demo server.

Realistic sizes: a commune dossier with Vietnamese names, three components and a fee, so
figures such as "compressed bytes per dossier" mean something.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from typing import Any

_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
_MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Hữu"]
_GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Lan", "Nam", "Phúc", "Thảo", "Yến"]
_PROCEDURES = [
    ("1.001193", "Thủ tục đăng ký khai sinh", "G09-TP03", "Hộ tịch",
     ["Tờ khai đăng ký khai sinh", "Giấy chứng sinh"]),
    ("1.004227", "Thủ tục đăng ký kết hôn", "G09-TP03", "Hộ tịch",
     ["Tờ khai đăng ký kết hôn", "Giấy xác nhận tình trạng hôn nhân"]),
    ("2.000908", "Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản", "G09-TP02",
     "Chứng thực", ["Bản chính giấy tờ", "Bản sao cần chứng thực"]),
]


def dossier_code(agency: str, day: datetime, n: int) -> str:
    """TT 01/2018 Art. 19: ``<agency>-YYMMDD-XXXX`` (XXXX may be longer: TT 04/2025)."""
    return f"{agency}-{day:%y%m%d}-{n:04d}"


def dossier(code: str, agency: str, received_at: datetime, rng: random.Random,
            status: int = 2) -> dict[str, Any]:
    proc = rng.choice(_PROCEDURES)
    name = f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
    due = received_at + timedelta(days=3)
    return {
        "code": code, "agency": agency, "procedure_code": proc[0], "procedure_name": proc[1],
        "sector_code": proc[2], "sector_name": proc[3], "channel": 1,
        "applicant": {"kind": 1, "name": name,
                      "id_number": f"0{rng.randint(1, 96):02d}{rng.randint(0, 3)}"
                                   f"{rng.randint(0, 99):02d}{rng.randint(0, 999999):06d}",
                      "date_of_birth": f"19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-1"
                                       f"{rng.randint(0, 9)}",
                      "sex": rng.choice(["Nam", "Nữ"]),
                      "address": f"Thôn {rng.randint(1, 12)}, xã Tân Phú",
                      "phone": f"09{rng.randint(10000000, 99999999)}", "email": None},
        "summary": proc[1], "received_at": received_at.isoformat(),
        "due_at": due.isoformat(), "original_due_at": due.isoformat(), "status": status,
        "returned_at": None, "return_method": None, "handling_unit": "UBND xã Tân Phú",
        "components": [{"name": c, "originals": 1, "certified_copies": 0, "photocopies": 0,
                        "digitised": False, "file_sha256": None} for c in proc[4]],
        "fees": [{"name": "Lệ phí", "amount": 8000, "method": "cash", "receipt_no": None}],
        "note": None,
    }


def event_payload(record: dict[str, Any], seq: int, at: datetime, action: str, status: int,
                  note: str = "") -> dict[str, Any]:
    return {"dossier": {**record, "status": status},
            "event": {"seq": seq, "at": at.isoformat(), "actor": "Trần Thị Hạnh",
                      "actor_title": "Công chức Bộ phận Một cửa", "unit": "Bộ phận Một cửa",
                      "action": action, "status": status, "note": note, "step_due": None}}


def day_of_work(agency: str, day: datetime, count: int, seed: int = 1, start: int = 1,
                events_per_dossier: int = 2) -> list[dict[str, Any]]:
    """Outbox rows (``key``, ``kind``, ``code``, ``payload``, ``created_at``) of ``count``
    dossiers received on ``day``, each with ``events_per_dossier`` history entries."""
    rng = random.Random(seed)
    rows = []
    steps = [("receive", 2, "Tiếp nhận hồ sơ"), ("transfer", 4, "Chuyển xử lý"),
             ("result", 9, "Có kết quả"), ("return", 10, "Trả kết quả")]
    for i in range(count):
        at = day.replace(hour=7, minute=30) + timedelta(minutes=2 * i)
        code = dossier_code(agency, day, start + i)
        record = dossier(code, agency, at, rng)
        for seq in range(1, events_per_dossier + 1):
            action, status, note = steps[(seq - 1) % len(steps)]
            when = at + timedelta(minutes=seq - 1)
            rows.append({"key": uuid.uuid4().hex,
                         "kind": "dossier.event", "code": code, "created_at": when,
                         "payload": event_payload(record, seq, when, action, status, note)})
    return rows
