-- Networking: how close each person is, where people work and worked, who
-- knows whom, and the favours asked of them for an application.
ALTER TABLE contacts ADD COLUMN strength INTEGER;

-- A job someone holds or held. contact_id NULL is the person using
-- afterview: their own history tells who is a former colleague.
CREATE TABLE positions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    title TEXT,
    since TEXT,
    until TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX positions_by_company ON positions (company_id, contact_id);
CREATE INDEX positions_by_contact ON positions (contact_id);
-- The agenda names the closest person at a company with a round near: the
-- people there by closeness (unrated counts as 2), and the current jobs.
CREATE INDEX contacts_by_closeness ON contacts (company_id, (COALESCE(strength, 2)) DESC, id);
CREATE INDEX positions_current ON positions (company_id, contact_id) WHERE until IS NULL;

-- Two people who know each other, stored once with the lower id first.
CREATE TABLE acquaintances (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    how TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (contact_id, other_id),
    CHECK (contact_id < other_id)
);
CREATE INDEX acquaintances_by_other ON acquaintances (other_id);

-- A good word asked of someone for one application: asked, agreed, done or
-- declined. done_at starts the reminder to thank them.
CREATE TABLE favours (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    note TEXT,
    asked_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    done_at TEXT,
    UNIQUE (contact_id, application_id)
);
CREATE INDEX favours_by_application ON favours (application_id);
