#!/usr/bin/env bash
# compare.sh SCENARIO... — run the same load against Warren and against Debian's RabbitMQ
# (AMQP scenarios; stomp-* ones with its STOMP and Web STOMP plugins) or Debian's Mosquitto
# (mqtt-* scenarios), alternating brokers (W R W R W R by default), and print the median of
# each metric per broker with the ratio Warren/other. See bench/README.md for the scenarios.
#
# Every broker run gets a fresh broker on loopback ephemeral ports with a fresh data
# directory, so no run inherits another's queues, memory or log. Everything this script
# starts runs in its own session and is stopped by its process-group id on exit.
#
# Environment:
#   ROUNDS=3                runs per broker, alternating
#   DURATION=10             seconds of load per run
#   BROKERS                 "warren rabbitmq" for AMQP and stomp-* scenarios, "warren
#                           mosquitto" for mqtt-* ones; if set, it applies to every scenario
#                           of the run (but Mosquitto, which speaks no STOMP, sits out stomp-*)
#   BUILD_DIR=<repo>/build  where bin/warren, bin/warren-perf, bin/raw-tcp-throughput are
#   WARREN_BIN, PERF_BIN, RAW_TCP_BIN   override single binaries
#   BASELINE_BIN            an older warren for the broker "warren-baseline", to measure a
#                           change before and after in one run: BROKERS="warren-baseline warren"
#   CONNECTIONS=10000       idle connections for amqp-connections, mqtt-connections and
#                           stomp-idle-ws
#   SOURCE_ADDRESSES=16     spread them over 127.0.0.1..127.0.0.N
#   MAX_BROKER_RSS_MB=4096  end a run early when the broker's RSS passes this
#   MQTT_DRAIN=10           seconds an MQTT run may drain after publishing stops
#   STOMP_DRAIN=MQTT_DRAIN  the same for a STOMP run
#   RESULTS_DIR=<tmp>       where per-run logs and JSON summaries are kept
#   TABLE_ONLY=1            only print the tables of the runs already in RESULTS_DIR
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
WARREN_BIN=${WARREN_BIN:-$BUILD_DIR/bin/warren}
PERF_BIN=${PERF_BIN:-$BUILD_DIR/bin/warren-perf}
RAW_TCP_BIN=${RAW_TCP_BIN:-$BUILD_DIR/bin/raw-tcp-throughput}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
BROKERS=${BROKERS:-} # empty: each scenario's own pair (brokers_for)
CONNECTIONS=${CONNECTIONS:-10000}
SOURCE_ADDRESSES=${SOURCE_ADDRESSES:-16}
MAX_BROKER_RSS_MB=${MAX_BROKER_RSS_MB:-4096}
MQTT_DRAIN=${MQTT_DRAIN:-10}
STOMP_DRAIN=${STOMP_DRAIN:-$MQTT_DRAIN}
RABBITMQ_SERVER=/usr/lib/rabbitmq/bin/rabbitmq-server
MOSQUITTO=/usr/sbin/mosquitto
CROSSCHECK_DIR=$ROOT/bench/crosscheck
AMQP_SCENARIOS="amqp-1to1 amqp-1to1-acks amqp-fanout amqp-latency amqp-connections amqp-4kb startup crosscheck amqp-persistent amqp-persistent-10pub amqp-persistent-publish-only"
MQTT_SCENARIOS="mqtt-qos0 mqtt-qos1 mqtt-fanin mqtt-fanout mqtt-retained mqtt-latency mqtt-connections mqtt-crosscheck"
STOMP_SCENARIOS="stomp-1to1 stomp-1to10 stomp-idle-ws"
ALL_SCENARIOS="$AMQP_SCENARIOS $MQTT_SCENARIOS $STOMP_SCENARIOS"

