"""Regenerate the project's sample contracts deterministically.

Why: the analyzer needs realistic inputs in every supported format (DOCX,
PDF, TXT) with known protections present, weak or missing, and the files
must be reproducible byte for byte so that they can be committed and
re-checked.  All contract text below is original and fictional.

Run:  python samples/build_samples.py
Writes next to this script:
  it-services-agreement-strong.docx  provider-friendly, well protected
  one-sided-agreement-weak.pdf       client-drafted, bad for the provider
  statement-of-work.docx             SOW under a master agreement
  plain-services-agreement.txt       short plain-English agreement
"""

from __future__ import annotations

import datetime as _dt
import io
import sys
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
from simplepdf import write_pdf  # noqa: E402

FIXED_DATE = _dt.datetime(2024, 1, 15, 9, 0, 0, tzinfo=_dt.timezone.utc)

# --------------------------------------------------------------------------
# 1. Strong, provider-friendly IT services agreement (DOCX)
# Block kinds: title, para, heading (Heading 1), table (rows), bullet, number
# --------------------------------------------------------------------------
STRONG = [
    ("title", "IT Services Agreement"),
    ("para", "This IT Services Agreement (the \"Agreement\") is made as of March 1, 2024 "
             "(the \"Effective Date\") between Bluegate Systems Consulting LLC, a New York "
             "limited liability company (\"Consultant\"), and Harborview Retail Group, Inc., "
             "a Delaware corporation (\"Client\"). Consultant and Client are each a \"Party\"."),
    ("heading", "1. Scope of Services"),
    ("para", "1.1 Services. Consultant will provide the information technology consulting, "
             "configuration and implementation services described in this Section 1 and in any "
             "statement of work signed by both Parties (each an \"SOW\") (together, the "
             "\"Services\"). Work not described in this Agreement or an SOW is outside the scope "
             "of the Services."),
    ("para", "1.2 Deliverables. Consultant will deliver the following items (the "
             "\"Deliverables\"): (a) a current-state assessment report of Client's order "
             "management systems; (b) a target architecture document; (c) a configured and "
             "tested integration between Client's e-commerce platform and its warehouse system; "
             "and (d) administrator runbooks and two remote training sessions."),
    ("para", "1.3 Assumptions. The fees and schedule are based on the following assumptions: "
             "Client's systems are available for testing during business hours; no more than "
             "three source systems are in scope; Client's data is supplied in a documented, "
             "machine-readable format; and Client decisions are made within three business days "
             "of a request. If an assumption proves incorrect, the Parties will handle the "
             "impact through the change order process in Section 4."),
    ("para", "1.4 Exclusions. Unless expressly included in an SOW, the Services exclude: "
             "hardware procurement; third-party software licences; data cleansing beyond the "
             "agreed migration rules; ongoing support after the final milestone; and any legal, "
             "tax or regulatory compliance advice."),
    ("heading", "2. Client Obligations and Dependencies"),
    ("para", "2.1 Client will (a) appoint a project sponsor with authority to make decisions; "
             "(b) give Consultant timely access to personnel, premises, systems and data; "
             "(c) provide complete and accurate information; and (d) obtain any third-party "
             "consents needed for Consultant to access Client systems."),
    ("para", "2.2 Consultant's performance depends on Client meeting these obligations. "
             "Consultant is not responsible for any failure or delay to the extent caused by "
             "Client, its contractors or its third-party vendors."),
    ("heading", "3. Milestones, Delays and Force Majeure"),
    ("para", "3.1 Milestones. Consultant will use commercially reasonable efforts to achieve the "
             "milestones in the table below. Dates are estimates and are not of the essence."),
    ("table", [
        ["Milestone", "Target date", "Fee (USD)"],
        ["M1 Assessment report delivered", "April 12, 2024", "30,000"],
        ["M2 Target architecture approved", "May 10, 2024", "25,000"],
        ["M3 Integration accepted", "July 19, 2024", "60,000"],
        ["M4 Runbooks and training completed", "August 16, 2024", "15,000"],
    ]),
    ("para", "3.2 Client-Caused Delay. If Client fails to perform an obligation under Section 2 "
             "or delays a decision, review or approval, the affected milestone dates are extended "
             "by at least the period of the delay, and Client will reimburse Consultant's "
             "reasonable costs caused by the delay, including standby time at the rates in the "
             "applicable SOW."),
    ("para", "3.3 Force Majeure. Neither Party is liable for failure or delay in performing its "
             "obligations (other than payment obligations) caused by events beyond its reasonable "
             "control, including natural disasters, epidemics, war, terrorism, labour disputes, "
             "failures of public utilities or networks, and acts of government. The affected "
             "Party will notify the other Party promptly and resume performance as soon as "
             "practicable. If a force majeure event continues for more than 60 days, either "
             "Party may terminate the affected SOW on written notice."),
    ("heading", "4. Change Orders"),
    ("para", "4.1 Either Party may request a change to the Services. No change is binding unless "
             "it is set out in a written change order signed by authorised representatives of "
             "both Parties. Each change order will state the change in scope and the resulting "
             "adjustment to the fees and the schedule."),
    ("para", "4.2 Consultant is not obliged to perform changed or additional work until a change "
             "order is signed. If Client directs additional work without a change order, that "
             "work is chargeable at Consultant's then-current time and materials rates."),
    ("heading", "5. Acceptance"),
    ("para", "5.1 Acceptance Criteria. Each Deliverable will be tested against the objective "
             "acceptance criteria in the applicable SOW, or if none are stated, against material "
             "conformance with its written specification (the \"Acceptance Criteria\")."),
    ("para", "5.2 Acceptance Period. Client will review each Deliverable within ten (10) "
             "business days after delivery (the \"Acceptance Period\") and either accept it in "
             "writing or give a written notice of rejection describing in reasonable detail each "
             "failure to meet the Acceptance Criteria."),
    ("para", "5.3 Deemed Acceptance. A Deliverable is deemed accepted if Client does not give a "
             "compliant rejection notice within the Acceptance Period, or if Client uses the "
             "Deliverable in live production."),
    ("para", "5.4 Correction and Resubmission. If Client validly rejects a Deliverable, "
             "Consultant will correct the identified non-conformities and resubmit the "
             "Deliverable, after which a new Acceptance Period applies to the corrected items "
             "only. Rejection may not be based on matters outside the Acceptance Criteria."),
    ("heading", "6. Data Security"),
    ("para", "6.1 Security Measures. Consultant will maintain administrative, technical and "
             "physical safeguards aligned with ISO/IEC 27001 to protect Client data in its "
             "possession, including access control, encryption of data in transit and at rest, "
             "and staff security training."),
    ("para", "6.2 Breach Notification. Consultant will notify Client in writing within 48 hours "
             "after becoming aware of a security incident that results in unauthorised access to "
             "Client data, and will provide reasonable information and cooperation to help "
             "Client respond."),
    ("para", "6.3 Return and Deletion. Within 30 days after termination or expiry, or earlier on "
             "Client's written request, Consultant will return Client data in a commonly used "
             "format and then securely delete its copies, except copies it must keep by law or "
             "that sit in routine backups, which remain subject to Section 7."),
    ("heading", "7. Confidentiality"),
    ("para", "7.1 Each Party will use the other Party's Confidential Information only to perform "
             "or receive the Services and will protect it using at least reasonable care. "
             "\"Confidential Information\" means non-public information disclosed by a Party "
             "that is marked confidential or would reasonably be understood to be confidential, "
             "but does not include information that is public through no fault of the recipient, "
             "already known to the recipient, independently developed, or rightfully received "
             "from a third party."),
    ("para", "7.2 Survival. The obligations in this Section 7 survive termination or expiry of "
             "this Agreement for three (3) years, and for trade secrets for as long as they "
             "remain trade secrets under applicable law."),
    ("heading", "8. Limitation of Liability"),
    ("para", "8.1 Liability Cap. Each Party's total aggregate liability arising out of or "
             "relating to this Agreement will not exceed the total fees paid by Client to "
             "Consultant under this Agreement in the twelve (12) months preceding the event "
             "giving rise to the claim."),
    ("para", "8.2 Exclusion of Consequential Damages. In no event will either Party be liable to "
             "the other for any indirect, incidental, special, consequential or punitive damages, "
             "or for lost profits, lost revenue, loss of data or loss of goodwill, even if "
             "advised of the possibility of such damages."),
    ("para", "8.3 Exceptions. Sections 8.1 and 8.2 do not limit Client's obligation to pay fees, "
             "either Party's liability for fraud, or liability that cannot be limited by law."),
    ("heading", "9. Indemnification"),
    ("para", "9.1 By Consultant. Consultant will defend Client against any third-party claim "
             "alleging that a Deliverable, as delivered, infringes that third party's "
             "intellectual property rights, and will pay damages finally awarded on that claim."),
    ("para", "9.2 By Client. Client will defend Consultant against any third-party claim "
             "arising from materials, data or instructions supplied by Client, or from Client's "
             "modification or combination of a Deliverable, and will pay damages finally awarded "
             "on that claim."),
    ("para", "9.3 Procedure. Each indemnity is limited to third-party claims, applies only if "
             "the indemnified Party gives prompt notice, sole control of the defence and "
             "reasonable cooperation, and is subject to Section 8."),
    ("heading", "10. Insurance"),
    ("para", "10.1 During the term Consultant will maintain: commercial general liability "
             "insurance of USD 1,000,000 per occurrence; professional liability (errors and "
             "omissions) insurance of USD 2,000,000 per claim; cyber liability insurance of "
             "USD 2,000,000 per claim; and workers' compensation as required by law. Consultant "
             "will provide certificates of insurance on request."),
    ("heading", "11. Warranties"),
    ("para", "11.1 Services Warranty. Consultant warrants that the Services will be performed in "
             "a professional and workmanlike manner consistent with generally accepted industry "
             "standards. Client must notify Consultant of any breach of this warranty within "
             "ninety (90) days after performance of the affected Services."),
    ("para", "11.2 Exclusive Remedy. Client's exclusive remedy, and Consultant's sole "
             "obligation, for breach of Section 11.1 is for Consultant to re-perform the "
             "non-conforming Services at no additional charge."),
    ("para", "11.3 Disclaimer. Except as expressly stated in this Section 11, Consultant makes "
             "no other warranties, express or implied, and disclaims all implied warranties, "
             "including warranties of merchantability, fitness for a particular purpose and "
             "non-infringement."),
    ("para", "11.4 No Guarantee of Results; Reliance on Client Information. Consultant does not "
             "guarantee any particular business outcome, cost saving or result from the "
             "Services. Consultant may rely on information, data and instructions supplied by "
             "Client without independent verification and is not responsible for errors caused "
             "by inaccurate or incomplete Client information."),
    ("heading", "12. Intellectual Property"),
    ("para", "12.1 Deliverables. Upon Consultant's receipt of full payment for a Deliverable, "
             "ownership of the intellectual property rights in that Deliverable passes to "
             "Client. Until payment, Client has a limited licence to use the Deliverable for "
             "evaluation only."),
    ("para", "12.2 Background IP. Consultant retains all rights in its pre-existing materials, "
             "tools, methods, know-how and generic components, whether created before or "
             "independently of this Agreement (\"Background IP\"). To the extent Background IP "
             "is incorporated into a Deliverable, Consultant grants Client a non-exclusive, "
             "perpetual, royalty-free licence to use it as part of that Deliverable."),
    ("heading", "13. Fees and Payment"),
    ("para", "13.1 Invoicing. Consultant will invoice each milestone fee on achievement of the "
             "milestone, and time and materials work monthly in arrears. Client will pay each "
             "undisputed invoice within thirty (30) days of the invoice date (net 30)."),
    ("para", "13.2 Late Payment. Overdue amounts bear interest at one percent (1%) per month, or "
             "the maximum rate permitted by law if lower, from the due date until paid."),
    ("para", "13.3 Suspension. If any undisputed amount is more than fifteen (15) days overdue, "
             "Consultant may, after giving five business days' written notice, suspend the "
             "Services until all overdue amounts are paid, and the schedule will be extended "
             "accordingly."),
    ("heading", "14. Term and Termination"),
    ("para", "14.1 Termination for Convenience. Either Party may terminate this Agreement or any "
             "SOW for convenience by giving thirty (30) days' written notice to the other Party."),
    ("para", "14.2 Termination for Cause. Either Party may terminate this Agreement if the other "
             "Party materially breaches it and fails to cure the breach within thirty (30) days "
             "after receiving written notice describing the breach."),
    ("para", "14.3 Effect of Termination. On any termination Client will pay Consultant for all "
             "Services performed and expenses incurred up to the effective date of termination, "
             "including a pro rata portion of the fee for any milestone in progress, and for any "
             "non-cancellable commitments made for Client. Sections 6.3, 7, 8, 9, 12, 13 and 16 "
             "survive termination."),
    ("heading", "15. Non-Solicitation"),
    ("para", "15.1 During the term and for twelve (12) months after termination or expiry, "
             "neither Party will directly solicit for employment any employee of the other Party "
             "who was materially involved in the Services, without the other Party's written "
             "consent. General advertisements not targeted at the other Party's staff are not "
             "solicitation."),
    ("heading", "16. Governing Law and Disputes"),
    ("para", "16.1 This Agreement is governed by the laws of the State of New York, without "
             "regard to its conflict of laws rules. The state and federal courts located in New "
             "York County, New York have exclusive jurisdiction over any dispute arising from "
             "this Agreement, and each Party submits to their jurisdiction."),
    ("heading", "17. General"),
    ("para", "17.1 This Agreement, together with each SOW, is the entire agreement between the "
             "Parties on its subject matter. Amendments must be in writing and signed by both "
             "Parties. Consultant is an independent contractor. Notices must be in writing and "
             "sent to the addresses stated in the signature block."),
    ("para", "IN WITNESS WHEREOF, the Parties have signed this Agreement as of the Effective "
             "Date."),
    ("para", "Bluegate Systems Consulting LLC    By: ____________  Name: Dana Ortiz  "
             "Title: Managing Partner"),
    ("para", "Harborview Retail Group, Inc.    By: ____________  Name: Sam Whitaker  "
             "Title: Chief Information Officer"),
]

