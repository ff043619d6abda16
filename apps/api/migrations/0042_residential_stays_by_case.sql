-- A case's progress and its page read the case's residential stays (issue 9, bench/results): the only index by case
-- was the partial one of open stays, so the read scanned every stay of the country (a sequential scan in the
-- scale-0.01 query plans). Stays are indexed by case, in admission order.
CREATE INDEX residential_stays_case_idx ON residential_stays (case_id, admitted_on);