usage() {
    cat <<EOF
usage: bench/compare.sh SCENARIO...
AMQP scenarios (warren and rabbitmq): $AMQP_SCENARIOS
MQTT scenarios (warren and mosquitto): $MQTT_SCENARIOS
STOMP scenarios (warren and rabbitmq's STOMP and Web STOMP): $STOMP_SCENARIOS
environment: ROUNDS=$ROUNDS DURATION=$DURATION BROKERS="${BROKERS:-per scenario}" BUILD_DIR=$BUILD_DIR
EOF
}

is_mqtt() { [[ $1 == mqtt-* ]]; }
is_stomp() { [[ $1 == stomp-* ]]; }

# The brokers a scenario runs against, in table order: BROKERS if set, else Warren and the
# reference broker of the scenario's protocol. Mosquitto speaks no STOMP: it sits out the
# stomp-* scenarios even when BROKERS names it.
brokers_for() {
    if [[ -n $BROKERS ]]; then
        if is_stomp "$1"; then
            local b kept=()
            for b in $BROKERS; do
                [[ $b == mosquitto ]] || kept+=("$b")
            done
            echo "${kept[*]}"
        else
            echo "$BROKERS"
        fi
    elif is_mqtt "$1"; then
        echo "warren mosquitto"
    else
        echo "warren rabbitmq"
    fi
}

log() { printf '%s\n' "$*" >&2; }
die() {
    log "compare.sh: $*"
    exit 1
}

# --- process bookkeeping ---------------------------------------------------------------

WORK_DIR=$(mktemp -d /tmp/warren-compare.XXXXXX)
RESULTS_DIR=${RESULTS_DIR:-$WORK_DIR/results}
mkdir -p "$WORK_DIR/brokers" "$RESULTS_DIR"
OWNED_GROUPS=() # session/process-group leaders started by this script

# A FIFO nobody writes to: `read -t` on it sleeps without forking a sleep(1) per poll, so
# polling for readiness does not steal CPU from the broker that is starting.
mkfifo "$WORK_DIR/sleep.fifo"
exec {SLEEP_FD}<>"$WORK_DIR/sleep.fifo"
snooze() { read -r -t "$1" -u "$SLEEP_FD" _ || true; }

group_alive() {
    # Zombies do not count: the leader stays one until we reap it with wait.
    local states
    states=$(ps -o stat= -s "$1" 2>/dev/null) || return 1
    [[ $states =~ (^|$'\n')[[:space:]]*[^Z[:space:]] ]]
}

stop_group() {
    local leader=$1 i
    if group_alive "$leader"; then
        kill -TERM -- "-$leader" 2>/dev/null || true
        for ((i = 0; i < 300; i++)); do
            group_alive "$leader" || break
            snooze 0.1
        done
        if group_alive "$leader"; then
            log "compare.sh: process group $leader ignored SIGTERM for 30 s, killing it"
            kill -KILL -- "-$leader" 2>/dev/null || true
        fi
    fi
    wait "$leader" 2>/dev/null || true
    local kept=()
    for i in "${OWNED_GROUPS[@]}"; do
        [[ $i == "$leader" ]] || kept+=("$i")
    done
    OWNED_GROUPS=("${kept[@]+"${kept[@]}"}")
}

# Runs a tool in the background and waits for it, so that a signal to this script runs the
# EXIT trap at once instead of after the tool finishes (bash defers traps while a foreground
# child runs). Redirections on the call apply to the tool.
CHILD_PID=""
run_child() {
    "$@" &
    CHILD_PID=$!
    local rc=0
    wait "$CHILD_PID" || rc=$?
    CHILD_PID=""
    return "$rc"
}

cleanup() {
    [[ -z $CHILD_PID ]] || kill -TERM "$CHILD_PID" 2>/dev/null || true
    local leader
    for leader in "${OWNED_GROUPS[@]+"${OWNED_GROUPS[@]}"}"; do
        stop_group "$leader"
    done
    rm -rf "$WORK_DIR/brokers" "$WORK_DIR/sleep.fifo"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- prerequisites ---------------------------------------------------------------------

apt_install() {
    log "compare.sh: installing $* with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >&2
}

check_prerequisites() {
    local bin scenario brokers="" bins=("$PERF_BIN")
    for scenario in "$@"; do
        brokers+=" $(brokers_for "$scenario")"
        [[ $scenario == amqp-4kb ]] && bins+=("$RAW_TCP_BIN")
    done
    [[ $brokers == *warren* ]] && bins+=("$WARREN_BIN")
    for bin in "${bins[@]}"; do
        [[ -x $bin ]] || die "$bin is missing: cmake -S $ROOT -B $BUILD_DIR -G Ninja && ninja -C $BUILD_DIR"
    done
    command -v jq >/dev/null || apt_install jq
    if [[ $brokers == *rabbitmq* && ! -x $RABBITMQ_SERVER ]]; then
        apt_install rabbitmq-server
    fi
    if [[ $brokers == *mosquitto* && ! -x $MOSQUITTO ]]; then
        apt_install mosquitto
    fi
    # Every idle connection is a descriptor on both sides of loopback.
    ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
    # Warren holds three per WebSocket connection (the socket and a socketpair to the
    # protocol session): below that, upgrades past the limit are turned away.
    if [[ " $* " == *" stomp-idle-ws "* ]] && (($(ulimit -n) < 3 * CONNECTIONS + 100)); then
        log "compare.sh: warning: descriptor limit $(ulimit -n) is below 3 x CONNECTIONS:" \
            "Warren cannot hold $CONNECTIONS WebSocket connections (see bench/README.md)"
    fi
}

# A port nothing listens on, below the ephemeral range so that no outgoing connection of
# this run can take it between the check and the broker's bind.
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 12000))
        [[ -z $(ss -Htln "sport = :$port") ]] && { echo "$port"; return; }
    done
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# --- brokers ---------------------------------------------------------------------------
# start_<broker> sets BROKER_PID (group leader), BROKER_MEM_PID (the process whose memory
# counts), BROKER_PORT (AMQP), BROKER_MQTT_PORT (when WANT_MQTT is set), BROKER_STOMP_PORT,
# BROKER_WS_PORT and BROKER_WS_PATH (STOMP over WebSocket; when WANT_STOMP is set), BROKER_DIR
# and BROKER_STARTUP_S; stop_broker stops it.
WANT_MQTT=""  # set by run_once for mqtt-* scenarios
WANT_STOMP="" # set by run_once for stomp-* scenarios

