package retrieval

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/articlebot/articlebot/internal/embedtest"
)

func TestTaskPrefixes(t *testing.T) {
	const instruction = "Represent this sentence for searching relevant passages: "
	tests := []struct {
		model, document, query string
	}{
		{"nomic-embed-text", "search_document: ", "search_query: "},
		{"nomic-embed-text:latest", "search_document: ", "search_query: "},
		{"nomic-ai/nomic-embed-text-v1.5", "search_document: ", "search_query: "},
		{"intfloat/multilingual-e5-large", "passage: ", "query: "},
		{"e5-base-v2", "passage: ", "query: "},
		{"mxbai-embed-large", "", instruction},
		{"snowflake-arctic-embed:335m", "", instruction},
		{"BAAI/bge-large-en-v1.5", "", instruction},
		{"bge-m3", "", ""},
		{"text-embedding-3-small", "", ""},
		{"all-minilm", "", ""},
	}
	for _, tt := range tests {
		doc, query := TaskPrefixes(tt.model)
		if doc != tt.document || query != tt.query {
			t.Errorf("TaskPrefixes(%q) = %q, %q; want %q, %q", tt.model, doc, query, tt.document, tt.query)
		}
	}
}

// TestNeuralClientRequests checks what each provider's client sends: path, model, the
// task prefixes and the API key.
func TestNeuralClientRequests(t *testing.T) {
	empty := ""
	tests := []struct {
		name      string
		provider  string
		model     string
		apiKey    string
		docPrefix *string
		wantPath  string
		wantAuth  string
		wantDoc   string
		wantQuery string
	}{
		{"ollama with prefixes", ProviderOllama, "nomic-embed-text", "", nil, "/api/embeddings", "",
			"search_document: the passage", "search_query: the question"},
		{"ollama without", ProviderOllama, "all-minilm", "", nil, "/api/embeddings", "", "the passage", "the question"},
		{"openai", ProviderOpenAI, "text-embedding-3-small", "sk-test", nil, "/v1/embeddings", "Bearer sk-test",
			"the passage", "the question"},
		{"openai-compat", ProviderOpenAICompat, "nomic-embed-text", "local-key", nil, "/v1/embeddings", "Bearer local-key",
			"search_document: the passage", "search_query: the question"},
		{"prefix overridden", ProviderOllama, "nomic-embed-text", "", &empty, "/api/embeddings", "",
			"the passage", "search_query: the question"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := embedtest.New(t, tt.model, tt.apiKey)
			url := srv.OpenAIURL()
			if tt.provider == ProviderOllama {
				url = srv.OllamaURL()
			}
			c, err := newNeuralClient(NeuralModel{Provider: tt.provider, URL: url, Model: tt.model, APIKey: tt.apiKey, DocumentPrefix: tt.docPrefix})
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			if _, err := c.embedDocument(ctx, "the passage"); err != nil {
				t.Fatal(err)
			}
			if _, err := c.embedQuery(ctx, "the question"); err != nil {
				t.Fatal(err)
			}
			reqs := srv.Requests()
			if len(reqs) != 2 {
				t.Fatalf("%d requests, want 2", len(reqs))
			}
			for i, want := range []string{tt.wantDoc, tt.wantQuery} {
				r := reqs[i]
				if r.Path != tt.wantPath || r.Model != tt.model || r.Text != want || r.Authorization != tt.wantAuth {
					t.Errorf("request %d = %+v; want path %s, model %s, text %q, auth %q", i, r, tt.wantPath, tt.model, want, tt.wantAuth)
				}
			}
		})
	}
}

