package retrieval

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/philippgille/chromem-go"
)

// Providers of neural embedding models, as [NeuralModel.Provider] names them.
const (
	ProviderOllama       = "ollama"        // Ollama's embeddings API (POST {URL}/embeddings, model and prompt)
	ProviderOpenAI       = "openai"        // OpenAI's embeddings API
	ProviderOpenAICompat = "openai-compat" // any server speaking OpenAI's protocol: LocalAI, llama.cpp, vLLM, TEI
)

// Defaults for a [NeuralModel] whose fields are left empty.
const (
	DefaultOllamaURL     = "http://localhost:11434/api"
	DefaultOpenAIURL     = chromem.BaseURLOpenAI
	DefaultCallTimeout   = 30 * time.Second
	DefaultRetryDeadline = time.Minute
)

// NeuralModel is an embedding model served over HTTP, reached through chromem-go's own
// clients. The zero durations mean the defaults above.
type NeuralModel struct {
	Provider string // ProviderOllama, ProviderOpenAI or ProviderOpenAICompat
	URL      string // the API's base URL; empty means the provider's default
	Model    string // e.g. nomic-embed-text or text-embedding-3-small
	APIKey   string // sent as a bearer token to OpenAI and compatible servers

	// DocumentPrefix and QueryPrefix are put before passages and questions. Models trained
	// with task prefixes need them; nil means the ones [TaskPrefixes] knows for Model.
	DocumentPrefix, QueryPrefix *string

	// CallTimeout bounds one request. RetryDeadline bounds all the tries for one text:
	// answers 429 and 5xx are retried with growing pauses until it passes.
	CallTimeout, RetryDeadline time.Duration
}

// String names the model and where it is served, for messages.
func (m NeuralModel) String() string {
	return fmt.Sprintf("%s model %q at %s", m.Provider, m.Model, m.baseURL())
}

func (m NeuralModel) baseURL() string {
	if m.URL != "" {
		return strings.TrimRight(m.URL, "/")
	}
	if m.Provider == ProviderOllama {
		return DefaultOllamaURL
	}
	return DefaultOpenAIURL
}

// TaskPrefixes returns the prefixes a model was trained to see before documents and
// queries, matched on the model's name without its owner and tag ("nomic-ai/" and
// ":latest"). Models not listed take none.
func TaskPrefixes(model string) (document, query string) {
	name := strings.ToLower(model)
	if i := strings.LastIndex(name, "/"); i >= 0 {
		name = name[i+1:]
	}
	if i := strings.Index(name, ":"); i >= 0 {
		name = name[:i]
	}
	const retrievalInstruction = "Represent this sentence for searching relevant passages: "
	switch {
	case strings.HasPrefix(name, "nomic-embed-text"):
		return "search_document: ", "search_query: "
	case strings.HasPrefix(name, "e5-mistral"):
		// An instruction-tuned e5: queries take a task instruction, passages nothing.
		return "", "Instruct: Given a web search query, retrieve relevant passages that answer the query\nQuery: "
	case strings.HasPrefix(name, "e5-") || strings.Contains(name, "-e5-") || strings.HasPrefix(name, "multilingual-e5"):
		return "passage: ", "query: "
	case strings.HasPrefix(name, "mxbai-embed-large"), strings.HasPrefix(name, "snowflake-arctic-embed"):
		return "", retrievalInstruction
	case strings.HasPrefix(name, "bge-") && !strings.Contains(name, "m3") && !strings.Contains(name, "-zh") && !strings.Contains(name, "reranker"):
		// The English bge models (Ollama names them bge-large, bge-base, bge-small);
		// bge-m3 needs no instruction, and the Chinese ones take another.
		return "", retrievalInstruction
	}
	return "", ""
}

// EmbeddingError is a neural model's failure to embed a text: its server could not be
// reached, answered with an error, or sent back no usable vector.
type EmbeddingError struct {
	Model  string // the model and its URL, as [NeuralModel.String] gives them
	Status int    // the HTTP status of the last answer, or 0 when there was none
	Hint   string // what to check, for statuses that have a usual cause; may be empty
	Err    error
}

func (e *EmbeddingError) Error() string {
	if e.Hint != "" {
		return fmt.Sprintf("%s: %v (%s)", e.Model, e.Err, e.Hint)
	}
	return fmt.Sprintf("%s: %v", e.Model, e.Err)
}

func (e *EmbeddingError) Unwrap() error { return e.Err }

// fail describes a failed call. chromem-go's clients keep only the status of an error
// answer, not its body, so the usual cause of the status is added as a hint.
func (c *neuralClient) fail(status int, err error) *EmbeddingError {
	e := &EmbeddingError{Model: c.model.String(), Status: status, Err: err}
	switch {
	case status == 401 || status == 403:
		e.Hint = "check OPENAI_API_KEY"
	case status == 404 && c.model.Provider == ProviderOllama:
		e.Hint = fmt.Sprintf("unknown model or wrong URL: run ollama pull %s, and end the URL in /api", c.model.Model)
	case status == 404:
		e.Hint = "unknown model or wrong URL: the base URL usually ends in /v1"
	}
	return e
}

// neuralClient embeds passages and questions with one model, adding the task prefixes,
// a timeout per call and retries, and checking every vector that comes back.
type neuralClient struct {
	model         NeuralModel
	embed         chromem.EmbeddingFunc
	docPrefix     string
	queryPrefix   string
	callTimeout   time.Duration
	retryDeadline time.Duration
	firstPause    time.Duration // before the first retry; doubled for each further one
}

