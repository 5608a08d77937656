//! `afterview draft` and `afterview letter …`: drafting, proofreading,
//! editing and sending letters.

use super::Out;
use super::follow::run_editor;
use crate::args::{DraftArgs, LetterCommand};
use crate::render::{DIM, GOOD, HEADER, Table, paint};
use crate::{CliError, CliResult, Setup};
use afterview_app::{
    App, AppError, DraftRequest, LetterListInput, LetterView, SendOptions, SendOutcome, SendVia,
};
use afterview_core::letter::{LetterKind, LetterText};
use afterview_letters::{Template, Templates};
use afterview_store::Store;
use std::io::Read;
use std::path::PathBuf;

/// The templates: the built-ins, with the person's overrides.
pub(super) fn templates(setup: &Setup) -> CliResult<Templates> {
    match setup.config.templates_dir() {
        Some(dir) => Templates::with_overrides(&dir).map_err(|e| CliError::Usage(e.to_string())),
        None => Ok(Templates::builtin()),
    }
}

pub(super) async fn draft<S: Store>(
    app: &App<S>,
    a: &DraftArgs,
    setup: &Setup,
    out: &mut Out,
) -> CliResult {
    let templates = templates(setup)?;
    if a.show_template {
        let template: Template = a
            .kind
            .parse()
            .map_err(|e: afterview_letters::UnknownTemplate| CliError::Usage(e.to_string()))?;
        let (origin, text) = templates.source(template);
        out.raw = true;
        if !out.json {
            out.line(format!("# {origin}"));
        }
        out.text.push_str(text);
        return Ok(());
    }
    let kind: LetterKind = a.kind.parse().map_err(AppError::from)?;
    let request = DraftRequest {
        kind,
        target: a.target.clone().unwrap_or_default(),
        to: a.to.clone(),
        again: a.again,
    };
    let drafted = app.draft(&request, &templates, setup.proofreader()).await?;
    out.show(&drafted, |out, d| {
        for skipped in &d.skipped {
            out.line(paint(DIM, &format!("Skipped: {skipped}.")));
        }
        for v in &d.letters {
            letter_text(out, v);
            out.line("");
        }
        if !d.letters.is_empty() {
            let ids: Vec<String> = d.letters.iter().map(|v| v.letter.id.to_string()).collect();
            out.line(format!(
                "Drafted {} letter{} ({}). Edit with `afterview letter edit N`, send with `afterview letter send N`.",
                ids.len(),
                if ids.len() == 1 { "" } else { "s" },
                ids.join(", ")
            ));
        }
    })
}

/// A letter with its header, its text and the proofreader's findings.
fn letter_text(out: &mut Out, v: &LetterView) {
    let l = &v.letter;
    let about = match (&v.company, &v.role) {
        (Some(c), Some(r)) => format!(" · {c} · {r}"),
        _ => String::new(),
    };
    out.line(paint(
        HEADER,
        &format!(
            "Letter {} · {} · {}{about}",
            l.id,
            l.kind.as_str(),
            l.state.as_str()
        ),
    ));
    let to = match &l.to_email {
        Some(e) => format!("{} <{e}>", l.to_name),
        None => l.to_name.clone(),
    };
    out.line(format!("To: {to}"));
    out.line(format!("Subject: {}", l.subject));
    if let Some(sent) = l.sent_at {
        out.line(paint(
            DIM,
            &format!(
                "Sent {} via {}{}",
                crate::render::local(sent, &out.tz),
                l.via.map_or("?", |v| v.as_str()),
                l.message_id
                    .as_deref()
                    .map(|m| format!(" as {m}"))
                    .unwrap_or_default()
            ),
        ));
    }
    if let Some(failure) = &l.failure {
        out.line(format!("Failed: {failure}"));
    }
    out.line("");
    out.text.push_str(&l.body);
    if let Some(findings) = &v.findings {
        out.line("");
        findings_text(out, v, findings);
    }
}

