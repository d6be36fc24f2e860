-- Undo add_status_to_orders. SQLite cannot drop an indexed column, so the index goes first.
DROP INDEX orders_status;
ALTER TABLE orders DROP COLUMN status;
