-- A covering index for listing applications by status, newest move first:
-- the list reads the index alone instead of one table row per application.
CREATE INDEX applications_list ON applications (status, status_changed_at, id, company_id, role, excitement, created_at);
