"""HTTP client of the sync protocol (httpx): timeouts sized for 2G, retries with back-off.

Only network failures and 5xx replies are retried, with exponential back-off and full
jitter; a 4xx is an answer, not an accident, and is raised at once.  A 401 becomes
``SyncAuthError`` so the engine stops syncing (the outbox stays intact).  Every error
carries a Vietnamese sentence an officer can read.  TLS certificates are always verified;
a province with its own CA passes ``ca_bundle``.  The token never appears in a message.
"""

from __future__ import annotations

import random
import ssl
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from cchc_desktop.domain.errors import DomainError
from cchc_desktop.sync import protocol as p


class SyncError(DomainError):
    """Base of sync failures; ``message`` is Vietnamese."""


class SyncNetworkError(SyncError):
    """The link failed (after retries): nothing is lost, the next cycle tries again."""


class SyncAuthError(SyncError):
    """Token missing, invalid, revoked or expired: stop syncing until re-enrolment."""


class SyncRequestError(SyncError):
    """The server refused the request (4xx other than 401) or answered off-protocol."""


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 1.0
    max_delay: float = 60.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Full jitter: uniform in [0, min(max, base·2^attempt)] (AWS architecture blog)."""
        return rng.uniform(0, min(self.max_delay, self.base_delay * (2 ** attempt)))


# 2G carries ~50 kbit/s up: a 64 KB batch needs ~10 s; leave room for 300 ms round trips
# and radio wake-up.  Reads wait for the server to apply a batch.
TIMEOUT_2G = httpx.Timeout(connect=20.0, read=90.0, write=90.0, pool=20.0)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "đường truyền quá chậm, hết thời gian chờ"
    if isinstance(exc, httpx.ConnectError):
        return "không kết nối được tới máy chủ tỉnh"
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return "kết nối bị ngắt giữa chừng"
    return "lỗi mạng"


def _is_certificate_error(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(
                seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class SyncTransport:
    """One server, one device token. Thread-safe for one caller at a time."""

    def __init__(self, base_url: str, token: str | None = None, *,
                 ca_bundle: str | None = None, timeout: httpx.Timeout = TIMEOUT_2G,
                 retry: RetryPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 rng: random.Random | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        verify: Any = ssl.create_default_context(cafile=ca_bundle) if ca_bundle else True
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.retry = retry or RetryPolicy()
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.bytes_sent = 0
        self.bytes_received = 0
        self.last_errors: list[str] = []
        self._client = httpx.Client(base_url=self.base_url, timeout=timeout, verify=verify,
                                    transport=transport,
                                    headers={"Accept-Encoding": "gzip",
                                             "User-Agent": "cchc-desktop-sync/1"})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> SyncTransport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- core -------------------------------------------------------------------------------
    def _request(self, method: str, path: str, *, content: bytes | None = None,
                 json_body: Any = None, headers: dict[str, str] | None = None,
                 params: dict[str, Any] | None = None, auth: bool = True) -> httpx.Response:
        hdrs = dict(headers or {})
        if auth:
            if not self.token:
                raise SyncAuthError("sync.not_enrolled",
                                    "Máy trạm chưa đăng ký với máy chủ tỉnh.")
            hdrs["Authorization"] = f"Bearer {self.token}"
        last: str = ""
        for attempt in range(self.retry.attempts):
            if attempt:
                self.sleep(self.retry.delay(attempt, self.rng))
            try:
                response = self._client.request(method, path, content=content, json=json_body,
                                                headers=hdrs, params=params)
            except httpx.TransportError as exc:
                if _is_certificate_error(exc):
                    # Not an accident of the link: retrying cannot help, and the officer
                    # must not be invited to "just try again" past a bad certificate.
                    message = ("Chứng chỉ bảo mật (TLS) của máy chủ tỉnh không được xác minh; "
                               "không gửi dữ liệu. Xin báo quản trị viên kiểm tra địa chỉ máy "
                               "chủ hoặc tệp chứng chỉ CA của tỉnh.")
                    self._note(message)
                    raise SyncRequestError("sync.tls", message) from exc
                last = _describe(exc)
                self._note(f"Lần thử {attempt + 1}: {last}.")
                continue
            finally:
                if content is not None:
                    self.bytes_sent += len(content)
            self.bytes_received += len(response.content)
            if response.status_code >= 500:
                last = f"máy chủ tỉnh gặp sự cố (mã {response.status_code})"
                self._note(f"Lần thử {attempt + 1}: {last}.")
                continue
            if response.status_code == 401:
                message = self._server_message(response) or "Máy trạm không được phép đồng bộ."
                self._note(message)
                raise SyncAuthError(self._server_code(response) or "auth.invalid", message)
            if response.status_code >= 400 and not (method == "HEAD"
                                                    and response.status_code == 404):
                message = self._server_message(response) or (
                    f"Máy chủ tỉnh từ chối yêu cầu (mã {response.status_code}).")
                self._note(message)
                raise SyncRequestError(self._server_code(response) or "sync.refused", message,
                                       status=response.status_code)
            return response
        raise SyncNetworkError("sync.network",
                               f"Không đồng bộ được: {last}. Dữ liệu vẫn được giữ trên máy "
                               "và sẽ gửi lại ở lần sau.")

    def _note(self, message: str) -> None:
        self.last_errors = [*self.last_errors[-9:], message]

    @staticmethod
    def _server_message(response: httpx.Response) -> str | None:
        try:
            return response.json().get("message")
        except Exception:
            return None

    @staticmethod
    def _server_code(response: httpx.Response) -> str | None:
        try:
            return response.json().get("error")
        except Exception:
            return None

    def _json(self, response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError as exc:
            raise SyncRequestError("sync.bad_reply",
                                   "Máy chủ tỉnh trả lời không đúng giao thức.") from exc

    # -- endpoints --------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        return self._json(self._request("GET", f"{p.API_PREFIX}/health", auth=False))

    def enrol(self, code: str, name: str, request_id: str | None = None) -> dict[str, Any]:
        """Resends (this call's retries, or a later call with the same ``request_id``) of an
        enrolment whose reply was lost get the same device back."""
        request_id = request_id or uuid.uuid4().hex
        reply = self._json(self._request("POST", f"{p.API_PREFIX}/enrol", auth=False,
                                         json_body={"code": code, "name": name,
                                                    "request_id": request_id}))
        p.check_version(reply.get("protocol"))
        return reply

    def push(self, device_id: str, items: list[p.PushItem]) -> list[p.ItemResult]:
        body = p.encode_push(device_id, items)
        response = self._request("POST", f"{p.API_PREFIX}/push", content=body,
                                 headers={"Content-Encoding": "gzip",
                                          "Content-Type": "application/json"})
        try:
            return p.decode_results(self._json(response))
        except p.ProtocolError as exc:
            raise SyncRequestError("sync.bad_reply",
                                   "Máy chủ tỉnh trả lời không đúng giao thức.") from exc

    def has_file(self, sha: str) -> bool:
        return self._request("HEAD", f"{p.API_PREFIX}/files/{sha}").status_code == 200

    def put_file(self, sha: str, content: bytes, key: str | None) -> p.ItemResult:
        params = {"key": key} if key else None
        reply = self._json(self._request("PUT", f"{p.API_PREFIX}/files/{sha}", content=content,
                                         params=params,
                                         headers={"Content-Type": "application/octet-stream"}))
        return p.ItemResult(key=reply.get("key") or sha, result=reply["result"],
                            reason=reply.get("reason"))

    def pull(self, cursor: int, limit: int = 200) -> p.PullPage:
        response = self._request("GET", f"{p.API_PREFIX}/changes",
                                 params={"cursor": cursor, "limit": limit})
        try:
            return p.decode_pull(self._json(response))
        except (p.ProtocolError, KeyError, TypeError, ValueError) as exc:
            raise SyncRequestError("sync.bad_reply",
                                   "Máy chủ tỉnh trả lời không đúng giao thức.") from exc

    def forward_bundle(self, blob: bytes) -> dict[str, Any]:
        return self._json(self._request("POST", f"{p.API_PREFIX}/bundles", content=blob,
                                        headers={"Content-Type": "application/octet-stream"}))
