"""Memory errors in durable-rules' native core must not go unseen (issue 18).

Two checks, run by CI after the tests (``.ci/run``), each printing what it did:

1. **Under a hostile allocator**: every example and a set of generated incidents are assessed in a
   child process with ``PYTHONMALLOC=debug`` (Python's own allocator checks), ``faulthandler`` on
   (a native crash prints where it happened), glibc's ``MALLOC_PERTURB_`` (freed and fresh memory
   filled with a pattern, so a read of freed memory gives garbage at once), and, where a C compiler
   is at hand, a small preloaded ``realloc`` that always moves the block and poisons the old one —
   so a pointer the core keeps across a pool's growth reads garbage every time, not only when the
   heap happens to move it. The results must equal those of a plain run.
2. **Stress**: 20 processes assess every example at once; every one must exit normally with the
   plain run's results.

Exit status 0 when both are clean, 1 otherwise (the failing child's stderr is printed).

    .venv/bin/python bench/native_check.py [--processes 20] [--generated 200]
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))

# The child: assess the files named on stdin (one path a line) and print one canonical JSON line per
# file; with --generated N also N incidents drawn (derandomised) from the tests' strategy.
CHILD = r"""
import faulthandler, json, sys
faulthandler.enable()
sys.path.insert(0, sys.argv[1] + "/tests")
import liability
out = []
for line in sys.stdin:
    path = line.strip()
    if path:
        a = liability.assess(liability.load(path), investigate=False, similar=False)
        out.append(a.model_dump_json())
n = int(sys.argv[2])
if n:
    from hypothesis import HealthCheck, given, settings
    from strategies import incidents

    @settings(max_examples=n, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(incidents())
    def run(incident):
        out.append(liability.assess(incident, investigate=False, similar=False).model_dump_json())

    run()
print(json.dumps(out))
"""

SHIM = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
static void *(*real_realloc)(void *, size_t);
void *realloc(void *old, size_t size) {
    if (!real_realloc) real_realloc = dlsym(RTLD_NEXT, "realloc");
    Dl_info info;
    if (!old || size == 0 || !dladdr(__builtin_return_address(0), &info) || !info.dli_fname || !strstr(info.dli_fname, "durable"))
        return real_realloc(old, size);
    void *moved = malloc(size);
    if (!moved) return 0;
    size_t had = malloc_usable_size(old);
    memcpy(moved, old, had < size ? had : size);
    memset(old, 0xA5, had);
    free(old);
    return moved;
}
"""


def _shim(workdir: Path) -> Path | None:
    """The moving realloc, compiled; None where no C compiler is at hand (said in the output)."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        return None
    src, lib = workdir / "movealloc.c", workdir / "movealloc.so"
    src.write_text(SHIM)
    done = subprocess.run([cc, "-shared", "-fPIC", "-O2", "-o", str(lib), str(src), "-ldl"], capture_output=True, text=True)
    return lib if done.returncode == 0 else None


def _child(files: list[Path], generated: int, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), str(generated)],
        input="\n".join(str(p) for p in files), capture_output=True, text=True, env={**os.environ, **env}, timeout=1800,
    )


def _report(name: str, done: subprocess.CompletedProcess, expected: list[str] | None) -> bool:
    if done.returncode != 0:
        print(f"FAIL {name}: exit {done.returncode}\n{done.stderr[-4000:]}")
        return False
    got = json.loads(done.stdout)
    if expected is not None and got != expected:
        bad = sum(1 for a, b in zip(got, expected) if a != b) + abs(len(got) - len(expected))
        print(f"FAIL {name}: {bad} of {len(expected)} results differ from the plain run")
        return False
    return True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--processes", type=int, default=20)
    ap.add_argument("--generated", type=int, default=200)
    args = ap.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        plain = _child(EXAMPLES, args.generated, {})
        if not _report("plain run", plain, None):
            return 1
        expected = json.loads(plain.stdout)
        print(f"plain run: {len(EXAMPLES)} examples and {args.generated} generated incidents in {time.perf_counter() - t:.1f} s")

        hostile = {"PYTHONMALLOC": "debug", "PYTHONFAULTHANDLER": "1", "MALLOC_PERTURB_": "165"}
        shim = _shim(Path(tmp))
        if shim is not None:
            hostile["LD_PRELOAD"] = str(shim)
        t = time.perf_counter()
        ok &= _report("hostile allocator", _child(EXAMPLES, args.generated, hostile), expected)
        print(
            f"hostile allocator (PYTHONMALLOC=debug, faulthandler, MALLOC_PERTURB_, "
            f"{'moving realloc' if shim else 'no C compiler: realloc not moved'}): "
            f"{'clean' if ok else 'FAILED'} in {time.perf_counter() - t:.1f} s"
        )

        t = time.perf_counter()
        examples_only = expected[: len(EXAMPLES)]
        with cf.ThreadPoolExecutor(args.processes) as pool:
            runs = list(pool.map(lambda _: _child(EXAMPLES, 0, {"PYTHONFAULTHANDLER": "1"}), range(args.processes)))
        clean = sum(_report(f"stress process {i}", r, examples_only) for i, r in enumerate(runs))
        ok &= clean == args.processes
        print(f"stress: {args.processes} processes assessing {len(EXAMPLES)} examples at once: {clean} clean in {time.perf_counter() - t:.1f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
