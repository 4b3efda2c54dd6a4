package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
)

func TestServeRefusesOpenBindWithoutToken(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":0"} {
		cmd := newRootCmd()
		cmd.SetArgs([]string{"serve", "--data-dir", t.TempDir(), "--addr", addr})
		cmd.SetOut(io.Discard)
		cmd.SetErr(io.Discard)
		err := cmd.Execute()
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("serve --addr %s without a token: %v, want a usage error", addr, err)
		}
	}
}

// TestServeAndShutdown serves a real index on loopback, answers a search,
// and returns cleanly when its context ends (as on SIGINT).
func TestServeAndShutdown(t *testing.T) {
	dataDir := t.TempDir()
	ix, err := index.Open(pipeline.IndexDir(dataDir))
	if err != nil {
		t.Fatal(err)
	}
	ext := action.Extraction{
		Document: action.Document{Source: "plans/a.txt", Kind: action.DocActionPlan, Title: "Plan", Year: 2021, Board: "A HWB"},
		Actions:  []action.Action{{Ref: "1", Kind: action.KindAction, Action: "Support healthy schools", StatusRaw: "Delayed"}},
	}
	ext.Finish()
	if _, err := ix.Replace(context.Background(), ext); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	cfg := pipeline.DefaultConfig()
	cfg.DataDir = dataDir
	cfg.Server.Token = "tok"
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, cfg, ln, false) }()

	req, _ := http.NewRequest("GET", "http://"+ln.Addr().String()+"/api/search?q=healthy", nil)
	req.Header.Set("Authorization", "Bearer tok")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var res struct{ Total int }
	err = json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 200 || res.Total != 1 {
		t.Errorf("search: %d, %v, total %d", resp.StatusCode, err, res.Total)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("runServe after shutdown: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("runServe did not return after its context ended")
	}
	// The index was closed: it opens again.
	ix, err = index.Open(pipeline.IndexDir(dataDir))
	if err != nil {
		t.Fatalf("reopen after serve: %v", err)
	}
	ix.Close()
}
