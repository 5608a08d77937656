//! Running a parsed command: input in, use case, output out.

mod follow;
mod letters;
mod network;
mod practice;

use crate::args::*;
use crate::render::{self, DIM, GOOD, Table, paint, status_style};
use crate::{CliError, CliResult, Setup};
use afterview_app::views::{
    ApplicationDetail, ApplicationSummary, CompanyView, ContactView, InterviewView,
};
use afterview_app::{
    App, ApplicationInput, CompanyInput, ContactInput, ImportOptions, InterviewInput, ProfileInput,
    StatusChange,
};
use afterview_store::Store;
use jiff::tz::TimeZone;
use serde::Serialize;
use std::io::{Read, Write};
use std::path::Path;

/// Where output goes, and in which form.
struct Out {
    json: bool,
    /// Pretty JSON for a person at a terminal, compact for a program.
    pretty: bool,
    tz: TimeZone,
    text: String,
    /// Output that is a file's content (an .ics), written as it is.
    raw: bool,
}

impl Out {
    fn json<T: Serialize>(&mut self, value: &T) -> CliResult {
        let text = if self.pretty {
            serde_json::to_string_pretty(value)
        } else {
            serde_json::to_string(value)
        };
        self.text
            .push_str(&text.map_err(|e| CliError::Io(e.to_string()))?);
        self.text.push('\n');
        Ok(())
    }

    fn line(&mut self, line: impl AsRef<str>) {
        self.text.push_str(line.as_ref());
        self.text.push('\n');
    }

    /// Either the JSON of `value` or the human text made by `human`.
    fn show<T: Serialize>(&mut self, value: &T, human: impl FnOnce(&mut Out, &T)) -> CliResult {
        if self.json {
            self.json(value)
        } else {
            human(self, value);
            Ok(())
        }
    }
}

/// Reads a text file, or standard input for "-".
fn read_text(path: &Path, what: &str) -> CliResult<String> {
    let mut bytes = Vec::new();
    let result = if path == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    result.map_err(|e| {
        CliError::Usage(format!(
            "could not read the {what} file {}: {e}",
            path.display()
        ))
    })?;
    String::from_utf8(bytes).map_err(|_| {
        CliError::Usage(format!(
            "the {what} file {} is not UTF-8 text; save it as plain text and try again",
            path.display()
        ))
    })
}

fn notes(n: &NotesArgs) -> CliResult<Option<String>> {
    match (&n.notes, &n.notes_file) {
        (_, Some(path)) => read_text(path, "notes").map(Some),
        (notes, None) => Ok(notes.clone()),
    }
}

