package main

import (
	"bytes"
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestHealthcheck(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
		args    func(port string) []string
		env     func(port string) map[string]string
		wantOut string
		wantErr string // substring; empty means success
	}{
		{
			name:    "healthy via HEALTH_ADDR",
			handler: func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) },
			env:     func(port string) map[string]string { return map[string]string{"HEALTH_ADDR": ":" + port} },
			wantOut: "ok\n",
		},
		{
			name:    "healthy via --addr, which wins over HEALTH_ADDR",
			handler: func(w http.ResponseWriter, r *http.Request) {},
			args:    func(port string) []string { return []string{"--addr", "127.0.0.1:" + port} },
			env:     func(string) map[string]string { return map[string]string{"HEALTH_ADDR": ":1"} },
			wantOut: "ok\n",
		},
		{
			name:    "listening on every interface is called on loopback",
			handler: func(w http.ResponseWriter, r *http.Request) {},
			args:    func(port string) []string { return []string{"--addr", "0.0.0.0:" + port} },
			wantOut: "ok\n",
		},
		{
			name: "unhealthy status with its reason",
			handler: func(w http.ResponseWriter, r *http.Request) {
				http.Error(w, "index not ready\nmore", http.StatusServiceUnavailable)
			},
			args:    func(port string) []string { return []string{"--addr", ":" + port} },
			wantErr: "unhealthy: GET http://127.0.0.1:PORT/healthz: 503 Service Unavailable: index not ready",
		},
		{
			name: "too slow",
			handler: func(w http.ResponseWriter, r *http.Request) {
				select {
				case <-r.Context().Done():
				case <-time.After(5 * time.Second):
				}
			},
			args:    func(port string) []string { return []string{"--addr", ":" + port, "--timeout", "50ms"} },
			wantErr: "deadline exceeded",
		},
		{
			name:    "bad address",
			args:    func(string) []string { return []string{"--addr", "8081"} },
			wantErr: `health address must be host:port such as ":8081", got "8081"`,
		},
		{
			name:    "stray argument",
			args:    func(string) []string { return []string{"now"} },
			wantErr: `healthcheck takes no arguments, got ["now"]`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mux := http.NewServeMux()
			mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
				if tt.handler != nil {
					tt.handler(w, r)
				}
			})
			srv := httptest.NewServer(mux)
			defer srv.Close()
			_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
			var args []string
			if tt.args != nil {
				args = tt.args(port)
			}
			envm := map[string]string{}
			if tt.env != nil {
				envm = tt.env(port)
			}
			var stdout, stderr bytes.Buffer
			err := runHealthcheck(context.Background(), args, func(k string) string { return envm[k] }, &stdout, &stderr)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("runHealthcheck: %v", err)
				}
			} else {
				want := strings.ReplaceAll(tt.wantErr, "PORT", port)
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Fatalf("runHealthcheck error = %v, want it to contain %q", err, want)
				}
				if strings.Contains(err.Error(), "\n") {
					t.Errorf("error %q is not one line", err)
				}
			}
			if got := stdout.String(); got != tt.wantOut {
				t.Errorf("stdout = %q, want %q", got, tt.wantOut)
			}
		})
	}
}

func TestHealthcheckNothingListening(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	addr := srv.Listener.Addr().String()
	srv.Close()
	err := runHealthcheck(context.Background(), []string{"--addr", addr}, func(string) string { return "" }, new(bytes.Buffer), new(bytes.Buffer))
	if err == nil || !strings.Contains(err.Error(), "connection refused") {
		t.Fatalf("runHealthcheck = %v, want connection refused", err)
	}
}

func TestHealthURL(t *testing.T) {
	tests := []struct{ addr, want string }{
		{":8081", "http://127.0.0.1:8081/healthz"},
		{"0.0.0.0:9000", "http://127.0.0.1:9000/healthz"},
		{"[::]:9000", "http://127.0.0.1:9000/healthz"},
		{"127.0.0.2:9000", "http://127.0.0.2:9000/healthz"},
		{"localhost:9000", "http://localhost:9000/healthz"},
		{"[::1]:9000", "http://[::1]:9000/healthz"},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			got, err := healthURL(tt.addr)
			if err != nil || got != tt.want {
				t.Errorf("healthURL(%q) = %q, %v; want %q", tt.addr, got, err, tt.want)
			}
		})
	}
	for _, bad := range []string{"", "8081", "localhost:", "http://x:1"} {
		if _, err := healthURL(bad); err == nil {
			t.Errorf("healthURL(%q) succeeded, want an error", bad)
		}
	}
}
