package bot

import (
	"context"
	"crypto/ed25519"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/articlebot/articlebot/retrieval"
)

// slowEngine holds questions containing SLOW until released, to catch a shutdown that
// drops answers in flight.
type slowEngine struct {
	Engine
	started chan struct{}
	release chan struct{}
}

func newSlowEngine(e Engine) *slowEngine {
	return &slowEngine{Engine: e, started: make(chan struct{}, 1), release: make(chan struct{})}
}

func (s *slowEngine) Answer(ctx context.Context, q string, k int) ([]retrieval.Answer, error) {
	if strings.Contains(q, "SLOW") {
		s.started <- struct{}{}
		<-s.release
	}
	return s.Engine.Answer(ctx, q, k)
}

func TestGatewayShutdownFinishesAnswers(t *testing.T) {
	f := newFakeDiscord(t)
	slow := newSlowEngine(realIndex(t))
	b := newTestBot(t, slow, Options{})
	stop := runGateway(t, b, f, GatewayConfig{})

	wait := f.dispatch(t, askInteraction("2001", "7", "SLOW: what did Seth Jones say?"))
	<-slow.started
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	select {
	case err := <-stopped:
		t.Fatalf("RunGateway returned (%v) with an answer in flight", err)
	case <-time.After(1500 * time.Millisecond): // Session.Close alone takes a second
	}
	close(slow.release)
	r := decodeResponse(t, wait())
	wantContains(t, "description", r.Data.Embeds[0].Description, "Jones")
	if err := <-stopped; err != nil {
		t.Fatalf("RunGateway: %v", err)
	}
}

func TestServeInteractionsShutdownFinishesAnswers(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(nil)
	slow := newSlowEngine(realIndex(t))
	b := newTestBot(t, slow, Options{})
	b.now = time.Now
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- b.ServeInteractions(ctx, addr, pub) }()
	for deadline := time.Now().Add(5 * time.Second); !b.Ready(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("not serving")
		}
	}

	type reply struct {
		status int
		body   []byte
		err    error
	}
	replies := make(chan reply, 1)
	go func() {
		req := signedRequest(t, "http://"+addr+"/", priv, time.Now(), mustJSON(t, askInteraction("3001", "7", "SLOW: what did Seth Jones say?")))
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			replies <- reply{err: err}
			return
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		replies <- reply{status: res.StatusCode, body: body}
	}()
	<-slow.started
	cancel()
	time.Sleep(100 * time.Millisecond)
	if _, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		t.Error("still accepting connections after shutdown began")
	}
	close(slow.release)
	got := <-replies
	if got.err != nil || got.status != http.StatusOK {
		t.Fatalf("in-flight request: status %d, err %v", got.status, got.err)
	}
	wantContains(t, "description", decodeResponse(t, got.body).Data.Embeds[0].Description, "Jones")
	if err := <-served; err != nil {
		t.Fatalf("ServeInteractions: %v", err)
	}
	if b.Ready() {
		t.Error("ready after shutdown")
	}
}

// freeAddr is a loopback address with a port nobody listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}
