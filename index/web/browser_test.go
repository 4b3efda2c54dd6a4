package web

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/councilactions/councilactions/extract/action"
)

// Environment of the browser test.
const (
	// envChromium names the browser binary; without it the test looks for
	// chromium, chromium-browser, google-chrome on PATH.
	envChromium = "COUNCILACTIONS_CHROMIUM"
	// envScreens names a directory to keep the screenshots in; without it
	// they go to the test's artifact directory (go test -artifacts keeps it).
	envScreens = "COUNCILACTIONS_SCREENS"
)

// chromiumPath finds the browser. Without one the test is skipped on a
// developer's machine but fails in CI, where it must run.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv(envChromium); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("%s=%s: %v", envChromium, p, err)
		}
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("CI is set but no Chromium was found: install it (apt-get update && apt-get install -y chromium) or set %s to the browser binary", envChromium)
	}
	t.Skipf("no Chromium on PATH (set %s to run the browser test)", envChromium)
	return ""
}

// newBrowser starts headless Chromium with flags that keep it off the
// network (it would otherwise try to reach Google's services).
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("no-pings", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	t.Cleanup(func() { cancel(); cancelAlloc() })
	// Start the browser now, on a context without a deadline (a deadline
	// here would stop the whole browser).
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", chromiumPath(t), err)
	}
	return ctx
}

// screens keeps the screenshots of one test.
type screens struct {
	t   *testing.T
	dir string
	n   int
}

