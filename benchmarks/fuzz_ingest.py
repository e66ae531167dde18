"""Fuzz DOCX and PDF ingestion for a bounded time; report every input that fails wrongly.

Why: hostile files are endless, and hand-built cases only cover what we thought of. This mutates
the sample DOCX and PDF bytes (bit flips, cuts, splices; inside the zip: XML edits, dropped or
renamed parts; inside the PDF: changed numbers and keywords) and feeds each result to
``analyzer.ingest.load`` (and, with --review, the whole review). The only acceptable outcomes are
a Document or an ``analyzer.errors.InputError``; anything else is a bug, and so is an input that
takes longer than --per-input seconds (a hang). Each input runs in a worker process that is
killed when it overruns, so a hang inside C code cannot stall the run.

    python benchmarks/fuzz_ingest.py --seconds 60 --seed 1 --save benchmarks/out/fuzz

Exit status 1 when a failure or hang was found. Failing inputs are saved (with --save) so each can
become a regression test that builds it.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing as mp
import random
import re
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEEDS = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in (".docx", ".pdf"))
INTERESTING = [b"\x00", b"\xff", b"-1", b"0", b"4294967295", b"99999999999", b"<", b">", b"&", b"\"", b"%"]
XML_NOISE = ["<w:tbl>", "</w:tbl>", "<w:tc>", "<w:p/>", '<w:t xml:space="preserve">', "</w:t>", "&amp;", "&#0;",
             "&#xD800;", "<!-- -->", "<![CDATA[x]]>", "<w:sdt><w:sdtContent>", "<w:ins>", "<w:del>",
             '<w:numPr><w:ilvl w:val="9"/><w:numId w:val="999"/></w:numPr>', '<w:sym w:char="ZZZZ"/>',
             '<w:sym w:char="110000"/>', "<mc:AlternateContent>", "\u202e", "\x0b"]
ATTR_VALUES = ["", "-1", "0", "999999999", "abc", "1e309", "NaN", "ffff", "../../../etc/passwd", "http://127.0.0.1:9/x"]
PDF_TOKENS = [b"obj", b"endobj", b"stream", b"endstream", b"xref", b"trailer", b"startxref", b"/Count", b"/Kids",
              b"/Length", b"/Root", b"/Pages", b"/Type", b"/Font", b"/Contents", b"R", b"BT", b"ET", b"Tj", b"Td"]


# ---------------------------------------------------------------- mutators

def _bytes_mutation(data: bytes, rng: random.Random, seeds: list[bytes]) -> bytes:
    b = bytearray(data)
    if not b:
        return bytes(b)
    op = rng.randrange(7)
    i = rng.randrange(len(b))
    if op == 0:  # flip a few bits
        for _ in range(rng.randint(1, 8)):
            j = rng.randrange(len(b))
            b[j] ^= 1 << rng.randrange(8)
    elif op == 1:  # truncate
        del b[i:]
    elif op == 2:  # delete a range
        del b[i:i + rng.randint(1, 4096)]
    elif op == 3:  # duplicate a range
        j = rng.randrange(len(b))
        b[j:j] = b[i:i + rng.randint(1, 4096)]
    elif op == 4:  # interesting values
        v = rng.choice(INTERESTING)
        b[i:i + len(v)] = v
    elif op == 5:  # random bytes
        b[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    else:  # splice with another seed
        other = rng.choice(seeds)
        j = rng.randrange(len(other))
        b = b[:i] + other[j:j + rng.randint(1, 8192)] + b[i + rng.randint(0, 8192):]
    return bytes(b)


def _xml_mutation(text: str, rng: random.Random) -> str:
    if not text:
        return text
    op = rng.randrange(6)
    tags = [m.start() for m in re.finditer(r"<", text)] or [0]
    i = rng.choice(tags)
    if op == 0:  # insert markup noise
        return text[:i] + rng.choice(XML_NOISE) * rng.randint(1, 30) + text[i:]
    if op == 1:  # delete from one tag to a later one
        j = rng.choice(tags)
        i, j = min(i, j), max(i, j)
        return text[:i] + text[j:]
    if op == 2:  # duplicate an element-sized chunk many times
        j = min(len(text), i + rng.randint(10, 2000))
        return text[:j] + text[i:j] * rng.randint(2, 50) + text[j:]
    if op == 3:  # change attribute values
        attrs = list(re.finditer(r'="[^"]*"', text))
        for m in rng.sample(attrs, min(len(attrs), rng.randint(1, 10))) if attrs else []:
            text = text[:m.start()] + f'="{rng.choice(ATTR_VALUES)}"' + text[m.end():]
        return text
    if op == 4:  # deep nesting
        depth = rng.randint(5, 400)
        return text[:i] + "<w:tbl><w:tr><w:tc>" * depth + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * depth + text[i:]
    return text.replace(rng.choice(["w:p>", "w:r>", "w:t>", "w:tc>", "w:tbl>"]), rng.choice(["w:x>", "w:p>", ""]), 1)


def _docx_mutation(data: bytes, rng: random.Random) -> bytes:
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
        parts = [(i.filename, src.read(i)) for i in src.infolist()]
    except Exception:  # noqa: BLE001 - a mutated seed may no longer be a zip
        return data
    op = rng.randrange(10)
    if op < 6:  # edit an XML part (mostly the document)
        xml = [k for k, (n, _) in enumerate(parts) if n.endswith((".xml", ".rels"))]
        if xml:
            k = next((k for k in xml if parts[k][0] == "word/document.xml"), xml[0]) if rng.random() < 0.6 \
                else rng.choice(xml)
            name, body = parts[k]
            parts[k] = (name, _xml_mutation(body.decode("utf-8", "replace"), rng).encode("utf-8"))
    elif op == 6 and parts:  # drop a part
        parts.pop(rng.randrange(len(parts)))
    elif op == 7 and parts:  # rename a part
        k = rng.randrange(len(parts))
        parts[k] = (rng.choice(["word/document.xml", "x", "[Content_Types].xml", "word/../../evil.xml",
                                "/abs.xml", parts[k][0].upper()]), parts[k][1])
    elif op == 8 and parts:  # duplicate a part name
        parts.append(rng.choice(parts))
    else:  # corrupt one part's bytes
        k = rng.randrange(len(parts)) if parts else 0
        if parts:
            parts[k] = (parts[k][0], _bytes_mutation(parts[k][1], rng, [parts[k][1]]))
    out = io.BytesIO()
    method = rng.choice([zipfile.ZIP_DEFLATED, zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
    with zipfile.ZipFile(out, "w", method) as dst:
        for name, body in parts:
            try:
                dst.writestr(name, body)
            except Exception:  # noqa: BLE001 - names zipfile refuses to write
                continue
    return out.getvalue()


def _pdf_mutation(data: bytes, rng: random.Random) -> bytes:
    op = rng.randrange(4)
    if op == 0:  # change numbers (lengths, counts, offsets, object ids)
        nums = list(re.finditer(rb"\d+", data))
        for m in rng.sample(nums, min(len(nums), rng.randint(1, 6))) if nums else []:
            data = data[:m.start()] + rng.choice([b"0", b"1", b"-1", b"999999999", b"3", m.group(0) * 2]) + data[m.end():]
        return data
    if op == 1:  # delete or swap a keyword
        toks = [m for t in PDF_TOKENS for m in re.finditer(re.escape(t), data)]
        if toks:
            m = rng.choice(toks)
            return data[:m.start()] + rng.choice([b"", rng.choice(PDF_TOKENS)]) + data[m.end():]
        return data
    if op == 2:  # self-referencing / cyclic page tree
        return data.replace(b"/Kids [", b"/Kids [2 0 R ", 1) if rng.random() < 0.5 else \
            data.replace(b"/Parent 2 0 R", b"/Parent 5 0 R", 1)
    return data.replace(b"/Count ", b"/Count 10000000", 1)


def mutate(data: bytes, kind: str, rng: random.Random, seeds: list[bytes]) -> bytes:
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        if kind == "docx" and rng.random() < 0.7:
            data = _docx_mutation(data, rng)
        elif kind == "pdf" and rng.random() < 0.5:
            data = _pdf_mutation(data, rng)
        else:
            data = _bytes_mutation(data, rng, seeds)
    return data


# ---------------------------------------------------------------- the worker

def _worker(jobs: mp.Queue, results: mp.Queue, review: bool) -> None:
    from analyzer.errors import InputError
    from analyzer.ingest import load

    analyzer = None
    if review:
        from analyzer.engine import Analyzer

        analyzer = Analyzer()
    while True:
        path = jobs.get()
        if path is None:
            return
        try:
            doc = load(path)
            if analyzer is not None:
                analyzer.review_document(doc).to_dict()
            results.put(("ok", None, None))
        except InputError as exc:
            if "\n" in exc.message:
                results.put(("bug", "InputError with a multi-line message", exc.message[:300]))
            else:
                results.put(("refused", exc.type, None))
        except BaseException as exc:  # noqa: BLE001 - exactly what the fuzzer looks for
            tb = traceback.extract_tb(exc.__traceback__)
            where = next((f"{Path(f.filename).name}:{f.lineno}" for f in reversed(tb)
                          if "/analyzer/" in f.filename), None)
            last = f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else "?"
            results.put(("bug", f"{type(exc).__name__} at {where or last} (raised in {last})",
                         f"{type(exc).__name__}: {str(exc)[:300]}"))


class Runner:
    """One worker process; restarted after a hang."""

    def __init__(self, review: bool):
        self.review = review
        self.ctx = mp.get_context("spawn")
        self._start()

    def _start(self) -> None:
        self.jobs, self.results = self.ctx.Queue(), self.ctx.Queue()
        self.proc = self.ctx.Process(target=_worker, args=(self.jobs, self.results, self.review), daemon=True)
        self.proc.start()

    def run(self, path: str, timeout: float):
        self.jobs.put(path)
        try:
            return self.results.get(timeout=timeout)
        except Exception:  # noqa: BLE001 - queue.Empty: the worker hangs (or died)
            self.proc.kill()
            self.proc.join()
            self._start()
            return ("hang", f"no answer in {timeout:g} s", None)

    def close(self) -> None:
        self.jobs.put(None)
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()


def _children_peak_rss_mb() -> float | None:
    """Largest resident memory any finished worker reached: memory stays bounded on hostile input."""
    try:
        import resource
    except ImportError:  # not on Windows
        return None
    kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kilobytes on Linux
    return round(kb / 1024, 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60, help="how long to fuzz (default 60)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (a run is reproducible from it)")
    ap.add_argument("--per-input", type=float, default=20, help="seconds before an input counts as a hang")
    ap.add_argument("--review", action="store_true", help="also run the whole review on inputs that load")
    ap.add_argument("--save", type=Path, help="folder to save failing inputs in")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "fuzz_ingest.json",
                    help="summary JSON")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore", message="Duplicate name")  # the mutators make them on purpose

    rng = random.Random(args.seed)
    seeds = [(p.suffix[1:], p.read_bytes()) for p in SEEDS]
    seed_bytes = [d for _, d in seeds]
    runner = Runner(args.review)
    outcomes: Counter = Counter()
    refusals: Counter = Counter()
    bugs: dict[str, dict] = {}
    start = time.monotonic()
    n = 0
    with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
        try:
            while time.monotonic() - start < args.seconds:
                kind, data = rng.choice(seeds)
                mutated = mutate(data, kind, rng, seed_bytes)
                suffix = kind if rng.random() < 0.9 else rng.choice(["docx", "pdf", "txt"])
                path = Path(tmp) / f"input{n}.{suffix}"
                path.write_bytes(mutated)
                outcome, key, detail = runner.run(str(path), args.per_input)
                n += 1
                outcomes[outcome] += 1
                if outcome == "refused":
                    refusals[key] += 1
                elif outcome in ("bug", "hang"):
                    key = f"{outcome}: {key}" if outcome == "hang" else key
                    entry = bugs.setdefault(key, {"count": 0, "detail": detail, "example": None, "seed": kind})
                    entry["count"] += 1
                    if args.save and entry["example"] is None:
                        args.save.mkdir(parents=True, exist_ok=True)
                        saved = args.save / f"fuzz-{len(bugs)}-{n}.{suffix}"
                        saved.write_bytes(mutated)
                        entry["example"] = str(saved)
                path.unlink(missing_ok=True)
        finally:
            runner.close()
    elapsed = time.monotonic() - start
    peak_mb = _children_peak_rss_mb()
    summary = {"seconds": round(elapsed, 1), "seed": args.seed, "inputs": n, "review": args.review,
               "worker_peak_rss_mb": peak_mb,
               "inputs_per_second": round(n / elapsed, 1) if elapsed else 0, "outcomes": dict(outcomes),
               "refusals": dict(refusals.most_common()), "failures": bugs}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{n} inputs in {elapsed:.0f} s ({summary['inputs_per_second']}/s), seed {args.seed}: "
          + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
          + (f"; worker peak RSS {peak_mb} MB" if peak_mb else ""))
    for k, v in refusals.most_common():
        print(f"  refused {v:5} x {k}")
    for key, entry in bugs.items():
        print(f"  FAILURE {entry['count']:4} x {key}\n      {entry['detail']}\n      example: {entry['example']}")
    return 1 if bugs else 0


if __name__ == "__main__":
    sys.exit(main())
