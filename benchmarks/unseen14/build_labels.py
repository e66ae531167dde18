"""The hand-made judgements of benchmarks/unseen14: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen14)."""

SOURCE = "written for contract-analyzer as a fourteenth blind unseen-style check (unseen14)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="co-contrato-prestacion-servicios-tecnologicos",
    type="contract for the provision of technological services (Colombia, translated from Spanish) (unseen style)",
    style="Colombian contrato de prestacion de servicios tecnologicos in free translation (the Spanish prevails): "
          "summary box (CONTRACTING PARTY, CONTRACTOR, OBJECT, VALUE, TERM OF EXECUTION, SUPERVISOR), "
          "'Between the undersigned, namely: ..., of legal age, domiciled in ..., identified with citizenship "
          "card No. ...', S.A.S. parties with NIT and Chamber of Commerce registration, CONSIDERATIONS 1.-2. and "
          "CLAUSES FIRST. OBJECT to TWENTY-FIRST with a) items and PARAGRAPH FIRST / SECOND, cargo-tracking "
          "portal and driver app reporting manifests to the RNDC, COP with points as thousands separators, "
          "commencement record, supervisor's judgement, 60-day payment after filing of the DIAN electronic "
          "invoice, withholdings at source, Law 789 of 2002 social-security proof, single guarantee policy "
          "(compliance, quality of service, salaries, non-contractual civil liability in minimum wages), "
          "uncapped daily fines and 20% penal clause, 24-month quality guarantee, economic rights from "
          "creation under Law 23 of 1982 and Andean Decision 351, Law 1581 of 2012 habeas data, 'hold "
          "harmless', article 64 Civil Code force majeure, unilateral termination by the Contracting Party, "
          "liquidation record, otrosi, Medellin Chamber of Commerce arbitration, merito ejecutivo; "
          "Contracting Party (client)-favourable",
    labels={
        "scope-defined": P(("SECOND. SCOPE. The object includes the following activities:",
                            "f) Training and accompaniment of users during one month of stabilisation.")),
        "deliverables": P(("THIRD. DELIVERABLES. THE CONTRACTOR shall deliver to THE CONTRACTING PARTY:",
                           "6. Stabilisation report signed by the supervisor.")),
        "milestones": P("functional design, weeks 1 to 3; development of the portal and the application, weeks 4 to 14; RNDC integration tests, weeks 15 and 16; entry into production, week 17; stabilisation, weeks 18 to 21"),
        "force-majeure": P("Neither party shall be liable for the non-performance of its obligations when it is due to force majeure or fortuitous event in the terms of article 64 of the Civil Code, duly proven."),
        "time-of-essence": P("The parties agree that compliance with the term is of the essence of this contract."),
        "delay-penalties": W("liquidated damages uncapped: daily fines of 0.1% of the contract value with no maximum, plus a 20% penal clause and damages",
                             "THE CONTRACTOR shall pay to THE CONTRACTING PARTY daily fines equivalent to one per thousand (0.1%) of the total value of the contract for each calendar day of delay"),
        "acceptance-criteria": W("acceptance subjective, at the supervisor's judgement of the client's needs, with no time limit",
                                 "Each deliverable shall be received only when, in the judgement of the supervisor, it satisfies the needs of THE CONTRACTING PARTY."),
        "security-obligations": W("security duties tied to the client's changing policies, with no standard",
                                  "comply with the information security policies and the procedures of THE CONTRACTING PARTY as they are in force from time to time"),
        "breach-notification": W("breach notice without a deadline ('as soon as possible')",
                                 "inform THE CONTRACTING PARTY as soon as possible of any incident that compromises the information or the personal data entrusted to it"),
        "data-return-deletion": P("upon termination of the contract shall return them to THE CONTRACTING PARTY and delete them from its systems, certifying the deletion in writing"),
        "confidentiality": P(("THIRTEENTH. CONFIDENTIALITY. Each of the parties undertakes to keep in reserve the information of the other party",
                              "This obligation shall remain in force during the execution of the contract and for five (5) years after its termination.")),
        "indemnification": W("indemnity one-sided against the provider and unlimited (any claim arising from its acts, incl. lawyers' fees, no cap anywhere)",
                             ("FIFTEENTH. INDEMNITY. THE CONTRACTOR shall hold THE CONTRACTING PARTY harmless",
                              "including lawyers' fees.")),
        "insurance": P(("THE CONTRACTOR shall constitute in favour of THE CONTRACTING PARTY, with an insurance company legally established in Colombia, a single guarantee policy that covers:",
                        "d) non-contractual civil liability, for two hundred (200) current legal monthly minimum wages.")),
        "warranty": W("warranty longer than 12 months (24 months from entry into production)",
                      "THE CONTRACTOR guarantees that the portal and the application will work in accordance with the functional design approved and undertakes to correct without cost any failure reported during twenty-four (24) months following the entry into production."),
        "ip-ownership-deliverables": W("IP passes to the client from creation, before payment",
                                       "The economic rights over the software, the source code, the documentation and every work produced in execution of this contract belong to THE CONTRACTING PARTY from the moment of their creation"),
        "payment-terms": W("payment due later than 45 days (60 calendar days after filing the invoice)",
                           "Each payment shall be made within sixty (60) calendar days following the filing of the electronic sales invoice validated by the DIAN"),
        "termination-convenience": W("termination for convenience only for the client",
                                     "c) unilaterally by THE CONTRACTING PARTY at any time, with written notice of fifteen (15) calendar days, without this giving rise to any indemnity in favour of THE CONTRACTOR;"),
        "termination-cause-cure": P("d) by breach of the obligations of either party, when the breaching party, having been required in writing by the other, does not remedy the breach within ten (10) business days following the requirement."),
        "payment-on-termination": P("THE CONTRACTING PARTY shall recognise and pay to THE CONTRACTOR the value of the services effectively provided and received up to the date of termination"),
        "governing-law": P(("they shall be submitted to an arbitral tribunal of the Arbitration and Conciliation Centre of the Chamber of Commerce of Medellin for Antioquia",
                            "This contract is governed by the laws of the Republic of Colombia.")),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="lt-paslaugu-sutartis-it",
    type="framework services agreement for software development and maintenance (Lithuania, translated) (unseen style)",
    style="Lithuanian paslaugu sutartis in translation from Lithuanian: 'SERVICES AGREEMENT No. PS-2026/03-17', "
          "'Vilnius, 17 March 2026', UAB parties with legal entity code and VAT payer code, 'data about the "
          "company collected and stored in the Register of Legal Entities', '(hereinafter - the Provider)', "
          "'guided by Article 6.716 and the following articles of the Civil Code', capitalised sections 1.-13. "
          "with 1.1. and 2.1.1. numbering, content of the services only in Orders through a service desk portal, "
          "monthly services transfer-acceptance act with reasoned objections and deemed signature, hourly EUR "
          "rates, 30-day invoices and 0.02% daily default interest with suspension, capped response-time "
          "penalty as sole remedy, ISO/IEC 27001 and GDPR processor terms in an Annex, 24-hour incident notice, "
          "property rights of copyright on payment, cap of 12 months' fees except intent and gross negligence, "
          "Government Resolution No. 840 force majeure, no hiring during the term, 60-day termination without "
          "reason, Vilnius Court of Commercial Arbitration, qualified electronic signatures; balanced",
    labels={
        "assumptions-exclusions": P(("1.3. The Services do not include:",
                                     "Such work shall be provided only under a separate agreement.")),
        "client-dependencies": P(("2.2.1. to provide the Provider with remote access (VPN)",
                                  "to answer the Provider's questions within 3 (three) working days;")),
        "client-delay-relief": P("2.3. If the Customer fails to fulfil the obligations specified in Clause 2.2.1 or 2.2.2, the deadlines of the affected Order are extended by the period of the delay, and the Provider shall not be liable for the resulting delay."),
        "force-majeure": P("10.1. The Parties are released from liability for failure to perform the Agreement if this was caused by force majeure circumstances in accordance with Article 6.212 of the Civil Code"),
        "delay-penalties": P("For each started hour by which the response time to a critical incident is exceeded, the Provider shall pay the Customer a penalty of 2 percent of the previous month's invoice, but not more than 10 percent of that invoice per month."),
        "change-control": P(("3.1. A confirmed Order may be changed only by a change request submitted through the service desk portal",
                             "The Provider begins the changed work only after the Customer's responsible person approves the change request in writing.")),
        "deemed-acceptance": P("If within this period the Customer neither signs the act nor submits reasoned objections, the act is considered signed and the Services are considered accepted."),
        "rejection-remedy": P("4.3. If the Customer submits reasoned objections, the Provider shall eliminate the deficiencies indicated within a reasonable period agreed by the Parties and shall submit the corrected act again."),
        "security-obligations": P("7.3. The Provider maintains an information security management system certified according to ISO/IEC 27001, uses multi-factor authentication for access to the Customer's environments, encrypts data in transit and keeps the Customer's data only on servers located in the European Union."),
        "breach-notification": P("7.4. The Provider shall notify the Customer of any personal data breach or security incident affecting the Customer's data without undue delay and in any case no later than 24 hours after becoming aware of it."),
        "data-return-deletion": P("7.5. Upon expiry or termination of the Agreement, the Provider shall, at the choice of the Customer, return all data of the Customer or destroy it within 30 days and confirm this in writing."),
        "confidentiality": P(("7.1. The Parties undertake not to disclose to third parties any information received from the other Party",
                              "This obligation remains in force for 3 (three) years after the end of the Agreement.")),
        "liability-cap": P("9.3. The total liability of each Party under the Agreement is limited to the amount paid by the Customer for the Services during the 12 months preceding the event which gave rise to the liability."),
        "consequential-damages-exclusion": P("9.2. Neither Party shall be liable to the other for lost profits, lost income or indirect losses."),
        "indemnification": P(("8.3. The Provider shall defend the Customer against claims of third parties",
                              "The Customer shall likewise indemnify the Provider against claims relating to materials and data supplied by the Customer.")),
        "warranty": P("9.4. If, within 3 (three) months after acceptance, defects are found in the results created under an Order, the Provider shall eliminate them free of charge."),
        "ip-ownership-deliverables": P("8.1. The property rights of copyright in the software code, documentation and other results created by the Provider under the Orders pass to the Customer from the moment the Services concerned have been paid for in full."),
        "background-ip-retained": P("8.2. The Provider retains all rights to its tools, libraries and program components created before the Agreement or independently of it."),
        "payment-terms": P("The Customer shall pay the invoice within 30 (thirty) calendar days of its issue."),
        "late-payment-remedy": P(("5.4. In the event of late payment, the Customer shall pay the Provider default interest",
                                  "suspend the provision of the Services until the debt is paid.")),
        "termination-convenience": P("12.2. Either Party may terminate the Agreement by notifying the other Party in writing at least 60 (sixty) days in advance, without stating a reason."),
        "termination-cause-cure": P("12.3. Either Party may terminate the Agreement unilaterally if the other Party materially breaches it and fails to remedy the breach within 15 (fifteen) days after receiving a written notice."),
        "payment-on-termination": P("12.4. Upon termination of the Agreement, the Customer shall pay for the Services actually provided until the day of termination, including the work performed under unfinished Orders."),
        "non-solicitation": W("non-solicitation that ends with the contract (only 'during the term')",
                              "11.1. During the term of the Agreement the Customer undertakes not to employ or otherwise engage, directly or through third parties, the Provider's employees who took part in the provision of the Services."),
        "governing-law": P(("13.1. The Agreement is governed by the law of the Republic of Lithuania.",
                            "in the Vilnius Court of Commercial Arbitration in accordance with its rules of procedure.")),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="jo-school-system-supply-agreement",
    type="agreement for the supply, installation and operation of a school management system (Jordan, translated from Arabic) (unseen style)",
    style="Jordanian supply and operation agreement in translation from Arabic (the Arabic is relied upon): "
          "'Agreement No. (14/2026)', 'concluded in Amman on Monday 16/3/2026 between each of: First Party: ... "
          "Second Party: ...', private shareholding company and LLC with Companies Control Department register "
          "and national numbers, authorised signatory by board decision, Preamble of 'Whereas' paragraphs on "
          "the invitation and the referral letter, 'while they are of full legal capacity to contract', "
          "'Article (1)' to 'Article (19)' with 1. and a. items, annexes read 'as one unit' (invitation, "
          "technical and financial offers, referral letter) not reproduced, content of the system only in the "
          "technical offer, JOD inclusive of 16% general sales tax, stamp fees, payment by transfer or CliQ "
          "after minutes with no due date, phases in days, time of the essence before registration for the "
          "academic year, 0.1% daily fines capped at 10%, extension 'if it sees fit', performance bank "
          "guarantee, acceptance committee satisfied, 24-month warranty, Social Security Corporation and "
          "third-party insurance, force majeure only if the First Party accepts in writing, termination at any "
          "time and without inthar, Personal Data Protection Law No. (24) of 2023, courts of Amman (Palace of "
          "Justice), chosen addresses; First Party (client)-favourable",
    labels={
        "client-dependencies": W("client obligations only to the extent the client deems appropriate (client-discretion obligation)",
                                 "The First Party shall, to the extent it deems appropriate, enable the employees of the Second Party to enter the schools and provide them with the data of the students and the fees required for migration."),
        "milestones": P(("1. The Second Party undertakes to complete the works within (90) ninety days from the date of signing this agreement, according to the following phases:",
                         "c. Operation of the system in the first three schools: within (75) days, and in the remaining schools within (90) days.")),
        "client-delay-relief": W("relief for client delay only at the client's discretion",
                                 "If the delay results from a reason attributable to the First Party, the First Party may, if it sees fit, extend the duration of execution for the period it estimates, and its decision in this respect is final."),
        "force-majeure": W("force-majeure relief only at the client's discretion",
                           "The Second Party shall not be exempted from the delay fines unless the First Party accepts in writing that the delay was due to a force majeure circumstance"),
        "time-of-essence": P("2. Time is of the essence in this agreement"),
        "delay-penalties": P(("a delay fine of one per thousand (0.1%) of the total value of the agreement shall be imposed on it for each day of delay",
                              "provided that the total of the fines does not exceed (10%) ten percent of the value of the agreement.")),
        "acceptance-criteria": W("acceptance subjective (when the committee is convinced and the client is satisfied), with no time limit",
                                 "2. The initial acceptance takes place when the committee is convinced that the system works efficiently and in a manner that satisfies the First Party, and the committee prepares minutes of that."),
        "confidentiality": W("confidentiality protecting only the client, with no survival period",
                             "The Second Party and its employees undertake to keep confidential all the information and data of the First Party, its students and their parents that come to their knowledge by reason of this agreement, and not to disclose them to any party."),
        "insurance": P("2. The Second Party shall insure against its liability towards third parties for bodily injury and damage to property occurring in the schools of the First Party during the execution of the works, with an insurance company licensed in the Kingdom, for an amount not less than (50,000) fifty thousand Dinars."),
        "warranty": W("warranty longer than 12 months (24 months from initial acceptance)",
                      "The Second Party guarantees the system and its correct operation and undertakes to repair any defect or fault appearing in it free of charge for a period of (24) twenty-four months from the date of the initial acceptance."),
        "termination-convenience": W("termination for convenience only for the client",
                                     "1. The First Party has the right to terminate this agreement at any time by a written notice addressed to the Second Party fifteen (15) days before the date of termination"),
        "termination-cause-cure": W("termination for breach without a cure period (terminated of itself, without warning)",
                                    "2. The First Party has the right to consider this agreement terminated of itself, without the need for a notarial warning (inthar) or a judicial ruling, if the Second Party breaches any of its obligations"),
        "governing-law": P("This agreement is subject to the laws in force in the Hashemite Kingdom of Jordan, and the courts of Amman (the Palace of Justice) have jurisdiction to consider any dispute arising from it."),
        "vague-terms": P("3. The date of commencement of operation of the parents' application in the schools of Irbid shall be determined later by the First Party."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="hr-ugovor-o-djelu-booking-sustav",
    type="contract for work for a holiday-apartment booking system (Croatia, translated) (unseen style)",
    style="Croatian ugovor o djelu in translation (only the Croatian binds) on the contractor's letterhead "
          "with OIB and IBAN and a standard-form number, 'CONTRACT FOR WORK No. 07/2026', 'concluded in Split "
          "on 9 March 2026 between:' numbered party blocks with OIB and MBS, d.o.o. 'for computer programming', "
          "'(hereinafter: the Contractor)', 'Article n (Heading)' with (1) paragraphs and a) items, Article 590 "
          "Civil Obligations Act (Narodne novine), booking engine with Booking.com / Airbnb connector, eVisitor "
          "check-in export and fiscalised invoices for 140 holiday apartments, go-live before the tourist "
          "season, out-of-scope list and WordPress assumption, request for change confirmed by e-mail, "
          "acceptance test on Annex 2 test cases with handover record and deemed acceptance, EUR plus 25% VAT "
          "in three instalments, 8-day e-invoices, statutory default interest and suspension, 3-month "
          "guarantee, no guarantee of bookings, cap at the fee with intent and gross negligence carved out, "
          "economic copyright rights on full payment, 'reasonable technical measures', 'without undue delay', "
          "12-month no-hire, 30-day termination without reason, Commercial Court in Split, four copies; "
          "Contractor (provider)-favourable",
    labels={
        "scope-defined": P(("(2) The Work comprises:",
                            "e) issue of fiscalised invoices through the Client's existing fiscalisation certificate.")),
        "deliverables": P(("Upon completion the Contractor delivers to the Client:",
                           "- two training sessions of three hours for the reception staff in Dubrovnik.")),
        "assumptions-exclusions": P(("The fee does not include:",
                                     "the channels provide their standard interfaces without special approval.")),
        "client-dependencies": P(("a) deliver to the Contractor the texts, photographs and price lists of the apartments by 20 March 2026;",
                                  "c) designate a contact person who answers the Contractor's questions and gives approvals within 3 working days.")),
        "milestones": P(("- approval of the design of the booking module: 27 March 2026;",
                         "- putting into production: 15 May 2026, before the start of the main tourist season.")),
        "client-delay-relief": P("(2) The deadlines are extended by as many days as the Client is late in fulfilling its obligations under Article 5 or in giving its approval, and the Contractor is not in delay for that time."),
        "change-control": P(("(1) Every change or extension of the Work beyond Annex 1 is agreed by a written request for change",
                             "(2) The Contractor begins to execute the change only after the Client confirms the request for change in writing or by e-mail.")),
        "acceptance-criteria": P(("(1) Before putting into production, the contracting parties shall carry out the acceptance test according to the list of test cases in Annex 2",
                                  "(2) The Work is accepted when all test cases have passed")),
        "deemed-acceptance": P("(4) If the Client does not carry out the acceptance test or does not state defects in writing within 5 working days of the Contractor's notice that the Work is ready, or if it begins to use the system for real reservations, the Work is considered accepted."),
        "rejection-remedy": P("(3) If a test case fails, the Client states the defect in writing, and the Contractor removes it and submits the Work for repeated testing of the failed test cases."),
        "security-obligations": W("security duty with no standard ('reasonable technical measures')",
                                  "shall apply reasonable technical measures to protect them"),
        "breach-notification": W("breach notice without a deadline ('without undue delay')",
                                 "If it learns of a breach of personal data, it shall inform the Client without undue delay."),
        "data-return-deletion": P("(3) After the termination of the contract the Contractor shall return the data to the Client and delete all copies in its possession within 30 days, unless the law requires their retention."),
        "confidentiality": P(("(1) The contracting parties shall keep as a business secret all information about the other party",
                              "The obligation lasts for 3 years after the termination of the contract.")),
        "liability-cap": P("(1) The total liability of the Contractor for damage under this contract is limited to the amount of the fee under Article 8 paragraph 1."),
        "consequential-damages-exclusion": P("(2) The Contractor is not liable for lost profit, lost bookings or indirect damage."),
        "warranty": P("(1) The Contractor guarantees that the Work will function in accordance with Annex 1 for 3 (three) months from acceptance and shall remove at its own expense the defects reported in that period."),
        "warranty-disclaimer": P("(2) Apart from the guarantee in paragraph 1, the Contractor gives no other guarantees, express or implied, including for fitness for a particular purpose, to the extent permitted by the Civil Obligations Act."),
        "ip-ownership-deliverables": P("(1) The exclusive economic copyright rights to the parts of the Work developed specifically for the Client pass to the Client, without limitation of content, time or territory, at the moment of payment of the full fee."),
        "background-ip-retained": P("(2) The Contractor retains all rights to its own modules, libraries and tools which it used before this contract or develops independently of it."),
        "payment-terms": P("(3) The Contractor issues an electronic invoice for each instalment, which the Client shall pay within 8 days of its issue"),
        "late-payment-remedy": P(("(4) For late payment the Client owes statutory default interest.",
                                  "the Contractor may suspend work until payment, and the deadlines under Article 4 are extended accordingly.")),
        "termination-convenience": P("(1) Either contracting party may terminate this contract without giving a reason by written notice of 30 days."),
        "termination-cause-cure": P("(2) If a contracting party breaches an obligation from this contract and does not remedy the breach within 15 days of receiving a written warning, the other party may terminate the contract by a written statement."),
        "payment-on-termination": P("(3) In the event of termination, the Client shall pay the Contractor the proportional part of the fee for the work performed up to the day of termination and the costs incurred"),
        "no-guarantee-results": P("(3) The Contractor does not guarantee an increase in the number of bookings or in occupancy, nor the uninterrupted operation of the channels, the payment processor or the eVisitor system, and it may rely on the correctness of the prices and data provided by the Client."),
        "non-solicitation": P("During the term of this contract and for 12 months after its termination, the Client shall not employ or engage, directly or through another company, persons employed by the Contractor who worked on the Work."),
        "governing-law": P(("(1) The law of the Republic of Croatia applies to this contract.",
                            "If they fail, the Commercial Court in Split has jurisdiction.")),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="mn-work-performance-contract",
    type="contract for the performance of work on a raw-cashmere procurement system (Mongolia, translated) (unseen style)",
    style="Mongolian contract for the performance of work (ajil guitsetgeh geree) in the contractor's unofficial "
          "translation (the Mongolian prevails), on the contractor's standard form KD-G-03: number and 'Ulaanbaatar "
          "city, 2026.03.18' on one line, LLC parties with state and taxpayer registration numbers and district / "
          "khoroo addresses, Executive Director and initials-first names (B. Enkhbold, D. Sarangerel), sections "
          "ONE. to THIRTEEN. in capitals with 1.1. and 2.1.1. numbering, commercial offer as an 'inseparable "
          "part' that bounds the works, tablet app for agents buying raw cashmere from herders in the aimags and "
          "soums, stages with dotted dates and a Stage 4 timed 'after the end of the 2026 combing season' and "
          "priced later, MNT including VAT, e-barimt receipts, 50% advance, 0.3% daily penalty and stoppage, "
          "supplementary order for changes, act of acceptance with reasoned refusal and deemed acceptance, "
          "platform 'Khangai Core' kept, cap at the stage price, 'as accepted' disclaimer, dzud and snowstorms "
          "as force majeure, no hiring during validity, termination on receipt of notice, non-refundable "
          "advance, disputes by negotiation only, seals; Contractor (provider)-favourable",
    labels={
        "scope-defined": P(("2.1. The Contractor shall develop and install the following system (hereinafter the \"System\"):",
                            "2.1.4. a link with the Client's accounting program for the posting of purchases.")),
        "deliverables": P("2.2. The Contractor shall hand over to the Client: the installed System on the Client's server; the tablet application installed on 40 tablets supplied by the Client; a user guide in Mongolian; and a record of training of the agents."),
        "assumptions-exclusions": W("exclusions left to a document outside the contract (whatever is not in the commercial offer)",
                                    "Works and functions which are not listed in the Offer are not included in this Contract."),
        "client-dependencies": P(("5.1.1. provide the Contractor within 5 working days after the signing of this Contract",
                                  "5.1.3. appoint a responsible employee who coordinates the work and approves the design of Stage 1;")),
        "milestones": P(("Stage 1 - analysis and design: from 2026.03.23 to 2026.04.17;",
                         "Stage 3 - installation, training of agents and trial use: from 2026.06.22 to 2026.07.10;")),
        "client-delay-relief": P("3.2. If the Client fails to perform its obligations under clause 5.1 in time, the time of performance of the relevant stage is extended by the number of days of such delay, and the Contractor shall not be held liable for it."),
        "force-majeure": P("9.1. The Parties shall not be liable for the non-performance or improper performance of their obligations due to circumstances beyond their control"),
        "change-control": P(("5.3. Changes to the System requested by the Client after the approval of the design of Stage 1 shall be made only on the basis of a supplementary order signed by both Parties",
                             "Until the supplementary order is signed, the Contractor continues the work in accordance with the approved design.")),
        "deemed-acceptance": P("If the Client does not do so within that period, the stage is deemed to have been accepted."),
        "rejection-remedy": P("6.3. In the case of a reasoned refusal, the Contractor shall correct the defects stated in the refusal and submit the stage for acceptance again."),
        "liability-cap": P("8.1. The total liability of the Contractor under this Contract shall not exceed the price actually paid by the Client for the stage in relation to which the damage was caused."),
        "consequential-damages-exclusion": P("8.2. The Contractor shall not be liable for the Client's lost profit, loss of raw material or other indirect damage."),
        "warranty-disclaimer": P("The Contractor gives no other warranties, express or implied, concerning the System, including warranties of fitness for a particular purpose."),
        "background-ip-retained": P("7.1. The Contractor's software platform \"Khangai Core\", its program libraries and the know-how which existed before this Contract remain the property of the Contractor."),
        "payment-terms": P(("4.3.1. an advance of 50% of the price within 5 (five) working days after the signing of this Contract;",
                            "4.3.2. the remaining 50% within 10 (ten) working days after the signing of the act of acceptance of Stage 3.")),
        "late-payment-remedy": P(("4.5. If the Client delays a payment, it shall pay a penalty of 0.3% of the unpaid amount for each day of delay.",
                                  "the Contractor has the right to stop the work until the payment is made.")),
        "termination-cause-cure": W("termination for breach without a cure period (effective on receipt of the notice)",
                                    ("11.1. Either Party may terminate this Contract unilaterally if the other Party violates its obligations under this Contract",
                                     "The Contract terminates on the date the notice is received.")),
        "payment-on-termination": P("11.2. If the Contract is terminated, the Client shall pay the Contractor for the work performed up to the date of termination, and the advance paid shall not be refunded."),
        "no-guarantee-results": P("5.4. The Contractor may rely on the correctness of the data, price list and grading rules provided by the Client, and does not guarantee any volume of procurement or any saving of the Client's costs."),
        "non-solicitation": W("non-solicitation that ends with the contract (only during its validity)",
                              "10.1. During the term of validity of this Contract, the Client shall not hire as its employees the employees of the Contractor who participate in the performance of the work."),
        "vague-terms": P("Stage 4 - link with the accounting program: the time shall be determined after the end of the 2026 combing season.",
                         "4.2. The price of Stage 4 shall be agreed by the Parties later."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="lv-erasmus-project-platform-subcontract",
    type="subcontracting agreement under an Erasmus+ cooperation partnership (donor-funded programme) (unseen style)",
    style="Erasmus+ KA220-VET subcontract issued by a Latvian university of applied sciences as project "
          "coordinator: EU emblem line 'Co-funded by the European Union', letterhead with registration number, "
          "agreement number, project block (project number 2025-1-LV01-KA220-VET-..., action, National Agency, "
          "duration, lump-sum budget item, request for quotations with three quotations), consortium of six "
          "partners, open learning platform on Moodle for green-skills modules in six languages with open "
          "badges, numbered clauses 1-13 with 1.1 and (a) items, Terms of Reference and quotation as Annexes 1-2 "
          "'not reproduced here', deliverables table D1-D5 with D5 'TBC' and an optional language version "
          "'[amount to be confirmed]', approval by the Project Manager and Steering Committee 'of satisfactory "
          "quality', resubmission 'as many times as necessary', change request form needing National Agency "
          "consent, payment 30 days after the grant instalment, results owned from creation under a CC BY 4.0 "
          "open licence, pre-existing materials only if listed in an empty Annex 3, 48-hour breach notice, EU "
          "visibility and OLAF / Court of Auditors checks, the Coordinator's own liability cap and force "
          "majeure, termination by the Coordinator at any time with no payment for work in progress, Latvian "
          "law 'and, to the extent the Grant Agreement so requires' EU rules, secure electronic signatures; "
          "Coordinator (client)-favourable",
    labels={
        "scope-defined": P(("2.1 The Subcontractor shall design, build, configure and hand over the platform described in Clause 1.2",
                            "(e) the usage statistics required for the Project's final report (registered users per country, completed modules, badges issued).")),
        "deliverables": P(("| D1 | Inception note with site map and wireframes | 15 April 2026 | 10% |",
                           "| D5 | Technical documentation and hand-over of the platform to the Coordinator's hosting | TBC (by the end of the Project) | 10% |")),
        "milestones": P(("| D1 | Inception note with site map and wireframes | 15 April 2026 | 10% |",
                         "| D4 | Two training webinars for the Partners' platform administrators, with recordings | 15 December 2026 | 10% |")),
        "force-majeure": W("force-majeure relief only for the client (the Coordinator)",
                           "10.2 The Coordinator shall not be liable for any failure or delay in the performance of its obligations caused by force majeure"),
        "change-control": P(("5.1 Either Party may propose a change to the deliverables or due dates by sending the change request form (Annex 4) to the other Party.",
                             "5.2 No changed work shall begin before the Coordinator's Project Manager has signed the change request form.")),
        "acceptance-criteria": W("acceptance subjective (satisfactory quality in the opinion of the client's Project Manager and Steering Committee), with no time limit",
                                 "4.2 A deliverable is approved when, in the opinion of the Project Manager and the Steering Committee, it is of satisfactory quality and meets the needs of the Project and the requirements of the Grant Agreement."),
        "rejection-remedy": W("unlimited re-performance at no cost until the client approves",
                              "4.3 If a deliverable is not approved, the Subcontractor shall revise and resubmit it as many times as necessary until it is approved, at no additional cost to the Coordinator."),
        "breach-notification": P("8.3 The Subcontractor shall notify the Coordinator of any personal data breach concerning platform users within 48 hours of becoming aware of it."),
        "data-return-deletion": P("8.4 On completion of D5, or on earlier termination, the Subcontractor shall hand over all personal data of platform users to the Coordinator and delete every copy remaining on its systems, and confirm the deletion in writing."),
        "confidentiality": P("8.1 Each Party shall keep confidential any non-public information received from the other Party under this Agreement, during the Agreement and for five years after the final payment."),
        "liability-cap": W("a cap protecting only the client (the Coordinator's liability)",
                           "10.1 The total liability of the Coordinator under this Agreement shall not exceed the Price."),
        "ip-ownership-deliverables": W("IP passes to the client from creation, before payment",
                                       "7.1 All results of the Services, including the design, the configuration, the code written for the platform and the documentation, shall be owned by the Coordinator from the moment of their creation."),
        "background-ip-retained": W("background IP reserved only if listed (and the list in Annex 3 is empty)",
                                    "7.3 Pre-existing materials of the Subcontractor remain its property only if they are listed in Annex 3 (Pre-existing materials)."),
        "payment-terms": W("pay-when-paid (30 days after the donor's instalment reaches the client)",
                           "6.2 Each invoice shall be paid within 30 days after the Coordinator has received from the National Agency the instalment of the grant that covers Project Result PR2."),
        "termination-convenience": W("termination for convenience only for the client",
                                     "11.1 The Coordinator may terminate this Agreement at any time by written notice to the Subcontractor, with immediate effect or from a date stated in the notice"),
        "governing-law": W("governing law that floats (Latvian law and, where the Grant Agreement requires, other law)",
                           ("12.1 This Agreement is governed by the law of the Republic of Latvia and, to the extent the Grant Agreement so requires",
                            "Disputes not settled within 60 days shall be submitted to the courts of the Republic of Latvia in Riga.")),
        "vague-terms": P("TBC (by the end of the Project)",
                         "[amount to be confirmed]"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="trello-board-agreed-scope",
    type="Trello board export used as the agreement for a studio website rebuild (informal) (unseen style)",
    style="Trello board exported as text by a Power-Up: export header with time, board name with '(AGREED "
          "SCOPE)', workspace, guests, members with @handles, colour label legend, list of lists, '=== LIST: "
          "... ===' separators, CARD titles with [label], descriptions, checklists with '[ ]' items and (0/3) "
          "counters, timestamped comments with emojis, export footer; a Bristol two-person studio rebuilding "
          "the Webflow site of a four-studio yoga business with a Momence timetable and booking embed and a "
          "Mailchimp intro offer; the client's 'agreed!' comment on the 'Go ahead?' card as the go-ahead; "
          "'The small print' card (wait time moves the timeline, Review / Done with five-working-day silence, "
          "30 days of free bug fixes and no other promises, no promise of fuller classes, ownership on final "
          "payment with the starter theme kept, liability up to what was paid, a week's notice with day-rate "
          "pay-out), 'Done when' checklists as acceptance criteria, 'Not doing' list, 'We'll do our best to get "
          "these to you', dates 'TBD', fixed GBP price in three invoices with no due date and work stopping "
          "until paid, change cards approved by a checklist tick, phase 2 'price TBD'; no confidentiality, "
          "data, security, insurance or governing-law terms; provider-favourable",
    labels={
        "scope-defined": P(("CARD: Home page + studio pages (x4)  [green]",
                            "One-hour recorded handover session so the studio managers can edit the timetable notes, teacher bios and blog.")),
        "deliverables": P(("CARD: Deliverables at the end  [green]",
                           "[ ] Google Analytics 4 + Search Console set up and shared with Maya")),
        "assumptions-exclusions": P(("CARD: Not in this project  [red]",
                                     "Assumption: you keep paying for Momence and it keeps its embed widget.")),
        "client-dependencies": W("client obligations only on a 'do our best' basis (best efforts)",
                                 ("We'll do our best to get these to you (Maya):",
                                  "- feedback on the designs within a few days of each review")),
        "client-delay-relief": P("- If we are waiting on you for something (content, logins, feedback), the timeline moves by however long we waited."),
        "change-control": P("Description: Anything not on a green card is a change. Add a card here; we reply with the price and how it moves the timeline. We only start it once you've ticked \"Approved\" on the card's checklist."),
        "acceptance-criteria": P(("Loads in under 2.5 s on a mid-range phone over 4G (PageSpeed Insights mobile score 85+)",
                                  "[ ] Timetable shows correctly on a phone in portrait")),
        "deemed-acceptance": P("If we don't hear anything within 5 working days, the card goes to Done and counts as approved."),
        "rejection-remedy": P("Drop a comment on the card if something's off - we fix it and move it back to Review."),
        "liability-cap": P("- If something goes wrong, the most either of us can be on the hook for is what you've paid us under this board."),
        "warranty": P("- Once the site is live we fix any bugs you report in the first 30 days for free."),
        "warranty-disclaimer": P("Beyond that we don't make other promises about the site, express or implied."),
        "ip-ownership-deliverables": P("- The site, the design and the content are yours once the final invoice is paid."),
        "background-ip-retained": P("Our starter theme and the bits of code we reuse on every project stay ours; you get a permanent licence to use them on this site."),
        "late-payment-remedy": P("We start the next phase only once the previous invoice is paid, and the site goes live only after the final invoice is paid."),
        "termination-convenience": P("- Either of us can call it a day with a week's notice in a comment here."),
        "payment-on-termination": P("You pay for the work done up to that point at our day rate (£420) and we hand over whatever's finished."),
        "no-guarantee-results": P("- We can't promise the new site will fill your classes or lift your Google ranking. We build on the class schedule, prices and teacher bios you give us."),
        "vague-terms": P("Start and launch dates: TBD - we'll pin them once the photos and bios are in.",
                         "Description: Vimeo OTT or Memberstack - price TBD after we've scoped it."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="rw-service-agreement-schedules",
    type="service agreement for a school fees and student information system, terms in schedules (Rwanda) (unseen style)",
    style="Rwandan service agreement with a seven-clause body that sends nearly everything to Schedules 1-7, "
          "almost all tables: 'THIS AGREEMENT is made at Kigali on 12/03/2026', Ltd parties 'incorporated in "
          "Rwanda under Law No 007/2021 of 05/02/2021 governing companies' with company code (TIN) and Sector / "
          "District addresses, Schedule 1 Particulars as 'Item | Subject | Particulars' rows 1.1-1.15 (Working "
          "Day excluding the Umuganda morning, client delay, Change Note, force majeure with heavy rains and "
          "landslides, confidentiality, IP on payment, supplier materials listed in Schedule 7, mutual "
          "indemnities, insurance with an insurer licensed by the National Bank of Rwanda, 12-month no-hire, "
          "6-month warranty), scope S1-S6 with MTN MoMo and Airtel Money pay-bill matching, exclusions X1-X3, "
          "client responsibilities C1-C4, deliverables D1-D5 with milestone dates and measurable acceptance tests "
          "and D5 'TBD', deemed acceptance after a full school term of live use, charges in RWF excl. VAT 18%, "
          "EBM invoices and 30-day payment, interest at the Central Bank Rate plus 3% and suspension, priority "
          "table and capped availability credits, Law No 058/2021 data protection with hosting in Rwanda and "
          "48-hour notice to the Client, Law No 45/2011 governing contracts, KIAC arbitration, Schedule 7 '[To be "
          "completed by the Supplier]'; balanced",
    labels={
        "scope-defined": P(("| S1 | Configure Ishuri360 for the 12 Schools",
                            "| S6 | Training of bursars and school administrators; second-line support for the Term under Schedule 5 |")),
        "deliverables": P(("| D1 | Configuration workbook approved by the Client |",
                           "| D4 | Roll-out to the remaining 9 Schools and training |")),
        "assumptions-exclusions": P(("| X1 | Computers, printers, internet connectivity and SMS bundles at the Schools |",
                                     "| X3 | Assumption: the mobile money operators approve the Client's pay-bill API access within 20 Working Days of application |")),
        "client-dependencies": P(("| C1 | Provide the student lists, fee structures and opening balances",
                                  "| C4 | Review and sign off test results within 5 Working Days of each test session |")),
        "milestones": P(("| No. | Deliverable | Milestone Date | Acceptance test |",
                         "28/08/2026, before the start of Term 1 of the next school year")),
        "client-delay-relief": P("Where the Client fails to perform a responsibility in Schedule 2, Part C, each affected Milestone Date is extended by the period of the failure and the Supplier is not liable for the resulting delay"),
        "force-majeure": P("Neither party is responsible for a delay or failure to perform that results from an event outside its reasonable control, such as heavy rains and landslides, epidemics or a national power or network outage"),
        "delay-penalties": P(("Service credits: If monthly availability of the System falls below 99.0%",
                              "up to a maximum of 15% of the monthly subscription.")),
        "change-control": P("Any change to the Services, Deliverables, Milestone Dates or Charges requires a Change Note signed by both Project Managers before the changed work starts"),
        "acceptance-criteria": P(("Balances reconcile to the opening spreadsheets within RWF 1,000 per student; 50 test payments matched correctly",
                                  "200 live payments matched with no manual intervention in 95% of cases")),
        "deemed-acceptance": W("deemed acceptance only after live use for a very long period (a full school term)",
                               "A Deliverable is deemed accepted once the Client has used it in live operation for one full school term."),
        "rejection-remedy": P("If the test is failed, the Client gives written details of the failure, and the Supplier corrects the Deliverable and repeats the failed test, as often as reasonably required within the following 10 Working Days."),
        "security-obligations": P("| DP2 | Hosting in a data centre in Rwanda; encryption of data at rest and in transit; role-based access; multi-factor authentication for administrators; daily encrypted backups kept for 30 days |"),
        "breach-notification": P("The Supplier notifies the Client of a personal data breach within 48 hours of becoming aware of it"),
        "data-return-deletion": P("At the end of the Term the Supplier exports all Client data in CSV format, delivers it to the Client and then deletes it from the System and backups within 60 days"),
        "confidentiality": P("Each party shall keep the other's confidential information secret and use it only for this Agreement, during the Term and for three (3) years after it ends"),
        "liability-cap": P("Each party's total liability under this Agreement is limited to the Charges paid and payable in the twelve (12) months before the event giving rise to the claim."),
        "consequential-damages-exclusion": P("Neither party is liable to the other for loss of profit, loss of revenue or any indirect or consequential loss."),
        "indemnification": P("The Supplier indemnifies the Client against third-party claims that the System infringes intellectual property rights; the Client indemnifies the Supplier against claims arising from student data or content supplied by the Client"),
        "insurance": P("The Supplier shall maintain professional indemnity insurance of at least RWF 50,000,000 and public liability insurance during the Term"),
        "warranty": P("The Supplier warrants that each Deliverable will conform to Schedule 3 for six (6) months after its acceptance and will correct any non-conformity reported in that period free of charge"),
        "ip-ownership-deliverables": P("Copyright in the reports, configurations and custom fee-structure templates made for the Client passes to the Client on payment of the Charges for the relevant Deliverable"),
        "background-ip-retained": W("background IP reserved only if listed (and Schedule 7 is left to be completed)",
                                    "The Supplier keeps ownership of the pre-existing materials listed in Schedule 7"),
        "payment-terms": P("The Client shall pay each invoice within thirty (30) days of receipt."),
        "late-payment-remedy": P("Overdue amounts bear interest at the Central Bank Rate of the National Bank of Rwanda plus 3% per year, and if an amount is overdue by more than 45 days the Supplier may suspend the Services on 10 Working Days' notice."),
        "termination-cause-cure": P("5. Termination for breach. Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after receiving written notice describing the breach."),
        "payment-on-termination": P("On any termination the Client shall pay the Charges for Services performed and Deliverables delivered up to the date of termination"),
        "non-solicitation": P("Neither party shall solicit or employ any employee of the other who worked on the Services, during the Term and for twelve (12) months after it ends"),
        "governing-law": P(("7. Governing law and disputes. This Agreement is governed by the laws of the Republic of Rwanda",
                            "seated in Kigali, in English.")),
        "vague-terms": P("| D5 | Parent mobile app | TBD (Phase 2, subject to a Change Note) | TBD |"),
    },
))