func newNeuralClient(m NeuralModel) (*neuralClient, error) {
	if m.Model == "" {
		return nil, errors.New("neural model: no model name")
	}
	c := &neuralClient{model: m, callTimeout: m.CallTimeout, retryDeadline: m.RetryDeadline, firstPause: 250 * time.Millisecond}
	if c.callTimeout <= 0 {
		c.callTimeout = DefaultCallTimeout
	}
	if c.retryDeadline <= 0 {
		c.retryDeadline = DefaultRetryDeadline
	}
	c.docPrefix, c.queryPrefix = TaskPrefixes(m.Model)
	if m.DocumentPrefix != nil {
		c.docPrefix = *m.DocumentPrefix
	}
	if m.QueryPrefix != nil {
		c.queryPrefix = *m.QueryPrefix
	}
	switch m.Provider {
	case ProviderOllama:
		c.embed = chromem.NewEmbeddingFuncOllama(m.Model, m.baseURL())
	case ProviderOpenAI:
		if m.URL == "" || strings.TrimRight(m.URL, "/") == DefaultOpenAIURL {
			c.embed = chromem.NewEmbeddingFuncOpenAI(m.APIKey, chromem.EmbeddingModelOpenAI(m.Model))
		} else {
			normalized := true // OpenAI's vectors are unit length, behind a proxy too
			c.embed = chromem.NewEmbeddingFuncOpenAICompat(m.baseURL(), m.APIKey, m.Model, &normalized)
		}
	case ProviderOpenAICompat:
		if m.URL == "" {
			return nil, errors.New("neural model: openai-compat needs the server's URL")
		}
		c.embed = chromem.NewEmbeddingFuncOpenAICompat(m.baseURL(), m.APIKey, m.Model, nil)
	default:
		return nil, fmt.Errorf("neural model: unknown provider %q", m.Provider)
	}
	return c, nil
}

// key identifies what makes the vectors: the provider, the model and the document prefix.
// The URL is left out, as the same model gives the same vectors wherever it is served.
func (c *neuralClient) key() string {
	return strings.Join([]string{c.model.Provider, c.model.Model, c.docPrefix}, "\x00")
}

// embedDocument embeds a passage.
func (c *neuralClient) embedDocument(ctx context.Context, text string) ([]float32, error) {
	return c.embedText(ctx, c.docPrefix+text)
}

// embedQuery embeds a question.
func (c *neuralClient) embedQuery(ctx context.Context, text string) ([]float32, error) {
	return c.embedText(ctx, c.queryPrefix+text)
}

// embedText calls the model, retrying rate limits and server errors with doubling pauses
// until the retry deadline (or ctx) ends, and rejects vectors that cannot be ranked.
func (c *neuralClient) embedText(ctx context.Context, text string) ([]float32, error) {
	ctx, cancel := context.WithTimeout(ctx, c.retryDeadline)
	defer cancel()
	pause := c.firstPause
	for {
		vec, status, err := c.call(ctx, text)
		if err == nil {
			return vec, nil
		}
		if !retryable(status) {
			return nil, c.fail(status, err)
		}
		timer := time.NewTimer(pause)
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil, c.fail(status, fmt.Errorf("%w; gave up retrying", err))
		case <-timer.C:
		}
		pause = min(2*pause, 8*time.Second)
	}
}

// call makes one request, bounded by the call timeout.
func (c *neuralClient) call(parent context.Context, text string) ([]float32, int, error) {
	ctx, cancel := context.WithTimeout(parent, c.callTimeout)
	defer cancel()
	vec, err := c.embed(ctx, text)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) && parent.Err() == nil {
			// The call's own timeout, not the caller's deadline, ran out.
			err = fmt.Errorf("no answer within %s: %w", c.callTimeout, context.DeadlineExceeded)
		}
		return nil, statusOf(err), err
	}
	if err := checkVector(vec); err != nil {
		return nil, 0, err
	}
	return vec, 0, nil
}

// apiErrorPrefix starts the error chromem-go's clients return for an answer other than
// 200 OK, followed by the status ("429 Too Many Requests"). The clients keep the status
// nowhere else; the retry cases of TestNeuralClientFailures, which run the real clients,
// fail if this wording changes.
const apiErrorPrefix = "error response from the embedding API: "

// statusOf is the HTTP status in an error from a chromem-go client, or 0.
func statusOf(err error) int {
	_, rest, ok := strings.Cut(err.Error(), apiErrorPrefix)
	if !ok {
		return 0
	}
	code, _, _ := strings.Cut(rest, " ")
	n, err := strconv.Atoi(code)
	if err != nil {
		return 0
	}
	return n
}

// retryable reports whether an answer with this status may succeed if asked again.
func retryable(status int) bool {
	return status == 429 || (status >= 500 && status <= 599)
}

// checkVector rejects what chromem-go would turn into NaN scores: an empty vector, a
// zero vector or one with non-finite values.
func checkVector(v []float32) error {
	if len(v) == 0 {
		return errors.New("the model returned an empty vector")
	}
	var norm float64
	for _, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return errors.New("the model returned a zero vector or one with non-finite values")
		}
		norm += float64(x) * float64(x)
	}
	if norm == 0 {
		return errors.New("the model returned a zero vector or one with non-finite values")
	}
	return nil
}
