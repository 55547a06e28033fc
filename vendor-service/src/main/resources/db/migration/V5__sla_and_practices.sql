-- One row per provider and section, each with its own version, so that editing the SLA never
-- conflicts with someone editing the due-diligence answers at the same time.
CREATE TABLE provider_sla (
    provider_id                   uuid PRIMARY KEY REFERENCES provider (id) ON DELETE CASCADE,
    support_days                  text[]      NOT NULL DEFAULT '{}'
        CHECK (support_days <@ '{MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY}'::text[]),
    support_from                  time,
    support_to                    time,
    after_hours                   text CHECK (after_hours IN ('NONE', 'ON_CALL', 'TWENTY_FOUR_SEVEN')),
    after_hours_surcharge_percent integer CHECK (after_hours_surcharge_percent BETWEEN 0 AND 300),
    critical_response_minutes     integer CHECK (critical_response_minutes BETWEEN 1 AND 43200),
    critical_resolution_minutes   integer CHECK (critical_resolution_minutes BETWEEN 1 AND 129600),
    high_response_minutes         integer CHECK (high_response_minutes BETWEEN 1 AND 43200),
    high_resolution_minutes       integer CHECK (high_resolution_minutes BETWEEN 1 AND 129600),
    normal_response_minutes       integer CHECK (normal_response_minutes BETWEEN 1 AND 43200),
    normal_resolution_minutes     integer CHECK (normal_resolution_minutes BETWEEN 1 AND 129600),
    availability_percent          numeric(6, 3) CHECK (availability_percent BETWEEN 90 AND 100),
    service_credits               text        NOT NULL DEFAULT '' CHECK (length(service_credits) <= 1000),
    reporting_cadence             text CHECK (reporting_cadence IN ('NONE', 'WEEKLY', 'MONTHLY', 'QUARTERLY')),
    working_method                text        NOT NULL DEFAULT '' CHECK (length(working_method) <= 2000),
    version                       bigint      NOT NULL DEFAULT 0,
    created_at                    timestamptz NOT NULL,
    updated_at                    timestamptz NOT NULL,
    CONSTRAINT provider_sla_hours_in_order CHECK (support_to > support_from),
    CONSTRAINT provider_sla_critical_in_order CHECK (critical_resolution_minutes >= critical_response_minutes),
    CONSTRAINT provider_sla_high_in_order CHECK (high_resolution_minutes >= high_response_minutes),
    CONSTRAINT provider_sla_normal_in_order CHECK (normal_resolution_minutes >= normal_response_minutes)
);

CREATE TABLE provider_subcontracting (
    provider_id  uuid PRIMARY KEY REFERENCES provider (id) ON DELETE CASCADE,
    -- null until the provider answers: "not disclosed" is not "no"
    subcontracts boolean,
    activities   text        NOT NULL DEFAULT '' CHECK (length(activities) <= 1000),
    country      text CHECK (country ~ '^[A-Z]{2}$'),
    version      bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT provider_subcontracting_details_when_yes
        CHECK (subcontracts IS TRUE OR (activities = '' AND country IS NULL))
);

CREATE TABLE provider_due_diligence (
    provider_id        uuid PRIMARY KEY REFERENCES provider (id) ON DELETE CASCADE,
    sectors            text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(sectors) <= 20),
    sector_experience  text        NOT NULL DEFAULT '' CHECK (length(sector_experience) <= 2000),
    data_protection    text        NOT NULL DEFAULT '' CHECK (length(data_protection) <= 2000),
    incident_plan      text        NOT NULL DEFAULT '' CHECK (length(incident_plan) <= 2000),
    intervention_hours text        NOT NULL DEFAULT '' CHECK (length(intervention_hours) <= 1000),
    version            bigint      NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);

INSERT INTO provider_sla (provider_id, created_at, updated_at) SELECT id, now(), now() FROM provider;
INSERT INTO provider_subcontracting (provider_id, created_at, updated_at) SELECT id, now(), now() FROM provider;
INSERT INTO provider_due_diligence (provider_id, created_at, updated_at) SELECT id, now(), now() FROM provider;
