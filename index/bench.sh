#!/bin/sh
# Indexing, export and search speed, each beside its anchor in one run
# (BENCHMARKS.md, "Indexing, export and search at scale").
#
#   index/bench.sh [DIR]
#
# DIR keeps the benchmark indexes (100k and 1M actions, 2.3 GB; building
# the million is the long part of the first run) so that a second run
# reuses them; without DIR a temporary directory, removed at the end.
# ROUNDS (3) sets the interleaved rounds, ACTIONS (20000) the size of the
# indexing comparison, SKIP_1M=1 leaves out the million.
#
# 1. Indexing: the same papers written into a fresh index by Replace per
#    paper (before), ReplaceMany as run writes them (now), and plain bleve
#    with the same mapping in batches of 1,000 (the anchor).
# 2. run over a folder of papers with one extraction worker and with one
#    per core.
# 3. Export of 100k actions, CSV, JSON lines and a bulk load, whole and
#    filtered, beside encoding/csv writing the same rows from memory.
# 4. Search over a million actions: the mixed queries in process (p50/p99
#    of wall and CPU time), beside bleve's own collector; queries leaving
#    words out walked by walk beside bleve's boolean searcher; and
#    `serve`: time to its first answer, p50/p99 of /api/search over HTTP,
#    its RSS.
set -eu
cd "$(dirname "$0")/.."
if [ $# -ge 1 ]; then
	dir=$1
	mkdir -p "$dir"
else
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"' EXIT
fi
rounds=${ROUNDS:-3}
bin=$dir/councilactions
go build -o "$bin" ./cmd/councilactions
go test -c -o "$dir/index.test" ./index
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== 1. indexing ${ACTIONS:-20000} actions, $rounds rounds"
(cd index && COUNCILACTIONS_BENCH_ROUNDS=$rounds COUNCILACTIONS_BENCH_ACTIONS=${ACTIONS:-20000} \
	"$dir/index.test" -test.run '^$' -test.bench '^BenchmarkIndexing$' -test.benchtime 1x -test.v -test.timeout 0 | grep -E 'bulk_bench|Benchmark')

echo "== 2. run over a folder: the seed papers 40 times over, each copy its own bytes"
papers=$dir/papers
if [ ! -d "$papers" ]; then
	mkdir -p "$papers"
	for i in $(seq 1 40); do
		for f in fixtures/seeds/*.txt; do
			{ cat "$f"; printf '\nCopy %d.\n' "$i"; } >"$papers/$i-$(basename "$f")"
		done
	done
fi
for workers in 1 0; do
	data=$(mktemp -d)
	cat >"$data/config.yaml" <<EOF
data_dir: $data
extract:
  workers: $workers
sources:
  - name: folder
    kind: dir
    path: $papers
EOF
	/usr/bin/time -f "extract.workers=$workers (0: one per core): %e s wall, %U s user, %S s sys" \
		"$bin" run --config "$data/config.yaml" >"$data/out" 2>"$data/err" || { cat "$data/err"; exit 1; }
	tail -1 "$data/err"
	grep -E '^actions:' "$data/out"
	rm -rf "$data"
done

echo "== 3. export, 100k actions, $rounds rounds"
(cd index && COUNCILACTIONS_BENCH_DIR=$dir/index100k COUNCILACTIONS_BENCH_ROUNDS=$rounds \
	"$dir/index.test" -test.run '^$' -test.bench '^BenchmarkExport$' -test.benchtime 1x -test.v -test.timeout 0 | grep -E 'bench_test|Benchmark')

[ "${SKIP_1M:-}" = 1 ] && exit 0
echo "== 4. search, a million actions"
(cd index && COUNCILACTIONS_BENCH_DIR=$dir/data1m/index COUNCILACTIONS_BENCH_SEARCH_ACTIONS=1000000 \
	"$dir/index.test" -test.run '^$' -test.bench '^BenchmarkIndex100k/(faceted|match_all_faceted|bleve_collector_faceted)$' \
	-test.benchtime 240x -test.v -test.timeout 0 | grep -E 'Benchmark|built')
(cd index && COUNCILACTIONS_BENCH_DIR=$dir/data1m/index COUNCILACTIONS_BENCH_SEARCH_ACTIONS=1000000 \
	"$dir/index.test" -test.run '^$' -test.bench '^BenchmarkExclusion$' -test.benchtime 10x -test.v -test.timeout 0 | grep -E 'Benchmark|bench_test')
echo "index of a million actions on disk: $(du -sh "$dir/data1m/index/bleve" | cut -f1)"
python3 - "$bin" "$dir/data1m" <<'PY'
import os, subprocess, sys, time, urllib.request, urllib.parse
bin, data = sys.argv[1], sys.argv[2]
port = "18093"
# The mixed queries of BenchmarkIndex100k (benchRequests), with facets, as
# the search page asks for them.
queries = [{"q": "smoking"}, {"q": "lung cancer"}, {"q": '"mental health"'}, {"q": "+housing -older"},
    {"q": "status:delayed"}, {"q": "term042"}, {"q": "schools", "board": "Board 07 Health and Wellbeing Board"},
    {"year": "2020"}, {"q": "vaccination", "status": ["delayed", "at_risk"]},
    {"overdue": "true", "today": "2022-06-01"}, {"q": "carers", "sort": "due"}, {}]
url = lambda q: f"http://127.0.0.1:{port}/api/search?" + urllib.parse.urlencode(q, doseq=True)
t0 = time.time()
p = subprocess.Popen([bin, "serve", "--data-dir", data, "--addr", "127.0.0.1:" + port], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    first = None
    while first is None and time.time() - t0 < 120:
        try:
            urllib.request.urlopen(url({"q": "smoking"}), timeout=60).read()
            first = time.time() - t0
        except OSError:
            time.sleep(0.01)
    rss = lambda: {l.split(":")[0]: int(l.split()[1]) // 1024 for l in open(f"/proc/{p.pid}/status") if l.startswith(("VmRSS", "RssAnon", "RssFile"))}
    print(f"serve: first answer {first:.2f} s after start; MB {rss()}")
    def cpu():
        f = open(f"/proc/{p.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
    lat = []
    c0 = cpu()
    for i in range(480):
        t = time.perf_counter()
        urllib.request.urlopen(url(queries[i % len(queries)]), timeout=60).read()
        lat.append(time.perf_counter() - t)
    lat.sort()
    print(f"serve: /api/search, {len(lat)} queries: p50 {1000*lat[len(lat)//2]:.1f} ms, p99 {1000*lat[int(.99*(len(lat)-1))]:.1f} ms; server CPU {1000*(cpu()-c0)/len(lat):.1f} ms a query; MB {rss()}")
finally:
    p.terminate()
    p.wait()
PY
