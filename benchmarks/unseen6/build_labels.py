"""The hand-made judgements of benchmarks/unseen6: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen6)."""

SOURCE = "written for contract-analyzer as a sixth blind unseen-style check (unseen6)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="mx-it-services-contract",
    type="IT services contract (Mexico, translated) (unseen style)",
    style="Mexican contrato de prestación de servicios in free English translation: EL PRESTADOR / "
          "EL CLIENTE, DECLARATIONS I-III and CLAUSES FIRST to TWENTY-FIRST in words, RFC and "
          "notarial deed, CFDI 4.0 invoices and PAC, stages with dates, acta de entrega-recepción to "
          "the client's full satisfaction, conventional penalty per day whatever the cause, "
          "intereses moratorios, INDAUTOR, IMSS/INFONAVIT hold-harmless, rescission de pleno derecho, "
          "Monterrey courts with waiver of other jurisdiction, witnesses",
    labels={
        "scope-defined": P(
            ("FIRST. OBJECT. EL PRESTADOR undertakes to provide to EL CLIENTE the following services",
             "d) Training of up to twenty (20) users of EL CLIENTE in two sessions at its Monterrey premises.")),
        "deliverables": P(
            "SECOND. DELIVERABLES. As a result of the Services, EL PRESTADOR shall hand over to EL CLIENTE: (i) the source code and executable version of the inventory and route-planning modules; (ii) a user manual and an administrator manual in Spanish; (iii) the database migrated and reconciled against the closing inventory of the legacy system; and (iv) the attendance lists and material of the training sessions."),
        "client-dependencies": P(
            ("FOURTH. OBLIGATIONS OF EL CLIENTE.",
             "d) obtain from its GPS provider and from the PAC the credentials needed for the integrations.")),
        "milestones": P(
            ("THIRD. WORK PROGRAMME.",
             "- Stage 4, training and start-up: from 29 June to 17 July 2026.")),
        "force-majeure": P(
            "SIXTEENTH. ACTS OF GOD OR FORCE MAJEURE. Neither party shall be responsible for failure to perform its obligations when this results from acts of God or force majeure (caso fortuito o fuerza mayor)"),
        "delay-penalties": W(
            "liquidated damages regardless of cause and uncapped (1% of the total per calendar day, \"whatever the cause of the delay\", no maximum)",
            "If EL PRESTADOR fails to conclude any stage by the date indicated in the Third Clause, it shall pay EL CLIENTE, as a conventional penalty, one percent (1%) of the total consideration for each calendar day of delay, whatever the cause of the delay"),
        "change-control": P(
            "EIGHTH. MODIFICATIONS TO THE SERVICES. Any increase or change in the Services, the deliverables or the programme shall be requested in writing by the party proposing it; EL PRESTADOR shall quote its effect on price and dates within five (5) business days, and the modification shall only be executed once both parties have signed an addendum to this contract that records its scope, price and new dates."),
        "acceptance-criteria": W(
            "subjective acceptance (the record is signed once the work is done \"to its full satisfaction\"), with no time limit",
            "EL CLIENTE shall sign the delivery-receipt record (acta de entrega-recepción) once the work has been carried out to its full satisfaction."),
        "data-return-deletion": P(
            "Upon the conclusion or termination of this contract, EL PRESTADOR shall return to EL CLIENTE all databases, files and documents it received from EL CLIENTE, and shall delete any copy kept on its own equipment, confirming this in writing within ten (10) business days."),
        "confidentiality": P(
            ("TWELFTH. CONFIDENTIALITY. Each party shall keep in strict reserve",
             "This obligation shall remain in force during the term of this contract and for three (3) years after its termination.")),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited (hold-harmless for any claim or proceeding by its personnel or any authority, including attorneys' fees)",
            "EL PRESTADOR undertakes to hold EL CLIENTE harmless and to hold it free of any claim, lawsuit or proceeding brought by such personnel or by any authority, and to reimburse it for any amount it is obliged to pay for that reason, including attorneys' fees."),
        "warranty": P(
            "TENTH. WARRANTY. EL PRESTADOR guarantees that the modules delivered will operate in accordance with the functional description agreed in the analysis and design stage, and shall correct at no cost any fault attributable to it which EL CLIENTE reports in writing within six (6) months following the signature of the last delivery-receipt record."),
        "ip-ownership-deliverables": W(
            "IP passes to the client before payment (on delivery)",
            "The economic rights over the programs, source code, manuals and other materials developed under this contract shall belong to EL CLIENTE from the moment they are delivered to it"),
        "payment-terms": P(
            "EL PRESTADOR shall issue the corresponding CFDI, and EL CLIENTE shall pay each one within thirty (30) calendar days following its receipt, by electronic transfer to the account indicated by EL PRESTADOR."),
        "late-payment-remedy": P(
            "If EL CLIENTE fails to pay any amount on its due date, it shall pay EL PRESTADOR default interest (intereses moratorios) at the rate of one and a half percent (1.5%) per month on the unpaid balance"),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "EL CLIENTE may terminate this contract early at any time, without liability to it, by giving written notice to EL PRESTADOR fifteen (15) calendar days in advance."),
        "termination-cause-cure": W(
            "termination without a cure period (rescission by simple notice for any breach), and only for the client",
            "EL CLIENTE may rescind this contract as of right (de pleno derecho), without need of a judicial declaration, by simple written notice, if EL PRESTADOR fails to comply with any of its obligations under this contract."),
        "non-solicitation": P(
            "During the term of this contract and for one (1) year after its conclusion, EL CLIENTE shall not hire, directly or through third parties, any employee of EL PRESTADOR who has participated in the Services, unless EL PRESTADOR consents in writing."),
        "governing-law": P(
            "For the interpretation and performance of this contract the parties submit to the applicable federal laws of the United Mexican States and to the jurisdiction of the competent courts of the city of Monterrey, Nuevo León"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="se-system-delivery-agreement",
    type="system delivery agreement (Sweden) (unseen style)",
    style="Swedish system delivery agreement modelled on the industry's customary general terms: "
          "Supplier / Customer with corp. reg. nos., numbered clauses 1-18 with n.n sub-clauses, "
          "appendices 1-4 (requirements specification, time schedule, price, test plan) not attached, "
          "delivery test and approval with deemed approval, Agreed Delivery Date, liquidated damages "
          "of 0.5% per full week up to 7.5%, Interest Act (1975:635), releasing circumstances, "
          "liability limited to the contract price, no termination before approval, SCC expedited "
          "arbitration in Göteborg, two identical copies",
    labels={
        "deliverables": W(
            "deliverables left to a document outside the contract (the Requirements Specification in Appendix 1, not attached)",
            "The Supplier shall deliver a booking system (the \"System\") in accordance with the Customer's requirements specification dated 9 December 2025, attached as Appendix 1 (Requirements Specification), together with the installation and documentation described there (collectively, the \"Delivery\")."),
        "client-dependencies": P(
            "3.1 The Customer shall at its own expense provide the premises, hardware, system software and network connections required for installation, in time for the installation date in clause 4.",
            "3.2 The Customer shall appoint a contact person who can take decisions on its behalf, make key users from the gate and traffic departments available for workshops and testing, and answer questions from the Supplier within five working days."),
        "milestones": P(
            ("4.1 The Supplier shall carry out the Delivery in accordance with the time schedule in Appendix 2.",
             "Agreed Delivery Date (approved delivery test): 27 March 2026")),
        "client-delay-relief": P(
            "4.2 If the Supplier is delayed by circumstances for which the Customer is responsible, including late fulfilment of the Customer's undertakings in clause 3, the Supplier shall be entitled to a postponement of the dates in clause 4.1 corresponding to the delay, together with compensation for additional costs on a time-and-materials basis."),
        "force-majeure": P(
            "17.1 A Party is released from liability for failure to perform an obligation if the failure is due to a circumstance beyond the Party's control"),
        "delay-penalties": P(
            "the Customer is entitled to liquidated damages of 0.5 per cent of the contract price for each full week of delay, subject to a maximum of 7.5 per cent of the contract price."),
        "change-control": P(
            ("5.1 Each Party may request changes to the Delivery.",
             "5.2 A change is binding only when both Parties have signed a written change agreement.")),
        "acceptance-criteria": P(
            "6.1 After installation the Customer shall carry out a delivery test in accordance with the test plan in Appendix 4 in order to establish whether the System meets the requirements in the Requirements Specification.",
            "The Delivery is approved when the test shows that the System fulfils the agreed requirements without errors other than minor deviations that do not materially affect its use."),
        "deemed-acceptance": P(
            "6.3 If the Customer has not, within five working days after the end of the test period, given the Supplier written notice of errors, the Delivery shall be regarded as approved."),
        "rejection-remedy": P(
            "6.4 If the delivery test shows errors, the Supplier shall remedy them promptly and present the System for a renewed test, which shall be carried out within five working days and limited to the errors reported."),
        "confidentiality": P(
            ("12.1 Each Party undertakes not to disclose to any third party information about the other Party's business",
             "The undertaking continues to apply for five years after the Agreement has ended.")),
        "liability-cap": P(
            "13.2 The total liability of the Supplier under this Agreement is limited to an amount corresponding to the contract price under clause 8.1."),
        "consequential-damages-exclusion": P(
            "13.1 A Party's liability for damage is limited to direct damage, and under no circumstances includes loss of production, loss of profit, loss of data or other indirect damage."),
        "indemnification": P(
            "10.1 The Supplier shall defend the Customer, at the Supplier's expense, if a claim is made against the Customer that the System infringes a third party's intellectual property right in Sweden"),
        "warranty": P(
            "11.1 During three months from approval (the warranty period) the Supplier shall at its own cost remedy errors in the System that the Customer reports in writing."),
        "warranty-disclaimer": P(
            "11.2 Apart from what is stated in this clause, the Supplier gives no warranty, express or implied, regarding the System"),
        "ip-ownership-deliverables": P(
            "9.1 The copyright and other intellectual property rights to the System, including software developed specifically for the Customer, belong to the Supplier or its licensors."),
        "background-ip-retained": P(
            "9.2 The Supplier retains its rights to its own standard software, development tools, components and know-how and may use them freely in other assignments."),
        "payment-terms": P(
            "8.2 Payment shall be made against invoice thirty days net from the date of the invoice."),
        "late-payment-remedy": P(
            "8.3 On late payment, interest on overdue payment is due in accordance with the Swedish Interest Act (1975:635). The Supplier may also, after written reminder, suspend its work until payment has been made"),
        "termination-cause-cure": P(
            "16.1 Either Party may terminate the Agreement with immediate effect if the other Party commits a material breach of contract and does not remedy the breach within thirty days of receiving written notice of it."),
        "payment-on-termination": P(
            "16.4 On termination, the Supplier is entitled to payment for work performed and costs incurred up to the date of termination, less any liquidated damages owed, unless the termination was caused by the Supplier's breach."),
        "governing-law": P(
            "18.1 Swedish law shall apply to this Agreement.",
            "Disputes shall be finally settled by arbitration administered by the SCC Arbitration Institute under its Rules for Expedited Arbitrations."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="cn-software-outsourcing-contract",
    type="software development outsourcing contract (PRC, translated) (unseen style)",
    style="Chinese software development outsourcing contract in reference translation: Party A "
          "(Entrusting Party) / Party B (Developing Party), unified social credit codes, Civil Code "
          "preamble, Article n with n.n and (1) items, RMB price inclusive of 6% VAT and special VAT "
          "invoices, payment schedule in an unattached Annex 3, acceptance on priority-1/2 test "
          "cases with one re-test, deemed acceptance after six months of production use, 0.5% per "
          "day liquidated damages, 24-month quality guarantee, software copyright registration, "
          "CIETAC South China arbitration, company seals; Party-A-favourable",
    labels={
        "scope-defined": P(
            "1.1 Party A entrusts Party B to develop the \"Huaxin Warehouse Management System V1.0\" (hereinafter \"the Software\"), comprising: inbound receiving with barcode scanning; storage location management for the three warehouses in Bao'an; outbound picking with PDA handheld terminals; stock-taking; and an interface to Party A's existing Kingdee ERP system.",
            "1.2 Party B shall complete requirements research, design, coding, testing, deployment on Party A's servers, and training of Party A's warehouse staff."),
        "deliverables": P(
            "Party B shall deliver to Party A: (1) the requirements specification and the outline design specification; (2) the complete source code and installation package of the Software; (3) the test report; (4) the user manual and the operation and maintenance manual; (5) training materials."),
        "assumptions-exclusions": P(
            "1.3 The following are not within the scope of this Contract: procurement of servers, PDA terminals and barcode printers; modification of the Kingdee ERP system itself; data cleansing of historical records older than 1 January 2024; and mobile applications for iOS."),
        "milestones": P(
            ("3.1 Party B shall complete the work in accordance with the following schedule:",
             "(4) Final acceptance: by 31 July 2026.")),
        "client-delay-relief": W(
            "relief for client delay only at the client's discretion",
            "3.3 Where the schedule cannot be met for reasons attributable to Party A, Party B may apply in writing for an extension, and Party A may, at its discretion, decide whether to grant an extension and of what length."),
        "force-majeure": P(
            "12.1 If either Party is unable to perform this Contract due to force majeure events such as earthquakes, typhoons, floods, wars, epidemics or government actions, it shall be exempted from liability in part or in whole according to the impact of the event"),
        "time-of-essence": P(
            "3.2 Party B shall strictly perform within the above time limits. Time is of the essence of this Contract."),
        "delay-penalties": W(
            "liquidated damages uncapped (0.5% of the total price per day, no maximum)",
            "7.1 If Party B fails to deliver or to pass acceptance within the time limits in Article 3, Party B shall pay Party A liquidated damages of 0.5% of the total contract price for each day of delay."),
        "change-control": P(
            "5.1 If Party A needs to change the requirements after the requirements specification has been confirmed, it shall submit a written change request. Party B shall evaluate the effect on workload, schedule and price within five working days, and the change shall be implemented only after both Parties have signed a written change confirmation."),
        "acceptance-criteria": P(
            "6.1 After the trial run, Party A shall organise acceptance testing in accordance with the acceptance test cases agreed in the requirements specification. The Software passes acceptance when all test cases of priority level 1 pass and no more than five test cases of priority level 2 fail."),
        "deemed-acceptance": W(
            "deemed acceptance only after a very long period of live use (six consecutive months in production)",
            "6.3 If Party A has used the Software in its production operations for six consecutive months without organising acceptance, the Software shall be deemed to have passed acceptance."),
        "rejection-remedy": W(
            "a single correction attempt (one rectification and second test, then termination with a full refund)",
            "6.2 If the Software fails acceptance testing, Party B shall complete rectification within ten working days and submit the Software for a second acceptance test. If the Software fails the second acceptance test, Party A has the right to terminate this Contract and to require Party B to refund all amounts paid."),
        "security-obligations": W(
            "security duties with no standard, tied to changing client policies",
            "10.2 Party B shall comply with Party A's information security management regulations, as revised by Party A from time to time"),
        "breach-notification": W(
            "breach notice without a deadline (\"promptly\")",
            "10.3 If Party B discovers any leakage of Party A's data, it shall promptly inform Party A and take remedial measures."),
        "data-return-deletion": P(
            "10.4 Upon completion or termination of this Contract, Party B shall return all materials and data provided by Party A and destroy all copies in its possession, and shall issue a written confirmation of destruction."),
        "confidentiality": W(
            "confidentiality protecting only the client, with no survival",
            "10.1 Party B shall keep confidential all technical information, business information, warehouse data and customer data of Party A obtained in the course of performing this Contract, shall not reveal it to others, and shall use it solely for the purpose of performing this Contract."),
        "warranty": W(
            "warranty longer than 12 months (24-month quality guarantee with two-working-day repairs)",
            "9.1 The quality guarantee period of the Software is twenty-four months from the date it passes acceptance."),
        "ip-ownership-deliverables": W(
            "IP passes to the client before payment (from the moment of creation)",
            "8.1 The copyright and all other intellectual property rights in the Software and all documents produced under this Contract belong to Party A from the moment of their creation."),
        "termination-cause-cure": W(
            "no real cure period (three days), and only for the client",
            "13.1 If Party B breaches any provision of this Contract, Party A may require Party B to correct the breach within three days; if Party B fails to do so, Party A may terminate this Contract by written notice"),
        "non-solicitation": W(
            "non-solicitation binding only the provider (Party B may not hire Party A's staff)",
            "11.2 During the performance of this Contract and within two years thereafter, Party B shall not, directly or indirectly, solicit or employ Party A's personnel who participated in the project."),
        "governing-law": P(
            "14.1 The conclusion, validity, interpretation and performance of this Contract are governed by the laws of the People's Republic of China.",
            "either Party may submit the dispute to the China International Economic and Trade Arbitration Commission (CIETAC) South China Sub-Commission for arbitration in Shenzhen"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="us-county-records-system-contract",
    type="county professional services contract for a land records system (US) (unseen style)",
    style="US county (Oregon) professional services contract: County / Contractor, Board of "
          "Commissioners order, SECTION n with n.n, statement of work with conversion of 4.1 million "
          "images, dated schedule, time of the essence, capped liquidated damages per day, Change "
          "Orders signed by the Purchasing Manager and Board approval above a threshold, test "
          "scripts against Exhibit A, NIST SP 800-53 moderate, 48-hour breach notice under ORS "
          "646A.604, Public Records Law instead of confidentiality, non-appropriation, net 60, "
          "indemnity in favour of the County, certificates of insurance with additional insureds, "
          "excused delay for the County only, Circuit Court venue; County-favourable",
    labels={
        "scope-defined": P(
            "1.1 Contractor shall furnish, configure, install and place into production a land records management system for the County Recorder's Office (the \"System\"), covering document intake and cashiering, indexing of grantor and grantee names, imaging, e-recording through the County's approved submitters, redaction of personal information, and a public search terminal application for the Recorder's public counter.",
            "1.2 Contractor shall convert the County's index records from 1962 to the present and the associated document images (approximately 4.1 million images) from the County's current system into the System."),
        "deliverables": P(
            "1.3 Contractor shall deliver: (a) the configured System in the County's test and production environments; (b) the converted index and image data; (c) a system administration guide and an end-user guide; (d) training for nine Recorder's Office staff and two County IT staff; and (e) a written conversion reconciliation report."),
        "milestones": P(
            "2.1 Contractor shall complete the work according to the following schedule: System installed in test environment by June 1, 2026; first data conversion pass delivered by July 15, 2026; user acceptance testing complete by September 11, 2026; production go-live on or before October 5, 2026."),
        "force-majeure": W(
            "force majeure relief only for the client (the County)",
            "14.1 The County shall not be responsible for any delay or failure in its performance caused by fire, flood, severe weather, epidemic, acts of government, labor disputes or other causes beyond the County's reasonable control."),
        "time-of-essence": P(
            "2.2 Time is of the essence in the performance of this Contract."),
        "delay-penalties": P(
            "Contractor shall pay the County, as liquidated damages and not as a penalty, the sum of $350, up to a total of ten percent (10%) of the Contract Price."),
        "change-control": P(
            "4.1 No change in the scope, price or schedule of this Contract shall be effective unless made by written Change Order signed by Contractor and the County Purchasing Manager"),
        "acceptance-criteria": P(
            "3.1 The System shall be tested by the County against the functional requirements in Exhibit A, which is attached and made part of this Contract, using test scripts prepared by Contractor and approved by the County."),
        "rejection-remedy": P(
            "Contractor shall correct the deficiency and resubmit the affected function for retesting within fifteen (15) business days of the notice."),
        "security-obligations": P(
            "7.1 Contractor shall protect County data in accordance with the moderate baseline of NIST Special Publication 800-53, encrypt County data in transit using TLS 1.2 or higher and at rest using AES-256"),
        "breach-notification": P(
            "7.2 Contractor shall notify the County's Information Security Officer within forty-eight (48) hours after discovering any unauthorized access to or disclosure of County data"),
        "data-return-deletion": P(
            "7.3 Upon expiration or termination of this Contract, Contractor shall deliver all County data to the County in a non-proprietary format specified by the County and shall then destroy all copies in its possession, certifying the destruction in writing."),
        "liability-cap": W(
            "carve-outs leave the provider's main risks uncapped (data security, the indemnity, property damage and any negligence claim)",
            "11.1 Contractor's total liability to the County under this Contract shall not exceed two times the Contract Price; provided that this limitation does not apply to Contractor's obligations under Section 7 (Data Security), Section 10 (Indemnity), claims for bodily injury or property damage, or claims arising from Contractor's negligence."),
        "indemnification": W(
            "indemnity one-sided against the provider and unlimited (all claims arising out of or related to performance; carved out of the cap)",
            "10.1 Contractor shall defend, indemnify and hold harmless the County, its commissioners, officers, employees and agents from and against all claims, suits, actions, losses, damages, liabilities, costs and expenses of any nature whatsoever"),
        "insurance": P(
            ("12.1 Contractor shall maintain at its own expense, for the term of this Contract and two years after:",
             "and shall give the County thirty (30) days' notice of cancellation.")),
        "warranty": P(
            "6.1 Contractor warrants that for twelve (12) months following final acceptance the System will perform materially in accordance with Exhibit A"),
        "ip-ownership-deliverables": P(
            "9.1 All configurations, conversion scripts, reports, documents and other work product created by Contractor under this Contract are the property of the County."),
        "background-ip-retained": W(
            "background IP reserved only if listed (unlisted material becomes County work product)",
            "9.2 Contractor's pre-existing software listed in Exhibit C remains the property of Contractor and is licensed to the County under the license terms in Exhibit C. Any software or material of Contractor not listed in Exhibit C and incorporated into the deliverables shall be treated as work product under Section 9.1."),
        "payment-terms": W(
            "payment due later than 45 days (60 days), and subject to appropriation",
            "The County shall pay approved invoices within sixty (60) days of receipt.",
            "5.3 The County's obligation to pay is subject to appropriation of funds by the Board of Commissioners for each fiscal year."),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "13.1 The County may, at any time and without cause, terminate all or any part of this Contract by giving Contractor thirty (30) days' written notice."),
        "termination-cause-cure": P(
            "13.2 Either party may terminate this Contract for the other party's material breach if the breach remains uncured thirty (30) days after the breaching party receives written notice describing it."),
        "payment-on-termination": P(
            "13.3 Upon any termination other than for Contractor's breach, the County shall pay Contractor for conforming work performed and accepted milestones completed through the effective date of termination"),
        "governing-law": P(
            "17.1 This Contract shall be governed by the laws of the State of Oregon without regard to its conflict-of-law principles."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="ai-data-annotation-services-agreement",
    type="data annotation services agreement for AI model training (unseen style)",
    style="UK annotation vendor's plain-English agreement with a US computer-vision company: "
          "LabelForge / Customer, short numbered clauses with question-style headings, customer "
          "labelling guideline as Schedule 1 (not reproduced), batches of 25,000 images with dates, "
          "COCO JSON deliverables, quality target on a 500-image sample (IoU 0.85, 95% / 97%), "
          "deemed acceptance after ten business days, free re-annotation, no promise about model "
          "performance, price per image in USD, ISO/IEC 27001 platform and secure delivery centres, "
          "24-hour breach notice, SCCs in Schedule 2, customer indemnity for consents, "
          "English law",
    labels={
        "scope-defined": P(
            "1.1 LabelForge will annotate the image data supplied by Customer for the training of Customer's driver-monitoring computer vision model."),
        "deliverables": P(
            "LabelForge will deliver, for each batch: the annotations in COCO JSON format; a quality report showing the sampled accuracy and inter-annotator agreement; and a list of images that were skipped as unusable, with the reason."),
        "assumptions-exclusions": P(
            "1.4 The following are outside the Services: collection or capture of images; model training, evaluation or tuning; annotation of video sequences or audio; translation of the Guideline; and review of images for legal consent, which remains Customer's responsibility.",
            "Each date assumes that Customer uploads the images for the batch at least 20 business days before it."),
        "client-dependencies": P(
            "2.1 Customer will upload images to the secure transfer area LabelForge provides, answer annotator questions about edge cases within two business days through the shared query log, and tell LabelForge of any Guideline change at least ten business days before it is to apply."),
        "milestones": P(
            "1.3 Batch schedule: Batch 1 by 27 February 2026; Batch 2 by 27 March 2026; Batch 3 by 24 April 2026; Batch 4 by 22 May 2026."),
        "client-delay-relief": P(
            "2.3 If Customer uploads images late, answers queries late or changes the Guideline, the affected batch dates move back by the length of the delay and LabelForge is not in breach for missing them."),
        "change-control": P(
            "3.1 Changes to the Guideline, volumes, classes or schedule that increase the work need a written change note agreed by both parties, stating the new price per image and the new dates."),
        "acceptance-criteria": P(
            "A batch meets the quality target if at least 95% of the sampled bounding boxes have an intersection-over-union of 0.85 or more with the Guideline's reference and at least 97% of attention-state classes are correct."),
        "deemed-acceptance": P(
            "A batch for which no such notice arrives within that time is treated as accepted."),
        "rejection-remedy": P(
            "4.3 If a batch misses the quality target, LabelForge will re-annotate the failing classes of the whole batch at no extra charge within fifteen business days and deliver it again for a fresh check under clause 4.1."),
        "security-obligations": P(
            "7.2 LabelForge will keep the images on its ISO/IEC 27001-certified annotation platform, will allow annotators to view them only in its secure delivery centres in Manchester and Kraków with cameras, phones and removable media prohibited on the floor, and will not allow any image to be downloaded to annotators' devices."),
        "breach-notification": P(
            "7.3 LabelForge will tell Customer of any personal data breach affecting the images without undue delay and in any case within 24 hours of becoming aware of it"),
        "data-return-deletion": P(
            "7.4 Within thirty days after the last batch is accepted or this Agreement ends, LabelForge will delete all images and annotations from its platform and confirm the deletion in writing, unless Customer asks for them to be returned first."),
        "confidentiality": P(
            ("8.1 Each party will keep the other's confidential information secret",
             "These duties last for five years after this Agreement ends.")),
        "liability-cap": P(
            "10.2 Each party's total liability under this Agreement is limited to the fees paid and payable in the twelve months before the claim."),
        "consequential-damages-exclusion": P(
            "10.1 Neither party is liable to the other for loss of profit, revenue or business, loss of goodwill, or any indirect or consequential loss, however it arises."),
        "indemnification": P(
            "11.1 Customer will indemnify LabelForge against any claim by a third party, including a data subject or regulator,",
            "11.2 LabelForge will indemnify Customer against any claim that LabelForge's platform or tooling, as used to perform the Services, infringes a third party's intellectual property rights."),
        "warranty-disclaimer": P(
            "Apart from the quality target in clause 4.1, LabelForge gives no other warranty or undertaking, express or implied, about the annotations, including any implied warranty of satisfactory quality, merchantability or fitness for a particular purpose."),
        "ip-ownership-deliverables": P(
            "9.1 Once Customer has paid for a batch, the annotations in that batch and all rights in them belong to Customer."),
        "background-ip-retained": P(
            "9.2 LabelForge keeps all rights in its annotation platform, tooling, pre-labelling models, quality processes and general know-how, including improvements made while performing this Agreement."),
        "payment-terms": P(
            "6.2 Invoices are payable within thirty days of the invoice date."),
        "late-payment-remedy": P(
            "LabelForge may, after giving seven days' written warning, pause work on later batches until it is paid, and the batch dates move accordingly. Overdue sums also carry interest at 1% per month."),
        "termination-convenience": P(
            "13.2 Either party may end this Agreement for any reason by giving the other thirty days' written notice."),
        "termination-cause-cure": P(
            "13.3 Either party may end this Agreement by written notice if the other commits a material breach and has not put it right within twenty days of being asked to in writing."),
        "payment-on-termination": P(
            "13.4 When this Agreement ends for any reason, Customer will pay for every batch already delivered and, for the batch in progress, for every image annotated up to the date of ending."),
        "no-guarantee-results": P(
            "5.1 LabelForge does not promise that Customer's model will reach any level of accuracy, robustness or regulatory approval, or any other result, when trained on the annotations."),
        "non-solicitation": P(
            "12.1 While this Agreement is in force and for nine months afterwards, Customer will not hire or engage, directly or through a recruiter, any LabelForge team lead or quality reviewer who worked on the Services, without LabelForge's prior written agreement."),
        "governing-law": P(
            "14.2 This Agreement is governed by the law of England and Wales, and the courts of England have exclusive jurisdiction over any dispute arising from it."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="crm-implementation-partner-sow",
    type="CRM implementation partner statement of work (unseen style)",
    style="US Salesforce implementation partner SOW under an unattached MSA: Partner / Client, "
          "project overview, scope list (a)-(e), deliverables table D1-D6, phases table with fixed "
          "fees and TBD completion dates for Phase 3 and hypercare, RACI table, assumptions and "
          "exclusions, change requests signed by sponsors, acceptance against the design workbook "
          "and UAT scripts with deemed acceptance, project-specific terms prevailing over the MSA; "
          "no governing-law clause of its own",
    labels={
        "scope-defined": P(
            ("Partner will:\n(a) configure Sales Cloud for accounts",
             "(e) deliver train-the-trainer sessions for up to eight Client super users.")),
        "deliverables": P(
            ("| # | Deliverable | Phase |",
             "| D6 | Training materials and admin handbook | Phase 3 |")),
        "assumptions-exclusions": P(
            "6.1 Assumptions: Client's Salesforce licences are active before Phase 2 starts; the legacy data is extracted into CSV by Client; the ERP middleware accepts REST calls; not more than two rounds of design-workbook revisions are needed.",
            "6.2 Exclusions: Service Cloud, Experience Cloud, Marketing Cloud and Einstein features; custom Lightning Web Components beyond two; data cleansing or de-duplication beyond automated matching rules; changes to Client's ERP; and ongoing managed support after Hypercare."),
        "client-dependencies": P(
            ("| Activity | Partner | Client |",
             "| Go/no-go decision | C | R/A |"),
            "Client will also name a product owner who can make design decisions and will attend a weekly status call, and will answer design questions within three business days."),
        "milestones": P(
            ("| Phase | Description | Fixed fee | Target completion |",
             "| Hypercare | Four weeks post go-live | $14,000 | TBD |")),
        "client-delay-relief": P(
            "6.3 If Client is late with any item it is responsible or accountable for under Section 5, or an assumption in 6.1 proves wrong, Partner's dates will move by at least the length of the delay"),
        "force-majeure": P(
            "9.12 Events beyond control. Neither party is liable for delay caused by events outside its reasonable control, such as a Salesforce platform outage, natural disaster or government action, and affected dates move by the period of the event."),
        "change-control": P(
            "No change is binding until both parties' project sponsors sign the change request; Partner may decline to do out-of-scope work before then."),
        "acceptance-criteria": P(
            "8.1 Each deliverable will be reviewed against the acceptance criteria in the design workbook (D1) once approved, and, for D2 to D5, by executing the UAT test scripts."),
        "deemed-acceptance": P(
            "A deliverable that is not rejected within that time is accepted."),
        "rejection-remedy": P(
            "Partner will fix reported nonconformities and resubmit the deliverable, and the same review period applies to the resubmission."),
        "security-obligations": W(
            "security duties with no standard, tied to changing client policies",
            "9.4 Security. Partner's staff will follow Client's information security policies, as Client may update them from time to time, when accessing Client systems."),
        "data-return-deletion": P(
            "9.6 Client data. At the end of this SOW Partner will hand back any Client data extracts it holds and then delete them from its own systems within fifteen business days."),
        "confidentiality": P(
            "9.5 Confidentiality. Each party will hold the other's confidential information in confidence, use it only for this SOW, and protect it with at least reasonable care, during the SOW and for four years after it ends."),
        "liability-cap": P(
            "Partner's total liability for this SOW is limited to the fees paid under this SOW."),
        "consequential-damages-exclusion": P(
            "9.8 Liability. Neither party is liable for lost profits, lost revenue or indirect or consequential damages."),
        "indemnification": P(
            "9.9 Indemnity. Partner will defend Client against third-party claims that a deliverable infringes a U.S. patent, copyright or trademark, and Client will defend Partner against third-party claims arising from data or materials Client supplies."),
        "insurance": P(
            "9.10 Insurance. Partner will maintain professional liability insurance of at least $2,000,000 per claim and commercial general liability insurance of at least $1,000,000 per occurrence while performing this SOW."),
        "warranty": P(
            "9.2 Warranty. For ninety (90) days after go-live Partner warrants that the configuration will function materially as described in the approved design workbook, and will correct any failure to do so at its own cost."),
        "warranty-disclaimer": P(
            "This is Partner's only warranty for this SOW; all implied warranties, including merchantability and fitness for a particular purpose, are disclaimed."),
        "ip-ownership-deliverables": P(
            "9.7 Ownership. On payment of the fees for the relevant phase, Client owns the configuration, custom code and documents created specifically for Client under this SOW."),
        "background-ip-retained": P(
            "Partner keeps ownership of its pre-existing accelerators, templates, data-loading utilities and methods, and grants Client a perpetual, non-exclusive licence to use any of them embedded in the deliverables for Client's internal business."),
        "payment-terms": P(
            "9.1 Payment. Invoices are due within thirty (30) days of the invoice date."),
        "late-payment-remedy": P(
            "Partner may stop work on this SOW if any undisputed invoice remains unpaid fifteen days after its due date, and late amounts bear interest at 1% per month."),
        "termination-convenience": W(
            "termination for convenience only for the client",
            "Client may end this SOW on twenty business days' written notice for any reason."),
        "termination-cause-cure": P(
            "Either party may end it if the other materially breaches this SOW and does not cure within thirty days after written notice."),
        "payment-on-termination": P(
            "In either case Client will pay for all work performed up to the end date, pro-rated for a phase in progress, plus non-cancellable expenses."),
        "no-guarantee-results": P(
            "9.3 Reliance on Client information. Partner will rely on the product, pricing and customer data and business rules supplied by Client without checking them, and Partner does not guarantee any increase in sales, quote speed or margin from the project."),
        "non-solicitation": W(
            "non-solicitation ending with the contract (only during the term of the SOW)",
            "9.11 Hiring. During the term of this SOW, Client will not solicit for employment any Partner consultant assigned to the project."),
        "vague-terms": P(
            "| Phase 3 | UAT support, deploy, train | $52,000 | TBD (after Client confirms branch rollout order) |",
            "| Hypercare | Four weeks post go-live | $14,000 | TBD |"),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="small-it-consultancy-website-terms",
    type="IT consultancy terms and conditions web page (unseen style)",
    style="English sole trader's IT support terms and conditions page: navigation line, we/you, "
          "short numbered terms with conversational headings, hourly rates in 15-minute units, "
          "mileage, prepaid 10- and 25-hour blocks with refund of unused hours, 14-day invoices, "
          "Late Payment of Commercial Debts (Interest) Act 1998, backups left to the client, "
          "exclusions, Consumer Rights Act 2015, a staff-poaching fee, end at any time by e-mail; no "
          "scope, acceptance, security or governing-law terms",
    labels={
        "assumptions-exclusions": P(
            "6.1 Our work doesn't include: faults in equipment still under the maker's warranty (we will help you claim, at our hourly rate); repairs to printers beyond basic troubleshooting; recovery of data from failed hard drives, which we send to a specialist at your cost; or any software that you don't hold a valid licence for.",
            "6.2 We quote on the basis that your equipment is in normal working order."),
        "client-dependencies": W(
            "best-efforts obligation of the client (\"will do your best\")",
            "5.1 You will do your best to give us the passwords, access and information we need and to have someone available when we visit."),
        "confidentiality": P(
            ("8.1 We will treat any business information or personal data we see on your systems as confidential.",
             "This continues after we stop working for you.")),
        "liability-cap": P(
            "10.2 If we are responsible for a loss, the most we will pay is the total of our invoices to you in the 12 months before the problem happened."),
        "consequential-damages-exclusion": P(
            "10.1 We will not be responsible for any loss of profit, loss of business, loss of data or any indirect loss, however it comes about."),
        "insurance": P(
            "10.3 We hold professional indemnity insurance of £500,000 and public liability insurance of £2 million, and we will show you the certificates if you ask."),
        "warranty-disclaimer": P(
            "we give no warranties or promises about our services or any goods we supply, other than those written in these terms, and all terms implied by law are excluded to the extent the law allows."),
        "background-ip-retained": P(
            "9.1 Any scripts, checklists, monitoring tools and remote-access software we use remain ours."),
        "payment-terms": P(
            "Invoices are due within 14 days."),
        "late-payment-remedy": P(
            "4.3 If an invoice is not paid on time we may charge interest under the Late Payment of Commercial Debts (Interest) Act 1998 and stop doing further work for you until the account is settled."),
        "termination-convenience": P(
            "12.1 Either of us can stop working together at any time by letting the other know by e-mail or in writing."),
        "payment-on-termination": P(
            "You only pay for the work we have already done, plus any parts we have ordered for you that cannot be returned."),
        "no-guarantee-results": P(
            "We will always try to solve your problem, but we can't guarantee that every fault can be fixed, or that a fix will last, and you pay for the time spent even if a problem can't be solved."),
        "non-solicitation": P(
            "While we are working for you and for six months afterwards, please don't offer a job or contract to anyone who works for us without talking to us first. If you do, we will charge a fee of £3,000 to cover the cost of replacing them."),
    }))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="factory-control-systems-maintenance-contract",
    type="annual maintenance contract for factory control systems (OT/ICS) (unseen style)",
    style="English annual maintenance contract for a dairy plant's process control systems: "
          "Company / Contractor, PART A-E with A1-style clauses, covered systems list (DCS, PLCs, "
          "HMIs, historian, firewalls), preventive visits with dates to be agreed, 24/7 help line, "
          "priority/response table, capped service credits for late P1 attendance, spare parts list "
          "and price to be agreed, permit to work and food hygiene rules, IEC 62443-2-4, jump server "
          "with MFA, quarterly invoices on the Company's standard terms (not attached), 90-day "
          "workmanship warranty, Bristol courts with an option for the Company only",
    labels={
        "scope-defined": P(
            ("A1. Covered systems. The Contractor shall maintain the following control systems at the Site",
             "(d) the industrial Ethernet switches and firewalls between the control network and the Company's business network."),
            ("A2. Preventive maintenance. Two preventive maintenance visits per year",
             "A3. Breakdown support. A telephone help line staffed 24 hours a day, 7 days a week by a controls engineer, and engineer attendance on Site when a fault cannot be resolved by telephone.")),
        "assumptions-exclusions": P(
            "A7. Not included. The following are not part of the Services and will be quoted separately if requested: replacement of obsolete hardware; changes to control logic, recipes or alarm settings; instrumentation and field devices (transmitters, valves, drives); validation work required by the Company's customers or auditors; and damage caused by misuse, water ingress or power surges."),
        "client-dependencies": P(
            "B1. The Company shall give the Contractor's engineers safe access to the Covered Systems, a permit to work for each Site visit, and an escort in the production areas.",
            "B2. The Company shall keep up-to-date drawings, network diagrams and program back-ups of the Covered Systems and make them available to the Contractor."),
        "client-delay-relief": P(
            "B3. Where a response time or visit is missed because the Company did not provide access, a permit or an escort, or because of a delay in the Company's own production schedule, that time is not counted and no service credit is due."),
        "force-majeure": P(
            "E5. Force majeure. Neither party is liable for failure or delay caused by an event outside its reasonable control"),
        "delay-penalties": P(
            "A5. Service credits. For each P1 call where the engineer arrives on Site more than 4 hours after the call was logged, the Contractor shall credit the Company 5% of the quarterly maintenance fee, up to a maximum of 20% of that quarterly fee."),
        "security-obligations": P(
            "C2. The Contractor shall carry out its work on the Covered Systems in line with IEC 62443-2-4 (security requirements for service providers of industrial automation systems).",
            "C1. The Contractor's engineers shall comply with the Site safety rules, the permit-to-work system and the Company's food hygiene rules"),
        "breach-notification": W(
            "breach notice later than 72 hours (five working days)",
            "C3. If the Contractor becomes aware of a cyber security incident affecting the Covered Systems or the Contractor's remote access, it shall inform the Company's engineering manager within five working days."),
        "liability-cap": W(
            "carve-outs leave the provider's main risks uncapped (physical damage to plant, equipment or product, and any breach of the security and safety part)",
            "The Contractor's total liability in any contract year is limited to the annual maintenance fee, except that this limit shall not apply to physical damage to the Company's plant, equipment or product caused by the Contractor, to death or personal injury, or to breach of Part C."),
        "consequential-damages-exclusion": P(
            "E3. Liability. Neither party shall be liable to the other for loss of production, loss of profit, spoilt product or any indirect or consequential loss."),
        "insurance": P(
            "E2. Insurance. The Contractor shall hold employer's liability insurance of at least £10 million, public and products liability insurance of at least £5 million per event, and professional indemnity insurance of at least £2 million"),
        "warranty": P(
            "E1. Warranty. The Contractor warrants that its work will be carried out with reasonable skill and care by competent engineers and that any repair it makes will be free from faults in workmanship for 90 days."),
        "warranty-disclaimer": P(
            "All other warranties and conditions, whether express or implied by statute, including fitness for purpose, are excluded."),
        "background-ip-retained": P(
            "E4. Contractor's tools. Diagnostic software, test equipment, configuration templates and back-up utilities brought to Site by the Contractor remain the Contractor's property"),
        "termination-convenience": P(
            "E6. Ending the contract. Either party may end this contract at any time by giving the other three months' written notice."),
        "no-guarantee-results": P(
            "The Contractor may rely on the drawings and information the Company supplies, and does not guarantee that the Covered Systems will be free from breakdowns or will achieve any particular availability or output."),
        "governing-law": W(
            "asymmetric forum (the Company may sue in any court, the Contractor only in Bristol)",
            "E7. Law and disputes. This contract is governed by the law of England and Wales. The Contractor submits to the exclusive jurisdiction of the courts of Bristol, but the Company may bring proceedings against the Contractor in any court of competent jurisdiction."),
        "vague-terms": P(
            "Visit dates: to be agreed.",
            "the critical spares listed in the spare parts list, which is to be agreed within 30 days of the start of the Term, and the price of spares used shall be charged at a rate to be agreed."),
    }))
