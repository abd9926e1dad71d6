#!/usr/bin/env python3
"""Writes schemas/vocabularies/*.json: the controlled vocabularies of the case-study schema.

usage: .tools/vocabularies.py

This script is the source of the vocabulary files: edit a term here and run it again. Each file
is a JSON Schema (draft 2020-12) whose `enum` lists the term ids, and whose `terms` annotation
gives each term's label, definition, aliases (what users may type instead) and, where the term
comes from an existing catalogue, what it maps to. `countries.json` is generated from Debian's
iso-codes (ISO 3166-1), plus the exceptionally reserved code EU.
"""
import json, os, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "schemas", "vocabularies")


def term(id, label, definition, aliases=(), maps_to=(), **extra):
    entry = {"id": id, "label": label, "definition": definition}
    if aliases:
        entry["aliases"] = list(aliases)
    if maps_to:
        entry["maps_to"] = list(maps_to)
    entry.update(extra)
    return entry


VOCABULARIES = {}


def vocabulary(name, title, description, terms):
    VOCABULARIES[name] = (title, description, terms)


vocabulary("topics", "Topic",
    "The public-service area a case belongs to. Topic ids are short words people type "
    "(`cases search --topic policing`); aliases such as `police` or `welfare` are accepted wherever a topic is typed.",
    [
        term("health", "Health and care", "NHS and other health services, public health, and adult social care.",
             ["health-care", "healthcare", "nhs", "care", "social-care", "public-health"], ["ATRS health", "Participedia health"]),
        term("education", "Education", "Schools, exams and qualifications, early years, further and higher education.",
             ["schools", "exams", "qualifications", "universities"], ["ATRS education", "Participedia education"]),
        term("children", "Children's services", "Children's social care, child protection, early help and youth services.",
             ["children-services", "childrens-services", "child-protection", "social-care-children", "youth"], ["Eurocities family, youth and households"]),
        term("policing", "Policing and justice", "Police, courts, probation, prisons and youth justice.",
             ["police", "justice", "criminal-justice", "policing-justice", "courts", "law-enforcement"], ["ATRS public-order-and-safety", "Participedia law"]),
        term("benefits", "Benefits and welfare", "Welfare and social-security benefits, their administration, and fraud and error in them.",
             ["welfare", "social-security", "social-protection", "tax-benefits"], ["ATRS social-protection"]),
        term("tax", "Tax", "Collecting taxes and duties, and tax fraud and error.", ["taxation", "revenue"], ["ATRS economic-affairs (tax)"]),
        term("statistics", "Statistics and official data", "Official statistics, the census, national data infrastructure, and research access to administrative data.",
             ["census", "official-statistics", "statistics-census", "research-data"], ["Connected by Data statistics strand"]),
        term("local", "Local government services", "Council services not covered by another topic: parking, waste, licensing, planning, council tax.",
             ["local-government", "council", "councils", "local-services", "municipal", "city"], ["ATRS local-authority"]),
        term("housing", "Housing and homelessness", "Social housing, allocations, homelessness prevention.", ["homelessness"], ["ATRS housing-and-community-amenities"]),
        term("immigration", "Immigration and borders", "Visas, asylum, marriage and residence checks, border control.",
             ["borders", "immigration-borders", "visas", "asylum", "migration"], ["Participedia immigration"]),
        term("employment", "Employment and skills", "Job-centre services, employment support, and the public-sector workforce.",
             ["jobs", "work", "labour", "unemployment"], ["Participedia labor"]),
        term("transport", "Transport", "Roads, traffic and public transport.", ["roads", "traffic"], ["ATRS economic-affairs (transport)"]),
        term("environment", "Environment and planning", "Environmental regulation and spatial planning.", ["planning", "climate"], ["ATRS environmental-protection"]),
        term("governance", "Data and AI governance", "Strategies, principles, registers, standards and public deliberation about data and AI across government rather than one service.",
             ["national-strategy", "strategy", "cross-government", "transparency", "ai-policy", "data-policy"], ["ATRS general-public-services"]),
        term("other", "Other", "None of the above; say more in the tags.", []),
    ])

vocabulary("body-levels", "Level of government",
    "The level at which a public body works. An arm's-length body is a type, not a level: a national agency has level `national`.",
    [
        term("neighbourhood", "Neighbourhood", "Below a single local authority: a ward, parish or neighbourhood.", ["parish", "ward"]),
        term("local", "Local", "A single local authority or council, or a local police force or NHS body.", ["municipal", "city", "council", "police"]),
        term("regional", "Regional", "A combined authority, county, region or metropolitan area, or a state or province of a federal country.",
             ["county", "state", "province", "metropolitan"]),
        term("devolved", "Devolved", "A devolved government and its bodies: the Scottish Government, the Welsh Government, the Northern Ireland Executive.", ["devolved-administration"]),
        term("national", "National", "A country-wide government, department, agency or regulator.", ["central", "federal", "arms-length"]),
        term("international", "International", "A multinational or supranational body, such as the European Union or a UN agency.", ["supranational", "eu"]),
    ])

vocabulary("body-types", "Type of public body",
    "What kind of organisation a public body is (after the UK Algorithmic Transparency Recording Standard's organisation types, with additions).",
    [
        term("ministerial-department", "Ministerial department", "A government department led by a minister.", ["ministry", "department"], ["ATRS ministerial-department"]),
        term("non-ministerial-department", "Non-ministerial department", "A government department without its own minister, such as a tax or statistics authority.", [], ["ATRS non-ministerial-department"]),
        term("agency-or-public-body", "Agency or arm's-length body", "An executive agency or arm's-length public body.", ["agency", "arms-length", "alb", "quango"], ["ATRS agency-or-public-body"]),
        term("local-authority", "Local authority", "A council or municipality.", ["council", "municipality", "city-council"], ["ATRS local-authority"]),
        term("devolved-administration", "Devolved administration", "A devolved government or one of its directorates.", [], ["ATRS devolved-administration"]),
        term("police-force", "Police force", "A police force or law-enforcement agency.", ["police", "constabulary"]),
        term("nhs-body", "Health body", "An NHS or other public health-care organisation.", ["nhs", "health-board", "trust"]),
        term("school-or-education-body", "School or education body", "A school, exam board, exam regulator or education authority.", ["school", "exam-board"]),
        term("court-or-tribunal", "Court or tribunal", "A court or tribunal.", ["court", "tribunal"]),
        term("regulator", "Regulator", "A regulator or oversight body, such as a data protection authority.", ["data-protection-authority", "watchdog"]),
        term("statistics-body", "Statistics body", "A national statistics office or statistics regulator.", ["statistics-office"]),
        term("legislature", "Legislature", "A parliament, assembly or one of its committees.", ["parliament", "assembly", "committee"]),
        term("public-corporation", "Public corporation", "A publicly owned corporation.", [], ["ATRS public-corporation"]),
        term("international-organisation", "International organisation", "A multinational or supranational body or agency.", ["eu-agency", "un-agency"]),
        term("other", "Other", "Another kind of public body.", []),
    ])

