-- The work list's "aftercare visits due" (issue 9, bench/results): the only index of open visits was by due date
-- for the whole country (follow_ups_due_idx), and it keeps every visit never recorded, also those of closed
-- cases, so a worker's list read the open visits of the whole country and kept those of their own cases. With
-- the open visits indexed by case, the list starts from the institution's cases in aftercare instead.
CREATE INDEX follow_ups_open_case_idx ON follow_ups (case_id, due_on) WHERE done_on IS NULL;
