//! Every built-in letter passes afterview's own proofreader with no finding
//! at all, with realistic values and names from well outside English.
//!
//! A template that a proofreader flags would make every user's letter start
//! with a warning; this is the guard against a wording change that does.

use std::sync::LazyLock;

use afterview_letters::{Contact, Interview, Recipient, Template, Vars};
use afterview_proofread::{Context, LetterKind, Proofreader, render as show};

use crate::{full, minimal, render};

/// One proofreader for the module: building it takes about half a second.
static PROOFREADER: LazyLock<Proofreader> = LazyLock::new(Proofreader::new);

/// What the proofreader is told a template is for.
fn kind(t: Template) -> LetterKind {
    match t {
        Template::Thanks | Template::ThanksAgain => LetterKind::Thanks,
        Template::FollowUp => LetterKind::FollowUp,
        Template::Nudge => LetterKind::Nudge,
        Template::CheckIn => LetterKind::CheckIn,
        Template::Ask => LetterKind::NetworkingAsk,
        Template::Withdraw => LetterKind::Withdrawal,
    }
}

/// The values as afterview would fill them for one kind of letter: a
/// networking ask goes to a contact, a check-in to a recruiter, the rest to
/// someone at the company.
fn for_letter(t: Template, mut vars: Vars) -> Vars {
    match t {
        Template::Ask => {
            vars.to = Recipient {
                name: "Oluwaseun Adébáyọ̀".into(),
                first_name: "Oluwaseun".into(),
                role: Some("Principal Engineer".into()),
                email: None,
            };
        }
        Template::CheckIn => {
            vars.to = Recipient {
                name: "Marguerite Okonkwo-Bell".into(),
                first_name: "Marguerite".into(),
                role: Some("Talent Partner".into()),
                email: None,
            };
        }
        _ => {}
    }
    vars
}

/// More realistic letters: a phone screen at a company with a one-word
/// name, a contact who used to work there, a single interviewer.
fn phone_screen() -> Vars {
    let mut vars = full();
    vars.company = "Qualtrics".into();
    vars.role = "Senior Product Analyst".into();
    vars.to = Recipient {
        name: "Nguyễn Thị Minh".into(),
        first_name: "Minh".into(),
        role: None,
        email: None,
    };
    vars.interview = Some(Interview {
        date: "Monday 30 November".into(),
        day: "Monday".into(),
        kind: "phone screen".into(),
        round: 1,
        with: vec!["Nguyễn Thị Minh".into()],
    });
    vars.skills = vec!["SQL".into(), "experiment design".into()];
    vars.contact = Some(Contact {
        how_met: None,
        works_there: false,
        worked_there: true,
        knows: Vec::new(),
    });
    if let Some(d) = vars.debrief.as_mut() {
        d.went_well.clear();
        d.owed.truncate(1);
        d.owed[0].due = Some("tomorrow".into());
        d.issue = None;
    }
    vars.me.signature = None;
    vars
}

#[test]
fn every_letter_passes_the_proofreader_with_no_finding() {
    let mut failures = Vec::new();
    for (set, vars) in [
        ("full", full()),
        ("minimal", minimal()),
        ("phone screen", phone_screen()),
    ] {
        for t in Template::ALL {
            let vars = for_letter(t, vars.clone());
            let letter = render(t, &vars);
            let mut names: Vec<&str> = vec![&vars.me.name, &vars.to.name, &vars.company];
            if let Some(i) = &vars.interview {
                names.extend(i.with.iter().map(String::as_str));
            }
            if let Some(c) = &vars.contact {
                names.extend(c.knows.iter().map(String::as_str));
            }
            names.extend(vars.skills.iter().map(String::as_str));
            let recipients = [vars.to.name.as_str()];
            let ctx = Context {
                letter_kind: kind(t),
                recipient_names: &recipients,
                company: Some(&vars.company),
                known_words: &names,
                ..Context::default()
            };
            let findings = PROOFREADER.check(&letter.subject, &letter.body, &ctx);
            if !findings.is_empty() {
                failures.push(format!(
                    "{t} ({set}):\n{}\n{}",
                    letter.body,
                    show(&findings, &letter.subject, &letter.body, false)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The check above only means something if the proofreader, told the same
/// things, does flag a slip in one of these letters.
#[test]
fn the_proofreader_flags_a_slip_in_a_drafted_letter() {
    let vars = full();
    let letter = render(Template::Thanks, &vars);
    let body = letter
        .body
        .replace("Dear Siobhán,", "Dear Siobahn,")
        .replace("your time", "you time");
    let recipients = [vars.to.name.as_str()];
    let known = [vars.me.name.as_str(), vars.company.as_str()];
    let ctx = Context {
        letter_kind: LetterKind::Thanks,
        recipient_names: &recipients,
        company: Some(&vars.company),
        known_words: &known,
        ..Context::default()
    };
    let findings = PROOFREADER.check(&letter.subject, &body, &ctx);
    assert_eq!(
        findings.len(),
        2,
        "{}",
        show(&findings, &letter.subject, &body, false)
    );
}
