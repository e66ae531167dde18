"""The hand-made judgements of benchmarks/unseen16: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen16)."""

SOURCE = "written for contract-analyzer as a sixteenth blind unseen-style check (unseen16)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="al-kontrate-sherbimi-arkiva-elektronike",
    type="IT services contract (Albania, translated from Albanian) (unseen style)",
    style="Albanian kontratë shërbimi in unofficial translation (the Albanian prevails): bilingual heading, 'Nr. 118/3 Prot.' and "
          "'Tiranë, më 12.03.2026' on one line, sh.a. and sh.p.k. parties registered at the National Business Centre (QKB) with "
          "NUIS numbers and Njësia Administrative addresses, Supervisory Board decision, Civil Code contract of enterprise "
          "(sipërmarrje), 'Neni n – Albanian heading / Article n – English heading' with 1.1 and a) items, claims-archive "
          "scanning and electronic document management for an insurer, Lek with 20% VAT, electronic fiscal invoice, 60-day "
          "payment, additional agreement (marrëveshje shtesë) for changes, handover minutes (procesverbal dorëzimi), uncapped "
          "0.2% daily penalty, 24-month guarantee, Information and Data Protection Commissioner and Financial Supervisory "
          "Authority, AES-256 and 24-hour incident notice, unlimited indemnity, results owned from creation, immediate "
          "unilateral termination, Judicial District Court of Tirana, four originals; Client (client)-favourable",
    labels={
        "scope-defined": P(("1.1 The object of this contract is the performance by the Service Provider of the following services",
                            "e) the support of the system during the first three months of use.")),
        "client-dependencies": W("best efforts / client-discretion obligations: access only 'to the extent that its internal procedures permit' and 'reasonable efforts' for the contact person and documentation",
                                 ("4.1 The Client shall, to the extent that its internal procedures permit,",
                                  "to provide the technical documentation of the core insurance application.")),
        "milestones": P(("2.1 The services shall be performed within five (5) months from the date of signature of this contract",
                         "- start of use in all branches: 12.08.2026.")),
        "force-majeure": P("14.1 Neither Party shall be liable for the non-performance of its obligations caused by force majeure"),
        "time-of-essence": P("Time is of the essence for the Client"),
        "delay-penalties": W("liquidated damages uncapped: 0.2% of the total price per day with no maximum, plus compensation of the damage",
                             ("8.1 For each calendar day of delay beyond a deadline of Article 2",
                              "or from compensation of the damage caused by the delay.")),
        "change-control": P("6.1 Any addition, reduction or other change to the volume or content of the services shall be carried out only on the basis of an additional agreement (marrëveshje shtesë) signed by both Parties before the change is executed, which states the change, its price and its effect on the deadlines."),
        "rejection-remedy": P("The Service Provider shall remedy the recorded deficiencies within ten (10) working days and submit the services again for handover."),
        "security-obligations": P(("10.2 The Service Provider shall apply the following technical and organisational measures:",
                                   "consistent with ISO/IEC 27001 for its own systems used in the project.")),
        "breach-notification": P("10.3 The Service Provider shall notify the Client in writing of any unauthorised access to, loss of or disclosure of the Client's data within twenty-four (24) hours of becoming aware of it"),
        "data-return-deletion": P("10.4 Upon completion of the services, and in any case upon termination of the contract, the Service Provider shall hand over to the Client all copies of the scanned images and indexes in its possession and then delete them from its own equipment"),
        "confidentiality": W("confidentiality protecting only the client, with no survival",
                             "11.1 The Service Provider shall keep confidential all information concerning the Client, its insured persons, its claims and its business"),
        "indemnification": W("indemnity one-sided against the provider and unlimited",
                             ("12.2 The Service Provider shall indemnify and hold harmless the Client", "without limitation of amount.")),
        "warranty": W("warranty longer than 12 months (24 months)",
                      "9.1 The Service Provider guarantees the correct functioning of the electronic document management system and the accuracy of the indexing for a period of twenty-four (24) months"),
        "ip-ownership-deliverables": W("IP passing to the client before payment: exclusive property of the Client from the moment of creation",
                                       "become the exclusive property of the Client from the moment of their creation"),
        "payment-terms": W("payment due later than 45 days (60 days)",
                           "3.3 Each instalment is paid by bank transfer within sixty (60) days from the date on which the Client receives the electronic fiscal invoice"),
        "termination-cause-cure": W("termination without a cure period: unilateral termination with immediate effect",
                                    "15.1 The Client may terminate this contract unilaterally, with immediate effect, by written notice to the Service Provider"),
        "governing-law": P("16.1 This contract is governed by the laws of the Republic of Albania."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="la-service-contract-meter-reading-system",
    type="IT services contract (Lao PDR, translated from Lao) (unseen style)",
    style="Lao contract for services in translation (only the Lao version is official): national name and motto "
          "'PEACE INDEPENDENCE DEMOCRACY UNITY PROSPERITY' with an ornament line, state-enterprise header with number "
          "'No. 027/MMW.IT' and 'Vientiane Capital, date 16/03/2026', 'Pursuant to' the Law on Contract and Tort No. 01/NA "
          "and the General Director's selection decision, PARTY A (the Employer) / PARTY B (the Service Provider) blocks with "
          "Village / District addresses, enterprise registration certificate, tax number and BCEL / LDB accounts, Article n. "
          "with 1. and a) items, 'Rights and obligations of Party A / Party B', mobile meter-reading and billing system of a "
          "water supply state enterprise with the content left to the Terms of Reference (Annex 1), work schedule (Annex 2) and "
          "test cases (Annex 3) not reproduced, Kip with dot separators and amount in words, 10% VAT, instalments with no due "
          "date, go-live 'to be determined by Party A' and Phase 3 price 'to be agreed later', extension 'as it deems "
          "appropriate', acceptance committee with measurable conditions, refusal with no right to correct, capped daily fines, "
          "Party A's IT regulations 'as issued and amended', 12-month warranty, 30-day remedy notice, Office of Economic Dispute "
          "Resolution or People's Court, four originals with seals; Party A (client)-favourable",
    labels={
        "client-delay-relief": W("relief for client delay only at the client's discretion",
                                 "Party A shall consider the request and decide on an extension as it deems appropriate."),
        "force-majeure": P("2. A party affected by force majeure is not responsible for the delay or failure to perform its obligations during the event"),
        "delay-penalties": P(("1. If Party B does not complete the work within the time in the work schedule",
                              "2. The total of the fines shall not exceed 10% of the contract value.")),
        "acceptance-criteria": P(("2. The System is accepted when all of the following conditions are met:",
                                  "are equal to the bills calculated by the current billing program of Party A for the same month.")),
        "security-obligations": W("security duties with no standard, tied to changing client policies",
                                  "3. To comply with the information technology regulations of Party A, as issued and amended by Party A from time to time;"),
        "breach-notification": W("breach notice without a deadline",
                                 "3. Party B shall report to Party A any loss or leakage of customer data, stating the cause and the measures taken."),
        "data-return-deletion": P("4. When the contract ends, Party B shall return to Party A all customer data and all copies of the database, and shall delete the data held on its own computers and servers."),
        "confidentiality": P(("1. Each party shall keep confidential the information of the other party received under this contract",
                              "This obligation continues for three (3) years after the end of this contract.")),
        "warranty": P("1. Party B warrants that the System operates in accordance with the Terms of Reference for a period of 12 (twelve) months from the date of the acceptance minutes."),
        "termination-cause-cure": P(("1. If one party does not perform its obligations under this contract, the other party shall give written notice requiring it to remedy the failure within thirty (30) days.",
                                     "the other party may terminate the contract by written notice.")),
        "governing-law": P("1. This contract is governed by the laws of the Lao People's Democratic Republic."),
        "vague-terms": P("2. The date of putting the System into official use in all service units of Party A is to be determined by Party A.",
                         "is to be agreed later between the two parties by an additional contract"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="do-contrato-servicios-tecnologicos-wms",
    type="IT services contract (Dominican Republic, translated from Spanish) (unseen style)",
    style="Dominican contrato de prestación de servicios tecnológicos in free translation (only the Spanish has legal effect), "
          "signed before a notary: 'BETWEEN: On the one part, ... S.R.L., a commercial company organised and existing in "
          "accordance with the laws of the Dominican Republic, holder of National Taxpayer Registry (RNC) No. ... and of "
          "Mercantile Registry No. ...', managers 'Dominican, of legal age, holder of identity and electoral card No.', "
          "THE CLIENT / THE PROVIDER in capitals, PREAMBLE of 'WHEREAS:' paragraphs and 'THEREFORE, and on the understanding "
          "that the foregoing preamble forms an integral part of this contract', 'ARTICLE ONE (1): OBJECT.' with PARAGRAPH I / "
          "II, warehouse management system for a free-zone garment exporter in Santiago de los Caballeros with DGII electronic "
          "tax receipts (e-CF), RD$ and ITBIS 18%, capped delay penalty, change request, acceptance tests with deemed acceptance, "
          "1.5% monthly interest and suspension, pre-existing components 'listed in Annex C' (not attached), Law No. 172-13 on "
          "personal data, five-working-day incident notice, Civil Code Article 1148 force majeure with hurricanes, mutual "
          "non-solicitation, 45-day termination without justification, Court of First Instance of Santiago, election of "
          "domicile, 'DONE AND SIGNED in three (3) originals of the same tenor and effect', notary's 'CERTIFY AND ATTEST' "
          "legalisation of signatures; balanced",
    labels={
        "scope-defined": P(("By this contract THE PROVIDER undertakes to implement for THE CLIENT the warehouse management system",
                            "(d) the migration of the opening stock; and (e) the training of the warehouse personnel.")),
        "deliverables": P(("PARAGRAPH I: The following deliverables form part of the object:", "(v) the training record.")),
        "assumptions-exclusions": P(("PARAGRAPH II: The following are excluded from the object and, if requested, shall be quoted separately:",
                                     "and any modification of the ERP itself.")),
        "client-dependencies": P(("ARTICLE THREE (3): OBLIGATIONS OF THE CLIENT. THE CLIENT undertakes to:",
                                  "(d) review and approve the design document within five (5) working days of its delivery.")),
        "milestones": P(("ARTICLE TWO (2): TIMETABLE. The services shall be carried out in the following stages:",
                         "by the twelfth (12th) day of June of 2026.")),
        "client-delay-relief": P("PARAGRAPH: If THE CLIENT fails to comply in time with any of these obligations, the dates of Article Two (2) shall be extended by at least the same period, and THE PROVIDER shall not owe penalties for the resulting delay."),
        "force-majeure": P("neither party shall be liable for the failure or delay in the performance of its obligations caused by force majeure or fortuitous event"),
        "delay-penalties": P(("PARAGRAPH: THE PROVIDER shall pay, as a penalty for delay attributable to it,",
                              "without the total of such penalties exceeding eight percent (8%) of the total price of this contract.")),
        "change-control": P(("ARTICLE FOUR (4): CHANGES. Any change to the object, the deliverables or the timetable shall be recorded in a change request signed by the coordinators of both parties",
                             "THE PROVIDER is not obliged to execute any change until the change request has been signed.")),
        "acceptance-criteria": P(("which shall carry out the acceptance tests set out in the design document within ten (10) working days.",
                                  "when three (3) consecutive shipments have generated e-CF accepted by the DGII.")),
        "deemed-acceptance": P("PARAGRAPH II: If THE CLIENT does not communicate its acceptance or its written non-conformities within the period of ten (10) working days, the stage shall be deemed accepted."),
        "rejection-remedy": P("THE PROVIDER shall correct them and resubmit the stage for testing"),
        "security-obligations": P("THE PROVIDER shall apply, at least, the following measures: individual user accounts, encrypted connections, daily backups of the System databases and revocation of the access of its personnel within twenty-four (24) hours of their leaving the project."),
        "breach-notification": W("breach notice later than 72 hours (five working days)",
                                 "PARAGRAPH I: THE PROVIDER shall inform THE CLIENT of any security incident affecting THE CLIENT's data within five (5) working days of becoming aware of it."),
        "data-return-deletion": P("PARAGRAPH II: On termination of this contract, THE PROVIDER shall deliver to THE CLIENT, at its request, a copy of THE CLIENT's data in an open format and shall then delete all copies in its possession"),
        "confidentiality": P(("ARTICLE NINE (9): CONFIDENTIALITY. Each party shall keep confidential",
                              "This obligation shall survive for three (3) years after the termination of this contract.")),
        "liability-cap": P("The total liability of each party for all claims arising from this contract shall not exceed the amounts paid by THE CLIENT to THE PROVIDER under this contract in the twelve (12) months preceding the event that gives rise to the claim."),
        "consequential-damages-exclusion": P("In no case shall either party be liable for indirect or consequential damages, loss of profits or loss of business"),
        "indemnification": P("PARAGRAPH: Each party shall hold the other harmless and indemnify it against claims of third parties arising from its breach of Article Ten (10)"),
        "warranty": P("THE PROVIDER warrants that, during ninety (90) days from the acceptance of the final stage, the System shall operate substantially in accordance with the design document"),
        "warranty-disclaimer": P("Except as expressly provided in this article, THE PROVIDER gives no other warranty, express or implied, including warranties of merchantability or fitness for a particular purpose."),
        "ip-ownership-deliverables": P("The ownership of the design document, of the ERP interface and of the configuration made for THE CLIENT shall pass to THE CLIENT upon full payment of the price."),
        "background-ip-retained": W("background IP reserved only if listed (Annex C, not attached)",
                                    "The pre-existing components of THE PROVIDER listed in Annex C remain the property of THE PROVIDER"),
        "payment-terms": P("THE CLIENT shall pay each invoice within thirty (30) calendar days of its receipt"),
        "late-payment-remedy": P(("PARAGRAPH II: Any amount not paid on its due date shall accrue interest of one point five percent (1.5%) per month",
                                  "THE PROVIDER may suspend the services, upon written notice, until payment is made.")),
        "termination-convenience": P("Either party may terminate this contract without having to justify its reasons by giving the other party written notice forty-five (45) days in advance."),
        "termination-cause-cure": P("PARAGRAPH I: Either party may terminate this contract for breach of the other if the breach is not remedied within fifteen (15) days following receipt of a written notice specifying it."),
        "payment-on-termination": P("PARAGRAPH II: In any case of termination, THE CLIENT shall pay THE PROVIDER the services performed up to the date of termination"),
        "no-guarantee-results": P(("PARAGRAPH: THE PROVIDER does not guarantee any specific reduction of stock differences",
                                   "without any obligation to verify them.")),
        "non-solicitation": P("During the term of this contract and for twelve (12) months after its termination, neither party shall hire or solicit the personnel of the other party"),
        "governing-law": P("This contract is governed by the laws of the Dominican Republic"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="az-xidmet-muqavilesi-traceability-platform",
    type="IT services contract (Azerbaijan, translated from Azerbaijani) (unseen style)",
    style="Azerbaijani service contract in unofficial translation (the Azerbaijani prevails) on the contractor's standard "
          "form SF-07: 'SERVICE CONTRACT No. 14/26-X', 'Baku city' and '«10» March 2026' on one line, LLC parties in «guillemets» "
          "with TIN, Directors 'acting on the basis of the Charter', «Customer» / «Contractor» 'on the one hand ... on the other "
          "hand', Civil Code of the Republic of Azerbaijan, capitalised sections 1.-14. with 1.2.1 numbering, hazelnut "
          "traceability for purchase points in Zaqatala, Qax and Balakən on the contractor's «Bulud Agro» platform, stage terms "
          "only in an unattached Calendar Plan (Appendix No. 2), manats with spaces as thousands separators and 18% VAT, "
          "electronic tax invoice, Stage 3 cost 'determined by an additional agreement', 0.1% daily penalty and suspension of "
          "access, act of acceptance with reasoned refusal and deemed acceptance, 3-month guarantee and 'as is', cap at the "
          "amount paid, confidentiality and no-hire only 'During the term', insuperable force with mudflows confirmed by a "
          "competent body, 30-day termination without reasons, Baku Commercial Court, requisites with bank codes and blank "
          "IBANs, 'S.Y. (place of seal)'; Contractor (provider)-favourable",
    labels={
        "scope-defined": P(("1.2. The services consist of:", "1.2.5. training of up to 15 employees of the Customer.")),
        "deliverables": P(("1.3. Upon the completion of the services the Contractor shall transfer to the Customer:",
                           "- the list of the trained employees signed by them.")),
        "assumptions-exclusions": P(("1.4. The services do not include:",
                                     "The Contractor assumes that each purchase point has a mobile internet connection of at least 3G.")),
        "client-dependencies": P(("3.2. The Customer is obliged:", "3.2.4. to ensure the participation of its employees in the training;")),
        "client-delay-relief": P("3.3. If the Customer does not fulfil its obligations under clause 3.2 in time, the terms of the Calendar Plan are extended for the period of the delay of the Customer, and the Contractor is not responsible for the violation of the terms."),
        "force-majeure": P("10.1. The Parties are released from responsibility for the non-fulfilment of obligations if it is the result of circumstances of insuperable force"),
        "change-control": P(("3.4. Any change to the volume of the services requested by the Customer is made only on the basis of a written application of the Customer",
                             "The Contractor starts the additional services after the Customer signs the confirmation.")),
        "deemed-acceptance": P("4.3. If within the said period the Customer does not sign the act and does not submit a reasoned refusal, the services of the stage are considered accepted by the Customer in full."),
        "rejection-remedy": P("4.4. In case of a reasoned refusal, the Contractor eliminates the remarks within a period agreed with the Customer and submits the act again."),
        "confidentiality": W("confidentiality with no survival (only during the term of the contract)",
                             "7.1. During the term of this Contract the Parties shall not disclose to third parties the commercial and technical information received from each other"),
        "liability-cap": P("6.2. The total responsibility of the Contractor under this Contract is limited to the amount actually paid by the Customer under this Contract."),
        "consequential-damages-exclusion": P("6.3. The Contractor is not responsible for lost profit, loss of buyers, loss of a crop or any other indirect damage of the Customer."),
        "warranty": P("5.1. The Contractor guarantees the elimination, free of charge, of errors of the configured modules found within 3 (three) months"),
        "warranty-disclaimer": P("5.2. Except for the warranty in clause 5.1, the platform is provided «as is», and the Contractor gives no other guarantees, express or implied, including guarantees of suitability for a particular purpose of the Customer."),
        "background-ip-retained": P("8.1. The «Bulud Agro» platform, its source code, modules and documentation, created by the Contractor before the conclusion of this Contract, are the property of the Contractor."),
        "payment-terms": P("The balance is paid within 10 (ten) banking days after the act of acceptance of the relevant stage is signed"),
        "late-payment-remedy": P(("2.4. If the Customer delays payment, it pays the Contractor a penalty of 0.1% of the overdue sum per day of delay.",
                                  "until the full payment of the debt, notifying the Customer in writing.")),
        "termination-convenience": P("11.2. Each Party may terminate this Contract unilaterally without giving reasons by notifying the other Party in writing 30 (thirty) days in advance."),
        "termination-cause-cure": P("11.3. If a Party violates its obligations under this Contract and does not eliminate the violation within 10 (ten) working days of receipt of a written notice of the other Party, the other Party may terminate this Contract by written notice."),
        "payment-on-termination": P("11.4. In all cases of termination, the Customer pays for the services actually rendered before the date of termination"),
        "no-guarantee-results": P(("5.3. The Contractor does not guarantee the acceptance of the lot reports by the Customer's buyers",
                                   "is not responsible for their correctness.")),
        "non-solicitation": W("non-solicitation ending with the contract",
                              "9.1. During the term of this Contract neither Party shall employ or invite to work the employees of the other Party involved in the performance of this Contract."),
        "governing-law": P("12.1. This Contract is governed by the legislation of the Republic of Azerbaijan."),
        "vague-terms": P("2.2. The cost of Stage 3 (connection of the platform to the systems of foreign buyers) will be determined by an additional agreement of the Parties after the completion of Stage 2."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="osce-mission-contract-trial-monitoring-database",
    type="IT services contract of an international organisation (OSCE field mission, extra-budgetary project) (unseen style)",
    style="OSCE field mission's contract for services with a local IT company in Montenegro, in English: organisation and "
          "mission header with the Fund Administration Unit, cover block (contract and requisition numbers, RFQ with the "
          "evaluation report, extra-budgetary project 'financed by voluntary contributions of participating States', Project "
          "Manager, fixed lump-sum price), d.o.o. contractor with Central Registry and PIB numbers, Article n - Heading with "
          "n.n, services only in the Terms of Reference (Annex 1) and the proposal (Annex 2), OSCE General Conditions of "
          "Contract (Annex 3) incorporated but not reproduced, order of priority, Code of Conduct for Suppliers, deliverables "
          "table D1-D5 with due dates and percentages and an optional D5 'to be agreed', trial-monitoring database with personal "
          "data of judges, defendants and victims, time of the essence tied to the project end, liquidated damages 'irrespective "
          "of the cause', acceptance 'satisfactory to the OSCE' with a final decision and resubmission 'as many times as the "
          "OSCE requires', VAT exemption certificate, no interest on late payment, written amendment for changes, OSCE ICT "
          "security policies 'as amended from time to time', 24-hour incident report, vesting on creation, unlimited indemnity, "
          "circumstances beyond control excusing the OSCE and the Contractor only at the OSCE's discretion, termination at any "
          "time by the OSCE, privileges and immunities, 'general principles of international commercial law', UNCITRAL "
          "arbitration in Vienna, certification of funds line; OSCE (client)-favourable",
    labels={
        "deliverables": P(("3.1 The Contractor shall submit the following deliverables to the Project Manager by the due dates stated:",
                           "| D4 | Handover report, administrator manual and source code | 31 July 2026 | 15% |")),
        "milestones": P(("| D1 | Inception report, including the data model and the migration plan for the trial monitoring records 2019-2025 | 10 April 2026 | 15% |",
                         "| D4 | Handover report, administrator manual and source code | 31 July 2026 | 15% |")),
        "force-majeure": W("force majeure only for the client, and for the provider only at the client's discretion",
                           ("11.1 The OSCE shall not be liable for any delay or failure to perform its obligations under this Contract, including payment, caused by circumstances beyond its reasonable control.",
                            "only if the OSCE, in its discretion, accepts the Contractor's written request made within three (3) days of the event.")),
        "time-of-essence": P("3.2 Time is of the essence for the delivery of D1 to D4"),
        "delay-penalties": W("liquidated damages uncapped and regardless of cause",
                             "3.3 For each calendar day by which a deliverable is late, the OSCE shall deduct from the Contract price, as liquidated damages, an amount of 0.5% of the Contract price, irrespective of the cause of the delay."),
        "change-control": P("No change shall be implemented until the OSCE has issued a written amendment, signed by the Head of Fund Administration, stating the change and any adjustment to the Contract price and the schedule."),
        "acceptance-criteria": W("acceptance in the client's sole discretion (satisfactory to the OSCE, decision final)",
                                 ("4.1 Each deliverable is subject to acceptance by the Project Manager, who shall certify in writing whether the deliverable is satisfactory to the OSCE.",
                                  "The OSCE's decision on whether a deliverable is satisfactory shall be final.")),
        "rejection-remedy": W("unlimited re-performance at the provider's cost",
                              "4.2 If a deliverable is not accepted, the Contractor shall correct and resubmit it at its own cost, as many times as the OSCE requires, until it is accepted."),
        "security-obligations": W("security duties with no standard, tied to changing client policies",
                                  "7.2 The Contractor shall comply with the OSCE information and communication technology security policies and instructions communicated to it by the Mission, as amended from time to time."),
        "breach-notification": P("7.3 The Contractor shall report to the Mission's ICT Unit any actual or suspected unauthorised access to, loss of or disclosure of OSCE data within twenty-four (24) hours of becoming aware of it."),
        "data-return-deletion": P("7.4 Upon completion or termination of this Contract, the Contractor shall return to the OSCE all OSCE data in its possession, permanently delete all copies from its systems, and confirm the deletion in writing within ten (10) days."),
        "confidentiality": P(("8.1 Information designated as confidential by either Party and received by the other in connection with this Contract",
                              "8.2 The obligations in this Article shall survive the completion or termination of this Contract.")),
        "indemnification": W("indemnity one-sided against the provider and unlimited",
                             "10.1 The Contractor shall, at its own expense, indemnify and defend the OSCE, its officials and staff against all claims, losses, costs and liability of any kind, including legal fees, arising from the acts or omissions of the Contractor or its personnel in the performance of this Contract, without any limitation as to amount."),
        "insurance": P("10.2 The Contractor shall maintain, for the duration of this Contract, professional liability insurance with a limit of not less than EUR 100,000 per claim"),
        "ip-ownership-deliverables": W("IP passing to the client before payment: vests in the OSCE from the moment of creation",
                                       "9.1 All intellectual property and other proprietary rights in the reports, software, source code, data and other materials produced under this Contract shall vest in the OSCE from the moment of their creation"),
        "payment-terms": P("The OSCE shall pay each invoice within thirty (30) days of its receipt, by bank transfer in EUR."),
        "termination-convenience": W("termination for convenience only for the client",
                                     "12.1 The OSCE may terminate this Contract at any time, in whole or in part, without giving reasons, by fifteen (15) days' written notice to the Contractor."),
        "termination-cause-cure": P("12.2 Either Party may terminate this Contract if the other Party fails to perform a material obligation and does not remedy the failure within ten (10) working days of receiving written notice of it."),
        "payment-on-termination": P("12.3 If this Contract is terminated, the OSCE shall pay the Contractor for Services it has satisfactorily performed until the termination date"),
        "governing-law": W("governing law that floats: general principles of international commercial law, no national system",
                           "14.1 This Contract shall be governed by general principles of international commercial law, to the exclusion of any single national system of law."),
        "vague-terms": P("| D5 | Optional: public statistics page for the Mission website | to be agreed | to be agreed |"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="ni-short-form-professional-services-contract-tables",
    type="IT professional services contract (Northern Ireland, short form with Contract Data, Scope and Price List tables) (unseen style)",
    style="Northern Ireland housing association's short-form professional services contract in the present-tense "
          "engineering-contract idiom, nearly all terms in tables: Part 1 Contract Data as an 'Item | Entry' table (Client, "
          "Consultant, Service Manager, starting and completion dates, period for reply, delay damages and their limit, "
          "assessment interval, payment period, Late Payment of Commercial Debts (Interest) Act 1998, liability limit, PI / "
          "public / employer's / cyber insurance, the law of Northern Ireland), Table K of Key dates with K3 'TBC', Part 2 The "
          "Scope as tables S1-S6, D1-D5, A1-A4 assumptions and exclusions, C1-C4 'Things the Client provides' with dates, T1-T3 "
          "tests with pass criteria, security paragraph (Cyber Essentials Plus, UK hosting certified to ISO/IEC 27001), Part 3 "
          "Price List in £ with a third trial migration 'to be agreed', Part 4 Conditions of Contract numbered 10-90 (early "
          "warning, compensation events for Scope changes, late Client things, late replies and unforeseeable events, quotation "
          "accepted before a change, ownership on payment, Consultant's tools kept with a licence, mutual data indemnities, UK "
          "GDPR processor and 24-hour breach notice, termination by the Client for any reason and by either for an unremedied "
          "breach); legacy housing data migration and Power BI dashboards; balanced",
    labels={
        "scope-defined": P(("| S1 | Map the data of the legacy housing system",
                            "| S6 | Attend fortnightly progress meetings with the Service Manager |")),
        "deliverables": P(("| D1 | Data mapping report with a field-by-field mapping table |",
                           "| D5 | Training materials and attendance log |")),
        "assumptions-exclusions": P(("| A1 | The legacy system vendor provides a full database extract;",
                                     "| A4 | Historic repairs older than 7 years are not migrated |")),
        "client-dependencies": P(("| Ref | Things the Client provides | By |",
                                  "| C4 | Power BI Pro licences for the Consultant's two developers | 1 July 2026 |")),
        "milestones": P(("Table K - Key dates", "| K4 | Dashboards in use (T3 passed) | 25 September 2026 |")),
        "client-delay-relief": P("(2) The Client does not provide something which it is to provide by the date stated in the Scope.",
                                 "60.3 For a compensation event the Prices, the completion date and the Key Dates are changed by the effect of the event, and the Consultant is not liable for delay damages for the resulting delay."),
        "force-majeure": P("(4) An event occurs which neither Party could prevent",
                           "Neither Party is liable to the other for a failure or delay caused by an event within 60.1(4)."),
        "delay-penalties": P("| Delay damages | £150 per day for the completion date only |",
                             "| Limit of delay damages | 5% of the Prices |"),
        "change-control": P("60.2 Before a change to the Scope is carried out, the Consultant submits a quotation for the change to the Prices and the Key Dates, and the change is carried out only once the Service Manager has accepted the quotation in writing."),
        "acceptance-criteria": P(("| Ref | Test | Pass criteria |",
                                  "| T3 | Dashboard test | figures for a sample month agree with the Client's published KPI return within 0.5% |"),
                                 "A deliverable subject to a test is accepted when the pass criteria are met."),
        "rejection-remedy": P("The Consultant corrects the Defects and the test is repeated."),
        "security-obligations": P("Security: the Consultant complies with the Client's ICT Security Schedule (version 3) as it stands at the Contract Date, holds Cyber Essentials Plus certification throughout, processes Client data only on hosting within the UK that is certified to ISO/IEC 27001"),
        "breach-notification": P("It notifies the Service Manager of any personal data breach affecting Client data within 24 hours of becoming aware of it."),
        "data-return-deletion": P("80.4 At Completion, or on termination, the Consultant returns all Client data to the Client and securely deletes every copy it holds, and confirms this in writing within 14 days."),
        "liability-cap": P("| Consultant's total liability | the total of the Prices (the limit in Condition 81) |",
                           "80.2 The Consultant's total liability to the Client for all matters arising under or in connection with this contract is limited to the amount stated in the Contract Data."),
        "consequential-damages-exclusion": P("Neither Party is liable to the other for indirect or consequential loss or for loss of profit."),
        "indemnification": P("80.1 The Consultant indemnifies the Client against claims by third parties arising from the Consultant's breach of data protection law, and the Client indemnifies the Consultant against claims arising from data or instructions the Client provides."),
        "insurance": P(("| Professional indemnity insurance | £2,000,000 for each claim, maintained until 6 years after Completion |",
                        "| Cyber insurance | £1,000,000 in the aggregate |"),
                       "80.5 The Consultant takes out the insurances stated in the Contract Data and provides evidence of them before the starting date."),
        "ip-ownership-deliverables": P("70.1 Ownership of the deliverables, including the migration scripts and dashboards, passes to the Client when the Client has paid the Prices for them."),
        "background-ip-retained": P("70.2 Tools, code libraries and methods which the Consultant owned before the starting date, or develops independently of this contract, remain the property of the Consultant"),
        "payment-terms": P("| Payment period | 21 days after the Client receives the invoice |",
                           "The Client pays each invoice within the payment period."),
        "late-payment-remedy": P("| Interest on late payment | as provided by the Late Payment of Commercial Debts (Interest) Act 1998 |",
                                 "50.2 Interest is paid on late payments as stated in the Contract Data."),
        "termination-convenience": W("termination for convenience only for the client",
                                     "90.1 The Client may terminate the Consultant's obligation to provide the services for any reason by notifying the Consultant 4 weeks before the termination date."),
        "termination-cause-cure": P("90.2 Either Party may terminate if the other Party substantially breaches the contract and has not put the breach right within 14 days of being notified of it."),
        "payment-on-termination": P("90.4 On termination the Client pays the Consultant for the services provided up to the termination date"),
        "governing-law": P("| The law of the contract | the law of Northern Ireland |"),
        "vague-terms": P("| K3 | Cut-over to the new housing management system | TBC - depends on the software supplier's go-live |",
                         "| 6 | Third trial migration, if instructed | lump sum | 1 | - | to be agreed |"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="github-pr-sow-ticketing-rebuild",
    type="statement of work as a GitHub pull-request description (informal) (unseen style)",
    style="GitHub pull request exported as text: repository line, PR title with number, 'Merged' status line, tab counts "
          "(Conversation / Commits / Checks / Files changed), Reviewers with '(approved)', Assignees, Labels 'contract, sow, "
          "do-not-deploy', Milestone, comment separators with 'commented on', Markdown ## headings, bullet lists and '- [ ]' "
          "task lists, a milestone table, inline `code` for repo paths, '**Approving this PR = you agree to this SOW.**', a "
          "github-actions bot comment with ✅ checks, 'requested changes', two 'approved these changes' reviews and the merge "
          "event; two-person Irish-sounding studio rebuilding a theatre's online box office in Django with Stripe, seat maps "
          "and QR e-tickets; 'reasonable endeavours' from the client, dates move with late inputs, milestone checklists and CI "
          "as acceptance with 5-working-day silence, change-request issues approved by comment, fixed EUR price in three "
          "invoices with no due date and a pause after two chasers, phase 2 'TBD', security as the client's SECURITY.md 'as you "
          "update them', 30-day bug fixing, as-is disclaimer, ownership on payment with the studio's kit licensed, cap at fees "
          "paid, mutual 12-month no-hire, one week's notice in a comment; no confidentiality, data, insurance or governing-law "
          "terms; studio (provider)-favourable",
    labels={
        "scope-defined": P(("We rebuild the online box office that currently runs on the old WordPress ticketing plugin:",
                            "- nightly export of sales to the finance spreadsheet they already use")),
        "deliverables": P(("- [ ] the app deployed to your Render account (staging + production)",
                           "- [ ] one 2-hour training session for the box office team")),
        "assumptions-exclusions": P(("- moving past sales history out of WordPress (we'll import future performances only)",
                                     "if the house is re-seated, that's a change")),
        "client-dependencies": W("best efforts / reasonable endeavours obligation of the client",
                                 "You said you'll use reasonable endeavours to get us the Stripe access and the show list in the first week."),
        "milestones": P(("| M1 | seat map + show admin on staging | 27 Mar 2026 |",
                         "| M3 | live for the autumn season on-sale | 15 May 2026 |")),
        "client-delay-relief": P("If anything we need from you arrives late, the dates below move by the same amount."),
        "change-control": P(("New stuff = a new issue with the `change-request` label.",
                             "We only start once one of you comments \"approved\" on it.")),
        "acceptance-criteria": P(("Each milestone is a GitHub milestone with its issues. It's accepted when:",
                                  "scan them once each\").")),
        "deemed-acceptance": P("If we don't hear back in 5 working days, the milestone counts as accepted and we close it."),
        "rejection-remedy": P("If you find problems, comment on the issue or use \"Request changes\"; we fix and re-tag you."),
        "security-obligations": W("security duties tied to changing client policies, with no standard",
                                  "We'll follow the rules in `SECURITY.md` in this repo, as you update them from time to time."),
        "liability-cap": P("our total liability for anything to do with this SOW is capped at what you've paid us under it."),
        "consequential-damages-exclusion": P("Neither of us is liable for lost profits, lost ticket sales or any other indirect loss."),
        "warranty": P("for 30 days after M3 is accepted we fix bugs in what we built for free."),
        "warranty-disclaimer": P("apart from that, the software is provided as it is, with no implied warranties of merchantability or fitness for a particular purpose."),
        "ip-ownership-deliverables": P("once all three invoices are paid, the code in this repo is yours. Until then you can use it, but it's ours."),
        "background-ip-retained": P("Our own little Django helpers (`fernhill-kit`, used under the hood) stay ours; you get a free licence to use them forever inside this app."),
        "late-payment-remedy": P("If an invoice is still unpaid after we've chased it twice, we pause work until it's paid, and the dates move by the pause."),
        "termination-convenience": P("either side can end this with one week's notice in a comment here."),
        "payment-on-termination": P("You pay for the work done up to that day at our day rate, capped at the fixed price."),
        "no-guarantee-results": P("We can't promise it'll sell more tickets, and we rely on the show and price data you put in."),
        "non-solicitation": P("neither of us will hire or try to hire the other's people who worked on this, for 12 months after the project ends, unless the other says OK."),
        "vague-terms": P("Phase 2 (memberships + gift vouchers): scope and price TBD after M3."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="teams-meeting-chat-returns-portal",
    type="agreement made in a Microsoft Teams meeting chat (informal) (unseen style)",
    style="Microsoft Teams meeting chat exported to text by the client's procurement lead: export line, meeting title with "
          "'(external)', date and time, organiser and participants with '(Guest)' for the freelancer, system lines ('added ... "
          "to the meeting chat', 'Meeting started', 'shared a file: Requirements v3.docx (SharePoint > ...)', 'Meeting ended: "
          "57m 41s'), 'Name  hh:mm' message heads, reactions ('👍 3   ❤️ 1'), terms posted by the client as numbered messages "
          "1.-10. in capitals (DELIVERABLES, DATES, LATE DELIVERY, SIGN-OFF, PRICE, CUSTOMER DATA, OWNERSHIP, INSURANCE, "
          "STOPPING, STAFF) and the freelancer's 'Agreed - points 1 to 10 as above'; self-service returns portal on a Norwich "
          "homeware retailer's Shopify store with Royal Mail / Evri labels and automatic refunds; deliverables only in a "
          "SharePoint document 'Gareth will keep up to date', firm client inputs with dates, time of the essence before the "
          "peak-season code freeze, uncapped £200 a day for late dates, sign-off 'when Gareth is happy', 60 days end of month, "
          "phase 2 'day rate TBC', breach 'let us know' with no deadline, ownership 'from day one', PI cover certificate, "
          "stopping on a week's notice only by the client with pay for days worked, staff no-approach binding only the "
          "freelancer, a refused cap and a refused extension; retailer (client)-favourable",
    labels={
        "scope-defined": P(("What we need in one line: customers can start a return themselves on the website instead of emailing customer services.",
                            "- a weekly returns report for the buying team (reasons by product)")),
        "deliverables": W("deliverables left to a document outside the contract (Requirements v3.docx, kept up to date by the client)",
                          "1. DELIVERABLES - as listed in section 4 of Requirements v3.docx on the SharePoint link above. That doc is the master list, Gareth will keep it up to date."),
        "client-dependencies": P(("- Shopify collaborator access for Marek: by Mon 9 March",
                                  "- Gareth joins a 15 min stand-up every Tuesday and Thursday")),
        "milestones": P(("- 10 April: customer pages + labels working on the test store", "- 5 June: weekly report live")),
        "time-of-essence": P("Time is of the essence on these"),
        "delay-penalties": W("liquidated damages uncapped",
                             ("3. LATE DELIVERY - £200 per working day for each of the dates above that slips, taken off the final invoice.",
                              "No cap, sorry, that's our standard for fixed-date projects.")),
        "acceptance-criteria": W("acceptance subjective, in the client's discretion",
                                 "4. SIGN-OFF - each date is signed off when Gareth is happy with it on the test store."),
        "breach-notification": W("breach notice without a deadline",
                                 "6. CUSTOMER DATA - if anything happens with our customers' data on your side (lost laptop, someone gets into an account, etc.), let us know."),
        "data-return-deletion": P("When the work is finished you delete all of our order and customer data from your machines and accounts, and confirm it by email to me."),
        "insurance": P("8. INSURANCE - you need professional indemnity cover of at least £1m for the duration of the job."),
        "ip-ownership-deliverables": W("IP passing to the client before payment: ours from day one",
                                       "7. OWNERSHIP - everything you build for us is ours from day one, including the code as you write it."),
        "payment-terms": W("payment due later than 45 days (60 days end of month)",
                           "Our terms are 60 days end of month, invoices to accounts.payable@ with the PO number."),
        "termination-convenience": W("termination for convenience only for the client",
                                     "9. STOPPING - we can stop the engagement at any time by telling you with a week's notice."),
        "payment-on-termination": P("If we do, we pay for the days you've worked up to then at £475 a day, up to the fixed price."),
        "non-solicitation": W("non-solicitation binding only the provider",
                              "10. STAFF - you're not to approach any of our staff to work for you while the project runs or for a year after."),
        "vague-terms": P("Phase 2 (exchanges instead of refunds): day rate TBC, we'll come back to it in June."),
    },
))
