#!/usr/bin/env bash
# Every test of the project (`npm test`): lint, typecheck, dependency audit, unit and component
# tests, production build, bundle budget, and the Playwright tests in Debian's Chromium.
# On a fresh Debian machine, as root, it first installs the system packages it needs with apt.
# It always ends with one line `N passed, N failed[, N skipped]` (scripts/sum-results.mjs) and
# exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

REPORTS=reports
STEPS="$REPORTS/steps.txt"
mkdir -p "$REPORTS"
rm -f "$STEPS" "$REPORTS/vitest.json" "$REPORTS/playwright.json"
: >"$STEPS"

# --- system packages ---------------------------------------------------------------------------
chrome="${CHROME_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chrome" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing with apt-get: ${missing[*]}"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$REPORTS/apt.log" 2>&1; then
      echo "apt-get install ${missing[*]} failed (see $REPORTS/apt.log); install them and run again."
      exit 1
    fi
  else
    echo "Missing system packages: install ${missing[*]} (Debian/Ubuntu: sudo apt-get install -y ${missing[*]}; or set CHROME_PATH to a Chromium binary) and run again."
    exit 1
  fi
fi

# --- steps ---------------------------------------------------------------------------------------
# record <name> <pass|fail|skip> [note]
record() { printf '%s\t%s\t%s\n' "$1" "$2" "${3:-}" >>"$STEPS"; }

# step <name> <command...>: runs the command, records pass or fail.
step() {
  local name="$1"
  shift
  echo
  echo "=== $name: $*"
  if "$@"; then record "$name" pass; else record "$name" fail "exit $?"; fi
}

step lint npx eslint .
step format npx prettier --check .
step typecheck npx tsc -p tsconfig.json --noEmit
step typecheck-domain npx tsc -p tsconfig.domain.json --noEmit

# npm audit needs the registry's audit endpoint; without it (offline, or a mirror that does not
# serve it) the check is reported as skipped rather than passed.
echo
echo "=== npm audit --audit-level=high"
node scripts/npm-audit.mjs
case $? in
  0) record npm-audit pass ;;
  2) record npm-audit skip "registry audit endpoint unreachable" ;;
  *) record npm-audit fail "high or critical advisories" ;;
esac

echo
echo "=== vitest run"
npx vitest run --reporter=default --reporter=json --outputFile.json="$REPORTS/vitest.json"
rc=$?
record vitest "$([ $rc -eq 0 ] && echo pass || echo fail)"

echo
echo "=== vite build"
rm -rf dist
if npx vite build; then
  record build pass
  step bundle-budget node scripts/bundle-size.mjs --dist dist --check
  echo
  echo "=== playwright test"
  PW_DIST=dist PW_JSON="$REPORTS/playwright.json" npx playwright test
  rc=$?
  record playwright "$([ $rc -eq 0 ] && echo pass || echo fail)"
else
  record build fail
  record bundle-budget fail "no build"
  record playwright fail "no build"
fi

echo
node scripts/sum-results.mjs "$REPORTS"
