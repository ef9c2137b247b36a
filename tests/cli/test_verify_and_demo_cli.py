"""`demo` and `verify` as a user runs them: a real process, JSON on stdout."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cchc_desktop", *args], capture_output=True,
                          text=True, timeout=120)


def test_demo_then_verify_then_tamper(tmp_path):
    db = tmp_path / "demo.sqlite3"
    out = run("demo", "--db", str(db), "--dossiers", "400", "--seed", "3",
              "--now", "2026-11-20T10:00")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["dossiers"] == 400 and result["agency"] == "H36.52.10"
    for status in ("2", "4", "10"):
        assert result["sample_codes"][status], status
    conn = sqlite3.connect(db)
    statuses = {s for (s,) in conn.execute("SELECT DISTINCT status FROM dossiers")}
    assert {2, 4, 9, 10} <= statuses
    names = [n for (n,) in conn.execute("SELECT applicant_name FROM dossiers LIMIT 50")]
    assert any(ch in "".join(names) for ch in "ễộờữ")  # full diacritics

    ok = run("verify", "--db", str(db))
    assert ok.returncode == 0 and json.loads(ok.stdout)["ok"] is True

    conn.execute("UPDATE audit_log SET after = '{\"dossiers\": 1}' WHERE id = "
                 "(SELECT max(id) FROM audit_log)")
    conn.commit()
    bad = run("verify", "--db", str(db))
    assert bad.returncode == 1
    report = json.loads(bad.stdout)
    assert report["ok"] is False and "bị sửa" in report["message"]

    again = run("demo", "--db", str(db), "--dossiers", "5")
    assert again.returncode == 2 and "đã có dữ liệu" in again.stderr


def test_verify_detects_a_deleted_entry(tmp_path):
    db = tmp_path / "d.sqlite3"
    assert run("demo", "--db", str(db), "--dossiers", "0").returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM audit_log WHERE id = 2")
    conn.commit()
    bad = run("verify", "--db", str(db))
    assert bad.returncode == 1 and "số 2" in json.loads(bad.stdout)["message"]


def test_verify_unknown_file(tmp_path):
    out = run("verify", "--db", str(tmp_path / "none.sqlite3"))
    assert out.returncode == 2 and "Không tìm thấy" in out.stderr
