"""Local accounts, roles, passwords and lock-out (issue "Counter work" item 5).

Passwords are hashed with scrypt (memory-hard, standard library): ``scrypt$n$r$p$salt$hash``.
Repeated failures lock the account for a while. Roles are enforced here and in the
dossier services — hiding a button is not a permission check.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from cchc_desktop.domain.dossier import Role
from cchc_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from cchc_desktop.domain.text import normalize_text
from cchc_desktop.services.audit import append_audit
from cchc_desktop.storage.db import Database
from cchc_desktop.storage.models import User

# scrypt cost: n=2**14, r=8 uses 16 MiB per hash — slow for an attacker, ~50 ms here.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user, passed to every service call that changes something."""

    id: int
    username: str
    full_name: str
    title: str
    role: Role

    def require(self, *roles: Role) -> None:
        if self.role is Role.ADMIN or self.role in roles:
            return
        names = ", ".join(r.label for r in roles)
        raise PermissionDenied(
            "role.forbidden", f"Chức năng này chỉ dành cho: {names}.", role=self.role.value
        )


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
            p=int(p), dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def _to_current(user: User) -> CurrentUser:
    return CurrentUser(user.id, user.username, user.full_name, user.title, Role(user.role))


def _check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "user.password_too_short",
            f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự.",
            field="password",
        )


def needs_first_admin(db: Database) -> bool:
    """True on first run: no account exists yet, the admin must be created."""
    with db.session() as s:
        return s.execute(select(func.count(User.id))).scalar_one() == 0


def create_user(
    db: Database,
    *,
    username: str,
    full_name: str,
    password: str,
    role: Role,
    title: str = "",
    by: CurrentUser | None,
    now: datetime,
) -> CurrentUser:
    """Create an account. Only an admin may, except the very first admin on first run."""
    username = normalize_text(username).lower()
    full_name = normalize_text(full_name)
    if not username or len(username) > 64 or " " in username:
        raise ValidationError(
            "user.username_invalid",
            "Tên đăng nhập không hợp lệ (1–64 ký tự, không có dấu cách).",
            field="username",
        )
    if not full_name or len(full_name) > 200:
        raise ValidationError("user.name_required", "Phải nhập họ và tên (tối đa 200 ký tự).",
                              field="full_name")
    _check_new_password(password)
    with db.session() as s:
        first = s.execute(select(func.count(User.id))).scalar_one() == 0
        if first:
            if role is not Role.ADMIN:
                raise ValidationError("user.first_must_be_admin",
                                      "Tài khoản đầu tiên phải là quản trị viên.")
        elif by is None:
            raise PermissionDenied("role.forbidden", "Cần đăng nhập bằng tài khoản quản trị.")
        else:
            by.require(Role.ADMIN)
        if s.execute(select(User).where(User.username == username)).scalar():
            raise ValidationError("user.exists", f"Tên đăng nhập «{username}» đã có.",
                                  field="username")
        user = User(
            username=username, full_name=full_name, title=normalize_text(title), role=role.value,
            password_hash=hash_password(password), failed_attempts=0, active=True, created_at=now,
        )
        s.add(user)
        s.flush()
        append_audit(
            s, at=now, action="user.create", entity="user", entity_id=user.id,
            after={"username": username, "full_name": full_name, "role": role.value},
            user_id=by.id if by else user.id, username=by.username if by else username,
        )
        return _to_current(user)


def authenticate(
    db: Database, username: str, password: str, *, now: datetime,
    max_failures: int = 5, lockout: timedelta = timedelta(minutes=15),
) -> CurrentUser:
    """Check a password; lock the account after ``max_failures`` wrong ones in a row."""
    username = normalize_text(username).lower()
    wrong = DomainError("auth.invalid", "Sai tên đăng nhập hoặc mật khẩu.")
    failure: DomainError | None = None
    with db.session() as s:
        user = s.execute(select(User).where(User.username == username)).scalar()
        if user is None or not user.active:
            check_password(password, hash_password("timing-equaliser"))
            raise wrong
        if user.locked_until and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise DomainError(
                "auth.locked",
                f"Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Thử lại sau {minutes} phút.",
            )
        if check_password(password, user.password_hash):
            user.failed_attempts = 0
            user.locked_until = None
            result = _to_current(user)
        else:
            # the failure count must be committed, so the error is raised after the block
            failure = wrong
            user.failed_attempts += 1
            if user.failed_attempts >= max_failures:
                user.locked_until = now + lockout
                user.failed_attempts = 0
                append_audit(s, at=now, action="user.locked", entity="user", entity_id=user.id,
                             username=user.username, user_id=user.id)
    if failure is not None:
        raise failure
    return result


def change_password(
    db: Database, user: CurrentUser, old: str, new: str, *, now: datetime
) -> None:
    _check_new_password(new)
    with db.session() as s:
        row = s.get(User, user.id)
        if row is None or not check_password(old, row.password_hash):
            raise DomainError("auth.invalid", "Mật khẩu hiện tại không đúng.")
        row.password_hash = hash_password(new)
        append_audit(s, at=now, action="user.password", entity="user", entity_id=user.id,
                     user_id=user.id, username=user.username)


def list_users(db: Database) -> list[CurrentUser]:
    with db.session() as s:
        rows = s.execute(select(User).where(User.active).order_by(User.username)).scalars()
        return [_to_current(u) for u in rows]
