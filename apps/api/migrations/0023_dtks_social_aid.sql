-- DTKS standing and social aid (issue 7, component 6). A person's DTKS standing is kept in ONE place,
-- `dtks_statuses` (one row per person; no row = unknown), written only through the dtks module's
-- `recordDtksResult()`: today Pusdatin by hand, later an automated matcher or an extract (`source`). Every result
-- is kept in `dtks_status_history`. Checks waiting for Pusdatin and proposals for inclusion in DTKS are queues.
-- See ADR 0010.
CREATE TABLE dtks_statuses (
  beneficiary_id uuid PRIMARY KEY REFERENCES beneficiaries (id),
  status text NOT NULL CHECK (status IN ('matched', 'not_matched', 'nik_duplicate', 'nik_blocked')),
  dtks_id text CHECK (dtks_id ~ '^[A-Za-z0-9.-]{4,40}$'),
  welfare_decile smallint CHECK (welfare_decile BETWEEN 1 AND 10),
  source text NOT NULL CHECK (source IN ('manual', 'automated', 'extract')),
  method text CHECK (method IN ('nik', 'name_birth_region')),
  checked_on date NOT NULL,
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK ((status = 'matched') = (dtks_id IS NOT NULL))
);
CREATE INDEX dtks_statuses_status_idx ON dtks_statuses (status);

CREATE TABLE dtks_status_history (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  beneficiary_id uuid NOT NULL REFERENCES beneficiaries (id),
  status text NOT NULL CHECK (status IN ('matched', 'not_matched', 'nik_duplicate', 'nik_blocked')),
  dtks_id text,
  welfare_decile smallint,
  source text NOT NULL CHECK (source IN ('manual', 'automated', 'extract')),
  method text CHECK (method IN ('nik', 'name_birth_region')),
  checked_on date NOT NULL,
  note_cipher text,
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dtks_status_history_beneficiary_idx ON dtks_status_history (beneficiary_id, recorded_at);

-- A check Pusdatin is asked to make (by a worker, or because social aid was requested); one open per person.
CREATE TABLE dtks_checks (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  beneficiary_id uuid NOT NULL REFERENCES beneficiaries (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  reason text NOT NULL CHECK (reason IN ('social_aid', 'requested')),
  requested_by uuid REFERENCES users (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolved_status text CHECK (resolved_status IN ('matched', 'not_matched', 'nik_duplicate', 'nik_blocked')),
  CHECK ((resolved_at IS NULL) = (resolved_status IS NULL))
);
CREATE UNIQUE INDEX dtks_checks_one_open_idx ON dtks_checks (beneficiary_id) WHERE resolved_at IS NULL;
CREATE INDEX dtks_checks_queue_idx ON dtks_checks (requested_at) WHERE resolved_at IS NULL;

-- A proposal to include a person in DTKS (not matched but needing aid); one open or submitted per person.
CREATE TABLE dtks_inclusion_proposals (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  beneficiary_id uuid NOT NULL REFERENCES beneficiaries (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  social_aid_request_id uuid,
  status text NOT NULL CHECK (status IN ('open', 'submitted', 'included', 'rejected')),
  proposed_by uuid REFERENCES users (id),
  proposed_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  dtks_id text,
  note_cipher text,
  version integer NOT NULL DEFAULT 1,
  CHECK (status <> 'included' OR dtks_id IS NOT NULL)
);
CREATE UNIQUE INDEX dtks_inclusion_proposals_one_open_idx ON dtks_inclusion_proposals (beneficiary_id)
  WHERE status IN ('open', 'submitted');
CREATE INDEX dtks_inclusion_proposals_queue_idx ON dtks_inclusion_proposals (status, proposed_at);

CREATE TABLE social_aid_requests (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  case_id uuid NOT NULL REFERENCES cases (id),
  beneficiary_id uuid NOT NULL REFERENCES beneficiaries (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  aid_type text NOT NULL CHECK (aid_type IN ('cash', 'basic_food', 'hygiene_kit', 'clothing', 'business_kit',
    'education', 'health', 'transport', 'other')),
  catalogue_item_id uuid NOT NULL REFERENCES service_catalogue_items (id),
  amount_rupiah bigint CHECK (amount_rupiah > 0),
  quantity integer CHECK (quantity > 0),
  items text CHECK (length(items) <= 300),
  reason_cipher text NOT NULL,
  status text NOT NULL CHECK (status IN ('requested', 'approved', 'rejected', 'delivered', 'received', 'cancelled')),
  requested_by uuid NOT NULL REFERENCES users (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  decision_note_cipher text,
  delivered_on date,
  delivered_by uuid REFERENCES users (id),
  delivery_session_id uuid REFERENCES service_sessions (id),
  received_on date,
  received_by text CHECK (received_by IN ('beneficiary', 'guardian', 'family')),
  receipt_note_cipher text,
  version integer NOT NULL DEFAULT 1,
  CHECK (amount_rupiah IS NOT NULL OR quantity IS NOT NULL),
  CHECK (status NOT IN ('delivered', 'received') OR delivered_on IS NOT NULL),
  CHECK (status <> 'received' OR (received_on IS NOT NULL AND received_on >= delivered_on))
);
CREATE INDEX social_aid_requests_case_idx ON social_aid_requests (case_id);
CREATE INDEX social_aid_requests_institution_idx ON social_aid_requests (institution_id, status);
