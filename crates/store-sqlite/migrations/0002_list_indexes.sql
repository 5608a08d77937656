-- Indexes for the lists people run most. Listing applications by status,
-- newest move first, reads this covering index alone instead of one table
-- row per application; counting each company's applications by status reads
-- the second in company order, with no sort.
CREATE INDEX applications_list ON applications (status, status_changed_at, id, company_id, role, excitement, created_at);
CREATE INDEX applications_by_company_status ON applications (company_id, status);
DROP INDEX applications_by_company;
