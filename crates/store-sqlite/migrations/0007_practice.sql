-- Practice cards and their reviews. A card's spaced-repetition state is
-- plain columns (FSRS's stability and difficulty as exact decimal text, the
-- due time, the last review, repetitions, lapses), so the next card due is
-- one read of an index. A card from a debrief is one per interview and
-- question (normalised), so saving the debrief again finds it instead of
-- doubling it; a question taken out retires its card, which keeps its
-- schedule and reviews in case the question comes back.
CREATE TABLE practice_cards (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    interview_id INTEGER REFERENCES interviews (id) ON DELETE CASCADE,
    application_id INTEGER REFERENCES applications (id) ON DELETE CASCADE,
    company_id INTEGER REFERENCES companies (id) ON DELETE SET NULL,
    question TEXT NOT NULL,
    question_key TEXT NOT NULL,
    answer TEXT,
    said TEXT,
    tags TEXT NOT NULL DEFAULT '',
    stability TEXT,
    difficulty TEXT,
    due TEXT NOT NULL,
    last_review TEXT,
    reps INTEGER NOT NULL DEFAULT 0,
    lapses INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    retired_at TEXT
);
CREATE UNIQUE INDEX practice_cards_by_question ON practice_cards (interview_id, question_key)
    WHERE interview_id IS NOT NULL;
-- The next card due, and how many are due, read from the live cards alone.
CREATE INDEX practice_cards_due ON practice_cards (due, id) WHERE retired_at IS NULL;
-- The cards an upcoming interview at their company pulls forward.
CREATE INDEX practice_cards_by_company ON practice_cards (company_id, due) WHERE retired_at IS NULL;
CREATE INDEX practice_cards_by_application ON practice_cards (application_id);
-- Every review, kept: the week's count reads it by time.
CREATE TABLE practice_reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    card_id INTEGER NOT NULL REFERENCES practice_cards (id) ON DELETE CASCADE,
    rating TEXT NOT NULL,
    at TEXT NOT NULL,
    elapsed_days INTEGER NOT NULL,
    interval_days INTEGER NOT NULL,
    due TEXT NOT NULL,
    stability TEXT NOT NULL,
    difficulty TEXT NOT NULL
);
CREATE INDEX practice_reviews_by_card ON practice_reviews (card_id, id);
CREATE INDEX practice_reviews_by_time ON practice_reviews (at);
