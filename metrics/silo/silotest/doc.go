// Package silotest holds the checks of package silo that the tests of
// silo and of metrics share: CheckExpected compares each group's
// EIExpected with sekat's own label shuffles. It is imported by tests
// only.
package silotest
