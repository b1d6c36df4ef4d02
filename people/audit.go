package people

import (
	"encoding/json"
	"io"
	"os"
	"os/user"
	"path/filepath"
)

// AuditFile is the name of the audit record written beside person-level
// outputs.
const AuditFile = "audit.json"

// Audit is audit.json: who ran a person-level command, for what, over
// which window, with which flags and key, and what was withheld. It holds
// no person id, name or position and never the key, only its ID.
type Audit struct {
	Sekat   string `json:"sekat"`
	Command string `json:"command"`
	// Purpose is what the user said the run is for (--purpose).
	Purpose string `json:"purpose"`
	// PurposeStated is false when the run stated no purpose: only
	// facilitators and --reveal require one, and a person-level run
	// without it says so on stderr and here (docs/security.md).
	PurposeStated bool `json:"purpose_stated"`
	// Operator is the user name of the account that ran sekat.
	Operator string `json:"operator"`
	Study    string `json:"study"`
	From     string `json:"from"`
	To       string `json:"to"`
	// Flags are the command-line flags as given, in order (values of
	// --key-file are left out: a path can name a person).
	Flags []string `json:"flags"`
	// Pseudonyms says whether person ids were replaced by keyed
	// pseudonyms; Revealed whether names, ids and positions were shown
	// (--reveal).
	Pseudonyms bool `json:"pseudonyms"`
	Revealed   bool `json:"revealed"`
	// KeyID is the fingerprint of the pseudonym key (Key.ID), and
	// KeySource where it came from: "file", "environment" or "created".
	KeyID     string `json:"key_id"`
	KeySource string `json:"key_source"`
	// Withheld is what the minimum group size left out.
	Withheld *Withheld `json:"withheld"`
	// Outputs are the files written beside audit.json.
	Outputs []string `json:"outputs"`
	// Notice is the sentence every person-level page and table carries
	// (for compare and trend, the one their pages carry: what their
	// privacy rule withheld, not the shortlist notice);
	// "" (left out) for a unit-level run, whose audit.json records why
	// rejects.csv shows values that may name people (--reveal).
	Notice string `json:"notice,omitempty"`
}

// Operator returns the user name of the account running sekat, or, when
// the system cannot say, $USER (or $USERNAME), or "unknown".
func Operator() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, v := range []string{"USER", "USERNAME"} {
		if s := os.Getenv(v); s != "" {
			return s
		}
	}
	return "unknown"
}

// Write writes the audit record as indented JSON with a final line end.
func (a *Audit) Write(w io.Writer) error {
	if a.Flags == nil {
		a.Flags = []string{}
	}
	if a.Outputs == nil {
		a.Outputs = []string{}
	}
	e := json.NewEncoder(w)
	e.SetIndent("", "  ")
	e.SetEscapeHTML(false)
	return e.Encode(a)
}

// FolderAudit reads the audit record of the output folder dir, nil when it
// has none that reads.
func FolderAudit(dir string) *Audit {
	b, err := os.ReadFile(filepath.Join(dir, AuditFile))
	if err != nil {
		return nil
	}
	var a Audit
	if json.Unmarshal(b, &a) != nil {
		return nil
	}
	return &a
}
