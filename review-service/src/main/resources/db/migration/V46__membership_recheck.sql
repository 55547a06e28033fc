-- Decisions Vetted takes itself (a reference refused once vendor-service says its author is on the
-- provider's team) have no moderator.
ALTER TABLE moderation_decision ALTER COLUMN moderator_id DROP NOT NULL;
-- The membership re-check job looks for these flags only.
CREATE INDEX reference_flag_membership_unchecked_idx ON reference_flag (created_at)
    WHERE kind = 'MEMBERSHIP_UNCHECKED' AND resolved_at IS NULL;
