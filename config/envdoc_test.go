package config

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/joho/godotenv"
)

// TestEnvExampleDocumentsEveryVariable fails when code in the module reads an environment
// variable that .env.example does not list, or .env.example lists one nothing reads.
func TestEnvExampleDocumentsEveryVariable(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	reads, err := scanEnvReads(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range reads.unresolved {
		t.Errorf("%s: cannot tell which variable this reads; pass a string literal or a constant "+
			"(see the Env* constants in config) so .env.example can be checked", u)
	}
	if len(reads.names) == 0 {
		t.Fatal("found no environment variables read anywhere; the scan is broken")
	}

	documented, err := godotenv.Read(filepath.Join(root, ".env.example"))
	if err != nil {
		t.Fatalf("parse .env.example: %v", err)
	}
	for _, name := range sortedKeys(reads.names) {
		if _, ok := documented[name]; !ok {
			t.Errorf("%s is read (%s) but not documented in .env.example", name, strings.Join(reads.names[name], ", "))
		}
	}
	for _, name := range sortedKeys(documented) {
		if _, ok := reads.names[name]; !ok {
			t.Errorf("%s is documented in .env.example but nothing reads it", name)
		}
	}
}

// TestScanEnvReads checks the scanner itself on a small module.
func TestScanEnvReads(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.22\n",
		"settings/settings.go": `package settings
const (
	EnvA = "A_FROM_CONST"
	envHidden = "HIDDEN"
	NotAVariable = "not read"
)
const EnvDeclaredOnly = "DECLARED_ONLY"
func Load(getenv func(string) string) string { return getenv(envHidden) }
`,
		"main.go": `package main
import (
	"os"
	cfg "example.com/m/settings"
	"syscall"
)
const local = "LOCAL"
func main() {
	getenv := os.Getenv
	_ = os.Getenv("LITERAL")
	_ = getenv(cfg.EnvA)
	_, _ = os.LookupEnv(local)
	_, _ = syscall.Getenv("SYS")
	_ = mustGetenv("WRAPPED")
	name := "X"
	_ = os.Getenv(name)
	_ = os.Getenv("PREFIX_" + name)
	_ = os.Getenv(cfg.Missing)
	os.Setenv("WRITTEN", "1")
}
func mustGetenv(k string) string { return os.Getenv(k) }
`,
		"main_test.go":           "package main\nimport \"os\"\nvar _ = os.Getenv(\"ONLY_IN_TEST\")\n",
		"testdata/x/x.go":        "package x\nimport \"os\"\nvar _ = os.Getenv(\"IN_TESTDATA\")\n",
		".hidden/h.go":           "package h\nimport \"os\"\nvar _ = os.Getenv(\"IN_HIDDEN\")\n",
		"settings/ignore.go.txt": "os.Getenv(\"NOT_GO\")",
	}
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := scanEnvReads(root)
	if err != nil {
		t.Fatal(err)
	}
	wantNames := []string{"A_FROM_CONST", "DECLARED_ONLY", "HIDDEN", "LITERAL", "LOCAL", "SYS", "WRAPPED"}
	if names := sortedKeys(got.names); !slices.Equal(names, wantNames) {
		t.Errorf("names = %q, want %q", names, wantNames)
	}
	// The wrapper's own os.Getenv(k), os.Getenv(name), the concatenation and cfg.Missing.
	wantUnresolved := []string{"main.go:16", "main.go:17", "main.go:18", "main.go:21"}
	var lines []string
	for _, u := range got.unresolved {
		file, rest, _ := strings.Cut(u, ":")
		line, _, _ := strings.Cut(rest, ":")
		lines = append(lines, filepath.ToSlash(file)+":"+line)
	}
	slices.Sort(lines)
	if !slices.Equal(lines, wantUnresolved) {
		t.Errorf("unresolved = %q, want %q", got.unresolved, wantUnresolved)
	}
}

// envReads is what scanEnvReads found: each variable name with where it is read, and the
// reads whose name it could not work out.
type envReads struct {
	names      map[string][]string
	unresolved []string
}