vocabulary("organisation-kinds", "Kind of organisation",
    "What kind of organisation took part in a case.",
    [
        term("public-body", "Public body", "A government department, local authority, police force, health body, regulator, court or other body that carries out public functions.", ["government", "public-sector", "public"]),
        term("university", "University or research institute", "A university, college or research institute.", ["academic", "research-institute", "academia"]),
        term("charity", "Charity or non-profit", "A charity, foundation, campaign, think tank or other non-profit organisation.", ["non-profit", "nonprofit", "ngo", "foundation", "think-tank", "civil-society"]),
        term("community-group", "Community group", "A group formed by residents or by people with a shared experience, such as a tenants' association or a lived-experience network.", ["community", "grassroots"]),
        term("company", "Company", "A business, such as a supplier, consultancy or engagement agency.", ["business", "private-sector", "supplier"]),
        term("international-organisation", "International organisation", "A body of several governments, such as a United Nations agency or the OECD.", ["intergovernmental", "un"]),
        term("other", "Other", "Another kind of organisation.", []),
    ])

vocabulary("organisation-roles", "Role of an organisation",
    "What an organisation did in the case.",
    [
        term("lead", "Lead", "Led the project or the engagement.", ["leader", "led", "lead-organisation"], ["PAVE Lead organisations"]),
        term("deployer", "Deployer", "Used the data or AI system in its work.", ["operator", "user"], ["AIID AllegedDeployer"]),
        term("commissioner", "Commissioner", "Commissioned the system, the engagement or the work described.", ["commissioned"]),
        term("funder", "Funder", "Paid for the system or the engagement.", ["funding"], ["PAVE Funding organisations"]),
        term("convener", "Convener", "Convened or ran a public engagement.", ["organiser", "organizer"]),
        term("partner", "Partner", "Took part alongside the lead organisation or the main body.", ["involved"], ["PAVE Involved organisations"]),
        term("developer", "Developer", "Built or supplied the data or AI system.", ["supplier", "vendor"], ["AIID AllegedDeveloper"]),
        term("regulator", "Regulator", "Regulated or investigated the use of the system.", []),
        term("oversight", "Oversight", "Scrutinised the body or the system: an auditor, ombudsman, court, inquiry or committee.", ["scrutiny", "auditor", "court"]),
        term("other", "Other", "Another role.", []),
    ])

vocabulary("system-kinds", "Kind of system",
    "What a data or AI system does, in the terms the public would use.",
    [
        term("automated-decision-making", "Automated decision-making", "Makes or carries out a decision about a person without meaningful human involvement.", ["adm", "automated-decision"], ["CSET Autonomy1", "UK GDPR Art. 22"]),
        term("decision-support", "Decision support and triage", "Ranks, prioritises or flags cases for staff, who decide.", ["triage", "decision-support-triage"], ["CSET Autonomy3"]),
        term("risk-scoring", "Predictive risk scoring", "Predicts how likely a person or area is to have an outcome, such as harm, fraud or reoffending.",
             ["predictive-risk-scoring", "predictive-analytics", "risk-assessment", "prediction", "predictive"], ["Eurocities predictive"]),
        term("fraud-detection", "Profiling and fraud detection", "Matches data or looks for anomalies to find suspected fraud or error.", ["profiling", "profiling-and-fraud-detection", "data-matching"]),
        term("facial-recognition", "Facial recognition", "Identifies or verifies people from images of their faces, live or after the event.", ["face-recognition", "lfr", "live-facial-recognition"]),
        term("biometrics", "Other biometrics", "Fingerprint, gait, voice or emotion recognition.", ["other-biometrics", "fingerprints", "voice-recognition"]),
        term("surveillance", "Surveillance and monitoring", "Number-plate recognition, location tracking, CCTV analytics or online monitoring.", ["monitoring", "anpr", "cctv"]),
        term("data-sharing", "Data sharing and linkage", "Shares or links records across bodies: shared care records, linked datasets, data platforms.",
             ["data-linkage", "data-sharing-and-linkage", "linkage", "data-platform"]),
        term("data-collection", "Data collection", "Collects new or more personal data into a central dataset or register.", ["data-collection-and-registries", "database"]),
        term("statistics", "Statistics and census", "Produces official statistics, for example census methods or statistics from administrative data.", ["census", "statistics-and-census"]),
        term("resource-allocation", "Resource allocation", "Schedules, routes, allocates or plans resources.", ["optimisation", "allocation"]),
        term("chatbot", "Chatbot", "A conversational interface for the public or staff.", ["conversational"]),
        term("generative-ai", "Generative AI", "Large language models or other generative models that draft, summarise or create content.", ["llm", "genai"]),
        term("text-analysis", "Text and document analysis", "Classifies or extracts information from text, such as correspondence or case notes.", ["nlp"]),
        term("image-analysis", "Image and sensor analysis", "Computer vision that is not biometric, such as medical imaging or road defects.", ["computer-vision"]),
        term("eligibility-rules", "Rules-based eligibility", "Deterministic rules that encode policy, such as a benefit calculation.", ["rules-based", "rules-based-eligibility"]),
        term("transparency-register", "Algorithm register", "A public register or record that describes the algorithms a body uses.", ["register", "algorithm-register", "transparency-record"]),
        term("participation-platform", "Digital participation platform", "An online platform through which the public proposes, discusses or votes on public decisions.", ["platform", "e-participation"]),
        term("other", "Other", "Another kind of system.", []),
    ])

