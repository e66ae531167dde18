"""The hand-made judgements of benchmarks/unseen15: P(...) present, W(why, ...) weak, anything else
missing (see benchmarks/blindset.py, which builds and checks labels.jsonl from them:
python benchmarks/blindset.py build unseen15)."""

SOURCE = "written for contract-analyzer as a fifteenth blind unseen-style check (unseen15)"

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="sn-contrat-prestation-services-informatiques",
    type="IT services contract (Senegal, OHADA, translated from French) (unseen style)",
    style="Senegalese contrat de prestation de services informatiques in translation (the French alone is authentic): "
          "'No. SD/2026/011', 'BETWEEN THE UNDERSIGNED (ENTRE LES SOUSSIGNÉS)', S.A. and S.A.R.L. parties with share capital "
          "in FCFA, RCCM and NINEA numbers, 'ON THE ONE HAND (D'UNE PART)' / 'ON THE OTHER HAND (D'AUTRE PART)', "
          "'THE FOLLOWING HAS FIRST BEEN SET OUT' and 'THIS HAVING BEEN SET OUT, IT HAS BEEN AGREED AND DECIDED AS FOLLOWS', "
          "Article n – Heading with 3.1 and a) items, transit-file and warehouse application for a customs broker at the "
          "Port of Dakar, order to start work, delay penalties of 1/1000 per day after a mise en demeure capped at 5%, "
          "amendment (avenant) for scope changes, provisional and final acceptance (recette provisoire / définitive) "
          "against an annexed test book with deemed acceptance, FCFA price with 18% VAT, WAEMU legal rate plus three "
          "points, Law No. 2008-12 and the CDP, OHADA Uniform Acts, Tribunal de Commerce Hors Classe de Dakar, "
          "'Read and approved (Lu et approuvé)', annexes initialled but not reproduced; balanced",
    labels={
        "scope-defined": P(("The purpose of this contract is to define the conditions under which the Service Provider shall design",
                            "- the training of ten (10) users and two (2) administrators of the Client.")),
        "deliverables": P(("The Service Provider shall deliver to the Client:",
                           "3.4 the training attendance sheets signed by the trainees.")),
        "assumptions-exclusions": P(("The following are not included in the price and, if ordered,",
                                     "any development required by a change in the customs regulations occurring after the signature of the contract.")),
        "client-dependencies": P(("The Client undertakes to:",
                                  "d) obtain from the customs administration the access codes and the technical documentation of the exchange interface.")),
        "milestones": P(("The services shall be performed within a period of five (5) months",
                         "- training and start of operations: month 5.")),
        "client-delay-relief": P("Where the Client does not fulfil one of these obligations in time, the deadlines of Article 5 are extended by the duration of the delay observed, and the Service Provider shall not incur the penalties of Article 7."),
        "force-majeure": P("Neither Party shall be held liable for a failure in its obligations resulting from a case of force majeure"),
        "delay-penalties": P(("In the event of a delay attributable solely to the Service Provider in the completion of provisional acceptance",
                              "The total amount of the penalties may not exceed five percent (5%) of the price excluding tax.")),
        "change-control": P("The modification shall only be carried out after the signature by both Parties of an amendment (avenant) setting out the new price and deadlines."),
        "acceptance-criteria": P(("9.1 Provisional acceptance shall consist of the execution, in the presence of both Parties, of the test scenarios of Annex 3.",
                                  "with no more than five (5) minor anomalies.")),
        "deemed-acceptance": P("In the absence of signature and of reservations within that period, provisional acceptance shall be deemed pronounced without reservations."),
        "rejection-remedy": P("In the event of reservations, the Service Provider shall correct the anomalies noted and submit the application again to the tests concerned within fifteen (15) working days."),
        "security-obligations": W("security duties tied to the client's changing policies, with no standard of their own",
                                  "The Service Provider shall apply the information security rules of the Client, as they may be amended by the Client during the performance of the contract."),
        "breach-notification": W("breach notice without a deadline ('as soon as it becomes aware of it')",
                                 "The Service Provider shall inform the Client of any security incident affecting the Client's data as soon as it becomes aware of it."),
        "data-return-deletion": P("At the end of the contract, the Service Provider shall return to the Client all the data entrusted to it and destroy any copy in its possession"),
        "confidentiality": P(("Each Party undertakes to keep confidential the information of any kind communicated to it by the other Party",
                              "This obligation shall continue to apply for three (3) years after the end of the contract, whatever the cause.")),
        "liability-cap": P("the total liability of the Service Provider under the contract shall not exceed the amount of the price excluding tax actually paid by the Client."),
        "consequential-damages-exclusion": P("Neither Party shall be liable for indirect damage, such as loss of turnover, loss of profit, loss of customers or damage to image."),
        "insurance": P("The Service Provider declares that it holds a professional civil liability insurance policy with an insurance company approved in Senegal"),
        "warranty": P("The Service Provider guarantees the conformity of the application to the specifications for a period of three (3) months from final acceptance."),
        "ip-ownership-deliverables": P("The property rights on the specific developments carried out for the Client, including their source code, shall be transferred to the Client upon full payment of the price"),
        "background-ip-retained": P("The Service Provider retains the ownership of the software libraries, components and know-how which it held before the contract or developed independently of it."),
        "payment-terms": P("Invoices shall be paid by bank transfer within thirty (30) days of their receipt."),
        "late-payment-remedy": P(("Any sum not paid on the due date shall bear interest",
                                  "the Service Provider may suspend its services until payment.")),
        "termination-cause-cure": P("the other Party may terminate the contract by registered letter with acknowledgement of receipt if, thirty (30) days after a formal notice specifying the breach, the defaulting Party has not remedied it."),
        "payment-on-termination": P("In the event of termination, whatever the cause, the Client shall pay the Service Provider the price of the services performed up to the date of termination"),
        "governing-law": P(("18.1 This contract is governed by Senegalese law and by the Uniform Acts of the OHADA.",
                            "the Commercial Court Hors Classe of Dakar (Tribunal de Commerce Hors Classe de Dakar).")),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="uz-shartnoma-it-park-bank-module",
    type="contract for software development works (Uzbekistan, translated from Uzbek and Russian) (unseen style)",
    style="Uzbek contract for the performance of works (rendering of services) in unofficial translation (the Uzbek and "
          "Russian texts have equal force): 'CONTRACT No. 27/IT-2026', 'Tashkent city' and '\"11\" March 2026' on one "
          "line, JSCB customer represented by a First Deputy Chairman under a power of attorney, LLC executor as IT Park "
          "resident (VAT not charged), Customer / Executor, capitalised sections 1.-12. with 3.1.1 numbering, Technical "
          "Assignment and Calendar Plan as Annexes No. 1 and No. 2 'signed as separate documents', act of "
          "acceptance-transfer of performed works, soums written with spaces and in words, 60 banking days, Central "
          "Bank information-security requirements and O'z DSt ISO/IEC 27001, uncapped 0.5% daily penalty, full "
          "compensation of losses including lost profit and Central Bank fines, 24-month warranty, Chamber of Commerce "
          "and Industry certificate for force majeure, unilateral refusal by the Customer, mandatory claim procedure, "
          "Tashkent Inter-district Economic Court, requisites with MFO, TIN (STIR) and OKED, 'S.P.' seal place; "
          "Customer (client)-favourable",
    labels={
        "client-dependencies": W("client obligation only 'to the extent possible' (client-discretion / best-efforts)",
                                 "to the extent possible, to provide the Executor with access to the test environment and to the documentation of the automated banking system necessary for the performance of the Works;"),
        "force-majeure": P(("The Parties are released from responsibility for partial or complete non-performance of obligations under this Contract if it was the result of circumstances of insurmountable force",
                            "other circumstances beyond the control of the Parties).")),
        "delay-penalties": W("liquidated damages uncapped: 0.5% per day 'without limitation of the total amount of the penalty'",
                             "For violation of the periods of the Calendar Plan the Executor pays the Customer a penalty in the amount of 0.5 percent of the cost of the overdue stage for each day of delay, without limitation of the total amount of the penalty."),
        "acceptance-criteria": W("acceptance subjective, in the opinion of the Customer, with no time limit",
                                 "The Customer signs the Act if the results of the Works, in the opinion of the Customer, correspond to its requirements"),
        "rejection-remedy": P("to eliminate at its own expense the deficiencies identified by the Customer during acceptance within 10 (ten) working days and to submit the results of the Works for acceptance again;"),
        "security-obligations": P("to comply with the requirements of the Central Bank of the Republic of Uzbekistan on information security in commercial banks and with the standard O'z DSt ISO/IEC 27001"),
        "breach-notification": P("to notify the Customer's Information Security Department of any incident of information security, including unauthorised access to the data of the Customer, not later than 24 (twenty-four) hours from the moment of its detection;"),
        "data-return-deletion": P("to return to the Customer, within 5 (five) working days after the end of the Contract, all documents, databases and test data received from the Customer and to destroy their copies"),
        "confidentiality": P(("Each Party undertakes not to disclose to third parties the information received from the other Party in connection with this Contract",
                              "The obligations of the Parties under this section remain in force for 5 (five) years after the termination of the Contract.")),
        "indemnification": W("indemnity one-sided against the provider and unlimited (all losses, lost profit and regulators' fines)",
                             "The Executor shall compensate the Customer in full for all losses caused to the Customer in connection with the performance of this Contract, including lost profit and amounts of fines and other sanctions imposed on the Customer by the Central Bank of the Republic of Uzbekistan and other state bodies."),
        "warranty": W("warranty longer than 12 months (24 months)",
                      "The Executor guarantees the correct functioning of the results of the Works during 24 (twenty-four) months from the date of signing of the Act."),
        "payment-terms": W("payment due later than 45 days (60 banking days after the Act)",
                           "The remaining amount is paid by the Customer within 60 (sixty) banking days after the signing of the Act by both Parties"),
        "late-payment-remedy": P("For delay in payment the Customer pays the Executor a penalty in the amount of 0.1 percent of the overdue amount for each day of delay, but not more than 10 percent of the overdue amount."),
        "termination-convenience": W("termination for convenience only for the client",
                                     "The Customer has the right to unilaterally refuse to perform this Contract by notifying the Executor in writing 10 (ten) days in advance."),
        "termination-cause-cure": W("termination for breach without a cure period (after 10 days of delay, no notice to remedy)",
                                    "The Customer has the right to terminate the Contract unilaterally, without compensation of losses to the Executor, in case of delay by the Executor of the periods of the Calendar Plan by more than 10 (ten) days"),
        "governing-law": P("the dispute is considered in the Tashkent Inter-district Economic Court in accordance with the legislation of the Republic of Uzbekistan."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="ge-momsakhurebis-khelshekruleba-eshop",
    type="service agreement for an online shop (Georgia, translated from Georgian) (unseen style)",
    style="Georgian service agreement (momsakhurebis khelshekruleba) in translation (the Georgian prevails) on the "
          "contractor's paper: 'SERVICE AGREEMENT No. MC-2026/04' with a parenthetical subject line, 'City of Kutaisi' "
          "and date on one line, LLC parties with nine-digit identification codes, 'on the one hand ... on the other "
          "hand', 'on the basis of Article 629 and following of the Civil Code of Georgia', Article n. Heading with "
          "n.n. and a) items, furniture online shop with card payments and electronic waybills on rs.ge, stages I-III "
          "with dates, handover-acceptance act with reasoned remarks and deemed acceptance on the sixth working day, "
          "GEL remuneration including VAT in 40/30/30 parts, 10-day payment and 0.1% daily penalty with suspension, "
          "'MC Commerce' core retained, 60-day guarantee and 'as is', Law of Georgia on Personal Data Protection, "
          "mutual no-hire for 12 months, 30-day termination without reasons, Kutaisi City Court, requisites with "
          "bank codes and IBANs; Contractor (provider)-favourable",
    labels={
        "scope-defined": P(("1.2. The online shop includes:",
                            "a content management panel for the Customer's staff.")),
        "deliverables": P(("2.1. The Contractor shall hand over to the Customer:",
                           "d) the source code in the Customer's repository.")),
        "assumptions-exclusions": P(("1.3. The following do not form part of the services:",
                                     "the preparation of the Customer's accounting software for the receipt of data.")),
        "client-dependencies": P(("4.1. The Customer is obliged:",
                                  "d) to appoint a contact person authorised to take decisions.")),
        "milestones": P(("3.1. The services are performed in the following stages:",
                         "Stage III – integration with rs.ge and publication: by 5 June 2026.")),
        "client-delay-relief": P("If the Customer delays the fulfilment of the obligations under Article 4 of this Agreement, the terms of Article 3.1 are extended accordingly for the period of the delay, and the Contractor shall not be considered to be in delay."),
        "force-majeure": P("The Parties are released from liability for the non-fulfilment of obligations if this was caused by circumstances of insuperable force"),
        "change-control": P(("5.1. Any change to the volume of services specified in Article 1 is made on the basis of a written request of the Customer.",
                             "shall start the additional work only after the estimate has been signed by both Parties.")),
        "deemed-acceptance": P("If within the term of Article 6.2 the Customer neither signs the act nor sends remarks, the stage is considered to be accepted on the sixth working day."),
        "rejection-remedy": P("In case of remarks, the Contractor has the right to eliminate them within a term agreed with the Customer and to present the stage for acceptance again."),
        "security-obligations": W("security duty with no standard ('reasonable measures')",
                                  "takes reasonable measures to protect such data."),
        "breach-notification": W("breach notice without a deadline ('without undue delay')",
                                 "The Contractor shall notify the Customer without undue delay if it becomes aware of unauthorised access to such personal data."),
        "confidentiality": P(("The Parties shall keep confidential the information received from each other in the course of this Agreement",
                              "This obligation continues for 3 (three) years after the termination of the Agreement.")),
        "liability-cap": P("The total liability of the Contractor under this Agreement, whatever its ground, shall not exceed the amount of remuneration actually paid by the Customer"),
        "consequential-damages-exclusion": P("Neither Party is liable to the other for lost income, lost profit or other indirect damage."),
        "indemnification": P("shall compensate the Contractor for any damage and expenses (including legal costs) which the Contractor incurs because of a claim of a third party relating to such materials."),
        "warranty": P("The Contractor guarantees that for 60 (sixty) days after the acceptance of Stage III the online shop will work in accordance with Article 1.2."),
        "warranty-disclaimer": P("Except as stated in Article 9.1, the online shop is handed over \"as is\", and the Contractor gives no other guarantee, express or implied, including any guarantee of fitness for a particular purpose."),
        "ip-ownership-deliverables": P("The exclusive property rights to the design and the software code created specifically for the Customer pass to the Customer after payment of the full remuneration."),
        "background-ip-retained": P("The Contractor retains all rights to its own modules, libraries and development tools created before this Agreement or outside it"),
        "payment-terms": P("The Customer shall pay each invoice within 10 (ten) calendar days of its receipt"),
        "late-payment-remedy": P(("In case of delay of payment the Customer shall pay the Contractor a penalty of 0.1% of the unpaid amount for each day of delay.",
                                  "the Contractor is entitled to suspend the services until payment")),
        "termination-convenience": P("Either Party may terminate the Agreement at any time without giving reasons by written notice to the other Party 30 (thirty) days in advance."),
        "termination-cause-cure": P("Either Party may terminate the Agreement if the other Party materially breaches it and does not remedy the breach within 15 (fifteen) days of receiving a written demand."),
        "payment-on-termination": P("In case of termination on any ground, the Customer shall pay the Contractor for the services performed up to the date of termination"),
        "no-guarantee-results": P("The Contractor does not guarantee any volume of sales or number of visitors of the online shop, and is not responsible for the correctness of prices, stock balances and product data entered by the Customer."),
        "non-solicitation": P("neither Party shall employ or engage, directly or through another person, an employee of the other Party who participated in the performance of this Agreement"),
        "governing-law": P(("15.1. This Agreement is governed by the legislation of Georgia.",
                            "shall be considered by the Kutaisi City Court.")),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="om-contract-billing-portal-appendices",
    type="contract for the supply and implementation of a billing portal (Oman, translated from Arabic) (unseen style)",
    style="Omani closed joint-stock company's contract after a tender, in translation (the Arabic prevails), with an "
          "eight-article body that sends nearly everything to Appendices (1)-(5), all tables: 'SULTANATE OF OMAN' "
          "header, 'CONTRACT No. BWS/IT/2026/03' and the tender number, Hijri and Gregorian date, First Party (the "
          "Employer) / Second Party (the Contractor) with Commercial Registration numbers, P.O. Box and Postal Code, "
          "Preamble 'having their full legal capacity', Article (n): one-line articles (time 'an essential element', "
          "In-Country Value and Omanisation, 10% performance bond, Primary Court in Sohar), RFP and offers "
          "incorporated but not attached, Appendix (1) compliance matrix with C / PC / NC, Appendix (2) bill of "
          "quantities in OMR with three decimals, Appendix (3) time schedule with 'go-live date TBD by the Employer', "
          "Appendix (4) payment schedule by events with no due date, Appendix (5) Special Conditions SC-1 to SC-16 "
          "(Variation Order, extension at the Employer's sole discretion, capped delay damages, UAT pass criteria, "
          "repeated tests, ownership on delivery, 24-month warranty, ISO/IEC 27001 and data in Oman, Royal Decree "
          "No. 6/2022, uncapped indemnity, insurance with an Oman-licensed insurer, Civil Transactions Law force "
          "majeure, termination at any time without compensation); Employer (client)-favourable",
    labels={
        "scope-defined": P(("| R-01 | Web portal for about 64,000 customer accounts",
                            "| R-10 | Support and maintenance during the Warranty Period | C | |")),
        "deliverables": P(("| Phase | Activity | Deliverable | Duration | Completion |",
                           "| 6 | Warranty Period | Monthly support reports | 24 months | After go-live |")),
        "assumptions-exclusions": W("exclusions left to a document outside the contract (Section 6 of the RFP, not attached)",
                                    "Exclusions: as stated in Section 6 of the Request for Proposal."),
        "milestones": P(("| 1 | Requirements study | Approved requirements document | 4 weeks | Week 4 |",
                         "| 5 | Training and go-live | Training records; production go-live | 2 weeks | Week 25 (go-live date TBD by the Employer) |")),
        "client-delay-relief": W("extension of time only at the client's sole discretion",
                                 "The Employer may, at its sole discretion, grant or refuse the extension."),
        "force-majeure": P("Neither party shall be liable for delay or failure in performance caused by force majeure within the meaning of the Civil Transactions Law"),
        "time-of-essence": P("Time is an essential element of this Contract."),
        "delay-penalties": P("it shall pay delay damages of 0.1% of the Contract Value for each day of delay, up to a maximum of 10% of the Contract Value."),
        "change-control": P("The Contractor shall not carry out any variation without a Variation Order signed by the Employer."),
        "acceptance-criteria": P("The works pass UAT when all test cases are executed with no critical or high severity defect open and not more than ten low severity defects open."),
        "rejection-remedy": W("unlimited re-performance: tests repeated 'as many times as the Employer requires'",
                              "If the works fail the UAT, the Contractor shall remedy the defects at its own cost and the tests shall be repeated as many times as the Employer requires until the works pass."),
        "security-obligations": P("The Contractor shall operate the hosted systems under an information security management system certified to ISO/IEC 27001"),
        "breach-notification": P("The Contractor shall report to the Employer any security incident affecting the Employer's data within 24 hours of its discovery"),
        "data-return-deletion": P("On expiry or termination the Contractor shall hand over to the Employer a complete export of all data in a readable format within 15 days and shall then erase the data from its systems"),
        "confidentiality": W("confidentiality protecting only the client, with no survival",
                             "The Contractor shall keep secret all information of the Employer and of its customers that comes to its knowledge"),
        "indemnification": W("indemnity one-sided against the provider and unlimited ('without limit')",
                             "The Contractor shall indemnify the Employer against all claims, losses, damages, fines and expenses arising from the performance of the Contract or from any infringement of the rights of third parties, without limit."),
        "insurance": P("The Contractor shall maintain, with an insurance company licensed in Oman, professional liability insurance of not less than OMR 100,000"),
        "warranty": W("warranty longer than 12 months (24 months from go-live)",
                      "The Contractor warrants the works against defects for twenty-four (24) months from go-live"),
        "ip-ownership-deliverables": W("IP passing to the client before payment (on delivery)",
                                       "All works, documents, source code and data produced under the Contract shall become the property of the Employer upon their delivery to the Employer."),
        "termination-convenience": W("termination for convenience only for the client",
                                     "The Employer may terminate the Contract at any time by 30 days' written notice, without compensation to the Contractor."),
        "termination-cause-cure": P("If the Contractor breaches the Contract and does not remedy the breach within 15 days of a written notice from the Employer, the Employer may terminate the Contract"),
        "governing-law": P("This Contract is subject to the laws in force in the Sultanate of Oman, and the competent Primary Court in Sohar shall have jurisdiction over any dispute arising from it."),
        "vague-terms": P("(go-live date TBD by the Employer)"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="kh-global-fund-pr-elmis-service-contract",
    type="service contract under a Global Fund grant (Cambodia, NGO Principal Recipient) (unseen style)",
    style="service contract of a Cambodian NGO acting as Principal Recipient of a Global Fund grant, with an IT firm, "
          "in English: letterhead with Ministry of Interior registration and a Sangkat / Khan address, contract "
          "number, cover block (funding source with grant number and implementation period, procurement method "
          "with the evaluation report, title, Contract Price with Component 2 'price to be agreed', contract "
          "period), numbered parties with Ministry of Commerce registration and VAT TIN, eLMIS for HIV test kits "
          "and antiretrovirals, Annex A Terms of Reference and Annex B proposal 'attached' but not reproduced, "
          "Annex C pre-existing materials '[to be completed by the Contractor]', Annex D Code of Conduct for "
          "Suppliers, time of the essence tied to the grant period, pay-when-funded after Global Fund "
          "disbursement, acceptance 'satisfactory to KHA' and to the Local Fund Agent, uncapped weekly "
          "deductions, VPN / two-factor / AES-256 measures, 48-hour incident notice, vesting on creation and "
          "free licensing to the Ministry of Health, unlimited indemnity of KHA and the Global Fund, events "
          "beyond control only for KHA, OIG audit and sanctions clauses, NCAC arbitration, Global Fund "
          "immunities reserved, 'Reviewed by' line; Principal Recipient (client)-favourable",
    labels={
        "deliverables": W("deliverables left to a document outside the contract (the Terms of Reference in Annex A, not reproduced)",
                          "The Contractor shall perform the services described in Annex A (the \"Services\") and deliver the outputs listed there."),
        "milestones": P("The Services shall be completed no later than 30 November 2026."),
        "force-majeure": W("relief for events beyond control only for the client",
                           "KHA shall not be liable for any failure or delay in performing this Contract, including any delay in payment, caused by the suspension, reduction or termination of the grant by the Global Fund, by a public health emergency or by any other event beyond KHA's reasonable control."),
        "time-of-essence": P("Time is of the essence for the completion of the Services"),
        "delay-penalties": W("liquidated damages uncapped ('not subject to a maximum')",
                             ("If the Contractor fails to deliver any output by the date in the approved work plan",
                              "The deductions are not subject to a maximum and are without prejudice to KHA's other remedies.")),
        "acceptance-criteria": W("acceptance in the client's (and the funder's) discretion, with no criteria or time limit",
                                 "An output is accepted only when KHA confirms in writing that it is satisfactory to KHA and, where KHA so requires, to the Global Fund and its Local Fund Agent."),
        "security-obligations": P(("5.1 The eLMIS contains stock data of health facilities",
                                   "(d) keep an access log of all administrator sessions and provide it to KHA monthly.")),
        "breach-notification": P("The Contractor shall notify KHA's Monitoring and Evaluation Manager of any actual or suspected unauthorised access to, loss of or disclosure of data within forty-eight (48) hours of becoming aware of it"),
        "data-return-deletion": P("Within ten (10) days of completion or termination, the Contractor shall return to KHA all data, databases, credentials and documents received under this Contract and shall permanently delete all copies"),
        "confidentiality": P(("6.1 The Contractor shall keep confidential all information received from KHA",
                              "6.3 The obligations in this clause continue for five (5) years after the end of this Contract.")),
        "indemnification": W("indemnity one-sided against the provider and unlimited",
                             "The Contractor shall indemnify and hold harmless KHA, the Global Fund and their officers and employees from and against all claims, liabilities, losses, costs and expenses of any nature arising out of or in connection with the Services or any act or omission of the Contractor or its personnel, without limitation."),
        "ip-ownership-deliverables": W("IP passing to the client before payment (vesting as created)",
                                       "All software, configurations, documentation, reports and other materials created by the Contractor under this Contract vest in KHA as they are created"),
        "background-ip-retained": W("background IP reserved only if listed (Annex C, left blank)",
                                    "The Contractor keeps ownership of the pre-existing materials listed in Annex C. Any material not listed in Annex C is treated as created under this Contract."),
        "payment-terms": W("pay-when-paid: due 30 days after the Global Fund's disbursement",
                           "KHA shall pay each approved invoice within thirty (30) days after KHA has received from the Global Fund the disbursement covering the relevant activity."),
        "termination-convenience": W("termination for convenience only for the client",
                                     "KHA may terminate this Contract at any time, in whole or in part, by fifteen (15) days' written notice to the Contractor"),
        "termination-cause-cure": P("Either party may terminate this Contract by written notice if the other party commits a material breach and does not remedy it within fourteen (14) days after receiving written notice describing the breach."),
        "payment-on-termination": P("KHA shall pay the Contractor for the Services satisfactorily performed up to the date of termination, in proportion to the Contract Price."),
        "non-solicitation": W("non-solicitation binding only the provider",
                              "During the term of this Contract and for twelve (12) months after it, the Contractor shall not solicit or employ any staff member of KHA who worked on the grant."),
        "governing-law": P(("14.1 This Contract is governed by the laws of the Kingdom of Cambodia.",
                            "under the rules of the National Commercial Arbitration Centre of Cambodia, seated in Phnom Penh, in the English language.")),
        "vague-terms": P("Component 2 (provincial rollout): price to be agreed after approval of the inception report"),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="mu-software-services-agreement-claims-portal",
    type="software development and support agreement (Mauritius) (unseen style)",
    style="Mauritian software development and support agreement in the island's mixed common-law / civil-law form: "
          "'THIS AGREEMENT is made on the 13th day of March 2026', companies 'incorporated in the Republic of "
          "Mauritius under the Companies Act 2001' with Business Registration Numbers and Ebène Cybercity / Pailles "
          "addresses, 'duly represented by', WHEREAS and NOW THEREFORE, clauses 1.-16. in capitals with 1.1 and (a) "
          "items, motor-claims portal for an insurer, Data Protection Act 2017 and the Data Protection Commissioner, "
          "capped weekly delay credits as sole remedy, change request, Schedule 1 test cases with a single "
          "correction round, deemed acceptance after ninety days' production use, MUR charges, interest over the "
          "Bank of Mauritius Key Rate, ISO/IEC 27001 hosting in Mauritius, cap carved out for data, confidentiality "
          "and indemnities, professional indemnity and cyber insurance, 'Without prejudice to Article 1184 of the "
          "Code Civil Mauricien', cyclone warnings of Class 3 in force majeure, Commercial Division of the Supreme "
          "Court, election of domicile (élisent domicile), Schedules 1-2; balanced",
    labels={
        "scope-defined": P(("1. Services: the Portal, comprising (a) online claim filing for motor policyholders",
                            "on Business Days from 08:30 to 16:30.")),
        "deliverables": P("2. Deliverables: solution design document; Portal in production; administrator guide; test scripts and test report; source code of the custom code."),
        "assumptions-exclusions": P(("3. Outside the Services: changes to the Client's motor claims system",
                                     "4. Assumptions: the claims system provides a REST interface to create and read claims.")),
        "client-dependencies": P(("3.1 The Client shall: (a) appoint a project lead",
                                  "(d) make its staff available for acceptance testing on the dates in Schedule 1.")),
        "milestones": P("5. Timetable: design approved by 30 April 2026; Portal ready for acceptance testing by 15 July 2026; Go-Live by 17 August 2026."),
        "client-delay-relief": P("If the Supplier is delayed because the Client has not complied with clause 3.1, the dates in Schedule 1 shall be extended by a period equal to the delay"),
        "force-majeure": P("Neither party shall be liable for a delay or failure caused by an event beyond its reasonable control, including cyclones, flooding and cyclone warnings of Class 3 or above"),
        "delay-penalties": P(("the Supplier shall give the Client a credit of 0.5% of the Development Charge for each full week of delay, up to 5% of the Development Charge.",
                              "The credits are the Client's sole financial remedy for that delay.")),
        "change-control": P(("Either party may propose a change to the Services by a written change request.",
                             "No change shall bind either party until both have signed the change request.")),
        "acceptance-criteria": P(("The Client shall carry out the acceptance tests in paragraph 6 of Schedule 1",
                                  "save for defects of severity 3 or 4 that do not prevent the filing of a claim.")),
        "deemed-acceptance": W("deemed acceptance only after a very long period of live use (ninety days in production)",
                               "If the Client neither accepts nor rejects the Portal, it shall be deemed accepted after it has been used in production for ninety (90) days."),
        "rejection-remedy": W("a single correction attempt, after which either party may terminate",
                              "If the Portal fails, the Supplier may correct the failing items once and resubmit them for a second round of testing."),
        "security-obligations": P("maintain an information security management system certified to ISO/IEC 27001 for the hosting and support of the Portal"),
        "breach-notification": P("The Supplier shall notify the Client of any personal data breach affecting Client Data without undue delay and in any case within forty-eight (48) hours of becoming aware of it"),
        "data-return-deletion": P("Within thirty (30) days of termination or expiry, the Supplier shall return all Client Data to the Client in a commonly used format and then delete it from its systems"),
        "confidentiality": P(("Each party shall keep the other's confidential information confidential",
                              "This clause survives termination for five (5) years.")),
        "liability-cap": W("cap with carve-outs that leave the provider's main risks uncapped (data protection, confidentiality, loss of data, indemnities)",
                           ("12.2 Subject to clause 12.3, each party's total liability",
                            "for any loss or corruption of Client Data, or under the indemnities in clause 9.3.")),
        "consequential-damages-exclusion": P("Neither party shall be liable for any loss of profits, loss of business or indirect or consequential loss."),
        "indemnification": P("The Supplier shall indemnify the Client against any claim that the Portal, as delivered, infringes the intellectual property rights of a third party, and the Client shall indemnify the Supplier against any claim arising from materials or data that the Client supplied."),
        "insurance": P("The Supplier shall maintain professional indemnity insurance of at least MUR 10,000,000 and cyber liability insurance of at least MUR 5,000,000"),
        "warranty": P("The Supplier warrants that for ninety (90) days after acceptance the Portal will perform materially in accordance with Schedule 1"),
        "warranty-disclaimer": P("Save as expressly set out in this Agreement, all other warranties and conditions, whether express or implied by law, including as to merchantable quality or fitness for purpose, are excluded to the extent permitted by law."),
        "ip-ownership-deliverables": P("On payment of the Development Charge in full, the intellectual property rights in the Portal's custom code and designs shall vest in the Client."),
        "background-ip-retained": P("The Supplier retains all rights in its pre-existing software, frameworks and know-how, and in generic improvements to them."),
        "payment-terms": P("Invoices are payable within thirty (30) days of the invoice date."),
        "late-payment-remedy": P(("Overdue sums bear interest at the rate of 2% per annum above the Key Rate of the Bank of Mauritius",
                                  "the Supplier may suspend the Services until it is paid.")),
        "termination-convenience": P("Either party may terminate this Agreement for convenience by giving the other not less than sixty (60) days' written notice."),
        "termination-cause-cure": P("either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within thirty (30) days of a notice requiring it to do so."),
        "payment-on-termination": P("On any termination, the Client shall pay for all Services performed and expenses incurred up to the termination date"),
        "no-guarantee-results": P("The Supplier does not warrant that the Portal will reduce the number of fraudulent claims or the time taken to settle claims, and it may rely on the accuracy of the data and instructions given by the Client."),
        "non-solicitation": P("neither party shall solicit for employment any employee of the other who was involved in the Services"),
        "governing-law": P("This Agreement is governed by the laws of the Republic of Mauritius, and the parties submit to the exclusive jurisdiction of the Commercial Division of the Supreme Court of Mauritius."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="slack-connect-thread-loyalty-pwa",
    type="Slack Connect channel export agreed as the contract (informal) (unseen style)",
    style="Slack Connect channel exported as text by the agency: export header (channel, both workspaces, exporter, "
          "members, pinned count), '----- Monday, 9 March 2026 -----' day separators, 'Name (Workspace)  hh:mm' "
          "message heads, emoji shortcodes (:+1:, :white_check_mark:, :pushpin:, :tada:), a pinned message with "
          "*bold* headings (What we're building / What you get / Not included / What we need from you / Dates / "
          "Money / Sign-off / Changes / The small print) agreed by a :white_check_mark: and 'ok from me' in an "
          "indented ↳ thread, a later change request priced and approved with 'Go', Ljubljana coffee-shop "
          "loyalty stamp PWA, EUR + VAT, 50/50 invoicing with no due date, phase 2 'dates and price TBD', no "
          "law, warranty or confidentiality terms; agency (provider)-favourable",
    labels={
        "scope-defined": P(("A web app (PWA, so customers \"add to home screen\", no App Store)",
                            "- Slovenian and English")),
        "deliverables": P(("*What you get*",
                           "5. the code in a GitHub repo in your account")),
        "assumptions-exclusions": P(("*Not included*",
                                     "- moving the old paper-card stamps into the app; customers start from zero")),
        "client-dependencies": W("client obligations only on a best-efforts basis ('We'll do our best')",
                                 ("*What we need from you*",
                                  "We'll do our best to get these to you on time, says Maja :wink:")),
        "milestones": P(("- Figma design: Fri 20 March",
                         "- all 6 shops live: Fri 24 April")),
        "client-delay-relief": P("If we're waiting on any of it, our dates move by the same number of days."),
        "change-control": P("anything not on this list goes through a change request in this channel: you describe it, we reply with price and effect on dates, and we only start once you say \"go\" in writing here."),
        "acceptance-criteria": P(("Each phase is done when the \"done when\" list for it is ticked off:",
                                  "- launch: same checks in all 6 shops, CSV export opens in Excel")),
        "deemed-acceptance": P("If we hear nothing for 5 working days after we post \"ready for sign-off\", the phase counts as signed off."),
        "rejection-remedy": P("You check against that list and tell us in this channel what fails. We fix it and share it again."),
        "liability-cap": P("If something goes wrong, our total liability is capped at what you've paid us for this project."),
        "ip-ownership-deliverables": P("The code, design and texts we make for you are yours once both invoices are paid."),
        "background-ip-retained": P("Our own starter kit (login, QR and admin components we reuse on every project) stays ours, you get a free licence to use it in this app forever."),
        "late-payment-remedy": P("If an invoice is still open when the next phase should start, we pause until it's cleared and the dates slide accordingly."),
        "termination-convenience": P("Either side can stop the project with a week's notice in this channel."),
        "payment-on-termination": P("If you stop it, you pay for the work done until then (we'll show you the hours at EUR 75/h, never more than the fixed price)."),
        "no-guarantee-results": P("We can't promise more visits or more sales from the stamp card, and we can't control how fast the shop wifi is."),
        "vague-terms": P("Phase 2 (push, birthday reward): dates and price TBD, we'll quote after launch."),
    },
))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="job-card-onsite-network-works",
    type="on-site IT job card with terms of business on the reverse (informal) (unseen style)",
    style="transcription of a scanned two-sided carbon job card of a Pontypridd computer and network repair business: "
          "transcriber's note on the conventions, bilingual Welsh / English field labels (CERDYN SWYDD / JOB CARD, "
          "Enw'r cwsmer / Customer name, Gwaith a ofynnwyd / Work requested, AMODAU BUSNES / TERMS OF BUSINESS), "
          "job number, tick boxes shown as [x], handwritten entries in «guillemets» with a crossed-out word in "
          "~tildes~, equipment, parts, extra-work and time-sheet tables, estimate 'TBA', customer initials against "
          "extra work, authorisation and completion signatures, and 12 numbered terms of business overleaf in "
          "we/you plain English (exclusions, customer duties with waiting time, hourly estimates, extra work only "
          "once initialled, 14-day account payment, retention of title and the Late Payment of Commercial Debts "
          "(Interest) Act 1998, 30-day labour guarantee, no promise of results, limitation to the job price), "
          "no governing-law term; provider-favourable",
    labels={
        "scope-defined": P(("Gwaith a ofynnwyd / Work requested:",
                            "5. Check wifi in back office - weak signal.»")),
        "assumptions-exclusions": P(("2. What we don't do. Unless it is written on the front, our price does not include:",
                                     "and work on equipment we did not supply that turns out to be beyond economic repair.")),
        "client-dependencies": P(("3. What we need from you. Before we start you must:",
                                  "make sure someone who can authorise extra work is available by phone.")),
        "change-control": P("We will only carry on once you have agreed and initialled the extra work on the front of this card"),
        "liability-cap": P("Our total liability for any job is limited to the price you paid for that job."),
        "consequential-damages-exclusion": P("We are not liable for any loss of profit, loss of business, loss of data or any other indirect or consequential loss."),
        "warranty": P("Our labour is guaranteed for 30 days: if the same fault comes back within 30 days of the job being completed, we will put it right free of charge."),
        "warranty-disclaimer": P("Apart from Term 8 and any rights you have by law that cannot be excluded, we give no other warranties about our work or the parts we supply, whether express or implied."),
        "payment-terms": P("Account and BACS customers must pay our invoice within 14 days of the invoice date."),
        "late-payment-remedy": P(("On business invoices paid late we may claim interest and compensation under the Late Payment of Commercial Debts (Interest) Act 1998.",
                                  "We may refuse further work until overdue invoices are paid.")),
        "no-guarantee-results": P("We do not guarantee that a fault can be repaired, that your data will survive a repair or that wifi coverage will reach every part of your premises"),
        "vague-terms": P("Total est.: «TBA - depends on wifi (might need extra access point)»"),
    },
))
