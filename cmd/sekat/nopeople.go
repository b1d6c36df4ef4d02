package main

import (
	"fmt"

	"github.com/sekat-ona/sekat/ingest"
)

// tooFewPeopleErr says why a person-level output cannot be made, err
// being what people.Protect or people.PlanForListed said. Without a
// people table the logs name units only and no window holds a person:
// "widen the window" (tooFewPeople, and err's own words) would send the
// user after the wrong fix, so the error says to add the table instead
// and wraps err without quoting it.
func tooFewPeopleErr(lang string, l *loaded, err error) error {
	if l != nil && l.res != nil && l.res.Study != nil && len(l.res.Study.Files[ingest.People]) == 0 {
		return fmt.Errorf("%s%w", msg(lang, "tooFewPeopleNoTable"), silent{err})
	}
	return fmt.Errorf("%s\n  %s: %w", msg(lang, "tooFewPeople", l.minGroup), msg(lang, "detail"), err)
}

// silent wraps an error for errors.Is and errors.As and prints nothing.
type silent struct{ err error }

func (s silent) Error() string { return "" }
func (s silent) Unwrap() error { return s.err }
