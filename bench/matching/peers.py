#!/usr/bin/env python3
"""Peer benchmarks for the Mentor matching engine.

Runs scipy, lap and OR-Tools on the same instance files as
`cargo run --release -p matching --example bench`, one solver and instance per
process (so peak memory means something), and prints a Markdown table of ours
vs theirs with time ratios and an optimum check.

    peers.py run SOLVER KIND PATH REPS        -> one JSON line
    peers.py table BENCH_BIN DATA_DIR ORLIB_DIR REPS [FAMILY ...]
        (FAMILY: a substring of the instance name, or =NAME for exactly NAME)

Times are solve only (building the solver's input excluded), best of REPS.
"""

import json
import os
import resource
import subprocess
import sys
import time

import numpy as np


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def best_of(reps, f):
    best, out = float("inf"), None
    for _ in range(max(1, reps)):
        t = time.perf_counter()
        out = f()
        best = min(best, (time.perf_counter() - t) * 1000.0)
    return out, best


# ---------------------------------------------------------------- loading

def load_dense_bin(path):
    head = np.fromfile(path, dtype="<u8", count=2)
    rows, cols = int(head[0]), int(head[1])
    return np.fromfile(path, dtype="<i4", offset=16).reshape(rows, cols)


def load_orlib(path):
    """Returns ("dense", matrix) or ("sparse", (n, rows, cols, costs)), 0-based."""
    nums = np.array(open(path).read().split(), dtype=np.int64)
    n, body = int(nums[0]), nums[1:]
    if body.size == n * n:
        return "dense", body.reshape(n, n).astype(np.int32)
    t = body.reshape(-1, 3)
    return "sparse", (n, t[:, 0] - 1, t[:, 1] - 1, t[:, 2])


def load_flow(d):
    meta = json.load(open(os.path.join(d, "meta.json")))
    r = lambda name, dt: np.fromfile(os.path.join(d, name), dtype=dt)
    return meta, {
        "arc_row": r("arc_row.u32", "<u4"), "arc_col": r("arc_col.u32", "<u4"),
        "arc_cost": r("arc_cost.i32", "<i4"), "col_cap": r("col_cap.u32", "<u4"),
        "col_company": r("col_company.u32", "<u4"), "company_cap": r("company_cap.u32", "<u4"),
        "row_country": r("row_country.u32", "<u4"), "country_cap": r("country_cap.u32", "<u4"),
    }


# ---------------------------------------------------------------- solvers

def dense_matrix(kind, path):
    if kind == "dense":
        return load_dense_bin(path)
    fmt, data = load_orlib(path)
    if fmt != "dense":
        raise ValueError("not dense")
    return data


def sparse_triples(kind, path):
    if kind == "dense":
        c = load_dense_bin(path)
        rows, cols = np.nonzero(np.ones_like(c, dtype=bool))
        return c.shape, rows, cols, c.ravel().astype(np.int64)
    fmt, data = load_orlib(path)
    if fmt == "dense":
        n = data.shape[0]
        rows, cols = np.divmod(np.arange(n * n), n)
        return (n, n), rows, cols, data.ravel().astype(np.int64)
    n, rows, cols, costs = data
    return (n, n), rows, cols, costs


def run_scipy_lsa(kind, path, reps):
    from scipy.optimize import linear_sum_assignment
    c = dense_matrix(kind, path)
    (r, k), ms = best_of(reps, lambda: linear_sum_assignment(c))
    return int(c[r, k].astype(np.int64).sum()), ms


def run_scipy_mwfbm(kind, path, reps):
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching
    shape, rows, cols, costs = sparse_triples(kind, path)
    # Explicit zeros would be dropped by scipy: shift costs by +1 per edge and undo.
    m = csr_matrix((costs.astype(np.float64) + 1.0, (rows, cols)), shape=shape)
    (r, k), ms = best_of(reps, lambda: min_weight_full_bipartite_matching(m))
    total = int(round(float(np.asarray(m[r, k]).sum()))) - len(r)
    return total, ms


