"""Self-contained HTML gap report: one file, inline CSS, no script, no network; opens, prints and forwards.

Every piece of contract text goes through html.escape, and a Content-Security-Policy that allows no
script is the second lock: a contract containing ``<script>`` shows it as text and runs nothing.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from html import escape

from analyzer import __version__
from analyzer.findings import Finding, Review, Status
from analyzer.report import Options
from analyzer.report.common import (DISCLAIMER, SCORE_FORMULA, by_family, coverage_line, family_name, headline,
                                    key_term_lines, label, location, method_line, one_line, playbook_line,
                                    quoted_and_rest, score, severity_rows, side, status_counts, STATUS_SYMBOL)

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
STATUS_CLASS = {"present": "ok", "absent (good)": "ok", "WEAK": "weak", "MISSING": "bad", "RISK": "bad",
                "not verified": "unknown"}

CSS = """
:root { --ink:#1a1a1a; --muted:#4d4d4d; --rule:#d0d4da; --paper:#ffffff; --tint:#f5f6f8; --link:#0b4fb3;
  --bad:#8a1c1c; --bad-bg:#fdecea; --bad-edge:#c62828; --weak:#6a4300; --weak-bg:#fff3d4; --weak-edge:#b7791f;
  --ok:#1b5e20; --ok-bg:#e7f4e8; --ok-edge:#2e7d32; --unknown:#4a148c; --unknown-bg:#f3e5f5; --unknown-edge:#7b1fa2; }
* { box-sizing: border-box; }
html { font-size: 16px; }
body { margin: 0; color: var(--ink); background: var(--paper); line-height: 1.5;
  font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
.page { max-width: 62rem; margin: 0 auto; padding: 2rem 2.5rem 3rem; }
a { color: var(--link); }
a:focus, a:hover { text-decoration-thickness: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
header.report { border-bottom: 3px solid var(--ink); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: var(--muted); margin: 0; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: .2rem 0 .8rem; overflow-wrap: anywhere; }
h2 { font-size: 1.4rem; margin: 2.2rem 0 .8rem; padding-bottom: .3rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 0 0 .4rem; }
h4 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 1rem 0 .3rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.2rem; margin: 0; font-size: .95rem; }
dl.meta dt { font-weight: 600; }
#key-terms th[scope="row"] { width: 15rem; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
nav.toc { background: var(--tint); border: 1px solid var(--rule); border-radius: 6px; padding: .8rem 1.2rem; }
nav.toc h2 { font-size: 1rem; margin: 0 0 .4rem; border: 0; padding: 0; }
nav.toc ol { margin: 0; padding-left: 1.3rem; columns: 2; column-gap: 2rem; }
nav.toc li { break-inside: avoid; }
.toc-count { color: var(--muted); font-size: .9rem; }
.summary { display: grid; grid-template-columns: 12rem 1fr; gap: 1.5rem; align-items: start; }
.scorecard { border: 2px solid var(--edge); background: var(--bg); color: var(--fg); border-radius: 8px;
  padding: 1rem; text-align: center; }
.scorecard .num { font-size: 3rem; font-weight: 700; line-height: 1; }
.scorecard .of { font-size: 1.2rem; }
.scorecard .what { display: block; font-weight: 600; margin-top: .3rem; }
.scorecard .band { display: block; font-size: .9rem; }
.headline { font-size: 1.15rem; font-weight: 600; margin: 0 0 .6rem; }
.formula { font-size: .88rem; color: var(--muted); border-left: 3px solid var(--rule); padding-left: .8rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem; border-bottom: 1px solid var(--rule); }
thead th { border-bottom: 2px solid var(--ink); font-size: .85rem; text-transform: uppercase; letter-spacing: .04em; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.notfound { color: var(--muted); font-style: italic; }
.badge { display: inline-block; border: 1.5px solid var(--edge); background: var(--bg); color: var(--fg);
  border-radius: 4px; padding: 0 .45rem; font-size: .78rem; font-weight: 700; letter-spacing: .05em;
  white-space: nowrap; vertical-align: .12em; }
.warning { border: 1.5px solid var(--edge); background: var(--bg); color: var(--fg); border-radius: 4px;
  padding: .4rem .7rem; margin: .6rem 0 0; }
.ok { --fg: var(--ok); --bg: var(--ok-bg); --edge: var(--ok-edge); }
.weak { --fg: var(--weak); --bg: var(--weak-bg); --edge: var(--weak-edge); }
.bad { --fg: var(--bad); --bg: var(--bad-bg); --edge: var(--bad-edge); }
.unknown { --fg: var(--unknown); --bg: var(--unknown-bg); --edge: var(--unknown-edge); }
.sev { font-weight: 600; }
.sev-high { color: var(--bad); }
article.finding { border: 1px solid var(--rule); border-left: 6px solid var(--edge); border-radius: 6px;
  padding: 1rem 1.2rem; margin: 0 0 1rem; background: #fff; }
article.finding.ok { border-left-color: var(--ok-edge); }
article.finding .facts { margin: 0 0 .5rem; color: var(--muted); font-size: .9rem; }
article.finding .message { margin: .3rem 0; }
code { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: .88em; background: var(--tint);
  padding: 0 .25rem; border-radius: 3px; }
figure { margin: 0 0 .6rem; }
blockquote { margin: 0; padding: .5rem .9rem; background: var(--tint); border-left: 3px solid #8a8f98;
  font-family: Georgia, "Times New Roman", "Liberation Serif", serif; overflow-wrap: anywhere; }
blockquote.suggest { background: #eef4fc; border-left-color: var(--link); }
figcaption { font-size: .85rem; color: var(--muted); margin-top: .2rem; }
.present-list { font-size: .95rem; }
p.also { font-size: .85rem; color: var(--muted); font-style: italic; }
footer.report { margin-top: 2.5rem; padding-top: .8rem; border-top: 1px solid var(--rule); font-size: .85rem;
  color: var(--muted); }
@media (max-width: 40rem) { .page { padding: 1rem; } .summary { grid-template-columns: 1fr; }
  th, td { padding: .3rem; overflow-wrap: anywhere; } table { font-size: .85rem; }
  nav.toc ol { columns: 1; } }
@media print {
  html { font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  .skip { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  nav.toc { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  article.finding, figure, tr, .summary { break-inside: avoid; }
}
@page { margin: 16mm 14mm; }
"""


def _e(text: str | None) -> str:
    return escape(one_line(text), quote=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _badge(f: Finding) -> str:
    lab = label(f)
    return (f'<span class="badge {STATUS_CLASS[lab]}"><span aria-hidden="true">{STATUS_SYMBOL[lab]}</span> '
            f'{escape(lab.upper())}</span>')


def _band(s: int | None) -> tuple[str, str]:
    if s is None:
        return "unknown", "no weighted rules"
    if s >= 80:
        return "ok", "most protections in place"
    if s >= 50:
        return "weak", "several gaps to negotiate"
    return "bad", "major gaps: review before signing"


def _finding(f: Finding) -> list[str]:
    lab = label(f)
    out = [f'<article class="finding {STATUS_CLASS[lab]}" id="{escape(f.rule_id)}" '
           f'aria-labelledby="{escape(f.rule_id)}-h">',
           f'<h3 id="{escape(f.rule_id)}-h">{_badge(f)} {_e(f.title)}</h3>',
           f'<p class="facts"><span class="sev sev-{escape(f.severity.value)}">Severity: '
           f'{escape(f.severity.value.capitalize())}</span> &middot; Rule <code>{escape(f.rule_id)}</code>'
           + (" &middot; a clause that hurts the signer when present" if f.kind == "risk" else "") + "</p>",
           f'<p class="message">{_e(f.message)}</p>']
    if f.evidence:
        out.append(f"<h4>What the contract says</h4>")
        shown, also = quoted_and_rest(f)
        for e in shown:
            where = location(e)
            out.append(f"<figure><blockquote>{_e(e.text)}</blockquote>"
                       + (f"<figcaption>{_e(where[:1].upper() + where[1:])}</figcaption>" if where else "") + "</figure>")
        if also:
            out.append(f'<p class="also">{_e(also[:1].upper() + also[1:])}</p>')
    if f.is_problem and f.rationale:
        out += ["<h4>Why it matters</h4>", f"<p>{_e(f.rationale)}</p>"]
    if f.is_problem and f.suggestion:
        out += ["<h4>Suggested language</h4>", f'<blockquote class="suggest">{_e(f.suggestion)}</blockquote>']
    out.append("</article>")
    return out


def render(review: Review, options: Options = Options()) -> str:
    groups = by_family(review)
    s = score(review)
    band, band_text = _band(s)
    name = review.path.replace("\\", "/").rsplit("/", 1)[-1]
    today = datetime.now(timezone.utc)
    generated = f"{today.day} {today:%B %Y}"
    problems = [f for _, fs in groups for f in fs if f.is_problem]

    h = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
         f'<meta name="generator" content="contract-analyzer {escape(__version__)}">',
         f"<title>Contract review: {_e(name)}</title>", f"<style>{CSS}</style>", "</head>", "<body>",
         '<a class="skip" href="#findings-start">Skip to findings</a>', '<div class="page">',
         '<header class="report">', '<p class="eyebrow">Contract gap report</p>', f"<h1>{_e(name)}</h1>",
         '<dl class="meta">', f"<dt>Document</dt><dd>{_e(review.path)}</dd>",
         f"<dt>Reviewed for</dt><dd>{escape(side(review))}</dd>"]
    if playbook_line(review):
        h.append(f"<dt>Playbook</dt><dd>{_e(playbook_line(review))}</dd>")
    h += [f"<dt>Coverage</dt><dd>{_e(coverage_line(review))}</dd>",
          f"<dt>Method</dt><dd>{_e(method_line(review))}</dd>",
          f"<dt>Generated</dt><dd>{generated} by contract-analyzer {escape(__version__)}</dd>", "</dl>"]
    for w in review.coverage.get("warnings", []):
        h.append(f'<p class="warning unknown" role="note"><strong>Warning:</strong> {_e(w)}</p>')
    h += ["</header>", '<nav class="toc" aria-labelledby="toc-h">', '<h2 id="toc-h">Contents</h2>', "<ol>",
          '<li><a href="#summary">Summary</a></li>', '<li><a href="#key-terms">Key terms</a></li>']
    for family, fs in groups:
        n = sum(f.is_problem for f in fs)
        h.append(f'<li><a href="#family-{_slug(family)}">{_e(family_name(family))}</a> '
                 f'<span class="toc-count">({n} to review)</span></li>' if n else
                 f'<li><a href="#family-{_slug(family)}">{_e(family_name(family))}</a> '
                 f'<span class="toc-count">(in place)</span></li>')
    h += ['<li><a href="#about">About this report</a></li>', "</ol>", "</nav>", "<main>"]

    # Summary: score, counts by severity, and the list of what needs attention
    h += ['<section id="summary" aria-labelledby="summary-h">', '<h2 id="summary-h">Summary</h2>',
          '<div class="summary">',
          f'<p class="scorecard {band}"><span class="num">{s if s is not None else "n/a"}</span>'
          f'<span class="of">/100</span><span class="what">Protection score</span>'
          f'<span class="band">{escape(band_text)}</span></p>', "<div>",
          f'<p class="headline">{_e(headline(review))}</p>',
          "<table><caption>Problems by severity</caption><thead><tr><th scope=\"col\">Severity</th>"
          '<th scope="col" class="n">Problems</th><th scope="col" class="n">Missing or risk present</th>'
          '<th scope="col" class="n">Weak</th></tr></thead><tbody>']
    for sev, n, missing, weak in severity_rows(review):
        h.append(f'<tr><th scope="row" class="sev sev-{sev}">{sev.capitalize()}</th><td class="n">{n}</td>'
                 f'<td class="n">{missing}</td><td class="n">{weak}</td></tr>')
    h += ["</tbody></table>",
          "<p>All checks: " + ", ".join(f"{n} {escape(lab)}" for lab, n in status_counts(review)) + ".</p>",
          "</div>", "</div>",
          f'<p class="formula"><strong>How the score is computed.</strong> {escape(SCORE_FORMULA)}</p>']
    if problems:
        h += ["<table><caption>Needs attention, worst first</caption><thead><tr><th scope=\"col\">Status</th>"
              '<th scope="col">Severity</th><th scope="col">Protection</th><th scope="col">Where</th></tr>'
              "</thead><tbody>"]
        for f in sorted(problems, key=lambda f: (-f.severity.rank, f.status != Status.MISSING, f.title)):
            where = location(f.evidence[0]) if f.evidence else "not found in the document"
            h.append(f"<tr><td>{_badge(f)}</td><td class=\"sev sev-{f.severity.value}\">"
                     f"{f.severity.value.capitalize()}</td><td><a href=\"#{escape(f.rule_id)}\">{_e(f.title)}</a>"
                     f"</td><td>{_e(where)}</td></tr>")
        h.append("</tbody></table>")
    h.append("</section>")

    h += ['<section id="key-terms" aria-labelledby="key-terms-h">', '<h2 id="key-terms-h">Key terms</h2>',
          '<table><thead><tr><th scope="col">Term</th><th scope="col">As read from the document</th></tr>'
          "</thead><tbody>"]
    for k, v in key_term_lines(review):
        cell = f'<span class="notfound">{_e(v)}</span>' if v == "not found" else _e(v)
        h.append(f'<tr><th scope="row">{_e(k)}</th><td>{cell}</td></tr>')
    h += ["</tbody></table>", "</section>", '<div id="findings-start"></div>']

    for family, fs in groups:
        slug = _slug(family)
        h += [f'<section id="family-{slug}" aria-labelledby="family-{slug}-h">',
              f'<h2 id="family-{slug}-h">{_e(family_name(family))}</h2>']
        for f in fs:
            h += _finding(f)
        h.append("</section>")

    h += ['<section id="about" aria-labelledby="about-h">', '<h2 id="about-h">About this report</h2>',
          f"<p>Perspective: the report looks for the protections <strong>{escape(side(review))}</strong> "
          "needs. Each finding is <em>present</em>, <em>weak</em> "
          "(found, but a stated condition makes it less protective), <em>missing</em>, or <em>not verified</em> "
          "(not found, but part of the document had no readable text). Quotes are copied from the text the "
          "tool extracted, with the section and page where they were found.</p>",
          f"<p>{escape(SCORE_FORMULA)}</p>"]
    if review.playbooks:
        h.append("<p>Playbooks applied, in order: " + ", ".join(
            f"{_e(str(p.get('name')))} (version {_e(str(p.get('version')))})" for p in review.playbooks) + ".</p>")
    h += [f"<p>{escape(DISCLAIMER)}</p>", "</section>", "</main>",
          f'<footer class="report">Generated {generated} by contract-analyzer {escape(__version__)}. '
          f"{_e(review.path)}</footer>", "</div>", "</body>", "</html>", ""]
    return "\n".join(h)
