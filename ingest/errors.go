package ingest

import (
	"errors"
	"fmt"
)

// Sentinels of rejected rows, beside those of the readers (ErrFieldCount,
// ErrInvalidUTF8, ErrMalformed, ErrBadTime).
var (
	ErrMissingValue = errors.New("missing value")
	ErrUnknownID    = errors.New("unknown id")
	// ErrUnknownUnit: a spell's unit is not in the units table; it
	// wraps ErrUnknownID.
	ErrUnknownUnit = fmt.Errorf("%w: a unit", ErrUnknownID)
	// ErrRejectedPerson: an event's id is unknown because the people
	// table's row of that person was rejected; it wraps ErrUnknownID.
	ErrRejectedPerson = fmt.Errorf("%w: its people row was rejected", ErrUnknownID)
	// ErrLeadingZeros and ErrUnitLeadingZeros: an unknown id of digits
	// that the tables hold with leading zeros (a spreadsheet dropped
	// them); they wrap ErrUnknownID and ErrUnknownUnit.
	ErrLeadingZeros     = fmt.Errorf("%w: leading zeros lost", ErrUnknownID)
	ErrUnitLeadingZeros = fmt.Errorf("%w: leading zeros lost", ErrUnknownUnit)
	ErrNoSpell          = errors.New("person has no unit at that time")
	ErrEmptyRecipients  = errors.New("no recipients")
	ErrBadValue         = errors.New("invalid value")
	// ErrBadKind, ErrBadStatus and ErrSpellOrder are the ErrBadValue of
	// units.kind, data_sharing.status and a people spell whose valid_to
	// is not after its valid_from; each wraps ErrBadValue.
	ErrBadKind    = fmt.Errorf("%w: unit kind", ErrBadValue)
	ErrBadStatus  = fmt.Errorf("%w: data sharing status", ErrBadValue)
	ErrSpellOrder = fmt.Errorf("%w: spell ends before it starts", ErrBadValue)
	ErrDuplicate  = errors.New("duplicate id")
	// ErrPartial marks a value left out of a row that was kept: an id in
	// recipients or cc that is unknown (ErrUnknownID) or has no unit at
	// the letter's time (ErrNoSpell), in a letter that still has a known
	// recipient. Such a RowError wraps ErrPartial and the cause; the row
	// is counted in Input.Partial, not in Input.Rejected.
	ErrPartial = errors.New("value left out of a row that was kept")
	// ErrRejectRate is returned when more than the allowed share of a
	// table's rows was rejected.
	ErrRejectRate = errors.New("too many rejected rows")
	// ErrStrict is returned by a strict run at its first rejected row.
	ErrStrict = errors.New("row rejected in strict mode")
)

// FileError is an error that stops the run in one input file (it cannot
// be opened or read to its end: ErrDamaged, ErrNotTable, a missing
// column, ...), as Load returns it. Its text is Err's, which names the
// file already; File (the name as the study shows it, relative to the
// study folder) is there for the command line, which words the error in
// the user's language.
type FileError struct {
	File string
	Err  error
}

func (e *FileError) Error() string { return e.Err.Error() }

// Unwrap returns Err.
func (e *FileError) Unwrap() error { return e.Err }
