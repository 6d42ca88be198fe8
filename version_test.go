package main

import (
	"bytes"
	"runtime/debug"
	"strings"
	"testing"
)

func TestBuildVersion(t *testing.T) {
	vcs := func(rev, modified string) *debug.BuildInfo {
		return &debug.BuildInfo{
			Main: debug.Module{Version: "(devel)"},
			Settings: []debug.BuildSetting{
				{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified},
			},
		}
	}
	tests := []struct {
		name                    string
		ldVersion, ldCommit     string
		info                    *debug.BuildInfo
		wantVersion, wantCommit string
	}{
		{"ldflags win", "v1.2.3", "abc123", vcs("def456", "true"), "v1.2.3", "abc123"},
		{"build info", "", "", vcs("def456", "false"), "(devel)", "def456"},
		{"modified tree", "", "", vcs("def456", "true"), "(devel)", "def456 (modified)"},
		{"module version from go install", "", "", &debug.BuildInfo{Main: debug.Module{Version: "v0.4.0"}}, "v0.4.0", "unknown"},
		{"only version from ldflags", "v1.0.0", "", vcs("def456", "false"), "v1.0.0", "def456"},
		{"no vcs info (-buildvcs=false)", "", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "(devel)", "unknown"},
		{"no build info at all", "", "", nil, "(devel)", "unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, c := buildVersion(tt.ldVersion, tt.ldCommit, tt.info)
			if v != tt.wantVersion || c != tt.wantCommit {
				t.Errorf("buildVersion() = %q, %q; want %q, %q", v, c, tt.wantVersion, tt.wantCommit)
			}
		})
	}
}

func TestRunVersion(t *testing.T) {
	var out bytes.Buffer
	if err := runVersion(&out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "articlebot ") || !strings.HasPrefix(lines[1], "commit ") || !strings.HasPrefix(lines[2], "go") {
		t.Errorf("version output:\n%s", out.String())
	}
}