vocabulary("decision-roles", "Decision role",
    "How far a system decides by itself.",
    [
        term("fully-automated", "Fully automated", "The system decides; no person reviews individual decisions.", ["automated"], ["CSET Autonomy1"]),
        term("automated-with-human-override", "Automated with override", "The system decides, but a person can review or override.", ["human-on-the-loop"], ["CSET Autonomy2"]),
        term("human-decides-with-tool", "Human decides with the tool", "A person decides, with the system's output in front of them.", ["human-in-the-loop", "decision-support"], ["CSET Autonomy3"]),
        term("no-individual-decision", "No individual decisions", "Analysis or policy support; no decisions about individuals.", ["analytics"]),
        term("unknown", "Unknown", "The sources do not say.", []),
    ])

vocabulary("system-status", "System status",
    "Where a system stood at the date given with it.",
    [
        term("proposed", "Proposed", "Announced or planned but not built.", ["planned"]),
        term("in-development", "In development", "Being built or procured.", ["development", "procurement"]),
        term("pilot", "Pilot", "In a limited trial.", ["trial", "beta"]),
        term("in-use", "In use", "In live use.", ["live", "production", "deployed", "operational"]),
        term("paused", "Paused", "Suspended for now.", ["suspended"]),
        term("retired", "Retired", "No longer used.", ["decommissioned", "stopped", "scrapped"]),
        term("cancelled", "Cancelled", "Dropped before live use.", ["abandoned"]),
        term("unknown", "Unknown", "The sources do not say.", []),
    ])

vocabulary("techniques", "Technique",
    "How a system works inside, as far as sources say.",
    [
        term("rule-based", "Rule-based", "Hand-written rules.", ["rules"]),
        term("statistical", "Statistical model", "A statistical model such as a regression.", ["regression", "statistics"]),
        term("machine-learning", "Machine learning", "A model learned from data.", ["ml"]),
        term("generative-ai", "Generative AI", "A generative model such as a large language model.", ["llm"]),
        term("hybrid", "Hybrid", "Several of these combined.", []),
        term("unknown", "Unknown", "The sources do not say.", []),
    ])

vocabulary("lifecycle-stages", "Stage",
    "The stage of a system's life, or of a policy, at which a public engagement took place.",
    [
        term("policy-and-strategy", "Policy and strategy", "Before any particular system: setting policy, principles or charters.", ["policy", "strategy"]),
        term("problem-definition", "Problem definition", "Deciding whether, and for what problem, data or AI should be used.", ["scoping"]),
        term("procurement", "Procurement", "Specifying, tendering or choosing suppliers.", ["tendering"]),
        term("design-and-development", "Design and development", "Building or configuring the system and choosing its data.", ["design", "development"]),
        term("pilot", "Pilot", "During a limited trial.", ["trial"]),
        term("deployment-and-operation", "In use", "While the system is in live use.", ["deployment", "operation", "in-use"]),
        term("monitoring-and-evaluation", "Monitoring and evaluation", "Reviewing or auditing live use.", ["monitoring", "evaluation", "audit"]),
        term("decommissioning", "Decommissioning", "Ending or replacing the system.", ["retirement"]),
    ])

