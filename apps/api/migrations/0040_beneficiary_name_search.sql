-- Beneficiary search by name at national scale (issue 9, bench/results): the search compared `full_name ILIKE`
-- while the trigram index is on lower(full_name), and OR-ed an alias test no index could serve, so every search
-- read the whole table (a sequential scan of 4 million rows at scale 1, plus JIT compilation for its cost). The
-- search now compares lower(full_name) (the existing index) OR the aliases through this index; both arms are
-- index scans, combined by a BitmapOr.

-- array_to_string is only STABLE in general (element output functions); for text[] it is immutable, which an
-- index expression needs. The unit separator keeps two aliases from matching as one string.
CREATE OR REPLACE FUNCTION beneficiary_aliases_text(aliases text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT lower(array_to_string(aliases, E'\x1f')) $$;

CREATE INDEX beneficiaries_aliases_trgm_idx ON beneficiaries
  USING gin (beneficiary_aliases_text(aliases) gin_trgm_ops) WHERE aliases <> '{}';
