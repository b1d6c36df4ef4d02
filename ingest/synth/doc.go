// Package synth generates synthetic sekat studies for demos, tests and
// benchmarks: the contract's five input tables (units, people,
// correspondence, meetings, data_sharing) of an Indonesian local
// government over one year, plus truth.json, which says what structure was
// planted so that metric tests can check they find it.
//
// # Presets
//
//   - kabupaten (default): 39 units — 36 OPDs and kecamatan in ten internal
//     sectors, the coordinators Setda and Bappeda (kind coordinator, sector
//     koordinasi) and DPRD (kind external, sector eksternal); about 3,000
//     staff (18-digit NIP ids) and, in 2025, about 90,000 letters, 3,000
//     meetings (about 25,000 attendee rows) and 5,000 data-sharing requests.
//   - provinsi: the catalogue replicated over ten regions (390 units, the
//     branches are UPTD whose parent_id is the head office), 50,000 staff,
//     2,000,000 letters.
//   - nasional: 128 regions (4,992 units), 1,000,000 staff, about
//     10,500,000 letters (at least 10 million), written as Parquet unless a
//     format is given.
//   - hostile: kabupaten with spreadsheet-hostile unit names and some
//     hostile person names (quotes, backslashes, braces, newlines, HTML and
//     formula injections, emoji, ';' and ','); ids stay simple.
//
// Options.Scale multiplies staff and event counts (units stay). The same
// Options give byte-identical files: all randomness comes from PCG
// generators seeded by Options.Seed and nothing depends on map order.
//
// # Planted structure
//
// Every cross-unit letter, meeting invitation and data request picks its
// partner unit v for unit u with probability proportional to
// affinity(sector(u), sector(v)) × sqrt(size(v)) (v ≠ u). The affinity per
// unit pair is
//
//	two units of one silo sector            40
//	silo unit – other internal unit          0.05
//	silo unit – coordinator                  0.3
//	two units of one non-silo sector         0.5  (slightly avoided)
//	internal units of two non-silo sectors   1
//	coordinator – non-silo unit              3    (hubs)
//	coordinator – coordinator                1
//	DPRD – coordinator                       2
//	DPRD – unit of sector pemerintahan       0.3  (zero for all others)
//
// Three internal sectors with at most 8.5% of the staff each are drawn
// from the seed: one is a silo before the change date (2025-07-01) only,
// one all year, one from the change date on. (A silo's staff reach the
// rest through one or two people, whose betweenness grows with the silo's
// head count; small silos keep them below the facilitators.) While a
// sector is a silo its units start 1.5 times as many cross-unit events
// (a silo is busy with itself). A silo provider denies 75% of data requests from other sectors (10% pending);
// other providers deny 7% (8% pending). Half of the data requests of
// non-silo units ignore sectors, so silos do receive requests.
//
// Facilitators (5 in the kabupaten preset, one per 40 units in the larger
// ones, at least 5) are ordinary functional staff in units of sectors that
// are never silos, each in another sector. The other internal units are
// dealt out to them in disjoint groups of about equal head count that span
// as many sectors as possible; a facilitator's contacts are the kabid of
// its own unit and of its group's units, two coordinator leaders and the
// other facilitators. 12% of all letters are between a facilitator and a
// contact (either direction); facilitators organise working-group
// meetings with their contacts and join cross-unit and coordination
// meetings. A facilitator is chosen in proportion to its contacts and its
// contacts are taken in turn, so every contact gets the same share (no
// contact becomes the one gateway of its unit); a contact whose unit is in
// a sector that is a silo at the time gets one turn in four.
//
// Ordinary staff write mostly memos inside their unit (to their kabid, the
// secretary or a colleague; every staff member in turn, so nobody's
// internal ties are left to chance). Unit leaders write 85% of the
// cross-unit letters; a leader who receives one usually passes it down
// (disposisi, 80%), and a leader who sends one often got the draft from a
// kabid or staff member (50%): both are memos inside the unit. Letters:
// 38% memos, 32% to other units, 12% facilitator letters, 17% replies to
// recent letters, 1% circulars from coordinators to 5-20 units; the
// follow-up memos count in the daily total.
//
// Mutasi: 3% of ordinary staff move to another internal unit on a working
// day between February and November. They get two people rows: the first
// with an empty valid_from and valid_to the day before the move
// (inclusive), the second with valid_from the move date and an empty
// valid_to. Their events use the unit of the spell covering the event.
//
// # Plants for evaluators
//
// Three options (off by default, so that a default study stays the same
// file for file) plant what sekat compare, trend and evaluate must find:
//
//   - NoChange plants the first half's silos for the whole year: both
//     halves come from one process, the null case.
//   - Pilot makes the first small sector not drawn above a silo until
//     2025-10-01 and open from then on (the treated sector), with the
//     all-year silo as its control.
//   - Reorg draws, from a random stream of its own, a unit to rename and
//     two units of one sector to merge, in internal sectors that are never
//     silos, on the change date: from then on the events name the new ids
//     (the renamed id with "_BARU", the merger "A_B"), the people of those
//     units get a new spell, the units table lists the new units too, and
//     unit_crosswalk.csv (always CSV) maps the old units to the new.
//
// truth.json's no_change, pilot and reorg say what was planted; they are
// absent for a default study.
//
// With Options.MoveFacilitator the first facilitator moves too, on a
// working day from April to September, to an internal unit of another
// never-silo sector where no facilitator works; it keeps its position and
// its contacts, and truth.json gives its facilitator entry moves_to,
// moves_to_sector and move_date (and lists it under mutasi). The move
// draws from a stream of its own: without the option every file is as
// before.
//
// # Formats
//
// Times are Asia/Jakarta wall-clock "YYYY-MM-DD HH:MM:SS" (no zone) in
// CSV, TSV, NDJSON and string Parquet; Parquet TIMESTAMP columns hold the
// same instants (isAdjustedToUTC=true, milliseconds), DATE columns the
// days. An absent valid_from/valid_to is empty text, or null in DATE
// columns. CSV and TSV quote a field holding the delimiter, a quote, CR or
// LF, doubling quotes; NDJSON writes every column of every row, records as
// a number. Gzip output has an empty header (no name, no time).
package synth
