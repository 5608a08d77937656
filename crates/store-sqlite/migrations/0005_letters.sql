-- Letters: drafts, and what went out. A letter in 'sending' may have reached
-- the server before a crash, so it is never resent without asking; its
-- Message-ID is fixed before the first attempt, hence unique.
CREATE TABLE letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    application_id INTEGER REFERENCES applications (id) ON DELETE CASCADE,
    interview_id INTEGER REFERENCES interviews (id) ON DELETE SET NULL,
    contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    action_key TEXT,
    to_name TEXT NOT NULL,
    to_email TEXT,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL,
    via TEXT,
    message_id TEXT UNIQUE,
    failure TEXT,
    forced INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    attempted_at TEXT,
    sent_at TEXT,
    replied_at TEXT
);
CREATE INDEX letters_by_application ON letters (application_id, id);
CREATE INDEX letters_by_interview ON letters (interview_id);
-- The agenda reads the letters not sent yet (few) to point at them.
CREATE INDEX letters_unsent ON letters (state) WHERE state <> 'sent';
