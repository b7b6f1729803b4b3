# Starting, probing and stopping the local servers. Sourced.
# Each server keeps its data, log and pid file under $HARBOUR_STATE/<server>/; a pid counts
# only while that process's command line names that directory, so a reused pid or a server
# someone started by hand is never touched.

server_dir() { echo "$HARBOUR_STATE/$1"; }
pid_file() { echo "$HARBOUR_STATE/$1/$1.pid"; }
log_file() { echo "$HARBOUR_STATE/$1/$1.log"; }

local_address() {
  case $1 in
    kafka) echo "127.0.0.1:$HARBOUR_KAFKA_PORT" ;;
    temporal) echo "127.0.0.1:$HARBOUR_TEMPORAL_PORT" ;;
    mongo) echo "mongodb://127.0.0.1:$HARBOUR_MONGO_PORT" ;;
  esac
}

local_ports() {
  case $1 in
    kafka) echo "$HARBOUR_KAFKA_PORT $HARBOUR_KAFKA_CONTROLLER_PORT" ;;
    temporal) echo "$HARBOUR_TEMPORAL_PORT $HARBOUR_TEMPORAL_UI_PORT" ;;
    mongo) echo "$HARBOUR_MONGO_PORT" ;;
  esac
}

# The address from KAFKA_BROKERS / TEMPORAL_ADDRESS / MONGO_URL when it names a server other
# than the local one (a shell that ran `eval "$(harbour env)"` still manages the local set).
external_address() {
  local value host_port port
  case $1 in
    kafka) value=${KAFKA_BROKERS:-} ;;
    temporal) value=${TEMPORAL_ADDRESS:-} ;;
    mongo) value=${MONGO_URL:-} ;;
  esac
  host_port=${value#mongodb://}
  host_port=${host_port%%[/?]*}
  [ -n "$value" ] || return 1
  port=${host_port##*:}
  case $host_port in
    "127.0.0.1:$port" | "localhost:$port") [ "$port" = "$(local_ports "$1" | cut -d' ' -f1)" ] && return 1 ;;
  esac
  echo "$value"
}

server_pid() {
  local file pid
  file=$(pid_file "$1")
  [ -f "$file" ] || return 1
  pid=$(<"$file")
  if [ -n "$pid" ] && ps -o args= -p "$pid" 2>/dev/null | grep -qF "$(server_dir "$1")/"; then
    echo "$pid"
    return 0
  fi
  rm -f "$file"
  return 1
}

probe() {
  case $1 in
    # The local broker is probed as its SCRAM user; another broker with the caller's KAFKA_SASL_* settings.
    kafka)
      if [ "$2" = "$(local_address kafka)" ] && [ -s "$(kafka_client_env)" ]; then
        # shellcheck disable=SC2046
        env $(<"$(kafka_client_env)") node "$HARBOUR_LOCAL/lib/probe.js" kafka "$2" 2>/dev/null
      else
        node "$HARBOUR_LOCAL/lib/probe.js" kafka "$2" 2>/dev/null
      fi
      ;;
    mongo) node "$HARBOUR_LOCAL/lib/probe.js" "$1" "$2" 2>/dev/null ;;
    temporal)
      [ -x "$TEMPORAL_BIN" ] || return 1
      "$TEMPORAL_BIN" operator namespace describe --namespace "$HARBOUR_NAMESPACE" --address "$2" \
        --client-connect-timeout 2s >/dev/null 2>&1
      ;;
  esac
}

# Runs a server detached from this shell; the pid file holds the server's own pid (exec).
launch() {
  local server=$1 log pids waited=0
  shift
  log=$(log_file "$server")
  pids=$(pid_file "$server")
  printf '\n=== %s started by deploy/local/harbour at %s ===\n' "$server" "$(date '+%Y-%m-%dT%H:%M:%S%z')" >>"$log"
  local detach=()
  command -v setsid >/dev/null 2>&1 && detach=(setsid)
  nohup "${detach[@]}" bash -c 'echo $$ >"$0" && exec "$@"' "$pids" "$@" >>"$log" 2>&1 </dev/null &
  until [ -s "$pids" ] || [ $waited -ge 100 ]; do
    sleep 0.05
    waited=$((waited + 1))
  done
}