/// Runs one command against `app` and writes its output to standard output.
pub async fn execute<S: Store + Clone>(app: &App<S>, cli: &Cli, setup: &Setup) -> CliResult {
    use std::io::IsTerminal;
    // JSON carries UTC instants, so only people's tables need the zone.
    let tz = if cli.json {
        TimeZone::UTC
    } else {
        app.time_zone().await?
    };
    let mut out = Out {
        json: cli.json,
        pretty: std::io::stdout().is_terminal(),
        tz,
        text: String::new(),
        raw: false,
    };
    // Output written before a failure (a letter's findings) still shows.
    let done: CliResult = async {
        match &cli.command {
            Command::Profile(c) => profile(app, c, &mut out).await?,
            Command::Company(c) => company(app, c, &mut out).await?,
            Command::App(c) => application(app, c, &mut out).await?,
            Command::Contact(c) => contact(app, c, &mut out).await?,
            Command::Network { app: which } => network::network(app, which, &mut out).await?,
            Command::Ask {
                contact: who,
                app: which,
                state,
                note,
            } => network::ask(app, who, which, state.as_deref(), note.as_deref(), &mut out).await?,
            Command::Week { at } => network::week(app, at.as_deref(), &mut out).await?,
            Command::Serve { port, host, token } => {
                serve(app, setup, host, *port, token.clone()).await?
            }
            Command::Favours { app: which } => {
                network::favours(app, which.as_deref(), &mut out).await?
            }
            Command::Interview(c) => interview(app, c, &mut out).await?,
            Command::Today { all } => follow::today(app, None, *all, &mut out).await?,
            Command::Agenda { at, all } => {
                follow::today(app, at.as_deref(), *all, &mut out).await?
            }
            Command::Done { action, note } => {
                follow::done(app, action, note.as_deref(), &mut out).await?
            }
            Command::Snooze { action, until } => {
                follow::snooze(app, action, until, &mut out).await?
            }
            Command::Dismiss { action, why } => follow::dismiss(app, action, why, &mut out).await?,
            Command::Debrief(a) => follow::debrief(app, a, &mut out).await?,
            Command::Prep { interview } => follow::prep(app, interview, &mut out).await?,
            Command::Outcome(a) => follow::outcome(app, a, &mut out).await?,
            Command::Touch {
                contact,
                via,
                note,
                at,
            } => {
                let input = afterview_app::TouchInput {
                    via: Some(via.clone()),
                    note: note.clone(),
                    at: at.clone(),
                };
                follow::touch(app, contact, &input, &mut out).await?
            }
            Command::Calendar(c) => follow::calendar(app, c, &mut out).await?,
            Command::Backup { file } => backup(app, file, &mut out).await?,
            Command::Restore { file } => restore(app, file, &mut out).await?,
            Command::Generate { size, seed } => generate(app, size, *seed, &mut out).await?,
            Command::Draft(a) => letters::draft(app, a, setup, &mut out).await?,
            Command::Letter(c) => letters::letter(app, c, setup, &mut out).await?,
            Command::Practice { command } => {
                practice::practice(app, command.as_ref(), &mut out).await?
            }
            Command::Completions { .. } | Command::Man => {}
        }
        Ok(())
    }
    .await;
    // JSON has no colour to strip, so it skips the colour filter.
    let written = if out.json || out.raw {
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(out.text.as_bytes())
            .and_then(|_| stdout.flush())
    } else {
        let mut stdout = anstream::stdout().lock();
        stdout
            .write_all(out.text.as_bytes())
            .and_then(|_| stdout.flush())
    };
    match written {
        Ok(()) => done,
        // A reader that stopped early (`| head`) is not a failure.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => done,
        Err(e) => Err(CliError::Io(format!("could not write the output: {e}"))),
    }
}

async fn profile<S: Store>(app: &App<S>, c: &ProfileCommand, out: &mut Out) -> CliResult {
    match c {
        ProfileCommand::Show => {
            let p = app.show_profile().await?;
            out.show(&p, |out, p| {
                let skills: Vec<&str> = p.profile.skills.iter().map(|s| s.as_str()).collect();
                let resumes: Vec<String> = p.resumes.iter().map(|r| format!("{} ({})", r.label, r.path)).collect();
                out.text.push_str(&render::fields(&[
                    ("Name", p.profile.name.as_ref().map(ToString::to_string)),
                    ("Email", p.profile.email.as_ref().map(ToString::to_string)),
                    ("Time zone", Some(p.effective_time_zone.clone())),
                    ("Skills", Some(skills.join(", "))),
                    ("Résumés", Some(resumes.join("\n"))),
                    ("Signature", p.profile.signature.as_ref().map(ToString::to_string)),
                ]));
                if p.profile.name.is_none() {
                    out.line(paint(DIM, "Set your name, email and zone: afterview profile set --name \"...\" --email ... --tz Europe/Berlin"));
                }
            })
        }
        ProfileCommand::Set {
            name,
            email,
            signature,
            time_zone,
            skills,
            remove_skills,
        } => {
            let input = ProfileInput {
                name: name.clone(),
                email: email.clone(),
                signature: signature.clone(),
                time_zone: time_zone.clone(),
                add_skills: skills.clone(),
                remove_skills: remove_skills.clone(),
            };
            let p = app.set_profile(&input).await?;
            out.show(&p, |out, _| out.line(paint(GOOD, "Profile saved.")))
        }
        ProfileCommand::Resume(ResumeCommand::Add { label, path }) => {
            let r = app.add_resume(label, path).await?;
            out.show(&r, |out, r| {
                out.line(format!("Added résumé {} ({}).", r.label, r.path))
            })
        }
        ProfileCommand::Resume(ResumeCommand::List) => {
            let p = app.show_profile().await?;
            out.show(&p.resumes, |out, rs| {
                let mut t = Table::new(&["ID", "LABEL", "PATH"]);
                for r in rs {
                    t.row([r.id.to_string(), r.label.to_string(), r.path.clone()]);
                }
                empty_or(
                    out,
                    &t,
                    "No résumé versions yet: afterview profile resume add <label> <path>",
                );
            })
        }
        ProfileCommand::Resume(ResumeCommand::Rm { label }) => {
            let r = app.remove_resume(label).await?;
            out.show(&r, |out, r| {
                out.line(format!("Removed résumé {}.", r.label))
            })
        }
    }
}

