-- Kemendagri administrative regions (province, regency/city, district, village), loaded from idn-area-data
-- (data: ODbL) by `atensi migrate`. Codes are never deleted: addresses and NIKs keep referring to a code after a
-- reorganisation, so a code that leaves the official list is marked inactive instead.
CREATE TABLE regions (
  code text PRIMARY KEY,
  name text NOT NULL,
  level text NOT NULL CHECK (level IN ('province', 'regency', 'district', 'village')),
  parent_code text REFERENCES regions (code),
  is_active boolean NOT NULL DEFAULT true,
  dataset_version text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((level = 'province') = (parent_code IS NULL))
);
CREATE INDEX regions_parent_code_idx ON regions (parent_code, code);
CREATE INDEX regions_level_idx ON regions (level, code);
CREATE INDEX regions_name_trgm_idx ON regions USING gin (lower(name) gin_trgm_ops);
