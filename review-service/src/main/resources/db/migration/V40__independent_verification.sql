-- "Client verified by Vetted": the author's company found active in the public register under the
-- SIREN given, the author's mail domain belonging to it, and no linkage to the provider. The
-- provider's own labels (invited, engagement confirmed) are its word and are not stored here.
ALTER TABLE reference
    ADD COLUMN verification_check text NOT NULL DEFAULT 'UNCHECKED' CHECK (verification_check IN
        ('VERIFIED', 'PENDING', 'UNCHECKED', 'NO_SIREN', 'SIREN_NOT_FOUND', 'COMPANY_CEASED', 'NAME_MISMATCH',
         'FREE_MAIL', 'DOMAIN_MISMATCH', 'LINKED')),
    ADD COLUMN verification_checked_at       timestamptz,
    ADD COLUMN verification_verified_at      timestamptz,
    ADD COLUMN verification_registered_name  text CHECK (length(verification_registered_name) <= 300),
    -- the registrable domain of the author's address, unless it is a free-mail or ISP domain
    ADD COLUMN verification_company_domain   text CHECK (length(verification_company_domain) <= 253),
    ADD COLUMN verification_evidence_checked_at timestamptz,
    ADD CONSTRAINT reference_verified_has_time
        CHECK ((verification_check = 'VERIFIED') = (verification_verified_at IS NOT NULL));

-- References written before: checked when written, long enough ago that nobody retries them.
UPDATE reference SET verification_checked_at = created_at;

-- The job that retries checks that could not complete, and rechecks after substantive edits.
CREATE INDEX reference_verification_due_idx ON reference (verification_checked_at)
    WHERE verification_check IN ('PENDING', 'UNCHECKED');
-- One counted reference per company domain and provider within 12 months (ReferenceLimits).
CREATE INDEX reference_company_domain_idx ON reference (provider_id, verification_company_domain)
    WHERE verification_company_domain IS NOT NULL;
CREATE INDEX reference_company_key_idx ON reference (provider_id, company_key);

-- Mail domains a moderator confirmed once as a company's own, when its name does not show it.
CREATE TABLE company_domain (
    siren         text        NOT NULL CHECK (siren ~ '^[0-9]{9}$'),
    domain        text        NOT NULL CHECK (length(domain) BETWEEN 3 AND 253 AND domain = lower(domain)),
    confirmed_by  uuid        NOT NULL,
    confirmed_at  timestamptz NOT NULL,
    PRIMARY KEY (siren, domain)
);