start_warren() {
    local dir
    dir=$(mktemp -d "$WORK_DIR/brokers/warren.XXXXXX")
    mkdir "$dir/data"
    : >"$dir/stdout" # exists before we open it for reading below
    local listeners=(--listen amqp=127.0.0.1:0 --listen http=127.0.0.1:0)
    # Only MQTT and STOMP runs ask for those listeners, so that an older Warren
    # (BASELINE_BIN) without them still runs the AMQP scenarios.
    [[ -z $WANT_MQTT ]] || listeners+=(--listen mqtt=127.0.0.1:0)
    [[ -z $WANT_STOMP ]] || listeners+=(--listen stomp=127.0.0.1:0 --listen ws=127.0.0.1:0)
    local t0=$EPOCHREALTIME
    setsid "$WARREN_BIN" --headless --data-dir "$dir/data" "${listeners[@]}" \
        >"$dir/stdout" 2>"$dir/stderr" </dev/null &
    BROKER_PID=$!
    OWNED_GROUPS+=("$BROKER_PID")
    # Ready is the first "listening amqp HOST:PORT" line and, for MQTT runs, the "listening
    # mqtt HOST:PORT" one too, for STOMP runs the stomp and ws ones (read without forking per
    # poll).
    local fd line="" partial="" deadline=$((EPOCHSECONDS + 60)) amqp_line="" mqtt_line=""
    local stomp_line="" ws_line=""
    exec {fd}<"$dir/stdout"
    while :; do
        if IFS= read -r line <&"$fd"; then
            line=$partial$line
            partial=""
            [[ $line == "listening amqp "* && -z $amqp_line ]] && amqp_line=$line
            [[ $line == "listening mqtt "* && -z $mqtt_line ]] && mqtt_line=$line
            [[ $line == "listening stomp "* && -z $stomp_line ]] && stomp_line=$line
            [[ $line == "listening ws "* && -z $ws_line ]] && ws_line=$line
            [[ -n $amqp_line && (-z $WANT_MQTT || -n $mqtt_line) &&
                (-z $WANT_STOMP || (-n $stomp_line && -n $ws_line)) ]] && break
        else
            partial+=$line
            kill -0 "$BROKER_PID" 2>/dev/null || die "warren exited at startup: $(tail -5 "$dir/stderr")"
            ((EPOCHSECONDS < deadline)) || die "warren printed no listening line in 60 s"
            snooze 0.001
        fi
    done
    local t1=$EPOCHREALTIME
    exec {fd}<&-
    BROKER_PORT=${amqp_line##*:}
    BROKER_MQTT_PORT=${mqtt_line##*:}
    BROKER_STOMP_PORT=${stomp_line##*:}
    BROKER_WS_PORT=${ws_line##*:}
    BROKER_WS_PATH=/stomp # Warren's STOMP-over-WebSocket path (/ws is its MQTT one)
    BROKER_MEM_PID=$BROKER_PID
    BROKER_DIR=$dir
    BROKER_STARTUP_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')
}

start_rabbitmq() {
    local dir
    dir=$(mktemp -d "$WORK_DIR/brokers/rabbitmq.XXXXXX")
    local amqp_port dist_port epmd_port
    amqp_port=$(free_port)
    dist_port=$(free_port)
    epmd_port=$(free_port)
    cat >"$dir/rabbitmq.conf" <<EOF
listeners.tcp.default = 127.0.0.1:$amqp_port
loopback_users.guest = true
EOF
    echo '[].' >"$dir/enabled_plugins"
    local stomp_port="" ws_port=""
    if [[ -n $WANT_STOMP ]]; then
        # The STOMP and Web STOMP plugins with loopback listeners and every other setting at
        # its default (Web STOMP serves the path /ws).
        stomp_port=$(free_port)
        ws_port=$(free_port)
        cat >>"$dir/rabbitmq.conf" <<EOF
stomp.listeners.tcp.1 = 127.0.0.1:$stomp_port
web_stomp.tcp.ip = 127.0.0.1
web_stomp.tcp.port = $ws_port
EOF
        echo '[rabbitmq_stomp,rabbitmq_web_stomp].' >"$dir/enabled_plugins"
    fi
    : >"$dir/rabbitmq-env.conf" # hides /etc/rabbitmq/rabbitmq-env.conf
    local node="warrenbench${dir##*.}@localhost"
    local env=(
        HOME="$dir" # the Erlang cookie lives here
        RABBITMQ_NODENAME="$node"
        RABBITMQ_MNESIA_BASE="$dir/mnesia"
        RABBITMQ_LOG_BASE="$dir/log"
        RABBITMQ_CONFIG_FILE="$dir/rabbitmq.conf"
        RABBITMQ_ADVANCED_CONFIG_FILE="$dir/advanced.config"
        RABBITMQ_CONF_ENV_FILE="$dir/rabbitmq-env.conf"
        RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
        RABBITMQ_PID_FILE="$dir/rabbitmq.pid"
        RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
        RABBITMQ_NODE_PORT="$amqp_port"
        RABBITMQ_DIST_PORT="$dist_port"
        ERL_EPMD_PORT="$epmd_port"
    )
    # Our own epmd in the foreground of its own session: the one Erlang would start itself
    # daemonizes out of our reach.
    env "${env[@]}" setsid epmd -port "$epmd_port" >"$dir/epmd.log" 2>&1 </dev/null &
    local epmd_pid=$!
    OWNED_GROUPS+=("$epmd_pid")
    local i
    for ((i = 0; i < 500; i++)); do
        [[ -n $(ss -Htln "sport = :$epmd_port") ]] && break
        snooze 0.01
    done
    local t0=$EPOCHREALTIME
    env "${env[@]}" setsid "$RABBITMQ_SERVER" >"$dir/server.log" 2>&1 </dev/null &
    BROKER_PID=$!
    OWNED_GROUPS+=("$BROKER_PID")
    EPMD_PID=$epmd_pid
    # Ready is the port answering the protocol header with Connection.Start.
    run_child "$PERF_BIN" --await-amqp --port "$amqp_port" --timeout 120 >/dev/null ||
        die "rabbitmq did not answer on $amqp_port in 120 s: $(tail -5 "$dir/server.log")"
    local t1=$EPOCHREALTIME
    if [[ -n $WANT_STOMP ]]; then
        # The plugins' listeners may come up after the AMQP one: a STOMP CONNECT answered on
        # each (not counted in the startup time).
        run_child "$PERF_BIN" --await-stomp --port "$stomp_port" --timeout 60 >/dev/null ||
            die "rabbitmq's STOMP did not answer on $stomp_port in 60 s: $(tail -5 "$dir/server.log")"
        run_child "$PERF_BIN" --await-stomp --websocket --ws-path /ws --port "$ws_port" \
            --timeout 60 >/dev/null ||
            die "rabbitmq's Web STOMP did not answer on $ws_port in 60 s: $(tail -5 "$dir/server.log")"
    fi
    BROKER_PORT=$amqp_port
    BROKER_STOMP_PORT=$stomp_port
    BROKER_WS_PORT=$ws_port
    BROKER_WS_PATH=/ws
    BROKER_MEM_PID=$(pgrep -s "$BROKER_PID" -x beam.smp | head -1)
    [[ -n $BROKER_MEM_PID ]] || die "no beam.smp in session $BROKER_PID"
    BROKER_DIR=$dir
    BROKER_STARTUP_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')
}

# Debian's Mosquitto 2.0 with nothing but a loopback listener and anonymous access: every
# other setting keeps its default (bench/README.md says which defaults matter). By default
# Mosquitto keeps nothing on disk (persistence false) and logs to stderr.
start_mosquitto() {
    local dir port
    dir=$(mktemp -d "$WORK_DIR/brokers/mosquitto.XXXXXX")
    port=$(free_port)
    printf 'listener %s 127.0.0.1\nallow_anonymous true\n' "$port" >"$dir/mosquitto.conf"
    local t0=$EPOCHREALTIME
    setsid "$MOSQUITTO" -c "$dir/mosquitto.conf" >"$dir/stdout" 2>"$dir/stderr" </dev/null &
    BROKER_PID=$!
    OWNED_GROUPS+=("$BROKER_PID")
    # Ready is the port accepting an MQTT CONNECT.
    run_child "$PERF_BIN" --await-mqtt --port "$port" --timeout 60 >/dev/null ||
        die "mosquitto did not accept a CONNECT on $port in 60 s: $(tail -5 "$dir/stderr")"
    local t1=$EPOCHREALTIME
    BROKER_PORT=""
    BROKER_MQTT_PORT=$port
    BROKER_MEM_PID=$BROKER_PID
    BROKER_DIR=$dir
    BROKER_STARTUP_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')
}

# The same, with another build of Warren (BASELINE_BIN): a change measured against main.
start_warren-baseline() {
    [[ -x ${BASELINE_BIN:-} ]] || die "BROKERS names warren-baseline but BASELINE_BIN is not set"
    local WARREN_BIN=$BASELINE_BIN
    start_warren
}

start_broker() {
    EPMD_PID=""
    "start_$1"
}

stop_broker() {
    # The tail of the broker's log, kept beside the run's results for a post-mortem.
    [[ -z ${RUN_OUT:-} ]] || tail -n 50 "$BROKER_DIR"/stderr "$BROKER_DIR"/server.log \
        >"$RUN_OUT.broker-log" 2>/dev/null || true
    stop_group "$BROKER_PID"
    [[ -z ${EPMD_PID:-} ]] || stop_group "$EPMD_PID"
    rm -rf "$BROKER_DIR"
}

# --- scenario runs ---------------------------------------------------------------------

# perf OUT ARGS...: one warren-perf run against the running broker; keeps the log and the
# summary line, and prints one progress line.
perf() {
    local out=$1
    shift
    run_child timeout --kill-after=10 $((DURATION + MQTT_DRAIN + 180)) "$PERF_BIN" \
        --port "${PERF_PORT:-$BROKER_PORT}" --broker-pid "$BROKER_MEM_PID" "$@" >"$out.log" 2>&1 || true
    grep '^{"summary"' "$out.log" | tail -1 >"$out.json" || true
    [[ -s $out.json ]] || echo '{"summary":false,"errors":["no summary line; see log"]}' >"$out.json"
    local errors
    errors=$(jq -r '(.errors // []) | join("; ")' "$out.json")
    [[ -z $errors ]] || log "    errors: $errors"
}

load_perf() {
    local out=$1
    shift
    perf "$out" -z "$DURATION" --max-broker-rss "$MAX_BROKER_RSS_MB" --quiet "$@"
    jq -r '"    receive \(.receive_rate // 0 | floor) msg/s, send \(.send_rate // 0 | floor) msg/s, p50 \((.latency_us.p50 // 0) / 1000 * 100 | floor / 100) ms\(if .confirm_latency_us then ", confirm p99 \(.confirm_latency_us.p99 / 1000 * 100 | floor / 100) ms" else "" end), backlog \(.backlog_end // 0), broker peak rss \((.broker.rss_max_kb // 0) / 1024 | floor) MiB"' "$out.json" >&2
}

# pubsub_load OUT PORT DRAIN ACK ARGS...: one warren-perf publish/subscribe run (ARGS say
# --mqtt or --stomp) against the running broker's PORT, draining up to DRAIN seconds; ACK
# names the publisher's acknowledgement in the progress line.
pubsub_load() {
    local out=$1 port=$2 drain=$3 ack=$4
    shift 4
    PERF_PORT=$port perf "$out" -z "$DURATION" --drain-timeout "$drain" \
        --max-broker-rss "$MAX_BROKER_RSS_MB" --quiet "$@"
    jq -r --arg ack "$ack" '"    receive \(.receive_rate // 0 | floor) msg/s, send \(.send_rate // 0 | floor) msg/s, p50 \((.latency_us.p50 // 0) / 1000 * 100 | floor / 100) ms\(if .confirm_latency_us then ", \($ack) p99 \(.confirm_latency_us.p99 / 1000 * 100 | floor / 100) ms" else "" end), lost \(.lost // "?"), undelivered \(.undelivered // "?") after \((.drain_s // 0) * 10 | floor / 10) s drain, broker peak rss \((.broker.rss_max_kb // 0) / 1024 | floor) MiB"' "$out.json" >&2
}

# mqtt_load OUT ARGS...: one warren-perf --mqtt run against the running broker's MQTT port.
mqtt_load() {
    local out=$1
    shift
    pubsub_load "$out" "$BROKER_MQTT_PORT" "$MQTT_DRAIN" puback --mqtt "$@"
}

# stomp_load OUT ARGS...: one warren-perf --stomp run against the running broker's STOMP port.
stomp_load() {
    local out=$1
    shift
    pubsub_load "$out" "$BROKER_STOMP_PORT" "$STOMP_DRAIN" receipt --stomp "$@"
}

# idle_perf OUT PORT ARGS...: CONNECTIONS idle connections to PORT held for DURATION s, with
# probes before and after (ARGS choose the protocol).
idle_perf() {
    local out=$1 port=$2
    shift 2
    PERF_PORT=$port perf "$out" "$@" --connections "$CONNECTIONS" --idle -z "$DURATION" \
        --source-addresses "$SOURCE_ADDRESSES" --probes 20 --quiet
    jq -r '"    opened \(.opened) (failed \(.failed), dropped \(.dropped)) in \(.open_s * 10 | floor / 10) s, rss \((.broker.rss_before_kb // 0) / 1024 | floor) -> \((.broker.rss_after_kb // 0) / 1024 | floor) MiB, probe after p50 \(.probe_after.p50_ms * 100 | floor / 100) ms"' "$out.json" >&2
}

# crosscheck_ready MODULE: crosscheck/'s Node packages, installed from its lock file.
crosscheck_ready() {
    command -v node >/dev/null || apt_install nodejs npm
    if [[ ! -d $CROSSCHECK_DIR/node_modules/$1 ]]; then
        (cd "$CROSSCHECK_DIR" && npm ci --no-audit --no-fund --prefer-offline >&2)
    fi
}

run_once() {
    local scenario=$1 broker=$2 round=$3
    local out="$RESULTS_DIR/$scenario/$broker-$round"
    log "  $scenario round $round/$ROUNDS: $broker (load $(cut -d' ' -f1 /proc/loadavg))"
    WANT_MQTT=""
    is_mqtt "$scenario" && WANT_MQTT=1
    WANT_STOMP=""
    is_stomp "$scenario" && WANT_STOMP=1
    RUN_OUT=$out
    start_broker "$broker"
    local idle_rss
    case $scenario in
    startup)
        # Idle RSS once the broker has settled, not in the middle of its boot work.
        snooze 3
        idle_rss=$(rss_kb "$BROKER_MEM_PID")
        jq -nc --argjson s "$BROKER_STARTUP_S" --argjson r "$idle_rss" \
            '{summary: true, startup_s: $s, idle_rss_kb: $r}' >"$out.json"
        log "    ready after ${BROKER_STARTUP_S} s, idle RSS $((idle_rss / 1024)) MiB"
        ;;
    amqp-1to1) load_perf "$out" -x 1 -y 1 -s 16 -a ;;
    amqp-1to1-acks) load_perf "$out" -x 1 -y 1 -s 16 -q 100 ;;
    amqp-fanout) load_perf "$out" -x 1 --fanout 10 -s 256 -a ;;
    amqp-latency) load_perf "$out" -x 1 -y 1 -s 16 -r 1000 -a ;;
    amqp-4kb) load_perf "$out" -x 1 -y 1 -s 4096 -a ;;
    # Persistent 1 KiB messages to a durable queue, confirms (window 100) and manual acks.
    amqp-persistent) load_perf "$out" -x 1 -y 1 -s 1024 -f persistent -c 100 -q 100 ;;
    amqp-persistent-10pub) load_perf "$out" -x 10 -y 1 -s 1024 -f persistent -c 100 -q 100 ;;
    # No consumer: every message must reach the store before it is confirmed.
    amqp-persistent-publish-only) load_perf "$out" -x 1 -y 0 -s 1024 -f persistent -c 100 ;;
    amqp-connections) idle_perf "$out" "$BROKER_PORT" ;;
    crosscheck)
        load_perf "$out" -x 1 -y 1 -s 16 -a
        # The second tool gets a broker of its own, as fresh as the first one's.
        stop_broker
        start_broker "$broker"
        # Named so that the "$broker-*.json" globs of the table never pick it up.
        local second="$RESULTS_DIR/$scenario/amqplib-$broker-$round"
        run_child timeout --kill-after=10 $((DURATION + 120)) node "$CROSSCHECK_DIR/amqplib-perf.js" \
            --port "$BROKER_PORT" --time "$DURATION" --size 16 >"$second.log" 2>&1 || true
        grep '^{"summary"' "$second.log" | tail -1 >"$second.json" ||
            echo '{"summary":false}' >"$second.json"
        jq -r '"    amqplib: receive \(.receive_rate // 0 | floor) msg/s, send \(.send_rate // 0 | floor) msg/s"' "$second.json" >&2
        # Merge so that the table reads both tools from one file per run.
        jq -c --slurpfile a "$second.json" '. + {amqplib: $a[0]}' "$out.json" >"$out.merged"
        mv "$out.merged" "$out.json"
        ;;
    # MQTT 3.1.1, clean sessions, 64 B payloads (time stamp, publisher, sequence number).
    mqtt-qos0) mqtt_load "$out" -x 1 -y 1 -s 64 --mqtt-qos 0 ;;
    mqtt-qos1) mqtt_load "$out" -x 1 -y 1 -s 64 --mqtt-qos 1 -c 100 ;;
    mqtt-fanin) mqtt_load "$out" -x 10 -y 1 -s 64 --mqtt-qos 0 ;;
    mqtt-fanout) mqtt_load "$out" -x 1 -y 100 -s 64 --mqtt-qos 0 ;;
    mqtt-latency) mqtt_load "$out" -x 1 -y 1 -s 64 -r 1000 --mqtt-qos 0 ;;
    mqtt-retained)
        # A fresh broker holds no retained message but ours, so the subscriber takes '#'.
        PERF_PORT=$BROKER_MQTT_PORT perf "$out" --mqtt --retained 10000 --mqtt-qos 1 -c 100 \
            -s 64 --retained-filter '#' --no-cleanup
        jq -r '"    10000 retained published in \((.publish_s // 0) * 1000 | floor) ms; the subscriber got \(.received // 0) (lost \(.lost // "?")) in \((.receive_s // 0) * 1000 | floor) ms, the first after \((.first_ms // 0) * 10 | floor / 10) ms"' "$out.json" >&2
        ;;
    mqtt-connections) idle_perf "$out" "$BROKER_MQTT_PORT" --mqtt --keepalive 60 ;;
    mqtt-crosscheck)
        mqtt_load "$out" -x 1 -y 1 -s 64 --mqtt-qos 0
        # The second tool gets a broker of its own, as fresh as the first one's.
        stop_broker
        start_broker "$broker"
        # Named so that the "$broker-*.json" globs of the table never pick it up.
        local second="$RESULTS_DIR/$scenario/mqttjs-$broker-$round"
        run_child timeout --kill-after=10 $((DURATION + MQTT_DRAIN + 120)) node "$CROSSCHECK_DIR/mqttjs-perf.js" \
            --port "$BROKER_MQTT_PORT" --time "$DURATION" --size 64 --drain "$MQTT_DRAIN" >"$second.log" 2>&1 || true
        grep '^{"summary"' "$second.log" | tail -1 >"$second.json" ||
            echo '{"summary":false}' >"$second.json"
        jq -r '"    mqtt.js: receive \(.receive_rate // 0 | floor) msg/s, send \(.send_rate // 0 | floor) msg/s, lost \(.lost // "?"), undelivered \(.undelivered // "?")"' "$second.json" >&2
        jq -c --slurpfile a "$second.json" '. + {mqttjs: $a[0]}' "$out.json" >"$out.merged"
        mv "$out.merged" "$out.json"
        ;;
    # STOMP 1.2, login guest, heart-beat 0,0, 256 B bodies (time stamp, publisher, sequence
    # number) to one topic, auto ack; every subscriber gets every message.
    stomp-1to1) stomp_load "$out" -x 1 -y 1 -s 256 ;;
    stomp-1to10) stomp_load "$out" -x 1 -y 10 -s 256 ;;
    stomp-idle-ws)
        idle_perf "$out" "$BROKER_WS_PORT" --stomp --websocket --ws-path "$BROKER_WS_PATH"
        ;;
    *) die "unknown scenario $scenario" ;;
    esac
    stop_broker
}

