//! Applications and their status lifecycle.
//!
//! An application moves `saved → applied → interviewing → offer → hired`, or
//! ends `rejected`, `withdrawn` or `ghosted`. [`ApplicationStatus::check_transition`]
//! is the one place that decides which move is allowed and explains a refusal;
//! every move is recorded in an append-only event log ([`ApplicationEvent`]).

use crate::choice_enum;
use crate::ids::{ApplicationId, CompanyId, EventId, ResumeId};
use crate::text::{Invalid, LongText, Name, Url};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

choice_enum! {
    /// Where an application stands.
    ApplicationStatus, "status" {
        /// Noted, not yet sent.
        Saved = "saved",
        /// Sent, waiting for an answer.
        Applied = "applied",
        /// At least one interview is planned or done.
        Interviewing = "interviewing",
        /// An offer is on the table.
        Offer = "offer",
        /// The offer was signed.
        Hired = "hired",
        /// The company said no.
        Rejected = "rejected",
        /// You stepped back.
        Withdrawn = "withdrawn",
        /// No answer for a long time.
        Ghosted = "ghosted",
    }
}

impl ApplicationStatus {
    /// Whether the application is still in play (not hired, rejected or withdrawn).
    pub fn is_live(self) -> bool {
        matches!(
            self,
            ApplicationStatus::Saved
                | ApplicationStatus::Applied
                | ApplicationStatus::Interviewing
                | ApplicationStatus::Offer
        )
    }

    /// The statuses that may follow this one without `--force`.
    pub fn next(self) -> &'static [ApplicationStatus] {
        use ApplicationStatus::*;
        match self {
            Saved => &[Applied, Withdrawn],
            Applied => &[Interviewing, Offer, Rejected, Withdrawn, Ghosted],
            Interviewing => &[Offer, Rejected, Withdrawn, Ghosted],
            Offer => &[Hired, Rejected, Withdrawn],
            // A company that went quiet can come back.
            Ghosted => &[Applied, Interviewing, Offer, Rejected, Withdrawn],
            Hired | Rejected | Withdrawn => &[],
        }
    }

    /// Checks a move from `self` to `to`, explaining a refusal and the way out.
    pub fn check_transition(self, to: ApplicationStatus) -> Result<(), Invalid> {
        if self == to {
            return Err(Invalid::new(
                "status",
                format!("the application is already {to}"),
            ));
        }
        if self.next().contains(&to) {
            return Ok(());
        }
        let allowed = if self.next().is_empty() {
            format!("{self} is final")
        } else {
            let names: Vec<&str> = self.next().iter().map(|s| s.as_str()).collect();
            format!("from {self} it can move to {}", names.join(", "))
        };
        Err(Invalid::new(
            "status",
            format!(
                "an application cannot go from {self} to {to}: {allowed}. If you are correcting a mistake, add --force (the correction is logged)"
            ),
        ))
    }
}

/// Enthusiasm for a role, 1 (meh) to 5 (dream job).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Excitement(u8);

impl Excitement {
    /// Parses a number from 1 to 5.
    pub fn new(n: i64) -> Result<Excitement, Invalid> {
        if (1..=5).contains(&n) {
            Ok(Excitement(n as u8))
        } else {
            Err(Invalid::new(
                "excitement",
                format!("excitement is {n}; give a number from 1 (meh) to 5 (dream job)"),
            ))
        }
    }

    /// The number, 1 to 5.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Excitement {
    type Error = Invalid;
    fn try_from(n: u8) -> Result<Self, Invalid> {
        Excitement::new(n.into())
    }
}

impl From<Excitement> for u8 {
    fn from(e: Excitement) -> u8 {
        e.0
    }
}

/// A salary range as advertised or discussed: "120k-150k USD".
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SalaryRange {
    /// The lower bound, in whole currency units.
    pub min: Option<i64>,
    /// The upper bound, in whole currency units.
    pub max: Option<i64>,
    /// The ISO 4217 currency code, e.g. "USD".
    pub currency: Option<String>,
}

