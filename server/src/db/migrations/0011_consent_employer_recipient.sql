-- A consent can name an employer record of the coaching organisation as its recipient: an
-- employer that has no Passend accounts (an employer with accounts is named by its own
-- organisation). Such a consent gives nobody read access (nobody signs in as that employer);
-- it is what an approach of that employer for the client requires. PostgreSQL 15+.

ALTER TABLE consents ADD COLUMN recipient_employer_id uuid;

-- The employer record is one the client's own organisation keeps. RESTRICT: a consent is history
-- the client sees, so the record it names cannot disappear from under it.
ALTER TABLE consents ADD CONSTRAINT consents_recipient_employer
  FOREIGN KEY (organisation_id, recipient_employer_id) REFERENCES employers (organisation_id, id) ON DELETE RESTRICT;

-- Exactly one recipient: an organisation, one of its people, or an employer record. Replaces the
-- unnamed check of 0002 (PostgreSQL named it consents_check).
ALTER TABLE consents DROP CONSTRAINT consents_check;
ALTER TABLE consents ADD CONSTRAINT consents_one_recipient
  CHECK (num_nonnulls(recipient_organisation_id, recipient_user_id, recipient_employer_id) = 1);

CREATE INDEX consents_recipient_employer ON consents (recipient_employer_id) WHERE recipient_employer_id IS NOT NULL;
