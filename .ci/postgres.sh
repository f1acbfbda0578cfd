#!/bin/sh
# Makes a local PostgreSQL ready for dunban's storage tests; safe to run again and again.
#
#   source .ci/postgres.sh          # from .ci/run (bash), before `mvn test`; or
#   eval "$(.ci/postgres.sh)"       # from any shell
#
# Installs Debian's `postgresql` package if no cluster exists (needs root and apt), starts the
# first cluster if it is down, and creates a login role and a database it owns. Progress goes to
# stderr. It exports these variables (when sourced) and prints them as `export` lines (for eval):
#
#   DUNBAN_TEST_PG_URL       JDBC URL of the test database (jdbc:postgresql://localhost:PORT/DB)
#   DUNBAN_TEST_PG_USER      role the tests log in as
#   DUNBAN_TEST_PG_PASSWORD  its password
#
# Overridable beforehand: DUNBAN_TEST_PG_DB (dunban_test), DUNBAN_TEST_PG_USER (dunban),
# DUNBAN_TEST_PG_PASSWORD (dunban). The tests use these same defaults when the variables are unset,
# and skip their PostgreSQL half when no server answers.
set -eu

DB=${DUNBAN_TEST_PG_DB:-dunban_test}
ROLE=${DUNBAN_TEST_PG_USER:-dunban}
PASSWORD=${DUNBAN_TEST_PG_PASSWORD:-dunban}

say() { echo "postgres.sh: $*" >&2; }

as_postgres() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        sudo -n -u postgres "$@"
    fi
}

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    say "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi

# The first cluster: version, name, port, status.
set -- $(pg_lsclusters -h | head -n 1)
VERSION=$1 CLUSTER=$2 PORT=$3 STATUS=$4
if [ "$STATUS" != online ]; then
    say "starting cluster $VERSION/$CLUSTER on port $PORT"
    pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi
i=0
until pg_isready -q -h localhost -p "$PORT"; do
    i=$((i + 1))
    if [ $i -gt 30 ]; then
        say "cluster $VERSION/$CLUSTER does not answer on port $PORT"
        exit 1
    fi
    sleep 1
done

# Role and database; passwords are sent via psql variables, so quoting stays PostgreSQL's business.
as_postgres psql -q -p "$PORT" -v ON_ERROR_STOP=1 -v role="$ROLE" -v password="$PASSWORD" -v db="$DB" >&2 <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" LOGIN PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
say "database $DB ready for role $ROLE on localhost:$PORT"

export DUNBAN_TEST_PG_URL="jdbc:postgresql://localhost:$PORT/$DB"
export DUNBAN_TEST_PG_USER="$ROLE"
export DUNBAN_TEST_PG_PASSWORD="$PASSWORD"
echo "export DUNBAN_TEST_PG_URL='$DUNBAN_TEST_PG_URL'"
echo "export DUNBAN_TEST_PG_USER='$DUNBAN_TEST_PG_USER'"
echo "export DUNBAN_TEST_PG_PASSWORD='$DUNBAN_TEST_PG_PASSWORD'"
