"""PDF inspection helpers for the document tests: text, page sizes, word boxes, barcodes.

They call the real poppler and zbar tools (poppler-utils, zbar-tools) on the bytes.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest


class PdfTools:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._count = 0

    def write(self, pdf: bytes) -> Path:
        self._count += 1
        path = self.folder / f"doc{self._count}.pdf"
        path.write_bytes(pdf)
        return path

    def text(self, pdf: bytes, page: int | None = None) -> str:
        args = ["pdftotext", "-enc", "UTF-8"]
        if page is not None:
            args += ["-f", str(page), "-l", str(page)]
        path = self.write(pdf)
        out = subprocess.run([*args, str(path), "-"], check=True, capture_output=True)
        return out.stdout.decode("utf-8")

    def flat_text(self, pdf: bytes, page: int | None = None) -> str:
        """Text with runs of white space collapsed (lines joined)."""
        return re.sub(r"\s+", " ", self.text(pdf, page))

    def page_sizes(self, pdf: bytes) -> list[tuple[float, float]]:
        path = self.write(pdf)
        out = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(path)], check=True,
                             capture_output=True, text=True).stdout
        sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)
        return [(float(w), float(h)) for w, h in sizes]

    def word_boxes(self, pdf: bytes) -> list[tuple[float, float, float, float, str]]:
        """(xMin, yMin, xMax, yMax, word) of every word, from ``pdftotext -bbox``."""
        path = self.write(pdf)
        out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                             capture_output=True).stdout.decode("utf-8")
        return [
            (float(a), float(b), float(c), float(d), word)
            for a, b, c, d, word in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                r"([^<]*)</word>", out)
        ]

    def decode(self, pdf: bytes, page: int = 1, dpi: int = 300) -> list[str]:
        """Every symbol zbarimg reads on the page rendered at ``dpi`` ("TYPE:data")."""
        path = self.write(pdf)
        stem = path.with_suffix("")
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page),
                        "-singlefile", str(path), str(stem)], check=True)
        symbols = subprocess.run(["zbarimg", "-q", str(stem) + ".pgm"], capture_output=True)
        return symbols.stdout.decode("utf-8").splitlines()


@pytest.fixture
def pdf(tmp_path) -> PdfTools:
    return PdfTools(tmp_path)
