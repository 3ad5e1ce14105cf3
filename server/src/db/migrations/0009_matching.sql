-- Matching (docs/matching.md, decision 016): what a vacancy adds for the score, the weights an
-- organisation ranks with, and a per-organisation counter that moves whenever an input of a
-- candidate changes, so a server instance knows its in-memory candidate index is stale.
-- PostgreSQL 15+.

-- The work place's environment (the closed list of common/matching.ts) and where it is.
-- lat/lon are set by the application on every save of the vacancy: the site's coordinates
-- when a site is given and has them, else the approximate centre of the vacancy's postcode,
-- else of the site's postcode (common/geo/postcodes.ts); NULL when none is known ("not
-- located": the distance is then not checked).
ALTER TABLE vacancies
  ADD COLUMN environment_tags text[] NOT NULL DEFAULT '{}' CHECK (environment_tags <@ ARRAY[
    'indoor', 'outdoor', 'noisy', 'quiet', 'cold', 'heat', 'wet', 'dust', 'fumes', 'heights', 'machines',
    'vehicles', 'night_work', 'weekend_work', 'customer_contact', 'teamwork', 'working_alone', 'crowds',
    'animals', 'food', 'standing_all_day', 'heavy_lifting']),
  ADD COLUMN lat double precision CHECK (lat BETWEEN -90 AND 90),
  ADD COLUMN lon double precision CHECK (lon BETWEEN -180 AND 180),
  ADD CONSTRAINT vacancies_lat_lon_together CHECK ((lat IS NULL) = (lon IS NULL));

-- The weights an organisation ranks with: the full MatchWeights (validated by the
-- application). No row: the defaults are in force.
CREATE TABLE match_weights (
  organisation_id  uuid PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
  weights          jsonb NOT NULL CHECK (jsonb_typeof(weights) = 'object'),
  version          integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_by       uuid NOT NULL REFERENCES users(id),
  updated_at       timestamptz NOT NULL DEFAULT now()
);

-- One counter per organisation, bumped in the same transaction as every change to an input of
-- a candidate (capacity profile, availability, vocational profile, trajectory, the client's
-- postcode). Every ranking reads it (one indexed row) and rebuilds its cached index when it moved.
CREATE TABLE matching_versions (
  organisation_id  uuid PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
  version          bigint NOT NULL DEFAULT 0
);

CREATE FUNCTION bump_matching_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  org uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN org := OLD.organisation_id; ELSE org := NEW.organisation_id; END IF;
  INSERT INTO matching_versions AS m (organisation_id, version) VALUES (org, 1)
    ON CONFLICT (organisation_id) DO UPDATE SET version = m.version + 1;
  -- a row that moved to another organisation (not done today) invalidates both
  IF TG_OP = 'UPDATE' AND OLD.organisation_id IS DISTINCT FROM NEW.organisation_id THEN
    INSERT INTO matching_versions AS m (organisation_id, version) VALUES (OLD.organisation_id, 1)
      ON CONFLICT (organisation_id) DO UPDATE SET version = m.version + 1;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER capacity_profile_versions_matching AFTER INSERT OR UPDATE OR DELETE ON capacity_profile_versions
  FOR EACH ROW EXECUTE FUNCTION bump_matching_version();
CREATE TRIGGER client_availability_matching AFTER INSERT OR UPDATE OR DELETE ON client_availability
  FOR EACH ROW EXECUTE FUNCTION bump_matching_version();
-- The head row moves on every save of the vocational profile (desired jobs and tasks, travel limit).
CREATE TRIGGER vocational_profiles_matching AFTER INSERT OR UPDATE OR DELETE ON vocational_profiles
  FOR EACH ROW EXECUTE FUNCTION bump_matching_version();
CREATE TRIGGER vocational_profile_versions_matching AFTER UPDATE OR DELETE ON vocational_profile_versions
  FOR EACH ROW EXECUTE FUNCTION bump_matching_version();
-- Phase and status decide who is a candidate (an open trajectory in phase 3 or 4).
CREATE TRIGGER trajectories_matching AFTER INSERT OR UPDATE OR DELETE ON trajectories
  FOR EACH ROW EXECUTE FUNCTION bump_matching_version();
-- The postcode places the client's home.
CREATE TRIGGER clients_postcode_matching AFTER UPDATE OF postcode ON clients
  FOR EACH ROW WHEN (OLD.postcode IS DISTINCT FROM NEW.postcode) EXECUTE FUNCTION bump_matching_version();
CREATE TRIGGER clients_deleted_matching AFTER DELETE ON clients
  FOR EACH ROW EXECUTE FUNCTION bump_matching_version();
