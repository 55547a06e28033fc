-- Security and compliance claims: each carries its evidence, and only a moderator marks one VERIFIED.
CREATE TABLE compliance_claim (
    id          uuid PRIMARY KEY,
    provider_id uuid        NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    topic       text        NOT NULL CHECK (topic IN (
        'ISO_27001', 'ISO_27701', 'ISO_9001', 'ISO_20000', 'HDS', 'SOC_2', 'SECNUMCLOUD', 'QUALIOPI',
        'EXPERT_CYBER', 'PCI_DSS', 'GDPR_DPA', 'DATA_LOCATION', 'BACKUP', 'ENCRYPTION',
        'INCIDENT_RESPONSE_PLAN', 'LIABILITY_INSURANCE')),
    detail      text        NOT NULL DEFAULT '' CHECK (length(detail) <= 500),
    evidence    text        NOT NULL CHECK (length(evidence) BETWEEN 1 AND 500),
    status      text        NOT NULL CHECK (status IN ('SELF_DECLARED', 'VERIFIED')),
    verified_by uuid,
    verified_at timestamptz,
    version     bigint      NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT compliance_claim_one_per_topic UNIQUE (provider_id, topic),
    CONSTRAINT compliance_claim_verified_by_someone
        CHECK ((status = 'VERIFIED') = (verified_by IS NOT NULL AND verified_at IS NOT NULL))
);

-- the moderators' queue: claims still waiting for a check, oldest first
CREATE INDEX compliance_claim_pending_idx ON compliance_claim (updated_at, id) WHERE status = 'SELF_DECLARED';
