//! The command line's shape: every command, flag and help text, for clap.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// afterview: the follow-through system for the days after a job interview.
#[derive(Debug, Parser)]
#[command(name = "afterview", version, max_term_width = 100)]
#[command(about = "afterview: the follow-through system for the days after a job interview.")]
#[command(
    after_help = "Dates are read in your profile's time zone: \"tomorrow 2pm\", \"in 3 days\", \"next monday 10:00\", \"2026-12-01 14:00\".\nExit codes: 0 done, 1 could not be done, 2 the command was typed wrong."
)]
pub struct Cli {
    /// The database: a file path or sqlite:// URL (the default is a file in your data folder), or a postgres:// URL.
    #[arg(long, global = true, env = "AFTERVIEW_DB", value_name = "PATH|URL")]
    pub db: Option<String>,

    /// Pretend it is this instant (RFC 3339, e.g. 2026-11-25T10:00:00Z), for reproducible scripts.
    #[arg(long, global = true, env = "AFTERVIEW_NOW", value_name = "INSTANT")]
    pub now: Option<String>,

    /// Print machine-readable JSON instead of tables (shapes in docs/json.md).
    #[arg(long, global = true)]
    pub json: bool,

    /// The config file (default: ~/.config/afterview/config.toml).
    #[arg(long, global = true, env = "AFTERVIEW_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Who you are: name, email, signature, time zone, skills, résumés.
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Companies you apply to.
    #[command(subcommand)]
    Company(CompanyCommand),
    /// Applications: one role at one company, through its lifecycle.
    #[command(subcommand, name = "app", alias = "application")]
    App(AppCommand),
    /// People: interviewers, recruiters, referrers, mentors.
    #[command(subcommand)]
    Contact(ContactCommand),
    /// Interview rounds and who sat on them.
    #[command(subcommand)]
    Interview(InterviewCommand),
    /// What to do now: overdue, due today and the next seven days.
    Today {
        /// List every action, not only the most urgent of each group.
        #[arg(long)]
        all: bool,
    },
    /// What will be due at a time: afterview agenda --at "friday 9am".
    Agenda {
        /// The moment to look at (default: now).
        #[arg(long)]
        at: Option<String>,
        /// List every action, not only the most urgent of each group.
        #[arg(long)]
        all: bool,
    },
    /// Draft letters from your data: thanks, followup, nudge, checkin, ask, withdraw.
    Draft(DraftArgs),
    /// Letters: list, show, check, edit, send exactly once, record replies.
    #[command(subcommand)]
    Letter(LetterCommand),
    /// Practise the questions you fumbled, scheduled by spaced repetition (FSRS); alone, a drill on the terminal.
    Practice {
        /// What to do; none runs the drill.
        #[command(subcommand)]
        command: Option<PracticeCommand>,
    },
    /// Mark an action done; its name is in `afterview today` (e.g. thank-12-7).
    Done {
        /// The action's name.
        action: String,
        /// What you did, for the record.
        #[arg(long)]
        note: Option<String>,
    },
    /// Put an action off until later.
    Snooze {
        /// The action's name.
        action: String,
        /// Until when: "tomorrow 9am", "monday", "in 3 days".
        #[arg(long)]
        until: String,
    },
    /// Dismiss an action for good, saying why.
    Dismiss {
        /// The action's name.
        action: String,
        /// Why it will not be done.
        #[arg(long)]
        why: String,
    },
    /// Write the debrief of an interview: $EDITOR on a template, flags, or Markdown on standard input.
    Debrief(DebriefArgs),
    /// The prep sheet for an interview: earlier rounds, what you owe, who is in the room, pooled lessons.
    Prep {
        /// The interview's number.
        interview: String,
    },
    /// Record what happened: second-round, offer, rejected, hired or ghosted.
    Outcome(OutcomeArgs),
    /// Log a touch with a person; it restarts their check-in cadence.
    Touch {
        /// Their number, email or name.
        contact: String,
        /// How: email, call, linkedin, meeting or message.
        #[arg(long, default_value = "email")]
        via: String,
        /// What was said.
        #[arg(long)]
        note: Option<String>,
        /// When it happened (default: now).
        #[arg(long)]
        at: Option<String>,
    },
    /// Who can put in a good word for an application, best first, with the path and what to ask.
    Network {
        /// The application's number.
        app: String,
    },
    /// Log a favour asked of someone for an application, or move it on: asked, agreed, done, declined.
    Ask {
        /// Their number, email or name.
        contact: String,
        /// The application it is for.
        #[arg(long = "for", value_name = "APP")]
        app: String,
        /// asked (default), agreed, done or declined.
        #[arg(long)]
        state: Option<String>,
        /// What you asked, or what they said.
        #[arg(long)]
        note: Option<String>,
    },
    /// Open afterview in a browser: serves the web UI and the JSON API on this machine.
    Serve {
        /// The port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 7878)]
        port: u16,
        /// The address to listen on; anything but loopback needs --token.
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
        /// The access token every request must carry (at least 16 characters).
        #[arg(long, env = "AFTERVIEW_SERVE_TOKEN", hide_env_values = true)]
        token: Option<String>,
    },
    /// This week: applications sent against the target, interviews, letters, touches, and warnings.
    Week {
        /// Any moment of the week to show (default: now).
        #[arg(long)]
        at: Option<String>,
    },
    /// The favours you asked, newest first.
    Favours {
        /// Only those for this application.
        #[arg(long = "for", value_name = "APP")]
        app: Option<String>,
    },
    /// Calendar files: export interviews and actions for your phone's calendar.
    #[command(subcommand)]
    Calendar(CalendarCommand),
    /// Write everything to one JSON file.
    Backup {
        /// Where to write ("-" for standard output).
        file: PathBuf,
    },
    /// Read a backup into an empty database (also how you move to PostgreSQL).
    Restore {
        /// The backup file ("-" for standard input).
        file: PathBuf,
    },
    /// Fill an empty database with a realistic made-up job search (for trying afterview at scale and benchmarks).
    Generate {
        /// How much: small (60 applications) or large (10,000 applications, 50,000 contacts).
        #[arg(long, default_value = "small", value_parser = ["small", "large"])]
        size: String,
        /// The random seed; the same seed gives the same data.
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
    /// Print a shell completion script: afterview completions bash > ~/.local/share/bash-completion/completions/afterview
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff): afterview man | man -l -
    Man,
}

