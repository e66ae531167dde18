"""The hand-made judgements of benchmarks/unseen11: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen11)."""

SOURCE = "written for contract-analyzer as an eleventh blind unseen-style check (unseen11)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="sa-software-development-services-contract",
    type="software development services contract (Saudi Arabia, translated) (unseen style)",
    style="Saudi software development services contract in translation from Arabic: Basmala, Hijri and "
          "Gregorian date ('21/09/1447H, corresponding to 10/03/2026G'), First Party / Second Party with "
          "Commercial Register and Unified National Numbers, Preamble with RFP and letter of award, "
          "'Clause One' ... 'Clause Eighteen' with (n/n) sub-clauses, scope only by reference to Appendices "
          "(1) and (2) kept elsewhere, deliverables table in Appendix (4) with a 'TBD' row, SAR with 15% VAT "
          "and Fatoora e-invoices, 90-day payment, weekly delay penalty capped at 10%, examination "
          "committee whose opinion is final, 24-month warranty, ownership on creation, NCA ECC-2:2024, "
          "PDPL and SDAIA, client-only cap and convenience termination, Civil Transactions Law, "
          "Commercial Court in Riyadh; First Party (client)-favourable",
    labels={
        "deliverables": P(
            ("| D1 | Detailed requirements and architecture document (SRS / SAD) | Week 6 | 10% |",
             "| D6 | Go-live, training of forty (40) users, handover of the source code | Week 36 | 15% |")),
        "client-dependencies": W(
            "'best efforts' / client-discretion obligations: the First Party provides data and access "
            "only 'to the extent it deems appropriate'",
            "(4/2) The First Party shall, to the extent it deems appropriate, provide the Second Party with the data, documents and access to its systems that the Second Party reasonably requests for the execution of the works."),
        "milestones": P(
            "The Second Party shall deliver the deliverables on the dates shown in Appendix (4).",
            ("| D1 | Detailed requirements and architecture document (SRS / SAD) | Week 6 | 10% |",
             "| D6 | Go-live, training of forty (40) users, handover of the source code | Week 36 | 15% |")),
        "client-delay-relief": W(
            "relief for client delay only at the client's discretion ('may, at its discretion'; the "
            "First Party's decision is final)",
            ("(3/3) Upon a written request from the Second Party supported by evidence, the First Party may, at its discretion,",
             "The decision of the First Party on the request is final.")),
        "force-majeure": P(
            ("(15/1) Neither Party shall be liable for a failure or delay in the performance of its obligations if it results from force majeure,",
             "If the force majeure continues for more than sixty (60) days, either Party may terminate the Contract.")),
        "time-of-essence": P(
            "The Second Party acknowledges that the dates and periods set out in this Contract and its appendices are of the essence of the Contract."),
        "delay-penalties": P(
            "(6/1) If the Second Party delays the delivery of any deliverable beyond the date specified for it in Appendix (4), a delay penalty of one per cent (1%) of the value of the delayed deliverable shall be imposed for each week of delay or part of a week, provided that the total of the delay penalties shall not exceed ten per cent (10%) of the total value of the Contract."),
        "change-control": P(
            "The Second Party shall not carry out any work outside the scope of the Contract unless a change order signed by the authorised representative of the First Party has been issued to it, and it shall not be entitled to any payment for work carried out without such an order."),
        "acceptance-criteria": W(
            "acceptance in the client's sole discretion / subjective (the committee must be 'satisfied' "
            "that the deliverable meets the First Party's requirements, and its opinion is final)",
            "(8/2) A deliverable shall be accepted only if the committee is satisfied that it meets the requirements of the First Party, and the opinion of the committee in this respect is final."),
        "security-obligations": P(
            "(11/1) The Second Party shall comply with the Essential Cybersecurity Controls (ECC-2:2024) issued by the National Cybersecurity Authority, and shall host all data of the First Party inside the Kingdom with a cloud service provider registered with the Communications, Space and Technology Commission."),
        "breach-notification": P(
            "(11/3) The Second Party shall notify the First Party of any cybersecurity incident or leakage of data within twenty-four (24) hours of becoming aware of it,"),
        "data-return-deletion": P(
            "(11/4) Upon the expiry or termination of the Contract for any reason, the Second Party shall hand over to the First Party all of its data and documents, shall delete every copy remaining in its possession within thirty (30) days."),
        "confidentiality": P(
            ("(12/1) Each Party shall keep confidential all information of the other Party",
             "This obligation shall remain in force for five (5) years after the end of the Contract.")),
        "liability-cap": W(
            "a cap protecting only the client (only the First Party's liability is limited)",
            "(13/1) The liability of the First Party towards the Second Party under this Contract shall in no case exceed the unpaid value of the deliverables that have been accepted."),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited",
            "(13/2) The Second Party shall indemnify the First Party against all damages, losses, claims and expenses of any kind arising from its performance of the Contract or from the acts of its employees or subcontractors, without any limit."),
        "insurance": P(
            "(14/1) The Second Party shall maintain, with an insurance company licensed in the Kingdom, professional liability insurance of not less than SAR 3,000,000 (three million Saudi riyals),"),
        "warranty": W(
            "warranty longer than 12 months (24 months from final acceptance)",
            "(9/1) The Second Party warrants that the Platform and all deliverables shall be free from defects and shall operate in accordance with the technical specifications for a period of twenty-four (24) months from the date of final acceptance,"),
        "ip-ownership-deliverables": W(
            "IP passing to the client before payment ('as soon as they are created, whether or not they "
            "have been delivered or paid for')",
            "(10/1) All rights in the source code, designs, documents, databases and all other works produced by the Second Party under this Contract shall be the exclusive property of the First Party as soon as they are created, whether or not they have been delivered or paid for,"),
        "payment-terms": W(
            "payment due later than 45 days (90 days from receipt and approval)",
            "(5/3) The First Party shall pay each invoice within ninety (90) days from the date of its receipt and approval by the Financial Department."),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "(16/1) The First Party may terminate the Contract at any time for its own convenience by a written notice of thirty (30) days, without the Second Party being entitled to any compensation as a result."),
        "termination-cause-cure": P(
            "(16/2) The First Party may terminate the Contract by written notice if the Second Party breaches any of its obligations and does not remedy the breach within fifteen (15) days of being notified of it in writing,"),
        "governing-law": P(
            "(17/1) This Contract is governed by the laws in force in the Kingdom of Saudi Arabia,",
            "failing that, the Commercial Court in Riyadh shall have jurisdiction to decide it."),
        "vague-terms": P(
            "(5/4) The price of the optional Arabic voice-search module referred to in the financial offer shall be agreed later between the two Parties.",
            "| D7 | Operation and support for twelve months, with quarterly reports | TBD | 10% |"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="eu-external-action-service-contract",
    type="donor-funded service contract (EU external action, global price) (unseen style)",
    style="European Union external-action service contract (global price) signed by the EU Delegation "
          "to Moldova for the Public Services Agency: contract number, financing decision and "
          "Beneficiary in the heading, 'of the one part / of the other part', a Lithuanian-Moldovan "
          "consortium jointly and severally liable, Special Conditions Articles 1-9 that 'supplement or "
          "derogate from' numbered Articles of General Conditions that are not reproduced, Terms of "
          "Reference (Annex II) and Annexes I-VII 'annexed' but absent, reports table, ECB rate plus 3.5 "
          "points, uncapped liquidated damages 'regardless of the cause', approval 'if, in the Project "
          "Manager's opinion, they are satisfactory', deemed approval after 90 days, results vesting on "
          "creation, expenditure verification and EU visibility; Contracting Authority (client)-favourable",
    labels={
        "deliverables": W(
            "deliverables left to documents outside the contract (the software, documentation and "
            "training deliverables are those of the Terms of Reference, Annex II, which is not in the "
            "file; only the reports are listed)",
            "1.2 The software, documentation and training deliverables are those listed in Section 5 of the Terms of Reference (Annex II)."),
        "milestones": P(
            "2.2 The period of implementation of the tasks is fourteen (14) months from the commencement date.",
            ("| Inception report | Analysis of existing situation, work plan, detailed design | Within 6 weeks of the commencement date |",
             "| Final report | Draft final report incorporating comments received | Within 45 days of receipt of comments on the draft final report |")),
        "delay-penalties": W(
            "liquidated damages uncapped and regardless of cause",
            "the Contracting Authority may claim liquidated damages of 0.3% of the maximum contract value for every day of delay, regardless of the cause of the delay, and without any limit on their total amount."),
        "change-control": P(
            ("7.1 Supplementing Article 11 of the General Conditions (amendments). Any change to the Terms of Reference,",
             "The Contractor shall not carry out any modified task before the addendum has been signed or the administrative order has been issued in writing.")),
        "acceptance-criteria": W(
            "subjective acceptance (approval if, in the Project Manager's opinion, the work is satisfactory)",
            "8.1 The reports and deliverables shall be approved by the Project Manager if, in the Project Manager's opinion, they are satisfactory."),
        "deemed-acceptance": W(
            "deemed acceptance only after a very long period (ninety days)",
            "8.3 If the Project Manager has not notified approval or rejection within ninety (90) days of receipt of a report or deliverable, it shall be deemed approved."),
        "rejection-remedy": P(
            "8.2 If the Project Manager rejects a report or deliverable, the Contractor shall submit a revised version addressing the comments within fifteen (15) days."),
        "security-obligations": W(
            "security duties with no standard, tied to changing client policies ('in force from time to "
            "time', instructions issued during implementation)",
            "The Contractor shall comply with the information security rules of the Beneficiary in force from time to time, and with any security instructions issued by the Project Manager during implementation."),
        "breach-notification": W(
            "breach notice without a deadline ('promptly')",
            "The Contractor shall inform the Contracting Authority and the Beneficiary of any personal data breach promptly."),
        "data-return-deletion": P(
            "7.4 At the end of the period of implementation, the Contractor shall transfer to the Beneficiary all data, configuration and credentials of the system, and shall destroy all copies of personal data held by it or its subcontractors within thirty (30) days,"),
        "insurance": P(
            "The Contractor shall hold, for the whole period of implementation, professional indemnity insurance covering at least EUR 700,000 per claim,"),
        "ip-ownership-deliverables": W(
            "IP passing to the client before payment (vesting in the Beneficiary from the moment of creation)",
            "Title to and intellectual property rights in the results, including the source code of the appointment system, the reports and all other documents produced under the contract, shall vest in the Beneficiary from the moment of their creation."),
        "background-ip-retained": P(
            ("7.6 Pre-existing rights of the Contractor, including its queue management engine",
             "to the extent necessary for the use of the results, without limitation in time.")),
        "late-payment-remedy": P(
            "3.3 Where the Contracting Authority pays after the expiry of the payment periods set in the General Conditions, the Contractor shall be entitled to late-payment interest at the rate applied by the European Central Bank to its main refinancing operations on the first day of the month of expiry, plus three and a half percentage points, for each day of delay, on request."),
        "termination-convenience": W(
            "termination for convenience only for the client (the Contracting Authority, without "
            "compensation)",
            "The Contracting Authority may terminate the contract at any time, giving seven (7) days' notice, where the financing of the action is withdrawn or where it considers that the contract no longer serves the interests of the action, without the Contractor being entitled to claim compensation."),
        "vague-terms": P(
            "The final conference in Chișinău shall take place on a date to be agreed with the Beneficiary, indicatively in month 13."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="kz-software-services-agreement",
    type="software development and implementation services agreement (Kazakhstan, translated) (unseen style)",
    style="Kazakh services agreement in unofficial translation from Russian: number and city/date line "
          "('Kostanay city ... \"17\" March 2026'), LLP parties with BIN 'represented by General Director "
          "..., acting on the basis of the Charter, on the one part', numbered sections 1.-13. in capitals "
          "with 1.1. clauses and 1) items, tenge including VAT, electronic invoices, act of rendered "
          "services with reasoned refusal and deemed signing, Technical Specification and Calendar Plan as "
          "annexed tables with a harvest-dependent stage 'by agreement of the Parties', 0.1% daily "
          "penalties both ways capped at 10%, real damage only, insuperable force with a Chamber of "
          "Commerce certificate, unilateral refusal by either Party, additional agreements, economic court "
          "at the Customer's location, bank details table; Customer (client)-leaning",
    labels={
        "scope-defined": P(
            "1.1. The Contractor undertakes, on the instructions of the Customer, to render services for the development and implementation of an information system for the accounting of grain at the Customer's elevators (hereinafter the \"System\"),",
            ("| 1 | Purpose | Automation of the accounting of grain receipt, storage, drying, cleaning and shipment at 3 elevators of the Customer (Kostanay, Rudny, Zhitikara) |",
             "| 7 | Integration | Export of documents to 1C:Accounting 8.3 of the Customer |")),
        "deliverables": P(
            "| 8 | Results to be transferred | Installed System on the Customer's server; source code; user and administrator manuals in Russian and Kazakh; training of up to 25 users |"),
        "client-dependencies": P(
            "1) within 5 (five) working days from the request of the Contractor, to provide the information, documents and remote access to the servers and weighbridge equipment of the elevators that are necessary for rendering the services;"),
        "milestones": P(
            ("| 1 | Survey of the elevators, refinement of the Technical Specification, agreement of test cases | within 30 calendar days from signing of the Agreement | 4,800,000 |",
             "| 4 | Training of users, putting the System into commercial operation | until 30.11.2026 | 4,800,000 |")),
        "force-majeure": P(
            ("9.1. The Parties are released from liability for full or partial non-performance of obligations under this Agreement if it was the result of circumstances of insuperable force",
             "the existence of the circumstances is confirmed by a certificate of the Chamber of Commerce and Industry of the Republic of Kazakhstan.")),
        "delay-penalties": P(
            "8.1. For violation of the terms of rendering the services established by the Calendar Plan, the Contractor pays the Customer a penalty in the amount of 0.1% of the cost of the overdue stage for each day of delay, but not more than 10% of the total cost of the Agreement."),
        "acceptance-criteria": P(
            "4.2. Within 5 (five) working days from receipt of the act, the Customer checks the results for conformity with the Technical Specification, including by running the test cases agreed at stage 1, and either signs the act or sends the Contractor a reasoned refusal to accept with a list of remarks."),
        "deemed-acceptance": P(
            "4.3. If within the period specified in clause 4.2 the Customer neither signs the act nor sends a reasoned refusal, the services of the stage are considered accepted and the act signed by the Customer."),
        "rejection-remedy": P(
            "The Contractor eliminates the remarks at its own expense and resubmits the results for acceptance in the manner established by this section."),
        "confidentiality": W(
            "confidentiality with no survival ('during the term of this Agreement')",
            "7.1. The Parties undertake, during the term of this Agreement, not to disclose to third parties information received from each other in connection with this Agreement,"),
        "consequential-damages-exclusion": P(
            "8.4. The Parties compensate each other only for real damage. Lost profit is not subject to compensation."),
        "warranty": P(
            "5.1. The Contractor guarantees the conformity of the System to the Technical Specification within 12 (twelve) months from the date of signing of the act of rendered services for the final stage (warranty period)."),
        "ip-ownership-deliverables": P(
            "6.1. The exclusive property rights to the software of the System created under this Agreement, including its source code and documentation, pass to the Customer from the moment of full payment for the respective stage."),
        "payment-terms": P(
            "2.3. Payment shall be made by transfer of money to the settlement account of the Contractor within 15 (fifteen) working days from the date of signing by the Parties of the act of rendered services for the respective stage,"),
        "late-payment-remedy": P(
            "8.2. For violation of the terms of payment, the Customer pays the Contractor a penalty in the amount of 0.1% of the overdue amount for each day of delay, but not more than 10% of the overdue amount."),
        "termination-convenience": P(
            "10.2. Either Party may unilaterally refuse to perform this Agreement by notifying the other Party in writing not less than 30 (thirty) calendar days in advance."),
        "termination-cause-cure": W(
            "termination without a (real) cure period (ten days' notice after a delay or improper "
            "quality, with no right to remedy)",
            "10.3. The Customer may unilaterally terminate this Agreement by sending a notice to the Contractor 10 (ten) calendar days in advance in the event the Contractor violates the term of any stage by more than 15 (fifteen) calendar days or renders services of improper quality."),
        "payment-on-termination": P(
            "In this case the Customer pays the Contractor for the services actually rendered up to the date of termination."),
        "governing-law": W(
            "an asymmetric forum (the court at the location of the Customer)",
            "11.2. If the dispute is not resolved by negotiations, it is considered in the specialised inter-district economic court at the location of the Customer in accordance with the legislation of the Republic of Kazakhstan."),
        "vague-terms": P(
            "| 3 | Trial operation at the 3 elevators during harvest, correction of errors | by agreement of the Parties, depending on the start of harvest | 9,600,000 |"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="hu-contract-for-work-b2b-portal",
    type="contract for work for a B2B ordering portal (Hungary, translated) (unseen style)",
    style="Hungarian vállalkozási szerződés in English convenience translation: 'which was concluded on "
          "the day and at the place indicated below by and between', party blocks with Cg. company "
          "registration and tax numbers 'represented by ..., managing director, independently', "
          "Megrendelő / Vállalkozó, 1. / 1.1. numbering, Section 6:238 Ptk. contract for work, ERP data "
          "exchange, fixed deadline (fix határidő), kötbér capped at 10%, change request sheet, acceptance "
          "test with A/B/C defect classes and one correction, handover-acceptance report, HUF plus 27% VAT, "
          "teljesítésigazolás, 15-day payment, Ptk. 6:155 interest and EUR 40 recovery cost, jótállás, "
          "exclusive licence under Act LXXVI of 1999 on full payment, Ptk. 6:152 carve-outs, Buda Central "
          "District Court, signatures with place and Hungarian-form dates; balanced",
    labels={
        "scope-defined": P(
            ("2.1. The Contractor undertakes to design, develop, test and put into operation a web-based B2B ordering portal",
             "through the ERP system's REST interface.")),
        "deliverables": P(
            "2.3. The Contractor shall hand over the following results: (a) the Portal installed in the Customer's hosting environment; (b) the source code in the Customer's Git repository; (c) an administrator's manual and a partner user guide in Hungarian; (d) one four-hour training session for the Customer's sales staff."),
        "assumptions-exclusions": P(
            "2.4. The following do not form part of the subject of the contract: the development of the ERP system or of its REST interface, online card payment, mobile applications, the translation of the Portal into foreign languages, and the upload of product photographs."),
        "client-dependencies": P(
            ("3.1. The Customer shall provide the Contractor, within five (5) working days of the kick-off meeting,",
             "shall give its opinion on the designs and test versions submitted to it within five (5) working days.")),
        "milestones": P(
            ("4.1. The Parties agree on the following deadlines:", "- go-live: 3 August 2026.")),
        "client-delay-relief": P(
            "3.3. If the Customer fails to perform its obligations under this point 3 on time, the deadlines of the Contractor shall be extended by the duration of the Customer's delay, and the Contractor shall not be in delay for that period."),
        "force-majeure": P(
            "13.1. Neither Party shall be liable for delay or non-performance caused by circumstances beyond its control which could not be foreseen at the time of conclusion of the contract (vis maior),"),
        "time-of-essence": P(
            "4.2. The go-live deadline under point 4.1 is a fixed deadline (fix határidő): the Parties expressly agree that performance after that date is of no interest to the Customer,"),
        "delay-penalties": P(
            "4.3. If the Contractor is in delay for a reason for which it is responsible, it shall pay a penalty for delay (kötbér) of 0.5% of the net fee for each calendar day of delay, up to a maximum of 10% of the net fee."),
        "change-control": P(
            "5.2. A change shall become part of the contract only when both project managers have signed the change request sheet."),
        "acceptance-criteria": P(
            ("6.1. The Contractor shall notify the Customer in writing that the Portal is ready for the acceptance test.",
             "The Portal passes the acceptance test if it has no category A defect and no more than five category B defects.")),
        "rejection-remedy": W(
            "a single correction attempt (the Contractor may correct 'once'; after a second failed test the "
            "Customer may withdraw)",
            "6.4. If the Portal fails the acceptance test, the Contractor may correct the defects once, within ten (10) working days, after which the test shall be repeated. If the Portal also fails the repeated test, the Customer may withdraw from the contract."),
        "security-obligations": W(
            "security duties with no standard (only that unauthorised persons do not access the data)",
            "10.2. The Contractor shall take care that the Customer's data are not accessed by unauthorised persons."),
        "breach-notification": P(
            "10.3. The Contractor shall notify the Customer of any personal data breach within forty-eight (48) hours of becoming aware of it."),
        "data-return-deletion": P(
            "10.4. Within thirty (30) days of the termination of the contract, the Contractor shall return to the Customer all data of the Customer and delete the copies held by it, and shall confirm this in writing."),
        "confidentiality": P(
            ("11.1. The Parties shall treat as business secrets all data and information of the other Party",
             "This obligation shall remain in force for three (3) years after the termination of the contract.")),
        "liability-cap": P(
            "12.1. The liability of either Party for breach of contract shall be limited to the net fee."),
        "consequential-damages-exclusion": P(
            "Lost profits and other indirect damages are excluded."),
        "indemnification": P(
            "12.2. The Contractor shall indemnify the Customer against claims of third parties alleging that the Portal infringes their copyright. The Customer shall indemnify the Contractor against claims of third parties relating to the data, images and trademarks provided by the Customer."),
        "warranty": P(
            "8.1. The Contractor undertakes a warranty (jótállás) of twelve (12) months from go-live that the Portal operates in accordance with this contract and Annex 2."),
        "ip-ownership-deliverables": P(
            "9.1. Upon payment of the full fee, the Contractor grants the Customer an exclusive, transferable licence, unlimited in time and territory, to the Portal and its source code as works protected under Act LXXVI of 1999 on Copyright, including the right to modify them."),
        "background-ip-retained": P(
            ("9.2. The software components developed by the Contractor before this contract and used in several projects",
             "to use them as part of the Portal.")),
        "payment-terms": P(
            "7.3. The Customer shall pay the invoices by bank transfer within fifteen (15) days of receipt."),
        "late-payment-remedy": P(
            "7.4. In the event of late payment, the Customer shall pay default interest in accordance with Section 6:155 of the Ptk. and a flat-rate recovery cost of EUR 40 under Act IX of 2016."),
        "termination-cause-cure": P(
            "14.1. If a Party materially breaches the contract and does not remedy the breach within fifteen (15) days of a written notice, the other Party may terminate the contract with immediate effect."),
        "payment-on-termination": P(
            "14.2. In the event of termination, the Customer shall pay the Contractor the proportionate part of the fee for the work performed up to the date of termination."),
        "non-solicitation": P(
            "15.1. During the term of this contract and for twelve (12) months thereafter, neither Party shall employ or engage, directly or indirectly, any employee of the other Party who took part in the performance of this contract."),
        "governing-law": P(
            "16.1. Matters not regulated in this contract shall be governed by Hungarian law, in particular the provisions of the Ptk.",
            "or the Budapest-Capital Regional Court (Fővárosi Törvényszék) shall have exclusive jurisdiction."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="cl-it-services-contract-hours-bank",
    type="IT support and development services contract (Chile, translated) (unseen style)",
    style="Chilean contrato de prestación de servicios informáticos in free translation: 'In Santiago, "
          "Chile, on 9 March 2026, between ...', SpA and Limitada with RUT and national identity card "
          "numbers, 'both domiciled for these purposes at ... commune of Las Condes', clauses FIRST: "
          "Background to TWENTIETH: Authority of the representatives (personería by public deed before a "
          "Notary), monthly fee in Unidades de Fomento plus VAT, electronic invoice and Laws 19,983 and "
          "21,131 (30 days), maximum conventional interest and suspension, monthly bank of development "
          "hours with quotations approved by e-mail, monthly report deemed approved, obligations of means, "
          "article 45 Civil Code force majeure, ISO/IEC 27001-consistent controls, cap of three months' "
          "fees, lucro cesante and moral damage excluded, domicile in Santiago; Provider-favourable",
    labels={
        "scope-defined": P(
            ("SECOND: Purpose.", "charged against a monthly bank of hours.")),
        "assumptions-exclusions": P(
            ("The Services do not include: the supply of hardware or licences,",
             "or the recovery of information that was not included in the backups.")),
        "client-dependencies": P(
            ("The Client shall: (a) designate a counterpart with authority to approve requests;",
             "(d) respond to the Provider's queries within two business days.")),
        "client-delay-relief": P(
            "The Provider shall not be responsible for delays or failures attributable to the Client's failure to meet these obligations, and the corresponding response times shall be extended accordingly."),
        "force-majeure": P(
            "Neither party shall be liable for failures or delays due to an unforeseeable event that is impossible to resist, in the terms of article 45 of the Civil Code,"),
        "change-control": P(
            "Any requirement that exceeds the monthly bank or is not included in clause SECOND shall be quoted in advance by the Provider, and shall be executed only once the Client's counterpart has approved the quotation in writing, an e-mail being sufficient."),
        "deemed-acceptance": P(
            "The report shall be deemed approved if the Client makes no written observations within five business days of receiving it."),
        "security-obligations": P(
            ("The Provider shall apply to the Client's systems controls consistent with the ISO/IEC 27001 standard,",
             "and the keeping of access logs for ninety days.")),
        "breach-notification": W(
            "breach notice without a deadline ('opportunely')",
            "The Provider shall inform the Client opportunely of any security incident that affects the Client's information."),
        "data-return-deletion": P(
            "Upon termination, the Provider shall hand over to the Client the administrator credentials and a copy of the Client's information in its possession, and shall delete the remaining copies within thirty (30) days."),
        "confidentiality": P(
            ("Each party shall keep strictly confidential the commercial, technical and financial information of the other",
             "This obligation shall survive for two (2) years after the termination of the contract.")),
        "liability-cap": P(
            "The total liability of the Provider for any cause related to this contract shall not exceed the amount of the fees effectively paid by the Client in the three (3) months prior to the event giving rise to the claim."),
        "consequential-damages-exclusion": P(
            "In no case shall the Provider be liable for indirect damages, loss of profits (lucro cesante), loss of data not included in the backups, or moral damage."),
        "indemnification": P(
            "The Client shall hold the Provider harmless from any claim by third parties arising from the use of software, licences or content supplied by the Client,"),
        "warranty-disclaimer": P(
            "The Provider grants no warranty other than those expressly stated in this contract, and any implied warranty, including fitness for a particular purpose, is excluded to the extent permitted by law."),
        "background-ip-retained": P(
            "The Provider retains ownership of the tools, scripts, templates, methodologies and know-how that it uses in providing the Services, whether developed before or during the contract."),
        "payment-terms": P(
            "The Client shall pay each invoice within thirty (30) calendar days of its receipt, in accordance with Law No. 19,983 and Law No. 21,131,"),
        "late-payment-remedy": P(
            "Overdue amounts shall accrue the maximum conventional interest rate allowed by law for non-readjustable operations from the due date until actual payment.",
            "If an invoice remains unpaid for more than fifteen (15) days after its due date, the Provider may suspend the Services, after notice by e-mail, until payment is made, without this constituting a breach."),
        "termination-convenience": P(
            "Either party may terminate it at any time, without expressing cause, by giving the other thirty (30) days' written notice."),
        "termination-cause-cure": P(
            "Either party may terminate the contract early if the other breaches any of its obligations and fails to cure the breach within fifteen (15) days after a written demand."),
        "payment-on-termination": P(
            "In any case of termination, the Client shall pay the Services provided and the hours used up to the effective date of termination."),
        "no-guarantee-results": P(
            "The Provider does not guarantee that the Client's systems will operate without interruption or error, nor any particular commercial result from the improvements developed, and it may rely on the information and instructions given by the Client."),
        "non-solicitation": P(
            "During the term of this contract and for twelve (12) months after its termination, the Client shall not hire, directly or through third parties, any worker of the Provider who has taken part in the Services,"),
        "governing-law": P(
            "This contract is governed by the laws of the Republic of Chile. For all legal purposes the parties fix their domicile in the commune and city of Santiago and submit to the jurisdiction of its ordinary courts of justice."),
        "vague-terms": P(
            "The hourly rate for hours exceeding the bank shall be agreed by the parties in each quotation."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="dk-development-agreement-bilag-tables",
    type="development agreement with appendices as tables (Denmark, English working version) (unseen style)",
    style="Danish development agreement (udviklingsaftale) in an English working version: parties table "
          "with CVR numbers, a short main document of 14 points that sends the content to Bilag 1-7, all "
          "of them tables (requirements K1-K6 with the Supplier's solution, time schedule M1-M4 with a 'TBD' "
          "phase, prices in DKK excl. moms with Phase 2 'to be agreed', test rules 4.1-4.5, the Customer's "
          "obligations, security measures, standard components), Working Day definition with 5 June and "
          "24/31 December, dagbod per Working Day capped at 10% as sole remedy, change proposal signed by "
          "both contact persons, takeover test (overtagelsesprøve) and deemed approval, mangler, væsentlig "
          "misligholdelse, invoicing plan with no due date, Court of Odense; balanced",
    labels={
        "scope-defined": P(
            ("| K1 | Online booking of berths for leisure boats in 4 harbours (Odense, Kerteminde, Bogense, Faaborg) | Web app (Danish, English, German) with map of berths |",
             "| K6 | Harbour staff app for check-in | Responsive web app, no native app |")),
        "deliverables": P(
            "Deliverables: the solution in production; source code of customer-specific programming in the Customer's repository; administrator and user documentation in Danish; 2 training sessions of 3 hours."),
        "assumptions-exclusions": P(
            "Assumptions and exclusions: the payment gateway contract and fees are the Customer's; no native iOS/Android app; migration limited to the season berth holders of 2026 (about 2,100 records) from one Excel file per harbour; hardware in the harbour offices is not included."),
        "client-dependencies": P(
            ("| 1 | Appoint a product owner with decision authority, available 1 day a week | At signing |",
             "| 4 | Participate in the takeover test with 2 harbour staff | M2-M3 |")),
        "milestones": P(
            ("| M1 | Design approved | 24 April 2026 |", "| M3 | Takeover Date | 3 July 2026 |")),
        "client-delay-relief": P(
            "If the Customer does not do so, and this delays the Supplier, the Supplier's dates in Bilag 2 are postponed by the number of Working Days the Supplier is delayed, and the Supplier is not in delay for that period."),
        "force-majeure": P(
            "4.2 Neither party is responsible for failure to perform caused by circumstances beyond its control that it should not have taken into account when the agreement was made (force majeure),"),
        "delay-penalties": P(
            "the Customer is entitled to liquidated damages (dagbod) of 0.2% of the Fixed Price for each Working Day of delay, at most 10% of the Fixed Price in total."),
        "change-control": P(
            "A change is binding only when both contact persons have signed the change proposal."),
        "acceptance-criteria": P(
            "| 4.3 | The takeover test is passed when all test cases are run with no A defects and at most 5 B defects |"),
        "deemed-acceptance": P(
            "| 4.5 | If the Customer has not approved the test or given notice of defects within 5 Working Days after the end of the test, the test is deemed approved |"),
        "rejection-remedy": P(
            "| 4.4 | If the test is not passed, the Supplier corrects the defects and the test is repeated within 10 Working Days. If the repeated test is not passed either, the Customer may require one further correction or terminate under 12.2 |"),
        "security-obligations": P(
            "9.1 The Supplier shall operate the test and production environment in accordance with ISO/IEC 27001 and the measures in Bilag 6,"),
        "breach-notification": W(
            "breach notice without a deadline ('without undue delay')",
            "9.2 The Supplier shall notify the Customer of any security breach without undue delay."),
        "data-return-deletion": P(
            "9.3 At the end of the agreement the Supplier shall within 20 Working Days hand over all of the Customer's data in CSV and as a database export, and then erase the data in its environments, confirming this in writing."),
        "confidentiality": P(
            "10.1 Each party shall keep the other party's confidential information secret and use it only for the purpose of the agreement. The duty continues for 3 years after the agreement ends."),
        "liability-cap": P(
            "11.1 Each party's liability is limited to an amount equal to the Fixed Price."),
        "consequential-damages-exclusion": P(
            "Neither party is liable for indirect loss, including loss of profit, operating loss or loss of data."),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited (outside the cap in 11.1)",
            "8.3 The Supplier shall indemnify the Customer against any claim that the Delivery infringes third-party rights, including costs and losses, and the indemnity is not subject to the limitation in 11.1."),
        "insurance": P(
            "11.2 The Supplier shall maintain professional liability insurance with a cover of at least DKK 5,000,000 per year while the agreement is in force."),
        "warranty": P(
            "7.1 The Supplier warrants that the Delivery at takeover meets the requirements in Bilag 1. For 12 months after takeover the Supplier shall remedy defects (mangler) of category A within 2 Working Days and other defects within 15 Working Days, at no charge."),
        "warranty-disclaimer": P(
            "The Supplier gives no other warranty, express or implied, and the rules of the Danish Sale of Goods Act on defects do not apply."),
        "ip-ownership-deliverables": P(
            "8.1 Upon payment of the Fixed Price, the Customer acquires the ownership and all rights, including the right to change and transfer, to the customer-specific programming and documentation developed under this agreement."),
        "background-ip-retained": W(
            "background IP reserved only if listed (components not listed in Bilag 7 become "
            "customer-specific programming)",
            ("8.2 The Supplier retains the rights to the standard components listed in Bilag 7.",
             "Components not listed in Bilag 7 are customer-specific programming under 8.1.")),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "12.1 The Customer may terminate the agreement for convenience with 3 months' written notice to the end of a month."),
        "termination-cause-cure": P(
            "12.2 Either party may terminate the agreement for material breach (væsentlig misligholdelse) if the other party has not remedied the breach within 15 Working Days of written notice."),
        "payment-on-termination": P(
            "12.3 On any termination, the Customer shall pay for the work performed and documented by the Supplier up to the date of termination, according to the prices in Bilag 3."),
        "non-solicitation": W(
            "non-solicitation ending with the contract ('while the agreement is in force')",
            "13.1 While the agreement is in force, neither party may employ or engage employees of the other party who have taken part in the Delivery, without the other party's written consent."),
        "governing-law": P(
            "14.1 The agreement is governed by Danish law. Disputes that cannot be resolved by negotiation shall be decided by the Court of Odense (Retten i Odense) as the court of first instance."),
        "vague-terms": P(
            "| M4 | Phase 2: self-service portal for season berth holders | TBD |",
            "| Phase 2 (M4) | to be agreed | - |"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="ma-application-maintenance-contract",
    type="third-party application maintenance contract (Morocco, translated) (unseen style)",
    style="Moroccan contrat de tierce maintenance applicative (TMA) in translation from French: 'BETWEEN "
          "THE UNDERSIGNED', SARL and SA with capital in dirhams, Trade Register, ICE and IF numbers, 'ON "
          "THE ONE HAND / ON THE OTHER HAND', 'IT HAS FIRST BEEN SET OUT AS FOLLOWS' and 'THIS HAVING BEEN "
          "SET OUT, IT HAS BEEN AGREED AND DECIDED', Article n - Heading, corrective / adaptive / evolutive "
          "maintenance of a school management application with a quarterly man-day quota, severity table, "
          "capped penalties as sole remedy, obligation de moyens, the Client's security policy 'as amended', "
          "MAD plus 20% VAT invoiced quarterly in advance, Law 69-21 late-payment penalties and suspension "
          "after mise en demeure, Law 09-08, Article 269 DOC force majeure, tacit renewal, avenant, "
          "Commercial Court of Casablanca, 'read and approved'; Service Provider-favourable",
    labels={
        "scope-defined": P(
            ("- corrective maintenance: diagnosis and correction of anomalies reported by the Client;",
             "- hosting supervision: monitoring of the availability of the Application hosted by the Client's data-centre provider, and monthly database backups checks.")),
        "assumptions-exclusions": P(
            ("The following are excluded from the contract: the hardware, network and workstations of the Client;",
             "and training of new staff, which may be the subject of a separate quotation.")),
        "client-delay-relief": P(
            "3.3 The times stated above are suspended for any period during which the Service Provider cannot access the Application, the servers or the information needed for diagnosis for a reason attributable to the Client or to its hosting provider."),
        "force-majeure": P(
            "Neither party shall be liable for a failure resulting from force majeure within the meaning of Article 269 of the Dahir of Obligations and Contracts."),
        "delay-penalties": P(
            "3.4 If a resolution time for a blocking anomaly is exceeded, the Service Provider shall owe a penalty equal to 2% of the monthly fee per anomaly, capped at 10% of the monthly fee for the month concerned."),
        "security-obligations": W(
            "security duties tied to changing client policies (the Client's policy 'as amended by the "
            "Client from time to time'), with no standard",
            "The Service Provider and its staff shall comply with the information systems security policy of the Client, as amended by the Client from time to time and communicated to the Service Provider."),
        "data-return-deletion": P(
            "7.3 When the contract ends, the Service Provider shall give back to the Client, within fifteen (15) days, the data in its possession in the form of a complete database export, and shall then destroy all copies held by it."),
        "confidentiality": P(
            "7.1 Each party shall keep confidential the information of the other party of which it becomes aware in performing the contract. This obligation shall continue for three (3) years after the end of the contract."),
        "liability-cap": P(
            "9.1 The total liability of the Service Provider under this contract, for all causes combined, is limited to the amount of the fees received during the six (6) months preceding the event giving rise to liability."),
        "consequential-damages-exclusion": P(
            "9.2 The Service Provider shall in no case be liable for indirect damage, such as loss of turnover, loss of data or damage to the image of the Client."),
        "insurance": P(
            "The Service Provider declares that it holds professional civil liability insurance with an insurance company approved in Morocco, covering the financial consequences of its activity up to 2,000,000 dirhams per claim,"),
        "warranty-disclaimer": P(
            "9.3 The Service Provider gives no warranty other than those expressly stipulated in this contract. Any other warranty, express or implied, including of fitness for a particular purpose, is excluded."),
        "background-ip-retained": P(
            "The Service Provider retains the ownership of its tools, software libraries, scripts and know-how, including those used to maintain the Application."),
        "payment-terms": P(
            "6.2 Invoices are payable within thirty (30) days of their date, by bank transfer."),
        "late-payment-remedy": P(
            ("6.3 Any amount not paid by its due date shall give rise, by operation of law, to late-payment penalties",
             "the Service Provider may suspend its services until full payment.")),
        "termination-cause-cure": P(
            "13.1 In the event of a breach by either party of its obligations, the other party may terminate the contract thirty (30) days after a formal notice by registered letter with acknowledgement of receipt that has remained without effect,"),
        "payment-on-termination": P(
            "13.2 In all cases of termination, the amounts due for services performed up to the effective date of termination remain payable."),
        "no-guarantee-results": P(
            "The Service Provider is bound by an obligation of means (obligation de moyens). It does not guarantee that the Application will operate without interruption or that all anomalies can be corrected."),
        "non-solicitation": P(
            "The Client undertakes not to recruit or employ, directly or through an intermediary, any member of the Service Provider's staff who has worked on the Application, during the contract and for twelve (12) months after its end."),
        "governing-law": P(
            "This contract is governed by Moroccan law. Any dispute relating to its validity, interpretation or performance shall be submitted, failing an amicable settlement, to the Commercial Court of Casablanca."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="uy-nearshore-proposal-deck",
    type="proposal slide deck accepted as the agreement (informal) (unseen style)",
    style="Google Slides proposal exported to text by a Montevideo nearshore studio for a US health-tech "
          "client: file-name line, '=== Slide n of 12 ===' separators, bullet points, bracketed speaker "
          "notes (a BAA to be signed separately, a fixed price refused), What we heard / Why Ceibo / What "
          "we'll build / Not in the MVP / Team / Timeline / Investment / What we need from you / changes / "
          "'The fine print (the short version)' / Next steps, monthly team fee in USD with an estimated MVP "
          "total, backlog kept in Linear, Phase 2 'TBD', sign-off 'once you're happy', acceptance by "
          "DocuSign on the last slide; provider-favourable",
    labels={
        "scope-defined": P(
            ("• Patient web app (mobile-first): appointment reminders by SMS, a 5-question check-in after discharge, \"call me\" button",
             "• Basic reporting: check-in rate and missed follow-ups per clinic per week")),
        "deliverables": W(
            "deliverables left to documents outside the contract (the feature list lives in the Linear "
            "backlog and is re-prioritised at every sprint)",
            "The detailed feature list for each sprint lives in the shared Linear backlog and is re-prioritised with you at every sprint planning."),
        "assumptions-exclusions": P(
            ("• No direct EHR integration (HL7/FHIR) - we work from your nightly CSV export",
             "• English and Spanish UI; no other languages")),
        "client-dependencies": P(
            ("• A product owner with 4-5 hours a week (Dana or someone she names)",
             "• Feedback on each sprint demo within 5 business days")),
        "milestones": P(
            ("Week 1-2: discovery + clickable prototype", "Week 10-12: pilot support + iterate")),
        "change-control": P(
            "Anything that doesn't fit the current sprint goes into a short written change note: what it is, how many days, what moves out or what it adds to the fee. Nothing starts until you've OK'd the change note by email."),
        "acceptance-criteria": W(
            "subjective acceptance ('once you're happy with what you saw in the demo')",
            "Sign-off: a sprint is accepted once you're happy with what you saw in the demo."),
        "deemed-acceptance": P(
            "If we haven't heard back within 5 business days of a demo, we treat the sprint as accepted and keep going."),
        "liability-cap": P(
            "• Liability: our total liability is capped at the fees you paid us in the 3 months before the claim."),
        "warranty": P(
            "• Bugs: for 30 days after pilot go-live we fix any bug we introduced, free."),
        "ip-ownership-deliverables": P(
            "• Ownership: you own the code we write for CareLoop once the invoice for that month is paid."),
        "background-ip-retained": P(
            "• Our toolbox: we keep our internal starter kits, UI component library and deployment scripts; you get a perpetual, royalty-free licence to use whatever ends up inside CareLoop."),
        "payment-terms": P(
            "Invoices monthly in advance, on the 1st; payment due within 15 days by wire or ACH."),
        "late-payment-remedy": P(
            "• Late invoices: if an invoice is more than 10 days overdue we pause the team until it's sorted."),
        "termination-convenience": P(
            "• Either of us can end this with 30 days' written notice."),
        "payment-on-termination": P(
            "You pay for the team through the last day of the notice period, and we hand over the repo the same day."),
        "no-guarantee-results": P(
            "• Estimates are estimates: we commit to the team and the process, not to a fixed feature list or to clinical outcomes, and we rely on the data and requirements you give us."),
        "non-solicitation": P(
            "• Our people: please don't hire our engineers directly during the engagement or for 12 months after it."),
        "vague-terms": P(
            "Phase 2 (native apps + third clinic): scope and price TBD after the pilot review"),
    },
))
