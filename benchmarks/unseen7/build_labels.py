"""The hand-made judgements of benchmarks/unseen7: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen7)."""

SOURCE = "written for contract-analyzer as a seventh blind unseen-style check (unseen7)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="it-software-development-contract",
    type="software development contract (Italy, translated) (unseen style)",
    style="Italian contratto di appalto di servizi in courtesy translation: Supplier / Principal, S.r.l. "
          "and S.p.A. with REA numbers, WHEREAS a)-c), Art. n with n.n, Civil Code articles (1655, "
          "1659, 1457 essential term, 1665, 1229, 1671 withdrawal, 1454 diffida ad adempiere, "
          "1341-1342 specific approval), collaudo with blocking test cases, capped penalty, SdI "
          "e-invoices at 60 days end of month, D.Lgs. 231/2002 interest, PEC notices, Court of Bologna",
    labels={
        "scope-defined": P(
            ("2.1 The Principal entrusts to the Supplier, which accepts,",
             "d) two training sessions of one day each for the staff of the planning office.")),
        "deliverables": P(
            "2.2 At the end of the work the Supplier shall hand over to the Principal: the Application installed in the Principal's test and production environments; the source code, committed to the repository indicated by the Principal; the functional specification; the installation and operating manual in Italian; the collaudo report signed by both Parties."),
        "client-dependencies": P(
            ("3.1 For the proper performance of the work, the Principal shall:",
             "d) ensure that the staff of the planning office take part in the analysis workshops and in the training.")),
        "milestones": P(
            ("4.1 The Supplier shall carry out the work according to the following timetable:",
             "- Phase 4, start-up assistance on site: from 2 to 27 November 2026.")),
        "client-delay-relief": P(
            "4.3 Where the Principal does not perform in good time any of its duties under Art. 3, or is late in approving the functional specification, each of the dates in Art. 4.1 shall be postponed by a period equal to the delay, and no penalty shall accrue for that period."),
        "force-majeure": P(
            "13.1 Neither Party shall be answerable for failure or delay in performance caused by fortuitous events or force majeure"),
        "time-of-essence": P(
            "4.2 The Parties expressly agree that the date of 30 October 2026 for completion of Phase 3 is an essential term in the interest of the Principal within the meaning of Article 1457 of the Civil Code"),
        "delay-penalties": P(
            "5.1 For each calendar day of delay in completing Phase 3 that is attributable to the Supplier, the Supplier shall pay a penalty equal to 0.1% (zero point one per cent) of the Price, up to a total of 10% (ten per cent) of the Price."),
        "change-control": P(
            "6.2 Any variation requested by the Principal shall be set out in a written variation request. Within ten working days the Supplier shall state in writing its effect on the Price and on the dates, and the variation binds the Parties only once both have signed the corresponding variation report (verbale di variante)."),
        "acceptance-criteria": P(
            ("7.1 When Phase 2 is complete, the Supplier installs the Application in the test environment",
             "The collaudo is passed when every test case classified as blocking gives the expected result and no more than five non-blocking anomalies remain open.")),
        "deemed-acceptance": P(
            "7.3 If the Principal, once notified, fails without good reason to carry out the collaudo within the period in 7.1, or fails to communicate its result within five working days after it ends, the work shall be held to be accepted pursuant to Article 1665 of the Civil Code."),
        "rejection-remedy": P(
            "7.2 If the collaudo reveals anomalies that prevent it from being passed, the Supplier shall remove them and present the Application again within ten working days; the repeated collaudo covers only the anomalies recorded in the report."),
        "security-obligations": W(
            "security duties with no standard: only measures \"appropriate to the risk\" as GDPR Art. 32 requires",
            "12.2 The Supplier shall adopt technical and organisational measures appropriate to the risk, as required by Article 32 of that Regulation."),
        "breach-notification": P(
            "12.3 The Supplier shall inform the Principal of any personal data breach concerning the data it processes on the Principal's behalf within twenty-four hours of becoming aware of it."),
        "confidentiality": P(
            "11.1 Each Party shall treat as confidential the technical, commercial and industrial information concerning the other Party that it learns in performing this Contract, shall not reveal it to third parties and shall use it solely for the purposes of the Contract. This duty continues for three years after the Contract ends."),
        "liability-cap": P(
            "14.1 Save in cases of wilful misconduct or gross negligence (Article 1229 of the Civil Code), the overall liability of the Supplier arising from this Contract may not exceed the amount of the Price."),
        "consequential-damages-exclusion": P(
            "14.2 Within the same limits, the Supplier shall not answer for indirect damage, loss of production, loss of profit or harm to the Principal's image."),
        "warranty": P(
            "8.1 The Supplier guarantees that for twelve months from the date of the positive collaudo the Application will function in substantial conformity with the functional specification, and it shall remedy free of charge the defects reported to it in writing within that period."),
        "ip-ownership-deliverables": P(
            "10.1 Upon full payment of the Price, the exclusive rights of economic use in the Application developed under this Contract, including its source code and documentation, are transferred to the Principal pursuant to Law no. 633 of 22 April 1941."),
        "payment-terms": W(
            "payment due later than 45 days (60 days end of month from the invoice date)",
            "9.3 Each invoice shall be paid by bank transfer at 60 days end of month from the invoice date."),
        "late-payment-remedy": P(
            "9.4 If payment is late, interest for delay at the rate laid down by Legislative Decree no. 231 of 9 October 2002 accrues automatically from the day after the due date, without any formal demand being needed."),
        "termination-convenience": W(
            "termination for convenience only for the client (withdrawal of the Principal under Art. 1671 c.c.)",
            "15.1 Pursuant to Article 1671 of the Civil Code, the Principal may withdraw from the Contract at any time, even if performance has begun, by notice sent by PEC, provided that it indemnifies the Supplier for the expenses incurred, the work already performed and the lost profit."),
        "termination-cause-cure": P(
            "16.1 If one Party is in serious breach, the other may serve on it a notice to perform (diffida ad adempiere) under Article 1454 of the Civil Code, granting not less than fifteen days; if that period passes without the breach having been remedied, the Contract is terminated as a matter of law."),
        "payment-on-termination": P(
            "provided that it indemnifies the Supplier for the expenses incurred, the work already performed and the lost profit."),
        "governing-law": P(
            "17.1 This Contract is governed by Italian law.",
            "17.2 All disputes concerning the validity, interpretation or performance of this Contract shall be referred to the exclusive jurisdiction of the Court of Bologna."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="kr-system-integration-contract",
    type="system integration contract (Korea, translated) (unseen style)",
    style="Korean system construction service contract in reference translation: Gap / Eul, "
          "project-name / contract-amount / period header, Article n (Heading) with (1) paragraphs and "
          "1. items, KRW VAT included, performance and defect-repair guarantee insurance from Seoul "
          "Guarantee Insurance, delay compensation 1.25/1000 per day up to 10/100, inspection with "
          "repeated re-inspection, inspection regarded as passed after three months of commercial "
          "operation, two-year defect liability, Personal Information Protection Act, certificate of "
          "destruction, Seoul Central District Court, seals; Gap-favourable",
    labels={
        "scope-defined": P(
            ("(1) Eul shall perform the following work (hereinafter the \"Work\"):",
             "5. integration testing, user training and stabilisation support for one month after opening.")),
        "deliverables": P(
            ("Eul shall submit the following deliverables to Gap in two printed copies and one electronic copy:",
             "7. completion report.")),
        "client-dependencies": W(
            "best-efforts obligation of the client (Gap cooperates only \"as far as possible\")",
            "Gap shall cooperate as far as possible in providing Eul with the materials, data and workspace needed for the Work, and in arranging the participation of its staff in interviews and tests."),
        "milestones": P(
            ("Eul shall perform the Work according to the following schedule:",
             "5. stabilisation and completion inspection: 1 September 2026 - 30 September 2026.")),
        "client-delay-relief": W(
            "relief for client delay only at the client's discretion (Gap decides after review whether and by how long to extend)",
            "Where the performance of the Work is delayed for reasons attributable to Gap, Eul may request an extension of the contract period with supporting evidence, and Gap shall decide after review whether and by how long to extend it."),
        "force-majeure": P(
            "Neither party is liable for failure to perform this contract caused by natural disaster, war, riot, epidemic, a change of laws or other force majeure that could not be foreseen or avoided"),
        "delay-penalties": P(
            "(1) If Eul fails to complete the Work within the contract period, Eul shall pay Gap delay compensation calculated by multiplying the contract amount by 1.25/1000 for each day of delay.",
            "(2) Delay compensation under paragraph (1) shall not exceed 10/100 of the contract amount"),
        "change-control": P(
            "(1) Where Gap finds it necessary to add to, reduce or change the Work, it shall request the change in writing, stating its content.",
            "(2) Eul shall submit, within seven days of receiving the request, a written review of the change in man-months, contract amount and schedule. The change takes effect only when both parties have signed a change agreement that records the adjusted amount and period."),
        "acceptance-criteria": P(
            "(1) Within fourteen days after Eul gives notice of completion of each stage, Gap shall inspect the deliverables against the test plan and the requirements definition approved by Gap, and shall notify Eul in writing whether they have passed."),
        "deemed-acceptance": W(
            "deemed acceptance only after live use (three months of commercial operation)",
            "(3) Where Gap has used the system in commercial operation for three months after opening without raising any objection, the completion inspection shall be regarded as passed."),
        "rejection-remedy": W(
            "unlimited re-performance (Eul repeats the correction \"as often as Gap requires\")",
            "(2) Where a deliverable fails the inspection, Eul shall supplement it at its own cost and submit it again for re-inspection, and shall repeat this as often as Gap requires until the deliverable passes."),
        "security-obligations": P(
            "(1) Eul shall comply with the Personal Information Protection Act and shall apply to personal information handled in the Work the technical, managerial and physical protection measures set out in the Standards on Security Measures for Personal Information.",
            "(2) Eul's personnel shall work only on the PCs provided in Gap's project room, on which USB storage is blocked, and shall not take development data outside that room; access to the operating environment is granted through individual accounts with two-factor authentication, and access logs are kept for one year."),
        "breach-notification": W(
            "breach notice without a deadline (\"without delay\")",
            "(3) Where a security incident such as leakage, loss or unauthorised access occurs, Eul shall report it to Gap without delay and follow Gap's instructions."),
        "data-return-deletion": P(
            "(4) On completion of the Work, Eul shall return to Gap all materials and data received from Gap, destroy any copies and submit a certificate of destruction."),
        "confidentiality": P(
            "(1) Neither party shall disclose to any third party, or use for any purpose other than this contract, the technical or business information of the other party that it obtains in the course of the Work, without the prior written consent of that party.",
            "(2) The obligation in paragraph (1) continues for three years after this contract expires or is terminated."),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited (every third-party claim connected with the Work, no cap in the contract)",
            "Eul shall indemnify Gap against, and hold it harmless from, every claim of a third party, including claims of infringement of patent, copyright or other rights, arising in connection with the performance of the Work, and shall bear all costs of resolving such claims."),
        "insurance": P(
            "(1) Within seven days of concluding this contract, Eul shall submit to Gap a contract performance guarantee insurance policy issued by Seoul Guarantee Insurance Co. covering 10/100 of the contract amount.",
            "(2) Before the final payment, Eul shall submit a defect repair guarantee insurance policy covering 3/100 of the contract amount, valid for the defect liability period in Article 15.",
            "(3) Eul shall keep its personnel engaged in the Work covered by industrial accident compensation insurance and employment insurance."),
        "warranty": W(
            "warranty longer than 12 months (two-year defect liability)",
            "Eul shall repair free of charge any defect in the system that appears within two years after the completion inspection is passed, within the period that Gap specifies."),
        "ip-ownership-deliverables": W(
            "IP passing to the client before payment (on delivery of each deliverable)",
            "The copyright and all other rights in the deliverables created under this contract belong to Gap from the time each deliverable is delivered to Gap."),
        "payment-terms": P(
            "(1) Gap shall pay 30/100 of the contract amount as an advance payment within fourteen days of the conclusion of this contract, against an advance payment guarantee insurance policy.",
            "(2) Gap shall pay the balance within thirty days after receiving Eul's tax invoice issued upon the passing of the completion inspection."),
        "termination-cause-cure": W(
            "termination without a cure period (by written notice, without any separate demand, for any violation)",
            ("(1) Gap may terminate this contract in whole or in part by written notice, without any separate demand, if Eul:",
             "2. violates any provision of this contract;")),
        "governing-law": P(
            "where no agreement is reached, the Seoul Central District Court shall be the court of first instance.",
            "Matters not provided for in this contract shall be determined under the Civil Act and general commercial practice."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="il-tech-consultancy-agreement",
    type="consulting agreement (Israel) (unseen style)",
    style="Israeli technology consulting agreement: the Company / the Consultant acting through a Key "
          "Person, 'Made and signed in Tel Aviv', BETWEEN / AND 'of the one part', WHEREAS recitals and "
          "'IT IS DECLARED, STIPULATED AND AGREED', n.n sections, Appendices A and B not attached, "
          "independent-contractor and employer-employee indemnity, NIS hourly fee plus VAT at the "
          "statutory rate, shotef + 45, tax withheld at source, Patents Law s.134 waiver, Tel "
          "Aviv-Jaffa courts, Key Person's undertaking; Company-favourable",
    labels={
        "security-obligations": W(
            "security duties with no standard, tied to changing client policies (\"as in force from time to time\")",
            "6.1 The Consultant shall comply with the information security procedures of the Company, as in force from time to time and as notified to the Consultant, and shall access the Company's systems only through the accounts assigned to it."),
        "data-return-deletion": P(
            "10.5 Upon termination, the Consultant shall return to the Company all documents, files and materials containing Confidential Information, shall delete any copies held on its computers and storage media, and shall confirm in writing to the Company that it has done so."),
        "confidentiality": W(
            "confidentiality protecting only the client (the Consultant's one-way undertaking)",
            "5.1 The Consultant undertakes, and shall cause the Key Person to undertake, to keep in strict confidence all information concerning the Company, its business, products, technology, customers and employees that comes to its knowledge in connection with this Agreement (\"Confidential Information\"), and not to disclose it or use it for any purpose other than providing the Services.",
            "shall remain in force without limit of time."),
        "liability-cap": P(
            "9.1 The Consultant's total liability under this Agreement shall not exceed the consideration paid to it in the twelve months before the event giving rise to the claim, except in the case of malice or breach of Section 5."),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited (employer-employee reclassification, outside the cap)",
            "3.3 If any competent tribunal determines, notwithstanding the Parties' intention, that an employer-employee relationship existed between the Company and the Key Person or any other person on the Consultant's behalf, the Consultant shall indemnify the Company for every amount that the Company is required to pay as a result, including legal fees, immediately upon the Company's first demand.",
            "9.2 The limitation in Section 9.1 shall not apply to the Consultant's obligation of indemnity under Section 3.3."),
        "ip-ownership-deliverables": W(
            "IP passing to the client before payment (vests on creation; s.134 royalties waived)",
            "7.1 All rights of any kind, including copyright, patents, inventions, designs, data models and know-how, in any work product created by the Consultant or the Key Person in connection with the Services (the \"Work Product\") shall vest in the Company upon their creation, and the Consultant hereby assigns them to the Company."),
        "background-ip-retained": W(
            "background IP reserved only if listed (in Appendix B, not attached)",
            "7.3 Know-how that the Consultant possessed before the signing of this Agreement and that is listed in Appendix B shall remain the property of the Consultant, and the Company shall have a perpetual, free licence to use it as part of the Work Product."),
        "payment-terms": W(
            "payment due later than 45 days (current month + 45: up to about 75 days)",
            "4.3 Each approved invoice shall be paid on terms of current month + 45 days (shotef + 45) from the date it is received."),
        "termination-convenience": P(
            "10.2 Each Party may terminate this Agreement at any time and for any reason by 30 days' prior written notice to the other Party."),
        "termination-cause-cure": P(
            "10.3 Each Party may terminate this Agreement with immediate effect if the other Party commits a fundamental breach and does not cure it within 14 days of receiving written notice describing the breach."),
        "payment-on-termination": P(
            "10.4 Upon termination, the Company shall pay the Consultant for the Services actually provided up to the date of termination, in accordance with Section 4."),
        "no-guarantee-results": P(
            "8.1 The Services are advisory. The Company alone shall decide whether and how to implement any recommendation of the Consultant, and the Consultant shall not be responsible for the business results of such decisions.",
            "8.2 The Consultant may rely on the information, data and specifications provided by the Company without verifying them independently."),
        "non-solicitation": W(
            "non-solicitation binding only the provider (the Consultant may not solicit the Company's staff)",
            "11.1 During the term of this Agreement and for 12 months thereafter, the Consultant shall not, directly or indirectly, solicit or engage any employee of the Company to work for it or for any third party."),
        "governing-law": P(
            "12.3 This Agreement shall be governed by the laws of the State of Israel, and the competent courts in the Tel Aviv-Jaffa district shall have sole and exclusive jurisdiction in any matter arising from it."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="mdr-soc-services-agreement",
    type="managed security services agreement (unseen style)",
    style="US managed detection and response (SOC/MDR) agreement with an incident response retainer, "
          "on the provider's paper: Provider / Customer (a Texas credit union), header block, ALL-CAPS "
          "numbered sections, Covered Assets table, 24x7 triage and pre-authorised containment under "
          "a Response Playbook, 40 retainer hours with a 2-hour remote / 48-hour on-site response, "
          "onboarding in weeks, time-to-notify service level table with capped credits, ISO/IEC 27001 "
          "and SOC 2 Type II, 'no security service can detect every threat', cyber and E&O insurance, "
          "asymmetric Texas venue",
    labels={
        "scope-defined": P(
            ("1.1 Managed detection and response. From the Service Start Date,",
             "(isolating an endpoint, disabling a user account, blocking a hash or address)."),
            ("1.2 Incident response retainer. Customer holds 40 retainer hours per contract year",
             "have a responder on site within 48 hours.")),
        "deliverables": P(
            "1.3 Reports. Provider will deliver: (a) an incident report for each confirmed incident within 5 business days of closure; (b) a monthly service report with alert volumes, mean times to notify and contain, and tuning changes; (c) a quarterly threat briefing for Customer's information security committee; and (d) after any retainer engagement, a forensic report with findings and recommendations."),
        "assumptions-exclusions": P(
            "The Services do not include: remediation or rebuilding of systems beyond the pre-authorized containment actions; monitoring of assets not listed in Table 1; vulnerability management or penetration testing; negotiating with threat actors or making ransom payments; or legal, regulatory or public-relations advice."),
        "client-dependencies": P(
            "Customer will: (a) deploy Provider's endpoint agent on the Covered Assets and keep it running; (b) forward the log sources in Table 1 to Provider's collector; (c) name at least two escalation contacts reachable 24x7 and keep their details current; (d) approve the Response Playbook; and (e) tell Provider before material changes to its network that affect monitoring."),
        "milestones": P(
            "2.1 Provider will onboard the Services in four stages: kickoff and asset inventory (weeks 1-2), agent and log-source deployment (weeks 3-6), tuning and playbook sign-off (weeks 7-9), and go-live of 24x7 monitoring (the \"Service Start Date\", no later than the end of week 10)."),
        "client-delay-relief": P(
            "2.2 If Customer's deployment of agents or log sources, or its sign-off of the Response Playbook, is late, the onboarding weeks that follow move back by the same number of days and the Service Level credits in Section 4 do not apply to the assets concerned until deployment is complete."),
        "force-majeure": P(
            "Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, widespread power or internet outages, war or acts of government, except that this Section does not excuse payment obligations."),
        "delay-penalties": P(
            ("| Priority | Time to notify Customer after alert triage | Service credit if missed |",
             "Service credits in any month may not exceed 20% of that month's MDR fee and are Customer's sole remedy for missed service levels.")),
        "change-control": P(
            "Additional assets, log sources or retainer hours are added only through a written change order signed by both parties stating the added fees; Provider will not monitor assets outside Table 1 until such a change order is signed."),
        "security-obligations": P(
            "7.1 Provider will run its SOC platform under an information security program that is certified to ISO/IEC 27001 and examined annually in a SOC 2 Type II report"),
        "breach-notification": P(
            "7.2 Provider will notify Customer within 48 hours after confirming any unauthorized access to Customer data held in Provider's platform"),
        "data-return-deletion": P(
            "Within 30 days after this Agreement ends, Provider will, at Customer's choice, export Customer's incident records in JSON and then delete all Customer data from its platform, and will certify the deletion in writing."),
        "confidentiality": P(
            "Each party will keep confidential the non-public information the other discloses under this Agreement, use it only to perform or receive the Services, and limit access to personnel who need it. These duties last for five years after the Agreement ends"),
        "liability-cap": P(
            "12.2 The aggregate liability of either party arising out of this Agreement will not exceed the fees paid or payable in the 12 months before the claim."),
        "consequential-damages-exclusion": P(
            "12.1 Neither party is liable for indirect, incidental, special or consequential damages, or for lost profits, revenue or data, even if advised of the possibility."),
        "indemnification": P(
            "13.1 Provider will defend Customer against third-party claims that the Services or reports infringe a U.S. patent, copyright or trademark, and pay the resulting damages and costs.",
            "13.2 Customer will defend Provider against third-party claims arising from containment actions taken in accordance with the Response Playbook that Customer approved, and pay the resulting damages and costs."),
        "insurance": P(
            "Provider will maintain, during the term: technology errors and omissions and cyber liability insurance of at least $5,000,000 per claim; commercial general liability of $1,000,000 per occurrence; and workers' compensation at statutory limits."),
        "warranty": P(
            "11.1 Provider warrants that it will perform the Services in a professional manner consistent with generally accepted industry practice for managed security services"),
        "warranty-disclaimer": P(
            "11.3 Except as stated in Section 11.1, the Services are provided without other warranties, express or implied, including implied warranties of merchantability, fitness for a particular purpose and non-infringement."),
        "ip-ownership-deliverables": P(
            "10.1 Customer owns the reports delivered under Section 1.3 and may use them for any internal or regulatory purpose."),
        "background-ip-retained": P(
            "10.2 Provider retains all rights in its platform, detection content, playbooks, threat intelligence and methods, including improvements made while performing the Services."),
        "payment-terms": P(
            "9.2 Invoices are due 30 days after the invoice date."),
        "late-payment-remedy": P(
            "9.3 Overdue amounts bear interest at 1% per month. If an undisputed amount is more than 30 days overdue, Provider may, after 10 days' written notice, suspend the Services until it is paid."),
        "termination-cause-cure": P(
            "15.2 Either party may terminate if the other materially breaches this Agreement and the breach remains uncured 30 days after written notice describing it."),
        "payment-on-termination": P(
            "15.3 On any termination Customer will pay all fees for Services performed through the termination date, together with onboarding fees not yet invoiced."),
        "no-guarantee-results": P(
            "11.2 No security service can detect or stop every threat. Provider does not guarantee that the Services will detect or prevent all intrusions, malware or data loss, and actions taken on Provider's recommendations remain Customer's decisions."),
        "non-solicitation": P(
            "During the term and for 12 months after it, neither party will solicit for employment any employee of the other who worked on the Services, except through general advertisements not aimed at those employees."),
        "governing-law": W(
            "asymmetric forum (Customer must sue in Travis County; Provider may sue for fees in any court)",
            "This Agreement is governed by the laws of the State of Texas. Any action by Customer arising from this Agreement must be brought in the state or federal courts located in Travis County, Texas; Provider may bring an action to collect unpaid fees in any court having jurisdiction over Customer."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="nhs-trust-licence-customisation-agreement",
    type="software licence and customisation services agreement (UK, NHS) (unseen style)",
    style="English university spin-out's software licence plus customisation services agreement with "
          "an NHS foundation trust: Licensor / Trust, PARTIES / BACKGROUND / AGREED TERMS, clauses n.n "
          "with (a) items, deterioration-alert dashboard (NEWS2, MEOWS), Stages 1-4 with a go-live date "
          "'to be agreed' and an interface price 'TBC', DCB0129 / DCB0160 clinical safety, Change "
          "Control Notes, UAT with deemed acceptance on live clinical use, Data Security and "
          "Protection Toolkit and Cyber Essentials Plus, Freedom of Information Act, uncapped data "
          "protection liability, Trust-only termination on notice",
    labels={
        "scope-defined": P(
            ("3.1 The Licensor shall provide the following services (the \"Services\") in four Stages:",
             "after the EPR supplier has quoted for its side of the interface.")),
        "deliverables": P(
            "3.2 The Licensor shall deliver: the Configuration Specification; the configured Software and Customisations in the Trust's test and live environments; a clinical safety case report and hazard log under DCB0129; user guides and training materials; and a handover document for the Trust's IT service desk."),
        "assumptions-exclusions": P(
            "3.3 The following are outside the Services: hardware, network and wireless upgrades; changes to the Trust's observation devices; work on the EPR supplier's side of any interface; and the Trust's own clinical safety assessment under DCB0160."),
        "client-dependencies": P(
            "4.1 The Trust shall: (a) provide a named clinical lead and a project manager who will attend the Stage 1 workshops; (b) give the Licensor timely access to test environments, sample observation data and clinical staff; (c) review and approve the Configuration Specification within 10 Working Days of receiving it; and (d) carry out its DCB0160 assessment before go-live."),
        "milestones": P(
            ("(a) Stage 1 - Discovery:",
             "train-the-trainer sessions for 20 clinical educators, by 30 September 2026;")),
        "client-delay-relief": P(
            "4.2 If the Trust fails to meet any obligation in clause 4.1, the Licensor shall be allowed a corresponding extension of the Stage dates and may charge its reasonable additional costs at the rates in Schedule 2, and shall not be in breach to the extent of the failure."),
        "force-majeure": P(
            "16.1 A party who is delayed or prevented from performing by an event beyond its reasonable control, including the loss of national NHS network services, is not in breach for so long as the event continues"),
        "change-control": P(
            "5.1 A change to the Services may be proposed by the Trust or the Licensor only by a Change Control Note. The Licensor shall assess the impact on price, timetable and clinical safety within 10 Working Days. No change shall take effect until both parties have signed the Change Control Note."),
        "acceptance-criteria": P(
            "6.1 After Stage 2, the Trust shall run user acceptance tests, in a form approved under clause 4.1(c), to verify that the Customisations meet the Configuration Specification. The Trust shall complete the tests and notify the Licensor of the result within 15 Working Days of the Licensor's notice of readiness."),
        "deemed-acceptance": P(
            "6.3 If the Trust does not notify a failure within the period in clause 6.1, or puts the Customisations into live clinical use, the Customisations shall be taken to have been accepted."),
        "rejection-remedy": P(
            "6.2 If the tests fail, the Trust shall specify the failures in writing and the Licensor shall correct them and re-submit the Customisations for retesting."),
        "security-obligations": P(
            "9.2 The Licensor shall maintain a \"Standards Met\" Data Security and Protection Toolkit assessment and Cyber Essentials Plus certification throughout the term, host Trust Data only in UK data centres certified to ISO/IEC 27001, and encrypt Trust Data in transit and at rest."),
        "breach-notification": P(
            "9.3 The Licensor shall notify the Trust's Data Protection Officer of any personal data breach affecting Trust Data no later than 24 hours after the Licensor first learns of it."),
        "data-return-deletion": P(
            "9.4 On expiry or termination, the Licensor shall, at the Trust's option, return Trust Data in CSV format within 30 days and then securely destroy all copies, providing a certificate of destruction."),
        "confidentiality": P(
            "10.1 Each party shall keep the other's confidential information confidential and shall use it only to perform this Agreement. This clause survives termination for five years."),
        "liability-cap": W(
            "carve-outs leave the provider's main risks uncapped (data protection and security, and the IP indemnity, unlimited)",
            "13.2 Subject to clause 13.1, the Licensor's total liability in each Contract Year shall not exceed 150% of the charges paid in that Contract Year, except that this limit shall not apply to the Licensor's liability under clause 9 (Data Protection and Security) or clause 12.1, which shall be unlimited."),
        "consequential-damages-exclusion": P(
            "13.3 Neither party shall be liable for loss of profits, loss of savings, or any indirect or consequential loss."),
        "indemnification": P(
            "12.1 The Licensor shall indemnify the Trust against all losses arising from any claim by a third party that the Software or Customisations, used by the Trust as this Agreement permits, infringe that third party's intellectual property rights.",
            "12.2 The Trust shall indemnify the Licensor against claims arising from the Trust's use of the Software otherwise than in accordance with this Agreement or the user guides."),
        "insurance": P(
            "14.1 The Licensor shall maintain professional indemnity insurance of at least £5 million, public liability insurance of at least £5 million and cyber insurance of at least £2 million for the term and six years after it, and shall provide evidence on request."),
        "warranty": P(
            "11.1 The Licensor warrants that for 90 days after acceptance the Customisations will perform materially in accordance with the Configuration Specification, and that the Services will be performed with reasonable skill and care."),
        "warranty-disclaimer": P(
            "11.3 The Licensor gives no warranty, condition or term beyond those written in this Agreement; any that statute or common law would otherwise imply, such as satisfactory quality or fitness for purpose, are excluded so far as the law permits."),
        "ip-ownership-deliverables": P(
            "8.1 All intellectual property rights in the Software, the Customisations and the deliverables under clause 3.2 (other than the Trust Data) belong to and remain with the Licensor and, where applicable, the University; the Customisations are licensed to the Trust under clause 2."),
        "background-ip-retained": P(
            "8.2 The Licensor retains all rights in its pre-existing algorithms, libraries, methods and know-how, and nothing in this Agreement prevents it from using them for other customers."),
        "payment-terms": P(
            "7.2 The Trust shall pay each valid and undisputed invoice within 30 days of receipt, quoting the Trust's purchase order number."),
        "late-payment-remedy": P(
            "7.3 The Licensor may charge interest on late payments under the Late Payment of Commercial Debts (Interest) Act 1998."),
        "termination-convenience": W(
            "termination for convenience only for the client (the Trust on three months' notice)",
            "15.2 The Trust may terminate this Agreement at any time by giving the Licensor three months' written notice."),
        "termination-cause-cure": P(
            "15.3 Either party may terminate this Agreement if the other commits a material breach which it fails to remedy within 30 days after receiving written notice of it."),
        "payment-on-termination": P(
            "15.4 On termination for any reason other than the Licensor's breach, the Trust shall pay for all Services performed up to the termination date and for any licence fee already invoiced; licence fees paid in advance are not refundable."),
        "no-guarantee-results": P(
            "11.2 The Software supports, and does not replace, clinical judgement. Clinical decisions remain the responsibility of the Trust's clinicians, and the Licensor does not warrant any clinical outcome. The Licensor may rely on the accuracy of observation data entered by Trust staff."),
        "governing-law": P(
            "17.1 English law governs this Agreement and any dispute arising from it, and the parties submit to the exclusive jurisdiction of the English courts."),
        "vague-terms": P(
            "with the go-live date to be agreed at the end of Stage 2 and the price to be confirmed (TBC)"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="game-work-for-hire-agreement",
    type="game development agreement (work for hire) (unseen style)",
    style="US video-game publisher's development agreement (work for hire) with a Québec studio: "
          "Publisher / Studio, Game Design Document, ALL-CAPS sections with n.n, crunch limit of 45 "
          "hours a week, milestone table with builds (vertical slice to gold master) and a TBD / "
          "'to be agreed' tail, time of the essence, fee reduced 1% a day, approval in sole creative "
          "judgment with deemed approval and one resubmission, works made for hire, Studio Tools "
          "licence, media E&O insurance, leak notice, credits, publisher-only force majeure and "
          "termination for convenience, Los Angeles courts; Publisher-favourable",
    labels={
        "scope-defined": P(
            "1.1 Studio will design, program, produce art and audio for, integrate and test the Game as described in the Game Design Document, including: four biomes, the base-building and crafting systems, online co-op for up to four players through Steam networking, a tutorial, controller support, and English, French and German text."),
        "deliverables": P(
            "2.1 Studio will deliver each Milestone Build to Publisher's build server, together with release notes and a list of known issues, by the date in the table below.",
            ("| # | Milestone | Build contents | Due date | Milestone Fee |",
             "| 7 | Post-launch patch | fixes from the first 30 days | to be agreed | TBD |")),
        "assumptions-exclusions": P(
            "1.2 Not part of the work unless added by a Change Order: console ports, localisation into other languages, voice-over recording, marketing trailers and store-page assets, and post-launch content."),
        "client-dependencies": W(
            "\"reasonable endeavours\" obligation of the client (feedback, bug database, producer)",
            "Publisher will use reasonable endeavours to give Studio consolidated feedback on each Milestone Build, provide access to its QA team's bug database, and make a producer available for a weekly call."),
        "milestones": P(
            ("| # | Milestone | Build contents | Due date | Milestone Fee |",
             "| 7 | Post-launch patch | fixes from the first 30 days | to be agreed | TBD |")),
        "client-delay-relief": P(
            "2.3 If Publisher is late in giving its Milestone feedback or in delivering assets it is responsible for (the Game's music licence, the publisher logo sequence and the Steamworks setup), the due dates of the affected Milestone and of every later Milestone move back day for day."),
        "force-majeure": W(
            "force majeure relief only for the client (Publisher)",
            "Publisher will not be responsible for any delay in its obligations, including approvals and release, caused by events beyond its reasonable control, such as platform outages, natural disasters, epidemics or labor disputes."),
        "time-of-essence": P(
            "2.2 Time is of the essence for the delivery of Milestones 3 to 6"),
        "delay-penalties": W(
            "liquidated damages uncapped (1% of the Milestone Fee per day, no maximum)",
            "2.4 If Studio delivers a Milestone Build after its due date for any other reason, the Milestone Fee for that Milestone is reduced by 1% for each day of delay."),
        "change-control": P(
            "Changes to the Game Design Document, the milestone table or the platforms are made only by a written Change Order signed by both producers, stating the change to the work, the Milestone Fees and the due dates."),
        "acceptance-criteria": W(
            "acceptance in the client's sole discretion (\"in its sole creative judgment\")",
            "4.1 Publisher will review each Milestone Build against the description in the table in Section 2.1 and the Game Design Document, and may approve or reject it in its sole creative judgment."),
        "deemed-acceptance": P(
            "4.2 If Publisher has not sent Studio a written approval or rejection within 10 business days after the Milestone Build was delivered, the Milestone is approved."),
        "rejection-remedy": W(
            "a single correction attempt (one resubmission, then termination or withholding)",
            "Studio may resubmit the Milestone Build once, within 10 business days of the rejection. If the resubmitted build is rejected, Publisher may terminate this Agreement under Section 11.2 or withhold the Milestone Fee until an acceptable build is delivered."),
        "breach-notification": W(
            "breach notice without a deadline (\"promptly\")",
            "9.2 Studio will notify Publisher promptly if it becomes aware of any leak of a build, screenshot or information about the Game, or of any unauthorized access to the build server."),
        "data-return-deletion": P(
            "9.3 At the end of this Agreement Studio will return to Publisher any development kits and Publisher-supplied materials and delete Publisher's confidential information from its systems"),
        "confidentiality": P(
            "9.1 Each party will keep confidential the other's non-public information, including the Game, its builds, the milestone schedule and the terms of this Agreement, and will use it only for this project. These duties continue for three years after the Game's commercial release or the end of this Agreement, whichever is later."),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited (no cap in the agreement)",
            "10.1 Studio will indemnify, defend and hold harmless Publisher, its affiliates and their officers and employees from all claims, losses, damages and expenses arising from any breach of Studio's warranties or any claim that the Work Product infringes the rights of a third party."),
        "insurance": P(
            "10.2 Studio will maintain media/errors and omissions insurance with limits of at least $2,000,000 per claim until three years after release, naming Publisher as an additional insured."),
        "warranty": P(
            "8.1 Studio warrants that the Work Product will be original to Studio or properly licensed, that the Gold Master will conform in all material respects to the Game Design Document as changed by Change Orders, and that for 90 days after the Gold Master is approved Studio will fix free of charge any A-class or B-class bug reported by Publisher."),
        "ip-ownership-deliverables": W(
            "IP passing to the client before payment (works made for hire vest on creation; only the residue is assigned on payment)",
            "7.1 The Game and every element of it created by Studio under this Agreement, including code, art, audio, design and builds (the \"Work Product\"), are works made for hire for Publisher to the extent the law allows. To the extent any Work Product is not a work made for hire, Studio assigns it to Publisher upon payment of the Milestone Fee for the Milestone in which it is delivered."),
        "background-ip-retained": P(
            "7.2 Studio keeps ownership of its proprietary engine tools, editor plug-ins, shaders and code libraries developed before or outside this Agreement (\"Studio Tools\")."),
        "termination-convenience": W(
            "termination for convenience only for the client (\"Studio may not terminate for convenience\")",
            "11.1 Publisher may terminate this Agreement for convenience on 30 days' written notice. Studio may not terminate for convenience."),
        "termination-cause-cure": P(
            "11.2 Either party may terminate this Agreement if the other materially breaches it and does not cure the breach within 20 business days after written notice."),
        "payment-on-termination": P(
            "11.3 On any termination other than for Studio's breach, Publisher will pay the Milestone Fees of all approved Milestones and a pro rata share of the Milestone Fee of the Milestone in progress, based on the work completed"),
        "non-solicitation": P(
            "During the term and for 12 months after it ends, neither party will hire or solicit any employee or contractor of the other who worked on the Game, without the other's written consent."),
        "governing-law": P(
            "California law governs this Agreement, and its choice-of-law rules do not apply. The state and federal courts in Los Angeles County have exclusive jurisdiction, and each party consents to their jurisdiction."),
        "vague-terms": P(
            "| 6 | Gold master | final build approved for launch | TBD | $100,000 |",
            "| 7 | Post-launch patch | fixes from the first 30 days | to be agreed | TBD |"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="cloud-hosting-reseller-service-schedule",
    type="managed hosting service schedule (unseen style)",
    style="UK cloud hosting reseller's service schedule in bullet form under an unattached Customer "
          "Agreement: Brightrack / Customer as we/you, versioned schedule, upstream Infrastructure "
          "Partner, 'What you get' / 'What is not included' / 'Your responsibilities' bullets, "
          "availability and ticket-response credit tables with a monthly cap, Sunday maintenance "
          "window, suspension for non-payment and abuse, ending on 30 days' notice via the portal, "
          "export then deletion; fees, term and governing law left to the Customer Agreement",
    labels={
        "scope-defined": P(
            ("1. WHAT YOU GET",
             "08:00-18:00 UK time on business days for P2 to P4.")),
        "assumptions-exclusions": P(
            ("2. WHAT IS NOT INCLUDED",
             "DDoS protection above the Infrastructure Partner's standard level (available as add-ons).")),
        "client-dependencies": P(
            ("3. YOUR RESPONSIBILITIES",
             "Make sure your content and use of the Services comply with the Acceptable Use Policy.")),
        "force-majeure": P(
            "or by events outside our reasonable control such as failure of public networks, power grid failure, fire, flood or acts of government; we are also not liable for failing to meet any other obligation while such an event lasts."),
        "delay-penalties": P(
            ("| Priority | First response target | Service credit if missed |",
             "| P2 - degraded | 2 business hours | 2% of the monthly charge for the affected servers |"),
            ("| Availability in month | Service credit (% of that server's monthly charge) |",
             "| under 99.0% | 50% |")),
        "security-obligations": P(
            "- The Infrastructure Partner's data centres and our management platform are certified to ISO/IEC 27001 and we hold Cyber Essentials Plus.",
            "- Our engineers reach your servers only through our bastion hosts with multi-factor authentication, and every session is logged and kept for 12 months."),
        "breach-notification": P(
            "- We will tell your technical contact within 48 hours after we confirm that your data on the Services has been accessed without authorisation"),
        "data-return-deletion": P(
            "- For 30 days after the Service ends you can export your server images and data through the portal or ask us to ship them on encrypted media at our standard rates. After that we delete all your servers, volumes and snapshots and the Infrastructure Partner's copies, and confirm deletion on request."),
        "liability-cap": P(
            "- Our total liability in connection with this Service in any 12 months is limited to the charges you paid for it in those 12 months."),
        "consequential-damages-exclusion": P(
            "- We are not liable for loss of profit, revenue, business or data, or for any indirect or consequential loss."),
        "indemnification": P(
            "- You will indemnify us against claims by third parties, including the Infrastructure Partner, arising from your content or from your breach of the Acceptable Use Policy."),
        "warranty-disclaimer": P(
            "- The Services are provided \"as is\" except for the service levels in section 4; we exclude all other warranties and conditions, including satisfactory quality and fitness for purpose, as far as the law allows."),
        "late-payment-remedy": P(
            "- We may suspend all or part of the Services, after 7 days' notice by e-mail, if any invoice for them remains unpaid 14 days after its due date, and restore them within one business day after payment."),
        "termination-convenience": P(
            "- After the minimum term on your Order, either of us may end this Service Schedule, or any server, by giving 30 days' notice through the portal."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="no-consultancy-purchase-order",
    type="purchase order for consultancy hours (Norway) (unseen style)",
    style="Norwegian one-page purchase order (bestilling) for IT consultancy hours: letterhead with "
          "org. no. MVA, order number and cost centre, order lines table in NOK with decimal commas, "
          "named consultant, start date 'to be agreed', scope 'to be completed' in an SSA-B appendix, "
          "the Government's standard terms for consultancy assistance (SSA-B) incorporated but not "
          "enclosed, weekly time-portal approval, EHF invoices via Peppol, 30 days net, "
          "forsinkelsesrenteloven, cancellation on 14 days' notice, no direct hire of the consultant "
          "for six months",
    labels={
        "payment-terms": P(
            "3. Payment is made 30 days net from receipt of a correct invoice."),
        "late-payment-remedy": P(
            "4. On late payment, interest is due in accordance with the Act relating to interest on overdue payments (forsinkelsesrenteloven)."),
        "termination-convenience": P(
            "5. Either party may cancel the remaining hours of this order by 14 days' written notice."),
        "non-solicitation": P(
            "6. During the assignment and for six months after it ends, Vestfjord Kraft AS shall not employ or engage the consultant named above directly or through another supplier without the Supplier's written consent."),
        "vague-terms": P(
            "Consultancy assistance, IT - see scope in SSA-B Appendix 1 (to be completed)",
            "Start date: to be agreed with the project manager."),
    }))
