package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// signedRequest is a POST as Discord sends it: the body signed with timestamp+body.
func signedRequest(t testing.TB, url string, priv ed25519.PrivateKey, ts time.Time, body []byte) *http.Request {
	t.Helper()
	stamp := strconv.FormatInt(ts.Unix(), 10)
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(stamp), body...))))
	return req
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestInteractionsEndpoint(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	_, otherPriv, _ := ed25519.GenerateKey(nil)
	b := newTestBot(t, realIndex(t), Options{RatePerMinute: 1000})
	srv := httptest.NewServer(b.InteractionsHandler(pub))
	defer srv.Close()

	ping := mustJSON(t, map[string]any{"id": "1", "application_id": "100", "type": 1, "token": "t", "version": 1})
	ask := mustJSON(t, askInteraction("1002", "7", "What did Seth Jones say about al Qaeda numbers in Iran?"))
	tests := []struct {
		name       string
		req        func() *http.Request
		wantStatus int
		wantBody   string // exact, or the golden file when it ends in .json
	}{
		{"ping", func() *http.Request { return signedRequest(t, srv.URL, priv, testNow, ping) }, 200, `{"type":1}`},
		{"ask answers in the body, as over the gateway", func() *http.Request { return signedRequest(t, srv.URL, priv, testNow, ask) }, 200, "ask.json"},
		{"tampered body", func() *http.Request {
			r := signedRequest(t, srv.URL, priv, testNow, ask)
			r.Body = io.NopCloser(bytes.NewReader(bytes.Replace(ask, []byte("Seth"), []byte("Beth"), 1)))
			return r
		}, 401, ""},
		{"wrong key", func() *http.Request { return signedRequest(t, srv.URL, otherPriv, testNow, ping) }, 401, ""},
		{"missing signature", func() *http.Request {
			r := signedRequest(t, srv.URL, priv, testNow, ping)
			r.Header.Del("X-Signature-Ed25519")
			return r
		}, 401, ""},
		{"missing timestamp", func() *http.Request {
			r := signedRequest(t, srv.URL, priv, testNow, ping)
			r.Header.Del("X-Signature-Timestamp")
			return r
		}, 401, ""},
		{"signature not hex", func() *http.Request {
			r := signedRequest(t, srv.URL, priv, testNow, ping)
			r.Header.Set("X-Signature-Ed25519", "zz")
			return r
		}, 401, ""},
		{"stale timestamp", func() *http.Request { return signedRequest(t, srv.URL, priv, testNow.Add(-6*time.Minute), ping) }, 401, ""},
		{"timestamp from the future", func() *http.Request { return signedRequest(t, srv.URL, priv, testNow.Add(6*time.Minute), ping) }, 401, ""},
		{"four minutes old is fine", func() *http.Request { return signedRequest(t, srv.URL, priv, testNow.Add(-4*time.Minute), ping) }, 200, `{"type":1}`},
		{"body over 64 KiB", func() *http.Request {
			big := append(append([]byte(nil), ping[:len(ping)-1]...), []byte(`,"pad":"`+strings.Repeat("x", maxInteractionBody)+`"}`)...)
			return signedRequest(t, srv.URL, priv, testNow, big)
		}, 413, ""},
		{"not JSON", func() *http.Request { return signedRequest(t, srv.URL, priv, testNow, []byte("hello")) }, 400, ""},
		{"GET", func() *http.Request {
			r, _ := http.NewRequest(http.MethodGet, srv.URL, nil)
			return r
		}, 405, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := http.DefaultClient.Do(tc.req())
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != tc.wantStatus {
				t.Fatalf("status %d, want %d (%s)", res.StatusCode, tc.wantStatus, body)
			}
			switch {
			case strings.HasSuffix(tc.wantBody, ".json"):
				checkMessageRules(t, body)
				checkGolden(t, tc.wantBody, body)
			case tc.wantBody != "":
				if got := strings.TrimSpace(string(body)); got != tc.wantBody {
					t.Errorf("body %s, want %s", got, tc.wantBody)
				}
			}
			if tc.wantStatus == 200 && res.Header.Get("Content-Type") != "application/json" {
				t.Errorf("Content-Type %q", res.Header.Get("Content-Type"))
			}
		})
	}
}

