"""`cchc report` on a real demo database: the PDF and Excel files a supervisor files."""

from __future__ import annotations

import json
import sqlite3
import subprocess

import pytest
from openpyxl import load_workbook

from cchc_desktop.cli import main
from cchc_desktop.services.demo import install_demo
from cchc_desktop.storage.db import open_database


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from datetime import datetime

    path = tmp_path_factory.mktemp("office") / "cchc.sqlite3"
    db = open_database(path)
    install_demo(db, dossiers=300, now=datetime(2026, 11, 20, 10, 0))
    db.close()
    return path


def test_quarter_to_excel_matches_the_database(demo_db, tmp_path, capsys):
    out = tmp_path / "bao-cao" / "q4.xlsx"
    assert main(["report", "--db", str(demo_db), "--quarter", "2026-4", "--out", str(out)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["period"] == "Quý IV/2026" and result["from"] == "2026-10-01"
    conn = sqlite3.connect(demo_db)
    new = conn.execute(
        "SELECT count(*) FROM dossiers WHERE status NOT IN (1, 3) "
        "AND received_at >= '2026-10-01' AND received_at < '2027-01-01'").fetchone()[0]
    assert new > 0
    # The Excel total row says what the JSON says, and its "new" columns are exactly the
    # quarter's receptions in the database (online + in person/post).
    book = load_workbook(out)
    assert book.sheetnames == ["Biểu 06", "Phiếu xin lỗi", "Chỉ số 766"]
    total = next(row for row in book["Biểu 06"].iter_rows(values_only=True)
                 if row[2] == "Tổng cộng")
    received, carried, online, direct, resolved = total[3:8]
    assert (received, resolved) == (result["received"], result["resolved"])
    assert online + direct == new and carried == received - new
    assert result["early"] + result["on_time"] + result["late"] == result["resolved"]

def test_month_to_pdf(demo_db, tmp_path, capsys):
    out = tmp_path / "t10.pdf"
    assert main(["report", "--db", str(demo_db), "--month", "10/2026", "--out", str(out)]) == 0
    result = json.loads(capsys.readouterr().out)
    text = subprocess.run(["pdftotext", str(out), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    assert "BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" in text
    assert "Tháng 10/2026" in " ".join(text.split()) and result["period"] == "Tháng 10/2026"
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True)
    assert "841.89 x 595.276" in info.stdout  # A4 landscape


@pytest.mark.parametrize(("args", "message"), [
    (["--month", "2026-13"], "Tháng phải từ 1 đến 12"),
    (["--quarter", "2026-5"], "Quý phải từ 1 đến 4"),
    (["--month", "tháng mười"], "Tháng không hợp lệ"),
    (["--from", "10/11/2026", "--to", "01/11/2026"], "Ngày cuối kỳ phải sau"),
    (["--from", "01/11/2026"], "--from và --to"),
    (["--year", "2026", "--to", "01/11/2026"], "--to chỉ dùng cùng --from"),
])
def test_bad_periods_exit_2_and_write_nothing(demo_db, tmp_path, capsys, args, message):
    out = tmp_path / "x.pdf"
    assert main(["report", "--db", str(demo_db), *args, "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_unknown_file_type_and_missing_database(demo_db, tmp_path, capsys):
    assert main(["report", "--db", str(demo_db), "--year", "2026",
                 "--out", str(tmp_path / "x.doc")]) == 2
    assert ".pdf hoặc .xlsx" in capsys.readouterr().err
    assert main(["report", "--db", str(tmp_path / "none.sqlite3"), "--year", "2026",
                 "--out", str(tmp_path / "x.pdf")]) == 2
    assert "Không tìm thấy" in capsys.readouterr().err