fn empty_or(out: &mut Out, table: &Table, hint: &str) {
    if table.is_empty() {
        out.line(paint(DIM, hint));
    } else {
        out.text.push_str(&table.render());
    }
}

fn company_table(out: &mut Out, companies: &[CompanyView]) {
    let mut t = Table::new(&["ID", "NAME", "APPS", "LIVE", "WEBSITE"]);
    for c in companies {
        t.row([
            c.id.to_string(),
            c.name.clone(),
            c.applications.to_string(),
            c.live_applications.to_string(),
            c.website.clone().unwrap_or_default(),
        ]);
    }
    empty_or(out, &t, "No companies yet: afterview company add \"Acme\"");
}

async fn company<S: Store>(app: &App<S>, c: &CompanyCommand, out: &mut Out) -> CliResult {
    match c {
        CompanyCommand::Add {
            name,
            website,
            notes: n,
        } => {
            let input = CompanyInput {
                name: Some(name.clone()),
                website: website.clone(),
                notes: notes(n)?,
            };
            let c = app.add_company(&input).await?;
            out.show(&c, |out, c| {
                out.line(format!(
                    "Added company {} {}.",
                    c.name,
                    paint(DIM, &format!("({})", c.id))
                ))
            })
        }
        CompanyCommand::List => {
            let list = app.list_companies().await?;
            out.show(&list, |out, list| company_table(out, list))
        }
        CompanyCommand::Show { company } => {
            let d = app.show_company(company).await?;
            out.show(&d, |out, d| {
                out.text.push_str(&render::fields(&[
                    (
                        "Company",
                        Some(format!("{} ({})", d.company.name, d.company.id)),
                    ),
                    ("Website", d.company.website.clone()),
                    ("Notes", d.company.notes.clone()),
                ]));
                out.line("");
                let tz = out.tz.clone();
                app_table(out, &d.applications, &tz);
            })
        }
        CompanyCommand::Edit {
            company,
            name,
            website,
            notes: n,
        } => {
            let input = CompanyInput {
                name: name.clone(),
                website: website.clone(),
                notes: notes(n)?,
            };
            let c = app.edit_company(company, &input).await?;
            out.show(&c, |out, c| {
                out.line(format!("Saved company {} ({}).", c.name, c.id))
            })
        }
        CompanyCommand::Rm { company } => {
            let c = app.remove_company(company).await?;
            out.show(&c, |out, c| {
                out.line(format!("Removed company {} ({}).", c.name, c.id))
            })
        }
    }
}

fn app_table(out: &mut Out, apps: &[ApplicationSummary], tz: &TimeZone) {
    let mut t = Table::new(&["ID", "COMPANY", "ROLE", "STATUS", "SINCE", "EXCITEMENT"]);
    for a in apps {
        t.row([
            a.id.to_string().into(),
            a.company.clone().into(),
            a.role.clone().into(),
            crate::render::Cell(a.status.to_string(), status_style(a.status.as_str())),
            render::day(a.status_changed_at, tz).into(),
            a.excitement
                .map(|e| format!("{e}/5"))
                .unwrap_or_default()
                .into(),
        ]);
    }
    empty_or(
        out,
        &t,
        "No applications here yet: afterview app add --company \"Acme\" --role \"Engineer\"",
    );
}

fn app_input(f: &AppFields, status: Option<String>) -> CliResult<ApplicationInput> {
    let posting_text = match (&f.posting_text, &f.posting_file) {
        (_, Some(path)) => Some(read_text(path, "posting")?),
        (text, None) => text.clone(),
    };
    Ok(ApplicationInput {
        company: f.company.clone(),
        role: f.role.clone(),
        status,
        posting_url: f.posting_url.clone(),
        posting_text,
        source: f.source.clone(),
        salary: f.salary.clone(),
        resume: f.resume.clone(),
        excitement: f.excitement.clone(),
        notes: notes(&f.notes)?,
    })
}

