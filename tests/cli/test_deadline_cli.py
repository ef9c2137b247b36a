"""`cchc deadline`: one JSON object on stdout; user errors exit 2 with Vietnamese on stderr."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cchc_desktop.cli import main


def run(capsys, *argv):
    code = main(["deadline", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_issue_example_as_a_real_process():
    proc = subprocess.run(
        [sys.executable, "-m", "cchc_desktop", "deadline",
         "--received", "2025-01-24T15:30", "--working-days", "3"],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    data = json.loads(proc.stdout)
    assert data["due"] == "2025-02-05T15:30:00"
    assert data["unit"] == "working_days" and data["amount"] == 3
    assert data["label"] == "03 ngày làm việc"
    assert "27/01/2025–01/02/2025: Nghỉ Tết Nguyên Đán" in data["explanation"]
    assert proc.stdout.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "due"),
    [
        (["--received", "2025-03-10T11:00", "--working-hours", "1.5"], "2025-03-10T14:30:00"),
        (["--received", "2025-03-10T09:00", "--calendar-days", "5"], "2025-03-17T17:00:00"),
        (["--received", "2025-03-10T15:01", "--same-day"], "2025-03-11T17:00:00"),
        (["--received", "2025-03-10T15:20", "--same-day", "--cutoff", "15:30"],
         "2025-03-10T17:00:00"),
        (["--received", "2025-01-24T15:30", "--working-days", "3", "--civil-code"],
         "2025-02-05T17:00:00"),
        (["--received", "2026-04-24T17:00", "--working-days", "1"], "2026-04-28T17:00:00"),
    ],
)
def test_units(capsys, argv, due):
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    assert json.loads(out)["due"] == due


def test_now_gives_remaining_time(capsys):
    code, out, _ = run(capsys, "--received", "2025-01-24T15:30", "--working-days", "3",
                       "--now", "2025-02-06T09:00")
    assert code == 0
    data = json.loads(out)
    assert data["remaining_hours"] == -3.5
    assert data["remaining_text"] == "quá hạn 3 giờ 30 phút"


def test_overrides_file(tmp_path, capsys):
    path = tmp_path / "ov.json"
    path.write_text(json.dumps({"overrides": [
        {"date": "2025-02-03", "kind": "off", "reason": "Nghỉ theo thông báo của tỉnh"},
    ]}, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "--received", "2025-01-24T15:30", "--working-days", "3",
                       "--overrides", str(path))
    data = json.loads(out)
    assert code == 0 and data["due"] == "2025-02-06T15:30:00"
    assert "03/02/2025: Nghỉ theo thông báo của tỉnh" in data["explanation"]
    path.write_text('[{"date": "2025-03-09", "kind": "work"}]', encoding="utf-8")
    code, out, _ = run(capsys, "--received", "2025-03-07T17:00", "--working-days", "1",
                       "--overrides", str(path))
    assert json.loads(out)["due"] == "2025-03-09T17:00:00"


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{", "không phải JSON hợp lệ"),
        ('{"x": 1}', '"overrides"'),
        ('[{"date": "2025-13-01", "kind": "off"}]', "YYYY-MM-DD"),
        ('[{"date": "2025-03-01", "kind": "nghi"}]', '"kind"'),
        ('[{"date": "2025-03-01", "kind": "off", "reason": 5}]', '"reason"'),
        ('["2025-03-01"]', "đối tượng JSON"),
        (b"\xff\xfe\x00", "Không đọc được"),
    ],
)
def test_bad_overrides_file_exits_2(tmp_path, capsys, content, needle):
    path = tmp_path / "bad.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "--received", "2025-03-10T09:00", "--working-days", "1",
                         "--overrides", str(path))
    assert code == 2 and out == ""
    assert err.startswith("Lỗi: ") and needle in err


def test_missing_overrides_file(tmp_path, capsys):
    code, _, err = run(capsys, "--received", "2025-03-10T09:00", "--working-days", "1",
                       "--overrides", str(tmp_path / "none.json"))
    assert code == 2 and "Không tìm thấy" in err


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--received", "hôm nay", "--working-days", "1"], "Thời điểm tiếp nhận"),
        (["--received", "2025-03-10T09:00", "--working-days", "-1"], "không âm"),
        (["--received", "2025-03-10T09:00", "--same-day", "--cutoff", "25:00"], "Giờ chốt"),
        (["--received", "1800-03-10T09:00", "--working-days", "1"], "ngoài phạm vi"),
    ],
)
def test_bad_arguments_exit_2(capsys, argv, needle):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and needle in err


def test_help_documents_the_overrides_shape(capsys):
    with pytest.raises(SystemExit):
        main(["deadline", "--help"])
    out = capsys.readouterr().out
    assert '"overrides"' in out and '"kind"' in out and '"off"' in out


def test_decimal_comma_and_bad_number(capsys):
    code, out, _ = run(capsys, "--received", "2025-03-10T11:00", "--working-hours", "1,5")
    assert code == 0 and json.loads(out)["due"] == "2025-03-10T14:30:00"
    with pytest.raises(SystemExit) as info:
        main(["deadline", "--received", "2025-03-10T11:00", "--working-hours", "abc"])
    assert info.value.code == 2
    assert "không phải là một số" in capsys.readouterr().err
