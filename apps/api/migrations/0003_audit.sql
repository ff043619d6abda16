-- The audit trail (UU 27/2022: every access to a client's record is accountable). Append-only and
-- tamper-evident: each event carries a SHA-256 hash over its content and its predecessor's hash. There are
-- several chains (partitions) so concurrent writers lock only their own chain's head, and anchors periodically
-- record every chain's head so that cutting events off the end of a chain is detected too (docs/adr/0004).

CREATE TABLE audit_chain_heads (
  chain text PRIMARY KEY,
  seq bigint NOT NULL,
  hash text NOT NULL
);

-- 16 chains, each starting from its own genesis hash: encode(sha256('atensi-audit-genesis:' || chain), 'hex').
INSERT INTO audit_chain_heads (chain, seq, hash)
SELECT 'p' || lpad(n::text, 2, '0'), 0, encode(sha256(convert_to('atensi-audit-genesis:p' || lpad(n::text, 2, '0'), 'UTF8')), 'hex')
FROM generate_series(0, 15) AS n;

CREATE TABLE audit_events (
  id uuid PRIMARY KEY,
  chain text NOT NULL REFERENCES audit_chain_heads (chain),
  seq bigint NOT NULL,
  occurred_at timestamptz NOT NULL,
  actor_id text,
  actor_role text,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  institution_id text,
  ip text,
  user_agent text,
  request_id text,
  -- Names of the fields a change touched, never their values.
  changed_fields text[] NOT NULL DEFAULT '{}',
  details jsonb NOT NULL DEFAULT '{}',
  prev_hash text NOT NULL,
  hash text NOT NULL,
  UNIQUE (chain, seq)
);
CREATE INDEX audit_events_occurred_at_idx ON audit_events (occurred_at);
CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, occurred_at);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, occurred_at);

CREATE TABLE audit_anchors (
  id bigserial PRIMARY KEY,
  created_at timestamptz NOT NULL,
  heads jsonb NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL
);

-- The application's role may add audit rows, never change or remove them.
CREATE OR REPLACE FUNCTION audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit records are append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_anchors_append_only BEFORE UPDATE OR DELETE ON audit_anchors
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_anchors_no_truncate BEFORE TRUNCATE ON audit_anchors
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