fn app_detail(out: &mut Out, d: &ApplicationDetail) {
    let tz = out.tz.clone();
    let next: Vec<&str> = d.next_statuses.iter().map(|s| s.as_str()).collect();
    out.text.push_str(&render::fields(&[
        (
            "Application",
            Some(format!("{} · {} at {}", d.id, d.role, d.company)),
        ),
        (
            "Status",
            Some(format!(
                "{} since {}",
                paint(status_style(d.status.as_str()), d.status.as_str()),
                render::local(d.status_changed_at, &tz)
            )),
        ),
        ("Next", (!next.is_empty()).then(|| next.join(", "))),
        ("Posting", d.posting_url.clone()),
        ("Source", d.source.clone()),
        ("Salary", d.salary.as_ref().map(ToString::to_string)),
        ("Résumé", d.resume.clone()),
        ("Excitement", d.excitement.map(|e| format!("{e}/5"))),
        ("Notes", d.notes.clone()),
    ]));
    if !d.interviews.is_empty() {
        out.line("");
        interview_table(out, &d.interviews, &tz);
    }
    out.line("");
    out.line(paint(crate::render::HEADER, "History"));
    for e in &d.events {
        let from = e.from.map(|f| format!("{f} → ")).unwrap_or_default();
        let forced = if e.forced { " (forced correction)" } else { "" };
        let note = e
            .note
            .as_ref()
            .map(|n| format!(" · {n}"))
            .unwrap_or_default();
        out.line(format!(
            "  {}  {from}{}{forced}{note}",
            render::local(e.at, &tz),
            e.to
        ));
    }
}

async fn application<S: Store>(app: &App<S>, c: &AppCommand, out: &mut Out) -> CliResult {
    match c {
        AppCommand::Add { fields, status } => {
            let added = app
                .add_application(&app_input(fields, status.clone())?)
                .await?;
            out.show(&added, |out, a| {
                for thing in &a.also_created {
                    out.line(paint(DIM, &format!("Added {thing}.")));
                }
                out.line(format!(
                    "Added application {} · {} at {} ({}).",
                    a.item.id, a.item.role, a.item.company, a.item.status
                ));
            })
        }
        AppCommand::List { status, company } => {
            let list = app.list_applications(status, company.as_deref()).await?;
            out.show(&list, |out, list| {
                let tz = out.tz.clone();
                app_table(out, list, &tz);
            })
        }
        AppCommand::Show { app: q } => {
            let d = app.show_application(q).await?;
            out.show(&d, app_detail)
        }
        AppCommand::Edit { app: q, fields } => {
            let d = app.edit_application(q, &app_input(fields, None)?).await?;
            out.show(&d, |out, d| {
                out.line(format!(
                    "Saved application {} · {} at {}.",
                    d.id, d.role, d.company
                ))
            })
        }
        AppCommand::Status {
            app: q,
            status,
            force,
            note,
        } => {
            let change = StatusChange {
                status: status.clone(),
                force: *force,
                note: note.clone(),
            };
            let d = app.change_status(q, &change).await?;
            out.show(&d, |out, d| {
                let e = d.events.last();
                let from = e
                    .and_then(|e| e.from)
                    .map(|f| f.to_string())
                    .unwrap_or_default();
                let forced = if e.is_some_and(|e| e.forced) {
                    " (forced; logged as a correction)"
                } else {
                    ""
                };
                out.line(format!(
                    "Application {} · {} at {}: {from} → {}{forced}.",
                    d.id,
                    d.role,
                    d.company,
                    paint(status_style(d.status.as_str()), d.status.as_str())
                ));
            })
        }
        AppCommand::Rm { app: q } => {
            let a = app.remove_application(q).await?;
            out.show(&a, |out, a| {
                out.line(format!(
                    "Removed application {} · {} at {}.",
                    a.id, a.role, a.company
                ))
            })
        }
    }
}

fn contact_table(out: &mut Out, list: &[ContactView]) {
    let mut t = Table::new(&["ID", "NAME", "EMAIL", "COMPANY", "TITLE", "TAGS"]);
    for c in list {
        t.row([
            c.id.to_string(),
            c.name.clone(),
            c.email.clone().unwrap_or_default(),
            c.company.clone().unwrap_or_default(),
            c.title.clone().unwrap_or_default(),
            c.tags.join(", "),
        ]);
    }
    empty_or(
        out,
        &t,
        "No contacts here yet: afterview contact add \"Jane Doe\" --email jane@acme.com",
    );
}