/// `afterview debrief <interview> ...`
#[derive(Debug, Args)]
pub struct DebriefArgs {
    /// The interview's number.
    pub interview: String,
    /// Show the latest debrief instead of writing one.
    #[arg(long, conflicts_with = "history")]
    pub show: bool,
    /// With --show, this version instead of the latest.
    #[arg(long, requires = "show")]
    pub version: Option<i64>,
    /// List every version.
    #[arg(long)]
    pub history: bool,
    /// Something that went well (repeat for each).
    #[arg(long = "went-well", value_name = "TEXT")]
    pub went_well: Vec<String>,
    /// A question to answer better: "Q :: what I said :: a better answer [:: topic]".
    #[arg(long, value_name = "Q :: SAID :: BETTER")]
    pub better: Vec<String>,
    /// An issue that surfaced (repeat for each).
    #[arg(long, value_name = "TEXT")]
    pub issue: Vec<String>,
    /// Something owed: "writing sample to Jane by friday" (due in 24 h without "by").
    #[arg(long, value_name = "WHAT [to WHOM] [by WHEN]")]
    pub owe: Vec<String>,
    /// Something to do better next time (repeat for each).
    #[arg(long = "do-better", value_name = "TEXT")]
    pub do_better: Vec<String>,
    /// The decision timeline they gave: "we decide by Friday".
    #[arg(long, value_name = "TEXT")]
    pub decision: Option<String>,
    /// How it went overall, 1 to 5.
    #[arg(long, value_name = "1-5")]
    pub rating: Option<String>,
    /// Shared fields (not shown as help: each inner flag has its own).
    #[command(flatten)]
    pub notes: NotesArgs,
    /// Read the debrief as Markdown from standard input (the editor's format).
    #[arg(long)]
    pub stdin: bool,
}

/// `afterview outcome <app> <outcome> ...`
#[derive(Debug, Args)]
pub struct OutcomeArgs {
    /// The application's number.
    pub app: String,
    /// second-round, offer, rejected, hired or ghosted.
    pub outcome: String,
    /// By when to answer an offer: "friday 5pm", "2026-12-04".
    #[arg(long)]
    pub deadline: Option<String>,
    /// An offer's terms: salary, start date, anything worth keeping.
    #[arg(long)]
    pub terms: Option<String>,
    /// Why (a rejection's reason, what was learned).
    #[arg(long)]
    pub reason: Option<String>,
    /// The next round's details (second-round).
    #[command(flatten)]
    pub round: InterviewFields,
}