# --- the table -------------------------------------------------------------------------

# Metrics per scenario: "label;jq expression on a run's summary;better" (higher/lower/-).
metrics_for() {
    local common_load='broker peak RSS MiB;.broker.rss_max_kb / 1024;lower
broker CPU s per 1M received;if .received > 0 then .broker.cpu_s / .received * 1e6 else null end;lower
backlog at end (msgs);.backlog_end;lower
errors;.errors | length;lower'
    case $1 in
    amqp-persistent | amqp-persistent-10pub | amqp-persistent-publish-only)
        echo "confirmed msg/s;.confirmed / .duration_s;higher
confirm latency p99 ms;if .confirm_latency_us then .confirm_latency_us.p99 / 1000 else null end;lower
receive msg/s;.receive_rate;higher
latency p50 ms;.latency_us.p50 / 1000;lower
latency p99 ms;.latency_us.p99 / 1000;lower
$common_load"
        ;;
    amqp-1to1 | amqp-1to1-acks)
        echo "receive msg/s;.receive_rate;higher
send msg/s;.send_rate;-
receive msg/s, median second;.receive_rate_median;higher
latency p50 ms;.latency_us.p50 / 1000;lower
latency p99 ms;.latency_us.p99 / 1000;lower
$common_load"
        ;;
    amqp-fanout)
        echo "receive msg/s (10 queues);.receive_rate;higher
