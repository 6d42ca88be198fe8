package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// version and commit are set at build time, which is why they are variables:
//
//	go build -ldflags "-X main.version=v1.2.3 -X main.commit=$(git rev-parse HEAD)"
//
// Left empty, `articlebot version` reports what the Go toolchain recorded instead.
var (
	version string
	commit  string
)

// runVersion prints the version, the commit and the Go version the binary was built with.
func runVersion(stdout io.Writer) error {
	info, _ := debug.ReadBuildInfo()
	v, c := buildVersion(version, commit, info)
	_, err := fmt.Fprintf(stdout, "articlebot %s\ncommit %s\n%s %s/%s\n", v, c, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return err
}

// buildVersion picks the version and commit: the -ldflags values when set, else the module
// version and VCS revision from the build info (absent when built with -buildvcs=false or
// outside a repository), else "(devel)" and "unknown". A commit built from a working tree
// with uncommitted changes is marked "(modified)".
func buildVersion(ldVersion, ldCommit string, info *debug.BuildInfo) (version, commit string) {
	version, commit = ldVersion, ldCommit
	var modified bool
	if info != nil {
		if version == "" && info.Main.Version != "" {
			version = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				if commit == "" {
					commit = s.Value
				}
			case "vcs.modified":
				modified = s.Value == "true" && ldCommit == ""
			}
		}
	}
	if version == "" {
		version = "(devel)"
	}
	if commit == "" {
		commit = "unknown"
	}
	if modified {
		commit += " (modified)"
	}
	return version, commit
}
