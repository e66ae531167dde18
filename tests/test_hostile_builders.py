"""Builders for every hostile or broken input the hostile tests use: nothing binary is committed.

Each builder writes a file from scratch (zipfile, struct, the project's simplepdf) so the tests say
exactly what is wrong with the input. The tests at the bottom check that the builders really build
what they claim (an encrypted PDF that PDFium cannot open, an OLE file whose directory names the
streams we planted), so a hostile test cannot pass because its input was accidentally harmless.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from conftest import SAMPLES

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOC_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

CLAUSE = ("Each party's total aggregate liability arising out of or in connection with this Agreement "
          "shall not exceed the fees paid by the Client in the twelve (12) months before the claim.")
SAMPLE_DOCX = SAMPLES / "it-services-agreement-strong.docx"
SAMPLE_PDF = SAMPLES / "one-sided-agreement-weak.pdf"


# ---------------------------------------------------------------- DOCX

def para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def document_xml(body: str, prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>')


def content_types(extra: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/><Default Extension="htm" ContentType="text/html"/>'
            f'<Override PartName="/word/document.xml" ContentType="{DOC_CT}"/>{extra}</Types>')


def rels(*items: tuple[str, str, str, bool]) -> str:
    """items: (id, type suffix, target, external)."""
    body = "".join(
        f'<Relationship Id="{i}" Type="{PKG_RELS if t.startswith("metadata") else REL}/{t}" Target="{target}"'
        + (' TargetMode="External"' if ext else "") + "/>" for i, t, target, ext in items)
    return f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_RELS}">{body}</Relationships>'


def docx_parts(body: str = "", prolog: str = "", doc_rels: str | None = None, extra: dict | None = None) -> dict:
    """The parts of a minimal valid DOCX whose body is ``body`` (default: one liability clause)."""
    parts = {
        "[Content_Types].xml": content_types(),
        "_rels/.rels": rels(("rId1", "officeDocument", "word/document.xml", False)),
        "word/document.xml": document_xml(body or para("1. Liability") + para(CLAUSE), prolog),
    }
    if doc_rels is not None:
        parts["word/_rels/document.xml.rels"] = doc_rels
    parts.update(extra or {})
    return parts


def write_zip(path: Path, parts: dict, method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in parts.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data, compress_type=method)
    return path


def write_docx(path: Path, **kw) -> Path:
    return write_zip(path, docx_parts(**kw))


def declared_size_bomb(path: Path, declared: int = 0xFFFFFFF0) -> Path:
    """A small DOCX whose central directory claims word/document.xml expands to ~4 GB."""
    write_docx(path)
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    for sig, size_at, name_at in ((b"PK\x01\x02", 24, 46), (b"PK\x03\x04", 22, 30)):
        pos = data.find(sig)
        while pos != -1:
            if data[pos + name_at:pos + name_at + len(name)] == name:
                struct.pack_into("<I", data, pos + size_at, declared)
            pos = data.find(sig, pos + 4)
    path.write_bytes(bytes(data))
    return path


def ratio_bomb(path: Path, megabytes: int = 24) -> Path:
    """A real zip bomb in miniature: a part of zeros that deflates ~1,000 to 1."""
    parts = docx_parts()
    parts["word/media/padding.xml"] = b"\0" * (megabytes * 1024 * 1024)
    return write_zip(path, parts)


def many_entries(path: Path, n: int = 6_000) -> Path:
    parts = docx_parts()
    parts.update({f"word/media/p{i}.txt": b"x" for i in range(n)})
    return write_zip(path, parts, zipfile.ZIP_STORED)


BILLION_LAUGHS = ('<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
                  + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
                  + "]>")


def xml_bomb(path: Path) -> Path:
    return write_docx(path, body=para("&j;") + para(CLAUSE), prolog=BILLION_LAUGHS)


def external_entity(path: Path, url: str = "http://127.0.0.1:9/evil.dtd") -> Path:
    return write_docx(path, body=para("&x;") + para(CLAUSE),
                      prolog=f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{url}">]>')


def nested_tables(depth: int, text: str = CLAUSE) -> str:
    """``depth`` tables, each the only content of its parent's single cell; ``text`` innermost."""
    inner = para(text)
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>" + ("" if inner.startswith("<w:p>") else "<w:p/>")
    return inner