fn contact_input(name: Option<String>, f: &ContactFields) -> CliResult<ContactInput> {
    Ok(ContactInput {
        name,
        email: f.email.clone(),
        phone: f.phone.clone(),
        company: f.company.clone(),
        title: f.title.clone(),
        linkedin: f.linkedin.clone(),
        how_met: f.how_met.clone(),
        notes: notes(&f.notes)?,
        tags: f.tags.clone(),
    })
}

async fn contact<S: Store>(app: &App<S>, c: &ContactCommand, out: &mut Out) -> CliResult {
    match c {
        ContactCommand::Add { name, fields } => {
            let v = app
                .add_contact(&contact_input(Some(name.clone()), fields)?)
                .await?;
            out.show(&v, |out, v| {
                out.line(format!(
                    "Added contact {} {}.",
                    v.name,
                    paint(DIM, &format!("({})", v.id))
                ))
            })
        }
        ContactCommand::List { tag, company } => {
            let list = app
                .list_contacts(tag.as_deref(), company.as_deref())
                .await?;
            out.show(&list, |out, list| contact_table(out, list))
        }
        ContactCommand::Show { contact: q } => {
            let d = app.show_contact(q).await?;
            out.show(&d, |out, d| {
                let c = &d.contact;
                out.text.push_str(&render::fields(&[
                    ("Contact", Some(format!("{} ({})", c.name, c.id))),
                    ("Email", c.email.clone()),
                    ("Phone", c.phone.clone()),
                    ("Company", c.company.clone()),
                    ("Title", c.title.clone()),
                    ("LinkedIn", c.linkedin.clone()),
                    ("How met", c.how_met.clone()),
                    ("Tags", Some(c.tags.join(", "))),
                    ("Notes", c.notes.clone()),
                    ("Strength", d.network.strength.map(|s| s.to_string())),
                    (
                        "Jobs",
                        (!d.network.positions.is_empty()).then(|| {
                            d.network
                                .positions
                                .iter()
                                .map(|j| {
                                    let years = match (j.since, j.until) {
                                        (Some(s), Some(u)) => format!(" {}-{}", s.year(), u.year()),
                                        (Some(s), None) => format!(" since {}", s.year()),
                                        (None, Some(u)) => format!(" until {}", u.year()),
                                        (None, None) => String::new(),
                                    };
                                    format!("{}{years} (job {})", j.company, j.id)
                                })
                                .collect::<Vec<_>>()
                                .join("; ")
                        }),
                    ),
                    (
                        "Knows",
                        (!d.network.knows.is_empty()).then(|| {
                            d.network
                                .knows
                                .iter()
                                .map(|k| match &k.how {
                                    Some(how) => format!("{} ({how})", k.name),
                                    None => k.name.clone(),
                                })
                                .collect::<Vec<_>>()
                                .join(", ")
                        }),
                    ),
                    (
                        "Favours",
                        (!d.network.favours.is_empty()).then(|| {
                            d.network
                                .favours
                                .iter()
                                .map(|f| format!("{} for {}", f.state, f.application))
                                .collect::<Vec<_>>()
                                .join("; ")
                        }),
                    ),
                ]));
                if !d.interviews.is_empty() {
                    out.line("");
                    let tz = out.tz.clone();
                    interview_table(out, &d.interviews, &tz);
                }
            })
        }
        ContactCommand::Edit {
            contact: q,
            name,
            fields,
        } => {
            let v = app
                .edit_contact(q, &contact_input(name.clone(), fields)?)
                .await?;
            out.show(&v, |out, v| {
                out.line(format!("Saved contact {} ({}).", v.name, v.id))
            })
        }
        ContactCommand::Rm { contact: q } => {
            let v = app.remove_contact(q).await?;
            out.show(&v, |out, v| {
                out.line(format!("Removed contact {} ({}).", v.name, v.id))
            })
        }
        ContactCommand::Import {
            file,
            format,
            map,
            skip_bad,
            dry_run,
        } => {
            let options = ImportOptions {
                format: format.clone(),
                mapping: map.clone(),
                skip_bad: *skip_bad,
                dry_run: *dry_run,
            };
            network::import(app, file, &options, out).await
        }
        ContactCommand::Export { vcard: _, output } => {
            network::export(app, output.as_deref(), out).await
        }
        ContactCommand::Strength { contact: q, value } => {
            network::strength(app, q, value, out).await
        }
        ContactCommand::Job(c) => network::job(app, c, out).await,
        ContactCommand::Link {
            contact: q,
            other,
            how,
        } => network::link(app, q, other, how.as_deref(), out).await,
        ContactCommand::Unlink { contact: q, other } => network::unlink(app, q, other, out).await,
    }
}

