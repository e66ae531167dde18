"""Checks that run before any parser touches a file, and the per-file time limit.

Why: python-docx, pdfplumber and pypdfium2 trust their input. A zip bomb, an XML entity bomb, an
encrypted container or a 50,000-page PDF is cheaper to refuse from the zip central directory, the
XML prolog or the PDF page count than to survive inside a parser. Every refusal is an InputError
with a one-line message that says what to do.
"""

from __future__ import annotations

import re
import signal
import struct
import threading
import zipfile
import zlib
from pathlib import Path
from typing import Callable, TypeVar

from analyzer.errors import (CorruptDocument, EmptyDocument, EncryptedDocument, TimedOut, TooLarge,
                             UnsafeDocument, UnsupportedFormat)

DEFAULT_MAX_PAGES = 2_000
DEFAULT_TIMEOUT = 300.0  # seconds per file; pdfplumber reads ~16 pages/s, so 2,000 pages fit

# Zip limits. Word writes a few dozen parts; XML compresses 5-20x, images not at all.
MAX_ZIP_ENTRIES = 5_000
MAX_UNCOMPRESSED = 1024 * 1024 * 1024  # declared total; zipfile never reads past a declared size
MAX_RATIO = 200  # per part, for parts over RATIO_FLOOR bytes (zip bombs run at 1,000x and more)
RATIO_FLOOR = 10 * 1024 * 1024
ZIP_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
SCAN_CHUNK = 1024 * 1024
# ingest/docx.py stops descending into tables and text boxes at this depth (its MAX_DEPTH):
# deeper content would be dropped without a word, so such a file is refused here instead.
MAX_NESTING = 20
# lxml (huge_tree=False, a memory bound) refuses a text node over 10,000,000 bytes; say so first.
MAX_TEXT_RUN = 10_000_000

# Word never writes a DTD. Entity declarations only exist inside one, so refusing both stops
# "billion laughs" and external entities (file://, http://) whatever the parser's settings.
_DTD_MARKERS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY")
                     for enc in ("ascii", "utf-16-le", "utf-16-be"))
_MARKER_TAIL = max(len(m) for m in _DTD_MARKERS) - 1

REL_OFFICE_DOCUMENT = "/officeDocument"
# Parts whose text python-docx never reads: say so, so a "missing" finding is not taken on trust.
_UNREAD_RELS = {"aFChunk": "embedded document chunk(s) (altChunk)", "subDocument": "sub-document(s)",
                "oleObject": "embedded object(s) (e.g. spreadsheets)", "package": "embedded package(s)"}

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CFB_FREE = 0xFFFFFFFA  # sector ids at or above this are markers (free, end of chain, FAT, DIFAT)


def check(path: Path, fmt: str, *, max_pages: int | None = DEFAULT_MAX_PAGES) -> list[str]:
    """Refuse a hostile or unreadable file; return coverage warnings for what will not be read."""
    if fmt == "docx":
        return check_docx(path)
    if fmt == "pdf":
        return check_pdf(path, max_pages)
    return []


# ---------------------------------------------------------------- DOCX (zip + XML)

def _safe_parser():
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _parse(zf: zipfile.ZipFile, member: str, name: str):
    from lxml import etree

    try:
        return etree.fromstring(zf.read(member), _safe_parser())
    except etree.XMLSyntaxError as exc:
        raise CorruptDocument(f"{name}: the DOCX part {member} is not well-formed XML ({exc.msg})") from None


_MAX_TAG = 64 * 1024
_NESTING_TAG = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(?:tbl|txbxContent)(?=[\s/>])[^>]*?(/?)>")


