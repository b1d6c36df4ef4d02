package ingest

import (
	"strconv"
	"unicode/utf8"
)

// ShowName is a file or folder name as a message shows it: unchanged when
// it is valid UTF-8 and every character is printable (spaces included),
// else quoted with Go's escapes ("surat\n2025.csv"), so that a line break,
// a terminal's escape sequence or a bidirectional override in a name can
// neither break a message into lines nor change how it looks. A quoted
// name is printable, so ShowName(ShowName(s)) is ShowName(s).
func ShowName(name string) string {
	if utf8.ValidString(name) {
		printable := true
		for _, r := range name {
			if !strconv.IsPrint(r) {
				printable = false
				break
			}
		}
		if printable {
			return name
		}
	}
	return strconv.Quote(name)
}
