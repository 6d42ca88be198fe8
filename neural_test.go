package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/articlebot/articlebot/docs"
	"github.com/articlebot/articlebot/internal/embedtest"
)

func TestAskWithNeuralModel(t *testing.T) {
	srv := embedtest.New(t, "toy", "sk-test")
	down := embedtest.New(t, "toy", "")
	down.Close()
	ollama := map[string]string{"EMBEDDER": "ollama", "EMBEDDING_MODEL": "toy", "EMBEDDING_URL": srv.OllamaURL()}
	with := func(base map[string]string, k, v string) map[string]string {
		env := map[string]string{k: v}
		for key, val := range base {
			if key != k {
				env[key] = val
			}
		}
		return env
	}
	tests := []struct {
		name     string
		env      map[string]string
		wantCode int
		wantOut  string
		wantErr  []string
	}{
		{"ollama", ollama, 0, "Near the end of talks in Bonn", nil},
		{"openai protocol", map[string]string{"EMBEDDER": "openai", "EMBEDDING_MODEL": "toy", "EMBEDDING_URL": srv.OpenAIURL(), "OPENAI_API_KEY": "sk-test"},
			0, "Near the end of talks in Bonn", nil},
		{"openai-compat", map[string]string{"EMBEDDER": "openai-compat", "EMBEDDING_MODEL": "toy", "EMBEDDING_URL": srv.OpenAIURL(), "OPENAI_API_KEY": "sk-test"},
			0, "Near the end of talks in Bonn", nil},
		{"server down", with(ollama, "EMBEDDING_URL", down.OllamaURL()), 1, "",
			[]string{"check the embedding model", `ollama model "toy" at ` + down.OllamaURL(), "connection refused"}},
		{"unknown model", with(ollama, "EMBEDDING_MODEL", "nomic-embed-text"), 1, "",
			[]string{`ollama model "nomic-embed-text"`, "404 Not Found", "run ollama pull nomic-embed-text"}},
		{"base URL without /api", with(ollama, "EMBEDDING_URL", srv.URL), 1, "", []string{"404 Not Found", "end the URL in /api"}},
		{"openai unknown model", map[string]string{"EMBEDDER": "openai-compat", "EMBEDDING_MODEL": "gpt-embed", "EMBEDDING_URL": srv.OpenAIURL()},
			1, "", []string{`openai-compat model "gpt-embed"`, "404 Not Found", "the base URL usually ends in /v1"}},
		{"wrong API key", map[string]string{"EMBEDDER": "openai", "EMBEDDING_MODEL": "toy", "EMBEDDING_URL": srv.OpenAIURL(), "OPENAI_API_KEY": "sk-old"},
			1, "", []string{"401 Unauthorized", "check OPENAI_API_KEY"}},
		{"bad settings", map[string]string{"EMBEDDER": "openai"}, 1, "", []string{"OPENAI_API_KEY is not set"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runWithEnv(t, tt.env, "", "ask", "--top", "3", "Did Iran help the U.S. at Bonn?")
			if code != tt.wantCode || !strings.Contains(out, tt.wantOut) {
				t.Errorf("exit %d, stdout %.80q, stderr %q", code, out, errOut)
			}
			for _, want := range tt.wantErr {
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr %q lacks %q", errOut, want)
				}
			}
			if code != 0 && strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
				t.Errorf("error is not one line: %q", errOut)
			}
		})
	}
}

// TestAskKeepsVectors runs ask twice with DATA_DIR: the second run sends the model only
// the start-up check and the question.
func TestAskKeepsVectors(t *testing.T) {
	srv := embedtest.New(t, "nomic-embed-text", "")
	env := map[string]string{"EMBEDDER": "ollama", "EMBEDDING_URL": srv.OllamaURL(), "DATA_DIR": t.TempDir()}
	firstOut, errOut, code := runWithEnv(t, env, "", "ask", "Did Iran help the U.S. at Bonn?")
	first := srv.Requests()
	if code != 0 || len(first) < 10 {
		t.Fatalf("first run: exit %d, %d requests, stderr %q", code, len(first), errOut)
	}
	counts := regexp.MustCompile(`neural vectors ready.*passages=(\d+) embedded=(\d+) reused=0`).FindStringSubmatch(errOut)
	if counts == nil || counts[1] != counts[2] || counts[1] != strconv.Itoa(len(first)-2) {
		t.Fatalf("first run logged %q; want every passage embedded", errOut)
	}
	if !strings.Contains(errOut, "embedding passages") {
		t.Errorf("first run logged no progress: %q", errOut)
	}
	documents := 0
	for _, r := range first {
		if strings.HasPrefix(r.Text, "search_document: ") {
			documents++
		}
	}
	if documents != len(first)-2 {
		t.Errorf("%d of %d requests carried the document prefix; want all but the check and the question", documents, len(first))
	}
	srv.Reset()
	out, errOut, code := runWithEnv(t, env, "", "ask", "Did Iran help the U.S. at Bonn?")
	// The kept vectors must rank as the fresh ones did: the same answers, word for word.
	if code != 0 || out == "" || out != firstOut || len(srv.Requests()) != 2 || !strings.Contains(errOut, "embedded=0 reused="+counts[1]) {
		t.Errorf("second run: exit %d, %d requests (want 2), stdout the first run's: %v, stderr %q", code, len(srv.Requests()), out == firstOut, errOut)
	}
}

