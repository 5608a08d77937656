//! The follow-through commands: today, agenda, done/snooze/dismiss, debrief, prep, outcome, touch, calendar.

use super::{Out, notes, read_text};
use crate::args::{CalendarCommand, DebriefArgs, OutcomeArgs};
use crate::render::{self, BAD, DIM, GOOD, HEADER, WARN, paint};
use crate::{CliError, CliResult};
use afterview_app::{
    ActionView, AgendaView, App, AppError, DebriefInput, DebriefView, InterviewInput, OutcomeInput,
    PrepSheet, TouchInput,
};
use afterview_core::debrief::with_error_banner;
use afterview_store::Store;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest .ics file read; an invitation is a few kilobytes.
const MAX_INVITE_FILE: u64 = 1024 * 1024;

/// How many actions of each group a person sees without `--all`.
const SHOWN: usize = 12;

fn action_lines(
    out: &mut Out,
    heading: &str,
    style: anstyle::Style,
    actions: &[ActionView],
    total: usize,
) {
    if actions.is_empty() {
        return;
    }
    out.line(paint(HEADER, &format!("{heading} ({total})")));
    let width = actions.iter().map(|a| a.key.len()).max().unwrap_or(0);
    for a in actions {
        let pad = " ".repeat(width - a.key.len());
        let snoozed = if a.snoozed_until.is_some() {
            " (snoozed)"
        } else {
            ""
        };
        out.line(format!(
            "  {}{pad}  {}  {}",
            paint(DIM, &a.key),
            a.title,
            paint(style, &format!("{}{snoozed}", a.due_in))
        ));
        let indent = " ".repeat(width + 4);
        out.line(format!(
            "{indent}{}",
            paint(DIM, &format!("{} · due {}", a.subject, a.due_local))
        ));
        out.line(format!("{indent}{}", a.reason));
        out.line(format!(
            "{indent}{}",
            paint(GOOD, &format!("$ {}", a.command))
        ));
    }
    if actions.len() < total {
        out.line(paint(
            DIM,
            &format!("  … and {} more (--all lists them)", total - actions.len()),
        ));
    }
    out.line("");
}

fn agenda_text(out: &mut Out, v: &AgendaView) {
    if v.overdue.is_empty() && v.today.is_empty() && v.upcoming.is_empty() {
        out.line("Nothing is due. You are on top of it.");
        match v.next_due {
            Some(next) => out.line(format!(
                "The next action falls due {} ({}).",
                render::local(next, &out.tz),
                afterview_core::agenda::relative(next, v.now)
            )),
            None => out.line(paint(
                DIM,
                "Nothing is coming up either: add an application with `afterview app add` or an interview with `afterview interview add`.",
            )),
        }
        return;
    }
    action_lines(out, "Overdue", BAD, &v.overdue, v.overdue_count);
    action_lines(out, "Due today", WARN, &v.today, v.today_count);
    action_lines(out, "Next 7 days", DIM, &v.upcoming, v.upcoming_count);
    out.line(paint(
        DIM,
        "Mark one with `afterview done <action>`, or `snooze <action> --until …`, or `dismiss <action> --why …`.",
    ));
}

pub(super) async fn today<S: Store>(
    app: &App<S>,
    at: Option<&str>,
    all: bool,
    out: &mut Out,
) -> CliResult {
    // People see the most urgent of each group; scripts get everything.
    let limit = (!all && !out.json).then_some(SHOWN);
    let v = app.agenda(at, limit).await?;
    out.show(&v, agenda_text)
}

pub(super) async fn done<S: Store>(
    app: &App<S>,
    key: &str,
    note: Option<&str>,
    out: &mut Out,
) -> CliResult {
    let v = app.done(key, note).await?;
    out.show(&v, |out, v| out.line(format!("Done: {}.", v.title)))
}

pub(super) async fn snooze<S: Store>(
    app: &App<S>,
    key: &str,
    until: &str,
    out: &mut Out,
) -> CliResult {
    let v = app.snooze(key, until).await?;
    out.show(&v, |out, v| {
        out.line(format!("Snoozed until {}: {}.", v.due_local, v.title));
    })
}

pub(super) async fn dismiss<S: Store>(
    app: &App<S>,
    key: &str,
    why: &str,
    out: &mut Out,
) -> CliResult {
    let v = app.dismiss(key, why).await?;
    out.show(&v, |out, v| out.line(format!("Dismissed: {}.", v.title)))
}

