package pipeline

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/councilactions/councilactions/fixtures"
	"github.com/councilactions/councilactions/fixtures/sites"
	"github.com/councilactions/councilactions/index"
)

// demoMarker marks a data dir the demo made, so that rebuilding it never
// deletes a directory the demo did not make.
const demoMarker = ".councilactions-demo"

// DemoSites are the fake council sites the demo crawls, served on loopback.
type DemoSites struct {
	ModernGovURL, CMISURL string
	servers               []*http.Server
}

// Close stops the sites.
func (d *DemoSites) Close() {
	for _, s := range d.servers {
		s.Close()
	}
}

// ServeDemoSites writes the bundled seed papers into papersDir and serves
// them as a ModernGov site (Oadby and Wigston, Leicestershire) and a CMIS
// site (Harborough) on loopback ports.
func ServeDemoSites(papersDir string) (*DemoSites, error) {
	if err := os.MkdirAll(papersDir, 0o755); err != nil {
		return nil, err
	}
	for _, p := range fixtures.SeedPapers() {
		data, err := fixtures.Read("seeds/" + p.Name)
		if err != nil {
			return nil, fmt.Errorf("demo paper %s: %w", p.Name, err)
		}
		if err := os.WriteFile(filepath.Join(papersDir, p.Name), data, 0o644); err != nil {
			return nil, err
		}
	}
	d := &DemoSites{}
	for _, h := range []http.Handler{sites.ModernGov(papersDir), sites.CMIS(papersDir)} {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			d.Close()
			return nil, fmt.Errorf("demo site: %w", err)
		}
		srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
		go srv.Serve(ln)
		d.servers = append(d.servers, srv)
		url := "http://" + ln.Addr().String()
		if d.ModernGovURL == "" {
			d.ModernGovURL = url
		} else {
			d.CMISURL = url
		}
	}
	return d, nil
}

// DemoConfig is the config the demo runs with: the data dir, and a source
// for each board of the demo sites, crawled politely but without the
// one-second gap a real site gets.
func DemoConfig(dataDir string, d *DemoSites) Config {
	cfg := DefaultConfig()
	cfg.DataDir = dataDir
	cfg.Crawl.PerHostInterval = 20 * time.Millisecond
	cfg.Crawl.Timeout = 10 * time.Second
	cfg.Sources = sites.DemoSources(d.ModernGovURL, d.CMISURL)
	return cfg
}

// RunDemo builds a fresh demo data dir: it serves the demo sites, crawls
// them over HTTP, extracts what it fetched and indexes it. opts are passed
// to the run.
func RunDemo(ctx context.Context, dataDir string, opts Options) (Config, Summary, error) {
	if err := resetDemoDir(dataDir); err != nil {
		return Config{}, Summary{}, err
	}
	d, err := ServeDemoSites(filepath.Join(dataDir, "site"))
	if err != nil {
		return Config{}, Summary{}, err
	}
	defer d.Close()
	cfg := DemoConfig(dataDir, d)
	if err := cfg.Validate(); err != nil {
		return cfg, Summary{}, err
	}
	ix, err := index.Open(IndexDir(dataDir))
	if err != nil {
		return cfg, Summary{}, err
	}
	defer ix.Close()
	sum, err := RunWith(ctx, cfg, ix, opts)
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
