"""Every report format: same content, escaped contract text, one registry that feeds --format.

`fixture_review()` is a hand-built Review (not the rule library's output), so reporter tests and the
golden files only change when a reporter changes. It carries hostile text on purpose.
"""

import io
import json
import re
import zipfile

import pytest
from click.testing import CliRunner

from analyzer.cli import REPORT_FORMATS, cli
from analyzer.findings import Evidence, Finding, Review, Severity, Status
from analyzer.report import FORMATS, REGISTRY, render
from analyzer.report.common import SCORE_FORMULA, by_family, ordered, score
from conftest import SAMPLES

SCRIPT = "<script>document.body.setAttribute('data-pwned','1')</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"
WEAK_PDF = SAMPLES / "one-sided-agreement-weak.pdf"
PLAIN = SAMPLES / "plain-services-agreement.txt"


def fixture_review() -> Review:
    cap_text = (f"7.1 Client\u2019s total liability shall not exceed \u00a31,000 in aggregate. {SCRIPT} "
                "Nothing limits the liability of Consultant.\x07")
    pay_text = f"4.2 Invoices are payable within ninety (90) days. [click](javascript:alert(1)) **now** {IMG}"
    findings = [
        Finding("liability-cap", "Cap on liability", "liability", Severity.HIGH, Status.WEAK, 0.9,
                "Cap on liability is weak (section 7.1 Liability, page 2): the cap protects only the client",
                evidence=(Evidence(cap_text, 100, 100 + len(cap_text), 2, "7.1 Liability"),),
                suggestion="\"Each party's total liability shall not exceed the fees paid in the 12 months "
                           "before the claim.\"",
                rationale="Without a cap one failed project can cost more than the contract is worth.",
                maps_to=("it:liability-cap",), weak_reasons=("client-only",), matched_by=("heading: liability",)),
        Finding("change-control", "Changes only by written change order", "change", Severity.HIGH, Status.MISSING,
                0.0, "No changes only by written change order clause found",
                suggestion="\"No change is binding until both parties sign a Change Order.\"",
                rationale="Scope creep without a change order is unpaid work."),
        Finding("time-of-essence", "Time is of the essence", "schedule", Severity.HIGH, Status.PRESENT, 0.8,
                "Risk: time is of the essence found (section 1.2 Services, page 1)", kind="risk",
                evidence=(Evidence("1.2 Time is of the essence.", 40, 66, 1, "1.2 Services"),),
                suggestion="\"Delivery dates are targets.\"", rationale="Every missed date becomes a breach."),
        Finding("payment-terms", "Payment term", "payment", Severity.MEDIUM, Status.WEAK, 0.7,
                "Payment term is weak (section 4.2, page 1): payment is due later than 45 days",
                evidence=(Evidence(pay_text, 300, 300 + len(pay_text), 1, "4.2"),),
                suggestion="\"Client shall pay each invoice within thirty (30) days.\"",
                rationale="A client that pays in 90 days makes the provider fund the project.",
                weak_reasons=("over-45-days",)),
        Finding("breach-notification", "Breach notification with a deadline", "security", Severity.MEDIUM,
                Status.PRESENT, 0.9, "Breach notification with a deadline found (section 5.2, page 1)",
                evidence=(Evidence("5.2 Consultant shall notify Client within 48 hours.", 500, 551, 1, "5.2"),),
                suggestion="\"... within forty-eight (48) hours ...\"", rationale="A clear duty one can meet."),
        Finding("insurance", "Insurance requirements", "liability", Severity.LOW, Status.NOT_VERIFIED, 0.0,
                "Insurance requirements not found, but page(s) 3 could not be read",
                suggestion="\"Consultant shall maintain professional indemnity insurance.\"",
                rationale="Cover as the client may require is a breach waiting to happen."),
        Finding("liquidated-damages", "Liquidated damages", "liability", Severity.MEDIUM, Status.MISSING, 0.0,
                "No liquidated damages clause found (good for you)", kind="risk",
                rationale="Delay damages cost money whoever caused the delay."),
    ]
    roles = {"provider": ["Consultant"], "client": ["Client"], "detected": True}
    names = [{"name": "Bluegate <Consulting> LLC", "role": "provider", "term": "Consultant", "start": 5, "end": 15,
              "page": 1}]
    key_terms = {"parties": dict(roles, names=names),
                 "fees": {"value": "GBP 900 per day", "start": 200, "end": 215, "page": 1},
                 "mystery_term": {"value": "42 widgets", "start": 1, "end": 3, "page": None},
                 "effective_date": {"value": "1 March 2025", "start": 10, "end": 22, "page": 1},
                 "term": None, "renewal": None, "governing_law": {"value": "England and Wales", "start": 900,
                                                                 "end": 917, "page": 3},
                 "payment_term": {"value": "ninety (90) days", "start": 330, "end": 346, "page": 1, "days": 90},
                 "liability_cap": {"value": f"\u00a31,000 {SCRIPT}", "start": 150, "end": 160, "page": 2},
                 "termination_notice": None}
    coverage = {"pages": 3, "pages_without_text": [3], "characters": 4000, "words": 650, "tables": 1,
                "tracked_changes": False, "warnings": ["<b>page 3</b> has no text layer"]}
    return Review(path="contracts/Acme <b>MSA & Co.txt", format="txt", pages=3, characters=4000, coverage=coverage,
                  findings=findings, key_terms=key_terms, perspective="provider", roles=roles,
                  playbooks=[{"name": "Firm <i>standard</i>", "version": "2.1", "path": "firm.yaml"}])


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def visible_html(page: str) -> str:
    """The text a browser shows (tags removed, entities decoded)."""
    import html

    body = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def docx_text(data: bytes) -> str:
    """Every paragraph and table cell of a .docx, with its style name: what a reader sees."""
    import docx

    doc = docx.Document(io.BytesIO(data))
    out = []
    body = doc.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = docx.text.paragraph.Paragraph(child, doc)
            if p.text.strip():
                out.append(f"[{p.style.name}] {p.text}")
        elif tag == "tbl":
            t = docx.table.Table(child, doc)
            for row in t.rows:
                out.append("| " + " | ".join(c.text for c in row.cells) + " |")
    return "\n".join(out) + "\n"


