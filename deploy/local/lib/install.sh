# Installs the servers into HARBOUR_CACHE from Maven Central and the Go module proxy. Sourced.
# Each item lands in a directory named by its version and is moved there only when complete,
# so an existing directory means "installed" and a broken first attempt leaves nothing behind.

require_tools() {
  local missing=() tool
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] || die "missing on PATH: ${missing[*]} (install needs Java 17+ with Maven for Kafka and the test server, Go for Temporal and FerretDB)"
}

# Copies the runtime classpath of the given Maven coordinates (group:artifact:version) into a libs folder.
install_maven_libs() {
  local dest=$1 work coords group artifact version deps=''
  shift
  [ -d "$dest" ] && return 0
  require_tools java mvn
  mkdir -p "$HARBOUR_CACHE"
  work=$(mktemp -d "$HARBOUR_CACHE/.install.XXXXXX")
  for coords in "$@"; do
    IFS=: read -r group artifact version <<<"$coords"
    deps+="<dependency><groupId>$group</groupId><artifactId>$artifact</artifactId><version>$version</version></dependency>"
  done
  cat >"$work/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>harbour.local</groupId><artifactId>servers</artifactId><version>0</version><packaging>pom</packaging>
<dependencies>$deps</dependencies></project>
EOF
  say "downloading $* from Maven Central"
  mvn -q -B -f "$work/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$work/libs" \
    >"$work/mvn.log" 2>&1 || { tail -n 30 "$work/mvn.log" >&2; rm -rf "$work"; die "maven could not resolve $*"; }
  mkdir -p "$(dirname "$dest")"
  # -T: when a concurrent install got there first, keep its folder instead of nesting this one.
  mv -T "$work/libs" "$dest" 2>/dev/null || [ -d "$dest" ]
  rm -rf "$work"
}

# go install into a scratch GOBIN, then move the binary into place.
install_go_binary() {
  local dest=$1 package=$2 work
  [ -x "$dest" ] && return 0
  require_tools go
  mkdir -p "$HARBOUR_CACHE"
  work=$(mktemp -d "$HARBOUR_CACHE/.install.XXXXXX")
  say "building $package with go install (the first time takes several minutes)"
  GOBIN="$work" go install "$package" || { rm -rf "$work"; die "go install $package failed"; }
  mkdir -p "$(dirname "$dest")"
  mv "$work/$(basename "$dest")" "$dest"
  rm -rf "$work"
}

install_kafka() {
  install_maven_libs "$KAFKA_HOME/libs" "org.apache.kafka:kafka_2.13:$KAFKA_VERSION" "$KAFKA_SLF4J_BINDING"
}

install_temporal() {
  install_go_binary "$TEMPORAL_BIN" "github.com/temporalio/cli/cmd/temporal@v$TEMPORAL_CLI_VERSION"
}

# The selected database; mongo-java-server always, since the database's own tests start it.
install_mongo() {
  install_mongo_java_server
  [ "$HARBOUR_DATABASE" != ferretdb ] || install_ferretdb
}

install_mongo_java_server() {
  install_maven_libs "$MONGO_JAVA_SERVER_HOME/libs" "${MONGO_JAVA_SERVER_LIBS[@]}"
}

# FerretDB reads its version from build/version/version.txt at start-up, which the module
# download lacks (a plain go install builds a binary that panics), so build from a copy.
install_ferretdb() {
  [ -x "$FERRETDB_BIN" ] && return 0
  require_tools go
  local module="github.com/FerretDB/FerretDB@v$FERRETDB_VERSION" dir src work
  say "downloading $module from the Go module proxy"
  mkdir -p "$HARBOUR_CACHE"
  dir=$(cd "$HARBOUR_CACHE" && go mod download -json "$module" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$/\1/p')
  [ -d "$dir" ] || die "go mod download $module failed"
  # A private copy per install: two installs at once (two checkouts, say) must not share sources.
  work=$(mktemp -d "$HARBOUR_CACHE/.install.XXXXXX")
  src="$work/ferretdb-v$FERRETDB_VERSION"
  cp -r "$dir" "$src" && chmod -R u+w "$src"
  echo "v$FERRETDB_VERSION" >"$src/build/version/version.txt"
  say "building FerretDB v$FERRETDB_VERSION (the first time takes a few minutes)"
  (cd "$src" && go build -o "$work/ferretdb" ./cmd/ferretdb) || { rm -rf "$work"; die "building FerretDB failed"; }
  mkdir -p "$(dirname "$FERRETDB_BIN")"
  mv "$work/ferretdb" "$FERRETDB_BIN"
  chmod -R u+w "$work" && rm -rf "$work"
}

install_test_server() {
  install_maven_libs "$TEST_SERVER_HOME/libs" "io.temporal:temporal-test-server:$TEST_SERVER_VERSION"
  [ -f "$TEST_SERVER_ARCHIVE" ] && return 0
  say "recording the test server's start-up classes for class-data sharing"
  local port pid archive="$TEST_SERVER_ARCHIVE.$$" log="$TEST_SERVER_HOME/archive.log" waited=0
  port=$(free_port)
  java "${TEST_SERVER_JVM[@]}" "-XX:ArchiveClassesAtExit=$archive" "$TEST_SERVER_MAIN" "$port" --enable-time-skipping \
    >"$log" 2>&1 &
  pid=$!
  until port_open 127.0.0.1 "$port"; do
    kill -0 "$pid" 2>/dev/null && [ $waited -lt 600 ] || { kill "$pid" 2>/dev/null; tail -n 20 "$log" >&2; die "test server did not start"; }
    sleep 0.1
    waited=$((waited + 1))
  done
  # The archive is written when the JVM exits; SIGTERM runs the normal exit path.
  kill -TERM "$pid" && wait "$pid" || true
  [ -s "$archive" ] || die "no class-data archive was written (see $log)"
  mv "$archive" "$TEST_SERVER_ARCHIVE"
}

# Debian's Chromium for the page tests, with fonts that cover the victims' languages' Latin,
# Cyrillic and Greek letters. Debian packages install system-wide, so "installed" is dpkg's word.
BROWSER_PACKAGES=(chromium fonts-dejavu-core fonts-liberation)

missing_debian_packages() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || echo "$package"
  done
}

install_browser() {
  local missing started=$SECONDS sudo=()
  missing=$(missing_debian_packages "${BROWSER_PACKAGES[@]}" | tr '\n' ' ')
  [ -n "${missing// /}" ] || return 0
  command -v apt-get >/dev/null 2>&1 || die "no apt-get here: install ${missing}yourself (Chromium at $HARBOUR_CHROMIUM)"
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "installing ${missing}needs root: sudo apt-get install -y $missing"
    sudo=(sudo)
  fi
  say "installing Debian packages: $missing"
  # Another install (a second checkout, the system's own updates) may hold the package lock: wait for it.
  local apt=("${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600)
  # Empty package lists (a fresh machine) or lists that no longer name the package: update first.
  if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e '^lock$' -e '^partial$' -e '^auxfiles$')" ] ||
    ! apt-cache show chromium >/dev/null 2>&1; then
    "${apt[@]}" update -qq || die "apt-get update failed"
  fi
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends $missing >/dev/null ||
    { "${apt[@]}" update -qq && DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends $missing >/dev/null; } ||
    die "apt-get install $missing failed"
  say "installed $missing in $((SECONDS - started))s ($("$HARBOUR_CHROMIUM" --version 2>/dev/null))"
}
