package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/index"
)

// TestDemoEndToEnd runs the demo (fake sites on loopback, crawl, extract,
// index) and then the searches and export the README promises.
func TestDemoEndToEnd(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo-data")
	out, _, err := searchCLI(t, "demo", "--data-dir", dir)
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	out0 := out
	for _, want := range []string{"documents: 5 new", "meetings: 7 seen, 2 cancelled", "search \"lung cancer\"", "councilactions search"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}

	// "lung cancer" finds the lung-cancer actions of the 2020 and 2021–23 plans.
	out, _, err = searchCLI(t, "search", "lung cancer", "--json", "--limit", "50", "--data-dir", dir)
	if err != nil {
		t.Fatal(err)
	}
	var res index.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	found := map[string]bool{}
	for _, h := range res.Hits {
		if strings.Contains(strings.ToLower(h.Action.Action+" "+h.Progress), "lung cancer") {
			found[h.DocumentTitle+" #"+h.Ref] = true
			if len(h.Owner) == 0 || h.Status == "" {
				t.Errorf("hit %s #%s lacks owner or status", h.DocumentTitle, h.Ref)
			}
		}
	}
	// Every word must match, so the count the demo prints means something:
	// it is the number of actions that name both.
	if !strings.Contains(out0, fmt.Sprintf("search \"lung cancer\": %d actions", res.Total)) {
		t.Errorf("the demo's count differs from the search's %d:\n%s", res.Total, out0)
	}
	for _, h := range res.Hits {
		text := strings.ToLower(strings.Join([]string{h.Action.Action, h.Title, h.Objective, h.Progress, h.Target, h.Outcome, h.Milestones, h.Theme, h.DocumentTitle}, " "))
		if !strings.Contains(text, "lung") || !strings.Contains(text, "cancer") {
			t.Errorf("hit %s #%s lacks a word of \"lung cancer\": %q", h.DocumentTitle, h.Ref, text)
		}
	}
	for _, want := range []string{
		"Oadby and Wigston Health and Wellbeing Board – Action Plan (updated 17 June 2020) #4",
		"2021 – 2023 Health Inequalities Action Plan #2",
		"2021 – 2023 Health Inequalities Action Plan #16",
	} {
		if !found[want] {
			t.Errorf("search \"lung cancer\" missed %s; found %v", want, found)
		}
	}

	// --status delayed finds exactly the two "Delayed due to COVID" rows.
	out, _, err = searchCLI(t, "search", "", "--status", "delayed", "--json", "--data-dir", dir)
	if err != nil {
		t.Fatal(err)
	}
	res = index.Result{}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Total != 2 {
		t.Fatalf("--status delayed: %d hits, want 2", res.Total)
	}
	for _, h := range res.Hits {
		if !strings.HasPrefix(h.StatusRaw, "Delayed due to") {
			t.Errorf("delayed hit with status %q", h.StatusRaw)
		}
	}

	// The "Next, try" query with a field and a phrase.
	out, _, err = searchCLI(t, "search", `+status:delayed +owner:"Avril Lennox"`, "--json", "--data-dir", dir)
	if err != nil {
		t.Fatal(err)
	}
	res = index.Result{}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Total != 1 || res.Hits[0].Ref != "6" || res.Hits[0].Part != 2 {
		t.Errorf("owner and status query: %v, %+v", err, res.Hits)
	}

	// export: one row per indexed action, plus the header.
	all, _, err := searchCLI(t, "search", "", "--json", "--limit", "1", "--data-dir", dir)
	if err != nil {
		t.Fatal(err)
	}
	res = index.Result{}
	if err := json.Unmarshal([]byte(all), &res); err != nil {
		t.Fatal(err)
	}
	// "mental health" no longer matches every action (issue 12).
	out, _, err = searchCLI(t, "search", "mental health", "--json", "--limit", "100", "--data-dir", dir)
	if err != nil {
		t.Fatal(err)
	}
	var mental index.Result
	if err := json.Unmarshal([]byte(out), &mental); err != nil {
		t.Fatal(err)
	}
	if mental.Total == 0 || mental.Total*2 > res.Total {
		t.Errorf("\"mental health\" matches %d of %d actions", mental.Total, res.Total)
	}
	csvPath := filepath.Join(t.TempDir(), "actions.csv")
	if _, _, err := searchCLI(t, "export", "--format", "csv", "-o", csvPath, "--data-dir", dir); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("export is not clean CSV: %v", err)
	}
	if uint64(len(rows)) != res.Total+1 || res.Total == 0 {
		t.Errorf("export has %d rows for %d actions", len(rows), res.Total)
	}

	// A second demo run rebuilds the dir rather than failing or doubling.
	if out, _, err := searchCLI(t, "demo", "--data-dir", dir); err != nil || !strings.Contains(out, "documents: 5 new") {
		t.Errorf("second demo: %v\n%s", err, out)
	}
}

func TestDemoRefusesForeignDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "precious.txt"), []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := searchCLI(t, "demo", "--data-dir", dir); err == nil || !strings.Contains(err.Error(), "not made by the demo") {
		t.Fatalf("demo over a foreign dir: err = %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "precious.txt")); err != nil {
		t.Fatal("demo deleted a file it did not make")
	}
}