send msg/s;.send_rate;-
latency p50 ms;.latency_us.p50 / 1000;lower
latency p99 ms;.latency_us.p99 / 1000;lower
$common_load"
        ;;
    amqp-latency)
        echo "latency p50 ms;.latency_us.p50 / 1000;lower
latency p95 ms;.latency_us.p95 / 1000;lower
latency p99 ms;.latency_us.p99 / 1000;lower
latency max ms;.latency_us.max / 1000;lower
receive msg/s;.receive_rate;-
$common_load"
        ;;
    amqp-4kb)
        echo "receive msg/s;.receive_rate;higher
receive MB/s (payload);.receive_mb_s;higher
fraction of raw loopback TCP;.receive_mb_s / \$raw;higher
send msg/s;.send_rate;-
latency p50 ms;.latency_us.p50 / 1000;lower
$common_load"
        ;;
    mqtt-qos0 | mqtt-fanin | mqtt-fanout | mqtt-qos1 | mqtt-latency | stomp-1to1 | stomp-1to10)
        local lead
        case $1 in
        mqtt-qos1) lead="receive msg/s;.receive_rate;higher
acked msg/s (PUBACKs to the publisher);.confirmed / .duration_s;higher
puback latency p99 ms;if .confirm_latency_us then .confirm_latency_us.p99 / 1000 else null end;lower
send msg/s;.send_rate;-
latency p50 ms;.latency_us.p50 / 1000;lower
latency p99 ms;.latency_us.p99 / 1000;lower" ;;
        mqtt-latency) lead="latency p50 ms;.latency_us.p50 / 1000;lower