# --------------------------------------------------------------------------
# 2. One-sided, client-drafted agreement (PDF) - deliberately bad for provider
# --------------------------------------------------------------------------
WEAK = [
    ("heading", "CONSULTING SERVICES AGREEMENT"),
    ("paragraph", "This Consulting Services Agreement (\"Agreement\") is entered into on "
                  "[placeholder] between Meridian Holdings Corp. (\"Client\") and the "
                  "consultant named in the signature block (\"Consultant\")."),
    ("heading", "1. Services"),
    ("paragraph", "1.1 Consultant shall perform such information technology services as "
                  "directed by Client from time to time, together with any other services "
                  "reasonably related thereto or that Client may consider necessary. The "
                  "detailed scope is TBD and will be communicated by Client."),
    ("paragraph", "1.2 Consultant shall complete the services by the dates set by Client, "
                  "currently TBD. Time is of the essence in the performance of every obligation "
                  "of Consultant under this Agreement."),
    ("paragraph", "1.3 Consultant shall perform any additional or modified work requested by "
                  "Client, orally or in writing, without delay and within the existing fees."),
    ("heading", "2. Delay"),
    ("paragraph", "2.1 If Consultant fails to complete any part of the services by the date set "
                  "by Client, Consultant shall pay Client liquidated damages of USD 2,500 for "
                  "each calendar day of delay, without prejudice to Client's other rights and "
                  "remedies. Consultant agrees these amounts are a fair estimate of Client's "
                  "loss and not a penalty."),
    ("heading", "3. Acceptance"),
    ("paragraph", "3.1 All work product is subject to approval by Client in its sole "
                  "discretion. Client may reject any work product at any time for any reason, "
                  "and Consultant shall redo rejected work at its own cost until Client is "
                  "satisfied. No work product shall be considered accepted unless Client "
                  "confirms acceptance in writing."),
    ("heading", "4. Fees and Payment"),
    ("paragraph", "4.1 Client shall pay Consultant the fees set out in a schedule to be agreed "
                  "(price TBD). Consultant shall submit invoices monthly in the form required by "
                  "Client."),
    ("paragraph", "4.2 Client shall pay correct invoices within ninety (90) days after receipt. "
                  "Where the services are provided for a customer of Client, Client shall pay "
                  "Consultant only when and to the extent that Client has itself been paid by "
                  "that customer. No interest shall accrue on late payments, and Consultant "
                  "shall continue to perform the services regardless of any payment dispute."),
    ("heading", "5. Confidentiality and Data"),
    ("paragraph", "5.1 Consultant shall keep confidential all information it receives from "
                  "Client and shall not disclose it to any person. Consultant shall take "
                  "appropriate steps to protect Client data."),
    ("paragraph", "5.2 Consultant shall notify Client promptly of any actual or suspected "
                  "security breach affecting Client data and shall bear all costs of "
                  "investigating and remedying the breach."),
    ("heading", "6. Warranties"),
    ("paragraph", "6.1 Consultant warrants that the services and all work product will be free "
                  "from defects, fit for Client's purposes and will achieve the results Client "
                  "expects, for a period of twenty-four (24) months after completion. Consultant "
                  "shall remedy any breach of warranty at its own cost and shall also compensate "
                  "Client for all resulting losses."),
    ("heading", "7. Liability"),
    ("paragraph", "7.1 Client's total liability to Consultant under or in connection with this "
                  "Agreement shall not exceed USD 1,000 in aggregate. Nothing in this Agreement "
                  "limits or excludes the liability of Consultant."),
    ("heading", "8. Indemnity"),
    ("paragraph", "8.1 Consultant shall indemnify, defend and hold harmless Client, its "
                  "affiliates, officers, employees and customers from and against any and all "
                  "claims, losses, damages, liabilities, costs and expenses (including legal "
                  "fees) of any kind arising out of or in connection with the services or this "
                  "Agreement, whether or not caused by Consultant, without limit."),
    ("heading", "9. Intellectual Property"),
    ("paragraph", "9.1 All intellectual property in any work product, materials, methods, tools "
                  "and know-how created or used by Consultant in connection with the services "
                  "shall vest in Client automatically upon creation, whether or not paid for. "
                  "Consultant hereby assigns all such rights to Client and waives all moral "
                  "rights."),
    ("heading", "10. Term and Termination"),
    ("paragraph", "10.1 Client may terminate this Agreement at any time for convenience by "
                  "notice to Consultant, effective immediately. Client shall have no liability "
                  "for any fees for work in progress at the date of termination."),
    ("paragraph", "10.2 Client may terminate this Agreement immediately by notice if Consultant "
                  "breaches any term of this Agreement. Consultant may not terminate this "
                  "Agreement before completion of the services."),
    ("heading", "11. Non-Solicitation"),
    ("paragraph", "11.1 For twenty-four (24) months after the end of this Agreement, Consultant "
                  "shall not solicit, employ or engage any employee, contractor or customer of "
                  "Client. This restriction applies only to Consultant."),
    ("heading", "12. Compliance"),
    ("paragraph", "12.1 Consultant shall comply with all Client policies as updated by Client "
                  "from time to time, whether or not provided to Consultant, and with all "
                  "applicable laws."),
    ("paragraph", "12.2 Consultant shall permit Client and its auditors to audit Consultant's "
                  "records, systems and premises at any time on request, at Consultant's cost."),
    ("heading", "13. Assignment and Subcontracting"),
    ("paragraph", "13.1 Client may assign this Agreement to any person without consent. "
                  "Consultant may not assign or subcontract any part of this Agreement without "
                  "Client's prior written consent."),
    ("heading", "14. General"),
    ("paragraph", "14.1 This Agreement is governed by the law chosen by Client. Client may "
                  "amend this Agreement by notice to Consultant. Consultant's standard terms "
                  "are excluded in full."),
    ("paragraph", "Signed for Meridian Holdings Corp.: ____________________    Date: TBD"),
    ("paragraph", "Signed by Consultant: ____________________    Date: TBD"),
]

