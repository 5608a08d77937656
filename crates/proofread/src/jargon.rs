//! Words of the job-search and technology trade that Harper's dictionary
//! does not have, so they are never reported as misspelled.
//!
//! The context's known words cover the names in a person's data; these
//! cover the vocabulary every letter in the field uses ("runbooks",
//! "onboarding", "chargebacks"). Each was checked against Harper's curated
//! dictionary and is here because it was flagged. Plurals of these (and of
//! known words) are accepted too, so only the singular is listed.

/// The extra words, lowercase.
pub(crate) const WORDS: &[&str] = &[
    "a11y",
    "asana",
    "autoscaling",
    "bootcamp",
    "calendly",
    "chargeback",
    "coachable",
    "databricks",
    "datadog",
    "dbt",
    "devops",
    "ecommerce",
    "edtech",
    "fullstack",
    "gainsight",
    "healthtech",
    "hubspot",
    "iaas",
    "insurtech",
    "kanban",
    "kubernetes",
    "learnings",
    "marketo",
    "mentee",
    "mlops",
    "neobank",
    "offboarding",
    "omnichannel",
    "oncall",
    "paas",
    "pagerduty",
    "poc",
    "powerbi",
    "proptech",
    "runbook",
    "scaleup",
    "scikit",
    "teardown",
    "trello",
    "udemy",
    "upsell",
    "webex",
    "wireframe",
    "wireframing",
    "workstream",
    "zendesk",
];
