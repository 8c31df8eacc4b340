package main

import (
	"bytes"
	"context"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServeListen: a listen address other machines reach needs --token or
// --no-auth; without either, serve exits 2 saying why, before it listens.
func TestServeListen(t *testing.T) {
	data := t.TempDir()
	cases := []struct {
		name string
		args []string
		says string
	}{
		{"all interfaces", []string{"--listen", "0.0.0.0:0"}, "--token"},
		{"no host", []string{"--listen", ":0"}, "reachable from other machines"},
		{"LAN address", []string{"--listen", "192.0.2.1:8080"}, "--no-auth"},
		{"both", []string{"--listen", "0.0.0.0:0", "--token", "t", "--no-auth"}, "exclude each other"},
		{"not host:port", []string{"--listen", "localhost"}, "HOST:PORT"},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), append([]string{"serve", "--data", data}, c.args...), &stdout, &stderr)
		if code != exitUsage || !strings.Contains(stderr.String(), c.says) {
			t.Errorf("%s: exit %d, stderr %q; want 2 saying %q", c.name, code, stderr.String(), c.says)
		}
	}
}

// TestServeRuns: serve answers on loopback and stops when its context
// ends.
func TestServeRuns(t *testing.T) {
	data, root := filepath.Join(t.TempDir(), "data"), realDir(t)
	addCorpus(t, root)
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"ingest", "--data", data, "--isolate", "none", root}, &stderr, &stderr); code != exitOK {
		t.Fatalf("ingest: exit %d: %s", code, stderr.String())
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() {
		var out, errOut bytes.Buffer
		done <- run(ctx, []string{"serve", "--data", data, "--listen", addr, "--token", "tok"}, &out, &errOut)
	}()
	var res *http.Response
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if res, err = http.Get("http://" + addr + "/api/search?q=normen&token=tok"); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("status: %d", res.StatusCode)
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("serve exited %d", code)
	}
}
