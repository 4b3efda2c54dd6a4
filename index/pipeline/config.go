// Package pipeline runs the whole job: it takes papers from the configured
// sources (ingest), extracts their actions (extract) and keeps the index
// current (index), one way, in that order.
package pipeline

import (
	"fmt"
	"path/filepath"
	"runtime"
	"time"

	"github.com/councilactions/councilactions/extract/ocr"
	"github.com/councilactions/councilactions/extract/sandbox"
	"github.com/councilactions/councilactions/ingest"
	"github.com/councilactions/councilactions/ingest/crawl"
)

// Config is the whole configuration (config.yaml, COUNCILACTIONS_* and flags).
type Config struct {
	DataDir string                `mapstructure:"data_dir"`
	Crawl   ingest.CrawlConfig    `mapstructure:"crawl"`
	Extract ExtractConfig         `mapstructure:"extract"`
	Sources []ingest.SourceConfig `mapstructure:"sources"`
	Server  ServerConfig          `mapstructure:"server"`
	Alerts  []AlertConfig         `mapstructure:"alerts"`
}

// ServerConfig is the serve command's section.
type ServerConfig struct {
	Addr  string `mapstructure:"addr"`
	Token string `mapstructure:"token"`
}

// ExtractConfig is the budget of one paper's extraction, which runs in a
// child process so that the budget holds whatever the parser does.
type ExtractConfig struct {
	Timeout   time.Duration   `mapstructure:"timeout"`
	MaxMemory ingest.ByteSize `mapstructure:"max_memory"`
	// OCR is auto (read scanned PDF pages when an engine is installed)
	// or off; OCRPageTimeout bounds one page.
	OCR            string        `mapstructure:"ocr"`
	OCRPageTimeout time.Duration `mapstructure:"ocr_page_timeout"`
	// Workers is how many papers are read at once, each in its own
	// process; 0 means one per core.
	Workers int `mapstructure:"workers"`
}

// OCR is the OCR config of a run: results cached under the data dir.
func (c Config) OCR() ocr.Config {
	return ocr.Config{Mode: c.Extract.OCR, PageTimeout: c.Extract.OCRPageTimeout, CacheDir: filepath.Join(c.DataDir, "ocr-cache")}
}

// ExtractBudget is the budget of one paper's extraction, with the OCR
// options the worker reads.
func (c Config) ExtractBudget() sandbox.Budget {
	b := c.Extract.Budget()
	b.Env = c.OCR().Env()
	return b
}

// WorkerCount is Workers, with 0 read as the number of cores.
func (c ExtractConfig) WorkerCount() int {
	if c.Workers == 0 {
		return runtime.NumCPU()
	}
	return c.Workers
}

// Budget is the config as the sandbox takes it.
func (c ExtractConfig) Budget() sandbox.Budget {
	return sandbox.Budget{Timeout: c.Timeout, Memory: int64(c.MaxMemory)}
}

// minWorkerMemory is the least a worker can start and read a paper in.
const minWorkerMemory = 64 << 20

// Validate checks the budget.
func (c ExtractConfig) Validate() error {
	switch {
	case c.Timeout <= 0:
		return fmt.Errorf("extract.timeout: %v: must be positive", c.Timeout)
	case c.MaxMemory < minWorkerMemory:
		return fmt.Errorf("extract.max_memory: %d bytes: must be at least 64MiB", c.MaxMemory)
	case c.Workers < 0:
		return fmt.Errorf("extract.workers: %d: must be 0 (one per core) or more", c.Workers)
	}
	return ocr.Config{Mode: c.OCR, PageTimeout: c.OCRPageTimeout}.Validate()
}

// DefaultConfig is the configuration when nothing is set.
func DefaultConfig() Config {
	return Config{
		DataDir: "./data",
		Crawl:   ingest.DefaultCrawl(),
		Extract: ExtractConfig{Timeout: sandbox.DefaultBudget().Timeout, MaxMemory: ingest.ByteSize(sandbox.DefaultBudget().Memory),
			OCR: ocr.Auto, OCRPageTimeout: ocr.DefaultPageTimeout},
		Server: ServerConfig{Addr: "127.0.0.1:8080"},
	}
}

// Validate checks the whole config; errors name the key at fault.
func (c Config) Validate() error {
	if c.DataDir == "" {
		return fmt.Errorf("data_dir: required")
	}
	if err := c.Crawl.Validate(); err != nil {
		return err
	}
	if err := c.Extract.Validate(); err != nil {
		return err
	}
	names := map[string]bool{}
	for i, s := range c.Sources {
		if err := s.Validate(i); err != nil {
			return err
		}
		// Names become folder and file names: two that differ only in
		// punctuation would share a state file and a papers folder.
		safe := crawl.SafeName(s.Name)
		if names[safe] {
			return fmt.Errorf("sources[%d].name: %q is used twice (names are compared as %q)", i, s.Name, safe)
		}
		names[safe] = true
	}
	alertNames := map[string]bool{}
	for i, a := range c.Alerts {
		if err := a.Validate(i); err != nil {
			return err
		}
		if alertNames[a.Name] {
			return fmt.Errorf("alerts[%d].name: %q is used twice", i, a.Name)
		}
		alertNames[a.Name] = true
	}
	if c.Server.Addr == "" {
		return fmt.Errorf("server.addr: required")
	}
	return nil
}

// Source returns the named source's config.
func (c Config) Source(name string) (ingest.SourceConfig, error) {
	for _, s := range c.Sources {
		if s.Name == name {
			return s, nil
		}
	}
	return ingest.SourceConfig{}, fmt.Errorf("no source named %q in the config", name)
}