fn interview_table(out: &mut Out, list: &[InterviewView], tz: &TimeZone) {
    let mut t = Table::new(&["ID", "WHEN", "COMPANY", "ROLE", "ROUND", "KIND", "STATUS"]);
    for i in list {
        t.row([
            i.id.to_string().into(),
            render::local(i.starts_at, tz).into(),
            i.company.clone().into(),
            i.role.clone().into(),
            i.round.to_string().into(),
            i.kind.to_string().into(),
            crate::render::Cell(i.status.to_string(), status_style(i.status.as_str())),
        ]);
    }
    empty_or(
        out,
        &t,
        "No interviews here: afterview interview add --app <number> --at \"tomorrow 2pm\"",
    );
}

fn interview_detail(out: &mut Out, i: &InterviewView) {
    let tz = out.tz.clone();
    let minutes = i.ends_at.duration_since(i.starts_at).as_secs() / 60;
    let people: Vec<String> = i
        .interviewers
        .iter()
        .map(|p| match &p.email {
            Some(e) => format!("{} <{e}>, {}", p.name, p.role),
            None => format!("{}, {}", p.name, p.role),
        })
        .collect();
    out.text.push_str(&render::fields(&[
        (
            "Interview",
            Some(format!(
                "{} · round {} ({}) · {} at {}",
                i.id, i.round, i.kind, i.role, i.company
            )),
        ),
        (
            "When",
            Some(format!(
                "{} for {minutes} min ({})",
                render::local(i.starts_at, &tz),
                i.time_zone
            )),
        ),
        (
            "Status",
            Some(paint(status_style(i.status.as_str()), i.status.as_str())),
        ),
        ("Where", i.location.clone()),
        ("With", Some(people.join("\n"))),
        ("Notes", i.notes.clone()),
    ]));
}

fn interview_input(app: Option<String>, f: &InterviewFields) -> CliResult<InterviewInput> {
    Ok(InterviewInput {
        application: app,
        at: f.at.clone(),
        duration: f.duration.clone(),
        kind: f.kind.clone(),
        location: f.location.clone(),
        notes: notes(&f.notes)?,
        time_zone: f.time_zone.clone(),
        status: None,
        with: f.with.clone(),
        without: Vec::new(),
    })
}

async fn interview<S: Store>(app: &App<S>, c: &InterviewCommand, out: &mut Out) -> CliResult {
    match c {
        InterviewCommand::Add { app: a, fields } => {
            let v = app
                .add_interview(&interview_input(Some(a.clone()), fields)?)
                .await?;
            out.show(&v, |out, v| {
                out.line(format!("Scheduled interview {} (round {}).", v.id, v.round));
                interview_detail(out, v);
            })
        }
        InterviewCommand::List {
            app: a,
            upcoming,
            status,
        } => {
            let list = app.list_interviews(a.as_deref(), *upcoming, status).await?;
            out.show(&list, |out, list| {
                let tz = out.tz.clone();
                interview_table(out, list, &tz);
            })
        }
        InterviewCommand::Show { interview: q } => {
            let v = app.show_interview(q).await?;
            out.show(&v, interview_detail)
        }
        InterviewCommand::Edit {
            interview: q,
            fields,
            without,
            status,
        } => {
            let mut input = interview_input(None, fields)?;
            input.without = without.clone();
            input.status = status.clone();
            let v = app.edit_interview(q, &input).await?;
            out.show(&v, |out, v| {
                out.line(format!("Saved interview {}.", v.id));
                interview_detail(out, v);
            })
        }
        InterviewCommand::Done {
            interview: q,
            ended,
        } => {
            let v = app.interview_done(q, ended.as_deref()).await?;
            out.show(&v, |out, v| {
                out.line(format!(
                    "Interview {} with {} is done. Debrief it while it is fresh.",
                    v.id, v.company
                ));
            })
        }
        InterviewCommand::Import { file, app: for_app } => {
            follow::import_invite(app, file, for_app.as_deref(), out).await
        }
        InterviewCommand::Rm { interview: q } => {
            let v = app.remove_interview(q).await?;
            out.show(&v, |out, v| {
                out.line(format!(
                    "Removed interview {} (round {} at {}).",
                    v.id, v.round, v.company
                ))
            })
        }
    }
}

