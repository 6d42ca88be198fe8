package config

import (
	"strings"
	"testing"
)

func TestLoadSearch(t *testing.T) {
	local := Embedder{Kind: EmbedderLocal}
	tests := []struct {
		name    string
		env     map[string]string
		want    Search
		wantErr []string
	}{
		{name: "default is local and hybrid", env: nil, want: Search{Embedder: local, Ranking: "hybrid"}},
		{name: "offline is the old name of local", env: map[string]string{"EMBEDDER": "offline"}, want: Search{Embedder: local, Ranking: "hybrid"}},
		{name: "ollama with defaults", env: map[string]string{"EMBEDDER": "Ollama"},
			want: Search{Embedder: Embedder{Kind: "ollama", URL: DefaultOllamaURL, Model: "nomic-embed-text"}, Ranking: "hybrid"}},
		{name: "openai", env: map[string]string{"EMBEDDER": "openai", "OPENAI_API_KEY": "sk-x", "RANKING": "Dense", "DATA_DIR": "/var/lib/articlebot"},
			want: Search{Embedder: Embedder{Kind: "openai", URL: DefaultOpenAIURL, Model: "text-embedding-3-small", APIKey: "sk-x"}, Ranking: "dense", DataDir: "/var/lib/articlebot"}},
		{name: "openai-compat", env: map[string]string{"EMBEDDER": "openai-compat", "EMBEDDING_URL": "http://localhost:8000/v1/", "EMBEDDING_MODEL": "bge-m3", "RANKING": "lexical"},
			want: Search{Embedder: Embedder{Kind: "openai-compat", URL: "http://localhost:8000/v1", Model: "bge-m3"}, Ranking: "lexical"}},
		{name: "every problem at once", env: map[string]string{"EMBEDDER": "openai", "EMBEDDING_URL": "ftp://x", "RANKING": "best"},
			wantErr: []string{"OPENAI_API_KEY is not set", "EMBEDDING_URL must be an http:// or https:// URL", `RANKING must be one of hybrid, dense, lexical, got "best"`}},
		{name: "openai-compat needs URL and model", env: map[string]string{"EMBEDDER": "openai-compat"},
			wantErr: []string{"EMBEDDING_URL is not set", "EMBEDDING_MODEL is not set"}},
		{name: "unknown kind", env: map[string]string{"EMBEDDER": "bert"}, wantErr: []string{`EMBEDDER must be one of local, ollama, openai, openai-compat, got "bert"`}},
		{name: "dense without a model", env: map[string]string{"RANKING": "dense"}, wantErr: []string{"RANKING=dense needs a neural model"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := LoadSearch(func(k string) string { return tt.env[k] })
			if len(tt.wantErr) > 0 {
				if err == nil {
					t.Fatalf("no error, want %q", tt.wantErr)
				}
				for _, want := range tt.wantErr {
					if !strings.Contains(err.Error(), want) {
						t.Errorf("error %q lacks %q", err, want)
					}
				}
				if n := strings.Count(err.Error(), "\n") + 1; n != len(tt.wantErr) {
					t.Errorf("%d problems reported, want %d: %q", n, len(tt.wantErr), err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("got %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}