fn findings_text(out: &mut Out, v: &LetterView, findings: &[afterview_proofread::Finding]) {
    if findings.is_empty() {
        out.line(paint(GOOD, "The proofreader found nothing to fix."));
        return;
    }
    // The output passes through anstream, which drops colour off a terminal.
    let color = !out.json;
    out.text.push_str(&afterview_proofread::render(
        findings,
        &v.letter.subject,
        &v.letter.body,
        color,
    ));
}

pub(super) async fn letter<S: Store>(
    app: &App<S>,
    c: &LetterCommand,
    setup: &Setup,
    out: &mut Out,
) -> CliResult {
    match c {
        LetterCommand::List { state, application } => {
            let input = LetterListInput {
                application: application.clone(),
                state: state.clone(),
            };
            let letters = app.list_letters(&input).await?;
            out.show(&letters, |out, letters| {
                if letters.is_empty() {
                    out.line(
                        "No letters yet. Draft one with `afterview draft thanks <interview>`.",
                    );
                    return;
                }
                let mut table = Table::new(&["#", "KIND", "STATE", "TO", "ABOUT", "SUBJECT"]);
                for v in letters {
                    let l = &v.letter;
                    table.row(vec![
                        l.id.to_string(),
                        l.kind.as_str().to_owned(),
                        l.state.as_str().to_owned(),
                        l.to_name.clone(),
                        v.company.clone().unwrap_or_default(),
                        l.subject.clone(),
                    ]);
                }
                out.text.push_str(&table.render());
            })
        }
        LetterCommand::Show { letter } => {
            let v = app.show_letter(letter, Some(setup.proofreader())).await?;
            out.show(&v, letter_text)
        }
        LetterCommand::Check { letter } => {
            let v = app.show_letter(letter, Some(setup.proofreader())).await?;
            let errors = v.errors();
            out.show(&v, |out, v| {
                findings_text(out, v, v.findings.as_deref().unwrap_or_default());
            })?;
            if errors > 0 {
                return Err(CliError::Findings(format!(
                    "letter {} has {errors} error{}; fix with `afterview letter edit {}`",
                    v.letter.id,
                    if errors == 1 { "" } else { "s" },
                    v.letter.id
                )));
            }
            Ok(())
        }
        LetterCommand::Edit { letter, stdin } => {
            let saved = if *stdin {
                let mut text = String::new();
                std::io::stdin().read_to_string(&mut text).map_err(|e| {
                    CliError::Usage(format!(
                        "could not read the letter from standard input: {e}"
                    ))
                })?;
                let (current, _) = app.letter_for_editing(letter).await?;
                let parsed = LetterText::parse_editable(&text).map_err(|e| {
                    CliError::Usage(format!("the letter on standard input has a problem: {e}"))
                })?;
                Some(
                    app.save_letter_text(current.id, &parsed, setup.proofreader())
                        .await?,
                )
            } else {
                edit_in_editor(app, letter, setup).await?
            };
            match saved {
                Some(v) => out.show(&v, |out, v| {
                    out.line(format!("Saved letter {}.", v.letter.id));
                    if let Some(f) = &v.findings {
                        findings_text(out, v, f);
                    }
                }),
                None => {
                    out.line(format!("Letter {letter} is unchanged."));
                    Ok(())
                }
            }
        }
        LetterCommand::Send {
            letter,
            eml,
            card,
            force,
            resend,
        } => {
            let via = match (eml, card) {
                (Some(path), _) => SendVia::Eml(path.clone()),
                (_, Some(path)) => SendVia::Card(path.clone()),
                _ => SendVia::Email,
            };
            let outbox = match via {
                SendVia::Email => setup.config.outbox()?,
                _ => afterview_app::Outbox::default(),
            };
            let options = SendOptions {
                via,
                force: *force,
                resend: *resend,
            };
            let outcome = app
                .send_letter(letter, &options, &outbox, setup.proofreader())
                .await?;
            out.show(&outcome, sent_text)
        }
        LetterCommand::Sent { letter } => {
            let v = app.letter_sent(letter).await?;
            out.show(&v, |out, v| {
                out.line(format!(
                    "Letter {} to {} is recorded as sent; its agenda action is done.",
                    v.letter.id, v.letter.to_name
                ));
            })
        }
        LetterCommand::Replied { letter, at } => {
            let v = app.letter_replied(letter, at.as_deref()).await?;
            out.show(&v, |out, v| {
                out.line(format!(
                    "Recorded {}'s reply to letter {}; no more nudges about it.",
                    v.letter.to_name, v.letter.id
                ));
            })
        }
        LetterCommand::Rm { letter } => {
            let l = app.remove_letter(letter).await?;
            out.show(&l, |out, l| {
                out.line(format!("Removed draft {} to {}.", l.id, l.to_name));
            })
        }
    }
}