pub(super) async fn touch<S: Store>(
    app: &App<S>,
    contact: &str,
    input: &TouchInput,
    out: &mut Out,
) -> CliResult {
    let t = app.touch(contact, input).await?;
    out.show(&t, |out, t| {
        out.line(format!(
            "Logged a {} with contact {} on {}.",
            t.via,
            t.contact_id,
            render::local(t.at, &out.tz)
        ));
    })
}

fn debrief_text(out: &mut Out, v: &DebriefView) {
    // A title line, which the Markdown reader skips: the shown form reads back.
    out.line(paint(
        HEADER,
        &format!(
            "# Debrief of interview {} · {} · {} · round {} (version {}, {})",
            v.interview_id,
            v.company,
            v.role,
            v.round,
            v.version,
            render::local(v.written_at, &out.tz)
        ),
    ));
    out.text.push_str(&v.markdown);
}

/// The file a debrief is edited in; kept when something goes wrong so that
/// nothing typed is lost.
fn draft_path(interview: &str) -> PathBuf {
    let safe: String = interview
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    std::env::temp_dir().join(format!("afterview-debrief-{safe}.md"))
}

/// Runs the person's editor on a file, like git does: `$VISUAL`, `$EDITOR`, else `vi`.
pub(super) fn run_editor(path: &Path) -> CliResult {
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|e| !e.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|e| !e.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".to_owned());
    // Through the shell, so that "code --wait" works as an editor.
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("afterview-editor")
        .arg(path)
        .status()
        .map_err(|e| {
            CliError::Io(format!(
                "could not start the editor \"{editor}\": {e}; set $EDITOR"
            ))
        })?;
    if !status.success() {
        return Err(CliError::Io(format!(
            "the editor \"{editor}\" failed ({status}); your text is kept in {}",
            path.display()
        )));
    }
    Ok(())
}

/// Writes a debrief in the editor until it reads, the person leaves it
/// empty (abort), or they save it again without fixing the problem.
async fn debrief_in_editor<S: Store>(
    app: &App<S>,
    interview: &str,
) -> CliResult<Option<DebriefView>> {
    let (id, template) = app.debrief_template(interview).await?;
    let path = draft_path(&id.to_string());
    let write = |text: &str| {
        std::fs::write(&path, text)
            .map_err(|e| CliError::Io(format!("could not write {}: {e}", path.display())))
    };
    write(&template)?;
    let mut shown = template;
    let mut last_saved: Option<String> = None;
    loop {
        run_editor(&path)?;
        let text = read_text(&path, "debrief")?;
        match app.read_debrief_markdown(&text).await? {
            Ok(None) => {
                let _ = std::fs::remove_file(&path);
                return Ok(None);
            }
            Ok(Some(content)) => {
                return match app.save_debrief(&id.to_string(), &content).await {
                    Ok(v) => {
                        let _ = std::fs::remove_file(&path);
                        Ok(Some(v))
                    }
                    Err(e) => Err(CliError::App(match e {
                        AppError::Invalid(mut i) => {
                            i.message =
                                format!("{}; your text is kept in {}", i.message, path.display());
                            AppError::Invalid(i)
                        }
                        other => AppError::Refused(format!(
                            "{other}; your text is kept in {}",
                            path.display()
                        )),
                    })),
                };
            }
            Err(problem) => {
                // Saved without a change (with or without the message on
                // top): the person is stuck or the editor is a script, so
                // stop rather than loop.
                if text == shown || last_saved.as_deref() == Some(text.as_str()) {
                    return Err(CliError::Usage(format!(
                        "the debrief still has a problem ({problem}); your text is kept in {}: fix it and run `afterview debrief {id} --stdin < {}`",
                        path.display(),
                        path.display()
                    )));
                }
                shown = with_error_banner(&text, &problem);
                write(&shown)?;
                last_saved = Some(text);
            }
        }
    }
}

