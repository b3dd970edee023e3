#!/usr/bin/env python3
"""The tables of a load run (bench/load/mixed.sh): one readable on a terminal, one in
markdown for BENCHMARKS.md, each row judged against the goals of issue 17.

    report.py RESULTS_DIR            prints both, writes RESULTS_DIR/results.md
    report.py split N JOURNEYS_TSV   prints `journey connections` lines: N shared by weight

RESULTS_DIR holds machine.txt and, per backend and level, `mix/<journey>.json` (the
journeys run side by side), `mix/writes.json` (the fixed-rate form writes) and
`alone/<journey>.json` (each journey on its own), and `nginx/c<N>/<journey>.json` (nginx
serving that journey's bytes at the same concurrency), and beside the server's phases
`*.cpu`/`cpu.txt`: its process's CPU clock ticks before and after, for the CPU a request
cost. The mix's figure over all reads merges the journeys' latency quantiles, each
weighted by its count of requests; its CPU per request counts the writes too.
"""

import json
import sys
from pathlib import Path

# Issue 17's goals on the demo data set.
P99_GOAL_MS = {50: 50.0, 200: 250.0}
WRITE_P99_GOAL_MS = 100.0
RATIO_GOAL = 0.1
RATIO_GOAL_OF = {"open-call": 0.3}


def split(total, weights):
    """`total` connections shared by weight, each journey at least one, summing to total."""
    names = list(weights)
    if total < len(names):
        sys.exit(f"the mix needs at least {len(names)} connections, one per journey: not {total}")
    whole = sum(weights.values())
    exact = {n: total * weights[n] / whole for n in names}
    share = {n: max(1, int(exact[n])) for n in names}
    by_remainder = sorted(names, key=lambda n: exact[n] - int(exact[n]), reverse=True)
    i = 0
    while sum(share.values()) < total:
        share[by_remainder[i % len(names)]] += 1
        i += 1
    while sum(share.values()) > total:
        n = max((n for n in names if share[n] > 1), key=lambda n: share[n] - exact[n])
        share[n] -= 1
    return share


def journeys(tsv):
    rows = [line.split("\t") for line in Path(tsv).read_text().splitlines() if line]
    return {r[0]: int(r[1]) for r in rows}


def load(path):
    try:
        return json.loads(Path(path).read_text())
    except (OSError, ValueError):
        return None


def cpu_per_request(path, requests):
    """The server's CPU milliseconds per request over a phase (`<t0> <hz> <t1> <hz>`)."""
    try:
        t0, hz, t1, _ = (int(x) for x in Path(path).read_text().split())
    except (OSError, ValueError):
        return ""
    return f"{(t1 - t0) / hz * 1000 / requests:.2f}" if requests else "—"


def rate(r):
    return r["requests"] / (r["duration_us"] / 1e6) if r and r["duration_us"] else 0.0


def merged(results):
    """p50, p95, p99 (µs) of several journeys' requests taken together."""
    points = []
    for r in results:
        q = r["quantiles_us"]
        points += [(v, r["requests"] / len(q)) for v in q]
    points.sort()
    whole = sum(w for _, w in points)
    out = []
    for p in (50, 95, 99):
        seen = 0.0
        for v, w in points:
            seen += w
            if seen >= whole * p / 100:
                out.append(v)
                break
        else:
            out.append(points[-1][0] if points else 0)
    return out


def ms(us):
    return f"{us / 1000:,.1f}"


def latencies(r):
    """p50, p95, p99 in ms, or dashes when nothing was answered (too slow for the phase)."""
    if not r["requests"]:
        return ("—", "—", "—")
    return (ms(r["p50_us"]), ms(r["p95_us"]), ms(r["p99_us"]))


def p99_met(r, goal):
    return bool(r["requests"]) and r["p99_us"] / 1000 < goal


def errors(r):
    socket = r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["timeouts"]
    text = f"{r['status_errors']:,}"
    return text + (f" (+{socket:,} socket, {r['timeouts']:,} timeouts)" if socket else "")


def verdict(checks):
    if not checks:
        return "—"
    return "ok" if all(checks) else "MISS"


