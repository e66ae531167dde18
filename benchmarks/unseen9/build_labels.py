"""The hand-made judgements of benchmarks/unseen9: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen9)."""

SOURCE = "written for contract-analyzer as a ninth blind unseen-style check (unseen9)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="es-software-development-contract",
    type="software development contract (Spain, translated) (unseen style)",
    style="Spanish contract in unofficial translation: THE PROVIDER / THE CLIENT in capitals, "
          "'In Madrid, on ...', PRESENT / STATE / CLAUSES, FIRST.- to SIXTEENTH.- with n.n, DNI and "
          "NIF, Mercantile Registry entries, notarial power of attorney, IVA, Law 3/2004 late-payment "
          "interest and the EUR 40 recovery amount, acta de recepción with tacit acceptance, "
          "cláusula penal under art. 1152 Civil Code, assignment of exploitation rights under the "
          "Intellectual Property Law, RGPD art. 28 processor and the National Security Scheme, "
          "art. 1105 force majeure, art. 1124 termination, Madrid courts; balanced",
    labels={
        "scope-defined": P(
            ("1.1. THE PROVIDER undertakes to develop, install and put into operation",
             "(c) a reports module with ten reports agreed in the functional analysis.")),
        "deliverables": P(
            "1.2. The deliverables are: the functional analysis document; the three modules described in 1.1 installed on THE CLIENT's server; the source code in a repository handed over to THE CLIENT; user manual in Spanish; and four hours of training for key users."),
        "assumptions-exclusions": P(
            "1.3. The following are excluded from the purpose of this contract and, if requested, shall be quoted separately: the supply of tablets, servers or scales; the integration with the scales themselves (weights shall be keyed in by the operator); migration of data from campaigns prior to 2025; and hosting or maintenance after the warranty period."),
        "client-dependencies": P(
            ("THE CLIENT shall: appoint a project coordinator with authority to decide;",
             "return its comments on each document within the periods set out in the Sixth clause.")),
        "milestones": P(
            "2.1. The work shall be carried out in the following phases: Phase 1, functional analysis, to be delivered by 10 April 2026; Phase 2, tablet module and back office, by 26 June 2026; Phase 3, reports, installation and training, by 24 July 2026, so that the system is operational for the harvest campaign beginning in August."),
        "client-delay-relief": P(
            "2.2. Should THE CLIENT fail to perform in time any of the obligations set out in the Third clause, the dates of the Second clause shall be postponed by the same number of days as the delay attributable to THE CLIENT, without penalty for THE PROVIDER."),
        "force-majeure": P(
            "In accordance with article 1105 of the Civil Code, neither Party shall be liable for events which could not have been foreseen or which, if foreseen, were unavoidable"),
        "delay-penalties": P(
            "If Phase 3 is not delivered for acceptance by the date in clause 2.1 for reasons attributable to THE PROVIDER, THE CLIENT may apply a penalty of 0.5% of the total price for each full week of delay, with a maximum of 10% of the total price."),
        "change-control": P(
            ("Any change to the functionalities described in the First clause shall be processed through a written change request",
             "The change shall only be executed once both coordinators have signed the valued request; until then THE PROVIDER shall continue with the agreed scope.")),
        "acceptance-criteria": P(
            "THE CLIENT shall carry out the tests within ten (10) working days and shall sign the certificate of acceptance (acta de recepción) if the tests are passed, that is, if the result performs the functions described in the functional analysis without blocking errors."),
        "deemed-acceptance": P(
            "6.3. If THE CLIENT does not sign the certificate or communicate errors within the period in 6.1, the phase shall be considered accepted."),
        "rejection-remedy": P(
            "6.2. If THE CLIENT identifies errors, it shall describe them in writing within that period, and THE PROVIDER shall correct them and deliver the phase again for a new test period of five working days."),
        "security-obligations": P(
            "10.2. THE PROVIDER shall apply the security measures corresponding to the basic category of the National Security Scheme (Royal Decree 311/2022), including access control by individual user, encryption of backups, and a record of accesses to the production environment."),
        "breach-notification": W(
            "breach notice without a deadline ('without undue delay')",
            "10.3. THE PROVIDER shall notify THE CLIENT without undue delay of any personal data breach of which it becomes aware."),
        "data-return-deletion": P(
            "10.4. At the end of the provision, THE PROVIDER shall return to THE CLIENT all personal data and test data it holds and shall then delete them from its systems, certifying the deletion in writing."),
        "confidentiality": P(
            ("Each Party shall keep secret the information of the other Party",
             "This obligation shall remain in force for three years after the end of the contract.")),
        "liability-cap": P(
            "12.1. The total liability of each Party arising from this contract shall be limited to the total price set out in clause 4.1, except in cases of wilful misconduct (dolo) or gross negligence."),
        "consequential-damages-exclusion": P(
            "12.2. Neither Party shall be liable to the other for loss of profit (lucro cesante), loss of production, or indirect damage."),
        "indemnification": P(
            "9.3. THE PROVIDER shall hold THE CLIENT harmless against any third-party claim alleging that the software developed under this contract infringes intellectual property rights, provided that THE CLIENT notifies the claim promptly and allows THE PROVIDER to direct the defence."),
        "insurance": P(
            "12.3. THE PROVIDER declares that it has civil liability insurance, including professional liability, with a limit of not less than €600,000 per claim, and shall keep it in force during the contract."),
        "warranty": P(
            "THE PROVIDER guarantees, for a period of six (6) months from the acceptance of Phase 3, that the application shall operate in accordance with the functional analysis, and undertakes to correct free of charge any error reported during that period."),
        "ip-ownership-deliverables": P(
            "9.1. Upon full payment of the price, THE PROVIDER assigns to THE CLIENT, on an exclusive basis, the rights of exploitation"),
        "background-ip-retained": P(
            "9.2. THE PROVIDER retains ownership of the libraries, components and tools that it had developed prior to this contract or independently of it"),
        "payment-terms": P(
            "4.2. THE PROVIDER shall issue an invoice for each instalment, which THE CLIENT shall pay by bank transfer within thirty (30) days of the date of receipt of the invoice."),
        "late-payment-remedy": P(
            "4.3. Late payment shall accrue, automatically and without the need for a demand, the interest for late payment provided for in Law 3/2004"),
        "termination-convenience": P(
            "14.2. Either Party may terminate the contract without stating a cause by giving the other thirty (30) days' written notice."),
        "termination-cause-cure": P(
            "14.3. If a Party breaches an essential obligation and does not remedy the breach within fifteen (15) days of being required to do so in writing, the other Party may terminate the contract under article 1124 of the Civil Code."),
        "payment-on-termination": P(
            "14.4. In any case of early termination, THE CLIENT shall pay THE PROVIDER for the work performed up to the termination date, valued in proportion to the phases completed and the phase in progress."),
        "non-solicitation": P(
            "During the term of the contract and for twelve months after its termination, neither Party shall hire, directly or through third parties, any employee of the other Party who has participated in the project, without the other Party's written consent."),
        "governing-law": P(
            "This contract is governed by Spanish law. For any dispute arising from it, the Parties submit to the Courts and Tribunals of the city of Madrid"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="id-it-services-agreement",
    type="information system development services procurement agreement (Indonesia, translated) (unseen style)",
    style="Indonesian perjanjian pengadaan jasa in English translation: FIRST PARTY / SECOND PARTY and "
          "the PARTIES in capitals, double agreement numbers, 'On this day, Wednesday, the eleventh of "
          "March two thousand twenty-six', Law 24/2009 language clause, Letter of Appointment (SPPBJ) "
          "and Work Commencement Order (SPMK), ARTICLE n with (1) paragraphs, Rupiah in figures and "
          "words incl. PPN 11% and PPh 23, meterai duty stamps, BAST handover minutes, Inspection "
          "Team, maintenance period, fines of 1 per mille a day, PDP Law 27/2022 and a 1x24-hour "
          "notice, waiver of Arts. 1266-1267 Civil Code, musyawarah untuk mufakat and BANI "
          "arbitration; scope and outputs only in an unattached Attachment I; FIRST-PARTY-favourable",
    labels={
        "deliverables": W(
            "deliverables left to a document outside the contract (Attachment I, not attached)",
            "(2) The outputs which the SECOND PARTY must hand over to the FIRST PARTY are as listed in Attachment I."),
        "milestones": P(
            ("(1) The Work shall be completed within 150 (one hundred and fifty) calendar days",
             "| IV | Go-live and handover | day 150 |")),
        "client-delay-relief": W(
            "extension of time only at the client's discretion",
            "the FIRST PARTY may, at its sole consideration, grant an extension of time."),
        "force-majeure": P(
            "(1) Force majeure is an event beyond the ability of the PARTIES which could not be foreseen",
            "(3) Delay caused by force majeure that has been notified in accordance with paragraph (2) shall not be subject to sanctions."),
        "time-of-essence": P(
            "(2) The PARTIES agree that time is of the essence in the performance of the Work."),
        "delay-penalties": W(
            "liquidated damages uncapped and regardless of cause",
            ("(1) For each day of delay in completing the Work, the SECOND PARTY shall be subject to a fine of 1‰ (one per mille) of the contract value.",
             "(2) The fine shall be imposed whatever the cause of the delay and shall be deducted directly from the payment to the SECOND PARTY.")),
        "change-control": P(
            ("(1) Any change to the scope, time or value of the Work may only be carried out on the basis of a Change Request",
             "shall be set out in an Addendum to this Agreement signed by the authorised officials of the PARTIES.")),
        "acceptance-criteria": W(
            "acceptance in the client's sole discretion",
            "(2) The results of the Work shall be declared accepted if they have been declared satisfactory by the Inspection Team, whose assessment is at the sole discretion of the FIRST PARTY."),
        "rejection-remedy": W(
            "unlimited re-performance (re-submitted as many times as required)",
            "(3) Any deficiency found by the Inspection Team shall be repaired by the SECOND PARTY at its own cost and re-submitted as many times as required until the Inspection Team declares the results satisfactory."),
        "security-obligations": P(
            "(1) The SECOND PARTY shall comply with Law Number 27 of 2022 on Personal Data Protection and shall implement an information security management system certified to ISO/IEC 27001 for the personnel and facilities engaged in the Work."),
        "breach-notification": P(
            "(2) The SECOND PARTY shall notify the FIRST PARTY in writing of any failure of personal data protection or security incident no later than 1x24 (one times twenty-four) hours after it is known."),
        "data-return-deletion": P(
            "(3) Upon completion or termination of this Agreement the SECOND PARTY shall return all data of the FIRST PARTY and erase every copy in its possession"),
        "confidentiality": W(
            "confidentiality protecting only the client, with no survival",
            "The SECOND PARTY shall keep confidential all data and information of the FIRST PARTY obtained in connection with the Work and shall not disclose it to any other party without the written approval of the FIRST PARTY."),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited",
            "The SECOND PARTY shall indemnify and release the FIRST PARTY from any claims, lawsuits and losses of whatever nature from any party arising in connection with the performance of the Work by the SECOND PARTY."),
        "warranty": P(
            "(2) During the maintenance period the SECOND PARTY guarantees that the system functions in accordance with the specifications in Attachment I and shall repair any error free of charge within 3 (three) Working Days of notification."),
        "ip-ownership-deliverables": W(
            "IP passing to the client before payment (on creation)",
            "All source code, databases, documentation and other results of the Work, including the intellectual property rights therein, shall become the property of the FIRST PARTY from the moment they are created."),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "(1) The FIRST PARTY may terminate this Agreement at any time by written notice to the SECOND PARTY."),
        "termination-cause-cure": W(
            "termination without a cure period",
            "(2) The FIRST PARTY may terminate this Agreement unilaterally with immediate effect if the SECOND PARTY fails to perform any of its obligations under this Agreement."),
        "governing-law": P(
            "(1) This Agreement and its implementation are subject to the laws of the Republic of Indonesia.",
            "the dispute shall be settled by arbitration at the Indonesian National Board of Arbitration (BANI) in Jakarta"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="cz-work-contract-software",
    type="work contract for software (Czech Republic, translated) (unseen style)",
    style="Czech smlouva o dílo in English translation: Contractor (zhotovitel) / Client (objednatel), "
          "Section 2586 et seq. of Act No. 89/2012 Coll., IČO / DIČ and Commercial Register section "
          "and insert, Roman-numeral Articles with 1. and a) items, CZK excluding VAT, handover "
          "protocol and deemed takeover, defects not preventing use, change sheet, quality "
          "guarantee, Government Regulation 351/2013 default interest, contractual penalty, "
          "non-exclusive licence under Section 2358, Sections 2594, 2898 and 2913(2), notice and "
          "withdrawal after an additional period, Czech courts; Contractor-favourable",
    labels={
        "scope-defined": P(
            ("2. The Work consists of:",
             "d) the export of worked hours to the Client's payroll system in CSV.")),
        "deliverables": P(
            "3. Deliverables of the Work: the application in the production environment of the Client, the mobile application published in the Client's company store, the administrator's and user's documentation in Czech, and the installation package including the database scripts."),
        "assumptions-exclusions": P(
            "4. The Work does not include: the supply of hardware and licences of third parties (in particular the database server licence), the link to the ticketing system, the planning of rail or tram transport, operation of the system after its handover, and any change of the Client's timetable data."),
        "client-dependencies": P(
            "1. The Client shall, within 10 days of the conclusion of this Contract, hand over to the Contractor the timetable data, the internal rules for the planning of shifts and the access data to the test environment.",
            "2. The Client shall appoint a contact person authorised to make decisions in technical matters and shall ensure that the dispatchers take part in the testing of the Work in the scope of at least two working days per stage."),
        "milestones": P(
            ("1. The Contractor shall carry out the Work in these stages:",
             "c) Stage 3 – mobile application, export, handover of the Work: by 30 September 2026.")),
        "client-delay-relief": P(
            "3. If the Client is in delay with a cooperation under Article III, or if the Client requests a change of the Work, the deadlines under paragraph 1 shall be extended by the period of such delay or by the period agreed in the change sheet, and the Contractor shall not be in delay."),
        "force-majeure": P(
            "3. The Contractor is not liable for a breach of its obligations if it was prevented from performing them by an extraordinary, unforeseeable and insurmountable obstacle arising independently of its will within the meaning of Section 2913(2) of the Civil Code."),
        "delay-penalties": P(
            "1. If the Contractor is in delay with the handover of the Work under Article II(1)(c), the Client may claim a contractual penalty of 0.05% of the price of the Work for each day of delay, up to a total of 5% of the price of the Work."),
        "change-control": P(
            "Changes of the scope of the Work shall be agreed by the parties by way of a change sheet, which shall state the description of the change, its impact on the price and on the deadlines, and shall be signed by the contact persons of both parties."),
        "acceptance-criteria": P(
            "1. The Contractor shall hand over each stage together with a list of acceptance tests. The stage is completed if it passes the acceptance tests in the Client's test environment."),
        "deemed-acceptance": P(
            "4. If the Client does not sign the handover protocol or give a list of defects within the period under paragraph 2, the stage shall be deemed taken over on the last day of that period."),
        "rejection-remedy": P(
            "3. The Contractor shall remove the defects listed by the Client and hand over the stage again; the period under paragraph 2 shall then run anew."),
        "security-obligations": W(
            "security duties with no standard ('appropriate technical and organisational measures')",
            "2. In processing the personal data of the Client's drivers, the Contractor shall take appropriate technical and organisational measures to protect them."),
        "confidentiality": P(
            ("1. The parties shall keep confidential all information of the other party",
             "This obligation shall survive for 3 years after the termination of the Contract.")),
        "liability-cap": P(
            "1. The total liability of the Contractor for damage arising from this Contract shall be limited to the amount of the price of the Work"),
        "consequential-damages-exclusion": P(
            "2. The Contractor is not liable for lost profit or for indirect damage of the Client."),
        "insurance": P(
            "4. The Contractor shall keep professional liability insurance with an insured sum of at least CZK 5,000,000 for the duration of this Contract."),
        "warranty": P(
            "1. The Contractor provides a guarantee for the quality of the Work of 12 months from the takeover of the Work, during which the Work shall have the properties described in Article I and in the design approved in Stage 1."),
        "warranty-disclaimer": P(
            "2. Apart from the guarantee in paragraph 1, the Contractor gives no other guarantee or assurance, express or implied, in particular as to the fitness of the Work for a particular purpose of the Client not stated in this Contract."),
        "ip-ownership-deliverables": P(
            "1. The Contractor is and remains the author and holder of the economic rights to the Work as a computer program. Upon payment of the full price, the Contractor grants the Client a non-exclusive licence to use the Work"),
        "background-ip-retained": P(
            "2. Software libraries, components and know-how which the Contractor created before the conclusion of this Contract or outside it remain in the ownership of the Contractor; the Contractor may use them in other projects."),
        "payment-terms": P(
            "3. The invoice (tax document) is payable within 14 days of its delivery to the Client."),
        "late-payment-remedy": P(
            "4. If the Client is in delay with the payment of any invoice, the Contractor is entitled to statutory default interest under Government Regulation No. 351/2013 Coll., and, where the delay exceeds 15 days, to suspend the performance of the Work until payment; the deadlines shall be extended accordingly."),
        "termination-convenience": P(
            "1. Either party may terminate this Contract by written notice without giving reasons; the notice period is one month and begins on the first day of the month following delivery of the notice."),
        "termination-cause-cure": P(
            "2. A party may withdraw from the Contract if the other party is in material breach of this Contract and fails to remedy the breach within an additional period of at least 15 days granted in a written call."),
        "payment-on-termination": P(
            "3. In the event of termination of the Contract before completion of the Work, the Client shall pay the Contractor the part of the price corresponding to the work carried out up to the date of termination, including stages not yet taken over."),
        "no-guarantee-results": P(
            "3. The Contractor relies on the correctness and completeness of the documents and data handed over by the Client and is not responsible for defects of the Work caused by them"),
        "non-solicitation": P(
            "During the term of this Contract and for 12 months after it ends, neither party shall employ or otherwise engage employees of the other party who took part in the performance of this Contract."),
        "governing-law": P(
            "1. This Contract is governed by the law of the Czech Republic. Disputes shall be decided by the competent courts of the Czech Republic"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="adb-financed-consultancy-contract",
    type="consulting services contract financed by a development bank (unseen style)",
    style="Asian Development Bank-financed lump-sum consulting contract for a Mongolian ministry: "
          "Client (Ministry of Finance through the PIU) / Consultant (association, jointly and "
          "severally liable), loan number and contract package, Form of Contract with WHEREAS "
          "(a)-(c) on the loan proceeds, order of precedence, General Conditions incorporated by "
          "reference and not reproduced, Special Conditions as a 'GCC ref. | amendment' table, "
          "Terms of Reference with reports R1-R6 in months after commencement, Key Experts and "
          "person-months, payment schedule table, advance payment guarantee 'to be attached', "
          "UNCITRAL arbitration in Singapore, ADB Anticorruption Policy; most terms in tables; "
          "Client-favourable",
    labels={
        "scope-defined": P(
            ("A.2 Tasks. The Consultant shall:",
             "(f) deliver two training workshops on the new processes for PIU and ministry staff.")),
        "deliverables": P(
            ("| No. | Report / deliverable | Due (months after commencement) | Copies |",
             "| R6 | Completion Report and training materials | TBD following the Steering Committee decision on the pilot | 5 + electronic |")),
        "client-dependencies": W(
            "client obligation only on a 'best efforts' basis",
            "| 38.1 | The Client shall use its best efforts to ensure that the Government provides the Consultant with such data, access to ministries and agencies, and counterpart staff as are necessary for the Services."),
        "milestones": P(
            ("| R1 | Inception Report with work plan | 1 | 5 + electronic |",
             "| R5 | Technical part of the bidding document | 12 | 5 + electronic |")),
        "force-majeure": P(
            "| 16.1 | Force majeure. A Party shall not be considered in breach of, or in default under, the Contract to the extent that its failure to fulfil an obligation results from an event that is beyond its reasonable control"),
        "acceptance-criteria": W(
            "acceptance subjective ('to the Client's satisfaction')",
            "Each report shall be reviewed by the PIU and the Steering Committee and shall be approved when it is to the Client's satisfaction."),
        "deemed-acceptance": P(
            "If the Client does not send written comments on a report within twenty-one (21) days of its submission, the report shall be deemed approved."),
        "data-return-deletion": P(
            "| 48 | Upon completion or termination of the Contract, the Consultant shall deliver to the Client all data, documents and software collected or prepared for the Services, and shall not retain copies save with the Client's written consent. |"),
        "confidentiality": W(
            "confidentiality protecting only the client",
            "| 31 | The Consultant shall not, during the term of this Contract and within two (2) years after its expiration, disclose any proprietary or confidential information relating to the Services, this Contract or the Client's business or operations without the prior written consent of the Client. |"),
        "liability-cap": P(
            "| 32.1 | The Consultant's aggregate liability to the Client shall not exceed the Contract Price, except in case of gross negligence or wilful misconduct on the part of the Consultant. |"),
        "insurance": P(
            "| 33 | The Consultant shall take out and maintain: (a) professional liability insurance with a minimum coverage of USD 500,000;"),
        "payment-terms": W(
            "payment due later than 45 days (60 days)",
            "| 41.3 | Payments shall be made within sixty (60) days of the receipt by the Client of an invoice and the relevant report approved by the Client. |"),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "| 26.1 | The Client may terminate this Contract by not less than thirty (30) days' written notice to the Consultant for the Client's convenience. |"),
        "termination-cause-cure": P(
            "| 26.2 | The Client may terminate this Contract if the Consultant fails to remedy a failure in the performance of its obligations within thirty (30) days after receipt of the Client's notice specifying such failure. |"),
        "payment-on-termination": P(
            "| 26.5 | Upon termination under 26.1 or 26.2, the Client shall pay the Consultant the remuneration for Services satisfactorily performed prior to the effective date of termination and reimbursable expenses actually incurred. |"),
        "governing-law": P(
            "| 4.1 | The law governing the Contract is the law of Mongolia. |",
            "| 45.1 | Disputes shall be settled by arbitration in accordance with the UNCITRAL Arbitration Rules, seated in Singapore, in the English language. |"),
        "vague-terms": P(
            "Commencement date: TBD, to be notified by the Client in writing.",
            "TBD following the Steering Committee decision on the pilot"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="notion-project-brief",
    type="project brief used as the agreement (informal) (unseen style)",
    style="Notion page exported as Markdown by a UK freelance data engineer: emoji title, page "
          "properties (Status 'Agreed', Owner, Client, Last edited, Tags), callout blocks, "
          "checkbox lists, TL;DR, 'What we're building' / 'Out of scope' / 'What we need from you' "
          "table, week-by-week timeline with TBD dates, a Change log toggle with 'Approved' ticks, "
          "a sign-off checklist, Money bullets, toggles for meeting notes; agreed by ticking a page "
          "property; no confidentiality, force majeure or governing-law terms; provider-favourable",
    labels={
        "scope-defined": P(
            ("- [x] A sync service (Python, hosted on Hearth & Kiln's own AWS account)",
             "- [x] Alerts to the #ops Slack channel when a sync fails twice in a row or a SKU is missing from the mapping.")),
        "deliverables": P(
            ("1. The sync service, deployed and running in production.",
             "4. A 45-minute handover call, recorded.")),
        "assumptions-exclusions": P(
            ("- Anything inside Packwise's WMS (we only use their public API as it is today).",
             "- AWS costs: billed to Hearth & Kiln directly by AWS.")),
        "client-dependencies": P(
            ("| What | By when | Who |",
             "| Someone to test orders in sandbox for an hour | week 3 | H&K ops team |")),
        "milestones": P(
            ("| Week | What happens | Date |",
             "| 5 | Handover call and runbook | TBD |")),
        "client-delay-relief": P(
            "If any of these arrive late, the dates below move back by the same number of working days."),
        "change-control": P(
            "Anything that isn't in \"What we're building\" goes on the Change log toggle at the bottom of this page with a price and a date impact. We only start work on it once you've ticked it \"Approved\" there."),
        "acceptance-criteria": P(
            ("We test against this checklist before go-live; the build is accepted when all of these pass in sandbox:",
             "- a deliberately broken SKU triggers a Slack alert.")),
        "deemed-acceptance": P(
            "If we don't hear back within 5 working days of sending you the results, we'll treat the build as signed off."),
        "rejection-remedy": P(
            "Send us anything that fails and we'll fix it and run the checklist again with you."),
        "security-obligations": W(
            "security duties with no standard ('reasonable care')",
            "- We'll take reasonable care with access to your Shopify, Packwise and AWS accounts."),
        "data-return-deletion": P(
            "- Within 30 days after the handover call we delete any copies of your customer and order data from our machines and remove our own access"),
        "liability-cap": P(
            "- Our total liability for anything to do with this project is capped at what you've paid us for it."),
        "consequential-damages-exclusion": P(
            "- Neither of us is on the hook for the other's lost profits, lost sales or other indirect losses."),
        "warranty": P(
            "For 30 days after sign-off, we'll fix any bug in what we built at no charge, usually within two working days."),
        "warranty-disclaimer": P(
            "Other than this, the service is provided as is, and we don't make any other promises about it, express or implied, including fitness for a particular purpose."),
        "ip-ownership-deliverables": P(
            "- Once the final invoice is paid, the code we write for this project is yours, including the repo."),
        "background-ip-retained": P(
            "- We keep ownership of our own reusable bits (our Shopify client library and logging helpers), which the repo uses under a free, permanent licence to you."),
        "payment-terms": P(
            "- Invoices are due within 14 days."),
        "late-payment-remedy": P(
            "- If an invoice is more than 14 days overdue we can down tools until it's settled; the timeline then shifts by however long we were paused."),
        "termination-convenience": P(
            "Either of us can stop the project with 10 days' notice by email."),
        "payment-on-termination": P(
            "If that happens, you pay for the work done up to the stop date (based on the timeline above), and we hand over whatever code exists."),
        "no-guarantee-results": P(
            "Packwise's API is outside our control. If they change it, rate-limit us or go down, stock may drift until it's back",
            "We build the sync on the basis of the SKU mapping and API details you give us and can't be responsible if those are wrong."),
        "vague-terms": P(
            "| 0 | Kick-off call, access set up | TBD (waiting on Packwise sandbox) |"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="my-managed-network-services-agreement",
    type="managed network services agreement (Malaysia) (unseen style)",
    style="Malaysian managed network services agreement for a clinic group: Service Provider / "
          "Customer as Sdn. Bhd. with new and old registration numbers, short main body that "
          "sends most terms to Schedules 1-6 as tables (service elements, security controls, "
          "service levels and capped credits, charges in RM with 8% Service Tax, Key Commercial "
          "Terms table that prevails, Customer Responsibilities), Change Request Form 'to be "
          "provided', Pre-existing Materials schedule 'To be completed', PDPA 2010, ISO/IEC "
          "27001:2022, AIAC arbitration in Kuala Lumpur; balanced",
    labels={
        "scope-defined": P(
            ("| Service element | Description |",
             "| Reporting | Monthly service report and quarterly service review meeting |")),
        "assumptions-exclusions": P(
            "Excluded from the Services: end-user devices, clinic management software, the Customer's servers, cabling works, telephony, and any on-site attendance outside the Klang Valley."),
        "client-dependencies": P(
            ("| Responsibility | Detail |",
             "| Changes by others | Not make or allow changes to managed devices without raising a request through the service desk |")),
        "client-delay-relief": P(
            "3.2 The Service Provider shall not be liable for any failure to meet its obligations or a Service Level to the extent caused by the Customer's failure to perform a Customer Responsibility, and the time for performance of the affected obligation shall be extended accordingly."),
        "force-majeure": P(
            "11.1 Neither party is liable for delay or failure to perform caused by circumstances beyond its reasonable control"),
        "delay-penalties": P(
            ("| Service Level | Target | Service Credit if missed |",
             "Total Service Credits in any month shall not exceed 15% of the monthly Charges for that month.")),
        "change-control": P(
            "4.1 Either party may propose a change to the Services by submitting a Change Request Form in the format in Schedule 1, Part C.",
            "A change takes effect only when both parties have signed the Change Request Form."),
        "security-obligations": P(
            "6.2 The Service Provider shall maintain certification to ISO/IEC 27001:2022 for its network operations centre and shall apply to the Customer's network the controls in Schedule 1, Part B.",
            "Multi-factor authentication for all administrative access; configuration backups daily, retained 90 days; firmware patching within 30 days of vendor release (7 days for critical advisories); quarterly external vulnerability scan with report to the Customer."),
        "breach-notification": P(
            "6.3 The Service Provider shall notify the Customer of any security incident affecting the Customer's network or personal data within twenty-four (24) hours of detection"),
        "data-return-deletion": P(
            "6.4 On expiry or termination, the Service Provider shall return to the Customer all configuration files, network diagrams and Customer data in its possession and thereafter securely delete its copies"),
        "confidentiality": P(
            "7.1 Each party shall keep confidential the Confidential Information of the other party and use it only for this Agreement.",
            "7.2 This clause 7 survives termination for five (5) years, and indefinitely for patient-related information and credentials."),
        "liability-cap": W(
            "carve-outs leave the provider's main risks uncapped (data protection and security, confidentiality, IP indemnity)",
            "| Liability cap | Each party's total liability in any Contract Year is limited to the Charges paid and payable in that Contract Year. The cap does not apply to breach of clause 6 (Data Protection and Security) or clause 7 (Confidentiality), or to liability under clause 8.2. |"),
        "consequential-damages-exclusion": P(
            "10.1 Neither party shall be liable to the other for any loss of profit, loss of revenue, loss of goodwill or any indirect or consequential loss."),
        "indemnification": P(
            "8.2 Each party (the indemnifying party) shall indemnify the other against any third-party claim that materials supplied by the indemnifying party under this Agreement infringe that third party's intellectual property rights"),
        "insurance": P(
            "| Insurance | The Service Provider shall maintain professional indemnity insurance of RM 5 million and cyber liability insurance of RM 3 million, and public liability insurance of RM 2 million. |"),
        "warranty-disclaimer": P(
            "9.2 Except as expressly set out in this Agreement, all conditions, warranties and terms implied by statute or otherwise, including as to merchantable quality and fitness for purpose, are excluded save where the law does not allow their exclusion."),
        "background-ip-retained": W(
            "background IP reserved only if listed (Schedule 6 is blank)",
            "The Service Provider's scripts, monitoring templates and tools used to provide the Services are its Pre-existing Materials only if listed in Schedule 6."),
        "payment-terms": P(
            "Invoices are issued monthly in advance and are payable within thirty (30) days of the invoice date."),
        "late-payment-remedy": P(
            "Overdue amounts bear interest at 8% per annum from the due date until payment. If any undisputed invoice remains unpaid sixty (60) days after its due date, the Service Provider may suspend the service desk and change services on fourteen (14) days' notice."),
        "termination-cause-cure": P(
            "12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and, where the breach is capable of remedy, fails to remedy it within thirty (30) days of a written notice requiring it to do so."),
        "payment-on-termination": P(
            "12.4 On termination for any reason, the Customer shall pay all Charges accrued up to the date of termination and the cost of any equipment ordered for the Customer that cannot be cancelled."),
        "no-guarantee-results": P(
            "9.1 The Service Provider does not warrant that the Services will prevent every intrusion, malware infection or outage, nor that the Customer's network will be uninterrupted"),
        "non-solicitation": W(
            "non-solicitation ending with the contract",
            "| Non-solicitation | During the Term, neither party shall solicit for employment any employee of the other party who is engaged in the Services. |"),
        "governing-law": P(
            "| Governing law | Laws of Malaysia. |",
            "| Disputes | Arbitration under the AIAC Arbitration Rules, seat Kuala Lumpur, one arbitrator, in English. |"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="th-hire-of-work-software-contract",
    type="hire of work agreement for software development (Thailand, translated) (unseen style)",
    style="Thai hire-of-work agreement in convenience translation: Employer (a private hospital "
          "group, public company) / Contractor, 'This Agreement is made at Chiang Mai Province on "
          "16 March B.E. 2569 (2026)', registration numbers, authorised directors, selection by "
          "price comparison, Clause n with n.n, TOR and proposal as Annexes 1-2 and an installment "
          "schedule in Annex 3 (none reproduced), Baht inclusive of VAT with 3% withholding tax, "
          "installments in days from signing, Inspection Committee, fine of 0.1% a day with "
          "termination at 10%, bank guarantee, two-year defects liability, Copyright Act B.E. 2537 "
          "s.9, PDPA B.E. 2562, termination under s.605 Civil and Commercial Code, stamp duty, "
          "witnesses and seals; Employer-favourable",
    labels={
        "milestones": P(
            "4.1 The Contractor shall commence the Work on the date of signing this Agreement and shall complete the Work within 180 days.",
            "Installment 1 shall be delivered within 45 days, installment 2 within 105 days, installment 3 within 160 days and installment 4 within 180 days from the date of signing this Agreement."),
        "client-delay-relief": W(
            "relief for client delay only at the client's discretion",
            "The Employer may, as it thinks fit, grant an extension of time, and the Contractor waives any claim for an extension not granted."),
        "force-majeure": W(
            "force majeure relief only for the client",
            "The Employer shall not be liable for any failure to perform its obligations under this Agreement caused by force majeure, including natural disasters, epidemics, civil disturbance and orders of the government."),
        "time-of-essence": P(
            "4.3 The parties agree that time of performance is of the essence of this Agreement."),
        "delay-penalties": P(
            "8.1 If the Contractor fails to complete any installment within the time specified in Clause 4.2, the Contractor shall pay the Employer a fine of 0.1% of the contract price for each day of delay until the installment is delivered.",
            "8.2 When the fines reach 10% of the contract price, the Employer may terminate this Agreement and the fines shall cease to accrue."),
        "acceptance-criteria": W(
            "acceptance subjective (to the committee's satisfaction) and with no time limit",
            "6.1 When the Contractor delivers an installment, the Employer's Inspection Committee shall inspect the work and shall accept it if the work is correct and complete according to the TOR to the satisfaction of the Inspection Committee."),
        "rejection-remedy": P(
            "6.2 If the Inspection Committee finds the work incorrect or incomplete, the Contractor shall be entitled to correct the defects and deliver the installment again for inspection within fifteen (15) days of being notified."),
        "security-obligations": P(
            "12.2 The Contractor shall develop and operate the system in accordance with ISO/IEC 27001 controls and the Employer's information security policy, including penetration testing of the system by an independent tester before installment 3."),
        "breach-notification": W(
            "breach notice later than 72 hours (seven days)",
            "12.3 The Contractor shall notify the Employer of any personal data breach within seven (7) days of becoming aware of it."),
        "confidentiality": W(
            "confidentiality protecting only the client, with no survival",
            "The Contractor shall keep confidential all information of the Employer and its patients which it receives in performing the Work and shall not disclose it to any third party."),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited",
            "The Contractor shall be solely responsible for, and shall indemnify the Employer in full against, all claims of third persons arising from the performance of the Work, including claims by patients and by the Contractor's employees."),
        "warranty": W(
            "warranty longer than 12 months (two years)",
            "The Contractor warrants the Work against defects for a period of two (2) years from the date on which the Inspection Committee accepts the final installment."),
        "ip-ownership-deliverables": W(
            "IP passing to the client before payment (on creation)",
            "the copyright in the software, source code, documents and all other works created under this Agreement shall vest in the Employer from the moment of creation"),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "16.1 The Employer may, under Section 605 of the Civil and Commercial Code, terminate this Agreement at any time before the Work is completed by giving written notice to the Contractor"),
        "termination-cause-cure": P(
            "16.2 If the Contractor breaches any provision of this Agreement, the Employer shall give the Contractor written notice requiring it to remedy the breach within fifteen (15) days."),
        "payment-on-termination": P(
            "provided that the Employer compensates the Contractor for the work already done and the expenses already incurred."),
        "governing-law": W(
            "asymmetric forum (the Employer may sue anywhere, the Contractor only in Chiang Mai)",
            "18.1 This Agreement shall be governed by the laws of Thailand.",
            "18.2 The Contractor submits to the jurisdiction of the Chiang Mai Provincial Court. The Employer may bring proceedings against the Contractor in any competent court in Thailand or elsewhere."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="pt-freelancer-quote-terms-overleaf",
    type="freelancer quote with general conditions overleaf (Portugal, informal) (unseen style)",
    style="Portuguese freelance web developer's one-page quote (orçamento) in English for a Porto "
          "guesthouse (alojamento local): trabalhador independente with NIF, quote number and "
          "30-day validity, line-item table in euros with decimal commas and IVA 23%, SIBA guest "
          "registration, start 'to be agreed', 40/60 payment with fatura-recibo via the Portal das "
          "Finanças, accept by signing or replying 'accepted', numbered general conditions on the "
          "back (verso) with conversational headings, Código do Direito de Autor; no governing-law, "
          "confidentiality or termination terms; provider-favourable",
    labels={
        "scope-defined": P(
            ("| # | Item | Detail | Price (€) |",
             "| 6 | Training | One 90-minute video call on editing pages and handling bookings, plus a short PDF guide | 100,00 |")),
        "deliverables": P(
            ("| 1 | Design | Home, 6 room pages, Porto guide, contacts, legal pages; mobile first; based on your photos and the new logo | 950,00 |",
             "| 6 | Training | One 90-minute video call on editing pages and handling bookings, plus a short PDF guide | 100,00 |")),
        "assumptions-exclusions": W(
            "exclusions partly left to a document outside the contract (the general exclusions on the website)",
            "Not included (unless you ask for it separately): copywriting and translation (you send me the texts in the three languages), photography, hosting and domain fees, the channel manager's own subscription, paid plugins' yearly licences (about €120/year for the booking plugin), and anything else listed in my general exclusions on ruimachado.pt/condicoes."),
        "deemed-acceptance": W(
            "deemed acceptance only on live use",
            "Once you publish the site or start taking bookings through it, it counts as approved."),
        "client-dependencies": P(
            "3. Your part. You send texts, photos and access details."),
        "rejection-remedy": P(
            "4. Revisions. Design includes two rounds of changes: you send me your comments in one email per round, and I adjust the design and send it back."),
        "liability-cap": P(
            "If something goes wrong, my liability is limited to the amount you paid under this quote."),
        "consequential-damages-exclusion": P(
            "I am not responsible for lost bookings, lost income or any other indirect loss."),
        "warranty": P(
            "6. Bugs. For 30 days after launch I fix, without charge, any error in what I built"),
        "warranty-disclaimer": P(
            "Apart from point 6, I give no other guarantee."),
        "ip-ownership-deliverables": P(
            "8. Who owns the site. When you have paid everything, the economic rights in the design and in the code I write for you pass to you"),
        "background-ip-retained": P(
            "My own starter theme, code snippets and tools that I use on other projects stay mine; you get a free, permanent licence to use them on this site."),
        "payment-terms": P(
            "Invoices are paid by bank transfer (IBAN on the invoice) within 15 days of the date of the invoice."),
        "late-payment-remedy": P(
            "If a payment is late, commercial late-payment interest at the legal rate applies from the day after the due date, and I can stop work until it is paid."),
        "no-guarantee-results": P(
            "I build the site to the best standard I can, but I can't promise how many bookings it brings, a position on Google, or that the channel manager or Stripe will always work.",
            "I work from what you send me; if a price, a room description or a legal notice you gave me turns out to be wrong, that is yours to fix"),
        "vague-terms": P(
            "Start: to be agreed when you send the deposit and the texts."),
    }))
