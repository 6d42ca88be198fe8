// Package docs holds the articles articlebot ships with, embedded into the binary.
//
// Each article is a Markdown file with YAML front matter (title, dek, author, publication,
// optional url, published, contributors) followed by the body exactly as published.
package docs

import "embed"

// FS holds the shipped articles at its root.
//
//go:embed *.md
var FS embed.FS
