-- Why a moderator unpublished a profile, as a code web-ui words in French or English, with the
-- SIREN it concerns; unpublished_reason keeps only the moderator's own words.
ALTER TABLE provider
    ADD COLUMN unpublished_reason_code text
        CHECK (unpublished_reason_code IN ('SIREN_CONTEST_LOST', 'IDENTITY_CHANGE')),
    ADD COLUMN unpublished_siren text CHECK (unpublished_siren ~ '^[0-9]{9}$'),
    ADD CONSTRAINT provider_unpublished_code_has_reason
        CHECK (unpublished_reason_code IS NULL OR unpublished_reason IS NOT NULL);

-- reasons stored before: the English sentence a lost contest wrote, or a refused identity change
UPDATE provider
SET unpublished_reason_code = 'SIREN_CONTEST_LOST',
    unpublished_siren = substring(unpublished_reason FROM '^A moderator decided that SIREN ([0-9]{9}) belongs to another profile: '),
    unpublished_reason = regexp_replace(
        unpublished_reason, '^A moderator decided that SIREN [0-9]{9} belongs to another profile: ', '')
WHERE unpublished_reason ~ '^A moderator decided that SIREN [0-9]{9} belongs to another profile: .';

UPDATE provider
SET unpublished_reason_code = 'IDENTITY_CHANGE'
WHERE unpublished_reason IS NOT NULL AND unpublished_reason_code IS NULL;
