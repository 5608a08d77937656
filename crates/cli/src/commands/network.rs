//! The networking commands: contact import and export, closeness, jobs,
//! who knows whom, `network`, `ask` and `favours`.

use super::{Out, empty_or};
use crate::args::JobCommand;
use crate::render::{DIM, HEADER, Table, paint};
use crate::{CliError, CliResult};
use afterview_app::{App, ImportOptions, ImportSummary, PositionInput, PositionView, Stage};
use afterview_store::Store;
use std::io::IsTerminal;
use std::path::Path;

/// How many records make an import worth a progress bar.
const PROGRESS_FROM: usize = 2_000;

pub(super) async fn import<S: Store>(
    app: &App<S>,
    file: &Path,
    options: &ImportOptions,
    out: &mut Out,
) -> CliResult {
    let bytes = std::fs::read(file).map_err(|e| {
        CliError::Usage(format!(
            "could not read the contacts file {}: {e}",
            file.display()
        ))
    })?;
    let name = file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    // A bar on a terminal only: scripts and logs get the summary alone.
    let bar = (std::io::stderr().is_terminal() && !out.json).then(|| {
        let bar = indicatif::ProgressBar::hidden();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{msg:10} [{bar:30}] {pos}/{len}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar
    });
    let progress = |stage: Stage, done: usize, total: usize| {
        if let Some(bar) = &bar
            && total >= PROGRESS_FROM
        {
            bar.set_message(match stage {
                Stage::Matching => "matching",
                Stage::Writing => "writing",
            });
            bar.set_length(total as u64);
            bar.set_position(done as u64);
            // Drawn only once it knows its length, so it never shows 0/0.
            if bar.is_hidden() {
                bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            }
        }
    };
    let summary = app.import_contacts(&name, &bytes, options, &progress).await;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let summary = summary?;
    out.show(&summary, |out, s| import_summary(out, s, &name))
}

fn import_summary(out: &mut Out, s: &ImportSummary, name: &str) {
    let verb = if s.dry_run {
        "Would import"
    } else {
        "Imported"
    };
    let merged = s.merged.len();
    out.line(format!(
        "{verb} {name} ({}): {} read, {} new, {merged} merged into people already known{}{}.",
        s.format,
        s.read,
        s.added,
        if s.companies_added > 0 {
            format!(", {} new companies", s.companies_added)
        } else {
            String::new()
        },
        if s.rejected.is_empty() {
            String::new()
        } else {
            format!(", {} skipped", s.rejected.len())
        },
    ));
    if merged > 0 {
        out.line("");
        out.line(paint(
            HEADER,
            "Merged (the file filled in what was missing; nothing you typed was replaced):",
        ));
        for m in s.merged.iter().take(20) {
            let into = match m.into {
                Some(id) => format!("{} ({id})", m.into_name),
                None => m.into_name.clone(),
            };
            let filled = if m.filled.is_empty() {
                "nothing new".to_owned()
            } else {
                m.filled.join(", ")
            };
            out.line(format!(
                "  line {}: {} → {into}, {} match; {filled}",
                m.line, m.name, m.how
            ));
        }
        if merged > 20 {
            out.line(format!("  … and {} more (--json lists all)", merged - 20));
        }
    }
    for (title, list) in [("Skipped records:", &s.rejected), ("Notes:", &s.notes)] {
        if !list.is_empty() {
            out.line("");
            out.line(paint(HEADER, title));
            for line in list.iter().take(20) {
                out.line(format!("  {line}"));
            }
            if list.len() > 20 {
                out.line(format!(
                    "  … and {} more (--json lists all)",
                    list.len() - 20
                ));
            }
        }
    }
    if s.dry_run {
        out.line("");
        out.line("Nothing was changed (--dry-run). Run it again without --dry-run to import.");
    }
}

pub(super) async fn export<S: Store>(
    app: &App<S>,
    output: Option<&Path>,
    out: &mut Out,
) -> CliResult {
    let cards = app.export_contacts().await?;
    match output {
        None => {
            out.text.push_str(&cards);
            out.raw = true;
            Ok(())
        }
        Some(path) => {
            std::fs::write(path, &cards)
                .map_err(|e| CliError::Io(format!("could not write {}: {e}", path.display())))?;
            let count = cards.matches("BEGIN:VCARD").count();
            let summary =
                serde_json::json!({ "file": path.display().to_string(), "contacts": count });
            out.show(&summary, |out, _| {
                out.line(format!(
                    "Wrote {count} contacts to {} (vCard 4).",
                    path.display()
                ));
            })
        }
    }
}

pub(super) async fn strength<S: Store>(
    app: &App<S>,
    who: &str,
    value: &str,
    out: &mut Out,
) -> CliResult {
    let value = (!matches!(value.trim(), "none" | "-" | "")).then_some(value);
    let id = app.set_strength(who, value).await?;
    let summary = serde_json::json!({ "contact": id, "strength": value.map(str::trim) });
    out.show(&summary, |out, _| match value {
        Some(v) => out.line(format!("Contact {id} is now at strength {}/5.", v.trim())),
        None => out.line(format!("Forgot how close contact {id} is.")),
    })
}

fn jobs_table(out: &mut Out, jobs: &[PositionView]) {
    let mut t = Table::new(&["ID", "COMPANY", "TITLE", "SINCE", "UNTIL"]);
    for j in jobs {
        t.row([
            j.id.to_string(),
            j.company.clone(),
            j.title.clone().unwrap_or_default(),
            j.since.map(|d| d.to_string()).unwrap_or_default(),
            j.until.map_or_else(|| "now".to_owned(), |d| d.to_string()),
        ]);
    }
    empty_or(
        out,
        &t,
        "No jobs recorded: afterview contact job add <who> --at <company> --since 2019 --until 2023",
    );
}

