#!/usr/bin/env bash
# The standalone cluster test: runs the Spark job on a Master and two Workers (scripts/spark-standalone.sh) over
# corpus/ and eval/articles, renders every report from its output with `claimcheck report --from`, and compares
# them with `claimcheck check` on the same inputs: every report file byte for byte, standard output (the text
# and github formats) and the exit code. Needs `mvn -B -Pspark package -DskipTests` (or verify) first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
work="$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-standalone-test.XXXXXX")"
trap 'rm -rf "$work"' EXIT
formats=html,json,sarif,junit,markdown,csv,claimreview,text,github
failed=0
passed=0

compare() {
  local name="$1" input="$2" refs="$3"
  local job="$work/$name-job"
  echo "== $name: $input against $refs"
  scripts/spark-standalone.sh --workers 2 --worker-cores 1 --timeout 900 -- \
    --input "$input" --refs "$refs" --output "$job" 2> "$work/$name-cluster.log" \
    || { cat "$work/$name-cluster.log"; echo "FAILED: $name: the cluster run failed"; failed=$((failed + 1)); return; }
  cat "$work/$name-cluster.log"
  if ! grep -q "spark-standalone: 2 executor JVM(s) ran the job" "$work/$name-cluster.log"; then
    echo "FAILED: $name: expected two executor JVMs"; failed=$((failed + 1)); return
  fi
  local check_code=0 report_code=0
  ./claimcheck check "$input" --refs "$refs" --no-cache --threads 2 --output "$work/$name-check" \
    --format "$formats" > "$work/$name-check.out" 2> "$work/$name-check.err" || check_code=$?
  ./claimcheck report --from "$job" --output "$work/$name-report" --format "$formats" \
    > "$work/$name-report.out" 2> "$work/$name-report.err" || report_code=$?
  if [ "$check_code" != "$report_code" ]; then
    echo "FAILED: $name: check exited $check_code, report --from $report_code"
    cat "$work/$name-report.err"; failed=$((failed + 1)); return
  fi
  if [ "$(ls "$work/$name-check" | wc -l)" != 7 ]; then
    echo "FAILED: $name: check wrote $(ls "$work/$name-check" | wc -l) report files, expected 7"
    failed=$((failed + 1)); return
  fi
  if ! diff -r "$work/$name-check" "$work/$name-report" > "$work/$name.diff" \
      || ! diff "$work/$name-check.out" "$work/$name-report.out" >> "$work/$name.diff"; then
    head -n 40 "$work/$name.diff"; echo "FAILED: $name: the reports differ"; failed=$((failed + 1)); return
  fi
  echo "$name: 7 report files and standard output identical, exit code $check_code for both"
  passed=$((passed + 1))
}

compare corpus corpus reference-data
compare eval eval/articles eval/reference-data
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
