// Package sources builds the Source for each kind of configured source.
package sources

import (
	"fmt"

	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/dir"
)

// New builds the source a config entry describes. dataDir is where crawled
// papers are kept.
func New(cfg ingest.SourceConfig, crawl ingest.CrawlConfig, dataDir string) (ingest.Source, error) {
	switch cfg.Kind {
	case ingest.KindDir:
		return dir.New(cfg), nil
	}
	return nil, fmt.Errorf("source %s: kind %q is not supported yet", cfg.Name, cfg.Kind)
}