// scanEnvReads parses every non-test Go file of the module at root, outside testdata, vendor
// and hidden folders, and finds the environment variables it reads: the first argument of
// every call to a function whose name ends in getenv or lookupenv (os.Getenv, os.LookupEnv,
// a getenv parameter, mustGetenv), resolved when it is a string literal or a string constant
// of the module. Constants named Env* in any package count as read too, so config declares
// each variable once.
func scanEnvReads(root string) (envReads, error) {
	modPath, err := modulePath(root)
	if err != nil {
		return envReads{}, err
	}
	type file struct {
		rel string
		dir string // the package's folder, relative to root
		ast *ast.File
	}
	var files []file
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") ||
				name == "testdata" || name == "vendor" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		files = append(files, file{rel: rel, dir: filepath.ToSlash(filepath.Dir(rel)), ast: f})
		return nil
	})
	if err != nil {
		return envReads{}, err
	}

	// consts[dir][name] is the value of each string constant of the package in dir.
	consts := map[string]map[string]string{}
	reads := envReads{names: map[string][]string{}}
	for _, f := range files {
		for _, decl := range f.ast.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if i >= len(vs.Values) {
						break
					}
					v, ok := stringLit(vs.Values[i])
					if !ok {
						continue
					}
					if consts[f.dir] == nil {
						consts[f.dir] = map[string]string{}
					}
					consts[f.dir][id.Name] = v
					if strings.HasPrefix(id.Name, "Env") {
						pos := fset.Position(id.Pos())
						reads.names[v] = append(reads.names[v], fmt.Sprintf("%s:%d", f.rel, pos.Line))
					}
				}
			}
		}
	}

	for _, f := range files {
		// imports maps the name a file uses for a package of this module to its folder.
		imports := map[string]string{}
		for _, imp := range f.ast.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			dir, ok := strings.CutPrefix(path, modPath+"/")
			if !ok {
				continue
			}
			name := dir[strings.LastIndex(dir, "/")+1:]
			if imp.Name != nil {
				name = imp.Name.Name
			}
			imports[name] = dir
		}
		resolve := func(e ast.Expr) (string, bool) {
			switch e := e.(type) {
			case *ast.Ident:
				v, ok := consts[f.dir][e.Name]
				return v, ok
			case *ast.SelectorExpr:
				if x, ok := e.X.(*ast.Ident); ok {
					v, ok := consts[imports[x.Name]][e.Sel.Name]
					return v, ok && imports[x.Name] != ""
				}
				return "", false
			}
			return stringLit(e)
		}
		ast.Inspect(f.ast, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 || !readsEnv(call.Fun) {
				return true
			}
			where := fmt.Sprintf("%s:%d", f.rel, fset.Position(call.Pos()).Line)
			if name, ok := resolve(call.Args[0]); ok {
				reads.names[name] = append(reads.names[name], where)
			} else {
				reads.unresolved = append(reads.unresolved, where+": "+exprString(fset, call))
			}
			return true
		})
	}
	return reads, nil
}

// readsEnv reports whether fun names a function that reads an environment variable.
func readsEnv(fun ast.Expr) bool {
	var name string
	switch f := fun.(type) {
	case *ast.Ident:
		name = f.Name
	case *ast.SelectorExpr:
		name = f.Sel.Name
	default:
		return false
	}
	name = strings.ToLower(name)
	return strings.HasSuffix(name, "getenv") || strings.HasSuffix(name, "lookupenv")
}

func stringLit(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

func exprString(fset *token.FileSet, e ast.Expr) string {
	start, end := fset.Position(e.Pos()), fset.Position(e.End())
	b, err := os.ReadFile(start.Filename)
	if err != nil || end.Offset > len(b) {
		return "call"
	}
	return string(b[start.Offset:end.Offset])
}

func modulePath(root string) (string, error) {
	b, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return "", err
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`), nil
		}
	}
	return "", errors.New("go.mod has no module line")
}

// moduleRoot is the nearest folder at or above the working directory with a go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