latency p95 ms;.latency_us.p95 / 1000;lower
latency p99 ms;.latency_us.p99 / 1000;lower
latency max ms;.latency_us.max / 1000;lower
receive msg/s;.receive_rate;-" ;;
        stomp-1to10) lead="receive msg/s (10 subscribers);.receive_rate;higher
send msg/s;.send_rate;-
receive msg/s, median second;.receive_rate_median;higher
latency p50 ms;.latency_us.p50 / 1000;lower
latency p99 ms;.latency_us.p99 / 1000;lower" ;;
        mqtt-fanout) lead="receive msg/s (100 subscribers);.receive_rate;higher
send msg/s;.send_rate;-
receive msg/s, median second;.receive_rate_median;higher
latency p50 ms;.latency_us.p50 / 1000;lower
latency p99 ms;.latency_us.p99 / 1000;lower" ;;
        *) lead="receive msg/s;.receive_rate;higher
send msg/s;.send_rate;-
receive msg/s, median second;.receive_rate_median;higher
latency p50 ms;.latency_us.p50 / 1000;lower
latency p99 ms;.latency_us.p99 / 1000;lower" ;;
        esac
        echo "$lead
lost (sequence gaps);.lost;lower
lost % of published;.lost_fraction * 100;lower
undelivered after drain;.undelivered;lower
$common_load"
        ;;
    mqtt-retained)
        echo "publish s (10000 retained, acked);.publish_s;lower
