//! `afterview practice`: the drill on a terminal, and the script forms
//! (`next`, `rate`, `add`, `list`, `show`, `tag`, `rm`) that work without one.
//!
//! The drill only reads keys and prints; which card comes next and what
//! FSRS makes of a rating are the app's use cases, the same ones the script
//! forms call, so a drill and a script can never schedule differently.

use super::Out;
use crate::args::PracticeCommand;
use crate::render::{self, DIM, GOOD, HEADER, Table, paint};
use crate::{CliError, CliResult};
use afterview_app::{App, CardInput, CardListInput, CardView, NextCard, Reviewed};
use afterview_core::practice::Rating;
use afterview_store::Store;
use jiff::Timestamp;
use std::io::{BufRead, IsTerminal, Write};

pub(super) async fn practice<S: Store>(
    app: &App<S>,
    c: Option<&PracticeCommand>,
    out: &mut Out,
) -> CliResult {
    let Some(c) = c else {
        return drill(app, out).await;
    };
    let now = app.now();
    match c {
        PracticeCommand::Next => {
            let next = app.next_card().await?;
            out.show(&next, |out, next| next_text(out, next, now))
        }
        PracticeCommand::Rate { card, rating, at } => {
            let reviewed = app.review_card(card, rating, at.as_deref()).await?;
            out.show(&reviewed, |out, r| {
                out.line(reviewed_line(r, &out.tz, now));
            })
        }
        PracticeCommand::Add {
            question,
            answer,
            tag,
        } => {
            let input = CardInput {
                question: question.clone(),
                answer: answer.clone(),
                tags: tag.clone(),
            };
            let card = app.add_card(&input).await?;
            out.show(&card, |out, v| {
                out.line(format!(
                    "Added card {}; it is due now: `afterview practice`.",
                    v.card.id
                ));
            })
        }
        PracticeCommand::List {
            due,
            tag,
            company,
            retired,
        } => {
            let input = CardListInput {
                due: *due,
                tag: tag.clone(),
                company: company.clone(),
                retired: *retired,
            };
            let cards = app.list_cards(&input).await?;
            out.show(&cards, |out, cards| list_text(out, cards, now))
        }
        PracticeCommand::Show { card } => {
            let (card, reviews) = app.card_reviews(card).await?;
            let view = serde_json::json!({ "card": card, "reviews": reviews });
            if out.json {
                return out.json(&view);
            }
            card_text(out, &card, now);
            if reviews.is_empty() {
                out.line(paint(DIM, "Not reviewed yet."));
            } else {
                let mut t = Table::new(&["AT", "RATING", "ELAPSED", "INTERVAL", "NEXT DUE"]);
                for r in &reviews {
                    t.row([
                        render::local(r.at, &out.tz),
                        r.rating.as_str().to_owned(),
                        days(r.elapsed_days),
                        days(r.interval_days),
                        render::local(r.due, &out.tz),
                    ]);
                }
                out.text.push_str(&t.render());
            }
            Ok(())
        }
        PracticeCommand::Tag { card, tags } => {
            let card = app.tag_card(card, tags).await?;
            out.show(&card, |out, v| {
                out.line(format!(
                    "Card {} is tagged {}.",
                    v.card.id,
                    tag_list(v).unwrap_or_else(|| "with nothing".to_owned())
                ));
            })
        }
        PracticeCommand::Rm { card } => {
            let card = app.remove_card(card).await?;
            out.show(&card, |out, c| {
                out.line(format!("Removed card {} and its reviews.", c.id));
            })
        }
    }
}

fn days(n: u32) -> String {
    format!("{n} day{}", if n == 1 { "" } else { "s" })
}

fn tag_list(v: &CardView) -> Option<String> {
    let tags: Vec<&str> = v.card.tags.iter().map(|t| t.as_str()).collect();
    (!tags.is_empty()).then(|| tags.join(", "))
}

/// "Card 3 rated good: next review Sat 2026-11-28 10:00 (in 3 days)."
fn reviewed_line(r: &Reviewed, tz: &jiff::tz::TimeZone, now: Timestamp) -> String {
    let pulled = match r.card.pulled_for {
        Some(start) => format!(
            "; due sooner, {}, for the interview at {}",
            render::local(r.card.due_at, tz),
            render::local(start, tz)
        ),
        None => String::new(),
    };
    format!(
        "Card {} rated {}: next review {} ({}, interval {}){pulled}.",
        r.card.card.id,
        r.review.rating,
        render::local(r.review.due, tz),
        afterview_core::agenda::relative(r.review.due, now),
        days(r.review.interval_days),
    )
}

/// Where a card comes from, in a few words.
fn origin(v: &CardView) -> String {
    match (&v.company, v.card.interview_id) {
        (Some(company), Some(i)) => format!("{company} · interview {i}"),
        (None, Some(i)) => format!("interview {i}"),
        _ => "your own".to_owned(),
    }
}

/// A card's header, question and when it is due.
fn card_text(out: &mut Out, v: &CardView, now: Timestamp) {
    let c = &v.card;
    out.line(paint(HEADER, &format!("Card {} · {}", c.id, origin(v))));
    out.line(render::fields(&[
        ("Question", Some(c.question.clone())),
        ("Better answer", c.answer.clone()),
        ("You said", c.said.clone()),
        ("Tags", tag_list(v)),
        (
            "Due",
            Some(format!(
                "{} ({})",
                render::local(v.due_at, &out.tz),
                afterview_core::agenda::relative(v.due_at, now)
            )),
        ),
        (
            "Pulled forward",
            v.pulled_for.map(|s| {
                format!(
                    "for the interview at {} (schedule: {})",
                    render::local(s, &out.tz),
                    render::local(c.due, &out.tz)
                )
            }),
        ),
        (
            "Reviews",
            Some(format!("{} ({} forgotten)", c.reps, c.lapses)),
        ),
        ("Retired", c.retired_at.map(|t| render::local(t, &out.tz))),
    ]));
}

