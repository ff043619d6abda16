-- Identity and access (issue 3): the institutions users belong to (the registry proper grows in issue 4),
-- users, browser sessions, personal API tokens and login throttling.

CREATE TABLE institutions (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  type text NOT NULL CHECK (type IN ('direktorat', 'balai', 'loka', 'ipwl', 'dinsos', 'faskes', 'other_partner')),
  -- The Directorate for a Balai/Loka, the supervising Balai/Loka for an IPWL.
  parent_id uuid REFERENCES institutions (id),
  region_code text REFERENCES regions (code),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX institutions_parent_idx ON institutions (parent_id);
CREATE INDEX institutions_name_trgm_idx ON institutions USING gin (name gin_trgm_ops);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
  role text NOT NULL CHECK (role IN ('admin', 'direktorat', 'inspektorat', 'pusdatin', 'balai_manager', 'ipwl_manager', 'pendamping')),
  institution_id uuid REFERENCES institutions (id),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  password_hash text NOT NULL,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  must_change_password boolean NOT NULL DEFAULT false,
  -- AES-256-GCM ciphertext of the base32 secret (key derived from SESSION_SECRET); never the secret itself.
  totp_secret text,
  totp_pending_secret text,
  totp_enabled_at timestamptz,
  -- The last TOTP time step accepted, so one code cannot be used twice.
  totp_last_step bigint,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  version integer NOT NULL DEFAULT 1,
  -- Institution roles need an institution; national roles have none.
  CHECK ((role IN ('balai_manager', 'ipwl_manager', 'pendamping')) = (institution_id IS NOT NULL))
);
CREATE INDEX users_institution_idx ON users (institution_id);

CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  -- sha256 of the cookie's token: a stolen database does not yield usable cookies.
  token_hash text NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  -- The role the token acts with: the user's role when it was made. If the user's role changes the token stops.
  role text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- Failed sign-ins per key (`user:<username>` or `ip:<address>`); after N failures, exponential backoff.
CREATE TABLE login_throttles (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  last_failure_at timestamptz NOT NULL,
  locked_until timestamptz
);
