#!/usr/bin/env bash
# A real Tiny Tiny RSS server for the sync tests (issue #16), on loopback only.
#
#   tools/ttrss-server.sh start    install what is missing (Debian/Ubuntu, as root), start PostgreSQL and Apache,
#                                  print URL=, USER=, PASSWORD=, FEEDS_DIR=, FEEDS_URL= lines
#   tools/ttrss-server.sh stop     stop what start started
#   tools/ttrss-server.sh status   print the lines again when it runs (exit 1 when it does not)
#   tools/ttrss-server.sh reset    empty the test user's account (feeds, categories, articles) and FEEDS_DIR
#   tools/ttrss-server.sh sql SQL  run SQL on the server's database, print the rows (tests check the server's side)
#
# What it sets up, and why (measured on Debian 12, tt-rss 21~git20210204):
# - its own PostgreSQL cluster ("sosikttrss", port SOSIK_TTRSS_PG_PORT, listen_addresses='localhost', started
#   manually only), so that it neither needs nor touches the machine's own clusters;
# - Apache from apache2-bin with a config of its own (Listen 127.0.0.1:SOSIK_TTRSS_PORT, mod_php, the tt-rss web
#   root), so nothing else of Apache is installed or enabled;
# - /etc/tt-rss/config.php with SELF_URL_PATH equal to the URL printed (tt-rss refuses other URLs), and a user
#   whose ENABLE_API_ACCESS preference is set (the API answers API_DISABLED otherwise);
# - a local plugin (plugins.local/sosik_test_feeds) that serves http://feeds.sosik.test/NAME from FEEDS_DIR/NAME:
#   tt-rss refuses to subscribe to loopback or private addresses, so tests put their feeds there and tt-rss
#   parses them as it would any other feed (subscribeToFeed, updateFeed through the API).
# Package installs preseed debconf and take dbconfig-no-thanks (otherwise apt picks the MySQL path and asks).
# The password of the test user is random, kept in STATE (mode 600), and only ever printed by start/status.
#
# Several test runs at once (ctest in two worktrees) share the one server: start/stop/reset run one at a time
# (flock on STATE/lock), and each start takes a lease named by SOSIK_TTRSS_LEASE (the ctest fixture passes its
# build directory); stop gives up that lease and stops the server only when no other lease of the last 6 hours is
# left, so one run's stop never pulls the server from under another run. The tests themselves take turns through
# a lock of their own (tests/sync/TtRssServer.cpp), since they share the test user's account.
set -euo pipefail

PORT="${SOSIK_TTRSS_PORT:-8281}"
PG_PORT="${SOSIK_TTRSS_PG_PORT:-5438}"
STATE="${SOSIK_TTRSS_STATE:-/var/lib/sosik-ttrss}"
CLUSTER=sosikttrss
DB=sosik_ttrss
DB_USER=sosik_ttrss
TT_USER=sosik
WWW=/usr/share/tt-rss/www
URL="http://127.0.0.1:${PORT}/"
LEASE="${SOSIK_TTRSS_LEASE:-manual}"
PACKAGES=(dbconfig-no-thanks tt-rss postgresql libapache2-mod-php php-pgsql php-curl php-intl php-mbstring php-xml
    php-cli)

say() { echo "[ttrss-server] $*" >&2; }
die() {
    say "$1"
    exit "${2:-1}"
}

missing_packages() {
    # one dpkg-query for all: packages it does not know are missing too
    local installed
    installed="$(dpkg-query -W -f='${Package} ${Status}\n' "${PACKAGES[@]}" 2>/dev/null | awk '/install ok installed/ {print $1}')"
    local p
    for p in "${PACKAGES[@]}"; do
        grep -qx "$p" <<<"$installed" || echo "$p"
    done
}

install_packages() {
    command -v dpkg-query >/dev/null || die "not a Debian/Ubuntu system: install tt-rss, PostgreSQL and Apache by hand" 3
    local missing
    missing="$(missing_packages | tr '\n' ' ')"
    [ -z "$missing" ] && return 0
    [ "$(id -u)" = 0 ] || die "needs root to install: $missing" 3
    say "installing: $missing"
    # tt-rss asks which web server to reconfigure and which URL it lives at; we configure both ourselves.
    printf '%s\n' 'tt-rss tt-rss/reconfigure-webserver multiselect ' \
        "tt-rss tt-rss/self_url_path string ${URL}" | debconf-set-selections
    export DEBIAN_FRONTEND=noninteractive
    local apt=(apt-get install -y -q -o DPkg::Lock::Timeout=600 --no-install-recommends)
    # shellcheck disable=SC2086
    if ! "${apt[@]}" $missing >"$STATE/apt.log" 2>&1; then
        apt-get update -q -o DPkg::Lock::Timeout=600 >>"$STATE/apt.log" 2>&1 || true
        # shellcheck disable=SC2086
        "${apt[@]}" $missing >>"$STATE/apt.log" 2>&1 ||
            die "could not install $missing (no package registry?); see $STATE/apt.log" 3
    fi
    # a fresh postgresql package starts its own "main" cluster where it can: nothing but ours is left running
    if grep -qw postgresql <<<"$missing"; then
        pg_lsclusters -h 2>/dev/null | awk '$2 != "'"$CLUSTER"'" && $4 == "online" {print $1" "$2}' |
            while read -r version name; do pg_ctlcluster "$version" "$name" stop || true; done
    fi
}

