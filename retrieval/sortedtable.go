package retrieval

import (
	"slices"
	"strings"
	"sync"
)

// sortedTable finds lines by their first tab-separated field in a text of newline-terminated
// lines sorted by that field in byte order. Nothing is parsed up front: the first lookup
// samples a line start every tableSampleStride bytes (about a millisecond for a few
// megabytes, once), and each lookup binary-searches those samples and scans a few lines.
// It is safe for concurrent use.
type sortedTable struct {
	text  string
	once  sync.Once
	marks []tableMark // sampled line starts, in table order
}

// tableMark is a sampled line: its key and its offset in the table.
type tableMark struct {
	key string
	off int
}

// tableSampleStride is the byte distance between sampled lines, about ten lines.
const tableSampleStride = 512

// lines returns the number of lines. It counts them, so it is O(table size).
func (t *sortedTable) lines() int { return strings.Count(t.text, "\n") }

// line returns the line whose first field is key, without its newline.
func (t *sortedTable) line(key string) (string, bool) {
	from, to := t.seek(key)
	for p := from; p < to; {
		n := strings.IndexByte(t.text[p:to], '\n')
		if n < 0 {
			n = to - p
		}
		line := t.text[p : p+n]
		if len(line) > len(key) && line[len(key)] == '\t' && line[:len(key)] == key {
			return line, true
		}
		p += n + 1
	}
	return "", false
}

// seek returns the part of the table where key's line would be: from the last sampled
// line whose key is at most key (the table's start when none is) to the next sampled line.
func (t *sortedTable) seek(key string) (from, to int) {
	marks := t.sample()
	i, found := slices.BinarySearchFunc(marks, key, func(m tableMark, k string) int {
		return strings.Compare(m.key, k)
	})
	if found {
		i++
	}
	from, to = 0, len(t.text)
	if i > 0 {
		from = marks[i-1].off
	}
	if i < len(marks) {
		to = marks[i].off
	}
	return from, to
}

// hasPrefix reports whether some line's first field starts with prefix.
func (t *sortedTable) hasPrefix(prefix string) bool {
	from, _ := t.seek(prefix)
	// The first key at or after prefix is the only one that can start with it; it may lie
	// past the next sampled line.
	for p, text := from, t.text; p < len(text); {
		n := strings.IndexByte(text[p:], '\n')
		if n < 0 {
			n = len(text) - p
		}
		key, _, _ := strings.Cut(text[p:p+n], "\t")
		if key >= prefix {
			return strings.HasPrefix(key, prefix)
		}
		p += n + 1
	}
	return false
}

// sample returns the sampled lines, collecting them on first use.
func (t *sortedTable) sample() []tableMark {
	t.once.Do(func() {
		text := t.text
		marks := make([]tableMark, 0, len(text)/tableSampleStride+1)
		for p := 0; p < len(text); {
			line := text[p:]
			if n := strings.IndexByte(line, '\n'); n >= 0 {
				line = line[:n]
			}
			key, _, _ := strings.Cut(line, "\t")
			marks = append(marks, tableMark{key, p})
			next := p + len(line) + 1
			if next < p+tableSampleStride && p+tableSampleStride < len(text) {
				n := strings.IndexByte(text[p+tableSampleStride:], '\n')
				if n < 0 {
					break
				}
				next = p + tableSampleStride + n + 1
			}
			p = next
		}
		t.marks = marks
	})
	return t.marks
}
