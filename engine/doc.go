// Package engine carries sekat's event-to-pair aggregation to SQL engines
// and back.
//
// SQL writes, for one study, the SQL text that turns its raw event tables
// (correspondence, meetings, data sharing, with the units and people tables)
// into pair tables, in the dialect of DuckDB, Spark SQL or Trino: a
// portable core with a thin layer per dialect for reading files, splitting
// recipient lists, regular-expression replacement, integer division and
// writing the results. The text applies the rules graph.Builder and ingest
// apply (docs/network.md): people resolved to the unit of the spell that
// covers the event time, circulars, Newman weights for meetings, the
// meeting size limit, granted, denied and pending requests, the window.
//
// Read reads pair tables back, in CSV or Parquet, flat or partitioned by
// period (hive style: period=2025-01/), into a graph.Builder, so that the
// network is the one the Builder would have made from the raw tables, bit
// for bit: every layer except meetings is an integer count, and meetings
// come as counts per meeting size (the table meeting_sizes), which the
// Builder turns into Σ count_k/(k-1) in ascending k.
//
// docs/engines.md is the contract of the pair tables: their columns, the
// partitions, the exactness rule, and what each dialect supports. The
// embedded DuckDB engine that runs the DuckDB text is in this package
// behind the build tag duckdb (Run); the default build has no cgo.
package engine
