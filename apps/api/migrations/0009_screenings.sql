-- ASSIST screenings (issue 6). Answers and results are structured clinical data kept in clear for the
-- dashboards' counts (routing risk, substance, injecting risk by institution and region); no free text here.
CREATE TABLE screenings (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  case_id uuid NOT NULL REFERENCES cases (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  instrument text NOT NULL CHECK (instrument IN ('assist-3.0')),
  -- The version of the scoring rules the screening was scored with; re-scoring never rewrites history.
  scoring_version integer NOT NULL,
  answers jsonb NOT NULL,
  results jsonb NOT NULL,
  routing_risk text NOT NULL CHECK (routing_risk IN ('low', 'moderate', 'high')),
  injecting_risk boolean NOT NULL,
  next_step text NOT NULL CHECK (next_step IN ('no_further_action', 'family_based_rehab', 'further_assessment')),
  screened_at timestamptz NOT NULL DEFAULT now(),
  screened_by uuid REFERENCES users (id)
);
CREATE INDEX screenings_case_idx ON screenings (case_id, screened_at);
CREATE INDEX screenings_reporting_idx ON screenings (institution_id, routing_risk, screened_at);
