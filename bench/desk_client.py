#!/usr/bin/env python3
"""bench/desk.sh's client: signs an editor in, then times saves and list pages (stdlib only).

    desk_client.py BASE EMAIL PASSWORD SAVES LIST_ROUNDS

The saves go round 50 articles, the first of every fourth page of the list; each save reads
the editor page first for a fresh baseRevision and the form's fields; only the POST is timed. Prints one line
per measure: name, count, p50, p95, p99 and max in milliseconds, then the statuses seen.
With KIOSQUE_PID set, also the server's CPU time per request (user + system, /proc), which
the neighbours of a busy machine do not inflate as they do wall time.
Exit status 1 when a save or a page does not answer as expected.
"""

import html
import http.client
import os
import re
import sys
import time
import urllib.parse
from html.parser import HTMLParser

BASE, EMAIL, PASSWORD, SAVES, ROUNDS = sys.argv[1:6]
URL = urllib.parse.urlparse(BASE)
SAVES = int(SAVES)
ROUNDS = int(ROUNDS)
cookies = {}
connection = http.client.HTTPConnection(URL.hostname, URL.port, timeout=60)

# A body of about 600 words, as a long dispatch: each save changes one sentence of it.
PARAGRAPH = ("Les négociations entre le syndicat des dockers et la direction du port ont repris ce "
             "matin, après trois jours de grève qui ont laissé une quarantaine de navires en rade. ") * 4
BODY = "\n\n".join(PARAGRAPH.strip() + f" Paragraphe {n}." for n in range(1, 9))


def request(method, path, fields=None):
    headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()), "Sec-Fetch-Site": "same-origin",
               "Origin": BASE, "Accept-Language": "fr"}
    body = None
    if fields is not None:
        body = urllib.parse.urlencode(fields)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    started = time.perf_counter()
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    text = response.read().decode("utf-8", "replace")
    elapsed = (time.perf_counter() - started) * 1000
    for name, value in response.getheaders():
        if name.lower() == "set-cookie":
            key, _, rest = value.partition("=")
            cookies[key.strip()] = rest.split(";", 1)[0]
    return response.status, text, elapsed, response.getheader("Location")


class EditorForm(HTMLParser):
    """The fields of form#editor as a browser would post them (buttons left out)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields, self.inside, self.textarea, self.select = {}, False, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == "editor":
            self.inside = True
        if not self.inside:
            return
        if tag == "input" and a.get("name"):
            self.fields[a["name"]] = a.get("value") or ""
        elif tag == "textarea":
            self.textarea = a.get("name")
            self.fields[self.textarea] = ""
        elif tag == "select":
            self.select = a.get("name")
            self.fields.setdefault(self.select, "")
        elif tag == "option" and self.select and "selected" in a:
            self.fields[self.select] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            # The template starts a textarea's text on a new line, which browsers drop.
            self.fields[self.textarea] = self.fields[self.textarea].removeprefix("\n")
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data


def cpu_ms():
    """The server's CPU time so far in ms, or None without KIOSQUE_PID."""
    pid = os.environ.get("KIOSQUE_PID")
    if not pid:
        return None
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def cpu_per(before, count):
    after = cpu_ms()
    return "" if before is None or after is None else f"{(after - before) / count:>10.1f}"


def percentiles(name, values, cpu=""):
    ordered = sorted(values)

    def at(p):
        return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]

    print(f"{name:<34} {len(ordered):>5} {at(50):>8.1f} {at(95):>8.1f} {at(99):>8.1f} {ordered[-1]:>8.1f}{cpu}")
    return at(95)


def sign_in():
    status, page, _, _ = request("GET", "/login")
    token = html.unescape(re.search(r'name="_csrf" value="([^"]*)"', page).group(1))
    status, _, _, location = request("POST", "/login", {"_csrf": token, "username": EMAIL, "password": PASSWORD})
    if status != 302 or "error" in (location or ""):
        sys.exit(f"sign-in failed: {status} {location}")


def save(article_id, n):
    status, page, _, _ = request("GET", f"/newsroom/articles/{article_id}")
    if status != 200:
        sys.exit(f"editor of {article_id}: {status}")
    form = EditorForm()
    form.feed(page)
    fields = form.fields
    fields["body"] = BODY + f"\n\nMise à jour numéro {n} de la dépêche."
    fields["action"] = "save"
    status, text, elapsed, _ = request("POST", f"/newsroom/articles/{article_id}", fields)
    if status != 303:
        problems = re.findall(r'class="[^"]*problem[^"]*"[^>]*>([^<]+)<', text)
        sys.exit(f"save of {article_id} (base {fields.get('baseRevision')}): {status} {problems[:3]}")
    return elapsed


def main():
    sign_in()
    ids = []
    for page in range(1, 201, 4):
        status, text, _, _ = request("GET", f"/newsroom/articles?page={page}")
        found = re.search(r'href="/newsroom/articles/(\d+)"', text)
        if status != 200:
            sys.exit(f"list page {page}: {status}")
        if not found:  # fewer than 200 pages (ARTICLES below 10 000): what there is
            break
        ids.append(int(found.group(1)))
    if not ids:
        sys.exit("no article in the list")
    # Warm-up: one save per article, untimed (the first gives it the long body), and the JIT.
    for i, article_id in enumerate(ids):
        save(article_id, i)
    before = cpu_ms()
    times = [save(ids[n % len(ids)], n) for n in range(SAVES)]
    # The CPU of a save's round includes its editor page (GET), untimed in the wall figures.
    save_cpu = cpu_per(before, SAVES)
    cpu_title = f"{'CPU ms':>10}" if before is not None else ""
    print(f"{'measure':<34} {'count':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}{cpu_title}")
    results = {"save": percentiles("save (POST action=save)", times, save_cpu)}

    pages = {
        "list, first page": "/newsroom/articles",
        "list, status + section": "/newsroom/articles?status=PUBLISHED&section=banc-3",
        "list, headline search (1 in 7)": "/newsroom/articles?q=" + urllib.parse.quote("récolte"),
        "list, headline search (rare)": "/newsroom/articles?q=99999",
        "list, headline search (none)": "/newsroom/articles?q=introuvable",
        "list, page 200 (deepest)": "/newsroom/articles?page=200",
        "list, section, page 100": "/newsroom/articles?section=banc-5&page=100",
    }
    for path in pages.values():
        for _ in range(3):
            request("GET", path)
    for name, path in pages.items():
        times = []
        before = cpu_ms()
        for _ in range(ROUNDS):
            status, text, elapsed, _ = request("GET", path)
            if status != 200:
                sys.exit(f"{path}: {status}")
            times.append(elapsed)
        rows = len(re.findall(r'href="/newsroom/articles/\d+"', text))
        results[name] = percentiles(f"{name} ({rows} rows)"[:34], times, cpu_per(before, ROUNDS))
    failed = results["save"] >= 50 or any(v >= 100 for k, v in results.items() if k != "save")
    print("targets: save p95 < 50 ms, list p95 < 100 ms:", "FAIL" if failed else "PASS")
    return 1 if failed else 0


sys.exit(main())
