"""`cchc cccd 'PAYLOAD'`: parse the QR payload of a CCCD / căn cước card.

Prints ``{"number", "old_id", "full_name", "date_of_birth", "sex", "address",
"issue_date", "warnings"}``; an invalid payload exits with status 2 and a Vietnamese
message on stderr.
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "cccd",
        help="đọc dữ liệu mã QR trên thẻ căn cước công dân / căn cước",
        description=(
            "Đọc chuỗi mã QR của thẻ CCCD/căn cước (các trường ngăn cách bởi “|”: số định "
            "danh | số CMND cũ | họ tên | ngày sinh ddmmyyyy | giới tính | địa chỉ | ngày cấp), "
            "kiểm tra số định danh và in kết quả dạng JSON. Dùng '-' để đọc từ đầu vào chuẩn."
        ),
    )
    parser.add_argument("payload", help="chuỗi mã QR (hoặc '-' để đọc từ stdin)")
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    import sys

    from cchc_desktop.cli import emit_json, fail
    from cchc_desktop.domain.cccd import parse_cccd
    from cchc_desktop.domain.errors import DomainError

    payload = sys.stdin.read() if args.payload == "-" else args.payload
    try:
        record = parse_cccd(payload)
    except DomainError as exc:
        fail(exc.message)
    emit_json(record.as_dict())
    return 0
