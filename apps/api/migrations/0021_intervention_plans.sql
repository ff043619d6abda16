-- Intervention plans (rencana intervensi, issue 7). A plan is a series of revisions of one case; each revision
-- keeps its goals, planned services and events for good (revisions keep history). Goals and their targets, the
-- family's involvement and every comment are free text about a person's care: sealed (ADR 0007). See ADR 0010.
CREATE TABLE intervention_plans (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  case_id uuid NOT NULL REFERENCES cases (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  revision integer NOT NULL CHECK (revision >= 1),
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'active', 'superseded')),
  requires_approval boolean NOT NULL,
  setting text NOT NULL CHECK (setting IN ('family_based', 'community_based', 'residential')),
  start_on date NOT NULL,
  planned_end_on date NOT NULL,
  family_involvement_cipher text,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  submitted_by uuid REFERENCES users (id),
  submitted_at timestamptz,
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  activated_at timestamptz,
  superseded_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (case_id, revision),
  CHECK (planned_end_on > start_on),
  CHECK (status NOT IN ('active', 'superseded') OR activated_at IS NOT NULL),
  -- A plan that needed approval is active only once somebody other than its author decided.
  CHECK (NOT requires_approval OR status NOT IN ('active', 'superseded') OR (decided_by IS NOT NULL AND decided_by <> created_by))
);
-- One revision being written or waiting at a time, and one active revision, per case.
CREATE UNIQUE INDEX intervention_plans_one_open_idx ON intervention_plans (case_id)
  WHERE status IN ('draft', 'submitted', 'returned');
CREATE UNIQUE INDEX intervention_plans_one_active_idx ON intervention_plans (case_id) WHERE status = 'active';
CREATE INDEX intervention_plans_institution_idx ON intervention_plans (institution_id, status);

CREATE TABLE plan_goals (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  plan_id uuid NOT NULL REFERENCES intervention_plans (id),
  -- The same goal across revisions: progress recorded against an earlier revision's goal carries over.
  key uuid NOT NULL,
  position integer NOT NULL,
  component text NOT NULL CHECK (component IN ('hidup_layak', 'perawatan_sosial', 'dukungan_keluarga', 'terapi',
    'vokasional_kewirausahaan', 'bantuan_asistensi_sosial', 'aksesibilitas')),
  -- Description and measurable target, sealed together as JSON.
  text_cipher text NOT NULL,
  target_date date,
  -- As the last service record that reported on the goal says (kept up to date by the service records).
  progress text NOT NULL DEFAULT 'not_started' CHECK (progress IN ('not_started', 'in_progress', 'achieved')),
  progress_on date,
  UNIQUE (plan_id, key)
);
CREATE INDEX plan_goals_key_idx ON plan_goals (key);

CREATE TABLE plan_services (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  plan_id uuid NOT NULL REFERENCES intervention_plans (id),
  position integer NOT NULL,
  goal_id uuid REFERENCES plan_goals (id),
  catalogue_item_id uuid NOT NULL REFERENCES service_catalogue_items (id),
  frequency_count integer NOT NULL CHECK (frequency_count BETWEEN 1 AND 100),
  frequency_period text NOT NULL CHECK (frequency_period IN ('per_week', 'per_month', 'total')),
  quantity bigint NOT NULL DEFAULT 1 CHECK (quantity >= 1),
  responsible_staff_id uuid REFERENCES staff (id)
);
CREATE INDEX plan_services_plan_idx ON plan_services (plan_id);

CREATE TABLE plan_events (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  plan_id uuid NOT NULL REFERENCES intervention_plans (id),
  action text NOT NULL CHECK (action IN ('create', 'update', 'submit', 'approve', 'return', 'activate', 'supersede')),
  comment_cipher text,
  actor_id uuid REFERENCES users (id),
  occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_events_plan_idx ON plan_events (plan_id, occurred_at);

-- The case knows its active plan: the state machine lets service start only with one (case-status.ts).
ALTER TABLE cases ADD COLUMN active_plan_id uuid REFERENCES intervention_plans (id);
