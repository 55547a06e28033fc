# Shared settings and helpers for bench/run (sourced).
# Ports 18080-18084 and databases bench_* keep the benchmark apart from ./run and the tests.
WEB_PORT=${WEB_PORT:-18080}
IDENTITY_PORT=${IDENTITY_PORT:-18081}
VENDOR_PORT=${VENDOR_PORT:-18082}
REVIEW_PORT=${REVIEW_PORT:-18083}
BUYER_PORT=${BUYER_PORT:-18084}
# each service's management port (health, metrics) is its port plus this: 19080-19084
MANAGEMENT_OFFSET=${MANAGEMENT_OFFSET:-1000}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB_PREFIX=${DB_PREFIX:-bench_}
# buyer-service too: review-service's low-rating events go to it with every reference (without it
# they were retried all run long, work the platform never does)
SERVICES=(identity-service vendor-service review-service buyer-service web-ui)
declare -A PORT=([identity-service]=$IDENTITY_PORT [vendor-service]=$VENDOR_PORT [review-service]=$REVIEW_PORT
                 [buyer-service]=$BUYER_PORT [web-ui]=$WEB_PORT)
declare -A PID=()

say() { printf '\033[1m[bench %s] %s\033[0m\n' "$(date -u +%T)" "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
q() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }          # quiet psql, unaligned
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -g | awk '{v[NR]=$1} END {if (NR) print (NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2)}'; }

# one raw figure: kind source subject concurrency rate repetition metric value
raw() { local IFS=,; echo "$*" >> "$RAW"; }
