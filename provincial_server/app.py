"""The FastAPI application: every endpoint but enrolment needs a device token and sees only
the device's office; request bodies are capped before they are read into memory.

Handlers are ``async`` only to read the body with a cap; database work runs in the thread
pool (``run_in_threadpool``), one transaction per request.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from cchc_desktop.sync import protocol as p
from cchc_desktop.sync.bundle import MAX_BUNDLE_BYTES, BundleError
from provincial_server import service
from provincial_server.db import make_engine, session_scope
from provincial_server.service import Caller, ServerError


class EnrolRequest(BaseModel):
    code: str = Field(max_length=64)
    name: str = ""
    # Chosen by the workstation once per attempt; a resend after a lost reply repeats it.
    request_id: str | None = Field(None, min_length=16, max_length=64)


class TooLargeError(Exception):
    pass


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, or ``TooLargeError`` as soon as it passes ``limit`` bytes."""
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        raise TooLargeError()
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLargeError()
        chunks.append(chunk)
    return b"".join(chunks)


def _error(code: str, message_vi: str, status: int) -> JSONResponse:
    return JSONResponse({"error": code, "message": message_vi}, status_code=status)


def create_app(database_url: str) -> FastAPI:
    from sqlalchemy.orm import sessionmaker

    engine = make_engine(database_url)
    factory = sessionmaker(engine, expire_on_commit=False)
    app = FastAPI(title="Máy chủ đồng bộ cấp tỉnh (CCHC)", version=f"{p.PROTOCOL_VERSION}",
                  description="Giao thức đồng bộ v1: xem docs/sync-protocol.md")
    app.state.engine = engine
    # Pull pages are JSON: compress replies too (the client sends Accept-Encoding: gzip).
    app.add_middleware(GZipMiddleware, minimum_size=512)

    @app.exception_handler(ServerError)
    async def _server_error(_request: Request, exc: ServerError) -> JSONResponse:
        return _error(exc.code, exc.message_vi, exc.status)

    @app.exception_handler(TooLargeError)
    async def _too_large(_request: Request, _exc: TooLargeError) -> JSONResponse:
        return _error("request.too_large", "Yêu cầu quá lớn so với giới hạn của máy chủ.", 413)

    @app.exception_handler(p.ProtocolError)
    async def _protocol(_request: Request, exc: p.ProtocolError) -> JSONResponse:
        message = getattr(exc, "message_vi", None) or f"Dữ liệu gửi lên sai giao thức: {exc}"
        return _error("protocol.invalid", message, 400)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        fields = ", ".join(".".join(str(x) for x in e.get("loc", ())[1:]) or "?"
                           for e in exc.errors())
        return _error("protocol.invalid",
                      f"Dữ liệu gửi lên sai giao thức (trường: {fields}).", 400)

    def run(fn: Any, *args: Any) -> Any:
        with session_scope(factory) as session:
            return fn(session, *args)

    def authed(fn: Any, authorization: str | None, *args: Any) -> Any:
        def work(session: Any) -> Any:
            caller = service.authenticate(session, authorization)
            return fn(session, caller, *args)

        return run(work)

    async def precheck(request: Request) -> None:
        """Refuse an anonymous upload before reading (and decompressing) its body."""
        await run_in_threadpool(run, service.authenticate, request.headers.get("authorization"))

    @app.get(f"{p.API_PREFIX}/health")
    async def health() -> dict[str, Any]:
        return {"protocol": p.PROTOCOL_VERSION, "status": "ok"}

    @app.post(f"{p.API_PREFIX}/enrol")
    async def enrol(body: EnrolRequest) -> dict[str, Any]:
        return await run_in_threadpool(run, service.enrol, body.code, body.name,
                                      body.request_id)

    @app.get(f"{p.API_PREFIX}/whoami")
    async def whoami(request: Request) -> dict[str, Any]:
        def work(_session: Any, caller: Caller) -> dict[str, Any]:
            return {"device_id": caller.device_id, "agency": caller.agency}

        return await run_in_threadpool(authed, work, request.headers.get("authorization"))

    @app.post(f"{p.API_PREFIX}/push")
    async def push(request: Request) -> dict[str, Any]:
        await precheck(request)
        body = await read_limited(request, p.MAX_REQUEST_BYTES)
        gz = request.headers.get("content-encoding", "").lower() == "gzip"
        device_id, items = p.decode_push(body, compressed=gz)

        def work(session: Any, caller: Caller) -> list[p.ItemResult]:
            if device_id and device_id != caller.device_id:
                raise ServerError("auth.mismatch", "Lô dữ liệu mang mã máy trạm khác.", 403)
            return service.push(session, caller, items)

        results = await run_in_threadpool(authed, work, request.headers.get("authorization"))
        return p.encode_results(results)

    @app.head(f"{p.API_PREFIX}/files/{{sha}}")
    async def head_file(sha: str, request: Request) -> Response:
        def work(session: Any, _caller: Caller) -> bool:
            return service.has_file(session, sha)

        found = await run_in_threadpool(authed, work, request.headers.get("authorization"))
        return Response(status_code=200 if found else 404)

    @app.put(f"{p.API_PREFIX}/files/{{sha}}")
    async def put_file(sha: str, request: Request, key: str | None = None) -> dict[str, Any]:
        await precheck(request)
        content = await read_limited(request, p.MAX_FILE_BYTES)

        def work(session: Any, caller: Caller) -> p.ItemResult:
            return service.store_file(session, caller, sha, content, key)

        result = await run_in_threadpool(authed, work, request.headers.get("authorization"))
        return {"protocol": p.PROTOCOL_VERSION, **result.to_wire()}

    @app.get(f"{p.API_PREFIX}/changes")
    async def changes(request: Request, cursor: int = 0, limit: int = 200) -> dict[str, Any]:
        def work(session: Any, caller: Caller) -> p.PullPage:
            return service.pull(session, caller, cursor, limit)

        page = await run_in_threadpool(authed, work, request.headers.get("authorization"))
        return p.encode_pull(page)

    @app.post(f"{p.API_PREFIX}/bundles")
    async def forward_bundle(request: Request) -> dict[str, Any]:
        """A connected workstation forwards a USB bundle of another workstation of its office."""
        await precheck(request)
        blob = await read_limited(request, MAX_BUNDLE_BYTES)

        def work(session: Any, caller: Caller) -> dict[str, Any]:
            try:
                return service.import_bundle(session, blob, forwarded_by=caller)
            except BundleError as exc:
                raise ServerError("bundle.invalid", exc.message_vi, 400) from exc

        return await run_in_threadpool(authed, work, request.headers.get("authorization"))

    return app
