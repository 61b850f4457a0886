#!/usr/bin/env python3
"""The workbench under load, from a release build: page open time in headless chromium and wrk
against the JSON API, each with a baseline measured in the same run.

    python3 Tests/Browser/workbench_bench.py --dragoman .build/release/dragoman [--units 5000] [--seconds 10]

1. `dragoman bench workbench --units N --keep P`: server time of a save with QA against the
   store's plain update (printed as the command prints it), and a project P of N units.
2. The sample article is added to P as a second document of 11 units, the baseline page.
3. `dragoman serve` on P; chromium opens each document's editor 5 times: navigation start to the
   grid drawn with the current unit open (the script's `dragoman-grid-ready` mark), and to every
   row in the page (`dragoman-grid-complete`: the rows after the first 200 come from the API),
   median and worst.
4. wrk on loopback, bounded in time: GET /api/documents/1/units (N units) against the 11-unit
   document's units (baseline), and PUT saves of distinct units (each thread saving its own unit,
   every save based on the version the last one returned).
Figures only; nothing is gated. Needs chromium, chromium-driver, wrk and selenium.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKEN = "bench-token-0123456789abcdef"

SAVE_SCRIPT = r"""
-- Each wrk thread saves its own unit; every save names the version the previous one returned.
local counter = 0
local threads = {}
function setup(thread)
  counter = counter + 1
  thread:set("unit", tostring(UNIT_BASE + counter * 7))
  table.insert(threads, thread)
end
function init(args)
  version = 0
  saves = 0
  conflicts = 0
  wrk.headers["Authorization"] = "Bearer TOKEN"
  wrk.headers["Content-Type"] = "application/json"
end
function request()
  saves = saves + 1
  local body = string.format('{"target": "Saved under load %d.", "status": "translated", "version": %d}', saves, version)
  return wrk.format("PUT", "/api/units/" .. unit, nil, body)
end
function response(status, headers, body)
  if status == 409 then conflicts = conflicts + 1 end
  local found = string.match(body, '"version":(%d+)')
  if found then version = tonumber(found) end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("conflicts") end
  io.write(string.format("conflicts (refused stale saves): %d\n", total))
end
"""


def run(command, **options):
    return subprocess.run(command, check=True, capture_output=True, text=True, **options)


def open_times(driver, base, document, times):
    """Milliseconds from navigation start to the grid drawn (its first rows, the current unit open)
    and to every row in the page, over `times` opens."""
    drawn, complete = [], []
    for _ in range(times):
        driver.get(f"{base}/documents/{document}")
        WebDriverWait(driver, 30).until(lambda d: d.execute_script(
            "return performance.getEntriesByName('dragoman-grid-ready').length > 0 && !document.getElementById('grid-more')"))
        drawn.append(driver.execute_script("return performance.getEntriesByName('dragoman-grid-ready')[0].startTime"))
        marks = driver.execute_script("return performance.getEntriesByName('dragoman-grid-complete').map(m => m.startTime)")
        complete.append(max(marks[0] if marks else 0, drawn[-1]))
        rows = driver.execute_script("return document.querySelectorAll('#grid .row[data-unit]').length")
    return drawn, complete, rows


def wrk(url, seconds, threads, connections, script=None):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "-H",
               f"Authorization: Bearer {TOKEN}", url]
    if script:
        command[1:1] = ["-s", script]
    output = run(command).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", output, re.M))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    conflicts = re.search(r"conflicts \(refused stale saves\): (\d+)", output)
    return rate, percentiles, int(non2xx.group(1)) if non2xx else 0, conflicts.group(1) if conflicts else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dragoman", default=os.path.join(ROOT, ".build/release/dragoman"))
    parser.add_argument("--units", type=int, default=5000)
    parser.add_argument("--seconds", type=int, default=10)
    arguments = parser.parse_args()
    dragoman = os.path.abspath(arguments.dragoman)
    work = tempfile.mkdtemp(prefix="dragoman-bench-")
    project = os.path.join(work, "bench.db")

    print(f"== server time of a save with QA ({arguments.units} units; release build)")
    print(run([dragoman, "bench", "workbench", "--units", str(arguments.units), "--keep", project], cwd=ROOT).stdout,
          end="")
    run([dragoman, "add", "Samples/de-nordkorea-truppen.txt", "--source-lang", "de", "--translation",
         "Samples/en-nordkorea-truppen.txt", "--target-lang", "en", "--project", project], cwd=ROOT)

    server = subprocess.Popen([dragoman, "serve", "--project", project, "--port", "0", "--token", TOKEN],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = server.stdout.readline().strip()
        base = address.split("/?")[0]
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800"]:
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            driver.get(address)
            print("== opening a document in headless chromium (navigation start to the grid drawn; 5 opens)")
            for label, document in [("11 units (baseline)", 2), (f"{arguments.units} units", 1)]:
                drawn, complete, rows = open_times(driver, base, document, 5)
                print(f"{label:22} {rows:6d} rows: grid drawn median {statistics.median(drawn):7.1f} ms, worst "
                      f"{max(drawn):7.1f} ms; every row in the page median {statistics.median(complete):7.1f} ms, "
                      f"worst {max(complete):7.1f} ms")
        finally:
            driver.quit()

        print(f"== wrk on loopback ({arguments.seconds} s each)")
        for label, document, connections in [("GET units, 11 (baseline)", 2, 8),
                                              (f"GET units, {arguments.units}", 1, 8)]:
            rate, percentiles, errors, _ = wrk(f"{base}/api/documents/{document}/units", arguments.seconds, 2,
                                               connections)
            print(f"{label:28} {rate:9.1f} requests/s  latency p50 {percentiles.get('50')} p90 {percentiles.get('90')}"
                  f" p99 {percentiles.get('99')}  non-2xx {errors}")
        script = os.path.join(work, "saves.lua")
        with open(script, "w") as file:
            file.write(SAVE_SCRIPT.replace("TOKEN", TOKEN).replace("UNIT_BASE", "0"))
        rate, percentiles, errors, conflicts = wrk(f"{base}/api/units/1", arguments.seconds, 2, 2, script)
        print(f"{'PUT saves (2 writers)':28} {rate:9.1f} requests/s  latency p50 {percentiles.get('50')} "
              f"p90 {percentiles.get('90')} p99 {percentiles.get('99')}  non-2xx {errors}, refused stale {conflicts}")
    finally:
        server.terminate()
        server.wait(timeout=10)
        subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    sys.exit(main())
