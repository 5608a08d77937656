-- What each write changed, as far as the agenda's facts go: a process that
-- keeps the facts it read (the web server) reads only the lines written
-- since, and reads again only what they name, instead of every row. The
-- lines are written by triggers, so no write can forget to say what it
-- changed. Kinds: 'a' an application (its row, its rounds, their people,
-- debriefs, marks and letters, its offer and favours), 'c' a contact (its
-- name, company, tags or closeness), 'r' a contact's latest touch, 'n' who
-- knows whom or works where, 'p' the practice cards, 'g' a mark or a letter
-- on no application, '*' anything else (read everything again).
CREATE TABLE agenda_journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    id INTEGER
);
-- A reader further behind than the lines kept reads everything again, so
-- the journal is cut back to its last 512 lines now and then.
CREATE TRIGGER agenda_journal_trim AFTER INSERT ON agenda_journal WHEN NEW.seq % 512 = 0
BEGIN DELETE FROM agenda_journal WHERE seq <= NEW.seq - 512; END;

CREATE TRIGGER journal_applications_insert AFTER INSERT ON applications
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('a', NEW.id); END;
-- Practice cards follow the company: a round pulls its company's cards.
CREATE TRIGGER journal_applications_update AFTER UPDATE ON applications
BEGIN
    INSERT INTO agenda_journal (kind, id) VALUES ('a', NEW.id);
    INSERT INTO agenda_journal (kind, id) SELECT 'p', NULL WHERE NEW.company_id IS NOT OLD.company_id;
END;
CREATE TRIGGER journal_applications_delete AFTER DELETE ON applications
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('a', OLD.id); END;

-- A round also changes which practice cards an interview pulls forward,
-- unless only its settled stamp moved.
CREATE TRIGGER journal_interviews_insert AFTER INSERT ON interviews
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('a', NEW.application_id), ('p', NULL); END;
CREATE TRIGGER journal_interviews_update AFTER UPDATE ON interviews
BEGIN
    INSERT INTO agenda_journal (kind, id) VALUES ('a', NEW.application_id);
    INSERT INTO agenda_journal (kind, id) SELECT 'a', OLD.application_id
        WHERE OLD.application_id <> NEW.application_id;
    INSERT INTO agenda_journal (kind, id) SELECT 'p', NULL
        WHERE NEW.starts_at IS NOT OLD.starts_at OR NEW.ends_at IS NOT OLD.ends_at
           OR NEW.status IS NOT OLD.status OR NEW.application_id IS NOT OLD.application_id;
END;
CREATE TRIGGER journal_interviews_delete AFTER DELETE ON interviews
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('a', OLD.application_id), ('p', NULL); END;

CREATE TRIGGER journal_debriefs_insert AFTER INSERT ON debriefs
BEGIN INSERT INTO agenda_journal (kind, id)
    SELECT 'a', application_id FROM interviews WHERE id = NEW.interview_id; END;
CREATE TRIGGER journal_debriefs_update AFTER UPDATE ON debriefs
BEGIN INSERT INTO agenda_journal (kind, id)
    SELECT 'a', application_id FROM interviews WHERE id IN (NEW.interview_id, OLD.interview_id); END;
CREATE TRIGGER journal_debriefs_delete AFTER DELETE ON debriefs
BEGIN INSERT INTO agenda_journal (kind, id)
    SELECT 'a', application_id FROM interviews WHERE id = OLD.interview_id; END;

CREATE TRIGGER journal_interviewers_insert AFTER INSERT ON interviewers
BEGIN INSERT INTO agenda_journal (kind, id)
    SELECT 'a', application_id FROM interviews WHERE id = NEW.interview_id; END;
CREATE TRIGGER journal_interviewers_update AFTER UPDATE ON interviewers
BEGIN INSERT INTO agenda_journal (kind, id)
    SELECT 'a', application_id FROM interviews WHERE id IN (NEW.interview_id, OLD.interview_id); END;
CREATE TRIGGER journal_interviewers_delete AFTER DELETE ON interviewers
BEGIN INSERT INTO agenda_journal (kind, id)
    SELECT 'a', application_id FROM interviews WHERE id = OLD.interview_id; END;

CREATE TRIGGER journal_offers_insert AFTER INSERT ON offers
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('a', NEW.application_id); END;
CREATE TRIGGER journal_offers_update AFTER UPDATE ON offers
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('a', NEW.application_id), ('a', OLD.application_id); END;
CREATE TRIGGER journal_offers_delete AFTER DELETE ON offers
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('a', OLD.application_id); END;