// TestEvalRankings runs eval --docs on the dev set in each ranking mode through the fake
// model server, so that the fusion runs end to end.
func TestEvalRankings(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	dir := t.TempDir()
	if err := os.CopyFS(dir, docs.FS); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "docs.go")); err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	if _, err := fs.Stat(os.DirFS(dir), "iran-al-qaeda-links.md"); err != nil {
		t.Fatal(err)
	}
	recall := regexp.MustCompile(`Recall@1 ([0-9.]+)  Recall@3 ([0-9.]+)`)
	results := map[string][2]float64{}
	for _, ranking := range []string{"lexical", "dense", "hybrid"} {
		t.Run(ranking, func(t *testing.T) {
			srv.Reset()
			// RANKING says lexical; the flag wins over it.
			env := map[string]string{"EMBEDDER": "ollama", "EMBEDDING_MODEL": "toy", "EMBEDDING_URL": srv.OllamaURL(), "RANKING": "lexical"}
			out, errOut, code := runWithEnv(t, env, "", "eval", "--ranking", ranking, "--docs", dir,
				"--questions", filepath.Join("testdata", "eval", "dev-questions.jsonl"))
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if !strings.Contains(out, "ranking "+ranking) {
				t.Errorf("output does not name the ranking %s:\n%s", ranking, out)
			}
			m := recall.FindStringSubmatch(out)
			if m == nil {
				t.Fatalf("no recall in:\n%s", out)
			}
			r1, _ := strconv.ParseFloat(m[1], 64)
			r3, _ := strconv.ParseFloat(m[2], 64)
			results[ranking] = [2]float64{r1, r3}
			requests := len(srv.Requests())
			if ranking == "lexical" && requests != 0 {
				t.Errorf("lexical ranking sent %d requests to the model", requests)
			}
			if ranking != "lexical" && requests < 24+24 {
				t.Errorf("%s ranking sent %d requests; want every passage and question embedded", ranking, requests)
			}
		})
	}
	// The toy model is a bag of words: weaker than the lexical ranking, but fusing it
	// in must not lose much, and the three must really differ.
	lexical, dense, hybrid := results["lexical"], results["dense"], results["hybrid"]
	t.Logf("Recall@1/@3: lexical %v, dense %v, hybrid %v", lexical, dense, hybrid)
	if dense == lexical || hybrid[0] < dense[0] || hybrid[1] < 0.8 {
		t.Errorf("rankings: lexical %v, dense %v, hybrid %v", lexical, dense, hybrid)
	}
}

// TestServeHealthWhileIndexing starts serve with a slow model: while passages are
// embedded, /healthz says the process is alive and /readyz that it is not ready; then
// the bot becomes ready; a signal stops it cleanly.
func TestServeHealthWhileIndexing(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	srv.SetDelay(40 * time.Millisecond) // 26 passages, 4 at a time: about 0.3 s of indexing
	pub, _, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	healthAddr, httpAddr := freeAddr(t), freeAddr(t)
	env := map[string]string{"EMBEDDER": "ollama", "EMBEDDING_MODEL": "toy", "EMBEDDING_URL": srv.OllamaURL(),
		"HEALTH_ADDR": healthAddr, "HTTP_ADDR": httpAddr, "DISCORD_PUBLIC_KEY": hex.EncodeToString(pub)}
	ctx, stop := context.WithCancel(context.Background())
	var errOut bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, &errOut)
	}()
	get := func(path string) (int, string) {
		res, err := http.Get("http://" + healthAddr + path)
		if err != nil {
			return 0, err.Error()
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return res.StatusCode, strings.TrimSpace(string(body))
	}
	var sawIndexing bool
	deadline := time.Now().Add(10 * time.Second)
	for {
		healthz, hmsg := get("/healthz")
		readyz, rmsg := get("/readyz")
		if healthz == 200 && hmsg == "ok: indexing articles" && readyz == 503 && rmsg == "not ready: indexing articles" {
			sawIndexing = true
		}
		if readyz == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not ready after 10 s: /healthz %d %q, /readyz %d %q; stderr %s", healthz, hmsg, readyz, rmsg, errOut.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if !sawIndexing {
		t.Error("never saw /healthz alive and /readyz not ready while indexing")
	}
	stop()
	if err := <-done; err != nil {
		t.Errorf("serve after the signal: %v", err)
	}
}

// freeAddr is a loopback address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestServeStopsWhileIndexing sends the signal while passages are still being embedded:
// serve stops at once, without an error.
func TestServeStopsWhileIndexing(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	srv.SetDelay(time.Second)
	healthAddr := freeAddr(t)
	env := map[string]string{"EMBEDDER": "ollama", "EMBEDDING_MODEL": "toy", "EMBEDDING_URL": srv.OllamaURL(),
		"HEALTH_ADDR": healthAddr, "DISCORD_TOKEN": "token"}
	ctx, stop := context.WithCancel(context.Background())
	var errOut bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, &errOut)
	}()
	for start := time.Now(); time.Since(start) < 5*time.Second; time.Sleep(10 * time.Millisecond) {
		if res, err := http.Get("http://" + healthAddr + "/healthz"); err == nil {
			res.Body.Close()
			break
		}
	}
	stopped := time.Now()
	stop()
	select {
	case err := <-done:
		if err != nil || !strings.Contains(errOut.String(), "stopped while indexing") {
			t.Errorf("serve returned %v; logs %s", err, errOut.String())
		}
		if d := time.Since(stopped); d > 500*time.Millisecond {
			t.Errorf("serve took %s to stop", d)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("serve did not stop")
	}
}
