package crawl

import "testing"

// TestExtFor: a paper served without a telling name is stored under the
// ending its content type says, so that spreadsheets and OpenDocument
// papers are read as what they are.
func TestExtFor(t *testing.T) {
	tests := map[string]string{
		"application/pdf": ".pdf",
		"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
		"application/vnd.ms-excel.sheet.macroEnabled.12":                    ".xlsm",
		"application/vnd.oasis.opendocument.spreadsheet":                    ".ods",
		"application/vnd.oasis.opendocument.text; charset=binary":           ".odt",
		"text/csv; charset=utf-8":                                           ".csv",
		"application/zip":                                                   "",
	}
	for ct, want := range tests {
		if got := extFor(ct); got != want {
			t.Errorf("extFor(%q) = %q, want %q", ct, got, want)
		}
	}
	for _, ext := range []string{".xlsx", ".xlsm", ".ods", ".odt", ".csv"} {
		if !knownExt[ext] {
			t.Errorf("%s is not a known paper ending", ext)
		}
	}
}
