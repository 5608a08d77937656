-- The pipeline: profile, résumés, companies, applications and their history,
-- contacts, interviews and interviewers. Instants are UTC text to the second.
CREATE TABLE profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT,
    email TEXT,
    signature TEXT,
    time_zone TEXT,
    skills TEXT NOT NULL DEFAULT ''
);

CREATE TABLE resumes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    label_key TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL
);

CREATE TABLE companies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    website TEXT,
    notes TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE applications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies (id),
    role TEXT NOT NULL,
    status TEXT NOT NULL,
    posting_url TEXT,
    posting_text TEXT,
    source TEXT,
    salary_min INTEGER,
    salary_max INTEGER,
    salary_currency TEXT,
    resume_id INTEGER REFERENCES resumes (id) ON DELETE SET NULL,
    excitement INTEGER,
    notes TEXT,
    created_at TEXT NOT NULL,
    status_changed_at TEXT NOT NULL
);
CREATE INDEX applications_by_status ON applications (status, status_changed_at);
CREATE INDEX applications_by_company ON applications (company_id);

CREATE TABLE application_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    forced INTEGER NOT NULL,
    note TEXT
);
CREATE INDEX application_events_by_application ON application_events (application_id, id);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    email TEXT,
    email_key TEXT,
    phone TEXT,
    company_id INTEGER REFERENCES companies (id) ON DELETE SET NULL,
    title TEXT,
    linkedin TEXT,
    how_met TEXT,
    notes TEXT,
    tags TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX contacts_by_name ON contacts (name_key);
CREATE INDEX contacts_by_email ON contacts (email_key);
CREATE INDEX contacts_by_company ON contacts (company_id);

CREATE TABLE interviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    round INTEGER NOT NULL,
    kind TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    location TEXT,
    status TEXT NOT NULL,
    notes TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (application_id, round)
);
CREATE INDEX interviews_by_start ON interviews (starts_at);

CREATE TABLE interviewers (
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (interview_id, contact_id)
);
CREATE INDEX interviewers_by_contact ON interviewers (contact_id);
