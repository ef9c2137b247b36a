"""The wire pieces on their own: portal field names, batches, gzip limits, signed bundles,
back-off policy, and the transport's handling of 5xx / 4xx / cut connections."""

from __future__ import annotations

import gzip
import random
import socket
import threading
import unicodedata
import uuid
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_desktop.sync import protocol as p
from cchc_desktop.sync import samples
from cchc_desktop.sync.adapter import (
    DEFAULT_ADAPTER,
    AdapterError,
    PortalAdapter,
    from_portal_time,
    to_portal_time,
)
from cchc_desktop.sync.bundle import BundleError, read_bundle, read_header, write_bundle
from cchc_desktop.sync.transport import (
    RetryPolicy,
    SyncAuthError,
    SyncNetworkError,
    SyncRequestError,
    SyncTransport,
)

DAY = datetime(2026, 11, 20)


def sample_payload():
    return samples.day_of_work("000.00.12.H42", DAY, 1, events_per_dossier=1)[0]["payload"]


def test_dossier_goes_out_in_portal_names_and_comes_back_unchanged():
    payload = sample_payload()
    wire = DEFAULT_ADAPTER.event_to_wire(payload)
    record = wire["HoSo"]
    assert record["MaHoSo"] == payload["dossier"]["code"]
    assert record["MaTTHC"] == payload["dossier"]["procedure_code"]
    assert record["NgayTiepNhan"] == "20261120073000"  # yyyyMMddHHmmss, local time
    assert record["TrangThaiHoSo"] == 2 and record["KenhThucHien"] == 1
    assert record["ChuHoSo"] == payload["dossier"]["applicant"]["name"]
    assert record["TaiLieuNop"][0]["TenTepDinhKem"]
    assert record["DanhSachLePhi"][0]["Gia"] == 8000
    assert "Email" not in record  # empty values are not sent
    entry = wire["QuaTrinhXuLy"][0]
    assert entry["ThoiDiemXuLy"] == "20261120073000" and entry["TrangThai"] == 2
    back = DEFAULT_ADAPTER.event_from_wire(wire)
    d = payload["dossier"]
    assert back["dossier"]["applicant"]["name"] == d["applicant"]["name"]
    assert back["dossier"]["received_at"] == d["received_at"]
    assert back["dossier"]["components"][0]["name"] == d["components"][0]["name"]
    assert back["events"][0]["action"] == "receive"


def test_a_province_variant_is_a_mapping_not_a_rewrite():
    variant = PortalAdapter(renames={"MaCoQuan": "MaDonVi", "TrangThaiHoSo": "TrangThai_HS"})
    wire = variant.event_to_wire(sample_payload())
    assert "MaDonVi" in wire["HoSo"] and "TrangThai_HS" in wire["HoSo"]
    assert "MaCoQuan" not in wire["HoSo"]
    assert variant.event_from_wire(wire)["dossier"]["status"] == 2


def test_text_is_normalised_to_nfc_on_the_wire():
    payload = sample_payload()
    payload["dossier"]["applicant"]["name"] = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    wire = DEFAULT_ADAPTER.event_to_wire(payload)
    assert wire["HoSo"]["ChuHoSo"] == unicodedata.normalize("NFC", "Nguyễn Thị Ánh")


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2999, 12, 31)))
def test_portal_time_round_trips(moment):
    moment = moment.replace(microsecond=0)
    assert from_portal_time(to_portal_time(moment.isoformat())) == moment.isoformat()


@pytest.mark.parametrize("bad", ["2026112", "20261399000000", "abcdefghijklmn"])
def test_malformed_portal_times_are_refused(bad):
    with pytest.raises(AdapterError):
        from_portal_time(bad)


def test_batches_are_capped_by_count_and_size_oldest_first():
    items = [p.PushItem(key=uuid.uuid4().hex, kind=p.KIND_DOCUMENT_ISSUED,
                        data={"GiayTo": {"x": "a" * 100}}) for _ in range(450)]
    batches = p.split_batches(items, max_items=200, max_bytes=10**9)
    assert [len(b) for b in batches] == [200, 200, 50]
    assert [i.key for b in batches for i in b] == [i.key for i in items]
    by_size = p.split_batches(items, max_items=1000, max_bytes=20 * p.item_size(items[0]))
    assert {len(b) for b in by_size[:-1]} == {20}
    huge = p.PushItem(key=uuid.uuid4().hex, kind=p.KIND_DOCUMENT_ISSUED,
                      data={"GiayTo": {"x": "a" * 5000}})
    assert p.split_batches([huge], max_bytes=100) == [[huge]]  # travels alone