subscriber: s to last message;.receive_s;lower
subscriber: msg/s;.receive_rate;higher
subscriber: ms to first message;.first_ms;lower
subscriber: received of 10000;.received;higher
lost;.lost;lower
broker RSS holding them MiB;.broker.rss_stored_kb / 1024;lower
broker peak RSS MiB;.broker.rss_max_kb / 1024;lower
errors;.errors | length;lower"
        ;;
    mqtt-crosscheck)
        echo "warren-perf receive msg/s;.receive_rate;higher
mqtt.js receive msg/s;.mqttjs.receive_rate;higher
mqtt.js send msg/s;.mqttjs.send_rate;-
warren-perf lost;.lost;lower
mqtt.js lost;.mqttjs.lost;lower
mqtt.js undelivered after drain;.mqttjs.undelivered;lower
mqtt.js latency p50 ms;.mqttjs.latency_us.p50 / 1000;lower
warren-perf broker peak RSS MiB;.broker.rss_max_kb / 1024;lower"
        ;;
    amqp-connections | mqtt-connections | stomp-idle-ws)
        echo "connections opened;.opened;higher
failed + dropped;.failed + .dropped;lower
open rate conn/s;.open_rate;higher
broker RSS before MiB;.broker.rss_before_kb / 1024;lower
broker RSS with connections MiB;.broker.rss_after_kb / 1024;lower
KiB per idle connection;.broker.kb_per_connection;lower
broker CPU s opening them;.broker.cpu_open_s;lower
broker CPU % while holding idle;.broker.cpu_hold_s / .hold_s * 100;lower
probe ms before, p50;.probe_before.p50_ms;lower
probe ms after, p50 (< 10 wanted);.probe_after.p50_ms;lower
probe ms after, max;.probe_after.max_ms;lower"
        ;;
    startup)
        echo "startup s (to ready);.startup_s;lower
idle RSS MiB;.idle_rss_kb / 1024;lower"
        ;;
    crosscheck)
        echo "warren-perf receive msg/s;.receive_rate;higher
amqplib receive msg/s;.amqplib.receive_rate;higher
amqplib send msg/s;.amqplib.send_rate;-
amqplib latency p50 ms;.amqplib.latency_us.p50 / 1000;lower
warren-perf broker peak RSS MiB;.broker.rss_max_kb / 1024;lower"
        ;;
    esac
}