// TestNeuralClientFailures runs the real clients against a server that fails in each way
// a real one does.
func TestNeuralClientFailures(t *testing.T) {
	down := embedtest.New(t, "toy", "")
	down.Close()
	tests := []struct {
		name         string
		setup        func(*embedtest.Server)
		url          func(*embedtest.Server) string
		model        string
		wantErr      string // empty: success
		wantStatus   int
		wantRequests int
	}{
		{name: "ok", setup: func(*embedtest.Server) {}, wantRequests: 1},
		{name: "500 then success", setup: func(s *embedtest.Server) { s.FailNext(500) }, wantRequests: 2},
		{name: "429 twice then success", setup: func(s *embedtest.Server) { s.FailNext(429, 429) }, wantRequests: 3},
		{name: "503 until the deadline", setup: func(s *embedtest.Server) { s.FailNext(503, 503, 503, 503, 503, 503, 503, 503) },
			wantErr: "503 Service Unavailable; gave up retrying", wantStatus: 503},
		{name: "400 is not retried", setup: func(s *embedtest.Server) { s.FailNext(400) },
			wantErr: "400 Bad Request", wantStatus: 400, wantRequests: 1},
		{name: "unknown model", setup: func(*embedtest.Server) {}, model: "no-such-model",
			wantErr: "404 Not Found (unknown model or wrong URL: run ollama pull no-such-model", wantStatus: 404, wantRequests: 1},
		{name: "wrong URL", setup: func(*embedtest.Server) {}, url: func(s *embedtest.Server) string { return s.URL },
			wantErr: "404 Not Found", wantStatus: 404, wantRequests: 1},
		{name: "empty vector", setup: func(s *embedtest.Server) { s.SetEmpty(true) },
			wantErr: "no embeddings found in the response", wantRequests: 1},
		{name: "malformed answer", setup: func(s *embedtest.Server) { s.SetRawBody("<html>Bad gateway</html>") },
			wantErr: "couldn't unmarshal response body", wantRequests: 1},
		{name: "timeout", setup: func(s *embedtest.Server) { s.SetDelay(2 * time.Second) },
			wantErr: "no answer within 50ms: context deadline exceeded", wantRequests: 1},
		{name: "down", setup: func(*embedtest.Server) {}, url: func(*embedtest.Server) string { return down.OllamaURL() },
			wantErr: "connection refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := embedtest.New(t, "toy", "")
			tt.setup(srv)
			url := srv.OllamaURL()
			if tt.url != nil {
				url = tt.url(srv)
			}
			model := "toy"
			if tt.model != "" {
				model = tt.model
			}
			c, err := newNeuralClient(NeuralModel{Provider: ProviderOllama, URL: url, Model: model,
				CallTimeout: 50 * time.Millisecond, RetryDeadline: 400 * time.Millisecond})
			if err != nil {
				t.Fatal(err)
			}
			c.firstPause = 10 * time.Millisecond
			vec, err := c.embedQuery(context.Background(), "a question")
			if tt.wantErr == "" {
				if err != nil || len(vec) != embedtest.DefaultDimensions {
					t.Fatalf("got %d dims, %v; want a vector", len(vec), err)
				}
			} else {
				var ee *EmbeddingError
				if !errors.As(err, &ee) || !strings.Contains(err.Error(), tt.wantErr) || ee.Status != tt.wantStatus {
					t.Fatalf("err = %v; want an EmbeddingError with %q and status %d", err, tt.wantErr, tt.wantStatus)
				}
				if !strings.Contains(err.Error(), `ollama model "`+model+`" at `+url) {
					t.Errorf("err = %v; want it to name the model and URL", err)
				}
			}
			if tt.wantRequests > 0 && len(srv.Requests()) != tt.wantRequests {
				t.Errorf("%d requests, want %d", len(srv.Requests()), tt.wantRequests)
			}
		})
	}
}

func TestStatusOf(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{errors.New(apiErrorPrefix + "429 Too Many Requests"), 429},
		{errors.New("couldn't create embedding of document: " + apiErrorPrefix + "502 Bad Gateway"), 502},
		{errors.New(apiErrorPrefix + "teapot"), 0},
		{errors.New("couldn't send request: dial tcp: connection refused"), 0},
	}
	for _, tt := range tests {
		if got := statusOf(tt.err); got != tt.want {
			t.Errorf("statusOf(%q) = %d, want %d", tt.err, got, tt.want)
		}
	}
	if !retryable(http.StatusTooManyRequests) || !retryable(500) || retryable(404) || retryable(0) {
		t.Error("retryable: want 429 and 5xx only")
	}
}

// TestNeuralClientCallerDeadline lets the caller's deadline (the bot's answer deadline)
// end a call before the call's own timeout: the error keeps context.DeadlineExceeded
// and does not blame the call timeout.
func TestNeuralClientCallerDeadline(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	srv.SetDelay(2 * time.Second)
	c, err := newNeuralClient(NeuralModel{Provider: ProviderOllama, URL: srv.OllamaURL(), Model: "toy", CallTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err = c.embedQuery(ctx, "a question")
	if !errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "no answer within") {
		t.Errorf("err = %v; want the caller's deadline, not the call timeout", err)
	}
}
