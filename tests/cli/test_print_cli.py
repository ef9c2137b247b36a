"""`cchc print KIND --db PATH --dossier CODE --out FILE.pdf` on a real SQLite file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from cchc_desktop.cli import main
from cchc_desktop.paths import AppPaths
from cchc_desktop.services.context import Services
from cchc_desktop.services.demo import install_demo
from cchc_desktop.services.dossiers import ApplicantInput, ComponentInput, IntakeInput
from cchc_desktop.services.users import authenticate
from cchc_desktop.storage.db import open_database

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2025, 3, 3, 8, 0)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)
    return " ".join(out.stdout.decode("utf-8").split())


@pytest.fixture(scope="module")
def office_db(tmp_path_factory):
    """A database with the demo office and one accepted dossier; returns (db path, code)."""
    folder = tmp_path_factory.mktemp("office")
    db = open_database(folder / "cchc.sqlite3")
    install_demo(db, dossiers=0, now=NOW)
    services = Services(AppPaths(folder), db)
    officer = authenticate(db, "canbo", "canbo123", now=NOW)
    proc = services.dossiers.intake_procedure("1.004873")
    applicant = ApplicantInput(name="Lò Thị Hường", id_number="012185000111",
                               date_of_birth=date(1985, 1, 1), sex="Nữ",
                               address="Bản Nà Khuổng, xã Tân Thành", phone="0987654321")
    intake = IntakeInput(procedure_code="1.004873", applicant=applicant, components=tuple(
        ComponentInput(c.id, originals=1) for c in proc.components))
    detail = services.dossiers.accept(intake, user=officer, now=NOW)
    services.close()
    return folder / "cchc.sqlite3", detail.code


def test_receipt_then_reprint_needs_a_reason(office_db, tmp_path, capsys):
    db, code = office_db
    out = tmp_path / "giay-hen.pdf"
    assert main(["print", "receipt", "--db", str(db), "--dossier", code, "--out", str(out)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["kind"] == "receipt" and result["reprint_no"] == 0
    text = pdf_text(out)
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text
    assert code in text and "Lò Thị Hường" in text and "08 giờ 00 phút, ngày 03/03/2025" in text
    assert (db.parent / "files" / result["sha256"][:2] / result["sha256"]).read_bytes() == \
        out.read_bytes()

    again = tmp_path / "lan-2.pdf"
    assert main(["print", "receipt", "--db", str(db), "--dossier", code,
                 "--out", str(again)]) == 2
    err = capsys.readouterr().err
    assert "In lại giấy tờ phải ghi rõ lý do" in err and not again.exists()
    assert main(["print", "receipt", "--db", str(db), "--dossier", code, "--out", str(again),
                 "--reason", "Mất giấy hẹn"]) == 0
    reprint = json.loads(capsys.readouterr().out)
    assert reprint["reprint_no"] == 1 and reprint["number"] == result["number"]
    assert "BẢN IN LẠI (lần 1)" in pdf_text(again)


def test_ledger_takes_a_period(office_db, tmp_path, capsys):
    db, code = office_db
    out = tmp_path / "so.pdf"
    assert main(["print", "ledger", "--db", str(db), "--from", "01/03/2025",
                 "--to", "31/03/2025", "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "ledger"
    text = pdf_text(out)
    assert "SỔ THEO DÕI HỒ SƠ" in text and code in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "841.89 x 595.276 pts (A4)" in info  # A4 landscape
    assert main(["print", "ledger", "--db", str(db), "--from", "31/02/2025",
                 "--to", "31/03/2025", "--out", str(out)]) == 2
    assert "Ngày không hợp lệ" in capsys.readouterr().err


def test_not_applicable_paper_exits_2(office_db, tmp_path, capsys):
    db, code = office_db
    assert main(["print", "stop", "--db", str(db), "--dossier", code,
                 "--out", str(tmp_path / "x.pdf")]) == 2
    assert "chưa yêu cầu rút hồ sơ" in capsys.readouterr().err


def test_unknown_dossier_exits_2_with_a_message(office_db, tmp_path):
    db, _code = office_db
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "cchc_desktop", "print", "receipt", "--db", str(db),
         "--dossier", "000.00.00.X00-250101-9999", "--out", str(tmp_path / "x.pdf")],
        capture_output=True, cwd=ROOT, env=env, timeout=120,
    )
    assert proc.returncode == 2
    assert "Không tìm thấy hồ sơ có mã 000.00.00.X00-250101-9999" in \
        proc.stderr.decode("utf-8")
    assert not (tmp_path / "x.pdf").exists()


def test_ledger_again_is_a_reprint_and_the_original_stays(office_db, tmp_path, capsys):
    db, code = office_db
    args = ["print", "ledger", "--db", str(db), "--from", "2025-03-02", "--to", "2025-03-03"]
    first = tmp_path / "so-1.pdf"
    assert main([*args, "--out", str(first)]) == 0
    issued = json.loads(capsys.readouterr().out)
    assert issued["ref"] == "ledger:2025-03-02..2025-03-03" and issued["reprint_no"] == 0
    again = tmp_path / "so-2.pdf"
    assert main([*args, "--out", str(again)]) == 2
    assert "In lại giấy tờ phải ghi rõ lý do" in capsys.readouterr().err
    assert main([*args, "--out", str(again), "--reason", "Sổ bị rách"]) == 0
    reprint = json.loads(capsys.readouterr().out)
    assert reprint["reprint_no"] == 1 and reprint["number"] == issued["number"]
    text = pdf_text(again)
    assert "BẢN IN LẠI (lần 1)" in text and code in text
    kept = tmp_path / "ban-luu.pdf"
    assert main([*args, "--out", str(kept), "--original"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == issued["id"]
    assert kept.read_bytes() == first.read_bytes()


def test_counter_guidance_prints_by_its_number(tmp_path, capsys):
    db_path = tmp_path / "cchc.sqlite3"
    db = open_database(db_path)
    install_demo(db, dossiers=0, now=NOW)
    services = Services(AppPaths(tmp_path), db)
    officer = authenticate(db, "canbo", "canbo123", now=NOW)
    proc = services.dossiers.intake_procedure("1.004873")
    intake = IntakeInput(
        procedure_code="1.004873",
        applicant=ApplicantInput(name="Hà Thị Thủy", id_number="012185000222"),
        components=tuple(ComponentInput(c.id, originals=1) for c in proc.components))
    record = services.dossiers.request_completion(
        intake, ["Giấy xác nhận cư trú"], "Thiếu giấy tờ", "Đinh Văn Tùng", user=officer,
        now=NOW)
    services.close()
    out = tmp_path / "mau-02.pdf"
    base = ["print", "supplement", "--db", str(db_path), "--out", str(out)]
    assert main([*base, "--guidance", str(record.id)]) == 0
    issued = json.loads(capsys.readouterr().out)
    assert issued["ref"] == f"guidance:{record.id}"
    text = pdf_text(out)
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in text and "Hà Thị Thủy" in text
    assert main([*base, "--guidance", record.uid, "--reason", "In thêm cho công dân"]) == 0
    assert json.loads(capsys.readouterr().out)["reprint_no"] == 1
    assert "BẢN IN LẠI (lần 1)" in pdf_text(out)
    assert main([*base, "--guidance", "999"]) == 2
    assert "Không tìm thấy lần hướng dẫn bổ sung tại quầy 999" in capsys.readouterr().err
    assert main(["print", "receipt", "--db", str(db_path), "--out", str(out),
                 "--guidance", str(record.id)]) == 2
    assert "--guidance chỉ dùng với supplement" in capsys.readouterr().err
    assert main(["print", "refusal", "--db", str(db_path), "--out", str(out),
                 "--dossier", "KHONG-CO", "--original"]) == 2