MODES = {"deliberated": "deliberated", "participated": "participated", "contributed": "contributed"}
vocabulary("engagement-methods", "Engagement method",
    "How the public were involved. Each method has a mode, after Connected by Data's PAVE case book: "
    "`deliberated` (learning and deliberating together), `participated` (ongoing involvement) or `contributed` (giving views).",
    [
        term("citizens-assembly", "Citizens' assembly", "A large (often 50 to 150), randomly selected, representative group deliberating over several days.", ["assembly", "citizens-council"], ["PAVE", "OECD"], mode="deliberated"),
        term("citizens-jury", "Citizens' jury or panel", "A smaller (about 12 to 35) randomly selected group that hears evidence and makes recommendations.", ["jury", "citizens-jury-panel", "citizens-panel", "citizens-juries"], ["PAVE Citizens' Jury", "OECD"], mode="deliberated"),
        term("deliberative-poll", "Deliberative poll", "A survey before and after structured deliberation.", ["deliberative-polling"], ["PAVE", "OECD"], mode="deliberated"),
        term("consensus-conference", "Consensus conference", "A lay panel that questions experts and writes a consensus report.", [], ["OECD"], mode="deliberated"),
        term("deliberative-workshop", "Deliberative workshop", "A one-off or short facilitated deliberation that is not an assembly or jury.", ["deliberative-dialogue"], [], mode="deliberated"),
        term("deliberation", "Deliberation", "Facilitated discussion in which participants learn about an issue, weigh options and reason together, in a form other than the named deliberative methods.", ["deliberative-process"], ["PAVE Deliberation"], mode="deliberated"),
        term("distributed-dialogue", "Distributed dialogue", "Many small conversations hosted by community groups or organisations in their own settings with shared materials, whose results are brought together.", ["distributed-conversations", "kitchen-table-conversations"], ["PAVE Distributed dialogue"], mode="deliberated"),
        term("public-dialogue", "Public dialogue", "Workshops in which members of the public, recruited to reflect the population, discuss a topic with experts and policy-makers (as Sciencewise runs them).", ["dialogue", "sciencewise"], ["PAVE", "Sciencewise"], mode="participated"),
        term("standing-panel", "Standing panel", "An ongoing public or lived-experience panel consulted repeatedly.", ["peoples-panel", "public-panel", "panel", "advisory-panel"], ["PAVE Community Advisory Group", "OECD Citizens' Council"], mode="participated"),
        term("community-advisory-group", "Community advisory group", "Representatives of affected communities or organisations advising a body.", ["advisory-group", "ethics-committee", "advisory-board"], ["PAVE"], mode="participated"),
        term("co-design", "Co-design", "Co-creation workshops in which users or communities shape a service, policy or system with its makers.", ["codesign", "co-creation", "co-production"], ["PAVE Co-creation workshops"], mode="participated"),
        term("prototyping", "Prototyping", "Participants build, try or critique early versions of a tool or service.", ["prototype", "prototypes"], ["PAVE Prototyping"], mode="participated"),
        term("capacity-building-workshop", "Capacity-building workshop", "Workshops that build participants' knowledge and skills to take part in decisions about data and AI.", ["capacity-building", "training-workshop", "data-literacy-workshop"], ["PAVE Capacity Building Workshop"], mode="participated"),
        term("focus-group", "Focus group", "A small moderated discussion for qualitative insight.", ["focus-groups"], ["PAVE"], mode="participated"),
        term("participatory-research", "Participatory research", "Peer or community-based participatory research: affected people take part in doing the research.", ["peer-research", "community-based-participatory-research", "cbpr"], ["PAVE Peer-Research", "PAVE Community-Based Participatory Research"], mode="participated"),
        term("participatory-action-research", "Participatory action research", "Affected people and researchers investigate an issue and act on it together, in cycles of action and reflection.", ["action-research", "par"], ["PAVE Action Research"], mode="participated"),
        term("community-audit", "Community-led audit", "Affected people assessing a system.", ["social-audit", "community-led-audit"], ["PAVE"], mode="participated"),
        term("futures-workshop", "Futures workshop", "Scenario or participatory-futures workshops.", ["scenario-workshop", "futures-scenario-workshop"], ["PAVE"], mode="participated"),
        term("participatory-arts", "Participatory arts", "Arts-based methods other than forum theatre, such as storytelling, film or visual art made with participants.", ["arts"], ["PAVE Participatory Arts"], mode="participated"),
        term("forum-theatre", "Forum theatre", "Participatory theatre in which the audience stop a scene about an issue and step in to try other ways it could go.", ["theatre", "theater"], ["PAVE Forum Theatre"], mode="participated"),
        term("participatory-budgeting", "Participatory budgeting", "The public decides how to spend part of a budget.", ["pb"], ["Participedia"], mode="participated"),
        term("participatory-procurement", "Participatory procurement", "The public or communities help specify or choose a supplier.", [], [], mode="participated"),
        term("workers-consultation", "Workers' consultation", "Unions or works councils consulted.", ["unions", "works-council"], ["PAVE Workers' Council"], mode="participated"),
        term("public-consultation", "Public consultation", "A written consultation open to anyone.", ["consultation", "notice-and-comment"], ["PAVE Notice and Request for Public Comment"], mode="contributed"),
        term("public-meeting", "Public meeting or hearing", "A meeting or hearing open to the public.", ["hearing", "public-hearing", "town-hall"], ["PAVE Public Hearing"], mode="contributed"),
        term("survey", "Survey or poll", "A questionnaire or opinion poll.", ["poll", "polling", "survey-polling", "attitudes-survey"], ["PAVE Survey, Opinion Polling"], mode="contributed"),
        term("roundtable", "Roundtable", "An invited discussion with stakeholders.", ["round-table", "stakeholder-workshop"], ["PAVE"], mode="contributed"),
        term("crowdsourcing", "Crowdsourcing", "Gathering ideas or views online at scale.", ["crowdsourcing-collective-intelligence"], ["PAVE Crowdsourcing"], mode="contributed"),
        term("collective-intelligence", "Collective intelligence process", "A process that pools many people's ideas, judgements or votes, often with tools such as Polis, and brings out where they agree.", ["collective-intelligence-process", "polis"], ["PAVE Collective Intelligence Process"], mode="contributed"),
        term("interviews", "Interviews", "One-to-one interviews.", ["interview"], ["PAVE"], mode="contributed"),
        term("public-feedback", "Public feedback channel", "An open channel through which residents comment on a service or system, such as a register's feedback form.", ["feedback"], [], mode="contributed"),
        term("other", "Other", "Another method; describe it.", [], [], mode="contributed"),
    ])

vocabulary("engagement-formats", "Format",
    "Where an engagement took place.",
    [
        term("in-person", "In person", "Face to face.", ["face-to-face", "offline"]),
        term("online", "Online", "Online only.", ["virtual", "digital"]),
        term("hybrid", "Hybrid", "Both in person and online.", ["blended", "mixed"]),
    ])

vocabulary("initiators", "Initiated by",
    "Who started an engagement.",
    [
        term("public-body", "Public body", "Commissioned or run by a public body.", ["public-body-commissioned", "government"]),
        term("community-led", "Community", "Started by an affected community.", ["community"]),
        term("commissioned", "Commissioned", "Commissioned by one organisation (such as a funder, regulator or company) from another that ran it.", ["commission", "commissioned-work"], ["PAVE Commissioned"]),
        term("co-created", "Co-created", "Started together by a public body and others.", ["joint"]),
        term("academic-research", "Researchers", "Started by academic researchers.", ["academic", "research"]),
        term("civil-society", "Civil society", "Started by a charity, campaign or think tank.", ["ngo", "charity", "think-tank"]),
        term("other", "Other", "Someone else.", []),
    ])

vocabulary("recruitment", "Recruitment",
    "How participants were recruited.",
    [
        term("self-selected", "Self-selected", "Open to anyone who chose to take part.", ["open"]),
        term("targeted-outreach", "Targeted outreach", "Open, with outreach to particular groups.", ["outreach"]),
        term("random-sample", "Random sample", "A random sample of the population.", ["random"]),
        term("demographic-lottery", "Demographic lottery", "A lottery among people who volunteered, drawn so that those chosen match the population's demographics.", ["lottery-among-volunteers", "volunteer-lottery"], ["PAVE Demographic lottery"]),
        term("stratified-random-sample", "Stratified random sample", "A random sample stratified to reflect the population (a civic lottery or sortition).", ["sortition", "civic-lottery", "sortition-stratified", "stratified"]),
        term("quota-recruitment", "Quota recruitment", "Recruited to demographic quotas.", ["quota", "quotas"]),
        term("existing-panel", "Existing panel", "Drawn from an existing panel.", []),
        term("appointment", "Appointment", "Appointed or nominated.", ["nomination", "appointment-nomination"]),
        term("election", "Election", "Elected.", []),
        term("snowball", "Snowball", "Recruited through participants' own networks.", ["peer-snowball"]),
        term("other", "Other", "Another way; describe it.", [], ["PAVE Other"]),
        term("unknown", "Unknown", "The sources do not say.", []),
    ])

vocabulary("commitments", "Commitment",
    "What the public body promised, before an engagement, to do with its results (after the OECD's accountability principle).",
    [
        term("binding", "Binding", "The body committed to follow the outcome.", []),
        term("commitment-to-respond", "Commitment to respond", "The body committed to respond publicly to the recommendations.", ["respond"]),
        term("advisory-only", "Advisory only", "The results were advice, with no commitment about them.", ["advisory"]),
        term("none-stated", "None stated", "No commitment was made public.", ["none"]),
        term("unknown", "Unknown", "The sources do not say.", []),
    ])

