package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/action"
)

// BenchmarkTextSeeds measures the whole text path (reader, tables,
// narrative, meta) over the five seed papers.
func BenchmarkTextSeeds(b *testing.B) {
	var papers [][]byte
	size := 0
	for _, f := range seeds(b) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		papers = append(papers, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		for _, data := range papers {
			if _, err := Bytes(ctx, data, FormatText, action.Document{Source: "bench.txt"}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(papers))/b.Elapsed().Seconds(), "papers/s")
}

// BenchmarkRealWorld extracts the real council papers in ../shared
// (skipped when absent) through the whole pipeline in one process: reader,
// tables, narrative and meta rules.
func BenchmarkRealWorld(b *testing.B) {
	names, _ := filepath.Glob(filepath.Join(realWorldDocs, "*.pdf"))
	if len(names) == 0 {
		b.Skip("no real papers in ../shared")
	}
	ctx := context.Background()
	for b.Loop() {
		for _, n := range names {
			if _, err := File(ctx, n, action.Document{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(names))/b.Elapsed().Seconds(), "papers/s")
}

// BenchmarkRealWorldPapers extracts each real council paper in ../shared
// (skipped when absent) as a sub-benchmark of its own, so that a profile
// or a paper out of line with its size can be told apart. Beside the wall
// time it reports the process's CPU time a paper (cpu-ms/op, where the
// system tells it), which the machine's other load hardly moves.
func BenchmarkRealWorldPapers(b *testing.B) {
	names, _ := filepath.Glob(filepath.Join(realWorldDocs, "*.pdf"))
	if len(names) == 0 {
		b.Skip("no real papers in ../shared")
	}
	ctx := context.Background()
	for _, n := range names {
		b.Run(strings.TrimSuffix(filepath.Base(n), ".pdf"), func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				if _, err := File(ctx, n, action.Document{}); err != nil {
					b.Fatal(err)
				}
			}
			if used := cpuTime() - cpu; used > 0 {
				b.ReportMetric(float64(used.Microseconds())/1000/float64(b.N), "cpu-ms/op")
			}
		})
	}
}
