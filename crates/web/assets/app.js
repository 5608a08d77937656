// afterview's own script: live proofreading in the letter editor, drag
// and drop on the board, the contacts import's progress bar and the
// practice drill's keys. Every page works without it. It never puts text
// into the page as HTML: user text only ever becomes text nodes.
"use strict";

(function () {
  const csrf = () => document.body.dataset.csrf || "";

  // ---- Live proofreading -------------------------------------------------
  function editor(form) {
    const id = form.dataset.letter;
    const subject = form.querySelector('[data-part="subject"]');
    const body = form.querySelector('[data-part="body"]');
    const status = form.querySelector("[data-proof-status]");
    const list = document.querySelector("[data-findings]");
    const count = document.querySelector("[data-count]");
    const backdrops = {
      subject: form.querySelector('[data-backdrop="subject"]'),
      body: form.querySelector('[data-backdrop="body"]'),
    };
    const fields = { subject: subject, body: body };
    let findings = [];
    let timer = null;
    let seq = 0;

    function paint(part) {
      const field = fields[part];
      const back = backdrops[part];
      if (!field || !back) return;
      const text = field.value;
      const spans = findings
        .filter((f) => f.part === part && f.end > f.start && f.end <= text.length)
        .sort((a, b) => a.start - b.start);
      back.textContent = "";
      let at = 0;
      for (const f of spans) {
        if (f.start < at) continue;
        back.appendChild(document.createTextNode(text.slice(at, f.start)));
        const mark = document.createElement("mark");
        mark.className = f.severity;
        mark.dataset.finding = String(f.index);
        mark.textContent = text.slice(f.start, f.end);
        back.appendChild(mark);
        at = f.end;
      }
      // A trailing newline needs a character after it to take up a line.
      back.appendChild(document.createTextNode(text.slice(at) + "\u200b"));
      back.scrollTop = field.scrollTop;
    }

    function showList() {
      if (!list) return;
      list.textContent = "";
      for (const f of findings) {
        const li = document.createElement("li");
        li.className = "finding " + f.severity;
        li.dataset.index = String(f.index);
        li.dataset.part = f.part;
        li.dataset.start = String(f.start);
        li.dataset.end = String(f.end);
        const sev = document.createElement("span");
        sev.className = "sev";
        sev.textContent = f.severity;
        const q = document.createElement("q");
        q.textContent = f.text;
        li.append(sev, " ", q, " " + f.message);
        for (const s of f.suggestions) {
          const b = document.createElement("button");
          b.type = "button";
          b.className = "apply";
          b.dataset.suggestion = s;
          b.textContent = s === "" ? "remove it" : "use \u201c" + s + "\u201d";
          li.append(" ", b);
        }
        list.appendChild(li);
      }
      if (count) count.textContent = String(findings.length);
      const clean = document.querySelector("[data-clean]");
      if (clean) clean.hidden = findings.length > 0;
    }

    async function check() {
      const mine = ++seq;
      if (status) status.textContent = "Checking\u2026";
      try {
        const res = await fetch("/api/v1/letters/" + encodeURIComponent(id) + "/check", {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf() },
          body: JSON.stringify({ subject: subject.value, body: body.value }),
          credentials: "same-origin",
        });
        const data = await res.json();
        if (mine !== seq) return;
        if (!res.ok) {
          if (status) status.textContent = data.error ? data.error.message : "Could not check.";
          return;
        }
        findings = data.findings;
        paint("subject");
        paint("body");
        showList();
        if (status) {
          status.textContent =
            findings.length === 0 ? "No problems found." : findings.length + " to look at.";
        }
      } catch (e) {
        if (status) status.textContent = "Could not check just now; saving still works.";
      }
    }

    function schedule() {
      paint("subject");
      paint("body");
      clearTimeout(timer);
      timer = setTimeout(check, 250);
    }

    for (const part of ["subject", "body"]) {
      const field = fields[part];
      if (!field) continue;
      field.addEventListener("input", schedule);
      field.addEventListener("scroll", () => {
        backdrops[part].scrollTop = field.scrollTop;
      });
    }

    if (list) {
      list.addEventListener("click", (ev) => {
        const button = ev.target.closest("button.apply");
        if (!button) return;
        const li = button.closest("li.finding");
        const field = fields[li.dataset.part];
        const start = Number(li.dataset.start);
        const end = Number(li.dataset.end);
        field.value = field.value.slice(0, start) + button.dataset.suggestion + field.value.slice(end);
        field.focus();
        const caret = start + button.dataset.suggestion.length;
        field.setSelectionRange(caret, caret);
        field.dispatchEvent(new Event("input"));
      });
      for (const b of list.querySelectorAll("button.apply")) b.disabled = false;
    }
    form.classList.add("live");
    // Findings rendered by the server carry offsets for this exact text.
    findings = Array.from(list ? list.querySelectorAll("li.finding") : []).map((li) => ({
      index: Number(li.dataset.index),
      part: li.dataset.part,
      start: Number(li.dataset.start),
      end: Number(li.dataset.end),
      severity: li.classList.contains("error") ? "error" : li.classList.contains("warning") ? "warning" : "note",
    }));
  }

  // ---- The board: drag a card onto a column --------------------------------
  function board(root) {
    let dragged = null;
    root.addEventListener("dragstart", (ev) => {
      dragged = ev.target.closest(".app-card");
      if (dragged) ev.dataTransfer.setData("text/plain", dragged.dataset.id);
    });
    for (const col of root.querySelectorAll(".column")) {
      col.addEventListener("dragover", (ev) => {
        ev.preventDefault();
        col.classList.add("over");
      });
      col.addEventListener("dragleave", () => col.classList.remove("over"));
      col.addEventListener("drop", (ev) => {
        ev.preventDefault();
        col.classList.remove("over");
        if (!dragged) return;
        const form = dragged.querySelector("form.move");
        const select = form && form.querySelector("select");
        if (!select || select.value === col.dataset.status) return;
        select.value = col.dataset.status;
        form.submit();
      });
    }
  }


  // ---- Contacts import: a progress bar while the file goes up ---------------
  // The same multipart form is sent with XMLHttpRequest (fetch cannot report
  // upload progress); the answer is the page the server would have shown,
  // whose <main> replaces ours. It is parsed by the browser as a document,
  // never assigned as HTML text.
  function importer(form) {
    const box = form.querySelector("[data-upload]");
    const bar = form.querySelector("[data-bar]");
    const status = form.querySelector("[data-upload-status]");
    const file = form.querySelector('input[type="file"]');
    const submit = form.querySelector('button[type="submit"]');
    if (!box || !bar || !status || !file || !window.FormData) return;

    function failed(message) {
      bar.hidden = true;
      status.textContent = message;
      if (submit) submit.disabled = false;
    }

    form.addEventListener("submit", (ev) => {
      if (!file.files || file.files.length === 0) return;
      ev.preventDefault();
      const xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.setRequestHeader("X-CSRF-Token", csrf());
      xhr.responseType = "document";
      box.hidden = false;
      bar.hidden = false;
      bar.max = 100;
      bar.value = 0;
      status.textContent = "Uploading\u2026";
      if (submit) submit.disabled = true;
      xhr.upload.addEventListener("progress", (e) => {
        if (!e.lengthComputable) return;
        const pct = Math.round((e.loaded / e.total) * 100);
        bar.value = pct;
        status.textContent = "Uploading\u2026 " + pct + "%";
      });
      xhr.upload.addEventListener("load", () => {
        // No value makes the bar indeterminate: the server is matching.
        bar.removeAttribute("value");
        status.textContent = "Matching against the people you know\u2026";
      });
      xhr.addEventListener("load", () => {
        const doc = xhr.response;
        const main = doc && doc.querySelector("main");
        if (!main) {
          failed("The server's answer could not be read; reload the page and try again.");
          return;
        }
        document.querySelector("main").replaceWith(document.importNode(main, true));
        if (doc.title) document.title = doc.title;
        const fresh = document.querySelector("main [data-import]");
        if (fresh) importer(fresh);
        const heading = document.querySelector("main #summary, main #form-error");
        if (heading) {
          if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
          heading.focus();
        }
      });
      xhr.addEventListener("error", () => {
        failed("The upload did not get through; check that afterview is still running and try again.");
      });
      xhr.send(new FormData(form));
    });
  }

  // ---- Practice: space shows the answer, 1 to 4 rate it ----------------------
  function drill(root) {
    const answer = root.querySelector("[data-answer]");
    const keys = root.querySelector("[data-keys]");
    if (keys) keys.hidden = false;
    document.addEventListener("keydown", (ev) => {
      if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
      const t = ev.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|SUMMARY)$/.test(t.tagName))) return;
      if (ev.key === " " && answer) {
        ev.preventDefault();
        answer.open = !answer.open;
        return;
      }
      const button = root.querySelector('button[data-key="' + ev.key + '"]');
      if (button && /^[1-4]$/.test(ev.key)) {
        ev.preventDefault();
        button.click();
      }
    });
  }

  // ---- A refused mark (a snooze date that cannot be read, a dismissal
  // without its reason) says why, under the action, instead of nothing.
  document.addEventListener("htmx:responseError", (ev) => {
    const xhr = ev.detail.xhr;
    const where = ev.detail.elt && ev.detail.elt.closest("li.action");
    if (!xhr || !where) return;
    const doc = new DOMParser().parseFromString(xhr.responseText || "", "text/html");
    const said = doc.querySelector("[role=alert]");
    let note = where.querySelector("p.mark-error");
    if (!note) {
      note = document.createElement("p");
      note.className = "error mark-error";
      note.setAttribute("role", "alert");
      where.appendChild(note);
    }
    note.textContent = said ? said.textContent : "That did not work; reload the page and try again.";
  });

  document.addEventListener("DOMContentLoaded", () => {
    for (const form of document.querySelectorAll("[data-editor]")) editor(form);
    for (const root of document.querySelectorAll("[data-board]")) board(root);
    for (const form of document.querySelectorAll("[data-import]")) importer(form);
    for (const root of document.querySelectorAll("[data-drill]")) drill(root);
  });
})();
