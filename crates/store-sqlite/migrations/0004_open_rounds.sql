-- The agenda reads the rounds that are not settled yet by when they ended,
-- instead of walking every application in play: most never had a round.
-- It covers what the read needs, so the rows themselves are not visited.
CREATE INDEX interviews_open ON interviews (ends_at, application_id, round, kind, starts_at, status)
    WHERE settled_at IS NULL;
-- Rounds settled after a pinned clock are read too; there are few.
CREATE INDEX interviews_settled ON interviews (settled_at) WHERE settled_at IS NOT NULL;