def _scan_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[bool, int, int]:
    """(declares a DTD or entity?, deepest nesting of tables and text boxes, longest run of bytes
    without markup), streamed in chunks. Never reads more than the part's declared size (zipfile
    stops there and checks the CRC). Runs inside one chunk are not measured: they are shorter
    than a chunk, and a chunk is far below MAX_TEXT_RUN.
    """
    overlap = b""  # the end of the previous chunk, for a marker split across two chunks
    pending = b""  # from the last '<' on: a tag that may continue in the next chunk
    depth = deepest = run = longest = 0
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(SCAN_CHUNK)
            if any(m in overlap + chunk for m in _DTD_MARKERS):
                return True, deepest, longest
            last = chunk.rfind(b"<")
            if last == -1:
                run += len(chunk)
            else:
                longest = max(longest, run + chunk.find(b"<"))
                run = len(chunk) - last - 1
            longest = max(longest, run)
            overlap = (overlap + chunk)[-_MARKER_TAIL:]
            text = pending + chunk
            cut = text.rfind(b"<") if chunk else -1
            if cut == -1 or len(text) - cut > _MAX_TAG:  # nothing open, or no tag is that long
                cut = len(text)
            for m in _NESTING_TAG.finditer(text, 0, cut):
                if m.group(1):
                    depth -= 1
                elif not m.group(2):
                    depth += 1
                    deepest = max(deepest, depth)
            if not chunk:
                return False, deepest, longest
            pending = text[cut:]


def _check_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    dtd, deepest, longest = _scan_part(zf, info)
    if dtd:
        raise UnsafeDocument(f"{name}: the DOCX part {info.filename} declares a DTD or XML entities; "
                             "refused (Word never writes them)")
    if info.filename.startswith(("customXml/", "docProps/")):
        return  # data and metadata parts, never read as contract text: only a DTD matters
    if longest > MAX_TEXT_RUN:
        raise UnsafeDocument(f"{name}: the DOCX part {info.filename} holds {longest / 1e6:,.0f} MB of text in one "
                             f"run (limit {MAX_TEXT_RUN / 1e6:,.0f} MB, the XML reader's); refused")
    if deepest > MAX_NESTING:
        raise UnsafeDocument(f"{name}: tables or text boxes nested {deepest} deep in {info.filename} "
                             f"(limit {MAX_NESTING}); refused: text below the limit would not be read")


def _content_types(root) -> tuple[dict[str, str], dict[str, str]]:
    defaults, overrides = {}, {}
    for el in root:
        tag = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
        if tag == "Default":
            defaults[(el.get("Extension") or "").lower()] = el.get("ContentType") or ""
        elif tag == "Override":
            overrides[(el.get("PartName") or "").lstrip("/").lower()] = el.get("ContentType") or ""
    return defaults, overrides


def _is_xml_part(member: str, defaults: dict[str, str], overrides: dict[str, str]) -> bool:
    """Parts python-docx may parse as XML: .xml/.rels names and any non-image '...xml' content type."""
    low = member.lower()
    if low.endswith((".xml", ".rels")):
        return True
    ctype = overrides.get(low) or defaults.get(low.rsplit(".", 1)[-1] if "." in low else "", "")
    return ctype.endswith("xml") and not ctype.startswith("image/")


def _relationships(root) -> list[tuple[str, str, str]]:
    """(type suffix, target, mode) of each Relationship element."""
    out = []
    for el in root:
        if isinstance(el.tag, str) and el.tag.endswith("Relationship"):
            rtype = (el.get("Type") or "").rsplit("/", 1)[-1]
            out.append((rtype, el.get("Target") or "", el.get("TargetMode") or "Internal"))
    return out


def _other_zip_format(names: set[str], zf: zipfile.ZipFile, name: str) -> None:
    """A zip that is not a Word document at all: say what it is."""
    if "mimetype" in names:
        try:
            mime = zf.read("mimetype")[:100].decode("ascii", "replace")
        except Exception:  # noqa: BLE001 - any failure just means "not OpenDocument"
            mime = ""
        if "opendocument" in mime:
            raise UnsupportedFormat(f"{name}: an OpenDocument file, not a Word document: "
                                    "save it as .docx or PDF")
        if "epub" in mime:
            raise UnsupportedFormat(f"{name}: an EPUB e-book, not a Word document: save it as .docx or PDF")
    if any(n.startswith("index.xml") or n.endswith(".iwa") for n in names):
        raise UnsupportedFormat(f"{name}: an Apple Pages file, not a Word document: export to .docx or PDF")