impl SalaryRange {
    /// Parses "120k-150k USD", "$120,000 - $150,000", "90000 EUR", "€90k+".
    pub fn parse(input: &str) -> Result<SalaryRange, Invalid> {
        let bad = |why: &str| {
            Invalid::new(
                "salary",
                format!(
                    "couldn't read \"{}\" as a salary range: {why}; write it like \"120k-150k USD\" or \"90000 EUR\"",
                    input.trim()
                ),
            )
        };
        let mut text = input.trim().to_owned();
        let mut currency = None;
        for (sign, code) in [("$", "USD"), ("€", "EUR"), ("£", "GBP")] {
            if text.contains(sign) {
                currency = Some(code.to_owned());
                text = text.replace(sign, "");
            }
        }
        let mut words: Vec<&str> = text.split_whitespace().collect();
        if let Some(last) = words.last()
            && last.len() == 3
            && last.chars().all(|c| c.is_ascii_alphabetic())
        {
            currency = Some(last.to_ascii_uppercase());
            words.pop();
        }
        let amounts = words.concat();
        if amounts.is_empty() {
            return Err(bad("there is no amount"));
        }
        let (lo, hi) = match amounts.split_once(['-', '–']) {
            Some((lo, hi)) => (lo, Some(hi)),
            None => match amounts.strip_suffix('+') {
                Some(lo) => (lo, None),
                None => (amounts.as_str(), Some(amounts.as_str())),
            },
        };
        let min = parse_amount(lo).ok_or_else(|| bad(&format!("\"{lo}\" is not an amount")))?;
        let max = match hi {
            Some(hi) => {
                Some(parse_amount(hi).ok_or_else(|| bad(&format!("\"{hi}\" is not an amount")))?)
            }
            None => None,
        };
        if let Some(max) = max
            && max < min
        {
            return Err(bad("the upper bound is below the lower bound"));
        }
        Ok(SalaryRange {
            min: Some(min),
            max,
            currency,
        })
    }
}

impl std::fmt::Display for SalaryRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let short = |n: i64| {
            if n >= 1000 && n % 1000 == 0 {
                format!("{}k", n / 1000)
            } else {
                n.to_string()
            }
        };
        match (self.min, self.max) {
            (Some(a), Some(b)) if a == b => write!(f, "{}", short(a))?,
            (Some(a), Some(b)) => write!(f, "{}-{}", short(a), short(b))?,
            (Some(a), None) => write!(f, "{}+", short(a))?,
            (None, Some(b)) => write!(f, "up to {}", short(b))?,
            (None, None) => {}
        }
        if let Some(c) = &self.currency {
            write!(f, " {c}")?;
        }
        Ok(())
    }
}

fn parse_amount(text: &str) -> Option<i64> {
    let clean: String = text.chars().filter(|c| *c != ',' && *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, factor) = if let Some(d) = lower.strip_suffix('k') {
        (d, 1_000.0)
    } else if let Some(d) = lower.strip_suffix('m') {
        (d, 1_000_000.0)
    } else {
        (lower.as_str(), 1.0)
    };
    let value: f64 = digits.parse().ok()?;
    let whole = value * factor;
    (whole.is_finite() && (0.0..1e12).contains(&whole)).then_some(whole.round() as i64)
}

/// An application for a role at a company, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    /// Its short number.
    pub id: ApplicationId,
    /// The company it is with.
    pub company_id: CompanyId,
    /// The role's title.
    pub role: Name,
    /// Where it stands.
    pub status: ApplicationStatus,
    /// The posting's address.
    pub posting_url: Option<Url>,
    /// The posting's text, for matching skills.
    pub posting_text: Option<LongText>,
    /// Where the lead came from (a referral, a job board).
    pub source: Option<Name>,
    /// The advertised or discussed pay.
    pub salary: Option<SalaryRange>,
    /// The résumé version sent.
    pub resume_id: Option<ResumeId>,
    /// How much you want it.
    pub excitement: Option<Excitement>,
    /// Free notes.
    pub notes: Option<LongText>,
    /// When it was added.
    pub created_at: Timestamp,
    /// When its status last changed.
    pub status_changed_at: Timestamp,
}

