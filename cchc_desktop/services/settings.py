"""One typed settings object for the office and this workstation, with versioned migrations.

Stored as JSON in the ``settings`` table under the key ``office``. ``SCHEMA_VERSION``
grows when a field is added or renamed; ``_migrate`` upgrades older stored values so
a database written by an older program keeps its configuration.
(QSettings is used only for window geometry, architecture.md habit 6.)
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date

from cchc_desktop.domain.errors import ValidationError
from cchc_desktop.storage.db import Database
from cchc_desktop.storage.models import Setting

SCHEMA_VERSION = 2
SETTINGS_KEY = "office"


def _default_suffixes() -> dict[str, str]:
    # Document number suffixes are local conventions (domain.md §2): configurable.
    return {
        "receipt": "TNHS",
        "supplement": "PYCBS",
        "refusal": "PTC",
        "apology": "PXL",
        "stop": "TBDXL",
        "control": "PKS",
        "ledger": "STD",
    }


@dataclass(frozen=True)
class OfficeSettings:
    """Everything an office configures. Frozen: change with ``dataclasses.replace``."""

    schema_version: int = SCHEMA_VERSION
    # The office and its header (domain.md §2: governing body over the unit)
    office_name: str = "Ủy ban nhân dân xã Tân Thành"
    governing_body: str = "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"
    unit_name: str = "ỦY BAN NHÂN DÂN XÃ TÂN THÀNH"
    counter_name: str = "Bộ phận Một cửa"
    place_name: str = "Tân Thành"
    agency_code: str = "000.00.12.H42"  # opaque configured string (domain.md §5)
    address: str = ""
    phone: str = ""
    # Dossier codes (domain.md §5: unique across offline workstations, see domain.codes)
    code_template: str = "{agency}-{yymmdd}-{seq:04d}"
    workstation: int = 1
    workstations: int = 9
    # Documents
    lookup_url_template: str = ""  # e.g. https://dichvucong.<tỉnh>.gov.vn/tra-cuu?ma={code}
    number_suffixes: dict[str, str] = field(default_factory=_default_suffixes)
    receipt_copies: int = 1  # 2 prints "Liên 1: Lưu" and "Liên 2: Giao người nộp"
    # forms of TT 03/2025/TT-VPCP (dated 15/9/2025) for dossiers received from this date
    layout_tt03_from: date = date(2025, 9, 15)
    head_of_agency_name: str = ""  # signer of the apology letter (domain.md §3 rule 7)
    head_of_agency_title: str = "CHỦ TỊCH"
    # Deadlines and alerts
    warning_window_hours: float = 8.0  # "sắp đến hạn": less than one working day
    # Security
    idle_lock_minutes: int = 10
    max_failed_logins: int = 5
    lockout_minutes: int = 15

    def suffix(self, kind: str) -> str:
        return self.number_suffixes.get(kind, kind.upper())

    def validate(self) -> OfficeSettings:
        if not self.agency_code.strip():
            raise ValidationError("settings.agency_code", "Mã cơ quan không được để trống.")
        if not 1 <= self.workstation <= self.workstations:
            raise ValidationError(
                "settings.workstation",
                f"Số máy trạm phải từ 1 đến {self.workstations}.",
            )
        return self


def _migrate(raw: dict) -> dict:
    """Upgrade a stored settings dict to ``SCHEMA_VERSION``."""
    version = int(raw.get("schema_version", 1))
    if version < 2:
        # v1 stored a single "suffix" for every document kind
        suffix = raw.pop("suffix", None)
        if suffix:
            raw["number_suffixes"] = {k: suffix for k in _default_suffixes()}
        version = 2
    raw["schema_version"] = version
    return raw


def _to_json(settings: OfficeSettings) -> str:
    data = asdict(settings)
    data["layout_tt03_from"] = settings.layout_tt03_from.isoformat()
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _from_json(text: str) -> OfficeSettings:
    raw = _migrate(json.loads(text))
    known = {f.name for f in fields(OfficeSettings)}
    values = {k: v for k, v in raw.items() if k in known}
    if "layout_tt03_from" in values:
        values["layout_tt03_from"] = date.fromisoformat(values["layout_tt03_from"])
    if "number_suffixes" in values:
        values["number_suffixes"] = {**_default_suffixes(), **values["number_suffixes"]}
    return OfficeSettings(**values)


def load_settings(db: Database) -> OfficeSettings:
    with db.session() as s:
        row = s.get(Setting, SETTINGS_KEY)
        return _from_json(row.value) if row else OfficeSettings()


def save_settings(db: Database, settings: OfficeSettings) -> OfficeSettings:
    settings = replace(settings.validate(), schema_version=SCHEMA_VERSION)
    with db.session() as s:
        s.merge(Setting(key=SETTINGS_KEY, value=_to_json(settings)))
    return settings


def settings_stored(db: Database) -> bool:
    with db.session() as s:
        return s.get(Setting, SETTINGS_KEY) is not None
