// Package embedtest serves a small deterministic embedding model over HTTP, speaking
// Ollama's embeddings API as chromem-go v0.7.0 calls it (POST /api/embeddings with model
// and prompt) and OpenAI's (POST /v1/embeddings with model and input), so that tests run
// the real clients against it. It can fail on demand: error statuses, slowness, empty or
// differently sized vectors.
package embedtest

import (
	"encoding/json"
	"hash/fnv"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
)

// DefaultDimensions is the length of the vectors a new Server returns.
const DefaultDimensions = 64

// Request is one embedding request the server received.
type Request struct {
	Path          string // /api/embeddings or /v1/embeddings
	Model         string
	Text          string // Ollama's prompt or OpenAI's input
	Authorization string // the Authorization header, as sent
}

// Server is a running fake embedding server. Its methods are safe for concurrent use.
type Server struct {
	*httptest.Server
	model  string
	apiKey string

	mu         sync.Mutex
	requests   []Request
	failures   []int // statuses to answer with, in order, before answering normally
	delay      time.Duration
	dimensions int
	switchAt   int // from this request on (counting from 1), vectors have switchTo dimensions; 0: never
	switchTo   int
	empty      bool
	rawBody    string
}

// New starts a server that knows one model; apiKey, when not empty, is required as a
// bearer token on OpenAI requests. The server is closed when the test ends.
func New(t testing.TB, model, apiKey string) *Server {
	t.Helper()
	s := &Server{model: model, apiKey: apiKey, dimensions: DefaultDimensions}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// OllamaURL is the base URL to give chromem-go's Ollama client.
func (s *Server) OllamaURL() string { return s.URL + "/api" }

// OpenAIURL is the base URL to give chromem-go's OpenAI clients.
func (s *Server) OpenAIURL() string { return s.URL + "/v1" }

// FailNext makes the next requests fail with these statuses, one each, in order.
func (s *Server) FailNext(statuses ...int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures = append(s.failures, statuses...)
}

// SetDelay makes every answer wait this long (or until the client gives up).
func (s *Server) SetDelay(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.delay = d
}

// SetDimensions changes the length of the vectors, as a different model would.
func (s *Server) SetDimensions(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dimensions = n
}

// SetDimensionsFrom makes the vectors n long from the request'th request on (counting
// all requests so far from 1), as if the server's model were swapped in the middle.
func (s *Server) SetDimensionsFrom(request, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.switchAt, s.switchTo = request, n
}

// SetEmpty makes the server answer 200 OK with no vector.
func (s *Server) SetEmpty(empty bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.empty = empty
}

// SetRawBody makes the server answer 200 OK with this body instead of a vector, as a
// proxy's error page or a server of another protocol would. Empty turns it off.
func (s *Server) SetRawBody(body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rawBody = body
}

// Requests returns the requests received so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Reset forgets the requests received so far.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = nil
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	var body struct{ Model, Prompt, Input string }
	if r.Method != http.MethodPost || json.NewDecoder(r.Body).Decode(&body) != nil {
		http.Error(w, `{"error":"bad request"}`, http.StatusBadRequest)
		return
	}
	req := Request{Path: r.URL.Path, Model: body.Model, Text: body.Prompt, Authorization: r.Header.Get("Authorization")}
	if r.URL.Path == "/v1/embeddings" {
		req.Text = body.Input
	}
	s.mu.Lock()
	s.requests = append(s.requests, req)
	delay, dims, empty, rawBody := s.delay, s.dimensions, s.empty, s.rawBody
	if s.switchAt > 0 && len(s.requests) >= s.switchAt {
		dims = s.switchTo
	}
	status := 0
	if len(s.failures) > 0 {
		status, s.failures = s.failures[0], s.failures[1:]
	}
	s.mu.Unlock()

	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
	}
	switch {
	case status != 0:
		http.Error(w, `{"error":"injected failure"}`, status)
		return
	case r.URL.Path != "/api/embeddings" && r.URL.Path != "/v1/embeddings":
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	case body.Model != s.model:
		http.Error(w, `{"error":"model \"`+body.Model+`\" not found, try pulling it first"}`, http.StatusNotFound)
		return
	case r.URL.Path == "/v1/embeddings" && s.apiKey != "" && req.Authorization != "Bearer "+s.apiKey:
		http.Error(w, `{"error":{"message":"Incorrect API key provided"}}`, http.StatusUnauthorized)
		return
	}
	if rawBody != "" {
		w.Write([]byte(rawBody))
		return
	}
	var vec []float32
	if !empty {
		vec = Vector(req.Text, dims)
	}
	w.Header().Set("Content-Type", "application/json")
	if r.URL.Path == "/api/embeddings" {
		json.NewEncoder(w).Encode(map[string]any{"embedding": vec})
		return
	}
	data := []map[string]any{}
	if !empty {
		data = append(data, map[string]any{"object": "embedding", "index": 0, "embedding": vec})
	}
	json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data, "model": body.Model})
}

// Vector is the model: each word, lower-cased and without a plural or past-tense ending,
// is hashed into one of n buckets; texts sharing words point the same way. Words of
// three letters or fewer are left out, as most are function words. A text with no such
// word gets a vector of its own bucket so that it is never zero.
func Vector(text string, n int) []float32 {
	vec := make([]float32, n)
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, w := range words {
		if len(w) <= 3 {
			continue
		}
		for _, suffix := range []string{"ing", "ed", "es", "s"} {
			if strings.HasSuffix(w, suffix) && len(w)-len(suffix) >= 4 {
				w = strings.TrimSuffix(w, suffix)
				break
			}
		}
		h := fnv.New32a()
		h.Write([]byte(w))
		vec[h.Sum32()%uint32(n)]++
	}
	for _, x := range vec {
		if x != 0 {
			return vec
		}
	}
	vec[len(text)%n] = 1
	return vec
}
