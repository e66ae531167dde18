"""The hand-made judgements of benchmarks/unseen10: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen10)."""

SOURCE = "written for contract-analyzer as a tenth blind unseen-style check (unseen10)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="fi-it2018-project-agreement",
    type="project agreement for software delivery (Finland, translated) (unseen style)",
    style="Finnish project agreement on IT2018 terms in unofficial translation: Customer / Supplier "
          "with Business IDs, 1 / 1.1 numbering, appendices 1-4 with the IT2018 YSE and EHK terms "
          "incorporated but not attached, stages with dates, steering-group phase 2 'to be agreed', "
          "penalty for delay per commenced week capped at 7.5% and sole remedy, change record, "
          "acceptance testing with deemed acceptance on production use, VAT 25.5%, 21 days net and "
          "Interest Act (633/1982), force majeure only by reference to the YSE, Pirkanmaa District "
          "Court; balanced",
    labels={
        "scope-defined": P(
            ("4.1 The Supplier shall design, implement and deploy the Reitti application",
             "(kilometres per vehicle, on-time deliveries, stops per driver).")),
        "deliverables": P(
            "4.2 The Supplier shall deliver: the application installed in the Customer's Azure subscription; the source code and build scripts in the Customer's Git repository; an administrator's guide and a user guide in Finnish; and two training sessions of three hours, one for dispatchers and one for drivers."),
        "assumptions-exclusions": P(
            "4.3 The following do not form part of the delivery: mobile devices and their management, Lemonsoft licence fees or changes on the Lemonsoft side, map licences (acquired by the Customer in its own name), migration of historical routes, and maintenance after the warranty period, for which a separate maintenance agreement may be made."),
        "client-dependencies": P(
            ("5.1 The Customer shall name a product owner",
             "The Customer shall comment on specification documents within five (5) working days of receipt.")),
        "milestones": P(
            ("6.1 The project proceeds in three stages:",
             "Stage 3, deployment, training and start of production use: 28 August 2026.")),
        "client-delay-relief": P(
            "5.2 If the Customer is late with its contribution under 5.1 or an act or omission of the Customer otherwise delays the project, the Supplier's delivery times are extended by the period of the delay plus a reasonable restart time."),
        "delay-penalties": P(
            "6.3 If Stage 3 is delayed for a reason attributable to the Supplier, the Customer is entitled to a penalty for delay of 0.5 per cent of the price of the delayed stage for each commenced week of delay, at most 7.5 per cent of the total price."),
        "change-control": P(
            "A change is binding only when both contact persons have signed the change record."),
        "acceptance-criteria": P(
            "8.1 Each stage is accepted by acceptance testing carried out according to the acceptance test plan in Appendix 2. The criterion of acceptance is that the stage meets the requirements of Appendix 1 and that there are no errors of severity class 1 or 2 in the sense of Appendix 2."),
        "deemed-acceptance": P(
            "If the Customer does not give a written notice of the errors found within that time, or takes the stage into production use, the stage is considered accepted."),
        "rejection-remedy": P(
            "8.3 If errors are found, the Supplier shall correct them and deliver the stage to a new acceptance test within a reasonable time."),
        "security-obligations": W(
            "security duties tied to changing client policies",
            "9.1 The Supplier shall follow the Customer's information security policy, as amended by the Customer from time to time, when it processes the Customer's data or uses the Customer's systems."),
        "breach-notification": W(
            "breach notice without a deadline ('without undue delay')",
            "The Supplier shall notify the Customer of a personal data breach without undue delay after becoming aware of it."),
        "data-return-deletion": P(
            "9.3 When the agreement ends, the Supplier shall return the Customer's data in a generally used format and then delete it from its own systems, and shall confirm the deletion in writing on request."),
        "confidentiality": P(
            ("10.1 Each party shall keep confidential the material and information",
             "The obligation survives the termination of the agreement for five (5) years.")),
        "liability-cap": P(
            "15.1 The total liability of either party for damages under this agreement is limited to an amount equal to the price of the delivery excluding VAT."),
        "consequential-damages-exclusion": P(
            "15.2 Neither party is liable for indirect or consequential damage, such as loss of turnover or profit, loss of data or damage caused by interruptions to the other party's business."),
        "indemnification": P(
            "11.3 If a third party claims that the delivery infringes its intellectual property rights in Finland or in the EU, the Supplier shall defend the Customer at its own expense and compensate the amounts the Customer is ordered to pay"),
        "warranty": P(
            "12.1 The Supplier warrants that the delivered application operates substantially in accordance with Appendix 1 during six (6) months from the start of production use."),
        "ip-ownership-deliverables": P(
            "11.1 Ownership of and the intellectual property rights to the source code and documentation made specifically for the Customer under this agreement transfer to the Customer upon payment of the price of the relevant stage."),
        "background-ip-retained": P(
            "11.2 The Supplier retains the rights to its software libraries, tools and components that existed before this agreement or were developed independently of it."),
        "payment-terms": P(
            "13.2 Terms of payment: 21 days net from the date of the invoice."),
        "late-payment-remedy": P(
            "Interest on late payment is charged in accordance with the Interest Act (633/1982)."),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "14.1 The Customer may terminate the agreement at any time by giving thirty (30) days' written notice."),
        "termination-cause-cure": P(
            "14.2 Either party may cancel the agreement if the other party is in material breach of its obligations and has not remedied the breach within thirty (30) days of receiving a written notice identifying the breach."),
        "payment-on-termination": P(
            "In that case the Customer shall pay for the work done and the costs incurred by the date the termination takes effect, together with the price of any accepted stages."),
        "non-solicitation": P(
            "15.4 Neither party shall, during the agreement and six (6) months thereafter, actively recruit an employee of the other party who has worked in the project, without the written consent of the other party."),
        "governing-law": P(
            "16.1 The agreement is governed by the laws of Finland. Disputes that cannot be settled by negotiation are resolved in the Pirkanmaa District Court."),
        "vague-terms": P(
            "6.2 The dates of the possible second development phase (customer portal for recipients) will be agreed later in the steering group. Its price is to be agreed."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="ro-service-provision-contract",
    type="ERP implementation service contract (Romania, translated) (unseen style)",
    style="Romanian contract de prestări servicii in translation: number and date in the title, "
          "CHAPTER I-XVI with Art. n and (1) / a) items, S.C. ... S.R.L. with Trade Register J "
          "numbers, CUI and bank account, Provider / Beneficiary, lei with VAT 21%, 0.1% daily "
          "penalties both ways (the Provider's uncapped), Implementation Plan to be drawn up after "
          "signature, addendum for changes, acceptance report deemed signed, art. 1351 Civil Code "
          "force majeure with a Chamber of Commerce certificate, unilateral denunciation, reziliere "
          "by right after a notice of default, court at the Provider's seat; Provider-favourable",
    labels={
        "scope-defined": P(
            ("Art. 2. (1) The object of the contract is the provision by the Provider of services of implementation",
             "and connection to the accounting module already used by the Beneficiary.")),
        "deliverables": P(
            "(2) Upon completion, the Provider hands over to the Beneficiary: the configured system in the production environment; the implementation file (analysis, configuration parameters, import reports); the user manual in Romanian; and the training of up to 12 users, in two sessions at the Beneficiary's premises."),
        "assumptions-exclusions": P(
            ("(3) The following are not included in the object of the contract",
             "and the configuration of any other warehouse than those in paragraph (1).")),
        "client-dependencies": P(
            ("Art. 6. The Beneficiary undertakes:",
             "c) to ensure remote access (VPN) and access to its premises for the Provider's team;")),
        "client-delay-relief": P(
            "Art. 7. (1) Where the Beneficiary does not fulfil the obligations in Art. 6 on time, the deadlines of the Implementation Plan are extended by the duration of the delay, and the Provider does not owe penalties for that period."),
        "force-majeure": P(
            "Art. 14. (1) Force majeure, as defined by art. 1351 of the Civil Code, exonerates the Parties from liability for non-performance or late performance of the obligations, for as long as it acts."),
        "delay-penalties": W(
            "liquidated damages uncapped (the penalties are expressly outside the liability cap)",
            "Art. 13. (1) If the Provider does not meet the deadlines of the Implementation Plan for reasons attributable to it, the Beneficiary may charge penalties of 0.1% per day of delay from the value of the services not performed.",
            "(2) Apart from the penalties in paragraph (1), the total liability of the Provider"),
        "change-control": P(
            ("Art. 8. Any modification of the object of the contract is requested in writing by the Beneficiary by a change request.",
             "The modification becomes binding only by an addendum signed by both Parties; until then the Provider continues the services according to the contract in force.")),
        "acceptance-criteria": P(
            "Acceptance is performed by running the test scenarios of the Implementation Plan; the stage is accepted if all test scenarios have been executed without blocking errors."),
        "deemed-acceptance": P(
            "If it does neither, the acceptance report is considered signed without objections on the expiry of this period."),
        "rejection-remedy": P(
            "(3) In the case of reasoned objections, the Provider remedies the non-conformities found and notifies the stage again for acceptance, in the conditions of paragraph (1)."),
        "confidentiality": W(
            "confidentiality with no survival (only during the term of the contract)",
            "Art. 12. The Parties undertake to keep confidential the information received from each other in connection with this contract and not to disclose it to third parties without the prior written consent of the other Party, during the term of this contract."),
        "liability-cap": P(
            "may not exceed the value of the amounts actually received by the Provider under this contract in the 6 months preceding the event."),
        "consequential-damages-exclusion": P(
            "(3) The Provider is not liable for the loss of profit, loss of data, loss of production or any indirect damage suffered by the Beneficiary."),
        "warranty": P(
            "Art. 10. (1) The Provider guarantees the correct functioning of the configurations performed for a period of 3 months from final acceptance and remedies free of charge the non-conformities notified in this period."),
        "warranty-disclaimer": P(
            "(2) Other than as provided in paragraph (1), the Provider gives no other guarantees, express or implied, including as to fitness for a particular purpose of the Beneficiary."),
        "ip-ownership-deliverables": P(
            "(2) The configurations and the specific documentation made for the Beneficiary remain the property of the Provider."),
        "background-ip-retained": P(
            "Art. 11. (1) The DataPunct ERP system, its modules, the configuration templates and all tools of the Provider remain the exclusive property of the Provider, also with regard to the improvements made during the performance of this contract."),
        "payment-terms": P(
            "(2) The Beneficiary pays each invoice within 10 (ten) days from its issuance, by bank transfer into the Provider's account indicated in Art. 1."),
        "late-payment-remedy": P(
            ("(3) For delay in payment the Beneficiary owes penalties of 0.1% per day of delay from the amount not paid.",
             "the Provider may suspend the performance of the services until payment, and the deadlines of the Implementation Plan are extended accordingly.")),
        "termination-convenience": P(
            "c) by unilateral denunciation by either Party, with a 30 days' prior written notice, without having to state reasons;"),
        "termination-cause-cure": P(
            "If the defaulting Party does not remedy the default within 15 days of receipt of the notice, the contract is terminated by right, without the intervention of the court, by a written notification."),
        "payment-on-termination": P(
            "(3) In all cases of termination, the Beneficiary pays the services performed up to the date of termination, on the basis of the timesheets of the Provider, at the rate of 380 lei/hour, up to the amount of the price in Art. 4."),
        "no-guarantee-results": P(
            "(2) The Provider performs the configuration on the basis of the data and information provided by the Beneficiary and is not responsible for their accuracy. The Provider does not guarantee that the implementation will lead to a certain reduction of stocks or costs, which depends on how the Beneficiary uses the system."),
        "non-solicitation": P(
            "Art. 16. During the contract and for 12 months after its termination, neither Party employs or engages, directly or through another person, the employees of the other Party who were involved in the project."),
        "governing-law": P(
            "Art. 17. (1) This contract is governed by Romanian law."),
        "vague-terms": P(
            "The go-live date will be agreed by the Parties in the Implementation Plan."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="gr-private-agreement-software",
    type="private agreement for software development (Greece, translated) (unseen style)",
    style="Greek private agreement (idiotiko symfonitiko) in translation: 'In Piraeus today, "
          "Wednesday 4 March 2026, the following contracting parties', S.A. and O.E. with G.E.MI., "
          "A.F.M. and D.O.Y., Board minutes, 'agreed, accepted and mutually declared', ARTICLE n - "
          "Heading with n.n, contract for work under art. 681 Civil Code, essential time limits, "
          "penalty clause irrespective of cause, receipt at the Company's absolute judgement, "
          "ownership on creation under Law 2121/1993, GDPR / Law 4624/2019, art. 700 withdrawal, "
          "Piraeus courts, two identical copies; Company (client)-favourable",
    labels={
        "scope-defined": P(
            ("2.1 The Contractor undertakes the design, development, installation and putting into operation",
             "(e) connection with the Company's invoicing software for the issuing of receipts to myDATA.")),
        "deliverables": P(
            "2.2 The Contractor shall hand over: the platform installed and operating on the Company's servers; the complete source code with comments; technical documentation; user manuals in Greek; and training of the Company's staff of up to twenty (20) hours."),
        "client-dependencies": P(
            "4.1 The Company shall appoint its Commercial Director as contact person, shall provide the Contractor with the texts, photographs, prices and routes within ten (10) days of the Contractor's request, and shall give access to the test environment of its acquiring bank and of its invoicing software by 20 March 2026."),
        "milestones": P(
            ("3.1 The work shall be performed in the following phases:",
             "Phase C – boarding application, connection to invoicing, training and go-live: by 5 June 2026, before the start of the summer season.")),
        "client-delay-relief": W(
            "relief for client delay only at the client's discretion",
            "3.3 The Contractor may not invoke a delay of the Company as a reason for extension, unless the Company, at its absolute judgement, has granted an extension in writing."),
        "force-majeure": P(
            "12.1 Neither party shall be liable for failure or delay in the performance of its obligations caused by force majeure"),
        "time-of-essence": P(
            "3.2 The parties agree that the above time limits are essential terms of this agreement."),
        "delay-penalties": W(
            "liquidated damages uncapped and regardless of cause",
            "6.1 For each calendar day of delay in the completion of any phase, the Contractor owes a penalty of three hundred euros (€300), irrespective of the cause of the delay."),
        "acceptance-criteria": W(
            "acceptance in the client's sole discretion and subjective",
            "The Company shall receive the work if, at its absolute judgement, it is satisfied that the work corresponds to the agreement and to its needs."),
        "rejection-remedy": W(
            "unlimited re-performance",
            "5.2 If the Company finds defects or deviations, the Contractor is obliged to correct them without additional charge and to deliver again, as many times as needed, until the work is received by the Company."),
        "breach-notification": P(
            "The Contractor shall inform the Company of any breach of personal data at once and in any case within twenty-four (24) hours of becoming aware of it."),
        "confidentiality": P(
            ("10.1 Each party shall keep secret any information of the other party",
             "This obligation continues for three (3) years after the end of the agreement.")),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited",
            "11.1 The Contractor shall indemnify and hold harmless the Company against any claim, loss, fine or expense of any kind that arises from the work or from any act or omission of the Contractor or its personnel."),
        "insurance": P(
            "11.2 The Contractor shall maintain, throughout the duration of this agreement and of the warranty, professional liability insurance with cover of at least three hundred thousand euros (€300,000) per event, and shall present the policy to the Company upon signature."),
        "warranty": W(
            "warranty longer than 12 months (24 months)",
            "8.1 The Contractor warrants that the platform will operate without defects and in accordance with article 2 for twenty-four (24) months from the go-live."),
        "ip-ownership-deliverables": W(
            "IP passing to the client before payment (on creation)",
            "9.1 The Company acquires, upon creation, the full ownership and all the property rights of intellectual property on the platform, the source code, the designs and the documentation"),
        "payment-terms": W(
            "payment due later than 45 days (60 days, and only after the signed receipt protocol)",
            "7.2 Each instalment is paid within sixty (60) days from the issuing of the relevant invoice, provided that the protocol of receipt of the phase has been signed."),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "13.1 The Company may withdraw from the agreement at any time, in accordance with article 700 of the Civil Code, by written notice to the Contractor."),
        "termination-cause-cure": P(
            "13.2 Either party may terminate the agreement for a material breach of the other party, provided that it has first invited the other party in writing to remedy the breach and the breach has not been remedied within fifteen (15) days."),
        "payment-on-termination": P(
            "13.3 In case of termination for any reason other than a breach of the Contractor, the Company shall pay to the Contractor the fee corresponding to the work performed up to the date of termination, together with any instalments already due."),
        "governing-law": P(
            "14.1 This agreement is governed by Greek law. For any dispute arising from it, the courts of Piraeus are exclusively competent."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="un-agency-professional-services-contract",
    type="donor-funded UN professional services contract (unseen style)",
    style="UN subsidiary organ's contract for professional services with an institutional "
          "contractor in Amman, funded by an EU humanitarian grant: cover block (contract no., "
          "funding source with a masked grant number, fixed amount, commencement on last "
          "signature), General Conditions on the web page and not reproduced, Terms of Reference "
          "and security annex 'attached' but absent, output-based deliverables table with one date "
          "'to be agreed with the Project Manager', certification 'to the satisfaction of the "
          "Organization', tax exemption, key personnel, vesting on creation, UNCITRAL arbitration "
          "on general principles of international commercial law, privileges and immunities, "
          "donor audit and visibility; Organization (client)-favourable",
    labels={
        "deliverables": P(
            ("| D1 | Inception report, including validated requirements, data model and work plan",
             "| D5 | Handover package: source code, administrator documentation, final report | 30 November 2026 | 10 |")),
        "milestones": P(
            ("| D1 | Inception report, including validated requirements, data model and work plan | 15 April 2026 | 10 |",
             "| D3 | Referral module with partner portal, SMS notifications and Arabic/English interface | 31 August 2026 | 30 |")),
        "change-control": P(
            "3.3 No change to the Terms of Reference, the deliverables or the contract amount shall be made except by a written amendment to this Contract signed by the Contractor and by the Chief of Procurement of the Organization."),
        "acceptance-criteria": W(
            "acceptance subjective ('to the satisfaction of the Organization'), with no time limit",
            "3.2 Each deliverable shall be submitted to the UN-HDS Project Manager, Information Management Unit, who shall certify whether it has been completed to the satisfaction of the Organization."),
        "rejection-remedy": W(
            "unlimited re-performance (revise and resubmit until certified)",
            "A deliverable that is not certified shall be revised by the Contractor and resubmitted."),
        "security-obligations": W(
            "security duties tied to changing client policies",
            "6.1 The Contractor shall comply with the Organization's policies on information and communications technology security and on the protection of personal data of persons of concern, as issued and updated by the Organization from time to time."),
        "breach-notification": W(
            "breach notice without a deadline ('promptly')",
            "6.2 The Contractor shall inform the Organization promptly of any actual or suspected unauthorised access to, disclosure of or loss of data of persons of concern."),
        "data-return-deletion": P(
            "6.3 Upon completion or termination of the Contract, the Contractor shall return to the Organization all data of persons of concern and all copies thereof, and shall securely erase any such data remaining on its systems and those of its sub-contractors, confirming the erasure in writing within ten (10) days."),
        "confidentiality": W(
            "confidentiality protecting only the client",
            "7.1 The Contractor shall treat as confidential all information, documents and data that come to its knowledge in the performance of this Contract"),
        "insurance": P(
            "9.1 The Contractor shall maintain, for the duration of the Contract, professional indemnity insurance with a limit of not less than USD 500,000 per claim"),
        "ip-ownership-deliverables": W(
            "IP passing to the client before payment (on creation)",
            "8.1 All intellectual property and other proprietary rights in any materials, software, source code and documentation created by the Contractor under this Contract shall vest in the Organization upon their creation"),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "10.1 The Organization may terminate this Contract, in whole or in part, at any time, by giving the Contractor thirty (30) days' written notice"),
        "payment-on-termination": P(
            "10.2 In the event of termination under clause 10.1, the Organization shall pay the Contractor for the deliverables satisfactorily completed and certified before the date of termination and for verifiable work in progress on the next deliverable, in proportion to the work actually performed."),
        "governing-law": W(
            "governing law that floats (no national law: general principles of international commercial law)",
            "The arbitral tribunal shall decide on the basis of general principles of international commercial law"),
        "vague-terms": P(
            "| D4 | Production deployment, data migration from the legacy KoBo forms and training of 40 partner staff | to be agreed with the Project Manager | 20 |"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="gitlab-issue-work-order",
    type="issue-tracker ticket used as a work order (unseen style)",
    style="GitLab issue export used as the work order for an external Estonian developer: issue "
          "number and title, metadata line (assignee, reviewer, labels with ~, milestone with %, "
          "due date, time tracking estimate, confidential flag), Markdown sections (Why, Scope "
          "checklist with - [ ], Out of scope, Technical notes, What we provide, Gherkin acceptance "
          "scenarios in a code fence, Commercial, Changes), then an Activity thread of comments "
          "agreeing review, bug-fix period, ownership and helper libraries, system notes for due-date "
          "changes and a /label quick action; balanced",
    labels={
        "scope-defined": P(
            ("- [ ] Checkout: new shipping method \"Omniva pakiautomaat\"",
             "- [ ] Unit tests for the price/weight rules and an integration test against the Omniva test environment")),
        "deliverables": P(
            "Deliverables: merge request(s) against `main`, passing pipeline, a short `docs/shipping/omniva.md` (config, how to renew the API credentials, known limits)."),
        "assumptions-exclusions": P(
            ("## Out of scope", "- anything in the warehouse WMS")),
        "client-dependencies": P(
            ("- Omniva test API credentials and the contract customer number by **Mon 2026-03-30** (Märten)",
             "- a reviewer within 2 working days of each \"ready for review\"")),
        "milestones": P(
            "Milestone: %\"2026.05 spring release\" · Due date: 2026-04-24"),
        "client-delay-relief": P(
            "If the credentials or staging come later than that, the due date moves by the same number of days."),
        "change-control": P(
            "Anything that is not in the Scope checklist goes into a new issue with its own estimate. Märten approves it in a comment before any work starts; until then it is not part of this order."),
        "acceptance-criteria": P(
            ("```gherkin", "Done = all scenarios pass on staging, pipeline green, docs merged.")),
        "deemed-acceptance": P(
            "1. Review: if I put an MR to \"ready\" and nobody reviews within 5 working days, I will take it as accepted and close my part."),
        "rejection-remedy": P(
            "If review finds issues, I fix them and re-request review, that is normal."),
        "security-obligations": W(
            "security duty with no standard (keys kept 'sensible')",
            "5. I will keep the API keys sensible (not in the repo, not in Slack)."),
        "data-return-deletion": P(
            "One more: delete your copy of the orders DB when the issue is closed and write here that you did."),
        "warranty": P(
            "2. Bugs in what I built that you find within 30 days after merge I fix for free."),
        "ip-ownership-deliverables": P(
            "3. The code I write for this is yours once the invoice is paid."),
        "background-ip-retained": W(
            "background IP reserved only if listed",
            "I will list them in the MR description and they stay mine, you can use them in the shop forever."),
        "no-guarantee-results": P(
            "4. I cannot promise anything about Omniva's API uptime or rate limits."),
        "vague-terms": P(
            "- Go-live date: TBD (depends on when our Omniva business contract is signed)."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="gh-managed-ict-support-agreement",
    type="managed ICT support services agreement (Ghana) (unseen style)",
    style="Ghanaian managed ICT support agreement for a savings and loans company: Part A "
          "Particulars of Agreement as an 'Item | Subject | Particulars' table (companies under Act "
          "992, TIN, term and renewal, payment period, Bank of Ghana policy rate interest, liability "
          "cap 'GH¢ [●]', insurers licensed by the NIC, termination without cause, cure period, "
          "Ghana Arbitration Centre under Act 798), Part B Schedules as tables (service elements, "
          "branches, exclusions, client responsibilities, P1-P3 service levels with capped credits, "
          "charges in GH¢ with VAT, NHIL and GETFund), Part C short General Terms referring back to "
          "the Items (Act 1038, BoG cyber directive, Act 843); balanced",
    labels={
        "scope-defined": P(
            ("| S1 | Service desk |", "| S6 | Reporting | Monthly service report and service review meeting |")),
        "assumptions-exclusions": P(
            ("Exclusions (not part of the Services, chargeable at the rates in Schedule 3 if requested):",
             "(e) faults in the carriers' links.")),
        "client-dependencies": P(
            ("Client responsibilities: The Client shall (i) give the Provider's engineers access to the Sites",
             "(iv) ensure a staff member at each branch is available to assist remote diagnosis.")),
        "client-delay-relief": P(
            "No Service Credit is due for a failure caused by an item in the Exclusions or by the Client's failure to perform its responsibilities."),
        "force-majeure": P(
            "11. Force majeure. A party is not liable for any delay or failure to perform that results from an event outside its reasonable control"),
        "delay-penalties": P(
            ("| P1 | Head office or 3+ branches unable to transact | 30 minutes | 4 hours | 2% of monthly Charges per incident |",
             "Service Credits in any month shall not exceed 10% of the monthly Charges for that month")),
        "change-control": P(
            "No change is effective until the Change Request form is signed by both Representatives."),
        "security-obligations": P(
            "3. Security. The Provider shall operate the Services in line with ISO/IEC 27001 controls, the Cyber Security Act, 2020 (Act 1038) and the Bank of Ghana Cyber and Information Security Directive as they apply to an outsourced provider, including multi-factor authentication for all privileged access and encrypted off-site backups."),
        "breach-notification": P(
            "The Provider shall notify the Client of any security breach affecting Client Data within 48 hours of discovering it."),
        "data-return-deletion": P(
            "return all Client Data and credentials, and then delete Client Data from its systems, certifying the deletion in writing."),
        "confidentiality": P(
            "5. Confidentiality. Each party shall keep the other's Confidential Information confidential and use it only for this Agreement. This clause survives for 5 years after termination, and indefinitely for customer information of the Client."),
        "liability-cap": W(
            "a cap with no amount (Item 12 is 'GH¢ [●]')",
            "| 12 | Liability cap | GH¢ [●] in aggregate per Contract Year |",
            "8. Liability. Each party's total liability arising out of this Agreement shall not exceed the amount stated in Item 12 of Part A."),
        "consequential-damages-exclusion": P(
            "Neither party is liable for loss of profit, loss of business or any indirect or consequential loss."),
        "indemnification": P(
            "9. Indemnities. Each party indemnifies the other against third-party claims arising from its breach of clause 4 or clause 5."),
        "insurance": P(
            "| 13 | Insurance | Professional indemnity GH¢ 2,000,000; public liability GH¢ 1,000,000; with insurers licensed by the National Insurance Commission |"),
        "warranty-disclaimer": P(
            "All other warranties and conditions, whether express or implied by statute or otherwise, are excluded."),
        "background-ip-retained": P(
            "10. Provider tools. The monitoring platform, scripts and documentation templates of the Provider remain its property"),
        "payment-terms": P(
            "| 10 | Payment period | 30 days from receipt of a valid VAT invoice |"),
        "late-payment-remedy": P(
            "| 11 | Late payment | Interest at the Bank of Ghana Monetary Policy Rate plus 2% per annum on overdue sums; right to suspend non-critical Services after a further 14 days' written notice |"),
        "termination-convenience": P(
            "| 14 | Termination without cause | Either party, on 90 days' written notice, but not to take effect before the end of month 12 |"),
        "termination-cause-cure": P(
            "| 15 | Cure period | 21 days after written notice of breach |",
            "or for a material breach not remedied within the cure period in Item 15"),
        "payment-on-termination": P(
            "On any termination the Client shall pay the Charges up to the date of termination and for any exit work under clause 6 at the rates in Schedule 3."),
        "no-guarantee-results": P(
            "7. Warranties. The Provider does not warrant that the Client's systems will be free of interruption, malware or data loss"),
        "non-solicitation": W(
            "non-solicitation ending with the contract (during the Term only)",
            "13. Non-solicitation. While this Agreement is in force, neither party shall approach with a view to hiring any employee of the other who is engaged in the Services."),
        "governing-law": P(
            "| 18 | Governing law | Laws of the Republic of Ghana |"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="pk-bank-software-development-agreement",
    type="bank software development and implementation agreement (Pakistan) (unseen style)",
    style="Pakistani bank's software development agreement: non-judicial stamp paper note, 'made "
          "and entered into at Karachi on this ____ day of', FIRST PART / SECOND PART with 'which "
          "expression shall, unless repugnant to the context', NTN and Sindh Sales Tax registration, "
          "WHEREAS A-C with RFP and Letter of Award, 'NOW, THEREFORE, THIS AGREEMENT WITNESSETH', "
          "scope only by reference to the RFP and Proposal, milestone table in weeks with a Go-Live "
          "'to be mutually agreed', Rs. amounts with '/-', uncapped liquidated damages, UAT sign-off "
          "in the Bank's sole discretion, SBP framework, OWASP MASVS and PCI DSS, section 153 "
          "withholding, PACRA/VIS-rated insurers, Arbitration Act 1940, CNIC witnesses; "
          "Bank (client)-favourable",
    labels={
        "deliverables": W(
            "deliverables left partly to documents outside the contract (the RFP)",
            "2.2 The Deliverables include the Application, its source code, the middleware adapters to the Bank's core banking system and such other documents, reports and items as are specified in the RFP."),
        "milestones": P(
            ("| M1 | Requirement sign-off and UI/UX designs | 6 weeks | 10% |",
             "| M4 | Security testing cleared and UAT sign-off | 26 weeks | 20% |")),
        "client-delay-relief": W(
            "relief for client delay only at the client's discretion",
            "3.3 Where the Vendor is delayed by reason of any act or omission of the Bank, the Bank may, in its sole discretion and upon written request of the Vendor made within 7 days of such delay, extend the period for the affected Milestone."),
        "force-majeure": P(
            "15.1 Neither Party shall be liable for any delay or failure in performance caused by a Force Majeure event"),
        "time-of-essence": P(
            "3.2 Time shall be of the essence of this Agreement with respect to each Milestone."),
        "delay-penalties": W(
            "liquidated damages uncapped ('without any maximum limit')",
            "the Vendor shall pay to the Bank, as liquidated damages and not as a penalty, a sum equal to 0.5% of the Contract Price for each day of delay, without any maximum limit"),
        "change-control": P(
            "The Vendor shall not implement any Change Request unless it has been approved in writing by the Bank's Head of Digital Banking, together with any revised price and timeline."),
        "acceptance-criteria": W(
            "acceptance in the client's sole discretion, with no time limit",
            "A Milestone shall be deemed complete only when the Bank issues a written UAT sign-off certificate, which the Bank may issue or withhold in its sole discretion."),
        "security-obligations": P(
            "8.1 The Vendor shall develop and operate the Application in compliance with the SBP Enterprise Technology Governance and Risk Management Framework, the OWASP Mobile Application Security Verification Standard (level 2) and PCI DSS v4.0 to the extent card data is processed."),
        "breach-notification": P(
            "8.2 The Vendor shall report any information security incident affecting the Bank's data or systems to the Bank's Chief Information Security Officer within twenty-four (24) hours of its detection."),
        "data-return-deletion": P(
            "8.3 On completion or termination of this Agreement, the Vendor shall hand over to the Bank, and then permanently delete from its own systems, all Bank data, test data and credentials"),
        "confidentiality": P(
            ("9.1 Each Party shall hold the other Party's confidential information",
             "This obligation shall survive the termination of this Agreement for a period of five (5) years, and without limit of time as to customer information.")),
        "liability-cap": W(
            "a cap protecting only the client",
            "12.2 The Bank's total liability to the Vendor, howsoever arising under this Agreement, shall in no event exceed the amounts paid by the Bank under this Agreement in the preceding twelve (12) months."),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited",
            "12.1 The Vendor shall indemnify and keep indemnified the Bank, its directors and employees against all losses, damages, penalties imposed by SBP, claims and costs whatsoever arising out of the performance or non-performance of this Agreement by the Vendor, its employees or subcontractors."),
        "insurance": P(
            "professional indemnity insurance of not less than Rs. 50,000,000/- and employee fidelity cover"),
        "warranty": P(
            "11.1 The Vendor warrants that the Application shall perform in accordance with the requirements of the RFP for a period of twelve (12) months from Go-Live"),
        "ip-ownership-deliverables": W(
            "IP passing to the client before payment (from creation)",
            "10.1 All rights, title and interest, including all intellectual property rights, in the Application, its source code and all Deliverables shall vest in the Bank absolutely from the moment of their creation."),
        "payment-terms": W(
            "payment due later than 45 days (60 days)",
            "7.2 Payment of each Milestone shall be made within sixty (60) days of receipt by the Bank of a correct invoice accompanied by the relevant sign-off certificate."),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "14.1 The Bank may at any time terminate this Agreement on thirty (30) days' notice in writing to the Vendor, without assigning any reason and without any liability to the Vendor for compensation or loss of profit."),
        "termination-cause-cure": P(
            "14.2 Either Party may, by notice in writing, terminate this Agreement where the other Party is in material breach and has failed to remedy such breach within thirty (30) days of a written notice specifying the breach."),
        "governing-law": P(
            "16.1 This Agreement shall be governed by the laws of the Islamic Republic of Pakistan."),
        "vague-terms": P(
            "Go-Live Date: to be mutually agreed"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="whatsapp-job-agreed-by-messages",
    type="IT job agreed by chat messages (unseen style)",
    style="WhatsApp chat export between a Maltese one-man IT business and a dental clinic in "
          "Sliema: '[dd/mm/yyyy, hh:mm] Name: message' lines (one with a missing space), "
          "multi-line messages with numbered and dashed lists, emojis, a fixed labour price in € "
          "with kit at cost, a drive price 'tbc' confirmed later by 'ok', the clinic's "
          "insurance question, 'the boring bit' terms, security measures listed on request, "
          "password sheet in an envelope, an attached invoice; provider-favourable",
    labels={
        "scope-defined": P(
            ("1) replace the ISP router's Wi-Fi with 2 ceiling access points",
             "6) show you and Rita how to check the backup ran (5 min job)")),
        "assumptions-exclusions": P(
            "Not included: running new cables through walls"),
        "client-dependencies": P(
            "Also need from you before then: admin login for the router (or the ISP's account so I can ring them), the login for the imaging PC, and someone who can tell me which folders are actually important."),
        "milestones": P(
            "Saturday 14 March from 13:00, should be finished by Sunday lunchtime latest."),
        "deemed-acceptance": W(
            "deemed acceptance on live use ('once you're all back working')",
            "- once you're all back working on Monday morning I'll count the job as done and send the invoice"),
        "security-obligations": P(
            "Wi-Fi on WPA3 with a long passphrase, guest network isolated, NAS drives encrypted, the NAS admin account with two-factor on your phone, automatic updates on, remote access to the NAS switched off unless you ask for it"),
        "data-return-deletion": P(
            "And when I'm done I'll give you a printed sheet with every password and delete them from my phone and laptop."),
        "liability-cap": P(
            "- if something goes wrong because of my work, the most I'd be on the hook for is what you paid me for the job."),
        "consequential-damages-exclusion": P(
            "I'm not responsible for lost appointments or income if the internet or a PC goes down"),
        "insurance": P(
            "Yes, professional indemnity €250k and public liability, I'll email you the certificates tonight"),
        "warranty": P(
            "- if anything I set up isn't working right in the first 30 days, message me and I come back and fix it free"),
        "payment-terms": P(
            "- pay by bank transfer within 7 days of the invoice please."),
        "late-payment-remedy": P(
            "After 30 days I add €25 admin and interest"),
        "no-guarantee-results": P(
            "- I can't promise anything about your internet speed, that's the ISP line, the Wi-Fi will be fast but the line is the line"),
        "vague-terms": P(
            "The second set of drives for the offsite USB: price tbc, depends what's in stock at the supplier"),
    },
))
