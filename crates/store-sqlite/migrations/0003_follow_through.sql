-- The follow-through engine: debriefs (every version kept), offers, logged
-- touches with contacts, and what the person did with each agenda action.
CREATE TABLE debriefs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    content TEXT NOT NULL,
    rating INTEGER,
    follow_until TEXT,
    written_at TEXT NOT NULL,
    UNIQUE (interview_id, version)
);
-- The latest date an owed item or a decision in a debrief falls on, so the
-- agenda finds old rounds that still have something due without reading
-- every debrief.
CREATE INDEX debriefs_follow_until ON debriefs (follow_until);

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
CREATE INDEX contacts_recruiters ON contacts ((COALESCE(last_contact_at, created_at)), id, company_id, name, created_at, last_contact_at)
    WHERE tags LIKE '% recruiter %';

CREATE TABLE action_marks (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    at TEXT NOT NULL,
    until TEXT,
    reason TEXT,
    application_id INTEGER REFERENCES applications (id) ON DELETE CASCADE,
    interview_id INTEGER REFERENCES interviews (id) ON DELETE CASCADE
);

-- Meeting invitations imported as interviews, by their UID, so that an
-- updated invitation updates its interview instead of adding another.
CREATE TABLE interview_invites (
    uid TEXT PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE
);

CREATE INDEX application_events_by_move ON application_events (to_status, at);

-- The agenda reads every round of the applications in play, and who sat on
-- them, from these covering indexes instead of table rows.
-- A round is settled once no rule can speak of it again (every action done,
-- dismissed or stale); the agenda then no longer reads it. Any change to the
-- round, its people or its debrief unsettles it.
ALTER TABLE interviews ADD COLUMN settled_at TEXT;
CREATE INDEX interviews_agenda ON interviews (application_id, ends_at, id, round, kind, starts_at, status, settled_at);
CREATE INDEX interviewers_agenda ON interviewers (interview_id, position, contact_id, role);
CREATE INDEX action_marks_by_application ON action_marks (application_id, interview_id);
CREATE INDEX action_marks_by_interview ON action_marks (interview_id);

-- The agenda kept between commands. Every write transaction counts up the
-- generation; a kept agenda is used only while its generation, its policy
-- and its time span still hold, so it can never show stale data.
CREATE TABLE afterview_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO afterview_state (id, generation) VALUES (1, 0);

CREATE TABLE agenda_cache (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    computed_for TEXT NOT NULL,
    valid_until TEXT NOT NULL
);

CREATE TABLE agenda_actions (
    key TEXT PRIMARY KEY,
    due TEXT NOT NULL,
    kind_rank INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    application_id INTEGER,
    interview_id INTEGER,
    contact_id INTEGER,
    label TEXT NOT NULL,
    reason TEXT NOT NULL,
    command TEXT NOT NULL,
    snoozed_until TEXT
);
CREATE INDEX agenda_actions_by_due ON agenda_actions (due, kind_rank, key);
