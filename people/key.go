package people

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/sekat-ona/sekat/graph"
)

// KeyBytes is the size of a pseudonym key: 256 bits.
const KeyBytes = 32

// ErrKey is wrapped by every error about a pseudonym key that cannot be
// used (malformed, unreadable, readable by others, owned by someone else).
var ErrKey = errors.New("people: pseudonym key cannot be used")

// KeyProblem says why a key cannot be used.
type KeyProblem int

const (
	// KeyUnreadable: the key file could not be opened, read or written
	// (KeyError.Err says why).
	KeyUnreadable KeyProblem = iota
	// KeyMalformed: the text is not 2*KeyBytes hexadecimal digits
	// (KeyError.Found characters).
	KeyMalformed
	// KeyShared: the group or others may read or write the file
	// (KeyError.Mode).
	KeyShared
	// KeyForeign: the file belongs to user KeyError.Owner, not to
	// KeyError.You.
	KeyForeign
	// KeyNotRegular: the path is not a regular file.
	KeyNotRegular
	// KeyNoFolder: no configuration folder to keep a key in
	// (KeyError.Err says why).
	KeyNoFolder
)

// KeyError is an error about a key that cannot be used, with what a
// caller needs to say it in its own words. It wraps ErrKey (and Err).
type KeyError struct {
	Problem KeyProblem
	// Path is the key file; empty for a key given as text (SEKAT_KEY).
	Path       string
	Found      int
	Mode       fs.FileMode
	Owner, You int
	Err        error
}

func (e *KeyError) Error() string {
	switch e.Problem {
	case KeyMalformed:
		s := fmt.Sprintf("%v: a key is %d hexadecimal digits (%d bits), found %d characters that are not; make a new one by running a person-level command without a key, or with: head -c %d /dev/urandom | xxd -p -c %d",
			ErrKey, 2*KeyBytes, 8*KeyBytes, e.Found, KeyBytes, KeyBytes)
		if e.Path != "" {
			s = e.Path + ": " + s
		}
		return s
	case KeyShared:
		return fmt.Sprintf("%v: %s can be read or written by others (mode %#o); make it private with: chmod 600 %s", ErrKey, e.Path, e.Mode, e.Path)
	case KeyForeign:
		return fmt.Sprintf("%v: %s belongs to user %d, not to you (%d); use your own key file", ErrKey, e.Path, e.Owner, e.You)
	case KeyNotRegular:
		return fmt.Sprintf("%v: %s is not a regular file", ErrKey, e.Path)
	case KeyNoFolder:
		return fmt.Sprintf("%v: no configuration folder to keep it in (%v); give one with --key-file or SEKAT_KEY", ErrKey, e.Err)
	}
	return fmt.Sprintf("%v: %v", ErrKey, e.Err)
}

// Unwrap gives ErrKey and the underlying error, if any.
func (e *KeyError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrKey}
	}
	return []error{ErrKey, e.Err}
}

// Key is the secret of the keyed pseudonyms. Whoever holds it can link a
// pseudonym to the person: it lives outside every output folder, readable
// by its owner only, and is never written into an output (only its ID).
type Key struct {
	b []byte
}

// NewKey draws a key from r (crypto/rand.Reader in sekat).
func NewKey(r io.Reader) (Key, error) {
	b := make([]byte, KeyBytes)
	if _, err := io.ReadFull(r, b); err != nil {
		return Key{}, fmt.Errorf("people: drawing a new key: %w", err)
	}
	return Key{b}, nil
}

// ParseKey reads a key written as 64 hexadecimal digits; spaces and line
// ends around them are ignored, and so is a UTF-8 byte order mark before
// them (Notepad on Windows saves a key file with one). It is the form of
// the key file and of SEKAT_KEY.
func ParseKey(text []byte) (Key, error) {
	s := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(string(text)), "\ufeff"))
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != KeyBytes {
		return Key{}, &KeyError{Problem: KeyMalformed, Found: len(s)}
	}
	return Key{b}, nil
}

// Text is the key as its file holds it: 64 hexadecimal digits and a line
// end.
func (k Key) Text() []byte { return []byte(hex.EncodeToString(k.b) + "\n") }

// Valid reports whether k holds a key (the zero Key does not).
func (k Key) Valid() bool { return len(k.b) == KeyBytes }

