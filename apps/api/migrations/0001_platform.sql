-- Platform: extensions, UUIDv7 keys, idempotent creates, the outbox, reference data versions.
-- Runs unchanged on PostgreSQL 15 and on PGlite (PostgreSQL 18): keep to SQL that PostgreSQL 15 knows.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- UUIDv7 (time-ordered, RFC 9562). PostgreSQL 18 has uuidv7() built in; 15 does not, so we define our own.
CREATE OR REPLACE FUNCTION uuid_generate_v7() RETURNS uuid
LANGUAGE sql VOLATILE AS $$
  SELECT encode(
    set_bit(
      set_bit(
        overlay(uuid_send(gen_random_uuid())
          PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
          FROM 1 FOR 6),
        52, 1),
      53, 1),
    'hex')::uuid
$$;

-- A create retried with the same Idempotency-Key returns the first answer (see docs/adr/0002).
CREATE TABLE idempotency_keys (
  scope text NOT NULL,
  key text NOT NULL,
  method text NOT NULL,
  path text NOT NULL,
  request_hash text NOT NULL,
  state text NOT NULL CHECK (state IN ('pending', 'completed')),
  response_status integer,
  response_body jsonb,
  response_headers jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);

-- Side effects (notifications, sync to other systems) are written here in the use case's transaction and
-- carried out after commit by the outbox relay.
CREATE TABLE outbox_events (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  topic text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  available_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  processed_at timestamptz,
  failed_at timestamptz
);
CREATE INDEX outbox_events_pending_idx ON outbox_events (available_at) WHERE processed_at IS NULL AND failed_at IS NULL;

-- Which version of each external reference data set (regions, ...) is loaded.
CREATE TABLE reference_datasets (
  name text PRIMARY KEY,
  version text NOT NULL,
  row_count integer NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
