-- Undo create_users: every user is lost.
DROP TABLE users;
