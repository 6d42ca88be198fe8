package retrieval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/articlebot/articlebot/docs"
)

func TestParseDocument(t *testing.T) {
	tests := []struct {
		name      string
		data      string
		wantErr   string // substring of the error; "" for success
		wantTitle string
		wantBody  string
	}{
		{
			name:      "front matter",
			data:      "---\ntitle: A Title\nauthor: Jane Doe\npublication: The Paper\n---\n\nFirst paragraph.\n\nSecond.\n",
			wantTitle: "A Title",
			wantBody:  "First paragraph.\n\nSecond.",
		},
		{
			name:      "no front matter takes the first line as title",
			data:      "# My Article\n\nBody text here.\n",
			wantTitle: "My Article",
			wantBody:  "Body text here.",
		},
		{
			name:      "windows line endings",
			data:      "---\r\ntitle: T\r\n---\r\n\r\nBody.\r\n",
			wantTitle: "T",
			wantBody:  "Body.",
		},
		{name: "unclosed front matter", data: "---\ntitle: T\n\nBody.\n", wantErr: "a.md:1: front matter opened with --- is not closed"},
		{name: "unknown key", data: "---\ntitle: T\nauthr: X\n---\nBody.\n", wantErr: "a.md:3: front matter: unknown key authr"},
		{name: "empty body", data: "---\ntitle: T\n---\n\n\n", wantErr: "a.md:4: article body is empty"},
		{name: "not utf-8", data: "---\ntitle: T\n---\nok\n\xff\xfe bad\n", wantErr: "a.md:5: file is not valid UTF-8"},
		{name: "no title", data: "---\nauthor: X\n---\nBody.\n", wantErr: "a.md:1: article has no title"},
		{name: "bad yaml", data: "---\ntitle: [unclosed\n---\nBody.\n", wantErr: "a.md:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseDocument("a.md", []byte(tt.data))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to contain %q", err, tt.wantErr)
				}
				var de *DocumentError
				if !errors.As(err, &de) {
					t.Errorf("error %T is not a *DocumentError", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.Meta.Title != tt.wantTitle || doc.Body != tt.wantBody || doc.ID != "a" {
				t.Errorf("got title %q body %q id %q", doc.Meta.Title, doc.Body, doc.ID)
			}
		})
	}
}

func TestLoadDocumentsAllOrNothing(t *testing.T) {
	fsys := fstest.MapFS{
		"good.md":   {Data: []byte("---\ntitle: Good\n---\nBody.\n")},
		"broken.md": {Data: []byte("---\ntitle: Broken\n")},
		"notes.pdf": {Data: []byte("ignored")},
	}
	docs, err := LoadDocuments(fsys)
	if err == nil || docs != nil {
		t.Fatalf("got %d docs, err %v; want no docs and an error", len(docs), err)
	}
	if !strings.Contains(err.Error(), "broken.md:1") {
		t.Errorf("error %q does not name broken.md:1", err)
	}
	if _, err := LoadDocuments(fstest.MapFS{"x.pdf": {}}); err == nil {
		t.Error("a folder without articles loaded without error")
	}
}

func TestLoadDirNamesThePath(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("Title\n\n\xff\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadDir(dir)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "bad.txt")+":3") {
		t.Fatalf("err = %v, want it to name %s:3", err, filepath.Join(dir, "bad.txt"))
	}
	if _, err := LoadDir(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing folder loaded without error")
	}
}

// TestShippedArticle checks the embedded article: metadata recorded from the scrape, and a
// body that holds only the article's paragraphs.
func TestShippedArticle(t *testing.T) {
	ds, err := LoadDocuments(docs.FS)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 {
		t.Fatalf("got %d documents, want 1", len(ds))
	}
	d := ds[0]
	if d.Meta.Author != "Michael Hirsh" || d.Meta.Publication != "Foreign Policy" ||
		len(d.Meta.Contributors) != 1 || d.Meta.Contributors[0] != "Lara Seligman" {
		t.Errorf("meta = %+v", d.Meta)
	}
	paras := Paragraphs(d.Body)
	if len(paras) != 24 {
		t.Errorf("got %d paragraphs, want 24", len(paras))
	}
	for _, banned := range []string{"By ,", "Getty Images", "contributed reporting", "Twitter:"} {
		if strings.Contains(d.Body, banned) {
			t.Errorf("body still holds scraped metadata %q", banned)
		}
	}
	if !strings.Contains(d.Body, "“The administration is grasping at straws,”") {
		t.Error("curly quotes were not kept")
	}
}
