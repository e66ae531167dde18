"""The hand-made judgements of benchmarks/unseen8: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen8)."""

SOURCE = "written for contract-analyzer as an eighth blind unseen-style check (unseen8)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="tr-software-services-contract",
    type="software development and integration contract (Turkey, translated) (unseen style)",
    style="Turkish eser sözleşmesi in unofficial translation: the Service Provider / the Customer, A.Ş. "
          "and Ltd. Şti. with trade registry and MERSIS numbers, legal notification addresses, "
          "'Article n - Heading' with n.n, TCO 6098 (470 contract for work, 124 no additional period), "
          "TCC 22 penalty waiver, Law 5846 economic rights, KVKK 6698 and the 72-hour Board notice, "
          "TRY plus VAT, stamp duty, acceptance committee, HMK 193 evidence agreement, Istanbul "
          "(Çağlayan) courts and enforcement offices; scope and deliverables only in an unattached "
          "Annex-1; Customer-favourable",
    labels={
        "milestones": P(
            "3.1 The Service Provider shall complete the work and deliver it to the Customer for acceptance within 120 (one hundred and twenty) calendar days from the date of signature of this Contract."),
        "client-delay-relief": W(
            "relief for client delay only at the client's discretion",
            "The Customer may, at its discretion, extend the term of the work by a period it considers appropriate."),
        "force-majeure": P(
            "A Party affected by force majeure is not responsible for the delay or failure during the event"),
        "delay-penalties": P(
            "8.1 If the work is not delivered within the term stated in Article 3.1 for reasons attributable to the Service Provider, the Service Provider shall pay the Customer a penalty of 0.2% (two per thousand) of the Contract Price for each calendar day of delay. The total penalty shall not exceed 10% of the Contract Price."),
        "change-control": P(
            ("6.1 The Customer may request changes in the work described in Annex-1.",
             "The Service Provider shall not perform, and no payment shall be made for, any change not covered by a signed change protocol.")),
        "acceptance-criteria": W(
            "acceptance in the client's sole discretion",
            "7.2 The decision of the acceptance committee as to whether the work is acceptable is made at the Customer's sole discretion and is final."),
        "rejection-remedy": W(
            "unlimited re-performance (resubmission as many times as the committee requires)",
            "7.3 The deficiencies stated in the minutes shall be remedied by the Service Provider free of charge within the period given by the committee, and the work shall be resubmitted for acceptance as many times as the committee requires until the Acceptance Certificate is signed."),
        "security-obligations": P(
            "The Service Provider shall take the technical and administrative measures stated in the Personal Data Security Guide published by the Personal Data Protection Authority, keep access logs for two years, encrypt personal data at rest and in transit, and hold ISO/IEC 27001 certification throughout the term."),
        "breach-notification": P(
            "11.3 The Service Provider shall notify the Customer in writing within 24 hours of learning that personal data has been obtained by others unlawfully"),
        "data-return-deletion": P(
            "11.4 Upon the end of the Contract the Service Provider shall return all personal data and confidential information of the Customer, delete all copies in its systems, and confirm the deletion in writing within 15 days."),
        "confidentiality": P(
            ("11.1 Each Party shall keep confidential all commercial, technical and financial information",
             "This obligation continues for 5 (five) years after the end of the Contract.")),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited",
            "5.3 The Service Provider shall indemnify the Customer in full and without delay for all damages, penalties, compensation and expenses which the Customer is obliged to pay to third parties or to public authorities because of the acts or omissions of the Service Provider or its personnel, including claims of its personnel, with no upper limit, together with legal interest from the date of payment."),
        "warranty": W(
            "warranty longer than 12 months (24 months)",
            "9.1 The Service Provider warrants that the work will operate in conformity with Annex-1 for 24 (twenty-four) months from the date of the Acceptance Certificate"),
        "ip-ownership-deliverables": P(
            ("10.1 All economic rights of reproduction, distribution, adaptation, performance and communication to the public",
             "The transfer takes effect upon payment in full of the Contract Price.")),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "13.2 The Customer may also terminate the Contract at any time by giving 15 (fifteen) days' written notice, without giving any reason."),
        "termination-cause-cure": W(
            "termination without a cure period (no additional period under TCO Art. 124)",
            "13.1 If the Service Provider breaches any of its obligations under this Contract, the Customer may terminate the Contract immediately by written notice, without being obliged to grant an additional period within the meaning of Article 124 of the TCO, and claim its damages."),
        "governing-law": W(
            "asymmetric forum (the Customer may also sue at the provider's domicile)",
            ("14.2 This Contract is governed by the laws of the Republic of Turkey.",
             "The Customer may also bring an action at the courts of the place where the Service Provider is domiciled.")),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="vn-software-outsourcing-contract",
    type="software outsourcing services contract (Vietnam, translated) (unseen style)",
    style="Vietnamese hợp đồng dịch vụ in reference translation: national motto header, contract number "
          "with HDDV, 'Pursuant to' the Civil Code 2015, Commercial Law 2005 and IT Law, Party A "
          "(Service User) / Party B (Service Provider) with enterprise codes and legal representatives, "
          "ARTICLE n. with n.n. and a)-e) items, VND in figures and words plus 10% VAT, acceptance "
          "minutes and contract liquidation minutes, Commercial Law Art. 301 8% penalty cap and Art. "
          "306 overdue interest, Civil Code Art. 156 force majeure, VIAC arbitration in Hanoi, copies "
          "kept by each party",
    labels={
        "scope-defined": P(
            ("1.1. Party B undertakes to design, program, test and deploy for Party A a warehouse and delivery management system",
             "e) integration with Party A's accounting software through the interface described in Appendix 01.")),
        "deliverables": P(
            "Upon completion Party B shall hand over: the Software installed on Party A's servers; the Android application published to Party A's internal distribution channel; the source code on a storage device; the user manual and the administrator manual in Vietnamese; and the test report."),
        "assumptions-exclusions": P(
            ("1.2. The following items are not included in this Contract:",
             "Party B's price assumes that Party A's warehouses use no more than 30 concurrent users.")),
        "client-dependencies": P(
            ("5.1. To provide Party B in a timely manner with the information",
             "5.4. To appoint a project leader with authority to decide on behalf of Party A.")),
        "milestones": P(
            ("3.1. The Software shall be performed according to the following schedule:",
             "- Stage 4, deployment and user training: from 19 October 2026 to 13 November 2026.")),
        "client-delay-relief": P(
            "3.2. If Party A is late in providing information, approving the design document or arranging its staff for testing, the schedule of the stage concerned and of the following stages is extended by the number of days of Party A's delay."),
        "force-majeure": P(
            "12.2. The party affected by a force majeure event shall notify the other party within 05 days and is not liable for the delay or non-performance during the force majeure event."),
        "delay-penalties": P(
            ("11.1. If Party B is late in completing Stage 4 for reasons attributable to Party B,",
             "in accordance with Article 301 of the Commercial Law.")),
        "change-control": P(
            "Any addition or change to the modules in Article 1 shall be agreed in a written appendix to this Contract signed by the legal representatives of both parties, stating the additional price and the adjusted schedule."),
        "acceptance-criteria": P(
            "7.1. Acceptance testing shall be carried out on the test scenarios agreed by the two parties at the end of Stage 1. The Software passes acceptance when all test scenarios have been run and there is no error of Critical level and no more than 10 errors of Minor level remain open."),
        "deemed-acceptance": P(
            "If Party A neither signs nor sends comments within that period, the stage is considered accepted."),
        "rejection-remedy": P(
            "7.3. Party B shall correct the errors listed by Party A within 10 working days and notify Party A to carry out acceptance again for the corrected items."),
        "security-obligations": W(
            "security duties with no standard, tied to the client's changing policies",
            "6.2. To comply with the information security regulations of Party A as issued and amended by Party A from time to time when accessing Party A's systems."),
        "breach-notification": W(
            "breach notice without a deadline ('promptly')",
            "6.3. Where Party B detects that Party A's information has been disclosed or accessed without authorisation, Party B shall promptly inform Party A."),
        "confidentiality": W(
            "confidentiality protecting only the client, with no survival",
            "6.4. Party B shall keep confidential all information, documents and data of Party A that it receives in the course of performing this Contract and shall not disclose them to any third party without the written consent of Party A."),
        "liability-cap": P(
            "11.2. The total liability of each party for compensation for damages under this Contract shall not exceed the contract value stated in Article 4.1."),
        "warranty": P(
            "Party B warrants the Software for 06 months from the date of signing the acceptance minutes of Stage 4."),
        "ip-ownership-deliverables": P(
            "10.1. After Party A has paid the full contract value, Party A owns the copyright in the Software and the source code handed over under Article 2."),
        "background-ip-retained": P(
            "10.2. The program libraries, frameworks and tools that Party B developed before this Contract and uses in the Software remain the property of Party B."),
        "payment-terms": P(
            ("4.2. Payment shall be made by bank transfer in three instalments:",
             "- Instalment 3: 20% of the contract value within 15 days from the date both parties sign the contract liquidation minutes.")),
        "late-payment-remedy": P(
            "4.3. If Party A pays late, Party A shall pay interest on the late amount at the average interest rate for overdue debts on the market at the time of payment, in accordance with Article 306 of the Commercial Law, for the period of delay."),
        "termination-cause-cure": P(
            "13.1. A party may unilaterally terminate this Contract if the other party seriously violates its obligations and fails to remedy the violation within 15 days from receipt of a written notice requesting remedy."),
        "payment-on-termination": P(
            "13.2. In case of termination, the two parties shall prepare minutes confirming the volume of work that Party B has completed, and Party A shall pay Party B for that volume after deducting the amounts already paid."),
        "non-solicitation": W(
            "non-solicitation ending with the contract",
            "13.3. During the term of this Contract neither party shall recruit the employees of the other party who participate in the project."),
        "governing-law": P(
            ("This Contract is governed by the law of Vietnam.",
             "the dispute shall be settled by arbitration at the Vietnam International Arbitration Centre (VIAC) in Hanoi under its Rules of Arbitration.")),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="ch-software-maintenance-agreement",
    type="software maintenance and support agreement (Switzerland) (unseen style)",
    style="Swiss Wartungs- und Supportvertrag in an equally authentic English version, on the "
          "supplier's paper: Supplier / Customer as AG with UID numbers, 'between ... and ...' "
          "heading, short numbered sections with a)-e) items, mandate under Art. 394 CO ('careful "
          "activity, not a particular result'), priorities 1-3 with response times and capped "
          "credits, CHF fees annually in advance, default interest under Art. 104 CO, FADP Art. 9 "
          "processing, Art. 100 CO exclusion, Art. 398 CO duty of care, Art. 404 CO termination at "
          "any time with compensation for an inopportune time, a contractual penalty for enticing "
          "staff, CISG excluded, Commercial Court of the Canton of Zurich, place and date per party",
    labels={
        "scope-defined": P(
            ("2.1 The Supplier provides the following services for the installation at the Customer's Hitzkirch site",
             "e) a half-day review meeting each quarter.")),
        "assumptions-exclusions": P(
            ("2.2 The following are not covered by this Agreement and are invoiced separately",
             "services outside the helpdesk hours except for priority 1 incidents.")),
        "client-dependencies": P(
            "4.1 The Customer shall provide the Supplier with secured remote access to the production and test systems via a site-to-site VPN, name two trained key users as contacts for the helpdesk, describe errors in a reproducible manner and install the releases delivered by the Supplier on its production system within three months."),
        "force-majeure": P(
            "A party whose performance is hindered by circumstances outside its sphere of influence is released from its obligations for the duration and to the extent of the hindrance"),
        "delay-penalties": P(
            "3.2 If the Supplier misses the response time for a priority 1 or 2 incident, the Customer is credited 2% of the quarterly maintenance fee for each incident concerned."),
        "security-obligations": P(
            ("6.2 The Supplier maintains an information security management system certified to ISO/IEC 27001.",
             "such copies are encrypted and kept in Switzerland.")),
        "breach-notification": P(
            "6.3 The Supplier informs the Customer within 48 hours of becoming aware of a breach of data security affecting the Customer's data"),
        "data-return-deletion": P(
            "6.4 Within 30 days after the end of this Agreement the Supplier deletes all copies of Customer data in its possession and confirms the deletion in writing."),
        "confidentiality": P(
            ("Each party shall treat as confidential all information of the other party",
             "This duty continues for three years after the end of this Agreement.")),
        "liability-cap": P(
            "9.2 In all other cases the Supplier's total liability per contract year is limited to the annual maintenance fee."),
        "consequential-damages-exclusion": P(
            "Liability for indirect and consequential damage, in particular lost profit, loss of production and loss of data, is excluded to the extent permitted by law."),
        "insurance": P(
            "9.4 The Supplier maintains business liability insurance with a sum insured of at least CHF 5 million per event and provides evidence of it on request."),
        "warranty-disclaimer": P(
            "9.3 Any warranty for defects of the services beyond the duty of care under Article 398 CO is excluded."),
        "background-ip-retained": P(
            "The diagnostic tools, scripts, templates and know-how that the Supplier uses to perform its services remain its property. No rights in them pass to the Customer."),
        "payment-terms": P(
            "It is invoiced annually in advance in January and is payable within 30 days of the invoice date."),
        "late-payment-remedy": P(
            ("5.2 If the Customer fails to pay by the due date, it is in default without further reminder",
             "the Supplier may suspend its services until payment has been received.")),
        "termination-convenience": P(
            "11.2 In accordance with Article 404 CO, either party may terminate this Agreement at any time by written notice with effect from the end of a calendar month."),
        "termination-cause-cure": P(
            "11.3 Either party may terminate this Agreement with immediate effect if the other party breaches a material obligation and has not remedied the breach within 30 days of a written warning that refers to this clause."),
        "payment-on-termination": P(
            "The Customer owes the maintenance fee pro rata until the termination takes effect"),
        "no-guarantee-results": P(
            "The Supplier owes careful and diligent activity, not a particular result.",
            "The Supplier does not warrant that LAGO will run without interruption or that every error can be corrected."),
        "non-solicitation": P(
            "During the term of this Agreement and for twelve months after its end, neither party shall actively entice away employees of the other party who were involved in the performance of this Agreement."),
        "governing-law": P(
            "13.3 This Agreement is governed by Swiss substantive law",
            "13.4 The exclusive place of jurisdiction is Zurich."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="nonprofit-website-redesign-agreement",
    type="website redesign agreement (US non-profit and design studio) (unseen style)",
    style="US design studio's plain-English project agreement with a Minnesota 501(c)(3) literacy "
          "non-profit: studio letterhead and tagline, Client / Studio as 'the Alliance' and we/you, "
          "a creative brief in prose, 'What we'll make' / 'What's not included' / 'What we need from "
          "you' bullets, timeline in weeks with a launch 'TBD', two rounds of revisions per phase, "
          "approval 'when the Alliance is happy with it', nonprofit discount, 40/30/30 payments, "
          "portfolio rights and credit, 'No promises about results', no governing-law clause",
    labels={
        "scope-defined": P(
            ("- A short discovery: one workshop with your staff and board chair",
             "- Migration of up to 40 existing pages and 60 news posts.")),
        "deliverables": P(
            ("- A sitemap and wireframes for up to 12 page templates.",
             "- A 90-minute training session, recorded, and a 10-page \"how to edit your site\" guide.")),
        "assumptions-exclusions": P(
            ("- Writing new copy or editing existing copy.",
             "- Search engine advertising or paid social campaigns.")),
        "client-dependencies": P(
            ("- One decision-maker (we suggest your Executive Director)",
             "- Help recruiting the five interviewees.")),
        "milestones": P(
            ("- Weeks 1-3: discovery and sitemap",
             "- Week 17: testing and training")),
        "client-delay-relief": P(
            "If your materials or feedback arrive later than the timeline says, the remaining dates slide by the same number of days"),
        "change-control": P(
            "Before doing any extra work we'll send you a short change order with the cost and the effect on the timeline, and we'll only start once you've approved it in writing (email is fine)."),
        "acceptance-criteria": W(
            "subjective acceptance (approved when the client is happy)",
            "The phase is approved when the Alliance is happy with it."),
        "deemed-acceptance": P(
            "If we haven't heard from you within five business days after sending the work, we'll treat the phase as approved and move on."),
        "rejection-remedy": P(
            "Each design phase includes two rounds of revisions. A round is one consolidated set of comments from your decision-maker, which we then work into the design."),
        "confidentiality": W(
            "confidentiality protecting only the client, with no survival",
            "We'll keep the names and contact details of your donors, learners and volunteers confidential and won't use them for anything other than this project."),
        "liability-cap": P(
            "Our total liability under this agreement is limited to the fees you've paid us."),
        "consequential-damages-exclusion": P(
            "Neither of us is liable to the other for lost profits, lost donations or other indirect or consequential damages."),
        "indemnification": P(
            "Each of us will defend the other against third-party claims arising from the material we supplied: we cover claims that our original design work infringes someone's copyright, and you cover claims about the text, photos and logos you gave us."),
        "warranty": P(
            "For 30 days after launch we'll fix, at no charge, any bug that makes the site behave differently from the approved designs."),
        "warranty-disclaimer": P(
            "Apart from that promise, the site is provided as is, and we disclaim all implied warranties, including merchantability and fitness for a particular purpose."),
        "ip-ownership-deliverables": P(
            "Once we've been paid in full, the Alliance owns the final designs, the theme code written for this project and the site content."),
        "background-ip-retained": P(
            "We keep ownership of our own tools, code snippets and plugins that we use across projects, unused concepts and sketches"),
        "payment-terms": P(
            ("- 40% ($10,560) on signing,", "- Invoices are due within 15 days.")),
        "late-payment-remedy": P(
            "- If a payment is more than 15 days late, we may pause work until it's paid, and the timeline moves by the length of the pause."),
        "termination-convenience": P(
            "Either of us may end this agreement by giving the other 14 days' notice in writing."),
        "payment-on-termination": P(
            "If that happens, you'll pay for the work we've done up to the end date"),
        "no-guarantee-results": P(
            "We'll design the site to make giving and signing up easier, but we can't promise any particular number of donations, volunteers, visitors or search rankings."),
        "vague-terms": P(
            "- Launch: TBD, once the Alliance's board has seen the final site",
            "Hosting costs: to be confirmed once you choose a host."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="nhs-discovery-alpha-call-down",
    type="digital discovery and alpha call-down statement of work (UK NHS) (unseen style)",
    style="NHS integrated care board's short-form call-down SOW under a health digital services "
          "framework (not attached): Buyer / Supplier, a Markdown key-terms table (reference, Start "
          "Date TBC subject to IG sign-off, Discovery fixed price, Alpha cap TBC, insurance levels, DSPT "
          "and Cyber Essentials Plus), GDS-style outcomes, user research with patients and pharmacy "
          "teams, deliverables D1-D6, two-week sprints and show and tells, backlog re-prioritised by "
          "the product owner, IPR vesting on creation with MIT / OGL publication, Annex B background "
          "IPR 'None declared', Buyer-only ending at sprint boundaries; payment, liability and law "
          "left to the framework",
    labels={
        "scope-defined": P(
            ("2.1 In Discovery the Supplier will:", "and prepare for an alpha assessment.")),
        "deliverables": P(
            ("- D1 Discovery research report and persona set",
             "- D6 Alpha assessment pack and a plan and estimate for beta")),
        "assumptions-exclusions": P(
            ("4.1 The Supplier has assumed that the Buyer's communications team will help recruit research participants",
             "and changes to NHS national systems.")),
        "client-dependencies": P(
            ("The Buyer will: name a product owner available at least three days a week;",
             "and attend sprint reviews and show and tells.")),
        "milestones": P(
            ("| Discovery | 8 weeks from the Start Date |",
             "| Alpha | 10 weeks, starting on the Buyer's written approval at the end of Discovery |"),
            ("6.2 Plan: weeks 1-2 set-up and research planning;",
             "with the alpha assessment in the final sprint.")),
        "security-obligations": P(
            "| Security | Data Security and Protection Toolkit status \"Standards Met\"; Cyber Essentials Plus certificate in force for the whole Call-Down; hosting of any prototype in UK regions only |",
            "keep research recordings on Supplier devices with full-disk encryption, and pseudonymise research notes within five working days of each session"),
        "breach-notification": P(
            "7.2 The Supplier will notify the Buyer's Data Protection Officer within 24 hours of becoming aware of any personal data breach or security incident affecting Buyer Data."),
        "data-return-deletion": P(
            "7.3 On expiry or termination of this Call-Down, the Supplier will return all Buyer Data to the Buyer in an open format and then securely destroy its copies within 30 days, and confirm destruction in writing."),
        "insurance": P(
            "| Insurance | professional indemnity GBP 2 million per claim; public liability GBP 5 million; employer's liability GBP 5 million |"),
        "ip-ownership-deliverables": W(
            "IP passing to the client before payment (vests on creation)",
            "8.1 All intellectual property rights in the Deliverables vest in the Buyer on creation."),
        "background-ip-retained": W(
            "background IP reserved only if listed (Annex B lists none)",
            "8.2 The Supplier keeps its Supplier Background IPR listed in Annex B and grants the Buyer a non-exclusive licence to use it with the Deliverables."),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "10.1 The Buyer may end this Call-Down at the end of any sprint by giving the Supplier 10 Working Days' written notice."),
        "no-guarantee-results": P(
            "The Supplier does not guarantee that the Buyer's digital board will approve Alpha or that the service will pass an alpha assessment."),
        "vague-terms": P(
            "| Start Date | TBC, subject to information governance sign-off (target 1 June 2026) |",
            "cap TBC at the end of Discovery"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="rpa-bots-as-a-service-agreement",
    type="robotic process automation bots-as-a-service agreement (US) (unseen style)",
    style="US RPA provider's bots-as-a-service agreement with a freight company, on the provider's "
          "paper: Cobaltline / Customer, defined Bots, Platform, Process Owner, Business and System "
          "Exceptions and Bot Assets, five finance processes, Platform licences included in the fees "
          "and sized in bot run-hours, waves with target dates kept in an online deployment plan, "
          "exception-rate assumption, 50-case UAT at 90% straight-through, bot availability and "
          "System Exception response levels with capped credits, build fee plus monthly run fee, "
          "bot credentials in a vault, no savings guarantee, Delaware law and Wilmington courts",
    labels={
        "scope-defined": P(
            ("2.1 Cobaltline will design, build, test, deploy, run and support Bots for the following Processes:",
             "(e) daily cash application from bank remittance files.")),
        "deliverables": P(
            "2.2 For each Process Cobaltline will deliver: a Process Design Document; the production Bot; a runbook describing how Business Exceptions are presented to Customer's staff; and, once the Bot is live, a monthly report of volumes, straight-through rate, Business Exceptions and System Exceptions."),
        "assumptions-exclusions": P(
            ("3.1 The fees assume that each Process is rules-based,",
             "redesign of the Processes themselves; and licences for Customer's own applications.")),
        "client-dependencies": P(
            ("4.1 Customer will name a Process Owner for each Process,",
             "at least 10 business days' notice of any upgrade or change to a target application that a Bot uses.")),
        "client-delay-relief": P(
            "4.3 Cobaltline is not responsible for any failure to meet a service level, target date or obligation to the extent caused by Customer's failure to perform this Section 4"),
        "force-majeure": P(
            "Neither party is liable for a delay or failure caused by events beyond its reasonable control"),
        "delay-penalties": P(
            ("6.3 Service credits: for each full percentage point by which availability falls below 99.0%,",
             "up to 15% of the monthly fee.")),
        "change-control": P(
            "Cobaltline will respond within 5 business days with a written change proposal setting out the effect on fees and dates. No change is binding until both parties have signed the change proposal."),
        "acceptance-criteria": P(
            "5.1 Before go-live, each Bot is tested against a sample of at least 50 real cases chosen by the Process Owner. A Bot passes user acceptance testing if it completes at least 90% of the non-exception cases without error and routes every Business Exception to the queue described in the runbook."),
        "deemed-acceptance": P(
            "If Customer does neither in that period, the Bot is accepted."),
        "rejection-remedy": P(
            "5.3 If a Bot fails testing, Cobaltline will fix the causes of the failed cases and make the Bot available for a further test of the failed cases, within 10 business days."),
        "security-obligations": P(
            "9.1 Cobaltline will keep a SOC 2 Type II report for the Platform environment and provide it on request; store all bot credentials in an encrypted credential vault; require multi-factor authentication for its staff; and log all Bot actions for 12 months."),
        "breach-notification": P(
            "9.2 Cobaltline will notify Customer without undue delay, and in any case within 48 hours, after confirming unauthorized access to Customer data."),
        "data-return-deletion": P(
            "9.3 Within 30 days after termination, Cobaltline will return Customer data and logs on request and then delete them from the Platform."),
        "confidentiality": P(
            ("Each party will protect the other's confidential information with at least reasonable care,",
             "This Section survives for three years after termination.")),
        "liability-cap": P(
            "14.2 The most either party will pay in total for all claims under this Agreement is the amount of fees paid and payable in the 12 months before the claim arose."),
        "consequential-damages-exclusion": P(
            "14.1 Neither party will owe the other any damages that are indirect, incidental, special or consequential, nor any amount for lost profits, lost revenue or lost data, whether or not such losses were foreseeable."),
        "indemnification": P(
            ("13.1 Cobaltline will defend Customer against any third-party claim",
             "13.2 Customer will defend Cobaltline against any third-party claim arising from Customer data or from process rules given by Customer, and pay any resulting damages and costs awarded.")),
        "warranty": P(
            "12.1 Cobaltline warrants that for 90 days after go-live each Bot will perform materially in accordance with its Process Design Document, and will correct any non-conformity reported in that period."),
        "warranty-disclaimer": P(
            "COBALTLINE DISCLAIMS ALL IMPLIED WARRANTIES, INCLUDING MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NON-INFRINGEMENT."),
        "ip-ownership-deliverables": P(
            "11.1 Cobaltline owns the Bot Assets and all improvements to them"),
        "background-ip-retained": P(
            "together with its pre-existing tools, component libraries and methods"),
        "payment-terms": P(
            "8.2 Invoices are payable within 30 days of the invoice date."),
        "late-payment-remedy": P(
            "Amounts not paid when due bear interest at 1% per month. If any amount is more than 15 days overdue, Cobaltline may, after 10 days' written notice, pause the Bots until payment is made."),
        "termination-cause-cure": P(
            "16.2 If a party materially breaches this Agreement, the other party may give written notice describing the breach and may terminate this Agreement if the breach remains uncured 30 days after that notice."),
        "payment-on-termination": P(
            "16.3 On termination Customer will pay all fees accrued up to the termination date and any build fees for Bots already accepted."),
        "no-guarantee-results": P(
            "12.3 Cobaltline does not guarantee any level of headcount savings, cost reduction or processing time."),
        "non-solicitation": P(
            "During the Term and for 12 months after it ends, Customer will not solicit for employment any Cobaltline employee who worked on the Service"),
        "governing-law": P(
            "Delaware law governs this Agreement (its conflict of laws rules excluded), and the parties submit to the state and federal courts located in Wilmington, Delaware."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="au-office-cabling-installation-contract",
    type="IT cabling and equipment installation subcontract for an office fit-out (Australia) (unseen style)",
    style="Australian minor works subcontract for structured cabling, Wi-Fi and AV in a Sydney law "
          "firm's fit-out, on the Principal's form: Principal / Contractor / Superintendent, Part A "
          "Contract Particulars as Items 1-12 (Provisional Sum 'TBA', outlet count 'TBC'), Part B "
          "General Conditions, Cat 6A outlets, OM4 backbone, racks and UPS, AS/NZS 3085.1 labelling, "
          "Class EA permanent-link tests, the Contractor takes the Site as found, extension of time "
          "at the Superintendent's absolute discretion, uncapped liquidated damages, snagging list, "
          "5% retention, payment claims under the NSW Security of Payment Act, show-cause notice, "
          "termination for convenience without lost profit; Principal-favourable",
    labels={
        "scope-defined": P(
            ("1.1 The Contractor shall carry out and complete the following work under the Contract",
             "(f) label all outlets, patch panels and cables in accordance with AS/NZS 3085.1.")),
        "deliverables": P(
            "1.2 Before Practical Completion the Contractor shall hand over: test results for every permanent link; as-built drawings in PDF and DWG; the operation and maintenance manual; the manufacturer's system warranty certificate; and the cabling registration form."),
        "milestones": P(
            "Item 7  Date for Practical Completion: 14 August 2026"),
        "client-delay-relief": W(
            "relief for client delay only at the client's (Superintendent's) absolute discretion",
            "The Superintendent may grant, refuse or reduce the extension at its absolute discretion"),
        "force-majeure": W(
            "force majeure relief only for the client",
            "3.4 The Principal shall not be liable to the Contractor for any delay or failure to perform its obligations caused by events beyond the Principal's reasonable control"),
        "time-of-essence": P(
            "Time is of the essence of the Contractor's obligation to reach Practical Completion by that date"),
        "delay-penalties": W(
            "liquidated damages uncapped",
            "Item 8  Liquidated damages: AUD 1,500 per day",
            "3.3 If the Contractor fails to reach Practical Completion by the Date for Practical Completion, as extended, the Contractor shall pay the Principal liquidated damages at the rate in Item 8 for every day after that date until Practical Completion."),
        "change-control": P(
            ("4.1 The Superintendent may direct the Contractor in writing to increase, decrease or change the Works.",
             "The Contractor is not entitled to payment for any variation carried out without a written direction.")),
        "acceptance-criteria": P(
            ("5.1 Practical Completion is reached when:",
             "and the Works are complete except for minor defects that do not prevent the Principal from using the Site.")),
        "rejection-remedy": W(
            "unlimited re-performance until the Superintendent is satisfied",
            "shall repeat the rectification and any retest as often as the Superintendent directs until the Superintendent is satisfied"),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited",
            "9.1 The Contractor indemnifies the Principal, its officers and employees against all loss, damage, cost and liability, including legal costs on a full indemnity basis, arising out of or in connection with the Works or any act or omission of the Contractor or its subcontractors."),
        "insurance": P(
            "8.1 The Contractor shall maintain public liability insurance for not less than the amount in Item 11, workers compensation insurance as required by law, and contract works insurance for the full value of the Works"),
        "warranty": W(
            "warranty longer than 12 months (5-year workmanship warranty)",
            "The Contractor warrants that the materials will be new and fit for purpose and that the workmanship will be free from defects for 5 years from Practical Completion."),
        "payment-terms": P(
            "the Principal shall pay the scheduled amount, less retention, within 15 business days of the payment claim"),
        "late-payment-remedy": P(
            "including its right to interest on unpaid amounts and to suspend work after notice if a scheduled amount is not paid by the due date"),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "10.2 The Principal may terminate the Contract at any time for its convenience by written notice to the Contractor."),
        "termination-cause-cure": P(
            ("10.1 If the Contractor commits a substantial breach of the Contract,",
             "the Principal may take the remaining work out of the Contractor's hands or terminate the Contract.")),
        "payment-on-termination": P(
            "The Principal shall then pay the Contractor for work carried out up to the date of termination, the cost of materials ordered that the Contractor cannot cancel, and the reasonable cost of leaving the Site"),
        "governing-law": P(
            "This Contract is governed by the law of New South Wales."),
        "vague-terms": P(
            "Item 6  Provisional Sum (boardroom and meeting room AV equipment): TBA",
            "Item 12 Additional data outlets for workstations: number TBC when the final furniture layout is issued"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="ng-core-banking-implementation-agreement",
    type="core banking implementation agreement (Nigeria) (unseen style)",
    style="Nigerian bank's core banking implementation agreement: 'THIS AGREEMENT is made this 2nd day "
          "of', the Bank / the Vendor with RC numbers and 'which expression shall where the context so "
          "admits include', WHEREAS A-B, 'NOW THIS AGREEMENT WITNESSES', CBN no-objection, NITDA "
          "Nigerian Content guidelines and an 80% local-staff and in-country hosting clause, scope "
          "and deliverables in the RFP and Technical Proposal, milestones to Go-Live with NIBSS and "
          "CBN regulatory-returns interfaces, parallel run over two month-ends, Naira price with no FX "
          "adjustment, 60 days after steering-committee approval, withholding tax credit notes, CBN "
          "Risk-Based Cybersecurity Framework, NDPA 2023, performance bond, NAICOM insurers, Lagos "
          "Court of Arbitration under the Arbitration and Mediation Act 2023, common seals; "
          "Bank-favourable",
    labels={
        "deliverables": W(
            "deliverables left to documents outside the contract (the Technical Proposal)",
            "2.2 The Vendor shall deliver to the Bank the deliverables listed in the Technical Proposal, in the form and at the times stated in this Agreement."),
        "client-dependencies": W(
            "client obligations only on 'best endeavours'",
            "The Bank shall use its best endeavours to make available subject-matter experts from its operations, finance and treasury departments, to provide extracts of data from the legacy application, and to take timely decisions on configuration questions raised by the Vendor."),
        "milestones": P(
            ("5.1 The Vendor shall achieve the following milestones by the dates stated:",
             "(e) Milestone 5, Go-Live: 5 December 2026.")),
        "client-delay-relief": P(
            "5.3 Where the Vendor is delayed by a failure of the Bank to perform its responsibilities under Clause 4 or by the Bank's change freeze periods, the affected milestone dates shall be extended by the period of the delay."),
        "force-majeure": P(
            "16.1 A party prevented or delayed in performing by an event outside its reasonable control shall not be held in default for so long as the event continues."),
        "time-of-essence": P(
            "5.2 Time shall be of the essence in respect of Milestone 5."),
        "delay-penalties": P(
            "5.4 If the Vendor fails to achieve Milestone 5 by the due date for reasons attributable to the Vendor, the Vendor shall pay to the Bank, as liquidated damages, 0.5% of the Contract Price for each week of delay, up to a maximum of 10% of the Contract Price."),
        "change-control": P(
            ("6.1 Either party may propose a change to the scope of work.",
             "6.2 No change shall be implemented or paid for unless the change request form has been approved by the Change Control Board in writing.")),
        "acceptance-criteria": P(
            ("7.1 User acceptance testing shall be conducted by the Bank using test scripts prepared by the Vendor and approved by the Bank,",
             "has produced balances that reconcile with the legacy application.")),
        "deemed-acceptance": W(
            "deemed acceptance only after live use for a long period (90 days after Go-Live)",
            "7.4 Where the Bank has not issued a final acceptance certificate, the Solution shall be deemed accepted after it has been in live operation for ninety (90) days after Go-Live without a Severity 1 incident."),
        "rejection-remedy": W(
            "a single correction attempt",
            "7.3 Where the Solution fails user acceptance testing, the Vendor shall correct the defects and the failed test scripts shall be run once more. If the Solution fails the repeat test, the Bank may terminate this Agreement and recover all sums paid to the Vendor."),
        "security-obligations": P(
            "9.1 The Vendor shall implement the Solution in compliance with the CBN Risk-Based Cybersecurity Framework and Guidelines for Deposit Money Banks, the Payment Card Industry Data Security Standard and the Nigeria Data Protection Act 2023, and shall maintain its ISO/IEC 27001 certification for the duration of this Agreement."),
        "breach-notification": P(
            "9.2 The Vendor shall report to the Bank's Chief Information Security Officer any cyber incident or personal data breach affecting the Bank's systems or data within twenty-four (24) hours of detection."),
        "data-return-deletion": P(
            "9.3 Upon completion or termination of this Agreement, the Vendor shall return to the Bank all data of the Bank and its customers in its possession and shall thereafter destroy all copies held by it or its subcontractors"),
        "confidentiality": P(
            ("Information which either party receives from the other in the course of this Agreement shall be kept secret",
             "and indefinitely in respect of customer information protected by banking secrecy.")),
        "liability-cap": W(
            "a cap protecting only the client",
            "14.1 The liability of the Bank to the Vendor under or in connection with this Agreement shall in no circumstances exceed the unpaid portion of the Contract Price."),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited",
            "13.1 The Vendor shall indemnify and keep the Bank indemnified against all claims, losses, regulatory penalties, damages and expenses suffered by the Bank arising from any breach of this Agreement by the Vendor, any infringement of third-party intellectual property by the Solution, or any negligence of the Vendor or its personnel."),
        "insurance": P(
            "15.2 The Vendor shall maintain professional indemnity insurance of not less than N500,000,000 and cyber liability insurance of not less than N250,000,000"),
        "warranty": P(
            "12.1 The Vendor warrants that for twelve (12) months after Go-Live the Solution shall perform in accordance with the functional specifications approved at Milestone 1, and that it shall correct any defect notified in that period at no cost to the Bank."),
        "ip-ownership-deliverables": W(
            "IP passing to the client before payment (vests on creation)",
            "11.1 All customisations, interfaces, reports and other works created for the Bank under this Agreement shall vest in the Bank as soon as they are created."),
        "background-ip-retained": P(
            "11.2 The Vendor shall remain the owner of SahelCore and of its pre-existing tools and methodologies."),
        "payment-terms": W(
            "payment due later than 45 days (60 days after internal approval)",
            "8.3 The Bank shall pay each invoice within sixty (60) days after its approval by the Bank's project steering committee."),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "17.2 The Bank may terminate this Agreement at any time by giving thirty (30) days' written notice to the Vendor."),
        "termination-cause-cure": P(
            "17.1 Where a party commits a material breach of this Agreement, the other party may serve a written notice specifying the breach and, if the breach is not remedied within thirty (30) days of receipt of that notice, may terminate this Agreement."),
        "payment-on-termination": P(
            "17.3 On termination other than for the Vendor's breach, the Bank shall pay the Vendor for milestones achieved up to the date of termination and for work in progress on the next milestone, valued in proportion to the work completed."),
        "governing-law": P(
            ("18.1 This Agreement shall be governed by the laws of the Federal Republic of Nigeria.",
             "The seat of the arbitration shall be Lagos and the language English.")),
    },
))
