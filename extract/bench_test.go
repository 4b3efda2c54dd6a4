package extract

import (
	"context"
	"os"
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