/// `afterview calendar ...`
#[derive(Debug, Subcommand)]
pub enum CalendarCommand {
    /// Write upcoming interviews as events and the agenda as to-dos with alarms (iCalendar).
    Export {
        /// Where to write (default: standard output).
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
}

/// Notes given inline or from a file.
#[derive(Debug, Args, Default, Clone)]
pub struct NotesArgs {
    /// Free notes.
    #[arg(long)]
    pub notes: Option<String>,
    /// Read the notes from a file ("-" for standard input).
    #[arg(long, value_name = "FILE", conflicts_with = "notes")]
    pub notes_file: Option<PathBuf>,
}

/// `afterview profile ...`
#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Show your profile.
    Show,
    /// Change your profile; an empty value clears a field.
    Set {
        /// Your name, for signatures.
        #[arg(long)]
        name: Option<String>,
        /// Your email address.
        #[arg(long)]
        email: Option<String>,
        /// The sign-off under letters.
        #[arg(long)]
        signature: Option<String>,
        /// Your IANA time zone, e.g. Europe/Berlin.
        #[arg(long = "tz", alias = "time-zone")]
        time_zone: Option<String>,
        /// Add skills (repeat, or separate with commas).
        #[arg(long = "skill")]
        skills: Vec<String>,
        /// Remove skills.
        #[arg(long = "remove-skill")]
        remove_skills: Vec<String>,
    },
    /// Résumé versions.
    #[command(subcommand)]
    Resume(ResumeCommand),
}

/// `afterview profile resume ...`
#[derive(Debug, Subcommand)]
pub enum ResumeCommand {
    /// Add a résumé version.
    Add {
        /// A short label, e.g. backend-2026.
        label: String,
        /// The file's path.
        path: String,
    },
    /// List résumé versions.
    List,
    /// Remove a résumé version.
    Rm {
        /// Its label or number.
        label: String,
    },
}

/// `afterview company ...`
#[derive(Debug, Subcommand)]
pub enum CompanyCommand {
    /// Add a company.
    Add {
        /// Its name (unique, ignoring case).
        name: String,
        /// Its web site.
        #[arg(long)]
        website: Option<String>,
        /// Shared fields (not shown as help: each inner flag has its own).
        #[command(flatten)]
        notes: NotesArgs,
    },
    /// List companies with their application counts.
    List,
    /// Show a company and its applications.
    Show {
        /// Its number or name.
        company: String,
    },
    /// Change a company; an empty value clears a field.
    Edit {
        /// Its number or name.
        company: String,
        /// A new name.
        #[arg(long)]
        name: Option<String>,
        /// Its web site.
        #[arg(long)]
        website: Option<String>,
        /// Shared fields (not shown as help: each inner flag has its own).
        #[command(flatten)]
        notes: NotesArgs,
    },
    /// Remove a company that has no applications.
    Rm {
        /// Its number or name.
        company: String,
    },
}

/// Application fields shared by add and edit.
#[derive(Debug, Args, Default, Clone)]
pub struct AppFields {
    /// The company, by number or name (a new name adds the company).
    #[arg(long)]
    pub company: Option<String>,
    /// The role's title.
    #[arg(long)]
    pub role: Option<String>,
    /// The posting's web address.
    #[arg(long = "url")]
    pub posting_url: Option<String>,
    /// The posting's text.
    #[arg(long)]
    pub posting_text: Option<String>,
    /// Read the posting's text from a file ("-" for standard input).
    #[arg(long, value_name = "FILE", conflicts_with = "posting_text")]
    pub posting_file: Option<PathBuf>,
    /// Where the lead came from (referral, LinkedIn, ...).
    #[arg(long)]
    pub source: Option<String>,
    /// The pay range, e.g. "120k-150k USD".
    #[arg(long)]
    pub salary: Option<String>,
    /// The résumé version sent, by label.
    #[arg(long)]
    pub resume: Option<String>,
    /// How much you want it, 1 to 5.
    #[arg(long)]
    pub excitement: Option<String>,
    /// Shared fields (not shown as help: each inner flag has its own).
    #[command(flatten)]
    pub notes: NotesArgs,
}

