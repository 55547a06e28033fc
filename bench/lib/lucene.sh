# The same searches in a dedicated engine (sourced by bench/run): io.vetted.bench.lucene.LuceneBench
# indexes the published providers of the vendor database in Lucene on disk (memory-mapped), checks
# its totals and facets against PostgreSQL's for the parameter rows pgbench uses, then measures
# saturation at c = $CONCURRENCY and p99 at half of its own saturation at c = $RATE_CONCURRENCY, in
# process (Lucene is a library: no HTTP, no JSON). Its figures go to $RAW beside pgbench's and wrk's.
LUCENE_TARGETS=${LUCENE_TARGETS:-"search_text search_filters search_deep"}
LUCENE_JAVA_OPTS=${LUCENE_JAVA_OPTS:-"-Xmx512m -XX:+UseParallelGC"}

lucene_searches() {
  local index="$WORK/lucene-index" out="$WORK/lucene.csv"
  rm -rf "$index"
  # shellcheck disable=SC2086
  java $LUCENE_JAVA_OPTS -cp "$BENCH_JAR" io.vetted.bench.lucene.LuceneBench \
    --db "jdbc:postgresql://$PGHOST:$PGPORT/${DB_PREFIX}vendor" --user "$PGUSER" --index "$index" \
    --concurrency "$CONCURRENCY" --seconds "$SAT_SECONDS" --repeat "$REPEAT" \
    --rate-concurrency "$RATE_CONCURRENCY" --rate-seconds "$RATE_SECONDS" --targets "$LUCENE_TARGETS" \
    > "$out" 2>"$LOGS/lucene.log" \
    || { tail -n 20 "$LOGS/lucene.log" >&2; say "  the Lucene harness failed (see $LOGS/lucene.log)"; }
  cat "$out" >> "$RAW"
  awk -F, '$1 == "lucene-index" {printf "%s=%s ", $7, $8} END {print ""}' "$out" | sed 's/^/  index: /' >&2
  awk -F, '$1 == "lucene-agreement" && $7 ~ /rows|equal_totals|difference_percent/ {printf "%s %s=%s  ", $3, $7, $8}
           END {print ""}' "$out" | sed 's/^/  agreement with PostgreSQL: /' >&2
  awk -F, '$1 == "saturation" {printf "  lucene %s c=%s: %.0f/s (run %s)\n", $3, $4, $8, $6}
           $1 == "latency" && $7 == "p99" {printf "  lucene %s at %s/s: p99 %s ms\n", $3, $5, $8}' "$out" >&2
  rm -rf "$index"
}