pub(super) async fn debrief<S: Store>(app: &App<S>, a: &DebriefArgs, out: &mut Out) -> CliResult {
    if a.history {
        let versions = app.debrief_history(&a.interview).await?;
        return out.show(&versions, |out, versions| {
            if versions.is_empty() {
                out.line(format!("Interview {} has no debrief yet.", a.interview));
            }
            for v in versions {
                debrief_text(out, v);
                out.line("");
            }
        });
    }
    if a.show {
        let v = app.show_debrief(&a.interview, a.version).await?;
        return out.show(&v, debrief_text);
    }
    let input = DebriefInput {
        went_well: a.went_well.clone(),
        better: a.better.clone(),
        issues: a.issue.clone(),
        owe: a.owe.clone(),
        do_better: a.do_better.clone(),
        decision: a.decision.clone(),
        rating: a.rating.clone(),
        notes: notes(&a.notes)?,
    };
    let saved = if !input.is_empty() {
        Some(app.debrief_with_flags(&a.interview, &input).await?)
    } else if a.stdin {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(|e| {
            CliError::Usage(format!(
                "could not read the debrief from standard input: {e}"
            ))
        })?;
        match app.read_debrief_markdown(&text).await? {
            Ok(Some(content)) => Some(app.save_debrief(&a.interview, &content).await?),
            Ok(None) => None,
            Err(problem) => {
                return Err(CliError::Usage(format!(
                    "the debrief on standard input has a problem: {problem}"
                )));
            }
        }
    } else {
        debrief_in_editor(app, &a.interview).await?
    };
    match saved {
        Some(v) => out.show(&v, |out, v| {
            out.line(format!(
                "Saved the debrief of interview {} ({} · round {}), version {}.",
                v.interview_id, v.company, v.round, v.version
            ));
            if !v.content.owed.is_empty() {
                out.line(format!(
                    "{} owed item(s) are on your agenda: `afterview today`.",
                    v.content.owed.len()
                ));
            }
        }),
        None => Err(CliError::App(AppError::Refused(
            "nothing was written, so no debrief was saved".to_owned(),
        ))),
    }
}

fn prep_text(out: &mut Out, p: &PrepSheet) {
    let i = &p.interview;
    out.line(paint(
        HEADER,
        &format!(
            "Prep sheet: {} · {} · round {} ({})",
            i.company, i.role, i.round, i.kind
        ),
    ));
    out.line(format!(
        "Starts {}{}",
        render::local(i.starts_at, &out.tz),
        i.location
            .as_ref()
            .map(|l| format!(" · {l}"))
            .unwrap_or_default()
    ));
    out.line("");
    out.line(paint(HEADER, "Who is in the room"));
    if p.interviewers.is_empty() {
        out.line(paint(
            DIM,
            "  nobody recorded; add them with `afterview interview edit --with …`",
        ));
    }
    for person in &p.interviewers {
        let mut line = format!("  {} ({})", person.name, person.role);
        if let Some(t) = &person.title {
            line.push_str(&format!(", {t}"));
        }
        if !person.met_before.is_empty() {
            line.push_str(&format!("; met in {}", person.met_before.join(", ")));
        }
        out.line(line);
        if let Some(n) = &person.notes {
            out.line(paint(DIM, &format!("    {n}")));
        }
    }
    out.line("");
    if let Some(d) = &p.decision {
        out.line(paint(HEADER, "Decision timeline"));
        let by =
            d.by.map(|b| format!(" ({})", render::local(b, &out.tz)))
                .unwrap_or_default();
        out.line(format!("  Round {}: \"{}\"{by}", d.round, d.said));
        out.line("");
    }
    if !p.owed.is_empty() {
        out.line(paint(HEADER, "What you owe"));
        for o in &p.owed {
            let to =
                o.to.as_ref()
                    .map(|t| format!(" to {t}"))
                    .unwrap_or_default();
            let style = if o.state == "open" { WARN } else { GOOD };
            out.line(format!("  {}{to}  {}", o.what, paint(style, o.state)));
        }
        out.line("");
    }
    out.line(paint(HEADER, "Earlier rounds"));
    if p.earlier_rounds.is_empty() {
        out.line(paint(
            DIM,
            "  no debriefs from earlier rounds with this company",
        ));
    }
    for d in &p.earlier_rounds {
        out.line(format!("  Round {} ({} · {}):", d.round, d.company, d.role));
        for line in d.markdown.lines().filter(|l| !l.trim().is_empty()) {
            out.line(format!("    {line}"));
        }
    }
    out.line("");
    for (title, groups) in [
        ("Questions you have fumbled before", &p.recurring_questions),
        ("Issues that keep coming up", &p.recurring_issues),
    ] {
        out.line(paint(HEADER, title));
        if groups.is_empty() {
            out.line(paint(DIM, "  none yet: they come from your debriefs"));
        }
        for g in groups {
            let topic = g
                .topic
                .as_ref()
                .map(|t| format!(" [{t}]"))
                .unwrap_or_default();
            out.line(format!("  {}×{topic} {}", g.count, g.items[0].text));
            for item in &g.items {
                if g.count > 1 {
                    out.line(paint(
                        DIM,
                        &format!("      \"{}\" ({})", item.text, item.from),
                    ));
                }
                if let Some(b) = &item.better {
                    out.line(format!("      better: {b}"));
                }
            }
        }
        out.line("");
    }
}

