-- The agenda reads the rounds that are not settled yet by when they ended,
-- instead of walking every application in play: most never had a round.
-- It covers what the read needs, so the rows themselves are not visited.
CREATE INDEX interviews_open ON interviews (ends_at, application_id, round, kind, starts_at, status)
    WHERE settled_at IS NULL;
-- Old rounds whose debrief still has a date ahead are found through their
-- debriefs; the index covers the round, so the debriefs themselves (long
-- text) are not read.
DROP INDEX debriefs_follow_until;
CREATE INDEX debriefs_follow_until ON debriefs (follow_until, interview_id);
-- Rounds settled after a pinned clock are read too; there are few.
CREATE INDEX interviews_settled ON interviews (settled_at) WHERE settled_at IS NOT NULL;