def check_docx(path: Path) -> list[str]:
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise CorruptDocument(f"{name}: not a readable DOCX: the zip is damaged or truncated ({exc})") from None
    except Exception as exc:  # noqa: BLE001 - a hostile central directory can raise anything
        raise CorruptDocument(f"{name}: not a readable DOCX: the zip is damaged or truncated "
                              f"({type(exc).__name__})") from None
    with zf:
        try:
            return _check_zip(zf, name)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError,
                LookupError) as exc:  # a damaged deflate stream, CRC, header or encoding name
            raise CorruptDocument(f"{name}: not a readable DOCX: the zip is damaged or truncated "
                                  f"({type(exc).__name__}: {str(exc)[:120]})") from None


def _check_zip(zf: zipfile.ZipFile, name: str) -> list[str]:
    infos = zf.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise UnsafeDocument(f"{name}: the DOCX zip holds {len(infos):,} parts (limit {MAX_ZIP_ENTRIES:,}); "
                             "refused as a possible zip bomb")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise UnsafeDocument(f"{name}: the DOCX would expand to {total / 1e6:,.0f} MB "
                             f"(limit {MAX_UNCOMPRESSED / 1e6:,.0f} MB); refused as a possible zip bomb")
    for i in infos:
        if i.file_size > RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise UnsafeDocument(f"{name}: the DOCX part {i.filename} expands {i.file_size // max(i.compress_size, 1):,}"
                                 f" times (limit {MAX_RATIO}x); refused as a possible zip bomb")
        if i.flag_bits & 0x1:
            raise EncryptedDocument(f"{name}: the DOCX zip is password-protected: remove the password and try again")
        if i.compress_type not in ZIP_METHODS:
            raise CorruptDocument(f"{name}: the DOCX part {i.filename} uses an unsupported zip compression "
                                  f"(method {i.compress_type}); re-save it in Word")
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names:
        _other_zip_format(names, zf, name)
        raise CorruptDocument(f"{name}: not a Word document: the zip has no [Content_Types].xml part")
    by_name = {i.filename: i for i in infos}
    _check_part(zf, by_name["[Content_Types].xml"], name)
    defaults, overrides = _content_types(_parse(zf, "[Content_Types].xml", name))
    for i in infos:
        if not i.is_dir() and i.filename != "[Content_Types].xml" and _is_xml_part(i.filename, defaults, overrides):
            _check_part(zf, i, name)
    if "_rels/.rels" not in names:
        raise CorruptDocument(f"{name}: the DOCX is missing its _rels/.rels part (damaged or not a Word file)")
    main = [t for r, t, m in _relationships(_parse(zf, "_rels/.rels", name))
            if r == REL_OFFICE_DOCUMENT[1:] and m != "External"]
    if not main:
        raise CorruptDocument(f"{name}: the DOCX names no main document part (damaged or not a Word file)")
    target = main[0].lstrip("/")
    if target.startswith("xl/"):
        raise UnsupportedFormat(f"{name}: an Excel workbook, not a Word document: save the contract as .docx or PDF")
    if target.startswith("ppt/"):
        raise UnsupportedFormat(f"{name}: a PowerPoint file, not a Word document: save the contract as .docx or PDF")
    if target not in names:
        raise CorruptDocument(f"{name}: the DOCX is missing its main part {target} (damaged or truncated)")
    _check_main_part(zf, target, name)
    return _unread_content(zf, target, names, name)


W_MAIN = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_STRICT = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"


