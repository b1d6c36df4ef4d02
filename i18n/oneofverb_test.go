package i18n

import "regexp"

// oneOfPlural is "1 of those tests are shown": a count of 1 before "of
// those" (these, them, the …) whose verb is plural. "1 of those tests"
// is good English; its verb must then be singular ("is shown"). Seen on
// a person-level report of the Lazega lawyers (units: offices ×
// practices, sectors: offices, two withheld for privacy): "Holm's
// correction runs over every sector with a p-value, … 1 of those tests
// are shown here." TestEnglishCountOfOne checks both patterns below
// with every count set to 1.
var oneOfPlural = regexp.MustCompile(`(?:^|[^\w.,])1 of (?:those|these|them|the|which)(?: [a-z-]+){0,2} (?:are|were|have|do)\b`)

// oneOfSingularNoun is "1 of those test is shown": the noun after "of
// those" made singular with the verb (the first fix of the text above);
// one of several is one of those tests.
var oneOfSingularNoun = regexp.MustCompile(`(?:^|[^\w.,])1 of (?:those|these) [a-z]*[^s\W] (?:is|was|has)\b`)
