-- Reporting hooks of screening (issue 6): the dashboards count screenings by routing risk, substance group, injecting
-- risk, institution and region through these views, never by scanning the answers themselves. No person is named:
-- a row carries ids, codes and bands only. Months are calendar months in Jakarta (WIB).

CREATE VIEW screening_facts AS
SELECT
  s.id AS screening_id,
  s.case_id,
  s.institution_id,
  i.type AS institution_type,
  split_part(i.region_code, '.', 1) AS institution_province_code,
  split_part(b.region_code, '.', 1) AS beneficiary_province_code,
  split_part(b.region_code, '.', 1) || '.' || split_part(b.region_code, '.', 2) AS beneficiary_regency_code,
  s.screened_at,
  (date_trunc('month', s.screened_at AT TIME ZONE 'Asia/Jakarta'))::date AS month,
  (s.screened_at AT TIME ZONE 'Asia/Jakarta')::date AS screened_on,
  s.instrument,
  s.scoring_version AS instrument_revision,
  s.routing_risk,
  s.injecting_risk,
  s.next_step
FROM screenings s
JOIN institutions i ON i.id = s.institution_id
JOIN cases c ON c.id = s.case_id
JOIN beneficiaries b ON b.id = c.beneficiary_id;

-- One row per screening and substance group ever used (Q1 = yes), with its score and band.
CREATE VIEW screening_substance_facts AS
SELECT
  f.*,
  r.key AS substance,
  (r.value ->> 'score')::integer AS score,
  r.value ->> 'risk' AS risk
FROM screening_facts f
JOIN screenings s ON s.id = f.screening_id
CROSS JOIN LATERAL jsonb_each(s.results) AS r (key, value);

-- Reports filter by period first (on screened_at, so that this index serves them), nationally or by institution.
CREATE INDEX screenings_screened_at_idx ON screenings (screened_at);
