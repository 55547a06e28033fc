# Starting, timing and stopping the five services (sourced by bench/run).

# The jars are copied into the work directory on first use: a rebuild in the tree during the run
# (another build on the machine) must not change the code under test half-way, nor stale its CDS archive.
jar_of() {
  local copy="$WORK/jars/$1.jar"
  if [ ! -f "$copy" ]; then
    mkdir -p "$WORK/jars"
    cp "$ROOT/$1/target/$1.jar" "$copy"
  fi
  echo "$copy"
}

service_env() { # name: the environment ./run gives the service, on bench ports and databases
  local common=(DATABASE_USER="$PGUSER" DATABASE_PASSWORD="${PGPASSWORD:-}" IDENTITY_URL="http://localhost:$IDENTITY_PORT"
                BUYER_URL="http://localhost:$BUYER_PORT" DATABASE_POOL_SIZE="$POOL_SIZE" VETTED_HOME="$VETTED_HOME"
                SERVER_PORT="${PORT[$1]}" MANAGEMENT_PORT="$(management_port "$1")")
  local db="jdbc:postgresql://$PGHOST:$PGPORT/$DB_PREFIX"
  case $1 in
    identity-service) echo "${common[@]}" DATABASE_URL="${db}identity" SIGN_UPS_PER_ADDRESS=100000 \
                        VENDOR_URL="http://localhost:$VENDOR_PORT" REVIEW_URL="http://localhost:$REVIEW_PORT" ;;
    # the register re-check job would show in the drift check's statement log: kept out of the runs;
    # so is vendor's outbox relay (watch events for buyers' price alerts), which no figure measures
    vendor-service) echo "${common[@]}" DATABASE_URL="${db}vendor" COMPANY_REGISTER_RECHECK_INTERVAL=24h \
                      COMPANY_REGISTER_RECHECK_INITIAL_DELAY=24h OUTBOX_RELAY_ENABLED=false ;;
    # review's daily jobs (the reputation recompute walks every provider: minutes of both cores at
    # 1M) would first run 30 s into the training window and show in the drift check: kept out too
    review-service) echo "${common[@]}" DATABASE_URL="${db}review" VENDOR_URL="http://localhost:$VENDOR_PORT" \
                      REFERENCE_DAILY_LIMIT=1000000 JOBS_INITIAL_DELAY=24h $(sentence_job_off) ;;
    # two connections (it only takes review's low-rating events here): with the other services' 3 x 10
    # and pgbench's 64, PostgreSQL's default 100 (3 reserved) still suffices
    buyer-service) echo "${common[@]}" DATABASE_URL="${db}buyer" VENDOR_URL="http://localhost:$VENDOR_PORT" \
                     DATABASE_POOL_SIZE=2 ;;
    web-ui) echo VETTED_HOME="$VETTED_HOME" SERVER_PORT="${PORT[$1]}" MANAGEMENT_PORT="$(management_port "$1")" IDENTITY_URL="http://localhost:$IDENTITY_PORT" \
              VENDOR_URL="http://localhost:$VENDOR_PORT" REVIEW_URL="http://localhost:$REVIEW_PORT" BUYER_URL="http://localhost:$BUYER_PORT" ;;
  esac
}

sentence_job_off() { # SENTENCES=skip: review-service must not index millions of sentences during the measurements
  [ "${SENTENCES:-index}" = skip ] || return 0
  echo VETTED_JOBS_SENTENCE_BACKFILL_INTERVAL=1000h VETTED_JOBS_SENTENCE_BACKFILL_INITIAL_DELAY=1000h
}

management_port() { echo $((PORT[$1] + MANAGEMENT_OFFSET)); } # name: where health and metrics answer

start_service() { # name [extra JVM options...]
  local name=$1; shift
  # shellcheck disable=SC2046
  env $(service_env "$name") "$SERVICE_JAVA" $JAVA_OPTS "$@" -jar "$(jar_of "$name")" >>"$LOGS/$name.log" 2>&1 &
  PID[$name]=$!
}

wait_ready() { # name [timeout seconds]: polls /health/readiness (management port) every 10 ms
  local name=$1 deadline=$(( $(now_ms) + ${2:-90} * 1000 ))
  while (( $(now_ms) < deadline )); do
    curl -fs -o /dev/null --max-time 1 "http://localhost:$(management_port "$name")/health/readiness" && return 0
    kill -0 "${PID[$name]}" 2>/dev/null || { tail -n 30 "$LOGS/$name.log" >&2; die "$name stopped during start-up"; }
    sleep 0.01
  done
  die "$name not ready; see $LOGS/$name.log"
}

stop_service() {
  local pid=${PID[$1]:-}
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset "PID[$1]"
}

stop_all() { local s; for s in "${SERVICES[@]}"; do stop_service "$s"; done; }

# shellcheck source=deploy/local/jvm-archive.sh
. "$ROOT/deploy/local/jvm-archive.sh"

training_flags() { archive_training_flags "$CDS_DIR/$1.$ARCHIVE"; } # name

cds_flags() { # name: the archive's options, once a training run has written it
  local archive="$CDS_DIR/$1.$ARCHIVE"
  [ -f "$archive" ] || return 0
  archive_flags "$archive"
}

# A training run writes one archive per service: start, serve a few requests, stop cleanly.
train_cds() {
  mkdir -p "$CDS_DIR"
  local s
  for s in "${SERVICES[@]}"; do
    rm -f "$CDS_DIR/$s.$ARCHIVE"
    start_service "$s" $(training_flags "$s")
    wait_ready "$s"
  done
  exercise
  stop_all
}

exercise() { # a few requests through every path the benchmark uses, so their classes are archived
  local id
  id=$(head -n 1 "$PARAMS/provider.ids")
  for _ in 1 2 3; do
    curl -fs -o /dev/null "http://localhost:$VENDOR_PORT/api/providers?q=cloud&department=69" || true
    curl -fs -o /dev/null "http://localhost:$VENDOR_PORT/api/providers/$id" || true
    curl -fs -o /dev/null "http://localhost:$REVIEW_PORT/api/providers/$id/reputation" || true
    curl -fs -o /dev/null "http://localhost:$WEB_PORT/?q=cloud" || true
    curl -fs -o /dev/null "http://localhost:$WEB_PORT/providers/$id" || true
    curl -fs -o /dev/null "http://localhost:$IDENTITY_PORT/.well-known/jwks.json" || true
  done
}

# Time from JVM launch to the first 200 on /health/readiness, each service alone on the machine.
measure_startup() { # repetitions
  local rep s t0 t1
  for rep in $(seq "$1"); do
    stop_all
    for s in "${SERVICES[@]}"; do
      t0=$(now_ms)
      start_service "$s" $(cds_flags "$s")
      wait_ready "$s"
      t1=$(now_ms)
      raw startup "$s" ready 0 0 "$rep" ms $((t1 - t0))
      say "  $s ready in $((t1 - t0)) ms (run $rep)"
    done
  done
}

record_rss() {
  local s
  for s in "${SERVICES[@]}"; do
    raw rss "$s" after-run 0 0 1 MiB "$(awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/${PID[$s]}/status")"
  done
}
