"""Per-year, per-kind numbering of issued documents (domain.md §2: "Số: 12/PXL").

The counter row is read and incremented inside the caller's transaction; SQLite has
one writer, so two workstations' numbers never collide within one database.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from cchc_desktop.storage.models import DocumentCounter


def next_document_number(session: Session, kind: str, year: int) -> int:
    row = session.get(DocumentCounter, (year, kind))
    if row is None:
        row = DocumentCounter(year=year, kind=kind, last_number=0)
        session.add(row)
    row.last_number += 1
    session.flush()
    return row.last_number