def run_lapjv(kind, path, reps):
    import lap
    c = dense_matrix(kind, path).astype(np.float64)
    rect = c.shape[0] != c.shape[1]
    (cost, x, y), ms = best_of(reps, lambda: lap.lapjv(c, extend_cost=rect))
    return int(round(cost)), ms


def run_lapmod(kind, path, reps):
    import lap
    shape, rows, cols, costs = sparse_triples(kind, path)
    order = np.lexsort((cols, rows))
    rows, cols, costs = rows[order], cols[order], costs[order]
    n = shape[0]
    first = np.searchsorted(rows, np.arange(n + 1)).astype(np.int32)
    cc = costs.astype(np.float64)
    kk = cols.astype(np.int32)
    (cost, x, y), ms = best_of(reps, lambda: lap.lapmod(n, cc, first, kk))
    return int(round(cost)), ms


def run_ortools_lsa(kind, path, reps):
    from ortools.graph.python import linear_sum_assignment
    shape, rows, cols, costs = sparse_triples(kind, path)
    if shape[0] > shape[1]:
        rows, cols, shape = cols, rows, (shape[1], shape[0])
    if shape[0] != shape[1]:
        raise ValueError("OR-Tools LinearSumAssignment needs a square problem")
    best, out = float("inf"), None
    for _ in range(max(1, reps)):
        a = linear_sum_assignment.SimpleLinearSumAssignment()
        a.add_arcs_with_cost(rows.astype(np.int32), cols.astype(np.int32), costs.astype(np.int64))
        t = time.perf_counter()
        status = a.solve()
        best = min(best, (time.perf_counter() - t) * 1000.0)
        if status != a.OPTIMAL:
            raise ValueError(f"status {status}")
        out = a.optimal_cost()
    return int(out), best


def run_ortools_mcf(kind, path, reps):
    """The scheme flow: S → country (cap) → candidate → position → company (cap) → T,
    plus a bypass S → T so candidates may stay unassigned."""
    from ortools.graph.python import min_cost_flow
    meta, a = load_flow(path)
    n, m = meta["n_rows"], meta["n_cols"]
    nco, ncty = meta["n_companies"], meta["n_countries"]
    S, T = 0, 1
    cty0, cand0 = 2, 2 + ncty
    pos0 = cand0 + n
    comp0 = pos0 + m
    tails = np.concatenate([
        np.full(ncty, S), cty0 + a["row_country"].astype(np.int64),
        cand0 + a["arc_row"].astype(np.int64), pos0 + np.arange(m),
        comp0 + np.arange(nco), [S]])
    heads = np.concatenate([
        cty0 + np.arange(ncty), cand0 + np.arange(n),
        pos0 + a["arc_col"].astype(np.int64), comp0 + a["col_company"].astype(np.int64),
        np.full(nco, T), [T]])
    caps = np.concatenate([
        a["country_cap"].astype(np.int64), np.ones(n, np.int64),
        np.ones(a["arc_row"].size, np.int64), a["col_cap"].astype(np.int64),
        a["company_cap"].astype(np.int64), [n]])
    costs = np.concatenate([
        np.zeros(ncty + n, np.int64), a["arc_cost"].astype(np.int64),
        np.zeros(m + nco + 1, np.int64)])
    best, out = float("inf"), None
    for _ in range(max(1, reps)):
        f = min_cost_flow.SimpleMinCostFlow()
        f.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
        f.set_node_supply(S, n)
        f.set_node_supply(T, -n)
        t = time.perf_counter()
        status = f.solve()
        best = min(best, (time.perf_counter() - t) * 1000.0)
        if status != f.OPTIMAL:
            raise ValueError(f"status {status}")
        out = f.optimal_cost()
    return int(out), best


