package config

import (
	"strings"
	"testing"
)

func TestLoadEmbedder(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		want    Embedder
		wantErr []string
	}{
		{name: "default is offline", env: nil, want: Embedder{Kind: "offline", Weight: 0.5}},
		{name: "ollama with defaults", env: map[string]string{"EMBEDDER": "Ollama", "EMBEDDING_MODEL": "nomic-embed-text"},
			want: Embedder{Kind: "ollama", URL: DefaultOllamaURL, Model: "nomic-embed-text", Weight: 0.5}},
		{name: "openai", env: map[string]string{"EMBEDDER": "openai", "EMBEDDING_MODEL": "text-embedding-3-small", "EMBEDDING_API_KEY": "sk-x", "EMBEDDING_WEIGHT": "0.7", "EMBEDDING_URL": "http://localhost:8000/v1/"},
			want: Embedder{Kind: "openai", URL: "http://localhost:8000/v1", Model: "text-embedding-3-small", APIKey: "sk-x", Weight: 0.7}},
		{name: "every problem at once", env: map[string]string{"EMBEDDER": "openai", "EMBEDDING_WEIGHT": "lots", "EMBEDDING_URL": "ftp://x"},
			wantErr: []string{"EMBEDDING_WEIGHT must be a number from 0 to 1, got \"lots\"", "EMBEDDING_API_KEY is not set", "EMBEDDING_MODEL is not set", "EMBEDDING_URL must be an http:// or https:// URL"}},
		{name: "unknown kind", env: map[string]string{"EMBEDDER": "bert"}, wantErr: []string{`EMBEDDER must be one of offline, ollama, openai, got "bert"`}},
		{name: "weight out of range", env: map[string]string{"EMBEDDING_WEIGHT": "1.5"}, wantErr: []string{"EMBEDDING_WEIGHT must be a number from 0 to 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := LoadEmbedder(func(k string) string { return tt.env[k] })
			if len(tt.wantErr) > 0 {
				if err == nil {
					t.Fatalf("no error, want %q", tt.wantErr)
				}
				for _, want := range tt.wantErr {
					if !strings.Contains(err.Error(), want) {
						t.Errorf("error %q lacks %q", err, want)
					}
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("got %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}
