package ingest

import "errors"

// Sentinels of rejected rows, beside those of the readers (ErrFieldCount,
// ErrInvalidUTF8, ErrMalformed, ErrBadTime).
var (
	ErrMissingValue    = errors.New("missing value")
	ErrUnknownID       = errors.New("unknown id")
	ErrNoSpell         = errors.New("person has no unit at that time")
	ErrEmptyRecipients = errors.New("no recipients")
	ErrBadValue        = errors.New("invalid value")
	ErrDuplicate       = errors.New("duplicate id")
	// ErrRejectRate is returned when more than the allowed share of a
	// table's rows was rejected.
	ErrRejectRate = errors.New("too many rejected rows")
	// ErrStrict is returned by a strict run at its first rejected row.
	ErrStrict = errors.New("row rejected in strict mode")
)
