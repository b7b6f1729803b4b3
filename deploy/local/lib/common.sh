# Settings and helpers shared by deploy/local/harbour and deploy/local/temporal-test-server. Sourced.
# Versions, the cache layout, the state layout and the ports are defined here and nowhere else.

HARBOUR_LOCAL="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HARBOUR_REPO="$(cd "$HARBOUR_LOCAL/../.." && pwd)"

HARBOUR_SERVERS=(kafka temporal mongo)
HARBOUR_NAMESPACE=harbour

HARBOUR_CACHE="${HARBOUR_CACHE:-$HOME/.cache/harbour}"
HARBOUR_STATE="${HARBOUR_STATE:-$HARBOUR_REPO/.harbour/state}"
HARBOUR_READY_TIMEOUT="${HARBOUR_READY_TIMEOUT:-90}"

HARBOUR_KAFKA_PORT="${HARBOUR_KAFKA_PORT:-9092}"
HARBOUR_KAFKA_CONTROLLER_PORT=$((HARBOUR_KAFKA_PORT + 1))
# The broker's client listener authenticates with SASL/SCRAM-SHA-512 (off: plaintext, as before).
HARBOUR_KAFKA_SASL="${HARBOUR_KAFKA_SASL:-on}"
HARBOUR_KAFKA_USER=harbour
HARBOUR_TEMPORAL_PORT="${HARBOUR_TEMPORAL_PORT:-7233}"
HARBOUR_TEMPORAL_UI_PORT="${HARBOUR_TEMPORAL_UI_PORT:-8233}"
HARBOUR_MONGO_PORT="${HARBOUR_MONGO_PORT:-27017}"
# The platform's services (deploy/local/platform) listen on these.
HARBOUR_SERVICE_PORTS=(3001 3002 3003 3004 3005 3006 3007)

# Debian's Chromium, which the page tests drive (libs/testing reads the same variable).
export HARBOUR_CHROMIUM="${HARBOUR_CHROMIUM:-/usr/bin/chromium}"
# Free disk the first install needs in the cache (servers, Go and Maven downloads), in MiB.
HARBOUR_MIN_FREE_MIB="${HARBOUR_MIN_FREE_MIB:-3072}"

KAFKA_VERSION=3.9.1
# Kafka 3.9 logs through SLF4J 1.7; reload4j is its own binding.
KAFKA_SLF4J_BINDING=org.slf4j:slf4j-reload4j:1.7.36
KAFKA_HOME="$HARBOUR_CACHE/kafka-$KAFKA_VERSION"

TEMPORAL_CLI_VERSION=1.5.1
TEMPORAL_BIN="$HARBOUR_CACHE/temporal-cli-$TEMPORAL_CLI_VERSION/temporal"

# The local MongoDB-compatible database: mongo-java-server on an H2 file by default, FerretDB with
# HARBOUR_DATABASE=ferretdb (it loses concurrent guarded updates; see README, Servers without containers).
HARBOUR_DATABASE="${HARBOUR_DATABASE:-mongo-java-server}"
MONGO_JAVA_SERVER_VERSION=1.47.0
MONGO_JAVA_SERVER_HOME="$HARBOUR_CACHE/mongo-java-server-$MONGO_JAVA_SERVER_VERSION"
MONGO_JAVA_SERVER_LIBS=("de.bwaldvogel:mongo-java-server-h2-backend:$MONGO_JAVA_SERVER_VERSION" org.slf4j:slf4j-simple:2.0.17)
# Connection resets by clients that close their sockets are logged by the exception handler as errors.
MONGO_JAVA_SERVER_JVM=(-Xms64m -Xmx512m -XX:+UseSerialGC
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.de.bwaldvogel.mongo.wire.MongoExceptionHandler=off)

FERRETDB_VERSION=1.24.2
FERRETDB_BIN="$HARBOUR_CACHE/ferretdb-$FERRETDB_VERSION/ferretdb"

TEST_SERVER_VERSION=1.31.0
TEST_SERVER_HOME="$HARBOUR_CACHE/temporal-test-server-$TEST_SERVER_VERSION"
# Class-data-sharing archive: @temporalio/testing gives the server only a few seconds to listen.
TEST_SERVER_ARCHIVE="$TEST_SERVER_HOME/classes.jsa"
TEST_SERVER_JVM=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
  -cp "$TEST_SERVER_HOME/libs/*")
TEST_SERVER_MAIN=io.temporal.testserver.TestServer

say() { printf 'harbour: %s\n' "$*" >&2; }
warn() { printf 'harbour: warning: %s\n' "$*" >&2; }
die() {
  printf 'harbour: error: %s\n' "$*" >&2
  exit 1
}

port_open() { # host port
  timeout 1 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    port_open 127.0.0.1 "$port" || {
      echo "$port"
      return 0
    }
  done
  die "no free port found on 127.0.0.1"
}
