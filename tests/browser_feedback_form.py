"""Drive a feedback pack in Debian's chromium, as a mentor would, and report what happened.

Run by tests/test_feedback_browser.py in a process of its own: WebDriver talks to
chromedriver over a local socket, which the test process refuses on principle (no test
may use the network). Nothing here leaves the machine: chromium runs headless with a
fresh profile, no background networking, and the page is a file.

    python tests/browser_feedback_form.py PAGES.json   ->   a JSON report on stdout

PAGES.json: {"english": PATH, "spanish": PATH, "downloads": DIR, "profile": DIR}
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

CHROMIUM = "/usr/lib/chromium/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--lang=en-GB",
)
# Every element whose right edge passes the window's by more than this is reported.
SLACK = 1


def browser(downloads: Path, profile: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument("--window-size=1366,900")
    options.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "intl.accept_languages": "en-GB",
        },
    )
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)


def requests_made(driver) -> list[list[str]]:
    """[the page that asked, the address asked for], for every request the browser began
    (its own pages, such as the new tab page it starts with, included)."""
    made = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            params = message["params"]
            made.append([params.get("documentURL", ""), params["request"]["url"]])
    return made


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def keys(driver, *sequence) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    chain = ActionChains(driver)
    for item in sequence:
        chain.send_keys(item)
    chain.perform()


def active(driver) -> dict:
    return driver.execute_script(
        "var e = document.activeElement;"
        "return {id: e.id, name: e.getAttribute('name'), value: e.value, tag: e.tagName};"
    )


def overflowing(driver) -> dict:
    return driver.execute_script(
        """
        var width = document.documentElement.clientWidth;
        var slack = arguments[0];
        var wide = [];
        document.querySelectorAll('body *').forEach(function (e) {
          var box = e.getBoundingClientRect();
          if (box.width && box.right > width + slack) {
            wide.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(box.right));
          }
        });
        return {width: width, scroll: document.documentElement.scrollWidth, wide: wide.slice(0, 20)};
        """,
        SLACK,
    )


def fill_by_keyboard(driver) -> list[dict]:
    """From the top of the page: the link to the form, then Tab and typing only."""
    from selenium.webdriver.common.keys import Keys

    steps = []
    driver.find_element("tag name", "body").click()
    keys(driver, Keys.TAB)
    steps.append(active(driver))  # the "Go to the feedback form" link
    keys(driver, Keys.ENTER, Keys.TAB)
    steps.append(active(driver))  # who you are to the person
    keys(driver, Keys.ARROW_DOWN)  # mentor -> peer
    keys(driver, Keys.TAB, "Jo Bloggs")
    steps.append(active(driver))
    keys(driver, Keys.TAB)  # the anonymous choice, left as it is
    steps.append(active(driver))
    keys(driver, Keys.TAB, "Listened to every carer at the forum")
    steps.append(active(driver))
    keys(driver, Keys.TAB, *[Keys.ARROW_DOWN] * 4)  # no level -> 1 -> 2 -> 3 -> 4
    steps.append(active(driver))
    keys(driver, Keys.TAB, "Told the story of the respite cuts")
    keys(driver, Keys.TAB, Keys.ARROW_UP)  # from "no level" back round to "I haven't seen this"
    steps.append(active(driver))
    for name, text in (
        ("g.0.comment", 'Good progress <b>"really"</b> & steady'),
        ("g.0.next_step", "Ask the chair for a slot in March"),
        ("g.0.support", "I can read your draft"),
        ("overall.strengths", "Calm under pressure\nKnows the budget"),
        ("overall.focus", "Saying no to extra meetings"),
        ("overall.next_steps", "Draft the talk by February"),
    ):
        field = driver.find_element("name", name)
        field.send_keys(text)
    meeting = driver.find_element("name", "overall.next_meeting")
    meeting.send_keys("2027-03-31")
    steps.append({"meeting": meeting.get_attribute("value")})
    return steps


def read_form(driver) -> dict:
    return driver.execute_script(
        """
        var values = {};
        document.querySelectorAll('#feedback-form [name]').forEach(function (f) {
          if (f.type === 'radio') { if (f.checked) values[f.name] = f.value; }
          else if (f.type === 'checkbox') values[f.name] = f.checked;
          else values[f.name] = f.value;
        });
        return values;
        """
    )


def wait_for_download(folder: Path, known: frozenset = frozenset(), seconds: float = 20):
    """The names of the files that finished downloading (the browser writes a hidden
    temporary file first, then renames it)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        done = sorted(
            p.name for p in folder.iterdir() if p.name.endswith(".json") and p.name not in known
        )
        if done:
            return done
        time.sleep(0.2)
    return []


def labels(driver) -> dict:
    return driver.execute_script(
        """
        var text = function (selector) {
          var e = document.querySelector(selector);
          return e ? e.textContent.trim() : null;
        };
        return {
          lang: document.documentElement.lang,
          name: text('label[for="giver-name"]'),
          save: text('#save-feedback'),
          seen: text('label[for="c0-seen"]'),
          strengths: text('label[for="overall-strengths"]'),
          not_seen: text('label.level:last-of-type .level-name'),
          legend: text('fieldset.part legend h3'),
        };
        """
    )


def main() -> int:
    from selenium.webdriver.common.keys import Keys

    config = json.loads(Path(sys.argv[1]).read_text("utf-8"))
    downloads = Path(config["downloads"])
    report: dict = {}
    driver = browser(downloads, Path(config["profile"]))
    try:
        english = Path(config["english"]).resolve().as_uri()
        driver.get_log("performance")  # the browser's own start-up pages are not the pack's
        driver.get(english)
        report["title"] = driver.title
        report["steps"] = fill_by_keyboard(driver)
        report["typed"] = read_form(driver)
        report["requests"] = requests_made(driver)
        driver.refresh()
        report["after_reload"] = read_form(driver)
        report["status_after_reload"] = driver.find_element("id", "form-status").text
        save = driver.find_element("id", "save-feedback")
        save.send_keys(Keys.ENTER)
        report["downloads"] = wait_for_download(downloads)
        time.sleep(0.3)
        report["status_after_save"] = driver.find_element("id", "form-status").text
        saved = [downloads / name for name in report["downloads"]]
        report["saved"] = [json.loads(p.read_text("utf-8")) for p in saved]
        # Saved a second time: the same answer id, so it is one round when imported twice.
        save.send_keys(Keys.ENTER)
        again = wait_for_download(downloads, frozenset(report["downloads"]))
        report["downloads_again"] = again
        report["saved_again"] = [json.loads((downloads / n).read_text("utf-8")) for n in again]
        report["normal"] = overflowing(driver)
        # 200 % zoom: the same 1366-pixel window holds half as many CSS pixels.
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": 683, "height": 450, "deviceScaleFactor": 2, "mobile": False},
        )
        time.sleep(0.3)
        report["zoomed"] = overflowing(driver)
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        report["english_labels"] = labels(driver)
        driver.get(Path(config["spanish"]).resolve().as_uri())
        report["spanish_labels"] = labels(driver)
        report["spanish_status"] = driver.find_element("id", "form-status").text
        report["requests"] += requests_made(driver)
        report["errors"] = console_errors(driver)
    finally:
        driver.quit()
    json.dump(report, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager never looks online
    sys.exit(main())
