package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
)

// Encrypted files are decrypted here, before the library opens them (PDF
// 32000 §7.6, the standard security handler, revisions 2 to 6, with the
// empty user password that lets anyone open the file). The library's own
// decryption makes every RC4 object key 16 bytes long where a 40-bit file
// needs 10, so an old Word export's streams came out as noise ("zlib:
// invalid header"), and it has no AES-256. So the streams are decrypted in
// a copy of the file, in place: RC4 keeps their length, and AES's shorter
// plaintext is followed by spaces, which neither a filter nor content
// reads. /Encrypt is then renamed in the trailers, and the library reads
// the copy as a plain file. Strings in objects are left encrypted: text
// comes from content streams, and nothing here reads a string.

// padding is the standard handler's password padding (Algorithm 2).
var padding = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

var errPassword = fmt.Errorf("%w: a password is needed to open it", ErrEncrypted)

// cryptMethod is how streams are encrypted.
type cryptMethod int

const (
	cryptNone cryptMethod = iota
	cryptRC4
	cryptAES
)

// decryptor holds the file key and how to use it.
type decryptor struct {
	key      []byte
	method   cryptMethod
	v        int64
	metadata bool // metadata streams are encrypted too
}

// decrypt returns a copy of x's file with its streams decrypted and its
// /Encrypt renamed, for the library to read as a plain file.
func decrypt(x *xrefs) ([]byte, error) {
	dc, err := newDecryptor(x)
	if err != nil {
		return nil, err
	}
	out := bytes.Clone(x.data)
	for num, e := range x.entries {
		if e.kind != 1 {
			continue
		}
		o, err := readIndirect(x.data, e.off)
		d, ok := o.v.(pdict)
		if err != nil || !ok || o.data < 0 || o.num != int64(num) {
			continue
		}
		typ := d.name("Type")
		if typ == "XRef" || typ == "Metadata" && !dc.metadata || hasCryptFilter(d) {
			continue // never encrypted, or by a filter the library would refuse anyway
		}
		raw, err := streamBytes(x.data, d, o.data, x)
		if err != nil {
			continue
		}
		dc.stream(out[o.data:o.data+len(raw)], raw, o.num, o.gen)
	}
	for _, sp := range x.spans {
		renameEncrypt(out[sp[0]:sp[1]])
	}
	return out, nil
}

// renameEncrypt turns the key /Encrypt into /Decrypt, the same length.
func renameEncrypt(b []byte) {
	for i := 0; ; {
		k := bytes.Index(b[i:], []byte("/Encrypt"))
		if k < 0 {
			return
		}
		i += k + len("/Encrypt")
		if i == len(b) || isSpace(b[i]) || isDelim(b[i]) {
			copy(b[i-len("Encrypt"):], "Decrypt")
		}
	}
}

func hasCryptFilter(d pdict) bool {
	switch f := d["Filter"].(type) {
	case pname:
		return f == "Crypt"
	case []any:
		for _, v := range f {
			if v == pname("Crypt") {
				return true
			}
		}
	}
	return false
}

// newDecryptor reads the encryption dictionary and finds the file key for
// the empty user password.
func newDecryptor(x *xrefs) (*decryptor, error) {
	enc, ok := x.resolve(x.trailer["Encrypt"]).(pdict)
	if !ok {
		return nil, fmt.Errorf("%w: its encryption dictionary is missing", ErrEncrypted)
	}
	if f := enc.name("Filter"); f != "Standard" {
		return nil, fmt.Errorf("%w: the %s security handler is not supported", ErrEncrypted, f)
	}
	v, _ := enc.int("V")
	r, _ := enc.int("R")
	dc := &decryptor{v: v, metadata: true}
	if m, ok := enc["EncryptMetadata"].(bool); ok {
		dc.metadata = m
	}
	bits, ok := enc.int("Length")
	if !ok {
		bits = 40
		if v >= 4 {
			bits = 128
		}
	}
	switch v {
	case 1, 2:
		dc.method = cryptRC4
	case 4, 5:
		dc.method = cryptNone // the /Identity default
		if name := enc.name("StmF"); name != "" && name != "Identity" {
			switch enc.dict("CF").dict(name).name("CFM") {
			case "V2":
				dc.method = cryptRC4
			case "AESV2", "AESV3":
				dc.method = cryptAES
			case "None":
			default:
				return nil, fmt.Errorf("%w: crypt filter %s is not supported", ErrEncrypted, name)
			}
		}
	default:
		return nil, fmt.Errorf("%w: encryption version V=%d is not supported", ErrEncrypted, v)
	}
	o, u := []byte(enc.str("O")), []byte(enc.str("U"))
	var err error
	switch r {
	case 2, 3, 4:
		if v == 1 || r == 2 {
			bits = 40
		}
		if bits < 40 || bits > 128 || bits%8 != 0 {
			return nil, fmt.Errorf("%w: a %d-bit key", ErrEncrypted, bits)
		}
		dc.key, err = keyRC4(o, u, enc, x.trailer, r, int(bits/8), dc.metadata)
	case 5, 6:
		dc.key, err = keyAES256([]byte(enc.str("UE")), u, r)
	default:
		return nil, fmt.Errorf("%w: revision R=%d is not supported", ErrEncrypted, r)
	}
	if err != nil {
		return nil, err
	}
	return dc, nil
}

