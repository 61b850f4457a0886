#!/usr/bin/env python3
"""The workbench in a real browser: Debian's chromium driven by selenium, keyboard only.

    python3 Tests/Browser/workbench_flow.py --dragoman .build/debug/dragoman [--screenshots DIR]

Builds a fresh copy of the sample project (the README's main job), starts `dragoman serve` on a
free loopback port and walks a translator's and a reviewer's flow: open unit 3, replace its
target, confirm, land on unit 4; reload and find the new target; insert a glossary term with its
shortcut; type a deprecated name and see the QA error before saving; restore the earlier version
from the history; edit one unit in two browser sessions and see the conflict with both versions
(nothing lost); search the concordance; upload an edited XLIFF 2.1 file and read its report.
Every browser console entry is checked after every step: any error fails the run, except the
one network line of the 409 that the conflict step provokes on purpose.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKEN = "browser-test-token-0123456789"


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Server:
    def __init__(self, dragoman, project):
        self.process = subprocess.Popen(
            [dragoman, "serve", "--project", project, "--port", "0", "--token", TOKEN, "--author", "server"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline().strip()
        check(line.startswith("http://127.0.0.1:"), f"serve printed {line!r}, not its address")
        self.url = line
        self.base = line.split("/?")[0]

    def api(self, path, method="GET", body=None):
        request = urllib.request.Request(self.base + path, method=method, data=body)
        request.add_header("Authorization", f"Bearer {TOKEN}")
        with urllib.request.urlopen(request, timeout=30) as response:
            data = response.read()
            return json.loads(data) if "json" in response.headers.get("Content-Type", "") else data

    def stop(self):
        """Stops the server; what went wrong, if anything."""
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return "dragoman serve did not stop within 10 s of SIGTERM"
        return None


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800",
                     "--lang=en-GB"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def console_errors(driver, allowed=()):
    """The console's errors since the last call, but for network lines matching `allowed`."""
    errors = []
    for entry in driver.get_log("browser"):
        if entry["level"] != "SEVERE":
            continue
        if entry.get("source") == "network" and any(re.search(pattern, entry["message"]) for pattern in allowed):
            continue
        errors.append(entry["message"])
    return errors


def wait(driver, condition, message, timeout=10):
    # A list the page re-renders while it is read leaves stale elements: read it again.
    try:
        return WebDriverWait(driver, timeout, ignored_exceptions=[StaleElementReferenceException]).until(
            lambda _: condition())
    except TimeoutException:
        raise Failure(message) from None


def keys(driver, *sequence):
    """Presses keys the way a user does: modifiers held down around the key."""
    chain = ActionChains(driver)
    *modifiers, key = sequence
    for modifier in modifiers:
        chain.key_down(modifier)
    chain.send_keys(key)
    for modifier in reversed(modifiers):
        chain.key_up(modifier)
    chain.perform()


def current_unit(driver):
    rows = driver.find_elements(By.CSS_SELECTOR, "#grid .row.current")
    return rows[0].get_attribute("data-unit") if rows else None


def editor_value(driver):
    return driver.find_element(By.ID, "editor").get_attribute("value")


def replace_text(driver, text):
    keys(driver, Keys.CONTROL, "a")
    driver.switch_to.active_element.send_keys(Keys.DELETE)
    if text:
        driver.switch_to.active_element.send_keys(text)


def results(driver):
    return [item.find_element(By.CLASS_NAME, "result-text").text
            for item in driver.find_elements(By.CSS_SELECTOR, "#results li.result")]


def sign_in(driver, server, author):
    driver.get(server.url)
    check(driver.current_url.rstrip("/") == server.base, f"the token address led to {driver.current_url}")
    field = driver.find_element(By.ID, "author")
    field.send_keys(author)
    field.send_keys(Keys.TAB)


