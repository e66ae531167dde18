"""The hand-made judgements of benchmarks/unseen4: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen4)."""

SOURCE = "written for contract-analyzer as a fourth blind unseen-style check (unseen4)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="ie-cloud-migration-services-agreement",
    type="cloud migration services agreement (Ireland) (unseen style)",
    style="Irish cloud migration services agreement: Supplier/Customer, DAC and company numbers, "
          "Background recitals, Migration Plan with Waves, lift-and-shift assumptions, migration "
          "acceptance tests with Defect Notices, GDPR Article 28 data processing schedule, hypercare "
          "service level schedule with service credits as sole remedy, EUR and VAT, the 2012 Late "
          "Payment Regulations, Irish law and courts",
    labels={
        "scope-defined": P(
            "2.1 The Supplier shall provide the migration services described in Part A of Schedule 1 (the \"Migration Services\") and, following cut-over of the final Wave, the hypercare support described in Schedule 2 (the \"Hypercare Services\", and together with the Migration Services, the \"Services\").",
            ("1. Discovery and assessment: inventory of the source environment",
             "to Windows Server 2022."),
            "1. Hypercare runs for three (3) months from handover and covers incident response, patching of the Azure virtual machines and a monthly cost review."),
        "deliverables": P(
            "10.2 Subject to clause 10.1 and to payment of the relevant Charges, the intellectual property rights in the Customer-specific documents produced under this Agreement, namely the as-built design, the configuration workbook and the operational handover pack (the \"Deliverables\"), shall vest in the Customer.",
            "4. Handover: delivery of the Deliverables listed in clause 10.2 and two half-day knowledge transfer sessions for the Customer's IT team."),
        "assumptions-exclusions": P(
            ("4.1 The Charges and the Migration Plan are based on the following assumptions:",
             "(d) the source environment is in working order on the date of this Agreement."),
            "4.2 The following are not part of the Services: end-user device migration, Microsoft 365 tenant work, application code changes, data cleansing, and the decommissioning or disposal of source hardware."),
        "client-dependencies": P(
            ("3.1 The Customer shall, in a timely manner and at its own cost:",
             "(d) complete user acceptance testing within the test windows shown in the Migration Plan.")),
        "milestones": P(
            ("Stage | Planned dates",
             "Handover and start of Hypercare | 1 August 2025")),
        "client-delay-relief": P(
            ("3.2 If the Supplier's performance of any of its obligations is prevented or delayed",
             "standby time of its engineers at the rates in Schedule 4.")),
        "force-majeure": P(
            ("15.1 A party shall not be in breach of this Agreement, nor liable for any delay",
             "pandemic, or act of government."),
            "If the event continues for more than forty-five (45) days, either party may terminate this Agreement by written notice."),
        "delay-penalties": P(
            ("3. If the Supplier fails to meet the P1 or P2 response target",
             "up to a maximum of 25% of that monthly charge."),
            "The parties agree that service credits are a price adjustment reflecting the reduced value of the Hypercare Services and are the Customer's sole and exclusive remedy for failure to meet a response target."),
        "change-control": P(
            ("6.1 Either party may propose a change to the Services",
             "the parties shall continue to perform this Agreement unchanged.")),
        "acceptance-criteria": P(
            ("7.1 For each Wave, the Supplier shall carry out the migration acceptance tests",
             "(the \"Acceptance Criteria\")."),
            ("7.2 Within ten (10) Business Days after the Supplier notifies the Customer",
             "(a \"Defect Notice\")."),
            ("For each Wave: (i) every server in the Wave is running in Azure",
             "firing test alerts to the Customer's service desk.")),
        "deemed-acceptance": W(
            "deemed acceptance only after sixty consecutive days of live production use",
            "7.4 Where the Customer has neither signed an Acceptance Certificate nor given a Defect Notice, a Wave shall be treated as accepted once the Customer has run the migrated workloads of that Wave in live production for sixty (60) consecutive days."),
        "rejection-remedy": P(
            "7.3 On receiving a Defect Notice, the Supplier shall correct the defects identified and resubmit the Wave for testing, and clause 7.2 shall apply again to the resubmitted Wave."),
        "security-obligations": P(
            "8.2 The Supplier shall hold ISO/IEC 27001:2022 certification for its information security management system for the duration of the Agreement and shall apply the technical and organisational measures listed in Schedule 3.",
            ("4. Technical and organisational measures:",
             "vulnerability scanning of the landing zone before each Wave.")),
        "breach-notification": P(
            ("6. Where the Supplier becomes aware of a personal data breach affecting Customer Data, it shall inform the Customer without undue delay",
             "under Articles 33 and 34 of the GDPR.")),
        "data-return-deletion": P(
            ("7. At the end of the Services, the Supplier shall, at the Customer's choice, return all Customer Data",
             "shall confirm the deletion in writing within thirty (30) days.")),
        "confidentiality": P(
            ("9.1 Each party shall keep in confidence all technical, commercial and personal information",
             "who need to know it and are bound by equivalent duties."),
            "9.2 This clause 9 shall continue to bind the parties for five (5) years after termination or expiry of this Agreement."),
        "liability-cap": P(
            "11.3 Subject to clauses 8.3 and 11.1, the total liability of each party arising under or in connection with this Agreement shall be limited to an amount equal to the Charges paid and payable during the twelve (12) months preceding the first event on which the claim is based."),
        "consequential-damages-exclusion": P(
            "11.2 Subject to clause 11.1, neither party shall be liable, whether in contract, tort (including negligence), breach of statutory duty or otherwise, for any loss of profit, revenue, goodwill or anticipated savings, or for any indirect, special or consequential loss."),
        "indemnification": W(
            "one-sided data-protection indemnity given only by the Supplier, 'in full' and outside "
            "the liability cap (clause 11.3 is subject to 8.3), so unlimited",
            "8.3 The Supplier shall indemnify the Customer in full against all fines, claims, losses and costs suffered by the Customer arising from any breach by the Supplier of Schedule 3 or of the Data Protection Legislation."),
        "insurance": P(
            ("12.1 The Supplier shall maintain, with a reputable insurer, professional indemnity insurance",
             "shall produce evidence of that cover on request.")),
        "warranty": P(
            ("2.3 The Supplier warrants that it will perform the Services with the skill, care and diligence",
             "appropriate to their role."),
            ("2.4 If, within ninety (90) days after acceptance of a Wave",
             "the Supplier shall re-perform that part at no additional charge.")),
        "warranty-disclaimer": P(
            ("2.5 Save as expressly set out in this Agreement, all warranties, conditions and other terms",
             "are excluded to the extent permitted by law.")),
        "ip-ownership-deliverables": P(
            "10.2 Subject to clause 10.1 and to payment of the relevant Charges, the intellectual property rights in the Customer-specific documents produced under this Agreement, namely the as-built design, the configuration workbook and the operational handover pack (the \"Deliverables\"), shall vest in the Customer."),
        "background-ip-retained": P(
            ("10.1 The Supplier retains all intellectual property rights in its migration methodology",
             "for the Customer's own internal business purposes.")),
        "payment-terms": P(
            "The Customer shall pay each invoice within thirty (30) days of its date."),
        "late-payment-remedy": P(
            ("5.3 If any sum is not paid by its due date, the Supplier may claim interest",
             "suspend the Services until the overdue amount is paid.")),
        "termination-convenience": W(
            "termination for convenience is given only to the Customer",
            "13.2 The Customer may terminate this Agreement for any reason on giving the Supplier sixty (60) days' written notice."),
        "termination-cause-cure": P(
            ("13.3 A party may bring this Agreement to an end at once by written notice where the other party is in material breach",
             "identifies the breach and requires it to be put right.")),
        "payment-on-termination": P(
            ("13.4 On termination for any reason other than the Supplier's breach",
             "non-cancellable third-party costs properly committed by the Supplier.")),
        "non-solicitation": P(
            ("14.1 During the term of this Agreement and for twelve (12) months after it ends",
             "unless the other party first agrees in writing.")),
        "governing-law": P(
            "16.1 Irish law governs this Agreement and every dispute or claim, contractual or not, that relates to it or to its formation.",
            "16.2 The courts of Ireland shall have exclusive jurisdiction to settle any such dispute or claim."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="jp-system-development-outsourcing",
    type="system development outsourcing basic agreement (Japan, in translation) (unseen style)",
    style="Japanese system development outsourcing basic agreement in English translation: "
          "Orderer/Contractor, Articles with parenthetical headings, Individual Contracts per phase "
          "(quasi-mandate for requirements definition, contract for work for design and development), "
          "division of roles, change management meeting, inspection within 10 business days against "
          "Inspection Specifications, contract non-conformity liability, copyright transfer on payment "
          "incl. Articles 27 and 28 of the Copyright Act, 14.6% delay damages, anti-social forces, "
          "name and seal",
    labels={
        "scope-defined": P(
            ("1. The System is a web and smartphone-based system for reservation",
             "the payment service of the Orderer's designated payment agent."),
            ("2. Content of work: Contractor shall support Orderer in defining the requirements",
             "(d) facilitating review meetings."),
            ("2. Content of work: basic design, detailed design, programming",
             "confirmed by Orderer under Individual Contract No. 1.")),
        "deliverables": P(
            "3. Deliverables: requirements definition document (functional requirements, non-functional requirements, business flow diagrams, screen list, interface list); minutes of review meetings.",
            ("Deliverable | Delivery date",
             "Operation manual and administrator manual | 27 March 2026")),
        "client-dependencies": P(
            ("2. Orderer shall, in a timely manner, provide the materials, information and answers",
             "the vendor of its accounting system."),
            "6. Orderer's roles: decision on requirements; attendance of department staff at interviews; provision of current system specifications and fare tables.",
            "5. Orderer's roles: approval of the basic design within the Inspection Period; preparation of test data from the current system; arrangement of the payment agent's test environment by 1 December 2025."),
        "milestones": P(
            "4. Work period: 14 April 2025 to 29 August 2025.",
            ("Deliverable | Delivery date",
             "Operation manual and administrator manual | 27 March 2026")),
        "client-delay-relief": P(
            ("3. Where a delay in the work arises from Orderer's failure to perform its roles",
             "Additional costs arising from such delay shall be borne by Orderer.")),
        "force-majeure": P(
            ("Neither party shall be liable for delay or failure in the performance of this Agreement or an Individual Contract caused by natural disasters",
             "or other causes not attributable to either party.")),
        "change-control": P(
            ("1. Where either party wishes to change the content of the work",
             "in accordance with the Individual Contract before the Change.")),
        "acceptance-criteria": P(
            ("1. Orderer shall inspect each Deliverable against the inspection specifications",
             "(hereinafter \"Inspection Period\")."),
            "2. If the Deliverable passes the inspection, Orderer shall deliver to Contractor a written certificate of inspection. If the Deliverable fails, Orderer shall notify Contractor in writing within the Inspection Period with the specific reasons for failure."),
        "deemed-acceptance": P(
            "4. If Orderer does not give written notice of failure with specific reasons within the Inspection Period, the Deliverable shall be deemed to have passed the inspection at the expiry of the Inspection Period."),
        "rejection-remedy": P(
            "3. Where Orderer gives notice of failure, Contractor shall, after consultation with Orderer, repair the Deliverable within the period agreed and deliver it again, and Orderer shall inspect the repaired Deliverable again under paragraph 1."),
        "security-obligations": W(
            "security duty with no standard: only 'necessary and appropriate measures' under the "
            "personal information act",
            ("1. Contractor shall handle the personal information of the Orderer's customers",
             "to prevent leakage, loss or damage of such personal information.")),
        "breach-notification": W(
            "notice of a leak 'promptly', with no deadline",
            "2. If Contractor discovers a leakage, loss or damage of personal information, or the risk of it, Contractor shall promptly report it to Orderer and take the necessary measures in accordance with Orderer's instructions."),
        "data-return-deletion": P(
            ("3. On completion of the work under an Individual Contract, or at any time upon Orderer's request",
             "shall submit a written report of the disposal.")),
        "confidentiality": P(
            ("1. Orderer and Contractor shall keep confidential the technical, business and other information",
             "shall not use it for any purpose other than this Agreement."),
            "4. This Article shall remain in force for three (3) years after the termination of this Agreement."),
        "liability-cap": P(
            ("2. The amount of damages under the preceding paragraph shall not exceed the fees",
             "wilful misconduct or gross negligence of the party causing the damage.")),
        "consequential-damages-exclusion": P(
            ("1. If either party causes damage to the other party by reason of a cause attributable to it",
             "excluding damages arising from special circumstances and lost profits, whether or not foreseeable.")),
        "warranty": W(
            "open-ended non-conformity liability: notice may be given within one year from when the "
            "Orderer comes to know of the defect, with no outer limit from delivery",
            ("1. If a non-conformity with the Inspection Specifications or with the agreed design documents is found",
             "caused by materials or instructions supplied by Orderer."),
            "2. Orderer may exercise its rights under this Article only if it notifies Contractor of the non-conformity within one (1) year from the time Orderer comes to know of it."),
        "ip-ownership-deliverables": P(
            "1. The copyright (including the rights under Articles 27 and 28 of the Copyright Act) in the Deliverables shall transfer from Contractor to Orderer when Orderer has paid the fees for the Individual Contract under which the Deliverable was produced."),
        "background-ip-retained": P(
            ("2. Notwithstanding the preceding paragraph, copyright in programs, routines, modules and know-how",
             "to the extent necessary for Orderer to use the System.")),
        "payment-terms": W(
            "payment is due by the end of the month following the month of invoice, i.e. up to about "
            "60 days (later than 45 days)",
            ("3. Orderer shall pay each invoiced amount plus consumption tax by bank transfer",
             "by the last day of the month following the month in which it received the invoice.")),
        "late-payment-remedy": P(
            "4. If Orderer delays payment, it shall pay Contractor delay damages at the rate of 14.6% per annum on the unpaid amount from the day following the due date until the day of payment."),
        "termination-cause-cure": P(
            ("1. If the other party falls under any of the following items",
             "within thirty (30) days after receiving a written demand to do so;")),
        "payment-on-termination": P(
            ("2. If this Agreement or an Individual Contract is terminated before the completion of the work",
             "unless the termination is caused by a reason attributable to Contractor.")),
        "no-guarantee-results": P(
            ("1. For work under a quasi-mandate type Individual Contract, Contractor shall perform the work with the care of a prudent manager",
             "the Orderer shall be responsible for its own decisions concerning the requirements of the System.")),
        "governing-law": P(
            "This Agreement shall be governed by the laws of Japan. The Tokyo District Court shall have exclusive jurisdiction in the first instance over any dispute arising in connection with this Agreement."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="uae-it-services-agreement",
    type="IT services agreement (UAE, DIFC law) (unseen style)",
    style="UAE/Dubai IT services agreement: the Company / the Service Provider, Hijri and Gregorian "
          "dates, First Party / Second Party with licence numbers and signatories, WHEREAS recitals "
          "and a preamble forming an integral part, ARTICLE (n) headings, Service Orders (none "
          "attached), AED and UAE VAT, DIFC law and DIFC Courts, Arabic/English versions, "
          "Company-favourable one-sided terms",
    labels={
        "force-majeure": W(
            "force-majeure relief depends on the Company accepting the event 'in its discretion', "
            "and any extension is fixed by the Company",
            ("14.1 The Service Provider shall not be considered in breach of this Agreement for a delay caused by an event beyond its control",
             "Any extension of time shall be determined by the Company.")),
        "time-of-essence": P(
            "Time shall be of the essence in respect of every date and period stated in a Service Order."),
        "delay-penalties": W(
            "liquidated damages of 1% per day, 'whatever the cause of the delay and without any "
            "maximum limit' (uncapped and regardless of cause)",
            ("4.1 Should the Service Provider fail to complete any Services or deliver any Deliverable by the relevant completion date",
             "waive any right to request the court to reduce it."),
            "4.2 The Company may deduct any liquidated damages from any sums due to the Service Provider."),
        "change-control": P(
            ("5.1 The Company may request a change to the Services of any Service Order by written change request.",
             "signed by the Company's authorised representative before the work is carried out.")),
        "acceptance-criteria": W(
            "acceptance is 'at the sole satisfaction of the Company', with no criteria or time limit",
            ("6.1 All Deliverables are subject to inspection and acceptance by the Company.",
             "signed by the Company's authorised representative.")),
        "rejection-remedy": W(
            "a single correction attempt: after a second rejection the Company may refuse the "
            "Deliverable and recover all amounts paid",
            ("6.2 If the Company rejects a Deliverable, the Service Provider shall correct and resubmit it within seven (7) days.",
             "refuse the Deliverable and recover all amounts paid under the relevant Service Order.")),
        "security-obligations": P(
            ("9.1 The Service Provider shall comply with ISO/IEC 27001",
             "shall encrypt all Company Data in transit and at rest.")),
        "breach-notification": P(
            ("9.2 The Service Provider shall notify the Company in writing within twenty-four (24) hours",
             "shall cooperate fully with the Company's investigation.")),
        "data-return-deletion": P(
            ("9.3 Upon the expiry or termination of this Agreement or of any Service Order",
             "certify such deletion to the Company in writing.")),
        "confidentiality": W(
            "confidentiality protects only the Company's information; the Company owes no duty",
            ("10.1 The Service Provider shall keep strictly confidential all information relating to the Company",
             "shall survive the expiry or termination of this Agreement without limit of time.")),
        "liability-cap": W(
            "the cap protects only the Company (the client); the Service Provider's liability is "
            "expressly unlimited",
            "12.2 The total liability of the Company to the Service Provider arising from or in connection with this Agreement shall in no case exceed the price of the Service Order under which the claim arises."),
        "indemnification": W(
            "one-sided indemnity given only by the Service Provider, for any breach or act, "
            "'without limit'",
            ("12.1 The Service Provider shall indemnify and hold harmless the Company",
             "The liability of the Service Provider under this Article shall be without limit.")),
        "insurance": P(
            ("13.1 The Service Provider shall maintain, with insurers licensed in the United Arab Emirates",
             "shall provide copies of the policies upon request.")),
        "warranty": W(
            "defect warranty of twenty-four months from acceptance (longer than 12 months)",
            ("8.1 The Service Provider warrants that it shall carry out the Services with professional diligence",
             "for a period of twenty-four (24) months from its acceptance."),
            "8.2 The Service Provider shall remedy any defect notified during that period within five (5) working days at its own cost."),
        "ip-ownership-deliverables": W(
            "IP in the Deliverables vests in the Company 'upon their creation', before payment, and "
            "takes the Service Provider's incorporated materials with it",
            ("11.1 All intellectual property rights in the Deliverables, including any materials of the Service Provider incorporated in them",
             "the Service Provider hereby assigns all such rights to the Company.")),
        "background-ip-retained": W(
            "pre-existing materials are reserved only if listed in Annex (A), which is 'Nil'",
            ("11.2 The Service Provider may continue to use materials it owned before the date of this Agreement only if they are listed in Annex (A)",
             "Annex (A): Nil.")),
        "termination-convenience": W(
            "termination for convenience is given only to the Company, without compensation",
            ("15.1 The Company may terminate this Agreement or any Service Order at any time, for any reason",
             "without any compensation being due to the Service Provider.")),
        "termination-cause-cure": W(
            "termination with immediate effect for any breach, with no cure period (and only for "
            "the Company)",
            ("15.2 The Company may terminate this Agreement or any Service Order with immediate effect",
             "becomes insolvent or undergoes a change of control.")),
        "governing-law": P(
            "17.1 The laws of the Dubai International Financial Centre shall apply to this Agreement and to its interpretation.",
            "17.2 Any dispute arising out of or in connection with this Agreement shall be referred to the exclusive jurisdiction of the Courts of the Dubai International Financial Centre."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="br-software-customisation-contract",
    type="software customisation services agreement (Brazil, in translation) (unseen style)",
    style="Brazilian private instrument for software customisation services in free translation: "
          "CONTRACTING PARTY / CONTRACTED PARTY, CNPJ identification, CLAUSE ONE ... CLAUSE SIXTEEN, "
          "items 1.1., Sole Paragraph, homologation with test scripts and tacit acceptance, R$ with "
          "boleto or PIX against a nota fiscal, 2% fine plus 1% monthly interest and IPCA monetary "
          "correction, moratory fine, Law 9.609/1998, LGPD operador, article 393 Civil Code, denúncia "
          "imotivada, forum election, two witnesses",
    labels={
        "scope-defined": P(
            ("1.1. The purpose of this Agreement is the provision, by the CONTRACTED PARTY, of services of customisation",
             "(d) training of up to twenty key users."),
            ("1. Classification module: parametrisation by product",
             "the procedure for reinstallation after ERP updates.")),
        "deliverables": P(
            ("2.1. The CONTRACTED PARTY shall deliver the following products",
             "5 | Key user training and assisted operation at the first receiving unit | 26/09/2025")),
        "assumptions-exclusions": P(
            ("1.2. The following are not included in the purpose of this Agreement",
             "(d) support and maintenance after the warranty period."),
            "1.3. The CONTRACTED PARTY has prepared its proposal on the assumption that the ERP supplier will make available the development environment and the programming interfaces documented for version 12 of the ERP.",
            "Sole Paragraph. The dates above assume the signature of this Agreement by 11/04/2025."),
        "client-dependencies": W(
            "the CONTRACTING PARTY only undertakes to use 'its best efforts' to provide access, "
            "tables and managers",
            ("3.1. The CONTRACTING PARTY shall make its best efforts to provide the CONTRACTED PARTY",
             "for the interviews of Stage 1.")),
        "milestones": P(
            ("Stage | Product | Date",
             "5 | Key user training and assisted operation at the first receiving unit | 26/09/2025")),
        "client-delay-relief": P(
            ("3.3. Delays in the fulfilment of the obligations of the CONTRACTING PARTY",
             "shall not give rise to any fine against the CONTRACTED PARTY.")),
        "force-majeure": P(
            ("12.1. Neither party shall be liable for the non-performance of its obligations resulting from a fortuitous event or force majeure",
             "the affected dates shall be extended for the duration of the event.")),
        "delay-penalties": P(
            ("7.1. In the case of delay in the delivery of any product of Clause Two",
             "limited to 10% (ten percent) of the total value of this Agreement.")),
        "change-control": P(
            ("6.1. Any request for alteration of the scope described in Clause One and Annex I",
             "signature of an amendment (termo aditivo) to this Agreement by both parties.")),
        "acceptance-criteria": P(
            ("4.1. Each product of Stages 2, 3 and 4 shall be submitted to homologation tests",
             "when all test scripts classified as critical are executed without error."),
            ("4.2. The CONTRACTING PARTY shall carry out the homologation and communicate its result in writing",
             "with reference to the test scripts.")),
        "deemed-acceptance": P(
            "4.4. The absence of communication from the CONTRACTING PARTY within the period of item 4.2 shall imply the tacit acceptance of the product."),
        "rejection-remedy": P(
            "4.3. In the case of disapproval, the CONTRACTED PARTY shall correct the errors within 10 (ten) business days and make the product available again for a new homologation under the same conditions."),
        "security-obligations": W(
            "security duty with no standard: 'technical and administrative security measures "
            "suitable to protect the personal data'",
            ("shall adopt technical and administrative security measures suitable to protect the personal data",
             "destruction, loss, alteration or communication.")),
        "breach-notification": W(
            "notice of a security incident 'within a reasonable time', with no deadline",
            "10.3. The CONTRACTED PARTY shall communicate to the CONTRACTING PARTY, within a reasonable time, the occurrence of any security incident that may cause risk or relevant damage to the data subjects."),
        "data-return-deletion": P(
            ("10.4. Upon termination of this Agreement, the CONTRACTED PARTY shall return to the CONTRACTING PARTY all documents and data received",
             "except where retention is required by law.")),
        "confidentiality": P(
            ("10.1. The parties undertake to keep secret all information, documents and data of the other party",
             "for 5 (five) years after its termination.")),
        "liability-cap": P(
            "11.1. The total liability of each party for damages arising from this Agreement is limited to the total value of this Agreement set out in item 5.1, except in the case of wilful misconduct (dolo)."),
        "consequential-damages-exclusion": P(
            "11.2. In no event shall either party be liable to the other for loss of profits (lucros cessantes), loss of business or indirect damages."),
        "indemnification": P(
            ("11.3. Each party shall hold the other harmless from any labour, social security or tax claims",
             "including legal fees."),
            ("11.4. The CONTRACTED PARTY shall defend the CONTRACTING PARTY against any claim by a third party",
             "claims relating to the ERP and to materials supplied by it.")),
        "warranty": P(
            ("8.1. The CONTRACTED PARTY guarantees, for 90 (ninety) days counted from the approval of each product",
             "any nonconformity reported within that period.")),
        "ip-ownership-deliverables": P(
            "9.1. The patrimonial rights over the source code of the customisations developed specifically for the CONTRACTING PARTY shall be assigned to it, under Law no. 9.609/1998, after the full payment of the price of this Agreement."),
        "background-ip-retained": P(
            ("9.2. The CONTRACTED PARTY retains ownership of the libraries, components, frameworks and development tools",
             "for their use together with the customisations.")),
        "payment-terms": P(
            "5.2. Each payment shall be made by bank slip (boleto) or PIX within 15 (fifteen) days after the issue of the corresponding service invoice (nota fiscal de serviços) by the CONTRACTED PARTY."),
        "late-payment-remedy": P(
            ("5.3. Late payment shall subject the CONTRACTING PARTY to a fine of 2% (two percent)",
             "with the schedule extended accordingly.")),
        "termination-convenience": P(
            "13.2. Either party may terminate this Agreement without cause (denúncia imotivada) by written notice given 30 (thirty) days in advance, without any penalty."),
        "termination-cause-cure": P(
            ("13.3. This Agreement may be terminated by either party in the event of breach of any of its clauses",
             "within 10 (ten) business days after receipt of extrajudicial notice")),
        "payment-on-termination": P(
            ("13.4. In any case of termination, the CONTRACTING PARTY shall pay the CONTRACTED PARTY for the services performed up to the date of termination",
             "deducting the amounts already paid.")),
        "no-guarantee-results": P(
            "3.2. The CONTRACTED PARTY may rely on the information, tables and technical data supplied by the CONTRACTING PARTY and shall not be liable for errors in the customisations arising from information that is incorrect or incomplete."),
        "non-solicitation": P(
            ("14.1. During the term of this Agreement and for 12 (twelve) months after its termination",
             "six times the last monthly remuneration of the professional concerned.")),
        "governing-law": P(
            "15.3. This Agreement is governed by the laws of the Federative Republic of Brazil.",
            ("16.1. The parties elect the forum of the Judicial District of Londrina",
             "waiving any other, however privileged it may be.")),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="grant-subaward-it-project",
    type="grant-funded IT project subaward agreement (US non-profit) (unseen style)",
    style="US non-profit subaward under a foundation grant: Prime Recipient / Subrecipient / Funder, "
          "cover block with subaward number and amounts, cost-reimbursement, allowable costs and "
          "indirect rate, program income, pay-when-funded, disallowed costs, Funder action, "
          "noncompliance remedies, records and audit incl. a 2 C.F.R. Part 200 single audit, "
          "open-source release, flow-down requirements section, proposal and Work Plan incorporated "
          "by reference; Year 2 amount and third pilot county not yet fixed",
    labels={
        "scope-defined": W(
            "one-paragraph description; the Subrecipient's work is 'more fully described' in a "
            "proposal and a Work Plan incorporated by reference and not reproduced",
            ("1.1 Purpose. The Project will help residents of rural Illinois counties",
             "shared, mobile-friendly case and appointment tool."),
            ("1.2 Subrecipient's Work. The Subrecipient will design, build, pilot and support the technology platform",
             "are kept on file by the Prime Recipient.")),
        "deliverables": W(
            "deliverables are left to the Project Work Plan, a document outside the agreement",
            "1.3 Deliverables. The Subrecipient will provide the deliverables identified for it in the Project Work Plan, together with the reports required by Section 6."),
        "milestones": P(
            ("Activity | Date",
             "Open-source release of platform code | February 27, 2026"),
            ("6.1 Reports. The Subrecipient will submit to the Prime Recipient (a) a quarterly progress report",
             "(b) the annual technical report by the date in Section 1.4.")),
        "time-of-essence": P(
            "Time is of the essence as to all reporting and invoicing deadlines under this Agreement."),
        "breach-notification": W(
            "notice of unauthorised access within five business days (later than 72 hours)",
            "7.2 The Subrecipient will notify the Prime Recipient in writing within five (5) business days after it discovers any unauthorized access to, use of or disclosure of Participant Information."),
        "indemnification": W(
            "one-sided indemnity given only by the Subrecipient, covering disallowances and any "
            "breach, with no limit (the subaward has no liability cap)",
            ("8.2 Indemnity. The Subrecipient will defend, indemnify and hold harmless the Prime Recipient",
             "its use of funds or any breach of this Agreement.")),
        "insurance": P(
            ("8.1 Insurance. During the Subaward Period the Subrecipient will maintain commercial general liability insurance",
             "as an additional insured on the general liability policy.")),
        "ip-ownership-deliverables": P(
            ("5.1 Project software. The Subrecipient will own the copyright in the software it develops under this Agreement.",
             "to use, copy, modify and distribute that software.")),
        "background-ip-retained": P(
            ("5.3 Pre-existing materials. Software, designs and know-how that the Subrecipient owned",
             "are not subject to Sections 5.1 and 5.2.")),
        "payment-terms": W(
            "pay-when-paid: payment falls due only 30 days after the Prime Recipient receives the "
            "matching installment from the Funder, and not at all without it",
            ("3.2 Payment. The Prime Recipient will pay each approved invoice within thirty (30) days after the Prime Recipient receives from the Funder",
             "has no obligation to pay any amount for which it has not received funds from the Funder.")),
        "termination-convenience": W(
            "termination for convenience is given only to the Prime Recipient",
            "4.2 Termination by Prime Recipient. The Prime Recipient may terminate this Agreement, in whole or in part, at any time and for any reason by giving thirty (30) days' written notice to the Subrecipient."),
        "termination-cause-cure": W(
            "termination for any noncompliance 'immediately', with no cure period",
            ("4.4 Noncompliance. If the Subrecipient fails to comply with any term of this Agreement",
             "suspend the work, or terminate this Agreement in whole or in part.")),
        "payment-on-termination": P(
            ("4.5 Costs after termination. On any termination other than for the Subrecipient's noncompliance",
             "to the extent the Prime Recipient has received funds for them from the Funder.")),
        "governing-law": P(
            ("10.3 Governing law. This Agreement is governed by the laws of the State of Illinois",
             "have jurisdiction over any dispute under it.")),
        "vague-terms": P(
            "Subaward Amount, Year 2: TBD upon the Funder's continuation decision",
            "Pilot live in third county: [to be selected by Prime Recipient] | October 31, 2025",
            "The Year 2 budget is to be agreed after the Funder's continuation decision."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="pentest-engagement-agreement",
    type="penetration testing engagement agreement (US) (unseen style)",
    style="US cybersecurity penetration-testing engagement: Redline / Client, engagement reference "
          "block, Rules of Engagement schedule with a targets table, testing hours, prohibited "
          "activities and stop conditions, officer-signed Authorization Letter, third-party hosting "
          "consent, CVSS-rated findings report and retest letter, Engagement Data handling, "
          "critical-finding escalation, testing-disruption risk allocation, CFAA indemnity from the "
          "client, cancellation charge; no governing-law clause",
    labels={
        "scope-defined": P(
            ("1.1 Redline will perform (a) an external network penetration test",
             "each within the targets and limits stated in Schedule A (the \"Assessment\")."),
            ("Target | Type | Notes",
             "meridiancredit.onmicrosoft.example | Entra ID tenant | read-only configuration review")),
        "deliverables": P(
            ("1.2 Redline will deliver:",
             "a retest letter confirming which of those findings remain open.")),
        "assumptions-exclusions": P(
            ("3.1 Only the hosts, URLs and accounts listed in Schedule A are in scope.",
             "for which written permission has not been given under Section 2.1(b)."),
            "3.2 The Assessment does not include denial-of-service or load testing, physical intrusion, phishing or other social engineering, or the exfiltration of production data, and Redline will not attempt any of them."),
        "client-dependencies": P(
            ("2.1 The Client will:",
             "who can be reached by telephone during all testing hours.")),
        "milestones": P(
            ("1.3 Schedule. Testing will take place between April 28 and May 9, 2025",
             "within five (5) business days after receiving the Client's comments.")),
        "client-delay-relief": P(
            ("2.2 If the Client has not completed the items in Section 2.1(a) to (c) by April 24, 2025",
             "chargeable at the rate in Section 6.2.")),
        "change-control": P(
            ("3.3 The targets, techniques or dates in Schedule A may be changed only by a written amendment",
             "An e-mail or telephone request by the Client's staff does not change the scope.")),
        "deemed-acceptance": P(
            "If Redline has received no comments on the draft report within ten (10) business days after delivering it, the draft report will stand as the final report and Redline will issue it as such."),
        "security-obligations": P(
            ("4.1 Redline will protect credentials, evidence and findings obtained in the Assessment",
             "never by e-mail attachment.")),
        "breach-notification": P(
            "4.2 Redline will notify the Client within twenty-four (24) hours after becoming aware of any unauthorized access to or disclosure of Engagement Data.",
            ("4.4 If during testing Redline identifies a vulnerability that it reasonably believes is being actively exploited",
             "tell the Client's emergency contact by telephone immediately.")),
        "data-return-deletion": P(
            ("4.3 Redline will securely delete Engagement Data, other than the final report and retest letter",
             "will confirm the deletion in writing on request.")),
        "confidentiality": P(
            ("5.1 Each party will hold the other party's non-public information received in connection with this Agreement in confidence",
             "to its own personnel, auditors and regulators who need to know it."),
            "5.2 The obligations in this Section 5 continue for five (5) years after the Agreement ends, and indefinitely for credentials and vulnerability details."),
        "liability-cap": P(
            "9.3 Redline's total liability arising out of or relating to this Agreement will not exceed the fees paid by the Client under this Agreement."),
        "consequential-damages-exclusion": P(
            ("9.2 Neither party will be liable to the other for lost profits, lost revenue, loss of data or business interruption",
             "even if advised of their possibility.")),
        "indemnification": P(
            ("9.4 The Client will defend and indemnify Redline against any claim by a third party",
             "including claims under the Computer Fraud and Abuse Act or state computer crime laws.")),
        "insurance": P(
            ("10.1 Redline will maintain, throughout the engagement and for one year after it",
             "will provide a certificate of insurance on request.")),
        "warranty": P(
            ("8.1 Redline warrants that the Assessment will be performed by qualified testers",
             "Redline will re-perform the non-conforming part of the Assessment at no charge.")),
        "warranty-disclaimer": P(
            "8.3 EXCEPT FOR THE WARRANTY IN SECTION 8.1, REDLINE DISCLAIMS ALL WARRANTIES, EXPRESS OR IMPLIED, INCLUDING ANY IMPLIED WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NON-INFRINGEMENT."),
        "background-ip-retained": P(
            ("11.1 Redline's testing tools, scripts, exploit code, checklists, methodologies and report templates",
             "Nothing in this Agreement transfers any rights in them to the Client.")),
        "payment-terms": P(
            "6.3 Invoices are payable within thirty (30) days after the invoice date."),
        "termination-convenience": W(
            "only the Client may cancel without cause",
            "7.1 The Client may cancel the Assessment, or any part of it not yet performed, by written notice to Redline at any time."),
        "payment-on-termination": P(
            ("7.2 On cancellation the Client will pay Redline for all work performed up to the date of the notice",
             "a cancellation charge of twenty-five percent (25%) of the fixed fee for the reserved tester time.")),
        "no-guarantee-results": P(
            ("8.2 A penetration test examines a sample of the Client's systems at a point in time",
             "by reason of the Assessment.")),
        "non-solicitation": W(
            "the no-hire undertaking lasts only while the engagement is ongoing",
            "12.1 While the engagement is ongoing, the Client will not offer employment to any Redline tester assigned to it."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="staff-augmentation-agreement",
    type="contract IT personnel supply terms (UK staff augmentation) (unseen style)",
    style="UK agency terms of business for the supply of contract IT personnel: Agency / Client / "
          "Contractor, Assignment Details Form per Assignment (none attached), day rates, weekly "
          "timesheets through a portal, off-payroll (IR35) Status Determination Statement, "
          "unsuitable-contractor notice in the first five days, Transfer Fee or extended hire "
          "(Conduct of Employment Agencies Regulations style), Late Payment Act, PRA/FCA disclosure",
    labels={
        "client-dependencies": P(
            ("3.1 The Client will:",
             "(d) check and sign the Contractor's timesheet each week."),
            ("3.2 Before each Assignment starts, the Client will decide whether the off-payroll working rules",
             "give the Agency and the Contractor a Status Determination Statement with its reasons.")),
        "force-majeure": P(
            ("11.4 Neither party is liable for a failure or delay caused by circumstances outside its reasonable control",
             "but the Client must still pay for time actually worked.")),
        "rejection-remedy": P(
            "6.2 Following notice under clause 6.1, the Agency may offer a replacement Contractor, and the Client will give the replacement's CV fair consideration before ending the Assignment under clause 11."),
        "security-obligations": W(
            "security duty tied to the Client's own rules 'as the Client updates them from time to "
            "time', with no standard",
            "4.1 The Client will tell the Agency of its information security, acceptable use and vetting rules that apply to the Contractor, and the Agency will require the Contractor to follow those rules as the Client updates them from time to time."),
        "data-return-deletion": P(
            ("7.3 At the end of each Assignment, the Agency will procure that the Contractor returns all equipment",
             "will confirm in writing that this has been done.")),
        "confidentiality": P(
            ("7.1 Each party will keep confidential any information about the other's business, customers and members",
             "The Agency will bind each Contractor to an equivalent duty."),
            "7.2 This clause 7 continues to apply after the end of each Assignment and the termination of these Terms."),
        "liability-cap": P(
            "9.4 The Agency's total aggregate liability under these Terms in any twelve-month period is limited to the charges paid to the Agency in that period."),
        "consequential-damages-exclusion": P(
            "9.3 Neither party will be liable to the other for loss of profits, business, revenue or goodwill, or for indirect or consequential loss."),
        "indemnification": P(
            ("9.5 The Agency will indemnify the Client against any income tax, National Insurance contributions",
             "arising from the Client's supervision, direction or working conditions.")),
        "insurance": P(
            "9.6 The Agency will maintain professional indemnity insurance of at least £2,000,000, public liability insurance of at least £5,000,000 and employer's liability insurance of at least £5,000,000."),
        "warranty": W(
            "the only assurance about the Contractor's skills is a 'reasonable endeavours' undertaking",
            ("2.1 The Agency will use reasonable endeavours to supply Contractors who have the skills",
             "carry out right-to-work checks before any Contractor starts.")),
        "warranty-disclaimer": P(
            "The Agency does not otherwise give any warranty as to the standard or fitness for purpose of the services rendered by a Contractor.",
            "All other conditions, warranties and terms, whether implied by statute, common law or otherwise, are excluded to the fullest extent the law allows."),
        "ip-ownership-deliverables": W(
            "IP in the work product belongs to the Client 'as soon as it arises', before the "
            "charges for it are paid",
            ("8.1 All intellectual property rights in any work product created by a Contractor during an Assignment",
             "any document the Client reasonably requires to confirm this.")),
        "payment-terms": P(
            "Invoices are payable within fourteen (14) days of the invoice date by BACS."),
        "late-payment-remedy": P(
            ("5.4 If an invoice is unpaid when due, the Agency may charge interest and compensation",
             "withdraw the Contractor from the Assignment until the overdue amount is paid.")),
        "termination-convenience": P(
            "11.1 Either the Agency or the Client may end an Assignment, for any reason, by giving the other five (5) Business Days' written notice."),
        "termination-cause-cure": P(
            ("11.2 Either party may end these Terms, together with all Assignments, by written notice",
             "within fourteen (14) days of being asked in writing to do so.")),
        "payment-on-termination": P(
            ("11.3 When an Assignment ends for any reason, the Client will pay for all time worked by the Contractor up to the end date",
             "in accordance with clause 5.")),
        "no-guarantee-results": P(
            ("2.3 The Client is solely responsible for the direction of the Contractor's work and for the results it obtains from it",
             "meets its objectives.")),
        "non-solicitation": P(
            ("10.1 If the Client, or any third party to whom the Client has introduced the Contractor, begins an Engagement",
             "of the Contractor's first year's remuneration in the Engagement."),
            ("10.3 The Client will not, during an Assignment or for six (6) months after it ends",
             "with whom it dealt in connection with the Assignment.")),
        "governing-law": W(
            "asymmetric forum: the Agency must sue in England and Wales, the Client may sue in any "
            "court with jurisdiction",
            ("12.1 These Terms are governed by the law of England and Wales.",
             "the Client may bring proceedings in those courts or in any other court having jurisdiction.")),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="email-sow-approved-by-reply",
    type="statement of work by e-mail, accepted by reply (US) (unseen style)",
    style="e-mail statement of work from a small studio: \"Hi Sam, as discussed\", bold section "
          "headings and bullet lists, prototype then sprints, \"What's not included\", \"What we "
          "need from you\", TBD kick-off and launch dates, a ballpark price range with the final "
          "price TBD, fortnightly sign-off until the client is happy, change note approved by reply, "
          "an earlier MSA incorporated by reference, the client's \"Approved.\" reply and quoted "
          "original request",
    labels={
        "scope-defined": P(
            ("A web dashboard for your coordinators that pulls visit data out of CareLog",
             "a weekly PDF summary that goes automatically to the regional managers every Monday at 7am.")),
        "deliverables": P(
            ("- A clickable prototype (Figma) for the coordinators to play with before we write any code",
             "recorded so new starters can watch it later")),
        "assumptions-exclusions": P(
            ("- Any changes inside CareLog itself, or to how your caregivers check in on their phones",
             "happy to quote a small monthly retainer for that if useful")),
        "client-dependencies": P(
            ("- Read-only API credentials for CareLog (Maria said she'd chase their support desk)",
             "- Someone on your side who can add us as guests on the Azure tenant")),
        "milestones": W(
            "the schedule is only a placeholder: kick-off 'week of TBD', prototype 'roughly two "
            "weeks after', launch 'date TBD'",
            ("- Kick-off: week of TBD (as soon as the CareLog credentials come through)",
             "- Launch: aiming for end of May, date TBD once we've seen the CareLog API")),
        "client-delay-relief": P(
            "If we end up waiting on anything from your side (the credentials especially!), the dates above slide back by the same amount – we'll let you know straight away when that happens."),
        "change-control": P(
            ("If you want to add something that isn't on the list above",
             "until you reply \"approved\" to that change note.")),
        "acceptance-criteria": W(
            "subjective acceptance: the dashboard goes live 'when you and the coordinators are "
            "happy', with no criteria or time limit",
            "When you and the coordinators are happy with how it looks and works, we'll switch it on for everyone."),
        "rejection-remedy": W(
            "unlimited re-performance: the studio will 'keep adjusting it until it is', at no extra "
            "charge",
            "If anything isn't right, just tell us and we'll keep adjusting it until it is – no extra charge for that within the scope above."),
        "vague-terms": P(
            "- Kick-off: week of TBD (as soon as the CareLog credentials come through)",
            "- Launch: aiming for end of May, date TBD once we've seen the CareLog API",
            "Our ballpark is somewhere between $18k and $24k; the final price is TBD after the first week of discovery, and I'll confirm it in writing before we go past that point."),
    }))
