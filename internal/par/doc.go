// Package par runs numbered work items on several goroutines so that the
// result is the same for any number of them.
//
// The guarantee is a contract between par and its callers. par hands items
// out in increasing order to whichever worker is free, so which worker runs
// an item, and when, varies from run to run. A caller keeps its result
// independent of that by making everything an item leaves behind depend on
// the item's number only: the item owns its output slots or its partial
// result, and draws randomness from a stream seeded by the item's number,
// never from a per-worker stream. Per-worker scratch space (indexed by the
// worker number For passes) is fine as long as an item leaves it as it
// found it, or overwrites it before reading. Floating-point partial sums
// must be added in item order: Ordered does that, so that the total is the
// same bit for bit whatever the number of workers.
//
// Both For and Ordered stop handing out items once their context is done and
// return its error; an item already running finishes first. A panic in an
// item is re-raised, as a *Panic holding the item's stack, on the goroutine
// that called For or Ordered, after every worker has stopped, so that a
// recover at the top of the program sees it.
package par
