# Saturation (pgbench, wrk) and latency at a constant rate (pgbench --rate, ConstantRateLoad).
# Sourced by bench/run; every figure goes to $RAW through raw().

declare -A ROWS=()
declare -A SAT=()   # "source/target@conc" -> median throughput

load_param_rows() { # how many parameter rows pgbench draws from, per call (after make_params)
  local target
  for target in $TARGETS; do
    ROWS[$target]=$(q -d "${DB_PREFIX}vendor" -c "SELECT count(*) FROM bench.$target")
  done
  ROWS[provider_build]=${ROWS[provider]}
}

# A shared server may be out of connections for a moment (pgbench -c 64 next to the services'
# pools and other clients): a failed run is retried a few times before giving up.
pgbench_run() { # target concurrency seconds [extra pgbench options...]: prints the tps
  local target=$1 conc=$2 seconds=$3 attempt tps; shift 3
  local threads=$(( conc < 2 ? conc : 2 ))
  for attempt in 1 2 3 4 5; do
    tps=$(pgbench -n -M prepared -D rows="${ROWS[$target]}" -f "$ROOT/bench/sql/$target.sql" \
            -c "$conc" -j "$threads" -T "$seconds" "$@" "${DB_PREFIX}vendor" 2>"$WORK/pgbench.err" \
          | tee -a "$LOGS/pgbench.log" | awk '/^tps = / {print $3}')
    [ -n "$tps" ] && ! grep -q 'aborted\|error' "$WORK/pgbench.err" && { echo "$tps"; return 0; }
    say "  pgbench $target -c $conc failed (attempt $attempt): $(head -c 300 "$WORK/pgbench.err")"
    sleep 3
  done
  say "  pgbench $target -c $conc gave up: this figure is missing from the report"
  return 1
}

wrk_run() { # port paths-file concurrency seconds: prints the successful answers per second, then the others
  local out refused
  out=$(wrk -t 2 -c "$3" -d "${4}s" --timeout 10s --latency -s "$ROOT/bench/wrk/paths.lua" "http://localhost:$1" -- "$2" \
        | tee -a "$LOGS/wrk.log" | grep '^WRK_RESULT') || die "wrk on port $1 failed"
  local errors=${out#*errors=}; errors=${errors%% *}
  ((errors == 0)) || say "  warning: $errors errors (non-2xx or socket) on port $1 with $2"
  refused=${out#*refused=}
  out=${out#*rps=}; echo "${out%% *} ${refused%% *}"
}

# source: sql (pgbench on the vendor database), api (wrk on vendor-service), web (wrk on web-ui)
saturation() { # source target
  local source=$1 target=$2 conc rep value values port paths refused
  for conc in $CONCURRENCY; do
    values=()
    local rep
    for rep in $(seq "$REPEAT"); do
      case $source in
        sql) value=$(pgbench_run "$target" "$conc" "$SAT_SECONDS") || continue ;;
        api) value=$(wrk_run "$VENDOR_PORT" "$PARAMS/$target.paths" "$conc" "$SAT_SECONDS") ;;
        web) value=$(wrk_run "$WEB_PORT" "$PARAMS/$target.paths" "$conc" "$SAT_SECONDS") ;;
        review) value=$(wrk_run "$REVIEW_PORT" "$PARAMS/$target.paths" "$conc" "$SAT_SECONDS") ;;
      esac
      if [ "$source" != sql ]; then
        refused=${value#* } value=${value%% *}
        raw saturation "$source" "$target" "$conc" 0 "$rep" refused "$refused"
      fi
      raw saturation "$source" "$target" "$conc" 0 "$rep" throughput "$value"
      values+=("$value")
    done
    ((${#values[@]})) || continue
    SAT[$source/$target@$conc]=$(printf '%s\n' "${values[@]}" | median)
    say "  $source $target c=$conc: ${SAT[$source/$target@$conc]}/s (runs: ${values[*]})"
  done
}

# pgbench --rate logs each transaction: latency from its scheduled start = elapsed + schedule lag.
# The first 2 s (connections preparing their statements) are left out, like ConstantRateLoad's warm-up.
pgbench_latency() { # target rate fraction
  local dir="$WORK/pgbench-log" n p
  rm -rf "$dir"; mkdir -p "$dir"
  (cd "$dir" && pgbench_run "$1" "$RATE_CONCURRENCY" "$((RATE_SECONDS + 2))" --rate "$2" -l >/dev/null) || return 0
  cat "$dir"/pgbench_log.* | sort -n -k5,5 -k6,6 \
    | awk 'NR == 1 {start = $5 + $6 / 1e6} $5 + $6 / 1e6 >= start + 2 {print ($3 + $7) / 1000}' | sort -g > "$dir/all"
  n=$(wc -l < "$dir/all")
  raw latency sql "$1" "$RATE_CONCURRENCY" "$2" "$3" achieved "$(awk -v n="$n" -v s="$RATE_SECONDS" 'BEGIN {printf "%.1f", n / s}')"
  for p in 50 90 99 99.9 100; do
    raw latency sql "$1" "$RATE_CONCURRENCY" "$2" "$3" "p$p" \
      "$(awk -v n="$n" -v p="$p" 'BEGIN {k = int(n * p / 100 + 0.999999); if (k < 1) k = 1} NR == k {print; exit}' "$dir/all")"
  done
}

http_latency() { # target rate fraction
  java -jar "$BENCH_JAR" --urls "$PARAMS/$1.urls" --rate "$2" --duration "${RATE_SECONDS}s" --warmup 2s \
    --connections "$RATE_CONCURRENCY" --csv "latency,api,$1,$RATE_CONCURRENCY,$2,$3" >> "$RAW" \
    || die "constant-rate load on $1 failed"
}

# 25, 50 and 75 % of the API's measured saturation, on the SQL and the HTTP side at the same rates
latency_curve() { # target
  local target=$1 fraction rate sat
  sat=${SAT[api/$target@$RATE_CONCURRENCY]:-}
  [ -n "$sat" ] || die "no API saturation for $target at c=$RATE_CONCURRENCY (is it in CONCURRENCY?)"
  sed "s|^|http://localhost:$VENDOR_PORT|" "$PARAMS/$target.paths" | shuf --random-source=<(yes) > "$PARAMS/$target.urls"
  for fraction in 25 50 75; do
    rate=$(awk -v s="$sat" -v f="$fraction" 'BEGIN {printf "%d", s * f / 100 < 1 ? 1 : s * f / 100}')
    pgbench_latency "$target" "$rate" "$fraction"
    http_latency "$target" "$rate" "$fraction"
    say "  $target at $fraction % ($rate/s): $(grep -E "^latency,(sql|api),$target,$RATE_CONCURRENCY,$rate,$fraction,p99," "$RAW" \
          | awk -F, '{printf "%s p99 %s ms  ", $2, $8}')"
  done
}
