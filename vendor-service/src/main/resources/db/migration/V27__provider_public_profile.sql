-- A published profile as buyers read it (GET /api/providers/{id}), kept as the JSON the service put
-- together from a dozen tables the last time someone read it, so that the next read is one primary-key
-- lookup instead of a dozen statements and their mapping (issue 13).
--
-- It is never stale: every change to a table the profile shows empties the document and moves its
-- generation on, by trigger, in the transaction of the change, whichever code path or replica made it.
-- A reader that put a profile together stores it only if the generation it read before reading the
-- tables is still the current one (PublicProfileDocuments.store), so a change committed meanwhile wins.
-- What changes with time alone (today's price, a lowered notice, a withdrawn offer's twelve months)
-- bounds the document's validity (valid_until).
CREATE TABLE provider_public_profile (
    provider_id uuid PRIMARY KEY REFERENCES provider (id) ON DELETE CASCADE,
    generation  bigint      NOT NULL DEFAULT 0 CHECK (generation >= 0),
    body        text,
    valid_until timestamptz,
    stored_at   timestamptz,
    CONSTRAINT provider_public_profile_body_bounded CHECK ((body IS NULL) = (valid_until IS NULL))
);

-- The upsert skips a provider being deleted (its document goes with it by cascade).
CREATE FUNCTION provider_public_profile_stale(target uuid) RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO provider_public_profile (provider_id, generation)
SELECT target, 1
 WHERE target IS NOT NULL AND EXISTS (SELECT 1 FROM provider WHERE id = target)
    ON CONFLICT (provider_id) DO UPDATE
   SET generation = provider_public_profile.generation + 1, body = NULL, valid_until = NULL, stored_at = NULL;
$$;

CREATE FUNCTION provider_public_profile_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM provider_public_profile_stale(OLD.provider_id);
    END IF;
    IF TG_OP = 'INSERT' OR NEW.provider_id IS DISTINCT FROM OLD.provider_id THEN
        PERFORM provider_public_profile_stale(NEW.provider_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION provider_public_profile_provider_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM provider_public_profile_stale(CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
    RETURN NULL;
END
$$;

-- offer_price and offer_notice belong to a provider through their offer.
CREATE FUNCTION provider_public_profile_offer_row_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM provider_public_profile_stale((SELECT provider_id FROM offer WHERE id = OLD.offer_id));
    END IF;
    IF TG_OP = 'INSERT' OR NEW.offer_id IS DISTINCT FROM OLD.offer_id THEN
        PERFORM provider_public_profile_stale((SELECT provider_id FROM offer WHERE id = NEW.offer_id));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER provider_public_profile_stale AFTER INSERT OR UPDATE OR DELETE ON provider
    FOR EACH ROW EXECUTE FUNCTION provider_public_profile_provider_changed();
CREATE TRIGGER provider_public_profile_stale AFTER INSERT OR UPDATE OR DELETE ON offer_price
    FOR EACH ROW EXECUTE FUNCTION provider_public_profile_offer_row_changed();
CREATE TRIGGER provider_public_profile_stale AFTER INSERT OR UPDATE OR DELETE ON offer_notice
    FOR EACH ROW EXECUTE FUNCTION provider_public_profile_offer_row_changed();
CREATE TRIGGER provider_public_profile_stale AFTER INSERT OR UPDATE OR DELETE ON offer
    FOR EACH ROW EXECUTE FUNCTION provider_public_profile_changed();
CREATE TRIGGER provider_public_profile_stale AFTER INSERT OR UPDATE OR DELETE ON provider_sla
    FOR EACH ROW EXECUTE FUNCTION provider_public_profile_changed();
CREATE TRIGGER provider_public_profile_stale AFTER INSERT OR UPDATE OR DELETE ON provider_subcontracting
    FOR EACH ROW EXECUTE FUNCTION provider_public_profile_changed();
CREATE TRIGGER provider_public_profile_stale AFTER INSERT OR UPDATE OR DELETE ON provider_due_diligence
    FOR EACH ROW EXECUTE FUNCTION provider_public_profile_changed();
CREATE TRIGGER provider_public_profile_stale AFTER INSERT OR UPDATE OR DELETE ON compliance_claim
    FOR EACH ROW EXECUTE FUNCTION provider_public_profile_changed();
CREATE TRIGGER provider_public_profile_stale AFTER INSERT OR UPDATE OR DELETE ON provider_reputation
    FOR EACH ROW EXECUTE FUNCTION provider_public_profile_changed();
CREATE TRIGGER provider_public_profile_stale AFTER INSERT OR UPDATE OR DELETE ON provider_reputation_criterion
    FOR EACH ROW EXECUTE FUNCTION provider_public_profile_changed();
CREATE TRIGGER provider_public_profile_stale AFTER INSERT OR UPDATE OR DELETE ON company_identity
    FOR EACH ROW EXECUTE FUNCTION provider_public_profile_changed();
CREATE TRIGGER provider_public_profile_stale AFTER INSERT OR UPDATE OR DELETE ON identity_change
    FOR EACH ROW EXECUTE FUNCTION provider_public_profile_changed();

-- Until when a profile put together from `built_at` on (the service's clock, read before it read the
-- tables) stays what the service would put together: the next midnight in Paris (today's price, the
-- twelve months of price history), the end of a replaced notice promise's hold (whole days of 24 hours,
-- as Java's Duration.ofDays), a withdrawn offer leaving its twelve months. Java counts those months on
-- the Paris calendar, which can land a day from PostgreSQL's interval arithmetic, so the bound is a day
-- early, and within that day of doubt the document is kept a minute at most.
CREATE FUNCTION provider_public_profile_valid_until(target uuid, built_at timestamptz) RETURNS timestamptz
    LANGUAGE sql STABLE AS
$$
SELECT least(
    ((built_at AT TIME ZONE 'Europe/Paris')::date + 1)::timestamp AT TIME ZONE 'Europe/Paris',
    (SELECT min(n2.promised_at + n1.notice_days * interval '24 hours')
       FROM offer o1
       JOIN offer_notice n1 ON n1.offer_id = o1.id
       JOIN offer o2 ON o2.lineage_id = o1.lineage_id
       JOIN offer_notice n2 ON n2.offer_id = o2.id AND n2.promised_at > n1.promised_at
      WHERE o1.provider_id = target
        AND n2.promised_at + n1.notice_days * interval '24 hours' > built_at),
    (SELECT min(CASE WHEN o.withdrawn_at + interval '12 months' - interval '1 day' > built_at
                     THEN o.withdrawn_at + interval '12 months' - interval '1 day'
                     ELSE built_at + interval '1 minute' END)
       FROM offer o
      WHERE o.provider_id = target
        AND o.withdrawn_at + interval '12 months' + interval '1 day' > built_at))
$$;
