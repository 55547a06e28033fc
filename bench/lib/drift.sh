# Drift guard: every statement vendor-service sends for a benchmarked API call must appear in
# bench/sql/<target>.sql, or the SQL limit would measure something the service no longer does.
# It reads PostgreSQL's own log, with log_statement = all set on the vendor database during the
# CDS training run, so it sees exactly what PgJDBC sent, BEGIN and COMMIT included.
# Sourced by bench/run; PG_LOG names the server log when it is not Debian's default.

pg_log() {
  local major
  major=$(q -d postgres -c "SHOW server_version_num" | cut -c1-2)
  echo "${PG_LOG:-/var/log/postgresql/postgresql-$major-main.log}"
}

# one statement per line, bind markers ($1) as ?, all whitespace dropped
normalise_log() { # logfile from-line database
  tail -n +"$2" "$1" | awk '/^[0-9]{4}-[0-9]{2}-[0-9]{2} /{if (buf != "") print buf; buf = $0; next} {buf = buf " " $0}
                           END {if (buf != "") print buf}' \
    | grep -F "@$3 LOG:" | grep -E 'LOG:  (statement|execute [^:]*):' \
    | sed -E 's/.*LOG:  (statement|execute [^:]*): //; s/\$[0-9]+/?/g; s/[[:space:]]+//g; s/;$//'
}

# the same for a pgbench script: its transaction's statements, variables (:name) as ?; a variable
# cast to text[] (:statements::text[]) is one PgJDBC sends typed, which pgbench cannot
normalise_script() {
  # a call outside a transaction (bench/sql/provider.sql) is what follows the parameter row's \gset
  if grep -q '^BEGIN READ ONLY;' "$1"; then sed -n '/^BEGIN READ ONLY;/,/^COMMIT;/p' "$1"; else sed '1,/\\gset$/d' "$1"; fi \
    | grep -v '^\\' | sed -E 's/[[:space:]]*\\gset$/;/' \
    | tr '\n' ' ' | tr ';' '\n' | sed -E 's/(^|[^:]):[a-z_][a-z_0-9]*(::text\[\])?/\1?/g; s/[[:space:]]+//g' \
    | grep -v '^$'
}

# calls the target's API with a few of its parameter sets and compares what the server logged
check_drift() { # target
  local target=$1 log from seen missing path
  log=$(pg_log)
  [ -r "$log" ] || { say "  drift check skipped: cannot read the PostgreSQL log $log (set PG_LOG)"; return 0; }
  # a first round fills the service's caches (areas, facets of broad searches): only steady-state
  # calls are compared
  for path in $(head -n 8 "$PARAMS/$target.paths"); do
    curl -fs -o /dev/null "http://localhost:$VENDOR_PORT$path" || die "drift check: $path failed"
  done
  sleep 0.5
  from=$(( $(wc -l < "$log") + 1 ))
  for path in $(head -n 8 "$PARAMS/$target.paths"); do
    curl -fs -o /dev/null "http://localhost:$VENDOR_PORT$path" || die "drift check: $path failed"
  done
  sleep 0.5
  # SELECT 1 is the pool's connection check, not part of the call's work
  seen=$(normalise_log "$log" "$from" "${DB_PREFIX}vendor" | grep -vx 'SELECT1' | sort -u)
  missing=$(comm -23 <(echo "$seen") <(normalise_script "$ROOT/bench/sql/$target.sql" | sort -u))
  if [ -n "$missing" ]; then
    printf 'DRIFT: vendor-service sends statements that bench/sql/%s.sql lacks (whitespace removed):\n%s\n' \
      "$target" "$missing" >&2
    raw drift sql "$target" 0 0 1 missing "$(echo "$missing" | wc -l)"
    return 1
  fi
  raw drift sql "$target" 0 0 1 missing 0
  say "  bench/sql/$target.sql matches what vendor-service sends ($(echo "$seen" | wc -l) distinct statements)"
}
