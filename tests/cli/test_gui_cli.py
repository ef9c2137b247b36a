"""`cchc gui` and `cchc screenshots`, run as real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(args, env_data, timeout=60):
    env = {**os.environ, "CCHC_DATA_DIR": str(env_data), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "cchc_desktop", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout, encoding="utf-8")


def test_screenshots_writes_one_png_per_page(tmp_path):
    out = tmp_path / "shots"
    proc = _run(["screenshots", "--out", str(out)], tmp_path / "data")
    assert proc.returncode == 0, proc.stderr
    files = json.loads(proc.stdout)
    assert [Path(f).name for f in files] == [
        "01-reception.png", "02-dossiers.png", "03-deadlines.png", "04-returns.png",
        "05-reports.png", "06-sync.png", "07-settings.png", "08-login.png"]
    for name in files[:-1]:
        data = Path(name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (width, height) == (1280, 800)
    # The throw-away demo database never lands in the user's data folder.
    assert not (tmp_path / "data" / "cchc.sqlite3").exists()


def test_screenshots_with_a_missing_database_fails_in_vietnamese(tmp_path):
    proc = _run(["screenshots", "--out", str(tmp_path / "o"), "--db",
                 str(tmp_path / "khong-co.sqlite3")], tmp_path / "data")
    assert proc.returncode == 2
    assert "Không tìm thấy tệp cơ sở dữ liệu" in proc.stderr
    assert proc.stdout == ""


def test_gui_help_lists_its_options(tmp_path):
    proc = _run(["gui", "--help"], tmp_path / "data")
    assert proc.returncode == 0
    assert "--db" in proc.stdout and "--demo-if-empty" in proc.stdout


def test_main_py_is_the_same_entry_point(tmp_path):
    env = {**os.environ, "CCHC_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "main.py", "gui", "--help"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, encoding="utf-8")
    assert proc.returncode == 0 and "--demo-if-empty" in proc.stdout


def test_gui_starts_paints_and_logs(tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "CCHC_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "cchc_desktop"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    log_file = data / "logs" / "cchc.log"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if log_file.exists() and "Main window painted" in log_file.read_text("utf-8"):
                break
            assert proc.poll() is None, "the program exited early"
            time.sleep(0.1)
        else:
            raise AssertionError("the main window was never painted")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
