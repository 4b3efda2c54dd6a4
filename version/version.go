// Package version names the build of councilactions that is running, for
// --version and for remembering which build failed to read a paper.
package version

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"runtime/debug"
	"sync"
)

// Get returns the version: the module version of a released build, else
// the VCS revision it was built from ("+dirty" when the tree had changes),
// else "devel" and a digest of the executable (builds made with
// -buildvcs=false, or outside a checkout). Two builds from different code
// give different strings, so a paper that one failed to read is tried
// again by the next.
func Get() string { return get() }

var get = sync.OnceValue(func() string {
	v := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok {
		v = fromBuildInfo(bi)
	}
	if v == "devel" {
		if d := executableDigest(); d != "" {
			v += "+" + d
		}
	}
	return v
})

// executableDigest is a short sha256 of the running executable, or "".
func executableDigest() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

func fromBuildInfo(bi *debug.BuildInfo) string {
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if modified == "true" {
		rev += "+dirty"
	}
	return "devel-" + rev
}