# --- the registry and the CLI agree -----------------------------------------------------------------------

def test_registry_feeds_the_cli_choices():
    assert tuple(FORMATS) == REPORT_FORMATS
    for fmt in FORMATS:
        out = render(fixture_review(), fmt)
        assert isinstance(out, bytes if REGISTRY[fmt].binary else str) and out


def test_binary_format_needs_output():
    r = CliRunner().invoke(cli, ["review", str(PLAIN), "--format", "docx"])
    assert r.exit_code == 2 and "--output" in r.output and len(r.output.strip().splitlines()) == 1


# --- the same content in every human format -------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "docx"])
def test_same_content_in_every_human_format(fmt):
    review = fixture_review()
    out = render(review, fmt)
    text = docx_text(out) if fmt == "docx" else visible_html(out) if fmt == "html" else out
    flat = " ".join(text.split()).replace("\\", "")
    assert "Protection score" in flat and f"{score(review)}/100" in flat.replace(" /100", "/100")
    assert "points earned" in flat  # the formula is explained in the report itself
    assert "Firm" in flat and "2.1" in flat  # playbook named with its version
    assert "England and Wales" in flat and "1 March 2025" in flat  # key terms
    assert 'Bluegate <Consulting> LLC ("Consultant")' in flat and "GBP 900 per day" in flat
    assert "Mystery term" in flat and "42 widgets" in flat  # a key term the reporters do not know yet
    for f in review.findings:
        assert f.title in flat
        if f.is_problem and f.rationale:
            assert " ".join(f.rationale.split()) in flat, (fmt, f.rule_id)
    assert "Each party's total liability shall not exceed" in flat  # suggested language
    assert "7.1 Liability" in flat and "page 2" in flat  # section and page of the quote
    assert "Nothing limits the liability of Consultant" in flat  # the quote itself


def test_score_and_grouping():
    review = fixture_review()
    # weights: liability-cap high weak 1.5/3, change-control high missing 0/3, time-of-essence high risk present 0/3,
    # payment-terms medium weak 1/2, breach-notification medium present 2/2, insurance low not verified 0/1,
    # liquidated-damages medium risk absent 2/2  -> 6.5 / 16
    assert score(review) == round(100 * 6.5 / 16)
    assert "high 3, medium 2, low 1" in SCORE_FORMULA
    families = [fam for fam, _ in by_family(review)]
    assert families[:3] == ["change", "schedule", "liability"]  # high problems, most problem points first
    assert families[-1] == "security"  # nothing to review there
    first = ordered(review)[0]
    assert first.severity == Severity.HIGH and first.status == Status.MISSING


# --- escaping ---------------------------------------------------------------------------------------------

def test_html_escapes_all_contract_text():
    html = render(fixture_review(), "html")
    assert "<script" not in html.lower() and "<img" not in html.lower() and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=&quot;" in html
    assert "default-src 'none'" in html  # CSP: even an escaping bug could not run a script
    assert "\x07" not in html


