"""The hand-made judgements of benchmarks/unseen17: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen17)."""

SOURCE = "written for contract-analyzer as a seventeenth blind unseen-style check (unseen17)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="bo-minuta-contrato-servicios-banca-movil",
    type="IT services contract (Bolivia, translated from Spanish) (unseen style)",
    style="Bolivian minuta of a private contract for the provision of services, in free English translation (only the "
          "protocolised Spanish has effect): 'SEÑOR NOTARIO DE FE PÚBLICA: In the register of public deeds in your charge, "
          "please insert', 'CLAUSE ONE.- (THE CONTRACTING PARTIES)' headings with the subject in parentheses and 1.1. "
          "items, savings and credit cooperative 'R.L.' licensed by ASFI and an S.R.L. registered with SEPREC, NIT numbers, "
          "identity cards with the department suffix 'S.C.', notarial powers, Board of Directors resolution and "
          "qualification committee, mobile banking app for members with core integration, Products 1-5, 'time is of the "
          "essence' term, extension 'according to its own assessment', Bs with 'FOUR HUNDRED AND EIGHTY-SIX THOUSAND 00/100 "
          "BOLIVIANOS', IVA and IT included, electronic invoicing of the National Taxes Service, payment against invoice "
          "and act of conformity with no due date, 7% bank performance guarantee, client obligations 'as far as its "
          "possibilities and operational priorities allow', ASFI information security regulation 'as modified from time "
          "to time', capped penalties, conformity 'to the entire satisfaction', 24-month warranty, ownership from "
          "creation, unlimited hold-harmless, road blockades as force majeure, modifying contract, resolution by "
          "notarised letter without prior notice, convenience termination for the cooperative only without payment, "
          "'clauses of style and security', Testimonio and Notaría blanks; Cooperative (client)-favourable",
    labels={
        "scope-defined": P(("3.1. The object of the contract is the design, development, testing and implementation by THE PROVIDER",
                            "f) an administration console for the Operations area.")),
        "deliverables": P(("3.2. THE PROVIDER shall deliver the following products:",
                           "Product 5: user manual and training of twenty (20) officials.")),
        "client-dependencies": W("best efforts / client-discretion obligations: the cooperative's duties apply only 'as far as its possibilities and operational priorities allow'",
                                 ("THE COOPERATIVE shall, as far as its possibilities and operational priorities allow:",
                                  "b) appoint a counterpart from the Systems Management;")),
        "milestones": P(("5.1. THE PROVIDER shall deliver the products within the following terms",
                         "Products 4 and 5 within one hundred and fifty (150) calendar days.")),
        "client-delay-relief": W("relief for client delay only at the client's discretion: the extension is granted 'according to its own assessment, its decision being final'",
                                 "5.3. If THE PROVIDER is delayed by an act or omission of THE COOPERATIVE, it may request an extension in writing within five (5) days of the event, and THE COOPERATIVE shall grant it or not according to its own assessment, its decision being final."),
        "force-majeure": P("Neither party shall be responsible for the non-performance or delay of its obligations caused by an act of God or force majeure"),
        "time-of-essence": P("time is of the essence of this contract"),
        "delay-penalties": P(("11.1. For each calendar day of delay in the delivery of any product",
                              "up to a maximum of ten percent (10%) of the contract price.")),
        "acceptance-criteria": W("acceptance subjective / in the client's discretion: the act of conformity issues when the product is completed 'to the entire satisfaction of THE COOPERATIVE'",
                                 "12.1. Each product shall be reviewed by the counterpart, who shall issue the act of conformity when the product has been completed to the entire satisfaction of THE COOPERATIVE."),
        "rejection-remedy": P("12.2. If the counterpart makes observations, THE PROVIDER shall correct them within ten (10) working days and present the product again for review."),
        "security-obligations": W("security duties tied to changing client policies: the ASFI regulation and the cooperative's policies 'as they are modified from time to time'",
                                  "b) comply with the Regulation for the Management of Information Security issued by ASFI and the information security policies of THE COOPERATIVE, as both are in force and as they are modified from time to time;"),
        "breach-notification": P("13.2. THE PROVIDER shall inform THE COOPERATIVE in writing of any unauthorised access, loss or disclosure of information of the members within twenty-four (24) hours of its detection."),
        "data-return-deletion": P("13.3. On the conclusion of the contract, THE PROVIDER shall return to THE COOPERATIVE the databases and copies it holds and shall destroy those remaining in its equipment"),
        "confidentiality": W("confidentiality protecting only the client: only the provider keeps the cooperative's and members' information in reserve",
                             ("13.1. THE PROVIDER shall keep in strict reserve the information of THE COOPERATIVE",
                              "This obligation remains in force for five (5) years after the end of the contract.")),
        "indemnification": W("indemnity one-sided against the provider and unlimited: 'assuming all the consequences without limit'",
                             "THE PROVIDER shall hold harmless THE COOPERATIVE against any claim, fine of the regulator or demand of members or third parties arising from the execution of the services, assuming all the consequences without limit."),
        "warranty": W("warranty longer than 12 months: defects corrected free of charge for twenty-four (24) months",
                      "THE PROVIDER guarantees that the products will work in accordance with the Terms of Reference and shall correct, free of charge, any defect reported during twenty-four (24) months from the final act of conformity."),
        "ip-ownership-deliverables": W("IP passing to the client before payment: the products belong to the cooperative 'from the moment of their creation'",
                                       "The application, the console, the source code and all the products resulting from the contract are the exclusive property of THE COOPERATIVE from the moment of their creation"),
        "termination-convenience": W("termination for convenience only for the client",
                                     "19.2. THE COOPERATIVE may also conclude the contract at any time for reasons of institutional convenience by notarised letter given fifteen (15) days in advance"),
        "termination-cause-cure": W("termination without a (real) cure period: resolution 'by operation of law, by simple notarised letter and without prior notice' for any breach",
                                    ("19.1. THE COOPERATIVE may resolve the contract by operation of law, by simple notarised letter and without prior notice",
                                     "a) breach by THE PROVIDER of any of its obligations;")),
        "governing-law": P(("This contract is governed by the laws of the Plurinational State of Bolivia",
                            "Any controversy shall be submitted to the ordinary judges and courts of the city of Santa Cruz de la Sierra.")),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="mz-contrato-prestacao-servicos-gestao-frota",
    type="IT services contract (Mozambique, translated from Portuguese) (unseen style)",
    style="Mozambican contrato de prestação de serviços in translation (the Portuguese prevails): bilingual heading "
          "'CONTRATO DE PRESTAÇÃO DE SERVIÇOS N.º 07/DTI/2026', S.A. and Lda. parties registered at the Registry Office of "
          "Legal Entities with NUIT numbers, 'represented in this act by ... with powers for the act', FIRST GRANTOR / "
          "SECOND GRANTOR (outorgantes) also called CLIENT / PROVIDER, 'The present contract is freely and in good faith "
          "concluded ... and, in what is omitted, by the Civil Code and the Commercial Code', 'CLÁUSULA PRIMEIRA / CLAUSE "
          "ONE' with the subject in parentheses and numbered paragraphs with a) items, fleet management and telematics "
          "for 140 trucks on the Beira corridor (Machipanda and Zóbuè borders, Manga workshop), functional specification "
          "Annex I not reproduced, MZN with dot thousands and VAT 16%, day-counted schedule extended for client delay, "
          "change by quotation approved in writing, measurable acceptance tests with 10-working-day deemed acceptance, "
          "capped 0.1% penalty, 6-month guarantee, rights pass on full payment with the base platform 'Rota360' kept, "
          "TLS, two-factor and backups, incident notice 'as soon as possible', cap with carve-outs for data loss and "
          "vehicle damage, cyclones and border closure as force majeure, no-hire only 'During the term', 60-day "
          "termination without cause, CACM arbitration in Maputo, 'Made in Beira ... in two copies of equal content and "
          "value'; balanced",
    labels={
        "scope-defined": P(("1. The PROVIDER undertakes to supply, install, configure and put into operation a fleet management system comprising:",
                            "e) training of the dispatchers and workshop staff.")),
        "deliverables": P(("The PROVIDER shall deliver: a) the installation report per vehicle",
                           "e) the training attendance lists.")),
        "assumptions-exclusions": P(("1. The price assumes that the vehicles are presented at the Manga workshop",
                                     "and any integration with the accounting system of the CLIENT.")),
        "client-dependencies": P(("The CLIENT shall: a) present the vehicles at the workshop according to the installation plan;",
                                  "d) supply the list of drivers and the routes within ten (10) days of signature.")),
        "milestones": P(("a) installation of the units: up to 45 days;", "d) go-live for the whole fleet: day 90.")),
        "client-delay-relief": P("2. The periods are extended by the time of any delay attributable to the CLIENT"),
        "force-majeure": P("1. Neither GRANTOR is liable for failure or delay due to force majeure, namely cyclones, floods, armed conflict, epidemics or closure of the borders"),
        "delay-penalties": P("For each day of delay in the go-live attributable to the PROVIDER, the CLIENT may apply a penalty of 0.1% of the contract price, which may not exceed, in total, 5% of that price."),
        "change-control": P("Any change to the object, to the number of vehicles or to the interfaces shall be requested in writing by the project manager and shall only be executed after the PROVIDER presents its quotation of price and period and the CLIENT approves it in writing."),
        "acceptance-criteria": P(("1. At the end of the pilot, the GRANTORS shall carry out acceptance tests",
                                  "c) all the functions of Annex I execute without a critical error.")),
        "deemed-acceptance": P("in the absence of any response in that period, the system is considered accepted"),
        "rejection-remedy": P("3. If there are objections, the PROVIDER shall correct the non-conformities within fifteen (15) days and submit the system to new tests limited to the points objected."),
        "security-obligations": P("1. The PROVIDER shall host the platform in a data centre in Maputo, with encrypted communications (TLS 1.2 or higher), two-factor authentication for administrators, daily backups kept for thirty (30) days and a record of accesses kept for one year."),
        "breach-notification": W("breach notice without a deadline: 'as soon as possible'",
                                 "2. The PROVIDER shall communicate to the CLIENT, as soon as possible, any security incident that affects the data of the CLIENT or of its drivers."),
        "data-return-deletion": P("3. On the termination of the contract, the PROVIDER shall deliver to the CLIENT, in an open format, the historical data of the fleet and shall then delete them from its systems within sixty (60) days."),
        "confidentiality": P("The GRANTORS shall keep confidential the information of the other to which they have access because of this contract, including routes, clients and prices, during the contract and for three (3) years after its termination."),
        "liability-cap": W("carve-outs that leave the provider's main risks uncapped: loss or corruption of client data and damage to vehicles during installation are unlimited",
                           "2. The total liability of each GRANTOR is limited to the price of the contract, except for damage resulting from breach of confidentiality, from loss or corruption of data of the CLIENT or from damage caused to the vehicles or their cargo during installation, for which liability is unlimited."),
        "consequential-damages-exclusion": P("1. Neither GRANTOR shall be liable for loss of profit, loss of business or indirect damage."),
        "warranty": P("The PROVIDER guarantees, for six (6) months from the acceptance, that the system works in accordance with Annex I, and shall correct without cost the defects communicated to it in that period."),
        "ip-ownership-deliverables": P("1. With the full payment of the price, the economic rights over the configurations, reports and interfaces developed specifically for the CLIENT are transmitted to the CLIENT."),
        "background-ip-retained": P("2. The base telematics platform \"Rota360\", its source code and the tools existing before this contract remain the property of the PROVIDER"),
        "payment-terms": P("3. Invoices are payable within thirty (30) days of their receipt"),
        "late-payment-remedy": P("4. In case of delay in payment, default interest at the legal rate is due, and, after written notice with fifteen (15) days' period, the PROVIDER may suspend the services until payment."),
        "termination-convenience": P("1. Either GRANTOR may terminate the contract, without need to invoke a cause, by letter with acknowledgement of receipt sent sixty (60) days in advance."),
        "termination-cause-cure": P("2. Either GRANTOR may terminate the contract for breach by the other if the breach is not remedied within thirty (30) days of the written notice that identifies it."),
        "payment-on-termination": P("3. In any case of termination, the CLIENT shall pay the PROVIDER the services performed and the units installed up to the date of termination."),
        "non-solicitation": W("non-solicitation ending with the contract: only 'During the term of the contract'",
                              "During the term of the contract, neither GRANTOR shall hire the workers of the other who participated in the project."),
        "governing-law": P(("1. This contract is governed by Mozambican law.",
                            "by a sole arbitrator, in Portuguese.")),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="tn-contrat-integration-erp-huilerie",
    type="IT services contract (Tunisia, translated from French) (unseen style)",
    style="Tunisian contract for IT services on the integrator's paper, in translation (the French alone is authentic): "
          "letterhead of an S.A.R.L. engineering and IT services company (SSII) with the National Register of Enterprises "
          "unique identifier and tax registration number in the 1587***/X/A/M/000 form, 'BETWEEN: ... hereinafter called "
          "\"the Provider\", ON THE ONE HAND, AND: ... ON THE OTHER HAND. IT HAS BEEN AGREED AND ARRANGED AS FOLLOWS:', "
          "capital in dinars with three decimals, PART ONE - SPECIAL CONDITIONS and PART TWO - GENERAL CONDITIONS with "
          "'Article n - Heading' and 3.1 numbering, Odoo 17 for an olive-oil mill and exporter in Sfax (olive purchase "
          "with weighing and grading, trituration by batch, export customs documents, Tunisian accounting system), TND "
          "86.400,000 excluding taxes with VAT 19%, stamp duty and withholding-tax certificate, optional Lot 2 'to be "
          "defined', planning 'fixed by common agreement at the launch meeting', delays of the Client postpone time "
          "limits 'by operation of law', rider or supplementary purchase order, test book acceptance deemed by silence or "
          "production use, obligation of means, 3-month guarantee and exclusion of other guarantees, the Provider keeps "
          "ownership of its modules with a perpetual licence after payment, 'reasonable security measures' and incident "
          "notice 'at the earliest opportunity', 12-month cap, professional civil liability insurance, Article 283 of the "
          "Code of Obligations and Contracts, client-only no-hire with an indemnity, courts of Tunis, 'read and "
          "approved'; Provider (provider)-favourable",
    labels={
        "scope-defined": P(("The Provider shall carry out: (a) the analysis of the Client's processes",
                            "(e) assistance with the start-up during the first four weeks of production use.")),
        "assumptions-exclusions": P(("3.1 The price is established on the assumption that the data to be recovered",
                                     "and any specific development not described in Article 2.")),
        "client-dependencies": P(("The Client undertakes to: appoint a project manager available at least two days a week;",
                                  "and put in place the hardware and network infrastructure before the parameterisation.")),
        "client-delay-relief": P("Any delay in the performance of the obligations of the Client under Article 6 entails by operation of law an equivalent postponement of the time limits of the Provider"),
        "force-majeure": P("Neither party shall be liable for a failure due to a case of force majeure within the meaning of Article 283 of the Code of Obligations and Contracts."),
        "change-control": P("Any request of the Client that modifies the content of the services or exceeds them shall give rise to a written quotation from the Provider and shall only be performed after the signature of a rider or of a supplementary purchase order by the Client."),
        "acceptance-criteria": P(("9.1 Before start-up, the Provider shall carry out the acceptance tests on the basis of the test book drawn up with the Client.",
                                  "The services are accepted when all the scenarios of the test book are executed without a blocking anomaly.")),
        "deemed-acceptance": P("In the absence of a written answer in this period, or in case of use of the software in production, the acceptance is deemed to have been pronounced without reservations."),
        "rejection-remedy": P("9.3 The Provider shall correct the blocking anomalies listed and shall submit the corrected scenarios to a new test."),
        "security-obligations": W("security duties with no standard: only 'reasonable security measures'",
                                  "13.1 The Provider implements reasonable security measures to protect the data of the Client to which it has access."),
        "breach-notification": W("breach notice without a deadline: 'at the earliest opportunity'",
                                 "13.2 It informs the Client at the earliest opportunity of any incident affecting those data."),
        "confidentiality": P("Each party undertakes to keep confidential the information of the other party of which it has knowledge on the occasion of the contract, during the contract and for two (2) years after its end."),
        "liability-cap": P("16.1 The liability of the Provider, all causes combined, is limited to the amounts actually paid by the Client under the contract during the twelve (12) months preceding the event giving rise to the liability."),
        "consequential-damages-exclusion": P("16.2 In no case is the Provider liable for indirect damage, in particular loss of turnover, loss of profit, loss of clientele"),
        "insurance": P("The Provider declares that it has taken out a professional civil liability insurance policy with a company approved in Tunisia and undertakes to maintain it for the duration of the contract."),
        "warranty": P("11.1 The Provider guarantees the conformity of the parameterisation to the test book for a period of three (3) months from the acceptance"),
        "warranty-disclaimer": P("11.2 Excluding the guarantee of Article 11.1, the software and services are provided without any other guarantee, express or implied, in particular of commercial value or fitness for a particular purpose."),
        "ip-ownership-deliverables": P(("12.1 The Provider remains the owner of the modules, adaptations and parameterisations it carries out within the framework of the contract.",
                                        "for the needs of its own activity.")),
        "background-ip-retained": P("12.2 The Provider also retains all its rights over its methods, tools, templates and modules existing before the contract."),
        "payment-terms": P("15.1 Invoices are payable by transfer within thirty (30) days of their date."),
        "late-payment-remedy": P(("15.2 Any amount not paid on its due date bears, by operation of law and without formal notice, late interest",
                                  "the Provider may suspend its services until full payment, the time limits being extended accordingly.")),
        "termination-cause-cure": P("20.1 In case of breach by one party of its essential obligations, not remedied within thirty (30) days of a formal notice sent by registered letter with acknowledgement of receipt, the other party may terminate the contract by operation of law."),
        "payment-on-termination": P("20.2 In case of termination, for whatever cause, the Client shall pay the Provider the services carried out up to the effective date of termination"),
        "no-guarantee-results": P(("The Provider is bound by an obligation of means. It does not guarantee any gain of productivity or any result of the Client's business",
                                   "for the consequences of inaccurate or incomplete data or information supplied by the Client.")),
        "non-solicitation": P("The Client undertakes not to solicit or employ, directly or through an intermediary, any employee of the Provider who has taken part in the services, during the contract and for twelve (12) months after its end."),
        "governing-law": P(("The contract is subject to Tunisian law.",
                            "shall be of the exclusive competence of the courts of Tunis.")),
        "vague-terms": P("The detailed planning of the services shall be fixed by common agreement at the launch meeting.",
                         "its price is to be defined on a separate quotation after the analysis workshops"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="qc-contrat-de-service-portail-tracabilite",
    type="IT services contract (Québec, translated from French) (unseen style)",
    style="Québec contract for services (contract of enterprise or for services, arts. 2098 ff. C.C.Q.) in English "
          "translation (the parties required French, which alone is official): 'BETWEEN: ... (the \"Client\") AND: ... "
          "(the \"Contractor\")' blocks with the constituting statutes cited as CQLR chapters, NEQ number, 'duly "
          "authorised by a resolution of the board of directors, as she so declares', PREAMBLE of WHEREAS and 'THE "
          "PARTIES AGREE AS FOLLOWS:', capitalised sections 1.-16. with 1.1 and (a) items, forestry cooperative's timber "
          "traceability portal (cut blocks, transport slips, mill scale tickets, offline Android tablets), dated "
          "schedule postponed for client failures or superior force, signed change requests, measurable acceptance "
          "against Schedule A with 'one single opportunity' to correct, $ with GST and QST, 30-day payment and 12% per "
          "year interest with suspension, 90-day warranty and exclusion of legal warranty, reliance on client data, "
          "assignment of copyright and waiver of moral rights on full payment, the Contractor's sync engine 'Relais' "
          "licensed, Act respecting the protection of personal information in the private sector with a 48-hour "
          "confidentiality-incident notice and the Commission d'accès à l'information, cap at the price with the "
          "art. 1474 C.C.Q. exception, mutual IP and content indemnities, forest fires and closed forest roads as "
          "superior force (art. 1470), unilateral resiliation by the Client under art. 2125 and by the Contractor only "
          "for a serious reason under art. 2126, payment under art. 2129, election of domicile in the judicial "
          "district of Saint-Maurice, Schedule A 'to be attached after approval'; balanced",
    labels={
        "scope-defined": P(("2.1 The Contractor shall design, develop and put into service a web and mobile portal allowing:",
                            "required by its timber supply guarantee.")),
        "deliverables": P(("2.2 The Deliverables are: (a) the functional specification;",
                           "deposited in the Client's repository.")),
        "client-dependencies": P(("The Client shall: (a) designate a project lead with decision-making authority;",
                                  "(d) comment on each document submitted within seven (7) working days.")),
        "milestones": P(("3.1 The Contractor shall deliver the Deliverables according to the following schedule:",
                         "go-live on September 1, 2026.")),
        "client-delay-relief": P("3.2 If the Client fails to perform one of its obligations under section 4 within the time required, or if a superior force event occurs, the dates of section 3.1 are postponed by the duration of the delay"),
        "force-majeure": P("Neither party is liable for a failure to perform caused by superior force within the meaning of article 1470 C.C.Q."),
        "change-control": P(("5.1 Any change to the services or the Deliverables is requested by a written change request.",
                             "has been signed by both parties' project leads.")),
        "acceptance-criteria": P("A Deliverable is accepted when all the scenarios of Schedule A are passed, no defect of severity 1 or 2 remains and the portal responds in less than three (3) seconds for 95% of the requests."),
        "rejection-remedy": W("a single correction attempt: 'one single opportunity' to correct, after which the client may resiliate",
                              "The Contractor shall have one single opportunity to correct them within fifteen (15) working days; if the corrected Deliverable is again refused, the Client may resiliate the contract with respect to that Deliverable."),
        "security-obligations": P("shall host the portal in Canada, encrypt the data in transit and at rest, apply multi-factor authentication to all administrative access and keep access logs for twelve (12) months"),
        "breach-notification": P("10.3 The Contractor shall notify the Client of any confidentiality incident involving personal information within forty-eight (48) hours of becoming aware of it"),
        "data-return-deletion": P("10.4 At the end of the contract, the Contractor shall return the Client's data in a standard format and then destroy all copies, and shall confirm the destruction in writing."),
        "confidentiality": P(("10.1 Each party shall protect the Confidential Information of the other",
                              "This obligation continues for five (5) years after the end of the contract.")),
        "liability-cap": P("11.2 The total liability of either party under the contract shall not exceed the price paid and payable under section 7.1."),
        "consequential-damages-exclusion": P("11.1 Neither party shall be liable to the other for indirect damages, loss of profit or loss of revenue."),
        "indemnification": P("11.3 The Contractor shall defend the Client against any claim that a Deliverable infringes the intellectual property rights of a third party and shall indemnify it for any resulting condemnation, and the Client shall do the same for the data, logos and content it provides."),
        "insurance": P("The Contractor shall maintain, for the duration of the contract, professional liability insurance and general civil liability insurance of at least $2,000,000 per occurrence each"),
        "warranty": P("8.1 The Contractor warrants that each Deliverable will conform to the functional specification and to section 2.1 for ninety (90) days from its acceptance"),
        "warranty-disclaimer": P("8.2 Except for the warranty of section 8.1, the Contractor gives no other warranty, express or legal, including as to quality or fitness for a particular purpose, to the extent permitted by law."),
        "ip-ownership-deliverables": P("9.1 Upon full payment of the price, the Contractor assigns to the Client the copyright in the specific developments and the Deliverables"),
        "background-ip-retained": P("9.2 The Contractor retains the ownership of its pre-existing software components, libraries and know-how"),
        "payment-terms": P("7.2 The Contractor's invoices are payable within thirty (30) days of their receipt."),
        "late-payment-remedy": P(("7.3 Any amount not paid at maturity bears interest at the rate of twelve percent (12%) per year from its due date.",
                                  "the Contractor may suspend the work until payment.")),
        "termination-convenience": W("termination for convenience only for the client: the Contractor may resiliate only for a serious reason",
                                     ("14.1 In accordance with article 2125 C.C.Q., the Client may unilaterally resiliate the contract at any time by written notice of fifteen (15) days.",
                                      "The Contractor may resiliate the contract only for a serious reason, in accordance with article 2126 C.C.Q.")),
        "termination-cause-cure": P("14.2 Either party may resiliate the contract if the other fails to perform a material obligation and does not remedy the failure within twenty (20) days of a written notice describing it."),
        "payment-on-termination": P("14.3 In case of resiliation, the Client shall pay the Contractor, in proportion to the agreed price, the actual cost of the work performed before the end of the contract or before the notice"),
        "no-guarantee-results": P("8.3 The Contractor does not guarantee the accuracy of the volumes recorded by crews or confirmed by mills; it may rely on the data and instructions provided by the Client without having to verify them."),
        "non-solicitation": P("During the contract and for twelve (12) months after its end, neither party shall solicit or hire an employee of the other who has taken part in the services"),
        "governing-law": P("16.1 The contract is governed by the laws applicable in Québec. The parties elect domicile in the judicial district of Saint-Maurice, whose courts shall have exclusive jurisdiction."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="enabel-uganda-service-contract-tracer-platform",
    type="IT services contract (development agency, Belgian public procurement, Uganda) (unseen style)",
    style="Enabel (Belgian development agency) public contract for services signed by its Resident Representation in "
          "Uganda, in English: procurement reference with 'negotiated procedure without prior publication', Part A "
          "Particulars as an 'Item | Particulars' table (public-law company with social purposes in Brussels, Ugandan "
          "Ltd with URSB registration and TIN, programme funded by the Kingdom of Belgium with EU co-financing, UGX "
          "global price all taxes included, leading official, Belgian Law of 17 June 2016 and Royal Decree of 14 January "
          "2013 as General Implementing Rules, order of precedence), Part B Special conditions 'Art. n - Heading' with "
          "6.1 numbering, services only in the unattached Technical Specifications, deliverables table D1-D5 with weeks "
          "and payment shares and an Option row 'to be defined by Enabel', 5% performance guarantee, written amendment "
          "before execution, fines for delay of 0.07% a day capped at 7.5%, 30-day verification and provisional / final "
          "acceptance with 'The expiry of the verification period does not amount to acceptance', payment 30 days after "
          "the verification period, Belgian Law of 2 August 2002 late-payment interest, one-way confidentiality, "
          "Enabel ICT policies 'as updated from time to time', 48-hour breach notice, ownership on creation, "
          "pre-existing rights only if listed in Annex 4 ('none'), unlimited indemnity, force majeure only if Enabel 'at "
          "its discretion' accepts it, official report of default with 15 days to remedy, termination by Enabel 'at any "
          "time, without giving reasons', Code of Ethics and visibility of logos, Brussels courts with Enabel's option "
          "for Ugandan courts, date blanks, Annexes 1-3 not attached; Enabel (client)-favourable",
    labels={
        "deliverables": P(("| D1 | Inception report with data model and work plan | week 4 | 15% |",
                           "| D5 | Training of 30 institute staff, administrator manual and hand-over of the source code | week 30 | 15% |")),
        "milestones": P(("| No. | Deliverable | Due (from notification) | Payment |",
                         "| D5 | Training of 30 institute staff, administrator manual and hand-over of the source code | week 30 | 15% |")),
        "force-majeure": W("relief for force majeure only at the client's discretion: the provider may invoke it only if Enabel 'at its discretion, accepts it as such'",
                           "Force majeure may be invoked by the service provider only if it notifies Enabel in writing within five (5) days of the event and Enabel, at its discretion, accepts it as such."),
        "delay-penalties": P(("Fines for delay are due, without formal notice, by the mere expiry of the time limit for each deliverable",
                              "The total of the fines for delay is limited to 7.5% of the contract value.")),
        "change-control": P(("Enabel may, by a written amendment signed before the execution, add to or reduce the services",
                             "No additional service performed without such an amendment will be paid.")),
        "rejection-remedy": P("6.2 If the services do not conform, the service provider shall redo them at its own expense within fifteen (15) days and submit them again for verification."),
        "security-obligations": W("security duties with no standard, tied to changing client policies: Enabel's policies 'as updated from time to time'",
                                  "8.2 The service provider shall comply with the information security and ICT policies of Enabel, as updated from time to time and communicated by the leading official."),
        "breach-notification": P("8.3 The service provider shall inform the leading official of any breach of personal data of graduates within forty-eight (48) hours of becoming aware of it."),
        "data-return-deletion": P("8.4 At the end of the contract, the service provider shall hand over all data to Enabel and the institutes in an agreed open format and shall delete its own copies within thirty (30) days"),
        "confidentiality": W("confidentiality protecting only the client and with no survival",
                             "8.1 The service provider shall keep confidential all information and data of Enabel, of the partner institutes and of the graduates to which it has access"),
        "indemnification": W("indemnity one-sided against the provider and unlimited: 'without limitation of amount'",
                             "The service provider shall indemnify and hold harmless Enabel, its staff and the Belgian State against all claims, actions, fines and costs of any kind arising from the performance of the services or from any infringement of third-party rights, without limitation of amount."),
        "insurance": P("The service provider shall hold professional liability insurance covering the services for the duration of the contract"),
        "ip-ownership-deliverables": W("IP passing to the client before payment: results become Enabel's property 'as soon as they are created'",
                                       "9.1 All results of the services, including the source code, databases, reports and manuals, become the property of Enabel as soon as they are created, without further payment."),
        "background-ip-retained": W("background IP reserved only if listed, and the list (Annex 4) says 'none'",
                                    "9.2 Pre-existing rights of the service provider are preserved only for the components listed in Annex 4 of this contract. Annex 4: none."),
        "payment-terms": W("payment due later than 45 days: 30 days after the end of a 30-day verification period",
                           "7.2 Payment is made within thirty (30) days from the end of the verification period of Art. 6.1"),
        "late-payment-remedy": P("7.3 In case of late payment, the service provider is entitled to interest under the Belgian Law of 2 August 2002 on combating late payment in commercial transactions."),
        "termination-convenience": W("termination for convenience only for the client",
                                     "13.2 Enabel may terminate the contract at any time, without giving reasons, by registered letter"),
        "termination-cause-cure": P(("13.1 When the service provider fails to perform its obligations, Enabel records the default in an official report",
                                     "If it fails to do so, Enabel may terminate the contract.")),
        "payment-on-termination": P("the service provider is then paid for the services performed and accepted until the date of termination and for the services in progress at that date, on justification"),
        "governing-law": W("an asymmetric forum: Brussels courts exclusively, but Enabel reserves the right to sue in Uganda",
                           ("15.1 The contract is governed by Belgian law.",
                            "Enabel nevertheless reserves the right to bring a dispute before the competent courts of Uganda.")),
        "vague-terms": P("quantities and dates to be defined by Enabel"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="discord-export-matchmaking-backend",
    type="IT services agreement (informal: Discord channel export) (unseen style)",
    style="Discord server channel exported as text (DiscordChatExporter-like): '=====' banner with Guild, Channel "
          "('🔒 contractors / #ext-netcode-contract') and Topic ('Pinned = the deal'), '[dd/mm/yyyy hh:mm] username' "
          "message heads, Discord Markdown (**bold** headings, `code`, numbered and dashed lists), @mentions, "
          "'{Reactions}' block with ✅ and 🎉 counts, a Carl-bot pin notice, agreement by ✅ reactions on the 'TERMS (v3)' "
          "message; a freelance network programmer building matchmaking, lobby, dedicated-server orchestration on "
          "Hetzner, Steam auth and an ops dashboard for a small Swedish indie studio's Godot game before Steam Next Fest; "
          "milestones M1-M3 with dates and load-test acceptance numbers, 5-working-day silence acceptance, fix and "
          "re-run, change requests approved by ✅ in another channel, EUR fixed price with reverse-charge VAT, "
          "pay-when-the-publisher-pays with a 60-day backstop, pause and 1.5%/month, dates slide when blocked, "
          "'we'll do our best' for Steamworks access, 30-day bug fixing then as-is, no promise about launch traffic, "
          "the freelancer's library 'skerry' licensed, cap at fees paid with no lost sales, 7 days' notice either way, "
          "phase 2 'price TBD'; nothing on confidentiality, data, security, insurance, ownership of the new code or "
          "governing law; freelancer (provider)-favourable",
    labels={
        "scope-defined": P(("What I'm building (backend only, Godot 4 client hooks are yours):",
                            "kill switch per region")),
        "deliverables": P(("- matchmaking + lobby services in your GitHub org",
                           "- 2 handover calls recorded")),
        "assumptions-exclusions": P("**Not included:** anti-cheat, console certification / crossplay, anything in the game client netcode, the Hetzner + Steam bills (you pay those directly on your accounts), 24/7 on-call after launch"),
        "client-dependencies": W("best efforts / client-discretion obligations: the studio will only 'do our best' to get Steamworks partner access",
                                 "Ines/Hugo will do our best to get Steamworks partner access to Ruaridh in the first week; the server export pipeline, Hetzner test account and a 2-working-day answer time are firm."),
        "milestones": P(("M1 - matchmaking + lobby on staging, 4 bots can queue + match: **10 Apr**",
                         "M3 - all 4 regions, dashboard, load test passed, handover: **19 Jun**")),
        "client-delay-relief": P("when I'm waiting on access, builds or answers from you, the milestone dates slide by the same number of days"),
        "change-control": P("anything not in the scope above goes in #change-requests with a price and days from me. nothing starts until you react ✅ on it"),
        "acceptance-criteria": P(("**6. Acceptance** - each milestone is accepted when it passes its check in the repo:",
                                  "server crash rate under 0.5%")),
        "deemed-acceptance": P("if nobody on your side runs the check within 5 working days of me posting \"M(n) ready\", it counts as accepted"),
        "rejection-remedy": P("you post what failed, I fix it and post \"ready\" again, and the check runs again on just the failed bits"),
        "liability-cap": P("my total liability for everything in this deal is capped at what you've paid me"),
        "consequential-damages-exclusion": P("I'm not liable for lost sales, refunds, player churn or bad reviews"),
        "warranty": P("I fix bugs in what I built, free, for 30 days after M3 acceptance"),
        "warranty-disclaimer": P("after that it's as-is and I don't give any other warranties, implied or otherwise"),
        "background-ip-retained": P("my netcode utility library `skerry` (the bits I bring from old projects) stays mine. you get a perpetual, free licence to use it inside Tidebound and its DLC"),
        "payment-terms": W("pay-when-paid: each invoice is paid when the publisher releases the milestone money, with a 60-day backstop (later than 45 days)",
                           "each invoice gets paid when Fjordlight releases the matching milestone money to you. If that hasn't happened 60 days after my invoice, you pay it anyway"),
        "late-payment-remedy": P("if an invoice is past that point, I pause work after 7 days' notice here and add 1.5%/month on the overdue amount"),
        "termination-convenience": P("either of us can end this with 7 days' notice in this channel"),
        "payment-on-termination": P("you pay for the work done up to the end of those 7 days, pro-rata on the current milestone"),
        "no-guarantee-results": P("I'll build it to hit the numbers in point 6, but I can't guarantee how it holds up against real launch traffic, Steam outages or Hetzner outages, or that Next Fest goes well"),
        "vague-terms": P("Phase 2 (console crossplay relay): price TBD, not part of this"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="bw-managed-services-agreement-schedules",
    type="managed IT services agreement (Botswana, terms in tables and schedules) (unseen style)",
    style="Botswana managed IT services agreement with nearly all terms in tables: PART 1 - KEY TERMS as a 'Ref | Term | "
          "Detail' table K1-K12 ((Pty) Ltd parties with BW-prefixed company numbers under the Companies Act (Cap. "
          "42:01), a microfinance client licensed by NBFIRA, nine branch Sites from Francistown to Maun, Service "
          "Commencement Date 'TBC - expected within Q2 2026', Minimum Term, VAT at 14%, 30-day payment, First National "
          "Bank Botswana prime plus 2%, 12-month charges cap, PI / cyber / public liability in BWP, laws of Botswana and "
          "the High Court), PART 2 - GENERAL TERMS 1-15 that point back to the K rows, Schedule 1 Services S1-S8 table "
          "(service desk, devices, Microsoft 365, SD-WAN, core lending servers, backup, on-site visits, CIS Controls v8 "
          "IG1 security row) with assumptions and exclusions under it, Schedule 2 priority table P1-P4 with response / "
          "resolution times and service credits capped at 10%, Schedule 3 charges in BWP with the Maun travel 'to be "
          "agreed', Schedule 4 client responsibilities C1-C5, Schedule 5 exit, Botswana Power Corporation outages as "
          "force majeure, Data Protection Act of Botswana, five-Business-Day incident notice, 'SIGNED at Gaborone on "
          "______________ 2026' with witnesses; balanced",
    labels={
        "scope-defined": P(("| Row | Service | Description | Sites / volumes |",
                            "| S8 | Security measures | CIS Controls v8 Implementation Group 1; multi-factor authentication for all users; critical patches within 14 days; annual external penetration test | all Sites |")),
        "assumptions-exclusions": P("Assumptions and exclusions: the Charges assume no more than 200 users and 9 Sites; the core lending application itself, its database and its vendor are excluded; hardware purchases, cabling and ISP charges are excluded"),
        "client-dependencies": P(("| C1 | Give the Provider administrator access to all systems in scope before the Service Commencement Date |",
                                  "| C5 | Ensure that the core lending system vendor cooperates with the Provider on server patching |")),
        "client-delay-relief": P("The Provider is relieved of any Service Level failure, and of any Service Credit, to the extent the failure is caused by the Client's failure to perform a responsibility in Schedule 4"),
        "force-majeure": P("A party is not liable for any delay or failure that results from events outside its reasonable control, including national power outages by the Botswana Power Corporation"),
        "delay-penalties": P(("If the Provider misses a Service Level in Schedule 2, the Client is entitled to the Service Credits in Schedule 2",
                              "The Service Credits for a month are capped at one tenth (10%) of that month's Monthly Charges")),
        "change-control": P(("Either party may propose a change to the Services, Sites or user numbers by a Change Request form.",
                             "A change is binding only when the Change Request is signed by both parties' account managers.")),
        "security-obligations": P("| S8 | Security measures | CIS Controls v8 Implementation Group 1; multi-factor authentication for all users; critical patches within 14 days; annual external penetration test | all Sites |"),
        "breach-notification": W("breach notice later than 72 hours: within five (5) Business Days",
                                 "5.2 The Provider shall notify the Client of any security incident affecting the Client's systems or personal data within five (5) Business Days of becoming aware of it."),
        "data-return-deletion": P("return all Client data in its possession in a commonly used format, and then securely delete it and certify the deletion in writing"),
        "confidentiality": P(("Each party shall keep confidential the other's confidential information",
                              "This clause survives termination for three (3) years.")),
        "liability-cap": P("| K9 | Liability cap | total Charges paid or payable in the 12 months before the claim |",
                           "8.2 Each party's total liability is limited to the amount in K9."),
        "consequential-damages-exclusion": P("8.1 Neither party is liable for loss of profits, revenue or business, or for indirect or consequential loss."),
        "indemnification": P("8.4 Each party shall indemnify the other against third-party claims arising from its infringement of intellectual property rights or its breach of the Data Protection Act of Botswana."),
        "insurance": P("| K10 | Insurance | professional indemnity BWP 5,000,000; cyber liability BWP 2,000,000; public liability BWP 2,000,000 |"),
        "warranty": P("with the reasonable skill, care and diligence of a competent managed IT services provider, and warrants that the Services will be so performed"),
        "warranty-disclaimer": P("Except as set out in clause 2, all warranties, conditions and terms implied by law, including as to fitness for purpose, are excluded to the fullest extent permitted by law."),
        "background-ip-retained": P("The Provider's tools, scripts, monitoring platform, templates and know-how remain the property of the Provider, whether developed before or during this Agreement."),
        "payment-terms": P("| K7 | Payment | within 30 days of the date of invoice, by EFT |"),
        "late-payment-remedy": P("| K8 | Late payment interest | prime lending rate of First National Bank Botswana plus 2% per year |",
                                 "the Provider may suspend non-essential Services if any invoice is more than 30 days overdue after giving 10 days' notice"),
        "termination-convenience": P("9.1 After the Minimum Term, either party may terminate this Agreement for convenience by giving not less than 90 days' written notice."),
        "termination-cause-cure": P("9.2 If a party is in material breach and has not put the breach right within 30 days after receiving a notice that describes it, the other party may end this Agreement by written notice."),
        "payment-on-termination": P("9.3 On termination the Client shall pay the Charges for Services provided up to the termination date and any approved Change Request work performed."),
        "non-solicitation": P("During the term and for 12 months after, neither party shall solicit or employ any person employed by the other who was involved in the Services"),
        "governing-law": P("| K11 | Governing law | the laws of Botswana |",
                           "15. Law. This Agreement is governed by the law in K11 and the parties submit to the exclusive jurisdiction of the courts in K12."),
        "vague-terms": P("| K4 | Service Commencement Date | TBC - expected within Q2 2026, to be confirmed by the Client in writing |",
                         "| Maun branch travel and accommodation | visit | to be agreed |"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="gdocs-comment-thread-appeal-microsite",
    type="IT services agreement (informal: Google Docs document with comment threads) (unseen style)",
    style="Google Docs document exported with its comments and suggestions, used as the agreement between an Edinburgh "
          "food-bank charity (SCIO) and a sole-trader web developer: export note with sharing roles (owner / can comment "
          "/ can edit) and last-edit line, status line 'AGREED', chatty intro, short numbered sections 1-9 (Who, What, "
          "Dates, If it's late, Sign-off, Money, Our data, Ownership, Insurance) with comment anchors [a]-[i], typed "
          "names as signatures, then a COMMENTS AND SUGGESTIONS section with dated comments, indented replies, '-- Marked "
          "as resolved by' and '-- Suggestion rejected by' lines; autumn appeal microsite with a Beacon CRM donor sync "
          "and Gift Aid declarations, scope and deliverables only in an 'Appeal Brief v3' the charity keeps up to date "
          "(freeze refused), dated steps to a radio launch, 'Time is of the essence', £100 a day off with the cap "
          "suggestion rejected, sign-off by trustee vote 'once they're happy', invoice after sign-off paid at the "
          "'monthly finance run', phase 2 'budget TBC', delete donor data at the end, ownership 'as soon as it's made', "
          "PI cover; date relief, security, breach, background IP and termination raised by the developer and left out; "
          "charity (client)-favourable",
    labels={
        "deliverables": W("deliverables left to a document outside the contract: 'everything in the Appeal Brief v3 (linked here)', which the client keeps up to date",
                          "Scope and deliverables: everything in the Appeal Brief v3 (linked here), which Morag will keep up to date as the appeal plan firms up."),
        "milestones": P(("- Draft microsite on the staging link for us to look at: Fri 4 September",
                         "- Live: Thu 1 October, 8am, the morning the appeal launches on the radio")),
        "time-of-essence": P("Time is of the essence: the appeal launch on 1 October can't move"),
        "delay-penalties": W("liquidated damages uncapped and regardless of cause: £100 a day with the cap and the 'unless caused by us' suggestion rejected",
                             "If the site isn't live on 1 October we'll take £100 off the fee"),
        "acceptance-criteria": W("acceptance subjective, in the client's discretion and with no time limit: the trustees sign off 'once they're happy with it'",
                                 "Sign-off is by the Trustees at their September meeting once they're happy with it."),
        "data-return-deletion": P("When the project's done, delete any copies of our donor data you hold and send us back any exports you made."),
        "insurance": P("You confirmed you have professional indemnity insurance (£1m) - please keep it in place until the site has been live for a month."),
        "ip-ownership-deliverables": W("IP passing to the client before payment: ownership 'as soon as it's made'",
                                       "Everything you make for us belongs to Leith Larder as soon as it's made"),
        "vague-terms": P("Phase 2 (Christmas campaign pages): budget TBC"),
    },
))
