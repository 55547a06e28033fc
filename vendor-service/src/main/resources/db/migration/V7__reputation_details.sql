-- The full snapshot review-service sends. A provider whose references were all withdrawn has no
-- rating any more, hence the nullable averages.
ALTER TABLE provider_reputation
    ALTER COLUMN average_rating DROP NOT NULL,
    ADD COLUMN verified_reference_count integer NOT NULL DEFAULT 0 CHECK (verified_reference_count >= 0),
    ADD COLUMN bayesian_rating          numeric(3, 2) CHECK (bayesian_rating BETWEEN 1 AND 5),
    ADD COLUMN recommend_share          numeric(4, 3) CHECK (recommend_share BETWEEN 0 AND 1);

CREATE TABLE provider_reputation_criterion (
    provider_id uuid          NOT NULL REFERENCES provider_reputation (provider_id) ON DELETE CASCADE,
    criterion   text          NOT NULL CHECK (criterion IN ('OBJECTIVES', 'RESPONSIVENESS', 'AFTER_HOURS',
        'PROFESSIONALISM', 'COMMUNICATION', 'BILLING', 'DATA_SECURITY')),
    rating      numeric(3, 2) NOT NULL CHECK (rating BETWEEN 1 AND 5),
    PRIMARY KEY (provider_id, criterion)
);