fn next_text(out: &mut Out, next: &NextCard, now: Timestamp) {
    match &next.card {
        None => out.line(
            "No practice cards yet. Every question to answer better in a debrief becomes one; add your own with `afterview practice add \"question\" --answer \"…\"`.",
        ),
        Some(v) if !next.due_now => out.line(format!(
            "Nothing is due. Card {} is next, {} ({}).",
            v.card.id,
            render::local(v.due_at, &out.tz),
            afterview_core::agenda::relative(v.due_at, now)
        )),
        Some(v) => {
            card_text(out, v, now);
            out.line(paint(
                DIM,
                &format!(
                    "{} due. Rate it: afterview practice rate {} again|hard|good|easy",
                    next.due_count, v.card.id
                ),
            ));
        }
    }
}

fn list_text(out: &mut Out, cards: &[CardView], now: Timestamp) {
    let mut t = Table::new(&["ID", "DUE", "FROM", "TAGS", "REPS", "QUESTION"]);
    for v in cards {
        let mut due = afterview_core::agenda::relative(v.due_at, now);
        if v.pulled_for.is_some() {
            due.push_str(" (pulled)");
        }
        if v.card.retired_at.is_some() {
            due = "retired".to_owned();
        }
        let question: String = if v.card.question.chars().count() > 60 {
            v.card.question.chars().take(59).chain(['…']).collect()
        } else {
            v.card.question.clone()
        };
        t.row([
            v.card.id.to_string(),
            due,
            origin(v),
            tag_list(v).unwrap_or_default(),
            v.card.reps.to_string(),
            question,
        ]);
    }
    super::empty_or(
        out,
        &t,
        "No cards here. Debriefs' questions to answer better become cards; add your own with `afterview practice add`.",
    );
}

/// The drill: question, time to answer, the better answer, a rating; until
/// nothing is due or the person stops. It prints as it goes, so it writes
/// to the terminal itself rather than through `out`.
async fn drill<S: Store>(app: &App<S>, out: &mut Out) -> CliResult {
    if out.json || !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(CliError::Usage(
            "`afterview practice` is a drill on a terminal, and this is not one; in a script, use `afterview practice next [--json]` for the card due and `afterview practice rate <card> again|hard|good|easy` to record how it went".to_owned(),
        ));
    }
    let mut term = anstream::stdout();
    let mut input = std::io::stdin().lock();
    let io = |e: std::io::Error| CliError::Io(format!("the terminal failed: {e}"));
    let mut say = |text: String| -> CliResult {
        term.write_all(text.as_bytes())
            .and_then(|_| term.flush())
            .map_err(io)
    };
    let mut read = || -> CliResult<Option<String>> {
        let mut line = String::new();
        match input.read_line(&mut line).map_err(io)? {
            0 => Ok(None),
            _ => Ok(Some(line.trim().to_owned())),
        }
    };
    let mut reviewed = 0;
    'cards: loop {
        let now = app.now();
        let next = app.next_card().await?;
        let v = match &next.card {
            Some(v) if next.due_now => v,
            _ => {
                let mut text = Out {
                    json: false,
                    pretty: false,
                    tz: out.tz.clone(),
                    text: String::new(),
                    raw: false,
                };
                next_text(&mut text, &next, now);
                say(text.text)?;
                break;
            }
        };
        say(format!(
            "\n{}  {}\n\n{}\n\n{}",
            paint(HEADER, &format!("Card {} · {}", v.card.id, origin(v))),
            paint(DIM, &format!("{} due", next.due_count)),
            paint(HEADER, &v.card.question),
            paint(
                DIM,
                "Answer aloud, or type your answer; press Enter to see the better one (q to stop). "
            )
        ))?;
        match read()? {
            None => break,
            Some(q) if q.eq_ignore_ascii_case("q") => break,
            Some(_) => {}
        }
        let better = v.card.answer.clone().unwrap_or_else(|| {
            "(no better answer written yet: add one to the debrief, or with `afterview practice add`)"
                .to_owned()
        });
        let said = v
            .card
            .said
            .as_ref()
            .map(|s| {
                format!(
                    "{}\n",
                    paint(DIM, &format!("At the interview you said: {s}"))
                )
            })
            .unwrap_or_default();
        say(format!(
            "\n{said}{}\n{better}\n\n",
            paint(GOOD, "Better answer:")
        ))?;
        let rating = loop {
            say("How did it go? [a]gain [h]ard [g]ood [e]asy, or q to stop: ".to_owned())?;
            match read()? {
                None => break 'cards,
                Some(q) if q.eq_ignore_ascii_case("q") => break 'cards,
                Some(r) => match r.parse::<Rating>() {
                    Ok(rating) => break rating,
                    Err(e) => say(format!("{e}\n"))?,
                },
            }
        };
        let r = app
            .review_card(&v.card.id.to_string(), rating.as_str(), None)
            .await?;
        say(format!("{}\n", reviewed_line(&r, &out.tz, now)))?;
        reviewed += 1;
    }
    say(format!(
        "\nReviewed {reviewed} card{} this session.\n",
        if reviewed == 1 { "" } else { "s" }
    ))?;
    Ok(())
}
