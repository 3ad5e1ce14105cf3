-- ESCO occupations and the vocational profile (beroepsoriënteringsschema). PostgreSQL 15+.

-- ESCO: the European Commission's classification, loaded at server start from server/data/esco
-- (features/esco/esco.load.ts). Reference data shared by every organisation, so these tables
-- carry no organisation_id. The concept URI is the key: ESCO codes are not unique in the file.
CREATE TABLE esco_isco_groups (
  code            text PRIMARY KEY,
  uri             text NOT NULL UNIQUE,
  preferred_label text NOT NULL
);

CREATE TABLE esco_occupations (
  uri             text PRIMARY KEY,
  code            text NOT NULL,
  isco_group      text NOT NULL REFERENCES esco_isco_groups(code),
  preferred_label text NOT NULL,
  description     text NOT NULL DEFAULT ''
);
CREATE INDEX esco_occupations_code ON esco_occupations (code);

-- Every label of an occupation, the preferred one and the alternatives, with its search form:
-- NFKD, marks stripped, lower-case (normalised in the app, so no extension is needed).
CREATE TABLE esco_labels (
  occupation_uri  text NOT NULL REFERENCES esco_occupations(uri) ON DELETE CASCADE,
  label           text NOT NULL,
  search          text NOT NULL,
  preferred       boolean NOT NULL,
  PRIMARY KEY (occupation_uri, label)
);
CREATE INDEX esco_labels_search_prefix ON esco_labels (search text_pattern_ops);

-- What was loaded: one row per file with its checksum, so a start loads only when it changed.
CREATE TABLE esco_imports (
  dataset    text PRIMARY KEY,
  checksum   text NOT NULL,
  row_count  integer NOT NULL,
  loaded_at  timestamptz NOT NULL DEFAULT now()
);

-- The vocational profile of a client: the head row holds the current version; every save adds
-- a full version. Health and benefits are stored apart from the rest (own tables), so a read for
-- the vocational_profile category never touches them.
CREATE TABLE vocational_profiles (
  organisation_id uuid NOT NULL,
  client_id       uuid PRIMARY KEY,
  version         integer NOT NULL CHECK (version >= 1),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  updated_by      uuid NOT NULL REFERENCES users(id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE vocational_profile_versions (
  organisation_id uuid NOT NULL,
  client_id       uuid NOT NULL REFERENCES vocational_profiles(client_id) ON DELETE CASCADE,
  version         integer NOT NULL CHECK (version >= 1),
  saved_at        timestamptz NOT NULL DEFAULT now(),
  saved_by        uuid NOT NULL REFERENCES users(id),
  content         jsonb NOT NULL,   -- category vocational_profile
  PRIMARY KEY (client_id, version),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE
);

-- Category health: gezondheidstoestand of informatie omtrent de beperkingen.
CREATE TABLE vocational_profile_health_versions (
  organisation_id uuid NOT NULL,
  client_id       uuid NOT NULL,
  version         integer NOT NULL,
  content         jsonb NOT NULL,
  PRIMARY KEY (client_id, version),
  FOREIGN KEY (client_id, version) REFERENCES vocational_profile_versions (client_id, version) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE
);

-- Category benefits: sociale zekerheid, tegemoetkomingen, pensioen.
CREATE TABLE vocational_profile_benefit_versions (
  organisation_id uuid NOT NULL,
  client_id       uuid NOT NULL,
  version         integer NOT NULL,
  content         jsonb NOT NULL,
  PRIMARY KEY (client_id, version),
  FOREIGN KEY (client_id, version) REFERENCES vocational_profile_versions (client_id, version) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE
);