pub(super) async fn prep<S: Store>(app: &App<S>, interview: &str, out: &mut Out) -> CliResult {
    let p = app.prep(interview).await?;
    out.show(&p, prep_text)
}

pub(super) async fn outcome<S: Store>(app: &App<S>, a: &OutcomeArgs, out: &mut Out) -> CliResult {
    let input = OutcomeInput {
        interview: InterviewInput {
            at: a.round.at.clone(),
            duration: a.round.duration.clone(),
            kind: a.round.kind.clone(),
            location: a.round.location.clone(),
            notes: notes(&a.round.notes)?,
            time_zone: a.round.time_zone.clone(),
            with: a.round.with.clone(),
            ..InterviewInput::default()
        },
        deadline: a.deadline.clone(),
        terms: a.terms.clone(),
        reason: a.reason.clone(),
    };
    let v = app.outcome(&a.app, &a.outcome, &input).await?;
    out.show(&v, |out, v| {
        let app = &v.application;
        match v.outcome {
            afterview_app::Outcome::SecondRound => {
                if let Some(i) = &v.interview {
                    out.line(format!(
                        "Round {} with {} is interview {}, {}. Prepare with `afterview prep {}`.",
                        i.round,
                        i.company,
                        i.id,
                        render::local(i.starts_at, &out.tz),
                        i.id
                    ));
                }
            }
            afterview_app::Outcome::Offer => {
                out.line(format!("An offer from {}! Congratulations.", app.company));
                if let Some(d) = v.offer.as_ref().and_then(|o| o.deadline) {
                    out.line(format!("Answer by {}; it is on your agenda.", render::local(d, &out.tz)));
                }
            }
            afterview_app::Outcome::Rejected => out.line(format!(
                "Recorded the rejection from {}. Your debriefs and lessons stay for the next interview.",
                app.company
            )),
            afterview_app::Outcome::Ghosted => {
                out.line(format!("Marked {} as ghosted; it can come back to life.", app.company))
            }
            afterview_app::Outcome::Hired => {
                out.line(format!("You're hired at {}! Congratulations.", app.company));
                if !v.withdraw_from.is_empty() {
                    out.line("Withdraw politely from the others (they are on your agenda):");
                    for other in &v.withdraw_from {
                        out.line(format!(
                            "  {} {} · {}  $ afterview app status {} withdrawn",
                            other.id, other.company, other.role, other.id
                        ));
                    }
                }
            }
        }
    })
}

pub(super) async fn calendar<S: Store>(
    app: &App<S>,
    c: &CalendarCommand,
    out: &mut Out,
) -> CliResult {
    match c {
        CalendarCommand::Export { out: file } => {
            let ics = app.calendar_export().await?;
            match file {
                None => {
                    out.text.push_str(&ics);
                    out.raw = true;
                    Ok(())
                }
                Some(path) => {
                    std::fs::write(path, &ics).map_err(|e| {
                        CliError::Io(format!("could not write {}: {e}", path.display()))
                    })?;
                    let summary = serde_json::json!({ "file": path.display().to_string(), "bytes": ics.len() });
                    out.show(&summary, |out, _| {
                        out.line(format!(
                            "Wrote {}; import it into your calendar (a newer export updates the same entries).",
                            path.display()
                        ));
                    })
                }
            }
        }
    }
}

pub(super) async fn import_invite<S: Store>(
    app: &App<S>,
    file: &Path,
    for_app: Option<&str>,
    out: &mut Out,
) -> CliResult {
    let mut bytes = Vec::new();
    let read = if file == Path::new("-") {
        std::io::stdin()
            .take(MAX_INVITE_FILE + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(MAX_INVITE_FILE + 1).read_to_end(&mut bytes))
    };
    read.map_err(|e| {
        CliError::Usage(format!(
            "could not read the invitation {}: {e}",
            file.display()
        ))
    })?;
    let v = app.import_invite(&bytes, for_app).await?;
    out.show(&v, |out, v| {
        let i = &v.interview;
        out.line(format!(
            "{} interview {}: {} · round {} ({}), {}.",
            match v.action {
                "created" => "Scheduled",
                "updated" => "Moved",
                _ => "Cancelled",
            },
            i.id,
            i.company,
            i.round,
            i.kind,
            render::local(i.starts_at, &out.tz)
        ));
        for person in &i.interviewers {
            out.line(format!("  with {} ({})", person.name, person.role));
        }
        for note in &v.notes {
            out.line(paint(DIM, &format!("  note: {note}")));
        }
    })
}