vocabulary("influence-levels", "Influence",
    "How much an engagement changed what happened: an editor's judgement backed by sources.",
    [
        term("decisive", "Decisive", "The outcome followed the participants' decision.", []),
        term("substantial", "Substantial", "Several recommendations were adopted.", ["high"]),
        term("partial", "Partial", "Some recommendations were adopted or informed the decision.", ["some", "informed"]),
        term("minimal", "Minimal", "Little visible effect.", ["low"]),
        term("none", "None", "No visible effect.", []),
        term("too-early", "Too early to tell", "The decision had not yet been made.", ["pending"]),
        term("unknown", "Unknown", "The sources do not say.", []),
    ])

vocabulary("outcomes", "Outcome",
    "What became of a system or policy, for a case or as a result of an engagement.",
    [
        term("system-stopped", "System stopped", "The system was stopped or scrapped.", ["stopped", "scrapped", "ended"]),
        term("system-paused", "System paused", "The system was paused or suspended.", ["paused", "suspended"]),
        term("system-changed", "System changed", "The system was changed.", ["changed"]),
        term("safeguards-added", "Safeguards added", "Safeguards, oversight or appeal routes were added.", ["safeguards"]),
        term("transparency-improved", "Transparency improved", "More was published about the system or its use.", ["transparency"]),
        term("policy-changed", "Policy changed", "Policy or guidance changed.", ["policy-or-guidance-changed", "guidance-changed"]),
        term("redress-provided", "Redress provided", "People affected received refunds, compensation or an apology.", ["compensation", "refunds", "apology"]),
        term("proceeded-unchanged", "Proceeded unchanged", "The system or policy went ahead as planned.", ["unchanged", "continued"]),
        term("ongoing-engagement", "Ongoing engagement", "A standing way for the public to be involved was set up.", ["ongoing-engagement-established"]),
        term("unknown", "Unknown", "The sources do not say.", []),
    ])

vocabulary("impact-directions", "Direction",
    "Whether an effect on people was harmful or beneficial, and whether it happened or was a risk.",
    [
        term("harm", "Harm", "People were harmed.", ["negative", "harmful"]),
        term("benefit", "Benefit", "People benefited.", ["positive", "beneficial"]),
        term("mixed", "Mixed", "Both harm and benefit.", []),
        term("potential-harm", "Risk of harm", "A harm that could happen or was feared, not shown to have happened.", ["risk", "potential-negative"]),
        term("potential-benefit", "Claimed benefit", "A benefit that was claimed or expected, not shown to have happened.", ["claimed", "potential-positive", "expected-benefit"]),
    ])

vocabulary("impact-categories", "Impact category",
    "The kind of effect on people. Harm categories follow the AIAAIC harm taxonomy, with public-sector subtypes; benefit categories are new.",
    [
        term("autonomy", "Autonomy", "Loss of control over decisions about one's own life.", [], ["AIAAIC autonomy"], kind="harm"),
        term("physical", "Physical", "Physical injury or danger.", ["safety-harm"], ["AIAAIC physical"], kind="harm"),
        term("psychological", "Psychological", "Distress, anxiety or other harm to mental health.", ["mental-health", "distress"], ["AIAAIC psychological"], kind="harm"),
        term("reputational", "Reputational", "Damage to a person's reputation or standing.", ["stigma-personal"], ["AIAAIC reputational"], kind="harm"),
        term("financial", "Financial", "Loss of money, benefits or entitlements, or wrongful debts and penalties.", ["money", "debt", "benefits-loss", "benefits-or-entitlement-loss", "wrongful-debt-or-penalty"], ["AIAAIC financial & business"], kind="harm"),
        term("discrimination", "Discrimination", "Unfair treatment of people because of a characteristic such as race, sex, age or disability.", ["bias", "unfairness"], ["AIAAIC discrimination", "CSET disproportionate treatment"], kind="harm"),
        term("privacy", "Privacy", "Loss of privacy or misuse of personal data.", ["privacy-loss", "data-protection"], ["AIAAIC privacy"], kind="harm"),
        term("surveillance", "Surveillance", "Being watched or tracked, with a chilling effect on freedoms.", ["chilling-effect"], ["MIT 4.1"], kind="harm"),
        term("due-process", "Due process", "Wrongful accusation, sanction or detention, or no fair way to challenge a decision.", ["due-process-loss", "wrongful-accusation"], ["CSET rights violation"], kind="harm"),
        term("service-access", "Loss of access to services", "People lost access to a public service, or the service got worse.", ["loss-of-access-to-services", "public-service-deterioration"], ["AIAAIC societal", "CSET impact on critical services"], kind="harm"),
        term("stigmatisation", "Stereotyping and stigma", "People were labelled, stereotyped or stigmatised as a group.", ["stereotyping", "stereotyping-stigmatisation", "stigma"], ["AIAAIC"], kind="harm"),
        term("exclusion-from-data", "Left out of the data", "People were missing from, or misrepresented in, the data.", ["under-representation", "misrepresentation"], [], kind="harm"),
        term("trust", "Loss of trust", "Public trust in institutions was damaged.", ["institutional-trust-loss"], ["AIAAIC political & economic"], kind="harm"),
        term("power-concentration", "Power concentration", "Power moved away from the public, towards institutions or suppliers.", [], ["MIT 6.1"], kind="harm"),
        term("environmental", "Environmental", "Harm to the environment.", [], ["AIAAIC environmental"], kind="harm"),
        term("service-improvement", "Better or faster services", "People got a service more easily or more quickly.", ["service-access-or-speed", "faster-services"], [], kind="benefit"),
        term("better-outcomes", "Better outcomes", "Better health, education or other outcomes.", [], [], kind="benefit"),
        term("fairer-decisions", "Fairer decisions", "Decisions became fairer or more consistent.", ["fairer-or-more-consistent-decisions", "consistency"], [], kind="benefit"),
        term("efficiency", "Cost or efficiency", "The public body saved money or time.", ["cost-or-efficiency", "savings"], [], kind="benefit"),
        term("better-evidence", "Better evidence", "Better evidence for policy.", ["better-evidence-for-policy"], [], kind="benefit"),
        term("public-voice", "Public voice", "The public had more say over decisions that affect them.", ["community-voice-and-empowerment", "empowerment", "voice"], ["PAVE Empowerment"], kind="benefit"),
        term("safety", "Safety and protection", "People were better protected from harm.", ["safety-and-protection", "protection"], [], kind="benefit"),
        term("transparency", "Transparency", "People could see and question how decisions about them are made.", ["openness"], [], kind="benefit"),
    ])

