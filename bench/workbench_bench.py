"""What the workbench page adds to an assessment's round trip (issue 19: at most 5 ms over the
API's own). Prints figures; asserts nothing.

    python bench/workbench_bench.py [--requests 200]

Against a real `liability serve` on loopback: the median round trip of POST /assess (the whole
assessment, with the leads and similar judgments) and of POST /workbench/decision (the same
assessment, plus the decision fragment rendered from its templates and the incident as YAML), for
each of a few examples, one request at a time.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
CASES = ["break-in-2024", "falling-pane-unproved-2024", "burglary-broken-door-2022", "shared-drain-2022"]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=100)
    args = ap.parse_args()
    port = _port()
    exe = Path(sys.executable).parent / "liability"
    proc = subprocess.Popen([str(exe), "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as c:
            for _ in range(300):
                try:
                    if c.get("/health").status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            print(f"{args.requests} requests each, one at a time, median round trip (ms):")
            for name in CASES:
                data = yaml.safe_load((ROOT / "examples" / f"{name}.yaml").read_text(encoding="utf-8"))
                data.pop("expect", None)
                body = json.dumps(data, ensure_ascii=False, default=str).encode()
                page_body = json.dumps({"incident": data, "set": []}, ensure_ascii=False, default=str).encode()

                def median(url: str, content: bytes) -> float:
                    for _ in range(5):
                        c.post(url, content=content)
                    times = []
                    for _ in range(args.requests):
                        start = time.perf_counter()
                        r = c.post(url, content=content)
                        times.append(time.perf_counter() - start)
                        assert r.status_code == 200, r.text[:300]
                    return statistics.median(times) * 1000

                api, page = median("/assess", body), median("/workbench/decision", page_body)
                print(f"  {name}: POST /assess {api:.1f}; POST /workbench/decision {page:.1f}; the page adds {page - api:+.1f} (target <= 5)")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
