package retrieval

import (
	"strings"
	"sync"
)

// maxCachedWords bounds each cache of question words, so that a stream of made-up words
// cannot grow memory without end.
const maxCachedWords = 1 << 16

// wordCache remembers what was worked out for a question word (its synonyms, its
// neighbours), up to maxCachedWords words: lexicon lookups are most of the cost of a
// question, and questions share words. The zero value is ready; it is safe for
// concurrent use.
type wordCache[V any] struct {
	mu     sync.RWMutex
	values map[string]V
}

// get returns the value remembered for word.
func (c *wordCache[V]) get(word string) (V, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.values[word]
	return v, ok
}

// put remembers v for word, unless the cache is full.
func (c *wordCache[V]) put(word string, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.values == nil {
		c.values = map[string]V{}
	}
	if len(c.values) < maxCachedWords {
		// The word may share memory with a long question; keep only its own bytes.
		c.values[strings.Clone(word)] = v
	}
}