vocabulary("evidence-levels", "Evidence",
    "How well a claimed effect is established (after the AI Incident Database's 'alleged' wording).",
    [
        term("alleged", "Alleged", "Claimed by someone, not yet shown.", ["claimed"]),
        term("reported", "Reported", "Reported by journalists or researchers from their own inquiry.", ["media"]),
        term("documented", "Documented", "Shown by published data, documents or research.", ["evidenced"]),
        term("acknowledged-by-body", "Acknowledged", "Acknowledged by the public body itself.", ["acknowledged", "admitted"]),
        term("found-by-authority", "Found by an authority", "Found by a court, regulator, ombudsman, auditor or inquiry.", ["ruled", "found"]),
    ])

vocabulary("affected-groups", "Affected group",
    "The kind of people affected (after CSET's harm distribution basis and Participedia's targeted groups).",
    [
        term("general-public", "General public", "Everyone, or the public at large.", ["public", "everyone", "residents"]),
        term("service-users", "Service users", "People using the service in question.", ["service-users-general", "users"]),
        term("local-community", "Local community", "People in a particular community.", ["community"]),
        term("children-young-people", "Children and young people", "Children and young people.", ["children", "young-people", "youth", "pupils-and-children"]),
        term("older-people", "Older people", "Older people.", ["elderly"]),
        term("disabled-people", "Disabled people", "Disabled people.", ["disabled", "disability"]),
        term("ethnic-minorities", "Ethnic minorities", "Racial and ethnic minorities.", ["minorities", "racial-minorities", "bame", "people-of-colour"]),
        term("migrants-refugees", "Migrants and refugees", "Migrants, asylum seekers and refugees, and people judged by nationality.", ["migrants", "refugees", "asylum-seekers", "immigrants"]),
        term("low-income", "People on low incomes", "People on low incomes and benefit claimants.", ["low-income-benefit-claimants", "benefit-claimants", "claimants", "poverty"]),
        term("women-girls", "Women and girls", "Women and girls.", ["women"]),
        term("lgbtq-people", "LGBTQ+ people", "Lesbian, gay, bisexual, trans and queer people.", ["lgbtq", "lgbt"]),
        term("religious-groups", "Religious groups", "People of a particular religion.", ["religion"]),
        term("indigenous-peoples", "Indigenous peoples", "Indigenous peoples.", ["indigenous"]),
        term("patients", "Patients", "Patients.", []),
        term("pupils-students", "Pupils and students", "Pupils and students.", ["students", "pupils"]),
        term("people-in-justice-system", "People in the justice system", "Suspects, defendants, offenders and people in prison or on probation.", ["offenders", "suspects", "defendants"]),
        term("jobseekers", "Jobseekers", "People looking for work.", ["unemployed"]),
        term("families", "Families", "Families and households.", ["parents", "households"]),
        term("public-sector-workers", "Public-sector workers", "Staff of public bodies.", ["workers", "staff"]),
        term("people-in-specific-area", "People in an area", "People living in a particular area.", ["area", "neighbourhood"]),
        term("other", "Other", "Another group; describe it.", []),
    ])

vocabulary("redress-types", "Kind of accountability event",
    "A step by which a public body was held to account or people sought redress.",
    [
        term("complaint", "Complaint", "A complaint to the body.", []),
        term("internal-review", "Internal review", "A review by the body itself.", ["review"]),
        term("ombudsman-finding", "Ombudsman finding", "A finding by an ombudsman.", ["ombudsman"]),
        term("regulator-action", "Regulator action", "An investigation, ruling or fine by a regulator, such as a data protection authority.", ["regulator", "ico", "data-protection-authority"]),
        term("court-ruling", "Court ruling", "A court judgment, including on appeal.", ["court", "judgment", "ruling", "lawsuit", "litigation"]),
        term("judicial-review", "Judicial review", "A judicial review of the body's decision.", ["jr"]),
        term("audit-report", "Audit report", "A report by a public auditor.", ["audit", "nao"]),
        term("parliamentary-scrutiny", "Parliamentary scrutiny", "A parliamentary inquiry, committee report or debate.", ["parliament", "inquiry-committee", "senate-inquiry"]),
        term("public-inquiry", "Public inquiry", "A formal public inquiry or royal commission.", ["royal-commission", "inquiry"]),
        term("compensation", "Compensation", "Refunds, settlement or compensation to people affected.", ["settlement", "refunds"]),
        term("apology", "Apology", "A public apology.", []),
        term("policy-reversal", "Policy reversal", "The body reversed the policy or stopped the system.", ["reversal", "u-turn"]),
        term("resignation", "Resignation", "A government or official resigned over the case.", ["resignations"]),
        term("other", "Other", "Another kind of event.", []),
    ])

vocabulary("disclosure-routes", "How it became public",
    "How the public learned about the system (after AIAAIC's news triggers).",
    [
        term("proactive-transparency-record", "Transparency record", "The body published a transparency or register record.", ["register", "transparency-record"]),
        term("official-announcement", "Official announcement", "The body announced it.", ["announcement"]),
        term("foi-request", "Freedom of information request", "A freedom of information request.", ["foi"]),
        term("media-investigation", "Media investigation", "Journalists investigated it.", ["journalism", "media"]),
        term("research-or-civil-society-report", "Research or civil-society report", "Researchers or campaigners published about it.", ["research", "civil-society"]),
        term("legal-action", "Legal action", "It came out through a court case.", ["litigation"]),
        term("legislative-scrutiny", "Legislative scrutiny", "It came out through parliamentary scrutiny.", ["parliament"]),
        term("data-breach-or-leak", "Data breach or leak", "A breach or leak revealed it.", ["leak", "breach"]),
        term("whistleblower", "Whistleblower", "A whistleblower revealed it.", []),
        term("other", "Other", "Another route.", []),
    ])

