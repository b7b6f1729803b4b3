# deploy/local/harbour doctor: checks every prerequisite of the tests and the platform, and for
# each missing one says what is wrong and the command that installs it. Sourced.

DOCTOR_PROBLEMS=0
doctor_ok() { printf '  ok       %-10s %s\n' "$1" "$2" >&2; }
doctor_later() { printf '  install  %-10s %s\n' "$1" "$2" >&2; }
doctor_missing() {
  printf '  MISSING  %-10s %s\n           fix: %s\n' "$1" "$2" "$3" >&2
  DOCTOR_PROBLEMS=$((DOCTOR_PROBLEMS + 1))
}

# Prints the major version of a version string such as "v20.20.2" or "17.0.15".
major_of() { sed -E 's/^[^0-9]*([0-9]+).*/\1/' <<<"$1"; }

doctor_node() {
  local version major minor
  if ! command -v node >/dev/null 2>&1; then
    doctor_missing node "Node.js is not on PATH" "apt-get install -y nodejs npm (Node.js 20.6+ or 22+)"
    return
  fi
  version=$(node --version)
  major=$(major_of "$version")
  minor=$(sed -E 's/^v[0-9]+\.([0-9]+).*/\1/' <<<"$version")
  if [ "$major" -ge 22 ] || { [ "$major" = 20 ] && [ "$minor" -ge 6 ]; }; then
    doctor_ok node "$version"
  else
    doctor_missing node "$version is too old or unsupported (package.json engines: >=20.6 <21 || >=22)" \
      "install Node.js 20 LTS or 22 LTS"
  fi
  if [ -d "$HARBOUR_REPO/node_modules/@temporalio/worker" ]; then
    doctor_ok packages "node_modules installed"
  else
    doctor_missing packages "node_modules is missing or incomplete" "npm ci"
  fi
}

# Java runs Kafka, the database and the time-skipping test server; Maven and Go only fetch and
# build what is not cached.
doctor_toolchains() {
  local version
  if command -v java >/dev/null 2>&1; then
    version=$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
    if [ "$(major_of "$version")" -ge 17 ]; then doctor_ok java "$version"; else
      doctor_missing java "Java $version is older than 17" "apt-get install -y openjdk-17-jre-headless"
    fi
  else
    doctor_missing java "Java 17+ is not on PATH (Kafka, the database and the test server run on it)" "apt-get install -y openjdk-17-jre-headless"
  fi
  if [ -d "$KAFKA_HOME/libs" ] && [ -d "$TEST_SERVER_HOME/libs" ] && [ -d "$MONGO_JAVA_SERVER_HOME/libs" ]; then
    doctor_ok maven "not needed: Kafka, the database and the test server are cached"
  elif command -v mvn >/dev/null 2>&1; then
    doctor_ok maven "$(mvn -B -v 2>/dev/null | head -n1 | sed "s/\x1b\[[0-9;]*m//g")"
  else
    doctor_missing maven "Maven is needed once, to fetch Kafka, the database and the test server" "apt-get install -y maven"
  fi
  if [ -x "$TEMPORAL_BIN" ] && { [ "$HARBOUR_DATABASE" != ferretdb ] || [ -x "$FERRETDB_BIN" ]; }; then
    doctor_ok go "not needed: Temporal is cached"
  elif command -v go >/dev/null 2>&1; then
    doctor_ok go "$(go version)"
  else
    doctor_missing go "Go 1.22+ is needed once, to build Temporal (and FerretDB when it is the database)" "apt-get install -y golang (or a newer Go from go.dev)"
  fi
}

# The local database is mongo-java-server (single-document atomicity, acknowledged writes kept
# across kill -9); FerretDB is an option that loses concurrent guarded updates.
doctor_database() {
  local launcher="$HARBOUR_LOCAL/mongo/Launcher.java"
  case $HARBOUR_DATABASE in
    mongo-java-server)
      if [ ! -f "$launcher" ]; then
        doctor_missing database "the launcher $launcher is missing" "git checkout -- deploy/local/mongo"
      elif command -v java >/dev/null 2>&1 && ! java --list-modules 2>/dev/null | grep -q '^jdk.compiler@'; then
        doctor_missing database "this Java has no compiler module, so it cannot run the launcher's source file" "apt-get install -y openjdk-17-jdk-headless"
      elif [ -d "$MONGO_JAVA_SERVER_HOME/libs" ]; then
        doctor_ok database "mongo-java-server $MONGO_JAVA_SERVER_VERSION on H2 (cached)"
      else
        doctor_later database "mongo-java-server $MONGO_JAVA_SERVER_VERSION on H2 will be fetched from Maven Central"
      fi
      ;;
    ferretdb)
      if [ -x "$FERRETDB_BIN" ]; then
        doctor_ok database "FerretDB $FERRETDB_VERSION on SQLite (HARBOUR_DATABASE=ferretdb: one connection per process, one process per database)"
      else
        doctor_later database "FerretDB $FERRETDB_VERSION will be built from the Go module proxy"
      fi
      ;;
    *) doctor_missing database "HARBOUR_DATABASE=$HARBOUR_DATABASE is not a database Harbour runs" "unset HARBOUR_DATABASE (mongo-java-server), or HARBOUR_DATABASE=ferretdb" ;;
  esac
}

