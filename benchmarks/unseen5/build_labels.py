"""The hand-made judgements of benchmarks/unseen5: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen5)."""

SOURCE = "written for contract-analyzer as a fifth blind unseen-style check (unseen5)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="ph-bpo-services-agreement",
    type="business process outsourcing services agreement (Philippines) (unseen style)",
    style="Philippine BPO / IT-enabled services agreement: SERVICE PROVIDER / CLIENT in capitals, "
          "KNOW ALL MEN BY THESE PRESENTS, WITNESSETH and WHEREAS recitals, ARTICLE I-XIV with "
          "sections, PEZA registration, DOLE Department Order 174 contractor status, Channels and "
          "Process Manual, transition plan table, Annex B service levels with capped service credits, "
          "Data Privacy Act 2012 and NPC Circular 16-03, BIR withholding tax, pricing schedule kept "
          "separately, Makati courts, notarial acknowledgment",
    labels={
        "scope-defined": P(
            ("2.1 The SERVICE PROVIDER shall render the following services",
             "workforce management, quality monitoring of not less than five (5) Contacts per agent per week, and agent training.")),
        "deliverables": P(
            "2.2 The SERVICE PROVIDER shall furnish the CLIENT with the following: (i) a daily dashboard of volumes and service levels per Channel; (ii) a monthly performance report, delivered within five (5) working days after the end of each month, showing results against Annex B; and (iii) a knowledge base of resolved issues, updated weekly."),
        "assumptions-exclusions": W(
            "exclusions left to a document outside the contract (the CLIENT's Process Manual, which the CLIENT issues and revises)",
            "2.3 Activities outside Section 2.1, including outbound selling, collections and any activity listed as out-of-scope in the Process Manual, do not form part of the Services."),
        "client-dependencies": P(
            ("3.1 To enable the SERVICE PROVIDER to perform, the CLIENT shall:",
             "(d) give monthly call volume forecasts per Channel at least sixty (60) days in advance.")),
        "milestones": P(
            ("Phase | Activity | Target completion",
             "Go-Live | Handling of live Contacts on all Channels | 2 June 2025")),
        "client-delay-relief": P(
            "4.3 Should any act or omission of the CLIENT, including late delivery of the Process Manual or late provisioning of system access, delay the transition, the Go-Live Date and every subsequent target shall be moved forward by the period of such delay, and the SERVICE PROVIDER shall not be held in default thereby."),
        "force-majeure": P(
            "12.1 Neither Party shall be answerable for delay or non-performance caused by typhoons,"),
        "delay-penalties": P(
            "5.2 For every service level missed in a month, the CLIENT shall be entitled to a service credit computed as stated in Annex B, provided that the total service credits for any month shall not exceed ten percent (10%) of the Fees for that month.",
            ("Metric | Target | Service credit if missed",
             "Quality score | average of 88% or higher | 3% of monthly Fees")),
        "change-control": P(
            "No change shall bind the Parties unless set out in a change request signed by their respective authorized representatives stating its effect on the Fees, the headcount and the dates."),
        "security-obligations": P(
            "7.2 The SERVICE PROVIDER shall maintain, throughout the term, its ISO/IEC 27001 certification for the Makati and Iloilo delivery centers,"),
        "breach-notification": P(
            "7.3 Upon knowledge of a personal data breach affecting the CLIENT's data, the SERVICE PROVIDER shall notify the CLIENT's Data Protection Officer in writing without delay, and in any event within twenty-four (24) hours,"),
        "data-return-deletion": P(
            "7.4 Upon expiration or termination of this Agreement, the SERVICE PROVIDER shall, at the option of the CLIENT, return all Personal Data and other CLIENT materials or securely dispose of them,"),
        "confidentiality": P(
            "8.1 Each Party shall hold in strict confidence all non-public information of the other Party that it receives in connection with this Agreement,",
            "8.2 The obligations in this Article shall survive for three (3) years after the end of this Agreement, and indefinitely as to Personal Data."),
        "liability-cap": P(
            "11.2 Except for liability under Section 10.1, the aggregate liability of the SERVICE PROVIDER for all claims arising out of this Agreement in any contract year shall not exceed the total Fees paid by the CLIENT in the twelve (12) months before the event giving rise to the claim."),
        "consequential-damages-exclusion": P(
            "11.1 In no case shall either Party answer to the other for lost profits, lost business opportunities, or any indirect, special or consequential damages, however arising."),
        "indemnification": P(
            "10.1 Each Party shall defend and hold the other Party harmless against third-party claims arising from (a) its violation of the Data Privacy Act of 2012 or of labor laws, or (b) an allegation that materials it furnished infringe any intellectual property right of a third party."),
        "insurance": P(
            "10.2 The SERVICE PROVIDER shall keep in force, with insurers authorized by the Insurance Commission, comprehensive general liability insurance of not less than PHP 20,000,000 and professional indemnity insurance of not less than PHP 10,000,000,"),
        "warranty": P(
            "5.4 The SERVICE PROVIDER shall staff and manage the Services with diligence and in a professional manner,"),
        "background-ip-retained": P(
            "9.2 The SERVICE PROVIDER's workforce management software, quality monitoring forms, training methodology and recruitment tools, whether developed before or during this Agreement, remain the exclusive property of the SERVICE PROVIDER and no right therein passes to the CLIENT."),
        "termination-convenience": P(
            "13.2 Either Party may pre-terminate this Agreement for any reason or for no reason, by serving a written notice of pre-termination on the other Party not less than ninety (90) calendar days in advance."),
        "termination-cause-cure": P(
            "13.3 If a Party commits a material breach and fails to remedy it within thirty (30) days from written notice specifying the breach, the other Party may terminate this Agreement by further written notice."),
        "payment-on-termination": P(
            "13.4 Whatever the ground of termination, the CLIENT shall settle the Fees for all Services actually rendered by the SERVICE PROVIDER through the effective date of termination,"),
        "no-guarantee-results": P(
            "5.5 The SERVICE PROVIDER handles Contacts according to the Process Manual and cannot assure the CLIENT of any particular level of subscriber satisfaction, retention or promo take-up, which depend on the CLIENT's products, pricing and network."),
        "non-solicitation": P(
            "13.5 While this Agreement is in force and for one (1) year after its expiration or termination, neither Party shall, by itself or through another, recruit, pirate or hire any agent, team leader or manager of the other Party who was assigned to the Services,"),
        "governing-law": P(
            "14.1 This Agreement shall be governed by the laws of the Republic of the Philippines. Any action arising from it shall be brought exclusively in the proper courts of Makati City, to the exclusion of all other venues."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="nl-ict-general-terms",
    type="general terms and conditions for ICT services (Netherlands) (unseen style)",
    style="Dutch supplier's general terms for ICT services in English translation: Supplier / Client, "
          "filed with the Chamber of Commerce, Article n with 1.1 and a./b. items, offers without "
          "obligation, best-efforts obligations (inspanningsverplichtingen), target dates never strict "
          "deadlines (fatale termijnen), additional work, 14-day acceptance test with deemed acceptance "
          "on productive use, statutory commercial interest under Art. 6:119a DCC, attributable failure "
          "and notice of default, Art. 6:75 force majeure, no interim termination, dissolution, "
          "forfeited penalty for hiring staff, District Court Midden-Nederland; no scope of its own "
          "(the services are in each offer)",
    labels={
        "client-dependencies": P(
            "5.1 The Client shall always provide the Supplier in good time with all data, information and cooperation that the Supplier reasonably needs for the performance of the Agreement, including access to its premises, systems and staff, and shall ensure that such data and information are correct and complete."),
        "client-delay-relief": P(
            "5.2 If the Client does not fulfil its obligations under Article 5.1, or not in good time, the Supplier is entitled to suspend performance and any agreed periods shall be extended correspondingly."),
        "force-majeure": P(
            "13.1 Neither party is obliged to perform any obligation if it is prevented from doing so by force majeure (niet-toerekenbare tekortkoming) within the meaning of Article 6:75 of the Dutch Civil Code."),
        "change-control": P(
            "6.2 The Supplier shall inform the Client in advance, in writing, of the price and the consequences for the planning of any additional work. Additional work is performed only after the Client has approved that written proposal, and is charged at the Supplier's rates then applicable."),
        "acceptance-criteria": P(
            "7.1 Where the parties have agreed an acceptance test for Work, the test period is fourteen days following delivery.",
            "7.2 The Client shall perform the acceptance test against the functional and technical specifications agreed in writing, with qualified personnel and with test data of sufficient scope and depth.",
            "7.5 Acceptance may not be withheld on grounds that do not relate to the agreed specifications, or because of minor defects that do not reasonably prevent operational use of the Work."),
        "deemed-acceptance": P(
            ("7.3 The Work shall be deemed accepted between the parties:",
             "b. on the first day that the Client uses the Work for productive or operational purposes.")),
        "rejection-remedy": P(
            "The Supplier shall then use its best efforts to repair the defects within a reasonable period, after which the Client shall repeat the test on the repaired Work."),
        "data-return-deletion": P(
            "15.1 Upon the end of the Agreement, the Supplier shall, at the Client's written request made within one month, provide the data stored for the Client to the Client in a common file format, and shall afterwards delete those data from its systems."),
        "confidentiality": W(
            "confidentiality with no survival: nothing says the duty outlasts the Agreement",
            "9.1 The Supplier and the Client shall ensure that all information received from the other party that is known or should reasonably be known to be confidential remains secret."),
        "liability-cap": P(
            "12.1 The total liability of the Supplier for an attributable failure in the performance of the Agreement, or on any other legal ground, is limited to compensation of direct damage up to the amount of the price stipulated for that Agreement (excluding VAT).",
            "In no event shall the total liability of the Supplier exceed EUR 250,000."),
        "consequential-damages-exclusion": P(
            "12.2 Liability of the Supplier for indirect damage, including consequential loss, lost profit, lost savings, reduced goodwill, damage due to business interruption and damage resulting from the corruption or loss of data, is excluded."),
        "indemnification": P(
            "12.5 The Client shall indemnify the Supplier against all claims of third parties, including the Client's customers, in respect of the Work or the services, unless the claim is caused by intent or deliberate recklessness of the Supplier's management."),
        "warranty": P(
            "11.1 During a period of three months after delivery or, if an acceptance test was agreed, after acceptance, the Supplier shall use its best efforts to repair, free of charge, errors in the Work that represent a substantial failure to meet the agreed specifications"),
        "warranty-disclaimer": P(
            "11.2 The Supplier does not warrant that the Work will operate without interruption or errors or that all errors will be corrected. All other warranties, express or implied, including any warranty as to fitness for a particular purpose, are excluded to the extent permitted by law."),
        "ip-ownership-deliverables": P(
            "10.1 All intellectual property rights in the Work, and in all software, websites, databases, documentation and other materials that the Supplier develops or makes available under the Agreement, vest exclusively in the Supplier or its licensors.",
            "10.2 The Client acquires only the non-exclusive and non-transferable right of use that is expressly granted in the Agreement, and only after it has paid all amounts due."),
        "background-ip-retained": P(
            "10.3 The Supplier retains the right to use the know-how, methods and generic components that it used or developed in performing the Agreement, for itself and for other clients."),
        "payment-terms": P(
            "The Client shall pay invoices within fourteen days after the invoice date, without any deduction, discount or set-off."),
        "late-payment-remedy": P(
            "8.3 If the Client does not pay in good time, it is in default by operation of law, without any notice of default being required, and owes the statutory commercial interest referred to in Article 6:119a of the Dutch Civil Code on the outstanding amount from the due date.",
            "8.4 In addition, the Supplier may suspend all of its obligations under any Agreement with the Client for as long as any amount remains unpaid after a written reminder."),
        "termination-cause-cure": P(
            "14.3 Each party may dissolve the Agreement only if the other party, in all cases after a proper and detailed written notice of default setting a reasonable period to remedy the failure, attributably fails to perform essential obligations under the Agreement."),
        "payment-on-termination": P(
            "Amounts that the Supplier invoiced before the dissolution in connection with what it already performed or delivered remain owing in full and become immediately due and payable at the time of dissolution.",
            "What has already been performed under the Agreement shall in that case be paid pro rata."),
        "no-guarantee-results": P(
            "Unless expressly agreed otherwise in writing, all obligations of the Supplier are obligations to use its best efforts (inspanningsverplichtingen), and the Supplier does not commit itself to achieving any result.",
            "5.3 The Supplier is entitled to assume that the data supplied by the Client are correct, and is not liable for damage resulting from incorrect or incomplete data supplied by or on behalf of the Client."),
        "non-solicitation": P(
            "16.1 During the term of the Agreement and for one year after its end, the Client shall not employ employees of the Supplier who are or were involved in the performance of the Agreement, or otherwise engage them directly or indirectly, except after proper consultation with the Supplier."),
        "governing-law": P(
            "17.1 Agreements between the Supplier and the Client are governed by Dutch law.",
            "17.2 All disputes arising from or in connection with an Agreement shall be submitted to the competent court of the District Court of Midden-Nederland, location Utrecht."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="ke-public-procurement-ict-contract",
    type="public procurement contract for an ICT system (Kenya) (unseen style)",
    style="Kenyan public procurement contract for supply, installation and commissioning of an EDRMS: "
          "Procuring Entity / Supplier, tender number, Form of Contract with order of precedence, "
          "General Conditions of Contract (GCC n) overridden by a Special Conditions table (SCC), "
          "performance security as bank guarantee, Inspection and Acceptance Committee, variation "
          "orders by the Accounting Officer, liquidated damages per week, PPADA 2015, Data Protection "
          "Act 2019, payment subject to exchequer funds, KES incl. VAT, NCIA arbitration, Schedule of "
          "Requirements with delivery schedule and acceptance tests; heavily Procuring-Entity-favourable",
    labels={
        "scope-defined": P(
            ("Part 1 - Scope of Works",
             "(e) provide twenty-four (24) months of on-site and remote support during the warranty period.")),
        "deliverables": P(
            ("Item | Deliverable | Period from contract signature",
             "5 | As-built documentation, system administration manual and source code of customisations | 32 weeks")),
        "milestones": P(
            ("Item | Deliverable | Period from contract signature",
             "5 | As-built documentation, system administration manual and source code of customisations | 32 weeks")),
        "client-delay-relief": W(
            "relief only at the client's discretion: the Procuring Entity 'may at its discretion extend' the time, and no clause excuses delay caused by the Procuring Entity",
            "As soon as practicable after receipt of the Supplier's notice, the Procuring Entity shall evaluate the situation and may at its discretion extend the Supplier's time for performance."),
        "force-majeure": P(
            "13.1 The Supplier shall not be liable for forfeiture of its performance security, liquidated damages or termination for default if and to the extent that its delay or other failure to perform is the result of an event of force majeure.",
            "The Procuring Entity shall likewise not be in breach for any delay caused by such an event."),
        "time-of-essence": P(
            "Time shall be of the essence of the Contract with respect to delivery and commissioning."),
        "delay-penalties": P(
            "11.1 If the Supplier fails to deliver, install or commission any or all of the goods or services within the period specified in the Contract, the Procuring Entity shall, without prejudice to its other remedies, deduct from the Contract Price liquidated damages at the rate specified in the SCC for each week or part thereof of delay, up to the maximum specified in the SCC.",
            "GCC 11.1 | Liquidated damages of 0.5% of the price of the delayed items per week, up to a maximum of 10% of the Contract Price."),
        "change-control": P(
            "No variation shall be made except by such a written variation order stating any adjustment of the Contract Price or the delivery schedule,"),
        "acceptance-criteria": P(
            "4.2 On completion of installation, the Supplier shall carry out, in the presence of the Procuring Entity's Inspection and Acceptance Committee, the acceptance tests listed in Part 3 of the Schedule of Requirements. The Committee shall issue an acceptance certificate when the System passes every test.",
            ("Part 3 - Acceptance Tests",
             "with not more than 0.5% errors.")),
        "deemed-acceptance": W(
            "deemed acceptance only after a very long period (90 days after notice of commissioning)",
            "4.4 Where the Inspection and Acceptance Committee has not issued an acceptance certificate or a written rejection within ninety (90) days after the Supplier notifies completion of commissioning, the System shall be deemed to have been accepted."),
        "rejection-remedy": P(
            "4.3 Should any inspected or tested goods or services fail to conform to the specifications, the Procuring Entity may reject them, and the Supplier shall either replace or rectify the rejected goods or services free of charge and present them for re-testing."),
        "security-obligations": W(
            "security duties tied to changing client policies (the ICT Security Policy and directives the Procuring Entity 'may issue from time to time'), no standard named",
            "16.2 The Supplier shall comply with the Data Protection Act, 2019 and with the Procuring Entity's ICT Security Policy and such directives on information security as the Procuring Entity may issue from time to time."),
        "breach-notification": W(
            "breach notice without a deadline ('promptly')",
            "16.3 The Supplier shall inform the Procuring Entity promptly of any unauthorised access to, or loss of, the Procuring Entity's records or data that comes to its knowledge."),
        "confidentiality": P(
            "17.1 The Procuring Entity and the Supplier shall keep confidential and shall not, without the written consent of the other party, divulge to any third party any documents, data or other information furnished directly or indirectly by the other party in connection with the Contract,"),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited ('without limitation as to amount'), for all losses arising from performance",
            "15.1 The Supplier shall indemnify and keep indemnified the Procuring Entity, its officers and employees against all losses, claims, damages, costs and expenses of whatever nature arising from the performance of the Contract, including third-party claims of infringement of patent, copyright or industrial design rights, without limitation as to amount."),
        "insurance": P(
            "6.1 The goods supplied under the Contract shall be fully insured against loss or damage incidental to manufacture, transportation, storage and installation until their acceptance.",
            "GCC 6.1 | Professional liability insurance of not less than KES 20,000,000 per claim."),
        "warranty": W(
            "warranty longer than 12 months (24 months from acceptance)",
            "12.1 The Supplier warrants that the goods supplied are new and unused, that the System shall be free of defects in design, materials and workmanship, and that it shall perform in accordance with the Technical Specifications for the warranty period stated in the SCC,",
            "GCC 12.1 | The warranty period shall be twenty-four (24) months from the date of the acceptance certificate."),
        "ip-ownership-deliverables": W(
            "IP passing to the client before payment (on creation)",
            "16.1 All system designs, configurations, customised source code, reports and documents prepared by the Supplier under the Contract shall become and remain the property of the Procuring Entity upon their creation,"),
        "payment-terms": W(
            "payment due later than 45 days (60 days from invoice) and conditional on exchequer funds (pay-when-funded)",
            "The Procuring Entity shall pay within sixty (60) days of receipt of the Supplier's invoice supported by the relevant certificate, subject to the availability of exchequer funds."),
        "late-payment-remedy": P(
            "7.2 Should the Procuring Entity fail to pay a certified amount within the period specified in the SCC, it shall pay the Supplier interest on the delayed amount at the rate specified in the SCC for the period of delay.",
            "GCC 7.2 | Interest at the Central Bank of Kenya rate prevailing on the due date."),
        "termination-convenience": W(
            "termination for convenience only for the client (the Procuring Entity)",
            "14.2 The Procuring Entity may at any time terminate the Contract, in whole or in part, by written notice sent to the Supplier for its convenience."),
        "termination-cause-cure": P(
            "14.1 The Procuring Entity may, by written notice of default sent to the Supplier, terminate the Contract in whole or in part if the Supplier fails to deliver any or all of the goods or services within the period specified in the Contract, or fails to perform any other obligation, and does not cure the failure within thirty (30) days after receipt of that notice."),
        "payment-on-termination": P(
            "14.3 In the event of termination for convenience, the goods and services that are complete and ready at the date of notice shall be accepted at the Contract terms and prices, and the Supplier shall be paid an agreed amount for partially completed services and for materials already procured by the Supplier."),
        "governing-law": P(
            "19.1 The Contract shall be written in the English language and shall be interpreted in accordance with the laws of Kenya.",
            "either party may refer it to arbitration under the Arbitration Act, 1995 at the Nairobi Centre for International Arbitration."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="pl-data-migration-contract",
    type="fixed-price data migration agreement (Poland) (unseen style)",
    style="Polish fixed-price data migration agreement in free translation: Ordering Party / Contractor, "
          "KRS, NIP and share capital in the comparison of parties, § n with numbered clauses and 1) "
          "items, stages with dates, acceptance protocol deemed signed, lump-sum remuneration in PLN "
          "net plus VAT, split payment, the 2013 Act on excessive delays in commercial transactions, "
          "annex in writing on pain of nullity, transfer of author's economic rights on fields of "
          "exploitation, moral rights not exercised, contractual penalties for each day of delay "
          "regardless of reasons, OC insurance, guarantee with rękojmia excluded (Art. 558 Civil Code), "
          "withdrawal after an additional period, forum at the Ordering Party's seat with an option for "
          "the Ordering Party; annexes listed but not attached",
    labels={
        "scope-defined": P(
            ("2. Within the Work the Contractor shall in particular:",
             "5) prepare a migration report with a reconciliation of record counts and control totals.")),
        "deliverables": P(
            ("2. Within the Work the Contractor shall in particular:",
             "5) prepare a migration report with a reconciliation of record counts and control totals."),
            ("1. The Contractor shall perform the Work in the following stages:",
             "Stage IV - production migration and final migration report - by 28 July 2025.")),
        "assumptions-exclusions": P(
            "3. The Work does not include: data cleansing beyond the automated rules described in the data mapping document, the migration of scanned documents and attachments, changes to the configuration of the Target System, and the training of users.",
            "4. The Contractor's fixed remuneration assumes that the Source System database is made available in a readable format (Firebird 2.5) and that the number of records does not exceed by more than 20% the figures stated in Annex No. 1."),
        "client-dependencies": P(
            ("The Ordering Party undertakes to:",
             "4) ensure the availability of its key users for the testing of trial migrations.")),
        "milestones": P(
            ("1. The Contractor shall perform the Work in the following stages:",
             "Stage IV - production migration and final migration report - by 28 July 2025.")),
        "client-delay-relief": P(
            "3. If the Ordering Party is late in performing any of its obligations under § 3, the deadlines in clause 1 shall be extended by the period of that delay, and the Contractor shall not be in delay."),
        "force-majeure": P(
            "1. The Parties shall not be liable for non-performance or improper performance of the Agreement caused by force majeure,"),
        "time-of-essence": P(
            "2. The Parties consider the deadlines in clause 1 to be of essential importance to the Ordering Party, which is planning the start-up of the Target System on 1 August 2025."),
        "delay-penalties": W(
            "penalties regardless of cause ('regardless of the reasons for exceeding it'), with supplementary damages on top",
            "1. The Contractor shall pay the Ordering Party a contractual penalty of 0.3% of the gross Remuneration for each day of exceeding any of the deadlines set out in § 2 clause 1, regardless of the reasons for exceeding it.",
            "2. The Ordering Party may claim supplementary compensation exceeding the amount of the contractual penalties on general terms."),
        "change-control": P(
            "1. Any change to the scope of the Work shall be made on the basis of a change request submitted by either Party.",
            "2. A change shall be binding only after the Parties conclude an annex to the Agreement in writing, otherwise being null and void."),
        "acceptance-criteria": P(
            "2. A Stage shall be accepted if the migration report shows full agreement of record counts and control totals between the Source System and the Target System and the share of records rejected by the Target System does not exceed 0.1%, in accordance with the acceptance criteria set out in Annex No. 2."),
        "deemed-acceptance": P(
            "If within that period the Ordering Party neither signs the acceptance protocol nor submits written objections indicating the defects, the protocol shall be deemed signed without reservations on the last day of that period, and the Contractor may issue the invoice."),
        "rejection-remedy": W(
            "a single correction attempt: if the defects are not removed at the second acceptance the Ordering Party may withdraw or cut the price",
            "4. If defects are found, the Contractor shall remove them within 7 Business Days and notify the Stage again for acceptance. If the defects are not removed in the second acceptance procedure, the Ordering Party may withdraw from the Agreement with respect to the unperformed part, or accept the Stage and reduce the remuneration proportionately."),
        "security-obligations": P(
            "2. The Contractor shall transfer data only through an encrypted VPN tunnel, shall keep copies of the database only on encrypted disks (AES-256) in its office in Kraków, and shall grant access to the data only to the persons named in Annex No. 4 using individual accounts with two-factor authentication."),
        "breach-notification": P(
            "3. The Contractor shall notify the Ordering Party of any personal data breach within 24 hours of discovering it,"),
        "data-return-deletion": P(
            "4. Within 14 days after the acceptance of Stage IV, or after the termination of the Agreement, the Contractor shall permanently delete all copies of the Ordering Party's data in its possession and confirm this in writing."),
        "confidentiality": P(
            "1. The Parties undertake to keep secret all information obtained in connection with the performance of the Agreement,",
            "2. The obligation of confidentiality shall continue for 5 years after the termination or expiry of the Agreement."),
        "liability-cap": P(
            "3. The total liability of the Contractor under the Agreement, including contractual penalties, shall not exceed 100% of the gross Remuneration."),
        "consequential-damages-exclusion": P(
            "4. The Contractor shall not be liable for lost profits of the Ordering Party."),
        "insurance": P(
            "5. The Contractor declares that it holds third-party civil liability insurance (OC) covering its professional activity with a guarantee sum of not less than PLN 2,000,000,"),
        "warranty": P(
            "1. The Contractor grants a guarantee for the correctness of the migrated data for a period of 6 months from the acceptance of Stage IV."),
        "warranty-disclaimer": P(
            "2. The Parties exclude the Ordering Party's rights under the statutory warranty for defects (rękojmia) pursuant to Article 558 § 1 of the Civil Code."),
        "ip-ownership-deliverables": P(
            "the Contractor, upon payment of the Remuneration for the relevant Stage, transfers to the Ordering Party the author's economic rights to the Works in the following fields of exploitation:"),
        "background-ip-retained": P(
            "2. The transfer does not cover the Contractor's migration framework \"DW-Migrate\", its libraries and generic transformation templates, which existed before the conclusion of the Agreement or were created independently of it."),
        "payment-terms": P(
            "3. Payment shall be made by bank transfer to the Contractor's account stated on the invoice, within 21 days from the date of delivery of a correctly issued VAT invoice."),
        "late-payment-remedy": P(
            "4. In the event of delay in payment, the Contractor shall be entitled to statutory interest for delay in commercial transactions"),
        "termination-cause-cure": P(
            "1. If the Contractor is in delay with any Stage by more than 14 days, the Ordering Party may call on the Contractor to perform within an additional period of not less than 7 days, and after its ineffective expiry may withdraw from the Agreement with respect to the unperformed part within 30 days."),
        "payment-on-termination": P(
            "2. In the event of withdrawal, the Contractor shall retain the right to the Remuneration for the Stages accepted and to remuneration for work performed in the current Stage, in proportion to its progress as confirmed by both Parties."),
        "non-solicitation": P(
            "3. During the term of the Agreement and for 12 months after its performance, the Ordering Party shall not employ or engage, under an employment contract or a civil-law contract, any person who performed the Work on the Contractor's side,"),
        "governing-law": W(
            "an asymmetric forum: disputes go to the court of the Ordering Party's seat, but the Ordering Party alone may also sue at the Contractor's seat",
            "1. Matters not regulated by the Agreement shall be governed by Polish law,",
            "2. Disputes arising from the Agreement shall be resolved by the common court having jurisdiction over the registered office of the Ordering Party. The Ordering Party may, however, bring an action before the court having jurisdiction over the registered office of the Contractor."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="white-label-saas-reseller-end-customer-agreement",
    type="white-label SaaS subscription and implementation agreement from a reseller (US) (unseen style)",
    style="US white-label SaaS reseller's end-customer order form and terms: Reseller / End Customer, "
          "a private-label platform run by an unnamed Platform Operator as subcontractor, Field | Entry "
          "order form table with the Go-Live date TBC and training sessions to be agreed, numbered "
          "plain-English sections with question-free headings, implementation services list, test "
          "period with deemed acceptance, SOC 2 Type II, non-cancellable committed subscription, "
          "ALL CAPS disclaimer and limits, Texas law and Dallas County courts",
    labels={
        "scope-defined": P(
            "2.1 During the Subscription Term, End Customer's users may access the Platform through the web and mobile apps for End Customer's internal business purposes:",
            ("3.1 For the Implementation fee, Reseller will:",
             "(f) provide two remote train-the-trainer sessions of 2 hours each.")),
        "deliverables": P(
            ("3.1 For the Implementation fee, Reseller will:",
             "(f) provide two remote train-the-trainer sessions of 2 hours each.")),
        "assumptions-exclusions": P(
            "3.2 The Implementation fee does not cover: custom reports or code, integrations other than QuickBooks Online, cleaning or de-duplicating End Customer's data, migration of attachments or photos from End Customer's old system, or any hardware or mobile devices."),
        "client-dependencies": P(
            "3.3 End Customer will name a project lead who can make configuration decisions, attend the kick-off workshop, deliver the CSV files in Reseller's template within 10 business days after the workshop, give Reseller admin access to QuickBooks Online, and make its office users available for testing."),
        "milestones": W(
            "the only delivery date is a placeholder (Target Go-Live Date 'TBC')",
            "Target Go-Live Date | TBC - to be fixed at the kick-off workshop"),
        "client-delay-relief": P(
            "3.4 If End Customer is late with any of the items in Section 3.3, the Target Go-Live Date moves back accordingly,"),
        "change-control": P(
            "3.7 Changes to the scope in Section 3.1 need a written change order signed by both parties stating the extra fee and the effect on the Target Go-Live Date."),
        "acceptance-criteria": W(
            "subjective acceptance: the configuration is accepted when the End Customer 'confirms that it is satisfied with it', with no criteria",
            "3.6 When the configuration is ready, Reseller will notify End Customer, who then has 10 business days to test it. The configuration is accepted once End Customer confirms that it is satisfied with it."),
        "deemed-acceptance": P(
            "If End Customer neither confirms nor sends a written list of problems within those 10 business days, the configuration is deemed accepted."),
        "rejection-remedy": P(
            "Reseller will correct the problems on any list it receives and notify End Customer again for a further test period."),
        "security-obligations": P(
            "5.2 The Platform Operator maintains a SOC 2 Type II report covering the Platform, encrypts Customer Data in transit with TLS 1.2 or higher and at rest with AES-256, and keeps daily backups for 30 days in a separate region."),
        "breach-notification": W(
            "breach notice without a deadline ('without undue delay')",
            "5.3 If Reseller becomes aware of unauthorized access to Customer Data, it will tell End Customer without undue delay"),
        "data-return-deletion": P(
            "5.4 For 30 days after the Subscription Term ends, End Customer may export Customer Data in CSV format. After that period, Reseller will have the Platform Operator delete Customer Data from the Platform, and from backups as they expire."),
        "confidentiality": P(
            "6.1 Each party will keep the other's non-public business information confidential,",
            "This obligation continues for 3 years after this Agreement ends."),
        "liability-cap": P(
            "10.2 EACH PARTY'S TOTAL LIABILITY UNDER THIS AGREEMENT WILL NOT EXCEED THE FEES PAID AND PAYABLE BY END CUSTOMER IN THE 12 MONTHS BEFORE THE EVENT GIVING RISE TO THE CLAIM."),
        "consequential-damages-exclusion": P(
            "10.1 NEITHER PARTY WILL BE LIABLE FOR LOST PROFITS OR REVENUE, LOSS OF DATA, OR INDIRECT, INCIDENTAL, SPECIAL OR CONSEQUENTIAL DAMAGES, EVEN IF ADVISED OF THEIR POSSIBILITY."),
        "indemnification": P(
            "9.1 Reseller will defend End Customer against any third-party claim that the Platform, as provided by Reseller, infringes a United States patent, copyright or trademark,",
            "9.2 End Customer will defend Reseller against any third-party claim arising from Customer Data or from End Customer's use of the Platform in breach of this Agreement,"),
        "warranty": P(
            "8.1 Reseller warrants that the Platform will perform materially as described in the feature sheet and that the Implementation Services will be performed in a professional and workmanlike manner. If End Customer reports a breach of this warranty within 60 days after Go-Live,"),
        "warranty-disclaimer": P(
            "8.2 EXCEPT AS STATED IN SECTION 8.1, THE PLATFORM AND SERVICES ARE PROVIDED \"AS IS\", AND RESELLER DISCLAIMS ALL OTHER WARRANTIES, EXPRESS OR IMPLIED, INCLUDING MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NON-INFRINGEMENT."),
        "ip-ownership-deliverables": P(
            "7.1 The Platform, the FieldPilot name, the job templates, checklists and other configuration content Reseller creates, and all of Reseller's and the Platform Operator's know-how, tools and methods, belong to Reseller or the Platform Operator."),
        "background-ip-retained": P(
            "7.1 The Platform, the FieldPilot name, the job templates, checklists and other configuration content Reseller creates, and all of Reseller's and the Platform Operator's know-how, tools and methods, belong to Reseller or the Platform Operator."),
        "payment-terms": P(
            "Payment Terms | Net 30 days from invoice date",
            "Invoices are due within the Payment Terms stated on the Order Form."),
        "late-payment-remedy": P(
            "4.2 Any amount not paid when due bears interest at 1.5% per month or the highest rate permitted by Texas law, whichever is lower. If an invoice remains unpaid 15 days after Reseller's written reminder, Reseller may suspend access to the Platform until it is paid."),
        "termination-cause-cure": P(
            "11.2 If one party commits a material breach of this Agreement and has not put it right 30 days after getting written notice describing it, the other party may end this Agreement with immediate effect by a further notice."),
        "no-guarantee-results": P(
            "3.5 Reseller builds the configuration from the decisions and data End Customer gives it and may rely on them as accurate. Reseller is not responsible for results that follow from them, and does not promise any gain in technician utilization, revenue or first-time fix rates."),
        "governing-law": P(
            "12.1 Texas law, excluding its conflict of laws rules, governs this Agreement. The state and federal courts located in Dallas County, Texas have exclusive jurisdiction over any dispute arising from it."),
        "vague-terms": P(
            "Target Go-Live Date | TBC - to be fixed at the kick-off workshop",
            "Onsite training | Number of sessions to be agreed after the kick-off workshop; billed at USD 1,200 per session"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="school-managed-it-support-contract",
    type="managed IT support contract for a primary school (England) (unseen style)",
    style="English primary school's own plain-English contract for managed IT support with a small "
          "local firm: the School (Governing Body) / the Contractor, prepared by the School Business "
          "Manager and approved by a governors' committee, short numbered sections with plain "
          "headings, term-time technician day, DfE filtering and monitoring standards, safeguarding "
          "under Keeping Children Safe in Education with enhanced DBS and the Single Central Record, "
          "Cyber Essentials Plus, the schools' DPO service and the ICO, termly invoices, start date TBD "
          "and a Wi-Fi upgrade to be agreed; no liability, termination-for-breach or governing-law terms",
    labels={
        "scope-defined": P(
            ("2.1 The Contractor will provide the following support for the School's network,",
             "(g) advice to the Headteacher and the School Business Manager on purchases, and liaison with the MIS supplier and the broadband provider.")),
        "deliverables": P(
            ("2.2 The Contractor will give the School:",
             "- a three-year IT development plan with costed options, by 31 March each year.")),
        "assumptions-exclusions": P(
            "2.3 Not included in the price: the cost of new equipment or parts, repairs of devices that are out of the manufacturer's warranty, printer consumables, the MIS itself, staff's own personal devices, and work outside the hours in 2.1"),
        "client-dependencies": W(
            "a best-efforts client obligation: the School will only 'try its best' to give access and release devices",
            "3.1 The School will try its best to give the technician a desk and network point in the office on support days, to release devices for updates when asked, and to tell the helpdesk about faults as soon as staff notice them."),
        "milestones": P(
            "- an up-to-date network diagram and an asset register of all IT equipment, by the end of the first half-term and then kept current;",
            "- a three-year IT development plan with costed options, by 31 March each year."),
        "security-obligations": P(
            "5.2 The Contractor will hold current Cyber Essentials Plus certification throughout this contract and will make sure that all its staff who work on the School's systems use multi-factor authentication for their admin accounts.",
            "(f) patching of servers and devices within 14 days of a security update being released, and replacement of any unsupported operating system;"),
        "breach-notification": P(
            "5.3 The Contractor must tell the School's Data Protection Officer (currently the Northumberland Schools DPO Service) of any loss of, or unauthorised access to, the School's personal data within 24 hours of finding out,"),
        "data-return-deletion": P(
            "5.4 When the contract ends, the Contractor will hand over all admin passwords, the network diagram, the asset register and any School data it holds, help the next provider for up to two days, and then securely delete any School data left on its own systems and confirm this to the School in writing."),
        "confidentiality": W(
            "confidentiality protecting only the client, with no survival",
            "6.1 The Contractor will keep confidential everything it learns about the School, its pupils, their families and staff, and will not discuss it with anyone outside the Contractor's own team."),
        "insurance": P(
            "8.1 The Contractor will hold public liability insurance of at least £5 million, employer's liability insurance of at least £5 million and professional indemnity insurance of at least £1 million,"),
        "payment-terms": P(
            "7.2 The Contractor will send one invoice at the start of each term (three a year, each £2,660). The School will pay each correct invoice within 30 days of receiving it."),
        "termination-convenience": W(
            "termination for convenience only for the client (the School), with no matching right for the Contractor",
            "9.1 The School may end this contract at the end of any term by giving the Contractor at least one full term's written notice."),
        "vague-terms": P(
            "1.1 This contract starts on: TBD (expected to be the first day of the autumn term 2025, once the outgoing provider's notice has run).",
            "The price and timing of that work are to be agreed separately once the Contractor has surveyed the building."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="open-source-support-subscription-terms",
    type="open-source software support subscription terms (unseen style)",
    style="Online support subscription terms of a worker cooperative that maintains an Apache-2.0 "
          "database: Support Provider / Subscriber with we/you, Markdown ## headings with 1.1 "
          "numbering and dash bullets, Covered Nodes and Supported Versions, severity table with "
          "first-response targets per tier and no credits, reasonable-efforts fixes, patches released "
          "upstream under the project licence, case information expressly not confidential, ALL CAPS "
          "no-warranty clause, unilateral new versions at renewal; fees only on the Order, no "
          "governing-law clause",
    labels={
        "scope-defined": P(
            ("2.1 For each Covered Node, and for the Supported Versions",
             "- hold a quarterly architecture call of up to one hour (Business and Enterprise tiers only).")),
        "assumptions-exclusions": P(
            "2.2 Support is not provided for: versions outside the Supported Versions; builds you have modified or compiled with non-default flags;"),
        "client-dependencies": P(
            ("4.1 You will:",
             "- for S1 cases, keep a person available to work with us for as long as we are working on the case.")),
        "force-majeure": P(
            "8.4 Neither of us is responsible for failing to do something because of events outside our reasonable control,"),
        "liability-cap": P(
            "8.3 Our total liability for everything arising out of a Support Subscription is limited to the fees you paid us for that Support Subscription in the twelve months before the event that caused the claim."),
        "consequential-damages-exclusion": P(
            "8.2 Neither of us will be liable to the other for lost profits, lost revenue, loss or corruption of data, or any indirect or consequential loss arising out of these terms or the support, however caused."),
        "warranty-disclaimer": P(
            "8.1 THE SOFTWARE IS PROVIDED UNDER ITS OPEN-SOURCE LICENCE \"AS IS\", WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND. SUPPORT, PATCHES AND ADVICE ARE ALSO PROVIDED WITHOUT ANY WARRANTY, EXPRESS OR IMPLIED, INCLUDING ANY IMPLIED WARRANTY OF MERCHANTABILITY, SATISFACTORY QUALITY OR FITNESS FOR A PARTICULAR PURPOSE.",
            "It does not change the licence of the software, and it is not a warranty of the software."),
        "ip-ownership-deliverables": P(
            "6.1 Patches and fixes we write while working on your cases are contributions to the Quillbase project. They are owned by their authors (or by us, as their employer) and released under the Apache License, Version 2.0,"),
        "background-ip-retained": P(
            "6.2 Our knowledge base, diagnostic tooling, redaction script, internal runbooks and training material remain ours."),
        "late-payment-remedy": P(
            "7.2 If fees remain unpaid 30 days after they fall due, we may suspend support under every Support Subscription you hold until they are paid,"),
        "termination-convenience": P(
            "9.2 Either of us may end a Support Subscription at any time, without giving a reason, on 30 days' written notice."),
        "no-guarantee-results": P(
            "but we cannot promise that any particular problem will be fixed, that a fix will arrive by a particular date, or that the Software will meet your performance or availability goals.",
            "3.2 The times above are targets for our first human response, not for a fix."),
        "non-solicitation": W(
            "non-solicitation ending with the contract (only while the Subscriber has an active subscription)",
            "9.3 While you have an active Support Subscription, you will not offer employment to any Quillworks engineer who has worked on your cases,"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="enterprise-master-consulting-agreement",
    type="master consulting agreement on a large company's procurement portal (US) (unseen style)",
    style="US enterprise buyer's Master Consulting Agreement generated by a source-to-pay portal: "
          "Company / Supplier, template and supplier ID header, electronic acceptance, SECTION n with "
          "titled sub-sections, SOWs issued through the Portal (none attached), Supplier Code of "
          "Conduct, delay credits, most-favored pricing retroactive, 90-day payment and no interest, "
          "audit with cost-shifting, security requirements amended by the Company, confidentiality "
          "left to a portal NDA, works made for hire, Company-only cap with unlimited Supplier "
          "liability for data breaches, A.M. Best-rated insurance, New York law; heavily "
          "Company-favourable",
    labels={
        "deliverables": W(
            "deliverables left to documents outside the contract (each SOW, none attached)",
            "1.2 Deliverables. The work product to be delivered by Supplier (the \"Deliverables\") shall be as specified in each SOW."),
        "force-majeure": W(
            "force majeure only for the client: the Company is excused, and no such event excuses the Supplier",
            "2.4 Force Majeure. Company shall not be liable for any failure or delay in performance caused by fire, flood, pandemic, labor dispute, governmental action or any other cause beyond its reasonable control. Supplier shall maintain and, where necessary, implement a business continuity plan, and no such event shall excuse Supplier from timely performance."),
        "time-of-essence": P(
            "2.1 Time. Time is of the essence in the performance of each SOW."),
        "delay-penalties": W(
            "delay credits uncapped (2% of the SOW fees per business day, with no maximum) and on top of other remedies",
            "2.2 Delay Credits. For each business day that a Deliverable is delivered after its due date, Supplier shall credit Company an amount equal to two percent (2%) of the fees under the applicable SOW. Such credits are in addition to Company's other rights and remedies."),
        "change-control": P(
            "2.3 Changes. No change to the scope, fees or schedule of any SOW shall be effective unless set out in a change order issued through the Portal and approved by authorized representatives of both parties (\"Change Order\")."),
        "acceptance-criteria": W(
            "acceptance in the client's sole discretion",
            "3.1 All Deliverables are subject to Company's review and acceptance, which Company may grant or withhold in its sole discretion."),
        "rejection-remedy": P(
            "3.2 If Company rejects a Deliverable, Supplier shall, at no additional cost, correct and redeliver it within ten (10) business days after notice of rejection."),
        "security-obligations": W(
            "security duties tied to changing client policies ('as amended by Company from time to time'), no standard named",
            "5.1 Security Requirements. Supplier shall comply with the Halvorsen Information Security Requirements for Suppliers, as amended by Company from time to time and made available in the Portal."),
        "breach-notification": P(
            "5.2 Security Incidents. Supplier shall notify Company's Security Operations Center at soc@halvorsen.example within twenty-four (24) hours after becoming aware of any actual or reasonably suspected unauthorized access to Company Data,"),
        "data-return-deletion": P(
            "5.3 Return of Company Data. Upon expiration or termination of any SOW, or at any time upon Company's request, Supplier shall return to Company or, at Company's election, destroy all Company Data in its possession or control and certify such destruction in writing by an officer of Supplier."),
        "liability-cap": W(
            "a cap protecting only the client: only the Company's liability is capped, and the Supplier's liability for data breaches is expressly unlimited",
            "7.3 Company's Liability. Company's aggregate liability arising out of or relating to this Agreement and all SOWs shall not exceed the fees paid by Company under the SOW giving rise to the claim during the six (6) months preceding the claim. Supplier's liability for any breach of Section 5, including any Security Incident, shall be unlimited."),
        "consequential-damages-exclusion": P(
            "7.2 Exclusion of Damages. Neither party shall be liable for indirect, incidental, special or consequential damages, including lost profits;"),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited (any claims relating to the services or Deliverables)",
            "7.1 Indemnification. Supplier shall defend, indemnify and hold harmless Company, its Affiliates and their directors, officers and employees from and against any and all claims, losses, liabilities, damages, fines, penalties and expenses (including attorneys' fees) arising out of or relating to the services, the Deliverables, any breach of this Agreement by Supplier, or any negligent or willful act or omission of Supplier or its personnel."),
        "insurance": P(
            ("7.4 Insurance. Supplier shall maintain, at its own expense,",
             "Company shall be named as an additional insured on the policies in (a) and (c).")),
        "warranty": P(
            "3.3 Supplier warrants that for twelve (12) months following acceptance each Deliverable will conform to the specifications in the applicable SOW"),
        "ip-ownership-deliverables": W(
            "IP passing to the client before payment (works made for hire, assigned on creation)",
            "6.1 Company Ownership. All Deliverables, and all work product created by Supplier under any SOW, shall be \"works made for hire\" for Company, and to the extent any Deliverable does not qualify as a work made for hire, Supplier hereby irrevocably assigns to Company, effective upon creation, all right, title and interest in it."),
        "background-ip-retained": P(
            "6.2 Supplier Materials. Supplier retains ownership of the methodologies, tools, software and materials that it owned before the applicable SOW or develops independently of this Agreement (\"Supplier Materials\")."),
        "payment-terms": W(
            "payment due later than 45 days (90 days after receipt)",
            "Company shall pay each undisputed, correct invoice within ninety (90) days after receipt."),
        "termination-convenience": W(
            "termination for convenience only for the client (the Company)",
            "8.2 Termination by Company for Convenience. Company may terminate this Agreement or any SOW, in whole or in part, at any time and for any reason upon fifteen (15) days' written notice to Supplier."),
        "termination-cause-cure": W(
            "termination without a cure period (immediately, for any breach), and only for the Company",
            "8.3 Termination for Breach. Company may terminate this Agreement or any SOW immediately upon written notice if Supplier breaches any provision of this Agreement or any SOW."),
        "payment-on-termination": W(
            "a client-discretion amount: the Company pays what it 'determines in good faith reflects the value to Company of the work completed'",
            "8.4 Effect of Termination. Upon any termination, Company shall pay Supplier for services performed in accordance with this Agreement up to the effective date of termination, in the amount that Company determines in good faith reflects the value to Company of the work completed,"),
        "non-solicitation": W(
            "non-solicitation binding only the provider (the Supplier may not solicit the Company's employees; nothing protects the Supplier's staff)",
            "9.1 Non-Solicitation. While this Agreement is in effect and for one (1) year after it ends, Supplier shall not, directly or indirectly, solicit for employment any employee of Company with whom Supplier had contact in connection with this Agreement."),
        "governing-law": P(
            "9.5 Governing Law. New York law, excluding its conflict of laws rules, governs this Agreement and every SOW. The state and federal courts located in New York County, New York shall have exclusive jurisdiction,"),
    }))