def rows_of(out, backend, level, names, nginx_dir):
    """(page, conns, req/s, p50, p95, p99, not 2xx, CPU per request, × nginx, goal) for one
    backend and level."""
    rows = []
    base = out / backend / f"c{level}"
    p99_goal = P99_GOAL_MS.get(level)
    mix = [(n, load(base / "mix" / f"{n}.json")) for n in names]
    mix = [(n, r) for n, r in mix if r]
    shares = split(level, {n: w for n, w in journeys(out / backend / "journeys.tsv").items()})
    for n, r in mix:
        checks = [p99_met(r, p99_goal)] if p99_goal else []
        rows.append((f"mix: {n}", str(shares.get(n, "?")), f"{rate(r):,.0f}", *latencies(r),
                     errors(r), "", "", verdict(checks)))
    if mix:
        p50, p95, p99 = merged([r for _, r in mix])
        total = sum(rate(r) for _, r in mix)
        bad = sum(r["status_errors"] for _, r in mix)
        checks = [p99 / 1000 < p99_goal] if p99_goal else []
        w = load(base / "mix" / "writes.json")
        served = sum(r["requests"] for _, r in mix) + (w["answered"] if w else 0)
        rows.append(("mix: all reads", str(level), f"{total:,.0f}", ms(p50), ms(p95), ms(p99),
                     f"{bad:,}", cpu_per_request(base / "mix" / "cpu.txt", served), "",
                     verdict(checks)))
    w = load(base / "mix" / "writes.json")
    if w:
        kinds = ", ".join(f"{k}: {v}" for k, v in w["failure_kinds"].items())
        rows.append((f"mix: form writes at {w['rate']:g}/s", "(own)",
                     f"{w['answered'] / w['elapsed_s']:,.1f}", ms(w["p50_us"]), ms(w["p95_us"]),
                     ms(w["p99_us"]), f"{w['failures']:,} of {w['sent']:,}" +
                     (f" ({kinds})" if kinds else ""), "", "",
                     verdict([w["p99_us"] / 1000 < WRITE_P99_GOAL_MS, w["failures"] == 0])))
    for n in names:
        r = load(base / "alone" / f"{n}.json")
        if not r:
            continue
        ng = load(nginx_dir / f"c{level}" / f"{n}.json")
        ratio = rate(r) / rate(ng) if ng and rate(ng) else None
        checks = [p99_met(r, p99_goal)] if p99_goal else []
        if ratio is not None:
            checks.append(ratio >= RATIO_GOAL_OF.get(n, RATIO_GOAL))
        rows.append((n, str(level), f"{rate(r):,.0f}", *latencies(r), errors(r),
                     cpu_per_request(base / "alone" / f"{n}.cpu", r["requests"]),
                     f"{ratio:.2f} of {rate(ng):,.0f}" if ratio is not None else "",
                     verdict(checks)))
    return rows


HEAD = ("page", "conns", "req/s", "p50 ms", "p95 ms", "p99 ms", "not 2xx/3xx", "CPU ms/req",
        "× nginx (req/s)", "goal")


def text_table(rows):
    widths = [max(len(str(x)) for x in col) for col in zip(HEAD, *rows)]
    line = lambda r: "  ".join(str(x).ljust(w) if i == 0 else str(x).rjust(w)
                               for i, (x, w) in enumerate(zip(r, widths)))
    return "\n".join([line(HEAD), line(["-" * w for w in widths])] + [line(r) for r in rows])


def md_table(rows):
    out = ["| " + " | ".join(HEAD) + " |", "|---|" + "---:|" * (len(HEAD) - 2) + "---|"]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(out)


def report(out):
    machine = (out / "machine.txt").read_text() if (out / "machine.txt").exists() else ""
    nginx_dir = out / "nginx"
    text, md = [machine.rstrip()], [machine.rstrip().replace("\n", "  \n")]
    for backend in ("sqlite", "postgres"):
        if not (out / backend / "journeys.tsv").exists():
            continue
        names = list(journeys(out / backend / "journeys.tsv"))
        levels = sorted(int(p.name[1:]) for p in (out / backend).glob("c*") if p.is_dir())
        for level in levels:
            rows = rows_of(out, backend, level, names, nginx_dir)
            title = f"{backend}, {level} connections"
            text += ["", title, text_table(rows)]
            md += ["", f"**{title}**", "", md_table(rows)]
    end = (out / "after.txt").read_text().strip() if (out / "after.txt").exists() else ""
    if end:
        text += ["", end]
        md += ["", end]
    print("\n".join(text))
    (out / "results.md").write_text("\n".join(md) + "\n")
    print(f"\n--- markdown for BENCHMARKS.md (also in {out / 'results.md'}) ---\n")
    print("\n".join(md))


def main():
    if sys.argv[1] == "split":
        for name, n in split(int(sys.argv[2]), journeys(sys.argv[3])).items():
            print(name, n)
    else:
        report(Path(sys.argv[1]))


if __name__ == "__main__":
    main()
