-- Row-level security by grid is the server's (migrations/postgresql/0019_row_level_security.sql): a file has one
-- user at a time, and GridStation's scope views (access/session) are its guard. Nothing changes in a file.
SELECT 1;
