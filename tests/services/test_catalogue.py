"""The procedure catalogue service: demo data, all-or-nothing import, export, search."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime

import pytest

from cchc_desktop.domain.deadlines import Duration, DurationUnit
from cchc_desktop.domain.errors import DomainError, ValidationError
from cchc_desktop.services import catalogue as cat
from cchc_desktop.storage.db import open_database

NOW = datetime(2026, 11, 20, 9, 30)


@pytest.fixture(scope="module")
def empty_db_file(tmp_path_factory):
    """One migrated empty database per module; each test works on its own copy."""
    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_database(path).close()
    return path


@pytest.fixture
def db(tmp_path, empty_db_file):
    shutil.copyfile(empty_db_file, tmp_path / "cchc.db")
    database = open_database(tmp_path / "cchc.db")
    yield database
    database.close()


@pytest.fixture
def demo_text() -> str:
    return cat.demo_catalogue_path().read_text(encoding="utf-8")


def _doc(*procedures: dict) -> str:
    return json.dumps({"format": cat.FORMAT, "procedures": list(procedures)},
                      ensure_ascii=False, indent=2)


def _procedure(code: str = "9.000001", **overrides) -> dict:
    base = {
        "code": code,
        "name": "Thủ tục thử nghiệm",
        "sector": {"code": "G03-TP01", "name": "Hộ tịch"},
        "duration_amount": 3,
        "duration_unit": "working_days",
        "components": [{"name": "Tờ khai", "originals": 1}],
    }
    base.update(overrides)
    return base


def _table_counts(db) -> tuple[int, int, int, int]:
    con = sqlite3.connect(db.path)
    try:
        return tuple(
            con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("sectors", "procedures", "procedure_components", "audit_log")
        )
    finally:
        con.close()


# ------------------------------------------------------------------------------ demo data


def test_demo_catalogue_imports_every_procedure_with_components_and_a_valid_unit(db):
    result = cat.install_demo_catalogue(db, now=NOW)
    assert (result.total, result.created, result.updated) == (25, 25, 0)
    assert result.sectors == 7

    active = cat.list_procedures(db)
    everything = cat.list_procedures(db, active_only=False)
    assert len(active) >= 20
    assert len(everything) == 25
    for row in everything:
        assert row.component_count >= 1, row.code
        assert row.duration_unit in {u.value for u in DurationUnit}, row.code
        detail = cat.get_procedure(db, row.code)
        assert len(detail.components) == row.component_count
        assert detail.legal_basis, row.code
        assert detail.fees, row.code
        assert all(isinstance(f.amount, int) and f.amount >= 0 for f in detail.fees)
        detail.duration()  # the domain accepts every time limit
        for variant in detail.variants:
            variant.duration()
        for comp in detail.components:
            assert comp.originals + comp.certified_copies + comp.photocopies > 0
            assert comp.required or comp.condition, (row.code, comp.name)


def test_residence_procedures_are_kept_but_inactive_for_the_commune_police(db):
    cat.install_demo_catalogue(db, now=NOW)
    active_codes = {row.code for row in cat.list_procedures(db)}
    for code in ("1.004222", "1.004194", "1.010041"):
        detail = cat.get_procedure(db, code)
        assert detail.active is False
        assert detail.agency_note == "Công an cấp xã tiếp nhận"
        assert code not in active_codes


def test_same_day_civil_status_and_marriage_verification_variant(db):
    cat.install_demo_catalogue(db, now=NOW)
    birth = cat.get_procedure(db, "1.001193")
    assert birth.name == "Thủ tục đăng ký khai sinh"
    assert birth.sector_name == "Hộ tịch"
    assert birth.duration() == Duration.same_day()
    assert birth.duration_text == "Trong ngày; sau 15 giờ trả trong ngày làm việc tiếp theo"
    assert birth.components[0].name == "Tờ khai đăng ký khai sinh"
    assert birth.components[0].originals == 1 and birth.components[0].required
    late = [f for f in birth.fees if f.amount == 8000 and "quá hạn" in f.name]
    assert late and "HĐND" in late[0].note

    marriage = cat.get_procedure(db, "1.000894")
    assert marriage.duration().unit is DurationUnit.SAME_DAY
    assert [(v.amount, v.unit) for v in marriage.variants] == [(5, "working_days")]
    assert marriage.variants[0].duration().label_vi() == "05 ngày làm việc"

    land = cat.get_procedure(db, "1.013978")
    assert land.financial_pauses is True
    assert land.handling_unit.startswith("Văn phòng đăng ký đất đai")


def test_reimporting_the_same_file_changes_nothing(db, demo_text):
    cat.import_catalogue(db, demo_text, now=NOW)
    before = cat.get_procedure(db, "1.001193")
    again = cat.import_catalogue(db, demo_text, now=datetime(2026, 12, 1, 8, 0))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 25)
    assert cat.get_procedure(db, "1.001193").updated_at == before.updated_at


# ------------------------------------------------------------------------------ export / round trip


def test_export_import_round_trip_is_identical(db, tmp_path, demo_text):
    cat.import_catalogue(db, demo_text, now=NOW)
    exported = cat.export_catalogue(db)
    assert json.loads(exported)["format"] == "cchc-catalogue/1"
    # the export carries exactly what the demo file says, procedure by procedure
    assert cat.load_catalogue_json(exported) == cat.load_catalogue_json(demo_text)

    other = open_database(tmp_path / "other.db")
    try:
        cat.import_catalogue(other, exported, now=NOW)
        assert cat.export_catalogue(other) == exported
        assert cat.list_procedures(other, active_only=False) == cat.list_procedures(
            db, active_only=False
        )
    finally:
        other.close()


def test_import_upserts_by_code_and_replaces_components(db, demo_text):
    cat.import_catalogue(db, demo_text, now=NOW)
    changed = _procedure(
        "1.001193",
        name="Thủ tục đăng ký khai sinh",
        sector={"code": "G03-TP01", "name": "Hộ tịch"},
        duration_amount=0, duration_unit="same_day", cutoff="15:00",
        components=[
            {"name": "Tờ khai đăng ký khai sinh", "originals": 1},
            {"name": "Giấy chứng sinh", "originals": 1, "required": False,
             "condition": "Trừ khi đã có Giấy chứng sinh điện tử"},
        ],
    )
    result = cat.import_catalogue(db, _doc(changed, _procedure("9.000001")), now=NOW)
    assert (result.created, result.updated, result.unchanged, result.kept) == (1, 1, 0, 24)
    birth = cat.get_procedure(db, "1.001193")
    assert [c.name for c in birth.components] == ["Tờ khai đăng ký khai sinh", "Giấy chứng sinh"]
    assert birth.fees == ()
    assert len(cat.list_procedures(db, active_only=False)) == 26
    con = sqlite3.connect(db.path)
    try:
        orphans = con.execute(
            "SELECT count(*) FROM procedure_components WHERE procedure_id NOT IN "
            "(SELECT id FROM procedures)"
        ).fetchone()[0]
        audit = con.execute("SELECT action, after FROM audit_log ORDER BY id").fetchall()
    finally:
        con.close()
    assert orphans == 0
    assert [a for a, _ in audit] == ["catalogue.import", "catalogue.import"]
    assert json.loads(audit[-1][1])["codes"] == ["1.001193", "9.000001"]


def test_text_is_stored_in_nfc(db):
    decomposed = "Thu\u0309 tu\u0323c thư\u0309"  # NFD as some keyboards produce it
    cat.import_catalogue(db, _doc(_procedure(name=decomposed)), now=NOW)
    assert cat.get_procedure(db, "9.000001").name == "Thủ tục thử"


def test_a_non_admin_may_not_import(db):
    from cchc_desktop.domain.dossier import Role
    from cchc_desktop.services.users import CurrentUser

    officer = CurrentUser(id=2, username="canbo", full_name="Nguyễn Văn A", title="",
                          role=Role.OFFICER)
    with pytest.raises(DomainError) as err:
        cat.import_catalogue(db, _doc(_procedure()), user=officer, now=NOW)
    assert err.value.code == "role.forbidden"
    assert _table_counts(db)[1] == 0


# ------------------------------------------------------------------------------ rejected files


def _assert_rejected(db, text: str, line: int, *words: str) -> ValidationError:
    before = _table_counts(db)
    exported = cat.export_catalogue(db)
    with pytest.raises(ValidationError) as err:
        cat.import_catalogue(db, text, now=NOW)
    exc = err.value
    assert exc.details["line"] == line, exc.message
    assert exc.message.startswith(f"Dòng {line}"), exc.message
    for word in words:
        assert word in exc.message, exc.message
    assert _table_counts(db) == before
    assert cat.export_catalogue(db) == exported
    return exc


def test_syntax_error_names_the_line(db, demo_text):
    cat.import_catalogue(db, demo_text, now=NOW)
    broken = _doc(_procedure()).replace('"duration_unit"', '"duration_unit":: ')
    line = next(i for i, text in enumerate(broken.splitlines(), 1) if "duration_unit" in text)
    exc = _assert_rejected(db, broken, line, "sai cú pháp")
    assert exc.code == "catalogue.syntax"


def test_missing_comma_is_reported_in_vietnamese(db):
    broken = '{\n  "format": "cchc-catalogue/1"\n  "procedures": []\n}'
    _assert_rejected(db, broken, 3, "thiếu dấu phẩy")


def test_bad_unit_names_the_procedure_line_and_field(db, demo_text):
    cat.import_catalogue(db, demo_text, now=NOW)
    text = _doc(_procedure("9.000001"), _procedure("9.000002", duration_unit="weeks"))
    line = next(i for i, t in enumerate(text.splitlines(), 1) if '"weeks"' in t)
    exc = _assert_rejected(db, text, line, "9.000002", "duration_unit", "weeks", "working_days")
    assert exc.code == "catalogue.invalid"
    assert exc.details["field"] == "procedures[1].duration_unit"


def test_missing_name_points_at_the_procedure(db, demo_text):
    cat.import_catalogue(db, demo_text, now=NOW)
    nameless = _procedure("9.000003")
    del nameless["name"]
    text = _doc(_procedure("9.000001"), nameless)
    # the line where the second procedure's object opens
    line = [i for i, t in enumerate(text.splitlines(), 1) if t == "    {"][1]
    _assert_rejected(db, text, line, "thủ tục số 2", "9.000003", "thiếu trường \"name\"")


def test_empty_name_points_at_the_field(db):
    text = _doc(_procedure(name="   "))
    line = next(i for i, t in enumerate(text.splitlines(), 1) if '"name": "   "' in t)
    _assert_rejected(db, text, line, "không được để trống")


def test_duplicate_codes_are_rejected_at_the_second_one(db, demo_text):
    cat.import_catalogue(db, demo_text, now=NOW)
    text = _doc(_procedure("9.000001"), _procedure("9.000002"), _procedure("9.000001"))
    lines = [i for i, t in enumerate(text.splitlines(), 1) if '"code": "9.000001"' in t]
    _assert_rejected(db, text, lines[1], "bị trùng", "thủ tục số 1")


def test_bad_component_and_conditional_without_condition(db):
    text = _doc(_procedure(components=[
        {"name": "Tờ khai", "originals": 1},
        {"name": "Văn bản ủy quyền", "originals": 1, "required": False},
    ]))
    line = next(i for i, t in enumerate(text.splitlines(), 1) if '"required": false' in t)
    exc = _assert_rejected(db, text, line, "thành phần số 2", "điều kiện")
    assert exc.details["field"] == "procedures[0].components[1].required"


@pytest.mark.parametrize(
    ("overrides", "words"),
    [
        ({"components": []}, ("ít nhất một thành phần",)),
        ({"duration_amount": -1}, ("từ 0 đến",)),
        ({"duration_amount": 0}, ("lớn hơn 0",)),
        ({"cutoff": "15:00"}, ("chỉ dùng với đơn vị same_day",)),
        ({"fees": [{"name": "Lệ phí", "amount": 8000.5}]}, ("số nguyên",)),
        ({"active": "yes"}, ("true hoặc false",)),
        ({"duraton_unit": "working_days"}, ("duraton_unit", "không có trong định dạng")),
        ({"sector": "Hộ tịch"}, ("lĩnh vực phải có dạng",)),
        ({"components": [{"name": "Tờ khai"}]}, ("ít nhất một bản",)),
        ({"variants": [{"name": "Xác minh", "amount": 5, "unit": "tuần"}]},
         ("phương án thời hạn số 1", "tuần")),
    ],
)
def test_semantic_errors_are_all_rejected(db, overrides, words):
    with pytest.raises(ValidationError) as err:
        cat.import_catalogue(db, _doc(_procedure(**overrides)), now=NOW)
    assert err.value.message.startswith("Dòng ")
    for word in words:
        assert word in err.value.message, err.value.message
    assert _table_counts(db) == (0, 0, 0, 0)


def test_wrong_format_header_and_conflicting_sector_names():
    text = json.dumps({"format": "cchc-catalogue/9", "procedures": [_procedure()]})
    with pytest.raises(ValidationError, match="cchc-catalogue/1"):
        cat.load_catalogue_json(text)
    text = _doc(_procedure("9.000001"),
                _procedure("9.000002", sector={"code": "G03-TP01", "name": "Tư pháp"}))
    with pytest.raises(ValidationError, match="Tư pháp"):
        cat.load_catalogue_json(text)


def test_all_problems_are_listed_in_the_details():
    text = _doc(_procedure("9.000001", duration_unit="weeks"), _procedure("9.000001"))
    with pytest.raises(ValidationError) as err:
        cat.load_catalogue_json(text)
    errors = err.value.details["errors"]
    assert len(errors) == 2
    assert [e["line"] for e in errors] == sorted(e["line"] for e in errors)
    assert "1 lỗi khác" in err.value.message


def test_duplicate_json_keys_are_rejected():
    text = _doc(_procedure()).replace('"name": "Thủ tục thử nghiệm",',
                                      '"name": "A",\n      "name": "B",')
    with pytest.raises(ValidationError, match="xuất hiện hai lần"):
        cat.load_catalogue_json(text)


def test_a_database_failure_mid_import_leaves_nothing_half_written(db, demo_text):
    cat.import_catalogue(db, demo_text, now=NOW)
    exported = cat.export_catalogue(db)
    con = sqlite3.connect(db.path)
    con.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON procedure_components "
        "WHEN NEW.name = 'BOOM' BEGIN SELECT RAISE(ABORT, 'boom'); END"
    )
    con.commit()
    con.close()
    changed = json.loads(demo_text)
    changed["procedures"][0]["name"] += " (sửa)"
    changed["procedures"][-1]["components"].append({"name": "BOOM", "originals": 1})
    with pytest.raises(Exception, match="boom"):
        cat.import_catalogue(db, json.dumps(changed, ensure_ascii=False), now=NOW)
    assert cat.export_catalogue(db) == exported


def test_unknown_code_raises_a_domain_error(db):
    with pytest.raises(DomainError) as err:
        cat.get_procedure(db, "1.999999")
    assert err.value.code == "catalogue.not_found"
    assert "1.999999" in err.value.message


# ------------------------------------------------------------------------------ search


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("search") / "cchc.db")
    try:
        cat.install_demo_catalogue(database, now=NOW)
        return cat.list_procedures(database)
    finally:
        database.close()


@pytest.mark.parametrize(
    ("query", "first", "also"),
    [
        ("dang ky khai sinh", "1.001193", {"1.000689", "1.004772", "1.004884"}),
        ("Đăng ký khai sinh", "1.001193", {"1.000689"}),
        ("khai sinh dang ky", "1.001193", {"1.000689"}),
        ("ĐĂNG KÝ KẾT HÔN", "1.000894", set()),
        ("ket hon", "1.000894", set()),
        ("dat dai", "1.012812", {"1.013978"}),
        ("1.001193", "1.001193", set()),
        ("  giay phep   xay dung ", "1.013225", set()),
        ("ho kinh doanh", "1.001612", {"1.001266"}),
    ],
)
def test_search_ignores_diacritics_and_word_order(rows, query, first, also):
    found = [row.code for row in cat.search_procedures(rows, query)]
    assert found[0] == first
    assert also <= set(found)


def test_search_chung_thuc_finds_the_certification_procedures(rows):
    found = {row.code for row in cat.search_procedures(rows, "chung thuc")}
    assert found == {"2.000815", "2.000884", "2.001035", "2.001019"}


def test_search_requires_every_word_and_empty_query_keeps_all(rows):
    assert cat.search_procedures(rows, "khai sinh ket hon") == []
    assert cat.search_procedures(rows, "   ") == list(rows)
    assert {r.code for r in cat.search_procedures(rows, "2.0008")} == {"2.000815", "2.000884"}


@pytest.mark.parametrize("index", [0, 7, 24])
def test_the_line_is_exact_deep_inside_a_large_file(demo_text, index):
    doc = json.loads(demo_text)
    doc["procedures"][index]["components"][-1]["photocopies"] = -1
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    lines = text.splitlines()
    expected = next(i for i, t in enumerate(lines, 1) if t.strip() == '"photocopies": -1,')
    with pytest.raises(ValidationError) as err:
        cat.load_catalogue_json(text)
    assert err.value.details["line"] == expected
    code = doc["procedures"][index]["code"]
    count = len(doc["procedures"][index]["components"])
    assert err.value.message.startswith(
        f"Dòng {expected}: thủ tục số {index + 1} (mã {code}), thành phần số {count}: "
        f'trường "photocopies" (số bản photo) phải là số nguyên từ 0 đến 99')


def test_apply_catalogue_commits_or_rolls_back_with_the_callers_transaction(db, demo_text):
    doc = json.loads(demo_text)
    with pytest.raises(RuntimeError), db.session() as session:
        cat.apply_catalogue(session, doc, now=NOW, action="catalogue.sync")
        raise RuntimeError("the sync cursor could not be saved")
    assert _table_counts(db) == (0, 0, 0, 0)

    with db.session() as session:
        result = cat.apply_catalogue(session, doc, now=NOW, action="catalogue.sync")
    assert (result.created, result.total) == (25, 25)
    con = sqlite3.connect(db.path)
    try:
        assert con.execute("SELECT action FROM audit_log").fetchall() == [("catalogue.sync",)]
    finally:
        con.close()

    doc["procedures"][2]["duration_unit"] = "months"
    with pytest.raises(ValidationError, match="months"), db.session() as session:
        cat.apply_catalogue(session, doc, now=NOW)
