// Package sources builds the Source for each kind of configured source.
package sources

import (
	"fmt"

	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/cmis"
	"github.com/councilactions/councilactions/ingest/crawl"
	"github.com/councilactions/councilactions/ingest/dir"
	"github.com/councilactions/councilactions/ingest/moderngov"
	"github.com/councilactions/councilactions/ingest/web"
)

// Open builds the source a config entry describes. env carries the shared
// fetcher and the source's state; a dir source ignores it.
func Open(cfg ingest.SourceConfig, env crawl.Env) (ingest.Source, error) {
	switch cfg.Kind {
	case ingest.KindDir:
		return dir.New(cfg), nil
	case ingest.KindModernGov, ingest.KindCMIS, ingest.KindHTML:
		if env.Fetcher == nil || env.State == nil {
			return nil, fmt.Errorf("source %s: kind %s needs the crawl fetcher and state (sources.Open)", cfg.Name, cfg.Kind)
		}
	}
	switch cfg.Kind {
	case ingest.KindModernGov:
		return moderngov.New(cfg, env), nil
	case ingest.KindCMIS:
		return cmis.New(cfg, env), nil
	case ingest.KindHTML:
		return web.New(cfg, env), nil
	}
	return nil, fmt.Errorf("source %s: kind %q is not supported", cfg.Name, cfg.Kind)
}
