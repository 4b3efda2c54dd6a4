package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/councilactions/councilactions/fixtures"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/ingest"
)

// demoMarker marks a data dir the demo made, so that rebuilding it never
// deletes a directory the demo did not make.
const demoMarker = ".councilactions-demo"

// PrepareDemo lays out a fresh demo data dir: the bundled seed papers in one
// folder per board, and a config with a dir source for each.
func PrepareDemo(dataDir string) (Config, error) {
	if err := resetDemoDir(dataDir); err != nil {
		return Config{}, err
	}
	cfg := DefaultConfig()
	cfg.DataDir = dataDir
	seen := map[string]bool{}
	for _, p := range fixtures.SeedPapers() {
		slug := slugify(p.Board)
		dir := filepath.Join(dataDir, "papers", slug)
		data, err := fixtures.Read("seeds/" + p.Name)
		if err != nil {
			return Config{}, fmt.Errorf("demo paper %s: %w", p.Name, err)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return Config{}, err
		}
		if err := os.WriteFile(filepath.Join(dir, p.Name), data, 0o644); err != nil {
			return Config{}, err
		}
		if !seen[slug] {
			seen[slug] = true
			cfg.Sources = append(cfg.Sources, ingest.SourceConfig{
				Name: slug, Kind: ingest.KindDir, Path: dir, Board: p.Board, Council: p.Council,
			})
		}
	}
	return cfg, cfg.Validate()
}

// RunDemo prepares the demo data dir and takes it through the pipeline.
func RunDemo(ctx context.Context, dataDir string, progress Progress) (Config, Summary, error) {
	cfg, err := PrepareDemo(dataDir)
	if err != nil {
		return cfg, Summary{}, err
	}
	ix, err := index.Open(IndexDir(dataDir))
	if err != nil {
		return cfg, Summary{}, err
	}
	defer ix.Close()
	sum, err := Run(ctx, cfg, ix, nil, progress)
	return cfg, sum, err
}

func resetDemoDir(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case os.IsNotExist(err):
	case err != nil:
		return err
	case len(entries) > 0:
		if _, err := os.Stat(filepath.Join(dir, demoMarker)); err != nil {
			return fmt.Errorf("demo data dir %s exists and was not made by the demo; choose another with --data-dir", dir)
		}
		if err := os.RemoveAll(dir); err != nil {
			return fmt.Errorf("rebuild demo data dir: %w", err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, demoMarker), []byte("made by councilactions demo; rebuilt on each run\n"), 0o644)
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

func slugify(s string) string {
	return strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(s), "-"), "-")
}
