package bot

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// fakeDiscord is enough of Discord for discordgo: the REST routes the bot calls and a
// gateway websocket that says HELLO, checks IDENTIFY, sends READY, acknowledges heartbeats
// and dispatches the interactions a test sends.
type fakeDiscord struct {
	t     *testing.T
	srv   *httptest.Server
	token string // the only token accepted, without "Bot "
	appID string

	mu           sync.Mutex
	registered   []registration
	callbacks    map[string][][]byte // interaction ID → every callback body received
	waiters      map[string]chan []byte
	conn         *websocket.Conn
	writeMu      sync.Mutex // gorilla allows one concurrent writer
	seq          int
	identifyToks []string
	ready        chan struct{}
}

// registration is one bulk overwrite of the commands.
type registration struct {
	Path string
	Body []byte
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	f := &fakeDiscord{t: t, token: "good-token", appID: "100", callbacks: map[string][][]byte{},
		waiters: map[string]chan []byte{}, ready: make(chan struct{}, 1)}
	mux := http.NewServeMux()
	gateway := func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]any{"url": "ws://" + r.Host + "/ws", "shards": 1})
	}
	mux.HandleFunc("GET /api/v9/gateway", gateway)
	mux.HandleFunc("GET /api/v9/gateway/bot", gateway)
	mux.HandleFunc("GET /api/v9/users/@me", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bot "+f.token {
			w.WriteHeader(http.StatusUnauthorized)
			writeJSON(w, map[string]any{"message": "401: Unauthorized", "code": 0})
			return
		}
		writeJSON(w, map[string]any{"id": f.appID, "username": "articlebot", "discriminator": "0", "bot": true})
	})
	register := func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bot "+f.token {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		body, _ := io.ReadAll(r.Body)
		f.mu.Lock()
		f.registered = append(f.registered, registration{Path: r.URL.Path, Body: body})
		f.mu.Unlock()
		var cmds []map[string]any
		if err := json.Unmarshal(body, &cmds); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		for n, c := range cmds {
			c["id"] = "9000" + string(rune('0'+n))
			c["application_id"] = r.PathValue("app")
		}
		writeJSON(w, cmds)
	}
	mux.HandleFunc("PUT /api/v9/applications/{app}/commands", register)
	mux.HandleFunc("PUT /api/v9/applications/{app}/guilds/{guild}/commands", register)
	mux.HandleFunc("POST /api/v9/interactions/{id}/{token}/callback", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		id := r.PathValue("id")
		if r.PathValue("token") != "tok-"+id {
			http.Error(w, "unknown interaction token", http.StatusNotFound)
			return
		}
		f.mu.Lock()
		f.callbacks[id] = append(f.callbacks[id], body)
		ch := f.waiters[id]
		f.mu.Unlock()
		if ch != nil {
			ch <- body
		}
		w.WriteHeader(http.StatusNoContent)
	})
	// discordgo adds a slash before the query: "/ws/?v=9&encoding=json".
	mux.HandleFunc("GET /ws/", f.serveGateway)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("fake Discord: unexpected %s %s", r.Method, r.URL.Path)
		http.NotFound(w, r)
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// client sends discordgo's requests for discord.com to the fake instead.
func (f *fakeDiscord) client() *http.Client {
	target, _ := url.Parse(f.srv.URL)
	return &http.Client{Timeout: 10 * time.Second, Transport: rewriteHost{target: target, base: f.srv.Client().Transport}}
}

type rewriteHost struct {
	target *url.URL
	base   http.RoundTripper
}

func (rw rewriteHost) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host == "discord.com" {
		r = r.Clone(r.Context())
		r.URL.Scheme, r.URL.Host, r.Host = rw.target.Scheme, rw.target.Host, ""
	}
	return rw.base.RoundTrip(r)
}

var upgrader = websocket.Upgrader{}

func (f *fakeDiscord) serveGateway(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		f.t.Errorf("fake gateway: upgrade: %v", err)
		return
	}
	defer conn.Close()
	f.write(conn, map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}})
	var identify struct {
		Op int `json:"op"`
		D  struct {
			Token   string `json:"token"`
			Intents int    `json:"intents"`
		} `json:"d"`
	}
	for identify.Op != 2 {
		if err := conn.ReadJSON(&identify); err != nil {
			return
		}
		if identify.Op == 1 {
			f.write(conn, map[string]any{"op": 11})
		}
	}
	f.mu.Lock()
	f.identifyToks = append(f.identifyToks, identify.D.Token)
	f.mu.Unlock()
	if identify.D.Token != "Bot "+f.token {
		f.writeMu.Lock()
		conn.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
		f.writeMu.Unlock()
		return
	}
	f.mu.Lock()
	f.conn = conn
	f.seq++
	seq := f.seq
	f.mu.Unlock()
	f.write(conn, map[string]any{"op": 0, "s": seq, "t": "READY", "d": map[string]any{
		"v": 9, "session_id": "session-1",
		"user":        map[string]any{"id": f.appID, "username": "articlebot", "bot": true},
		"application": map[string]any{"id": f.appID},
		"guilds":      []any{},
	}})
	select {
	case f.ready <- struct{}{}:
	default:
	}
	for {
		var msg struct {
			Op int `json:"op"`
		}
		if err := conn.ReadJSON(&msg); err != nil {
			f.mu.Lock()
			if f.conn == conn {
				f.conn = nil
			}
			f.mu.Unlock()
			return
		}
		if msg.Op == 1 {
			f.write(conn, map[string]any{"op": 11})
		}
	}
}

func (f *fakeDiscord) write(conn *websocket.Conn, v any) {
	f.writeMu.Lock()
	defer f.writeMu.Unlock()
	conn.WriteJSON(v)
}

// send dispatches an interaction over the gateway and returns the body of its callback.
func (f *fakeDiscord) send(t *testing.T, i *discordgo.Interaction) []byte {
	t.Helper()
	return f.dispatch(t, i)()
}

// dispatch sends an interaction over the gateway; the function it returns waits for the
// interaction's callback.
func (f *fakeDiscord) dispatch(t *testing.T, i *discordgo.Interaction) (wait func() []byte) {
	t.Helper()
	ch := make(chan []byte, 4)
	f.mu.Lock()
	f.waiters[i.ID] = ch
	conn := f.conn
	f.seq++
	seq := f.seq
	f.mu.Unlock()
	if conn == nil {
		t.Fatal("fake gateway: no connection")
	}
	f.write(conn, map[string]any{"op": 0, "s": seq, "t": "INTERACTION_CREATE", "d": i})
	return func() []byte {
		t.Helper()
		select {
		case body := <-ch:
			return body
		case <-time.After(10 * time.Second):
			t.Fatalf("no callback for interaction %s", i.ID)
			return nil
		}
	}
}

// callbackCounts is how many callbacks each interaction got.
func (f *fakeDiscord) callbackCounts() map[string]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[string]int{}
	for id, bodies := range f.callbacks {
		out[id] = len(bodies)
	}
	return out
}

func (f *fakeDiscord) registrations() []registration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]registration(nil), f.registered...)
}
