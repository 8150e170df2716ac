#!/usr/bin/env python3
"""Times actorgraph's graph algorithms on generated signed graphs and, where
installed, the same algorithms in igraph and NetworkX on the same graph.

    /usr/bin/python3 bench/graph_bench.py --binary BUILD/bench/graph_bench [--sizes 1000,10000,100000]

Run it with Debian's /usr/bin/python3 so python3-networkx and python3-igraph
(apt-get install python3-networkx python3-igraph) are importable; either
missing is skipped with a note. All times are process CPU seconds (the
libraries are single-threaded, and CPU time is robust on a shared machine).

Betweenness (distance = 1 / weight, undirected, unnormalised) is all-pairs
and O(V E): at 100,000 actors every library is timed from a sample of
sources and the time scaled to all sources (printed as an estimate; igraph
cannot sample sources, so it is skipped there). NetworkX is sampled at
10,000 actors too (hours otherwise); sampled ratios compare per-source cost.
Harmonic closeness is all-pairs too and has no sampled variant: it is
skipped at 100,000 actors. Every other algorithm (PageRank, eigenvector,
PN index, alliance clustering, signed triangles, frustration index,
Louvain) runs to completion at every size; alliance clustering and the
frustration index have no counterpart in igraph or NetworkX, so their
columns there are empty.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

SAMPLED = {100000: 200}          # actors -> betweenness sources for every library
NETWORKX_SAMPLED = {10000: 200}  # NetworkX only


def run_actorgraph(binary, actors, edges_file, sources):
    cmd = [binary, str(actors), "--write", edges_file]
    if sources:
        cmd += ["--sources", str(sources)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    times = {}
    for line in out.splitlines()[1:]:
        name, seconds = line.split()[:2]
        times[name] = float(seconds)
    return out.splitlines()[0], times


def read_edges(path):
    edges, weights, signs = [], [], []
    with open(path) as f:
        for line in f:
            u, v, w, s = line.split()
            edges.append((int(u), int(v)))
            weights.append(float(w))
            signs.append(int(s))
    return edges, weights, signs


def cpu(f):
    start = time.process_time()
    f()
    return time.process_time() - start


def time_igraph(actors, edges, weights, signs, sources):
    try:
        import igraph
    except ImportError:
        return None, "python3-igraph not installed: skipped"
    g = igraph.Graph(n=actors, edges=edges)
    g.es["w"] = weights
    g.es["d"] = [1.0 / w for w in weights]
    times = {}
    if sources:
        note = "igraph has no source sampling: betweenness and closeness skipped at this size"
    else:
        times["betweenness"] = cpu(lambda: g.betweenness(weights="d", directed=False))
        times["harmonic_closeness"] = cpu(lambda: g.harmonic_centrality(weights="d"))
        note = ""
    times["pagerank"] = cpu(lambda: g.pagerank(weights="w"))
    times["eigenvector"] = cpu(lambda: g.eigenvector_centrality(weights="w"))
    pos = g.subgraph_edges([i for i, s in enumerate(signs) if s > 0], delete_vertices=False)
    times["louvain"] = cpu(lambda: pos.community_multilevel(weights="w"))
    return times, note


def time_networkx(actors, edges, weights, signs, sources):
    try:
        import networkx as nx
    except ImportError:
        return None, "python3-networkx not installed: skipped"
    g = nx.Graph()
    g.add_nodes_from(range(actors))
    for (u, v), w in zip(edges, weights):
        g.add_edge(u, v, w=w, d=1.0 / w)
    times = {}
    k = sources or NETWORKX_SAMPLED.get(actors)
    if k:
        t = cpu(lambda: nx.betweenness_centrality(g, k=k, weight="d", normalized=False, seed=1))
        times["betweenness"] = t * actors / k
        note = "NetworkX betweenness estimated from %d sampled sources" % k
    else:
        times["betweenness"] = cpu(lambda: nx.betweenness_centrality(g, weight="d", normalized=False))
        times["harmonic_closeness"] = cpu(lambda: nx.harmonic_centrality(g, distance="d"))
        note = ""
    times["pagerank"] = cpu(lambda: nx.pagerank(g, weight="w", tol=1e-10))
    times["eigenvector"] = cpu(lambda: nx.eigenvector_centrality_numpy(g, weight="w")
                               if _has_numpy() else nx.eigenvector_centrality(g, weight="w", max_iter=1000))
    pos = nx.Graph()
    pos.add_nodes_from(range(actors))
    pos.add_weighted_edges_from((u, v, w) for (u, v), w, s in zip(edges, weights, signs) if s > 0)
    if hasattr(nx.community, "louvain_communities"):
        times["louvain"] = cpu(lambda: nx.community.louvain_communities(pos, weight="weight", seed=1))
    return times, note


def _has_numpy():
    try:
        import numpy  # noqa: F401
        import scipy  # noqa: F401
        return True
    except ImportError:
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True, help="path to the built graph_bench executable")
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    for actors in [int(x) for x in args.sizes.split(",")]:
        sources = SAMPLED.get(actors, 0)
        with tempfile.TemporaryDirectory() as tmp:
            edges_file = os.path.join(tmp, "edges.txt")
            header, ours = run_actorgraph(args.binary, actors, edges_file, sources)
            edges, weights, signs = read_edges(edges_file)
        print("\n== %s ==" % header)
        if sources:
            print("note: betweenness from %d sampled sources, scaled to all; closeness skipped" % sources)
        results = {"actorgraph": ours}
        for name, timer in (("igraph", time_igraph), ("networkx", time_networkx)):
            times, note = timer(actors, edges, weights, signs, sources)
            if note:
                print("note: " + note)
            if times is not None:
                results[name] = times
        print("%-20s %12s %12s %12s %10s %10s" % ("algorithm", "actorgraph", "igraph", "networkx",
                                                 "igraph/us", "nx/us"))
        for algo, t in ours.items():
            ig = results.get("igraph", {}).get(algo)
            nx_ = results.get("networkx", {}).get(algo)
            fmt = lambda x: "%12.4f" % x if x is not None else "%12s" % "-"
            ratio = lambda x: "%10.1f" % (x / t) if x is not None and t > 0 else "%10s" % "-"
            print("%-20s %s %s %s %s %s" % (algo, fmt(t), fmt(ig), fmt(nx_), ratio(ig), ratio(nx_)))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