/// `afterview app ...`
#[derive(Debug, Subcommand)]
pub enum AppCommand {
    /// Add an application.
    Add {
        /// Shared fields (not shown as help: each inner flag has its own).
        #[command(flatten)]
        fields: AppFields,
        /// Its first status: saved (default), applied, interviewing or offer.
        #[arg(long)]
        status: Option<String>,
    },
    /// List applications, most recently moved first.
    List {
        /// Only these statuses (repeat, or separate with commas).
        #[arg(long)]
        status: Vec<String>,
        /// Only this company's.
        #[arg(long)]
        company: Option<String>,
    },
    /// Show an application with its interviews and history.
    Show {
        /// Its number (or its company's name when it has one).
        app: String,
    },
    /// Change an application's fields; an empty value clears a field.
    Edit {
        /// Its number.
        app: String,
        /// Shared fields (not shown as help: each inner flag has its own).
        #[command(flatten)]
        fields: AppFields,
    },
    /// Move an application to a new status: saved, applied, interviewing, offer, hired, rejected, withdrawn, ghosted.
    Status {
        /// Its number.
        app: String,
        /// The new status.
        status: String,
        /// Allow a move the lifecycle does not (a correction; logged as such).
        #[arg(long)]
        force: bool,
        /// Why, kept in the history.
        #[arg(long)]
        note: Option<String>,
    },
    /// Remove an application with its interviews and history.
    Rm {
        /// Its number.
        app: String,
    },
}

/// Contact fields shared by add and edit.
#[derive(Debug, Args, Default, Clone)]
pub struct ContactFields {
    /// Their email address.
    #[arg(long)]
    pub email: Option<String>,
    /// Their phone number.
    #[arg(long)]
    pub phone: Option<String>,
    /// Their company, by number or name.
    #[arg(long)]
    pub company: Option<String>,
    /// Their job title.
    #[arg(long)]
    pub title: Option<String>,
    /// Their LinkedIn profile address.
    #[arg(long)]
    pub linkedin: Option<String>,
    /// How you met.
    #[arg(long)]
    pub how_met: Option<String>,
    /// Tags, separated by commas (recruiter, referrer, mentor, ...); on edit they replace all tags.
    #[arg(long)]
    pub tags: Option<String>,
    /// Shared fields (not shown as help: each inner flag has its own).
    #[command(flatten)]
    pub notes: NotesArgs,
}