def _check_main_part(zf: zipfile.ZipFile, target: str, name: str) -> None:
    """The main part must be a w:document with a w:body; the reader assumes both."""
    from lxml import etree

    depth = 0
    root = None
    try:
        with zf.open(target) as fh:
            for event, el in etree.iterparse(fh, events=("start", "end"), resolve_entities=False, no_network=True,
                                             load_dtd=False, huge_tree=False):
                if event == "end":
                    depth -= 1
                    if depth >= 1:
                        el.clear()  # keep memory flat on big documents
                    continue
                depth += 1
                if depth == 1:
                    root = el.tag
                    if root == f"{W_STRICT}document":
                        raise UnsupportedFormat(f"{name}: saved as Strict Open XML, which is not supported: "
                                                "save it as a standard Word Document (.docx)")
                    if root != f"{W_MAIN}document":
                        raise CorruptDocument(f"{name}: the DOCX main part {target} is not a Word document "
                                              f"(its root is <{etree.QName(root).localname}>)")
                elif depth == 2 and el.tag == f"{W_MAIN}body":
                    return
    except (etree.XMLSyntaxError, ValueError) as exc:  # lxml says ValueError for some bad names
        raise CorruptDocument(f"{name}: the DOCX part {target} is not well-formed XML "
                              f"({getattr(exc, 'msg', None) or exc})") from None
    raise CorruptDocument(f"{name}: the DOCX main part {target} has no document body (damaged)")


def _unread_content(zf: zipfile.ZipFile, main: str, names: set[str], name: str) -> list[str]:
    """Warnings for content in or linked from the main part that python-docx does not read."""
    folder, _, base = main.rpartition("/")
    rels_name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
    counts: dict[str, int] = {}
    external = 0
    if rels_name in names:
        for rtype, _, mode in _relationships(_parse(zf, rels_name, name)):
            if rtype in _UNREAD_RELS:
                counts[rtype] = counts.get(rtype, 0) + 1
                external += mode == "External"
    warnings = [f"the document holds {n} {_UNREAD_RELS[r]} whose text was not read" for r, n in sorted(counts.items())]
    if external:
        warnings.append(f"{external} of them link outside the file; links are never fetched")
    return warnings


# ---------------------------------------------------------------- OLE (encrypted Office, legacy .doc)

def cfb_names(data: bytes) -> set[str]:
    """Stream and storage names in an OLE Compound File directory (bounded: hostile chains end)."""
    if len(data) < 512 or not data.startswith(CFB_MAGIC):
        return set()
    shift = struct.unpack_from("<H", data, 30)[0]
    if shift not in (9, 12):
        return set()
    size = 1 << shift
    n_sectors = len(data) // size

    def sector(sid: int) -> bytes:
        off = (sid + 1) * size
        return data[off:off + size] if sid < n_sectors else b""

    first_dir, = struct.unpack_from("<I", data, 48)
    first_difat, n_difat = struct.unpack_from("<II", data, 68)
    fat_sids = [s for s in struct.unpack_from("<109I", data, 76) if s < _CFB_FREE]
    sid, hops = first_difat, 0
    while sid < _CFB_FREE and hops < min(n_difat, n_sectors):
        block = sector(sid)
        if len(block) < size:
            break
        ids = struct.unpack(f"<{size // 4}I", block)
        fat_sids.extend(s for s in ids[:-1] if s < _CFB_FREE)
        sid, hops = ids[-1], hops + 1
    fat: list[int] = []
    for s in fat_sids[:n_sectors]:
        block = sector(s)
        if len(block) == size:
            fat.extend(struct.unpack(f"<{size // 4}I", block))
    names: set[str] = set()
    sid, seen = first_dir, set()
    while sid < _CFB_FREE and sid not in seen and len(seen) < n_sectors:
        seen.add(sid)
        block = sector(sid)
        for off in range(0, len(block) - 127, 128):
            entry = block[off:off + 128]
            length = struct.unpack_from("<H", entry, 64)[0]
            if 2 <= length <= 64 and length % 2 == 0 and entry[66] in (1, 2, 5):
                names.add(entry[:length - 2].decode("utf-16-le", "replace"))
        sid = fat[sid] if sid < len(fat) else _CFB_FREE
    return names