# SASL/SCRAM on the client listener unless HARBOUR_KAFKA_SASL=off. The password is made once per data
# folder and formatted into Kafka's metadata (--add-scram); clients read it from `harbour env`.
kafka_client_env() { echo "$HARBOUR_STATE/kafka/client.env"; }
kafka_password_file() { echo "$HARBOUR_STATE/kafka/scram-password"; }

# Prints the SASL listeners; data formatted before SASL (no password file) starts afresh, with the user.
prepare_kafka_scram() {
  local dir=$1 password
  if [ ! -s "$(kafka_password_file)" ]; then
    if [ -s "$dir/data/meta.properties" ]; then
      say "kafka: the local data predates SASL/SCRAM; formatting it afresh with user $HARBOUR_KAFKA_USER"
      rm -rf "$dir/data" "$dir/cluster.id"
      mkdir -p "$dir/data"
    fi
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=\n' >"$(kafka_password_file)")
  fi
  password=$(<"$(kafka_password_file)")
  (umask 077 && printf 'KAFKA_SASL_MECHANISM=scram-sha-512 KAFKA_SASL_USERNAME=%s KAFKA_SASL_PASSWORD=%s\n' \
    "$HARBOUR_KAFKA_USER" "$password" >"$(kafka_client_env)")
  cat <<EOF
listeners=SASL_PLAINTEXT://127.0.0.1:$HARBOUR_KAFKA_PORT,CONTROLLER://127.0.0.1:$HARBOUR_KAFKA_CONTROLLER_PORT
advertised.listeners=SASL_PLAINTEXT://127.0.0.1:$HARBOUR_KAFKA_PORT
inter.broker.listener.name=SASL_PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="$HARBOUR_KAFKA_USER" password="$password";
EOF
}

start_kafka() {
  local dir listeners scram=() java_log=(-Dlog4j.configuration="file:$HARBOUR_LOCAL/kafka/log4j.properties")
  dir=$(server_dir kafka)
  mkdir -p "$dir/data"
  case $HARBOUR_KAFKA_SASL in
    on)
      listeners=$(prepare_kafka_scram "$dir")
      scram=(--add-scram "SCRAM-SHA-512=[name=$HARBOUR_KAFKA_USER,password=$(<"$(kafka_password_file)")]")
      ;;
    off)
      rm -f "$(kafka_client_env)"
      listeners="listeners=PLAINTEXT://127.0.0.1:$HARBOUR_KAFKA_PORT,CONTROLLER://127.0.0.1:$HARBOUR_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$HARBOUR_KAFKA_PORT
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"
      ;;
    *) die "HARBOUR_KAFKA_SASL=$HARBOUR_KAFKA_SASL: it is on (the default) or off" ;;
  esac
  (umask 077 && cat >"$dir/server.properties") <<EOF
# Written by deploy/local/harbour on every start; edit deploy/local/lib/servers.sh instead.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$HARBOUR_KAFKA_CONTROLLER_PORT
$listeners
controller.listener.names=CONTROLLER
log.dirs=$dir/data
num.partitions=3
auto.create.topics.enable=true
delete.topic.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
EOF
  [ -s "$dir/cluster.id" ] ||
    java "${java_log[@]}" -cp "$KAFKA_HOME/libs/*" kafka.tools.StorageTool random-uuid >"$dir/cluster.id"
  java "${java_log[@]}" -cp "$KAFKA_HOME/libs/*" kafka.tools.StorageTool format -t "$(<"$dir/cluster.id")" \
    -c "$dir/server.properties" "${scram[@]}" --ignore-formatted >>"$(log_file kafka)" 2>&1 ||
    die "formatting Kafka's storage failed (see $(log_file kafka))"
  launch kafka java -Xms256m -Xmx512m -Djava.awt.headless=true "${java_log[@]}" \
    -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$dir/server.properties"
}

