"""The hand-made judgements of benchmarks/unseen3: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen3)."""

SOURCE = "written for contract-analyzer as a third blind unseen-style check (unseen3)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="uk-public-sector-call-off",
    type="public-sector cloud support call-off contract (UK) (unseen style)",
    style="UK public-sector framework call-off (G-Cloud-like): Buyer/Supplier, Part A Order Form as a "
          "Field | Entry table, Part B Call-Off Terms, Supplier Staff, Buyer Data, Buyer Cause, "
          "Service Definition incorporated by reference, Variation form, liability limits stated in "
          "the Order Form, FOIA",
    labels={
        "scope-defined": W(
            "the services are one sentence in the Order Form; their content is left to the "
            "Supplier's Service Definition, a document outside the contract",
            "Call-Off Services | Second-line and third-line support for the Buyer's Microsoft Azure tenancy hosting the Council's planning portal and licensing applications, in line with the Supplier's Service Definition."),
        "client-delay-relief": P(
            ("3.1 If the Supplier is prevented or delayed in providing the Services because of a Buyer Cause",
             "additional time as is reasonable to perform the affected obligations.")),
        "force-majeure": P(
            ("10.1 Neither Party will be liable for any delay or failure in performing its obligations",
             "(a \"Force Majeure Event\")."),
            "10.3 If a Force Majeure Event prevents the performance of a material part of the Services for more than 30 consecutive days, either Party may end this Call-Off Contract with immediate effect by written notice."),
        "change-control": P(
            ("8.1 The Buyer may ask for a change to the Services by sending the Supplier a Variation request",
             "that has not been agreed in this way."),
            "each additional day to be authorised in advance by a Variation"),
        "security-obligations": P(
            "Quality standards | ISO/IEC 27001:2022 and Cyber Essentials Plus, both maintained throughout the Call-Off Contract",
            "5.2 The Supplier will protect Buyer Data using controls that meet ISO/IEC 27001:2022 and the Cyber Essentials Plus scheme, will keep Buyer Data within the United Kingdom, and will encrypt Buyer Data at rest and in transit using encryption that meets current NCSC guidance."),
        "breach-notification": P(
            "5.3 If the Supplier becomes aware of any actual or suspected loss of, unauthorised access to, or corruption of Buyer Data, it will tell the Buyer Security Contact without undue delay and in any event within 24 hours, and will give the Buyer all information and help it reasonably asks for."),
        "data-return-deletion": P(
            "5.4 Within 30 days after this Call-Off Contract ends, the Supplier will give the Buyer a complete copy of the Buyer Data in an open, machine-readable format and will then securely erase all Buyer Data held by it or Supplier Staff, confirming the erasure to the Buyer in writing."),
        "confidentiality": P(
            "6.1 Each Party will keep the other Party's confidential information secret, will use it only for the purposes of this Call-Off Contract and will not disclose it except to its own staff and advisers who need to know it.",
            "6.3 The obligations in this clause 6 continue for 5 years after this Call-Off Contract ends."),
        "liability-cap": P(
            "Supplier's liability (Buyer Data) | The annual total liability of the Supplier for all Buyer Data Defaults will not exceed £500,000 or 125% of the Charges payable by the Buyer in the Call-Off Year in which the liability arises, whichever is the greater.",
            "Supplier's liability (other Defaults) | The annual total liability of either Party for all other Defaults will not exceed the greater of £1,000,000 or 125% of the Charges payable by the Buyer in the Call-Off Year in which the liability arises.",
            "9.3 Subject to clauses 9.1 and 9.4, each Party's liability is limited as set out in the Order Form."),
        "consequential-damages-exclusion": P(
            "9.2 Neither Party will be liable to the other for any indirect or consequential loss, or for any loss of profits, revenue, business, goodwill or anticipated savings, whether direct or indirect."),
        "indemnification": W(
            "one-sided IPR indemnity given only by the Supplier and taken outside the liability "
            "limits by 9.4 (unlimited)",
            ("7.3 The Supplier will indemnify the Buyer against all losses",
             "infringe the Intellectual Property Rights of a third party."),
            "9.4 The limits in the Order Form do not apply to the Supplier's liability under the indemnity in clause 7.3."),
        "insurance": P(
            ("Insurance | The Supplier will hold, for the Call-Off Contract Period and for 6 years after it ends",
             "employers' liability insurance of at least £5,000,000 as required by law.")),
        "warranty": P(
            "2.2 The Supplier warrants that the Services will be performed with reasonable skill and care by appropriately experienced and vetted Supplier Staff, and that the Services will correspond in all material respects with the Service Definition."),
        "ip-ownership-deliverables": P(
            "7.2 Any Intellectual Property Rights created by the Supplier in providing the Services will belong to the Supplier, and the Supplier grants the Buyer a perpetual, royalty-free, non-exclusive licence to use them for the Buyer's own purposes and those of any other public sector body."),
        "background-ip-retained": P(
            ("7.1 Each Party keeps ownership of the Intellectual Property Rights it owned before the Call-Off Start Date",
             "infrastructure-as-code templates and automation tooling.")),
        "payment-terms": P(
            "4.2 The Buyer will pay each valid and undisputed invoice within 30 days of receiving it.",
            "Payment profile | Monthly in arrears"),
        "termination-convenience": W(
            "termination for convenience is given only to the Buyer",
            "11.1 The Buyer can end this Call-Off Contract at any time, in whole or in part, by giving the Supplier at least 30 days' written notice."),
        "termination-cause-cure": P(
            ("11.2 Either Party can end this Call-Off Contract by written notice if the other Party commits a material Default",
             "specifying the Default and asking for it to be remedied.")),
        "governing-law": P(
            "13.3 This Call-Off Contract and any dispute or claim arising out of or in connection with it are governed by the law of England and Wales, and the courts of England and Wales have exclusive jurisdiction."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="za-it-services-agreement",
    type="IT services master agreement (South Africa) (unseen style)",
    style="South African IT services master agreement: Service Provider/Client, 1.1.1 definitions, "
          "Work Orders (none attached), ZAR and VAT, POPIA operator and s.19/s.22 language, mora "
          "interest at prime plus 2%, vis major / casus fortuitus incl. load-shedding, cancellation "
          "or specific performance, AFSA arbitration, domicilium citandi et executandi",
    labels={
        "client-dependencies": W(
            "the Client's only undertaking is to use reasonable endeavours to give access and "
            "information",
            "4.1 The Client shall use reasonable endeavours to afford the Service Provider such access to its premises, systems and personnel, and such information, as the Service Provider may reasonably require to render the Services."),
        "client-delay-relief": W(
            "relief for Client-caused delay is an extension granted at the Client's sole discretion",
            "4.2 Should the Service Provider be delayed in rendering any Services by any act or omission of the Client, the Service Provider shall notify the Client in writing, and the Client may, in its sole discretion, grant an extension of the time for performance of the affected Services."),
        "force-majeure": P(
            ("13.1 Neither party shall be liable for any failure or delay in performing its obligations (other than an obligation to pay money) caused by vis major",
             "beyond Stage 4."),
            "Should the event continue for more than 60 (sixty) days, either party may terminate the affected Work Order by written notice."),
        "change-control": P(
            ("5.1 Either party may request a change to the Services under a Work Order",
             "shall be read as amended by it.")),
        "security-obligations": P(
            ("9.2 The Service Provider shall establish and maintain the security measures referred to in section 19 of POPIA",
             "the logging and review of access to the Client's systems.")),
        "breach-notification": W(
            "notice of a compromise 'as soon as reasonably possible', with no fixed deadline",
            "9.3 Where there are reasonable grounds to believe that the Personal Information of the Client has been accessed or acquired by any unauthorised person, the Service Provider shall notify the Client as soon as reasonably possible after the discovery of the compromise."),
        "data-return-deletion": P(
            "9.4 Upon termination of this Agreement or of any Work Order, the Service Provider shall, at the election of the Client, return or destroy all Personal Information and all other Confidential Information of the Client in its possession within 30 (thirty) days, and shall confirm in writing that it has done so."),
        "confidentiality": W(
            "mutual confidentiality, but with no survival after termination (the Agreement has no "
            "survival clause)",
            "10.1 Each party shall treat the Confidential Information of the other party as confidential, shall not disclose it to any third party and shall not use it for any purpose other than the performance of this Agreement."),
        "liability-cap": P(
            "11.2 The total aggregate liability of the Service Provider arising out of or in connection with this Agreement shall not exceed the Fees paid by the Client under the relevant Work Order in the 12 (twelve) months preceding the event giving rise to the claim."),
        "consequential-damages-exclusion": P(
            "11.1 Neither party shall be liable to the other for any indirect, special or consequential damages, or for any loss of profit, revenue or data, whether arising in contract, delict or otherwise, and whether or not such loss was foreseeable."),
        "indemnification": P(
            ("12.1 The Service Provider indemnifies the Client and holds it harmless",
             "allowing the indemnifying party to conduct its defence.")),
        "warranty": P(
            ("7.1 The Service Provider warrants that the Services shall be rendered in a professional and workmanlike manner",
             "within that period at no charge to the Client.")),
        "warranty-disclaimer": P(
            "7.2 Save as expressly set out in this Agreement, the Service Provider gives no warranties or representations, whether express, implied or tacit, including any warranty as to merchantability or fitness for a particular purpose, and all such warranties and representations are hereby excluded to the extent permitted by law."),
        "ip-ownership-deliverables": P(
            "8.1 Ownership of the intellectual property in each Deliverable shall pass to the Client upon payment in full of all Fees due under the Work Order in terms of which that Deliverable was produced."),
        "late-payment-remedy": P(
            "6.3 Any amount not paid on its due date shall bear mora interest at the Prime Rate plus 2% (two per cent) per annum, calculated daily and compounded monthly in arrears, from the due date until the date of actual payment.",
            "6.4 If any amount remains unpaid for more than 30 (thirty) days after its due date, the Service Provider shall be entitled, on 7 (seven) Business Days' written notice, to suspend the rendering of all Services until payment has been received in full."),
        "termination-convenience": P(
            "14.1 Either party may terminate this Agreement or any Work Order, without cause, on 60 (sixty) days' written notice to the other party."),
        "termination-cause-cure": P(
            ("14.2 Should either party (\"the defaulting party\") commit a breach of this Agreement",
             "in either event without prejudice to its right to claim damages.")),
        "payment-on-termination": P(
            "14.3 Upon termination for any reason, the Client shall pay the Service Provider for all Services rendered and expenses incurred up to the date of termination, together with the cost of any committed third-party licences or subscriptions that cannot be cancelled."),
        "non-solicitation": P(
            "The Client shall not, during the currency of this Agreement and for 12 (twelve) months after its termination, directly or indirectly employ, engage or solicit any employee of the Service Provider who was involved in rendering the Services, without the prior written consent of the Service Provider."),
        "governing-law": P(
            "This Agreement shall in all respects be governed by and construed in accordance with the laws of the Republic of South Africa.",
            ("16.2 If the dispute is not resolved within 20 (twenty) Business Days of such referral",
             "by a single arbitrator appointed by AFSA.")),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="us-state-it-consulting-contract",
    type="state-government IT consulting contract (US) (unseen style)",
    style="US state-government IT consulting contract: State/Contractor, Agency Project Manager, "
          "Exhibit A Scope of Work with deliverables table, Exhibit B firm fixed prices, "
          "not-to-exceed amount, availability of appropriated funds, prompt payment act by reference, "
          "sovereign immunity, State Controller and Attorney General approvals",
    labels={
        "scope-defined": P(
            "2.1 The Contractor shall perform the services and provide the Deliverables described in Exhibit A, Scope of Work, which is attached hereto and incorporated herein.",
            ("A.2 Services. The Contractor shall:",
             "(e) transfer knowledge to Agency staff through documentation and working sessions.")),
        "deliverables": P(
            ("No. | Deliverable | Due Date",
             "D5 | Knowledge Transfer Package and Final Report | 330 calendar days after the Effective Date")),
        "milestones": P(
            ("No. | Deliverable | Due Date",
             "D5 | Knowledge Transfer Package and Final Report | 330 calendar days after the Effective Date")),
        "force-majeure": W(
            "the Contractor is excused only if the Agency, in its discretion, agrees; the plain "
            "force-majeure excuse is given only to the State",
            "12.1 The Contractor shall be excused from delay in performance caused by fire, flood, earthquake or other act of God only if the Contractor notifies the Agency in writing within five (5) days after the start of the delay and the Agency, in its discretion, agrees in writing that the delay was beyond the Contractor's control.",
            "12.2 The State shall not be liable for any delay or failure in the performance of its obligations caused by events beyond the State's reasonable control."),
        "time-of-essence": P("4.1 Time is of the essence in the performance of this Contract."),
        "delay-penalties": W(
            "liquidated damages of $400 a day, uncapped and payable irrespective of the cause of "
            "the delay",
            ("4.2 If the Contractor fails to deliver any Deliverable by the due date stated in Exhibit A",
             "from any payment otherwise due to the Contractor.")),
        "change-control": P(
            ("6.1 The State may at any time request changes within the general scope of this Contract.",
             "shall be at the Contractor's own risk and expense.")),
        "acceptance-criteria": W(
            "acceptance is determined in the Agency's sole judgment, with no criteria and no time "
            "limit",
            "5.1 Each Deliverable shall be submitted to the Agency Project Manager, who shall determine, in the Agency's sole judgment, whether the Deliverable is acceptable."),
        "rejection-remedy": P(
            ("5.2 If the Agency Project Manager rejects a Deliverable",
             "the State may treat the failure as a breach under Section 13.2.")),
        "security-obligations": W(
            "security duty tied to the State's policies 'as they may be revised from time to time'",
            "9.1 The Contractor shall comply with the State's Enterprise Information Security Policies and Standards, as they may be revised from time to time by the State Chief Information Officer, in all work involving State systems or State Data."),
        "breach-notification": P(
            "9.2 The Contractor shall notify the Agency's Information Security Officer of any actual or suspected breach of security involving State Data within twenty-four (24) hours after discovery, and shall cooperate fully with the State's investigation and remediation."),
        "data-return-deletion": P(
            "9.4 Within thirty (30) days after the expiration or termination of this Contract, the Contractor shall return all State Data to the Agency in a format specified by the Agency and shall thereafter destroy all remaining copies, certifying the destruction in writing to the Agency Project Manager."),
        "confidentiality": W(
            "confidentiality protects only the State (and is subject to the Public Records Act)",
            "9.3 The Contractor shall hold all State Data and all other information obtained from the State in strict confidence and shall not use or disclose it except as necessary to perform this Contract."),
        "indemnification": W(
            "one-sided indemnity by the Contractor only, expressly not reciprocated by the State, "
            "and unlimited (the Contract has no limitation of liability)",
            ("10.1 The Contractor shall defend, indemnify and hold harmless the State",
             "infringes a patent, copyright, trade secret or other proprietary right."),
            "10.2 Nothing in this Contract shall be construed as an indemnification by the State of the Contractor or of any third party."),
        "insurance": P(
            ("11.1 The Contractor shall maintain during the term of this Contract, at its own expense:",
             "deliver certificates of insurance to the Agency before beginning work.")),
        "warranty": W(
            "warranty period of eighteen months after acceptance (longer than 12 months)",
            "7.1 The Contractor warrants that each Deliverable shall conform to the requirements of Exhibit A and shall be free from material defects for a period of eighteen (18) months after its acceptance, and the Contractor shall correct any nonconformity reported during that period at no cost to the State."),
        "ip-ownership-deliverables": W(
            "work product vests in the State from creation, 'whether or not completed, accepted or "
            "paid for' (IP passes before payment)",
            ("8.1 All work product, including Deliverables, code, scripts, data models, documentation and reports",
             "the Contractor hereby assigns to the State all right, title and interest therein.")),
        "background-ip-retained": W(
            "pre-existing materials are reserved only if listed in Exhibit C; unlisted ones become "
            "the State's work product",
            ("8.2 Pre-existing materials of the Contractor that are listed in Exhibit C",
             "shall be treated as work product under Section 8.1.")),
        "late-payment-remedy": P(
            "3.3 If payment of a proper invoice is not made within the time required by the Franklin Prompt Payment Act, the Contractor shall be entitled to interest on the unpaid amount at the rate established under F.C.A. § 12-9-305."),
        "termination-convenience": W(
            "termination for convenience (and for non-appropriation) only for the State",
            "13.1 The State may terminate this Contract, in whole or in part, for its convenience upon thirty (30) days' written notice to the Contractor.",
            "If funds are not appropriated or are withdrawn, the State may terminate this Contract upon written notice to the Contractor, without penalty or further liability."),
        "termination-cause-cure": P(
            "13.2 Either party may terminate this Contract for cause if the other party materially breaches it and fails to cure the breach within fifteen (15) days after receiving written notice describing the breach."),
        "payment-on-termination": P(
            ("13.3 Upon termination under Section 3.4 or 13.1, the State shall pay the Contractor",
             "in each case subject to the Not-to-Exceed Amount.")),
        "governing-law": P(
            ("14.1 This Contract shall be governed by and construed in accordance with the laws of the State of Franklin.",
             "shall be brought exclusively in the Franklin District Court for Capitol County.")),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="mobile-app-milestone-escrow",
    type="mobile app development contract on a freelance marketplace (unseen style)",
    style="freelance-marketplace app development contract: Developer/Client, generated from a job "
          "post and edited, plain headings and bullets, milestones funded into platform escrow with "
          "automatic release, checklists appendix, app-store submission and source-code hand-over, "
          "non-circumvention, platform dispute process; TBD dates and a 'to be agreed' price",
    labels={
        "scope-defined": P(
            ("The Developer will design and build \"PawWalk\"",
             "and receive push notifications for new requests.")),
        "deliverables": P(
            ("- A clickable Figma prototype covering all main screens of both sides of the app.",
             "a short screen recording walking through the release process.")),
        "assumptions-exclusions": P(
            ("- Backend work beyond the Cloud Functions needed for bookings, payments and notifications",
             "- Marketing, app store optimisation and paid advertising.")),
        "client-dependencies": P(
            ("- Admin access to your Firebase project and your Stripe account (test mode)",
             "- Answers to the Developer's questions in the Gigbridge chat within 2 business days.")),
        "milestones": P(
            ("# | Milestone | Escrow amount | Target date",
             "5 | Admin web panel (optional) | to be agreed | TBD")),
        "client-delay-relief": W(
            "moving the dates for Client-caused delay is the Client's choice (client discretion)",
            "If you haven't given the Developer the access or materials listed in section 4 on time, the Developer will tell you in the Gigbridge chat, and you can choose whether to move the target dates of the affected milestones."),
        "change-control": P(
            ("New features, or changes to what's described in sections 1 and 2, go through Gigbridge as a change request.",
             "fund it as a new or amended milestone.")),
        "acceptance-criteria": P(
            "A milestone is complete when the submitted work does what the checklist for that milestone in Appendix 1 says and the build runs without crashing on the test devices listed there.",
            ("Milestone 1: all screens listed in section 1 present in Figma",
             "README and screen recording delivered.")),
        "deemed-acceptance": P(
            "If you do neither within those 7 days, Gigbridge will release that milestone's escrow amount to the Developer automatically and the milestone counts as approved."),
        "rejection-remedy": W(
            "unlimited revision rounds until the checklist is met to the Client's satisfaction",
            ("If you request changes, the Developer will make them and resubmit the milestone.",
             "until the checklist is met to your satisfaction.")),
        "liability-cap": P(
            "The Developer's total liability under this contract is limited to the amount you have actually paid to the Developer through Gigbridge under it."),
        "consequential-damages-exclusion": P(
            "Neither of us is liable to the other for lost profits, lost data, or any indirect or consequential damages arising out of this contract."),
        "warranty": W(
            "open-ended free bug fixing 'whenever you report it', with no warranty period",
            ("The Developer will fix, free of charge, any bug in the delivered code that you report, whenever you report it",
             "or by changes to Firebase, Stripe or the operating systems after release.")),
        "warranty-disclaimer": P(
            ("Apart from what section 10 says, the app and the other deliverables are provided \"as is\"",
             "fitness for a particular purpose or non-infringement.")),
        "ip-ownership-deliverables": P(
            "Once the escrow for the last milestone you have funded has been released to the Developer, the Developer assigns to you all rights in the app's source code, designs and other materials created for this project."),
        "background-ip-retained": P(
            ("The Developer keeps ownership of its own reusable components that it brings to the project",
             "use, change and ship them as part of PawWalk.")),
        "payment-terms": P(
            "Each milestone must be funded into Gigbridge escrow before the Developer starts work on it.",
            "When the Developer submits a milestone, you have 7 days to approve it or to request changes."),
        "late-payment-remedy": P(
            "If the next milestone isn't funded within 5 days after the previous milestone is approved, the Developer may pause work on the project until it is funded."),
        "termination-convenience": P("Either of us can end this contract at any time by giving notice through Gigbridge."),
        "payment-on-termination": P(
            ("If the contract ends early, the Developer keeps all amounts released for approved milestones",
             "as decided under Gigbridge's dispute process.")),
        "no-guarantee-results": P(
            "Apple and Google alone decide whether an app is approved. The Developer cannot guarantee that the app will be approved, how long the review will take, or any ranking, number of downloads or amount of revenue."),
        "vague-terms": P(
            "4 | Store submission, launch support and code hand-over | USD 2,200 | TBD",
            "5 | Admin web panel (optional) | to be agreed | TBD"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="hc-ehr-implementation-baa",
    type="clinical software licence and implementation agreement with HIPAA BAA (US) (unseen style)",
    style="US healthcare IT implementation agreement: Vendor/Hospital, Articles and sections, hosted "
          "clinical system, Go-Live, Hospital responsibilities incl. downtime procedures, SOW and fee "
          "exhibits delivered separately, availability service credits, clinical-judgment disclaimer, "
          "caps with data-breach carve-outs, Business Associate Addendum (PHI, Security Incidents)",
    labels={
        "client-dependencies": P(
            ("3.2 Hospital Responsibilities. Hospital shall:",
             "the use of read-only downtime reports.")),
        "client-delay-relief": P(
            ("3.3 Hospital Delays. Vendor shall not be responsible for any delay or failure",
             "shall be charged at the rates in Exhibit B.")),
        "force-majeure": P(
            ("13.1 Neither party shall be liable for any failure or delay in performing its obligations under this Agreement (other than payment obligations)",
             "telecommunications networks not caused by the affected party.")),
        "delay-penalties": P(
            "5.3 If the System's monthly availability falls below the level stated in Exhibit C, Hospital shall be entitled to the service credits stated there, which shall be applied against the next invoice for subscription fees.",
            ("Monthly Availability | Service credit (percentage of the monthly subscription fee)",
             "Service credits for any month shall not exceed 20% of the monthly subscription fee.")),
        "change-control": P(
            ("3.4 Change Orders. Any change to the SOW, the Project Plan or the scope of the Implementation Services",
             "until such a change order has been signed.")),
        "acceptance-criteria": P(
            "4.1 Before Go-Live, Hospital will conduct acceptance testing of the configured System using test scripts agreed by the parties in writing, to verify that the System performs in material conformance with the Documentation and the functional requirements set out in the SOW."),
        "deemed-acceptance": W(
            "deemed acceptance only on Go-Live, i.e. on live clinical use",
            "4.3 The System shall be deemed accepted on the date of Go-Live, whether or not Hospital has issued a written acceptance certificate."),
        "rejection-remedy": P(
            ("4.2 Hospital shall report any nonconformity found during acceptance testing in writing",
             "refer the matter to the executive sponsors under Section 14.5.")),
        "security-obligations": P(
            ("9.1 Vendor shall maintain administrative, physical and technical safeguards for the System and Hospital Data that meet the HIPAA Security Rule",
             "shall provide the most recent report to Hospital each year on request."),
            "2. Safeguards. Business Associate shall use appropriate safeguards, and comply with Subpart C of 45 C.F.R. Part 164 with respect to electronic PHI, to prevent use or disclosure of PHI other than as provided for by this Addendum."),
        "breach-notification": W(
            "breach and Security Incident reports within ten business days of discovery (later "
            "than 72 hours)",
            ("3. Reporting. Business Associate shall report to Covered Entity any use or disclosure of PHI",
             "without unreasonable delay and in no case later than ten (10) business days after discovery.")),
        "data-return-deletion": P(
            "8.3 On termination of this Agreement, each party shall return or destroy the other party's confidential information, except as required to be retained by law.",
            "14.4 Transition. For up to ninety (90) days after termination, Vendor will, at Hospital's request, provide Hospital with read-only access to the System and an export of Hospital Data in HL7 or delimited text format, and transition assistance at Vendor's then-current professional services rates.",
            ("9. Return or Destruction of PHI. Upon termination of the Agreement",
             "to the purposes that make return or destruction infeasible.")),
        "confidentiality": P(
            ("8.1 Each party shall hold the other party's confidential information in confidence",
             "no less protective than these."),
            "8.2 The obligations in this Article 8 continue during the Term and for five (5) years after it ends, and for trade secrets for as long as they remain trade secrets under applicable law."),
        "liability-cap": W(
            "the cap does not apply to breaches of the security article or the BAA (incl. breach "
            "notification costs and penalties) or to the indemnities: carve-outs leave the "
            "provider's main data risks uncapped",
            "11.2 EACH PARTY'S TOTAL LIABILITY ARISING OUT OF OR RELATING TO THIS AGREEMENT SHALL NOT EXCEED THE FEES PAID OR PAYABLE BY HOSPITAL UNDER THIS AGREEMENT DURING THE TWELVE (12) MONTHS BEFORE THE FIRST EVENT GIVING RISE TO LIABILITY.",
            ("11.3 The limitations in Sections 11.1 and 11.2 shall not apply to",
             "(c) a party's gross negligence or willful misconduct.")),
        "consequential-damages-exclusion": P(
            "11.1 IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR PUNITIVE DAMAGES, OR FOR LOST PROFITS OR REVENUE, ARISING OUT OF OR RELATING TO THIS AGREEMENT, EVEN IF ADVISED OF THEIR POSSIBILITY."),
        "indemnification": P(
            ("10.1 Vendor shall defend Hospital against any third-party claim",
             "reasonable cooperation at the indemnifying party's expense.")),
        "insurance": P(
            ("12.1 Vendor shall maintain, during the Term and for two (2) years thereafter:",
             "12.2 Vendor shall provide Hospital with certificates of insurance on request.")),
        "warranty": P(
            ("7.1 Vendor warrants that (a) for ninety (90) days after Go-Live",
             "re-perform the nonconforming services.")),
        "warranty-disclaimer": P(
            ("7.2 EXCEPT AS EXPRESSLY STATED IN SECTION 7.1, VENDOR DISCLAIMS ALL OTHER WARRANTIES",
             "WILL OPERATE WITHOUT INTERRUPTION OR ERROR.")),
        "background-ip-retained": P(
            "2.2 Vendor and its licensors retain all right, title and interest in and to the System, the Documentation, and Vendor's implementation tools, templates, build scripts and know-how."),
        "payment-terms": W(
            "invoices payable sixty days after receipt (later than 45 days)",
            "Hospital shall pay each undisputed invoice within sixty (60) days after its receipt."),
        "termination-cause-cure": P(
            "14.2 Either party may end this Agreement on written notice should the other commit a material breach that remains uncured thirty (30) days after the breaching party receives a written description of it.",
            "If Covered Entity determines that Business Associate has violated a material term of this Addendum, Covered Entity may terminate the Agreement if Business Associate does not cure the violation within thirty (30) days after written notice."),
        "no-guarantee-results": P(
            ("7.3 Clinical Judgment. The System is a tool to support, not to replace",
             "verifying the accuracy and completeness of the data entered into the System.")),
        "non-solicitation": P(
            ("During the Term and for twelve (12) months thereafter, neither party shall solicit for employment",
             "general advertisements not targeted at such employees shall not breach this Article.")),
        "governing-law": P(
            ("This Agreement is governed by the laws of the State of Ohio",
             "exclusive jurisdiction over any action arising out of this Agreement.")),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="website-care-retainer-letter",
    type="website maintenance retainer letter agreement (UK) (unseen style)",
    style="small-agency letter agreement: 'Dear ...', we/you, conversational headings and bullet "
          "lists, monthly fee by Direct Debit, hours bank with roll-over, response times with a fee "
          "reduction, countersign to accept; start date TBC and a 'to be agreed' price; no "
          "liability, IP, confidentiality or governing-law terms",
    labels={
        "scope-defined": P(
            ("Each month we will:",
             "using the hours bank described below."),
            ("The retainer includes 6 hours of our time each month for small changes.",
             "billed in 15-minute blocks on the next month's invoice.")),
        "assumptions-exclusions": P(
            ("So that there are no surprises, the retainer does not cover:",
             "- licence fees for premium plug-ins, which you pay directly.")),
        "client-dependencies": P(
            ("To do the work properly we'll need:",
             "since we can't keep the site running if either lapses.")),
        "delay-penalties": P(
            "If we miss that 2-working-hour response time for a site-down problem in any month, we'll take 10% off that month's retainer fee."),
        "security-obligations": P(
            "We apply security updates within 48 hours of their release, use two-factor authentication on every administrator account, keep your backups encrypted in a separate UK data centre, and limit administrator access to the two of us and anyone you name."),
        "breach-notification": W(
            "hack notice 'promptly', with no fixed deadline",
            "If our scans show that your site has been hacked or defaced, we'll let you know promptly and start the clean-up straight away, restoring from the last clean backup if we need to."),
        "data-return-deletion": P(
            "When the retainer ends, we'll hand back every login we hold, give you a final full backup of the site and its database, and then delete our copies of your backups and other data within 30 days."),
        "payment-terms": P(
            "We collect it by Direct Debit on the 1st of each month, in advance."),
        "late-payment-remedy": P(
            "If a Direct Debit payment fails and isn't sorted out within 14 days, we may pause the retainer work until it is."),
        "termination-convenience": P(
            "Either of us can end the retainer at any time by giving one calendar month's notice in writing; email is fine."),
        "payment-on-termination": P(
            "You'll pay the fee for the notice month, plus any hours over the bank that we used before the end date."),
        "no-guarantee-results": P(
            ("We can't promise that your site will never go down or never be hacked",
             "outages at your hosting company are outside what we can control.")),
        "vague-terms": P(
            "The retainer starts on [date TBC], once we've finished the initial health check of the site, which is included free of charge.",
            "the price for the move is to be agreed once we've seen how the current set-up is built."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="fr-it-services-contract",
    type="IT services contract (France, English translation) (unseen style)",
    style="French-law IT services contract in translation: the Service Provider / the Client, "
          "company identification (SAS, RCS), preamble with pre-contractual information, Articles, "
          "obligation de moyens, duty to cooperate, délais de rigueur, capped late-delivery "
          "penalties, avenant, recette with procès-verbal and tacit acceptance, garantie d'éviction, "
          "L.441-10 late-payment penalties and the EUR 40 indemnity, Article 1218 force majeure, "
          "résiliation de plein droit after mise en demeure, Tribunal de commerce de Lyon",
    labels={
        "scope-defined": P(
            ("The purpose of this Contract is to define the terms on which the Service Provider shall design, develop and deploy",
             "d) the migration of the member register and of the deliveries recorded since 1 July 2021.")),
        "deliverables": P(
            ("Lot | Deliverables | Price excl. VAT | Invoicing",
             "Lot 4 | Data migration; production start-up; two one-day training sessions | €25,000 | 100% on final acceptance")),
        "assumptions-exclusions": P(
            ("The following are excluded from the services:",
             "any modification of the weighbridge software itself.")),
        "client-dependencies": P(
            ("6.1 The Client shall cooperate actively and in good faith in the performance of the Contract.",
             "give its opinion on intermediate deliverables within the periods set in the Planning.")),
        "milestones": P(
            "7.1 The Service Provider shall deliver the Deliverables in accordance with the Planning.",
            ("Milestone | Description | Date",
             "J5 | Delivery of Lot 4 and production start-up | 12 September 2025")),
        "client-delay-relief": P(
            "6.2 Any delay attributable to the Client in the performance of its obligations shall automatically postpone the deadlines in the Planning by an equal period, and late-delivery penalties shall not apply during that period."),
        "force-majeure": P(
            ("17.1 Neither Party shall be liable for a failure to perform its obligations caused by an event of force majeure within the meaning of Article 1218 of the Civil Code",
             "either Party may terminate the Contract by registered letter with acknowledgement of receipt.")),
        "time-of-essence": P(
            "The deadlines set in the Planning for milestones J2 and J4 are strict deadlines (délais de rigueur), and the Parties agree that their observance is an essential and decisive condition of the Client's consent."),
        "delay-penalties": P(
            ("7.2 In the event of a delay attributable solely to the Service Provider in delivering a Lot",
             "full and final compensation for the damage resulting from the delay.")),
        "change-control": P(
            ("8.1 Any request to modify the scope of the services shall be made by the Client in writing.",
             "an amendment (avenant) has been signed by both Parties.")),
        "acceptance-criteria": P(
            "9.1 From the delivery of each Lot, the Client shall have fifteen (15) working days to carry out the acceptance tests in accordance with the acceptance test plan in Annex 1, which defines the test cases and the expected results.",
            "9.2 Acceptance is pronounced where the tests reveal no blocking Anomaly and no more than three major Anomalies."),
        "deemed-acceptance": P(
            "9.5 In the absence of a signed acceptance report or of notification of a blocking Anomaly by the end of the test period, acceptance shall be deemed to have been pronounced without reservation."),
        "rejection-remedy": P(
            ("9.4 If blocking Anomalies are found, the Client shall list them in a report signed by both Parties.",
             "limited to the Anomalies reported.")),
        "security-obligations": W(
            "security measures are those the Service Provider 'considers appropriate', with no "
            "standard and no concrete measure",
            "5.3 The Service Provider shall take the measures that it considers appropriate, in accordance with the rules of the art, to preserve the security and integrity of the data entrusted to it by the Client."),
        "breach-notification": P(
            ("13.2 The Service Provider shall notify the Client of any personal data breach as soon as possible and at the latest within forty-eight (48) hours",
             "towards the supervisory authority (CNIL).")),
        "data-return-deletion": P(
            "13.3 At the end of the Contract, the Service Provider shall return to the Client all personal data in a standard format and shall destroy all existing copies within one (1) month, unless French or European Union law requires their storage."),
        "confidentiality": P(
            ("16.1 Each Party undertakes to keep confidential all information of any kind relating to the other Party",
             "for five (5) years after its end, whatever the cause.")),
        "liability-cap": P(
            "14.2 All causes combined, the total liability of the Service Provider under the Contract is limited to the amount excluding tax actually paid by the Client under the Contract, except in the event of gross negligence (faute lourde), wilful misconduct (dol) or bodily injury."),
        "consequential-damages-exclusion": P(
            ("14.1 The Service Provider shall only be liable for direct and foreseeable damage resulting from a proven fault on its part.",
             "shall not give rise to compensation.")),
        "indemnification": P(
            ("12.3 The Service Provider guarantees the Client against any action for infringement",
             "allows it to conduct the defence.")),
        "insurance": P(
            ("The Service Provider declares that it holds, with a reputably solvent insurer",
             "to produce a certificate on request.")),
        "warranty": P(
            ("The Service Provider warrants, for a period of three (3) months from the signature of the final acceptance report",
             "a use that does not comply with its documentation.")),
        "ip-ownership-deliverables": P(
            ("12.1 Subject to payment in full of the price, the Service Provider assigns to the Client",
             "in accordance with Article L.131-3 of the Intellectual Property Code.")),
        "background-ip-retained": P(
            ("12.2 The Service Provider remains the owner of the software components, libraries, tools and know-how",
             "solely for the operation of the Application.")),
        "payment-terms": P(
            "11.2 Invoices shall be issued at the milestones set out in Annex 2 and shall be payable by bank transfer within thirty (30) days of the invoice date."),
        "late-payment-remedy": P(
            ("11.3 In accordance with Article L.441-10 of the French Commercial Code",
             "a fixed indemnity for recovery costs of forty euros (€40)."),
            ("11.4 In addition, if an invoice remains unpaid fifteen (15) days after a formal notice",
             "and the Planning shall be postponed accordingly.")),
        "termination-cause-cure": P(
            ("19.1 In the event of a serious breach by a Party of its obligations that is not remedied within thirty (30) days",
             "without prejudice to any damages it may claim.")),
        "payment-on-termination": P(
            ("19.2 In all cases of termination, the Client shall pay the Service Provider the price of the services performed",
             "the work in progress thus paid for.")),
        "no-guarantee-results": P(
            ("5.1 The Service Provider is bound by an obligation de moyens (a duty to use its best endeavours).",
             "in particular as regards the productivity gains expected by the Client.")),
        "non-solicitation": P(
            ("Each Party waives the right to solicit or engage, directly or through an intermediary",
             "equal to twelve months of the gross salary of the employee concerned.")),
        "governing-law": P(
            "20.1 The Contract is governed by French law.",
            ("Failing settlement within thirty (30) days, the dispute shall be submitted to the exclusive jurisdiction of the Commercial Court of Lyon",
             "notwithstanding a plurality of defendants or third-party proceedings.")),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="analytics-engagement-letter",
    type="analytics consultancy engagement letter with terms of business (UK) (unseen style)",
    style="professional-services engagement letter from an analytics LLP ('the Firm' / 'you') with "
          "separate numbered Terms of Business: background, scope in phases, deliverables, "
          "exclusions, client responsibilities, timetable table, fee estimate range, draft report "
          "treated as final, reliance on client information, no guarantee of outcomes, liability "
          "limited to a multiple of fees, file retention",
    labels={
        "scope-defined": P(
            ("Our work will be carried out in three phases:",
             "including a simple approach for measuring whether it works.")),
        "deliverables": P(
            ("- A data quality memorandum at the end of Phase 1.",
             "- One half-day workshop with your retention and pricing teams.")),
        "assumptions-exclusions": P(
            ("- We will not audit or independently verify the data or the information you give us.",
             "remain yours.")),
        "client-dependencies": P(
            ("- A named project sponsor who can make decisions and give us access to the people we need.",
             "- Comments on drafts within the periods set out below.")),
        "milestones": P(
            ("Phase / output | Planned completion",
             "Final report | 29 August 2025")),
        "client-delay-relief": P(
            "If the data, access to your people or your comments reach us later than planned, the timetable will move back by a corresponding period and we will tell you whether the delay affects our fees."),
        "force-majeure": P(
            "11.1 We will not be liable for any delay or failure in our work caused by events outside our reasonable control, including illness of key staff, failure of cloud computing or telecommunications services, industrial action, fire, flood or government action."),
        "deemed-acceptance": P(
            "If we have not received your comments within ten (10) business days of sending the draft, we will treat the draft as final and issue it as our final report."),
        "confidentiality": P(
            "5.1 Each of us will keep confidential the other's confidential information that we receive in connection with the engagement and will use it only for the purposes of the engagement.",
            "5.2 This clause continues to apply for three years after the engagement ends."),
        "liability-cap": P(
            "10.2 Our total liability to you for all claims arising out of or in connection with the engagement, whether in contract, tort (including negligence) or otherwise, is limited to three times the fees paid to us for the engagement."),
        "consequential-damages-exclusion": P(
            "10.1 We will not be liable for any loss of profit, loss of business or contracts, or any indirect or consequential loss, however caused."),
        "indemnification": P(
            "9.2 You will indemnify us against any claim by a third party, and against the costs of defending it, arising from the use of or reliance on our work by that third party where you disclosed the work to it without our written consent."),
        "warranty-disclaimer": P(
            "10.3 Except as set out in the engagement letter and these Terms of Business, all conditions, warranties and other terms implied by statute or common law are excluded to the fullest extent permitted by law."),
        "ip-ownership-deliverables": P(
            "8.1 On payment of our fees in full, you will own the final report and the model code written specifically for you in the engagement."),
        "background-ip-retained": P(
            ("8.2 We keep all rights in the methods, code libraries, templates, software tools and know-how",
             "embedded in a deliverable for your own internal purposes.")),
        "payment-terms": W(
            "the price is given only as an estimated range (GBP 38,000 to 46,000, 'not a fixed or "
            "capped fee'), although invoices are due in 30 days",
            "We estimate that our fees will be between £38,000 and £46,000, plus VAT and expenses, depending mainly on the quality of the data and the number of modelling iterations you ask for. This is an estimate and not a fixed or capped fee.",
            "4.2 Our invoices are payable within 30 days of the invoice date."),
        "late-payment-remedy": P(
            "4.3 We may charge interest on overdue invoices under the Late Payment of Commercial Debts (Interest) Act 1998, and we may suspend our work if an invoice remains unpaid 30 days after its due date."),
        "termination-convenience": P(
            "12.1 Either of us may end the engagement at any time by giving the other 14 days' written notice."),
        "termination-cause-cure": W(
            "termination for material breach is immediate, with no cure period",
            "12.2 Either of us may end the engagement immediately by written notice if the other commits a material breach of the contract."),
        "payment-on-termination": P(
            "12.3 If the engagement ends early, you will pay our fees for work done and expenses incurred up to the date it ends."),
        "no-guarantee-results": P(
            ("3.1 We will rely on the information, data and explanations given to us by you",
             "that was inaccurate, incomplete or misleading."),
            ("3.2 Statistical and machine-learning models estimate likelihoods from historical data.",
             "or that patterns seen in the past will continue.")),
        "non-solicitation": W(
            "the no-hire undertaking lasts only 'during the engagement' and ends with it",
            "13.1 During the engagement you will not employ or engage, directly or through an agency, any of our partners or staff who have worked on it, without our written consent."),
        "governing-law": W(
            "asymmetric forum: exclusive English courts, except that the Firm may sue for fees in "
            "any court with jurisdiction over the client",
            "15.1 The engagement letter and these Terms of Business, and any dispute arising out of them, are governed by the law of England and Wales.",
            "15.2 The courts of England and Wales have exclusive jurisdiction, except that we may bring proceedings for unpaid fees in any court that has jurisdiction over you."),
    }))