// ID is the key's fingerprint for audit.json: 16 hexadecimal digits of
// SHA-256 over a fixed label and the key. It tells two keys apart and
// reveals nothing of the key.
func (k Key) ID() string {
	h := sha256.New()
	h.Write([]byte("sekat key id\x00"))
	h.Write(k.b)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// pseudonymAlphabet is Crockford's base 32: no I, L, O or U, so a
// pseudonym read aloud or retyped is not mistaken.
const pseudonymAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// pseudonymBits is the part of the HMAC a pseudonym keeps: 80 bits. For
// a million people the chance that two share a pseudonym is about 4e-13
// (n^2 / 2^81); Pseudonymize checks anyway.
const pseudonymBits = 80

// Pseudonym returns the keyed pseudonym of a person id:
// "P-" and the first 80 bits of HMAC-SHA256(key, id) in Crockford base 32,
// in four groups of four. The same key gives the same pseudonym in every
// run, so HR can follow a pseudonym over time; another key gives another.
// The id is taken in its canonical spelling (graph.CanonicalID): a NIP
// has one pseudonym whether an export wrote it with spaces or without.
func (k Key) Pseudonym(id string) string {
	m := hmac.New(sha256.New, k.b)
	m.Write([]byte(graph.CanonicalID(id)))
	sum := m.Sum(nil)
	var b strings.Builder
	b.WriteString("P-")
	var acc uint64
	nbits := 0
	out := 0
	for _, c := range sum {
		acc = acc<<8 | uint64(c)
		nbits += 8
		for nbits >= 5 && out < pseudonymBits/5 {
			if out > 0 && out%4 == 0 {
				b.WriteByte('-')
			}
			b.WriteByte(pseudonymAlphabet[(acc>>(nbits-5))&31])
			nbits -= 5
			out++
		}
		if out == pseudonymBits/5 {
			break
		}
	}
	return b.String()
}

// DefaultKeyPath is where a person-level run keeps its key when none is
// given: sekat/key under the user's configuration folder
// (os.UserConfigDir: $XDG_CONFIG_HOME or ~/.config on Linux), outside any
// output folder.
func DefaultKeyPath() (string, error) {
	d, err := os.UserConfigDir()
	if err != nil {
		return "", &KeyError{Problem: KeyNoFolder, Err: err}
	}
	return filepath.Join(d, "sekat", "key"), nil
}

// LoadKeyFile reads the key file at path. It refuses a file that is not a
// regular file, that others can read or write, or (on Unix) that belongs
// to another user: whoever can read it can undo the pseudonyms.
func LoadKeyFile(path string) (Key, error) {
	f, err := os.Open(path)
	if err != nil {
		return Key{}, &KeyError{Path: path, Err: err}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Key{}, &KeyError{Path: path, Err: err}
	}
	if err := checkKeyFile(path, fi); err != nil {
		return Key{}, err
	}
	b, err := io.ReadAll(io.LimitReader(f, 1024))
	if err != nil {
		return Key{}, &KeyError{Path: path, Err: fmt.Errorf("%s: %w", path, err)}
	}
	k, err := ParseKey(b)
	if ke, ok := err.(*KeyError); ok {
		ke.Path = path
	}
	if err != nil {
		return Key{}, err
	}
	return k, nil
}

// checkKeyFile refuses what no key file may be: not a regular file, and
// on Unix open to the group or others or owned by another user
// (privateOK).
func checkKeyFile(path string, fi fs.FileInfo) error {
	if !fi.Mode().IsRegular() {
		return &KeyError{Problem: KeyNotRegular, Path: path}
	}
	return privateOK(path, fi)
}

// CreateKeyFile writes a new key from r to path, which must not exist:
// its folder is made with mode 0700 when missing, the file with 0600.
func CreateKeyFile(path string, r io.Reader) (Key, error) {
	k, err := NewKey(r)
	if err != nil {
		return Key{}, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return Key{}, &KeyError{Path: path, Err: err}
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return Key{}, &KeyError{Path: path, Err: err}
	}
	if _, err := f.Write(k.Text()); err != nil {
		f.Close()
		os.Remove(path)
		return Key{}, &KeyError{Path: path, Err: err}
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return Key{}, &KeyError{Path: path, Err: err}
	}
	return k, nil
}

// IsPseudonym reports whether s has the form of a keyed pseudonym
// (Key.Pseudonym): "P-" and four groups of four Crockford digits.
func IsPseudonym(s string) bool {
	if len(s) != 2+4*4+3 || !strings.HasPrefix(s, "P-") {
		return false
	}
	for i, c := range s[2:] {
		if i%5 == 4 {
			if c != '-' {
				return false
			}
		} else if !strings.ContainsRune(pseudonymAlphabet, c) {
			return false
		}
	}
	return true
}
