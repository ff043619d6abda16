-- Two indexes of service_sessions that no query uses (issue 9): every read of sessions goes by id or by institution
-- and day (service_sessions_institution_idx); "my sessions" filters one institution's day by recorder and staff
-- member, a few dozen rows. Staff and users are never deleted (they are deactivated), so their foreign keys need no
-- index either. Each index cost a write per session recorded and, for a country (about 33 million sessions),
-- some 1.2 GiB of disk.
DROP INDEX service_sessions_staff_idx;
DROP INDEX service_sessions_recorder_idx;
