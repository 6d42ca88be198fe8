package retrieval

import (
	"strconv"
	"sync"
	"testing"
)

// TestWordCache checks that a cache remembers words until it is full, then refuses new
// ones but keeps serving the old, also from several goroutines at once.
func TestWordCache(t *testing.T) {
	var c wordCache[int]
	if _, ok := c.get("harbor"); ok {
		t.Fatal("an empty cache knows a word")
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < maxCachedWords; i += 4 {
				c.put("w"+strconv.Itoa(i), i)
			}
		}()
	}
	wg.Wait()
	c.put("one-too-many", -1)
	tests := []struct {
		word string
		want int
		ok   bool
	}{
		{"w0", 0, true},
		{"w" + strconv.Itoa(maxCachedWords-1), maxCachedWords - 1, true},
		{"one-too-many", 0, false},
		{"harbor", 0, false},
	}
	for _, tc := range tests {
		if got, ok := c.get(tc.word); got != tc.want || ok != tc.ok {
			t.Errorf("get(%q) = %d, %v; want %d, %v", tc.word, got, ok, tc.want, tc.ok)
		}
	}
}
