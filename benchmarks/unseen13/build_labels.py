"""The hand-made judgements of benchmarks/unseen13: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen13)."""

SOURCE = "written for contract-analyzer as a thirteenth blind unseen-style check (unseen13)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="eg-software-services-contract",
    type="contract for the execution of software works (Egypt, translated from Arabic) (unseen style)",
    style="Egyptian contract for the execution of works (muqawala) in unofficial translation from Arabic "
          "(the Arabic prevails): 'Contract No. (7) for the year 2026', 'On Sunday, corresponding to "
          "15/3/2026 ... this contract was concluded between: First: ... Second: ...', S.A.E. and LLC with "
          "Commercial Register and Tax Card numbers, First Party / Second Party (Employer / Contractor), "
          "PREAMBLE of 'Whereas' paragraphs 'in a manner negating ignorance', 'Clause One (The Preamble)' to "
          "'Clause Sixteen (Copies)' with 6/1 and 1- / a) items, crop collection centres and weighbridge "
          "receipts, EGP lump sum fixed whatever the exchange rate, advance against a letter of guarantee, "
          "instalments 'disbursed after the review of the invoice' with no due date, withholding tax, time "
          "an essential element, uncapped 1% weekly delay fine, acceptance committee 'to the full "
          "satisfaction', Law No. 151 of 2020, ownership from creation, one-sided indemnity, Article 165 "
          "Civil Code foreign cause, express rescission 'by force of law, without need for a warning', "
          "termination in the Employer's interest, Cairo Economic Court, three copies one for the Tax "
          "Authority; Employer (client)-favourable",
    labels={
        "scope-defined": P(("The Second Party undertakes to design, programme, install and operate an electronic system",
                            "6- Operation of the System on tablets at the centres with work without an internet connection and synchronisation when connection returns.")),
        "deliverables": P(("The Second Party delivers to the First Party the following:",
                           "d) Training of two trainers from each centre and three employees of the information technology department at the head office.")),
        "client-dependencies": W("client obligations only as far as the client's circumstances permit (client-discretion obligation)",
                                 "The First Party shall endeavour, as far as its work circumstances permit, to enable the employees of the Second Party to enter the collection centres and to provide it with the data and forms in use."),
        "milestones": P(("The Second Party undertakes to execute the works within one hundred and twenty (120) days",
                         "- Generalisation to all centres and training: within one hundred and twenty (120) days.")),
        "force-majeure": P("Neither party is responsible for failure to execute its obligations if that failure results from a foreign cause in which it has no hand, such as a sudden accident or force majeure, in accordance with Article 165 of the Civil Code"),
        "time-of-essence": P("The two parties agree that time is an essential element of this contract"),
        "delay-penalties": W("liquidated damages uncapped: 1% per week with no maximum, plus compensation",
                             "a delay fine of one percent (1%) of the total contract value is imposed on it for each week of delay or part thereof"),
        "acceptance-criteria": W("acceptance subjective, at the client's full satisfaction, with no time limit",
                                 "8/2 The final acceptance is done by a minute signed by the committee after the System has been executed to the full satisfaction of the First Party."),
        "data-return-deletion": P("9/3 Upon the completion of the works or the termination of the contract for any reason, the Second Party shall hand over to the First Party all the data and copies in its possession and delete them from its devices"),
        "confidentiality": W("confidentiality protecting only the client, with no survival",
                             "9/1 The Second Party undertakes to keep the secrets of the First Party and the data of its suppliers and not to disclose them to any third party"),
        "indemnification": W("indemnity one-sided against the provider and unlimited",
                             "The Second Party undertakes to indemnify the First Party for all damages, losses and claims that the First Party is exposed to"),
        "ip-ownership-deliverables": W("IP passing to the client before payment (from the moment of creation)",
                                       "become the property of the First Party from the moment of their creation"),
        "termination-convenience": W("termination for convenience only for the client",
                                     "13/2 The First Party has the right to terminate the contract at any time if it sees that its interest requires this"),
        "termination-cause-cure": W("termination without a cure period (rescission by force of law without warning)",
                                    "13/1 This contract is considered rescinded by force of law, without need for a warning, notice or judicial ruling, if the Second Party breaches any of its obligations under this contract"),
        "governing-law": P("This contract is subject to the laws of the Arab Republic of Egypt, and the Cairo Economic Court is competent to settle any dispute"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="ar-contrato-locacion-de-obra-software",
    type="contract for the hiring of work, software development (Argentina, translated) (unseen style)",
    style="Argentine contrato de locación de obra in free translation (only the Spanish binds): 'In the "
          "Autonomous City of Buenos Aires, on the 10th day of the month of March of 2026, between, on the "
          "one hand, ...', S.R.L. and S.A. with CUIT, representatives with DNI (socio gerente, "
          "attorney-in-fact whose power 'is attached'), domicilio constituido, THE PROVIDER / THE CLIENT in "
          "capitals, 'articles 1251 and following of the Civil and Commercial Code of the Nation', FIRST: "
          "OBJECT to EIGHTEENTH: LAW AND JURISDICTION with a) and (i) items, wine-club webshop and app for a "
          "Mendoza winery with Mercado Pago and ARCA electronic invoices, price in USD payable in pesos at "
          "the Banco de la Nación seller rate, invoice 'A', automatic default (mora automática) with BNA "
          "active-rate interest, reception 'in conformity' with deemed reception, article 1730 fortuitous "
          "event, Law 25.326 and AAIP Resolution 47/2018, lucro cesante excluded, article 1088 intimation "
          "to comply within 15 days, stamp tax halved, National Commercial Courts 'with express waiver of "
          "any other forum', 'two copies of the same tenor and to a single effect'; PROVIDER-favourable",
    labels={
        "scope-defined": P(("FIRST: OBJECT. THE PROVIDER undertakes to develop for THE CLIENT a web platform and mobile application",
                            "d) mobile application for Android and iOS for the members, with notification of shipments and tasting notes.")),
        "deliverables": P("SECOND: DELIVERABLES. THE PROVIDER shall deliver: (i) the functional design approved by THE CLIENT; (ii) the platform and the application published in production and in the official stores; (iii) the source code in a repository of THE CLIENT; (iv) a manual of administration of the back office; and (v) four (4) hours of training for the personnel of THE CLIENT."),
        "assumptions-exclusions": P(("THIRD: EXCLUSIONS AND ASSUMPTIONS. THE WORK does not include:",
                                     "the designs of brand are provided by its agency.")),
        "client-dependencies": P(("FIFTH: OBLIGATIONS OF THE CLIENT. THE CLIENT shall:",
                                  "before the start of Stage 2.")),
        "milestones": P("THE WORK shall be executed in three stages: Stage 1 (functional design) until 10 April 2026; Stage 2 (online store and club) until 29 May 2026; Stage 3 (back office and mobile application) until 31 July 2026."),
        "client-delay-relief": P("The terms shall be extended automatically for the same number of days in which THE CLIENT delays the approvals, the information or the accesses that it must provide according to the FIFTH clause, without this generating any responsibility for THE PROVIDER."),
        "force-majeure": P("Neither PARTY shall be responsible for the non-compliance caused by fortuitous event or force majeure in the terms of article 1730 of the Civil and Commercial Code"),
        "change-control": P("Any modification or addition to THE WORK requested by THE CLIENT shall be quoted by THE PROVIDER and shall only be executed after THE CLIENT approves in writing the budget, the price and the new term."),
        "deemed-acceptance": P("If THE CLIENT makes no observations within that term, the stage shall be considered received in conformity."),
        "rejection-remedy": P("In case of observations, THE PROVIDER shall correct the defects within ten (10) working days and shall deliver the stage again for verification in the same terms."),
        "security-obligations": P("shall apply the security measures of Resolution 47/2018 of the Agency of Access to Public Information, including encryption of the passwords, access by user with individual credentials, and backups"),
        "breach-notification": W("breach notice without a deadline",
                                 "and shall inform THE CLIENT of any incident of security affecting such data."),
        "confidentiality": P("12.1. Each party shall keep confidential the information of the other party that it knows by reason of this contract and shall use it only for its performance. This obligation shall continue for two (2) years after the end of the contract."),
        "liability-cap": P("The total responsibility of THE PROVIDER for any cause related to this contract shall be limited to the amount of the price effectively paid by THE CLIENT."),
        "consequential-damages-exclusion": P("In no case shall THE PROVIDER respond for loss of profit (lucro cesante), loss of chance, loss of data not attributable to it, or other indirect damages."),
        "indemnification": P("THE CLIENT shall hold THE PROVIDER harmless from any claim of third parties arising from the texts, images, trademarks or other contents provided by THE CLIENT."),
        "warranty": P("THE PROVIDER guarantees that THE WORK will function substantially in accordance with the functional design for ninety (90) days from the reception of Stage 3"),
        "warranty-disclaimer": P("Outside the guarantee expressly granted in this clause, THE PROVIDER does not grant any other guarantee, express or implied, including of aptitude for a particular purpose"),
        "ip-ownership-deliverables": P("The economic rights over the source code and the designs developed specifically for THE CLIENT shall be transferred to THE CLIENT upon the total payment of the price."),
        "background-ip-retained": P("THE PROVIDER retains the property of its libraries, components, frameworks and previous tools"),
        "payment-terms": P("which THE CLIENT shall pay within ten (10) calendar days of its receipt by bank transfer."),
        "late-payment-remedy": P("Sums not paid in time shall accrue compensatory and punitive interest at the active rate of the Banco de la Nación Argentina for thirty-day discount operations, and THE PROVIDER may suspend the execution of THE WORK while the default continues"),
        "termination-convenience": P("16.1. Either PARTY may rescind this contract without expressing cause, by notice given with thirty (30) days of anticipation."),
        "termination-cause-cure": P("16.2. In case of non-compliance of an essential obligation, the compliant PARTY may require the other to comply within a term of fifteen (15) days, under apprehension of resolving the contract"),
        "payment-on-termination": P("16.3. In any case of extinction THE CLIENT shall pay THE PROVIDER the stages delivered and the proportion of the work executed in the stage in course up to the date of extinction."),
        "no-guarantee-results": P("THE PROVIDER does not guarantee a determined level of sales, of subscriptions or of traffic, which depend on THE CLIENT and on the market."),
        "non-solicitation": P("THE CLIENT shall not hire, directly or through third parties, the personnel of THE PROVIDER assigned to THE WORK, during the validity of this contract and for twelve (12) months after its end."),
        "governing-law": P("This contract is governed by the laws of the Argentine Republic. For any controversy the PARTIES submit to the National Ordinary Courts in Commercial Matters of the Autonomous City of Buenos Aires"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="ua-fop-it-services-agreement",
    type="services agreement of an individual entrepreneur (FOP) with a foreign customer (Ukraine, translated) (unseen style)",
    style="Ukrainian services agreement of an individual entrepreneur (FOP) with an Estonian OÜ, bilingual "
          "with the Ukrainian version prevailing: 'SERVICES AGREEMENT No. UA-03/2026', 'city of Lviv' and "
          "'\"02\" March 2026' on one line, taxpayer account card number and Unified State Register entry, "
          "single tax of the third group, 'on the one side ... on the other side', 'acting on the basis of "
          "the Articles of Association', 1. SUBJECT OF THE AGREEMENT with 1.1. and 2.1.1. numbering, content "
          "of the services only in Specifications (Tasks) that are not attached, hourly EUR rate with "
          "monthly invoice, Act of acceptance of the Services with motivated refusal and deemed signature, "
          "property rights passing on payment with the Act as act of transfer, penya of 0.1% limited by "
          "the double NBU discount rate, force majeure including martial law, air alarms and blackouts "
          "proven by a Chamber of Commerce and Industry certificate, annual prolongation, unilateral "
          "termination on 30 days, court at the Customer's location or ICAC at the Customer's choice, "
          "addresses and bank details with a blank IBAN; Contractor (provider)-favourable",
    labels={
        "client-dependencies": P("2.2.1. to provide the Contractor with access to the source code repositories, task tracker, test environments and documentation necessary for the provision of the Services, and to answer the questions of the Contractor in a timely manner;"),
        "force-majeure": P("8.1. The Parties are released from responsibility for partial or complete non-fulfilment of obligations under this Agreement if it was the result of force majeure circumstances (circumstances of insuperable force)"),
        "deemed-acceptance": P("4.4. If within the term specified in clause 4.2 the Customer does not sign the Act and does not send a motivated refusal, the Services are considered accepted by the Customer in full and the Act is considered signed."),
        "rejection-remedy": P("4.3. In case of receipt of a motivated refusal, the Contractor eliminates the comments within a term agreed by the Parties and sends the Act to the Customer again in the order of clause 4.2."),
        "security-obligations": W("security duties with no standard ('reasonable measures')",
                                  "2.1.3. to take reasonable measures to protect the information and the access credentials received from the Customer against unauthorised access."),
        "data-return-deletion": P("6.3. After termination of this Agreement, the Contractor, at the request of the Customer, returns to the Customer or destroys all materials and data of the Customer and deletes its access credentials"),
        "confidentiality": P("6.1. The Parties undertake not to disclose to third persons confidential information received from the other Party",
                             "6.2. The obligation of confidentiality is valid during the term of this Agreement and for 3 (three) years after its termination."),
        "liability-cap": P("7.3. The total responsibility of the Contractor under this Agreement is limited to the cost of the Services paid by the Customer for the last 3 (three) months preceding the event."),
        "consequential-damages-exclusion": P("The Contractor is not responsible for lost profit, loss of business or other indirect losses of the Customer."),
        "warranty-disclaimer": P("5.3. The results of the Services are provided \"as is\". The Contractor does not give any warranties, express or implied, of merchantability or fitness for a particular purpose."),
        "ip-ownership-deliverables": P("5.1. Property rights of intellectual property to the results of the Services (program code, documentation, designs) created by the Contractor under this Agreement pass to the Customer in full from the moment of payment for the respective Services."),
        "background-ip-retained": P("5.2. The Contractor retains the rights to software, libraries, tools and know-how that were created by it before the conclusion of this Agreement or independently of it"),
        "payment-terms": P("3.3. The Customer pays the invoice within 5 (five) banking days from the date of signing of the Act of acceptance of the Services"),
        "late-payment-remedy": P("7.2. For violation of the terms of payment, the Customer pays the Contractor a penalty (penya) in the amount of 0.1% of the overdue amount for each day of delay"),
        "termination-convenience": P("9.2. Each of the Parties may terminate this Agreement unilaterally by notifying the other Party in writing not less than 30 (thirty) calendar days before the date of termination."),
        "payment-on-termination": P("9.3. In case of termination of the Agreement the Customer pays for the Services actually provided up to the date of termination."),
        "no-guarantee-results": P("2.3. The Contractor does not guarantee that the result of the Services will achieve any commercial effect expected by the Customer, and is entitled to rely on the information and requirements provided by the Customer."),
        "non-solicitation": P("9.4. During the term of this Agreement and for 12 (twelve) months after its termination, neither Party shall, without the consent of the other Party, hire or engage the employees or subcontractors of the other Party"),
        "governing-law": W("asymmetric forum: the court at the Customer's location, arbitration only at the Customer's choice",
                           "10.1. This Agreement is governed by the law of Ukraine.",
                           "disputes shall be considered by the court at the location of the Customer, or, at the choice of the Customer only, by the International Commercial Arbitration Court at the Ukrainian Chamber of Commerce and Industry."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="is-municipal-service-agreement",
    type="municipal service agreement after a public tender (Iceland, translated) (unseen style)",
    style="Icelandic municipal agreement (samningur) after a public tender, in translation from Icelandic: "
          "'1. gr. / Article 1.' headings, parties with kennitala and postcode addresses, verkkaupi / verksali "
          "(Buyer / Contractor), tender under the Public Procurement Act No. 120/2016 and the Municipal "
          "Council's decision, content of the system and services only in the tender documents and the "
          "offer (order of precedence a.-c.), booking and access gates for swimming pools and sports halls, "
          "delivery plan with dates, extension only by the Buyer's final decision, dagsektir of ISK 75,000 "
          "per working day capped at 10%, signed change requests, test plan and one repeated test, 24-month "
          "error correction, ISK with VSK and consumer price indexation, e-invoices with gjalddagi and "
          "eindagi, dráttarvextir under Act No. 38/2001, ÍST EN ISO/IEC 27001 and Act No. 90/2018, 24-hour "
          "breach notice, the Buyer's liability capped, professional liability insurance, District Court of "
          "Reykjanes, two identical copies with witnesses to the date and signatures; Buyer (client)-favourable",
    labels={
        "milestones": P(("The Contractor shall deliver the system according to the following plan:",
                         "- Installation in the sports halls and the other two swimming pools, and training of staff: no later than 1 September 2026.")),
        "client-delay-relief": W("relief for delay only at the client's discretion ('the decision of the Buyer is final')",
                                 "The Buyer may extend delivery times if it considers that a delay is caused by circumstances for which the Contractor is not responsible."),
        "delay-penalties": P("the Buyer is entitled to daily fines (dagsektir) of ISK 75,000 for each working day that delivery is delayed. The daily fines may in total amount to no more than 10% of the contract sum under Article 8"),
        "change-control": P("Changes to the scope of the project shall be made only on the basis of a written change request, which the project managers of both parties sign before work on the change starts."),
        "acceptance-criteria": P("6.1 Before each delivery the Contractor shall present a test plan, which the Buyer approves, and the delivery shall be tested according to it in the presence of representatives of both parties. A delivery is accepted when all tests in the test plan have been passed without a serious error."),
        "rejection-remedy": W("a single correction attempt, then rejection and termination",
                              "6.2 If a delivery does not pass the tests, the Contractor shall correct the errors within ten working days and the tests shall be repeated once."),
        "security-obligations": P("9.2 The Contractor shall operate its information security management in accordance with the ÍST EN ISO/IEC 27001 standard."),
        "breach-notification": P("9.3 The Contractor shall notify the data protection officer of the Buyer of any security breach affecting personal data no later than 24 hours after it became aware of the breach."),
        "data-return-deletion": P("9.4 On the termination of the agreement the Contractor shall deliver all data of the Buyer in a generally readable format and then delete it from its systems and confirm the deletion in writing."),
        "confidentiality": P(("Both parties shall keep confidential all information about the affairs of the other party",
                              "The duty of confidentiality remains after the termination of the agreement.")),
        "liability-cap": W("a cap protecting only the client",
                           "12.1 The liability of the Buyer towards the Contractor under this agreement is limited to the amount of one year's monthly fees."),
        "insurance": P("12.2 The Contractor shall have in force professional liability insurance with an insured amount of at least ISK 50,000,000 during the term of the agreement"),
        "warranty": W("warranty longer than 12 months (24 months)",
                      "The Contractor warrants that the system meets the requirements of the tender documents and shall correct at its own expense all errors that come to light within 24 months from the acceptance of the last delivery."),
        "payment-terms": P("The due date is the date of the invoice and the final due date (eindagi) is 30 days later."),
        "late-payment-remedy": P("8.4 If payment is not made on the final due date, the Contractor may claim default interest (dráttarvextir) in accordance with the Act on Interest and Indexation No. 38/2001"),
        "termination-convenience": W("termination for convenience only for the client",
                                     "11.2 The Buyer may terminate the operation part of the agreement with six months' notice, to the end of a month."),
        "termination-cause-cure": P("11.3 If a party breaches its obligations materially, the other party may cancel the agreement in writing, if the breach has not been remedied within 14 days of a written notice describing the breach."),
        "payment-on-termination": P("11.4 On termination the Contractor shall be paid for accepted deliveries and for operation up to the date of termination."),
        "governing-law": P("The agreement is subject to Icelandic law. Disputes arising from it which are not resolved by negotiation shall be brought before the District Court of Reykjanes"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="np-donor-programme-subcontract",
    type="subcontract for services under a donor-funded programme (Nepal, SDC-funded) (unseen style)",
    style="subcontract for services of an international NGO's Nepal Country Office under an SDC-funded "
          "local-governance programme: letterhead with Social Welfare Council affiliation number, subcontract "
          "number, programme, donor credit number and budget line, Bikram Sambat date with the Gregorian "
          "equivalent ('Falgun 30, 2082 BS (14 March 2026)'), Pvt. Ltd. with Office of Company Registrar "
          "registration and PAN, RFP and HPD Procurement Guidelines, Terms of Reference and proposal as "
          "Annexes 1-2 (not reproduced), citizen grievance app with SMS/IVR for six rural municipalities of "
          "Karnali Province, deliverables table D1-D5 with due dates and payment percentages, start date "
          "'[to be confirmed at the inception meeting]', NPR with 13% VAT and tax at source, payment within "
          "30 days after the donor's instalment, 0.5% daily deduction capped at 10%, approval 'to the "
          "satisfaction of HPD and ... of the Donor', ownership from creation, five-working-day data-loss "
          "notice, bandhs in force majeure for HPD only, termination when funding ends, Code of Conduct on "
          "fraud and sexual exploitation, seven-year audit and donor visibility, Nepal law unless the donor "
          "requires Swiss law, arbitration under the Arbitration Act, 2055; HPD (client)-favourable",
    labels={
        "scope-defined": P(("2.1 The Subcontractor shall design, develop, test and deploy a \"Nagarik Gunaso\" (citizen grievance) system consisting of:",
                            "(e) training of ward secretaries and IT officers of the six rural municipalities.")),
        "deliverables": P(("| D1 | Inception report with work plan, user stories and list of pre-existing software of the Subcontractor | 3 weeks after start | 10% |",
                           "| D5 | Hosting and support report, handover of source code and administrator manual | 12 months after D3 | 15% |")),
        "client-dependencies": P("HPD will provide the Subcontractor with the grievance categories agreed with the municipalities, introduction letters to the municipalities, and access to the municipal offices for field testing and training."),
        "milestones": P(("| D2 | Working prototype tested with citizens in two wards | 31 May 2026 | 20% |",
                         "| D4 | Training of 72 ward secretaries and 6 IT officers; training report | 31 August 2026 | 25% |")),
        "force-majeure": W("force majeure only for the client",
                           "HPD shall not be liable for any failure or delay in the performance of its obligations caused by events beyond its reasonable control"),
        "delay-penalties": P("HPD may deduct 0.5% of the price of that deliverable for each day of delay, up to a maximum of 10% of the total contract price."),
        "change-control": P("Any change in the scope, the deliverables or the timeline shall be agreed in a written amendment signed by both parties before the changed work starts, stating the effect on the price and dates."),
        "acceptance-criteria": W("acceptance subjective ('to the satisfaction of HPD' and of the donor), with no time limit",
                                 "A deliverable shall be approved when it is to the satisfaction of HPD and, where the Donor so requires, of the Donor."),
        "breach-notification": W("breach notice later than 72 hours (five working days)",
                                 "7.2 The Subcontractor shall inform HPD in writing of any loss, theft or unauthorised disclosure of such data within five (5) working days of becoming aware of it."),
        "data-return-deletion": P("7.3 At the end of the Subcontract the Subcontractor shall hand over all data to the IT officers of the rural municipalities and to HPD and shall delete all copies held by it."),
        "confidentiality": W("confidentiality protecting only the client",
                             "7.1 The Subcontractor shall treat as confidential all information and data of HPD, of the rural municipalities and of citizens that it receives under this Subcontract, both during and after its term"),
        "indemnification": W("indemnity one-sided against the provider and unlimited",
                             "The Subcontractor shall indemnify and hold harmless HPD, the Donor and their staff against all claims, losses, damages, costs and liabilities of any nature"),
        "insurance": P("The Subcontractor shall maintain, at its own cost, insurance of its personnel against accident and injury during field travel, and professional indemnity insurance with cover of at least NPR 5,000,000"),
        "warranty": P("The Subcontractor shall correct free of charge any defects of the system that appear within six (6) months after the approval of D3."),
        "ip-ownership-deliverables": W("IP passing to the client before payment (from the moment of creation)",
                                       "All software, source code, data, reports and other materials produced under this Subcontract shall be the sole property of HPD from the moment they are created."),
        "payment-terms": W("pay-when-paid: due only after the donor's instalment arrives",
                           "3.4 Payment for each approved deliverable shall be released within thirty (30) days after HPD has received the corresponding instalment of funds from the Donor."),
        "termination-convenience": W("termination for convenience only for the client",
                                     "11.1 HPD may terminate this Subcontract at any time by fifteen (15) days' written notice"),
        "termination-cause-cure": W("termination without a cure period (immediate effect)",
                                    "11.2 HPD may terminate this Subcontract with immediate effect by written notice if the Subcontractor fails to perform any of its obligations"),
        "governing-law": W("governing law that floats (Swiss law or the donor agreement where the donor requires)",
                           "13.1 This Subcontract shall be governed by the laws of Nepal, provided that HPD may apply Swiss law or the terms of its agreement with the Donor wherever the Donor so requires."),
        "vague-terms": P("The start date of the Services is [to be confirmed at the inception meeting]"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="jira-epic-as-contract",
    type="Jira epic used as the contract (informal) (unseen style)",
    style="Jira epic exported as text ('[VELO-214] ... Created: 02/Mar/26 Updated: 09/Mar/26 Resolved: "
          "Unresolved', field block with Status 'Agreed - ready for sprint', Reporter / Assignee, Labels "
          "'contract, external-vendor, sow', Start date and Due date 'TBD', story points), wiki-markup "
          "description with h2. headings, * bullets and {quote}, child issues VELO-215 to VELO-220 for a "
          "loyalty programme and click-and-collect on a Slovenian bike-shop chain's Shopware webshop with "
          "POS sync, Given / When / Then acceptance criteria, reopen-and-fix and five-working-day move to "
          "Done, sprints planned 'once the POS vendor confirms', change-request issues approved in a "
          "comment, fixed EUR price plus DDV in a 40/30/30 split, 14-day invoices and pause when overdue, "
          "next phase 'TBD', 'Other stuff we agreed' bullets (IP on payment, own boilerplate kept, bugs "
          "fixed 'whenever they find it', no implied warranties, cap at the epic's price, two weeks' notice "
          "in a comment), attachments line, child-issue table, the client's 'Approved - this epic is our "
          "agreement' comment and the export footer; no confidentiality, security, data or governing-law "
          "terms; provider-favourable",
    labels={
        "scope-defined": P(("* VELO-215 Points wallet: 1 point per EUR 1 spent online and in shop (via POS sync), shown in the customer account",
                            "* VELO-219 Nightly sync job Shopware <-> POS (customers, points, stock)")),
        "deliverables": P("Deliverables = the merged code for the issues above on the Velo Veter GitLab, deployed on the current Shopware hosting, plus the README from VELO-220."),
        "assumptions-exclusions": P(("h2. Out of scope",
                                     "* Texts, translations and legal T&Cs of the loyalty programme - Velo Veter writes these")),
        "client-dependencies": P(("* Admin access to Shopware staging + production, GitLab maintainer role - before sprint 1",
                                  "* The loyalty T&Cs text by the end of sprint 2")),
        "client-delay-relief": P("if access, the API or reviews from Velo Veter's side come late, the sprints move by the same time and that is not Kodnik's delay."),
        "change-control": P("New wishes go in as a new issue with label \"change-request\". Luka estimates it, Nina approves it in a comment, then it goes in a sprint. Nothing starts without that approval."),
        "acceptance-criteria": P("Each child issue has its own acceptance criteria (Given / When / Then) in its description. A story is accepted when all its criteria pass on staging."),
        "deemed-acceptance": P("If a story sits in \"In review\" for 5 working days with no comment, it goes to Done and counts as accepted."),
        "rejection-remedy": P("If Nina finds a criterion that fails, she reopens the story with what she saw, Luka fixes it and moves it back to \"In review\"."),
        "liability-cap": P("If something goes wrong, the most Kodnik pays is what Velo Veter paid for this epic."),
        "warranty": W("warranty open-ended (bugs fixed free whenever found)",
                      "* Any bug in Kodnik's code that Velo Veter finds, whenever they find it, Luka fixes for free."),
        "warranty-disclaimer": P("* Apart from that the work is delivered as it is, with no other promises (no implied warranties of any kind)."),
        "ip-ownership-deliverables": P("* Code and designs made for this epic belong to Velo Veter once the invoices are paid."),
        "background-ip-retained": P("Kodnik keeps its own boilerplate, deploy scripts and the small Shopware plugins it used before"),
        "payment-terms": P("* Invoices are due 14 days from the invoice date"),
        "late-payment-remedy": P("* If an invoice is more than 14 days overdue, Kodnik pauses the work until it is paid, and the dates move accordingly"),
        "termination-convenience": P("* Either side can stop the work with 2 weeks' notice in a comment here."),
        "payment-on-termination": P("Velo Veter then pays the stories Done and the ones in progress pro rata."),
        "no-guarantee-results": P("* Kodnik can't promise more sales or more repeat customers from the loyalty programme, and the POS sync only works as well as the POS vendor's API."),
        "vague-terms": P("Start date:          TBD", "Due date:            TBD",
                         "* Rough estimate of the next phase (points expiry, birthday bonus): TBD after this one is live"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="lk-it-services-agreement-schedules",
    type="IT services agreement with tabular schedules (Sri Lanka) (unseen style)",
    style="Sri Lankan IT services agreement: 'THIS AGREEMENT is made and entered into at Colombo on this "
          "11th day of March Two Thousand and Twenty-Six (2026)', BY AND BETWEEN a PLC (PQ number) and a "
          "(Private) Limited (PV number) under the Companies Act No. 07 of 2007 'which term or expression "
          "shall where the context so requires or admits mean and include', ONE PART / OTHER PART, WHEREAS "
          "and 'NOW THEREFORE THIS AGREEMENT WITNESSETH', a five-clause body that sends everything to "
          "Schedules 1-6, nearly all tables: services S1-S4, exclusions X1-X4 and Company responsibilities "
          "C1-C4 for a digital tea-estate check-roll (plucking weights, Collective Agreement wages, EPF and "
          "ETF), deliverables D1-D5 with acceptance tests, timetable M1-M4 with M4 'TBD', fees in LKR excl. "
          "VAT and SSCL with AWPR-plus-2% interest, Schedule 5 of pre-existing materials '[To be attached]', "
          "Key Terms 6.1-6.21 (deemed acceptance after 60 days of live use, ISO/IEC 27001 and the Personal "
          "Data Protection Act No. 9 of 2022, 48-hour breach notice, availability credits, floods, "
          "landslides and curfews, Poya day), ICLP arbitration under the Arbitration Act No. 11 of 1995, "
          "Common Seals affixed before directors and witnesses; balanced",
    labels={
        "scope-defined": P(("| S1 | Design and configuration of the \"Kolapath\" digital check-roll",
                            "with first- and second-line support (Monday to Saturday, 07:00 to 18:00) |")),
        "deliverables": P(("| D1 | Solution design document | Signed off by the Company's Project Manager |",
                           "| D5 | Operations handbook and source code escrow deposit | Confirmation by escrow agent |")),
        "assumptions-exclusions": P(("| X1 | Supply of scales, handheld devices and SIM data plans |",
                                     "| X4 | Data entry of historical check-roll records prior to 1 January 2026 |")),
        "client-dependencies": P(("| C1 | Provide the current wage rules, worker master data and bank details in the agreed Excel templates by 31 March 2026 |",
                                  "| C4 | Review and sign off each Deliverable within the Review Period stated in Schedule 6 |")),
        "milestones": P(("| M1 | D1 | 15 April 2026 |", "| M3 | D3, D4 | 30 September 2026 |")),
        "client-delay-relief": P("Should the Company fail to perform any of C1 to C4, the affected Milestone dates in Schedule 3 shall be extended by the period of such failure and the Service Provider shall not be liable for the resulting delay."),
        "force-majeure": P("| 6.17 | Force majeure | Neither party is liable for delay or failure caused by events beyond its reasonable control"),
        "delay-penalties": P("If monthly availability falls below 99.0%, a credit of 5% of the monthly hosting fee per 0.5% shortfall, capped at 20% of that month's fee"),
        "change-control": P("Any change to Schedules 1 to 3 shall be made only through a written Change Request signed by both Project Managers, stating the cost and time impact."),
        "acceptance-criteria": P("| D2 | Pilot system at Glenanore Estate | Correct check-roll for 2 consecutive weeks, reconciled with manual books within 0.5% |",
                                 "| D3 | Rollout to the remaining eight estates | All UAT scripts in the agreed UAT pack passed with no Severity 1 or 2 defects open |"),
        "deemed-acceptance": W("deemed acceptance only after live use (sixty days of live operation)",
                               "If the Company does not reject in writing, the Deliverable is deemed accepted once it has been used by the Company in live operation for sixty (60) days."),
        "rejection-remedy": P("The Service Provider shall correct and resubmit within 10 Working Days, and the Review Period restarts."),
        "security-obligations": P("The Service Provider shall maintain an ISMS certified to ISO/IEC 27001, encrypt worker personal data at rest and in transit, enforce role-based access and keep audit logs for 12 months"),
        "breach-notification": P("| 6.8 | Breach notification | Notice to the Company's Data Protection Officer within 48 hours of becoming aware of a personal data breach. |"),
        "data-return-deletion": P("Within 30 days after expiry or termination, full export of the Company's data in CSV and SQL format, followed by secure deletion and a certificate of deletion."),
        "confidentiality": P("| 6.10 | Confidentiality | Mutual; continues for five (5) years after expiry or termination. |"),
        "liability-cap": P("Each party's aggregate liability is capped at the total Fees paid in the twelve (12) months preceding the claim"),
        "consequential-damages-exclusion": P("Neither party is liable for loss of profit, loss of crop revenue, or any indirect or consequential loss."),
        "indemnification": P("The Service Provider indemnifies the Company against third-party claims that the Deliverables infringe intellectual property rights, and the Company indemnifies the Service Provider against claims arising from data or wage rules supplied by the Company; both subject to 6.13."),
        "insurance": P("The Service Provider maintains professional indemnity cover of not less than LKR 25,000,000 and cyber liability cover for the Term."),
        "warranty": P("The Service Provider warrants that each Deliverable will conform to its acceptance test for ninety (90) days after acceptance."),
        "warranty-disclaimer": P("Save as expressly stated, all other warranties and conditions, whether express or implied by statute or otherwise, are excluded."),
        "ip-ownership-deliverables": P("Vests in the Company upon payment in full of the Implementation fee; until then the Company has a licence to use them."),
        "background-ip-retained": W("background IP reserved only if listed (Schedule 5, not yet attached)",
                                    "The Service Provider retains ownership of the materials listed in Schedule 5"),
        "payment-terms": P("Payment terms: invoices are payable within thirty (30) days of receipt."),
        "late-payment-remedy": P("Overdue amounts bear interest at the Average Weighted Prime Lending Rate published by the Central Bank of Sri Lanka plus two per cent (2%) per annum"),
        "termination-cause-cure": P("Either party may terminate by written notice if the other commits a material breach that is not remedied within thirty (30) days of notice specifying the breach."),
        "payment-on-termination": P("The Company pays for Milestones achieved, work in progress on a pro rata basis and hosting fees up to the date of termination."),
        "non-solicitation": W("non-solicitation ending with the contract ('during the Term')",
                              "Neither party shall solicit for employment any employee of the other engaged in the Services during the Term."),
        "governing-law": P("This Agreement shall be governed by and construed in accordance with the laws of Sri Lanka."),
        "vague-terms": P("| M4 | D5 | TBD (within the Term, date to be agreed at the Steering Committee) |"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="bd-work-order-hrm-software",
    type="work order issued on the buyer's letterhead (Bangladesh) (unseen style)",
    style="Bangladeshi corporate work order on a knit-composite garment factory's letterhead (BIN, "
          "'Ref: MKCL/ICT/WO/2026/031', 'To / The Managing Director', 'Subject: Work Order for Supply, "
          "Customisation and Implementation of HRM & Payroll Software.', 'Dear Sir, With reference to your "
          "quotation ... and subsequent price negotiation meeting'), line-item table in BDT with lakh "
          "grouping (6,50,000) and VAT @ 15%, amount 'In words: Taka Twenty Lac Seventy Thousand only', "
          "Bangladesh Labour Act 2006 and Labour Rules 2015, OT compliance for buyer audits, bKash salary "
          "file, 'B. TERMS AND CONDITIONS' numbered 01.-16., deliverables 'as per your technical proposal', "
          "90-day schedule with Go-live 'fixed mutually', 'Time is the essence of this work order', "
          "uncapped 2% weekly penalty, certification by the ICT & HR Committee 'to its full satisfaction', "
          "A/C payee cheque after completion with Mushak-6.3 VAT challan, VAT and AIT at source per NBR, "
          "three years' free support, additional modules 'fixed later', hartal as force majeure at the "
          "Company's sole discretion, cancellation 'without any prior notice', 'Copy to:' distribution "
          "list, vendor acceptance block with seal; Company (client)-favourable",
    labels={
        "scope-defined": P(("| 01 | HRM module: employee database for approx. 6,800 workers and staff",
                            "installation on Company server, user training (HR, Admin, Accounts) | 1 job | 1,50,000 | 1,50,000 |")),
        "deliverables": W("deliverables left to a document outside the contract (the technical proposal)",
                          "01. Deliverables: The software, documentation and reports shall be delivered as per your technical proposal referred above."),
        "milestones": P(("02. Time of Completion: The whole work shall be completed within 90 (ninety) days from the date of issuance of this work order",
                         "c) Go-live and training: within 90 days.")),
        "force-majeure": W("force majeure relief only at the client's discretion",
                           "the Company may at its sole discretion consider extension of the completion time upon written application from the vendor."),
        "time-of-essence": P("03. Time is the essence of this work order."),
        "delay-penalties": W("liquidated damages uncapped (2% per week with no maximum)",
                             "a penalty at the rate of 2% (two percent) of the total work order value per week of delay will be deducted from the vendor's bill."),
        "acceptance-criteria": W("acceptance subjective, at the committee's full satisfaction, with no time limit",
                                 "05. Acceptance: The work shall be considered complete only after inspection and certification by the ICT & HR Committee of the Company to its full satisfaction."),
        "indemnification": W("indemnity one-sided against the provider and unlimited",
                             "12. Liability: The vendor shall be liable for and shall indemnify the Company against any loss, damage, fine or claim of any kind"),
        "warranty": W("warranty longer than 12 months (three years)",
                      "08. Warranty and Support: The vendor shall provide free service support, bug fixing and statutory updates (including changes of minimum wage and of the labour rules) for three (3) years from the date of Go-live."),
        "termination-cause-cure": W("termination without a cure period (without any prior notice)",
                                    "13. Cancellation: The Company reserves the right to cancel this work order without any prior notice if the performance of the vendor is found unsatisfactory at any stage"),
        "vague-terms": P("Go-live date will be fixed mutually after completion of the parallel run.",
                         "10. Additional Modules: Price for additional modules (if any, e.g. medical centre, canteen, and compliance document archive) will be fixed later through negotiation."),
    },
))
