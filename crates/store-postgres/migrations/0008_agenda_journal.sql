-- SQLite keeps a journal of what each write changed in the agenda's facts
-- (its own 0008_agenda_journal), so that a long-lived process reads again
-- only that. PostgreSQL keeps none: its writers commit in any order, so a
-- numbered line is not yet a committed one, and a process there reads the
-- facts whole. This migration only says so, where a reader of the schema
-- looks.
COMMENT ON TABLE afterview_state IS 'The store''s generation, counted up by every committed write. No journal of changes is kept on PostgreSQL: the agenda''s facts are read whole.';