SOLVERS = {
    "scipy linear_sum_assignment": run_scipy_lsa,
    "scipy min_weight_full_bipartite_matching": run_scipy_mwfbm,
    "lap.lapjv": run_lapjv,
    "lap.lapmod": run_lapmod,
    "OR-Tools LinearSumAssignment": run_ortools_lsa,
    "OR-Tools SimpleMinCostFlow": run_ortools_mcf,
}

# Which peers run on which family.
DENSE_PEERS = ["scipy linear_sum_assignment", "lap.lapjv", "OR-Tools LinearSumAssignment"]
SPARSE_PEERS = ["scipy min_weight_full_bipartite_matching", "lap.lapmod", "OR-Tools LinearSumAssignment"]
FLOW_PEERS = ["OR-Tools SimpleMinCostFlow"]


def families(data, orlib):
    out = []
    for n in ["100", "200", "300", "400", "500", "600", "700", "800"]:
        out.append(("orlib", os.path.join(orlib, f"assign{n}.txt"), DENSE_PEERS))
    for n in ["800", "1500", "3000", "5000"]:
        out.append(("orlib", os.path.join(orlib, f"assignp{n}.txt"), SPARSE_PEERS))
    for n in ["1000", "2000", "5000"]:
        for r in ["100", "1e6"]:
            out.append(("dense", os.path.join(data, f"dense_{n}_{r}.bin"), DENSE_PEERS))
    for r in ["100", "1e6"]:
        out.append(("dense", os.path.join(data, f"rect_5000x2000_{r}.bin"),
                    ["scipy linear_sum_assignment", "lap.lapjv"]))
    out.append(("flow", os.path.join(data, "scheme_small"), FLOW_PEERS))
    out.append(("flow", os.path.join(data, "scheme"), FLOW_PEERS))
    return out


def subprocess_json(cmd, timeout):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout {timeout}s"}
    lines = [l for l in p.stdout.splitlines() if l.startswith("{")]
    if p.returncode != 0 or not lines:
        return {"error": (p.stderr.strip().splitlines() or ["failed"])[-1][:120]}
    return json.loads(lines[-1])


def table(bench_bin, data, orlib, reps, only):
    timeout = int(os.environ.get("BENCH_TIMEOUT", "1800"))
    print("| instance | solver | cost | best ms | peak MB | time / ours | same optimum |")
    print("|---|---|---:|---:|---:|---:|:-:|")
    for kind, path, peers in families(data, orlib):
        name = os.path.basename(path)
        if only and not any(o[1:] == name if o.startswith("=") else o in name for o in only):
            continue
        ours = subprocess_json([bench_bin, "run", kind, path, str(reps)], timeout)
        rows = [("Mentor " + ours.get("solver", "").replace("mentor ", ""), ours)]
        for peer in peers:
            r = subprocess_json([sys.executable, __file__, "run", peer, kind, path, str(reps)], timeout)
            rows.append((peer, r))
        for solver, r in rows:
            if "error" in r:
                print(f"| {name} | {solver} | – | – | – | – | {r['error']} |")
                continue
            ratio = r["best_ms"] / ours["best_ms"] if "best_ms" in ours else float("nan")
            same = "✓" if r["cost"] == ours.get("cost") else "✗"
            print(f"| {name} | {solver} | {r['cost']} | {r['best_ms']:.1f} | {r['peak_mb']:.0f} | "
                  f"{ratio:.2f} | {same} |", flush=True)


def main():
    if sys.argv[1] == "run":
        solver, kind, path, reps = sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
        cost, ms = SOLVERS[solver](kind, path, reps)
        print(json.dumps({"solver": solver, "instance": os.path.basename(path), "cost": cost,
                          "best_ms": ms, "peak_mb": peak_mb()}))
    elif sys.argv[1] == "table":
        table(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6:])
    else:
        print(__doc__)


if __name__ == "__main__":
    main()