def run(dragoman, screenshots):
    work = tempfile.mkdtemp(prefix="dragoman-browser-")
    project = os.path.join(work, "sample.db")
    subprocess.run(
        [dragoman, "add", "Samples/de-nordkorea-truppen.txt", "--source-lang", "de", "--translation",
         "Samples/en-nordkorea-truppen.txt", "--target-lang", "en", "--project", project],
        cwd=ROOT, check=True, capture_output=True)
    server = Server(dragoman, project)
    drivers = []
    try:
        units = server.api("/api/documents/1/units")
        by_index = {unit["index"]: unit for unit in units}
        anna = browser()
        drivers.append(anna)
        sign_in(anna, server, "Anna")
        anna.get(server.base + "/documents/1")
        wait(anna, lambda: current_unit(anna) is not None, "the editor opened no unit")

        # The page shows all units, and nothing went wrong on the way.
        rows = anna.find_elements(By.CSS_SELECTOR, "#grid .row[data-unit]")
        check(len(rows) == len(units), f"the grid shows {len(rows)} rows for {len(units)} units")
        check(not console_errors(anna), f"console errors on opening: {console_errors(anna)}")
        print(f"ok: the editor shows all {len(units)} units, no console error")

        # Open unit 3 by keyboard, replace its target, confirm, land on unit 4.
        unit3, unit4 = str(by_index[3]["id"]), str(by_index[4]["id"])
        check(current_unit(anna) == str(by_index[1]["id"]), "the editor did not start at unit 1")
        keys(anna, Keys.ALT, Keys.ARROW_DOWN)
        keys(anna, Keys.ALT, Keys.ARROW_DOWN)
        wait(anna, lambda: current_unit(anna) == unit3, "Alt+Down twice did not reach unit 3")
        new_target = "Last week Ukraine's president Volodymyr Zelensky accused North Korea of sending arms to Russia."
        replace_text(anna, new_target)
        keys(anna, Keys.CONTROL, Keys.ENTER)
        wait(anna, lambda: current_unit(anna) == unit4, "Ctrl+Enter did not move on to unit 4")
        check(server.api(f"/api/units/{unit3}")["target"] == new_target, "unit 3 was not saved")
        print("ok: unit 3 replaced and confirmed with Ctrl+Enter; unit 4 is open")

        # Reload: the new target is there.
        anna.refresh()
        wait(anna, lambda: current_unit(anna) is not None, "the editor opened no unit after a reload")
        cell = anna.find_element(By.CSS_SELECTOR, f"#u-{unit3} .target")
        check(cell.text == new_target, f"after a reload unit 3 shows {cell.text!r}")
        print("ok: after a reload unit 3 shows the new target")

        # A glossary term inserted with its shortcut.
        keys(anna, Keys.ALT, Keys.ARROW_UP)
        wait(anna, lambda: current_unit(anna) == unit3, "Alt+Up did not go back to unit 3")
        wait(anna, lambda: "Volodymyr Zelensky" in results(anna), "unit 3's results list no Volodymyr Zelensky")
        number = results(anna).index("Volodymyr Zelensky") + 1
        replace_text(anna, "President ")
        keys(anna, Keys.CONTROL, Keys.SHIFT, str(number))
        wait(anna, lambda: editor_value(anna) == "President Volodymyr Zelensky",
             f"Ctrl+Shift+{number} did not insert the term: {editor_value(anna)!r}")
        print(f"ok: Ctrl+Shift+{number} inserted the glossary's Volodymyr Zelensky at the cursor")

        # A deprecated form is flagged as the translator types, before any save.
        driver_text = " und Selenskyj"
        anna.switch_to.active_element.send_keys(driver_text)
        wait(anna, lambda: "terminology-deprecated" in anna.find_element(By.ID, "findings").text,
             "typing Selenskyj showed no terminology-deprecated finding")
        check("Selenskyj" in anna.find_element(By.ID, "findings").text, "the finding does not name Selenskyj")
        check(server.api(f"/api/units/{unit3}")["target"] == new_target, "the check saved the unit")
        print("ok: typing “Selenskyj” shows the QA error before saving; nothing saved")

        # Restore the earlier version from the history (keyboard: Ctrl+Shift+H, Enter).
        keys(anna, Keys.ESCAPE)
        wait(anna, lambda: editor_value(anna) == new_target, "Escape did not undo the edit")
        keys(anna, Keys.CONTROL, Keys.SHIFT, "h")
        focused = anna.switch_to.active_element
        check(focused.get_attribute("class") == "restore", "Ctrl+Shift+H did not go to a restore button")
        focused.send_keys(Keys.ENTER)
        original = by_index[3]["target"]
        wait(anna, lambda: server.api(f"/api/units/{unit3}")["target"] == original,
             "restoring did not bring back the original target")
        wait(anna, lambda: editor_value(anna) == original, "the editor does not show the restored target")
        history = server.api(f"/api/units/{unit3}/history")
        check([entry["target"] for entry in history] == [new_target, original],
              f"the history is not the save then the restore: {history}")
        check(history[-1]["author"] == "Anna" and "restored" in history[-1].get("note", ""),
              "the restore is not Anna's entry marked as a restore")
        check(not console_errors(anna), f"console errors: {console_errors(anna)}")
        print("ok: the earlier version restored from the history as a new entry by Anna")

        # One unit, two sessions: the second save sees the conflict, with both versions.
        ben = browser()
        drivers.append(ben)
        sign_in(ben, server, "Ben")
        unit5 = str(by_index[5]["id"])
        for driver in (anna, ben):
            driver.get(server.base + f"/documents/1#u-{unit5}")
            wait(driver, lambda: current_unit(driver) == unit5, "the address did not open unit 5")
        # Both pages are listening for live updates before either saves.
        time.sleep(0.5)
        annas, bens = "Anna's version of unit five.", "Ben's version of unit five."
        replace_text(ben, bens)
        replace_text(anna, annas)
        keys(ben, Keys.CONTROL, Keys.ENTER)
        wait(ben, lambda: current_unit(ben) != unit5, "Ben's save did not move on")
        wait(anna, lambda: "remote-change" in anna.find_element(By.ID, f"u-{unit5}").get_attribute("class"),
             "Anna's page did not show Ben's save live")
        keys(anna, Keys.CONTROL, Keys.ENTER)
        panel = anna.find_element(By.ID, "p-conflict")
        wait(anna, panel.is_displayed, "Anna's save showed no conflict")
        check(bens in panel.text and annas in panel.text, f"the conflict does not show both versions: {panel.text!r}")
        check(server.api(f"/api/units/{unit5}")["target"] == bens, "Anna's stale save overwrote Ben's")
        check(not console_errors(anna, allowed=[r"/api/units/\d+ .*409"]), "console errors in the conflict")
        anna.switch_to.active_element.send_keys(Keys.ENTER)  # "Save mine over theirs", focused
        wait(anna, lambda: server.api(f"/api/units/{unit5}")["target"] == annas, "saving Anna's version failed")
        targets = [entry["target"] for entry in server.api(f"/api/units/{unit5}/history")]
        check(bens in targets and annas in targets, f"a version was lost: {targets}")
        check(not console_errors(ben), f"console errors in Ben's session: {console_errors(ben)}")
        print("ok: two sessions on unit 5: a 409 showed both versions; both are in the history")

        # Concordance.
        keys(anna, Keys.CONTROL, Keys.SHIFT, "f")
        anna.switch_to.active_element.send_keys("Pjöngjang", Keys.ENTER)
        wait(anna, lambda: anna.find_elements(By.CSS_SELECTOR, "#search-results mark"), "the search found nothing")
        marks = {mark.text for mark in anna.find_elements(By.CSS_SELECTOR, "#search-results mark")}
        hits = anna.find_elements(By.CSS_SELECTOR, "#search-results li.hit")
        check(marks == {"Pjöngjang"}, f"the marked matches are {marks}")
        print(f"ok: the concordance finds “Pjöngjang” in {len(hits)} units, marked")

        # Upload a reviewed XLIFF 2.1 file and read the report.
        xliff = server.api("/api/export?format=xliff21").decode("utf-8")
        unit8 = by_index[8]
        reviewed_target = "The North Korean diplomat said arms transfers between sovereign states had no place in the debate."
        old = unit8["target"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        check(xliff.count(old) == 1, "unit 8's target is not once in the export")
        path = os.path.join(work, "reviewed.xlf")
        with open(path, "w", encoding="utf-8") as file:
            file.write(xliff.replace(old, reviewed_target))
        anna.get(server.base + "/")
        anna.find_element(By.ID, "review-file").send_keys(path)
        anna.find_element(By.ID, "review-import").send_keys(Keys.ENTER)
        report = anna.find_element(By.ID, "import-report")
        wait(anna, lambda: "changed" in report.text, "the import showed no report")
        check("1 unit(s) changed" in report.text and "0 conflict(s)" in report.text, f"the report says {report.text!r}")
        check(server.api(f"/api/units/{unit8['id']}")["target"] == reviewed_target, "the reviewed target is not in")
        print(f"ok: the uploaded XLIFF 2.1 was merged: {report.text.splitlines()[0]}")

        # A long document: the page carries its first 200 rows, the script appends the rest.
        article = os.path.join(work, "long.txt")
        with open(article, "w", encoding="utf-8") as file:
            file.write("\n\n".join(f"Satz {number} berichtet aus Pjöngjang über die Lage." for number in range(1, 451)))
        run_add = subprocess.run([dragoman, "add", article, "--source-lang", "de", "--project", project],
                                 capture_output=True, text=True)
        check(run_add.returncode == 0, f"adding the long article failed: {run_add.stderr}")
        anna.get(server.base + "/documents/2#u-" + str(len(units) + 420))
        wait(anna, lambda: len(anna.find_elements(By.CSS_SELECTOR, "#grid .row[data-unit]")) == 450
             and not anna.find_elements(By.ID, "grid-more"), "the long document's rows did not all arrive")
        wait(anna, lambda: current_unit(anna) == str(len(units) + 420),
             "the unit named in the address (among the rows loaded later) did not open")
        check(not console_errors(anna), f"console errors in the long document: {console_errors(anna)}")
        print("ok: a 450-unit document: 200 rows with the page, 250 appended; unit 420 of the address opened")

        # A picture of the editor.
        anna.get(server.base + f"/documents/1#u-{unit3}")
        wait(anna, lambda: current_unit(anna) == unit3, "the editor did not open unit 3")
        wait(anna, lambda: results(anna), "the results did not load")
        os.makedirs(screenshots, exist_ok=True)
        shot = os.path.join(screenshots, "workbench-editor.png")
        anna.save_screenshot(shot)
        print(f"screenshot of the editor: {shot}")
        check(anna.execute_script("return document.documentElement.scrollWidth") <= 1280,
              "the editor is wider than a 1280-pixel window")

        # In print: the grid alone, every unit, no panel.
        anna.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        check(not anna.find_element(By.ID, "panel").is_displayed(), "the panel is printed")
        shown = [row for row in anna.find_elements(By.CSS_SELECTOR, "#grid .row[data-unit]") if row.is_displayed()]
        check(len(shown) == len(units), f"print shows {len(shown)} of {len(units)} units")
        anna.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        pdf = os.path.join(screenshots, "workbench-editor.pdf")
        with open(pdf, "wb") as file:
            file.write(__import__("base64").b64decode(anna.print_page()))
        print(f"ok: in print the grid shows all {len(units)} units without the panel; the page as PDF: {pdf}")
        for driver in drivers:
            errors = console_errors(driver)
            check(not errors, f"console errors: {errors}")
    finally:
        for driver in drivers:
            driver.quit()
        stopped = server.stop()
        shutil.rmtree(work, ignore_errors=True)
        if stopped:
            # Reported here, so that it does not hide a failure of the flow itself.
            print(f"FAILED: {stopped}", file=sys.stderr)
    check(not stopped, stopped)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dragoman", default=os.path.join(ROOT, ".build/debug/dragoman"))
    parser.add_argument("--screenshots", default=os.path.join(ROOT, ".build/browser"))
    arguments = parser.parse_args()
    try:
        run(os.path.abspath(arguments.dragoman), os.path.abspath(arguments.screenshots))
    except Failure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
    print("browser flow: all steps passed")


if __name__ == "__main__":
    main()