/// What it takes to add an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewApplication {
    /// The company it is with.
    pub company_id: CompanyId,
    /// The role's title.
    pub role: Name,
    /// Its first status (usually saved or applied).
    pub status: ApplicationStatus,
    /// The posting's address.
    pub posting_url: Option<Url>,
    /// The posting's text.
    pub posting_text: Option<LongText>,
    /// Where the lead came from.
    pub source: Option<Name>,
    /// The advertised or discussed pay.
    pub salary: Option<SalaryRange>,
    /// The résumé version sent.
    pub resume_id: Option<ResumeId>,
    /// How much you want it.
    pub excitement: Option<Excitement>,
    /// Free notes.
    pub notes: Option<LongText>,
}

/// One entry of an application's append-only history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationEvent {
    /// Its number.
    pub id: EventId,
    /// The application it belongs to.
    pub application_id: ApplicationId,
    /// When it happened.
    pub at: Timestamp,
    /// The status before, or none when the application was created.
    pub from_status: Option<ApplicationStatus>,
    /// The status after.
    pub to_status: ApplicationStatus,
    /// Whether the move was forced past the lifecycle rules (a correction).
    pub forced: bool,
    /// Why, in the person's words.
    pub note: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use ApplicationStatus::*;

    #[test]
    fn the_happy_path_is_allowed() {
        for pair in [Saved, Applied, Interviewing, Offer, Hired].windows(2) {
            assert!(pair[0].check_transition(pair[1]).is_ok(), "{pair:?}");
        }
    }

    #[test]
    fn a_refusal_explains_the_way_out() {
        let err = Saved.check_transition(Hired).unwrap_err();
        assert!(
            err.message
                .contains("from saved it can move to applied, withdrawn"),
            "{err}"
        );
        assert!(err.message.contains("--force"), "{err}");
        let err = Hired.check_transition(Applied).unwrap_err();
        assert!(err.message.contains("hired is final"), "{err}");
    }

    #[test]
    fn statuses_parse_with_suggestions() {
        assert_eq!(
            "Interviewing".parse::<ApplicationStatus>().unwrap(),
            Interviewing
        );
        let err = "intervewing".parse::<ApplicationStatus>().unwrap_err();
        assert!(err.message.contains("did you mean 'interviewing'"), "{err}");
    }

    #[test]
    fn salary_ranges_read_common_spellings() {
        let r = SalaryRange::parse("120k-150k USD").unwrap();
        assert_eq!(
            (r.min, r.max, r.currency.as_deref()),
            (Some(120_000), Some(150_000), Some("USD"))
        );
        let r = SalaryRange::parse("$120,000 - $150,000").unwrap();
        assert_eq!(
            (r.min, r.max, r.currency.as_deref()),
            (Some(120_000), Some(150_000), Some("USD"))
        );
        let r = SalaryRange::parse("€90k+").unwrap();
        assert_eq!(
            (r.min, r.max, r.currency.as_deref()),
            (Some(90_000), None, Some("EUR"))
        );
        assert_eq!(r.to_string(), "90k+ EUR");
        assert!(SalaryRange::parse("lots").is_err());
        assert!(SalaryRange::parse("150k-120k").is_err());
    }

    fn any_status() -> impl proptest::strategy::Strategy<Value = ApplicationStatus> {
        proptest::sample::select(ApplicationStatus::ALL.to_vec())
    }

    proptest::proptest! {
        /// The check agrees with the table of next statuses, and explains every refusal.
        #[test]
        fn a_move_is_allowed_exactly_when_it_is_listed(from in any_status(), to in any_status()) {
            let allowed = from.check_transition(to);
            proptest::prop_assert_eq!(allowed.is_ok(), from.next().contains(&to));
            if let Err(refusal) = allowed {
                proptest::prop_assert!(refusal.message.contains(from.as_str()));
            }
        }

        /// Whatever the path, a final status stays final and only live ones move on.
        #[test]
        fn walks_through_the_lifecycle_end_where_they_should(picks in proptest::collection::vec(0usize..8, 0..12)) {
            let mut status = Saved;
            for pick in picks {
                let next = status.next();
                if next.is_empty() {
                    proptest::prop_assert!(matches!(status, Hired | Rejected | Withdrawn));
                    break;
                }
                status = next[pick % next.len()];
            }
            proptest::prop_assert!(!status.is_live() || !status.next().is_empty());
        }
    }

    #[test]
    fn excitement_is_one_to_five() {
        assert!(Excitement::new(0).is_err());
        assert_eq!(Excitement::new(5).unwrap().get(), 5);
    }
}