median() { sort -g | awk '{v[NR] = $1} END {if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

fmt() { awk -v v="$1" 'BEGIN {if (v == "n/a") print v; else if (v + 0 == int(v + 0) || v >= 100 || v <= -100) printf "%.0f\n", v; else if (v >= 10 || v <= -10) printf "%.1f\n", v; else printf "%.3g\n", v}'; }

print_table() {
    local scenario=$1 dir="$RESULTS_DIR/$1"
    local raw="null"
    if [[ $scenario == amqp-4kb ]]; then
        raw=$(cat "$dir"/raw-*.json 2>/dev/null | jq -r '.mb_s' | median)
        [[ $raw == n/a ]] && raw=null
    fi
    local brokers
    read -r -a brokers <<<"$(brokers_for "$scenario")"
    {
        echo
        echo "== $scenario: $(describe "$scenario")"
        echo "   medians of $ROUNDS round(s)$([[ $scenario == startup || $scenario == mqtt-retained ]] || echo ", $DURATION s each"); per-run data in $dir"
        [[ $raw == null ]] || echo "   raw loopback TCP (one hop, 64 KiB writes): $(fmt "$raw") MB/s"
        printf '%-36s' "metric"
        local b
        for b in "${brokers[@]}"; do printf ' %14s' "$b"; done
        [[ ${#brokers[@]} -eq 2 ]] && printf ' %16s' "${brokers[0]}/${brokers[1]}"
        printf ' %7s\n' "better"
        local label expr better
        while IFS=';' read -r label expr better; do
            printf '%-36s' "$label"
            local medians=()
            for b in "${brokers[@]}"; do
                local m
                m=$(for f in "$dir/$b"-*.json; do
                    # A failed run's summary lacks the fields: it just gives no value.
                    [[ -e $f ]] && { jq -r --argjson raw "$raw" "($expr) // empty" "$f" 2>/dev/null || true; }
                done | { grep -E '^-?[0-9.e+-]+$' || true; } | median)
                medians+=("$m")
                printf ' %14s' "$(fmt "$m")"
            done
            if [[ ${#brokers[@]} -eq 2 ]]; then
                printf ' %16s' "$(awk -v a="${medians[0]}" -v b="${medians[1]}" 'BEGIN {if (a == "n/a" || b == "n/a" || b + 0 == 0) print "n/a"; else {r = a / b; printf (r >= 0.1 || r == 0 ? "%.2f\n" : "%.2g\n"), r}}')"
            fi
            printf ' %7s\n' "$better"
        done < <(metrics_for "$scenario")
    } | tee -a "$RESULTS_DIR/tables.txt"
}

describe() {
    case $1 in
    amqp-1to1) echo "1 producer -> 1 queue -> 1 consumer, auto-ack, 16 B, max rate" ;;
    amqp-1to1-acks) echo "1 -> 1 -> 1, manual ack of each message, prefetch 100, 16 B, max rate" ;;
    amqp-fanout) echo "1 producer -> fanout exchange -> 10 queues -> 10 consumers, auto-ack, 256 B" ;;
    amqp-latency) echo "1 -> 1 -> 1 at a fixed 1000 msg/s, auto-ack, 16 B" ;;
    amqp-4kb) echo "1 -> 1 -> 1, auto-ack, 4 KiB, max rate" ;;
    amqp-persistent) echo "1 -> durable queue -> 1, persistent 1 KiB, confirms (window 100), manual acks" ;;
    amqp-persistent-10pub) echo "10 -> durable queue -> 1, persistent 1 KiB, confirms (window 100), manual acks" ;;
    amqp-persistent-publish-only) echo "1 -> durable queue, no consumer, persistent 1 KiB, confirms (window 100)" ;;
    amqp-connections) echo "$CONNECTIONS idle connections (1 channel, 10 s heartbeats) held for $DURATION s" ;;
    startup) echo "process start to AMQP-ready, then idle RSS" ;;
    crosscheck) echo "amqp-1to1 by warren-perf and by amqplib (Node), each on a fresh broker" ;;
    mqtt-qos0) echo "1 publisher -> 1 subscriber, one topic, QoS 0, 64 B, max rate" ;;
    mqtt-qos1) echo "1 -> 1, QoS 1 both ways (publisher window 100, subscriber PUBACKs each), 64 B, max rate" ;;
    mqtt-fanin) echo "10 publishers -> 1 subscriber, one topic, QoS 0, 64 B, max rate" ;;
    mqtt-fanout) echo "1 publisher -> 100 subscribers, one topic, QoS 0, 64 B, max rate" ;;
    mqtt-latency) echo "1 -> 1 at a fixed 1000 msg/s, QoS 0, 64 B" ;;
    mqtt-retained) echo "10000 retained messages (QoS 1, acked) on 10000 topics, then 1 new subscriber to #" ;;
    mqtt-connections) echo "$CONNECTIONS idle MQTT connections (keep-alive 60 s) held for $DURATION s" ;;
    mqtt-crosscheck) echo "mqtt-qos0 by warren-perf and by mqtt.js (Node), each on a fresh broker" ;;
    stomp-1to1) echo "1 sender -> 1 subscriber, one /topic/, STOMP 1.2, auto ack, 256 B, max rate" ;;
    stomp-1to10) echo "1 sender -> 10 subscribers, one /topic/, STOMP 1.2, auto ack, 256 B, max rate" ;;
    stomp-idle-ws) echo "$CONNECTIONS idle STOMP-over-WebSocket connections (heart-beat 0,0) held for $DURATION s" ;;
    esac
}

run_scenario() {
    local scenario=$1 round broker
    mkdir -p "$RESULTS_DIR/$scenario"
    log "== $scenario"
    [[ $scenario == crosscheck ]] && crosscheck_ready amqplib
    [[ $scenario == mqtt-crosscheck ]] && crosscheck_ready mqtt
    for ((round = 1; round <= ROUNDS; round++)); do
        if [[ $scenario == amqp-4kb ]]; then
            # The physical ceiling, measured in the same run with no broker running.
            run_child "$RAW_TCP_BIN" --time 3 --write-size 65536 >"$RESULTS_DIR/$scenario/raw-$round.json"
            log "  raw loopback TCP: $(jq -r '.mb_s' "$RESULTS_DIR/$scenario/raw-$round.json") MB/s"
        fi
        for broker in $(brokers_for "$scenario"); do
            run_once "$scenario" "$broker" "$round"
        done
    done
    print_table "$scenario"
}

main() {
    if [[ $# -eq 0 || $1 == -h || $1 == --help ]]; then
        usage
        [[ $# -gt 0 ]]
        return
    fi
    local scenario
    for scenario in "$@"; do
        [[ " $ALL_SCENARIOS " == *" $scenario "* ]] || {
            usage >&2
            die "unknown scenario $scenario"
        }
    done
    if [[ -n ${TABLE_ONLY:-} ]]; then
        for scenario in "$@"; do
            print_table "$scenario"
        done
        return
    fi
    check_prerequisites "$@"
    local started=$EPOCHSECONDS
    for scenario in "$@"; do
        run_scenario "$scenario"
    done
    log ""
    log "done in $((EPOCHSECONDS - started)) s; tables in $RESULTS_DIR/tables.txt"
}

main "$@"
