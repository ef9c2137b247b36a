"""Accounts, lock-out, the audit chain and typed settings on a real database."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from cchc_desktop.domain.dossier import Role
from cchc_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from cchc_desktop.services.audit import append_audit, verify_audit
from cchc_desktop.services.settings import OfficeSettings, load_settings, save_settings
from cchc_desktop.services.users import (
    authenticate,
    check_password,
    create_user,
    hash_password,
    needs_first_admin,
)
from cchc_desktop.storage.db import open_database

NOW = datetime(2025, 6, 2, 8, 0)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "u.sqlite3")
    yield database
    database.close()


def test_password_hash_is_scrypt_salted_and_checks(db):
    h = hash_password("mật khẩu dài")
    assert h.startswith("scrypt$") and h != hash_password("mật khẩu dài")
    assert check_password("mật khẩu dài", h) and not check_password("sai", h)
    assert not check_password("x", "garbage")


def test_first_run_creates_the_admin_then_only_admins_create_accounts(db):
    assert needs_first_admin(db)
    with pytest.raises(ValidationError):
        create_user(db, username="a", full_name="A", password="12345678", role=Role.OFFICER,
                    by=None, now=NOW)
    admin = create_user(db, username="Quantri", full_name="Quản trị", password="quantri123",
                        role=Role.ADMIN, by=None, now=NOW)
    assert admin.username == "quantri" and not needs_first_admin(db)
    with pytest.raises(PermissionDenied):
        create_user(db, username="b", full_name="B", password="12345678", role=Role.OFFICER,
                    by=None, now=NOW)
    officer = create_user(db, username="canbo", full_name="Cán bộ", password="canbo123",
                          role=Role.OFFICER, by=admin, now=NOW)
    with pytest.raises(PermissionDenied):
        create_user(db, username="c", full_name="C", password="12345678", role=Role.OFFICER,
                    by=officer, now=NOW)
    with pytest.raises(ValidationError) as short:
        create_user(db, username="d", full_name="D", password="123", role=Role.OFFICER,
                    by=admin, now=NOW)
    assert "8 ký tự" in short.value.message


def test_lockout_after_repeated_failures_then_release(db):
    create_user(db, username="quantri", full_name="Q", password="quantri123", role=Role.ADMIN,
                by=None, now=NOW)
    for i in range(5):
        with pytest.raises(DomainError) as err:
            authenticate(db, "quantri", "sai mật khẩu", now=NOW + timedelta(seconds=i))
        assert err.value.code == "auth.invalid"
    with pytest.raises(DomainError) as locked:
        authenticate(db, "quantri", "quantri123", now=NOW + timedelta(minutes=1))
    assert locked.value.code == "auth.locked" and "phút" in locked.value.message
    user = authenticate(db, "quantri", "quantri123", now=NOW + timedelta(minutes=16))
    assert user.role is Role.ADMIN
    with pytest.raises(DomainError):
        authenticate(db, "không-có", "x", now=NOW)


def test_audit_chain_detects_edit_insert_and_truncation(db):
    with db.session() as s:
        for i in range(5):
            append_audit(s, at=NOW, action="test", entity="x", entity_id=i, after={"i": i})
    assert verify_audit(db).ok and verify_audit(db).entries == 5
    with db.session() as s:
        s.execute(text("UPDATE audit_log SET after = '{\"i\": 9}' WHERE id = 3"))
    bad = verify_audit(db)
    assert not bad.ok and bad.first_bad_id == 3
    with db.session() as s:
        s.execute(text("UPDATE audit_log SET after = '{\"i\": 2}' WHERE id = 3"))
    assert verify_audit(db).ok
    with db.session() as s:
        s.execute(text("DELETE FROM audit_log WHERE id = 5"))
    cut = verify_audit(db)
    assert not cut.ok and "bị cắt" in cut.message


def test_settings_round_trip_validate_and_migrate(db):
    assert load_settings(db) == OfficeSettings()
    saved = save_settings(db, OfficeSettings(office_name="UBND xã Đạ Tẻh", workstation=2))
    assert load_settings(db).office_name == "UBND xã Đạ Tẻh" and saved.workstation == 2
    with pytest.raises(ValidationError):
        save_settings(db, OfficeSettings(workstation=12, workstations=9))
    # a version-1 value (one suffix for every document) is migrated on load
    with db.session() as s:
        s.execute(text("UPDATE settings SET value = :v WHERE key = 'office'"),
                  {"v": json.dumps({"schema_version": 1, "office_name": "Cũ", "suffix": "UB"})})
    old = load_settings(db)
    assert old.office_name == "Cũ" and old.suffix("apology") == "UB"
