"""The HTML report in a real headless browser: it renders, logs no console error, runs no script from the
contract, and its screenshot is not blank. Skipped (with the reason) when no Chromium is installed.

Install on Debian/Ubuntu: apt-get update && apt-get install -y chromium (see docs/reports.md).
Set CHROMIUM=/path/to/chrome to use another Chromium-based browser.
"""

import os
import re
import shutil
import subprocess

import pytest

from analyzer.report import render
from conftest import SAMPLES
from test_reports import fixture_review

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def _browser() -> str | None:
    if os.environ.get("CHROMIUM"):
        return os.environ["CHROMIUM"]
    return next((shutil.which(c) for c in CANDIDATES if shutil.which(c)), None)


BROWSER = _browser()
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium found (apt-get install chromium, or set "
                                                        "CHROMIUM=/path/to/browser)")


def chromium(tmp_path, html_file, *args) -> subprocess.CompletedProcess:
    cmd = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-extensions",
           f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0", *args,
           html_file.as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def console_errors(stderr: str) -> list[str]:
    """Console messages and CSP violations from the page (not the browser's own dbus/GPU noise)."""
    return [line for line in stderr.splitlines()
            if re.search(r"CONSOLE|Uncaught|Content Security Policy|Refused to", line)]


@pytest.fixture(scope="module")
def sample_html(tmp_path_factory):
    from analyzer.engine import Analyzer

    review = Analyzer().review_path(SAMPLES / "one-sided-agreement-weak.pdf")
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render(review, "html"), encoding="utf-8")
    return path


def test_sample_report_renders_without_console_errors(tmp_path, sample_html):
    from PIL import Image, ImageStat

    shot = tmp_path / "report.png"
    r = chromium(tmp_path, sample_html, f"--screenshot={shot}", "--window-size=1200,2000")
    assert shot.exists(), r.stderr[-2000:]
    assert console_errors(r.stderr) == []
    image = Image.open(shot).convert("L")
    assert image.size == (1200, 2000)
    stat = ImageStat.Stat(image)
    assert stat.stddev[0] > 20, "the screenshot is (nearly) blank"
    # ink on the page: a report, not an empty white window with a stray line
    dark = sum(image.histogram()[:128]) / (image.size[0] * image.size[1])
    assert dark > 0.01


def test_contract_script_does_not_run(tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text(render(fixture_review(), "html"), encoding="utf-8")
    r = chromium(tmp_path, page, "--dump-dom")
    assert r.returncode == 0, r.stderr[-2000:]
    dom = r.stdout
    assert "Contract gap report" in dom
    assert 'data-pwned="1"' not in dom  # the contract's <script> would set this attribute if it ran
    assert "<title>Contract review" in dom and "pwned" not in dom.split("<title>")[1].split("</title>")[0]
    assert "&lt;script&gt;" in dom  # shown as text instead
    assert console_errors(r.stderr) == []


def test_console_error_check_can_fail(tmp_path):
    """The detector above really sees page errors: a broken page must produce some."""
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><html lang='en'><body><script>undefinedFunction()</script></body></html>",
                    encoding="utf-8")
    r = chromium(tmp_path, page, "--dump-dom")
    assert any("undefinedFunction" in line for line in console_errors(r.stderr))