# --------------------------------------------------------------------------
# 3. Statement of work (DOCX) with real list styles
# --------------------------------------------------------------------------
SOW = [
    ("title", "Statement of Work No. 1: Customer Loyalty Web Application"),
    ("para", "This Statement of Work (\"SOW\") is entered into under the IT Services Agreement "
             "dated March 1, 2024 (the \"Master Agreement\") between Bluegate Systems Consulting "
             "LLC (\"Consultant\") and Harborview Retail Group, Inc. (\"Client\"). Terms defined "
             "in the Master Agreement have the same meaning here. If this SOW conflicts with "
             "the Master Agreement, the Master Agreement prevails."),
    ("heading", "1. Project Scope"),
    ("para", "Consultant will design, build and deploy a responsive web application that lets "
             "Client's customers register for the loyalty programme, view points balances and "
             "redeem rewards online. The application will integrate with Client's existing "
             "point-of-sale loyalty database through its documented REST interface."),
    ("heading", "2. Deliverables"),
    ("number", "Functional specification and clickable wireframes."),
    ("number", "Web application source code in Client's Git repository."),
    ("number", "Automated test suite with at least 70% line coverage of application code."),
    ("number", "Deployment scripts for Client's cloud hosting account."),
    ("number", "Operations runbook and one administrator training session."),
    ("heading", "3. Milestones"),
    ("table", [
        ["Milestone", "Description", "Target date"],
        ["M1", "Specification and wireframes approved", "April 19, 2024"],
        ["M2", "Beta release on staging environment", "June 14, 2024"],
        ["M3", "Production launch", "July 26, 2024"],
        ["M4", "Hypercare completed (2 weeks)", "August 9, 2024"],
    ]),
    ("heading", "4. Assumptions"),
    ("bullet", "Client provides API credentials and documentation for the loyalty database "
               "within five business days of the start date."),
    ("bullet", "Client supplies final brand assets, copy text and reward rules before M1."),
    ("bullet", "The application supports the two most recent versions of major browsers."),
    ("bullet", "Expected peak load does not exceed 500 concurrent users."),
    ("heading", "5. Out of Scope"),
    ("bullet", "Native mobile applications for iOS or Android."),
    ("bullet", "Changes to the point-of-sale system or the loyalty database itself."),
    ("bullet", "Content translation into languages other than English."),
    ("bullet", "Hosting fees, third-party licences and ongoing maintenance after M4."),
    ("heading", "6. Client Responsibilities"),
    ("bullet", "Appoint a product owner available for at least four hours per week."),
    ("bullet", "Provide staging and production cloud accounts with required permissions."),
    ("bullet", "Review and respond to deliverables and questions within three business days."),
    ("bullet", "Arrange user acceptance testers for the beta release."),
    ("heading", "7. Acceptance"),
    ("para", "Each deliverable will be reviewed under Section 5 of the Master Agreement. The "
             "acceptance criteria are that the application passes the agreed acceptance test "
             "scripts with no open severity 1 or severity 2 defects. Client has ten (10) business "
             "days from delivery to accept or reject; deliverables not rejected in that period "
             "are deemed accepted."),
    ("heading", "8. Fees and Payment"),
    ("table", [
        ["Item", "Basis", "Amount (USD)"],
        ["M1 Specification", "Fixed fee", "18,000"],
        ["M2 Beta release", "Fixed fee", "42,000"],
        ["M3 Production launch", "Fixed fee", "30,000"],
        ["M4 Hypercare", "Fixed fee", "10,000"],
        ["Additional work", "Time and materials, USD 165 per hour", "As approved"],
    ]),
    ("para", "Fees are invoiced on completion of each milestone and payable net 30 under the "
             "Master Agreement. Reasonable pre-approved travel expenses are billed at cost."),
    ("heading", "9. Change Requests"),
    ("para", "Either Party may request a change to this SOW. Consultant will estimate the impact "
             "on fees and schedule within five business days. No change takes effect until both "
             "Parties sign a written change order under Section 4 of the Master Agreement."),
    ("para", "Agreed by Bluegate Systems Consulting LLC: ____________    "
             "Agreed by Harborview Retail Group, Inc.: ____________"),
]

