#!/usr/bin/env bash
# Runs the claimcheck Spark job on a standalone Spark cluster started on this machine: a Master and N Workers,
# each its own JVM, every executor a JVM of its own started by its Worker. The job is submitted in client mode
# (the driver runs in this script's spark-submit JVM, so --refs is read here), and the CoreNLP models jar travels
# to the executors through spark.jars, as on a real cluster: no Worker has it on its class path.
#
#   scripts/spark-standalone.sh [--workers N] [--worker-cores C] [--executor-memory SIZE] [--timeout SECONDS] \
#       -- --input PATH --refs DIR --output DIR [other job options]
#
# Needs `mvn -B -Pspark package -DskipTests` first: target/spark-home (RELEASE and jars/, the profile's Spark),
# target/claimcheck-spark.jar and target/lib/stanford-corenlp-*-models.jar. Every JVM it starts is stopped when
# it exits, however it exits; it prints the job's summary line and exits with the job's code (124 on timeout).
# KEEP_LOGS=1 keeps the logs of the daemons, the driver and every executor (kept anyway when the job fails).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

workers=2
worker_cores=1
executor_memory=2500m
timeout_s=1800
while [ $# -gt 0 ]; do
  case "$1" in
    --workers) workers="$2"; shift 2 ;;
    --worker-cores) worker_cores="$2"; shift 2 ;;
    --executor-memory) executor_memory="$2"; shift 2 ;;
    --timeout) timeout_s="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "spark-standalone: unknown option $1 (job options go after --)" >&2; exit 2 ;;
  esac
done
[ $# -gt 0 ] || { echo "spark-standalone: expected job options after --" >&2; exit 2; }

spark_home="$here/target/spark-home"
job_jar="$here/target/claimcheck-spark.jar"
models_jar="$(ls "$here"/target/lib/stanford-corenlp-*-models.jar 2>/dev/null | head -n 1 || true)"
for f in "$spark_home/RELEASE" "$job_jar" "$models_jar"; do
  if [ -z "$f" ] || [ ! -f "$f" ]; then
    echo "spark-standalone: missing ${f:-the CoreNLP models jar}: run 'mvn -B -Pspark package -DskipTests' first" >&2
    exit 2
  fi
done

# The module openings Spark's own launcher passes to every JVM on Java 17.
java_opts=(-XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true)
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
    java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  java_opts+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
java_opts+=(--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED)

run_dir="$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-spark-standalone.XXXXXX")"
pids=()

# Stops every JVM this script started: each runs in a session of its own (setsid), so its whole process group
# (a Worker and the executors it launched) goes at once; TERM first, KILL for whatever is left after 15 s.
stop_all() {
  local code=$?
  trap - EXIT INT TERM
  local pid
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for _ in $(seq 1 30); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 -- "-$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.5
  done
  for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  if [ "$code" != 0 ] || [ -n "${KEEP_LOGS:-}" ]; then
    echo "spark-standalone: logs kept in $run_dir" >&2
  else
    rm -rf "$run_dir"
  fi
  exit "$code"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# Starts a JVM in a new session; its pid is also its process group id.
start_jvm() {
  local log="$1"; shift
  setsid java "${java_opts[@]}" -cp "$spark_home/jars/*" "$@" >"$log" 2>&1 < /dev/null &
  pids+=("$!")
}

# Waits until a log has COUNT lines matching PATTERN; fails after SECONDS.
wait_for() {
  local log="$1" pattern="$2" count="$3" seconds="$4"
  for _ in $(seq 1 $((seconds * 2))); do
    if [ "$(grep -cE "$pattern" "$log" 2>/dev/null || true)" -ge "$count" ]; then return 0; fi
    sleep 0.5
  done
  echo "spark-standalone: timed out waiting for '$pattern' in $log" >&2
  tail -n 20 "$log" >&2 || true
  return 1
}

export SPARK_HOME="$spark_home"
# What Spark's bin/load-spark-env.sh sets for a binary distribution; a Worker's launcher asks for it before it
# builds an executor's class path from jars/.
export SPARK_SCALA_VERSION=2.13
export SPARK_LOCAL_IP=127.0.0.1
# Ports 0: every daemon takes a free port, so the script runs beside anything else on the machine.
start_jvm "$run_dir/master.log" -Xmx512m org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 0 --webui-port 0
wait_for "$run_dir/master.log" "Starting Spark master at spark://" 1 90
master="$(grep -oE "spark://[^ ]+" "$run_dir/master.log" | head -n 1)"

for i in $(seq 1 "$workers"); do
  mkdir -p "$run_dir/worker-$i"
  start_jvm "$run_dir/worker-$i.log" -Xmx512m org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --port 0 --webui-port 0 --cores "$worker_cores" --memory "$executor_memory" \
    --work-dir "$run_dir/worker-$i" "$master"
done
wait_for "$run_dir/master.log" "Registering worker" "$workers" 90
echo "spark-standalone: master $master with $workers worker(s) of $worker_cores core(s)" >&2

echo "spark-standalone: $(date -u +%T) submitting" >&2
# Client mode: the driver is this JVM; it serves the job jar and the models jar to the executors.
set +e
timeout --kill-after=30 "$timeout_s" java "${java_opts[@]}" -Xmx1g -cp "$spark_home/jars/*" \
  org.apache.spark.deploy.SparkSubmit \
  --master "$master" --deploy-mode client \
  --conf spark.executor.memory="$executor_memory" --conf spark.executor.cores="$worker_cores" \
  --conf spark.cores.max=$((workers * worker_cores)) \
  --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 \
  --jars "$models_jar" \
  --class org.claimcheck.spark.ClaimcheckSparkJob "$job_jar" "$@" \
  >"$run_dir/driver.log" 2>&1
code=$?
set -e
echo "spark-standalone: $(date -u +%T) the driver exited with $code" >&2
grep -E "^claimcheck-spark: " "$run_dir/driver.log" >&2 || true
executors="$(find "$run_dir" -path '*/app-*/*' -name stderr | wc -l)"
echo "spark-standalone: $executors executor JVM(s) ran the job" >&2
if [ "$code" = 124 ]; then
  echo "spark-standalone: the job did not finish within $timeout_s s" >&2
elif [ "$code" != 0 ]; then
  tail -n 40 "$run_dir/driver.log" >&2
fi
exit "$code"