// keyRC4 computes the file key of revisions 2–4 (Algorithm 2) and checks
// it against U (Algorithms 4 and 5).
func keyRC4(o, u []byte, enc, trailer pdict, r int64, n int, metadata bool) ([]byte, error) {
	if len(o) < 32 || len(u) < 32 {
		return nil, fmt.Errorf("%w: its /O or /U is missing", ErrEncrypted)
	}
	p, _ := enc.int("P")
	var id0 []byte
	if ids, ok := trailer["ID"].([]any); ok && len(ids) > 0 {
		s, _ := ids[0].(string)
		id0 = []byte(s)
	}
	h := md5.New()
	h.Write(padding)
	h.Write(o[:32])
	h.Write(binary.LittleEndian.AppendUint32(nil, uint32(p)))
	h.Write(id0)
	if r >= 4 && !metadata {
		h.Write([]byte{0xff, 0xff, 0xff, 0xff})
	}
	key := h.Sum(nil)
	if r >= 3 {
		for range 50 {
			sum := md5.Sum(key[:n])
			key = sum[:]
		}
	}
	key = key[:n]
	// The empty password's U, to compare with the file's.
	var want []byte
	if r == 2 {
		want = make([]byte, 32)
		rc4XOR(key, want, padding)
		u = u[:32]
	} else {
		sum := md5.Sum(append(append([]byte(nil), padding...), id0...))
		want = sum[:]
		for i := range 20 {
			k := bytes.Clone(key)
			for j := range k {
				k[j] ^= byte(i)
			}
			rc4XOR(k, want, want)
		}
		u = u[:16]
	}
	if !bytes.Equal(u, want) {
		return nil, errPassword
	}
	return key, nil
}

// keyAES256 checks the empty password against U and unwraps the file key
// from UE (Algorithms 2.A, 2.B and 11; revision 5 hashes once).
func keyAES256(ue, u []byte, r int64) ([]byte, error) {
	if len(u) < 48 || len(ue) < 32 {
		return nil, fmt.Errorf("%w: its /U or /UE is missing", ErrEncrypted)
	}
	if !bytes.Equal(hash2B(u[32:40], r), u[:32]) {
		return nil, errPassword
	}
	block, err := aes.NewCipher(hash2B(u[40:48], r))
	if err != nil {
		return nil, err
	}
	key := make([]byte, 32)
	cipher.NewCBCDecrypter(block, make([]byte, 16)).CryptBlocks(key, ue[:32])
	return key, nil
}

// hash2B is Algorithm 2.B for the empty password and no user data:
// SHA-256 of the salt, then, for revision 6, at least 64 rounds of AES
// over the last hash and SHA-2 of the result, until the last byte says
// stop.
func hash2B(salt []byte, r int64) []byte {
	sum := sha256.Sum256(salt)
	k := sum[:]
	if r == 5 {
		return k
	}
	for i := 1; ; i++ {
		k1 := bytes.Repeat(k, 64)
		block, _ := aes.NewCipher(k[:16])
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		mod := 0
		for _, b := range e[:16] {
			mod += int(b)
		}
		var h hash.Hash
		switch mod % 3 {
		case 0:
			h = sha256.New()
		case 1:
			h = sha512.New384()
		default:
			h = sha512.New()
		}
		h.Write(e)
		k = h.Sum(nil)
		if i >= 64 && int(e[len(e)-1]) <= i-32 {
			return k[:32]
		}
	}
}

// stream decrypts raw, object num gen's stream bytes, into dst, as long.
func (dc *decryptor) stream(dst, raw []byte, num, gen int64) {
	if dc.method == cryptNone {
		return
	}
	key := dc.key
	if dc.v < 5 {
		// Algorithm 1: the file key with the object's number and
		// generation, and "sAlT" for AES, hashed; n+5 bytes of it.
		h := md5.New()
		h.Write(key)
		h.Write([]byte{byte(num), byte(num >> 8), byte(num >> 16), byte(gen), byte(gen >> 8)})
		if dc.method == cryptAES {
			h.Write([]byte("sAlT"))
		}
		key = h.Sum(nil)[:min(len(dc.key)+5, 16)]
	}
	if dc.method == cryptRC4 {
		rc4XOR(key, dst, raw)
		return
	}
	// AES-CBC: a 16-byte IV, then whole blocks padded PKCS#7-style.
	var plain []byte
	if n := (len(raw) - 16) / 16 * 16; n > 0 {
		block, err := aes.NewCipher(key)
		if err != nil {
			return
		}
		plain = make([]byte, n)
		cipher.NewCBCDecrypter(block, raw[:16]).CryptBlocks(plain, raw[16:16+n])
		if p := int(plain[n-1]); p >= 1 && p <= 16 && bytes.Count(plain[n-p:], plain[n-1:]) == p {
			plain = plain[:n-p]
		}
	}
	k := copy(dst, plain)
	for i := k; i < len(dst); i++ {
		dst[i] = ' '
	}
}

func rc4XOR(key, dst, src []byte) {
	c, err := rc4.NewCipher(key)
	if err != nil {
		panic(errors.New("bad RC4 key")) // keys here are 5 to 16 bytes
	}
	c.XORKeyStream(dst, src)
}
