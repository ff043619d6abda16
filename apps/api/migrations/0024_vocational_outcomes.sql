-- Vocational outcomes (component 5, issue 7): a course completed, a certificate, a business started, a job
-- placement, recorded at termination or at an aftercare visit. The trade is kept in clear for reporting; the
-- course, certificate number, business or employer are sealed (ADR 0007).
CREATE TABLE vocational_outcomes (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  case_id uuid NOT NULL REFERENCES cases (id),
  stage text NOT NULL CHECK (stage IN ('termination', 'aftercare')),
  follow_up_id uuid REFERENCES follow_ups (id),
  kind text NOT NULL CHECK (kind IN ('course_completed', 'certificate', 'business_started', 'job_placement')),
  field text CHECK (length(field) BETWEEN 2 AND 80),
  achieved_on date NOT NULL,
  detail_cipher text,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((stage = 'aftercare') = (follow_up_id IS NOT NULL))
);
CREATE INDEX vocational_outcomes_case_idx ON vocational_outcomes (case_id);
CREATE INDEX vocational_outcomes_kind_idx ON vocational_outcomes (kind, achieved_on);
