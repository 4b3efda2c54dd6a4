package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract"
	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
)

// threadDataDir indexes the fictional quarterly plan as two crawls would.
func threadDataDir(t *testing.T) (string, map[string]string) {
	t.Helper()
	dataDir := t.TempDir()
	ix, err := index.Open(pipeline.IndexDir(dataDir))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	for q, at := range []time.Time{time.Date(2023, 7, 21, 3, 0, 0, 0, time.UTC), time.Date(2023, 10, 20, 3, 0, 0, 0, time.UTC)} {
		name := []string{"brackenford-delivery-plan-q1.txt", "brackenford-delivery-plan-q2.txt"}[q]
		ext, err := extract.File(context.Background(), filepath.Join("..", "..", "fixtures", "threads", name), action.Document{Source: name, Board: "Brackenford HWB"})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range ext.Actions {
			ids[name[len(name)-6:len(name)-4]+" "+a.Ref] = a.ID
		}
		if _, err := ix.Replace(context.Background(), ext); err != nil {
			t.Fatal(err)
		}
		if _, err := ix.Relink(context.Background(), at); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dataDir, ids
}

func TestThreadAndChangesCommands(t *testing.T) {
	dataDir, ids := threadDataDir(t)
	// thread, by an action's id: both appearances, first to last.
	out, _, err := searchCLI(t, "thread", ids["q2 1.2"], "--data-dir", dataDir)
	if err != nil {
		t.Fatal(err)
	}
	first, second := strings.Index(out, "Quarter 1 update"), strings.Index(out, "Quarter 2 update")
	if !strings.Contains(out, "seen in 2 papers") || first < 0 || second < first ||
		!strings.Contains(out, "status changed, slipped") || !strings.Contains(out, "due 2024-01-31") {
		t.Errorf("thread:\n%s", out)
	}
	out, _, err = searchCLI(t, "thread", ids["q2 1.2"], "--json", "--data-dir", dataDir)
	var th struct {
		Thread      string
		Appearances []action.Record
	}
	if err != nil || json.Unmarshal([]byte(out), &th) != nil || len(th.Appearances) != 2 || th.Appearances[0].ID != ids["q1 1.2"] {
		t.Errorf("thread --json: %v\n%s", err, out)
	}
	if _, _, err := searchCLI(t, "thread", "0000000000000000", "--data-dir", dataDir); err == nil || !strings.Contains(err.Error(), "no thread or action") {
		t.Errorf("unknown thread: %v", err)
	}
	// changes: what the second crawl found, by label.
	out, _, err = searchCLI(t, "changes", "--since", "2023-10-01", "--change", "slipped", "--data-dir", dataDir)
	if err != nil || !strings.Contains(out, "3 actions new or changed since 2023-10-01") || !strings.Contains(out, "warm spaces") {
		t.Errorf("changes --change slipped: %v\n%s", err, out)
	}
	out, _, err = searchCLI(t, "changes", "--since", "2023-10-01", "--data-dir", dataDir)
	if err != nil || !strings.Contains(out, "13 actions new or changed since 2023-10-01") || strings.Contains(out, "Open two new outdoor gyms") {
		t.Errorf("changes: %v\n%s", err, out)
	}
	out, _, err = searchCLI(t, "changes", "--since", "2023-10-21", "--data-dir", dataDir)
	if err != nil || !strings.Contains(out, "0 actions new or changed") {
		t.Errorf("changes since after the last crawl: %v\n%s", err, out)
	}
	for _, args := range [][]string{{"changes"}, {"changes", "--since", "soon"}, {"changes", "--since", "2023-10-01", "--change", "late"}} {
		if _, _, err := searchCLI(t, append(args, "--data-dir", dataDir)...); err == nil {
			t.Errorf("%v: no error", args)
		} else if strings.Contains(err.Error(), "changed-since") {
			t.Errorf("%v: %v names the hidden flag", args, err)
		}
	}
	// search shows and filters the history.
	out, _, err = searchCLI(t, "search", "", "--min-slips", "1", "--data-dir", dataDir)
	if err != nil || !strings.Contains(out, "3 actions match") || !strings.Contains(out, "seen 2 times since 2023-07-31") || !strings.Contains(out, "By change:") {
		t.Errorf("search --min-slips 1: %v\n%s", err, out)
	}
}
