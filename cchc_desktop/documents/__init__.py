"""reportlab builders for the counter's papers: data in, PDF bytes out.

Fonts, barcode and QR drawing live here too.

Import the builders from here::

    from cchc_desktop.documents import build_receipt, ReceiptData
"""

from cchc_desktop.documents.forms import (
    build_apology,
    build_control_sheet,
    build_receipt,
    build_refusal,
    build_stop_notice,
    build_supplement_request,
)
from cchc_desktop.documents.layouts import LAYOUTS, TT01_2018, TT03_2025, layout_for
from cchc_desktop.documents.ledger import build_ledger
from cchc_desktop.documents.model import (
    ApologyData,
    Component,
    ControlSheetData,
    DocumentKind,
    HandOver,
    IssueInfo,
    LedgerData,
    LedgerRow,
    OfficeHeader,
    Person,
    ReceiptData,
    RefusalData,
    StopNoticeData,
    SupplementRequestData,
)

__all__ = [
    "LAYOUTS",
    "TT01_2018",
    "TT03_2025",
    "ApologyData",
    "Component",
    "ControlSheetData",
    "DocumentKind",
    "HandOver",
    "IssueInfo",
    "LedgerData",
    "LedgerRow",
    "OfficeHeader",
    "Person",
    "ReceiptData",
    "RefusalData",
    "StopNoticeData",
    "SupplementRequestData",
    "build_apology",
    "build_control_sheet",
    "build_ledger",
    "build_receipt",
    "build_refusal",
    "build_stop_notice",
    "build_supplement_request",
    "layout_for",
]
