package retrieval

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Meta is what an article says about itself: its front matter.
type Meta struct {
	Title       string `yaml:"title" json:"title"`
	Dek         string `yaml:"dek" json:"dek,omitempty"`
	Author      string `yaml:"author" json:"author"`
	AuthorRole  string `yaml:"author_role" json:"author_role,omitempty"`
	Publication string `yaml:"publication" json:"publication"`
	URL         string `yaml:"url" json:"url,omitempty"`
	Published   string `yaml:"published" json:"published,omitempty"`
	// Contributors are people credited with reporting ("X contributed reporting.").
	Contributors []string `yaml:"contributors" json:"contributors,omitempty"`
}

// Document is one article: its metadata and its body exactly as written.
type Document struct {
	// ID is the file name without its extension; it is unique within an [Index].
	ID   string
	Meta Meta
	// Body is the article text after the front matter. Passages are substrings of it.
	Body string
	// Path is where the document was loaded from, for error messages.
	Path string
}

// maxDocumentBytes bounds one article file; a news article is a few tens of kilobytes.
const maxDocumentBytes = 1 << 20

// DocumentError is a problem in an article file, located by file and line.
type DocumentError struct {
	Path string
	Line int
	Msg  string
}

func (e *DocumentError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// ParseDocument reads one article in the articlebot format: optional YAML front matter
// between two "---" lines, then the body. A file without front matter takes its first
// line as the title and the rest as the body, less the metadata a page saved as text
// carries around it (dek, byline, photo caption and credit; contributor and bio lines),
// which fills the metadata instead. name is used for the ID and in errors.
func ParseDocument(name string, data []byte) (Document, error) {
	fail := func(line int, format string, args ...any) (Document, error) {
		return Document{}, &DocumentError{Path: name, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	if len(data) > maxDocumentBytes {
		return fail(0, "file is %d bytes, more than the %d allowed", len(data), maxDocumentBytes)
	}
	if !utf8.Valid(data) {
		return fail(invalidUTF8Line(data), "file is not valid UTF-8")
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.TrimPrefix(text, "\ufeff")
	doc := Document{ID: documentID(name), Path: name}

	bodyLine := 1 // line number where the body starts, for errors
	if strings.HasPrefix(text, "---\n") {
		rest := text[len("---\n"):]
		end := closingFence(rest)
		if end < 0 {
			return fail(1, "front matter opened with --- is not closed")
		}
		header := rest[:end]
		if err := decodeMeta(header, &doc.Meta); err != nil {
			line, msg := yamlErrorLine(err)
			return fail(line+1, "front matter: %s", msg)
		}
		closing := rest[end:]
		text = ""
		if i := strings.IndexByte(closing, '\n'); i >= 0 {
			text = closing[i+1:]
		}
		bodyLine = 2 + strings.Count(header, "\n") + 1
	} else {
		// A page saved as text: the title on the first line, and the byline, captions
		// and bio in the text (see splitScraped).
		first, rest, _ := strings.Cut(text, "\n")
		if title, after, ok := afterSectionLabel(first, rest); ok {
			first, rest = title, after // "Report", then the title
		}
		scraped := splitScraped(rest)
		doc.Meta = scraped.meta
		doc.Meta.Title = cleanTitle(strings.TrimSpace(strings.TrimLeft(first, "# ")), doc.Meta.Publication)
		bodyLine = 1 + strings.Count(text[:len(text)-len(rest)+scraped.bodyOffset], "\n")
		text = scraped.body
	}
	doc.Body = strings.Trim(text, "\n \t")
	if doc.Body == "" {
		return fail(bodyLine, "article body is empty")
	}
	if strings.TrimSpace(doc.Meta.Title) == "" {
		return fail(1, "article has no title")
	}
	return doc, nil
}

// closingFence returns the offset in s of the line "---" that closes front matter, or -1.
func closingFence(s string) int {
	for off := 0; off <= len(s); {
		line, _, _ := strings.Cut(s[off:], "\n")
		if strings.TrimRight(line, " \t") == "---" {
			return off
		}
		next := strings.Index(s[off:], "\n")
		if next < 0 {
			return -1
		}
		off += next + 1
	}
	return -1
}

func decodeMeta(header string, meta *Meta) error {
	if strings.TrimSpace(header) == "" {
		return nil
	}
	dec := yaml.NewDecoder(strings.NewReader(header))
	dec.KnownFields(true)
	if err := dec.Decode(meta); err != nil {
		return err
	}
	return nil
}

var yamlLine = regexp.MustCompile(`line (\d+): `)

// yamlErrorLine pulls the first "line N" out of a yaml error, so the caller can report the
// line in the file rather than in the front matter.
func yamlErrorLine(err error) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.ReplaceAll(msg, "unmarshal errors:\n  ", "")
	m := yamlLine.FindStringSubmatchIndex(msg)
	if m == nil {
		return 1, msg
	}
	n, _ := strconv.Atoi(msg[m[2]:m[3]])
	msg = msg[:m[0]] + msg[m[1]:]
	msg = strings.Replace(msg, "field ", "unknown key ", 1)
	msg = strings.Replace(msg, " not found in type retrieval.Meta", "", 1)
	return n, msg
}

func invalidUTF8Line(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return 1 + bytes.Count(data[:i], []byte("\n"))
		}
		i += size
	}
	return 0
}

func documentID(name string) string {
	base := path.Base(strings.ReplaceAll(name, `\`, "/"))
	return strings.TrimSuffix(base, path.Ext(base))
}

// IsArticleFile reports whether a file name has an extension articlebot loads (.md, .txt).
func IsArticleFile(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".md", ".txt":
		return true
	}
	return false
}

// LoadDocuments parses every .md and .txt file at the top of fsys, in name order. It loads
// all or nothing: the first broken file is returned as an error and no document is kept.
// A folder with no articles is an error too.
func LoadDocuments(fsys fs.FS) ([]Document, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && IsArticleFile(e.Name()) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, errors.New("no .md or .txt articles found")
	}
	docs := make([]Document, 0, len(names))
	seen := map[string]string{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		doc, err := ParseDocument(name, data)
		if err != nil {
			return nil, err
		}
		if other, dup := seen[doc.ID]; dup {
			return nil, &DocumentError{Path: name, Msg: fmt.Sprintf("same article ID %q as %s", doc.ID, other)}
		}
		seen[doc.ID] = name
		docs = append(docs, doc)
	}
	return docs, nil
}

// LoadDir loads the articles in a folder on disk, as [LoadDocuments] does, with errors
// naming each file by its path under dir.
func LoadDir(dir string) ([]Document, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("articles folder: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("articles folder %s is not a folder", dir)
	}
	docs, err := LoadDocuments(os.DirFS(dir))
	var docErr *DocumentError
	if errors.As(err, &docErr) {
		docErr.Path = filepath.Join(dir, docErr.Path)
	} else if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	for i := range docs {
		docs[i].Path = filepath.Join(dir, docs[i].Path)
	}
	return docs, err
}
