"""The one place where neutral outbox keys become national-portal field names and back.

The outbox stores dossiers with neutral English keys and ISO 8601 local times; the wire
carries the portal's names (domain.md §6: ``MaHoSo``, ``MaTTHC``, ``NgayTiepNhan``,
``TrangThaiHoSo``, ``QuaTrinhXuLy`` …) and ``yyyyMMddHHmmss`` timestamps (Vietnam local
time, TT 04/2025 data dictionary).  The mapping is a table, so a province whose variant
spells a field differently passes ``renames={"MaCoQuan": "MaDonVi"}`` instead of a rewrite.
Names marked *ext* are not in the national list; they carry what the counter needs to
restore a dossier exactly (applicant's birth date, pause/extension bookkeeping...).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

PORTAL_TIME = "%Y%m%d%H%M%S"

# (neutral dotted path, portal name, type). Types: str, int, bool, dt (timestamp), raw.
DOSSIER_FIELDS: list[tuple[str, str, str]] = [
    ("code", "MaHoSo", "str"),
    ("uid", "MaDinhDanhNoiBo", "str"),  # ext: the workstation's global id of the dossier
    ("agency", "MaCoQuan", "str"),  # ext: the receiving agency's e-ID (QĐ 20/2020)
    ("procedure_code", "MaTTHC", "str"),
    ("procedure_name", "TenTTHC", "str"),
    ("sector_code", "MaLinhVuc", "str"),
    ("sector_name", "TenLinhVuc", "str"),
    ("channel", "KenhThucHien", "int"),
    ("applicant.kind", "LoaiDoiTuong", "int"),
    ("applicant.name", "ChuHoSo", "str"),
    ("applicant.id_number", "SoGiayToChuHoSo", "str"),
    ("applicant.date_of_birth", "NgaySinh", "str"),  # ext
    ("applicant.sex", "GioiTinh", "str"),  # ext
    ("applicant.address", "DiaChiChuHoSo", "str"),  # ext
    ("applicant.phone", "SoDienThoai", "str"),
    ("applicant.email", "Email", "str"),
    ("summary", "TrichYeuHoSo", "str"),
    ("received_at", "NgayTiepNhan", "dt"),
    ("due_at", "NgayHenTra", "dt"),
    ("original_due_at", "NgayHenTraBanDau", "dt"),  # ext: kept for the 766 index
    ("status", "TrangThaiHoSo", "int"),
    ("resolved_at", "NgayKetThucXuLy", "dt"),
    ("returned_at", "NgayTra", "dt"),
    ("return_method", "HinhThuc", "str"),
    ("handling_unit", "DonViXuLy", "str"),
    ("note", "GhiChu", "str"),
]

COMPONENT_FIELDS: list[tuple[str, str, str]] = [
    ("name", "TenTepDinhKem", "str"),
    ("originals", "SoBanChinh", "int"),  # ext
    ("certified_copies", "SoBanSao", "int"),  # ext
    ("photocopies", "SoBanPhoto", "int"),  # ext
    ("digitised", "DuocSoHoa", "bool"),
    ("file_sha256", "MaTep", "str"),  # ext: content hash in the file store
]

FEE_FIELDS: list[tuple[str, str, str]] = [
    ("name", "TenPhiLePhi", "str"),
    ("amount", "Gia", "int"),
    ("method", "HinhThucThu", "str"),
    ("receipt_no", "SoBienLai", "str"),  # ext
]

HISTORY_FIELDS: list[tuple[str, str, str]] = [
    ("seq", "ThuTu", "int"),  # ext: order of the entry within the dossier
    ("at", "ThoiDiemXuLy", "dt"),
    ("actor", "NguoiXuLy", "str"),
    ("actor_title", "ChucDanh", "str"),
    ("unit", "PhongBanXuLy", "str"),
    ("action", "HanhDong", "str"),  # ext: machine code of the step (receive, transfer...)
    ("note", "NoiDungXuLy", "str"),
    ("status", "TrangThai", "int"),
    ("started_at", "NgayBatDau", "dt"),
    ("step_due", "NgayKetThucTheoQuyDinh", "dt"),
    ("source", "NguonCapNhat", "str"),  # ext: counter | unit | conflict (see the protocol)
    ("uid", "MaQuaTrinh", "str"),  # ext: server-wide id of the entry (dedupes pulls)
]

LIST_FIELDS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("components", "TaiLieuNop", COMPONENT_FIELDS),
    ("fees", "DanhSachLePhi", FEE_FIELDS),
]

# Envelope names of a dossier.event item.
DOSSIER_KEY = "HoSo"
HISTORY_KEY = "QuaTrinhXuLy"
DOCUMENT_KEY = "GiayTo"


class AdapterError(ValueError):
    """A value cannot be converted (e.g. a malformed timestamp)."""


def nfc(value: str) -> str:
    """Text is NFC everywhere it enters (architecture.md habit 9), sync included."""
    return unicodedata.normalize("NFC", value)


def to_portal_time(value: str | None) -> str | None:
    """ISO 8601 naive local time → ``yyyyMMddHHmmss`` (Vietnam local time, TT 04/2025)."""
    if value in (None, ""):
        return None
    try:
        return datetime.fromisoformat(str(value)).strftime(PORTAL_TIME)
    except ValueError as exc:
        raise AdapterError(f"bad datetime {value!r}") from exc


def from_portal_time(value: str | None) -> str | None:
    if value in (None, ""):
        return None
    text = str(value)
    if len(text) != 14 or not text.isdigit():
        raise AdapterError(f"bad portal timestamp {value!r}")
    try:
        return datetime.strptime(text, PORTAL_TIME).isoformat()
    except ValueError as exc:
        raise AdapterError(f"bad portal timestamp {value!r}") from exc


def _get(obj: dict[str, Any], path: str) -> Any:
    cur: Any = obj
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur


def _set(obj: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    cur = obj
    for part in parts[:-1]:
        cur = cur.setdefault(part, {})
    cur[parts[-1]] = value


def _convert_out(value: Any, typ: str) -> Any:
    if typ == "dt":
        return to_portal_time(value)
    if typ == "int":
        try:
            return int(value)
        except (TypeError, ValueError) as exc:
            raise AdapterError(f"not an integer: {value!r}") from exc
    if typ == "bool":
        return 1 if value else 0
    if typ == "str":
        return nfc(str(value))
    return value


def _convert_in(value: Any, typ: str) -> Any:
    if typ == "dt":
        return from_portal_time(value)
    if typ == "int":
        try:
            return int(value)
        except (TypeError, ValueError) as exc:
            raise AdapterError(f"not an integer: {value!r}") from exc
    if typ == "bool":
        return bool(value)
    if typ == "str":
        return nfc(str(value))
    return value


@dataclass(frozen=True)
class PortalAdapter:
    """Neutral ↔ portal converter. ``renames`` maps a default portal name to a province's."""

    renames: dict[str, str] = field(default_factory=dict)

    def name(self, portal: str) -> str:
        return self.renames.get(portal, portal)

    # -- generic ------------------------------------------------------------------------
    def _out(self, src: dict[str, Any], spec: list[tuple[str, str, str]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for path, portal, typ in spec:
            value = _get(src, path)
            if value is None or value == "":
                continue  # omitted: fewer bytes on a 2G link
            out[self.name(portal)] = _convert_out(value, typ)
        return out

    def _in(self, src: dict[str, Any], spec: list[tuple[str, str, str]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for path, portal, typ in spec:
            value = src.get(self.name(portal))
            _set(out, path, None if value is None else _convert_in(value, typ))
        return out

    # -- dossier --------------------------------------------------------------------------
    def dossier_to_portal(self, dossier: dict[str, Any]) -> dict[str, Any]:
        out = self._out(dossier, DOSSIER_FIELDS)
        for path, portal, spec in LIST_FIELDS:
            rows = dossier.get(path)
            if rows:
                out[self.name(portal)] = [self._out(row, spec) for row in rows]
        return out

    def dossier_from_portal(self, record: dict[str, Any]) -> dict[str, Any]:
        out = self._in(record, DOSSIER_FIELDS)
        for path, portal, spec in LIST_FIELDS:
            out[path] = [self._in(row, spec) for row in record.get(self.name(portal)) or []]
        return out

    def history_to_portal(self, entry: dict[str, Any], code: str | None = None) -> dict[str, Any]:
        out = self._out(entry, HISTORY_FIELDS)
        if code:
            out[self.name("MaHoSo")] = code
        return out

    def history_from_portal(self, entry: dict[str, Any]) -> dict[str, Any]:
        return self._in(entry, HISTORY_FIELDS)

    # -- outbox payloads ------------------------------------------------------------------
    def event_to_wire(self, payload: dict[str, Any]) -> dict[str, Any]:
        """A ``dossier.event`` outbox payload → the item's ``data`` in portal names."""
        dossier = payload.get("dossier")
        if not isinstance(dossier, dict) or not dossier.get("code"):
            raise AdapterError("dossier.event without a dossier code")
        data: dict[str, Any] = {self.name(DOSSIER_KEY): self.dossier_to_portal(dossier)}
        event = payload.get("event")
        if event:
            data[self.name(HISTORY_KEY)] = [self.history_to_portal(event)]
        return data

    def dossier_change_to_wire(self, dossier: dict[str, Any],
                               entries: list[dict[str, Any]]) -> dict[str, Any]:
        """A pulled ``dossier`` change: the record and the new history entries."""
        code = dossier.get("code")
        return {self.name(DOSSIER_KEY): self.dossier_to_portal(dossier),
                self.name(HISTORY_KEY): [self.history_to_portal(e, code) for e in entries]}

    def event_from_wire(self, data: dict[str, Any]) -> dict[str, Any]:
        record = data.get(self.name(DOSSIER_KEY))
        if not isinstance(record, dict):
            raise AdapterError(f"missing {DOSSIER_KEY}")
        entries = data.get(self.name(HISTORY_KEY)) or []
        if not isinstance(entries, list):
            raise AdapterError(f"{HISTORY_KEY} must be a list")
        return {
            "dossier": self.dossier_from_portal(record),
            "events": [self.history_from_portal(e) for e in entries],
        }

    def document_to_wire(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Issued documents' metadata travel as they are, with ``*_at`` keys as portal time."""
        doc = {k: (to_portal_time(v) if k.endswith("_at") else v) for k, v in payload.items()
               if v is not None}
        return {self.name(DOCUMENT_KEY): doc}

    def document_from_wire(self, data: dict[str, Any]) -> dict[str, Any]:
        doc = data.get(self.name(DOCUMENT_KEY))
        if not isinstance(doc, dict):
            raise AdapterError(f"missing {DOCUMENT_KEY}")
        return {k: (from_portal_time(v) if k.endswith("_at") else v) for k, v in doc.items()}


DEFAULT_ADAPTER = PortalAdapter()