async fn backup<S: Store>(app: &App<S>, file: &Path, out: &mut Out) -> CliResult {
    let b = app.backup().await?;
    let mut text = serde_json::to_string_pretty(&b).map_err(|e| CliError::Io(e.to_string()))?;
    text.push('\n');
    if file == Path::new("-") {
        out.text.push_str(&text);
        return Ok(());
    }
    // Write beside the target and rename, so a crash never leaves half a backup.
    let tmp = file.with_extension("partial");
    std::fs::write(&tmp, &text)
        .and_then(|_| std::fs::rename(&tmp, file))
        .map_err(|e| CliError::Io(format!("could not write {}: {e}", file.display())))?;
    let summary = serde_json::json!({
        "file": file.display().to_string(),
        "companies": b.companies.len(),
        "applications": b.applications.len(),
        "contacts": b.contacts.len(),
        "interviews": b.interviews.len(),
    });
    out.show(&summary, |out, _| {
        out.line(format!(
            "Wrote {}: {} companies, {} applications, {} contacts, {} interviews.",
            file.display(),
            b.companies.len(),
            b.applications.len(),
            b.contacts.len(),
            b.interviews.len()
        ))
    })
}

async fn restore<S: Store>(app: &App<S>, file: &Path, out: &mut Out) -> CliResult {
    let text = read_text(file, "backup")?;
    let backup: afterview_core::backup::Backup = serde_json::from_str(&text).map_err(|e| {
        CliError::Usage(format!(
            "{} is not a readable afterview backup: {e}; pass a file written by `afterview backup`",
            file.display()
        ))
    })?;
    let s = app.restore(&backup).await?;
    out.show(&s, |out, s| {
        out.line(format!(
            "Restored {} companies, {} applications, {} contacts, {} interviews.",
            s.companies, s.applications, s.contacts, s.interviews
        ))
    })
}

async fn generate<S: Store>(app: &App<S>, size: &str, seed: u64, out: &mut Out) -> CliResult {
    let size = if size == "large" {
        afterview_app::generate::Size::LARGE
    } else {
        afterview_app::generate::Size::SMALL
    };
    let started = std::time::Instant::now();
    let backup = afterview_app::generate::generate(&size, seed, app.now());
    let s = app.restore(&backup).await.map_err(|e| match e {
        afterview_app::AppError::Refused(_) => CliError::App(afterview_app::AppError::Refused(
            "generate fills an empty database only; pass --db with a new path".into(),
        )),
        other => other.into(),
    })?;
    let seconds = started.elapsed().as_secs_f64();
    out.show(&s, |out, s| {
        out.line(format!(
            "Generated {} companies, {} applications, {} contacts and {} interviews in {seconds:.2} s.",
            s.companies, s.applications, s.contacts, s.interviews
        ))
    })
}

/// `afterview serve`: the web UI and the API until Ctrl-C.
async fn serve<S: Store + Clone>(
    app: &App<S>,
    setup: &Setup,
    host: &str,
    port: u16,
    token: Option<String>,
) -> CliResult {
    let ip: std::net::IpAddr = host.trim().parse().map_err(|_| {
        CliError::Usage(format!(
            "--host \"{host}\" is not an IP address; use 127.0.0.1 (this machine only) or an address of this machine"
        ))
    })?;
    let options = afterview_web::Options {
        addr: std::net::SocketAddr::new(ip, port),
        token: token.clone(),
        outbox: setup.config.outbox()?,
        templates: letters::templates(setup)?,
    };
    afterview_web::serve(app.clone(), options, |addr| {
        let url = match &token {
            Some(t) => format!("http://{addr}/?token={t}"),
            None => format!("http://{addr}/"),
        };
        let mut stdout = std::io::stdout().lock();
        let _ = writeln!(stdout, "afterview is serving at {url}");
        let _ = writeln!(stdout, "Open it in your browser; press Ctrl-C to stop.");
        let _ = stdout.flush();
    })
    .await
    .map_err(|e| CliError::Usage(e.to_string()))
}
