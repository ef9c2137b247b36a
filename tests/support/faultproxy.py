"""A fault-injecting TCP proxy for sync tests: latency, bandwidth caps, cut connections.

It sits between the client and the real server on loopback and, per request (keep-alive
connections carry many), may cut the connection mid-request (the server never sees the
whole request) or mid-response (the server applied the request but the reply is lost).
Profiles mirror the issue: 2G = 250 kbit/s down, 50 kbit/s up, 300 ms; 3G = 750 / 250
kbit/s, 100 ms. A server restart is simulated by the test stopping and starting the
server process behind the same upstream port; the proxy keeps listening and refuses
clients meanwhile (their connect fails upstream).

Also here: ``ServerProcess``, the real provincial server run as a child process.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Profile:
    latency_s: float = 0.0  # one way
    down_bps: float | None = None  # bytes per second, server → client
    up_bps: float | None = None  # client → server


PROFILE_2G = Profile(latency_s=0.150, down_bps=250_000 / 8, up_bps=50_000 / 8)
PROFILE_3G = Profile(latency_s=0.050, down_bps=750_000 / 8, up_bps=250_000 / 8)


@dataclass
class ProxyStats:
    connections: int = 0
    exchanges: int = 0
    cut_requests: int = 0
    cut_responses: int = 0
    bytes_up: int = 0
    bytes_down: int = 0


@dataclass
class FaultProxy:
    upstream_port: int
    profile: Profile = field(default_factory=Profile)
    drop_rate: float = 0.0  # share of connections cut
    cut_next_replies: int = 0  # the next N exchanges lose their reply (request delivered)
    seed: int = 1234
    port: int = 0
    stats: ProxyStats = field(default_factory=ProxyStats)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.base_events.Server | None = None
        self._ready = threading.Event()

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> FaultProxy:
        self._thread = threading.Thread(target=self._run, daemon=True, name="faultproxy")
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fault proxy did not start")
        return self

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", self.port))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        self._loop.close()

    def stop(self) -> None:
        if self._loop is None:
            return

        async def _close() -> None:
            assert self._server is not None
            self._server.close()
            current = asyncio.current_task()
            tasks = [t for t in asyncio.all_tasks() if t is not current]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(_close(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread:
            self._thread.join(5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- one connection --------------------------------------------------------------------
    async def _handle(self, client_r: asyncio.StreamReader,
                      client_w: asyncio.StreamWriter) -> None:
        self.stats.connections += 1
        try:
            up_r, up_w = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            client_w.close()
            return
        state = _Exchange()
        done = asyncio.Event()
        # A cancelled handler makes asyncio's stream callback print a traceback (3.11), so
        # stopping the proxy ends handlers normally instead.
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(
                self._pipe(client_r, up_w, self.profile.up_bps, state, done, "up"),
                self._pipe(up_r, client_w, self.profile.down_bps, state, done, "down"),
            )
        for w in (client_w, up_w):
            with contextlib.suppress(Exception):
                w.close()

    def _new_exchange(self, state: _Exchange) -> None:
        """A request starts (first bytes up after a reply, or on a fresh connection): draw
        whether this exchange is cut, and where. Keep-alive connections carry many
        exchanges, so the draw is per exchange, i.e. per HTTP request."""
        self.stats.exchanges += 1
        state.phase = "up"
        state.sent = {"up": 0, "down": 0}
        state.cut = {"up": None, "down": None}
        if self.cut_next_replies > 0:
            # Deterministic "lost reply": the server has done the work, the client sees a
            # connection closed before the first byte of the answer.
            self.cut_next_replies -= 1
            state.cut["down"] = 0
            self.stats.cut_responses += 1
        elif self._rng.random() < self.drop_rate:
            if self._rng.random() < 0.5:
                state.cut["up"] = self._rng.randint(0, 200)  # inside the request's headers
                self.stats.cut_requests += 1
            else:
                state.cut["down"] = self._rng.randint(0, 150)  # inside the reply's headers
                self.stats.cut_responses += 1

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                    bps: float | None, state: _Exchange, done: asyncio.Event,
                    direction: str) -> None:
        latency = self.profile.latency_s
        try:
            while not done.is_set():
                read = asyncio.ensure_future(reader.read(4096))
                stop = asyncio.ensure_future(done.wait())
                finished, _ = await asyncio.wait({read, stop},
                                                 return_when=asyncio.FIRST_COMPLETED)
                if read not in finished:
                    read.cancel()
                    break
                stop.cancel()
                chunk = read.result()
                if not chunk:
                    break
                if direction == "up" and state.phase != "up":
                    self._new_exchange(state)
                elif direction == "down":
                    state.phase = "down"
                cut_after = state.cut[direction]
                sent = state.sent[direction]
                if cut_after is not None and sent + len(chunk) > cut_after:
                    writer.write(chunk[: max(0, cut_after - sent)])
                    break
                if latency:
                    await asyncio.sleep(latency)
                writer.write(chunk)
                await writer.drain()
                state.sent[direction] += len(chunk)
                if direction == "up":
                    self.stats.bytes_up += len(chunk)
                else:
                    self.stats.bytes_down += len(chunk)
                if bps:
                    await asyncio.sleep(len(chunk) / bps)
        except (ConnectionError, OSError):
            pass
        finally:
            done.set()
            with contextlib.suppress(OSError, RuntimeError):
                if writer.can_write_eof():
                    writer.write_eof()
            with contextlib.suppress(RuntimeError):
                writer.close()


@dataclass
class _Exchange:
    """One connection's current request/response exchange."""

    phase: str = ""
    sent: dict[str, int] = field(default_factory=lambda: {"up": 0, "down": 0})
    cut: dict[str, int | None] = field(default_factory=lambda: {"up": None, "down": None})


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerProcess:
    """``python -m provincial_server serve`` in a child process (real uvicorn, real DB)."""

    def __init__(self, database_url: str, port: int | None = None,
                 tls: tuple[str, str] | None = None) -> None:
        self.database_url = database_url
        self.port = port or free_port()
        self.tls = tls  # (certfile, keyfile): serve HTTPS directly
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30) -> ServerProcess:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "provincial_server", "serve", "--database-url",
             self.database_url, "--host", "127.0.0.1", "--port", str(self.port),
             *(["--ssl-certfile", self.tls[0], "--ssl-keyfile", self.tls[1]]
               if self.tls else [])],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited: " + self.proc.stderr.read().decode())
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1,
                             verify=False).status_code == 200:  # readiness probe only
                    return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def restart(self) -> None:
        self.stop()
        self.start()


def admin(database_url: str, *args: str) -> dict:
    """Run ``python -m provincial_server admin …`` and return its JSON."""
    out = subprocess.run([sys.executable, "-m", "provincial_server", "admin", args[0],
                          "--database-url", database_url, *args[1:]],
                         cwd=REPO, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)
