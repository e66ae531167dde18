"""The hand-made judgements of benchmarks/unseen12: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen12)."""

SOURCE = "written for contract-analyzer as a twelfth blind unseen-style check (unseen12)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="bg-contract-for-work-software",
    type="contract for work, software development (Bulgaria, translated) (unseen style)",
    style="Bulgarian contract for work (dogovor za izrabotka) in translation: 'No. 14/2026', 'Today, "
          "12.03.2026, in the city of Plovdiv, between:', EOOD and OOD with UIC numbers and Managers "
          "acting jointly, ASSIGNOR / CONTRACTOR in capitals, 'on the grounds of Art. 258 et seq. of the "
          "Obligations and Contracts Act', Roman-numeral sections with continuously numbered Art. n. (n) "
          "and 1. items, cross-references 'under Art. 1, para 2', grain warehouse and weighbridge system, "
          "prices in euro (Bulgaria's first year in the euro area), 14-day payment and statutory interest, "
          "annex for changes, protocol of acceptance with deemed acceptance, 0.2% daily penalty capped at "
          "10%, Art. 306 Commerce Act force majeure, transfer of property rights on full payment, the "
          "Assignor's withdrawal under Art. 268, test scenarios annex 'to be drawn up'; balanced",
    labels={
        "scope-defined": P(("Art. 1. (1) The ASSIGNOR assigns and the CONTRACTOR accepts to design, develop, install",
                            "5. administration: users, roles and an audit log of changes.")),
        "deliverables": P("(3) Upon completion the CONTRACTOR shall hand over to the ASSIGNOR: the System installed on the server of the ASSIGNOR; the source code of the modules under para 2; a user manual in Bulgarian; an administrator manual; and a protocol of training of up to twelve employees of the ASSIGNOR."),
        "client-dependencies": P("2. provide to the CONTRACTOR within 5 (five) working days from the signing of the contract access to the premises of the three warehouses, to its server and to the weighbridges, as well as the technical documentation of the weighbridges;",
                                 "3. appoint a contact person authorised to give instructions and to answer the questions of the CONTRACTOR within 3 (three) working days;"),
        "milestones": P(("Art. 2. (1) The work shall be performed in three stages, as follows:",
                         "3. Stage III - putting into operation in the three warehouses and training: by 30.06.2026, before the beginning of the wheat harvest.")),
        "client-delay-relief": P("(2) The time limits under para 1 shall be extended by the period of any delay of the ASSIGNOR in the performance of its obligations under Art. 6"),
        "force-majeure": P("No Party shall be liable for non-performance caused by force majeure within the meaning of Art. 306 of the Commerce Act"),
        "delay-penalties": P("it owes a penalty of 0.2% of the value of the overdue stage for each day of delay, but not more than 10% of the total remuneration under Art. 3, para 1."),
        "change-control": P("(3) The CONTRACTOR shall perform a change only after both Parties have signed an annex to this contract describing the change, the additional remuneration and the new time limits."),
        "acceptance-criteria": P("(2) The acceptance of Stage II and Stage III shall be made by testing the System against the test scenarios agreed by the Parties in writing within Stage I"),
        "deemed-acceptance": P("If it does neither within this time limit, the stage shall be considered accepted without objections."),
        "rejection-remedy": P("(4) Where the protocol records defects, the CONTRACTOR shall remedy them at its own expense within a reasonable time limit specified in the protocol, but not shorter than 10 (ten) working days, after which the result shall be submitted for acceptance again under para 2 and 3."),
        "security-obligations": W("security duties with no standard: only 'appropriate technical and organisational measures'",
                                  "3. apply appropriate technical and organisational measures for the protection of the data of the ASSIGNOR to which it has access;"),
        "breach-notification": W("breach notice without a deadline ('without undue delay')",
                                 "4. inform the ASSIGNOR without undue delay of any unauthorised access to or loss of data of the ASSIGNOR which has come to its knowledge."),
        "data-return-deletion": P("(3) Upon termination of the contract each Party shall return to the other Party or destroy the documents and data carriers containing information of the other Party"),
        "confidentiality": P("Art. 12. (1) Each Party shall keep confidential the information about the other Party",
                             "(2) The obligation under para 1 shall remain in force for 3 (three) years after the termination of the contract."),
        "liability-cap": P("Art. 14. (1) The total liability of each Party under this contract shall be limited to the amount of the remuneration under Art. 3, para 1, except in cases of intent or gross negligence."),
        "consequential-damages-exclusion": P("(2) Neither Party shall be liable to the other for lost profits or for indirect damages."),
        "warranty": P("Art. 10. (1) The CONTRACTOR warrants that the System will function in accordance with Art. 1, para 2 and the user manual for a period of 6 (six) months"),
        "ip-ownership-deliverables": P("Art. 11. (1) The property rights of use on the System and on its source code under the Copyright and Related Rights Act shall pass to the ASSIGNOR upon the full payment of the remuneration under Art. 3, para 1"),
        "payment-terms": P("(2) Each payment shall be made by bank transfer to the account of the CONTRACTOR within 14 (fourteen) days from the receipt of an original invoice"),
        "late-payment-remedy": P("Art. 4. For delay in any payment the ASSIGNOR owes the CONTRACTOR default interest in the amount of the statutory interest on the outstanding sum for each day of delay.",
                                 "(2) If the ASSIGNOR delays a payment due by more than 20 (twenty) days, the CONTRACTOR may suspend the performance after a written notice until the payment is made."),
        "termination-convenience": W("termination for convenience only for the client (the Assignor's withdrawal under Art. 268 OCA)",
                                     "4. by the ASSIGNOR under Art. 268 of the Obligations and Contracts Act."),
        "termination-cause-cure": P("3. by either Party with a 14 (fourteen) day written notice to the other Party, where the other Party does not perform a material obligation under this contract and does not remedy the non-performance within the time limit of the notice;"),
        "payment-on-termination": P("the ASSIGNOR shall pay to the CONTRACTOR the remuneration for the part of the work performed until the termination"),
        "non-solicitation": P("Art. 13. During the term of the contract and 12 (twelve) months after its termination neither Party shall offer employment or a civil contract to an employee of the other Party"),
        "governing-law": P("Art. 18. For all matters not settled in this contract the provisions of the Bulgarian legislation in force shall apply.",
                           "by the competent Bulgarian court."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="pe-contrato-locacion-de-servicios",
    type="IT services contract, locación de servicios (Peru, translated) (unseen style)",
    style="Peruvian contrato de locación de servicios in free translation: 'Let it be recorded by the "
          "present document ...', S.A.C. parties with RUC, DNI and powers in an Electronic Entry of the "
          "Registry of Legal Entities of Lima, THE LESSOR / THE PRINCIPAL, FIRST CLAUSE: BACKGROUND to "
          "SIXTEENTH CLAUSE: DOMICILES with n.n items and a) lists, Odoo-OSE electronic invoicing and "
          "Power BI dashboard for a coffee exporter, Soles plus IGV, Spot detraction deposit at the Banco "
          "de la Nación, BCRP maximum moratory rate and suspension, schedule 'agreed ... in the kick-off "
          "meeting' with referential dates, obligations of means, article 1762 and 1315 Civil Code, Law "
          "29733, article 1429 notarial letter, Lima Chamber of Commerce arbitration, 'In signal of "
          "conformity'; LESSOR (provider)-favourable",
    labels={
        "scope-defined": P(("2.1 By the present contract THE LESSOR undertakes to render to THE PRINCIPAL",
                            "d) training of up to eight (8) users of THE PRINCIPAL in two virtual sessions.")),
        "deliverables": P("2.2 THE LESSOR shall deliver: (i) the integration module installed in the production environment; (ii) the dashboard published in the Power BI tenant of THE PRINCIPAL; (iii) the user manual and the technical manual; and (iv) the record of the training."),
        "assumptions-exclusions": P("2.3 The following are not included in the object of the contract:"),
        "client-dependencies": P(("a) to grant to THE LESSOR, within three (3) business days following the signing,",
                                  "c) to deliver the master data in the format requested by THE LESSOR;")),
        "client-delay-relief": P("3.3 If THE PRINCIPAL delays in providing information, accesses or approvals, the dates of the schedule shall be extended by the same number of days, without any responsibility of THE LESSOR."),
        "force-majeure": P("Neither Party shall be liable for the non-performance or the late performance of its obligations caused by a fortuitous event or force majeure, in the terms of article 1315 of the Civil Code."),
        "change-control": P("Any requirement not included in the Second Clause shall be quoted by THE LESSOR and shall only be carried out once THE PRINCIPAL has approved in writing the corresponding quotation, with its cost and its effect on the schedule."),
        "acceptance-criteria": P("THE PRINCIPAL shall verify within five (5) business days that it complies with the functionalities described in the proposal No. QL-2026-017, by executing the test cases attached to it"),
        "deemed-acceptance": P("8.2 If THE PRINCIPAL does not communicate observations within the said period, the conformity shall be understood as granted."),
        "rejection-remedy": P("8.3 THE LESSOR shall correct the observations within a period of ten (10) business days and shall submit the item again for verification."),
        "security-obligations": P("shall apply the security measures provided for in Law No. 29733, Law for the Protection of Personal Data, its Regulation and the Security Directive of the National Authority for the Protection of Personal Data."),
        "breach-notification": W("breach notice without a deadline ('as soon as it becomes aware of it')",
                                 "12.3 THE LESSOR shall inform THE PRINCIPAL of any security incident that affects said personal data as soon as it becomes aware of it."),
        "data-return-deletion": P("12.4 Upon the end of the contract, THE LESSOR shall return to THE PRINCIPAL the information received and shall delete the copies held in its equipment within fifteen (15) days, issuing a record of deletion."),
        "confidentiality": P("12.1 The Parties shall keep in reserve the information of the other Party to which they have access on the occasion of the contract and shall not disclose it to third parties. This obligation shall remain in force for two (2) years after the end of the contract."),
        "liability-cap": P("the total liability of THE LESSOR for any concept shall not exceed the amount effectively paid by THE PRINCIPAL under the present contract"),
        "consequential-damages-exclusion": P("and shall not include lost profits (lucro cesante), moral damage or indirect damage."),
        "warranty": P("10.1 THE LESSOR guarantees that the integration module and the dashboard will operate in accordance with the manuals delivered for a period of ninety (90) calendar days counted from the conformity"),
        "warranty-disclaimer": P("10.2 Except for the provisions of numeral 10.1, THE LESSOR grants no other guarantee, express or implied, including the suitability of the solution for a particular purpose."),
        "ip-ownership-deliverables": P("9.1 The economic rights on the dashboard and on the code specifically developed for THE PRINCIPAL shall be transferred to THE PRINCIPAL upon the total payment of the consideration."),
        "background-ip-retained": P("9.2 THE LESSOR retains the ownership of its libraries, connectors, templates and tools pre-existing to the present contract or developed independently of it"),
        "payment-terms": P("5.3 Each instalment shall be paid within fifteen (15) calendar days following the issue of the electronic invoice."),
        "late-payment-remedy": P("5.4 In case of delay in payment, the amount due shall accrue the maximum moratory interest rate fixed by the Central Reserve Bank of Peru",
                                 "THE LESSOR may suspend the services until the payment is regularised"),
        "termination-convenience": P("14.1 Either Party may terminate the contract without expressing cause by means of a written communication sent with thirty (30) calendar days of anticipation."),
        "termination-cause-cure": P("14.2 If one of the Parties fails to comply with any of its obligations, the other Party may require it by notarial letter to satisfy it within a period of fifteen (15) days"),
        "payment-on-termination": P("14.3 In any case of termination, THE PRINCIPAL shall pay THE LESSOR the services rendered up to the effective date of termination, in proportion to the progress"),
        "no-guarantee-results": P("7.1 The obligations of THE LESSOR are obligations of means.",
                                  "7.2 THE LESSOR may rely on the information, data and instructions supplied by THE PRINCIPAL, and shall not be responsible for their accuracy."),
        "non-solicitation": W("non-solicitation ending with the contract ('During the term of the contract')",
                              "12.5 During the term of the contract, THE PRINCIPAL shall not hire, directly or through third parties, the personnel of THE LESSOR assigned to the services."),
        "governing-law": P("15.1 The present contract is governed by the laws of the Republic of Peru."),
        "vague-terms": P("3.2 The detailed schedule of activities shall be agreed by the Parties in the kick-off meeting and recorded in its minutes"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="tw-commissioned-system-development-contract",
    type="commissioned information system development contract (Taiwan, translated) (unseen style)",
    style="Taiwanese commissioned development contract in English reference translation from Chinese: "
          "'The undersigned parties to this contract', Party A / Party B with Unified Business Numbers and "
          "responsible persons, dates in the Minguo calendar ('April 30, 115 (2026)'), Article n "
          "(Heading) with 1. and (1) items, order of precedence of Annexes 1-2 and the proposal, phase "
          "table, NT$ inclusive of 5% business tax, uniform invoices, 60-day payment and a 10% retention "
          "until the end of warranty, maintenance fee 'separately agreed', acceptance 'to the satisfaction "
          "of Party A' with price reduction or rescission, 1/1000 daily penalty capped at 20%, two-year "
          "warranty, authorship in Party A under Article 12 of the Copyright Act, ISO/IEC 27001 and a "
          "24-hour incident notice, Party A-only termination at will, Taichung District Court, company "
          "seals and stamp duty; Party A (client)-favourable",
    labels={
        "scope-defined": P(("Article 2 (Scope of Work)", "(5) Installation on Party A's servers, education and training, and handover.")),
        "deliverables": P(("Party B shall deliver to Party A the following items, each in electronic form and two paper copies:",
                           "(5) Training materials and training attendance record.")),
        "client-dependencies": W("client-discretion obligation: Party A provides information and access only 'as it deems necessary'",
                                 "3. To allow Party B to carry out the work, Party A will, as it deems necessary, provide relevant information and access to its premises and systems."),
        "milestones": P(("| Phase | Content | Completion date |", "| 4 | Acceptance and handover | October 31, 115 (2026) |")),
        "force-majeure": P("2. Neither Party shall be liable for delay or non-performance caused by natural disasters, war, epidemic, government orders or other force majeure events not attributable to it"),
        "time-of-essence": P("2. Both Parties confirm that the completion dates set forth above are essential to the purpose of this contract and that time is of the essence."),
        "delay-penalties": P("it shall pay a penalty of one-thousandth (1/1000) of the total contract price for each day of delay. The total penalty shall not exceed twenty percent (20%) of the total contract price."),
        "change-control": P("2. No change shall be carried out until both Parties have signed a written change agreement."),
        "acceptance-criteria": W("acceptance subjective / in the client's discretion ('any other standard that Party A considers appropriate', 'to the satisfaction of Party A') and with no time limit",
                                 "2. Acceptance shall be carried out by Party A against Annex 1 and any other standard that Party A considers appropriate, and shall be passed only when the results are to the satisfaction of Party A."),
        "security-obligations": P("1. Party B shall perform the work under an information security management system certified to ISO/IEC 27001, shall use encrypted connections for all remote access, and shall enable two-factor authentication for all administrator accounts of the System."),
        "breach-notification": P("3. Party B shall notify Party A within twenty-four (24) hours of becoming aware of any information security incident or personal data breach"),
        "data-return-deletion": P("4. Within fourteen (14) days after completion or termination of this contract, Party B shall return all data of Party A and destroy all copies in its possession"),
        "confidentiality": W("confidentiality protecting only the client (only Party B is bound)",
                             "Party B shall keep confidential all business secrets, technical information and personal data of Party A that it learns in the performance of this contract"),
        "liability-cap": W("a cap protecting only the client (Party A's liability only)",
                           "2. Party A's liability to Party B under this contract shall not exceed the total amount of the contract price actually paid."),
        "indemnification": W("indemnity one-sided against the provider and unlimited",
                             "1. If Party B breaches this contract or infringes the rights of any third party, Party B shall indemnify Party A for all losses suffered as a result, including attorney's fees and litigation costs."),
        "insurance": P("Party B shall, during the term of this contract, maintain employer's liability insurance and professional liability insurance with an insured amount of not less than NT$5,000,000 per occurrence"),
        "warranty": W("warranty longer than 12 months (two years from acceptance)",
                      "1. Party B warrants that the System conforms to the contract documents and is free from defects for a period of two (2) years from the date acceptance is passed."),
        "ip-ownership-deliverables": W("IP passing to the client before payment (vesting 'from the moment of creation')",
                                       "all copyright and other intellectual property rights in them vest in Party A from the moment of creation."),
        "payment-terms": W("payment due later than 45 days (60 days after the invoice)",
                           "Party A shall pay by wire transfer within sixty (60) days after receipt of the invoice and the supporting documents."),
        "termination-convenience": W("termination for convenience only for the client",
                                     "1. Party A may terminate this contract at any time by written notice to Party B."),
        "termination-cause-cure": P("2. If either Party breaches this contract and fails to remedy the breach within fifteen (15) days after receiving written notice from the other Party, the other Party may terminate this contract."),
        "governing-law": P("This contract is governed by the laws of the Republic of China (Taiwan). The Parties agree that the Taiwan Taichung District Court shall be the court of first instance for any dispute arising from this contract."),
        "vague-terms": P("4. The maintenance fee for the period after the warranty period shall be separately agreed by the Parties."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="giz-programme-contract-for-services",
    type="donor-funded programme contract for services (GIZ, Zambia) (unseen style)",
    style="GIZ contract for services signed by its Country Office Zambia under a BMZ-commissioned "
          "programme: letterhead, contract number and project processing number, '- hereinafter referred "
          "to as \"the contractor\" -', numbered sections 1.-12. with 1.1 items, terms of reference "
          "(Annex 1), AVB 2018 (Annex 2) and offer (Annex 3) 'not reproduced in this document', start date "
          "'[to be confirmed by GIZ in writing]', reports table R1-R4 approved at the officer's discretion, "
          "key experts with expert days, ceiling in EUR with fees on expert days actually worked, payment "
          "'in accordance with Section 4 of the AVB', results belonging to GIZ from creation, pre-existing "
          "components only if listed in Annex 3, GIZ security requirements 'in the version valid at the "
          "relevant time', Zambian Data Protection Act 2021, 24-hour breach notice, termination by GIZ if "
          "funding is cut, sanctions, Code of Conduct and BMZ visibility; GIZ (client)-favourable",
    labels={
        "deliverables": W("deliverables left to documents outside the contract (Section 4 of the terms of reference, not reproduced)",
                          "1.2 The outputs and software components to be delivered under this contract are specified in Section 4 of the terms of reference."),
        "milestones": P(("| No. | Report | Deadline |", "| R4 | Handover and sustainability report | 15 January 2027 |")),
        "acceptance-criteria": W("acceptance in the client's discretion ('at his or her discretion') and with no time limit",
                                 "Each report shall be approved by the GIZ officer responsible if, at his or her discretion, it meets the requirements of the terms of reference."),
        "security-obligations": W("security duties tied to changing client policies ('in the version valid at the relevant time')",
                                  "7.2 The contractor shall comply with the GIZ requirements on information security and data protection for contractors in the version valid at the relevant time, which GIZ will make available upon request."),
        "breach-notification": P("7.3 The contractor shall notify GIZ in writing within 24 hours of becoming aware of any breach of the protection of personal data processed under this contract."),
        "data-return-deletion": P("7.4 At the end of the contract, the contractor shall hand over all data to GIZ or to the institution designated by GIZ and shall delete any remaining copies, confirming the deletion in writing."),
        "confidentiality": P("The contractor shall treat as confidential all information and documents obtained in the performance of this contract",
                             "This obligation shall continue after the end of the contract."),
        "insurance": P("The contractor shall maintain, for the duration of the contract, professional liability insurance with a minimum cover of EUR 250,000 per claim"),
        "ip-ownership-deliverables": W("IP passing to the client before payment ('from the time of their creation')",
                                       "6.1 All results of the services, including the source code, documentation, content and data of the advisory platform, shall belong to GIZ from the time of their creation."),
        "background-ip-retained": W("background IP reserved only if listed (in Annex 3, which is not reproduced)",
                                    "6.2 Pre-existing software components of the contractor are excluded from 6.1 only to the extent that they are listed in Annex 3 with their licence terms."),
        "termination-convenience": W("termination for convenience only for the client",
                                     "10.1 GIZ may terminate the contract at any time, in particular if the commissioning party discontinues or reduces the funding of FAMLIP."),
        "payment-on-termination": P("10.2 In the event of termination under 10.1 the contractor shall be paid for services rendered and approved up to the date of termination"),
        "vague-terms": P("2.1 The assignment shall start on [to be confirmed by GIZ in writing]"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="call-recap-confirmed-by-email",
    type="informal IT work agreement: call recap confirmed by e-mail (unseen style)",
    style="e-mail from a Leeds automation freelancer carrying an auto-generated call recap (notetaker "
          "header with call time and recording note, SUMMARY, capitalised topic headings with [mm:ss] "
          "timestamps, dashed bullets, quoted remarks of the speakers, checkbox action items) that asks "
          "for a reply of 'confirmed' as the go-ahead; the bakery's 'Confirmed' reply and a short "
          "follow-up; Shopify and Google Form order sync for a wholesale bakery, hourly rate with an "
          "estimate of 40-55 hours, fortnightly invoices within 7 days, pause when overdue, phase 2 'price "
          "TBD', one-week sign-off window, 30-day bug fixing, cap at fees paid, a week's notice either "
          "way; no confidentiality, security, IP or governing-law terms; provider-favourable",
    labels={
        "scope-defined": P(("WHAT TOM WILL BUILD [08:15]",
                            "- A daily email to Hannah at 2:15pm with the bake totals and any cafe that hasn't ordered.")),
        "deliverables": P(("WHAT YOU'LL GET [12:40]",
                           "- A 45-minute handover session with Dev and the night shift lead.")),
        "assumptions-exclusions": P(("NOT INCLUDED [14:05]", "- Max ~40 products; anything bigger may need a rethink.")),
        "client-dependencies": P(("WHAT TOM NEEDS FROM YOU [18:10]",
                                  "- The list of cafe contacts to send the new order form to.")),
        "milestones": P(("- Week of 16 Mar: set-up, form and Shopify sync.",
                         "- Go-live target: Mon 6 Apr (Easter Monday - Hannah says they're open).")),
        "client-delay-relief": P("If I'm waiting on access or the recipe sheet, the dates move by however long I'm waiting."),
        "change-control": P("new stuff goes on a list; he emails a short estimate for each item and only does it once Hannah replies OK."),
        "deemed-acceptance": P("If nothing by then, the job counts as done and signed off."),
        "liability-cap": P("his liability is capped at what they've paid him for the job."),
        "warranty": P("- Tom fixes bugs in what he built for free for 30 days after sign-off."),
        "payment-terms": W("a price given only as an estimated range (40-55 hours, 'Not a fixed price')",
                           "- Hourly: £65/hour. Tom's estimate: 40-55 hours, so somewhere between £2,600 and £3,575. Not a fixed price.",
                           "- Invoice every two weeks for hours worked, timesheet attached, payable within 7 days."),
        "late-payment-remedy": P("- If an invoice is more than 14 days overdue Tom pauses work until it's paid."),
        "termination-convenience": P("- Either side can call it off with a week's notice by email"),
        "payment-on-termination": P("bakery pays for hours worked up to then."),
        "no-guarantee-results": P("- Tom was clear that the dough weights are only as good as Dev's recipe sheet and he can't promise it'll stop every ordering mistake the cafes make themselves."),
        "vague-terms": P("- Phase 2 (a simple driver app with delivery confirmation photos): discussed, price TBD, not part of this."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="hk-letter-of-acceptance-with-schedules",
    type="letter of acceptance of a tender with contract schedules (Hong Kong) (unseen style)",
    style="Hong Kong property manager's letter of acceptance of a tender ('Dear Sirs', 'Our Ref.', 'BY "
          "EMAIL AND BY HAND', Contract Sum in words 'Only', duplicate to be countersigned with the company "
          "chop) that makes Schedules 1-6 the contract, nearly all of them tables: Key Terms as 'Item | "
          "Subject | Term' rows 1.1-1.20, scope S1-S4, deliverables D1-D5, exclusions X1-X3, programme "
          "M1-M4 with M4 'TBC', milestone payment table in HK$, Employer's responsibilities E1-E4 and data "
          "and security DS1-DS4; Working Day excluding black rainstorm and typhoon signal No. 8, Variation "
          "Order, fair and reasonable extension, capped liquidated damages as sole remedy, Acceptance "
          "Certificate or Defects Notice with deemed issue, Defects Liability Period, Employees' "
          "Compensation Ordinance (Cap. 282), PDPO (Cap. 486), Hong Kong courts; balanced",
    labels={
        "scope-defined": P(("| S1 | Connect the existing lift, fire, water-tank and CCTV alarm outputs",
                            "| S4 | Train 30 estate staff and 6 control-room operators |")),
        "deliverables": P(("| D1 | Detailed design and point list |", "| D5 | Training records |")),
        "assumptions-exclusions": P(("| X1 | Repair or replacement of faulty field devices and alarm panels is excluded |",
                                     "| X3 | Each Estate provides a 13A socket and a dry location within 20 m of each alarm panel |")),
        "client-dependencies": P(("| E1 | Access to plant rooms and control rooms, escorted by estate staff | within 2 Working Days of request |",
                                  "| E4 | Decisions of the Employer's Representative on design questions | within 3 Working Days |")),
        "milestones": P(("| Milestone | Description | Completion Date |", "| M3 | Ma On Shan Court live | 10 July 2026 |")),
        "client-delay-relief": P("Where the Contractor is delayed by any act or omission of the Employer, including failure to perform Schedule 5, the Completion Dates are extended by a fair and reasonable period."),
        "force-majeure": P("Neither party is liable for failure or delay caused by events beyond its reasonable control, including typhoon, black rainstorm, epidemic and interruption of public utilities"),
        "delay-penalties": P("HK$2,000 per day for late Completion of Milestone M4, up to a maximum of 10% of the Contract Sum; these are the Employer's sole remedy for such delay."),
        "change-control": P("No variation to Schedule 2 is valid unless the Employer's Representative has issued a written Variation Order stating the adjustment to the Contract Sum and to the Programme"),
        "acceptance-criteria": P("Part C - Acceptance Test Plan: alarm end-to-end latency under 10 seconds for 20 sampled points per Estate; 72-hour soak test with no loss of data; ticket creation through the API in 10 out of 10 trials."),
        "deemed-acceptance": P("If it issues neither, the Acceptance Certificate is deemed issued on the last of those days."),
        "rejection-remedy": P("After a Defects Notice the Contractor shall correct the listed defects and re-submit the Milestone for re-testing of the failed tests within 10 Working Days."),
        "security-obligations": W("security duties tied to changing client policies ('as updated by the Employer from time to time')",
                                  "| DS1 | The Contractor shall comply with the Employer's IT Security Policy as updated by the Employer from time to time. |"),
        "breach-notification": W("breach notice without a deadline ('promptly')",
                                 "| DS3 | The Contractor shall inform the Employer promptly of any unauthorised access to the Dashboard or to Employer data. |"),
        "data-return-deletion": P("| DS4 | Within 30 days after the Contract ends the Contractor shall return Employer data in CSV format and then delete it from its systems. |"),
        "confidentiality": P("Each party shall keep the other's confidential information confidential during the Contract and for 3 years after it ends."),
        "liability-cap": P("Each party's aggregate liability under the Contract is limited to the Contract Sum."),
        "consequential-damages-exclusion": P("Neither party is liable for loss of profit, loss of revenue or any indirect or consequential loss."),
        "indemnification": P("The Contractor indemnifies the Employer against third-party claims that the Dashboard infringes any intellectual property right; the Employer indemnifies the Contractor against claims arising from data or materials supplied by the Employer."),
        "insurance": P("Contractor: employees' compensation insurance as required by the Employees' Compensation Ordinance (Cap. 282) and public liability insurance of not less than HK$10,000,000 per occurrence."),
        "warranty": P("12 months from the Acceptance Certificate for M4, during which the Contractor warrants that the Dashboard performs materially in accordance with Schedule 2 and shall remedy defects free of charge."),
        "warranty-disclaimer": P("Save as stated in this Contract, all other warranties and conditions, whether implied by statute or otherwise, are excluded."),
        "ip-ownership-deliverables": P("Copyright in the Dashboard configuration, reports and documentation produced under the Contract vests in the Employer upon payment of the relevant Milestone."),
        "background-ip-retained": P("The Contractor's platform, connectors and tools existing before the Contract or developed outside it remain the Contractor's property"),
        "payment-terms": P("Invoices are issued on each Acceptance Certificate and are payable within 30 days of receipt."),
        "termination-cause-cure": P("Either party may terminate by notice if the other commits a material breach and fails to remedy it within 14 days after a written notice specifying the breach."),
        "payment-on-termination": P("On any termination the Employer pays for Milestones accepted and for work properly done on the current Milestone, valued at the rates in Schedule 4."),
        "non-solicitation": W("non-solicitation binding only the provider (it protects the Employer's staff, not the Contractor's)",
                              "The Contractor shall not, during the Contract and for 12 months after it, employ any member of the Employer's estate management staff who worked on the Project."),
        "governing-law": P("Laws of the Hong Kong Special Administrative Region; exclusive jurisdiction of the Hong Kong courts."),
        "vague-terms": P("| M4 | Tin Shui Wai Place live | TBC (subject to the Owners' Corporation approval) |"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="et-software-service-agreement",
    type="software development and implementation service agreement (Ethiopia, translated) (unseen style)",
    style="Ethiopian service agreement in translation from Amharic (the Amharic version prevails): "
          "agreement number, Ethiopian-calendar date with its Gregorian equivalent ('3rd day of Megabit "
          "2018 E.C. (12 March 2026 G.C.)'), share company and PLC with TIN, trade licence, Sub-City, "
          "Woreda, Kebele and House No., Ato / W/ro honorifics, WHEREAS recitals on the bid and award, "
          "Article n - Heading with n.n and a) items, scope only in the bid document and technical "
          "proposal 'kept with the Procurement and Property Administration Directorate', Birr with 15% "
          "VAT and withholding, advance against a bank guarantee, phase payments with no due date, phase "
          "table with Phase III 'to be agreed', time of the essence, uncapped 0.1% daily penalty, "
          "Acceptance Committee with NBE reports, one opportunity to rectify, performance guarantee, "
          "24-month warranty, Civil Code Article 1792 force majeure, the Client's option of the Federal "
          "courts, registration with the Documents Authentication and Registration Service, witnesses; "
          "Client-leaning",
    labels={
        "milestones": P(("| Phase | Period of completion |", "| Phase II | 150 (one hundred fifty) calendar days |")),
        "force-majeure": P("9.1 Neither party shall be liable for failure to perform its obligations where such failure is caused by force majeure within the meaning of Article 1792 and the following Articles of the Civil Code"),
        "time-of-essence": P("5.2 The time of completion stated above is of the essence of this agreement."),
        "delay-penalties": W("liquidated damages uncapped (0.1% per day 'until the phase is completed', with no maximum)",
                             "it shall pay to the Client a penalty of one tenth of one percent (0.1%) of the contract price for each day of delay until the phase is completed."),
        "acceptance-criteria": P("6.2 On completion of each phase, the Committee shall test the System according to the acceptance test scripts of the technical proposal, including the processing of not less than 300 loan applications per hour"),
        "rejection-remedy": W("a single correction attempt ('one opportunity to rectify')",
                              "the Service Provider shall be given one opportunity to rectify the defects within twenty (20) days. If the System fails the second test, the Client may terminate the agreement"),
        "insurance": P("shall take out professional indemnity insurance of not less than Birr 2,000,000.00 with an insurer licensed by the National Bank of Ethiopia."),
        "warranty": W("warranty longer than 12 months (twenty-four months after final acceptance)",
                      "8.1 The Service Provider warrants that the System shall operate in accordance with the bid document and the technical proposal for a period of twenty-four (24) months after the final acceptance."),
        "termination-convenience": W("termination for convenience only for the client",
                                     "10.1 The Client may terminate this agreement at any time by giving thirty (30) days' written notice to the Service Provider."),
        "termination-cause-cure": P("10.2 Either party may terminate this agreement where the other party fails to perform a fundamental obligation and does not remedy the failure within thirty (30) days after receipt of a written notice from the other party."),
        "governing-law": W("asymmetric forum (only the Client may also sue before the Federal courts in Addis Ababa)",
                           "11.1 This agreement shall be governed by the laws of the Federal Democratic Republic of Ethiopia.",
                           "provided, however, that the Client may at its option bring proceedings before the Federal courts in Addis Ababa."),
        "vague-terms": P("| Phase III | to be agreed by the parties after the completion of Phase II |"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="cy-software-support-agreement",
    type="software support and hosting agreement (Cyprus) (unseen style)",
    style="Cypriot software support and hosting agreement on the provider's paper in the common-law "
          "form of the island: 'THIS AGREEMENT is made on the 9th day of March 2026', companies under the "
          "Companies Law, Cap. 113 with HE numbers, WHEREAS (A)-(B) on a separate licence, 'NOW IT IS "
          "HEREBY AGREED as follows:', 1. / 1.1 / (a) numbering, crew management and planned maintenance "
          "software for a Limassol ship manager's 22 vessels, exclusions for satellite links and hardware, "
          "Priority 1-3 response times with service credits capped at 10% as sole remedy, GDPR and Law "
          "125(I)/2018, ISO/IEC 27001:2022, 72-hour breach notice, EUR plus VAT quarterly in advance, "
          "Combating of Late Payment in Commercial Transactions Law, CPI indexation, all IP with the "
          "provider, warranties excluded under Cap. 149, no promise of MLC or flag-State compliance, "
          "loss of hire excluded, auto-renewal, District Court of Limassol, witnesses; provider-favourable",
    labels={
        "scope-defined": P(("2.1 The Provider shall provide the following services (the \"Services\"):",
                            "(f) a monthly service report.")),
        "assumptions-exclusions": P("2.2 The Services do not include:",
                                    "2.3 The Services are based on the assumption that the Customer keeps at least one satellite connection per vessel available for the daily synchronisation"),
        "client-dependencies": P(("The Customer shall:", "(d) ensure that the Customer Data entered in the Software is accurate and lawfully collected.")),
        "client-delay-relief": P("3.3 The Provider shall not be responsible for any failure to meet the response times to the extent caused by the Customer's failure to comply with clause 4 or by the vessels' communication links, and the times shall be extended accordingly."),
        "force-majeure": P("Neither party shall be in breach of this Agreement nor liable for any delay or failure in performance resulting from events beyond its reasonable control"),
        "delay-penalties": P("the Customer shall be entitled to a service credit of five per cent (5%) of the Monthly Fee for each such Incident, up to a maximum of ten per cent (10%) of the Monthly Fee for that month."),
        "security-obligations": P("5.2 The Provider shall maintain an information security management system certified to ISO/IEC 27001:2022 for the hosting environment, encrypt the Customer Data at rest and in transit, and keep daily backups for thirty (30) days."),
        "breach-notification": P("5.3 The Provider shall notify the Customer without undue delay and in any event within seventy-two (72) hours after becoming aware of a personal data breach affecting the Customer Data."),
        "data-return-deletion": P("5.4 Within thirty (30) days after the termination of this Agreement the Provider shall make available to the Customer an export of the Customer Data in a standard format and shall thereafter securely delete the Customer Data from its systems"),
        "confidentiality": P("10.1 Each party shall keep confidential all information of the other party obtained under or in connection with this Agreement",
                             "10.2 This clause 10 shall survive the termination of this Agreement for five (5) years."),
        "liability-cap": P("9.2 The total liability of the Provider under or in connection with this Agreement in any contract year shall not exceed the fees paid by the Customer in that contract year."),
        "consequential-damages-exclusion": P("9.1 Neither party shall be liable to the other for any loss of profit, loss of hire, loss of business or any indirect or consequential loss or damage."),
        "indemnification": P("9.4 The Customer shall indemnify the Provider against any claim by a third party",
                             "9.5 The Provider shall indemnify the Customer against any claim that the Software infringes the intellectual property rights of a third party, subject to clause 9.2."),
        "warranty-disclaimer": P("all conditions and warranties, express or implied, whether arising under the Sale of Goods Law, the Contract Law, Cap. 149, or otherwise, are excluded to the fullest extent permitted by law."),
        "ip-ownership-deliverables": P("7.1 All intellectual property rights in the Software, including all corrections, patches, new releases, scripts and documentation provided under this Agreement, belong to and remain with the Provider"),
        "background-ip-retained": P("belong to and remain with the Provider, whether created before or during this Agreement"),
        "payment-terms": P("6.2 Invoices are payable within thirty (30) days of the date of the invoice."),
        "late-payment-remedy": P("6.3 If any invoice is not paid when due, the Provider may charge interest on the overdue amount in accordance with the Combating of Late Payment in Commercial Transactions Law",
                                 "may suspend the Services until payment is made."),
        "termination-cause-cure": P("13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach of this Agreement and, where the breach is capable of remedy, fails to remedy it within thirty (30) days after receiving written notice requiring it to do so."),
        "payment-on-termination": P("13.3 On termination for any reason the Customer shall pay all fees due for the Services provided up to the date of termination"),
        "no-guarantee-results": P("8.2 The Provider does not guarantee that the use of the Software will result in compliance with the Maritime Labour Convention or with the requirements of any flag State, class society or charterer"),
        "non-solicitation": P("Neither party shall, during the term of this Agreement and for twelve (12) months after its termination, solicit or employ any employee of the other party who was involved in the Services"),
        "governing-law": P("14.3 This Agreement shall be governed by and construed in accordance with the laws of the Republic of Cyprus, and the District Court of Limassol shall have exclusive jurisdiction."),
    }))
