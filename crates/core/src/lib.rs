//! Domain types and rules of afterview: pure, with no I/O.
//!
//! Everything here is a plain value or a pure function of its inputs: typed
//! ids, parsed values that keep their invariant (a non-empty [`Name`], a valid
//! [`Email`]), the entities of a job search and the rules that govern them
//! (which status may follow which). Time is always passed in, never read, so
//! every rule can be tested with a fixed clock. Storage, networking and the
//! terminal live in other crates; a test in this crate's manifest check keeps
//! it that way.

pub mod agenda;
pub mod application;
pub mod backup;
pub mod company;
pub mod contact;
pub mod debrief;
pub mod follow;
pub mod hash;
pub mod ids;
pub mod insights;
pub mod interview;
pub mod letter;
pub mod network;
pub mod practice;
pub mod profile;
pub mod similar;
pub mod suggest;
pub mod text;
pub mod time;
pub mod when;

pub use application::{Application, ApplicationStatus, Excitement, NewApplication, SalaryRange};
pub use company::{Company, NewCompany};
pub use contact::{Contact, NewContact, Tag};
pub use ids::{
    ApplicationId, CardId, CompanyId, ContactId, DebriefId, EventId, InterviewId, LetterId,
    ResumeId, ReviewId, TouchId,
};
pub use interview::{
    Interview, InterviewKind, InterviewStatus, Interviewer, InterviewerRole, NewInterview,
};
pub use profile::{Profile, Resume};
pub use text::{Email, Invalid, LongText, Name, Url};