CREATE TRIGGER journal_favours_insert AFTER INSERT ON favours
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('a', NEW.application_id); END;
CREATE TRIGGER journal_favours_update AFTER UPDATE ON favours
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('a', NEW.application_id), ('a', OLD.application_id); END;
CREATE TRIGGER journal_favours_delete AFTER DELETE ON favours
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('a', OLD.application_id); END;

-- A mark or a letter on no application changes the search-wide part ('g').
CREATE TRIGGER journal_marks_insert AFTER INSERT ON action_marks
BEGIN INSERT INTO agenda_journal (kind, id)
    VALUES (CASE WHEN NEW.application_id IS NULL THEN 'g' ELSE 'a' END, NEW.application_id); END;
CREATE TRIGGER journal_marks_update AFTER UPDATE ON action_marks
BEGIN INSERT INTO agenda_journal (kind, id)
    VALUES (CASE WHEN NEW.application_id IS NULL THEN 'g' ELSE 'a' END, NEW.application_id),
           (CASE WHEN OLD.application_id IS NULL THEN 'g' ELSE 'a' END, OLD.application_id); END;
CREATE TRIGGER journal_marks_delete AFTER DELETE ON action_marks
BEGIN INSERT INTO agenda_journal (kind, id)
    VALUES (CASE WHEN OLD.application_id IS NULL THEN 'g' ELSE 'a' END, OLD.application_id); END;

CREATE TRIGGER journal_letters_insert AFTER INSERT ON letters
BEGIN INSERT INTO agenda_journal (kind, id)
    SELECT CASE WHEN app IS NULL THEN 'g' ELSE 'a' END, app FROM (SELECT COALESCE(NEW.application_id,
        (SELECT application_id FROM interviews WHERE id = NEW.interview_id)) AS app); END;
CREATE TRIGGER journal_letters_update AFTER UPDATE ON letters
BEGIN INSERT INTO agenda_journal (kind, id)
    SELECT CASE WHEN app IS NULL THEN 'g' ELSE 'a' END, app FROM (
        SELECT COALESCE(NEW.application_id,
            (SELECT application_id FROM interviews WHERE id = NEW.interview_id)) AS app
        UNION SELECT COALESCE(OLD.application_id,
            (SELECT application_id FROM interviews WHERE id = OLD.interview_id))); END;
CREATE TRIGGER journal_letters_delete AFTER DELETE ON letters
BEGIN INSERT INTO agenda_journal (kind, id)
    SELECT CASE WHEN app IS NULL THEN 'g' ELSE 'a' END, app FROM (SELECT COALESCE(OLD.application_id,
        (SELECT application_id FROM interviews WHERE id = OLD.interview_id)) AS app); END;

-- A touch moves only the contact's latest touch: the recruiter cadence.
CREATE TRIGGER journal_contacts_insert AFTER INSERT ON contacts
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('c', NEW.id); END;
CREATE TRIGGER journal_contacts_update AFTER UPDATE OF name, company_id, tags, strength, created_at ON contacts
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('c', NEW.id); END;
CREATE TRIGGER journal_contacts_touch AFTER UPDATE OF last_contact_at ON contacts
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('r', NEW.id); END;
CREATE TRIGGER journal_contacts_delete AFTER DELETE ON contacts
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('c', OLD.id); END;

CREATE TRIGGER journal_positions_insert AFTER INSERT ON positions
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('n', NULL); END;
CREATE TRIGGER journal_positions_update AFTER UPDATE ON positions
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('n', NULL); END;
CREATE TRIGGER journal_positions_delete AFTER DELETE ON positions
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('n', NULL); END;
CREATE TRIGGER journal_acquaintances_insert AFTER INSERT ON acquaintances
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('n', NULL); END;
CREATE TRIGGER journal_acquaintances_update AFTER UPDATE ON acquaintances
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('n', NULL); END;
CREATE TRIGGER journal_acquaintances_delete AFTER DELETE ON acquaintances
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('n', NULL); END;

CREATE TRIGGER journal_cards_insert AFTER INSERT ON practice_cards
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('p', NULL); END;
CREATE TRIGGER journal_cards_update AFTER UPDATE ON practice_cards
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('p', NULL); END;
CREATE TRIGGER journal_cards_delete AFTER DELETE ON practice_cards
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('p', NULL); END;

-- A company's name is on every fact about it.
CREATE TRIGGER journal_companies_update AFTER UPDATE ON companies
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('*', NULL); END;
CREATE TRIGGER journal_companies_delete AFTER DELETE ON companies
BEGIN INSERT INTO agenda_journal (kind, id) VALUES ('*', NULL); END;