pg_version() { find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -1; }

as_postgres() { runuser -u postgres -- "$@"; }

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@"; }

psql_db() {
    PGPASSWORD="$(cat "$STATE/db-password")" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" \
        -d "$DB" "$@"
}

random_secret() { head -c 18 /dev/urandom | base64 | tr -d '/+=' | head -c 20; }

start_postgres() {
    local version
    version="$(pg_version)"
    [ -n "$version" ] || die "PostgreSQL is not installed" 3
    if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version $CLUSTER"; then
        say "creating PostgreSQL cluster $CLUSTER on port $PG_PORT"
        pg_createcluster -q -p "$PG_PORT" --start-conf=manual -o listen_addresses=localhost "$version" "$CLUSTER" \
            >/dev/null
    fi
    if ! pg_lsclusters -h | awk '$2 == "'"$CLUSTER"'" {print $4}' | grep -q online; then
        pg_ctlcluster "$version" "$CLUSTER" start 9>&- # the daemons must not inherit the lock
        echo postgres >>"$STATE/started"
    fi
}

setup_database() {
    [ -s "$STATE/db-password" ] || (umask 077 && random_secret >"$STATE/db-password")
    if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != 1 ]; then
        psql_admin -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$(cat "$STATE/db-password")'"
    fi
    if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
        psql_admin -c "CREATE DATABASE $DB OWNER $DB_USER ENCODING 'UTF8' TEMPLATE template0"
        PGOPTIONS="-c client_min_messages=warning" psql_db -f /usr/share/tt-rss/schema/ttrss_schema_pgsql.sql >/dev/null
    fi
    [ -s "$STATE/password" ] || (umask 077 && random_secret >"$STATE/password")
    local salt
    salt="$(random_secret)"
    # tt-rss's MODE2 hash: sha256 of salt + password (include/functions.php encrypt_password). The password goes to
    # psql on standard input, never on a command line.
    psql_db >/dev/null <<SQL
\set pass '$(cat "$STATE/password")'
INSERT INTO ttrss_users (login, pwd_hash, access_level, salt)
    SELECT '$TT_USER', '', 10, '' WHERE NOT EXISTS (SELECT 1 FROM ttrss_users WHERE login = '$TT_USER');
UPDATE ttrss_users SET salt = '$salt',
    pwd_hash = 'MODE2:' || encode(sha256(convert_to('$salt' || :'pass', 'UTF8')), 'hex') WHERE login = '$TT_USER';
DELETE FROM ttrss_user_prefs WHERE pref_name = 'ENABLE_API_ACCESS'
    AND owner_uid = (SELECT id FROM ttrss_users WHERE login = '$TT_USER');
INSERT INTO ttrss_user_prefs (owner_uid, pref_name, profile, value)
    SELECT id, 'ENABLE_API_ACCESS', NULL, 'true' FROM ttrss_users WHERE login = '$TT_USER';
SQL
}

