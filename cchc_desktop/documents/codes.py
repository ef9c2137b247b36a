"""Code128 and QR drawn as vector rectangles, so they scan from any printer resolution.

Barcode / QR beside the dossier code is allowed on the receipt [law, TT 01/2018
Art. 19(2)]: a scanner at the return counter reads the code and opens the dossier.
The module patterns come from python-barcode (Code128, charset chosen by the
library) and qrcode; only the drawing is ours.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from cchc_desktop.documents.text import nfc

QUIET_MODULES = 10  # Code128 quiet zone: at least 10 modules each side


@lru_cache(maxsize=256)
def code128_modules(value: str) -> str:
    """The bar/space pattern ("1" = bar) of ``value`` in Code128, without quiet zones."""
    from barcode import Code128

    return "".join(Code128(nfc(value)).build())


@lru_cache(maxsize=256)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules of ``payload`` (error correction M), without the quiet zone."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    qr.add_data(nfc(payload).encode("utf-8"))
    qr.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in qr.get_matrix())


def _runs(bits) -> list[tuple[int, int]]:
    """(start, length) of each run of dark modules."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, dark in enumerate(bits):
        if dark and start is None:
            start = index
        elif not dark and start is not None:
            runs.append((start, index - start))
            start = None
    if start is not None:
        runs.append((start, len(bits) - start))
    return runs


class Code128Flowable(Flowable):
    """A Code128 symbol, ``module`` wide per module, quiet zones included in the width."""

    def __init__(self, value: str, module: float = 0.25 * mm, height: float = 9 * mm) -> None:
        super().__init__()
        self.value = nfc(value)
        self.module = module
        self.bar_height = height
        self.pattern = code128_modules(self.value)
        self.width = (len(self.pattern) + 2 * QUIET_MODULES) * module
        self.height = height

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        path = canvas.beginPath()
        x0 = QUIET_MODULES * self.module
        for start, length in _runs([c == "1" for c in self.pattern]):
            path.rect(x0 + start * self.module, 0, length * self.module, self.bar_height)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


class QrFlowable(Flowable):
    """A QR symbol of side ``size`` (quiet zone of 4 modules included)."""

    QUIET = 4

    def __init__(self, payload: str, size: float = 24 * mm) -> None:
        super().__init__()
        self.payload = nfc(payload)
        self.matrix = qr_matrix(self.payload)
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.matrix) + 2 * self.QUIET
        module = self.size / count
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        path = canvas.beginPath()
        for row_index, row in enumerate(self.matrix):
            y = self.size - (row_index + 1 + self.QUIET) * module
            for start, length in _runs(row):
                # A hair of overlap avoids white seams between rows in some viewers.
                path.rect((start + self.QUIET) * module, y, length * module, module * 1.02)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


def lookup_payload(code: str, url_template: str) -> str:
    """The QR payload: the provincial look-up URL with the code, or the code alone."""
    code = nfc(code).strip()
    template = nfc(url_template).strip()
    if not template:
        return code
    from urllib.parse import quote

    return template.replace("{code}", quote(code, safe=".-_"))
