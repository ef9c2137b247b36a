"""`cchc catalogue import|export --db PATH FILE` on real SQLite files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cchc_desktop.cli import main
from cchc_desktop.services.catalogue import demo_catalogue_path, list_procedures
from cchc_desktop.storage.db import open_database

ROOT = Path(__file__).resolve().parents[2]


def test_import_then_export_round_trip(tmp_path, capsys):
    db = tmp_path / "cchc.db"
    assert main(["catalogue", "import", "--db", str(db), str(demo_catalogue_path())]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["total"], out["created"], out["updated"]) == (25, 25, 0)
    assert out["message"].startswith("Đã nhập 25 thủ tục")

    first = tmp_path / "first.json"
    assert main(["catalogue", "export", "--db", str(db), str(first)]) == 0
    assert json.loads(capsys.readouterr().out)["procedures"] == 25

    other = tmp_path / "other.db"
    assert main(["catalogue", "import", "--db", str(other), str(first)]) == 0
    capsys.readouterr()
    second = tmp_path / "second.json"
    assert main(["catalogue", "export", "--db", str(other), str(second)]) == 0
    assert second.read_bytes() == first.read_bytes()
    assert not list(tmp_path.glob(".catalogue-*"))


def test_bad_file_exits_2_with_line_and_reason_and_writes_nothing(tmp_path, capsys):
    db = tmp_path / "cchc.db"
    main(["catalogue", "import", "--db", str(db), str(demo_catalogue_path())])
    capsys.readouterr()
    doc = json.loads(demo_catalogue_path().read_text(encoding="utf-8"))
    doc["procedures"][0]["name"] = "Tên mới không được ghi"
    doc["procedures"][3]["duration_unit"] = "tháng"
    bad = tmp_path / "bad.json"
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    bad.write_text(text, encoding="utf-8")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if '"tháng"' in t)

    assert main(["catalogue", "import", "--db", str(db), str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"Dòng {line}:" in err
    assert "duration_unit" in err and "tháng" in err
    database = open_database(db)
    try:
        names = {row.name for row in list_procedures(database, active_only=False)}
    finally:
        database.close()
    assert "Tên mới không được ghi" not in names


def test_non_utf8_and_missing_files_are_explained(tmp_path, capsys):
    latin = tmp_path / "latin.json"
    # "Hộ tịch" as a Windows-1258 editor saves it: base letters plus tone bytes, not UTF-8
    latin.write_bytes(b'{"format": "cchc-catalogue/1", "t": "H\xf4\xf2 ti\xf2ch"}')
    assert main(["catalogue", "import", "--db", str(tmp_path / "a.db"), str(latin)]) == 2
    assert "UTF-8" in capsys.readouterr().err
    assert main(["catalogue", "import", "--db", str(tmp_path / "a.db"),
                 str(tmp_path / "none.json")]) == 2
    assert "Không đọc được tệp" in capsys.readouterr().err
    assert main(["catalogue", "export", "--db", str(tmp_path / "none.db"),
                 str(tmp_path / "x.json")]) == 2
    assert "Không tìm thấy tệp cơ sở dữ liệu" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_real_process_exports_to_stdout(tmp_path):
    db = tmp_path / "cchc.db"
    env = {**os.environ, "CCHC_DATA_DIR": str(tmp_path / "data")}
    cmd = [sys.executable, "-m", "cchc_desktop", "catalogue"]
    done = subprocess.run([*cmd, "import", "--db", str(db), str(demo_catalogue_path())],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=120)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*cmd, "export", "--db", str(db), "-"], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["format"] == "cchc-catalogue/1"
    assert len(doc["procedures"]) == 25
    assert "Thủ tục đăng ký khai sinh" in {p["name"] for p in doc["procedures"]}