write_config() {
    [ -f /etc/tt-rss/config.php.sosik-orig ] || cp /etc/tt-rss/config.php /etc/tt-rss/config.php.sosik-orig
    local config
    config="$(
        cat <<PHP
<?php
// Written by Sosik's tools/ttrss-server.sh (the original is config.php.sosik-orig).
define('DB_TYPE', 'pgsql');
define('DB_HOST', '127.0.0.1');
define('DB_PORT', '$PG_PORT');
define('DB_USER', '$DB_USER');
define('DB_NAME', '$DB');
define('DB_PASS', trim(file_get_contents('$STATE/db-password')));
define('MYSQL_CHARSET', 'UTF8');
define('SELF_URL_PATH', '$URL');
define('SINGLE_USER_MODE', false);
define('SIMPLE_UPDATE_MODE', false);
define('PHP_EXECUTABLE', '/usr/bin/php');
define('LOCK_DIRECTORY', '/var/lib/tt-rss');
define('CACHE_DIR', '/var/cache/tt-rss');
define('ICONS_DIR', 'feed-icons');
define('ICONS_URL', 'feed-icons');
define('AUTH_AUTO_CREATE', false);
define('AUTH_AUTO_LOGIN', false);
define('FORCE_ARTICLE_PURGE', 0);
define('ENABLE_REGISTRATION', false);
define('REG_NOTIFY_ADDRESS', 'user@localhost');
define('REG_MAX_USERS', 10);
define('SESSION_COOKIE_LIFETIME', 86400);
define('SMTP_FROM_NAME', 'Tiny Tiny RSS');
define('SMTP_FROM_ADDRESS', 'noreply@localhost');
define('DIGEST_SUBJECT', '[tt-rss] New headlines for last 24 hours');
define('CHECK_FOR_UPDATES', false);
define('ENABLE_GZIP_OUTPUT', false);
define('PLUGINS', 'auth_internal, note, sosik_test_feeds');
define('LOG_DESTINATION', '');
define('CONFIG_VERSION', 26);
PHP
    )"
    [ "$(cat /etc/tt-rss/config.php)" = "$config" ] || printf '%s\n' "$config" >/etc/tt-rss/config.php
    chmod 644 /etc/tt-rss/config.php
    # the database password file is read by PHP as www-data
    chgrp www-data "$STATE/db-password" && chmod 640 "$STATE/db-password"

    mkdir -p "$STATE/feeds" "$WWW/plugins.local/sosik_test_feeds"
    chmod 755 "$STATE" "$STATE/feeds"
    cat >"$WWW/plugins.local/sosik_test_feeds/init.php" <<PHP
<?php
// Sosik's sync tests (tools/ttrss-server.sh): http://feeds.sosik.test/NAME is the file $STATE/feeds/NAME.
class Sosik_Test_Feeds extends Plugin
{
    function about() { return array(1.0, "Feeds of Sosik's sync tests, from local files", "sosik", true); }
    function api_version() { return 2; }
    function init(\$host)
    {
        \$host->add_hook(\$host::HOOK_FETCH_FEED, \$this);
        \$host->add_hook(\$host::HOOK_SUBSCRIBE_FEED, \$this);
        \$host->add_hook(\$host::HOOK_FEED_BASIC_INFO, \$this);
    }
    private function local(\$url)
    {
        if (!preg_match('#^https?://feeds\\.sosik\\.test/([A-Za-z0-9._-]+)\$#', \$url, \$m)) return false;
        \$file = '$STATE/feeds/' . \$m[1];
        return is_readable(\$file) ? file_get_contents(\$file) : false;
    }
    function hook_fetch_feed(\$data, \$url, \$owner_uid, \$feed, \$last_ts, \$login, \$pass)
    {
        \$local = \$this->local(\$url);
        return \$local !== false ? \$local : \$data;
    }
    function hook_subscribe_feed(\$contents, \$url, \$login, \$pass)
    {
        \$local = \$this->local(\$url);
        return \$local !== false ? \$local : \$contents;
    }
    function hook_feed_basic_info(\$info, \$url, \$owner_uid, \$feed, \$login, \$pass)
    {
        \$local = \$this->local(\$url);
        if (\$local === false) return \$info;
        \$rss = new FeedParser(trim(\$local));
        \$rss->init();
        if (\$rss->error()) return \$info;
        return array('title' => mb_substr(clean(\$rss->get_title()), 0, 199),
            'site_url' => mb_substr(clean(\$rss->get_link()), 0, 245));
    }
}
PHP
}

start_apache() {
    local php_module
    php_module="$(find /usr/lib/apache2/modules -name 'libphp*.so' | sort -V | tail -1)"
    [ -n "$php_module" ] || die "mod_php is missing" 3
    cat >"$STATE/apache.conf" <<CONF
# Written by Sosik's tools/ttrss-server.sh: tt-rss on loopback only.
ServerRoot "$STATE"
ServerName 127.0.0.1
Listen 127.0.0.1:$PORT
PidFile "$STATE/apache.pid"
ErrorLog "$STATE/apache-error.log"
LogLevel warn
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule php_module $php_module
StartServers 2
MinSpareServers 1
MaxSpareServers 4
MaxRequestWorkers 8
TypesConfig /etc/mime.types
DocumentRoot "$WWW"
DirectoryIndex index.php
<Directory />
    Require all denied
    AllowOverride None
</Directory>
<Directory "$WWW">
    Require all granted
    Options FollowSymLinks
</Directory>
<FilesMatch "\.php\$">
    SetHandler application/x-httpd-php
</FilesMatch>
CONF
    if [ -s "$STATE/apache.pid" ] && kill -0 "$(cat "$STATE/apache.pid")" 2>/dev/null; then
        /usr/sbin/apache2 -f "$STATE/apache.conf" -k graceful 9>&-
        return 0
    fi
    /usr/sbin/apache2 -f "$STATE/apache.conf" -k start 9>&-
    echo apache >>"$STATE/started"
}