def check_ole(path: Path, data: bytes) -> None:
    """An OLE file is never readable here: say whether it is an encrypted Office file or legacy Office."""
    names = cfb_names(data)
    name = path.name
    if {"EncryptionInfo", "EncryptedPackage"} & names:
        raise EncryptedDocument(f"{name}: the document is password-protected: remove the password "
                                "(File > Info > Protect Document) and save it again as .docx")
    if "WordDocument" in names:
        raise UnsupportedFormat(f"{name}: legacy Word .doc is not supported: save it as .docx "
                                "(File > Save As) or PDF")
    if "Workbook" in names or "Book" in names:
        raise UnsupportedFormat(f"{name}: a legacy Excel workbook, not a contract document: save it as .docx or PDF")
    if names:
        raise UnsupportedFormat(f"{name}: a legacy Office (OLE) file that is not a Word document: "
                                "save it as .docx or PDF")
    # The directory could not be read: go by the name.
    if path.suffix.lower() == ".docx":
        raise EncryptedDocument(f"{name}: a password-protected or legacy Word file (OLE container): "
                                "remove the password or save it as a plain .docx")
    raise UnsupportedFormat(f"{name}: legacy Word .doc is not supported: save it as .docx (File > Save As) or PDF")


# ---------------------------------------------------------------- PDF

def check_pdf(path: Path, max_pages: int | None) -> list[str]:
    """Open with PDFium (fast, lenient): refuse encrypted, unreadable and over-long PDFs."""
    import pypdfium2 as pdfium

    name = path.name
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == 4:  # FPDF_ERR_PASSWORD
            raise EncryptedDocument(f"{name}: the PDF is password-protected: remove the password "
                                    "(save or print an unprotected copy) and try again") from None
        if code == 5:  # FPDF_ERR_SECURITY
            raise EncryptedDocument(f"{name}: the PDF uses an unsupported security handler (DRM): "
                                    "save an unprotected copy and try again") from None
        raise CorruptDocument(f"{name}: the PDF is damaged or truncated and cannot be read "
                              f"({_pdfium_reason(exc)}); re-export or re-save it") from None
    except Exception as exc:  # noqa: BLE001 - PDFium bindings may raise other errors on hostile files
        raise CorruptDocument(f"{name}: the PDF is damaged and cannot be read ({type(exc).__name__})") from None
    try:
        pages = len(pdf)
    finally:
        pdf.close()
    if pages <= 0:
        raise EmptyDocument(f"{name}: the PDF has no pages")
    if max_pages and pages > max_pages:
        raise TooLarge(f"{name}: {pages:,} pages is over the {max_pages:,} page limit (raise it with --max-pages)")
    return []


def _pdfium_reason(exc: Exception) -> str:
    m = re.search(r"\(PDFium: ([^)]*)\)", str(exc))
    return f"PDFium: {m.group(1)}" if m else type(exc).__name__


# ---------------------------------------------------------------- time limit

T = TypeVar("T")


class _Expired(BaseException):
    """Raised by the alarm; a BaseException so parsers' `except Exception` cannot swallow it."""


def run_with_time_limit(fn: Callable[[], T], seconds: float | None, what: str) -> T:
    """fn() or TimedOut after ``seconds`` (None or 0: no limit).

    On the POSIX main thread an interval timer interrupts fn (at the next Python bytecode, so a
    long call inside C code ends when it returns). Elsewhere fn runs in a daemon thread that is
    abandoned when time is up: the caller gets its error on time and the process may exit.
    """
    if not seconds or seconds <= 0:
        return fn()
    message = f"{what}: gave up after {seconds:g} s (per-file time limit; raise it with --timeout)"
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        def expire(signum, frame):
            raise _Expired()

        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            try:
                return fn()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except _Expired:  # also when the alarm lands between fn's return and the timer reset
            raise TimedOut(message) from None
        finally:
            signal.signal(signal.SIGALRM, previous)
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, name="contract-analyzer-timed", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise TimedOut(message)
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]
