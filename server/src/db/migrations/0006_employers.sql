-- Employers as the coaching organisation keeps them (issue 4, EUSE 003 ~3881 "werkgevers
-- benaderen"): the record, its sites (vestigingen), its contacts and the approach log.
-- organisation_id is always the coaching organisation that keeps the record. PostgreSQL 15+.

CREATE TABLE employers (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id        uuid NOT NULL REFERENCES organisations(id),
  name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  sector                 text NOT NULL DEFAULT '' CHECK (length(sector) <= 200),
  size_class             text CHECK (size_class IN ('1-9', '10-49', '50-249', '250+')),
  website                text NOT NULL DEFAULT '' CHECK (length(website) <= 500),
  -- The employer's own organisation when it has Passend accounts (kind 'employer'; the
  -- application checks the kind). Its hr_officers may read this record, never the approaches.
  linked_organisation_id uuid REFERENCES organisations(id),
  notes                  text NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  version                integer NOT NULL DEFAULT 1,
  UNIQUE (organisation_id, id),
  CHECK (linked_organisation_id IS NULL OR linked_organisation_id <> organisation_id)
);
CREATE INDEX employers_org ON employers (organisation_id, lower(name));
-- One record per employer organisation in each coaching organisation.
CREATE UNIQUE INDEX employers_linked_once ON employers (organisation_id, linked_organisation_id)
  WHERE linked_organisation_id IS NOT NULL;
CREATE INDEX employers_linked ON employers (linked_organisation_id) WHERE linked_organisation_id IS NOT NULL;

-- Sites (vestigingen) of the employer record.
CREATE TABLE employer_sites (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL,
  employer_id     uuid NOT NULL,
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  address         text NOT NULL DEFAULT '' CHECK (length(address) <= 300),
  postcode        text NOT NULL DEFAULT '' CHECK (length(postcode) <= 20),
  city            text NOT NULL DEFAULT '' CHECK (length(city) <= 100),
  lat             double precision CHECK (lat BETWEEN -90 AND 90),
  lon             double precision CHECK (lon BETWEEN -180 AND 180),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  version         integer NOT NULL DEFAULT 1,
  UNIQUE (organisation_id, id),
  UNIQUE (organisation_id, employer_id, id),
  FOREIGN KEY (organisation_id, employer_id) REFERENCES employers (organisation_id, id) ON DELETE CASCADE,
  CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE INDEX employer_sites_employer ON employer_sites (employer_id);

-- Contacts at the employer, including the people who decide on hiring.
CREATE TABLE employer_contacts (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL,
  employer_id       uuid NOT NULL,
  site_id           uuid,
  name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  job_title         text NOT NULL DEFAULT '' CHECK (length(job_title) <= 200),
  phone             text NOT NULL DEFAULT '' CHECK (length(phone) <= 50),
  email             text NOT NULL DEFAULT '' CHECK (length(email) <= 254),
  decides_on_hiring boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  version           integer NOT NULL DEFAULT 1,
  UNIQUE (organisation_id, id),
  UNIQUE (organisation_id, employer_id, id),
  FOREIGN KEY (organisation_id, employer_id) REFERENCES employers (organisation_id, id) ON DELETE CASCADE,
  -- the site belongs to the same employer; removing the site keeps the contact
  FOREIGN KEY (organisation_id, employer_id, site_id)
    REFERENCES employer_sites (organisation_id, employer_id, id) ON DELETE SET NULL (site_id)
);
CREATE INDEX employer_contacts_employer ON employer_contacts (employer_id);

-- The approach log in the seed's 5 elements: 1 information gathered, 2 the way of approaching,
-- 3 the meeting, 4 objections and how they were met, 5 the agreement; plus the follow-up.
-- The coaching organisation's own working notes: never shown to the employer.
CREATE TABLE employer_approaches (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL,
  employer_id       uuid NOT NULL,
  -- an approach made for a specific client (requires that client's consent, checked by the app)
  client_id         uuid,
  approached_on     date NOT NULL,
  information       text NOT NULL DEFAULT '' CHECK (length(information) <= 10000),
  method            text NOT NULL CHECK (method IN ('letter', 'email', 'phone', 'cold_call',
                                                    'introduction', 'employers_network')),
  purpose           text NOT NULL DEFAULT '' CHECK (length(purpose) <= 2000),
  meeting_date      date,
  meeting_contact_id uuid,
  meeting_with      text NOT NULL DEFAULT '' CHECK (length(meeting_with) <= 500),
  meeting_notes     text NOT NULL DEFAULT '' CHECK (length(meeting_notes) <= 10000),
  -- [{ "objection": "...", "response": "..." }]
  objections        jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(objections) = 'array'),
  agreements        text[] NOT NULL DEFAULT '{}' CHECK (agreements <@ ARRAY[
                      'advice_future_vacancies', 'explore_other_jobs', 'keep_in_touch', 'next_step_match']),
  agreement_notes   text NOT NULL DEFAULT '' CHECK (length(agreement_notes) <= 10000),
  follow_up_date    date,
  created_by        uuid NOT NULL REFERENCES users(id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  version           integer NOT NULL DEFAULT 1,
  UNIQUE (organisation_id, id),
  FOREIGN KEY (organisation_id, employer_id) REFERENCES employers (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, employer_id, meeting_contact_id)
    REFERENCES employer_contacts (organisation_id, employer_id, id) ON DELETE SET NULL (meeting_contact_id)
);
CREATE INDEX employer_approaches_employer ON employer_approaches (employer_id, approached_on DESC);
CREATE INDEX employer_approaches_follow_up ON employer_approaches (organisation_id, follow_up_date)
  WHERE follow_up_date IS NOT NULL;