# One login through the API, as a client would.
api_answers() {
    php -r '
        $body = json_encode(["op" => "login", "user" => $argv[2], "password" => trim(file_get_contents($argv[3]))]);
        $ctx = stream_context_create(["http" => ["method" => "POST", "header" => "Content-Type: application/json",
            "content" => $body, "timeout" => 5, "ignore_errors" => true]]);
        $answer = json_decode(@file_get_contents($argv[1] . "api/", false, $ctx), true);
        if (($answer["status"] ?? 1) === 0) { exit(0); }
        fwrite(STDERR, ($answer["content"]["error"] ?? "no answer") . "\n"); exit(1);
    ' "$URL" "$TT_USER" "$STATE/password" 2>"$STATE/api-check.log"
}

# Until the API answers a login, at most ~20 s.
wait_for_api() {
    local i
    for i in $(seq 1 100); do
        api_answers && return 0
        sleep 0.2
    done
    die "the API did not answer a login at ${URL}api/: $(cat "$STATE/api-check.log")"
}

take_lease() {
    mkdir -p "$STATE/leases"
    printf '%s\n' "$LEASE" >"$(lease_file)"
}

print_lines() {
    echo "URL=$URL"
    echo "USER=$TT_USER"
    echo "PASSWORD=$(cat "$STATE/password")"
    echo "FEEDS_DIR=$STATE/feeds"
    echo "FEEDS_URL=http://feeds.sosik.test/"
}

running() {
    [ -s "$STATE/apache.pid" ] && kill -0 "$(cat "$STATE/apache.pid")" 2>/dev/null && [ -s "$STATE/password" ] &&
        pg_lsclusters -h 2>/dev/null | awk '$2 == "'"$CLUSTER"'" {print $4}' | grep -q online
}

# One start/stop/reset at a time, whoever calls it.
take_lock() {
    mkdir -p "$STATE"
    exec 9>>"$STATE/lock"
    flock -w 900 9 || die "another tools/ttrss-server.sh has held $STATE/lock for 15 minutes"
}

lease_file() { echo "$STATE/leases/$(printf '%s' "$LEASE" | md5sum | cut -c1-16)"; }

cmd_start() {
    if [ "$(id -u)" != 0 ]; then
        running || die "needs root (packages, a PostgreSQL cluster, Apache as www-data)" 3
        print_lines
        return 0
    fi
    take_lock
    chmod 755 "$STATE"
    if running && api_answers; then
        # another run started it: share it as it is (no reconfiguration under that run's feet)
        take_lease
        print_lines
        return 0
    fi
    touch "$STATE/started"
    install_packages
    start_postgres
    setup_database
    write_config
    start_apache
    wait_for_api
    take_lease
    print_lines
}

cmd_stop() {
    [ -f "$STATE/started" ] || return 0
    take_lock
    rm -f "$(lease_file)"
    local others
    others="$(find "$STATE/leases" -type f -mmin -360 2>/dev/null | wc -l)"
    if [ "$others" -gt 0 ]; then
        say "left running: $others other run(s) still use it ($STATE/leases)"
        return 0
    fi
    rm -rf "$STATE/leases"
    if grep -qx apache "$STATE/started" && [ -s "$STATE/apache.pid" ]; then
        local pid
        pid="$(cat "$STATE/apache.pid")"
        /usr/sbin/apache2 -f "$STATE/apache.conf" -k stop 2>/dev/null || kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
    fi
    if grep -qx postgres "$STATE/started"; then
        pg_ctlcluster "$(pg_version)" "$CLUSTER" stop 2>/dev/null || true
    fi
    rm -f "$STATE/started"
}

case "${1:-}" in
start) cmd_start ;;
stop) cmd_stop ;;
status) running && print_lines ;;
reset)
    take_lock
    # the test user's feeds, categories and articles go (the tests start from an empty account)
    psql_db -c "DELETE FROM ttrss_feeds WHERE owner_uid = (SELECT id FROM ttrss_users WHERE login = '$TT_USER');
        DELETE FROM ttrss_feed_categories WHERE owner_uid = (SELECT id FROM ttrss_users WHERE login = '$TT_USER');
        DELETE FROM ttrss_user_entries WHERE owner_uid = (SELECT id FROM ttrss_users WHERE login = '$TT_USER');
        DELETE FROM ttrss_entries WHERE id NOT IN (SELECT ref_id FROM ttrss_user_entries);"
    rm -f "$STATE"/feeds/*
    ;;
sql)
    [ $# -ge 2 ] || die "usage: $0 sql 'SELECT …'" 2
    psql_db -tA -F '|' -c "$2"
    ;;
*)
    echo "usage: $0 start|stop|status|reset|sql SQL" >&2
    exit 2
    ;;
esac