/// `afterview contact ...`
#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Add a person.
    Add {
        /// Their name.
        name: String,
        /// Shared fields (not shown as help: each inner flag has its own).
        #[command(flatten)]
        fields: ContactFields,
    },
    /// List people by name.
    List {
        /// Only those with this tag.
        #[arg(long)]
        tag: Option<String>,
        /// Only those at this company.
        #[arg(long)]
        company: Option<String>,
    },
    /// Show a person and the interviews they sat on.
    Show {
        /// Their number, email or name.
        contact: String,
    },
    /// Change a person; an empty value clears a field.
    Edit {
        /// Their number, email or name.
        contact: String,
        /// A new name.
        #[arg(long)]
        name: Option<String>,
        /// Shared fields (not shown as help: each inner flag has its own).
        #[command(flatten)]
        fields: ContactFields,
    },
    /// Remove a person.
    Rm {
        /// Their number, email or name.
        contact: String,
    },
    /// Import people from LinkedIn's Connections.csv, a vCard file or any CSV; duplicates are merged.
    Import {
        /// The file.
        file: PathBuf,
        /// linkedin, vcard or csv (default: told from the file).
        #[arg(long)]
        format: Option<String>,
        /// Which CSV column holds what: "name=Full Name,email=E-mail,company=Org".
        #[arg(long)]
        map: Option<String>,
        /// Import the good records and list the bad ones, instead of refusing the file.
        #[arg(long)]
        skip_bad: bool,
        /// Show what would be imported and merged, and change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write every person as vCard 4, for a phone or a mail program.
    Export {
        /// vCard 4 (the only format, and the default).
        #[arg(long)]
        vcard: bool,
        /// Where to write (default: standard output).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// How close you are to someone: 0 (a name) to 5 (a close friend); "none" forgets it.
    Strength {
        /// Their number, email or name.
        contact: String,
        /// 0 to 5, or none.
        value: String,
    },
    /// Jobs someone holds or held ("me" for your own, which finds former colleagues).
    #[command(subcommand)]
    Job(JobCommand),
    /// Record that two people know each other.
    Link {
        /// One person: number, email or name.
        contact: String,
        /// The other.
        other: String,
        /// How: "former colleagues at Initech", "friends", "met at RustConf".
        #[arg(long)]
        how: Option<String>,
    },
    /// Forget that two people know each other.
    Unlink {
        /// One person.
        contact: String,
        /// The other.
        other: String,
    },
}

/// `afterview contact job ...`
#[derive(Debug, Subcommand)]
pub enum JobCommand {
    /// Record a job: afterview contact job add "Ana Silva" --at Initech --since 2019 --until 2023.
    Add {
        /// Whose: a contact, or "me".
        who: String,
        /// The company (created when new).
        #[arg(long)]
        at: String,
        /// The title.
        #[arg(long)]
        title: Option<String>,
        /// From when: a date or a year.
        #[arg(long)]
        since: Option<String>,
        /// Until when: a date or a year (leave out while it lasts).
        #[arg(long)]
        until: Option<String>,
    },
    /// List someone's jobs ("me" for yours).
    List {
        /// Whose: a contact, or "me".
        who: String,
    },
    /// Forget a job by its number.
    Rm {
        /// The job's number.
        id: i64,
    },
}

/// Interview fields shared by add and edit.
#[derive(Debug, Args, Default, Clone)]
pub struct InterviewFields {
    /// When it starts: "tomorrow 2pm", "next monday 10:00", "2026-12-01 14:00".
    #[arg(long)]
    pub at: Option<String>,
    /// How long: 45m, 1h30m (default 1h).
    #[arg(long)]
    pub duration: Option<String>,
    /// phone-screen, technical, behavioural, panel, onsite, final or other.
    #[arg(long)]
    pub kind: Option<String>,
    /// Where: an address or a meeting link.
    #[arg(long)]
    pub location: Option<String>,
    /// The IANA time zone it is in (default: your profile's).
    #[arg(long = "tz")]
    pub time_zone: Option<String>,
    /// Someone on the other side: "Jane Doe <jane@acme.com>, hiring manager" (repeat for each).
    #[arg(long = "with", value_name = "PERSON")]
    pub with: Vec<String>,
    /// Shared fields (not shown as help: each inner flag has its own).
    #[command(flatten)]
    pub notes: NotesArgs,
}

/// `afterview interview ...`
#[derive(Debug, Subcommand)]
pub enum InterviewCommand {
    /// Schedule an interview as the application's next round.
    Add {
        /// The application's number.
        #[arg(long)]
        app: String,
        /// Shared fields (not shown as help: each inner flag has its own).
        #[command(flatten)]
        fields: InterviewFields,
    },
    /// List interviews by start time.
    List {
        /// Only this application's.
        #[arg(long)]
        app: Option<String>,
        /// Only those still to come.
        #[arg(long)]
        upcoming: bool,
        /// Only these statuses: scheduled, done, cancelled, no-show.
        #[arg(long)]
        status: Vec<String>,
    },
    /// Show an interview with its interviewers.
    Show {
        /// Its number.
        interview: String,
    },
    /// Change an interview; an empty value clears a field.
    Edit {
        /// Its number.
        interview: String,
        /// Shared fields (not shown as help: each inner flag has its own).
        #[command(flatten)]
        fields: InterviewFields,
        /// Take someone off it, by number, email or name (repeat for each).
        #[arg(long = "without", value_name = "PERSON")]
        without: Vec<String>,
        /// A new status: scheduled, done, cancelled, no-show.
        #[arg(long)]
        status: Option<String>,
    },
    /// Schedule an interview from a meeting invitation (.ics from Google Calendar, Outlook, Zoom).
    Import {
        /// The .ics file ("-" for standard input).
        file: PathBuf,
        /// The application it is for (guessed from the invitation when left out).
        #[arg(long)]
        app: Option<String>,
    },
    /// Mark an interview done.
    Done {
        /// Its number.
        interview: String,
        /// When it really ended, if not as planned: "30 minutes ago", "today 15:10".
        #[arg(long)]
        ended: Option<String>,
    },
    /// Remove an interview.
    Rm {
        /// Its number.
        interview: String,
    },
}

/// `afterview draft <kind> <target>`
#[derive(Debug, Args)]
pub struct DraftArgs {
    /// What to write: thanks (one per interviewer), followup, nudge, checkin,
    /// ask or withdraw.
    pub kind: String,
    /// The interview (thanks, followup, nudge), the application (ask,
    /// withdraw) or the recruiter (checkin).
    #[arg(required_unless_present = "show_template")]
    pub target: Option<String>,
    /// Write to this person instead of the one afterview picks.
    #[arg(long)]
    pub to: Option<String>,
    /// Draft again even if a letter for this exists.
    #[arg(long)]
    pub again: bool,
    /// Print the template this kind uses (to copy into the templates folder).
    #[arg(long)]
    pub show_template: bool,
}

/// `afterview letter ...`
#[derive(Debug, Subcommand)]
pub enum LetterCommand {
    /// List letters, newest first.
    List {
        /// Only in this state: draft, sending, sent or failed.
        #[arg(long)]
        state: Option<String>,
        /// Only about this application.
        #[arg(long = "app")]
        application: Option<String>,
    },
    /// Show a letter with what the proofreader finds.
    Show {
        /// The letter's number.
        letter: String,
    },
    /// Proofread a letter; exits 1 when it has errors.
    Check {
        /// The letter's number.
        letter: String,
    },
    /// Edit a draft in $EDITOR (or from standard input) and proofread it.
    Edit {
        /// The letter's number.
        letter: String,
        /// Read the new text (`Subject: …`, a blank line, the letter) from standard input.
        #[arg(long)]
        stdin: bool,
    },
    /// Send a letter exactly once: by email, as an .eml file, or as a printable card.
    Send {
        /// The letter's number.
        letter: String,
        /// Write an .eml file to send from your mail client instead.
        #[arg(long, value_name = "FILE", conflicts_with = "card")]
        eml: Option<PathBuf>,
        /// Write a printable card (HTML) to post by hand instead.
        #[arg(long, value_name = "FILE")]
        card: Option<PathBuf>,
        /// Send despite errors the proofreader found.
        #[arg(long)]
        force: bool,
        /// Send again a letter whose sending was cut short (check it did not arrive first).
        #[arg(long)]
        resend: bool,
    },
    /// Record that a letter went out: an .eml you sent, a card you posted.
    Sent {
        /// The letter's number.
        letter: String,
    },
    /// Record a reply to a sent letter; it stops the nudges.
    Replied {
        /// The letter's number.
        letter: String,
        /// When the reply came (default: now).
        #[arg(long)]
        at: Option<String>,
    },
    /// Remove a draft.
    Rm {
        /// The letter's number.
        letter: String,
    },
}

/// `afterview practice …`: the cards, for scripts and by hand.
#[derive(Debug, Subcommand)]
pub enum PracticeCommand {
    /// The card to practise next (cards for a company you meet soon come first).
    Next,
    /// Record how a review went: again, hard, good or easy (or 1-4).
    Rate {
        /// The card's number.
        card: String,
        /// again, hard, good or easy.
        rating: String,
        /// When you practised it (default: now).
        #[arg(long)]
        at: Option<String>,
    },
    /// Add a card of your own.
    Add {
        /// The question.
        question: String,
        /// The better answer to give.
        #[arg(long)]
        answer: Option<String>,
        /// A tag (repeat, or separate with commas): conflict, system-design, …
        #[arg(long)]
        tag: Vec<String>,
    },
    /// List cards, the most urgent first.
    List {
        /// Only those due now.
        #[arg(long)]
        due: bool,
        /// Only those with this tag.
        #[arg(long)]
        tag: Option<String>,
        /// Only those from this company's interviews.
        #[arg(long)]
        company: Option<String>,
        /// Retired cards too (their question left the debrief).
        #[arg(long)]
        retired: bool,
    },
    /// Show a card with every review of it.
    Show {
        /// The card's number.
        card: String,
    },
    /// Replace a card's tags (none clears them).
    Tag {
        /// The card's number.
        card: String,
        /// The tags (repeat, or separate with commas).
        tags: Vec<String>,
    },
    /// Remove a card of your own and its reviews.
    Rm {
        /// The card's number.
        card: String,
    },
}