doctor_browser() { # before_install
  local version fonts
  if version=$("$HARBOUR_CHROMIUM" --version 2>/dev/null); then
    doctor_ok chromium "$version at $HARBOUR_CHROMIUM"
  elif [ "$1" = yes ] && command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || command -v sudo >/dev/null 2>&1; }; then
    doctor_later chromium "Debian's chromium will be installed by deploy/local/harbour install browser"
  else
    doctor_missing chromium "no Chromium at $HARBOUR_CHROMIUM (the page tests drive it)" \
      "deploy/local/harbour install browser (as root: apt-get update && apt-get install -y ${BROWSER_PACKAGES[*]})"
  fi
  fonts=$(missing_debian_packages "${BROWSER_PACKAGES[@]:1}" | xargs)
  if [ -z "${fonts// /}" ]; then
    doctor_ok fonts "${BROWSER_PACKAGES[*]:1}"
  elif [ "$1" = yes ]; then
    doctor_later fonts "$fonts will be installed by deploy/local/harbour install browser"
  else
    doctor_missing fonts "$fonts not installed (pages render without them)" "deploy/local/harbour install browser"
  fi
}

doctor_ports() {
  local server port taken=()
  for server in "${HARBOUR_SERVERS[@]}"; do
    external_address "$server" >/dev/null && continue
    server_pid "$server" >/dev/null && continue
    for port in $(local_ports "$server"); do port_open 127.0.0.1 "$port" && taken+=("$port($server)"); done
  done
  if [ ${#taken[@]} -eq 0 ]; then
    doctor_ok ports "the servers' ports are free or held by servers this script started"
  else
    doctor_missing ports "taken by a process this script did not start: ${taken[*]}" \
      "stop that process, or choose other ports: HARBOUR_KAFKA_PORT, HARBOUR_TEMPORAL_PORT, HARBOUR_TEMPORAL_UI_PORT, HARBOUR_MONGO_PORT"
  fi
  taken=()
  for port in "${HARBOUR_SERVICE_PORTS[@]}"; do port_open 127.0.0.1 "$port" && taken+=("$port"); done
  if [ ${#taken[@]} -eq 0 ]; then doctor_ok services "ports ${HARBOUR_SERVICE_PORTS[*]} free for npm run platform"; else
    doctor_ok services "ports ${taken[*]} in use (npm run platform needs them; tests do not)"
  fi
}

doctor_disk() {
  local dir free
  mkdir -p "$HARBOUR_CACHE" 2>/dev/null || true
  for dir in "$HARBOUR_CACHE" "$HARBOUR_REPO"; do
    free=$(df -Pm "$dir" 2>/dev/null | awk 'NR==2 { print $4 }')
    if [ -z "$free" ]; then
      doctor_missing disk "cannot read the free space under $dir" "check that $dir exists and is writable"
    elif [ "$free" -ge "$HARBOUR_MIN_FREE_MIB" ]; then
      doctor_ok disk "${free} MiB free under $dir"
    else
      doctor_missing disk "${free} MiB free under $dir, ${HARBOUR_MIN_FREE_MIB} MiB needed" "free some disk, or point HARBOUR_CACHE at a larger disk"
    fi
  done
}

# --before-install: what `harbour install` provides counts as "will be installed", not missing.
cmd_doctor() {
  local before_install=no
  [ "${1:-}" = --before-install ] && before_install=yes
  say "checking prerequisites"
  doctor_node
  doctor_toolchains
  doctor_database
  doctor_browser "$before_install"
  doctor_ports
  doctor_disk
  if [ "$DOCTOR_PROBLEMS" -gt 0 ]; then
    say "$DOCTOR_PROBLEMS prerequisite(s) missing; fix them and run again"
    return 1
  fi
  say "every prerequisite is in place"
}
