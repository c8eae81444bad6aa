#!/usr/bin/env bash
# Throughput through HAProxy with one and with two API replicas (docs/scaling.md), on PostgreSQL
# and Redis, interleaved in rounds. Needs DATABASE_URL (an admin URL: a scratch database is made
# and dropped), haproxy, Redis (REDIS_URL, default redis://127.0.0.1:6379) and a build (npm run build).
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test BENCH_SECONDS=10 BENCH_ROUNDS=3 bench/replicas.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?set DATABASE_URL to an admin PostgreSQL URL}"
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
ROUNDS=${BENCH_ROUNDS:-3}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
HAPROXY=${HAPROXY_PATH:-$(command -v haproxy || echo /usr/sbin/haproxy)}
db="atlas_bench_replicas_$$"
work="$(mktemp -d)"
pids=()
cleanup() {
  if [[ -f $work/haproxy.pid ]]; then kill "$(cat "$work/haproxy.pid")" 2>/dev/null || true; fi
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -q "$DATABASE_URL" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
  rm -rf "$work"
}
trap cleanup EXIT

psql -q "$DATABASE_URL" -c "CREATE DATABASE $db"
url="${DATABASE_URL%/*}/$db"
start_replica() { # port
  DATABASE_URL="$url" REDIS_URL="$REDIS_URL" REDIS_KEY_PREFIX="atlas-bench-$$:" TRUST_PROXY=loopback NODE_ENV=production \
    DATA_KEY="$(head -c 32 /dev/urandom | base64)" ANONYMOUS_QUERY_COST_PER_MINUTE=100000000 LOG_LEVEL=warn HOST=127.0.0.1 PORT="$1" \
    node dist/src/main.js >/dev/null &
  pids+=($!)
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$1/readyz" >/dev/null && return; sleep 0.5; done
  echo "replica on port $1 did not start" >&2
  exit 1
}
# One after the other: the first migrates and seeds.
start_replica 4101
start_replica 4102

haproxy_with() { # server ports...
  local cfg="$work/haproxy-$#.cfg" servers=""
  for port in "$@"; do servers+="  server r$port 127.0.0.1:$port"$'\n'; done
  awk -v servers="$servers" '
    /^ *bind / { print "  bind 127.0.0.1:4100"; next }
    /^ *default-server / { print "  default-server check inter 1s fall 2 rise 1"; next }
    /^ *server / { if (!done) { printf "%s", servers; done = 1 }; next }
    { print }' deploy/haproxy.cfg >"$cfg"
  "$HAPROXY" -db -f "$cfg" >/dev/null 2>&1 &
  echo $! >"$work/haproxy.pid"
}

brief='{"query":"query Brief($need: ProtectionNeedInput!) { protectionPlan(need: $need, limit: 5) { summary options { name nextSteps channels { kind value } } } }","variables":{"need":{"country":"KE","risks":["GENDER_BASED_VIOLENCE"],"urgency":"URGENT","profiles":["WOMAN_DEFENDER"]}}}'
floor='{"query":"{ __typename }"}'

measure() { # label body
  node_modules/.bin/autocannon -j -c "$CONNECTIONS" -d "$SECONDS_PER_RUN" -m POST -H 'content-type: application/json' -b "$2" http://127.0.0.1:4100/graphql 2>/dev/null |
    node -e 'let s="";process.stdin.on("data",c=>s+=c).on("end",()=>{const r=JSON.parse(s);console.log([process.argv[1],Math.round(r.requests.average),r.latency.p99,r.non2xx+r.errors].join("\t"))})' "$1"
}

echo -e "run\treq/s\tp99 ms\tfailed"
for round in $(seq 1 "$ROUNDS"); do
  for replicas in 1 2; do
    if [[ $replicas == 1 ]]; then haproxy_with 4101; else haproxy_with 4101 4102; fi
    sleep 1.5 # health checks
    measure "round $round, $replicas replica(s), brief plan" "$brief"
    measure "round $round, $replicas replica(s), { __typename }" "$floor"
    kill "$(cat "$work/haproxy.pid")"
    wait "$(cat "$work/haproxy.pid")" 2>/dev/null || true
    rm "$work/haproxy.pid"
  done
done