func newScreens(t *testing.T) *screens {
	dir := os.Getenv(envScreens)
	if dir == "" {
		dir = t.ArtifactDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return &screens{t: t, dir: dir}
}

// shot saves a full-page PNG of the current page.
func (s *screens) shot(ctx context.Context, name string) {
	s.t.Helper()
	s.save(ctx, name, chromedp.FullScreenshot(100))
}

// view saves a PNG of what the window shows.
func (s *screens) view(ctx context.Context, name string) {
	s.t.Helper()
	s.save(ctx, name, chromedp.CaptureScreenshot())
}

func (s *screens) save(ctx context.Context, name string, capture chromedp.Action[[]byte]) {
	s.t.Helper()
	s.n++
	png, err := chromedp.Run(ctx, capture)
	if err != nil {
		s.t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(s.dir, fmt.Sprintf("%02d-%s.png", s.n, name))
	if err := os.WriteFile(path, png, 0o644); err != nil {
		s.t.Fatal(err)
	}
	s.t.Logf("screenshot %s", path)
}

// step runs browser actions with a time limit, failing the test with what
// was being done.
func step(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(sctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval runs a JavaScript expression and returns its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(sctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// clickAndLoad clicks a link or button and waits for the next page to load.
// While the page changes, evaluations fail; they are tried again.
func clickAndLoad(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	before := eval[string](t, ctx, "location.href")
	step(t, ctx, "click "+sel, chromedp.Click(chromedp.CSS(sel)))
	cond := fmt.Sprintf("location.href !== %q && document.readyState === 'complete' && !!document.querySelector('footer')", before)
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		ok, err := chromedp.Run(sctx, chromedp.Evaluate[bool](cond))
		cancel()
		if err == nil && ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("click %s: no new page loaded", sel)
}

func innerText(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	return eval[string](t, ctx, fmt.Sprintf("(document.querySelector(%q) || {innerText: ''}).innerText", sel))
}

// TestBrowserAcceptance is the analyst's path through the pages in a real
// browser: search "healthy schools", search more widely and page on, narrow
// to the delayed actions with the status facet, download that search's CSV,
// open an action, look at the sources, and read the page on a phone.
func TestBrowserAcceptance(t *testing.T) {
	ctx := newBrowser(t)
	ts, _ := newTestServer(t, "")
	shots := newScreens(t)

	// 1. The start page, and a search typed into the box.
	step(t, ctx, "open the start page", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")))
	if got := eval[string](t, ctx, "document.documentElement.lang"); got != "en-GB" {
		t.Errorf("lang %q", got)
	}
	shots.shot(ctx, "start")
	step(t, ctx, "type a query", chromedp.SendKeys(chromedp.CSS("#q"), "healthy schools"))
	clickAndLoad(t, ctx, "form.search .row button")
	if got := innerText(t, ctx, "#results-h"); got != "3 actions" {
		t.Errorf("healthy schools: heading %q", got)
	}
	hits := innerText(t, ctx, "ol.hits")
	for _, want := range []string{"Support local primary schools to achieve 'Healthy School Status'", "HWBB Education Subgroup", "2022-03-31"} {
		if !strings.Contains(hits, want) {
			t.Errorf("healthy schools results lack %q", want)
		}
	}
	if n := eval[int](t, ctx, "document.querySelectorAll('ol.hits mark').length"); n == 0 {
		t.Errorf("no highlighted words in the results")
	}
	shots.shot(ctx, "healthy-schools")

	// 2. A wider search that needs a second page.
	eval[string](t, ctx, "document.querySelector('#q').value = ''")
	step(t, ctx, "type a wider query", chromedp.SendKeys(chromedp.CSS("#q"), "health"))
	clickAndLoad(t, ctx, "form.search .row button")
	total := innerText(t, ctx, "#results-h")
	firstPage := eval[[]string](t, ctx, "[...document.querySelectorAll('ol.hits h3 a')].map(a => a.href)")
	if len(firstPage) != defaultSize {
		t.Fatalf("health: %d hits on the first page (%s)", len(firstPage), total)
	}
	clickAndLoad(t, ctx, `a[rel="next"]`)
	secondPage := eval[[]string](t, ctx, "[...document.querySelectorAll('ol.hits h3 a')].map(a => a.href)")
	if len(secondPage) == 0 {
		t.Fatal("the next page is empty")
	}
	for _, h := range secondPage {
		if slices.Contains(firstPage, h) {
			t.Errorf("hit %s is on both pages", h)
		}
	}
	if innerText(t, ctx, "#results-h") != total {
		t.Errorf("the total changed on the next page")
	}
	shots.shot(ctx, "next-page")
	clickAndLoad(t, ctx, ".pager a:first-child") // First page

	// 3. The "Delayed" status facet narrows to the two "Delayed due to COVID" rows.
	clickAndLoad(t, ctx, `.facet a[href*="status=delayed"]`)
	if got := innerText(t, ctx, "#results-h"); got != "2 actions" {
		t.Fatalf("after the delayed facet: %q", got)
	}
	hits = innerText(t, ctx, "ol.hits")
	if n := strings.Count(hits, "Delayed due to COVID"); n != 2 {
		t.Errorf("%d rows say Delayed due to COVID:\n%s", n, hits)
	}
	if got := innerText(t, ctx, ".active-filters"); !strings.Contains(got, "Status: Delayed") {
		t.Errorf("active filters %q", got)
	}
	shownIDs := eval[[]string](t, ctx, "[...document.querySelectorAll('ol.hits h3 a')].map(a => a.pathname.split('/').pop())")
	shots.shot(ctx, "delayed")

	// 4. The CSV of this search holds exactly those rows.
	dir := t.TempDir()
	dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	progress := chromedp.Events(dctx, browser.DownloadProgress)
	step(t, ctx, "allow downloads", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
			Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: new(true),
		})
		return err
	}))
	step(t, ctx, "click Download CSV", chromedp.Click(chromedp.CSS(".results-head a.button")))
	var file string
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("waiting for the download: %v", err)
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Fatal("download cancelled")
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			file = filepath.Join(dir, ev.GUID)
			break
		}
	}
	if file == "" {
		t.Fatalf("no download completed: %v", dctx.Err())
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("downloaded csv: %v", err)
	}
	if len(rows) != 3 || !slices.Equal(rows[0], action.CSVColumns) {
		t.Fatalf("downloaded csv has %d rows, want a header and 2:\n%s", len(rows), data)
	}
	var csvIDs []string
	for _, r := range rows[1:] {
		csvIDs = append(csvIDs, r[0])
		if r[slices.Index(action.CSVColumns, "status_raw")] != "Delayed due to COVID" {
			t.Errorf("csv row %v", r)
		}
	}
	slices.Sort(csvIDs)
	slices.Sort(shownIDs)
	if !slices.Equal(csvIDs, shownIDs) {
		t.Errorf("csv ids %v, page ids %v", csvIDs, shownIDs)
	}

	// 5. An action's page: every field, the source text, the paper, and the
	// other actions of the same paper.
	clickAndLoad(t, ctx, "ol.hits h3 a")
	page := innerText(t, ctx, "main")
	for _, want := range []string{"Delayed due to COVID", "Source text", "Other actions in this paper", "Open the paper"} {
		if !strings.Contains(page, want) {
			t.Errorf("action page lacks %q", want)
		}
	}
	if href := eval[string](t, ctx, "document.querySelector('.source a').href"); !strings.HasSuffix(href, ".pdf") {
		t.Errorf("paper link %q", href)
	}
	if n := eval[int](t, ctx, "document.querySelectorAll('.others li').length"); n != 13 {
		t.Errorf("%d other actions of the 2020 plan, want 13 (it has 14)", n)
	}
	shots.shot(ctx, "action")

	// Keyboard focus is visible: tab to the first link and look at its outline.
	step(t, ctx, "tab", chromedp.Navigate(ts.URL+"/?q=health"), chromedp.WaitReady(chromedp.CSS("footer")),
		chromedp.KeyEvent("\t"), chromedp.KeyEvent("\t"))
	if style := eval[string](t, ctx, "getComputedStyle(document.activeElement).outlineStyle"); style == "none" || style == "" {
		t.Errorf("focused element has no outline (%q)", style)
	}
	shots.view(ctx, "keyboard-focus")

	// 6. Sources, and the search page on a phone.
	step(t, ctx, "sources", chromedp.Navigate(ts.URL+"/sources"), chromedp.WaitReady(chromedp.CSS("footer")))
	if got := innerText(t, ctx, "table"); !strings.Contains(got, "oadby") || !strings.Contains(got, "never") ||
		!strings.Contains(got, "3 new, 1 changed, 2 failed") || !strings.Contains(got, "2 papers failed") {
		t.Errorf("sources table %q", got)
	}
	// The failures are listed with their reasons, the markup in them shown as text.
	if got := innerText(t, ctx, "section.failures"); !strings.Contains(got, "plan.pdf: stopped after 1m0s") ||
		!strings.Contains(got, "malformed PDF: <script>alert(1)</script>") {
		t.Errorf("failures %q", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("section.failures li").length`); n != 2 {
		t.Errorf("%d failures listed, want 2", n)
	}
	shots.shot(ctx, "sources")
	step(t, ctx, "phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(ts.URL+"/?q=healthy+schools"), chromedp.WaitReady(chromedp.CSS("footer")))
	if w := eval[int](t, ctx, "document.documentElement.scrollWidth"); w > 390 {
		t.Errorf("the phone page scrolls sideways: %dpx wide", w)
	}
	shots.view(ctx, "phone")
	shots.shot(ctx, "phone-full")
}

// TestBrowserEscapes checks in the browser that a paper's markup is shown as
// text and never runs.
func TestBrowserEscapes(t *testing.T) {
	ctx := newBrowser(t)
	ts, _ := newTestServer(t, "")
	shots := newScreens(t)
	step(t, ctx, "search script", chromedp.Navigate(ts.URL+"/?q=scrutinise+script"), chromedp.WaitReady(chromedp.CSS("footer")))
	if n := eval[int](t, ctx, "document.querySelectorAll('main script, main img, main i, main b').length"); n != 0 {
		t.Errorf("%d elements from extracted text in the results", n)
	}
	if got := innerText(t, ctx, "ol.hits"); !strings.Contains(got, `<script>alert("xss")</script>`) {
		t.Errorf("the script does not show as text: %q", got)
	}
	shots.shot(ctx, "escaped-results")
	clickAndLoad(t, ctx, "ol.hits h3 a")
	if n := eval[int](t, ctx, "document.querySelectorAll('main script, main img, main i, main b').length"); n != 0 {
		t.Errorf("%d elements from extracted text on the action page", n)
	}
	if got := innerText(t, ctx, "pre.source-text"); !strings.Contains(got, `<script>alert("xss")</script>`) {
		t.Errorf("source text %q", got)
	}
	shots.shot(ctx, "escaped-action")
}

// TestBrowserHitHeadings: a result is headed by the action's own words,
// its kind and ref beside them, and an overdue one says how late it is.
func TestBrowserHitHeadings(t *testing.T) {
	ctx := newBrowser(t)
	ts, _ := newTestServer(t, "")
	shots := newScreens(t)
	// Today is 2022-06-01 in the test server.
	step(t, ctx, "overdue search", chromedp.Navigate(ts.URL+"/?overdue=true&sort=due"), chromedp.WaitReady(chromedp.CSS("footer")))
	type hit struct{ Words, Ref, Due string }
	hits := eval[[]hit](t, ctx, `[...document.querySelectorAll('ol.hits li.hit')].map(li => ({
		Words: li.querySelector('h3 a').innerText, Ref: li.querySelector('h3 .ref').innerText,
		Due: li.querySelector('dl.meta div:nth-child(3) dd').innerText}))`)
	if len(hits) == 0 {
		t.Fatal("no overdue hits")
	}
	numberOnly := regexp.MustCompile(`^(Action|Recommendation|Resolution|Commitment)( \S+)?$`)
	late := regexp.MustCompile(`^\d{4}-\d\d-\d\d \d+ (day|week|month|year)s? overdue$`)
	for _, h := range hits {
		if numberOnly.MatchString(h.Words) || len(strings.Fields(h.Words)) < 3 {
			t.Errorf("heading %q is not the action's words", h.Words)
		}
		if !numberOnly.MatchString(strings.SplitN(h.Ref, ":", 2)[0]) {
			t.Errorf("ref %q beside %q", h.Ref, h.Words)
		}
		if !late.MatchString(h.Due) {
			t.Errorf("overdue hit %q: due %q does not say how late", h.Words, h.Due)
		}
	}
	// "Support local primary schools…" was due 2022-03-31: two months before today.
	found := false
	for _, h := range hits {
		if strings.HasPrefix(h.Words, "Support local primary schools") {
			found = true
			if h.Due != "2022-03-31 2 months overdue" || h.Ref != "Action 3" {
				t.Errorf("Healthy School Status hit: ref %q, due %q", h.Ref, h.Due)
			}
		}
	}
	if !found {
		t.Errorf("Healthy School Status action not among %d overdue hits", len(hits))
	}
	shots.shot(ctx, "overdue-headings")
}
