package config

import (
	"cmp"
	"errors"
	"fmt"
	"strings"
)

// Names of the variables that choose the embedder, the ranking and where vectors are kept.
const (
	EnvEmbedder       = "EMBEDDER"
	EnvEmbeddingURL   = "EMBEDDING_URL"
	EnvEmbeddingModel = "EMBEDDING_MODEL"
	EnvOpenAIAPIKey   = "OPENAI_API_KEY"
	EnvRanking        = "RANKING"
	EnvDataDir        = "DATA_DIR"
)

// The kinds of embedder EMBEDDER accepts.
const (
	EmbedderLocal        = "local"         // the built-in offline embedder alone: no network (the default)
	EmbedderOllama       = "ollama"        // an Ollama server
	EmbedderOpenAI       = "openai"        // OpenAI's API
	EmbedderOpenAICompat = "openai-compat" // a server speaking OpenAI's protocol: LocalAI, llama.cpp, vLLM, TEI
)

// embedderKinds lists EMBEDDER's values in the order messages give them.
var embedderKinds = []string{EmbedderLocal, EmbedderOllama, EmbedderOpenAI, EmbedderOpenAICompat}

// The rankings RANKING accepts.
const (
	RankingHybrid  = "hybrid"  // neural and lexical, fused by reciprocal rank (the default)
	RankingDense   = "dense"   // the neural model alone
	RankingLexical = "lexical" // the built-in embedder alone
)

// Defaults for the embedding settings.
const (
	DefaultOllamaURL   = "http://localhost:11434/api"
	DefaultOpenAIURL   = "https://api.openai.com/v1"
	DefaultOllamaModel = "nomic-embed-text"
	DefaultOpenAIModel = "text-embedding-3-small"
)

// Embedder is the neural embedding model that ranks passages together with the built-in
// offline embedder. Kind "local" (the default) uses none.
type Embedder struct {
	Kind   string // EMBEDDER: local, ollama, openai or openai-compat
	URL    string // EMBEDDING_URL, the API's base URL; required for openai-compat
	Model  string // EMBEDDING_MODEL; ollama and openai have a default
	APIKey string // OPENAI_API_KEY, required for openai, sent to openai-compat when set
}

// Neural reports whether a neural model is configured.
func (e Embedder) Neural() bool { return e.Kind != EmbedderLocal }

// Search is how passages are embedded, ranked and kept: what the ask, passages and eval
// commands need besides the articles.
type Search struct {
	Embedder Embedder
	Ranking  string // RANKING: hybrid (default), dense or lexical
	DataDir  string // DATA_DIR: where neural vectors are kept between runs; empty keeps them in memory
}

// LoadSearch reads and checks the search settings alone, so that commands which need
// nothing else (ask, passages, eval) are not held up by Discord settings. The error lists
// every problem, one per line.
func LoadSearch(getenv func(string) string) (Search, error) {
	e := Embedder{
		Kind:   strings.ToLower(strings.TrimSpace(getenv(EnvEmbedder))),
		URL:    strings.TrimRight(strings.TrimSpace(getenv(EnvEmbeddingURL)), "/"),
		Model:  strings.TrimSpace(getenv(EnvEmbeddingModel)),
		APIKey: strings.TrimSpace(getenv(EnvOpenAIAPIKey)),
	}
	s := Search{
		Embedder: e,
		Ranking:  strings.ToLower(strings.TrimSpace(getenv(EnvRanking))),
		DataDir:  strings.TrimSpace(getenv(EnvDataDir)),
	}
	var errs []error
	switch e.Kind {
	case "", EmbedderLocal, "offline": // "offline" was the name before "local"
		e.Kind = EmbedderLocal
	case EmbedderOllama:
		e.URL = cmp.Or(e.URL, DefaultOllamaURL)
		e.Model = cmp.Or(e.Model, DefaultOllamaModel)
	case EmbedderOpenAI:
		e.URL = cmp.Or(e.URL, DefaultOpenAIURL)
		e.Model = cmp.Or(e.Model, DefaultOpenAIModel)
		if e.APIKey == "" {
			errs = append(errs, fmt.Errorf("%s is not set; %s=openai needs it (see .env.example)", EnvOpenAIAPIKey, EnvEmbedder))
		}
	case EmbedderOpenAICompat:
		if e.URL == "" {
			errs = append(errs, fmt.Errorf("%s is not set; %s=openai-compat needs the server's base URL, e.g. http://localhost:8080/v1", EnvEmbeddingURL, EnvEmbedder))
		}
		if e.Model == "" {
			errs = append(errs, fmt.Errorf("%s is not set; %s=openai-compat needs it (see .env.example)", EnvEmbeddingModel, EnvEmbedder))
		}
	default:
		errs = append(errs, fmt.Errorf("%s must be one of %s, got %q", EnvEmbedder, strings.Join(embedderKinds, ", "), e.Kind))
	}
	if e.URL != "" && !strings.HasPrefix(e.URL, "http://") && !strings.HasPrefix(e.URL, "https://") {
		errs = append(errs, fmt.Errorf("%s must be an http:// or https:// URL, got %q", EnvEmbeddingURL, e.URL))
	}
	s.Embedder = e
	ranked, err := s.WithRanking(s.Ranking)
	if err == nil {
		s = ranked
	}
	errs = append(errs, err)
	s.Embedder = e
	return s, errors.Join(errs...)
}

// WithRanking returns the settings with another ranking (as a command-line flag gives
// it), checked as RANKING is: empty means hybrid, and dense needs a neural model.
func (s Search) WithRanking(ranking string) (Search, error) {
	ranking = strings.ToLower(strings.TrimSpace(ranking))
	switch ranking {
	case "":
		ranking = RankingHybrid
	case RankingHybrid, RankingLexical:
	case RankingDense:
		if !s.Embedder.Neural() {
			return s, fmt.Errorf("%s=dense needs a neural model: set %s to ollama, openai or openai-compat", EnvRanking, EnvEmbedder)
		}
	default:
		return s, fmt.Errorf("%s must be one of hybrid, dense, lexical, got %q", EnvRanking, ranking)
	}
	s.Ranking = ranking
	return s, nil
}