def test_gzip_bombs_and_wrong_versions_are_refused():
    with pytest.raises(p.ProtocolError):
        p.decompress(gzip.compress(b"0" * 2000), limit=1000)
    with pytest.raises(p.ProtocolError):
        p.decode_push(p.compress(p.dumps({"protocol": 99, "items": []})))
    device, items = p.decode_push(p.encode_push("dev", []))
    assert device == "dev" and items == []


def test_bundle_detects_any_changed_byte_and_a_wrong_key():
    key = "ab" * 32
    item = p.PushItem(key=uuid.uuid4().hex, kind=p.KIND_DOSSIER_EVENT,
                      data=DEFAULT_ADAPTER.event_to_wire(sample_payload()))
    content = b"%PDF-1.4 scan"
    blob = write_bundle("dev1", "000.00.12.H42", DAY.isoformat(), [item],
                        {p.sha256_hex(content): content}, key)
    bundle = read_bundle(blob, key)
    assert bundle.items == [item.to_wire()] and bundle.files == {p.sha256_hex(content): content}
    assert read_header(blob)[0]["items"] == 1
    for position in (20, len(blob) // 2, len(blob) - 3):
        tampered = bytearray(blob)
        tampered[position] ^= 0x20
        with pytest.raises(BundleError):
            read_bundle(bytes(tampered), key)
    with pytest.raises(BundleError) as err:
        read_bundle(blob, "cd" * 32)
    assert "Chữ ký" in err.value.message_vi
    with pytest.raises(BundleError):
        read_bundle(b"PK\x03\x04 a zip file", key)


def test_back_off_is_exponential_with_full_jitter():
    policy = RetryPolicy(base_delay=1.0, max_delay=60.0)
    rng = random.Random(1)
    delays = [[policy.delay(a, rng) for _ in range(200)] for a in range(1, 8)]
    for attempt, values in enumerate(delays, start=1):
        cap = min(60.0, 2 ** attempt)
        assert all(0 <= v <= cap for v in values)
        assert max(values) > cap * 0.8  # spread over the whole range: jitter
    assert max(delays[-1]) <= 60.0


class _Scripted(BaseHTTPRequestHandler):
    """Answers from a script: a status code, or 'cut' to drop the connection."""

    protocol_version = "HTTP/1.1"
    script: list = []
    seen: list = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length", 0) or 0)
        if length:
            self.rfile.read(length)
        type(self).seen.append(self.command)
        step = type(self).script.pop(0)
        if step == "cut":
            self.connection.shutdown(socket.SHUT_RDWR)  # the link drops mid-exchange
            self.close_connection = True
            return
        status, body = step
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer  # noqa: N815

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def scripted():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Scripted)
    _Scripted.seen = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _transport(url, attempts=4):
    sleeps: list[float] = []
    t = SyncTransport(url, "dev.secret", retry=RetryPolicy(attempts=attempts, base_delay=0.01),
                      sleep=sleeps.append)
    return t, sleeps


OK_PULL = (200, b'{"protocol": 1, "cursor": 5, "more": false, "changes": []}')


def test_network_errors_and_5xx_are_retried_then_answered(scripted):
    _server, url = scripted
    _Scripted.script = ["cut", (503, b"{}"), OK_PULL]
    t, sleeps = _transport(url)
    assert t.pull(0).cursor == 5
    assert len(sleeps) == 2 and len(_Scripted.seen) == 3
    assert any("ngắt" in e or "kết nối" in e for e in t.last_errors)


def test_4xx_is_an_answer_not_retried(scripted):
    _server, url = scripted
    _Scripted.script = [(400, '{"error": "protocol.invalid", "message": "Sai giao thức."}'
                         .encode())]
    t, sleeps = _transport(url)
    with pytest.raises(SyncRequestError) as err:
        t.pull(0)
    assert err.value.message == "Sai giao thức." and sleeps == []


def test_401_stops_at_once_with_the_server_sentence(scripted):
    _server, url = scripted
    _Scripted.script = [(401, '{"error": "auth.revoked", "message": "Đã thu hồi."}'
                         .encode())]
    t, sleeps = _transport(url)
    with pytest.raises(SyncAuthError) as err:
        t.pull(0)
    assert err.value.code == "auth.revoked" and sleeps == []
    assert "dev.secret" not in " ".join(t.last_errors)  # the token never leaks


def test_giving_up_says_so_in_vietnamese(scripted):
    _server, url = scripted
    _Scripted.script = [(500, b"{}")] * 3
    t, _ = _transport(url, attempts=3)
    with pytest.raises(SyncNetworkError) as err:
        t.pull(0)
    assert "Dữ liệu vẫn được giữ" in err.value.message


def test_tls_certificates_are_verified():
    import ssl

    t = SyncTransport("https://127.0.0.1:9", "x")
    ctx = t._client._transport._pool._ssl_context
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