# --------------------------------------------------------------------------
# 4. Short plain-English agreement (TXT): some protections, several missing
# (present: scope, net-30 payment, confidentiality, mutual termination on
#  notice, governing law; missing: liability cap, consequential damages
#  exclusion, acceptance, change orders, force majeure, IP, insurance, data)
# --------------------------------------------------------------------------
PLAIN = """\
SERVICES AGREEMENT

This agreement is between Pinecrest Web Studio ("we", "us") and Lakeside
Bakery Co. ("you"). It starts on February 5, 2024.

1. What we will do
We will redesign your website, set up online ordering for cakes and
pastries, and train two of your staff to update the menu pages. We expect
the work to take about eight weeks.

2. What you will do
You will send us your logo, photos, menu and prices, and answer our
questions within a few days so the project can keep moving.

2.1 If you are late sending us what we need, the schedule moves back by
the same amount of time.

3. Price and payment
The total price is USD 9,600. We will send an invoice for half at the
start and half when the new site goes live. Please pay each invoice
within 30 days.

4. Keeping things private
We will keep your business information, customer lists and recipes
private and will only use them to do this work. You will keep our pricing
and working methods private too. This promise continues after the
agreement ends.

5. Ending the agreement
Either of us can end this agreement by giving the other 14 days' notice
in writing. If it ends early, you pay for the work we have done up to
that point.

6. Our promise
We will do the work carefully and to a professional standard. If
something we built does not work as described within 30 days after
launch, we will fix it free of charge.

7. Law
This agreement is governed by the laws of the State of Oregon.

Signed for Pinecrest Web Studio: ______________   Date: __________
Signed for Lakeside Bakery Co.:  ______________   Date: __________
"""