pub(super) async fn job<S: Store>(app: &App<S>, c: &JobCommand, out: &mut Out) -> CliResult {
    match c {
        JobCommand::Add {
            who,
            at,
            title,
            since,
            until,
        } => {
            let input = PositionInput {
                company: at.clone(),
                title: title.clone(),
                since: since.clone(),
                until: until.clone(),
            };
            let v = app.add_position(who, &input).await?;
            out.show(&v, |out, v| {
                out.line(format!(
                    "Recorded the job at {} {}.",
                    v.company,
                    paint(DIM, &format!("(job {})", v.id))
                ))
            })
        }
        JobCommand::List { who } => {
            let jobs = match who.trim() {
                "me" | "myself" | "I" => app.my_positions().await?,
                _ => {
                    let id = app.show_contact(who).await?.contact.id;
                    app.contact_network(id).await?.positions
                }
            };
            out.show(&jobs, |out, jobs| jobs_table(out, jobs))
        }
        JobCommand::Rm { id } => {
            app.remove_position(*id).await?;
            let summary = serde_json::json!({ "removed": id });
            out.show(&summary, |out, _| out.line(format!("Forgot job {id}.")))
        }
    }
}

pub(super) async fn link<S: Store>(
    app: &App<S>,
    a: &str,
    b: &str,
    how: Option<&str>,
    out: &mut Out,
) -> CliResult {
    let (first, second) = app.link_contacts(a, b, how).await?;
    let summary = serde_json::json!({ "contact": first, "other": second, "how": how });
    out.show(&summary, |out, _| {
        out.line(format!(
            "Recorded that {first} and {second} know each other."
        ))
    })
}

pub(super) async fn unlink<S: Store>(app: &App<S>, a: &str, b: &str, out: &mut Out) -> CliResult {
    app.unlink_contacts(a, b).await?;
    let summary = serde_json::json!({ "unlinked": [a, b] });
    out.show(&summary, |out, _| out.line("Forgotten."))
}

pub(super) async fn network<S: Store>(app: &App<S>, which: &str, out: &mut Out) -> CliResult {
    let view = app.network(which).await?;
    out.show(&view, |out, v| {
        out.line(paint(
            HEADER,
            &format!(
                "Warm paths to {} (application {})",
                v.application, v.application_id
            ),
        ));
        if v.paths.is_empty() {
            out.line("");
            out.line("Nobody you know reaches this decision yet. Record who works where");
            out.line("(afterview contact job add <who> --at <company>) and who knows whom");
            out.line("(afterview contact link <a> <b> --how \"former colleagues\"), or import");
            out.line("your LinkedIn connections: afterview contact import Connections.csv");
            return;
        }
        for (n, p) in v.paths.iter().enumerate() {
            out.line("");
            let asked = p
                .favour
                .map(|s| paint(DIM, &format!(" [favour {s}]")))
                .unwrap_or_default();
            out.line(format!("{}. {}{asked}", n + 1, p.path));
            out.line(format!(
                "   {}: afterview ask {} --for {}",
                capitalised(&p.ask),
                p.contact_id,
                v.application_id
            ));
        }
    })
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub(super) async fn ask<S: Store>(
    app: &App<S>,
    who: &str,
    which: &str,
    state: Option<&str>,
    note: Option<&str>,
    out: &mut Out,
) -> CliResult {
    let f = app.ask(who, which, state, note).await?;
    out.show(&f, |out, f| {
        out.line(format!(
            "Favour {} with {} for {}: {}.",
            f.id, f.contact, f.application, f.state
        ));
        if f.state == afterview_core::network::FavourState::Done {
            out.line(format!(
                "Thank them: the agenda reminds you until you log it (afterview touch {} --note \"thanks\").",
                f.contact_id
            ));
        }
    })
}

pub(super) async fn favours<S: Store>(
    app: &App<S>,
    which: Option<&str>,
    out: &mut Out,
) -> CliResult {
    let list = app.favours(which).await?;
    out.show(&list, |out, list| {
        let mut t = Table::new(&["ID", "WHO", "FOR", "STATE", "NOTE"]);
        for f in list {
            t.row([
                f.id.to_string(),
                f.contact.clone(),
                f.application.clone(),
                f.state.to_string(),
                f.note.clone().unwrap_or_default(),
            ]);
        }
        empty_or(
            out,
            &t,
            "No favours asked yet: see who could help with afterview network <app>.",
        );
    })
}

pub(super) async fn week<S: Store>(app: &App<S>, at: Option<&str>, out: &mut Out) -> CliResult {
    let w = app.week(at).await?;
    let tz = out.tz.clone();
    out.show(&w, |out, w| {
        out.line(paint(
            HEADER,
            &format!(
                "Week of {} to {}",
                crate::render::day(w.from, &tz),
                crate::render::day(w.to - jiff::SignedDuration::from_secs(1), &tz)
            ),
        ));
        let target = if w.target > 0 {
            format!(" of {}", w.target)
        } else {
            String::new()
        };
        out.text.push_str(&crate::render::fields(&[
            ("Applied", Some(format!("{}{target}", w.applied))),
            ("Interviews", Some(w.interviews.to_string())),
            ("Letters sent", Some(w.letters_sent.to_string())),
            ("Touches", Some(w.touches.to_string())),
            ("Practised", Some(w.practice_reviews.to_string())),
            ("In play", Some(w.live.to_string())),
        ]));
        for warning in &w.warnings {
            out.line(format!("! {warning}"));
        }
    })
}