def test_html_is_self_contained_and_accessible():
    html = render(fixture_review(), "html")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)  # no network
    assert "@import" not in html and "url(" not in html
    assert "@media print" in html
    assert re.search(r'<nav class="toc"', html) and 'href="#liability-cap"' in html and 'id="liability-cap"' in html
    assert html.count("<h1") == 1 and "<h2" in html and "<h3" in html
    # status is written out in words (with a symbol), never colour alone
    assert "MISSING</span>" in html and "WEAK</span>" in html and "RISK</span>" in html


def test_markdown_escapes_markup():
    md = render(fixture_review(), "markdown")
    assert not re.search(r"(?<!\\)<(?:script|img|b>|i>)", md)
    assert not re.search(r"(?<!\\)\]\(javascript", md) and "\\[click\\]" in md  # no live link
    assert "\\*\\*now\\*\\*" in md


def test_docx_is_a_word_file_with_headings_and_clean_text():
    data = render(fixture_review(), "docx")
    assert zipfile.is_zipfile(io.BytesIO(data))
    text = docx_text(data)
    assert "[Title] Contract gap report: Acme <b>MSA & Co.txt" in text  # shown as text, never markup
    assert "[Heading 1] Summary" in text and "[Heading 1] Liability" in text
    assert re.search(r"\[Heading 2\] \S+ WEAK\s+Cap on liability", text)
    assert "[Quote] 7.1 Client" in text and "[Intense Quote]" in text
    assert "| Status | Severity | Protection | Where |" in text
    assert SCRIPT in text and "\x07" not in text


