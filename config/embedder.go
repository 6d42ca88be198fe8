package config

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Names of the variables that choose a neural embedding model.
const (
	EnvEmbedder        = "EMBEDDER"
	EnvEmbeddingURL    = "EMBEDDING_URL"
	EnvEmbeddingModel  = "EMBEDDING_MODEL"
	EnvEmbeddingAPIKey = "EMBEDDING_API_KEY"
	EnvEmbeddingWeight = "EMBEDDING_WEIGHT"
)

// The kinds of embedder EMBEDDER accepts.
const (
	EmbedderOffline = "offline" // the built-in embedder alone: no network (the default)
	EmbedderOllama  = "ollama"  // an Ollama server's embeddings API
	EmbedderOpenAI  = "openai"  // an OpenAI or OpenAI-compatible embeddings API
)

// Defaults for the embedding settings.
const (
	DefaultOllamaURL       = "http://localhost:11434/api"
	DefaultOpenAIURL       = "https://api.openai.com/v1"
	DefaultEmbeddingWeight = 0.5
)

// Embedder is the neural embedding model that ranks passages together with the built-in
// offline embedder. Kind "offline" (the default) uses none.
type Embedder struct {
	Kind   string  // EMBEDDER: offline, ollama or openai
	URL    string  // EMBEDDING_URL, the API's base URL; each kind has a default
	Model  string  // EMBEDDING_MODEL, required for ollama and openai
	APIKey string  // EMBEDDING_API_KEY, required for openai
	Weight float64 // EMBEDDING_WEIGHT, the model's share of the score, 0 to 1
}

// Neural reports whether a neural model is configured.
func (e Embedder) Neural() bool { return e.Kind != EmbedderOffline }

// LoadEmbedder reads and checks the embedding settings alone, so that commands which need
// nothing else (ask, passages, eval) are not held up by Discord settings.
func LoadEmbedder(getenv func(string) string) (Embedder, error) {
	e := Embedder{
		Kind:   strings.ToLower(strings.TrimSpace(getenv(EnvEmbedder))),
		URL:    strings.TrimRight(strings.TrimSpace(getenv(EnvEmbeddingURL)), "/"),
		Model:  strings.TrimSpace(getenv(EnvEmbeddingModel)),
		APIKey: strings.TrimSpace(getenv(EnvEmbeddingAPIKey)),
		Weight: DefaultEmbeddingWeight,
	}
	var errs []error
	if raw := strings.TrimSpace(getenv(EnvEmbeddingWeight)); raw != "" {
		w, err := strconv.ParseFloat(raw, 64)
		if err != nil || w < 0 || w > 1 {
			errs = append(errs, fmt.Errorf("%s must be a number from 0 to 1, got %q", EnvEmbeddingWeight, raw))
		} else {
			e.Weight = w
		}
	}
	switch e.Kind {
	case "", EmbedderOffline:
		e.Kind = EmbedderOffline
	case EmbedderOllama:
		if e.URL == "" {
			e.URL = DefaultOllamaURL
		}
	case EmbedderOpenAI:
		if e.URL == "" {
			e.URL = DefaultOpenAIURL
		}
		if e.APIKey == "" {
			errs = append(errs, fmt.Errorf("%s is not set; %s=openai needs it (see .env.example)", EnvEmbeddingAPIKey, EnvEmbedder))
		}
	default:
		errs = append(errs, fmt.Errorf("%s must be one of offline, ollama, openai, got %q", EnvEmbedder, e.Kind))
	}
	if (e.Kind == EmbedderOllama || e.Kind == EmbedderOpenAI) && e.Model == "" {
		errs = append(errs, fmt.Errorf("%s is not set; %s=%s needs it (see .env.example)", EnvEmbeddingModel, EnvEmbedder, e.Kind))
	}
	if e.URL != "" && !strings.HasPrefix(e.URL, "http://") && !strings.HasPrefix(e.URL, "https://") {
		errs = append(errs, fmt.Errorf("%s must be an http:// or https:// URL, got %q", EnvEmbeddingURL, e.URL))
	}
	return e, errors.Join(errs...)
}
