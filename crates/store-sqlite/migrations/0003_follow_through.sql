-- The follow-through engine: debriefs (every version kept), offers, logged
-- touches with contacts, and what the person did with each agenda action.
CREATE TABLE debriefs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    content TEXT NOT NULL,
    rating INTEGER,
    written_at TEXT NOT NULL,
    UNIQUE (interview_id, version)
);

CREATE TABLE offers (
    application_id INTEGER PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    deadline TEXT,
    terms TEXT,
    recorded_at TEXT NOT NULL
);

CREATE TABLE touches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    via TEXT NOT NULL,
    note TEXT
);
CREATE INDEX touches_by_contact ON touches (contact_id, at);

-- The latest touch, kept on the contact so that the recruiter cadence reads
-- one small partial index instead of every contact and every touch.
ALTER TABLE contacts ADD COLUMN last_contact_at TEXT;
CREATE INDEX contacts_recruiters ON contacts (id, company_id, created_at, last_contact_at, name)
    WHERE tags LIKE '% recruiter %';

CREATE TABLE action_marks (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    at TEXT NOT NULL,
    until TEXT,
    reason TEXT,
    application_id INTEGER REFERENCES applications (id) ON DELETE CASCADE
);
CREATE INDEX action_marks_by_application ON action_marks (application_id);

-- Meeting invitations imported as interviews, by their UID, so that an
-- updated invitation updates its interview instead of adding another.
CREATE TABLE interview_invites (
    uid TEXT PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE
);

CREATE INDEX application_events_by_move ON application_events (to_status, at);
