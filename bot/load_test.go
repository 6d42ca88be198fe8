package bot

import (
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// TestLoadHTTP sends 5,000 signed interactions over loopback, 50 at a time, and checks that
// every one gets exactly one answer, and its own. It reports p50 and p99 latency.
func TestLoadHTTP(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped under -short")
	}
	const total, concurrency = 5000, 50
	pub, priv, _ := ed25519.GenerateKey(nil)
	b := newTestBot(t, realIndex(t), Options{RatePerMinute: 1 << 20})
	b.now = time.Now
	var served atomic.Int64
	h := b.InteractionsHandler(pub)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r)
		served.Add(1)
	}))
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: concurrency}, Timeout: 30 * time.Second}

	// Each question carries a nonce that the answer must echo, so a crossed or duplicated
	// answer is caught; one request in five is an autocomplete, one in five a /quotes.
	type result struct {
		n       int
		latency time.Duration
		err     error
	}
	questions := []string{"What did Seth Jones say about al Qaeda numbers?", "Did Iran work with al Qaeda on attacks?",
		"What does the intelligence community believe?", "Why is Pompeo making the case?"}
	work := make(chan int)
	results := make(chan result, total)
	var wg sync.WaitGroup
	for range concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range work {
				id := fmt.Sprint(100000 + n)
				user := fmt.Sprint(n % 500)
				nonce := fmt.Sprintf("nonce%05d", n)
				var in *discordgo.Interaction
				switch n % 5 {
				case 3:
					in = autocompleteInteraction(id, user, "jo")
				case 4:
					in = quotesInteraction(id, user, "Seth Jones")
				default:
					in = askInteraction(id, user, questions[n%len(questions)]+" "+nonce)
				}
				body, err := json.Marshal(in)
				if err != nil {
					results <- result{n: n, err: err}
					continue
				}
				req := signedRequest(t, srv.URL, priv, time.Now(), body)
				start := time.Now()
				res, err := client.Do(req)
				if err != nil {
					results <- result{n: n, err: err}
					continue
				}
				out, _ := io.ReadAll(res.Body)
				res.Body.Close()
				latency := time.Since(start)
				var r wireResponse
				switch {
				case res.StatusCode != 200:
					err = fmt.Errorf("status %d: %s", res.StatusCode, out)
				case json.Unmarshal(out, &r) != nil:
					err = fmt.Errorf("bad JSON: %s", out)
				case n%5 == 3 && (r.Type != 8 || len(r.Data.Choices) == 0):
					err = fmt.Errorf("autocomplete answered with %s", out)
				case n%5 == 4 && (r.Type != 4 || !strings.Contains(r.Data.Content, "Seth Jones")):
					err = fmt.Errorf("quotes answered with %s", out)
				case n%5 < 3 && (r.Type != 4 || !strings.Contains(r.Data.Content, nonce) || len(r.Data.Embeds) == 0):
					err = fmt.Errorf("ask answered with %s", out)
				}
				results <- result{n: n, latency: latency, err: err}
			}
		}()
	}
	start := time.Now()
	for n := range total {
		work <- n
	}
	close(work)
	wg.Wait()
	elapsed := time.Since(start)
	close(results)

	seen := make([]int, total)
	var latencies []time.Duration
	failures := 0
	for r := range results {
		seen[r.n]++
		if r.err != nil {
			if failures++; failures <= 5 {
				t.Errorf("interaction %d: %v", r.n, r.err)
			}
			continue
		}
		latencies = append(latencies, r.latency)
	}
	for n, c := range seen {
		if c != 1 {
			t.Errorf("interaction %d answered %d times", n, c)
		}
	}
	if got := served.Load(); got != total {
		t.Errorf("server answered %d requests, want %d", got, total)
	}
	if len(latencies) == 0 {
		t.Fatal("no successful requests")
	}
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	p50 := latencies[len(latencies)*50/100]
	p99 := latencies[len(latencies)*99/100]
	t.Logf("%d interactions, %d concurrent, in %v (%.0f/s): p50 %v, p99 %v, max %v",
		total, concurrency, elapsed.Round(time.Millisecond), float64(total)/elapsed.Seconds(),
		p50.Round(10*time.Microsecond), p99.Round(10*time.Microsecond), latencies[len(latencies)-1].Round(10*time.Microsecond))
}
