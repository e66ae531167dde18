"""OCR for pages without a text layer, through the ``tesseract`` command when it is installed.

Why a subprocess: tesseract is a system tool, not a Python dependency; without it the review still
runs and lists the pages it could not read.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from analyzer.ingest.pdf_layout import Line, clean

DPI = 300
TIMEOUT = 120  # seconds per page


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def _lines(text: str) -> list[Line]:
    """Plain OCR text -> lines with made-up but consistent geometry (blank line = paragraph gap)."""
    out, y = [], 0.0
    for raw in text.splitlines():
        if not raw.strip():
            y += 12.0
            continue
        out.append(Line(clean(raw.strip()), y, y + 10.0, 0.0, 500.0, 10.0, False))
        y += 12.0
    return out


def ocr_pages(path: Path, numbers: list[int]) -> tuple[dict[int, list[Line]], str | None]:
    """{page number: lines} for the pages tesseract could read, and a note when it could not run."""
    if not tesseract_available():
        return {}, "--ocr was asked for but tesseract is not installed (on PATH): scanned pages were not read"
    import pypdfium2 as pdfium

    read: dict[int, list[Line]] = {}
    pdf = pdfium.PdfDocument(str(path))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for number in numbers:
                page = pdf[number - 1]
                try:
                    image = page.render(scale=DPI / 72).to_pil()
                finally:
                    page.close()
                png = Path(tmp) / f"p{number}.png"
                image.save(png)
                try:
                    proc = subprocess.run(["tesseract", str(png), "stdout"], capture_output=True,
                                          text=True, timeout=TIMEOUT)
                except (OSError, subprocess.TimeoutExpired):
                    continue
                if proc.returncode == 0 and proc.stdout.strip():
                    read[number] = _lines(proc.stdout)
    finally:
        pdf.close()
    return read, None