def test_sarif_results_and_locations():
    log = json.loads(render(fixture_review(), "sarif"))
    assert log["version"] == "2.1.0"
    run_ = log["runs"][0]
    results = {r["ruleId"]: r for r in run_["results"]}
    # problems only: the present protection and the absent risk are not results
    assert set(results) == {"liability-cap", "change-control", "time-of-essence", "payment-terms", "insurance"}
    cap = results["liability-cap"]
    assert cap["level"] == "error"
    region = cap["locations"][0]["physicalLocation"]["region"]
    assert region["charOffset"] == 100 and region["charLength"] == len(fixture_review().findings[0].evidence[0].text)
    assert "region" not in results["change-control"]["locations"][0]["physicalLocation"]
    rules = run_["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run_["results"])


def test_sarif_has_no_char_region_for_pdf():
    r = run("review", WEAK_PDF, "--format", "sarif")
    assert r.exit_code == 0
    results = json.loads(r.output)["runs"][0]["results"]
    assert results and all("region" not in x["locations"][0]["physicalLocation"] for x in results)
    with_quote = [x for x in results if x["locations"][0].get("properties", {}).get("page")]
    assert with_quote  # page and quote travel as properties instead


def test_json_keys_sorted():
    out = render(fixture_review(), "json")
    data = json.loads(out)
    assert out == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# --- terminal report --------------------------------------------------------------------------------------

def test_text_piped_is_plain_and_indented():
    out = render(fixture_review(), "text", color=False, width=80)
    assert "\x1b[" not in out
    assert all(len(line) <= 80 for line in out.splitlines())
    assert all(line == line.rstrip() for line in out.splitlines())
    lines = out.splitlines()
    i = next(n for n, line in enumerate(lines) if line.startswith("[WEAK] Cap on liability"))
    block = []
    for line in lines[i + 1:]:
        if not line:
            break
        block.append(line)
    assert len(block) > 3 and all(line.startswith("    ") for line in block)  # wrapped lines stay indented


def test_text_colour_only_when_asked():
    assert "\x1b[" in render(fixture_review(), "text", color=True)
    r = run("review", PLAIN, "--color")
    assert "\x1b[" in r.output
    assert "\x1b[" not in run("review", PLAIN).output


# --- every format through the CLI on a real sample ----------------------------------------------------------

@pytest.mark.parametrize("fmt", REPORT_FORMATS)
def test_cli_writes_every_format(tmp_path, fmt):
    out = tmp_path / f"report{REGISTRY[fmt].suffix}"
    r = run("review", WEAK_PDF, "--format", fmt, "--output", out)
    assert r.exit_code == 0, r.output
    data = out.read_bytes()
    assert len(data) > 1000
    if fmt == "docx":
        text = docx_text(data)
        assert "[Heading 1] Summary" in text and "Cap on liability" in text
    else:
        assert "Cap on liability" in data.decode("utf-8")


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_html_colours_pass_wcag_aa():
    from analyzer.report.html import CSS

    var = dict(re.findall(r"--([\w-]+):(#[0-9a-fA-F]{6})", CSS))
    pairs = [("ink", "paper"), ("muted", "paper"), ("muted", "tint"), ("link", "paper"), ("link", "tint"),
             ("bad", "bad-bg"), ("weak", "weak-bg"), ("ok", "ok-bg"), ("unknown", "unknown-bg"), ("bad", "paper")]
    for fg, bg in pairs:
        assert contrast(var[fg], var[bg]) >= 4.5, (fg, bg, round(contrast(var[fg], var[bg]), 2))
    assert contrast("#000000", "#ffffff") == pytest.approx(21)


def test_perspective_in_words():
    from dataclasses import replace

    client = replace(fixture_review(), perspective="client")
    assert "the client (the buyer of the services)" in visible_html(render(client, "html"))
    assert "| Reviewed for | the client (the buyer of the services) |" in docx_text(render(client, "docx"))


def test_markdown_renders_without_live_markup():
    """Through a real CommonMark renderer (markdown-it-py, which rich already needs; raw HTML allowed)."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").enable("table").render(render(fixture_review(), "markdown"))
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert 'href="javascript' not in html and "<strong>now</strong>" not in html
    assert "&lt;script&gt;" in html
    assert "<h2>Liability</h2>" in html and "<table>" in html  # the report's own markup still works


# --- a finding that cites many places ------------------------------------------------------------------

def test_many_places_quote_the_first_few_and_list_the_rest_by_location():
    places = [Evidence(f"9.{i} Each party's liability under part {i} shall not exceed the fees.", 100 * i,
                       100 * i + 60, i, f"9.{i}") for i in range(1, 6)]
    places.append(Evidence("The cap in this SOW is USD 50,000 and the rest of this sentence is long.", 900, 970))
    cap = Finding("liability-cap", "Cap on liability", "liability", Severity.HIGH, Status.PRESENT, 0.9,
                  "Cap on liability found (section 9.1, page 1)", evidence=tuple(places))
    review = fixture_review()
    review.findings = [cap]
    for fmt, quoted in (("text", 2), ("markdown", 3), ("html", 3), ("docx", 3)):
        out = render(review, fmt)
        text = docx_text(out) if fmt == "docx" else visible_html(out) if fmt == "html" else out
        flat = " ".join(text.split()).replace("\\", "")
        for i in range(1, 6):
            assert (f"under part {i} shall" in flat) == (i <= quoted), (fmt, i)
        rest = "; ".join(f"section 9.{i}, page {i}" for i in range(quoted + 1, 6))
        assert f"lso: {rest}; \"The cap in this SOW is USD 50,000 ...\"" in flat, fmt
    data = json.loads(render(review, "json"))
    assert [e["start"] for e in data["findings"][0]["evidence"]] == [e.start for e in places]  # JSON: every place


def test_places_in_one_section_are_named_once_with_their_count():
    from analyzer.report.common import quoted_and_rest

    places = [Evidence(f"Clause {i} of the schedule section.", 10 * i, 10 * i + 8, None, "Schedule")
              for i in range(6)]
    places.append(Evidence("Another clause elsewhere.", 500, 520, 2, "7.1"))
    places.append(Evidence("Clause 9 back in the schedule.", 600, 620, None, "Schedule"))
    f = Finding("milestones", "Milestones", "schedule", Severity.MEDIUM, Status.PRESENT, 0.9,
                "found", evidence=tuple(places))
    shown, also = quoted_and_rest(f, 2)
    assert len(shown) == 2
    assert also == "also: Schedule (5 places); section 7.1, page 2"


def test_text_report_shortens_a_long_clause_around_the_words_that_matched():
    # A sub-clause quoted whole can run past what the terminal shows; its deciding sentence must stay
    # visible, after the clause's opening words, not be cut off behind "...".
    from analyzer.engine import Analyzer
    from analyzer.ingest.text import document_from_text
    from conftest import demo_rule

    filler = " ".join(f"The parties record point {i} of their dealings, in some detail, here." for i in range(6))
    text = f"8.4. Compliance. {filler} On request, Provider shall describe the scope of its checks."
    review = Analyzer(rules=(demo_rule(),)).review_document(document_from_text(text))
    ev = review.findings[0].evidence[0]
    assert ev.focus is not None and text[ev.focus[0]:ev.focus[1]].startswith("On request")
    whole = one_line_of(render(review, "text"))
    assert '> "8.4. Compliance. The parties record point 0 of their ... On request, Provider shall describe the scope of its checks."' in whole
    assert "point 3 of" not in whole  # the middle is left out, not the matched sentence


def one_line_of(text: str) -> str:
    return " ".join(text.split())