start_temporal() {
  local dir attributes attribute
  dir=$(server_dir temporal)
  mkdir -p "$dir"
  attributes=$(node "$HARBOUR_LOCAL/lib/search-attributes.js") ||
    die "could not read JourneySearchAttributes from libs/contracts (are node_modules installed?)"
  local args=(server start-dev --ip 127.0.0.1 --port "$HARBOUR_TEMPORAL_PORT" --ui-port "$HARBOUR_TEMPORAL_UI_PORT"
    --db-filename "$dir/temporal.sqlite" --namespace "$HARBOUR_NAMESPACE" --log-level warn
    --sqlite-pragma journal_mode=wal --sqlite-pragma synchronous=normal
    # The operations service's codec server, so that an analyst signed in to the console reads payloads decoded.
    --ui-codec-endpoint "http://127.0.0.1:3007/console/codec")
  for attribute in $attributes; do args+=(--search-attribute "$attribute"); done
  launch temporal "$TEMPORAL_BIN" "${args[@]}"
}

# The database that answers on the mongo port is recorded beside its pid: the two keep apart data folders.
database_file() { echo "$HARBOUR_STATE/mongo/database"; }
running_database() { cat "$(database_file)" 2>/dev/null || echo "$HARBOUR_DATABASE"; }

start_mongo() {
  local dir
  dir=$(server_dir mongo)
  case $HARBOUR_DATABASE in
    mongo-java-server)
      mkdir -p "$dir/h2"
      launch mongo "$HARBOUR_LOCAL/mongo-java-server" "$dir/h2/harbour.mv" "$HARBOUR_MONGO_PORT"
      ;;
    ferretdb)
      mkdir -p "$dir/data"
      launch mongo "$FERRETDB_BIN" --handler=sqlite --sqlite-url="file:$dir/data/" \
        --listen-addr="127.0.0.1:$HARBOUR_MONGO_PORT" --telemetry=disable --debug-addr=- --state-dir="$dir"
      ;;
    *) die "HARBOUR_DATABASE=$HARBOUR_DATABASE: the local database is mongo-java-server (the default) or ferretdb" ;;
  esac
  echo "$HARBOUR_DATABASE" >"$(database_file)"
}

runtime_tools() {
  case $1 in
    kafka) require_tools java node ;;
    mongo) if [ "$HARBOUR_DATABASE" = ferretdb ]; then require_tools node; else require_tools java node; fi ;;
    temporal) require_tools node ;;
  esac
}

# Waits for a server this script started to answer; on failure shows the end of its log.
wait_ready() {
  local server=$1 deadline=$((SECONDS + HARBOUR_READY_TIMEOUT)) address problem=''
  address=$(local_address "$server")
  until probe "$server" "$address"; do
    if ! server_pid "$server" >/dev/null; then
      problem="exited during start-up"
    elif [ $SECONDS -ge $deadline ]; then
      problem="not ready after ${HARBOUR_READY_TIMEOUT}s (HARBOUR_READY_TIMEOUT)"
    fi
    if [ -n "$problem" ]; then
      warn "$server $problem; last lines of $(log_file "$server"):"
      tail -n 40 "$(log_file "$server")" >&2
      return 1
    fi
    sleep 0.5
  done
  say "$server is up at $address (pid $(server_pid "$server"))"
}

stop_server() {
  local server=$1 pid waited=0
  pid=$(server_pid "$server") || return 0
  kill -TERM "$pid" 2>/dev/null
  # Kafka shuts down in a few seconds; after 30 s it is not going to.
  while kill -0 "$pid" 2>/dev/null && [ $waited -lt 300 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$server (pid $pid) ignored SIGTERM for 30s; killing it"
    kill -KILL "$pid" 2>/dev/null
  fi
  rm -f "$(pid_file "$server")"
  say "$server stopped (pid $pid)"
}
