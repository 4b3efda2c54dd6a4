package pipeline

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/councilactions/councilactions/fixtures"
	"github.com/councilactions/councilactions/fixtures/sites"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/ingest/fetch"
)

// demoMarker marks a data dir the demo made, so that rebuilding it never
// deletes a directory the demo did not make.
const demoMarker = ".councilactions-demo"

// DemoSites are the fake council sites the demo crawls, served on loopback
// under fixed names (DemoModernGovURL, DemoCMISURL): the papers' URLs, and so
// their ids, are the same on every demo run, whatever ports the sites get.
type DemoSites struct {
	ModernGovURL, CMISURL string
	servers               []*http.Server
	addrs                 map[string]string // host:port in a URL → the loopback address serving it
}

// The demo sites' addresses. ".invalid" names never resolve (RFC 6761), so
// nothing but the demo's own transport can reach them.
const (
	DemoModernGovURL = "http://moderngov.demo.invalid"
	DemoCMISURL      = "http://cmis.demo.invalid"
)

// Close stops the sites.
func (d *DemoSites) Close() {
	for _, s := range d.servers {
		s.Close()
	}
}

// Transport reaches the demo sites by their names, and nothing else.
func (d *DemoSites) Transport() http.RoundTripper {
	var dialer net.Dialer
	return &http.Transport{
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			to, ok := d.addrs[addr]
			if !ok {
				return nil, fmt.Errorf("the demo reaches only its own sites, not %s", addr)
			}
			return dialer.DialContext(ctx, network, to)
		},
	}
}

// ServeDemoSites writes the bundled seed papers into papersDir and serves
// them as a ModernGov site (Oadby and Wigston, Leicestershire) and a CMIS
// site (Harborough) on loopback ports, known by the names above.
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
	d := &DemoSites{ModernGovURL: DemoModernGovURL, CMISURL: DemoCMISURL, addrs: map[string]string{}}
	for _, site := range []struct {
		url string
		h   http.Handler
	}{{DemoModernGovURL, sites.ModernGov(papersDir)}, {DemoCMISURL, sites.CMIS(papersDir)}} {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			d.Close()
			return nil, fmt.Errorf("demo site: %w", err)
		}
		srv := &http.Server{Handler: site.h, ReadHeaderTimeout: 5 * time.Second}
		go srv.Serve(ln)
		d.servers = append(d.servers, srv)
		d.addrs[strings.TrimPrefix(site.url, "http://")+":80"] = ln.Addr().String()
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
// to the run. A data dir whose index another process holds (serve) is left
// alone: the error names the holder.
func RunDemo(ctx context.Context, dataDir string, opts Options) (Config, Summary, error) {
	if err := checkDemoDir(dataDir); err != nil {
		return Config{}, Summary{}, err
	}
	ix, err := index.Create(IndexDir(dataDir))
	if err != nil {
		return Config{}, Summary{}, fmt.Errorf("demo data dir %s: %w", dataDir, err)
	}
	defer ix.Close()
	// The index's lock is held from here on, so that no serve can open
	// the data dir while the rest of it is rebuilt.
	if err := clearDemoDir(dataDir); err != nil {
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
	fc := fetch.FromCrawl(cfg.Crawl)
	fc.Transport = d.Transport()
	opts.Fetcher = fetch.New(fc)
	sum, err := RunWith(ctx, cfg, ix, opts)
	return cfg, sum, err
}

// checkDemoDir refuses a data dir that holds something the demo did not
// make.
func checkDemoDir(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case os.IsNotExist(err):
		return nil
	case err != nil:
		return err
	case len(entries) > 0:
		if _, err := os.Stat(filepath.Join(dir, demoMarker)); err != nil {
			return fmt.Errorf("demo data dir %s exists and was not made by the demo; choose another with --data-dir", dir)
		}
	}
	return nil
}

// clearDemoDir removes all but the index (which Create has emptied) from a
// demo data dir, and marks it as the demo's.
func clearDemoDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.Name() == filepath.Base(IndexDir(dir)) {
			continue
		}
		if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
			return fmt.Errorf("rebuild demo data dir: %w", err)
		}
	}
	return os.WriteFile(filepath.Join(dir, demoMarker), []byte("made by councilactions demo; rebuilt on each run\n"), 0o644)
}
