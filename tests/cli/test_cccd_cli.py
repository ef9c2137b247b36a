"""`cchc cccd 'PAYLOAD'`: JSON on stdout, exit 2 with a Vietnamese message when invalid."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from cchc_desktop.cli import main

PAYLOAD = "001099012345|123456789|Nguyễn Văn An|01011999|Nam|Hoàn Kiếm, Hà Nội|15082021"


def test_valid_payload_as_a_real_process():
    proc = subprocess.run(
        [sys.executable, "-m", "cchc_desktop", "cccd", PAYLOAD],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    assert json.loads(proc.stdout) == {
        "number": "001099012345",
        "old_id": "123456789",
        "full_name": "Nguyễn Văn An",
        "date_of_birth": "1999-01-01",
        "sex": "Nam",
        "address": "Hoàn Kiếm, Hà Nội",
        "issue_date": "2021-08-15",
        "warnings": [],
    }


def test_warnings_are_reported(capsys):
    assert main(["cccd", "001099012345||Lê Thị C|01011998|Nữ|Hà Nội|"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["issue_date"] is None and len(data["warnings"]) == 2


def test_invalid_payload_exits_2(capsys):
    assert main(["cccd", "not a card"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("Lỗi: ") and "ít nhất 7 trường" in err


def test_invalid_number_exits_2(capsys):
    assert main(["cccd", "999099012345||A|01011999|Nam|Hà Nội|15082021"]) == 2
    assert "Mã tỉnh" in capsys.readouterr().err


def test_payload_from_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PAYLOAD + "\r\n"))
    assert main(["cccd", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["full_name"] == "Nguyễn Văn An"
