"""Benchmark of the HTTP API: prints figures for this machine. Never a test; nothing here asserts a time.

    python bench/api_bench.py                 # everything (a few minutes)
    python bench/api_bench.py --quick         # fewer requests
    python bench/api_bench.py --workers 2     # against `liability serve --workers 2`

Against a real `liability serve` on loopback (a subprocess, a free port), with httpx:

* speed: POST /assess for examples/break-in-2024.yaml, one client at a time and 8 at once
  (median and p99), beside the in-process `liability.assess` of the same incident — both the
  whole of what the API returns (with the leads and similar judgments, as `liability assess
  --format json`) and the bare assessment (``?investigate=false&similar=false``, as
  ``--no-investigate --no-similar``) — and the ratio of each;
* hostile bodies: a 20,000-party body (valid, and one whose every party is invalid), one alone
  and four at once: status, wall time, the server's CPU time;
* memory: the server's RSS at start, after a warm-up, at the peak of a burst of four hostile
  bodies and of four of the largest bodies the API accepts, and a few seconds after.

Targets (issue 18): the median of POST /assess at most 2x the in-process assessment; no body
costs seconds of CPU; RSS back within 20 MB of its start after the burst.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "break-in-2024.yaml"
CLK = os.sysconf("SC_CLK_TCK")


# ------------------------------------------------------------------------------------- bodies
def example_body(path: Path = EXAMPLE) -> dict:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.pop("expect", None)
    return json.loads(json.dumps(data, default=str))


def many_parties(n: int, *, valid: bool = True) -> dict:
    """The example with n more parties: valid ones (every fact settled, referred to by nothing), or
    each missing its kind (n located errors)."""
    body = example_body()
    extra = [{"id": f"p{i}", "kind": "owner", "name": f"业主{i}", "capacity": "full", "reachable": True} for i in range(n)]
    if not valid:
        for p in extra:
            del p["kind"]
    body["parties"] += extra
    return body


def largest_accepted() -> dict | None:
    """The example grown, a leak and its harm at a time, every fact of them left unknown, to the
    largest incident the API still assesses with its leads (None if the API has no such limit)."""
    try:
        from liability.limits import work_problem
    except ImportError:
        return None
    from liability.loader import parse_incident

    best = None
    for n in range(1, 200):
        body = example_body()
        body["parties"] += [{"id": f"p{i}", "kind": "owner"} for i in range(n)]
        body["things"] += [{"id": f"t{i}", "kind": "unit", "owner": f"p{i}"} for i in range(n)]
        body["events"] += [{"id": f"leak{i}", "kind": "leak", "source": f"t{i}", "actor": f"p{i}"} for i in range(n)]
        body["harms"] += [{"id": f"h{i}", "victim": "lei", "thing": "flat-201", "caused_by": [f"leak{i}"]} for i in range(n)]
        incident, _ = parse_incident(body, None, "bench")
        if work_problem(incident, "bench") is not None:
            break
        best = body
    return best


# ------------------------------------------------------------------------------------- server
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tree(pid: int) -> list[int]:
    out = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                for child in fh.read().split():
                    out += _tree(int(child))
    except OSError:
        pass
    return out


def rss_mb(pid: int) -> float:
    """Resident memory of the server and its worker processes."""
    total = 0
    for p in _tree(pid):
        try:
            with open(f"/proc/{p}/status") as fh:
                total += next(int(ln.split()[1]) for ln in fh if ln.startswith("VmRSS:"))
        except (OSError, StopIteration):
            pass
    return total / 1024


def cpu_s(pid: int) -> float:
    """CPU time (user + system) of the server and its worker processes so far."""
    total = 0
    for p in _tree(pid):
        try:
            with open(f"/proc/{p}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError):
            pass
    return total / CLK


class Server:
    def __init__(self, workers: int = 1) -> None:
        import httpx

        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        exe = Path(sys.executable).parent / "liability"
        cmd = [str(exe) if exe.exists() else "liability", "serve", "--host", "127.0.0.1", "--port", str(self.port)]
        if workers > 1:
            cmd += ["--workers", str(workers)]
        self.log = open(os.devnull, "wb")
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            self.stop()
            raise SystemExit("the server did not start")
        self.settle()

    def settle(self, timeout: float = 180) -> None:
        """Wait until the server is idle (its CPU time still for a second): whatever it does in the
        background after starting (the reviewers' pages assess the examples once) is done."""
        start = time.monotonic()
        last = cpu_s(self.pid)
        while time.monotonic() - start < timeout:
            time.sleep(1)
            now = cpu_s(self.pid)
            if now - last < 0.05:
                break
            last = now
        self.settled_after = time.monotonic() - start

    @property
    def pid(self) -> int:
        return self.proc.pid

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


# -------------------------------------------------------------------------------------- speed
def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def in_process(n: int, kw: dict) -> list[float]:
    """Times of n in-process assessments of the example, loaded once (as the server holds a
    validated incident before it assesses)."""
    import liability

    incident = liability.load(EXAMPLE)
    times = []
    for _ in range(n):
        s = time.perf_counter()
        liability.assess(incident, **kw)
        times.append(time.perf_counter() - s)
    return times


def over_http(base: str, body: bytes, params: dict, n: int, clients: int) -> tuple[list[float], float]:
    import httpx

    times: list[float] = []
    lock = threading.Lock()
    errors: list[str] = []

    def client(count: int) -> None:
        with httpx.Client(base_url=base, timeout=120) as c:
            c.post("/assess", content=body, params=params, headers={"content-type": "application/json"})  # warm the connection
            mine = []
            for _ in range(count):
                s = time.perf_counter()
                r = c.post("/assess", content=body, params=params, headers={"content-type": "application/json"})
                mine.append(time.perf_counter() - s)
                if r.status_code != 200:
                    errors.append(f"{r.status_code} {r.text[:200]}")
            with lock:
                times.extend(mine)

    threads = [threading.Thread(target=client, args=(max(1, n // clients),)) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    if errors:
        print(f"    ! {len(errors)} requests failed: {errors[0]}")
    return times, len(times) / wall


def speed(server: Server, n: int) -> None:
    """One client at a time, in rounds that alternate with the same number of in-process
    assessments, so that both meet the same machine (a shared one drifts by half from minute to
    minute); then 8 clients at once."""
    body = json.dumps(example_body(), ensure_ascii=False).encode()
    for label, params, kw, count in (
        ("POST /assess (full: with the leads and similar judgments, as `liability assess --format json`)", {}, {"investigate": True, "similar": True}, max(20, n // 5)),
        ("POST /assess?investigate=false&similar=false (bare, as --no-investigate --no-similar)", {"investigate": "false", "similar": "false"}, {}, n),
    ):
        print(label)
        in_process(count // 10 or 1, kw)  # warm
        local: list[float] = []
        remote: list[float] = []
        rounds = 10
        for _ in range(rounds):
            local += in_process(max(1, count // rounds), kw)
            remote += over_http(server.base, body, params, max(1, count // rounds), 1)[0]
        ref = statistics.median(local)
        med = statistics.median(remote)
        print(f"  in-process liability.assess: median {ref * 1000:7.2f} ms ({len(local)} runs)")
        print(f"  1 client : median {med * 1000:7.2f} ms, p99 {pct(remote, 0.99) * 1000:7.2f} ms ({len(remote)} requests); "
              f"median / in-process {med / ref:.2f}x")
        if params:
            import httpx

            with httpx.Client(base_url=server.base) as c:
                floor = []
                for _ in range(200):
                    s = time.perf_counter()
                    c.get("/health")
                    floor.append(time.perf_counter() - s)
            print(f"  (GET /health, the round trip with nothing to do: median {statistics.median(floor) * 1000:.2f} ms)")
        times, rate = over_http(server.base, body, params, count * 2, 8)
        print(f"  8 clients: median {statistics.median(times) * 1000:7.2f} ms, p99 {pct(times, 0.99) * 1000:7.2f} ms, "
              f"{rate:.0f} requests/s ({len(times)} requests)")



# ------------------------------------------------------------------------------ hostile, memory
def _post_many(base: str, bodies: list[bytes], timeout: float) -> list[tuple[int | str, float]]:
    import httpx

    results: list[tuple[int | str, float]] = [("", 0.0)] * len(bodies)

    def one(i: int) -> None:
        s = time.perf_counter()
        try:
            r = httpx.post(f"{base}/assess", content=bodies[i], headers={"content-type": "application/json"}, timeout=timeout)
            results[i] = (r.status_code, time.perf_counter() - s)
        except httpx.HTTPError as e:
            results[i] = (type(e).__name__, time.perf_counter() - s)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(bodies))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def burst(server: Server, label: str, body: bytes, copies: int, timeout: float) -> float:
    """POST the body `copies` times at once; print statuses, wall times, server CPU and RSS."""
    peak = [rss_mb(server.pid)]
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            peak.append(rss_mb(server.pid))
            time.sleep(0.05)

    w = threading.Thread(target=watch)
    w.start()
    c0 = cpu_s(server.pid)
    results = _post_many(server.base, [body] * copies, timeout)
    c1 = cpu_s(server.pid)
    done.set()
    w.join()
    statuses = sorted({str(s) for s, _ in results})
    walls = ", ".join(f"{t:.2f}" for _, t in results)
    print(f"  {label}, {copies} at once ({len(body):,} bytes each): status {'/'.join(statuses)}; "
          f"wall {walls} s; server CPU {c1 - c0:.2f} s; peak RSS {max(peak):.0f} MB")
    return max(peak)


def hostile(workers: int, timeout: float) -> None:
    """Each kind of body against a fresh server: its RSS at start and after warming up, one body
    alone, four at once, and the RSS a few seconds after."""
    body = json.dumps(example_body(), ensure_ascii=False).encode()
    kinds = [("20,000 valid parties", many_parties(20_000)), ("20,000 invalid parties", many_parties(20_000, valid=False))]
    biggest = largest_accepted()
    if biggest is not None:
        kinds.append((f"the largest incident assessed in full ({len(biggest['events'])} events, {len(biggest['harms'])} harms)", biggest))
    for label, data in kinds:
        server = Server(workers)
        try:
            start = rss_mb(server.pid)
            for _ in range(5):
                _post_many(server.base, [body], timeout)
            warm = rss_mb(server.pid)
            print(f"{label}: server RSS {start:.0f} MB at start (idle after {server.settled_after:.0f} s), {warm:.0f} MB after 5 requests (the start counted from)")
            raw = json.dumps(data, ensure_ascii=False).encode()
            burst(server, "one", raw, 1, timeout)
            burst(server, "four", raw, 4, timeout)
            time.sleep(3)
            after = rss_mb(server.pid)
            print(f"  RSS 3 s after: {after:.0f} MB ({after - warm:+.0f} MB from the start)")
        finally:
            server.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer requests")
    ap.add_argument("--workers", type=int, default=1, help="liability serve --workers N")
    ap.add_argument("--timeout", type=float, default=120, help="seconds to wait for one hostile request")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--skip-hostile", action="store_true")
    args = ap.parse_args()
    import platform

    print(f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs; "
          f"liability serve --workers {args.workers}")
    if not args.skip_speed:
        server = Server(args.workers)
        try:
            speed(server, 100 if args.quick else 400)
        finally:
            server.stop()
    if not args.skip_hostile:
        hostile(args.workers, args.timeout)


if __name__ == "__main__":
    main()
