package pdf

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/councilactions/councilactions/extract/layout"
)

// TestEncrypted: a file encrypted by each standard security handler with
// the empty user password (qpdf made them from the 001 plan; see
// fixtures/cmd/mkpdf) reads as the plain file does. RC4 40-bit, as old Word
// exports, once failed with "zlib: invalid header" on every page, and
// AES-256 was refused.
func TestEncrypted(t *testing.T) {
	dir := "../../fixtures/pdf"
	plain, err := os.ReadFile(filepath.Join(dir, "001_6c1427c512f07a38.std-ruled.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := Reader{}.Read(context.Background(), plain)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{
		"encrypted/rc4-40.pdf",            // V1 R2
		"encrypted/rc4-128.pdf",           // V2 R3
		"broken/encrypted-owner-only.pdf", // V4 R4, AESV2
		"encrypted/aes256-r5.pdf",         // V5 R5, AESV3
		"encrypted/aes256-r6.pdf",         // V5 R6, AESV3, object streams
	} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(data, []byte("/Encrypt")) {
				t.Fatal("the fixture is not encrypted")
			}
			got, err := Reader{}.Read(context.Background(), data)
			if err != nil {
				t.Fatal(err)
			}
			if got.Pages != want.Pages || !slices.EqualFunc(got.Lines, want.Lines, sameLine) {
				t.Errorf("%d pages, %d lines; the plain file has %d, %d", got.Pages, len(got.Lines), want.Pages, len(want.Lines))
			}
		})
	}
}

func sameLine(a, b layout.Line) bool {
	return a.Text == b.Text && a.Page == b.Page && slices.Equal(a.CellTexts(), b.CellTexts())
}

// TestEncryptedRefused: a file that needs a password, or a security
// handler other than the standard one, gives one line saying so.
func TestEncryptedRefused(t *testing.T) {
	pubsec := func() []byte {
		var out bytes.Buffer
		offsets := writeObjects(&out, helloObjects)
		return finish(&out, classicXref(&out, offsets, "/Encrypt << /Filter /Adobe.PubSec /V 4 /R 4 >> /ID [<00> <00>]"))
	}
	read := func(name string) []byte {
		data, err := os.ReadFile(filepath.Join("../../fixtures/pdf/broken", name))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"RC4 128-bit with a user password", read("encrypted-user-password.pdf"), "encrypted PDF: a password is needed to open it"},
		{"AES-256 with a user password", read("encrypted-aes256.pdf"), "encrypted PDF: a password is needed to open it"},
		{"public-key security handler", pubsec(), "encrypted PDF: the Adobe.PubSec security handler is not supported"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Reader{}.Read(context.Background(), tt.data)
			if err == nil || err.Error() != tt.want || !errors.Is(err, ErrEncrypted) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

// TestRenameEncrypt: only the key /Encrypt itself is renamed.
func TestRenameEncrypt(t *testing.T) {
	b := []byte("<< /Encrypt 5 0 R /EncryptMetadata false /Root 1 0 R /Encrypt<<>> >>")
	renameEncrypt(b)
	if got, want := string(b), "<< /Decrypt 5 0 R /EncryptMetadata false /Root 1 0 R /Decrypt<<>> >>"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if strings.Contains(string(b), "/Encrypt ") {
		t.Error("a key left")
	}
}
