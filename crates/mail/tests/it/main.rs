//! Integration tests for afterview-mail, in one binary so the suite builds
//! once: messages and `.eml` files, delivery to a real SMTP server on
//! loopback, password sources, and the printable card.

#[path = "../../../../tests/support/smtp.rs"]
mod smtp;

mod card;
mod eml;
mod password;
mod send;

use afterview_mail::{Mailbox, Outgoing};

/// A letter with non-ASCII in every place it may appear, and a body long
/// enough to be wrapped by the transfer encoding.
pub fn letter() -> Outgoing {
    Outgoing {
        from: Mailbox::new(Some("Zoë Ünal"), "zoe@example.com").unwrap(),
        to: vec![
            Mailbox::new(Some("Dr. Chen Wei 陈伟"), "chen.wei@example.org").unwrap(),
            Mailbox::new(None, "hiring@example.org").unwrap(),
        ],
        reply_to: Some(Mailbox::new(Some("Zoë"), "zoe+jobs@example.com").unwrap()),
        subject: "Merci — thank you for Tuesday's interview 🎉".into(),
        body: concat!(
            "Dear Dr. Chen,\n",
            "\n",
            "Thank you for the conversation on Tuesday. I enjoyed hearing about the \
             Zürich team's plans for the café-ordering service, and the whiteboard \
             exercise on résumé parsing was the most fun I have had in an interview.\n",
            "\n",
            ".A line that starts with a dot, which SMTP must stuff and unstuff.\n",
            "你好, ça va? 😀\n",
            "\n",
            "Best regards,\n",
            "Zoë\n",
        )
        .into(),
        message_id: "<k3J9x2fixedid@example.com>".into(),
        date: "2025-03-04T15:06:07Z".parse().unwrap(),
        in_reply_to: Some("<CAF=orig.1234@mail.example.org>".into()),
    }
}

/// Parses message bytes with an independent parser, failing the test when
/// they do not parse.
pub fn parse(bytes: &[u8]) -> mail_parser::Message<'_> {
    mail_parser::MessageParser::default()
        .parse(bytes)
        .expect("the message parses")
}
