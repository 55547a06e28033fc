# Databases, seeding and the parameter files (sourced by bench/run).

recreate_databases() {
  local db
  for db in identity vendor review buyer; do
    q -d postgres -c "DROP DATABASE IF EXISTS \"$DB_PREFIX$db\" WITH (FORCE)" -c "CREATE DATABASE \"$DB_PREFIX$db\"" \
      || die "could not recreate $DB_PREFIX$db"
  done
}

# Statement logging on the vendor database while the training run's connections open: the drift
# check reads it. New sessions only, so the timed runs after the restart are not slowed by it.
statement_log() { # on|off
  if [ "$1" = on ]; then
    q -d postgres -c "ALTER DATABASE \"${DB_PREFIX}vendor\" SET log_statement = 'all'"
  else
    q -d postgres -c "ALTER DATABASE \"${DB_PREFIX}vendor\" RESET log_statement"
  fi
}

# The bulk seeder (seed module) when it is there and SEEDER is not "sql"; else the plan generator of
# vendor-service, which writes providers straight into the migrated vendor database (no accounts,
# no references).
seed_data() {
  local seed_jar="$ROOT/seed/target/seed.jar"
  if [ -n "${SEED_COMMAND:-}" ]; then
    say "Seeding with SEED_COMMAND…"
    SEEDED_WITH="SEED_COMMAND: $SEED_COMMAND"
    eval "$SEED_COMMAND" >"$LOGS/seed.log" 2>&1 || { tail -n 30 "$LOGS/seed.log" >&2; die "seeding failed"; }
  elif [ "${SEEDER:-auto}" != sql ] && grep -qa 'io/vetted/seed/bulk/BulkSeed.class' "$seed_jar" 2>/dev/null; then  # the jar's file names are stored plain
    say "Seeding $PROVIDERS providers and $REFERENCES references with the bulk seeder…"
    SEEDED_WITH="seed bulk --providers $PROVIDERS --references $REFERENCES"
    local db="jdbc:postgresql://$PGHOST:$PGPORT/$DB_PREFIX" password=()
    [ -n "${PGPASSWORD:-}" ] && password=(--password-env PGPASSWORD)
    java -jar "$seed_jar" bulk --identity-db "${db}identity" --vendor-db "${db}vendor" --review-db "${db}review" \
      --providers "$PROVIDERS" --references "$REFERENCES" --user "$PGUSER" "${password[@]}" \
      --password-file "$VETTED_HOME/secrets/bulk-password" >"$LOGS/seed.log" 2>&1 \
      || { tail -n 30 "$LOGS/seed.log" >&2; die "bulk seeding failed"; }
  else
    say "Seeding $PROVIDERS providers with vendor-service/bench/generate-providers.sql (SEEDER=sql, or no bulk seeder in the seed jar)…"
    SEEDED_WITH="vendor-service/bench/generate-providers.sql, count=$PROVIDERS (no accounts, no references)"
    q -d "${DB_PREFIX}vendor" -v count="$PROVIDERS" -f "$ROOT/vendor-service/bench/generate-providers.sql" \
      >"$LOGS/seed.log" 2>&1 || { tail -n 30 "$LOGS/seed.log" >&2; die "seeding failed"; }
  fi
  q -d "${DB_PREFIX}vendor" -c "VACUUM ANALYZE"
  PUBLISHED=$(q -d "${DB_PREFIX}vendor" -c "SELECT count(*) FROM provider_search")
  say "  $PUBLISHED published providers in the search read model"
}

make_params() {
  mkdir -p "$PARAMS"
  q -d "${DB_PREFIX}vendor" -v synonyms="$(cat "$ROOT/vendor-service/src/main/resources/search/synonyms.csv")" \
    -f "$ROOT/bench/sql/params.sql" >/dev/null
  q -d "${DB_PREFIX}vendor" -v dir="$PARAMS" -f "$ROOT/bench/sql/urls.sql" >"$PARAMS/counts"
  local target
  for target in search_text search_filters search_deep provider; do
    [ -s "$PARAMS/$target.paths" ] || die "no parameters for $target (is the data seeded?)"
  done
  say "  parameter sets: $(tr '\n' ' ' < "$PARAMS/counts")"
}

# review-service indexes the sentences of the references it did not write itself (the bulk-loaded
# ones) for near-duplicate detection; the runs measure a fully indexed database, as in production.
# SENTENCES=skip leaves them unindexed (about 6.5 min per million references) and keeps the job off
# for the whole run: a scale run's lag is then measured with empty posting lists, as the report says.
index_sentences() {
  local started pending seconds
  if [ "${SENTENCES:-index}" = skip ]; then
    SEEDED_WITH="$SEEDED_WITH; sentences of the seeded references not indexed (SENTENCES=skip)"
    say "  sentences of the seeded references left unindexed (SENTENCES=skip)"
    return 0
  fi
  started=$(now_ms)
  VETTED_JOBS_SENTENCE_BACKFILL_INTERVAL=1s start_service review-service
  wait_ready review-service 180
  while :; do
    pending=$(q -d "${DB_PREFIX}review" -c "SELECT count(*) FROM reference WHERE NOT sentences_indexed")
    ((pending == 0)) && break
    kill -0 "${PID[review-service]}" 2>/dev/null || die "review-service stopped while indexing; see $LOGS/review-service.log"
    sleep 1
  done
  stop_service review-service
  seconds=$(( ($(now_ms) - started) / 1000 ))
  INDEXED_IN=$seconds
  say "  every reference's sentences indexed in ${seconds}s (review-service's backfill, start-up included)"
}
