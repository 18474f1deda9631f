"""The page of `unplugged serve` in headless Chromium, driven as a teacher would.

Starts the server on 127.0.0.1 and a free port, pastes documents, waits for the
figures, reloads, opens the classroom, steps with the arrow key and draws; exits 1 on
the first thing that does not happen, naming it. The server is stopped at the end.
Usage: check_serve_browser.py PATH-TO-UNPLUGGED
"""
import re
import subprocess
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

DOCUMENTS = "the cat sat on the mat\nthe dog sat on the log\n"


def start_server(unplugged):
    """The server, and the address it printed once listening."""
    server = subprocess.Popen([unplugged, "serve", "--port", "0", "--host", "127.0.0.1"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    line = server.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:\d+/", line)
    if not match:
        server.kill()
        sys.exit(f"check-browser: the server did not say its address: {line!r}")
    return server, match.group(0)


def stop(server, driver):
    """Closes the browser and stops the server (killed if it has not stopped in 10 s)."""
    driver.quit()
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1600,1000"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print(f"ok {what}")


def figure_drawn(driver, kind):
    """The figure of `kind` once the page shows a drawn one: its img's src and alt."""
    def drawn(_):
        image = driver.find_element(By.CSS_SELECTOR, f"#figure-{kind} img")
        # Until its first drawing arrives the img has no src (None) and no alt.
        src, alt = image.get_attribute("src") or "", image.get_attribute("alt") or ""
        loaded = driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", image)
        return (src, alt) if src.startswith("blob:") and alt and loaded else False
    return WebDriverWait(driver, 20).until(drawn)


def main(unplugged):
    server, address = start_server(unplugged)
    driver = browser()
    try:
        driver.get(address)
        documents = WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "documents"))
        label = driver.find_element(By.CSS_SELECTOR, "label[for=documents]").text
        check(label == "Documents", "the text area is labelled Documents")
        documents.send_keys(DOCUMENTS)
        _, alt = figure_drawn(driver, "bins")
        check("bins" in alt and "“cat”" in alt, "pasting draws the bins figure, its alt text saying what it shows")
        check("corpus=" in driver.current_url, "the documents are in the page's address")
        seed = driver.find_element(By.ID, "option-seed")
        seed.send_keys("4")
        WebDriverWait(driver, 10).until(lambda d: "seed=4" in d.current_url)

        driver.refresh()
        restored = WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "documents"))
        WebDriverWait(driver, 10).until(lambda d: restored.get_attribute("value") != "")
        check(restored.get_attribute("value") == DOCUMENTS.rstrip("\n") or restored.get_attribute("value") == DOCUMENTS,
              "a reload keeps the documents")
        check(driver.find_element(By.ID, "option-seed").get_attribute("value") == "4", "a reload keeps the seed")
        _, alt_again = figure_drawn(driver, "bins")
        check(alt_again == alt, "a reload draws the same figure")

        driver.find_element(By.LINK_TEXT, "Classroom").click()
        WebDriverWait(driver, 10).until(lambda d: "/classroom" in d.current_url)
        where = lambda: driver.find_element(By.ID, "where").text
        WebDriverWait(driver, 20).until(lambda d: where().startswith("training: frame 1"))
        stage = driver.find_element(By.ID, "figure")
        first = stage.get_attribute("src")
        check("corpus=" in driver.current_url, "the classroom has the same documents in its address")
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_RIGHT)
        WebDriverWait(driver, 20).until(lambda d: where().startswith("training: frame 2"))
        check(stage.get_attribute("src") != first, "the right arrow key steps to the next training frame")
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_LEFT)
        WebDriverWait(driver, 20).until(lambda d: where().startswith("training: frame 1"))
        check(True, "the left arrow key steps back")

        draw = driver.find_element(By.ID, "draw")
        draw.click()
        WebDriverWait(driver, 20).until(lambda d: where().startswith("generation: draw 1"))
        draw.click()
        WebDriverWait(driver, 20).until(lambda d: where().startswith("generation: draw 2"))
        drawn_alt = stage.get_attribute("alt")
        driver.refresh()
        WebDriverWait(driver, 20).until(lambda d: where().startswith("generation: draw 2"))
        check(driver.find_element(By.ID, "figure").get_attribute("alt") == drawn_alt,
              "Draw draws with the seed: the same draw after a reload")
        driver.save_screenshot("/tmp/unplugged-classroom.png")
    finally:
        stop(server, driver)
    print("check-browser: every check passed")


if __name__ == "__main__":
    try:
        main(sys.argv[1])
    except Exception as error:  # a failed wait or check: say which and fail
        print(f"check-browser: FAILED: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)