vocabulary("timeline-event-types", "Kind of event",
    "What a dated event in a case's timeline was.",
    [
        term("announced", "Announced", "The system or policy was announced.", []),
        term("procured", "Procured", "A supplier was chosen or a contract signed.", ["contracted"]),
        term("piloted", "Piloted", "A trial began.", ["trial"]),
        term("deployed", "Deployed", "Live use began.", ["launched", "live"]),
        term("expanded", "Expanded", "Use was extended.", []),
        term("engagement-started", "Engagement started", "A public engagement began.", []),
        term("engagement-ended", "Engagement ended", "A public engagement ended.", []),
        term("recommendations-published", "Recommendations published", "An engagement's findings or recommendations were published.", ["report-published"]),
        term("body-response-published", "Response published", "The public body responded to recommendations.", ["response"]),
        term("challenged", "Challenged", "A complaint, campaign or legal challenge began.", ["complaint", "legal-challenge"]),
        term("ruling", "Ruling", "A court, regulator or other authority ruled or reported.", ["judgment", "finding"]),
        term("paused", "Paused", "Use was paused or suspended.", ["suspended"]),
        term("changed", "Changed", "The system or policy was changed.", []),
        term("decommissioned", "Ended", "The system was stopped or scrapped.", ["stopped", "scrapped", "ended"]),
        term("other", "Other", "Another event.", []),
    ])

vocabulary("source-types", "Kind of source",
    "What a source is.",
    [
        term("official-document", "Official document", "A document published by a public body.", ["government", "official"]),
        term("transparency-record", "Transparency record", "A register or transparency record.", ["register"]),
        term("engagement-report", "Engagement report", "The report of a public engagement.", ["report"]),
        term("evaluation", "Evaluation", "An evaluation of an engagement or system.", []),
        term("response-from-body", "Response from the body", "A public body's response.", ["response"]),
        term("legal-judgment", "Legal judgment", "A court judgment.", ["judgment", "court"]),
        term("regulator-decision", "Regulator decision", "A regulator's decision or report.", ["regulator"]),
        term("foi-response", "FOI response", "A response to a freedom of information request.", ["foi"]),
        term("academic", "Academic", "Academic research.", ["research", "paper"]),
        term("news", "News", "A news article.", ["media", "journalism"]),
        term("civil-society-report", "Civil-society report", "A report by a charity, campaign or think tank.", ["ngo", "campaign"]),
        term("dataset", "Dataset", "A dataset.", ["data"]),
        term("video", "Video", "A recorded video or film, such as a project film or a recorded session.", ["film", "recording"], ["PAVE Video"]),
        term("toolkit", "Toolkit or method guide", "A method guide, toolkit, facilitation guide or workshop resource.", ["method-guide", "facilitation-guide", "workshop-resource", "guide"], ["PAVE Facilitation guide", "PAVE Workshop resource"]),
        term("catalogue-entry", "Catalogue entry", "An entry in another case catalogue, such as Participedia or the AI Incident Database.", ["participedia", "aiid", "case-catalogue"]),
        term("other", "Other", "Another kind of source.", []),
    ])

vocabulary("relations", "Relation",
    "How a case relates to another.",
    [
        term("part-of", "Part of", "This case is part of the other.", []),
        term("has-part", "Has part", "The other case is part of this one.", ["contains"]),
        term("follow-up-of", "Follows", "This case follows on from the other.", ["follows", "follow-up"]),
        term("same-system", "Same system", "Both cases concern the same system.", []),
        term("same-body", "Same body", "Both cases concern the same public body.", []),
        term("similar", "Similar", "The cases are alike and worth comparing.", ["like"]),
        term("contrasts-with", "Contrasts with", "The cases are worth comparing for their differences.", ["contrast"]),
    ])

vocabulary("licences", "Licence",
    "The licence a case study is published under (SPDX identifiers).",
    [
        term("CC-BY-4.0", "Creative Commons Attribution 4.0", "Reuse with attribution.", ["cc-by", "cc-by-4"]),
        term("CC-BY-SA-4.0", "Creative Commons Attribution-ShareAlike 4.0", "Reuse with attribution, sharing alike.", ["cc-by-sa"]),
        term("CC0-1.0", "Creative Commons Zero 1.0", "Public-domain dedication.", ["cc0", "public-domain"]),
        term("OGL-UK-3.0", "Open Government Licence v3.0", "The UK's open government licence.", ["ogl", "ogl-3"]),
    ])

vocabulary("ai-forms", "Form of AI",
    "What form of AI a case is about (after the PAVE case book's question of the same name).",
    [
        term("predictive-ai", "Predictive AI", "Systems that predict, score or classify, such as risk scores and fraud models.", ["predictive", "prediction"], ["PAVE Predictive AI"]),
        term("generative-ai", "Generative AI", "Systems that generate text, images or other content, such as chatbots built on large language models.", ["generative", "genai", "llm"], ["PAVE Generative AI"]),
        term("specific-systems", "Specific AI systems", "One or more particular systems, named in the case.", ["specific-ai-systems", "specific-system"], ["PAVE Specific AI system(s)"]),
        term("ai-in-general", "AI in general", "AI as a whole rather than any one system or kind.", ["general-ai", "ai-general"], ["PAVE AI in general"]),
        term("current-issues", "Current issues", "Issues that AI raises now.", ["current"], ["PAVE Current issues"]),
        term("future-issues", "Future issues", "Issues that AI may raise in future.", ["future"], ["PAVE Future issues"]),
    ])

vocabulary("project-goals", "Goal",
    "What a project or engagement set out to achieve (after the PAVE case book's project goals).",
    [
        term("methods", "Methods", "Create reusable participation tools and methods.", ["reusable-methods", "tools"], ["PAVE Methods"]),
        term("quantitative-evidence", "Quantitative evidence", "Generate statistical evidence on public attitudes to AI.", ["quantitative", "statistics"], ["PAVE Quantitative"]),
        term("qualitative-evidence", "Qualitative evidence", "Capture qualitative evidence on public attitudes to AI.", ["qualitative"], ["PAVE Qualitative"]),
        term("inform-policy", "Inform policy", "Inform a policy-making process.", ["policy"], ["PAVE Policy"]),
        term("build-capacity", "Build capacity", "Build participants' capacity to engage with AI.", ["capacity"], ["PAVE Capacity"]),
        term("shape-ai-development", "Shape AI development", "Shape the development of AI tools.", ["ai-development"], ["PAVE AI Development"]),
        term("audit", "Audit", "Review the design or implementation of AI tools.", ["review"], ["PAVE Audit"]),
        term("empowerment", "Empowerment", "Build community power with respect to AI.", ["community-power"], ["PAVE Empowerment"]),
        term("evaluate", "Evaluate", "Check the quality of evidence or of engagement processes.", ["evaluation"], ["PAVE Evaluate"]),
    ])

