"""The hand-made judgements of benchmarks/unseen2: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen2)."""

SOURCE = "written for contract-analyzer as a second blind unseen-style check (unseen2)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="in-it-outsourcing-msa",
    type="IT outsourcing master services agreement (India) (unseen style)",
    style="Indian IT outsourcing MSA: Service Provider/Client, recitals and WITNESSETH, 1./1.1/(i) "
          "numbering, Rs./lakh/crore, GST and TDS, Indian Contract Act s.74 liquidated damages, "
          "arbitration under the Arbitration and Conciliation Act 1996, schedules",
    labels={
        "scope-defined": P(("2.1 The Service Provider shall render the following Services",
                            "(iv) the Transition activities set out in Part A of Schedule I.")),
        "deliverables": P(("No. | Deliverable | Due date | Acceptance criteria",
                           "adherence to the severity matrix and root causes of S1 and S2 incidents")),
        "assumptions-exclusions": P(
            ("2.2 The following shall be outside the scope of the Services",
             "(iv) support for any system other than KLMS."),
            ("2.3 The commercials in Schedule III are premised",
             "capable of compilation and deployment without material defects.")),
        "client-dependencies": P(("3.1 In order to enable the Service Provider to perform the Services",
                                  "within three (3) Business Days of such request.")),
        "milestones": P(
            "The Service Provider shall complete Transition and achieve Go-Live in accordance with the timelines set out in Schedule II.",
            ("No. | Deliverable | Due date | Acceptance criteria",
             "adherence to the severity matrix and root causes of S1 and S2 incidents")),
        "client-delay-relief": P(("3.2 Where the Service Provider is prevented or delayed",
                                  "by a period equal to the delay so caused.")),
        "force-majeure": W(
            "relief for the Service Provider depends on the Client being satisfied, in its "
            "discretion, that the business continuity plan was invoked (16.2): force-majeure "
            "relief at the client's discretion",
            ("16.1 Neither Party shall be in breach of this Agreement by reason of any delay",
             "(an event of \"Force Majeure\")."),
            ("16.2 The Service Provider shall be entitled to relief under Clause 16.1 only if",
             "could not have been mitigated thereby.")),
        "time-of-essence": P("Time shall be the essence of this Agreement in respect of the dates set out in Schedule II."),
        "delay-penalties": P(("4.2 In the event the Service Provider fails to achieve Go-Live",
                              "subject to a maximum of five per cent (5%) of the Transition Fee.")),
        "change-control": P(("6.1 Either Party may propose a change to the scope",
                             "indicating the effect of the change on effort, fees and timelines."),
                            ("6.2 No change shall be implemented unless a change note",
                             "in the absence of such a signed change note.")),
        "acceptance-criteria": P(
            ("5.1 Each Deliverable shall be tested by the Client against the acceptance criteria",
             "(the \"Review Period\")."),
            ("No. | Deliverable | Due date | Acceptance criteria",
             "adherence to the severity matrix and root causes of S1 and S2 incidents")),
        "deemed-acceptance": P(("5.2 If the Client does not communicate a written rejection",
                                "on the last day of the Review Period.")),
        "rejection-remedy": W(
            "unlimited re-performance: the provider must rectify and resubmit at its own cost as "
            "many times as the Client requires",
            ("5.3 In the event of a rejection, the Service Provider shall",
             "until the Deliverable is accepted.")),
        "security-obligations": P(
            ("9.1 The Service Provider shall maintain, at each delivery centre",
             "Digital Personal Data Protection Act, 2023."),
            ("9.2 The Service Provider shall restrict access to Client Data",
             "encrypted at rest and in transit.")),
        "breach-notification": W(
            "breach notice 'as soon as reasonably practicable', with no fixed deadline",
            ("9.3 Upon becoming aware of any unauthorised access to",
             "all co-operation in the investigation thereof.")),
        "data-return-deletion": P(("9.4 Within thirty (30) days of the expiry or termination",
                                   "signed by one of its officers.")),
        "confidentiality": P(
            ("10.1 Each Party shall hold in confidence all information disclosed",
             "save for the purposes of this Agreement."),
            "10.3 The obligations under this Clause 10 shall survive for a period of three (3) years after the termination or expiry of this Agreement."),
        "liability-cap": P(("14.1 Subject to Clause 14.3, the aggregate liability of either Party",
                            "preceding the event giving rise to the claim.")),
        "consequential-damages-exclusion": P(("14.2 Neither Party shall be answerable to the other",
                                              "from the breach in question.")),
        "indemnification": W(
            "one-sided indemnity given only by the Service Provider, and excluded from the "
            "liability cap by 14.3 (unlimited)",
            ("13.1 The Service Provider shall indemnify, defend and keep indemnified",
             "for wages or statutory dues."),
            "14.3 Nothing in this Clause 14 shall limit the liability of the Service Provider under Clause 13, or the liability of either Party for fraud or wilful misconduct."),
        "insurance": P(("15.1 The Service Provider shall, throughout the term of this Agreement, maintain",
                        "furnish copies of the policies to the Client upon request.")),
        "warranty": P(("12.1 The Service Provider warrants that the Services shall be performed",
                       "for a period of twelve (12) months from its acceptance.")),
        "warranty-disclaimer": P(("12.2 Save as expressly set out in this Agreement, all other warranties",
                                  "to the extent permissible under Applicable Law.")),
        "ip-ownership-deliverables": W(
            "IP in the Deliverables vests in the Client from the moment of creation, before payment",
            ("11.1 All right, title and interest in the Deliverables",
             "the Service Provider hereby assigns the same to the Client.")),
        "background-ip-retained": P(("11.2 Nothing in this Agreement shall transfer to the Client any tools",
                                     "(\"Service Provider Tools\").")),
        "payment-terms": W(
            "payment due sixty days after receipt of invoice (later than 45 days)",
            "The Client shall make payment of undisputed amounts within sixty (60) days of receipt of a valid invoice, after deduction of tax at source as required under the Income-tax Act, 1961."),
        "late-payment-remedy": P(("7.3 Any amount remaining unpaid beyond its due date",
                                  "until the date of actual payment.")),
        "termination-convenience": W(
            "termination for convenience is given only to the Client",
            ("17.2 The Client may terminate this Agreement, in whole or in part, at any time",
             "not less than ninety (90) days' prior written notice.")),
        "termination-cause-cure": P(("17.3 Where either Party is in material default of its obligations hereunder",
                                     "may terminate this Agreement forthwith by a further notice in writing.")),
        "payment-on-termination": P(("17.4 Upon any termination, the Client shall pay the Service Provider",
                                     "any non-cancellable costs committed by the Service Provider.")),
        "no-guarantee-results": P(("12.3 The Service Provider shall be entitled to rely upon the accuracy",
                                   "arising from inaccuracies therein.")),
        "non-solicitation": W(
            "non-solicitation binds only the Service Provider (not to solicit the Client's staff); "
            "the provider's own staff are not protected",
            ("8.2 During the term of this Agreement and for twelve (12) months thereafter",
             "in connection with the Services.")),
        "governing-law": P(
            "18.1 This Agreement and all rights and obligations hereunder shall be subject to and interpreted under the laws of the Republic of India.",
            ("18.2 Any dispute arising out of or in connection with this Agreement which is not resolved amicably",
             "The seat and venue of arbitration shall be Mumbai and the language English.")),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="ca-managed-services-agreement",
    type="Managed services agreement with service-level schedule (Canada) (unseen style)",
    style="Canadian managed-services agreement: Provider/Customer, bilingual English/French headings, "
          "PIPEDA breach of security safeguards, HST, Interest Act annual rate, severity levels and "
          "service credits in Schedule B, Ontario law and attornment",
    labels={
        "scope-defined": P(("2.1 Provider will provide the managed services described in Schedule A",
                            "excluding Ontario statutory holidays) for all other support."),
                           ("A1. Monitoring and alerting:",
                            "onboarding and offboarding of user accounts.")),
        "deliverables": W(
            "the deliverables are left to the Provider Service Description published on a web "
            "portal, a document outside the contract",
            ("2.2 Provider will deliver the monthly service reports, the environment runbook",
             "in the version current on the Effective Date.")),
        "assumptions-exclusions": P(("A5. Out of scope:",
                                     "any device no longer supported by its manufacturer.")),
        "client-dependencies": P(("3.1 Customer will: (a) give Provider administrative credentials",
                                  "planned change to its environment.")),
        "client-delay-relief": P(("3.2 Provider is not responsible for any failure to meet a Service Level",
                                  "from equipment that is not a Covered Asset.")),
        "force-majeure": P(("16.1 A party is excused from performing its obligations",
                            "war or civil unrest.")),
        "delay-penalties": P(
            "If Provider misses a Service Level in a calendar month, Customer is entitled to the service credit specified in Schedule B, applied against the next invoice.",
            ("Service credits:\n",
             "additional 5% of the monthly fee.")),
        "change-control": P(("4.1 Customer may add or remove Covered Assets, or request changes to the Services, only by submitting a change request",
                             "with the effect on the monthly fees and on the Services."),
                            ("4.2 A change becomes binding only when a Change Order",
                             "Until then, the Services continue unchanged.")),
        "security-obligations": P(("7.1 Provider will protect Customer Data using safeguards",
                                   "provide a copy to Customer on request.")),
        "breach-notification": P(("7.3 Provider will notify Customer in writing within forty-eight (48) hours",
                                  "and affected individuals.")),
        "data-return-deletion": P(("7.4 Within thirty (30) days after this Agreement ends",
                                   "except where retention is required by law.")),
        "confidentiality": P(("8.1 Each party will keep the other's Confidential Information in confidence",
                              "bound by similar obligations."),
                             ("8.3 This Section 8 continues for five (5) years after this Agreement ends",
                              "for as long as they remain protected by law.")),
        "liability-cap": W(
            "the carve-outs in 12.3 leave the provider's main risks uncapped: breaches of the "
            "security/privacy and confidentiality sections and all Security Incident costs, "
            "fines and penalties",
            ("12.1 Subject to Section 12.3, each party's total liability",
             "in the twelve (12) months before the event giving rise to the claim."),
            ("12.3 Sections 12.1 and 12.2 do not apply to:",
             "any fines or penalties imposed by a regulator.")),
        "consequential-damages-exclusion": P(("12.2 Neither party is liable to the other for lost profits",
                                              "even if advised of their possibility.")),
        "indemnification": P(("11.1 Provider will defend Customer against any third-party claim",
                              "infringe a Canadian or United States patent, copyright or trademark, and will pay the damages and costs finally awarded or agreed in settlement."),
                             ("11.2 Customer will defend Provider against any third-party claim",
                              "in breach of law, and will pay the damages and costs finally awarded or agreed in settlement.")),
        "insurance": P(("13.1 During the Term Provider will maintain, with insurers licensed in Canada",
                        "Provider will provide certificates of insurance on request.")),
        "warranty": P(("10.1 Provider warrants that the Services will be performed in a competent",
                       "Provider will re-perform the Service at no charge.")),
        "warranty-disclaimer": P(("10.2 Except as stated in this Agreement, Provider makes no other warranties",
                                  "all of which are disclaimed to the extent permitted by law.")),
        "background-ip-retained": P(("9.1 Provider retains all right, title and interest in its monitoring platform",
                                     "or develops generally for its customers.")),
        "payment-terms": P("6.2 Each invoice is payable within thirty (30) days of the invoice date by electronic funds transfer."),
        "late-payment-remedy": P(("6.3 Overdue amounts bear interest at 1.5% per month",
                                  "until the amount is paid.")),
        "termination-convenience": P(("14.2 After the first twelve (12) months of the Initial Term, either party may end this Agreement for any reason",
                                      "at least ninety (90) days' written notice.")),
        "termination-cause-cure": P(("14.3 Either party may terminate this Agreement by written notice if the other party materially breaches it",
                                     "or has a receiver appointed.")),
        "non-solicitation": P(("15.1 During the Term and for twelve (12) months afterwards, neither party will",
                               "directly involved in providing or receiving the Services.")),
        "governing-law": P(("17.1 Ontario law, together with the federal laws of Canada that apply in Ontario, governs this Agreement.",
                            "courts of Ontario sitting in Toronto.")),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="agile-scrum-sow",
    type="Agile / Scrum statement of work, time and materials (US) (unseen style)",
    style="Agile Scrum SOW under an MSA that is not included: product vision and epics, Product Owner "
          "duties, sprint calendar, Definition of Done, velocity forecasts, time and materials with "
          "a not-to-exceed amount, plain question-style headings",
    labels={
        "scope-defined": P(("2.1 Product goal for Release 1:", "on iOS 16+ and Android 12+."),
                           ("2.2 The initial Product Backlog, as refined in the discovery workshop",
                            "E7 Analytics events and crash reporting")),
        "deliverables": P(("2.4 What the team will hand over for Release 1:",
                           "a potentially releasable Increment and the Sprint Review notes.")),
        "assumptions-exclusions": P(("- The product, inventory and loyalty APIs are stable",
                                     "beyond a one-time import script.")),
        "client-dependencies": P(("3.2 The Product Owner is Cedar & Pine's Priya Ramanathan.",
                                  "without waiting for a committee."),
                                 ("3.3 Cedar & Pine will also give the team, by the start of Sprint 1:",
                                  "for the pickup process.")),
        "milestones": P(("Sprint | Dates | Focus",
                         "Sprints 9 - 12 | TBD | E7 and Release 2 themes")),
        "change-control": P(("8.2 A written Change Request signed by both engagement leads is needed to:",
                             "without one.")),
        "acceptance-criteria": P(("A backlog item is Done only when all of the following are true:",
                                  "(g) it has been deployed to the staging environment."),
                                 "The Product Owner accepts or rejects each item against the Definition of Done and its acceptance criteria."),
        "deemed-acceptance": P(("7.2 An item the Product Owner has not rejected in writing",
                                "is treated as accepted.")),
        "rejection-remedy": P(("7.3 A rejected item goes back to the Product Backlog.",
                               "the time spent is billable like any other work.")),
        "ip-ownership-deliverables": P(("11.1 Once Cedar & Pine has paid the invoice covering the Sprint",
                                        "pass to Cedar & Pine.")),
        "payment-terms": P(("9.3 Brightloop invoices at the end of every second Sprint",
                            "Invoices are due thirty (30) days after the invoice date.")),
        "termination-convenience": P(("12.1 Either Cedar & Pine or Brightloop may end this SOW at the end of any Sprint",
                                      "ten (10) business days' written notice.")),
        "payment-on-termination": P(("12.2 If the SOW ends early, Cedar & Pine pays for all hours worked",
                                     "in the state they are in.")),
        "no-guarantee-results": P(("Brightloop does not promise that any particular number of backlog items",
                                   "within the not-to-exceed amount."),
                                  ("10.2 Approval of the apps by the Apple App Store and Google Play",
                                   "but cannot promise approval.")),
        "non-solicitation": P(("13.1 While this SOW runs and for twelve (12) months after it ends",
                               "25% of that person's first-year compensation.")),
        "vague-terms": P("2.3 Release 2 scope: TBD after the Sprint 6 review.",
                         "Sprints 9 - 12 | TBD | E7 and Release 2 themes",
                         "Not-to-exceed amount for Sprints 9 to 12: USD [●]."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="saas-order-form-key-terms",
    type="SaaS subscription and implementation order form with incorporated terms (UK) (unseen style)",
    style="SaaS implementation order form: key-terms table of `Label | value` rows at the top, "
          "implementation scope and deliverable bullets, short numbered incorporated terms with "
          "plain headings; Go-Live date and training count left as placeholders",
    labels={
        "scope-defined": P(("The Implementation Services comprise:",
                            "plus one re-import before Go-Live.")),
        "deliverables": P(("Implementation deliverables:",
                           "completed and signed by Quillstack's implementation lead.")),
        "assumptions-exclusions": P(("Not included in the Implementation Fee:",
                                     "- on-site attendance.")),
        "milestones": W(
            "the only schedule is a Target Go-Live placeholder to be agreed at kick-off; the "
            "implementation phases carry no dates",
            "Target Go-Live | [TBC - date to be agreed at kick-off]",
            ("Implementation phases: (1) kick-off and discovery;",
             "(5) Go-Live and two weeks of hypercare.")),
        "client-delay-relief": P(("3. If we are held up. Quillstack is not responsible for any delay",
                                  "move back by at least the length of that delay.")),
        "force-majeure": P(("11. Events outside a party's control. Neither party is liable",
                            "industrial action by third parties or acts of government.")),
        "acceptance-criteria": W(
            "completion and Go-Live depend on the Customer confirming it is satisfied, in its "
            "sole discretion, with no criteria and no time limit",
            ("The Implementation Services are complete, and Go-Live occurs, when the Customer confirms",
             "which the Customer may give or withhold in its sole discretion.")),
        "security-obligations": P(("4.2 Quillstack maintains an information security management system",
                                   "using multi-factor authentication.")),
        "breach-notification": W(
            "breach notice within five business days (later than 72 hours)",
            ("4.3 If Quillstack becomes aware of a personal data breach affecting Customer Data",
             "the details reasonably available to it.")),
        "data-return-deletion": P(("4.4 For 30 days after the Agreement ends",
                                   "of no more than 35 days.")),
        "confidentiality": P(("5. Confidentiality. Each party will keep confidential",
                              "bound by equivalent duties."),
                             "The obligation continues for three years after the Agreement ends."),
        "liability-cap": P("Liability Cap | fees paid and payable in the 12 months before the claim (see Term 8)",
                           ("8.1 Each party's total aggregate liability under or in connection with the Agreement",
                            "in the 12 months before the event giving rise to the claim.")),
        "consequential-damages-exclusion": P(("8.2 Neither party is liable for loss of profits",
                                              "or for any indirect or consequential loss, however arising.")),
        "indemnification": P(("7.1 Quillstack will defend the Customer against any claim by a third party",
                              "infringes that third party's intellectual property rights, and will pay any damages, costs and settlement amounts finally awarded or agreed."),
                             ("7.2 The Customer will defend Quillstack against any claim by a third party",
                              "in breach of the Agreement or the law, and will pay any damages, costs and settlement amounts finally awarded or agreed.")),
        "warranty": P(("6.1 Quillstack warrants that the Subscription will perform materially",
                       "re-perform the non-conforming Implementation Services at no charge.")),
        "warranty-disclaimer": P(("6.2 Apart from the warranties in Term 6.1",
                                  "excluded to the fullest extent permitted by law.")),
        "background-ip-retained": P(("9. What each party keeps. Quillstack and its licensors keep all rights",
                                     "Nothing in the Agreement transfers those rights to the Customer.")),
        "payment-terms": P("Payment Terms | invoices payable within 30 days of invoice date"),
        "late-payment-remedy": P(("Late Payment | interest at 1% per month on overdue sums",
                                  "unpaid 15 days after a written reminder")),
        "termination-cause-cure": P(("10.2 Either party may end the Agreement by written notice if the other commits a material breach",
                                     "or if the other becomes insolvent.")),
        "governing-law": W(
            "the governing law floats: it is the law of wherever the Customer has its principal "
            "place of business",
            "Governing Law | the law of the country in which the Customer has its principal place of business (see Term 12)",
            ("12. Law and courts. The Agreement is governed by the law of the country",
             "exclusive jurisdiction over any dispute arising from it.")),
        "vague-terms": P("Training Sessions | up to [__] remote sessions for administrators",
                         "Target Go-Live | [TBC - date to be agreed at kick-off]"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="sg-systems-integration-contract",
    type="Systems integration contract, employer's form (Singapore) (unseen style)",
    style="Singapore systems integration contract: Employer/Contractor, Employer's Representative, "
          "Works, Employer's Requirements, milestone payment table with payment certificates, "
          "variations, extension of time, liquidated damages per day, Taking-Over Tests and "
          "Certificate, Defects Liability Period, SIAC arbitration",
    labels={
        "scope-defined": P(("2.1 The Contractor shall design, supply, install, configure, integrate",
                            "(f) training of twelve (12) super-users and thirty (30) counter staff per Site.")),
        "deliverables": P(("2.2 The Contractor shall deliver the following Contractor's Documents:",
                           "operation and maintenance manuals; and training materials.")),
        "assumptions-exclusions": W(
            "the exclusions are left to the Employer's Requirements (tender Volume 2), a document "
            "outside the contract text",
            "2.3 Items stated in the Employer's Requirements to be excluded from the Contractor's scope shall not form part of the Works."),
        "client-dependencies": P(("3.2 The Employer shall:",
                                  "(d) respond to submissions of the Contractor for approval within ten (10) Working Days.")),
        "milestones": P("\"Completion Date\" means 30 June 2025, or such later date as may be fixed under Clause 8.3;",
                        ("Milestone | Description | Percentage of Contract Sum | Target date",
                         "M5 | End of the Defects Liability Period | 10% | 24 months after M4")),
        "client-delay-relief": W(
            "an extension of time for Employer-caused delay is granted only at the Employer's "
            "Representative's absolute discretion",
            ("8.3 If the Contractor is delayed by a variation, by a failure of the Employer",
             "grant such extension of the Completion Date as he considers fair.")),
        "force-majeure": P(("9.1 A party shall not be in default under this Contract to the extent that it is hindered or prevented",
                            "acts of terrorism and orders of any government authority.")),
        "time-of-essence": P("Time for completion shall be of the essence of this Contract."),
        "delay-penalties": W(
            "liquidated damages run per day with no cap and are payable irrespective of the cause "
            "of the delay unless an extension has been granted",
            ("8.1 If the Contractor fails to complete the Works by the Completion Date",
             "the date of the Taking-Over Certificate."),
            ("8.2 The liquidated damages under Clause 8.1 shall be payable irrespective of the cause of the delay",
             "from any sum due to the Contractor.")),
        "change-control": P(("6.1 The Employer's Representative may at any time instruct a variation",
                             "No variation shall be carried out without such a written order."),
                            ("6.2 Before a variation order is issued, the Contractor shall",
                             "as fairly determined by the Employer's Representative.")),
        "acceptance-criteria": P(("10.1 The Taking-Over Tests shall comprise:",
                                  "trial operation with no severity 1 incident."),
                                 ("10.3 When the Works have passed the Taking-Over Tests",
                                  "a Taking-Over Certificate within seven (7) days.")),
        "deemed-acceptance": W(
            "deemed taking-over only after ninety days' continuous live use by the Employer",
            ("10.4 If the Employer uses any part of the Works for the treatment or registration of patients",
             "deemed to have been taken over at the end of that period.")),
        "rejection-remedy": P(("10.2 If the Works or any part fail the Taking-Over Tests",
                               "before the Employer exercises its rights under Clause 14.2.")),
        "security-obligations": P(("4.2 In relation to any system that holds patient data",
                                   "with all high and critical findings remediated.")),
        "confidentiality": W(
            "confidentiality binds only the Contractor (protects only the Employer) and has no "
            "survival",
            ("4.3 The Contractor shall treat the contents of this Contract",
             "without the prior written consent of the Employer.")),
        "liability-cap": P(("13.4 The total liability of the Contractor to the Employer",
                            "fraud, wilful default or death or personal injury.")),
        "consequential-damages-exclusion": P(("13.5 Neither party shall be liable to the other for loss of profit",
                                              "or for any indirect or consequential loss or damage.")),
        "indemnification": P(("13.1 The Contractor shall indemnify the Employer against all claims",
                              "except to the extent caused by the negligence of the Employer."),
                             ("13.2 The Employer shall indemnify the Contractor against claims by third parties",
                              "or from the Employer's instructions.")),
        "insurance": W(
            "the insurances and their amounts are whatever the Employer may require and stipulate "
            "from time to time (client discretion)",
            ("13.3 The Contractor shall effect and maintain such insurances",
             "in such amounts as the Employer may stipulate.")),
        "warranty": W(
            "the defects obligation runs for a twenty-four-month Defects Liability Period (longer "
            "than 12 months)",
            "\"Defects Liability Period\" means the period of twenty-four (24) months commencing on the date stated in the Taking-Over Certificate;",
            ("11.1 The Contractor shall make good at its own cost any defect in the Works",
             "within the response times in the Employer's Requirements.")),
        "ip-ownership-deliverables": P(("12.1 The intellectual property in the Contractor's Documents",
                                        "for the milestone at which it is delivered.")),
        "background-ip-retained": W(
            "pre-existing materials are retained only if listed in Appendix 6 (not included); "
            "everything else is treated as written for the Works and passes to the Employer",
            ("12.2 The Contractor's pre-existing software and materials listed in Appendix 6",
             "treated as specifically written for the Works.")),
        "payment-terms": P(("5.2 Upon achieving a milestone the Contractor shall submit a payment claim.",
                            "within thirty (30) days of the date of the payment certificate.")),
        "termination-convenience": W(
            "termination for convenience only for the Employer",
            ("14.1 The Employer may at any time, for its convenience, terminate this Contract",
             "thirty (30) days' notice in writing to the Contractor.")),
        "termination-cause-cure": W(
            "the Employer may terminate forthwith for default, with no cure period for the "
            "Contractor",
            ("14.2 The Employer may forthwith terminate this Contract by written notice if the Contractor:",
             "other than a voluntary liquidation for reconstruction.")),
        "payment-on-termination": P(("14.3 Upon termination under Clause 9.2 or Clause 14.1",
                                     "as certified by the Employer's Representative.")),
        "governing-law": P("15.1 This Contract is governed by the laws of Singapore.",
                           ("15.2 If a dispute under this Contract is not settled by negotiation",
                            "The award shall be final and binding.")),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="university-research-software-collaboration",
    type="Research software collaboration agreement, university and developer (Scotland) (unseen style)",
    style="university research-software collaboration: the University / the Developer (a "
          "co-operative), \"we\"/\"us\" in places, grant funding, background and open-source "
          "licensing of the code, publication and credit, FOI (Scotland), work plan and budget "
          "schedules",
    labels={
        "scope-defined": P(("2.1 The Developer will design and build TIDEPOOL",
                            "(e) publishes cleaned daily files to the University's research data repository.")),
        "deliverables": P(("2.2 The Developer will also write user and developer documentation",
                           "two half-day training sessions for research group members."),
                          ("Stage | What the Developer delivers | By",
                           "a software paper submitted to the Journal of Open Source Software | 31 October 2026")),
        "client-dependencies": W(
            "the University only uses reasonable endeavours to provide the sample files, scripts "
            "and researchers' time",
            ("3.2 The University will use reasonable endeavours to make available to the Developer",
             "about the data and the quality-control methods.")),
        "milestones": P("2.3 The Developer will carry out the work in the stages and by the dates set out in the Work Plan in Schedule 1.",
                        ("Stage | What the Developer delivers | By",
                         "a software paper submitted to the Journal of Open Source Software | 31 October 2026")),
        "security-obligations": W(
            "security duties tied to the University's policies 'as updated from time to time', "
            "with no fixed standard in the contract",
            ("3.5 When it works on the University's systems or holds research data",
             "in each case as updated from time to time.")),
        "confidentiality": W(
            "confidentiality ends when the Agreement ends (no survival)",
            ("7.1 Each party will keep confidential any information the other marks as confidential",
             "will only use that information for the Project."),
            "7.2 The obligations in this clause 7 end when this Agreement ends."),
        "warranty-disclaimer": P(("8.2 TIDEPOOL is research software supplied \"as is\".",
                                  "satisfactory quality or fitness for a particular purpose.")),
        "ip-ownership-deliverables": P(("5.2 Copyright in the TIDEPOOL code, documentation and tutorial written in the Project belongs to the Developer",
                                        "on the public repository as they are written.")),
        "background-ip-retained": P(("5.1 Each party keeps ownership of the intellectual property it had before this Agreement",
                                     "except as needed to carry out the Project.")),
        "termination-convenience": P("9.2 Either party may end this Agreement at any time by giving the other 60 days' written notice."),
        "termination-cause-cure": P(("9.3 Either party may end this Agreement with immediate effect by written notice",
                                     "within 30 days after being asked in writing to do so.")),
        "payment-on-termination": P(("9.4 If this Agreement ends early, the University will pay the Developer for the work done",
                                     "in each case within the Budget.")),
        "no-guarantee-results": P(("8.1 This is research. Neither party can promise",
                                   "will detect every faulty reading.")),
        "governing-law": W(
            "asymmetric forum: the Developer submits to the Scottish courts exclusively while the "
            "University may sue in any other country",
            ("10.1 This Agreement is governed by the law of Scotland.",
             "in the courts of any other country where the Developer has assets.")),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="purchase-order-vendor-terms",
    type="Purchase order with vendor's terms of trade overleaf (New Zealand) (unseen style)",
    style="purchase order / order form with line-item table (TBC/TBA entries), customer cost-centre "
          "block and the IT vendor's compact terms of trade on the reverse: we/you, GST, PPSA "
          "security interest, Consumer Guarantees Act contracting-out; many protections absent",
    labels={
        "milestones": P("Required by: Friday 14 March 2025"),
        "force-majeure": P(("8.1 We are not liable for any failure or delay caused by events outside our reasonable control",
                            "pandemics or government restrictions.")),
        "liability-cap": P(("7.1 Our total liability to you for anything arising from an order",
                            "the price you have paid for the services or equipment concerned.")),
        "consequential-damages-exclusion": P("7.2 We are not liable to you for any loss of profits, business, data or revenue, or for any indirect or consequential loss."),
        "warranty": P(("6.1 We will carry out services with reasonable care and skill.",
                       "we will re-do it at no charge.")),
        "warranty-disclaimer": P(("6.2 Apart from clause 6.1, and to the extent the law allows",
                                  "it is fair and reasonable to contract out of it.")),
        "ip-ownership-deliverables": P("9.1 We own all intellectual property in the configurations, scripts, diagrams and documents we produce for you."),
        "background-ip-retained": P("9.2 We also keep ownership of our own tools, templates and know-how, whenever they were developed."),
        "payment-terms": P("3.2 Invoices must be paid in full, without set-off, within 14 days of the invoice date."),
        "late-payment-remedy": P(("3.3 If you pay late, we may charge interest at 2% per month",
                                  "until your account is up to date.")),
        "non-solicitation": W(
            "the no-hire promise lasts only while an order is being carried out (ends with the "
            "contract)",
            "10.1 While we are carrying out an order for you, you will not offer employment to any of our technicians who work on your site."),
        "vague-terms": P("3 | Additional labour if required | TBC | hr | 145.00 | TBA",
                         "Installation window: TBC with site contact"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="de-it-framework-agreement",
    type="IT services framework agreement, German style in English translation (unseen style)",
    style="German/EU framework agreement translated into English: Contractor (Auftragnehmer) / "
          "Principal (Auftraggeber), § numbering with (1)/(2), individual orders, service vs. work "
          "contract (BGB), cooperation duties, acceptance protocol, contractual penalty, cardinal "
          "obligations and foreseeable typical damage, Art. 28 GDPR annex",
    labels={
        "client-dependencies": P(("(1) The Principal shall support the Contractor in the performance of the services",
                                  "deliver the contributions agreed in the individual order on time.")),
        "client-delay-relief": P("(2) If the Principal does not fulfil its cooperation duties, or does not fulfil them on time, agreed deadlines shall be postponed by the duration of the delay plus a reasonable start-up period."),
        "force-majeure": P(("Neither party is responsible for delays or failures in performance caused by force majeure",
                            "the obligations concerned are suspended.")),
        "delay-penalties": P(("(2) If the Contractor culpably exceeds a binding deadline",
                              "but not more than 5% of that net order value in total.")),
        "change-control": P(("(1) The Principal may request changes to the services agreed in an individual order at any time.",
                             "on the scope of services, the remuneration and the deadlines (change offer)."),
                            ("(2) A change becomes binding only when both parties have signed a change agreement",
                             "on the basis of the unchanged individual order.")),
        "acceptance-criteria": P(("The Principal then checks the work result in an acceptance test",
                                  "against the service description of the individual order."),
                                 ("(2) The result of the acceptance test is recorded in an acceptance protocol",
                                  "these are remedied in the course of the warranty.")),
        "deemed-acceptance": P(("(4) A work result is deemed accepted if the Principal has neither declared acceptance",
                                "after the notification of readiness for acceptance.")),
        "rejection-remedy": P(("(3) The Contractor shall remedy defects recorded in the acceptance protocol",
                               "paragraphs (1) and (2) apply accordingly.")),
        "security-obligations": P(("3. Technical and organisational measures (Art. 32 GDPR).",
                                   "critical security updates installed within 72 hours.")),
        "breach-notification": P(("5. Personal data breaches. The Contractor shall report any personal data breach to the Principal",
                                  "for its notification under Art. 33 GDPR.")),
        "data-return-deletion": P(("6. Deletion and return. After the end of the provision of the services",
                                   "unless storage is required by law.")),
        "confidentiality": P(("(1) The parties shall treat as confidential all information about the other party",
                              "only for the purposes of this Agreement."),
                             "(3) The obligation continues for three years after the end of this Framework Agreement."),
        "liability-cap": W(
            "liability for slight negligence is limited only to the foreseeable damage typical for "
            "the contract, with no amount; liability for intent and gross negligence is unlimited",
            ("(2) In the case of slight negligence, the Contractor is liable only for the breach of an essential contractual obligation",
             "limited to the foreseeable damage typical for this type of contract.")),
        "consequential-damages-exclusion": P("(3) In cases of slight negligence, liability for indirect damage, consequential damage and lost profit is excluded."),
        "indemnification": P(("(1) The Contractor shall indemnify the Principal against claims of third parties",
                              "leaves the conduct of the defence to it."),
                             ("(2) The Principal shall indemnify the Contractor against claims of third parties",
                              "materials, data or specifications provided by the Principal.")),
        "insurance": P(("The Contractor shall maintain, for the term of this Framework Agreement, business and professional liability insurance",
                        "and shall provide proof thereof on request.")),
        "warranty": P("(1) The Contractor warrants that work results have the agreed quality at the time of acceptance and are free from defects of title.",
                      "(3) Claims for defects become time-barred twelve (12) months after acceptance."),
        "ip-ownership-deliverables": P(("(1) Upon full payment of the remuneration owed for the respective work result",
                                        "in all known types of use."),
                                       "(2) Until full payment, the Principal is permitted to use the work results only revocably and only for test purposes."),
        "late-payment-remedy": P(("(2) If the Principal is in default of payment",
                                  "until payment is received.")),
        "termination-convenience": P("(2) Each party may terminate this Framework Agreement with a notice period of three months to the end of a calendar quarter, at the earliest with effect from 31 December 2025."),
        "termination-cause-cure": P(("(3) The right of each party to terminate for good cause",
                                     "after an unsuccessful warning (§ 314 (2) BGB).")),
        "payment-on-termination": P(("(4) In the event of termination, the Contractor shall receive the remuneration",
                                     "the share corresponding to the progress of work.")),
        "no-guarantee-results": P("In that case the Contractor owes the careful performance of the services in accordance with the recognised rules of the art, but not the achievement of a particular economic or technical result."),
        "non-solicitation": P(("During the term of this Framework Agreement and for twelve months after its end, the Principal shall refrain",
                               "who were deployed for it under an individual order.")),
        "governing-law": P(("(1) This Agreement is subject to the law of the Federal Republic of Germany",
                            "International Sale of Goods."),
                           "(2) Exclusive place of jurisdiction for all disputes arising from or in connection with this Agreement is Munich."),
    }))