def _normalise_zip(path: Path) -> None:
    """Rewrite a DOCX zip with fixed timestamps so rebuilds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(buf.getvalue())


def build_docx(path: Path, blocks, title: str) -> None:
    """Build a DOCX using real Word styles (Title, Heading 1, List *, Table Grid)."""
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, "contract-analyzer samples", "build_samples.py"
    cp.created = cp.modified = cp.last_printed = FIXED_DATE
    cp.revision = 1
    for kind, content in blocks:
        if kind == "title":
            doc.add_paragraph(content, style="Title")
        elif kind == "heading":
            doc.add_heading(content, level=1)
        elif kind == "para":
            doc.add_paragraph(content)
        elif kind == "bullet":
            doc.add_paragraph(content, style="List Bullet")
        elif kind == "number":
            doc.add_paragraph(content, style="List Number")
        elif kind == "table":
            table = doc.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for c, text in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = text
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def main(out_dir: Path = HERE) -> list[Path]:
    """Write all four samples into out_dir and return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    strong = out_dir / "it-services-agreement-strong.docx"
    weak = out_dir / "one-sided-agreement-weak.pdf"
    sow = out_dir / "statement-of-work.docx"
    plain = out_dir / "plain-services-agreement.txt"
    build_docx(strong, STRONG, "IT Services Agreement")
    pages = write_pdf(weak, WEAK, header="CONFIDENTIAL", footer=True)
    assert pages >= 3, f"weak agreement should span 3+ pages, got {pages}"
    build_docx(sow, SOW, "Statement of Work No. 1")
    plain.write_text(PLAIN, encoding="utf-8", newline="\n")
    return [strong, weak, sow, plain]


if __name__ == "__main__":
    for p in main():
        print(f"wrote {p.relative_to(HERE.parent)} ({p.stat().st_size} bytes)")
