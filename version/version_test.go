package version

import (
	"runtime/debug"
	"testing"
)

func TestFromBuildInfo(t *testing.T) {
	tests := []struct {
		main     string
		settings map[string]string
		want     string
	}{
		{"v1.2.3", nil, "v1.2.3"},
		{"(devel)", nil, "devel"},
		{"", map[string]string{"vcs.revision": "0123456789abcdef0123", "vcs.modified": "false"}, "devel-0123456789ab"},
		{"(devel)", map[string]string{"vcs.revision": "0123456789abcdef0123", "vcs.modified": "true"}, "devel-0123456789ab+dirty"},
	}
	for _, tt := range tests {
		bi := &debug.BuildInfo{Main: debug.Module{Version: tt.main}}
		for k, v := range tt.settings {
			bi.Settings = append(bi.Settings, debug.BuildSetting{Key: k, Value: v})
		}
		if got := fromBuildInfo(bi); got != tt.want {
			t.Errorf("%q %v: got %q, want %q", tt.main, tt.settings, got, tt.want)
		}
	}
	// Test binaries carry no VCS stamp: the executable's digest tells
	// builds apart.
	if v := Get(); len(v) != len("devel+")+12 && v[:6] != "devel-" {
		t.Errorf("Get = %q", v)
	}
}