def huge_paragraph(path: Path, megabytes: int = 11) -> Path:
    """One paragraph over lxml's 10 MB text-node limit, of varied words (so it is no zip bomb)."""
    import random

    rng = random.Random(1)
    words = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(2, 9))) for _ in range(5000)]
    text = " ".join(rng.choices(words, k=megabytes * 1024 * 1024 // 5))
    return write_docx(path, body=para("8. Liability") + para(f"{text} {CLAUSE}"))


def with_external_links(path: Path, base: str = "http://127.0.0.1:9") -> Path:
    """External image, template, sub-document, hyperlink, altChunk, OLE object and a macro part.

    Word fetches some of these when it opens the file; the analyzer must fetch none. ``base`` is
    where every external link points (a test can listen there).
    """
    doc_rels = rels(
        ("rId1", "image", f"{base}/tracker.png", True),
        ("rId2", "hyperlink", f"{base}/page", True),
        ("rId3", "subDocument", f"{base}/sub.docx", True),
        ("rId4", "oleObject", f"{base}/object.xlsx", True),
        ("rId5", "aFChunk", "afchunk.htm", False),
        ("rId6", "oleObject", "embeddings/oleObject1.bin", False),
        ("rId7", "settings", "settings.xml", False),
    )
    settings_rels = rels(("rId1", "attachedTemplate", f"{base}/template.dotm", True))
    settings = f'<?xml version="1.0"?><w:settings xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:attachedTemplate r:id="rId1"/></w:settings>'
    return write_docx(path, doc_rels=doc_rels,
                      extra={"word/_rels/settings.xml.rels": settings_rels,
                         "word/settings.xml": settings,
                         "word/afchunk.htm": "<html><body>Client may terminate at will.</body></html>",
                         "word/embeddings/oleObject1.bin": cfb([("Ole10Native", 2)]),
                         "word/vbaProject.bin": cfb([("VBA", 1), ("dir", 2)])})


# ---------------------------------------------------------------- OLE compound file

def cfb(entries: list[tuple[str, int]]) -> bytes:
    """A minimal valid OLE Compound File (v3, 512-byte sectors) whose directory holds ``entries``.

    entries: (name, type) with type 1 storage, 2 stream; streams are empty. Sector 0 is the FAT,
    sector 1 the directory, as [MS-CFB] allows.
    """
    free, end, fatsect = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, end, 0, end, 0)
    struct.pack_into("<109I", header, 76, 0, *([free] * 108))
    fat = struct.pack("<128I", fatsect, end, *([free] * 126))
    directory = bytearray(512)
    all_entries = [("Root Entry", 5)] + entries[:3]
    for i, (name, typ) in enumerate(all_entries):
        e = bytearray(128)
        raw = (name + "\0").encode("utf-16-le")
        e[:len(raw)] = raw
        struct.pack_into("<HBB", e, 64, len(raw), typ, 1)
        sibling = i + 1 if 0 < i < len(all_entries) - 1 else free
        struct.pack_into("<III", e, 68, free, sibling, 1 if i == 0 and len(all_entries) > 1 else free)
        struct.pack_into("<II", e, 116, end, 0)
        directory[i * 128:(i + 1) * 128] = e
    for i in range(len(all_entries), 4):
        struct.pack_into("<III", directory, i * 128 + 68, free, free, free)
    return bytes(header) + fat + bytes(directory)


ENCRYPTED_DOCX = [("EncryptionInfo", 2), ("EncryptedPackage", 2), ("\x06DataSpaces", 1)]
LEGACY_DOC = [("WordDocument", 2), ("1Table", 2), ("\x05SummaryInformation", 2)]


# ---------------------------------------------------------------- PDF

def pdf_bytes(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF with a correct xref from object bodies (object 1 is the catalog)."""
    from simplepdf import assemble  # tools/ is on sys.path (tests/conftest.py)

    return assemble(objects, header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
                    trailer_extra=b" " + trailer.strip() if trailer.strip() else b"")


def pages_pdf(n: int, text: str = "Page text.") -> bytes:
    """n pages sharing one content stream: a many-page PDF built in milliseconds."""
    stream = b"BT /F1 12 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET"
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
                b" /Contents 4 0 R >>"] * n
    return pdf_bytes(objects)


def encrypted_pdf() -> bytes:
    """A PDF locked with a user password (standard security handler, RC4 40-bit, unknown password)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
               b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> /P -4 >>"]
    return pdf_bytes(objects, b"/Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] ")


def simple_pdf(path: Path, blocks) -> Path:
    from simplepdf import write_pdf

    write_pdf(str(path), blocks)
    return path


# ---------------------------------------------------------------- the builders build what they claim

def test_cfb_directory_lists_planted_streams():
    from analyzer.ingest.guard import cfb_names

    assert {"EncryptionInfo", "EncryptedPackage"} <= cfb_names(cfb(ENCRYPTED_DOCX))
    assert "WordDocument" in cfb_names(cfb(LEGACY_DOC))


def test_encrypted_pdf_needs_a_password():
    import pypdfium2 as pdfium
    import pytest

    with pytest.raises(pdfium.PdfiumError) as exc:
        pdfium.PdfDocument(encrypted_pdf())
    assert exc.value.err_code == 4  # FPDF_ERR_PASSWORD, not a format error


def test_pages_pdf_has_the_pages_it_claims():
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(pages_pdf(7))
    assert len(pdf) == 7 and "Page text." in pdf[6].get_textpage().get_text_range()


def test_minimal_docx_is_read_by_python_docx(tmp_path):
    import docx

    d = docx.Document(str(write_docx(tmp_path / "ok.docx")))
    assert CLAUSE in "\n".join(p.text for p in d.paragraphs)


def test_bombs_are_bombs(tmp_path):
    info = zipfile.ZipFile(declared_size_bomb(tmp_path / "d.docx")).getinfo("word/document.xml")
    assert info.file_size > 4e9
    info = zipfile.ZipFile(ratio_bomb(tmp_path / "r.docx")).getinfo("word/media/padding.xml")
    assert info.file_size / info.compress_size > 500
    assert len(zipfile.ZipFile(many_entries(tmp_path / "m.docx")).infolist()) > 6_000
    assert BILLION_LAUGHS.count("<!ENTITY") == 10
