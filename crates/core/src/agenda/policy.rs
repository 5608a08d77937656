//! The tunable side of the rules: how soon each action falls due.
//!
//! Every field has the default from the product brief and can be changed in
//! the `[agenda]` table of `config.toml`; lengths of time are written as
//! people say them (`"2h"`, `"24h"`, `"14d"`).

use crate::when::parse_duration;
use jiff::SignedDuration;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A length of time read from the config file: `"2h"`, `"3d"`, or `"off"`
/// (zero) where a rule may be turned off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Length(SignedDuration);

impl Length {
    /// A number of hours.
    pub const fn hours(h: i64) -> Length {
        Length(SignedDuration::from_hours(h))
    }

    /// A number of days.
    pub const fn days(d: i64) -> Length {
        Length(SignedDuration::from_hours(24 * d))
    }

    /// The duration.
    pub fn get(self) -> SignedDuration {
        self.0
    }
}

impl fmt::Display for Length {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.0.as_secs();
        if secs == 0 {
            f.write_str("off")
        } else if secs % 86_400 == 0 {
            write!(f, "{}d", secs / 86_400)
        } else if secs % 3_600 == 0 {
            write!(f, "{}h", secs / 3_600)
        } else {
            write!(f, "{}m", secs / 60)
        }
    }
}

impl std::str::FromStr for Length {
    type Err = String;

    fn from_str(s: &str) -> Result<Length, String> {
        if matches!(s.trim(), "off" | "0" | "never") {
            return Ok(Length(SignedDuration::ZERO));
        }
        parse_duration(s).map(Length).map_err(|e| e.to_string())
    }
}

impl Serialize for Length {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Length {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Length, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// When each rule's action falls due. Field names are the config keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// Debrief an interview this long after it ends.
    pub debrief_within: Length,
    /// Send owed items this long after the interview, unless a date was given.
    pub owed_within: Length,
    /// Thank each interviewer this long after the interview.
    pub thank_within: Length,
    /// Follow up with the hiring contact this long after the interview.
    pub follow_up_within: Length,
    /// Nudge after this many business days without an answer.
    pub nudge_after_business_days: u32,
    /// Nudge at most this many times.
    pub max_nudges: u32,
    /// Check in this many business days after a decision date passes.
    pub decision_check_in_business_days: u32,
    /// Prepare this long before an interview starts.
    pub prepare_before: Length,
    /// Answer an offer with no deadline within this long.
    pub offer_answer_within: Length,
    /// Check in with each recruiter this often; "off" turns it off.
    pub recruiter_every: Length,
    /// Applications to send each week; 0 turns the target off.
    pub weekly_applications: u32,
    /// Warn when fewer applications than this are live; 0 turns it off.
    pub thin_pipeline_below: u32,
    /// Withdraw from other applications this long after being hired.
    pub withdraw_within: Length,
    /// Drop an action overdue by more than this; "off" keeps everything.
    pub forget_after: Length,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            debrief_within: Length::hours(2),
            owed_within: Length::hours(24),
            thank_within: Length::hours(24),
            follow_up_within: Length::hours(24),
            nudge_after_business_days: 5,
            max_nudges: 2,
            decision_check_in_business_days: 1,
            prepare_before: Length::hours(48),
            offer_answer_within: Length::days(7),
            recruiter_every: Length::days(14),
            weekly_applications: 5,
            thin_pipeline_below: 3,
            withdraw_within: Length::days(2),
            forget_after: Length::days(30),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_read_as_people_write_them() {
        assert_eq!("2h".parse::<Length>().unwrap(), Length::hours(2));
        assert_eq!("14d".parse::<Length>().unwrap(), Length::days(14));
        assert_eq!("off".parse::<Length>().unwrap().get(), SignedDuration::ZERO);
        assert_eq!(Length::days(14).to_string(), "14d");
        assert!("soonish".parse::<Length>().unwrap_err().contains("45m"));
    }
}
