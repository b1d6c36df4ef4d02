# Gould-Fernandez brokerage counts from R's sna::brokerage, the reference the
# contract names, for sekat's metrics/broker tests.
# Run from the module root with Debian's R (apt-get install r-cran-sna):
#   Rscript testdata/reference/brokerage.R
# Graphs and node order are those of metrics/internal/refgraph: node i is the
# i-th id in ascending order; an arc exists where the directed weight is > 0;
# the undirected karate graph is taken with both directions.
suppressPackageStartupMessages(library(sna))
ds <- "testdata/datasets"
out <- "testdata/golden/broker"

adj_from <- function(edges, n, directed, offset) {
  m <- matrix(0, n, n)
  for (k in seq_len(nrow(edges))) {
    u <- edges[k, 1] + offset; v <- edges[k, 2] + offset
    if (u == v) next
    m[u, v] <- 1
    if (!directed) m[v, u] <- 1
  }
  m
}

groups_of <- function(vals) match(vals, sort(unique(vals)))  # refgraph's dense ids, + 1

write_counts <- function(name, grouping, m, cl) {
  b <- brokerage(m, cl)
  r <- b$raw.nli
  f <- file.path(out, paste0("sna_", name, "_", grouping, ".json"))
  cols <- c(coordinator = "w_I", itinerant = "w_O", representative = "b_IO", gatekeeper = "b_OI", liaison = "b_O")
  parts <- sapply(names(cols), function(k) sprintf('  "%s": [%s]', k, paste(as.integer(r[, cols[[k]]]), collapse = ", ")))
  hdr <- sprintf('  "source": "R %s, sna %s: brokerage(adj, cl)$raw.nli (%s by %s)"',
                 paste(R.version$major, R.version$minor, sep = "."), as.character(packageVersion("sna")), name, grouping)
  writeLines(c("{", paste(c(hdr, parts), collapse = ",\n"), "}"), f)
}

k <- read.csv(file.path(ds, "zachary-karate/karate_edges_weighted.csv"))
kn <- read.csv(file.path(ds, "zachary-karate/karate_nodes.csv"))
write_counts("karate", "club", adj_from(as.matrix(k[, 1:2]), 34, FALSE, 0), groups_of(kn$club_networkx))

a <- read.csv(file.path(ds, "krackhardt-hightech/krack_advice_edges.csv"))
an <- read.csv(file.path(ds, "krackhardt-hightech/krack_nodes.csv"))
write_counts("krackhardt", "dept", adj_from(as.matrix(a), 21, TRUE, 0), groups_of(as.character(an$dept)))

l <- read.csv(file.path(ds, "lazega-lawyers/lazega_cowork_directed_edges.csv"))
ln <- read.csv(file.path(ds, "lazega-lawyers/lazega_nodes.csv"))
ml <- adj_from(as.matrix(l), 71, TRUE, 0)
write_counts("lazega", "office", ml, groups_of(ln$office))
write_counts("lazega", "practice", ml, groups_of(ln$practice))

r <- read.csv(file.path(ds, "random-weighted/random_edges.csv"))
rn <- read.csv(file.path(ds, "random-weighted/random_nodes.csv"))
write_counts("random", "sector", adj_from(as.matrix(r[, 1:2]), 300, TRUE, 1), groups_of(rn$sector))