fn sent_text(out: &mut Out, o: &SendOutcome) {
    let l = &o.letter.letter;
    match (&o.file, &o.server_reply) {
        (Some(file), _) => {
            let what = match l.via {
                Some(afterview_core::letter::SentVia::Card) => "Print the card and post it",
                _ => "Open it in your mail client and send it",
            };
            out.line(format!("Wrote letter {} to {}.", l.id, file.display()));
            out.line(format!(
                "{what}, then run `afterview letter sent {}` to record it.",
                l.id
            ));
        }
        (None, reply) => {
            out.line(paint(
                GOOD,
                &format!(
                    "Sent letter {} to {}{}.",
                    l.id,
                    l.to_name,
                    l.to_email
                        .as_ref()
                        .map(|e| format!(" <{e}>"))
                        .unwrap_or_default()
                ),
            ));
            if let Some(reply) = reply {
                out.line(paint(DIM, &format!("The server said: {reply}")));
            }
        }
    }
}

/// The file a letter is edited in; kept when something goes wrong so that
/// nothing typed is lost.
fn edit_path(letter: &str) -> PathBuf {
    let safe: String = letter.chars().filter(char::is_ascii_alphanumeric).collect();
    std::env::temp_dir().join(format!("afterview-letter-{safe}.txt"))
}

/// Edits a letter in the editor until it reads, or the person saves it
/// unchanged (nothing to do) or saves the same problem twice.
async fn edit_in_editor<S: Store>(
    app: &App<S>,
    letter: &str,
    setup: &Setup,
) -> CliResult<Option<LetterView>> {
    let (current, text) = app.letter_for_editing(letter).await?;
    let path = edit_path(&current.id.to_string());
    let write = |text: &str| {
        std::fs::write(&path, text)
            .map_err(|e| CliError::Io(format!("could not write {}: {e}", path.display())))
    };
    write(&text)?;
    let original = text;
    let mut shown = original.clone();
    loop {
        run_editor(&path)?;
        let edited = std::fs::read_to_string(&path)
            .map_err(|e| CliError::Io(format!("could not read {}: {e}", path.display())))?;
        if edited == original {
            let _ = std::fs::remove_file(&path);
            return Ok(None);
        }
        match LetterText::parse_editable(&edited) {
            Ok(parsed) => {
                let saved = app
                    .save_letter_text(current.id, &parsed, setup.proofreader())
                    .await;
                return match saved {
                    Ok(v) => {
                        let _ = std::fs::remove_file(&path);
                        Ok(Some(v))
                    }
                    Err(e) => Err(CliError::App(AppError::Refused(format!(
                        "{e}; your text is kept in {}",
                        path.display()
                    )))),
                };
            }
            Err(problem) => {
                if edited == shown {
                    return Err(CliError::Usage(format!(
                        "the letter still has a problem ({problem}); your text is kept in {}: fix it and run \
                         `afterview letter edit {} --stdin < {}`",
                        path.display(),
                        current.id,
                        path.display()
                    )));
                }
                shown = format!("# Problem: {problem}\n{edited}");
                write(&shown)?;
            }
        }
    }
}
