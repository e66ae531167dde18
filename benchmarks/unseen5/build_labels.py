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
            "11.1 Neither Party shall be liable to the other for loss of profit, loss of business opportunity, or for any indirect, special or consequential damages, however arising."),
        "indemnification": P(
            "10.1 Each Party shall defend and hold the other Party harmless against third-party claims arising from (a) its violation of the Data Privacy Act of 2012 or of labor laws, or (b) an allegation that materials it furnished infringe any intellectual property right of a third party."),
        "insurance": P(
            "10.2 The SERVICE PROVIDER shall keep in force, with insurers authorized by the Insurance Commission, comprehensive general liability insurance of not less than PHP 20,000,000 and professional indemnity insurance of not less than PHP 10,000,000,"),
        "warranty": P(
            "5.4 The SERVICE PROVIDER shall staff and manage the Services with diligence and in a professional manner,"),
        "background-ip-retained": P(
            "9.2 The SERVICE PROVIDER's workforce management software, quality monitoring forms, training methodology and recruitment tools, whether developed before or during this Agreement, remain the exclusive property of the SERVICE PROVIDER and no right therein passes to the CLIENT."),
        "termination-convenience": P(
            "13.2 Either Party may terminate this Agreement without cause upon ninety (90) days' prior written notice to the other."),
        "termination-cause-cure": P(
            "13.3 If a Party commits a material breach and fails to remedy it within thirty (30) days from written notice specifying the breach, the other Party may terminate this Agreement by further written notice."),
        "payment-on-termination": P(
            "13.4 On termination for any reason, the CLIENT shall pay the SERVICE PROVIDER for all Services rendered up to the effective date of termination,"),
        "no-guarantee-results": P(
            "5.5 The SERVICE PROVIDER handles Contacts according to the Process Manual and cannot assure the CLIENT of any particular level of subscriber satisfaction, retention or promo take-up, which depend on the CLIENT's products, pricing and network."),
        "non-solicitation": P(
            "13.5 During the term and for twelve (12) months after it ends, neither Party shall, directly or indirectly, solicit for employment or hire any agent, team leader or manager of the other Party who was involved in the Services,"),
        "governing-law": P(
            "14.1 This Agreement shall be governed by the laws of the Republic of the Philippines. Any action arising from it shall be brought exclusively in the proper courts of Makati City, to the exclusion of all other venues."),
    }))