func TestRateLimit(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(nil)
	b := newTestBot(t, realIndex(t), Options{RatePerMinute: 2})
	now := testNow
	b.now = func() time.Time { return now }
	srv := httptest.NewServer(b.InteractionsHandler(pub))
	defer srv.Close()

	send := func(t *testing.T, i *discordgo.Interaction) []byte {
		t.Helper()
		res, err := http.DefaultClient.Do(signedRequest(t, srv.URL, priv, now, mustJSON(t, i)))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 {
			t.Fatalf("status %d: %s", res.StatusCode, body)
		}
		return body
	}
	question := "What did Seth Jones say?"
	steps := []struct {
		name    string
		in      *discordgo.Interaction
		advance time.Duration
		limited bool
	}{
		{"first", askInteraction("1", "7", question), 0, false},
		{"second, the burst", simpleCommand("2", "7", cmdArticle), 0, false},
		{"autocomplete is not counted", autocompleteInteraction("3", "7", "se"), 0, false},
		{"third is limited", askInteraction("4", "7", question), 0, true},
		{"another user is not", askInteraction("5", "8", question), 0, false},
		{"buttons count too", buttonInteraction("6", "7", "more:3:3", &discordgo.Message{Content: askedPrefix + question}), 10 * time.Second, true},
		{"a token is back after 30 seconds", askInteraction("7", "7", question), 20 * time.Second, false},
		{"and only one", askInteraction("8", "7", question), 0, true},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			now = now.Add(st.advance)
			body := send(t, st.in)
			r := decodeResponse(t, body)
			isLimited := strings.Contains(r.Data.Content, "asking faster than I can answer")
			if isLimited != st.limited {
				t.Fatalf("limited = %v, want %v: %s", isLimited, st.limited, body)
			}
			if st.limited {
				wantPrivate(t, r, "Try again <t:")
				if st.name == "third is limited" {
					wantContains(t, "retry", r.Data.Content, "<t:"+strconv.FormatInt(testNow.Unix()+30, 10)+":R> (in 30 seconds)")
					checkGolden(t, "rate-limited.json", body)
				}
			}
		})
	}
}

func TestLimiterForgetsIdleUsers(t *testing.T) {
	l := newUserLimiter(3)
	for n := range 100 {
		l.allow(strconv.Itoa(n), testNow)
	}
	if got := l.tracked(); got != 100 {
		t.Fatalf("tracking %d users, want 100", got)
	}
	l.allow("late", testNow.Add(2*time.Minute))
	if got := l.tracked(); got != 1 {
		t.Errorf("tracking %d users after two idle minutes, want 1", got)
	}
}

func TestParsePublicKey(t *testing.T) {
	pub, _, _ := ed25519.GenerateKey(nil)
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"valid", hex.EncodeToString(pub), true},
		{"valid with spaces", " " + hex.EncodeToString(pub) + "\n", true},
		{"not hex", "xyz", false},
		{"too short", hex.EncodeToString(pub[:16]), false},
		{"empty", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			key, err := ParsePublicKey(tc.in)
			if (err == nil) != tc.ok {
				t.Fatalf("err = %v, want ok %v", err, tc.ok)
			}
			if tc.ok && !bytes.Equal(key, pub) {
				t.Error("key differs")
			}
		})
	}
}

func TestHealth(t *testing.T) {
	ln, err := ListenHealth("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ListenHealth(ln.Addr().String()); err == nil || !strings.Contains(err.Error(), "listen for health checks") {
		t.Errorf("a port in use gave %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	health := &Health{}
	done := make(chan error, 1)
	go func() { done <- health.Serve(ctx, ln) }()
	get := func(path string) (int, string) {
		res, err := http.Get("http://" + ln.Addr().String() + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return res.StatusCode, strings.TrimSpace(string(body))
	}
	steps := []struct {
		name              string
		step              func()
		healthz, readyz   int
		wantReadyzMessage string
	}{
		{"indexing", func() {}, 200, 503, "not ready: indexing articles"},
		{"built, not connected", func() { health.SetBot(newTestBot(t, realIndex(t), Options{})) }, 200, 503, "not ready: not connected to Discord"},
		{"serving", func() { health.bot.Load().serving.Store(true) }, 200, 200, "ready: "},
	}
	for _, s := range steps {
		s.step()
		if code, _ := get("/healthz"); code != s.healthz {
			t.Errorf("%s: /healthz %d, want %d", s.name, code, s.healthz)
		}
		if code, msg := get("/readyz"); code != s.readyz || !strings.HasPrefix(msg, s.wantReadyzMessage) {
			t.Errorf("%s: /readyz %d %q, want %d %q", s.name, code, msg, s.readyz, s.wantReadyzMessage)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve after cancel: %v", err)
	}
}