vocabulary("geographic-scopes", "Scope",
    "How far a case reaches.",
    [
        term("local", "Local", "A town, city, borough or neighbourhood.", ["city", "neighbourhood"]),
        term("regional", "Regional", "A region, county, state or province, or a devolved nation.", ["region", "state", "province"]),
        term("national", "National", "One country.", ["country"]),
        term("multinational", "Several countries", "Several countries, named in `countries`.", ["international", "multi-country", "cross-border"]),
        term("global", "Global", "The world as a whole, or no particular country.", ["worldwide", "world"]),
    ])

vocabulary("decision-methods", "Decision method",
    "How participants in an engagement came to their conclusions (after Participedia's decision methods).",
    [
        term("consensus", "Consensus", "Participants agreed together, with no vote.", ["general-agreement"], ["Participedia Consensus"]),
        term("voting", "Voting", "Participants voted on options or recommendations; the threshold may be a majority or more.", ["vote", "majority", "supermajority"], ["Participedia Voting"]),
        term("idea-generation", "Idea generation", "Participants produced ideas or views without choosing between them.", ["ideas", "brainstorming"], ["Participedia Idea Generation"]),
        term("opinion-survey", "Opinion survey", "Participants' individual views were gathered and counted.", ["survey", "questionnaire"], ["Participedia Opinion Survey"]),
        term("none", "No decision", "The engagement did not ask participants to reach conclusions.", ["not-applicable", "n-a"], ["Participedia N/A"]),
    ])

vocabulary("case-focus", "Focus",
    "Which half of the domain a case is mainly about.",
    [
        term("impact", "Impact", "How a public body's use of data or AI affected communities.", ["harm", "system"]),
        term("engagement", "Engagement", "How a public body involved the public in decisions about data or AI.", ["participation", "deliberation"]),
    ])

vocabulary("record-status", "Record status",
    "Where a case study stands editorially.",
    [
        term("draft", "Draft", "Being written.", []),
        term("in-review", "In review", "Awaiting review.", ["review"]),
        term("published", "Published", "Reviewed and published.", []),
        term("withdrawn", "Withdrawn", "No longer maintained or endorsed.", []),
    ])

vocabulary("contributor-roles", "Contributor role",
    "What a person did for a case study.",
    [
        term("author", "Author", "Wrote it.", ["writer"]),
        term("editor", "Editor", "Edited it.", []),
        term("reviewer", "Reviewer", "Reviewed it.", []),
        term("submitter", "Submitter", "Submitted it.", []),
    ])

vocabulary("ai-assistance", "AI assistance",
    "Whether AI tools helped write a case study (after the PAVE case book's disclosure field).",
    [
        term("none", "None", "Written without AI tools.", ["no"]),
        term("ai-assisted-human-checked", "AI-assisted, human-checked", "Drafted or summarised with AI tools, then checked line by line against the sources by a person.", ["ai-assisted", "assisted"]),
        term("ai-generated-unchecked", "AI-generated, unchecked", "Generated by AI tools and not yet checked.", ["unchecked"]),
    ])


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    out = []
    for c in text:
        out.append(c if c.isalnum() else "-")
    slug = "-".join(part for part in "".join(out).split("-") if part)
    return slug


def countries():
    data = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
    extra_aliases = {
        "GB": ["uk", "u-k", "britain", "great-britain", "united-kingdom"],
        "US": ["usa", "america", "united-states", "united-states-of-america"],
        "NL": ["holland", "the-netherlands"],
        "KR": ["south-korea"], "KP": ["north-korea"], "RU": ["russia"], "IR": ["iran"], "VN": ["vietnam"],
        "TW": ["taiwan"], "CZ": ["czech-republic"], "TR": ["turkey"], "BO": ["bolivia"], "VE": ["venezuela"],
        "TZ": ["tanzania"], "SY": ["syria"], "LA": ["laos"], "MD": ["moldova"],
    }
    terms = []
    for entry in sorted(data, key=lambda e: e["alpha_2"]):
        code = entry["alpha_2"]
        name = entry.get("common_name", entry["name"])
        aliases = [entry["alpha_3"].lower(), fold(name)]
        if entry.get("official_name"):
            aliases.append(fold(entry["official_name"]))
        if fold(entry["name"]) not in aliases:
            aliases.append(fold(entry["name"]))
        aliases += extra_aliases.get(code, [])
        seen = []
        for alias in aliases:
            if alias and alias not in seen and alias != code:
                seen.append(alias)
        terms.append(term(code, name, f"ISO 3166-1 alpha-2 code of {name}.", seen))
    terms.append(term("EU", "European Union", "The European Union: an exceptionally reserved ISO 3166-1 code, for cases about EU bodies and programmes.",
                      ["eu", "europe", "european-union"]))
    terms.sort(key=lambda t: t["id"])
    return terms


vocabulary("countries", "Country",
    "ISO 3166-1 alpha-2 country codes (from Debian's iso-codes), plus EU for the European Union. "
    "Names and three-letter codes are accepted as aliases (`uk`, `united-kingdom` and `gbr` all mean `GB`).",
    countries())


def write():
    os.makedirs(OUT, exist_ok=True)
    for name, (title, description, terms) in VOCABULARIES.items():
        ids = [t["id"] for t in terms]
        assert len(ids) == len(set(ids)), name
        aliases = [a for t in terms for a in t.get("aliases", [])]
        clashes = {a for a in aliases if aliases.count(a) > 1 or a in ids}
        assert not clashes, (name, clashes)
        document = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": title,
            "description": description,
            "type": "string",
            "enum": ids,
            "terms": terms,
        }
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {len(VOCABULARIES)} vocabularies to schemas/vocabularies/")


if __name__ == "__main__":
    write()
